"""Tokens: the words, numbers, symbols and punctuation of a request, and the `Mention` record of a value.

A token is a word, a number, an e-mail, a URL or path, a symbol or a punctuation mark, with where it
stands in the text; abbreviations keep their dot ("Mr.", "D.C."), a sentence's last word does not;
a single letter keeps a "#" or "++" after it ("C#", "F#", "C++").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"""
    (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<url>https?://[^\s,;'"]+[^\s,;.'")\]])
  | (?P<path>[A-Za-z]:[\\/][^\s,;'"]+|(?:\.{1,2}/|/)?(?:[\w.-]+/)+[\w.-]*\w)
  | (?P<code>(?<![\w.])\d+(?![xX]\d+(?![\w.]))[A-Za-z]+\d[A-Za-z\d]*(?:-[A-Za-z\d]+)*)
  | (?P<number>(?<![\w.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<word>[A-Za-zµ\u00C0-\u024F\u0370-\u03FF][\wµ\u00C0-\u024F\u0370-\u03FF]*(?:['’][A-Za-z]+)?(?:(?:[-.]|(?<=\w)&)[\w\u00C0-\u024F]+)*\.?(?:(?<=\b[A-Za-z])(?:\#|\+\+)(?![\w#+]))?)
  | (?P<tag>(?<![\w#@])[#@][A-Za-z][\w.-]*\w)
  | (?P<symbol>\*\*|[$€£¥%°²³µ^*/+=<>&~#@×÷-])
  | (?P<punct>[,;:!?()\[\]{}"“”‘’'.…])
    """,
    re.X,
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # email | url | path | number | word | symbol | punct

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class Mention:
    """One value the text states, where it stands (token indexes [first, last)) and what it holds."""

    kind: str
    value: object
    text: str
    first: int
    last: int
    start: int = 0
    end: int = 0
    unit: str = ""
    percent: bool = False
    currency: str = ""
    ordinal: bool = False
    negative_word: bool = False
    group: int | None = None
    """Mentions joined by ", " / "and" / "or" share a group number (a coordinated series)."""
    attributes: dict = field(default_factory=dict)

    @property
    def span(self) -> range:
        return range(self.first, self.last)


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value = match.group(0)
        # "1Z999": a code that opens with digits, one word; "#general", "@ana": a channel or a handle
        if kind in ("code", "tag"):
            kind = "word"
        if kind == "word" and value.endswith(".") and not _is_abbreviation(value):
            tokens.append(Token(value[:-1], match.start(), match.end() - 1, "word"))
            tokens.append(Token(".", match.end() - 1, match.end(), "punct"))
            continue
        tokens.append(Token(value, match.start(), match.end(), kind))
    return tokens


ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr inc ltd co corp llc vs etc no approx dept univ".split())
"""Written abbreviations that end in a dot without ending the sentence (an orthographic closed class)."""


def _is_abbreviation(word: str) -> bool:
    """ "D.C.", "Mr.", "Ltd.", "U.S." keep their dot; a sentence's last word does not."""
    core = word[:-1]
    return "." in core or core.lower() in ABBREVIATIONS


def token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last) that cover the characters [start, end)."""
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return first, last
