"""What fills a required parameter when no value in the clause is its by evidence or order: the ask
itself for a query, the words left over for one string, a number or code an earlier result returned,
the schema's default — or, for a tool the caller forced, a valid placeholder.

A mixin of the argument job (`arguments._Job`): it shares the job's reading and the values already used.
"""

from __future__ import annotations

import re
from typing import Any

from agentkit.local import lexicon
from agentkit.local.simulated.evidence import ARTICLES, converts
from agentkit.local.simulated.filled import Argument
from agentkit.local.simulated.mentions import DETERMINERS, Reading, read
from agentkit.local.simulated.order import digits_fit
from agentkit.local.simulated.parameters import (
    GENRE,
    IDENTIFIER,
    KIND,
    NAME,
    PLACE,
    Parameter,
    words_of,
)
from agentkit.local.simulated.quantities import is_unit_name, seconds_in
from agentkit.local.simulated.text import thing_asked_about
from agentkit.local.simulated.tokens import Mention
from agentkit.local.simulated.values import (
    LEAD,
    ask_of,
    bounded,
    clip,
    code_like,
    numbers_in,
    resolve,
)
from agentkit.local.simulated.world import city as world_city
from agentkit.local.simulated.world import implied, place_typed_lower

_ALL_OF_THEM = re.compile(r"\b(?:these|those|both|each|all of them|every one|them all)\b", re.I)
"""Words by which a clause refers back to every value of an earlier series ("in these years")."""


_ASPECT = frozenset("detail attribute aspect property stat statistic metric characteristic".split())
"""Names of a parameter for which detail of the tool's thing is wanted: the noun the clause asks for."""
_MODE = frozenset("mode means method transport transportation vehicle".split())
"""Words of a parameter for how something is done or travelled: its value follows "by", "via", "through"."""
_MODE_PREPOSITIONS = ("by", "via", "through")
STATED_DEFAULT = "the default its description states"
"""The evidence of a required value that only the description's stated default gives."""
UNASKED_FLAG = "a flag the request does not ask for"
"""The evidence of a required boolean left False: the request says nothing of what it turns on."""
PAGE_START = "a paged listing starts at its beginning"
"""The evidence of a required start of a paged listing (`Parameter.starts_a_page`) the request does not say: 0."""
ASSUMED = frozenset({STATED_DEFAULT, UNASKED_FLAG, PAGE_START})
"""Evidence of a required value the request does not state but means: a call on it needs a clear fit."""
_STATE = frozenset("status state".split())
"""Names of a parameter for the state the tool's things are in ("the cancelled orders" → cancelled)."""
_OBJECT_PRONOUNS = frozenset("me us him her them it".split())
"""Pronouns a verb takes as its object, before the particle of a phrasal verb ("set me back")."""
_COMPLEMENT = frozenset("for of on about".split())
"""Prepositions that join a noun to its complement: "a recipe for lasagna", "a course on astronomy"."""
_ENDING_PREPOSITIONS = frozenset("on in at from via through with".split())
"""Prepositions a description may end on ("the platform the user is playing on"): the value follows it."""


_PLACE_HOLDERS = frozenset(
    "city town place location country nation state origin destination from to where address region".split()
)
"""Words of a parameter's name that say it holds a place (`city`, `destination`, `country`)."""


def _kind_of(words: str, parameter: Parameter) -> str:
    """For a parameter that holds a kind (`genre`, `category`, `cuisine`), the words before the plural
    noun that ends the run: "punk shows", "rock concerts", "Thai eateries" name the things sought by their
    head and their kind by the words before it ("punk", "rock", "Thai")."""
    head = words.rsplit(" ", 1)
    if len(head) < 2 or not parameter.named(GENRE | KIND):
        return words
    last = head[1]
    plural = last.islower() and "NOUN" in lexicon.parts(last) and lexicon.noun_lemma(last) != last
    return head[0] if plural and lexicon.root(last) not in parameter.name_roots else words


def _of_field(words: str, parameter: Parameter) -> str:
    """The modifier that says which part of a field the parameter's description names, when the words
    left over go on to the things sought: "criminal law attorneys" for "The area of law" is "criminal",
    "street food stalls" for "Type of food" is "street" — the field and the things are no value of it."""
    split = words.split()
    fields = parameter.all_roots - parameter.name_roots
    for at in range(1, len(split) - 1):
        if lexicon.root(split[at]) in fields and "NOUN" in lexicon.parts(split[at]):
            before = split[:at]
            if all(w.islower() and not lexicon.is_function_word(w) for w in before):
                return " ".join(before)
    return words


_TARGET_SIDE = frozenset("target into output destination desired wanted translated".split())
"""Words by which a language parameter names the language wanted, not the one a text is written in."""
_ENGLISH = ("english", "en", "en-us", "en_us", "en-gb", "en_gb", "eng")


def _human_language(parameter: Parameter) -> bool:
    """Whether the parameter holds a human language (`language`, `lang`, `locale`), not a programming one."""
    if not {"language", "lang", "locale"} & {w.lower() for w in parameter.name_words}:
        return False
    return not re.search(r"\b(?:programming|code|coding|script)\b", parameter.description, re.I) or bool(
        re.search(r"\blanguage code\b", parameter.description, re.I)
    )


def _english_as(parameter: Parameter) -> str | None:
    """English written as the parameter writes a language: an enum's option for it, the form of the
    description's examples ("e.g. 'en'" → "en", "e.g. 'en-US'" → "en-US"), a code for a "language code", else
    its name."""
    enum = parameter.spec.get("enum")
    if enum:
        return next((o for o in enum if isinstance(o, str) and o.lower() in _ENGLISH), None)
    for example in parameter.examples:
        if re.fullmatch(r"[a-z]{2}", example):
            return "en"
        if (region := re.fullmatch(r"[a-z]{2}([-_])[A-Z]{2}", example)) is not None:
            return f"en{region.group(1)}US"
        if example.lower() == "english":
            return example
    if re.search(
        r"\b(?:language code|iso[ -]?639|locale)\b", f"{parameter.name} {parameter.description}", re.I
    ):
        return "en"
    return "English"


