"""A battery for requests read as one scene: several sentences, several tools, values carried between asks.

Written for this round before reading the benchmark's failing cases, in the genre of its
"parallel_multiple" category (python-style tool names, one-line descriptions, typed parameters) on
subjects of its own: travel, finance, sports, cooking, astronomy, HR, gardening, music, law, medicine,
logistics, lab work. What the earlier batteries (pmult, sentences, asks, asks3) lack: references back
("there", "it", "that amount", "the same season", "those companies"), sentences that only give context or
refine an earlier ask, asks that share values, three or four tools in one request, an ask named by a noun
only ("… and the nutrition facts for it"), and a choice among similar tools. The check is order-free,
strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

HOTEL_BOOK = fn(
    "hotel_book_room",
    "Book a room at a named hotel.",
    {
        "hotel_name": (STR, "Name of the hotel."),
        "city": (STR, "City where the hotel is."),
        "check_in": (STR, "Check-in date in YYYY-MM-DD format."),
        "nights": (INT, "Number of nights."),
    },
    ["hotel_name", "city", "check_in", "nights"],
)
FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a city for a number of days.",
    {"city": (STR, "Name of the city."), "days": (INT, "Number of days to forecast. Default is 1.")},
    ["city"],
)
RESTAURANTS = fn(
    "restaurant_search",
    "Find restaurants in a city.",
    {
        "city": (STR, "City to search in."),
        "diet": (STR, "Dietary option, e.g. vegan, vegetarian, gluten-free."),
    },
    ["city"],
)
CONVERT_MONEY = fn(
    "currency_convert",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "Three-letter code of the currency to convert from."),
        "to_currency": (STR, "Three-letter code of the currency to convert to."),
    },
    ["amount", "from_currency", "to_currency"],
)
GROWTH = fn(
    "savings_compound_growth",
    "Calculate what a sum grows to with annual compound interest.",
    {
        "principal": (NUM, "The starting sum."),
        "rate_percent": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Number of years."),
    },
    ["principal", "rate_percent", "years"],
)
STANDINGS = fn(
    "football_league_standings",
    "Get the table of a football league for a season.",
    {"league": (STR, "Name of the league."), "season": (INT, "The season's starting year.")},
    ["league", "season"],
)
SCORERS = fn(
    "football_top_scorers",
    "Get the top goal scorers of a football league for a season.",
    {"league": (STR, "Name of the league."), "season": (INT, "The season's starting year.")},
    ["league", "season"],
)
FIXTURES = fn(
    "football_team_fixtures",
    "Get the upcoming fixtures of a football team.",
    {"team": (STR, "Name of the team.")},
    ["team"],
)
SCALE_RECIPE = fn(
    "recipe_scale",
    "Scale a recipe from one number of servings to another.",
    {
        "recipe": (STR, "Name of the recipe."),
        "original_servings": (INT, "Servings the recipe makes now."),
        "target_servings": (INT, "Servings wanted."),
    },
    ["recipe", "original_servings", "target_servings"],
)
KITCHEN_UNITS = fn(
    "kitchen_convert_units",
    "Convert a quantity of an ingredient between kitchen units.",
    {
        "quantity": (NUM, "The quantity to convert."),
        "from_unit": (STR, "Unit to convert from."),
        "to_unit": (STR, "Unit to convert to."),
        "ingredient": (STR, "The ingredient, for conversions between weight and volume."),
    },
    ["quantity", "from_unit", "to_unit"],
)
WINE = fn(
    "wine_pairing",
    "Suggest a wine that goes with a dish.",
    {
        "dish": (STR, "The dish to pair with."),
        "wine_type": (STR, "Type of wine.", {"enum": ["red", "white", "rose", "sparkling"]}),
    },
    ["dish"],
)
PLANET_RISE = fn(
    "astro_planet_rise_set",
    "Get the rise and set times of a planet at a place on a date.",
    {
        "planet": (STR, "Name of the planet."),
        "location": (STR, "City of the observer."),
        "date": (STR, "Date in YYYY-MM-DD format."),
    },
    ["planet", "location", "date"],
)
MOON_PHASE = fn(
    "astro_moon_phase",
    "Get the phase of the moon on a date.",
    {"date": (STR, "Date in YYYY-MM-DD format.")},
    ["date"],
)
VISIBLE = fn(
    "astro_visible_planets",
    "List the planets visible from a place after sunset on a date.",
    {"location": (STR, "City of the observer."), "date": (STR, "Date in YYYY-MM-DD format.")},
    ["location", "date"],
)
HR_ADD = fn(
    "hr_add_employee",
    "Add a new employee to a department.",
    {
        "full_name": (STR, "Full name of the employee."),
        "department": (STR, "Department the employee joins."),
        "salary": (NUM, "Annual salary in dollars."),
    },
    ["full_name", "department", "salary"],
)
HR_RAISE = fn(
    "hr_give_raise",
    "Give an employee a pay raise by a percentage.",
    {"employee_name": (STR, "Full name of the employee."), "percent": (NUM, "Raise in percent.")},
    ["employee_name", "percent"],
)
HR_LIST = fn(
    "hr_list_employees",
    "List the employees of a department.",
    {"department": (STR, "Name of the department.")},
    ["department"],
)
HR_REMOVE = fn(
    "hr_remove_employee",
    "Remove an employee from the company records.",
    {"full_name": (STR, "Full name of the employee.")},
    ["full_name"],
)
PLANTING = fn(
    "garden_planting_guide",
    "List the vegetables that can be planted in a hardiness zone in a month.",
    {"zone": (STR, "USDA hardiness zone, e.g. 6a."), "month": (STR, "Month of the year.")},
    ["zone", "month"],
)
FERTILIZER = fn(
    "garden_fertilizer_advice",
    "Recommend a fertilizer for a plant in a type of soil.",
    {"plant": (STR, "The plant to feed."), "soil_type": (STR, "Type of soil, e.g. sandy, clay, loam.")},
    ["plant", "soil_type"],
)
TOUR = fn(
    "music_tour_dates",
    "Get the concert tour dates of an artist in a year.",
    {"artist": (STR, "Name of the artist or band."), "year": (INT, "The year.")},
    ["artist", "year"],
)
LYRICS = fn(
    "music_song_lyrics",
    "Get the lyrics of a song.",
    {"song_title": (STR, "Title of the song."), "artist": (STR, "Artist of the song. Optional.")},
    ["song_title"],
)
ALBUM = fn(
    "music_album_details",
    "Get the track list and release details of an album.",
    {"album_title": (STR, "Title of the album."), "artist": (STR, "Artist of the album. Optional.")},
    ["album_title"],
)
CASE_LOOKUP = fn(
    "court_case_lookup",
    "Look up a court case by its number.",
    {"case_number": (STR, "The case number."), "state": (STR, "US state of the court.")},
    ["case_number", "state"],
)
CASE_DOCKET = fn(
    "court_case_docket",
    "Get the docket entries of a court case.",
    {"case_number": (STR, "The case number.")},
    ["case_number"],
)
CASE_LAWYERS = fn(
    "court_case_attorneys",
    "List the attorneys representing the parties of a court case.",
    {"case_number": (STR, "The case number.")},
    ["case_number"],
)
BMI = fn(
    "health_bmi",
    "Calculate the body mass index of a person.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
INTERACTION = fn(
    "drug_interaction_check",
    "Check whether two drugs interact.",
    {"drug_a": (STR, "The first drug."), "drug_b": (STR, "The second drug.")},
    ["drug_a", "drug_b"],
)
DOSE = fn(
    "drug_dose_by_weight",
    "Get the recommended dose of a drug for a patient's body weight.",
    {"drug": (STR, "Name of the drug."), "weight_kg": (NUM, "Body weight of the patient in kilograms.")},
    ["drug", "weight_kg"],
)
QUOTE = fn(
    "freight_quote",
    "Get a price quote for sending a package between two cities.",
    {
        "weight_kg": (NUM, "Weight of the package in kilograms."),
        "origin": (STR, "City of departure."),
        "destination": (STR, "City of arrival."),
        "mode": (STR, "Mode of transport.", {"enum": ["road", "air", "sea"]}),
    },
    ["weight_kg", "origin", "destination", "mode"],
)
TRANSIT = fn(
    "freight_transit_time",
    "Estimate the delivery time between two cities.",
    {
        "origin": (STR, "City of departure."),
        "destination": (STR, "City of arrival."),
        "mode": (STR, "Mode of transport.", {"enum": ["road", "air", "sea"]}),
    },
    ["origin", "destination", "mode"],
)
MOLAR = fn(
    "chem_molar_mass",
    "Calculate the molar mass of a chemical formula.",
    {"formula": (STR, "The chemical formula, e.g. H2O.")},
    ["formula"],
)
PH = fn(
    "chem_ph_strong_acid",
    "Calculate the pH of a solution of a strong acid.",
    {"concentration": (NUM, "Molar concentration of the acid in mol/L.")},
    ["concentration"],
)
DENSITY = fn(
    "physics_density",
    "Calculate the density of a sample from its mass and volume.",
    {"mass": (NUM, "Mass in grams."), "volume": (NUM, "Volume in milliliters.")},
    ["mass", "volume"],
)
TEMPERATURE = fn(
    "temperature_convert",
    "Convert a temperature between scales.",
    {
        "value": (NUM, "The temperature to convert."),
        "from_scale": (STR, "Scale to convert from.", {"enum": ["celsius", "fahrenheit", "kelvin"]}),
        "to_scale": (STR, "Scale to convert to.", {"enum": ["celsius", "fahrenheit", "kelvin"]}),
    },
    ["value", "from_scale", "to_scale"],
)
AIR = fn(
    "air_quality_now",
    "Get the current air quality index of a city.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
RUN_ROUTE = fn(
    "running_route_planner",
    "Plan a running route of a given length from a starting point.",
    {"start": (STR, "Starting address or landmark."), "distance_km": (NUM, "Length of the route in km.")},
    ["start", "distance_km"],
)
MORTGAGE_PAY = fn(
    "mortgage_monthly_payment",
    "Calculate the monthly payment of a mortgage.",
    {
        "loan_amount": (NUM, "The amount borrowed in dollars."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Term of the mortgage in years."),
    },
    ["loan_amount", "annual_rate", "years"],
)
MORTGAGE_INTEREST = fn(
    "mortgage_total_interest",
    "Calculate the total interest paid over the term of a mortgage.",
    {
        "loan_amount": (NUM, "The amount borrowed in dollars."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Term of the mortgage in years."),
    },
    ["loan_amount", "annual_rate", "years"],
)
PROPERTY_TAX = fn(
    "property_tax_estimate",
    "Estimate the yearly property tax on a home.",
    {"home_value": (NUM, "Value of the home in dollars."), "tax_rate": (NUM, "Tax rate in percent.")},
    ["home_value", "tax_rate"],
)
CAREER = fn(
    "tennis_career_stats",
    "Get the career statistics of a tennis player.",
    {"player_name": (STR, "Full name of the player.")},
    ["player_name"],
)
HEAD_TO_HEAD = fn(
    "tennis_head_to_head",
    "Get the head-to-head record of two tennis players.",
    {"player1": (STR, "Name of the first player."), "player2": (STR, "Name of the second player.")},
    ["player1", "player2"],
)
RECIPE_FIND = fn(
    "recipe_search",
    "Find a recipe for a dish.",
    {"dish": (STR, "The dish wanted."), "max_minutes": (INT, "Longest total cooking time in minutes.")},
    ["dish"],
)
NUTRITION = fn(
    "nutrition_facts",
    "Get the nutrition facts of a food or dish.",
    {"food": (STR, "The food or dish.")},
    ["food"],
)
STAR_DISTANCE = fn(
    "star_distance",
    "Get the distance of a star from Earth.",
    {"star": (STR, "Name of the star."), "unit": (STR, "Unit of distance.", {"enum": ["ly", "pc", "au"]})},
    ["star"],
)
STAR_MAGNITUDE = fn(
    "star_apparent_magnitude",
    "Get the apparent magnitude of a star.",
    {"star": (STR, "Name of the star.")},
    ["star"],
)
STAR_CONSTELLATION = fn(
    "star_constellation",
    "Get the constellation a star belongs to.",
    {"star": (STR, "Name of the star.")},
    ["star"],
)
NET_PAY = fn(
    "payroll_net_pay",
    "Calculate the net pay per pay period from a gross annual salary.",
    {
        "gross_salary": (NUM, "Gross annual salary in dollars."),
        "city": (STR, "City of employment."),
        "pay_frequency": (STR, "How often pay is issued.", {"enum": ["weekly", "biweekly", "monthly"]}),
    },
    ["gross_salary", "city", "pay_frequency"],
)
PAYROLL_TAX = fn(
    "payroll_tax",
    "Calculate the payroll tax owed on an annual salary.",
    {"salary": (NUM, "Gross annual salary in dollars."), "city": (STR, "City of employment.")},
    ["salary", "city"],
)
FLIGHTS = fn(
    "flight_search",
    "Search flights between two airports on a date.",
    {
        "origin": (STR, "City of departure."),
        "destination": (STR, "City of arrival."),
        "date": (STR, "Date of travel in YYYY-MM-DD format."),
    },
    ["origin", "destination", "date"],
)
TRAINS = fn(
    "train_search",
    "Search trains between two stations on a date.",
    {
        "origin": (STR, "City of departure."),
        "destination": (STR, "City of arrival."),
        "date": (STR, "Date of travel in YYYY-MM-DD format."),
    },
    ["origin", "destination", "date"],
)
LODGING = fn(
    "lodging_search",
    "Search places to stay in a city.",
    {
        "city": (STR, "City to stay in."),
        "nights": (INT, "Number of nights."),
        "kind": (STR, "Kind of lodging, e.g. hotel, hostel, ryokan."),
    },
    ["city", "nights"],
)
EXCHANGE = fn(
    "exchange_rate",
    "Get the exchange rate between two currencies.",
    {
        "base": (STR, "Three-letter code of the base currency."),
        "target": (STR, "Three-letter code of the target currency."),
    },
    ["base", "target"],
)
WATERING = fn(
    "plant_watering_schedule",
    "Get how often to water a plant in a season.",
    {
        "plant": (STR, "The plant."),
        "season": (STR, "Season of the year.", {"enum": ["spring", "summer", "autumn", "winter"]}),
    },
    ["plant", "season"],
)
PRUNING = fn(
    "plant_pruning_calendar",
    "Get the best months to prune a plant.",
    {"plant": (STR, "The plant.")},
    ["plant"],
)
PLAYLIST_ADD = fn(
    "playlist_add_song",
    "Add a song to a playlist.",
    {"playlist": (STR, "Name of the playlist."), "song": (STR, "Title of the song.")},
    ["playlist", "song"],
)
PLAYLIST_REMOVE = fn(
    "playlist_remove_song",
    "Remove a song from a playlist.",
    {"playlist": (STR, "Name of the playlist."), "song": (STR, "Title of the song.")},
    ["playlist", "song"],
)
PLAYLIST_PLAY = fn(
    "playlist_play",
    "Start playing a playlist.",
    {"playlist": (STR, "Name of the playlist."), "shuffle": (BOOL, "Play in random order. Default false.")},
    ["playlist"],
)
VOLUME = fn(
    "player_set_volume",
    "Set the playback volume.",
    {"level": (INT, "Volume from 0 to 100.")},
    ["level"],
)
SHARE_PRICE = fn(
    "stock_share_price",
    "Get the current share price of a company.",
    {"company": (STR, "Name of the company.")},
    ["company"],
)
DIVIDEND = fn(
    "stock_dividend_yield",
    "Get the dividend yield of a company's stock.",
    {"company": (STR, "Name of the company.")},
    ["company"],
)
TABLE = fn(
    "restaurant_reserve_table",
    "Reserve a table at a restaurant.",
    {
        "restaurant": (STR, "Name of the restaurant."),
        "party_size": (INT, "Number of guests."),
        "date": (STR, "Date in YYYY-MM-DD format."),
        "time": (STR, "Time in 24-hour HH:MM format."),
    },
    ["restaurant", "party_size", "date", "time"],
)
TAXI = fn(
    "taxi_order",
    "Order a taxi from one place to another.",
    {"pickup": (STR, "Where the taxi picks you up."), "dropoff": (STR, "Where the taxi takes you.")},
    ["pickup", "dropoff"],
)

POPULATION = fn(
    "city_population",
    "Get the population of a city.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
ROAD_DISTANCE = fn(
    "road_distance",
    "Get the driving distance between two cities.",
    {"city_a": (STR, "The first city."), "city_b": (STR, "The second city.")},
    ["city_a", "city_b"],
)
KINETIC = fn(
    "physics_kinetic_energy",
    "Calculate the kinetic energy of a moving body.",
    {"mass_kg": (NUM, "Mass in kilograms."), "speed": (NUM, "Speed in m/s.")},
    ["mass_kg", "speed"],
)
MOMENTUM = fn(
    "physics_momentum",
    "Calculate the momentum of a moving body.",
    {"mass_kg": (NUM, "Mass in kilograms."), "velocity": (NUM, "Velocity in m/s.")},
    ["mass_kg", "velocity"],
)
PACE = fn(
    "running_average_pace",
    "Calculate the average pace of a run in minutes per kilometer.",
    {"distance_km": (NUM, "Distance run in kilometers."), "minutes": (NUM, "Time taken in minutes.")},
    ["distance_km", "minutes"],
)
CALORIES = fn(
    "running_calories_burned",
    "Estimate the calories burned on a run.",
    {"distance_km": (NUM, "Distance run in kilometers."), "weight_kg": (NUM, "Body weight in kilograms.")},
    ["distance_km", "weight_kg"],
)

CIRCLE_AREA = fn(
    "circle_area",
    "Calculate the area of a circle.",
    {"radius": (NUM, "Radius of the circle.")},
    ["radius"],
)
CIRCLE_CIRCUMFERENCE = fn(
    "circle_circumference",
    "Calculate the circumference of a circle.",
    {"radius": (NUM, "Radius of the circle.")},
    ["radius"],
)
CUBE_VOLUME = fn(
    "cube_volume",
    "Calculate the volume of a cube.",
    {"side": (NUM, "Length of one side.")},
    ["side"],
)
CITY_POP_YEAR = fn(
    "city_population_in_year",
    "Get the population of a city in a given year.",
    {"city": (STR, "Name of the city."), "year": (INT, "The year.")},
    ["city", "year"],
)
CITY_AREA = fn(
    "city_area",
    "Get the land area of a city in square kilometers.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
ROWS: list[tuple[str, list[dict], list]] = [
    # ======== references back: "there", "it", "that amount", "the same …", "its"
    (
        "I'm flying to Lisbon on 2025-05-02. Book a room at the Hotel Avenida there for 3 nights from that day, "
        "and get the weather forecast for Lisbon for 3 days. Also find vegetarian restaurants there.",
        [HOTEL_BOOK, FORECAST, RESTAURANTS],
        [
            c("hotel_book_room", hotel_name="Hotel Avenida", city="Lisbon", check_in="2025-05-02", nights=3),
            c("weather_forecast", city="Lisbon", days=3),
            c("restaurant_search", city="Lisbon", diet="vegetarian"),
        ],
    ),
    (
        "I have 15000 US dollars saved. Convert that amount to euros, and calculate what it grows to in "
        "10 years at 4% annual interest.",
        [CONVERT_MONEY, GROWTH],
        [
            c("currency_convert", amount=15000, from_currency="USD", to_currency="EUR"),
            c("savings_compound_growth", principal=15000, rate_percent=4, years=10),
        ],
    ),
    (
        "Get the Premier League table for the 2023 season and the top scorers of La Liga for the same "
        "season. Then show me the upcoming fixtures of Arsenal.",
        [STANDINGS, SCORERS, FIXTURES],
        [
            c("football_league_standings", league="Premier League", season=2023),
            c("football_top_scorers", league="La Liga", season=2023),
            c("football_team_fixtures", team="Arsenal"),
        ],
    ),
    (
        "Look up court case 2021-CV-0457 in California. Then get the docket entries of that case and the "
        "attorneys representing its parties.",
        [CASE_LOOKUP, CASE_DOCKET, CASE_LAWYERS],
        [
            c("court_case_lookup", case_number="2021-CV-0457", state=["California", "CA"]),
            c("court_case_docket", case_number="2021-CV-0457"),
            c("court_case_attorneys", case_number="2021-CV-0457"),
        ],
    ),
    (
        "A patient weighs 82 kg and is 1.75 m tall. Calculate their body mass index, check whether warfarin "
        "and aspirin interact, and get the recommended dose of ibuprofen for that weight.",
        [BMI, INTERACTION, DOSE],
        [
            c("health_bmi", weight_kg=82, height_m=1.75),
            c("drug_interaction_check", drug_a="warfarin", drug_b="aspirin"),
            c("drug_dose_by_weight", drug="ibuprofen", weight_kg=82),
        ],
    ),
    (
        "How far is Proxima Centauri from Earth in light years? Also give me its apparent magnitude and the "
        "constellation it belongs to.",
        [STAR_DISTANCE, STAR_MAGNITUDE, STAR_CONSTELLATION],
        [
            c("star_distance", star="Proxima Centauri", unit=["ly", OMIT]),
            c("star_apparent_magnitude", star="Proxima Centauri"),
            c("star_constellation", star="Proxima Centauri"),
        ],
    ),
    (
        "I grow a lemon tree in a pot on my balcony. How often should I water it in summer, and when should "
        "I prune it?",
        [WATERING, PRUNING],
        [
            c("plant_watering_schedule", plant=["lemon tree", "lemon"], season="summer"),
            c("plant_pruning_calendar", plant=["lemon tree", "lemon"]),
        ],
    ),
    (
        "Get the current share price of Apple and Microsoft, and the dividend yield of those companies too.",
        [SHARE_PRICE, DIVIDEND],
        [
            c("stock_share_price", company="Apple"),
            c("stock_share_price", company="Microsoft"),
            c("stock_dividend_yield", company="Apple"),
            c("stock_dividend_yield", company="Microsoft"),
        ],
    ),
    (
        "The trolley weighs 40 kg and rolls at 3 m/s. Work out its kinetic energy and then its momentum.",
        [KINETIC, MOMENTUM],
        [
            c("physics_kinetic_energy", mass_kg=40, speed=3),
            c("physics_momentum", mass_kg=40, velocity=3),
        ],
    ),
    (
        "My sister ran 21 km in 120 minutes and weighs 58 kg. Calculate her average pace. Also estimate "
        "the calories she burned over that distance.",
        [PACE, CALORIES],
        [
            c("running_average_pace", distance_km=21, minutes=120),
            c("running_calories_burned", distance_km=21, weight_kg=58),
        ],
    ),
    (
        "I have 2400 Swiss francs in cash. Convert that amount to Japanese yen, and get the exchange rate "
        "from CHF to USD.",
        [CONVERT_MONEY, EXCHANGE],
        [
            c("currency_convert", amount=2400, from_currency="CHF", to_currency="JPY"),
            c("exchange_rate", base="CHF", target="USD"),
        ],
    ),
    # ======== context sentences and refining sentences make no call of their own
    (
        "I'm hosting a dinner for 8 people. Scale my lasagna recipe from 4 servings to 8, and convert "
        "500 grams of flour to cups. Then suggest a red wine that goes with lasagna.",
        [SCALE_RECIPE, KITCHEN_UNITS, WINE],
        [
            c("recipe_scale", recipe="lasagna", original_servings=4, target_servings=8),
            c(
                "kitchen_convert_units",
                quantity=500,
                from_unit=["grams", "gram", "g"],
                to_unit=["cups", "cup"],
                ingredient=["flour", OMIT],
            ),
            c("wine_pairing", dish="lasagna", wine_type=["red", OMIT]),
        ],
    ),
    (
        "Get the weather forecast for Nairobi for 5 days and the current air quality there. I'm planning a "
        "long run tomorrow morning.",
        [FORECAST, AIR, RUN_ROUTE],
        [c("weather_forecast", city="Nairobi", days=5), c("air_quality_now", city="Nairobi")],
    ),
    (
        "Reserve a table for 4 at Osteria Luna on 2025-06-14. Make it for 20:30. Also order a taxi from the "
        "Palazzo Hotel to Osteria Luna.",
        [TABLE, TAXI],
        [
            c(
                "restaurant_reserve_table",
                restaurant="Osteria Luna",
                party_size=4,
                date="2025-06-14",
                time="20:30",
            ),
            c("taxi_order", pickup="Palazzo Hotel", dropoff="Osteria Luna"),
        ],
    ),
    (
        "Our company is based in Toronto and pays staff biweekly. Calculate the net pay on a gross salary "
        "of $85,000, and the payroll tax on the same salary.",
        [NET_PAY, PAYROLL_TAX],
        [
            c("payroll_net_pay", gross_salary=85000, city="Toronto", pay_frequency="biweekly"),
            c("payroll_tax", salary=85000, city="Toronto"),
        ],
    ),
    (
        "My garden is in zone 7b and the soil there is clay. Which vegetables can I plant in April? Also "
        "recommend a fertilizer for tomatoes and for peppers in that soil.",
        [PLANTING, FERTILIZER],
        [
            c("garden_planting_guide", zone="7b", month="April"),
            c("garden_fertilizer_advice", plant="tomatoes", soil_type="clay"),
            c("garden_fertilizer_advice", plant="peppers", soil_type="clay"),
        ],
    ),
    # ======== shared values, three and four tools
    (
        "A 12 kg package has to go from Hamburg to Warsaw. Get a freight quote for it by road and by air, "
        "and the delivery time by road.",
        [QUOTE, TRANSIT],
        [
            c("freight_quote", weight_kg=12, origin="Hamburg", destination="Warsaw", mode="road"),
            c("freight_quote", weight_kg=12, origin="Hamburg", destination="Warsaw", mode="air"),
            c("freight_transit_time", origin="Hamburg", destination="Warsaw", mode="road"),
        ],
    ),
    (
        "For my chemistry lab, compute the molar mass of C6H12O6, the pH of a 0.01 M solution of HCl, and "
        "the density of a 50 g sample with a volume of 20 mL. Finally, convert 298 kelvin to celsius.",
        [MOLAR, PH, DENSITY, TEMPERATURE],
        [
            c("chem_molar_mass", formula="C6H12O6"),
            c("chem_ph_strong_acid", concentration=0.01),
            c("physics_density", mass=50, volume=20),
            c("temperature_convert", value=298, from_scale="kelvin", to_scale="celsius"),
        ],
    ),
    (
        "Find the rise and set times of Mars in Santiago on 2025-08-12. For the same date, get the moon "
        "phase, and list the planets visible from Santiago after sunset.",
        [PLANET_RISE, MOON_PHASE, VISIBLE],
        [
            c("astro_planet_rise_set", planet="Mars", location="Santiago", date="2025-08-12"),
            c("astro_moon_phase", date="2025-08-12"),
            c("astro_visible_planets", location="Santiago", date="2025-08-12"),
        ],
    ),
    (
        "Plan my trip: search flights from Seoul to Osaka on 2025-10-03, trains from Osaka to Kyoto on the "
        "same day, and a ryokan in Kyoto for 4 nights. Also get the exchange rate from KRW to JPY.",
        [FLIGHTS, TRAINS, LODGING, EXCHANGE],
        [
            c("flight_search", origin="Seoul", destination="Osaka", date="2025-10-03"),
            c("train_search", origin="Osaka", destination="Kyoto", date="2025-10-03"),
            c("lodging_search", city="Kyoto", nights=4, kind=["ryokan", OMIT]),
            c("exchange_rate", base="KRW", target="JPY"),
        ],
    ),
    # ======== which of several similar tools fits each ask
    (
        "Calculate the monthly payment on a $350,000 mortgage at 6.5% over 30 years. Then work out the total "
        "interest paid over that term, and the yearly property tax on a $420,000 home at a 1.2% rate.",
        [MORTGAGE_PAY, MORTGAGE_INTEREST, PROPERTY_TAX],
        [
            c("mortgage_monthly_payment", loan_amount=350000, annual_rate=6.5, years=30),
            c("mortgage_total_interest", loan_amount=350000, annual_rate=6.5, years=30),
            c("property_tax_estimate", home_value=420000, tax_rate=1.2),
        ],
    ),
    (
        "Find the area of a circle with a radius of 3 cm. Then get the circumference of that circle, and the "
        "volume of a cube with sides of 4 cm.",
        [CIRCLE_AREA, CIRCLE_CIRCUMFERENCE, CUBE_VOLUME],
        [c("circle_area", radius=3), c("circle_circumference", radius=3), c("cube_volume", side=4)],
    ),
    (
        "Get the population of Lyon in 2020. Then find the area of that city, and the population of Porto "
        "in 2015.",
        [CITY_POP_YEAR, CITY_AREA],
        [
            c("city_population_in_year", city="Lyon", year=2020),
            c("city_area", city="Lyon"),
            c("city_population_in_year", city="Porto", year=2015),
        ],
    ),
    (
        "Add Dana Whitfield to the Marketing department with a salary of $68,000. Then give Omar Reyes a "
        "5% raise, and list everyone in the Marketing department.",
        [HR_ADD, HR_RAISE, HR_LIST, HR_REMOVE],
        [
            c("hr_add_employee", full_name="Dana Whitfield", department="Marketing", salary=68000),
            c("hr_give_raise", employee_name="Omar Reyes", percent=5),
            c("hr_list_employees", department="Marketing"),
        ],
    ),
    (
        "Add 'Harbour Lights' to my 'Road Trip' playlist, then play that playlist on shuffle, and set the "
        "volume to 40.",
        [PLAYLIST_ADD, PLAYLIST_REMOVE, PLAYLIST_PLAY, VOLUME],
        [
            c("playlist_add_song", playlist="Road Trip", song="Harbour Lights"),
            c("playlist_play", playlist="Road Trip", shuffle=True),
            c("player_set_volume", level=40),
        ],
    ),
    (
        "Compare the career stats of Serena Williams and Venus Williams, and get the head-to-head record "
        "between them.",
        [CAREER, HEAD_TO_HEAD],
        [
            c("tennis_career_stats", player_name="Serena Williams"),
            c("tennis_career_stats", player_name="Venus Williams"),
            c("tennis_head_to_head", player1="Serena Williams", player2="Venus Williams"),
        ],
    ),
    (
        "Get the population of Oslo and Bergen. Then find the driving distance between them.",
        [POPULATION, ROAD_DISTANCE],
        [
            c("city_population", city="Oslo"),
            c("city_population", city="Bergen"),
            c("road_distance", city_a="Oslo", city_b="Bergen"),
        ],
    ),
    (
        "Check the current air quality in Delhi and Lima, and the weather forecast for both cities.",
        [AIR, FORECAST],
        [
            c("air_quality_now", city="Delhi"),
            c("air_quality_now", city="Lima"),
            c("weather_forecast", city="Delhi", days=[1, OMIT]),
            c("weather_forecast", city="Lima", days=[1, OMIT]),
        ],
    ),
    # ======== an ask named by a noun only
    (
        "Find a recipe for mushroom risotto that takes under 45 minutes, and the nutrition facts for it.",
        [RECIPE_FIND, NUTRITION],
        [
            c("recipe_search", dish="mushroom risotto", max_minutes=45),
            c("nutrition_facts", food="mushroom risotto"),
        ],
    ),
    (
        "Look up Radiohead's tour dates for 2025. The lyrics of 'Karma Police' and the details of the album "
        "'OK Computer' too.",
        [TOUR, LYRICS, ALBUM],
        [
            c("music_tour_dates", artist="Radiohead", year=2025),
            c("music_song_lyrics", song_title="Karma Police", artist=["Radiohead", OMIT]),
            c("music_album_details", album_title="OK Computer", artist=["Radiohead", OMIT]),
        ],
    ),
]
GAPS: dict[str, str] = {
    "I grow a lemon tree": "value: 'when should I prune it?' gives `plant` the season of the ask before, "
    "not the subject 'it' points back to",
    "My garden is in zone 7b": "values: the scene's zone and month go to the fertilizer ask, the planting "
    "question is not asked",
    "For my chemistry lab": "value: the list is not cut into parts ('molar' and 'mass' are words of the pH "
    "and density tools too), so `chem_molar_mass` also takes 'HCl'",
    "Plan my trip: search flights": "tool: 'a ryokan in Kyoto for 4 nights' (a kind named only in the "
    "description's example) is read as one more train search",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_for_the_scene(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_requests() -> None:
    assert len(ROWS) >= 20
