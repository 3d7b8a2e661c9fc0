"""Multi-agent constructs, written as each framework documents them, against the local Bedrock endpoint.

What is tested: a Strands `Swarm` hand-off (the swarm's own `handoff_to_agent` tool), a Strands `Graph`
of three nodes in a chain, a Strands agent wrapped as a `@tool` of an orchestrator, a CrewAI sequential
crew whose second task takes the first as `context`, a LangGraph prebuilt ReAct agent with two dependent
tools, and a LangGraph `StateGraph` router on `with_structured_output`.

Why: the endpoint is answered by the simulated model, a rule-based simulator and not an LLM. Every tool
and prompt here is new to it — a ferry line, a vet clinic, an e-bike rental, a seed bank, a climbing gym,
a meal-kit support desk — so these tests check that its rules generalise rather than recognise known
examples. Each asserts that a fact only a tool knows (a departure time, a due date, a range, a lot
number, a renewal date) flows end to end through the construct, or that the router picks the right route.

After each test the simulated model's reasons for its latest responses (`GET /_agentkit/why`) are
printed, so a failure shows them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import pytest
from framework_clients import CREDENTIALS, MODEL_ID, REGION, converse_chat, strands_model
from pydantic import BaseModel, Field

from agentkit.local.bedrock import AdminClient, LocalBedrock
from agentkit.local.simulated.why import describe


@pytest.fixture(autouse=True)
def _why(server: LocalBedrock) -> Iterator[None]:
    """Print the simulated model's reasons after each test (pytest shows them with a failure)."""
    yield
    print(describe(AdminClient(server.url).why()))


# --------------------------------------------------------------------------- Strands Swarm

SAILINGS = {"inishmore": "leaves at 14:35 from Pier 3 on the MV Corrib Dawn"}
LOST_ITEMS = {"umbrella": "a blue umbrella, tag LP-0926, kept at the Rossaveal office"}


@pytest.mark.parametrize(
    ("question", "specialist", "tool_name", "subject", "facts"),
    [
        (
            "When does the next ferry to Inishmore leave?",
            "timetable_clerk",
            "next_sailing",
            "inishmore",
            ["14:35", "Pier 3"],
        ),
        (
            "I left my umbrella on the morning boat yesterday. Has anyone handed it in?",
            "lost_property_clerk",
            "search_lost_property",
            "umbrella",
            ["LP-0926", "Rossaveal"],
        ),
    ],
    ids=["timetable", "lost-property"],
)
def test_strands_swarm_hands_off_to_the_specialist(
    server: LocalBedrock, question: str, specialist: str, tool_name: str, subject: str, facts: list[str]
) -> None:
    from strands import Agent, tool
    from strands.multiagent import Status, Swarm

    used: list[tuple[str, str]] = []

    @tool
    def next_sailing(destination: str) -> str:
        """The next ferry sailing to an island: departure time, pier and vessel.

        Args:
            destination: the island the ferry sails to
        """
        used.append(("next_sailing", destination))
        found = next((s for k, s in SAILINGS.items() if k in destination.lower()), None)
        return f"The next ferry to {destination} {found}." if found else f"No sailings to {destination}."

    @tool
    def search_lost_property(item: str) -> str:
        """Search the lost-property register for an item a passenger left on board.

        Args:
            item: the kind of item that was lost, e.g. "phone" or "rucksack"
        """
        used.append(("search_lost_property", item))
        found = next((s for k, s in LOST_ITEMS.items() if k in item.lower()), None)
        return f"Found: {found}." if found else f"Nothing like '{item}' has been handed in."

    switchboard = Agent(
        name="switchboard",
        description="Answers calls to Harbour Lines and forwards each caller to the right colleague.",
        system_prompt="You answer the phone at Harbour Lines ferries. "
        "Forward every caller's question to the colleague who can answer it.",
        model=strands_model(server.url),
        callback_handler=None,
    )
    timetable_clerk = Agent(
        name="timetable_clerk",
        description="Knows the ferry timetable: departure times and piers of the sailings to the islands.",
        system_prompt="You keep the Harbour Lines timetable. Answer with the sailings tool.",
        model=strands_model(server.url),
        tools=[next_sailing],
        callback_handler=None,
    )
    lost_property_clerk = Agent(
        name="lost_property_clerk",
        description="Looks after items passengers left on board: bags, phones, umbrellas and coats.",
        system_prompt="You run the Harbour Lines lost-property office. Search the register for the item.",
        model=strands_model(server.url),
        tools=[search_lost_property],
        callback_handler=None,
    )
    swarm = Swarm(
        [switchboard, timetable_clerk, lost_property_clerk],
        entry_point=switchboard,
        max_handoffs=4,
        max_iterations=6,
    )

    result = swarm(question)

    assert result.status == Status.COMPLETED
    assert [node.node_id for node in result.node_history] == ["switchboard", specialist]
    handoff_calls = [
        block["toolUse"]["input"]
        for message in switchboard.messages
        for block in message["content"]
        if "toolUse" in block and block["toolUse"]["name"] == "handoff_to_agent"
    ]
    assert [call["agent_name"] for call in handoff_calls] == [specialist]
    assert [name for name, _ in used] == [tool_name]
    assert subject in used[0][1].lower()
    final = str(result.results[specialist].result)
    assert all(fact in final for fact in facts), final


