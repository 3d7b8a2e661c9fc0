"""The notebook tasks: the from-scratch loop and a Strands agent reach the same, correct answer.

Both run against the local endpoint with the kit's built-in tools; correctness is checked against
the database and the calculator directly, not against stored text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import boto3
import pytest
from strands import Agent

from agentkit import models
from agentkit.react import ReActAgent
from agentkit.tools.builtin import calculator, clock, current_time, query_database

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
NOW = datetime(2025, 6, 1, 3, 4, 5, tzinfo=UTC)
TOOLS = (calculator, current_time, query_database)
pytestmark = pytest.mark.usefixtures("local_env")


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both agents read the clock; one fixed instant keeps their answers comparable to the letter."""
    monkeypatch.setattr(clock, "utc_now", lambda: NOW)


def both(question: str) -> tuple[str, str, list[str], list[str]]:
    trace = ReActAgent(list(TOOLS), model_id=MODEL_ID, client=boto3.client("bedrock-runtime")).run(question)
    agent = Agent(
        model=models.build_model(model_id=MODEL_ID),
        tools=[t.as_strands() for t in TOOLS],
        callback_handler=None,
    )
    answer = str(agent(question)).strip()
    strands_tools = [b["toolUse"]["name"] for m in agent.messages for b in m["content"] if "toolUse" in b]
    return trace.answer or "", answer, [a.tool for a in trace.tool_calls], strands_tools


def test_percentage_of_revenue_and_time_in_tokyo() -> None:
    scratch, strands, scratch_tools, strands_tools = both(
        "What is 15 % of the revenue in the sales table, and what time is it in Tokyo?"
    )
    total = query_database(sql="SELECT SUM(revenue) AS total FROM sales")[0]["total"]
    expected = calculator(expression=f"15 / 100 * {total}")
    assert scratch == strands
    assert sorted(scratch_tools) == sorted(strands_tools) == ["calculator", "current_time", "query_database"]
    assert str(expected) in scratch
    assert "Asia/Tokyo" in scratch and "2025-06-01T12:04:05+09:00" in scratch


def test_revenue_by_region() -> None:
    scratch, strands, scratch_tools, strands_tools = both("What is the total revenue by region?")
    rows = query_database(sql="SELECT region, SUM(revenue) AS total FROM sales GROUP BY region")
    assert scratch == strands and scratch_tools == strands_tools == ["query_database"]
    for row in rows:
        assert row["region"] in scratch and str(row["total"]) in scratch
