"""Which offered tool a request asks for, when several share its words: tools and requests written for
these tests alone."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

from agentkit.local.simulated.matching import Matcher, Tool

SUDOKU = tool(
    "sudoku_solve",
    "Solve a sudoku puzzle.",
    {"grid": {"type": "array", "items": {"type": "integer"}, "description": "The 81 cells, 0 for blanks."}},
)
RIDDLE = tool("riddle_solve", "Solve a riddle.", {"riddle": text("The riddle's text.")})
PAINT = tool(
    "paint_needed",
    "Calculate how many litres of paint a wall needs.",
    {"width_m": num("Wall width in meters."), "height_m": num("Wall height in meters.")},
)
PAINT_SHOP = tool("paint_shop_search", "Find paint shops in a city.", {"city": text("City name.")})


def test_a_tool_the_request_names_is_not_swapped_for_one_it_can_fill() -> None:
    """The request names the tool by a word only its name has ("sudoku", "needed"): lacking a value, that
    tool asks for it; another tool that shares only the verb or the thing ("solve", "paint") and could be
    filled from the leftover words is not what was asked."""
    assert calls("Solve the sudoku printed in the weekend paper.", RIDDLE, SUDOKU) == []
    assert calls("How much paint does my living room wall in Leeds need?", PAINT_SHOP, PAINT) == []
    assert (
        calls("Solve this riddle: what has keys but opens no locks?", RIDDLE, SUDOKU)[0][0] == "riddle_solve"
    )
    assert calls("Find paint shops in Leeds.", PAINT_SHOP, PAINT) == [
        ("paint_shop_search", {"city": "Leeds"})
    ]


MORTGAGE = tool(
    "mortgage_monthly_payment",
    "Calculate the monthly payment of a fixed-rate mortgage.",
    {
        "principal": num("Amount borrowed in dollars."),
        "annual_rate": num("Annual interest rate as a decimal."),
        "years": num("Term of the loan in years.", "integer"),
    },
)
CUBIC = tool(
    "solve_cubic",
    "Solve a cubic equation.",
    {
        "a": num("x^3 coefficient"),
        "b": num("x^2 coefficient"),
        "c": num("x coefficient"),
        "d": num("constant"),
    },
)
TRIP = tool(
    "fuel_cost_estimate",
    "Estimate the fuel cost of a road trip.",
    {
        "distance_km": num("Distance of the trip in km."),
        "consumption": num("Fuel use in litres per 100 km."),
        "price_per_litre": num("Fuel price per litre in euros."),
    },
)
WEATHER = tool("get_weather", "Get the current weather for a city.", {"city": text("City name.")})


def test_an_ask_takes_its_values_from_the_statements_after_it() -> None:
    """An ask that states none of its values is followed by sentences that give them, one or two at a time,
    before the next ask: the call takes them all."""
    assert calls(
        "First, I want the monthly payment on my mortgage. I borrowed $300,000 at an annual rate of 6.5% "
        "(0.065). The term is 30 years. Then solve the cubic with a=1, b=2, c=3 and d=4.",
        MORTGAGE,
        CUBIC,
    ) == [
        ("mortgage_monthly_payment", {"principal": 300000.0, "annual_rate": 0.065, "years": 30}),
        ("solve_cubic", {"a": 1.0, "b": 2.0, "c": 3.0, "d": 4.0}),
    ]
    assert calls(
        "I need the monthly payment for a mortgage. I'd borrow $250,000 over 15 years. The annual rate "
        "would be 0.05.",
        MORTGAGE,
        WEATHER,
    ) == [("mortgage_monthly_payment", {"principal": 250000.0, "annual_rate": 0.05, "years": 15})]
    assert calls(
        "Please estimate the fuel cost of my road trip. The trip is 420 km long. The consumption is 6.5. "
        "Fuel costs 1.8 euros per litre. Also, what's the weather in Lyon?",
        TRIP,
        WEATHER,
    ) == [
        ("fuel_cost_estimate", {"distance_km": 420.0, "consumption": 6.5, "price_per_litre": 1.8}),
        ("get_weather", {"city": "Lyon"}),
    ]


def test_a_formula_written_in_words_names_its_operation() -> None:
    """ "2 to the power of 10", "12 divided by 4", "7 multiplied by 6" are arithmetic, and their words
    name the operation a tool may be named for; "times" names no time."""
    power = tool(
        "integer_power", "Integer exponentiation.", {"base": num("The base."), "exponent": num("Exponent.")}
    )
    divide = tool(
        "divide_numbers", "Divide one number by another.", {"dividend": num("x"), "divisor": num("y")}
    )
    multiply = tool(
        "multiply_numbers", "Multiply two numbers.", {"a": num("First factor."), "b": num("Second.")}
    )
    clock = tool("time_zone_convert", "Convert a time between zones.", {"time": text("e.g. 14:00")})
    matcher = Matcher([Tool.from_spec(t["toolSpec"]) for t in (power, divide, multiply, clock)])

    def needed(clause: str) -> list[str]:
        return [s.tool.name for s in matcher.needed(clause)]

    assert needed("What's 2 to the power of 10?") == ["integer_power"]
    assert needed("What is 12 divided by 4?") == ["divide_numbers"]
    assert needed("What is 7 multiplied by 6?") == ["multiply_numbers"]
    assert "time_zone_convert" not in needed("What is 7 times 6?")


BOOKING = {"hotel": text("Hotel name.")}


def test_at_equal_scores_the_tool_whose_name_writes_the_word_itself() -> None:
    """Both tools are named for a booking; "book" is written in one name itself, "cancel" in the other's."""
    cancel = tool("booking.cancel", "Cancel a hotel booking.", BOOKING)
    book = tool("booking.book", "Book a hotel room.", BOOKING)
    assert calls("Book the Ritz for me.", cancel, book) == [("booking.book", {"hotel": "Ritz"})]
    assert calls("Cancel the Ritz for me.", book, cancel) == [("booking.cancel", {"hotel": "Ritz"})]
    invest = tool(
        "portfolio.invest", "Invest an amount in a fund.", {"fund": text("Fund."), "amount": num("$")}
    )
    sell = tool("portfolio.sell", "Sell an amount of a fund.", {"fund": text("Fund."), "amount": num("$")})
    assert calls("Invest $300 in Vanguard.", sell, invest) == [
        ("portfolio.invest", {"fund": "Vanguard", "amount": 300.0})
    ]
