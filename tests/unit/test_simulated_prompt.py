"""Prompts that frameworks wrap around an ask (agentkit/local/simulated/prompt.py, handoff.py).

The layouts below are written the way Strands' Graph and Swarm and CrewAI write them (labelled
sections); the simulated model must find the ask, the material handed over, and the agents listed.
"""

from __future__ import annotations

from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.handoff import Roster
from agentkit.local.simulated.prompt import parse

GRAPH = """Original Task: Write a two-line note on why tent returns rose in March.

Inputs from previous nodes:

From researcher:
  - Agent: Tent returns rose to 41 in March, up from 17 in February. Most cited a broken pole clip.
"""

SWARM = """Context:
Handoff Message: The numbers are ready; please write the customer note.

User Request: Write a note on why tent returns rose in March.

Previous agents who worked on this: researcher

Shared knowledge from previous agents:
• researcher: {"returns_march": 41, "cause": "broken pole clip"}

Other agents available for collaboration:
Agent name: researcher. Agent description: Looks up return figures in the sales database
Agent name: editor. Agent description: Checks spelling and tone of customer notes

You have access to swarm coordination tools if you need help from other agents.
"""

CREW = """Current Task: Summarise the return figures for the store manager.

This is the expected criteria for your final answer: two sentences.
you MUST return the actual complete content as the final answer, not a summary.

This is the context you're working with:
Tent returns rose to 41 in March. The main cause was a broken pole clip.

Begin! This is VERY important to you, use the tools available and give your best Final Answer!
"""


def test_graph_input_splits_into_ask_and_material() -> None:
    prompt = parse(GRAPH)
    assert prompt.ask == "Write a two-line note on why tent returns rose in March."
    assert prompt.material == [
        "Tent returns rose to 41 in March, up from 17 in February. Most cited a broken pole clip."
    ]


def test_swarm_input_lists_agents_and_who_already_worked() -> None:
    prompt = parse(SWARM)
    assert prompt.ask == "Write a note on why tent returns rose in March."
    assert [a.name for a in prompt.agents] == ["researcher", "editor"]
    assert prompt.worked == ["researcher"]
    assert any("41" in line for line in prompt.material)
    assert not any("you" in line.lower() for line in prompt.material)


def test_crewai_task_keeps_the_context_and_drops_the_scaffolding() -> None:
    prompt = parse(CREW)
    assert prompt.ask == "Summarise the return figures for the store manager."
    assert "Tent returns rose to 41 in March. The main cause was a broken pole clip." in prompt.material
    assert not any("MUST" in line or "Begin" in line for line in prompt.material)


def test_a_plain_request_is_all_ask() -> None:
    assert parse("What is the weather in Oslo?").ask == "What is the weather in Oslo?"


def test_the_agent_who_fits_is_chosen_but_never_one_who_already_worked() -> None:
    roster = Roster.read(SWARM, [])
    assert roster.best("Check the spelling of this customer note")[0].name == "editor"
    assert roster.best("Look up the return figures") is None  # researcher already worked on it


def test_a_relayed_answer_states_the_facts_of_the_material() -> None:
    answer = SimulatedModel().converse({"messages": [{"role": "user", "content": [{"text": GRAPH}]}]})
    text = answer["output"]["message"]["content"][0]["text"]
    assert "41" in text and "pole clip" in text
    assert answer["additionalModelResponseFields"]["agentkitWhy"][0]["rule"] == "relay"
