"""How strongly the words around a mention say it is the value of a parameter.

A value goes to the parameter whose words stand next to it: "a charge of **2** coulombs" gives 2 to
`charge`, "**4** meters away" gives 4 to the parameter described "in meters". `link` scores one
parameter against one mention:

- **key** (5.0): written as `name=value` or `'name': value` with the parameter's name;
- **example** (3.0): the value is one the parameter's description gives as an example or option
  ("e.g. Celsius or Fahrenheit");
- **named** (up to the key word's weight, 2.0 for a name word, 1.0 for a description word): a
  parameter word before the value, joined to it by a *linking* word or nothing ("height of 5",
  "rate is 3%", "company Amazon", "numbered 2022/AL2562"), or right after it ("5 years",
  "3 bedrooms"); further away it counts less, and much less across another value;
- **unit** (1.5): the unit written with a number is one the parameter names ("4 m" ~ "in meters");
  a year ("in 2020") has the unit "year";
- **role** (1.0): a place after "in/at/near" for a place parameter; after "from" for a route's
  start, after "to" for its end; the currency an amount is written in for the currency converted
  from, one after "in"/"into" — or, beside an amount's currency, one no amount is written in ("how many
  Canadian dollars for 500 US dollars") — for the currency converted to; an identifier or an e-mail, URL or path for a parameter of that kind.

The score is the sum; `arguments` assigns values by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agentkit.local import lexicon, meaning
from agentkit.local.simulated import world
from agentkit.local.simulated.mentions import NAMING, Reading, dotted_name
from agentkit.local.simulated.parameters import (
    AGENT,
    GOAL,
    IDENTIFIER,
    KIND,
    MONEY,
    NAME,
    NAME_WEIGHT,
    PERFORMER,
    PERSONS,
    PLACE,
    PURPOSE,
    REASON,
    SOURCE,
    TOPIC,
    WRITTEN,
    Parameter,
    agent_noun,
    roots_of,
    words_of,
)
from agentkit.local.simulated.quantities import MEASURED, is_unit_name, unit_of
from agentkit.local.simulated.tokens import Mention
from agentkit.local.simulated.values import date_part

KEY, EXAMPLE, UNIT, ROLE = 5.0, 3.0, 1.5, 1.0
REQUIRED_EVIDENCE = 0.5
"""A required parameter takes a value scoring at least this (a description word near it will do) ..."""
OPTIONAL_EVIDENCE = 1.4
PHRASE_EVIDENCE = 1.0
"""A phrase (common nouns, "plasma membrane") is a value only when a parameter word is joined to it."""
LINKING = frozenset(
    "of is are was be = : as at to equals equal named called numbered titled with by for about around "
    "approximately roughly - being set saying".split()
)
"""Words that join a parameter's word to its value ("height **of** 5", "rate **is** 3%", "named 'X'")."""
LOCATIVE = frozenset("in at near around within inside on".split())
ARTICLES = frozenset("the a an its their his her my our your this that".split())


@dataclass(frozen=True)
class Link:
    score: float
    rule: str
    evidence: str


def link(parameter: Parameter, mention: Mention, reading: Reading) -> Link:
    """The evidence that `mention` holds `parameter`'s value, with the rule that weighed most."""
    if _per_unit(parameter, mention):
        return Link(0.0, "", "")
    counted = mention.attributes.get("counts_only")
    if counted:  # "a two-sample t-test" gives 2 to no parameter but one that counts samples
        weight = parameter.keys.get(lexicon.root(counted), 0.0)
        return Link(weight * 1.5, "named", f"how many “{counted}”") if weight else Link(0.0, "", "")
    parts: list[tuple[float, str, str]] = []
    key = mention.attributes.get("key")
    if key and _same_name(key, parameter.name):
        parts.append((KEY, "key", f"{key}={mention.text}"))
    example = example_for(parameter, mention)
    if example is not None and not conversion_end(parameter):
        parts.append((EXAMPLE, "example", f"“{example}” is an example its description gives"))
    named = _named(parameter, mention, reading)
    if named:
        parts.append(named)
    described = _described(parameter, mention, reading)
    if described:
        parts.append(described)
    purpose = _object_of_purpose(parameter, mention, reading)
    if purpose:
        parts.append(purpose)
    numbered = _numbered_noun(parameter, mention, reading)
    if numbered:
        parts.append(numbered)
    unit = _unit(parameter, mention, reading) or _counted_per(parameter, mention, reading)
    if unit:
        parts.append(unit)
    dimension = _dimension(parameter, mention, reading)
    if dimension:
        parts.append(dimension)
    role = _role(parameter, mention, reading)
    if role:
        parts.append(role)
    host = _host_form(parameter, mention)
    if host:
        parts.append(host)
    if not parts:
        return Link(0.0, "", "")
    total = sum(p[0] for p in parts)
    best = max(parts, key=lambda p: p[0])
    return Link(total, best[1], "; ".join(p[2] for p in parts))


_HOST_WORDS = frozenset({"host", "hostname", "ip", "domain"})
_IPV4 = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}")


def _host_form(parameter: Parameter, mention: Mention) -> tuple[float, str, str] | None:
    """A host or domain name ("db.example.org", `mentions.dotted_name`), an IPv4 address ("10.0.8.15") or a
    URL the request writes, for a string parameter whose own words (name, or description words no sibling
    shares) ask for a host, a hostname,
    an IP address or a domain: the value is in the very form asked for, evidence as strong as an example's,
    wherever the request puts it ("The server is located at db.example.org", "hosted at play.lan") — not the
    product's name before "server" ("a new MariaDB server"), nor another value placed by position."""
    if parameter.type != "string" or mention.kind not in ("identifier", "url"):
        return None
    value = str(mention.value)
    if mention.kind != "url" and not (_IPV4.fullmatch(value) or dotted_name(value)):
        return None
    if (set(parameter.keys) | parameter.name_roots).isdisjoint(lexicon.root(w) for w in _HOST_WORDS):
        return None  # its own words, not one it shares or quotes ("the same as 'host'" names no host)
    return EXAMPLE, "form", "a host name or an IP address, the form its description asks for"


@lru_cache(maxsize=4096)
def _lemmas_of(description: str) -> tuple[str, ...]:
    return tuple(lexicon.lemma(w) for w in re.findall(r"[a-z]+", description.lower()))


