"""Lab 01 · a unit-conversion tool for the ReAct agent: length, mass and temperature, validated, used by an agent.

The checker never reuses the lab's examples. It draws fresh values and unit pairs on every run, converts
them with its own reference table, and calls the learner's tool the way a model does (`Tool.run`, so a
raised error counts as an answer to the model). Then a `ReActAgent` with the tool beside the calculator
and the clock is asked to convert fresh values, and the checker reads the trace: was the tool called with
those values and units, did it succeed, does the answer carry the number? Nothing depends on which model
answers or how it words its answer.
"""

from __future__ import annotations

import math
import random
import re
from typing import Any

from agentkit.labs.report import LabReport, converse_client, model_id

# What one unit is in the base unit of its dimension (metre, kilogram); temperatures are affine, below.
LINEAR = {
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "ft": ("length", 0.3048),
    "miles": ("length", 1609.344),
    "g": ("mass", 0.001),
    "kg": ("mass", 1.0),
    "oz": ("mass", 0.028349523125),
    "pounds": ("mass", 0.45359237),
}
# kelvin = value * scale + offset
TEMPERATURE = {"celsius": (1.0, 273.15), "fahrenheit": (5 / 9, 273.15 - 32 * 5 / 9), "kelvin": (1.0, 0.0)}
UNITS = [*LINEAR, *TEMPERATURE]
UNKNOWN_UNITS = ["parsecs", "stone", "furlongs", "rankine", "Km", "mile"]
# Pairs put to the agent as "Convert <value> <unit> to <unit>": the request names each unit as the enum does.
AGENT_PAIRS = [
    ("miles", "km"),
    ("kg", "pounds"),
    ("oz", "g"),
    ("m", "ft"),
    ("fahrenheit", "celsius"),
    ("celsius", "kelvin"),
]
CONVERSIONS = 24


def dimension(unit: str) -> str:
    return "temperature" if unit in TEMPERATURE else LINEAR[unit][0]


def reference(value: float, source: str, target: str) -> float:
    """The checker's own answer, from the constants above (independent of the learner's code)."""
    if dimension(source) == "temperature":
        scale, offset = TEMPERATURE[source]
        to_scale, to_offset = TEMPERATURE[target]
        return (value * scale + offset - to_offset) / to_scale
    return value * LINEAR[source][1] / LINEAR[target][1]


def fresh_value(rng: random.Random, unit: str, *, positive: bool = False) -> float:
    """A value a person might convert: positive for length and mass, above absolute zero (or, with
    `positive`, above zero) for temperature."""
    if dimension(unit) == "temperature":
        lowest = max(reference(0.0, "kelvin", unit), 0.0 if positive else -math.inf)
        return round(rng.uniform(lowest + 1, lowest + 600), rng.choice([0, 1, 2]))
    return round(rng.uniform(1, 5000), rng.choice([0, 1, 2, 3]))


def check_lab01(convert_units: Any, *, seed: int | None = None) -> LabReport:
    """`convert_units`: an agentkit tool converting `value` between `from_unit` and `to_unit` (length, mass,
    temperature). `seed` fixes the random draws (tests); left out, every run draws new values."""
    from agentkit.tools import Tool

    rng = random.Random(seed)
    report = LabReport("Lab 01 · a unit-conversion tool")
    if not report.add(
        "is an agentkit tool",
        isinstance(convert_units, Tool),
        ""
        if isinstance(convert_units, Tool)
        else "decorate the function with @tool (from agentkit.tools import tool)",
    ):
        return report.raise_for_failures()
    if not _check_schema(report, convert_units):
        return report.raise_for_failures()

    def call(value: Any, source: str, target: str) -> dict[str, Any]:
        tool_use = {"value": value, "from_unit": source, "to_unit": target}
        return convert_units.run(
            {"toolUseId": "tooluse_lab01", "name": convert_units.name, "input": tool_use}
        )["toolResult"]

    def wrong_conversions(pairs: list[tuple[str, str]]) -> list[str]:
        wrong = []
        for source, target in pairs:
            value = fresh_value(rng, source)
            expected = reference(value, source, target)
            result = call(value, source, target)
            got = _number(result)
            if result.get("status") == "error" or got is None or not _close(got, expected, 1e-6):
                wrong.append(f"{value} {source} → {target}: expected {expected:.6g}, got {_describe(result)}")
        return wrong

    linear = [(a, b) for a in LINEAR for b in LINEAR if dimension(a) == dimension(b)]
    wrong = wrong_conversions(rng.sample(linear, k=min(CONVERSIONS, len(linear))))
    report.add(
        f"{CONVERSIONS} fresh length and mass conversions are right",
        not wrong,
        _wrong(
            wrong, "convert to the base unit (m, kg) with the unit's factor, then from it with the target's"
        ),
    )
    temperatures = [(a, b) for a in TEMPERATURE for b in TEMPERATURE]
    wrong = wrong_conversions(temperatures + rng.sample(temperatures, k=3))
    report.add(
        "fresh temperature conversions are right",
        not wrong,
        _wrong(wrong, "temperatures have an offset as well as a factor: go through kelvin"),
    )

    cold = rng.choice(list(TEMPERATURE))
    below = round(reference(0.0, "kelvin", cold) - rng.uniform(0.5, 300), 1)
    result = call(below, cold, rng.choice([u for u in TEMPERATURE if u != cold]))
    report.add(
        "a temperature below absolute zero is refused",
        result.get("status") == "error",
        ""
        if result.get("status") == "error"
        else f"{below} {cold} gave {_describe(result)}; raise ValueError",
    )

    source = rng.choice(UNITS)
    target = rng.choice([u for u in UNITS if dimension(u) != dimension(source)])
    result = call(fresh_value(rng, source), source, target)
    message = _text(result)
    refused = result.get("status") == "error" and all(
        re.search(rf"\b{u}\b", message) for u in (source, target)
    )
    report.add(
        "converting between dimensions is an error naming both units",
        refused,
        ""
        if refused
        else f"{source} → {target} gave {_describe(result)}; raise ValueError saying which units do not match",
    )
    unknown = rng.choice(UNKNOWN_UNITS)
    result = call(1, unknown, rng.choice(UNITS))
    report.add(
        "an unknown unit is refused before the function runs",
        result.get("status") == "error",
        ""
        if result.get("status") == "error"
        else f"{unknown!r} gave {_describe(result)}; type the units as a Literal",
    )
    if report.passed:
        _check_agent(report, convert_units, rng)
    return report.raise_for_failures()


