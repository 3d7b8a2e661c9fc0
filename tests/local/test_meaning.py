"""Word meanings for the local stand-ins (`agentkit.local.meaning`) and the simulated model's use of them.

The pairs are ordinary English, not any benchmark's or notebook's words: near-synonyms must come out
close, antonyms and unrelated words far, and a tool must be found by a request that names it only
by a synonym — while a word another offered tool names exactly stays that tool's.
"""

from __future__ import annotations

import pytest

from agentkit.local import meaning
from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.matching import Matcher, Tool

MODEL = SimulatedModel()


@pytest.mark.parametrize(
    ("a", "b"),
    [("film", "movie"), ("purchase", "buy"), ("automobile", "car"), ("lawyer", "attorney"), ("big", "large")],
)
def test_near_synonyms_are_synonyms(a: str, b: str) -> None:
    assert meaning.synonym(a, b)
    assert meaning.similarity(a, b) == pytest.approx(meaning.similarity(b, a))


@pytest.mark.parametrize(
    ("a", "b"), [("small", "large"), ("hot", "cold"), ("physician", "banana"), ("area", "volume")]
)
def test_antonyms_and_unrelated_words_are_not(a: str, b: str) -> None:
    assert not meaning.synonym(a, b)


def test_closest_names_the_nearest_candidate_and_is_deterministic() -> None:
    assert meaning.closest("automobile", ["banana", "car", "river"])[0] == "car"
    assert meaning.closest("automobile", []) == ("", 0.0)
    assert meaning.similarity("purchase", "buy") == meaning.similarity("purchase", "buy")


def spec(name: str, description: str, **properties: str) -> dict:
    schema = {
        "type": "object",
        "properties": {n: {"type": "string", "description": d} for n, d in properties.items()},
        "required": list(properties),
    }
    return {"toolSpec": {"name": name, "description": description, "inputSchema": {"json": schema}}}


def called(request: str, *tools: dict) -> list[str]:
    response = MODEL.converse(
        {"messages": [{"role": "user", "content": [{"text": request}]}], "toolConfig": {"tools": list(tools)}}
    )
    return [b["toolUse"]["name"] for b in response["output"]["message"]["content"] if "toolUse" in b]


MOVIES = spec("find_movies", "Find movies showing in a cinema.", city="The city")


def test_a_request_naming_the_tool_only_by_a_synonym_calls_it() -> None:
    """No word of "Which films are on in Leeds tonight?" has a root of `find_movies`: only meaning links
    "films" to "movies"."""
    assert called("Which films are on in Leeds tonight?", MOVIES) == ["find_movies"]
    assert called("What's a good recipe for soup?", MOVIES) == []
    assert (
        called("Which films are on in Leeds tonight?", spec("rent_car", "Rent a car.", city="The city")) == []
    )


def test_a_word_another_tool_names_exactly_is_not_a_loose_match_for_the_others() -> None:
    tools = [
        Tool.from_spec(
            spec("forecast_temperature", "Temperature forecast for a city.", city="The city")["toolSpec"]
        ),
        Tool.from_spec(spec("forecast_wind", "Wind forecast for a city.", city="The city")["toolSpec"]),
    ]
    wind = Matcher(tools).score("the temperature in Oslo", tools[1])
    assert "temperature" not in wind.matched


def test_the_score_says_which_tool_word_a_clause_word_was_read_as() -> None:
    tool = Tool.from_spec(MOVIES["toolSpec"])
    score = Matcher([tool]).score("films in Leeds", tool)
    assert score.meant["films"][0] == "movie"
    assert "films (≈movie" in score.explain()


HEIGHT = {
    "toolSpec": {
        "name": "peak_height",
        "description": "The highest point a ball thrown straight up reaches.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {"speed": {"type": "number", "description": "Launch speed in m/s"}},
                "required": ["speed"],
            }
        },
    }
}


def test_a_question_for_another_quantity_than_the_tool_gives_calls_nothing() -> None:
    """The request feeds the tool's input (a launch speed) but asks for something the tool does not
    give; asked for the tool's own quantity — or a synonym of it — it calls the tool."""
    assert called("What is the acceleration a ball thrown straight up at 5 m/s has?", HEIGHT) == []
    assert called("What is the highest point of a ball thrown straight up at 5 m/s?", HEIGHT) == [
        "peak_height"
    ]
    assert called("Calculate the peak of a ball thrown straight up at 5 m/s.", HEIGHT) == ["peak_height"]


def test_loading_the_model_leaves_logging_as_it_was() -> None:
    """wordllama configures the root logger on import; the kit must not let that reach notebooks."""
    import logging
    import subprocess
    import sys

    code = (
        "import logging; from agentkit.local import meaning; meaning.similarity('a', 'b'); "
        "root = logging.getLogger(); print(len(root.handlers), root.level)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", str(logging.WARNING)]


def test_a_tool_named_by_an_abbreviation_is_found_by_the_words_it_abbreviates() -> None:
    kpi = spec("compute_MPG", "Fuel economy of a car.", car="The car model")
    tool = Tool.from_spec(kpi["toolSpec"])
    assert "miles per gallon" in Matcher([tool]).score("the miles per gallon of a Honda Civic", tool).matched
    assert called("What is the miles per gallon of a Honda Civic?", kpi) == ["compute_MPG"]
    assert called("What is the price of a Honda Civic?", kpi) == []
