"""What a tool parameter asks for, read from its JSON schema, name and description.

A parameter is looked for in a request by its *words* — the words of its name (weighing most),
and the words of its description that tell it apart from the tool's other parameters — and by its
*kind*, which its type and words give away:

| kind | when | takes |
|---|---|---|
| `number` | `type` number or integer | numbers (percentages as fractions unless the parameter speaks of percent) |
| `boolean` | `type` boolean | true when its words are in the request, false when negated |
| `enum` | `enum` | the option the request names |
| `list` | `type` array | a bracketed list, a coordinated series, or every mention of the item kind |
| `object` | `type` object with properties | its properties, filled the same way |
| `date` | `format: date`/`date-time`, "date" in its name, or a date layout in its description | dates, in the format the description states ("MM-DD-YYYY", "month-day-year") |
| `expression` | words of `EXPRESSION`, unless its examples are codes ("e.g. H2O") | a formula ("3x^2 + 2x - 1", "15 / 100 * 240") |
| `sql` | "sql" among its words | a SELECT written from the tables the tool lists (`sql`) |
| `text` | words of `TEXT` (query, question, prompt …) | the ask itself, as a caller would pass it on |
| `string` | any other string | a quoted string, an identifier, a name, a date, an e-mail, a URL, a phrase |

Word classes used to read parameters are closed and grammatical, listed here once: the nouns that
name a place (`PLACE`), a code (`IDENTIFIER`), a passage of text (`TEXT`), a formula (`EXPRESSION`);
the prepositions of a route's two ends (`SOURCE`/`GOAL`); the nouns of a parameter that holds a
proper name (`NAME`); and light verbs (`LIGHT`), which say
nothing about what a boolean switches.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from cachetools import LRUCache

from agentkit.local import lexicon, meaning
from agentkit.local.simulated.quantities import convert, in_base, is_unit_name, measure_of, unit_of

NAME_WEIGHT, DESCRIPTION_WEIGHT = 2.0, 1.0

PLACE = frozenset(
    "location city place country state region area address venue destination origin town county province "
    "zone timezone site continent neighborhood neighbourhood where jurisdiction".split()
)
IDENTIFIER = frozenset(
    "id identifier code sku key ref reference ticker symbol serial isbn uuid number no".split()
)
TEXT = frozenset(
    "query question prompt message request task instruction input text content fact note".split()
)
WRITTEN = frozenset("message text body content comment note reply caption review".split())
"""Words of a parameter that holds words to be written (an e-mail's body, a review's comment): what a
request reports after "saying" goes there."""
_STATEMENT = frozenset("query statement select command".split())
"""Words that name what an SQL parameter holds, beside a database product's name ("The MySQL query")."""
REASON = frozenset("reason why cause justification explanation".split())
"""Words of a parameter that holds why something is done: what a request gives after "because" goes there."""
PURPOSE = frozenset("purpose reason goal occasion".split())
"""Words of a parameter that holds what a thing is for (an alarm's, a payment's): the infinitive of purpose
a request says after its ask ("… to go for a run") goes there. "reason" is in `REASON` too on purpose: a
reason parameter takes a "because" clause and, failing one, the purpose said as an infinitive."""
PASSAGE = frozenset("sentence statement passage paragraph".split())
"""Description words of a parameter that takes a whole statement ("the fact in one short sentence")."""
NAME = frozenset("name title".split())
COMMAND = frozenset("command cmd script shell".split())
"""Names of a parameter that holds a command line to run: it takes the command the request writes."""
LABEL = frozenset("label title subject caption heading headline tag".split()) | WRITTEN | {"name"}
"""Nouns of a parameter that holds a short text written by the user, a name or a label: after its own
word ("with the label Pizza in oven", "titled VPN drops every hour") the rest of the phrase is the value."""
EXPRESSION = frozenset("expression formula equation function polynomial arithmetic math calculation".split())
_OPERATOR = re.compile(r"[-+*/^=()<>]|\d\s*[a-z]\b|\bx\b")
"""What a mathematical example has ("x^2 + 1", "2x"); a formula whose examples are words or codes without
it ("H2O", "NaCl") is a code, a string like any other."""
SOURCE = frozenset("from start origin source departure begin beginning initial sender".split())
GOAL = frozenset("to end destination target arrival final recipient".split())
LIGHT = frozenset(
    "be have include use enable show return get allow consider want need do apply flag option whether "
    "should if true false".split()
)
MONEY = (
    "money cash price cost fee budget salary income revenue payment principal investment deposit loan capital "
    "fund balance bill"
).split()
"""Nouns of a parameter that holds an amount of money: a value written with a currency ("$1000") is
evidence for it as a unit is ("Initial amount of money", `loan_amount`, "the bill")."""
_MONEY_WORDS = frozenset(MONEY)
_SUM_WORDS = frozenset("amount sum total value".split())
_MONEY_SAID = re.compile(r"\b(?:amount|sum) of money\b|\bprincipal amount\b", re.I)
"""A description that says its value is money ("The initial amount of money that is compounded")."""
CURRENCY = frozenset({"currency"})
"""The word of a parameter that holds a currency: a currency named in words goes in as its ISO code."""
_HEADED_BY_CURRENCY = re.compile(
    r"\s*(?:the\s+)?(?:(?:iso(?:\s+4217)?|three-letter|3-letter|base|quote|source|target|home|local)\s+)*"
    r"(?:currency(?:\s+code)?\b|code\s+of\s+the\s+currency\b)",
    re.I,
)
"""A description that opens on the currency the parameter holds, after the words that only say which or
how it is written ("ISO 4217 currency code", "Base currency code", "Three-letter code of the currency")."""
PERCENT = frozenset("percent percentage pct".split())
AGENT = frozenset(
    "author artist creator maker manufacturer brand developer publisher composer director designer "
    "inventor discoverer writer painter sculptor producer".split()
)
"""Nouns of a parameter that holds who made something: its value follows "by" ("by Isaac Newton")."""
PERFORMER = frozenset(
    "cast actor actress star performer guest speaker presenter comedian singer musician dancer".split()
)
"""Nouns of a parameter that holds who takes part in the thing sought — who acts, plays, speaks or appears
in it, not who made it (`AGENT`): "The lead actors of the series", "The guest on the episode". Such a
parameter holds a person's name though its description does not say "name"."""
SOUGHT = frozenset("query search keyword keywords term terms".split())
"""Names of a parameter that holds the words to search for: the thing the request names after "called",
"named" or "titled" is what is sought ("a podcast called The Daily Stoic" → "The Daily Stoic")."""
TOPIC = frozenset("topic subject theme".split())
"""Nouns of a parameter that holds what a thing is about: its value follows "about" ("songs by Adele about
heartbreak", "lectures about quantum electrodynamics"), as a maker's follows "by"."""
KIND = frozenset("type kind category genre style mode level format class variety sort".split())
"""Nouns of a parameter that holds a kind of thing: an adjective can be its value ("acoustic", "major")."""
GENRE = frozenset("genre category cuisine sport".split())
"""Names of a parameter that holds, by itself, which kind of the tool's own thing is meant ("horror" movies)."""
YEAR = frozenset({"year"})
TIME = frozenset("date day time when period year month week hour schedule moment".split())
"""Words of a parameter that may take a date or a time it is not named beside."""
"""The word of a parameter that holds a year, written in figures even when typed as a string."""
_RANGED = frozenset("range interval span bounds limits period".split())
"""Words of a list parameter that holds a range's two ends ("year_range", "the time interval")."""
_ONE_THING = frozenset("the a an this that its each one first second third fourth last".split())
"""Words that single out one thing after "the number/amount/quantity of": a measure of that thing, no count
of its kind ("the quantity of the first sample" is not how many samples)."""

