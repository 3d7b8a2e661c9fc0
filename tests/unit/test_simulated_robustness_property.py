"""Robustness of the simulated model, as properties: any tools, any request, a valid answer or none.

Every lab attendee sends tools of their own, so the simulator must never fail on a tool or a request it
has not seen. For generated tool sets (1-4 tools, names and descriptions from a word list, parameters of
every JSON-schema type the Converse API allows: strings with formats and examples, integers and numbers
with bounds, booleans, enums, arrays of scalars and of objects, nested objects, required and optional)
and requests built from a grammar (several sentences, series "A, B and C", numbers with units, quoted
strings, pronouns, ranges, parentheses, dates, list values, questions, imperatives, chit-chat), with
earlier turns whose tool results hold nested lists, the simulator

(a) raises nothing;
(b) calls only tools it was offered;
(c) sends every call with an input that validates against that tool's JSON schema (`jsonschema`);
(d) answers the same request the same way twice.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_simulated_arguments_property import CHOICES, NOUNS, VALUES, VERBS

from agentkit.local.simulated import SimulatedModel

MODEL = SimulatedModel()
SETTINGS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

UNITS = ["meters", "km", "kg", "grams", "hours", "minutes", "seconds", "miles", "liters", "degrees", "%"]
DATES = ["2024-03-15", "March 3, 2024", "tomorrow", "next Monday", "15 August 2023", "2031-04-02"]
CHAT = ["Hello there.", "Thanks!", "I hope you are well.", "That would be great.", "Cheers", "ok"]
PRONOUNS = ["it", "them", "those", "both", "these", "both of them", "that one"]
FORMATS = [
    "",
    " in YYYY-MM-DD format",
    " in meters",
    ", e.g. 'Orion'",
    " (e.g. 'km')",
    ". Default is 5",
    ", for example 42",
    " in the format 'HH:MM'",
    ", defaults to today",
    " as a list of names",
]


# -- tools -------------------------------------------------------------------------------------------


def _describe(draw: st.DrawFn, words: list[str]) -> str:
    return f"The {' '.join(words)}{draw(st.sampled_from(FORMATS))}."


def _scalar(draw: st.DrawFn, words: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean", "enum", "int_enum", "date"]))
    if kind == "enum":
        spec: dict[str, Any] = {
            "type": "string",
            "enum": draw(st.lists(st.sampled_from(CHOICES), min_size=1, max_size=4, unique=True)),
        }
    elif kind == "int_enum":
        spec = {
            "type": "integer",
            "enum": draw(st.lists(st.integers(1, 12), min_size=1, max_size=4, unique=True)),
        }
    elif kind == "date":
        spec = {"type": "string", "format": "date"}
    else:
        spec = {"type": kind}
    if kind in ("integer", "number") and draw(st.booleans()):
        low = draw(st.integers(0, 50))
        exclusive = draw(st.integers(0, 3)) == 0
        spec["exclusiveMinimum" if exclusive else "minimum"] = low
        if draw(st.booleans()):
            spec["exclusiveMaximum" if exclusive else "maximum"] = low + draw(st.integers(2, 500))
    if kind == "string" and draw(st.integers(0, 4)) == 0:
        spec["maxLength"] = draw(st.integers(3, 20))
    if draw(st.integers(0, 3)) == 0 or draw(st.booleans()):
        spec["description"] = _describe(draw, words)
    return spec


def _schema(draw: st.DrawFn, words: list[str], depth: int) -> dict[str, Any]:
    shape = draw(st.sampled_from(["scalar"] * 5 + (["array", "objects", "object"] if depth < 2 else [])))
    if shape == "scalar":
        spec = _scalar(draw, words)
        wrap = draw(st.integers(0, 7))
        if wrap == 0:  # nullable, as Pydantic writes an Optional field
            return {"anyOf": [spec, {"type": "null"}], "description": spec.pop("description", "")}
        if wrap == 1 and "enum" not in spec:
            return {**spec, "type": [spec["type"], "null"]}
        return spec
    if shape == "array":
        spec = {"type": "array", "items": _scalar(draw, words)}
        if draw(st.booleans()):
            spec["minItems"] = draw(st.integers(1, 2))
        if draw(st.booleans()):
            spec["maxItems"] = spec.get("minItems", 1) + draw(st.integers(0, 2))
    elif shape == "objects":
        spec = {"type": "array", "items": _object(draw, words, depth + 1)}
    else:
        spec = _object(draw, words, depth + 1)
    spec["description"] = _describe(draw, words)
    return spec


def _object(draw: st.DrawFn, words: list[str], depth: int) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(NOUNS), min_size=1, max_size=3, unique=True))
    properties = {name: _schema(draw, [name], depth) for name in names}
    required = [n for n in names if draw(st.booleans())]
    spec: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        spec["required"] = required
    if draw(st.booleans()):
        spec["additionalProperties"] = False
    return spec


@st.composite
def tool_sets(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(1, 4))
    verbs = ["get", "find", "calculate", "search", "book", "list", "convert", "send"]
    tools: list[dict[str, Any]] = []
    names: set[str] = set()
    for _ in range(count):
        words = draw(st.lists(st.sampled_from(NOUNS), min_size=1, max_size=2, unique=True))
        name = "_".join([draw(st.sampled_from(verbs)), *words])
        if name in names:
            continue
        names.add(name)
        parameters = draw(st.lists(st.sampled_from(NOUNS), min_size=0, max_size=4, unique=True))
        properties: dict[str, Any] = {}
        for parameter in parameters:
            pwords = [parameter] if draw(st.booleans()) else [parameter, draw(st.sampled_from(NOUNS))]
            key = "_".join(dict.fromkeys(pwords))
            properties[key] = _schema(draw, pwords, 0)
        required = [p for p in properties if draw(st.booleans())]
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required or draw(st.booleans()):
            schema["required"] = required
        objects = [k for k, v in properties.items() if v.get("type") == "object"]
        if objects and draw(st.booleans()):  # a nested model by reference, as Pydantic writes it
            schema["$defs"] = {"Part": properties[objects[0]]}
            properties[objects[0]] = {"$ref": "#/$defs/Part"}
        tools.append(
            {
                "toolSpec": {
                    "name": name,
                    "description": f"{name.split('_')[0].title()} the {' '.join(words)} for a request.",
                    "inputSchema": {"json": schema},
                }
            }
        )
    return tools


# -- requests ----------------------------------------------------------------------------------------


def _words_of(tools: list[dict[str, Any]]) -> list[str]:
    words: list[str] = []
    for tool in tools:
        spec = tool["toolSpec"]
        words += spec["name"].split("_")[1:]
        for key in spec["inputSchema"]["json"]["properties"]:
            words += key.split("_")
    return list(dict.fromkeys(words)) or NOUNS[:3]


def _value(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 11))
    if kind == 0:
        return str(draw(st.integers(0, 5000)))
    if kind == 1:
        return f"{draw(st.integers(1, 999))}.{draw(st.integers(1, 99))}"
    if kind == 2:
        return f"{draw(st.integers(1, 500))} {draw(st.sampled_from(UNITS))}"
    if kind == 3:
        return f"'{draw(st.sampled_from(VALUES))}'"
    if kind == 4:
        return draw(st.sampled_from(VALUES))
    if kind == 5:
        return draw(st.sampled_from(DATES))
    if kind == 6:
        return draw(st.sampled_from(CHOICES))
    if kind == 7:
        items = draw(st.lists(st.integers(0, 99), min_size=1, max_size=4))
        return "[" + ", ".join(map(str, items)) + "]"
    if kind == 8:
        items = draw(st.lists(st.sampled_from(VALUES), min_size=1, max_size=3))
        return "[" + ", ".join(f"'{v}'" for v in items) + "]"
    if kind == 9:
        return f"${draw(st.integers(1, 9999))}"
    if kind == 10:
        return f"({draw(st.sampled_from(VALUES))})"
    return draw(st.sampled_from(["true", "false", "yes", "no", "none"]))


def _series(draw: st.DrawFn) -> str:
    members = [_value(draw) for _ in range(draw(st.integers(2, 4)))]
    return ", ".join(members[:-1]) + draw(st.sampled_from([" and ", ", and ", " or "])) + members[-1]


def _phrase(draw: st.DrawFn, words: list[str]) -> str:
    word = draw(st.sampled_from(words))
    other = draw(st.sampled_from(words))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return f"{word} {_value(draw)}"
    if kind == 1:
        return f"the {word} of {_value(draw)}"
    if kind == 2:
        return f"{word} {_series(draw)}"
    if kind == 3:
        a = draw(st.integers(0, 2030))
        return f"{word} from {a} to {a + draw(st.integers(1, 8))}"
    if kind == 4:
        return f"{word} between {_value(draw)} and {_value(draw)}"
    if kind == 5:
        return f"{word} is {_value(draw)} and {other} is {_value(draw)}"
    if kind == 6:
        return f"the {word} {other} in {draw(st.sampled_from(VALUES))}"
    if kind == 7:
        return f"{word} ({_value(draw)}, {_value(draw)})"
    if kind == 8:
        return f"{word}: {_value(draw)}"
    return f"{word} {other} for {draw(st.sampled_from(PRONOUNS))}"


def _sentence(draw: st.DrawFn, words: list[str]) -> str:
    kind = draw(st.integers(0, 7))
    phrase = _phrase(draw, words)
    word = draw(st.sampled_from(words))
    if kind == 0:
        return f"{draw(st.sampled_from(VERBS))} the {word} with {phrase}."
    if kind == 1:
        return f"What is the {word} for {phrase}?"
    if kind == 2:
        return f"Can you {draw(st.sampled_from(VERBS)).lower()} {phrase} and then {phrase}?"
    if kind == 3:
        return f"Do the same for {draw(st.sampled_from(PRONOUNS))}, {phrase}."
    if kind == 4:
        return draw(st.sampled_from(CHAT))
    if kind == 5:
        verb, pronoun = draw(st.sampled_from(VERBS)), draw(st.sampled_from(PRONOUNS))
        return f"I have {_series(draw)} {word}s. {verb} {pronoun}."
    if kind == 6:
        return f"Also, {phrase}, then {word} {_value(draw)} on {draw(st.sampled_from(DATES))}."
    return f"How many {word} are in {phrase}?"


def _request(draw: st.DrawFn, words: list[str]) -> str:
    return " ".join(_sentence(draw, words) for _ in range(draw(st.integers(1, 4))))


def _result(draw: st.DrawFn) -> Any:
    leaf = st.one_of(
        st.integers(-100, 5000),
        st.sampled_from(VALUES),
        st.booleans(),
        st.none(),
        st.floats(0, 100, width=32),
    )
    return draw(
        st.recursive(
            leaf,
            lambda inner: st.one_of(
                st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(NOUNS), inner, max_size=3)
            ),
            max_leaves=8,
        )
    )


@st.composite
def conversations(draw: st.DrawFn) -> dict[str, Any]:
    tools = draw(tool_sets())
    words = _words_of(tools)
    messages: list[dict[str, Any]] = []
    for turn in range(draw(st.integers(0, 2))):  # earlier turns, each a call and its result
        tool = draw(st.sampled_from(tools))["toolSpec"]
        keys = list(tool["inputSchema"]["json"]["properties"])
        args = {k: json.loads(json.dumps(_result(draw))) for k in keys if draw(st.booleans())}
        result = _result(draw)
        block = {"json": result if isinstance(result, dict) else {"result": result}}
        if draw(st.booleans()):
            block = {"text": json.dumps(result)}
        messages += [
            {"role": "user", "content": [{"text": _request(draw, words)}]},
            {
                "role": "assistant",
                "content": [{"toolUse": {"toolUseId": f"t{turn}", "name": tool["name"], "input": args}}],
            },
            {"role": "user", "content": [{"toolResult": {"toolUseId": f"t{turn}", "content": [block]}}]},
            {"role": "assistant", "content": [{"text": draw(st.sampled_from(CHAT))}]},
        ]
    messages.append({"role": "user", "content": [{"text": _request(draw, words)}]})
    return {"messages": messages, "toolConfig": {"tools": tools}}


# -- the properties ----------------------------------------------------------------------------------


def _check(request: dict[str, Any]) -> list[dict[str, Any]]:
    """(a)-(d) for one request; the tool uses it made."""
    response = MODEL.converse(request)
    assert MODEL.converse(request) == response, "not deterministic"
    schemas = {
        t["toolSpec"]["name"]: t["toolSpec"]["inputSchema"]["json"] for t in request["toolConfig"]["tools"]
    }
    uses = [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]
    for use in uses:
        assert use["name"] in schemas, use["name"]
        errors = [e.message for e in Draft202012Validator(schemas[use["name"]]).iter_errors(use["input"])]
        assert not errors, (use["name"], use["input"], errors)
    return uses


@SETTINGS
@given(request=conversations(), data=st.data())
def test_property_any_tools_any_request_valid_calls_then_valid_calls_after_their_results(
    request: dict[str, Any], data: st.DataObject
) -> None:
    """(a)-(d) for the request; then its calls answered (results with nested lists), for the next response."""
    uses = _check(request)
    if not uses:
        return
    results = [
        {"toolResult": {"toolUseId": u["toolUseId"], "content": [{"json": {"result": _result(data.draw)}}]}}
        for u in uses
    ]
    messages = [
        *request["messages"],
        {"role": "assistant", "content": [{"toolUse": u} for u in uses]},
        {"role": "user", "content": results},
    ]
    _check({**request, "messages": messages})


@SETTINGS
@given(request=conversations(), data=st.data())
def test_property_a_forced_tool_is_called_with_a_valid_input(
    request: dict[str, Any], data: st.DataObject
) -> None:
    """`toolChoice` "any" or one named tool: the call the caller forces is made, and still validates."""
    tools = request["toolConfig"]["tools"]
    name = data.draw(st.sampled_from([t["toolSpec"]["name"] for t in tools]))
    choice = data.draw(st.sampled_from([{"any": {}}, {"tool": {"name": name}}]))
    uses = _check({**request, "toolConfig": {"tools": tools, "toolChoice": choice}})
    assert uses, "a forced tool choice made no call"
