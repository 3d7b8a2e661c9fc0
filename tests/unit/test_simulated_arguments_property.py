"""Arguments by evidence, as a property: a value stated next to its parameter's words goes to it.

For generated tools (names and descriptions from a word list, typed parameters) and requests that state
each required value next to its parameter's words — in the ways people write it ("quantity 5",
"weight of 2.5", "label is 'Orion'", "star Vega", "mode: express") — the simulated model calls that tool once, with
exactly those values and nothing it was not told.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.local.simulated import SimulatedModel

MODEL = SimulatedModel()

NOUNS = """anchor basket beacon bridge cabin canyon cargo castle cellar channel crystal dune engine
falcon fossil garden glacier harbor helmet island kettle lantern ledger meadow mirror orchard paddle
pigeon quarry ribbon saddle shelter signal summit tunnel valley voyage wagon willow""".split()
"""Ordinary nouns: tool and parameter names are made of these (two lists never share a word)."""
VALUES = "Orion Vega Altair Rigel Lyra Cygnus Draco Hydra Perseus Andromeda".split()
CHOICES = "express standard economy bright muted rapid gentle".split()
VERBS = ["Get", "Find", "Show", "Look up", "Fetch"]
JOINS = ["{words} {value}", "{words} of {value}", "{words} is {value}", "{words}: {value}"]


@st.composite
def tool_and_request(draw: st.DrawFn) -> tuple[dict, str, dict]:
    words = draw(st.permutations(NOUNS))
    tool_words, words = words[:2], words[2:]
    count = draw(st.integers(1, 4))
    parameters: dict[str, dict] = {}
    expected: dict[str, object] = {}
    parts: list[str] = []
    values = iter(draw(st.permutations(VALUES)))
    for i in range(count):
        name_words = words[2 * i : 2 * i + draw(st.integers(1, 2))]
        name = "_".join(name_words)
        kind = draw(st.sampled_from(["integer", "number", "string", "enum"]))
        if kind == "integer":
            value = draw(st.integers(1, 9999))
            spec, shown = {"type": "integer"}, str(value)
        elif kind == "number":
            value = draw(st.integers(1, 999)) + draw(st.sampled_from([0.25, 0.5, 0.75]))
            spec, shown = {"type": "number"}, str(value)
        elif kind == "string":
            value = next(values)
            spec, shown = (
                {"type": "string"},
                draw(st.sampled_from([value, f"'{value}'"])),
            )  # a name, or quoted
        else:
            options = draw(st.lists(st.sampled_from(CHOICES), min_size=2, max_size=4, unique=True))
            value = draw(st.sampled_from(options))
            spec, shown = {"type": "string", "enum": options}, value
        spec["description"] = f"The {' '.join(name_words)} of the {' '.join(tool_words)}."
        parameters[name] = spec
        expected[name] = value
        parts.append(draw(st.sampled_from(JOINS)).format(words=" ".join(name_words), value=shown))
    name = "_".join(["get", *tool_words])
    spec = {
        "toolSpec": {
            "name": name,
            "description": f"Get the {' '.join(tool_words)} for a request.",
            "inputSchema": {
                "json": {"type": "object", "properties": parameters, "required": list(parameters)}
            },
        }
    }
    stated = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    request = f"{draw(st.sampled_from(VERBS))} the {' '.join(tool_words)} with {stated}."
    return spec, request, expected


@settings(max_examples=100, deadline=None)
@given(case=tool_and_request())
def test_property_values_go_to_the_parameter_named_next_to_them(case: tuple[dict, str, dict]) -> None:
    spec, request, expected = case
    response = MODEL.converse(
        {"messages": [{"role": "user", "content": [{"text": request}]}], "toolConfig": {"tools": [spec]}}
    )
    uses = [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]
    assert [u["name"] for u in uses] == [spec["toolSpec"]["name"]], request
    assert uses[0]["input"] == expected, request


@pytest.mark.parametrize("first, second", [("beacon", "cabin"), ("cabin", "fossil"), ("harbor", "amber")])
def test_two_options_joined_by_and_each_go_to_their_own_parameter(first: str, second: str) -> None:
    """Cases the property found: "beacon express and cabin standard", each parameter allowing both values, is two
    stated values — not one coordinated series of options (only a series in parentheses is read as that); also
    when the second name can be read as an adjective of the option after it ("cabin express and fossil
    standard": a parameter's name between two options labels the second, `OptionRules._another_name_between`)."""
    options = {"type": "string", "enum": ["standard", "express"]}
    spec = {
        "toolSpec": {
            "name": "get_anchor_basket",
            "description": "Get the anchor basket for a request.",
            "inputSchema": {
                "json": {
                    "type": "object",
                    "properties": {
                        first: {**options, "description": f"The {first} of the anchor basket."},
                        second: {**options, "description": f"The {second} of the anchor basket."},
                    },
                    "required": [first, second],
                }
            },
        }
    }
    request = f"Get the anchor basket with {first} express and {second} standard."
    response = MODEL.converse(
        {"messages": [{"role": "user", "content": [{"text": request}]}], "toolConfig": {"tools": [spec]}}
    )
    uses = [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]
    assert [u["input"] for u in uses] == [{first: "express", second: "standard"}]
