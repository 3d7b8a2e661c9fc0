"""Views of a text with its disguises undone, so detectors read what a person (or a model) would read.

An attacker who knows a guardrail looks for "ignore previous instructions" writes it so that a
plain string match fails but a model still understands it: in Cyrillic look-alike letters, with
zero-width spaces inside the words, s p a c e d  o u t, in l33tspeak, hyphen-ated, misspelt, or
encoded as base64, hex, rot13 or URL escapes. `views(text)` returns the text as written followed by
one view per disguise undone, each view building on the one before (so look-alike letters *and*
zero-width spaces are both undone in the later views), and each encoded payload decoded and undone
again. A detector runs over every view; the first view in which it finds something names the
normalisation that revealed it (`View.name`), and `View.span` maps a match back to the characters of
the original text, so an assessment can quote what was actually written.

The steps, in order, and where their knowledge comes from:

1. **compatibility forms** — Unicode NFKC (`unicodedata`): full-width letters, mathematical bold and
   circled letters, ligatures become plain letters;
2. **invisible characters** — format characters (Unicode category Cf: zero-width space and joiners,
   soft hyphen, direction marks, tag characters) and variation selectors are removed;
3. **look-alike letters** — each letter the Unicode confusables data (`confusable-homoglyphs`) lists
   as a homoglyph of a Latin letter is replaced by that letter — of several, the one its
   transliteration (`anyascii`) names ("іgnоrе" in Cyrillic → "ignore"); letters with no Latin
   look-alike (и, ї) stay;
4. **leetspeak** — in a word that mixes letters with digits or symbols, the usual substitutions
   (0→o, 1→i or l, 3→e, 4→a, 5→s, 7→t, @→a, $→s) are undone; `1` becomes whichever of i and l makes
   a word the English lexicon knows (`agentkit.local.lexicon`). All-digit tokens are never touched;
5. **spacing and hyphenation** — runs of single letters joined by one separator ("i g n o r e",
   "i.g.n.o.r.e") are closed up (a wider gap or another separator stays a word break), and
   hyphenated pieces — or pieces broken by one repeated symbol, `*`, `_`, `.`, `·`, `|`, `~`
   ("ig*nore", "in.struc.tions") — are joined when the joined word is one the lexicon knows and the
   pieces are not all words ("in-struc-tions", not "pull-over"), or when it is a word of the
   `vocabulary`;
6. **typos** — with a `vocabulary` (the detector's own words), a word the lexicon does not know is
   replaced by the vocabulary word it is closest to (`difflib` similarity ≥ `TYPO_SIMILARITY`):
   "ignroe" → "ignore". Known words are never changed;
7. **encoded payloads** — base64 (≥ `MIN_PAYLOAD` characters), hex digits, `%xx` URL escapes and
   HTML entities are decoded where they decode to readable text, and rot13 is applied to the whole
   text; a stretch written backwards (between line breaks, colons or quotes: at least `MIN_REVERSED`
   words of three letters or more, fewer than half of them English words as written and at least
   `READABLE` of them once the stretch is read backwards) is reversed; each decoded text goes through
   steps 1-6 again (one level deep).

Views are deterministic and cheap (no model); a view equal to the one before it is left out.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import difflib
import html
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias

from anyascii import anyascii
from confusable_homoglyphs import confusables

from agentkit.local import lexicon

Origin: TypeAlias = tuple[tuple[int, int], ...]
_Step = Callable[[str, Origin], tuple[str, Origin]]

TYPO_SIMILARITY = 0.8
"""`difflib.SequenceMatcher` ratio at or above which an unknown word is read as a vocabulary word."""
MIN_PAYLOAD = 16
"""Shortest base64 or hex run (characters) treated as an encoded payload."""
READABLE = 0.9
"""Share of printable characters (letters, digits, spaces, punctuation) a decoded payload needs, and the
share of English words a stretch read backwards needs."""
MIN_REVERSED = 3
"""Fewest words (three letters or more) in a stretch that is read backwards."""


@dataclass(frozen=True)
class View:
    """One reading of a text: its `name` (the normalisations applied) and where each character came from."""

    name: str
    text: str
    origin: Origin
    """For each character of `text`, the span of original characters it stands for (a decoded
    payload's characters stand for the whole payload as written)."""
    length: int
    """Length of the original text."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind `text[start:end]`."""
        covered = self.origin[start:end]
        if not covered:
            return self.length, self.length
        return min(s for s, _ in covered), max(e for _, e in covered)

    @property
    def normalised(self) -> bool:
        return self.name != AS_WRITTEN


AS_WRITTEN = "as written"


def views(text: str, vocabulary: Iterable[str] = ()) -> list[View]:
    """The text as written, then one view per normalisation that changed it (see the module docstring)."""
    return list(_views(text, frozenset(vocabulary)))


@lru_cache(maxsize=1024)
def _views(text: str, words: frozenset[str]) -> tuple[View, ...]:
    """`views`, kept for texts seen again: a guardrail applies several policies to one text, and the
    injection check and the content filters both read it."""
    origin = tuple((i, i + 1) for i in range(len(text)))
    found = _chain(AS_WRITTEN, text, origin, len(text), words)
    for decoder_name, decode in _DECODERS:
        decoded = decode(text, origin)
        if decoded is None or decoded[0] == text:
            continue
        for view in _chain(decoder_name, *decoded, len(text), words):
            if all(view.text != seen.text for seen in found):
                found.append(view)
    return tuple(found)


def _chain(first: str, text: str, origin: Origin, length: int, words: frozenset[str]) -> list[View]:
    result = [View(first, text, origin, length)]
    for name, step in _steps(words):
        new_text, new_origin = step(text, origin)
        if new_text != text:
            text, origin = new_text, new_origin
            label = name if first == AS_WRITTEN else f"{first}, {name}"
            result.append(View(label, text, origin, length))
    return result


def _steps(words: frozenset[str]) -> list[tuple[str, _Step]]:
    steps: list[tuple[str, _Step]] = [
        ("compatibility forms (NFKC)", _nfkc),
        ("invisible characters removed", _invisible),
        ("look-alike letters folded", _homoglyphs),
        ("leetspeak folded", _leet),
        ("spacing and hyphenation undone", lambda text, origin: _spacing(text, origin, words)),
    ]
    if words:
        steps.append(("typos corrected", lambda text, origin: _typos(text, origin, words)))
    return steps


# ---------------------------------------------------------------------------------------- character maps


def _per_char(text: str, origin: Origin, mapping: Callable[[str], str]) -> tuple[str, Origin]:
    out: list[str] = []
    where: list[tuple[int, int]] = []
    for char, source in zip(text, origin, strict=True):
        replaced = mapping(char)
        out.append(replaced)
        where += [source] * len(replaced)
    return "".join(out), tuple(where)


@lru_cache(maxsize=4096)
def _nfkc_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def _nfkc(text: str, origin: Origin) -> tuple[str, Origin]:
    return _per_char(text, origin, _nfkc_char)


def _is_invisible(char: str) -> bool:
    code = ord(char)
    return unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _invisible(text: str, origin: Origin) -> tuple[str, Origin]:
    return _per_char(text, origin, lambda char: "" if _is_invisible(char) else char)


@lru_cache(maxsize=4096)
def _latin_homoglyph(char: str) -> str:
    """The Latin letter `char` is confusable with, or `char` itself (ASCII and non-letters stay)."""
    if char.isascii() or not char.isalpha():
        return char
    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=False)
    if not found:
        return char
    letters = [g["c"] for g in found[0]["homoglyphs"] if g["c"].isascii() and g["c"].isalpha()]
    if not letters:
        return char
    transliterated = anyascii(char)  # of several look-alikes, prefer the one the letter is also read as
    return next((letter for letter in letters if letter.lower() == transliterated.lower()), letters[0])


