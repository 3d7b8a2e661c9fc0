"""A battery in the style of a function-calling benchmark's parallel categories, in new words.

Written for this round from the genre alone, before reading any failing case: "parallel" rows give one
tool and a request asking for the same computation over several values (lists of values, "both A and
B", "respectively", crossed lists), "parallel_multiple" rows give several tools and a request chaining
different asks, each maybe over several values, sometimes told as a little story. Python-style
function names, one-line descriptions, typed parameters with descriptions and defaults, from physics,
chemistry, maths, statistics, finance, geography, sports, music, history, cooking and real estate.

Each row lists the calls a careful model makes; the check is the benchmark's kind of check: the calls
are matched order-free, strings compared without case, spaces or punctuation, ints and floats alike,
and `OMIT` among a parameter's accepted values means it may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, accepted, fn, params

Call = tuple[str, dict]

# ---- tools (shared by several rows)
CIRCLE = fn(
    "geometry_circle_area",
    "Calculate the area of a circle given its radius.",
    {
        "radius": (NUM, "The radius of the circle."),
        "units": (STR, "The units of the radius. Default is 'cm'."),
    },
    ["radius"],
)
POPULATION = fn(
    "demographics_get_population",
    "Get the population of a city or country in a given year.",
    {"place": (STR, "The name of the city or country."), "year": (INT, "The year of the census.")},
    ["place", "year"],
)
FORECAST = fn(
    "weather_get_forecast",
    "Get the weather forecast for a city for a number of days.",
    {"city": (STR, "The name of the city."), "days": (INT, "Number of days to forecast. Default is 1.")},
    ["city"],
)
LOAN = fn(
    "finance_loan_payment",
    "Calculate the monthly payment of a fixed-rate loan.",
    {
        "principal": (NUM, "The amount borrowed in dollars."),
        "annual_rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "The term of the loan in years."),
    },
    ["principal", "annual_rate", "years"],
)
CONVERT = fn(
    "currency_convert",
    "Convert an amount from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "The currency to convert from, e.g. USD."),
        "to_currency": (STR, "The currency to convert to, e.g. EUR."),
    },
    ["amount", "from_currency", "to_currency"],
)
HOTEL = fn(
    "hotel_book_room",
    "Book a hotel room in a city.",
    {
        "city": (STR, "The city of the hotel."),
        "nights": (INT, "Number of nights to stay."),
        "room_type": (STR, "Type of room, e.g. single, double or suite. Default is 'double'."),
    },
    ["city", "nights"],
)
FLIGHT = fn(
    "flight_search",
    "Find flights between two cities on a date.",
    {
        "origin": (STR, "The departure city."),
        "destination": (STR, "The arrival city."),
        "date": (STR, "The date of travel in YYYY-MM-DD format."),
    },
    ["origin", "destination", "date"],
)
MOLAR = fn(
    "chemistry_molar_mass",
    "Calculate the molar mass of a chemical compound.",
    {"formula": (STR, "The chemical formula of the compound, e.g. H2O.")},
    ["formula"],
)
MOLES = fn(
    "chemistry_grams_to_moles",
    "Convert a mass in grams of a compound to moles.",
    {"compound": (STR, "The chemical formula of the compound."), "grams": (NUM, "The mass in grams.")},
    ["compound", "grams"],
)
TEAM_STATS = fn(
    "sports_team_season_record",
    "Get the win-loss record of a sports team for a season.",
    {"team": (STR, "The name of the team."), "season": (INT, "The year the season started.")},
    ["team", "season"],
)
PLAYER = fn(
    "sports_player_stats",
    "Get a player's statistics for a season.",
    {
        "player": (STR, "The full name of the player."),
        "season": (INT, "The year the season started."),
        "league": (STR, "The league, e.g. NBA. Default is 'NBA'."),
    },
    ["player", "season"],
)
MEAN = fn(
    "statistics_mean",
    "Calculate the arithmetic mean of a list of numbers.",
    {"numbers": ("array", "The list of numbers.", {"items": {"type": "number"}})},
    ["numbers"],
)
STDEV = fn(
    "statistics_standard_deviation",
    "Calculate the standard deviation of a list of numbers.",
    {"numbers": ("array", "The list of numbers.", {"items": {"type": "number"}})},
    ["numbers"],
)
RECIPE = fn(
    "recipe_find",
    "Find a recipe for a dish.",
    {
        "dish": (STR, "The name of the dish."),
        "max_minutes": (INT, "Maximum cooking time in minutes. Optional."),
        "diet": (STR, "Dietary restriction, e.g. vegan or gluten-free. Default is 'none'."),
    },
    ["dish"],
)
NUTRITION = fn(
    "nutrition_calories",
    "Get the calories in a quantity of a food.",
    {"food": (STR, "The name of the food."), "grams": (NUM, "The quantity in grams. Default is 100.")},
    ["food"],
)
HOUSE = fn(
    "real_estate_estimate_value",
    "Estimate the market value of a house.",
    {
        "city": (STR, "The city where the house is."),
        "bedrooms": (INT, "Number of bedrooms."),
        "square_feet": (INT, "The floor area in square feet."),
    },
    ["city", "bedrooms", "square_feet"],
)
MORTGAGE = fn(
    "finance_mortgage_affordability",
    "Estimate the largest mortgage a household can afford.",
    {
        "annual_income": (NUM, "The household's yearly income in dollars."),
        "monthly_debts": (NUM, "Existing monthly debt payments in dollars. Default is 0."),
    },
    ["annual_income"],
)
EVENT = fn(
    "history_event_date",
    "Find the date of a historical event.",
    {"event": (STR, "The name of the historical event.")},
    ["event"],
)
LEADER = fn(
    "history_country_leader",
    "Find who led a country in a given year.",
    {"country": (STR, "The name of the country."), "year": (INT, "The year.")},
    ["country", "year"],
)
CONCERTS = fn(
    "music_find_concerts",
    "Find upcoming concerts of an artist in a city.",
    {
        "artist": (STR, "The name of the artist or band."),
        "city": (STR, "The city to search in."),
        "months_ahead": (INT, "How many months ahead to search. Default is 3."),
    },
    ["artist", "city"],
)
SONG = fn(
    "music_song_lyrics",
    "Get the lyrics of a song.",
    {"title": (STR, "The title of the song."), "artist": (STR, "The name of the artist.")},
    ["title", "artist"],
)
DISTANCE = fn(
    "geography_distance_between",
    "Calculate the distance between two cities.",
    {
        "city_a": (STR, "The first city."),
        "city_b": (STR, "The second city."),
        "unit": (STR, "The unit, 'km' or 'miles'. Default is 'km'."),
    },
    ["city_a", "city_b"],
)
TIMEZONE = fn(
    "geography_get_timezone",
    "Get the time zone of a city.",
    {"city": (STR, "The name of the city.")},
    ["city"],
)
KINETIC = fn(
    "physics_kinetic_energy",
    "Calculate the kinetic energy of a moving object.",
    {"mass": (NUM, "The mass in kilograms."), "velocity": (NUM, "The velocity in meters per second.")},
    ["mass", "velocity"],
)
FREE_FALL = fn(
    "physics_free_fall_time",
    "Calculate the time an object takes to fall from a height.",
    {
        "height": (NUM, "The height in meters."),
        "gravity": (NUM, "The acceleration due to gravity in m/s^2. Default is 9.81."),
    },
    ["height"],
)
COMPOUND = fn(
    "finance_compound_interest",
    "Calculate the future value of an investment with compound interest.",
    {
        "principal": (NUM, "The initial investment in dollars."),
        "rate": (NUM, "The annual interest rate as a decimal."),
        "years": (INT, "The number of years."),
        "compounds_per_year": (INT, "How many times a year interest is compounded. Default is 1."),
    },
    ["principal", "rate", "years"],
)
STOCK = fn(
    "finance_stock_price",
    "Get the closing price of a stock on a date.",
    {
        "ticker": (STR, "The stock's ticker symbol, e.g. AAPL."),
        "date": (STR, "The date in YYYY-MM-DD format."),
    },
    ["ticker", "date"],
)
FACTORIAL = fn(
    "math_factorial",
    "Calculate the factorial of a non-negative integer.",
    {"n": (INT, "The integer.")},
    ["n"],
)
GCD = fn(
    "math_gcd",
    "Calculate the greatest common divisor of two integers.",
    {"a": (INT, "The first integer."), "b": (INT, "The second integer.")},
    ["a", "b"],
)
PRIME = fn(
    "math_is_prime",
    "Check whether an integer is a prime number.",
    {"number": (INT, "The integer to check.")},
    ["number"],
)
HYPOT = fn(
    "geometry_hypotenuse",
    "Calculate the hypotenuse of a right triangle from its two legs.",
    {"a": (NUM, "Length of the first leg."), "b": (NUM, "Length of the second leg.")},
    ["a", "b"],
)
BMI = fn(
    "health_bmi",
    "Calculate the body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
MUSEUM = fn(
    "museum_opening_hours",
    "Get the opening hours of a museum on a day of the week.",
    {"museum": (STR, "The name of the museum."), "day": (STR, "The day of the week. Default is 'Monday'.")},
    ["museum"],
)
TRANSLATE = fn(
    "language_translate",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
RESTAURANT = fn(
    "restaurant_search",
    "Find restaurants in a city serving a cuisine.",
    {
        "city": (STR, "The city to search in."),
        "cuisine": (STR, "The type of cuisine, e.g. Italian."),
        "max_price": (INT, "Maximum price level from 1 to 4. Optional."),
    },
    ["city", "cuisine"],
)
HALF_LIFE = fn(
    "chemistry_radioactive_decay",
    "Calculate the remaining quantity of a radioactive substance after some time.",
    {
        "initial_amount": (NUM, "The initial amount in grams."),
        "half_life": (NUM, "The half-life in years."),
        "years": (NUM, "The elapsed time in years."),
    },
    ["initial_amount", "half_life", "years"],
)
ELEMENT = fn(
    "chemistry_element_info",
    "Get information about a chemical element.",
    {"element": (STR, "The name or symbol of the element.")},
    ["element"],
)


def c(name: str, **expected) -> Call:
    """One expected call: each parameter's accepted values (a bare value is the one accepted)."""
    return name, {k: v if isinstance(v, list) else [v] for k, v in expected.items()}


