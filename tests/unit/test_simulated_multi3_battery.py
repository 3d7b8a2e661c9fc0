"""A battery for turns that ask for several different things in one request, each served by its own tool.

Written for the `multi3` round from the genre alone (no benchmark case read): two to five tools with
dotted or snake-case names, one-line descriptions and typed parameters, some of them near-misses, and a
request chaining two to four asks ("First …, then …, and finally …", "Also, …", "…; and what is
…?", a question after an imperative, a series of imperatives joined by commas), each for one or
several values. Some rows carry an "and" inside one ask that must not split ("War and Peace", "sweet and
sour pork"), some say a value once in an earlier sentence for a later ask ("I live in Lyon. What's the
weather there …"). Subjects: astronomy, cooking, law, music,
sports, finance, geography, medicine, history, travel, chemistry, real estate, education, pets, cars,
books, shipping, gardening, fitness, energy. Each row lists the calls a careful small model makes, checked
the benchmark's way: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

# ---- tools
STAR_DIST = fn(
    "astro.star_distance",
    "Get the distance from Earth to a star in light years.",
    {"star": (STR, "The name of the star.")},
    ["star"],
)
MOON_PHASE = fn(
    "astro.moon_phase",
    "Get the phase of the moon on a date.",
    {"date": (STR, "The date in YYYY-MM-DD format.")},
    ["date"],
)
ORBIT = fn(
    "astro.orbital_period",
    "Calculate the orbital period of a planet from its distance to the sun.",
    {"distance_au": (NUM, "Mean distance from the sun in astronomical units.")},
    ["distance_au"],
)
RECIPE = fn(
    "recipes.find",
    "Find recipes that use an ingredient.",
    {"ingredient": (STR, "The main ingredient."), "diet": (STR, "Diet, e.g. vegan. Optional.")},
    ["ingredient"],
)
NUTRITION = fn(
    "nutrition.facts",
    "Get the nutrition facts of a food.",
    {"food": (STR, "The food item."), "grams": (NUM, "Portion size in grams. Default 100.")},
    ["food"],
)
OVEN = fn(
    "kitchen.convert_temperature",
    "Convert an oven temperature between Fahrenheit and Celsius.",
    {"value": (NUM, "The temperature."), "to_scale": (STR, "Target scale, 'C' or 'F'.")},
    ["value", "to_scale"],
)
STATUTE = fn(
    "legal.statute_lookup",
    "Look up the text of a statute by its section number.",
    {"section": (STR, "The section number."), "jurisdiction": (STR, "The state or country.")},
    ["section", "jurisdiction"],
)
COURT_FEES = fn(
    "legal.filing_fee",
    "Get the fee for filing a kind of case in a state court.",
    {"case_type": (STR, "The kind of case, e.g. divorce."), "state": (STR, "The US state.")},
    ["case_type", "state"],
)
LYRICS = fn(
    "music.get_lyrics",
    "Get the lyrics of a song.",
    {"song": (STR, "The song title."), "artist": (STR, "The performer.")},
    ["song", "artist"],
)
CHORDS = fn(
    "music.chord_notes",
    "List the notes in a musical chord.",
    {"chord": (STR, "The chord name, e.g. C major.")},
    ["chord"],
)
TOUR = fn(
    "music.tour_dates",
    "Get the upcoming tour dates of a band.",
    {"band": (STR, "The band's name.")},
    ["band"],
)
STANDINGS = fn(
    "sports.league_standings",
    "Get the current standings of a league.",
    {"league": (STR, "The league, e.g. Premier League."), "season": (INT, "The season year.")},
    ["league"],
)
FIXTURES = fn(
    "sports.team_fixtures",
    "Get the next fixtures of a team.",
    {"team": (STR, "The team name."), "count": (INT, "How many fixtures. Default 3.")},
    ["team"],
)
TRANSFER = fn(
    "sports.player_transfer_value",
    "Get the estimated transfer value of a football player.",
    {"player": (STR, "The player's full name.")},
    ["player"],
)
COMPOUND = fn(
    "finance.compound_interest",
    "Calculate compound interest on a deposit.",
    {
        "principal": (NUM, "The initial deposit."),
        "rate": (NUM, "Annual interest rate as a decimal."),
        "years": (INT, "Number of years."),
    },
    ["principal", "rate", "years"],
)
FX = fn(
    "finance.exchange_rate",
    "Get the exchange rate between two currencies.",
    {"base": (STR, "The base currency code."), "quote": (STR, "The quote currency code.")},
    ["base", "quote"],
)
DIVIDEND = fn(
    "finance.dividend_yield",
    "Get the dividend yield of a stock.",
    {"ticker": (STR, "The stock ticker.")},
    ["ticker"],
)
CAPITAL = fn(
    "geo.capital_of",
    "Get the capital city of a country.",
    {"country": (STR, "The country name.")},
    ["country"],
)
ELEVATION = fn(
    "geo.elevation",
    "Get the elevation of a mountain or city in meters.",
    {"place": (STR, "The name of the place.")},
    ["place"],
)
TIMEZONE = fn(
    "geo.time_zone",
    "Get the time zone of a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
DOSAGE = fn(
    "med.drug_dosage",
    "Get the recommended dosage of a drug for a patient's age.",
    {"drug": (STR, "The drug name."), "age": (INT, "The patient's age in years.")},
    ["drug", "age"],
)
INTERACTION = fn(
    "med.drug_interaction",
    "Check whether two drugs interact.",
    {"drug_a": (STR, "The first drug."), "drug_b": (STR, "The second drug.")},
    ["drug_a", "drug_b"],
)
CLINIC = fn(
    "med.find_clinic",
    "Find clinics of a specialty in a city.",
    {"specialty": (STR, "The medical specialty."), "city": (STR, "The city.")},
    ["specialty", "city"],
)
BATTLE = fn(
    "history.battle_info",
    "Get information about a historical battle.",
    {"battle": (STR, "The name of the battle.")},
    ["battle"],
)
MONARCH = fn(
    "history.monarch_reign",
    "Get the years of the reign of a monarch.",
    {"monarch": (STR, "The monarch's name.")},
    ["monarch"],
)
TREATY = fn(
    "history.treaty_signatories",
    "List the countries that signed a treaty.",
    {"treaty": (STR, "The name of the treaty.")},
    ["treaty"],
)
TRAIN = fn(
    "travel.train_search",
    "Search train connections between two cities on a date.",
    {
        "from_city": (STR, "Departure city."),
        "to_city": (STR, "Arrival city."),
        "date": (STR, "Travel date, YYYY-MM-DD."),
    },
    ["from_city", "to_city"],
)
WEATHER = fn(
    "travel.weather_now",
    "Get the current weather in a city.",
    {"city": (STR, "The city name.")},
    ["city"],
)
BAKERY = fn(
    "places.find_bakery",
    "Find bakeries near a location.",
    {"location": (STR, "The city or neighbourhood.")},
    ["location"],
)
MUSEUM = fn(
    "places.museums",
    "List museums in a city.",
    {"city": (STR, "The city."), "free_only": ("boolean", "Only free museums. Default false.")},
    ["city"],
)
VISA = fn(
    "travel.visa_requirements",
    "Check the visa requirements for a citizen of one country visiting another.",
    {"citizenship": (STR, "The traveller's country."), "destination": (STR, "The country visited.")},
    ["citizenship", "destination"],
)
MOLAR = fn(
    "chem.molar_mass",
    "Calculate the molar mass of a compound from its formula.",
    {"formula": (STR, "The chemical formula, e.g. NaCl.")},
    ["formula"],
)
PH = fn(
    "chem.ph_from_concentration",
    "Calculate the pH of a solution from its hydrogen ion concentration.",
    {"concentration": (NUM, "Hydrogen ion concentration in mol/L.")},
    ["concentration"],
)
BOILING = fn(
    "chem.boiling_point",
    "Get the boiling point of a substance in Celsius.",
    {"substance": (STR, "The substance.")},
    ["substance"],
)
MORTGAGE = fn(
    "realestate.mortgage_payment",
    "Calculate the monthly mortgage payment.",
    {
        "loan_amount": (NUM, "The loan amount in dollars."),
        "interest_rate": (NUM, "Annual interest rate in percent."),
        "term_years": (INT, "Loan term in years."),
    },
    ["loan_amount", "interest_rate", "term_years"],
)
HOME_VALUE = fn(
    "realestate.estimate_value",
    "Estimate the market value of a house.",
    {
        "zip_code": (STR, "The ZIP code."),
        "square_feet": (INT, "Living area in square feet."),
        "bedrooms": (INT, "Number of bedrooms."),
    },
    ["zip_code", "square_feet"],
)
PROPERTY_TAX = fn(
    "realestate.property_tax",
    "Calculate the yearly property tax for a home value in a county.",
    {"home_value": (NUM, "The assessed value in dollars."), "county": (STR, "The county.")},
    ["home_value", "county"],
)
GRADE = fn(
    "school.grade_average",
    "Calculate the average of a list of grades.",
    {"grades": ("array", "The grades.", {"items": {"type": "number"}})},
    ["grades"],
)
COURSE = fn(
    "school.course_search",
    "Search university courses on a subject.",
    {"subject": (STR, "The subject."), "level": (STR, "Level: beginner, intermediate or advanced.")},
    ["subject"],
)
BREED = fn(
    "pets.breed_info",
    "Get information about a dog or cat breed.",
    {"breed": (STR, "The breed name.")},
    ["breed"],
)
VET = fn(
    "pets.find_vet",
    "Find veterinarians in a city.",
    {"city": (STR, "The city."), "emergency": ("boolean", "Only 24-hour emergency vets. Default false.")},
    ["city"],
)
PET_FOOD = fn(
    "pets.food_portion",
    "Calculate the daily food portion for a pet by its weight.",
    {"species": (STR, "dog or cat."), "weight_kg": (NUM, "The pet's weight in kilograms.")},
    ["species", "weight_kg"],
)
FUEL = fn(
    "cars.fuel_cost",
    "Calculate the fuel cost of a trip.",
    {
        "distance_km": (NUM, "Trip distance in kilometers."),
        "consumption": (NUM, "Fuel use in liters per 100 km."),
        "price_per_liter": (NUM, "Fuel price per liter."),
    },
    ["distance_km", "consumption", "price_per_liter"],
)
CAR_SPECS = fn(
    "cars.model_specs",
    "Get the specifications of a car model.",
    {"make": (STR, "The manufacturer."), "model": (STR, "The model name."), "year": (INT, "Model year.")},
    ["make", "model"],
)
BOOK = fn(
    "library.book_search",
    "Search the library catalogue for a book by title.",
    {"title": (STR, "The book title."), "author": (STR, "The author. Optional.")},
    ["title"],
)
AUTHOR_BIO = fn(
    "library.author_biography",
    "Get the biography of an author.",
    {"author": (STR, "The author's name.")},
    ["author"],
)
SHIPPING = fn(
    "shipping.rate_quote",
    "Get a shipping rate for a parcel between two countries.",
    {
        "weight_kg": (NUM, "Parcel weight in kilograms."),
        "origin": (STR, "Origin country."),
        "destination": (STR, "Destination country."),
    },
    ["weight_kg", "origin", "destination"],
)
TRACK = fn(
    "shipping.track_parcel",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The tracking number.")},
    ["tracking_number"],
)
PLANT = fn(
    "garden.plant_care",
    "Get care instructions for a plant.",
    {"plant": (STR, "The plant name.")},
    ["plant"],
)
FROST = fn(
    "garden.last_frost_date",
    "Get the average last frost date for a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
CALORIES_BURNED = fn(
    "fitness.calories_burned",
    "Estimate the calories burned by an activity.",
    {
        "activity": (STR, "The activity, e.g. running."),
        "minutes": (INT, "Duration in minutes."),
        "weight_kg": (NUM, "Body weight in kilograms."),
    },
    ["activity", "minutes", "weight_kg"],
)
PACE = fn(
    "fitness.running_pace",
    "Calculate the running pace in minutes per kilometer.",
    {"distance_km": (NUM, "Distance in kilometers."), "time_minutes": (NUM, "Total time in minutes.")},
    ["distance_km", "time_minutes"],
)
SOLAR = fn(
    "energy.solar_output",
    "Estimate the yearly output of a solar panel system in kWh.",
    {"capacity_kw": (NUM, "System capacity in kilowatts."), "city": (STR, "The city of the system.")},
    ["capacity_kw", "city"],
)
ELECTRICITY = fn(
    "energy.electricity_price",
    "Get the average electricity price per kWh in a country.",
    {"country": (STR, "The country.")},
    ["country"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- two asks, one value each
    (
        "How far away is Betelgeuse, and what phase will the moon be in on 2025-10-06?",
        [STAR_DIST, MOON_PHASE, ORBIT],
        [c("astro.star_distance", star="Betelgeuse"), c("astro.moon_phase", date="2025-10-06")],
    ),
    (
        "Give me some recipes with chickpeas. Also, what are the nutrition facts of 150 grams of tofu?",
        [RECIPE, NUTRITION, OVEN],
        [
            c("recipes.find", ingredient=["chickpeas", "chickpea"], diet=OMIT),
            c("nutrition.facts", food="tofu", grams=150),
        ],
    ),
    (
        "Look up section 1983 in the United States code; and what does it cost to file for divorce in Ohio?",
        [STATUTE, COURT_FEES],
        [
            c("legal.statute_lookup", section="1983", jurisdiction=["United States", "US"]),
            c("legal.filing_fee", case_type="divorce", state="Ohio"),
        ],
    ),
    (
        "Which notes make up a D minor chord? Then get me the upcoming tour dates of Radiohead.",
        [CHORDS, TOUR, LYRICS],
        [c("music.chord_notes", chord="D minor"), c("music.tour_dates", band="Radiohead")],
    ),
    (
        "Show me the Serie A standings for 2023, and then the next 5 fixtures of Napoli.",
        [STANDINGS, FIXTURES, TRANSFER],
        [
            c("sports.league_standings", league="Serie A", season=2023),
            c("sports.team_fixtures", team="Napoli", count=5),
        ],
    ),
    (
        "What is the exchange rate from CHF to JPY? Also what's the dividend yield of KO?",
        [FX, DIVIDEND, COMPOUND],
        [c("finance.exchange_rate", base="CHF", quote="JPY"), c("finance.dividend_yield", ticker="KO")],
    ),
    (
        "What's the capital of Kenya and how high is Mount Kilimanjaro?",
        [CAPITAL, ELEVATION, TIMEZONE],
        [
            c("geo.capital_of", country="Kenya"),
            c("geo.elevation", place=["Mount Kilimanjaro", "Kilimanjaro"]),
        ],
    ),
    (
        "Can warfarin and aspirin be taken together? And what's the right dose of ibuprofen for a 9 year "
        "old?",
        [INTERACTION, DOSAGE, CLINIC],
        [
            c("med.drug_interaction", drug_a=["warfarin", "aspirin"], drug_b=["aspirin", "warfarin"]),
            c("med.drug_dosage", drug="ibuprofen", age=9),
        ],
    ),
    (
        "Tell me about the Battle of Hastings, then tell me how long Queen Victoria reigned.",
        [BATTLE, MONARCH, TREATY],
        [
            c("history.battle_info", battle=["Battle of Hastings", "Hastings"]),
            c("history.monarch_reign", monarch="Queen Victoria"),
        ],
    ),
    (
        "Find trains from Milan to Rome on 2025-05-02, and check what visa a Canadian needs for Italy.",
        [TRAIN, VISA, WEATHER],
        [
            c("travel.train_search", from_city="Milan", to_city="Rome", date="2025-05-02"),
            c("travel.visa_requirements", citizenship=["Canada", "Canadian"], destination="Italy"),
        ],
    ),
    # ---- several values for one ask
    (
        "Calculate the molar mass of NaCl and KCl, and the pH of a solution with a hydrogen ion "
        "concentration of 0.001 mol/L.",
        [MOLAR, PH, BOILING],
        [
            c("chem.molar_mass", formula="NaCl"),
            c("chem.molar_mass", formula="KCl"),
            c("chem.ph_from_concentration", concentration=0.001),
        ],
    ),
    (
        "What time zone are Denver and Perth in? Also give me the capital of Peru.",
        [TIMEZONE, CAPITAL, ELEVATION],
        [
            c("geo.time_zone", city="Denver"),
            c("geo.time_zone", city="Perth"),
            c("geo.capital_of", country="Peru"),
        ],
    ),
    (
        "Get me information on the beagle and the Maine Coon breeds, and find a vet in Leeds.",
        [BREED, VET, PET_FOOD],
        [
            c("pets.breed_info", breed=["beagle"]),
            c("pets.breed_info", breed=["Maine Coon"]),
            c("pets.find_vet", city="Leeds", emergency=[OMIT, False]),
        ],
    ),
    (
        "Track parcels RX551203 and RX551204, then quote shipping for a 3 kg parcel from Germany to Spain.",
        [TRACK, SHIPPING],
        [
            c("shipping.track_parcel", tracking_number="RX551203"),
            c("shipping.track_parcel", tracking_number="RX551204"),
            c("shipping.rate_quote", weight_kg=3, origin="Germany", destination="Spain"),
        ],
    ),
    (
        "When is the last frost in Toronto and in Calgary, and how do I care for a fiddle leaf fig?",
        [FROST, PLANT],
        [
            c("garden.last_frost_date", city="Toronto"),
            c("garden.last_frost_date", city="Calgary"),
            c("garden.plant_care", plant="fiddle leaf fig"),
        ],
    ),
    (
        "What's the electricity price in Denmark and Poland? Also estimate the yearly output of a 6 kW solar "
        "system in Seville.",
        [ELECTRICITY, SOLAR],
        [
            c("energy.electricity_price", country="Denmark"),
            c("energy.electricity_price", country="Poland"),
            c("energy.solar_output", capacity_kw=6, city="Seville"),
        ],
    ),
    # ---- first / then / finally, three or four asks
    (
        "First, find the orbital period of a planet 5.2 AU from the sun. Then get the distance to Sirius. "
        "Finally, tell me the moon phase on 2026-01-01.",
        [ORBIT, STAR_DIST, MOON_PHASE],
        [
            c("astro.orbital_period", distance_au=5.2),
            c("astro.star_distance", star="Sirius"),
            c("astro.moon_phase", date="2026-01-01"),
        ],
    ),
    (
        "First look up the specs of the 2021 Toyota Corolla, then work out the fuel cost of a 450 km trip at "
        "6.5 liters per 100 km with fuel at 1.80 per liter.",
        [CAR_SPECS, FUEL],
        [
            c("cars.model_specs", make="Toyota", model="Corolla", year=[2021, OMIT]),
            c("cars.fuel_cost", distance_km=450, consumption=6.5, price_per_liter=1.8),
        ],
    ),
    (
        "Estimate the value of a 1,800 square foot house in ZIP 30301, then the property tax on a $350,000 "
        "home in Fulton County, and finally the monthly payment on a $280,000 mortgage at 6.1% over 30 "
        "years.",
        [HOME_VALUE, PROPERTY_TAX, MORTGAGE],
        [
            c("realestate.estimate_value", zip_code="30301", square_feet=1800, bedrooms=OMIT),
            c("realestate.property_tax", home_value=350000, county=["Fulton County", "Fulton"]),
            c("realestate.mortgage_payment", loan_amount=280000, interest_rate=6.1, term_years=30),
        ],
    ),
    (
        "Average my grades 88, 92 and 79, then find advanced courses on machine learning.",
        [GRADE, COURSE],
        [
            c("school.grade_average", grades=[[88, 92, 79]]),
            c("school.course_search", subject="machine learning", level=["advanced", OMIT]),
        ],
    ),
    (
        "I ran 10 km in 52 minutes. What was my pace? Also how many calories would 45 minutes of swimming "
        "burn for someone weighing 70 kg?",
        [PACE, CALORIES_BURNED],
        [
            c("fitness.running_pace", distance_km=10, time_minutes=52),
            c("fitness.calories_burned", activity="swimming", minutes=45, weight_kg=70),
        ],
    ),
    (
        "Find the book Pride and Prejudice in the catalogue, and give me a biography of Jane Austen.",
        [BOOK, AUTHOR_BIO],
        [
            c("library.book_search", title="Pride and Prejudice", author=[OMIT, "Jane Austen"]),
            c("library.author_biography", author="Jane Austen"),
        ],
    ),
    # ---- "and" inside one ask that must not split
    (
        "Get the lyrics of Ebony and Ivory by Paul McCartney, and list the notes of a G major chord.",
        [LYRICS, CHORDS, TOUR],
        [
            c("music.get_lyrics", song="Ebony and Ivory", artist="Paul McCartney"),
            c("music.chord_notes", chord="G major"),
        ],
    ),
    (
        "Search the catalogue for War and Peace; also, who was Leo Tolstoy? Get his biography.",
        [BOOK, AUTHOR_BIO],
        [
            c("library.book_search", title="War and Peace", author=[OMIT, "Leo Tolstoy"]),
            c("library.author_biography", author="Leo Tolstoy"),
        ],
    ),
    (
        "Which countries signed the Treaty of Peace and Friendship, and tell me about the Battle of "
        "Trafalgar.",
        [TREATY, BATTLE],
        [
            c("history.treaty_signatories", treaty="Treaty of Peace and Friendship"),
            c("history.battle_info", battle=["Battle of Trafalgar", "Trafalgar"]),
        ],
    ),
    (
        "Find me recipes with sweet and sour pork, and convert 350 Fahrenheit to Celsius.",
        [RECIPE, OVEN, NUTRITION],
        [
            c("recipes.find", ingredient=["sweet and sour pork", "pork"], diet=OMIT),
            c("kitchen.convert_temperature", value=350, to_scale=["C", "Celsius"]),
        ],
    ),
    (
        "Find an ear, nose and throat clinic in Austin, and check whether metformin interacts with "
        "lisinopril.",
        [CLINIC, INTERACTION, DOSAGE],
        [
            c(
                "med.find_clinic",
                specialty=["ear, nose and throat", "ENT", "ear nose and throat"],
                city="Austin",
            ),
            c("med.drug_interaction", drug_a="metformin", drug_b="lisinopril"),
        ],
    ),
    # ---- a later ask's value said in an earlier sentence
    (
        "I live in Lyon. What's the weather there, and find me a bakery nearby.",
        [WEATHER, BAKERY, MUSEUM],
        [c("travel.weather_now", city="Lyon"), c("places.find_bakery", location="Lyon")],
    ),
    (
        "We're spending Saturday in Vienna. List the free museums and tell me the current weather.",
        [MUSEUM, WEATHER, BAKERY],
        [c("places.museums", city="Vienna", free_only=True), c("travel.weather_now", city="Vienna")],
    ),
    (
        "My dog is a 12 kg border collie. How much should she eat each day, and what should I know about "
        "the breed?",
        [PET_FOOD, BREED, VET],
        [
            c("pets.food_portion", species="dog", weight_kg=12),
            c("pets.breed_info", breed="border collie"),
        ],
    ),
    (
        "I just moved to Minneapolis. When is the last frost here, and is there an emergency vet in town?",
        [FROST, VET, PLANT],
        [
            c("garden.last_frost_date", city="Minneapolis"),
            c("pets.find_vet", city="Minneapolis", emergency=True),
        ],
    ),
    (
        "I'm a British citizen flying to Japan. Do I need a visa? Also, what time zone is Tokyo in?",
        [VISA, TIMEZONE, CAPITAL],
        [
            c(
                "travel.visa_requirements",
                citizenship=["United Kingdom", "British", "UK"],
                destination="Japan",
            ),
            c("geo.time_zone", city="Tokyo"),
        ],
    ),
    (
        "My patient is 67. What dose of atorvastatin suits her, and find a cardiology clinic in Phoenix.",
        [DOSAGE, CLINIC, INTERACTION],
        [
            c("med.drug_dosage", drug="atorvastatin", age=67),
            c("med.find_clinic", specialty=["cardiology"], city="Phoenix"),
        ],
    ),
    # ---- near-miss tools that must not be called
    (
        "What's the boiling point of ethanol, and what's the molar mass of C2H6O?",
        [BOILING, MOLAR, PH],
        [c("chem.boiling_point", substance="ethanol"), c("chem.molar_mass", formula="C2H6O")],
    ),
    (
        "How much would 5000 dollars grow to at 4% a year over 10 years, and what's the USD to EUR rate?",
        [COMPOUND, FX, DIVIDEND],
        [
            c("finance.compound_interest", principal=5000, rate=0.04, years=10),
            c("finance.exchange_rate", base="USD", quote="EUR"),
        ],
    ),
    (
        "Who is leading the Bundesliga this season? And how much is Jamal Musiala worth?",
        [STANDINGS, TRANSFER, FIXTURES],
        [
            c("sports.league_standings", league="Bundesliga", season=OMIT),
            c("sports.player_transfer_value", player="Jamal Musiala"),
        ],
    ),
    (
        "Show me the specs of a Honda Civic and a Mazda 3.",
        [CAR_SPECS, FUEL],
        [
            c("cars.model_specs", make="Honda", model="Civic", year=OMIT),
            c("cars.model_specs", make="Mazda", model="3", year=OMIT),
        ],
    ),
    # ---- four asks
    (
        "Get the capital of Chile, the time zone of Santiago, the elevation of La Paz, and the capital of "
        "Bolivia.",
        [CAPITAL, TIMEZONE, ELEVATION],
        [
            c("geo.capital_of", country="Chile"),
            c("geo.time_zone", city="Santiago"),
            c("geo.elevation", place="La Paz"),
            c("geo.capital_of", country="Bolivia"),
        ],
    ),
    (
        "Track parcel ZX1002, quote a 2 kg parcel from France to Italy, look up War and Peace in the "
        "library, and give me Tolstoy's biography.",
        [TRACK, SHIPPING, BOOK, AUTHOR_BIO],
        [
            c("shipping.track_parcel", tracking_number="ZX1002"),
            c("shipping.rate_quote", weight_kg=2, origin="France", destination="Italy"),
            c("library.book_search", title="War and Peace", author=OMIT),
            c("library.author_biography", author=["Tolstoy", "Leo Tolstoy"]),
        ],
    ),
    (
        "How many calories does 30 minutes of cycling burn at 80 kg, what's my pace for 5 km in 27 minutes, "
        "and what are the nutrition facts of a banana?",
        [CALORIES_BURNED, PACE, NUTRITION],
        [
            c("fitness.calories_burned", activity="cycling", minutes=30, weight_kg=80),
            c("fitness.running_pace", distance_km=5, time_minutes=27),
            c("nutrition.facts", food="banana", grams=OMIT),
        ],
    ),
    (
        "For my essay I need three things: the signatories of the Treaty of Versailles, the reign of Louis "
        "XIV, and details on the Battle of Austerlitz.",
        [TREATY, MONARCH, BATTLE],
        [
            c("history.treaty_signatories", treaty="Treaty of Versailles"),
            c("history.monarch_reign", monarch="Louis XIV"),
            c("history.battle_info", battle=["Battle of Austerlitz", "Austerlitz"]),
        ],
    ),
    (
        "What is the solar output of a 4 kW system in Phoenix and of an 8 kW system in Seattle, and the "
        "electricity price in the United States?",
        [SOLAR, ELECTRICITY],
        [
            c("energy.solar_output", capacity_kw=4, city="Phoenix"),
            c("energy.solar_output", capacity_kw=8, city="Seattle"),
            c("energy.electricity_price", country=["United States", "US", "USA"]),
        ],
    ),
    (
        "Convert 220 C to Fahrenheit. Next, pull up the nutrition facts for 200 g of salmon and recipes "
        "that use lentils.",
        [OVEN, NUTRITION, RECIPE],
        [
            c("kitchen.convert_temperature", value=220, to_scale=["F", "Fahrenheit"]),
            c("nutrition.facts", food="salmon", grams=200),
            c("recipes.find", ingredient=["lentils", "lentil"], diet=OMIT),
        ],
    ),
    (
        "What filing fees apply to small claims cases in Texas and in Florida? Also pull up section 230 of "
        "the federal code.",
        [COURT_FEES, STATUTE],
        [
            c("legal.filing_fee", case_type=["small claims", "small claims cases"], state="Texas"),
            c("legal.filing_fee", case_type=["small claims", "small claims cases"], state="Florida"),
            c("legal.statute_lookup", section="230", jurisdiction=["federal", "United States", "US"]),
        ],
    ),
    # ---- a series of imperatives joined by commas: each is an ask of its own
    (
        "Check the dividend yield of PEP, get the exchange rate from GBP to USD, and calculate the compound "
        "interest on a 2000 deposit at a rate of 0.05 for 3 years.",
        [DIVIDEND, FX, COMPOUND],
        [
            c("finance.dividend_yield", ticker="PEP"),
            c("finance.exchange_rate", base="GBP", quote="USD"),
            c("finance.compound_interest", principal=2000, rate=0.05, years=3),
        ],
    ),
    (
        "Look up section 1983 in the US code, check the filing fee for divorce in Ohio, and find a "
        "cardiology clinic in Reno.",
        [STATUTE, COURT_FEES, CLINIC],
        [
            c("legal.statute_lookup", section="1983", jurisdiction=["US", "United States"]),
            c("legal.filing_fee", case_type="divorce", state="Ohio"),
            c("med.find_clinic", specialty="cardiology", city="Reno"),
        ],
    ),
    (
        "Track parcel ZX1002, quote a 2 kg parcel from France to Italy, and give me Tolstoy's biography.",
        [TRACK, SHIPPING, AUTHOR_BIO],
        [
            c("shipping.track_parcel", tracking_number="ZX1002"),
            c("shipping.rate_quote", weight_kg=2, origin="France", destination="Italy"),
            c("library.author_biography", author=["Tolstoy", "Leo Tolstoy"]),
        ],
    ),
    (
        "Calculate the molar mass of H2SO4, give me the boiling point of acetone, and work out the pH at a "
        "hydrogen ion concentration of 0.0001.",
        [MOLAR, BOILING, PH],
        [
            c("chem.molar_mass", formula="H2SO4"),
            c("chem.boiling_point", substance="acetone"),
            c("chem.ph_from_concentration", concentration=0.0001),
        ],
    ),
    (
        "Find a vet in Bristol, tell me about the dachshund breed, and work out the daily food portion for a "
        "4 kg cat.",
        [VET, BREED, PET_FOOD],
        [
            c("pets.find_vet", city="Bristol", emergency=[OMIT, False]),
            c("pets.breed_info", breed="dachshund"),
            c("pets.food_portion", species="cat", weight_kg=4),
        ],
    ),
]

COMMA_SERIES = "count: a comma before a verb-led ask does not split a series of imperatives"

GAPS: dict[str, str] = {
    # "and" inside one capitalised title splits it into two values (wrong count: more)
    "Get the lyrics of Ebony and Ivory": "title-and: 'Ebony and Ivory' after 'the lyrics of' (no kind noun "
    "before it) is read as two songs; 'G major' loses 'G'",
    "Search the catalogue for War and Peace": "title-and: 'War and Peace' after 'for' is read as two titles",
    "Which countries signed the Treaty": "title-and: 'Treaty of Peace and Friendship' is cut at 'and'",
    "Track parcel ZX1002, quote a 2 kg parcel from France to Italy, look": "title-and: 'look up War and "
    "Peace in the library' gives two titles",
    # an ask whose question form names its tool's task only by meaning is dropped beside another ask
    "What's the capital of Kenya": "tool choice: 'how high is' (height) is not met by `elevation` inside a "
    "request of several asks (alone, the closest-neighbour rule calls it)",
    "Can warfarin and aspirin": "tool choice: 'be taken together' does not name `drug_interaction`",
    "How much would 5000 dollars grow": "tool choice: 'how much would … grow to' does not name compound "
    "interest",
    "Who is leading the Bundesliga": "tool choice: 'who is leading' (standings) and 'how much is X worth' "
    "(value) meet their tools only by meaning, beside each other",
    "What filing fees apply": "tool choice: 'pull up section 230 of the federal code' shares only "
    "parameter words with `statute_lookup`",
    # values, not counts
    "Which notes make up a D minor chord": "value: a one-letter note before 'minor'/'major' is dropped",
    "Get me information on the beagle": "fan-out: 'the beagle and the Maine Coon breeds' keeps only the "
    "capitalised one",
    # a comma before a verb-led ask ("Track parcel ZX1002, quote a 2 kg parcel …, and …") does not start a
    # new ask: a rule for it was written and taken back, since it lost a held-back BFCL case and gained no
    # even one
    "Check the dividend yield of PEP": COMMA_SERIES,
    "Look up section 1983 in the US code": COMMA_SERIES,
    "Find a vet in Bristol": COMMA_SERIES,
    "Find me recipes with sweet and sour pork": "value: a lower-case dish with 'and' ('sweet and sour "
    "pork') is cut at 'and'",
    "Find an ear, nose and throat clinic": "value: 'metformin interacts with lisinopril' gives no second "
    "drug; 'ear, nose and throat' is cut to its last word",
    "My dog is a 12 kg border collie": "earlier sentence: 'the breed' points back to 'border collie', said "
    "in the first sentence; the breed goes to `species`",
    "My patient is 67": "value: the drug keeps the words around it ('dose of atorvastatin suits')",
    "Show me the specs of a Honda Civic": "fan-out: two make-and-model names are read as one make and one "
    "model",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_for_each_ask(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests() -> None:
    assert len(ROWS) >= 40
