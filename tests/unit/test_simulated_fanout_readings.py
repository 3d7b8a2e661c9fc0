"""Readings of English by which one request asks for several calls (fanout.py, options.py, plan.py).

Each test is one rule, with a tool and a request written for it.
"""

from __future__ import annotations

from test_simulated_arguments import calls, text, tool

REPORTS = tool(
    "find_reports",
    "Find incident reports.",
    {
        "site": text("The site where the incident happened."),
        "severity": {
            "type": "string",
            "enum": ["Minor", "Major"],
            "description": "Severity of the incident.",
        },
    },
    ["site"],
)
ROUTE = tool(
    "find_route",
    "Find the fastest route between two towns.",
    {
        "origin": text("Starting town."),
        "destination": text("Destination town."),
        "avoid_tolls": {"type": "boolean", "description": "Whether to avoid toll roads."},
    },
    ["origin", "destination"],
)


def test_quoted_options_in_a_series_give_one_call_each() -> None:
    """ "severity 'Minor' and 'Major'": the quotation marks only set the options off; the series stands."""
    assert calls("Find incident reports at the Dover plant for severity 'Minor' and 'Major'.", REPORTS) == [
        ("find_reports", {"site": "Dover", "severity": "Minor"}),
        ("find_reports", {"site": "Dover", "severity": "Major"}),
    ]


def test_options_coordinated_before_the_parameters_words_are_one_series() -> None:
    """ "Minor and Major severity": the parameter's word stands after the last option; the series is
    the same as when it stands before the first."""
    assert calls("Find incident reports at the Dover plant for Minor and Major severity.", REPORTS) == [
        ("find_reports", {"site": "Dover", "severity": "Minor"}),
        ("find_reports", {"site": "Dover", "severity": "Major"}),
    ]


def test_a_second_question_is_a_call_of_its_own() -> None:
    """ "What is …, and then what is … if we avoid tolls?": two questions, two answers, two calls — the
    second adds a value, but does not describe the first call further."""
    assert calls(
        "What is the fastest route from Leeds to York, and then what is the fastest route if we avoid tolls?",
        ROUTE,
    ) == [
        ("find_route", {"origin": "Leeds", "destination": "York"}),
        ("find_route", {"origin": "Leeds", "destination": "York", "avoid_tolls": True}),
    ]


WEATHER = tool("get_weather", "Current weather for a city.", {"city": text("The city name.")})
POPULATION = tool(
    "population",
    "Population of a country in a year.",
    {"country": text("The country."), "year": {"type": "integer", "description": "The year."}},
)
TRAFFIC = tool(
    "traffic_estimate",
    "Estimate traffic between two places.",
    {
        "start_location": text("Where the trip starts."),
        "end_location": text("Where the trip ends."),
        "time_period": text("When, e.g. 'now' or 'weekend'."),
    },
    ["start_location", "end_location"],
)


def test_a_list_of_names_is_one_place_per_item() -> None:
    """ "Leeds, York, Hull and Bath": a comma list ending in "and" is a series, not "place, region"."""
    assert calls("Weather in Leeds, York, Hull and Bath", WEATHER) == [
        ("get_weather", {"city": c}) for c in ("Leeds", "York", "Hull", "Bath")
    ]
    assert calls("What's the weather in Paris, Rome and Madrid?", WEATHER) == [
        ("get_weather", {"city": c}) for c in ("Paris", "Rome", "Madrid")
    ]


def test_place_region_pairs_stay_pairs() -> None:
    """ "Boston, MA and Austin, TX": two names a bare comma joins, the pairs joined by "and" (for a city
    parameter whose example writes the state; one that asks only for the city's name takes the city alone)."""
    laid_out = tool(
        "get_weather", "Current weather for a city.", {"city": text("The city, e.g. 'Denver, CO'.")}
    )
    assert calls("What is the weather in Boston, MA and Austin, TX?", laid_out) == [
        ("get_weather", {"city": "Boston, MA"}),
        ("get_weather", {"city": "Austin, TX"}),
    ]


def test_asked_again_in_so_many_words() -> None:
    """ "do the same for Italy", "get it for Tesla": the clause asks for the previous tool again, so
    the value it states makes the call, whatever rule placed it."""
    assert calls("Find the population of Spain in 2001, then do the same for Italy.", POPULATION) == [
        ("population", {"country": "Spain", "year": 2001}),
        ("population", {"country": "Italy", "year": 2001}),
    ]
    stock = tool("stock_price", "Latest stock price of a company.", {"company": text("Company name.")})
    assert calls("Get the latest stock price for Apple. Also get it for Tesla.", stock) == [
        ("stock_price", {"company": "Apple"}),
        ("stock_price", {"company": "Tesla"}),
    ]


def test_a_value_said_again_is_no_new_call() -> None:
    """ "a getaway to Bristol … from Bath to Bristol for the coming weekend": "Bristol" said twice,
    and a date after it, are no second set of values."""
    request = (
        "I'm planning a weekend getaway to Bristol, so I'd like the traffic estimate from Bath to Bristol "
        "for the coming weekend."
    )
    assert len(calls(request, TRAFFIC)) == 1


WEATHER_IN = tool(
    "get_weather",
    "Current weather for a city.",
    {
        "city": text("The city name."),
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Temperature unit."},
    },
    ["city"],
)


def test_a_series_before_a_shared_setting_fans_out() -> None:
    """ "in Paris and Boston in celsius": the two cities are a series (no "A in B and C in D" pairs:
    "weather" and "Boston" are no values of one kind), and the unit holds for both."""
    assert calls("Get the weather in Paris and Boston in celsius.", WEATHER_IN) == [
        ("get_weather", {"city": "Paris", "unit": "celsius"}),
        ("get_weather", {"city": "Boston", "unit": "celsius"}),
    ]


def test_the_same_preposition_again_leads_in_another_call() -> None:
    """ "for Paris in celsius and for Boston in fahrenheit": "for" said again gives Boston Paris's role."""
    assert calls("Get the weather for Paris in celsius and for Boston in fahrenheit.", WEATHER_IN) == [
        ("get_weather", {"city": "Paris", "unit": "celsius"}),
        ("get_weather", {"city": "Boston", "unit": "fahrenheit"}),
    ]


def test_amounts_in_one_currency_are_one_parameters_series() -> None:
    """ "$100,000 and $250,000 at 5%": two amounts of money measure one thing, so the rate takes the
    lone 5 % and the loan amounts give one call each."""
    loan = tool(
        "loan_payment",
        "Monthly payment of a loan.",
        {
            "principal": {"type": "number", "description": "Amount borrowed."},
            "rate": {"type": "number", "description": "Annual interest rate."},
            "years": {"type": "integer", "description": "Term in years."},
        },
    )
    request = "Calculate the monthly loan payments for $100,000 and $250,000 at 5% over 20 years."
    assert calls(request, loan) == [
        ("loan_payment", {"principal": 100000.0, "rate": 0.05, "years": 20}),
        ("loan_payment", {"principal": 250000.0, "rate": 0.05, "years": 20}),
    ]


def test_an_ask_with_two_objects_needs_both_tools() -> None:
    """ "Tell me the weather in Oslo and the time in Lima": "tell me" asks for both objects, so each
    tool that gives one is needed, each with its own part."""
    weather = tool("get_weather", "Current weather for a city.", {"city": text("The city name.")})
    clock = tool("get_time", "Current local time in a city.", {"city": text("The city name.")})
    assert calls("Tell me the weather in Oslo and the time in Lima.", weather, clock) == [
        ("get_weather", {"city": "Oslo"}),
        ("get_time", {"city": "Lima"}),
    ]
