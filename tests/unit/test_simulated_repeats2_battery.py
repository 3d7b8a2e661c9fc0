"""A second battery for how many calls a request asks for: crossing, pairing and variations.

Tools of my own in a public benchmark's style (dotted names, terse JSON-schema descriptions), requests of one
to four sentences. The classes: a series crossed with a later choice of two options ("in economy as well as
business", "both by ground and by air") that applies to every member; two details asked of one thing ("the
opening hours and the address of …"); one value per item ("oak for 3 shelves and pine for 5"); a count per
set ("two … and one …"); a variation after a series ("… the same but in water"); and the guards: values
that fill different parameters of one call, and a count of things one call takes, are no series. Order-free.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

HOTEL = fn(
    "travel.hotel_rate",
    "Get the nightly rate of a hotel room in a city.",
    {
        "city": (STR, "The city, e.g. Lisbon."),
        "room_type": (STR, "The kind of room.", {"enum": ["standard", "suite", "family"]}),
    },
    ["city", "room_type"],
)
SHIPPING = fn(
    "logistics.shipping_quote",
    "Quote the cost of shipping a parcel.",
    {
        "weight_kg": (NUM, "The weight of the parcel in kilograms."),
        "service": (STR, "The shipping service.", {"enum": ["ground", "air", "express"]}),
    },
    ["weight_kg", "service"],
)
COFFEE = fn(
    "cafe.drink_price",
    "Get the price of a drink on the menu.",
    {
        "drink": (STR, "The name of the drink, e.g. latte."),
        "size": (STR, "The cup size.", {"enum": ["small", "medium", "large"]}),
    },
    ["drink", "size"],
)
TRANSLATE = fn(
    "language.translate",
    "Translate a phrase into another language.",
    {
        "text": (STR, "The text to translate."),
        "target": (STR, "The target language.", {"enum": ["French", "German", "Spanish", "Italian"]}),
    },
    ["text", "target"],
)
TRAIN = fn(
    "rail.ticket_price",
    "Get the price of a train ticket between two stations.",
    {
        "origin": (STR, "The departure station, e.g. Paris."),
        "destination": (STR, "The arrival station."),
        "fare": (STR, "The fare class.", {"enum": ["first", "second"]}),
    },
    ["origin", "destination"],
)
MUSEUM = fn(
    "culture.museum_info",
    "Look up one piece of information about a museum.",
    {
        "museum": (STR, "The name of the museum."),
        "field": (STR, "The information wanted.", {"enum": ["opening_hours", "address", "ticket_price"]}),
    },
    ["museum", "field"],
)
CAR = fn(
    "rental.car_quote",
    "Quote the daily price of a rental car at an airport.",
    {
        "airport": (STR, "The airport code, e.g. LAX."),
        "category": (STR, "The car category.", {"enum": ["compact", "suv", "van"]}),
    },
    ["airport", "category"],
)
PAINT = fn(
    "home.paint_needed",
    "Estimate the litres of paint needed for a wall.",
    {
        "area_m2": (NUM, "The wall area in square meters."),
        "coats": (INT, "The number of coats. Default 2."),
    },
    ["area_m2"],
)
SHELF = fn(
    "woodwork.shelf_cost",
    "Estimate the cost of building shelves from a kind of wood.",
    {
        "wood": (STR, "The kind of wood, e.g. oak."),
        "shelves": (INT, "The number of shelves."),
    },
    ["wood", "shelves"],
)
RENT = fn(
    "finance.rental_yield",
    "Calculate the gross rental yield of a property.",
    {
        "price": (NUM, "The purchase price of the property."),
        "monthly_rent": (NUM, "The monthly rent."),
    },
    ["price", "monthly_rent"],
)
TEMP = fn(
    "physics.boiling_point",
    "Get the boiling point of a liquid at a pressure.",
    {
        "liquid": (STR, "The liquid, e.g. water."),
        "pressure_atm": (NUM, "The pressure in atmospheres. Default 1."),
    },
    ["liquid"],
)
SPEED = fn(
    "physics.travel_time",
    "Calculate how long a trip takes at a constant speed.",
    {
        "distance_km": (NUM, "The distance in kilometers."),
        "speed_kmh": (NUM, "The speed in km/h."),
    },
    ["distance_km", "speed_kmh"],
)
UNIFORM = fn(
    "stats.sample_uniform",
    "Draw one random number from a uniform distribution.",
    {"low": (NUM, "The lower bound."), "high": (NUM, "The upper bound.")},
    ["low", "high"],
)
NAME = fn(
    "fun.random_name",
    "Suggest one random name.",
    {"gender": (STR, "The gender of the name.", {"enum": ["male", "female", "neutral"]})},
    ["gender"],
)
SUN = fn(
    "astronomy.sunrise",
    "Get the sunrise time of a city on a date.",
    {"city": (STR, "The city, e.g. Oslo."), "date": (STR, "The date, YYYY-MM-DD.")},
    ["city", "date"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- a later choice of two options joined by "as well as" crosses the series before it
    (
        "Get the nightly rate in Lisbon and in Porto, for a standard room as well as a suite.",
        [HOTEL],
        [
            c("travel.hotel_rate", city=t, room_type=r)
            for t in ("Lisbon", "Porto")
            for r in ("standard", "suite")
        ],
    ),
    (
        "Quote shipping for a 2 kg parcel and a 5 kg parcel, by ground as well as by air.",
        [SHIPPING],
        [c("logistics.shipping_quote", weight_kg=w, service=s) for w in (2, 5) for s in ("ground", "air")],
    ),
    (
        "How much are a latte and a mocha, small as well as large?",
        [COFFEE],
        [c("cafe.drink_price", drink=d, size=s) for d in ("latte", "mocha") for s in ("small", "large")],
    ),
    (
        "Translate 'good night' into French as well as German.",
        [TRANSLATE],
        [c("language.translate", text="good night", target=t) for t in ("French", "German")],
    ),
    (
        "Quote a compact as well as an SUV at LAX and at JFK.",
        [CAR],
        [c("rental.car_quote", airport=a, category=k) for a in ("LAX", "JFK") for k in ("compact", "suv")],
    ),
    (
        "Price a train ticket from Paris to Lyon and from Lyon to Nice, in first as well as second class.",
        [TRAIN],
        [
            c("rail.ticket_price", origin=o, destination=d, fare=f)
            for o, d in (("Paris", "Lyon"), ("Lyon", "Nice"))
            for f in ("first", "second")
        ],
    ),
    # ---- "both X and Y" crosses as well (held before this battery)
    (
        "Get the nightly rate in Lisbon and in Porto, both for a standard room and for a family room.",
        [HOTEL],
        [
            c("travel.hotel_rate", city=t, room_type=r)
            for t in ("Lisbon", "Porto")
            for r in ("standard", "family")
        ],
    ),
    (
        "Quote shipping for a 3 kg parcel, both by air and express.",
        [SHIPPING],
        [c("logistics.shipping_quote", weight_kg=3, service=s) for s in ("air", "express")],
    ),
    # ---- two details asked of one thing
    (
        "What are the opening hours and the address of the Louvre?",
        [MUSEUM],
        [c("culture.museum_info", museum="Louvre", field=f) for f in ("opening_hours", "address")],
    ),
    (
        "What is the address and what is the ticket price of the Prado?",
        [MUSEUM],
        [c("culture.museum_info", museum="Prado", field=f) for f in ("address", "ticket_price")],
    ),
    (
        "Give me the ticket price and the opening hours of the Uffizi and of the Rijksmuseum.",
        [MUSEUM],
        [
            c("culture.museum_info", museum=m, field=f)
            for m in ("Uffizi", "Rijksmuseum")
            for f in ("ticket_price", "opening_hours")
        ],
    ),
    # ---- one value per item: pair, never cross
    (
        "Estimate the cost of 3 shelves in oak and 5 shelves in pine.",
        [SHELF],
        [c("woodwork.shelf_cost", wood="oak", shelves=3), c("woodwork.shelf_cost", wood="pine", shelves=5)],
    ),
    (
        "Estimate the cost of oak shelves for 3 shelves and pine shelves for 5 shelves.",
        [SHELF],
        [c("woodwork.shelf_cost", wood="oak", shelves=3), c("woodwork.shelf_cost", wood="pine", shelves=5)],
    ),
    (
        "What is the rental yield of flats bought for $200,000, $300,000 and $450,000 that rent for $1,000, "
        "$1,400 and $2,100 a month respectively?",
        [RENT],
        [
            c("finance.rental_yield", price=p, monthly_rent=r)
            for p, r in ((200000, 1000), (300000, 1400), (450000, 2100))
        ],
    ),
    (
        "How long do trips of 120 km at 60 km/h and 300 km at 100 km/h take?",
        [SPEED],
        [
            c("physics.travel_time", distance_km=120, speed_kmh=60),
            c("physics.travel_time", distance_km=300, speed_kmh=100),
        ],
    ),
    (
        "Sunrise in Oslo on 2024-06-21 and in Rome on 2024-12-21?",
        [SUN],
        [
            c("astronomy.sunrise", city="Oslo", date="2024-06-21"),
            c("astronomy.sunrise", city="Rome", date="2024-12-21"),
        ],
    ),
    # ---- a count per set
    (
        "Draw two numbers uniformly between 0 and 1 and three between 5 and 10.",
        [UNIFORM],
        [c("stats.sample_uniform", low=0, high=1)] * 2 + [c("stats.sample_uniform", low=5, high=10)] * 3,
    ),
    (
        "Suggest two female names and one male name.",
        [NAME],
        [c("fun.random_name", gender="female")] * 2 + [c("fun.random_name", gender="male")],
    ),
    (
        "Draw a number between 1 and 6 twice.",
        [UNIFORM],
        [c("stats.sample_uniform", low=1, high=6)] * 2,
    ),
    # ---- a variation after a series keeps what it does not restate
    (
        "What is the boiling point of water at 1 atm and at 2 atm? And the same for ethanol at 1 atm.",
        [TEMP],
        [
            c("physics.boiling_point", liquid="water", pressure_atm=1),
            c("physics.boiling_point", liquid="water", pressure_atm=2),
            c("physics.boiling_point", liquid="ethanol", pressure_atm=1),
        ],
    ),
    (
        "How much paint do I need for 20 square meters with 2 coats, then for 35 square meters, and finally "
        "the same but with 3 coats?",
        [PAINT],
        [
            c("home.paint_needed", area_m2=20, coats=2),
            c("home.paint_needed", area_m2=35, coats=2),
            c("home.paint_needed", area_m2=35, coats=3),
        ],
    ),
    (
        "How long does 150 km take at 50 km/h? Do the same at 75 km/h.",
        [SPEED],
        [
            c("physics.travel_time", distance_km=150, speed_kmh=50),
            c("physics.travel_time", distance_km=150, speed_kmh=75),
        ],
    ),
    # ---- several values of one parameter: one call each
    (
        "Translate 'thank you', 'please' and 'sorry' into Italian.",
        [TRANSLATE],
        [c("language.translate", text=t, target="Italian") for t in ("thank you", "please", "sorry")],
    ),
    (
        "Get the rate of a family room in Seville, Granada as well as Cordoba.",
        [HOTEL],
        [c("travel.hotel_rate", city=t, room_type="family") for t in ("Seville", "Granada", "Cordoba")],
    ),
    (
        "What does a large latte, a large mocha and a large cappuccino cost?",
        [COFFEE],
        [c("cafe.drink_price", drink=d, size="large") for d in ("latte", "mocha", "cappuccino")],
    ),
    # ---- guards: values of different parameters of one call, and counts one call takes, are no series
    (
        "Quote shipping for a 4 kg parcel by express.",
        [SHIPPING],
        [c("logistics.shipping_quote", weight_kg=4, service="express")],
    ),
    (
        "How long does a 90 km trip take at 45 km/h?",
        [SPEED],
        [c("physics.travel_time", distance_km=90, speed_kmh=45)],
    ),
    (
        "Draw a random number between 10 and 20.",
        [UNIFORM],
        [c("stats.sample_uniform", low=10, high=20)],
    ),
    (
        "What is the yield of a $250,000 flat that rents for $1,200 a month?",
        [RENT],
        [c("finance.rental_yield", price=250000, monthly_rent=1200)],
    ),
    (
        "Price a train ticket from Madrid to Seville in first class.",
        [TRAIN],
        [c("rail.ticket_price", origin="Madrid", destination="Seville", fare="first")],
    ),
    (
        "How much paint for a 12 square meter wall with three coats?",
        [PAINT],
        [c("home.paint_needed", area_m2=12, coats=3)],
    ),
    (
        "Estimate the cost of two pine shelves.",
        [SHELF],
        [c("woodwork.shelf_cost", wood="pine", shelves=2)],
    ),
    (
        "What time is sunrise in Oslo on 2025-03-20?",
        [SUN],
        [c("astronomy.sunrise", city="Oslo", date="2025-03-20")],
    ),
    (
        "Quote an SUV at Denver airport, code DEN, as well as the rate of a suite in Denver.",
        [CAR, HOTEL],
        [
            c("rental.car_quote", airport="DEN", category="suv"),
            c("travel.hotel_rate", city="Denver", room_type="suite"),
        ],
    ),
    (
        "Translate 'see you soon' into Spanish, and price a medium latte.",
        [TRANSLATE, COFFEE],
        [
            c("language.translate", text="see you soon", target="Spanish"),
            c("cafe.drink_price", drink="latte", size="medium"),
        ],
    ),
    (
        "What is the boiling point of water at 0.5 atm?",
        [TEMP],
        [c("physics.boiling_point", liquid="water", pressure_atm=[0.5])],
    ),
]

DETAILS = "too few calls: two details asked in two clauses ('what is the X and what is the Y …') give one"
PER_SET = "a count of each set ('two … and three …', 'two female names and one male') is not read"
VARIATION = (
    "too few or wrong calls: a variation after a series ('the same for ethanol', 'do the same at') is lost"
)
GAPS: dict[str, str] = {
    "What is the address and what is": DETAILS,
    "Suggest two female names": PER_SET,
    "Get the rate of a family room in Seville": "a series of names joined by commas reads as one place",
    "What does a large latte": "too few calls: a series whose members each repeat an option's word is one",
    "Estimate the cost of two pine shelves": "no call: a count of the thing ('two pine shelves') is not read",
    "Quote an SUV at Denver airport": "the airport code given after the city ('code DEN') is not taken",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_number_of_calls_a_request_asks_for(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests() -> None:
    assert len(ROWS) >= 30
