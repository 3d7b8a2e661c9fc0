"""Call with the values the request gives: a battery for optional parameters a request states and values in
other forms.

Written before changing the model, in subjects of its own (gardening, shipping, aviation, pets, photography,
banking, hiking, chess, weather, hospitals, vehicles, music, schools, hotels, cooking). Each request states
every value the expected call holds, sometimes in a form the parameter must take: an optional count whose
noun is the parameter's name ("with 3 guests" for `guests`, "contributions of $150" for `contribution`), an
optional unit named after "in" ("distance in kilometers" for `unit`), an optional kind the request names as
an adjective of the thing the parameter's description names ("the violent crime rate" for the crime `type`),
an array written as prose ("holding 7 and 9"), a dict whose fields the request lists ("Math - 85, Art -
89"). A small competent model calls with those values; guard rows at the end keep what works today (an
optional parameter the request does not state stays out).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, one_call_problem, params, strs

TABLE = fn(
    "restaurant.reserve_table",
    "Reserve a table at a restaurant.",
    {
        "restaurant": (STR, "The restaurant name."),
        "guests": (INT, "Number of guests, default 2."),
    },
    ["restaurant"],
)
ROOMS = fn(
    "lodging.book_cabin",
    "Book cabins at a campground.",
    {
        "campground": (STR, "The campground name."),
        "cabins": (INT, "Number of cabins to book."),
    },
    ["campground"],
)
SAVINGS = fn(
    "banking.project_savings",
    "Project the value of a savings account over years.",
    {
        "deposit": (INT, "The opening deposit in dollars."),
        "years": (INT, "The number of years."),
        "contribution": (INT, "A monthly contribution in dollars, optional."),
    },
    ["deposit", "years"],
)
PARCEL = fn(
    "shipping.quote",
    "Get a shipping quote for a parcel.",
    {
        "destination": (STR, "The destination city."),
        "weight": (NUM, "The parcel weight in kilograms."),
        "insurance": (INT, "Insured value in dollars, optional."),
    },
    ["destination", "weight"],
)
FLIGHT_DIST = fn(
    "aviation.great_circle_distance",
    "Get the great-circle distance between two airports.",
    {
        "origin": (STR, "The origin airport code."),
        "destination": (STR, "The destination airport code."),
        "unit": (STR, "Unit of distance, default kilometers."),
    },
    ["origin", "destination"],
)
TRAIL = fn(
    "hiking.trail_length",
    "Get the length of a hiking trail.",
    {
        "trail": (STR, "The trail name."),
        "unit": (STR, "The unit of length, e.g. 'km'."),
    },
    ["trail"],
)
CRIME = fn(
    "civic.crime_statistics",
    "Get crime statistics for a city.",
    {
        "city": (STR, "The city name."),
        "type": (STR, "The type of crime, e.g. property."),
    },
    ["city"],
)
PET_FOOD = fn(
    "pets.food_portion",
    "Compute a daily food portion for a pet.",
    {
        "animal": (STR, "The kind of animal, e.g. dog."),
        "weight_kg": (NUM, "The pet's weight in kilograms."),
        "food_type": (STR, "The type of food, e.g. dry."),
    },
    ["animal", "weight_kg"],
)
EXPOSURE = fn(
    "photography.exposure_value",
    "Compute the exposure value of a camera setting.",
    {
        "aperture": (NUM, "The f-number."),
        "shutter_seconds": (NUM, "The shutter speed in seconds."),
        "iso": (INT, "The ISO sensitivity, default 100."),
    },
    ["aperture", "shutter_seconds"],
)
CARD_HAND = fn(
    "games.score_hand",
    "Score a hand of cards in a game of twenty-one.",
    {
        "player_cards": (*strs("Cards held by the player.")[:2], strs("")[2]),
        "dealer_cards": (*strs("Cards held by the dealer.")[:2], strs("")[2]),
    },
    ["player_cards", "dealer_cards"],
)
GRADES = fn(
    "school.report_card",
    "Summarise a report card.",
    {"grades": ("object", "A dictionary where keys are subjects and values are scores.")},
    ["grades"],
)
CHESS = fn(
    "chess.rating_change",
    "Compute the rating change after a chess game.",
    {
        "player_rating": (INT, "The player's rating."),
        "opponent_rating": (INT, "The opponent's rating."),
        "k_factor": (INT, "The K-factor, default 20."),
    },
    ["player_rating", "opponent_rating"],
)
WEATHER = fn(
    "weather.daily_forecast",
    "Get the daily forecast for a city.",
    {
        "city": (STR, "The city name."),
        "days": (INT, "Number of days to forecast, default 3."),
    },
    ["city"],
)
WARD = fn(
    "hospital.bed_availability",
    "Check the available beds in a hospital.",
    {
        "hospital": (STR, "The hospital name."),
        "ward": (STR, "The ward, e.g. maternity."),
    },
    ["hospital"],
)
CAR_RENT = fn(
    "vehicles.rent_car",
    "Rent a car in a city.",
    {
        "city": (STR, "The pickup city."),
        "days": (INT, "The rental length in days."),
        "drivers": (INT, "Number of drivers, optional."),
    },
    ["city", "days"],
)
TICKETS = fn(
    "music.concert_tickets",
    "Buy tickets for a concert.",
    {
        "artist": (STR, "The performing artist."),
        "tickets": (INT, "Number of tickets, default 1."),
    },
    ["artist"],
)
SEEDS = fn(
    "garden.seed_order",
    "Order seed packets for a garden.",
    {
        "plant": (STR, "The plant, e.g. basil."),
        "packets": (INT, "Number of packets, default 1."),
    },
    ["plant"],
)
TEA = fn(
    "cafe.brew_tea",
    "Brew a pot of tea.",
    {
        "cups": (INT, "Number of cups."),
        "kind": (STR, "The kind of tea, e.g. green."),
    },
    ["cups"],
)
OVEN = fn(
    "cooking.oven_time",
    "Estimate the oven time for a roast.",
    {
        "meat": (STR, "The kind of meat."),
        "weight": (NUM, "The weight of the roast."),
        "unit": (STR, "The unit of weight, default kilograms."),
    },
    ["meat", "weight"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- an optional count whose noun is the parameter's name
    ("Reserve a table at Casa Verde with 4 guests.", TABLE, {"restaurant": ["Casa Verde"], "guests": [4]}),
    ("Book a table at Blue Fin for 6 guests tonight.", TABLE, {"restaurant": ["Blue Fin"], "guests": [6]}),
    ("Book 3 cabins at Pine Hollow campground.", ROOMS, {"campground": ["Pine Hollow"], "cabins": [3]}),
    (
        "At the Lakeside campground, I need '2' cabins.",
        ROOMS,
        {"campground": ["Lakeside"], "cabins": [2]},
    ),
    (
        "Project my savings: an opening deposit of $1000 for 5 years, with monthly contributions of $150.",
        SAVINGS,
        {"deposit": [1000], "years": [5], "contribution": [150]},
    ),
    (
        "Savings projection with a deposit of 2000 dollars over 10 years and a contribution of 50 dollars.",
        SAVINGS,
        {"deposit": [2000], "years": [10], "contribution": [50]},
    ),
    (
        "Quote shipping a 2.5 kg parcel to Lyon with insurance of $300.",
        PARCEL,
        {"destination": ["Lyon"], "weight": [2.5], "insurance": [300]},
    ),
    (
        "Rent a car in Denver for 4 days with 2 drivers.",
        CAR_RENT,
        {"city": ["Denver"], "days": [4], "drivers": [2]},
    ),
    ("Buy 3 tickets for the Adele concert.", TICKETS, {"artist": ["Adele"], "tickets": [3]}),
    ("Order 5 packets of basil seeds.", SEEDS, {"plant": ["basil"], "packets": [5]}),
    (
        "Get the 7-day forecast for Bergen.",
        WEATHER,
        {"city": ["Bergen"], "days": [7]},
    ),
    ("Forecast for Quito over the next 5 days.", WEATHER, {"city": ["Quito"], "days": [5]}),
    # ---- an optional unit named after "in"
    (
        "What's the great-circle distance in miles from JFK to LHR?",
        FLIGHT_DIST,
        {"origin": ["JFK"], "destination": ["LHR"], "unit": ["miles", "mi", "mile"]},
    ),
    (
        "Distance between SFO and NRT in nautical miles.",
        FLIGHT_DIST,
        {"origin": ["SFO"], "destination": ["NRT"], "unit": ["nautical miles", "nmi"]},
    ),
    (
        "How long is the Kalalau trail in miles?",
        TRAIL,
        {"trail": ["Kalalau"], "unit": ["miles", "mi", "mile"]},
    ),
    (
        "Oven time for a 4 pound beef roast, weight in pounds.",
        OVEN,
        {"meat": ["beef"], "weight": [4], "unit": ["pounds", "lb", "lbs", "pound"]},
    ),
    # ---- an optional kind named as an adjective of the described thing
    (
        "Show the violent crime statistics for Oakland.",
        CRIME,
        {"city": ["Oakland"], "type": ["violent"]},
    ),
    (
        "Get property crime figures for Tucson.",
        CRIME,
        {"city": ["Tucson"], "type": ["property"]},
    ),
    (
        "Get the official crime statistics of violent crime in Oakland.",
        CRIME,
        {"city": ["Oakland"], "type": ["violent"]},
    ),
    ("Brew 4 cups of oolong tea.", TEA, {"cups": [4], "kind": ["oolong"]}),
    ("Brew 2 cups of tea.", TEA, {"cups": [2], "kind": [OMIT]}),
    (
        "Daily portion of wet food for a 12 kg dog.",
        PET_FOOD,
        {"animal": ["dog"], "weight_kg": [12], "food_type": ["wet"]},
    ),
    (
        "Are there beds free in the maternity ward at Mercy General hospital?",
        WARD,
        {"hospital": ["Mercy General", "Mercy General hospital"], "ward": ["maternity"]},
    ),
    # ---- optional numbers named by the parameter's label
    (
        "Exposure value at f/8 with a shutter of 0.01 seconds and ISO 400.",
        EXPOSURE,
        {"aperture": [8], "shutter_seconds": [0.01], "iso": [400]},
    ),
    (
        "Rating change for a 1500 player against an opponent rated 1700, with a K-factor of 32.",
        CHESS,
        {"player_rating": [1500], "opponent_rating": [1700], "k_factor": [32]},
    ),
    # ---- an array written as prose
    (
        "Score a twenty-one hand: the player has K and 7, the dealer has 9 and 8.",
        CARD_HAND,
        {"player_cards": [["K", "7"]], "dealer_cards": [["9", "8"]]},
    ),
    (
        "Score this hand with player cards ['Q', '5'] and dealer cards ['10', '6'].",
        CARD_HAND,
        {"player_cards": [["Q", "5"]], "dealer_cards": [["10", "6"]]},
    ),
    # ---- a dict whose fields the request lists
    (
        "Summarise the report card with grades {'Math': 85, 'Art': 89}.",
        GRADES,
        {"grades": [{"Math": 85, "Art": 89}]},
    ),
    (
        "Summarise my report card: Math - 72, History - 90, Biology - 81.",
        GRADES,
        {"grades": [{"Math": 72, "History": 90, "Biology": 81}]},
    ),
    # ---- guards: what works today stays
    ("Reserve a table at Casa Verde.", TABLE, {"restaurant": ["Casa Verde"], "guests": [OMIT, 2]}),
    ("Forecast for Quito.", WEATHER, {"city": ["Quito"], "days": [OMIT, 3]}),
    (
        "Great-circle distance from JFK to LHR.",
        FLIGHT_DIST,
        {"origin": ["JFK"], "destination": ["LHR"], "unit": [OMIT, "kilometers", "km"]},
    ),
    ("Crime statistics for Oakland.", CRIME, {"city": ["Oakland"], "type": [OMIT]}),
    (
        "Rent a car in Denver for 4 days.",
        CAR_RENT,
        {"city": ["Denver"], "days": [4], "drivers": [OMIT]},
    ),
    (
        "Project savings from a 1000 dollar deposit over 5 years.",
        SAVINGS,
        {"deposit": [1000], "years": [5], "contribution": [OMIT]},
    ),
]

GAPS: dict[str, str] = {
    "At the Lakeside campground": "a quoted count before its noun ('2' cabins) is not read as the optional count",
    "Distance between SFO and NRT in nautical": "a two-word unit after 'in' is not taken for the optional unit",
    "Oven time for a 4 pound": "the word 'weight' after the comma is taken for the meat",
    "Exposure value at f/8": "'f/8' is not read as the aperture, so the model asks",
    "Score a twenty-one hand": "a list as prose ('has K and 7') for an array of strings is not read",
    "Score this hand with player cards": "bracketed lists after their labels go to the wrong parameters",
    "Summarise my report card": "'Subject - score' pairs are not read as a dict",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_call_uses_the_stated_values(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests() -> None:
    assert len(ROWS) >= 30
