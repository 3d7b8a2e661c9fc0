"""Seed properties of memory and context (6, 7, 23, 24) for Strands agents on a store, both backends.

Property 25 (summarization under a token budget) is in test_context_summarization_property.py: it is the
slowest, and a file of its own runs on another test worker beside these.

The agents are real Strands agents calling the local Bedrock endpoint (the simulated model); see
agent_support.py for the recorder that checks what each model call is sent.
"""

from __future__ import annotations

from typing import Any

from agent_support import (
    PROPERTY,
    Recorder,
    agent_on,
    facts,
    new_session,
    sentences,
    shared_model,
    texts,
    word,
)
from hypothesis import given
from hypothesis import strategies as st
from memory_support import Stores, backends, fresh
from strands import Agent

from agentkit.memory.long_term import LongTermMemory


@PROPERTY
@given(backend=backends, said=sentences)
def test_property_6_conversation_persistence(stores: Stores, backend: str, said: str) -> None:
    store = stores[backend]
    session = new_session()
    answer = str(agent_on(store, session)(said)).strip()
    assert texts(m.model_dump() for m in store.iter_messages(session)) == [
        ("user", said),
        ("assistant", answer),
    ]


@PROPERTY
@given(backend=backends, earlier=st.lists(sentences, min_size=1, max_size=3), now=sentences)
def test_property_7_context_retrieval(stores: Stores, backend: str, earlier: list[str], now: str) -> None:
    with fresh(stores.factories[backend]) as store:
        session = new_session()
        first = agent_on(store, session)
        for said in earlier:
            first(said)
        stored = texts(m.model_dump() for m in store.iter_messages(session))
        resumed = agent_on(store, session)  # a new process: the store is all it has
        recorder = Recorder(resumed)
        resumed(now)
        assert texts(recorder.calls[0]["messages"]) == [*stored, ("user", now)]


@PROPERTY
@given(
    backend=backends, known=st.lists(facts, min_size=1, max_size=4, unique=True), forgotten=st.integers(0, 3)
)
def test_property_23_context_retrieval_before_processing(
    stores: Stores, backend: str, known: list[str], forgotten: int
) -> None:
    store = stores[backend]
    owner = f"owner-{new_session()}"
    stored = [store.remember(owner, fact) for fact in known]
    memory = LongTermMemory(store, owner)
    agent = Agent(model=shared_model(), hooks=[memory], system_prompt="Be brief.", callback_handler=None)
    recorder = Recorder(agent)
    agent("Hello.")
    assert all(fact in recorder.calls[-1]["system"] for fact in known)
    assert recorder.calls[-1]["system"].startswith("Be brief.")
    gone = stored[forgotten % len(stored)]
    store.forget(owner, gone.fact_id)  # removed elsewhere between turns: the next turn reads the store again
    agent("Hello again.")
    assert gone.content not in recorder.calls[-1]["system"]
    assert all(f.content in recorder.calls[-1]["system"] for f in stored if f is not gone)


state_values = st.dictionaries(
    st.sampled_from(["seat", "city", "budget", "steps"]),
    st.integers(0, 10_000) | word | st.lists(word, max_size=3),
    min_size=1,
)


@PROPERTY
@given(
    backend=backends,
    state=state_values,
    said=sentences,
    step=st.integers(1, 20),
    result=st.none() | sentences,
)
def test_property_24_comprehensive_context_persistence(
    stores: Stores, backend: str, state: dict[str, Any], said: str, step: int, result: str | None
) -> None:
    store, reopened = stores.pair(backend)
    session = new_session()
    agent = agent_on(store, session)
    for key, value in state.items():
        agent.state.set(key, value)
    answer = str(agent(said)).strip()
    owner = store.create_agent("ana", "planner")
    task = store.create_task(owner.agent_id, said)
    store.update_task(owner.agent_id, task.task_id, status="running", current_step=step, result=result)
    store.remember(owner.agent_id, f"The user said: {said}")

    # Everything is read back by another store object: the conversation, the agent's state, the task, memory.
    assert texts(m.model_dump() for m in reopened.iter_messages(session)) == [
        ("user", said),
        ("assistant", answer),
    ]
    assert agent_on(reopened, session).state.get() == state
    persisted = reopened.get_task(owner.agent_id, task.task_id)
    assert (persisted.status, persisted.current_step, persisted.result) == ("running", step, result)
    assert [f.content for f in reopened.list_facts(owner.agent_id)] == [f"The user said: {said}"]
