"""Notebook 07's task: the Strands, LangGraph and CrewAI builds of `agentkit.side_by_side` reach the same fact.

Each build is the notebook's own (the module's builders), run against the local endpoint as the notebook runs it;
the fact — the west region's 2024 revenue — is read from the database directly (`key_fact`), not from stored text.
The LangGraph build must also pause for approval before its database query, and resume on the same thread.
"""

from __future__ import annotations

import asyncio

import pytest

from agentkit import side_by_side
from agentkit.side_by_side import QUESTION, figures, key_fact, lines_of_code, states

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
REGION = "us-east-1"
pytestmark = pytest.mark.usefixtures("local_env")


@pytest.fixture
def crewai_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """What the Makefile sets for every target: no CrewAI telemetry or tracing, its storage in a temporary folder."""
    monkeypatch.setenv("CREWAI_DISABLE_TELEMETRY", "true")
    monkeypatch.setenv("CREWAI_TRACING_ENABLED", "false")
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    monkeypatch.setenv("CREWAI_STORAGE_DIR", str(tmp_path / "crewai"))


def test_the_key_fact_is_the_databases_figure() -> None:
    """FACT_SQL against a query written another way: the west's row of 2024's revenue per region."""
    from agentkit.tools.builtin import query_database

    rows = query_database(
        sql="SELECT region, SUM(revenue) AS total FROM sales WHERE order_date LIKE '2024-%' GROUP BY region"
    )
    west = next(row["total"] for row in rows if row["region"] == "west")
    assert key_fact() == pytest.approx(west, abs=0.005) and west > 0


def test_strands_states_the_fact() -> None:
    result = side_by_side.build_strands(MODEL_ID)(QUESTION)
    assert states(str(result), key_fact()), str(result)
    assert result.metrics.cycle_count >= 2  # at least one tool call and the answer


def test_langgraph_pauses_for_approval_and_resumes_to_the_fact() -> None:
    from langgraph.types import Command

    graph = side_by_side.build_langgraph(MODEL_ID, REGION)
    counter = side_by_side.call_counter()
    config = {"configurable": {"thread_id": "test"}, "callbacks": [counter]}

    graph.invoke({"messages": [("user", QUESTION)]}, config)
    paused = graph.get_state(config)
    assert paused.values["source"] == "database"
    assert paused.next == ("approve",)
    [pending] = paused.interrupts
    assert "sql" in pending.value["approve"][0]
    assert not any(m.type == "tool" for m in paused.values["messages"])  # nothing ran before the approval

    resumes = 0
    state = paused.values
    while graph.get_state(config).next and resumes < 5:
        state = graph.invoke(Command(resume="approve"), config)
        resumes += 1
    assert not graph.get_state(config).next
    assert states(state["messages"][-1].text, key_fact()), state["messages"][-1].text
    assert counter.calls >= 3  # route, a tool call, the answer
    [usage] = counter.usage_metadata.values()
    assert usage["input_tokens"] > 0 and usage["output_tokens"] > 0


def test_langgraph_refused_query_never_runs() -> None:
    from langgraph.types import Command

    graph = side_by_side.build_langgraph(MODEL_ID, REGION)
    config = {"configurable": {"thread_id": "refused"}}
    graph.invoke({"messages": [("user", QUESTION)]}, config)
    for _ in range(5):  # the model may ask again after a refusal; every ask is refused
        if not graph.get_state(config).next:
            break
        graph.invoke(Command(resume="not during business hours"), config)
    messages = graph.get_state(config).values["messages"]
    tool_messages = [m for m in messages if m.type == "tool"]
    assert tool_messages and all(m.status == "error" for m in tool_messages)
    assert all("Not approved: not during business hours" in m.content for m in tool_messages)


def test_langgraph_handbook_questions_need_no_approval() -> None:
    graph = side_by_side.build_langgraph(MODEL_ID, REGION)
    config = {"configurable": {"thread_id": "leave"}}
    state = graph.invoke(
        {"messages": [("user", "How many weeks of parental leave do employees get?")]}, config
    )
    assert state["source"] == "handbook"
    assert not graph.get_state(config).next
    assert "20 weeks" in state["messages"][-1].text


def test_crewai_states_the_fact(crewai_env: None) -> None:
    crew = side_by_side.build_crewai(MODEL_ID)
    output = asyncio.run(crew.kickoff_async(inputs={"question": QUESTION}))
    assert states(output.raw, key_fact()), output.raw
    assert len(output.tasks_output) == 2
    # one LLM per agent, so the crew's usage counts each call once: a tool call and an answer, then an answer
    assert output.token_usage.successful_requests == 3


def test_the_three_reach_the_same_fact(crewai_env: None) -> None:
    """The notebook's closing check, in one place: all three answers state the database's figure."""
    from langgraph.types import Command

    fact = key_fact()
    answers = {"Strands": str(side_by_side.build_strands(MODEL_ID)(QUESTION))}
    graph = side_by_side.build_langgraph(MODEL_ID, REGION)
    config = {"configurable": {"thread_id": "all"}}
    state = graph.invoke({"messages": [("user", QUESTION)]}, config)
    while graph.get_state(config).next:
        state = graph.invoke(Command(resume="approve"), config)
    answers["LangGraph"] = state["messages"][-1].text
    answers["CrewAI"] = side_by_side.build_crewai(MODEL_ID).kickoff(inputs={"question": QUESTION}).raw
    stated = {name: states(answer, fact) for name, answer in answers.items()}
    assert all(stated.values()), answers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("sum revenue 281049.05 (from query_database).", [281049.05]),
        ("The west made $281,049.05 in 2024.", [281049.05, 2024.0]),
        ("about $281,049, from 1,234 orders", [281049.0, 1234.0]),
        ("v1.2.3 and NW-1001", [1001.0]),
    ],
)
def test_figures(text: str, numbers: list[float]) -> None:
    assert figures(text) == numbers


def test_states_to_the_dollar() -> None:
    assert states("Revenue was $281,049 in 2024.", 281049.05)
    assert not states("Revenue was $281,000 in 2024.", 281049.05)
    assert not states("No figure here.", 281049.05)


def test_lines_of_code_skips_docstrings_comments_and_blank_lines() -> None:
    def example(x: int) -> int:
        """A docstring
        over two lines."""
        # a comment

        y = x + 1  # a trailing comment
        return y

    class Example:
        """A class docstring."""

        field: int = 1

    assert lines_of_code(example) == 3
    assert lines_of_code(Example) == 2
    assert lines_of_code(example, Example) == 5
    assert lines_of_code(side_by_side.build_strands) < lines_of_code(side_by_side.build_langgraph)
