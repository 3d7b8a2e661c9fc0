"""The general readings the BFCL-style battery (test_simulated_bfcl_style_battery.py) exposed, one test each,
with requests and tools written here and a look-alike where the rule must not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool


def numbers(description: str) -> dict:
    return {"type": "array", "items": {"type": "number"}, "description": description}


def test_a_unit_after_a_slash_is_one_the_parameter_counts_per() -> None:
    """ "J/g°C" divides by grams: "300 g" is the sample's mass, not the specific heat."""
    warm = tool(
        "heat_to_melt",
        "Heat needed to warm then melt a metal sample.",
        {
            "mass": num("Mass of the sample in grams."),
            "specific_heat": num("Specific heat in J/g°C. Default is 0.9."),
            "temperature_rise": num("Temperature rise in °C."),
        },
        ["mass", "temperature_rise"],
    )
    assert calls("Heat to warm a 300 g aluminium block by 45°C?", warm) == [
        ("heat_to_melt", {"mass": 300.0, "temperature_rise": 45.0})
    ]


def test_when_asks_for_a_date_and_when_does_it_open_for_hours() -> None:
    founded = tool(
        "company_founding_date", "Look up the founding date of a company.", {"company": text("Company.")}
    )
    assert calls("When was Nokia founded?", founded) == [("company_founding_date", {"company": "Nokia"})]
    hours = tool(
        "library_opening_hours",
        "Get the opening hours of a public library.",
        {"library": text("Library name."), "day": text("Day of the week.")},
        ["library"],
    )
    assert calls("When does the Bodleian Library open on Saturday?", hours) == [
        ("library_opening_hours", {"library": "Bodleian Library", "day": "Saturday"})
    ]
    # "when" names no other kind of thing: a population is still no date
    population = tool("country_population", "Population of a country.", {"country": text("Country.")})
    assert calls("When did Peru gain independence?", population) == []


def test_how_many_of_a_unit_are_in_asks_for_a_conversion() -> None:
    convert = tool(
        "kitchen_unit_convert",
        "Convert a kitchen measure between units.",
        {"amount": num("Amount."), "from_unit": text("Unit given."), "to_unit": text("Unit wanted.")},
    )
    got = calls("How many milliliters are in 2 tablespoons?", convert)
    assert got and got[0][1]["amount"] == 2.0
    assert "millilit" in got[0][1]["to_unit"] and "tablespoon" in got[0][1]["from_unit"]
    # "how many" before a thing that is no unit asks for a count, not a conversion
    assert calls("How many eggs are in 2 cartons?", convert) == []


def test_a_spelled_number_hyphened_to_a_unit_is_that_measure() -> None:
    """ "a three-meter pole", "a fifteen-year bond": measures written as adjectives, as "3-meter" is."""
    pole = tool(
        "pole_deflection",
        "Deflection of a loaded pole.",
        {"length": num("Length in meters."), "load": num("Load in newtons.")},
    )
    assert calls("How much does a three-meter pole bend under a load of 200 newtons?", pole) == [
        ("pole_deflection", {"length": 3.0, "load": 200.0})
    ]
    bond = tool(
        "bond_yield",
        "Yield of a bond.",
        {"price": num("Price paid in dollars."), "years": num("Years to maturity.", "integer")},
    )
    assert calls("Yield of a fifteen-year bond bought for $950?", bond) == [
        ("bond_yield", {"price": 950.0, "years": 15})
    ]


def test_a_spelled_amount_in_a_unit_is_no_count_of_things() -> None:
    """ "six meters per second" measures a speed; "six bottles" counts bottles."""
    drag = tool(
        "drag_force",
        "Drag force on a body in a fluid.",
        {"speed": num("Speed in meters per second."), "drag_coefficient": num("Drag coefficient.")},
    )
    assert calls("Drag force at six meters per second with a drag coefficient of 0.3?", drag) == [
        ("drag_force", {"speed": 6.0, "drag_coefficient": 0.3})
    ]
    crate = tool(
        "crate_weight", "Weight of a crate of bottles.", {"bottle_mass": num("Mass of one bottle in kg.")}
    )
    assert calls("Weight of a crate with six bottles?", crate) == []


def test_an_adverb_of_frequency_counts_how_often_per_the_parameters_span() -> None:
    savings = tool(
        "savings_growth",
        "Future value of savings with compound interest.",
        {
            "deposit": num("Initial deposit."),
            "rate": num("Annual rate in percent."),
            "years": num("Years.", "integer"),
            "compounds_per_year": num("How many times a year interest is compounded.", "integer"),
        },
        ["deposit", "rate", "years"],
    )
    assert calls("Growth of a 1200 dollar deposit at 3% for 4 years, compounded quarterly?", savings) == [
        ("savings_growth", {"deposit": 1200.0, "rate": 3.0, "years": 4, "compounds_per_year": 4})
    ]
    # a frequency that modifies another verb is no compounding
    assert calls("Growth of a 1200 dollar deposit at 3% for 4 years, checked annually?", savings) == [
        ("savings_growth", {"deposit": 1200.0, "rate": 3.0, "years": 4})
    ]
    per_period = tool(
        "loan_interest",
        "Interest on a loan.",
        {
            "principal": num("Amount borrowed."),
            "term_years": num("Term in years.", "integer"),
            "n": num("Number of compounding periods per unit time.", "integer"),
        },
        ["principal", "term_years"],
    )
    assert calls("Interest on 4000 dollars over 3 years, compounded monthly.", per_period) == [
        ("loan_interest", {"principal": 4000.0, "term_years": 3, "n": 12})
    ]


def test_written_lists_fill_two_list_parameters_in_order() -> None:
    """ "between [..] and [..]": each written list is one parameter's, the pair is not one list's items."""
    compare = tool(
        "compare_samples",
        "Compare the means of two samples.",
        {"before": numbers("Measurements before."), "after": numbers("Measurements after.")},
    )
    assert calls("Compare the samples between [3.1, 2.9, 3.4] and [3.6, 3.8, 3.5].", compare) == [
        ("compare_samples", {"before": [3.1, 2.9, 3.4], "after": [3.6, 3.8, 3.5]})
    ]


def test_a_description_compound_said_before_the_value_names_it() -> None:
    """ "a confidence level of 0.9" for "Confidence level.": the modifier is tied to the value as its head."""
    interval = tool(
        "mean_interval",
        "Interval estimate of a sample mean.",
        {"data": numbers("The sample."), "z": num("Confidence level. Default is 0.95.")},
        ["data"],
    )
    assert calls("Interval estimate of the mean of [4, 5, 6, 7] at a confidence level of 0.9.", interval) == [
        ("mean_interval", {"data": [4.0, 5.0, 6.0, 7.0], "z": 0.9})
    ]
