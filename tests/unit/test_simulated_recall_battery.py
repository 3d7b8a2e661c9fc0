"""Call when a tool fits, in real users' words: a battery written for this round, before any model change.

Subjects of its own (home services, gardening, pets, libraries, astronomy, cooking, fitness, banking, travel,
music, cars, photography, chemistry, tailoring). Each request is answered by the one tool offered, but says
so in a way a hurried user writes: the tool's word mistyped by one letter ("recomend", "plumbr", "reciept"),
or the act the tool's description names said as its noun while a parameter's name holds that noun too
("this alteration: shorten the sleeves" for a tool that "Alters a garment", `alteration_request`), in a
chatty or a terse style. A small competent model calls. The guard rows at the end must still decline: a
misspelt word that is another word of the dictionary, a word off by two letters, a noun that only names what
the tool takes.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, one_call_problem, params

PLUMBER = fn(
    "find_plumber",
    "Find a plumber available in a city.",
    {"city": (STR, "The city, e.g. Leeds")},
    ["city"],
)
READING = fn(
    "recommend_reading",
    "Recommend something to read on a topic.",
    {"topic": (STR, "The topic, e.g. whales")},
    ["topic"],
)
RECEIPT = fn(
    "email_receipt",
    "Email the receipt of an order to its customer.",
    {"order_id": (STR, "The order identifier, e.g. 'A-1001'")},
    ["order_id"],
)
TELESCOPE = fn(
    "telescope_schedule",
    "Show when the telescope is free on a night.",
    {"date": (STR, "The night, as YYYY-MM-DD")},
    ["date"],
)
VACCINE = fn(
    "pet_vaccination_record",
    "Get the vaccination record of a pet.",
    {"pet_name": (STR, "The pet's name, e.g. Rex")},
    ["pet_name"],
)
PRUNING = fn(
    "pruning_guide",
    "Explain how to prune a plant.",
    {"plant": (STR, "The plant, e.g. rose")},
    ["plant"],
)
MARINADE = fn(
    "marinade_recipe",
    "Suggest a marinade for a meat or vegetable.",
    {"ingredient": (STR, "The meat or vegetable, e.g. chicken")},
    ["ingredient"],
)
STRETCH = fn(
    "stretching_routine",
    "Build a stretching routine of a length in minutes.",
    {"minutes": (INT, "How long the routine lasts, in minutes.")},
    ["minutes"],
)
MORTGAGE = fn(
    "mortgage_calculator",
    "Work out the monthly repayment of a home loan.",
    {"principal": (NUM, "The amount borrowed."), "years": (INT, "The term in years.")},
    ["principal", "years"],
)
ITINERARY = fn(
    "itinerary_builder",
    "Build a day-by-day plan for a trip to a city.",
    {"city": (STR, "The city to visit, e.g. Rome"), "days": (INT, "How many days.")},
    ["city", "days"],
)
GUITAR = fn(
    "guitar_tuner",
    "Give the notes of a guitar tuning.",
    {"tuning": (STR, "The tuning, e.g. drop D")},
    ["tuning"],
)
APERTURE = fn(
    "exposure_settings",
    "Suggest camera exposure settings for a scene.",
    {"scene": (STR, "The scene, e.g. sunset")},
    ["scene"],
)
MOLAR = fn(
    "molecular_weight",
    "Compute the molecular weight of a compound from its formula.",
    {"formula": (STR, "The chemical formula, e.g. H2O")},
    ["formula"],
)
TIRE = fn(
    "tire_pressure",
    "Look up the recommended tire pressure of a car model.",
    {"model": (STR, "The car model, e.g. Corolla")},
    ["model"],
)
# the act the description names, and a parameter named for its noun
ALTER = fn(
    "tailor_order",
    "Alters a garment as the customer asks, such as shortening or taking in.",
    {"garment": (STR, "The garment."), "alteration_request": (STR, "What to change, verbatim.")},
    ["garment", "alteration_request"],
)
RENOVATE = fn(
    "kitchen_project",
    "Renovates a room of the house to the owner's wishes.",
    {"room": (STR, "The room."), "renovation_budget": (NUM, "The budget in dollars.")},
    ["room", "renovation_budget"],
)
TRANSFER = fn(
    "bank_move",
    "Transfers money between two of the customer's accounts.",
    {"amount": (NUM, "The amount."), "transfer_note": (STR, "A note on the transfer.")},
    ["amount"],
)
ADOPT = fn(
    "shelter_intake",
    "Registers an adopter for a shelter animal.",
    {"animal_id": (STR, "The animal's id, e.g. 'D-17'"), "adoption_fee": (NUM, "The fee paid.")},
    ["animal_id"],
)
CANCEL = fn(
    "booking_desk",
    "Cancels a reservation at the hotel.",
    {"reservation_code": (STR, "The reservation code, e.g. 'HX-22'"), "cancellation_reason": (STR, "Why.")},
    ["reservation_code"],
)
RENEW = fn(
    "library_account",
    "Renews a borrowed book for another term.",
    {"book_title": (STR, "The book's title."), "renewal_weeks": (INT, "How many weeks.")},
    ["book_title"],
)
SUBSCRIBE = fn(
    "magazine_desk",
    "Subscribes a reader to a magazine.",
    {"magazine": (STR, "The magazine's name."), "subscription_months": (INT, "How many months.")},
    ["magazine"],
)

# the thing the description's opening verb gives, asked for indirectly ("I'd like to know the …")
FORECAST = fn(
    "WeatherService_Get",
    "Retrieves the forecast for a town on a date.",
    {"town": (STR, "The town."), "date": (STR, "The date, as YYYY-MM-DD")},
    ["town"],
)
ALMANAC = fn(
    "almanac_lookup",
    "Returns the sunrise time for a town on a date.",
    {"town": (STR, "The town.")},
    ["town"],
)
SOWING = fn(
    "garden_helper",
    "Gives the sowing calendar of a vegetable.",
    {"vegetable": (STR, "The vegetable.")},
    ["vegetable"],
)
VET = fn(
    "vet_clinic",
    "Lists the opening hours of the vet clinics in a town.",
    {"town": (STR, "The town.")},
    ["town"],
)
TIMETABLE = fn(
    "TransitApi_Query",
    "Fetches the timetable of a bus line.",
    {"line": (STR, "The line number, e.g. '42'")},
    ["line"],
)
EXHIBIT = fn(
    "museum_service",
    "Returns the exhibitions running at a museum.",
    {"museum": (STR, "The museum's name.")},
    ["museum"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- the tool's word mistyped by one letter
    ("find me a plumbr in Leeds", PLUMBER, {"city": ["Leeds"]}),
    ("can u get a pluber in Bristol asap", PLUMBER, {"city": ["Bristol"]}),
    ("recomend something on whales", READING, {"topic": ["whales"]}),
    ("Could you reccommend a read about volcanoes?", READING, {"topic": ["volcanoes"]}),
    ("email the reciept for order 'A-1001'", RECEIPT, {"order_id": ["A-1001"]}),
    ("pls send my recipt, order 'B-77'", RECEIPT, {"order_id": ["B-77"]}),
    ("is the telescop free on 2025-03-02?", TELESCOPE, {"date": ["2025-03-02"]}),
    ("I wonder whether the telesope is booked on 2025-04-11", TELESCOPE, {"date": ["2025-04-11"]}),
    ("vacination record for Rex", VACCINE, {"pet_name": ["Rex"]}),
    ("what's in Bella's vaccinaton record?", VACCINE, {"pet_name": ["Bella"]}),
    ("prunning tips for a rose", PRUNING, {"plant": ["rose"]}),
    ("how do I prunning my apple tree, any guide?", PRUNING, {"plant": ["apple tree", "apple"]}),
    ("a good marinde for chicken?", MARINADE, {"ingredient": ["chicken"]}),
    ("need a marinaed idea for tofu", MARINADE, {"ingredient": ["tofu"]}),
    ("give me a streching routine of 15 minutes", STRETCH, {"minutes": [15]}),
    ("stretchng routine, 20 minutes please", STRETCH, {"minutes": [20]}),
    ("morgage repayment on 300000 over 25 years", MORTGAGE, {"principal": [300000], "years": [25]}),
    ("what would my mortage be for 250000 across 30 years", MORTGAGE, {"principal": [250000], "years": [30]}),
    ("itinerery for Rome, 3 days", ITINERARY, {"city": ["Rome"], "days": [3]}),
    ("can you make an itenerary for 4 days in Kyoto?", ITINERARY, {"city": ["Kyoto"], "days": [4]}),
    ("gutiar tuning notes for drop D", GUITAR, {"tuning": ["drop D"]}),
    ("notes of the open G tuning on my guiter?", GUITAR, {"tuning": ["open G"]}),
    ("exposre settings for a sunset", APERTURE, {"scene": ["sunset"]}),
    ("what expossure settings suit fireworks?", APERTURE, {"scene": ["fireworks"]}),
    ("molecuar weight of H2SO4", MOLAR, {"formula": ["H2SO4"]}),
    ("whats the moleculer weight of NaCl", MOLAR, {"formula": ["NaCl"]}),
    ("recomended tyre presure for a Corolla", TIRE, {"model": ["Corolla"]}),
    ("pressue for the tires of a Civic?", TIRE, {"model": ["Civic"]}),
    # ---- the act the description names, said as its noun, which a parameter's name holds too
    (
        "I'd like my jacket with this alteration, verbatim: shorten the sleeves",
        ALTER,
        {"garment": ["jacket"], "alteration_request": ["shorten the sleeves"]},
    ),
    (
        "alteration for trousers: take in the waist",
        ALTER,
        {"garment": ["trousers"], "alteration_request": ["take in the waist"]},
    ),
    (
        "a renovation of the kitchen on a 20000 budget",
        RENOVATE,
        {"room": ["kitchen"], "renovation_budget": [20000]},
    ),
    (
        "planning a renovation for the bathroom, budget 8000",
        RENOVATE,
        {"room": ["bathroom"], "renovation_budget": [8000]},
    ),
    ("make a transfer of 250 please", TRANSFER, {"amount": [250]}),
    ("quick transfer: 40 dollars", TRANSFER, {"amount": [40]}),
    ("start the adoption of animal 'D-17'", ADOPT, {"animal_id": ["D-17"]}),
    ("we'd love to go ahead with the adoption for 'C-3'", ADOPT, {"animal_id": ["C-3"]}),
    ("cancellation for reservation 'HX-22'", CANCEL, {"reservation_code": ["HX-22"]}),
    ("I need a cancellation, code 'QP-90'", CANCEL, {"reservation_code": ["QP-90"]}),
    ("renewal for 'Dune' please", RENEW, {"book_title": ["Dune"]}),
    ("a subscription to 'Wired'", SUBSCRIBE, {"magazine": ["Wired"]}),
    # ---- the thing the description's opening verb gives, asked for indirectly
    (
        "I'm off hiking on 2025-06-02 and would like to know the forecast for Denver on that day.",
        FORECAST,
        {"town": ["Denver"], "date": ["2025-06-02", ""]},
    ),
    ("i need to know the forecast for Galway", FORECAST, {"town": ["Galway"]}),
    ("I'd like to know the sunrise time in Tromso", ALMANAC, {"town": ["Tromso"]}),
    ("I need to know the calendar for sowing carrots", SOWING, {"vegetable": ["carrots", "carrot"]}),
    ("look up the sowing calendar for leeks", SOWING, {"vegetable": ["leeks", "leek"]}),
    ("I'd like to know the hours of the vet in Bath", VET, {"town": ["Bath"]}),
    ("show me the timetable for line '42'", TIMETABLE, {"line": ["42"]}),
    ("we want to know the exhibitions at the Tate Modern", EXHIBIT, {"museum": ["Tate Modern"]}),
]

GUARDS: list[tuple[str, dict]] = [
    # another word of the dictionary, not a slip of the tool's word
    ("find me a plumper pillow", PLUMBER),
    ("is the telephone free on 2025-03-02?", TELESCOPE),
    # two letters off: no longer plainly the tool's word
    ("a good marnid for chicken?", MARINADE),
    ("what's the mrtgge on my house", MORTGAGE),
    # the noun only names what the tool takes, and the clause asks of something else
    ("what budget did the last renovation have?", RENOVATE),
    ("how much was the adoption fee last year?", ADOPT),
    ("what is a cancellation reason?", CANCEL),
    # nothing the tool does
    ("what's the weather in Leeds?", PLUMBER),
    # an indirect ask of something the tool does not give
    ("I'd like to know the price of a kitten", VET),
    ("show me the way to the museum", EXHIBIT),
]

TYPO_VALUE = (
    "the mistyped tool word is taken into the value (the tool's own words are cut only when spelt right)"
)
NOT_THE_VERB = "the act's noun is of a word the description says later ('adopter'), not of its opening verb"

GAPS: dict[str, str] = {
    "can u get a pluber in Bristol ": "a trailing 'asap' is kept in the place after 'in'",
    "need a marinaed idea for tofu": TYPO_VALUE,
    "gutiar tuning notes for drop D": TYPO_VALUE,
    "notes of the open G tuning on ": TYPO_VALUE,
    "what expossure settings suit f": TYPO_VALUE,
    "a renovation of the kitchen on": "the room named by a word of the tool's name is not taken as its value",
    "quick transfer: 40 dollars": "an amount after a colon with its currency in words is not read",
    "start the adoption of animal '": NOT_THE_VERB,
    "we'd love to go ahead with the": NOT_THE_VERB,
    "we want to know the exhibitions": "the object 'the exhibitions running at' ends on a participle: no product",
    "a subscription to 'Wired'": "'subscription' and 'subscribes' share no root by the prefix test",
}
GUARD_GAPS: dict[str, str] = {
    "show me the way to the museum": "a word of the tool's name is called for though the ask is of a way, not of what the tool gives",
}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_fitting_tool_is_called(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


@pytest.mark.parametrize(
    ("request_text", "spec"),
    [
        pytest.param(
            *g,
            marks=[pytest.mark.xfail(strict=True, reason=GUARD_GAPS[g[0]])] if g[0] in GUARD_GAPS else [],
            id=g[0][:40],
        )
        for g in GUARDS
    ],
)
def test_a_near_miss_still_declines(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


def test_the_battery_holds_forty_rows_and_eight_guards() -> None:
    assert len(ROWS) >= 40
    assert len(GUARDS) >= 8
