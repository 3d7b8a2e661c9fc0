"""A battery for optional parameters the request states, and for values typed as the schema says.

Written for this round before reading the benchmark's failing cases, on subjects of its own (cooking,
logistics, sports, astronomy, HR, gardening, music, law, finance, medicine). Each row is the call (or
calls) a careful small model makes: an optional parameter filled exactly when the request states its value
(by the parameter's words, one of its options, its unit: "in Fahrenheit", "sorted by …", "to 3 decimal
places", "include the lyrics", "nonstop only") and left out when the request says nothing of it (a default
in the description is no reason to fill it), and every value typed as the schema and its description say:
an integer as an int, a percentage as a fraction when the description asks for one (or the reverse), a
value converted to the unit the description counts in, a flag set from a stated preference.

The check is the benchmark's: an integer parameter wants an int (not 3.0), a number takes an int or a
float, strings compare without case, spaces or punctuation; `OMIT` means the parameter may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, _norm, fn, params


def _typed(kind: str, value) -> bool:
    """Whether `value` has the JSON type the schema declares (an int for "integer", not 3.0 nor True)."""
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == NUM:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == BOOL:
        return isinstance(value, bool)
    return True


def problem(got: dict, expected: dict, spec: dict) -> str:
    """'' when `got` is an answer the expected table accepts, typed as the schema says, else what is wrong."""
    properties = spec["toolSpec"]["inputSchema"]["json"]["properties"]
    for key in got:
        if key not in expected:
            return f"unexpected parameter {key}={got[key]!r}"
    for key, options in expected.items():
        if key not in got:
            if OMIT not in options:
                return f"missing {key}"
            continue
        if not _typed(properties[key]["type"], got[key]):
            return f"{key}={got[key]!r} is no {properties[key]['type']}"
        if not any(o is not OMIT and _norm(o) == _norm(got[key]) for o in options):
            return f"{key}={got[key]!r}, wanted one of {[o for o in options if o is not OMIT]}"
    return ""


def enum(words: str, options: list[str]) -> tuple:
    return (STR, words, {"enum": options})


ROWS: list[tuple[str, dict, dict]] = [
    # ---- an optional parameter stated by its own words, its option or its unit
    (
        "Convert 350 degrees Fahrenheit to Celsius for my oven, rounded to 1 decimal place.",
        fn(
            "cooking_temperature_convert",
            "Convert an oven temperature between Fahrenheit and Celsius.",
            {
                "value": (NUM, "The temperature to convert."),
                "from_unit": enum("The unit converted from.", ["fahrenheit", "celsius"]),
                "to_unit": enum("The unit converted to.", ["fahrenheit", "celsius"]),
                "decimals": (INT, "Number of decimal places to round to. Default is 0."),
            },
            ["value", "from_unit", "to_unit"],
        ),
        {"value": [350], "from_unit": ["fahrenheit"], "to_unit": ["celsius"], "decimals": [1]},
    ),
    (
        "Find the song 'Wonderwall' by Oasis and include the lyrics.",
        fn(
            "music_song_lookup",
            "Look up a song's details.",
            {
                "title": (STR, "The title of the song."),
                "artist": (STR, "The performing artist. Optional."),
                "include_lyrics": (BOOL, "Whether to include the lyrics. Default is false."),
            },
            ["title"],
        ),
        {"title": ["Wonderwall"], "artist": ["Oasis"], "include_lyrics": [True]},
    ),
    (
        "Estimate shipping for a 12 kg parcel from Lyon to Porto with express delivery.",
        fn(
            "logistics_shipping_estimate",
            "Estimate the cost of shipping a parcel.",
            {
                "weight_kg": (NUM, "Weight of the parcel in kilograms."),
                "origin": (STR, "City the parcel leaves from."),
                "destination": (STR, "City the parcel goes to."),
                "service": enum(
                    "Delivery service level. Default 'standard'.", ["standard", "express", "overnight"]
                ),
            },
            ["weight_kg", "origin", "destination"],
        ),
        {"weight_kg": [12], "origin": ["Lyon"], "destination": ["Porto"], "service": ["express"]},
    ),
    (
        "Show the Bundesliga table sorted by goal difference.",
        fn(
            "sports_league_standings",
            "Get the current standings table of a football league.",
            {
                "league": (STR, "Name of the league."),
                "sort_by": enum(
                    "Column to sort by. Default 'points'.", ["points", "goal_difference", "wins"]
                ),
            },
            ["league"],
        ),
        {"league": ["Bundesliga"], "sort_by": ["goal_difference"]},
    ),
    (
        "List employees in the finance department hired after 2019, limited to 5 results.",
        fn(
            "hr_employee_search",
            "Search the employee directory.",
            {
                "department": (STR, "Department name."),
                "hired_after": (INT, "Only employees hired after this year. Optional."),
                "limit": (INT, "Maximum number of results. Default 20."),
            },
            ["department"],
        ),
        {"department": ["finance"], "hired_after": [2019], "limit": [5]},
    ),
    (
        "What watering schedule suits basil grown indoors?",
        fn(
            "garden_watering_schedule",
            "Recommend a watering schedule for a plant.",
            {
                "plant": (STR, "Name of the plant."),
                "environment": enum("Where the plant grows. Default 'outdoor'.", ["indoor", "outdoor"]),
            },
            ["plant"],
        ),
        {"plant": ["basil"], "environment": ["indoor"]},
    ),
    (
        "Get the 10-day forecast for Nairobi in Fahrenheit.",
        fn(
            "weather_forecast_daily",
            "Get a daily weather forecast for a place.",
            {
                "location": (STR, "City name."),
                "days": (INT, "Number of days to forecast. Default 5."),
                "temperature_unit": enum("Unit of the temperatures.", ["celsius", "fahrenheit"]),
            },
            ["location"],
        ),
        {"location": ["Nairobi"], "days": [10], "temperature_unit": ["fahrenheit"]},
    ),
    (
        "List direct flights from Madrid to Rome on 2024-06-12, nonstop only.",
        fn(
            "travel_flight_search",
            "Search flights between two cities on a date.",
            {
                "origin": (STR, "Departure city."),
                "destination": (STR, "Arrival city."),
                "date": (STR, "Date of travel, YYYY-MM-DD."),
                "nonstop": (BOOL, "Only nonstop flights. Default false."),
            },
            ["origin", "destination", "date"],
        ),
        {"origin": ["Madrid"], "destination": ["Rome"], "date": ["2024-06-12"], "nonstop": [True]},
    ),
    (
        "Get Rafael Nadal's career statistics on clay courts.",
        fn(
            "tennis_player_stats",
            "Get a tennis player's career statistics.",
            {
                "player": (STR, "Full name of the player."),
                "surface": enum("Court surface to filter by. Optional.", ["hard", "clay", "grass"]),
            },
            ["player"],
        ),
        {"player": ["Rafael Nadal"], "surface": ["clay"]},
    ),
    (
        "Plan a driving route from Denver to Boise that avoids highways.",
        fn(
            "maps_route_plan",
            "Plan a driving route between two places.",
            {
                "origin": (STR, "Start of the route."),
                "destination": (STR, "End of the route."),
                "avoid_highways": (BOOL, "Whether to avoid highways. Default false."),
            },
            ["origin", "destination"],
        ),
        {"origin": ["Denver"], "destination": ["Boise"], "avoid_highways": [True]},
    ),
    (
        "Search for federal court cases about trademark dilution decided in 2018, top 10 only.",
        fn(
            "law_case_search",
            "Search court decisions by topic.",
            {
                "topic": (STR, "Subject of the cases."),
                "year": (INT, "Year of the decision. Optional."),
                "court_level": enum("Level of the court. Optional.", ["federal", "state"]),
                "max_results": (INT, "Maximum number of cases to return. Default 25."),
            },
            ["topic"],
        ),
        {
            "topic": ["trademark dilution"],
            "year": [2018],
            "court_level": ["federal"],
            "max_results": [10],
        },
    ),
    (
        "How far is Jupiter from the Sun in astronomical units?",
        fn(
            "astronomy_body_distance",
            "Average distance between two celestial bodies.",
            {
                "body1": (STR, "The first body."),
                "body2": (STR, "The second body."),
                "unit": (STR, "Unit of the distance, e.g. 'km', 'au', 'ly'. Default 'km'."),
            },
            ["body1", "body2"],
        ),
        {"body1": ["Jupiter"], "body2": ["Sun"], "unit": ["au", "astronomical units"]},
    ),
    (
        "Compute the square root of 7 with a precision of 4 decimals.",
        fn(
            "math_square_root",
            "Compute the square root of a number.",
            {
                "number": (NUM, "The number."),
                "precision": (INT, "Number of decimal places in the result. Default 2."),
            },
            ["number"],
        ),
        {"number": [7], "precision": [4]},
    ),
    # ---- an optional parameter the request says nothing of is left out
    (
        "What's the weather like in Oslo right now?",
        fn(
            "weather_current",
            "Get the current weather for a city.",
            {
                "city": (STR, "City name."),
                "units": enum("Unit system. Default 'metric'.", ["metric", "imperial"]),
                "include_hourly": (BOOL, "Include an hourly breakdown. Default false."),
            },
            ["city"],
        ),
        {"city": ["Oslo"], "units": [OMIT, "metric"], "include_hourly": [OMIT, False]},
    ),
    (
        "Find Ethiopian restaurants in Seattle.",
        fn(
            "restaurant_search",
            "Find restaurants in a city.",
            {
                "city": (STR, "City to search in."),
                "cuisine": (STR, "Type of cuisine. Optional."),
                "open_now": (BOOL, "Only restaurants open now. Default false."),
                "max_price": (INT, "Maximum price level from 1 to 4. Optional."),
            },
            ["city"],
        ),
        {"city": ["Seattle"], "cuisine": ["Ethiopian"], "open_now": [OMIT, False], "max_price": [OMIT]},
    ),
    # ---- values typed as the description says
    (
        "What will $5,000 grow to in 10 years at 4% annual interest?",
        fn(
            "finance_future_value",
            "Future value of a sum invested at compound interest.",
            {
                "present_value": (NUM, "The amount invested."),
                "annual_rate": (NUM, "Annual interest rate as a decimal, e.g. 0.05 for 5%."),
                "years": (INT, "Number of years."),
            },
            ["present_value", "annual_rate", "years"],
        ),
        {"present_value": [5000], "annual_rate": [0.04], "years": [10]},
    ),
    (
        "How much should I tip on a $64 dinner bill at 18 percent?",
        fn(
            "dining_tip_amount",
            "Compute the tip for a bill.",
            {
                "bill_amount": (NUM, "The bill in dollars."),
                "tip_percent": (INT, "Tip as a whole-number percentage, e.g. 15 for 15%."),
            },
            ["bill_amount", "tip_percent"],
        ),
        {"bill_amount": [64], "tip_percent": [18]},
    ),
    (
        "What is the chance of at least 3 successes in 8 trials when each succeeds 35% of the time?",
        fn(
            "stats_binomial_at_least",
            "Probability of at least k successes in n independent trials.",
            {
                "n": (INT, "Number of trials."),
                "k": (INT, "Minimum number of successes."),
                "p": (NUM, "Probability of success of one trial, between 0 and 1."),
            },
            ["n", "k", "p"],
        ),
        {"n": [8], "k": [3], "p": [0.35]},
    ),
    (
        "Compute the kinetic energy of a 1500 g trolley moving at 3 m/s.",
        fn(
            "physics_kinetic_energy",
            "Kinetic energy of a moving body.",
            {
                "mass": (NUM, "Mass in kilograms."),
                "velocity": (NUM, "Speed in m/s."),
            },
            ["mass", "velocity"],
        ),
        {"mass": [1.5], "velocity": [3]},
    ),
    (
        "Set a kitchen timer for an hour and a half.",
        fn(
            "kitchen_timer_set",
            "Start a countdown timer.",
            {"seconds": (INT, "Length of the timer in seconds.")},
            ["seconds"],
        ),
        {"seconds": [5400]},
    ),
    (
        "Show the sales report for March 2023.",
        fn(
            "finance_sales_report",
            "Monthly sales report.",
            {
                "year": (INT, "The year."),
                "month": (INT, "Month number, 1 to 12."),
            },
            ["year", "month"],
        ),
        {"year": [2023], "month": [3]},
    ),
    (
        "Roll 4 dice with 12 sides each.",
        fn(
            "game_dice_roll",
            "Roll dice and return the faces.",
            {"count": (INT, "How many dice to roll."), "sides": (INT, "Number of sides on each die.")},
            ["count", "sides"],
        ),
        {"count": [4], "sides": [12]},
    ),
    (
        "Give the patient a dose of 2.5 mg per kg for a child weighing 18 kg: what is the total dose?",
        fn(
            "medicine_weight_dose",
            "Total drug dose from a per-kilogram dose and a body weight.",
            {
                "dose_per_kg": (NUM, "Dose in mg per kg of body weight."),
                "weight": (NUM, "Body weight in kg."),
            },
            ["dose_per_kg", "weight"],
        ),
        {"dose_per_kg": [2.5], "weight": [18]},
    ),
    (
        "Find hotels in Lisbon with free breakfast for 2 guests.",
        fn(
            "travel_hotel_search",
            "Search hotels in a city.",
            {
                "city": (STR, "City name."),
                "guests": (INT, "Number of guests. Default 1."),
                "breakfast_included": (BOOL, "Only hotels with breakfast included. Optional."),
            },
            ["city"],
        ),
        {"city": ["Lisbon"], "guests": [2], "breakfast_included": [True]},
    ),
    (
        "Calculate the BMI of someone who weighs 82 kg and is 1.78 m tall, using the metric system.",
        fn(
            "health_bmi",
            "Compute the body mass index.",
            {
                "weight": (NUM, "Body weight."),
                "height": (NUM, "Body height."),
                "system": enum("Unit system of the inputs. Default 'metric'.", ["metric", "imperial"]),
            },
            ["weight", "height"],
        ),
        {"weight": [82], "height": [1.78], "system": ["metric"]},
    ),
    (
        "Find lemon tree care tips for a cold climate.",
        fn(
            "garden_plant_care",
            "Care tips for a plant.",
            {
                "plant": (STR, "The plant."),
                "climate": enum("The grower's climate. Optional.", ["cold", "temperate", "hot"]),
            },
            ["plant"],
        ),
        {"plant": ["lemon tree", "lemon"], "climate": ["cold"]},
    ),
    (
        "List the 3 most recent albums by Björk, newest first.",
        fn(
            "music_artist_albums",
            "List an artist's albums.",
            {
                "artist": (STR, "Name of the artist."),
                "limit": (INT, "How many albums to list. Optional."),
                "order": enum("Order of release dates. Default 'oldest'.", ["newest", "oldest"]),
            },
            ["artist"],
        ),
        {"artist": ["Björk"], "limit": [3], "order": ["newest"]},
    ),
]

TWO_TOOL_ROWS: list[tuple[str, list[dict], list[tuple[str, dict]]]] = [
    (
        "Convert 200 euros to Swiss francs, and get the 3-day forecast for Geneva in Celsius.",
        [
            fn(
                "money_convert",
                "Convert an amount between currencies.",
                {
                    "amount": (NUM, "The amount."),
                    "from_currency": (STR, "ISO code converted from."),
                    "to_currency": (STR, "ISO code converted to."),
                },
                ["amount", "from_currency", "to_currency"],
            ),
            fn(
                "weather_forecast_daily",
                "Get a daily weather forecast for a place.",
                {
                    "location": (STR, "City name."),
                    "days": (INT, "Number of days to forecast. Default 5."),
                    "temperature_unit": enum("Unit of the temperatures.", ["celsius", "fahrenheit"]),
                },
                ["location"],
            ),
        ],
        [
            ("money_convert", {"amount": [200], "from_currency": ["EUR"], "to_currency": ["CHF"]}),
            (
                "weather_forecast_daily",
                {"location": ["Geneva"], "days": [3], "temperature_unit": ["celsius"]},
            ),
        ],
    ),
    (
        "Find vegan recipes with chickpeas, and list the nutrition facts of hummus per 100 grams.",
        [
            fn(
                "recipe_search",
                "Search recipes by ingredient.",
                {
                    "ingredient": (STR, "Main ingredient."),
                    "diet": enum("Dietary restriction. Optional.", ["vegan", "vegetarian", "keto"]),
                },
                ["ingredient"],
            ),
            fn(
                "food_nutrition_facts",
                "Nutrition facts of a food.",
                {
                    "food": (STR, "The food."),
                    "serving_grams": (INT, "Serving size in grams. Default 100."),
                },
                ["food"],
            ),
        ],
        [
            ("recipe_search", {"ingredient": ["chickpeas", "chickpea"], "diet": ["vegan"]}),
            ("food_nutrition_facts", {"food": ["hummus"], "serving_grams": [100, OMIT]}),
        ],
    ),
]

GAPS: dict[str, str] = {
    "What watering schedule suits": "the verb 'suits' after a subject 'what … schedule' stays in the plant's name",
    "List the 3 most recent albums": "a count before a superlative and the noun does not fill `limit`",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_one_call_a_careful_model_makes(request_text: str, spec: dict, expected: dict) -> None:
    got = calls(request_text, spec)
    name = spec["toolSpec"]["name"]
    assert len(got) == 1 and got[0][0] == name, got
    wrong = problem(got[0][1], expected, spec)
    assert not wrong, f"{wrong}: {got[0][1]}"


@pytest.mark.parametrize(("request_text", "specs", "expected"), params(TWO_TOOL_ROWS, GAPS))
def test_the_calls_of_two_tools(request_text: str, specs: list[dict], expected: list) -> None:
    got = calls(request_text, *specs)
    assert [n for n, _ in got] == [n for n, _ in expected], got
    by_name = {s["toolSpec"]["name"]: s for s in specs}
    for (name, args), (_, table) in zip(got, expected, strict=True):
        wrong = problem(args, table, by_name[name])
        assert not wrong, f"{name}: {wrong}: {args}"


def test_the_battery_holds_twenty_requests() -> None:
    assert len(ROWS) + len(TWO_TOOL_ROWS) >= 20
