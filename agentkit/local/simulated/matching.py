"""Choosing tools for a clause by what the tools say about themselves.

A tool's name, description, parameter names, parameter descriptions and enum values are its
vocabulary, each word with a weight (a word of the name says more than one of a parameter's
description). A clause scores, for each of its content words, the weight of that word in the tool —
matched by root, so "calculation" finds "calculate" and "hypotenuse" finds "hypot" (a related root
counts 0.7), and, where no offered tool has the word's root, by meaning (`agentkit.local.meaning`: a
word at least `meaning.SYNONYM` close to one of the tool's words, "purchase" for `buy_ticket`, counts
that closeness) — scaled by how rare the word is among the offered tools (a word every tool shares
does not tell them apart). A word some offered tool names exactly is that tool's, not a loose match
for the others ("temperature" against `forecast_temperature` and `forecast_humidity`). A tool's
abbreviation (a short word the lexicon does not know, "YOY") matches the clause words it abbreviates
("year over year"), with the weight of where the tool says it; and an acronym of the clause ("LCM",
"ROI") matches the tool words it is the initials of ("least common multiple", "return on investment").

A clause **needs** its best tool when that scores at least `MIN_SCORE` (half of it for a tool that
takes questions, or that the system prompt tells the agent to answer with) and shares a *topic* word
with it: a word of the tool's name or description (what it is for; its parameters only say what it
takes) that is not the clause's lead verb ("find", "calculate" — asking to calculate is not yet asking
for this calculation) and not the head of another kind of thing ("a pet store" for `grocery_store`). A second tool is needed too when the clause names a word of
that tool's own name that the best tool lacks ("the median **and variance**"), or when the clause
asks for arithmetic and the tool takes an expression, or names a table the tool's SQL can read.
Chit-chat and questions outside every tool's domain share no topic word and get no tool.

Some questions name the kind of answer they want by their form, not by a noun: "how much is the tent?" and
"what does it cost?" ask for a price, "how far" for a distance, "how old" for an age, "how heavy" for a
weight, "how high/tall" for a height, "how deep" a depth, "how fast" a speed, "how long do … live" a
lifespan, "when did …", "what year" a date or time, "when does … open" (opening) hours (`ANSWER_KINDS`);
a clause that names a currency speaks of a currency, and one that asks for a quantity in a unit of measure
("… into miles") of a unit. Those kind words count as words of the clause, as if it had said "the price of".

A word of the description that the tool's name abbreviates ("probability" for `prob_dist_binomial`)
counts as a related word of the name when that weighs more: the name says more about the tool.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from cachetools import LRUCache

from agentkit.local import lexicon, meaning
from agentkit.local.simulated import arguments, quantities, sql
from agentkit.local.simulated.mentions import QUANTIFIERS, read
from agentkit.local.simulated.parameters import EXPRESSION, Parameter, agent_noun, object_head, words_of
from agentkit.local.simulated.text import WHAT_A_THING_IS, quoted_spans, tells
from agentkit.local.simulated.values import REQUEST_VERBS, resolve, tool_roots

NAME, ENUM, PARAMETER, DESCRIPTION, PARAMETER_DESCRIPTION = 3.0, 2.0, 1.5, 1.0, 0.75
RELATED = 0.7
"""A word whose root only begins (or is begun by) a tool word's root counts this share."""
MIN_SCORE = 2.0
"""A clause needs a tool scoring at least this (one word of its name, or two of its description)."""
NEIGHBOUR_CLOSE, NEIGHBOUR_MARGIN = 0.15, 0.1
"""How close in meaning a clause must be to one of several offered tools, and by how much closer than to
every other, to be that tool's when no word of any tool's purpose says so (`Matcher.closest_neighbour`)."""

ANSWER_KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            r"\bhow much (?:is|are|was|were|would|will|does|do|did|for)\b(?![^?.!]*\bweigh)"
            r"|\bwhat (?:does|do|did|would|will) [^?.!]{1,60}\bcost\b",
            re.IGNORECASE,
        ),
        ("price", "cost"),
    ),
    (re.compile(r"\bhow far\b", re.IGNORECASE), ("distance",)),
    (re.compile(r"\bhow (?:high|tall)\b", re.IGNORECASE), ("height",)),
    (re.compile(r"\bhow deep\b", re.IGNORECASE), ("depth",)),
    (re.compile(r"\bhow fast\b", re.IGNORECASE), ("speed",)),
    (
        re.compile(r"\bhow long (?:do|does|did|can|will|would)\b[^?.!]{1,60}\blive\b", re.IGNORECASE),
        ("lifespan",),
    ),
    (re.compile(r"\bhow old\b", re.IGNORECASE), ("age",)),
    (re.compile(r"\bhow heavy\b|\bhow much [^?.!]{0,40}\bweigh", re.IGNORECASE), ("weight",)),
    (
        re.compile(
            r"\bwhen (?:did|was|were|is|are|will|does|do)\b|\bwhat (?:time|date|year)\b", re.IGNORECASE
        ),
        ("date", "time"),
    ),
    (
        re.compile(r"\bwhen (?:does|do|is|are|will)\b[^?.!]{1,60}\b(?:open|close)\b", re.IGNORECASE),
        ("hours",),
    ),
    (
        re.compile(r"\bhow many (?:people|persons|inhabitants|residents) (?:live|lived|living|reside)", re.I),
        ("population",),
    ),
    (
        re.compile(r"\b(?:the|a|an|arithmetic|geometric|sample) mean (?:of|value)\b", re.IGNORECASE),
        ("average",),
    ),
    (re.compile(r"\bwho (?:won|wins|has won|will win)\b", re.IGNORECASE), ("winner", "champion")),
    (
        re.compile(
            r"\bwhat (?:does|do|did) [^?.!]{1,60}\bmean\s*(?:[?.!]|$)|\b(?:the|its) meanings? of\b"
            r"|\bwhat is meant by\b|\bwhat (?:the (?:word|term|phrase|acronym) )?\S{1,40} (?:means|meant)\b",
            re.IGNORECASE,
        ),
        ("definition", "meaning"),
    ),
    (
        re.compile(
            r"\b(?:words?|terms?|phrases?) (?:that|which) (?:means?|mean) (?:the same|much the same|similar)\b"
            r"|\b(?:words?|terms?) with (?:the same|a similar|similar) meanings?\b",
            re.IGNORECASE,
        ),
        ("synonym", "synonyms"),
    ),
    (
        re.compile(
            r"\bwhere (?:can|could|should|do) (?:i|we|you) stay\b|\b(?:places?|somewhere) to stay\b",
            re.IGNORECASE,
        ),
        ("accommodation", "lodging", "hotel"),
    ),
    (
        re.compile(
            r"\bwhere (?:can|could|should|do) (?:i|we|you) eat\b|\b(?:places?|somewhere) to eat\b",
            re.IGNORECASE,
        ),
        ("restaurant", "dining"),
    ),
    (
        re.compile(r"\bplays? next\b|\bnext (?:game|match|fixture|race|bout)e?s?\b", re.IGNORECASE),
        ("upcoming", "schedule", "fixture"),
    ),
    (
        re.compile(
            r"\b(?:still|currently|now|again) (?:be )?available\b|\b(?:in|out of|back in) stock\b"
            r"|\brestock(?:ed|s)?\b|\bdo (?:you|they) (?:still )?(?:have|carry|stock)\b"
            r"|\bavailable in (?:size|sizes|colou?rs?|red|blue|black|white|green)\b",
            re.IGNORECASE,
        ),
        ("stock", "inventory", "availability"),
    ),
)
"""Question forms and the kind of answer each asks for (English usage, not any tool's words): a count of the
people who live somewhere is a population; "mean" before "of" is the noun, an average; who won a contest is
its winner (of a league or a title, its champion); "what does X mean" asks for a definition, and so does
the question told, "tell me what X means"; words "that mean the same" as another are its synonyms; a place to stay
is lodging, a place to eat a restaurant; when a team plays next, or its next match, is its upcoming
schedule; whether a thing is "still available", "in stock", "restocked", whether a shop "still has" it, asks
after its stock (inventory), not after an order of it or its details."""


def answer_kinds(clause: str) -> list[str]:
    """The kinds of answer the clause's form asks for: see `_answer_kinds` (worked out once per clause,
    not once per tool it is scored against)."""
    return list(_answer_kinds(clause))


@lru_cache(maxsize=4096)
def _answer_kinds(clause: str) -> tuple[str, ...]:
    """The kinds of answer the clause's form asks for (`ANSWER_KINDS`); for arithmetic only the name of its
    operation ("how much is 2 + 3", "add 2 to 3" ask for a sum, `_operation_names`). A clause that names a currency ("500 US dollars", "in USD") speaks of a
    currency, as if it had said the word, and of converting it when it asks for an amount of money in
    another currency (`_money_into`); one that asks for a quantity in a unit of measure ("… into
    miles", `quantities.asks_unit`) speaks of a unit."""
    named = ["currency"] if lexicon.names_currency(clause) else []
    if quantities.asks_unit(clause):
        named.append("unit")
    if named and _money_into(clause):
        named.append("convert")
    if arguments.has_arithmetic(clause):
        return (*_operation_names(clause, formula=True), *named)
    kinds = [kind for pattern, kinds in ANSWER_KINDS if pattern.search(clause) for kind in kinds]
    return (
        *kinds,
        *_operation_names(clause, formula=False),
        *_doer(clause),
        *_said_in_a_language(clause),
        *named,
    )


_OPERATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        r"\+",
        r"\d\s+plus\s+-?\d|\b(?:add|adding|added|adds)\s+(?:up\s+)?-?\d[\d.,]*\s+(?:to|and|with)\s+-?\d"
        r"|\d\s+and\s+-?\d[\d.,]*\s+(?:are|is|were|get)\s+added\b",
        ("sum", "total", "addition"),
    ),
    (
        r"-",
        r"\d\s+minus\s+-?\d|\b(?:subtract|subtracting|take|taking|deduct)\s+-?\d[\d.,]*\s+(?:away\s+)?from\s+-?\d",
        ("difference", "subtraction"),
    ),
    (
        r"[*×]",
        r"\d\s+times\s+-?\d|\bmultiply\s+-?\d[\d.,]*\s+(?:by|and|with)\s+-?\d"
        r"|\d\s+and\s+-?\d[\d.,]*\s+(?:are|is|were|get)\s+multiplied\b",
        ("product", "multiplication"),
    ),
    (
        r"[/÷]",
        r"\d\s+divided\s+by\s+-?\d|\bdivide\s+-?\d[\d.,]*\s+by\s+-?\d",
        ("quotient", "division"),
    ),
)
"""Arithmetic on two numbers and the name of its result (the grammar of arithmetic, no tool's words): "7 +
5", "7 plus 5", "add 7 to 5" ask for a sum (a total); "9 - 4", "9 minus 4", "subtract 4 from 9", "take 4 away
from 9" for a difference; "6 * 7", "6 times 7" for a product; "8 / 2", "8 divided by 2" for a quotient. The
operator sign counts only in a formula the clause is read to ask for (`arguments.has_arithmetic`): "12/05"
or "10-20" elsewhere is a date or a range."""


def operation_names(clause: str) -> tuple[str, ...]:
    """The names of the results the clause's arithmetic in words asks for ("add 4 and 9" → sum, total,
    addition; "4 and 5 are added" too): `_operation_names` outside a formula."""
    return _operation_names(clause, formula=False)


def _operation_names(clause: str, formula: bool) -> tuple[str, ...]:
    """The names of the results the clause's arithmetic asks for (`_OPERATIONS`): a tool named for the
    result ("sum", "difference") is the one that does it, though the clause says "plus" or "add"."""
    return tuple(
        kind
        for sign, words, kinds in _OPERATIONS
        if re.search(words, clause, re.IGNORECASE)
        or formula
        and re.search(rf"\d\s*{sign}\s*\(?\s*-?\d", clause)
        for kind in kinds
    )


_WEB = frozenset(lexicon.root(w) for w in ("web", "internet", "online"))
"""The medium that holds what is known of everything: a search of it answers a question on any subject."""


def _asks_what_a_thing_is(clause: str) -> bool:
    """Whether the clause asks who or what a thing or a person is, or to be told about it ("who is Ada
    Lovelace", "what was the Hanseatic League?", "tell me about the Treaty of Utrecht"): a question of
    knowledge about the world, not about the asker or the one asked ("who are you", "what's up", "what is
    my balance")."""
    return bool(WHAT_A_THING_IS.search(clause))


_WHO_DID = re.compile(r"\bwho (?:first |originally )?([a-z]+)\b", re.IGNORECASE)


def _asked_act(clause: str) -> tuple[re.Match[str] | None, str]:
    """The "who <verb>" of the clause and its verb, lower case; the verb is "" when the word after "who" is
    no act (an auxiliary, "who is …", "who has …", or no verb at all)."""
    found = _WHO_DID.search(clause)
    if not found:
        return None, ""
    word = found.group(1).lower()
    if "VERB" not in lexicon.parts(word) or "AUX" in lexicon.parts(word) or lexicon.is_function_word(word):
        return found, ""
    return found, word


def _doer(clause: str) -> list[str]:
    """The agent noun of the act a "who …" question asks about: who wrote a book asks for its writer,
    who painted a picture for its painter, who invented a device for its inventor. The noun is the
    verb's own, made as English makes it (write → writer, win → winner, direct → director, create →
    creator) and known to the dictionary; an auxiliary ("who is …", "who has …") names no act."""
    word = _asked_act(clause)[1]
    if not word:
        return []
    verb = lexicon.lemma(word)
    stem = verb[:-1] if verb.endswith("e") else verb
    for noun in (verb + "er", verb + "r", verb + verb[-1] + "er", verb + "or", stem + "or"):
        if noun != word and lexicon.known(noun) and "NOUN" in lexicon.parts(noun):
            return [noun]
    return []


