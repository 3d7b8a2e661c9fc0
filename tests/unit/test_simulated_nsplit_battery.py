"""One ask, one call or several: a battery of requests over a catalogue, written for the nsplit round.

A small competent model makes one call per value only when several values compete for the SAME parameter
of one ask and the tool takes one value there ("convert 5, 10 and 20 dollars", "weather in Oslo and
Rome"). Values that carry their own parameter words ("start ... end", "first name ... last name") fill one
call; a first and last name join into one name when the tool has a single name parameter; a count of
nights is no count of rooms; a list parameter takes the list in one call. Every row offers the whole
catalogue below (14 tools over 14 subjects: contacts, calendar, billing, hotels, restaurants, currency,
weather, flights, fitness, shipping, music, language, finance, cooking), so the choice is part of the test.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, accepted, fn, params, strs

CONTACT = fn(
    "add_contact",
    "Add a person to the address book.",
    {"name": (STR, "The person's full name."), "phone": (STR, "The phone number.")},
    ["name"],
)
MEETING = fn(
    "schedule_meeting",
    "Schedule a meeting in the calendar.",
    {
        "title": (STR, "The meeting title."),
        "start_time": (STR, "When the meeting starts, e.g. 2024-05-01 09:00"),
        "end_time": (STR, "When the meeting ends, e.g. 2024-05-01 10:00"),
    },
    ["title", "start_time", "end_time"],
)
INVOICE = fn(
    "create_invoice",
    "Create an invoice for a customer.",
    {"customer": (STR, "The customer's name."), "amount": (NUM, "The amount to bill.")},
    ["customer", "amount"],
)
HOTEL = fn(
    "book_hotel",
    "Book hotel rooms in a city.",
    {
        "city": (STR, "The city of the hotel."),
        "number_of_rooms": (INT, "How many rooms to book."),
        "nights": (INT, "How many nights to stay."),
    },
    ["city"],
)
TABLE = fn(
    "reserve_table",
    "Reserve a table at a restaurant.",
    {"restaurant": (STR, "The restaurant name."), "party_size": (INT, "The number of guests.")},
    ["restaurant", "party_size"],
)
CONVERT = fn(
    "convert_currency",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "The source currency, e.g. USD"),
        "to_currency": (STR, "The target currency, e.g. EUR"),
    },
    ["amount", "from_currency", "to_currency"],
)
WEATHER = fn(
    "get_weather",
    "Get the current weather in a city.",
    {"city": (STR, "The city name, e.g. Paris")},
    ["city"],
)
FLIGHTS = fn(
    "search_flights",
    "Search flights between two cities.",
    {"origin": (STR, "The departure city."), "destination": (STR, "The arrival city.")},
    ["origin", "destination"],
)
WORKOUT = fn(
    "log_workout",
    "Log a workout in the fitness diary.",
    {"activity": (STR, "The activity, e.g. swimming"), "minutes": (INT, "The duration in minutes.")},
    ["activity", "minutes"],
)
TRACK = fn(
    "track_package",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The tracking number.")},
    ["tracking_number"],
)
PLAYLIST = fn(
    "create_playlist",
    "Create a music playlist from songs.",
    {"title": (STR, "The playlist title."), "songs": strs("The songs to include.")},
    ["title", "songs"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate text into a target language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The target language.")},
    ["text", "target_language"],
)
QUOTE = fn(
    "stock_quote",
    "Get the latest price of a stock by ticker.",
    {"ticker": (STR, "The ticker symbol, e.g. AAPL")},
    ["ticker"],
)
RECIPES = fn(
    "find_recipes",
    "Find recipes that use some ingredients.",
    {"ingredients": strs("The ingredients to use.")},
    ["ingredients"],
)
CATALOGUE = [CONTACT, MEETING, INVOICE, HOTEL, TABLE, CONVERT, WEATHER, FLIGHTS, WORKOUT, TRACK, PLAYLIST]
CATALOGUE += [TRANSLATE, QUOTE, RECIPES]

ROWS: list[tuple[str, list[tuple[str, dict]]]] = [
    # ---- values with their own parameter words fill one call
    (
        "Add a contact with first name 'John' and last name 'Doe'.",
        [("add_contact", {"name": ["John Doe"]})],
    ),
    (
        "Save a new contact: first name Maria, last name Lopez, phone 555-0134.",
        [("add_contact", {"name": ["Maria Lopez"], "phone": ["555-0134"]})],
    ),
    (
        "Register a new contact with first name 'Priya' and last name 'Natarajan', phone 555-0101.",
        [("add_contact", {"name": ["Priya Natarajan"], "phone": ["555-0101"]})],
    ),
    (
        "Add a contact whose first name is Omar and whose last name is Haddad.",
        [("add_contact", {"name": ["Omar Haddad"]})],
    ),
    # guards: the same label said again opens another set of values
    (
        "Add two contacts: name 'Ann Lee' and name 'Bo Chan'.",
        [("add_contact", {"name": ["Ann Lee"]}), ("add_contact", {"name": ["Bo Chan"]})],
    ),
    (
        "Add my colleagues to contacts: first name Lena, then first name Tom.",
        [("add_contact", {"name": ["Lena"]}), ("add_contact", {"name": ["Tom"]})],
    ),
    (
        "Please add Ken Adams to my contacts, his number is 555-0199.",
        [("add_contact", {"name": ["Ken Adams"], "phone": ["555-0199"]})],
    ),
    (
        "Schedule a meeting titled 'Budget review' with start time '2024-06-03 10:00' and end time "
        "'2024-06-03 11:00'.",
        [
            (
                "schedule_meeting",
                {
                    "title": ["Budget review"],
                    "start_time": ["2024-06-03 10:00"],
                    "end_time": ["2024-06-03 11:00"],
                },
            )
        ],
    ),
    (
        "Set up a 'Sprint planning' meeting starting 2024-07-01 09:00 and ending 2024-07-01 09:30.",
        [
            (
                "schedule_meeting",
                {
                    "title": ["Sprint planning"],
                    "start_time": ["2024-07-01 09:00"],
                    "end_time": ["2024-07-01 09:30"],
                },
            )
        ],
    ),
    (
        "Convert 250 US dollars to euros.",
        [("convert_currency", {"amount": [250], "from_currency": ["USD"], "to_currency": ["EUR"]})],
    ),
    (
        "Find flights from Lisbon to Berlin.",
        [("search_flights", {"origin": ["Lisbon"], "destination": ["Berlin"]})],
    ),
    (
        "Log a workout: swimming for 45 minutes.",
        [("log_workout", {"activity": ["swimming"], "minutes": [45]})],
    ),
    (
        "Create an invoice for Acme Corp for $1200.",
        [("create_invoice", {"customer": ["Acme Corp"], "amount": [1200]})],
    ),
    (
        "Reserve a table at Nopa for 4 people.",
        [("reserve_table", {"restaurant": ["Nopa"], "party_size": [4]})],
    ),
    # ---- a count of nights or days is no count of rooms
    (
        "Book a hotel in Madrid for 2 nights.",
        [("book_hotel", {"city": ["Madrid"], "nights": [2], "number_of_rooms": [OMIT, 1]})],
    ),
    (
        "I need a hotel in Vienna for 3 nights, just one room.",
        [("book_hotel", {"city": ["Vienna"], "nights": [3], "number_of_rooms": [1]})],
    ),
    (
        "Book 2 rooms in a hotel in Prague for 5 nights.",
        [("book_hotel", {"city": ["Prague"], "nights": [5], "number_of_rooms": [2]})],
    ),
    # ---- a party counted in parts is one party
    (
        "Reserve a table at Chez Panisse for 3 adults and 2 kids.",
        [("reserve_table", {"restaurant": ["Chez Panisse"], "party_size": [5]})],
    ),
    (
        "Reserve a table at Nopa for 2 adults and a child.",
        [("reserve_table", {"restaurant": ["Nopa"], "party_size": [3]})],
    ),
    (
        "Please reserve a table at Tartine for 2 adults and 1 child.",
        [("reserve_table", {"restaurant": ["Tartine"], "party_size": [3]})],
    ),
    # guard: a count the parameter names itself is no part of a party
    (
        "Book 2 rooms in Lisbon for 3 nights.",
        [("book_hotel", {"city": ["Lisbon"], "number_of_rooms": [2], "nights": [3]})],
    ),
    (
        "Book a table at Zuni Cafe for two adults and a child.",
        [("reserve_table", {"restaurant": ["Zuni Cafe"], "party_size": [3]})],
    ),
    # ---- a list parameter takes the list in one call
    (
        "Make a playlist called 'Road trip' with 'Hey Jude', 'Africa' and 'Dreams'.",
        [("create_playlist", {"title": ["Road trip"], "songs": [["Hey Jude", "Africa", "Dreams"]]})],
    ),
    (
        "Find recipes that use chicken, rice and peas.",
        [("find_recipes", {"ingredients": [["chicken", "rice", "peas"]]})],
    ),
    (
        "Any recipes with eggs and spinach?",
        [("find_recipes", {"ingredients": [["eggs", "spinach"]]})],
    ),
    # ---- a sum of parts is one amount
    (
        "Invoice Initech for $450 plus $50 shipping.",
        [("create_invoice", {"customer": ["Initech"], "amount": [500]})],
    ),
    (
        "Log 30 minutes plus 15 minutes of cycling.",
        [("log_workout", {"activity": ["cycling"], "minutes": [45]})],
    ),
    (
        "Bill Globex for a basic fee of $1000 plus $200 in expenses, one invoice for the total.",
        [("create_invoice", {"customer": ["Globex"], "amount": [1200]})],
    ),
    # ---- one value in a later clause does not multiply the first step
    (
        "Translate 'good morning' into French, then translate the result into German.",
        [("translate_text", {"text": ["good morning"], "target_language": ["French"]})],
    ),
    (
        "Get the weather in Oslo and then book a hotel there for 2 nights.",
        [("get_weather", {"city": ["Oslo"]}), ("book_hotel", {"city": ["Oslo"], "nights": [2]})],
    ),
    # ---- guards: several values for one single-valued parameter ARE several calls
    (
        "Convert 5, 10 and 20 dollars to euros.",
        [
            ("convert_currency", {"amount": [5], "from_currency": ["USD"], "to_currency": ["EUR"]}),
            ("convert_currency", {"amount": [10], "from_currency": ["USD"], "to_currency": ["EUR"]}),
            ("convert_currency", {"amount": [20], "from_currency": ["USD"], "to_currency": ["EUR"]}),
        ],
    ),
    (
        "What's the weather in Oslo and Rome?",
        [("get_weather", {"city": ["Oslo"]}), ("get_weather", {"city": ["Rome"]})],
    ),
    (
        "Weather for Tokyo, Seoul and Taipei, please.",
        [
            ("get_weather", {"city": ["Tokyo"]}),
            ("get_weather", {"city": ["Seoul"]}),
            ("get_weather", {"city": ["Taipei"]}),
        ],
    ),
    (
        "Get stock quotes for AAPL and MSFT.",
        [("stock_quote", {"ticker": ["AAPL"]}), ("stock_quote", {"ticker": ["MSFT"]})],
    ),
    (
        "Track packages 1Z999 and 1Z888.",
        [
            ("track_package", {"tracking_number": ["1Z999"]}),
            ("track_package", {"tracking_number": ["1Z888"]}),
        ],
    ),
    (
        "Translate 'thank you' into Spanish and Italian.",
        [
            ("translate_text", {"text": ["thank you"], "target_language": ["Spanish"]}),
            ("translate_text", {"text": ["thank you"], "target_language": ["Italian"]}),
        ],
    ),
    (
        "Add contacts Ana Silva and Tom Reed.",
        [("add_contact", {"name": ["Ana Silva"]}), ("add_contact", {"name": ["Tom Reed"]})],
    ),
    (
        "Create invoices for Initech for $300 and for Hooli for $450.",
        [
            ("create_invoice", {"customer": ["Initech"], "amount": [300]}),
            ("create_invoice", {"customer": ["Hooli"], "amount": [450]}),
        ],
    ),
    (
        "Search flights from Paris to Rome and from Paris to Madrid.",
        [
            ("search_flights", {"origin": ["Paris"], "destination": ["Rome"]}),
            ("search_flights", {"origin": ["Paris"], "destination": ["Madrid"]}),
        ],
    ),
    (
        "Log 30 minutes of running and 20 minutes of yoga.",
        [
            ("log_workout", {"activity": ["running"], "minutes": [30]}),
            ("log_workout", {"activity": ["yoga"], "minutes": [20]}),
        ],
    ),
    (
        "Book hotels in Rome and Florence for 2 nights each.",
        [
            ("book_hotel", {"city": ["Rome"], "nights": [2]}),
            ("book_hotel", {"city": ["Florence"], "nights": [2]}),
        ],
    ),
    (
        "Convert 100 euros to dollars and to pounds.",
        [
            ("convert_currency", {"amount": [100], "from_currency": ["EUR"], "to_currency": ["USD"]}),
            ("convert_currency", {"amount": [100], "from_currency": ["EUR"], "to_currency": ["GBP"]}),
        ],
    ),
    (
        "Reserve tables at Nopa for 2 and at Delfina for 6.",
        [
            ("reserve_table", {"restaurant": ["Nopa"], "party_size": [2]}),
            ("reserve_table", {"restaurant": ["Delfina"], "party_size": [6]}),
        ],
    ),
    (
        "Track my parcel 9400111 please.",
        [("track_package", {"tracking_number": ["9400111"]})],
    ),
]
"""(request, the calls a careful model makes in its first turn, in any order)."""

GAPS: dict[str, str] = {
    "Book a table at Zuni Cafe": "'Book a table' picks book_hotel ('book' outweighs 'table'); the party itself is summed",
    "Translate 'good morning' into French, then": "a later step's language multiplies the first step",
    "Convert 100 euros to dollars and to pounds": "the second target currency after 'and to' is dropped",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


def problem(request_text: str, expected: list[tuple[str, dict]]) -> str:
    """What is wrong with the first turn's calls, if they should be `expected` (any order)."""
    got = calls(request_text, *CATALOGUE)
    if len(got) != len(expected):
        return f"{len(got)} calls, not {len(expected)}: {got}"
    left = list(got)
    for name, want in expected:
        match = next((g for g in left if g[0] == name and not accepted(g[1], want)), None)
        if match is None:
            return f"no call {name}{want}: {got}"
        left.remove(match)
    return ""


@pytest.mark.parametrize(("request_text", "expected"), params(ROWS, GAPS))
def test_one_ask_makes_one_call_per_competing_value(request_text: str, expected: list) -> None:
    found = problem(request_text, expected)
    assert not found, found


def test_the_battery_holds_thirty_five_requests_over_ten_subjects() -> None:
    assert len(ROWS) >= 35
    assert len(CATALOGUE) >= 10