SECRET = frozenset("password passphrase passcode passwd pin secret token apikey".split())
"""Words of a parameter that holds a secret (a password, a PIN, an access token, an API key): its value is
one the asker states as that secret, never a word of the request around it."""

_ADVERBIAL = frozenset(
    {
        ("as", "well"),
        ("at", "least"),
        ("at", "most"),
        ("at", "all"),
        ("at", "last"),
        ("at", "once"),
        ("of", "course"),
        ("in", "fact"),
        ("so", "far"),
        ("for", "now"),
        ("right", "now"),
        ("as", "usual"),
    }
)
"""Fixed adverbial phrases of English ("as well" = too, "at least"): their second word is part of the
phrase, no thing the request names."""

_BEFORE_A_VERB = frozenset("to you i we can could would will please".split())
"""Words right before a word the request uses as its verb ("could you **help** me", "like to **rent** a")."""


_KEY = frozenset({"key"})


def _secret(parameter: Parameter) -> bool:
    """Whether the parameter holds a secret: a word of `SECRET` in its name, or a key of an API
    (`api_key`, `x_apikey`)."""
    if parameter.named(SECRET):
        return True
    return parameter.named(_KEY) and bool(
        re.search(r"\bapi\b", parameter.description + " " + parameter.name, re.I)
    )


def no_evidence(parameter: Parameter, value: str, clause: Reading, request: str) -> str:
    """Why a string the reading found for a required parameter is no value a careful reader takes, or "".

    A required value must be one the request states as that thing; when the only words found are none,
    the model asks for the value (rule 9) instead of calling with a guess:
    - a secret (`SECRET`) is stated as one: quoted, written as a code ("Tulip42", "k-99x"), or right after
      its own word ("my password is sunshine"); a common word near it ("my **last** password attempt",
      "remember me on this **device**") is none;
    - a word of a fixed adverbial phrase ("as **well**", "at **least**") is part of that phrase;
    - a word the request uses as its verb, after a subject, a modal or "to" and before its object ("could
      you **help** me", "I'd like to **rent** a flat"), says what is done, not with what;
    - a place is a place: a dictionary word the gazetteer knows no place by, written in lower case
      ("the cursor is 'pointer'") or as a capitalised modifier of a noun after it ("**Python** code"),
      names no location;
    - an e-mail address is no clause: the words of the message ("saying we should go out") are none;
    """
    text = value.strip()
    if not text or _offered(parameter, text):
        return ""  # one of the values its description offers ("Either 'on' or 'off'") is stated as one
    tokens = clause.tokens
    lower = text.lower()
    places = [i for i, t in enumerate(tokens) if t.lower == lower]
    if _secret(parameter):
        quoted = re.search(rf"['\"“‘`]{re.escape(text)}['\"”’`]", request)
        coded = code_like(text) or bool(re.search(r"[^\w\s]|_|[a-z][A-Z]", text))
        labels = "|".join(re.escape(w) for w in parameter.name_words if len(w) > 2)
        after = labels and re.search(
            rf"\b(?:{labels})\w*\s*(?:is|was|:|=)?\s*{re.escape(text)}\b", request, re.I
        )
        if not (quoted or coded or after):
            return "a common word of the request, not stated as the secret"
    if " " not in text and places:
        if all(i and (tokens[i - 1].lower, lower) in _ADVERBIAL for i in places):
            return "a word of a fixed adverbial phrase"
        if all(
            i
            and tokens[i - 1].lower in _BEFORE_A_VERB
            and i + 1 < len(tokens)
            and tokens[i + 1].lower in _OBJECT_PRONOUNS | DETERMINERS
            and "VERB" in lexicon.parts(text)
            for i in places
        ) and not _asks_the_act(parameter, lower):
            return "the request's verb"
    if (
        _holds_a_place(parameter)
        and " " not in text
        and places
        and lexicon.known(lower)
        and not _a_place(text)
        and not any(_after_a_place_preposition(i, tokens) for i in places)
        and not any(_before_its_name(parameter, i, tokens) for i in places)
    ):
        if text.islower():
            return "a common word, no place"
        if all(
            i + 1 < len(tokens)
            and tokens[i + 1].kind == "word"
            and "NOUN" in lexicon.parts(tokens[i + 1].text)
            and not lexicon.is_function_word(tokens[i + 1].text)
            for i in places
        ):
            return "the kind of the noun after it, no place"
    if (
        re.search(r"\be-?mail\b", parameter.description, re.I)
        and re.search(r"\baddress", parameter.name + " " + parameter.description, re.I)
        and "@" not in text
        and not parameter.options
        and re.match(r"(?:i|we|you|he|she|they|it)\s", lower)
    ):
        return "the words of the message, no e-mail address"
    return ""


_BEFORE_A_PLACE = frozenset("in at near to from around of for".split())
"""Prepositions after which a common word may still name a place ("to the museum", "a table for the
terrace"); wider than `mentions._PLACE_PREPOSITIONS`, which opens a place's name, since here the word is
only spared, not read as a place."""


def _asks_the_act(parameter: Parameter, word: str) -> bool:
    """Whether the parameter asks for the act itself: the verb is one of its options or a word of its
    description ("whether the user is looking to rent or buy"), so "I'd like to rent …" states it."""
    root = lexicon.root(word)
    options = [*parameter.options, *(parameter.spec.get("enum") or [])]
    return any(lexicon.root(w) == root for option in options for w in words_of(str(option))) or any(
        lexicon.root(w) == root for w in words_of(parameter.description)
    )


def _offered(parameter: Parameter, text: str) -> bool:
    """Whether the value is one its description offers (an option or an example), by its words' roots."""
    roots = [lexicon.root(w) for w in words_of(text)]
    offered = [*parameter.options, *parameter.examples, *(parameter.spec.get("enum") or [])]
    return any(roots == [lexicon.root(w) for w in words_of(str(o))] for o in offered)


