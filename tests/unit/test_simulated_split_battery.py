"""A battery of one ask, one call: requests that must make exactly one call although they say more than one
value, or say something besides the ask.

Written for this round in the terse style of a function-calling benchmark's "one call among several tools"
category, in subjects of its own (travel, health, finance, retail, science, sport, music, law, education,
devops, cooking, real estate, services). The classes: a value narrowed by the words right after it (a city
and then its state, "Dayton in Ohio"; a date and then its year, "on 14 March this year"), which states one
value, not two; a side remark, a reason or a background sentence beside the ask ("It has been flaky since
Tuesday", "I'm planning a trip"), which asks for no call of its own; two items of one list parameter ("sizes
S and XL"), which one call takes together; and two clauses that each state a value of the same one call
("… in Porto. Make it 3 nights.").
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

INT = "integer"
BOOL = "boolean"


def strs(words: str) -> tuple:
    return ("array", words, {"items": {"type": "string"}})


def enums(words: str, options: list[str]) -> tuple:
    return (STR, words, {"enum": options})


CITY = "City and state, e.g. 'Austin, TX'."

SALON = fn(
    "salon_find",
    "Find hair salons in a city.",
    {"city": (STR, CITY), "unisex": (BOOL, "Unisex only.")},
    ["city"],
)
HOTEL = fn(
    "hotel_search",
    "Search hotels in a city.",
    {"city": (STR, CITY), "stars": (INT, "Minimum star rating."), "nights": (INT, "Number of nights.")},
    ["city"],
)
WEATHER = fn(
    "weather_now",
    "Get the current weather in a city.",
    {"city": (STR, CITY), "units": enums("Units.", ["metric", "imperial"])},
    ["city"],
)
HOMES = fn(
    "homes_for_sale",
    "List homes for sale in a city.",
    {"city": (STR, CITY), "max_price": (INT, "Highest price in dollars."), "bedrooms": (INT, "Bedrooms.")},
    ["city"],
)
EATERY = fn(
    "restaurant_find",
    "Find restaurants by cuisine in a city.",
    {"cuisine": (STR, "Kind of food, e.g. 'Thai'."), "city": (STR, CITY)},
    ["cuisine", "city"],
)
GIGS = fn(
    "concerts_find",
    "Find concerts in a city.",
    {"city": (STR, CITY), "genre": enums("Music genre.", ["Rock", "Jazz", "Country", "Pop", "dontcare"])},
    ["city"],
)
DENTIST = fn(
    "clinic_locate",
    "Locate clinics of a medical specialty in a city.",
    {"specialty": (STR, "Medical specialty, e.g. 'dentistry'."), "city": (STR, CITY)},
    ["specialty", "city"],
)
SCHOOLS = fn(
    "schools_list",
    "List schools in a city.",
    {"city": (STR, CITY), "level": enums("School level.", ["primary", "secondary", "college"])},
    ["city"],
)
GYMS = fn(
    "gym_search",
    "Search gyms and sports centres in a city.",
    {"city": (STR, CITY), "pool": (BOOL, "Has a pool.")},
    ["city"],
)
BRANCH = fn(
    "bank_branches",
    "Find bank branches in a city.",
    {"city": (STR, CITY), "bank": (STR, "Bank name.")},
    ["city"],
)

ROWS: list[tuple[str, list[dict], str, dict]] = [
    # ---- a city and then its state: one place
    (
        "Find me a hair salon in Dayton in Ohio.",
        [SALON],
        "salon_find",
        {"city": ["Dayton, OH"], "unisex": [OMIT]},
    ),
    (
        "Look for hotels in Portland in Oregon, four stars at least.",
        [HOTEL],
        "hotel_search",
        {"city": ["Portland, OR"], "stars": [4], "nights": [OMIT]},
    ),
    (
        "What's the weather like in Tucson in Arizona right now?",
        [WEATHER],
        "weather_now",
        {"city": ["Tucson, AZ"], "units": [OMIT]},
    ),
    (
        "List homes for sale in Boulder in Colorado under 600000 dollars.",
        [HOMES],
        "homes_for_sale",
        {"city": ["Boulder, CO"], "max_price": [600000], "bedrooms": [OMIT]},
    ),
    (
        "Any good Thai places in Omaha in Nebraska?",
        [EATERY],
        "restaurant_find",
        {"cuisine": ["Thai"], "city": ["Omaha, NE"]},
    ),
    (
        "Find jazz concerts in Nashville in Tennessee.",
        [GIGS],
        "concerts_find",
        {"city": ["Nashville, TN"], "genre": ["Jazz"]},
    ),
    (
        "I need a dentistry clinic in Albany in New York.",
        [DENTIST],
        "clinic_locate",
        {"specialty": ["dentistry"], "city": ["Albany, NY"]},
    ),
    (
        "Which secondary schools are there in Madison in Wisconsin?",
        [SCHOOLS],
        "schools_list",
        {"city": ["Madison, WI"], "level": ["secondary"]},
    ),
    (
        "Search for gyms with a pool in Boise in Idaho.",
        [GYMS],
        "gym_search",
        {"city": ["Boise, ID"], "pool": [True]},
    ),
    (
        "Where are the Chase branches in Reno in Nevada?",
        [BRANCH],
        "bank_branches",
        {"city": ["Reno, NV"], "bank": ["Chase"]},
    ),
    # ---- a date and then its year: one date
    (
        "What's on the court calendar for the 3rd of October this year?",
        [
            fn(
                "court_calendar",
                "List court hearings on a date.",
                {"date": (STR, "The date, in words or YYYY-MM-DD.")},
                ["date"],
            )
        ],
        "court_calendar",
        {"date": ["the 3rd of October", "3rd of October", "October 3", "the 3rd of October this year"]},
    ),
    (
        "Show the exam timetable for 20 January next year.",
        [
            fn(
                "exam_timetable",
                "Show the exam timetable for a day.",
                {"day": (STR, "The day, in words or YYYY-MM-DD.")},
                ["day"],
            )
        ],
        "exam_timetable",
        {"day": ["20 January", "January 20", "20 January next year"]},
    ),
    (
        "Which matches does Arsenal play on the 12th of May this year?",
        [
            fn(
                "fixtures_on",
                "List a team's fixtures on a date.",
                {"team": (STR, "Team name."), "date": (STR, "The date, in words or YYYY-MM-DD.")},
                ["team", "date"],
            )
        ],
        "fixtures_on",
        {
            "team": ["Arsenal"],
            "date": ["the 12th of May", "12th of May", "May 12", "the 12th of May this year"],
        },
    ),
    (
        "Is the clinic open on the 1st of June this year?",
        [
            fn(
                "clinic_hours",
                "Opening hours of the clinic on a date.",
                {"date": (STR, "The date, in words or YYYY-MM-DD.")},
                ["date"],
            )
        ],
        "clinic_hours",
        {"date": ["the 1st of June", "1st of June", "June 1", "the 1st of June this year"]},
    ),
    # ---- a side remark, a reason or a background sentence beside the ask
    (
        "Restart the server named 'api-2'. It has been flaky since Tuesday.",
        [
            fn("server_restart", "Restart a server by name.", {"name": (STR, "Server name.")}, ["name"]),
            fn(
                "logs_tail",
                "Show the latest log lines of a server.",
                {"name": (STR, "Server name."), "lines": (INT, "How many lines.")},
                ["name"],
            ),
        ],
        "server_restart",
        {"name": ["api-2"]},
    ),
    (
        "Play 'Blue in Green' in the study. My uncle used to hum it.",
        [
            fn(
                "media_play",
                "Play a track on a speaker.",
                {
                    "track": (STR, "Track title."),
                    "room": enums("Speaker room.", ["Study", "Bedroom", "Garage"]),
                },
                ["track"],
            ),
            fn(
                "songs_lookup",
                "Look up songs by artist or genre.",
                {"artist": (STR, "Artist."), "genre": (STR, "Genre.")},
                [],
            ),
        ],
        "media_play",
        {"track": ["Blue in Green"], "room": ["Study"]},
    ),
    (
        "I'm planning a trip to Rome. Find flights from Oslo to Rome on 2025-05-02.",
        [
            fn(
                "flight_search",
                "Search one-way flights.",
                {
                    "origin": (STR, "Departure city."),
                    "destination": (STR, "Arrival city."),
                    "date": (STR, "YYYY-MM-DD."),
                },
                ["origin", "destination", "date"],
            ),
            fn("hotel_rooms", "Search hotel rooms in a city.", {"city": (STR, "City.")}, ["city"]),
        ],
        "flight_search",
        {"origin": ["Oslo"], "destination": ["Rome"], "date": ["2025-05-02"]},
    ),
    (
        "The grey hoodie was sold out when I looked on Monday. Check stock for product HD-310 in grey.",
        [
            fn(
                "stock_check",
                "Check stock of a product.",
                {"product_id": (STR, "Product id."), "color": (STR, "Colour.")},
                ["product_id"],
            ),
            fn(
                "catalog_search",
                "Search the catalogue by keyword.",
                {"keyword": (STR, "Search words.")},
                ["keyword"],
            ),
        ],
        "stock_check",
        {"product_id": ["HD-310"], "color": ["grey"]},
    ),
    (
        "Convert 250 grams of flour to cups so I can follow my grandmother's recipe.",
        [
            fn(
                "kitchen_convert",
                "Convert a cooking quantity between units.",
                {
                    "amount": ("number", "Amount."),
                    "from_unit": (STR, "Unit from."),
                    "to_unit": (STR, "Unit to."),
                    "ingredient": (STR, "Ingredient."),
                },
                ["amount", "from_unit", "to_unit"],
            ),
            fn("recipe_find", "Find recipes by dish name.", {"dish": (STR, "Dish.")}, ["dish"]),
        ],
        "kitchen_convert",
        {
            "amount": [250],
            "from_unit": ["grams", "gram", "g"],
            "to_unit": ["cups"],
            "ingredient": ["flour", OMIT],
        },
    ),
    (
        "Look up case 22-CV-0417 in the district court; my lawyer mentioned it yesterday.",
        [
            fn(
                "case_lookup",
                "Look up a court case by its number.",
                {"case_number": (STR, "Case number."), "court": (STR, "Court name.")},
                ["case_number"],
            ),
            fn("lawyer_find", "Find lawyers by practice area.", {"area": (STR, "Practice area.")}, ["area"]),
        ],
        "case_lookup",
        {"case_number": ["22-CV-0417"], "court": ["district court", "district", OMIT]},
    ),
    (
        "What is the boiling point of ethanol in kelvin? I have a lab report due tomorrow.",
        [
            fn(
                "boiling_point",
                "Boiling point of a substance.",
                {
                    "substance": (STR, "Substance."),
                    "unit": enums("Unit.", ["celsius", "kelvin", "fahrenheit"]),
                },
                ["substance"],
            ),
            fn(
                "reminder_set",
                "Set a reminder.",
                {"text": (STR, "Reminder text."), "when": (STR, "When.")},
                ["text"],
            ),
        ],
        "boiling_point",
        {"substance": ["ethanol"], "unit": ["kelvin"]},
    ),
    (
        "Get the exchange rate from euros to yen because I fly to Tokyo next week.",
        [
            fn(
                "fx_rate",
                "Get the exchange rate between two currencies.",
                {"base": (STR, "Currency to convert from."), "quote": (STR, "Currency to convert to.")},
                ["base", "quote"],
            ),
            fn(
                "flight_book",
                "Book a flight to a city.",
                {"destination": (STR, "City to fly to."), "date": (STR, "Date of the flight.")},
                ["destination"],
            ),
        ],
        "fx_rate",
        {"base": ["EUR", "euros", "euro"], "quote": ["JPY", "yen"]},
    ),
    (
        "Back up the database orders_db so that we can upgrade the server tonight.",
        [
            fn("db_backup", "Back up a database.", {"database": (STR, "Database name.")}, ["database"]),
            fn(
                "server_upgrade",
                "Upgrade a server's software.",
                {"server": (STR, "Server name.")},
                ["server"],
            ),
        ],
        "db_backup",
        {"database": ["orders_db"]},
    ),
    (
        "Find a pharmacy in Leeds that is open late, since I need to refill my inhaler prescription.",
        [
            fn(
                "pharmacy_find",
                "Find pharmacies in a city.",
                {"city": (STR, "City."), "open_late": (BOOL, "Open late only.")},
                ["city"],
            ),
            fn(
                "prescription_refill",
                "Request a refill of a prescription.",
                {"medication": (STR, "Medication name.")},
                ["medication"],
            ),
        ],
        "pharmacy_find",
        {"city": ["Leeds"], "open_late": [True, OMIT]},
    ),
    # ---- items of one list parameter: one call
    (
        "Check whether product SKU-881 is back in stock in sizes S and XL.",
        [
            fn(
                "size_stock",
                "Check stock of a product in given sizes.",
                {"product_id": (STR, "Product id."), "sizes": strs("Sizes to check.")},
                ["product_id"],
            )
        ],
        "size_stock",
        {"product_id": ["SKU-881"], "sizes": [["S", "XL"]]},
    ),
    (
        "Add the tags urgent and billing to ticket T-5521.",
        [
            fn(
                "ticket_tag",
                "Add tags to a support ticket.",
                {"ticket_id": (STR, "Ticket id."), "tags": strs("Tags to add.")},
                ["ticket_id", "tags"],
            )
        ],
        "ticket_tag",
        {"ticket_id": ["T-5521"], "tags": [["urgent", "billing"]]},
    ),
    (
        "Deploy build 4.2.1 to the regions eu-west-1 and us-east-2.",
        [
            fn(
                "deploy_build",
                "Deploy a build to a set of regions.",
                {"version": (STR, "Build version."), "regions": strs("Regions to deploy to.")},
                ["version", "regions"],
            )
        ],
        "deploy_build",
        {"version": ["4.2.1"], "regions": [["eu-west-1", "us-east-2"]]},
    ),
    (
        "Enrol student S-1029 in the courses Algebra and Chemistry.",
        [
            fn(
                "enrol_student",
                "Enrol a student in courses.",
                {"student_id": (STR, "Student id."), "courses": strs("Course names.")},
                ["student_id", "courses"],
            )
        ],
        "enrol_student",
        {"student_id": ["S-1029"], "courses": [["Algebra", "Chemistry"]]},
    ),
    (
        "Make a playlist called Road Trip with the songs Vienna and Roxanne.",
        [
            fn(
                "playlist_create",
                "Create a playlist with songs.",
                {"title": (STR, "Playlist title."), "songs": strs("Song titles.")},
                ["title", "songs"],
            )
        ],
        "playlist_create",
        {"title": ["Road Trip"], "songs": [["Vienna", "Roxanne"]]},
    ),
    # ---- two clauses, one call
    (
        "Book a room at the Harbour Inn in Porto. Make it 3 nights.",
        [
            fn(
                "room_book",
                "Book a hotel room.",
                {"hotel": (STR, "Hotel name."), "city": (STR, "City."), "nights": (INT, "Nights.")},
                ["hotel", "city", "nights"],
            )
        ],
        "room_book",
        {"hotel": ["Harbour Inn"], "city": ["Porto"], "nights": [3]},
    ),
    (
        "Transfer 300 dollars to account 55-102. Use my savings account as the source.",
        [
            fn(
                "money_transfer",
                "Transfer money between accounts.",
                {
                    "amount": ("number", "Amount."),
                    "to_account": (STR, "Destination account."),
                    "source": enums("Source account.", ["checking", "savings"]),
                },
                ["amount", "to_account"],
            )
        ],
        "money_transfer",
        {"amount": [300], "to_account": ["55-102"], "source": ["savings"]},
    ),
    (
        "Schedule a check-up with Dr. Patel. Friday at 10 am works for me.",
        [
            fn(
                "appointment_book",
                "Book a doctor's appointment.",
                {
                    "doctor": (STR, "Doctor's name."),
                    "day": (STR, "Day."),
                    "time": (STR, "Time, e.g. '14:00'."),
                },
                ["doctor", "day", "time"],
            )
        ],
        "appointment_book",
        {"doctor": ["Dr. Patel", "Patel"], "day": ["Friday"], "time": ["10:00", "10 am"]},
    ),
    (
        "Scale the web service to 6 replicas. Keep it in the staging cluster.",
        [
            fn(
                "service_scale",
                "Scale a service to a number of replicas.",
                {
                    "service": (STR, "Service name."),
                    "replicas": (INT, "Replica count."),
                    "cluster": (STR, "Cluster name."),
                },
                ["service", "replicas"],
            )
        ],
        "service_scale",
        {"service": ["web", "web service"], "replicas": [6], "cluster": ["staging", OMIT]},
    ),
    (
        "Find a vegetarian lasagne recipe. It should serve 8 people.",
        [
            fn(
                "recipe_search",
                "Search recipes.",
                {
                    "dish": (STR, "Dish name."),
                    "diet": (STR, "Diet, e.g. 'vegan'."),
                    "servings": (INT, "Servings."),
                },
                ["dish"],
            )
        ],
        "recipe_search",
        {"dish": ["lasagne", "vegetarian lasagne"], "diet": ["vegetarian", OMIT], "servings": [8]},
    ),
]

NO_CALL = "no call: a place narrowed by its state after a cuisine or a team ('Thai places in Omaha in …') finds no tool"
UNREAD = "a value the request states is not read: a company before a plural noun ('the Chase branches'), a colour after 'in'"
PURPOSE = (
    "a second tool is called for the words of a purpose clause ('so I can follow my grandmother's recipe')"
)
CURRENCY = "no call: currencies named in words ('from euros to yen') are not read as a base and a quote"
CODE = "an account number with a hyphen ('55-102') is cut at the hyphen"
SPLIT_ASK = (
    "no call: the values of one ask spread over two sentences ('Friday at 10 am works for me') are not joined"
)

GAPS: dict[str, str] = {
    "Any good Thai places": NO_CALL,
    "Which matches does Arsenal": NO_CALL,
    "Where are the Chase branches": UNREAD,
    "The grey hoodie was sold out": UNREAD,
    "Transfer 300 dollars": CODE,
    "Get the exchange rate from euros": CURRENCY,
    "Schedule a check-up": SPLIT_ASK,
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "tools", "name", "expected"), params(ROWS, GAPS))
def test_one_ask_makes_one_call(request_text: str, tools: list[dict], name: str, expected: dict) -> None:
    problem = one_call_problem(request_text, tools, name, expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests_in_ten_subjects() -> None:
    assert len(ROWS) >= 30
