"""Several different tools in one turn: each call takes its values from the clause that asks for it.

Written for this round in the genre of a function-calling benchmark's "several tools, several calls"
category, in subjects of its own (travel, health, finance, sport, science, law, retail, music, education,
cooking, geography, engineering). The classes probed:
- a place or date said once that belongs to several calls ("… in Oslo …, and get the weather there");
- one clause's phrase must not leak into another tool's call (a name, a city, a number of another ask);
- a list given in one clause belongs only to that clause's tool (and keeps all its items);
- clause boundaries: "and", ";", "then", "also", "after that", new sentences.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

INT = "integer"
NUM = "number"
STRS = {"items": {"type": "string"}}
NUMS = {"items": {"type": "number"}}

# ---- travel
FLIGHTS = fn(
    "find_flights",
    "Find flights between two cities on a date.",
    {
        "origin": (STR, "Departure city."),
        "destination": (STR, "Arrival city."),
        "date": (STR, "Travel date, YYYY-MM-DD."),
    },
    ["origin", "destination", "date"],
)
HOTEL = fn(
    "book_hotel",
    "Book a hotel room in a city.",
    {"city": (STR, "The city of the hotel."), "nights": (INT, "Number of nights.")},
    ["city", "nights"],
)
WEATHER = fn(
    "get_weather",
    "Get the weather forecast for a city.",
    {"city": (STR, "The city name.")},
    ["city"],
)
CAR = fn(
    "rent_car",
    "Rent a car in a city for some days.",
    {"city": (STR, "Pick-up city."), "days": (INT, "Number of rental days.")},
    ["city", "days"],
)
# ---- health
BMI = fn(
    "calculate_bmi",
    "Calculate the body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_cm": (NUM, "Height in centimeters.")},
    ["weight_kg", "height_cm"],
)
SYMPTOMS = fn(
    "get_symptoms",
    "Get the symptoms of a medical condition.",
    {"condition": (STR, "The medical condition.")},
    ["condition"],
)
INTERACTIONS = fn(
    "check_drug_interactions",
    "Check interactions between several drugs.",
    {"drugs": ("array", "Names of the drugs.", STRS)},
    ["drugs"],
)
CLINIC = fn(
    "find_clinic",
    "Find a clinic of a specialty in a city.",
    {"city": (STR, "The city."), "specialty": (STR, "Medical specialty, e.g. cardiology.")},
    ["city", "specialty"],
)
# ---- finance
STOCK = fn(
    "get_stock_price",
    "Get the latest stock price of a company by its ticker symbol.",
    {"ticker": (STR, "Ticker symbol, e.g. AAPL.")},
    ["ticker"],
)
CONVERT = fn(
    "convert_currency",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "Amount to convert."),
        "from_currency": (STR, "Currency code to convert from, e.g. USD."),
        "to_currency": (STR, "Currency code to convert to, e.g. EUR."),
    },
    ["amount", "from_currency", "to_currency"],
)
LOAN = fn(
    "loan_payment",
    "Calculate the monthly payment of a loan.",
    {
        "principal": (NUM, "Loan amount in dollars."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Loan term in years."),
    },
    ["principal", "annual_rate", "years"],
)
PORTFOLIO = fn(
    "portfolio_value",
    "Compute the total value of a portfolio of stocks.",
    {"tickers": ("array", "Ticker symbols in the portfolio.", STRS)},
    ["tickers"],
)
# ---- sport
PLAYER = fn(
    "player_stats",
    "Get statistics of a football player.",
    {"player_name": (STR, "Name of the player."), "stats": ("array", "Statistics to return.", STRS)},
    ["player_name", "stats"],
)
STANDINGS = fn(
    "league_standings",
    "Get the standings table of a league in a season.",
    {"league": (STR, "Name of the league."), "season": (INT, "Season year.")},
    ["league", "season"],
)
FIXTURES = fn(
    "team_fixtures",
    "Get the upcoming fixtures of a team.",
    {"team": (STR, "Name of the team.")},
    ["team"],
)
# ---- science
MOLAR = fn(
    "molar_mass",
    "Calculate the molar mass of a chemical formula.",
    {"formula": (STR, "Chemical formula, e.g. H2O.")},
    ["formula"],
)
ELEMENT = fn(
    "element_info",
    "Get information about a chemical element.",
    {"element": (STR, "Name of the element.")},
    ["element"],
)
DECAY = fn(
    "radioactive_decay",
    "Calculate the remaining amount of a radioactive isotope after some years.",
    {
        "isotope": (STR, "The isotope, e.g. Carbon-14."),
        "initial_amount": (NUM, "Initial amount in grams."),
        "years": (NUM, "Elapsed time in years."),
    },
    ["isotope", "initial_amount", "years"],
)
# ---- law
CASES = fn(
    "search_cases",
    "Search court cases on a topic.",
    {"topic": (STR, "The legal topic."), "year": (INT, "Year the case was decided.")},
    ["topic"],
)
LAWYER = fn(
    "find_lawyer",
    "Find a lawyer in a city by area of practice.",
    {"city": (STR, "The city."), "specialty": (STR, "Area of law, e.g. family law.")},
    ["city", "specialty"],
)
STATUTE = fn(
    "get_statute",
    "Get the text of a statute by its name.",
    {"statute": (STR, "Name of the statute.")},
    ["statute"],
)
# ---- retail
PRODUCTS = fn(
    "search_products",
    "Search the store's products.",
    {"query": (STR, "What to search for."), "max_price": (NUM, "Maximum price in dollars.")},
    ["query"],
)
ORDER = fn(
    "track_order",
    "Track the delivery status of an order.",
    {"order_id": (STR, "The order number.")},
    ["order_id"],
)
STORE = fn(
    "find_store",
    "Find the nearest store in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
CART = fn(
    "add_to_cart",
    "Add items to the shopping cart.",
    {"items": ("array", "Names of the items to add.", STRS)},
    ["items"],
)
ORDER_FIELD = fn(
    "order_field",
    "Get one field of an order by its number.",
    {
        "order_id": (STR, "The order number."),
        "field": (STR, "Which field to get, e.g. 'status' or 'carrier'."),
    },
    ["order_id", "field"],
)
# ---- music
PLAY = fn(
    "play_song",
    "Play a song by an artist.",
    {"title": (STR, "Title of the song."), "artist": (STR, "The artist.")},
    ["title"],
)
CONCERTS = fn(
    "find_concerts",
    "Find upcoming concerts of an artist in a city.",
    {"artist": (STR, "The artist."), "city": (STR, "The city.")},
    ["artist", "city"],
)
LYRICS = fn(
    "get_lyrics",
    "Get the lyrics of a song.",
    {"title": (STR, "Title of the song."), "artist": (STR, "The artist.")},
    ["title", "artist"],
)
PLAYLIST = fn(
    "create_playlist",
    "Create a playlist with a name and songs.",
    {"playlist_name": (STR, "Name of the playlist."), "songs": ("array", "Titles of the songs.", STRS)},
    ["playlist_name", "songs"],
)
# ---- education
COURSES = fn(
    "find_courses",
    "Find online courses on a subject.",
    {
        "subject": (STR, "The subject."),
        "level": (STR, "Level of the course.", {"enum": ["beginner", "advanced"]}),
    },
    ["subject"],
)
GPA = fn(
    "compute_gpa",
    "Compute the grade point average of a list of grades.",
    {"grades": ("array", "The grades.", NUMS)},
    ["grades"],
)
TUTOR = fn(
    "find_tutor",
    "Find a private tutor for a subject in a city.",
    {"subject": (STR, "The subject."), "city": (STR, "The city.")},
    ["subject", "city"],
)
LIBRARY = fn(
    "search_books",
    "Search the library catalog for books.",
    {"query": (STR, "Search terms.")},
    ["query"],
)
# ---- cooking
RECIPE = fn(
    "find_recipe",
    "Find a recipe for a dish.",
    {"dish": (STR, "The dish.")},
    ["dish"],
)
NUTRITION = fn(
    "nutrition_facts",
    "Get the nutrition facts of a food.",
    {"food": (STR, "The food.")},
    ["food"],
)
PANTRY = fn(
    "recipes_from_ingredients",
    "Suggest recipes that use the given ingredients.",
    {"ingredients": ("array", "Ingredients at hand.", STRS)},
    ["ingredients"],
)
UNITS = fn(
    "convert_units",
    "Convert a cooking quantity between units.",
    {
        "value": (NUM, "The quantity."),
        "from_unit": (STR, "Unit to convert from."),
        "to_unit": (STR, "Unit to convert to."),
    },
    ["value", "from_unit", "to_unit"],
)
MEAL_SEARCH = fn(
    "meal_search",
    "Find a restaurant meal with the given ingredients under a calorie limit.",
    {
        "ingredients": ("array", "Ingredients the meal contains.", STRS),
        "max_calories": (INT, "Maximum calories of the meal."),
    },
    ["ingredients", "max_calories"],
)
REPLACE = fn(
    "ingredient_replace",
    "Replace an ingredient in a recipe with another, keeping calories under a limit.",
    {
        "original_ingredient": (STR, "The ingredient to replace."),
        "replacement_ingredient": (STR, "The ingredient to use instead."),
        "calories": (INT, "Calorie limit of the dish."),
    },
    ["original_ingredient", "replacement_ingredient", "calories"],
)
# ---- geography
CAPITAL = fn(
    "get_capital",
    "Get the capital city of a country.",
    {"country": (STR, "The country.")},
    ["country"],
)
POPULATION = fn(
    "country_population",
    "Get the population of a country.",
    {"country": (STR, "The country.")},
    ["country"],
)
DISTANCE = fn(
    "city_distance",
    "Get the distance between two cities.",
    {"city_a": (STR, "The first city."), "city_b": (STR, "The second city.")},
    ["city_a", "city_b"],
)
ELEVATION = fn(
    "get_elevation",
    "Get the elevation of a mountain or place.",
    {"place": (STR, "The mountain or place.")},
    ["place"],
)
# ---- engineering
OHM = fn(
    "ohms_law_current",
    "Calculate the current from voltage and resistance.",
    {"voltage": (NUM, "Voltage in volts."), "resistance": (NUM, "Resistance in ohms.")},
    ["voltage", "resistance"],
)
MATERIAL = fn(
    "material_properties",
    "Get the mechanical properties of a material.",
    {"material": (STR, "The material.")},
    ["material"],
)
BEAM = fn(
    "beam_deflection",
    "Calculate the deflection of a beam under a load.",
    {"load": (NUM, "Load in newtons."), "length": (NUM, "Beam length in meters.")},
    ["load", "length"],
)

# ---- harder rows' tools
GAME_NEWS = fn(
    "game_news",
    "Get the latest news about a video game on a platform.",
    {"game": (STR, "Name of the game."), "platform": (STR, "The platform, e.g. PC.")},
    ["game", "platform"],
)
GAME_PRICE = fn(
    "game_price",
    "Find the current price of a video game on a platform.",
    {"game": (STR, "Name of the game."), "platform": (STR, "The platform, e.g. PC.")},
    ["game", "platform"],
)
GAME_REVIEWS = fn(
    "game_reviews",
    "Find reviews of a video game.",
    {"game": (STR, "Name of the game."), "region": (STR, "Region the reviews come from (optional).")},
    ["game"],
)
TEAM_STATS = fn(
    "team_stats",
    "Get statistics of a football team.",
    {"team_name": (STR, "Name of the team."), "stats": ("array", "Statistics to return.", STRS)},
    ["team_name", "stats"],
)
DISH_SEARCH = fn(
    "restaurant_search",
    "Find restaurants serving dishes with the given ingredients.",
    {"ingredients": ("array", "Ingredients the dishes contain.", STRS), "city": (STR, "The city.")},
    ["ingredients", "city"],
)
SWAP = fn(
    "substitute_ingredient",
    "Replace an ingredient of a recipe with another one.",
    {"original": (STR, "The ingredient to replace."), "replacement": (STR, "The ingredient to use instead.")},
    ["original", "replacement"],
)
ART_ORDER = fn(
    "order_sculpture",
    "Order a custom sculpture of a subject in a material.",
    {"subject": (STR, "What the sculpture shows."), "material": (STR, "The material.")},
    ["subject", "material"],
)
PAINT_ORDER = fn(
    "order_painting",
    "Order a custom painting of a subject in a main color.",
    {"subject": (STR, "What the painting shows."), "color": (STR, "The main color.")},
    ["subject", "color"],
)
CASE_INFO = fn(
    "case_details",
    "Get a detail of a court case by its docket number.",
    {"docket": (STR, "Docket number."), "detail": (STR, "Which detail to get, e.g. 'verdict'.")},
    ["docket", "detail"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== travel
    (
        "Find flights from Rome to Oslo on 2025-05-03, book a hotel in Oslo for 2 nights, and get the weather there.",
        [FLIGHTS, HOTEL, WEATHER],
        [
            c("find_flights", origin="Rome", destination="Oslo", date="2025-05-03"),
            c("book_hotel", city="Oslo", nights=2),
            c("get_weather", city="Oslo"),
        ],
    ),
    (
        "Get the weather in Lisbon and book a hotel in Porto for 3 nights.",
        [WEATHER, HOTEL],
        [c("get_weather", city="Lisbon"), c("book_hotel", city="Porto", nights=3)],
    ),
    (
        "Book a hotel in Madrid for 4 nights. Then find flights from Madrid to Athens on 2025-06-10.",
        [HOTEL, FLIGHTS],
        [
            c("book_hotel", city="Madrid", nights=4),
            c("find_flights", origin="Madrid", destination="Athens", date="2025-06-10"),
        ],
    ),
    (
        "Rent a car in Dublin for 5 days; also get the weather in Galway.",
        [CAR, WEATHER],
        [c("rent_car", city="Dublin", days=5), c("get_weather", city="Galway")],
    ),
    (
        "I'm going to Vienna. Book a hotel there for 3 nights and rent a car there for 2 days.",
        [HOTEL, CAR],
        [c("book_hotel", city="Vienna", nights=3), c("rent_car", city="Vienna", days=2)],
    ),
    (
        "Get the weather in Kyoto, then rent a car in Osaka for 6 days.",
        [WEATHER, CAR],
        [c("get_weather", city="Kyoto"), c("rent_car", city="Osaka", days=6)],
    ),
    # ======== health
    (
        "Calculate the BMI for 70 kg and 175 cm, and get the symptoms of anemia.",
        [BMI, SYMPTOMS],
        [c("calculate_bmi", weight_kg=70, height_cm=175), c("get_symptoms", condition="anemia")],
    ),
    (
        "Check interactions between aspirin, warfarin and ibuprofen; also get the symptoms of migraine.",
        [INTERACTIONS, SYMPTOMS],
        [
            c("check_drug_interactions", drugs=[["aspirin", "warfarin", "ibuprofen"]]),
            c("get_symptoms", condition="migraine"),
        ],
    ),
    (
        "Get the symptoms of asthma. After that, check interactions between metformin and lisinopril.",
        [SYMPTOMS, INTERACTIONS],
        [
            c("get_symptoms", condition="asthma"),
            c("check_drug_interactions", drugs=[["metformin", "lisinopril"]]),
        ],
    ),
    (
        "Find a cardiology clinic in Leeds and get the symptoms of angina.",
        [CLINIC, SYMPTOMS],
        [c("find_clinic", city="Leeds", specialty="cardiology"), c("get_symptoms", condition="angina")],
    ),
    # ======== finance
    (
        "Get the stock price of AAPL, then convert 500 USD to EUR.",
        [STOCK, CONVERT],
        [
            c("get_stock_price", ticker="AAPL"),
            c("convert_currency", amount=500, from_currency="USD", to_currency="EUR"),
        ],
    ),
    (
        "Compute the monthly payment on a $200,000 loan at 4.5% for 30 years and get the stock price of MSFT.",
        [LOAN, STOCK],
        [
            c("loan_payment", principal=200000, annual_rate=4.5, years=30),
            c("get_stock_price", ticker="MSFT"),
        ],
    ),
    (
        "Convert 1200 GBP to JPY. After that, compute the portfolio value of NVDA, AMD and INTC.",
        [CONVERT, PORTFOLIO],
        [
            c("convert_currency", amount=1200, from_currency="GBP", to_currency="JPY"),
            c("portfolio_value", tickers=[["NVDA", "AMD", "INTC"]]),
        ],
    ),
    (
        "Get the stock price of TSLA and the value of a portfolio holding AAPL and GOOG.",
        [STOCK, PORTFOLIO],
        [c("get_stock_price", ticker="TSLA"), c("portfolio_value", tickers=[["AAPL", "GOOG"]])],
    ),
    # ======== sport
    (
        "Get the goals, assists and shots of Erling Haaland, and the standings of the Premier League for 2023.",
        [PLAYER, STANDINGS],
        [
            c("player_stats", player_name="Erling Haaland", stats=[["goals", "assists", "shots"]]),
            c("league_standings", league="Premier League", season=2023),
        ],
    ),
    (
        "Show the standings of La Liga in 2022 and the upcoming fixtures of Real Madrid.",
        [STANDINGS, FIXTURES],
        [c("league_standings", league="La Liga", season=2022), c("team_fixtures", team="Real Madrid")],
    ),
    (
        "Get the upcoming fixtures of Arsenal. Also get the stats of Bukayo Saka: goals and assists.",
        [FIXTURES, PLAYER],
        [
            c("team_fixtures", team="Arsenal"),
            c("player_stats", player_name="Bukayo Saka", stats=[["goals", "assists"]]),
        ],
    ),
    (
        "Get the standings of the Bundesliga for 2021, then the fixtures of Bayern Munich.",
        [STANDINGS, FIXTURES],
        [c("league_standings", league="Bundesliga", season=2021), c("team_fixtures", team="Bayern Munich")],
    ),
    # ======== science
    (
        "Find the molar mass of C6H12O6 and get information about the element neon.",
        [MOLAR, ELEMENT],
        [c("molar_mass", formula="C6H12O6"), c("element_info", element=["neon", "Neon"])],
    ),
    (
        "How much of 50 grams of Carbon-14 remains after 1000 years? Also, what is the molar mass of NaCl?",
        [DECAY, MOLAR],
        [
            c("radioactive_decay", isotope="Carbon-14", initial_amount=50, years=1000),
            c("molar_mass", formula="NaCl"),
        ],
    ),
    (
        "Get information about the element argon; then calculate the molar mass of CO2.",
        [ELEMENT, MOLAR],
        [c("element_info", element=["argon", "Argon"]), c("molar_mass", formula="CO2")],
    ),
    # ======== law
    (
        "Search cases about data privacy from 2019 and find a lawyer in Denver for immigration law.",
        [CASES, LAWYER],
        [
            c("search_cases", topic="data privacy", year=2019),
            c("find_lawyer", city="Denver", specialty=["immigration law", "immigration"]),
        ],
    ),
    (
        "Get the text of the Clean Water Act. Also find a family law lawyer in Austin.",
        [STATUTE, LAWYER],
        [
            c("get_statute", statute="Clean Water Act"),
            c("find_lawyer", city="Austin", specialty=["family law", "family"]),
        ],
    ),
    (
        "Find a lawyer in Miami for tax law, then search cases about tax fraud.",
        [LAWYER, CASES],
        [
            c("find_lawyer", city="Miami", specialty=["tax law", "tax"]),
            c("search_cases", topic="tax fraud", year=OMIT),
        ],
    ),
    # ======== retail
    (
        "Track order 88213 and find a store in Leeds.",
        [ORDER, STORE],
        [c("track_order", order_id="88213"), c("find_store", city="Leeds")],
    ),
    (
        "Search for running shoes under $80, then track order A-5521.",
        [PRODUCTS, ORDER],
        [c("search_products", query="running shoes", max_price=80), c("track_order", order_id="A-5521")],
    ),
    (
        "Add milk, eggs and bread to the cart and find a store in Bristol.",
        [CART, STORE],
        [c("add_to_cart", items=[["milk", "eggs", "bread"]]), c("find_store", city="Bristol")],
    ),
    (
        "Find a store in Cardiff. After that, search for rain jackets under $60.",
        [STORE, PRODUCTS],
        [c("find_store", city="Cardiff"), c("search_products", query="rain jackets", max_price=60)],
    ),
    # ======== music
    (
        "Play 'Hey Jude' by The Beatles and find concerts of Coldplay in Berlin.",
        [PLAY, CONCERTS],
        [
            c("play_song", title="Hey Jude", artist=["The Beatles", "Beatles"]),
            c("find_concerts", artist="Coldplay", city="Berlin"),
        ],
    ),
    (
        "Get the lyrics of 'Yesterday' by The Beatles. Also find concerts of Adele in London.",
        [LYRICS, CONCERTS],
        [
            c("get_lyrics", title="Yesterday", artist=["The Beatles", "Beatles"]),
            c("find_concerts", artist="Adele", city="London"),
        ],
    ),
    (
        "Create a playlist called Road Trip with 'Africa', 'Hold the Line' and 'Rosanna', then play 'Africa' by Toto.",
        [PLAYLIST, PLAY],
        [
            c("create_playlist", playlist_name="Road Trip", songs=[["Africa", "Hold the Line", "Rosanna"]]),
            c("play_song", title="Africa", artist="Toto"),
        ],
    ),
    (
        "Find concerts of Shakira in Madrid and play 'Hips Don't Lie'.",
        [CONCERTS, PLAY],
        [
            c("find_concerts", artist="Shakira", city="Madrid"),
            c("play_song", title="Hips Don't Lie", artist=[OMIT, "Shakira"]),
        ],
    ),
    # ======== education
    (
        "Find beginner courses in statistics and compute the GPA for grades 3.5, 3.8 and 4.0.",
        [COURSES, GPA],
        [
            c("find_courses", subject="statistics", level="beginner"),
            c("compute_gpa", grades=[[3.5, 3.8, 4.0]]),
        ],
    ),
    (
        "Find a tutor for chemistry in Austin, and find advanced courses in physics.",
        [TUTOR, COURSES],
        [
            c("find_tutor", subject="chemistry", city="Austin"),
            c("find_courses", subject="physics", level="advanced"),
        ],
    ),
    (
        "Compute my GPA from 3.2, 3.9, 2.8 and 3.6. Then find a tutor for algebra in Boston.",
        [GPA, TUTOR],
        [c("compute_gpa", grades=[[3.2, 3.9, 2.8, 3.6]]), c("find_tutor", subject="algebra", city="Boston")],
    ),
    # ======== cooking
    (
        "Find a recipe for lasagna and get the nutrition facts of spinach.",
        [RECIPE, NUTRITION],
        [c("find_recipe", dish="lasagna"), c("nutrition_facts", food="spinach")],
    ),
    (
        "Suggest recipes with chicken, rice and peas, then convert 2 cups to milliliters.",
        [PANTRY, UNITS],
        [
            c("recipes_from_ingredients", ingredients=[["chicken", "rice", "peas"]]),
            c(
                "convert_units",
                value=2,
                from_unit=["cups", "cup"],
                to_unit=["milliliters", "ml", "milliliter"],
            ),
        ],
    ),
    (
        "Get the nutrition facts of avocado; also find a recipe for guacamole.",
        [NUTRITION, RECIPE],
        [c("nutrition_facts", food="avocado"), c("find_recipe", dish="guacamole")],
    ),
    # ======== geography
    (
        "What is the capital of Chile and the population of Peru?",
        [CAPITAL, POPULATION],
        [c("get_capital", country="Chile"), c("country_population", country="Peru")],
    ),
    (
        "Get the distance between Paris and Berlin, and the elevation of Mont Blanc.",
        [DISTANCE, ELEVATION],
        [c("city_distance", city_a="Paris", city_b="Berlin"), c("get_elevation", place="Mont Blanc")],
    ),
    (
        "Get the population of Kenya. Also get the capital of Kenya and the elevation of Mount Kenya.",
        [POPULATION, CAPITAL, ELEVATION],
        [
            c("country_population", country="Kenya"),
            c("get_capital", country="Kenya"),
            c("get_elevation", place="Mount Kenya"),
        ],
    ),
    # ======== engineering
    (
        "Compute the current for 12 volts across 4 ohms, and get the properties of titanium.",
        [OHM, MATERIAL],
        [c("ohms_law_current", voltage=12, resistance=4), c("material_properties", material="titanium")],
    ),
    (
        "Get the mechanical properties of aluminum; then calculate the deflection of a 3 m beam under 500 N.",
        [MATERIAL, BEAM],
        [c("material_properties", material="aluminum"), c("beam_deflection", load=500, length=3)],
    ),
    (
        "Calculate the beam deflection for a load of 1200 N on a 4 m beam. Also compute the current at 9 volts and 3 ohms.",
        [BEAM, OHM],
        [c("beam_deflection", load=1200, length=4), c("ohms_law_current", voltage=9, resistance=3)],
    ),
    # ======== harder: the same thing said again, a subject of its own, a list's own words
    (
        "Could you get the latest news for the game 'Elden Ring' on 'PC', then the current price of the same game on "
        "'Xbox', and finally reviews of the game 'Hades'?",
        [GAME_NEWS, GAME_PRICE, GAME_REVIEWS],
        [
            c("game_news", game="Elden Ring", platform="PC"),
            c("game_price", game="Elden Ring", platform="Xbox"),
            c("game_reviews", game="Hades"),
        ],
    ),
    (
        "Can you give me the stats for the player Sam Kerr, specifically goals and assists? Then, can you also give "
        "me the stats for the team Chelsea, including wins and losses?",
        [PLAYER, TEAM_STATS],
        [
            c("player_stats", player_name="Sam Kerr", stats=[["goals", "assists"]]),
            c("team_stats", team_name="Chelsea", stats=[["wins", "losses"]]),
        ],
    ),
    (
        "I want a restaurant in Leeds that serves dishes with lamb, mint and peas. After that, in my pie recipe "
        "I want to replace the butter with margarine.",
        [DISH_SEARCH, SWAP],
        [
            c("restaurant_search", ingredients=[["lamb", "mint", "peas"]], city="Leeds"),
            c("substitute_ingredient", original="butter", replacement="margarine"),
        ],
    ),
    (
        "Please order a sculpture of an owl made from bronze, then another sculpture of a fox made from oak, "
        "followed by a painting of a harbor with the main color green.",
        [ART_ORDER, PAINT_ORDER],
        [
            c("order_sculpture", subject="owl", material="bronze"),
            c("order_sculpture", subject="fox", material="oak"),
            c("order_painting", subject="harbor", color="green"),
        ],
    ),
    (
        "Maria is an attorney on the case with docket number '5521'. She needs the 'verdict' of that case. "
        "Later she wants the current weather in Denver.",
        [CASE_INFO, WEATHER],
        [c("case_details", docket="5521", detail="verdict"), c("get_weather", city="Denver")],
    ),
    (
        "First, find the population of Norway. Second, get the capital of the same country. Third, find the "
        "distance between Oslo and Bergen.",
        [POPULATION, CAPITAL, DISTANCE],
        [
            c("country_population", country="Norway"),
            c("get_capital", country="Norway"),
            c("city_distance", city_a="Oslo", city_b="Bergen"),
        ],
    ),
    (
        "I need the symptoms of gout. Also, check whether naproxen and allopurinol interact, and find a "
        "rheumatology clinic in Bath.",
        [SYMPTOMS, INTERACTIONS, CLINIC],
        [
            c("get_symptoms", condition="gout"),
            c("check_drug_interactions", drugs=[["naproxen", "allopurinol"]]),
            c("find_clinic", city="Bath", specialty="rheumatology"),
        ],
    ),
    (
        "Get the lyrics of 'Jolene' by Dolly Parton, and find concerts of the same artist in Nashville.",
        [LYRICS, CONCERTS],
        [
            c("get_lyrics", title="Jolene", artist="Dolly Parton"),
            c("find_concerts", artist="Dolly Parton", city="Nashville"),
        ],
    ),
    # ======== a second ask that says its tool's name ("… and find concerts …"), and a part's own words
    (
        "Get the weather forecast of Oslo by the hour and book hotel in Bergen for 2 nights.",
        [WEATHER, HOTEL],
        [c("get_weather", city="Oslo"), c("book_hotel", city="Bergen", nights=2)],
    ),
    (
        "Give me the nutrition facts of oats by weight and find recipe for porridge.",
        [NUTRITION, RECIPE],
        [c("nutrition_facts", food="oats"), c("find_recipe", dish="porridge")],
    ),
    (
        "Get the symptoms of measles in children and find clinic of dermatology in York.",
        [SYMPTOMS, CLINIC],
        [
            c("get_symptoms", condition=["measles", "measles in children"]),
            c("find_clinic", city="York", specialty="dermatology"),
        ],
    ),
    (
        "Get the mechanical properties of cast iron for bridges and find store in Leeds.",
        [MATERIAL, STORE],
        [c("material_properties", material="cast iron"), c("find_store", city="Leeds")],
    ),
    (
        "Get the nutrition facts of brown rice per serving and find clinic of nutrition in Leeds.",
        [NUTRITION, CLINIC],
        [c("nutrition_facts", food="brown rice"), c("find_clinic", city="Leeds", specialty="nutrition")],
    ),
    (
        "Find a recipe for pumpkin soup for dinner and find store in Leeds.",
        [RECIPE, STORE],
        [c("find_recipe", dish="pumpkin soup"), c("find_store", city="Leeds")],
    ),
    # ======== a clause's ordering words are no part of what it asks
    (
        "Find a store in Swansea. After that, search for rain jackets.",
        [STORE, PRODUCTS],
        [c("find_store", city="Swansea"), c("search_products", query="rain jackets", max_price=OMIT)],
    ),
    (
        "Find a tutor for Latin in Oxford. After that, look up books on Roman history.",
        [TUTOR, LIBRARY],
        [
            c("find_tutor", subject="Latin", city="Oxford"),
            c("search_books", query=["books on Roman history", "Roman history"]),
        ],
    ),
    (
        "Dana Whitfield placed an order with number 'A-778'. She needs the 'carrier' of that order. Then find a "
        "store in Bath.",
        [ORDER_FIELD, STORE],
        [c("order_field", order_id="A-778", field="carrier"), c("find_store", city="Bath")],
    ),
    (
        "Please get the latest news for the game 'Celeste' on the 'PC' platform, then find the current price for "
        "the same game on the 'Switch' platform, and finally find reviews for the game 'Hades' from the 'Nordic' "
        "region.",
        [GAME_NEWS, GAME_PRICE, GAME_REVIEWS],
        [
            c("game_news", game="Celeste", platform="PC"),
            c("game_price", game="Celeste", platform="Switch"),
            c("game_reviews", game="Hades", region="Nordic"),
        ],
    ),
    (
        "Get the nutrition facts of kale for adults, and finally find recipes for kale soup.",
        [NUTRITION, RECIPE],
        [c("nutrition_facts", food="kale"), c("find_recipe", dish="kale soup")],
    ),
    (
        "Get the text of the Equality Act by section, and finally find lawyers for employment law in Leeds.",
        [STATUTE, LAWYER],
        [
            c("get_statute", statute="Equality Act"),
            c("find_lawyer", city="Leeds", specialty=["employment law", "employment"]),
        ],
    ),
    # ======== a series ends at its "and": ", and the <noun> …" after it is no member
    (
        "Find beginner courses in statistics, algebra, and geometry, and the courses should be online. Also find "
        "a tutor for algebra in Leeds.",
        [COURSES, TUTOR],
        [
            *[c("find_courses", subject=x, level="beginner") for x in ("statistics", "algebra", "geometry")],
            c("find_tutor", subject="algebra", city="Leeds"),
        ],
    ),
    (
        "Get the symptoms of measles, mumps, and rubella, and the list should be short. Then find a pediatrics "
        "clinic in Hull.",
        [SYMPTOMS, CLINIC],
        [
            *[c("get_symptoms", condition=x) for x in ("measles", "mumps", "rubella")],
            c("find_clinic", city="Hull", specialty=["pediatrics"]),
        ],
    ),
    (
        "For lunch, find a meal with lamb, leeks, and barley, and the meal should not be more than 700 calories. "
        "Then find a store in York.",
        [MEAL_SEARCH, STORE],
        [
            c("meal_search", ingredients=[["lamb", "leeks", "barley"]], max_calories=700),
            c("find_store", city="York"),
        ],
    ),
    # ======== a series carried from another tool's ask gives way to this ask's own words
    (
        "Find tutors in York for physics, biology, and chemistry. Also find advanced courses in music.",
        [TUTOR, COURSES],
        [
            *[c("find_tutor", subject=x, city="York") for x in ("physics", "biology", "chemistry")],
            c("find_courses", subject="music", level="advanced"),
        ],
    ),
    (
        "Find a clinic in Leeds for dermatology, cardiology, and oncology. Then find a lawyer in Leeds for patent law.",
        [CLINIC, LAWYER],
        [
            *[c("find_clinic", city="Leeds", specialty=x) for x in ("dermatology", "cardiology", "oncology")],
            c("find_lawyer", city="Leeds", specialty=["patent law", "patent"]),
        ],
    ),
    (
        "Get element info to see whether argon and krypton are inert, then calculate the molar mass of KCl.",
        [ELEMENT, MOLAR],
        [
            c("element_info", element=["argon", "Argon"]),
            c("element_info", element=["krypton", "Krypton"]),
            c("molar_mass", formula="KCl"),
        ],
    ),
    # ======== several tools, a place said once for all
    (
        "In Prague, book a hotel for 2 nights and get the weather.",
        [HOTEL, WEATHER],
        [c("book_hotel", city="Prague", nights=2), c("get_weather", city="Prague")],
    ),
    (
        "Find a tutor for French in Lyon and a store there too.",
        [TUTOR, STORE],
        [c("find_tutor", subject="French", city="Lyon"), c("find_store", city="Lyon")],
    ),
]

GAPS: dict[str, str] = {
    "Could you get the latest news for the ga": "value: a part that could be called alone borrows an optional "
    "value of the other asks of its clause (the reviews of 'Hades' take the region 'Xbox'; a rule for it was "
    "taken back: it lost a held-back BFCL live case)",
    "Get the goals, assists and shots of Erling": "tool: a list of kinds of stats ('the goals, assists and shots "
    "of …') names no stats tool, so the player's call is not made",
    "Get the upcoming fixtures of Arsenal. Also get the stats": "value: 'the stats of <name>' ties the name to "
    "the `stats` list by its parameter's word before it, so the series fans out over the player's name",
    "Search for running shoes under $80": "words: the comparison that set max_price stays in the query",
    "Find a store in Cardiff. After that": "words: the comparison that set max_price ('under $60') stays in the "
    "query",
    "Can you give me the stats for the player Sam Kerr": "value: 'the stats for the player <name>' ties the name "
    "to the `stats` list by its parameter's word, and the player's call is not made",
    "Please order a sculpture of an owl": "value: two bare common nouns for two text parameters ('an owl made "
    "from bronze'): one takes the words left over, the other is asked for, so the sculpture calls are not made",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_each_call_takes_its_own_clause(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests_in_ten_domains() -> None:
    assert len(ROWS) >= 40