def _no_doer(clause: str, tool: Tool) -> bool:
    """Whether the clause asks who did an act ("who first measured the distance to Alpha Centauri?", a verb
    that is no auxiliary: `_WHO_DID`) and the tool gives no doer of it: its purpose names neither the act
    (by root, "Find who ruled …" for "who ruled …") nor a kind of answer the question asks for
    (`answer_kinds`: "writer", "winner", or their meaning, "author"). Such a tool's words stand in the
    question only as the act's object: it measures a distance, it does not say who measured one. A tool
    that takes the question itself may answer anything; "who" after a noun or a name opens a relative clause
    ("a person who weighs 70 kg", "a lawyer in Chicago who speaks Spanish"), no question."""
    found, word = _asked_act(clause)
    if not found or tool.takes_questions:
        return False
    before = words_of(clause[: found.start()])
    if before and (not lexicon.parts(before[-1]) or "NOUN" in lexicon.parts(before[-1])):
        return False  # after a noun or a name the lexicon does not know ("tutors in Leeds who teach")
    if not word:
        return False
    if tool.names_a_doer:
        return False  # "Retrieve the composer … of a song": it names a doer of some act
    return not _gives(tool, (lexicon.lemma(word), *answer_kinds(clause)))


_SAY_IN = re.compile(
    r"\b(?i:how (?:do|would|can|could|should|does|did) (?:you|i|we|one|people|they|someone) (?:say|write))"
    r"\b[^?]*?\b(?i:in) ([A-Z][a-z]+)\b",
)


def _said_in_a_language(clause: str) -> list[str]:
    """ "How do you say 'good night' in Italian?" asks for a translation: the words as said in a language
    (one the dictionary of languages knows, not "in Paris")."""
    found = _SAY_IN.search(clause)
    return ["translate", "translation"] if found and lexicon.is_language(found.group(1)) else []


_AMOUNT_THEN_TARGET = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s+(?P<given>(?:[A-Za-z]+\s+){0,2}[A-Za-z]+?))"
    r"\b.*?\b(?:in|into|to)\s+(?P<wanted>(?:[A-Za-z]+\s+){0,2}[A-Za-z]+)",
    re.IGNORECASE,
)


def _currency_at_start(words: str) -> str:
    """The currency the first one to three of `words` name ("Japanese yen today" → "JPY"), or ""."""
    split = words.split()
    for n in (3, 2, 1):
        if len(split) >= n and (code := lexicon.currency_of(" ".join(split[:n]))):
            return code
    return ""


def _money_into(clause: str) -> bool:
    """Whether the clause writes an amount of money and asks for it in another currency ("how much is 250
    euros in Japanese yen", "$40 to GBP"): an ask for a conversion, as if it said "convert"."""
    for match in _AMOUNT_THEN_TARGET.finditer(clause):
        wanted = _currency_at_start(match.group("wanted"))
        given = _currency_at_start(match.group("given")) if match.group("given") else "symbol"
        if wanted and given and given != wanted:
            return True
    return False


CREATE, READ, REMOVE = "create", "read", "remove"
ACTS: dict[str, str] = {
    **dict.fromkeys(
        "add create register enrol enroll establish configure insert include save subscribe install open new"
        " reserve buy purchase".split(),
        CREATE,
    ),
    **dict.fromkeys("list show view display browse enumerate see get search find lookup fetch".split(), READ),
    **dict.fromkeys(
        "remove delete drop cancel stop discard withdraw close discontinue unsubscribe erase revoke terminate"
        " uninstall deregister unregister purge dismiss release".split(),
        REMOVE,
    ),
}
"""What a verb does to a thing, of the three acts an API offers on most things: create one, read (list, show,
find) them, remove one. English verbs, not any tool set's: "set up", "register", "enrol" a new thing all add
it; "drop", "withdraw", "discontinue" one all take it away. To reserve, buy or purchase a thing makes a new
reservation or purchase the user holds: `ReserveCar` and `BuyTicket` create, `FindCars` reads (only verbs
that are never the thing's noun: not "book", "order", "rent")."""
_VERB_ACTS: dict[str, str] = {"book": CREATE}
"""Verbs that say an act only as verbs, in a clause ("Book me into a yoga class" reserves one), never in a
tool's name, where the same word is as often the thing ("library_book_search" finds books)."""
_WHAT_IS_FREE = re.compile(
    r"\bavailab(?:le|ility)\b|\bwhat(?:'s| is| are) out there\b|\b(?:find|see|show|list|any|some)\b[^.?!]{0,30}"
    r"\boptions\b",
    re.IGNORECASE,
)
"""Asking what is free ("check the availability", "are there any available", "what's out there", "find me
options for …") asks to read what there is: a search, whatever the need said before it ("I need to rent a
car … Check the availability for me"). It commits the user to nothing, as a booking would."""
PHRASAL_ACTS: dict[tuple[str, str], str] = {
    ("set", "up"): CREATE,
    ("sign", "up"): CREATE,
    ("get", "rid"): REMOVE,
    ("throw", "out"): REMOVE,
    ("throw", "away"): REMOVE,
    ("take", "off"): REMOVE,
    ("take", "down"): REMOVE,
}
"""Verbs of two words whose act is not their first word's ("get rid of" removes, "get" alone reads)."""
_ACT_OPENERS = frozenset("to please lets let and then also".split())
"""Words after which a verb is an instruction: "I need **to** register …", "please drop …"; so is "could
you" ("could you drop …"), not "you" alone ("once you find it, reserve it" asks to reserve)."""


_PLAIN_ACTS = frozenset(
    "add create register insert enrol enroll remove delete cancel erase discard purge uninstall unsubscribe"
    " deregister unregister revoke".split()
)
"""The verbs of `ACTS` that say their act and nothing else: not "include" ("include match statistics"
asks for more of what is read), "open", "save", "stop", "close", "drop", "release", which say other things
as often."""


def asks_what_is_free(request: str) -> bool:
    """Whether a request asks what is free (`_WHAT_IS_FREE`): "… Check the availability for me."."""
    return bool(_WHAT_IS_FREE.search(request))


def _instruction_at(words: list[str], i: int) -> bool:
    """Whether the i-th word stands where a verb is an instruction: first, or after `_ACT_OPENERS`, or
    after "can/could/would/will you"."""
    return not i or (
        words[i - 1] in _ACT_OPENERS
        or words[i - 1] == "you"
        and i > 1
        and words[i - 2] in ("can", "could", "would", "will")
    )


_PIECES = re.compile(r"[.!?;:]|\s[-\u2013\u2014]\s|,\s*(?:so|and|then)\s", re.IGNORECASE)
"""Where a request's pieces part: a sentence end, a dash between spaces, ", so …" ("…, so get me up at 6")."""


def gives_an_instruction(request: str) -> bool:
    """Whether some piece of the request (`_PIECES`) tells the hearer to do something: a verb in its plain
    form where an instruction stands (`_instruction_at`: first, after "please" or "to", after "can you"):
    "Give me a shout in 12 minutes", "… - note that down", "can you sort more?"; not a remark ("the lesson
    went 45 minutes over") nor a question."""
    for piece in _PIECES.split(request):
        words = words_of(piece.lower())
        if any(
            _instruction_at(words, i) and "VERB" in lexicon.parts(w) and lexicon.lemma(w) == w
            for i, w in enumerate(words)
        ):
            return True
    return False


_CHANGES = frozenset("update modify edit amend rename renew restock replenish".split())
"""Verbs that change a thing the user has or holds, and say nothing else ("renew my loan", "restock the
gloves", "update my address"): no read of it. Not "change", which as often converts ("change 50 dollars
to euros"), nor "set" or "reset", which as often give a value."""


def asks_a_change(clause: str) -> bool:
    """Whether the clause's instruction verb (`_instruction_at`) changes a thing (`_CHANGES`)."""
    words = words_of(clause)
    return any(
        _instruction_at(words, i) and "VERB" in lexicon.parts(w) and lexicon.lemma(w) in _CHANGES
        for i, w in enumerate(words)
    )


