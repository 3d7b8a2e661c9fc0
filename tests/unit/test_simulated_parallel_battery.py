"""A battery of turns that ask for several calls at once, and of turns that must not be split.

Written before looking at any failing benchmark case, in phrasings the earlier parallel batteries
(`fan`, `pmult`, `pcount`, `parallel_style`) do not use: pairs set apart by "and" with their own values
("the living room lights to 40% and the bedroom lights to 10%"), "respectively" after two lists, "both",
"as well as", an ask per sentence or per numbered line, "then" between two tools, a count of repeats
("roll … 4 times") for a tool that does one at a time, a value said once for all calls ("in celsius"),
and asks whose "and" sits inside one noun phrase or a range ("a salt and pepper grinder set", "between
1200 and 1800") that are one call. Domains: smart home, messaging, games, travel, shopping, housing,
finance, accounts, language, sports, health, music, devops, libraries, cooking, weather, science.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

LIGHT = fn(
    "set_light_level",
    "Set the brightness of the lights in a room.",
    {"room": (STR, "The room, e.g. 'kitchen'."), "brightness": (INT, "Brightness in percent, 0-100.")},
    ["room", "brightness"],
)
MESSAGE = fn(
    "send_chat_message",
    "Send a chat message to a contact.",
    {"recipient": (STR, "The contact's name."), "text": (STR, "The message text.")},
    ["recipient", "text"],
)
DIE = fn(
    "roll_die",
    "Roll one die with the given number of sides and return the result.",
    {"sides": (INT, "Number of sides of the die.")},
    ["sides"],
)
PASSWORD = fn(
    "generate_password",
    "Generate one random password.",
    {"length": (INT, "Number of characters.")},
    ["length"],
)
FLIGHT = fn(
    "book_flight",
    "Book a flight between two airports.",
    {
        "origin": (STR, "Departure city."),
        "destination": (STR, "Arrival city."),
        "date": (STR, "Date of travel, YYYY-MM-DD."),
    },
    ["origin", "destination", "date"],
)
HOTEL = fn(
    "reserve_hotel",
    "Reserve a hotel room in a city.",
    {"city": (STR, "The city."), "nights": (INT, "Number of nights.")},
    ["city", "nights"],
)
PRODUCTS = fn(
    "search_products",
    "Search the shop's catalogue.",
    {
        "query": (STR, "What to search for."),
        "min_rating": (NUM, "Minimum average rating, 1-5."),
        "compatible_with": (STR, "Operating system the product must work with."),
        "max_price": (NUM, "Maximum price in dollars."),
    },
    ["query"],
)
APARTMENTS = fn(
    "find_apartments",
    "Find apartments to rent in a city.",
    {
        "city": (STR, "The city."),
        "min_rent": (NUM, "Lowest monthly rent in dollars."),
        "max_rent": (NUM, "Highest monthly rent in dollars."),
    },
    ["city"],
)
LENGTH = fn(
    "convert_length",
    "Convert a length from one unit to another.",
    {
        "value": (NUM, "The length to convert."),
        "from_unit": (STR, "Unit of the value, e.g. 'mi'."),
        "to_unit": (STR, "Unit to convert to, e.g. 'km'."),
    },
    ["value", "from_unit", "to_unit"],
)
POPULATION = fn(
    "city_population",
    "Get the current population of a city.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
DRIVE = fn(
    "driving_time",
    "Estimate the driving time between two cities.",
    {"origin": (STR, "Starting city."), "destination": (STR, "Destination city.")},
    ["origin", "destination"],
)
REVENUE = fn(
    "company_revenue",
    "Get a company's annual revenue for one fiscal year.",
    {"company": (STR, "Company name."), "year": (INT, "Fiscal year.")},
    ["company", "year"],
)
STOCK_LEVEL = fn(
    "check_stock_level",
    "Check how many units of an item a warehouse holds.",
    {"item": (STR, "The item name."), "warehouse": (STR, "Warehouse code, e.g. 'W1'.")},
    ["item", "warehouse"],
)
SHOPPING = fn(
    "add_to_shopping_list",
    "Add one item to the shopping list.",
    {"item": (STR, "The item to add.")},
    ["item"],
)
USER = fn(
    "create_user_account",
    "Create a user account with a role.",
    {
        "username": (STR, "The login name."),
        "role": (STR, "The role", {"enum": ["admin", "editor", "viewer"]}),
    },
    ["username", "role"],
)
DEFINE = fn(
    "define_word",
    "Look up the dictionary definition of a word.",
    {"word": (STR, "The word.")},
    ["word"],
)
PORCH = fn(
    "switch_light",
    "Turn a named light on or off.",
    {"light": (STR, "The light's name."), "state": (STR, "on or off", {"enum": ["on", "off"]})},
    ["light", "state"],
)
LOCK = fn(
    "lock_door",
    "Lock a door.",
    {"door": (STR, "Which door, e.g. 'back door'.")},
    ["door"],
)
THERMOSTAT = fn(
    "set_thermostat",
    "Set the thermostat's target temperature.",
    {"temperature": (NUM, "Target temperature in degrees Fahrenheit.")},
    ["temperature"],
)
FOLDER = fn(
    "create_folder",
    "Create a new folder.",
    {"folder_name": (STR, "Name of the folder.")},
    ["folder_name"],
)
MOVE = fn(
    "move_file",
    "Move a file into a folder.",
    {"file": (STR, "The file name."), "folder": (STR, "The destination folder.")},
    ["file", "folder"],
)
RESTAURANTS = fn(
    "find_restaurants",
    "Find restaurants in a city by cuisine.",
    {"cuisine": (STR, "Type of food, e.g. 'Thai'."), "city": (STR, "The city.")},
    ["cuisine", "city"],
)
FLIGHT_STATUS = fn(
    "flight_status",
    "Get the live status of a flight.",
    {"flight_number": (STR, "Airline code and number, e.g. 'BA117'.")},
    ["flight_number"],
)
STANDINGS = fn(
    "league_standings",
    "Get the final table of a football league for a season.",
    {"league": (STR, "The league's name."), "season": (INT, "The year the season ended.")},
    ["league", "season"],
)
BMI = fn(
    "calculate_bmi",
    "Calculate body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
PLAY = fn(
    "play_song",
    "Play a song on the speaker.",
    {"title": (STR, "Song title."), "artist": (STR, "The performer.")},
    ["title"],
)
RESTART = fn(
    "restart_container",
    "Restart a running Docker container.",
    {"container": (STR, "Container name.")},
    ["container"],
)
RENEW = fn(
    "renew_loan",
    "Renew a borrowed library book.",
    {"card_number": (STR, "The borrower's library card number."), "barcode": (STR, "The book's barcode.")},
    ["card_number", "barcode"],
)
RECIPES = fn(
    "search_recipes",
    "Search recipes by keywords.",
    {"query": (STR, "Keywords, e.g. 'vegan lasagna'.")},
    ["query"],
)
TEMPERATURE = fn(
    "convert_temperature",
    "Convert a temperature between scales.",
    {
        "value": (NUM, "The temperature."),
        "from_scale": (STR, "Scale of the value", {"enum": ["celsius", "fahrenheit", "kelvin"]}),
        "to_scale": (STR, "Scale to convert to", {"enum": ["celsius", "fahrenheit", "kelvin"]}),
    },
    ["value", "from_scale", "to_scale"],
)
BOILING = fn(
    "boiling_point",
    "Get the boiling point of a substance at sea level.",
    {"substance": (STR, "The substance.")},
    ["substance"],
)
WEATHER = fn(
    "current_weather",
    "Get the current weather in a city.",
    {
        "city": (STR, "The city name."),
        "unit": (STR, "Temperature unit", {"enum": ["celsius", "fahrenheit"]}),
    },
    ["city"],
)
RANDOM = fn(
    "random_integer",
    "Pick a random whole number in a range.",
    {"low": (INT, "Smallest allowed value."), "high": (INT, "Largest allowed value.")},
    ["low", "high"],
)
SHIP = fn(
    "ship_order",
    "Ship a customer order with a delivery method.",
    {
        "order_id": (STR, "The order number."),
        "method": (STR, "Delivery speed", {"enum": ["standard", "express", "overnight"]}),
    },
    ["order_id", "method"],
)
DRAW = fn(
    "draw_card",
    "Draw one card from a named deck.",
    {"deck": (STR, "The deck's name.")},
    ["deck"],
)
DICE_ROLLS = fn(
    "roll_dice",
    "Roll a die several times and return every result.",
    {"sides": (INT, "Number of sides."), "num_rolls": (INT, "How many rolls to make.")},
    ["sides", "num_rolls"],
)
WATERING = fn(
    "schedule_watering",
    "Schedule watering for a plant.",
    {"plant": (STR, "The plant."), "per_week": (INT, "Waterings per week.")},
    ["plant", "per_week"],
)
CHORES = fn(
    "add_task",
    "Add a task to the to-do list.",
    {"title": (STR, "What to do."), "due": (STR, "Due date, YYYY-MM-DD.")},
    ["title"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== one tool, a pair of values per call
    (
        "Set the living room lights to 40% and the bedroom lights to 10%.",
        [LIGHT],
        [
            c("set_light_level", room="living room", brightness=40),
            c("set_light_level", room="bedroom", brightness=10),
        ],
    ),
    (
        "Send 'Running late' to Priya and 'See you at six' to Marco.",
        [MESSAGE],
        [
            c("send_chat_message", recipient="Priya", text="Running late"),
            c("send_chat_message", recipient="Marco", text="See you at six"),
        ],
    ),
    (
        "Give me the driving time between Austin and Dallas, and between Dallas and Houston.",
        [DRIVE],
        [
            c("driving_time", origin="Austin", destination="Dallas"),
            c("driving_time", origin="Dallas", destination="Houston"),
        ],
    ),
    (
        "Create accounts for alice and bob with the roles admin and viewer, respectively.",
        [USER],
        [
            c("create_user_account", username="alice", role="admin"),
            c("create_user_account", username="bob", role="viewer"),
        ],
    ),
    (
        "Someone weighs 70 kg and is 1.75 m tall; another person weighs 90 kg and is 1.85 m tall. "
        "Calculate the BMI of each.",
        [BMI],
        [c("calculate_bmi", weight_kg=70, height_m=1.75), c("calculate_bmi", weight_kg=90, height_m=1.85)],
    ),
    (
        "Play 'Clocks' by Coldplay, then 'Hurt' by Johnny Cash.",
        [PLAY],
        [
            c("play_song", title="Clocks", artist="Coldplay"),
            c("play_song", title="Hurt", artist="Johnny Cash"),
        ],
    ),
    (
        "Ship order 5521 by express and order 5530 by standard delivery.",
        [SHIP],
        [
            c("ship_order", order_id="5521", method="express"),
            c("ship_order", order_id="5530", method="standard"),
        ],
    ),
    # ======== one tool, a series of values
    (
        "Show me Acme Corp's annual revenue for 2019, 2020 and 2021.",
        [REVENUE],
        [c("company_revenue", company=["Acme Corp", "Acme"], year=y) for y in (2019, 2020, 2021)],
    ),
    (
        "For each item (bolts, washers and hinges) check the stock level in warehouse W2.",
        [STOCK_LEVEL],
        [c("check_stock_level", item=i, warehouse="W2") for i in ("bolts", "washers", "hinges")],
    ),
    (
        "Add milk, eggs, and bread to my shopping list.",
        [SHOPPING],
        [c("add_to_shopping_list", item=i) for i in ("milk", "eggs", "bread")],
    ),
    (
        "Please do the following:\n1. add oat milk to the shopping list\n2. add coffee beans to the shopping list",
        [SHOPPING],
        [c("add_to_shopping_list", item=i) for i in ("oat milk", "coffee beans")],
    ),
    (
        "What do both 'ephemeral' and 'ubiquitous' mean?",
        [DEFINE],
        [c("define_word", word=w) for w in ("ephemeral", "ubiquitous")],
    ),
    (
        "Find Italian and Mexican restaurants in Denver.",
        [RESTAURANTS],
        [c("find_restaurants", cuisine=k, city="Denver") for k in ("Italian", "Mexican")],
    ),
    (
        "Look up the status of flight UA902 as well as DL45.",
        [FLIGHT_STATUS],
        [c("flight_status", flight_number=f) for f in ("UA902", "DL45")],
    ),
    (
        "Get the final tables of the Premier League and La Liga for the 2022 season.",
        [STANDINGS],
        [c("league_standings", league=k, season=2022) for k in ("Premier League", "La Liga")],
    ),
    (
        "Restart the web and worker containers.",
        [RESTART],
        [c("restart_container", container=k) for k in ("web", "worker")],
    ),
    (
        "Renew the books with barcodes 30012 and 30045 on library card 7781.",
        [RENEW],
        [c("renew_loan", card_number="7781", barcode=b) for b in ("30012", "30045")],
    ),
    (
        "What's the weather right now in Reno and in Tucson? Use fahrenheit.",
        [WEATHER],
        [c("current_weather", city=k, unit="fahrenheit") for k in ("Reno", "Tucson")],
    ),
    # ======== counts of repeats
    (
        "Roll a 12-sided die 4 times.",
        [DIE],
        [c("roll_die", sides=12) for _ in range(4)],
    ),
    (
        "Generate three passwords, each 16 characters long.",
        [PASSWORD],
        [c("generate_password", length=16) for _ in range(3)],
    ),
    (
        "Draw a card from the tarot deck twice.",
        [DRAW],
        [c("draw_card", deck="tarot") for _ in range(2)],
    ),
    (
        "Roll an 8-sided die 5 times.",
        [DICE_ROLLS],
        [c("roll_dice", sides=8, num_rolls=5)],
    ),
    (
        "Water the basil 3 times a week.",
        [WATERING],
        [c("schedule_watering", plant="basil", per_week=3)],
    ),
    # ======== several tools in one turn
    (
        "Book a flight from Chicago to Miami on 2025-03-14 and then reserve a hotel in Miami for 3 nights.",
        [FLIGHT, HOTEL],
        [
            c("book_flight", origin="Chicago", destination="Miami", date="2025-03-14"),
            c("reserve_hotel", city="Miami", nights=3),
        ],
    ),
    (
        "Convert 20 miles to kilometers, and also look up the population of Ghent.",
        [LENGTH, POPULATION],
        [
            c("convert_length", value=20, from_unit=["mi", "miles"], to_unit=["km", "kilometers"]),
            c("city_population", city="Ghent"),
        ],
    ),
    (
        "Turn on the porch light. Lock the back door. Set the thermostat to 68.",
        [PORCH, LOCK, THERMOSTAT],
        [
            c("switch_light", light=["porch", "porch light"], state="on"),
            c("lock_door", door="back door"),
            c("set_thermostat", temperature=68),
        ],
    ),
    (
        "Create a folder named reports, then move invoice.pdf into it.",
        [FOLDER, MOVE],
        [c("create_folder", folder_name="reports"), c("move_file", file="invoice.pdf", folder="reports")],
    ),
    (
        "Convert 100 degrees Fahrenheit to Celsius. Also, what's the boiling point of ethanol?",
        [TEMPERATURE, BOILING],
        [
            c("convert_temperature", value=100, from_scale="fahrenheit", to_scale="celsius"),
            c("boiling_point", substance="ethanol"),
        ],
    ),
    (
        "Add two tasks: water the plants, and call the plumber.",
        [CHORES],
        [c("add_task", title=t, due=OMIT) for t in ("water the plants", "call the plumber")],
    ),
    # ======== one ask: an "and" inside a noun phrase or a range
    (
        "Find wireless earbuds with a rating above 4 and compatible with Android.",
        [PRODUCTS],
        [
            c(
                "search_products",
                query=["wireless earbuds", "earbuds"],
                min_rating=4,
                compatible_with="Android",
                max_price=OMIT,
            )
        ],
    ),
    (
        "I need a salt and pepper grinder set under $30.",
        [PRODUCTS],
        [
            c(
                "search_products",
                query=["salt and pepper grinder set", "salt and pepper grinder"],
                max_price=30,
                min_rating=OMIT,
                compatible_with=OMIT,
            )
        ],
    ),
    (
        "Find apartments in Austin renting between 1200 and 1800 dollars a month.",
        [APARTMENTS],
        [c("find_apartments", city="Austin", min_rent=1200, max_rent=1800)],
    ),
    (
        "Pick a random number between 5 and 10.",
        [RANDOM],
        [c("random_integer", low=5, high=10)],
    ),
    (
        "Find me a recipe for chicken and rice soup.",
        [RECIPES],
        [c("search_recipes", query=["chicken and rice soup"])],
    ),
]

GAPS: dict[str, str] = {
    "Roll an 8-sided die 5 times.": "value: 'N times' is not kept for the parameter that counts the repeats "
    "(sides 5, num_rolls 8)",
    "Set the living room lights": "value: a room of two words ('living room') is cut to its first word",
    "Turn on the porch light.": "value: 'back door' for an example 'back door' is cut to 'back'",
    "Add two tasks: water": "fan-out: a colon list of asks joined by ', and' makes no call",
    "Find wireless earbuds": "tool: a catalogue search whose description names no product kind is not chosen",
    "I need a salt and pepper": "tool: a catalogue search whose description names no product kind is not "
    "chosen",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_of_a_turn(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_five_requests() -> None:
    assert len(ROWS) >= 25
