"""The rules that decide a parameter by its own kind: enum options, booleans, examples, units, formulas,
the kind of a noun.

These read the clause for what the parameter itself says it takes — one of its options ("express"), its
words as a switch ("without toll roads"), an example its description gives ("delete"), the unit the
numbers are written in, a formula — before values are weighed by the words around them (`arguments`).
A mixin of the argument job: it shares the job's reading and the values already used.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from agentkit.local import lexicon, meaning
from agentkit.local.simulated import world
from agentkit.local.simulated.evidence import NAMING, OPTIONAL_EVIDENCE, labelled, link
from agentkit.local.simulated.filled import Argument
from agentkit.local.simulated.mentions import DETERMINERS, series_words
from agentkit.local.simulated.parameters import (
    GENRE,
    GOAL,
    KIND,
    LIGHT,
    NAME_WEIGHT,
    SOURCE,
    Parameter,
    words_of,
)
from agentkit.local.simulated.quantities import (
    is_period,
    is_unit_name,
    measure_of,
    percent_of,
    symbol_of,
    unit_of,
)
from agentkit.local.simulated.tokens import Mention, parenthesised
from agentkit.local.simulated.values import format_number

QUOTES = frozenset("'\"“”‘’")
"""The marks that set a value off in a quote."""

_KIND_NEAR = 0.33
"""How near in meaning a plain word must be to a kind's option to name it ("scary" ~ Horror 0.45, "cartoon"
~ Animation 0.38; unrelated words stay below 0.2)."""
_KIND_LEAD = 0.1
"""How much nearer that option must be than any other, so that a word between two kinds names neither."""
_CATCH_ALL = frozenset("all any every everything anything".split())
"""An option that filters nothing: every value passes."""

FORMULA_LIKE = re.compile(r"[-+*/^=()]|\d[a-z]|^[a-z]$", re.I)


def _bare(code: str) -> str:
    """A code's letters and digits in lower case, when it has digits ("PM2.5" → "pm25"), else ""."""
    return re.sub(r"[^a-z0-9]", "", code.lower()) if re.search(r"\d", code) else ""


_SWITCHED = re.compile(
    r"\b(?:turn|switch|power|flip|shut)(?:s|ed|ing)?(?:\s+[\w'-]+){0,4}?\s+(on|off)\b", re.I
)
"""A verb of switching and its particle, before or after the thing switched ("switch off the light",
"turn the bedroom light on")."""
_ON_STATES = frozenset("on enabled enable active activated power powered".split())
_TRUE_IS_ON = re.compile(r"\btrue\b[^.]{0,30}\bon\b", re.I)
_FIRST_IN_ORDER = re.compile(
    r"\b(?:(?P<high>newest|latest|most\s+recent|highest|largest|biggest|most\s+expensive|most)"
    r"|(?P<low>oldest|earliest|least\s+recent|lowest|smallest|cheapest|least\s+expensive|least))"
    r"(?:\s+(?:ones?|items?|entries|results))?\s+first\b",
    re.I,
)
"""What a list shows first, which says its order: the high or late end ("newest first"), or the low end."""

_INDIFFERENT = re.compile(
    r"\b(?:not|never|don't|doesn't|didn't|dont|doesnt)\s+(?:really\s+|much\s+)?"
    r"(?:mind|care|matter|bothered|concerned|fussed|worried|picky|particular)\b"
    r"|\bno\s+(?:matter|preference)\b|\bregardless\s+of\b|\bindifferent\b|\beither\s+way\b"
)
"""Words that say the speaker does not mind either way ("don't mind", "not bothered", "no preference")."""

_INDIFFERENCE_REACH = 10
"""How many words before a flag's own words its sentence's indifference may stand ("I'm not concerned about
having a garage or in-unit laundry": nine words before "laundry")."""

_LEFT_OUT = re.compile(r"\b(?:leave|leaves|leaving|left|rule|ruling|ruled|keep|keeping) out\b")
"""Phrasal verbs that negate their object as "without" does ("leave out salary details")."""


def _negation(word: str) -> bool:
    """Whether a word turns the phrase after it into its opposite, in any inflection: "not", "don't",
    "avoids", "excluded", "skips" (a negating verb as its -s or past form says it as well)."""
    lower = word.lower()
    return lower in lexicon.NEGATIONS or lower.endswith("n't") or lexicon.lemma(lower) in lexicon.NEGATIONS


def _affix_negated(word: str) -> str:
    """The root of the word a hyphened "non-" or "-free" negates ("non-smoking" → smoke, "pet-free" →
    pet), else ""."""
    found = re.fullmatch(r"non-([a-z]{3,})|([a-z]{3,})-free", word)
    return lexicon.root(found.group(1) or found.group(2)) if found else ""


def _own_part(window: list) -> list:
    """The words before a flag's word that may negate it: a negation before "and"/"or"/"then"/a comma governs
    the flag's word after the coordinator ("without tolls or ferries", "no garage or in-unit laundry"), not
    one after a verb that opens a new ask ("… without equipment and search pet-friendly rentals": the
    rentals' part states its own flag)."""
    cuts = [i for i, t in enumerate(window) if t.lower in ("and", "or", "then", ",", ";")]
    if cuts and cuts[-1] < len(window) - 1 and "VERB" in lexicon.parts(window[cuts[-1] + 1].text):
        return window[cuts[-1] + 1 :]
    return window


def _affix_welcomed(word: str) -> str:
    """The root of the word a hyphened "-friendly" (or "-welcome", "-allowed") says is welcome ("pet-friendly"
    → pet, for `pets_allowed`), else "": the opposite of "-free"."""
    found = re.fullmatch(r"([a-z]{3,})-(?:friendly|welcome|allowed)", word)
    return lexicon.root(found.group(1)) if found else ""


_BEFORE_PERIOD = {"past": "last", "previous": "last", "coming": "next", "following": "next"}
"""Words that say the same of a span of time as "last" or "next" ("the past week", "the coming month")."""


@lru_cache(maxsize=4096)
def _option_lemmas(words: tuple[tuple[str, bool], ...]) -> tuple[str, ...]:
    """The lemmas an option is named by: a possessive as its noun ("last week's sales" names `last_week`),
    and "past"/"previous" before a span of time as "last", "coming"/"following" as "next" ("for the past
    week" names `last_week`: the same span, said with other words)."""
    lemmas = []
    for i, (word, is_word) in enumerate(words):
        bare = re.sub(r"['’]s$", "", word) if len(word) > 3 else word
        lemma = lexicon.noun_lemma(bare) if is_word else word
        if lemma in _BEFORE_PERIOD and i + 1 < len(words) and is_period(words[i + 1][0]):
            lemma = _BEFORE_PERIOD[lemma]
        lemmas.append(lemma)
    return tuple(lemmas)


def _said_unclipped(tokens: list, at: int, option: str) -> bool:
    """Whether the word at `at` is said in full where the option clips it: an option of two hyphened parts
    whose first part, three letters or more, is no word of its own but the start of one ("Sci-fi",
    "Rom-com", "Hi-tech" is no clipping), names a word the dictionary knows that opens with that part
    and is longer ("science", "romantic"), and the word after it that opens with the second part ("science
    **fiction**", "romantic **comedy**"; or both hyphened, "science-fiction"): English clips a compound's words so, and a reader hears the whole."""
    parts = option.lower().split("-")
    if len(parts) != 2 or len(parts[0]) < 3 or lexicon.known(parts[0]) or not parts[1]:
        return False

    def opens(i: int, part: str) -> bool:
        word = tokens[i].lower if 0 <= i < len(tokens) and tokens[i].kind == "word" else ""
        return word.startswith(part) and len(word) >= len(part) + 2 and lexicon.known(word)

    written = tokens[at].lower.split("-") if tokens[at].kind == "word" else []
    if len(written) == 2:  # "science-fiction": the compound written whole, hyphen and all
        return all(
            w.startswith(p) and len(w) >= len(p) + 2 and lexicon.known(w)
            for w, p in zip(written, parts, strict=True)
        )
    return opens(at, parts[0]) or opens(at - 1, parts[0]) and opens(at, parts[1])


def _as_symbol(parameter: Parameter, unit: str) -> str:
    """A unit named in full written as its symbol when the parameter writes units so: an example of its
    description is a symbol ("e.g. 'kg'": "kilograms" → "kg"; its default is no example) or it asks for
    the symbol or abbreviation."""
    if not is_unit_name(unit):
        return ""
    default = str(parameter.spec.get("default", parameter.stated_default)).lower()
    shown = [e for e in parameter.examples if unit_of(e) and unit_of(e) != e.lower() != default]
    if shown or re.search(r"\b(?:symbol|abbreviat)", parameter.description, re.I):
        return symbol_of(unit, shown)
    return ""


_DEFAULT_UNIT = re.compile(r"\bdefault(?:s| is| value is)?(?: to)?:?\s*['\"]?([A-Za-z°/²³]+)", re.I)
"""The unit a description says it defaults to ("Defaults to cm", "default is 'km'")."""


def _kind_noun(tokens: list, at: int) -> bool:
    """Whether the word at `at`, before a noun of the tool's, names a kind of it as a noun does: a word that
    is only a noun ("horror movies"), or a noun that is also a verb where no verb can stand — not after
    "to", a subject or a modal ("jazz concerts", "rock gigs"; not "to watch movies"). Adjectives ("new",
    "upcoming", "cheap") say which ones, not what kind. A lower-case word the dictionary lacks is a kind
    when it goes on a series after a kind noun and "and" or a comma ("funk and zouk gigs"): the series
    says what it is."""
    parts = lexicon.parts(tokens[at].text)
    if parts == {"NOUN"}:
        return True
    if (
        not parts
        and tokens[at].text.islower()
        and at >= 2
        and tokens[at - 1].lower in ("and", ",")
        and tokens[at - 2].kind == "word"
        and _kind_noun(tokens, at - 2)
    ):
        return True
    before = tokens[at - 1].lower if at else ""
    return parts == {"NOUN", "VERB"} and before not in _VERB_SLOT


