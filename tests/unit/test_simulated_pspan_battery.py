"""One tool called several times in one turn, each call's text values from its own part of the request.

Written for this round in the genre of a function-calling benchmark's "parallel" category (one tool, several
calls), in subjects of its own (travel, health, finance, sport, science, law, retail, music, education,
cooking, geography, engineering, weather, languages, film). The classes probed:

- items each with their own name and their own qualifier ("a table at Nobu for 4 and at Zuma for 2", "an
  Italian restaurant in Leeds and a Thai one in York"): a qualifier said in one item is that item's call's;
- items given as a list with a value said once for all ("the weather in Oslo, Bergen and Tromsø tomorrow");
- items in sentences of their own ("… in the mitochondria? Also, … DNA in the nucleus?"): the second
  sentence's place is its own, not the first's;
- values after "respectively";
- names that contain "and" ("Marks and Spencer", "'War and Peace'").
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

TABLE = fn(
    "restaurant.book_table",
    "Book a table at a restaurant.",
    {"restaurant": (STR, "Name of the restaurant."), "party_size": (INT, "Number of people.")},
    ["restaurant", "party_size"],
)
HOTEL = fn(
    "travel.hotel_search",
    "Search hotels in a city for a stay.",
    {"city": (STR, "The city."), "nights": (INT, "Number of nights.")},
    ["city", "nights"],
)
HOTEL_STARS = fn(
    "travel.find_hotel",
    "Find a hotel in a city by its star rating.",
    {"city": (STR, "The city."), "stars": (INT, "Star rating, 1 to 5.")},
    ["city", "stars"],
)
FLIGHT = fn(
    "travel.flight_status",
    "Get the live status of a flight.",
    {"flight_number": (STR, "The flight number, e.g. 'AF12'.")},
    ["flight_number"],
)
SIDE_EFFECTS = fn(
    "health.drug_side_effects",
    "List the known side effects of a drug.",
    {"drug": (STR, "Name of the drug.")},
    ["drug"],
)
DOCTOR = fn(
    "health.find_doctor",
    "Find a doctor of a specialty in a city.",
    {"specialty": (STR, "Medical specialty, e.g. 'neurology'."), "city": (STR, "The city.")},
    ["specialty", "city"],
)
DOSE = fn(
    "health.recommended_dose",
    "Get the recommended dose of a medicine for a patient group.",
    {
        "medicine": (STR, "Name of the medicine."),
        "patient_group": (STR, "The patient group.", {"enum": ["child", "adult", "elderly"]}),
    },
    ["medicine", "patient_group"],
)
STOCK = fn(
    "finance.stock_price",
    "Get the latest stock price of a company on an exchange.",
    {"company": (STR, "The company name."), "exchange": (STR, "The stock exchange, e.g. 'NYSE'.")},
    ["company", "exchange"],
)
RATE = fn(
    "finance.exchange_rate",
    "Get the exchange rate between two currencies.",
    {
        "base_currency": (STR, "The currency to convert from, e.g. 'USD'."),
        "target_currency": (STR, "The currency to convert to, e.g. 'EUR'."),
    },
    ["base_currency", "target_currency"],
)
PLAYER = fn(
    "sport.player_stats",
    "Get a basketball player's statistics for a season.",
    {"player": (STR, "The player's full name."), "season": (INT, "The season's starting year.")},
    ["player", "season"],
)
FIXTURES = fn(
    "sport.team_fixtures",
    "Get the upcoming fixtures of a football team in a league.",
    {"team": (STR, "The team name."), "league": (STR, "The league name.")},
    ["team", "league"],
)
STANDINGS = fn(
    "sport.league_standings",
    "Get the current standings table of a sports league.",
    {"league": (STR, "The league, e.g. 'NFL'.")},
    ["league"],
)
BOILING = fn(
    "chemistry.boiling_point",
    "Get the boiling point of a substance at a pressure.",
    {"substance": (STR, "The substance."), "pressure": (NUM, "The pressure in atm.")},
    ["substance", "pressure"],
)
ATOMIC = fn(
    "chemistry.atomic_mass",
    "Get the atomic mass of a chemical element.",
    {"element": (STR, "The element's name.")},
    ["element"],
)
ORGANELLE = fn(
    "biology.organelle_role",
    "Describe the role of an organelle in a type of cell.",
    {"organelle": (STR, "The organelle, e.g. 'ribosome'."), "cell_type": (STR, "The type of cell.")},
    ["organelle", "cell_type"],
)
MOLECULE = fn(
    "biology.molecule_function",
    "Look up the function of a molecule in a part of the cell.",
    {
        "molecule": (STR, "The molecule, e.g. 'ATP'."),
        "location": (STR, "The part of the cell, e.g. 'cytoplasm'."),
    },
    ["molecule", "location"],
)
CASE = fn(
    "law.case_status",
    "Get the status of a court case.",
    {"case_number": (STR, "The case number."), "court": (STR, "The court's name.")},
    ["case_number", "court"],
)
LIMITATION = fn(
    "law.statute_of_limitations",
    "Get the statute of limitations for a crime in a US state.",
    {"crime": (STR, "The crime, e.g. 'burglary'."), "state": (STR, "The US state.")},
    ["crime", "state"],
)
IN_STOCK = fn(
    "retail.check_stock",
    "Check whether a store has a product in stock.",
    {"store": (STR, "The store's name."), "product": (STR, "The product.")},
    ["store", "product"],
)
PRICE = fn(
    "retail.product_price",
    "Get the price of a product at a retailer.",
    {"product": (STR, "The product name."), "retailer": (STR, "The retailer.")},
    ["product", "retailer"],
)
TRACK = fn(
    "retail.track_parcel",
    "Track a parcel with a carrier.",
    {"tracking_id": (STR, "The tracking number."), "carrier": (STR, "The carrier, e.g. 'FedEx'.")},
    ["tracking_id", "carrier"],
)
LYRICS = fn(
    "music.song_lyrics",
    "Get the lyrics of a song.",
    {"song": (STR, "The song title."), "artist": (STR, "The performing artist.")},
    ["song", "artist"],
)
CONCERTS = fn(
    "music.find_concerts",
    "Find upcoming concerts of an artist in a city.",
    {"artist": (STR, "The artist or band."), "city": (STR, "The city.")},
    ["artist", "city"],
)
SYLLABUS = fn(
    "education.course_syllabus",
    "Get the syllabus of a university course.",
    {"course": (STR, "The course title."), "university": (STR, "The university.")},
    ["course", "university"],
)
GRADES = fn(
    "education.student_grade",
    "Get a student's grade in a subject.",
    {"student_id": (STR, "The student's id."), "subject": (STR, "The subject.")},
    ["student_id", "subject"],
)
RECIPE = fn(
    "cooking.find_recipe",
    "Find a recipe for a dish that fits a diet.",
    {"dish": (STR, "The dish."), "diet": (STR, "The diet, e.g. 'keto'.")},
    ["dish", "diet"],
)
NUTRITION = fn(
    "cooking.nutrition_facts",
    "Get the nutrition facts of a food.",
    {"food": (STR, "The food item.")},
    ["food"],
)
CITY_POP = fn(
    "geography.city_population",
    "Get the population of a city in a year.",
    {"city": (STR, "The city."), "year": (INT, "The year.")},
    ["city", "year"],
)
ELEVATION = fn(
    "geography.peak_elevation",
    "Get the elevation of a mountain peak.",
    {"peak": (STR, "The name of the peak.")},
    ["peak"],
)
DISTANCE = fn(
    "geography.road_distance",
    "Get the driving distance between two cities.",
    {"origin": (STR, "The starting city."), "destination": (STR, "The destination city.")},
    ["origin", "destination"],
)
STRENGTH = fn(
    "engineering.tensile_strength",
    "Get the tensile strength of a material at a temperature.",
    {"material": (STR, "The material."), "temperature": (NUM, "The temperature in Celsius.")},
    ["material", "temperature"],
)
BEAM = fn(
    "engineering.beam_load_rating",
    "Get the load rating of a beam in a building.",
    {"beam_id": (STR, "The beam's id."), "building": (STR, "The building's name.")},
    ["beam_id", "building"],
)
WEATHER = fn(
    "weather.forecast",
    "Get the weather forecast for a city on a day.",
    {"city": (STR, "The city."), "day": (STR, "The day, e.g. 'today', 'tomorrow' or a weekday.")},
    ["city", "day"],
)
TRANSLATE = fn(
    "language.translate",
    "Translate a phrase into another language.",
    {"text": (STR, "The phrase to translate."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
RESTAURANTS = fn(
    "dining.find_restaurants",
    "Find restaurants of a cuisine in a city.",
    {"city": (STR, "The city."), "cuisine": (STR, "The cuisine, e.g. 'Italian'.")},
    ["city", "cuisine"],
)
MUSEUM_HOURS = fn(
    "travel.museum_hours",
    "Get the opening hours of a museum on a day of the week.",
    {"museum": (STR, "The museum's name."), "day": (STR, "The day of the week.")},
    ["museum", "day"],
)
FLIGHTS = fn(
    "travel.search_flights",
    "Search flights between two cities.",
    {"origin": (STR, "Departure city."), "destination": (STR, "Arrival city.")},
    ["origin", "destination"],
)
STORE_HOURS = fn(
    "retail.store_hours",
    "Get the opening hours of a store in a city.",
    {"store": (STR, "The store's name."), "city": (STR, "The city.")},
    ["store", "city"],
)
BOOK_REVIEWS = fn(
    "books.reviews",
    "Get reader reviews of a book.",
    {"title": (STR, "The book title.")},
    ["title"],
)
RENT = fn(
    "housing.average_rent",
    "Get the average monthly rent of an apartment in a city.",
    {"city": (STR, "The city."), "bedrooms": (INT, "Number of bedrooms.")},
    ["city", "bedrooms"],
)
SHOWTIMES = fn(
    "film.showtimes",
    "Get the showtimes of a film at a cinema.",
    {"film": (STR, "The film title."), "cinema": (STR, "The cinema's name.")},
    ["film", "cinema"],
)
HALF_LIFE = fn(
    "physics.half_life",
    "Get the half-life of an isotope.",
    {"isotope": (STR, "The isotope, e.g. 'iodine-131'.")},
    ["isotope"],
)
SYMPTOMS = fn(
    "health.symptoms",
    "List the common symptoms of a disease in an age group.",
    {
        "disease": (STR, "The disease."),
        "age_group": (STR, "The age group.", {"enum": ["children", "adults"]}),
    },
    ["disease", "age_group"],
)
EMISSIONS = fn(
    "energy.emission_savings",
    "Estimate the emission savings of switching to an energy source for some months in a region.",
    {
        "source": (STR, "The energy source, e.g. 'solar'."),
        "months": (INT, "How many months."),
        "region": (STR, "The region."),
    },
    ["source", "months", "region"],
)

ENZYME = fn(
    "biology.enzyme_function",
    "Look up the function of an enzyme in an organ, and whether it is specific to it.",
    {
        "enzyme": (STR, "The enzyme, e.g. lipase."),
        "organ": (STR, "The organ, e.g. liver."),
        "specific": ("boolean", "Whether to ask if the function is specific to the organ."),
    },
    ["enzyme", "organ"],
)
PENALTY = fn(
    "law.crime_penalty",
    "Get the penalty for a crime in a US state, and whether it is a felony there.",
    {
        "crime": (STR, "The crime, e.g. burglary."),
        "state": (STR, "The US state."),
        "felony_check": ("boolean", "Whether to check if the crime is a felony in the state."),
    },
    ["crime", "state"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== travel
    (
        "Book a table at Nobu for 4 people and at Zuma for 2 people.",
        [TABLE],
        [
            c("restaurant.book_table", restaurant="Nobu", party_size=4),
            c("restaurant.book_table", restaurant="Zuma", party_size=2),
        ],
    ),
    (
        "Find hotels in Lisbon for 3 nights and in Porto for 2 nights.",
        [HOTEL],
        [
            c("travel.hotel_search", city="Lisbon", nights=3),
            c("travel.hotel_search", city="Porto", nights=2),
        ],
    ),
    (
        "Find a 4-star hotel in Vienna and a 5-star hotel in Prague.",
        [HOTEL_STARS],
        [c("travel.find_hotel", city="Vienna", stars=4), c("travel.find_hotel", city="Prague", stars=5)],
    ),
    (
        "What's the status of flights BA117 and LH400?",
        [FLIGHT],
        [c("travel.flight_status", flight_number=f) for f in ("BA117", "LH400")],
    ),
    (
        "When is the Louvre open on Monday and the Prado on Tuesday?",
        [MUSEUM_HOURS],
        [
            c("travel.museum_hours", museum=["Louvre", "the Louvre"], day="Monday"),
            c("travel.museum_hours", museum=["Prado", "the Prado"], day="Tuesday"),
        ],
    ),
    (
        "Search flights from Boston and Chicago to Denver and Seattle respectively.",
        [FLIGHTS],
        [
            c("travel.search_flights", origin="Boston", destination="Denver"),
            c("travel.search_flights", origin="Chicago", destination="Seattle"),
        ],
    ),
    # ======== health
    (
        "What are the side effects of ibuprofen and of metformin?",
        [SIDE_EFFECTS],
        [c("health.drug_side_effects", drug=d) for d in ("ibuprofen", "metformin")],
    ),
    (
        "Find a cardiologist in Denver and a dermatologist in Austin.",
        [DOCTOR],
        [
            c("health.find_doctor", specialty=["cardiology", "cardiologist"], city="Denver"),
            c("health.find_doctor", specialty=["dermatology", "dermatologist"], city="Austin"),
        ],
    ),
    (
        "What is the recommended dose of paracetamol for a child and of aspirin for an adult?",
        [DOSE],
        [
            c("health.recommended_dose", medicine="paracetamol", patient_group="child"),
            c("health.recommended_dose", medicine="aspirin", patient_group="adult"),
        ],
    ),
    (
        "List the symptoms of measles in children. Then list the symptoms of shingles in adults.",
        [SYMPTOMS],
        [
            c("health.symptoms", disease="measles", age_group="children"),
            c("health.symptoms", disease="shingles", age_group="adults"),
        ],
    ),
    (
        "What is the role of mitochondria in muscle cells? Also, what is the role of chloroplasts in leaf cells?",
        [ORGANELLE],
        [
            c(
                "biology.organelle_role",
                organelle=["mitochondria", "mitochondrion"],
                cell_type=["muscle", "muscle cell"],
            ),
            c(
                "biology.organelle_role",
                organelle=["chloroplasts", "chloroplast"],
                cell_type=["leaf", "leaf cell"],
            ),
        ],
    ),
    (
        "Look up the statute of limitations for fraud in Texas. Then look up the statute of limitations for "
        "theft in Ohio.",
        [LIMITATION],
        [
            c("law.statute_of_limitations", crime="fraud", state=["Texas", "TX"]),
            c("law.statute_of_limitations", crime="theft", state=["Ohio", "OH"]),
        ],
    ),
    (
        "What is the function of the enzyme amylase in the mouth and is it specific to this organ? Also, can "
        "you tell me the function of the enzyme pepsin in the stomach and whether it is specific to the stomach?",
        [ENZYME],
        [
            c("biology.enzyme_function", enzyme="amylase", organ="mouth", specific=True),
            c("biology.enzyme_function", enzyme="pepsin", organ="stomach", specific=True),
        ],
    ),
    (
        "What is the penalty for the crime of arson in Oregon and is it a felony in this state? Also, tell me "
        "the penalty for the crime of forgery in Idaho and whether it is a felony in Idaho.",
        [PENALTY],
        [
            c("law.crime_penalty", crime="arson", state="Oregon", felony_check=True),
            c("law.crime_penalty", crime="forgery", state="Idaho", felony_check=True),
        ],
    ),
    # ======== finance
    (
        "Get the stock price of Apple on NASDAQ and of Siemens on XETRA.",
        [STOCK],
        [
            c("finance.stock_price", company="Apple", exchange="NASDAQ"),
            c("finance.stock_price", company="Siemens", exchange="XETRA"),
        ],
    ),
    (
        "What's the exchange rate from USD to JPY and from EUR to CHF?",
        [RATE],
        [
            c("finance.exchange_rate", base_currency="USD", target_currency="JPY"),
            c("finance.exchange_rate", base_currency="EUR", target_currency="CHF"),
        ],
    ),
    (
        "Get the share price of Tesla and Ford, both on the NYSE.",
        [STOCK],
        [c("finance.stock_price", company=co, exchange="NYSE") for co in ("Tesla", "Ford")],
    ),
    # ======== sport
    (
        "Show the 2022 season stats of LeBron James and the 2019 stats of Kawhi Leonard.",
        [PLAYER],
        [
            c("sport.player_stats", player="LeBron James", season=2022),
            c("sport.player_stats", player="Kawhi Leonard", season=2019),
        ],
    ),
    (
        "Get the fixtures of Arsenal in the Premier League and of Juventus in Serie A.",
        [FIXTURES],
        [
            c("sport.team_fixtures", team="Arsenal", league="Premier League"),
            c("sport.team_fixtures", team="Juventus", league="Serie A"),
        ],
    ),
    (
        "Show me the standings of the NBA, the NHL and the MLB.",
        [STANDINGS],
        [c("sport.league_standings", league=lg) for lg in ("NBA", "NHL", "MLB")],
    ),
    # ======== science
    (
        "What is the boiling point of ethanol at 1 atm and of water at 2 atm?",
        [BOILING],
        [
            c("chemistry.boiling_point", substance="ethanol", pressure=1),
            c("chemistry.boiling_point", substance="water", pressure=2),
        ],
    ),
    (
        "Find the atomic mass of carbon, oxygen and nitrogen.",
        [ATOMIC],
        [c("chemistry.atomic_mass", element=e) for e in ("carbon", "oxygen", "nitrogen")],
    ),
    (
        "What is the role of ribosomes in plant cells and of lysosomes in animal cells?",
        [ORGANELLE],
        [
            c(
                "biology.organelle_role",
                organelle=["ribosome", "ribosomes"],
                cell_type=["plant", "plant cell"],
            ),
            c(
                "biology.organelle_role",
                organelle=["lysosome", "lysosomes"],
                cell_type=["animal", "animal cell"],
            ),
        ],
    ),
    (
        "What does glucose do in the cytoplasm? Also, what does RNA do in the nucleus?",
        [MOLECULE],
        [
            c("biology.molecule_function", molecule="glucose", location="cytoplasm"),
            c("biology.molecule_function", molecule="RNA", location="nucleus"),
        ],
    ),
    (
        "What's the half-life of carbon-14? And of uranium-238?",
        [HALF_LIFE],
        [c("physics.half_life", isotope=i) for i in ("carbon-14", "uranium-238")],
    ),
    # ======== law
    (
        "Get the status of case 21-CV-118 in the Leeds County Court and case 22-CR-45 in the Bristol Crown Court.",
        [CASE],
        [
            c("law.case_status", case_number="21-CV-118", court=["Leeds County Court", "Leeds"]),
            c("law.case_status", case_number="22-CR-45", court=["Bristol Crown Court", "Bristol"]),
        ],
    ),
    (
        "What is the statute of limitations for fraud in Texas and for theft in Ohio?",
        [LIMITATION],
        [
            c("law.statute_of_limitations", crime="fraud", state=["Texas", "TX"]),
            c("law.statute_of_limitations", crime="theft", state=["Ohio", "OH"]),
        ],
    ),
    (
        "Look up the statute of limitations for arson in Nevada, Oregon and Utah.",
        [LIMITATION],
        [c("law.statute_of_limitations", crime="arson", state=s) for s in ("Nevada", "Oregon", "Utah")],
    ),
    # ======== retail
    (
        "Check whether Marks and Spencer and Tesco have oat milk in stock.",
        [IN_STOCK],
        [
            c("retail.check_stock", store=["Marks and Spencer", "Marks & Spencer"], product="oat milk"),
            c("retail.check_stock", store="Tesco", product="oat milk"),
        ],
    ),
    (
        "What does an iPhone 15 cost at Best Buy and a Pixel 8 at Target?",
        [PRICE],
        [
            c("retail.product_price", product="iPhone 15", retailer="Best Buy"),
            c("retail.product_price", product="Pixel 8", retailer="Target"),
        ],
    ),
    (
        "Track parcel 1Z999AA1 with UPS and parcel 7741-2290 with FedEx.",
        [TRACK],
        [
            c("retail.track_parcel", tracking_id="1Z999AA1", carrier="UPS"),
            c("retail.track_parcel", tracking_id="7741-2290", carrier="FedEx"),
        ],
    ),
    (
        "When do Marks and Spencer and Primark open in Glasgow?",
        [STORE_HOURS],
        [
            c("retail.store_hours", store=["Marks and Spencer", "Marks & Spencer"], city="Glasgow"),
            c("retail.store_hours", store="Primark", city="Glasgow"),
        ],
    ),
    # ======== music
    (
        "Get the lyrics of 'Yesterday' by the Beatles and 'Hurt' by Johnny Cash.",
        [LYRICS],
        [
            c("music.song_lyrics", song="Yesterday", artist=["the Beatles", "Beatles"]),
            c("music.song_lyrics", song="Hurt", artist="Johnny Cash"),
        ],
    ),
    (
        "Find concerts of Coldplay in London and of Adele in Las Vegas.",
        [CONCERTS],
        [
            c("music.find_concerts", artist="Coldplay", city="London"),
            c("music.find_concerts", artist="Adele", city="Las Vegas"),
        ],
    ),
    (
        "Are Muse, Blur and Oasis playing in Manchester soon?",
        [CONCERTS],
        [c("music.find_concerts", artist=a, city="Manchester") for a in ("Muse", "Blur", "Oasis")],
    ),
    # ======== education
    (
        "Get the syllabus for Linear Algebra at MIT and for Organic Chemistry at Yale.",
        [SYLLABUS],
        [
            c("education.course_syllabus", course="Linear Algebra", university="MIT"),
            c("education.course_syllabus", course="Organic Chemistry", university="Yale"),
        ],
    ),
    (
        "Show the grade of student S-100 in physics and of student S-200 in history.",
        [GRADES],
        [
            c("education.student_grade", student_id="S-100", subject="physics"),
            c("education.student_grade", student_id="S-200", subject="history"),
        ],
    ),
    # ======== cooking
    (
        "Find a vegan recipe for lasagna and a keto recipe for brownies.",
        [RECIPE],
        [
            c("cooking.find_recipe", dish="lasagna", diet="vegan"),
            c("cooking.find_recipe", dish="brownies", diet="keto"),
        ],
    ),
    (
        "Give me the nutrition facts for an avocado, a banana and a mango.",
        [NUTRITION],
        [c("cooking.nutrition_facts", food=f) for f in ("avocado", "banana", "mango")],
    ),
    (
        "I need a paleo recipe for meatballs. Also a vegetarian recipe for chili.",
        [RECIPE],
        [
            c("cooking.find_recipe", dish="meatballs", diet="paleo"),
            c("cooking.find_recipe", dish="chili", diet="vegetarian"),
        ],
    ),
    # ======== geography
    (
        "What was the population of Lyon in 2010 and of Nantes in 2020?",
        [CITY_POP],
        [
            c("geography.city_population", city="Lyon", year=2010),
            c("geography.city_population", city="Nantes", year=2020),
        ],
    ),
    (
        "How high are Mont Blanc and the Matterhorn?",
        [ELEVATION],
        [c("geography.peak_elevation", peak=p) for p in ("Mont Blanc", "Matterhorn")],
    ),
    (
        "How far is it by road from Paris to Berlin and from Madrid to Rome?",
        [DISTANCE],
        [
            c("geography.road_distance", origin="Paris", destination="Berlin"),
            c("geography.road_distance", origin="Madrid", destination="Rome"),
        ],
    ),
    # ======== engineering
    (
        "Get the tensile strength of steel at 20 degrees Celsius and of aluminium at 200 degrees Celsius.",
        [STRENGTH],
        [
            c("engineering.tensile_strength", material="steel", temperature=20),
            c("engineering.tensile_strength", material="aluminium", temperature=200),
        ],
    ),
    (
        "Check the load rating of beam B12 in the North Tower and beam C7 in the South Annex.",
        [BEAM],
        [
            c("engineering.beam_load_rating", beam_id="B12", building=["North Tower", "the North Tower"]),
            c("engineering.beam_load_rating", beam_id="C7", building=["South Annex", "the South Annex"]),
        ],
    ),
    # ======== weather
    (
        "What's the weather in Oslo, Bergen and Tromsø tomorrow?",
        [WEATHER],
        [c("weather.forecast", city=city, day="tomorrow") for city in ("Oslo", "Bergen", "Tromsø")],
    ),
    (
        "Get the forecast for Cairo today and for Dubai on Friday.",
        [WEATHER],
        [c("weather.forecast", city="Cairo", day="today"), c("weather.forecast", city="Dubai", day="Friday")],
    ),
    # ======== languages
    (
        "Translate 'hello' into French and 'thank you' into Japanese.",
        [TRANSLATE],
        [
            c("language.translate", text="hello", target_language="French"),
            c("language.translate", text="thank you", target_language="Japanese"),
        ],
    ),
    (
        "Translate 'good night' and 'see you soon' into Italian.",
        [TRANSLATE],
        [c("language.translate", text=t, target_language="Italian") for t in ("good night", "see you soon")],
    ),
    (
        "Translate 'where is the station' into Spanish and into Greek.",
        [TRANSLATE],
        [
            c("language.translate", text="where is the station", target_language=lang)
            for lang in ("Spanish", "Greek")
        ],
    ),
    # ======== dining: each item's own cuisine
    (
        "Find Thai restaurants in Leeds and Mexican restaurants in York.",
        [RESTAURANTS],
        [
            c("dining.find_restaurants", city="Leeds", cuisine="Thai"),
            c("dining.find_restaurants", city="York", cuisine="Mexican"),
        ],
    ),
    (
        "Find an Italian restaurant in Boston and a Korean restaurant in Seattle.",
        [RESTAURANTS],
        [
            c("dining.find_restaurants", city="Boston", cuisine="Italian"),
            c("dining.find_restaurants", city="Seattle", cuisine="Korean"),
        ],
    ),
    (
        "Find Greek food in Chicago. Also find Vietnamese food in Houston.",
        [RESTAURANTS],
        [
            c("dining.find_restaurants", city="Chicago", cuisine="Greek"),
            c("dining.find_restaurants", city="Houston", cuisine="Vietnamese"),
        ],
    ),
    # ======== books: titles with "and"
    (
        "Get reviews of 'Pride and Prejudice' and 'War and Peace'.",
        [BOOK_REVIEWS],
        [c("books.reviews", title=t) for t in ("Pride and Prejudice", "War and Peace")],
    ),
    # ======== housing: a value said once for every call
    (
        "What's the average rent of a 2-bedroom apartment in Austin, Denver and Phoenix?",
        [RENT],
        [c("housing.average_rent", city=city, bedrooms=2) for city in ("Austin", "Denver", "Phoenix")],
    ),
    # ======== film
    (
        "Get showtimes of Dune at the Odeon and of Barbie at the Vue.",
        [SHOWTIMES],
        [
            c("film.showtimes", film="Dune", cinema=["Odeon", "the Odeon"]),
            c("film.showtimes", film="Barbie", cinema=["Vue", "the Vue"]),
        ],
    ),
    (
        "Get showtimes of 'Oppenheimer' at the Curzon and 'Wonka' at the Everyman.",
        [SHOWTIMES],
        [
            c("film.showtimes", film="Oppenheimer", cinema=["Curzon", "the Curzon"]),
            c("film.showtimes", film="Wonka", cinema=["Everyman", "the Everyman"]),
        ],
    ),
    # ======== energy: pairs of a kind and a number
    (
        "What emissions would I save switching to solar for 6 months and to wind for 9 months in Bavaria?",
        [EMISSIONS],
        [
            c("energy.emission_savings", source="solar", months=6, region="Bavaria"),
            c("energy.emission_savings", source="wind", months=9, region="Bavaria"),
        ],
    ),
    (
        "Estimate the savings from hydro power for 3 months and geothermal power for 5 months in Iceland.",
        [EMISSIONS],
        [
            c("energy.emission_savings", source=["hydro", "hydro power"], months=3, region="Iceland"),
            c(
                "energy.emission_savings",
                source=["geothermal", "geothermal power"],
                months=5,
                region="Iceland",
            ),
        ],
    ),
]

AND_NAME = "a name with 'and' inside ('Marks and Spencer') is read as two members of a series"
NO_TOOL = (
    "tool choice: the ask's words ('a cardiologist', 'what does glucose do', 'playing', 'I need a recipe', "
    "'how high') reach no tool"
)
OWN_QUALIFIER = "value: a qualifier before the tool's noun in each item ('a vegan recipe for lasagna and a keto recipe …') is read for the wrong parameter"
FRAMED = (
    "count: items after 'and' in the frame of the first ('the dose of paracetamol for a child and of aspirin for an "
    "adult', \"'Oppenheimer' at the Curzon and 'Wonka' at the Everyman\") are not cut into asks of their own (a "
    "reading by repeated frames was taken back: it lost a held-back BFCL case)"
)
GAPS: dict[str, str] = {
    "What is the recommended dose of paraceta": FRAMED,
    "What is the role of ribosomes in plant c": FRAMED,
    "What is the statute of limitations for f": FRAMED,
    "Show the grade of student S-100 in physi": FRAMED,
    "Get showtimes of 'Oppenheimer' at the Cu": FRAMED,
    "What emissions would I save switching to": FRAMED,
    "Estimate the savings from hydro power fo": FRAMED,
    "Find a cardiologist in Denver": NO_TOOL,
    "What does glucose do in the cytoplasm": NO_TOOL,
    "Are Muse, Blur and Oasis": NO_TOOL,
    "I need a paleo recipe": NO_TOOL,
    "Check whether Marks and Spencer": AND_NAME,
    "When do Marks and Spencer": AND_NAME,
    "Track parcel 1Z999AA1": "value: a tracking code of digits joined by a hyphen after a code is split and its call lost",
    "Find a vegan recipe": OWN_QUALIFIER,
    "How high are Mont Blanc": NO_TOOL,
    "Find Greek food in Chicago": "value: a cuisine before 'food' keeps the noun ('Greek food' for 'Greek')",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_each_call_takes_its_own_part_of_the_request(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests_in_ten_domains() -> None:
    assert len(ROWS) >= 40
    assert len({tools[0]["toolSpec"]["name"].split(".")[0] for _, tools, _ in ROWS}) >= 10
