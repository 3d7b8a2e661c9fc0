"""Calls held to their tool's schema: cases the robustness property found
(`test_simulated_robustness_property`).

Each request made the simulator send a call the tool's own JSON schema rejects; a careful caller writes
the value as the schema types it, leaves an optional value out, or asks for a required one.
"""

from __future__ import annotations

from typing import Any

from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.values import valid

MODEL = SimulatedModel()


def _tool(name: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    words = name.split("_")
    schema = {"type": "object", "properties": properties, "required": required}
    return {
        "toolSpec": {
            "name": name,
            "description": f"{words[0].title()} the {' '.join(words[1:])}.",
            "inputSchema": {"json": schema},
        }
    }


def _inputs(tool: dict[str, Any], text: str) -> list[dict[str, Any]]:
    response = MODEL.converse(
        {"messages": [{"role": "user", "content": [{"text": text}]}], "toolConfig": {"tools": [tool]}}
    )
    return [b["toolUse"]["input"] for b in response["output"]["message"]["content"] if "toolUse" in b]


def test_a_written_list_of_numbers_for_a_list_of_strings_is_written_as_strings() -> None:
    labels = {"type": "array", "items": {"type": "string"}, "description": "The mirror labels."}
    tool = _tool("get_willow", {"mirror": labels}, ["mirror"])
    assert _inputs(tool, "Get the willow with mirror [46, 47, 45] and Perseus.") == [
        {"mirror": ["46", "47", "45"]}
    ]


def test_a_list_of_numbers_is_no_list_of_objects() -> None:
    cabins = {"type": "object", "properties": {"cabin": {"type": "string"}}, "required": ["cabin"]}
    tool = _tool("get_paddle", {"shelter": {"type": "array", "items": cabins}}, ["shelter"])
    assert _inputs(tool, "Get the paddle with shelter [17, 35, 24].") == []  # it asks for the shelters


def test_a_list_of_names_is_no_list_of_numbers() -> None:
    numbers = {"type": "array", "items": {"type": "integer"}, "description": "The numbers to add."}
    tool = _tool("sum_numbers", {"numbers": numbers}, ["numbers"])
    assert _inputs(tool, "Sum the numbers ['Vega', 'Orion'].") == []


def test_a_stated_default_the_enum_lacks_is_no_value() -> None:
    quarry = {"type": "string", "enum": ["bright", "rapid"], "description": "The quarry. Default is 5."}
    tool = _tool("find_ledger", {"quarry": quarry, "account": {"type": "string"}}, ["quarry", "account"])
    assert _inputs(tool, "Find the ledger for account Vega.") == []  # it asks for the quarry, no '5'


def test_a_stated_default_an_integer_enum_lacks_is_no_value() -> None:
    kettle = {"type": "integer", "enum": [1, 2], "description": "The kettle. Default is 5."}
    tool = _tool("send_tunnel", {"kettle": kettle, "route": {"type": "string"}}, ["kettle", "route"])
    assert _inputs(tool, "Send the tunnel on route Orion.") == []


def test_a_stated_default_among_the_options_is_written_as_the_enum_spells_it() -> None:
    mode = {"type": "string", "enum": ["Fast", "Slow"], "description": "The mode. Default is fast."}
    tool = _tool("send_tunnel", {"mode": mode, "route": {"type": "string"}}, ["mode", "route"])
    assert _inputs(tool, "Send the tunnel on route Orion.") == [{"mode": "Fast", "route": "Orion"}]


def test_a_fanned_out_list_too_short_for_the_schema_makes_no_call() -> None:
    numbers = {"type": "array", "items": {"type": "integer"}, "minItems": 2, "description": "The numbers."}
    tool = _tool("sum_numbers", {"numbers": numbers}, ["numbers"])
    assert _inputs(tool, "Sum the numbers [3, 4] and [5].") == [{"numbers": [3, 4]}]


def test_valid_reads_the_schema_keywords_a_tool_checks() -> None:
    spec = {
        "type": "object",
        "properties": {
            "n": {"type": "integer", "exclusiveMinimum": 0},
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
            "part": {"$ref": "#/$defs/Part"},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["n"],
        "additionalProperties": False,
        "$defs": {"Part": {"type": "object", "properties": {"x": {"type": "number"}}, "required": ["x"]}},
    }
    assert valid({"n": 1, "tags": ["a"], "part": {"x": 2.5}, "note": None}, spec, spec)
    assert not valid({"n": 0}, spec, spec)
    assert not valid({"n": True}, spec, spec)  # JSON keeps true apart from 1
    assert not valid({"n": 1, "tags": ["a", "b", "c"]}, spec, spec)
    assert not valid({"n": 1, "part": {}}, spec, spec)
    assert not valid({"n": 1, "extra": 1}, spec, spec)
    assert not valid({"tags": []}, spec, spec)
