"""Multi-agent constructs, built as each framework documents them, against the local Bedrock endpoint.

The domain is a small outdoor-gear shop, Northwind Outfitters: its stock room, orders, returns and
trail forecasts. Every test builds one construct — a Strands Swarm with a hand-off, a Strands Graph
of three nodes, a Strands agent used as a tool, a CrewAI sequential crew, a LangGraph ReAct agent
with two dependent tools, a LangGraph router on structured output — and asserts that a fact only a
tool of the first agent knows (a count, a weight, a tracking number, a wind speed, a refund) reaches
the answer of the last one.

The endpoint is answered by the simulated model, wrapped so that every Converse exchange is kept:
after each test its transcript — what the simulator was asked, what it answered and its reasons
(`agentkit.local.simulated.why.describe`) — is printed, so pytest shows it with a failure (or for
every test with `-rP`): what is needed to tell a test's fault from the simulator's.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any, Literal

import boto3
import pytest
from framework_clients import CREDENTIALS, MODEL_ID, REGION, converse_chat, strands_model
from pydantic import BaseModel, Field

from agentkit.local.bedrock import FaultConfig, LocalBedrock
from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.why import describe

# What Northwind Outfitters' systems know; only the tools below read it.
STOCK = {"ridgeline 2": (14, "Duluth")}
WEIGHTS = {"ridgeline 2": "2,140 grams"}
ORDERS = {
    "NW-50817": {
        "customer": "Priya Raman",
        "items": "one Ridgeline 2 tent",
        "total": 238.40,
        "tracking": "PL-7741",
        "carrier": "ParcelLine",
    }
}
FORECASTS = {"eagle ridge": "gusts of 45 km/h and snow above 1,800 m on Saturday"}


# --------------------------------------------------------------------------- the endpoint


class RecordingSimulator(SimulatedModel):
    """The simulated model, keeping every request it answered and its response."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self._lock = threading.Lock()

    def converse(self, request: dict[str, Any]) -> dict[str, Any]:
        response = super().converse(request)
        with self._lock:
            self.exchanges.append((request, response))
        return response

    def tool_calls(self) -> list[tuple[str, dict[str, Any]]]:
        """Every tool call the simulator made, in order: (tool name, input)."""
        return [
            (block["toolUse"]["name"], block["toolUse"]["input"])
            for _, response in self.exchanges
            for block in response["output"]["message"]["content"]
            if "toolUse" in block
        ]

    def transcript(self) -> str:
        """Each exchange: the last user text, the tools offered, the answer and the simulator's reasons."""
        parts = []
        for i, (request, response) in enumerate(self.exchanges, 1):
            asked = _last_user_text(request)
            tools = [
                t["toolSpec"]["name"]
                for t in (request.get("toolConfig") or {}).get("tools", [])
                if "toolSpec" in t
            ]
            answer = response["output"]["message"]["content"]
            why = (response.get("additionalModelResponseFields") or {}).get("agentkitWhy", [])
            parts.append(
                f"--- exchange {i}\nrequest (last user text):\n{asked}\n"
                f"tools offered: {tools}\nanswer: {json.dumps(answer, ensure_ascii=False)}\n"
                f"why:\n{describe(why)}"
            )
        return "\n".join(parts)


def _last_user_text(request: dict[str, Any]) -> str:
    for message in reversed(request.get("messages", [])):
        texts = [b["text"] for b in message["content"] if "text" in b]
        if message["role"] == "user" and texts:
            return "\n".join(texts)
    return ""


@pytest.fixture(scope="module")
def simulator() -> RecordingSimulator:
    return RecordingSimulator()


