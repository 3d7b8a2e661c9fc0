"""Declining what no offered tool does, and still calling the one that does: a battery in the style of a
function-calling benchmark's "irrelevance" category, written for this round before reading any of its cases.

Each request comes with one tool (sometimes two) *near* its subject: python-style names, a one-line
description, typed parameters. The request asks for another quantity of the same thing (the perimeter of
a rectangle to an area tool), for another act on the tool's object (the status of a flight to a booking
tool), for an explanation, a history, a definition or an opinion where the tool computes or fetches, or it
names the tool's nouns only inside a subordinate clause. A careful model makes no call. The last rows say
what the tool does in other words (a paraphrase, a synonym, the tool's output under another name): a
careful model calls it.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import NUM, STR, floats, fn, params

RECT_AREA = fn(
    "calculate_rectangle_area",
    "Calculate the area of a rectangle from its length and width.",
    {"length": (NUM, "The length of the rectangle."), "width": (NUM, "The width of the rectangle.")},
    ["length", "width"],
)
MEAN = fn(
    "stats_mean",
    "Compute the arithmetic mean of a list of numbers.",
    {"numbers": floats("The numbers to average.")},
    ["numbers"],
)
POPULATION = fn(
    "get_country_population",
    "Get the population of a country in a given year.",
    {"country": (STR, "Name of the country."), "year": ("integer", "The year, e.g. 2020.")},
    ["country"],
)
ROUTE_DISTANCE = fn(
    "route_distance",
    "Calculate the driving distance in kilometres between two cities.",
    {"origin": (STR, "The starting city."), "destination": (STR, "The destination city.")},
    ["origin", "destination"],
)
CYLINDER = fn(
    "geometry_cylinder_volume",
    "Calculate the volume of a cylinder.",
    {"radius": (NUM, "Radius of the base."), "height": (NUM, "Height of the cylinder.")},
    ["radius", "height"],
)
PLANET_MASS = fn(
    "get_planet_mass",
    "Get the mass of a planet of the solar system in kilograms.",
    {"planet": (STR, "Name of the planet.")},
    ["planet"],
)
ATOMIC_MASS = fn(
    "element_atomic_mass",
    "Look up the atomic mass of a chemical element.",
    {"element": (STR, "Name or symbol of the element.")},
    ["element"],
)
STOCK = fn(
    "get_stock_price",
    "Get the latest trading price of a company's stock.",
    {"ticker": (STR, "The stock ticker symbol, e.g. 'AAPL'.")},
    ["ticker"],
)
CIRCUMFERENCE = fn(
    "circle_circumference",
    "Compute the circumference of a circle given its radius.",
    {"radius": (NUM, "The radius of the circle.")},
    ["radius"],
)
RECIPE = fn(
    "get_recipe",
    "Retrieve the recipe of a dish by its name.",
    {"dish_name": (STR, "The name of the dish.")},
    ["dish_name"],
)
BOOK_FLIGHT = fn(
    "book_flight",
    "Book a flight ticket between two airports on a date.",
    {
        "origin": (STR, "Departure airport or city."),
        "destination": (STR, "Arrival airport or city."),
        "date": (STR, "Travel date, YYYY-MM-DD."),
    },
    ["origin", "destination", "date"],
)
HOTEL = fn(
    "reserve_hotel_room",
    "Reserve a room at a hotel.",
    {
        "hotel_name": (STR, "Name of the hotel."),
        "check_in": (STR, "Check-in date, YYYY-MM-DD."),
        "nights": ("integer", "Number of nights."),
    },
    ["hotel_name", "check_in", "nights"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate a text into a target language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
SEND_EMAIL = fn(
    "send_email",
    "Send an email to a recipient.",
    {
        "to": (STR, "Email address of the recipient."),
        "subject": (STR, "Subject line."),
        "body": (STR, "Body of the message."),
    },
    ["to", "subject", "body"],
)
FORECAST = fn(
    "get_weather_forecast",
    "Get the weather forecast for a city for the coming days.",
    {"city": (STR, "The city."), "days": ("integer", "Number of days to forecast.")},
    ["city"],
)
PLAYLIST = fn(
    "create_playlist",
    "Create a music playlist from a list of songs.",
    {
        "name": (STR, "Name of the playlist."),
        "songs": ("array", "Song titles.", {"items": {"type": "string"}}),
    },
    ["name", "songs"],
)
COMPOUND = fn(
    "calculate_compound_interest",
    "Calculate the compound interest earned on a principal.",
    {
        "principal": (NUM, "The initial amount."),
        "rate": (NUM, "Annual interest rate as a decimal."),
        "years": ("integer", "Number of years."),
    },
    ["principal", "rate", "years"],
)
PLANET_DISTANCE = fn(
    "get_planet_distance",
    "Get the average distance of a planet from the Sun.",
    {"planet": (STR, "Name of the planet.")},
    ["planet"],
)
ELO = fn(
    "chess_player_rating",
    "Get the current Elo rating of a chess player.",
    {"player_name": (STR, "Full name of the player.")},
    ["player_name"],
)
BMI = fn(
    "calculate_bmi",
    "Calculate the body mass index from weight and height.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in metres.")},
    ["weight_kg", "height_m"],
)
RESTAURANTS = fn(
    "find_restaurants",
    "Find restaurants in a city serving a cuisine.",
    {"city": (STR, "The city."), "cuisine": (STR, "Type of cuisine, e.g. 'Thai'.")},
    ["city", "cuisine"],
)
MOVIE_RATING = fn(
    "get_movie_rating",
    "Get the audience rating of a movie.",
    {"title": (STR, "Title of the movie.")},
    ["title"],
)
INCOME_TAX = fn(
    "calculate_income_tax",
    "Calculate the income tax owed for an annual income.",
    {"income": (NUM, "Annual income in dollars."), "state": (STR, "US state of residence.")},
    ["income"],
)
CURRENCY = fn(
    "convert_currency",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "Currency code to convert from."),
        "to_currency": (STR, "Currency code to convert to."),
    },
    ["amount", "from_currency", "to_currency"],
)
TRIANGLE = fn(
    "calculate_triangle_area",
    "Calculate the area of a triangle from its base and height.",
    {"base": (NUM, "The base of the triangle."), "height": (NUM, "The height of the triangle.")},
    ["base", "height"],
)
TRAINS = fn(
    "get_train_schedule",
    "Get the train timetable between two cities on a date.",
    {
        "origin": (STR, "Departure city."),
        "destination": (STR, "Arrival city."),
        "date": (STR, "Date of travel."),
    },
    ["origin", "destination"],
)
CALORIES = fn(
    "calculate_calories_burned",
    "Estimate the calories burned during an exercise.",
    {
        "activity": (STR, "The exercise, e.g. 'running'."),
        "minutes": ("integer", "Duration in minutes."),
        "weight_kg": (NUM, "Body weight in kilograms."),
    },
    ["activity", "minutes"],
)
GCD = fn(
    "math_gcd",
    "Compute the greatest common divisor of two integers.",
    {"a": ("integer", "The first integer."), "b": ("integer", "The second integer.")},
    ["a", "b"],
)
SPEED = fn(
    "calculate_average_speed",
    "Calculate the average speed from distance and time.",
    {"distance_km": (NUM, "Distance travelled in km."), "time_h": (NUM, "Time taken in hours.")},
    ["distance_km", "time_h"],
)
ORDER_PIZZA = fn(
    "order_pizza",
    "Order a pizza for home delivery.",
    {"pizza": (STR, "The pizza, e.g. 'margherita'."), "size": (STR, "small, medium or large.")},
    ["pizza"],
)
SOLVE_QUADRATIC = fn(
    "solve_quadratic",
    "Solve a quadratic equation a*x^2 + b*x + c = 0.",
    {"a": (NUM, "Coefficient of x^2."), "b": (NUM, "Coefficient of x."), "c": (NUM, "Constant term.")},
    ["a", "b", "c"],
)
LANDMARK_HOURS = fn(
    "get_landmark_opening_hours",
    "Get the opening hours of a landmark or monument.",
    {"landmark": (STR, "Name of the landmark.")},
    ["landmark"],
)
MATCH_SCORE = fn(
    "get_football_match_score",
    "Get the final score of a football match.",
    {"home_team": (STR, "The home team."), "away_team": (STR, "The away team.")},
    ["home_team", "away_team"],
)
FRUIT_PRICE = fn(
    "get_fruit_price",
    "Get the market price of a fruit per kilogram.",
    {"fruit": (STR, "Name of the fruit.")},
    ["fruit"],
)
RACE_RESULTS = fn(
    "get_race_results",
    "Get the results of a motor race in a given year.",
    {"race_name": (STR, "Name of the race."), "year": ("integer", "The year.")},
    ["race_name"],
)

ROWS: list[tuple[str, list[dict], str | None]] = [
    # ---- another quantity of the same thing
    ("What is the perimeter of a rectangle 8 m long and 3 m wide?", [RECT_AREA], None),
    ("Find the median of 4, 9, 1, 7 and 12.", [MEAN], None),
    ("What is the capital city of Portugal?", [POPULATION], None),
    ("How long does it take to drive from Lyon to Geneva?", [ROUTE_DISTANCE], None),
    ("Calculate the surface area of a cylinder with radius 2 cm and height 5 cm.", [CYLINDER], None),
    ("What is the diameter of Jupiter?", [PLANET_MASS], None),
    ("What is the boiling point of mercury?", [ATOMIC_MASS], None),
    ("Who is the chief executive of Nvidia?", [STOCK], None),
    ("What's the area of a circle with a radius of 4?", [CIRCUMFERENCE], None),
    ("What is the least common multiple of 12 and 18?", [GCD], None),
    ("How many moons does Saturn have?", [PLANET_MASS, PLANET_DISTANCE], None),
    # ---- another act on the tool's object
    ("Convert 2 cups of flour to grams.", [RECIPE], None),
    ("What is the status of flight LH454 today?", [BOOK_FLIGHT], None),
    ("Cancel my reservation at the Grand Palace hotel.", [HOTEL], None),
    ("Which language is this sentence written in: 'Ik hou van fietsen'?", [TRANSLATE], None),
    ("How many unread emails are in my inbox?", [SEND_EMAIL], None),
    ("What was the hottest temperature ever recorded in Death Valley?", [FORECAST], None),
    ("Who sang the song 'Hey Jude'?", [PLAYLIST], None),
    ("What is the calorie count of a large pepperoni pizza?", [ORDER_PIZZA], None),
    ("What is the check-in time of the Grand Palace hotel?", [HOTEL], None),
    # ---- an explanation, a history, a definition, an opinion
    ("Explain how compound interest differs from simple interest.", [COMPOUND], None),
    ("Why does Mars look red?", [PLANET_DISTANCE], None),
    ("Tell me about the history of the Sicilian Defence in chess.", [ELO], None),
    ("What does BMI stand for?", [BMI], None),
    ("Describe the taste of a durian fruit.", [FRUIT_PRICE], None),
    ("Tell me about the history of the Monaco Grand Prix race.", [RACE_RESULTS], None),
    ("Explain the rules of a football match.", [MATCH_SCORE], None),
    ("What is the origin of the croissant?", [RESTAURANTS], None),
    ("What is the plot of the movie Inception?", [MOVIE_RATING], None),
    ("Who introduced the federal income tax in the United States?", [INCOME_TAX], None),
    ("Is it better to save in dollars or in euros?", [CURRENCY], None),
    # ---- the tool's nouns only inside a subordinate clause
    ("Who first proved the formula for the area of a triangle?", [TRIANGLE], None),
    ("After taking the train from Milan to Rome, which museums should I visit first?", [TRAINS], None),
    ("Since I burned 500 calories running, what should I eat for dinner?", [CALORIES], None),
    ("When I fly to Tokyo next month, what vaccinations will I need?", [BOOK_FLIGHT], None),
    ("Once we land in Lisbon, which neighbourhood is best for nightlife?", [BOOK_FLIGHT], None),
    ("If I drive at 90 km/h, how much fuel will my car use over 300 km?", [SPEED], None),
    # ---- the tool's own work, said another way: call it
    (
        "Find the area of a rectangular garden 12 feet long and 7 feet wide.",
        [RECT_AREA],
        "calculate_rectangle_area",
    ),
    ("What is the average of 3, 8, 10 and 15?", [MEAN], "stats_mean"),
    ("How many people lived in Brazil in 2015?", [POPULATION], "get_country_population"),
    ("How far is it to drive from Lyon to Geneva?", [ROUTE_DISTANCE], "route_distance"),
    ("Give me the recipe for banana bread.", [RECIPE], "get_recipe"),
    ("Reserve a seat on a flight from Boston to Denver on 2024-05-03.", [BOOK_FLIGHT], "book_flight"),
    ("What is the translation of 'merci beaucoup' into English?", [TRANSLATE], "translate_text"),
    ("Find the roots of the quadratic with a=1, b=-3 and c=2.", [SOLVE_QUADRATIC], "solve_quadratic"),
    ("Order a large margherita pizza for me.", [ORDER_PIZZA], "order_pizza"),
    ("How do you say 'good night' in Italian?", [TRANSLATE], "translate_text"),
    ("What is the atomic mass of carbon?", [ATOMIC_MASS], "element_atomic_mass"),
    ("How much is a share of Nvidia (NVDA) trading at?", [STOCK], "get_stock_price"),
    ("What is the circumference of a circle with radius 4?", [CIRCUMFERENCE], "circle_circumference"),
    (
        "How much interest will 5000 dollars earn at a rate of 0.04 compounded yearly over 10 years?",
        [COMPOUND],
        "calculate_compound_interest",
    ),
    (
        "What is the volume of a cylindrical tank with radius 1 m and height 3 m?",
        [CYLINDER],
        "geometry_cylinder_volume",
    ),
    ("Tell me about the weather in Oslo for the next 3 days.", [FORECAST], "get_weather_forecast"),
    ("Describe the opening hours of the Colosseum.", [LANDMARK_HOURS], "get_landmark_opening_hours"),
    ("Tell me the price of a kilo of mangoes.", [FRUIT_PRICE], "get_fruit_price"),
    ("How far is Mars from the Sun on average?", [PLANET_DISTANCE], "get_planet_distance"),
    ("Is there a good Thai place in Leeds?", [RESTAURANTS], "find_restaurants"),
    ("After running for 45 minutes, how many calories did I burn?", [CALORIES], "calculate_calories_burned"),
    (
        "After 5 years at a rate of 0.03, what is the compound interest on 2000 dollars?",
        [COMPOUND],
        "calculate_compound_interest",
    ),
    ("How fast did I go if I covered 150 km in 2 hours?", [SPEED], "calculate_average_speed"),
]

GAPS: dict[str, str] = {
    "Tell me about the history of the Monaco": "a tool named for a plural ('results') is taken to give any "
    "value of its thing",
    "What is the average of": "'average' is no synonym of the verb-like 'mean' to the meaning model (0.13)",
    "Is there a good Thai": "'place' names no restaurant; only the cuisine, a parameter's example, matches",
}


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_careful_model_declines_or_calls(
    request_text: str, tools: list[dict], expected: str | None
) -> None:
    got = [name for name, _ in calls(request_text, *tools)]
    assert got == ([expected] if expected else []), got
