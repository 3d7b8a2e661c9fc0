"""Each call takes its values from its own ask: a battery written for this round.

Written before reading any benchmark case, in the genre of the "parallel_multiple" category (several tools,
dotted or snake names, one-line descriptions, typed parameters; requests of two to five sentences that ask
for several different things) on subjects of its own: travel, health, finance, geography, maps, ecology,
games, music, cooking, physics, maths, weather, sports, property, astronomy, shipping. Classes: a request
cut into asks at sentence starts and sequence words ("First,", "Second,", "Then", "After that", "Lastly",
"Also"); each ask's tool chosen from its own words; each argument taken from its own ask's text, not from a
neighbouring ask; a value carried over only where the ask says so ("the same city", "this route", "that
amount") or where it lacks a required value an earlier ask gave; a scene-setting opening ("Imagine you
are a baker…") whose values several asks share. The check is order-free, strings without case or
punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

# ---- tools
HOTEL = fn(
    "travel.book_hotel",
    "Book a hotel room in a city for a number of nights.",
    {
        "city": (STR, "The city and country, e.g. Lisbon, Portugal"),
        "nights": (INT, "Number of nights to stay."),
        "room_type": (STR, "Type of room, e.g. single, double or suite. Default is 'double'."),
    },
    ["city", "nights"],
)
TIMEDIFF = fn(
    "world_time.difference",
    "Get the time difference in hours between two cities.",
    {
        "city_a": (STR, "The first city, e.g. Tokyo"),
        "city_b": (STR, "The second city, e.g. Paris"),
    },
    ["city_a", "city_b"],
)
BMI = fn(
    "health.bmi_calculator",
    "Calculate the body mass index of a person.",
    {
        "weight": (NUM, "Weight of the person in kilograms."),
        "height": (NUM, "Height of the person in centimeters."),
    },
    ["weight", "height"],
)
CURRENCY = fn(
    "finance.convert_currency",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "Three-letter code of the source currency, e.g. USD"),
        "to_currency": (STR, "Three-letter code of the target currency, e.g. EUR"),
    },
    ["amount", "from_currency", "to_currency"],
)
LOAN = fn(
    "finance.loan_payment",
    "Calculate the monthly payment of a loan.",
    {
        "principal": (NUM, "The amount borrowed."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Length of the loan in years."),
    },
    ["principal", "annual_rate", "years"],
)
ROUTE = fn(
    "maps.shortest_route",
    "Find the shortest route between two places.",
    {
        "origin": (STR, "Starting point of the route."),
        "destination": (STR, "End point of the route."),
        "mode": (
            STR,
            "Mode of travel: walking, cycling or driving.",
            {"enum": ["walking", "cycling", "driving"]},
        ),
    },
    ["origin", "destination"],
)
TRAVEL_TIME = fn(
    "maps.travel_time",
    "Estimate how long a trip between two places takes.",
    {
        "origin": (STR, "Starting point."),
        "destination": (STR, "End point."),
        "mode": (
            STR,
            "Mode of travel: walking, cycling or driving.",
            {"enum": ["walking", "cycling", "driving"]},
        ),
    },
    ["origin", "destination", "mode"],
)
ECO_IMPACT = fn(
    "ecology.species_impact",
    "Estimate the ecological impact of a species on a region over a period.",
    {
        "species": (STR, "The species, e.g. wolf"),
        "region": (STR, "The region or park."),
        "years": (INT, "Number of years."),
    },
    ["species", "region", "years"],
)
POP_GROWTH = fn(
    "ecology.population_growth",
    "Predict the population growth of a species in a region over a number of years.",
    {
        "species": (STR, "The species."),
        "region": (STR, "The region or park."),
        "years": (INT, "Number of years to predict."),
    },
    ["species", "region", "years"],
)
PLAYER = fn(
    "game.create_character",
    "Create a role-playing game character.",
    {
        "character_name": (STR, "The character's name."),
        "character_class": (STR, "The character class, e.g. Mage"),
        "level": (INT, "Starting level. Default 1."),
    },
    ["character_name", "character_class"],
)
CONCERT = fn(
    "events.find_concert",
    "Find upcoming concerts in a city for a music genre.",
    {
        "location": (STR, "The city and state, e.g. Austin, TX"),
        "genre": (STR, "The music genre, e.g. Jazz"),
    },
    ["location", "genre"],
)
RECIPE = fn(
    "cooking.find_recipe",
    "Find a recipe by main ingredient and maximum cooking time.",
    {
        "ingredient": (STR, "The main ingredient, e.g. chicken"),
        "max_minutes": (INT, "Maximum cooking time in minutes."),
    },
    ["ingredient"],
)
SCALE = fn(
    "cooking.scale_recipe",
    "Scale the quantity of an ingredient from one number of servings to another.",
    {
        "quantity": (NUM, "Quantity of the ingredient in grams."),
        "servings_from": (INT, "Servings of the original recipe."),
        "servings_to": (INT, "Servings wanted."),
    },
    ["quantity", "servings_from", "servings_to"],
)
FORCE = fn(
    "physics.net_force",
    "Calculate the force from mass and acceleration.",
    {
        "mass": (NUM, "Mass in kilograms."),
        "acceleration": (NUM, "Acceleration in m/s^2."),
    },
    ["mass", "acceleration"],
)
KINETIC = fn(
    "physics.kinetic_energy",
    "Calculate the kinetic energy of a moving object.",
    {
        "mass": (NUM, "Mass in kilograms."),
        "velocity": (NUM, "Velocity in m/s."),
    },
    ["mass", "velocity"],
)
GCD = fn(
    "math.gcd",
    "Compute the greatest common divisor of two integers.",
    {"a": (INT, "First integer."), "b": (INT, "Second integer.")},
    ["a", "b"],
)
CIRCLE = fn(
    "geometry.circle_area",
    "Calculate the area of a circle.",
    {"radius": (NUM, "Radius of the circle.")},
    ["radius"],
)
FORECAST = fn(
    "weather.forecast",
    "Get the weather forecast for a city for a number of days.",
    {
        "city": (STR, "The city and state, e.g. San Francisco, CA"),
        "days": (INT, "Number of days to forecast."),
    },
    ["city", "days"],
)
SCORE = fn(
    "sports.match_result",
    "Get the result of the latest match between two teams.",
    {
        "team_a": (STR, "Name of the first team."),
        "team_b": (STR, "Name of the second team."),
    },
    ["team_a", "team_b"],
)
STANDINGS = fn(
    "sports.league_standings",
    "Get the standings table of a league for a season.",
    {
        "league": (STR, "Name of the league, e.g. Premier League"),
        "season": (STR, "The season, e.g. 2021-22"),
    },
    ["league"],
)
HOUSE = fn(
    "realestate.estimate_value",
    "Estimate the market value of a house.",
    {
        "city": (STR, "The city and state, e.g. Denver, CO"),
        "square_feet": (INT, "Living area in square feet."),
        "bedrooms": (INT, "Number of bedrooms."),
    },
    ["city", "square_feet", "bedrooms"],
)
MORTGAGE = fn(
    "realestate.property_tax",
    "Calculate the yearly property tax for a house value and tax rate.",
    {
        "value": (NUM, "Assessed value of the property in dollars."),
        "rate": (NUM, "Tax rate in percent."),
    },
    ["value", "rate"],
)
PLANET = fn(
    "astronomy.planet_distance",
    "Get the distance between two planets in astronomical units.",
    {
        "planet_a": (STR, "The first planet, e.g. Mars"),
        "planet_b": (STR, "The second planet."),
    },
    ["planet_a", "planet_b"],
)
LIGHT = fn(
    "astronomy.light_travel_time",
    "Calculate how long light takes to travel a distance in light years.",
    {"distance_ly": (NUM, "Distance in light years.")},
    ["distance_ly"],
)
SHIP = fn(
    "shipping.parcel_cost",
    "Estimate the cost of sending a parcel.",
    {
        "weight_kg": (NUM, "Weight of the parcel in kilograms."),
        "origin": (STR, "City the parcel is sent from."),
        "destination": (STR, "City the parcel is sent to."),
    },
    ["weight_kg", "origin", "destination"],
)
NET_WORTH = fn(
    "celebrity.net_worth",
    "Get the estimated net worth of a famous person in a currency.",
    {
        "person": (STR, "Full name of the person."),
        "currency": (STR, "Three-letter currency code, e.g. USD"),
    },
    ["person", "currency"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== sequence words cut the request into asks; each ask its own tool and values
    (
        "First, book a hotel in Lisbon, Portugal for 3 nights. Second, tell me the time difference between "
        "Lisbon and Tokyo. Third, calculate my BMI: I weigh 70 kg and I am 175 cm tall.",
        [HOTEL, TIMEDIFF, BMI],
        [
            c("travel.book_hotel", city=["Lisbon, Portugal", "Lisbon"], nights=3, room_type=[OMIT, "double"]),
            c("world_time.difference", city_a="Lisbon", city_b="Tokyo"),
            c("health.bmi_calculator", weight=70, height=175),
        ],
    ),
    (
        "First, convert 250 USD to EUR. Then work out the monthly payment on a loan of 20000 at 5 percent "
        "for 4 years. Lastly, what is the greatest common divisor of 48 and 18?",
        [CURRENCY, LOAN, GCD],
        [
            c("finance.convert_currency", amount=250, from_currency="USD", to_currency="EUR"),
            c("finance.loan_payment", principal=20000, annual_rate=5, years=4),
            c("math.gcd", a=48, b=18),
        ],
    ),
    (
        "Find me a chicken recipe that takes at most 30 minutes. After that, get the 5-day weather forecast "
        "for Portland, OR. Also, what was the result of the last match between Arsenal and Chelsea?",
        [RECIPE, FORECAST, SCORE],
        [
            c("cooking.find_recipe", ingredient="chicken", max_minutes=30),
            c("weather.forecast", city=["Portland, OR", "Portland"], days=5),
            c("sports.match_result", team_a="Arsenal", team_b="Chelsea"),
        ],
    ),
    (
        "What is the force on a 12 kg box accelerating at 3 m/s^2? Then compute the kinetic energy of a "
        "2 kg ball moving at 9 m/s. Finally, find the area of a circle with radius 4.",
        [FORCE, KINETIC, CIRCLE],
        [
            c("physics.net_force", mass=12, acceleration=3),
            c("physics.kinetic_energy", mass=2, velocity=9),
            c("geometry.circle_area", radius=4),
        ],
    ),
    (
        "Estimate the value of a 1800 square foot house with 3 bedrooms in Denver, CO. Then calculate the "
        "yearly property tax on a house worth 450000 at a rate of 1.2 percent.",
        [HOUSE, MORTGAGE, LOAN],
        [
            c("realestate.estimate_value", city=["Denver, CO", "Denver"], square_feet=1800, bedrooms=3),
            c("realestate.property_tax", value=450000, rate=1.2),
        ],
    ),
    (
        "How far apart are Mars and Jupiter? Also, how long does light take to travel 4.2 light years? "
        "And send a 2 kg parcel from Hamburg to Vienna, how much would it cost?",
        [PLANET, LIGHT, SHIP],
        [
            c("astronomy.planet_distance", planet_a="Mars", planet_b="Jupiter"),
            c("astronomy.light_travel_time", distance_ly=4.2),
            c("shipping.parcel_cost", weight_kg=2, origin="Hamburg", destination="Vienna"),
        ],
    ),
    (
        "Create a game character named 'Moonshade' of class 'Rogue'. Then find concerts in 'Seattle, WA' "
        "playing 'Jazz'.",
        [PLAYER, CONCERT, RECIPE],
        [
            c("game.create_character", character_name="Moonshade", character_class="Rogue", level=[OMIT, 1]),
            c("events.find_concert", location=["Seattle, WA", "Seattle"], genre="Jazz"),
        ],
    ),
    (
        "I want to build a role-playing profile: name 'Ironfist', class 'Paladin', starting at level 5. "
        "I also want to find a concert in 'Nashville, TN' playing 'Country'.",
        [PLAYER, CONCERT, FORECAST],
        [
            c("game.create_character", character_name="Ironfist", character_class="Paladin", level=5),
            c("events.find_concert", location=["Nashville, TN", "Nashville"], genre="Country"),
        ],
    ),
    (
        "Get the Premier League standings for the 2019-20 season. Second, what was the result of the latest "
        "game between Liverpool and Everton? Third, the weather forecast for Liverpool for 2 days.",
        [STANDINGS, SCORE, FORECAST],
        [
            c("sports.league_standings", league="Premier League", season="2019-20"),
            c("sports.match_result", team_a="Liverpool", team_b="Everton"),
            c("weather.forecast", city="Liverpool", days=2),
        ],
    ),
    (
        "Scale 300 grams of flour from 4 servings to 10 servings. Then find a recipe with salmon that is "
        "ready in 25 minutes.",
        [SCALE, RECIPE, CIRCLE],
        [
            c("cooking.scale_recipe", quantity=300, servings_from=4, servings_to=10),
            c("cooking.find_recipe", ingredient="salmon", max_minutes=25),
        ],
    ),
    # ======== numbers of one ask stay in it
    (
        "What is the net worth of Taylor Swift in euros? Then calculate the BMI of a person who weighs "
        "60 kg and is 165 cm tall. And another person who weighs 90 kg and is 185 cm tall.",
        [NET_WORTH, BMI, CURRENCY],
        [
            c("celebrity.net_worth", person="Taylor Swift", currency="EUR"),
            c("health.bmi_calculator", weight=60, height=165),
            c("health.bmi_calculator", weight=90, height=185),
        ],
    ),
    (
        "Compute the force on a 5 kg cart accelerating at 2 m/s^2, and the kinetic energy of a 1500 kg car "
        "going at 20 m/s.",
        [FORCE, KINETIC, GCD],
        [
            c("physics.net_force", mass=5, acceleration=2),
            c("physics.kinetic_energy", mass=1500, velocity=20),
        ],
    ),
    (
        "Work out the monthly payment for a 15000 loan at 4.5 percent over 6 years. Also convert 15000 "
        "GBP to JPY.",
        [LOAN, CURRENCY, MORTGAGE],
        [
            c("finance.loan_payment", principal=15000, annual_rate=4.5, years=6),
            c("finance.convert_currency", amount=15000, from_currency="GBP", to_currency="JPY"),
        ],
    ),
    (
        "Book a suite in Rome, Italy for 2 nights, and give me the 7-day forecast for Rome.",
        [HOTEL, FORECAST, TIMEDIFF],
        [
            c("travel.book_hotel", city=["Rome, Italy", "Rome"], nights=2, room_type="suite"),
            c("weather.forecast", city="Rome", days=7),
        ],
    ),
    (
        "What is the gcd of 84 and 36? After that, find the area of a circle with a radius of 7.5 meters.",
        [GCD, CIRCLE, FORCE],
        [c("math.gcd", a=84, b=36), c("geometry.circle_area", radius=7.5)],
    ),
    (
        "Ship a 12 kg parcel from Lyon to Madrid. Then estimate a 2400 square foot home with 4 bedrooms "
        "in Austin, TX.",
        [SHIP, HOUSE, LIGHT],
        [
            c("shipping.parcel_cost", weight_kg=12, origin="Lyon", destination="Madrid"),
            c("realestate.estimate_value", city=["Austin, TX", "Austin"], square_feet=2400, bedrooms=4),
        ],
    ),
    (
        "Get the 3-day forecast for Reno, NV, and the value of a 900 square foot house with 2 bedrooms in "
        "Boise, ID.",
        [HOUSE, FORECAST, SCORE],
        [
            c("weather.forecast", city=["Reno, NV", "Reno"], days=3),
            c("realestate.estimate_value", city=["Boise, ID", "Boise"], square_feet=900, bedrooms=2),
        ],
    ),
    (
        "Get the standings of the Bundesliga for 2021-22, and the net worth of Roger Federer in CHF.",
        [NET_WORTH, CURRENCY, STANDINGS],
        [
            c("sports.league_standings", league="Bundesliga", season="2021-22"),
            c("celebrity.net_worth", person="Roger Federer", currency="CHF"),
        ],
    ),
    (
        "Predict the population growth of the lynx in the Carpathians over 8 years. Then the ecological "
        "impact of the beaver in Bavaria over 3 years.",
        [ECO_IMPACT, POP_GROWTH, PLANET],
        [
            c("ecology.population_growth", species="lynx", region="Carpathians", years=8),
            c("ecology.species_impact", species="beaver", region="Bavaria", years=3),
        ],
    ),
    # ======== carry-over only where the ask says so
    (
        "What is the ecological impact of the wolf in Yellowstone over 5 years? And the population growth "
        "of the same species in the same region over 10 years.",
        [ECO_IMPACT, POP_GROWTH, FORECAST],
        [
            c("ecology.species_impact", species="wolf", region="Yellowstone", years=5),
            c("ecology.population_growth", species="wolf", region="Yellowstone", years=10),
        ],
    ),
    (
        "Find the shortest walking route from the station to the castle, then tell me how long it takes "
        "to walk this route. After the castle I will cycle to the harbour: how long will that take?",
        [ROUTE, TRAVEL_TIME, FORECAST],
        [
            c("maps.shortest_route", origin="station", destination="castle", mode=[OMIT, "walking"]),
            c("maps.travel_time", origin="station", destination="castle", mode="walking"),
            c("maps.travel_time", origin="castle", destination="harbour", mode="cycling"),
        ],
    ),
    (
        "Convert 800 EUR to USD. Then find the monthly payment if I borrow that amount at 3 percent for "
        "2 years.",
        [CURRENCY, LOAN, MORTGAGE],
        [
            c("finance.convert_currency", amount=800, from_currency="EUR", to_currency="USD"),
            c("finance.loan_payment", principal=800, annual_rate=3, years=2),
        ],
    ),
    (
        "Get the 3-day forecast for Boston, MA. Then find concerts in the same city playing Blues.",
        [FORECAST, CONCERT, HOTEL],
        [
            c("weather.forecast", city=["Boston, MA", "Boston"], days=3),
            c("events.find_concert", location=["Boston, MA", "Boston"], genre="Blues"),
        ],
    ),
    (
        "Predict the population growth of the lynx in the Carpathians over 8 years, and the ecological "
        "impact of the beaver in Bavaria over 3 years.",
        [ECO_IMPACT, POP_GROWTH, PLANET],
        [
            c("ecology.population_growth", species="lynx", region="Carpathians", years=8),
            c("ecology.species_impact", species="beaver", region="Bavaria", years=3),
        ],
    ),
    (
        "Find the shortest driving route from Leeds to York. Then how long does it take to cycle from York "
        "to Hull?",
        [ROUTE, TRAVEL_TIME, SHIP],
        [
            c("maps.shortest_route", origin="Leeds", destination="York", mode="driving"),
            c("maps.travel_time", origin="York", destination="Hull", mode="cycling"),
        ],
    ),
    (
        "What is the time difference between Cairo and Lima? Also book a hotel there in Lima, Peru for "
        "4 nights.",
        [TIMEDIFF, HOTEL, BMI],
        [
            c("world_time.difference", city_a="Cairo", city_b="Lima"),
            c("travel.book_hotel", city=["Lima, Peru", "Lima"], nights=4, room_type=[OMIT, "double"]),
        ],
    ),
    (
        "Send a 3 kg parcel from Oslo to Bergen. Then send one twice as heavy from Bergen to Tromso.",
        [SHIP, LIGHT, HOUSE],
        [
            c("shipping.parcel_cost", weight_kg=3, origin="Oslo", destination="Bergen"),
            c("shipping.parcel_cost", weight_kg=6, origin="Bergen", destination="Tromso"),
        ],
    ),
    (
        "Estimate the value of a 1500 square foot house with 2 bedrooms in Reno, NV. Then give me the 4-day "
        "forecast for that city.",
        [HOUSE, FORECAST, CONCERT],
        [
            c("realestate.estimate_value", city=["Reno, NV", "Reno"], square_feet=1500, bedrooms=2),
            c("weather.forecast", city=["Reno, NV", "Reno"], days=4),
        ],
    ),
    (
        "What is the kinetic energy of a 3 kg ball at 4 m/s? Then the force on the same mass accelerating "
        "at 2 m/s^2.",
        [KINETIC, FORCE, CIRCLE],
        [c("physics.kinetic_energy", mass=3, velocity=4), c("physics.net_force", mass=3, acceleration=2)],
    ),
    (
        "Work out the monthly payment on a loan of 5000 at 4 percent for 3 years. Also convert the same "
        "amount from USD to MXN.",
        [LOAN, CURRENCY, GCD],
        [
            c("finance.loan_payment", principal=5000, annual_rate=4, years=3),
            c("finance.convert_currency", amount=5000, from_currency="USD", to_currency="MXN"),
        ],
    ),
    (
        "Find concerts in Denver, CO playing Funk. After that, estimate a 900 square foot flat with "
        "1 bedroom in that city.",
        [CONCERT, HOUSE, SCORE],
        [
            c("events.find_concert", location=["Denver, CO", "Denver"], genre="Funk"),
            c("realestate.estimate_value", city=["Denver, CO", "Denver"], square_feet=900, bedrooms=1),
        ],
    ),
    # ======== a scene-setting opening shares its values
    (
        "Imagine you are a physicist with a 4 kg block. What force moves it at 2.5 m/s^2? And what is its "
        "kinetic energy at 6 m/s?",
        [FORCE, KINETIC, CIRCLE],
        [
            c("physics.net_force", mass=4, acceleration=2.5),
            c("physics.kinetic_energy", mass=4, velocity=6),
        ],
    ),
    (
        "I am planning a trip to Kyoto, Japan. Book a hotel there for 5 nights, get the forecast for the "
        "next 4 days, and tell me the time difference between Kyoto and London.",
        [HOTEL, FORECAST, TIMEDIFF],
        [
            c("travel.book_hotel", city=["Kyoto, Japan", "Kyoto"], nights=5, room_type=[OMIT, "double"]),
            c("weather.forecast", city=["Kyoto, Japan", "Kyoto"], days=4),
            c("world_time.difference", city_a="Kyoto", city_b="London"),
        ],
    ),
    (
        "I am a wildlife officer studying the red deer in the Scottish Highlands. Estimate its ecological "
        "impact over 6 years and predict its population growth over 12 years.",
        [ECO_IMPACT, POP_GROWTH, FORECAST],
        [
            c("ecology.species_impact", species="red deer", region="Scottish Highlands", years=6),
            c("ecology.population_growth", species="red deer", region="Scottish Highlands", years=12),
        ],
    ),
    (
        "My house in Tampa, FL has 2000 square feet and 3 bedrooms. Estimate its value. Then compute the "
        "property tax on 300000 at 1.5 percent.",
        [HOUSE, MORTGAGE, LOAN],
        [
            c("realestate.estimate_value", city=["Tampa, FL", "Tampa"], square_feet=2000, bedrooms=3),
            c("realestate.property_tax", value=300000, rate=1.5),
        ],
    ),
    (
        "Imagine you are a baker with 500 grams of butter for a cake that serves 8. Scale it to 12 servings. "
        "Then find a recipe with apples under 45 minutes.",
        [SCALE, RECIPE, GCD],
        [
            c("cooking.scale_recipe", quantity=500, servings_from=8, servings_to=12),
            c("cooking.find_recipe", ingredient=["apples", "apple"], max_minutes=45),
        ],
    ),
    # ======== values of one ask make no extra calls; a late ask picks its own tool
    (
        "Get the forecast for Miami, FL for 3 days. Then the result of the last game between the Heat and "
        "the Celtics. Lastly, the standings of the NBA.",
        [FORECAST, SCORE, STANDINGS],
        [
            c("weather.forecast", city=["Miami, FL", "Miami"], days=3),
            c("sports.match_result", team_a=["Heat", "the Heat"], team_b=["Celtics", "the Celtics"]),
            c("sports.league_standings", league="NBA", season=OMIT),
        ],
    ),
    (
        "Make a character called 'Ashwind', a 'Druid'. Also I want the monthly payment on 9000 at 6 percent "
        "over 3 years.",
        [PLAYER, LOAN, CONCERT],
        [
            c("game.create_character", character_name="Ashwind", character_class="Druid", level=[OMIT, 1]),
            c("finance.loan_payment", principal=9000, annual_rate=6, years=3),
        ],
    ),
    (
        "Calculate the area of a circle of radius 3. Second, the gcd of 27 and 81. Third, the force on a "
        "10 kg mass at 9.8 m/s^2.",
        [CIRCLE, GCD, FORCE, KINETIC],
        [
            c("geometry.circle_area", radius=3),
            c("math.gcd", a=27, b=81),
            c("physics.net_force", mass=10, acceleration=9.8),
        ],
    ),
    (
        "How far is Venus from Saturn? After that, send a 1.5 kg parcel from Prague to Warsaw.",
        [PLANET, SHIP, LIGHT],
        [
            c("astronomy.planet_distance", planet_a="Venus", planet_b="Saturn"),
            c("shipping.parcel_cost", weight_kg=1.5, origin="Prague", destination="Warsaw"),
        ],
    ),
    (
        "Tell me the net worth of Lionel Messi in USD. Also, convert 1000 USD to CHF.",
        [NET_WORTH, CURRENCY, BMI],
        [
            c("celebrity.net_worth", person="Lionel Messi", currency="USD"),
            c("finance.convert_currency", amount=1000, from_currency="USD", to_currency="CHF"),
        ],
    ),
    (
        "Find a beef recipe under 60 minutes. Then scale 200 grams of beef from 2 servings to 6 servings. "
        "Finally, find jazz concerts in Chicago, IL.",
        [RECIPE, SCALE, CONCERT],
        [
            c("cooking.find_recipe", ingredient="beef", max_minutes=60),
            c("cooking.scale_recipe", quantity=200, servings_from=2, servings_to=6),
            c("events.find_concert", location=["Chicago, IL", "Chicago"], genre=["jazz", "Jazz"]),
        ],
    ),
    (
        "First, what is the kinetic energy of a 70 kg runner at 8 m/s? Second, what is my BMI if I weigh "
        "82 kg and I'm 178 cm tall? Third, how long does light take to cross 10 light years?",
        [KINETIC, BMI, LIGHT],
        [
            c("physics.kinetic_energy", mass=70, velocity=8),
            c("health.bmi_calculator", weight=82, height=178),
            c("astronomy.light_travel_time", distance_ly=10),
        ],
    ),
    (
        "Book a single room in Vienna, Austria for 1 night. Then find the walking route from the hotel to "
        "the opera. After that, the forecast for Vienna for 2 days.",
        [HOTEL, ROUTE, FORECAST],
        [
            c("travel.book_hotel", city=["Vienna, Austria", "Vienna"], nights=1, room_type="single"),
            c("maps.shortest_route", origin="hotel", destination="opera", mode="walking"),
            c("weather.forecast", city="Vienna", days=2),
        ],
    ),
    (
        "Who won the latest match between Ajax and PSV? Then the Eredivisie standings for 2022-23. Also, "
        "the time difference between Amsterdam and New York.",
        [SCORE, STANDINGS, TIMEDIFF],
        [
            c("sports.match_result", team_a="Ajax", team_b="PSV"),
            c("sports.league_standings", league="Eredivisie", season="2022-23"),
            c("world_time.difference", city_a="Amsterdam", city_b="New York"),
        ],
    ),
    (
        "Estimate the property tax on a 520000 dollar home at 0.9 percent. Then the monthly payment on a "
        "400000 loan at 6.5 percent for 30 years.",
        [MORTGAGE, LOAN, HOUSE],
        [
            c("realestate.property_tax", value=520000, rate=0.9),
            c("finance.loan_payment", principal=400000, annual_rate=6.5, years=30),
        ],
    ),
    (
        "Compute the gcd of 100 and 75. Then the area of a circle whose radius is that number.",
        [GCD, CIRCLE, FORCE],
        [c("math.gcd", a=100, b=75), c("geometry.circle_area", radius=25)],
    ),
    (
        "Create a character named 'Vex' with class 'Ranger' at level 3. Then another named 'Brom', a "
        "'Cleric' at level 2.",
        [PLAYER, CONCERT, SCORE],
        [
            c("game.create_character", character_name="Vex", character_class="Ranger", level=3),
            c("game.create_character", character_name="Brom", character_class="Cleric", level=2),
        ],
    ),
    (
        "What's the distance between Earth and Neptune? Then, how long does light need for 2.5 light years? "
        "Lastly, convert 60 CAD to AUD.",
        [PLANET, LIGHT, CURRENCY],
        [
            c("astronomy.planet_distance", planet_a="Earth", planet_b="Neptune"),
            c("astronomy.light_travel_time", distance_ly=2.5),
            c("finance.convert_currency", amount=60, from_currency="CAD", to_currency="AUD"),
        ],
    ),
]

NOT_YET = "not yet: "
"""The shared start of every gap's reason: what the simulator does instead, so a fix shows as an XPASS."""

GAPS: dict[str, str] = {
    "First, book a hotel in Lisbon": NOT_YET + "'between Lisbon and Tokyo' alone makes no call (Tokyo is "
    "the example of `city_a`, so Lisbon finds no place); here it fans out over both cities and the earlier "
    "ask's 'Lisbon, Portugal' fills the second city (4 calls)",
    "Find the shortest walking route from the": NOT_YET + "'how long it takes to walk this route' makes no "
    "call of its own, and the cycling ask takes the first ask's origin, not 'After the castle'",
    "Send a 3 kg parcel from Oslo": NOT_YET + "'one twice as heavy' is no weight derived from the earlier "
    "ask's 3 kg",
    "I am planning a trip to Kyoto": NOT_YET + "the opening statement's place does not reach the hotel and "
    "forecast asks of the next sentence ('there', 'the next 4 days')",
    "Who won the latest match between Ajax": NOT_YET + "'the Eredivisie standings for 2022-23' loses its "
    "season",
    "Compute the gcd of 100 and 75": NOT_YET + "'a circle whose radius is that number' needs the gcd's "
    "result: the circle is called at once with 100 instead of waiting",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_each_call_takes_its_values_from_its_own_ask(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests() -> None:
    assert len(ROWS) >= 40
