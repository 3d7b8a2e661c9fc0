"""The seed's tool-calling correctness properties (19-22), as Hypothesis tests over `Tool.run`.

Property 18 (the agent picks tools from those configured) belongs with the agent loop, not here.
Validity in property 19 is decided by construction — an input is generated either from the
parameters' rules or by breaking exactly one of them — not by asking the model being tested.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.tools import Ledger, Tool, ToolError, invocation_context, tool

PROPERTY = settings(max_examples=100, deadline=None)
UNITS = ["metric", "imperial"]
PARAMETERS = {"count", "unit", "label"}

calls: list[dict[str, Any]] = []


@tool
def measure(count: int, unit: Literal["metric", "imperial"], label: str = "") -> str:
    """Record a measurement.

    Args:
        count: how many
        unit: the measuring system
        label: an optional label
    """
    calls.append({"count": count, "unit": unit, "label": label})
    return "recorded"


def run(t: Tool, input: Any, tool_use_id: str = "tooluse-p") -> dict[str, Any]:
    return t.run({"toolUseId": tool_use_id, "name": t.name, "input": input})["toolResult"]


json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)

valid_inputs = st.fixed_dictionaries(
    {"count": st.integers(), "unit": st.sampled_from(UNITS)}, optional={"label": st.text()}
)
not_an_integer = (
    # Pydantic reads "12", " +12 ", "1_200" and "12.0" as integers; a letter or no digit at all it never does.
    st.text().filter(lambda s: not s.strip() or any(c.isalpha() for c in s))
    | st.floats().filter(lambda f: not (math.isfinite(f) and f.is_integer()))
    | st.none()
    | st.lists(st.integers(), max_size=2)
    | st.dictionaries(st.text(), st.integers(), max_size=2)
)
not_a_unit = json_values.filter(lambda v: v not in UNITS)
not_a_label = st.integers() | st.none() | st.lists(st.text(), max_size=2) | st.booleans()


@st.composite
def invalid_inputs(draw: st.DrawFn) -> tuple[Any, str]:
    """A valid input with one rule broken, and the parameter the error must name."""
    good = draw(valid_inputs)
    broken = draw(
        st.sampled_from(["missing count", "missing unit", "count", "unit", "label", "extra", "shape"])
    )
    if broken == "shape":
        return draw(st.lists(json_scalars, max_size=3) | st.text() | st.integers()), "input"
    if broken.startswith("missing"):
        name = broken.removeprefix("missing ")
        del good[name]
        return good, name
    if broken == "extra":
        name = draw(st.text(min_size=1).filter(lambda k: k not in PARAMETERS))
        return {**good, name: draw(json_values)}, name
    bad = {"count": not_an_integer, "unit": not_a_unit, "label": not_a_label}[broken]
    return {**good, broken: draw(bad)}, broken


@PROPERTY
@given(case=st.one_of(valid_inputs.map(lambda i: (i, None)), invalid_inputs()))
def test_property_19_parameters_validated_before_execution(case: tuple[Any, str | None]) -> None:
    input, offending = case
    calls.clear()
    with invocation_context(ledger=Ledger()):
        result = run(measure, input)
    if offending is None:
        assert result["status"] == "success"
        assert calls == [{"count": input["count"], "unit": input["unit"], "label": input.get("label", "")}]
    else:
        assert result["status"] == "error"
        assert calls == []
        message = result["content"][0]["text"]
        assert f"- {offending}: " in message or f"- {offending}." in message
        assert message.endswith("Fix the arguments and call measure again.")


@PROPERTY
@given(value=json_values)
def test_property_20_successful_result_returned_to_agent(value: Any) -> None:
    @tool
    def answer() -> Any:
        """Answer with a value."""
        return value

    with invocation_context(ledger=Ledger()):
        result = run(answer, {})
    assert result["status"] == "success" and result["toolUseId"] == "tooluse-p"
    if isinstance(value, str):
        expected = {"text": value}
    elif isinstance(value, dict):
        expected = {"json": value}
    else:
        expected = {"json": {"result": value}}
    assert result["content"] == [expected]


@PROPERTY
@given(message=st.text(), kind=st.sampled_from([ValueError, RuntimeError, KeyError, OSError, ToolError]))
def test_property_21_failure_returns_error_message(message: str, kind: type[Exception]) -> None:
    @tool
    def fail() -> str:
        """Always fails."""
        raise kind(message)

    ledger = Ledger()
    with invocation_context(ledger=ledger):
        result = run(fail, {})
    assert result["status"] == "error"
    [block] = result["content"]
    assert str(kind(message)) in block["text"]
    assert ledger[0].error == block["text"]
    if kind is ToolError and message:
        assert block["text"] == message


@tool
def lookup(key: str) -> dict[str, str]:
    """Look a key up; keys starting with 'x' fail."""
    if key.startswith("x"):
        raise LookupError(f"no such key {key}")
    return {"key": key}


invocations = st.lists(
    st.one_of(
        st.fixed_dictionaries({"key": st.text()}),
        st.dictionaries(st.text(), json_values, max_size=3),
    ),
    max_size=12,
)


@PROPERTY
@given(inputs=invocations, agent=st.text(min_size=1), session=st.text(min_size=1))
def test_property_22_every_invocation_logged(inputs: list[dict[str, Any]], agent: str, session: str) -> None:
    ledger = Ledger()
    with invocation_context(agent_id=agent, session_id=session, ledger=ledger):
        results = [run(lookup, input, f"use-{i}") for i, input in enumerate(inputs)]
    assert len(ledger) == len(inputs)
    for i, (record, input, result) in enumerate(zip(ledger, inputs, results, strict=True)):
        assert (record.tool, record.tool_use_id, record.input) == ("lookup", f"use-{i}", input)
        assert record.status == result["status"]
        assert (record.agent_id, record.session_id) == (agent, session)
        assert (record.error is None) == (record.status == "success")
        if record.status == "success":
            assert record.output == result["content"][0]["json"]
