"""Tokens: the words, numbers, symbols and punctuation of a request, and the `Mention` record of a value.

A token is a word, a number, an e-mail, a URL or path, a symbol or a punctuation mark, with where it
stands in the text; abbreviations keep their dot ("Mr.", "D.C."), a sentence's last word does not;
numbers joined by two dots or more are one dotted version or address ("3.10.2", "10.0.0.1"); a single
letter keeps a "#" or "++" after it ("C#", "F#", "C++"); a directory's path keeps the slash
that ends it ("/mnt/backup/2024/": the slash says it is a folder); numbers with capitals between dashes
are one code ("21-CV-1187", "88-XK-301": a case or parcel number, not a number and a word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agentkit.local import lexicon

_TOKEN = re.compile(
    r"""
    (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<url>https?://[^\s,;'"]+[^\s,;.'")\]])
  | (?P<path>[A-Za-z]:[\\/][^\s,;'"]+|(?:\.{1,2}/|/)?(?:[\w.-]+/)+[\w.-]*\w(?:/(?=\s|$|[.,;:!?)](?:\s|$)))?)
  | (?P<code>(?<![\w.])\d+(?![xX]\d+(?![\w.]))[A-Za-z]+\d[A-Za-z\d]*(?:-[A-Za-z\d]+)*)
  | (?P<dashed>(?<![\w.-])\d+-[A-Z]{1,5}-\d+(?:-[A-Za-z\d]+)*(?![\w]|-\w))
  | (?P<version>(?<![\w.])\d+(?:\.\d+){2,}(?![\w]|\.\d))
  | (?P<number>(?<![\w.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<word>[A-Za-zµ\u00C0-\u024F\u0370-\u03FF][\wµ\u00C0-\u024F\u0370-\u03FF]*(?:['’][A-Za-z]+)?(?:(?:[-.]|(?<=\w)&)[\w\u00C0-\u024F]+)*\.?(?:(?<=\b[A-Za-z])(?:\#|\+\+)(?![\w#+]))?)
  | (?P<tag>(?<![\w#@])[#@][A-Za-z][\w.-]*\w)
  | (?P<arrow>->|[→⟶➔➜⇒])
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
    kind: str  # email | url | path | version | number | word | symbol | punct

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
        if kind in ("code", "tag", "dashed"):
            kind = "word"
        if kind == "arrow":
            # "SFO → NRT", "USD -> EUR": an arrow between two values reads "to", as it is said aloud
            tokens.append(Token("to", match.start(), match.end(), "word"))
            continue
        having = _HAVING.fullmatch(value) if kind == "word" else None
        if having and (count := lexicon.number_word(having.group(1))) is not None:
            # "six-sided": having six sides, written as "6-sided" is — a number, a hyphen, the "-ed" word
            start, split = match.start(), match.start() + len(having.group(1))
            tokens.append(Token(str(count), start, split, "number"))
            tokens.append(Token("-", split, split + 1, "symbol"))
            tokens.append(Token(having.group(2), split + 1, match.end(), "word"))
            continue
        if kind == "word" and not tokens and _compound_verb(value):
            # "force-restart nginx": a compound verb opening an ask is its modifier and its verb
            head, _, verb = value.partition("-")
            split = match.start() + len(head)
            tokens.append(Token(head, match.start(), split, "word"))
            tokens.append(Token("-", split, split + 1, "symbol"))
            tokens.append(Token(verb, split + 1, match.end(), "word"))
            continue
        if (
            kind == "word"
            and value.endswith(".")
            and not _is_abbreviation(value)
            and not _initial(text, match)
        ):
            tokens.append(Token(value[:-1], match.start(), match.end() - 1, "word"))
            tokens.append(Token(".", match.end() - 1, match.end(), "punct"))
            continue
        tokens.append(Token(value, match.start(), match.end(), kind))
    return tokens


def _compound_verb(word: str) -> bool:
    """Whether the first word of a text is a compound verb of two verbs joined by a hyphen, lower case
    ("force-restart", "force-delete", "hard-reset", "double-check"): an imperative whose first part says
    how the second is done, read as the two words ("force restart"), so the first may set the tool's
    option of that name and the second is the act, not part of a value."""
    head, dash, verb = word.partition("-")
    return (
        bool(dash)
        and word.islower()
        and head.isalpha()
        and verb.isalpha()
        and len(head) > 2
        and len(verb) > 2
        and "VERB" in lexicon.parts(head)
        and "VERB" in lexicon.parts(verb)
    )


_HAVING = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)?)-([a-z]+ed)")
"""A spelled number before a hyphen and an "-ed" word ("six-sided", "twenty-sided", "three-legged"): an
adjective for having that many of the thing, which says the number as "6-sided" does."""


ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr inc ltd co corp llc vs etc no approx dept univ".split())
"""Written abbreviations that end in a dot without ending the sentence (an orthographic closed class)."""


def _is_abbreviation(word: str) -> bool:
    """ "D.C.", "Mr.", "Ltd.", "U.S." keep their dot; a sentence's last word does not."""
    core = word[:-1]
    return "." in core or core.lower() in ABBREVIATIONS


_INITIAL_END = re.compile(r"(?:^|(?<=\s))[A-Z]\.$")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\.?\s+$")
_NEXT_INITIAL = re.compile(r"[A-Z]\.(?:\s|$)")
_NAME_AFTER = re.compile(r"([A-Z][a-z'’-]+)\s+[A-Z][\w'’-]+")
_JOINED_INITIALS_END = re.compile(r"(?:^|(?<=\s))(?:[A-Z]\.){2,}$")
_SURNAME = re.compile(r"[A-Z][a-z'’-]+")


def ends_in_initial(before: str, after: str) -> bool:
    """Whether `before` ends in an initial of a name that goes on in `after` ("Ursula K." + "Le Guin",
    "J." + "R. R. Tolkien"): a capital letter and its dot after a capitalised word, or before another
    initial, with a capitalised word to follow, is no sentence's end ("plan B. Then …" has no name
    before it); so are initials written together before a surname ("J.R.R. Tolkien", "C.S. Lewis")."""
    if _JOINED_INITIALS_END.search(before) and (surname := _SURNAME.match(after)):
        # "by J.R.R. Tolkien", "directed by J.J. Abrams", "W.E.B. Du Bois": initials written together open a
        # name when a word the dictionary does not know follows (a surname); "the U.S. Then …" ends there
        word = surname.group(0).lower()
        if not lexicon.known(word) and not lexicon.is_function_word(word):
            return True
    end = _INITIAL_END.search(before)
    if end is None or not after[:1].isupper():
        return False
    if _NAME_BEFORE.search(before, 0, end.start()) or _NEXT_INITIAL.match(after):
        return True
    # "acted by J. Patrick McNamara": an initial before a given name the dictionary does not know as a
    # word and a surname opens the name; "plan B. Then Paris …" goes on with a word ("Then") instead
    following = _NAME_AFTER.match(after)
    return bool(following) and not lexicon.known(following.group(1).lower())


def _initial(text: str, match: re.Match) -> bool:
    return (
        match.group(0)[:1].isupper()
        and len(match.group(0)) == 2
        and ends_in_initial(
            text[: match.end()],
            text[match.end() :].lstrip() if text[match.end() : match.end() + 1].isspace() else "",
        )
    )


def token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last) that cover the characters [start, end)."""
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return first, last


def parenthesised(tokens: list[Token], mention: Mention) -> bool:
    """Whether `mention` stands alone in parentheses ("(AA)"): values written so are set off as labels."""
    return (
        mention.first > 0
        and mention.last < len(tokens)
        and (tokens[mention.first - 1].text, tokens[mention.last].text) == ("(", ")")
    )
