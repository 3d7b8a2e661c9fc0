"""Lab 01 · a unit-conversion tool: a Tool with enum units, correct numbers, validation, used by an agent."""

from __future__ import annotations

import math
from typing import Any

from agentkit.labs.report import LabReport, converse_client, model_id

CONVERSIONS = [
    (5, "km", "miles", 3.106856),
    (10, "miles", "km", 16.09344),
    (70, "kg", "pounds", 154.3236),
    (100, "pounds", "kg", 45.35924),
    (3, "km", "km", 3.0),
]


def check_lab01(convert_units: Any) -> LabReport:
    """The unit-conversion tool: a Tool with enum units, correct numbers, validation, used by an agent."""
    report = LabReport("Lab 01 · unit-conversion tool")
    if not report.add(
        "is an agentkit tool",
        hasattr(convert_units, "spec") and hasattr(convert_units, "run"),
        "decorate the function with @tool (from agentkit.tools import tool)",
    ):
        return report.raise_for_failures()
    schema = convert_units.spec["toolSpec"]["inputSchema"]["json"]
    properties = schema.get("properties", {})
    units = {"km", "miles", "kg", "pounds"}
    enums = [set(p.get("enum", [])) for p in properties.values()]
    report.add(
        "schema: value, from_unit, to_unit are required",
        {"value", "from_unit", "to_unit"} <= set(schema.get("required", [])),
        f"required parameters are {schema.get('required', [])}",
    )
    report.add(
        "schema: units are an enum the model can see",
        sum(units <= e for e in enums) >= 2,
        "type from_unit and to_unit as Literal['km', 'miles', 'kg', 'pounds'] so the schema lists them",
    )
    wrong = []
    for value, source, target, expected in CONVERSIONS:
        result = convert_units.run(
            {
                "toolUseId": "check",
                "name": "convert_units",
                "input": {"value": value, "from_unit": source, "to_unit": target},
            }
        )["toolResult"]
        got = _number(result)
        if result.get("status") == "error" or got is None or not math.isclose(got, expected, rel_tol=1e-3):
            wrong.append(f"{value} {source}→{target}: expected {expected:g}, got {_describe(result)}")
    report.add("conversions are correct", not wrong, "; ".join(wrong[:3]))
    refused = convert_units.run(
        {
            "toolUseId": "check",
            "name": "convert_units",
            "input": {"value": 1, "from_unit": "parsecs", "to_unit": "km"},
        }
    )["toolResult"]
    report.add(
        "an unknown unit is refused before the function runs",
        refused.get("status") == "error",
        "the units' Literal type makes validation refuse 'parsecs'",
    )
    mixed = convert_units.run(
        {
            "toolUseId": "check",
            "name": "convert_units",
            "input": {"value": 1, "from_unit": "km", "to_unit": "kg"},
        }
    )["toolResult"]
    report.add(
        "converting length to mass is an error the model can read",
        mixed.get("status") == "error",
        "raise ValueError (or ToolError) with a message when the units measure different things",
    )
    if report.passed:
        from agentkit.react import ReActAgent

        agent = ReActAgent([convert_units], model_id=model_id(), client=converse_client())
        trace = agent.run("Convert 5 km to miles")
        used = [a.tool for a in trace.tool_calls]
        report.add(
            "an agent uses it",
            used == [convert_units.name] and "3.1" in (trace.answer or ""),
            f"tools used: {used}; answer: {trace.answer}",
        )
    return report.raise_for_failures()


def _number(result: dict[str, Any]) -> float | None:
    for block in result.get("content", []):
        value = block.get("json", block.get("text"))
        if isinstance(value, dict) and len(value) == 1:
            value = next(iter(value.values()))
        try:
            return float(value)
        except (TypeError, ValueError):
            continue
    return None


def _describe(result: dict[str, Any]) -> str:
    content = result.get("content", [])
    text = content[0].get("text", content[0].get("json")) if content else None
    return f"{result.get('status')}: {text}"
