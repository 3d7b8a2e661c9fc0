"""Seed properties of memory and context (6, 7, 23, 24, 25) for Strands agents on a store, both backends.

The agents are real Strands agents calling the local Bedrock endpoint (the simulated model).
`Recorder` sees what each model call is sent, after every other hook has run (it is added last),
so "the context was loaded before processing" is checked on the request itself.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from memory_support import Stores, backends, fresh
from strands import Agent
from strands.hooks import BeforeModelCallEvent

from agentkit import models
from agentkit.memory import MemoryStore
from agentkit.memory.budget import BudgetedSummarizer
from agentkit.memory.long_term import LongTermMemory
from agentkit.memory.strands_session import session_manager

PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_ids = itertools.count()

word = st.sampled_from(
    "lake ridge trail camp river city museum train ticket hotel dinner market harbour castle garden "
    "bridge tower beach forest valley".split()
)
sentences = st.lists(word, min_size=2, max_size=8).map(
    lambda ws: ("We visit the " + " ".join(ws)).strip() + "."
)
facts = st.lists(word, min_size=2, max_size=5).map(lambda ws: "The user likes the " + " ".join(ws) + ".")


class Recorder:
    """Keeps a copy of the messages and system prompt of every model call of an agent.

    With a budget it also counts each request's tokens as sent, and as the full history (every
    message the store holds) would have been.
    """

    def __init__(
        self, agent: Agent, budget: BudgetedSummarizer | None = None, store: MemoryStore | None = None
    ):
        self.calls: list[dict[str, Any]] = []
        self.budget, self.store = budget, store
        agent.hooks.add_callback(BeforeModelCallEvent, self._record)

    def _record(self, event: BeforeModelCallEvent) -> None:
        agent = event.agent
        call = {"messages": copy.deepcopy(agent.messages), "system": agent.system_prompt}
        if self.budget is not None and self.store is not None:
            session = agent._session_manager.session_id  # type: ignore[union-attr]
            history = [{"role": m.role, "content": m.content} for m in self.store.iter_messages(session)]
            call["tokens"] = self.budget.request_tokens(agent)
            call["full_tokens"] = self.budget.request_tokens(agent, history)
        self.calls.append(call)


def agent_on(store: MemoryStore, session_id: str, **options: Any) -> Agent:
    return Agent(
        model=models.build_model(),
        session_manager=session_manager(store, session_id, user_id="ana"),
        callback_handler=None,
        **options,
    )


def texts(messages: list[Any]) -> list[tuple[str, str]]:
    return [(m["role"], "".join(b.get("text", "") for b in m["content"]).strip()) for m in messages]


def new_session() -> str:
    return f"p-{next(_ids)}"


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
    owner = f"owner-{next(_ids)}"
    stored = [store.remember(owner, fact) for fact in known]
    memory = LongTermMemory(store, owner)
    agent = Agent(
        model=models.build_model(), hooks=[memory], system_prompt="Be brief.", callback_handler=None
    )
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


@PROPERTY
@given(backend=backends, turns=st.lists(sentences, min_size=4, max_size=12), budget=st.integers(220, 400))
def test_property_25_context_summarization(
    stores: Stores, backend: str, turns: list[str], budget: int
) -> None:
    with fresh(stores.factories[backend]) as store:
        session = new_session()
        manager = BudgetedSummarizer(budget, preserve_recent_messages=4)
        agent = agent_on(store, session, conversation_manager=manager)
        recorder = Recorder(agent, manager, store)
        for said in turns:
            agent(said)
        keep = (
            manager.preserve_recent_messages + 2
        )  # the summary (or first message), the kept turns, the new one
        over = [call for call in recorder.calls if call["full_tokens"] > budget]
        for call in recorder.calls:
            if (
                call["full_tokens"] <= budget and not manager.summaries
            ):  # while the history fits, it is sent whole
                assert call["tokens"] == call["full_tokens"]
        for call in over:  # once it does not, older turns are summarized, if there are any to summarize
            assert call["tokens"] < call["full_tokens"] or len(call["messages"]) <= keep
        if any(len(call["messages"]) > keep for call in over):
            assert manager.summaries > 0
            assert texts([agent.messages[0]])[0][1].startswith("Summary:")  # the simulator's summary
        if not over:
            assert manager.summaries == 0
        for call in recorder.calls:  # each request fits, unless only the summary and the kept turns are left
            assert call["tokens"] <= budget or len(call["messages"]) <= keep
        # The store keeps the whole conversation, whatever was sent.
        assert [m.text for m in store.iter_messages(session) if m.role == "user"] == turns
