"""Call, ask or decline, second battery: requests and tools of this file's own wording (tutoring, trades,
air quality, time zones, web fetching, shipping, sports), written before the rules they test.

The calls: a place named for a "City, State" parameter whose description adds a rule of writing ("State
names must be abbreviated with two letters" closes no set of choices: it says how, not which), a web
address for a `url`. The declines: a request whose only words left over for a place parameter are common
nouns ("the data", "comments") names no place; words that name no web address ("the geocoding API",
"date") are no `url` — a careful caller asks for the address or says no tool answers, it does not send a
request to "date". A row's expected call gives a few of the values a careful model would write.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, NUM, STR, fn, params
from test_simulated_decide_battery import _agrees

_CITY_STATE = (
    "The city where the {0} works, in the format of 'City, State' (e.g., 'Denver, CO'). "
    "State names must be abbreviated with two letters."
)
TUTOR = fn(
    "Tutoring_1_FindTutor",
    "Find a private tutor for a school subject in a city.",
    {"city": (STR, _CITY_STATE.format("tutor")), "subject": (STR, "The subject taught, e.g. 'Chemistry'.")},
    ["city", "subject"],
)
PLUMBER = fn(
    "Trades_2_FindPlumber",
    "Search for plumbers available in a city.",
    {"city": (STR, _CITY_STATE.format("plumber")), "emergency": (BOOL, "Open 24/7.")},
    ["city"],
)
YOGA = fn(
    "Fitness_3_FindClasses",
    "Find yoga or pilates classes in a city.",
    {
        "location": (STR, _CITY_STATE.format("studio")),
        "style": (STR, "Style of class. Must be 'yoga' or 'pilates'."),
    },
    ["location", "style"],
)
AIR = fn(
    "get_air_quality",
    "Get the current air quality index in a given location.",
    {"location": (STR, "The city and country, e.g. Madrid, Spain")},
    ["location"],
)
TIMEZONE = fn(
    "get_local_time",
    "Get the current local time in a given city.",
    {"city": (STR, "Name of the city, e.g. Nairobi")},
    ["city"],
)
FETCH = fn(
    "http_get",
    "Sends a GET request to the given URL and returns the response body.",
    {
        "url": (STR, "The URL to send the request to, e.g. https://api.example.com/v1/items"),
        "timeout": (NUM, "Seconds to wait for the server."),
    },
    ["url"],
)
WEBHOOK = fn(
    "register_webhook",
    "Register a webhook that receives shipment events.",
    {
        "callback_url": (STR, "The URL the events are posted to."),
        "event": (STR, "Event to subscribe to, e.g. 'delivered'."),
    },
    ["callback_url", "event"],
)

HEADING = fn(
    "read_page_heading",
    "Read the main heading of a web page.",
    {"url": (STR, "Address of the page."), "timeout_seconds": (NUM, "How long to wait.")},
    ["url"],
)

QUOTE = fn(
    "get_stock_quote",
    "Retrieves the latest price of a listed share. Note that the function is written in Python 3.",
    {"ticker": (STR, "The ticker symbol, e.g. 'AAPL'.")},
    ["ticker"],
)

Row = tuple[str, list[dict], tuple[str, dict] | None]

ROWS: list[Row] = [
    # ---- call: a "must be" that says how to write the value closes no set of choices
    ("Find me a chemistry tutor in Boulder", [TUTOR], ("Tutoring_1_FindTutor", {"subject": "chemistry"})),
    (
        "I need a Latin tutor in Leeds.",
        [TUTOR],
        ("Tutoring_1_FindTutor", {"city": "Leeds", "subject": "Latin"}),
    ),
    ("Any plumbers in Tucson?", [PLUMBER], ("Trades_2_FindPlumber", {"city": ("Tucson, AZ", "Tucson")})),
    ("Look for a plumber in Eugene, OR.", [PLUMBER], ("Trades_2_FindPlumber", {"city": "Eugene, OR"})),
    ("Find pilates classes in Reno", [YOGA], ("Fitness_3_FindClasses", {"style": "pilates"})),
    # ---- a "must be" before an example still closes the set: "spinning" is no style of the tool
    ("Find spinning classes in Reno", [YOGA], None),
    # ---- call: a place by its name, with or without a preposition
    (
        "What's the air quality in Lagos?",
        [AIR],
        ("get_air_quality", {"location": ("Lagos", "Lagos, Nigeria")}),
    ),
    ("Air quality Hanoi right now", [AIR], ("get_air_quality", {})),
    ("What time is it in Nairobi?", [TIMEZONE], ("get_local_time", {"city": "Nairobi"})),
    # ---- decline: the words left over for a place are common nouns, no place's name
    ("Can you get the air quality data for the coordinates 12.5 N, 3.1 E over the next week?", [AIR], None),
    ("Get the comments posted on the domain example.net using my key k-77.", [AIR], None),
    ("Give me the local time format used by databases.", [TIMEZONE], None),
    ("What is the current time complexity of quicksort?", [TIMEZONE], None),
    # ---- call: a web address for a `url`
    (
        "Send a GET request to https://status.example.org/health with a 5 second timeout.",
        [FETCH],
        ("http_get", {"url": "https://status.example.org/health"}),
    ),
    (
        "Register a webhook at https://hooks.example.com/parcel for the delivered event.",
        [WEBHOOK],
        ("register_webhook", {"callback_url": "https://hooks.example.com/parcel", "event": "delivered"}),
    ),
    (
        "Grab the heading of https://docs.example.org/guide and give it 20 seconds max.",
        [HEADING],
        ("read_page_heading", {"url": "https://docs.example.org/guide"}),
    ),
    # ---- decline: the request verb a tool is named with asks for nothing away from the tool's thing
    ("How can I get refunds for the order KX-1234?", [QUOTE], None),
    ("Could you give me Python code that gets 3 numbers and sums them", [QUOTE], None),
    ("Using my key 'k_55', how do I get the replies to post P-88?", [AIR], None),
    # ---- call: the tool's thing is named, whatever the verb
    ("Can you get the stock quote for TSLA?", [QUOTE], ("get_stock_quote", {"ticker": "TSLA"})),
    ("How can I get the air quality in Quito?", [AIR], ("get_air_quality", {})),
    # ---- decline: words that name no address are no `url`
    ("Grab the heading of the docs page and give it 20 seconds max.", [HEADING], None),
    ("Send a GET request to the geocoding API for latitude 48.85 and longitude 2.35.", [FETCH], None),
    ("Write a script that sends a request for each date in my calendar.", [FETCH], None),
    ("Which request library should I use for streaming responses?", [FETCH], None),
    ("Register a webhook for the delivered event.", [WEBHOOK], None),
    ("Send a GET request to our inventory service to list the nodes.", [FETCH], None),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_call_ask_or_decline(request_text: str, tools: list[dict], expected: tuple[str, dict] | None) -> None:
    got = calls(request_text, *tools)
    if expected is None:
        assert got == [], f"called where no tool answers: {got}"
        return
    name, wanted = expected
    assert [n for n, _ in got] == [name], f"want one call of {name}, got {got}"
    assert not (problem := _agrees(got[0][1], wanted)), problem
