"""A battery for the number of calls in a benchmark's parallel genre, written before reading its failures.

Each row gives one tool (python-style name, one-line description, typed parameters with short descriptions)
and a request of one or two sentences on a subject of my choosing, and the calls a careful small model makes:
one per value when one ask names several values of a scalar parameter (also over ranges, "for each year from
2019 to 2021", pairs, "from A to B and from C to D", "respectively", and values spread over sentences), the
cross product only when the request asks for every combination, and one call when the "and" sits inside one
ask or a list parameter takes the values whole. The check is order-free, as the benchmark's.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, floats, fn, params, strs
from test_simulated_parallel_style_battery import c, matched

TIDE = fn(
    "get_tide_times",
    "Get the high and low tide times for a coastal town on a date.",
    {"town": (STR, "The coastal town."), "date": (STR, "The date in YYYY-MM-DD format.")},
    ["town", "date"],
)
HALF_LIFE = fn(
    "calculate_remaining_mass",
    "Calculate the mass of a radioactive sample left after a time.",
    {
        "initial_mass": (NUM, "Initial mass in grams."),
        "half_life": (NUM, "Half-life in years."),
        "time": (NUM, "Elapsed time in years."),
    },
    ["initial_mass", "half_life", "time"],
)
DISTANCE = fn(
    "get_driving_distance",
    "Get the driving distance between two cities.",
    {"origin": (STR, "The starting city."), "destination": (STR, "The destination city.")},
    ["origin", "destination"],
)
CHAMPION = fn(
    "get_league_champion",
    "Get the champion of a sports league in a given season.",
    {"league": (STR, "The name of the league."), "year": (INT, "The season year.")},
    ["league", "year"],
)
NUTRITION = fn(
    "get_nutrition_facts",
    "Get the nutrition facts of a food.",
    {"food": (STR, "The name of the food or dish.")},
    ["food"],
)
SPHERE = fn(
    "calculate_sphere_volume",
    "Calculate the volume of a sphere from its radius.",
    {"radius": (NUM, "The radius of the sphere."), "unit": (STR, "The unit of length. Default 'cm'.")},
    ["radius"],
)
MEAN = fn(
    "calculate_mean",
    "Calculate the arithmetic mean of a list of numbers.",
    {"numbers": floats("The numbers.")},
    ["numbers"],
)
LAW = fn(
    "get_statute_text",
    "Get the text of a statute of a country.",
    {"country": (STR, "The country."), "statute": (STR, "The name of the statute.")},
    ["country", "statute"],
)
COMPOSER = fn(
    "get_composer_works",
    "List the works of a composer in a musical form.",
    {"composer": (STR, "The composer's name."), "form": (STR, "The musical form, e.g. 'symphony'.")},
    ["composer", "form"],
)
RECT = fn(
    "calculate_rectangle_area",
    "Calculate the area of a rectangle.",
    {"length": (NUM, "The length."), "width": (NUM, "The width.")},
    ["length", "width"],
)
EXCHANGE = fn(
    "get_exchange_rate",
    "Get the exchange rate from one currency to another.",
    {"base": (STR, "The currency to convert from, e.g. 'USD'."), "target": (STR, "The target currency.")},
    ["base", "target"],
)
POPULATION = fn(
    "get_city_population",
    "Get the population of a city in a year.",
    {"city": (STR, "The name of the city."), "year": (INT, "The year.")},
    ["city", "year"],
)
RECIPE = fn(
    "find_recipe",
    "Find a recipe for a dish.",
    {"dish": (STR, "The name of the dish."), "max_minutes": (INT, "Longest cooking time in minutes.")},
    ["dish"],
)
PLAYLIST = fn(
    "create_playlist",
    "Create a playlist from a list of songs.",
    {"title": (STR, "The playlist title."), "songs": strs("The song titles.")},
    ["title", "songs"],
)
GCD = fn(
    "calculate_gcd",
    "Calculate the greatest common divisor of two integers.",
    {"a": (INT, "The first integer."), "b": (INT, "The second integer.")},
    ["a", "b"],
)
EVENTS = fn(
    "get_historical_events",
    "Get notable historical events of a country in a year.",
    {"country": (STR, "The country."), "year": (INT, "The year.")},
    ["country", "year"],
)
ELEMENT = fn(
    "get_element_melting_point",
    "Get the melting point of a chemical element.",
    {"element": (STR, "The element's name or symbol.")},
    ["element"],
)
SOIL = fn(
    "analyze_soil_sample",
    "Analyze a soil sample for a nutrient.",
    {
        "sample_id": (STR, "The sample identifier."),
        "nutrient": (STR, "The nutrient to test for.", {"enum": ["nitrogen", "phosphorus", "potassium"]}),
    },
    ["sample_id", "nutrient"],
)
HEATING = fn(
    "calculate_heating_cost",
    "Calculate the yearly heating cost of a house.",
    {"heater_type": (STR, "The type of heater."), "area": (NUM, "Floor area in square meters.")},
    ["heater_type", "area"],
)
INSURANCE = fn(
    "estimate_insurance_premium",
    "Estimate the yearly insurance premium of a car.",
    {"car_type": (STR, "The type of car, e.g. 'petrol'."), "driver_age": (INT, "Age of the driver.")},
    ["car_type", "driver_age"],
)
SPEED = fn(
    "calculate_average_speed",
    "Calculate the average speed from distance and time.",
    {"distance": (NUM, "Distance in kilometers."), "time": (NUM, "Time in hours.")},
    ["distance", "time"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- several values of one scalar parameter: one call each
    (
        "What are the tide times in Whitby, Padstow and Tenby on 2024-07-14?",
        [TIDE],
        [c("get_tide_times", town=t, date="2024-07-14") for t in ("Whitby", "Padstow", "Tenby")],
    ),
    (
        "Find the volume of spheres with radii of 2, 4 and 8 cm.",
        [SPHERE],
        [c("calculate_sphere_volume", radius=r, unit=[OMIT, "cm"]) for r in (2, 4, 8)],
    ),
    (
        "Who won the Bundesliga in each season from 2015 to 2018?",
        [CHAMPION],
        [c("get_league_champion", league="Bundesliga", year=y) for y in (2015, 2016, 2017, 2018)],
    ),
    (
        "Give me the melting points of iron, copper, and tin.",
        [ELEMENT],
        [c("get_element_melting_point", element=e) for e in ("iron", "copper", "tin")],
    ),
    (
        "Get the nutrition facts for an apple and for a banana.",
        [NUTRITION],
        [c("get_nutrition_facts", food=f) for f in (["apple", "an apple"], ["banana", "a banana"])],
    ),
    (
        "What was the population of Porto in 1900, 1950 and 2000?",
        [POPULATION],
        [c("get_city_population", city="Porto", year=y) for y in (1900, 1950, 2000)],
    ),
    (
        "List the notable events in Japan and in Korea in the year 1950.",
        [EVENTS],
        [c("get_historical_events", country=k, year=1950) for k in ("Japan", "Korea")],
    ),
    # ---- a series of kinds of one noun: one call per kind
    (
        "Calculate the yearly heating cost of a 120 m2 house with a gas heater, an oil heater and an electric "
        "heater.",
        [HEATING],
        [c("calculate_heating_cost", heater_type=k, area=120) for k in ("gas", "oil", "electric")],
    ),
    (
        "Estimate the insurance premium of a petrol car, a diesel car, and a hybrid car for a 30-year-old driver.",
        [INSURANCE],
        [c("estimate_insurance_premium", car_type=k, driver_age=30) for k in ("petrol", "diesel", "hybrid")],
    ),
    # ---- pairs of values that go together
    (
        "How far is it to drive from Lyon to Geneva and from Turin to Milan?",
        [DISTANCE],
        [
            c("get_driving_distance", origin="Lyon", destination="Geneva"),
            c("get_driving_distance", origin="Turin", destination="Milan"),
        ],
    ),
    (
        "Calculate the area of rectangles of length 5 and 9 and width 2 and 3 respectively.",
        [RECT],
        [c("calculate_rectangle_area", length=5, width=2), c("calculate_rectangle_area", length=9, width=3)],
    ),
    (
        "Find the greatest common divisor of 48 and 18, and of 100 and 75.",
        [GCD],
        [c("calculate_gcd", a=48, b=18), c("calculate_gcd", a=100, b=75)],
    ),
    (
        "What is the exchange rate from EUR to CHF and from GBP to JPY?",
        [EXCHANGE],
        [c("get_exchange_rate", base="EUR", target="CHF"), c("get_exchange_rate", base="GBP", target="JPY")],
    ),
    (
        "A cyclist rode 42 km in 1.5 hours and a runner covered 10 km in 0.8 hours. What were their average "
        "speeds?",
        [SPEED],
        [
            c("calculate_average_speed", distance=42, time=1.5),
            c("calculate_average_speed", distance=10, time=0.8),
        ],
    ),
    (
        "How much of a 100 gram sample with a half-life of 5 years is left after 10 years, and of a 50 gram "
        "sample with a half-life of 30 years after 60 years?",
        [HALF_LIFE],
        [
            c("calculate_remaining_mass", initial_mass=100, half_life=5, time=10),
            c("calculate_remaining_mass", initial_mass=50, half_life=30, time=60),
        ],
    ),
    (
        "Get the tide times for Whitby on 2024-08-01. Also get them for Padstow on 2024-08-03.",
        [TIDE],
        [
            c("get_tide_times", town="Whitby", date="2024-08-01"),
            c("get_tide_times", town="Padstow", date="2024-08-03"),
        ],
    ),
    # ---- an ask asked again keeps every value of its series
    (
        "Analyze soil samples 'S1' and 'S2' for nitrogen, then repeat the analysis for phosphorus.",
        [SOIL],
        [
            c("analyze_soil_sample", sample_id=k, nutrient=n)
            for k in ("S1", "S2")
            for n in ("nitrogen", "phosphorus")
        ],
    ),
    (
        "What is the population of Leeds and of York in 1991? Give me the same for 2011.",
        [POPULATION],
        [c("get_city_population", city=k, year=y) for k in ("Leeds", "York") for y in (1991, 2011)],
    ),
    # ---- two lists: a cross product only when asked for
    (
        "Get the population of Leeds and York in 1991 and 2011.",
        [POPULATION],
        [c("get_city_population", city=k, year=y) for k in ("Leeds", "York") for y in (1991, 2011)],
    ),
    (
        "List the symphonies and the concertos of Brahms and of Dvorak.",
        [COMPOSER],
        [
            c("get_composer_works", composer=k, form=[f, f + "s"])
            for k in ("Brahms", "Dvorak")
            for f in ("symphony", "concerto")
        ],
    ),
    (
        "Fetch the statute text of the Data Protection Act in the United Kingdom and in Ireland.",
        [LAW],
        [
            c("get_statute_text", country=k, statute="Data Protection Act")
            for k in (["United Kingdom", "UK"], "Ireland")
        ],
    ),
    # ---- one ask with an "and" inside it: one call
    (
        "Find a recipe for salt and pepper squid.",
        [RECIPE],
        [c("find_recipe", dish="salt and pepper squid", max_minutes=OMIT)],
    ),
    (
        "Get the nutrition facts of macaroni and cheese.",
        [NUTRITION],
        [c("get_nutrition_facts", food="macaroni and cheese")],
    ),
    (
        "Calculate the mean of 4, 8, 15 and 16.",
        [MEAN],
        [c("calculate_mean", numbers=[[4, 8, 15, 16]])],
    ),
    (
        "Make a playlist called Road Trip with the songs Hey Jude, Africa and Dancing Queen.",
        [PLAYLIST],
        [c("create_playlist", title="Road Trip", songs=[["Hey Jude", "Africa", "Dancing Queen"]])],
    ),
    (
        "Find the greatest common divisor of 84 and 36.",
        [GCD],
        [c("calculate_gcd", a=84, b=36)],
    ),
    (
        "What is the driving distance between Leeds and Hull?",
        [DISTANCE],
        [c("get_driving_distance", origin="Leeds", destination="Hull")],
    ),
    (
        "Calculate the area of a rectangle 12 meters long and 7 meters wide.",
        [RECT],
        [c("calculate_rectangle_area", length=12, width=7)],
    ),
    # ---- several asks in sentences, one call each
    (
        "I need a recipe for paella that takes under 60 minutes. Also find one for risotto.",
        [RECIPE],
        [
            c("find_recipe", dish="paella", max_minutes=60),
            c("find_recipe", dish="risotto", max_minutes=[OMIT, 60]),
        ],
    ),
    (
        "Compute the mean of 2, 4 and 6, and the mean of 10, 20 and 30.",
        [MEAN],
        [c("calculate_mean", numbers=[[2, 4, 6]]), c("calculate_mean", numbers=[[10, 20, 30]])],
    ),
    (
        "Who won the Serie A in 2001? And who won it in 2009?",
        [CHAMPION],
        [c("get_league_champion", league="Serie A", year=y) for y in (2001, 2009)],
    ),
    (
        "Calculate the volume of a sphere of radius 3 m, then of one with radius 6 m.",
        [SPHERE],
        [c("calculate_sphere_volume", radius=r, unit=[OMIT, "m", "meters"]) for r in (3, 6)],
    ),
]

GAPS: dict[str, str] = {
    "Give me the melting points of iron, copper, and tin": "too few calls: 'tin' is read as no value",
    "List the symphonies and the concertos": "no call: the plural forms are not read as the composer's forms",
    "Get the nutrition facts of macaroni and": "too many calls: an 'and' inside a dish's name splits it",
    "I need a recipe for paella": "too few calls: 'one for risotto' after 'Also find' makes no call; "
    "the dish is 'takes'",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_number_of_calls_a_careful_model_makes(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_five_requests() -> None:
    assert len(ROWS) >= 25


# ================================================================ second round (pcount, own wording)
# One call per item, or one for them all: items in a list, after "each of", "both", "all three", "as well
# as", "also", "and then", in separate sentences; a list parameter or a two-item comparison tool that takes
# the items at once; "and" inside one name ("salt and pepper shrimp", "Romeo and Juliet") against two titles;
# an ask repeated with a variation ("…, and the same for 2022"); two tools in one turn, one called twice.
# Travel, health, finance, sport, science, law, retail, music, education, cooking, geography, engineering.

# ---------------------------------------------------------------- travel
WEATHER = fn(
    "weather.current",
    "Get the current weather in a city.",
    {"city": (STR, "The city name.")},
    ["city"],
)
FLIGHTS = fn(
    "flights.search",
    "Search flights between two cities.",
    {"origin": (STR, "The departure city."), "destination": (STR, "The arrival city.")},
    ["origin", "destination"],
)
LIVING = fn(
    "travel.cost_of_living",
    "Get the cost of living index of a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
LIVING_CMP = fn(
    "travel.compare_cost_of_living",
    "Compare the cost of living across several cities.",
    {"cities": strs("The cities to compare.")},
    ["cities"],
)
HOTELS = fn(
    "hotels.search",
    "Search hotels in a city for a number of nights.",
    {"city": (STR, "The city."), "nights": (INT, "The number of nights.")},
    ["city", "nights"],
)
# ---------------------------------------------------------------- health
CALORIES = fn(
    "nutrition.calories",
    "Get the calories in one serving of a food.",
    {"food": (STR, "The food item.")},
    ["food"],
)
INTERACTION = fn(
    "pharmacy.check_interactions",
    "Check for interactions among a list of drugs.",
    {"drugs": strs("The names of the drugs.")},
    ["drugs"],
)
SIDE_EFFECTS = fn(
    "pharmacy.side_effects",
    "List the known side effects of a drug.",
    {"drug": (STR, "The drug name.")},
    ["drug"],
)
BMI = fn(
    "health.bmi",
    "Calculate the body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
# ---------------------------------------------------------------- finance
STOCK = fn(
    "market.stock_price",
    "Get the latest stock price of a company.",
    {"company": (STR, "The company name.")},
    ["company"],
)
INTEREST = fn(
    "finance.compound_interest",
    "Calculate compound interest on a principal.",
    {
        "principal": (NUM, "The principal amount in dollars."),
        "rate": (NUM, "The annual interest rate as a decimal."),
        "years": (INT, "The number of years."),
    },
    ["principal", "rate", "years"],
)
GDP = fn(
    "economy.gdp",
    "Get the gross domestic product of a country for a year.",
    {"country": (STR, "The country."), "year": (INT, "The year.")},
    ["country", "year"],
)
AVERAGE = fn(
    "stats.mean",
    "Calculate the mean of a list of numbers.",
    {"numbers": ("array", "The numbers.", {"items": {"type": "number"}})},
    ["numbers"],
)
# ---------------------------------------------------------------- sport
STANDINGS = fn(
    "football.league_standings",
    "Get the standings table of a football league for a season.",
    {"league": (STR, "The league name."), "season": (INT, "The season's starting year.")},
    ["league", "season"],
)
PLAYER_STATS = fn(
    "basketball.player_stats",
    "Get a basketball player's statistics for a season.",
    {"player": (STR, "The player's full name."), "season": (INT, "The season year.")},
    ["player", "season"],
)
RESULTS = fn(
    "football.last_results",
    "Get the latest match results of a football team.",
    {"team": (STR, "The team name.")},
    ["team"],
)
# ---------------------------------------------------------------- science
ATOMIC = fn(
    "chemistry.atomic_mass",
    "Get the atomic mass of a chemical element.",
    {"element": (STR, "The element name or symbol.")},
    ["element"],
)
KINETIC = fn(
    "physics.kinetic_energy",
    "Calculate the kinetic energy of a moving object.",
    {"mass": (NUM, "The mass in kilograms."), "velocity": (NUM, "The velocity in m/s.")},
    ["mass", "velocity"],
)
BOILING = fn(
    "chemistry.boiling_point",
    "Get the boiling point of a substance.",
    {"substance": (STR, "The substance."), "pressure_atm": (NUM, "The pressure in atmospheres. Default 1.")},
    ["substance"],
)
# ---------------------------------------------------------------- law
CASE_STATUS = fn(
    "court.case_status",
    "Get the status of a court case.",
    {"case_id": (STR, "The case identifier.")},
    ["case_id"],
)
LAWSUITS = fn(
    "legal.lawsuits_search",
    "Search lawsuits filed against a company in a year.",
    {"company": (STR, "The company name."), "year": (INT, "The filing year.")},
    ["company", "year"],
)
# ---------------------------------------------------------------- retail
STORE_STOCK = fn(
    "store.check_stock",
    "Check whether a product is in stock at a store branch.",
    {"product": (STR, "The product name."), "branch": (STR, "The store branch.")},
    ["product", "branch"],
)
CART_LIST = fn(
    "cart.add_items",
    "Add several items to the shopping cart at once.",
    {"items": strs("The items to add.")},
    ["items"],
)
CART_ONE = fn(
    "cart.add_item",
    "Add one item to the shopping cart.",
    {"item": (STR, "The item to add.")},
    ["item"],
)
# ---------------------------------------------------------------- music / books
LYRICS = fn(
    "music.lyrics",
    "Get the lyrics of a song.",
    {"title": (STR, "The song title.")},
    ["title"],
)
SONG_INFO = fn(
    "music.song_info",
    "Get information about a song by an artist.",
    {"title": (STR, "The song title."), "artist": (STR, "The artist.")},
    ["title"],
)
BOOK_AUTHOR = fn(
    "library.book_author",
    "Find the author of a book.",
    {"title": (STR, "The book title.")},
    ["title"],
)
# ---------------------------------------------------------------- education
GRADES = fn(
    "school.student_average",
    "Get a student's average grade in a subject.",
    {"student": (STR, "The student's name."), "subject": (STR, "The subject.")},
    ["student", "subject"],
)
COURSE = fn(
    "university.course_info",
    "Get information about a university course by its code.",
    {"course_code": (STR, "The course code, e.g. BIO110.")},
    ["course_code"],
)
# ---------------------------------------------------------------- cooking
DISH_RECIPE = fn(
    "recipes.find",
    "Find a recipe for a dish.",
    {"dish": (STR, "The name of the dish.")},
    ["dish"],
)
RECIPE_BY_INGREDIENTS = fn(
    "recipes.by_ingredients",
    "Find recipes that use the given ingredients.",
    {"ingredients": strs("The ingredients to use.")},
    ["ingredients"],
)
# ---------------------------------------------------------------- geography
COUNTRY_POP = fn(
    "geo.country_population",
    "Get the population of a country.",
    {"country": (STR, "The country.")},
    ["country"],
)
CAPITAL = fn(
    "geo.capital_city",
    "Get the capital city of a country.",
    {"country": (STR, "The country.")},
    ["country"],
)
TIMEZONE = fn(
    "geo.timezone",
    "Get the time zone of a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
CITY_DISTANCE = fn(
    "geo.distance",
    "Get the distance between two cities in kilometers.",
    {"from_city": (STR, "The first city."), "to_city": (STR, "The second city.")},
    ["from_city", "to_city"],
)
ELEVATION = fn(
    "geo.elevation",
    "Get the elevation of a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
POP_COMPARE = fn(
    "geo.compare_population",
    "Compare the populations of two countries.",
    {"country_a": (STR, "The first country."), "country_b": (STR, "The second country.")},
    ["country_a", "country_b"],
)
# ---------------------------------------------------------------- engineering
RESISTANCE = fn(
    "electrical.wire_resistance",
    "Calculate the resistance of a wire.",
    {
        "material": (STR, "The wire material, e.g. copper."),
        "length_m": (NUM, "The wire length in meters."),
    },
    ["material", "length_m"],
)
CONVERT = fn(
    "units.convert_length",
    "Convert a length from one unit to another.",
    {
        "value": (NUM, "The length to convert."),
        "from_unit": (STR, "The unit to convert from."),
        "to_unit": (STR, "The unit to convert to."),
    },
    ["value", "from_unit", "to_unit"],
)
ROUTE = fn(
    "travel.route_time",
    "Estimate the travel time between two cities by a mode of transport.",
    {
        "origin": (STR, "The starting city."),
        "destination": (STR, "The destination city."),
        "mode": (STR, "The mode of transport, e.g. car."),
    },
    ["origin", "destination", "mode"],
)
SHIPPING = fn(
    "shipping.quote",
    "Quote the cost of shipping a parcel to a country by a shipping method.",
    {
        "weight_kg": (NUM, "The parcel's weight in kilograms."),
        "country": (STR, "The destination country."),
        "method": (STR, "The shipping method, e.g. courier."),
    },
    ["weight_kg", "country", "method"],
)
FIELD = fn(
    "physics.point_charge_field",
    "Calculate the electric field of a point charge.",
    {
        "charge": (NUM, "The charge in coulombs."),
        "distance": (NUM, "The distance from the charge in meters."),
        "medium": (STR, "The surrounding medium, e.g. vacuum. Default vacuum."),
    },
    ["charge", "distance"],
)
BAKE = fn(
    "kitchen.bake_time",
    "Estimate the baking time of a dish in an oven type.",
    {"dish": (STR, "The dish."), "oven": (STR, "The oven type, e.g. convection.")},
    ["dish", "oven"],
)
FUTURE = fn(
    "finance.future_value",
    "Calculate the future value of an investment.",
    {
        "initial": (NUM, "The initial investment in dollars."),
        "rate": (NUM, "The annual rate of return as a decimal."),
        "years": (INT, "The number of years."),
        "yearly_contribution": (NUM, "An extra contribution each year in dollars. Default 0."),
    },
    ["initial", "rate", "years"],
)
TRANSLATE = fn(
    "language.translate",
    "Translate a phrase into a target language.",
    {"text": (STR, "The phrase."), "target_language": (STR, "The target language.")},
    ["text", "target_language"],
)
FX_RATE = fn(
    "fx.exchange_rate",
    "Get the exchange rate between two currencies.",
    {"base": (STR, "The base currency code."), "target": (STR, "The target currency code.")},
    ["base", "target"],
)

ROWS2: list[tuple[str, list[dict], list]] = [
    # ======== a list of items, a tool of one item: one call each
    (
        "Current weather for Paris, Rome and Madrid.",
        [WEATHER],
        [c("weather.current", city=x) for x in ("Paris", "Rome", "Madrid")],
    ),
    (
        "How many calories are in an apple, a banana and an orange?",
        [CALORIES],
        [c("nutrition.calories", food=x) for x in ("apple", "banana", "orange")],
    ),
    (
        "Latest share price for Apple, Microsoft and Tesla.",
        [STOCK],
        [c("market.stock_price", company=x) for x in ("Apple", "Microsoft", "Tesla")],
    ),
    (
        "Atomic mass of carbon, oxygen and nitrogen?",
        [ATOMIC],
        [c("chemistry.atomic_mass", element=x) for x in ("carbon", "oxygen", "nitrogen")],
    ),
    (
        "What is the population of Kenya, Peru and Norway?",
        [COUNTRY_POP],
        [c("geo.country_population", country=x) for x in ("Kenya", "Peru", "Norway")],
    ),
    (
        "Add milk, eggs and bread to my cart one by one.",
        [CART_ONE],
        [c("cart.add_item", item=x) for x in ("milk", "eggs", "bread")],
    ),
    # ======== "each of", "both", "all three", "as well as"
    (
        "Give me the time zone of each of Tokyo, Sydney and Dubai.",
        [TIMEZONE],
        [c("geo.timezone", city=x) for x in ("Tokyo", "Sydney", "Dubai")],
    ),
    (
        "What are the capitals of both Chile and Ghana?",
        [CAPITAL],
        [c("geo.capital_city", country=x) for x in ("Chile", "Ghana")],
    ),
    (
        "Show the latest results of both Arsenal and Chelsea.",
        [RESULTS],
        [c("football.last_results", team=x) for x in ("Arsenal", "Chelsea")],
    ),
    (
        "Get the status of cases C-101, C-202 and C-303, all three.",
        [CASE_STATUS],
        [c("court.case_status", case_id=x) for x in ("C-101", "C-202", "C-303")],
    ),
    (
        "Weather in Berlin as well as Munich, please.",
        [WEATHER],
        [c("weather.current", city=x) for x in ("Berlin", "Munich")],
    ),
    (
        "Find the elevation of Denver as well as that of Quito.",
        [ELEVATION],
        [c("geo.elevation", city=x) for x in ("Denver", "Quito")],
    ),
    # ======== items in separate sentences or clauses, "also", "and then"
    (
        "Find hotels in Lisbon for 3 nights. Also find hotels in Porto for 2 nights.",
        [HOTELS],
        [c("hotels.search", city="Lisbon", nights=3), c("hotels.search", city="Porto", nights=2)],
    ),
    (
        "Check the share price of Nvidia. Also check it for AMD.",
        [STOCK],
        [c("market.stock_price", company=x) for x in ("Nvidia", "AMD")],
    ),
    (
        "Search flights from Denver to Austin, and then from Austin to Miami.",
        [FLIGHTS],
        [
            c("flights.search", origin="Denver", destination="Austin"),
            c("flights.search", origin="Austin", destination="Miami"),
        ],
    ),
    (
        "Translate 'good night' into Spanish and then into Italian.",
        [TRANSLATE],
        [c("language.translate", text="good night", target_language=x) for x in ("Spanish", "Italian")],
    ),
    (
        "Travel time from Leeds to York by train, then by bus.",
        [ROUTE],
        [c("travel.route_time", origin="Leeds", destination="York", mode=x) for x in ("train", "bus")],
    ),
    (
        "Quote shipping a 2 kg parcel to Norway by air, and then by sea.",
        [SHIPPING],
        [c("shipping.quote", weight_kg=2, country="Norway", method=x) for x in ("air", "sea")],
    ),
    (
        "Convert 5 miles to kilometers, and then into meters.",
        [CONVERT],
        [
            c(
                "units.convert_length",
                value=5,
                from_unit=["miles", "mile", "mi"],
                to_unit=["kilometers", "km"],
            ),
            c("units.convert_length", value=5, from_unit=["miles", "mile", "mi"], to_unit=["meters", "m"]),
        ],
    ),
    (
        "Get the side effects of ibuprofen. Then get the side effects of warfarin.",
        [SIDE_EFFECTS],
        [c("pharmacy.side_effects", drug=x) for x in ("ibuprofen", "warfarin")],
    ),
    (
        "What is Ana's average in maths? Also Ben's average in maths.",
        [GRADES],
        [c("school.student_average", student=x, subject=["maths", "math"]) for x in ("Ana", "Ben")],
    ),
    (
        "Course details for BIO110, and also for CHEM220.",
        [COURSE],
        [c("university.course_info", course_code=x) for x in ("BIO110", "CHEM220")],
    ),
    (
        "Calories in a bowl of rice. Then the calories in shrimp.",
        [CALORIES],
        [c("nutrition.calories", food=x) for x in ("rice", "shrimp")],
    ),
    (
        "Course details for BIO110. Then for CHEM220.",
        [COURSE],
        [c("university.course_info", course_code=x) for x in ("BIO110", "CHEM220")],
    ),
    (
        "What is the status of case C-101? Then check case C-202.",
        [CASE_STATUS],
        [c("court.case_status", case_id=x) for x in ("C-101", "C-202")],
    ),
    # ======== a list parameter that takes all the items: one call
    (
        "Check interactions between ibuprofen, warfarin and aspirin.",
        [INTERACTION],
        [c("pharmacy.check_interactions", drugs=[["ibuprofen", "warfarin", "aspirin"]])],
    ),
    (
        "Add milk, eggs and bread to my cart.",
        [CART_LIST],
        [c("cart.add_items", items=[["milk", "eggs", "bread"]])],
    ),
    (
        "Suggest recipes using chicken, rice and broccoli.",
        [RECIPE_BY_INGREDIENTS],
        [c("recipes.by_ingredients", ingredients=[["chicken", "rice", "broccoli"]])],
    ),
    (
        "What is the mean of 4, 8, 15 and 16?",
        [AVERAGE],
        [c("stats.mean", numbers=[[4, 8, 15, 16]])],
    ),
    # ======== a comparison: one call per item, or one call that takes them all
    (
        "Compare the cost of living in Zurich and Vienna.",
        [LIVING],
        [c("travel.cost_of_living", city=x) for x in ("Zurich", "Vienna")],
    ),
    (
        "Compare the cost of living in Zurich and Vienna.",
        [LIVING_CMP],
        [c("travel.compare_cost_of_living", cities=[["Zurich", "Vienna"]])],
    ),
    (
        "Compare the populations of France and Germany.",
        [POP_COMPARE],
        [c("geo.compare_population", country_a="France", country_b="Germany")],
    ),
    (
        "Which is heavier per atom, gold or lead?",
        [ATOMIC],
        [c("chemistry.atomic_mass", element=x) for x in ("gold", "lead")],
    ),
    # ======== "and" inside one name, or two names
    (
        "Find a recipe for salt and pepper shrimp.",
        [DISH_RECIPE],
        [c("recipes.find", dish="salt and pepper shrimp")],
    ),
    (
        "Find a recipe for macaroni and cheese.",
        [DISH_RECIPE],
        [c("recipes.find", dish=["macaroni and cheese", "mac and cheese"])],
    ),
    (
        "Find recipes for lasagna and for risotto.",
        [DISH_RECIPE],
        [c("recipes.find", dish=x) for x in ("lasagna", "risotto")],
    ),
    (
        "Get info on the song Romeo and Juliet by Dire Straits.",
        [SONG_INFO],
        [c("music.song_info", title="Romeo and Juliet", artist="Dire Straits")],
    ),
    (
        "Who wrote the books The Hobbit and Dracula?",
        [BOOK_AUTHOR],
        [c("library.book_author", title=x) for x in ("The Hobbit", "Dracula")],
    ),
    (
        "Get me the lyrics of 'Yesterday' and 'Let It Be'.",
        [LYRICS],
        [c("music.lyrics", title=x) for x in ("Yesterday", "Let It Be")],
    ),
    (
        "Who wrote the novel Pride and Prejudice?",
        [BOOK_AUTHOR],
        [c("library.book_author", title="Pride and Prejudice")],
    ),
    # ======== an ask repeated with a variation
    (
        "What was the GDP of Brazil in 2021, and the same for 2022?",
        [GDP],
        [c("economy.gdp", country="Brazil", year=y) for y in (2021, 2022)],
    ),
    (
        "Compound interest on $1000 at 5% for 10 years, and the same for 20 years.",
        [INTEREST],
        [c("finance.compound_interest", principal=1000, rate=0.05, years=y) for y in (10, 20)],
    ),
    (
        "Kinetic energy of a 2 kg ball at 3 m/s, and of a 5 kg ball at 4 m/s.",
        [KINETIC],
        [c("physics.kinetic_energy", mass=2, velocity=3), c("physics.kinetic_energy", mass=5, velocity=4)],
    ),
    (
        "Boiling point of water at 1 atm. Do the same for ethanol.",
        [BOILING],
        [c("chemistry.boiling_point", substance=x, pressure_atm=[1, OMIT]) for x in ("water", "ethanol")],
    ),
    (
        "BMI for 70 kg and 1.75 m, then again for 85 kg.",
        [BMI],
        [c("health.bmi", weight_kg=w, height_m=1.75) for w in (70, 85)],
    ),
    (
        "Premier League standings for 2022, and La Liga for the same season.",
        [STANDINGS],
        [c("football.league_standings", league=x, season=2022) for x in ("Premier League", "La Liga")],
    ),
    # ======== series crossing another value
    (
        "Stats for LeBron James in 2020 and 2021.",
        [PLAYER_STATS],
        [c("basketball.player_stats", player="LeBron James", season=y) for y in (2020, 2021)],
    ),
    (
        "Lawsuits against Acme Corp filed in 2019, 2020 and 2021.",
        [LAWSUITS],
        [c("legal.lawsuits_search", company="Acme Corp", year=y) for y in (2019, 2020, 2021)],
    ),
    (
        "Is the blender in stock at the Downtown and Uptown branches?",
        [STORE_STOCK],
        [c("store.check_stock", product="blender", branch=x) for x in ("Downtown", "Uptown")],
    ),
    (
        "Resistance of a copper wire 10 m long and an aluminium wire 5 m long.",
        [RESISTANCE],
        [
            c("electrical.wire_resistance", material="copper", length_m=10),
            c("electrical.wire_resistance", material="aluminium", length_m=5),
        ],
    ),
    (
        "Exchange rate from USD to EUR, JPY and CHF.",
        [FX_RATE],
        [c("fx.exchange_rate", base="USD", target=x) for x in ("EUR", "JPY", "CHF")],
    ),
    # ======== two tools in one turn, one called twice
    (
        "Weather in Oslo and Bergen, and find hotels in Oslo for 2 nights.",
        [WEATHER, HOTELS],
        [
            c("weather.current", city="Oslo"),
            c("weather.current", city="Bergen"),
            c("hotels.search", city="Oslo", nights=2),
        ],
    ),
    (
        "Convert 5 miles to kilometers, and get the elevation of Denver and Boulder.",
        [CONVERT, ELEVATION],
        [
            c(
                "units.convert_length",
                value=5,
                from_unit=["miles", "mile", "mi"],
                to_unit=["kilometers", "km"],
            ),
            c("geo.elevation", city="Denver"),
            c("geo.elevation", city="Boulder"),
        ],
    ),
    (
        "Population of Spain and Italy, then the capital of Spain.",
        [COUNTRY_POP, CAPITAL],
        [
            c("geo.country_population", country="Spain"),
            c("geo.country_population", country="Italy"),
            c("geo.capital_city", country="Spain"),
        ],
    ),
    (
        "Side effects of ibuprofen and naproxen, and check interactions between them.",
        [SIDE_EFFECTS, INTERACTION],
        [
            c("pharmacy.side_effects", drug="ibuprofen"),
            c("pharmacy.side_effects", drug="naproxen"),
            c("pharmacy.check_interactions", drugs=[["ibuprofen", "naproxen"]]),
        ],
    ),
    (
        "Find a recipe for paella, and the calories in rice and in shrimp.",
        [DISH_RECIPE, CALORIES],
        [
            c("recipes.find", dish="paella"),
            c("nutrition.calories", food="rice"),
            c("nutrition.calories", food="shrimp"),
        ],
    ),
    (
        "Distance from Cairo to Nairobi, and the time zones of both cities.",
        [CITY_DISTANCE, TIMEZONE],
        [
            c("geo.distance", from_city="Cairo", to_city="Nairobi"),
            c("geo.timezone", city="Cairo"),
            c("geo.timezone", city="Nairobi"),
        ],
    ),
    (
        "Flights from Oslo to Rome, and the weather in both cities.",
        [FLIGHTS, WEATHER],
        [
            c("flights.search", origin="Oslo", destination="Rome"),
            c("weather.current", city="Oslo"),
            c("weather.current", city="Rome"),
        ],
    ),
    (
        "Compare the populations of France and Germany, and the capitals of both countries.",
        [POP_COMPARE, CAPITAL],
        [
            c("geo.compare_population", country_a="France", country_b="Germany"),
            c("geo.capital_city", country="France"),
            c("geo.capital_city", country="Germany"),
        ],
    ),
    (
        "Check interactions between ibuprofen and naproxen, and the side effects of both drugs.",
        [INTERACTION, SIDE_EFFECTS],
        [
            c("pharmacy.check_interactions", drugs=[["ibuprofen", "naproxen"]]),
            c("pharmacy.side_effects", drug="ibuprofen"),
            c("pharmacy.side_effects", drug="naproxen"),
        ],
    ),
    (
        "Lyrics of the songs The Boxer and Hurricane.",
        [LYRICS],
        [c("music.lyrics", title=x) for x in ("The Boxer", "Hurricane")],
    ),
    (
        "Find the author of the novel The Old Man and the Sea.",
        [BOOK_AUTHOR],
        [c("library.book_author", title="The Old Man and the Sea")],
    ),
    (
        "Field 0.5 m from a 3 C charge in a vacuum. Then at 1 m and at 2 m from the same charge. Lastly"
        " at 1 m from the same charge but this time in water.",
        [FIELD],
        [
            c("physics.point_charge_field", charge=3, distance=0.5, medium=["vacuum", OMIT]),
            c("physics.point_charge_field", charge=3, distance=1, medium=["vacuum", OMIT]),
            c("physics.point_charge_field", charge=3, distance=2, medium=["vacuum", OMIT]),
            c("physics.point_charge_field", charge=3, distance=1, medium="water"),
        ],
    ),
    (
        "Travel time from Leeds to York by train. Then the same trip by bus.",
        [ROUTE],
        [c("travel.route_time", origin="Leeds", destination="York", mode=x) for x in ("train", "bus")],
    ),
    (
        "Baking time for sourdough bread in a gas oven. Also for the same bread in an electric oven.",
        [BAKE],
        [c("kitchen.bake_time", dish=["sourdough bread", "sourdough"], oven=x) for x in ("gas", "electric")],
    ),
    (
        "Calories in rice and beans, and find recipes using them.",
        [CALORIES, RECIPE_BY_INGREDIENTS],
        [
            c("nutrition.calories", food="rice"),
            c("nutrition.calories", food="beans"),
            c("recipes.by_ingredients", ingredients=[["rice", "beans"]]),
        ],
    ),
    (
        "There are two patients. The first weighs 70 kg and is 1.75 m tall. The second weighs 90 kg and is"
        " 1.8 m tall. What is the BMI of each?",
        [BMI],
        [c("health.bmi", weight_kg=70, height_m=1.75), c("health.bmi", weight_kg=90, height_m=1.8)],
    ),
    (
        "There are two plans. The first plan has $4000 at 5% a year. The second plan has $2500 at 7% a year"
        " and adds $300 every year. What is the future value of each plan after 8 years?",
        [FUTURE],
        [
            c("finance.future_value", initial=4000, rate=0.05, years=8, yearly_contribution=[OMIT, 0]),
            c("finance.future_value", initial=2500, rate=0.07, years=8, yearly_contribution=300),
        ],
    ),
]

SAID_ANEW = (
    "wrong calls: a text value said anew after the preposition an earlier ask of the same tool wrote it after "
    "('by train, then by bus', 'in a vacuum … this time in water') does not replace the kept one (a rule for it was "
    "taken back: it lost a held-back BFCL live case)"
)
GAPS2: dict[str, str] = {
    "Travel time from Leeds to York by train,": SAID_ANEW,
    "Quote shipping a 2 kg parcel to Norway b": SAID_ANEW,
    "Travel time from Leeds to York by train.": SAID_ANEW,
    "Baking time for sourdough bread in a gas": SAID_ANEW,
    "There are two plans. The first plan has": "too few calls: items described in sentences of their own by an amount and a rate, then asked of 'each', give one call with the first item's amount and the last's contribution",
    "Convert 5 miles to kilometers, and then into": "value: a unit after 'into' in a clause of its own is read for both unit parameters (two calls, as wanted)",
    "Which is heavier per atom": "too many calls: the noun after 'per' is read as a member of the 'gold or lead' series",
    "Premier League standings for 2022, and La Liga": "too few calls: a name that ends in the parameter's own noun ('Premier League' for `league`) is read as no value, so the second name ('La Liga') makes the one call",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS2, GAPS2))
def test_one_call_per_item_or_one_for_all(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_second_round_holds_forty_requests() -> None:
    assert len(ROWS2) >= 40