def _holds_a_place(parameter: Parameter) -> bool:
    """Whether the parameter holds a place: the last word of its name is a place's (`location`,
    `where_to`, `destination_city`), not one only sharing a root with one (`original`) nor a place's
    kind (`place_type`)."""
    words = [w.lower() for w in parameter.name_words if w.lower() not in ("to", "from")]
    return bool(words) and (words[-1] in PLACE or words[-1].removesuffix("s") in PLACE)


def _after_a_place_preposition(i: int, tokens: list) -> bool:
    """Whether the word at i follows a preposition of place, past any determiner ("to the museum")."""
    k = i - 1
    while k >= 0 and tokens[k].lower in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].lower in _BEFORE_A_PLACE


def _before_its_name(parameter: Parameter, i: int, tokens: list) -> bool:
    """Whether the word at i stands right before a word of the parameter's own name, which it names the
    kind of ("set the **upstairs** zone", "the **north** region"): the value the request labels for it."""
    own = {lexicon.root(w) for w in parameter.name_words}
    return i + 1 < len(tokens) and tokens[i + 1].kind == "word" and lexicon.root(tokens[i + 1].lower) in own


def _a_place(name: str) -> bool:
    """Whether the gazetteer knows a place by the name (a city, a country, a US state)."""
    words = name.lower()
    return place_typed_lower(words, False) is not None or world_city(name) is not None


def _currency_written(mention: Mention) -> str:
    """The ISO 4217 code of the currency an amount is written in, by its sign ("€20") or by the code or
    name after it ("100 USD", "80 euro"); "" for a mention that is no amount of money."""
    return mention.currency or lexicon.currency_of(mention.unit) if mention.kind == "number" else ""


