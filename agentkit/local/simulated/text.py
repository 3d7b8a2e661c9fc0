"""Text handling for the simulated model: words, stems, clauses, numbers, token counts.

Kept apart from the decision rules so each rule in `model.py` reads as one line of intent
("split the request into clauses", "count tokens") rather than as regular expressions.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")

STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being below between both
    but by can could did do does doing down during each for from further had has have having he her here
    hers him his how i if in into is it its itself just let me more most my no nor not now of off on once
    only or other our ours out over own please same she should so some such than that the their theirs them
    then there these they this those through to too under until up us very was we were what when where which
    while who whom why will with would you your yours tell give show find get using use want need know""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*|\d+(?:\.\d+)?")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:,\d{3})*(?:\.\d+)?(?![\w.])|(?<![\w.])-?\d+(?:\.\d+)?(?=\s*%)")
_SENTENCE = re.compile(r"(?<=[.?!;])\s+|\n+")
# Conjunctions that join independent requests ("..., and what time is it in Tokyo?").
_JOINERS = re.compile(r",\s*(?:and\s+then|and|then|also|plus)\s+|\s+(?:and\s+then|and\s+also|then)\s+", re.I)
_BARE_AND = re.compile(r"\s+and\s+", re.I)
_QUOTED = re.compile(r"\"([^\"]+)\"|'([^']+)'|“([^”]+)”")


def words(text: str) -> list[str]:
    """Words of `text`, snake_case and camelCase identifiers split, lower-cased."""
    spaced = _CAMEL.sub(" ", text).replace("_", " ").replace("-", " ")
    return [w.lower() for w in _WORD.findall(spaced)]


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stopwords dropped), in order, without repeats."""
    seen: dict[str, None] = {}
    for w in words(text):
        if w not in STOPWORDS:
            seen.setdefault(stem(w), None)
    return list(seen)


def count_tokens(value: Any) -> int:
    """A deterministic token estimate: words and punctuation marks of the text or JSON.

    Real tokenizers differ per model; the simulator only needs a figure that grows with the
    text the way real counts do, so token accounting and budgets can be exercised offline.
    """
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return len(_TOKEN.findall(text))


def truncate_tokens(text: str, limit: int) -> str:
    """The prefix of `text` holding at most `limit` tokens (by `count_tokens`)."""
    if limit <= 0:
        return ""
    for n, match in enumerate(_TOKEN.finditer(text), start=1):
        if n == limit:
            return text[: match.end()]
    return text


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def clauses(text: str) -> list[str]:
    """Split a request into the independent asks it contains.

    Sentences first, then conjunctions that start a new ask (", and", "then", "also"); a bare
    "and" splits only when both sides are at least three words ("5 km to miles and 3 kg to pounds"),
    so "salt and pepper" stays whole.
    """
    result: list[str] = []
    for sentence in sentences(text):
        for part in _JOINERS.split(sentence):
            pieces = _BARE_AND.split(part)
            if len(pieces) > 1 and all(len(words(p)) >= 3 for p in pieces):
                result.extend(pieces)
            else:
                result.append(part)
    return [c.strip(" ,.;:!?") for c in result if words(c)]


def numbers(text: str) -> list[float]:
    """Numbers written in `text`, in order ("1,200.50" → 1200.5)."""
    return [float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)]


def quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]


def proper_nouns(text: str) -> list[str]:
    """Runs of capitalised words that do not start a sentence ("in New York" → "New York")."""
    found: list[str] = []
    for sentence in sentences(text):
        tokens = sentence.split()
        run: list[str] = []
        for i, raw in enumerate(tokens):
            word = raw.strip(",.;:!?()\"'")
            capitalised = word[:1].isupper() and word.lower() not in STOPWORDS
            if capitalised and (i > 0 or run):
                run.append(word)
            else:
                if run:
                    found.append(" ".join(run))
                run = []
            if raw[-1:] in ",.;:!?)":
                if run:
                    found.append(" ".join(run))
                run = []
        if run:
            found.append(" ".join(run))
    return list(dict.fromkeys(found))


def excerpt(text: str, limit: int = 300) -> str:
    """`text` on one line, cut at a word boundary near `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"
