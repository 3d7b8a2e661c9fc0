"""One ask is one call: a battery written for this round (no extra call where one ask is meant).

Each row offers one catalogue of eighteen tools in many subjects (quizzes, groceries, rail travel, raffles,
framing, shops, restaurants, statistics, music, company budgets, pets, home heating, libraries, chess,
post, museums, cycling, newsletters, paint) and a request whose text holds a series, an "and", numbers or a
repeated word although a small competent model makes one call (or exactly N): a series that fills one list
parameter is one call with the list in it (but several written lists are one call each); a series whose
members go to different parameters ("from Oslo to Bergen", "2 adults and 1 child", "between 10 and 20")
is one call; an "and" inside a name or a noun phrase ("Marks and Spencer", "research and development")
joins no asks; a restatement or a second sentence that only describes the first ask adds no call; values
that belong to a second tool in the same request go to that tool alone. Guard rows ask for N calls and
must keep them. The expected value counts the calls per tool name; some rows also name the values the
first call of a tool must hold.
"""

from __future__ import annotations

from collections import Counter

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, agrees, enums, floats, fn, params, strs

RANK = fn(
    "rank_quiz_scores",
    "Rank a set of quiz scores.",
    {
        "scores": floats("The quiz scores to rank."),
        "order": (STR, "The ranking order.", {"enum": ["ascending", "descending"]}),
    },
    ["scores"],
)
SHOPPING = fn(
    "build_shopping_list",
    "Build a shopping list of grocery items.",
    {"items": strs("The grocery items to buy."), "store": (STR, "The store the list is for.")},
    ["items"],
)
TRAIN = fn(
    "book_train_ticket",
    "Book a train ticket between two stations.",
    {
        "origin": (STR, "The departure city."),
        "destination": (STR, "The arrival city."),
        "adults": (INT, "Number of adult passengers."),
        "children": (INT, "Number of child passengers."),
        "date": (STR, "The travel date."),
    },
    ["origin", "destination", "adults"],
)
RAFFLE = fn(
    "draw_raffle_number",
    "Draw one random raffle number within a range.",
    {"low": (INT, "The lowest number allowed."), "high": (INT, "The highest number allowed.")},
    ["low", "high"],
)
FRAME = fn(
    "order_picture_frame",
    "Order a custom picture frame.",
    {
        "width_cm": (NUM, "The frame width in centimetres."),
        "height_cm": (NUM, "The frame height in centimetres."),
        "material": (STR, "The frame material, e.g. oak"),
    },
    ["width_cm", "height_cm"],
)
HOURS = fn(
    "get_store_opening_hours",
    "Get the opening hours of a shop.",
    {"store_name": (STR, "The name of the shop."), "city": (STR, "The city the shop is in.")},
    ["store_name"],
)
TABLE = fn(
    "reserve_restaurant_table",
    "Reserve a table at a restaurant.",
    {
        "restaurant": (STR, "The restaurant name."),
        "party_size": (INT, "Number of diners."),
        "city": (STR, "The city of the restaurant."),
        "meal": (STR, "The meal.", {"enum": ["breakfast", "lunch", "dinner"]}),
    },
    ["restaurant", "party_size"],
)
MEAN = fn(
    "compute_mean",
    "Compute the arithmetic mean of a list of numbers.",
    {"values": floats("The numbers to average.")},
    ["values"],
)
PLAYLIST = fn(
    "create_playlist",
    "Create a music playlist from genres.",
    {
        "title": (STR, "The playlist title."),
        "genres": enums("The genres to include.", ["rock and roll", "jazz", "blues", "classical", "hip hop"]),
    },
    ["title", "genres"],
)
BUDGET = fn(
    "get_department_budget",
    "Look up the budget of a company department for a fiscal year.",
    {"department": (STR, "The department name."), "year": (INT, "The fiscal year.")},
    ["department"],
)
VET = fn(
    "schedule_vet_visit",
    "Schedule a veterinary appointment for a pet.",
    {
        "pet_name": (STR, "The pet's name."),
        "species": (STR, "The kind of animal."),
        "date": (STR, "The day."),
    },
    ["pet_name", "date"],
)
THERMOSTAT = fn(
    "set_room_thermostat",
    "Set the thermostat of a room to a temperature.",
    {"room": (STR, "The room."), "temperature_c": (NUM, "The target temperature in Celsius.")},
    ["room", "temperature_c"],
)
RENEW = fn(
    "renew_library_loans",
    "Renew borrowed library books.",
    {"titles": strs("The titles of the books to renew."), "card_number": (STR, "The library card number.")},
    ["titles", "card_number"],
)
CHESS = fn(
    "analyze_chess_opening",
    "Name and assess a chess opening from its moves.",
    {"moves": strs("The moves in algebraic notation.")},
    ["moves"],
)
POSTAGE = fn(
    "parcel_postage_cost",
    "Quote the postage for a parcel.",
    {"weight_kg": (NUM, "The parcel weight in kilograms."), "country": (STR, "The destination country.")},
    ["weight_kg", "country"],
)
MUSEUM = fn(
    "buy_museum_tickets",
    "Buy entry tickets for a museum.",
    {
        "museum": (STR, "The museum name."),
        "adults": (INT, "Number of adult tickets."),
        "seniors": (INT, "Number of senior tickets."),
    },
    ["museum", "adults"],
)
GEAR = fn(
    "bicycle_gear_ratio",
    "Compute the gear ratio of a bicycle from its chainring and sprocket teeth.",
    {
        "chainring_teeth": (INT, "Teeth on the front chainring."),
        "sprocket_teeth": (INT, "Teeth on the rear sprocket."),
    },
    ["chainring_teeth", "sprocket_teeth"],
)
SPEED = fn(
    "cycling_speed_from_cadence",
    "Compute riding speed from pedalling cadence and wheel diameter.",
    {
        "cadence_rpm": (NUM, "Pedal revolutions per minute."),
        "wheel_mm": (NUM, "Wheel diameter in millimetres."),
    },
    ["cadence_rpm", "wheel_mm"],
)
NEWSLETTER = fn(
    "subscribe_newsletter",
    "Subscribe an email address to newsletters.",
    {
        "email": (STR, "The subscriber's email address."),
        "frequencies": enums("Which editions to receive.", ["daily", "weekly", "monthly"]),
    },
    ["email", "frequencies"],
)
PAINT = fn(
    "mix_paint_colors",
    "Predict the colour made by mixing paints.",
    {"colors": strs("The paint colours to mix.")},
    ["colors"],
)
CATALOGUE = [RANK, SHOPPING, TRAIN, RAFFLE, FRAME, HOURS, TABLE, MEAN, PLAYLIST, BUDGET, VET, THERMOSTAT]
CATALOGUE += [RENEW, CHESS, POSTAGE, MUSEUM, GEAR, SPEED, NEWSLETTER, PAINT]

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a series that fills one list parameter: one call, the list in it
    ("Rank these quiz scores from highest to lowest: 72, 88, 95 and 61.", {"rank_quiz_scores": 1}, {}),
    (
        "Make me a shopping list with eggs, flour and milk.",
        {"build_shopping_list": 1},
        {"build_shopping_list": {"items": ["eggs", "flour", "milk"]}},
    ),
    ("Put butter, sugar, cocoa and vanilla on a shopping list for Aldi.", {"build_shopping_list": 1}, {}),
    ("What colour do I get if I mix blue and yellow paint?", {"mix_paint_colors": 1}, {}),
    ("Renew 'Dune', 'Emma' and 'Ulysses' on library card 44120.", {"renew_library_loans": 1}, {}),
    ("What is the average of 4, 8, 15, 16, 23 and 42?", {"compute_mean": 1}, {}),
    ("Which opening is 1. e4 e5 2. Nf3 Nc6 3. Bb5?", {"analyze_chess_opening": 1}, {}),
    ("Assess the chess opening with the moves d4, d5 and c4.", {"analyze_chess_opening": 1}, {}),
    # ---- several written lists: one call per list
    ("Find the mean of 3, 5 and 7, and the mean of 10, 20 and 30.", {"compute_mean": 2}, {}),
    ("Average 1, 2 and 3; then average 40, 50 and 60.", {"compute_mean": 2}, {}),
    # ---- a series whose members go to different parameters: one call
    (
        "Book a train from Oslo to Bergen for 3 adults and 2 children.",
        {"book_train_ticket": 1},
        {"book_train_ticket": {"origin": "Oslo", "destination": "Bergen", "adults": 3, "children": 2}},
    ),
    (
        "Draw a raffle number between 10 and 20.",
        {"draw_raffle_number": 1},
        {"draw_raffle_number": {"low": 10, "high": 20}},
    ),
    (
        "Order a picture frame with width 40 cm and height 60 cm in walnut.",
        {"order_picture_frame": 1},
        {"order_picture_frame": {"width_cm": 40, "height_cm": 60}},
    ),
    ("I need a frame 30 cm wide and 45 cm tall.", {"order_picture_frame": 1}, {}),
    ("Get me tickets for the Rijksmuseum: 2 adults and 3 seniors.", {"buy_museum_tickets": 1}, {}),
    ("Pick a raffle number from 1 to 500 for the school fair.", {"draw_raffle_number": 1}, {}),
    ("Book a train from York to Durham on 12 May for 2 adults and 1 child.", {"book_train_ticket": 1}, {}),
    # ---- "and" inside a name or a noun phrase
    (
        "When does Marks and Spencer in Leeds open?",
        {"get_store_opening_hours": 1},
        {"get_store_opening_hours": {"store_name": "Marks and Spencer"}},
    ),
    ("What are the opening hours of Barnes and Noble in Boston?", {"get_store_opening_hours": 1}, {}),
    (
        "What is the research and development budget for 2025?",
        {"get_department_budget": 1},
        {"get_department_budget": {"department": "research and development", "year": 2025}},
    ),
    ("Show the sales and marketing department's budget.", {"get_department_budget": 1}, {}),
    ("Add a salt and pepper shaker to my shopping list.", {"build_shopping_list": 1}, {}),
    (
        "Make a playlist called Friday with rock and roll.",
        {"create_playlist": 1},
        {"create_playlist": {"genres": ["rock and roll"]}},
    ),
    ("Reserve a table for 2 at Tom and Jerry's Diner for lunch.", {"reserve_restaurant_table": 1}, {}),
    # ---- restatements and second sentences that only describe the first ask
    (
        "Book a table for two at Nopa, a bistro in San Francisco, for dinner.",
        {"reserve_restaurant_table": 1},
        {"reserve_restaurant_table": {"restaurant": "Nopa", "party_size": 2}},
    ),
    ("Compute the average of 2, 9 and 13, i.e. the mean.", {"compute_mean": 1}, {}),
    (
        "Reserve a table at Zuni Cafe for four people. It's in San Francisco.",
        {"reserve_restaurant_table": 1},
        {},
    ),
    ("Set the bedroom thermostat to 19 degrees. That is the room upstairs.", {"set_room_thermostat": 1}, {}),
    (
        "Schedule a vet visit for Biscuit on June 3. Biscuit is a beagle, so a dog.",
        {"schedule_vet_visit": 1},
        {},
    ),
    ("Quote postage for a 2 kg parcel to Canada, that is two kilograms.", {"parcel_postage_cost": 1}, {}),
    # ---- values that belong to a second tool of the same request
    (
        "Work out the gear ratio for 52 and 13 teeth and the riding speed at 90 rpm with a 700 mm wheel.",
        {"bicycle_gear_ratio": 1, "cycling_speed_from_cadence": 1},
        {},
    ),
    (
        "Find the mean of 4, 6 and 8 and rank the scores 9, 2 and 5.",
        {"compute_mean": 1, "rank_quiz_scores": 1},
        {},
    ),
    (
        "Book a train from Oslo to Bergen for 2 adults and reserve a table for 2 at Maaemo.",
        {"book_train_ticket": 1, "reserve_restaurant_table": 1},
        {},
    ),
    (
        "Draw a raffle number between 1 and 50 and order a frame 30 by 40 cm.",
        {"draw_raffle_number": 1, "order_picture_frame": 1},
        {},
    ),
    (
        "Mix red and white paint and make a shopping list with bread and cheese.",
        {"mix_paint_colors": 1, "build_shopping_list": 1},
        {},
    ),
    # ---- options of one enum parameter that takes a list
    (
        "Make a playlist called Sunday with jazz, blues and classical.",
        {"create_playlist": 1},
        {"create_playlist": {"genres": ["jazz", "blues", "classical"]}},
    ),
    ("Subscribe ana@example.com to the weekly and monthly newsletters.", {"subscribe_newsletter": 1}, {}),
    # ---- a series of numbers one noun counts, for as many parameters named by that noun
    (
        "What is the gear ratio for 48 and 16 teeth?",
        {"bicycle_gear_ratio": 1},
        {"bicycle_gear_ratio": {"chainring_teeth": 48, "sprocket_teeth": 16}},
    ),
    # ---- names joined by "and" before the singular noun of the parameter's name: one unit's name
    (
        "Show the budget of the sales and marketing department.",
        {"get_department_budget": 1},
        {"get_department_budget": {"department": "sales and marketing"}},
    ),
    # ---- a place said twice, then corrected by a label: one call, with the label's value
    (
        "I'm moving to Lapland, and I need to know what postage costs there. Could you quote postage for"
        " a 3 kg parcel to Lapland? Use Finland as the exact country.",
        {"parcel_postage_cost": 1},
        {"parcel_postage_cost": {"country": "Finland"}},
    ),
    # ---- a second sentence that only describes the values of the first ask
    (
        "Draw a raffle number between 1 and 100. The numbers 1 to 100 are the tickets we sold.",
        {"draw_raffle_number": 1},
        {},
    ),
    (
        "Book a train from Oslo to Bergen for 2 adults. Bergen is on the west coast of Norway.",
        {"book_train_ticket": 1},
        {},
    ),
    ("Find the mean of 10, 20 and 30. I mean the plain average, nothing weighted.", {"compute_mean": 1}, {}),
    # ---- an "and" before a verb that may be a noun ("quote") and the next tool's name: two asks, each its values
    (
        "Book a train from Oslo to Bergen for 2 adults and quote postage for a 2 kg parcel to Norway.",
        {"book_train_ticket": 1, "parcel_postage_cost": 1},
        {"book_train_ticket": {"destination": "Bergen"}},
    ),
    (
        "What's the gear ratio with a 50 tooth chainring and a 12 tooth sprocket, and how fast do I go at 80"
        " rpm on a 700 mm wheel?",
        {"bicycle_gear_ratio": 1, "cycling_speed_from_cadence": 1},
        {},
    ),
    # ---- a statement of the current state, and a closing question that restates the asks: no calls
    (
        "The thermostat in your den is currently at 17 degrees. You want to set the den thermostat to 21"
        " degrees. After that, you want to draw a raffle number between 1 and 50 for the fair. What would"
        " be the new den temperature and the raffle number for the fair?",
        {"set_room_thermostat": 1, "draw_raffle_number": 1},
        {"set_room_thermostat": {"temperature_c": 21}},
    ),
    (
        "The den thermostat is currently at 17 degrees. You want to set the thermostat in the den to 21"
        " degrees. Then you want to draw a raffle number between 1 and 50 for the Elm Street fair. What"
        " would be the new thermostat setting in the den and the raffle number for the Elm Street fair?",
        {"set_room_thermostat": 1, "draw_raffle_number": 1},
        {},
    ),
    # ---- guards: N asks are N calls
    (
        "Compare the gear ratios for chainrings of 50 and 34 teeth with a 17 tooth sprocket.",
        {"bicycle_gear_ratio": 2},
        {},
    ),
    ("Quote postage to Canada for parcels of 2 kg and 5 kg.", {"parcel_postage_cost": 2}, {}),
    (
        "Renew 'Dune' and 'Emma' on card 5521, and renew 'Ulysses' on card 8830.",
        {"renew_library_loans": 2},
        {},
    ),
    (
        "Show the budget of the Finance department and of the Legal department.",
        {"get_department_budget": 2},
        {},
    ),
    ("What are the opening hours of Target in Austin and in Dallas?", {"get_store_opening_hours": 2}, {}),
    ("Book trains from Paris to Lyon and from Lyon to Nice for 2 adults.", {"book_train_ticket": 2}, {}),
    ("Quote postage for a 2 kg parcel to Canada and a 5 kg parcel to Japan.", {"parcel_postage_cost": 2}, {}),
    ("Set the kitchen to 20 degrees and the bedroom to 18 degrees.", {"set_room_thermostat": 2}, {}),
    ("Draw a raffle number between 1 and 10 and another between 50 and 60.", {"draw_raffle_number": 2}, {}),
    ("Book a vet visit for Biscuit on June 3 and for Luna on June 5.", {"schedule_vet_visit": 2}, {}),
    ("Quote postage for 3 kg parcels to France, Spain and Italy.", {"parcel_postage_cost": 3}, {}),
    ("Renew 'Dune' on card 111 and 'Emma' on card 222.", {"renew_library_loans": 2}, {}),
    ("Draw two raffle numbers between 1 and 100.", {"draw_raffle_number": 2}, {}),
]

