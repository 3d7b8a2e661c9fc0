"""The values a request states, found by their written form: the raw material of tool arguments.

A request is read once into tokens (`tokens`) and then into *mentions*: spans that hold a value of
some kind, each with its position so that the words around it can be weighed later (`evidence`).

| kind | written as | value |
|---|---|---|
| `number` | `5`, `-1,200.5`, `1e-9`, `50 million`, `$30.45`, `15 %`, `six`, `3rd`, `6cm`, `100 µF` | float; flags for percent, currency, ordinal; the unit written after it |
| `list` | `[1, 2, 3]`, `[[10, 20], [30, 40]]`, `['a', 'b']` | the parsed list |
| `quoted` | `'X'`, `"X"`, `“X”` | the text inside |
| `date` | `2024-05-01`, `May 3rd 2022`, `March.11, 2022`, `11 March 2022`, `05/03/2022` | ISO date; the original text kept |
| `formula` | `3x^2 + 2x - 1`, `17 * 23`, `x**2` | the expression |
| `address` | `12 Quay Street, Galway`, `221B Baker St` (a house number, a capitalised name, a street word), `to 540 El Camino Real, Berkeley` (no street word: after to/at/is, its town written) | the text |
| `email`, `url`, `path` | `a@b.com`, `https://…`, `C:/data/cars.csv`, `Europe/Paris` | the text |
| `identifier` | `NW-1001`, `rs6034464`, `2022/AL2562`, `your_dataset_name`, a size `12x18` | the text |
| `name` | capitalised runs: `New York City`, `Maroon 5`, `S&P 500`, `Washington D.C.`, `Homo Sapiens` | the text, possessive dropped |
| `phrase` | runs of lower-case nouns and adjectives: `plasma membrane`, `sushi` (a past participle that a preposition follows ends the run: `history` hosted by) | the text |

Mentions of one kind joined by commas, "and" or "or" form a *group* ("tents and stoves",
"10, 20 and 30 years"): the unit a list parameter takes whole, or a scalar parameter fans out over.
"""

from __future__ import annotations

import ast
import copy
import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers

from agentkit.local import lexicon
from agentkit.local.simulated.dates import before_when, dates, is_date, times, year_spans
from agentkit.local.simulated.parameters import IDENTIFIER, REASON, WRITTEN
from agentkit.local.simulated.quantities import (
    SCIENTIFIC,
    convert,
    is_unit_name,
    measure_of,
    numbers,
    repeated_symbol,
    spans_in_words,
    unit_of,
)
from agentkit.local.simulated.text import line_lists
from agentkit.local.simulated.tokens import Mention, Token, parenthesised, token_span, tokenize

_FORMULA = re.compile(
    r"(?<![\w.])(?:[-+]?\(?\s*(?:\d+(?:\.\d+)?|[a-z])(?:\s*(?:\*\*|[-+*/^×÷])\s*\(?\s*(?:\d+(?:\.\d+)?[a-z]?|[a-z])\)?"
    r"|(?<=\d)[a-z](?:\^\d+|\*\*\d+)?|\^\d+)+(?:\s*=\s*-?\d+)?)(?!\w|\.\d)",
    re.I,
)
_MATH_WORDS = [
    (re.compile(r"\bmultiplied by\b|\btimes\b", re.I), "*"),
    # "3 over 4" divides; "0.04 over 15 years" is a rate over a span of time (a word after the number,
    # other than an operator's, makes it a quantity, not a divisor)
    (
        re.compile(
            r"\bdivided by\b|\bover\b(?=\s*\d+(?:\.\d+)?(?!\d|\.\d)(?!\s*(?!(?:plus|minus|times|divided|multiplied"
            r"|to|and|or|equals|is)\b)[a-z]))",
            re.I,
        ),
        "/",
    ),
    (re.compile(r"\bplus\b", re.I), "+"),
    (re.compile(r"\bminus\b", re.I), "-"),
    (re.compile(r"\bto the power of\b", re.I), "^"),
    (re.compile(r"(?<=\d)\s*x\s*(?=\d)"), "*"),
]


@dataclass
class Reading:
    """A text as tokens and the mentions found in it."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]

    def words_between(self, a: int, b: int) -> list[Token]:
        lo, hi = (a, b) if a <= b else (b, a)
        return self.tokens[lo:hi]

    def at(self, index: int) -> Mention | None:
        return next((m for m in self.mentions if m.first <= index < m.last), None)


MAX_SPAN = 30
"""The most numbers a written range spans as a list of calls ("for each season from 2015 to 2018"): a wider
one is no list anyone asks one call each of, and numbers joined by a hyphen that span more are a code."""


@lru_cache(maxsize=2048)
def read(text: str) -> Reading:
    """Tokens and mentions of `text`, mentions in text order, groups numbered (cached: agents resend
    the same request every turn; the reading is not changed by its users)."""
    tokens = _unnumbered(tokenize(text))
    taken: set[int] = set()
    mentions: list[Mention] = []

    def claim(kind: str, value: object, first: int, last: int, **extra) -> Mention | None:
        if first >= last or any(i in taken for i in range(first, last)):
            return None
        mention = Mention(
            kind,
            value,
            text[tokens[first].start : tokens[last - 1].end],
            first,
            last,
            tokens[first].start,
            tokens[last - 1].end,
            **extra,
        )
        taken.update(range(first, last))
        mentions.append(mention)
        return mention

    _lists(text, tokens, claim, records=False)  # a bracketed literal is one value, quoted items and all
    _quoted(text, tokens, claim)
    _reported(text, tokens, claim)
    _lists(text, tokens, claim, records=True)
    _line_lists(text, tokens, claim)
    _coordinates(text, tokens, claim)
    spans_in_words(text, tokens, claim)  # before dates: "for the last week" is a span, "last week" a date
    dates(text, tokens, claim)
    times(text, tokens, claim)
    year_spans(text, tokens, claim)
    _formulas(text, tokens, claim)
    _addresses(text, tokens, claim)
    _phones(text, tokens, claim)
    _hyphen_codes(tokens, claim, taken)
    for i, token in enumerate(tokens):
        if token.kind in ("email", "url") and i not in taken:
            claim(token.kind, token.text, i, i + 1)
        elif token.kind == "version" and i not in taken:
            claim("identifier", token.text, i, i + 1)  # "version 3.10.2": a code, no number
        elif (
            token.kind == "path"
            and i not in taken
            and not (unit_of(token.text) and i and tokens[i - 1].kind == "number")
        ):
            claim("path" if _looks_like_path(token.text) else "identifier", token.text, i, i + 1)
    _names(tokens, claim, taken)
    _lower_places(tokens, claim, taken)
    numbers(tokens, claim, taken)
    _identifiers(tokens, claim, taken)
    _phrases(tokens, claim, taken)
    mentions.sort(key=lambda m: m.first)
    _appositions(tokens, mentions)
    _counted_series(tokens, mentions)
    _multiplied(mentions)
    _restated_dates(tokens, mentions)
    _compound_durations(tokens, mentions)
    _keys(tokens, mentions)
    _group(tokens, mentions)
    _measured_members(tokens, mentions)
    _bracketed(tokens, mentions)
    _ranges(tokens, mentions)
    _range_units(tokens, mentions)
    return Reading(text, tokens, mentions)


def _compound_durations(tokens: list[Token], mentions: list[Mention]) -> None:
    """A span of time written in two units, the larger first ("1 hour 15 min", "2 hours and 30 minutes",
    "3 min 20 s", "1h 20m"), is one span in the smaller unit (75 minutes, 150 minutes, 200 seconds, 80
    minutes): a clock or a stopwatch is read that way, and neither part alone is the duration. An "m"
    after hours is minutes there, not meters. Not across a comma or any other word than "and", nor as the
    two ends of a range ("between 2 hours and 30 minutes")."""
    i = 0
    while i < len(mentions) - 1:
        first, second = mentions[i], mentions[i + 1]
        between = [t.lower for t in tokens[first.last : second.first]]
        unit = second.unit
        if unit == "m" and unit_of(first.unit or "") == "hour":
            unit = "min"
        factor = (
            convert(1.0, first.unit, unit)
            if first.kind == second.kind == "number"
            and first.unit
            and unit
            and measure_of(first.unit) == measure_of(unit) == "time"
            and between in ([], ["and"])
            and not (first.first and tokens[first.first - 1].lower in ("between", "from"))
            and not first.currency
            and not second.currency
            else None
        )
        if factor is None or factor <= 1 or not isinstance(first.value, int | float):
            i += 1
            continue
        parts = [copy.copy(first), copy.copy(second)]
        second.attributes = {**second.attributes, "parts": parts}
        second.value = float(f"{first.value * factor + second.value:.12g}")
        second.unit = unit
        second.text = f"{first.text} {' '.join(between + [second.text])}".replace("  ", " ")
        second.first, second.start = first.first, first.start
        mentions.pop(i)


def durations_apart(reading: Reading, names: list[str]) -> Reading:
    """The reading with each span of two units (`_compound_durations`) read as its two parts again, when
    the tool has a parameter for each part's unit (`hours` and `minutes` of a finish time): then the
    tool asks the span by its parts, "1 hour and 52 minutes" is hours 1 and minutes 52."""
    words = {_unit_key(w) for name in names for w in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", name) if w}
    if not any(
        all(_unit_key(p.unit) in words for p in m.attributes.get("parts", [])) and m.attributes.get("parts")
        for m in reading.mentions
    ):
        return reading
    mentions: list[Mention] = []
    for mention in reading.mentions:
        parts = mention.attributes.get("parts")
        mentions.extend(parts if parts and all(_unit_key(p.unit) in words for p in parts) else [mention])
    return Reading(reading.text, reading.tokens, mentions)


def _unit_key(word: str) -> str:
    """A time unit's name, however written ("hours", "hr", "min" → hour, minute)."""
    lemma = lexicon.noun_lemma(word.lower())
    return unit_of(lemma) or unit_of(word) or lemma


def _appositions(tokens: list[Token], mentions: list[Mention]) -> None:
    """A nationality and a singular kind noun before a thing's own name only say what it is: "the French
    painter Claude Monet", "the Japanese dish okonomiyaki" name "Claude Monet" and "okonomiyaki". After
    "the"/"a", the nationality and the kind are no value of their own, and the kind noun leaves a phrase
    that goes on to the name ("dish okonomiyaki" → "okonomiyaki")."""
    at = 0
    while at + 1 < len(mentions):
        adjective, kind = mentions[at], mentions[at + 1]
        noun = tokens[kind.first] if kind.first == adjective.last else None
        if (
            adjective.kind != "name"
            or adjective.last - adjective.first != 1
            or adjective.first == 0
            or tokens[adjective.first - 1].lower not in ("the", "a", "an")
            or kind.kind != "phrase"
            or noun is None
            or "NOUN" not in lexicon.parts(noun.text)
            or lexicon.noun_lemma(noun.text) != noun.lower
            or not lexicon.nationality(adjective.value)
        ):
            at += 1
            continue
        following = mentions[at + 2] if at + 2 < len(mentions) else None
        if kind.last - kind.first > 1:
            rest = tokens[kind.first + 1 : kind.last]
            value = " ".join(t.text for t in rest)
            mentions[at + 1] = Mention(
                "phrase", value, value, kind.first + 1, kind.last, rest[0].start, rest[-1].end
            )
            del mentions[at]
        elif following is not None and following.kind == "name" and following.first == kind.last:
            del mentions[at : at + 2]
        else:
            at += 1


def _unnumbered(tokens: list[Token]) -> list[Token]:
    """An inline numbered list ("for: 1. SKU-4410 2. SKU-5521 3. SKU-7002", "(1) Am7, (2) Dm"): item
    numbers 1, 2, 3 … in turn, each "N." / "N)" / "(N)", the first after a colon or at a sentence's start,
    (an item that begins with a number only after "N)" or "(N)": "1) 3 kg going 120 km", as "1. 5" may
    be a decimal written loosely) are no values but the list's joints — the first is dropped, the others read as "," and the last as
    "and", so the items make a series as "A, B and C" does."""
    marks: list[tuple[int, int]] = []  # token spans [i, j) of the item numbers found in turn
    i = 0
    while i < len(tokens):
        k = i + 1 if tokens[i].text == "(" else i
        close = ")" if k > i else ".)"
        if (
            k + 2 < len(tokens)
            and tokens[k].text == str(len(marks) + 1)
            and len(tokens[k + 1].text) == 1
            and tokens[k + 1].text in close
            and (tokens[k + 2].kind != "number" or tokens[k + 1].text == ")")
            and (marks or i == 0 or tokens[i - 1].text in (":", ".", "?", "!", ";"))
        ):
            marks.append((i, k + 2))
            i = k + 2
            continue
        i += 1
    if len(marks) < 2:
        return _unmarked_item(tokens)
    out: list[Token] = []
    position = 0
    for n, (i, j) in enumerate(marks):
        out.extend(tokens[position:i])
        joint = "and" if n == len(marks) - 1 else ","
        if n and not (joint == "," and out and out[-1].text in (",", ";")):
            out.append(
                Token(joint, tokens[i].start, tokens[j - 1].end, "word" if joint == "and" else "punct")
            )
        position = j
    return out + tokens[position:]