def _homoglyphs(text: str, origin: Origin) -> tuple[str, Origin]:
    return _per_char(text, origin, _latin_homoglyph)


# ---------------------------------------------------------------------------------------- word rewrites

_LEET = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t"}
_LEET_CHAR = r"(?:[A-Za-z0-9]|[@$!|+](?=[A-Za-z0-9]))"
_LEET_TOKEN = re.compile(rf"{_LEET_CHAR}*[A-Za-z]{_LEET_CHAR}*")
"""A word of letters and digits, with symbols only where a letter or digit follows: the "!" that ends a
sentence ("TrailClub!") or the "+" of "C++" is punctuation, not a letter in disguise."""


def _rewrite_tokens(
    text: str, origin: Origin, pattern: re.Pattern[str], rewrite: Callable[[str], str | None]
) -> tuple[str, Origin]:
    """Replace each match of `pattern` by `rewrite(match)` (None keeps it).

    A replacement of the same length maps character by character; any other stands, every character
    of it, for the whole match as written."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    position = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        new = rewrite(match.group())
        if new is None or new == match.group():
            continue
        out.append(text[position:start])
        where += origin[position:start]
        out.append(new)
        if len(new) == end - start:
            where += origin[start:end]
        else:
            whole = (origin[start][0], origin[end - 1][1])
            where += [whole] * len(new)
        position = end
    out.append(text[position:])
    where += origin[position:]
    return "".join(out), tuple(where)


def _unleet(token: str) -> str | None:
    if not any(char in _LEET or char == "1" for char in token) or token.isdigit():
        return None
    base = "".join(_LEET.get(char, char) for char in token)
    if "1" not in base:
        return base
    as_i, as_l = base.replace("1", "i"), base.replace("1", "l")
    return as_l if lexicon.known(as_l) and not lexicon.known(as_i) else as_i


def _leet(text: str, origin: Origin) -> tuple[str, Origin]:
    return _rewrite_tokens(text, origin, _LEET_TOKEN, _unleet)


_SPACED = re.compile(r"(?<![^\W_])[^\W\d_](?P<sep>[ .\-_*·])[^\W\d_](?:(?P=sep)[^\W\d_])+(?![^\W_])")
"""Three or more single letters joined by one and the same separator: "i g n o r e", "i.g.n.o.r.e"."""
_HYPHENATED = re.compile(r"[^\W\d_]+(?:(?:-|\u00ad|-\n)[^\W\d_]+)+")
_BROKEN = re.compile(r"[^\W\d_]+(?P<sep>[*_.·|~])[^\W\d_]+(?:(?P=sep)[^\W\d_]+)*")
"""Letters broken up by one and the same symbol: "ig*nore", "in.struc.tions", "dis_regard"."""


def _closed_up(run: str) -> str:
    return "".join(char for char in run if char.isalpha())


def _dehyphenated(run: str, words: frozenset[str]) -> str | None:
    pieces = re.split(r"-\n|[-\u00ad*_.·|~]", run)
    joined = "".join(pieces)
    lowered = joined.lower()
    if lowered in words or (lexicon.known(lowered) and not all(lexicon.known(p.lower()) for p in pieces)):
        return joined
    return None


def _spacing(text: str, origin: Origin, words: frozenset[str]) -> tuple[str, Origin]:
    text, origin = _rewrite_tokens(text, origin, _SPACED, _closed_up)
    text, origin = _rewrite_tokens(text, origin, _HYPHENATED, lambda run: _dehyphenated(run, words))
    return _rewrite_tokens(text, origin, _BROKEN, lambda run: _dehyphenated(run, words))


_WORD = re.compile(r"[^\W\d_]{4,}")


def _typos(text: str, origin: Origin, words: frozenset[str]) -> tuple[str, Origin]:
    candidates = sorted(words)

    def correct(word: str) -> str | None:
        lowered = word.lower()
        if lowered in words or lexicon.known(lowered) or not lowered.isascii():
            return None
        close = difflib.get_close_matches(lowered, candidates, n=1, cutoff=TYPO_SIMILARITY)
        return close[0] if close else None

    return _rewrite_tokens(text, origin, _WORD, correct)


# ---------------------------------------------------------------------------------------- decoders

_BASE64 = re.compile(rf"(?<![\w+/=-])[A-Za-z0-9+/_-]{{{MIN_PAYLOAD},}}={{0,2}}(?![\w+/=-])")
_HEX = re.compile(
    rf"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{{2}}){{{MIN_PAYLOAD // 2},}}(?![0-9A-Fa-f])|(?:\\x[0-9A-Fa-f]{{2}}){{4,}}"
)
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


def _readable(raw: bytes) -> str | None:
    """`raw` as text when it is UTF-8 made mostly of printable characters, with letters and a space."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not decoded or " " not in decoded.strip() or not any(char.isalpha() for char in decoded):
        return None
    printable = sum(char.isprintable() or char in "\n\t" for char in decoded)
    return decoded if printable / len(decoded) >= READABLE else None


