"""Dates and times as requests write them: "2024-05-01", "May 3rd 2022", "11 March 2022", "05/03/2022",
"next week", "in December", "3pm", "15:30", and spans of years ("the 2022-2023 season").

Each reader claims the tokens it finds through `claim` (see `mentions.read`); a date's value is its ISO
form, with the text as written kept beside it.
"""

from __future__ import annotations

import re
from datetime import date

from agentkit.local import lexicon
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


_DAY_OF_MONTH = re.compile(
    rf"\b(?:({_MONTH})[\s.]*{_DAY}|(?:the\s+)?{_DAY}\s+(?:of\s+)?({_MONTH}))(?![\w/:-])(?!,?\s*\d)", re.I
)
"""A day of a month written without its year ("March 3rd", "the 5th of May", "June 9")."""


def _month_day(match: re.Match) -> tuple[int, int] | None:
    month_name = match.group(1) or match.group(4)
    day = int(match.group(2) or match.group(3))
    month = _MONTHS.get(month_name.lower().rstrip("."))
    if month is None or not 1 <= day <= 31:
        return None
    return month, day


def year_of_request(text: str) -> int | None:
    """The year the request states, for a day it writes without one: the year a "this year is 2027" or
    "today is …" gives, else the year of the first full date it writes."""
    if (stated := stated_year(text)) is not None:
        return stated
    for pattern, order in _DATES:
        for match in pattern.finditer(text):
            if (parsed := _date(match, order)) is not None:
                return int(parsed[:4])
    return None


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = "(" + "|".join(_WEEKDAYS) + ")"
_TODAY_IS = re.compile(
    r"[,;]?\s*\b(?:today(?:'s\s+date)?\s+is|it\s+is\s+now)\s+(?:" + _WEEKDAY + r"\s*,?\s*)?",
    re.I,
)


def defined_today(text: str) -> tuple[date, int, int, str, int] | None:
    """The day a request defines as today ("Today is 2027-06-16", "today is Monday April 25th 2023",
    "today is 20230929"), where the defining words stand, the date as written, and the day of the week
    it is: the one the user states with it ("today is Monday …"), else the calendar's. A user who says
    which weekday today is counts "the upcoming Wednesday" from that weekday, so the stated one is
    trusted over the calendar when the two disagree."""
    for lead in _TODAY_IS.finditer(text):
        rest = text[lead.end() :]
        stated = _WEEKDAYS.index(lead.group(1).lower()) if lead.group(1) else None
        compact = re.match(r"((?:19|20)\d{2})(\d{2})(\d{2})\b", rest)
        if compact:
            try:
                day = date(int(compact.group(1)), int(compact.group(2)), int(compact.group(3)))
            except ValueError:
                continue
            weekday = day.weekday() if stated is None else stated
            return day, lead.start(), lead.end() + compact.end(), day.isoformat(), weekday
        for pattern, order in _DATES:
            match = pattern.match(rest)
            if match and (parsed := _date(match, order)) is not None:
                day = date.fromisoformat(parsed)
                weekday = day.weekday() if stated is None else stated
                return day, lead.start(), lead.end() + match.end(), match.group(0), weekday
    return None


_RELATIVE_DAY = re.compile(
    r"\b(?:(?:the\s+)?day\s+after\s+tomorrow|tomorrow|yesterday"
    rf"|{_WEEKDAY}(?:\s+of)?\s+next\s+week|next\s+week'?s\s+{_WEEKDAY}"
    r"|(?:this\s+coming|the\s+coming|the\s+upcoming|upcoming|coming|this|next)\s+" + _WEEKDAY + r")\b",
    re.I,
)
"""A day named relative to today: "tomorrow", "yesterday", "the day after tomorrow", "Tuesday next week"
(the Tuesday of the week after this one), "this coming Friday", "next Monday"."""

_ON_WEEKDAY = re.compile(
    rf"\b(?<![Tt]oday is )(on|for|by|from|to|until|till|through)\s+{_WEEKDAY}\b(?!,?\s*\d)", re.I
)
"""A day of the week said alone after a preposition ("open on Thursday", "for Saturday", "from Monday to
Friday", "move it to Friday"): once today is
known it is the first such day after it, as people mean a weekday said without "last"."""

_COUNT = r"(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)"
_DAYS_AHEAD = re.compile(
    rf"\b(?:in\s+{_COUNT}\s+(day|week)s?(?!\s+from\b)|{_COUNT}\s+(day|week)s?\s+from\s+(?:today|now))\b", re.I
)
"""A day a count of days or weeks from today: "in 3 days", "in a week", "two weeks from today"."""

_UNTIL_THE = re.compile(
    rf"\b(until|till|to|through|thru|on|by|before)\s+the\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})"
    r"(?!\s+(?!(?:at|and|for|in|on|with|please)\b)[a-z])",
    re.I,
)
"""A day of the month said alone ("from today until the 12th", "on the 28th", "by the 3rd"): the first
such day on or after today, in this month or the next. An ordinal before a noun is no day ("to the
3rd floor"), and "to" ends a span only after a "from" ("from today to the 5th")."""