def act_asked(clause: str, *, by_verb: bool = False) -> str | None:
    """The act (`ACTS`) a clause asks a tool to do: its first verb that says one, where it opens the
    clause or an instruction ("I need to set up a new server" creates, "could you drop …" removes), a
    two-word verb first ("get rid of …" removes); failing a verb, "a new …" asks to create one. None when
    the clause says no act ("what is patient P-31 on?"); `by_verb`, None failing a verb too, and for a
    verb that may say something besides the act (`_PLAIN_ACTS`). A clause that asks what is free
    (`_WHAT_IS_FREE`) reads, whatever verb of need comes before."""
    if not by_verb and _WHAT_IS_FREE.search(clause):
        return READ
    words = words_of(clause)
    for i, word in enumerate(words):
        if not _instruction_at(words, i):
            continue
        if i + 1 < len(words) and (pair := PHRASAL_ACTS.get((word, words[i + 1]))):
            return pair
        if (
            word != "new"
            and "VERB" in lexicon.parts(word)
            and (sense := ACTS.get(lexicon.lemma(word)) or _VERB_ACTS.get(lexicon.lemma(word)))
        ):
            return None if by_verb and lexicon.lemma(word) not in _PLAIN_ACTS else sense
    if by_verb:
        return None  # only a verb says the act ("recommend a new book" asks to read)
    return CREATE if re.search(r"\ban? new\b", clause, re.IGNORECASE) else None


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    schema: dict[str, Any]

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Tool:
        """The tool a `toolSpec` describes; the same spec gives the same (cached) tool, so its
        vocabulary is worked out once, not on every turn of an agent."""
        key = json.dumps(spec)  # the properties' order matters (it is the order values are looked for in)
        tool = _TOOLS.get(key)
        if tool is None:
            schema = spec.get("inputSchema", {}).get("json", {"type": "object", "properties": {}})
            tool = _TOOLS[key] = cls(spec["name"], spec.get("description", ""), schema)
        return tool

    @cached_property
    def vocabulary(self) -> dict[str, float]:
        weights: dict[str, float] = {}

        def add(source: str, weight: float) -> None:
            for word in words_of(source):
                if not lexicon.is_function_word(word) and len(word) > 1:
                    r = lexicon.root(word)
                    weights[r] = max(weights.get(r, 0.0), weight)

        add(self.description, DESCRIPTION)
        for name, prop in self.properties.items():
            add(str(prop.get("description", "")), PARAMETER_DESCRIPTION)
            add(name, PARAMETER)
            items = prop.get("items") if isinstance(prop.get("items"), dict) else {}
            add(" ".join(str(v) for v in [*prop.get("enum", []), *items.get("enum", [])]), ENUM)
        add(self.name, NAME)
        return weights

    @cached_property
    def product(self) -> str:
        """The head noun of the object the description's opening verb takes — what the tool gives or acts on
        ("Look up the **definition** of a word", "Search **restaurants** in a city", "Fetch the upcoming
        **fixtures** of a team"); "" when the description does not open with a verb ("A tool that …"), the
        object is no noun, or a noun that only holds others ("a list of …", "information about …").
        A clause that asks for it weighs it as a word of the name (`Matcher._score`)."""
        head = object_head(self.description)
        return lexicon.root(head) if head and head not in _HOLDERS else ""

    @cached_property
    def made_by_act(self) -> str:
        """The tool's `product` when it is a noun made from a verb and no verb itself ("Records
        **classifications** …", "Returns **predictions** …", "Writes **summaries** …"), in its dictionary
        form; "" otherwise. A request whose verb is that act ("classify these queries", "predict …",
        "summarize …") asks for what the tool gives, as if it named it (`Matcher._score`). A noun that is
        also the verb's own word ("Lists the **orders** …", "Finds **books** …") says no act: "order a
        pizza", "book a table" ask nothing of such a tool."""
        head = object_head(self.description)
        if not head or head in _HOLDERS or "VERB" in lexicon.parts(head):
            return ""
        if ACTS.get(lexicon.lemma(words_of(self.description)[0])) == REMOVE:
            return ""  # "Deletes classifications …" takes them away: no classifying is done there
        return lexicon.lemma(head)

    @cached_property
    def products(self) -> frozenset[str]:
        """What the tool gives: its `product`, or, for a description that opens on a noun phrase rather than
        a verb ("**Temperature** history for a city between two dates.", "**Pollen** levels for a city.",
        "Daily **weather** forecast for a city.", "Recent **earthquakes** near a place."), the roots of the
        nouns that say which kind of thing it is — such a description is the name of what the tool returns.
        In a compound ("temperature history", "tide times") the noun before the head says the kind, and
        the head alone ("history", "levels", "times") could be any kind's: the head counts only when no
        noun stands before it (an adjective, "daily", "recent", says no kind). Holders ("list",
        "details") name nothing."""
        if self.product:
            return frozenset({self.product})
        nouns = [
            w
            for w in opening_phrase(re.split(r"[.;:!?(]", self.description, maxsplit=1)[0])
            if lexicon.parts(w) & {"NOUN"} and w not in _HOLDERS
        ]
        kinds = [w for w in nouns[:-1] if "ADJ" not in lexicon.parts(w)]
        return frozenset(lexicon.root(w) for w in kinds or nouns[-1:])

    @cached_property
    def wording(self) -> dict[str, str]:
        """Each vocabulary root and the dictionary form of a word that gave it: what a clause word
        is compared with in meaning when no root matches (`meaning`: "purchase" for `buy_ticket`)."""
        said: dict[str, str] = {}
        for source in (self.name, self.description, *self.properties):
            for word in words_of(source):
                if lexicon.known(word) and not lexicon.is_function_word(word) and len(word) > 2:
                    said.setdefault(lexicon.root(word), lexicon.lemma(word))
        return {r: w for r, w in said.items() if r in self.vocabulary}

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """The tool's abbreviations: words of three to six letters the lexicon does not know ("yoy",
        "bmi"), each with its vocabulary root; a clause may spell one out by its initials ("year over
        year")."""
        return {
            w: lexicon.root(w)
            for source in (self.name, self.description, *self.properties)
            for w in words_of(source)
            if 3 <= len(w) <= 6 and not lexicon.known(w) and lexicon.root(w) in self.vocabulary
        }

    @cached_property
    def input_roots(self) -> frozenset[str]:
        """Roots of the words of its parameters' names ("weight", "height" of `weight_kg`, `height_m`):
        what the tool takes, as against what it is for (`purpose`)."""
        return frozenset(lexicon.root(w) for n in self.properties for w in words_of(n))

    @cached_property
    def purpose(self) -> frozenset[str]:
        """Roots of the tool's name, and of its description but for its parameters' names: what it is
        for ("body mass index"), not what it takes ("given weight and height")."""
        described = {
            lexicon.root(w) for w in words_of(self.description) if not lexicon.is_function_word(w)
        } - self.input_roots
        return self.name_roots | described

    @cached_property
    def name_roots(self) -> frozenset[str]:
        return frozenset(lexicon.root(w) for w in words_of(self.name) if not lexicon.is_function_word(w))

    @cached_property
    def lead_verb(self) -> str | None:
        """The root of the first word of a verb-object name (`get_current_weather` → "get"): a request verb
        that only says "do" to the words after it. None for a one-word name or one led by a noun
        (`http_fetch`: there the verb is what the tool does)."""
        words = [w for w in words_of(self.name) if not lexicon.is_function_word(w)]
        return lexicon.root(words[0]) if len(words) > 1 else None

    @cached_property
    def act(self) -> str | None:
        """What the tool does to its thing, by the first word of its name that says it (`ACTS`):
        `add_postgres_server` creates, `list_servers` reads, `withdraw_student` removes; None for a name
        that says no such act (`get_roster` says "get", which reads)."""
        for word in words_of(self.name):
            if (sense := ACTS.get(lexicon.lemma(word))) is not None:
                return sense
        return None

    @cached_property
    def thing_roots(self) -> frozenset[str]:
        """Roots of the name's words that say no act (`ACTS`): the thing the tool acts on ("server" of
        `add_postgres_server` and of `list_servers`)."""
        return frozenset(
            lexicon.root(w)
            for w in words_of(self.name)
            if not lexicon.is_function_word(w) and lexicon.lemma(w) not in ACTS
        )

    @cached_property
    def naming(self) -> frozenset[str]:
        """Roots of the tool's name that none of its parameters speaks of: the words that name it."""
        said = {
            lexicon.root(w)
            for n, p in self.properties.items()
            for w in words_of(f"{n} {p.get('description', '')}")
        }
        return frozenset(
            lexicon.root(w)
            for w in words_of(self.name)
            if not lexicon.is_function_word(w) and lexicon.root(w) not in said
        )

    @cached_property
    def naming_among_others(self) -> frozenset[str]:
        """Roots of the tool's name that name none of its parameters: what tells it from *other* tools
        in one clause, also when a parameter's description restates it ("the city to get the pollen
        forecast for")."""
        return self.name_roots - self.input_roots

    @cached_property
    def properties(self) -> dict[str, dict[str, Any]]:
        root = self.schema
        return {
            n: resolve(p, root)
            for n, p in (resolve(root, root).get("properties") or {}).items()
            if isinstance(p, dict)
        }

    @cached_property
    def roots(self) -> frozenset[str]:
        """The roots of the tool's name and description: words that ask for it rather than feed it."""
        return tool_roots(self.name, self.description)

    @cached_property
    def names_a_doer(self) -> bool:
        """Whether the tool's purpose names a doer of some act ("Retrieve the composer … of a song")."""
        return any(agent_noun(self.wording[r]) for r in self.purpose if r in self.wording)

    @cached_property
    def acted_verb(self) -> str:
        """The verb the tool is named for when its name opens with the verb its description opens with
        (`book_flight`, "Book a flight ticket …") and that verb is no request verb (`get_`, `calculate_`);
        "" otherwise."""
        named, described = words_of(self.name), words_of(self.description)
        if not named or not described or named[0] in REQUEST_VERBS or "VERB" not in lexicon.parts(named[0]):
            return ""
        return named[0] if lexicon.lemma(described[0]) == named[0] else ""

    @cached_property
    def takes_questions(self) -> bool:
        """Whether the tool takes the ask itself (a required query or question): an assistant wrapped as a
        tool, or a search, for which any ask in its domain will do."""
        required = resolve(self.schema, self.schema).get("required", [])
        return any(Parameter(n, p, True).kind == "text" for n, p in self.properties.items() if n in required)

    @cached_property
    def searches_the_web(self) -> bool:
        """Whether the tool searches the web or the internet for what one string says (its one required
        parameter, a query or keyword, is a string, and its name or description says the web or the
        internet): the whole world is its domain, so any question of who or what a thing is, that no other
        offered tool's words fit, is its (`_asks_what_a_thing_is`)."""
        required = resolve(self.schema, self.schema).get("required", [])
        return (
            len(required) == 1
            and self.properties.get(required[0], {}).get("type") == "string"
            and bool(self.purpose & _WEB)
        )

    @cached_property
    def min_score(self) -> float:
        """What a clause must score to need this tool: `MIN_SCORE`, or half of it for one that takes
        questions (one word of its domain is enough: "… in stock?" for "questions about our stock")."""
        return MIN_SCORE / 2 if self.takes_questions else MIN_SCORE

    @cached_property
    def takes_date(self) -> bool:
        """Whether one of the tool's parameters is a calendar date (`date`, "YYYY-MM-DD")."""
        return any(Parameter(n, p, False).kind == "date" for n, p in self.properties.items())

    @cached_property
    def takes_sql(self) -> bool:
        return any(Parameter(n, p, True).kind == "sql" for n, p in self.properties.items())

    @cached_property
    def takes_expression(self) -> bool:
        roots = {lexicon.root(w) for w in EXPRESSION}
        return any(
            p.get("type", "string") == "string"
            and roots & {lexicon.root(w) for w in words_of(f"{n} {p.get('description', '')}")}
            for n, p in self.properties.items()
        )


_TOOLS: LRUCache[str, Tool] = LRUCache(1024)
_HOLDERS = frozenset(
    "list lists set sets number information info details detail data overview summary".split()
)
"""Nouns that only hold what their "of" or "about" names: no tool's product by themselves."""


_DONE = re.compile(r"\b(?:the|this|that|these|those|its|their|my|your|our|his|her)\s+(\w+ed)(?=\s+\w)", re.I)


_AFTER_ITS_NOUN = re.compile(r"\b(\w+)\s+(\w+ing)\b", re.I)


def _participles(clause: str) -> set[str]:
    """The clause's words used only as participles that describe a noun: a past participle between a
    determiner and its noun ("the calculated tip") or an -ing form right after its noun ("a movie playing in
    Austin", the movie that is playing)."""
    found = {m.group(1).lower() for m in _DONE.finditer(clause)}
    bare = _DONE.sub(" ", clause)
    for m in _AFTER_ITS_NOUN.finditer(clause):
        before = m.group(1).lower()
        if not lexicon.is_function_word(before) and "NOUN" in lexicon.parts(before):
            found.add(m.group(2).lower())
            bare = bare.replace(m.group(0), " ")
    said = {w.lower() for w in words_of(bare)}
    return found - said


def _said_done(score: Score, best: Score, clause: str) -> bool:
    """Whether every word the clause shares with the tool and not with the best one is a participle that
    describes a noun (`_participles`): "the amount of **the calculated** tip" names a result some act
    already made, "a 3D movie **playing** in Austin" a movie that is on; neither asks the act, so the tool
    that does it is not needed for them."""
    extra = [w.lower() for w in score.matched if w not in best.matched]
    return bool(extra) and set(extra) <= _participles(clause)


def _quoted_only(score: Score, clause: str) -> bool:
    """Whether every word the clause shares with the tool stands inside a quoted span of it."""
    if not quoted_spans(clause) or not score.matched:
        return False
    outside = _unquoted_words(clause)
    return not any(w.lower() in outside for w in score.matched)


def _outside_quotes(fitting: list[Score], clause: str) -> list[Score]:
    """The fitting tools less those whose words the clause says only inside quotes, when another fits on
    words outside them: a quoted text is the material of a value ("translate 'the product arrived
    broken'", "analyze the sentiment of 'I love this product'"), not an ask of its own; the words around it
    say what is to be done with it. When no tool fits outside the quotes, the quotes may be all the ask
    says, and nothing is taken away."""
    kept = [s for s in fitting if not _quoted_only(s, clause)]
    return kept if kept and len(kept) < len(fitting) else fitting


@dataclass
class Score:
    """A clause against one tool: the total, and which clause words matched which tool words."""

    tool: Tool
    total: float
    matched: dict[str, float] = field(default_factory=dict)
    topic: bool = False
    special: str = ""
    meant: dict[str, tuple[str, float]] = field(default_factory=dict)
    """Clause words matched by meaning, not by root: the tool word each is close to, and how close."""

    def explain(self) -> str:
        def said(word: str) -> str:
            if word in self.meant:
                near, closeness = self.meant[word]
                return f"{word} (≈{near} {closeness:.2f})"
            return word

        words = ", ".join(
            f"{said(w)} {s:.1f}" for w, s in sorted(self.matched.items(), key=lambda kv: -kv[1])
        )
        extra = f"; {self.special}" if self.special else ""
        return f"{self.total:.1f} ({words or 'no shared words'}{extra})"


_ROLE = re.compile(
    r"^\W*(?:(?:imagine|suppose|pretend|say)\s+(?:that\s+)?)?(?:you\s+are|you're|i\s+am|i'm|we\s+are|we're)\s+"
    r"(?:an?|the)\s+(?P<role>[^.!?]+)$",
    re.I,
)
_ROLE_ENDS = re.compile(
    r"\b(?:i|me|my|you|your|we|our|us|want|wants|need|needs|like|would|curious|wondering|interested|looking|"
    r"planning|trying|hoping)\b|\d|['\"“‘]|\b[A-Z]",
)


_TAG = re.compile(
    r",\s*(?:is|are|was|were|do|does|did|has|have|had|wo|would|could|should|ca)n['’]t\s+"
    r"(?:it|they|he|she|we|that|there|this|those)\s*[?.!]*\s*$",
    re.I,
)


def seeks_agreement(clause: str) -> bool:
    """Whether a clause is a remark closed by a tag question ("Lovely weather in Porto, isn't it.", "The air
    in Delhi is terrible this week, isn't it?"): the tag asks the listener to agree with what the clause
    says, not for a value or an act, so no tool is asked for, whatever tool its nouns name. A tag on "you"
    ("Check the forecast for me, can't you?", "…, will you?") asks the listener to act, and is no such tag."""
    return bool(_TAG.search(clause))


def who_the_asker_is(clause: str) -> bool:
    """Whether a clause only says who the asker is, or whom a role-play makes them ("Imagine you are a
    chemist working in a lab", "You are an art curator", "I'm a hobby photographer"): a subject, a copula
    and a noun phrase that states no value (no number, quote or name) and no want or second clause. It
    frames the tasks told after it; a careful reader asks no tool for it, whatever tool its noun names
    ("runner" ~ `running_pace`): the tasks and their values come in the sentences that follow."""
    found = _ROLE.match(clause.strip())
    return bool(found) and not _ROLE_ENDS.search(found.group("role"))


_FEELING = re.compile(
    r"^\W*(?:i|we)\s+(?:(?:really|just|absolutely|truly|so|do|still|simply)\s+)*"
    r"(?:(?:love|like|adore|enjoy|hate|dislike|detest|loathe)\s+(?:my|our|this|that|these|those)\s+"
    r"(?P<thing>[^?;:]+?)"
    r"|(?:loved|liked|adored|enjoyed|hated|disliked|detested|loathed)\s+(?:[a-z]+ing\s+)?"
    r"(?:(?:my|our|this|that|these|those)\s+|(?:it|them)\b\s*)(?P<done>[^?;:]*?))\s*[.!]*\s*$",
    re.I,
)
_FEELING_ENDS = re.compile(r"\b(?:but|so|because|since|if|when|to|please|can|could|would|will)\b", re.I)


def tells_a_feeling(clause: str) -> bool:
    """Whether a clause only says how the asker feels about a thing of theirs or one before them ("I adore
    my new linen curtains", "We really like our vegetable garden", "I hate this weather"): "I" or "we", a
    verb of liking or disliking in the present and a noun phrase opened by a possessive or a demonstrative
    (or in the past, of a thing already had: "I loved reading it last summer", "We enjoyed our stay"),
    and nothing after it that asks ("but …", "so …", "to …", "please"). It tells, as a remark in conversation
    does; a careful reader asks no tool for it, whatever tool its noun names ("curtains" of a shop's
    search). A want is another thing: "I'd like …", "I would love …" open on a modal and do not match, and
    "I like the …" (no possessive) may be choosing among what was offered."""
    found = _FEELING.match(clause.strip())
    return bool(found) and not _FEELING_ENDS.search(found.group("thing") or found.group("done") or "")


