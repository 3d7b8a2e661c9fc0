"""Values as a schema wants them: conversions, bounds and the small readings the argument rules share.

Kept apart from the rules that choose values (`arguments`, `options`, `fanout`) so that each rule reads
as a decision, and each conversion — a percentage to a fraction, a date to the stated format, a string
to the schema's length — is written once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from agentkit.local import lexicon
from agentkit.local.simulated import dates
from agentkit.local.simulated.filled import Argument
from agentkit.local.simulated.mentions import read
from agentkit.local.simulated.parameters import Parameter, roots_of, unit_name, words_of
from agentkit.local.simulated.quantities import is_unit_name
from agentkit.local.simulated.tokens import Mention
from agentkit.local.simulated.usplaces import city_state, state_code
from agentkit.local.simulated.world import as_asked

LEAD = re.compile(
    r"^(?:(?:please|kindly|can you|could you|would you|will you|i want to|i'd like to|i would like to|"
    r"i need to|help me|tell me|show me|give me|let me know|find|search(?: for)?|look up|lookup|"
    r"what is|what are|what's|who is|who are|how do i|how can i|how many|how much|get me|get|fetch|"
    r"retrieve|provide|list|calculate|compute|determine|check)\s+)+",
    re.I,
)


REQUEST_VERBS = frozenset(
    "find search look lookup get fetch retrieve provide list calculate compute determine check tell show give "
    "run perform do make".split()
)
"""Verbs that ask for something without saying what ("find …", "calculate …", "get …"): a tool named with
one (`get_current_time`) is not asked for by the verb alone, one named with another (`translate_text`) is."""


def resolve(spec: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A schema with local `$ref`s followed, `anyOf`/`oneOf` narrowed to the first non-null branch."""
    ref = spec.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {})
        return resolve({**target, **{k: v for k, v in spec.items() if k != "$ref"}}, root)
    for key in ("anyOf", "oneOf"):
        if key in spec:
            branches = [b for b in spec[key] if resolve(b, root).get("type") != "null"]
            if branches:
                rest = {k: v for k, v in spec.items() if k != key}
                return resolve({**rest, **branches[0]}, root)
    kind = spec.get("type")
    if isinstance(kind, list):
        return {**spec, "type": next((t for t in kind if t != "null"), "null")}
    return spec


_LETTERED = re.compile(r"(.+[_-])([a-eA-E])")
"""A name that ends in a letter as a label (`city_a`, `team_B`): a, b, c … count as 1, 2, 3 (not x, y, z,
which name coordinates)."""


def families(parameters: list[Parameter]) -> dict[str, list[tuple[int, Parameter]]]:
    """Parameters whose names differ only in a number, an ordinal word or a letter label (`mass1`/`mass2`,
    `first_note_frequency`/`second_note_frequency`, `city_a`/`city_b`), by the name without it, in
    number order."""
    families: dict[str, list[tuple[int, Parameter]]] = {}
    for parameter in parameters:
        digits = re.findall(r"\d+", parameter.name)
        words = words_of(parameter.name)
        ordinals = [w for w in words if w in lexicon.ORDINALS]
        if len(digits) == 1:
            families.setdefault(re.sub(r"\d+", "#", parameter.name), []).append((int(digits[0]), parameter))
        elif len(ordinals) == 1 and len(words) > 1:
            key = " ".join("#" if w == ordinals[0] else w for w in words)
            families.setdefault(key, []).append((lexicon.ORDINALS[ordinals[0]], parameter))
        elif lettered := _LETTERED.fullmatch(parameter.name):  # `city_a`/`city_b`: letters number them too
            families.setdefault(f"{lettered.group(1)}#", []).append(
                (ord(lettered.group(2).lower()) - ord("a") + 1, parameter)
            )
    return {k: sorted(v, key=lambda m: m[0]) for k, v in families.items() if len(v) > 1}