def _unmarked_item(tokens: list[Token]) -> list[Token]:
    """One item of a numbered list read on its own (an item of the request read again for its call:
    "(2) 28 cm at 165 degrees"): a whole number in brackets or before ")" that opens the text is the
    item's number, no value, and is dropped."""
    k = 1 if tokens and tokens[0].text == "(" else 0
    if (
        len(tokens) > k + 2
        and tokens[k].kind == "number"
        and tokens[k].text.isdigit()
        and tokens[k + 1].text == ")"
    ):
        return tokens[k + 2 :]
    return tokens


def _bracketed(tokens: list[Token], mentions: list[Mention]) -> None:
    """A series of values each in parentheses ("(AA), (Aa) and (aa)", also each after its label ending in
    the same noun: "the dominant genotype (AA), the recessive genotype (aa)"): the parentheses mark each
    as a value written alike, whatever its case, so they are one series of labels (names), as if listed
    bare — the commas and "and" join them across the parentheses and the labels."""

    def wrapped(m: Mention) -> bool:
        return (
            m.kind in ("name", "phrase", "identifier", "quoted")
            and m.last - m.first == 1
            and parenthesised(tokens, m)
        )

    def joined(a: Mention, b: Mention) -> bool:
        between = tokens[a.last + 1 : b.first - 1]
        words = [t.lower for t in between]
        if not {",", "and", "or"} & set(words) or len(words) > 8:
            return False
        if any(t.kind == "punct" and t.text != "," for t in between):
            return False
        label = [
            t.lower for t in between if t.kind == "word" and t.lower not in ("and", "or", "the", "a", "an")
        ]
        return not label or a.first >= 2 and label[-1] == tokens[a.first - 2].lower

    series: list[list[Mention]] = []
    for m in (m for m in mentions if wrapped(m)):
        if series and joined(series[-1][-1], m):
            series[-1].append(m)
        else:
            series.append([m])
    group = max((m.group or 0 for m in mentions), default=0)
    for members in series:
        if len(members) < 2:
            continue
        group += 1
        for m in members:
            m.group = group
            if m.kind == "phrase":
                m.kind = "name"


_RANGE_WORDS = frozenset({"to", "through", "thru", "until"})


def _ranges(tokens: list[Token], mentions: list[Mention]) -> None:
    """Two whole numbers that are the ends of a range ("from 2015 to 2018", "pages 3 to 6", "between 2000
    and 2010"): each end holds the pair as its `range` attribute, so that a parameter can take the range
    as its two ends or as the numbers it spans, as its type and words say (`arguments`, `fanout`)."""
    for a, b in itertools.pairwise(mentions):
        if a.kind != "number" or b.kind != "number" or a.unit not in ("", b.unit) or a.percent or b.percent:
            continue
        if a.currency != b.currency or a.ordinal or b.ordinal:
            continue
        low, high = a.value, b.value
        if not (float(low).is_integer() and float(high).is_integer() and low < high):
            continue
        between = [t.lower for t in tokens[a.last : b.first]]
        before = tokens[a.first - 1].lower if a.first else ""
        if between == ["and"] and before == "between" or len(between) == 1 and between[0] in _RANGE_WORDS:
            a.attributes["range"] = b.attributes["range"] = (int(low), int(high))


def _range_units(tokens: list[Token], mentions: list[Mention]) -> None:
    """The unit a "from … to …" range writes once is both ends' ("from 4 servings to 10", "from 2 to 5 km"):
    English writes it beside one end and means it of the other, so the bare end is no number of another
    kind (and a parameter named for that unit takes it as readily as the written one)."""
    for a, b in itertools.pairwise(mentions):
        if a.kind != "number" or b.kind != "number" or bool(a.unit) == bool(b.unit):
            continue
        if a.percent or b.percent or a.currency or b.currency or not a.first:
            continue
        if tokens[a.first - 1].lower == "from" and [t.lower for t in tokens[a.last : b.first]] == ["to"]:
            a.unit = b.unit = a.unit or b.unit


_SERIES_JOINS = {",", "and", "&"}
_SERIES_LEADS = {",", ":", "-", "–", "—"}


def _counted_series(tokens: list[Token], mentions: list[Mention]) -> None:
    """ "the three scores 82, 90 and 75", "two numbers, 36 and 48": a spelled count of things followed by
    a series of just that many figures counts the figures listed; it is no value of its own, nor says
    that the first figure is given that many times ("two 1000 kg masses", `_multiplied`)."""
    for count in list(mentions):
        if not (count.kind == "number" and count.attributes.get("spelled") and count.attributes.get("count")):
            continue
        if not float(count.value).is_integer() or not 2 <= count.value <= 9:
            continue
        k = mentions.index(count)
        run, last = [], count.last
        for m in mentions[k + 1 :]:
            gap = {t.lower for t in tokens[last : m.first]}
            joined = gap <= (_SERIES_LEADS if not run else _SERIES_JOINS) and (run or len(gap) <= 1)
            if not joined or m.kind != "number" or m.attributes.get("spelled"):
                break
            run.append(m)
            last = m.last
        if len(run) == count.value:
            mentions.remove(count)


def _multiplied(mentions: list[Mention]) -> None:
    """ "two 1000 kg masses": a spelled count right before a value says the value is given that many
    times; the count is no value of its own (numbered siblings `mass1`/`mass2` both take 1000 kg)."""
    for a, b in itertools.pairwise(list(mentions)):
        if (
            a.kind == b.kind == "number"
            and a.attributes.get("spelled")
            and b.first == a.last
            and not b.attributes.get("spelled")
            and float(a.value).is_integer()
            and 2 <= a.value <= 9
        ):
            b.attributes["times"] = int(a.value)
            mentions.remove(a)


_QUOTES = re.compile(
    r"(?<![\w])'((?:[^'\n]|(?<=\w)'(?=\w)){1,200}?)'(?![\w])|\"([^\"\n]{1,200})\"|“([^”\n]{1,200})”|‘([^’\n]{1,200})’"
    r"|(?<![\w`])`([^`\n]{1,200})`(?![\w`])"
)
"""Quoted text: in quotes of any kind, or in the backticks that mark code ("the dataset `sales`")."""


def _quoted(text: str, tokens: list[Token], claim) -> None:
    for match in _QUOTES.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        if is_date(inner):
            continue  # quotes only mark a date ("check-in date '2022-10-15'"): it is read as a date
        first, last = token_span(tokens, match.start(), match.end())
        claim("quoted", inner.strip(), first, last)


_REPORTED = re.compile(
    r"\b(?:saying|that says|which says|that reads|which reads|telling (?:him|her|them|me|us|everyone))\s*[:,]?\s+"
    r"(?P<said>[^.!?;]*[^\s.!?;,])",
    re.IGNORECASE,
)


_TOLD_THAT = re.compile(
    r"\b(?i:e-?mail|text|message|tell|inform|notify|ping|write\s+to|let)\s+"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|(?i:him|her|them|everyone|the\s+(?:team|group|class|client|landlord|boss))"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?:know\s+)?that\s+(?P<said>[^.!?;]*[^\s.!?;,])"
)
"""What a request says to tell someone, after a verb of telling, its addressee and "that" ("email Marta that
dinner is confirmed", "let the team know that the release slipped"): the whole that-clause is the message,
read like the words after "saying" — not its last noun."""


_REMINDED = re.compile(
    r"\b[Rr]emind(?:s|ed|ing)?\s+(?:me|us|him|her|them|everyone|[A-Z][a-z]+)\s+(?:to|that|about)\s+"
    r"(?P<said>(?:[^.!?;]|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr))\.|(?<=\bMrs)\.|(?<=\bProf)\.)*[^\s.!?;,])",
)
"""What a reminder is to say: the rest of the sentence after "remind me to/that/about", up to when it is
due ("Remind me to water the ferns at 6 pm" → "water the ferns"); the dot of a title ("Dr.") ends no
sentence."""


_FREE_TEXT_LABELS = (
    WRITTEN | REASON | frozenset("resolution description summary details remarks feedback".split())
)
"""Labels of a field that holds free text the user writes: a message, a note, a reason, a resolution."""
_LABELLED = re.compile(
    r"(?:^|(?<=[.!?;—–])\s*|\s[-—–]\s*|\bwith\s+(?:the\s+|a\s+)?|,\s*)"
    r"(?P<label>[A-Za-z]+)\s*:\s*"
    r"(?P<said>(?:[^.!?;:\n]|[.](?=\S))*[^\s.!?;:,])(?=\s*(?:[.!?;]\s|[.!?;]?$|\n))",
)
"""Free text after its label and a colon, to the end of the sentence: "Reason: overlaps with the product
launch", "… with resolution: replaced the faulty power supply". A label of written text or of a reason
(`_FREE_TEXT_LABELS`) opens a sentence or a dashed or "with" phrase, and what follows is one text, as if
quoted, not its first word; another colon in it means a list of labelled values, not one text."""


_BECAUSE = re.compile(r"\bbecause\s+(?P<said>[^.!?;\d]*[^\s.!?;,\d])(?=[.!?;]|$)", re.IGNORECASE)
"""A reason given after "because", to the end of the sentence, when it states no number (a number there
may be a value the tool needs: "because the distance is 5 km"). Not "due to": "the acceleration due to
gravity of 9.8 m/s²" names a quantity, not a reason."""


_FOLLOWING = re.compile(
    r"\b(?:verbatim|word for word)\s*:\s*(?P<said>[^\n.!?;]*[^\s.!?;,])",
    re.IGNORECASE,
)
"""Words a colon hands over after "verbatim" or "word for word" ("with the following words verbatim: go
for a run at 6 pm"), to the sentence's end, commas kept: one text, as if quoted (not any "the following
…:", which also opens a list of values: "the following pairs: USD to AUD and …")."""


_PURPOSE = re.compile(
    r"(?:\b(?:reminding|remind)\s+(?:me|us)\s+to|\bso\s+(?:that\s+)?(?:i|we)\s+(?:can\s+|could\s+)?"
    r"(?:remember|don'?t\s+forget)\s+to|\bin\s+order\s+to|(?P<to>\bto))\s+"
    r"(?P<said>(?P<verb>[a-z]+)\b(?:\s+(?P<next>[a-z]+)\b)?(?:[^.!?;,]*[^\s.!?;,])?)",
)
"""What a thing is for, said as an infinitive after the ask: "set an alarm for 6:45 to go for a run",
"start a timer for 12 minutes to take the bread out", "send $40 to Tomas to pay him back", "…, reminding
me to stretch", "… so I remember to feed the cat", "in order to …". A bare "to" says a purpose only after
the ask has said what it asks (`_purpose_after`), never right after a verb or an adjective that takes an
infinitive ("I want to", "able to"), and only before a verb in its base form (an adverb may come first:
"to deep clean the oven"); what follows up to the sentence's end or a comma, less when (`before_when`),
is the purpose."""

_POLITE = frozenset("pls plz please thanks thx".split())


def _purpose_after(tokens: list[Token], at: int) -> bool:
    """Whether a bare "to" starting at character `at` follows what the ask has said: a value (a number, a
    time, "pm") or its unit ("12 minutes"), a name (a capitalised word not opening the sentence), a word
    that can be no verb or adjective ("dollars"), or a noun after a determiner ("a reminder to", "an alarm
    to"); a "please" before the "to" is passed over."""
    before = [t for t in tokens if t.end <= at]
    while before and before[-1].lower in _POLITE:
        before.pop()  # "alarm for 8:00 pls to call the landlord": the politeness says nothing of the ask
    if not before:
        return False
    word = before[-1]
    lower = word.lower
    if lower[-1:].isdigit() or lower in ("am", "pm", "a.m.", "p.m."):
        return True
    if len(before) > 1 and before[-2].lower[-1:].isdigit() and not lexicon.is_function_word(lower):
        return True  # a number's unit: "for 12 minutes to take the bread out"
    if lexicon.is_function_word(lower) or not word.text[:1].isalpha():
        return False
    if word.text[:1].isupper() and len(before) > 1 and before[-2].text not in ".!?" and lower != "i":
        return True
    parts = lexicon.parts(lower)
    if "VERB" not in parts and not ("ADJ" in parts and "NOUN" not in parts):
        return True
    return len(before) > 1 and before[-2].lower in DETERMINERS and "NOUN" in parts


def _base_verb(word: str) -> bool:
    return (
        "VERB" in lexicon.parts(word) and lexicon.lemma(word) == word and not lexicon.is_function_word(word)
    )


