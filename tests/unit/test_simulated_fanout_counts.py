"""How many calls one request asks for (fanout.py, plan.py, text.py).

Each case is a request written for these tools, with the calls a careful reader would make: the same tool
for several values, several tools in one turn, mixes of both, and look-alikes that are one call ("a salad
with tomatoes and cheese", "between 3 and 5"). A case asserts the number of calls and their key arguments.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool

CIRCLE = tool("circle_area", "Area of a circle.", {"radius": num("Radius of the circle.")})
WEATHER = tool("get_weather", "Current weather for a city.", {"city": text("The city name.")})
STOCK = tool("stock_quote", "Latest stock quote for a ticker symbol.", {"ticker": text("Ticker symbol.")})
RECIPE = tool(
    "find_recipe",
    "Find a recipe for a dish.",
    {"dish": text("The dish to cook."), "max_minutes": num("Most minutes to spend.", "integer")},
    ["dish"],
)
CONVERT = tool(
    "convert_length",
    "Convert a length between units.",
    {
        "value": num("The length."),
        "from_unit": text("Unit to convert from."),
        "to_unit": text("Unit to convert to."),
    },
)
HOTEL = tool(
    "hotel_search",
    "Search hotels in a city.",
    {
        "city": text("The city."),
        "min_rating": num("Lowest star rating."),
        "amenity": text("An amenity the hotel must have."),
    },
    ["city"],
)
RANDOM = tool(
    "random_integer",
    "A random integer in a range.",
    {"low": num("Lowest value.", "integer"), "high": num("Highest value.", "integer")},
)
POPULATION = tool(
    "population",
    "Population of a country in a year.",
    {"country": text("The country."), "year": num("The year.", "integer")},
)
TRANSLATE = tool(
    "translate",
    "Translate a text into a language.",
    {"text": text("The text to translate."), "language": text("Target language.")},
)
TIMEZONE = tool("local_time", "Current local time in a city.", {"city": text("The city.")})


def subset(got: list[tuple[str, dict]], want: list[tuple[str, dict]]) -> bool:
    """Each wanted call is matched, in any order, by a made call with at least those arguments."""
    if len(got) != len(want):
        return False
    left = list(got)
    for name, arguments in want:
        for made in left:
            if made[0] == name and all(same(made[1].get(k), v) for k, v in arguments.items()):
                left.remove(made)
                break
        else:
            return False
    return True


def same(made: object, wanted: object) -> bool:
    """Numbers compare by value (3 == 3.0); other values exactly."""
    if isinstance(wanted, (int, float)) and isinstance(made, (int, float)):
        return float(made) == float(wanted)
    return made == wanted


def many(name: str, key: str, values: list) -> list[tuple[str, dict]]:
    return [(name, {key: v}) for v in values]


CASES = [
    (
        "What is the area of circles with radii 3, 5 and 7?",
        [CIRCLE],
        many("circle_area", "radius", [3, 5, 7]),
    ),
    (
        "What's the weather in London and then Paris?",
        [WEATHER],
        many("get_weather", "city", ["London", "Paris"]),
    ),
    (
        "Get the stock quote for each of AAPL, MSFT and IBM.",
        [STOCK],
        many("stock_quote", "ticker", ["AAPL", "MSFT", "IBM"]),
    ),
    (
        "What was the population of France and Spain in 1990 and 2000 respectively?",
        [POPULATION],
        [
            ("population", {"country": "France", "year": 1990}),
            ("population", {"country": "Spain", "year": 2000}),
        ],
    ),
    (
        "Convert lengths for two cases: 5 meters to feet and 10 inches to centimeters.",
        [CONVERT],
        [
            ("convert_length", {"value": 5, "to_unit": "feet"}),
            ("convert_length", {"value": 10, "to_unit": "centimeters"}),
        ],
    ),
    (
        "What's the weather in Oslo? Also for Bergen.",
        [WEATHER],
        many("get_weather", "city", ["Oslo", "Bergen"]),
    ),
    (
        "Give me the area of a circle of radius 4, and the same for radius 9.",
        [CIRCLE],
        many("circle_area", "radius", [4, 9]),
    ),
    (
        "Get stock quotes for these tickers (TSLA, NVDA, AMD).",
        [STOCK],
        many("stock_quote", "ticker", ["TSLA", "NVDA", "AMD"]),
    ),
    (
        "Find the weather for: 1. Madrid 2. Lisbon 3. Rome",
        [WEATHER],
        many("get_weather", "city", ["Madrid", "Lisbon", "Rome"]),
    ),
    (
        "What's the weather in Tokyo and what time is it in Sydney?",
        [WEATHER, TIMEZONE],
        [("get_weather", {"city": "Tokyo"}), ("local_time", {"city": "Sydney"})],
    ),
    (
        "Tell me the stock quote for GOOG and the area of a circle with radius 2.",
        [STOCK, CIRCLE],
        [("stock_quote", {"ticker": "GOOG"}), ("circle_area", {"radius": 2})],
    ),
    (
        "What's the weather in Cairo and Nairobi, and the local time in Lagos?",
        [WEATHER, TIMEZONE],
        [
            ("get_weather", {"city": "Cairo"}),
            ("get_weather", {"city": "Nairobi"}),
            ("local_time", {"city": "Lagos"}),
        ],
    ),
    (
        "Translate 'good morning' into German and Italian, and tell me the weather in Vienna.",
        [TRANSLATE, WEATHER],
        [
            ("translate", {"text": "good morning", "language": "German"}),
            ("translate", {"text": "good morning", "language": "Italian"}),
            ("get_weather", {"city": "Vienna"}),
        ],
    ),
    ("Find a recipe for a salad with tomatoes and cheese.", [RECIPE], [("find_recipe", {})]),
    ("Give me a random integer between 3 and 5.", [RANDOM], [("random_integer", {"low": 3, "high": 5})]),
    (
        "Find hotels in Rome with a rating above 4 and a pool.",
        [HOTEL],
        [("hotel_search", {"city": "Rome", "min_rating": 4})],
    ),
    ("Find a recipe for macaroni and cheese.", [RECIPE], [("find_recipe", {})]),
    (
        "Convert 12 feet to meters.",
        [CONVERT],
        [("convert_length", {"value": 12, "to_unit": "meters"})],
    ),
    (
        "What was the population of Chile in 1980, 1990 and 2000?",
        [POPULATION],
        [("population", {"country": "Chile", "year": y}) for y in (1980, 1990, 2000)],
    ),
    (
        "What was the population of Peru and of Bolivia in 2010?",
        [POPULATION],
        [("population", {"country": c, "year": 2010}) for c in ("Peru", "Bolivia")],
    ),
    (
        "Find hotels in Rome and in Milan with a minimum rating of 4.",
        [HOTEL],
        [("hotel_search", {"city": c, "min_rating": 4}) for c in ("Rome", "Milan")],
    ),
    (
        "Give me two random integers, one between 1 and 6 and another between 10 and 20.",
        [RANDOM],
        [("random_integer", {"low": 1, "high": 6}), ("random_integer", {"low": 10, "high": 20})],
    ),
    (
        "Translate 'cheers' into Welsh, Irish and Scottish Gaelic.",
        [TRANSLATE],
        [("translate", {"text": "cheers", "language": x}) for x in ("Welsh", "Irish", "Scottish Gaelic")],
    ),
    (
        "What is the current local time in Denver, Boston, and Seattle?",
        [TIMEZONE],
        many("local_time", "city", ["Denver", "Boston", "Seattle"]),
    ),
    (
        "Find recipes for lasagna under 60 minutes and for risotto under 40 minutes.",
        [RECIPE],
        [
            ("find_recipe", {"dish": "lasagna", "max_minutes": 60}),
            ("find_recipe", {"dish": "risotto", "max_minutes": 40}),
        ],
    ),
    (
        "Circle areas please: radius 1.5, radius 2.5.",
        [CIRCLE],
        many("circle_area", "radius", [1.5, 2.5]),
    ),
    (
        "First get the weather in Quito, then the local time there.",
        [WEATHER, TIMEZONE],
        [("get_weather", {"city": "Quito"}), ("local_time", {"city": "Quito"})],
    ),
    (
        "Convert 3 miles to kilometers, 8 pounds... no, 8 yards to meters.",
        [CONVERT],
        [
            ("convert_length", {"value": 3, "to_unit": "kilometers"}),
            ("convert_length", {"value": 8, "to_unit": "meters"}),
        ],
    ),
    (
        "Get the stock quote for AAPL. Then do the same for AMZN and META.",
        [STOCK],
        many("stock_quote", "ticker", ["AAPL", "AMZN", "META"]),
    ),
    (
        "I need the weather in Dublin as well as in Cork.",
        [WEATHER],
        many("get_weather", "city", ["Dublin", "Cork"]),
    ),
    (
        "Find a hotel in Kyoto with free breakfast and parking.",
        [HOTEL],
        [("hotel_search", {"city": "Kyoto"})],
    ),
    (
        "Calculate the area of a circle with radius 6 and tell me the weather in Perth and Darwin.",
        [CIRCLE, WEATHER],
        [
            ("circle_area", {"radius": 6}),
            ("get_weather", {"city": "Perth"}),
            ("get_weather", {"city": "Darwin"}),
        ],
    ),
]


# Readings the simulator does not make yet (baseline 20 of 32; 23 now): strict, so a fix that reads one shows up here.
NOT_YET_READ = {
    "Get stock quotes for these tickers (TSLA, NVDA, AMD).",
}
NOT_YET = pytest.mark.xfail(strict=True, reason="a count or argument this reading does not give yet")


@pytest.mark.parametrize(
    ("request_text", "tools", "want"),
    [pytest.param(*case, marks=NOT_YET if case[0] in NOT_YET_READ else ()) for case in CASES],
    ids=[c[0][:40] for c in CASES],
)
def test_the_number_of_calls_and_their_key_arguments(
    request_text: str, tools: list[dict], want: list
) -> None:
    got = calls(request_text, *tools)
    assert subset(got, want), got
