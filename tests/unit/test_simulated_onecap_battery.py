"""A battery for names whose last word is one capital letter, a short numeral or a Roman numeral.

Names and terms in every domain end so: a league ("Serie A"), a musical key ("D minor", "F major"), a vitamin
("Vitamin C"), a disease ("Hepatitis B", "Type 2 diabetes"), a car ("Model S"), a storm ("Category 5"), a war
or a king ("World War II", "Louis XIV"), a channel ("Channel 4"). A careful small model keeps such a name whole.
It also leaves a one-letter word alone where it is no part of a name: "I want a table", "grade A eggs" for a
grade parameter, "Is A or B bigger", a list "A, B and C". Each row: a request, its tools (of my own wording),
and the calls a careful model makes, checked order-free.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params, strs
from test_simulated_parallel_style_battery import c, matched

STANDINGS = fn(
    "get_league_standings",
    "Get the table of a football league for a season.",
    {"league": (STR, "The name of the league."), "season": (INT, "The season's starting year.")},
    ["league"],
)
CHORD = fn(
    "get_chord_notes",
    "List the notes of a chord.",
    {"chord": (STR, "The chord, e.g. 'E major'.")},
    ["chord"],
)
SCALE = fn(
    "get_scale",
    "Get the notes of a musical scale in a key.",
    {"key": (STR, "The key of the scale.")},
    ["key"],
)
NUTRIENT = fn(
    "get_nutrient_sources",
    "List foods rich in a nutrient.",
    {"nutrient": (STR, "The nutrient's name."), "limit": (INT, "How many foods to list. Default 10.")},
    ["nutrient"],
)
DISEASE = fn(
    "get_disease_info",
    "Get the symptoms and treatment of a disease.",
    {"disease": (STR, "The disease's name.")},
    ["disease"],
)
CAR = fn(
    "get_car_specs",
    "Get the specifications of a car model.",
    {"make": (STR, "The manufacturer."), "model": (STR, "The model's name.")},
    ["make", "model"],
)
WAR = fn(
    "get_event_summary",
    "Summarise a historical event.",
    {"event": (STR, "The name of the event.")},
    ["event"],
)
RULER = fn(
    "get_ruler_biography",
    "Get the biography of a monarch.",
    {"monarch": (STR, "The monarch's name, with regnal number.")},
    ["monarch"],
)
TV = fn(
    "get_tv_schedule",
    "Get the schedule of a TV channel for a day.",
    {"channel": (STR, "The channel's name."), "date": (STR, "The day, YYYY-MM-DD. Default today.")},
    ["channel"],
)
RESERVE = fn(
    "reserve_table",
    "Book a table at a restaurant.",
    {"restaurant": (STR, "The restaurant."), "party_size": (INT, "How many people.")},
    ["restaurant", "party_size"],
)
EGGS = fn(
    "find_eggs",
    "Find eggs for sale by grade and size.",
    {"grade": (STR, "The egg grade, e.g. 'AA'."), "size": (STR, "The size, e.g. 'large'.")},
    ["grade"],
)
COMPARE = fn(
    "compare_numbers",
    "Say which of two numbers is bigger.",
    {"a": (NUM, "The first number."), "b": (NUM, "The second number.")},
    ["a", "b"],
)
TEAMS = fn(
    "split_into_groups",
    "Split the players among named groups.",
    {"groups": strs("The names of the groups."), "players": (INT, "How many players.")},
    ["groups", "players"],
)
STORM = fn(
    "count_hurricanes",
    "Count the hurricanes of a category that reached land in a year.",
    {"category": (STR, "The storm category."), "year": (INT, "The year.")},
    ["category", "year"],
)
RACE = fn(
    "get_race_calendar",
    "Get the race calendar of a motorsport series for a year.",
    {"series": (STR, "The racing series."), "year": (INT, "The year.")},
    ["series", "year"],
)
RENT = fn(
    "find_housing",
    "Find rental housing in a city, optionally under a housing programme.",
    {"city": (STR, "The city."), "program": (STR, "The housing programme, if any.")},
    ["city"],
)
PLAN = fn(
    "describe_plan",
    "Describe a named contingency plan from the company handbook.",
    {"plan": (STR, "The plan's name.")},
    ["plan"],
)
VIT_LIST = fn(
    "get_vitamin_doses",
    "Get the daily doses of several vitamins.",
    {"vitamins": strs("The vitamins.")},
    ["vitamins"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- sports: a league ending in a capital letter
    (
        "Show me the Serie B standings for 2022.",
        [STANDINGS],
        [c("get_league_standings", league="Serie B", season=2022)],
    ),
    (
        "What does the League A standings look like this season?",
        [STANDINGS],
        [c("get_league_standings", league="League A", season=OMIT)],
    ),
    # ---- music: a note letter before major/minor, or a key name
    ("Which notes are in an A minor chord?", [CHORD], [c("get_chord_notes", chord="A minor")]),
    ("Give me the notes of a G major chord.", [CHORD], [c("get_chord_notes", chord="G major")]),
    ("Get the notes of the E flat major scale.", [SCALE], [c("get_scale", key="E flat major")]),
    ("For my piano lesson, get the notes of the C major scale.", [SCALE], [c("get_scale", key="C major")]),
    (
        "On guitar, show the B flat minor scale.",
        [
            fn(
                "get_guitar_scale",
                "Show how to play a scale on guitar.",
                {
                    "note": (STR, "The scale's root note."),
                    "mode": (STR, "The mode.", {"enum": ["major", "minor", "dorian"]}),
                },
                ["note", "mode"],
            )
        ],
        [c("get_guitar_scale", note=["B flat", "Bb"], mode="minor")],
    ),
    # ---- nutrition: a vitamin letter
    (
        "Which foods are rich in Vitamin C?",
        [NUTRIENT],
        [c("get_nutrient_sources", nutrient="Vitamin C", limit=OMIT)],
    ),
    (
        "List 5 foods high in vitamin D.",
        [NUTRIENT],
        [c("get_nutrient_sources", nutrient=["vitamin D", "Vitamin D"], limit=5)],
    ),
    # ---- health: a disease ending in a letter or numeral
    (
        "Get the symptoms and treatment of Hepatitis B.",
        [DISEASE],
        [c("get_disease_info", disease="Hepatitis B")],
    ),
    (
        "What are the symptoms of Type 2 diabetes?",
        [DISEASE],
        [c("get_disease_info", disease=["Type 2 diabetes", "type 2 diabetes"])],
    ),
    # ---- cars: a model's one-letter name
    ("Get the specs of the Tesla Model S.", [CAR], [c("get_car_specs", make="Tesla", model="Model S")]),
    ("Show the specifications of the BMW X5.", [CAR], [c("get_car_specs", make="BMW", model="X5")]),
    # ---- history: Roman numerals after a capitalised name
    ("Summarise World War II for me.", [WAR], [c("get_event_summary", event="World War II")]),
    ("Give me a summary of World War I.", [WAR], [c("get_event_summary", event="World War I")]),
    ("Who was Louis XIV? Get his biography.", [RULER], [c("get_ruler_biography", monarch="Louis XIV")]),
    ("Find the biography of Henry VIII.", [RULER], [c("get_ruler_biography", monarch="Henry VIII")]),
    # ---- TV: a channel with a numeral
    (
        "Get the TV schedule of Channel 4 for today.",
        [TV],
        [c("get_tv_schedule", channel="Channel 4", date=OMIT)],
    ),
    (
        "Show the schedule of BBC One for 2024-05-01.",
        [TV],
        [c("get_tv_schedule", channel="BBC One", date="2024-05-01")],
    ),
    # ---- weather: a storm category
    (
        "How many Category 5 hurricanes made landfall in 2005?",
        [STORM],
        [c("count_hurricanes", category=["Category 5", "5"], year=2005)],
    ),
    # ---- motorsport: a series with a numeral
    (
        "Get the Formula 1 race calendar for 2024.",
        [RACE],
        [c("get_race_calendar", series="Formula 1", year=2024)],
    ),
    ("Get the Formula E calendar for 2023.", [RACE], [c("get_race_calendar", series="Formula E", year=2023)]),
    # ---- housing: a programme with a numeral
    (
        "Find Section 8 housing in Denver.",
        [RENT],
        [c("find_housing", city="Denver", program="Section 8")],
    ),
    # ---- business: a plan with a letter
    ("Describe Plan B from the handbook.", [PLAN], [c("describe_plan", plan="Plan B")]),
    # ---- one-letter words that are no part of a name
    (
        "I want a table for 4 at Luigi's.",
        [RESERVE],
        [c("reserve_table", restaurant="Luigi's", party_size=4)],
    ),
    ("Find grade A eggs, large.", [EGGS], [c("find_eggs", grade="A", size=["large", OMIT])]),
    ("Which number is bigger, A or B? Take a = 7 and b = 9.", [COMPARE], [c("compare_numbers", a=7, b=9)]),
    (
        "Split 12 players into groups A, B and C.",
        [TEAMS],
        [c("split_into_groups", groups=[["A", "B", "C"]], players=12)],
    ),
    (
        "What are the daily doses of vitamins A, D and E?",
        [VIT_LIST],
        [c("get_vitamin_doses", vitamins=[["A", "D", "E"], ["vitamin A", "vitamin D", "vitamin E"]])],
    ),
    # ---- a numeral that is a value, not part of a name
    (
        "How many category 4 hurricanes reached land in 2017?",
        [STORM],
        [c("count_hurricanes", category=["Category 4", "4"], year=2017)],
    ),
]

KEY = "value: a note letter and its mode ('D minor') are not read as one key yet"

GAPS: dict[str, str] = {
    # a musical key (a note letter, an accidental, 'major'/'minor') as one name: a rule for it was written and
    # taken back, since it lost two held-back BFCL cases and gained no even case
    "Which notes are in an A minor chord?": KEY,
    "Give me the notes of a G major chord.": KEY,
    "Get the notes of the E flat major scale.": KEY,
    "For my piano lesson, get the notes of th": KEY,
    "What does the League A standings": "no call: a name holding the parameter's own word ('League A' for "
    "`league`) is not taken as its value",
    "On guitar, show the B flat minor scale": "value: the note 'B flat' has no evidence for `note` (no "
    "example in its description), the whole clause is taken",
    "List 5 foods high in vitamin D": "value: a lower-case noun before a capital letter ('vitamin D') is cut",
    "Get the specs of the Tesla Model S": "value: one name 'Tesla Model S' is not split into make and model",
    "Get the TV schedule of Channel 4": "value: the channel is '4', the name 'Channel 4' is not chosen",
    "Find Section 8 housing": "value: the programme 'Section 8' before the noun it modifies is left out",
    "Find grade A eggs": "no call: 'grade A' (a lower-case noun before a capital letter) gives no grade",
    "Split 12 players into groups A, B and C": "value: the list's first letter is lost after its noun",
    "What are the daily doses of vitamins A, D": "value: the list's first letter is lost after its noun",
    "How many category 4 hurricanes": "value: 'category 4' is read as '4 hurricanes', a count",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_name_ending_in_one_capital_stays_whole(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_five_requests() -> None:
    assert len(ROWS) >= 25


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Then in Paris I saw the tomb of Louis I.", ["Paris", "Louis I"]),
        ("Tell Maria I said hi.", ["Maria"]),
        ("What was World War I like?", ["World War I"]),
        ("Is Plan A cheaper than Plan B?", ["Plan A", "Plan B"]),
        ("Play Girl With A Pearl Earring.", ["Girl With A Pearl Earring"]),
    ],
)
def test_a_capital_a_or_i_ends_a_name_only_where_no_article_or_pronoun_fits(text: str, names: list) -> None:
    from agentkit.local.simulated.mentions import read

    assert [m.value for m in read(text).mentions if m.kind == "name"] == names
