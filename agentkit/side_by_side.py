"""Notebook 07's task built three ways — Strands, LangGraph and CrewAI — on the same tools and model endpoint.

    from agentkit import side_by_side

    agent = side_by_side.build_strands(model_id)            # a Strands Agent
    graph = side_by_side.build_langgraph(model_id, region)  # a compiled LangGraph StateGraph (checkpointed)
    crew = side_by_side.build_crewai(model_id)              # a CrewAI Crew of two agents

Each builder is the whole of one framework's build, so that the notebook can show it, count its lines
(`lines_of_code`) and the tests can run the very same code. All three take their tools from the kit
(`search_documents`, `query_database`, through `as_strands`, `as_langchain`, `as_crewai`) and talk to
whatever Bedrock endpoint `agentkit.connect()` set up: nothing here knows whether that is Amazon Bedrock
or the local one. The frameworks are imported inside the builders (importing LangChain or CrewAI costs
seconds).

No `from __future__ import annotations` here: LangGraph reads the type hints of the node functions (the
state class, `Command[Literal[...]]`) when the graph is built, and those are local to `build_langgraph`.
"""

import ast
import inspect
import io
import re
import textwrap
import time
import tokenize
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from agentkit.tools.builtin import query_database, search_documents

if TYPE_CHECKING:
    from crewai import Crew
    from langchain_core.callbacks import UsageMetadataCallbackHandler
    from langgraph.graph.state import CompiledStateGraph
    from strands import Agent

QUESTION = "What was the total revenue in the west region in 2024?"
"""The task: a staff question whose answer is a figure in Northwind Outfitters' sales database."""

FACT_SQL = (
    "SELECT ROUND(SUM(revenue), 2) AS revenue FROM sales "
    "WHERE region = 'west' AND order_date BETWEEN '2024-01-01' AND '2024-12-31'"
)
"""The query that answers QUESTION, written by hand: the key fact every build should arrive at."""

INSTRUCTIONS = (
    "You answer questions from Northwind Outfitters staff. Use the company handbook for policies and "
    "the sales database for figures, and state the figure or passage your answer rests on."
)


# --------------------------------------------------------------------------- 1. Strands


def build_strands(model_id: str) -> "Agent":
    """A Strands agent: the model, the instructions and the kit's tools; Strands runs the tool loop."""
    from strands import Agent

    from agentkit import models

    return Agent(
        model=models.build_model(model_id=model_id),
        system_prompt=INSTRUCTIONS,
        tools=[search_documents.as_strands(), query_database.as_strands()],
        callback_handler=None,
    )


# --------------------------------------------------------------------------- 2. LangGraph


class Route(BaseModel):
    """Where the answer to a staff question is found."""

    source: Literal["handbook", "database"] = Field(
        description="handbook: policies, benefits, leave, returns, warranty, product care; "
        "database: sales, revenue, orders, quantities, customers, products and regions"
    )


def build_langgraph(model_id: str, region: str) -> "CompiledStateGraph":
    """A LangGraph StateGraph: a router picks the handbook or the database, an answer node calls the model
    with that source's tool, a database query waits for a person's approval (`interrupt`), and a
    checkpointer keeps each thread's state so that a paused run can be resumed."""
    from langchain_aws import ChatBedrockConverse
    from langchain_core.messages import SystemMessage, ToolMessage
    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.graph import END, START, MessagesState, StateGraph
    from langgraph.prebuilt import ToolNode, tools_condition
    from langgraph.types import Command, interrupt

    class State(MessagesState):
        source: str

    chat = ChatBedrockConverse(model=model_id, region_name=region)
    router = chat.with_structured_output(Route)
    tools = {"handbook": search_documents.as_langchain(), "database": query_database.as_langchain()}

    def route(state: State) -> dict:
        return {"source": router.invoke(state["messages"]).source}

    def answer(state: State) -> dict:
        model = chat.bind_tools([tools[state["source"]]])
        return {"messages": [model.invoke([SystemMessage(INSTRUCTIONS), *state["messages"]])]}

    def after_answer(state: State) -> str:
        if tools_condition(state) == END:
            return END
        return (
            "approve" if state["source"] == "database" else "tools"
        )  # reading the handbook needs no approval

    def approve(state: State) -> Command[Literal["tools", "answer"]]:
        calls = state["messages"][-1].tool_calls
        decision = interrupt({"approve": [call["args"] for call in calls]})  # pauses here until resumed
        if decision == "approve":
            return Command(goto="tools")
        refused = [
            ToolMessage(f"Not approved: {decision}", tool_call_id=c["id"], status="error") for c in calls
        ]
        return Command(goto="answer", update={"messages": refused})

    graph = StateGraph(State)
    graph.add_node("route", route)
    graph.add_node("answer", answer)
    graph.add_node("approve", approve)
    graph.add_node("tools", ToolNode(list(tools.values())))
    graph.add_edge(START, "route")
    graph.add_edge("route", "answer")
    graph.add_conditional_edges("answer", after_answer, ["approve", "tools", END])
    graph.add_edge("tools", "answer")
    return graph.compile(checkpointer=InMemorySaver())