@pytest.fixture(scope="module")
def bedrock(
    simulator: RecordingSimulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalBedrock]:
    """One local Bedrock for the module, and the environment every framework here finds it by.

    Strands and langchain-aws are also given its URL directly; CrewAI's Bedrock LLM takes no
    endpoint, so it relies on `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` and the credentials in the environment.
    """
    with LocalBedrock(model=simulator, faults=FaultConfig()) as server, pytest.MonkeyPatch.context() as patch:
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
            patch.delenv(name, raising=False)
        patch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", server.url)
        patch.setenv("AWS_REGION", REGION)
        patch.setenv("AWS_DEFAULT_REGION", REGION)
        patch.setenv("AWS_ACCESS_KEY_ID", CREDENTIALS["aws_access_key_id"])
        patch.setenv("AWS_SECRET_ACCESS_KEY", CREDENTIALS["aws_secret_access_key"])
        patch.setenv("CREWAI_DISABLE_TELEMETRY", "true")
        patch.setenv("CREWAI_TRACING_ENABLED", "false")
        patch.setenv("OTEL_SDK_DISABLED", "true")
        patch.setenv("CREWAI_STORAGE_DIR", str(tmp_path_factory.mktemp("crewai")))
        patch.setattr(boto3, "DEFAULT_SESSION", None)
        yield server


@pytest.fixture
def sim(bedrock: LocalBedrock, simulator: RecordingSimulator) -> Iterator[RecordingSimulator]:
    """The simulator with this test's exchanges only; their transcript is printed after the test
    (pytest shows it with a failure, or for every test with `-rP`)."""
    simulator.exchanges.clear()
    yield simulator
    print(simulator.transcript())


def _stock_of(product: str) -> tuple[int, str] | None:
    return next((v for k, v in STOCK.items() if k in product.lower()), None)


# --------------------------------------------------------------------------- Strands Swarm


@pytest.mark.parametrize(
    ("request_text", "specialist", "tool_name", "subject", "facts"),
    [
        (
            "How many Ridgeline 2 tents are in stock at the warehouse?",
            "stock_keeper",
            "count_stock",
            "ridgeline 2",
            ["14 units", "Duluth"],
        ),
        (
            "What is the weather forecast for the Eagle Ridge trail?",
            "trail_guide",
            "trail_forecast",
            "eagle ridge",
            ["45 km/h", "1,800 m"],
        ),
    ],
    ids=["stock", "forecast"],
)
def test_strands_swarm_hands_off_to_the_agent_that_fits(
    bedrock: LocalBedrock,
    sim: RecordingSimulator,
    request_text: str,
    specialist: str,
    tool_name: str,
    subject: str,
    facts: list[str],
) -> None:
    """Strands `Swarm` of three agents: the concierge hands off (Strands' injected `handoff_to_agent`) to
    the colleague whose description fits the request — the stock keeper, whose `count_stock` finds 14
    Ridgeline 2 tents in Duluth, or the trail guide, whose `trail_forecast` finds gusts of 45 km/h on
    Eagle Ridge — and that tool's facts reach the swarm's final answer."""
    from strands import Agent, tool
    from strands.multiagent import Status, Swarm

    used: list[tuple[str, str]] = []

    @tool
    def count_stock(product: str) -> str:
        """Count the units of a gear product in stock at the warehouse.

        Args:
            product: the product's name, e.g. "Trailhead 40 backpack"
        """
        used.append(("count_stock", product))
        found = _stock_of(product)
        if found is None:
            return f"No product called {product} in the warehouse."
        units, warehouse = found
        return f"{product}: {units} units in stock at the {warehouse} warehouse."

    @tool
    def trail_forecast(trail: str) -> str:
        """The weather forecast for a hiking trail: wind, rain and snow.

        Args:
            trail: the trail's name, e.g. "Bear Lake"
        """
        used.append(("trail_forecast", trail))
        forecast = next((f for k, f in FORECASTS.items() if k in trail.lower()), None)
        return f"{trail}: {forecast}." if forecast else f"No forecast for {trail}."

    concierge = Agent(
        name="concierge",
        description="Greets customers of the shop and routes each question to the right colleague.",
        system_prompt="You are Northwind Outfitters' concierge. Hand every question to the colleague who can answer it.",
        model=strands_model(bedrock.url),
        callback_handler=None,
    )
    stock_keeper = Agent(
        name="stock_keeper",
        description="Counts the units of gear in stock at the warehouse: tents, boots and backpacks.",
        system_prompt="You keep Northwind Outfitters' warehouse. Answer stock questions with the stock tool.",
        model=strands_model(bedrock.url),
        tools=[count_stock],
        callback_handler=None,
    )
    trail_guide = Agent(
        name="trail_guide",
        description="Plans hikes for customers and reads the weather forecast of a trail.",
        system_prompt="You plan hikes and check trail forecasts.",
        model=strands_model(bedrock.url),
        tools=[trail_forecast],
        callback_handler=None,
    )
    swarm = Swarm(
        [concierge, stock_keeper, trail_guide], entry_point=concierge, max_handoffs=4, max_iterations=6
    )

    result = swarm(request_text)

    assert result.status == Status.COMPLETED
    assert [node.node_id for node in result.node_history] == ["concierge", specialist]
    handoffs = [args for name, args in sim.tool_calls() if name == "handoff_to_agent"]
    assert [h["agent_name"] for h in handoffs] == [specialist]
    assert [name for name, _ in used] == [tool_name]
    assert subject in used[0][1].lower()
    final = str(result.results[specialist].result)
    assert all(fact in final for fact in facts), final