def _described(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """The words right before the value, joined to it by "to", "is", "of", "=" …, say the parameter's
    description again: "set the number of trees in the forest to 200" for the parameter described "The
    number of trees in the forest" (three words or more in its order, two of them content words, one of
    them its own, not a word every parameter's description shares) — a link as strong as its name."""
    words = _lemmas_of(parameter.description)
    tokens = reading.tokens
    k = mention.first - 1
    while k >= 0 and tokens[k].lower in LINKING and mention.first - k <= 2:
        k -= 1  # "… set to 200", "… is 12", "…: 5"
    if len(words) < 3 or k == mention.first - 1:
        return None
    run: list[str] = []
    while k >= 0 and tokens[k].kind == "word" and len(run) < 8:
        run.insert(0, lexicon.lemma(tokens[k].lower))
        k -= 1
    for start in range(len(run) - 2):
        phrase = run[start:]
        content = [w for w in phrase if not lexicon.is_function_word(w)]
        if len(content) < 2 or not any(lexicon.root(w) in parameter.keys for w in content):
            break  # words every parameter's description shares ("the anchor basket") single none out
        if any(tuple(phrase) == words[i : i + len(phrase)] for i in range(len(words) - len(phrase) + 1)):
            return ROLE * 2, "named", f"“{' '.join(phrase)}”, as its description says"
    return None


def _object_of_purpose(
    parameter: Parameter, mention: Mention, reading: Reading
) -> tuple[float, str, str] | None:
    """A description that ends on "to" and a verb names the parameter by what is done to it ("The variable
    to predict", "The dish to cook"): the object of that verb after "to" in the request is its value ("…
    to predict crop_yield", "to cook a risotto") — as strong as its name, above a word of it said nearby."""
    words = _lemmas_of(parameter.description)
    if len(words) < 3 or words[-2] != "to" or "VERB" not in lexicon.parts(words[-1]):
        return None
    tokens = reading.tokens
    k = mention.first - 1
    while k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    if k >= 1 and tokens[k - 1].lower == "to" and lexicon.lemma(tokens[k].lower) == words[-1]:
        return ROLE * 2, "named", f"the object of “to {tokens[k].text}”, as its description says"
    return None


def conversion_end(parameter: Parameter) -> bool:
    """Whether the parameter is one end of a currency conversion (`from_currency`, `to_currency`): the
    example its description gives ("ISO 4217 code of the source currency, e.g. USD") shows how a
    currency is written, which either end takes alike; which end a currency is, the clause says (the
    amount written in it, "in"/"into" before it), so the example is no evidence for this end."""
    return parameter.is_currency and bool(converts(parameter))


def _per_unit(parameter: Parameter, mention: Mention) -> bool:
    """Whether the number counts what the parameter is "per" by its unit ("1 gallon" for "coverage per
    gallon", "2 hours" for "a rate per hour"): the amount it divides by, not the value."""
    if mention.kind != "number" or not mention.unit or "/" in mention.unit or "per" in mention.unit.split():
        return False
    return any(lexicon.root(w) in parameter.per_roots for w in mention.unit.lower().split())


def example_for(parameter: Parameter, mention: Mention) -> str | None:
    """The description's example that the mention states: the same words, or the same lemmas
    ("detail" ~ "detailed"), or one of its words ("this weekend" ~ "weekend"), or the town of a
    "Town, ST" example."""
    if not isinstance(mention.value, str) or not parameter.examples:
        return None
    said = mention.value.lower()
    said_lemmas = [lexicon.lemma(w) for w in said.split()]
    for example in parameter.examples:
        wanted = example.lower()
        if said == wanted or said_lemmas == [lexicon.lemma(w) for w in wanted.split()]:
            return example
        if re.fullmatch(r"[^,]+, [A-Z]{2}", example) and said == wanted.partition(",")[0]:
            return example  # "Berkeley" for "e.g. Berkeley, CA": the town of a "Town, ST" example
        if mention.kind in ("date", "phrase") and " " not in wanted and wanted in said.split():
            return example
    return None


DIMENSION_SIMILARITY = 0.5
"""How close in meaning an adjective after a measure must be to a parameter's name word to name it:
"long"/`length` 0.56, "high"/`height` 0.50, "wide"/`width` 0.73 against "long"/`height` 0.00."""


def _dimension(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """The adjective right after a measure names the dimension it gives ("20 feet **long**", "3 m **wide**",
    "50 cm **high**"): the parameter whose name word is the adjective's noun in meaning (`meaning`,
    consulted only for a number with a unit and an adjective that names no parameter by its root)."""
    if parameter.kind not in ("number", "integer") or not mention.unit or mention.kind != "number":
        return None
    tokens = reading.tokens
    if mention.last >= len(tokens) or tokens[mention.last].kind != "word":
        return None
    word = tokens[mention.last].text
    if "ADJ" not in lexicon.parts(word) or lexicon.is_function_word(word):
        return None
    close = _dimension_word(word.lower(), tuple(parameter.name_words))
    return (NAME_WEIGHT, "named", f"“{word}” says {close}") if close else None


@lru_cache(maxsize=4096)
def _dimension_word(adjective: str, name_words: tuple[str, ...]) -> str:
    """The name word the adjective is the dimension of ("long" → "length"), or ""."""
    if any(is_word_of(adjective, lexicon.root(w)) for w in name_words):
        return ""  # named by its root already
    for w in name_words:
        if lexicon.known(w) and meaning.similarity(adjective, w) >= DIMENSION_SIMILARITY:
            return w
    return ""


def _same_name(key: str, name: str) -> bool:
    a = " ".join(lexicon.split_identifiers(key).lower().split())
    b = " ".join(lexicon.split_identifiers(name).lower().split())
    return a == b


def _named(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """The parameter's words near the mention, the nearest occurrence of each counted once; a word that is
    another number's unit belongs to that number, and one inside other quoted text to that text; a
    capitalised one inside the mention's own name says what it is ('Queens Hotel' for `hotel_name`);
    one after "same" asks for the value it had ("with the same half-life"), so names none beside it."""
    keys = parameter.keys
    if not keys:
        return None
    tokens = reading.tokens
    units = {j for m in reading.mentions if m is not mention and m.unit for j in m.span}
    units |= _rate_units(reading, mention)
    inside = {  # a word of quoted text or a name is that one's: "Hotel" in 'Queens Hotel' names no "Berlin",
        # "Act" in "Fair Housing Act" no "United States" after "of the" — but a name right before the
        # value labels it ("Case No 28473"), and a lone capital may be the parameter's own name ("K is 1.0")
        j
        for m in reading.mentions
        if m is not mention
        and (m.kind == "quoted" or m.kind == "name" and m.last - m.first > 1 and m.last != mention.first)
        for j in m.span
    }
    total = 0.0
    said: list[str] = []
    for root, weight in keys.items():
        best = 0.0
        where = ""
        for j, token in enumerate(tokens):
            if token.kind != "word" or j in units or j in inside:
                continue
            if not is_word_of(token.text, root) and not (
                weight >= NAME_WEIGHT and _names_as(token, root, j, mention, tokens)
            ):
                continue  # the unit of another value ("… for 5 years") is that value's word
            if j and tokens[j - 1].lower == "same":
                continue  # "after 20 years with the same half-life": the value kept, not one beside it
            if token.lower in NAMING and j >= mention.last:
                continue  # "morning labelled gym": a naming participle gives the value after it, not before
            if j >= mention.last and _labels_the_next(j, mention, reading):
                continue  # "semi-major axis 5 and semi-minor axis 3": "minor" is 3's label, not 5's
            if _act_for_whom(parameter, root, j, mention, tokens):
                continue  # "training for Anna Berg": Anna is trained, she is no `trainer`
            if j in mention.span:
                if mention.kind not in ("name", "quoted") or not token.text[:1].isupper():
                    continue  # a quoted sentence's "to" names no `to`: a name's capitalised word does
                strength = 0.8  # the name says what it is: "Louvre Museum" for `museum`, 'Queens Hotel'
            elif j < mention.first and _located(tokens[j + 1 : mention.first], mention, parameter):
                continue  # "Marriott hotels in 'Chicago'": the hotels are in Chicago, it is not their name
            else:
                head = _head_of(j, keys, tokens, mention) if weight < NAME_WEIGHT else j
                strength = _strength(head, mention, reading)
            if strength > best:
                best, where = strength, token.text
        if best:
            total += weight * best
            said.append(where)
    if not total:
        return None
    return total, "named", "near “" + ", ".join(dict.fromkeys(said)) + "”"


def _labels_the_next(j: int, mention: Mention, reading: Reading) -> bool:
    """Whether the word at `j`, after a number and the "and" or comma that closes it, opens the label of the
    next number: only words of a name (and "of", "is", "=", ":") stand between it and that number
    ("semi-major axis 5 and **semi-minor axis** 3", "initial velocity 5 and **final velocity** 20",
    "minimum temperature 10 and **maximum temperature** 25"). A parameter's name said right before a value
    labels that value, so it is no label of the value before it: twin parameters ("initial"/"final",
    "major"/"minor") take the values their own names stand before, not the one they follow. A word right
    after the number is its own ("2 moles at 300 K")."""
    if mention.kind != "number":
        return False
    tokens = reading.tokens
    if not any(t.lower == "and" or t.text in (",", ";") for t in tokens[mention.last : j]):
        return False
    following = next((m for m in reading.mentions if m.first > j), None)
    if following is None or following.kind != "number" or following.first - j > 5:
        return False
    for k in range(j + 1, following.first):
        token = tokens[k]
        if token.text in _LABEL_JOINS or token.lower in _LABEL_JOINS:
            continue
        if token.kind != "word" or lexicon.is_function_word(token.lower):
            return False
    return True


_LABEL_JOINS = frozenset("- = : of is are equals".split())
"""What may join a label to the value after it ("final velocity **of** 20", "max temperature **=** 25")."""


def _rate_units(reading: Reading, mention: Mention) -> set[int]:
    """The words after "per" right after another number ("45 minutes **per kg**", "at 3.50 **per kg**", "180
    kg **per hectare**"): what that rate is counted per, part of that number's unit — no label of a value
    beside them ("… per kg, and a 3.5 kg joint" is not named a weight by the rate's "kg")."""
    tokens = reading.tokens
    words: set[int] = set()
    for m in reading.mentions:
        if m is mention or m.kind != "number" or m.last >= len(tokens) or tokens[m.last].lower != "per":
            continue
        j = m.last + 1
        while j < len(tokens) and j < m.last + 3 and tokens[j].kind == "word":
            words.add(j)
            if not lexicon.is_function_word(tokens[j].text) and tokens[j].lower not in ("square", "cubic"):
                break
            j += 1
    return words


_NAME_ROOTS = frozenset(lexicon.root(w) for w in ("name", "title", "label"))
"""Words of a parameter that holds what a thing is called: a name, a title, or a label (an alarm's, a timer's,
a goal's) — what "called", "named", "titled" and "labelled" give."""


def _act_for_whom(parameter: Parameter, root: str, j: int, mention: Mention, tokens: list) -> bool:
    """Whether the word at `j` is the act whose doer the parameter names (its name word is the act's agent
    noun: "trainer", "interviewer", "inspector") and the value follows it after "for", at most two words
    between ("training for Anna Berg", "an inspection for Carla Mendes", "a 30-minute walk for Biscuit"):
    "for" after an act names whom the act serves, not who does it. The doer is named by its own noun
    ("with trainer Paul Meyer"), which this leaves alone."""
    first = mention.first
    if j >= first - 1 or tokens[first - 1].lower != "for" or first - 1 - j > 3:
        return False
    if any(t.kind != "word" or lexicon.is_function_word(t.text) for t in tokens[j + 1 : first - 1]):
        return False
    doer = next((w for w in parameter.name_words if lexicon.root(w) == root), "")
    said = tokens[j].lower
    return bool(doer) and said not in (doer, doer + "s") and agent_noun(doer)


def _names_as(token, root: str, j: int, mention: Mention, tokens: list) -> bool:
    """Whether a naming participle right before the value gives it as a name, title or label ("a field called
    'zip'", "the class titled 'Intro to Poetry'", "a timer named 'focus'"): the word of a parameter named for
    a name, title or label (not one whose description only says "name": "The name of the publisher" is no
    title). What a thing is called is its label as much as its name: "an alarm called 'gym'" → `label`."""
    return (
        root in _NAME_ROOTS
        and token.lower in NAMING
        and j < mention.first
        and all(t.text in "'\"“”" for t in tokens[j + 1 : mention.first])
    )


def labelled(parameter: Parameter, reading: Reading) -> bool:
    """Whether a word of the parameter's name is joined to a quoted value or a name as its label ("'Nordic'
    as the cuisine", "of category 'seasonal'", "the cuisine 'Nordic'"): the request gives the value, so no
    rule that guesses it from the words around a noun ("a dinner menu") should."""
    roots = parameter.name_roots - {lexicon.root("name")}
    for m in reading.mentions:
        if m.kind not in ("quoted", "name"):
            continue
        for j, token in enumerate(reading.tokens):
            if (
                token.kind == "word"
                and j not in m.span
                and lexicon.root(token.text) in roots
                and _strength(j, m, reading) >= 1.0
            ):
                return True
    return False


def _head_of(j: int, keys: dict[str, float], tokens: list, mention: Mention) -> int:
    """The last word of the run of the parameter's words that begins at j, before the value ("significance
    level of 0.01" for "Significance level"): a description's modifier in a compound is tied to the value
    as its head is (a word of the parameter's name weighs enough on its own)."""
    while (
        j + 1 < mention.first
        and tokens[j + 1].kind == "word"
        and any(is_word_of(tokens[j + 1].text, root) for root in keys)
    ):
        j += 1
    return j


_RESULTS = re.compile(r"\b(?:limit|top|results?|return|list|show|display|retrieve|fetch)\b", re.I)


def _caps_results(parameter: Parameter) -> bool:
    """Whether a number parameter says how many results to give (`limit`, `top_n`, "How many players to
    list", "Number of results to return")."""
    words = " ".join(parameter.name_words)
    return parameter.kind == "number" and bool(
        re.search(r"\b(?:limit|top|max results?|num results?|n results?)\b", words)
        or (parameter.is_count or re.match(r"\s*how many\b", parameter.description, re.I))
        and _RESULTS.search(parameter.description)
    )


def _counts_what_is_listed(parameter: Parameter, mention: Mention, reading: Reading) -> bool:
    """Whether a bare whole number stands right before the plural noun the tool lists ("find 3 podcasts about
    gardening"), for a parameter that caps the results: the number says how many of them to give, as "the top
    3" would. The noun is a word of that parameter's description or of the tool's own ("The most podcasts to
    return", "Find podcasts about a topic"); a number with a unit of its own ("3 kg") counts no results."""
    if mention.kind != "number" or mention.unit or mention.percent or mention.currency:
        return False
    if not float(mention.value).is_integer() or mention.last >= len(reading.tokens):
        return False
    noun = reading.tokens[mention.last]
    if noun.kind != "word" or not noun.lower.endswith("s") or not _caps_results(parameter):
        return False
    described = f"{parameter.description} {parameter.siblings[-1] if parameter.siblings else ''}"
    return lexicon.noun_lemma(noun.lower) != noun.lower and lexicon.root(noun.lower) in set(
        roots_of(described)
    )


def _located(between: list, mention: Mention, parameter: Parameter) -> bool:
    """Whether "in"/"near"/"inside"/"within" stands between a noun and the name after it ("courts in
    Bristol"): the name is where the thing is, a value for no parameter of the thing but a place one."""
    return (
        mention.kind in ("name", "quoted")
        and not parameter.has(PLACE)
        and any(t.lower in ("in", "near", "inside", "within") for t in between)
    )


@lru_cache(maxsize=65536)
def is_word_of(word: str, root: str) -> bool:
    """Whether a word of the request is the parameter's word `root` (a hyphenated word by its last
    part: "600 at-bats" for `at_bats`; also mistyped by a letter, "acceleeration", `lexicon.misspells`;
    a closed compound of the word and "set", "frame" or "name", which only label a value of the word's
    kind: "the dataset `sales`" for `data`, "the filename 'a.txt'" for `file`, "username" for `user`).
    Cached: it depends on the two words and the fixed lexicon alone (each parameter word is tried against
    every word of the request)."""
    if "-" in word.strip("-"):
        word = word.rsplit("-", 1)[1]
    if lexicon.is_function_word(word) and root not in ("to", "from") and not _inflects_content(word):
        return False  # but the past of "win" ("we won 18" for `wins`) is no "won" of "won't"
    lower = word.lower()
    if len(root) >= 4 and lower.startswith(root) and lower[len(root) :] in _LABEL_HEADS:
        return True
    r = lexicon.root(word)
    return lexicon.related_roots(r, root) or lexicon.misspells(word, root)


_LABEL_HEADS = frozenset({"set", "sets", "frame", "frames", "name", "names"})


def _inflects_content(word: str) -> bool:
    """Whether a word the function-word list holds (as a contraction's stem: "won" of "won't") is also
    the inflected form of a content word ("won", the past of "win"), which names a parameter of it."""
    lemma = lexicon.lemma(word.lower())
    return lemma != word.lower() and not lexicon.is_function_word(lemma)


_KIND_ROOTS = frozenset(lexicon.root(w) for w in KIND)
_PERFORMER_ROOTS = frozenset(lexicon.root(w) for w in PERFORMER)
"""The roots of the kind and performer nouns (`KIND`, `PERFORMER`), computed once."""


_SENTENCE_ENDS = frozenset(".?!")
"""Marks that end a sentence: a word after one is no label of a value before it."""


def _strength(j: int, mention: Mention, reading: Reading) -> float:
    """How closely a word at token j is tied to the mention: 1.0 joined, falling with distance.

    Before the value, the word is joined to it by linking words only ("height **of** 5", "rate is 3%",
    "company Amazon"), or it is a name the comma sets after the word ("my favourite **artist**, Ada
    Lane"); after it, the word follows it directly ("5 **years**", "3 **bedrooms**"; less when a name
    follows the word that way: "a Tennis **player**, Ada Lane"), not
    after "and" and an article, which open the next item ("'Age' and **a target** …"), as after a measure
    and "in" ("14 feet in **length**", "3 cm in **diameter**"), and not when it
    is a participle, whose object follows it ("Portland **avoiding** tolls" avoids the tolls); after a
    word or a name, less when a code or number follows the word, which it labels ("'Orion' **version** 2.1").
    Punctuation between them, or another value, loosens the tie.
    """
    tokens = reading.tokens
    if j >= mention.last and lexicon.is_function_word(tokens[j].text):
        return 0.0  # a preposition ("to", "from") points at what follows it, never back
    if (
        j >= mention.last
        and tokens[j].lower.endswith("ing")
        and "VERB" in lexicon.parts(tokens[j].text)
        and not _noun_after_unit(j, mention, reading)
    ):
        return 0.0  # "to Portland avoiding tolls": a participle takes what follows it as its object
    if j < mention.first:
        between = tokens[j + 1 : mention.first]
        if mention.kind == "name" and [t.text for t in between] == [","]:
            return 1.0  # "my favourite artist, Ada Lane": the name set after the noun is the one it means
        crossed = _values_between(reading, j + 1, mention.first, mention)
        content = [
            t
            for t in between
            if t.kind == "word"
            and not lexicon.is_function_word(t.text)
            and t.lower not in LINKING | IDENTIFIER
        ]
        # "workspace id NORTHWIND", "dataset UUID DS77QX": the word for a code after a noun is part of its
        # label, as "workspace NORTHWIND" says the same
        unlinked = [t for t in between if t.kind == "word" and t.lower not in LINKING | ARTICLES | IDENTIFIER]
        punctuated = any(t.kind == "punct" and t.text not in (":", "'", '"', "“", "”") for t in between)
        if _labels_before(reading, j):
            return 0.1  # "'Ocean' as the theme and 'Inter'": the role word is the earlier value's label
        if _apposed_back(reading, j) is not None:
            return 0.1  # "Lyon, the third city of France": the city is Lyon, France only where it is
        if not crossed and not unlinked and not punctuated and len(between) <= 3:
            return 1.0
        if not crossed and not punctuated and _modified_subject(between):
            return 0.9  # "the probability of success on each trial is 0.25"
        if crossed:
            return 0.0 if _joined_to_nearer(reading, j, mention) else 0.15 / (1 + len(content))
        return (0.25 if punctuated else 0.5) / (1 + len(content))
    between = tokens[mention.last : j]
    if any(t.kind == "punct" and t.text in _SENTENCE_ENDS for t in between):
        return 0.0  # "… it made $95,000. What was the revenue change?": a later sentence's word labels nothing before it
    crossed = _values_between(reading, mention.last, j, mention)
    punctuated = any(t.kind == "punct" for t in between)
    if not between and _apposed(reading, j):
        return 0.5  # "a Tennis player, Ada Lane": "Tennis" says which kind of player, the name who
    apposed_to = _apposed_back(reading, j)
    if apposed_to is not None:  # "Lyon, the third city of France": the noun the comma sets after a name
        return 0.9 if apposed_to is mention else 0.1  # says what that name is, not what its modifier is
    if mention.kind != "number" and _labels_next(reading, j):
        if not between:
            return 0.3  # "'autosave' version 3.10.2": the word labels the value after it, not the one before
        if all(t.text == "," for t in between):
            return 0.0  # "app 'notes-pro', version 'v3'": the comma closes the first value's item
    if not between:
        return 1.0
    if _as_role(between):
        return 1.0  # "'Ocean' as the theme", "'salmon' as the main ingredient": "as" gives the value its role
    if _labels_after(reading, j):
        return 0.1  # "'zip' of type 'text'": the word labels the value it is joined to after it
    if mention.unit and len(between) == 1 and between[0].lower == "in":
        return 1.0  # "a wall 14 feet in length": the dimension a measure is given in is its parameter's
    if any(t.lower in ("and", "or") for t in between) and between[-1].lower in ARTICLES:
        return 0.0  # "'Education' and a target …": the article opens the next item, the word is its
    content = [t for t in between if t.kind == "word" and not lexicon.is_function_word(t.text)]
    if not crossed and not punctuated and len(content) == len(between) and len(content) <= 2:
        return 0.6
    if crossed:
        return 0.1 / (1 + len(content))
    return (0.15 if punctuated else 0.35) / (1 + len(content))


def _labels_next(reading: Reading, j: int) -> bool:
    """Whether the word at token j stands right before a code, a number or a quoted value ("version 3.10.2",
    "badge A-19", "identifier 'abc' version 'v2'"): a label of that value, so no word of the value before
    it — a label stands before its value, as "the version 'v2'" does."""
    return any(m.first == j + 1 and m.kind in ("identifier", "number", "quoted") for m in reading.mentions)


def _labels_after(reading: Reading, j: int) -> bool:
    """Whether the word at token j is joined to a value right after it by linking words, an article or a
    quote only ("type 'text'", "type: text", "the theme 'Ocean'"): that value is the one it labels."""
    k = j + 1
    tokens = reading.tokens
    while (
        k < len(tokens) and k - j <= 3 and (tokens[k].lower in LINKING | ARTICLES or tokens[k].text in ":'\"")
    ):
        if any(m.first == k and m.kind != "phrase" for m in reading.mentions):
            return True
        k += 1
    return any(m.first == k and m.kind != "phrase" for m in reading.mentions)


def _as_role(between: list) -> bool:
    """Whether the words between a value and a word after it are "as", an article and one modifier at most
    ("'Mage' as a class", "'salmon' as the main ingredient"): the word is the role "as" gives the value."""
    rest = between[1:]
    if rest and rest[0].lower in ARTICLES:
        rest = rest[1:]
    return (
        bool(between)
        and between[0].lower == "as"
        and len(rest) <= 1
        and all(t.kind == "word" and not lexicon.is_function_word(t.text) for t in rest)
    )


def _labels_before(reading: Reading, j: int) -> bool:
    """Whether the word at token j gives the value before it its role through "as" ("'Ocean' as the
    theme", "'Mage' as a class"): the word is that value's label, not the next one's."""
    k = j - 1
    tokens = reading.tokens
    if k >= 0 and tokens[k].lower in ARTICLES:
        k -= 1
    return (
        k > 0
        and tokens[k].lower == "as"
        and any(m.last == k and m.kind != "phrase" for m in reading.mentions)
    )


_COPULAS = frozenset("is are was were = equals".split())
_MODIFYING = frozenset("of on in for at per during over under with from across within".split())


def _modified_subject(between: list) -> bool:
    """Whether the words between a parameter's word and the value are a prepositional phrase that
    modifies the word and the copula that gives it the value: "the probability of success **on each
    trial is** 0.25", "the interest rate **on the loan is** 6%", "the chance of rain **in Leeds is**
    0.4" — the phrase says which one, the value is still the word's (two content words at most)."""
    if len(between) < 3 or len(between) > 6 or between[-1].lower not in _COPULAS:
        return False
    phrase = between[:-1]
    content = [t for t in phrase if not lexicon.is_function_word(t.text)]
    return (
        phrase[0].lower in _MODIFYING
        and all(t.kind == "word" for t in phrase)
        and 1 <= len(content) <= 2
        and not any(t.lower in ("and", "or") for t in phrase)
    )


def _noun_after_unit(j: int, mention: Mention, reading: Reading) -> bool:
    """Whether an "-ing" word right after a number and its unit is the noun they measure, not a
    participle: no object follows it ("a 4.5 star rating that …", "a 20 minute warming, then …")."""
    tokens = reading.tokens
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        j == mention.last
        and bool(mention.unit)
        and (following is None or following.kind != "word" or lexicon.is_function_word(following.text))
    )


def _apposed_back(reading: Reading, j: int) -> Mention | None:
    """The name a noun at token j is set after by a comma and an article, as its role ("Lyon, the third
    city of France", "Chopin, the Polish composer"), with at most two modifiers between: that noun says
    what the name is, it labels no value after it. Not when a copula follows the noun ("The cuisine is
    Indian, the main ingredient is chickpeas"): the noun is then the subject of a clause of its own, the
    label of the value after "is"."""
    tokens = reading.tokens
    if j + 1 < len(tokens) and tokens[j + 1].lower in _COPULAS:
        return None
    for mention in reading.mentions:
        k = mention.last
        if (
            mention.kind == "name"
            and k + 2 <= j <= k + 4
            and tokens[k].text == ","
            and tokens[k + 1].lower in ARTICLES
            and all(t.kind == "word" and not t.text[:1].isupper() for t in tokens[k + 2 : j + 1])
            and "NOUN" in lexicon.parts(tokens[j].text)
        ):
            return mention
    return None


def _apposed(reading: Reading, j: int) -> bool:
    """Whether a name follows the word at token j after a comma ("player, Ada Lane")."""
    tokens = reading.tokens
    return (
        j + 1 < len(tokens)
        and tokens[j + 1].text == ","
        and any(m.kind == "name" and m.first == j + 2 for m in reading.mentions)
    )


def _joined_to_nearer(reading: Reading, j: int, mention: Mention) -> bool:
    """Whether the word at token j is joined, by linking words only, to another number that stands between
    it and the number ("a molar **mass** of 18 g/mol, and in 88 g …"): the word labels that value, it
    reaches no further to the next item's (but a series it labels is its own: "lengths 2, 4 and 6")."""
    if mention.kind != "number":
        return False
    nearer = [
        m for m in reading.mentions if m is not mention and m.kind != "phrase" and j < m.first < mention.first
    ]
    if not nearer:
        return False
    first = min(nearer, key=lambda m: m.first)
    if first.kind != "number":
        return False
    if first.group is not None and first.group == mention.group:
        return False  # "lengths 2, 4 and 6 m": the word labels the whole series
    between = reading.tokens[j + 1 : first.first]
    return len(between) <= 3 and all(t.kind == "word" and t.lower in LINKING | ARTICLES for t in between)


def _values_between(reading: Reading, lo: int, hi: int, mention: Mention) -> bool:
    return any(
        m is not mention and m.kind not in ("phrase",) and m.first >= lo and m.last <= hi
        for m in reading.mentions
    )


def _numbered_noun(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """A bare number right after a noun ("patient 4471", "employee 123", "room 12") names that thing by its
    number, so it is the value of a parameter that holds an identifier (`id_no`, `code`) of that noun by its
    description ("The identification number of the patient"), though a sibling shares the noun ("The name
    of the patient"): a name is not written as a number."""
    if mention.kind != "number" or mention.unit or mention.currency or mention.percent:
        return None
    if parameter.type not in ("string", "integer") or not parameter.named(IDENTIFIER) or mention.first < 1:
        return None
    before = reading.tokens[mention.first - 1]
    word = before.lower
    if not word.isalpha() or lexicon.is_function_word(word) or word in IDENTIFIER:
        return None
    if "NOUN" not in lexicon.parts(word):
        return None
    if lexicon.root(word) not in parameter.all_roots and not _person_numbered(parameter, word):
        return None
    return ROLE * 2, "named", f"the {word}'s number"


def _person_numbered(parameter: Parameter, word: str) -> bool:
    """Whether the noun before the number is one for a person ("the employee 123", "student 3310": a noun
    for one who does a verb's act, or "person" itself) and the parameter the identifier of a person by its
    description ("The identification number of the person"): every such noun is a person."""
    person = lexicon.doer(word) or lexicon.noun_lemma(word) in PERSONS
    return person and bool(parameter.all_roots & {lexicon.root(w) for w in PERSONS})


def _counted_per(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """A bare number right before "per" and the unit the parameter counts per ("50 per page" for "How many
    readings per page", `perPage`; "3 per day" for "doses per day"): the number says how many per that unit,
    as "50 readings per page" would — the noun it counts is left out, the unit still names the parameter."""
    if mention.kind != "number" or mention.unit or parameter.kind != "number" or not parameter.per_roots:
        return None
    after = [t.lower for t in reading.tokens[mention.last : mention.last + 2]]
    if len(after) == 2 and after[0] == "per" and lexicon.root(after[1]) in parameter.per_roots:
        return UNIT, "unit", f"how many per {after[1]}"
    return None


def _unit(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """The evidence a number's unit gives: it is written in the parameter's unit, or counts what it counts.
    A number parameter whose values are a list of numbers (`num_passengers` one of 1 to 5) is a number
    parameter still: "for two people" counts its passengers as it would count those of a plain integer.
    "N times" says how often a thing happens: it names by its unit only a parameter named "times"
    (`repeat_reminder(times)`), no `time` ("checks the line 3 times an hour" gives no `time` of 3)."""
    numeric_enum = parameter.kind == "enum" and (
        parameter.type in ("integer", "number")
        or any(isinstance(o, str) and o.isdigit() for o in parameter.spec.get("enum") or [])
    )  # options of numbers, also written as strings ("1", "2", "3", "dontcare")
    if mention.kind != "number" or parameter.kind not in ("number", "list") and not numeric_enum:
        return None
    unit = mention.unit
    names: list[str] = []
    if (unit or "").lower() == "times" and "times" not in (w.lower() for w in parameter.name_words):
        # "checks the line 3 times an hour", "stopped 4 times": how often, no duration of a `time`
        return None
    if unit:
        names.append(unit)
        spelled = unit_of(unit) or (lexicon.lemma(unit.lower()) if is_unit_name(unit) else "")
        if spelled:
            names.extend(spelled.split())
            names.extend(MEASURED.get(spelled, ()))  # "300 K" is a temperature, "2 moles" a quantity
        if "base" in mention.attributes:
            names.append(mention.attributes["base"][1])
    elif year_like(mention):
        names.append("year")
    if coordinate := mention.attributes.get("coordinate"):  # "37.87 N" is a latitude, "119.54 W" a longitude
        names.extend(["latitude", "lat"] if coordinate in "NS" else ["longitude", "lon", "lng"])
    if mention.currency:
        names.extend(["dollar", mention.currency.lower(), "currency", *MONEY])
    if mention.percent and parameter.percent_as_number:
        return UNIT, "unit", "a percentage, and it takes percent"
    if mention.percent and parameter.is_probability:
        return UNIT, "unit", "a percentage, for a probability"
    if (
        unit
        and not unit.isalpha()
        and re.search(rf"(?<![\w/]){re.escape(unit)}(?![\w/^])", parameter.description)
    ):
        return UNIT, "unit", f"unit “{unit}”, as its description writes it"
    counted = mention.attributes.get("count")
    if not counted and mention.kind == "number" and (mention.unit or "").lower() in PERSONS:
        counted = mention.unit  # "for 2 people", "two people": how many persons, for `number_of_adults`
    if persons_counted(mention, reading):
        counted = "people"  # "the five of us", "split it six ways": how many persons, for `party_size`
    said = counted or (mention.unit if mention.kind == "number" else "")
    if said and parameter.counts_ticket_holders(said):
        counted = "people"  # "two bus tickets", "4 tickets": one a person, for `num_passengers`, `guests`
    if counted and parameter.counts(counted):  # "ten major events" for "Number of events to return"
        return UNIT, "unit", f"how many {counted}, which it counts"
    roots = parameter.all_roots
    rate = "per" in " ".join(names).split() or "/" in (mention.unit or "")
    for name in names:
        for word in lexicon.split_identifiers(name).lower().split():
            if word in ("per", "squared", "square", "cubic") or lexicon.is_function_word(word):
                continue
            if not rate and lexicon.root(word) in parameter.per_roots:
                continue  # "10 years" is no value of "times compounded per year"
            if name == unit and lexicon.root(word) in parameter.modifier_roots:
                continue  # "3 units" counts units, it is no `unit_price`
            said = [r for r in roots if r == lexicon.root(word) or len(r) >= 4 and is_word_of(word, r)]
            if said:
                named = bool(set(said) & parameter.name_roots)  # "10 years" for `years` over "in years"
                named = named and not _converted(parameter, mention)
                return UNIT + (0.5 if named else 0.0), "unit", f"unit “{mention.unit or word}”"
    if unit and "-" not in mention.text and _converted(parameter, mention):
        # "for the next week" to a count of days, "two years" to `term_months`: the same measure in
        # the unit the parameter counts in links the value as its own unit does (not a measure as an
        # adjective, "a two-day trip", which says what the trip is, beside "in 5 hours" for the hours)
        return UNIT, "unit", f"unit “{unit}”, in the unit it counts in"
    return None


_WE = frozenset("us you them".split())
_SHARED = frozenset(lexicon.root(w) for w in ("split", "divide", "share"))


def persons_counted(mention: Mention, reading: Reading) -> bool:
    """Whether a number counts people without the word "people": before "of us", "of you" or "of them" ("for
    the four of us", "there will be 6 of us") it counts the persons the pronoun stands for; as "N ways" after
    a verb of dividing ("split it six ways", "divide the rent 3 ways") it counts the shares, one for each
    person sharing. Either goes to a parameter that counts people (`party_size`, "Number of people sharing")
    as "for 5 people" would; a parameter that counts anything else is not named by it."""
    if mention.kind != "number":
        return False
    after = [t.lower for t in reading.tokens[mention.last : mention.last + 2]]
    if after[:1] == ["of"] and after[1:] and after[1] in _WE:
        return True
    if _booked_for(mention, reading, after):
        return True
    if mention.attributes.get("count") != "ways":
        return False
    k = mention.first - 1
    while k >= 0 and reading.tokens[k].text not in ".;!?":  # the verb of the same sentence, before the number
        if lexicon.root(reading.tokens[k].lower) in _SHARED:
            return True
        k -= 1
    return False


_GROUPED = frozenset("party group".split())
_AFTER_A_COUNT = frozenset("to at on in from tonight tomorrow today please and next this".split())


def _booked_for(mention: Mention, reading: Reading, after: list[str]) -> bool:
    """Whether a bare whole number says how many people a request is for, as English books for a party:
    after "for" with no noun of its own, where the phrase ends ("a table for 6", "a taxi for two to 5 Oak
    Road", "a boat trip for four, please"), or after "a party of" or "a group of" ("a tour for a group of
    12"). ("5 ppl" is "5 people" written short, `quantities._unit_after`.) A number with a unit
    ("for 3 nights", "for $40"), a clock time ("for 9 pm"), a year, or one that a noun follows counts
    no people; the count goes only to a parameter that counts people (`Parameter.counts`)."""
    if mention.unit or mention.currency or mention.percent or mention.attributes.get("count"):
        return False
    value = mention.value
    if not isinstance(value, (int, float)) or value != int(value) or not 1 <= value < 100:
        return False
    before = [t.lower for t in reading.tokens[max(0, mention.first - 2) : mention.first]]
    if not (before[-1:] == ["for"] or len(before) == 2 and before[0] in _GROUPED and before[1] == "of"):
        return False
    nxt = reading.tokens[mention.last] if mention.last < len(reading.tokens) else None
    return nxt is None or nxt.kind != "word" or nxt.lower in _AFTER_A_COUNT


def _language_named(mention: Mention) -> bool:
    """Whether "in" names a language, not a place: "headlines in Brazil in Portuguese" asks the news in
    Portuguese, no second country (a CLDR language's name that is no country's or territory's)."""
    return lexicon.is_language(mention.text) and not lexicon.is_country(mention.text)


def _converted(parameter: Parameter, mention: Mention) -> bool:
    """Whether a value must change unit to fill the parameter ("6 hours" for a `generation_time` "in
    minutes"): a parameter that counts in the unit as written ("Total duration in hours") fits better."""
    return parameter.in_own_unit(1.0, mention.unit) is not None


def year_like(mention: Mention) -> bool:
    """Whether a number reads as a year of the calendar: a whole number from 1000 to 2100 with no unit."""
    value = mention.value
    return (
        isinstance(value, float)
        and value.is_integer()
        and 1000 <= value <= 2100
        and not mention.unit
        and not mention.currency
    )


_AT_A_YEAR = frozenset({"in", "since", "during", "year"})
"""Words that set a year as a point of the calendar: "in 2020", "since 1998", "the year 2019"."""


def calendar_year(reading: Reading, mention: Mention) -> bool:
    """Whether the number is a year said as a point of the calendar ("In 2022 the shop made $80,000",
    "savings since 2019"): a year-like number right after "in", "since", "during" or "year". Such a year
    sets when the other values hold; it is no amount of money, no measure and no count of years."""
    return year_like(mention) and _word_before(reading, mention) in _AT_A_YEAR


def narrows_a_series(reading: Reading, mention: Mention) -> bool:
    """Whether the name is a place said after "in" right after the last of a series of places ("Austin and
    Dallas in Texas", "on Hvar and Brac in Croatia"): it says where every member is, as "Dayton in Ohio" says
    where Dayton is, so it plays no role of its own beside them; the members are the values. The members are
    places when the gazetteer knows them as cities or countries, or when a preposition of an area opens the
    series ("in", "on"; "at" names a venue); names of other things ("tastings at Chateau Margaux and Chateau
    Latour in Bordeaux") leave it a place of its own."""
    tokens = reading.tokens
    if mention.first < 2 or tokens[mention.first - 1].lower != "in":
        return False
    for other in reading.mentions:
        if other.kind == "name" and other.last == mention.first - 1 and other.group is not None:
            members = [m for m in reading.mentions if m.group == other.group]
            if len(members) < 2:
                return False
            opening = min(m.first for m in members)
            return (opening > 0 and tokens[opening - 1].lower in LOCATIVE - {"at"}) or all(
                world.city(str(m.value)) or lexicon.is_country(str(m.value)) for m in members
            )
    return False


def _role(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    before = _word_before(reading, mention)
    route = _route_preposition(reading, mention)
    # a name, also a quoted one ("hotels in 'New York City'"), plays the roles the words before it give
    capitalised = mention.kind == "quoted" and str(mention.value)[:1].isupper()
    if (mention.kind in ("name", "phrase") or capitalised) and parameter.kind in ("string", "text"):
        if parameter.is_currency and converts(parameter) == "from" and _after_amount(reading, mention):
            return ROLE * 1.5, "role", "the currency the amount is in"
        if parameter.is_currency and converts(parameter) == "to" and before in ("in", "into"):
            return ROLE * 1.5, "role", f"a currency asked for after “{before}”"
        if parameter.is_currency and converts(parameter) == "to" and _amount_elsewhere(reading, mention):
            return ROLE, "role", "a currency no amount is written in, beside one that is: the one asked for"
        if route == "from" and parameter.named(SOURCE):
            return ROLE * 1.5, "role", "after “from”"
        if route in ("to", "into") and parameter.named(GOAL):
            return ROLE * 1.5, "role", f"after “{route}”"
        if before == "between" and parameter.named(SOURCE):
            return ROLE, "role", "first after “between”"
        if before == "and" and parameter.named(GOAL) and _word_before_group(reading, mention) == "between":
            return ROLE, "role", "second after “between”"
        named = mention.kind == "name" or capitalised
        if named and before == "to" and _close_to(reading, mention):
            before = "near"  # "the store closest to Berkeley", "a flat close to Hyde Park": a place
        if (
            named
            and before in LOCATIVE
            and parameter.has(PLACE)
            and not _language_named(mention)
            and not narrows_a_series(reading, mention)
        ):
            # "at" names a point or a venue, "in" the area around it: "a table at Casa Lucia in Seville"
            # gives the city Seville, whichever comes first
            point = 0.1 if before == "at" else 0.0
            if parameter.named(PLACE):  # `country`, `region`: evidence enough for an optional one too
                return ROLE * 1.5 - point, "role", f"a place after “{before}”, for a place parameter"
            return ROLE - point, "role", f"a place after “{before}”"
        if (
            mention.kind == "name"
            and lexicon.root("country") in parameter.name_roots
            and lexicon.is_country(mention.text)
        ):  # "the Clean Air Act of the United States": a country's name, wherever it stands
            return ROLE * 1.5, "role", "a country's name, for a country"
        if (
            mention.kind == "name"
            and parameter.name_roots & {lexicon.root("language"), lexicon.root("lang")}
            and not (parameter.named(SOURCE) or parameter.named(GOAL))  # an end: "from"/"into" decide
            and lexicon.is_language(mention.text)
        ):  # "podcasts about gardening in Portuguese": a language's name, wherever it stands
            return ROLE * 1.5, "role", "a language's name, for a language"
        if before == "about" and parameter.named(TOPIC) and _about_a_thing(reading, mention):
            # "songs by Adele about heartbreak": in English "about" after a noun or a name introduces what
            # a work or a talk is about, evidence enough for an optional `topic` too, as "by" is for its
            # maker; not after a verb or an adjective ("thinking about a career change", "worried about")
            return ROLE * 1.5, "role", "what the thing is about, after “about”"
        person = mention.kind == "name" or _lower_case_name(mention)
        if person and before in ("by", "from") and (parameter.named(AGENT) or done_by(parameter)):
            # evidence enough for an optional `artist` too, as a place after "in" is for `city`
            return ROLE * 1.5, "role", f"who made it, after “{before}”"
        if (parameter.named(AGENT) or done_by(parameter)) and possessive_maker(reading, mention):
            return ROLE * 1.5, "role", "whose work the quoted title is, in the possessive before it"
        if person and (parameter.named(AGENT) or done_by(parameter)) and _liked(reading, mention):
            return ROLE * 1.5, "role", "a maker the asker says they like"
        if person and _participant(reading, mention, parameter):
            # "a musical starring Ana Lowe", "a movie with Bill Murray in the cast": evidence enough for an
            # optional parameter for such a person's name, as a maker after "by" is for `artist`
            # a parameter for its performers ("The lead actors of the series") before one for any other
            # person's name ("Name of the host"): "featuring" says who appears in it
            performer = 0.25 if parameter.has(PERFORMER) else 0.0
            return ROLE * 1.5 + performer, "role", "who takes part in the thing sought"
        if person and _in_role(reading, mention, parameter):
            return ROLE * 1.5, "role", "named in the role the parameter names"
        if (
            person
            and parameter.named(NAME)
            and _holds_person(parameter)
            and not (parameter.has(PLACE) or parameter.has(AGENT) or parameter.has(PERFORMER))
            and not parameter.named(SOURCE)
            and _addressed(reading, mention)
        ):
            return ROLE * 1.5, "role", "the person the request writes to, calls or contacts"
    if (
        before == "between"
        and parameter.kind == "list"
        and mention.group is not None
        and mention.kind != "list"
    ):
        return ROLE * 1.5, "role", "the pair after “between”"  # "a lease between Ana and Ben"
    if mention.kind == "number" and before in ("top", "first") and _caps_results(parameter):
        # "the top 5 scorers", "the first 10 hires": how many to list, for a parameter that caps the results
        return ROLE * 1.5, "role", f"how many to list, after “{before}”"
    if _counts_what_is_listed(parameter, mention, reading):
        # "find 3 podcasts about …" for `max_results`, "The most podcasts to return"
        return ROLE * 1.5, "role", "how many to list, before the thing listed"
    if mention.kind == "identifier" and parameter.has(IDENTIFIER):
        return ROLE, "form", "an identifier"
    if mention.kind in ("name", "quoted") and parameter.named(NAME) and not _common_word(mention):
        bonus = ROLE * 0.75 + (ROLE * 0.5 if mention.kind == "quoted" else 0.0)
        return bonus, "role", "a name, for a name"
    reported = mention.attributes.get("reported")
    if reported == "words" and parameter.kind in ("string", "text") and parameter.named(WRITTEN):
        return ROLE * 2, "role", "the words the request says to write, after “saying”"
    if reported == "reason" and parameter.kind in ("string", "text") and parameter.named(REASON):
        return ROLE * 2, "role", "the reason the request gives, after “because”"
    if (
        mention.attributes.get("purpose")
        and parameter.kind in ("string", "text")
        and parameter.named(PURPOSE)
    ):
        return ROLE * 2, "role", "what the thing is for, after “remind me to”"
    if mention.kind == "quoted" and parameter.kind in ("string", "text", "expression"):
        return ROLE * 0.5, "role", "quoted"
    bound = _bound(parameter, mention, reading)
    if bound and mention.kind == "date" and parameter.kind == "date":
        # a date for a date parameter, and the end of the range that parameter bounds: both hold, so the
        # range's order decides between `start_date` and `end_date`, not only which date came first
        return ROLE * 2 + bound[0], "role", f"a date, {bound[2]}"
    if bound:
        return bound
    if (
        mention.kind in ("email", "url", "path")
        and lexicon.root(mention.kind)
        in parameter.all_roots | {lexicon.root("file"), lexicon.root("link")} & parameter.all_roots
        or mention.kind == "email"
        and parameter.asks_email
    ):
        return ROLE * 2, "role", f"an {mention.kind}"
    if mention.kind == "time" and parameter.name_roots & {lexicon.root("hour"), lexicon.root("minute")}:
        return ROLE * 2, "role", "the hour or minutes of a time"
    if mention.kind == "address" and parameter.has(PLACE):
        return ROLE * 2, "role", "a street address"
    if mention.kind == "date" and parameter.kind == "date":
        return ROLE * 2, "role", "a date"
    if (
        mention.kind == "date"
        and parameter.kind == "string"
        and parameter.takes_moment
        and not mention.attributes.get("relative")
        and not mention.attributes.get("partial")
    ):  # "since 2024-06-01T00:00:00Z" for "Start of the window as an ISO 8601 timestamp"
        return ROLE * 2, "role", "a date in figures, for a moment in figures"
    if mention.kind == "time" and parameter.time_format and parameter.kind != "date":
        return ROLE * 2, "form", f"a time, for “{parameter.time_format}”"
    if mention.kind == "time" and parameter.time_alone_layouts:
        return ROLE * 2, "role", "a time, for a date that may be a time alone"
    if parameter.kind == "number" and date_part(mention, parameter) is not None:
        return ROLE * 2, "role", "a date, for the field of it the parameter is named for"
    if mention.attributes.get("partial") == "month" and lexicon.root("month") in parameter.name_roots:
        return ROLE * 2, "role", "a month"
    if mention.attributes.get("partial") == "weekday" and parameter.name_roots & _WEEKDAY_NAMES:
        return ROLE * 2, "role", "a weekday, for a day"  # "open on Sunday" for `day`, `day_of_week`
    if mention.kind == "formula" and parameter.kind == "expression":
        return ROLE * 2, "role", "a formula"
    return None


def _about_a_thing(reading: Reading, mention: Mention) -> bool:
    """Whether the "about" before the mention follows a noun or a name the request writes ("songs about",
    "by Adele about"), not a verb or an adjective ("thinking about", "worried about": the asker's own
    state, no topic of the thing sought), and the mention is the whole of what follows it ("about ancient
    Rome" writes an adjective mention and a name: no one of them is the topic)."""
    k = mention.first - 1
    while k >= 0 and reading.tokens[k].lower in ("the", "a", "an"):
        k -= 1
    if k < 1 or reading.tokens[k].lower != "about" or any(o.first == mention.last for o in reading.mentions):
        return False
    word = reading.tokens[k - 1].text
    if word.islower() and (word.endswith("ing") or word.endswith("ed")):
        return False
    return any(other.last == k for other in reading.mentions)


_WEEKDAY_NAMES = frozenset(lexicon.root(w) for w in ("day", "weekday"))
"""A parameter so named takes a weekday said alone ("Sunday"), as one named `month` takes a month."""

LOWER_BOUND = frozenset(
    "min minimum low lower least start begin beginning from initial first earliest original old".split()
)
UPPER_BOUND = frozenset(
    "max maximum high upper most end to final last latest until new target desired return".split()
)
"""A parameter's name words for the first end of a range or change (`start_year`, `min_price`,
`original_servings`) and for its second (`end_year`, `new_servings`, `return_date`); not "departure",
which ends a stay ("arrival" and "departure") and begins a trip ("departure" and "return"); nor
"current", which is the reference a single date is measured at (`birth_date` and `current_date`: a date
said alone is the birth date), not the first end of a change."""
_LOWER_ROOTS = frozenset(lexicon.root(w) for w in LOWER_BOUND)
_UPPER_ROOTS = frozenset(lexicon.root(w) for w in UPPER_BOUND)


def range_end(parameter: Parameter) -> int:
    """-1 for a parameter named for the first end of a range or change, 1 for the second, else 0."""
    lower = bool(_LOWER_ROOTS & parameter.name_roots)
    upper = bool(_UPPER_ROOTS & parameter.name_roots)
    return 0 if lower == upper else -1 if lower else 1


def _bound(parameter: Parameter, mention: Mention, reading: Reading) -> tuple[float, str, str] | None:
    """A range's ends: "from X to Y", "between X and Y", "X - Y", "X to Y" — X for a lower-bound
    parameter (`start_year`, `min`), Y for an upper one (`end_year`, `max`)."""
    if mention.kind not in ("number", "date"):
        return None
    limit = parameter.limit_end
    if limit and mention.kind == "number" and comparison(reading, mention) == limit:
        # "rated at least 4.2" for `min_rating`, "under $30" for `max_price`: the comparison says which
        # limit the number sets, evidence enough for an optional one
        return ROLE * 1.5, "role", ("a lower" if limit < 0 else "an upper") + " limit, by a comparison"
    end = range_end(parameter)
    if not end:
        return None
    lower, upper = end < 0, end > 0
    before = _word_before(reading, mention)
    following = reading.tokens[mention.last].lower if mention.last < len(reading.tokens) else ""
    partner = next((m for m in reading.mentions if m.first > mention.last and m.kind == mention.kind), None)
    between = _after_between(reading, mention)
    opens = (
        before in ("from", "between", "since")
        or between == "first"
        or (following in ("to", "-", "and", "through", "until") and partner is not None)
    )
    closes = before in ("to", "until", "through", "-") or between == "second"
    # for a date parameter a range's end says more than being a date, which both ends are ("from
    # 2025-07-07 through 2025-07-18": the first is the start date)
    weight = ROLE * 2.5 if mention.kind == "date" and parameter.kind == "date" else ROLE
    if lower and opens and not closes:
        return weight, "role", "the start of a range"
    if upper and closes:
        return weight, "role", "the end of a range"
    return None


_MORE = frozenset("more greater higher larger bigger longer newer later heavier taller faster better".split())
_LESS = frozenset("less fewer lower smaller shorter cheaper earlier lighter slower".split())
_ABOVE = frozenset("over above exceeding beyond".split())
_BELOW = frozenset("under below within beneath".split())
_OR_MORE = _MORE | {"above", "over", "up", "plus"}
_OR_LESS = _LESS | {"below", "under"}


def comparison(reading: Reading, mention: Mention) -> int:
    """-1 when the words around a number make it a lower limit ("at least 4.2", "more than 3", "over 50",
    "4 stars or more", "2018 and up", "2 at least"), 1 when an upper one ("at most 2", "max 50", "no more than 3",
    "under $30", "up to 40", "shorter than 40 minutes", "3 or fewer", "20 at most", "3 tops"), else 0 — the
    degree words of English, before or after the number."""
    tokens = reading.tokens
    k = mention.first
    before = [t.lower for t in tokens[max(0, k - 3) : k]]
    after = [t.lower for t in tokens[mention.last : mention.last + 2]]
    if after[:1] in (["to"], ["-"], ["through"]) and any(
        m.first == mention.last + 1 and m.kind == "number" for m in reading.mentions
    ):
        return 0  # "within $300,000 to $400,000": the first end of a range, no limit of its own
    if before[-2:] == ["at", "least"]:
        return -1
    if degree := _degree_after(tokens, mention.last):
        return degree  # "20 at most", "3 tops", "50 max", "2 at least"
    if before[-2:] in (["at", "most"], ["up", "to"], ["max", "of"], ["maximum", "of"]) or before[-1:] in (
        ["max"],
        ["maximum"],
    ):
        return 1  # "at most 20", "up to 40", "max 50 results", "maximum 10 rows", "a maximum of 5"
    if before[-1:] == ["than"] and len(before) >= 2:
        sign = -1 if before[-2] in _MORE else 1 if before[-2] in _LESS else 0
        return -sign if len(before) == 3 and before[0] in ("no", "not") else sign
    if before[-1:] and before[-1] in _ABOVE:
        return -1
    if before[-1:] and before[-1] in _BELOW:
        return 1
    if len(after) == 2 and after[0] in ("or", "and"):
        return -1 if after[1] in _OR_MORE else 1 if after[1] in _OR_LESS else 0
    return 0


_TOP_AFTER = frozenset("max maximum tops".split())
_BOTTOM_AFTER = frozenset("min minimum".split())


def _degree_after(tokens: list, end: int) -> int:
    """1 when the words right after a number make it an upper limit ("20 at most", "20 at the most", "3 tops",
    "50 max"), -1 when a lower one ("2 at least", "4 minimum"), else 0: English also puts the degree words
    after the number. A lone "max"/"tops"/"minimum" ends the phrase (a comma, a full stop, the end): "50 max"
    limits, "50 max speed" names a speed."""
    after = [t.lower for t in tokens[end : end + 4]]
    if after[:2] in (["at", "most"], ["at", "least"]) or after[:3] in (
        ["at", "the", "most"],
        ["at", "the", "least"],
    ):
        return 1 if "most" in after[:3] else -1
    if after[:1] and (after[0] in _TOP_AFTER or after[0] in _BOTTOM_AFTER):
        if len(tokens) > end + 1 and tokens[end + 1].kind == "word":
            return 0
        return 1 if after[0] in _TOP_AFTER else -1
    return 0


def _route_preposition(reading: Reading, mention: Mention) -> str:
    """ "from" or "to" governing the mention, also across a few words ("from my home in New York"); not the
    "to" of an infinitive ("I want to fly SFO to NRT"): a lower-case word that can be a verb after "to" is
    one, as places and ends of a route are names ("to Paris", "to NRT")."""
    tokens = reading.tokens
    for k in range(mention.first - 1, max(-1, mention.first - 6), -1):
        word = tokens[k].lower
        following = tokens[k + 1].text if k + 1 < len(tokens) else ""
        infinitive = word == "to" and following.islower() and "VERB" in lexicon.parts(following)
        if word in ("from", "to", "into") and not infinitive:
            return word
        if tokens[k].kind == "punct" or reading.at(k) is not None and reading.at(k).kind != "phrase":
            return ""
    return ""


def _after_between(reading: Reading, mention: Mention) -> str:
    """ "first" or "second" for the two ends of "between X and Y" (a noun may stand in between:
    "between year 300 and 400"), else ""."""
    tokens = reading.tokens
    start = max(0, mention.first - 4)
    words = [t.lower for t in tokens[start : mention.first]]
    if "between" in words and "and" not in words[words.index("between") :]:
        return "first"
    if mention.first and tokens[mention.first - 1].lower == "and":
        earlier = [t.lower for t in tokens[max(0, mention.first - 8) : mention.first - 1]]
        if "between" in earlier:
            return "second"
    return ""


def converts(parameter: Parameter) -> str:
    """Which end of a conversion the parameter holds: "from" (`from_currency`, `base_currency`, "the
    currency to convert from"), "to" (`to_currency`, `target_currency`), or ""."""
    if parameter.named(SOURCE | {"base"}):
        return "from"
    if parameter.named(GOAL):
        return "to"
    last = re.search(r"\b(from|to|into)\W*$", parameter.description.lower())
    return {"from": "from", "to": "to", "into": "to"}[last.group(1)] if last else ""


def _after_amount(reading: Reading, mention: Mention) -> bool:
    """Whether the mention follows a number directly: the currency of an amount ("100 euro")."""
    return any(m.kind == "number" and m.last == mention.first for m in reading.mentions)


def _amount_elsewhere(reading: Reading, mention: Mention) -> bool:
    """Whether the clause writes an amount, but not in this currency: "how many Canadian dollars for
    500 US dollars" converts the amount's currency into the other one."""
    return not _after_amount(reading, mention) and any(m.kind == "number" for m in reading.mentions)


_FEATURING = frozenset("star feature".split())
"""Verbs that name who takes part in a show, a film, an episode: "starring Ana Lowe", "that features …"."""
RELATIVE = frozenset("that which who whom whose".split())
"""Relative pronouns, written in lower case: the clause they open describes a noun before them."""


def _participant(reading: Reading, mention: Mention, parameter: Parameter) -> bool:
    """Whether a person's name is introduced as one who takes part in the thing sought — after "starring",
    "featuring", "that stars"; after "with" when the name is then placed ("with Ruth Okafor in the lead
    role", "… on the bill", "… as an actor") or the noun before "with" is the thing the parameter's
    description says the person is in ("a fantasy movie with …" for "the main actor … of the movies") —
    for a parameter that holds a person's name: a name its description speaks of, not a place's, not
    the maker's (`author`, "Name of the director": "by" names those), nor the name of that thing itself
    ("Name of the movie")."""
    k = mention.first - 1
    if k < 0 or not _holds_person(parameter) or _names_a_kind(mention):
        return False
    if parameter.has(PLACE) or parameter.has(AGENT) or parameter.named(frozenset({"title"})):
        return False
    word = reading.tokens[k].lower
    relative = k >= 1 and reading.tokens[k - 1].lower in RELATIVE
    if lexicon.lemma(word) in _FEATURING and (word != lexicon.lemma(word) or relative):
        attached = (
            k - 1
        )  # a verb's form, not the noun "star"; also its plain form after "that": "… that feature …"
    elif word == "with":
        attached = k - 1
        if (
            attached >= 2
            and reading.tokens[attached - 1].lower == "to"
            and "VERB" in lexicon.parts(reading.tokens[attached].text)
        ):
            attached -= 2  # "a movie to watch with Ana Lowe": the thing before its purpose's verb
        after = reading.tokens[mention.last].lower if mention.last < len(reading.tokens) else ""
        thing = attached >= 0 and lexicon.root(reading.tokens[attached].lower) in parameter.all_roots
        if after not in ("in", "on", "as") and not thing:
            return False
    else:
        return False
    while attached >= 0 and reading.tokens[attached].lower in RELATIVE:
        attached -= 1
    return attached < 0 or lexicon.root(reading.tokens[attached].lower) not in _named_thing(parameter)


def _in_role(reading: Reading, mention: Mention, parameter: Parameter) -> bool:
    """Whether a name is put in the role the parameter holds a name for, by that role's noun or its verb:
    "the narrator Ines Varga", "Ines Varga as the narrator", "Lia Brandt in the cast" (the parameter's own
    word), "read by …" for "Name of the reader", "where Lia Brandt acts" for "Name of the main actor"."""
    if not _holds_person(parameter):
        return False
    role = _named_thing(parameter)
    if parameter.has(PERFORMER):
        role = role | _PERFORMER_ROOTS  # "the actress Olivia Colman" for the cast
    words = [t.lower for t in reading.tokens]

    def names_role(word: str, verb: bool = False) -> bool:
        """Whether the word is the role's noun, or (a verb) its own word or one its noun is the doer of."""
        if lexicon.is_function_word(word):
            return False
        return lexicon.root(word) in role or verb and any(lexicon.related(word, r) for r in role)

    k = mention.first - 1
    while k >= 0 and words[k] in ("the", "a", "an"):
        k -= 1
    if k >= 0 and names_role(words[k]) and words[k] not in ("name", "named"):
        return True  # "the narrator Ines Varga"
    if k >= 1 and words[k] == "by" and names_role(words[k - 1], verb=True):
        return True  # "acted by …" for the actor, "read by …" for the reader
    if _predicated_role(words[mention.last : mention.last + 7], names_role):
        return True  # "where Ana Moss is the narrator", "… is one of the lead actors"
    after = words[mention.last : mention.last + 4]
    placed = after[1:] if after and after[0] != lexicon.lemma(after[0]) else after  # "… appears as a guest"
    if (
        len(placed) >= 3
        and placed[0] in ("as", "in")
        and placed[1] in ("the", "a", "an")
        and names_role(placed[2])
    ):
        return True  # "Ana Moss as the director", "Lia Brandt in the cast"
    # "where Lia Brandt acts", "that Lia Brandt acted in": an inflected verb of the role's noun, not that
    # noun ("Madrid's music stores", "Berlin instruments")
    verb = bool(after) and after[0] != lexicon.lemma(after[0])
    return (
        verb
        and names_role(after[0], verb=True)
        and not (lexicon.root(after[0]) in role and after[0][-2:] != "ed" and not _verb_before_in(after))
    )


def _verb_before_in(after: list[str]) -> bool:
    """Whether the words after a name open on an "-ing" form that is only a verb, then "in" or "as" ("Ana
    Lowe starring in it", "… playing as the lead"): the name does the role's verb — no plural noun
    ("Madrid's music stores") is written so."""
    return (
        len(after) >= 2
        and after[0].endswith("ing")
        and after[1] in ("in", "as")
        and (lexicon.parts(after[0]) == frozenset({"VERB"}))
    )


_ADDRESSING = frozenset(
    "send write mail post email e-mail call phone ring text message contact reach talk speak reply invite".split()
)
"""Verbs of a communication act: their object, or the person after their "to", is whom it is meant for."""


def _addressed(reading: Reading, mention: Mention) -> bool:
    """Whether the name is the person a communication act is meant for: the object of a verb of calling,
    writing or contacting ("call Ana Lowe", "email Ben Ruiz"), or after the "to" of such a verb a few words
    on ("send a letter to Ana Lowe", "write to …"). A request that names whom it writes to asks about that
    person, so a parameter for a person's name takes it ("I need to send a letter to Ana Lowe, find her
    contact details")."""
    words = [t.lower for t in reading.tokens[: mention.first]]
    if words and lexicon.lemma(words[-1]) in _ADDRESSING:
        return True
    if not words or words[-1] != "to":
        return False
    return any(lexicon.lemma(w) in _ADDRESSING for w in words[-5:-1])


def _predicated_role(after: list[str], names_role) -> bool:
    """Whether the words after a name say it is the role: "is the guest", "was a speaker", "is one of the
    lead actors" — "is"/"was", "one of" for a member of several, an article, at most one modifier, and
    the role's noun."""
    if not after or after[0] not in ("is", "was", "will"):
        return False
    rest = after[2:] if after[0] == "will" and after[1:2] == ["be"] else after[1:]
    if rest[:2] == ["one", "of"]:
        rest = rest[2:]
    if not rest or rest[0] not in ("the", "a", "an"):
        return False
    rest = rest[1:]
    return bool(rest) and (names_role(rest[0]) or len(rest) > 1 and names_role(rest[1]))


_LIKING = frozenset("like love enjoy adore prefer".split())
"""Verbs of liking: their object, in a request for things someone made, is a maker the asker wants."""


def possessive_maker(reading: Reading, mention: Mention) -> bool:
    """Whether the name stands in the possessive right before a quoted title ("Adele's 'Hello'", "Crosby,
    Stills, Nash & Young's 'Ohio'", "Orwell's 'Animal Farm'"): English puts a work's maker in the
    possessive before it, so a parameter for the maker (`artist`, `author`) takes the name as it takes
    one after "by"."""
    if mention.kind != "name" or not re.search(r"['’]s$", mention.text):
        return False
    return any(m.kind == "quoted" and m.first == mention.last for m in reading.mentions)


def _liked(reading: Reading, mention: Mention) -> bool:
    """Whether the name is the object of a verb of liking said by the asker ("I really enjoy Ana Lowe",
    "we love …"), or one the asker is a fan of ("a big Ana Lowe fan", "a fan of …"): in a request for songs, books or films, a person one likes is whose work one asks for,
    so a parameter for the maker (`artist`, `author`, `directed_by`) takes the name."""
    after = [t.lower for t in reading.tokens[mention.last : mention.last + 1]]
    if after and lexicon.noun_lemma(after[0]) == "fan":
        return True  # "I'm a big Ana Lowe fan": a fan of one is one who likes them
    words = [t.lower for t in reading.tokens[max(0, mention.first - 4) : mention.first]]
    if len(words) >= 2 and words[-1] == "of" and lexicon.noun_lemma(words[-2]) == "fan":
        return True  # "a fan of Ana Lowe"
    words = [w for w in words if w not in ("really", "just", "also", "especially", "absolutely", "so")]
    return len(words) >= 2 and lexicon.lemma(words[-1]) in _LIKING and words[-2] in ("i", "we")


def done_by(parameter: Parameter) -> bool:
    """Whether the parameter is named for who did an act, a past participle and "by" (`directed_by`,
    `written_by`, `painted_by`): it holds the maker as `director` or `author` does, so a name after "by"
    is its ("something by Ana Lowe")."""
    words = words_of(parameter.name)
    return len(words) >= 2 and words[-1] == "by" and lexicon.past_participle(words[-2])


def _lower_case_name(mention: Mention) -> bool:
    """Whether a phrase typed in lower case reads as a person's name: two or three words, letters only,
    none of them a word the dictionary knows ("ryan reynolds", "frances mcdormand"). Said where a name's
    role is said ("with …", "directed by …"), such words can only be a name someone did not capitalise."""
    if mention.kind != "phrase":
        return False
    words = str(mention.text).split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and not lexicon.known(w.lower()) for w in words)


def _names_a_kind(mention: Mention) -> bool:
    """Whether a capitalised run ends on a noun for a kind ("with Drama Genre", "with Opera Type"): it says
    which kind of the thing is wanted, and names no one who takes part in it."""
    words = str(mention.text).split()
    return len(words) > 1 and lexicon.root(words[-1].lower()) in _KIND_ROOTS


def _holds_person(parameter: Parameter) -> bool:
    """Whether a string parameter holds a person's name: its words say "name", or it is for those who take
    part in the thing sought (`PERFORMER`: "The lead actors of the series", "The guest on the episode")."""
    if parameter.kind not in ("string", "text"):
        return False
    return lexicon.root("name") in parameter.all_roots or parameter.has(PERFORMER)


def _named_thing(parameter: Parameter) -> set[str]:
    """The roots of what the parameter says it is the name of: its own name's words, and the words after
    "name of (the)" in its description ("Name of the movie" → movie)."""
    words = re.findall(r"[a-z]+", parameter.description.lower())
    thing = set(parameter.name_roots)
    for i, w in enumerate(words[:-2]):
        if w == "name" and words[i + 1] == "of":
            j = i + 2
            while j < len(words) and words[j] in ARTICLES:
                j += 1
            while j < len(words) and not lexicon.is_function_word(words[j]):
                thing.add(lexicon.root(words[j]))
                j += 1
    return thing


def _word_before(reading: Reading, mention: Mention) -> str:
    k = mention.first - 1
    while k >= 0 and reading.tokens[k].text in ("the", "a", "an"):
        k -= 1
    return reading.tokens[k].lower if k >= 0 else ""


_CLOSE = frozenset("close closer closest near nearer nearest next".split())


def _close_to(reading: Reading, mention: Mention) -> bool:
    """Whether the mention follows "close to", "closest to", "next to", "nearest to": a place."""
    k = mention.first - 1
    while k >= 0 and reading.tokens[k].lower in ("the", "a", "an"):
        k -= 1
    return k >= 1 and reading.tokens[k].lower == "to" and reading.tokens[k - 1].lower in _CLOSE


def _word_before_group(reading: Reading, mention: Mention) -> str:
    previous = [m for m in reading.mentions if m.last <= mention.first and m.kind == mention.kind]
    return _word_before(reading, previous[-1]) if previous else ""


def _common_word(mention: Mention) -> bool:
    """A quoted word in lower case that the dictionary knows ("its 'material'", "uses 'diesel'"): a
    word quoted as such, not the name of something, which a title or a name would capitalise."""
    word = mention.text.strip("'\"“”‘’ ")
    return word.islower() and " " not in word and lexicon.known(word)
