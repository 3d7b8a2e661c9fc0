"""An optional count the request states as a word of one: a battery written for this round.

Written in our own words, in subjects of our own (lodging, ferries, taxis, dining, theatre, flights, car
hire, spas, museums, campsites, concerts, cooking classes, bike hire, boat tours). Each tool takes an
optional count of people or of things; the request states that count not as a numeral but as English
says "one" of a thing or of a party: "a single room" (one room), "just for myself", "only me", "by
myself", "on my own" (a party of one). A small competent model fills the count; it leaves the count out
when the request does not say it ("find me a room", "book myself a flight": the reflexive is who books,
no party size) — the guard rows at the end.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

HOTEL = fn(
    "lodging.find_hotel",
    "Find hotels with free rooms in a city.",
    {
        "city": (STR, "The city, e.g. Lisbon"),
        "number_of_rooms": (INT, "How many rooms are needed. Default 1."),
        "guests": (INT, "The number of guests staying. Default 2."),
    },
    ["city"],
)
FERRY = fn(
    "ferries.book_crossing",
    "Book a ferry crossing to an island.",
    {
        "island": (STR, "The island to sail to, e.g. Skye"),
        "passengers": (INT, "The number of passengers travelling. Default 2."),
        "cabins": (INT, "The number of cabins to reserve. Default 0."),
    },
    ["island"],
)
TAXI = fn(
    "taxi.order_cab",
    "Order a cab to a destination address.",
    {
        "destination": (STR, "The address to drive to."),
        "seats": (INT, "The number of seats needed in the cab. Default 1."),
    },
    ["destination"],
)
DINING = fn(
    "dining.reserve_table",
    "Reserve a table at a restaurant.",
    {
        "restaurant": (STR, "The name of the restaurant."),
        "party_size": (INT, "How many people will dine. Default 2."),
    },
    ["restaurant"],
)
THEATRE = fn(
    "theatre.buy_tickets",
    "Buy tickets for a play at a theatre.",
    {
        "play": (STR, "The title of the play."),
        "tickets": (INT, "The number of tickets to buy. Default 2."),
    },
    ["play"],
)
FLIGHT = fn(
    "flights.search_fares",
    "Search fares for flights from one city to another.",
    {
        "origin": (STR, "The departure city."),
        "destination": (STR, "The arrival city."),
        "adults": (INT, "The number of adult travellers. Default 1."),
    },
    ["origin", "destination"],
)
CAR = fn(
    "car_hire.quote",
    "Get a quote for hiring a car in a city.",
    {
        "city": (STR, "The pick-up city."),
        "drivers": (INT, "How many drivers will drive the car. Default 2."),
    },
    ["city"],
)
SPA = fn(
    "spa.book_treatment",
    "Book a spa treatment at a wellness centre.",
    {
        "treatment": (STR, "The treatment, e.g. massage"),
        "people": (INT, "The number of people to book for. Default 2."),
    },
    ["treatment"],
)
MUSEUM = fn(
    "museum.book_tour",
    "Book a guided tour of a museum.",
    {
        "museum": (STR, "The museum's name."),
        "visitors": (INT, "The number of visitors on the tour. Default 4."),
    },
    ["museum"],
)
CAMPSITE = fn(
    "camping.reserve_pitch",
    "Reserve pitches at a campsite.",
    {
        "campsite": (STR, "The campsite's name."),
        "pitches": (INT, "How many pitches to reserve. Default 1."),
        "campers": (INT, "The number of campers. Default 2."),
    },
    ["campsite"],
)
CONCERT = fn(
    "concerts.get_tickets",
    "Get tickets for a concert by an artist.",
    {
        "artist": (STR, "The performing artist."),
        "quantity": (INT, "How many tickets. Default 2."),
    },
    ["artist"],
)
COOKING = fn(
    "classes.enrol_cooking",
    "Enrol in a cooking class on a cuisine.",
    {
        "cuisine": (STR, "The cuisine taught, e.g. Thai"),
        "participants": (INT, "The number of participants to enrol. Default 2."),
    },
    ["cuisine"],
)
BIKES = fn(
    "bike_hire.rent",
    "Rent bikes at a bike station.",
    {
        "station": (STR, "The bike station's name."),
        "bikes": (INT, "How many bikes to rent. Default 2."),
    },
    ["station"],
)
BOAT = fn(
    "boat_tours.book",
    "Book a boat tour on a lake.",
    {
        "lake": (STR, "The lake, e.g. Lake Como"),
        "travellers": (INT, "The number of travellers. Default 2."),
    },
    ["lake"],
)
HOTEL_TYPE = fn(
    "lodging.find_hotel_by_type",
    "Find hotels in a city by room type.",
    {
        "city": (STR, "The city, e.g. Lisbon"),
        "room_type": (STR, "The kind of room.", {"enum": ["single", "double", "suite"]}),
        "number_of_rooms": (INT, "How many rooms are needed. Default 1."),
    },
    ["city"],
)
RESTAURANTS = fn(
    "restaurants.search",
    "Search restaurants in a city.",
    {"city": (STR, "The city."), "num_results": (INT, "Number of results to return. Default 5.")},
    ["city"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- "a single <noun>": one of that noun
    (
        "Find a hotel in Porto with a single room free.",
        HOTEL,
        {"city": ["Porto"], "number_of_rooms": [1], "guests": [OMIT]},
    ),
    (
        "I need a single room in a hotel in Ghent.",
        HOTEL,
        {"city": ["Ghent"], "number_of_rooms": [1], "guests": [OMIT]},
    ),
    (
        "Book a crossing to Arran with a single cabin.",
        FERRY,
        {"island": ["Arran"], "cabins": [1], "passengers": [OMIT]},
    ),
    (
        "Reserve a single pitch at Pinewood Campsite.",
        CAMPSITE,
        {"campsite": ["Pinewood Campsite", "Pinewood"], "pitches": [1], "campers": [OMIT]},
    ),
    (
        "Get a single ticket for the Arctic Monkeys concert.",
        CONCERT,
        {"artist": ["Arctic Monkeys"], "quantity": [1]},
    ),
    (
        "Rent a single bike at Riverside Station.",
        BIKES,
        {"station": ["Riverside Station", "Riverside"], "bikes": [1]},
    ),
    ("Buy a single ticket for the play Hamlet.", THEATRE, {"play": ["Hamlet"], "tickets": [1]}),
    # ---- a party of one: "just for myself", "only me", "by myself", "on my own"
    (
        "Find a hotel in Bruges, it's just for myself.",
        HOTEL,
        {"city": ["Bruges"], "guests": [1], "number_of_rooms": [OMIT, 1]},
    ),
    (
        "Book a ferry to Mull, only me travelling.",
        FERRY,
        {"island": ["Mull"], "passengers": [1], "cabins": [OMIT]},
    ),
    (
        "Order a cab to 14 Harbour Road, Whitby, just for me.",
        TAXI,
        {"destination": ["14 Harbour Road, Whitby"], "seats": [1]},
    ),
    (
        "Reserve a table at Casa Lupa, it's only for me tonight.",
        DINING,
        {"restaurant": ["Casa Lupa"], "party_size": [1]},
    ),
    (
        "Search fares from Oslo to Bergen, I'm travelling by myself.",
        FLIGHT,
        {"origin": ["Oslo"], "destination": ["Bergen"], "adults": [1]},
    ),
    ("Quote me a hire car in Malaga, I'll be driving on my own.", CAR, {"city": ["Malaga"], "drivers": [1]}),
    ("Book a massage for just myself.", SPA, {"treatment": ["massage"], "people": [1]}),
    (
        "Book a tour of the Rijksmuseum, it will be only me.",
        MUSEUM,
        {"museum": ["Rijksmuseum"], "visitors": [1]},
    ),
    ("Enrol me in a Thai cooking class, just myself.", COOKING, {"cuisine": ["Thai"], "participants": [1]}),
    (
        "Book a boat tour on Lake Bled for myself only.",
        BOAT,
        {"lake": ["Lake Bled", "Bled"], "travellers": [1]},
    ),
    (
        "Reserve a pitch at Oak Hollow for just me.",
        CAMPSITE,
        {"campsite": ["Oak Hollow"], "campers": [1], "pitches": [OMIT, 1]},
    ),
    ("Get a concert ticket for Adele, just one for me.", CONCERT, {"artist": ["Adele"], "quantity": [1]}),
    # ---- counts already read (rows that must keep working)
    (
        "Find a hotel in Porto with two rooms.",
        HOTEL,
        {"city": ["Porto"], "number_of_rooms": [2], "guests": [OMIT]},
    ),
    ("Book a table at Casa Lupa for 6 people.", DINING, {"restaurant": ["Casa Lupa"], "party_size": [6]}),
    (
        "Book a ferry to Mull for three passengers.",
        FERRY,
        {"island": ["Mull"], "passengers": [3], "cabins": [OMIT]},
    ),
    (
        "Rent 4 bikes at Riverside Station.",
        BIKES,
        {"station": ["Riverside Station", "Riverside"], "bikes": [4]},
    ),
    ("Buy two tickets for the play Hamlet.", THEATRE, {"play": ["Hamlet"], "tickets": [2]}),
    ("Enrol five participants in a Thai cooking class.", COOKING, {"cuisine": ["Thai"], "participants": [5]}),
    # ---- guards: the count is not said, it stays out
    ("Find me a hotel in Porto.", HOTEL, {"city": ["Porto"], "number_of_rooms": [OMIT], "guests": [OMIT]}),
    (
        "Find a hotel room for me in Ghent.",
        HOTEL,
        {"city": ["Ghent"], "number_of_rooms": [OMIT], "guests": [OMIT]},
    ),
    (
        "Book myself a ferry crossing to Arran.",
        FERRY,
        {"island": ["Arran"], "passengers": [OMIT], "cabins": [OMIT]},
    ),
    (
        "Order me a cab to 14 Harbour Road, Whitby.",
        TAXI,
        {"destination": ["14 Harbour Road, Whitby"], "seats": [OMIT]},
    ),
    (
        "Search fares from Oslo to Bergen for me.",
        FLIGHT,
        {"origin": ["Oslo"], "destination": ["Bergen"], "adults": [OMIT]},
    ),
    (
        "Buy tickets for the play Hamlet, I'll sort the seats myself.",
        THEATRE,
        {"play": ["Hamlet"], "tickets": [OMIT]},
    ),
    (
        "Reserve a table at Casa Lupa for me and my sister.",
        DINING,
        {"restaurant": ["Casa Lupa"], "party_size": [OMIT, 2]},
    ),
    (
        "Book a single-day massage package.",
        SPA,
        {"treatment": ["massage", "massage package", "single-day massage package"], "people": [OMIT]},
    ),
    (
        "Rent bikes at Riverside Station for a single afternoon.",
        BIKES,
        {"station": ["Riverside Station", "Riverside"], "bikes": [OMIT]},
    ),
    (
        "Find a hotel in Ghent with a single room type.",
        HOTEL_TYPE,
        {"city": ["Ghent"], "room_type": ["single"], "number_of_rooms": [OMIT, 1]},
    ),
    ("Find restaurants in Rome, just for me.", RESTAURANTS, {"city": ["Rome"], "num_results": [OMIT]}),
    (
        "Find a hotel in Bruges for myself and two friends.",
        HOTEL,
        {"city": ["Bruges"], "guests": [OMIT, 3], "number_of_rooms": [OMIT]},
    ),
    # ---- a count of people fills a count of the seats or tickets each takes
    (
        "Order a cab for 2 to 14 Harbour Road, Whitby.",
        TAXI,
        {"destination": ["14 Harbour Road, Whitby"], "seats": [2]},
    ),
    (
        "Book a boat tour on Lake Bled for the two of us.",
        BOAT,
        {"lake": ["Lake Bled", "Bled"], "travellers": [2]},
    ),
]

GAPS: dict[str, str] = {
    "Get a concert ticket for Adele, just one": "'just one' after the ticket is read as a pronoun for it, no count",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_a_stated_count_of_one_is_filled(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_rows_over_ten_subjects() -> None:
    assert len(ROWS) >= 35
    assert len({spec["toolSpec"]["name"].split(".")[0] for _, spec, _ in ROWS}) >= 10
