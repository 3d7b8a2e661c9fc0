"""Filling a tool's arguments from a request clause: each value by the evidence next to it.

`fill` reads the clause into mentions (`mentions`), scores every (parameter, mention) pair by the
words around the mention (`evidence`), and assigns values best-first, one value per parameter and
one parameter per value. Then, in order, for what is still missing (`order`, then `leftovers`):

1. **position** — required parameters not yet filled take the remaining values of their kind in
   the order the request names the parameters ("base and height as 6 cm and 10 cm"), or in schema
   order where it names none;
2. **ask** — a parameter that holds a text to act on (a query, a question, a prompt) takes the
   ask itself, without its lead-in ("search the documents for …" → "…");
3. **residual** — one required string parameter still empty takes the words of the clause that
   neither name the tool nor went to another parameter ("proteins found in **the plasma membrane**");
4. **context** — a number the clause refers to but does not hold ("15 % of the revenue") comes from
   the results of tools already called for the clause; until there is one the tool waits;
5. **default** — a required parameter with a schema `default` takes it.

Optional parameters are filled only on evidence (a named link, a unit, a key, an enum option, a
boolean's words): a careful caller leaves out what was not asked. A required object whose schema marks
none of its properties required (a `budget` of `min` and `max`) is needed all the same: its properties
take what the clause states on the evidence a required value needs. A required value that none of
this finds makes the tool unfillable (`None`), unless the caller forced the tool, in which case
schema defaults and bounds fill it so the input still validates.

**Fan-out** (parallel calls): a value in a coordinated series ("radius 3, 5 and 7", "tents and
stoves") gives one call per member, for a scalar parameter; two series multiply, or pair up when the
request says "respectively". Values that repeat the first call's pattern ("$12.80 for the lantern, $64
for the tent") give one more call per repetition.

Each value carries its `Argument`: the rule that chose it, the score, and the words it rests on.
A *correction* (the error an earlier call with these arguments came back with) is read by the SQL
rule, which takes the table and column names the error spells out.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from agentkit.local import lexicon
from agentkit.local.simulated import sql
from agentkit.local.simulated.dates import DAY_WORDS
from agentkit.local.simulated.evidence import (
    ARTICLES,
    LINKING,
    LOCATIVE,
    OPTIONAL_EVIDENCE,
    PHRASE_EVIDENCE,
    RELATIVE,
    REQUIRED_EVIDENCE,
    calendar_year,
    conversion_end,
    example_for,
    link,
    persons_counted,
    range_end,
)
from agentkit.local.simulated.fanout import VERSUS, FanOut
from agentkit.local.simulated.filled import Argument, Filled, Labelled, Several, Unfillable
from agentkit.local.simulated.leftovers import Leftovers, no_evidence
from agentkit.local.simulated.mentions import (
    DETERMINERS,
    NAMING,
    Reading,
    bracketed_literals,
    durations_apart,
    purposes,
    read,
)
from agentkit.local.simulated.options import FORMULA_LIKE, OptionRules, kind_of_noun
from agentkit.local.simulated.order import OrderRules
from agentkit.local.simulated.parameters import (
    COMMAND,
    GENRE,
    GOAL,
    IDENTIFIER,
    KIND,
    LABEL,
    NAME,
    PASSAGE,
    PERSONS,
    PLACE,
    PURPOSE,
    SOUGHT,
    SOURCE,
    TEXT,
    WRITTEN,
    YEAR,
    Parameter,
    roots_of,
)
from agentkit.local.simulated.quantities import is_period, is_ratio, measure_of, percent_of
from agentkit.local.simulated.text import quoted_spans, starts_ask
from agentkit.local.simulated.tokens import Mention
from agentkit.local.simulated.values import (
    addressable,
    as_text,
    clip,
    clock_in_layouts,
    clock_time,
    code_like,
    conform,
    counted_things,
    date_part,
    date_value,
    is_label,
    list_items,
    number_value,
    resolve,
    time_part,
    valid,
)

_TWO_ENDS = re.compile(
    r"(?P<end>\b(?:YYYY|yyyy)(?:([-/.])(?:MM|mm)\2(?:DD|dd))?|\b(?:MM|mm|DD|dd)([-/.])(?:DD|dd|MM|mm)\3(?:YYYY|yyyy))"
    r"(?P<sep>\s*(?:,|/|-|–|to|until|through)\s*)(?P=end)\b"
    r"|\bstart(?: date)?(?P<sep2>\s*(?:,|/|-|–|to|until|through)\s*)end\b"
)
"""A description's layout of a range's two ends: "YYYY-MM-DD to YYYY-MM-DD", "start,end", "YYYY-YYYY"."""
_RANGE_ROOTS = frozenset(lexicon.root(w) for w in ("range", "period", "interval", "span", "window"))
"""Name words of a parameter that holds a range as one value (`date_range`, `period`, `time_window`)."""
_JSON_WORDS = re.compile(r"\bjson\b|\bdict(?:ionary)?\b|\bkey[- ]value\b", re.I)
_JSON_KEYS = re.compile(
    r"(?:such as|including|includes|e\.g\.,?|for example|with (?:the )?keys?|keys?(?: are| of)?|:)\s+"
    r"(?P<keys>['\"]?[A-Za-z][\w ]*?['\"]?(?:\s*,\s*['\"]?[A-Za-z][\w ]*?['\"]?)*,?\s+(?:and|or)\s+"
    r"['\"]?[A-Za-z][\w ]*?['\"]?)\s*(?:[.;)]|,\s*(?:serialized|written|encoded|as)\b|$)",
    re.I,
)


def _written_flag(parameter: Parameter) -> dict[bool, str] | None:
    """The options that write yes and no, for an enum of the texts "True" and "False" (in any case, and
    perhaps a "dontcare"): a flag written as text."""
    options = [o for o in parameter.spec.get("enum", []) if isinstance(o, str)]
    by_word = {o.lower(): o for o in options}
    if "true" not in by_word or "false" not in by_word:
        return None
    if any(o.lower() not in ("true", "false", "dontcare", "dont care", "any") for o in options):
        return None
    return {True: by_word["true"], False: by_word["false"]}


@lru_cache(maxsize=4096)
def _json_keys(description: str) -> tuple[str, ...]:
    """The keys a description of a JSON or dictionary string names ("A JSON object of preferences, such as
    style, color scheme and budget" → style, color scheme, budget), at most three words each; () when it
    calls the string no JSON or dictionary, or names no keys in a series."""
    if not _JSON_WORDS.search(description):
        return ()
    match = _JSON_KEYS.search(description)
    if match is None:
        return ()
    keys = []
    for part in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group("keys")):
        words = [w for w in part.strip(" '\"").lower().split() if w not in ("the", "a", "an", "its", "their")]
        if not words or len(words) > 3:
            return ()
        keys.append(" ".join(words))
    return tuple(keys)


_FIELD_LAYOUT = re.compile(
    r"['\"`]((?:[a-z][a-z_]*:[A-Z][A-Za-z]*)(?:\s+[a-z][a-z_]*:[A-Z][A-Za-z]*)+)['\"`]"
)
"""A layout of search fields a description quotes: lower-case keys, each with a placeholder in capitals
after its colon, "'track:SongName artist:ArtistName'", "'from:Sender subject:Topic'"."""


@lru_cache(maxsize=4096)
def _field_layout(description: str) -> tuple[tuple[str, str], ...]:
    """The fields of the query layout a description quotes (`_FIELD_LAYOUT`), each as its key and its
    placeholder's words ("track:SongName" → ("track", "song name")); () for a description that quotes
    none. A placeholder is no value: a quoted example with values ("'track:Doxy artist:Miles Davis'") has
    a value of two words, which no layout of single placeholders writes."""
    match = _FIELD_LAYOUT.search(description)
    if match is None:
        return ()
    fields = []
    for pair in match.group(1).split():
        key, _, placeholder = pair.partition(":")
        fields.append((key, " ".join(lexicon.split_identifiers(placeholder).lower().split())))
    return tuple(fields)


_COLON = re.compile(r"(?<!\d):(?:[ \t]+|[ \t]*\n\s*)(?=\S)")
"""A colon that opens what follows: not in a time ("10:30") or an address ("https://"): followed by space."""
_TEXT_NAMES = TEXT | WRITTEN | PASSAGE | frozenset("answer feedback response".split())
_LANGUAGE = frozenset("language lang locale".split())
_TEXT_CUE = re.compile(r"\b(?:text|verbatim|written|word for word|sentence|passage|wording)\b", re.I)
"""Words of a description that calls its parameter a text to be taken as written."""


@lru_cache(maxsize=1024)
def _given_text(request: str) -> tuple[str, str] | None:
    """The introduction and the text a request gives after its one colon (see `_Job._given_text`), or None:
    the words before the colon must be two or more, those after it three or more, no second colon among them;
    a colon inside quotes is none ("Post 'Heads up: the office is closed Friday' to #general")."""
    request = request.replace("\\n", "\n")  # a line break pasted as its escape ("…question:\\n\\nThe text …")
    quoted = quoted_spans(request)  # "a note titled 'Q3 plan: hire 2 engineers'": the colon is the value's
    colons = [
        m
        for m in _COLON.finditer(request)
        if request[m.start() - 1 : m.start()] != " " and not any(a < m.start() < b for a, b in quoted)
    ]
    if len(colons) != 1:
        return None
    colon = colons[0]
    before = re.split(r"[.?!\n]\s", request[: colon.start()])[-1]
    after = re.sub(r"^\*+|\*+$", "", request[colon.end() :].strip()).strip()
    if len(after) >= 2 and after[0] in "'\"“‘" and after[-1] in "'\"”’":
        return None  # a quoted text: the rules for quoted values read it
    if len(re.findall(r"\w+", before)) < 2 or len(re.findall(r"\w+", after)) < 3:
        return None
    steps = _STEPS.match(after)
    if steps and _NEXT_STEP.search(after) and starts_ask(after[steps.end() :].lstrip(" ,")):
        return None  # "the following steps: first translate …, then translate …" lists asks, no text
    return before, after


_THIS_TIME = re.compile(
    r"\b(?:this time|instead)\b,?\s+(?:\w+ed\s+)?(?P<prep>in|at|on|with|by|into|using|under)\s+"
    r"(?:(?:an?|the)\s+)?(?P<object>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})",
    re.I,
)
"""A varied object after "this time"/"instead" and a preposition ("but this time located in air")."""
_STEPS = re.compile(r"(?:first(?:ly)?|to begin(?: with)?|to start(?: with)?)\b", re.I)
_NEXT_STEP = re.compile(r"\b(?:then|second(?:ly)?|next|after that|afterwards|finally|lastly)\b", re.I)
"""Words that open and go on with a list of steps ("first …, then …", "firstly …; secondly …"): what a colon
opens so, its first step an ask (a verb before its object, `text.starts_ask`), is the asks themselves, in
order, no text handed over to a tool ("first the museum opens, then it closes" stays a text)."""


_REGION = frozenset("country nation state region county province continent".split())
"""Names of a place parameter for a larger place, one that holds towns and cities."""
_MOTION = frozenset(lexicon.root(w) for w in "velocity speed".split())
_COLON_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?[Mm]\.?)?")
"""A time of day written in figures with a colon ("09:00", "7:30 pm"); `values._CLOCK` also reads a bare
hour ("7 pm")."""
_CLOCK_ROOTS = frozenset(lexicon.root(w) for w in "time hour clock when start end alarm".split())
"""Words of a parameter that takes a time of day: a time said in words ("at noon") fills only such."""
_LABEL_ROOTS = frozenset(lexicon.root(w) for w in LABEL)
_LABEL_LINK = frozenset("- – — : = is as".split())
"""What may stand between a label word and its value: "content - water the ferns", "the title is …"."""
_COMMAND_ROOTS = frozenset(lexicon.root(w) for w in COMMAND)
_COMMAND_CUE = re.compile(r"\b(?:using|via|with|by running|run|execute|type)\s+(?=\S)", re.IGNORECASE)
_FLAG_OR_PATH = re.compile(r"(?:^|\s)(?:--?[A-Za-z]|[./~]?[\w.-]*/)")
_CONJUNCTIONS = frozenset("and but or so".split())
_WITH = frozenset("with including containing featuring plus".split())
_WITHOUT = frozenset("without excluding avoiding except minus".split())
"""Prepositions before a list's one item: "with mushrooms" adds it, "without bananas" leaves it out."""
_ARTICLES = frozenset("a an the some".split())
"""Determiners that may stand between such a preposition and its item ("with the mushrooms")."""
_RUN_END = frozenset(".!?;,()[]{}\"“”'‘’")
"""Punctuation that ends a labelled run ("My name is Ada, and …"): `_Job._run_end`."""
_START = frozenset(lexicon.root(w) for w in SOURCE | {"initial", "starting", "start"})
"""Roots of a parameter's words for where or when motion begins (`initial_velocity`, `start_speed`)."""
_AT_REST = re.compile(
    r"\b(?:(?:starts?|starting|begins?|beginning|released|releases?|falls?|falling)\s+)?(?:from|at)\s+rest\b"
    r"|\bfrom\s+(?:a\s+)?(?:standstill|stop)\b|\b(?:is|are|was|were|gets?|being)\s+dropped\b"
    r"|\bdrop(?:s|ped)?\s+(?:it\s+|them\s+)?from\b|\bif\s+dropped\b|\bdropped\s+(?:from|off)\b",
    re.I,
)
"""How physics says a body starts still: "from rest", "at rest", "from a standstill", "dropped from"."""
_UNITS_OF_TIME = "second|minute|hour|day|week|month|year|decade|century"
_RATE_IN_WORDS = re.compile(
    rf"\b(?:(?P<every>every|each)\s+(?:(?P<count>\d+(?:\.\d+)?|[a-z]+)\s+)?"
    rf"|(?P<times>once|twice|thrice|(?:\d+(?:\.\d+)?|[a-z]+)\s+times)\s+(?:a|an|per|each|every)\s+)"
    rf"(?P<unit>(?:{_UNITS_OF_TIME})s?)\b",
    re.I,
)
"""A rate said in words: "every hour", "every 2 hours", "twice a day", "three times per week"."""
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_FREQUENCY = re.compile(
    r"\b(?:hourly|daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|semi-?annually|bi-?annually"
    r"|annually|yearly)\b",
    re.I,
)
"""Adverbs of frequency: once every period they name ("compounded monthly", "paid quarterly")."""
_FREQUENCY_PERIOD = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "biweekly": "fortnight",
    "fortnightly": "fortnight",
    "monthly": "month",
    "quarterly": "quarter",
    "semiannually": "half",
    "biannually": "half",
    "annually": "year",
    "yearly": "year",
}
_PERIODS_IN_YEAR = {
    "hour": 8760,
    "day": 365,
    "week": 52,
    "fortnight": 26,
    "month": 12,
    "quarter": 4,
    "half": 2,
    "year": 1,
}
"""How many of each period a year holds, by the conventions of interest and pay (52 weeks, 365 days)."""
_OBJECT_WORDS = 3
"""How many words of a verb's object may stand between it and an adverb of frequency that says how often
its act happens ("compounds the interest quarterly")."""
_PER_PERIOD = re.compile(r"\bper (?:unit (?:of )?time|time period|period|compounding period)\b", re.I)
_CALENDAR_WORD = re.compile(r"\b(year|month|week|day|quarter)s?\b", re.I)


def _periods_in(period: str, span: str) -> int:
    """How many `period`s fill one `span` (12 months a year, 7 days a week), 0 when not a whole number."""
    fixed = {"hour": 1, "day": 24, "week": 168, "fortnight": 336}
    if period in fixed and span in fixed:
        count = fixed[span] / fixed[period]
    else:
        count = _PERIODS_IN_YEAR[period] and _PERIODS_IN_YEAR[period] / _PERIODS_IN_YEAR[span]
    return int(count) if count >= 1 and float(count).is_integer() else 0