def _check_schema(report: LabReport, convert_units: Any) -> bool:
    schema = convert_units.input_schema
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    ok = report.add(
        "value, from_unit and to_unit are required parameters",
        {"value", "from_unit", "to_unit"} <= required,
        ""
        if {"value", "from_unit", "to_unit"} <= required
        else f"required parameters are {sorted(required)}",
    )
    for name in ("from_unit", "to_unit"):
        listed = set(properties.get(name, {}).get("enum", []))
        missing = [u for u in UNITS if u not in listed]
        ok &= report.add(
            f"{name} lists every unit for the model",
            not missing,
            f"missing from the enum: {missing}; put every unit in the Literal type" if missing else "",
        )
    return ok


def _check_agent(report: LabReport, convert_units: Any, rng: random.Random) -> None:
    """A ReAct agent with the tool, the calculator and the clock converts fresh values."""
    from agentkit.react import ReActAgent
    from agentkit.tools.builtin import calculator, current_time

    agent = ReActAgent(
        [calculator, current_time, convert_units], model_id=model_id(), client=converse_client()
    )
    problems = []
    for source, target in rng.sample(AGENT_PAIRS, k=2):
        # Positive: the simulated model reads "-85 celsius" as 85 (a known limit of its number rule).
        value = fresh_value(rng, source, positive=True)
        expected = reference(value, source, target)
        request = f"Convert {value} {source} to {target}"
        trace = agent.run(request)
        used = [
            (action.input, observation.status)
            for step in trace.steps
            for action, observation in zip(step.actions, step.observations, strict=False)
            if action.tool == convert_units.name
        ]
        right = [
            status
            for tool_input, status in used
            if tool_input.get("from_unit") == source
            and tool_input.get("to_unit") == target
            and _close(_float(tool_input.get("value")), value, 1e-9)
        ]
        numbers = [float(n.replace(",", "")) for n in re.findall(r"-?\d[\d,]*(?:\.\d+)?", trace.answer or "")]
        if "success" not in right:
            problems.append(f"{request!r}: {convert_units.name} calls {used or 'none'}")
        elif not any(_close(n, expected, 5e-3, 0.05) for n in numbers):
            problems.append(f"{request!r}: the answer {trace.answer!r} does not give {expected:.4g}")
    report.add(
        "an agent converts fresh values with it",
        not problems,
        _wrong(
            problems,
            "the model reads the tool's description and the parameters' descriptions: say what it converts",
        ),
    )


def _wrong(found: list[str], fix: str) -> str:
    """A failed check's detail: the first few wrong cases, then what to change; empty when none was wrong."""
    return f"{'; '.join(found[:3])} — {fix}" if found else ""


def _close(got: float | None, expected: float, rel: float, absolute: float = 1e-9) -> bool:
    return got is not None and math.isclose(got, expected, rel_tol=rel, abs_tol=absolute)


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _number(result: dict[str, Any]) -> float | None:
    """The number a tool result holds: a bare number, or a one-key JSON object such as {"result": 3.1}."""
    for block in result.get("content", []):
        value = block.get("json", block.get("text"))
        if isinstance(value, dict) and len(value) == 1:
            value = next(iter(value.values()))
        if (number := _float(value)) is not None:
            return number
    return None


def _text(result: dict[str, Any]) -> str:
    return " ".join(str(block.get("text", block.get("json", ""))) for block in result.get("content", []))


def _describe(result: dict[str, Any]) -> str:
    return f"{result.get('status')}: {_text(result)[:160]}"