def conform(argument: Argument, spec: dict[str, Any], root: dict[str, Any]) -> Argument:
    """The argument with its value held to the schema's lengths and bounds (what a careful caller sends),
    and a place written in the US layout its description asks for (`usplaces`: "City, ST", a state code), a
    country, language, time zone or city as its name and description ask (`world`: "DE", "pt", "Asia/Tokyo",
    "Lyon, France")."""
    value = _held(argument.value, spec, root)
    evidence = argument.evidence
    if isinstance(value, str) and spec.get("type", "string") == "string" and not spec.get("enum"):
        description = str(spec.get("description", ""))
        written = as_asked(
            state_code(city_state(value, description), argument.name, description), argument.name, description
        )
        written = _kind_word_dropped(written, argument.name, description)
        if written != value:  # say it, so `why` shows where "DE" for "Germany" came from
            evidence += f"; “{value}” written as the description asks (CLDR / GeoNames): “{written}”"
            value = written
    return (
        argument
        if value == argument.value and type(value) is type(argument.value)
        else replace(argument, value=value, evidence=evidence)
    )


_LEFT_OUT_WORD = re.compile(
    r"\bwithout (?:the |a |any )?(?:words?|suffix|prefix|term)\s+['\"“‘]([^'\"”’]+)['\"”’]", re.I
)
"""A word the description says its value is written without ("River name without the word 'River'")."""


def _without(value: str, description: str) -> str:
    """The value less the word its description says to leave out ("the Mekong River" → "Mekong" for
    "River name without the word 'River'"): a careful caller writes the value as it is asked for."""
    for match in _LEFT_OUT_WORD.finditer(description):
        rest = re.sub(rf"\s*\b{re.escape(match.group(1))}\b", "", value, flags=re.I).strip()
        if rest:
            value = rest
    return value


_QUOTED_EXAMPLE = re.compile(r"['\"“‘]([A-Z][^'\"”’]*)['\"”’]")
"""A capitalised value the description quotes ("such as 'Watthana' or 'Thon Buri'")."""


def _kind_word_dropped(value: str, name: str, description: str) -> str:
    """A name less the kind word after it that the parameter itself names ("Chatuchak District" →
    "Chatuchak" for `district_name`, "The name of the district, such as 'Watthana' or 'Thon Buri'"): the
    parameter already says what kind of place it is, and the names its description quotes are written
    without that word. Where a quoted example keeps it ("e.g. 'Central Park'" for `park_name`), or none is
    quoted, the name stays whole."""
    kinds = [w for w in re.findall(r"[a-z]+|[A-Z][a-z]*", name) if w.lower() != "name"]
    words = value.split()
    if (
        len(kinds) != 1
        or len(words) < 2
        or words[-1].lower() != kinds[0].lower()
        or not words[-1][0].isupper()
    ):
        return value
    examples = _QUOTED_EXAMPLE.findall(description)
    if not examples or any(e.split()[-1].lower() == kinds[0].lower() for e in examples):
        return value
    return " ".join(words[:-1])


_LOWER = re.compile(r"\blower[- ]?case\b|\bsmall letters\b", re.I)
"""A description asking for lower case ("The ticker, in lower case")."""
_UPPER = re.compile(r"\bupper[- ]?case\b|\ball caps\b|\bcapital letters\b", re.I)
"""A description asking for upper case ("The currency code, in upper case")."""
_CASE_MADE = re.compile(r"\b(?:to|into)\s+(?:all\s+)?(?:upper|lower)[- ]?case\b", re.I)
"""A description of what the tool makes of its input ("The text to convert to upper case"): no form the
value must be written in."""
_EITHER_CASE = re.compile(
    r"\bcase[- ]insensitive\b|\bupper\b.{0,12}\blower\b|\blower\b.{0,12}\bupper\b", re.I
)
"""A description that takes either case ("case-insensitive", "upper or lower case"): no case to write."""


