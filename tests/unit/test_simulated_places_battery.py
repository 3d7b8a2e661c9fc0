"""Places: a battery of requests whose value is a location, a destination or a street address.

Written for this round in subjects of its own (weather, rides, lodging, deliveries, events, real estate,
dentists, shipping, hiking, restaurants, gyms, libraries, vets), before the model's place rules changed.
A small competent model reads a place as a proper noun (or a street address: a house number, the street's
words and, after a comma or a full stop, its town) after a locative preposition ("in", "at", "to") or after
"the destination/address is"; "to <verb>" ("a room to rent", "a spot to camp") says a purpose, not a place;
a parameter that asks for "the name of the city" takes the city alone, one whose description shows a
'City, State' layout takes the state too; a street abbreviation is written out as the description's
example writes it ("St" → "Street" for an example "134 Oak Street, Chicago"). The guard rows keep what
the model already does right.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, STR, fn, one_call_problem, params

CITY_WEATHER = fn(
    "Weather_GetForecast",
    "Get the weather forecast for a city on a given day.",
    {"city": (STR, "The name of the city."), "day": (STR, "The day, 'YYYY-MM-DD'.")},
    ["city"],
)
STATE_WEATHER = fn(
    "Weather_GetConditions",
    "Get the current weather conditions at a place.",
    {"location": (STR, "The place, in the format 'City, State', such as 'Denver, CO'.")},
    ["location"],
)
CAB = fn(
    "Rides_OrderCab",
    "Order a cab to a destination.",
    {
        "destination": (
            STR,
            "The address to drive to, formatted as 'Street, City', e.g. '18 Birch Street, Denver'.",
        ),
        "seats": (INT, "The number of seats."),
    },
    ["destination"],
)
LODGING = fn(
    "Lodging_SearchRooms",
    "Search for a room or a house to stay in at a location.",
    {
        "where_to": (STR, "The place to stay, in the format 'City, State', such as 'Boise, ID'."),
        "guests": (INT, "The number of guests."),
    },
    ["where_to"],
)
CABIN = fn(
    "Cabins_Search",
    "Search for a cabin to rent at a location.",
    {
        "where_to": (
            STR,
            "The destination where the cabin is searched for, in the format of 'City, State', e.g. 'Boise, ID'.",
        ),
        "guests": (INT, "The number of guests."),
    },
    ["where_to"],
)
DELIVERY = fn(
    "Parcel_ScheduleDelivery",
    "Schedule a parcel delivery to a street address.",
    {
        "address": (STR, "The delivery address, e.g. '9 Elm Road, Leeds'."),
        "parcels": (INT, "How many parcels."),
    },
    ["address"],
)
EVENTS = fn(
    "Events_FindConcerts",
    "Find concerts and shows in a city.",
    {"city": (STR, "The city of the event, e.g. 'Austin, TX'.")},
    ["city"],
)
HOMES = fn(
    "Homes_SearchListings",
    "Search homes for sale in an area.",
    {
        "area": (STR, "The area, in the format 'City, State', e.g. 'Reno, NV'."),
        "bedrooms": (INT, "Bedrooms."),
    },
    ["area"],
)
DENTIST = fn(
    "Health_FindDentist",
    "Find a dentist in a city.",
    {"city": (STR, "The name of the city where the dentist practises.")},
    ["city"],
)
SHIPPING = fn(
    "Shipping_Quote",
    "Get a shipping quote between two cities.",
    {"origin": (STR, "The city the box leaves from."), "destination": (STR, "The city the box goes to.")},
    ["origin", "destination"],
)
TRAILS = fn(
    "Outdoors_FindTrails",
    "Find hiking trails near a town.",
    {"location": (STR, "The town name.")},
    ["location"],
)
RESTAURANTS = fn(
    "Dining_FindRestaurants",
    "Find restaurants serving a cuisine in a city.",
    {
        "cuisine": (STR, "The cuisine, e.g. Thai."),
        "location": (STR, "City and state, in the format 'City, State', e.g. 'Salem, OR'."),
    },
    ["cuisine", "location"],
)
GYM = fn(
    "Fitness_FindGym",
    "Find a gym in a city.",
    {"city": (STR, "The name of the city.")},
    ["city"],
)
VET = fn(
    "Pets_BookVet",
    "Book a vet visit at a clinic's address.",
    {"address": (STR, "The clinic's street address, e.g. '4 Mill Lane, Bath'.")},
    ["address"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- "to <verb>" is a purpose, the place is after "in"/"to" elsewhere
    (
        "I'm looking for a room to rent for two guests in Boise.",
        LODGING,
        {"where_to": ["Boise, ID"], "guests": [2]},
    ),
    ("I need a room to sleep in Reno for one night.", LODGING, {"where_to": ["Reno, NV"]}),
    ("We need a house to stay in. Our trip is to Denver.", LODGING, {"where_to": ["Denver, CO"]}),
    (
        "I'm looking for a room to stay for two guests in Reno.",
        LODGING,
        {"where_to": ["Reno, NV"], "guests": [2]},
    ),
    ("We need a room to stay there. Our trip is to Boise.", LODGING, {"where_to": ["Boise, ID"]}),
    ("Search rooms to rent near Boise, for 3 guests.", LODGING, {"where_to": ["Boise, ID"], "guests": [3]}),
    ("I'd like a home to live in Reno with 3 bedrooms.", HOMES, {"area": ["Reno, NV"], "bedrooms": [3]}),
    ("Looking for a home to buy in Tucson, 2 bedrooms.", HOMES, {"area": ["Tucson, AZ"], "bedrooms": [2]}),
    ("Find trails to hike near Flagstaff.", TRAILS, {"location": ["Flagstaff"]}),
    (
        "I want Thai restaurants to eat at in Salem, Oregon.",
        RESTAURANTS,
        {"cuisine": ["Thai"], "location": ["Salem, OR"]},
    ),
    ("Find concerts to watch in Austin.", EVENTS, {"city": ["Austin, TX"]}),
    (
        "I'm looking for a cabin to stay for one guest in Reno.",
        CABIN,
        {"where_to": ["Reno, NV"], "guests": [1]},
    ),
    (
        "I have planned a short trip to Boise. I need a cabin to stay there with 2 guests.",
        CABIN,
        {"where_to": ["Boise, ID"], "guests": [2]},
    ),
    ("I need a cabin to stay. I am travelling to Boise.", CABIN, {"where_to": ["Boise, ID"]}),
    ("I want a cabin to sleep in near Reno.", CABIN, {"where_to": ["Reno, NV"]}),
    ("Find a cabin to rent in Tucson.", CABIN, {"where_to": ["Tucson, AZ"]}),
    # ---- a street address with no street-type word, or its town after a full stop
    ("Get me a cab to 77 Via Roma. Denver", CAB, {"destination": ["77 Via Roma, Denver"]}),
    ("Order a cab to 310 Camino Alto. Denver", CAB, {"destination": ["310 Camino Alto, Denver"]}),
    (
        "A cab with 3 seats please. The destination is the 45 Lakeview Towers, Denver",
        CAB,
        {"destination": ["45 Lakeview Towers, Denver"], "seats": [3]},
    ),
    (
        "I need a cab with 2 seats. The address is 800 Harbor Point Apartments, Denver",
        CAB,
        {"destination": ["800 Harbor Point Apartments, Denver"], "seats": [2]},
    ),
    (
        "Send the 2 parcels to 16 Crown Gardens, Leeds.",
        DELIVERY,
        {"address": ["16 Crown Gardens, Leeds"], "parcels": [2]},
    ),
    ("Deliver it to 5 Old Mill. Leeds", DELIVERY, {"address": ["5 Old Mill, Leeds"]}),
    ("Book the vet at 12 Orchard Close. Bath", VET, {"address": ["12 Orchard Close, Bath"]}),
    # ---- the street word written as the example writes it
    ("Order a cab to 22 Pine St, Denver.", CAB, {"destination": ["22 Pine Street, Denver"]}),
    ("A cab to 9 Lake Rd, Denver please.", CAB, {"destination": ["9 Lake Road, Denver"]}),
    ("Deliver to 3 High St, Leeds.", DELIVERY, {"address": ["3 High Street, Leeds"]}),
    ("The vet is at 8 Mill Ln, Bath.", VET, {"address": ["8 Mill Lane, Bath"]}),
    # ---- "the name of the city" takes the city alone
    (
        "What's the forecast for Boise, ID on 2024-05-02?",
        CITY_WEATHER,
        {"city": ["Boise"], "day": ["2024-05-02"]},
    ),
    ("Weather in Salem, OR tomorrow?", CITY_WEATHER, {"city": ["Salem"]}),
    ("Tell me the forecast for Lyon, France.", CITY_WEATHER, {"city": ["Lyon"]}),
    ("Find a dentist in Tacoma, WA.", DENTIST, {"city": ["Tacoma"]}),
    ("Is there a dentist in Galway, Ireland?", DENTIST, {"city": ["Galway"]}),
    ("Find me a gym in Ogden, Utah.", GYM, {"city": ["Ogden"]}),
    ("Any gyms in Leeds, England?", GYM, {"city": ["Leeds"]}),
    # ---- a 'City, State' layout keeps or adds the state
    ("What's the weather like in Boise, Idaho?", STATE_WEATHER, {"location": ["Boise, ID"]}),
    ("Current conditions in Tacoma, WA please.", STATE_WEATHER, {"location": ["Tacoma, WA"]}),
    ("Find Thai restaurants in Salem, OR.", RESTAURANTS, {"cuisine": ["Thai"], "location": ["Salem, OR"]}),
    ("Concerts in Portland, OR?", EVENTS, {"city": ["Portland, OR"]}),
    ("Homes for sale in Santa Clara with 3 bedrooms.", HOMES, {"area": ["Santa Clara, CA"], "bedrooms": [3]}),
    (
        "Find Thai restaurants in Santa Rosa.",
        RESTAURANTS,
        {"cuisine": ["Thai"], "location": ["Santa Rosa, CA"]},
    ),
    # ---- guards: what the model does right already
    ("Ship a box from Leeds to York.", SHIPPING, {"origin": ["Leeds"], "destination": ["York"]}),
    ("Order a cab to 18 Birch Street, Denver.", CAB, {"destination": ["18 Birch Street, Denver"]}),
    ("Trails near Aspen?", TRAILS, {"location": ["Aspen"]}),
    ("Find a dentist in Tacoma.", DENTIST, {"city": ["Tacoma"]}),
    ("Deliver 3 parcels to 9 Elm Road, Leeds.", DELIVERY, {"address": ["9 Elm Road, Leeds"], "parcels": [3]}),
    ("Weather in Oslo on 2024-01-09?", CITY_WEATHER, {"city": ["Oslo"], "day": ["2024-01-09"]}),
    ("Conditions in Houston right now?", STATE_WEATHER, {"location": ["Houston, TX"]}),
]

GAPS: dict[str, str] = {}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_place_a_careful_model_reads(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests_over_ten_domains() -> None:
    assert len(ROWS) >= 35
    assert len({spec["toolSpec"]["name"].split("_")[0] for _, spec, _ in ROWS}) >= 10