def _from_base64(token: str) -> str | None:
    if token.isdigit() or token.isalpha() and (token.islower() or token.isupper()):
        return None  # a plain word or number, not a payload
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.b64decode(
            padded, altchars=b"-_" if ("-" in token or "_" in token) else None, validate=True
        )
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def _from_hex(token: str) -> str | None:
    digits = token.replace("\\x", "")
    try:
        return _readable(bytes.fromhex(digits))
    except ValueError:
        return None


def _decode_tokens(pattern: re.Pattern[str], decode: Callable[[str], str | None]) -> _Step:
    def step(text: str, origin: Origin) -> tuple[str, Origin]:
        return _rewrite_tokens(text, origin, pattern, decode)

    return step


def _url_decoded(text: str, origin: Origin) -> tuple[str, Origin] | None:
    if not _URL_ESCAPE.search(text):
        return None
    return _rewrite_tokens(text, origin, re.compile(r"\S*%[0-9A-Fa-f]{2}\S*"), urllib.parse.unquote_plus)


def _entities(text: str, origin: Origin) -> tuple[str, Origin] | None:
    if not _ENTITY.search(text):
        return None
    return _rewrite_tokens(text, origin, _ENTITY, html.unescape)


def _rot13(text: str, origin: Origin) -> tuple[str, Origin]:
    return codecs.encode(text, "rot13"), origin