COUNTING = frozenset("count number num amount quantity total".split())
"""Words of a parameter that counts things ("trait_count", "number_of_players")."""

_EVERY = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
"""Adjectives that say "per <unit>": a "yearly rate" is a rate per year, no number of years."""

MEASURING = frozenset({"amount", "total"})
"""Of those, the words that also measure: "bill_amount" and "total_payout" are money, not how many."""

_ANY_THING = frozenset("result item entry record hit match row".split())
"""Nouns that stand for whatever is counted: `num_results` counts the "three plants" asked for."""

PERSONS = frozenset("people person persons ppl".split())
_COUNTED = re.compile(r"\b(?:(?:number|count|amount|quantity) of|how many) ((?:\w+ ){0,2}\w+)", re.I)
"""What a description says a parameter counts: "The number of nights", and "How many people will dine"
as "The number of people" does."""
_ONE_A_PERSON = frozenset("seat seats ticket tickets".split())
"""What each person of a party takes one of: a count of people is a count of them."""

_LEAVING_OUT = frozenset("avoid exclude without except omit skip".split())
"""Words of a list parameter that names things to leave out (not "no"/"not", which any description says)."""
"""The generic nouns for persons: "for 2 people" counts the `adults`, `passengers` a parameter counts."""


@cache
def _roots(words: frozenset[str]) -> frozenset[str]:
    """The roots of a fixed word class, worked out once (not at import: the lexicon loads lazily)."""
    return frozenset(lexicon.root(w) for w in words)


@cache
def _negation_roots() -> frozenset[str]:
    return frozenset(lexicon.root(w) for w in lexicon.NEGATIONS)


_PARENTHESISED = re.compile(r"\(([^()]{3,120})\)")
_DEFAULT = re.compile(r"\bdefault", re.I)
_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|eg|ie)\b\.?", re.I)
_FORMAT = re.compile(
    r"\b(Y{2,4}|y{2,4}|MM|mm|DD|dd)([-/.])(MM|mm|DD|dd|Y{2,4}|y{2,4})\2(Y{2,4}|y{2,4}|DD|dd|MM|mm)(?:\b|(?=T[Hh]{2}))"
)
_TIME_FORMAT = re.compile(r"(?:(?<=T)|(?<![A-Za-z]))(?:HH|hh):(?:MM|mm)(?::(?:SS|ss))?(?![A-Za-z])")
_TWELVE_HOUR = re.compile(r"\b(?:AM|PM|a\.m\.|p\.m\.|12-hour|12 hour)(?!\w)", re.I)
_CLOCK_LAYOUT = re.compile(
    r"\b(?:HH|hh):(?:MM|mm)\b|\b(?:24|12)[- ]hour\b|['\"“‘(]\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?['\"”’)]|\bAM/PM\b"
)
"""A description's layout of a time of day: "HH:MM", "24-hour format", an example "'14:00'", "AM/PM"."""
_MOMENT_EXAMPLE = re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(?:\.\d+)?(Z)?")
_MOMENT_NAMED = re.compile(
    r"\b(?:date[- ]?(?:and[- ]?)?time|datetime)\b.{0,40}\bISO[- ]?8601|\bISO[- ]?8601\b.{0,20}\b(?:date[- ]?(?:and[- ]?)?time|datetime|timestamp)\b",
    re.I,
)
"""A description asking for a date with its time: an ISO 8601 example with a "T" ("2024-03-01T18:00:00Z"), or
"ISO 8601" said with "date and time", "datetime" or "timestamp"."""
_SPELLED_FORMAT = re.compile(r"\b(year|month|day)([-/.])(year|month|day)\2(year|month|day)\b", re.I)
_FIELDS = {"year": "YYYY", "month": "MM", "day": "DD"}
_IN_FIGURES = re.compile(
    r"\biso[- ]?8601\b|\btimestamps?\b|\bepoch\b|\bunix\s+time\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b", re.I
)
"""A description's words for a moment written in figures: ISO 8601, a timestamp, an example date."""
_EXAMPLES = re.compile(
    r"(?<![a-z])(?:e\.g\.?|eg\.|for example|for instance|such as|like|examples?:?|i\.e\.?|"
    r"(?:options?|choices?|(?:possible|valid|allowed|accepted) values?)(?: are| include)?:?|one of:?|"
    r"either|can be|could be|values?:?)(?![a-z])(?![\s:,]*(?:e\.g|i\.e))\s*[:,]?\s*(.+?)(?:[.;](?!\w)|\)|$)",
    re.I,
)
"""Where a description lists examples: a whole word ("Optional." lists no "al", "likely" no "ly"); a
noun before an "e.g." ("Dietary option, e.g. vegan, …") leaves the list to it, it lists no "e"."""
_QUOTED_IN_DESCRIPTION = re.compile(r"(?<![A-Za-z0-9])['\"`“]([^'\"`”]{1,40})['\"`”](?![A-Za-z0-9])")
"""A quoted value in a description ("such as 'localhost'"): an apostrophe inside a word ("the server's
hostname", "isn't") opens and closes no quotation, so "'s hostname or IP address, such as '" is no example,
and its words stay the parameter's own."""
_SPLIT_EXAMPLES = re.compile(r"(?<![a-z]),|,(?!\s*[A-Z]{2}\b)|\bor\b|/|\band\b")
"""Where a list of examples parts: a comma, "or", "and", a slash — not the comma of a town and its state
code, "e.g. Eureka, CA or Reno, NV" (two examples, each one place)."""


