"""US states and the largest US cities, for the "City, ST" layout a description may ask a place in.

A careful caller that reads "The city and state, e.g. Denver, CO" writes "Houston, TX" for "Houston", and
"Miami, FL" for "Miami, Florida"; a state parameter that asks for a "two-letter abbreviation" gets "FL" for
"Florida". The tables are general knowledge: the 50 states and DC by their USPS codes, and the largest cities
by population with the state each is in.
"""

from __future__ import annotations

import re

STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
}  # fmt: skip
"""The states (and DC) by their USPS two-letter codes."""

CITIES = {
    "new york": "NY", "new york city": "NY", "los angeles": "CA", "chicago": "IL", "houston": "TX",
    "phoenix": "AZ", "philadelphia": "PA", "san antonio": "TX", "san diego": "CA", "dallas": "TX",
    "san jose": "CA", "austin": "TX", "jacksonville": "FL", "fort worth": "TX", "columbus": "OH",
    "charlotte": "NC", "san francisco": "CA", "indianapolis": "IN", "seattle": "WA", "denver": "CO",
    "washington": "DC", "boston": "MA", "el paso": "TX", "nashville": "TN", "detroit": "MI",
    "oklahoma city": "OK", "portland": "OR", "las vegas": "NV", "memphis": "TN", "louisville": "KY",
    "baltimore": "MD", "milwaukee": "WI", "albuquerque": "NM", "tucson": "AZ", "fresno": "CA",
    "sacramento": "CA", "kansas city": "MO", "mesa": "AZ", "atlanta": "GA", "omaha": "NE",
    "colorado springs": "CO", "raleigh": "NC", "miami": "FL", "long beach": "CA", "virginia beach": "VA",
    "oakland": "CA", "minneapolis": "MN", "tulsa": "OK", "tampa": "FL", "arlington": "TX",
    "new orleans": "LA", "wichita": "KS", "cleveland": "OH", "bakersfield": "CA", "aurora": "CO",
    "anaheim": "CA", "honolulu": "HI", "santa ana": "CA", "riverside": "CA", "corpus christi": "TX",
    "lexington": "KY", "pittsburgh": "PA", "anchorage": "AK", "stockton": "CA", "cincinnati": "OH",
    "st. louis": "MO", "saint louis": "MO", "st louis": "MO", "saint paul": "MN", "st. paul": "MN",
    "orlando": "FL", "buffalo": "NY", "salt lake city": "UT", "palo alto": "CA", "brooklyn": "NY",
    "boise": "ID", "richmond": "VA", "madison": "WI", "des moines": "IA", "providence": "RI",
    "hartford": "CT", "savannah": "GA", "charleston": "SC", "santa fe": "NM", "berkeley": "CA",
    "cambridge": "MA", "ann arbor": "MI", "princeton": "NJ", "newark": "NJ", "jersey city": "NJ",
    "scottsdale": "AZ", "santa barbara": "CA", "santa monica": "CA", "pasadena": "CA", "napa": "CA",
    "malibu": "CA", "aspen": "CO", "boulder": "CO", "key west": "FL", "fort lauderdale": "FL",
    "rochester": "NY", "albany": "NY", "syracuse": "NY", "spokane": "WA", "tacoma": "WA", "reno": "NV",
}  # fmt: skip
"""The largest US cities (and some best known) by the code of their state; a name several states share
goes to the largest city of that name."""

_CITY_STATE_LAYOUT = re.compile(
    r"\bcity,?\s+(?:and\s+)?state\b"
    r"|\b(?:e\.g\.|eg|such as|like|example:?)\s*['\"]?[A-Z][A-Za-z. ]+, [A-Z]{2}\b",
    re.I,
)
"""A description that asks for a place as "City, ST": "The city and state", "City, State", "e.g. Denver,
CO"."""
_STATE_CODE = re.compile(r"\b(?:two|2)[- ]letter\b|\babbreviat|\bstate code\b|\be\.g\.?,?\s*['\"]?[A-Z]{2}\b")
"""A state parameter's description that asks for the two-letter code ("Two-letter state abbreviation")."""


def city_state(value: str, description: str) -> str:
    """A place in the "City, ST" layout its description asks for: "Miami, Florida" → "Miami, FL", and a
    large US city named alone, "Chicago" → "Chicago, IL"; other values as they are."""
    if not _CITY_STATE_LAYOUT.search(description):
        return value
    city, _, state = (part.strip() for part in value.partition(","))
    if state:
        code = STATES.get(state.lower().rstrip("."))
        return f"{city}, {code}" if code else value
    code = CITIES.get(city.lower())
    return f"{city}, {code}" if code else value


def state_code(value: str, name: str, description: str) -> str:
    """A state's name as the two-letter code a `state` parameter's description asks for ("Florida" → "FL")."""
    if "state" not in name.lower() or not _STATE_CODE.search(description):
        return value
    return STATES.get(value.lower().strip(), value)
