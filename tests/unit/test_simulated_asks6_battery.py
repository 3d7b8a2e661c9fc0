"""Each call takes its values from its own ask, second round: a battery written for this round.

Written before reading any benchmark case, in the genre of the "parallel_multiple" category, on the classes
the first round left: two tools that take the same parameters, each ask's values going to its own ask's
call ("the X of A in B and the Y of C in D"; "... Then the Y of C in D"); a scene-setting opening whose
place or values fill later asks that lack them, with no call of its own; an ask whose tool is named late
in the ask ("and how long it takes to walk this route"); a second ask of the same tool with its own
numbers ("another person who weighs ..."). Subjects: ecology, agriculture, health, finance, travel, maps,
games, music, sports, chemistry, physics, astronomy, education, energy, retail. The check is order-free,
strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_asks5_battery import (
    BMI,
    CONCERT,
    CURRENCY,
    ECO_IMPACT,
    FORECAST,
    HOTEL,
    KINETIC,
    NET_WORTH,
    PLAYER,
    POP_GROWTH,
    ROUTE,
    TIMEDIFF,
    TRAVEL_TIME,
)
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

# ---- tools of this battery (pairs taking the same parameters)
CROP_YIELD = fn(
    "agriculture.crop_yield",
    "Estimate the yield of a crop in a region for a year.",
    {
        "crop": (STR, "The crop, e.g. wheat"),
        "region": (STR, "The region or country."),
        "year": (INT, "The harvest year."),
    },
    ["crop", "region", "year"],
)
CROP_PRICE = fn(
    "agriculture.crop_price",
    "Get the average market price of a crop in a region for a year.",
    {
        "crop": (STR, "The crop."),
        "region": (STR, "The region or country."),
        "year": (INT, "The year."),
    },
    ["crop", "region", "year"],
)
STOCK_PRICE = fn(
    "finance.stock_price",
    "Get the closing price of a company's stock on an exchange.",
    {
        "company": (STR, "The company name, e.g. Apple"),
        "exchange": (STR, "The stock exchange, e.g. NASDAQ"),
    },
    ["company", "exchange"],
)
DIVIDEND = fn(
    "finance.dividend_history",
    "Get the dividend history of a company's stock on an exchange.",
    {
        "company": (STR, "The company name."),
        "exchange": (STR, "The stock exchange."),
    },
    ["company", "exchange"],
)
MOLAR_MASS = fn(
    "chemistry.molar_mass",
    "Calculate the mass of a number of moles of a compound.",
    {
        "compound": (STR, "The chemical formula or name, e.g. H2O"),
        "moles": (NUM, "Number of moles."),
    },
    ["compound", "moles"],
)
MIX_TEMP = fn(
    "chemistry.mixing_temperature",
    "Calculate the final temperature when two samples of the same gas are mixed.",
    {
        "moles_1": (NUM, "Moles of the first sample."),
        "temp_1": (NUM, "Temperature of the first sample in kelvin."),
        "moles_2": (NUM, "Moles of the second sample."),
        "temp_2": (NUM, "Temperature of the second sample in kelvin."),
    },
    ["moles_1", "temp_1", "moles_2", "temp_2"],
)
HOTEL_PRICE = fn(
    "travel.hotel_price",
    "Get the average nightly hotel price in a city.",
    {"city": (STR, "The city, e.g. Paris"), "stars": (INT, "Hotel star rating. Default 3.")},
    ["city"],
)
MUSEUMS = fn(
    "travel.find_museums",
    "Find museums in a city.",
    {"city": (STR, "The city, e.g. Paris"), "category": (STR, "Kind of museum, e.g. art. Optional.")},
    ["city"],
)
PLAYER_STATS = fn(
    "sports.player_stats",
    "Get a player's statistics for a season.",
    {
        "player": (STR, "Full name of the player."),
        "season": (STR, "The season, e.g. 2020-21"),
    },
    ["player", "season"],
)
PLAYER_SALARY = fn(
    "sports.player_salary",
    "Get a player's salary for a season.",
    {
        "player": (STR, "Full name of the player."),
        "season": (STR, "The season, e.g. 2020-21"),
    },
    ["player", "season"],
)
SCHOOL_RANK = fn(
    "education.school_ranking",
    "Get the ranking of a university in a subject.",
    {"university": (STR, "Name of the university."), "subject": (STR, "The subject, e.g. physics")},
    ["university", "subject"],
)
TUITION = fn(
    "education.tuition_fee",
    "Get the yearly tuition fee of a university for a subject.",
    {"university": (STR, "Name of the university."), "subject": (STR, "The subject.")},
    ["university", "subject"],
)
SOLAR = fn(
    "energy.solar_output",
    "Estimate the yearly output in kWh of solar panels in a city.",
    {
        "city": (STR, "The city and state, e.g. Phoenix, AZ"),
        "panels": (INT, "Number of panels."),
    },
    ["city", "panels"],
)
POKER = fn(
    "games.poker_probability",
    "Calculate the probability of a poker hand.",
    {
        "hand": (STR, "The hand, e.g. flush"),
        "deck_size": (INT, "Number of cards in the deck. Default 52."),
        "hand_size": (INT, "Number of cards in a hand. Default 5."),
    },
    ["hand"],
)
DISCOUNT = fn(
    "retail.apply_discount",
    "Apply a percentage discount to a price.",
    {"price": (NUM, "The original price."), "percent": (NUM, "Discount in percent.")},
    ["price", "percent"],
)
ORBIT = fn(
    "astronomy.orbital_period",
    "Calculate the orbital period of a planet around a star.",
    {
        "planet": (STR, "The planet, e.g. Mars"),
        "star": (STR, "The star. Default is the Sun."),
    },
    ["planet"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== two tools with the same parameters: each ask's values to its own call
    (
        "Estimate the wheat yield in Kansas for 2021 and the corn price in Iowa for 2022.",
        [CROP_YIELD, CROP_PRICE, FORECAST],
        [
            c("agriculture.crop_yield", crop="wheat", region="Kansas", year=2021),
            c("agriculture.crop_price", crop="corn", region="Iowa", year=2022),
        ],
    ),
    (
        "What was the yield of rice in Vietnam in 2019? Then the price of barley in Canada in 2020.",
        [CROP_YIELD, CROP_PRICE, CURRENCY],
        [
            c("agriculture.crop_yield", crop="rice", region="Vietnam", year=2019),
            c("agriculture.crop_price", crop="barley", region="Canada", year=2020),
        ],
    ),
    (
        "Get the stock price of Tesla on NASDAQ and the dividend history of Unilever on the LSE.",
        [STOCK_PRICE, DIVIDEND, CURRENCY],
        [
            c("finance.stock_price", company="Tesla", exchange="NASDAQ"),
            c("finance.dividend_history", company="Unilever", exchange="LSE"),
        ],
    ),
    (
        "Show the dividend history of Nestle on the SIX exchange. After that, the stock price of Toyota on "
        "the Tokyo Stock Exchange.",
        [STOCK_PRICE, DIVIDEND, NET_WORTH],
        [
            c("finance.dividend_history", company="Nestle", exchange=["SIX", "SIX exchange"]),
            c("finance.stock_price", company="Toyota", exchange="Tokyo Stock Exchange"),
        ],
    ),
    (
        "Give me the stats of Stephen Curry for the 2015-16 season and the salary of Kevin Durant for "
        "2018-19.",
        [PLAYER_STATS, PLAYER_SALARY, CONCERT],
        [
            c("sports.player_stats", player="Stephen Curry", season="2015-16"),
            c("sports.player_salary", player="Kevin Durant", season="2018-19"),
        ],
    ),
    (
        "What was Erling Haaland's salary in 2022-23? Also the stats of Mohamed Salah in 2017-18.",
        [PLAYER_STATS, PLAYER_SALARY, NET_WORTH],
        [
            c("sports.player_salary", player="Erling Haaland", season="2022-23"),
            c("sports.player_stats", player="Mohamed Salah", season="2017-18"),
        ],
    ),
    (
        "How is Oxford ranked in history, and what is the tuition fee at Stanford for computer science?",
        [SCHOOL_RANK, TUITION, HOTEL],
        [
            c("education.school_ranking", university="Oxford", subject="history"),
            c("education.tuition_fee", university="Stanford", subject="computer science"),
        ],
    ),
    (
        "Find the tuition fee of ETH Zurich for architecture. Then the ranking of MIT in chemistry.",
        [SCHOOL_RANK, TUITION, CURRENCY],
        [
            c("education.tuition_fee", university="ETH Zurich", subject="architecture"),
            c("education.school_ranking", university="MIT", subject="chemistry"),
        ],
    ),
    (
        "Find the average hotel price in Prague and the museums in Budapest.",
        [HOTEL_PRICE, MUSEUMS, FORECAST],
        [
            c("travel.hotel_price", city="Prague", stars=[OMIT, 3]),
            c("travel.find_museums", city="Budapest", category=OMIT),
        ],
    ),
    (
        "What are the art museums in Madrid? Then the average price of a 4 star hotel in Seville.",
        [HOTEL_PRICE, MUSEUMS, TIMEDIFF],
        [
            c("travel.find_museums", city="Madrid", category="art"),
            c("travel.hotel_price", city="Seville", stars=4),
        ],
    ),
    (
        "Estimate the ecological impact of the wild boar in Tuscany over 4 years and the population growth "
        "of the otter in Wales over 9 years.",
        [ECO_IMPACT, POP_GROWTH, FORECAST],
        [
            c("ecology.species_impact", species="wild boar", region="Tuscany", years=4),
            c("ecology.population_growth", species="otter", region="Wales", years=9),
        ],
    ),
    (
        "Predict how the bison population grows in Montana over 15 years. Then the ecological impact of "
        "the coyote in Ohio over 2 years.",
        [ECO_IMPACT, POP_GROWTH, CROP_YIELD],
        [
            c("ecology.population_growth", species="bison", region="Montana", years=15),
            c("ecology.species_impact", species="coyote", region="Ohio", years=2),
        ],
    ),
    # ======== a scene-setting opening fills later asks and makes no call of its own
    (
        "I am visiting Lisbon next week. Find the average hotel price there, and list the museums in the "
        "city.",
        [HOTEL_PRICE, MUSEUMS, FORECAST],
        [
            c("travel.hotel_price", city="Lisbon", stars=[OMIT, 3]),
            c("travel.find_museums", city="Lisbon", category=OMIT),
        ],
    ),
    (
        "Imagine you are a chemist. The first sample has 2 moles of gas at 310 K and the second 4 moles at "
        "420 K. What is the final temperature when you mix them? And what is the mass of 3 moles of "
        "ammonia?",
        [MIX_TEMP, MOLAR_MASS, KINETIC],
        [
            c("chemistry.mixing_temperature", moles_1=2, temp_1=310, moles_2=4, temp_2=420),
            c("chemistry.molar_mass", compound=["ammonia", "NH3"], moles=3),
        ],
    ),
    (
        "I'm a farmer in Punjab. Estimate my wheat yield for 2023, and get the wheat price there for 2023.",
        [CROP_YIELD, CROP_PRICE, FORECAST],
        [
            c("agriculture.crop_yield", crop="wheat", region="Punjab", year=2023),
            c("agriculture.crop_price", crop="wheat", region="Punjab", year=2023),
        ],
    ),
    (
        "We are moving to Tucson, AZ. Estimate the output of 12 solar panels there and get the 5-day "
        "forecast for the city.",
        [SOLAR, FORECAST, HOTEL],
        [
            c("energy.solar_output", city=["Tucson, AZ", "Tucson"], panels=12),
            c("weather.forecast", city=["Tucson, AZ", "Tucson"], days=5),
        ],
    ),
    (
        "Suppose you are an investor watching Siemens on XETRA. Get its stock price and its dividend "
        "history.",
        [STOCK_PRICE, DIVIDEND, NET_WORTH],
        [
            c("finance.stock_price", company="Siemens", exchange="XETRA"),
            c("finance.dividend_history", company="Siemens", exchange="XETRA"),
        ],
    ),
    # ======== an ask whose tool is named late; a route's next leg starts where the last ended
    (
        "Find the shortest cycling route from the museum to the park, and tell me how long it takes to "
        "cycle this route.",
        [ROUTE, TRAVEL_TIME, FORECAST],
        [
            c("maps.shortest_route", origin="museum", destination="park", mode="cycling"),
            c("maps.travel_time", origin="museum", destination="park", mode="cycling"),
        ],
    ),
    (
        "How long does it take to drive from Bristol to Bath? After Bath I will walk to the abbey: find the "
        "shortest route for that.",
        [ROUTE, TRAVEL_TIME, HOTEL],
        [
            c("maps.travel_time", origin="Bristol", destination="Bath", mode="driving"),
            c("maps.shortest_route", origin="Bath", destination="abbey", mode="walking"),
        ],
    ),
    (
        "Book a hotel in Porto, Portugal for 2 nights, and find out how long it takes to walk from the "
        "hotel to the river.",
        [HOTEL, TRAVEL_TIME, FORECAST],
        [
            c("travel.book_hotel", city=["Porto, Portugal", "Porto"], nights=2, room_type=[OMIT, "double"]),
            c("maps.travel_time", origin="hotel", destination="river", mode="walking"),
        ],
    ),
    # ======== values of one ask make no extra calls of another
    (
        "Create a character named 'Thornveil' whose class is 'Bard', level 4. Find concerts in "
        "'Portland, OR' playing 'Folk'. Finally, what is the probability of a flush with 52 cards and 5 "
        "in a hand?",
        [PLAYER, CONCERT, POKER],
        [
            c("game.create_character", character_name="Thornveil", character_class="Bard", level=4),
            c("events.find_concert", location=["Portland, OR", "Portland"], genre="Folk"),
            c("games.poker_probability", hand="flush", deck_size=[OMIT, 52], hand_size=[OMIT, 5]),
        ],
    ),
    (
        "What is the probability of a straight in poker? Also find 'Blues' concerts in 'Memphis, TN'.",
        [POKER, CONCERT, PLAYER],
        [
            c("games.poker_probability", hand="straight", deck_size=[OMIT, 52], hand_size=[OMIT, 5]),
            c("events.find_concert", location=["Memphis, TN", "Memphis"], genre="Blues"),
        ],
    ),
    (
        "Apply a 15 percent discount to a 80 dollar jacket. Then convert 80 USD to GBP.",
        [DISCOUNT, CURRENCY, BMI],
        [
            c("retail.apply_discount", price=80, percent=15),
            c("finance.convert_currency", amount=80, from_currency="USD", to_currency="GBP"),
        ],
    ),
    (
        "What is the orbital period of Mars? Then apply a 20% discount to a 250 dollar telescope.",
        [ORBIT, DISCOUNT, KINETIC],
        [
            c("astronomy.orbital_period", planet="Mars", star=OMIT),
            c("retail.apply_discount", price=250, percent=20),
        ],
    ),
    # ======== a second ask of the same tool takes its own numbers
    (
        "Find the net worth of Rafael Nadal in euros. Then the BMI of a man of 80 kg and 182 cm, and of "
        "a woman who weighs 58 kg and is 160 cm tall.",
        [NET_WORTH, BMI, CURRENCY],
        [
            c("celebrity.net_worth", person="Rafael Nadal", currency="EUR"),
            c("health.bmi_calculator", weight=80, height=182),
            c("health.bmi_calculator", weight=58, height=160),
        ],
    ),
    (
        "Compute the kinetic energy of a 0.5 kg ball at 12 m/s, and of a 900 kg car at 25 m/s.",
        [KINETIC, BMI, DISCOUNT],
        [
            c("physics.kinetic_energy", mass=0.5, velocity=12),
            c("physics.kinetic_energy", mass=900, velocity=25),
        ],
    ),
    (
        "Estimate 10 solar panels in Phoenix, AZ. Then 25 panels in Denver, CO.",
        [SOLAR, FORECAST, HOTEL],
        [
            c("energy.solar_output", city=["Phoenix, AZ", "Phoenix"], panels=10),
            c("energy.solar_output", city=["Denver, CO", "Denver"], panels=25),
        ],
    ),
    (
        "What is the mass of 2 moles of methane? And of 5 moles of water?",
        [MOLAR_MASS, MIX_TEMP, KINETIC],
        [
            c("chemistry.molar_mass", compound=["methane", "CH4"], moles=2),
            c("chemistry.molar_mass", compound=["water", "H2O"], moles=5),
        ],
    ),
    (
        "Apply a 10 percent discount to a 40 dollar book and a 30 percent discount to a 120 dollar lamp.",
        [DISCOUNT, CURRENCY, SOLAR],
        [c("retail.apply_discount", price=40, percent=10), c("retail.apply_discount", price=120, percent=30)],
    ),
    (
        "Get the orbital period of Jupiter, then the orbital period of Saturn, then convert 500 EUR to JPY.",
        [ORBIT, CURRENCY, DISCOUNT],
        [
            c("astronomy.orbital_period", planet="Jupiter", star=OMIT),
            c("astronomy.orbital_period", planet="Saturn", star=OMIT),
            c("finance.convert_currency", amount=500, from_currency="EUR", to_currency="JPY"),
        ],
    ),
    (
        "Rank Cambridge in mathematics. Second, get Harvard's tuition fee for law. Third, the time "
        "difference between Boston and London.",
        [SCHOOL_RANK, TUITION, TIMEDIFF],
        [
            c("education.school_ranking", university="Cambridge", subject="mathematics"),
            c("education.tuition_fee", university="Harvard", subject="law"),
            c("world_time.difference", city_a="Boston", city_b="London"),
        ],
    ),
    (
        "Estimate the corn yield in Nebraska for 2020. Find the 3-day forecast for Omaha, NE. Lastly, get "
        "the soybean price in Brazil for 2021.",
        [CROP_YIELD, CROP_PRICE, FORECAST],
        [
            c("agriculture.crop_yield", crop="corn", region="Nebraska", year=2020),
            c("weather.forecast", city=["Omaha, NE", "Omaha"], days=3),
            c("agriculture.crop_price", crop="soybean", region="Brazil", year=2021),
        ],
    ),
]

NOT_YET = "not yet: "
"""The shared start of every gap's reason: what the simulator does instead, so a fix shows as an XPASS."""

CROSSED = NOT_YET + "an ask joined by 'and' to one of a tool taking the same parameters: "
NO_CALL = (
    NOT_YET + "the ask names its tool late ('how long it takes to cycle this route', 'how long it takes to "
)
NO_CALL += "walk from the hotel'), and the ask makes no call of its own or takes the wrong place"
EXTRA = NOT_YET + "the values of one ask make extra calls or miss calls: "

GAPS: dict[str, str] = {
    "Find the shortest cycling route": NO_CALL,
    "Book a hotel in Porto, Portugal": NO_CALL + "; the hotel's city loses 'Porto'",
    "Create a character named 'Thornveil'": EXTRA + "'with 52 cards and 5 in a hand' makes two poker calls",
    "Find the net worth of Rafael Nadal": EXTRA + "'of a man of 80 kg and 182 cm' makes no BMI call",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_each_call_takes_its_values_from_its_own_ask(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests() -> None:
    assert len(ROWS) >= 30