_NOT_DONE = re.compile(
    r"^\W*(?:(?:the|my|our|his|her|their|a|an)\s+(?:[a-z]+\s+){0,2}?[a-z]+|he|she|they|it)\s+"
    r"(?:did\s+not|didn['’]t|never|has\s+not|hasn['’]t|have\s+not|haven['’]t|was\s+not|wasn['’]t)\s+"
    r"(?P<rest>[^?;:]+?)\s*[.!]*\s*$",
    re.I,
)


def reports_what_was_not_done(clause: str) -> bool:
    """Whether a clause only reports what someone or something else did not do ("The customer did not leave
    a review", "The courier never gave me a tracking number", "The user didn't pick a playlist"): a third
    person's subject, a negated past, no question and no value (no number, quote or name after the
    subject) and nothing after it that asks (`_FEELING_ENDS`: "but …", "so …", "please"). It states a fact,
    as a remark does; what the asker wants done about it is said, if at all, in another clause ("…; track
    parcel 1Z999AA1 for me"). A report that names its thing ("Order 5521 never arrived") may be a
    complaint that asks for the thing's status, and is not this."""
    found = _NOT_DONE.match(clause.strip())
    if not found or _FEELING_ENDS.search(found.group("rest")):
        return False
    return not re.search(r"\d|(?<![A-Za-z])['‘]|[\"“”]|(?<!^)\b[A-Z]", clause.strip())


def _only_remarks(clause: str) -> bool:
    """Whether a clause is a remark that asks no tool: it seeks agreement, says how the asker feels about a
    thing of theirs, or reports what someone else did not do — neither by the words it shares with a tool
    (`Matcher.needed`) nor by its meaning (`Matcher.closest_neighbour`)."""
    return (
        seeks_agreement(clause)
        or tells_a_feeling(clause)
        or reports_what_was_not_done(clause)
        or _wishes_well(clause)
    )


_WISH = re.compile(
    r"^\W*(?:(?:hi|hello|hey|dear)\b[^,.!?]*[,.!]\s*)?(?:i\s+|we\s+)?(?:really\s+|do\s+)?hope\s+"
    r"(?:you|you're|you’re|your|all(?:'s|’s)?|everything)\b[^?]*$",
    re.I,
)
"""A pleasantry wishing the addressee well, after a greeting or none ("Hi there, hope you're well"); what
follows "hope" is checked for an ask by `_wishes_well`."""


def _wishes_well(clause: str) -> bool:
    """Whether a clause only wishes the one asked well ("Hi there, hope you're well", "I hope your week is
    going fine"): a pleasantry about the addressee, after a greeting or none, that asks nothing (no
    question mark, no "can"/"could"/"will" …: "Hope you can find me a flight" asks), whatever tool a word of it
    names ("well" of a wine that "goes well with" a dish)."""
    found = _WISH.match(clause.strip())
    return bool(found) and not _FEELING_ENDS.search(
        re.split(r"hope", found.group(0), maxsplit=1, flags=re.I)[-1]
    )


def _not_subsumed(chosen: list[Score]) -> list[Score]:
    """The tools a clause needs, less each further one whose every matched word another needed tool that
    scores more matched too ("the air quality in Beijing, the local time in Seoul, and …": `star_rise_time`
    shares only "time" with the clause, and `city_local_time` has "local time"): a word the better fitting
    tool accounts for asks for nothing more, and a tool no word is left to ask for is no ask of its own."""
    kept = chosen[:1]
    for score in chosen[1:]:
        words = set(score.matched)
        if (
            not score.special
            and words
            and any(
                other is not score
                and not other.special
                and other.total > score.total
                and words <= set(other.matched)
                for other in chosen
            )
        ):
            continue
        kept.append(score)
    return kept


class Matcher:
    """Scores clauses against one request's offered tools."""

    def __init__(self, tools: list[Tool], system: str = ""):
        self.tools = tools
        frequency: dict[str, int] = {}
        for tool in tools:
            for r in tool.vocabulary:
                frequency[r] = frequency.get(r, 0) + 1
        n = max(len(tools), 1)
        self._rarity = {r: 1.0 + math.log(n / f) for r, f in frequency.items()}
        self._evidence = NAME * (1.0 + math.log(n))
        self._scores: dict[tuple[str, int], tuple[Tool, Score]] = {}
        self._ranks: dict[str, list[Score]] = {}
        self.directed = frozenset(
            t.name for t in tools if system and (s := self.score(system, t)).topic and s.total >= MIN_SCORE
        )
        """Tools the system prompt points the agent to ("Answer with the sailings tool")."""

    def min_score(self, tool: Tool) -> float:
        """What a clause must score to need `tool`: the tool's own `Tool.min_score`, or half of
        `MIN_SCORE` for a tool the system prompt points to — an agent told to answer with it takes one
        word of its domain as enough, as it does for a tool that takes questions."""
        return min(tool.min_score, MIN_SCORE / 2) if tool.name in self.directed else tool.min_score

    def score(self, clause: str, tool: Tool) -> Score:
        """`_score`, worked out once per clause and tool for this matcher (one request's: its tools and
        rarities do not change, and scoring is deterministic); each caller gets its own copy, as some mark
        theirs (`special`). The tool is kept with its score, so its id stays its own."""
        found = self._scores.get((clause, id(tool)))
        if found is None:
            found = self._scores[clause, id(tool)] = (tool, self._score(clause, tool))
        score = found[1]
        return replace(score, matched=dict(score.matched), meant=dict(score.meant))

    def _score(self, clause: str, tool: Tool, goals: tuple[str, ...] = ()) -> Score:
        vocabulary = tool.vocabulary
        result = Score(tool, 0.0)
        lead = _lead_verb(clause)
        kinds = answer_kinds(clause) + list(goals)
        asked = asked_for(clause)
        opened_on = opening_phrase(clause) if not lead else ()
        for word in _content_words(_without_formulas(clause)) + kinds:
            r = lexicon.root(word)
            weight = 0.0
            if r in vocabulary:
                weight = vocabulary[r] * self._rarity[r]
                source = r
                if _derives_the_act(r, tool):
                    # "an alteration" of a tool that "Alters a garment": the act the description opens
                    # on, as the head of its object weighs ("Get the symptoms of …"), weighs as the name's
                    weight = max(weight, NAME * self._rarity[r])
                named = [w for w in tool.name_roots if w != r and lexicon.related_roots(w, r)]
                if named and RELATED * NAME * self._rarity[named[0]] > weight:
                    # the description says "probability", the name abbreviates it ("prob_dist"):
                    # the word names the tool, which says more than its description does
                    source = named[0]
                    weight = RELATED * NAME * self._rarity[source]
            elif related := [w for w in vocabulary if lexicon.related_roots(w, r)]:
                source = max(related, key=lambda w: vocabulary[w])
                # a word other offered tools have exactly is as rare as it is among them, not as rare as
                # this tool's related root: "playlists" is `list_playlists`'s, no rare match of `play_artist`
                weight = (
                    RELATED * vocabulary[source] * min(self._rarity[source], self._rarity.get(r, math.inf))
                )
            elif _written_alone(word, clause) and (
                typed := [w for w in vocabulary if lexicon.misspells(word, w)]
            ):
                # a word the dictionary lacks, one letter off the tool's ("plumbr", "recomend"): a reader
                # still sees the word meant, as `evidence` reads "accelaration" as a parameter's word (not
                # a piece of a path or code, "d:/pc_contoller/v2.py", which is written as it is named)
                source = max(typed, key=lambda w: (vocabulary[w], w))
                weight = vocabulary[source] * self._rarity[source]
            if (
                r not in self._rarity
                and (word in kinds or not weight)
                and (near := _near_in_meaning(word, tool, vocabulary if word in kinds else None))
            ):
                # a kind of answer ("painter" for "who painted …") is what is asked for: its meaning
                # ("artist") may say more than a word of its root ("painting", what the artist made)
                meant_weight = near[1] * vocabulary[near[0]] * self._rarity[near[0]]
                if meant_weight > weight:
                    source, weight = near[0], meant_weight
                    result.meant[word] = (tool.wording[source], round(near[1], 2))
            if r in tool.products and (word in kinds or word in asked or word in opened_on) and weight:
                # the clause asks for what the description's opening verb gives ("the definition of …",
                # "what does X mean" for "Look up the definition of a word"), or names it as the noun phrase
                # it opens on ("Temperature readings for Oslo …" for "Temperature history for a city …"):
                # it names the tool as its name
                weight = max(weight, NAME * self._rarity[r])
            makes_the_product = (
                weight > 0
                and word == lead
                and lead not in REQUEST_VERBS
                and bool(tool.made_by_act)
                and lexicon.lemma(word) != tool.made_by_act
                and lexicon.related(word, tool.made_by_act)
                and not _object_unlike(clause, lead, tool)
            )
            if makes_the_product:
                # "classify these queries" of a tool that "Records classifications …": the act asked for
                # makes what the tool gives, so the verb names the tool as its product would
                source = lexicon.root(tool.made_by_act)
                weight = max(weight, NAME * self._rarity.get(source, 1.0))
            if weight and word not in result.matched:
                result.matched[word] = round(weight, 2)
                result.total += weight
                named_by_verb = (
                    word == lead
                    and lead not in REQUEST_VERBS
                    and (source in tool.name_roots or makes_the_product)
                )  # "add 2 and 3" for `add`, "translate …" for `translate_text`
                purposeful = (
                    source in tool.purpose
                    or tool.vocabulary.get(source) == ENUM
                    or _derives_the_act(source, tool)
                )
                # the request verb a verb-object name starts with ("get", "retrieve": no noun) asks for
                # nothing wherever it stands: "how can I get comments …", "code that gets 2 numbers" are
                # no `get_weather`'s ("fetch" of `http_fetch` is what that tool does, and still counts)
                bare_ask = (
                    word in REQUEST_VERBS and "NOUN" not in lexicon.parts(word) and source == tool.lead_verb
                )
                if (
                    (word != lead or named_by_verb)
                    and not bare_ask
                    and purposeful
                    and not _other_kind(clause, word, tool)
                    and not _plea(word, clause)
                    and not _says_which_other(clause, word, tool)
                ):
                    result.topic = True
        if not result.topic and lead and lead in result.matched and _object_fits(clause, lead, tool):
            result.topic = True  # "delete the fact …": the instruction and its object are both the tool's
        if not result.topic and _roles_given(clause, tool):
            result.topic = True  # "'Nova' as the voice and 'calm' as the style": it sets the tool's inputs
        spelled_out: set[str] = set()
        for short, spelled in _abbreviated(clause, tool):
            source = tool.acronyms[short]
            if spelled not in result.matched:
                weight = vocabulary[source] * self._rarity[source]
                result.matched[spelled] = round(weight, 2)
                result.total += weight
                result.topic = result.topic or source in tool.purpose
                spelled_out.update(spelled.split())
        for short, spelled in _initials(clause, tool):
            roots = [lexicon.root(w) for w in spelled if lexicon.root(w) in vocabulary]
            weight = sum(vocabulary[r] * self._rarity[r] for r in roots)
            if weight and short not in result.matched:
                result.matched[short] = round(weight, 2)
                result.total += weight
                result.topic = result.topic or any(r in tool.purpose for r in roots)
                spelled_out.add(short.lower())
        if result.topic and inverse(clause, tool):
            result.topic = False  # "decode …" of `encode_base64`: the tool does the opposite
        if result.topic and _only_reads(clause, tool):
            result.topic = False  # "delete the recipes …" of `recipe_search`: it finds them, no more
        # the question's form names what it asks for (`kinds`), as its noun does
        if (
            result.topic
            and not spelled_out & set(asked)
            and not _gives_kind(tool, tuple(kinds))
            and (not _gives(tool, asked) or _another_quantity(clause, tool))
            and not _asks_by_its_name(clause, tool)
        ):
            result.topic = False
            result.special = ""
        if result.topic and any(
            holds_back(clause, tool)
            for holds_back in (
                _seeks_an_input,
                _no_doer,
                _only_in_the_setting,
                _asks_advice,
                _asks_what_an_act_makes_not,
            )
        ):
            result.topic = False
            result.special = ""
        if tool.takes_expression and arguments.has_arithmetic(clause):
            result.total += self._evidence
            result.topic = True
            result.special = "asks for arithmetic"
        if tool.takes_sql and sql.write(clause, tool.description) is not None:
            result.total += self._evidence
            result.topic = True
            result.special = "names a table or column the SQL can read"
        return result

    def ranked(self, clause: str) -> list[Score]:
        """`_ranked`, once per clause for this matcher (as `score`), a copy of each score for each caller."""
        found = self._ranks.get(clause)
        if found is None:
            found = self._ranks[clause] = self._ranked(clause)
        return [replace(s, matched=dict(s.matched), meant=dict(s.meant)) for s in found]

    def _ranked(self, clause: str) -> list[Score]:
        """Every tool's score for the clause, best first. At equal scores a clause that writes a calendar
        date goes to a tool that takes one ("the weather in Edinburgh on 15 August 2023": the tool for a
        date's weather, not today's, which would drop the date); other ties go to the tool whose name
        writes more of the clause's words themselves, not only a word of their root ("Book the Ritz" for
        `booking_book` over `booking_cancel`, both named for a booking), then more of them in the number
        the clause says them ("which alarms are set" for `get_alarms` over `add_alarm`: the plural asks for
        several), then, when the clause says a word of the tool's name other than its opening verb, to the tool
        whose name names fewer other things (a word that cannot be a verb) the clause does not say ("the event with
        ID efJG9" for `get_event`, not `get_custom_event_specification` or `get_alerting_channel`: a tool
        named for more than was asked is for when that more is said), then keep the order the tools were
        offered. Before those word counts, a tie goes to the tool
        whose name does the act the clause asks for (`act_asked`: "drop student S-1 from BIO101" for
        `withdraw_student`, not `enrol_student`, both named for a student)."""
        scores = [self.score(clause, t) for t in self.tools]
        order = {id(s): i for i, s in enumerate(scores)}
        dated = _writes_a_date(clause)
        said = {lexicon.lemma(w) for w in _content_words(clause)}

        spelt = {w.lower() for w in _content_words(clause)}

        def written(score: Score) -> int:
            return len(said & {lexicon.lemma(w) for w in words_of(score.tool.name)})

        def as_written(score: Score) -> int:
            return len(spelt & set(words_of(score.tool.name)))

        said_roots = {lexicon.root(w) for w in _content_words(clause)}

        # the clause's opening verb ("Set 'ratio' to 0.75", "Get the contact …") names no thing of a tool's
        lead = [w for w in _content_words(clause)[:1] if "VERB" in lexicon.parts(w)]
        asked_roots = said_roots - {lexicon.root(w) for w in lead}

        def unsaid(score: Score) -> int:
            name = [w for w in words_of(score.tool.name) if not lexicon.is_function_word(w)]
            # a clause that names nothing the tool's name names says nothing of what else it names
            if not {lexicon.root(w) for w in name if lexicon.lemma(w) not in ACTS} & asked_roots:
                return 0
            # of the rest, the words that name things (not "play", "float", which may say an act)
            return len({lexicon.root(w) for w in name if "VERB" not in lexicon.parts(w)} - said_roots)

        act = act_asked(clause)
        return sorted(
            scores,
            key=lambda s: (
                -s.total,
                not (dated and s.tool.takes_date),
                bool(act) and s.tool.act != act,
                -written(s),
                -as_written(s),
                unsaid(s),
                order[id(s)],
            ),
        )

    def needed(self, clause: str) -> list[Score]:
        """The tools a clause needs, best first: see the module docstring."""
        if who_the_asker_is(clause) or _only_remarks(clause):
            return []
        ranked = self.ranked(clause)
        # A tool that fails the test does not take the clause from one that passes it ("the weather in
        # Cairo and the local time in Lagos": `local_time` scores more, but the weather is asked for too).
        fitting = _outside_quotes(
            [s for s in ranked if s.total >= self.min_score(s.tool) and s.topic], clause
        )
        if not fitting:
            specials = [s for s in ranked if s.special]
            if not specials and _asks_what_a_thing_is(clause):
                return [
                    Score(t, t.min_score, topic=True, special="a question of who or what, for a web search")
                    for t in self.tools
                    if t.searches_the_web
                ][:1]
            return specials[:1]
        best = self._doing_the_act(fitting, clause)
        if not best.special and _only_a_place(best, self.tools, clause):
            # "find a bus that can take me from the hotel to …": the hotel is where the ride starts
            best = next((s for s in fitting if not _only_a_place(s, self.tools, clause)), best)
        chosen = [best]
        for other in ranked:
            if not other.special and _only_a_place(other, self.tools, clause):
                continue  # "… from the hotel to a Broadway show": a place of the ask, not an ask (`_only_a_place`)
            if not other.special and _said_done(other, best, clause):
                continue  # "the amount of the calculated tip": the result named, no act asked (`_said_done`)
            if (
                other is best
                or not other.special
                and _quoted_only(other, clause)
                and not _quoted_only(best, clause)
            ):
                continue  # a tool named only inside the quotes: the quoted text is material (`_outside_quotes`)
            if other.special or (
                other.topic
                and (
                    self._names_its_own(other, best, clause)
                    or _asked_apart(other, best, clause)
                    or other.total >= self.min_score(other.tool)
                    and _listed_apart(other, best, clause)
                )
            ):
                chosen.append(other)
        return self._not_for_a_reason(_not_subsumed(chosen), clause)

    def _not_for_a_reason(self, chosen: list[Score], clause: str) -> list[Score]:
        """The tools needed, less those only the clause's reason asks for: the words after "so (that) I …",
        "in order to", "because" or "since I/we …" say why the ask is made ("convert 250 g to cups so I can
        follow the recipe"), what the asker will do with the answer, not a second ask. A second tool stays
        when the words before the reason need it as well; when they do not need the best tool, nothing is
        taken away (the reason may be all the clause says)."""
        premise = _PREMISE.match(clause)
        if len(chosen) < 2 and not (chosen and premise):
            return chosen
        judged = _JUDGED.match(clause) or premise
        if judged:
            # "Hotel rooms are so costly, I need a house to stay": the judgement before the comma is why
            # the ask after it is made; a tool only the judgement names is not asked for
            asked = self.needed(clause[judged.end() :])
            within = {s.tool.name for s in asked}
            if within:
                # the ask after the premise may need a tool the whole clause ranked below the premise's
                return [s for s in chosen if s.special or s.tool.name in within] or asked
        cut = _REASON.search(clause)
        if cut is None or cut.start() == 0:
            return chosen
        within = {s.tool.name for s in self.needed(clause[: cut.start()])}
        if chosen[0].tool.name not in within:
            return chosen
        return [s for i, s in enumerate(chosen) if i == 0 or s.special or s.tool.name in within]

    def _doing_the_act(self, fitting: list[Score], clause: str) -> Score:
        """The best fitting tool, or, when that one does another of the acts to its thing than the clause asks for
        (`act_asked`) and a fitting tool named for the same thing does the act asked, that one: "set up a new
        Postgres server …" is `add_postgres_server`'s, though `list_servers` may score more on the server's
        words; the verb says what is to be done to the thing, and near-neighbour tools differ only in it."""
        best = fitting[0]
        act = act_asked(clause)
        if act is None or best.tool.act in (None, act):
            return best
        for other in fitting[1:]:
            if other.tool.act == act and other.tool.thing_roots & best.tool.thing_roots:
                return other
        return best

    def closest_neighbour(self, clause: str) -> Score | None:
        """Among several offered tools none of which shares a word of its purpose with the clause, the one
        whose description is clearly the closest in meaning to the whole clause (`NEIGHBOUR_CLOSE`, ahead of
        every other by `NEIGHBOUR_MARGIN`): the neighbours tell what each is for ("Which records has
        Radiohead put out?" for the albums, not the lyrics), as a word-for-word match cannot. Not a tool a
        test turns away (it gives another quantity, the inverse, or none of what is asked for, or the clause asks
        advice on an act the tool does not do: `_asks_advice`)."""
        if len(self.tools) < 2 or _only_remarks(clause):
            return None
        ranked = self.ranked(clause)
        asked = asked_for(clause)
        close = sorted(
            ((meaning.similarity(clause, _summary(s.tool)), i) for i, s in enumerate(ranked)), reverse=True
        )
        (best, i), (second, _) = close[0], close[1]
        tool = ranked[i].tool
        if best < NEIGHBOUR_CLOSE or best - second < NEIGHBOUR_MARGIN:
            return None
        if (
            inverse(clause, tool)
            or _another_quantity(clause, tool)
            or _seeks_an_input(clause, tool)
            or _asks_advice(clause, tool)
        ):
            return None
        if not _gives(tool, asked):
            return None
        ranked[i].special = f"closest in meaning among its neighbours ({best:.2f}, next {second:.2f})"
        return ranked[i]

    def _names_its_own(self, other: Score, best: Score, clause: str) -> bool:
        """Whether the clause names a word of the other tool's *name* that the best tool does not have.
        A word that only says an act (`ACTS`) names no second tool where it is the verb of the best tool's
        own ask, its thing within the few words after it ("Hi, find available rental cars in Reno …" beside
        `find_coach`, "…, show me a shipping quote" beside `show_pickup_points`): whichever tool's name
        happens to start with that verb, the thing asked for says which tool it is (`_verb_of`). Nor does a
        verb said of a thing that another offered tool is named for and the other tool is not ("calculate a 20%
        tip" beside `calculate_discount`, "analyze the sentiment" beside `analyze_stock_market`: the verb is
        the tip's or the sentiment's, `_verb_of_another`), nor a word said only inside quotes, the material of
        a value (`_outside_quotes`)."""
        outside = _unquoted_words(clause)
        for word in other.matched:
            r = lexicon.root(word)
            if (
                other.tool.vocabulary.get(r) == NAME
                and r not in best.tool.vocabulary
                and word not in best.matched
                and not _verb_of(word, best.tool, clause)
                and word.lower() in outside
                and not _verb_of_another(word, other.tool, self.tools, clause)
            ):
                return True
        return False

    def best(self, clauses: list[str]) -> tuple[Tool, str] | None:
        """The single best (tool, clause) pair, however weak: for a caller that insists on a tool."""
        ranked = [
            (self.score(c, t).total, -ci, -ti, t, c)
            for ci, c in enumerate(clauses or [""])
            for ti, t in enumerate(self.tools)
        ]
        if not ranked:
            return None
        _, _, _, tool, clause = max(ranked, key=lambda r: r[:3])
        return tool, clause