def purposes(text: str) -> list[tuple[str, int, int]]:
    """What the request says the thing is for (`_PURPOSE`), with where it is written (one verb will do:
    "reminding me to stretch"). Read for a parameter that holds a purpose only (`arguments`), so the words
    stay free for any other reading."""
    tokens = tokenize(text)
    found = []
    for match in _PURPOSE.finditer(text):
        verb, after = match.group("verb"), match.group("next") or ""
        if not (_base_verb(verb) or "ADV" in lexicon.parts(verb) and _base_verb(after)):
            continue
        if match.group("to") and not _purpose_after(tokens, match.start()):
            continue
        said = before_when(match.group("said")).rstrip(" ,")
        if said:
            found.append((said, match.start("said"), match.start("said") + len(said)))
    return found


def _reported(text: str, tokens: list[Token], claim) -> None:
    """What a request reports someone should be told, unquoted: the rest of the sentence after "saying",
    "that says", "telling them" ("send Bob an e-mail saying the meeting moved to 3pm"), the that-clause
    after a verb of telling and its addressee ("email Marta that dinner is confirmed"), and the reason it
    gives after "because" ("refund it because the item arrived damaged"). Each is read like a
    quoted text (kind "quoted", `reported` "words" or "reason"), and goes to a parameter that holds written
    words, or the reason for what the tool does."""
    patterns = (
        (_FOLLOWING, "words"),
        (_REPORTED, "words"),
        (_TOLD_THAT, "words"),
        (_REMINDED, "words"),
        (_BECAUSE, "reason"),
    )
    for pattern, what in patterns:
        for match in pattern.finditer(text):
            said = match.group("said") if pattern is not _REMINDED else before_when(match.group("said"))
            if len(said.split()) < 2 or said[:1] in "'\"‘“":
                continue  # one word is no message; a quoted one is read as quoted already
            first, last = token_span(tokens, match.start("said"), match.start("said") + len(said))
            attributes = {"reported": what} | ({"purpose": True} if pattern is _REMINDED else {})
            claim("quoted", said, first, last, attributes=attributes)
    for match in _LABELLED.finditer(text):
        label, said = match.group("label").lower(), match.group("said")
        if label.rstrip("s") not in _FREE_TEXT_LABELS and label not in _FREE_TEXT_LABELS:
            continue
        if len(said.split()) < 2 or said[:1] in "'\"‘“":
            continue  # one word is read as it is; a quoted text is read as quoted already
        first, last = token_span(tokens, match.start("said"), match.start("said") + len(said))
        what = "reason" if label in REASON else "words"
        claim("quoted", said, first, last, attributes={"reported": what})


def _phones(text: str, tokens: list[Token], claim) -> None:
    """International phone numbers as written ("+44 7700 900123"), found by `phonenumbers`:
    one value (a code), not three numbers; possible rather than valid (a fictional number is still one).
    Numbers without a country code are not read as phones here."""
    for match in phonenumbers.PhoneNumberMatcher(text, None, leniency=phonenumbers.Leniency.POSSIBLE):
        first, last = token_span(tokens, match.start, match.end)
        claim("identifier", match.raw_string, first, last)


def _hyphen_codes(tokens: list[Token], claim, taken: set[int]) -> None:
    """Numbers of several digits joined by hyphens with no space ("4410-2231", "0931-552", "55-201-7") are
    one code, an account's or a card's, as written — not numbers and minus signs — unless they read as a
    range: two ascending numbers that are years (1000–2999: "1990-2010") or span no more than a list of
    calls does (`MAX_SPAN`: "pages 120-140"), or any pair of three digits or fewer ("100-250"); nor when a
    currency comes before them or a unit after ("$1500-2500", "5000-8000 rpm": amounts)."""
    i = 0
    while i < len(tokens):
        last = i + 1
        while (
            last + 1 < len(tokens)
            and tokens[i].kind == "number"
            and tokens[last].text == "-"
            and tokens[last + 1].kind == "number"
            and tokens[last].start == tokens[last - 1].end
            and tokens[last + 1].start == tokens[last].end
        ):
            last += 2
        numbers = [t.text for t in tokens[i:last:2]]
        if (
            len(numbers) < 2
            or any(k in taken for k in range(i, last))
            or any(not n.isdigit() for n in numbers)
        ):
            i = last
            continue
        ascending = not numbers[0].startswith("0") and all(
            int(a) < int(b) for a, b in itertools.pairwise(numbers)
        )
        ranged = (
            ascending
            and len(numbers) == 2
            and (
                all(1000 <= int(n) <= 2999 for n in numbers)
                or int(numbers[1]) - int(numbers[0]) <= MAX_SPAN
                or min(len(n) for n in numbers) <= 3
            )
        )
        amount = (i and tokens[i - 1].text in "$€£¥") or (
            last < len(tokens) and tokens[last].kind == "word" and unit_of(tokens[last].text)
        )
        if max(len(n) for n in numbers) >= 3 and not ranged and not amount:
            claim("identifier", "".join(t.text for t in tokens[i:last]), i, last)
        i = last


_COORDINATES = re.compile(
    r"(?<![\w.])(\d{1,2}(?:\.\d+)?)\s*°?\s*([NS])\b\s*,?\s*(\d{1,3}(?:\.\d+)?)\s*°?\s*([EW])\b"
)


def _coordinates(text: str, tokens: list[Token], claim) -> None:
    """A point written with its hemispheres ("37.87 N, 119.54 W", "33.9° S 151.2° E"): a latitude and a
    longitude, south and west as negative numbers, the signed form every coordinate parameter takes. Both
    letters must be there, N or S after the first number and E or W after the second: that pairing, not
    one letter after a number ("5 N", a force), is what makes them a place's coordinates."""
    for match in _COORDINATES.finditer(text):
        for number, letter, (start, end) in (
            (match.group(1), match.group(2), match.span(1)[0:1] + match.span(2)[1:]),
            (match.group(3), match.group(4), match.span(3)[0:1] + match.span(4)[1:]),
        ):
            value = float(number) * (-1 if letter in "SW" else 1)
            first, last = token_span(tokens, start, end)
            claim("number", value, first, last, attributes={"coordinate": letter})


def _lists(text: str, tokens: list[Token], claim, records: bool) -> None:
    """Bracketed lists: JSON or Python literals, nested. A list of plain values ("['apple', 'pear']") is
    one value, read before its quoted items; a list that holds objects (a tool's result, `[{"total":
    1541331.45}]`) is records, read after the quoted words, so its fields and numbers stay values of
    their own to reason on."""
    for first, last, value in bracketed_literals(text, tokens, "[", "]"):
        if isinstance(value, list) and _holds_records(value) == records:
            claim("list", value, first, last)


def _holds_records(value: Any) -> bool:
    """Whether a literal holds an object (a dict) at any depth."""
    if isinstance(value, dict):
        return True
    return isinstance(value, list | tuple) and any(_holds_records(item) for item in value)


def bracketed_literals(
    text: str, tokens: list[Token], opener: str, closer: str
) -> list[tuple[int, int, Any]]:
    """(first token, token after the last, value) of each outermost `opener`…`closer` run of tokens that
    parses as a JSON or Python literal ("[1, 2]", "{'Math': 85, 'Art': 89}")."""
    found, depth, opened = [], 0, None
    for i, token in enumerate(tokens):
        if token.text == opener:
            if depth == 0:
                opened = i
            depth += 1
        elif token.text == closer and depth:
            depth -= 1
            if depth == 0 and opened is not None:
                value = _literal(text[tokens[opened].start : token.end])
                if value is not None:
                    found.append((opened, i + 1, value))
                opened = None
    return found


def _line_lists(text: str, tokens: list[Token], claim) -> None:
    """A list given one item to a line after a line that ends in a colon ("Classify these reviews:\n
    Great battery life\nFast shipping", `simulated.text.line_lists`): the colon says a list follows and the
    line breaks part its items, so the lines are one list, whatever their words — not a request of their
    own each."""
    for _, _, items in line_lists(text):
        first, last = token_span(tokens, items[0][1], items[-1][2])
        claim("list", [item.rstrip(".;,") for item, _, _ in items], first, last, attributes={"lines": True})


_STREET = (
    "street st road rd avenue ave lane ln boulevard blvd drive dr way quay place pl square sq court ct "
    "terrace row crescent close parkway pkwy highway hwy alley"
).split()
_ADDRESS = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\.?\s+){1,4}(?i:" + "|".join(_STREET) + r")\b\.?"
    r"(?:,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}(?:,\s*[A-Z]{2,3}\b(?:\s+\d{5}\b)?){0,2})?"
)
"""A street address: a house number, a capitalised street name and a street-type word ("12 Quay Street",
"221B Baker St"), with the town after a comma ("…, Galway") and the codes of its state and country after
that ("…, Berkeley, CA, USA", "…, Chicago, IL 60601")."""


_TOWN = r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}"
_TOWN_ENDS = re.compile(r"\.?\s+(" + _TOWN + r")(?:,\s*([A-Z]{2})\b)?\s*[.!?]?\s*$")
"""A town written after the full stop that ends a street address, and nothing after it ("… 540 Elm Road.
Berkeley"): a sentence of one name is no sentence, it finishes the address it follows."""
_BARE_ADDRESS = re.compile(
    r"\b(?:to|at|is)\s+(?:the\s+)?(\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z][\w'-]*\s+){0,3}[A-Z][a-z][\w'-]*)"
    r"(?:,\s*|\.\s+)(" + _TOWN + r")(?:,\s*([A-Z]{2})\b)?(?=\s*(?:[.,!?;]|$)|\s+(?:with|for|and|please)\b)"
)
"""A street address with no street-type word ("540 El Camino Real", "123 Park Branham Apartments"): a house
number and capitalised words, then its town, after "to", "at" or "is" (also "is the"), which say a place
follows ("a cab to 540 El Camino Real, Berkeley", "the destination is the 12 Harbor Towers, Salem"). Without
the street word only the town after it shows it is an address, so the town must be written."""


def _addresses(text: str, tokens: list[Token], claim) -> None:
    spans: list[tuple[int, int]] = []
    for match in _ADDRESS.finditer(text):
        value, end = match.group(0).rstrip(".,"), match.end()
        town = _TOWN_ENDS.match(text, end - 1 if text[end - 1 : end] == "." else end)
        if town and "," not in value:
            value, end = (
                f"{value}, {town.group(1)}" + (f", {town.group(2)}" if town.group(2) else ""),
                town.end(),
            )
        spans.append((match.start(), end))
        first, last = token_span(tokens, match.start(), end)
        claim("address", value, first, last)
    for match in _BARE_ADDRESS.finditer(text):
        start = match.start(1)
        if any(a <= start < b for a, b in spans):
            continue
        value = f"{match.group(1)}, {match.group(2)}" + (f", {match.group(3)}" if match.group(3) else "")
        first, last = token_span(tokens, start, match.end())
        claim("address", value, first, last)


def _literal(source: str):
    for parse in (json.loads, ast.literal_eval):
        try:
            return parse(source)
        except (ValueError, SyntaxError, TypeError, RecursionError):
            continue
    return None


def _formulas(text: str, tokens: list[Token], claim) -> None:
    """Arithmetic and algebra: an operator between operands ("3x^2 + 2x - 1", "17 * 23", "2x")."""
    spoken = SCIENTIFIC.sub(lambda m: " " * len(m.group(0)), text)  # one number each, read by `numbers`
    for pattern, operator in _MATH_WORDS:
        spoken = pattern.sub(lambda m, op=operator: op.center(len(m.group(0))), spoken)
    for match in _FORMULA.finditer(spoken):
        expression = match.group(0).strip()
        if not re.search(r"(\*\*|[-+*/^×÷=])|\d[a-z]|\^", expression, re.I):
            continue
        if re.fullmatch(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", expression, re.I) or re.fullmatch(
            r"[a-z]", expression, re.I
        ):
            continue  # a number in scientific notation, or a lone letter
        unit_letter = re.fullmatch(r"\d+(?:\.\d+)?\s*[a-z]", expression, re.I) and not re.search(
            r"[-+*/^=]", expression
        )
        if unit_letter and expression[-1].lower() not in "xyzt":
            continue  # "6cm", "5m": a quantity with a unit; "3x" (a lone variable) stays a formula
        if re.fullmatch(r"\d+\s*-\s*\d+", expression):
            continue  # a range ("2012-2015"), not a subtraction
        if (
            unit_of(re.sub(r"^\d+(?:\.\d+)?\s*", "", expression))
            and re.match(r"[\d.]", expression)
            or (
                unit_of(expression)
                and re.search(r"\d\s*$", text[: match.end() - len(match.group(0).lstrip())])
            )
        ):
            continue  # "3.5 m/s^2": a quantity's unit (read with its number), not a division
        if re.fullmatch(r"\d+(?:\.\d+)?x\d+(?:\.\d+)?", text[match.start() : match.end()].strip(), re.I):
            first, last = token_span(tokens, match.start(), match.end())
            claim("identifier", text[match.start() : match.end()].strip(), first, last)
            continue  # "12x18": a size, not a product
        lead, trail = match.start() + (len(match.group(0)) - len(match.group(0).lstrip())), match.end()
        first, last = token_span(tokens, lead, trail)
        if (
            last - first == 1
            and tokens[first].kind == "word"
            and (tokens[first].text[:1].isupper() or _numbered_code(tokens[first].text))
        ):
            continue  # "M-20931", "B-52", "#A-99812": a code written as one word, not a subtraction
        normal = " ".join(text[tokens[first].start : tokens[last - 1].end].split()) if first < last else ""
        for pattern, operator in _MATH_WORDS:
            normal = pattern.sub(f" {operator} ", normal)
        claim("formula", " ".join(normal.replace("×", "*").replace("÷", "/").split()), first, last)