def letter_case(value: str, description: str) -> str:
    """The value in the letter case its description asks for ("the IATA code in lower case, e.g. 'lhr'":
    "LHR" → "lhr"; "in upper case": "usd" → "USD"): a careful caller writes it as the tool says it reads
    it. A description that names both cases, or calls itself case-insensitive, asks for neither, nor does
    one that says what the tool turns its input into ("The text to convert to upper case")."""
    if not description or _EITHER_CASE.search(description) or _CASE_MADE.search(description):
        return value
    lower, upper = bool(_LOWER.search(description)), bool(_UPPER.search(description))
    if lower == upper:
        return value
    return value.lower() if lower else value.upper()


def _held(value: Any, spec: dict[str, Any], root: dict[str, Any]) -> Any:
    if isinstance(value, str) and spec.get("type", "string") == "string":
        description = str(spec.get("description", ""))
        return clip(letter_case(_without(value, description), description), spec)
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and spec.get("type") in ("number", "integer")
    ):
        return bounded(value, spec)
    if isinstance(value, list) and spec.get("type") == "array":
        items = resolve(spec.get("items", {}), root) if isinstance(spec.get("items"), dict) else {}
        return [_held(item, items, root) for item in value[: spec.get("maxItems", len(value))]]
    return value


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
    "null": (type(None),),
}


def of_type(value: Any, kind: str) -> bool:
    """Whether `value` is of the JSON-schema type `kind`: a whole float counts as an integer (JSON writes 2.0
    for 2), a boolean as no number (JSON keeps true apart from 1)."""
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    if isinstance(value, bool) and kind != "boolean":
        return False  # JSON keeps true apart from 1
    return isinstance(value, _JSON_TYPES.get(kind, (object,)))


def _same(a: Any, b: Any) -> bool:
    return a == b and isinstance(a, bool) == isinstance(b, bool)


def valid(value: Any, spec: Any, root: dict[str, Any]) -> bool:
    """Whether `value` meets the schema's own keywords (types, options, bounds, sizes, items, required
    properties), as the tool that receives it checks: a careful caller never sends what breaks them, it
    leaves an optional value out or asks for a required one (rule 4). Keywords it does not know pass."""
    if not isinstance(spec, dict):
        return True
    ref = spec.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        if not valid(value, target, root):
            return False
    for key in ("anyOf", "oneOf"):
        if isinstance(spec.get(key), list) and not any(valid(value, b, root) for b in spec[key]):
            return False
    if isinstance(spec.get("allOf"), list) and not all(valid(value, b, root) for b in spec["allOf"]):
        return False
    kinds = spec.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    if kinds and not any(of_type(value, k) for k in kinds):
        return False
    if "enum" in spec and not any(_same(value, option) for option in spec["enum"] or []):
        return False
    if "const" in spec and not _same(value, spec["const"]):
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        low, high = spec.get("minimum"), spec.get("maximum")
        above, below = spec.get("exclusiveMinimum"), spec.get("exclusiveMaximum")
        if (low is not None and value < low) or (high is not None and value > high):
            return False
        if (above is not None and value <= above) or (below is not None and value >= below):
            return False
    if isinstance(value, str) and not spec.get("minLength", 0) <= len(value) <= spec.get(
        "maxLength", len(value)
    ):
        return False
    if isinstance(value, list | tuple):
        if not spec.get("minItems", 0) <= len(value) <= spec.get("maxItems", len(value)):
            return False
        items = spec.get("items")
        if isinstance(items, dict) and not all(valid(item, items, root) for item in value):
            return False
    if isinstance(value, dict):
        properties = spec.get("properties") if isinstance(spec.get("properties"), dict) else {}
        if any(name not in value for name in spec.get("required") or []):
            return False
        if spec.get("additionalProperties") is False and set(value) - set(properties):
            return False
        if not all(valid(v, properties[k], root) for k, v in value.items() if k in properties):
            return False
    return True


