"""Dates and times as requests write them: "2024-05-01", "May 3rd 2022", "11 March 2022", "05/03/2022",
"next week", "in December", "3pm", "15:30", and spans of years ("the 2022-2023 season").

Each reader claims the tokens it finds through `claim` (see `mentions.read`); a date's value is its ISO
form, with the text as written kept beside it.
"""

from __future__ import annotations

import re
from datetime import date

from agentkit.local.simulated.tokens import Token, token_span

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}


_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"


_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"


_DATES = [
    (
        re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b"),
        "ymd",
    ),
    (re.compile(rf"\b({_MONTH})[\s.]*{_DAY},?\s*(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?({_MONTH}),?\s*(\d{{4}})\b", re.I), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "m/d/y"),
    (re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b((?:19|20)\d{2})\.(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])\b(?!\.\d)"), "ymd"),
]


_MONTH_YEAR = re.compile(rf"\b(?:{_MONTH})\s+\d{{4}}\b", re.I)


_MONTH_ALONE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b"
)
"""A month named alone ("in December"); "May" is left out, being also a verb."""


_WEEKDAY_ALONE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
"""A day of the week named alone ("on Friday"): a time, not the name of a thing a name parameter wants."""


DAY_WORDS = {"today": "today", "tonight": "today", "tomorrow": "tomorrow", "yesterday": "yesterday"}
"""The words that name a day relative to today, each with the day it names ("tonight" is today): the one
table the planner (a day the request defines, "Today is …") and the argument reader (a day a description
defaults to) spell them from."""

DAY_WORD = re.compile(rf"\b({'|'.join(DAY_WORDS)})\b", re.I)
"""One of `DAY_WORDS`, as a word."""

_RELATIVE_DATE = re.compile(
    rf"\b(?:{'|'.join(DAY_WORDS)}|(?:this|next|last|coming|upcoming)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week(?:end)?|month|year))\b",
    re.I,
)


_OPEN_END = re.compile(
    rf"\b((?:({_MONTH})[\s.]*{_DAY}|{_DAY}\s+(?:of\s+)?({_MONTH}))),?"
    r"(?:\s*[-–]\s*|\s+(?:and|to|through|thru|until|till)\s+)$",
    re.I,
)
"""The first end of a span of dates written without its year ("between January 1 and March 31, 2024",
"from 14 July to 18 July 2026"): English writes the year once, after the second end, and it holds for
both."""


def _open_end(text: str, match: re.Match, parsed: str) -> tuple[int, int, str] | None:
    """Where the span's first end before a full date `match` is written, and its ISO date, the year taken
    from the second end (a year earlier when the first end's month and day come later in the year:
    "December 20 to January 3, 2025")."""
    before = _OPEN_END.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return None
    month_name = before.group(2) or before.group(5)
    day = int(before.group(3) or before.group(4))
    end = date.fromisoformat(parsed)
    try:
        start = date(end.year, _MONTHS[month_name.lower().rstrip(".")], day)
        if start > end:
            start = date(end.year - 1, start.month, start.day)
    except (ValueError, KeyError):
        return None
    return before.start(1), before.end(1), start.isoformat()


def dates(text: str, tokens: list[Token], claim) -> None:
    for pattern, order in _DATES:
        for match in pattern.finditer(text):
            parsed = _date(match, order)
            if parsed is None:
                continue
            first, last = token_span(tokens, match.start(), match.end())
            mention = claim("date", parsed, first, last)
            if mention is not None:
                mention.attributes["written"] = match.group(0)
            if order in ("mdy", "dmy") and (opened := _open_end(text, match, parsed)) is not None:
                start_at, end_at, iso = opened
                first, last = token_span(tokens, start_at, end_at)
                mention = claim("date", iso, first, last)
                if mention is not None:
                    mention.attributes["written"] = text[start_at:end_at]
    for match in _RELATIVE_DATE.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"relative": True})
    for match in _MONTH_YEAR.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"partial": "month"})
    for match in _MONTH_ALONE.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"partial": "month"})
    for match in _WEEKDAY_ALONE.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"partial": "weekday"})


def is_date(text: str) -> bool:
    """Whether `text` is, whole, a calendar date in one of the written layouts ("2022-10-15")."""
    for pattern, order in _DATES:
        match = pattern.fullmatch(text.strip())
        if match and _date(match, order) is not None:
            return True
    return False


def _date(match: re.Match, order: str) -> str | None:
    groups = match.groups()
    try:
        if order == "ymd":
            year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
        elif order == "mdy":
            month, day, year = _MONTHS[groups[0].lower().rstrip(".")], int(groups[1]), int(groups[2])
        elif order == "dmy":
            day, month, year = int(groups[0]), _MONTHS[groups[1].lower().rstrip(".")], int(groups[2])
        else:
            month, day, year = int(groups[0]), int(groups[1]), int(groups[2])
        return date(year, month, day).isoformat()
    except (ValueError, KeyError):
        return None


_TIME = re.compile(
    r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?|\b(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?(?!\w)",
    re.I,
)


def times(text: str, tokens: list[Token], claim) -> None:
    """Times of day as written ("3pm", "15:30", "9:45 AM")."""
    for match in _TIME.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("time", match.group(0), first, last)


_YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}[-–/](?:(?:19|20)\d{2}|\d{2})\b")


def year_spans(text: str, tokens: list[Token], claim) -> None:
    """A span of years written as one ("the 2022-2023 season", "2018/19"): one value, not a subtraction."""
    for match in _YEAR_SPAN.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("identifier", match.group(0), first, last)


_LEADING_IN = re.compile(
    r"(?:[\s,]+(?:at|on|in|by|for|around|before|after|from|this|next|every))*[\s,]*$", re.I
)


def before_when(text: str) -> str:
    """`text` up to the first date or time it writes and the prepositions that lead into it ("call Dr.
    Okafor at 9:30 pm on April 2" → "call Dr. Okafor"): what is to be done, without when."""
    starts = [m.start() for pattern, _ in _DATES for m in [pattern.search(text)] if m]
    for pattern in (_TIME, _RELATIVE_DATE, _MONTH_YEAR, _MONTH_ALONE, _WEEKDAY_ALONE):
        found = pattern.search(text)
        if found:
            starts.append(found.start())
    if not starts:
        return text
    head = text[: min(starts)]
    return head[: _LEADING_IN.search(head).start()]