ACT_REACH = 4
"""How many words after an act verb its object's head may stand ("find **available** rental cars", "find **a**
good dermatology **clinic**")."""


def _verb_of(word: str, tool: Tool, clause: str) -> bool:
    """Whether `word` is an act verb (`ACTS`) that the clause says of the tool's thing: a word of the
    tool's name other than an act stands within `ACT_REACH` words after it ("show me a shipping quote"
    for `shipping_quote`)."""
    if lexicon.lemma(word) not in ACTS:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", clause)]
    return any(
        w == word.lower() and tool.thing_roots & {lexicon.root(v) for v in words[i + 1 : i + 1 + ACT_REACH]}
        for i, w in enumerate(words)
    )


def _unquoted_words(clause: str) -> set[str]:
    """The clause's words outside its quoted spans, lower-cased."""
    bare = clause
    for start, end in reversed(quoted_spans(clause)):
        bare = bare[:start] + " " + bare[end:]
    return {w.lower() for w in words_of(bare)}


def _verb_of_another(word: str, tool: Tool, tools: list[Tool], clause: str) -> bool:
    """Whether `word`, a verb, is said in the clause only of a thing that another offered tool is named for
    and `tool` is not: each time it stands, a word of that other tool's thing (`Tool.thing_roots`) follows
    within `ACT_REACH` words and none of `tool`'s own thing does. A verb takes its object: "calculate a 20%
    tip on the bill" asks to calculate a tip, which is `calculate_tip`'s ask and no sign of `calculate_discount`,
    whose name shares only the verb; "analyze the sentiment of the reviews" is no ask of `analyze_stock_market`."""
    parts = lexicon.parts(word)
    own = tool.thing_roots
    if "VERB" not in parts and lexicon.lemma(word) not in ACTS:
        return False
    if "NOUN" in parts and lexicon.root(word) in own:
        return False  # "email the price to …" is `send_email`'s ask: the verb is the tool's thing ("email")
    others = set().union(*(t.thing_roots for t in tools if t is not tool)) - own
    tokens = re.findall(r"[A-Za-z][\w'-]*|[,;:]", clause.lower())
    objects = []
    for i, w in enumerate(tokens):
        if w != word.lower():
            continue
        if parts != {"VERB"} and i and tokens[i - 1] not in _BEFORE_A_VERB:
            return False  # "the names of …", "five reviews": a word that may be a noun, read as one
        objects.append({lexicon.root(v) for v in tokens[i + 1 : i + 1 + ACT_REACH]})
    return bool(objects) and all(o & others and not o & own for o in objects)


_PLACE_BEFORE = re.compile(r"\b(?:from|at|near|outside|inside)\s+(?:the|my|our|your|this|that)\s+$", re.I)


def _only_a_place(score: Score, tools: list[Tool], clause: str) -> bool:
    """Whether every word of the tool's name that the clause says outside quotes is either a verb said of
    another tool's thing (`_verb_of_another`) or a noun that a preposition of place and a definite article
    stand right before ("from the hotel", "near my office", "at the salon"): a definite place is where the ask
    happens, a thing the asker already has in mind, no ask for one ("find a bus that can take me from the
    hotel to a Broadway show" asks for no hotel search; "book a taxi from the hotel to the pier"). Not
    "to": what follows it may be the collection a tool keeps ("add Jean-Luc Picard to my contacts")."""
    outside = _unquoted_words(clause)
    named = [
        w
        for w in score.matched
        if score.tool.vocabulary.get(lexicon.root(w)) == NAME and w.lower() in outside
    ]
    if not named:
        return False
    places = False
    for word in named:
        if _verb_of_another(word, score.tool, tools, clause):
            continue
        spots = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", clause, re.I)]
        if not spots or not all(_PLACE_BEFORE.search(clause[:i]) for i in spots):
            return False
        places = True
    return places


_BEFORE_A_VERB = frozenset(", ; : and or then also please to i you we".split())
"""Words after which a word that may be a noun or a verb is read as the verb: the start of an instruction
(after a comma, "and", "then", "also", "please"), an infinitive ("to"), a subject pronoun ("can you …")."""


def _summary(tool: Tool) -> str:
    """What a tool is for, in words: its name's words and its description."""
    return f"{' '.join(words_of(tool.name))}. {tool.description}"


def _writes_a_date(clause: str) -> bool:
    """Whether the clause writes a calendar date in full ("15 August 2023", "2022-03-01")."""
    return any(
        m.kind == "date" and isinstance(m.value, str) and re.match(r"\d{4}-\d{2}-\d{2}$", m.value)
        for m in read(clause).mentions
    )


