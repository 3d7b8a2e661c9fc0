"""Rules for optional parameters a request states and for flags set from a stated preference, each on
requests of this file's own wording in several domains."""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, STR, fn


def _unit_tool(name: str, thing: str, examples: str) -> dict:
    return fn(
        name,
        f"Report the {thing}.",
        {
            "subject": (STR, f"What to report the {thing} of."),
            "unit": (STR, f"Unit of the result{examples}. Default is the metric one."),
        },
        ["subject"],
    )


@pytest.mark.parametrize(
    ("request_text", "tool", "unit"),
    [
        (
            "How far away is Proxima Centauri in light years?",
            _unit_tool("star_distance", "distance of a star", ", e.g. 'km', 'ly', 'pc'"),
            "ly",
        ),
        (
            "What is the heat output of the boiler model X200 in British thermal units?",
            _unit_tool("boiler_heat_output", "heat output of a boiler", ", e.g. 'kWh', 'BTU'"),
            "BTU",
        ),
        (
            "Give the distance of Andromeda in parsecs.",
            _unit_tool("galaxy_distance", "distance of a galaxy", ""),
            "parsecs",
        ),
        (
            "What is the wind speed at Fastnet Rock in knots?",
            _unit_tool("sea_wind_speed", "wind speed at a place at sea", ""),
            "knots",
        ),
    ],
)
def test_a_unit_of_several_words_or_unknown_to_the_symbols_fills_an_optional_unit(
    request_text: str, tool: dict, unit: str
) -> None:
    """ "… in light years" asks the answer in that unit: written as the description's example its
    initials spell, else as said when it ends on a plural."""
    got = calls(request_text, tool)
    assert len(got) == 1 and got[0][1].get("unit") == unit, got


def test_in_and_a_singular_noun_is_no_unit() -> None:
    got = calls("Report the distance of the Moon in detail.", _unit_tool("moon_distance", "distance", ""))
    assert len(got) == 1 and "unit" not in got[0][1], got


def _flag_tool(name: str, thing: str, flag: str, says: str) -> dict:
    return fn(
        name,
        f"Plan a {thing}.",
        {"place": (STR, f"Where the {thing} goes."), flag: (BOOL, f"{says} Default false.")},
        ["place"],
    )


@pytest.mark.parametrize(
    ("request_text", "tool", "value"),
    [
        (
            "Plan a cycling route to Ghent that avoids cobblestones.",
            _flag_tool("cycle_route", "cycling route", "avoid_cobblestones", "Avoid cobbled streets."),
            True,
        ),
        (
            "Suggest a hiking trip to Snowdon that excludes steep scrambles.",
            _flag_tool("hike_plan", "hiking trip", "exclude_scrambles", "Leave out scrambling sections."),
            True,
        ),
        (
            "Plan a ferry crossing to Bergen that skips the night sailings.",
            _flag_tool("ferry_plan", "ferry crossing", "skip_night", "Leave out night sailings."),
            True,
        ),
        (
            "Write a weather summary for Galway, a less detailed one than yesterday.",
            _flag_tool("weather_summary", "weather summary", "detailed", "Give the details."),
            False,
        ),
        (
            "Fetch the deployment log of Frankfurt, less verbose than usual.",
            _flag_tool("deploy_log", "deployment log", "verbose", "Verbose output."),
            False,
        ),
    ],
    ids=["avoids", "excludes", "skips", "less detailed", "less verbose"],
)
def test_a_negation_in_any_inflection_or_less_sets_a_flag(request_text: str, tool: dict, value: bool) -> None:
    """ "avoids tolls", "excludes nuts" negate as "avoid"/"exclude" do; "a less detailed …" turns the
    flag off."""
    flag = next(k for k in tool["toolSpec"]["inputSchema"]["json"]["properties"] if k != "place")
    got = calls(request_text, tool)
    assert len(got) == 1 and got[0][1].get(flag) is value, got


def _kind_tool(name: str, thing: str, kind: str) -> dict:
    return fn(
        name,
        f"Find {thing} in a city.",
        {"city": (STR, "City to search in."), kind: (STR, f"The {kind} wanted. Optional.")},
        ["city"],
    )


@pytest.mark.parametrize(
    ("request_text", "tool", "kind", "value"),
    [
        (
            "Find Korean restaurants in Austin.",
            _kind_tool("restaurant_finder", "restaurants", "cuisine"),
            "cuisine",
            "Korean",
        ),
        (
            "Find horror movies showing in Leeds.",
            _kind_tool("movie_showings", "movies", "genre"),
            "genre",
            "horror",
        ),
        (
            "List volleyball tournaments in Porto.",
            _kind_tool("tournament_directory", "tournaments", "sport"),
            "sport",
            "volleyball",
        ),
    ],
)
def test_an_optional_kind_whose_description_says_optional_takes_the_kind_before_the_noun(
    request_text: str, tool: dict, kind: str, value: str
) -> None:
    """ "Optional." in a description lists no example ("al"): the kind before the tool's noun fills it."""
    got = calls(request_text, tool)
    assert len(got) == 1 and got[0][1].get(kind) == value, got


@pytest.mark.parametrize(
    "description", ["The genre wanted. Optional.", "Most likely outcome.", "Likely outcome; optional."]
)
def test_a_description_lists_examples_only_after_a_whole_word(description: str) -> None:
    from agentkit.local.simulated.parameters import Parameter

    assert Parameter.shared("x", {"type": "string", "description": description}, False, []).examples == []


@pytest.mark.parametrize(
    ("request_text", "tool", "name", "value"),
    [
        (
            "Simulate 1000 coin tosses where the chance of heads on each toss is 0.6.",
            fn(
                "coin_toss_simulation",
                "Simulate coin tosses.",
                {
                    "tosses": ("integer", "Number of tosses."),
                    "chance_of_heads": ("number", "Chance of heads, 0 to 1. Default 0.5."),
                },
                ["tosses"],
            ),
            "chance_of_heads",
            0.6,
        ),
        (
            "What is the monthly payment on a $300,000 mortgage over 30 years? "
            "The interest rate on the loan is 6%.",
            fn(
                "mortgage_payment",
                "Monthly mortgage payment.",
                {
                    "principal": ("number", "Loan amount."),
                    "years": ("integer", "Term in years."),
                    "interest_rate": ("number", "Annual interest rate as a decimal. Default 0.05."),
                },
                ["principal", "years"],
            ),
            "interest_rate",
            0.06,
        ),
        (
            "Design a recipe for 20 liters of pale ale; the target bitterness of the beer is 35.",
            fn(
                "brew_recipe",
                "Design a beer recipe.",
                {
                    "volume_liters": ("number", "Batch volume in liters."),
                    "target_bitterness": ("integer", "Target bitterness in IBU. Optional."),
                },
                ["volume_liters"],
            ),
            "target_bitterness",
            35,
        ),
    ],
    ids=["chance of heads on each toss", "interest rate on the loan", "bitterness of the beer"],
)
def test_a_phrase_modifying_the_parameters_word_before_is_keeps_the_value_its(
    request_text: str, tool: dict, name: str, value: float
) -> None:
    """ "the <parameter's words> <of/on/in … one or two words> is <value>": the phrase says which one,
    the value is the parameter's — one call, the optional parameter filled."""
    got = calls(request_text, tool)
    assert len(got) == 1 and got[0][1].get(name) == value, got