_STATED_DEFAULT = re.compile(
    r"\bdefaults?(?:\s+value)?(?:\s+(?:is|to|of)|\s*[:=])?\s*"
    r"(?:['\"`“]([^'\"`”]{1,40})['\"`”]|(-?\d+(?:\.\d+)?)(?![\w/])|([A-Za-z][\w-]*)(?=\s*(?:[.;,)]|$)))",
    re.I,
)
_FALLBACK = re.compile(
    r"\b(?:if|when|where)\s+(?:(?:the\s+)?user\s+(?:does\s*n[o']t|do\s*n[o']t|does\s+not)\s+(?:specify|say|give\s+one)"
    r"|(?:it\s+is\s+|it's\s+)?(?:not\s+(?:specified|given|provided|stated|set)|unspecified|omitted))"
    r"\s*,?\s*(?:please\s+)?use\s+"
    r"(?:['\"`“]([^'\"`”]{1,40})['\"`”]|(-?\d+(?:\.\d+)?)(?![\w/])|([A-Za-z][\w-]*)(?=\s*(?:[.;,)]|$)))",
    re.I,
)
"""A description's fallback said as an instruction to the caller: "If the user doesn't specify, please use
100", "If not specified, use 20", "When not given, use 'medium'" — a default in other words, since the
caller is told what a request that says nothing means."""
_PAGING = re.compile(r"\bpaginat\w*|\bpag(?:ing|ed)\b|\bpage\s+through\b", re.I)
_START = re.compile(
    r"\bstart(?:ing)?\s+(?:point|position|index)\b|\boffset\b|\b(?:index|position)\s+of\s+the\s+first\b"
    r"|\bto\s+skip\b",
    re.I,
)
"""A description's words for where a paged listing starts (`Parameter.starts_a_page`)."""
_NO_DEFAULT = frozenset(
    {"none", "null", "empty", "current", "today", "now", "tomorrow", "unspecified", "false"}
)
_CLOSED = re.compile(
    r"\b(?:options?|choices?|possible values?|valid values?|allowed values?|accepted values?)\s*(?:are|include|is)?\s*:"
    r"|\b(?:options?|choices?|possible values?|valid values?|allowed values?|accepted values?)\s+(?:are|include)\b"
    r"|\b(?:one of|either)\b",
    re.I,
)
"""A description that offers its examples as the only choices."""

_AMOUNT_EXAMPLE = re.compile(r"\d+(?:\.\d+)?\s?([A-Za-z°µ][A-Za-z/°²³]*)")
"""An example written as an amount and its unit ("5 km", "20lb", "10 minutes")."""

_COLON_CHOICES = re.compile(
    r":\s*((?:['\"]?[A-Za-z][\w-]*['\"]?,\s*)*['\"]?[A-Za-z][\w-]*['\"]?,?"
    r"\s+or\s+['\"]?[A-Za-z][\w-]*['\"]?)\s*(?:[.;]|$)"
)
"""Choices a description lists after a colon, one word each, the last after "or" ("Pizza size: small,
medium or large."): the only ones, as after "one of"."""

_BARE_CHOICES = re.compile(
    r"(?:(?:^|[.:]\s+)((?:[A-Za-z][\w-]*,\s*)*[A-Za-z][\w-]*,?\s+or\s+[A-Za-z][\w-]*)"
    r"|:\s+((?:[A-Za-z][\w-]*,\s*){2,}[A-Za-z][\w-]*))(?:,\s*optional)?\s*(?:\.|$)",
    re.I,
)
"""A sentence of one-word choices and nothing else ("male or female.", "junior, mid or senior.", "home or
away, optional.") or three or more after a colon ("Portion size: small, medium, large."): the only ones."""

_MUST_BE = re.compile(r"\bmust be\s+['\"`“(\[]?\s*", re.I)
""""Must be" before what it requires: choices only when an example follows it ("must be 'asc' or 'desc'")."""