# --------------------------------------------------------------------------- Strands Graph


def test_strands_graph_carries_the_tracking_number_to_the_last_node(
    bedrock: LocalBedrock, sim: RecordingSimulator
) -> None:
    """Strands `Graph` (GraphBuilder), three nodes in a chain: the first node's `find_order` tool finds
    order NW-50817's tracking number PL-7741 and total; both reach the third node's reply."""
    from strands import Agent, tool
    from strands.multiagent import GraphBuilder, Status

    looked_up: list[str] = []

    @tool
    def find_order(order_id: str) -> str:
        """Find a customer's order by its order id: the items, the total, the carrier and the tracking number."""
        looked_up.append(order_id)
        order = ORDERS.get(order_id.upper())
        if order is None:
            return f"No order {order_id}."
        return (
            f"Order {order_id.upper()} for {order['customer']}: {order['items']}, total ${order['total']:.2f}, "
            f"shipped by {order['carrier']} with tracking number {order['tracking']}."
        )

    clerk = Agent(
        name="order_clerk",
        system_prompt="You look orders up with the order tool and report what you find.",
        model=strands_model(bedrock.url),
        tools=[find_order],
        callback_handler=None,
    )
    checker = Agent(
        name="checker",
        system_prompt="You check the order report for missing facts and pass it on unchanged.",
        model=strands_model(bedrock.url),
        callback_handler=None,
    )
    writer = Agent(
        name="writer",
        system_prompt="You write Northwind Outfitters' short, friendly updates to customers.",
        model=strands_model(bedrock.url),
        callback_handler=None,
    )
    builder = GraphBuilder()
    builder.add_node(clerk, "lookup")
    builder.add_node(checker, "check")
    builder.add_node(writer, "reply")
    builder.add_edge("lookup", "check")
    builder.add_edge("check", "reply")
    builder.set_entry_point("lookup")
    builder.set_max_node_executions(3)
    graph = builder.build()

    result = graph("Write the customer a shipping update for order NW-50817.")

    assert result.status == Status.COMPLETED
    assert [node.node_id for node in result.execution_order] == ["lookup", "check", "reply"]
    assert looked_up == ["NW-50817"]
    reply = str(result.results["reply"].result)
    assert "PL-7741" in reply and "238.40" in reply


# --------------------------------------------------------------------------- Strands agents as tools