def _looks_like_path(text: str) -> bool:
    return (
        bool(re.match(r"[A-Za-z]:[\\/]", text))
        or bool(re.search(r"\.\w{1,5}$", text))
        or text.startswith("/")
    )


def _identifiers(tokens: list[Token], claim, taken: set[int]) -> None:
    """Codes: letters and digits mixed ("NW-1001", "rs6034464"), snake_case words ("car_price"), channels
    and handles ("#general", "@ana"), and dotted names (`dotted_name`: "db-stage.internal", "example.org").
    A "#" before a code of capitals and digits is the number sign (`_numbered_code`): "order #A-99812" is
    order number A-99812, the code without it."""
    for i, token in enumerate(tokens):
        if i in taken or token.kind != "word":
            continue
        text = token.text.rstrip(".")
        if _numbered_code(text):
            claim("identifier", text[1:], i, i + 1)
            continue
        has_digit = any(c.isdigit() for c in text)
        has_alpha = any(c.isalpha() for c in text)
        if (
            (has_digit and has_alpha)
            or _unknown_after_label(tokens, i, text)
            or ("_" in text and has_alpha)
            or text[:1] in ("#", "@")
            or dotted_name(text)
        ):
            claim("identifier", text, i, i + 1)


_CODE_LABELS = frozenset({"id", "ids", "identifier"})
"""The words that say a code follows: after one, a word is read as the code it labels."""


def _unknown_after_label(tokens: list[Token], i: int, text: str) -> bool:
    """Whether a word typed in lower case that the dictionary does not know stands right after a code's label
    ("the agent with id zzwzeem", "user id jdoe",
    "the id is grnbox"): the label says a code follows, and a made-up word is what
    codes and handles are (a word the dictionary knows, "id verification", is a noun the label modifies)."""
    before = (
        i - 2 if i > 1 and tokens[i - 1].lower in ("is", ":", "=") else i - 1
    )  # "the tracking id is grnbox"
    return (
        before >= 0
        and tokens[before].lower in _CODE_LABELS
        and text.isalpha()
        and text.islower()
        and len(text) >= 3
        and not lexicon.known(text)
        and not lexicon.is_function_word(text)
    )


def _numbered_code(text: str) -> bool:
    """Whether a word is a code behind the number sign ("#INC-4410", "#A-99812", "#QF7TRX"): "#", then
    capitals and digits, a digit among them. "#" reads "number" there, as it does before a bare number
    ("ticket #4411"), and is no part of the code; a hashtag or a channel is a word, in lower case or mixed
    ("#summer2025", "#eng-ops", "#general"), and keeps its "#"."""
    body = text[1:]
    return (
        text[:1] == "#"
        and any(c.isdigit() for c in body)
        and not any(c.islower() for c in body)
        and bool(re.fullmatch(r"[A-Z0-9]+(?:[-_/.][A-Z0-9]+)*", body))
    )


def dotted_name(text: str) -> bool:
    """Whether a word is a host or domain name written bare: parts of two letters or more joined by dots,
    the last of letters ("db-stage.internal", "example.org", "pg.acme.io"). Such a word is one code, a
    value as written (a host, a site), no common noun; an abbreviation's dots stand after single letters
    ("e.g.", "D.C.", "U.S.") and make none."""
    parts = text.split(".")
    return (
        len(parts) >= 2
        and all(len(p) >= 2 and re.fullmatch(r"[A-Za-z0-9][\w-]*", p) for p in parts)
        and parts[-1].isalpha()
    )


_PARTICLES = frozenset("de del della di da du dos das los la le van von der den ter".split())
"""The lower-case particles of European surnames ("Maria de la Cruz", "Pieter van der Berg", "Ursula von
der Leyen"): one or more of them before a capitalised word are part of one name, as English writes such
names; those that open a surname written alone ("the surname de la Cruz", "van den Heuvel") are the ones
no English word spells (`_LEADING_PARTICLES`)."""
_NAME_JOINERS = _PARTICLES | {"of", "the", "&", "and", "vs", "v", "versus"}
"""What joins two capitalised words into one name: a surname's particle, "of", "the", "&" and the "v." of a
case or a fixture ("Bank of America", "S&P", "Roe v. Wade")."""
_LEADING_PARTICLES = frozenset("de del della di du dos van von".split())
_TITLE_JOINERS = frozenset({"of", "with"})
_ARTICLES = frozenset({"a", "an", "the"})
"""A preposition and an article between capitalised words keep a title whole ("Gone with the Wind",
"Lord of the Rings") — not one of place or route ("from the Louvre to the Eiffel Tower" is two names); an
article after the words relating a pair keeps the pair (`_pairs`)."""


def _capitalised(token: Token) -> bool:
    """A word written from a capital, or a brand written in camel case from one lower-case letter ("iPhone",
    "eBay", "iMac": a capital, then two lower-case letters or more; no unit, "kWh", "mAh")."""
    return token.kind == "word" and (token.text[:1].isupper() or bool(_CAMEL_BRAND.fullmatch(token.text)))


_CAMEL_BRAND = re.compile(r"[a-z][A-Z][a-z]{2,}")


def _names(tokens: list[Token], claim, taken: set[int]) -> None:
    """Runs of capitalised words; a sentence's first word only if the lexicon does not know it.

    Inside a run: joiners between capitalised words ("Bank of America", "S&P", "Roe v. Wade"; a preposition
    and an article in a title, "Girl with a Pearl Earring"), and a short number
    right after a capitalised word that no unit follows ("Maroon 5", "Windows 10", "S&P 500"). A lone
    capitalised code ("CA123456") is an identifier, and a trailing possessive is dropped.
    """
    i = 0
    while i < len(tokens):
        if (
            i not in taken
            and tokens[i].lower in _LEADING_PARTICLES
            and tokens[i].text.islower()
            and (k := _particles_end(tokens, i, taken) or _one_particle_end(tokens, i, taken))
        ):
            j = _run_end(tokens, k - 1, taken, False)
            claim("name", " ".join(t.text for t in tokens[i:j]), i, j)  # "the surname de la Cruz"
            i = j
            continue
        if (
            i in taken
            or not _capitalised(tokens[i])
            or _sentence_start_word(tokens, i)
            or _unit_word(tokens, i)
        ):
            i += 1
            continue
        j = _run_end(tokens, i, taken, _titled_run(tokens, i))
        if j > i + 1 and any(t.lower == "and" for t in tokens[i:j]) and _modified_noun(tokens, j):
            j = _run_end(tokens, i, taken, False)  # "the best Italian and Chinese restaurants": modifiers
        # spaced as written: "Ridgeline 2P Tent" keeps its "2P" whole, "AT&T" and "Marks & Spencer" theirs
        value = "".join(
            (" " if k > i and tokens[k].start > tokens[k - 1].end else "") + tokens[k].text
            for k in range(i, j)
        )
        if i == 0 or not _names_a_place_by_its_owner(tokens, j):
            value = re.sub(r"['’]s$", "", value)
        single_code = j == i + 1 and any(c.isdigit() for c in value)
        claim("identifier" if single_code else "name", value, i, j)
        i = j


def _names_a_place_by_its_owner(tokens: list[Token], end: int, elided: bool = True) -> bool:
    """Whether a name ending in 's stands alone, no noun after it: English names a shop, a restaurant or a
    pub by its owner's possessive with the place's noun left out ("a table at Luigi's for 4", "a burger from
    McDonald's", "the nearest Trader Joe's in Austin", "When does Macy's open?"), so the 's is part of the
    name. A possessive before a noun, adjectives or a number between ("Ronaldo's goals", "Apple's annual
    revenue", "Bob's 3 latest orders"), says whose the noun is and names the owner without its 's; so does
    one in a series of possessives before a noun ("Apple's and Google's revenue"). A noun of the place's
    kind after it ("Luigi's restaurant", "Wendy's store") is read as a possessive too: the owner's name then
    names the place. A word that is an adverb as well as a noun and ends the phrase ("Dino's tonight") is
    the adverb. A possessive whose noun was said before it is left out ("Embiid's stats for 2019 and Tatum's
    for 2021") owns that noun: so one after a possessive before a noun in its sentence, and one that opens
    the text it is read in (the caller's test), which is an ask split off after its noun was said; a place
    named by its owner stands after the verb or preposition that asks for it."""
    k = end
    while k < len(tokens):
        token = tokens[k]
        if token.kind == "number":
            k += 1
            continue
        if token.lower in ("and", "or") or token.text == ",":
            later = next(
                (i for i in range(k + 1, min(k + 4, len(tokens))) if re.search(r"['’]s$", tokens[i].text)),
                None,
            )
            if later is None:
                return True
            return _names_a_place_by_its_owner(tokens, later + 1, elided)
        if token.text in _OPENING_QUOTES:
            return False  # "Adele's 'Hello'": the quoted title is the thing owned
        parts = lexicon.parts(token.text)
        if token.kind == "word" and lexicon.is_function_word(token.text) and "ADJ" in parts:
            k += 1  # "Ajax's next match", "Tom's own car": a determiner that is an adjective
            continue
        if token.kind != "word" or lexicon.is_function_word(token.text):
            return not (elided and _elided_noun(tokens, end))
        if not parts or "NOUN" in parts:
            # "Dino's tonight": a word that may be an adverb and ends the phrase is the adverb
            return "ADV" in parts and (k + 1 == len(tokens) or tokens[k + 1].kind != "word")
        if "ADJ" not in parts:
            # "When does Macy's open?": a verb or an adverb, no noun owned; but a word in -s or -ing after
            # a name no auxiliary has made a subject is the noun owned ("Show me Haaland's assists",
            # "Delgado's batting stats"): a verb cannot follow the object of the ask
            return not (token.lower.endswith(("s", "ing")) and not _after_auxiliary(tokens, end))
        k += 1
    return not (elided and _elided_noun(tokens, end))


_OPENING_QUOTES = frozenset("'\"‘“")


def _after_auxiliary(tokens: list[Token], end: int) -> bool:
    """Whether "do", "does", "did" or "will" stands in the sentence before the name that ends at `end`:
    the name is the subject of a question, whose bare verb may follow it ("When does Macy's open?"). Not a
    polite modal ("Can you show me Haaland's assists?") nor a copula ("What are Haaland's assists?"),
    after which the name owns the noun."""
    for token in reversed(tokens[:end]):
        if token.text in (".", "!", "?", ";"):
            return False
        if token.kind == "word" and token.lower in _DO_SUPPORT:
            return True
    return False


_DO_SUPPORT = frozenset("do does did will".split())


def _elided_noun(tokens: list[Token], end: int) -> bool:
    """Whether a possessive that owns no noun leaves out one a possessive before it in the same sentence
    owned ("Get LeBron's stats for 2019 and Curry's for 2021": Curry's stats), so it is a possessive too."""
    k = end - 2
    while k >= 0 and tokens[k].text not in (".", "?", "!"):
        if re.search(r"['’]s$", tokens[k].text) and not _names_a_place_by_its_owner(tokens, k + 1, False):
            return True
        k -= 1
    return False


_PLACE_PREPOSITIONS = frozenset("in into to from near around via".split())
"""Prepositions a place follows ("in seattle", "from chicago to miami"): where a lower-case place is read."""


def _lower_places(tokens: list[Token], claim, taken: set[int]) -> None:
    """A place typed in lower case after a place preposition ("the weather in paris", "flights from
    chicago to miami", "near phoenix"; not "for": "accounts for alice and bob"), or after "and"/"or"/","
    right after such a place ("in cairo and nairobi"), is a name as its capitalised form is: the longest
    run of up to three lower-case words the gazetteer names (`world.place_typed_lower`: a city of 100,000
    or more; a run of dictionary words only as a city of a million, a country or a US state, so "in bed",
    "to work", "in reading" stay words), written as the gazetteer writes it. People type names of places
    in lower case; unknown words alone are no names."""
    placed = -1
    for i in range(1, len(tokens)):
        before = tokens[i - 1].lower
        if not (before in _PLACE_PREPOSITIONS or (before in ("and", "or", ",") and placed == i - 1)):
            continue
        run = []
        for k in range(i, min(i + 3, len(tokens))):
            token = tokens[k]
            if k in taken or token.kind != "word" or not token.text.islower() or "'" in token.text:
                break
            if lexicon.is_function_word(token.text) and k == i:
                break
            run.append(token)
        if not run:
            continue
        from agentkit.local.simulated.world import place_typed_lower  # the gazetteer is read only when asked

        for size in range(len(run), 0, -1):
            words = " ".join(t.lower for t in run[:size])
            known = all(lexicon.known(t.text) or lexicon.is_function_word(t.text) for t in run[:size])
            if lexicon.is_function_word(run[size - 1].text):
                continue
            name = place_typed_lower(words, known)
            if name and claim("name", name, i, i + size):
                placed = i + size
                break


