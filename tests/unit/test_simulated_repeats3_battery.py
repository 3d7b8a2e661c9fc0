"""A third battery for how many calls a request asks for: one thing per item, variations, counts per set.

Tools of my own in a public benchmark's style (dotted names, terse JSON-schema descriptions), requests of one
to four sentences. The classes: items that each name their own thing in the same frame ("200 flyers on glossy
paper and 500 flyers on matte paper": the second item's finish is its own, not the first's, and not its
frame's words); an item that restates only its number ("and of 0.5 moles") keeps the first item's thing; a
variation after a call ("do the same with …"); a count per set ("two … and one …"); a true/false setting
asked both ways; two details asked in two clauses. Guards: values of different parameters of one call are no
series, and a count of things one call takes is no count of calls. Order-free.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

CAKE = fn(
    "bakery.cake_price",
    "Get the price of a custom cake.",
    {
        "weight_kg": (NUM, "The weight of the cake in kilograms."),
        "frosting": (STR, "The frosting flavour, e.g. chocolate."),
    },
    ["weight_kg", "frosting"],
)
FLYERS = fn(
    "print.flyer_quote",
    "Quote the cost of printing flyers.",
    {"copies": (INT, "The number of flyers."), "paper": (STR, "The paper finish, e.g. glossy.")},
    ["copies", "paper"],
)
WORKOUT = fn(
    "health.calories_burned",
    "Estimate the calories burned by an activity.",
    {"activity": (STR, "The activity, e.g. rowing."), "minutes": (INT, "The duration in minutes.")},
    ["activity", "minutes"],
)
MASS = fn(
    "chemistry.mass_of",
    "Calculate the mass in grams of an amount of a compound.",
    {"compound": (STR, "The compound, e.g. glucose."), "moles": (NUM, "The amount in moles.")},
    ["compound", "moles"],
)
SEEDS = fn(
    "garden.seed_count",
    "Estimate the seeds needed to plant a bed.",
    {"crop": (STR, "The crop, e.g. carrots."), "area_m2": (NUM, "The bed area in square meters.")},
    ["crop", "area_m2"],
)
FENCE = fn(
    "construction.fence_cost",
    "Estimate the cost of a fence.",
    {"material": (STR, "The fence material, e.g. cedar."), "length_m": (NUM, "The fence length in meters.")},
    ["material", "length_m"],
)
LOAN = fn(
    "finance.loan_payment",
    "Calculate the monthly payment of a loan.",
    {
        "principal": (NUM, "The amount borrowed."),
        "annual_rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "The term in years."),
    },
    ["principal", "annual_rate", "years"],
)
FACTORIAL = fn(
    "math.divisors",
    "List the divisors of a whole number.",
    {
        "number": (INT, "The number."),
        "proper_only": (BOOL, "Whether to leave out the number itself. Default false."),
    },
    ["number"],
)
PRICE = fn(
    "shop.item_total",
    "Calculate the total price of an item.",
    {
        "price": (NUM, "The unit price."),
        "include_tax": (BOOL, "Whether to add sales tax. Default false."),
    },
    ["price"],
)
PARK = fn(
    "parks.park_info",
    "Look up one fact about a national park.",
    {
        "park": (STR, "The name of the park, e.g. Yosemite."),
        "fact": (STR, "The fact wanted.", {"enum": ["entry_fee", "opening_season", "area"]}),
    },
    ["park", "fact"],
)
DICE = fn(
    "games.roll_dice",
    "Roll one die with a number of faces.",
    {"faces": (INT, "The number of faces of the die.")},
    ["faces"],
)
PET = fn(
    "fun.pet_name",
    "Suggest one name for a pet.",
    {"species": (STR, "The kind of pet.", {"enum": ["dog", "cat", "rabbit"]})},
    ["species"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- each item names its own thing in the frame the first item set
    (
        "Price a cake of 2 kg with chocolate frosting and a cake of 3 kg with lemon frosting.",
        [CAKE],
        [
            c("bakery.cake_price", weight_kg=2, frosting="chocolate"),
            c("bakery.cake_price", weight_kg=3, frosting="lemon"),
        ],
    ),
    (
        "Quote printing 200 flyers on glossy paper and 500 flyers on matte paper.",
        [FLYERS],
        [
            c("print.flyer_quote", copies=200, paper="glossy"),
            c("print.flyer_quote", copies=500, paper="matte"),
        ],
    ),
    (
        "What is the mass of 2 moles of glucose and of 0.5 moles of sucrose?",
        [MASS],
        [
            c("chemistry.mass_of", compound="glucose", moles=2),
            c("chemistry.mass_of", compound="sucrose", moles=0.5),
        ],
    ),
    (
        "How many seeds do I need for 4 square meters of carrots and 6 square meters of beets?",
        [SEEDS],
        [c("garden.seed_count", crop="carrots", area_m2=4), c("garden.seed_count", crop="beets", area_m2=6)],
    ),
    (
        "Estimate a fence of 30 meters in cedar and one of 45 meters in vinyl.",
        [FENCE],
        [
            c("construction.fence_cost", material="cedar", length_m=30),
            c("construction.fence_cost", material="vinyl", length_m=45),
        ],
    ),
    (
        "How many calories do 20 minutes of rowing and 40 minutes of cycling burn?",
        [WORKOUT],
        [
            c("health.calories_burned", activity="rowing", minutes=20),
            c("health.calories_burned", activity="cycling", minutes=40),
        ],
    ),
    (
        "How many calories does rowing burn in 20 minutes, and cycling in 40 minutes?",
        [WORKOUT],
        [
            c("health.calories_burned", activity="rowing", minutes=20),
            c("health.calories_burned", activity="cycling", minutes=40),
        ],
    ),
    # ---- an item that restates only its number keeps the first item's thing
    (
        "What is the mass of 2 moles of glucose and of 0.5 moles?",
        [MASS],
        [
            c("chemistry.mass_of", compound="glucose", moles=2),
            c("chemistry.mass_of", compound="glucose", moles=0.5),
        ],
    ),
    (
        "How many seeds do I need for 4 square meters of carrots and for 6 square meters?",
        [SEEDS],
        [
            c("garden.seed_count", crop="carrots", area_m2=4),
            c("garden.seed_count", crop="carrots", area_m2=6),
        ],
    ),
    (
        "Price a 2 kg cake with chocolate frosting and a 3 kg cake.",
        [CAKE],
        [
            c("bakery.cake_price", weight_kg=2, frosting="chocolate"),
            c("bakery.cake_price", weight_kg=3, frosting="chocolate"),
        ],
    ),
    (
        "Quote a cedar fence of 30 meters, then one of 50 meters.",
        [FENCE],
        [
            c("construction.fence_cost", material="cedar", length_m=30),
            c("construction.fence_cost", material="cedar", length_m=50),
        ],
    ),
    # ---- a variation after a call keeps what it does not restate
    (
        "What is the monthly payment on $200,000 at 5% over 30 years? Do the same over 15 years.",
        [LOAN],
        [
            c("finance.loan_payment", principal=200000, annual_rate=5, years=30),
            c("finance.loan_payment", principal=200000, annual_rate=5, years=15),
        ],
    ),
    (
        "Price a 2 kg cake with chocolate frosting, and the same with vanilla frosting.",
        [CAKE],
        [
            c("bakery.cake_price", weight_kg=2, frosting="chocolate"),
            c("bakery.cake_price", weight_kg=2, frosting="vanilla"),
        ],
    ),
    (
        "Quote 300 flyers on glossy paper; then the same on matte paper.",
        [FLYERS],
        [
            c("print.flyer_quote", copies=300, paper="glossy"),
            c("print.flyer_quote", copies=300, paper="matte"),
        ],
    ),
    # ---- a count per set
    (
        "Roll two 6-sided dice and one 20-sided die.",
        [DICE],
        [c("games.roll_dice", faces=6)] * 2 + [c("games.roll_dice", faces=20)],
    ),
    (
        "Suggest two dog names and one cat name.",
        [PET],
        [c("fun.pet_name", species="dog")] * 2 + [c("fun.pet_name", species="cat")],
    ),
    (
        "Suggest three rabbit names.",
        [PET],
        [c("fun.pet_name", species="rabbit")] * 3,
    ),
    # ---- a true/false setting asked both ways
    (
        "List the divisors of 36 and of 100, with and without the number itself.",
        [FACTORIAL],
        [c("math.divisors", number=n, proper_only=p) for n in (36, 100) for p in (True, False)],
    ),
    (
        "What is the total for an item at $40, with and without tax?",
        [PRICE],
        [c("shop.item_total", price=40, include_tax=t) for t in (True, False)],
    ),
    (
        "Total an item at $15 and one at $25, both with tax and without.",
        [PRICE],
        [c("shop.item_total", price=p, include_tax=t) for p in (15, 25) for t in (True, False)],
    ),
    # ---- two details asked in two clauses
    (
        "What is the entry fee and what is the opening season of Yosemite?",
        [PARK],
        [c("parks.park_info", park="Yosemite", fact=f) for f in ("entry_fee", "opening_season")],
    ),
    (
        "Tell me the area of Zion, and also its entry fee.",
        [PARK],
        [c("parks.park_info", park="Zion", fact=f) for f in ("area", "entry_fee")],
    ),
    # ---- guards: values of different parameters of one call, and counts one call takes, are no series
    (
        "Quote printing 750 flyers on glossy paper.",
        [FLYERS],
        [c("print.flyer_quote", copies=750, paper="glossy")],
    ),
    (
        "What is the monthly payment on $150,000 at 4% over 20 years?",
        [LOAN],
        [c("finance.loan_payment", principal=150000, annual_rate=4, years=20)],
    ),
    (
        "How many calories does 35 minutes of rowing burn?",
        [WORKOUT],
        [c("health.calories_burned", activity="rowing", minutes=35)],
    ),
    (
        "Estimate the cost of a 60 meter cedar fence.",
        [FENCE],
        [c("construction.fence_cost", material="cedar", length_m=60)],
    ),
    (
        "Roll a 12-sided die.",
        [DICE],
        [c("games.roll_dice", faces=12)],
    ),
    (
        "What is the mass of 3 moles of glucose?",
        [MASS],
        [c("chemistry.mass_of", compound="glucose", moles=3)],
    ),
]

ITEM_THING = "wrong calls: the later item's own thing is not read when it is led in differently"
VARIATION = "too few or wrong calls: a variation after a call ('do the same over 15 years') is lost"
PER_SET = "a count of each set ('two dog names and one cat name') is not read"
BOTH_WAYS = "too few calls: a true/false setting asked both ways ('with and without tax') is one call"
DETAILS = "too few calls: two details asked in two clauses give one"
PRO_FORM = "wrong calls: a later clause's pro-form 'one' ('then one of 50 meters') is read as the thing"
GAPS: dict[str, str] = {
    "How many calories does rowing burn": ITEM_THING,
    "Quote a cedar fence of 30 meters, then": PRO_FORM,
    "Quote 300 flyers on glossy paper; then": VARIATION,
    "Suggest two dog names": PER_SET,
    "List the divisors of 36": BOTH_WAYS,
    "What is the entry fee and what is": DETAILS,
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_number_of_calls_a_request_asks_for(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_four_requests_in_eight_domains() -> None:
    assert len(ROWS) >= 24
    assert len({tools[0]["toolSpec"]["name"].split(".")[0] for _, tools, _ in ROWS}) >= 8