_YEARS_AGO = re.compile(rf"\b(?:around\s+|about\s+)?{_COUNT}\s+years?\s+ago\b", re.I)
_YEAR_WORD = re.compile(r"\b(last|this|next)\s+year\b(?!\s+is\b)(?!'s)", re.I)
"""A year counted from the year the request states ("six years ago", "last year", "this year"; not the
"this year is 2031" that states it)."""


def _count(word: str) -> int | None:
    """A count written in figures or in words ("3", "three", "a")."""
    if word.isdigit():
        return int(word)
    return 1 if word.lower() in ("a", "an") else lexicon.number_word(word)


YEAR_IS = re.compile(r"\b(?:this|the\s+current|the|current)\s+year\s+is\s+((?:19|20)\d{2})\b", re.I)
"""The year a request states as this year ("this year is 2031", "the current year is 2023")."""


def stated_year(text: str) -> int | None:
    """The year the request states as this year: "this year is 2031", or the year of a today it defines."""
    stated = YEAR_IS.search(text)
    if stated:
        return int(stated.group(1))
    today = defined_today(text)
    return today[0].year if today is not None else None


def dated_from(
    text: str, today: tuple[date, int, int, str, int] | None, year: int | None, this_year: int | None = None
) -> str:
    """`text` with the days it names relative to a today the request defines written as dates ("tomorrow"
    → the day after; "this Friday", "the coming Sunday", "next Monday" → the first such day after today,
    "this" also today itself; "Tuesday next week" → the Tuesday of the week after this one, weeks
    starting on Monday; "on Thursday" → the first Thursday after today; "in 3 days", "a week from today"
    → that many days on; "until the 12th", "on the 28th" → the next such day of the month on or after today), weekdays counted from the
    weekday the user states for today; the years it counts from the year the request states (`this_year`:
    "six years ago", "last year", "this year" → the year); and the days of a month it writes without a
    year given the request's year ("March 3rd" → "March 3rd 2027"); "today" and "tonight" are the day as
    the definition writes it."""
    day = today[0] if today else None
    weekday = today[4] if today else 0

    def on(ahead: int) -> str:
        return date.fromordinal(day.toordinal() + ahead).isoformat()

    def relative(match: re.Match) -> str:
        said = match.group(0).lower()
        if match.group(1) or match.group(2):
            target = _WEEKDAYS.index((match.group(1) or match.group(2)).lower())
            return on(7 - weekday + target)
        if match.group(3):
            ahead = (_WEEKDAYS.index(match.group(3).lower()) - weekday) % 7
            if ahead == 0 and not said.startswith("this "):
                ahead = 7
            return on(ahead)
        return on(2 if "after" in said else 1 if said == "tomorrow" else -1)

    def weekday_alone(match: re.Match) -> str:
        ahead = (_WEEKDAYS.index(match.group(2).lower()) - weekday) % 7 or 7
        return f"{match.group(1)} {on(ahead)}"

    def days_ahead(match: re.Match) -> str:
        count = _count(match.group(1) or match.group(3))
        if count is None:
            return match.group(0)
        unit = (match.group(2) or match.group(4)).lower()
        return on(count * (7 if unit == "week" else 1))

    def until_the(match: re.Match) -> str:
        if match.group(1).lower() == "to" and not re.search(r"\bfrom\b", text[: match.start()], re.I):
            return match.group(0)
        wanted = int(match.group(2))
        month, year_of = day.month, day.year
        if wanted < day.day:
            month, year_of = (1, year_of + 1) if month == 12 else (month + 1, year_of)
        try:
            return f"{match.group(1)} {date(year_of, month, wanted).isoformat()}"
        except ValueError:
            return match.group(0)

    if this_year is not None:
        text = _YEARS_AGO.sub(lambda m: str(this_year - c) if (c := _count(m.group(1))) else m.group(0), text)
        text = _YEAR_WORD.sub(
            lambda m: str(this_year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]), text
        )
    if today is not None:
        text = _RELATIVE_DAY.sub(relative, text)
        text = _DAYS_AHEAD.sub(days_ahead, text)
        text = _ON_WEEKDAY.sub(weekday_alone, text)
        text = _UNTIL_THE.sub(until_the, text)
        if defined_today(text) is None:
            text = DAY_WORD.sub(
                lambda m: today[3] if m.group(1).lower() in ("today", "tonight") else m.group(0), text
            )
    if year is not None:
        text = _DAY_OF_MONTH.sub(
            lambda m: f"{m.group(0)} {year}" if _month_day(m) and not _opens_span(text, m) else m.group(0),
            text,
        )
    return text


_TO_NEXT_END = re.compile(r",?(?:\s*[-–]\s*|\s+(?:and|to|through|thru|until|till)\s+)", re.I)