def _amount(word: str) -> float:
    """A count written in digits or words ("2", "2.5", "three", "twice"), or 0."""
    if word[:1].isdigit():
        return float(word) if word.replace(".", "", 1).isdigit() else 0
    return _TIMES.get(word.lower()) or lexicon.number_word(word) or 0


ALL_OF_THEM = re.compile(r"\b(?:these|those|both|each|all of them|every one|them all)\b", re.I)
"""Words by which a clause refers back to every value of an earlier series ("in these years")."""

ASKED_AGAIN = re.compile(
    r"\b(?:same|another|again|likewise|as well|instead|repeat(?:ed)?|too|once more)\b", re.I
)
"""Words by which a clause asks the earlier ask again ("do the same for …"): it asks it of every value the
earlier ask named ("samples 'S1' and 'S2' for nitrogen, then repeat the analysis for phosphorus" asks of
both samples)."""


_NOT_READ = frozenset({"default", "forced", "context", "as before", "labelled", "this time"})
"""Rules whose value is not read from the request's words (a schema default, an earlier call's value):
`leftovers.no_evidence` does not judge them."""


def fill(
    schema: dict[str, Any],
    clause: str,
    context: list[str] | None = None,
    *,
    request: str = "",
    description: str = "",
    correction: str = "",
    forced: bool = False,
    tool_words: frozenset[str] = frozenset(),
    tool_name: str = "",
    inherited: dict[str, Any] | None = None,
    on_missing: Callable[[str], None] | None = None,
) -> list[Filled] | None:
    """The calls `clause` asks of a tool with input `schema` (one, or several by fan-out), or None.

    None means a required value is missing; `on_missing`, if given, hears which parameter's. `context` holds earlier results of the clause's tools;
    `request` the whole user message; `description` the tool's description; `tool_words` the roots
    of the tool's name and description (not values); `correction` the previous attempt's error;
    `inherited` the arguments of the call this clause varies ("do the same for …"), which stand for
    every value the clause does not restate.
    """
    reading = durations_apart(read(clause), list(schema.get("properties", {})))
    job = _Job(schema, reading, list(context or []), request or clause, description, correction, tool_words)
    job.inherited = dict(inherited or {})
    job.name_roots = frozenset(roots_of(tool_name))
    job.tool_name = tool_name
    try:
        first = job.object(schema, forced=forced)
    except Unfillable as missing:
        if on_missing is not None:
            on_missing(str(missing.args[0]))
        return None
    made = job.fan_out(first)
    if len(made) == 1 and len(job.rolls) > 1:
        made = [made[0]] + [
            Filled({**made[0].values, **roll}, made[0].arguments, "one call per roll written")
            for roll in job.rolls[1:]
        ]
    calls = [call for call in (_held_to_schema(c, schema, forced) for c in made) if call is not None]
    if not calls:  # every call would break the schema: ask for the value instead (rule 4)
        if on_missing is not None:
            properties = schema.get("properties") or {}
            on_missing(
                next(
                    (
                        name
                        for name in schema.get("required") or []
                        if name not in made[0].values
                        or not valid(made[0].values[name], properties.get(name, {}), schema)
                        or not addressable(name, made[0].values[name])
                    ),
                    "",
                )
            )
        return None
    return calls


def _held_to_schema(call: Filled, schema: dict[str, Any], forced: bool = False) -> Filled | None:
    """The call with every optional value that breaks its schema left out, or None when a required one
    does ("[93]" for a list of two at least, a series member of another type; words that are no address
    for a `url`, unless the call is `forced`): a careful caller sends no call the tool would reject.
    Values a fan-out or an earlier call gave are held here, after filling."""
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    broken = {
        name
        for name, value in call.values.items()
        if name in properties
        and not (valid(value, properties[name], schema) and (forced or addressable(name, value)))
    }
    if broken & required:
        return None
    if broken:
        call = replace(
            call,
            values={k: v for k, v in call.values.items() if k not in broken},
            arguments=[a for a in call.arguments if a.name not in broken],
        )
    return call if valid(call.values, schema, schema) else None


def has_arithmetic(clause: str) -> bool:
    """Whether the clause asks for a calculation (an operator between numbers, or "N % of")."""
    reading = read(clause)
    numeric = re.compile(r"\d(?:\.\d+)?\s*(?:\*\*|[-+*/^×÷])\s*\(?\s*-?\d")
    return any(m.kind == "formula" and numeric.search(m.value) for m in reading.mentions) or bool(
        percent_of(clause)
    )


_TWO_OPERANDS = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*([-+*/^])\s*(-?\d+(?:\.\d+)?)\s*")
"""A formula of two numbers and one operator between them ("3 ^ 5", "17 * 23")."""
_DICE = re.compile(r"([1-9]\d*)[dD]([1-9]\d*)")
"""Dice as tabletop games write them: "3d6" is three dice of six faces each (`_Job._operands`)."""
_DICE_WORDS = frozenset({"dice", "die"})


def _as_type(parameter: Parameter, written: str) -> int | float:
    """A number as written, whole for an integer parameter."""
    number = float(written)
    return int(number) if parameter.type == "integer" and number.is_integer() else number


_DEFAULT_DAY = re.compile(rf"\bdefaults?\b[^.;]*?\b({'|'.join(sorted(set(DAY_WORDS.values())))})\b", re.I)


def _said_default(value: Any, description: str) -> bool:
    """Whether an optional value only names, by a relative day, the day the description says it defaults
    to ("tonight" for "date … defaults to today"): the default already means it, and the word is no
    date in the layout the parameter asks for, so a careful caller leaves it out."""
    default = _DEFAULT_DAY.search(description)
    day = DAY_WORDS.get(str(value).strip().lower()) if isinstance(value, str) else None
    return bool(default and day and day == default.group(1).lower())


_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of each\b", re.I)
"""A list's words for the count of each thing another list names (`_Job._counted_items`)."""
_BRAND = frozenset({"brand", "make", "manufacturer", "maker"})
_MODEL = frozenset({"model"})
_IDENTIFIER_ROOTS = frozenset(lexicon.root(w) for w in IDENTIFIER)
"""The roots of the words for a code ("id", "sku", "ref"), computed once."""
_NAMING_ROOTS = _IDENTIFIER_ROOTS | {lexicon.root(w) for w in NAME}
"""The roots of the words that say a parameter holds a name or a code of its noun ("name", "title", "id")."""

_NEGATIVE_IS = re.compile(
    r"\bnegative(?:\s+values?|\s+numbers?)?\s+(?:is|are|means|for|=)\s+(?:an?\s+|the\s+)?(\w+)", re.I
)
"""A description's word for the negative sign: "positive is up, negative is down", "negative for west",
"negative for a loss"."""

_DOWNWARD = frozenset(
    {"loss", "lose", "lost", "decrease", "fall", "fell", "drop", "decline", "deficit", "debit", "withdrawal"}
    | {"reduction", "shortfall", "down"}
)
"""English words for a change downward or an amount on the losing side ("a loss of", "fell by", "a drop
of", "down by"): said right by the amount of a signed quantity, they are its minus sign."""

_UPWARD = frozenset({"gain", "profit", "increase", "rise", "growth", "surplus", "credit", "deposit", "up"})
"""Their counterparts upward: a quantity named by one of each ("profit or loss") is signed; one named by a
downward word alone ("efficiency reduction", "weight loss") is a size of that change, and stays positive."""


def _signed_by_name(parameter: Parameter) -> bool:
    """Whether a number parameter holds a signed change by its own words: its name or description names
    the change both ways ("profit or loss", `gain_loss`, "the rise or fall in degrees", "increase or
    decrease"), one an `_UPWARD` word and the other a `_DOWNWARD` one. Such a value is written as a plain amount with the
    direction in words beside it ("a loss of $1000", "fell by 2 degrees"), and the downward word is its
    minus sign, as a description's "negative for a loss" says outright."""
    words = re.findall(r"[a-z]+", f"{parameter.name.replace('_', ' ')} {parameter.description}".lower())
    pairs = [(a, b) for a, j, b in zip(words, words[1:], words[2:], strict=False) if j in ("or", "and")]
    named = parameter.name.lower().split("_")
    if len(named) == 2:
        pairs.append((named[0], named[1]))  # `gain_loss`
    return any({a, b} & _UPWARD and {a, b} & _DOWNWARD for a, b in pairs)


_PLACE_IN_LIST = frozenset({"index", "position", "idx", "rank"})
"""Name words of a parameter that holds a thing's place in a list."""
_ZERO_BASED = re.compile(
    r"\b(?:zero|0)[- ]based\b|\b(?:start(?:s|ing)?|count(?:ed|ing)?)\s+(?:at|from)\s+(?:0|zero)\b", re.I
)
"""A description that counts places from 0 ("The zero-based index", "positions starting at 0")."""

_TOP = frozenset("max maximum highest most largest".split())
_BOTTOM = frozenset("min minimum lowest fewest smallest".split())
"""Words that ask a number at the top or the bottom of its allowed range ("the max page size")."""
_DESCRIBED_RANGE = re.compile(
    r"\b(?:between|from|range of|within the range of|in the range)\s+(-?\d+(?:\.\d+)?)\s+(?:and|to|-)\s+(-?\d+(?:\.\d+)?)\b"
    r"|\b(-?\d+(?:\.\d+)?)\s*(?:-|to)\s*(-?\d+(?:\.\d+)?)\b",
    re.I,
)
_DESCRIBED_TOP = re.compile(
    r"\b(?:up to|at most|maximum(?: of| is)?|max(?: of| is)?)\s+(\d+(?:\.\d+)?)\b", re.I
)


def _range_bound(parameter: Parameter, top: bool) -> float | int | None:
    """The top (or bottom) of the values a number parameter allows: its schema's `maximum`/`minimum`,
    else a range its description writes ("Must be between 3 and 100", "from 1 to 5"), else for the top
    "up to 50", "maximum 100". None when none is stated."""
    spec = parameter.spec
    if (stated := spec.get("maximum" if top else "minimum")) is not None:
        return stated
    description = parameter.description
    ranged = _DESCRIBED_RANGE.search(description)
    if ranged:
        low, high = [float(g) for g in ranged.groups() if g is not None]
        value = high if top else low
    elif top and (said := _DESCRIBED_TOP.search(description)):
        value = float(said.group(1))
    else:
        return None
    return int(value) if parameter.type == "integer" or value.is_integer() else value


_CALENDAR_ROOTS = frozenset(lexicon.root(w) for w in ("year", "date", "season", "decade"))


def _takes_calendar_year(parameter: Parameter) -> bool:
    """Whether a number parameter takes a year said as a point of the calendar ("in 2020"): its name or
    description speaks of a year or a date (`year`, `year1`, "The season's starting year") and it is no
    count of years ("Number of years"), no amount of money and no measure in a unit ("in dollars", "in
    seconds"). A year sets when the other values hold; it is none of them."""
    return (
        bool(parameter.all_roots & _CALENDAR_ROOTS)
        and not parameter.counts("years")
        and not parameter.measures
        and not parameter.holds_money
    )


def _years_spanned(parameter: Parameter, mention: Mention) -> int | None:
    """For a parameter that counts years ("Number of years", `years`), a range of calendar years ("between
    2010 and 2020", "from 1990 to 2000") is the span it gives: its length from its first end (10), nothing
    from its second; None for any other value or parameter. A count of years is no year."""
    ends = mention.attributes.get("range")
    if mention.kind != "number" or not ends or parameter.kind != "number" or not parameter.counts("years"):
        return None
    low, high = ends
    if not (1000 <= low < high <= 2999):
        return None
    return high - low if mention.value == low else 0


