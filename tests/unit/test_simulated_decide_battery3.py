"""Call, ask or decline, third battery: requests and tools of this file's own wording (gyms, laundries, depots,
clinics, tickets, dentists, tutors), written before the rules they test.

The calls: a required number the description maps from words ("1 for spinning, 2 for rowing, 3 for boxing",
"'2' represents dry cleaning") takes the code of the entry the request names, the entry it says most of and
leaves least of unsaid ("cleaning" is 1, "cleaning", not 3, "deep cleaning"); a city and a state's code written
without a comma ("Boise ID") is put in the "City, ST" layout the description asks for. The asks: a request
that names no entry, or names two alike, gets no code — a careful caller asks which one it is.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, fn, params
from test_simulated_decide_battery import _agrees

GYM = fn(
    "book_gym_class",
    "Book a group class at the gym.",
    {
        "class_type": (INT, "Type of class, e.g. 1 for spinning, 2 for rowing, 3 for boxing."),
        "branch": (STR, "Name of the gym branch."),
    },
    ["class_type"],
)
LAUNDRY = fn(
    "schedule_laundry_pickup",
    "Schedule a laundry pickup from the customer's home.",
    {
        "service_code": (
            INT,
            "Code of the service. For example, '1' represents washing, '2' represents dry cleaning, "
            "and '3' represents pressing.",
        ),
        "address": (STR, "The pickup address."),
    },
    ["service_code"],
)
DEPOT = fn(
    "list_depots",
    "List the delivery depots of a region.",
    {"region_id": (INT, "ID of the region: 10 for Northern Region, 20 for Southern Region, 30 for Coast.")},
    ["region_id"],
)
CLEAN = fn(
    "find_cleaners",
    "Find house cleaners who offer a service.",
    {"service_id": (INT, "Service offered, e.g., 1 for cleaning, 2 for window washing, 3 for deep cleaning")},
    ["service_id"],
)
TICKET = fn(
    "buy_concert_ticket",
    "Buy a concert ticket in a seating tier.",
    {
        "tier": (INT, "Seating tier: 1 = floor, 2 = balcony, 3 = box"),
        "concert": (STR, "Name of the concert."),
    },
    ["tier", "concert"],
)
ROOM = fn(
    "book_meeting_room",
    "Book a meeting room in the office.",
    {"size": (INT, "Room size: 1 for a booth, 2 for a small room, 3 for a boardroom", {"enum": [1, 2, 3]})},
    ["size"],
)
_CITY_STATE = "The city and state, e.g. 'Austin, TX'."
DENTIST = fn("find_dentist", "Find a dentist in a city.", {"city": (STR, _CITY_STATE)}, ["city"])
VET = fn(
    "find_vet",
    "Find a veterinary clinic near a place.",
    {"location": (STR, "Where to search, in the format 'City, State' such as 'Reno, NV'.")},
    ["location"],
)

Row = tuple[str, list[dict], tuple[str, dict] | None]

ROWS: list[Row] = [
    # ---- call: a number the description maps from the words the request says
    ("Book a rowing class at the Elm Street gym", [GYM], ("book_gym_class", {"class_type": 2})),
    ("I'd like to do boxing tonight, can you book it?", [GYM], ("book_gym_class", {"class_type": 3})),
    ("Please schedule a pickup for dry cleaning at 4 Rue Haute", [LAUNDRY], ("schedule_laundry_pickup", {})),
    (
        "Schedule a laundry pickup, I only need pressing",
        [LAUNDRY],
        ("schedule_laundry_pickup", {"service_code": 3}),
    ),
    ("Which depots are there in the Southern Region?", [DEPOT], ("list_depots", {"region_id": 20})),
    ("List the depots on the coast", [DEPOT], ("list_depots", {"region_id": 30})),
    ("Find someone to do window washing at my flat", [CLEAN], ("find_cleaners", {"service_id": 2})),
    ("I need house cleaners for a deep cleaning", [CLEAN], ("find_cleaners", {"service_id": 3})),
    ("Find house cleaners for regular cleaning", [CLEAN], ("find_cleaners", {"service_id": 1})),
    (
        "Buy me a balcony ticket for the Midnight Strings concert",
        [TICKET],
        ("buy_concert_ticket", {"tier": 2}),
    ),
    ("Book a boardroom for the board review", [ROOM], ("book_meeting_room", {"size": 3})),
    # ---- ask: the request names no entry of the code list
    ("Book a class at the gym", [GYM], None),
    ("Schedule a laundry pickup at 9 Kings Road", [LAUNDRY], None),
    ("List the depots of my region", [DEPOT], None),
    ("Book a meeting room for the afternoon", [ROOM], None),
    # ---- call: a city and a state's code written without the comma
    ("Find a dentist in Pittsburgh PA", [DENTIST], ("find_dentist", {"city": "Pittsburgh, PA"})),
    ("any dentists around Boise ID?", [DENTIST], ("find_dentist", {"city": "Boise, ID"})),
    ("Is there a vet clinic in Santa Fe NM?", [VET], ("find_vet", {"location": "Santa Fe, NM"})),
    ("Find a vet in Reno, NV", [VET], ("find_vet", {"location": "Reno, NV"})),
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


@pytest.mark.parametrize(
    ("request_text", "tool", "key", "written"),
    [
        ("Find a dentist in Pittsburgh PA", DENTIST, "city", "Pittsburgh, PA"),
        ("any dentists around Boise ID?", DENTIST, "city", "Boise, ID"),
        ("Is there a vet clinic in Santa Fe NM?", VET, "location", "Santa Fe, NM"),
    ],
)
def test_city_and_state_code_get_the_layouts_comma(
    request_text: str, tool: dict, key: str, written: str
) -> None:
    """The battery's comparison ignores commas; the layout is "City, ST" to the letter."""
    got = calls(request_text, tool)
    assert got and got[0][1].get(key) == written, got