_ASKED = re.compile(
    r"\b(?:(?:what|which) (?:is|are|was|were)|what's|calculate|compute|determine|estimate|find|get|give me"
    r"|tell me(?: about)?|explain|describe|(?:like|want|need) to know) the "
)
"""Openings that say what is asked for next; "tell me about the", "explain the", "describe the" ask for
an account of the thing they name ("the history of the Sicilian Defence"), as "what is the" does; so do
the indirect asks "I'd like to know the …", "I need to know the …"."""
_POINTS_AHEAD = re.compile(r"(?:(?:\w+\s+){1,2}(?:of|to|for)\s+the\s+)?following\b")
"""An ask that only points ahead ("calculate the following: …", "the result of the following calculation:
first …, then …", "the answer to the following problem"): "the following" names nothing of its own — the
words after it (a list, the steps after a colon) say what is asked, so the lead-in's head ("result",
"answer", "calculation") is no thing the tool must give."""
_DETERMINERS = frozenset("the a an all each any this these".split())
_CONNECTORS = frozenset("and or over per to versus vs".split())
"""Words inside one asked-for phrase: "the median **and** variance", "year **over** year growth",
"price **to** earnings ratio", "miles **per** gallon"."""


@lru_cache(maxsize=4096)
def asked_for(clause: str) -> tuple[str, ...]:
    """The content words of what a question or an instruction asks for: each noun phrase after "what is
    the" / "calculate the" / "find the" / "give me the" (its parts joined by "and" included), and the one its "of" or "for" hangs on
    it — "what is the **acceleration** a ball …", "calculate the **compounded interest** for a
    **principal amount** …", "what are the **names** of **proteins** …" — and each further object
    the ask takes after "and the" or ", the" ("tell me the weather in Oslo and the **time** in Lima"). None when the clause does not
    ask that way, or asks for values it quotes ("what were the 'Open' and 'Close' prices"). The phrase
    after "of" counts because a head like "names" or "result" says little; the price is that "the
    acceleration of a ball" is taken to ask about the ball as much as about the acceleration.
    """
    lowered = clause.lower()
    asked: list[str] = []
    for found in _ASKED.finditer(lowered):
        rest = re.split(r"[?.!,;:]", lowered[found.end() :], maxsplit=1)[0]
        if rest.startswith(("'", '"', "‘", "“")):
            continue
        if _POINTS_AHEAD.match(rest):
            continue  # "the result of the following calculation: first …": the steps after it say what
        words = words_of(rest)
        for phrase in range(2):
            while words and words[0] in _DETERMINERS:
                words = words[1:]
            while words and not words[0][0].isdigit():
                if words[0] in _CONNECTORS:
                    words = words[1:]
                    while words and words[0] in _DETERMINERS:
                        words = words[1:]
                elif lexicon.is_function_word(words[0]):
                    break
                else:
                    asked.append(words.pop(0))
            if phrase or not words or words[0] not in ("of", "for"):
                break
            words = words[1:]
        sentence = _SENTENCE_END.split(lowered[found.end() :], maxsplit=1)[0]  # past a comma: ", and the …"
        for joined in _AND_THE.finditer(sentence):  # "tell me the weather in Oslo and the time in Lima"
            for word in words_of(sentence[joined.end() :]):
                if word[0].isdigit() or lexicon.is_function_word(word):
                    break
                asked.append(word)
    return tuple(asked)


def opening_phrase(text: str) -> tuple[str, ...]:
    """The words of the noun phrase a text opens on, up to its first function word or number: "**Closing
    prices** of TSLA …", "**Temperature readings** for Oslo …", "**ASML closing prices** for …" (a
    name or code before the noun included; "and"/"or" inside it kept out, "**Sunrise** and **sunset** in
    …"). A request written as a bare noun phrase names what it wants back by that phrase, as "what is the
    …" does by the phrase after it. Nothing when the text opens on a function word ("what …", "I …",
    "the …" is read past), or on a word that is only a verb (an instruction, "Translate …")."""
    words = words_of(text)
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    if not words or lexicon.is_function_word(words[0]) or lexicon.parts(words[0]) == {"VERB"}:
        return ()
    phrase: list[str] = []
    for word in words[:5]:
        if word in ("and", "or"):
            continue
        if word[0].isdigit() or lexicon.is_function_word(word):
            break
        phrase.append(word)
    return tuple(phrase)


_REASON = re.compile(
    r"\b(?:so\s+(?:that\s+)?(?:i|we|you|they|he|she|my|our)\b|in\s+order\s+to\b|because\b"
    r"|since\s+(?:i|we|my|our)\b)",
    re.IGNORECASE,
)
"""Words that open a clause's reason or purpose ("… so I can follow the recipe", "… because we move on
Friday"): what follows says why the ask is made, not what is asked (`Matcher._not_for_a_reason`)."""

_JUDGED = re.compile(
    r"^\W*(?:the\s+|these\s+|those\s+)?(?:[a-z][\w'-]*\s+){1,3}?(?:is|are|was|were|seems?|looks?|feels?|costs?)\s+"
    r"(?:so|too|very|really|quite|pretty|way\s+too|far\s+too|much\s+too)\s+[a-z][\w-]*\s*,\s*(?=\S)",
    re.IGNORECASE,
)
"""A clause that opens on a judgement of a thing and a comma ("Hotel rooms are so costly, I need a house to
stay", "Taxis cost way too much, find me a rental car"): the judgement says why the ask after the comma is
made — the thing judged is what the asker turns away from, not a second ask (`Matcher._not_for_a_reason`)."""

_PREMISE = re.compile(
    r"^\W*(?:(?:since|because|now\s+that|given\s+that|as(?!\s+(?:well|soon|for|to|long|much|many)\b))\b[^,]*,\s*"
    r"|[^,]*,\s*so\s+(?!(?:that\s+)?(?:i|we|you|they|he|she|it|my|our)\b))(?=\S)",
    re.IGNORECASE,
)
"""A clause that opens on what the asker takes as given — a leading "Since/Because/As/Now that …," or the
words before ", so …" not followed by a subject ("I already checked the weather, so just book a table", "As
the exchange rate is so bad, just convert 40 EUR to GBP") — states the premise of the ask after it: a tool
only the premise names is not asked for, as with a judgement (`_JUDGED`, `Matcher._not_for_a_reason`)."""

_SENTENCE_END = re.compile(r"[?!;:]|\.(?!\d)")
"""Where a sentence ends: not at the point of a decimal ("a 0.01 M solution, and the density …")."""

AND_ASKS = r"\band\b|\bas\s+well\s+as\b"
"""What joins two things asked for: "and", or "as well as", which English uses as "and" between two asks ("the
factorial of 7 as well as the greatest common divisor of 48 and 180"), as it does in a series of values
(`mentions`)."""

_AND_THE = re.compile(rf"(?:{AND_ASKS}|,) (?:the|a|an|its|their) ")
"""A further object of the same ask: "and the …", "as well as the …" or ", the …" after the first one's values
("the population of Japan in 2010, the election results of …, and the capital …")."""


def _asked_apart(other: Score, best: Score, clause: str) -> bool:
    """Whether the clause asks for several things joined by "and" (`asked_for`: "what's the place name
    and the elevation"), one of them the best tool's and another one only the other tool gives (a word of
    its purpose the best tool did not match): each thing asked for is asked of the tool that gives it, as
    "the median and variance" asks two tools by their names."""
    asked = asked_for(clause)
    if len(asked) < 2:
        return False
    lowered = clause.lower()

    def at(word: str) -> int:
        found = re.search(rf"\b{re.escape(word)}\b", lowered)
        return found.start() if found else -1

    mine = [at(w) for w in asked if w in best.matched]
    theirs = [
        at(w)
        for w in asked
        if w in other.matched and w not in best.matched and lexicon.root(w) in other.tool.purpose
    ]
    return any(
        a >= 0 and b >= 0 and re.search(AND_ASKS, lowered[min(a, b) : max(a, b)])
        for a in mine
        for b in theirs
    )


_ITEM_CUT = re.compile(
    rf"(?:,\s*|\s+)(?:{AND_ASKS})\s+(?:also\s+)?(?:the|a|an|my|their|its|his|her|some|any)\b|;\s*"
)
"""A cut that opens the next item of a list of asks: "…, and the …", "… and a …", "… as well as the …" ("as
well as" joins two asks as "and" does, `AND_ASKS`), ";"."""


def _listed_apart(other: Score, best: Score, clause: str) -> bool:
    """Whether the clause is a list of asks with the other tool's own item: every word it matched (a
    word of its purpose among them) stands on one side of an "and the …" and every word the best tool
    matched on the other ("Messi's stats for 2023 and the upcoming fixtures of Inter Miami": the
    fixtures are the schedule tool's, the stats the other's). Each item is asked of the tool it fits."""
    lowered = clause.lower()

    def places(words: dict[str, float]) -> list[tuple[int, int]]:
        found = []
        for word in words:
            hit = re.search(rf"\b{re.escape(word.lower())}\b", lowered)
            if hit is None:
                return []
            found.append((hit.start(), hit.end()))
        return found

    if set(other.matched) & set(best.matched):
        return False
    if not any(lexicon.root(w) in other.tool.purpose for w in other.matched):
        return False
    mine, theirs = places(best.matched), places(other.matched)
    if not mine or not theirs:
        return False
    for first, second in ((mine, theirs), (theirs, mine)):
        end, start = max(e for _, e in first), min(b for b, _ in second)
        if end <= start and _ITEM_CUT.search(lowered, end, start):
            return True
    return False


@lru_cache(maxsize=4096)
def asked_heads(clause: str) -> tuple[str, ...]:
    """The words of what the clause asks for before its "of" or "for" (`asked_for`): "what is the
    **circumference** of a circle" asks for a circumference, which the circle only locates. An "and" or
    "or" joining two things asked for is kept, to tell a clause that asks for several."""
    lowered = clause.lower()
    heads: list[str] = []
    for found in _ASKED.finditer(lowered):
        rest = re.split(r"[?.!,;:]", lowered[found.end() :], maxsplit=1)[0]
        if rest.startswith(("'", '"', "‘", "“")):
            continue
        if re.search(r"\b(?:and|or)\s*$", lowered[: found.start()]):
            heads.append("and")  # "who were the participants and what was the location …": two asks
        for word in words_of(rest):
            if word in ("and", "or"):
                heads.append(word)  # kept: the clause asks for several things
                continue
            if word in _DETERMINERS or word in _CONNECTORS:
                continue
            if word[0].isdigit() or lexicon.is_function_word(word):
                break
            heads.append(word)
        if _AND_THE.search(_SENTENCE_END.split(lowered[found.end() :], maxsplit=1)[0]):
            heads.append("and")  # "the molar mass of X, the pH of Y": a list of asks (`asked_for`)
    return tuple(heads)


def _another_quantity(clause: str, tool: Tool) -> bool:
    """Whether the tool gives another quantity of the thing the clause asks about: the clause asks for
    the X of a Y, the tool gives none of X (`_gives`) and its name, besides the Y and its instruction
    verb, ends in a noun the clause does not say (the name's head: what it gives) — "the volume of a
    sphere" for `calculate_sphere_surface_area`, "the circumference of a circle" for `circle_area`. The
    "of" phrase that `asked_for` counts as asked is where the clause's thing stands, not what it wants.
    A tool whose name ends in the thing (`math_factorial` for "the result of the factorial of 5") may
    give any of its values, and a clause that asks for several things ("the height and width of …")
    may be asking for the parts of one whole the tool gives (`get_dimensions`), nor is a tool whose name
    ends in a plural (`battle_details` for "the location of the battle"): it gives several values. A
    tool named for an act on its thing (`book_flight`, `send_parcel`: a verb that is no request verb,
    `REQUEST_VERBS`) does that act and gives no other quantity of the thing than what the act makes
    (`_acts_otherwise`): "the status of flight LH454" is not `book_flight`'s."""
    heads = asked_heads(clause)
    if not heads or "and" in heads or "or" in heads or len(_ASKED.findall(clause.lower())) > 1:
        return False
    if _gives(tool, heads):
        return False
    named = [w for w in words_of(tool.name) if not lexicon.is_function_word(w)]
    if _acts_otherwise(tool, heads):
        return True
    said = {lexicon.root(w) for w in words_of(clause)}
    if not named or lexicon.root(named[-1]) in said or "NOUN" not in lexicon.parts(named[-1]):
        return False
    return lexicon.noun_lemma(named[-1]) == named[-1]  # `battle_details` gives several values


PRODUCT_CLOSE = 0.15
"""How close in meaning a thing asked for must be to the verb a tool is named for to be what that act
makes ("root" ~ "solve" 0.20, "derivative" ~ "differentiate" 0.54), not a property of its object ("status"
~ "book" -0.12)."""


def _acts_otherwise(tool: Tool, heads: tuple[str, ...]) -> bool:
    """Whether the tool is named for an act on a thing that makes none of the things asked for: its name
    opens with the verb its description opens with (`book_flight`, "Book a flight ticket …"), no request
    verb (`get_`, `calculate_`), and no thing asked for is close in meaning to that verb (`PRODUCT_CLOSE`:
    solving makes a root, booking no status)."""
    verb = tool.acted_verb
    return bool(verb) and all(meaning.similarity(lexicon.lemma(h), verb) < PRODUCT_CLOSE for h in heads)


_WHAT_THING = re.compile(r"^\W*(?:what|which)\s+([a-z]+)\b", re.IGNORECASE)