ROWS: list[tuple[str, list[dict], list[Call]]] = [
    # ======== parallel: one tool, several calls
    (
        "Calculate the area of circles with radii 4, 6 and 9 centimeters.",
        [CIRCLE],
        [c("geometry_circle_area", radius=r, units=[OMIT, "cm", "centimeters"]) for r in (4, 6, 9)],
    ),
    (
        "What was the population of Lisbon in 1990 and in 2020?",
        [POPULATION],
        [c("demographics_get_population", place="Lisbon", year=y) for y in (1990, 2020)],
    ),
    (
        "Get me the weather forecast for Oslo and Madrid for the next 5 days.",
        [FORECAST],
        [c("weather_get_forecast", city=city, days=5) for city in ("Oslo", "Madrid")],
    ),
    (
        "I need the forecast for Cairo and Lima for the next 2 and 6 days respectively.",
        [FORECAST],
        [c("weather_get_forecast", city="Cairo", days=2), c("weather_get_forecast", city="Lima", days=6)],
    ),
    (
        "Compute the monthly payment on a $250,000 loan at 4.5% for 15 years, and also for 30 years.",
        [LOAN],
        [c("finance_loan_payment", principal=250000, annual_rate=4.5, years=y) for y in (15, 30)],
    ),
    (
        "What are the molar masses of C6H12O6, NaCl and CO2?",
        [MOLAR],
        [c("chemistry_molar_mass", formula=f) for f in ("C6H12O6", "NaCl", "CO2")],
    ),
    (
        "Show the season records of the Chicago Bulls and the Boston Celtics for the 2015 season.",
        [TEAM_STATS],
        [
            c("sports_team_season_record", team=["Chicago Bulls", "Bulls"], season=2015),
            c("sports_team_season_record", team=["Boston Celtics", "Celtics"], season=2015),
        ],
    ),
    (
        "Find the factorials of 7, 10 and 12.",
        [FACTORIAL],
        [c("math_factorial", n=n) for n in (7, 10, 12)],
    ),
    (
        "Convert 500 US dollars to euros and to Japanese yen.",
        [CONVERT],
        [
            c(
                "currency_convert",
                amount=500,
                from_currency=["USD", "US dollars"],
                to_currency=["EUR", "euros"],
            ),
            c(
                "currency_convert",
                amount=500,
                from_currency=["USD", "US dollars"],
                to_currency=["JPY", "Japanese yen", "yen"],
            ),
        ],
    ),
    (
        "Estimate the kinetic energy of a 2 kg ball moving at 3 m/s and a 5 kg ball moving at 8 m/s.",
        [KINETIC],
        [c("physics_kinetic_energy", mass=2, velocity=3), c("physics_kinetic_energy", mass=5, velocity=8)],
    ),
    (
        "How long does an object take to fall from heights of 20 m, 45 m and 80 m?",
        [FREE_FALL],
        [c("physics_free_fall_time", height=h, gravity=[OMIT, 9.81]) for h in (20, 45, 80)],
    ),
    (
        "Who led France in 1962 and Germany in 1975?",
        [LEADER],
        [
            c("history_country_leader", country="France", year=1962),
            c("history_country_leader", country="Germany", year=1975),
        ],
    ),
    (
        "Find concerts by Coldplay in London and in Berlin.",
        [CONCERTS],
        [
            c("music_find_concerts", artist="Coldplay", city=city, months_ahead=[OMIT, 3])
            for city in ("London", "Berlin")
        ],
    ),
    (
        "Calculate the hypotenuse of right triangles with legs 3 and 4, 5 and 12, and 8 and 15.",
        [HYPOT],
        [c("geometry_hypotenuse", a=a, b=b) for a, b in ((3, 4), (5, 12), (8, 15))],
    ),
    (
        "My wife weighs 62 kg and is 1.68 m tall, I weigh 85 kg and am 1.82 m tall. What are our BMIs?",
        [BMI],
        [c("health_bmi", weight_kg=62, height_m=1.68), c("health_bmi", weight_kg=85, height_m=1.82)],
    ),
    (
        "What will $10,000 grow to at 5% annual interest after 10 years, 20 years and 30 years?",
        [COMPOUND],
        [
            c(
                "finance_compound_interest",
                principal=10000,
                rate=[0.05],
                years=y,
                compounds_per_year=[OMIT, 1],
            )
            for y in (10, 20, 30)
        ],
    ),
    (
        "Find Italian restaurants in Boston and Chicago, and Thai ones in Seattle.",
        [RESTAURANT],
        [
            c("restaurant_search", city="Boston", cuisine="Italian", max_price=[OMIT]),
            c("restaurant_search", city="Chicago", cuisine="Italian", max_price=[OMIT]),
            c("restaurant_search", city="Seattle", cuisine="Thai", max_price=[OMIT]),
        ],
    ),
    (
        "Get the stock prices of AAPL and MSFT on 2023-03-01 and 2023-06-01.",
        [STOCK],
        [
            c("finance_stock_price", ticker=t, date=d)
            for t in ("AAPL", "MSFT")
            for d in ("2023-03-01", "2023-06-01")
        ],
    ),
    (
        "Is 97 a prime number? What about 221?",
        [PRIME],
        [c("math_is_prime", number=n) for n in (97, 221)],
    ),
    (
        "Translate 'good morning' into Spanish, French and German.",
        [TRANSLATE],
        [
            c("language_translate", text="good morning", target_language=lang)
            for lang in ("Spanish", "French", "German")
        ],
    ),
    (
        "How much is left of 50 grams of a substance with a half-life of 30 years after 10 years? And after 90 years?",
        [HALF_LIFE],
        [c("chemistry_radioactive_decay", initial_amount=50, half_life=30, years=y) for y in (10, 90)],
    ),
    # ======== parallel_multiple: several tools, several calls
    (
        "Find the mean and the standard deviation of 4, 8, 15, 16, 23 and 42.",
        [MEAN, STDEV],
        [
            c("statistics_mean", numbers=[[4, 8, 15, 16, 23, 42]]),
            c("statistics_standard_deviation", numbers=[[4, 8, 15, 16, 23, 42]]),
        ],
    ),
    (
        "I'm planning a trip: find flights from New York to Rome on 2024-05-10, book a hotel in Rome for 4 nights, "
        "and convert 1500 USD to EUR.",
        [FLIGHT, HOTEL, CONVERT],
        [
            c("flight_search", origin="New York", destination="Rome", date="2024-05-10"),
            c("hotel_book_room", city="Rome", nights=4, room_type=[OMIT, "double"]),
            c("currency_convert", amount=1500, from_currency="USD", to_currency="EUR"),
        ],
    ),
    (
        "What is the molar mass of H2SO4, and how many moles are in 49 grams of it?",
        [MOLAR, MOLES],
        [
            c("chemistry_molar_mass", formula="H2SO4"),
            c("chemistry_grams_to_moles", compound="H2SO4", grams=49),
        ],
    ),
    (
        "Get the weather forecast for Tokyo for 3 days and tell me Tokyo's time zone.",
        [FORECAST, TIMEZONE],
        [c("weather_get_forecast", city="Tokyo", days=3), c("geography_get_timezone", city="Tokyo")],
    ),
    (
        "How far is Paris from Berlin, and what are the time zones of both cities?",
        [DISTANCE, TIMEZONE],
        [
            c(
                "geography_distance_between",
                city_a=["Paris", "Berlin"],
                city_b=["Berlin", "Paris"],
                unit=[OMIT, "km"],
            ),
            c("geography_get_timezone", city="Paris"),
            c("geography_get_timezone", city="Berlin"),
        ],
    ),
    (
        "Find LeBron James's stats for the 2012 season and the Miami Heat's record for 2012 and 2013.",
        [PLAYER, TEAM_STATS],
        [
            c("sports_player_stats", player="LeBron James", season=2012, league=[OMIT, "NBA"]),
            c("sports_team_season_record", team="Miami Heat", season=2012),
            c("sports_team_season_record", team="Miami Heat", season=2013),
        ],
    ),
    (
        "Find me a recipe for lasagna and one for risotto, and tell me the calories in 200 grams of parmesan.",
        [RECIPE, NUTRITION],
        [
            c("recipe_find", dish="lasagna", max_minutes=[OMIT], diet=[OMIT, "none"]),
            c("recipe_find", dish="risotto", max_minutes=[OMIT], diet=[OMIT, "none"]),
            c("nutrition_calories", food="parmesan", grams=200),
        ],
    ),
    (
        "We earn $120,000 a year and pay $800 a month on car loans. How big a mortgage can we afford, and what "
        "would a 3-bedroom, 1800 square foot house in Denver be worth?",
        [MORTGAGE, HOUSE],
        [
            c("finance_mortgage_affordability", annual_income=120000, monthly_debts=800),
            c("real_estate_estimate_value", city="Denver", bedrooms=3, square_feet=1800),
        ],
    ),
    (
        "When did the Battle of Hastings take place, and who ruled England in 1066 and in 1100?",
        [EVENT, LEADER],
        [
            c("history_event_date", event="Battle of Hastings"),
            c("history_country_leader", country="England", year=1066),
            c("history_country_leader", country="England", year=1100),
        ],
    ),
    (
        "Get the lyrics of 'Yellow' by Coldplay and find Coldplay concerts in Dublin within the next 6 months.",
        [SONG, CONCERTS],
        [
            c("music_song_lyrics", title="Yellow", artist="Coldplay"),
            c("music_find_concerts", artist="Coldplay", city="Dublin", months_ahead=6),
        ],
    ),
    (
        "Compute the factorial of 6 and the greatest common divisor of 48 and 180.",
        [FACTORIAL, GCD],
        [c("math_factorial", n=6), c("math_gcd", a=[48, 180], b=[180, 48])],
    ),
    (
        "Check whether 89 and 91 are prime, and find the GCD of 84 and 126.",
        [PRIME, GCD],
        [
            c("math_is_prime", number=89),
            c("math_is_prime", number=91),
            c("math_gcd", a=[84, 126], b=[126, 84]),
        ],
    ),
    (
        "Calculate the kinetic energy of a 1500 kg car at 20 m/s, then how long a stone takes to fall 125 meters.",
        [KINETIC, FREE_FALL],
        [
            c("physics_kinetic_energy", mass=1500, velocity=20),
            c("physics_free_fall_time", height=125, gravity=[OMIT, 9.81]),
        ],
    ),
    (
        "Tell me about the elements neon and argon, and give the molar mass of NH3.",
        [ELEMENT, MOLAR],
        [
            c("chemistry_element_info", element="neon"),
            c("chemistry_element_info", element="argon"),
            c("chemistry_molar_mass", formula="NH3"),
        ],
    ),
    (
        "What was the closing price of TSLA on 2022-01-03, and what monthly payment would a $30,000 car loan at "
        "6% over 5 years need?",
        [STOCK, LOAN],
        [
            c("finance_stock_price", ticker="TSLA", date="2022-01-03"),
            c("finance_loan_payment", principal=30000, annual_rate=6, years=5),
        ],
    ),
    (
        "What are the opening hours of the Louvre on Sunday, and find French restaurants in Paris.",
        [MUSEUM, RESTAURANT],
        [
            c("museum_opening_hours", museum=["Louvre", "the Louvre"], day="Sunday"),
            c("restaurant_search", city="Paris", cuisine="French", max_price=[OMIT]),
        ],
    ),
    (
        "Book a suite in Vienna for 2 nights and a single room in Prague for 3 nights, and tell me the distance "
        "between Vienna and Prague in miles.",
        [HOTEL, DISTANCE],
        [
            c("hotel_book_room", city="Vienna", nights=2, room_type="suite"),
            c("hotel_book_room", city="Prague", nights=3, room_type="single"),
            c(
                "geography_distance_between",
                city_a=["Vienna", "Prague"],
                city_b=["Prague", "Vienna"],
                unit="miles",
            ),
        ],
    ),
    (
        "What was the population of Kenya in 2010, and who was its leader that year?",
        [POPULATION, LEADER],
        [
            c("demographics_get_population", place="Kenya", year=2010),
            c("history_country_leader", country="Kenya", year=2010),
        ],
    ),
    (
        "First find a vegan curry recipe that takes under 40 minutes, then tell me how many calories are in 150 "
        "grams of chickpeas and in 100 grams of rice.",
        [RECIPE, NUTRITION],
        [
            c("recipe_find", dish="curry", max_minutes=40, diet="vegan"),
            c("nutrition_calories", food="chickpeas", grams=150),
            c("nutrition_calories", food="rice", grams=100),
        ],
    ),
    (
        "Calculate the mean of 2, 4 and 9, and the area of a circle of radius 5 cm.",
        [MEAN, CIRCLE],
        [c("statistics_mean", numbers=[[2, 4, 9]]), c("geometry_circle_area", radius=5, units=[OMIT, "cm"])],
    ),
    (
        "For my portfolio, get the price of NVDA on 2024-02-15, and tell me what $5,000 becomes at 7% a year "
        "compounded monthly after 8 years.",
        [STOCK, COMPOUND],
        [
            c("finance_stock_price", ticker="NVDA", date="2024-02-15"),
            c("finance_compound_interest", principal=5000, rate=0.07, years=8, compounds_per_year=12),
        ],
    ),
]