def agent_noun(word: str) -> bool:
    """Whether `word` names a doer as English makes one from a verb ("composer", "director", "winner")."""
    if "NOUN" not in lexicon.parts(word):
        return False
    for suffix in ("er", "or", "r"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            for verb in (stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if "VERB" in lexicon.parts(verb) and not lexicon.is_function_word(verb):
                    return True
    return False


def words_of(text: str) -> list[str]:
    """The lower-case words of a text, identifiers split ("maxPrice" → "max", "price")."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """`words_of`, kept: an agent sends the same tool names and descriptions on every turn."""
    return tuple(re.findall(r"[a-z]+", lexicon.split_identifiers(text).lower()))


@lru_cache(maxsize=4096)
def object_head(description: str, *, one: bool = False) -> str:
    """The head noun of the object a description's opening verb takes, as written — what one call gives
    or acts on ("Look up the **definition** of a word", "Draw one random **number** from …", "Generate a
    random **password**"); "" when the description does not open with a verb ("A tool that …") or the
    object is no noun. With `one`, only a single thing the verb takes at once after "a"/"an"/"one" —
    what each call makes one of ("Generate **a** random password", not "Find folk recordings")."""
    sentence = re.split(r"[.;:!?(]", description, maxsplit=1)[0]
    words = words_of(sentence)
    if not words or "VERB" not in lexicon.parts(words[0]) or lexicon.is_function_word(words[0]):
        return ""
    rest = words[1:]
    while rest and lexicon.is_function_word(rest[0]):
        if one and rest[0] not in _ONE:
            return ""
        rest = rest[1:]  # "look up the …", "search for …"
    phrase: list[str] = []
    for word in rest[:4]:
        if lexicon.is_function_word(word) or word[0].isdigit():
            break
        phrase.append(word)
    head = phrase[-1] if phrase else ""
    if one and (len(words) < 2 or words[1] not in _ONE):
        return ""
    return head if "NOUN" in lexicon.parts(head) else ""


_ONE = frozenset("a an one".split())


def roots_of(text: str) -> list[str]:
    return [lexicon.root(w) for w in words_of(text) if not lexicon.is_function_word(w)]


_LOWER_LIMIT = frozenset("min minimum".split())
_UPPER_LIMIT = frozenset("max maximum".split())
_LOWER_LIMIT_WORDS = ("minimum", "at least", "or more", "or higher")
_UPPER_LIMIT_WORDS = ("maximum", "at most", "or less", "or fewer")
"""Words that make a parameter a limit of what is sought, below or above (`limit_end`)."""


_CODE_GLOSS = re.compile(
    r"""(?<![\w.])['"]?(-?\d+)['"]?\s*(?:for|represents|means|stands\s+for|=|:)\s+(?:an?\s+|the\s+)?"""
    r"""([A-Za-z][^,;.()'"]*?)(?=\s*(?:[,;.()'"]|\band\b|\bor\b|\betc\b|$))""",
    re.I,
)
"""A number the description maps to words: "1 for cleaning", "'2' represents an ironing service"."""


@dataclass
class Parameter:
    """One property of a tool's input schema, with what the request must show to fill it."""

    name: str
    spec: dict[str, Any]
    required: bool
    siblings: list[str] = field(default_factory=list)
    """The other parameters' descriptions and the tool's own: words shared with them tell nothing."""

    @classmethod
    def shared(cls, name: str, spec: dict[str, Any], required: bool, siblings: list[str]) -> Parameter:
        """The parameter for a property of a tool's schema, shared across requests (as `Tool.from_spec`
        shares tools): an agent sends the same tools on every turn, and what a parameter asks for (its
        kind, key words, examples, formats) depends on the schema alone, so it is worked out once instead
        of on every call. Keyed by the property's JSON, so an edited schema gets a new one."""
        key = (name, json.dumps(spec, sort_keys=True, default=str), required, tuple(siblings))
        found = _PARAMETERS.get(key)
        if found is None:
            found = _PARAMETERS[key] = cls(name, spec, required, list(siblings))
        return found

    @cached_property
    def description(self) -> str:
        return str(self.spec.get("description", ""))

    @cached_property
    def type(self) -> str:
        kind = self.spec.get("type", "string")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "string")
        return str(kind)

    @cached_property
    def name_words(self) -> list[str]:
        return [w for w in words_of(self.name) if not lexicon.is_function_word(w) or w in ("to", "from")]

    @cached_property
    def keys(self) -> dict[str, float]:
        """Roots that point at this parameter in a request, with their weight.

        The name's words weigh most (unit symbols also by their names: `height_m` → "meter"); a
        description word weighs less, and nothing when a sibling parameter's description has it too.
        """
        weights: dict[str, float] = {}
        shared = {r for s in self.siblings for r in roots_of(s)}
        shared |= {r for example in self.examples for r in roots_of(example)}  # values, not names for them
        for word in words_of(_ABBREVIATIONS.sub(" ", self.description)):
            if lexicon.is_function_word(word) or len(word) < 2:
                continue
            r = lexicon.root(word)
            if r not in shared:
                weights[r] = max(weights.get(r, 0.0), DESCRIPTION_WEIGHT)
        for word in self.name_words + [w for w in self.spelled_out if lexicon.root(w) not in shared]:
            r = lexicon.root(word)
            weights[r] = NAME_WEIGHT
            unit = unit_name(word)
            if unit:
                weights.setdefault(lexicon.root(unit.split()[0]), NAME_WEIGHT)
        return weights

    @cached_property
    def spelled_out(self) -> list[str]:
        """The description's words that the name abbreviates (`db_name`: "Name of the database" → "database",
        `max_qty` → "maximum", "quantity"): a short name word the dictionary lacks, whose letters a longer
        description word has in order from its first — the same word, as the name writes it."""
        words = words_of(self.description)
        out = []
        for short in self.name_words:
            if len(short) > 4 or lexicon.known(short) or not short.isalpha():
                continue
            pattern = re.compile(".*?".join(map(re.escape, short)))
            long = next((w for w in words if len(w) > len(short) + 1 and pattern.match(w)), None)
            if long is not None:
                out.append(long)
        return out

    @cached_property
    def name_roots(self) -> set[str]:
        return {lexicon.root(w) for w in self.name_words} | {
            lexicon.root(unit_name(w).split()[0]) for w in self.name_words if unit_name(w)
        }

    @cached_property
    def modifier_roots(self) -> frozenset[str]:
        """The roots of the words of a compound name that modify its last noun (`unit_price`, `room_rate`,
        `tree_height`): a number counted in such a word ("3 units", "2 rooms") counts those things, it is
        no price or rate of one; none for a count (`bars_count`), a rate per something (`hours_per_day`)
        or a name of one word."""
        words = [w for w in words_of(self.name) if not lexicon.is_function_word(w)]
        if len(words) < 2 or self.is_count or "per" in words_of(self.name):
            return frozenset()
        head = lexicon.root(words[-1])
        return frozenset(lexicon.root(w) for w in words[:-1]) - {head}

    @cached_property
    def limit_end(self) -> int:
        """-1 for a parameter that sets a lower limit (`min_rating`, "The minimum star rating", "at least"),
        1 for an upper one (`max_price`, "The highest price", "up to", a bare `limit`), else 0: a comparison in the request
        ("rated at least 4.2", "under $30") gives such a parameter its number."""
        words = [w.lower() for w in self.name_words]
        text = " " + " ".join(words_of(self.description.lower())) + " "
        lower = bool(set(words) & _LOWER_LIMIT) or any(f" {p} " in text for p in _LOWER_LIMIT_WORDS)
        upper = bool(set(words) & _UPPER_LIMIT) or any(f" {p} " in text for p in _UPPER_LIMIT_WORDS)
        # a parameter named `limit` (not a lower one) caps what comes back: "at most 20" is its number
        upper = upper or ("limit" in words and not set(words) & (_LOWER_LIMIT | {"lower", "low"}))
        return 0 if lower == upper else -1 if lower else 1

    @cached_property
    def all_roots(self) -> set[str]:
        return {lexicon.root(w) for w in words_of(f"{self.name} {self.description}")}

    @cached_property
    def leaves_out(self) -> bool:
        """Whether the parameter names things to leave out ("Road features to avoid", `exclude`, "Ingredients
        to leave out"): a noun after "without"/"avoiding" is its item, one after "with"/"including" not."""
        text = f"{self.name} {self.description}".lower()
        return bool(self.all_roots & _roots(_LEAVING_OUT)) or bool(re.search(r"\b(?:leave|left) out\b", text))

    @cached_property
    def per_roots(self) -> set[str]:
        """The units the parameter counts *per* ("compounded per year", `visits_per_day`, "yearly rate"):
        its denominators."""
        words = words_of(f"{self.name} {self.description}")
        per = {lexicon.root(b) for a, b in zip(words, words[1:], strict=False) if a == "per"}
        # "how many times a year": "a" after "times" says per, as "per" does
        per |= {
            lexicon.root(c)
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
            if a == "times" and b in ("a", "an", "each", "every")
        }
        # a unit written with a slash divides by what follows it: "J/g°C" counts per gram, "m/s" per second
        for symbol in re.findall(r"(?<=[A-Za-zµΩ°])/([A-Za-zµΩ]+)", self.description):
            per |= {lexicon.root(w) for w in (symbol.lower(), *unit_of(symbol).lower().split()) if w}
        return per | {lexicon.root(_EVERY[w]) for w in words if w in _EVERY}

    def has(self, vocabulary: frozenset[str]) -> bool:
        """Whether the name has a word of the class, or (for a string) the description has one that is no
        negation ("if no preference" makes no identifier of `view`: "no" is a code's word only as "Case No")."""
        roots = _roots(vocabulary)
        if not roots.isdisjoint(self._name_roots):
            return True
        return self.type == "string" and not roots.isdisjoint(self.all_roots - _negation_roots())

    @cached_property
    def measures(self) -> frozenset[str]:
        """What the units its description names measure ("Amount deposited in dollars" → money, "Time
        in hours" → time): a value in a unit of another measure is none of its values."""
        words = re.findall(r"[A-Za-z°µΩ/$€£]+", self.description)
        found = set()
        for before, word in zip(["", *words], words, strict=False):
            lower = word.lower()
            if lexicon.is_function_word(lower) or before.lower() == "per":
                continue  # "paid per year" is a rate: the year is no measure of the value
            said_in = before.lower() == "in"
            if lexicon.known(lower) and not (said_in or lexicon.lemma(lower) != lower):
                continue  # "the second batch" names no unit; "in hours", "dollars" do
            if len(word) < 2 and not said_in:
                continue  # the "s" of "company's"
            if measure := measure_of(word):
                found.add(measure)
        return frozenset(found)

    @cached_property
    def rate_parts(self) -> frozenset[str]:
        """What the units of a rate its description writes as a ratio measure ("in m/s^2" → distance,
        time): a value in one of them alone ("45 m") is a part of such a rate, none of its values."""
        found: set[str] = set()
        for word in re.findall(r"[A-Za-z°µΩ]+(?:/[A-Za-z°µΩ]+)+", self.description):
            parts = [measure_of(part) for part in word.split("/")]
            if all(parts):
                found.update(parts)
        return frozenset(found)

    @cached_property
    def units(self) -> list[str]:
        """The units of fixed size the parameter counts in, by a word of its name (`duration_minutes`,
        `height_cm`) or after "in" in its description ("Cooking time in hours", "Weight in kilograms").
        A symbol in a name is a unit only as its last word: the "min" of `min_rating` is a minimum."""
        named = self.name_words
        named = [w for i, w in enumerate(named) if i == len(named) - 1 or not unit_of(w) or is_unit_name(w)]
        words = [*named, *re.findall(r"(?<=\bin )[A-Za-z]+", self.description)]
        return [w for w in words if in_base(w)]

    def in_own_unit(self, value: float, unit: str) -> float | None:
        """A value written in `unit` in the unit the parameter counts in when that is another of the same
        measure ("1.82 m" for `height_cm` is 182, "2 hours" for `duration_minutes` 120); None when the
        parameter counts in `unit` itself, or in no unit of its measure."""
        if not unit or any(in_base(w) == in_base(unit) for w in self.units):
            return None
        return next((c for w in self.units if (c := convert(value, unit, w)) is not None), None)

    @cached_property
    def is_probability(self) -> bool:
        """Whether the parameter is a probability (its name says so: `probability_of_success`, `p_prob`),
        a number from 0 to 1, unless its description takes percent."""
        return bool({"probability", "prob", "likelihood"} & set(self.name_words)) and not re.search(
            r"percent|%", self.description, re.I
        )

    @cached_property
    def is_currency(self) -> bool:
        """Whether the parameter holds a currency: its name says so (`from_currency`), or, for a string, its
        description opens on it as the head of what the parameter is ("Base currency code.", "Currency code
        to convert from", "ISO code of the currency") — so `base`/`quote`/`source` of an exchange rate take
        "Swiss franc" as its ISO code as a `currency` does. A currency only modified after ("Country whose
        currency …") or in another noun's phrase is not what the parameter holds."""
        if self.named(CURRENCY):
            return True
        if self.type != "string" or "enum" in self.spec:
            return False
        return bool(_HEADED_BY_CURRENCY.match(self.description))

    @cached_property
    def holds_money(self) -> bool:
        """Whether the parameter holds an amount of money: a money noun as its name's head (`principal`,
        `property_price`, `salary`; or an amount of one, `loan_amount`) or its description saying so ("The initial amount of money …"). A
        number written in a unit of another measure ("5 years", "3 kg") is none of its values."""
        words = [w.lower() for w in self.name_words]
        if not words:
            return False
        head = words[-1]
        if head in _MONEY_WORDS or head in _SUM_WORDS and _MONEY_WORDS & set(words):
            return True  # `property_price`, `loan_amount` — not `loan_term`, a loan's length
        return bool(_MONEY_SAID.search(self.description))

    @cached_property
    def is_fraction(self) -> bool:
        """Whether the parameter is a ratio written as a decimal or a percentage: a rate, ratio or share by
        its name whose description says "as a decimal", "percent" or "%" ("The annual interest rate, as a
        decimal"). A number in a unit ("3 years", "5 kg") is none of its values."""
        return bool({"rate", "ratio", "share", "fraction"} & set(self.name_words)) and bool(
            re.search(r"decimal|percent|%", self.description, re.I)
        )

    @cached_property
    def is_count(self) -> bool:
        """Whether the parameter holds how many of something there are, by its name ("num_guests",
        "count") or its description ("Number of people splitting the bill")."""
        return bool(_roots(COUNTING - MEASURING) & self._name_roots) or bool(
            re.match(r"\s*(?:the\s+)?(?:number|count) of\b|\s*how many\b", self.description, re.I)
        )

    def counts_ticket_holders(self, noun: str) -> bool:
        """Whether a count of `noun` ("4 tickets", "two bus tickets") is this parameter's as a count of people:
        one ticket a person, for a parameter that counts persons (`num_passengers`, "How many people") and
        not tickets themselves."""
        return lexicon.lemma(noun.lower()) == "ticket" and not self.counts(noun) and self.counts("people")

    def counts(self, noun: str) -> bool:
        """Whether the parameter holds how many of `noun` there are: its name says so ("nights",
        "num_adults", "trait_count", a bare "count") or its description does ("the number of nights").
        An "amount" or "total" in a name measures ("bill_amount" is money, not how many bills), and so does
        "the amount of" one thing the description singles out by an article or an ordinal ("The quantity
        of the first sample of gas", "The amount of the second deposit"): it is how much of that one
        thing, so "two samples" is no value of it (`_ONE_THING`)."""
        root = lexicon.root(noun)
        counting = _roots(COUNTING - MEASURING)
        named = {lexicon.root(w) for w in self.name_words}
        phrases = _COUNTED.findall(self.description)
        counted = [phrase for phrase in phrases if phrase.split()[0].lower() not in _ONE_THING]
        if any(lexicon.root(w) == root and lexicon.lemma(w) != w for w in self.name_words):
            return True  # "nights"
        if phrases and not counted:
            return False  # "quantity1: The quantity of the first sample": how much of one thing
        if named & counting and (root in named or not named - counting - _roots(_ANY_THING)):
            return True  # "num_adults", "num_results", "count" — not "num_players" for "two bills"
        if any(root in {lexicon.root(w) for w in phrase.split()} for phrase in counted):
            return True
        return noun.lower() in PERSONS and (self._counts_persons(counted) or self._counts_places(counted))

    def counts_a_party(self) -> bool:
        """Whether the parameter counts the people of a party or what each takes one of (`guests`,
        `party_size`, `number_of_seats`) — not a count of whatever is asked for (`num_results`): "just for
        myself" says how many people, no number of results."""
        phrases = [p for p in _COUNTED.findall(self.description) if p.split()[0].lower() not in _ONE_THING]
        return self._counts_persons(phrases) or self._counts_places(phrases)

    def _counts_places(self, phrases: list[str]) -> bool:
        """Whether the parameter counts what each person takes one of, a seat or a ticket ("number_of_seats",
        "The number of tickets to buy"): a party of two needs two seats, two tickets, so a count of people
        ("a cab for 2", "just for myself") is its count, as a count of tickets is one of people
        (`counts_ticket_holders`)."""
        if not self.is_count:
            return False
        words = list(self.name_words) + [w for phrase in phrases for w in phrase.split()]
        return bool({lexicon.root(w) for w in words} & _roots(_ONE_A_PERSON))

    def _counts_persons(self, phrases: list[str]) -> bool:
        """Whether the parameter counts a kind of person ("num_adults", "Number of passengers"): a count
        of "people" is a count of them ("for 2 people", "a party of four people"), by the meaning of the
        noun it counts, close to "people" (adults, passengers, guests — not rooms, nights or tickets), or a
        noun for one who does an act (`lexicon.doer`: travellers, diners, attendees, cyclists), which counts
        people by what they do."""
        if not self.is_count:
            return False
        words = [w for w in self.name_words if lexicon.root(w) not in _roots(COUNTING)]
        words += [w for phrase in phrases for w in phrase.split() if not lexicon.is_function_word(w)]
        plural = [w for w in words if lexicon.noun_lemma(w) != w.lower() or w.lower() in PERSONS]
        return any(
            w.lower() in PERSONS or meaning.similarity("people", w) >= 0.2 or lexicon.doer(w) for w in plural
        )

    def named(self, vocabulary: frozenset[str]) -> bool:
        """Whether the parameter's *name* has a word of the class."""
        return not _roots(vocabulary).isdisjoint(self._name_roots)

    @cached_property
    def _name_roots(self) -> frozenset[str]:
        """The roots of the name's own words (`name_roots` adds those of the units a short name stands for)."""
        return frozenset(lexicon.root(w) for w in self.name_words)

    @cached_property
    def kind(self) -> str:
        spec = self.spec
        if "enum" in spec:
            return "enum"
        if self.type in ("number", "integer"):
            return "number"
        if self.type == "boolean":
            return "boolean"
        if self.type == "array":
            return "list"
        if self.type == "object":
            return "object"
        roots = {lexicon.root(w) for w in words_of(f"{self.name} {self.description}")}
        if (
            spec.get("format") in ("date", "date-time")
            or lexicon.root("date") in {lexicon.root(w) for w in self.name_words}
            or self.date_format is not None  # "Check-in, YYYY-MM-DD."
        ):
            return "date"
        if self._writes_sql(roots):
            return "sql"
        coded = bool(self.examples) and all(
            re.search(r"[A-Za-z]", e) and not _OPERATOR.search(e) for e in self.examples
        )
        if not coded and (
            self.named(EXPRESSION) or (roots & {lexicon.root(w) for w in EXPRESSION} and self.named(TEXT))
        ):
            return "expression"
        if (self.named(TEXT) or roots & {lexicon.root(w) for w in PASSAGE}) and not self.named(IDENTIFIER):
            return "text"
        return "string"

    def _writes_sql(self, roots: set[str]) -> bool:
        """Whether the parameter holds an SQL statement: "sql" is a word of its name, a word of its own in
        the description ("The SQL query to run"), or part of a product's name there beside a statement's
        word ("The MySQL query to execute"). A database's name alone ("The hostname of the PostgreSQL
        server", "the MySQL user") says where the data lives, not that the value is a query."""
        if "sql" not in roots:
            return False
        if "sql" in {w.lower() for w in self.name_words} or re.search(r"\bsql\b", self.description, re.I):
            return True
        return bool(roots & _roots(_STATEMENT))

    @cached_property
    def holds_ends(self) -> bool:
        """Whether a list parameter holds a range by its two ends (`year_range`, "The interval as [start,
        end]", "first and last year", two items at most), not by every number the range spans."""
        roots = self.all_roots
        ends = [
            ("start", "end"),
            ("first", "last"),
            ("min", "max"),
            ("minimum", "maximum"),
            ("lower", "upper"),
        ]
        return (
            self.spec.get("maxItems") == 2
            or bool(roots & {lexicon.root(w) for w in _RANGED})
            or any(lexicon.root(a) in roots and lexicon.root(b) in roots for a, b in ends)
        )

    @cached_property
    def percent_as_number(self) -> bool:
        """A percentage goes in as written ("5") only when the parameter speaks of percent."""
        return bool({lexicon.root(w) for w in PERCENT} & self.all_roots)

    @cached_property
    def date_format(self) -> str | None:
        """The layout the description gives: "YYYY-MM-DD", "mm/dd/yyyy", or in words ("month-day-year")."""
        match = _FORMAT.search(self.description)
        if match:
            return re.sub(r"Y{2,4}", "YYYY", match.group(0).upper())
        spelled = _SPELLED_FORMAT.search(self.description)
        if spelled:
            parts = [_FIELDS[spelled.group(i).lower()] for i in (1, 3, 4)]
            return spelled.group(2).join(parts)
        return None

    @cached_property
    def takes_moment(self) -> bool:
        """Whether a parameter not named a date still asks for a date or moment in figures: a JSON-schema
        `format` of date or date-time, "ISO 8601", a "timestamp", an example date ("Start of the window, e.g.
        '2024-01-01T00:00:00Z'", `t0`, `since`): a date the request writes in figures is its value, as one
        is a `date` parameter's."""
        return self.spec.get("format") in ("date", "date-time") or bool(_IN_FIGURES.search(self.description))

    @cached_property
    def asks_clock(self) -> bool:
        """Whether the parameter asks for a time of day alone: its description states a clock's layout
        ("in 24-hour format 'HH:MM'", "such as '14:00'", "AM/PM") and no day's ("YYYY-MM-DD", ISO 8601): a
        place, a name or a code is then no value of it, whatever stands next to its words ("from Tucson,
        AZ …": no departure time "AZ")."""
        return (
            self.kind != "date"
            and self.date_format is None
            and not self.takes_moment
            and bool(_CLOCK_LAYOUT.search(self.description))
        )

    @cached_property
    def written_in_figures(self) -> bool:
        """Whether the parameter states that a day or moment is written in figures: a layout ("YYYY-MM-DD",
        "HH:MM"), a JSON-schema `format` of date or date-time, "ISO 8601", a "timestamp", or an example
        date in figures ("e.g. '2024-05-01T08:00:00Z'"). A word for a day relative to one the request does
        not define ("today", "tomorrow", "last week") is then no value of it: its figures cannot be
        known, and the word is no value in the stated form (a careful caller leaves it out)."""
        return self.date_format is not None or self.time_format is not None or self.takes_moment

    @cached_property
    def time_format(self) -> str | None:
        """The layout of a time of day the description gives ("24-hour HH:MM", "YYYY-MM-DDTHH:MM"), when
        it asks for the clock's figures and not for "AM"/"PM": a time is written to it that way."""
        match = _TIME_FORMAT.search(self.description)
        if match is None or _TWELVE_HOUR.search(self.description):
            return None
        return match.group(0).upper()

    @cached_property
    def moment_layout(self) -> tuple[str, str] | None:
        """The time layout and zone suffix of a moment the description asks for by example or by name,
        with a day and a time together ("ISO 8601, e.g. '2024-03-01T18:00:00'", "'2023-04-15T13:45:00Z'",
        "ISO 8601 date and time"): a date and the time the request says with it fill it as one moment,
        "HH:MM:SS" unless the example writes no seconds, "Z" when the example ends so or it says UTC."""
        example = _MOMENT_EXAMPLE.search(self.description)
        utc = "Z" if re.search(r"\bUTC\b|\bZulu\b", self.description) else ""
        if example is not None:
            return ("HH:MM:SS" if example.group(1) else "HH:MM"), (example.group(2) or utc)
        if _MOMENT_NAMED.search(self.description) or self.spec.get("format") == "date-time":
            return "HH:MM:SS", utc
        return None

    @cached_property
    def time_alone_layouts(self) -> tuple[str, ...]:
        """The layouts of a time of day alone a date's description also accepts ("'YYYY-MM-DD HH:MM:SS',
        'HH:MM:SS', 'HH:MM', or 'HH:MM AM/PM'" → HH:MM:SS, HH:MM): a time the request writes without a
        day fits one of them (`values.clock_in_layouts`)."""
        if self.kind != "date":
            return ()
        found = []
        for match in _TIME_FORMAT.finditer(self.description):
            if re.search(r"(?:[Dd]{2}|[Yy]{4})[T ]$", self.description[: match.start()]):
                continue  # the time of a layout that holds the day too
            found.append(match.group(0).upper())
        return tuple(dict.fromkeys(found))

    @cached_property
    def asks_email(self) -> bool:
        """Whether the parameter asks for an e-mail address (`email`, "The receiver's e-mail"), not for a
        part of an e-mail's text ("The body of the e-mail" writes words)."""
        if self.named(WRITTEN | LABEL):
            return False
        return bool({lexicon.root("email"), lexicon.root("mail")} & self.name_roots) or bool(
            re.search(r"(?<!of the )(?<!of an )(?<!of a )\be-?mail\b", self.description, re.I)
        )

    @cached_property
    def examples(self) -> list[str]:
        """Values the description offers as examples: after "e.g.", "such as", "options:" …, in a
        parenthesised list ("(Watercolor, Oil, Acrylic)"), or quoted ("'NW-1001'"); not its default."""
        found: list[str] = []
        listed = [m.group(1) for m in _EXAMPLES.finditer(self.description)]
        listed += [m.group(1) for m in _COLON_CHOICES.finditer(self.description)]
        if self._bare_choices():
            listed += [
                m.group(1) or m.group(2)
                for m in _BARE_CHOICES.finditer(_ABBREVIATIONS.sub(" ", self.description))
            ]
        listed += [
            m.group(1)
            for m in _PARENTHESISED.finditer(self.description)
            if "," in m.group(1) or " or " in m.group(1)
        ]
        for text in listed:
            for part in _SPLIT_EXAMPLES.split(text):
                value = re.sub(r"\s*\betc\b\.?$", "", part.strip()).strip(" '\"`“”")
                if value and len(value.split()) <= 3 and not _DEFAULT.match(value):
                    found.append(value)
        found.extend(
            m.group(1)
            for m in _QUOTED_IN_DESCRIPTION.finditer(self.description)
            if not _DEFAULT.match(m.group(1))
        )
        return [e for e in dict.fromkeys(found) if not _DEFAULT.search(e)]

    @cached_property
    def code_glosses(self) -> tuple[tuple[str, str], ...]:
        """The numbers the description maps to words, each with its words ("1 for cleaning, 2 for ironing"
        → ("1", "cleaning"), ("2", "ironing")): read once per parameter, not once per request that fills it."""
        return tuple(_CODE_GLOSS.findall(self.description))

    @cached_property
    def example_measure(self) -> str:
        """What a string parameter's examples measure when each is an amount with its unit ("e.g. '5 km'",
        "such as '10 minutes'"): the value is an amount written with its unit, "" when they are none."""
        if self.type != "string" or "enum" in self.spec:
            return ""
        found = {measure_of(m.group(1)) for e in self.examples if (m := _AMOUNT_EXAMPLE.fullmatch(e))}
        return found.pop() if len(found) == 1 else ""

    @cached_property
    def starts_a_page(self) -> bool:
        """Whether the parameter is where a paged listing starts: a whole number whose description speaks of
        pagination (paging, pagination, "page through") and calls it the start of what is returned ("The
        starting point from which to return results, used for pagination", "The offset of the first invoice
        to return, for paging", "Number of shipments to skip … for pagination"). A request for the listing
        that says no start means the beginning, 0 — not a value to ask the user for. A bare offset of
        another kind ("The time zone's offset from UTC") is no start of a page."""
        return self.type == "integer" and bool(
            _PAGING.search(self.description) and _START.search(self.description)
        )

    @cached_property
    def stated_default(self) -> Any:
        """The value the description says the parameter takes when none is given ("Mass in solar masses.
        Default is 1.", "defaults to 'metric'", "(default: English)"), as the schema's type writes it;
        `None` when it names none, or only a moment or an absence ("defaults to today", "Default is none"):
        a request that says nothing of the parameter means that value, so a careful caller writes it. For
        an enum, only one of its options (as the enum spells it): a stated default the options lack ("Default
        is 5" beside `["rapid"]`) is a slip of the description, no value the tool accepts."""
        value = self._stated_default()
        options = self.spec.get("enum")
        if value is None or not isinstance(options, list):
            return value
        return next((o for o in options if str(o).lower() == str(value).lower()), None)

    def _stated_default(self) -> Any:
        match = _STATED_DEFAULT.search(self.description) or _FALLBACK.search(self.description)
        if match is None:
            return None
        quoted, number, word = match.group(1), match.group(2), match.group(3)
        if self.type in ("number", "integer"):
            if number is None:
                return None
            value = float(number)
            return int(value) if self.type == "integer" and value.is_integer() else value
        if self.type == "boolean":
            return {"true": True, "false": False}.get((word or "").lower())
        if self.kind not in ("string", "enum", "text"):
            return None
        value = quoted if quoted is not None else number if number is not None else word
        if not value or value.lower() in _NO_DEFAULT or lexicon.is_function_word(value.lower()):
            return None
        return value

    @cached_property
    def options(self) -> list[str]:
        """The examples, when the description offers them as the only choices ("options are RGB or
        HEX", "choices include: non-stop, direct and multi-stop", "one of …"): a closed set, like an enum."""
        if (
            _CLOSED.search(self.description)
            or _COLON_CHOICES.search(self.description)
            or self._must_be_an_example()
            or self._bare_choices()
        ):
            return self.examples
        return []

    def _bare_choices(self) -> bool:
        """Whether a sentence of the description is a list of one-word choices and nothing else
        (`_BARE_CHOICES`): a tool that writes "male or female." as a description closes the set, as "one of"
        does — not when a choice is a word of the parameter's own name ("Name or ID." for `name_or_id`) or
        names a kind of place or label ("City or area."): those name kinds of value, not values."""
        found = _BARE_CHOICES.search(_ABBREVIATIONS.sub(" ", self.description))  # "e.g." ends no sentence
        if found is None:
            return False
        own = {lexicon.root(w) for w in self.name_words} | _roots(PLACE | LABEL)
        return not any(lexicon.root(w) in own for w in words_of(found.group(1) or found.group(2)))

    def _must_be_an_example(self) -> bool:
        """Whether a "must be" names one of the examples ("Must be 'asc' or 'desc'"), not a manner or a
        limit ("State names must be abbreviated", "Must be a date after …"), which closes no set of
        choices."""
        return any(
            self.description[m.end() :].casefold().startswith(e.casefold())
            for m in _MUST_BE.finditer(self.description)
            for e in self.examples
        )

    def admits(self, value: str) -> bool:
        """Whether a string value may fill the parameter: any, unless it has closed `options` and the
        value shares no word with them ("way" is no `flight_type` of "non-stop, direct, multi-stop")."""
        if not self.options:
            return True
        roots = {lexicon.root(w) for w in words_of(value)}
        return any(roots & {lexicon.root(w) for w in words_of(option)} for option in self.options)

    @cached_property
    def item(self) -> dict[str, Any]:
        items = self.spec.get("items")
        return items if isinstance(items, dict) else {}


def unit_name(word: str) -> str:
    """The unit a symbol abbreviates ("km" → "kilometer"), "" if the word is none."""
    return unit_of(word)


_PARAMETERS: LRUCache[tuple[str, str, bool, tuple[str, ...]], Parameter] = LRUCache(4096)