# --------------------------------------------------------------------------- Strands Graph


def test_strands_graph_carries_the_due_date_to_the_last_node(server: LocalBedrock) -> None:
    from strands import Agent, tool
    from strands.multiagent import GraphBuilder, Status

    looked_up: list[str] = []

    @tool
    def vaccination_record(pet_name: str) -> str:
        """Read a pet's vaccination record at the clinic: the vaccines given and the next one due.

        Args:
            pet_name: the pet's name
        """
        looked_up.append(pet_name)
        if "biscuit" not in pet_name.lower():
            return f"No record for {pet_name}."
        return (
            "Biscuit (beagle, owner Tomás Lindqvist): distemper given 2026-03-02; "
            "rabies booster due on 2027-03-18; microchip 985-112-007."
        )

    records = Agent(
        name="records_clerk",
        system_prompt="You read pet records at Meadowbank Vet Clinic with the records tool and report them.",
        model=strands_model(server.url),
        tools=[vaccination_record],
        callback_handler=None,
    )
    summariser = Agent(
        name="summariser",
        system_prompt="You condense a record report to what the owner must know, keeping every date.",
        model=strands_model(server.url),
        callback_handler=None,
    )
    letter_writer = Agent(
        name="letter_writer",
        system_prompt="You write short, warm reminder letters to the pet owners of Meadowbank Vet Clinic.",
        model=strands_model(server.url),
        callback_handler=None,
    )
    builder = GraphBuilder()
    builder.add_node(records, "records")
    builder.add_node(summariser, "summary")
    builder.add_node(letter_writer, "letter")
    builder.add_edge("records", "summary")
    builder.add_edge("summary", "letter")
    builder.set_entry_point("records")
    builder.set_max_node_executions(3)
    graph = builder.build()

    result = graph("Remind Biscuit's owner about Biscuit's next vaccination.")

    assert result.status == Status.COMPLETED
    assert [node.node_id for node in result.execution_order] == ["records", "summary", "letter"]
    assert len(looked_up) == 1 and "biscuit" in looked_up[0].lower(), looked_up
    assert "2027-03-18" in str(result.results["summary"].result)
    letter = str(result.results["letter"].result)
    assert "2027-03-18" in letter, letter


# --------------------------------------------------------------------------- Strands agents as tools


