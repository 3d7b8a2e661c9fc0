"""A fifth battery for how many calls a request asks for: stated counts and sequences of one tool.

Written for this round in my own wording, before the model was changed, with tools of my own in a public
benchmark's style (dotted names, terse JSON-schema descriptions). The class: a request that says how many
calls it wants, or lists steps that each call the same tool.

- a count of each set: "three numbers from … and two from …", "two 8-sided dice and one 12-sided die",
  "two passwords of 10 characters and one of 20" — each set is made as often as its count says (the count of
  the thing one call makes, no value of the call);
- a count of the thing one call makes, alone: "draw two random numbers from …" is two calls;
- steps in order: "first …, then …", "first …. Second, …", also after a lead-in that only announces them ("the
  result of the following calculation: first …, then …"): one call per step;
- "the same for" / "another order of the same items" / "but this time": the ask again with the values it
  restates, the rest carried;
- guards: a count that says how many values one call takes ("the distance between two cities, Leeds and
  York"), a count that is a value ("a password of twelve characters", "three tickets" for `quantity`), a
  count of what one search finds ("find three hotels"), a rate ("twice a day") make one call; one ask
  makes one call.
Subjects: arithmetic, statistics, games, security, music, bakery, weather, language, chemistry, maps,
physics, finance, pets, schooling, outdoors, shipping, fitness. Order-free.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, STR, fn, params, strs
from test_simulated_parallel_style_battery import OMIT, c, matched

POWER = fn(
    "math.power",
    "Calculate one number raised to the power of another.",
    {
        "base": (INT, "The base number."),
        "exponent": (INT, "The exponent."),
        "modulus": (NUM, "An optional modulus."),
    },
    ["base", "exponent"],
)
GCD = fn(
    "math.gcd",
    "Calculate the greatest common divisor of two integers.",
    {"a": (INT, "The first integer."), "b": (INT, "The second integer.")},
    ["a", "b"],
)
NORMAL = fn(
    "stats.normal_draw",
    "Draw one random number from a normal distribution with a given mean and standard deviation.",
    {"mean": (NUM, "The mean."), "sd": (NUM, "The standard deviation.")},
    ["mean", "sd"],
)
UNIFORM = fn(
    "stats.uniform_draw",
    "Draw one random integer between two bounds.",
    {"low": (INT, "The lower bound."), "high": (INT, "The upper bound.")},
    ["low", "high"],
)
DICE = fn(
    "games.roll_die",
    "Roll one die with a given number of faces.",
    {"faces": (INT, "The number of faces.")},
    ["faces"],
)
PASSWORD = fn(
    "security.make_password",
    "Generate a random password.",
    {"length": (INT, "The number of characters."), "symbols": (BOOL, "Whether to include symbols.")},
    ["length"],
)
GIGS = fn(
    "music.find_gigs",
    "Find live music gigs in a city over the coming days.",
    {
        "genre": (STR, "The music genre, e.g. jazz."),
        "city": (STR, "The city, e.g. Boston."),
        "days": (INT, "How many days ahead to look."),
    },
    ["genre", "city", "days"],
)
BAKERY = fn(
    "bakery.place_order",
    "Place an order at one of the bakery's shops.",
    {
        "shop": (STR, "The shop, e.g. harbour."),
        "items": strs("The items to order."),
        "size": (STR, "The portion size, e.g. small."),
    },
    ["shop", "items"],
)
FORECAST = fn(
    "weather.forecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "The city, e.g. Paris."), "days": (INT, "The number of days to forecast.")},
    ["city", "days"],
)
TRANSLATE = fn(
    "language.translate",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target": (STR, "The target language, e.g. German.")},
    ["text", "target"],
)
MOLAR = fn(
    "chemistry.molar_mass",
    "Compute the molar mass of a compound.",
    {"formula": (STR, "The chemical formula, e.g. H2O.")},
    ["formula"],
)
ROUTE = fn(
    "maps.route_distance",
    "Get the road distance between two cities.",
    {"origin": (STR, "The start city."), "destination": (STR, "The end city.")},
    ["origin", "destination"],
)
FIELD = fn(
    "physics.field_strength",
    "Calculate the electric field strength at a distance from a point charge.",
    {
        "charge": (NUM, "The charge in coulombs."),
        "distance": (NUM, "The distance in meters."),
        "medium": (STR, "The medium, e.g. vacuum."),
    },
    ["charge", "distance"],
)
SAVINGS = fn(
    "finance.future_value",
    "Calculate the future value of a deposit with compound interest.",
    {
        "principal": (NUM, "The initial deposit."),
        "rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "The number of years."),
    },
    ["principal", "rate", "years"],
)
PET_NAME = fn(
    "fun.pet_name",
    "Suggest a name for a pet.",
    {"species": (STR, "The kind of animal, e.g. dog.")},
    ["species"],
)
QUIZ = fn(
    "school.quiz_question",
    "Write a quiz question on a topic.",
    {"topic": (STR, "The topic, e.g. fractions."), "level": (STR, "The difficulty, e.g. easy.")},
    ["topic"],
)
TRAILS = fn(
    "outdoors.find_trails",
    "Find hiking trails near a town.",
    {"town": (STR, "The town, e.g. Keswick."), "difficulty": (STR, "The difficulty, e.g. easy.")},
    ["town", "difficulty"],
)
SHIP = fn(
    "shipping.quote",
    "Quote the cost of shipping a parcel to a country.",
    {"weight_kg": (NUM, "The parcel weight in kilograms."), "country": (STR, "The destination country.")},
    ["weight_kg", "country"],
)
WORKOUT = fn(
    "fitness.calories",
    "Estimate the calories burned by an activity.",
    {"activity": (STR, "The activity, e.g. rowing."), "minutes": (INT, "The duration in minutes.")},
    ["activity", "minutes"],
)
BAKE = fn(
    "kitchen.bake_time",
    "Estimate the baking time of a loaf.",
    {"weight_kg": (NUM, "The loaf weight in kilograms."), "oven": (STR, "The oven type, e.g. gas.")},
    ["weight_kg"],
)
FERRY = fn(
    "travel.ferry_fare",
    "Get the fare of a ferry crossing.",
    {"route": (STR, "The crossing, e.g. Dover-Calais."), "vehicle": (STR, "The vehicle on board, e.g. car.")},
    ["route"],
)
PIZZA = fn(
    "pizzeria.order_pizza",
    "Order one pizza of a given size.",
    {"size_inches": (INT, "The diameter in inches."), "topping": (STR, "The topping, e.g. margherita.")},
    ["size_inches"],
)
VAN = fn(
    "garage.rent_van",
    "Rent a van of a given size.",
    {"seats": (INT, "How many seats the van has.")},
    ["seats"],
)
HOTELS = fn(
    "travel.find_hotels",
    "Find hotels in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
TICKET = fn(
    "cinema.buy_ticket",
    "Buy a ticket for a film.",
    {"film": (STR, "The film title."), "quantity": (INT, "How many tickets.")},
    ["film"],
)
TABLE = fn(
    "dining.book_table",
    "Book a table at a restaurant.",
    {"restaurant": (STR, "The restaurant.")},
    ["restaurant"],
)
DOSE = fn(
    "health.dose_plan",
    "Plan the doses of a medicine.",
    {"medicine": (STR, "The medicine, e.g. ibuprofen."), "doses_per_day": (INT, "Doses per day.")},
    ["medicine", "doses_per_day"],
)

ROWS = [
    # ---- a count of each set
    (
        "I need five random numbers: three from a normal distribution with a mean of 0 and a standard "
        "deviation of 1, and two from a normal distribution with a mean of 50 and a standard deviation of 5.",
        [NORMAL],
        [c("stats.normal_draw", mean=0, sd=1)] * 3 + [c("stats.normal_draw", mean=50, sd=5)] * 2,
    ),
    (
        "Please produce four normal samples: two with mean 12 and standard deviation 3, and two with mean "
        "20 and standard deviation 4.",
        [NORMAL],
        [c("stats.normal_draw", mean=12, sd=3)] * 2 + [c("stats.normal_draw", mean=20, sd=4)] * 2,
    ),
    (
        "Give me three random integers between 1 and 6 and two between 10 and 20.",
        [UNIFORM],
        [c("stats.uniform_draw", low=1, high=6)] * 3 + [c("stats.uniform_draw", low=10, high=20)] * 2,
    ),
    (
        "Roll two 8-sided dice and one 12-sided die.",
        [DICE],
        [c("games.roll_die", faces=8)] * 2 + [c("games.roll_die", faces=12)],
    ),
    (
        "Order two 12-inch pizzas and one 16-inch pizza.",
        [PIZZA],
        [c("pizzeria.order_pizza", size_inches=12, topping=OMIT)] * 2
        + [c("pizzeria.order_pizza", size_inches=16, topping=OMIT)],
    ),
    (
        "Rent two 9-seat vans and one 3-seat van.",
        [VAN],
        [c("garage.rent_van", seats=9)] * 2 + [c("garage.rent_van", seats=3)],
    ),
    (
        "Generate two passwords of 10 characters and one of 20 characters.",
        [PASSWORD],
        [c("security.make_password", length=10, symbols=[OMIT, False])] * 2
        + [c("security.make_password", length=20, symbols=[OMIT, False])],
    ),
    (
        "Suggest two cat names and three parrot names.",
        [PET_NAME],
        [c("fun.pet_name", species="cat")] * 2 + [c("fun.pet_name", species="parrot")] * 3,
    ),
    (
        "Write two quiz questions on fractions and one on decimals.",
        [QUIZ],
        [c("school.quiz_question", topic="fractions", level=OMIT)] * 2
        + [c("school.quiz_question", topic="decimals", level=OMIT)],
    ),
    # ---- a count of the thing one call makes, alone
    (
        "Draw two random numbers from a normal distribution with mean 100 and standard deviation 15.",
        [NORMAL],
        [c("stats.normal_draw", mean=100, sd=15)] * 2,
    ),
    (
        "Generate three passwords of 16 characters.",
        [PASSWORD],
        [c("security.make_password", length=16, symbols=[OMIT, False])] * 3,
    ),
    (
        "Suggest four names for a hamster.",
        [PET_NAME],
        [c("fun.pet_name", species="hamster")] * 4,
    ),
    (
        "Book two tables at Nopa.",
        [TABLE],
        [c("dining.book_table", restaurant="Nopa")] * 2,
    ),
    # ---- a count of times
    (
        "Roll a 20-sided die twice and a 6-sided die three times.",
        [DICE],
        [c("games.roll_die", faces=20)] * 2 + [c("games.roll_die", faces=6)] * 3,
    ),
    (
        "Draw a random integer between 1 and 100 four times.",
        [UNIFORM],
        [c("stats.uniform_draw", low=1, high=100)] * 4,
    ),
    # ---- steps in order
    (
        "Can you calculate the result of the following calculation: first, raise the number 6 to the "
        "power of 2, then raise the number 2 to the power of 9.",
        [POWER],
        [c("math.power", base=6, exponent=2), c("math.power", base=2, exponent=9)],
    ),
    (
        "Compute the results of the following: first the molar mass of NaCl, then the molar mass of CaCO3.",
        [MOLAR],
        [c("chemistry.molar_mass", formula="NaCl"), c("chemistry.molar_mass", formula="CaCO3")],
    ),
    (
        "Please calculate the answer to the following problem: first, find the greatest common divisor of "
        "84 and 36, then find it for 120 and 45.",
        [GCD],
        [c("math.gcd", a=84, b=36), c("math.gcd", a=120, b=45)],
    ),
    (
        "Calculate the following: first raise 5 to the power of 3, then raise 4 to the power of 4.",
        [POWER],
        [c("math.power", base=5, exponent=3), c("math.power", base=4, exponent=4)],
    ),
    (
        "Calculate the outcome of the following steps: first translate 'good night' into French, then "
        "translate 'thank you' into Japanese.",
        [TRANSLATE],
        [
            c("language.translate", text="good night", target="French"),
            c("language.translate", text="thank you", target="Japanese"),
        ],
    ),
    (
        "First get the road distance from Leeds to York, then the road distance from York to Hull.",
        [ROUTE],
        [
            c("maps.route_distance", origin="Leeds", destination="York"),
            c("maps.route_distance", origin="York", destination="Hull"),
        ],
    ),
    (
        "First, get the forecast for Lyon for 3 days. Second, get the forecast for Nice for 5 days.",
        [FORECAST],
        [c("weather.forecast", city="Lyon", days=3), c("weather.forecast", city="Nice", days=5)],
    ),
    (
        "Raise 2 to the power of 10, then 3 to the power of 3.",
        [POWER],
        [c("math.power", base=2, exponent=10), c("math.power", base=3, exponent=3)],
    ),
    # ---- the same for / another of the same / this time
    (
        "Find jazz gigs in Denver for 5 days, then the same for blues in Austin for 3 days.",
        [GIGS],
        [
            c("music.find_gigs", genre="jazz", city="Denver", days=5),
            c("music.find_gigs", genre="blues", city="Austin", days=3),
        ],
    ),
    (
        "Find jazz gigs in Denver for the next 5 days, then the same for blues in Austin for 3 days and "
        "finally folk music in Portland for 9 days.",
        [GIGS],
        [
            c("music.find_gigs", genre="jazz", city="Denver", days=5),
            c("music.find_gigs", genre="blues", city="Austin", days=3),
            c("music.find_gigs", genre="folk music", city="Portland", days=9),
        ],
    ),
    (
        "Quote shipping a 2 kg parcel to Norway, then the same for a 5 kg parcel to Chile, and finally a "
        "1 kg parcel to Japan.",
        [SHIP],
        [
            c("shipping.quote", weight_kg=2, country="Norway"),
            c("shipping.quote", weight_kg=5, country="Chile"),
            c("shipping.quote", weight_kg=1, country="Japan"),
        ],
    ),
    (
        "Find easy trails near Keswick, then the same for hard trails near Ambleside.",
        [TRAILS],
        [
            c("outdoors.find_trails", town="Keswick", difficulty="easy"),
            c("outdoors.find_trails", town="Ambleside", difficulty="hard"),
        ],
    ),
    (
        "Place an order for a sourdough loaf and a cinnamon bun at the harbour shop, and the same order at "
        "the station shop.",
        [BAKERY],
        [
            c("bakery.place_order", shop="harbour", items=[["sourdough loaf", "cinnamon bun"]], size=OMIT),
            c("bakery.place_order", shop="station", items=[["sourdough loaf", "cinnamon bun"]], size=OMIT),
        ],
    ),
    (
        "Order a sourdough loaf and a cinnamon bun from the harbour shop and then another order of the "
        "same items from the station shop.",
        [BAKERY],
        [
            c("bakery.place_order", shop="harbour", items=[["sourdough loaf", "cinnamon bun"]], size=OMIT),
            c("bakery.place_order", shop="station", items=[["sourdough loaf", "cinnamon bun"]], size=OMIT),
        ],
    ),
    (
        "What is the field strength 0.2 meters from a charge of 3 coulombs in a vacuum? Then, what is it "
        "at 0.4 meters and 0.8 meters from the same charge? Lastly, what is it at 0.4 meters from the same "
        "charge but this time in oil?",
        [FIELD],
        [
            c("physics.field_strength", charge=3, distance=0.2, medium="vacuum"),
            c("physics.field_strength", charge=3, distance=0.4, medium=["vacuum", OMIT]),
            c("physics.field_strength", charge=3, distance=0.8, medium=["vacuum", OMIT]),
            c("physics.field_strength", charge=3, distance=0.4, medium="oil"),
        ],
    ),
    (
        "Calculate the field strength 2 meters from a 5 coulomb charge in water, then at 2 meters from the "
        "same charge but this time in glass.",
        [FIELD],
        [
            c("physics.field_strength", charge=5, distance=2, medium="water"),
            c("physics.field_strength", charge=5, distance=2, medium="glass"),
        ],
    ),
    (
        "How long should a 1 kg loaf bake in a gas oven? And how long for a 2 kg loaf, but this time in a "
        "fan oven?",
        [BAKE],
        [
            c("kitchen.bake_time", weight_kg=1, oven="gas"),
            c("kitchen.bake_time", weight_kg=2, oven=["fan", "fan oven"]),
        ],
    ),
    (
        "What is the fare for the Dover-Calais crossing with a car? What is it for the same crossing but this "
        "time with a motorbike?",
        [FERRY],
        [
            c("travel.ferry_fare", route="Dover-Calais", vehicle="car"),
            c("travel.ferry_fare", route="Dover-Calais", vehicle="motorbike"),
        ],
    ),
    (
        "What will $4,000 become at 5% over 10 years? Then the same deposit over 20 years.",
        [SAVINGS],
        [
            c("finance.future_value", principal=4000, rate=5, years=10),
            c("finance.future_value", principal=4000, rate=5, years=20),
        ],
    ),
    (
        "Estimate the calories for 30 minutes of rowing, then the same for 45 minutes of swimming.",
        [WORKOUT],
        [
            c("fitness.calories", activity="rowing", minutes=30),
            c("fitness.calories", activity="swimming", minutes=45),
        ],
    ),
    # ---- guards: one call
    (
        "Get the road distance between two cities, Leeds and York.",
        [ROUTE],
        [c("maps.route_distance", origin="Leeds", destination="York")],
    ),
    (
        "Generate a password of twelve characters.",
        [PASSWORD],
        [c("security.make_password", length=12, symbols=[OMIT, False])],
    ),
    (
        "Find three hotels in Rome.",
        [HOTELS],
        [c("travel.find_hotels", city="Rome")],
    ),
    (
        "Buy three tickets for Dune.",
        [TICKET],
        [c("cinema.buy_ticket", film="Dune", quantity=3)],
    ),
    (
        "Plan ibuprofen doses twice a day.",
        [DOSE],
        [c("health.dose_plan", medicine="ibuprofen", doses_per_day=2)],
    ),
    (
        "Draw a random number from a normal distribution with mean 7 and standard deviation 2.",
        [NORMAL],
        [c("stats.normal_draw", mean=7, sd=2)],
    ),
    (
        "Raise 7 to the power of 3.",
        [POWER],
        [c("math.power", base=7, exponent=3, modulus=OMIT)],
    ),
    (
        "Get the 4-day forecast for Bergen.",
        [FORECAST],
        [c("weather.forecast", city="Bergen", days=4)],
    ),
    (
        "Translate 'see you tomorrow' into Portuguese.",
        [TRANSLATE],
        [c("language.translate", text="see you tomorrow", target="Portuguese")],
    ),
]

TIMES = (
    "too few calls: a second set's count of times after the first's ('twice and a 6-sided die three times')"
)
WORDS_ONLY = (
    "wrong calls: 'the same for' with a new thing in words only ('for blues', 'hard trails') keeps the first"
)
THIS_TIME = (
    "too few calls: the first ask's optional medium ('in water', no example) is not read, and the later"
    " clause ('at 2 meters from the same charge but …') names too little of the tool to be asked of it"
)
GAPS: dict[str, str] = {
    "Suggest two cat names": "no call: a count before each kind ('two cat names and three parrot names')"
    " leaves the kinds unread as the species",
    "Roll a 20-sided die twice": TIMES,
    "Find jazz gigs in Denver for the next": WORDS_ONLY,
    "Find easy trails near Keswick": WORDS_ONLY,
    "Calculate the field strength 2 meters": THIS_TIME,
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_a_stated_count_or_sequence_asks_for(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_requests() -> None:
    assert len(ROWS) >= 35
