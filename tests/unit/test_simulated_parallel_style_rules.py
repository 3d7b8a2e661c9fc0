"""Rules found with the parallel-style battery (`test_simulated_parallel_style_battery`), each with a tool
and a request of its own and a look-alike where the rule must not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

from agentkit.local.simulated.text import clauses

PARK = tool("park_info", "Opening times of a national park.", {"park": text("Name of the park.")})
CAMPSITE = tool(
    "campsite_search",
    "Find campsites in a region.",
    {"region": text("The region to search."), "max_price": num("Top nightly price in dollars.")},
)


def test_a_noun_verb_before_a_name_or_an_adjective_opens_an_ask() -> None:
    """ "… and find Alpine campsites": "find" may be a noun, but a noun is not followed by a name or a bare
    adjective, so it is the verb of a second ask."""
    assert calls(
        "Get the opening times of Yosemite park and find Sierra campsites under $40.", PARK, CAMPSITE
    ) == [
        ("park_info", {"park": "Yosemite"}),
        ("campsite_search", {"region": "Sierra", "max_price": 40}),
    ]
    # a noun-verb before a common noun is still a noun of the first ask
    assert len(calls("Get the opening times and review summary of Yosemite park.", PARK, CAMPSITE)) == 1
    # a capitalised noun-verb in a quoted title is the title's word
    assert len(clauses("Make a mix with 'Blue Harbor' and 'Set Sail Tonight'.")) == 1


ABV = tool(
    "alcohol_by_volume",
    "Compute the alcohol content of a brew from its gravities.",
    {
        "original_gravity": num("Gravity before fermenting."),
        "final_gravity": num("Gravity after fermenting."),
    },
)
TEA = tool("tea_profile", "Tasting notes of a tea variety.", {"variety": text("The tea variety.")})
CAFFEINE = tool(
    "caffeine_content",
    "Caffeine in a cup of a drink.",
    {"drink": text("The drink."), "cup_ml": num("Cup size in millilitres.")},
)
SPEC = tool(
    "flight_distance",
    "Great-circle distance between two airports.",
    {"airport_from": text("IATA code of the first airport."), "airport_to": text("IATA code of the second.")},
)
WEATHER_AT = tool(
    "airport_weather", "Current weather at an airport.", {"airport": text("IATA code of the airport.")}
)


def test_a_pronoun_for_another_tool_takes_the_earlier_calls_subject() -> None:
    """ "…, and what is the caffeine in a 250 ml cup of it?": "it" is what the call before was about; the
    one required text value no name carries is that call's one text value."""
    assert calls(
        "Give tasting notes for the oolong variety, and what is the caffeine in a 250 ml cup of it?",
        TEA,
        CAFFEINE,
    ) == [
        ("tea_profile", {"variety": "oolong"}),
        ("caffeine_content", {"drink": "oolong", "cup_ml": 250}),
    ]
    # without a pronoun the second ask names nothing to take: no guess
    assert calls(
        "Give tasting notes for the oolong variety, and what is the caffeine in a 250 ml cup?", TEA, CAFFEINE
    ) == [("tea_profile", {"variety": "oolong"})]


def test_both_after_a_pair_of_named_alike_values_asks_for_each() -> None:
    """`airport` is named like `airport_from` and `airport_to`; "both airports" asks of each, one call each."""
    assert calls(
        "What is the distance from LHR to JFK, and what is the weather at both airports?", SPEC, WEATHER_AT
    ) == [
        ("flight_distance", {"airport_from": "LHR", "airport_to": "JFK"}),
        ("airport_weather", {"airport": "LHR"}),
        ("airport_weather", {"airport": "JFK"}),
    ]


DIVE = tool(
    "dive_ascent_time",
    "Time a diver needs to ascend safely from a depth.",
    {"depth": num("Depth in meters."), "ascent_rate": num("Ascent speed in m/min. Default is 9.")},
)


def test_a_length_is_no_value_of_a_rate_parameter() -> None:
    """A parameter whose unit is a ratio of units ("m/min") measures a rate: "30 m" is none of its values,
    so "30 m and 40 m" stays a series of depths."""
    assert calls("How long is the safe ascent from depths of 30 m and 40 m?", DIVE) == [
        ("dive_ascent_time", {"depth": 30, "ascent_rate": 9}),
        ("dive_ascent_time", {"depth": 40, "ascent_rate": 9}),
    ]
    assert calls("How long is the safe ascent from 30 m at 6 m/min?", DIVE) == [
        ("dive_ascent_time", {"depth": 30, "ascent_rate": 6})
    ]
    # a unit that measures none of the rate's parts is not kept out ("0.02 M" for "in mol/L")
    salt = tool(
        "salt_osmolarity", "Osmolarity of a salt solution.", {"molarity": num("Concentration in mol/L.")}
    )
    assert calls("What is the osmolarity of a 0.02 M salt solution?", salt) == [
        ("salt_osmolarity", {"molarity": 0.02})
    ]


DEPRECIATION = tool(
    "straight_line_depreciation",
    "Book value of an asset after some years.",
    {
        "cost": num("Purchase cost in dollars."),
        "useful_life": num("The useful life in years."),
        "years": num("Years elapsed since purchase."),
    },
)


def test_a_span_in_the_unit_a_parameter_counts_in_is_its_value_beside_a_parameter_named_for_the_unit() -> (
    None
):
    """ "a useful life of 8 years" fits "The useful life in years" though `years` is named for the unit:
    that name keeps a count of its own things ("2 bedrooms") from other parameters, not a span from one
    that counts in the same unit."""
    request = "What is the book value of a $20,000 machine with a useful life of 8 years after 3 years?"
    assert calls(request, DEPRECIATION) == [
        ("straight_line_depreciation", {"cost": 20000, "useful_life": 8, "years": 3})
    ]


PLAN = tool(
    "training_plan",
    "Build a training plan for a race distance.",
    {"race": text("The race, e.g. 10k."), "weeks": num("Weeks until the race.", "integer")},
)


def test_one_or_another_before_a_preposition_asks_again_of_a_new_subject() -> None:
    """ "a plan for the marathon and one for the half marathon": "one"/"another" stands for the thing asked
    for, the words after the preposition are its new subject; what the first ask stated stays."""
    assert calls("Build a 12-week training plan for the marathon and one for the half marathon.", PLAN) == [
        ("training_plan", {"race": "marathon", "weeks": 12}),
        ("training_plan", {"race": "half marathon", "weeks": 12}),
    ]
    assert calls("Build an 8-week training plan for the marathon, and another for the triathlon.", PLAN) == [
        ("training_plan", {"race": "marathon", "weeks": 8}),
        ("training_plan", {"race": "triathlon", "weeks": 8}),
    ]
    # "one" as a number is no pronoun
    assert calls("Build a training plan for the marathon in one week.", PLAN) == [
        ("training_plan", {"race": "marathon", "weeks": 1})
    ]
