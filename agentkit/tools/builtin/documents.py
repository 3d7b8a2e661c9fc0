"""Keyword search over the kit's document collection: the retrieval tool of the workshop's RAG lessons.

The collection is `agentkit/data/docs/*.md`, shipped inside the package so search works offline: the
employee handbook and customer policies of Northwind Outfitters (a fictional outdoor gear retailer),
its product care guides, and short notes on the AWS services the workshop uses. Each file starts
with a `# Title` line and is divided into sections by `## ` headings.

Ranking is BM25 (bm25s), with English stop words removed and Snowball stemming so that "refunds"
finds "refund". Documents are ranked on their whole text: ranking them by their best section let
one sentence that happened to share two words with the query ("policies live in the handbook:
travel...") beat the document that is about the topic. The snippet is then each document's best
section, from a second BM25 index over sections in which the heading counts three times, because
a heading says what its section is about ("Expense limits") while a short introduction that
mentions every keyword once would otherwise win. BM25 rather than embeddings: nothing to
download, milliseconds to build, and a ranking a learner can explain.

Both indexes are built on first use and kept for the life of the process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import bm25s
import numpy as np
import snowballstemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS
from bm25s.tokenization import Tokenized, Tokenizer

from agentkit.tools.core import ToolInputError, tool

MAX_TOP_K = 10
SNIPPET_CHARS = 900
# bm25s's larger English list (it drops "how", "does", "much" that the default keeps), except for
# words that carry meaning in this collection ("down" jackets, "off" days, "carry over").
_STOPWORDS = [
    word for word in STOPWORDS_EN_PLUS if word not in {"down", "off", "over", "out", "up", "no", "not"}
]


@dataclass(frozen=True)
class _Passage:
    source: str
    title: str
    section: str
    text: str


@dataclass(frozen=True)
class _Index:
    sources: list[str]  # file names, in the order of the rows of `documents`
    sections: list[_Passage]  # in the order of the rows of `passages`
    tokenizer: Tokenizer  # one vocabulary for both indexes
    documents: bm25s.BM25  # whole documents: ranks the results
    passages: bm25s.BM25  # sections with their heading: picks each result's snippet


@tool
def search_documents(query: str, top_k: int = 3) -> list[dict[str, str | float]]:
    """Search the Northwind Outfitters handbook, customer policies, product care guides and AWS notes.

    The collection covers employee policies (travel and expenses, parental leave, paid time off,
    information security, data retention, onboarding, incident response), customer policies
    (returns and refunds, shipping, warranty, Trailhead membership pricing, support tiers, gear
    rental), care guides for tents, down and footwear, and notes on Amazon Bedrock Converse,
    inference profiles, DynamoDB keys and Step Functions.

    Args:
        query: What to look for, as keywords or a question, e.g. "hotel expense limit" or
            "how many weeks of parental leave".
        top_k: How many documents to return, best match first; from 1 to 10.

    Returns:
        Up to top_k matches, each with the document "title", its "source" file name, a "snippet"
        (the passage that matched best, quote it when answering) and the BM25 "score". An empty list
        means no document contains any of the query's words.

    Raises:
        ToolInputError: The query is blank or top_k is outside 1 to 10.
    """
    if not query.strip():
        raise ToolInputError('the query is empty; give keywords or a question, e.g. "parental leave weeks"')
    if not 1 <= top_k <= MAX_TOP_K:
        raise ToolInputError(f"top_k must be between 1 and {MAX_TOP_K}, got {top_k}")
    index = _index()
    query_ids = index.tokenizer.tokenize([query], update_vocab=False, return_as="ids", show_progress=False)[0]
    document_scores = index.documents.get_scores_from_ids(query_ids)
    passage_scores = index.passages.get_scores_from_ids(query_ids)
    results: list[dict[str, str | float]] = []
    # Stable sort: ties keep collection order, so equal scores rank the same way on every run.
    for number in np.argsort(-document_scores, kind="stable")[:top_k]:
        if document_scores[number] <= 0:
            break
        source = index.sources[number]
        best = max(
            (i for i, passage in enumerate(index.sections) if passage.source == source),
            key=lambda i: passage_scores[i],
        )
        passage = index.sections[best]
        results.append(
            {
                "title": passage.title,
                "source": source,
                "snippet": _snippet(passage.text),
                "score": round(float(document_scores[number]), 3),
            }
        )
    return results


def _load_documents() -> list[tuple[str, str]]:
    """(file name, Markdown) of every document, in file-name order."""
    folder = resources.files("agentkit").joinpath("data", "docs")
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".md")), key=lambda e: e.name)
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in entries]


def _split(source: str, markdown: str) -> list[_Passage]:
    """One passage per section: the text before the first `## ` heading, then each headed section."""
    title_line, _, body = markdown.partition("\n")
    title = title_line.removeprefix("# ").strip()
    passages = []
    for number, chunk in enumerate(re.split(r"^## ", body, flags=re.MULTILINE)):
        heading, _, text = chunk.partition("\n") if number else ("", "", chunk)
        if text.strip():
            passages.append(_Passage(source, title, heading.strip(), text.strip()))
    return passages


@cache
def _index() -> _Index:
    documents = _load_documents()
    sections = [passage for source, text in documents for passage in _split(source, text)]
    tokenizer = Tokenizer(stopwords=_STOPWORDS, stemmer=snowballstemmer.stemmer("english"))
    texts = [text for _, text in documents] + [f"{p.section}\n" * 3 + p.text for p in sections]
    ids = tokenizer.tokenize(texts, update_vocab=True, return_as="ids", show_progress=False)
    vocabulary = tokenizer.get_vocab_dict()

    def bm25(rows: list[list[int]]) -> bm25s.BM25:
        # Both indexes span the whole vocabulary, so one tokenisation of the query serves both.
        model = bm25s.BM25()
        model.index(Tokenized(ids=rows, vocab=vocabulary), show_progress=False)
        return model

    return _Index(
        sources=[source for source, _ in documents],
        sections=sections,
        tokenizer=tokenizer,
        documents=bm25(ids[: len(documents)]),
        passages=bm25(ids[len(documents) :]),
    )


def _snippet(text: str) -> str:
    """The passage on one line without Markdown emphasis, cut at a word boundary if very long."""
    flat = " ".join(text.replace("**", "").split())
    if len(flat) <= SNIPPET_CHARS:
        return flat
    return flat[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
