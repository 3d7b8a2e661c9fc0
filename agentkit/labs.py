"""Checkers for the hands-on labs in `labs/`: each runs the learner's code and says what to fix.

A checker returns a `LabReport` (a table in Jupyter) and raises `LabCheckFailed` listing the failed
checks, so an untouched exercise fails loudly and a solved one passes. Checks exercise behaviour —
conversions, validation, an agent run against the configured endpoint — never the source text.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import boto3


class LabCheckFailed(AssertionError):
    """At least one check failed; the message lists each with what to fix."""


@dataclass
class Check:
    name: str
    passed: bool
    detail: str


@dataclass
class LabReport:
    lab: str
    checks: list[Check] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def add(self, name: str, passed: bool, detail: str = "") -> bool:
        self.checks.append(Check(name, passed, detail))
        return passed

    def __str__(self) -> str:
        lines = [f"{self.lab}: {'passed' if self.passed else 'not yet'}"]
        lines += [
            f"  {'✅' if c.passed else '❌'} {c.name}{': ' + c.detail if c.detail else ''}"
            for c in self.checks
        ]
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{'✅' if c.passed else '❌'}</td><td>{html.escape(c.name)}</td><td>{html.escape(c.detail)}</td></tr>"
            for c in self.checks
        )
        verdict = "passed 🎉" if self.passed else "not yet"
        return f"<p><b>{html.escape(self.lab)}</b>: {verdict}</p><table>{rows}</table>"

    def raise_for_failures(self) -> LabReport:
        failed = [c for c in self.checks if not c.passed]
        if failed:
            raise LabCheckFailed("\n".join(f"{c.name}: {c.detail}" for c in failed))
        return self


def _converse_client():
    return boto3.client("bedrock-runtime")


def _model_id() -> str:
    from agentkit.connect import current

    connection = current()
    if connection is None:
        raise LabCheckFailed(
            "Run `agentkit.connect()` first: the checker runs an agent against the model endpoint."
        )
    return connection.model_id


# ---- lab 01: a unit-conversion tool -------------------------------------------------------------

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

        agent = ReActAgent([convert_units], model_id=_model_id(), client=_converse_client())
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


# ---- lab 02: stop on a repeated action ----------------------------------------------------------


class RepeatingModel:
    """A misbehaving model for the check: it asks for the same tool call, whatever it is told."""

    def __init__(self) -> None:
        self.calls = 0

    def converse(self, **request: Any) -> dict[str, Any]:
        self.calls += 1
        use = {"toolUseId": f"tooluse_repeat_{self.calls}", "name": "lookup", "input": {"key": "same"}}
        return {
            "output": {
                "message": {
                    "role": "assistant",
                    "content": [{"text": "Let me look that up."}, {"toolUse": use}],
                }
            },
            "stopReason": "tool_use",
            "usage": {"inputTokens": 10, "outputTokens": 10, "totalTokens": 20},
            "metrics": {"latencyMs": 1},
        }


def check_lab02(stop_on_repeat: Callable[[Any], str | None]) -> LabReport:
    """`stop_on_repeat(trace)`: a reason to stop when the latest step repeats an earlier action."""
    from agentkit.react import ReActAgent
    from agentkit.tools import tool

    @tool
    def lookup(key: str) -> str:
        """Look a key up.

        Args:
            key: the key to look up
        """
        return "not found"

    report = LabReport("Lab 02 · stop on a repeated action")
    model = RepeatingModel()
    agent = ReActAgent([lookup], model_id="any", client=model, max_steps=6, stop_when=stop_on_repeat)
    try:
        trace = agent.run("Find the key.")
    except NotImplementedError:
        report.add("stop_on_repeat is implemented", False, "replace the TODO: return a reason string or None")
        return report.raise_for_failures()
    report.add(
        "a repeating model is stopped at its first repeat",
        trace.stop_reason.startswith("stopped") and model.calls == 2,
        f"stop reason {trace.stop_reason!r} after {model.calls} model calls (expected a stop after 2)",
    )

    @tool
    def word_count(text: str) -> int:
        """Count the words in a text.

        Args:
            text: the text to count the words of
        """
        return len(text.split())

    normal = ReActAgent(
        [word_count], model_id=_model_id(), client=_converse_client(), stop_when=stop_on_repeat
    )
    run = normal.run('How many words are in "to be or not to be"?')
    report.add(
        "a run without repeats is not stopped",
        run.stop_reason == "end_turn" and "6" in (run.answer or ""),
        f"stop reason {run.stop_reason!r}, answer {run.answer!r}",
    )
    return report.raise_for_failures()