def test_strands_agent_as_tool_brings_back_its_tools_fact(server: LocalBedrock) -> None:
    from strands import Agent, tool

    checked: list[str] = []
    asked: list[str] = []

    @tool
    def battery_status(bike_id: str) -> str:
        """The battery charge and the estimated remaining range of a rental e-bike.

        Args:
            bike_id: the e-bike's fleet id, e.g. "EB-101"
        """
        checked.append(bike_id)
        if bike_id.upper() != "EB-208":
            return f"No e-bike {bike_id} in the fleet."
        return "E-bike EB-208: battery at 37 %, estimated range 41 km."

    @tool
    def fleet_technician(query: str) -> str:
        """Answer questions about the rental bikes themselves: batteries, range, tyres and repairs.

        Args:
            query: the question about a bike
        """
        asked.append(query)
        technician = Agent(
            system_prompt="You are the fleet technician at Pedal & Co bike rental. Answer with your tools.",
            model=strands_model(server.url),
            tools=[battery_status],
            callback_handler=None,
        )
        return str(technician(query))

    @tool
    def booking_desk(query: str) -> str:
        """Answer questions about booking a bike: opening hours, prices and reservations.

        Args:
            query: the question about a booking
        """
        asked.append(query)
        return "Bookings open at 08:00; a day's rental costs 35 euros."

    orchestrator = Agent(
        system_prompt="You run the Pedal & Co rental counter. Send each question to the expert tool for it.",
        model=strands_model(server.url),
        tools=[fleet_technician, booking_desk],
        callback_handler=None,
    )

    answer = str(orchestrator("How far can e-bike EB-208 still ride on its current battery charge?"))

    orchestrator_tools = [
        block["toolUse"]["name"]
        for message in orchestrator.messages
        for block in message["content"]
        if "toolUse" in block
    ]
    assert orchestrator_tools == ["fleet_technician"]
    assert len(asked) == 1 and "EB-208" in asked[0].upper(), asked
    assert [c.upper() for c in checked] == ["EB-208"]
    assert "41 km" in answer, answer


# --------------------------------------------------------------------------- CrewAI sequential crew