def _opens_span(text: str, match: re.Match) -> bool:
    """Whether the yearless day opens a span whose second end writes the year ("28 December and 4 January
    2027"): that year holds for it, a year earlier if need be (`_open_end`)."""
    joint = _TO_NEXT_END.match(text, match.end())
    return joint is not None and any(p.match(text, joint.end()) for p, _ in _DATES)


_MONTH_YEAR = re.compile(rf"\b(?:{_MONTH})\s+\d{{4}}\b", re.I)


_MONTH_ALONE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b"
)
"""A month named alone ("in December"); "May" is left out, being also a verb."""

_MAY_AFTER_PREPOSITION = re.compile(
    r"\b(?i:in|during|since|until|till|through|by|before|after|from)\s+(May)\b"
)
""""May" written from its capital after a preposition of time ("concerts in May", "From May to July"): the
month, since the verb "may" never follows a preposition. Not after "for", which a person named May follows as
often ("a gift for May")."""


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
    for match in _DAY_OF_MONTH.finditer(text):
        if (month_day := _month_day(match)) is not None:
            first, last = token_span(tokens, match.start(), match.end())
            written = match.group(0)
            claim("date", written, first, last, attributes={"partial": "day", "month_day": month_day})
    for match in _RELATIVE_DATE.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"relative": True})
    for match in _MONTH_YEAR.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"partial": "month"})
    for match in _MONTH_ALONE.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"partial": "month"})
    for match in _MAY_AFTER_PREPOSITION.finditer(text):
        first, last = token_span(tokens, match.start(1), match.end(1))
        claim("date", match.group(1), first, last, attributes={"partial": "month"})
    for match in _WEEKDAY_ALONE.finditer(text):
        first, last = token_span(tokens, match.start(), match.end())
        claim("date", match.group(0), first, last, attributes={"partial": "weekday"})


def fields(value: str, attributes: dict) -> dict[str, int]:
    """The calendar fields a date mention writes, by name ("year", "month", "day"): all three of a full
    date ("March 4th 2025", "2025-03-04"), the month and day of "March 4th", the month (and year) of
    "August 2021" or "in December". A relative day ("tomorrow") writes none. A tool that takes a date as
    three numbers (`day`, `month`, `year`) reads them off the date as a person would."""
    if attributes.get("relative"):
        return {}
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return {"year": int(iso.group(1)), "month": int(iso.group(2)), "day": int(iso.group(3))}
    if attributes.get("month_day"):
        month, day = attributes["month_day"]
        return {"month": month, "day": day}
    if attributes.get("partial") == "month":
        name = re.match(rf"({_MONTH})", value, re.I)
        year = re.search(r"\b(\d{4})\b", value)
        out = {"month": _MONTHS[name.group(1).lower().rstrip(".")]} if name else {}
        return out | ({"year": int(year.group(1))} if year else {})
    return {}


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


_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOUR = r"(?:1[0-2]|0?[1-9]|" + "|".join(_HOUR_WORDS) + r")"
_TIME_IN_WORDS = re.compile(
    rf"\b(?:(?P<fraction>half|quarter)\s+(?P<way>past|to)\s+(?P<of>{_HOUR})"
    rf"|(?P<hour>{_HOUR})(?::(?P<minute>[0-5]\d))?(?=\s+(?:o'?clock|in\s+the\s+\w|at\s+night))"
    r"|(?P<named>noon|midday|midnight))(?:\s+o'?clock)?"
    r"(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?\b",
    re.I,
)
"""A time of day in words: "4:30 in the afternoon", "7 o'clock", "half past seven in the evening",
"quarter to nine", "noon", "midnight" (a bare number only before "o'clock" or a part of the day)."""


def _spoken_time(match: re.Match) -> str | None:
    """The time `_TIME_IN_WORDS` matched, written as a clock does ("4:30 pm", "7:30", "12 pm"): the
    afternoon, the evening and the night are after noon, the morning before it."""
    if match["named"]:
        return {"noon": "12 pm", "midday": "12 pm", "midnight": "12 am"}[match["named"].lower()]
    word = match["of"] or match["hour"]
    hour = int(word) if word.isdigit() else _HOUR_WORDS.index(word.lower()) + 1
    minute = int(match["minute"] or 0)
    if match["fraction"]:
        minute = 30 if match["fraction"].lower() == "half" else 15
        if match["way"].lower() == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
    part = (match["part"] or "").lower()
    if not part:
        return None if match["hour"] and "clock" not in match.group(0).lower() else f"{hour}:{minute:02d}"
    half = "pm" if "morning" not in part and not ("night" in part and hour < 5) else "am"
    return f"{hour}:{minute:02d} {half}"


def times(text: str, tokens: list[Token], claim) -> None:
    """Times of day as written ("3pm", "15:30", "9:45 AM") and in words ("4:30 in the afternoon" is
    "4:30 pm", "half past seven" "7:30", "noon" "12 pm")."""
    for match in _TIME_IN_WORDS.finditer(text):
        if (spoken := _spoken_time(match)) is not None:
            first, last = token_span(tokens, match.start(), match.end())
            claim("time", spoken, first, last, attributes={"spoken": True})
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
