"""A battery for turns that ask for several different things, each served by one of the offered tools.

Written for this round before reading the benchmark's failing cases, from the genre of its
"parallel_multiple" category alone: two to four tools with python-style names, one-line descriptions and
typed parameters, and a request of one to three sentences chaining two to four asks ("then", "also",
"and" between clauses with their own verbs, a question after an imperative), on subjects of its own
(astronomy, cooking, law, music, sports, finance, geography, medicine, history, travel). Some asks name
several values for one tool (one call each), some values are said once for the whole request (a city, a
year), and some tools fit no ask (no call). Each row lists the calls a careful small model makes; the
check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

PLANET = fn(
    "astronomy_planet_distance",
    "Calculate the distance between two planets in astronomical units.",
    {"planet_a": (STR, "The first planet."), "planet_b": (STR, "The second planet.")},
    ["planet_a", "planet_b"],
)
ESCAPE = fn(
    "physics_escape_velocity",
    "Calculate the escape velocity from a celestial body.",
    {
        "mass": (NUM, "Mass of the body in kilograms."),
        "radius": (NUM, "Radius of the body in meters."),
    },
    ["mass", "radius"],
)
RECIPE = fn(
    "recipe_search",
    "Find recipes for a dish.",
    {
        "dish": (STR, "The name of the dish."),
        "max_minutes": (INT, "Maximum preparation time in minutes."),
    },
    ["dish"],
)
CONVERT_UNITS = fn(
    "cooking_convert_units",
    "Convert a quantity of an ingredient from one kitchen unit to another.",
    {
        "quantity": (NUM, "The amount to convert."),
        "from_unit": (STR, "The unit to convert from."),
        "to_unit": (STR, "The unit to convert to."),
    },
    ["quantity", "from_unit", "to_unit"],
)
CASE = fn(
    "law_case_lookup",
    "Retrieve details of a court case by its case number.",
    {"case_number": (STR, "The case number."), "court": (STR, "The court that heard the case.")},
    ["case_number"],
)
LAWYER = fn(
    "law_find_lawyer",
    "Find lawyers in a city by area of practice.",
    {"city": (STR, "The city to search in."), "practice_area": (STR, "The area of law.")},
    ["city", "practice_area"],
)
SONG = fn(
    "music_song_info",
    "Get information about a song.",
    {"title": (STR, "The song title."), "artist": (STR, "The artist who performed it.")},
    ["title"],
)
CONCERT = fn(
    "music_find_concerts",
    "Find upcoming concerts of an artist in a city.",
    {"artist": (STR, "The artist's name."), "city": (STR, "The city of the concerts.")},
    ["artist", "city"],
)
TEAM_RECORD = fn(
    "sports_team_record",
    "Get a team's win-loss record for a season.",
    {"team": (STR, "The team name."), "season": (INT, "The season year.")},
    ["team", "season"],
)
PLAYER_STATS = fn(
    "sports_player_stats",
    "Get a player's statistics for a season.",
    {"player": (STR, "The player's full name."), "season": (INT, "The season year.")},
    ["player", "season"],
)
STOCK = fn(
    "finance_stock_price",
    "Get the closing price of a stock.",
    {"ticker": (STR, "The stock ticker symbol."), "date": (STR, "The date, YYYY-MM-DD.")},
    ["ticker"],
)
LOAN = fn(
    "finance_loan_payment",
    "Calculate the monthly payment of a loan.",
    {
        "principal": (NUM, "The loan amount."),
        "annual_rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "The loan term in years."),
    },
    ["principal", "annual_rate", "years"],
)
CURRENCY = fn(
    "currency_convert",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount of money."),
        "from_currency": (STR, "The currency to convert from."),
        "to_currency": (STR, "The currency to convert to."),
    },
    ["amount", "from_currency", "to_currency"],
)
POPULATION = fn(
    "geo_city_population",
    "Get the population of a city.",
    {"city": (STR, "The name of the city."), "year": (INT, "The year of the count.")},
    ["city"],
)
WEATHER = fn(
    "weather_forecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "The city."), "days": (INT, "Number of days to forecast.")},
    ["city"],
)
HOTEL = fn(
    "hotel_search",
    "Search for hotels in a city.",
    {
        "city": (STR, "The city to stay in."),
        "nights": (INT, "Number of nights."),
        "max_price": (NUM, "Maximum price per night in dollars."),
    },
    ["city"],
)
BMI = fn(
    "health_bmi",
    "Calculate the body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
CALORIES = fn(
    "health_daily_calories",
    "Estimate the daily calorie needs of a person.",
    {
        "age": (INT, "Age in years."),
        "weight_kg": (NUM, "Weight in kilograms."),
        "activity": (STR, "Activity level: low, moderate or high."),
    },
    ["age", "weight_kg"],
)
EVENT = fn(
    "history_event_date",
    "Find the date of a historical event.",
    {"event": (STR, "The name of the event.")},
    ["event"],
)
RULER = fn(
    "history_country_ruler",
    "Get who ruled a country in a given year.",
    {"country": (STR, "The country."), "year": (INT, "The year.")},
    ["country", "year"],
)
AREA = fn(
    "geometry_triangle_area",
    "Calculate the area of a triangle from its base and height.",
    {"base": (NUM, "The base length."), "height": (NUM, "The height.")},
    ["base", "height"],
)
CIRCUMFERENCE = fn(
    "geometry_circle_circumference",
    "Calculate the circumference of a circle.",
    {"radius": (NUM, "The radius of the circle.")},
    ["radius"],
)
PRIME = fn(
    "math_is_prime",
    "Check whether a number is prime.",
    {"number": (INT, "The number to check.")},
    ["number"],
)
GCD = fn(
    "math_gcd",
    "Calculate the greatest common divisor of two integers.",
    {"a": (INT, "The first integer."), "b": (INT, "The second integer.")},
    ["a", "b"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
DEFINE = fn(
    "dictionary_define",
    "Get the definition of an English word.",
    {"word": (STR, "The word to define.")},
    ["word"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    (
        "Find the distance between Mars and Jupiter, then calculate the escape velocity of a body with a mass "
        "of 6.4e23 kg and a radius of 3.39e6 m.",
        [PLANET, ESCAPE],
        [
            c("astronomy_planet_distance", planet_a="Mars", planet_b="Jupiter"),
            c("physics_escape_velocity", mass=6.4e23, radius=3.39e6),
        ],
    ),
    (
        "Find me a recipe for banana bread that takes under 60 minutes. Also convert 2 cups of flour to grams.",
        [RECIPE, CONVERT_UNITS],
        [
            c("recipe_search", dish="banana bread", max_minutes=60),
            c("cooking_convert_units", quantity=2, from_unit=["cups", "cup"], to_unit=["grams", "gram", "g"]),
        ],
    ),
    (
        "Look up case number 21-CV-1187 in the Ninth Circuit and find me an employment lawyer in Denver.",
        [CASE, LAWYER],
        [
            c("law_case_lookup", case_number="21-CV-1187", court=["Ninth Circuit", OMIT]),
            c("law_find_lawyer", city="Denver", practice_area=["employment", "employment law"]),
        ],
    ),
    (
        "Tell me about the song Yesterday by the Beatles and find upcoming Coldplay concerts in Chicago.",
        [SONG, CONCERT],
        [
            c("music_song_info", title="Yesterday", artist=["the Beatles", "Beatles"]),
            c("music_find_concerts", artist="Coldplay", city="Chicago"),
        ],
    ),
    (
        "What was the record of the Golden State Warriors in 2016, and what were Stephen Curry's stats that "
        "season?",
        [TEAM_RECORD, PLAYER_STATS],
        [
            c("sports_team_record", team=["Golden State Warriors", "Warriors"], season=2016),
            c("sports_player_stats", player="Stephen Curry", season=2016),
        ],
    ),
    (
        "Get the closing prices of AAPL and MSFT, and calculate the monthly payment on a $300,000 loan at 6% "
        "for 30 years.",
        [STOCK, LOAN],
        [
            c("finance_stock_price", ticker="AAPL", date=OMIT),
            c("finance_stock_price", ticker="MSFT", date=OMIT),
            c("finance_loan_payment", principal=300000, annual_rate=6, years=30),
        ],
    ),
    (
        "Convert 1500 euros to US dollars, then get the weather forecast for Boston for the next 3 days.",
        [CURRENCY, WEATHER, HOTEL],
        [
            c(
                "currency_convert",
                amount=1500,
                from_currency=["EUR", "euros", "euro"],
                to_currency=["USD", "US dollars", "dollars"],
            ),
            c("weather_forecast", city="Boston", days=3),
        ],
    ),
    (
        "I'm going to Lisbon for 4 nights. Find me a hotel under $150 a night and tell me the weather forecast "
        "for the next 4 days.",
        [HOTEL, WEATHER, CURRENCY],
        [
            c("hotel_search", city="Lisbon", nights=4, max_price=150),
            c("weather_forecast", city="Lisbon", days=4),
        ],
    ),
    (
        "What was the population of Nairobi in 2010? Also, what is the weather forecast there for the next "
        "2 days?",
        [POPULATION, WEATHER],
        [
            c("geo_city_population", city="Nairobi", year=2010),
            c("weather_forecast", city="Nairobi", days=2),
        ],
    ),
    (
        "Calculate my BMI: I weigh 82 kg and I am 1.80 m tall. Then estimate my daily calories; I'm 41 years "
        "old with a moderate activity level.",
        [BMI, CALORIES],
        [
            c("health_bmi", weight_kg=82, height_m=1.8),
            c("health_daily_calories", age=41, weight_kg=82, activity="moderate"),
        ],
    ),
    (
        "When did the storming of the Bastille happen, and who ruled France in 1789?",
        [EVENT, RULER],
        [
            c("history_event_date", event=["storming of the Bastille", "the storming of the Bastille"]),
            c("history_country_ruler", country="France", year=1789),
        ],
    ),
    (
        "Find the area of a triangle with base 10 and height 6, and the circumference of a circle of radius 4.",
        [AREA, CIRCUMFERENCE],
        [
            c("geometry_triangle_area", base=10, height=6),
            c("geometry_circle_circumference", radius=4),
        ],
    ),
    (
        "Is 97 a prime number? And what is the greatest common divisor of 48 and 180?",
        [PRIME, GCD],
        [c("math_is_prime", number=97), c("math_gcd", a=48, b=180)],
    ),
    (
        "Check whether 221 and 223 are prime, and find the GCD of 84 and 126.",
        [PRIME, GCD],
        [c("math_is_prime", number=221), c("math_is_prime", number=223), c("math_gcd", a=84, b=126)],
    ),
    (
        "Translate 'good morning' into Spanish and give me the definition of the word serendipity.",
        [TRANSLATE, DEFINE],
        [
            c("translate_text", text="good morning", target_language="Spanish"),
            c("dictionary_define", word="serendipity"),
        ],
    ),
    (
        "Get the weather forecast for Tokyo and Seoul for 5 days, and the population of Tokyo in 2020.",
        [WEATHER, POPULATION],
        [
            c("weather_forecast", city="Tokyo", days=5),
            c("weather_forecast", city="Seoul", days=5),
            c("geo_city_population", city="Tokyo", year=2020),
        ],
    ),
    (
        "Convert 3 tablespoons of butter to grams, then find a pancake recipe.",
        [CONVERT_UNITS, RECIPE, CURRENCY],
        [
            c(
                "cooking_convert_units",
                quantity=3,
                from_unit=["tablespoons", "tablespoon", "tbsp"],
                to_unit=["grams", "gram", "g"],
            ),
            c("recipe_search", dish=["pancake", "pancakes"], max_minutes=OMIT),
        ],
    ),
    (
        "Who ruled England in 1588? After that, when did the Battle of Waterloo take place?",
        [RULER, EVENT, POPULATION],
        [
            c("history_country_ruler", country="England", year=1588),
            c("history_event_date", event=["Battle of Waterloo", "the Battle of Waterloo"]),
        ],
    ),
    (
        "Find Adele concerts in London and Paris, and tell me about her song Hello.",
        [CONCERT, SONG],
        [
            c("music_find_concerts", artist="Adele", city="London"),
            c("music_find_concerts", artist="Adele", city="Paris"),
            c("music_song_info", title="Hello", artist=["Adele", OMIT]),
        ],
    ),
    (
        "How much is 200 British pounds in Japanese yen? I also need a hotel in Kyoto for 3 nights.",
        [CURRENCY, HOTEL, WEATHER],
        [
            c(
                "currency_convert",
                amount=200,
                from_currency=["GBP", "British pounds", "pounds"],
                to_currency=["JPY", "Japanese yen", "yen"],
            ),
            c("hotel_search", city="Kyoto", nights=3, max_price=OMIT),
        ],
    ),
    (
        "First, get LeBron James's stats for the 2012 season. Second, get the Miami Heat's record for the "
        "same season.",
        [PLAYER_STATS, TEAM_RECORD],
        [
            c("sports_player_stats", player="LeBron James", season=2012),
            c("sports_team_record", team=["Miami Heat", "Heat"], season=2012),
        ],
    ),
    (
        "Find a criminal defense lawyer in Seattle, and look up case 19-CR-0442.",
        [LAWYER, CASE, EVENT],
        [
            c(
                "law_find_lawyer",
                city="Seattle",
                practice_area=["criminal defense", "criminal", "criminal law"],
            ),
            c("law_case_lookup", case_number="19-CR-0442", court=OMIT),
        ],
    ),
    (
        "Calculate the escape velocity of a planet with mass 5.97e24 kg and radius 6.37e6 m, and the distance "
        "from Earth to Venus.",
        [ESCAPE, PLANET],
        [
            c("physics_escape_velocity", mass=5.97e24, radius=6.37e6),
            c("astronomy_planet_distance", planet_a="Earth", planet_b="Venus"),
        ],
    ),
    (
        "Define the word ephemeral, then translate it into French.",
        [DEFINE, TRANSLATE],
        [
            c("dictionary_define", word="ephemeral"),
            c("translate_text", text="ephemeral", target_language="French"),
        ],
    ),
    (
        "What's the stock price of TSLA on 2023-06-01? Also convert 5000 US dollars to Canadian dollars and "
        "compute the monthly payment for a 20000 loan at 5% over 5 years.",
        [STOCK, CURRENCY, LOAN],
        [
            c("finance_stock_price", ticker="TSLA", date="2023-06-01"),
            c(
                "currency_convert",
                amount=5000,
                from_currency=["USD", "US dollars"],
                to_currency=["CAD", "Canadian dollars"],
            ),
            c("finance_loan_payment", principal=20000, annual_rate=5, years=5),
        ],
    ),
    (
        "Find the circumference of circles with radius 3 and 7, and check if 31 is prime.",
        [CIRCUMFERENCE, PRIME, GCD],
        [
            c("geometry_circle_circumference", radius=3),
            c("geometry_circle_circumference", radius=7),
            c("math_is_prime", number=31),
        ],
    ),
    (
        "What is the population of Lagos, what's the weather there for the next week, and find me a hotel in "
        "Lagos for 7 nights.",
        [POPULATION, WEATHER, HOTEL],
        [
            c("geo_city_population", city="Lagos", year=OMIT),
            c("weather_forecast", city="Lagos", days=7),
            c("hotel_search", city="Lagos", nights=7, max_price=OMIT),
        ],
    ),
]

GAPS: dict[str, str] = {
    "Look up case number 21-CV-1187": "value: a case number with letters between dashes is read as its first "
    "number; the city goes to `practice_area` and the practice area to `city`",
    "Tell me about the song Yesterday": "value: a title that is also a day word ('Yesterday') is taken for a "
    "date, so the song's title is missing",
    "When did the storming": "tool missing: 'who ruled France' is not matched to `history_country_ruler`; "
    "the event loses 'the storming of'",
    "Find a criminal defense lawyer": "value: a case number with letters between dashes is read as its first "
    "number; city and practice area swapped",
    "Define the word ephemeral, then": "value: 'translate it' points back to the word defined before; the "
    "clause itself is taken as the text",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_for_each_ask(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_five_requests() -> None:
    assert len(ROWS) >= 25
