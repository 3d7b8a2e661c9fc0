"""A battery of several calls in one turn: how many calls, and which value goes to which call.

Written for this round in its own words, before changing the model. A request often asks for one tool
several times, or for several tools, without the tidy "for A, B and C" a simple fan-out reads: it names a
count first and the values later ("my three bank cards … numbers are …"), writes codes with inner hyphens
("acct 7730-1184"), lists items on numbered lines, gives each item's values in a sentence of its own, pairs
two lists ("X in red and Y in blue"), crosses two lists ("… on both A and B"), or asks a follow-up that
changes one value ("What about Oslo?"). A small competent model makes one call per item, gives each call
its own values, and never takes the counting words ("two", "both our cars") as a value.
Guard rows: a single ask stays one call; a plain list fans out as before; a cross product stays complete.
Domains: banking, vehicles, travel, cooking, energy, pets, home automation, IT operations, libraries,
language, shipping, sport, tabletop games, weather, health.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

BALANCE = fn(
    "account_balance",
    "Get the current balance of a bank account.",
    {"account_id": (STR, "The account number.")},
    ["account_id"],
)
CARD_BLOCK = fn(
    "block_card",
    "Block a lost or stolen payment card.",
    {"card_number": (STR, "The card number.")},
    ["card_number"],
)
MOVE_MONEY = fn(
    "move_money",
    "Move money between two of the customer's accounts.",
    {
        "source_account": (STR, "Account to take the money from."),
        "target_account": (STR, "Account to put the money in."),
        "amount": (NUM, "Amount to move."),
    },
    ["source_account", "target_account", "amount"],
)
LOAN = fn(
    "loan_status",
    "Get the status and remaining balance of a loan.",
    {"loan_number": (STR, "The loan number.")},
    ["loan_number"],
)
RECALLS = fn(
    "vehicle_recall_lookup",
    "Look up open safety recalls for a vehicle by its VIN.",
    {"vin": (STR, "The 17-character vehicle identification number.")},
    ["vin"],
)
PLATE = fn(
    "parking_fines",
    "List unpaid parking fines for a licence plate.",
    {"plate": (STR, "The licence plate.")},
    ["plate"],
)
FLIGHT_STATUS = fn(
    "flight_status",
    "Get the live status of a flight by its flight number.",
    {"flight_number": (STR, "The flight number, e.g. BA117.")},
    ["flight_number"],
)
VISA = fn(
    "visa_rules",
    "Check whether a traveller needs a visa to enter a country.",
    {
        "citizenship": (STR, "The traveller's country of citizenship."),
        "destination": (STR, "The country to enter."),
    },
    ["citizenship", "destination"],
)
KITCHEN = fn(
    "kitchen_convert",
    "Convert a cooking amount of an ingredient from one unit to another.",
    {
        "ingredient": (STR, "The ingredient, e.g. sugar."),
        "amount": (NUM, "The amount to convert."),
        "from_unit": (STR, "The unit of the amount, e.g. cup."),
        "to_unit": (STR, "The unit wanted, e.g. gram."),
    },
    ["ingredient", "amount", "from_unit", "to_unit"],
)
WIND = fn(
    "wind_turbine_yield",
    "Estimate the yearly energy of a wind turbine at a site.",
    {
        "rated_kw": (NUM, "Rated power of the turbine in kW."),
        "site": (STR, "Town or site of the turbine."),
    },
    ["rated_kw", "site"],
)
VET = fn(
    "book_vet_visit",
    "Book a vet appointment for a pet.",
    {
        "pet": (STR, "The pet's name."),
        "reason": (STR, "What the visit is for, e.g. vaccination."),
        "date": (STR, "Date of the visit, YYYY-MM-DD."),
    },
    ["pet", "reason", "date"],
)
LIGHTS = fn(
    "set_light_colour",
    "Set the colour of a smart light.",
    {"light": (STR, "The light's name."), "colour": (STR, "The colour, e.g. blue.")},
    ["light", "colour"],
)
RESTART = fn(
    "restart_unit",
    "Restart a systemd unit on a host.",
    {"unit": (STR, "The unit to restart, e.g. redis."), "host": (STR, "The host name.")},
    ["unit", "host"],
)
DISK = fn(
    "disk_usage",
    "Report the disk usage of a host.",
    {"host": (STR, "The host name.")},
    ["host"],
)
CATALOG = fn(
    "library_search",
    "Search the library catalogue for a title in a format.",
    {
        "title": (STR, "The title to look for."),
        "medium": (STR, "The format: paperback, ebook or audiobook."),
    },
    ["title", "medium"],
)
TRANSLATE = fn(
    "translate_phrase",
    "Translate a phrase into a language.",
    {"phrase": (STR, "The phrase to translate."), "language": (STR, "The target language.")},
    ["phrase", "language"],
)
PARCEL = fn(
    "track_parcel",
    "Track a parcel by its tracking code.",
    {"tracking_code": (STR, "The carrier's tracking code.")},
    ["tracking_code"],
)
STANDINGS = fn(
    "division_table",
    "Get the table of a sports division for a season.",
    {"division": (STR, "The division, e.g. Serie A."), "season": (STR, "The season, e.g. 2022-23.")},
    ["division", "season"],
)
DICE = fn(
    "roll_die",
    "Roll some dice and return the total.",
    {"count": (INT, "How many dice to roll."), "faces": (INT, "Faces on each die.")},
    ["count", "faces"],
)
FORECAST = fn(
    "weather_outlook",
    "Get the weather outlook for a city.",
    {"city": (STR, "The city."), "days": (INT, "How many days ahead.")},
    ["city"],
)
BMI = fn(
    "body_mass_index",
    "Compute a person's body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in metres.")},
    ["weight_kg", "height_m"],
)
DEADLINE = fn(
    "due_date",
    "Work out a due date some days after a start date.",
    {
        "start": (STR, "The start date, YYYY-MM-DD."),
        "days": (INT, "Number of days."),
        "working_days": (BOOL, "Count working days only."),
    },
    ["start", "days"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== codes written with inner hyphens are one value
    (
        "Move 250 from account 7730-1184 to account 7730-5521.",
        [MOVE_MONEY],
        [c("move_money", source_account="7730-1184", target_account="7730-5521", amount=250)],
    ),
    (
        "What's the balance of 2209-4410?",
        [BALANCE],
        [c("account_balance", account_id="2209-4410")],
    ),
    (
        "Track parcels 55-201-7 and 55-388-2 please.",
        [PARCEL],
        [c("track_parcel", tracking_code=code) for code in ("55-201-7", "55-388-2")],
    ),
    (
        "Block cards 4000-1122 and 4000-8876, they were stolen.",
        [CARD_BLOCK],
        [c("block_card", card_number=code) for code in ("4000-1122", "4000-8876")],
    ),
    # ======== a count stated first, the values later: the count is no value
    (
        "I have two savings accounts here. The first one is 3391-0027. The second one is 3391-0458. "
        "What's the balance on each?",
        [BALANCE],
        [c("account_balance", account_id=code) for code in ("3391-0027", "3391-0458")],
    ),
    (
        "Please check recalls for both of our vans. The VINs are WDB9066331S123456 and WDB9066331S654321.",
        [RECALLS],
        [c("vehicle_recall_lookup", vin=v) for v in ("WDB9066331S123456", "WDB9066331S654321")],
    ),
    (
        "Any parking fines on our three company cars? Plates: KX19 ABC, KX19 ABD and KX20 LMN.",
        [PLATE],
        [c("parking_fines", plate=p) for p in ("KX19 ABC", "KX19 ABD", "KX20 LMN")],
    ),
    (
        "Block both of my cards: 5100-2233 and 5100-7788.",
        [CARD_BLOCK],
        [c("block_card", card_number=code) for code in ("5100-2233", "5100-7788")],
    ),
    (
        "Check the status of our two flights, BA117 and LH902.",
        [FLIGHT_STATUS],
        [c("flight_status", flight_number=f) for f in ("BA117", "LH902")],
    ),
    (
        "We run two delivery vans. The first plate is KX19 ABC. The second plate is KX20 LMN. Any fines on each?",
        [PLATE],
        [c("parking_fines", plate=p) for p in ("KX19 ABC", "KX20 LMN")],
    ),
    (
        "I have two car loans with you. The first loan is 7781-2209. The second loan is 7781-5530. What's the "
        "status on each?",
        [LOAN],
        [c("loan_status", loan_number=code) for code in ("7781-2209", "7781-5530")],
    ),
    (
        "I have three savings accounts. What's the balance on each?",
        [BALANCE],
        [],
    ),
    # ======== numbered or bulleted lines: the next line's number is no part of a value
    (
        "Estimate the yearly yield of these turbines:\n1. a 50 kW turbine at Aberdeen\n2. a 20 kW turbine at "
        "Cork\n3. a 75 kW turbine at Brest",
        [WIND],
        [
            c("wind_turbine_yield", rated_kw=50, site="Aberdeen"),
            c("wind_turbine_yield", rated_kw=20, site="Cork"),
            c("wind_turbine_yield", rated_kw=75, site="Brest"),
        ],
    ),
    (
        "Outlook please for:\n1. Oslo\n2. Bergen\n3. Tromso",
        [FORECAST],
        [c("weather_outlook", city=city, days=OMIT) for city in ("Oslo", "Bergen", "Tromso")],
    ),
    (
        "Track these parcels:\n- JD0147\n- JD0993",
        [PARCEL],
        [c("track_parcel", tracking_code=code) for code in ("JD0147", "JD0993")],
    ),
    # ======== each item in a sentence of its own
    (
        "I need some conversions. First, 2 cups of sugar to grams. Then 4 tablespoons of honey to millilitres.",
        [KITCHEN],
        [
            c("kitchen_convert", ingredient="sugar", amount=2, from_unit="cup", to_unit="gram"),
            c("kitchen_convert", ingredient="honey", amount=4, from_unit="tablespoon", to_unit="millilitre"),
        ],
    ),
    (
        "Compute the BMI for someone weighing 70 kg at 1.75 m. Also for someone at 90 kg and 1.82 m.",
        [BMI],
        [
            c("body_mass_index", weight_kg=70, height_m=1.75),
            c("body_mass_index", weight_kg=90, height_m=1.82),
        ],
    ),
    (
        "My passport is Indian. Do I need a visa for Germany? What about Thailand?",
        [VISA],
        [
            c("visa_rules", citizenship="Indian", destination="Germany"),
            c("visa_rules", citizenship="Indian", destination="Thailand"),
        ],
    ),
    (
        "I'm a citizen of Kenya. Do I need a visa for France? And for Japan?",
        [VISA],
        [
            c("visa_rules", citizenship="Kenya", destination="France"),
            c("visa_rules", citizenship="Kenya", destination="Japan"),
        ],
    ),
    # ======== two lists paired item by item
    (
        "Set the porch light to amber and the desk lamp to white.",
        [LIGHTS],
        [
            c("set_light_colour", light="porch light", colour="amber"),
            c("set_light_colour", light="desk lamp", colour="white"),
        ],
    ),
    (
        "Search for Middlemarch as a paperback and Neuromancer as an audiobook.",
        [CATALOG],
        [
            c("library_search", title="Middlemarch", medium="paperback"),
            c("library_search", title="Neuromancer", medium="audiobook"),
        ],
    ),
    (
        "Book Pepper for a vaccination on 2025-05-02 and Nala for a dental check the same day.",
        [VET],
        [
            c("book_vet_visit", pet="Pepper", reason="vaccination", date="2025-05-02"),
            c("book_vet_visit", pet="Nala", reason=["dental check", "dental"], date="2025-05-02"),
        ],
    ),
    (
        "Translate 'thank you' into Italian, and 'goodbye' into Dutch.",
        [TRANSLATE],
        [
            c("translate_phrase", phrase="thank you", language="Italian"),
            c("translate_phrase", phrase="goodbye", language="Dutch"),
        ],
    ),
    # ======== one value shared by a list
    (
        "Translate 'see you soon' into Polish and into Greek.",
        [TRANSLATE],
        [c("translate_phrase", phrase="see you soon", language=lang) for lang in ("Polish", "Greek")],
    ),
    (
        "Show me the tables of Serie A, Ligue 1 and the Eredivisie for the 2022-23 season.",
        [STANDINGS],
        [c("division_table", division=d, season="2022-23") for d in ("Serie A", "Ligue 1", "Eredivisie")],
    ),
    (
        "Work out the due date 14 days from 2025-06-02, and 10 working days from the same date.",
        [DEADLINE],
        [
            c("due_date", start="2025-06-02", days=14, working_days=[OMIT, False]),
            c("due_date", start="2025-06-02", days=10, working_days=True),
        ],
    ),
    # ======== a cross product, each role kept
    (
        "Restart redis and postgres on both db-1 and db-2.",
        [RESTART],
        [c("restart_unit", unit=u, host=h) for u in ("redis", "postgres") for h in ("db-1", "db-2")],
    ),
    (
        "Restart the cron unit on app-3 and app-4.",
        [RESTART],
        [c("restart_unit", unit="cron", host=h) for h in ("app-3", "app-4")],
    ),
    # ======== dice notation
    (
        "Roll 3d8 for damage and 1d20 for initiative.",
        [DICE],
        [c("roll_die", count=3, faces=8), c("roll_die", count=1, faces=20)],
    ),
    (
        "Roll 2d10.",
        [DICE],
        [c("roll_die", count=2, faces=10)],
    ),
    # ======== several tools, each with its own clause
    (
        "Check disk usage on web-7, and restart nginx on web-7.",
        [DISK, RESTART],
        [c("disk_usage", host="web-7"), c("restart_unit", unit="nginx", host="web-7")],
    ),
    (
        "Track parcel ZX-4471. Also what's the weather outlook for Leeds?",
        [PARCEL, FORECAST],
        [c("track_parcel", tracking_code="ZX-4471"), c("weather_outlook", city="Leeds", days=OMIT)],
    ),
    (
        "Block card 6011-5500 and move 300 from 8812-0031 to 8812-0099.",
        [CARD_BLOCK, MOVE_MONEY],
        [
            c("block_card", card_number="6011-5500"),
            c("move_money", source_account="8812-0031", target_account="8812-0099", amount=300),
        ],
    ),
    (
        "Check the visa rules for a Peruvian going to Spain, and the status of flight IB6650.",
        [VISA, FLIGHT_STATUS],
        [
            c("visa_rules", citizenship=["Peruvian", "Peru"], destination="Spain"),
            c("flight_status", flight_number="IB6650"),
        ],
    ),
    # ======== guards: what must stay
    (
        "What's the weather outlook for Lisbon, Porto and Faro?",
        [FORECAST],
        [c("weather_outlook", city=city, days=OMIT) for city in ("Lisbon", "Porto", "Faro")],
    ),
    (
        "Compute the BMI for 64 kg and 1.70 m.",
        [BMI],
        [c("body_mass_index", weight_kg=64, height_m=1.7)],
    ),
    (
        "Track parcel JD0147.",
        [PARCEL],
        [c("track_parcel", tracking_code="JD0147")],
    ),
    (
        "Status of flights AF1234, KL643 and DL88.",
        [FLIGHT_STATUS],
        [c("flight_status", flight_number=f) for f in ("AF1234", "KL643", "DL88")],
    ),
    (
        "Check disk usage on hosts cache-1, cache-2 and cache-3.",
        [DISK],
        [c("disk_usage", host=h) for h in ("cache-1", "cache-2", "cache-3")],
    ),
    (
        "Move 40 from 1001 to 1002.",
        [MOVE_MONEY],
        [c("move_money", source_account="1001", target_account="1002", amount=40)],
    ),
    (
        "Set the hall light to green.",
        [LIGHTS],
        [c("set_light_colour", light=["hall light", "hall"], colour="green")],
    ),
    (
        "Do I need a visa for Vietnam if I'm Canadian?",
        [VISA],
        [c("visa_rules", citizenship=["Canadian", "Canada"], destination="Vietnam")],
    ),
]

GAPS: dict[str, str] = {
    "Please check recalls for both of our vans": "no tool is chosen for the request opening 'Please check "
    "recalls' (without 'Please' both calls are made)",
    "I need some conversions. First, 2 cups": "the second sentence's 'of honey' is not read; the units keep "
    "their plural",
    "Set the porch light to amber and the desk lamp": "'the desk lamp' is read as the colour of the porch "
    "light",
    "Book Pepper for a vaccination on 2025-05-02 and Nala": "pets and reasons are crossed, not paired",
    "Work out the due date 14 days from": "the verb 'Work out' is read as the 'working days' flag",
    "Check disk usage on web-7, and restart nginx": "'nginx' is not read as the unit: the host is given twice",
    "Move 40 from 1001 to 1002.": "bare account numbers after 'from' and 'to' make no call",
    "Do I need a visa for Vietnam if I'm Canadian?": "the nationality adjective and the destination are swapped",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_several_calls_in_one_turn(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 35