def test_strands_agent_as_tool_answers_with_its_own_tool(
    bedrock: LocalBedrock, sim: RecordingSimulator
) -> None:
    """Strands agents-as-tools: the orchestrator's `gear_specialist` tool runs a specialist Agent, which
    calls its own `packed_weight` tool for the orchestrator's question; the weight, 2,140 grams, reaches
    the orchestrator's answer."""
    from strands import Agent, tool

    weighed: list[str] = []
    asked: list[str] = []

    @tool
    def packed_weight(product: str) -> str:
        """Look up the packed weight of a gear product, in grams.

        Args:
            product: the product's name
        """
        weighed.append(product)
        weight = next((w for k, w in WEIGHTS.items() if k in product.lower()), None)
        return f"{product}: packed weight {weight}." if weight else f"No weight on file for {product}."

    @tool
    def gear_specialist(query: str) -> str:
        """Answer questions about gear products: the packed weight, size and materials of tents, boots and packs.

        Args:
            query: the customer's question about a gear product
        """
        asked.append(query)
        specialist = Agent(
            system_prompt="You are Northwind Outfitters' gear specialist. Answer with the product tools.",
            model=strands_model(bedrock.url),
            tools=[packed_weight],
            callback_handler=None,
        )
        return str(specialist(query))

    @tool
    def returns_specialist(query: str) -> str:
        """Answer questions about returning an order and getting a refund.

        Args:
            query: the customer's question about a return
        """
        asked.append(query)
        return "Returns are accepted within 30 days."

    orchestrator = Agent(
        system_prompt="You are Northwind Outfitters' front desk. Pass each question to the specialist for it.",
        model=strands_model(bedrock.url),
        tools=[gear_specialist, returns_specialist],
        callback_handler=None,
    )

    answer = str(orchestrator("What is the packed weight of the Ridgeline 2 tent?"))

    assert [name for name, _ in sim.tool_calls()] == ["gear_specialist", "packed_weight"]
    assert asked and "ridgeline 2" in asked[0].lower()
    assert weighed and "ridgeline 2" in weighed[0].lower()
    assert "2,140 grams" in answer


# --------------------------------------------------------------------------- CrewAI sequential crew


@pytest.mark.parametrize(
    "ask",
    [
        "Find the weather forecast for the Eagle Ridge trail this weekend.",
        "Find the weather forecast for the Eagle Ridge trail.",
    ],
    ids=["with-when", "trail-only"],
)
def test_crewai_sequential_crew_passes_the_forecast_on(
    bedrock: LocalBedrock, sim: RecordingSimulator, ask: str
) -> None:
    """CrewAI sequential crew, two agents and two tasks, the second with `context=[first_task]`: the trail
    scout's `trail_forecast` tool gives Eagle Ridge's gusts of 45 km/h, which reach the packing advice.
    The ask is written with and without when the hike is ("this weekend", a time, not a second trail)."""
    from crewai import LLM, Agent, Crew, Process, Task
    from crewai.tools import tool

    forecasts: list[str] = []

    @tool("trail_forecast")
    def trail_forecast(trail: str) -> str:
        """The weather forecast for a hiking trail this weekend: wind, rain and snow."""
        forecasts.append(trail)
        forecast = next((f for k, f in FORECASTS.items() if k in trail.lower()), None)
        return f"{trail}: {forecast}." if forecast else f"No forecast for {trail}."

    llm = LLM(model=f"bedrock/{MODEL_ID}")
    scout = Agent(
        role="Trail scout",
        goal="Find the weather forecast of the trails customers plan to hike",
        backstory="You check the forecast before anyone sets out.",
        tools=[trail_forecast],
        llm=llm,
        verbose=False,
    )
    outfitter = Agent(
        role="Outfitter",
        goal="Advise customers on what gear to pack for a hike",
        backstory="You have fitted out hikers at Northwind Outfitters for twenty years.",
        llm=llm,
        verbose=False,
    )
    forecast = Task(
        description=ask,
        expected_output="the wind, rain and snow expected on the trail",
        agent=scout,
    )
    advice = Task(
        description="Advise the customer what gear to pack for the hike, given the forecast.",
        expected_output="a short packing advice that names the expected weather",
        agent=outfitter,
        context=[forecast],
    )
    crew = Crew(
        agents=[scout, outfitter], tasks=[forecast, advice], process=Process.sequential, verbose=False
    )

    result = crew.kickoff()

    assert len(forecasts) == 1 and "eagle ridge" in forecasts[0].lower(), forecasts
    assert "45 km/h" in forecast.output.raw
    assert "45 km/h" in advice.output.raw and "45 km/h" in result.raw


# --------------------------------------------------------------------------- LangGraph ReAct agent