def _domain_noun(tokens: list, at: int, parameter) -> bool:
    """Whether the noun at `at`, before a noun of the tool's, is the field the parameter's description
    names ("music" for "Music genre", "food" for "Type of food") with a lower-case word before it that
    says which kind of it ("**classical** music concerts", "**street** food stalls"): that word is the kind,
    the field is no kind of its own."""
    if at < 1 or lexicon.root(tokens[at].text) not in parameter.all_roots - parameter.name_roots:
        return False
    before = tokens[at - 1]
    return (
        before.kind == "word"
        and not before.text[:1].isupper()
        and not lexicon.is_function_word(before.text)
        and bool(lexicon.parts(before.text) & {"NOUN", "ADJ"})
    )


_VERB_SLOT = frozenset(
    "to i we you they he she it can could should would will shall may might must do does did".split()
)
"""Words after which a word that can be a verb is one ("to watch", "we rock")."""


class OptionRules:
    """Parameters decided by their own rule (a mixin of `arguments._Job`)."""

    def _kind_word(self, parameter: Parameter) -> Argument | None:
        """Which kind of a thing: for a parameter named for the kind of a noun (`energy_type`, `fuel_kind`),
        the word the clause sets right before that noun ("**renewable** energy") or joins to it by a hyphen
        ("a **gas**-fueled car", "**solar**-powered") — English puts the kind before its noun. A parameter
        named for a kind alone (`genre`, `sport`, `GENRE`) holds the kind of the tool's own thing: a noun
        right before a noun of the tool's name ("**horror** movies" for `find_movies`, "basketball
        player", "**Italian** restaurants" — a people's adjective, `lexicon.nationality`); words that can be other
        parts of speech ("new", "latest", "matches") are left out."""
        nouns = {lexicon.root(w) for w in parameter.name_words} - {lexicon.root(w) for w in KIND | GENRE}
        lone = not nouns and {lexicon.root(w) for w in parameter.name_words} <= {
            lexicon.root(w) for w in GENRE
        }
        described = None if nouns or lone else kind_of_noun(parameter.description)
        if lone:
            nouns = set(self.name_roots)  # `genre` alone: the kind of the tool's own thing ("horror movies")
        elif described:
            nouns = {described}  # `type`, "The type of crime": the kind of the noun its description names
        elif not nouns or len(parameter.name_words) < 2:
            return None
        if labelled(parameter, self.reading):
            return None  # "'Nordic' as the cuisine", "of category 'seasonal'": the request names the value
        tokens = self.reading.tokens
        held = {i for m in self.reading.mentions if m.kind != "phrase" for i in m.span}
        held |= self.consumed
        for i, token in enumerate(tokens):
            if token.kind != "word" or i in held:
                continue
            compound = re.fullmatch(r"([a-z]+)-([a-z]+)", token.lower)
            if compound and lexicon.root(compound.group(2)) in nouns:
                word, at = compound.group(1), i
            elif (
                described
                and i + 1 < len(tokens)
                and lexicon.root(tokens[i + 1].text) in self.name_roots
                and any(lexicon.root(t.text) in nouns for t in tokens[i + 2 :])
            ):
                continue  # "the official crime rate of violent crime": the noun said again on its own
            elif lexicon.root(token.text) in nouns and i > 0 and token.lower not in NAMING:  # "titled" names
                word, at = tokens[i - 1].text, i - 1
                if lone and _domain_noun(tokens, at, parameter):
                    word, at = tokens[at - 1].text, at - 1  # "classical music concerts" for "Music genre"
                    self._consume_words(at, word)
                    said = f"{word} {tokens[at + 1].text} {token.text}"
                    return self._kinds_joined(
                        parameter,
                        at,
                        Argument(
                            parameter.name, word, "kind", 2.0, f"“{said}”: the kind comes before its noun"
                        ),
                    )
                before = tokens[at]
                # a people's adjective says the kind too ("Italian restaurants"), though it is a name
                demonym = lexicon.nationality(word) and self._lone_name_at(at)
                if not demonym and (
                    before.kind != "word"
                    or at in held
                    or "-" in word
                    or lexicon.is_function_word(word)
                    or lexicon.gradable(word)  # "good schools", "new cars": how good, not which kind
                    or lexicon.root(word) in nouns | self.name_roots
                    or lexicon.parts(word) & {"VERB", "ADV"}
                    and not lexicon.parts(word) & {"NOUN", "ADJ"}
                    or lone
                    and (not _kind_noun(tokens, at) or lexicon.parts(token.text) != {"NOUN"})
                ):
                    continue
            else:
                continue
            self._consume_words(at, word)
            said = token.text if at == i else f"{word} {token.text}"
            argument = Argument(
                parameter.name, word, "kind", 2.0, f"“{said}”: the kind comes before its noun"
            )
            return self._kinds_joined(parameter, at, argument) if at < i else argument
        return None

    def _kinds_joined(self, parameter: Parameter, at: int, argument: Argument) -> Argument:
        """The kind word at `at` with the kinds a series joins to it before the one noun they share ("jazz
        **and** folk gigs", "Italian, Thai and Greek restaurants", "pottery and woodwork courses"): English says
        the noun once for a series of its modifiers, so each is a kind of it, one call each (rule 5), the
        first call taking the first. A word the series holds must itself be a possible kind: a noun or an
        adjective in lower case that is no function word and says no degree ("good and cheap restaurants"
        ask no kinds), or a people's adjective ("Italian"). "Or" may offer a choice and joins none."""
        tokens = self.reading.tokens
        members = [(at, str(argument.value))]
        k = at  # the first token of the earliest member found
        joiner = "and"
        while True:
            j = k - 1  # the joiner before the member at k: "and" (", and") first, then commas
            if j >= 1 and joiner == "and" and tokens[j].lower == "and" and tokens[j - 1].text == ",":
                j -= 1  # "pottery, woodwork, and glass courses"
            if j < 1 or tokens[j if joiner == "," else k - 1].lower != joiner or tokens[j - 1].kind != "word":
                break
            word = tokens[j - 1].text
            demonym = lexicon.nationality(word) and self._lone_name_at(j - 1)
            if not demonym and (
                word[:1].isupper()
                or lexicon.is_function_word(word)
                or lexicon.gradable(word)
                or not lexicon.parts(word) & {"NOUN", "ADJ"}
            ):
                break
            members.insert(0, (j - 1, word))
            k, joiner = j - 1, ","
        if len(members) < 2:
            return argument
        for position, word in members:
            self._consume_words(position, word)
        self.enum_series[parameter.name] = [word for _, word in members]
        note = f"{argument.evidence}; a series of kinds before one noun"
        return replace(argument, value=members[0][1], evidence=note)

    def _colour_word(self, parameter: Parameter) -> Argument | None:
        """A colour the clause says, for the one parameter about colour (its name or description says "color"
        or "colour": `color`, `frame_colour`, "The ink color of the pens."): an adjective close in meaning to
        colour (`meaning`, no list of colour names: "white" 0.28, "green" 0.29, "beige" 0.25 against
        "cheap" -0.04, "leather" 0.04, "modern" -0.04) that stands right before a noun or a name ("the
        **white** iPhone 12", "a **red** Toyota", "**yellow** tulips") or right after "in" ("a Toyota **in
        red**"). A word before it that opens the phrase, after "in" or a determiner, shades it: a noun
        ("in **navy** blue", "a **forest** green sofa") or another colour-like word ("**dark** grey"). A
        capitalised colour word inside the sentence is part of a name ("Red Lobster", "the White House",
        "Black Friday", "Green Day"): no colour of the thing asked for. A tool with two colour parameters
        (`color1`, `color2`) takes the colours said in their order, as other values."""
        if not _about_colour(parameter):
            return None
        if sum(_about_colour(p) for p in self._all) > 1:
            return None  # `color1`, `color2`: the colours said fill them in their order, as other values do
        tokens = self.reading.tokens
        held = {i for m in self.reading.mentions if m.kind not in ("phrase", "name") for i in m.span}
        for i, token in enumerate(tokens):
            if token.kind != "word" or i in held | self.consumed or not _colour_like(token.text):
                continue
            if token.text[0].isupper() and i > 0:
                continue  # "Red Lobster", "Black Friday": a name's word
            if i + 1 < len(tokens) and tokens[i + 1].kind == "word" and _colour_like(tokens[i + 1].text):
                continue  # "dark grey": the tone shades the colour after it, which takes both
            after_in = i > 0 and tokens[i - 1].lower == "in"
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            before_noun = (
                nxt is not None
                and nxt.kind == "word"
                and not lexicon.is_function_word(nxt.text)
                and (
                    nxt.text[0].isupper() or "NOUN" in lexicon.parts(nxt.text) or not lexicon.known(nxt.text)
                )
            )
            shade = (
                i >= 2
                and tokens[i - 1].kind == "word"
                and tokens[i - 1].text.islower()
                and (tokens[i - 2].lower in DETERMINERS or tokens[i - 2].lower == "in")
                and (
                    _colour_like(tokens[i - 1].text)
                    or "NOUN" in lexicon.parts(tokens[i - 1].text)
                    and not lexicon.gradable(tokens[i - 1].text)
                )
                and not lexicon.is_function_word(tokens[i - 1].text)
            )
            if not (after_in or before_noun or shade and (tokens[i - 2].lower == "in" or before_noun)):
                continue
            at = i - 1 if shade else i
            value = " ".join(t.text for t in tokens[at : i + 1])
            self._consume_words(at, value)
            return Argument(parameter.name, value, "colour", 2.0, f"“{value}” is a colour")
        return None

    def _lone_name_at(self, at: int) -> bool:
        """Whether token `at` is a name of its own (one word), no part of a longer name ("Italian Riviera")."""
        return any(m.kind == "name" and m.span == range(at, at + 1) for m in self.reading.mentions)

    def _example_word(self, parameter: Parameter) -> Argument | None:
        """A word of the clause that is one of the description's examples, wherever it stands ("**delete**
        some columns" for an `operation` that "can be 'delete' or 'add'"), unless a value holds it. A word the
        description quotes that is another parameter's name ("If not given, the same as 'host'") refers to
        that parameter: it is no example of this one's values."""
        held = {i for m in self.reading.mentions if m.kind not in ("phrase",) for i in m.span}
        others = {
            " ".join(lexicon.split_identifiers(p.name).lower().split())
            for p in self._all
            if p is not parameter
        }
        for i, token in enumerate(self.reading.tokens):
            if token.kind != "word" or i in held:
                continue
            for example in parameter.examples:
                if example.lower() in others:
                    continue  # "the same as 'host'": a quoted name of another parameter refers to that one
                if " " not in example and lexicon.lemma(token.text) == lexicon.lemma(example):
                    self._consume_words(i, token.text)
                    self._example_series(parameter, i, example)
                    if parameter.name not in self.enum_series:
                        self._place_in_series(parameter, i)
                    return Argument(
                        parameter.name,
                        example,
                        "example",
                        3.0,
                        f"“{token.text}” is an example its description gives",
                    )
        return None

    def _place_in_series(self, parameter: Parameter, position: int) -> None:
        """An example that is one member of a series of other words ("the boiling points of water,
        ethanol and mercury" for "e.g. 'water'"): the parameter stands on that member, so the call fans
        out over the series as for any value, not only over the members that are examples too."""
        mentions = self.reading.mentions
        for index, mention in enumerate(mentions):
            if (
                mention.kind == "phrase"
                and mention.group is not None
                and mention.span == range(position, position + 1)
            ):
                members = [m for m in mentions if m.group == mention.group]
                after = (
                    self.reading.tokens[members[-1].last]
                    if members[-1].last < len(self.reading.tokens)
                    else None
                )
                joined = any(
                    t.lower in ("and", "or") for t in self.reading.tokens[members[0].first : members[-1].last]
                )
                if (
                    not joined
                    and after is not None
                    and after.kind == "word"
                    and lexicon.root(after.text) in self.tool_words
                ):
                    return  # "a vegan, main course recipe": modifiers of one thing the tool finds, no series
                if all(self._bare_noun(m) for m in members):
                    self.used.add(index)
                    self.placed[parameter.name] = index
                return

    def _bare_noun(self, mention: Mention) -> bool:
        """Whether a series member is a noun phrase that ends where the member does: not a verb that goes
        on with its object or its complement ("… to oil and **change** size", "is vegan, and **takes**
        under 30 minutes"), which opens another part of the ask."""
        tokens = self.reading.tokens
        spoken = [tokens[i] for i in mention.span if tokens[i].kind == "word"]
        if len(spoken) > 1 and "VERB" in lexicon.parts(spoken[0].text):
            return False  # "change size": a verb before its object
        last = tokens[mention.last - 1]
        after = tokens[mention.last] if mention.last < len(tokens) else None
        if after is None or after.kind != "word" or after.lower in ("and", "or"):
            return True
        if "VERB" not in lexicon.parts(last.text):
            return True
        if not lexicon.is_function_word(after.text):
            return False  # "change size": a verb before its object
        return lexicon.lemma(last.text) == last.lower  # "takes under …": an inflected verb goes on

    def _example_series(self, parameter: Parameter, position: int, example: str) -> None:
        """Examples coordinated with the first ("oak and pine"): one call each, like enum options."""
        series = [example]
        end = position + 1
        for i in range(position + 1, len(self.reading.tokens)):
            token = self.reading.tokens[i]
            found = next(
                (
                    e
                    for e in parameter.examples
                    if " " not in e and token.kind == "word" and lexicon.lemma(token.text) == lexicon.lemma(e)
                ),
                None,
            )
            if found is None:
                continue
            if found in series or not self._coordinated(parameter, position, end, i, own_words=False):
                break
            series.append(found)
            self._consume_words(i, token.text)
            end = i + 1
        if len(series) > 1:
            self.enum_series[parameter.name] = series

    def _unit(self, parameter: Parameter) -> Argument | None:
        """A unit parameter takes a unit the request names: for a target unit (`to_unit`, "the answer
        in km/h") one named on its own ("how many teaspoons", "in miles"), else the unit the numbers are
        written in ("6 cm" → "cm"). An optional one takes only a unit named on its own (first: "radius
        5m, the output in meters" asks for meters), or listed in its description, or the one unit all
        the numbers are written in when it defaults to another ("Defaults to cm" for sides in meters)."""
        alone = self._units_named_alone()
        written = [m.unit for m in self.reading.mentions if m.kind == "number" and m.unit]
        target = parameter.named(GOAL)
        phrase = None if alone else self._unit_phrase(parameter)
        if phrase is not None and (target or not written or not parameter.required):
            return Argument(parameter.name, phrase[0], "unit", 1.5, f"“{phrase[1]}”: {phrase[2]}")
        if alone and (target or not written or not parameter.required):
            unit, how = alone[0], "named on its own"
            if self._counted(unit):
                unit = lexicon.lemma(unit)  # "how many tablespoons": the unit counted, "tablespoon"
            return self._unit_argument(parameter, unit, how)
        if not written or target:
            return None
        unit = max(written, key=written.count)
        unit = lexicon.lemma(unit) if unit.isalpha() and len(unit) > 3 else unit  # "6 inches" → "inch"
        same = len({unit_of(w) or lexicon.lemma(w) for w in written}) == 1  # "30 feet … 2 inch": no one unit
        if not parameter.required and same and self._other_default(parameter, unit):
            return Argument(
                parameter.name,
                unit,
                "unit",
                1.5,
                f"“{unit}”: the numbers are written in it, not in the default",
            )
        return self._unit_argument(parameter, unit, "the numbers are written in it")

    @staticmethod
    def _other_default(parameter: Parameter, unit: str) -> bool:
        """Whether the parameter defaults to another unit of the same measure than the numbers are
        written in ("Defaults to cm" for sides given in meters): left out, the default would misread them."""
        default = parameter.spec.get("default")
        if not isinstance(default, str):
            said = _DEFAULT_UNIT.search(parameter.description)
            default = said.group(1) if said else ""
        if not default or not (unit_of(default) or is_unit_name(default)):
            return False
        given, usual = unit_of(unit) or lexicon.lemma(unit), unit_of(default) or lexicon.lemma(default)
        return given != usual and bool(measure_of(unit)) and measure_of(unit) == measure_of(default)

    def _counted(self, unit: str) -> bool:
        """Whether the unit is named after "how many" (a count of it), not after "in" (as written)."""
        return bool(re.search(rf"\bhow many {re.escape(unit)}\b", self.reading.text, re.I))

    def _unit_argument(self, parameter: Parameter, unit: str, how: str) -> Argument | None:
        listed = unit.lower() in {e.lower() for e in parameter.examples}
        if not (parameter.required or listed or how == "named on its own"):
            return None
        symbol = _as_symbol(parameter, unit)
        if symbol:
            return Argument(parameter.name, symbol, "unit", 1.5, f"“{unit}”: {how}, written as a symbol")
        return Argument(parameter.name, unit, "unit", 1.5, f"“{unit}”: {how}")

    def _unit_phrase(self, parameter: Parameter) -> tuple[str, str, str] | None:
        """A unit of several words, or one the symbols do not know, that the clause asks its answer in:
        the words after a closing "in"/"into" ("… from the Sun in light years?"), for a parameter named
        `unit`. Written as the description's example whose letters are their initials ("light years"
        → "ly" for "e.g. 'km', 'ly'", "British thermal units" → "BTU"), else as said when they end on a
        plural noun ("in parsecs"; not "in detail"). Not a phrase around a unit the symbols know ("in
        square meters"): the other rules read those. The value, the words and how they were found."""
        if lexicon.root("unit") not in {lexicon.root(w) for w in parameter.name_words}:
            return None
        tokens = self.reading.tokens
        for i, token in enumerate(tokens):
            if token.lower not in ("in", "into") or i + 1 >= len(tokens):
                continue
            end = i + 1
            while end < len(tokens) and tokens[end].kind == "word" and end - i <= 3:
                end += 1
            run = tokens[i + 1 : end]
            closes = end == len(tokens) or tokens[end].text in ".?!;,"
            if not run or not closes or any(lexicon.is_function_word(t.text) for t in run):
                continue
            if any(is_unit_name(t.text) or unit_of(t.text) for t in run):
                continue  # a unit the symbols know, "in square meters", is the other rules' to read
            words = " ".join(t.text for t in run)
            initials = "".join(t.text[0] for t in run).lower()
            for example in parameter.examples:
                if len(run) > 1 and example.lower() == initials:
                    return example, words, f"its initials are the example “{example}”"
            last = run[-1].lower
            plural = last.endswith("s") and (lexicon.lemma(last) != last or not lexicon.known(last))
            if all(t.text.islower() for t in run) and plural:
                return words, words, "a unit named on its own after “in”"
        return None

    def _units_named_alone(self) -> list[str]:
        """Units named without a number: after "how many", "in", "into" or "to" ("the answer in km/h")."""
        tokens = self.reading.tokens
        held = {i for m in self.reading.mentions if m.kind == "number" for i in m.span}
        found = []
        for i, token in enumerate(tokens):
            if i in held or not i or token.kind not in ("word", "path"):
                continue
            before = tokens[i - 1].lower
            after_many = i > 1 and tokens[i - 2].lower == "how" and before == "many"
            if (before in ("in", "into", "to") or after_many) and (
                unit_of(token.text) or after_many or is_unit_name(token.text)
            ):
                found.append(token.text)
        return found

    def _claim_options(self, parameters: list[Parameter]) -> None:
        """Where two parameters' options name overlapping words, the longer option takes them ("violin
        lessons" is the service "Violin Lessons", not the instrument "Violins")."""
        spans: list[tuple[int, int, str]] = []
        for parameter in parameters:
            options = parameter.spec.get("enum") or parameter.item.get("enum") or []
            for position, _, words in self._options(options):
                spans.append((position, position + len(words.split()), parameter.name))
        self._shadowed = {
            (name, start)
            for start, end, name in spans
            for other_start, other_end, other in spans
            if other != name
            and other_start <= start
            and end <= other_end
            and other_end - other_start > end - start
        }

    def _enum(self, parameter: Parameter, options: list[Any] | None = None) -> Argument | None:
        """One of the enum's options (or of the closed choices a string's description lists in prose,
        `options`: "Either 'buy' or 'sell'", "Size: small, medium or large" are read as an enum's)."""
        prose = options is not None
        options = parameter.spec["enum"] if options is None else options
        found = self._quantified(options, self._own_options(parameter, options))
        if not found and prose:  # no glosses in prose: the options are bare words, said or meant
            return self._meant_option(parameter, options)
        if not found:
            return (
                self._language_code(parameter, options)
                or self._zone_option(parameter, options)
                or self._glossed(parameter, options)
                or self._coded_option(parameter, options)
                or self._first_in_order(parameter, options)
                or self._counted_option(parameter, options)
                or self._meant_option(parameter, options)
            )

        counted = {position for position, _, _ in found if self._counts_a_number(position)}

        def nearness(item: tuple[int, Any, str]) -> float:
            position, _, words = item
            spot = Mention("phrase", words, words, position, position + len(words.split()))
            return link(parameter, spot, self.reading).score + self._converted(parameter, position, counted)

        best = max(
            found, key=nearness
        )  # the option its own words stand by ("canyon express"); else the first
        position, option, words = best
        joined = self._coordinated_run(parameter, found, found.index(best))
        for at, _, said in joined:
            self._consume_words(at, said)
        if len(joined) > 1:
            self.enum_series[parameter.name] = [option for _, option, _ in joined]
        rule_score = 2.0
        if not parameter.required and not self._near_own_words(parameter, position):
            rule_score = 1.5
        return Argument(parameter.name, option, "enum", rule_score, f"“{words}” is one of its options")

    def _quantified(
        self, options: list[Any], found: list[tuple[int, Any, str]]
    ) -> list[tuple[int, Any, str]]:
        """The options named, less a catch-all ("all", "any") the clause says only as the determiner of a
        noun phrase whose modifier names a specific option: "list all pending orders", "all the vegan
        recipes", "all of my train bookings". "All" there quantifies the things listed, the modifier says
        which of them. The modifier may name the option by a longer form of the option's one word
        ("all PostgreSQL servers" for `postgres`, "all MongoDB connections" for `mongo`: the word begins
        with the option, four letters at least, and no other option), also as the first word of a proper
        name there ("all the Redis Enterprise Cloud databases": the product's name says its kind). "List
        all orders", "bookings of all types", "all of them" narrow nothing and keep the catch-all."""
        tokens = self.reading.tokens
        kept = list(found)
        for entry in found:
            position, option, words = entry
            if words.lower() not in _CATCH_ALL:
                continue
            k = position + 1
            while k < len(tokens) and (tokens[k].lower in DETERMINERS or tokens[k].lower == "of"):
                k += 1
            modifiers = range(k, min(k + 2, len(tokens) - 1))  # the head noun follows the modifier
            if any(other_at in modifiers and other is not option for other_at, other, _ in found):
                kept.remove(entry)
                continue
            for at in modifiers:
                if tokens[at].kind != "word" or at in self.consumed:
                    continue
                longer = [
                    o
                    for o in options
                    if isinstance(o, str)
                    and re.fullmatch(r"[a-z]{4,}", o.lower())
                    and o.lower() not in _CATCH_ALL
                    and tokens[at].lower.startswith(o.lower())
                ]
                if len(longer) == 1:
                    kept.remove(entry)
                    kept.append((at, longer[0], tokens[at].text))
                    break
        return sorted(kept, key=lambda f: f[0])

    def _counted_option(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """For options that are numbers (`num_passengers` one of 1 to 5, also written as strings: "1", "2",
        "3" or "dontcare"), the number the request links to the parameter as it would for a plain number
        parameter, when it is an option: "for two people" counts the passengers though "two" is no
        option's written form, and "a single room" is the rooms' "1"."""
        if parameter.type not in ("integer", "number") and not any(_digits(o) for o in options):
            return None
        best: tuple[float, Mention, Any] | None = None
        for mention in self.reading.mentions:
            if mention.kind != "number" or not isinstance(mention.value, (int, float)):
                continue
            option = next(
                (
                    o
                    for o in options
                    if isinstance(o, (int, float))
                    and o == mention.value
                    or _digits(o)
                    and float(o) == mention.value
                ),
                None,
            )
            if option is None:
                continue
            score = link(parameter, mention, self.reading).score
            if score >= OPTIONAL_EVIDENCE and (best is None or score > best[0]):
                best = (score, mention, option)
        if best is None:
            return None
        _, mention, option = best
        return Argument(parameter.name, option, "enum", 1.5, f"“{mention.text}”: the option {option}")

    def _first_in_order(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """The descending option of a sort order ("ASC"/"DESC", "ascending"/"descending") for "newest
        first", "highest first", "most recent first", the ascending one for "oldest first", "cheapest
        first": what comes first in a list says its order, as "in descending order" does — the most or
        latest first is the high end first, whatever the list is sorted by."""
        ends = {}
        for option in options:
            word = str(option).lower()
            for end in ("asc", "desc"):
                if word.startswith(end) and end not in ends:
                    ends[end] = option
        if len(ends) < 2:
            return None
        said = _FIRST_IN_ORDER.search(self.reading.text)
        if said is None:
            return None
        option = ends["desc" if said.group("high") else "asc"]
        return Argument(parameter.name, option, "enum", 1.5, f"“{said.group(0)}”: the option “{option}”")

    def _counts_a_number(self, position: int) -> bool:
        """Whether the option's word at `position` is the unit of the number right before it ("2 cups")."""
        return position > 0 and self.reading.tokens[position - 1].kind == "number"

    def _converted(self, parameter: Parameter, position: int, counted: set[int]) -> float:
        """A conversion's two ends among one list of options ("How many grams is 2 cups?" for `from_unit`
        and `to_unit`): as with currencies, the unit an amount is written in is the one converted from,
        and the unit named with no amount, beside one that has it, the one converted to — whichever
        English names first."""
        if not counted or len(counted) > 1:
            return 0.0
        if parameter.named(SOURCE):
            return 1.0 if position in counted else 0.0
        if parameter.named(GOAL):
            return 1.0 if position not in counted else 0.0
        return 0.0

    def _coordinated_run(
        self, parameter: Parameter, found: list[tuple[int, Any, str]], at: int
    ) -> list[tuple[int, Any, str]]:
        """The options coordinated with the chosen one, before and after it, in text order ("Minor and
        **Major** severity", "type 'Civil' and 'Criminal'"): the series is the same wherever in it the
        parameter's own words stand."""
        run = [found[at]]
        for earlier in reversed(found[:at]):
            if not self._coordinated(parameter, earlier[0], earlier[0] + len(earlier[2].split()), run[0][0]):
                break
            run.insert(0, earlier)
        for later in found[at + 1 :]:
            end = run[-1][0] + len(run[-1][2].split())
            if not (
                self._coordinated(parameter, run[0][0], end, later[0])
                or self._modifying_alike(end, later[0], later[0] + len(later[2].split()), run[-1][0])
            ):
                break
            run.append(later)
        return run

    def _modifying_alike(self, end: int, start: int, after: int, first: int = -1) -> bool:
        """Whether two options each modify a noun of their own, joined as a pair of noun phrases ("jazz
        **gigs** or comedy **shows**", "music concerts or theatre plays"): the first option's noun, then
        only "and"/"or", a comma or an article before the second option, and a noun right after that one.
        Each phrase names a kind of thing by its option, so the two options are coordinated as "jazz or
        comedy" would be — the asker wants both kinds (one call each), as "jazz and comedy events" does.
        Only "and" joins them so: "a jazz gig or a comedy show" offers a choice, and even "any jazz gigs or
        comedy shows" may be one search the asker would take either kind from (the first option stays) —
        unless "any" opens the first phrase ("any music concerts or theater plays"): any of the kinds is
        welcome, so each kind is searched (one call each), as a careful model looks in both."""
        tokens = self.reading.tokens
        joining = {"and", "&", "or"} if first > 0 and tokens[first - 1].lower == "any" else {"and", "&"}
        if after >= len(tokens) or end >= start:
            return False

        def a_noun(token: Any) -> bool:
            return (
                token.kind == "word"
                and token.text.isalpha()
                and not lexicon.is_function_word(token.text)
                and "NOUN" in lexicon.parts(token.lower)
            )

        head, joins = tokens[end], [t.lower for t in tokens[end + 1 : start] if t.text not in QUOTES]
        return (
            a_noun(head)
            and a_noun(tokens[after])
            and bool(joins)
            and bool(set(joins) & joining)
            and all(w in {",", "and", "&", "or", "the", "a", "an", "some"} for w in joins)
        )

    def _coordinated(
        self, parameter: Parameter, first: int, end: int, start: int, *, own_words: bool = True
    ) -> bool:
        """Whether the words between two options (from `end` to `start`) only coordinate them: "and",
        "or" ("as well as": "economy as well as business"), commas, articles, the parameter's own words
        (for enum options: "cash or card payment"), or the words that led into the first option said again
        ("the past week, the past month").
        Quotation marks around the options ("'Civil' and 'Criminal'") only set them off."""
        tokens = self.reading.tokens
        before, after = self.reading.at(end - 1), self.reading.at(start)
        series = before is not None and after is not None and before is not after and before.group is not None
        if (
            series
            and before.group == after.group
            and parenthesised(tokens, before)
            and parenthesised(tokens, after)
        ):
            # members of one series in parentheses ("genotype (AA), genotype (Aa)", `mentions._bracketed`);
            # other series the reading groups ("beacon express and cabin standard") may give each member to
            # its own parameter
            return True
        # "as well as" joins two options as "and" does ("economy as well as business")
        said = series_words([t for t in tokens[end:start] if t.text not in QUOTES], 0, start - end)
        if self._another_name_between(parameter, said):
            return False
        said = _unmodified(said)
        between = set(said)
        lead = {t.lower for t in tokens[max(0, first - 2) : first] if t.kind == "word"}
        return (
            bool(between)
            and bool(between & {",", "and", "or", "&"})
            and all(
                w in {",", "and", "or", "&", "the", "a", "an"}
                or w in lead
                or own_words
                and lexicon.root(w) in parameter.keys
                for w in between
            )
        )

    def _another_name_between(self, parameter: Parameter, words: list[str]) -> bool:
        """Whether the words between two options name another parameter of the tool ("cabin express and
        **fossil** standard"): the second option is that parameter's, labelled by its name, so the two are
        no series of this one — even when the name could also be read as an adjective ("fossil")."""
        own = {lexicon.root(w) for w in parameter.name_words}
        others = {
            lexicon.root(w) for other in self._all if other.name != parameter.name for w in other.name_words
        }
        return any(lexicon.root(w) in others - own for w in words if w.isalpha())

    def _glossed(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """The option whose gloss in the description shares most words with the request ("billing for
        invoices and payments, shipping for deliveries": "my delivery has not arrived" → shipping). The
        parameter's own name words in a gloss say only what the parameter is, not which option ("'dontcare'
        if there is no specific requirement for the number of beds" is not what "two beds" asks)."""
        description = parameter.description
        own = {lexicon.root(w) for w in parameter.name_words}
        places = sorted(
            (m.start(), m.end(), option)
            for option in options
            if isinstance(option, str)
            for m in [re.search(rf"\b{re.escape(option)}\b", description, re.I)]
            if m is not None
        )
        asked = {lexicon.root(w) for w in words_of(self.reading.text) if not lexicon.is_function_word(w)}
        scored = []
        for i, (_, end, option) in enumerate(places):
            stop = places[i + 1][0] if i + 1 < len(places) else len(description)
            gloss = {
                lexicon.root(w)
                for w in words_of(description[end:stop])
                if not lexicon.is_function_word(w) and lexicon.root(w) not in own
            }
            shared = sorted(r for r in asked if any(lexicon.related_roots(r, g) for g in gloss))
            if shared:
                scored.append((len(shared), option, shared))
        scored.sort(key=lambda item: -item[0])
        if not scored or len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None
        _, option, shared = scored[0]
        return Argument(parameter.name, option, "enum", 1.0, f"its gloss shares “{', '.join(shared)}”")

    def _coded_option(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """For an enum of numbers the description maps from words ("1 for cleaning, 2 for ironing"), the
        option of the entry the request names (`leftovers._coded`), when it is one of the options."""
        coded = self._coded(parameter) if parameter.required else None
        if coded is None:
            return None
        option = next((o for o in options if str(o) == str(coded.value)), None)
        return None if option is None else Argument(parameter.name, option, "enum", 1.0, coded.evidence)

    def _language_code(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """For an enum of language codes (every option one: "en", "de", "pt-BR"), the code of the language
        the request names ("in German" → "de")."""
        names = {o: lexicon.language_name(o) for o in options if isinstance(o, str)}
        if len(names) < 2 or len(names) != len(options) or not all(names.values()):
            return None
        tokens = self.reading.tokens
        for option, name in sorted(names.items(), key=lambda item: -len(item[1].split())):
            wanted = name.lower().split()
            n = len(wanted)
            for i in range(len(tokens) - n + 1):
                span = range(i, i + n)
                if [t.lower for t in tokens[i : i + n]] == wanted and not self.consumed & set(span):
                    self._consume_words(i, " ".join(t.text for t in tokens[i : i + n]))
                    return Argument(
                        parameter.name, option, "enum", 2.0, f"“{name}” is the language “{option}”"
                    )
        return None

    def _zone_option(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """For an enum of IANA time zones ("Europe/London", "America/New_York", "UTC"), the zone whose clock
        a place the request names keeps: an identifier is the name of a place's clock, and people name the
        clock by its place ("8pm London time", "I'm in Sydney", "Mumbai time" → "Asia/Kolkata", "Japan
        time"; `world.zone_of`). The place stands right before "time", "hours" or "clock", else right after
        "in" or "from", and is written with a capital (a month, "March", or a team, "Liverpool's", is no
        clock); the longest run of words that names a place counts ("New York", not "York"). Only a zone
        that is one of the options, and only one, is taken: a place whose clock is no option ("Berlin
        time" against London and Paris) or a country of several clocks ("Brazil") leaves the value asked
        for. A place said before "time" names the clock and nothing else ("insulin at 07:30 Mumbai time"
        has no medication Mumbai); one after "in" stays free for a parameter that takes the place itself."""
        if sum(world.is_zone(o) for o in options) < 2:
            return None
        tokens = self.reading.tokens
        in_dates = {i for m in self.reading.mentions if m.kind in ("date", "time") for i in m.span}

        def place(start: int, end: int) -> str | None:
            run = tokens[start:end]
            if (
                start < 0
                or end > len(tokens)
                or not run
                or any(t.kind != "word" or i in in_dates for i, t in enumerate(run, start))
                or not run[0].text[:1].isupper()
            ):
                return None
            zone = world.zone_of(" ".join(t.text for t in run))
            return zone if zone in options else None

        clocked, placed = [], []
        for i, token in enumerate(tokens):
            if token.lower in ("time", "hours", "clock"):
                n, zone = next(((n, z) for n in (3, 2, 1) if (z := place(i - n, i))), (0, None))
                if zone is not None:
                    clocked.append((zone, i - n, n + 1))  # the place and its "time"
            if token.lower in ("in", "from"):
                zone = next((z for n in (3, 2, 1) if (z := place(i + 1, i + 1 + n))), None)
                if zone is not None:
                    placed.append((zone, i, 0))
        found = {zone for zone, _, _ in clocked} or {zone for zone, _, _ in placed}
        if len(found) != 1:
            return None
        option = found.pop()
        for _, start, n in clocked:
            self._consume_words(start, " ".join(t.text for t in tokens[start : start + n]))
        return Argument(parameter.name, option, "enum", 1.5, f"a place named keeps the clock “{option}”")

    def _meant_option(self, parameter: Parameter, options: list[Any]) -> Argument | None:
        """The one option a word of the request means, for an enum none of whose options is written: a
        synonym ("a 30-year-old woman" → "female", "by bike" → "BICYCLING"), or the option mistyped ("2 seats
        luxary" → "Luxury", `lexicon.mistypes`: a word the dictionary lacks, a letter or two off the option),
        or the full word of a clipped compound ("science fiction", "a Science related film" → "Sci-fi",
        `_said_unclipped`), or a word of its family ("a dramatic story" → "Drama", "mysterious" → "Mystery",
        `lexicon.related`; not a word of the parameter's own name's family: "average priced" is no
        "pricey" of `price_range`), when that word means no other option as well and the word is no part of a name."""
        words = [o for o in options if isinstance(o, str) and re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)?", o)]
        if len(words) < 2:
            return None
        inside = {i for m in self.reading.mentions if m.kind in ("name", "quoted") for i in m.span}
        # a capitalised word reads as a one-word name, yet may be an option mistyped ("new Electropp songs")
        # or a clipped option's full word ("a Science related movie"): such a name is compared by spelling only
        lone = {m.first for m in self.reading.mentions if m.kind == "name" and len(m.span) == 1}
        meant = []
        for i, token in enumerate(self.reading.tokens):
            if (
                token.kind != "word"
                or i in self.consumed
                or i in inside
                and i not in lone
                or lexicon.is_function_word(token.lower)
            ):
                continue
            if i in inside:
                near = [
                    o
                    for o in words
                    if lexicon.mistypes(token.lower, o) or _said_unclipped(self.reading.tokens, i, o)
                ]
                if len(near) == 1:
                    meant.append((i, near[0], token.text))
                continue
            stem = lexicon.lemma(re.sub(r"['’]s?$", "", token.lower))  # "men's" writes "men" itself
            # a word of the parameter's own family names what it measures, not a value ("average priced"
            # for `price_range` is no "pricey")
            own = any(lexicon.related(token.lower, w) for w in parameter.name_words)
            near = (
                [o for o in words if lexicon.lemma(o.lower()) == stem]
                or [o for o in words if " " not in o and lexicon.related(token.lower, o.lower()) and not own]
                or [o for o in words if lexicon.mistypes(token.lower, o)]
                or [o for o in words if _said_unclipped(self.reading.tokens, i, o)]
                or [o for o in words if meaning.similarity(token.lower, o.lower()) >= meaning.SYNONYM]
            )
            if len(near) == 1:
                meant.append((i, near[0], token.text))
        if not meant and parameter.named(GENRE | {"theme"}):
            meant = self._kind_meant(words, inside)
        if len({option for _, option, _ in meant}) != 1:
            return None
        position, option, word = meant[0]
        self._consume_words(position, word)
        return Argument(parameter.name, option, "enum", 1.5, f"“{word}” means the option “{option}”")

    def _kind_meant(self, words: list[str], inside: set[int]) -> list[tuple[int, str, str]]:
        """For a parameter that holds which kind of the tool's thing is meant (`genre`, `category`,
        `theme`), the options plain words of the request mean, though less closely than a synonym: people
        name a kind by what it is like ("scary books" are Horror, "funny podcasts" Comedy, "cartoon shows"
        Animation, "football games" Sports), a word before the noun it modifies or after "about"
        (`_describes`). A word counts when the option is near it in meaning
        (`_KIND_NEAR`) and clearly nearer than every other option that is no compound of the same word
        ("Comedy-drama" is Comedy's own kin, no rival); a name, a quoted value or a function word counts
        not."""
        found = []
        tokens = self.reading.tokens
        for i, token in enumerate(tokens):
            if (
                token.kind != "word"
                or i in self.consumed
                or i in inside
                or lexicon.is_function_word(token.lower)
                or not token.lower.isalpha()
                or not self._describes(i)
            ):
                continue
            scored = sorted(((meaning.similarity(token.lower, o.lower()), o) for o in words), reverse=True)
            best, option = scored[0]
            own = set(re.split(r"[ -]", option.lower()))
            rivals = [score for score, o in scored[1:] if not own & set(re.split(r"[ -]", o.lower()))]
            if best >= _KIND_NEAR and (not rivals or best - rivals[0] >= _KIND_LEAD):
                found.append((i, option, token.text))
        return found

    def _describes(self, i: int) -> bool:
        """Whether the word at `i` says what a thing is like or about: it stands before the noun it modifies
        ("scary books", "ghost stories", "football games") or after "about" ("podcasts about football");
        a word that ends its phrase ("I'd like some nostalgia and …", "find songs.") describes nothing."""
        tokens = self.reading.tokens
        if i > 0 and tokens[i - 1].lower == "about":
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return (
            nxt is not None
            and nxt.kind == "word"
            and nxt.lower.isalpha()
            and not lexicon.is_function_word(nxt.lower)
        )

    def _enum_list(self, parameter: Parameter) -> Argument | None:
        found = self._own_options(parameter, parameter.item["enum"])
        if not found:
            return None
        values = list(dict.fromkeys(option for _, option, _ in found))
        for position, _, words in found:
            self._consume_words(position, words)
        return Argument(parameter.name, values, "enum", 2.0, "options named: " + ", ".join(map(str, values)))

    def _own_options(self, parameter: Parameter, options: list[Any]) -> list[tuple[int, Any, str]]:
        shadowed = getattr(self, "_shadowed", set())
        found = [f for f in self._options(options) if (parameter.name, f[0]) not in shadowed]
        return found or self._hyphened_to_own_noun(parameter, options)

    def _hyphened_to_own_noun(self, parameter: Parameter, options: list[Any]) -> list[tuple[int, Any, str]]:
        """An option joined by a hyphen to the parameter's own noun ("a high-priority email" for
        `priority` with options low/normal/high), or named with it ("the Supreme Court" for `court` with
        options supreme/appellate/…): the compound says which of its options it is."""
        own = {lexicon.root(w) for w in parameter.name_words}
        by_lemma = {lexicon.lemma(str(o).lower()): o for o in options if isinstance(o, str) and " " not in o}
        for option in options:  # "a four-star inn" for `stars` with options "1" … "5": the number spelled
            number = str(option).strip()
            if number.isdigit():
                by_lemma.setdefault(number, option)
        found = []
        for i, token in enumerate(self.reading.tokens):
            parts = token.lower.split("-")
            if len(parts) == 2 and (count := lexicon.number_word(parts[0])) is not None:
                parts = [str(count), parts[1]]
            if (
                token.kind == "word"
                and i not in self.consumed
                and len(parts) == 2
                and lexicon.root(parts[1]) in own
                and lexicon.lemma(parts[0]) in by_lemma
            ):
                found.append((i, by_lemma[lexicon.lemma(parts[0])], token.text))
        for mention in self.reading.mentions:  # "the Supreme Court" for `court`: the name's other word is
            # the parameter's own noun, so the option inside it is said of the parameter, not of more
            spoken = [i for i in mention.span if self.reading.tokens[i].kind == "word"]
            if mention.kind != "name" or len(spoken) != 2 or self.consumed & set(spoken):
                continue
            first, second = (self.reading.tokens[i].lower for i in spoken)
            if lexicon.root(second) in own and lexicon.lemma(first) in by_lemma:
                found.append((spoken[0], by_lemma[lexicon.lemma(first)], self.reading.tokens[spoken[0]].text))
        return sorted(found)

    def _options(self, options: list[Any]) -> list[tuple[int, Any, str]]:
        """(token position, option, words) for each option the clause names, in text order.

        An option is named by its words, word for word by lemma ("six_months" ~ "six months",
        "Scenic View" ~ "scenic views", "children" ~ "child", and a noun the dictionary lacks by the
        rules English inflects nouns with: "condos" ~ "condo"), also a closed compound written open
        ("sun set" ~ "sunset"), also joined by hyphens ("gluten-free" ~
        "Gluten Free"; also as a clause's last word, where the option's words would run past its end:
        "classes that are low-impact"), but not inside a proper name or a quote
        that says more ("Natural History Museum" does not name the option "history").
        """
        tokens = self.reading.tokens
        texts = tuple((t.text, True) if t.kind == "word" else (t.lower, False) for t in tokens)
        lemmas = list(_option_lemmas(texts))
        word_spans = {
            id(m): [i for i in m.span if tokens[i].kind in ("word", "number")] for m in self.reading.mentions
        }
        inside = set()
        for m in self.reading.mentions:
            # a name's words that name the tool ("Uber" in "a Comfort Uber ride" for `uber_ride`) are the
            # thing the option modifies, no part of a proper name that would hide the option
            own = [
                i
                for i in word_spans[id(m)]
                if m.kind == "quoted" or lexicon.root(tokens[i].text) not in self.name_roots
            ]
            if m.kind in ("name", "quoted") and len(own) > 1:
                inside.update(own)
        found = []
        lowered = [str(o).lower() for o in options]
        in_dates = {i for m in self.reading.mentions if m.kind in ("date", "time") for i in m.span}
        for option in options:
            words = words_of(str(option)) or [str(option).lower()]
            wanted = [lexicon.lemma(w) for w in words]
            if lowered.count(str(option).lower()) > 1:
                # options that differ only by case ("AA", "Aa", "aa" genotypes) are named as written
                written = [
                    i for i, t in enumerate(tokens) if t.text == str(option) and i not in self.consumed
                ]
                found.extend((i, option, str(option)) for i in written[:1])
                continue
            spelled = unit_of(str(option)) if len(words) == 1 else ""
            if spelled and lexicon.lemma(spelled) != wanted[0]:
                # a unit's symbol ("lb") is named by the unit's name too ("in pounds")
                named = next(
                    (
                        i
                        for i, lemma in enumerate(lemmas)
                        if i not in self.consumed and lemma == lexicon.lemma(spelled)
                    ),
                    None,
                )
                if named is not None and not any(lemmas[i] == wanted[0] for i in range(len(tokens))):
                    found.append((named, option, tokens[named].text))
                    continue
            symbol = self._unit_symbol_naming(wanted[0]) if len(words) == 1 else None
            if symbol is not None and not any(lemmas[i] == wanted[0] for i in range(len(tokens))):
                found.append((symbol, option, tokens[symbol].text))
                continue
            n = len(words)
            if str(option).isdigit():
                # a number option ("riders" one of 1 … 5) is never named by a digit of a date or a time
                # ("on March 4th", "at 5:30"): that digit is the day's or the hour's, not a count
                written = next(
                    (
                        i
                        for i, t in enumerate(tokens)
                        if i not in self.consumed and i not in in_dates and t.text == str(option)
                    ),
                    None,
                )
                if written is not None:
                    found.append((written, option, tokens[written].text))
                continue
            if n > 1 or re.search(r"\d", str(option)):
                # "FedEx", "iPhone": one word as the option spells it, not its parts; a code with digits
                # by its letters and digits alone, whatever marks or case the clause writes ("PM2.5" ~ "pm25")
                written = next(
                    (
                        i
                        for i, t in enumerate(tokens)
                        if i not in self.consumed
                        and (t.text == str(option) or _bare(t.text) == _bare(str(option)) and _bare(t.text))
                    ),
                    None,
                )
                if written is not None:
                    found.append((written, option, tokens[written].text))
                    continue
                joined = self._written_joined(str(option))
                if joined is not None:
                    found.append((joined, option, str(option)))
                    continue
            for i in range(len(tokens)):  # a hyphened word ends a clause: "classes that are low-impact"
                span = set(range(i, min(i + n, len(tokens))))
                if self.consumed & span:
                    continue
                whole = next((m for m in self.reading.mentions if set(word_spans[id(m)]) == span), None)
                if span & inside and whole is None:
                    continue
                if lemmas[i : i + n] == wanted or [t.lower for t in tokens[i : i + n]] == words:
                    found.append((i, option, " ".join(t.text for t in tokens[i : i + n])))
                    break
                if n == 2 and lemmas[i : i + n] == wanted[::-1] and self._verb_then_noun(i):
                    found.append((i, option, " ".join(t.text for t in tokens[i : i + n])))
                    break  # "welcomes pets" names `pets_welcome`: the option's verb said before its noun
                parts = tokens[i].lower.split("-")
                if n > 1 and len(parts) == n and [lexicon.lemma(w) for w in parts] == wanted:
                    found.append((i, option, tokens[i].text))  # "gluten-free" names "Gluten Free"
                    break
                if n == 1 and self._written_open(i, str(option)) and i + 1 not in self.consumed:
                    found.append((i, option, f"{tokens[i].text} {tokens[i + 1].text}"))  # "sun set"
                    break
        found.extend(self._clipped(options, found))
        return sorted(found, key=lambda f: f[0])

    def _written_joined(self, option: str) -> int | None:
        """Where a code of figures and letters ("3D", "5G", "4K") is written as one word that the tokens
        split into a number and a letter: tokens side by side, no space between, whose letters and digits
        are the option's (`_bare`); the first one's position, else None."""
        tokens, wanted = self.reading.tokens, _bare(option)
        for i in range(len(tokens) - 1):
            if i in self.consumed or i + 1 in self.consumed or tokens[i].end != tokens[i + 1].start:
                continue
            if _bare(tokens[i].text + tokens[i + 1].text) == wanted and wanted:
                return i
        return None

    def _verb_then_noun(self, i: int) -> bool:
        """Whether the two words at `i` may be a verb and its object ("allows dogs", "allow pets",
        "accepts cards"), so an option that names them the other way round ("dogs_allowed") is said by
        them: the dictionary knows the first as a verb and the second as a noun."""
        verb, noun = self.reading.tokens[i], self.reading.tokens[i + 1]
        return (
            verb.kind == noun.kind == "word"
            and "VERB" in lexicon.parts(verb.lower)
            and "NOUN" in lexicon.parts(noun.lower)
            and not lexicon.is_function_word(noun.lower)
        )

    def _clipped(self, options: list[Any], found: list[tuple[int, Any, str]]) -> list[tuple[int, Any, str]]:
        """Options named by a clipped word in a series whose other members name options ("protein,
        calories and carbs" names "Carbohydrates", "fat, fiber and vits" "Vitamins"): a word of four
        letters or more, less a plural "s", that begins the option's one word and no other option's."""
        named = {i for i, _, _ in found}
        taken = {str(o) for _, o, _ in found}
        tokens = self.reading.tokens
        extra = []
        for mention in self.reading.mentions:
            members = [
                m for m in self.reading.mentions if mention.group is not None and m.group == mention.group
            ]
            if mention.last - mention.first != 1 or not any(
                m.first in named for m in members if m is not mention
            ):
                continue
            stem = tokens[mention.first].lower.removesuffix("s")
            if len(stem) < 4 or mention.first in named or mention.first in self.consumed:
                continue
            starts = [o for o in options if " " not in str(o) and str(o).lower().startswith(stem)]
            if len(starts) == 1 and str(starts[0]) not in taken and len(str(starts[0])) > len(stem) + 1:
                extra.append((mention.first, starts[0], tokens[mention.first].text))
        return extra

    def _written_open(self, i: int, option: str) -> bool:
        """Whether the words at `i` and after it are the option, a closed compound, written open ("when
        does the sun set" names "sunset"): two dictionary words of three letters or more, the second
        in any inflection ("the sun sets")."""
        tokens = self.reading.tokens
        if i + 1 >= len(tokens):
            return False
        a, b = tokens[i], tokens[i + 1]
        return (
            a.kind == b.kind == "word"
            and len(a.text) >= 3
            and len(b.text) >= 3
            and lexicon.known(a.text)
            and lexicon.known(b.text)
            and a.lower + lexicon.lemma(b.lower) == option.lower()
        )

    def _unit_symbol_naming(self, name: str) -> int | None:
        """Where a quantity's unit symbol names the unit whose name (as a lemma) is `name`: "38 °C" names
        the option "celsius", as "in pounds" names "lb" — the token right after the number, so the unit
        is read as the one the amount is written in (`_converted`: converted from)."""
        for mention in self.reading.mentions:
            if mention.kind != "number" or not mention.unit or mention.unit.lower() == name:
                continue
            spelled = unit_of(mention.unit)
            if not spelled or " " in spelled or lexicon.lemma(spelled) != name:
                continue
            digits = [i for i in mention.span if self.reading.tokens[i].kind == "number"]
            if digits and digits[-1] + 1 < mention.last and digits[-1] + 1 not in self.consumed:
                return digits[-1] + 1
        return None

    def _consume_words(self, position: int, words: str) -> None:
        if any(m.kind == "number" and m.unit and m.first < position < m.last for m in self.reading.mentions):
            return  # a unit's symbol inside a quantity ("38 °C") named the option; the number stays a value
        self.consumed.update(range(position, position + max(1, len(words.split()))))
        end = position + max(1, len(words.split()))
        for index, mention in enumerate(self.reading.mentions):
            spoken = [i for i in mention.span if self.reading.tokens[i].kind in ("word", "number")]
            if spoken and position <= spoken[0] and spoken[-1] < end:
                self.used.add(index)  # the option's words, quoted or not ("set to 'Retail'")

    def _near_own_words(self, parameter: Parameter, position: int) -> bool:
        window = self.reading.tokens[max(0, position - 4) : position + 5]
        return any(lexicon.root(t.text) in parameter.keys for t in window if t.kind == "word")

    def _boolean(self, parameter: Parameter) -> Argument | None:
        """True when the parameter's own words are in the clause, False when a negation governs them
        ("not", "without", "leave out", "avoids"; "less" right before them: "a less detailed summary").
        A parameter that names a negation itself (`avoid_tolls`, `exclude_weekends`) is True when the
        clause negates its object in other words ("without toll roads", "a route that avoids tolls") and
        False when it names the object plainly ("via toll roads"). A clause that says what
        the description says the flag does ("from largest to smallest") names it too. A word of the flag's
        name that is the unit of a stated quantity ("20 days" for `working_days_only`) counts that quantity
        and says nothing of the flag, whose other words must be said."""
        switched = self._switched(parameter)
        if switched is not None:
            return switched
        light = {lexicon.root(w) for w in LIGHT}
        wanted = [lexicon.root(w) for w in parameter.name_words if lexicon.root(w) not in light]
        if not wanted:
            wanted = [r for r in parameter.keys if r not in light][:3]
        if not wanted:
            return None
        # "20 days after …" counts days; it does not say `working_days_only`: the unit of a stated quantity
        # is that quantity's word, so the flag needs its other words ("working days only")
        units = {
            lexicon.root(w)
            for m in self.reading.mentions
            if m.kind == "number" and m.unit
            for w in m.unit.split()
        }
        wanted = [w for w in wanted if w not in units] or wanted
        tokens = self.reading.tokens
        compound = "".join(w for w in parameter.name_words if lexicon.root(w) in wanted)
        hits = [
            i
            for i, t in enumerate(tokens)
            if t.kind == "word"
            and (
                lexicon.root(t.text) in wanted
                or t.lower.replace("-", "") == compound
                or _affix_negated(t.lower) in wanted
                or _affix_welcomed(t.lower) in wanted
            )
        ]
        if any(tokens[i].lower.replace("-", "") == compound for i in hits):
            wanted = [compound]  # "multi-player" says `multiplayer` whole
        said = {lexicon.root(tokens[i].text) for i in hits} | {tokens[i].lower.replace("-", "") for i in hits}
        said |= {_affix_negated(tokens[i].lower) for i in hits} | {
            _affix_welcomed(tokens[i].lower) for i in hits
        }
        if not hits or len(said & set(wanted)) * 2 < len(set(wanted)):
            hits = self._description_said(parameter) or self._included(parameter)
            if not hits:
                return self._opposite_kept(parameter)
        first = hits[0]
        if self._indifferent_before(first):
            return None  # "I'm not bothered whether they are in stock": neither value is asked for
        both = _both_ways(tokens, first, {lexicon.root(w) for w in wanted})
        if both:
            self.enum_series[parameter.name] = [True, False]
            return Argument(
                parameter.name, True, "both ways", 2.0, f"“{both}”: asked both ways, one call each"
            )
        window = _own_part(tokens[max(0, first - 4) : first])
        negated = (
            any(_negation(t.text) for t in window)
            or bool(_affix_negated(tokens[first].lower))  # "a non-smoking room", "a pet-free cabin"
            or bool(_LEFT_OUT.search(" ".join(t.lower for t in window)))
            or (first > 0 and tokens[first - 1].lower == "less")  # "a less detailed account"
        )
        words = " ".join(tokens[i].text for i in hits)
        negative = any(w in lexicon.NEGATIONS for w in parameter.name_words)
        if negative and not any(_negation(tokens[i].text) for i in hits):
            if negated:
                return Argument(parameter.name, True, "negation", 2.0, f"“{words}” negated, as the name does")
            return Argument(
                parameter.name, False, "named", 2.0, f"“{words}” asked for, which the name negates"
            )
        if negated:
            return Argument(parameter.name, False, "negation", 2.0, f"“{words}” negated")
        return Argument(parameter.name, True, "named", 2.0, f"“{words}” asked for")

    def _indifferent_before(self, position: int) -> bool:
        """Whether the words before a flag's own words, in the same sentence, say the speaker does not
        mind either way ("I don't mind whether pets are allowed", "not concerned about having a garage or
        in-unit laundry", "I don't care about telehealth", "no matter if"): English says indifference so,
        and an indifferent request states neither True nor False — an optional flag stays out (its
        "not" negates no wish for the thing, so it is no False either)."""
        tokens = self.reading.tokens
        start = position
        while start > 0 and position - start < _INDIFFERENCE_REACH and tokens[start - 1].text not in ".;?!":
            start -= 1
        return bool(_INDIFFERENT.search(" ".join(t.lower for t in tokens[start:position])))

    def _switched(self, parameter: Parameter) -> Argument | None:
        """A flag that holds whether a thing is on (`on`, `enabled`, `active`, `power`, or a description
        "True to switch it on") is what the clause switches it to: "switch off the light", "turn the
        heating on" — the particle after a verb of switching says the state, whatever the thing is."""
        said = _SWITCHED.search(self.reading.text)
        if said is None:
            return None
        if not (set(parameter.name_words) & _ON_STATES or _TRUE_IS_ON.search(parameter.description)):
            return None
        state = said.group(1).lower() == "on"
        return Argument(parameter.name, state, "named", 2.0, f"“{said.group(0)}”: switched {said.group(1)}")

    def _opposite_kept(self, parameter: Parameter) -> Argument | None:
        """True for a flag that leaves out things by an adjective with a negating prefix (`excludeInactive`,
        `skip_unavailable`) when the clause asks for the things by the adjective itself, not negated: "the
        active repositories" keeps only the active ones, so the inactive are left out."""
        if not any(w in lexicon.NEGATIONS for w in parameter.name_words):
            return None
        tokens = self.reading.tokens
        for word in parameter.name_words:
            prefix = re.match(r"(?:non-?|un|in|im|il|ir)(?=[a-z]{4})", word)
            base = word[prefix.end() :] if prefix else ""
            if not base or not lexicon.known(base):
                continue
            for i, t in enumerate(tokens):
                if t.lower == base and not any(_negation(u.text) for u in tokens[max(0, i - 4) : i]):
                    return Argument(
                        parameter.name, True, "named", 2.0, f"“{t.text}” asked for, the opposite of “{word}”"
                    )
        return None

    def _included(self, parameter: Parameter) -> list[int]:
        """Where the clause asks to include a thing only the flag's description names ("list the '.csv'
        files, including the ones in subdirectories" for `recursive`, "Whether to recursively list files in
        all subdirectories"; "subfolders included"): a noun of the description that no sibling parameter
        and no word of the tool has, within a few words of "include" in any form — the word English asks
        for an optional part of a result with. The noun's position, else none."""
        tokens = self.reading.tokens
        own = {r for r, weight in parameter.keys.items() if weight < NAME_WEIGHT} - self.tool_words
        for i, token in enumerate(tokens):
            if (
                token.kind != "word"
                or lexicon.root(token.text) not in own
                or lexicon.is_function_word(token.text)
                or not ("NOUN" in lexicon.parts(token.text) or not lexicon.known(token.text))
            ):  # a noun, or a compound the dictionary lacks ("subdirectories")
                continue
            near = tokens[max(0, i - _INCLUDE_REACH) : i + 3]
            if any(lexicon.lemma(t.lower) == "include" for t in near):
                return [i]
        return []

    def _description_said(self, parameter: Parameter) -> list[int]:
        """Where the clause says what the description says the flag does, in its words ("sort 5, 3, 9
        from largest to smallest" for `descending`, "Sort from largest to smallest"): a run of three
        or more of its words, two of them content words — the token positions, else none."""
        said = re.sub(r"\bdefault\b.*", "", parameter.description, flags=re.I | re.S)
        described = words_of(said)
        tokens = self.reading.tokens
        words = [(i, t.lower) for i, t in enumerate(tokens) if t.kind == "word"]
        run = SequenceMatcher(None, [w for _, w in words], described, autojunk=False).find_longest_match()
        best = [i for i, _ in words[run.a : run.a + run.size]]
        content = [i for i in best if not lexicon.is_function_word(tokens[i].text)]
        return best if len(best) >= 3 and len(content) >= 2 else []

    def _expression(self, parameter: Parameter) -> Argument | None:
        share = percent_of(self.reading.text)
        if share is not None:
            part, base = share
            if base is None:
                numbers = self._context_numbers()
                if not numbers:
                    return None
                base = format_number(numbers[0])
                return Argument(
                    parameter.name,
                    f"{part} / 100 * {base}",
                    "context",
                    1.0,
                    "the number an earlier tool returned",
                )
            return Argument(parameter.name, f"{part} / 100 * {base}", "formula", 2.0, f"{part} % of {base}")
        formulas = [
            (i, m) for i, m in enumerate(self.reading.mentions) if m.kind == "formula" and i not in self.used
        ]
        if not formulas:
            quoted = [
                (i, m)
                for i, m in enumerate(self.reading.mentions)
                if m.kind == "quoted" and i not in self.used and FORMULA_LIKE.search(str(m.value))
            ]  # a quoted formula ("'x^3'", "'2x+5'"), not a quoted word ("'simpson'")
            if quoted and parameter.required:
                index, mention = quoted[0]
                self.used.add(index)
                self.placed[parameter.name] = index  # a member of a series: the call fans out over it
                return Argument(parameter.name, mention.value, "quoted", 1.0, f"“{mention.text}”")
            return None
        index, mention = max(formulas, key=lambda f: len(f[1].value))
        self.used.add(index)
        self.placed[parameter.name] = index
        return Argument(parameter.name, mention.value, "formula", 2.0, f"“{mention.text}”")


_INCLUDE_REACH = 4
"""How many words before a flag's noun "include" may stand ("including the ones in subdirectories")."""

_JOINS = frozenset({",", "and", "or", "&"})


def _unmodified(words: list[str]) -> list[str]:
    """The words between two options without the modifiers the second option takes after the coordinator
    ("the status and **scheduled** trial date", "the dosage and **common** side effects"): an adjective or
    a participle (at most two) before a noun only narrows that noun, so the options are still coordinated,
    as "the status and the trial date" are."""
    joins = [k for k, w in enumerate(words) if w in _JOINS]
    if not joins:
        return words
    after = words[joins[-1] + 1 :]
    modifiers = [w for w in after if w not in ("the", "a", "an")]
    if not modifiers or len(modifiers) > 2 or not all(_modifier(w) for w in modifiers):
        return words
    return words[: joins[-1] + 1] + [w for w in after if w in ("the", "a", "an")]


def _modifier(word: str) -> bool:
    """Whether a word can only modify the noun after it here: an adjective, or a verb's past participle
    ("scheduled", "known"); not a noun alone, nor a verb's base form ("find")."""
    parts = lexicon.parts(word)
    if "ADJ" in parts:
        return True
    return "VERB" in parts and re.fullmatch(r"[a-z]+(?:ed|[^aeiou]en|wn)", word) is not None


_WITH_AND_WITHOUT = re.compile(r"\b(?:with\s+and\s+without|without\s+and\s+with)\s+(?:(?:the|a|an|any)\s+)?$")
_BOTH_WAYS_FILLER = frozenset(
    {"both", "once", "also", "as", "well", "and", "then", ",", "not", "un", "a", "an"}
)
_AS_WELL_AS = re.compile(
    r"^(?:as\s+well\s+as|and\s+also|and)\s+(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[.?!;,]|$)"
)


def _both_ways(tokens: list, first: int, wanted: set[str]) -> str:
    """The words by which a clause asks a yes/no setting both ways, else "": "with and without tax" (the
    thing after both prepositions, or between them: "with tax and without"); the flag's word said plainly and negated, joined by "and" or "as well
    as" ("compressed as well as uncompressed", "sorted and unsorted", "once sorted and once not sorted");
    or a thing in the flag's form coordinated with a plain alternative in the same role ("in a formatted
    string as well as an array"). English coordinates the two values of one setting so to ask for each,
    as it does two options of a list ("by car and by bike")."""
    words = [t.lower for t in tokens]
    before = " ".join(words[max(0, first - 5) : first])
    if _WITH_AND_WITHOUT.search(before + " "):
        return f"{before.split('with', 1)[0]}with{before.split('with', 1)[1]} {tokens[first].text}".strip()
    near = [w for w in words[max(0, first - 3) : first] if w not in ("the", "a", "an", "any")]
    after = words[first + 1 : first + 3]
    if (
        near[-1:] in (["with"], ["without"])
        and after in (["and", "without"], ["and", "with"])
        and after[1] != near[-1]
    ):
        return " ".join(t.text for t in tokens[first - 1 : first + 3])  # "with tax and without"
    for second in range(first + 1, min(len(tokens), first + 6)):
        word = words[second]
        plain = lexicon.root(word) in wanted
        prefixed = re.fullmatch(r"un([a-z]{4,})", word)
        negated = prefixed is not None and lexicon.root(prefixed.group(1)) in wanted
        if not (plain or negated or _affix_negated(word) in wanted):
            continue
        between = words[first + 1 : second]
        said_not = plain and second > 0 and _negation(words[second - 1])
        if not (negated or said_not or _affix_negated(word) in wanted):
            return ""
        if not {"and", "well"} & set(between) or not set(between) <= _BOTH_WAYS_FILLER:
            return ""
        return " ".join(t.text for t in tokens[first : second + 1])
    # "a formatted string as well as an array": the head noun after the flag's word, then its alternative
    rest = " ".join(words[first + 2 : first + 12])
    if first > 0 and words[first - 1] in ("a", "an", "the") and _AS_WELL_AS.match(rest):
        return (
            " ".join(t.text for t in tokens[first - 1 : first + 2]) + " " + _AS_WELL_AS.match(rest).group(0)
        )
    return ""


def _digits(option: Any) -> bool:
    """Whether an enum's option is a whole number written as a string ("1", "2")."""
    return isinstance(option, str) and option.isdigit()


_KIND_OF = re.compile(r"\b(?:type|kind|category|sort|class|variety)\s+of\s+(?:the\s+|a\s+|an\s+)?([a-z]+)\b")


def kind_of_noun(description: str) -> str | None:
    """The noun a description calls the parameter a kind of ("The type of crime, e.g. property", "Optional.
    Kind of food"): for a parameter named only for a kind (`type`, `kind`), that noun is the one whose kind
    it holds, as `crime_type` would say — so the word the request sets before that noun ("violent crime")
    is its value, whether the parameter is required or not."""
    found = _KIND_OF.search(description.lower())
    return lexicon.root(found.group(1)) if found else None


COLOUR_WORDS = frozenset({"color", "colour", "colors", "colours"})
"""The word a parameter about colour says in its name or description (American and British spelling)."""

COLOUR_SIMILARITY = 0.18
"""How close in meaning to "color"/"colour" an adjective must be to be a colour: the plain colours score
0.19-0.39 ("blonde" 0.19, "brown" 0.23, "grey" 0.39), other adjectives stay below ("medium" 0.15, "bold"
0.17, "shiny" 0.15, "vintage" 0.12, "cheap" -0.04). Tone words score as colours ("dark" 0.34, "pale"
0.39): they shade the colour after them ("dark grey")."""


def _about_colour(parameter: Parameter) -> bool:
    """Whether the parameter's name or description says colour (`COLOUR_WORDS`)."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{parameter.name} {parameter.description}")}
    return bool((set(parameter.name_words) | said) & COLOUR_WORDS)


@lru_cache(maxsize=4096)
def _colour_like(word: str) -> bool:
    """Whether the word is an adjective that names a colour by its meaning (`COLOUR_SIMILARITY`)."""
    w = word.lower()
    if "ADJ" not in lexicon.parts(w) or lexicon.is_function_word(w):
        return False
    return max(meaning.similarity(w, "color"), meaning.similarity(w, "colour")) >= COLOUR_SIMILARITY
