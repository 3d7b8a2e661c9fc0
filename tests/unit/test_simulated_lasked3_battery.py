"""Call, don't ask (third round): a battery in real users' style, in subjects of its own.

Domains: smart meters, a library, a delivery fleet, a photo gallery, a weather service, a job board,
podcasts, recipes, login history, invoices, a forum, parcels, taxis, music, hair salons, a bakery, a
hardware store. The rows read a required parameter that the request leaves unsaid but whose value the
tool's own description settles, so a small competent model calls instead of asking:

- the description names the value to use when the user gives none ("If the user doesn't specify, use
  200", "When not given, use 'metric'", "If omitted, use 25");
- the parameter is where a paged listing starts ("The starting point from which to return entries, used
  for pagination"): a request for the listing, with no start said, starts at the beginning, 0;
- the tool takes the things ordered and their counts as two lists side by side: "two croissants and one
  baguette" fills both, in the order said ("four boxes of screws" counts screws).

Guard rows keep what the user said over the fallback, keep asking for a required value no description
settles, and keep declining what no offered tool does. Rows for readings the model cannot make yet (a tool
named by a synonym, a page size said "N at a time") stay strict expected failures in GAPS.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

METERS = fn(
    "list_meter_readings",
    "Return the latest reading of each smart meter.",
    {
        "perPage": (INT, "Entries per page, between 5 and 200. If the user doesn't specify, please use 200."),
        "site": (STR, "The site to filter by."),
    },
    ["perPage"],
)
LOANS = fn(
    "library_list_loans",
    "List the books a member has on loan.",
    {
        "member": (STR, "The member's card number."),
        "limit": (INT, "How many loans to return. If not specified, use 20."),
    },
    ["member", "limit"],
)
FLEET = fn(
    "fleet_vehicle_positions",
    "Get the last known position of each delivery van.",
    {
        "depot": (STR, "The depot the vans belong to."),
        "max_age_minutes": (INT, "Only positions at most this old, in minutes. If omitted, use 15."),
    },
    ["depot", "max_age_minutes"],
)
GALLERY = fn(
    "gallery_list_photos",
    "List the photos in an album.",
    {
        "album": (STR, "The album's name."),
        "size": (STR, "The thumbnail size. When not given, use 'medium'."),
    },
    ["album", "size"],
)
FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a city.",
    {
        "city": (STR, "The city."),
        "units": (STR, "The unit system, 'metric' or 'imperial'. If the user does not say, use 'metric'."),
    },
    ["city", "units"],
)
JOBS = fn(
    "job_board_search",
    "Search job offers by keyword.",
    {
        "keyword": (STR, "The job title or skill to search for."),
        "radius_km": (INT, "How far from the city to search, in km. If unspecified, use 25."),
        "city": (STR, "The city to search around."),
    },
    ["keyword", "radius_km"],
)
PODCASTS = fn(
    "podcast_episodes",
    "List a podcast's episodes, newest first.",
    {
        "show": (STR, "The podcast's name."),
        "count": (INT, "The number of episodes to list. If the user doesn't specify, please use 10."),
    },
    ["show", "count"],
)
LOGINS = fn(
    "get_login_history",
    "Retrieve login history entries, paginated.",
    {
        "offset": (INT, "The starting point from which to return entries, used for pagination."),
        "limit": (INT, "Entries per call, 1 to 100."),
        "user": (STR, "Only the logins of this user."),
    },
    ["offset", "limit"],
)
INVOICES = fn(
    "billing_list_invoices",
    "List a client's invoices, a page at a time.",
    {
        "client": (STR, "The client's account name."),
        "offset": (INT, "The offset of the first invoice to return, for paging through the list."),
        "page_size": (INT, "Invoices per page."),
    },
    ["client", "offset", "page_size"],
)
COMMENTS = fn(
    "forum_thread_comments",
    "Fetch the comments of a forum thread.",
    {
        "thread_id": (STR, "The thread's identifier."),
        "start": (INT, "The index of the first comment to return, used for pagination."),
    },
    ["thread_id", "start"],
)
SHIPMENTS = fn(
    "warehouse_shipments",
    "List outgoing shipments of a warehouse.",
    {
        "warehouse": (STR, "The warehouse code."),
        "offset": (INT, "Number of shipments to skip before returning results, for pagination."),
        "limit": (INT, "The number of shipments per page."),
    },
    ["warehouse", "offset", "limit"],
)
TIMEZONE = fn(
    "clock_set_zone",
    "Set the wall clock's time zone.",
    {"offset": (INT, "The time zone's offset from UTC, in hours.")},
    ["offset"],
)
CAB = fn(
    "rides_book_cab",
    "Books a cab to the given destination.",
    {"destination": (STR, "The address to drive to."), "seats": (INT, "The number of seats.")},
    ["destination"],
)
MUSIC = fn(
    "music_lookup",
    "Look up songs by artist, genre or year.",
    {"artist": (STR, "The artist."), "year": (STR, "The release year.")},
    [],
)
STYLIST = fn(
    "find_hair_stylist",
    "Search for a hair stylist in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
BAKERY = {
    "toolSpec": {
        "name": "bakery_order",
        "description": "Order pastries from a bakery for pickup.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "bakery": {"type": "string", "description": "The bakery's name."},
                    "items": {"type": "array", "items": {"type": "string"}, "description": "The pastries."},
                    "quantities": {
                        "type": "array",
                        "items": {"type": "integer"},
                        "description": "How many of each pastry, in the order of items.",
                    },
                },
                "required": ["bakery", "items", "quantities"],
            }
        },
    }
}
HARDWARE = {
    "toolSpec": {
        "name": "hardware_order",
        "description": "Order items from a hardware store.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "store": {"type": "string", "description": "The store location."},
                    "items": {"type": "array", "items": {"type": "string"}, "description": "List of items."},
                    "quantity": {
                        "type": "array",
                        "items": {"type": "integer"},
                        "description": "Quantity of each item in the order list.",
                    },
                },
                "required": ["store", "items", "quantity"],
            }
        },
    }
}

ROWS: list[tuple[str, dict, dict]] = [
    # ---- the description names the value to use when the user gives none
    ("Show me the latest meter readings", METERS, {"perPage": [200], "site": [OMIT]}),
    ("what are my smart meters reading right now?", METERS, {"perPage": [200], "site": [OMIT]}),
    ("latest meter readings for the Harbor site", METERS, {"perPage": [200], "site": ["Harbor"]}),
    ("Which books does member 'C-5521' have on loan?", LOANS, {"member": ["C-5521"], "limit": [20]}),
    (
        "Get the last known position of the Northgate depot's delivery vans",
        FLEET,
        {"depot": ["Northgate"], "max_age_minutes": [15]},
    ),
    ("List the photos in the album 'Summer 2023'", GALLERY, {"album": ["Summer 2023"], "size": ["medium"]}),
    ("What's the weather forecast for Tallinn?", FORECAST, {"city": ["Tallinn"], "units": ["metric"]}),
    ("any welder job offers?", JOBS, {"keyword": ["welder"], "radius_km": [25], "city": [OMIT]}),
    ("Show the episodes of 'Night Owls'", PODCASTS, {"show": ["Night Owls"], "count": [10]}),
    # ---- a paged listing with no start said starts at the beginning
    ("I need all the login history, 20 per call", LOGINS, {"offset": [0], "limit": [20], "user": [OMIT]}),
    (
        "Show the login history of user 'mara', 50 entries per call",
        LOGINS,
        {"offset": [0], "limit": [50], "user": ["mara"]},
    ),
    (
        "List the invoices of client 'acme', 25 per page",
        INVOICES,
        {"client": ["acme"], "offset": [0], "page_size": [25]},
    ),
    ("Fetch the comments of thread 'T-901'", COMMENTS, {"thread_id": ["T-901"], "start": [0]}),
    (
        "list outgoing shipments of warehouse 'W7', 30 at a time",
        SHIPMENTS,
        {"warehouse": ["W7"], "offset": [0], "limit": [30]},
    ),
    # ---- guards: what the user said wins over the fallback
    ("Show me the latest meter readings, 50 per page", METERS, {"perPage": [50]}),
    (
        "Which books does member 'C-5521' have on loan? Just the first 5",
        LOANS,
        {"member": ["C-5521"], "limit": [5]},
    ),
    ("Forecast for Denver in imperial units", FORECAST, {"city": ["Denver"], "units": ["imperial"]}),
    (
        "welder jobs within 60 km of Ghent",
        JOBS,
        {"keyword": ["welder"], "radius_km": [60], "city": ["Ghent"]},
    ),
    (
        "List the invoices of client 'acme' starting at offset 40, 25 per page",
        INVOICES,
        {"client": ["acme"], "offset": [40], "page_size": [25]},
    ),
    ("Show the last 3 episodes of 'Night Owls'", PODCASTS, {"show": ["Night Owls"], "count": [3]}),
    ("List 3 episodes of the podcast 'Night Owls'", PODCASTS, {"show": ["Night Owls"], "count": [3]}),
    ("Show 3 episodes of 'Night Owls'", PODCASTS, {"show": ["Night Owls"], "count": [3]}),
    ("weather forecast for Denver in imperial", FORECAST, {"city": ["Denver"], "units": ["imperial"]}),
    (
        "search welder job offers within 60 km",
        JOBS,
        {"keyword": ["welder"], "radius_km": [60], "city": [OMIT]},
    ),
    (
        "Which books does member 'C-5521' have on loan? Only 5 of them",
        LOANS,
        {"member": ["C-5521"], "limit": [5]},
    ),
    # ---- not yet: a tool named by a synonym, lists of items with their counts
    ("Can you find me a taxi to take me to 12 Elm Road?", CAB, {"destination": ["12 Elm Road"]}),
    ("I need a taxi to 5 Mill Lane", CAB, {"destination": ["5 Mill Lane"]}),
    ("I feel like listening to some tunes from 1999", MUSIC, {"year": ["1999"]}),
    ("Are there any salons in Leeds?", STYLIST, {"city": ["Leeds"]}),
    (
        "Can you order from Bakewell? I'd like two croissants and one baguette.",
        BAKERY,
        {"bakery": ["Bakewell"], "items": [["croissants", "baguette"]], "quantities": [[2, 1]]},
    ),
    (
        "Order 6 muffins from Bakewell",
        BAKERY,
        {"bakery": ["Bakewell"], "items": [["muffins"]], "quantities": [[6]]},
    ),
    (
        "Order 2 ladders and 10 nails from the Main Street store.",
        HARDWARE,
        {"store": ["Main Street"], "items": [["ladders", "nails"]], "quantity": [[2, 10]]},
    ),
    (
        "Order four boxes of screws and a hammer from the Main Street store.",
        HARDWARE,
        {"store": ["Main Street"], "items": [["screws", "hammer"]], "quantity": [[4, 1]]},
    ),
]

ROWS += [
    (
        "Order three croissants, two baguettes and a brioche from Bakewell",
        BAKERY,
        {
            "bakery": ["Bakewell"],
            "items": [["croissants", "baguettes", "brioche"]],
            "quantities": [[3, 2, 1]],
        },
    ),
    (
        "pls get me 12 Eclairs from Bakewell",
        BAKERY,
        {"bakery": ["Bakewell"], "items": [["Eclair", "Eclairs"]], "quantities": [[12]]},
    ),
    (
        "Please order three cans of paint and two brushes from the Main Street store",
        HARDWARE,
        {"store": ["Main Street"], "items": [["paint", "brushes"]], "quantity": [[3, 2]]},
    ),
]

ROWS += [
    # guard: a count that is part of a time or a date counts no pastry
    (
        "Order 2 croissants from Bakewell for pickup at 7 pm on 3 May",
        BAKERY,
        {"bakery": ["Bakewell"], "items": [["croissants"]], "quantities": [[2]]},
    ),
]

ASKS: list[tuple[str, dict]] = [
    ("Order some pastries from Bakewell", BAKERY),
    # guards: a required value no description settles is still asked for
    ("Set the wall clock's time zone", TIMEZONE),
    ("Which books are on loan?", LOANS),
    ("Fetch the comments of the thread", COMMENTS),
]

DECLINES: list[tuple[str, dict]] = [
    # guards: what no offered tool does is still declined
    ("Tell me a joke about electricity", METERS),
    ("How do I renew my library card?", LOANS),
    ("Write a cover letter for a welder job", JOBS),
    ("thanks, that's all", LOGINS),
    ("What does a cab driver earn?", CAB),
    ("Translate 'good morning' into Italian", FORECAST),
]

GAPS: dict[str, str] = {
    "list outgoing shipments of warehouse 'W7', 30 at a time": "'N at a time' is not read as a page size",
    "Forecast for Denver in imperial units": "the unit noun stays in the value ('imperial units')",
    "welder jobs within 60 km of Ghent": "the city is taken as the keyword and the keyword left out",
    "Show the last 3 episodes": "'last' is taken as the show's name over the quoted one",
    "Show 3 episodes of": "'3 episodes' is taken as the show, the count left to the fallback",
    "Which books does member 'C-5521' have on loan? Only 5": "'only 5 of them' is not read as the limit",
    "pls get me 12 Eclairs": "tool choice: 'get me' and a pastry the tool's words do not name is no clear fit",
    "Can you find me a taxi": "tool choice: 'taxi' is not read as the tool's 'cab' (meaning 0.40, below a synonym)",
    "I need a taxi": "tool choice: 'taxi' is not read as the tool's 'cab' (meaning 0.40, below a synonym)",
    "I feel like listening": "tool choice: 'tunes' is not read as 'songs' (meaning 0.30)",
    "Are there any salons": "tool choice: a salon is not read as where a hair stylist works (meaning 0.11)",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_call_uses_what_the_tool_settles(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


@pytest.mark.parametrize(("request_text", "spec"), params(ASKS, GAPS))
def test_asks_when_nothing_settles_a_required_value(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


@pytest.mark.parametrize(("request_text", "spec"), params(DECLINES, GAPS))
def test_declines_what_no_tool_does(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


def test_the_battery_holds_thirty_five_requests() -> None:
    assert len(ROWS) + len(ASKS) + len(DECLINES) >= 35
    assert len({spec["toolSpec"]["name"] for _, spec, _ in ROWS}) >= 10
