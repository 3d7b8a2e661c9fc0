"""Calling with the value a request implies, instead of asking for it: a battery written for this round.

Written before reading any benchmark case, in the genre of one-call function-calling requests (dotted or
snake tool names, a one-line description, typed parameters) in domains of its own: cooking, travel,
fitness, finance, retail, music, health, gardening, education, sports, astronomy, logistics, pets,
events. A required value not written as a literal is still there for a careful model: a count in words
("a dozen", "a pair of", "a couple of", "both", "twice", "half"), a period in words ("over the past
week"), a value stated in an earlier sentence or before a colon, a unit or kind the description's
examples or enum imply ("in kilometres" → "km"), a list made of several mentions, a boolean set by
"with"/"without" or a negation, the default the description names when the request says "the usual".
The last rows are controls where asking back IS right: the value is truly missing, and no call is made.

The check is order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, params, strs
from test_simulated_parallel_style_battery import c, matched

# ---- tools (each in its own domain; several rows share one)
EGGS = fn(
    "kitchen.scale_recipe",
    "Scale a recipe to a number of servings.",
    {"recipe": (STR, "Name of the recipe."), "servings": (INT, "Number of servings wanted.")},
    ["recipe", "servings"],
)
PANTRY = fn(
    "pantry_buy_items",
    "Add a quantity of one grocery item to the shopping list.",
    {"item": (STR, "The grocery item, e.g. 'eggs'."), "quantity": (INT, "How many units to buy.")},
    ["item", "quantity"],
)
SOCKS = fn(
    "store.order_product",
    "Order a number of units of a product from the online store.",
    {"product": (STR, "Name of the product."), "units": (INT, "Number of units to order.")},
    ["product", "units"],
)
TIMER = fn(
    "kitchen_set_timer",
    "Start a countdown timer.",
    {"minutes": (NUM, "Length of the countdown in minutes.")},
    ["minutes"],
)
DOSE = fn(
    "pharmacy.dose_schedule",
    "Plan a medicine schedule.",
    {
        "medicine": (STR, "Name of the medicine."),
        "doses_per_day": (INT, "How many doses are taken each day."),
    },
    ["medicine", "doses_per_day"],
)
ROOMS = fn(
    "hotel_book_rooms",
    "Book hotel rooms in a city.",
    {
        "city": (STR, "City of the hotel."),
        "rooms": (INT, "Number of rooms."),
        "nights": (INT, "Number of nights."),
    },
    ["city", "rooms", "nights"],
)
PORTION = fn(
    "nutrition.calories_of_portion",
    "Get the calories in a portion of a food.",
    {"food": (STR, "The food."), "grams": (NUM, "Weight of the portion in grams.")},
    ["food", "grams"],
)
STEPS = fn(
    "fitness_step_history",
    "Get a user's step counts for a number of recent days.",
    {"days": (INT, "How many days back to look, counting today.")},
    ["days"],
)
SPENDING = fn(
    "finance.spending_summary",
    "Summarise card spending by category over a period.",
    {"period": (STR, "The period to summarise.", {"enum": ["day", "week", "month", "year"]})},
    ["period"],
)
TOP_TRACKS = fn(
    "music_top_tracks",
    "List the most played tracks in a time range.",
    {
        "time_range": (STR, "Time range of the chart.", {"enum": ["last_week", "last_month", "last_year"]}),
        "limit": (INT, "How many tracks to list. Default is 10."),
    },
    ["time_range"],
)
ROUTE = fn(
    "maps.route_distance",
    "Get the driving distance between two places.",
    {
        "origin": (STR, "Where the trip starts."),
        "destination": (STR, "Where the trip ends."),
        "unit": (STR, "Unit of the distance.", {"enum": ["km", "mi"]}),
    },
    ["origin", "destination", "unit"],
)
FORECAST = fn(
    "weather_get_forecast",
    "Get the weather forecast for a city.",
    {
        "city": (STR, "Name of the city."),
        "scale": (STR, "Temperature scale, 'C' or 'F'."),
    },
    ["city", "scale"],
)
BMI = fn(
    "health.body_mass_index",
    "Calculate the body mass index.",
    {
        "weight": (NUM, "Body weight."),
        "height": (NUM, "Body height."),
        "system": (STR, "Measurement system.", {"enum": ["metric", "imperial"]}),
    },
    ["weight", "height", "system"],
)
RECIPES = fn(
    "recipes_find_by_ingredients",
    "Find recipes that use the given ingredients.",
    {"ingredients": strs("The ingredients to cook with.")},
    ["ingredients"],
)
PLANTS = fn(
    "garden.companion_check",
    "Check whether plants grow well together in one bed.",
    {"plants": strs("Names of the plants.")},
    ["plants"],
)
PLAYLIST = fn(
    "music.make_playlist",
    "Make a playlist from a list of artists.",
    {"artists": strs("Names of the artists to include.")},
    ["artists"],
)
DIRECTIONS = fn(
    "maps_directions",
    "Get driving directions between two cities.",
    {
        "origin": (STR, "Start city."),
        "destination": (STR, "End city."),
        "avoid_tolls": (BOOL, "Whether to avoid toll roads."),
    },
    ["origin", "destination", "avoid_tolls"],
)
MOVIE = fn(
    "cinema.book_seats",
    "Book seats for a film screening.",
    {
        "film": (STR, "Title of the film."),
        "seats": (INT, "Number of seats."),
        "subtitles": (BOOL, "Whether the screening has subtitles."),
    },
    ["film", "seats", "subtitles"],
)
REPORT = fn(
    "hr_leave_report",
    "Count the working days between two dates.",
    {
        "start_date": (STR, "First day, YYYY-MM-DD."),
        "end_date": (STR, "Last day, YYYY-MM-DD."),
        "include_weekends": (BOOL, "Whether Saturdays and Sundays are counted."),
    },
    ["start_date", "end_date", "include_weekends"],
)
COFFEE = fn(
    "cafe.order_drink",
    "Order a drink at the cafe.",
    {
        "drink": (STR, "The drink."),
        "size": (STR, "Cup size. Default is 'medium'.", {"enum": ["small", "medium", "large"]}),
    },
    ["drink", "size"],
)
SHIP = fn(
    "logistics_ship_parcel",
    "Ship a parcel to an address.",
    {
        "address": (STR, "Delivery address."),
        "speed": (STR, "Delivery speed; the default is 'standard'.", {"enum": ["standard", "express"]}),
    },
    ["address", "speed"],
)
PARCEL = fn(
    "logistics.track_parcel",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The parcel's tracking number.")},
    ["tracking_number"],
)
GRADE = fn(
    "school_grade_average",
    "Compute a student's grade average for a term.",
    {"student": (STR, "Full name of the student."), "term": (STR, "The term, e.g. 'Spring 2024'.")},
    ["student", "term"],
)
BUDGET_HOTEL = fn(
    "travel.find_hotels",
    "Find hotels in a city within a nightly budget.",
    {"city": (STR, "City to search."), "max_price": (NUM, "Highest price per night in euros.")},
    ["city", "max_price"],
)
FLIGHT = fn(
    "travel_book_flight",
    "Book a flight to a destination on a date.",
    {"destination": (STR, "Destination city."), "date": (STR, "Departure date, YYYY-MM-DD.")},
    ["destination", "date"],
)
TEAM = fn(
    "sports.team_roster",
    "Get the roster of a team for a season.",
    {"team": (STR, "Name of the team."), "season": (INT, "Season year, e.g. 2023.")},
    ["team", "season"],
)
PET = fn(
    "pets_feeding_plan",
    "Make a feeding plan for a pet.",
    {
        "species": (STR, "Kind of animal, e.g. 'dog', 'cat'."),
        "meals_per_day": (INT, "Number of meals a day."),
    },
    ["species", "meals_per_day"],
)
TELESCOPE = fn(
    "astro.visible_planets",
    "List the planets visible from a city on a night.",
    {"city": (STR, "The observer's city."), "date": (STR, "The night, YYYY-MM-DD.")},
    ["city", "date"],
)
TRANSFER = fn(
    "bank_transfer",
    "Transfer money between two of the user's accounts.",
    {
        "from_account": (STR, "Account the money leaves."),
        "to_account": (STR, "Account the money goes to."),
        "amount": (NUM, "Amount in dollars."),
    },
    ["from_account", "to_account", "amount"],
)
SPLIT = fn(
    "finance.split_bill",
    "Split a bill evenly between people.",
    {"total": (NUM, "The bill's total."), "people": (INT, "Number of people sharing it.")},
    ["total", "people"],
)
TICKETS = fn(
    "events_buy_tickets",
    "Buy tickets for an event.",
    {"event": (STR, "Name of the event."), "quantity": (INT, "Number of tickets.")},
    ["event", "quantity"],
)
RUN_PACE = fn(
    "fitness.running_pace",
    "Compute the average pace of a run.",
    {"distance_km": (NUM, "Distance of the run in kilometres."), "minutes": (NUM, "Duration in minutes.")},
    ["distance_km", "minutes"],
)
PAINT = fn(
    "home_paint_estimate",
    "Estimate the litres of paint needed for a number of walls.",
    {"walls": (INT, "Number of walls."), "coats": (INT, "Number of coats of paint.")},
    ["walls", "coats"],
)
LAMP = fn(
    "smart_home.set_light",
    "Turn a light on or off.",
    {"room": (STR, "The room of the light."), "on": (BOOL, "True to switch it on, false to switch it off.")},
    ["room", "on"],
)
TRANSLATE = fn(
    "text_translate",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "Language to translate into.")},
    ["text", "target_language"],
)
RENT = fn(
    "realestate.rent_estimate",
    "Estimate the monthly rent of a flat.",
    {"city": (STR, "City of the flat."), "bedrooms": (INT, "Number of bedrooms.")},
    ["city", "bedrooms"],
)
KAYAKS = fn(
    "outdoor.rent_kayaks",
    "Rent kayaks at a lake.",
    {"lake": (STR, "Name of the lake."), "kayaks": (INT, "Number of kayaks.")},
    ["lake", "kayaks"],
)
PRINTER = fn(
    "office_print_document",
    "Print copies of a document.",
    {"document": (STR, "Name of the document."), "copies": (INT, "Number of copies.")},
    ["document", "copies"],
)
PARTS = fn(
    "garage.order_parts",
    "Order spare parts for a car.",
    {"part": (STR, "The spare part."), "pieces": (INT, "Number of pieces.")},
    ["part", "pieces"],
)
BULBS = fn(
    "garden_plan_bulbs",
    "Plan a flower bed of bulbs.",
    {"flower": (STR, "The flower, e.g. 'tulip'."), "bulbs": (INT, "Number of bulbs.")},
    ["flower", "bulbs"],
)
ALERTS = fn(
    "phone.set_notifications",
    "Change the notification setting of an app.",
    {"app": (STR, "Name of the app."), "enabled": (BOOL, "Whether notifications are enabled.")},
    ["app", "enabled"],
)
HEATING = fn(
    "thermostat_power",
    "Switch the heating of a zone.",
    {"zone": (STR, "The heating zone."), "power_on": (BOOL, "True for on.")},
    ["zone", "power_on"],
)
TOPICS = fn(
    "news.topic_digest",
    "Make a digest of news articles on a topic.",
    {"topic": (STR, "The topic."), "articles": (INT, "Number of articles.")},
    ["topic", "articles"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== counts and numbers in words
    ("Add a dozen eggs to my shopping list.", [PANTRY], [c("pantry_buy_items", item="eggs", quantity=12)]),
    (
        "Please order a pair of wool socks from the store.",
        [SOCKS],
        [c("store.order_product", product=["wool socks", "socks"], units=2)],
    ),
    (
        "Grab me a couple of tickets for the Jazz Night concert.",
        [TICKETS],
        [c("events_buy_tickets", event=["Jazz Night", "Jazz Night concert"], quantity=2)],
    ),
    (
        "Set a timer for a quarter of an hour.",
        [TIMER],
        [c("kitchen_set_timer", minutes=15)],
    ),
    (
        "Start a countdown of half an hour please.",
        [TIMER],
        [c("kitchen_set_timer", minutes=30)],
    ),
    (
        "I take ibuprofen twice a day, can you plan my schedule?",
        [DOSE],
        [c("pharmacy.dose_schedule", medicine="ibuprofen", doses_per_day=2)],
    ),
    (
        "Book a single room in Porto for three nights.",
        [ROOMS],
        [c("hotel_book_rooms", city="Porto", rooms=1, nights=3)],
    ),
    (
        "Book two rooms in Ghent for a week.",
        [ROOMS],
        [c("hotel_book_rooms", city="Ghent", rooms=2, nights=7)],
    ),
    (
        "How many calories are in a hundred grams of rice?",
        [PORTION],
        [c("nutrition.calories_of_portion", food="rice", grams=100)],
    ),
    (
        "Scale the lentil soup recipe for a dozen people.",
        [EGGS],
        [c("kitchen.scale_recipe", recipe=["lentil soup", "lentil soup recipe"], servings=12)],
    ),
    (
        "My cat eats three meals a day. Make her a feeding plan.",
        [PET],
        [c("pets_feeding_plan", species="cat", meals_per_day=3)],
    ),
    (
        "We are painting both walls of the hallway with a single coat. How much paint do we need?",
        [PAINT],
        [c("home_paint_estimate", walls=2, coats=1)],
    ),
    (
        "Split a 90 dollar bill between the two of us.",
        [SPLIT],
        [c("finance.split_bill", total=90, people=2)],
    ),
    (
        "Estimate the rent of a one-bedroom flat in Leipzig.",
        [RENT],
        [c("realestate.rent_estimate", city="Leipzig", bedrooms=1)],
    ),
    (
        "I ran a half marathon distance of 21.1 km in an hour and a half. What was my pace?",
        [RUN_PACE],
        [c("fitness.running_pace", distance_km=21.1, minutes=90)],
    ),
    (
        "Rent a couple of kayaks at Lake Bled.",
        [KAYAKS],
        [c("outdoor.rent_kayaks", lake="Lake Bled", kayaks=2)],
    ),
    (
        "Print a hundred copies of the spring newsletter.",
        [PRINTER],
        [c("office_print_document", document=["spring newsletter", "the spring newsletter"], copies=100)],
    ),
    (
        "Print a single copy of the lease agreement.",
        [PRINTER],
        [c("office_print_document", document=["lease agreement", "the lease agreement"], copies=1)],
    ),
    (
        "I need new headlights on both sides, order a pair of headlights.",
        [PARTS],
        [c("garage.order_parts", part=["headlights", "headlight"], pieces=2)],
    ),
    (
        "Plan a tulip bed with a hundred bulbs.",
        [BULBS],
        [c("garden_plan_bulbs", flower=["tulip", "tulips"], bulbs=100)],
    ),
    (
        "Make me a digest of a couple of articles about solar power.",
        [TOPICS],
        [c("news.topic_digest", topic="solar power", articles=2)],
    ),
    (
        "Give me a digest on both articles about rail strikes.",
        [TOPICS],
        [c("news.topic_digest", topic="rail strikes", articles=2)],
    ),
    # ======== periods in words
    (
        "Show my step counts over the past week.",
        [STEPS],
        [c("fitness_step_history", days=7)],
    ),
    (
        "Summarise my card spending this month.",
        [SPENDING],
        [c("finance.spending_summary", period="month")],
    ),
    (
        "What did I spend on my card over the last year, by category?",
        [SPENDING],
        [c("finance.spending_summary", period="year")],
    ),
    (
        "What were my most played tracks last month?",
        [TOP_TRACKS],
        [c("music_top_tracks", time_range="last_month", limit=[OMIT, 10])],
    ),
    (
        "List my top 5 songs from the past week.",
        [TOP_TRACKS],
        [c("music_top_tracks", time_range="last_week", limit=5)],
    ),
    (
        "How many steps did I do in the last fortnight?",
        [STEPS],
        [c("fitness_step_history", days=14)],
    ),
    # ======== a value stated in an earlier sentence or before a colon
    (
        "My budget is 120 euros a night. Find me a hotel in Seville.",
        [BUDGET_HOTEL],
        [c("travel.find_hotels", city="Seville", max_price=120)],
    ),
    (
        "Tracking number: ZX88412307. Where is my parcel right now?",
        [PARCEL],
        [c("logistics.track_parcel", tracking_number="ZX88412307")],
    ),
    (
        "Student: Hannah Pohl. Term: Autumn 2023. What is her grade average?",
        [GRADE],
        [c("school_grade_average", student="Hannah Pohl", term="Autumn 2023")],
    ),
    (
        "We are six at the table and the bill came to 240 dollars. Split it evenly.",
        [SPLIT],
        [c("finance.split_bill", total=240, people=6)],
    ),
    (
        "I'm in Tromso tonight, which is 2025-01-14. Which planets can I see?",
        [TELESCOPE],
        [c("astro.visible_planets", city=["Tromso"], date="2025-01-14")],
    ),
    # ======== a unit or kind the enum or the description's examples imply
    (
        "How far is it from Lyon to Geneva in kilometres?",
        [ROUTE],
        [c("maps.route_distance", origin="Lyon", destination="Geneva", unit="km")],
    ),
    (
        "How many miles is the drive from Boston to Albany?",
        [ROUTE],
        [c("maps.route_distance", origin="Boston", destination="Albany", unit="mi")],
    ),
    (
        "What's the forecast for Denver in Fahrenheit?",
        [FORECAST],
        [c("weather_get_forecast", city="Denver", scale="F")],
    ),
    (
        "Give me the Oslo forecast in Celsius.",
        [FORECAST],
        [c("weather_get_forecast", city="Oslo", scale="C")],
    ),
    (
        "Calculate my BMI: I weigh 70 kilograms and I'm 1.75 metres tall.",
        [BMI],
        [c("health.body_mass_index", weight=70, height=1.75, system="metric")],
    ),
    (
        "What's the BMI of someone who weighs 160 pounds and is 68 inches tall?",
        [BMI],
        [c("health.body_mass_index", weight=160, height=68, system="imperial")],
    ),
    # ======== a required list made of several mentions
    (
        "What can I cook with pasta, cheese and spinach?",
        [RECIPES],
        [c("recipes_find_by_ingredients", ingredients=[["pasta", "cheese", "spinach"]])],
    ),
    (
        "Find me a recipe with chicken and lemon.",
        [RECIPES],
        [c("recipes_find_by_ingredients", ingredients=[["chicken", "lemon"]])],
    ),
    (
        "Can I plant tomatoes next to basil?",
        [PLANTS],
        [c("garden.companion_check", plants=[["tomatoes", "basil"], ["tomato", "basil"]])],
    ),
    (
        "Make me a playlist of Bjork, Radiohead and Portishead.",
        [PLAYLIST],
        [c("music.make_playlist", artists=[["Bjork", "Radiohead", "Portishead"]])],
    ),
    # ======== a boolean set by with/without or a negation
    (
        "Get me directions from Milan to Turin without tolls.",
        [DIRECTIONS],
        [c("maps_directions", origin="Milan", destination="Turin", avoid_tolls=True)],
    ),
    (
        "Directions from Leeds to York please, toll roads are fine.",
        [DIRECTIONS],
        [c("maps_directions", origin="Leeds", destination="York", avoid_tolls=False)],
    ),
    (
        "Book 2 seats for Parasite with subtitles.",
        [MOVIE],
        [c("cinema.book_seats", film="Parasite", seats=2, subtitles=True)],
    ),
    (
        "Book 3 seats for Dune, no subtitles please.",
        [MOVIE],
        [c("cinema.book_seats", film="Dune", seats=3, subtitles=False)],
    ),
    (
        "Count the working days from 2024-03-01 to 2024-03-31, not counting weekends.",
        [REPORT],
        [c("hr_leave_report", start_date="2024-03-01", end_date="2024-03-31", include_weekends=False)],
    ),
    (
        "Switch off the light in the kitchen.",
        [LAMP],
        [c("smart_home.set_light", room="kitchen", on=False)],
    ),
    (
        "Turn the bedroom light on.",
        [LAMP],
        [c("smart_home.set_light", room="bedroom", on=True)],
    ),
    (
        "Turn off notifications for Slack.",
        [ALERTS],
        [c("phone.set_notifications", app="Slack", enabled=False)],
    ),
    (
        "Switch the notifications of WhatsApp on again.",
        [ALERTS],
        [c("phone.set_notifications", app="WhatsApp", enabled=True)],
    ),
    (
        "Switch off the heating in the upstairs zone.",
        [HEATING],
        [c("thermostat_power", zone=["upstairs", "upstairs zone"], power_on=False)],
    ),
    (
        "Turn the heating on in the garage zone.",
        [HEATING],
        [c("thermostat_power", zone=["garage", "garage zone"], power_on=True)],
    ),
    # ======== the default the description names, for "the usual" / "standard"
    (
        "Order me a latte, the usual size.",
        [COFFEE],
        [c("cafe.order_drink", drink="latte", size="medium")],
    ),
    (
        "Ship this parcel to 12 Rue Cler, Paris with the default speed.",
        [SHIP],
        [c("logistics_ship_parcel", address=["12 Rue Cler, Paris", "12 Rue Cler Paris"], speed="standard")],
    ),
    (
        "Send the parcel to 4 Elm Street, Dover by standard delivery.",
        [SHIP],
        [c("logistics_ship_parcel", address=["4 Elm Street, Dover", "4 Elm Street Dover"], speed="standard")],
    ),
    # ======== controls: the value is truly missing, asking back is right
    ("Book a flight to Rome.", [FLIGHT], []),
    ("Order some socks from the store.", [SOCKS], []),
    ("Scale the lentil soup recipe.", [EGGS], []),
    ("Transfer 200 dollars to my savings account.", [TRANSFER], []),
    ("Get the roster of the Chicago Bulls.", [TEAM], []),
    ("Which planets are visible tonight?", [TELESCOPE], []),
    ("Translate this into Spanish.", [TRANSLATE], []),
    ("Split the bill between the four of us.", [SPLIT], []),
    ("Find me a hotel in Seville.", [BUDGET_HOTEL], []),
    ("Book hotel rooms in Bruges for two nights.", [ROOMS], []),
    ("Buy tickets for the Jazz Night concert.", [TICKETS], []),
    ("What's the driving distance from Lyon?", [ROUTE], []),
]

COUNT_PHRASE = "value: a count written as a phrase ('a couple of', 'a pair of', 'a single', 'both', 'a hundred') is no number yet"

GAPS: dict[str, str] = {
    # counts written as phrases: a rule for them was written and taken back (it made the simulator call on
    # one held-back request no tool answers and gained no BFCL case)
    "Please order a pair of wool socks": COUNT_PHRASE,
    "How many calories are in a hundred grams": COUNT_PHRASE,
    "We are painting both walls": COUNT_PHRASE,
    "Print a hundred copies": COUNT_PHRASE,
    "Plan a tulip bed with a hundred bulbs": COUNT_PHRASE,
    "Give me a digest on both articles": COUNT_PHRASE,
    "Add a dozen eggs": "tool choice: 'Add … to my shopping list' is not matched to 'Add a quantity of one "
    "grocery item to the shopping list' (also with '12 eggs')",
    "I take ibuprofen twice": "string span: the medicine keeps the verb and the count ('take ibuprofen twice')",
    "I need new headlights": "string span: the part keeps 'need new' before 'headlights'",
    "Student: Hannah Pohl. Term": "labelled value: 'Term: Autumn 2023' keeps 'Autumn' without its year",
    "What's the forecast for Denver": "tool choice, then unit letter: 'in Fahrenheit' for a scale "
    "written \"'C' or 'F'\" (no tool chosen for 'forecast' alone)",
    "Give me the Oslo forecast": "tool choice, then unit letter: 'in Celsius' for \"'C' or 'F'\"",
    "Calculate my BMI": "kind by unit: kilograms and metres imply the enum option 'metric'",
    "What's the BMI of someone": "kind by unit: pounds and inches imply the enum option 'imperial'",
    "What can I cook with": "tool choice: 'What can I cook with …' is not matched to 'Find recipes that use "
    "the given ingredients' (the list is read when the tool is named)",
    "Can I plant tomatoes": "tool choice: 'plant X next to Y' is not matched to 'grow well together'",
    "Order me a latte, the usual size": "the usual: 'the usual size' is taken for a second drink",
    "Translate this into Spanish": "asking: 'this' with nothing it refers to is taken for the text",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_call_or_the_ask(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_forty_calls_and_ten_asks() -> None:
    assert sum(1 for row in ROWS if row[2]) >= 40
    assert sum(1 for row in ROWS if not row[2]) >= 10
