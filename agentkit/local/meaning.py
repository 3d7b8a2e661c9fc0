"""How close two words, or two short texts, are in meaning — for the local stand-ins' recall.

`lexicon` matches a word to a tool's or a topic's words by its root ("calculation" = "calculate");
it cannot tell that "purchase" asks for `buy` or "automobile" for a car. That takes word meanings,
and they come from a maintained package that ships its data in its wheel, so nothing downloads at
run time: **WordLlama** (`wordllama`, MIT), static embeddings distilled from a large language model's
token embeddings and trained for semantic similarity (16 MB of weights, 256 dimensions). A text's
vector is the normalised average of its tokens' vectors; closeness is the cosine of two vectors.

It is good at near-synonyms and at telling them from antonyms and from unrelated words — measured
for the kit (`tests/local/test_meaning.py`): film/movie 0.84, purchase/buy 0.79, car/vehicle 0.69,
lawyer/attorney 0.65 against small/large 0.10, hot/cold 0.18 and physician/banana 0.00 — and it
knows nothing of a benchmark or a notebook. It is not a thesaurus: related words of one field
("temperature"/"weather" 0.56) come close too, which is why callers use it only where the lexicon
found nothing and count a match below an exact one (`SYNONYM`).

Nor does it know a field's specialist words. Its tokenizer (LLaMA 2's, 32,000 pieces) has whole-word
pieces only for common words and splits the rest ("fracture" → f·ract·ure, "ibuprofen" → i·bu·pro·fen,
"brokerage" → bro·ker·age), and a word's vector is the average of its pieces' vectors, which says little
about its meaning: measured against the workshop's topic words, "fracture" is closest to "treat" (0.25),
"ligament" to "hurt" (0.31), "ethereum" to "crypto" (0.13), "brokerage" to "stock" (0.26), while a
shared piece makes unrelated words close ("canister"/"blister" 0.71, g·ash/r·ash 0.68).
No similarity threshold separates field words from shop words at that level, nor does comparing a text
with the definition's clauses, or with the shop's own sentences as a rival class (both tried for issue 12).
What would bridge them is a word's hypernyms or domain (a fracture is an injury, brokerage an investment
service), which no maintained PyPI wheel ships as data: `wn` downloads its wordnets at run time, and the
wheels that name WordNet ship a word list or information-content counts, not the graph. Within the kit,
what a topic covers is therefore said by its definition and examples (`agentkit.local.bedrock.topics`).

- `similarity(a, b)`: the cosine of two texts (or words), −1 … 1; deterministic.
- `synonym(a, b)`: whether two words mean nearly the same (`similarity ≥ SYNONYM`).
- `closest(word, candidates)`: the candidate nearest in meaning to the word, with its similarity.

The model loads on first use (about two seconds, once per process) and never for a request whose
words the lexicon already matched.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from wordllama.inference import WordLlamaInference

SYNONYM = 0.55
"""Two words at least this close mean nearly the same ("compute"/"calculate" 0.57, "cost"/"price" 0.67);
below it sit words of one field that ask for different things ("buy"/"sell" 0.44, "area"/"volume" 0.11)."""

_WEIGHTS = "weights/l2_supercat_256.safetensors"
_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> WordLlamaInference:
    """WordLlama's default model from the files its wheel ships. `WordLlama.load` looks for the
    tokenizer under a directory name the wheel does not use and would then try Hugging Face, so the
    two files are opened here, by their place in the package, with the library's own classes.

    Importing `wordllama` calls `logging.basicConfig(level=INFO)`, which would make every library's
    INFO records (botocore, httpx) appear in a notebook's output; the root logger is put back as it was."""
    from safetensors import safe_open
    from tokenizers import Tokenizer

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from wordllama.inference import WordLlamaInference
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
        root.setLevel(level)

    package = files("wordllama")
    with safe_open(str(package / _WEIGHTS), framework="np", device="cpu") as weights:
        embedding = weights.get_tensor("embedding.weight")
    tokenizer = Tokenizer.from_file(str(package / _TOKENIZER))
    return WordLlamaInference(embedding, tokenizer, binary=False)


@lru_cache(maxsize=65536)
def vector(text: str) -> np.ndarray:
    """The unit vector of a word or short text (lower-cased: meaning does not depend on case)."""
    with _lock:
        model = _model()
        return model.embed([text.lower()], norm=True)[0].astype(np.float32)


def similarity(a: str, b: str) -> float:
    """The cosine of two texts' vectors: 1 for the same meaning, about 0 for unrelated ones."""
    return float(np.dot(vector(a), vector(b)))


def synonym(a: str, b: str) -> bool:
    """Whether two words mean nearly the same (see `SYNONYM`)."""
    return a == b or similarity(a, b) >= SYNONYM


@lru_cache(maxsize=4096)
def _matrix(candidates: tuple[str, ...]) -> np.ndarray:
    """The candidates' vectors as rows: a tool's or a topic's words, stacked once, not on every word."""
    return np.stack([vector(c) for c in candidates])


def closest(word: str, candidates: Sequence[str]) -> tuple[str, float]:
    """The candidate nearest in meaning to `word`, and its similarity (("", 0.0) for no candidates)."""
    candidates = tuple(candidates)
    if not candidates:
        return "", 0.0
    scores = _matrix(candidates) @ vector(word)
    best = int(np.argmax(scores))
    return candidates[best], float(scores[best])