# --------------------------------------------------------------------------- 3. CrewAI


def build_crewai(model_id: str) -> "Crew":
    """A CrewAI crew: a researcher with the kit's tools finds the facts, then a writer answers from them
    (a sequential process; the second task gets the first one's output as context)."""
    from crewai import LLM, Agent, Crew, Process, Task

    researcher = Agent(
        role="Researcher",
        goal="Find the figures and passages that answer Northwind Outfitters staff questions",
        backstory="You know the company handbook and the sales database, and you quote what you find.",
        tools=[search_documents.as_crewai(), query_database.as_crewai()],
        llm=LLM(model=f"bedrock/{model_id}"),  # one LLM per agent: the crew sums usage per agent's LLM
    )
    writer = Agent(
        role="Writer",
        goal="Answer Northwind Outfitters staff questions in one or two plain sentences",
        backstory="You write short answers that state the figure they rest on.",
        llm=LLM(model=f"bedrock/{model_id}"),
    )
    research = Task(
        description="Find what answers this question: {question}",
        expected_output="the figure or passage that answers the question, and where it comes from",
        agent=researcher,
    )
    reply = Task(
        description="Answer this question for the staff member who asked it: {question}",
        expected_output="a short answer that states the figure",
        agent=writer,
        context=[research],
    )
    return Crew(agents=[researcher, writer], tasks=[research, reply], process=Process.sequential)


# --------------------------------------------------------------------------- measuring and comparing


@dataclass
class Run:
    """One build's run of the task: its answer and what it took, as the framework itself reports it."""

    framework: str
    answer: str
    model_calls: int
    input_tokens: int
    output_tokens: int
    seconds: float = 0.0


@contextmanager
def stopwatch() -> Iterator[dict[str, float]]:
    """`with stopwatch() as took:` ... `took["seconds"]`: the wall time of the block."""
    took = {"seconds": 0.0}
    start = time.perf_counter()
    try:
        yield took
    finally:
        took["seconds"] = time.perf_counter() - start


def call_counter() -> "UsageMetadataCallbackHandler":
    """A LangChain callback that sums the tokens of every chat-model call (`usage_metadata`, per model,
    as LangChain's own handler does) and also counts the calls (`calls`)."""
    from langchain_core.callbacks import UsageMetadataCallbackHandler

    class CallCounter(UsageMetadataCallbackHandler):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def on_llm_end(self, response: Any, **kwargs: Any) -> None:
            super().on_llm_end(response, **kwargs)
            with self._lock:
                self.calls += 1

    return CallCounter()


def key_fact() -> float:
    """The figure that answers QUESTION, read from the database directly (FACT_SQL), not from a model."""
    return query_database(sql=FACT_SQL)[0]["revenue"]


_NUMBER = re.compile(r"(?<![\w.])\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")


def figures(text: str) -> list[float]:
    """The numbers written in `text`, with thousands separators and a dollar sign allowed: 281,049.05 → 281049.05."""
    return [float(whole.replace(",", "") + (fraction or "")) for whole, fraction in _NUMBER.findall(text)]


def states(answer: str, fact: float) -> bool:
    """Whether `answer` states the figure `fact`, to the dollar (a model may round the cents away)."""
    return any(abs(number - fact) < 1 for number in figures(answer))


_LAYOUT_TOKENS = frozenset(
    {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
)


def lines_of_code(*objects: Callable[..., Any] | type) -> int:
    """Lines of source of functions or classes that hold code: not blank, not comments, not docstrings."""
    total = 0
    for obj in objects:
        source = textwrap.dedent(inspect.getsource(obj))
        docstrings = set()
        for node in ast.walk(ast.parse(source)):
            body = getattr(node, "body", None)  # a lambda's body is one expression, not a list
            first = body[0] if isinstance(body, list) and body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
        code = {
            line
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type not in _LAYOUT_TOKENS
            for line in range(token.start[0], token.end[0] + 1)
        }
        total += len(code - docstrings)
    return total
