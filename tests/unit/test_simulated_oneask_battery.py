"""A battery of one ask that looks like more: how many calls a careful model makes, and with what.

Written for this round in its own words, before reading the model's code, from the genre of a
function-calling benchmark alone. Each request is 2–4 sentences and full of things that look like a second
call but are not one: "and" between two values of one call ("from Madrid and arriving in Rome", "radius 3
and height 5"), two parameters of one kind ("between 2010 and 2015", "from USD to JPY", "compare A with B"
when the tool takes both), a value said twice ("Paris — yes, Paris, France"), a series that fills one array
parameter, a purpose or reason clause ("so that I can …", "because …"), a follow-up that restates the ask
("Just the total, please."), thanks, a condition that calls nothing yet ("if it's delayed, …"), a past or
hypothetical action ("I already converted …"), and a second ask whose tool is not offered. Next to them
stand rows where two or three calls are right, so that the model does not simply learn to call once.
Domains: travel, geometry, chemistry, economics, money, retail, weather, statistics, health, real estate,
history, sport, music, shipping, cooking, law, education, astronomy, language, film, energy, games, books,
time, maps, finance.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, floats, fn, params, strs
from test_simulated_parallel_style_battery import c, matched

# ---- tools, written as an API author would (dotted names joined by '_', as the benchmark sends them)
FLIGHTS = fn(
    "travel_flights_search",
    "Search for flights between two airports or cities on a date.",
    {
        "origin": (STR, "City or airport of departure."),
        "destination": (STR, "City or airport of arrival."),
        "date": (STR, "Departure date, YYYY-MM-DD."),
        "cabin_class": (
            STR,
            "Cabin class. Default is 'economy'.",
            {"enum": ["economy", "business", "first"]},
        ),
    },
    ["origin", "destination", "date"],
)
HOTEL_BOOK = fn(
    "travel_hotel_book",
    "Book a hotel room in a city.",
    {
        "city": (STR, "The city of the hotel."),
        "check_in": (STR, "Check-in date, YYYY-MM-DD."),
        "check_out": (STR, "Check-out date, YYYY-MM-DD."),
        "guests": (INT, "Number of guests. Default 1."),
    },
    ["city", "check_in", "check_out"],
)
HOTEL_SEARCH = fn(
    "travel_hotel_search",
    "Find hotels near a place.",
    {
        "location": (STR, "A place, landmark or airport."),
        "max_price": (NUM, "Highest nightly price. Optional."),
    },
    ["location"],
)
FLIGHT_STATUS = fn(
    "aviation_flight_status",
    "Get the live status of a flight by its flight number.",
    {"flight_number": (STR, "The flight number, e.g. 'LH 400'.")},
    ["flight_number"],
)
CYLINDER = fn(
    "geometry_cylinder_volume",
    "Calculate the volume of a cylinder.",
    {
        "radius": (NUM, "Radius of the base."),
        "height": (NUM, "Height of the cylinder."),
        "unit": (STR, "Unit of length. Default 'm'."),
    },
    ["radius", "height"],
)
HYPOT = fn(
    "math_hypotenuse",
    "Calculate the hypotenuse of a right triangle from its two legs.",
    {"leg_a": (NUM, "Length of the first leg."), "leg_b": (NUM, "Length of the second leg.")},
    ["leg_a", "leg_b"],
)
CIRCLE = fn(
    "geometry_circle_area",
    "Calculate the area of a circle.",
    {"radius": (NUM, "The radius of the circle."), "unit": (STR, "Unit of length. Default 'cm'.")},
    ["radius"],
)
MOLAR_MASS = fn(
    "chemistry_molar_mass",
    "Calculate the molar mass of a compound.",
    {"compound": (STR, "The compound's name or formula.")},
    ["compound"],
)
BOND = fn(
    "chemistry_bond_type",
    "Predict the type of chemical bond formed between two elements.",
    {"element_1": (STR, "The first element."), "element_2": (STR, "The second element.")},
    ["element_1", "element_2"],
)
GDP_GROWTH = fn(
    "economics_gdp_growth",
    "Get the growth of a country's GDP over a span of years.",
    {
        "country": (STR, "The country."),
        "start_year": (INT, "First year of the span."),
        "end_year": (INT, "Last year of the span."),
    },
    ["country", "start_year", "end_year"],
)
POPULATION = fn(
    "demographics_population",
    "Get the current population of a country.",
    {"country": (STR, "The country.")},
    ["country"],
)
CONVERT = fn(
    "finance_currency_convert",
    "Convert an amount from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "Three-letter code of the currency to convert from."),
        "to_currency": (STR, "Three-letter code of the currency to convert to."),
    },
    ["amount", "from_currency", "to_currency"],
)
STOCK = fn(
    "finance_stock_price",
    "Get the latest trading price of a stock.",
    {"ticker": (STR, "The stock's ticker symbol.")},
    ["ticker"],
)
MORTGAGE = fn(
    "finance_mortgage_payment",
    "Calculate the monthly payment of a fixed-rate mortgage.",
    {
        "principal": (NUM, "The loan amount."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Term of the loan in years."),
    },
    ["principal", "annual_rate", "years"],
)
COMPOUND = fn(
    "finance_compound_interest",
    "Calculate the future value of an investment with compound interest.",
    {
        "principal": (NUM, "The initial amount."),
        "rate": (NUM, "Annual interest rate as a decimal, e.g. 0.05."),
        "years": (INT, "Number of years."),
        "compounds_per_year": (INT, "How often interest is compounded each year. Default 1."),
    },
    ["principal", "rate", "years"],
)
COMPARE = fn(
    "retail_compare_products",
    "Compare two products side by side.",
    {
        "product_a": (STR, "The first product."),
        "product_b": (STR, "The second product."),
        "aspect": (STR, "What to compare on, e.g. 'price' or 'battery life'. Optional."),
    },
    ["product_a", "product_b"],
)
FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a location.",
    {
        "location": (STR, "City name, e.g. 'Oslo' or 'Paris, France'."),
        "days": (INT, "Number of days to forecast. Default 1."),
    },
    ["location"],
)
CURRENT = fn(
    "weather_current",
    "Get the current weather conditions in a city.",
    {"city": (STR, "The city."), "units": (STR, "'metric' or 'imperial'. Default 'metric'.")},
    ["city"],
)
MOVE_EVENT = fn(
    "calendar_move_event",
    "Move a calendar event to a new place or time.",
    {"event": (STR, "The event's title."), "new_location": (STR, "Where the event moves to.")},
    ["event", "new_location"],
)
MEAN = fn(
    "statistics_mean",
    "Calculate the arithmetic mean of a list of numbers.",
    {"numbers": floats("The numbers.")},
    ["numbers"],
)
TOTAL = fn(
    "math_sum",
    "Add up a list of numbers.",
    {"numbers": floats("The numbers to add.")},
    ["numbers"],
)
T_TEST = fn(
    "statistics_t_test",
    "Run an independent two-sample t-test.",
    {
        "sample_1": floats("The first sample."),
        "sample_2": floats("The second sample."),
        "alpha": (NUM, "Significance level. Default 0.05."),
    },
    ["sample_1", "sample_2"],
)
BMI = fn(
    "health_bmi",
    "Calculate body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
HOUSE = fn(
    "real_estate_estimate_value",
    "Estimate the market value of a house.",
    {
        "city": (STR, "City and state, e.g. 'Denver, CO'."),
        "bedrooms": (INT, "Number of bedrooms."),
        "bathrooms": (INT, "Number of bathrooms."),
        "square_feet": (INT, "Living area in square feet."),
    },
    ["city", "bedrooms", "bathrooms", "square_feet"],
)
NOBEL = fn(
    "history_nobel_laureates",
    "List Nobel Prize laureates in a field over a range of years.",
    {
        "field": (STR, "The prize's field, e.g. 'chemistry'."),
        "start_year": (INT, "First year."),
        "end_year": (INT, "Last year."),
    },
    ["field", "start_year", "end_year"],
)
HEAD_TO_HEAD = fn(
    "sports_head_to_head",
    "Get the head-to-head record of two teams in a season.",
    {
        "team_a": (STR, "The first team."),
        "team_b": (STR, "The second team."),
        "season": (STR, "The season, e.g. '2019'. Default: the current season."),
    },
    ["team_a", "team_b"],
)
PLAYER_STATS = fn(
    "sports_player_stats",
    "Get a player's statistics for one season.",
    {"player": (STR, "The player's name."), "season": (INT, "The season's year.")},
    ["player", "season"],
)
SONG = fn(
    "music_song_info",
    "Get details of a song, such as its length and release year.",
    {"title": (STR, "The song's title."), "artist": (STR, "The performing artist.")},
    ["title", "artist"],
)
PLAYLIST = fn(
    "music_create_playlist",
    "Create a playlist with a list of songs.",
    {"playlist_name": (STR, "The playlist's name."), "songs": strs("Titles of the songs to add.")},
    ["playlist_name", "songs"],
)
TRACK = fn(
    "shipping_track_parcel",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The carrier's tracking number.")},
    ["tracking_number"],
)
SCALE = fn(
    "cooking_scale_recipe",
    "Scale a recipe's ingredients to a new number of servings.",
    {
        "recipe": (STR, "The recipe's name."),
        "original_servings": (INT, "Servings the recipe makes now."),
        "target_servings": (INT, "Servings wanted."),
    },
    ["recipe", "original_servings", "target_servings"],
)
RECIPES_BY = fn(
    "cooking_recipes_by_ingredients",
    "Find recipes that use all of the given ingredients.",
    {
        "ingredients": strs("Ingredients the recipe must use."),
        "max_minutes": (INT, "Longest cooking time. Optional."),
    },
    ["ingredients"],
)
CASES = fn(
    "law_case_search",
    "Search court cases by topic, year range and jurisdiction.",
    {
        "topic": (STR, "The legal topic."),
        "start_year": (INT, "Earliest decision year."),
        "end_year": (INT, "Latest decision year."),
        "jurisdiction": (STR, "State or court. Default 'federal'."),
    },
    ["topic", "start_year", "end_year"],
)
GPA = fn(
    "education_grade_to_gpa",
    "Convert a percentage grade to the 4.0 GPA scale.",
    {"grade": (NUM, "The grade in percent.")},
    ["grade"],
)
PLANETS = fn(
    "astronomy_planet_distance",
    "Calculate the average distance between two planets.",
    {
        "planet_1": (STR, "The first planet."),
        "planet_2": (STR, "The second planet."),
        "unit": (STR, "'km' or 'au'. Default 'km'."),
    },
    ["planet_1", "planet_2"],
)
TRANSLATE = fn(
    "language_translate",
    "Translate text from one language to another.",
    {
        "text": (STR, "The text to translate."),
        "source_language": (STR, "Language of the text."),
        "target_language": (STR, "Language to translate into."),
    },
    ["text", "target_language"],
)
DEFINE = fn(
    "language_define_word",
    "Look up the dictionary definition of an English word.",
    {"word": (STR, "The word.")},
    ["word"],
)
SHOWTIMES = fn(
    "film_showtimes",
    "Find today's showtimes of a film in a city.",
    {"movie": (STR, "The film's title."), "city": (STR, "The city.")},
    ["movie", "city"],
)
ENERGY = fn(
    "energy_consumption",
    "Calculate the energy an appliance uses, in kilowatt-hours.",
    {"power_watts": (NUM, "Power draw in watts."), "hours": (NUM, "Hours of use.")},
    ["power_watts", "hours"],
)
RANDOM = fn(
    "games_random_integer",
    "Draw a random integer between a minimum and a maximum, inclusive.",
    {"min_value": (INT, "The smallest allowed value."), "max_value": (INT, "The largest allowed value.")},
    ["min_value", "max_value"],
)
BOOKS = fn(
    "books_search",
    "Search a library catalogue for a book.",
    {"title": (STR, "The book's title."), "publisher": (STR, "The publisher. Optional.")},
    ["title"],
)
LOCAL_TIME = fn(
    "time_local_time",
    "Get the current local time in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
DIRECTIONS = fn(
    "maps_directions",
    "Get directions from one place to another.",
    {
        "start": (STR, "Where the trip starts."),
        "end": (STR, "Where the trip ends."),
        "mode": (STR, "'driving', 'walking' or 'transit'. Default 'driving'."),
    },
    ["start", "end"],
)
DISTANCE = fn(
    "maps_distance",
    "Get the road distance between two cities.",
    {"origin": (STR, "The starting city."), "destination": (STR, "The destination city.")},
    ["origin", "destination"],
)
UNITS = fn(
    "units_convert_length",
    "Convert a length from one unit to another.",
    {
        "value": (NUM, "The length."),
        "from_unit": (STR, "The unit of the length."),
        "to_unit": (STR, "The unit to convert to."),
    },
    ["value", "from_unit", "to_unit"],
)
RESTAURANTS = fn(
    "dining_restaurant_search",
    "Find restaurants by cuisine in a city.",
    {"cuisine": (STR, "The kind of food."), "city": (STR, "The city.")},
    ["cuisine", "city"],
)

CARS = fn(
    "automotive_compare_models",
    "Compare two car models on a chosen metric.",
    {
        "model_a": (STR, "The first car model."),
        "model_b": (STR, "The second car model."),
        "metric": (STR, "What to compare, e.g. 'fuel economy'. Default 'overall'."),
    },
    ["model_a", "model_b"],
)
LEAGUES = fn(
    "sports_compare_leagues",
    "Compare two football leagues by a statistic.",
    {
        "league_1": (STR, "The first league."),
        "league_2": (STR, "The second league."),
        "statistic": (STR, "The statistic."),
    },
    ["league_1", "league_2", "statistic"],
)

USD = ["USD", "US dollars", "dollars"]
EUR = ["EUR", "euros"]

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== "and" between two values of one call
    (
        "I'm planning a trip for next month. Find me flights departing from Madrid and arriving in Rome on "
        "2025-06-12; economy is fine.",
        [FLIGHTS],
        [
            c(
                "travel_flights_search",
                origin="Madrid",
                destination="Rome",
                date="2025-06-12",
                cabin_class=[OMIT, "economy"],
            )
        ],
    ),
    (
        "Our rainwater tank is a cylinder with a radius of 3 m and a height of 5 m. How much water can it hold?",
        [CYLINDER],
        [c("geometry_cylinder_volume", radius=3, height=5, unit=[OMIT, "m", "meters"])],
    ),
    (
        "Which kind of bond forms between sodium and chlorine? My chemistry homework asks about table salt.",
        [BOND, MOLAR_MASS],
        [c("chemistry_bond_type", element_1=["sodium", "Na"], element_2=["chlorine", "Cl"])],
    ),
    (
        "A ladder leans on a wall: its foot is 6 feet out and it reaches 8 feet up. Work out the ladder's length "
        "as the hypotenuse of that right triangle.",
        [HYPOT],
        [c("math_hypotenuse", leg_a=[6, 8], leg_b=[6, 8])],
    ),
    (
        "Estimate what a 3-bedroom, 2-bathroom house of 1800 square feet in Austin, TX is worth. My neighbour "
        "sold a 4-bedroom one for $520,000 last spring.",
        [HOUSE],
        [
            c(
                "real_estate_estimate_value",
                city=["Austin, TX", "Austin", "Austin, Texas"],
                bedrooms=3,
                bathrooms=2,
                square_feet=1800,
            )
        ],
    ),
    (
        "Create a playlist called Road Trip with Hotel California, Africa and Take On Me.",
        [PLAYLIST],
        [
            c(
                "music_create_playlist",
                playlist_name="Road Trip",
                songs=[["Hotel California", "Africa", "Take On Me"]],
            )
        ],
    ),
    # ======== two parameters of one kind
    (
        "How much did Brazil's GDP grow between 2010 and 2015? I'm writing an essay on the commodity boom.",
        [GDP_GROWTH],
        [c("economics_gdp_growth", country="Brazil", start_year=2010, end_year=2015)],
    ),
    (
        "Convert 250 from USD to JPY for me. I fly to Tokyo on Friday and want to know what I'll have.",
        [CONVERT],
        [c("finance_currency_convert", amount=250, from_currency=USD, to_currency=["JPY", "yen"])],
    ),
    (
        "Compare the iPhone 15 with the Pixel 8 on battery life. I keep running out of charge by lunch.",
        [COMPARE],
        [
            c(
                "retail_compare_products",
                product_a=["iPhone 15", "Pixel 8"],
                product_b=["iPhone 15", "Pixel 8"],
                aspect=[OMIT, "battery life"],
            )
        ],
    ),
    (
        "List the Nobel laureates in physics from 1990 to 1995, please.",
        [NOBEL],
        [c("history_nobel_laureates", field="physics", start_year=1990, end_year=1995)],
    ),
    (
        "What's the head-to-head record of the Lakers and the Celtics in the 2008 season?",
        [HEAD_TO_HEAD],
        [
            c(
                "sports_head_to_head",
                team_a=["Lakers", "Celtics", "Los Angeles Lakers", "Boston Celtics"],
                team_b=["Lakers", "Celtics", "Los Angeles Lakers", "Boston Celtics"],
                season="2008",
            )
        ],
    ),
    (
        "Find copyright infringement cases decided between 2000 and 2010 in California. I'm preparing for a "
        "moot court next week.",
        [CASES],
        [
            c(
                "law_case_search",
                topic=["copyright infringement", "copyright"],
                start_year=2000,
                end_year=2010,
                jurisdiction="California",
            )
        ],
    ),
    (
        "How far apart are Earth and Mars on average, in kilometers?",
        [PLANETS],
        [
            c(
                "astronomy_planet_distance",
                planet_1=["Earth", "Mars"],
                planet_2=["Earth", "Mars"],
                unit=[OMIT, "km", "kilometers"],
            )
        ],
    ),
    (
        "Draw a random number from 1 to 100 for our office raffle. Thanks!",
        [RANDOM],
        [c("games_random_integer", min_value=1, max_value=100)],
    ),
    (
        "Scale my pancake recipe from 4 servings up to 10 servings; the whole family is coming.",
        [SCALE],
        [
            c(
                "cooking_scale_recipe",
                recipe=["pancake", "pancakes", "pancake recipe"],
                original_servings=4,
                target_servings=10,
            )
        ],
    ),
    (
        "Book me a hotel in Lisbon from 2025-06-03 to 2025-06-07 for two adults.",
        [HOTEL_BOOK],
        [c("travel_hotel_book", city="Lisbon", check_in="2025-06-03", check_out="2025-06-07", guests=2)],
    ),
    # fresh wording for "compare A with B" of a tool that takes both (written before the rule)
    (
        "Compare the Toyota Corolla with the Honda Civic on fuel economy. We drive about 15,000 miles a year.",
        [CARS],
        [
            c(
                "automotive_compare_models",
                model_a=["Toyota Corolla", "Honda Civic"],
                model_b=["Toyota Corolla", "Honda Civic"],
                metric="fuel economy",
            )
        ],
    ),
    (
        "Compare the Premier League with the Bundesliga on goals per game.",
        [LEAGUES],
        [
            c(
                "sports_compare_leagues",
                league_1=["Premier League", "Bundesliga"],
                league_2=["Premier League", "Bundesliga"],
                statistic="goals per game",
            )
        ],
    ),
    # ======== a value said twice
    (
        "What will the weather be in Paris — yes, Paris, France, not the one in Texas — over the next 3 days?",
        [FORECAST],
        [c("weather_forecast", location=["Paris", "Paris, France"], days=3)],
    ),
    (
        "Convert 5 km, that's five kilometres, into miles.",
        [UNITS],
        [
            c(
                "units_convert_length",
                value=5,
                from_unit=["km", "kilometers", "kilometres"],
                to_unit=["miles", "mi"],
            )
        ],
    ),
    (
        "Find a recipe using chicken. Chicken, rice and broccoli, actually — I want one dish that uses all three.",
        [RECIPES_BY],
        [c("cooking_recipes_by_ingredients", ingredients=[["chicken", "rice", "broccoli"]])],
    ),
    (
        "Find hotels near the Colosseum in Rome, not near the Vatican.",
        [HOTEL_SEARCH],
        [
            c(
                "travel_hotel_search",
                location=["Colosseum", "Colosseum, Rome", "Colosseum in Rome", "the Colosseum"],
            )
        ],
    ),
    # fresh wording for the readings of a value ruled out and a place said again (written before the rule)
    (
        "Find sushi restaurants in Vancouver, not the ones in Victoria; we're staying downtown.",
        [RESTAURANTS],
        [c("dining_restaurant_search", cuisine="sushi", city="Vancouver")],
    ),
    (
        "Check the status of flight LH 400, not LH 401 — my ticket says 400.",
        [FLIGHT_STATUS],
        [c("aviation_flight_status", flight_number=["LH 400", "LH400"])],
    ),
    (
        "Find Italian restaurants in Cambridge. Yes, Cambridge, Massachusetts, near Harvard.",
        [RESTAURANTS],
        [
            c(
                "dining_restaurant_search",
                cuisine="Italian",
                city=["Cambridge", "Cambridge, Massachusetts", "Cambridge, MA"],
            )
        ],
    ),
    (
        "What's the population of Georgia? Georgia, the country in the Caucasus.",
        [POPULATION],
        [c("demographics_population", country="Georgia")],
    ),
    (
        "Find Thai restaurants in Cambridge, the university town near Boston.",
        [RESTAURANTS],
        [c("dining_restaurant_search", cuisine="Thai", city=["Cambridge", "Cambridge, MA"])],
    ),
    (
        "What time is it in Perth? Perth, the city in Western Australia.",
        [LOCAL_TIME],
        [c("time_local_time", city=["Perth", "Perth, Western Australia", "Perth, Australia"])],
    ),
    # fresh wording for a place inside an apposition (written before the rule)
    (
        "Find hotels near Shibuya, the busy district in Tokyo, under 200 a night.",
        [HOTEL_SEARCH],
        [c("travel_hotel_search", location=["Shibuya", "Shibuya, Tokyo"], max_price=[OMIT, 200])],
    ),
    (
        "How far is Bath from Bristol by road? Bath, the spa town in Somerset, I mean.",
        [DISTANCE],
        [c("maps_distance", origin=["Bath", "Bristol"], destination=["Bath", "Bristol"])],
    ),
    # ======== a series that fills an array parameter
    (
        "Our quiz scores were 12, 45, 7 and 30. What's the class average?",
        [MEAN],
        [c("statistics_mean", numbers=[[12, 45, 7, 30]])],
    ),
    (
        "Run a t-test comparing group A (5.1, 4.9, 5.6) with group B (6.2, 6.8, 5.9).",
        [T_TEST],
        [c("statistics_t_test", sample_1=[[5.1, 4.9, 5.6]], sample_2=[[6.2, 6.8, 5.9]], alpha=[OMIT, 0.05])],
    ),
    # ======== a purpose or reason clause
    (
        "Get me the latest price of AAPL so that I can decide whether to sell before the market closes.",
        [STOCK],
        [c("finance_stock_price", ticker="AAPL")],
    ),
    (
        "Because my landlord is raising the rent, I want to know the monthly payment on a $300,000 mortgage at "
        "6.5% over 30 years.",
        [MORTGAGE],
        [c("finance_mortgage_payment", principal=300000, annual_rate=6.5, years=30)],
    ),
    (
        "In order to plan the heating budget, tell me how many kilowatt-hours a 1500 watt heater uses in 6 "
        "hours. I pay 0.15 per kWh, but I'll work out the cost myself.",
        [ENERGY],
        [c("energy_consumption", power_watts=1500, hours=6)],
    ),
    # ======== a follow-up that restates the ask, politeness
    (
        "Add up my grocery receipts: 23.50, 41.20 and 18.75. Just the total, please.",
        [TOTAL],
        [c("math_sum", numbers=[[23.5, 41.2, 18.75]])],
    ),
    (
        "Hi there! Could you please look up the definition of 'serendipity' for me? Thanks so much, you're a lifesaver.",
        [DEFINE],
        [c("language_define_word", word="serendipity")],
    ),
    (
        "What time is it in Sydney right now? I have a call with the Sydney office at 9. Just the local time "
        "there, thanks.",
        [LOCAL_TIME],
        [c("time_local_time", city="Sydney")],
    ),
    # ======== a condition that calls nothing yet
    (
        "Check the current weather in Chicago. If it's over 30 degrees, I'll move the picnic indoors.",
        [CURRENT, MOVE_EVENT],
        [c("weather_current", city="Chicago", units=[OMIT, "metric"])],
    ),
    (
        "What's the status of flight BA 117? If it's delayed, I'll need a hotel near JFK, but don't book "
        "anything yet.",
        [FLIGHT_STATUS, HOTEL_SEARCH],
        [c("aviation_flight_status", flight_number=["BA 117", "BA117"])],
    ),
    (
        "Convert 100 euros to dollars. If the rate is good, I'll also convert 200 pounds later.",
        [CONVERT],
        [c("finance_currency_convert", amount=100, from_currency=EUR, to_currency=USD)],
    ),
    (
        "Get the forecast for Rome for 3 days. If it rains, I'll check Florence instead.",
        [FORECAST],
        [c("weather_forecast", location="Rome", days=3)],
    ),
    # fresh wording for the reading of a plan that hangs on a result (written before the rule)
    (
        "Get the head-to-head record of Arsenal and Chelsea this season. If Arsenal are ahead, I'll check "
        "Bukayo Saka's stats for 2024 next.",
        [HEAD_TO_HEAD, PLAYER_STATS],
        [
            c(
                "sports_head_to_head",
                team_a=["Arsenal", "Chelsea"],
                team_b=["Arsenal", "Chelsea"],
                season=[OMIT, "this season"],
            )
        ],
    ),
    (
        "Find the song 'Halo' by Beyonce. If it's longer than 4 minutes, I'll make a playlist called Gym with it.",
        [SONG, PLAYLIST],
        [c("music_song_info", title="Halo", artist="Beyonce")],
    ),
    (
        "Find the molar mass of benzene. If it's under 100, we might also need the one for toluene.",
        [MOLAR_MASS],
        [c("chemistry_molar_mass", compound=["benzene", "C6H6"])],
    ),
    # ======== a past or hypothetical action
    (
        "I already converted my 500 euros to dollars yesterday. Now tell me how many British pounds 200 US "
        "dollars buys.",
        [CONVERT],
        [c("finance_currency_convert", amount=200, from_currency=USD, to_currency=["GBP", "British pounds"])],
    ),
    (
        "Last week you worked out the BMI of my brother, who is 80 kg and 1.80 m. Now do mine: 62 kg and 1.65 m.",
        [BMI],
        [c("health_bmi", weight_kg=62, height_m=1.65)],
    ),
    (
        "Suppose I had put $1,000 into an account paying 5% a year. What would it be worth after 10 years?",
        [COMPOUND],
        [
            c(
                "finance_compound_interest",
                principal=1000,
                rate=[0.05, 5],
                years=10,
                compounds_per_year=[OMIT, 1],
            )
        ],
    ),
    (
        "How far is London from Edinburgh by road? Last time I drove London to Manchester, it was about 200 miles.",
        [DISTANCE],
        [c("maps_distance", origin=["London", "Edinburgh"], destination=["London", "Edinburgh"])],
    ),
    (
        "Find showtimes for Dune: Part Two in Boston tonight; my friend already saw Oppenheimer there last week.",
        [SHOWTIMES],
        [c("film_showtimes", movie=["Dune: Part Two", "Dune Part Two"], city="Boston")],
    ),
    (
        "Get the stats of Messi for 2022. Last season he scored 30 goals in 2021.",
        [PLAYER_STATS],
        [c("sports_player_stats", player=["Messi", "Lionel Messi"], season=2022)],
    ),
    (
        "What's the forecast for Oslo? I visited Stockholm and Helsinki last winter.",
        [FORECAST],
        [c("weather_forecast", location="Oslo", days=[OMIT, 1])],
    ),
    (
        "Calculate the area of a circle of radius 4 cm. I already know the one with radius 2 cm.",
        [CIRCLE],
        [c("geometry_circle_area", radius=4, unit=[OMIT, "cm"])],
    ),
    (
        "Convert 50 USD to EUR. I already did 30 USD to GBP this morning.",
        [CONVERT],
        [c("finance_currency_convert", amount=50, from_currency=USD, to_currency=EUR)],
    ),
    # fresh wording for the reading of a past report (written before the rule, in other domains)
    (
        "Get details of the song 'Yellow' by Coldplay. I listened to 'Clocks' by Coldplay all morning yesterday.",
        [SONG],
        [c("music_song_info", title="Yellow", artist="Coldplay")],
    ),
    (
        "Scale my lasagna recipe from 6 servings to 12. Last Christmas I scaled it from 6 to 9 and it worked well.",
        [SCALE],
        [
            c(
                "cooking_scale_recipe",
                recipe=["lasagna", "lasagna recipe"],
                original_servings=6,
                target_servings=12,
            )
        ],
    ),
    (
        "What's the average distance between Jupiter and Saturn? We already covered Earth and Venus in class.",
        [PLANETS],
        [
            c(
                "astronomy_planet_distance",
                planet_1=["Jupiter", "Saturn"],
                planet_2=["Jupiter", "Saturn"],
                unit=[OMIT, "km"],
            )
        ],
    ),
    (
        "How much energy does a 2000 W oven use in 1.5 hours? Yesterday it ran for 3 hours and the bill shocked me.",
        [ENERGY],
        [c("energy_consumption", power_watts=2000, hours=1.5)],
    ),
    # fresh wording for a report before an ask that states its own values (written before the rule)
    (
        "Yesterday I converted 5 miles to kilometers. Now convert 8 feet to meters.",
        [UNITS],
        [
            c(
                "units_convert_length",
                value=8,
                from_unit=["feet", "foot", "ft"],
                to_unit=["meters", "meter", "m"],
            )
        ],
    ),
    (
        "Last week I searched flights from Paris to Nice on 2025-05-01. Now find flights from Lyon to Porto on 2025-05-09.",
        [FLIGHTS],
        [
            c(
                "travel_flights_search",
                origin="Lyon",
                destination="Porto",
                date="2025-05-09",
                cabin_class=[OMIT, "economy"],
            )
        ],
    ),
    (
        "Earlier I translated 'hello' into Italian. Now translate 'goodbye' into Greek.",
        [TRANSLATE],
        [c("language_translate", text="goodbye", target_language="Greek", source_language=[OMIT, "English"])],
    ),
    # ======== a second ask whose tool is not offered
    (
        "Find me a Thai restaurant in Seattle and also book me a taxi to get there.",
        [RESTAURANTS],
        [c("dining_restaurant_search", cuisine="Thai", city="Seattle")],
    ),
    (
        "Convert 30 miles to kilometers and then email the answer to my running coach.",
        [UNITS],
        [
            c(
                "units_convert_length",
                value=30,
                from_unit=["miles", "mile", "mi"],
                to_unit=["kilometers", "km", "kilometres"],
            )
        ],
    ),
    (
        "Track parcel 1Z999AA10123456784 for me. It left Denver on Monday and should reach Miami by Thursday; "
        "please also text my wife when it arrives.",
        [TRACK],
        [c("shipping_track_parcel", tracking_number="1Z999AA10123456784")],
    ),
    # ======== titles and names with "and" inside
    (
        "Find 'War and Peace' in the catalogue; I'd like the Penguin edition.",
        [BOOKS],
        [c("books_search", title="War and Peace", publisher=[OMIT, "Penguin"])],
    ),
    (
        "How long is the song 'Hey Jude' by the Beatles? I only need that one track's length.",
        [SONG],
        [c("music_song_info", title="Hey Jude", artist=["the Beatles", "Beatles"])],
    ),
    # ======== guards: two or three calls are right
    (
        "What's the forecast for Oslo and for Bergen tomorrow?",
        [FORECAST],
        [c("weather_forecast", location=city, days=[OMIT, 1]) for city in ("Oslo", "Bergen")],
    ),
    (
        "Get the forecast for Tokyo, Seoul and Beijing for the next 2 days.",
        [FORECAST],
        [c("weather_forecast", location=city, days=2) for city in ("Tokyo", "Seoul", "Beijing")],
    ),
    (
        "Convert 100 USD to EUR, and then find me flights from Boston to Dublin on 2025-09-03.",
        [CONVERT, FLIGHTS],
        [
            c("finance_currency_convert", amount=100, from_currency=USD, to_currency=EUR),
            c(
                "travel_flights_search",
                origin="Boston",
                destination="Dublin",
                date="2025-09-03",
                cabin_class=[OMIT, "economy"],
            ),
        ],
    ),
    (
        "Translate 'good morning' from English into Spanish, and into French as well.",
        [TRANSLATE],
        [
            c(
                "language_translate",
                text="good morning",
                source_language=[OMIT, "English"],
                target_language=lang,
            )
            for lang in ("Spanish", "French")
        ],
    ),
    (
        "Get the population of Canada and of Australia so that I can compare them in my report.",
        [POPULATION],
        [c("demographics_population", country=country) for country in ("Canada", "Australia")],
    ),
    (
        "Give me LeBron James' stats for the 2019 and 2020 seasons.",
        [PLAYER_STATS],
        [c("sports_player_stats", player="LeBron James", season=year) for year in (2019, 2020)],
    ),
    (
        "Get walking directions from our hotel to the Louvre, and then from the Louvre to the Eiffel Tower.",
        [DIRECTIONS],
        [
            c("maps_directions", start=["our hotel", "hotel"], end="Louvre", mode="walking"),
            c("maps_directions", start="Louvre", end="Eiffel Tower", mode="walking"),
        ],
    ),
    (
        "What's the area of a circle with a radius of 5 cm, and of one with a radius of 7 cm?",
        [CIRCLE],
        [c("geometry_circle_area", radius=r, unit=[OMIT, "cm"]) for r in (5, 7)],
    ),
    (
        "Convert a grade of 85 percent to the GPA scale. My other class was 92, but that one is pass/fail, so "
        "skip it.",
        [GPA],
        [c("education_grade_to_gpa", grade=85)],
    ),
    (
        "What's the molar mass of glucose and of ethanol? I'm making a table for the lab.",
        [MOLAR_MASS],
        [
            c("chemistry_molar_mass", compound=name)
            for name in (["glucose", "C6H12O6"], ["ethanol", "C2H5OH"])
        ],
    ),
]

GAPS: dict[str, str] = {
    "Compare the Premier League with": "the statistic 'goals per game' is cut to 'game'",
    "How much did Brazil's GDP": "the possessive object 'Brazil's GDP' is taken whole as the country",
    "Find copyright infringement cases": "no call",
    "Book me a hotel in Lisbon": "'for two adults' does not fill the guest count",
    "What will the weather be in Paris": "the place said again with its country after 'yes,' and before ', not …' ('Paris, France, not …') fans out to France (said so without ', not', as 'Athens, Greece', it does not)",
    "Find a recipe using chicken. Chicken": "the corrected, fuller series loses the item said twice",
    "Our quiz scores were 12": "no call: the series sits in a sentence before the ask",
    "Add up my grocery receipts": "no call",
    "I already converted my 500": "the past conversion's values are taken instead of the new ask's",
    "Suppose I had put": "no call",
    "Find showtimes for Dune: Part Two": "a title with a colon is cut at the colon",
    "Find 'War and Peace' in the": "no call",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_one_ask_needs(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 40
