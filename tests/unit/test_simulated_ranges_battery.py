"""A battery for ranges, spans and paired values in a benchmark's genre, written before reading its failures.

Each row gives a tool (python-style name, one-line description, typed parameters with short descriptions) and
a request of one or two sentences on a subject of my choosing that states several values compactly: a range
that enumerates ("for each year from 2016 to 2019", "pages 3 to 6" into a list of pages), a range that stays
its two ends (a start/end pair, a min/max pair, a two-element interval), pairs in parentheses or brackets,
two series paired by "respectively", a series whose members each repeat their preposition ("by bus, by train,
and by ferry"), and values in another unit than the one the parameter's description states. Each row lists
the calls a careful small model makes; the check is order-free, as the benchmark's.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, ints, params
from test_simulated_parallel_style_battery import c, matched

RAINFALL = fn(
    "get_annual_rainfall",
    "Get the total rainfall of a city in a given year.",
    {"city": (STR, "The name of the city."), "year": (INT, "The year.")},
    ["city", "year"],
)
TOP_SCORER = fn(
    "get_top_scorer",
    "Get the top scorer of a football league in a season.",
    {"league": (STR, "The league name."), "season": (INT, "The season's starting year.")},
    ["league", "season"],
)
FACTORIAL = fn(
    "math_factorial",
    "Calculate the factorial of a non-negative integer.",
    {"n": (INT, "The integer.")},
    ["n"],
)
SQUARES = fn(
    "sum_of_squares",
    "Calculate the sum of the squares of a list of integers.",
    {"numbers": ints("The integers to square and add.")},
    ["numbers"],
)
PRINT_PAGES = fn(
    "print_document_pages",
    "Print selected pages of a document.",
    {"document": (STR, "The document's file name."), "pages": ints("The page numbers to print.")},
    ["document", "pages"],
)
INTEGRAL = fn(
    "calculate_definite_integral",
    "Calculate the definite integral of a function over an interval.",
    {
        "function": (STR, "The function of x, e.g. 'x**2'."),
        "lower_bound": (NUM, "The lower limit of integration."),
        "upper_bound": (NUM, "The upper limit of integration."),
    },
    ["function", "lower_bound", "upper_bound"],
)
PRIMES = fn(
    "find_primes_in_range",
    "List the prime numbers in a range.",
    {"start": (INT, "The start of the range."), "end": (INT, "The end of the range.")},
    ["start", "end"],
)
HOUSES = fn(
    "search_houses",
    "Search houses for sale in a city within a price range.",
    {
        "city": (STR, "The city."),
        "min_price": (INT, "Minimum price in dollars."),
        "max_price": (INT, "Maximum price in dollars."),
    },
    ["city", "min_price", "max_price"],
)
INFLATION = fn(
    "get_inflation_rates",
    "Get the yearly inflation rates of a country over a span of years.",
    {
        "country": (STR, "The country."),
        "year_range": ints("The first and last year of the span, e.g. [1990, 2000]."),
    },
    ["country", "year_range"],
)
POLYGON = fn(
    "calculate_polygon_area",
    "Calculate the area of a polygon from its vertices.",
    {
        "vertices": (
            "array",
            "The vertices as (x, y) pairs.",
            {"items": {"type": "array", "items": {"type": "number"}}},
        )
    },
    ["vertices"],
)
DISTANCE_2D = fn(
    "calculate_point_distance",
    "Calculate the Euclidean distance between two points in a plane.",
    {"point_a": ints("The first point as [x, y]."), "point_b": ints("The second point as [x, y].")},
    ["point_a", "point_b"],
)
MATRIX = fn(
    "matrix_determinant",
    "Calculate the determinant of a square matrix.",
    {
        "matrix": (
            "array",
            "The matrix as a list of rows.",
            {"items": {"type": "array", "items": {"type": "number"}}},
        )
    },
    ["matrix"],
)
BLOOD = fn(
    "blood_type_compatibility",
    "Check which blood types a donor of a given type can give to.",
    {"blood_type": (STR, "The donor's blood type, e.g. 'A+'.")},
    ["blood_type"],
)
EMISSIONS = fn(
    "calculate_fuel_emissions",
    "Calculate the yearly CO2 emissions of a vehicle.",
    {
        "vehicle_type": (STR, "The type of vehicle."),
        "km_per_year": (INT, "Kilometers driven per year."),
        "emission_factor": (NUM, "Emission factor in kg CO2 per km."),
    },
    ["vehicle_type", "km_per_year", "emission_factor"],
)
CROP = fn(
    "estimate_crop_yield",
    "Estimate the yield of a crop on a field.",
    {
        "crop": (STR, "The crop."),
        "area": (NUM, "Field area in hectares."),
        "yield_per_hectare": (NUM, "Expected tonnes per hectare."),
    },
    ["crop", "area", "yield_per_hectare"],
)
COMMUTE = fn(
    "estimate_commute_time",
    "Estimate the commute time between two places by a mode of transport.",
    {
        "origin": (STR, "The starting place."),
        "destination": (STR, "The destination."),
        "mode": (STR, "The mode of transport."),
    },
    ["origin", "destination", "mode"],
)
SHIPPING = fn(
    "calculate_shipping_cost",
    "Calculate the cost of shipping a parcel by a given method.",
    {"weight": (NUM, "Parcel weight in kilograms."), "method": (STR, "The shipping method.")},
    ["weight", "method"],
)
TIP = fn(
    "calculate_price_with_tax",
    "Calculate a price with sales tax added.",
    {"price": (NUM, "The price in dollars."), "tax_rate": (NUM, "The tax rate as a decimal.")},
    ["price", "tax_rate"],
)
RUN = fn(
    "calculate_running_pace",
    "Calculate the pace of a run.",
    {"distance": (NUM, "Distance in meters."), "duration": (NUM, "Duration in minutes.")},
    ["distance", "duration"],
)
CLARITY = fn(
    "get_diamond_clarity_info",
    "Get a description of a diamond clarity grade.",
    {"grade": (STR, "The clarity grade, e.g. 'IF'.")},
    ["grade"],
)
PLAN = fn(
    "estimate_plan_premium",
    "Estimate the monthly premium of a health insurance plan.",
    {"plan_code": (STR, "The code of the plan."), "age": (INT, "Age of the insured person.")},
    ["plan_code", "age"],
)
COAT = fn(
    "calculate_coat_pattern_share",
    "Calculate the share of a cat population with a coat pattern genotype.",
    {
        "allele_share": (NUM, "Share of the dominant allele."),
        "genotype": (STR, "The genotype.", {"enum": ["BB", "Bb", "bb"]}),
    },
    ["allele_share", "genotype"],
)
PARKING = fn(
    "calculate_parking_fee",
    "Calculate the fee for parking a car.",
    {"minutes": (INT, "Parking time in minutes."), "rate": (NUM, "Hourly rate in dollars.")},
    ["minutes", "rate"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- a range into a scalar parameter: one call per member
    (
        "Get the annual rainfall in Bergen for each year from 2016 to 2019.",
        [RAINFALL],
        [c("get_annual_rainfall", city="Bergen", year=y) for y in (2016, 2017, 2018, 2019)],
    ),
    (
        "Who was the top scorer of La Liga in every season from 2010 to 2013?",
        [TOP_SCORER],
        [c("get_top_scorer", league="La Liga", season=y) for y in (2010, 2011, 2012, 2013)],
    ),
    (
        "Calculate the factorial of every integer from 3 to 6.",
        [FACTORIAL],
        [c("math_factorial", n=k) for k in (3, 4, 5, 6)],
    ),
    # ---- a range into a list parameter: its members
    (
        "Find the sum of the squares of the integers from 1 to 5.",
        [SQUARES],
        [c("sum_of_squares", numbers=[[1, 2, 3, 4, 5]])],
    ),
    (
        "Print pages 3 to 6 of report.pdf.",
        [PRINT_PAGES],
        [c("print_document_pages", document="report.pdf", pages=[[3, 4, 5, 6]])],
    ),
    # ---- a range into a pair of parameters or an interval: its two ends
    (
        "Integrate x**3 from 0 to 2.",
        [INTEGRAL],
        [c("calculate_definite_integral", function=["x**3", "x^3"], lower_bound=0, upper_bound=2)],
    ),
    (
        "List the prime numbers between 50 and 80.",
        [PRIMES],
        [c("find_primes_in_range", start=50, end=80)],
    ),
    (
        "Find houses for sale in Denver between 300000 and 450000 dollars.",
        [HOUSES],
        [c("search_houses", city="Denver", min_price=300000, max_price=450000)],
    ),
    (
        "Get the inflation rates of Chile between 2000 and 2010.",
        [INFLATION],
        [c("get_inflation_rates", country="Chile", year_range=[[2000, 2010]])],
    ),
    (
        "Get the inflation rates of Peru from 1995 to 2005.",
        [INFLATION],
        [c("get_inflation_rates", country="Peru", year_range=[[1995, 2005]])],
    ),
    # ---- pairs in parentheses or brackets
    (
        "Find the area of the polygon with vertices (0, 0), (6, 0) and (6, 4).",
        [POLYGON],
        [c("calculate_polygon_area", vertices=[[[0, 0], [6, 0], [6, 4]]])],
    ),
    (
        "What is the distance between the points (1, 2) and (4, 6)?",
        [DISTANCE_2D],
        [c("calculate_point_distance", point_a=[[1, 2]], point_b=[[4, 6]])],
    ),
    (
        "Compute the determinant of the matrix [[2, 1], [5, 3]].",
        [MATRIX],
        [c("matrix_determinant", matrix=[[[2, 1], [5, 3]]])],
    ),
    (
        "Which blood types can donors of type (O-), (A+) and (B+) give to?",
        [BLOOD],
        [c("blood_type_compatibility", blood_type=k) for k in ("O-", "A+", "B+")],
    ),
    (
        "Describe the diamond clarity grades (VS1), (VS2) and (SI1).",
        [CLARITY],
        [c("get_diamond_clarity_info", grade=g) for g in ("VS1", "VS2", "SI1")],
    ),
    (
        "Estimate the monthly premium of the basic plan (B1), the standard plan (S2), and the premium plan "
        "(P3) for a 40-year-old.",
        [PLAN],
        [c("estimate_plan_premium", plan_code=k, age=40) for k in ("B1", "S2", "P3")],
    ),
    (
        "The dominant allele share is 0.6. Calculate the share of cats with the solid genotype (BB), the "
        "mixed genotype (Bb), and the spotted genotype (bb).",
        [COAT],
        [c("calculate_coat_pattern_share", allele_share=0.6, genotype=g) for g in ("BB", "Bb", "bb")],
    ),
    # ---- two series paired by "respectively"
    (
        "Calculate the yearly emissions of a van, a scooter and a truck that each drive 15000 km a year, "
        "with emission factors of 0.25, 0.08 and 0.9 respectively.",
        [EMISSIONS],
        [
            c("calculate_fuel_emissions", vehicle_type=v, km_per_year=15000, emission_factor=f)
            for v, f in (("van", 0.25), ("scooter", 0.08), ("truck", 0.9))
        ],
    ),
    (
        "Estimate the yield of wheat, barley and oats on a 20 hectare field, at 7.5, 6 and 4.2 tonnes per "
        "hectare respectively.",
        [CROP],
        [
            c("estimate_crop_yield", crop=k, area=20, yield_per_hectare=y)
            for k, y in (("wheat", 7.5), ("barley", 6), ("oats", 4.2))
        ],
    ),
    (
        "Calculate the shipping cost of parcels weighing 2, 5 and 9 kg by express, standard and economy "
        "respectively.",
        [SHIPPING],
        [
            c("calculate_shipping_cost", weight=w, method=m)
            for w, m in ((2, "express"), (5, "standard"), (9, "economy"))
        ],
    ),
    # ---- a series whose members each repeat the preposition
    (
        "Estimate my commute from Ealing to Camden by bus, by train, and by bike.",
        [COMMUTE],
        [
            c("estimate_commute_time", origin="Ealing", destination="Camden", mode=m)
            for m in ("bus", "train", "bike")
        ],
    ),
    (
        "How much does it cost to ship a 3 kg parcel by air, by sea, and by road?",
        [SHIPPING],
        [c("calculate_shipping_cost", weight=3, method=m) for m in ("air", "sea", "road")],
    ),
    (
        "How much does it cost to ship a 4 kg parcel by air and by sea?",
        [SHIPPING],
        [c("calculate_shipping_cost", weight=4, method=m) for m in ("air", "sea")],
    ),
    # ---- a value in another unit than the description's
    (
        "What is the price with tax of a 75 cent candy bar at a tax rate of 0.08?",
        [TIP],
        [c("calculate_price_with_tax", price=0.75, tax_rate=0.08)],
    ),
    (
        "Calculate my pace for a 5 km run that took 25 minutes.",
        [RUN],
        [c("calculate_running_pace", distance=5000, duration=25)],
    ),
    (
        "What is the parking fee for 2 hours at 3.5 dollars an hour?",
        [PARKING],
        [c("calculate_parking_fee", minutes=120, rate=3.5)],
    ),
    (
        "Calculate my pace for a 400 meter lap that took 1.5 minutes.",
        [RUN],
        [c("calculate_running_pace", distance=400, duration=1.5)],
    ),
    (
        "What is the parking fee for 45 minutes at 2 dollars an hour?",
        [PARKING],
        [c("calculate_parking_fee", minutes=45, rate=2)],
    ),
    # ---- look-alikes that stay one call
    (
        "Get the annual rainfall in Cork in 2021.",
        [RAINFALL],
        [c("get_annual_rainfall", city="Cork", year=2021)],
    ),
    (
        "Print pages 2 and 9 of notes.pdf.",
        [PRINT_PAGES],
        [c("print_document_pages", document="notes.pdf", pages=[[2, 9]])],
    ),
]

GAPS: dict[str, str] = {
    "Which blood types can donors of type": "one call: a letter and its sign ('O-', 'A+') are not read as "
    "one code, so no parenthesised series is seen and the sign is lost",
    "What is the price with tax of a 75 cent": "cents are not converted to the dollars of the description",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_a_careful_model_makes_for_compact_values(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_five_requests() -> None:
    assert len(ROWS) >= 25