def _asks_what_an_act_makes_not(clause: str, tool: Tool) -> bool:
    """Whether a question opening "what/which <noun>" asks for a thing that a tool named for an act on
    its thing (`_acts_otherwise`: `book_flight`, `enable_alert_rule`) does not make, and the clause does
    not say the act: "What seat class is flight BA12?", "What versions of the rule are in use?" ask to be
    told something, which enabling or booking does not tell ("which flights can I book …" says the act)."""
    found = _WHAT_THING.match(clause)
    verb = tool.acted_verb
    if not found or not verb or "NOUN" not in lexicon.parts(found.group(1)):
        return False
    if lexicon.is_function_word(found.group(1)) or _gives_kind(tool, tuple(answer_kinds(clause))):
        return False  # "What does it cost to send …" asks a cost, which `estimate_shipping_cost` gives
    if any(lexicon.related_roots(lexicon.root(w), lexicon.root(verb)) for w in words_of(clause)):
        return False
    noun = found.group(1).lower()
    return not _gives(tool, (noun,)) and _acts_otherwise(tool, (noun,))


_SETTING = re.compile(
    r"^\W*(?:after|before|since|once|when|while|because|now that)\s+"
    r"(?:i|we|you|he|she|they|my|our|[a-z]+ing)\b[^,?;]*,\s*(?P<main>[^,]*\w[^,]*)$",
    re.IGNORECASE,
)
"""A clause that opens on what the asker did or will do ("After taking the train to Rome, …", "Since I
burned 500 calories, …") and asks its question after the comma."""


def _only_in_the_setting(clause: str, tool: Tool) -> bool:
    """Whether the tool's words stand only in the clause's setting, not in its question: "Since I burned
    500 calories running, what should I eat for dinner?" tells of an exercise and asks for a meal, which
    `calculate_calories_burned` does not give. The setting is one that opens on the asker's doing
    (`_SETTING`: "after", "since", "when" … and a person or an "-ing"), not a condition that gives the
    question's values ("If I invest $500 at 4%, what …", "After 5 years at 4%, …")."""
    found = _SETTING.match(clause)
    if not found:
        return False
    main = _content_words(found.group("main")) + answer_kinds(found.group("main"))
    return not any(
        (r := lexicon.root(w)) in tool.vocabulary or any(lexicon.related_roots(v, r) for v in tool.vocabulary)
        for w in main
    )


