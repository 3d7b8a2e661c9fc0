"""A field's specialist words, from a maintained classification shipped in a package's wheel.

A denied topic's definition names its subject in ordinary words ("injuries", "infections", "symptoms"),
but people ask in the field's own words ("is that Lyme?", "plantar fasciitis", "a stress fracture"), which
no definition lists. A field's classification knows them: `simple-icd-10-cm` (MIT) ships the ICD-10-CM
tabular list — the names of diseases, injuries and symptoms and the terms each includes — as XML in its
wheel. Nothing is downloaded and no word is typed here.

* **scope** — a field is the resource's own: its title and chapter titles ("Tabular list of diseases and
  injuries", "Certain infectious and parasitic diseases", "Symptoms, signs and abnormal clinical ...
  findings"). A topic has the field when at least `SCOPE_MATCHES` roots of its name and definition meet
  the scope's roots (medical advice's "injuries", "infections" and "symptoms" do; investment and legal
  advice name none), so the field follows from the topic's own definition, not from its name in code.
  Chapters of what is not itself a disease or injury — external causes (where the gear of accidents is,
  "kayak", "ladder"), factors influencing health status, codes for special purposes — give no words.
* **words** — the words of the descriptions and inclusion terms of the other chapters, weighed against
  English at large (`wordfreq`): a word is the field's when its share of the descriptions stands at
  least `KEYNESS` above its English frequency (log10; like the shop's keywords,
  `topics._own_roots`) and English uses it below `ZIPF_LIMIT` — "fever", "tetanus", "fasciitis",
  "fracture" are the field's; "left", "back" or "foot" run through the descriptions as locations but
  are common English, and "bucket" or "furniture" are there only as things swallowed or fallen from.
  A word seen in fewer than `MIN_COUNT` descriptions is a name or a one-off and gives nothing.

The XML is read with a regular expression, not the package's API: importing the package parses the whole
tree into code objects (some 2.4 s); reading the descriptions takes a fraction of that, once per process.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from agentkit.local import lexicon

KEYNESS = 2.0
"""How far (log10) a word's uses per description must stand above its English frequency: 2.0 is a hundred
times. "fracture" (4.0), "tetanus" (2.5), "fever" (2.2), "lyme" (2.1) pass; "deposit" (1.9, "dense deposit
disease", the shop's rental deposit), "snake" (1.6), "stress" (1.4), "furniture" (0.7) do not. Set on the
fresh batteries and the even ids of the blind set: 1.75 let "deposit" block "Is the charge for the rental
deposit?"."""
ZIPF_LIMIT = 4.5
"""English frequency (Zipf) from which a word is English at large whatever the field's use of it: "left"
(5.6), "back" (6.0), "foot" (4.9), "ring" (4.8) are not the field's; "fever" (4.2), "knee" (4.3) are."""
MIN_COUNT = 3
"""Fewest times the descriptions must use a word."""
LOCATED_SHARE = 0.5
"""Share of a word's occurrences after a preposition of place ("Sprain of *ankle*", "Abscess *of* nail")
above which it is where a condition is, not the condition: the descriptions name the condition first
("fever" 1 %, "fracture" 1 %, "bite" 0 %) and its site after ("knee" 58 %, "heel" 99 %, "wrist" 75 %). A
site is anatomy that gear fits too ("knee braces", "a hip belt", "heel lift"), so it is not the field's."""
SCOPE_MATCHES = 2
"""Fewest roots a topic's name and definition must share with a field's scope to have the field."""

_TEXT = re.compile(r"<(desc|note|title)>([^<]*)</\1>")
_WORD = re.compile(r"[a-z]+")
_LOCATING = re.compile(r"\b(?:of|in|on|to|at|from|involving)\b([^\n]*)")
"""A description's first preposition of place and the rest of it: where the condition is."""
_OUT_OF_SCOPE = re.compile(r"^(?:external causes|factors influencing|codes for special)", re.IGNORECASE)
"""ICD-10-CM chapters whose entries are not diseases or injuries (V00-Y99, Z00-Z99, U00-U85)."""


@dataclass(frozen=True)
class Field:
    """A field's scope (the roots of the resource's own titles) and its specialist words (lemma →
    keyness)."""

    name: str
    scope: frozenset[str]
    words: dict[str, float]


def _icd10cm_xml() -> Path | None:
    """The tabular list in the installed `simple_icd_10_cm` wheel, found without importing the package."""
    spec = importlib.util.find_spec("simple_icd_10_cm")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted((Path(spec.submodule_search_locations[0]) / "data").glob("icd10c-tabular-*.xml"))
    return found[-1] if found else None


def _keywords(descriptions: list[str]) -> dict[str, float]:
    """Lemma → keyness of the words the descriptions use distinctly more often than English does (their
    occurrences against the number of descriptions), less those they mostly use as a site
    (`LOCATED_SHARE`)."""
    import wordfreq

    # each description split at its first preposition of place: the condition, then where it is
    lines = "\n".join(descriptions).lower()
    site = Counter(_WORD.findall("\n".join(_LOCATING.findall(lines))))
    head = Counter(_WORD.findall(_LOCATING.sub("", lines)))
    used: Counter[str] = Counter()  # occurrences of each lemma
    located: Counter[str] = Counter()  # those after a preposition of place
    for word, count in (head + site).items():
        if len(word) < 3 or lexicon.is_function_word(word):
            continue
        lemma = lexicon.lemma(word)
        used[lemma] += count
        located[lemma] += site[word]
    words: dict[str, float] = {}
    for lemma, count in used.items():
        if count < MIN_COUNT or lexicon.is_function_word(lemma):
            continue
        if located[lemma] > LOCATED_SHARE * used[lemma]:
            continue
        zipf = wordfreq.zipf_frequency(lemma, "en")
        if zipf >= ZIPF_LIMIT:
            continue
        key = math.log10(count / len(descriptions)) + 9 - zipf if zipf > 0 else math.inf
        if key >= KEYNESS:
            words[lemma] = key
    return words


def _medical() -> Field | None:
    path = _icd10cm_xml()
    if path is None:
        return None
    chapters = path.read_text(encoding="utf-8").split("<chapter>")
    # the list's own title ("ICD-10-CM TABULAR LIST of DISEASES and INJURIES") and the chapter titles
    titles = [text for tag, text in _TEXT.findall(chapters[0]) if tag == "title"][:1]
    descriptions: list[str] = []
    for chapter in chapters[1:]:
        texts = [text for tag, text in _TEXT.findall(chapter) if tag != "title"]
        if not texts:
            continue
        if not _OUT_OF_SCOPE.match(texts[0]):
            titles.append(re.sub(r"\([^)]*\)", " ", texts[0]))
            descriptions.extend(texts[1:])
    scope = frozenset(
        lexicon.root(word)
        for title in titles
        for word in _WORD.findall(title.lower())
        if not lexicon.is_function_word(word) and len(word) > 2
    )
    return Field("ICD-10-CM", scope, _keywords(descriptions))


@lru_cache(maxsize=1)
def fields() -> tuple[Field, ...]:
    """The fields whose resources are installed, loaded once per process."""
    return tuple(field for field in (_medical(),) if field is not None)