GAPS: dict[str, str] = {
    "Draw a raffle number between 1 and 100. The": "a statement after the ask ('The numbers … are the tickets we sold') is read as an ask for museum tickets",
    "What is the average of": "tool choice: 'average' is not read as the mean the tool computes (no call)",
    "Average 1, 2 and 3": "tool choice: 'average' is not read as the mean the tool computes (no call)",
    "Compute the average of 2, 9": "tool choice: 'average' is not read as the mean the tool computes (no call)",
    "Which opening is 1. e4": "a numbered move list ('1. e4 e5 2. Nf3') is read as list items; the store tool takes '1'",
    "When does Marks and Spencer": "'and' inside a shop's name fans out: 'Marks', 'Spencer'",
    "What are the opening hours of Barnes": "'and' inside a shop's name fans out: 'Barnes', 'Noble'",
    "What is the research and development": "tool choice: 'budget' counts as no word of what the tool is for (no call)",
    "Reserve a table for 2 at Tom and Jerry's": "no call: the name with 'and' and a possessive breaks the reading",
    "Book a table for two at Nopa": "the apposition 'a bistro in San Francisco' after the name adds a train booking",
    "Book a train from Oslo to Bergen for 2 adults and reserve": "the table reservation after 'and' makes no call",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def problem(request_text: str, expected: dict, values: dict) -> str:
    got = calls(request_text, *CATALOGUE)
    counts = Counter(name for name, _ in got)
    if counts != Counter(expected):
        return f"calls {dict(counts)}, wanted {expected}: {got}"
    for name, want in values.items():
        first = next(args for tool, args in got if tool == name)
        for key, value in want.items():
            have = first.get(key)
            if isinstance(value, list):
                if [str(v).lower() for v in have or []] != [str(v).lower() for v in value]:
                    return f"{name}.{key}={have!r}, wanted {value!r}: {got}"
            elif agrees(first, {key: value}):
                return f"{name}: {agrees(first, {key: value})}: {got}"
    return ""


@pytest.mark.parametrize(("request_text", "expected", "values"), params(ROWS, GAPS))
def test_one_ask_is_one_call(request_text: str, expected: dict, values: dict) -> None:
    wrong = problem(request_text, expected, values)
    assert not wrong, wrong


def test_the_battery_holds_thirty_rows_and_eight_guards() -> None:
    assert len(ROWS) >= 38
    assert sum(1 for _, want, _ in ROWS if sum(want.values()) > 1 and len(want) == 1) >= 8


VARNISH = fn(
    "varnish_needed",
    "Work out how much floor varnish a room needs.",
    {
        "coverage_sq_m": (INT, "Square metres a tin of varnish covers."),
        "length_m": (INT, "Room length in metres."),
        "width_m": (INT, "Room width in metres."),
    },
    ["coverage_sq_m", "length_m", "width_m"],
)
RATE_CATALOGUE = [GEAR, SPEED, MEAN, RANK, FRAME, POSTAGE, THERMOSTAT, VARNISH]
RATE_ROWS: list[tuple[str, dict, dict]] = [
    # a count of one unit after an amount is what the amount is per: no second call
    (
        "My floor is 6 metres in length and 4 metres in width, and the varnish I bought covers 20 square metres"
        " with one tin. How much varnish do I need?",
        {"varnish_needed": 1},
        {"varnish_needed": {"coverage_sq_m": 20}},
    ),
    (
        "The varnish covers 20 square metres per 1 tin. How much do I need for a room 5 m long and 3 m wide?",
        {"varnish_needed": 1},
        {},
    ),
    # guards: a second amount after "and" is another item
    ("Quote postage to Chile for 2 kg and for 1 kg.", {"parcel_postage_cost": 2}, {}),
    ("Quote postage to Chile for parcels of 2 kg, 1 kg and 3 kg.", {"parcel_postage_cost": 3}, {}),
]


@pytest.mark.parametrize(("request_text", "expected", "values"), params(RATE_ROWS, {}))
def test_the_base_of_a_rate_makes_no_call(request_text: str, expected: dict, values: dict) -> None:
    got = calls(request_text, *RATE_CATALOGUE)
    counts = Counter(name for name, _ in got)
    assert counts == Counter(expected), got
    for name, want in values.items():
        first = next(args for tool, args in got if tool == name)
        assert not agrees(first, want), got