_STRETCH = re.compile(r"[^\n:\"“”«»]+")
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def _backwards(stretch: str) -> str | None:
    """`stretch` read backwards, when it is English only that way round (see step 7)."""
    words = [w.lower() for w in _LONG_WORD.findall(stretch)]
    if len(words) < MIN_REVERSED:
        return None

    def english(word: str) -> bool:
        return lexicon.known(word) or word in lexicon.FUNCTION_WORDS

    forwards = sum(map(english, words)) / len(words)
    backwards = sum(english(w[::-1]) for w in words) / len(words)
    return stretch[::-1] if forwards < 0.5 and backwards >= READABLE else None


def _reversed(text: str, origin: Origin) -> tuple[str, Origin] | None:
    new_text, new_origin = _rewrite_tokens(text, origin, _STRETCH, _backwards)
    return None if new_text == text else (new_text, new_origin)


def _optional(step: _Step) -> Callable[[str, Origin], tuple[str, Origin] | None]:
    def run(text: str, origin: Origin) -> tuple[str, Origin] | None:
        return step(text, origin)

    return run


_DECODERS: list[tuple[str, Callable[[str, Origin], tuple[str, Origin] | None]]] = [
    ("base64 decoded", _optional(_decode_tokens(_BASE64, _from_base64))),
    ("hex decoded", _optional(_decode_tokens(_HEX, _from_hex))),
    ("URL-decoded", _url_decoded),
    ("HTML entities decoded", _entities),
    ("rot13", _optional(_rot13)),
    ("read backwards", _reversed),
]
"""Decoders of step 7, in the order their views are listed."""