def time_part(time: str, parameter: Parameter) -> int | None:
    """The hour or the minutes of a written time, for a parameter named for one ("6:30 PM" → 6, 30)."""
    match = re.match(r"(\d{1,2})(?::(\d{2}))?", time)
    if match is None:
        return None
    if lexicon.root("hour") in parameter.name_roots:
        return int(match.group(1))
    if lexicon.root("minute") in parameter.name_roots:
        return int(match.group(2) or 0)
    return None


_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?", re.I)
"""A written time of day, with or without minutes ("7 pm", "9:30", "21:15:00"), in groups to rewrite it."""


def clock_time(time: str, layout: str) -> str | None:
    """A written time in a 24-hour layout ("9:30 pm" → "21:30", "2 pm" → "14:00" for "HH:MM"): the
    figures a description's "HH:MM" asks for, whatever the request's clock."""
    match = _CLOCK.fullmatch(time.strip())
    if match is None:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if layout.count(":") > 1 else "")


def clock_in_layouts(time: str, layouts: tuple[str, ...]) -> str | None:
    """A written time in the offered layout that holds just the fields it gives: "11PM" → "23:00" for
    'HH:MM:SS' or 'HH:MM' (no seconds are invented), "7:30:15" → "07:30:15"."""
    match = _CLOCK.fullmatch(time.strip())
    if match is None or not layouts:
        return None
    seconds = match.group(3) is not None
    layout = next((x for x in layouts if (x.count(":") > 1) == seconds), layouts[0])
    return clock_time(time, layout)


_PREFIXED = re.compile(r"[A-Z]{2,}-[A-Za-z]+")
"""A code's capital prefix joined by a hyphen to a word: "WH-East", "DC-North"."""


_URL_WORDS = frozenset({"url", "urls", "uri", "uris", "endpoint"})
"""A parameter named for an address on the web (`url`, `base_url`, `endpointUri`)."""
_URL_SHAPED = re.compile(r"\S*(?:://|^www\.|^/)\S*|[\w-]+(?:\.[\w-]+)+(?:[/:?#]\S*)?")
"""A value written as an address: a scheme ("https://…"), "www.…", a path ("/v1/items") or a domain."""


def addressable(name: str, value: Any) -> bool:
    """Whether a value may fill the parameter as a web address: any value for a parameter not named for
    one, else only text written as an address — "the weather API" or "date" is no `url` (a careful caller
    asks for the address rather than send words that name none)."""
    if not isinstance(value, str) or not _URL_WORDS.intersection(words_of(name)):
        return True
    return bool(_URL_SHAPED.fullmatch(value.strip()))


def code_like(text: str) -> bool:
    """Whether `text` is written as a code: with digits, an acronym of up to six capitals, or a prefix of
    capitals joined by a hyphen to a word ("WH-East", a warehouse's code: no name writes its first part
    in capitals)."""
    return (
        any(c.isdigit() for c in text)
        or (text.isupper() and len(text) <= 6)
        or bool(_PREFIXED.fullmatch(text))
    )


def is_label(parameter: Parameter, mention: Mention, name_roots: frozenset[str]) -> bool:
    """Whether the mention only says the parameter's or the tool's name ("Case No", "'calculate_area'")."""
    roots = set(roots_of(str(mention.value)))
    return bool(roots) and roots <= (parameter.name_roots | name_roots)


def number_value(mention: Mention, parameter: Parameter) -> float | int | None:
    value = float(mention.value)
    if mention.percent and not parameter.percent_as_number:
        value = value / 100
    base = mention.attributes.get("base")
    if base and lexicon.root(base[1]) in parameter.all_roots:
        value = base[0]
    converted = parameter.in_own_unit(value, mention.unit)
    if converted is not None:
        value = converted  # "2 hours" for `duration_minutes` is 120, "1.82 m" for `height_cm` 182
    spec = parameter.spec
    if parameter.type == "integer":
        if not value.is_integer():
            return None
        return bounded(int(value), spec)
    return bounded(value, spec)


_DATE_FIELDS = ("year", "month", "day")