@pytest.fixture
def crewai_env(server: LocalBedrock, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """CrewAI's Bedrock LLM builds its own boto3 client and takes no endpoint: boto3 finds the local
    one through `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`. CrewAI is kept offline, its storage in a temp dir."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", server.url)
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", CREDENTIALS["aws_access_key_id"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", CREDENTIALS["aws_secret_access_key"])
    monkeypatch.setenv("CREWAI_DISABLE_TELEMETRY", "true")
    monkeypatch.setenv("CREWAI_TRACING_ENABLED", "false")
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    monkeypatch.setenv("CREWAI_STORAGE_DIR", str(tmp_path))


@pytest.mark.usefixtures("crewai_env")
def test_crewai_sequential_crew_passes_the_seed_lot_on() -> None:
    from crewai import LLM, Agent, Crew, Process, Task
    from crewai.tools import tool

    lookups: list[str] = []

    @tool("seed_lot_lookup")
    def seed_lot_lookup(species: str) -> str:
        """Look up the stored seed lot of a plant species in the seed bank: lot number and germination rate."""
        lookups.append(species)
        if "lupin" not in species.lower():
            return f"No seed lot of {species} in the bank."
        return (
            "Wild lupine (Lupinus perennis): lot SB-3390, germination rate 82%, stored at -18 °C since 2024."
        )

    llm = LLM(model=f"bedrock/{MODEL_ID}", region_name=REGION, **CREDENTIALS)
    archivist = Agent(
        role="Seed bank archivist",
        goal="Find the stored seed lots of the plant species a project needs",
        backstory="You keep the records of the regional seed bank.",
        tools=[seed_lot_lookup],
        llm=llm,
        verbose=False,
    )
    planner = Agent(
        role="Meadow restoration planner",
        goal="Plan the sowing of wildflower meadows from seed bank stock",
        backstory="You have restored thirty hectares of meadow from stored seed.",
        llm=llm,
        verbose=False,
    )
    find_lot = Task(
        description="Look up the seed bank's stored seed lot of wild lupine (Lupinus perennis).",
        expected_output="the lot number and its germination rate",
        agent=archivist,
    )
    sowing_plan = Task(
        description="Write a short sowing plan for a one-hectare meadow from that seed lot, "
        "quoting its lot number and germination rate.",
        expected_output="a short sowing plan naming the lot number and the germination rate",
        agent=planner,
        context=[find_lot],
    )
    crew = Crew(
        agents=[archivist, planner], tasks=[find_lot, sowing_plan], process=Process.sequential, verbose=False
    )

    result = crew.kickoff()

    assert len(lookups) == 1 and "lupin" in lookups[0].lower(), lookups
    assert "SB-3390" in find_lot.output.raw, find_lot.output.raw
    assert "SB-3390" in result.raw and "82%" in result.raw, result.raw


# --------------------------------------------------------------------------- LangGraph ReAct agent


def test_langgraph_react_agent_feeds_the_member_id_into_the_next_tool(server: LocalBedrock) -> None:
    from langchain_core.tools import tool
    from langgraph.prebuilt import create_react_agent
    from langgraph.warnings import LangGraphDeprecatedSinceV10

    calls: list[tuple[str, str]] = []

    @tool
    def find_member_id(email: str) -> str:
        """Find a climbing gym member's id from their e-mail address."""
        calls.append(("find_member_id", email))
        return "M-70215" if email.strip().lower() == "ana.ortiz@example.org" else "no such member"

    @tool
    def membership_status(member_id: str) -> str:
        """The plan, payment status and renewal date of a climbing gym membership, by member id."""
        calls.append(("membership_status", member_id))
        if member_id.strip().upper() != "M-70215":
            return f"No member {member_id}."
        return "Member M-70215: Gold plan, paid up, renews on 2027-01-09."

    # `create_react_agent` is the prebuilt agent of the installed langgraph; its successor,
    # `langchain.agents.create_agent`, is in the `langchain` package, which is not installed.
    with pytest.warns(LangGraphDeprecatedSinceV10):
        agent = create_react_agent(converse_chat(server.url), [find_member_id, membership_status])
    state = agent.invoke(
        {"messages": [("user", "When does the climbing gym membership of ana.ortiz@example.org renew?")]}
    )

    assert calls == [("find_member_id", "ana.ortiz@example.org"), ("membership_status", "M-70215")]
    answer = state["messages"][-1].text
    assert "2027-01-09" in answer, answer


# --------------------------------------------------------------------------- LangGraph router


class Route(BaseModel):
    """Which support team of a meal-kit company handles a customer's message."""

    route: Literal["billing", "shipping"] = Field(
        description="billing: charges, invoices, refunds and payment cards; "
        "shipping: deliveries, couriers and boxes on their way"
    )
    reason: str = Field(description="why this team handles the message")


@pytest.mark.parametrize(
    ("message", "route"),
    [
        ("My card was charged twice for the March meal box. Can you undo one of the payments?", "billing"),
        ("The courier says my meal box is stuck at the Rotterdam hub. When will it reach me?", "shipping"),
    ],
    ids=["billing", "shipping"],
)
def test_langgraph_router_routes_by_structured_output(server: LocalBedrock, message: str, route: str) -> None:
    from typing import TypedDict

    from langgraph.graph import END, START, StateGraph

    class State(TypedDict, total=False):
        message: str
        route: str
        reason: str
        handled_by: str

    router_model = converse_chat(server.url).with_structured_output(Route)

    def router(state: State) -> State:
        decision = router_model.invoke(state["message"])
        return {"route": decision.route, "reason": decision.reason}

    def billing_team(state: State) -> State:
        return {"handled_by": "billing team"}

    def shipping_team(state: State) -> State:
        return {"handled_by": "shipping team"}

    graph = StateGraph(State)
    graph.add_node("router", router)
    graph.add_node("billing", billing_team)
    graph.add_node("shipping", shipping_team)
    graph.add_edge(START, "router")
    graph.add_conditional_edges(
        "router", lambda state: state["route"], {"billing": "billing", "shipping": "shipping"}
    )
    graph.add_edge("billing", END)
    graph.add_edge("shipping", END)

    result = graph.compile().invoke({"message": message})

    assert result["route"] == route
    assert result["handled_by"] == f"{route} team"
    assert isinstance(result["reason"], str) and result["reason"].strip()