class Leftovers:
    """The last rules for a required value (a mixin of `arguments._Job`)."""

    def _late(self, parameter: Parameter, chosen: dict[str, Argument], forced: bool) -> Argument | None:
        if (
            parameter.required
            and parameter.is_currency
            and (code := self._amount_currency(parameter, chosen))
        ):
            return Argument(parameter.name, code, "role", 1.0, "the currency the amount is in")
        if parameter.kind == "string":
            introduced = self._introduced(parameter) or self._aspect(parameter) or self._state(parameter)
            if introduced is not None:
                return introduced
        language = parameter.required and _human_language(parameter)
        if language and (written := self._language_of_text(parameter)) is not None:
            return written
        if parameter.kind == "text" and parameter.required and not language:  # a language is no ask
            ask = ask_of(self.reading.text, self.tool_words, self.name_roots)
            if ask:
                return Argument(parameter.name, clip(ask, parameter.spec), "ask", 1.0, "the ask itself")
        if (
            parameter.required
            and parameter.kind == "string"
            and (implied := self._implied(parameter, chosen))
        ):
            return implied
        if parameter.required and parameter.kind == "string" and (thing := self._thing_asked(chosen)):
            return Argument(
                parameter.name, clip(thing, parameter.spec), "thing", 0.5, "the thing asked about"
            )
        if (
            parameter.required
            and parameter.kind in ("string", "text")
            and not (parameter.asks_clock or parameter.takes_moment)  # no time: "coach" for "HH:MM"
            and not any(a.rule == "residual" for a in chosen.values())
        ):
            labels = {r for a in chosen.values() if a.rule == "named" for r in self._roots_of(a.name)}
            residual = _of_field(
                _kind_of(_unlabelled(self._residual(labels), parameter), parameter), parameter
            )
            if residual and self._describable(parameter, residual) and self._open(parameter, residual):
                if parameter.is_currency:
                    residual = lexicon.currency_of(residual)
                for index, mention in enumerate(self.reading.mentions):
                    if mention.kind == "phrase" and mention.group is not None and mention.value == residual:
                        self.placed[parameter.name] = index  # a member of a series: the call fans out over it
                return Argument(
                    parameter.name, clip(residual, parameter.spec), "residual", 0.5, "the words left over"
                )
        if parameter.kind == "string" and parameter.required and parameter.named(IDENTIFIER):
            codes = [
                m.value for r in reversed(self.context) for m in read(r).mentions if m.kind == "identifier"
            ]
            if codes:
                return Argument(parameter.name, codes[0], "context", 0.5, "a code an earlier tool returned")
        if parameter.kind in ("number", "string") and parameter.required:
            coded = self._coded(parameter)
            if coded is not None:
                return coded
        if parameter.kind == "number" and parameter.required:
            numbers = self._context_numbers()
            if numbers:
                value = bounded(numbers[0], parameter.spec)
                return Argument(parameter.name, value, "context", 0.5, "a number an earlier tool returned")
        if "default" in parameter.spec and parameter.required:
            return Argument(parameter.name, parameter.spec["default"], "default", 0.1, "the schema's default")
        if parameter.required and parameter.stated_default is not None:
            # "Mass of the star in solar masses. Default is 1.": what a request that says nothing means
            return Argument(parameter.name, parameter.stated_default, "default", 0.1, STATED_DEFAULT)
        if parameter.required and parameter.starts_a_page:
            # "I need all the login history, 20 per call": a listing asked for with no start begins at 0
            return Argument(parameter.name, 0, "default", 0.1, PAGE_START)
        if parameter.required and parameter.kind == "boolean":
            # "Only trails that allow dogs": a request that does not ask for what the flag turns on leaves it off
            return Argument(parameter.name, False, "default", 0.1, UNASKED_FLAG)
        if forced and parameter.required:
            return Argument(
                parameter.name, self._fallback(parameter.spec), "forced", 0.0, "a valid placeholder"
            )
        return None

    def _amount_currency(self, parameter: Parameter, chosen: dict[str, Argument]) -> str:
        """The currency of an amount another parameter took ("Convert €20 into GBP", "100 USD to EUR"), for
        a currency parameter no word filled: the amount is written in the currency it is converted from,
        so the sign or code beside it fills that end (not the end it is converted to), unless another
        parameter holds that currency already."""
        if converts(parameter) == "to":
            return ""
        taken = {a.value for a in chosen.values() if isinstance(a.value, str)}
        placed = [self.placed[a.name] for a in chosen.values() if a.name in self.placed]
        mentions = self.reading.mentions
        for mention in [mentions[i] for i in placed] + mentions:  # the amount taken first, then any
            code = _currency_written(mention)
            if code and code not in taken:
                return code
        return ""

    def _written_in_currency(self, parameter: Parameter) -> bool:
        """Whether the clause writes an amount in a currency the parameter, an end converted from, is for
        (`_amount_currency`): then no other value left over is placed in it by position."""
        return converts(parameter) != "to" and any(_currency_written(m) for m in self.reading.mentions)

    def _thing_asked(self, chosen: dict[str, Argument]) -> str:
        """The whole thing a question of who or what it is names ("what is quantum tunneling", "who is park
        ji sung", `text.thing_asked_about`), for a required string still open: a look-up is asked for all
        of it, a common noun phrase or a name with its lower-case words, not the run of words the residual
        keeps ("quantum", "park ji"). Not when a word of it is the tool's own ("what is the capital of
        France" for `country_capital`: the thing's kind is the tool's, its value the rest) or another
        value placed is in it."""
        thing = thing_asked_about(self.reading.text)
        if not thing or any(lexicon.root(w) in self.tool_words for w in words_of(thing)):
            return ""
        if any(isinstance(a.value, str) and a.value and a.value in thing for a in chosen.values()):
            return ""
        return thing

    def _coded(self, parameter: Parameter) -> Argument | None:
        """The number a description maps to the words the request says ("For example, 1 for cleaning, 2 for
        ironing, 3 for deep cleaning" + "a maid who does ironing" → 2): a code list of two entries or more,
        the entry whose gloss the request says most of and leaves least of unsaid, alone at the top; the
        words of the parameter's and the tool's names name no entry."""
        pairs = parameter.code_glosses
        if len(pairs) < 2:
            return None
        # "room" of book_meeting_room names no entry "a small room"
        own = parameter.name_roots | {lexicon.root(w) for w in words_of(self.tool_name)}
        asked = {lexicon.root(w) for w in words_of(self.reading.text) if not lexicon.is_function_word(w)}
        scored = []
        for number, gloss in pairs:
            roots = {lexicon.root(w) for w in words_of(gloss) if not lexicon.is_function_word(w)} - own
            said = {g for g in roots if any(lexicon.related_roots(r, g) for r in asked)}
            if said:
                scored.append((len(said) - 0.5 * len(roots - said), number, gloss))
        scored.sort(key=lambda item: -item[0])
        if not scored or len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None
        _, number, gloss = scored[0]
        value: Any = int(number) if parameter.kind == "number" else number
        return Argument(parameter.name, value, "coded", 1.0, f"the description's code for “{gloss.strip()}”")

    def _implied(self, parameter: Parameter, chosen: dict[str, Argument]) -> Argument | None:
        """A required value the places the request names settle though it does not say it (`world.implied`:
        "restaurants in San Antonio" → state Texas, "milk in Norway" → currency NOK): the values of the
        parameters that hold a place, then the names no parameter took."""
        places = [
            str(a.value)
            for name, a in chosen.items()
            if isinstance(a.value, str) and _PLACE_HOLDERS & {w.lower() for w in words_of(name)}
        ]
        places += [
            str(m.value)
            for i, m in enumerate(self.reading.mentions)
            if m.kind == "name" and i not in self.used
        ]
        value = implied(parameter.name, parameter.description, places, self.reading.text)
        if value is None:
            return None
        return Argument(parameter.name, value, "implied", 0.5, "what the place named implies")

    def _language_of_text(self, parameter: Parameter) -> Argument | None:
        """The language of the text a request hands over ("the sentiment of the review 'I love the food
        here!'"): the one it is written in, English when its words are English words, for a language
        parameter of the text (not the target of a translation, "Language to translate into"), written as
        the parameter writes languages. No text handed over, no language: the request must say it."""
        if _TARGET_SIDE & {w.lower() for w in words_of(f"{parameter.name} {parameter.description}")}:
            return None
        passages = [str(m.value) for m in self.reading.mentions if m.kind == "quoted"]
        words = [w for p in passages for w in re.findall(r"[A-Za-z]{2,}|\bI\b", p)]
        english = sum(lexicon.known(w) or lexicon.is_function_word(w.lower()) for w in words)
        if not words or english < 0.8 * len(words):
            return None
        value = _english_as(parameter)
        if value is None:
            return None
        return Argument(parameter.name, value, "language", 0.5, "the language the quoted text is written in")

    def _taken_tokens(self) -> set[int]:
        """The token positions already spent: those of the mentions placed and the words consumed."""
        return {j for i in self.used for j in self.reading.mentions[i].span} | set(self.consumed)

    def _introduced(self, parameter: Parameter) -> Argument | None:
        """The words after the preposition that introduces the parameter's value: "by"/"via"/"through"
        for a mode or means ("through the train" for "Preferred mode of public transportation", "pay
        by card" for a payment method), or the preposition its description ends on ("The platform the
        user is playing on" → "on Switch"). The value is a name, or for a mode a common noun the tool does
        not name and no span of time ("on the weekend" is no platform, "by noon" no mode)."""
        words = words_of(f"{parameter.name} {parameter.description}")
        prepositions = set(_MODE_PREPOSITIONS) if _MODE & set(words) else set()
        first = re.split(r"(?<=[a-z])\.\s|\.$", parameter.description.strip())[0]
        last = re.findall(r"[A-Za-z]+", first)[-1:] if first else []
        if last and last[0].lower() in _ENDING_PREPOSITIONS:
            prepositions.add(last[0].lower())
        if not prepositions:
            return None
        tokens = self.reading.tokens
        held = {j: i for i, m in enumerate(self.reading.mentions) for j in m.span}
        taken = self._taken_tokens()
        for k, token in enumerate(tokens[:-1]):
            if token.lower not in prepositions:
                continue
            j = k + 1
            while j < len(tokens) - 1 and tokens[j].lower in ARTICLES:
                j += 1
            if j in taken:
                continue
            following = tokens[j]
            index = held.get(j)
            mention = self.reading.mentions[index] if index is not None else None
            if mention is not None and mention.kind in ("name", "quoted") and mention.first == j:
                value: str = str(mention.value)
            elif (
                token.lower in _MODE_PREPOSITIONS
                and _MODE & set(words)
                and following.kind == "word"
                and not seconds_in(following.text)
                and following.text.islower()
                and "NOUN" in lexicon.parts(following.text)
                and not lexicon.is_function_word(following.text)
                and lexicon.root(following.text) not in self.tool_words
                and not (mention is not None and mention.kind in ("number", "date", "time"))
            ):
                value = following.text
            else:
                continue
            if index is not None:
                self.used.add(index)
                if mention is not None and mention.group is not None:
                    self.placed[parameter.name] = index  # "by air and by sea": the call fans out over it
            return Argument(parameter.name, value, "preposition", 1.0, f"“{token.text} {value}”")
        return None

    def _state(self, parameter: Parameter) -> Argument | None:
        """A parameter for the state of the tool's things (`status`, `state`) takes the past participle right
        before the tool's noun: "the cancelled orders", "the approved loan applications" → what was done to
        them is the state they are in."""
        if not parameter.named(_STATE):
            return None
        tokens = self.reading.tokens
        taken = self._taken_tokens()
        for k, token in enumerate(tokens[1:-1], start=1):
            if k in taken or token.kind != "word" or not token.text.islower():
                continue
            if tokens[k - 1].lower not in ARTICLES or not lexicon.past_participle(token.text):
                continue
            nxt = tokens[k + 1]
            if nxt.kind == "word" and lexicon.root(nxt.text) in self.tool_words:
                return Argument(
                    parameter.name, token.text, "state", 1.0, "a participle before the tool's noun"
                )
        return None

    def _aspect(self, parameter: Parameter) -> Argument | None:
        """A parameter for which detail of the tool's thing is wanted (`detail`, `attribute`, `stat`)
        takes the noun the clause asks for before "of"/"for": "Find the size of the sculpture …" →
        "size", "What is the mass of Jupiter?" → "mass" — not a word the tool names ("the details of")."""
        if not parameter.named(_ASPECT):
            return None
        tokens = self.reading.tokens
        taken = self._taken_tokens()
        for k, token in enumerate(tokens[:-2]):
            if token.lower not in ("the", "its", "their"):
                continue
            j = k + 1
            words = []
            while (
                j < len(tokens) and len(words) < 3 and tokens[j].kind == "word" and tokens[j].text.islower()
            ):
                if tokens[j].lower in ("of", "for", "about"):
                    break
                words.append(tokens[j])
                j += 1
            if not words or j >= len(tokens) or tokens[j].lower not in ("of", "for", "about"):
                continue
            if any(
                i in taken
                or lexicon.is_function_word(w.text)
                or lexicon.root(w.text) in self.tool_words
                or lexicon.root(w.text) in parameter.name_roots
                for i, w in zip(range(k + 1, j), words, strict=True)
            ) or "NOUN" not in lexicon.parts(words[-1].text):
                continue
            value = " ".join(w.text for w in words)
            return Argument(parameter.name, value, "aspect", 1.0, f"“the {value} of …”: the detail asked for")
        return None

    def _open(self, parameter: Parameter, words: str) -> bool:
        """Whether leftover words can be the parameter's value: a code (`variant_id`) is a code or a
        proper name ("R vs Adams"), not common nouns ("trait"); a name is not the speaker's own thing
        ("my earlier message"); a parameter with closed options takes one of them; a language is a
        language's name or written capitalised, as English writes one; a *name* (not a title:
        "as an analyst" is a job title) is no lowercase noun the request brings in with "a"/"an" or a count
        ("book an appointment", "reserve a table for 4 people"): an indefinite noun phrase speaks of a
        thing not yet identified, so the words name nothing — the value is not stated (`_indefinite`); a place (`location`, `city`) a name
        or a code, not common nouns ("weather data for the coordinates …" names no place "data"); a run of
        digits has the length a code's description states (`order.digits_fit`)."""
        if parameter.named(IDENTIFIER) and not (code_like(words) or words[:1].isupper()):
            return False
        if words.isdigit() and not digits_fit(parameter, words):
            return False  # "a flat in 6061" for a "Five-digit postal code": a number of another length
        if not parameter.admits(words):
            return False
        if parameter.is_currency and not lexicon.currency_of(words):
            return False  # a currency parameter takes a currency, not the words left over ("miles")
        if (
            lexicon.root("language") in parameter.name_roots
            and not re.search(r"\b(?:programming|code|coding)\b", parameter.description, re.I)
            and not words[:1].isupper()
            and not lexicon.is_language(words)
        ):
            return False  # a (human) language's name, not the words left over ("the product comment")
        if parameter.named(PLACE) and not any(
            w[:1].isupper() and len(w) > 1 or code_like(w) for w in words.split()
        ):
            return False  # a place is a name ("Lisbon") or a code, not common nouns left over ("data")
        owned = re.search(rf"\b(?:my|our|your)\s+{re.escape(words)}", self.reading.text, re.I)
        unnamed = words.islower() and parameter.named(frozenset({"name"})) and self._indefinite(words)
        return not (parameter.named(NAME) and owned or unnamed)

    def _indefinite(self, words: str) -> bool:
        """Whether the request brings the words in as an indefinite noun phrase: after "a"/"an" ("reserve a
        table") or after a count ("for 4 people", "two rooms"). Such a phrase speaks of some thing or
        things of a kind, not yet identified, so it names none."""
        for match in re.finditer(rf"\b(\w+)\s+{re.escape(words)}\b", self.reading.text, re.I):
            before = match.group(1).lower()
            if before in ("a", "an") or before.isdigit() or lexicon.number_word(before) is not None:
                return True
        return False

    def _roots_of(self, name: str) -> set[str]:
        """The name roots of the tool's parameter called name (a placed value's label words)."""
        return next((p.name_roots for p in self._all if p.name == name), set())

    def _residual(self, labels: frozenset[str] | set[str] = frozenset()) -> str:
        """The clause's main run of content words that name neither the tool nor another value.

        Runs may hold "of" between words ("theory of relativity"), not a boolean parameter's word (it
        sets that flag), a leading count ("five bananas") nor a unit after "in"/"per" ("in grams per
        mole"), nor a question's verb after its subject ("does an iPhone 15 **cost**"); a run counts its nouns and names fully and
        its other words half (a word before a number modifies it: "the last 5 years"); a run right
        before a word of the tool's name says which kind of the tool's thing is asked for and comes
        first, then a run right after one of the tool's own words (its object), and the later of equal
        runs wins (the ask's object follows its verb and the tool's own words).
        """
        taken = set()
        groups = {self.reading.mentions[i].group for i in self.used} - {None}
        for index, mention in enumerate(self.reading.mentions):
            if index in self.used or mention.group in groups:
                taken.update(mention.span)  # a series one of whose members is placed fans out: all are taken
        taken.update(self.consumed)
        for mention in self.reading.mentions:
            if mention.kind == "date":
                taken.update(mention.span)  # "yesterday" says when, not what
        lead = LEAD.match(self.reading.text)
        skip_until = lead.end() if lead else 0
        tokens = self.reading.tokens
        flags = {r for p in self._all if p.kind == "boolean" for r in p.name_roots}

        def keep(i: int) -> bool:
            token = tokens[i]
            return (
                token.kind in ("word", "number")
                and i not in taken
                and token.start >= skip_until
                and not lexicon.is_function_word(token.text)
                and lexicon.root(token.text) not in self.tool_words
                and lexicon.root(token.text) not in flags  # "organic" sets the flag `organic`
                and lexicon.root(token.text) not in labels  # "of category 'SUV'": the label of a value placed
                and (lexicon.parts(token.text) != frozenset({"VERB"}) or gerund(i))
                and not unit_after(i)
                and i not in currencies
                and not particle(i)
                and i not in main_verbs
                and not passive(i)
                and not degree_asked(i)
                and not opening_verb(i)
            )

        def opening_verb(i: int) -> bool:
            """The request's first word, one that can be a verb, before its object's determiner ("Make the
            bedroom 19.5 degrees", "Put my alarm at 7"): an instruction opens on its act, no value."""
            first = next((k for k, t in enumerate(tokens) if t.start >= skip_until), None)
            return (
                i == first
                and i + 1 < len(tokens)
                and "VERB" in lexicon.parts(tokens[i].text)
                and tokens[i + 1].lower in ARTICLES
            )

        def degree_asked(i: int) -> bool:
            """The word after "how" ("how **many** calories", "how **much** water", "how **long**") asks for
            an amount or a degree: part of the question, no thing it is about (a name after it, "how
            Tesla …", is still one)."""
            return (
                i > 0
                and tokens[i - 1].lower == "how"
                and not tokens[i].text[:1].isupper()
                and (tokens[i].lower == "many" or bool(lexicon.parts(tokens[i].text) & {"ADJ", "ADV"}))
            )

        def gerund(i: int) -> bool:
            """A verb's "-ing" form right after "on"/"about"/"for"/"of" and taking no object ("books on
            gardening", "workshops about knitting") names an activity: a noun, the thing's topic."""
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            return (
                i > 0
                and tokens[i - 1].lower in _COMPLEMENT
                and tokens[i].lower.endswith("ing")
                and not (after is not None and after.kind == "word" and after.lower in ARTICLES)
            )

        def passive(i: int) -> bool:
            """A past participle before "by" ("classes run by Clara Diaz") says what was done to the thing
            sought, by whom: no word of what it is."""
            return (
                i + 1 < len(tokens)
                and tokens[i + 1].lower == "by"
                and lexicon.past_participle(tokens[i].text)
            )

        main_verbs = _verbs_after_do(tokens) | _verb_after_wh_subject(tokens)
        # "1200 dollars": the currency an amount is written in is the amount's, no thing the clause is about
        currencies = {
            m.last
            for m in self.reading.mentions
            if m.kind == "number"
            and m.currency
            and m.last < len(tokens)
            and lexicon.currency_of(tokens[m.last].text)
        }

        def particle(i: int) -> bool:
            """An adverb closing the clause right after a verb's object pronoun ("would … set me **back**",
            "pick it **up**") is the verb's particle: part of what is done, no thing."""
            return (
                i >= 2
                and tokens[i - 1].lower in _OBJECT_PRONOUNS
                and tokens[i - 2].kind == "word"
                and "ADV" in lexicon.parts(tokens[i].text)
                and (i + 1 == len(tokens) or tokens[i + 1].kind == "punct")
            )

        def unit_after(i: int) -> bool:
            """A unit named after "in" or "per" ("in grams per mole") says how a quantity is measured,
            not what the tool is about."""
            return i > 0 and tokens[i - 1].lower in ("in", "per") and is_unit_name(tokens[i].text)

        # an "and" inside one phrase ("a recipe for macaroni and cheese", `mentions._one_thing`) joins its run
        inner = {i for m in self.reading.mentions if m.kind == "phrase" for i in m.span[1:-1]}
        runs: list[list[int]] = []
        run: list[int] = []
        for i in range(len(tokens)):
            joins = tokens[i].lower == "of" or i in inner
            if keep(i) or run and joins and i + 1 < len(tokens) and keep(i + 1):
                run.append(i)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        counts = {i for m in self.reading.mentions if m.kind == "number" for i in m.span}
        runs = [r for r in runs if not self._announces_a_list(r)]
        runs = [_uncounted(r, counts, tokens) for r in runs]  # "5 bananas", "five bananas", "150 g of rice"
        runs = [r for r in runs if not self._counts_the_thing(r, counts)]
        if not runs:
            return ""

        def acted_on(run: list[int]) -> bool:
            """Whether the run stands right after a word of the tool's ("left my umbrella" for a
            register of items passengers left), or after a noun of the tool's and the preposition that
            takes its complement ("a recipe for lasagna", "a course on astronomy"): the object of what the
            tool does or is, not the words of a clause that follows it ("… that takes under an hour")."""
            before = run[0] - 1
            while before > 0 and tokens[before].lower in ARTICLES:
                before -= 1
            if before > 0 and tokens[before].lower in _COMPLEMENT and tokens[before - 1].kind == "word":
                noun = tokens[before - 1].text
                if "NOUN" in lexicon.parts(noun) and lexicon.root(noun) in self.tool_words:
                    return True
            return (
                before >= 0
                and tokens[before].kind == "word"
                and lexicon.root(tokens[before].text) in self.tool_words
            )

        def kind_of_it(run: list[int]) -> bool:
            """Whether the run stands right before a word of the tool's name, saying which kind of the
            tool's thing is asked for ("a **classical** concert" for `concert_search`; a superlative,
            "the nearest grocery store", ranks the things, it names no kind)."""
            after = run[-1] + 1
            return (
                not all(_superlative(tokens[i].text) for i in run)
                and after < len(tokens)
                and tokens[after].kind == "word"
                and lexicon.root(tokens[after].text) in self.name_roots
            )

        def weight(run: list[int]) -> tuple[bool, bool, float]:
            total = 0.0
            for i in run:
                parts = lexicon.parts(tokens[i].text)
                modifies = i == run[-1] and i + 1 < len(tokens) and tokens[i + 1].kind == "number"
                head = not parts or "NOUN" in parts or tokens[i].text[:1].isupper()
                total += 1.0 if head and not modifies else 0.5
            return kind_of_it(run), acted_on(run), total

        best = _unmeasured(max(reversed(runs), key=weight), tokens)
        return re.sub(r"['’]s$", "", " ".join(tokens[i].text for i in best))

    def _announces_a_list(self, run: list[int]) -> bool:
        """Whether a run of words left over counts several things of which the request lists each ("our
        three company cars? Plates: KX19 ABC, KX19 ABD and KX20 LMN", "both of our vans. The VINs are …
        and …"): a plural noun after a count of two or more, or after "both" (with "of" and a possessive
        between), when the whole request writes a series of that many values. The noun says what the
        listed values are; it is none of them (a careful caller makes one call per listed value)."""
        tokens = self.reading.tokens
        last = tokens[run[-1]]
        if last.kind != "word" or lexicon.noun_lemma(last.text) == last.lower:
            return False  # no plural noun
        count = 0
        mention = self.reading.at(run[0])
        if mention is not None and mention.kind == "number" and mention.attributes.get("count"):
            count = int(mention.value) if float(mention.value).is_integer() else 0
        else:
            before = run[0] - 1
            while before >= 0 and tokens[before].lower in (
                "of",
                "our",
                "my",
                "your",
                "their",
                "the",
                "these",
            ):
                before -= 1
            count = 2 if before >= 0 and tokens[before].lower == "both" else 0
        if count < 2:
            return False
        sizes: dict[int, int] = {}
        for m in read(self.request).mentions:
            if m.group is not None:
                sizes[m.group] = sizes.get(m.group, 0) + 1
        return count in sizes.values()

    def _counts_the_thing(self, run: list[int], counts: set[int]) -> bool:
        """Whether a run of words left over is one spelled count right before a word of the tool's
        ("suggest **four** names for a hamster" for `pet_name`): it says how many of the tool's thing
        are wanted, no value of the call."""
        tokens = self.reading.tokens
        k = run[0]
        return (
            len(run) == 1
            and k in counts
            and tokens[k].kind == "word"
            and k + 1 < len(tokens)
            and lexicon.root(tokens[k + 1].lower) in self.tool_words
        )

    def _context_numbers(self) -> list[float]:
        return [n for result in reversed(self.context) for n in numbers_in(result)]

    def _fallback(self, spec: dict[str, Any]) -> Any:
        """A schema-valid value when the clause offers none (only for a tool the caller forced)."""
        kind = spec.get("type", "string")
        if "enum" in spec:
            return spec["enum"][0]
        if kind in ("number", "integer"):
            return bounded(0, spec)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        if kind == "array":
            items = resolve(spec.get("items", {}), self.root)
            return [self._fallback(items) for _ in range(spec.get("minItems", 0))]
        if kind == "object":
            return self.object(spec, forced=True).values
        if spec.get("format") == "date":
            return "1970-01-01"
        if spec.get("format") == "date-time":
            return "1970-01-01T00:00:00Z"
        return clip(ask_of(self.reading.text) or self.reading.text or "n/a", spec)