def date_part(mention: Mention, parameter: Parameter) -> int | None:
    """The field of a written date that a number parameter named for it takes (`day`, `birth_month`,
    `year`: "on March 4th 2025" gives 4, 3 and 2025), None when the parameter names no single field or
    counts them ("Number of days" is a length, no day of a month)."""
    if mention.kind != "date":
        return None
    named = [f for f in _DATE_FIELDS if f in {w.lower() for w in parameter.name_words}]
    if len(named) != 1 or parameter.counts(named[0] + "s"):
        return None
    return dates.fields(str(mention.value), mention.attributes).get(named[0])


def as_text(mention: Mention) -> str:
    """A number for a string parameter, as written ("28473", "24 hour")."""
    return mention.text


_EXAMPLE_YEAR = re.compile(
    r"\b((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]((?:19|20)\d{2})\b"
)
"""A date the description gives as an example ("such as '2027-01-20'", "e.g. '04/18/2027'"): its year."""


def date_value(mention: Mention, parameter: Parameter) -> str:
    month_day = mention.attributes.get("month_day")
    if month_day:
        # "March 3rd" with no year the request states: the year of the description's example date
        # ("such as '2027-01-20'"), else the day as written (no year is invented)
        example = _EXAMPLE_YEAR.search(parameter.description)
        if example is None:
            return str(mention.value)
        try:
            day = date(int(example.group(1) or example.group(2)), *month_day)
        except ValueError:
            return str(mention.value)
        return _in_layout(day, parameter)
    if (
        mention.attributes.get("relative")
        or not isinstance(mention.value, str)
        or not re.match(r"\d{4}-", mention.value)
    ):
        return str(mention.value)
    written = str(mention.attributes.get("written", ""))
    if parameter.date_format is None and _TIMESTAMP.fullmatch(written):
        return written  # "2024-05-01T08:00:00Z" for an ISO timestamp: the moment as written, its time kept
    if (moment := _moment_in_layout(mention.value, written, parameter.description)) is not None:
        return moment
    return _in_layout(date.fromisoformat(mention.value), parameter)


_MOMENT_LAYOUT = re.compile(
    r"\b(?:YYYY|yyyy)([-/.])(?:MM|mm)\1(?:DD|dd)([T ])(?:HH|hh):(?:MM|mm)(:(?:SS|ss))?(?![A-Za-z])"
)
"""A layout of a day followed by its time of day ("YYYY-MM-DD HH:MM:SS", "yyyy-mm-ddThh:mm")."""
_CLOCK_WRITTEN = re.compile(r"[T ](\d{2}):(\d{2})(?::(\d{2}))?")


def _moment_in_layout(iso_day: str, written: str, description: str) -> str | None:
    """ "2024-06-03 06:45:00" for a parameter whose description lays out a day and its time ("When the alarm
    rings, 'YYYY-MM-DD HH:MM:SS'"): the day and the time the request writes, each in the layout, not the day
    alone. A day's layout without a time ("YYYY-MM-DD") still takes the day only: the time is asked of no
    one there. None when the description lays out no time after the day or the request writes none."""
    layout = _MOMENT_LAYOUT.search(description)
    clock = _CLOCK_WRITTEN.search(written) if _TIMESTAMP.fullmatch(written) else None
    if layout is None or clock is None:
        return None
    separator, between, seconds = layout.group(1), layout.group(2), layout.group(3)
    time = f"{clock.group(1)}:{clock.group(2)}" + (f":{clock.group(3) or '00'}" if seconds else "")
    return iso_day.replace("-", separator) + between + time


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
"""A date written with its time of day in ISO 8601's figures ("2024-05-01T08:00:00Z")."""


def _in_layout(day: date, parameter: Parameter) -> str:
    layout = parameter.date_format
    if layout:
        return (
            layout.replace("YYYY", f"{day.year:04d}")
            .replace("MM", f"{day.month:02d}")
            .replace("DD", f"{day.day:02d}")
        )
    return day.isoformat()


