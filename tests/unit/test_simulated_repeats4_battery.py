"""A fourth battery for how many calls a request asks for: a variation ask after a call.

Tools of my own in a public benchmark's style (dotted names, terse JSON-schema descriptions), requests of one
to four sentences. The class: a later sentence or clause with "the same", "again", "once more", "this time",
"instead" that restates one or two values asks for one more call of the same tool, keeping the first call's
values except those it restates. Guards: a request with no variation ask makes one call, and "the same" that
names a parameter ("with the same rate") is no new call by itself. Order-free.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params
from test_simulated_parallel_style_battery import OMIT, c, matched

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
FIELD = fn(
    "physics.electric_field",
    "Calculate the electric field of a point charge.",
    {
        "charge": (NUM, "The charge in coulombs."),
        "distance": (NUM, "The distance from the charge in meters."),
        "medium": (STR, "The medium, e.g. vacuum. Default vacuum."),
    },
    ["charge", "distance"],
)
WEATHER = fn(
    "weather.forecast",
    "Get the weather forecast for a city.",
    {
        "location": (STR, "The city and state, e.g. San Francisco, CA"),
        "days": (INT, "The number of days to forecast."),
    },
    ["location", "days"],
)
HOTEL = fn(
    "travel.hotel_search",
    "Search hotels in a city.",
    {
        "city": (STR, "The city, e.g. Paris."),
        "nights": (INT, "The number of nights."),
        "room_type": (STR, "The room type, e.g. double."),
    },
    ["city", "nights"],
)
SAVINGS = fn(
    "finance.compound_interest",
    "Calculate the future value of savings with compound interest.",
    {
        "principal": (NUM, "The initial deposit."),
        "rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "The number of years."),
    },
    ["principal", "rate", "years"],
)
TRANSLATE = fn(
    "language.translate",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target": (STR, "The target language, e.g. German.")},
    ["text", "target"],
)
WORKOUT = fn(
    "health.calories_burned",
    "Estimate the calories burned by an activity.",
    {"activity": (STR, "The activity, e.g. rowing."), "minutes": (INT, "The duration in minutes.")},
    ["activity", "minutes"],
)
FENCE = fn(
    "construction.fence_cost",
    "Estimate the cost of a fence.",
    {"material": (STR, "The fence material, e.g. cedar."), "length_m": (NUM, "The fence length in meters.")},
    ["material", "length_m"],
)
MASS = fn(
    "chemistry.mass_of",
    "Calculate the mass in grams of an amount of a compound.",
    {"compound": (STR, "The compound, e.g. glucose."), "moles": (NUM, "The amount in moles.")},
    ["compound", "moles"],
)
STOCK = fn(
    "market.stock_history",
    "Get the price history of a stock.",
    {"ticker": (STR, "The ticker symbol, e.g. AAPL."), "days": (INT, "The number of past days.")},
    ["ticker", "days"],
)
CAR = fn(
    "rental.car_quote",
    "Quote a rental car.",
    {
        "city": (STR, "The pickup city, e.g. Denver."),
        "days": (INT, "The number of rental days."),
        "category": (STR, "The car category, e.g. compact."),
    },
    ["city", "days", "category"],
)
GENE = fn(
    "genomics.fetch_sequence",
    "Fetch the sequence of a gene.",
    {
        "gene_id": (STR, "The gene identifier, e.g. BRCA1."),
        "format": (STR, "The output format, e.g. fasta. Default fasta."),
        "upstream": (INT, "Base pairs upstream to include. Default 0."),
    },
    ["gene_id"],
)

ROWS = [
    # ---- "the same" with a restated value (the cake and flyer rows of this kind are repeats3's)
    (
        "Estimate the cost of a 40 meter cedar fence. Then the same for a pine fence.",
        [FENCE],
        [
            c("construction.fence_cost", material="cedar", length_m=40),
            c("construction.fence_cost", material="pine", length_m=40),
        ],
    ),
    (
        "How many calories does rowing for 30 minutes burn? Do the same for swimming.",
        [WORKOUT],
        [
            c("health.calories_burned", activity="rowing", minutes=30),
            c("health.calories_burned", activity="swimming", minutes=30),
        ],
    ),
    (
        "What is the mass of 2 moles of glucose? The same for sucrose, please.",
        [MASS],
        [
            c("chemistry.mass_of", compound="glucose", moles=2),
            c("chemistry.mass_of", compound="sucrose", moles=2),
        ],
    ),
    # ---- "the same" with a restated number
    (
        "What will $5,000 grow to at 4% over 10 years? Do the same over 20 years.",
        [SAVINGS],
        [
            c("finance.compound_interest", principal=5000, rate=4, years=10),
            c("finance.compound_interest", principal=5000, rate=4, years=20),
        ],
    ),
    (
        "Get a 3-day forecast for Denver, CO. Then the same for 7 days.",
        [WEATHER],
        [
            c("weather.forecast", location="Denver, CO", days=3),
            c("weather.forecast", location="Denver, CO", days=7),
        ],
    ),
    (
        "Show the price history of TSLA over the past 30 days, and the same over 90 days.",
        [STOCK],
        [
            c("market.stock_history", ticker="TSLA", days=30),
            c("market.stock_history", ticker="TSLA", days=90),
        ],
    ),
    (
        "Find hotels in Lisbon for 3 nights. Do the same for 5 nights.",
        [HOTEL],
        [
            c("travel.hotel_search", city="Lisbon", nights=3),
            c("travel.hotel_search", city="Lisbon", nights=5),
        ],
    ),
    # ---- again / once more / this time / instead
    (
        "Search hotels in Rome for 2 nights, then again for 4 nights.",
        [HOTEL],
        [
            c("travel.hotel_search", city="Rome", nights=2),
            c("travel.hotel_search", city="Rome", nights=4),
        ],
    ),
    (
        "Translate 'good morning' into German, and once more into Italian.",
        [TRANSLATE],
        [
            c("language.translate", text="good morning", target="German"),
            c("language.translate", text="good morning", target="Italian"),
        ],
    ),
    (
        "Quote a compact car in Denver for 4 days. Then quote it again, this time for an SUV.",
        [CAR],
        [
            c("rental.car_quote", city="Denver", days=4, category="compact"),
            c("rental.car_quote", city="Denver", days=4, category="SUV"),
        ],
    ),
    (
        "What is the electric field 0.5 m from a 2 C charge in vacuum? Then the same at 1 m in air.",
        [FIELD],
        [
            c("physics.electric_field", charge=2, distance=0.5, medium=["vacuum", OMIT]),
            c("physics.electric_field", charge=2, distance=1, medium="air"),
        ],
    ),
    (
        "Quote 500 flyers on glossy paper, then once more with 1000 flyers.",
        [FLYERS],
        [
            c("print.flyer_quote", copies=500, paper="glossy"),
            c("print.flyer_quote", copies=1000, paper="glossy"),
        ],
    ),
    (
        "What will $2,000 grow to at 3% over 5 years? Again at 6%.",
        [SAVINGS],
        [
            c("finance.compound_interest", principal=2000, rate=3, years=5),
            c("finance.compound_interest", principal=2000, rate=6, years=5),
        ],
    ),
    # ---- three calls: each variation keeps the first call's values but its own
    (
        "Get a 3-day forecast for Austin, TX, then the same for 5 days, and finally once more for Dallas, TX.",
        [WEATHER],
        [
            c("weather.forecast", location="Austin, TX", days=3),
            c("weather.forecast", location="Austin, TX", days=5),
            c("weather.forecast", location="Dallas, TX", days=3),
        ],
    ),
    (
        "Price a 1 kg cake with lemon frosting, then the same at 3 kg, and once more with mocha frosting.",
        [CAKE],
        [
            c("bakery.cake_price", weight_kg=1, frosting="lemon"),
            c("bakery.cake_price", weight_kg=3, frosting="lemon"),
            c("bakery.cake_price", weight_kg=1, frosting="mocha"),
        ],
    ),
    (
        "Fetch the sequence of TP53 in genbank format, then once more with 300 base pairs upstream.",
        [GENE],
        [
            c("genomics.fetch_sequence", gene_id="TP53", format="genbank", upstream=[OMIT, 0]),
            c("genomics.fetch_sequence", gene_id="TP53", format="genbank", upstream=300),
        ],
    ),
    (
        "Translate 'see you soon' into Spanish, then the same into Dutch, and once more into Greek.",
        [TRANSLATE],
        [
            c("language.translate", text="see you soon", target="Spanish"),
            c("language.translate", text="see you soon", target="Dutch"),
            c("language.translate", text="see you soon", target="Greek"),
        ],
    ),
    (
        "Show AMZN's price history for 10 days, then the same for 30 days, and once more for NVDA.",
        [STOCK],
        [
            c("market.stock_history", ticker="AMZN", days=10),
            c("market.stock_history", ticker="AMZN", days=30),
            c("market.stock_history", ticker="NVDA", days=10),
        ],
    ),
    (
        "Quote 200 flyers on matte paper, then the same for 400 flyers, and finally the same but on glossy paper.",
        [FLYERS],
        [
            c("print.flyer_quote", copies=200, paper="matte"),
            c("print.flyer_quote", copies=400, paper="matte"),
            c("print.flyer_quote", copies=400, paper="glossy"),
        ],
    ),
    # ---- guards: one call
    (
        "Price a 2 kg cake with chocolate frosting.",
        [CAKE],
        [c("bakery.cake_price", weight_kg=2, frosting="chocolate")],
    ),
    (
        "Find hotels in Lisbon for 3 nights with a double room.",
        [HOTEL],
        [c("travel.hotel_search", city="Lisbon", nights=3, room_type="double")],
    ),
    (
        "Translate 'thank you' into French.",
        [TRANSLATE],
        [c("language.translate", text="thank you", target="French")],
    ),
    (
        "Show the price history of AAPL over the past 60 days.",
        [STOCK],
        [c("market.stock_history", ticker="AAPL", days=60)],
    ),
    (
        "How many calories does cycling for 45 minutes burn?",
        [WORKOUT],
        [c("health.calories_burned", activity="cycling", minutes=45)],
    ),
]

NO_CALL = (
    "no call at all: the first ask ('What will $5,000 grow to …', 'How many calories does …') is not read"
)
ASK_WORDS = "wrong calls: 'this time for an SUV' gives the name slot 'SUV' and the words 'this time' a value"
MEDIUM = "wrong calls: a setting restated after a preposition ('in air') does not replace the kept one"
HEAD = "wrong calls: the first call's leftover words keep the head noun ('matte paper'), the later one not"
WORDS_ONLY = (
    "wrong calls: a variation that restates a thing in words only ('the same on matte paper', 'the same for"
    " sucrose') keeps the earlier thing; a rule that gave the clause's leftover words to the one open text"
    " parameter was taken back (it lost a held-back BFCL case)"
)
GAPS: dict[str, str] = {
    "Price a 1 kg cake with lemon frosting, then the same": WORDS_ONLY,
    "What will $5,000 grow to": NO_CALL,
    "What will $2,000 grow to": NO_CALL,
    "How many calories does cycling": NO_CALL,
    "Quote a compact car in Denver": ASK_WORDS,
    "What is the electric field 0.5 m": MEDIUM,
    "Quote 200 flyers on matte paper": HEAD,
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_number_of_calls_a_request_asks_for(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_requests_in_eight_domains() -> None:
    assert len(ROWS) >= 20
    assert len({tools[0]["toolSpec"]["name"].split(".")[0] for _, tools, _ in ROWS}) >= 8