_ADVICE = re.compile(
    r"^(?!.*\bhow (?:much|many)\b).*?\bshould (?:i|we)\s+(?:(?:really|still|just|ever|even|also|rather)\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
"""A question asking advice on the asker's own doing: "Should I wear cream shoes?", "what colour should we
pick …" (not a quantity the asker should expect, "how much rain should we expect": that asks a measure)."""


def _asks_advice(clause: str, tool: Tool) -> bool:
    """Whether the clause asks advice on what the asker should do (`_ADVICE`) and the tool does not do that
    act: "Should I wear green shoes to a wedding?" asks the model's judgement, not a product search, though
    the shop sells shoes; "what colours should I mix to get olive?" is a paint-mixing tool's ask, whose words
    name the act (mix ~ mixture). A model answers such a question itself, or with the tool that does the
    thing the asker would do. Advice that asks for the very thing the tool's name ends in ("what dose of
    ibuprofen should I take?" of `calculate_drug_dosage`) asks the value that tool gives, and so does one
    whose form names a kind the tool gives ("Where should we stay …?" asks for lodging, `answer_kinds`); a
    quoted question is asked of no one here."""
    found = _ADVICE.search(clause)
    if not found or any(a <= found.start("verb") < b for a, b in quoted_spans(clause)):
        return False  # "… a prompt saying 'Where should we deliver?'" quotes a question, asks none
    if _gives_kind(tool, tuple(answer_kinds(clause))):
        return False  # "Where should we stay in Seville?" asks for lodging, which the tool finds
    wanted = _WHAT_NOUN.search(clause.lower())
    named = [w for w in words_of(tool.name) if not lexicon.is_function_word(w)]
    if wanted and named:
        first, second = wanted.group(1), wanted.group(2)
        noun = first if first and "NOUN" in lexicon.parts(first) else second
        if lexicon.related_roots(lexicon.root(noun), lexicon.root(named[-1])):
            return False  # "what dose should I take?" asks the very thing `calculate_drug_dosage` gives
    r = lexicon.root(found.group("verb"))
    return not (r in tool.vocabulary or any(lexicon.related_roots(v, r) for v in tool.vocabulary))


_WHAT_NOUN = re.compile(r"\b(?:what|which|how much|how many)\s+(?:([a-z]+)\s+)?([a-z]+)")
_GIVEN_RESULT = re.compile(r"\b([a-z]+)\s+(?:of\s+(?:[a-z]+\s+)?)?\d")


def _seeks_an_input(clause: str, tool: Tool) -> bool:
    """Whether the clause gives a value of what the tool computes and asks for one of its inputs — the
    inverse of the tool: "what weight would give me a BMI of 22?" for a tool that computes a BMI from a
    weight and a height; "which city has the postal code 10115?" for one that gives a city's postal
    code. "What X" / "which X" names the input (a word of a parameter's name, not of the tool's
    purpose; the word after "which" when that is a noun, else the next: "which German city") and "a Y
    of 22" or "the Y 10115" the result (a word of the purpose before a number, or before "of" and one)."""
    lowered = clause.lower()
    wanted = _WHAT_NOUN.search(lowered)
    if not wanted:
        return False
    first, second = wanted.group(1), wanted.group(2)
    noun = first if first and "NOUN" in lexicon.parts(first) else second  # "which German city"
    r = lexicon.root(noun)
    inputs = tool.input_roots
    if r not in inputs or r in tool.purpose:
        return False
    return any(
        lexicon.root(g.group(1)) in tool.purpose and lexicon.root(g.group(1)) not in inputs
        for g in _GIVEN_RESULT.finditer(lowered)
    )


_AS_ROLE = re.compile(r"""['"“][^'"”]{1,60}['"”]\s+as\s+(?:the\s+|an?\s+|my\s+|its\s+)?([a-z]+)""", re.I)


def _roles_given(clause: str, tool: Tool) -> bool:
    """Whether the clause gives two or more quoted values roles the tool's parameters are named for ("Use
    'Nova' as the voice and 'calm' as the style", "'Solaris' as the map and 'Hardcore' as the mode"): a
    request that sets a tool's inputs by name asks for that tool, though it names none of its purpose."""
    roles = {lexicon.root(m.group(1)) for m in _AS_ROLE.finditer(clause)}
    if len(roles) < 2:
        return False
    return len(roles & tool.input_roots) >= 2


def _gives_kind(tool: Tool, kinds: tuple[str, ...]) -> bool:
    """Whether the tool gives a kind of answer the question's form asks for (`answer_kinds`: "the mean of
    …" asks for an average as "the average of …" does); no kind asked, none given."""
    return bool(kinds) and _gives(tool, kinds)


def _asks_by_its_name(clause: str, tool: Tool) -> bool:
    """Whether a second ask of the clause, after "and", a comma, ";", "then" or "also" (and "finally",
    "lastly"), opens on its own verb — a request verb or the tool's — and names the tool within a few
    words by a word of its name that no parameter speaks of ("… by Dolly Parton and **find concerts** of
    Adele …" for `find_concerts`; "…, and finally **find reviews** for the game 'Hades'" for
    `game_reviews`; a word of its name, not of a parameter's name nor its lead verb): that ask names its tool outright, so what the first ask asks for (the lyrics, the
    price) does not turn the tool away."""
    naming = tool.naming_among_others - {tool.lead_verb}
    if not naming:
        return False
    verbs = set(REQUEST_VERBS) | ({tool.lead_verb} if tool.lead_verb else set())
    said = [w.lower() for w in re.findall(r"[A-Za-z]+|[,;]", clause)]
    for j in range(1, len(said)):
        if said[j - 1] not in (",", ";", "and", "then", "also", "finally", "lastly"):
            continue
        if lexicon.root(said[j]) not in verbs and said[j] not in verbs:
            continue
        for word in said[j + 1 : j + 5]:
            if lexicon.root(word) in naming:
                return True
            if word in (",", ";") or lexicon.is_function_word(word) and word not in _OBJECT_OPENERS:
                break
    return False


_OBJECT_OPENERS = frozenset("the a an any some me us my our".split())
"""Words that may stand between an ask's verb and the noun it asks for ("find **me any** strategy guides")."""


def _gives(tool: Tool, asked: tuple[str, ...]) -> bool:
    """Whether the tool's purpose (its name, and its description but for its inputs) or one of the
    options it offers (an enum: "field goal %" among the details it reports) names something the clause
    asks for, by root, a related root or meaning: a tool for the maximum height does not give
    an acceleration, one for a mortgage payment not the compounded interest on a principal amount,
    though the request feeds both their numbers."""
    if not asked:
        return True
    purpose_words = tuple(w for r, w in tool.wording.items() if r in tool.purpose)
    for word in asked:
        r = lexicon.root(word)
        if r in tool.purpose or tool.vocabulary.get(r) == ENUM:
            return True
        if any(lexicon.related_roots(p, r) for p in tool.purpose):
            return True
        if purpose_words and meaning.closest(lexicon.lemma(word), purpose_words)[1] >= meaning.SYNONYM:
            return True
    return False


_OPPOSED_PREFIXES = (("en", "de"), ("in", "ex"), ("im", "ex"), ("in", "de"), ("up", "down"), ("max", "min"))
"""English prefixes that turn a word into its opposite by taking each other's place ("encode" /
"decode", "internal" / "external", "import" / "export", "upload" / "download", "maximum" / "minimum")."""
_NEGATING_PREFIXES = ("un", "dis", "de", "non", "anti")
"""English prefixes that undo the word they open ("unsubscribe", "disconnect", "deactivate")."""
OPPOSITE_CLOSENESS = 0.3
"""How close in meaning two such words must be to be opposites, not look-alikes: opposites share their
contexts ("unsubscribe" ~ "subscribe" 0.43, "decode" ~ "encode" 0.52), a word that only happens to
begin with a prefix does not ("display" ~ "play" -0.05, "discount" ~ "count" 0.24)."""


def opposite(a: str, b: str) -> bool:
    """Whether two words are opposites by their prefixes: one is the other with a negating prefix
    ("unsubscribe", "subscribe"), or the two swap opposed prefixes before a shared stem of four letters
    or more ("decode", "encode"; "external", "internal") — and they are close in meaning, as opposites
    are (`OPPOSITE_CLOSENESS`)."""
    a, b = a.lower(), b.lower()
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    shaped = any(
        (long_ == p + short and len(short) >= 4)
        for short, long_ in ((a, b), (b, a))
        for p in _NEGATING_PREFIXES
    ) or any(
        x.startswith(p) and y.startswith(q) and x[len(p) :] == y[len(q) :] and len(x) - len(p) >= 4
        for x, y in ((a, b), (b, a))
        for p, q in _OPPOSED_PREFIXES
    )
    return shaped and meaning.similarity(a, b) >= OPPOSITE_CLOSENESS


_PARTICLE_OPPOSITES = {"in": "out", "out": "in", "on": "off", "off": "on", "up": "down", "down": "up"}
"""The particles of English phrasal verbs that undo each other: "log in" / "log out", "switch on" / "switch
off", "power up" / "power down"."""


@lru_cache(maxsize=4096)
def _phrasal(text: str) -> frozenset[tuple[str, str]]:
    """The phrasal verbs the text says (cached: a tool's name is read once per name, not per clause), as (verb lemma, particle): a verb and the first of its particles
    (`_PARTICLE_OPPOSITES`) within three words after it, its object between ("log **me** out", "switch the
    heater off"), or one word that is a verb and its particle closed up ("login", "logout", "signin")."""
    words = [w.lower() for w in words_of(text)]
    found: set[tuple[str, str]] = set()
    for i, word in enumerate(words):
        for particle in _PARTICLE_OPPOSITES:
            stem = word[: -len(particle)]
            if word.endswith(particle) and len(stem) >= 3 and "VERB" in lexicon.parts(stem):
                found.add((lexicon.lemma(stem), particle))
        if word in _PARTICLE_OPPOSITES or "VERB" not in lexicon.parts(word) or lexicon.is_function_word(word):
            continue
        after = next((w for w in words[i + 1 : i + 4] if w in _PARTICLE_OPPOSITES), None)
        if after is not None:
            found.add((lexicon.lemma(word), after))
    return frozenset(found)


def _opposite_particle(clause: str, tool: Tool) -> bool:
    """Whether the clause asks for a phrasal verb whose particle undoes the one the tool's name says with
    the same verb ("log me out" for `login`, "switch the heater off" for `switch_on_heater`, "turn on …"
    for `turn_off_lights`), and the name does not say the clause's own pairing too."""
    named = _phrasal(tool.name)
    said = _phrasal(clause)
    return any((verb, _PARTICLE_OPPOSITES[p]) in named and (verb, p) not in named for verb, p in said)


def inverse(clause: str, tool: Tool) -> bool:
    """Whether the clause asks for the opposite of what the tool's name says it does: a word of the
    clause is the `opposite` of a word of the name that the clause does not say ("decode this Base64"
    for `encode_base64`, "unsubscribe me from the newsletter" for `subscribe_to_newsletter`, "the
    external rate of return" for `calculate_internal_rate_of_return`). A tool that names or offers both
    ("subscribe" and an "unsubscribe" option) does the opposite too and is not ruled out. So is a phrasal
    verb's other particle (`_opposite_particle`: "log me out" for `login`)."""
    if _opposite_particle(clause, tool):
        return True
    said = [w for w in words_of(clause) if not lexicon.is_function_word(w)]
    roots = {lexicon.root(w) for w in said}
    named = [w for w in words_of(tool.name) if not lexicon.is_function_word(w)]
    return any(
        lexicon.root(n) not in roots and lexicon.root(w) not in tool.vocabulary and opposite(w, n)
        for w in said
        for n in named
    )


def _only_reads(clause: str, tool: Tool) -> bool:
    """Whether the clause's verb asks to remove a thing ("delete the Thai recipes …", "cancel the vet
    visit …"), or to add one the tool is named for, the verb's object ("add a contact …" of `list_contacts`), where the tool's
    name says it only reads (finds, lists, gets: `ACTS`): finding the things is not removing or adding them,
    nor changing them ("renew my loan", "restock the gloves": `asks_a_change`).
    The act is the verb's alone (`act_asked(by_verb=True)`); adding something else, "add 4 and 5" of
    `get_sum`, is arithmetic, no act on the tool's thing."""
    if tool.act != READ:
        return False
    act = act_asked(clause, by_verb=True)
    if act == REMOVE or asks_a_change(clause):
        return True
    if act != CREATE:
        return False
    words = words_of(clause)
    at = next(
        (i + 1 for i, w in enumerate(words) if lexicon.lemma(w) in _PLAIN_ACTS),
        next(
            (i + 2 for i, pair in enumerate(zip(words, words[1:], strict=False)) if pair in PHRASAL_ACTS),
            len(words),
        ),
    )
    added: list[str] = []  # the verb's object: "add **a contact** named …", not "add 4 and 5 … sum"
    for word in words[at:]:
        if word.lower() in _DETERMINERS or word.lower() in ("new", "my", "our"):
            continue
        if word[0].isdigit() or lexicon.is_function_word(word):
            break
        added.append(lexicon.root(word))
    return bool(set(added) & tool.thing_roots)


def _abbreviated(clause: str, tool: Tool) -> list[tuple[str, str]]:
    """The tool's abbreviations (`Tool.acronyms`) the clause spells out word by word: (the
    abbreviation, the clause's words) — "year over year" for `calculate_YOY_growth_rate`."""
    said = words_of(clause)
    found: list[tuple[str, str]] = []
    for short in tool.acronyms:
        if short in said:
            continue
        phrase = _initialled(said, short, content_first=True)
        if phrase:
            found.append((short, " ".join(phrase)))
    return found


_ACRONYM = re.compile(r"\b[A-Z]{3,6}(?=s?\b)")


def _initials(clause: str, tool: Tool) -> list[tuple[str, list[str]]]:
    """The clause's acronyms that the tool spells out, with the tool's words: "LCM" for
    `least_common_multiple`, "ROI" for "return on investment" in a description (initials of the
    words in a row, with or without their function words)."""
    shorts = dict.fromkeys(_ACRONYM.findall(clause))
    if not shorts:
        return []
    found = []
    sources = [words_of(tool.name), words_of(tool.description)]
    for short in shorts:
        letters = short.lower()
        if letters in tool.vocabulary or lexicon.root(letters) in tool.vocabulary:
            continue  # the tool writes the acronym itself: matched as a word
        for words in sources:
            content = [w for w in words if not lexicon.is_function_word(w)]
            spelled = _initialled(words, letters) or _initialled(content, letters)
            if spelled:
                found.append((short, spelled))
                break
    return found


def _initialled(words: list[str], letters: str, *, content_first: bool = False) -> list[str] | None:
    """The first words in a row whose initials are `letters` (beginning with a content word, if so
    asked: "year over year" is a YOY, "of your year" none), or None."""
    for i in range(len(words) - len(letters) + 1):
        run = words[i : i + len(letters)]
        if "".join(w[0] for w in run) == letters and not (content_first and lexicon.is_function_word(run[0])):
            return run
    return None


def _near_in_meaning(
    word: str, tool: Tool, weights: dict[str, float] | None = None
) -> tuple[str, float] | None:
    """The tool root whose word means nearly what the clause word means (`meaning.SYNONYM`), and how
    close: "purchase" for a tool that buys, "film" for one about movies. Only dictionary words are
    compared (a name or a code means nothing here), each in its dictionary form. Given the tool's
    weights, the near word that weighs most: "painter" is nearer "painting" (a word of the description)
    than "artist", but the artist is what the tool's name gives."""
    if not lexicon.known(word) or len(word) < 3 or not tool.wording:
        return None
    root_of = {w: r for r, w in tool.wording.items()}
    if weights is not None:
        near = [
            (closeness * weights[r], r, closeness)
            for w, r in root_of.items()
            if (closeness := meaning.similarity(lexicon.lemma(word), w)) >= meaning.SYNONYM
        ]
        return max(near)[1:] if near else None
    near, closeness = meaning.closest(lexicon.lemma(word), list(root_of))
    return (root_of[near], closeness) if closeness >= meaning.SYNONYM else None


_PLEA = re.compile(r"\bhelp\s+(?:me|us)\b|\b(?:need|needs|want|some|please|get)\s+help\b|^\W*help\W*$", re.I)


def _plea(word: str, clause: str) -> bool:
    """Whether the clause's "help" is a plea for help, not its subject ("help me", "Can you help me?", "I
    need help.", "Please help!", "Help me find a bakery"): said of the asker, "help" is how the ask is put,
    as "please" is, and names no help topic; a help tool for one product ("Provides documentation for
    GitBuddy") is asked for when the clause says what the help is about (a word of the tool's name or
    purpose besides "help", or one of its topics), not by the plea alone."""
    return word.lower() == "help" and bool(_PLEA.search(clause))


def _written_alone(word: str, clause: str) -> bool:
    """Whether the word stands in the clause as a word of the sentence, between spaces or punctuation
    that ends a word, not inside a path, an address or an identifier ("pc_contoller/v2.py")."""
    return bool(re.search(rf"(?<![\w/\\.:@-]){re.escape(word)}(?![\w/\\@-]|\.\w)", clause, re.IGNORECASE))


def _derives_the_act(source: str, tool: Tool) -> bool:
    """Whether an input's word (`alteration_request`) is of the family of the verb the description opens
    on ("Alters a garment …"): the clause that says "an alteration" names what the tool does, not only
    what it takes — the noun of an act is the act ("a cancellation for HX-22" asks to cancel)."""
    opening = words_of(tool.description)[:1]
    if not opening or source not in tool.input_roots or "VERB" not in lexicon.parts(opening[0]):
        return False
    return lexicon.related_roots(lexicon.root(opening[0]), source)


def _object_fits(clause: str, lead: str, tool: Tool) -> bool:
    """Whether the noun the lead verb acts on is one of the tool's words ("delete **the fact**" for a
    tool that deletes facts; not "calculate **the volume**" for one that calculates areas)."""
    words = [w for w in words_of(clause) if not lexicon.is_function_word(w)]
    if lead not in words:
        return False
    after = words[words.index(lead) + 1 : words.index(lead) + 3]
    for word in after:
        if "NOUN" in lexicon.parts(word) or not lexicon.known(word):
            return lexicon.root(word) in tool.vocabulary and not _other_kind(clause, word, tool)
    return False


def _object_unlike(clause: str, lead: str, tool: Tool) -> bool:
    """Whether the lead verb acts on a noun the tool does not speak of ("predict **the weather** …" of a
    tool that returns predictions of sales): the act is the tool's, the thing it is done to another's. A
    verb with no noun after it ("classify it", "summarize this, please") acts on what the request handed
    over."""
    for start, end in reversed(quoted_spans(clause)):
        clause = clause[:start] + clause[end:]  # a quoted text is the material, no kind of thing
    words = [w for w in words_of(clause) if not lexicon.is_function_word(w)]
    if lead not in words:
        return False
    after = words[words.index(lead) + 1 : words.index(lead) + 4]
    for i, word in enumerate(after[:2]):
        if "ADJ" in lexicon.parts(word) and i + 1 < len(after) and "NOUN" in lexicon.parts(after[i + 1]):
            continue  # "a good mystery": the adjective before a noun says which, the noun is the thing
        if "NOUN" in lexicon.parts(word):
            return lexicon.root(word) not in tool.vocabulary
    return False


def _says_which_other(clause: str, word: str, tool: Tool) -> bool:
    """Whether the clause's word is an adjective whose quality the tool names by a longer word of its root
    (its noun, "availability") and that stands before a noun the tool does not speak of ("any **available**
    class" against a tool that checks the availability of concerts): an adjective before a noun says which
    of that noun is wanted, so the clause asks about classes, and the adjective names no topic of the
    tool's. An adjective made from the tool's own noun ("rectangular rooms" of `rectangle_area`) says the
    thing is of the tool's kind, and still names it."""
    if "ADJ" not in lexicon.parts(word) or "NOUN" in lexicon.parts(word):
        return False
    said = words_of(f"{tool.name} {tool.description}")
    if word in said:
        return False
    r = lexicon.root(word)
    if not any(len(w) > len(word) and w.startswith(word[:-2]) and lexicon.root(w) == r for w in said):
        return False  # "rectangular rooms" of `rectangle_area`: the rooms are rectangles, the tool's thing
    words = words_of(clause)
    for i, w in enumerate(words[:-1]):
        after = words[i + 1]
        if (
            w == word
            and not lexicon.is_function_word(after)
            and "NOUN" in lexicon.parts(after)
            and lexicon.root(after) not in tool.vocabulary
        ):
            return True
    return False


def _other_kind(clause: str, word: str, tool: Tool) -> bool:
    """Whether the clause asks for another kind of the thing the tool names: a noun before the shared
    word that differs from the tool's noun before it ("a **pet** store" against `grocery_store`, "the
    **order** number" against a description about a customer's "phone number"). A quantifier, "how
    **many** calories", counts the thing and names no kind of it. A word that can be an adjective, "the
    **average** speed", says which value of the thing, not whose, against a tool that qualifies it by nouns
    only (`kinematics_speed`); against a tool's adjective ("local time") it is another kind ("current")."""
    r = lexicon.root(word)
    theirs: set[str] = set()
    for source in (tool.name, tool.description):
        said = words_of(source)  # the noun right before it: "Status of a flight" has none
        for i, w in enumerate(said):
            if (
                i
                and not lexicon.is_function_word(said[i - 1])
                and lexicon.root(w) == r
                and "NOUN" in lexicon.parts(said[i - 1])
                and "VERB" not in lexicon.parts(said[i - 1])
            ):
                theirs.add(said[i - 1])
    if not theirs:
        return False
    words = words_of(clause)
    mine = [
        words[i - 1] for i, w in enumerate(words) if i > 1 and lexicon.root(w) == r
    ]  # not "find documents"
    return any(
        m not in theirs
        and not lexicon.is_function_word(m)
        and m not in QUANTIFIERS
        and "NOUN" in lexicon.parts(m)
        and not ("ADJ" in lexicon.parts(m) and not any("ADJ" in lexicon.parts(t) for t in theirs))
        and lexicon.root(m) not in tool.vocabulary
        for m in mine
    )


def _without_formulas(clause: str) -> str:
    """The clause with its formulas blanked: "7 times 6" asks for arithmetic, not for the time. The word
    of an operation written out that names it, "to the **power** of", "**multiplied** by", "**divided**
    by", stays: "raise 3 to the power of 5" asks for a power, as `math_power` is named."""
    reading = read(clause)
    formulas = [m for m in reading.mentions if m.kind == "formula"]
    for mention in sorted(formulas, key=lambda m: -m.start):
        named = " ".join(_OPERATION_NAMES.findall(clause[mention.start : mention.end]))
        clause = clause[: mention.start] + f" {named} " + clause[mention.end :]
    return clause


_OPERATION_NAMES = re.compile(r"\b(?:power|multiplied|divided)\b", re.IGNORECASE)
"""The words of a formula in words that name its operation ("times", "over", "plus" name none: a
time, a position, an extra)."""


_AS_WELL = re.compile(r"\bas\s+well\b", re.I)
"""The adverb "as well" ("…, and 2001 as well") and the conjunction "as well as": "also"/"and", no "well" a
tool may name ("goes well with")."""


def _content_words(clause: str) -> list[str]:
    """The words of a clause that may name a tool: not function words, nor the "well" of "as well"."""
    seen: dict[str, None] = {}
    for word in words_of(_AS_WELL.sub(" ", clause)):
        if not lexicon.is_function_word(word) and len(word) > 1:
            seen.setdefault(word, None)
    return list(seen)


_OBJECT_START = frozenset(
    "the a an me us my our it them this that these those all some any his her their your".split()
)
"""Words that open a verb's object ("find **the** …"): after them a noun-or-verb word was a verb. A
preposition says nothing ("search for …" is an instruction, "forecast for Bergen" a thing)."""


def _lead_verb(clause: str) -> str:
    """The verb a clause opens with, as an instruction: "calculate …", "find …", "can you get …",
    "I want to know …", "can you help me find …" (not "who discovered …", where the verb is what is asked about, nor "I left my
    umbrella …", which tells rather than asks)."""
    if tells(clause):
        return ""
    words = words_of(clause)
    while words and words[0] in (
        "please",
        "can",
        "could",
        "would",
        "will",
        "you",
        "me",
        "i",
        "want",
        "to",
        "kindly",
        "help",
    ):
        words = words[1:]
    if not words or "VERB" not in lexicon.parts(words[0]) or lexicon.lemma(words[0]) != words[0]:
        return ""
    if "NOUN" in lexicon.parts(words[0]) and not (
        len(words) > 1 and (words[1] in _OBJECT_START or words[1].isdigit())
    ):
        return ""  # "weather in Madrid" names a thing; "find the …" gives an instruction
    return words[0]
