"""A battery for sentences that make no new ask, and for asks without a verb of their own.

Written for this round before reading the benchmark's failing cases, in the genre of its "parallel" and
"parallel_multiple" categories (python-style tool names, one-line descriptions, typed parameters; requests
of two to four sentences) on subjects of its own. Three classes: a closing question whose only content
refers back to the asks ("Can you work all of these out for me?", "How much will that cost in total?")
is no call of its own; a scene-setting statement ("Our warehouse is in Rotterdam.") gives its values to
the asks and calls nothing itself; an ask after "and" that leaves out the verb and repeats the first
ask's pattern of values ("… 3 kg to pounds and 12 miles to kilometers") is a second call of the same
tool. A few rows are controls, where the closing sentence does ask something new. The check is
order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

SHIPPING = fn(
    "logistics_shipping_cost",
    "Estimate the cost of shipping a parcel between two cities.",
    {
        "weight_kg": (NUM, "Weight of the parcel in kilograms."),
        "origin": (STR, "City the parcel is sent from."),
        "destination": (STR, "City the parcel is sent to."),
    },
    ["weight_kg", "origin", "destination"],
)
PAINT = fn(
    "home_paint_needed",
    "Calculate how many liters of paint are needed to cover a wall.",
    {
        "width": (NUM, "Width of the wall in meters."),
        "height": (NUM, "Height of the wall in meters."),
        "coats": (INT, "Number of coats. Default is 1."),
    },
    ["width", "height"],
)
QUADRATIC = fn(
    "algebra_solve_quadratic",
    "Find the roots of a quadratic equation ax^2 + bx + c = 0.",
    {
        "a": (NUM, "Coefficient of x^2."),
        "b": (NUM, "Coefficient of x."),
        "c": (NUM, "Constant term."),
    },
    ["a", "b", "c"],
)
FACTORIAL = fn(
    "math_factorial",
    "Calculate the factorial of a non-negative integer.",
    {"n": (INT, "The number whose factorial is wanted.")},
    ["n"],
)
PRIME = fn(
    "math_is_prime",
    "Check whether an integer is a prime number.",
    {"number": (INT, "The integer to check.")},
    ["number"],
)
TICKET = fn(
    "museum_ticket_price",
    "Get the price of an entry ticket for a museum.",
    {
        "museum": (STR, "Name of the museum."),
        "visitor_type": (STR, "Type of visitor.", {"enum": ["adult", "child", "senior"]}),
    },
    ["museum", "visitor_type"],
)
UNITS = fn(
    "unit_convert",
    "Convert a quantity from one unit to another.",
    {
        "quantity": (NUM, "The quantity to convert."),
        "from_unit": (STR, "The unit to convert from."),
        "to_unit": (STR, "The unit to convert to."),
    },
    ["quantity", "from_unit", "to_unit"],
)
TIP = fn(
    "calculate_tip",
    "Calculate the tip for a restaurant bill.",
    {
        "bill_amount": (NUM, "The amount of the bill in dollars."),
        "tip_percent": (NUM, "The tip percentage."),
    },
    ["bill_amount", "tip_percent"],
)
HOTEL = fn(
    "hotel_book_room",
    "Book a room at a hotel for a number of nights.",
    {
        "hotel": (STR, "Name of the hotel."),
        "nights": (INT, "Number of nights to stay."),
    },
    ["hotel", "nights"],
)
WAREHOUSE_STOCK = fn(
    "inventory_check_stock",
    "Check how many units of a product are in stock at a warehouse.",
    {
        "product": (STR, "Name of the product."),
        "warehouse_city": (STR, "City of the warehouse."),
    },
    ["product", "warehouse_city"],
)
LOAN = fn(
    "finance_loan_payment",
    "Calculate the monthly payment of a loan.",
    {
        "principal": (NUM, "The loan amount in dollars."),
        "annual_rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "Term of the loan in years."),
    },
    ["principal", "annual_rate", "years"],
)
SAVINGS = fn(
    "finance_savings_growth",
    "Calculate the future value of savings with compound interest.",
    {
        "principal": (NUM, "The amount saved in dollars."),
        "annual_rate": (NUM, "The annual interest rate in percent."),
        "years": (INT, "Number of years."),
    },
    ["principal", "annual_rate", "years"],
)
WORD_COUNT = fn(
    "text_word_count",
    "Count the words in a text file.",
    {"file_path": (STR, "Path of the text file.")},
    ["file_path"],
)
SENTIMENT = fn(
    "text_sentiment",
    "Analyse the sentiment of the text in a file.",
    {
        "file_path": (STR, "Path of the text file."),
        "language": (STR, "Language of the text. Default is English."),
    },
    ["file_path"],
)
AQI = fn(
    "air_quality_index",
    "Get the air quality index of a city.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
SUNRISE = fn(
    "astronomy_sunrise_time",
    "Get the time of sunrise in a city on a date.",
    {
        "city": (STR, "Name of the city."),
        "date": (STR, "The date in YYYY-MM-DD format."),
    },
    ["city", "date"],
)

INTERSECT = fn(
    "poly_intersect",
    "Find the intersection points of two polynomial functions.",
    {"poly1": (STR, "The first polynomial."), "poly2": (STR, "The second polynomial.")},
    ["poly1", "poly2"],
)
DERIVATIVE = fn(
    "poly_derivative",
    "Find the derivative of a polynomial function.",
    {"poly": (STR, "The polynomial.")},
    ["poly"],
)
FUTURE_VALUE = fn(
    "finance_future_value",
    "Calculate the future value of an investment.",
    {
        "principal": (NUM, "The initial amount in dollars."),
        "rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Number of years."),
    },
    ["principal", "rate", "years"],
)
SIMPLE_INTEREST = fn(
    "finance_simple_interest",
    "Calculate the simple interest on a loan.",
    {
        "principal": (NUM, "The loan amount in dollars."),
        "rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Number of years."),
    },
    ["principal", "rate", "years"],
)

CURVES_MEET = fn(
    "curves_meet",
    "Locate the points where two curves meet.",
    {"curve1": (STR, "First curve as a formula in x."), "curve2": (STR, "Second curve as a formula in x.")},
    ["curve1", "curve2"],
)
CURVE_ZEROS = fn(
    "curves_zero",
    "Locate the zeros of a curve.",
    {"curve": (STR, "The curve as a formula in x.")},
    ["curve"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== a closing question that only refers back to the asks
    (
        "Solve the quadratic equation with a=1, b=-3 and c=2, and the one with a=2, b=5 and c=-3. "
        "Can you solve these for me?",
        [QUADRATIC],
        [c("algebra_solve_quadratic", a=1, b=-3, c=2), c("algebra_solve_quadratic", a=2, b=5, c=-3)],
    ),
    (
        "I need to ship a 4 kg parcel from Lyon to Porto and a 9 kg parcel from Lyon to Vienna. "
        "Can you tell me the total cost?",
        [SHIPPING],
        [
            c("logistics_shipping_cost", weight_kg=4, origin="Lyon", destination="Porto"),
            c("logistics_shipping_cost", weight_kg=9, origin="Lyon", destination="Vienna"),
        ],
    ),
    (
        "What is the factorial of 6, and is 97 a prime number? Could you give me all of these?",
        [FACTORIAL, PRIME],
        [c("math_factorial", n=6), c("math_is_prime", number=97)],
    ),
    (
        "How much paint do I need for a wall 4 m wide and 2.5 m high, and for one 6 m wide and 3 m high? "
        "How many liters is that altogether?",
        [PAINT],
        [
            c("home_paint_needed", width=4, height=2.5, coats=[1, OMIT]),
            c("home_paint_needed", width=6, height=3, coats=[1, OMIT]),
        ],
    ),
    (
        "Get the adult ticket price at the Louvre and the child ticket price at the Prado. "
        "What would these cost me in total?",
        [TICKET],
        [
            c("museum_ticket_price", museum="Louvre", visitor_type="adult"),
            c("museum_ticket_price", museum="Prado", visitor_type="child"),
        ],
    ),
    (
        "Check the air quality index in Delhi and in Lima. Please give me both results.",
        [AQI],
        [c("air_quality_index", city="Delhi"), c("air_quality_index", city="Lima")],
    ),
    # ======== a scene-setting statement gives its values and calls nothing
    (
        "Our warehouse is in Rotterdam. Check the stock of the 'Trail Runner' shoe and of the "
        "'Summit' backpack.",
        [WAREHOUSE_STOCK],
        [
            c("inventory_check_stock", product="Trail Runner", warehouse_city="Rotterdam"),
            c("inventory_check_stock", product="Summit", warehouse_city="Rotterdam"),
        ],
    ),
    (
        "The essay is saved as 'drafts/essay.txt'. Count its words and analyse its sentiment.",
        [WORD_COUNT, SENTIMENT],
        [
            c("text_word_count", file_path="drafts/essay.txt"),
            c("text_sentiment", file_path="drafts/essay.txt", language=["English", OMIT]),
        ],
    ),
    (
        "Maria has $20000. What would her monthly payment be on a loan of that size at 5% for 4 years, and "
        "what would it grow to as savings at 3% for 4 years?",
        [LOAN, SAVINGS],
        [
            c("finance_loan_payment", principal=20000, annual_rate=5, years=4),
            c("finance_savings_growth", principal=20000, annual_rate=3, years=4),
        ],
    ),
    (
        "The trip is on 2025-06-21. Get the sunrise time in Reykjavik and in Tromso.",
        [SUNRISE],
        [
            c("astronomy_sunrise_time", city="Reykjavik", date="2025-06-21"),
            c("astronomy_sunrise_time", city="Tromso", date="2025-06-21"),
        ],
    ),
    (
        "I have two polynomials, 'x^2+1' and '3x-1'. Find their intersection points. After that, I have "
        "another polynomial 'x^3-2x'. Find its derivative.",
        [INTERSECT, DERIVATIVE],
        [c("poly_intersect", poly1="x^2+1", poly2="3x-1"), c("poly_derivative", poly="x^3-2x")],
    ),
    (
        "You put $1000 in a savings account at 3% for 5 years. What is the future value? Later, you take "
        "another loan of $2000. What is its simple interest at 4% over 3 years?",
        [FUTURE_VALUE, SIMPLE_INTEREST],
        [
            c("finance_future_value", principal=1000, rate=3, years=5),
            c("finance_simple_interest", principal=2000, rate=4, years=3),
        ],
    ),
    (
        "I have two curves, the first one is 'x^2+1' and the second one is '3x-1'. I need to find the points "
        "where these two curves meet. After that, I have another curve 'x^3-2x'. I need to find the zeros "
        "of this curve. Can you solve these for me?",
        [CURVES_MEET, CURVE_ZEROS],
        [c("curves_meet", curve1="x^2+1", curve2="3x-1"), c("curves_zero", curve="x^3-2x")],
    ),
    (
        "Convert 5 miles to kilometers. After that, I have another distance of 26 miles. How many meters "
        "is that?",
        [UNITS],
        [
            c("unit_convert", quantity=5, from_unit=["miles", "mile", "mi"], to_unit=["kilometers", "km"]),
            c("unit_convert", quantity=26, from_unit=["miles", "mile", "mi"], to_unit=["meters", "m"]),
        ],
    ),
    (
        "We had dinner and the bill came to $84. Calculate a 15% tip and a 20% tip.",
        [TIP],
        [
            c("calculate_tip", bill_amount=84, tip_percent=15),
            c("calculate_tip", bill_amount=84, tip_percent=20),
        ],
    ),
    # ======== asks without their own verb, after "and"
    (
        "Convert 3 kilograms to pounds and 12 miles to kilometers.",
        [UNITS],
        [
            c(
                "unit_convert",
                quantity=3,
                from_unit=["kilograms", "kilogram", "kg"],
                to_unit=["pounds", "lb"],
            ),
            c("unit_convert", quantity=12, from_unit=["miles", "mile", "mi"], to_unit=["kilometers", "km"]),
        ],
    ),
    (
        "Book a room at the Grand Budapest for 3 nights and the Overlook for 2 nights.",
        [HOTEL],
        [
            c("hotel_book_room", hotel="Grand Budapest", nights=3),
            c("hotel_book_room", hotel="Overlook", nights=2),
        ],
    ),
    (
        "Calculate the tip on a $60 bill at 18% and a $95 bill at 22%.",
        [TIP],
        [
            c("calculate_tip", bill_amount=60, tip_percent=18),
            c("calculate_tip", bill_amount=95, tip_percent=22),
        ],
    ),
    (
        "Estimate the shipping cost of a 2 kg parcel from Oslo to Riga and a 7 kg parcel from Riga to Kyiv.",
        [SHIPPING],
        [
            c("logistics_shipping_cost", weight_kg=2, origin="Oslo", destination="Riga"),
            c("logistics_shipping_cost", weight_kg=7, origin="Riga", destination="Kyiv"),
        ],
    ),
    # ======== controls: a closing sentence that does ask something new
    (
        "What is the factorial of 5? Can you also check whether 91 is prime?",
        [FACTORIAL, PRIME],
        [c("math_factorial", n=5), c("math_is_prime", number=91)],
    ),
    (
        "Check the air quality index in Cairo. Can you tell me the sunrise time there on 2025-03-01 too?",
        [AQI, SUNRISE],
        [c("air_quality_index", city="Cairo"), c("astronomy_sunrise_time", city="Cairo", date="2025-03-01")],
    ),
    (
        "Calculate the tip on a $40 bill at 15%. Could you also work out the tip on a $70 bill at 18%?",
        [TIP],
        [
            c("calculate_tip", bill_amount=40, tip_percent=15),
            c("calculate_tip", bill_amount=70, tip_percent=18),
        ],
    ),
]
GAPS: dict[str, str] = {
    "What is the factorial of 6, and is 97": "count: 'and is 97 a prime number?' (a yes/no question after "
    "'and') does not split off as an ask of its own",
    "How much paint do I need for a wall": "count: 'for one 6 m wide and 3 m high' is read as a series "
    "of widths and heights, not as the values of one more wall",
    "Our warehouse is in Rotterdam": "value: 'of the 'Summit' backpack' is taken for the city, not as a "
    "second product",
    "Convert 5 miles to kilometers. After that": "value: the question 'How many meters is that?' keeps "
    "the first ask's quantity instead of the scene's 26 miles",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_for_each_ask(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_requests() -> None:
    assert len(ROWS) >= 20
