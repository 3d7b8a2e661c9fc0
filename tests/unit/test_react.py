"""The from-scratch ReAct loop (agentkit/react.py) against the local endpoint and the simulated model."""

from __future__ import annotations

from typing import Any, Literal

import boto3
import pytest

from agentkit.react import ReActAgent
from agentkit.tools import tool

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
pytestmark = pytest.mark.usefixtures("local_env")


class RepeatingModel:
    """A misbehaving Converse client: it asks for the same `lookup` call, whatever it is told."""

    def __init__(self) -> None:
        self.calls = 0

    def converse(self, **request: Any) -> dict[str, Any]:
        self.calls += 1
        use = {"toolUseId": f"tooluse_repeat_{self.calls}", "name": "lookup", "input": {"key": "same"}}
        return {
            "output": {
                "message": {"role": "assistant", "content": [{"text": "Let me look."}, {"toolUse": use}]}
            },
            "stopReason": "tool_use",
            "usage": {"inputTokens": 10, "outputTokens": 10, "totalTokens": 20},
            "metrics": {"latencyMs": 1},
        }


@tool
def sales_revenue(region: Literal["north", "south"]) -> int:
    """Total sales revenue of a region.

    Args:
        region: the sales region
    """
    return {"north": 12000, "south": 8000}[region]


@tool
def divide(expression: str) -> float:
    """Evaluate an arithmetic expression (division only).

    Args:
        expression: arithmetic expression such as 6 / 3
    """
    left, right = (float(part) for part in expression.split("/"))
    return left / right


def agent(**options) -> ReActAgent:
    return ReActAgent(
        [sales_revenue, divide], model_id=MODEL_ID, client=boto3.client("bedrock-runtime"), **options
    )


def test_dependent_steps_follow_each_other() -> None:
    trace = agent().run("What is 15 % of the sales revenue of the north region?")
    assert [[a.tool for a in s.actions] for s in trace.steps] == [["sales_revenue"], ["divide"], []]
    assert trace.steps[1].actions[0].input == {"expression": "15 / 100 * 12000"}
    assert trace.stop_reason == "end_turn" and trace.model_calls == 3


def test_tool_error_is_an_observation_not_a_crash() -> None:
    trace = agent().run("What is 10 / 0?")
    observation = trace.steps[0].observations[0]
    assert observation.status == "error" and "ZeroDivisionError" in observation.content
    assert trace.stop_reason == "end_turn" and "failed" in trace.answer


def test_max_steps_bounds_the_model_calls() -> None:
    trace = agent(max_steps=1).run("What is 15 % of the sales revenue of the north region?")
    assert trace.stop_reason == "max_steps" and trace.answer is None and trace.model_calls == 1


def test_unknown_tool_is_reported_to_the_model() -> None:
    model = RepeatingModel()  # asks for a tool named "lookup" that this agent does not have
    trace = ReActAgent([sales_revenue], model_id="any", client=model, max_steps=2).run("find it")
    observation = trace.steps[0].observations[0]
    assert observation.status == "error" and "Unknown tool 'lookup'" in observation.content
    assert "sales_revenue" in observation.content


def test_stop_when_ends_the_run_with_its_reason() -> None:
    trace = ReActAgent(
        [sales_revenue],
        model_id="any",
        client=RepeatingModel(),
        stop_when=lambda t: "enough" if t.steps else None,
    ).run("find it")
    assert trace.stop_reason == "stopped: enough" and trace.model_calls == 1


def test_trace_renders_as_text_and_html() -> None:
    trace = agent().run("What is 15 % of the sales revenue of the north region?")
    assert "action: sales_revenue" in str(trace)
    html = trace._repr_html_()
    assert "Step 1" in html and "sales_revenue" in html and "Answer" in html