@dataclass
class _Job(OptionRules, OrderRules, Leftovers, FanOut):
    root: dict[str, Any]
    reading: Reading
    context: list[str]
    request: str
    description: str
    correction: str
    tool_words: frozenset[str]
    used: set[int] = field(default_factory=set)
    """Mentions (by index) that went to a parameter."""
    placed: dict[str, int] = field(default_factory=dict)
    """Parameter name → the mention it took (for fan-out)."""
    inherited: dict[str, Any] = field(default_factory=dict)
    name_roots: frozenset[str] = frozenset()
    """Roots of the tool's name: a mention made only of them names the tool, it is no value."""
    tool_name: str = ""
    time_parts: dict[int, set[str]] = field(default_factory=dict)
    """Time mentions (by index) whose hour or minutes went to a parameter already."""
    enum_series: dict[str, list[Any]] = field(default_factory=dict)
    """Enum parameters for which the clause names several options joined by "and"/"or"."""
    rows: set[str] = field(default_factory=set)
    """Series that came from the rows of earlier calls: they vary together, call by call."""
    rolls: list[dict[str, Any]] = field(default_factory=list)
    """The values of each dice roll the clause writes ("2d6 … and 1d20 …"): one call each (`_operands`)."""
    depth: int = 0
    consumed: set[int] = field(default_factory=set)
    """Token positions an option or an example already stood for ("vegan"): no other parameter's value."""
    _all: list[Parameter] = field(default_factory=list)
    """The parameters of the object being filled (`object`): a value for one is weighed against its
    siblings (another's name, label or kind); none before the first object is filled."""
    open_object: bool = False
    """Filling a required object whose schema marks none of its properties required ("budget" with
    `min`, `max`): the caller needs it, so any of its properties takes a value on the evidence a required
    one needs; which of them the clause states is for the clause to say."""

    # -- objects ---------------------------------------------------------------------------------

    def object(self, spec: dict[str, Any], *, forced: bool, prefix: str = "") -> Filled:
        spec = resolve(spec, self.root)
        properties = {
            n: resolve(p, self.root) for n, p in (spec.get("properties") or {}).items() if isinstance(p, dict)
        }
        required = [n for n in spec.get("required", []) if n in properties]
        descriptions = {n: str(p.get("description", "")) for n, p in properties.items()}
        parameters = [
            Parameter.shared(
                name,
                prop,
                name in required,
                [d for other, d in descriptions.items() if other != name] + [self.description],
            )
            for name, prop in properties.items()
        ]
        chosen: dict[str, Argument] = {}
        self._all = parameters
        self._claim_options(parameters)
        for parameter in parameters:
            special = self._special(parameter, forced)
            if special is not None:
                chosen[parameter.name] = special
        self._counted_items([p for p in parameters if p.name not in chosen], chosen)
        self._assign([p for p in parameters if p.name not in chosen], chosen)
        self._by_position([p for p in parameters if p.required and p.name not in chosen], chosen)
        self._operands([p for p in parameters if p.name not in chosen], chosen)
        self._gather_numbers(parameters, chosen)
        self._brand_and_model(parameters, chosen)
        top = self.depth == 0
        for name, value in self.inherited.items():
            if top and isinstance(value, Labelled) and name in properties:
                # the words the ask gave it stay taken: "Rename 'Alpha' to 'Beta'. Its ID is 77": no 'Alpha'
                said, note = value.value, "labelled by a statement after the ask"
                if isinstance(
                    said, Several
                ):  # options said once after every item (`plan._said_of_every_item`)
                    self.enum_series[name] = list(said.values)
                    said, note = said.values[0], "each option said after the last item, for every item"
                chosen[name] = Argument(name, said, "labelled", 2.0, note)
        if top:
            chosen.update(self._same_again(chosen))
        crossed = top and self._crossed(chosen)
        for parameter in parameters:
            if parameter.name in chosen:
                continue
            if top and parameter.name in self.inherited:
                value = self.inherited[parameter.name]
                note = "kept from the call this one varies"
                varied = self._this_time(value) if isinstance(value, str) else None
                if varied is not None:
                    chosen[parameter.name] = Argument(
                        parameter.name,
                        varied,
                        "this time",
                        1.5,
                        f"“{varied}” this time, in place of “{value}”",
                    )
                    continue
                if isinstance(value, Several):
                    if (
                        ALL_OF_THEM.search(self.reading.text) or ASKED_AGAIN.search(self.reading.text)
                    ) and not self._names_an_earlier_item(chosen):
                        self.enum_series[parameter.name] = list(value.values)
                        self.rows.add(parameter.name)
                        note = "each value the earlier calls had, which the clause refers back to"
                    elif crossed:
                        self.enum_series[parameter.name] = list(value.values)
                        note = "each value of the earlier series, which this set does not restate"
                    value = value.values[0]
                chosen[parameter.name] = Argument(parameter.name, value, "as before", 1.0, note)
                continue
            late = self._late(parameter, chosen, forced)
            if late is not None:
                chosen[parameter.name] = late
            elif parameter.required:
                raise Unfillable(parameter.name)
        ordered = []
        for parameter in parameters:
            argument = chosen.get(parameter.name)
            if argument is None:
                continue
            argument = conform(argument, parameter.spec, self.root)
            if isinstance(argument.value, str) and (named := self._named_earlier(argument.value)):
                argument = replace(argument, value=named, evidence=f"“the {argument.value}” named earlier")
            if (
                isinstance(argument.value, str)
                and lexicon.root("country") in parameter.name_roots
                and not parameter.spec.get("enum")
                and (country := lexicon.country_of(argument.value))
            ):  # "German history" asks of Germany: a country parameter takes the country, not its adjective
                argument = replace(argument, value=country)
            if (
                parameter.required
                and not forced
                and isinstance(argument.value, str)
                and argument.rule not in _NOT_READ
                and no_evidence(parameter, argument.value, self.reading, self.request)
            ):
                raise Unfillable(parameter.name)  # a stray word is no value: ask for it (rule 9)
            if not valid(argument.value, parameter.spec, self.root):
                if not parameter.required:
                    continue
                if not forced:
                    raise Unfillable(parameter.name)
                argument = Argument(
                    parameter.name, self._fallback(parameter.spec), "forced", 0.0, "a valid placeholder"
                )
            if not parameter.required and _said_default(argument.value, parameter.description):
                continue
            ordered.append(argument)
        return Filled({a.name: a.value for a in ordered}, ordered)

    def _same_again(self, chosen: dict[str, Argument]) -> dict[str, Argument]:
        """Inherited values the clause asks to keep by "the same <word of its name>" ("the price of the same
        game on 'Xbox'", after the news of 'Elden Ring'): the words point back at the value the ask before
        gave, so a value the clause states (here the platform) fills that parameter no more."""
        kept = {}
        for name in self._kept(self.reading.text):
            value = self.inherited.get(name)
            if (
                value is None
                or isinstance(value, (Several, Labelled))
                or name in chosen
                and chosen[name].value == value
            ):
                continue
            kept[name] = Argument(name, value, "as before", 2.0, "“the same …” keeps the earlier value")
        return kept

    def _operands(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """The two numbers of one operation written out ("raise 3 to the power of 5", "17 * 23") for a
        tool whose two required numeric parameters are left to fill and that takes no expression: they are its
        operands, the left number the first parameter's and the right one the second's, in the order the
        tool lists them — as English writes a power base first, a division dividend first. The numbers
        stand inside the formula, so no number of the clause stands for them otherwise. So does the one
        written roll of a tool for dice, "roll 3d6": the number of dice, then their faces (`_DICE`)."""
        numeric = [
            p for p in parameters if p.required and p.type in ("integer", "number") and not p.spec.get("enum")
        ]
        if len(numeric) != 2 or any(p.kind == "expression" for p in self._all):
            return
        formulas = [m for m in self.reading.mentions if m.kind == "formula"]
        if not formulas and {lexicon.root(w) for w in _DICE_WORDS} & self.tool_words:
            codes = [m for m in self.reading.mentions if m.kind == "identifier"]
            rolls = [two for m in codes if (two := _DICE.fullmatch(str(m.value)))]
            if not rolls or len(rolls) != len(codes):
                return
            formulas = codes
            written = (rolls[0].group(1), rolls[0].group(2))
            # "2d6 …, 1d20 … and 4d8 …": one call per roll written (`fill`)
            self.rolls = [
                {p.name: _as_type(p, n) for p, n in zip(numeric, r.groups(), strict=True)} for r in rolls
            ]
        else:
            two = _TWO_OPERANDS.fullmatch(str(formulas[0].value)) if len(formulas) == 1 else None
            written = (two.group(1), two.group(3)) if two else None
        if written is None:
            return
        for parameter, operand in zip(numeric, written, strict=True):
            value = _as_type(parameter, operand)
            chosen[parameter.name] = Argument(
                parameter.name, value, "operand", 1.5, f"an operand of “{formulas[0].text}”"
            )

    # -- parameters decided by their own rule -----------------------------------------------------

    def _special(self, parameter: Parameter, forced: bool) -> Argument | None:
        kind = parameter.kind
        spec = parameter.spec
        if "const" in spec:
            return Argument(parameter.name, spec["const"], "const", 1.0, "the schema's const")
        if kind == "enum" and (written := _written_flag(parameter)) is not None:
            return self._flag_as_text(parameter, written) or self._enum(parameter)
        if kind == "enum":
            return self._enum(parameter)
        if kind == "boolean":
            return self._boolean(parameter)
        if kind == "sql":
            query = sql.write(
                self.reading.text, f"{self.description} {parameter.description}", self.correction
            )
            if query is None:
                return None
            note = "the tables the tool lists" + (", corrected by the error" if self.correction else "")
            return Argument(parameter.name, query, "sql", 1.0, note)
        if kind == "expression":
            return self._expression(parameter)
        if kind == "number" and (place := self._ordinal_place(parameter)) is not None:
            return place
        if kind == "number" and (extreme := self._extreme_asked(parameter)) is not None:
            return extreme
        if kind == "object":
            return self._nested(parameter, forced) or self._written_mapping(parameter)
        if kind == "list" and "enum" in parameter.item:
            return self._enum_list(parameter)
        if kind in ("string", "date") and (span := self._range_as_one(parameter)) is not None:
            return span
        if kind in ("string", "text") and (keys := _json_keys(parameter.description)):
            return self._json_string(parameter, keys, forced)
        if kind in ("string", "text") and (fields := _field_layout(parameter.description)):
            return self._fielded_query(parameter, fields, forced)
        if kind in ("string", "text") and (given := self._given_text(parameter)) is not None:
            return given
        if kind in ("string", "text") and parameter.named(PURPOSE) and (said := self._purpose(parameter)):
            return said
        if kind in ("string", "text") and (labelled := self._labelled(parameter)) is not None:
            return labelled
        if kind in ("string", "text") and parameter.named(SOUGHT) and (called := self._called(parameter)):
            return called
        if kind in ("string", "text") and (called := self._called(parameter, kind_noun=True)) is not None:
            return called
        if kind in ("string", "text") and (command := self._command(parameter)) is not None:
            return command
        if kind == "string" and lexicon.root("unit") in {lexicon.root(w) for w in parameter.name_words}:
            return self._unit(parameter)
        if (
            kind == "string"
            and len(parameter.options) >= 2
            and (code := self._language_code(parameter, parameter.options)) is not None
        ):  # the codes a description lists as the only choices ("one of 'en', 'fr', 'pt'") are an enum's
            return code
        if kind == "string" and parameter.example_measure:
            return self._amount_as_written(parameter)
        if (
            kind == "string"
            and len(parameter.options) >= 2
            and (chosen := self._enum(parameter, parameter.options))
        ):  # choices the description lists in prose ("Size: small, medium or large") are read as an enum's
            return chosen
        if kind == "string" and parameter.examples and (example := self._example_word(parameter)):
            return example
        if kind == "string" and not parameter.options and (colour := self._colour_word(parameter)):
            return colour
        if (
            kind == "string"
            and parameter.examples
            and not (set(parameter.name_words) <= KIND and kind_of_noun(parameter.description))
        ):
            return None  # a bare `type`/`kind` may still take the word before the noun its description names
        if kind == "string" and parameter.named(KIND | GENRE):
            return self._kind_word(parameter)
        if kind == "number":
            return self._none_of(parameter) or self._at_rest(parameter) or self._rate_in_words(parameter)
        return None

    def _json_string(self, parameter: Parameter, keys: tuple[str, ...], forced: bool) -> Argument | None:
        """A string its description calls a JSON object or a dictionary and whose keys it names ("A JSON
        object of preferences such as style, color scheme and budget"): the object those keys make, each
        filled from the clause as a string property of that name would be, written as JSON. The keys are
        the description's; the values the request's — not the one word a plain string would take."""
        properties = {"_".join(key.split()): {"type": "string", "description": f"The {key}."} for key in keys}
        inner = self._nested(
            Parameter(parameter.name, {"type": "object", "properties": properties}, True), forced
        )
        found = dict(inner.value) if inner is not None else {}
        # JSON types no value: a key the clause gives a number ("a budget of 2000") holds that number
        rest = {
            k: {"type": "number", "description": p["description"]}
            for k, p in properties.items()
            if k not in found
        }
        if rest and (
            numbers := self._nested(
                Parameter(parameter.name, {"type": "object", "properties": rest}, False), False
            )
        ):
            found.update({k: int(v) if float(v).is_integer() else v for k, v in numbers.value.items()})
        if not found:
            return None
        value = json.dumps({k: found[k] for k in properties if k in found}, ensure_ascii=False)
        return Argument(parameter.name, value, "json", 1.0, f"a JSON object of {', '.join(keys)}")

    def _fielded_query(
        self, parameter: Parameter, fields: tuple[tuple[str, str], ...], forced: bool
    ) -> Argument | None:
        """A search string its description lays out in fields ("in the format 'track:SongName
        artist:ArtistName'", `_field_layout`): each field filled from the clause as a string property of
        that name would be (the placeholder's words say what it holds: "song name"), written in the layout's
        order as `key:value`, a field the clause gives no value for left out. Search syntaxes are written so
        (a mail client's "from:Lee subject:invoice"); the plain words of the ask ("it", "at volume 70") are
        no value of the query, and the title alone drops the artist the request names. None when no field
        takes a value: the string is then read as any other."""
        properties = {
            key: {"type": "string", "description": f"The {key.replace('_', ' ')}, the {words}."}
            for key, words in fields
        }
        inner = self._nested(
            Parameter(parameter.name, {"type": "object", "properties": properties}, True), forced
        )
        found = {k: str(v) for k, v in (inner.value if inner is not None else {}).items() if str(v).strip()}
        if not found:
            return None
        value = " ".join(f"{key}:{found[key]}" for key, _ in fields if key in found)
        layout = " ".join(f"{key}:…" for key, _ in fields)
        return Argument(parameter.name, value, "layout", 1.0, f"the fields of its layout, {layout}")

    def _range_as_one(self, parameter: Parameter) -> Argument | None:
        """Both ends of a range ("from 2023-10-01 to 2023-10-07", "between 2019 and 2022") as one value of a
        string parameter that holds a range: its name says so (`date_range`, `period`, `time_window`) or its
        description writes the layout of two ends ("YYYY-MM-DD to YYYY-MM-DD", "'start,end'", "YYYY-YYYY").
        Such a parameter is one value with two parts, so the two ends make one call, joined as the layout
        joins them (" to " when it gives none), each end written in the layout's format; two calls, one per
        end, would each ask for a range of one day."""
        layout = _TWO_ENDS.search(parameter.description)
        if layout is None and not parameter.name_roots & _RANGE_ROOTS:
            return None
        if range_end(parameter):
            return None  # `start_date`, `max_price`: one end of a range, not both
        separator = (layout.group("sep") or layout.group("sep2")) if layout else " to "
        if separator.strip().isalpha():
            separator = f" {separator.strip()} "
        tokens = self.reading.tokens
        mentions = self.reading.mentions
        for k, (a, b) in enumerate(itertools.pairwise(mentions)):
            if k in self.used or k + 1 in self.used or a.kind != b.kind or a.kind not in ("date", "number"):
                continue
            between = [t.lower for t in tokens[a.last : b.first]]
            before = tokens[a.first - 1].lower if a.first else ""
            if a.kind == "number":
                ends = a.attributes.get("range")
                if not ends or ends != b.attributes.get("range") or not all(1000 <= e <= 2999 for e in ends):
                    continue
                written = [str(int(a.value)), str(int(b.value))]
            elif between in (["to"], ["until"], ["till"], ["through"], ["-"], ["–"]) or (
                between == ["and"] and before == "between"
            ):
                written = [date_value(a, parameter), date_value(b, parameter)]
            else:
                continue
            self.used.update((k, k + 1))
            self.placed[parameter.name] = k
            value = separator.join(written)
            return Argument(parameter.name, value, "range", 2.0, f"“{a.text} … {b.text}”: a range, one value")
        return None

    def _amount_as_written(self, parameter: Parameter) -> Argument | None:
        """A string whose examples are amounts with their units ("Distance with unit, e.g. '5 km'") takes
        the first amount the clause writes in a unit of that measure, number and unit as written ("a 10 km
        run" → "10 km", "a 2.5-mile walk" → "2.5 mile"), not the unit or the words around it."""
        for index, mention in enumerate(self.reading.mentions):
            if (
                mention.kind == "number"
                and index not in self.used
                and mention.unit
                and measure_of(mention.unit) == parameter.example_measure
            ):
                written = re.sub(r"(?<=\d)-(?=[^\W\d])", " ", mention.text)
                self.used.add(index)
                self.placed[parameter.name] = index
                return Argument(
                    parameter.name, written, "amount", 2.0, f"“{mention.text}”: an amount as its examples are"
                )
        return None

    def _labelled(self, parameter: Parameter) -> Argument | None:
        """The words after the parameter's own label word (of its name, or of its description only when no
        other parameter has it), unquoted, for a parameter that holds a short written text or a name
        (`LABEL`): "with the label Pizza in oven", "titled VPN drops every hour",
        "with content - water the ferns" — the value is the whole run to the phrase's end (a comma or a
        sentence's end), not its first word. The run stops before a function word whose next value
        another parameter takes ("… labelled Tea for 5 minutes"); it must open on a content word or a
        capital, so "the title of …", "the note to …" label nothing; one word is left to the rules for
        one value."""
        tokens = self.reading.tokens
        others = [p for p in self._all if p.name != parameter.name]
        described = parameter.all_roots & _LABEL_ROOTS  # "The label to give the alarm" for `alarm_name`
        roots = (parameter.name_roots & _LABEL_ROOTS) | {
            r for r in described if not any(r in other.all_roots for other in others)
        }
        if not roots:
            return None
        for i, token in enumerate(tokens[:-1]):
            if token.kind != "word" or lexicon.root(token.lower) not in roots:
                continue
            held = self.reading.at(i)
            if held is not None and held.kind in ("quoted", "name"):
                continue
            if self._called_for_another(parameter, i):
                continue  # "the album named Quiet Harbour": the album's name, not an `artist`'s "name"
            j = i + 1
            while (
                j < len(tokens)
                and tokens[j].kind == "word"
                and lexicon.root(tokens[j].text) in parameter.name_roots
            ):
                j += 1  # "Body text: …" for `BodyText`: the label's other words are no part of the value
            while j < len(tokens) and tokens[j].lower in _LABEL_LINK:
                j += 1
            if j >= len(tokens) or tokens[j].kind != "word" or not self._opens_run(tokens[j].text):
                continue
            start = self.reading.at(j)
            if start is not None and start.kind not in ("name", "phrase"):
                continue
            end = self._run_end(parameter, j)
            while end > j + 1 and lexicon.is_function_word(tokens[end - 1].lower):
                end -= 1  # no trailing "for", "at", "please"
            if end - j < 2 or any(
                m.kind == "quoted" and m.first < end and j < m.last for m in self.reading.mentions
            ):
                continue  # one word, or words quoted inside the run: the rules for one value read them
            self._use_within(tokens[j].start, tokens[end - 1].end)
            value = self.reading.text[tokens[j].start : tokens[end - 1].end]
            return Argument(parameter.name, value, "labelled", 2.0, f"the words after “{token.text}”")
        return None

    def _called(self, parameter: Parameter, kind_noun: bool = False) -> Argument | None:
        """The name a request gives the thing it seeks, for a parameter of search words (`SOUGHT`): "a
        podcast called The Daily Stoic that my brother recommended" → "The Daily Stoic", "a board game
        called Ticket to Ride" → "Ticket to Ride". In English a naming participle ("called", "named",
        "titled") puts the thing's own name after it; the noun before it ("a podcast") says what kind of
        thing the tool searches, the clause after it ("that my brother recommended") why it is asked. The
        name opens on a capital and runs as a labelled value does (`_run_end`: to a comma, a relative
        pronoun or another parameter's phrase); a quoted name is left to the rules for quoted values.

        With `kind_noun`, for any parameter: the noun right before the participle is a word of the
        parameter's name ("the album called Quiet Harbour" for `album`, "the league named Western Shield"
        for `league`). The noun says what the name is the name of, so the name is that parameter's value
        whatever other parameter (an `artist`'s "full name") also speaks of names."""
        tokens = self.reading.tokens
        for i, token in enumerate(tokens[:-1]):
            j = i + 1
            if token.lower not in NAMING or tokens[j].kind != "word" or not tokens[j].text[:1].isupper():
                continue
            if kind_noun and (
                i == 0
                or tokens[i - 1].kind != "word"
                or lexicon.root(tokens[i - 1].text) not in parameter.name_roots
            ):
                continue
            end = self._run_end(parameter, j)
            while (
                end > j + 1
                and tokens[end - 1].text.islower()
                and lexicon.is_function_word(tokens[end - 1].lower)
            ):
                end -= 1  # no trailing "for", "at", "please"; a capitalised "Up" ends a title ("Counting Up")
            self._use_within(tokens[j].start, tokens[end - 1].end)
            value = self.reading.text[tokens[j].start : tokens[end - 1].end]
            return Argument(parameter.name, value, "called", 2.0, f"the name after “{token.text}”")
        return None

    def _given_text(self, parameter: Parameter) -> Argument | None:
        """A text the request gives after a colon ("Translate this into Spanish: The museum opens at nine",
        "Here is what the tutor wrote back:" and the note on lines of its own) goes whole to the one
        parameter that holds a text (`_text_holder`): in English a colon after an introduction opens the
        thing introduced, so the words after it are the value, to the request's end, and the introduction
        is none of it. Only one colon, after two words or more and before three or more, not in a time or
        an address ("10:30", "https://") and not one of several "Key: value" lines; emphasis marks are no
        part of it, and a quoted text is left to the rules for quoted values. The clause asking must be
        the introduction or the text itself, not another ask of the request."""
        found = _given_text(self.request)
        if found is None or self._text_holder() != parameter.name:
            return None
        introduction, given = found

        def plain(text: str) -> str:
            return " ".join(re.findall(r"\w+", text.replace("\\n", " ")))

        if plain(self.reading.text) not in plain(f"{introduction} {given}"):
            return None  # another clause of the request: its text is no value of this one
        begin = self.reading.text.find(given[:24])
        if begin >= 0:
            self._use_within(begin, len(self.reading.text))
        value = clip(given, parameter.spec)
        return Argument(parameter.name, value, "given text", 3.0, "the text after the colon")

    def _this_time(self, kept: str) -> str | None:
        """The value a repeated ask says "this time" in place of one it keeps: after "this time" (or
        "instead"), a preposition said again with a new object ("… from the same charge, but this time in
        oil") puts that object where the earlier ask had its own after that preposition ("… in a vacuum"):
        English marks so what differs between two asks of one thing."""
        found = _THIS_TIME.search(self.reading.text)
        if found is None or not re.search(
            rf"\b{found.group('prep')}\s+(?:(?:an?|the)\s+)?{re.escape(kept)}\b", self.request, re.I
        ):
            return None
        words = []
        for word in found.group("object").split():
            if lexicon.is_function_word(word.lower()):
                break
            words.append(word)
        value = " ".join(words)
        return value if value and value.lower() != kept.lower() else None

    def _text_holder(self) -> str:
        """The parameter that holds a text: the first whose name is a text's (`TEXT`, `WRITTEN`, `PASSAGE`,
        an answer), else the first whose description calls it a text ("The feedback text, word for word",
        "as written", "verbatim"); never an identifier, a language or a value of another kind."""
        holders = [
            p
            for p in self._all
            if p.kind in ("string", "text")
            and not p.named(IDENTIFIER | _LANGUAGE)
            and not p.options
            and not p.examples
        ]
        for parameter in holders:
            if parameter.named(_TEXT_NAMES):
                return parameter.name
        for parameter in holders:
            if _TEXT_CUE.search(parameter.description) and not parameter.named(PLACE | NAME):
                return parameter.name
        return ""

    def _command(self, parameter: Parameter) -> Argument | None:
        """The command line a request writes, for a parameter named for a command (`COMMAND`): the words
        after the last "using", "via", "with", "run" … to the sentence's end, when they hold an option
        or a path ("check free disk space with df -h" → "df -h") or follow "using"/"via" ("list the
        folder using dir Desktop" → "dir Desktop") — not the clause that says what it is for."""
        if not parameter.name_roots & _COMMAND_ROOTS:
            return None
        text = self.reading.text
        for cue in reversed(list(_COMMAND_CUE.finditer(text))):
            run = re.split(r"[?!;]|\.(?:\s|$)", text[cue.end() :], maxsplit=1)[0].strip().rstrip(".,")
            inside = [m for m in self.reading.mentions if cue.end() <= m.start < cue.end() + len(run)]
            if any(m.kind == "quoted" for m in inside):
                return None  # a quoted command is read as quoted
            if not run or lexicon.is_function_word(run.split()[0].lower()):
                continue
            if _FLAG_OR_PATH.search(run) or cue.group(0).split()[0].lower() in ("using", "via"):
                self._use_within(cue.end(), cue.end() + len(run))
                return Argument(
                    parameter.name, run, "command", 2.0, f"the command after “{cue.group(0).strip()}”"
                )
        return None

    @staticmethod
    def _opens_run(word: str) -> bool:
        """A labelled value opens on a content word or a capitalised one, not on "of", "to", "the"."""
        return word[:1].isupper() or not lexicon.is_function_word(word.lower())

    def _run_end(self, parameter: Parameter, j: int) -> int:
        """Where a labelled run that begins at token `j` ends: at a comma or a sentence's end, or before a
        function word whose next value another parameter of the tool could take or is a series, or before a conjunction that
        opens a clause of its own ("My name is Ada and I want …"), or before a preposition whose noun (after
        an article) is the tool's own thing ("a team named Northside Rovers in the league" for
        `league_register_team`: the name ends where the request says where it goes), or before a
        preposition whose noun is a word of another parameter's name ("a contact named Jean-Luc O'Neill
        with the phone number …" beside `phone`, "a team named Northside Rovers with coach Ana Silva" beside
        `coach`: that phrase gives the other parameter's value, as a labelled value's own label does), or
        before a relative pronoun in lower case ("… called The Daily Stoic that my brother recommended")."""
        tokens = self.reading.tokens
        others = [p for p in self._all if p.name != parameter.name]
        taken = {i for other in others for _, i, *_ in self._candidates(other)}
        k = j + 1
        while k < len(tokens) and tokens[k].text not in _RUN_END:
            if tokens[k].text in RELATIVE:
                break  # "a podcast called The Daily Stoic that my brother …": a relative clause is no part
            if lexicon.is_function_word(tokens[k].lower) and k + 1 < len(tokens):
                if tokens[k].lower in _CONJUNCTIONS and lexicon.is_function_word(tokens[k + 1].lower):
                    break
                noun = k + 2 if tokens[k + 1].lower in _ARTICLES and k + 2 < len(tokens) else k + 1
                if (
                    tokens[k].lower not in _CONJUNCTIONS
                    and tokens[noun].kind == "word"
                    and lexicon.root(tokens[noun].text) in self.tool_words
                    and (noun + 1 == len(tokens) or tokens[noun + 1].text in _RUN_END)
                ):
                    break
                if (
                    tokens[k].lower not in _CONJUNCTIONS
                    and tokens[noun].kind == "word"
                    and any(lexicon.root(tokens[noun].text) in other.name_roots for other in others)
                ):
                    break  # "named Ana Lowe with the phone number …": the phrase of another parameter's word
                after = self.reading.at(k + 1)
                if after is not None and (
                    after.group is not None or self.reading.mentions.index(after) in taken
                ):
                    break
            k += 1
        return k

    def _stated(self, parameter: Parameter, *, measured: bool = True) -> bool:
        """Whether a written value is linked to the parameter by evidence an optional one needs, and to no
        other parameter as much: then a reading of the clause's words (at rest, every hour) gives way to it.
        With `measured` False, a value in a unit of a measure ("from 45 m", a distance) is none."""
        others = [p for p in self._all if p.name != parameter.name]
        for score, index, *_ in self._candidates(parameter):
            if score < OPTIONAL_EVIDENCE or (not measured and measure_of(self.reading.mentions[index].unit)):
                continue
            if not any(s >= score and i == index for other in others for s, i, *_ in self._candidates(other)):
                return True
        return False

    def _at_rest(self, parameter: Parameter) -> Argument | None:
        """0 for an initial velocity or speed when the clause says the body starts still: "dropped",
        "released", "from rest", "at rest", "from a standstill" — how physics states a start at 0."""
        roots = parameter.name_roots or parameter.all_roots
        if not (roots & _MOTION and parameter.all_roots & _START):
            return None
        said = _AT_REST.search(self.reading.text)
        if said is None or self._stated(parameter, measured=False):
            return None  # "dropped with a speed of 3 m/s": the written speed (not "from 45 m", a height)
        return Argument(parameter.name, 0, "at rest", 2.0, f"“{said.group(0)}”: it starts still")

    def _rate_in_words(self, parameter: Parameter) -> Argument | None:
        """A rate written in words, for a parameter that counts per a unit of time ("… per hour"): "every
        hour" is 1, "every 2 hours" 0.5, "twice a day" 2, "three times a week" 3 — per that unit."""
        if not parameter.per_roots or self._stated(parameter):
            return None
        for match in _RATE_IN_WORDS.finditer(self.reading.text):
            unit = match.group("unit")
            if lexicon.root(unit) not in parameter.per_roots:
                continue
            if match.group("every") is not None:  # "every 2 hours": once per 2 hours
                n = _amount(match.group("count")) if match.group("count") else 1
                value: float = 1 / n if n else 0
            else:  # "twice a day", "three times a week"
                value = _amount(match.group("times").split()[0])
            if not value:
                continue
            value = int(value) if float(value).is_integer() else round(value, 6)
            for index, mention in enumerate(self.reading.mentions):
                if mention.start < match.end() and match.start() < mention.end:
                    self.used.add(index)  # "every 2 hours": the 2 hours are the rate's, no duration
            return Argument(parameter.name, value, "rate", 2.0, f"“{match.group(0)}”: {value} per {unit}")
        return self._frequency_adverb(parameter)

    def _modifies_parameter(self, parameter: Parameter, match: re.Match[str]) -> bool:
        """Whether an adverb of frequency says how often the parameter's own action happens: it follows
        that verb, inflected ("compounded monthly", "paid weekly"), or comes before the parameter's noun
        ("monthly compounding") — not another verb's ("CO2 produced annually")."""
        words = re.findall(r"[A-Za-z]+", re.split(r"[,.;:!?]", self.reading.text[: match.start()])[-1])
        after = re.findall(r"[A-Za-z]+", self.reading.text[match.end() :])
        roots = parameter.all_roots
        for back, word in enumerate(reversed(words[-_OBJECT_WORDS - 1 :])):
            verb = word.lower()
            if lexicon.lemma(verb) != verb and "VERB" in lexicon.parts(verb):
                # "compounded monthly", and with the verb's object between, "compounds interest quarterly",
                # "bills the fee weekly": a verb of the parameter's or of the tool's own name ("compound"
                # of `compound_interest`), whose act the parameter counts per period
                return lexicon.root(verb) in roots | self.name_roots
            if back and lexicon.is_function_word(verb) and verb not in ("the", "a", "an", "its", "their"):
                break
        return (
            bool(after)
            and lexicon.root(after[0].lower()) in roots
            and "NOUN" in lexicon.parts(after[0].lower())
        )

    def _flag_as_text(self, parameter: Parameter, written: dict[bool, str]) -> Argument | None:
        """A yes/no setting whose options are the texts "True" and "False" (and perhaps "dontcare"), read
        as the flag it is ("a house with laundry service" → "True"), and written as its option."""
        spec = {k: v for k, v in parameter.spec.items() if k not in ("enum", "default")} | {"type": "boolean"}
        flag = Parameter.shared(parameter.name, spec, parameter.required, parameter.siblings)
        said = self._boolean(flag)
        if said is None or not isinstance(said.value, bool):
            return None
        return Argument(parameter.name, written[said.value], said.rule, said.score, said.evidence)

    def _purpose(self, parameter: Parameter) -> Argument | None:
        """What the thing is for, said as an infinitive after the ask ("set an alarm for 6:45 to go for a
        run", "send $40 to Tomas to pay him back", "… reminding me to stretch"; `mentions.purposes`), for a
        parameter that holds a purpose or reason. The values written inside it are its words, none of
        another parameter's."""
        found = purposes(self.reading.text)
        if not found:
            return None
        said, start, end = found[0]
        for index, mention in enumerate(self.reading.mentions):
            if mention.start < end and start < mention.end:
                self.used.add(index)
        return Argument(parameter.name, said, "purpose", 2.0, f"“{said}”: what it is for")

    def _frequency_adverb(self, parameter: Parameter) -> Argument | None:
        """A rate said by an adverb of frequency ("compounded monthly", "paid quarterly", "fed daily") for a
        parameter counted per a longer span: how many of the adverb's periods fill that span (monthly is 12
        a year, quarterly 4, daily 7 a week). A parameter counted "per unit time" or "per period" counts
        per the span another parameter of the tool is measured in ("Time in years")."""
        per = set(parameter.per_roots)
        if _PER_PERIOD.search(parameter.description):
            for other in self._all:
                said = _CALENDAR_WORD.search(f"{lexicon.split_identifiers(other.name)} {other.description}")
                if other.name != parameter.name and said:
                    per.add(lexicon.root(said.group(1).lower()))
                    break
        for match in _FREQUENCY.finditer(self.reading.text):
            if not self._modifies_parameter(parameter, match):
                continue
            period = _FREQUENCY_PERIOD[re.sub(r"[- ]", "", match.group(0).lower())]
            for unit in _PERIODS_IN_YEAR:
                if lexicon.root(unit) not in per:
                    continue
                value = _periods_in(period, unit)
                if value:
                    said = f"“{match.group(0)}”: {value} per {unit}"
                    return Argument(parameter.name, value, "rate", 2.0, said)
        return None

    def _none_of(self, parameter: Parameter) -> Argument | None:
        """0 for an amount the clause says there is none of ("without any braking", "no fee")."""
        tokens = self.reading.tokens
        for i, token in enumerate(tokens[:-1]):
            if token.lower not in ("without", "no", "zero"):
                continue
            j = i + 2 if tokens[i + 1].lower == "any" and i + 2 < len(tokens) else i + 1
            word = tokens[j]
            if word.kind == "word" and lexicon.root(word.text) in parameter.name_roots:
                return Argument(parameter.name, 0, "none", 2.0, f"“{token.text} … {word.text}”: none of it")
        return None

    def _written_mapping(self, parameter: Parameter) -> Argument | None:
        """A literal in braces that parses as a dictionary ("the grade dictionary {'Math': 85, 'Art': 89}")
        for an object parameter whose schema lists no properties: the braces write the object whole, keys
        and values, so it is the value as written — its quoted keys and numbers no values of their own."""
        if parameter.spec.get("properties"):
            return None
        tokens = self.reading.tokens
        for first, last, value in bracketed_literals(self.reading.text, tokens, "{", "}"):
            if isinstance(value, dict) and value:
                self.consumed.update(range(first, last))
                return Argument(parameter.name, value, "mapping", 2.0, "a dictionary written in braces")
        return None

    def _nested(self, parameter: Parameter, forced: bool) -> Argument | None:
        if not parameter.spec.get("properties"):
            return None
        self.depth += 1
        outer, self.open_object = self.open_object, parameter.required and "required" not in parameter.spec
        try:
            inner = self.object(parameter.spec, forced=forced)
        except Unfillable:
            return None
        finally:
            self.depth -= 1
            self.open_object = outer
        if not inner.values or (
            not parameter.required and not any(a.score >= OPTIONAL_EVIDENCE for a in inner.arguments)
        ):
            return None
        evidence = ", ".join(f"{a.name}: {a.rule}" for a in inner.arguments)
        return Argument(parameter.name, inner.values, "object", 1.0, f"its properties ({evidence})")

    def _names_an_earlier_item(self, chosen: dict[str, Argument]) -> bool:
        """Whether the clause states, for a parameter the earlier calls gave several values, one of those
        values ("how would these projections change with 1.5% for Japan and 2.1% for India", after Japan and
        India in 10 and 20 years respectively): it names the earlier call it varies, which keeps its own
        other values (`fanout._as_its_earlier_call`), so "these" asks for no call per earlier value."""
        return any(
            isinstance(value, Several) and name in chosen and chosen[name].value in value.values
            for name, value in self.inherited.items()
        )

    def _crossed(self, chosen: dict[str, Argument]) -> bool:
        """Whether a clause that states a further set of values for the earlier calls' tool crosses it with
        the one series those calls had ("the status and the judge of case A-1 in Leeds, and case B-2 in
        York": case B-2's status and judge too): it restates values the earlier calls all shared, and
        exactly one parameter it leaves unsaid held several values there."""
        several = [n for n, v in self.inherited.items() if isinstance(v, Several)]
        stated = [n for n in chosen if n in self.inherited]
        return (
            len(several) == 1
            and several[0] not in chosen
            and bool(stated)
            and all(not isinstance(self.inherited[n], Several) for n in stated)
        )

    # -- values by evidence -----------------------------------------------------------------------

    def _candidates(self, parameter: Parameter) -> list[tuple[float, int, Any, str, str]]:
        """(score, mention index, value, rule, evidence) for every mention that can hold the parameter."""
        found = []
        for index, mention in enumerate(self.reading.mentions):
            if (
                index in self.used
                or mention.attributes.get("is_key")
                or parameter.name in self.time_parts.get(index, ())
            ):
                continue
            for value, text_mention in self._values(parameter, mention):
                if self.consumed.intersection(text_mention.span):
                    continue  # words an option or an example already stood for ("vegan") are that one's
                evidence = link(parameter, text_mention, self.reading)
                if self._sole_series_list(parameter, mention) and evidence.score < PHRASE_EVIDENCE:
                    note = "a series of things, for the one list the tool takes"
                    found.append((PHRASE_EVIDENCE, index, value, "series", note))
                    continue
                if self._list_of_one(parameter, mention) and evidence.score < OPTIONAL_EVIDENCE:
                    note = "a thing after 'with'/'without', for the one list of that sense the tool takes"
                    found.append((OPTIONAL_EVIDENCE, index, value, "list of one", note))
                    continue
                if (
                    mention.kind == "phrase"
                    and evidence.rule != "example"
                    and evidence.score < PHRASE_EVIDENCE
                ):
                    continue  # a common noun is a value only when a parameter's word stands right by it
                if evidence.score > 0:
                    found.append((evidence.score, index, value, evidence.rule, evidence.evidence))
        return found

    def _sole_series_list(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether a coordinated series of common nouns ("tofu and spinach") is the value of a required
        list parameter without its word beside it: the tool takes no other list, so a series of things is
        what it asks for ("Find recipes using tofu and spinach" → `ingredients`)."""
        lists = [p for p in self._all if p.kind == "list"]
        return (
            parameter.required
            and lists == [parameter]
            and mention.kind == "phrase"
            and mention.group is not None
            and len(self._group_of(mention)) >= 2
        )

    def _list_of_one(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether a lone noun after "with"/"including" ("a pasta recipe with mushrooms", "tag it with
        sunset"), or after "without"/"excluding" for a list of things to leave out ("a smoothie without
        bananas"), is the one item of a list of strings: the tool's only free-text list of that sense.
        A series of nouns after the preposition ("hotels with a gym and a rooftop bar", "a pizza with olives
        and anchovies") is that list's items in the same way: the preposition governs every member, and
        the tool's one list of that sense is what they are for, optional or not."""
        if mention.kind != "phrase" or mention.first == 0:
            return False
        members = self._group_of(mention)
        if members[0] is not mention:
            return False  # the series is read once, from the member the preposition stands before
        tokens = self.reading.tokens
        at = mention.first - 1
        if tokens[at].lower in _ARTICLES and at > 0:
            at -= 1
        before = tokens[at].lower
        if before not in _WITH and before not in _WITHOUT:
            return False
        if any(lexicon.root(t.text) in self.tool_words for t in tokens[mention.first : mention.last]):
            return False  # "with data at …": a word of the tool's own labels, it is no item
        if any(
            m.kind == "phrase" and m.group is not None and m.group != mention.group
            for m in self.reading.mentions
        ):
            return False  # "using rainfall and soil depth … with data at …": the series is the list
        sense = before in _WITHOUT
        lists = [
            p
            for p in self._all
            if p.kind == "list" and not resolve(p.item, self.root).get("enum") and p.leaves_out == sense
        ]
        return lists == [parameter] and resolve(parameter.item, self.root).get("type", "string") == "string"

    def _example_of_another(self, parameter: Parameter, value: str) -> bool:
        """Whether `value` is an example that another parameter's description gives, and this one's not
        (a currency code one end of a conversion gives as an example is either end's: `conversion_end`)."""
        if conversion_end(parameter):
            return False
        wanted = value.casefold()
        if any(e.casefold() == wanted for e in parameter.examples):
            return False
        return any(
            other.name != parameter.name and any(e.casefold() == wanted for e in other.examples)
            for other in self._all
        )

    def _values(self, parameter: Parameter, mention: Mention) -> list[tuple[Any, Mention]]:
        """The value(s) a mention offers the parameter, with the part of the text that offers it.

        A formula (or quoted text that reads as one) is what an expression parameter takes, so a series
        of them ("'x**3' and 'sin(x)'") fans the call out as a series of numbers does."""
        kind = parameter.kind
        counted = mention.attributes.get("count")
        if (
            not counted
            and mention.kind == "number"
            and (mention.unit or "").lower() in PERSONS
            and any(p.counts(mention.unit) for p in self._all)
        ):  # "2 people" is the count of persons a parameter takes: no rating of 2 ("servings" stay free)
            counted = mention.unit
        if persons_counted(mention, self.reading) and any(p.counts("people") for p in self._all):
            counted = "people"  # "the four of us", "split it six ways": a count of persons, as "4 people"
        if mention.attributes.get("party") and not parameter.counts_a_party():
            return []  # "just for myself" counts the party, no results (`quantities._party_of_one`)
        if (
            counted
            and not parameter.counts(counted)
            and not parameter.counts_ticket_holders(counted)
            and not self._named_right_before(parameter, mention)
        ):
            return []  # "three circles": a count, a value only for a parameter that counts (circles)
        if kind == "number":
            if mention.kind == "date" and mention.attributes.get("relative"):
                # "for the next month" is one month, for a parameter that counts months
                ahead = re.fullmatch(r"(?:next|coming|upcoming)\s+(\w+)", str(mention.value), re.I)
                return [(1, mention)] if ahead and parameter.counts(ahead.group(1)) else []
            if mention.kind == "time":
                if self._clock_taken_whole(parameter):
                    return []  # "an alarm for 06:30": the 30 is when, no `snooze_minutes`
                part = time_part(str(mention.value), parameter)
                return [] if part is None else [(part, mention)]
            if mention.kind == "date":
                part = date_part(mention, parameter)
                return [] if part is None else [(part, mention)]  # "March 4th 2025" for `day`: 4
            if mention.kind != "number":
                return []
            if mention.currency and parameter.is_count:
                return []  # "$120" is money, no number of people splitting a bill
            if calendar_year(self.reading, mention) and not _takes_calendar_year(parameter):
                return []  # "in 2020" sets when: no number of years, no revenue, no rate, no span in seconds
            measure = "money" if mention.currency else measure_of(mention.unit)
            if measure and parameter.measures and measure not in parameter.measures:
                return []  # "8 years" is no "amount deposited in dollars"
            if measure == "time" and parameter.holds_money:
                return []  # "5 years" is no "initial amount of money", whatever unit that money is in
            if measure and parameter.is_fraction:
                return []  # "the first 3 years" is no "annual interest rate, as a decimal"
            if measure and measure in parameter.rate_parts:
                return []  # "45 m" is a height, no gravity "in m/s^2"
            if measure and parameter.rate_parts and self._measured_by_another(parameter, measure):
                return []  # "a 1200 kg car" is the `mass` "in kg", no acceleration "in m/s^2"
            if mention.unit and is_ratio(mention.unit) and parameter.measures and not parameter.per_roots:
                return []  # "18 g/mol" is a molar mass, no "mass of the sample in grams"
            if self._unit_names_another(parameter, mention):
                return []  # "a 2-bedroom flat" counts the `bedrooms`, it is no `max_monthly_rent`
            if mention.percent and parameter.measures:
                return []  # "5.5%" is a ratio, no "loan principal in dollars" nor a length in meters
            if mention.ordinal and not self._ordinal_scale(parameter, mention):
                return []  # "the 2nd move" numbers a move; "the 12th century" is the `century` 12
            spanned = _years_spanned(parameter, mention)
            if spanned is not None:
                return [(spanned, mention)] if spanned else []
            value = number_value(mention, parameter)
            if value is not None and parameter.is_probability and not 0 <= value <= 1:
                return []  # "20 trials" is no probability of success
            if value is not None and value > 0 and self._said_negative(parameter, mention):
                value = -value  # "down 2 semitones" for "negative is down"
            return [] if value is None else [(value, mention)]
        if kind == "list":
            return self._list_values(parameter, mention)
        if kind == "string" and parameter.is_currency:
            if mention.kind == "number":  # "80 euro", "$80": the amount's, see `Leftovers._amount_currency`
                return []
            return [  # "Swiss francs": the currency by its ISO 4217 code; no currency, no value ("miles")
                (code, piece)
                for value, piece in self._string_values(parameter, mention)
                if (code := lexicon.currency_of(str(value)))
            ]
        if kind in ("string", "date", "text"):
            return self._string_values(parameter, mention)
        if kind == "expression" and (
            mention.kind == "formula" or mention.kind == "quoted" and FORMULA_LIKE.search(str(mention.value))
        ):
            return [(mention.value, mention)]  # a series of formulas: "balance 'A -> B' and 'C -> D'"
        return []

    def _clock_taken_whole(self, parameter: Parameter) -> bool:
        """Whether a time of day said in the request is the value of another parameter that takes it whole
        (one whose description writes a clock's layout, "HH:MM", "e.g. '14:00'"): the tool then reads the
        time as a moment in its own terms, so its hour and minutes are no count for a number parameter ("a
        massage at 14:30" gives no `length_minutes` 30, "an alarm for 06:30" no `snooze_minutes` 30)."""
        return any(
            other is not parameter and other.kind != "number" and (other.asks_clock or other.time_format)
            for other in self._all
        )

    def _ordinal_place(self, parameter: Parameter) -> Argument | None:
        """An ordinal before a noun ("the third task", "the 2nd item") for a number parameter that holds
        a thing's place in a list (`index`, `position`; "The position of the item in the list"): its
        place, counted from 0 when the description says the count starts there ("zero-based", "0-based",
        "starting at 0"): the third is 2 then, else 3. A unit of time after it ("the first second") or no
        noun at all ("the first one") ranks nothing."""
        if not parameter.named(_PLACE_IN_LIST) or parameter.counts("items"):
            return None
        if any(m.kind == "number" and not m.ordinal for m in self.reading.mentions):
            return None  # "the task at position 4": a number written for it goes by the evidence
        tokens = self.reading.tokens
        for k, token in enumerate(tokens[:-1]):
            glued = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", token.lower)
            rank = lexicon.ORDINALS.get(token.lower) or (int(glued.group(1)) if glued else None)
            if (
                token.kind == "number"
                and k + 1 < len(tokens)
                and tokens[k + 1].lower in ("st", "nd", "rd", "th")
            ):
                rank, k = int(float(token.text)), k + 1  # "3rd" written as a number and a glued suffix
            if not rank or k == 0 or tokens[k - 1].lower != "the":
                continue
            noun = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                noun is None
                or noun.kind != "word"
                or lexicon.is_function_word(noun.text)
                or is_period(noun.text)
            ):
                continue
            if noun.lower in ("one", "ones"):
                continue
            value = rank - 1 if _ZERO_BASED.search(parameter.description) else rank
            note = f"“the {token.text} {noun.text}”: its place in the list" + (
                ", counted from 0" if value < rank else ""
            )
            return Argument(parameter.name, value, "ordinal", 1.0, note)
        return None

    def _extreme_asked(self, parameter: Parameter) -> Argument | None:
        """ "The max entries per page", "its lowest speed": a number parameter the clause asks at the top or
        the bottom of its allowed range, which its schema (`maximum`, `minimum`) or its description
        ("between 3 and 100", "from 1 to 5", "up to 50") states, takes that bound — when the clause
        writes no plain number and the word after "max"/"min" (within three) is one of the parameter's."""
        if any(m.kind == "number" and not m.ordinal for m in self.reading.mentions):
            return None
        tokens = self.reading.tokens
        for k, token in enumerate(tokens):
            top = token.lower in _TOP
            if not (top or token.lower in _BOTTOM):
                continue
            after = [
                t for t in tokens[k + 1 : k + 4] if t.kind == "word" and not lexicon.is_function_word(t.text)
            ]
            if not any(lexicon.root(t.text) in parameter.all_roots for t in after):
                continue
            bound = _range_bound(parameter, top)
            if bound is None:
                return None
            note = f"“{token.text}”: the {'top' if top else 'bottom'} of the range its description allows"
            return Argument(parameter.name, bound, "bound", 1.0, note)
        return None

    def _date_fields_left(self, parameter: Parameter, index: int) -> bool:
        """Whether another number parameter, named for another field of the date mention `index` writes,
        still waits for its value (`day` taken, `month` and `year` not yet)."""
        mention = self.reading.mentions[index]
        return any(
            other.name != parameter.name
            and other.kind == "number"
            and other.name not in self.placed
            and date_part(mention, other) is not None
            for other in self._all
        )

    def _dated(self) -> bool:
        """Whether the clause writes a day (a date, not a weekday or month alone)."""
        return any(m.kind == "date" and not m.attributes.get("partial") for m in self.reading.mentions)

    def _with_time(self, parameter: Parameter, day: str) -> str:
        """A date and the time of day the clause writes, for a parameter whose layout holds both
        ("YYYY-MM-DDTHH:MM", or an ISO 8601 moment its example or words ask for, `Parameter.moment_layout`):
        "at 9:30 pm on April 2, 2025" is one moment, "2025-04-02T21:30" ("…T21:30:00Z" for a UTC example)."""
        moment = None if parameter.time_format else parameter.moment_layout
        layout = parameter.time_format or (moment and moment[0])
        if not layout or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return day
        time = next((m for m in self.reading.mentions if m.kind == "time"), None)
        clock = time and clock_time(str(time.value), layout)
        if not clock:
            return day
        joint = re.search(r"(?<=[Dd]{2})(T|\s+)(?=[Hh]{2})", parameter.description)
        return f"{day}{joint.group(1) if joint else 'T'}{clock}{moment[1] if moment else ''}"

    @staticmethod
    def _relative_day_left_out(parameter: Parameter) -> bool:
        """Whether a relative day the request does not date ("tomorrow", "last week") is left out of the
        parameter: an optional one that states its day in figures ("YYYY-MM-DD", an ISO timestamp). Its
        figures cannot be known and the word is not in its form, and leaving it out asks for no other day;
        a required one keeps the word (the call needs a value), and so does one whose description
        defaults to a day ("defaults to today"), which leaving "tomorrow" out would choose instead (the
        default day itself is left out by `_said_default`)."""
        return (
            parameter.written_in_figures
            and not parameter.required
            and not _DEFAULT_DAY.search(parameter.description)
        )

    def _said_negative(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether the clause says, right by the number, the word the description gives the negative
        sign ("Number of semitones; positive is up, negative is down": "down 2 semitones", "down by 2",
        "2 semitones down"): the description says how the sign is written in words, so the word is it."""
        said = _NEGATIVE_IS.search(parameter.description)
        downward = _signed_by_name(parameter)
        if said is None and not downward:
            return False
        word = lexicon.lemma(said.group(1).lower()) if said else ""
        tokens = self.reading.tokens
        before = [t.lower for t in tokens[max(0, mention.first - 2) : mention.first]]
        if before and before[-1] in ("by", "of"):
            before = before[:-1]  # "down by 2", "a loss of $400"
        after = [t.lower for t in tokens[mention.last : mention.last + 2] if t.kind == "word"]
        if after and lexicon.root(after[0]) in parameter.name_roots:
            after = after[1:]  # "2 semitones down": past the number's own noun
        near = before[-1:] + after[:1]
        return any(lexicon.lemma(w) == word or (downward and w in _DOWNWARD) for w in near)

    def _measured_by_another(self, parameter: Parameter, measure: str) -> bool:
        """Whether another parameter counts in a plain unit of the measure, when this one counts in a
        ratio of units that does not name it ("Mass in kg" beside "Acceleration in m/s^2"): a value in kg
        is that one's, though "accelerate" stands right by it ("0.02 M" stays a molarity "in mol/L" when
        no parameter counts lengths)."""
        return measure not in parameter.measures and any(
            other.name != parameter.name and measure in other.measures for other in self._all
        )

    def _unit_names_another(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether the number's unit is the whole name of another parameter and no word of this one's
        ("2 bedrooms" for `bedrooms`) and that parameter takes a number: the number counts what that
        parameter counts, as a value in a unit of another measure is none of a parameter's values (a
        string `unit` takes the unit's name, so "10 units" is still the `base`)."""
        if not mention.unit or " " in mention.unit:
            return False
        root = lexicon.root(mention.unit)
        if root in parameter.name_roots:
            return False
        measure = measure_of(mention.unit)
        if measure and measure in parameter.measures:
            return False  # "a half-life of 30 years" for "The half-life in years" beside `years`: it counts in years too
        return any(
            other.name != parameter.name and other.kind == "number" and other.name_roots == {root}
            for other in self._all
        )

    def _named_right_before(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether the word right before the value is the parameter's name ("the top five sushi places"
        for `top`): the count is that parameter's, whatever noun it counts."""
        return bool(mention.first) and lexicon.root(self.reading.tokens[mention.first - 1].text) in {
            lexicon.root(w) for w in parameter.name_words
        }

    @staticmethod
    def _ordinal_scale(parameter: Parameter, mention: Mention) -> bool:
        """Whether an ordinal ("the 93rd percentile", "the 12th century") is `parameter`'s number: the noun
        it ranks on is a word of the parameter's name, or of its description when that says the value is a
        point on that scale ("Drop beats below this confidence percentile" for `capture_percentage`) — an
        ordinal of any other noun ("the 2nd move") only numbers a thing, it is no value."""
        if not mention.unit:
            return False
        root = lexicon.root(mention.unit)
        return root in parameter.name_roots or root in parameter.all_roots

    def _string_values(self, parameter: Parameter, mention: Mention) -> list[tuple[Any, Mention]]:
        if not parameter.admits(str(mention.value)):
            return []  # not one of the choices the description closes the parameter to
        if self._example_of_another(parameter, str(mention.value)):
            return []  # "'Close'" is an example another parameter's description gives: that one's alone
        if mention.kind == "date":
            if (example := example_for(parameter, mention)) is not None:
                return [
                    (example, mention)
                ]  # "this weekend" for "e.g. 'now', 'weekend'": as the example writes it
            if mention.attributes.get("relative") and self._relative_day_left_out(parameter):
                return []  # "tomorrow" with no today defined: no "YYYY-MM-DD" nor ISO timestamp to write
            return [(self._with_time(parameter, date_value(mention, parameter)), mention)]
        if mention.kind == "time" and parameter.time_format and parameter.kind != "date":
            clock = clock_time(str(mention.value), parameter.time_format)
            return [(clock or mention.value, mention)]
        if mention.kind == "time" and parameter.time_alone_layouts and not self._dated():
            clock = clock_in_layouts(str(mention.value), parameter.time_alone_layouts)
            return [(clock, mention)] if clock else []  # "11PM" for "'YYYY-MM-DD HH:MM:SS', 'HH:MM', …"
        if parameter.kind == "date" or parameter.named(YEAR) and mention.kind != "number":
            return []  # a date, or a year ("case_year"), is written in figures
        if (
            parameter.asks_clock
            and mention.kind not in ("time", "number")
            and not (mention.kind == "quoted" and _COLON_TIME.fullmatch(str(mention.value).strip()))
        ):
            return []  # "from Tucson, AZ": a place, a name or a code is no time of day
        if parameter.takes_moment and mention.kind in ("name", "phrase"):
            return []  # "Oscar's appointment": a name or a noun phrase is no ISO 8601 moment
        if (
            mention.kind in ("name", "identifier", "quoted")
            and is_label(parameter, mention, self.name_roots)
            and not self._labelled_value(parameter, mention)
        ):
            return []  # "Case No 28473", "the building_id 'B1234'": the label names the parameter, it is no value
        if mention.kind in ("name", "identifier", "phrase") and self._labels_next(parameter, mention):
            return []  # "host IP as '10.1.4.22'": "IP", a word of the host's description, labels the address
        if mention.kind == "phrase" and any(
            self._labels_next(other, mention) for other in self._all if other.name != parameter.name
        ):
            return []  # "The host address is 10.0.0.5": the label of the host's value is no `label`'s value
        if mention.kind == "phrase" and self._names_another(parameter, mention):
            return []  # "the SEO title to be …": "title" names `SeoTitle`, it is no `SeoDescription`
        if self._labels_a_code(mention):
            return []  # "SKU A-100": the word for a code before one labels it, whichever parameter is the code's
        if mention.kind in ("name", "phrase") and self._email_instead(parameter):
            return []  # "to my cousin Priya at priya@example.net": the address, for a parameter asking one
        if mention.kind == "name" and self._called_for_another(parameter, mention.first - 1):
            return []  # "the album called Quiet Harbour": the album's name, no `artist`'s (`_called`)
        if (
            mention.kind == "name"
            and mention.first > 0
            and self.reading.tokens[mention.first - 1].lower == "the"
            and self._noun_of_another(parameter, mention.last)
        ):
            return []  # "from the Driftwood album": a name before a kind noun names one of that kind
        if mention.kind == "name" and parameter.has(PLACE):
            region = self._apposition(mention)
            if region is not None and (self._places() == 1 or _region_code(str(region.value))):
                return [(f"{mention.value}, {region.value}", mention)]  # "Boston, MA" for one location
        if mention.kind == "name" and parameter.named(IDENTIFIER) and not code_like(str(mention.value)):
            return []  # an id is a code ("NW-1001", "rs6034464"), not a word like "Lion"
        if mention.kind == "name" and parameter.named(PLACE) and (place := self._place_of(mention)):
            return [place]
        if mention.kind == "name":
            return [self._name_with_noun(parameter, mention)]
        if mention.kind in ("email", "url", "path") and parameter.named(IDENTIFIER):
            return [] if lexicon.root(mention.kind) not in parameter.all_roots else [(mention.value, mention)]
        if (
            mention.kind == "time"
            and mention.attributes.get("spoken")
            and not parameter.all_roots & _CLOCK_ROOTS
        ):
            return []  # "at noon" in words is a time only for a parameter of a time, no branch's name
        if mention.kind in ("quoted", "identifier", "email", "url", "path", "time", "address"):
            return [(mention.value, mention)]
        if mention.kind == "number":
            keyed = (
                mention.attributes.get("key") or parameter.has(IDENTIFIER) or self._joined(parameter, mention)
            )
            if keyed and parameter.named(IDENTIFIER) and (code := self._hyphenated_code(mention)):
                return [(code, mention)]
            if mention.attributes.get("spelled") and mention.attributes.get("count"):
                return []  # "two checking accounts": a count in words says how many, it is no code
            return [(as_text(mention), mention)] if keyed and not mention.ordinal else []
        if mention.kind == "formula":
            return [(mention.text, mention)]
        if mention.kind == "phrase":
            if (parameter.named(IDENTIFIER) or parameter.named(NAME)) and not parameter.examples:
                # an id is a code, a name a proper noun: not a common noun like "earlier message" — but the
                # noun right before the parameter's own noun names one: "the sales database" for `db_name`
                return [
                    (v, m)
                    for v, m in self._phrase_values(parameter, mention)
                    if (self._names_its_noun(parameter, m) or self._titled_by_its_noun(parameter, m))
                    and (parameter.named(NAME) or code_like(str(v)))  # "impactful cases": no `case_id`
                ]
            return [
                (v, m)
                for v, m in self._phrase_values(parameter, mention)
                if self._may_describe(parameter, m)
                # "for project mandolin": the project's name, not its version, though both share "project"
                and not any(
                    o is not parameter
                    and (o.named(NAME) or o.named(IDENTIFIER))
                    and self._titled_by_its_noun(o, m)
                    for o in self._all
                )
            ]
        return []

    def _labelled_value(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether a code or quoted value whose words echo the parameter's name is still its value, no label:
        one with a figure in it is a code ("database id 'db-77'", 'room-204': a label is words alone, as
        `_labels_next` reads), and quoted text right after a word that names the parameter is the value
        that label introduces ("using the identifier 'my-bot-id'": the label came first, so the quoted
        text is not the label again)."""
        if mention.kind not in ("identifier", "quoted"):
            return False  # "Room 204" as a name: the label and its number, the number the value
        if any(c.isdigit() for c in str(mention.value)):
            return True
        if mention.kind != "quoted" or not mention.first:
            return False
        before = self.reading.tokens[mention.first - 1]
        return before.kind == "word" and (
            lexicon.root(before.text) in parameter.keys or lexicon.root(before.text) in parameter.name_roots
        )

    def _labels_next(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether the mention only says the parameter's own words (of its name or description) and the
        value after it follows through linking words alone ("host IP as '10.1.4.22'", "the server address:
        db.lan"): then it is the label of that value, as a parameter's name is, and no value itself. A
        mention with a figure in it ("SKU-4471 at the 10001 store") is a code, a value of its own: no label."""
        if any(c.isdigit() for c in str(mention.value)):
            return False
        roots = set(roots_of(str(mention.value)))
        own = set(parameter.keys) | parameter.name_roots
        words = str(mention.value).lower().split()
        for a, b in zip(words, words[1:], strict=False):  # "host name", "user name": the open compound of
            if lexicon.root(a + b) in own:  # the key "hostname", "username" is that key
                roots -= {lexicon.root(a), lexicon.root(b)}
                roots.add(lexicon.root(a + b))
        if not roots or not roots <= own:
            return False
        after = next((m for m in self.reading.mentions if m.first >= mention.last), None)
        if after is None or after.kind in ("phrase", "name"):
            return False
        between = self.reading.tokens[mention.last : after.first]
        return all(t.lower in LINKING | ARTICLES or t.text in "'\"“" for t in between)

    def _names_another(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether a common noun only says another parameter's name words (not all of them the parameter's
        own): it labels that parameter's value ("the SEO title to be 'X'" for `SeoTitle` beside
        `SeoDescription`), as a series member of those words does (`fanout._labels_another`)."""
        said = {
            lexicon.root(t.text)
            for t in self.reading.tokens[mention.first : mention.last]
            if t.kind == "word"
        }
        return (
            bool(said)
            and not said <= set(parameter.keys)
            and any(said <= other.name_roots for other in self._all if other.name != parameter.name)
        )

    def _named_earlier(self, value: str) -> str:
        """The name an earlier part of the request gave the thing "the <noun>" refers back to ("the Prado
        Museum …, then … to the museum" → "Prado Museum"): a name that ends in that noun, the last such
        before this clause; "" when the value is no such noun or no name before it ends so."""
        if not value.isalpha() or not value.islower():
            return ""
        if not re.search(rf"\b(?:the|that|this)\s+{re.escape(value)}\b", self.reading.text, re.I):
            return ""
        start = self.request.find(self.reading.text)
        if start <= 0:
            return ""
        lemma = lexicon.noun_lemma(value)
        names = [
            m
            for m in read(self.request[:start]).mentions
            if m.kind == "name"
            and " " in str(m.value)
            and lexicon.noun_lemma(str(m.value).rsplit(" ", 1)[1].lower()) == lemma
        ]
        return str(names[-1].value) if names else ""

    def _place_of(self, mention: Mention) -> tuple[str, Mention] | None:
        """ "the Real GDP of Texas", "the Population of Peru": a capitalised run whose word before "of" is
        what the tool measures (the head of its name, the last word before "by"/"for"/"of":
        `gdp_by_state_year`, `get_population`) asks it of the place after "of" — for a place parameter,
        that place is the value."""
        words = str(mention.value).split(" of ", 1)
        if len(words) != 2 or not words[1][:1].isupper():
            return None
        name = [w.lower() for w in re.findall(r"[A-Za-z]+", lexicon.split_identifiers(self.tool_name))]
        before = next((k for k, w in enumerate(name) if w in ("by", "for", "of", "in", "per")), len(name))
        head = lexicon.root(name[before - 1]) if before else ""
        if not head or lexicon.root(words[0].split()[-1].lower()) != head:
            return None  # "the Boreal Forests of Canada" for `forest_growth_forecast` is a place by its name
        tokens = self.reading.tokens
        at = next((k for k in range(mention.first, mention.last) if tokens[k].lower == "of"), None)
        if at is None:
            return None
        return words[1], Mention("name", words[1], words[1], at + 1, mention.last)

    def _called_for_another(self, parameter: Parameter, i: int) -> bool:
        """Whether the token at `i` is a naming participle whose noun is a word of another parameter's name
        and of none of this one's ("the album called Quiet Harbour" beside `artist` and `album`): the noun
        says whose name follows (`_called` with `kind_noun`), so it is no value of the other name-like
        parameters, though an `artist`'s "full name" speaks of names too."""
        tokens = self.reading.tokens
        if i < 1 or tokens[i].lower not in NAMING:
            return False
        return self._noun_of_another(parameter, i - 1)

    def _noun_of_another(self, parameter: Parameter, k: int) -> bool:
        """Whether token k is a lower-case word of another parameter's name and of none of this one's."""
        tokens = self.reading.tokens
        if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
            return False
        noun = lexicon.root(tokens[k].text)
        return noun not in parameter.name_roots and any(
            noun in other.name_roots for other in self._all if other.name != parameter.name
        )

    def _names_its_noun(self, parameter: Parameter, piece: Mention) -> bool:
        """Whether the words of `piece` stand right before the noun the parameter's name is a name of
        ("sales" in "my sales **database**" for `db_name`, "production" in "the production **cluster**" for
        `cluster_name`): a noun before a noun says which one, as a name does."""
        tokens = self.reading.tokens
        if piece.last >= len(tokens) or tokens[piece.last].kind != "word":
            return False
        own = parameter.name_roots | {lexicon.root(w) for w in parameter.spelled_out}
        own -= _NAMING_ROOTS
        return lexicon.root(tokens[piece.last].text) in own and tokens[piece.first].text.islower()

    def _titled_by_its_noun(self, parameter: Parameter, piece: Mention) -> bool:
        """Whether `piece` is one lower-case word right after the bare noun the parameter's name is a name of
        ("for **project** mandolin", "on **repo** lantern" for `project_name`, `repo_name`): a noun with no
        article or possessive before it, used as a title before a name, as in "room 4" or "branch develop".
        With an article the two nouns are one compound ("the project plan" is a kind of plan), no name."""
        tokens = self.reading.tokens
        k = piece.first - 1
        if piece.last - piece.first != 1 or k < 0 or tokens[k].kind != "word":
            return False
        if not tokens[piece.first].text.islower() or lexicon.is_function_word(tokens[piece.first].text):
            return False
        own = parameter.name_roots - _NAMING_ROOTS
        if lexicon.root(tokens[k].text) not in own:
            return False
        return (
            not k or tokens[k - 1].lower not in DETERMINERS and not re.search(r"['’]s$", tokens[k - 1].text)
        )

    def _labels_a_code(self, mention: Mention) -> bool:
        """Whether a one-word name is a word for a code ("SKU", "ID", "Ref") right before a code ("SKU
        A-100"): it says what the code is, as "gym Id K2207" does, and is no value of any parameter."""
        if mention.kind != "name":
            return False
        if (
            mention.last - mention.first == 1
            and lexicon.root(str(mention.value).lower()) in _IDENTIFIER_ROOTS
            and any(m.kind == "identifier" and m.first == mention.last for m in self.reading.mentions)
        ):
            return True
        # a name made only of the words of one of the tool's parameters right before a code or a quoted value
        # ("the SKU 'B-200'" for `sku`, "the gene symbol 'TP53'") names that parameter, whichever is asked
        roots = set(roots_of(str(mention.value)))
        return (
            bool(roots)
            and any(roots <= p.name_roots for p in self._all)
            and any(
                m.kind in ("identifier", "quoted") and m.first == mention.last for m in self.reading.mentions
            )
        )

    def _name_with_noun(self, parameter: Parameter, mention: Mention) -> tuple[Any, Mention]:
        """A name with the common nouns after it, when they are part of it ("the Amazon rainforest",
        "Canadian dollars"): the whole run of lower-case nouns, none of them the parameter's or the
        tool's word ("a Tennis player", "the New York public library"), nor one another parameter's option
        stood for ("the D dorian scale": "dorian" is the mode), and no possessive between."""
        tokens = self.reading.tokens
        if re.search(r"['’]s$", tokens[mention.last - 1].text):
            return mention.value, mention
        k = mention.last
        while (
            k < len(tokens)
            and tokens[k].kind == "word"
            and tokens[k].text.islower()
            and k not in self.consumed
        ):
            parts = lexicon.parts(tokens[k].text)
            if parts and parts != frozenset({"NOUN"}) or lexicon.is_function_word(tokens[k].text):
                break  # only words that can be nothing but nouns ("rainforest", "dollars") or are unknown
            root = lexicon.root(tokens[k].text)
            if root in parameter.keys or root in parameter.name_roots or root in self.tool_words:
                return mention.value, mention
            k += 1
        if k == mention.last:
            return mention.value, mention
        text = " ".join([str(mention.value), *(t.text for t in tokens[mention.last : k])])
        return text, Mention("name", text, text, mention.first, k)

    def _joined(self, parameter: Parameter, mention: Mention) -> bool:
        """A parameter word right after the value, or right before it ("24 hour **format**", "**season** 2022"),
        or before it as the subject of "is" ("the **version** is 7"): the number is said to be that value."""
        tokens = self.reading.tokens
        at = [mention.first - 1, mention.last]
        if mention.first >= 2 and tokens[mention.first - 1].lower in ("is", "was", "are", "be"):
            at.append(mention.first - 2)
        neighbours = [tokens[i] for i in at if 0 <= i < len(tokens)]
        return any(t.kind == "word" and lexicon.root(t.text) in parameter.name_roots for t in neighbours)

    def _describable(self, parameter: Parameter, words: str) -> bool:
        only_adjectives = all(lexicon.parts(w) == frozenset({"ADJ"}) for w in words.split())
        return not only_adjectives or parameter.named(KIND)

    def _may_describe(self, parameter: Parameter, mention: Mention) -> bool:
        """Adjectives alone ("similar", "current") are a value only for a parameter that holds a kind."""
        words = [t for t in self.reading.tokens[mention.first : mention.last] if t.kind == "word"]
        only_adjectives = words and all(lexicon.parts(t.text) == frozenset({"ADJ"}) for t in words)
        return (
            not only_adjectives
            or parameter.named(KIND)
            or str(mention.value).lower() in {e.lower() for e in parameter.examples}
        )

    def _places(self) -> int:
        return sum(1 for p in self._all if p.kind == "string" and p.has(PLACE))

    def _hyphenated_code(self, mention: Mention) -> str:
        """Numbers joined by hyphens with no space, "098-293", "771-204-5", written where an identifier
        goes: one code, as written (no range: it is not in ascending order or its first number has a
        leading zero); '' when the number is not so joined."""
        tokens, last = self.reading.tokens, mention.last
        while (
            last + 1 < len(tokens)
            and tokens[last].text == "-"
            and tokens[last + 1].kind == "number"
            and tokens[last].start == tokens[last - 1].end
            and tokens[last + 1].start == tokens[last].end
        ):
            last += 2
        if last == mention.last:
            return ""
        numbers = [t.text for t in tokens[mention.first : last] if t.kind == "number"]
        if not numbers[0].startswith("0") and all(
            float(a) < float(b) for a, b in zip(numbers, numbers[1:], strict=False)
        ):
            return ""  # "10-20": a range
        return self.reading.text[tokens[mention.first].start : tokens[last - 1].end]

    def _email_instead(self, parameter: Parameter) -> bool:
        """Whether the parameter asks for an e-mail address (not a name) and the request writes one: a
        person's name beside it ("send $75 to Priya at priya@example.net") is then no value of it."""
        return (
            parameter.asks_email
            and not parameter.named(NAME)
            and any(m.kind == "email" for m in self.reading.mentions)
        )

    def _apposition(self, mention: Mention) -> Mention | None:
        """The name a comma sets after this one ("Boston, MA", "Paris, France"), if any — unless the two
        are items of a list: a series of names that does not fall into such pairs ("Paris, Rome and
        Madrid": three names, the last after "and") names one place per item."""
        after = next((m for m in self.reading.mentions if m.first > mention.first), None)
        if after is None or after.kind != "name":
            return None
        between = [t.text for t in self.reading.tokens[mention.last : after.first]]
        if between != [","]:
            return None
        return after if self._in_pairs(mention) else None

    def _place_within(self, mention: Mention) -> Mention | None:
        """The name "in" or "in the" sets right after this one ("Galway in Ireland", "London in the UK"): in
        English a place said in a place is inside it, so the first is the smaller (a town) and the second
        the larger (a country or region) — read only where a tool has two place parameters, after the
        place's own preposition ("tide times for Galway in Ireland"), when one of the two is named for a
        larger place (`_REGION`: a country, state, region), which takes the second."""
        after = next((m for m in self.reading.mentions if m.first > mention.first), None)
        if after is None or after.kind != "name":
            return None
        between = [t.lower for t in self.reading.tokens[mention.last : after.first]]
        return after if between in (["in"], ["in", "the"]) else None

    def _in_pairs(self, mention: Mention) -> bool:
        """Whether the run of names a name stands in, joined by commas, "and", "or", reads as "place,
        region" pairs: an even number of names, each pair joined by a bare comma, the pairs by
        "and"/"or"/";" ("Boston, MA and Austin, TX"). A code in the run is one more item of it ("Denver, Quito
        and K2": three places, no "Denver, Quito")."""
        tokens = self.reading.tokens
        names = [m for m in self.reading.mentions if m.kind in ("name", "identifier")]
        joined = [[t.lower for t in tokens[a.last : b.first]] for a, b in zip(names, names[1:], strict=False)]
        linked = [bool(j) and set(j) <= {",", "and", "or", ";"} for j in joined]
        at = names.index(mention)
        start, end = at, at
        while start > 0 and linked[start - 1]:
            start -= 1
        while end < len(names) - 1 and linked[end]:
            end += 1
        if (end - start + 1) % 2:
            return False
        for k in range(start, end):
            if (k - start) % 2 == 0 and joined[k] != [","]:
                return False
            if (k - start) % 2 == 1 and not {"and", "or", ";"} & set(joined[k]):
                return False
        return True
        members = [m for m in self.reading.mentions if m.group == mention.group]
        if len(members) % 2:
            return False
        tokens = self.reading.tokens
        for k, (a, b) in enumerate(zip(members, members[1:], strict=False)):
            between = [t.lower for t in tokens[a.last : b.first]]
            if k % 2 == 0 and between != [","]:
                return False
            if k % 2 == 1 and not {"and", "or", ";"} & set(between):
                return False
        return True

    def _phrase_values(self, parameter: Parameter, mention: Mention) -> list[tuple[Any, Mention]]:
        """A phrase whole, and the words right before the parameter's own word in it ("gini criterion" →
        "gini" for `criterion`, "gas-powered vehicle" → "gas-powered" for `vehicle_type`), or, when the phrase
        opens with that word, the words after it ("color navy" → "navy" for `color`). A common noun
        is a place only after "in", "at", "near" … ("at the downtown location")."""
        tokens = self.reading.tokens[mention.first : mention.last]
        for (
            example
        ) in parameter.examples:  # "vegan main course recipe" holds the examples "vegan", "main course"
            wanted = [lexicon.lemma(w) for w in example.lower().split()]
            lemmas = [lexicon.lemma(t.text) for t in tokens]
            for i in range(len(tokens) - len(wanted) + 1):
                if lemmas[i : i + len(wanted)] == wanted and len(wanted) < len(tokens):
                    piece = Mention(
                        "phrase", example, example, mention.first + i, mention.first + i + len(wanted)
                    )
                    return [(example, piece)]
        if parameter.has(PLACE) and not parameter.examples:
            before = self.reading.tokens[mention.first - 1].lower if mention.first else ""
            if before not in LOCATIVE | {"the", "to", "from"}:
                return []
        own = [i for i, t in enumerate(tokens) if lexicon.root(t.text) in parameter.keys]
        if not own:
            kept = [i for i, t in enumerate(tokens) if lexicon.root(t.text) not in self.tool_words]
            if not kept or kept != list(range(kept[0], kept[-1] + 1)):
                return []
            if len(kept) == len(tokens):
                return [(mention.value, mention)]
            words = " ".join(tokens[i].text for i in kept)  # "classical concerts" → "classical"
            return [
                (
                    words,
                    Mention("phrase", words, words, mention.first + kept[0], mention.first + kept[-1] + 1),
                )
            ]
        first_own = own[0]
        before = []
        k = first_own - 1
        while k >= 0 and k not in own and lexicon.root(tokens[k].text) not in self.tool_words:
            before.insert(0, k)
            k -= 1
        if not before:
            after = [
                i
                for i in range(own[-1] + 1, len(tokens))
                if lexicon.root(tokens[i].text) not in self.tool_words
            ]
            labels = any(m.first == mention.last and m.kind != "phrase" for m in self.reading.mentions)
            if first_own != 0 or not after or after != list(range(own[-1] + 1, len(tokens))) or labels:
                return []  # "input variables 'Height'": the words label the value after them
            words = " ".join(tokens[i].text for i in after)  # "color navy" → "navy": the name after its noun
            return [(words, Mention("phrase", words, words, mention.first + after[0], mention.last))]
        first, last = mention.first + before[0], mention.first + before[-1] + 1
        words = " ".join(tokens[i].text for i in before)
        compound = re.fullmatch(r"([a-z]+)-(?:[a-z]+(?:ed|ing)|based|free|friendly|only)", words)
        if compound and len(before) == 1:
            words = compound.group(1)  # "gas-powered vehicle" → "gas", "gluten-free" stays as written below
            if words + "-free" == tokens[before[0]].text:
                words = tokens[before[0]].text
        return [(words, Mention("phrase", words, words, first, last))]

    def _list_values(self, parameter: Parameter, mention: Mention) -> list[tuple[Any, Mention]]:
        item = resolve(parameter.item, self.root)
        item_type = item.get("type", "string")
        if "enum" in item or (item.get("format") in ("date", "date-time") and mention.kind != "date"):
            return []  # options come only from the option rule; dates only from dates
        if mention.kind == "list":
            typed = list_items(mention.value, item_type)
            return [] if typed is None else [(typed, mention)]
        members = self._group_of(mention)
        if item_type == "array" and mention.kind == "number":
            pairs = self._parenthesised_run(mention, resolve(item.get("items", {}), self.root))
            return [(pairs, mention)] if pairs else []
        ends = mention.attributes.get("range")
        if (
            item_type in ("number", "integer")
            and ends
            and not parameter.holds_ends
            and ends[1] - ends[0] <= 100
        ):
            # "the integers from 1 to 5", "pages 3 to 6": a list of numbers takes what the range spans
            return [(list(range(ends[0], ends[1] + 1)), mention)]
        if item_type in ("number", "integer") and ends:
            return [(list(ends), mention)]  # "from 1995 to 2005" for `year_range`: its two ends
        if item_type in ("number", "integer"):
            if any(m.kind != "number" or m.attributes.get("spelled") for m in members):
                return []
            values = [number_value(m, Parameter("item", {"type": item_type}, True)) for m in members]
            return [] if None in values else [(values, mention)]
        if (
            item_type == "string"
            and mention.kind in ("name", "identifier", "quoted")
            and len(members) == 1
            and (
                (
                    is_label(parameter, mention, self.name_roots)
                    and not self._labelled_value(parameter, mention)
                )
                or self._labels_a_code(mention)
            )
        ):
            # "the warehouse with the ID WH_4471" for `warehouseIds`: the label says what the list holds, as
            # it does for one value (`_string_values`), and is no item of it
            return []
        if item_type == "string" and mention.kind in ("quoted", "name", "identifier", "phrase"):
            if mention.kind == "phrase" and len(members) == 1:
                offered = self._phrase_values(parameter, mention)
                return [
                    ([value], piece)
                    for value, piece in offered
                    if value != mention.value or parameter.examples or self._list_of_one(parameter, mention)
                ]
            values = [str(m.value) for m in members]
            last = values[-1].rsplit(" ", 1)
            if (
                mention.kind == "phrase"
                and len(last) == 2
                and lexicon.root(last[1]) in self._list_nouns(parameter)
            ):
                values[-1] = last[0]  # "the phone and fax columns": the list's own noun is no item's word
            first = values[0].split(" ", 1)
            if (
                mention.kind == "phrase"
                and len(first) == 2
                and lexicon.lemma(first[0]) != first[0].lower()
                and lexicon.root(first[0]) in self._list_nouns(parameter)
            ):
                values[0] = first[1]  # "the allergens peanuts, soy and gluten": nor a plural noun before it
                piece = Mention("phrase", first[1], first[1], mention.first + 1, mention.last)
                return [(values, piece)]  # the noun before the series names it, as "color navy" does
            return [(values, mention)]
        return []

    def _parenthesised_run(self, mention: Mention, inner: dict) -> list[list[Any]] | None:
        """The tuples of numbers a run of parentheses writes, from the one the mention opens ("the vertices
        (0, 0), (4, 0) and (4, 3)" → [[0, 0], [4, 0], [4, 3]]): a list of lists takes them as a bracketed
        list of lists; two at least, joined by commas or "and", each written as "(a, b)"."""
        tokens = self.reading.tokens
        item_type = inner.get("type", "number")
        if item_type not in ("number", "integer"):
            return None
        numbers = [m for m in self.reading.mentions if m.kind == "number"]
        groups: list[list[Mention]] = []
        for m in numbers:
            if m.first < mention.first:
                continue
            if groups and m.group is not None and m.group == groups[-1][0].group:
                groups[-1].append(m)
            else:
                groups.append([m])
        at = mention.first - 2
        while at >= 0 and tokens[at].lower in (",", "and"):
            at -= 1
        if at >= 0 and tokens[at].text == ")" and at < mention.first - 2:
            return None  # a later pair of the run: the run is read from its first
        run: list[list[Any]] = []
        end = None
        for group in groups:
            opened = group[0].first > 0 and tokens[group[0].first - 1].text == "("
            closed = group[-1].last < len(tokens) and tokens[group[-1].last].text == ")"
            joined = all(
                [t.text for t in tokens[a.last : b.first]] == [","]
                for a, b in zip(group, group[1:], strict=False)
            )
            if not (opened and closed and joined and len(group) >= 2):
                break
            joiner = [t.lower for t in tokens[end + 1 : group[0].first - 1]] if end is not None else []
            if not set(joiner) <= {",", "and"} or len(joiner) > 2:
                break  # "(0, 0), (4, 0) and (4, 3)": pairs joined by a comma, "and" or both
            values = [number_value(m, Parameter("item", {"type": item_type}, True)) for m in group]
            if None in values:
                break
            run.append(values)
            end = group[-1].last
        return run if len(run) >= 2 and groups[0][0] is mention else None

    def _list_nouns(self, parameter: Parameter) -> set[str]:
        """The nouns a series of modifiers shares, which name no item: the list's own ("the phone and fax
        columns"), its description's ("age and income variables" for "predictor variables") or the tool's
        thing ("vegan and gluten-free bakeries" for `bakery_search`); not a word of an example value."""
        examples = {r for example in parameter.examples for r in roots_of(example)}
        return (parameter.name_roots | parameter.all_roots | self.name_roots) - examples

    def _group_of(self, mention: Mention) -> list[Mention]:
        if mention.group is None:
            return [mention]
        return [m for m in self.reading.mentions if m.group == mention.group]

    def _brand_and_model(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """A product named by one name of several words ("a Canon EOS R6", "the Trek Domane SL5") for a
        tool that takes its brand and its model apart: English names a product by its maker's name first,
        so the first word is the brand and the rest the model."""
        brand = next((p for p in parameters if p.named(_BRAND) and p.kind == "string"), None)
        model = next((p for p in parameters if p.named(_MODEL) and p.kind == "string"), None)
        if brand is None or model is None or model.name in chosen or brand.name not in chosen:
            return
        value = chosen[brand.name].value
        words = value.split() if isinstance(value, str) else []
        if len(words) < 2 or not words[0][:1].isupper():
            return
        chosen[brand.name] = replace(chosen[brand.name], value=words[0])
        chosen[model.name] = Argument(
            model.name, " ".join(words[1:]), "named", 1.0, f"the rest of the product's name “{value}”"
        )

    def _counted_items(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """Things ordered with their counts ("two Big Macs and one McFlurry", "3 bottles of olive oil and a
        bag of rice") for a tool that takes the things and their counts as two lists side by side (a list of
        strings, and a list of whole numbers whose words are a quantity or count "of each" item): the
        things, in the order said, fill the one, their counts the other (`values.counted_things`). Each
        count belongs to the thing it stands before, so the lists pair up; a careful caller does not ask
        for what the order already says."""
        lists = [p for p in parameters if p.kind == "list"]
        counts = [
            p
            for p in lists
            if resolve(p.item, self.root).get("type") == "integer"
            and (p.all_roots & set(roots_of("quantity count")) or _HOW_MANY.search(p.description))
        ]
        things = [p for p in lists if resolve(p.item, self.root).get("type", "string") == "string"]
        if len(counts) != 1 or len(things) != 1:
            return
        counted = counted_things(self.reading.text)
        if not counted:
            return
        names, numbers = [t.lower() for t, _ in counted], [n for _, n in counted]
        for index, mention in enumerate(self.reading.mentions):  # the things and counts are taken
            said = str(mention.value).lower()
            if (
                mention.value in numbers
                if mention.kind == "number"
                else any(said in n or n in said for n in names)
            ):
                self.used.add(index)
        how = "the things ordered, in the order said", "the count said before each thing ordered"
        for parameter, values, note in (
            (things[0], [t for t, _ in counted], how[0]),
            (counts[0], [n for _, n in counted], how[1]),
        ):
            chosen[parameter.name] = Argument(parameter.name, values, "named", 1.0, note)

    def _assign(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """Best-scoring (parameter, value) pairs first; each value to one parameter, each parameter once.

        Two patterns go before: parameters named in a series and then given a series of values ("base
        and height as 6 cm and 10 cm") pair up in order; numbered siblings (`mass1`, `mass2`) take
        the values their words point at in the order the request gives them.
        """
        self._named_series(parameters, chosen)
        self._series_of_their_noun([p for p in parameters if p.name not in chosen], chosen)
        self._numbered(parameters, chosen)
        self._apposed_places(parameters, chosen)
        self._versus(parameters, chosen)
        pairs = []
        for order, parameter in enumerate(parameters):
            for score, index, value, rule, evidence in self._candidates(parameter):
                needed = REQUIRED_EVIDENCE if parameter.required or self.open_object else OPTIONAL_EVIDENCE
                if score >= needed:
                    pairs.append((score, -order, index, parameter, value, rule, evidence))
        # near-equal evidence: a written value before a common noun ("change size to 12x18": the size is
        # 12x18, not "change"), then the earlier value, which goes first to a parameter named for the first
        # end of a range or change ("leaving 2025-09-04 and coming back 2025-09-11": `departure_date`
        # before `return_date`, whichever the schema lists first), then in the schema's order
        common = {i for i, m in enumerate(self.reading.mentions) if m.kind == "phrase"}
        pairs.sort(key=lambda p: (-round(p[0], 1), p[2] in common, p[2], range_end(p[3]), -p[1]))
        for score, _, index, parameter, value, rule, evidence in pairs:
            if parameter.name in chosen or index in self.used:
                continue
            self._take(
                chosen, Argument(parameter.name, value, rule, round(score, 2), evidence), parameter, index
            )

    def _gather_numbers(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """Lists of numbers that each took one lone number gather the request's other numbers said in
        phrases of their own, in the same pattern ("A scores 80 with a weight of 0.3 and B scores 90 with
        a weight of 0.7"; "Monday's high was 21, Tuesday's 24"): the numbers after the first items, which
        no parameter took and no other parameter links to, go to the lists in the order the first items
        came, round after round — only when they fill whole rounds."""
        mentions = self.reading.mentions
        lists = sorted(
            (
                (self.placed[p.name], p)
                for p in parameters
                if p.kind == "list"
                and p.name in chosen
                and p.name in self.placed
                and resolve(p.item, self.root).get("type") in ("number", "integer")
                and isinstance(chosen[p.name].value, list)
                and len(chosen[p.name].value) == 1
                and mentions[self.placed[p.name]].kind == "number"
                and mentions[self.placed[p.name]].group is None
                and not mentions[self.placed[p.name]].attributes.get("range")
            ),
            key=lambda pair: pair[0],
        )
        if not lists:
            return
        gathering = {p.name for _, p in lists}
        linked = {
            index
            for other in self._all
            if other.name not in gathering
            for _, index, *_ in self._candidates(other)
        }
        rest = [
            i
            for i, m in enumerate(mentions)
            if m.kind == "number"
            and not m.attributes.get("spelled")
            and i > lists[-1][0]
            and i not in self.used
            and i not in linked
        ]
        if not rest or len(rest) % len(lists) or any(mentions[i].attributes.get("range") for i in rest):
            return
        values = []
        for k, index in enumerate(rest):
            parameter = lists[k % len(lists)][1]
            value = number_value(mentions[index], Parameter("item", resolve(parameter.item, self.root), True))
            if value is None:
                return
            values.append((parameter, index, value))
        for parameter, index, value in values:
            argument = chosen[parameter.name]
            chosen[parameter.name] = replace(argument, value=[*argument.value, value])
            self.used.add(index)

    def _versus(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """ "the Riverton Rovers vs Harbor City FC match" for a tool that takes two of a kind (`home_team` and
        `away_team`, `player1` and `player2`): the names either side of "vs"/"versus" are the two, in
        order — where one name parameter alone keeps the whole ("R vs Adams" is a case's name). British
        English writes "v" with no dot ("Arsenal v Chelsea"), and an article may open the second side
        ("the Lakers vs. the Celtics" → "Lakers", "Celtics")."""
        kinds: dict[str, list[Parameter]] = {}
        for p in parameters:
            if p.kind == "string" and p.name not in chosen:
                for root in p.name_roots:
                    kinds.setdefault(root, []).append(p)
        pair = next((ps for ps in kinds.values() if len(ps) == 2), None)
        if pair is None:
            return
        for index, mention in enumerate(self.reading.mentions):
            if mention.kind != "name" or index in self.used:
                continue
            sides = VERSUS.split(str(mention.value))
            if len(sides) != 2 or not all(side[:1].isupper() for side in sides):
                continue
            for parameter, side in zip(pair, sides, strict=True):
                evidence = f"“{mention.text}”: the two either side of “vs”"
                chosen[parameter.name] = Argument(parameter.name, side, "versus", 1.5, evidence)
            self.used.add(index)
            self.placed[pair[0].name] = index
            return

    def _apposed_places(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """ "in Leeds, Yorkshire" for a tool with two place parameters (`town`, `county`): the first
        name to the first, the name the comma sets after it — the place it is in — to the second."""
        places = [
            p
            for p in parameters
            if p.kind == "string" and p.has(PLACE) and p.name not in chosen and not p.named(SOURCE | GOAL)
        ]
        if len(places) != 2:
            return
        larger = [p for p in places if p.named(_REGION)]
        for index, mention in enumerate(self.reading.mentions):
            region = self._apposition(mention) if mention.kind == "name" else None
            if region is None and mention.kind == "name" and len(larger) == 1:
                region = self._place_within(mention)
                if region is not None:  # the larger place to the parameter named for one
                    places = [p for p in places if p is not larger[0]] + larger
            if region is None or index in self.used:
                continue
            outer = self.reading.mentions.index(region)
            for parameter, (at, place) in zip(places, ((index, mention), (outer, region)), strict=True):
                evidence = f"“{mention.text} … {region.text}”: a place and the place it is in"
                self._take(
                    chosen, Argument(parameter.name, place.value, "apposition", 1.5, evidence), parameter, at
                )
            return

    def _use_within(self, start: int, end: int) -> None:
        """Every mention written wholly inside text[start:end] is taken: a value read as one run of words
        (a labelled text, a command line, a hyphened code) leaves none of its parts for another parameter."""
        self.used.update(i for i, m in enumerate(self.reading.mentions) if start <= m.start and m.end <= end)

    def _take(
        self, chosen: dict[str, Argument], argument: Argument, parameter: Parameter, index: int
    ) -> None:
        """The parameter gets its value from mention `index`, which no other parameter takes then."""
        chosen[parameter.name] = argument
        value = argument.value
        mention = self.reading.mentions[index]
        if mention.kind == "time" and parameter.kind == "number":
            parts = self.time_parts.setdefault(index, set())
            parts.add(parameter.name)
            if len(parts) < 2:
                self.placed[parameter.name] = index
                return  # "6:45" holds an hour and minutes: it stays for the other part's parameter
        if mention.kind == "date" and parameter.kind == "number" and self._date_fields_left(parameter, index):
            self.placed[parameter.name] = index
            return  # "March 4th 2025" holds a day, a month and a year: it stays for the other fields' parameters
        self.used.add(index)
        self.placed[parameter.name] = index
        if mention.kind == "date" and isinstance(value, str) and value != date_value(mention, parameter):
            # "tomorrow at 9 am" went whole into one moment (`_with_time`): its time is no value of its own
            self.used.add(next((i for i, m in enumerate(self.reading.mentions) if m.kind == "time"), index))
        if mention.kind == "number" and _years_spanned(parameter, mention):
            # "between 2010 and 2020" gave its length, 10 years: its second end is no value of its own
            self.used.update(
                i
                for i, m in enumerate(self.reading.mentions)
                if m.attributes.get("range") is (mention.attributes["range"])
            )
        if mention.kind == "number" and isinstance(value, str) and len(value) > len(mention.text):
            self._use_within(mention.start, mention.start + len(value))  # "098-293" went whole
        region = self._apposition(mention) if mention.kind == "name" else None
        if region is not None and isinstance(value, str) and value.endswith(f", {region.value}"):
            self.used.add(self.reading.mentions.index(region))  # "Boston, MA" went whole
        if parameter.kind == "list" and mention.kind != "list":
            # the series' members are the list's items ("tofu and spinach"); a written list's siblings
            # are other lists ("[1, 2] and [3, 4]"), the values of other list parameters or calls
            group = mention.group
            if group is not None:
                self.used.update(i for i, m in enumerate(self.reading.mentions) if m.group == group)
            ends = mention.attributes.get("range")
            if ends is not None:  # a range went whole, both its ends
                mentions = self.reading.mentions
                self.used.update(
                    i
                    for i in (index - 1, index + 1)
                    if mentions[i : i + 1] and mentions[i].attributes.get("range") == ends
                )


__all__ = ["Argument", "Filled", "fill", "has_arithmetic"]


def _region_code(text: str) -> bool:
    """Whether a name set after a place by a comma is a region's code by its form: two capitals ("Toronto,
    ON", "Boise, ID", "Halifax, NS"), as postal addresses write a state or province after the city — so the
    pair is one place, also where a tool takes two places ("from Toronto, ON to Boise, ID": each end keeps
    its code, no list of codes needed). A longer name after the comma ("Paris, Rome") may be an item of a
    series, and is read so only where one place is asked (`_apposition`)."""
    return bool(re.fullmatch(r"[A-Z]{2}", text))