def _unlabelled(words: str, parameter: Parameter) -> str:
    """Leftover words without the parameter's own noun before them: "the dish pad thai" names the dish
    "pad thai" — the word `dish` only says which parameter the words after it fill."""
    split = words.split()
    while len(split) > 1 and lexicon.root(split[0]) in parameter.name_roots:
        split = split[1:]
    return " ".join(split)


_DO = frozenset({"do", "does", "did", "would", "will"})
"""Auxiliaries a question's subject follows, its main verb after it ("how much does …", "how much would
… set me back")."""


def _verbs_after_do(tokens: list) -> set[int]:
    """Positions of a question's main verb: after "do"/"does"/"did" and its subject, the first word
    in its bare form that can be a verb ("how much does an iPhone 15 Pro **cost**", "which albums did
    Radiohead **release**") ends the subject's noun phrase; it is what the question asks, not a thing."""
    found = set()
    for d, token in enumerate(tokens):
        if token.lower not in _DO:
            continue
        subject = False
        for k in range(d + 1, len(tokens)):
            word = tokens[k]
            if word.kind != "word" and word.kind != "number":
                break
            bare = word.kind == "word" and word.text.islower() and lexicon.lemma(word.lower) == word.lower
            after_determiner = tokens[k - 1].lower in DETERMINERS  # "does a **pair** of shoes cost": a noun
            if subject and bare and "VERB" in lexicon.parts(word.text) and not after_determiner:
                if _modifying_gerund(tokens, k):
                    continue  # "does a pair of **running** shoes cost": the kind of shoes, no verb
                found.add(k)
                break
            subject = subject or not lexicon.is_function_word(word.text)
    return found