GAPS: dict[str, str] = {
    "Convert 500 US dollars to euros and to": "too few calls: currencies named in words after a repeated "
    "'to' make no series (codes do: 'to EUR and JPY')",
    "My wife weighs 62 kg": "no call: a story that gives each person's values before a question with no "
    "values ('What are our BMIs?') is not read as one call per person",
    "Find Italian restaurants in Boston": "value: 'ones' stands for the noun said before ('Thai ones' = Thai "
    "restaurants), it is left in the cuisine",
    "Find me a recipe for lasagna and one for": "value: a lone food word the dictionary reads as an adjective "
    "('200 grams of parmesan') is not taken as the food, so the nutrition call asks instead",
    "When did the Battle of Hastings": "tool missing: 'who ruled England' shares no word with "
    "`history_country_leader` ('ruled' ~ 'leader' by meaning is below the bar)",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def matched(got: list[Call], expected: list[Call]) -> str:
    """'' when the calls match the expected ones order-free (each used once), else what is wrong."""
    if len(got) != len(expected):
        return f"{len(got)} calls, wanted {len(expected)}: {got}"

    def assign(i: int, free: list[int]) -> bool:
        if i == len(got):
            return True
        name, args = got[i]
        for j in free:
            fits = expected[j][0] == name and not accepted(args, expected[j][1])
            if fits and assign(i + 1, [k for k in free if k != j]):
                return True
        return False

    if assign(0, list(range(len(expected)))):
        return ""
    return f"no order-free match: {got}"


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_a_careful_model_makes(request_text: str, tools: list[dict], expected: list[Call]) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests() -> None:
    assert len(ROWS) >= 40