def list_items(items: list[Any], item_type: str) -> list[Any] | None:
    """A written list's items as the list's item type writes them: numbers as numbers (a whole number
    for an integer), any scalar as text for a list of strings ("[46, 47]" → ["46", "47"]); None when an
    item cannot be that type (a name in a list of numbers, a number where objects are wanted)."""

    def item(x: Any) -> Any:
        number = isinstance(x, int | float) and not isinstance(x, bool)
        if item_type == "number":
            return float(x) if number else None
        if item_type == "integer":
            return int(x) if number and float(x).is_integer() else None
        if item_type == "string":
            return x if isinstance(x, str) else format_number(x) if number else None
        if item_type == "boolean":
            return x if isinstance(x, bool) else None
        if item_type in ("object", "array"):
            return x if isinstance(x, dict if item_type == "object" else list) else None
        return x

    typed = [item(x) for x in items]
    return None if None in typed else typed


def numbers_in(text: str) -> list[float]:
    return [float(m.value) for m in read(text).mentions if m.kind == "number"]


_OPENING = re.compile(
    rf"^(?:(?:after that|and then|then|also|and)\b,?\s*|(?:{'|'.join(sorted(lexicon.DISCOURSE_MARKERS))}),\s*)+",
    re.IGNORECASE,
)
"""Words that order a clause among the asks ("After that, search for …", "Then also …", "Lastly, …";
an ordinal only before its comma, "second-hand books" opens on none): no part of what it asks."""

_THING_FOR = re.compile(
    r"^(?P<thing>(?:[\w'-]+\s+){0,5}?[\w'-]+)\s+(?:for|about|on|regarding|mentioning|that mention)\s+(?P<ask>.+)$",
    re.IGNORECASE,
)


def ask_of(
    clause: str, tool_words: frozenset[str] = frozenset(), name_words: frozenset[str] = frozenset()
) -> str:
    """The clause as the thing asked, without its lead-in: "Please remember that I prefer window seats"
    → "I prefer window seats" (a verb and its "that" introduce the statement); "search the docs for how
    to reset a password" → "how to reset a password": the words before "for"/"about"/"on" that name the
    tool's own thing (a root of its name or description: "the docs", "the top 5 doc pages") say where to
    look, not what for. `name_words`, the roots of the tool's name, are cut at the ask's ends
    (`_without_tool_words`)."""
    core = LEAD.sub("", _OPENING.sub("", clause.strip())).strip(" ?.!")
    words = core.split()
    if len(words) > 3 and words[1].lower() == "that" and "VERB" in lexicon.parts(words[0]):
        core = " ".join(words[2:])
    thing = _THING_FOR.match(core)
    if thing and tool_words & {lexicon.root(w) for w in re.findall(r"[A-Za-z]+", thing["thing"])}:
        core = thing["ask"]
    core = _without_tool_words(core, name_words)
    return core or clause.strip(" ?.!")


_LOOSE = frozenset("a an the of in on at for to by with from about and or".split())


def _without_tool_words(core: str, tool_words: frozenset[str]) -> str:
    """A terse ask without the words that only say what the tool does or what kind of thing it handles:
    "play lofi beats" → "lofi beats" for `play_music`, "recipe chicken tikka masala" → "chicken tikka
    masala" for `recipe_search`, "cat videos" → "cat" for `video_search`. A command verb or a kind noun
    that is a word of the tool's name is the instruction that chose the tool, not what is searched for
    (not a word of its description only, which also names the things a search finds: "tent care" for a
    search of "care guides for tents" keeps "tent"), when the words it leads or ends are not joined to it
    by a preposition or article ("weather in Oslo", "songs by Adele" keep theirs); nothing is cut from a
    quoted ask or down to no word."""
    if not tool_words or re.search(r"['\"“‘]", core):
        return core
    words = core.split()
    roots = [lexicon.root(re.sub(r"[^\w-]", "", w)) for w in words]
    start = 0
    while start < len(words) - 1 and roots[start] in tool_words:
        start += 1
    if start and words[start].lower() in _LOOSE:
        start = 0
    end = len(words)
    if end - start > 1 and roots[end - 1] in tool_words and words[end - 2].lower() not in _LOOSE:
        end -= 1
    return " ".join(words[start:end])