@pytest.mark.parametrize(
    "question",
    [
        "What refund do we owe on order NW-50817 after the 15% restocking fee?",
        "Look up the total of order NW-50817, then compute its refund after a 15% restocking fee.",
        "Order NW-50817 is coming back. What refund do we owe on it after the 15% restocking fee?",
    ],
    ids=["one-question", "then", "two-sentences"],
)
def test_langgraph_react_agent_chains_the_total_into_the_refund(
    bedrock: LocalBedrock, sim: RecordingSimulator, question: str
) -> None:
    """LangGraph prebuilt ReAct agent on ChatBedrockConverse, two dependent tools: `order_total` finds
    NW-50817's total ($238.40), `refund_amount` takes it and a 15 % restocking fee; the refund, 202.64,
    is in the final answer. The question is asked as one clause, as two joined by "then", and as two
    sentences, the second referring back to the order ("it")."""
    from langchain_core.tools import tool
    from langgraph.prebuilt import create_react_agent
    from langgraph.warnings import LangGraphDeprecatedSinceV10

    calls: list[tuple[str, Any]] = []

    @tool
    def order_total(order_id: str) -> float:
        """Look up the total of a customer's order, in dollars, by its order id."""
        calls.append(("order_total", order_id))
        return ORDERS[order_id.upper()]["total"]

    @tool
    def refund_amount(order_total: float, restocking_fee_percent: float) -> str:
        """Compute the refund of a returned order: the order total less the restocking fee percent."""
        calls.append(("refund_amount", (order_total, restocking_fee_percent)))
        return f"Refund: ${order_total * (1 - restocking_fee_percent / 100):.2f}"

    with pytest.warns(LangGraphDeprecatedSinceV10):  # moved to langchain.agents.create_agent, not installed
        agent = create_react_agent(converse_chat(bedrock.url), [order_total, refund_amount])
    state = agent.invoke({"messages": [("user", question)]})

    assert calls == [("order_total", "NW-50817"), ("refund_amount", (238.40, 15.0))]
    assert "202.64" in state["messages"][-1].text


# --------------------------------------------------------------------------- LangGraph router


class Route(BaseModel):
    """Which Northwind Outfitters desk answers a customer's message."""

    desk: Literal["returns", "shipping", "stock"] = Field(
        description="returns: return an item for a refund; shipping: where a parcel is and when it ships; "
        "stock: whether a product is in stock"
    )


@pytest.mark.parametrize(
    ("message", "desk"),
    [
        ("I want to return my hiking boots for a refund.", "returns"),
        ("When does my parcel ship, and where is it now?", "shipping"),
        ("Is the Ridgeline 2 tent in stock?", "stock"),
        ("My parcel has not arrived yet. Where is it?", "shipping"),
        ("These boots are too small; I would like a refund.", "returns"),
    ],
    ids=["returns", "shipping", "stock", "shipping-by-description", "returns-by-description"],
)
def test_langgraph_router_dispatches_by_structured_output(
    bedrock: LocalBedrock, sim: RecordingSimulator, message: str, desk: str
) -> None:
    """LangGraph router: `ChatBedrockConverse.with_structured_output(Route)` picks the desk (a Literal
    field) that fits the message — by the desk's name, or by the words the field's description gives
    for it — and a StateGraph's conditional edge dispatches to that desk's node."""
    from typing import TypedDict

    from langgraph.graph import END, START, StateGraph

    class State(TypedDict, total=False):
        message: str
        desk: str
        handled_by: str

    router = converse_chat(bedrock.url).with_structured_output(Route)

    def route(state: State) -> State:
        return {"desk": router.invoke(state["message"]).desk}

    def desk_node(name: str) -> Any:
        return lambda state: {"handled_by": name}

    graph = StateGraph(State)
    graph.add_node("route", route)
    for name in ("returns", "shipping", "stock"):
        graph.add_node(name, desk_node(name))
        graph.add_edge(name, END)
    graph.add_edge(START, "route")
    graph.add_conditional_edges("route", lambda state: state["desk"], ["returns", "shipping", "stock"])

    result = graph.compile().invoke({"message": message})

    assert sim.tool_calls() == [("Route", {"desk": desk})]
    assert result["desk"] == desk
    assert result["handled_by"] == desk
