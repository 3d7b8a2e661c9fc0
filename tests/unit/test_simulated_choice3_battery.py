"""A battery of requests that name a tool's task by the form of the question, not by the tool's words.

Written for this round in other domains and other wording than the rows that showed the gap: "what does
X mean" / "the meaning of X" asks for a definition; "where can I stay" / "a place to stay" for lodging;
"where can I eat" / "places to eat" for a restaurant; "when do … play next" / "the next match" for a
team's upcoming games; and a clause that asks for the very thing a tool's description opens by giving
("Get the **symptoms** of a condition") names that tool as its name would. A *call* row offers the tool
that gives that kind of answer; a *none* row asks in the same form for something no offered tool gives
(a tool near in words, not in task), and the careful answer is no call.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, fn

VOCAB = fn("vocab_lookup", "Returns the definition of a term.", {"term": (STR, "The term.")}, ["term"])
ECON = fn(
    "econ_glossary_entry",
    "Find the definition of an economics term.",
    {"term": (STR, "The economics term.")},
    ["term"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate a text into another language.",
    {"text": (STR, "The text."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
LODGING = fn(
    "lodging_search",
    "Search lodging options near a place.",
    {"location": (STR, "Where to look.")},
    ["location"],
)
ACCOMMODATION = fn(
    "accommodation_finder",
    "Find accommodation in a city.",
    {"city": (STR, "The city."), "nights": (INT, "How many nights.")},
    ["city"],
)
DINING = fn(
    "dining_search",
    "Search dining options in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
RESTAURANTS = fn(
    "restaurant_finder",
    "Find restaurants in a town.",
    {"town": (STR, "The town.")},
    ["town"],
)
BASEBALL = fn(
    "baseball_schedule",
    "Get the upcoming games of a baseball team.",
    {"team": (STR, "The team.")},
    ["team"],
)
CLUB = fn(
    "club_fixtures",
    "List the upcoming fixtures of a football club.",
    {"club": (STR, "The club.")},
    ["club"],
)
HOCKEY = fn(
    "hockey_calendar",
    "Fetch the schedule of an ice hockey team.",
    {"team": (STR, "The team.")},
    ["team"],
)
SYMPTOMS = fn(
    "medical_condition_info",
    "Get the symptoms of a medical condition.",
    {"condition": (STR, "The condition.")},
    ["condition"],
)
LYRICS = fn(
    "music_text_fetch",
    "Retrieve the lyrics of a song.",
    {"song": (STR, "The song title.")},
    ["song"],
)
HABITAT = fn(
    "species_profile",
    "Look up the habitat of an animal species.",
    {"species": (STR, "The species.")},
    ["species"],
)
WEATHER = fn(
    "weather_now",
    "Get the current weather in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)

CALLS: list[tuple[str, list[dict], str, dict]] = [
    # "what does X mean", "the meaning of X", "what is meant by X": a definition
    ("What does 'serendipity' mean?", [VOCAB], "vocab_lookup", {"term": "serendipity"}),
    ("What is meant by 'opportunity cost'?", [ECON, TRANSLATE], "econ_glossary_entry", {}),
    ("What's the meaning of the word 'laconic'?", [TRANSLATE, VOCAB], "vocab_lookup", {}),
    # a place to stay: lodging
    ("Is there somewhere to stay near Lake Bled?", [LODGING], "lodging_search", {}),
    (
        "We need a place to stay in Hobart for two nights.",
        [DINING, ACCOMMODATION],
        "accommodation_finder",
        {},
    ),
    ("Where should we stay in Seville?", [ACCOMMODATION], "accommodation_finder", {"city": "Seville"}),
    # a place to eat: a restaurant
    ("Any good places to eat in Ghent?", [RESTAURANTS], "restaurant_finder", {"town": "Ghent"}),
    ("Where can we eat in Bergen tonight?", [ACCOMMODATION, DINING], "dining_search", {"city": "Bergen"}),
    ("I'm looking for somewhere to eat in Arles.", [RESTAURANTS], "restaurant_finder", {"town": "Arles"}),
    # when a team plays next: its upcoming games
    ("When do the Chicago Cubs play next?", [BASEBALL], "baseball_schedule", {"team": "Chicago Cubs"}),
    ("When is Real Madrid's next match?", [WEATHER, CLUB], "club_fixtures", {}),
    ("When is the next game for the Seattle Kraken?", [HOCKEY], "hockey_calendar", {}),
    # asking for the thing the description opens by giving
    (
        "Give me the symptoms of chickenpox.",
        [SYMPTOMS],
        "medical_condition_info",
        {"condition": "chickenpox"},
    ),
    ("Give me the lyrics of 'Yellow'.", [LYRICS], "music_text_fetch", {}),
    ("What is the habitat of the axolotl?", [HABITAT], "species_profile", {}),
]

NONE: list[tuple[str, list[dict]]] = [
    ("Where can I stay in Kyoto for 3 nights?", [RESTAURANTS]),
    ("Any good places to eat in Ghent?", [ACCOMMODATION]),
    ("Where can I park near the Louvre?", [RESTAURANTS, LODGING]),
    ("When is the next train to Leeds?", [CLUB]),
    ("When does the next ferry leave for Skye?", [BASEBALL]),
    ("What does a kilo of saffron cost?", [VOCAB]),
    ("What did the senator mean by that remark last week?", [HOCKEY]),
    pytest.param(
        "What does the weather look like in Oslo?",
        [VOCAB],
        marks=pytest.mark.xfail(strict=True, reason="'look' is read as the name's 'lookup' (a related root)"),
    ),
    ("What does 'merci' mean?", [WEATHER]),
    ("Give me the causes of the French Revolution.", [SYMPTOMS]),
    ("Write me a song about the sea.", [LYRICS]),
    pytest.param(
        "When do the Chicago Cubs play next?",
        [LYRICS, WEATHER],
        marks=pytest.mark.xfail(
            strict=True, reason="closest_neighbour: weather is nearest in meaning to a team"
        ),
    ),
]


@pytest.mark.parametrize(("request_text", "tools", "name", "expected"), CALLS, ids=[r[0][:40] for r in CALLS])
def test_the_tool_the_question_form_asks_for(
    request_text: str, tools: list, name: str, expected: dict
) -> None:
    made = calls(request_text, *tools)
    assert [n for n, _ in made] == [name], made
    assert {k: made[0][1].get(k) for k in expected} == expected, made


@pytest.mark.parametrize(("request_text", "tools"), NONE)
def test_no_call_when_no_tool_gives_it(request_text: str, tools: list) -> None:
    assert calls(request_text, *tools) == []
