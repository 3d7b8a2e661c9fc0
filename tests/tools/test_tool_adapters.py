"""One agentkit `Tool`, three frameworks: each completes the same two-tool task through its adapter.

The task needs two dependent calls — a lookup, then arithmetic on the looked-up value — answered by
the simulated model behind the local Bedrock endpoint. Every call goes through `Tool.run`, so the
ledger of the enclosing `invocation_context` shows both calls, in order, tagged with its ids, and
an invalid call gets agentkit's message whichever framework made it.
"""

from __future__ import annotations

import ast
import operator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Literal

import pytest

from agentkit.tools import Ledger, Tool, invocation_context, tool

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
QUESTION = "What is 15 % of the sales revenue of the north region?"
EXPECTED = "1800"
REVENUE = {"north": 12000, "south": 8000}
_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


@tool
def sales_revenue(region: Literal["north", "south"]) -> int:
    """Total sales revenue of a region.

    Args:
        region: the region, north or south
    """
    return REVENUE[region]


@tool
def calculator(expression: str) -> float:
    """Evaluate an arithmetic expression.

    Args:
        expression: arithmetic expression
    """

    def value(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](value(node.left), value(node.right))
        raise ValueError(f"unsupported expression: {expression}")

    return value(ast.parse(expression, mode="eval").body)


TOOLS: list[Tool] = [sales_revenue, calculator]


@pytest.fixture
def ledger() -> Ledger:
    return Ledger()


def tagged(ledger: Ledger) -> AbstractContextManager[object]:
    """The context the frameworks run in: its ids must reach the ledger through their worker threads."""
    return invocation_context(agent_id="analyst", session_id="session-1", ledger=ledger)


@pytest.fixture(autouse=True)
def _crewai_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """What `make` sets, for runs of this module without it: no telemetry, storage in a temp dir."""
    monkeypatch.setenv("CREWAI_DISABLE_TELEMETRY", "true")
    monkeypatch.setenv("CREWAI_TRACING_ENABLED", "false")
    monkeypatch.setenv("CREWAI_STORAGE_DIR", str(tmp_path))


def assert_two_calls(ledger: Ledger) -> None:
    assert [r.tool for r in ledger] == ["sales_revenue", "calculator"]
    assert all(r.status == "success" for r in ledger), [r.error for r in ledger]
    assert {(r.agent_id, r.session_id) for r in ledger} == {("analyst", "session-1")}
    assert ledger[0].input == {"region": "north"} and ledger[0].output == {"result": 12000}
    assert EXPECTED in str(ledger[1].output)


# ----------------------------------------------------------------------------- Strands


@pytest.mark.usefixtures("local_env")
def test_strands_agent_completes_the_task_through_run(ledger: Ledger) -> None:
    from strands import Agent
    from strands.models import BedrockModel

    agent = Agent(
        model=BedrockModel(model_id=MODEL_ID), tools=[t.as_strands() for t in TOOLS], callback_handler=None
    )
    with tagged(ledger):
        result = agent(QUESTION)
    assert EXPECTED in str(result)
    assert_two_calls(ledger)
    model_ids = [b["toolUse"]["toolUseId"] for m in agent.messages for b in m["content"] if "toolUse" in b]
    assert [r.tool_use_id for r in ledger] == model_ids


def test_strands_tool_has_our_spec() -> None:
    strands_tool = sales_revenue.as_strands()
    assert strands_tool.tool_name == "sales_revenue"
    assert strands_tool.tool_spec == sales_revenue.spec["toolSpec"]


# ----------------------------------------------------------------------------- LangChain / LangGraph


@pytest.mark.usefixtures("local_env")
def test_langgraph_react_agent_completes_the_task_through_run(ledger: Ledger) -> None:
    from langchain_aws import ChatBedrockConverse
    from langgraph.prebuilt import create_react_agent

    model = ChatBedrockConverse(model=MODEL_ID, region_name="us-east-1")
    with pytest.warns(DeprecationWarning):  # moved to langchain.agents.create_agent, not installed here
        agent = create_react_agent(model, tools=[t.as_langchain() for t in TOOLS])
    with tagged(ledger):
        state = agent.invoke({"messages": [("user", QUESTION)]})
    assert EXPECTED in state["messages"][-1].text
    assert_two_calls(ledger)
    assert all(r.tool_use_id.startswith("langchain-") for r in ledger)


def test_langchain_tool_shows_our_schema_and_reports_errors_as_tool_messages(ledger: Ledger) -> None:
    from langchain_core.utils.function_calling import convert_to_openai_tool

    lc_tool = sales_revenue.as_langchain()
    function = convert_to_openai_tool(lc_tool)["function"]
    assert function["parameters"] == sales_revenue.spec["toolSpec"]["inputSchema"]["json"]
    with tagged(ledger):
        assert lc_tool.invoke({"region": "north"}) == {"result": 12000}
        message = lc_tool.invoke(
            {"type": "tool_call", "id": "call-1", "name": "sales_revenue", "args": {"region": "east"}}
        )
    assert message.status == "error"
    assert "region" in message.content and '"north", "south"' in message.content
    assert [r.status for r in ledger] == ["success", "error"]
    assert ledger[1].input == {"region": "east"} and ledger[1].attempts == 0


# ----------------------------------------------------------------------------- CrewAI


@pytest.mark.usefixtures("local_env")
def test_crewai_crew_completes_the_task_through_run(ledger: Ledger) -> None:
    from crewai import LLM, Agent, Crew, Task

    analyst = Agent(
        role="Sales analyst",
        goal="Answer questions about sales with the tools",
        backstory="You look numbers up before you compute.",
        tools=[t.as_crewai() for t in TOOLS],
        llm=LLM(model=f"bedrock/{MODEL_ID}"),
        verbose=False,
    )
    task = Task(description=QUESTION, expected_output="the number", agent=analyst)
    with tagged(ledger):
        result = Crew(agents=[analyst], tasks=[task], verbose=False).kickoff()
    assert EXPECTED in result.raw
    assert_two_calls(ledger)
    assert all(r.tool_use_id.startswith("crewai-") for r in ledger)


def test_crewai_tool_validates_in_run_and_reports_failures(ledger: Ledger) -> None:
    from crewai.tools.tool_failure import ToolFailure

    crew_tool = sales_revenue.as_crewai()
    assert crew_tool.args_schema is sales_revenue.input_model
    with tagged(ledger):
        assert crew_tool.run(region="south") == '{"result": 8000}'
        failure = crew_tool.run(region="east")
    assert isinstance(failure, ToolFailure)
    assert "region" in failure.message and "Fix the arguments" in failure.message
    assert [r.status for r in ledger] == ["success", "error"]
