"""Strands agents persist in and resume from a `MemoryStore` (both backends), through Strands itself."""

from __future__ import annotations

from typing import Any

import pytest
from strands import Agent
from strands.types.exceptions import SessionException
from strands.types.session import Session, SessionMessage, SessionType

from agentkit import models
from agentkit.memory import MemoryStore
from agentkit.memory.budget import BudgetedSummarizer
from agentkit.memory.long_term import LongTermMemory
from agentkit.memory.strands_session import StoreSessionRepository, session_manager


def agent_on(store: MemoryStore, session_id: str, **options: Any) -> Agent:
    return Agent(
        model=models.build_model(),
        session_manager=session_manager(store, session_id, user_id="ana"),
        callback_handler=None,
        **options,
    )


def conversation(agent: Agent) -> list[tuple[str, str]]:
    return [(m["role"], " ".join(b.get("text", "") for b in m["content"])) for m in agent.messages]


def test_a_new_agent_object_continues_the_session(store: MemoryStore) -> None:
    first = agent_on(store, "trip")
    first("My name is Ana and I am planning a trip to Lisbon in May.")
    first("I want to visit the Belem tower.")
    restarted = agent_on(store, "trip")  # as after a kernel restart: nothing shared but the store
    assert conversation(restarted) == conversation(first)
    answer = str(restarted("Where is the trip I am planning?"))
    assert "Lisbon" in answer  # the simulator answers from the context it was sent: the stored turns
    stored = list(store.iter_messages("trip"))
    assert [m.seq for m in stored] == list(range(6))
    assert [m.role for m in stored] == ["user", "assistant"] * 3
    assert stored[-1].text.strip() == answer.strip()
    assert store.get_session("trip").user_id == "ana"
    assert [s.session_id for s in store.list_sessions("ana")] == ["trip"]


def test_agent_state_survives_a_restart(store: MemoryStore) -> None:
    first = agent_on(store, "prefs")
    first.state.set("seat", "window")
    first("Hello there.")
    assert agent_on(store, "prefs").state.get("seat") == "window"


def test_a_summarized_conversation_resumes_with_its_summary(store: MemoryStore) -> None:
    budget = BudgetedSummarizer(250, preserve_recent_messages=4)
    first = agent_on(store, "long", conversation_manager=budget)
    for day in range(8):
        first(f"On day {day} we hike the ridge trail number {day} and camp by lake {day}.")
    assert budget.summaries > 0
    resumed = agent_on(
        store, "long", conversation_manager=BudgetedSummarizer(250, preserve_recent_messages=4)
    )
    assert conversation(resumed) == conversation(first)  # the summary and the recent turns, not all 16
    assert len(list(store.iter_messages("long"))) == 16  # while the store keeps every message


def test_two_agents_in_one_session_keep_their_own_messages(store: MemoryStore) -> None:
    planner = agent_on(store, "team", agent_id="planner")
    writer = agent_on(store, "team", agent_id="writer")
    planner("Plan three days in Porto.")
    writer("Write a short postcard text.")
    assert len(agent_on(store, "team", agent_id="planner").messages) == 2
    assert {m.agent_id for m in store.iter_messages("team")} == {"planner", "writer"}


def test_the_repository_contract(store: MemoryStore) -> None:
    repository = StoreSessionRepository(store, user_id="ana")
    session = Session(session_id="repo", session_type=SessionType.AGENT)
    repository.create_session(session)
    with pytest.raises(SessionException, match="already exists"):
        repository.create_session(session)
    assert repository.read_session("missing") is None
    message = SessionMessage.from_message(
        {"role": "user", "content": [{"text": "card 4111 1111 1111 1111"}]}, 0
    )
    repository.create_message("repo", "default", message)
    message.redact_message = {"role": "user", "content": [{"text": "[redacted]"}]}
    repository.update_message("repo", "default", message)
    assert [m.text for m in store.iter_messages("repo")] == ["[redacted]"]  # what was blocked is not kept
    assert repository.read_message("repo", "default", 0).to_message()["content"] == [{"text": "[redacted]"}]
    with pytest.raises(SessionException, match="does not exist"):
        repository.update_message("repo", "default", SessionMessage.from_message(message.message, 7))


class Team:
    """The two members of a Strands multi-agent system the repository touches."""

    id = "team-1"

    def __init__(self, state: dict[str, Any]) -> None:
        self.state = state

    def serialize_state(self) -> dict[str, Any]:
        return self.state


def test_multi_agent_state_is_kept(store: MemoryStore) -> None:
    repository = StoreSessionRepository(store, user_id="ana")
    repository.create_session(Session(session_id="graph", session_type=SessionType.AGENT))
    with pytest.raises(SessionException, match="does not exist"):
        repository.update_multi_agent("graph", Team({}))  # type: ignore[arg-type]
    repository.create_multi_agent("graph", Team({"node": "a"}))  # type: ignore[arg-type]
    repository.update_multi_agent("graph", Team({"node": "b"}))  # type: ignore[arg-type]
    assert repository.read_multi_agent("graph", "team-1") == {"node": "b"}


def test_facts_outlive_the_summaries(store: MemoryStore) -> None:
    """Summarizing replaces old turns, not what the agent knows: facts are put back in every prompt."""
    store.remember("hiker", "The user is allergic to peanuts.")
    memory = LongTermMemory(store, "hiker")
    budget = BudgetedSummarizer(300, preserve_recent_messages=4)
    agent = agent_on(store, "hike", hooks=[memory], conversation_manager=budget)
    for day in range(8):
        agent(f"On day {day} we hike the ridge trail number {day} and camp by lake {day}.")
    assert budget.summaries > 0
    assert "allergic to peanuts" in agent.system_prompt
    assert not any("allergic" in block.get("text", "") for m in agent.messages for block in m["content"])
