"""What the local stand-ins (the simulated model, the local guardrails) know about English words.

Word meanings come from a maintained package, not from lists grown here: `lemminflect` ships an
English lexicon in its wheel (lemmas and the parts of speech each word form can take), and the
Snowball stemmer (`snowballstemmer`) folds derivations ("calculation" / "calculate"). What is
written here is grammar — closed classes of English such as function words, negations and number
words — which no tool description or benchmark can extend.

- `lemma(word)`: the dictionary form ("bodies" → "body", "weighs" → "weigh"); unknown words as
  written, lower-cased.
- `known(word)`: whether the lexicon has the word at all (names like "Boston" are not in it).
- `parts(word)`: the parts of speech the word can take (`NOUN`, `VERB`, `ADJ`, `ADV`).
- `gradable(word)`: whether an adjective has a comparative ("cheaper"), a quality of degree.
- `root(word)`: the stem of the lemma, which derivations share ("evolution" ~ "evolutionary" by
  prefix, "calculation" = "calculate").
- `related(a, b)`: same root, or one root a prefix (≥ 4 letters) of the other.
- `currency_code(name)`: the ISO 4217 code of a currency named in English ("Swiss francs" →
  "CHF", "euros" → "EUR"), from the CLDR names `babel` ships; "" for none or an ambiguous name.
- `currency_of(text)`: the code of a currency written by its name or as its code; "" for none.
- `names_currency(text)`: whether the text names a currency by its CLDR name ("Canadian dollars")
  or writes an ISO 4217 code in capitals ("USD").
"""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache

import lemminflect
import snowballstemmer
from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, list_currencies
from rapidfuzz.distance import OSA

_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()
"""The Snowball stemmer keeps the word it works on in itself, so two threads (the local endpoint answers
agents that run in parallel) must not stem at once: one would read the other's word half-way."""

FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and another any are as at be been before being below
    between both but by can could did do does doing down during each either few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just let like me
    might more most must my myself neither no nor not now of off on once only or other our ours ourselves
    out over own per please same shall she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up upon us very via was we were what when
    where whether which while who whom whose why will with within without would you your yours yourself
    across along among amongst around behind beneath beside besides beyond despite near onto since toward
    towards throughout underneath unlike something anything everything nothing whatever someone anyone
    everyone somebody anybody everybody""".split()
)
"""English function words (articles, pronouns, prepositions, conjunctions, auxiliaries): a closed class.
The indefinite pronouns ("something", "anything", "everyone", …) are among them: they stand for a thing or a
person not named, so "listen to something from the album Run" gives no track's title, and asks no tool by
that word."""

CASUAL_FUNCTION_WORDS = frozenset(
    "u ur pls plz whats hows wheres whos im ive youre theyre dont doesnt didnt isnt arent cant wont "
    "thx rn btw tbh".split()
)
"""Function words as people type them, shortened or without their apostrophe ("can u", "pls", "whats",
"im", "dont"), and chat's shorthand for a few words that carry no value ("thx", "rn" for right now, "btw",
"tbh"): still function words, no value or name of a request."""

GREETINGS = frozenset("hi hey hiya heya howdy hello hullo greetings yo".split())
"""Words that greet the reader ("Hi, could you …", "Hello there! …"): an interjection, no value or name of
a request — the dictionary lacks most of them, so a capitalised one that opens a sentence would otherwise
be read as a name ("Hi" as the city)."""

INTERJECTIONS = GREETINGS | frozenset("oh ah aha oops whoops hmm um uh er ok okay alright".split())
"""Words that only voice the speaker's reaction ("Oh, and renew my loan of The Hobbit", "Oops, I nearly
forgot: …", "OK, now …") or greet (`GREETINGS`): an interjection that opens a sentence is no value or name
of a request, as a greeting is not — capitalised there, it would otherwise be read as a name ("Oh" as the
book's title)."""

DEVERBAL_PREPOSITIONS = frozenset(
    "given including regarding concerning considering following based according excluding".split()
)
"""Participles used as prepositions ("given its base", "based on"): they relate things, they name none."""

DISCOURSE_MARKERS = frozenset(
    "first firstly second secondly third thirdly lastly finally next additionally moreover furthermore "
    "afterwards meanwhile however".split()
)
"""Words that order a request's parts ("First, …", "Lastly, …"): they carry no value."""

NEGATIONS = frozenset(
    "not no never without nor neither exclude excluding except avoid avoiding don't doesn't isn't "
    "aren't won't shouldn't can't cannot didn't skip skipping omit omitting".split()
)
"""Words that turn the phrase after them into its opposite ("without air resistance", "avoid tolls")."""

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "hundred": 100, "thousand": 1000,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
"""Ordinal words and the place each counts ("the second guest", `second_note`)."""
MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words after a numeral ("50 million")."""

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def number_word(word: str) -> int | None:
    """The value of an English number word ("six" → 6, "dozen" → 12, "twenty-five" → 25), if it is one."""
    lowered = word.lower()
    if lowered in _UNITS:
        return _UNITS[lowered]
    if "-" in lowered:
        head, _, tail = lowered.partition("-")
        if head in _UNITS and tail in _UNITS and _UNITS[head] >= 20 and _UNITS[tail] < 10:
            return _UNITS[head] + _UNITS[tail]
    return None


@lru_cache(maxsize=65536)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return lemminflect.getAllLemmas(word)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    lowered = word.lower()
    found = _lemmas(lowered)
    for part in ("NOUN", "VERB", "ADJ", "ADV", "PROPN"):
        if part in found:
            return found[part][0].lower()
    return lowered


@lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str:
    """The lemma, and for a word the dictionary lacks its lemma as a noun by lemminflect's rules for
    unknown words ("condos" → "condo"): English inflects a new noun as it does a known one."""
    if known(word):
        return lemma(word)
    found = lemminflect.getAllLemmasOOV(word.lower(), upos="NOUN").get("NOUN")
    return found[0].lower() if found else word.lower()


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    return bool(_lemmas(word.lower()))


@lru_cache(maxsize=65536)
def parts(word: str) -> frozenset[str]:
    return frozenset(_lemmas(word.lower()))


_DOER_ENDINGS = ("er", "or", "ee", "ist", "ant", "ent")


@lru_cache(maxsize=65536)
def doer(word: str) -> bool:
    """Whether a noun names one who does a verb's act, by the endings English forms such nouns with from
    the verb: "traveller" (travel), "diner" (dine), "attendee" (attend), "cyclist" (cycle), "rider" (ride).
    The verb must be in the dictionary; the noun may be plural."""
    noun = noun_lemma(word)
    for ending in _DOER_ENDINGS:
        if not noun.endswith(ending) or len(noun) < len(ending) + 3:
            continue
        base = noun[: -len(ending)]
        undoubled = base[:-1] if len(base) > 3 and base[-1] == base[-2] else base
        if any("VERB" in parts(verb) for verb in {base, base + "e", undoubled}):
            return True
    return False


@lru_cache(maxsize=65536)
def past_participle(word: str) -> bool:
    """Whether the word is a verb's past participle ("taught", "run", "given"; not "books")."""
    lowered = word.lower()
    verbs = _lemmas(lowered).get("VERB", ())
    return any(lowered in lemminflect.getInflection(v, tag="VBN") for v in verbs)


@lru_cache(maxsize=65536)
def past_tense(word: str) -> bool:
    """Whether the word is a verb's simple past ("sold", "scored", "ran"; not "sells", not "could", which
    is a modal's form: `AUX` words are left to the caller)."""
    lowered = word.lower()
    verbs = _lemmas(lowered).get("VERB", ())
    return any(lowered in lemminflect.getInflection(v, tag="VBD") for v in verbs)


@lru_cache(maxsize=65536)
def gradable(word: str) -> bool:
    """Whether the dictionary gives the adjective a comparative ("cheap" → "cheaper", "good" → "better"):
    it says how much of a quality, not which kind of thing ("electric", "vegetarian" have none)."""
    return "JJR" in lemminflect.getAllInflections(word.lower(), upos="ADJ")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball's English stem of a word as written ("connections" → "connect"), under `_STEMMER_LOCK`."""
    with _STEMMER_LOCK:
        return _STEMMER.stemWord(word)


_BRITISH_RE = re.compile(r"(?<=[a-z])([tbg])re$")
"""The British spelling of a word the American one writes "-ter", "-ber", "-ger" ("theatre", "fibre",
"meagre")."""


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """The word's root (its lemma's stem); a British "-re" spelling has its American "-er" one's, when the
    dictionary knows that ("theatre" ~ "theater", "centre" ~ "center", "litre" ~ "liter"): one word."""
    base = lemma(word)
    american = _BRITISH_RE.sub(r"\1er", base)
    if american != base and known(american):
        base = american
    return stem(base)


DERIVATIONAL_SUFFIXES = (
    "er", "or", "yer", "ist", "ian", "ity", "ism", "al", "ic", "ical", "ive", "ous", "ful", "less", "ment",
    "ness", "ery", "ary", "ate", "ize", "ise", "ship", "hood", "dom", "ee", "ant", "ent",
)  # fmt: skip
"""English derivational suffixes: a root plus one of these is the same word family ("law" ~ "lawyer")."""


def related(a: str, b: str) -> bool:
    """Whether two words share a root, or one root begins the other (derivations: "hypot" ~ "hypotenuse")."""
    return related_roots(root(a), root(b))


@lru_cache(maxsize=65536)
def related_roots(ra: str, rb: str) -> bool:
    """`related` for roots already computed: equal; or the shorter begins the longer and what it adds is
    a derivation — anything after 5 letters or more ("evolut" ~ "evolutionari"), two letters or more
    after 4 ("hypot" ~ "hypotenus", not "tent" ~ "tenth"), a derivational suffix after 3 ("law" ~ "lawyer")."""
    if ra == rb:
        return True
    short, long_ = (ra, rb) if len(ra) <= len(rb) else (rb, ra)
    silent_e = short.endswith("e") and len(short) >= 4 and not long_.startswith(short)
    if silent_e and long_.startswith(short[:-1]):
        # a suffix that opens on a vowel takes the place of a silent "e": "dose" ~ "dosage", "use" ~ "usage"
        return long_[len(short) - 1 :] in ("ag", "al", "er", "or", "ist", "ity", "ive", "ous", "ant", "ent")
    if not long_.startswith(short) or len(short) < 3:
        return False
    added = long_[len(short) :]
    if len(short) >= 5:
        return True
    if len(short) == 4:
        return len(added) >= 2
    return added in DERIVATIONAL_SUFFIXES


def misspells(word: str, root_: str) -> bool:
    """Whether `word` (six letters or more), which the dictionary does not know, is a word of root
    `root_` (five letters or more; its start, the root, is compared) mistyped by one letter — one added,
    left out, changed, or two swapped ("acceleeration", "temprature"): a reader still sees the word
    meant. A word the dictionary knows is itself."""
    if len(root_) < 5 or len(word) < 6 or known(word):
        return False
    typed = word.lower()
    if typed[0] != root_[0]:
        return False
    return _one_edit(root(word), root_) or any(
        _one_edit(typed[:n], root_) for n in (len(root_) - 1, len(root_), len(root_) + 1)
    )


def mistypes(word: str, meant: str) -> bool:
    """Whether `word`, which the dictionary does not know, is the whole word `meant` mistyped: both of
    five letters or more, the same first letter, and one letter added, left out, changed or two swapped
    ("luxary" for "Luxury", "leathr" for "Leather"), or two such slips in a word of eight letters or more
    ("electronika", "strategey"): a reader still sees the word meant. A word the dictionary knows is itself
    ("horse" is no "House"). Unlike `misspells`, which compares a word with a root, this compares the whole
    of two words, as a typed option is compared with the option it means."""
    typed, meant = word.lower(), meant.lower()
    if len(typed) < 5 or len(meant) < 5 or typed == meant or typed[0] != meant[0] or known(typed):
        return False
    slips = 2 if min(len(typed), len(meant)) >= 8 else 1
    return OSA.distance(typed, meant, score_cutoff=slips) <= slips


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by at most one insertion, deletion, substitution or swap of neighbours
    (optimal string alignment distance)."""
    return OSA.distance(a, b, score_cutoff=1) <= 1


_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|s)$|n['’]t$")


@lru_cache(maxsize=65536)
def is_function_word(word: str) -> bool:
    """A function word, also when contracted ("I'm", "you'd", "don't")."""
    lowered = word.lower()
    return (
        lowered in FUNCTION_WORDS
        or lowered in CASUAL_FUNCTION_WORDS
        or lowered in DISCOURSE_MARKERS
        or lowered in DEVERBAL_PREPOSITIONS
        or _CONTRACTION.sub("", lowered) in FUNCTION_WORDS | {"don", "doesn", "won", "can"}
    )


def content_roots(text: str) -> list[str]:
    """Roots of the words that carry meaning (function words dropped), in order, without repeats."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(split_identifiers(text).lower()):
        if w not in FUNCTION_WORDS:
            seen.setdefault(root(w), None)
    return list(seen)


_CAMEL = re.compile(
    r"(?<=[a-z0-9])(?=[A-Z])(?!(?<=(?<![A-Za-z0-9])[a-z])[A-Z]+(?![a-z]))|(?<=[A-Z])(?=[A-Z][a-z])"
)
"""A camelCase boundary ("getWeather", "calculateBMI"), but not after one lower-case letter that opens a
word written in capitals after it ("pH", "mRNA", "iOS"): that is one word, as English writes it."""


@lru_cache(maxsize=65536)
def split_identifiers(text: str) -> str:
    """snake_case, camelCase, dotted.names and kebab-case written as separate words (cached: the same
    names and descriptions of an agent's tools are split on every turn)."""
    return _CAMEL.sub(" ", text).replace("_", " ").replace(".", " ").replace("-", " ")


_ALSO_UNITS = frozenset({"pound"})
"""Currency words that are also units of measure ("a five pound bag"): bare, they name no currency."""


@lru_cache(maxsize=1)
def _currency_names() -> dict[str, str]:
    """English currency names (CLDR, via babel) → ISO code; a name several currencies share is left out,
    except a bare head noun ("dollars", "yen") for the one currency whose English symbol is a sign with
    no letters ("$", "¥"): the currency English writes unmarked, as "$5" is US dollars. Not a head that
    is also a verb or adjective ("won", "real") or a unit of measure (`_ALSO_UNITS`)."""
    codes: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for code in list_currencies():
        unmarked = not any(ch.isalpha() for ch in get_currency_symbol(code, locale="en"))
        for count in (1, 2):  # "Swiss franc", "Swiss francs"
            name = get_currency_name(code, count=count, locale="en").lower()
            codes.setdefault(name, set()).add(code)
            if unmarked and " " in name:
                heads.setdefault(name.split()[-1], set()).add(code)
    names = {name: next(iter(found)) for name, found in codes.items() if len(found) == 1}
    for head, found in heads.items():
        bare = lemma(head)
        if (
            len(found) == 1
            and head not in codes
            and bare not in _ALSO_UNITS
            and not parts(bare) & {"VERB", "ADJ"}
        ):
            names[head] = next(iter(found))
    return names


def currency_code(name: str) -> str:
    """The ISO 4217 code of a currency written by its English name, or "" (`babel`'s CLDR data)."""
    return _currency_names().get(" ".join(name.lower().split()), "")


def currency_of(text: str) -> str:
    """The ISO 4217 code of a currency written by its English name or as its code ("USD"), or ""."""
    text = text.strip()
    return text if text in _currency_codes() else currency_code(text)


_WORDS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def names_currency(text: str) -> bool:
    """Whether `text` names a currency: a CLDR name of one to three words, or an ISO 4217 code in
    capitals (one that is also an English word only after a number or "in", "to", "from": "500 CAD",
    not "ALL of it"); not a symbol, which prices carry anyway."""
    words = _WORDS.findall(text)
    codes = _currency_codes()
    for i, word in enumerate(words):
        if len(word) == 3 and word.isupper() and word in codes:
            after = re.search(rf"(?:\d|\b(?:in|to|into|from))\s+{word}\b", text)
            if not known(word.lower()) or after:  # "USD", "500 CAD", "to CAD"; not "ALL of it"
                return True
        for n in (1, 2, 3):
            if i + n <= len(words) and currency_code(" ".join(words[i : i + n])):
                return True
    return False


_LOWER_CODE = re.compile(r"(?<![\w'’.-])([a-z]{3})(?![\w'’-])")
_AMOUNT_OR_END = re.compile(r"(?:\d\s*|\b(?:to|into|in)\s+)$")


@lru_cache(maxsize=4096)
def typed_codes(text: str) -> str:
    """`text` with each ISO 4217 currency code typed in lower case written in capitals ("convert 100 usd to
    eur" → "… USD to EUR"), as people type codes: a code that is no English word where the text writes a
    number or another code ("in php" alone is a language), one that is ("cad", "all", "top") only right
    after an amount ("20 cad") or after "to"/"into"/"in" once another code came before it ("20 usd to
    cad"). Same length, so every offset into the text still holds."""
    codes = _currency_codes()
    others = sum(w.upper() in codes and not known(w) for w in _LOWER_CODE.findall(text.lower())) > 1
    out = text
    for match in _LOWER_CODE.finditer(text):
        word = match.group(1)
        if word.upper() not in codes or is_function_word(word):
            continue
        before = text[: match.start()]
        seen = any(code in codes for code in re.findall(r"\b[A-Z]{3}\b", out[: match.start()]))
        alone = not known(word) and (others or any(c.isdigit() for c in text))
        if alone or re.search(r"\d\s*$", before) or (seen and _AMOUNT_OR_END.search(before)):
            out = out[: match.start()] + word.upper() + out[match.end() :]
    return out


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


@lru_cache(maxsize=1)
def _places_and_languages() -> tuple[frozenset[str], frozenset[str]]:
    english = Locale("en")
    territories = frozenset(name.lower() for name in english.territories.values())
    languages = frozenset(name.lower() for name in english.languages.values())
    return territories, languages


@lru_cache(maxsize=4096)
def is_language(name: str) -> bool:
    """Whether a name is a language's English name in CLDR ("Swahili", "Brazilian Portuguese")."""
    _, languages = _places_and_languages()
    return name.strip().lower() in languages


@lru_cache(maxsize=4096)
def language_name(code: str) -> str:
    """The English name CLDR gives a language code ("de" → "German", "pt-BR" → "Brazilian Portuguese"), or
    "" for no language's code."""
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?", code):
        return ""
    english = Locale("en")
    base = code.replace("-", "_")
    return english.languages.get(base) or english.languages.get(base.split("_")[0].lower(), "")


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    """Whether a name is a country's or territory's English name in CLDR ("Kenya", "the United States")."""
    territories, _ = _places_and_languages()
    return re.sub(r"^the\s+", "", name.strip().lower()) in territories


_DEMONYM = re.compile(r"([a-z]{3,}?)(?:ian|an|ese|ish|i|n)")


@lru_cache(maxsize=4096)
def nationality(word: str) -> bool:
    """Whether a capitalised word is an adjective of a people or language ("Italian", "Thai", "Mexican",
    "Lebanese", "Scottish Gaelic"), not a place ("Boston", "Japan", "Milan"): an English language name in CLDR, or a word
    made from a country's name with a demonym suffix (-ian, -an, -ese, -ish, -i) that is no country itself.
    Such a word before a noun says which kind it is ("Italian restaurants"), as a common adjective does."""
    if not word[:1].isupper() or not word.replace(" ", "").isalpha():
        return False
    territories, languages = _places_and_languages()
    lowered = word.lower()
    if lowered in territories:
        return False
    if lowered in languages:
        return True
    match = _DEMONYM.fullmatch(lowered) if " " not in lowered else None
    if match is None:
        return False
    stem = match.group(1)
    return any(t.startswith(stem) and " " not in t for t in territories)


@lru_cache(maxsize=4096)
def country_of(word: str) -> str:
    """The country a people's or language's adjective names ("German" → "Germany", "Mexican" → "Mexico",
    "French" → "France"), or "": the one-word CLDR country that shares its first four letters or more
    and lacks at most two letters after them (the longest such; a country, not a region: "American" names
    none), else the country CLDR gives as the
    language's likely one (French → FR), unless the language is official in dozens of countries
    ("English": no one country)."""
    if not nationality(word):
        return ""
    english = Locale("en")
    lowered = word.lower()
    best, shared = "", 0
    for code, name in english.territories.items():
        territory = name.lower()
        if not code.isalpha() or code in ("EU", "EZ", "UN") or " " in territory or not territory.isalpha():
            continue
        common = len(os.path.commonprefix([lowered, territory]))
        if common >= 4 and len(territory) - common <= 2 and common > shared:
            best, shared = name, common
    if best:
        return best
    codes = sorted((code for code, name in english.languages.items() if name.lower() == lowered), key=len)
    if not codes:
        return ""
    likely = str(get_global("likely_subtags").get(codes[0], ""))
    territory = likely.split("_")[-1] if likely else ""
    official = sum(
        1
        for languages in get_global("territory_languages").values()
        if languages.get(codes[0], {}).get("official_status") in ("official", "de_facto_official")
    )
    return english.territories.get(territory, "") if official < 50 else ""
