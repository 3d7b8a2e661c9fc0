"""Rules found by the second BFCL-style battery (`test_simulated_bfcl_style2_battery.py`), each in new words."""

from __future__ import annotations

from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn

SAVINGS = fn(
    "savings_growth",
    "Grow a deposit at simple interest.",
    {
        "deposit": (NUM, "The amount deposited."),
        "rate": (NUM, "Yearly interest rate in percent."),
        "duration": (NUM, "The duration in years."),
    },
    ["deposit", "rate", "duration"],
)


def test_spelled_years_are_a_span_not_a_count_of_things() -> None:
    # "four years" measures time as "4 years" does; it is no count that only a "number of years" takes
    got = calls("Work out the savings growth of a $900 deposit at 3 percent over four years.", SAVINGS)
    assert got == [("savings_growth", {"deposit": 900, "rate": 3, "duration": 4})]


def test_spelled_money_is_an_amount_not_a_count_of_dollars() -> None:
    got = calls(
        "Work out the savings growth of a deposit of five hundred dollars at 2 percent over 6 years.", SAVINGS
    )
    assert got == [("savings_growth", {"deposit": 500, "rate": 2, "duration": 6})]


def test_a_decade_is_ten_years() -> None:
    got = calls("Show the savings growth of a $400 deposit at 4 percent left for a decade.", SAVINGS)
    assert got == [("savings_growth", {"deposit": 400, "rate": 4, "duration": 10})]


SLEEP = fn(
    "sleep_log_summary",
    "Summarise the user's recorded sleep.",
    {"days": (INT, "How many days back to cover.")},
    ["days"],
)


def test_the_past_week_is_a_span_of_seven_days() -> None:
    assert calls("Summarise my sleep over the past week.", SLEEP) == [("sleep_log_summary", {"days": 7})]
    assert calls("How did I sleep in the last fortnight?", SLEEP) == [("sleep_log_summary", {"days": 14})]


FORECAST_DATE = fn(
    "pollen_forecast",
    "Get the pollen forecast for a city.",
    {"city": (STR, "The city."), "date": (STR, "The day, e.g. 'today' or 'next week'.")},
    ["city", "date"],
)


def test_last_week_without_the_stays_a_date() -> None:
    got = calls("What is the pollen forecast for Leeds next week?", FORECAST_DATE)
    assert got == [("pollen_forecast", {"city": "Leeds", "date": "next week"})]


SEA = fn(
    "oceanography_temperature",
    "Get the water temperature of a sea in a month.",
    {"sea": (STR, "The name of the sea."), "month": (STR, "The month.")},
    ["sea", "month"],
)


def test_an_adjective_names_no_other_kind_of_a_thing_a_noun_qualifies() -> None:
    # "oceanography temperature", "water temperature": nouns say whose temperature; "mean" says which value
    got = calls("What is the mean temperature of the Baltic Sea in July?", SEA)
    assert got == [("oceanography_temperature", {"sea": "Baltic Sea", "month": "July"})]


def test_an_adjective_still_names_another_kind_beside_the_tools_adjective() -> None:
    local = fn(
        "local_temperature", "Get the local temperature of a town.", {"town": (STR, "The town.")}, ["town"]
    )
    assert calls("What is the core temperature of Mercury?", local) == []


RUNNER = fn(
    "athletics_race_pace",
    "Estimate a runner's race pace.",
    {
        "distance_km": (NUM, "Race distance in kilometers."),
        "sex": (STR, "The runner's sex.", {"enum": ["male", "female"]}),
    },
    ["distance_km", "sex"],
)


def test_an_enum_option_named_by_a_synonym() -> None:
    # no option is written, but "man" means "male" and no other option
    got = calls("Estimate the race pace of a man running a 10 km race.", RUNNER)
    assert got == [("athletics_race_pace", {"distance_km": 10, "sex": "male"})]


SUBTITLES = fn(
    "film_subtitles",
    "Fetch the subtitles of a film.",
    {
        "film": (STR, "The title of the film."),
        "lang": (STR, "Subtitle language.", {"enum": ["en", "it", "pt", "ja"]}),
    },
    ["film", "lang"],
)


def test_a_language_named_for_an_enum_of_language_codes() -> None:
    got = calls("Fetch the Japanese subtitles of the film 'Tampopo'.", SUBTITLES)
    assert got == [("film_subtitles", {"film": "Tampopo", "lang": "ja"})]


MONEY = fn(
    "cash_swap",
    "Convert a sum of money from one currency to another.",
    {
        "sum": (NUM, "The sum of money."),
        "source": (STR, "Currency of the sum."),
        "target": (STR, "Currency wanted."),
    },
    ["sum", "source", "target"],
)


def test_an_amount_asked_in_another_currency_asks_for_a_conversion() -> None:
    got = calls("What are 80 Swiss francs in Canadian dollars?", MONEY)
    assert got and got[0][0] == "cash_swap" and got[0][1]["sum"] == 80


def test_a_price_in_a_currency_asks_for_no_conversion() -> None:
    assert calls("What is the price of silver in euros?", MONEY) == []


PUSH = fn(
    "mechanics_net_force",
    "Net force on a body from its mass and acceleration.",
    {"mass": (NUM, "Mass in kilograms."), "acceleration": (NUM, "Acceleration in m/s^2.")},
    ["mass", "acceleration"],
)


def test_tonnes_are_converted_to_kilograms() -> None:
    got = calls("What net force moves a 1.2 tonne van at 3 m/s^2?", PUSH)
    assert got == [("mechanics_net_force", {"mass": 1200, "acceleration": 3})]