def _modifying_gerund(tokens: list, k: int) -> bool:
    """Whether word k is an "-ing" form before a common noun that it modifies ("running shoes", "hiking
    boots"): a kind of the noun, not the verb of the question."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].lower.endswith("ing")
        and after is not None
        and after.kind == "word"
        and after.text.islower()
        and not lexicon.is_function_word(after.text)
        and "NOUN" in lexicon.parts(after.text)
    )


_WH = frozenset({"what", "which", "whose"})


_EMBEDS_A_QUESTION = frozenset("me us know wonder explain understand ask".split())
"""Words after which "what …" is a question told, not asked ("tell me what amortization means", "I wonder
what X costs"): its subject comes before its verb, which may end the clause."""


def _verb_after_wh_subject(tokens: list) -> set[int]:
    """The position of a question's verb after a subject that "what"/"which" opens: "What white wine
    **goes** with coq au vin?", "Which team **won** the cup?". The first word after the subject's
    first content word that is a verb inflected for its subject (third person "-s", or past: its lemma
    is another word) and has a function word after it — the verb before its object or preposition,
    not a plural noun of the subject ("which wines pair …": "wines" stands before a verb) — is what the
    question asks, not a thing. So too in a question told after "tell me", "I wonder", "explain"
    (`_EMBEDS_A_QUESTION`), where the verb may end the clause: "tell me what tachycardia **means**"."""
    words = [i for i, t in enumerate(tokens) if t.kind == "word"]
    opening = next((n for n, i in enumerate(words) if tokens[i].lower in _WH), None)
    if opening is None or opening > 0 and tokens[words[opening - 1]].lower not in _EMBEDS_A_QUESTION:
        return set()
    words = words[opening:]
    subject = False
    for k in range(words[0] + 1, min(len(tokens), words[0] + 6)):
        word = tokens[k]
        if word.kind != "word":
            return set()
        if lexicon.is_function_word(word.text):
            if subject and word.lower != "of":  # "What dose **of** paracetamol suits …": the subject goes on
                return set()
            continue
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        inflected = (
            word.text.islower()
            and (
                lexicon.lemma(word.lower) != word.lower
                or opening > 0  # told: "what amortization means", whose "-s" form is a noun too
                and word.lower.endswith("s")
                and "VERB" in lexicon.parts(word.lower[:-1])
            )
        )
        ends = following is None or following.kind != "word" and following.kind != "number"
        if (
            subject
            and inflected
            and "VERB" in lexicon.parts(word.text)
            and (
                ends
                and opening > 0
                or following is not None
                and following.kind == "word"
                and lexicon.is_function_word(following.text)
            )
        ):
            return {k}
        subject = True
    return set()


def _uncounted(run: list[int], counts: set[int], tokens: list) -> list[int]:
    """The run without the count or measured amount that opens it: "five bananas" is bananas, "150 g of
    chicken" chicken (the amount, its unit and the "of" after them measure the thing, they are not it). A
    run of a spelled count alone before a word of the tool's ("suggest **four** names for a hamster")
    counts the thing and is no words left over (`Leftovers._counts_the_thing`)."""
    if len(run) < 2 or run[0] not in counts:
        return run
    rest = list(run)
    while len(rest) > 1 and rest[0] in counts:
        rest = rest[1:]
    if len(rest) > 1 and tokens[rest[0]].lower == "of":
        rest = rest[1:]
    return rest


_PORTION_COUNTS = frozenset("a an one another".split())


def _unmeasured(run: list[int], tokens: list) -> list[int]:
    """The run without the measure of a pseudo-partitive nor a participle that measures it: in "a bowl of
    chicken ramen", "a block of ice", "two cups of green tea" (a singular noun after "a"/"one", or any noun
    after a number, then "of" and a bare common noun) the portion or container measures the thing, and the
    thing is what the request is about; "a crate of apples weighing 3 kg" is about apples."""
    last = tokens[run[-1]]
    if len(run) > 1 and last.lower.endswith("ing") and "VERB" in lexicon.parts(last.text):
        after = run[-1] + 1
        if after < len(tokens) and tokens[after].kind == "number":
            run = run[:-1]  # "weighing 3 kg": what follows measures the run, it is no part of it
    if len(run) < 3 or tokens[run[1]].lower != "of" or not tokens[run[2]].text[:1].islower():
        return run
    before = run[0] - 1
    counted = before >= 0 and (tokens[before].lower in _PORTION_COUNTS or tokens[before].kind == "number")
    if counted and "NOUN" in lexicon.parts(tokens[run[0]].text) and tokens[run[0]].text[:1].islower():
        return run[2:]
    return run


def _superlative(word: str) -> bool:
    """Whether a word is an adjective's superlative ("nearest", "cheapest"): its lemma is shorter."""
    lowered = word.lower()
    return lowered.endswith("est") and "ADJ" in lexicon.parts(word) and lexicon.lemma(lowered) != lowered