def bounded(value: float, spec: dict[str, Any]) -> float | int:
    low = spec.get("minimum", spec.get("exclusiveMinimum"))
    high = spec.get("maximum", spec.get("exclusiveMaximum"))
    integer = spec.get("type") == "integer"
    step = 1 if integer else 1e-9
    if low is not None:
        value = max(value, low + (step if "exclusiveMinimum" in spec and "minimum" not in spec else 0))
    if high is not None:
        value = min(value, high - (step if "exclusiveMaximum" in spec and "maximum" not in spec else 0))
    if integer:
        return int(round(value))
    return float(value)


def clip(value: str, spec: dict[str, Any]) -> str:
    value = value[: spec.get("maxLength", len(value))]
    return value.ljust(spec.get("minLength", 0), "?")


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def tool_roots(name: str, description: str) -> frozenset[str]:
    """The roots of a tool's name and description: words that ask for the tool, not values for it."""
    return frozenset(roots_of(f"{name} {description}"))


_CLOCK_WORD = re.compile(r"[ap]\.?m\.?|o'?clock|h|hrs?|hours?|minutes?|mins?|seconds?|secs?", re.I)
_COUNTED_TOKEN = re.compile(r"[A-Za-z][\w'’&-]*|\d+(?:\.\d+)?|[,;.?!:]")


def counted_things(text: str) -> list[tuple[str, int]]:
    """The things a request counts, each with its count, in the order said ("two Big Macs and one
    McFlurry" → [("Big Mac", 2), ("McFlurry", 1)]; "three bottles of olive oil and a five pound bag of
    rice" → [("olive oil", 3), ("rice", 1)]): a count (figures or a number word; "a"/"an" only once a list
    of counted things has begun, so "place an order" counts nothing) and the content words after it, up to
    a function word or a stop. In "N bottles of X" the words before "of" measure the thing, which is X; a
    capitalised name written with a plural s ("Big Macs") is the name ("Big Mac"), while a common noun
    keeps the words the user chose ("fries", "nails"). A count that is part of a date, a time of day or an
    amount ("3 May", "at 7 pm", "5 km") counts no thing."""
    tokens = _COUNTED_TOKEN.findall(text)
    found: list[tuple[str, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].lower()
        count = int(word) if word.isdigit() else lexicon.number_word(word)
        if (
            count is None
            and word in ("a", "an")
            and found
            and i > 0
            and tokens[i - 1].lower() in ("and", ",")
        ):
            count = 1
        if count is None or count <= 0:
            i += 1
            continue
        j, thing = i + 1, []
        while j < len(tokens) and re.match(r"[A-Za-z\d]", tokens[j]):
            if lexicon.is_function_word(tokens[j].lower()) and tokens[j].lower() != "of":
                break
            thing.append(tokens[j])
            j += 1
        if "of" in (w.lower() for w in thing):
            last = max(k for k, w in enumerate(thing) if w.lower() == "of")
            thing = thing[last + 1 :]
        said = f"{tokens[i]} {thing[0]}" if thing else ""
        if said and (
            any(m.kind in ("date", "time") for m in read(said).mentions)
            or _CLOCK_WORD.fullmatch(thing[0])
            or is_unit_name(thing[0])
            or unit_name(thing[0])
        ):
            thing = []  # "3 May", "7 pm", "5 km": a date, a time or an amount, no thing counted
        if thing and not any(w.isdigit() for w in thing):
            if count > 1 and thing[-1][:1].isupper() and len(thing[-1]) > 2 and thing[-1].endswith("s"):
                thing[-1] = thing[-1][:-1]
            found.append((" ".join(thing), count))
        i = max(j, i + 1)
    return found
