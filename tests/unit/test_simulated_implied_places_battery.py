"""A battery for required values a place the request names implies, though the request never says them.

Written before reading the benchmark's failures, in domains of its own (dining, property tax, libraries,
weather, hotels, concerts, prices, fares, translation, wildlife, travel advice, climbing, schools), from how
people phrase such asks and how tool authors describe such parameters. A careful small model does not ask
the user for what the place already says: a US city's state ("San Antonio" → "TX", or "Texas" where the
description asks the state's name), a city's country ("Osaka" → "Japan", "FR" for a code), a country's
currency ("Switzerland" → "CHF"), a country's continent ("Peru" → "South America") and its language where
the request asks for "the local language". It fills such a value only for a required parameter, and asks
(or leaves it out) where the place does not settle it: a city whose best-known namesake is not American
says no state, and an optional country stays out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool
from test_simulated_bfcl_style_battery import params

from agentkit.local.simulated.world import implied

DINING = tool(
    "restaurant_search",
    "Search restaurants in a US city.",
    {
        "city": text("Name of the city."),
        "state": text("Two-letter state code, e.g. 'CA'."),
        "cuisine": text("Type of cuisine."),
    },
    ["city", "state"],
)
PROPERTY_TAX = tool(
    "property_tax_rate",
    "Get the property tax rate of a US city.",
    {
        "city": text("The city."),
        "state": text("Full name of the state, e.g. 'California'."),
    },
)
LIBRARIES = tool(
    "public_library_finder",
    "Find public libraries in a city.",
    {"city": text("City name."), "state": text("The US state, e.g. 'NY'.")},
)
DINING_OPTIONAL = tool(
    "food_truck_finder",
    "Find food trucks in a city.",
    {"city": text("Name of the city."), "state": text("Two-letter state code, e.g. 'WA'.")},
    ["city"],
)
WEATHER = tool(
    "city_weather",
    "Get tomorrow's weather for a city.",
    {"city": text("Name of the city."), "country": text("Name of the country the city is in.")},
)
HOTELS = tool(
    "hotel_availability",
    "Check hotel availability in a city.",
    {
        "city": text("The city."),
        "country_code": text("ISO 3166-1 alpha-2 code of the country, e.g. 'DE'."),
        "guests": num("Number of guests.", "integer"),
    },
)
CONCERTS = tool(
    "concert_listings",
    "List upcoming concerts in a city.",
    {
        "city": text("City where the concerts take place."),
        "country": text("Country of the city."),
        "genre": text("Music genre, e.g. 'rock'."),
    },
    ["city", "country"],
)
CONCERTS_OPTIONAL = tool(
    "gig_guide",
    "List gigs in a city.",
    {"city": text("City of the gigs."), "country": text("Country of the city.")},
    ["city"],
)
GROCERIES = tool(
    "grocery_price_index",
    "Get the average price of a grocery item in a country.",
    {
        "item": text("The grocery item, e.g. 'milk'."),
        "country": text("The country."),
        "currency": text("ISO 4217 currency code the price is given in, e.g. 'USD'."),
    },
)
FARES = tool(
    "train_fare",
    "Get the price of a train ticket between two cities.",
    {
        "origin": text("Departure city."),
        "destination": text("Arrival city."),
        "currency": text("Three-letter currency code of the fare."),
    },
)
TRANSLATE = tool(
    "translate_text",
    "Translate a text into another language.",
    {"text": text("The text to translate."), "target_language": text("The language to translate into.")},
)
TRANSLATE_CODE = tool(
    "phrase_translation",
    "Translate a short phrase.",
    {
        "phrase": text("The phrase to translate."),
        "target_lang": text("Target language code, e.g. 'fr'."),
    },
)
WILDLIFE = tool(
    "endangered_species",
    "List endangered species of a kind in a country.",
    {
        "country": text("The country."),
        "continent": text("The continent the country is on, e.g. 'Europe'."),
        "kind": text("Kind of animal, e.g. 'birds'."),
    },
)
ADVISORY = tool(
    "travel_advisory",
    "Get the current travel advisory for a country.",
    {
        "country": text("Name of the country."),
        "region": text("World region (continent) of the country, such as 'Africa'."),
    },
)
CLIMBING = tool(
    "climbing_gyms",
    "Find climbing gyms in a city.",
    {"city": text("The city."), "country": text("The country, as a two-letter ISO code.")},
)
SCHOOLS = tool(
    "school_ratings",
    "Get ratings of schools in a US city.",
    {"city": text("The city."), "state": text("State name, for example 'Texas'.")},
)
PERMITS = tool(
    "building_permits",
    "Count the building permits issued in a town in a year.",
    {
        "town": text("Name of the town."),
        "state": text("The state that town is located in."),
        "year": num("The year.", "integer"),
    },
)
THERMOSTAT = tool(
    "thermostat_mode",
    "Set the mode of a smart thermostat.",
    {"room": text("The room of the thermostat."), "state": text("The state to set, e.g. 'heating'.")},
)

ROWS = [
    # a US city's state, in the form the description asks for
    (
        "Find Italian restaurants in San Antonio.",
        [DINING],
        [("restaurant_search", {"city": "San Antonio", "state": "TX", "cuisine": "Italian"})],
    ),
    (
        "What is the property tax rate in Columbus?",
        [PROPERTY_TAX],
        [("property_tax_rate", {"city": "Columbus", "state": "Ohio"})],
    ),
    (
        "List the public libraries in Seattle.",
        [LIBRARIES],
        [("public_library_finder", {"city": "Seattle", "state": "WA"})],
    ),
    (
        "How are the schools rated in Phoenix?",
        [SCHOOLS],
        [("school_ratings", {"city": "Phoenix", "state": "Arizona"})],
    ),
    (
        "How many building permits did Tucson issue in 2023?",
        [PERMITS],
        [("building_permits", {"town": "Tucson", "state": "Arizona", "year": 2023})],
    ),
    # a city's country, by name or as a code
    (
        "What will the weather be like in Osaka tomorrow?",
        [WEATHER],
        [("city_weather", {"city": "Osaka", "country": "Japan"})],
    ),
    (
        "Is there a hotel free in Lyon for 2 guests?",
        [HOTELS],
        [("hotel_availability", {"city": "Lyon", "country_code": "FR", "guests": 2})],
    ),
    (
        "Show me upcoming jazz concerts in Melbourne.",
        [CONCERTS],
        [("concert_listings", {"city": "Melbourne", "country": "Australia", "genre": "jazz"})],
    ),
    ("Find climbing gyms in Nairobi.", [CLIMBING], [("climbing_gyms", {"city": "Nairobi", "country": "KE"})]),
    (
        "Tomorrow's weather in Denver, please.",
        [WEATHER],
        [("city_weather", {"city": "Denver", "country": "United States"})],
    ),
    # a country's (or a city's country's) currency
    (
        "What does a litre of milk cost in Switzerland?",
        [GROCERIES],
        [("grocery_price_index", {"item": "milk", "country": "Switzerland", "currency": "CHF"})],
    ),
    (
        "How much is a loaf of bread in Norway?",
        [GROCERIES],
        [("grocery_price_index", {"item": "bread", "country": "Norway", "currency": "NOK"})],
    ),
    (
        "How much is a train ticket from Osaka to Kyoto?",
        [FARES],
        [("train_fare", {"origin": "Osaka", "destination": "Kyoto", "currency": "JPY"})],
    ),
    # a country's language, where the request asks for the local one
    (
        "Translate 'where is the beach' into the local language of Brazil.",
        [TRANSLATE],
        [("translate_text", {"text": "where is the beach", "target_language": "Portuguese"})],
    ),
    (
        "Translate the phrase 'thank you very much' into the official language of Greece.",
        [TRANSLATE_CODE],
        [("phrase_translation", {"phrase": "thank you very much", "target_lang": "el"})],
    ),
    # a country's continent
    (
        "Which birds are endangered in Peru?",
        [WILDLIFE],
        [("endangered_species", {"country": "Peru", "continent": "South America", "kind": "birds"})],
    ),
    (
        "Get the travel advisory for Vietnam.",
        [ADVISORY],
        [("travel_advisory", {"country": "Vietnam", "region": "Asia"})],
    ),
    # a capital named by its country's role
    (
        "Find climbing gyms in the capital of Norway.",
        [CLIMBING],
        [("climbing_gyms", {"city": "Oslo", "country": "NO"})],
    ),
    # the place does not settle the value, or it is optional: no guess
    ("Find Italian restaurants in Paris.", [DINING], []),
    ("Find food trucks in Portland.", [DINING_OPTIONAL], [("food_truck_finder", {"city": "Portland"})]),
    ("List gigs in Glasgow.", [CONCERTS_OPTIONAL], [("gig_guide", {"city": "Glasgow"})]),
    # a value the request states stays as it is
    (
        "Find Thai restaurants in Austin, Texas.",
        [DINING],
        [("restaurant_search", {"city": "Austin", "state": "TX", "cuisine": "Thai"})],
    ),
    (
        "What does a litre of milk cost in Japan, in US dollars?",
        [GROCERIES],
        [("grocery_price_index", {"item": "milk", "country": "Japan", "currency": "USD"})],
    ),
]

XFAIL: dict[str, str] = {
    "Show me upcoming jazz concerts in Melbourne.": "a genre inside the phrase 'upcoming jazz concerts' is "
    "not read as the optional `genre`",
    "Find climbing gyms in the capital of Norway.": "with the country taken by `country`, the word "
    "'capital' goes to `city`, not the capital of the country named",
}


@pytest.mark.parametrize(("request_text", "specs", "expected"), params(ROWS, XFAIL))
def test_a_place_implies_the_value(request_text: str, specs: list, expected: list) -> None:
    assert calls(request_text, *specs) == expected


def test_a_state_that_is_a_condition_is_no_us_state() -> None:
    """A `state` parameter described as a condition ("The state to set, e.g. 'heating'") takes no US
    state from a city the request names."""
    description = THERMOSTAT["toolSpec"]["inputSchema"]["json"]["properties"]["state"]["description"]
    assert implied("state", description, ["Boston"], "Change the thermostat in the Boston office.") is None
    assert implied("state", "The state that town is located in.", ["Boston"], "") == "Massachusetts"


def test_a_value_the_description_says_is_the_users_own_is_not_inferred() -> None:
    assert implied("country", "The user's home country.", ["Osaka"], "weather in Osaka") is None
    assert implied("country", "Country of the city.", ["Osaka"], "weather in Osaka") == "Japan"