def _modified_noun(tokens: list[Token], j: int) -> bool:
    """Whether token j, right after a capitalised run, is a lower-case noun the run modifies."""
    return (
        j < len(tokens)
        and tokens[j].kind == "word"
        and tokens[j].text.islower()
        and not lexicon.is_function_word(tokens[j].text)
        and "NOUN" in lexicon.parts(tokens[j].text)
    )


_COMPARED_WITH = frozenset({"with"})


def _compared(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name at token i is the object of "compare" and the "with" at token j brings its second
    thing ("Compare the Toyota Corolla with the Honda Civic", "comparing the Premier League with the
    Bundesliga"): the verb takes its second thing after "with", so "with the" there parts two names, not a
    title's small words — unless the sentence goes on to another "with", "to", "against" or "versus" that
    can bring it ("Compare Gone with the Wind with Casablanca")."""
    k = i - 1
    while k >= 0 and tokens[k].lower in _ARTICLES:
        k -= 1
    if k < 0 or lexicon.lemma(tokens[k].lower) not in ("compare", "comparison"):
        return False
    for token in tokens[j + 3 :]:
        if token.text in (".", "?", "!", ";"):
            break
        if token.lower in ("with", "to", "against", "versus", "vs"):
            return False
    return True


def _run_end(tokens: list[Token], i: int, taken: set[int], titled: bool) -> int:
    """The end of the capitalised run at token i (`_names`); `titled`: an "and" may go on a title."""
    j = i + 1
    while j < len(tokens) and j not in taken:
        token = tokens[j]
        if _code(token) and all(t.text.isupper() or t.lower in IDENTIFIER for t in tokens[i:j]):
            break  # "SKU NW-1001", "Id K2207": an acronym or a code's noun labels it; "Yamaha P125" is one name
        if (
            _capitalised(token)
            and tokens[j - 1].text not in (",", ";", ":")
            and not _sentence_start_word(tokens, j)
        ):
            j += 1
        elif _last_letter(tokens, j):
            j += 1  # "Serie A", "World War I": a name's one-letter last word, no article or pronoun
        elif _title_word(tokens, j, titled):
            j += 1  # "Take On Me", "Stand By Me": a small word capitalised mid-sentence is a title's
        elif k := _particles_end(tokens, j, taken):
            j = k  # "Pieter van der Berg", "Maria de la Cruz": a surname's particles and the name after them
        elif (
            token.lower.rstrip(".") in _NAME_JOINERS
            and token.lower != "and"
            and j + 1 < len(tokens)
            and _capitalised(tokens[j + 1])
            and j + 1 not in taken
        ):
            j += 2
        elif token.lower == "and" and (k := _country_with_and(tokens, i, j, taken)):
            j = k  # "Trinidad and Tobago", "Saint Vincent and the Grenadines": one country
        elif titled and token.lower == "and" and (k := _and_in_title(tokens, j, taken)):
            j = k  # "the novel War and Peace", "The Old Man and the Sea": one title
        elif (
            token.lower in _TITLE_JOINERS
            and j + 2 < len(tokens)
            and tokens[j + 1].lower in _ARTICLES
            and _capitalised(tokens[j + 2])
            and j + 2 not in taken
            and not _country_at(tokens, j + 2)
            and not (token.lower in _COMPARED_WITH and _compared(tokens, i, j))
        ):
            j += 3  # "Girl with a Pearl Earring", "Lord of the Rings": a title's small words
        elif token.text == "," and (k := _ampersand_series_end(tokens, i, j, taken)):
            j = k  # "Earth, Wind & Fire", "Skadden, Arps, Slate, Meagher & Flom": one band's or firm's name
        elif k := _versus_end(tokens, j, taken):
            j = k  # "Roe v. Wade", "the Lakers vs. the Celtics": "versus" abbreviated, the name goes on
        elif token.kind == "number" and _name_number(tokens, j):
            j += 1
        elif token.text == ":" and (k := _subtitle_end(tokens, i, j, taken)):
            j = k  # "Star Wars: A New Hope", "The Legend of Zelda: Breath of the Wild": one title
        else:
            break
    return j


def _ampersand_series_end(tokens: list[Token], i: int, j: int, taken: set[int]) -> int:
    """The end of a comma series of single capitalised words closed by "&" that goes on from the one word
    at token i, the comma at token j ("Earth, Wind & Fire", "Crosby, Stills, Nash & Young", "Cravath, Swaine
    & Moore"), or 0. English prose closes a list with "and"; the ampersand after commas is the house style
    of the names of firms and bands, whose words are their founders' or members' names — so the series
    is one name. Not a series that names a country or a city of 100,000 or more ("Oslo, Bergen & Tromsø";
    a surname is a small town's name too: "Moore")."""
    from agentkit.local.simulated.world import city, country  # the gazetteer is read only when asked

    if j != i + 1:
        return 0
    k = j
    while (
        k + 2 < len(tokens) and tokens[k].text == "," and _capitalised(tokens[k + 1]) and k + 1 not in taken
    ):
        if tokens[k + 2].text == "&":
            end = k + 3
            closed = end < len(tokens) and _capitalised(tokens[end]) and end not in taken
            if not closed or (end + 1 < len(tokens) and _capitalised(tokens[end + 1])):
                return 0
            words = [tokens[n].text for n in range(i, end + 1, 2)]
            places = [w for w in words if country(w) or (city(w) or {}).get("population", 0) >= 100_000]
            return 0 if places else end + 1
        if tokens[k + 2].text != ",":
            return 0
        k += 2
    return 0


def _country_with_and(tokens: list[Token], i: int, j: int, taken: set[int]) -> int:
    """The end of a country's name that holds the "and" at token j, from the capitalised run at token i
    ("Trinidad and Tobago", "Bosnia and Herzegovina", "Saint Vincent and the Grenadines"), or 0: the
    gazetteer knows the whole (`world.country`), so the "and" joins the parts of one name, not two places
    to ask about one by one."""
    from agentkit.local.simulated.world import country  # the gazetteer is read only when asked

    k = j + 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    while k < len(tokens) and k not in taken and _capitalised(tokens[k]) and k - j <= 4:
        k += 1
        if country(" ".join(t.text for t in tokens[i:k])):
            return k
    return 0


def _versus_end(tokens: list[Token], j: int, taken: set[int]) -> int:
    """The end of the capitalised word after a "versus" at token j written with its dot or an article
    ("Roe v. Wade", "the Lakers vs. the Celtics", "Democrats versus the Republicans"), or 0. Two sides
    set against each other are one fixture or case; a tool with two slots of a kind splits them again
    (`arguments._versus`)."""
    if tokens[j].lower.rstrip(".") not in ("v", "vs", "versus"):
        return 0
    k = j + 1
    if k < len(tokens) and tokens[k].text == "." and tokens[j].lower in ("v", "vs"):
        k += 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    if k == j + 1 or k >= len(tokens) or k in taken or not _capitalised(tokens[k]):
        return 0
    return k + 1


def _one_particle_end(tokens: list[Token], i: int, taken: set[int]) -> int:
    """The end of the capitalised word right after the one leading particle at token i ("van Gogh"), or 0."""
    k = i + 1
    ok = (
        k < len(tokens) and k not in taken and _capitalised(tokens[k]) and not _sentence_start_word(tokens, k)
    )
    return k + 1 if ok else 0


def _particles_end(tokens: list[Token], j: int, taken: set[int]) -> int:
    """The end of the capitalised word after two or three surname particles from token j (`_PARTICLES`:
    "van der Berg", "de la Cruz"), or 0; a single particle before a capitalised word is a name joiner."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].lower in _PARTICLES and k not in taken:
        k += 1
    if k - j < 2 or k >= len(tokens) or k in taken or not _capitalised(tokens[k]):
        return 0
    return k + 1


def _last_letter(tokens: list[Token], j: int) -> bool:
    """Whether token j, a capital "A" or "I" right after a capitalised word, is that name's one-letter last
    word ("Serie A", "League A standings", "World War I"), not the article or the pronoun: mid-sentence
    English writes the article "a" in lower case (a capital "A" before a capitalised word is a title's,
    `_title_word`), and the pronoun "I" goes on with its verb, so "I" ends a name only where the clause
    goes on with punctuation, a function word or nothing ("World War I in 1914", "… in Paris I saw" no)."""
    if tokens[j].text not in ("A", "I") or not _capitalised(tokens[j - 1]):
        return False
    if j + 1 < len(tokens) and _capitalised(tokens[j + 1]):
        return False
    if tokens[j].text == "A" or j + 1 == len(tokens):
        return True
    after = tokens[j + 1]
    return after.kind != "word" or (lexicon.is_function_word(after.text) and after.lower not in _SUBJECT_AUX)


_SUBJECT_AUX = frozenset("am was have had do did will would can could should shall may might must".split())
"""Function words the pronoun "I" goes on with ("… Paris I was …"): after them "I" is no numeral."""


def _subtitle_end(tokens: list[Token], i: int, j: int, taken: set[int]) -> int:
    """The end of a subtitle after the colon at token j that closes the capitalised run from token i, or 0.

    A work's title and its subtitle are one name ("Star Wars: A New Hope"): the colon is written against
    the title's last word, and the subtitle is a capitalised run of two words or more (an article may open
    it; after a one-word title, "Avatar: The Last Airbender", it must) — a single capitalised word after
    a colon is more often a new sentence ("… in New York: Give me …") or the first item of a list."""
    k = j + 1
    if k + 1 >= len(tokens) or tokens[j].start != tokens[j - 1].end or k in taken:
        return 0
    opening = tokens[k].lower in _ARTICLES
    if not _capitalised(tokens[k]) or (_sentence_start_word(tokens, k) and not opening):
        return 0
    end = _run_end(tokens, k, taken, True)
    long_enough = end - k >= (2 if j - i >= 2 else 3 if opening else len(tokens))
    return end if long_enough and (end == len(tokens) or tokens[end].text != ",") else 0


def _titled_run(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised run at token i is one work's or group's title, which may hold "and": it
    stands after "the"/"a" and a singular common noun (or a word the dictionary lacks, which is most
    likely one) that names its kind ("the novel War and Peace",
    "the band Simon and Garfunkel"; a plural, "the novels …", names a series), or opens on a capitalised
    "The" mid-sentence ("a summary of The Old Man and the Sea") — not after a plural noun that names
    the kind of several ("the books The Hobbit and Dracula", "the films The Matrix and Alien": two)."""
    if tokens[i].text == "The":
        kind = tokens[i - 1] if i else None
        return not (
            kind is not None
            and kind.kind == "word"
            and kind.text.islower()
            and "NOUN" in lexicon.parts(kind.text)
            and lexicon.noun_lemma(kind.text) != kind.lower
        )
    if i < 2 or tokens[i - 2].lower not in ("the", "a", "an"):
        return False
    kind = tokens[i - 1]
    return (
        kind.kind == "word"
        and kind.text.islower()
        and not lexicon.is_function_word(kind.text)
        and ("NOUN" in lexicon.parts(kind.text) or not lexicon.known(kind.text))  # "the podcast …"
        and lexicon.noun_lemma(kind.text) == kind.lower
    )


def _and_in_title(tokens: list[Token], j: int, taken: set[int]) -> int:
    """The token after the "and" at j and the article after it when a capitalised word follows them
    inside a title (`_titled_run`: "… and Peace", "… and the Sea"); 0 when the title ends at the "and"."""
    k = j + 1
    if k < len(tokens) and tokens[k].lower in _ARTICLES:
        k += 1
    if k < len(tokens) and k not in taken and _capitalised(tokens[k]) and not _sentence_start_word(tokens, k):
        return k
    return 0


def _title_word(tokens: list[Token], j: int, titled: bool = False) -> bool:
    """Whether token j, a function word capitalised right after a capitalised word and not where a
    sentence starts ("I" aside), is a word of a title written in Title Case ("Take On Me", "Stand By Me",
    "Love Me Do"): English capitalises a small word mid-sentence only inside a name. It is the name's
    when the name goes on after it or the item ends with it ("… and Take On Me."), not when a lower-case
    word follows, as after a sentence's first word ("Porto You should …") — unless the run is a work's
    title after the noun of its kind (`titled`: "the album Keep It To Me is great"), which says a title
    starts there, so its capitalised small words are the title's to the first lower-case word."""
    token = tokens[j]
    if not _capitalised(token) or token.text == "I" or not lexicon.is_function_word(token.text):
        return False
    if not _capitalised(tokens[j - 1]):
        return False
    k = j + 1
    while k < len(tokens) and _capitalised(tokens[k]) and lexicon.is_function_word(tokens[k].text):
        k += 1
    return titled or _item_ends(tokens, k) or _capitalised(tokens[k])


def _country_at(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised words from token i name a country ("… Act of the United States")."""
    j = i
    while j < len(tokens) and _capitalised(tokens[j]):
        j += 1
    return lexicon.is_country(" ".join(t.text for t in tokens[i:j]))


def _code(token: Token) -> bool:
    """A word of capitals and digits ("NW-1001", "XY1234"): a code, not part of a name before it."""
    text = token.text
    return (
        token.kind == "word"
        and any(c.isdigit() for c in text)
        and any(c.isalpha() for c in text)
        and text.upper() == text
    )


def _unit_word(tokens: list[Token], i: int) -> bool:
    """A capitalised word right after a number is its unit ("5 Ampere", "30 degrees Celsius"), if English
    knows it; so is the letter a degree sign after a number joins to it ("38 °C", "350°F"): a scale's
    symbol, no name. So is a unit's full name after "in" (in the plural, or a temperature scale) or
    beside "per" ("the energy in Joules per Kelvin"): what the answer is measured in ("in Newton" is a
    town)."""
    word = tokens[i].text
    if i > 1 and tokens[i - 1].text == "°" and tokens[i - 2].kind == "number" and unit_of("°" + word):
        return True
    after_number = i > 0 and tokens[i - 1].kind == "number"
    after_degree = i > 1 and tokens[i - 1].lower in ("degree", "degrees") and tokens[i - 2].kind == "number"
    acronym = word.isupper() and len(word) >= 2  # "500 US dollars": "US" is no "us"
    known = lexicon.known(word) and not acronym
    if (after_number or after_degree) and (bool(unit_of(word)) or known):
        return True
    if after_number and repeated_symbol(tokens, i):
        return True  # "1.5 AU and 4 AU": a symbol after each amount of a series is their unit
    before = tokens[i - 1].lower if i else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    plural = word.lower().endswith("s")
    return is_unit_name(word) and (
        "per" in (before, after) or before == "in" and (plural or bool(unit_of(word)))
    )  # "in Joules per Kelvin", "in Newtons": the unit an answer is asked in, capitalised, is no name


def _name_number(tokens: list[Token], index: int) -> bool:
    """A number that is part of a name ("Maroon 5", "S&P 500"): short, glued to the name, no unit after.

    Not after a code's label written in capitals ("user ID 789", "SKU 412", "REF 55"): the label says
    what the number is, so the number is a value of its own, as "user 789" is — no name "ID 789".
    Nor after a possessive ("Kane's 3 latest goals"): the number counts what the name owns."""
    number = tokens[index]
    if not number.text.isdigit() or len(number.text) > 3 or not _capitalised(tokens[index - 1]):
        return False
    if re.search(r"['’]s$", tokens[index - 1].text):
        return False
    label = tokens[index - 1]
    if label.lower in IDENTIFIER and label.text.isupper():
        return False
    return not _followed_by_unit(tokens, index)


def _followed_by_unit(tokens: list[Token], index: int) -> bool:
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return after.text in ("%", "°") or (
        after.kind == "word" and (bool(unit_of(after.text)) or after.lower in lexicon.MAGNITUDES)
    )


def _spliced_imperative(tokens: list[Token], i: int) -> bool:
    """Whether token i opens a new sentence after a comma: a capitalised verb right after a comma and
    followed by an article ("… from the Driftwood album, Pick a few tracks"). A writer who joins two
    sentences with a comma still capitalises the second one's first word; a name after a comma ("Paris,
    France") is not followed by "a" or "the"."""
    return (
        i >= 1
        and tokens[i - 1].text == ","
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in ("a", "an", "the", "me", "us", "some")
        and "VERB" in lexicon.parts(tokens[i].text.lower())
    )


def _sentence_start_word(tokens: list[Token], i: int) -> bool:
    at_start = (
        i == 0
        or tokens[i - 1].text in (".", "!", "?", ";", '"', "“", "(")
        or (tokens[i - 1].text == "," and i >= 2 and tokens[i - 2].text in ("Also", "Then", "Plus"))
        or _spliced_imperative(tokens, i)
    )
    word = re.sub(r"['’](?:s|re|ve|ll|d|m|t)$", "", tokens[i].text)
    if word == "I" or (at_start and word.lower() in lexicon.INTERJECTIONS):
        return True  # "Hi, could you …", "Oh, and …": a greeting or interjection opening a sentence, no name
    if word.isupper() and len(word) >= 2:
        return False  # an acronym ("NASA") is a name wherever it stands
    if word == "The" and not at_start and i + 1 < len(tokens) and _capitalised(tokens[i + 1]):
        return False  # "The Weeknd", "The Hague"
    return (at_start and lexicon.known(word)) or lexicon.is_function_word(word)


def _phrases(tokens: list[Token], claim, taken: set[int]) -> None:
    """Runs of lower-case content words that can be nouns or adjectives: free-text candidates."""
    i = 0
    while i < len(tokens):
        if i in taken or not _phrase_word(tokens, i):
            i += 1
            continue
        j = i
        while j < len(tokens) and j not in taken and _phrase_word(tokens, j):
            j += 1
        k = j + 1
        if k < len(tokens) and tokens[j].lower == "and" and k not in taken and _one_thing(tokens, i):
            while k < len(tokens) and k not in taken and _phrase_word(tokens, k):
                k += 1
            if k > j + 1:
                j = k  # "a recipe for macaroni and cheese", "a wine to go with fish and chips": one dish
        if j - i >= 2 and _reduced_relative(tokens, j - 1):
            # "podcasts about history hosted by …": the participle says more of it, no part of it, no value
            claim("phrase", " ".join(t.text for t in tokens[i : j - 1]), i, j - 1)
            i = j
            continue
        claim("phrase", " ".join(t.text for t in tokens[i:j]), i, j)
        i = j


_AFTER_A_PARTICIPLE = frozenset("by in on at during from for with".split())


def _reduced_relative(tokens: list[Token], i: int) -> bool:
    """Whether the word at i is a past participle in lower case that a preposition follows ("history hosted
    by Dan Carlin", "trademark dilution decided in 2018", "documentaries narrated by …"): in English it opens
    a relative clause with its "which was" left out, which says something of the noun before it; it ends
    the noun phrase and is none of it."""
    word = tokens[i].text
    return (
        word.islower()
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in _AFTER_A_PARTICIPLE
        and bool(lexicon.past_participle(word))
        and word != lexicon.lemma(word)
    )


def _one_thing(tokens: list[Token], i: int) -> bool:
    """Whether the bare noun phrase at token i says what one thing is for or of: it follows "a"/"an" and a
    singular noun, then "for", "of", "about" ("a recipe for …"), or a verb and its preposition ("a wine to
    go with …"), with nothing else between. Such a phrase names one thing, so an "and" between two bare
    nouns in it joins one name ("macaroni and cheese", "salt and pepper squid"), no series; "a bowl with
    rice and beans" lists what the thing holds, and "the prices of tea and coffee" asks of each."""
    k = i - 1
    if k < 2 or tokens[k].lower not in ("for", "of", "about", "with"):
        return False
    verb = False
    while (
        k > 1
        and (tokens[k - 1].lower == "to" or "VERB" in lexicon.parts(tokens[k - 1].text))
        and (tokens[k - 2].lower not in ("a", "an"))
    ):
        verb = verb or tokens[k - 1].lower != "to"
        k -= 1
    if tokens[i - 1].lower == "with" and not verb:
        return False
    noun = tokens[k - 1]
    return (
        tokens[k - 2].lower in ("a", "an")
        and noun.kind == "word"
        and noun.text.islower()
        and "NOUN" in lexicon.parts(noun.text)
        and lexicon.noun_lemma(noun.text) == noun.lower
    )


_SUBJECTS = frozenset(
    "i we you they he she it to can could should would will shall may might must do does that which who".split()
)


DETERMINERS = frozenset("a an the my your our their his her its this these those some".split())
"""Words that open a noun phrase: after "to" + a word, they show the word is a verb taking its object."""


NAMING = frozenset("named called titled entitled labelled labeled".split())
"""Participles that give the value after them as a name, title or label ("a field called 'zip'", "an alarm
labelled gym"): the value's own introducer, no word of the noun phrase before it."""


QUANTIFIERS = frozenset("many much few fewer several more most less least enough".split())
"""Words that say how much of a noun there is (English closed class): no part of the noun phrase's name."""


CATENATIVES = frozenset(
    "want need plan like love hate hope try decide wish intend prefer expect mean choose aim able "
    "eager keen ready willing".split()
)
"""Verbs (and adjectives) that take another verb's infinitive after "to" ("need to travel", "plan to visit",
"want to reserve", "be able to stay"): English grammar's catenative verbs of wanting, planning and trying."""


def _catenative(word: str) -> bool:
    """Whether a word before "to" is a catenative verb in any form ("needs", "planned", "wanting"): the word
    after its "to" is then a verb, the act wanted, no noun — "I need to travel" names no destination "travel",
    though "go to school" names a place."""
    lowered = word.lower()
    return (
        lowered in CATENATIVES or lexicon.lemma(lowered) in CATENATIVES and "VERB" in lexicon.parts(lowered)
    )


_SOMEWHERE = frozenset("somewhere anywhere nowhere everywhere".split())


def _purpose_infinitive(tokens: list[Token], k: int) -> bool:
    """Whether the "to" after word k opens an infinitive of purpose: after a noun in use or "somewhere", the
    verb after "to" says what the thing is for ("a place to **stay**", "a cabin to **rent**", "somewhere to
    **sleep**"), as in "a book to read" — no destination, which follows a verb of going ("go to school")."""
    return tokens[k].lower in _SOMEWHERE or tokens[k].kind == "word" and _noun_in_use(tokens, k)


def _phrase_word(tokens: list[Token], i: int) -> bool:
    """A word of a noun phrase: a noun or adjective, not a verb in use ("to **get**", "I **want**",
    "to **plan** a trip", "**using** acrylic paint", a clause's first word, a participle right after a
    noun or a name that takes an object of its own: "recipes **using** tofu")."""
    token = tokens[i]
    bare = re.sub(r"['’]s$", "", token.text)
    if token.kind != "word" or token.text[:1].isupper() or lexicon.is_function_word(bare):
        return False
    if token.lower in QUANTIFIERS:
        return False  # "how **many** euros": how much of the noun, not a word of it
    if token.lower in NAMING:
        # "tomorrow morning **labelled** gym": it introduces the label, it ends the phrase before
        return False
    if _as_well_as(tokens, i):
        return False  # "Venus as **well** as Jupiter": a conjunction, no noun
    if _joining_plus(tokens, i):
        return False  # "a tent, a stove, **plus** a lantern": a conjunction, no noun
    parts = lexicon.parts(token.text)
    if _repeated_item(tokens, i) or i > 0 and _repeated_item(tokens, i - 1) and _item_ends(tokens, i + 1):
        return True  # "total points, total assists, total rebounds": each item opens as the one before
    if "VERB" in parts:
        before = tokens[i - 1].lower if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        # "go to school" is a place, but "to plan a trip" a verb: a noun takes no determiner after it
        infinitive = (
            before == "to"
            and "NOUN" in parts
            and not (after and after.lower in DETERMINERS)
            and not (i > 1 and _catenative(tokens[i - 2].text))
            and not (i > 1 and _purpose_infinitive(tokens, i - 2))
        )
        listed = before == "," and (after is None or after.kind != "word" or after.lower in ("and", "or"))
        if listed and "NOUN" not in parts and token.lower.endswith("s") and i > 1 and _noun_at(tokens, i - 2):
            return True  # "goals, assists, saves": a verb's -s form between commas after a noun is a plural
        if before == "," and _modifies_next(tokens, i):
            return True  # "thighs, brown rice and …": an adjective before its noun, not "brown" the verb
        if (
            i == 0
            or (before in _SUBJECTS and not infinitive)
            or (before in (",", ".", "?", "!", ";") and not listed)
        ):
            return False  # ", find the …" opens an instruction; ", blue and yellow" lists things
        if (
            token.lower.endswith("ing")
            and after is not None
            and (after.lower in ("the", "a", "an", "my", "your", "their", "its", "this", "these"))
        ):
            return False
        previous = tokens[i - 1]
        if (
            token.lower.endswith("ing")
            and after is not None
            and after.kind == "word"
            and previous.kind == "word"
            and not lexicon.is_function_word(previous.text)
            and (
                previous.text[:1].isupper()
                or _noun_in_use(tokens, i - 1)
                or parts == {"VERB"}
                and not lexicon.known(previous.lower)
                and after.lower in ("in", "as")
            )
        ):  # also after a name typed in lower case: "eric stoltz **starring** in it"
            return (
                False  # "recipes **using** tofu", "Portland **avoiding** tolls": a participle and its object
            )
    return not parts or bool(parts & {"NOUN", "ADJ"}) or token.lower.endswith(("ed", "ing"))


def _noun_in_use(tokens: list[Token], i: int) -> bool:
    """Whether word i is a noun here: one the dictionary knows only as a noun ("recipes"), or one that may
    be a verb right after a determiner ("a model using …": "a" opens a noun phrase, so "model" is no verb)."""
    parts = lexicon.parts(tokens[i].text)
    if parts == {"NOUN"}:
        return True
    if not parts and i > 0 and tokens[i - 1].lower in DETERMINERS and tokens[i].text.islower():
        return True  # "a playlist mixing …": a word the dictionary lacks, after "a", is a noun
    j = i - 1  # "a study plan covering …": nouns back to a determiner make one noun phrase
    while "NOUN" in parts and j >= 0 and j >= i - 3 and tokens[j].kind == "word":
        if tokens[j].lower in DETERMINERS:
            return True
        before = lexicon.parts(tokens[j].text)
        if lexicon.is_function_word(tokens[j].text) or not before & {"NOUN", "ADJ"}:
            return False
        j -= 1
    return False


def _modifies_next(tokens: list[Token], i: int) -> bool:
    """Whether word i, which can be a verb or an adjective ("brown", "dry", "clean"), is the adjective of
    the noun right after it that ends a list item ("…, brown rice and …", "…, a dry cough and …"): an
    instruction's verb takes an object with its determiner ("clean the kitchen") or is no adjective at all
    ("check flights")."""
    if "ADJ" not in lexicon.parts(tokens[i].text) or i + 2 > len(tokens):
        return False
    after = tokens[i + 1]
    return (
        after.kind == "word"
        and not after.text[:1].isupper()
        and "NOUN" in lexicon.parts(after.text)
        and not lexicon.is_function_word(after.text)
        and _item_ends(tokens, i + 2)
    )


def _item_ends(tokens: list[Token], j: int) -> bool:
    return j >= len(tokens) or tokens[j].kind == "punct" or tokens[j].lower in ("and", "or")


def _repeated_item(tokens: list[Token], i: int) -> bool:
    """Whether token i, after a comma, opens an item of two words with the word the item before the comma
    opens with ("their total points, **total** assists"): a series that repeats its first word is a list of
    things, though that word could open an instruction ("total the bill") — when the first item follows a
    function word ("their", "of"): "check flights, check trains" repeats an instruction."""
    if i < 3 or tokens[i - 1].text != "," or not _item_ends(tokens, i + 2):
        return False
    start = i - 2
    while (
        start > 0
        and tokens[start - 1].kind == "word"
        and not lexicon.is_function_word(tokens[start - 1].text)
    ):
        start -= 1
    if start >= i - 2 or tokens[start].lower != tokens[i].lower or tokens[i].text[:1].isupper():
        return False
    # the first item is a noun phrase (after "their", "of"), not an instruction ("check flights, check trains")
    return start > 0 and lexicon.is_function_word(tokens[start - 1].text) or _repeated_item(tokens, start)


def _noun_at(tokens: list[Token], i: int) -> bool:
    return tokens[i].kind == "word" and "NOUN" in lexicon.parts(tokens[i].text)


def _group(tokens: list[Token], mentions: list[Mention]) -> None:
    """Number coordinated series: mentions of one kind separated only by ",", "and", "or", "&"
    ("tents and stoves", "10, 20 and 30"), or each introduced by the same words ("the factorial of 5,
    the factorial of 7 and the factorial of 9", "a radius of 5 m, the second has a radius of 10 m")."""
    group = 0
    closed: set[int] = set()  # series whose last member came after "and"/"or"
    for position, mention in enumerate(mentions):
        previous = next(
            (
                m
                for m in reversed(mentions[:position])
                if (m.kind != "phrase" or mention.kind == "phrase") and not m.attributes.get("region_of")
            ),
            None,
        )
        if previous is None:
            continue
        region = mentions[position - 1]
        anchor = region if region.attributes.get("region_of") and region.first > previous.first else previous
        between = series_words(tokens, anchor.last, mention.first)
        joins = any(w in (",", "and", "or", "&", "plus", "vs", "versus") for w in between) and all(
            w in (",", "and", "or", "&", "as", "well", "plus", "vs", "versus", "the", "a", "an")
            or w in _ADDED_ITEM
            for w in between
        )
        keys = previous.attributes.get("is_key") or mention.attributes.get("is_key")
        apposed = joins and previous.kind == mention.kind and mention.kind in ("name", "date")
        if apposed and between == [","] and _region_of(previous, mention):
            mention.attributes["region_of"] = True
            continue  # "Reno, NV and Tucson": the state a city is in, not a member of the series
        if (
            apposed
            and not any(w in ("and", "or", "&") for w in between)
            and not _conjoined_later(tokens, mentions, mention)
            and not _colon_list(tokens, mentions, position)
        ):
            continue  # "Leeds, Yorkshire": a name and the place it is in, not a series
        if not joins and not keys and _parallel(tokens, previous, between):
            joins = True
        if joins and _own_predicate(tokens, mention):
            continue  # "directed by Ana Lowe and Ben Ruiz starring in it": Ben Ruiz is the cast, no co-director
        if joins and _pairs(tokens, mentions, position):
            continue  # "USD to AUD and USD to CAD": two pairs, not the series "AUD and USD"
        if joins and previous.group in closed and "," in between and {"and", "or"} & set(between):
            continue  # "lamb, leeks, and barley, and the meal should …": the series ended at its "and"
        if joins and not keys and _same_kind(previous, mention):
            if previous.group is None:
                group += 1
                previous.group = group
            mention.group = previous.group
            if {"and", "or", "&"} & set(between):
                closed.add(mention.group)


def _own_predicate(tokens: list[Token], mention: Mention) -> bool:
    """Whether the mention after "and" opens a predicate of its own, and so joins no series: it is a lone
    participle in lower case ("a film with Ana Lowe and directed by Ben Ruiz": "directed" is the verb of
    the second thing said of the film), or a name that a participle and "in"/"as" follow, the subject of
    its own clause ("directed by Ana Lowe and Ben Ruiz starring in it": a second role, no second director)."""
    words = str(mention.text).split()
    if len(words) == 1 and words[0].islower() and lexicon.past_participle(words[0]):
        return mention.kind == "phrase" and mention.last < len(tokens) and tokens[mention.last].lower == "by"
    if mention.kind != "name" or mention.last + 1 >= len(tokens):
        return False
    verb, then = tokens[mention.last].lower, tokens[mention.last + 1].lower
    inflected = verb != lexicon.lemma(verb) and "VERB" in lexicon.parts(verb)
    return inflected and verb.endswith(("ing", "ed")) and then in ("in", "as")


def series_words(tokens: list[Token], start: int, end: int) -> list[str]:
    """The words of tokens[start:end], lower-case, "as well as" read as the "and" it means, and so "along
    with" and "together with" ("track RX1 along with RX2": both are tracked, as "RX1 and RX2" are), and
    "plus" between two values that are no numbers ("renew B-1042 plus B-2077"; "7 plus 5" adds)."""
    words = [t.lower for t in tokens[start:end]]
    if (
        words in (["plus"], [",", "plus"])
        and start > 0
        and end < len(tokens)
        and "number" not in (tokens[start - 1].kind, tokens[end].kind)
        and "symbol" not in (tokens[start - 1].kind, tokens[end].kind)
    ):
        words = [*words[:-1], "and"]
    for k in range(len(words) - 3, -1, -1):
        if words[k : k + 3] == ["as", "well", "as"]:
            words[k : k + 3] = ["and"]
    for k in range(len(words) - 2, -1, -1):
        if words[k : k + 2] in (["along", "with"], ["together", "with"]):
            words[k : k + 2] = ["and"]
    return words


def _measured_members(tokens: list[Token], mentions: list[Mention]) -> None:
    """A member of a series that is only the portion or container of the thing after "of" ("milk, eggs,
    and a loaf of bread", "a tent and a bag of charcoal"): a singular noun after "a"/"an"/"one", then
    "of" and a phrase of its own, measures that thing — the thing is the member, as the words left over
    read "a bowl of chicken ramen" (`leftovers._unmeasured`)."""
    at = 0
    while at + 1 < len(mentions):
        portion, thing = mentions[at], mentions[at + 1]
        noun = tokens[portion.first]
        if (
            portion.kind == "phrase"
            and portion.group is not None
            and portion.last - portion.first == 1
            and portion.first > 0
            and tokens[portion.first - 1].lower in ("a", "an", "one")
            and portion.last < len(tokens)
            and tokens[portion.last].lower == "of"
            and thing.kind == "phrase"
            and thing.group is None
            and thing.first == portion.last + 1
            and "NOUN" in lexicon.parts(noun.text)
            and lexicon.noun_lemma(noun.text) == noun.lower
        ):
            thing.group = portion.group
            del mentions[at]
            continue
        at += 1


def _joining_plus(tokens: list[Token], i: int) -> bool:
    """Whether token i is a "plus" that adds an item to a list as "and" does: after a comma or before a
    determiner ("a tent, a stove, plus a lantern"; "milk plus some eggs"), not the modifier of "plus size"."""
    if tokens[i].lower != "plus" or i + 1 >= len(tokens):
        return False
    return (i > 0 and tokens[i - 1].text == ",") or tokens[i + 1].lower in DETERMINERS


def _as_well_as(tokens: list[Token], i: int) -> bool:
    """Whether token i is the "well" of "as well as", which joins a series as "and" does ("Mars, Venus as
    well as Jupiter"; "12, 18 as well as 31")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].lower == "well"
        and tokens[i - 1].lower == "as"
        and tokens[i + 1].lower == "as"
    )


_ADDED_ITEM = frozenset(("also", "some"))
"""Words that may stand between "and" and the last item of a series without ending it: "mushrooms, peppers,
and also some olives" adds olives to the list ("also" after a conjunction only stresses it, "some" is a
determiner as "a" is)."""


def _pairs(tokens: list[Token], mentions: list[Mention], position: int) -> bool:
    """Whether mentions[position] opens a pair like the one the mention before it closes: "A to B and
    C to D", "45 out of 60 and 38 out of 50" (the same relating words, one or two, after C as before B, a
    value on each side of them, C of A's kind and D of B's: "the weather in Paris and Boston in celsius"
    pairs nothing; an article after the relating words, "'Yesterday' by the Beatles and 'Hurt' by Johnny
    Cash", and one verb between A and them, "an iPhone 15 cost at Best Buy and a Pixel 8 at Target", keep
    the pairs)."""
    mention, previous = mentions[position], mentions[position - 1]
    before = next((m for m in reversed(mentions[: position - 1]) if m.kind != "phrase"), None)
    after = mentions[position + 1] if position + 1 < len(mentions) else None
    if before is None or after is None or previous.first < 1 or mention.last >= len(tokens):
        return False
    if not (_same_kind(before, mention) and _same_kind(previous, after)):
        return False
    end = previous.first - (tokens[previous.first - 1].lower in _ARTICLES and previous.first > 1)
    return any(_paired_by(tokens, mentions, before, mention, after, end - size, end) for size in (1, 2))


def _paired_by(
    tokens: list[Token], mentions: list[Mention], before: Mention, mention: Mention, after: Mention,
    start: int, end: int,
) -> bool:  # fmt: skip
    """Whether tokens[start:end], words, relate the first pair and come again, as words, right after
    `mention` (an article may follow them) with at most one word, no "and"/"or", between `before` and them."""
    relating = tokens[start:end]
    gap = tokens[before.last : start]
    again = tokens[mention.last : mention.last + len(relating)]
    rest = tokens[mention.last + len(relating) : after.first]
    return (
        start >= before.last
        and all(t.kind == "word" for t in relating)
        and len(gap) <= 1
        and all(t.kind == "word" and t.lower not in ("and", "or") for t in gap)
        and all(m.kind == "phrase" for m in mentions if before.last <= m.first < start)
        and [t.lower for t in again] == [t.lower for t in relating]
        and len(rest) <= 1
        and all(t.lower in _ARTICLES for t in rest)
    )


_REPEATED = frozenset("in at on for of from to with by near about".split())
"""Prepositions that, said again before the next value, coordinate it with the one before ("in Cairo and
in Lima", "for Ana and for Ben"): one word is enough here, where other leads need two."""


def _parallel(tokens: list[Token], previous: Mention, between: list[str]) -> bool:
    """Whether the words between two mentions end with the (at least two) words that introduced the first,
    or with the preposition before it said again after "and"/"or" (`_REPEATED`), or after "another", which
    stands for the noun the first value was said of ("one share at $40, another at $55") — also when a word
    naming the first value stands between them ("in warehouse WH-East and in WH-West": the second
    value drops the label the first had, the preposition still pairs them); an article after the repeated
    preposition does not part them ("for an apple and for a banana", "in the den and in the attic")."""
    while len(between) > 2 and between[-1] in ("the", "a", "an") and between[-2] in _REPEATED:
        between = between[:-1]
    before = tokens[previous.first - 1].lower if previous.first else ""
    if before not in _REPEATED and previous.first >= 2 and tokens[previous.first - 1].kind == "word":
        before = tokens[previous.first - 2].lower  # "in warehouse WH-East and in WH-West": the label between
    if (
        before in _REPEATED
        and len(between) >= 2
        and between[-1] == before
        and between[-2] in ("and", "or")
        and all(w in (",", "and", "or", "also") for w in between[:-1])
    ):
        return True
    if (
        before in _REPEATED
        and len(between) >= 3
        and between[-2:] == ["another", before]
        and all(w in (",", "and") for w in between[:-2])
    ):
        return True  # "one share at $40, another at $55, and another at $70": "another" stands for the
        # noun the first value was said of, so the preposition said again gives the next value the same role
    if (
        before in _REPEATED
        and between == [",", before]
        and _said_again_after_and(tokens, previous.last, before)
    ):
        return True  # "by gas, by oil, and by electricity": the series goes on to an "and" and the word
    lead = [t.lower for t in tokens[max(0, previous.first - 3) : previous.first]]
    while lead and lead[0] in ("the", "a", "an"):
        lead = lead[1:]
    if len(lead) < 2 or not any(w in (",", "and", ";") for w in between[:2]):
        return False
    tail = between[-len(lead) :]
    counted = [
        a == b or a in lexicon.ORDINALS and b in lexicon.ORDINALS for a, b in zip(tail, lead, strict=False)
    ]
    return len(tail) == len(lead) and all(counted) and len(between) - len(lead) <= 6


def _said_again_after_and(tokens: list[Token], start: int, word: str) -> bool:
    """Whether `word` is said again after "and"/"or" within the next few items from token `start` ("by
    gas, by oil, and by electricity"): a comma before the repeated preposition joins a series only then."""
    for k in range(start, min(len(tokens) - 1, start + 12)):
        if tokens[k].lower in ("and", "or") and tokens[k + 1].lower == word:
            return True
        if tokens[k].kind == "punct" and tokens[k].text != ",":
            return False
    return False


def _restated_dates(tokens: list[Token], mentions: list[Mention]) -> None:
    """ "tomorrow, June 1 2023", "this coming friday, which is 2025-06-13" (`_restating`): a relative date
    that an absolute one restates is not a second date."""
    for previous, mention in zip(list(mentions), list(mentions)[1:], strict=False):
        if (
            previous.kind == mention.kind == "date"
            and previous.attributes.get("relative")
            and not mention.attributes.get("relative")
        ):
            between = [t.text for t in tokens[previous.last : mention.first]]
            if between in ([","], ["("], [",", "("]) or not between or _restating(between):
                mentions.remove(previous)
            elif [w.lower() for w in between] in (["is"], ["'s"], ["was"], ["will", "be"]):
                _defined(mentions, previous, mention)


_RESTATING = frozenset("which that thats that's is 's the i.e. ie namely aka".split())


def _restating(between: list[str]) -> bool:
    """Whether the words between a relative day and a date in figures only say that the date is that day
    ("this coming friday, which is 2025-06-13", "next saturday? thats 2025-05-10", "sunday, i.e. the
    2025-03-16"): a relative clause or a pointing word after a comma or a question mark, the same day
    said again, as "tomorrow, June 1 2023" is."""
    if not between or between[0] not in (",", "?", "-", "(") or len(between) > 5:
        return False
    said = [w.lower() for w in between[1:] if w not in (",", "(", ")")]
    return bool(said) and all(w in _RESTATING for w in said) and said[-1] not in ("which", "that")


def _defined(mentions: list[Mention], relative: Mention, absolute: Mention) -> None:
    """ "Today is 2025-08-03": the text defines the relative date, so each time it says "today" it means
    that date (a caller asked for "sunrise today" wants the date, not the word). The defining phrase
    itself gives no second date."""
    said = str(relative.value).lower()
    for other in mentions:
        if other is not relative and other.attributes.get("relative") and str(other.value).lower() == said:
            other.value = absolute.value
            other.attributes = {k: v for k, v in other.attributes.items() if k != "relative"}
    mentions.remove(relative)


_KEYED = frozenset({"=", ":"})


def _keys(tokens: list[Token], mentions: list[Mention]) -> None:
    """`name=value`, `name: value`, `'name':'value'`: the word before `=`/`:` names the value's parameter."""
    for position, mention in enumerate(mentions):
        k = mention.first - 1
        if k >= 0 and tokens[k].text == ":" and _series_follows(tokens, mentions, position):
            continue  # "for Sam Kerr: goals, assists and saves": the colon opens a list, it keys no value
        if k >= 1 and tokens[k].text in _KEYED:
            key = tokens[k - 1]
            if key.kind == "word" or (key.text in ("'", '"') and k >= 2):
                word = key.text if key.kind == "word" else ""
                if not word:
                    previous = next((m for m in mentions if m.last == k), None)
                    word = str(previous.value) if previous is not None and previous.kind == "quoted" else ""
                if word:
                    mention.attributes["key"] = word
    for mention in mentions:
        if mention.kind == "quoted" and mention.last < len(tokens) and tokens[mention.last].text in _KEYED:
            mention.attributes["is_key"] = True
    for mention, after in itertools.pairwise(mentions):
        if (
            mention.kind in ("name", "identifier")
            and after.kind == "number"
            and mention.last < len(tokens)
            and tokens[mention.last].text == ":"
            and after.first == mention.last + 1
        ):
            mention.attributes["is_key"] = True  # "B: 4.5 kg", "Ella: 25 kg": a label of the entry's number
    _bracketed_keys(tokens, mentions)


def _bracketed_keys(tokens: list[Token], mentions: list[Mention]) -> None:
    """ "'a' is the coefficient of x^2 (3), 'b' is the coefficient of x (7)": a value in brackets at the end
    of a part that opens by defining a quoted name ("'a' is …") is that name's, as in `a=3`; the quoted
    name is no value of its own."""
    for mention in mentions:
        if mention.kind != "number" or "key" in mention.attributes or not parenthesised(tokens, mention):
            continue
        k = mention.first - 2
        while k >= 0 and tokens[k].text not in (",", ";", ".", "(", ")") and tokens[k].lower != "and":
            k -= 1
        opener = next((m for m in mentions if m.first == k + 1 and m.kind == "quoted"), None)
        if (
            opener is None
            or opener.last >= len(tokens)
            or tokens[opener.last].lower not in ("is", "are", "=")
        ):
            continue
        mention.attributes["key"] = str(opener.value)
        opener.attributes["is_key"] = True


def _series_follows(tokens: list[Token], mentions: list[Mention], position: int) -> bool:
    """Whether mentions[position] is followed by a comma and another value of its kind: a series."""
    mention = mentions[position]
    after = mentions[position + 1] if position + 1 < len(mentions) else None
    return (
        after is not None
        and after.kind == mention.kind
        and [t.text for t in tokens[mention.last : after.first]] == [","]
    )


def _region_of(place: Mention, region: Mention) -> bool:
    """Whether a name after a comma is the country or US state the name before it is in ("Boston, MA",
    "Lyon, France"), not a member of a series: the name before is no region itself ("Texas, Ohio and
    Utah" are three states)."""
    from agentkit.local.simulated.world import is_region  # the gazetteer is read only when asked

    return place.kind == region.kind == "name" and is_region(region.text) and not is_region(place.text)


def _conjoined_later(tokens: list[Token], mentions: list[Mention], mention: Mention) -> bool:
    """Whether a comma-joined name goes on, through more commas, to an "and"/"or" ("tents, stoves and
    lanterns", "Leeds, York, Hull and Bath"), through members of its kind or, for a name, of another kind of
    text: a code among names is one more member ("NaCl, KCl and CaCl2", "Adele, Drake and Blink-182")."""
    last = mention
    textual = {"name", "identifier", "quoted"}
    later = [m for m in mentions if m.first > mention.first]
    for after in [m for m in later if m.kind == mention.kind or {m.kind, mention.kind} <= textual]:
        between = series_words(tokens, last.last, after.first)
        if not all(w in (",", "and", "or", "&", "the") for w in between):
            return False
        if any(w in ("and", "or", "&") for w in between):
            return True
        last = after
    return False


def _colon_list(tokens: list[Token], mentions: list[Mention], position: int) -> bool:
    """Whether mentions[position] is a member of a list a colon opens, three or more values of one kind
    with only commas between them ("these strands: ATGCCGTA, TTAGGCAT, GCGTATAC"): the colon says a list
    follows, so the commas join its members even without "and" — where "Leeds, Yorkshire" alone is a
    place and the place it is in."""

    def joined(a: Mention, b: Mention) -> bool:
        return [t.text for t in tokens[a.last : b.first]] == [","] and a.kind == b.kind

    first = last = position
    while first > 0 and joined(mentions[first - 1], mentions[first]):
        first -= 1
    while last + 1 < len(mentions) and joined(mentions[last], mentions[last + 1]):
        last += 1
    opened = mentions[first].first > 0 and tokens[mentions[first].first - 1].text == ":"
    return opened and last - first >= 2


def _same_kind(a: Mention, b: Mention) -> bool:
    """Whether two joined mentions can be members of one series: numbers of one unit and sign (a plain
    number before a percentage, "40 and 70 percent", takes the sign said once after the last member),
    short noun phrases, names of one sort, codes."""
    if a.kind == b.kind == "number":
        same_unit = lexicon.lemma(a.unit) == lexicon.lemma(b.unit)  # "1 meter and 2 meters"
        if (a.currency and b.unit) or (b.currency and a.unit):
            return False  # "10 years, and for $2000": a quantity of something, then an amount of money
        if b.percent and not a.percent:
            # "to 40 and 70 percent": the sign said once after the last member is each member's
            return not (a.unit or a.currency)
        return a.percent == b.percent and (not a.unit or not b.unit or same_unit)
    if "phrase" in (a.kind, b.kind):
        return a.kind == b.kind and len(a.text.split()) <= 2 and len(b.text.split()) <= 3
    if a.kind == b.kind == "name" and lexicon.nationality(a.text) != lexicon.nationality(b.text):
        return False  # "in Boston and Thai restaurants": a place, then a people's adjective of the next noun
    textual = {"name", "quoted", "identifier"}
    if {a.kind, b.kind} == {"identifier", "number"}:  # "parcels 1Z999 and 7788": a code of digits too
        return bare_code(a if a.kind == "number" else b)
    return a.kind == b.kind or (a.kind in textual and b.kind in textual)


def bare_code(mention: Mention) -> bool:
    """A number that may be a code beside other codes: three digits or more, as written, with no unit,
    sign, decimals, thousands separator, percent or currency."""
    return (
        mention.text.isdigit()
        and len(mention.text) >= 3
        and not (mention.unit or mention.percent or mention.currency)
    )


_FORMER_LATTER = re.compile(
    r"\b(?P<the>the)\s+(?P<which>former|latter)\b(?P<after>'s|’s)?(?P<next>\s+[\w'’-]+)?", re.I
)
_NAMED_KINDS = frozenset({"name", "quoted", "identifier"})


@lru_cache(maxsize=1024)
def former_and_latter(text: str) -> str:
    """`text` with "the former" and "the latter" written as the two values they stand for: the first and
    the second of the last two things named before them ("Bristol or Cardiff … a 2-bedroom flat in the former
    and a 3-bedroom in the latter" is "… in Bristol and … in Cardiff"), as a reader resolves them. The two
    are the last series before the words when it is a pair (`Mention.group`; a longer series has no former
    and latter, and the words stay), else the last two names, titles or codes said in turn ("My wife wants
    the Pixel 8 and I want the iPhone 15 … the former …"). "The former" before a word that is no function
    word is an adjective ("the former president", "the latter half") and stays; so do the words after a
    third thing of the pair's kind ("Oslo, Rome and Bern; the latter …")."""
    found = [
        m
        for m in _FORMER_LATTER.finditer(text)
        if not m.group("next") or m.group("after") or lexicon.is_function_word(m.group("next").strip())
    ]
    if not found:
        return text
    before = [m for m in read(text).mentions if m.end <= found[0].start()]
    series = [m for m in before if m.group is not None]
    if series:
        last = [m for m in series if m.group == series[-1].group]
        pair = last if len(last) == 2 else []
    else:
        named = [m for m in before if m.kind in _NAMED_KINDS]
        pair = named[-2:] if len(named) >= 2 and named[-1].kind == named[-2].kind else []
    if not pair or any(m.kind == pair[-1].kind and m.start >= pair[-1].end for m in before):
        return text  # a third thing of the kind named after the pair: no former and latter of two
    out = text
    for match in reversed(found):
        value = pair[0 if match.group("which").lower() == "former" else 1].text
        out = out[: match.start()] + value + out[match.end("which") :]
    return out
