"""A second battery in the "one tool, one call" genre of a function-calling benchmark, in new words.

Written from the genre alone, like `test_simulated_bfcl_style_battery.py` (whose helpers it reuses and whose
functions it does not repeat), with another emphasis: optional parameters stated or not ("in Celsius",
"rounded to 2 places", "include reviews"); values said in words or implied ("a dozen", "a decade", "a
week", "half a meter"); lists and dicts as parameters; enum values named by a synonym or in another case;
booleans said as negations; names with titles and possessives; units to convert to the parameter's own;
and requests of several sentences whose values come late. Each row is the one call a careful model makes.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import (
    BOOL,
    INT,
    NUM,
    OMIT,
    STR,
    floats,
    fn,
    one_call_problem,
    params,
    strs,
)


def obj(words: str) -> tuple:
    return ("object", words)


ROWS: list[tuple[str, dict, dict]] = [
    # ---- optional parameters stated or not
    (
        "Convert 98.6 degrees Fahrenheit to Celsius.",
        fn(
            "temperature_convert",
            "Convert a temperature between scales.",
            {
                "value": (NUM, "The temperature to convert."),
                "from_scale": (STR, "The scale of the value.", {"enum": ["celsius", "fahrenheit", "kelvin"]}),
                "to_scale": (STR, "The scale to convert to.", {"enum": ["celsius", "fahrenheit", "kelvin"]}),
            },
            ["value", "from_scale", "to_scale"],
        ),
        {"value": [98.6], "from_scale": ["fahrenheit"], "to_scale": ["celsius"]},
    ),
    (
        "Calculate the area of a circle with a radius of 7.5 cm, rounded to 2 decimal places.",
        fn(
            "geometry_circle_area",
            "Calculate the area of a circle given its radius.",
            {
                "radius": (NUM, "The radius of the circle."),
                "units": (STR, "The unit of the radius. Default is 'cm'."),
                "precision": (INT, "Number of decimal places to round the result to. Optional."),
            },
            ["radius"],
        ),
        {"radius": [7.5], "units": [OMIT, "cm"], "precision": [2]},
    ),
    (
        "Find Italian restaurants in Boston rated at least 4 stars, and include reviews.",
        fn(
            "restaurant_search",
            "Search for restaurants by cuisine and location.",
            {
                "cuisine": (STR, "The type of cuisine."),
                "location": (STR, "The city to search in."),
                "min_rating": (NUM, "Minimum average rating out of 5. Default is 0."),
                "include_reviews": (BOOL, "Whether to include customer reviews. Default is false."),
            },
            ["cuisine", "location"],
        ),
        {"cuisine": ["Italian"], "location": ["Boston"], "min_rating": [4], "include_reviews": [True]},
    ),
    (
        "What's the air quality in Delhi today? Include the breakdown of pollutants.",
        fn(
            "air_quality_get",
            "Get the air quality index for a location.",
            {
                "location": (STR, "The city."),
                "date": (STR, "The date to check. Default is 'today'."),
                "include_pollutants": (
                    BOOL,
                    "Whether to break the index down by pollutant. Default is false.",
                ),
            },
            ["location"],
        ),
        {"location": ["Delhi"], "date": [OMIT, "today"], "include_pollutants": [True]},
    ),
    (
        "Get the top 10 news headlines about climate change in German.",
        fn(
            "news_headlines",
            "Fetch the latest news headlines on a topic.",
            {
                "topic": (STR, "The subject of the news."),
                "count": (INT, "How many headlines to return. Default is 5."),
                "language": (
                    STR,
                    "Language of the articles. Default is 'en'.",
                    {"enum": ["en", "de", "fr", "es"]},
                ),
            },
            ["topic"],
        ),
        {"topic": ["climate change"], "count": [10], "language": ["de"]},
    ),
    # ---- values said in words or implied
    (
        "Scale a pancake recipe that serves 4 so that it serves a dozen people.",
        fn(
            "recipe_scale",
            "Scale the ingredient amounts of a recipe to a new number of servings.",
            {
                "recipe_name": (STR, "The name of the recipe."),
                "original_servings": (INT, "The number of servings the recipe makes."),
                "target_servings": (INT, "The number of servings wanted."),
            },
            ["recipe_name", "original_servings", "target_servings"],
        ),
        {"recipe_name": ["pancake", "pancakes"], "original_servings": [4], "target_servings": [12]},
    ),
    (
        "What is the future value of $5,000 invested at 6% annual interest for a decade?",
        fn(
            "finance_future_value",
            "Calculate the future value of a lump-sum investment.",
            {
                "present_value": (NUM, "The amount invested now."),
                "annual_rate": (NUM, "The annual interest rate as a decimal."),
                "years": (INT, "The number of years."),
                "compounds_per_year": (INT, "Times interest is compounded per year. Default is 1."),
            },
            ["present_value", "annual_rate", "years"],
        ),
        {"present_value": [5000], "annual_rate": [0.06], "years": [10], "compounds_per_year": [OMIT, 1]},
    ),
    (
        "Calculate the simple interest on a loan of two thousand dollars at 5 percent for three years.",
        fn(
            "finance_simple_interest",
            "Calculate simple interest.",
            {
                "principal": (NUM, "The principal amount."),
                "rate": (NUM, "The annual interest rate in percent."),
                "time": (NUM, "The time in years."),
            },
            ["principal", "rate", "time"],
        ),
        {"principal": [2000], "rate": [5], "time": [3]},
    ),
    (
        "Split a restaurant bill of 180 dollars evenly between a dozen friends.",
        fn(
            "bill_split",
            "Split a bill evenly between people.",
            {
                "total": (NUM, "The total amount of the bill."),
                "people": (INT, "The number of people sharing the bill."),
                "tip_percent": (NUM, "Tip to add, in percent. Default is 0."),
            },
            ["total", "people"],
        ),
        {"total": [180], "people": [12], "tip_percent": [OMIT, 0]},
    ),
    (
        "Show me my step count for the past week.",
        fn(
            "fitness_step_history",
            "Get the daily step counts of the user.",
            {"days": (INT, "How many days back to report.")},
            ["days"],
        ),
        {"days": [7]},
    ),
    (
        "Reserve a table for a party of six at Nobu.",
        fn(
            "restaurant_reserve",
            "Reserve a table at a restaurant.",
            {
                "restaurant": (STR, "The name of the restaurant."),
                "party_size": (INT, "Number of guests."),
            },
            ["restaurant", "party_size"],
        ),
        {"restaurant": ["Nobu"], "party_size": [6]},
    ),
    (
        "What is the volume of a cube whose sides are half a meter long?",
        fn(
            "geometry_cube_volume",
            "Calculate the volume of a cube.",
            {"side": (NUM, "The length of a side in meters.")},
            ["side"],
        ),
        {"side": [0.5]},
    ),
    (
        "What's the probability of rolling a total of 7 with two dice?",
        fn(
            "probability_dice_sum",
            "Probability that a roll of several dice adds up to a target.",
            {
                "num_dice": (INT, "The number of dice rolled."),
                "target": (INT, "The total wanted."),
                "sides": (INT, "Sides on each die. Default is 6."),
            },
            ["num_dice", "target"],
        ),
        {"num_dice": [2], "target": [7], "sides": [OMIT, 6]},
    ),
    # ---- lists and dicts
    (
        "Calculate the average of the scores 85, 90 and 78.",
        fn(
            "statistics_mean",
            "Calculate the arithmetic mean of a list of numbers.",
            {"values": floats("The numbers to average.")},
            ["values"],
        ),
        {"values": [[85, 90, 78]]},
    ),
    (
        "Find the median of 3, 9, 4, 11 and 7.",
        fn(
            "stats_median",
            "Find the median of a list of numbers.",
            {"numbers": floats("The list of numbers.")},
            ["numbers"],
        ),
        {"numbers": [[3, 9, 4, 11, 7]]},
    ),
    (
        "Get the nutritional information for eggs, spinach, and oatmeal.",
        fn(
            "nutrition_lookup",
            "Look up the nutrition facts of foods.",
            {"foods": strs("The foods to look up.")},
            ["foods"],
        ),
        {"foods": [["eggs", "spinach", "oatmeal"]]},
    ),
    (
        "Calculate the total of a grocery order with the items {'apples': 2, 'bread': 1} at Whole Foods.",
        fn(
            "grocery_order_total",
            "Calculate the total price of a grocery order.",
            {
                "items": obj("Item names mapped to quantities."),
                "store": (STR, "The name of the store."),
            },
            ["items", "store"],
        ),
        {"items": [{"apples": 2, "bread": 1}], "store": ["Whole Foods"]},
    ),
    (
        "Translate 'good morning' from English into French and Spanish.",
        fn(
            "translate_text",
            "Translate text into one or more languages.",
            {
                "text": (STR, "The text to translate."),
                "source_language": (STR, "The language of the text."),
                "target_languages": strs("The languages to translate into."),
            },
            ["text", "source_language", "target_languages"],
        ),
        {
            "text": ["good morning"],
            "source_language": ["English"],
            "target_languages": [["French", "Spanish"]],
        },
    ),
    (
        "Compute the expected return of a portfolio with investments of 10000 and 5000 and expected returns "
        "of 0.07 and 0.03 respectively.",
        fn(
            "portfolio_expected_return",
            "Compute the expected return of a portfolio.",
            {
                "amounts": floats("The amount invested in each asset."),
                "returns": floats("The expected return of each asset, as decimals."),
            },
            ["amounts", "returns"],
        ),
        {"amounts": [[10000, 5000]], "returns": [[0.07, 0.03]]},
    ),
    # ---- enums by a synonym or another case
    (
        "Sort these names in reverse alphabetical order: Maya, Liam, Zoe.",
        fn(
            "list_sort_strings",
            "Sort a list of strings.",
            {
                "items": strs("The strings to sort."),
                "order": (STR, "Sort direction. Default is 'asc'.", {"enum": ["asc", "desc"]}),
            },
            ["items"],
        ),
        {"items": [["Maya", "Liam", "Zoe"]], "order": ["desc"]},
    ),
    (
        "Find me a cheap place to stay in Lisbon.",
        fn(
            "accommodation_find",
            "Find accommodation in a city.",
            {
                "city": (STR, "The city."),
                "price_range": (STR, "The price range.", {"enum": ["budget", "mid-range", "luxury"]}),
            },
            ["city"],
        ),
        {"city": ["Lisbon"], "price_range": ["budget"]},
    ),
    (
        "How long is the drive from Denver to Aspen by car?",
        fn(
            "route_travel_time",
            "Estimate the travel time between two places.",
            {
                "origin": (STR, "The starting place."),
                "destination": (STR, "The place to go to."),
                "mode": (STR, "Mode of travel.", {"enum": ["DRIVING", "WALKING", "BICYCLING", "TRANSIT"]}),
            },
            ["origin", "destination"],
        ),
        {"origin": ["Denver"], "destination": ["Aspen"], "mode": ["DRIVING"]},
    ),
    (
        "Make a 5-day meal plan for a Keto diet with 1800 calories a day.",
        fn(
            "meal_plan_generate",
            "Generate a meal plan for a diet.",
            {
                "diet": (STR, "The diet to follow.", {"enum": ["vegan", "vegetarian", "keto", "paleo"]}),
                "days": (INT, "Number of days to plan."),
                "calories_per_day": (INT, "Daily calorie target."),
            },
            ["diet", "days"],
        ),
        {"diet": ["keto"], "days": [5], "calories_per_day": [1800]},
    ),
    (
        "Estimate the basal metabolic rate of a 30-year-old woman who is 165 cm tall and weighs 60 kg.",
        fn(
            "health_bmr",
            "Estimate the basal metabolic rate.",
            {
                "age": (INT, "Age in years."),
                "gender": (STR, "Biological sex.", {"enum": ["male", "female"]}),
                "height_cm": (NUM, "Height in centimeters."),
                "weight_kg": (NUM, "Weight in kilograms."),
            },
            ["age", "gender", "height_cm", "weight_kg"],
        ),
        {"age": [30], "gender": ["female"], "height_cm": [165], "weight_kg": [60]},
    ),
    # ---- booleans said as negations
    (
        "Search for flights from Madrid to Rome on 2024-06-05. I don't want any layovers.",
        fn(
            "flight_search",
            "Search for flights between two cities.",
            {
                "origin": (STR, "The departure city."),
                "destination": (STR, "The arrival city."),
                "date": (STR, "The date of travel, YYYY-MM-DD."),
                "nonstop": (BOOL, "Only show nonstop flights. Default is false."),
            },
            ["origin", "destination", "date"],
        ),
        {"origin": ["Madrid"], "destination": ["Rome"], "date": ["2024-06-05"], "nonstop": [True]},
    ),
    (
        "List the files in /home/ana/docs, but skip hidden files.",
        fn(
            "filesystem_list",
            "List the files in a directory.",
            {
                "path": (STR, "The directory path."),
                "show_hidden": (BOOL, "Whether to list hidden files. Default is true."),
            },
            ["path"],
        ),
        {"path": ["/home/ana/docs"], "show_hidden": [False]},
    ),
    (
        "Run the unit tests in the payments module without verbose output.",
        fn(
            "ci_run_tests",
            "Run the test suite of a module.",
            {
                "module": (STR, "The module to test."),
                "verbose": (BOOL, "Print every test as it runs. Default is true."),
            },
            ["module"],
        ),
        {"module": ["payments"], "verbose": [False]},
    ),
    # ---- names with titles and possessives
    (
        "What were Dr. Martin Luther King Jr.'s most famous speeches?",
        fn(
            "history_famous_speeches",
            "List the best-known speeches of a historical figure.",
            {"person": (STR, "The name of the person.")},
            ["person"],
        ),
        {"person": ["Martin Luther King Jr.", "Dr. Martin Luther King Jr.", "Martin Luther King"]},
    ),
    (
        "How many career titles has Serena Williams won?",
        fn(
            "sports_career_titles",
            "Get the number of career titles of an athlete.",
            {
                "athlete": (STR, "The athlete's full name."),
                "sport": (STR, "The sport. Optional."),
            },
            ["athlete"],
        ),
        {"athlete": ["Serena Williams"], "sport": [OMIT, "tennis"]},
    ),
    (
        "In what year was Darwin's On the Origin of Species published?",
        fn(
            "book_publication_year",
            "Find the year a book was first published.",
            {
                "title": (STR, "The title of the book."),
                "author": (STR, "The author of the book. Optional."),
            },
            ["title"],
        ),
        {"title": ["On the Origin of Species"], "author": [OMIT, "Darwin", "Charles Darwin"]},
    ),
    (
        "How long was Queen Elizabeth II's reign?",
        fn(
            "royalty_reign_length",
            "Get the length of a monarch's reign.",
            {"monarch": (STR, "The name of the monarch.")},
            ["monarch"],
        ),
        {"monarch": ["Queen Elizabeth II", "Elizabeth II"]},
    ),
    (
        "Tell me about the painting Mona Lisa by Leonardo da Vinci.",
        fn(
            "art_painting_info",
            "Get information about a painting.",
            {
                "title": (STR, "The title of the painting."),
                "artist": (STR, "The painter. Optional."),
            },
            ["title"],
        ),
        {"title": ["Mona Lisa"], "artist": [OMIT, "Leonardo da Vinci"]},
    ),
    # ---- units to convert
    (
        "How much force is needed to accelerate a 2-tonne truck at 1.5 m/s^2?",
        fn(
            "physics_calculate_force",
            "Calculate force from mass and acceleration.",
            {
                "mass": (NUM, "The mass in kilograms."),
                "acceleration": (NUM, "The acceleration in m/s^2."),
            },
            ["mass", "acceleration"],
        ),
        {"mass": [2000], "acceleration": [1.5]},
    ),
    (
        "A runner covers 5 km in 25 minutes. What is her average speed?",
        fn(
            "kinematics_speed",
            "Calculate speed from distance and time.",
            {
                "distance": (NUM, "The distance in meters."),
                "time": (NUM, "The time in seconds."),
            },
            ["distance", "time"],
        ),
        {"distance": [5000], "time": [1500]},
    ),
    (
        "How much energy does a 60-watt bulb use if it burns for 3 hours?",
        fn(
            "energy_consumption",
            "Calculate the energy used by an appliance.",
            {
                "power": (NUM, "The power rating in watts."),
                "hours": (NUM, "The running time in hours."),
            },
            ["power", "hours"],
        ),
        {"power": [60], "hours": [3]},
    ),
    # ---- several sentences, values late
    (
        "I'm planning a trip and need some cash. How much is 250 euros in Japanese yen?",
        fn(
            "forex_exchange_amount",
            "Convert an amount of money between currencies.",
            {
                "amount": (NUM, "The amount of money."),
                "from_currency": (STR, "The currency to convert from."),
                "to_currency": (STR, "The currency to convert to."),
            },
            ["amount", "from_currency", "to_currency"],
        ),
        {
            "amount": [250],
            "from_currency": ["EUR", "euro", "euros"],
            "to_currency": ["JPY", "yen", "Japanese yen"],
        },
    ),
    (
        "My landlord raised the rent. It went from $1,200 to $1,350 a month. What's the percentage increase?",
        fn(
            "math_percentage_change",
            "Calculate the percentage change between two values.",
            {
                "old_value": (NUM, "The original value."),
                "new_value": (NUM, "The new value."),
            },
            ["old_value", "new_value"],
        ),
        {"old_value": [1200], "new_value": [1350]},
    ),
    (
        "We're building a raised garden bed. It's a rectangle. The length is 4 meters, the width is 2.5 meters "
        "and the depth is 0.3 meters. How much soil fills it?",
        fn(
            "geometry_box_volume",
            "Calculate the volume of a rectangular box.",
            {
                "length": (NUM, "The length in meters."),
                "width": (NUM, "The width in meters."),
                "height": (NUM, "The height or depth in meters."),
            },
            ["length", "width", "height"],
        ),
        {"length": [4], "width": [2.5], "height": [0.3]},
    ),
    (
        "I have a chemistry question. I dissolved 0.5 moles of salt in water. The solution's volume is 2 liters. "
        "What is its molarity?",
        fn(
            "chemistry_molarity",
            "Calculate the molar concentration of a solution.",
            {
                "moles": (NUM, "Amount of solute in moles."),
                "volume": (NUM, "Volume of the solution in liters."),
            },
            ["moles", "volume"],
        ),
        {"moles": [0.5], "volume": [2]},
    ),
    (
        "Our team played a tournament last season. We won 18 games and lost 6. What was our win percentage?",
        fn(
            "sports_win_percentage",
            "Calculate a team's winning percentage.",
            {
                "wins": (INT, "Number of games won."),
                "losses": (INT, "Number of games lost."),
                "ties": (INT, "Number of games tied. Default is 0."),
            },
            ["wins", "losses"],
        ),
        {"wins": [18], "losses": [6], "ties": [OMIT, 0]},
    ),
    (
        "I'm comparing two job offers. The first pays 72000 a year. Work out its monthly take-home pay at a "
        "tax rate of 25%.",
        fn(
            "salary_monthly_net",
            "Calculate monthly take-home pay from an annual salary.",
            {
                "annual_salary": (NUM, "Gross annual salary."),
                "tax_rate": (NUM, "Tax rate as a decimal, e.g. 0.2."),
            },
            ["annual_salary", "tax_rate"],
        ),
        {"annual_salary": [72000], "tax_rate": [0.25]},
    ),
]

GAPS: dict[str, str] = {
    "Split a restaurant bill": "'a dozen friends' counts friends, which no parameter counts ('people')",
    "Calculate the average of": "tool choice: 'average' is only in a parameter's description, not a synonym of "
    "the name's 'mean'",
    "Sort these names in reverse": "'reverse alphabetical order' names no enum option ('desc')",
    "Find me a cheap place": "tool choice: 'place to stay' shares no word with 'accommodation'",
    "Search for flights from Madrid": "'I don't want any layovers' says nothing of `nonstop` by its words",
    "In what year was Darwin's": "a possessive's name before a title is taken as the title",
    "We're building a raised": "tool choice: no one sentence of several scores enough; 'rectangle' only by meaning",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_one_call_a_careful_model_makes(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests() -> None:
    assert len(ROWS) >= 40
