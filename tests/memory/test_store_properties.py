"""Seed properties of state persistence (61-65), as Hypothesis tests on both backends.

Each example works on fresh ids in the test's store, so examples share nothing but the table.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from memory_support import Stores, backends

PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_ids = itertools.count()

words = st.text(
    st.characters(categories=["L", "N"], include_characters=" .,!?'-"), min_size=1, max_size=60
).filter(str.strip)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**9), 10**9)
    | st.floats(allow_nan=False, allow_infinity=False)
    | words,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_ids)}"


@PROPERTY
@given(backend=backends, names=st.lists(words, min_size=1, max_size=6))
def test_property_61_agent_creation_with_unique_id(stores: Stores, backend: str, names: list[str]) -> None:
    store = stores[backend]
    user = unique("user")
    created = [store.create_agent(user, name) for name in names]
    assert len({a.agent_id for a in created}) == len(created)
    for agent in created:
        assert store.get_agent(agent.agent_id) == agent
    assert {a.agent_id for a in store.list_agents(user, limit=100)} == {a.agent_id for a in created}


agent_updates = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "name": words,
            "status": st.sampled_from(["idle", "processing", "waiting", "error"]),
            "configuration": st.fixed_dictionaries(
                {
                    "system_prompt": words,
                    "tools": st.lists(st.sampled_from(["calculator", "search", "sql"]), unique=True),
                }
            ),
        },
    ).filter(bool),
    min_size=1,
    max_size=5,
)


@PROPERTY
@given(backend=backends, updates=agent_updates)
def test_property_62_state_update_persistence(
    stores: Stores, backend: str, updates: list[dict[str, Any]]
) -> None:
    store, reopened = stores.pair(backend)
    agent = store.create_agent(unique("user"), "agent")
    expected = agent.model_dump()
    for number, change in enumerate(updates, start=2):
        updated = store.update_agent(agent.agent_id, **change)
        expected.update(change)
        if "configuration" in change:
            expected["configuration"] = updated.configuration.model_dump()
        assert updated.version == number
        for name in ("name", "status", "configuration"):
            assert updated.model_dump()[name] == expected[name]
    assert reopened.get_agent(agent.agent_id) == updated


@PROPERTY
@given(
    backend=backends,
    description=words,
    plan=st.none() | st.fixed_dictionaries({"steps": st.lists(words, max_size=4)}),
)
def test_property_63_task_persistence(
    stores: Stores, backend: str, description: str, plan: dict[str, Any] | None
) -> None:
    store, reopened = stores.pair(backend)
    agent = store.create_agent(unique("user"), "agent")
    task = store.create_task(agent.agent_id, description, plan=plan)
    assert store.get_task(agent.agent_id, task.task_id) == task
    assert reopened.get_task(agent.agent_id, task.task_id) == task
    assert task.task_id in {t.task_id for t in store.list_tasks(agent.agent_id)}


turns = st.lists(
    st.tuples(
        st.sampled_from(["user", "assistant"]),
        words | st.lists(st.fixed_dictionaries({"text": words}), min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=8,
)


@PROPERTY
@given(backend=backends, turns=turns)
def test_property_64_conversation_history_append(
    stores: Stores, backend: str, turns: list[tuple[str, Any]]
) -> None:
    store = stores[backend]
    session = store.create_session(unique("user")).session_id
    before: list[Any] = []
    for role, content in turns:
        saved = store.save_message(session, role, content)
        history = list(store.get_conversation_history(session, limit=100))
        assert history[0] == saved  # the new turn is the newest
        assert history[1:] == before  # and nothing before it changed
        assert saved.content == ([{"text": content}] if isinstance(content, str) else content)
        before = history
    assert store.get_session(session).message_count == len(turns)


task_steps = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "status": st.sampled_from(["pending", "running"]),
            "current_step": st.integers(0, 50),
            "result": json_values,
        },
    ).filter(bool),
    max_size=6,
)


@PROPERTY
@given(backend=backends, steps=task_steps, finish=st.sampled_from([None, "completed", "failed", "cancelled"]))
def test_property_65_latest_state_retrieval(
    stores: Stores, backend: str, steps: list[dict[str, Any]], finish: str | None
) -> None:
    store, reopened = stores.pair(backend)
    agent = store.create_agent(unique("user"), "agent")
    task = store.create_task(agent.agent_id, "work")
    expected = {"status": "pending", "current_step": 0, "result": None}
    for step in [*steps, *([{"status": finish}] if finish else [])]:
        store.update_task(agent.agent_id, task.task_id, **step)
        expected.update(step)
    for reader in (store, reopened):
        latest = reader.get_task(agent.agent_id, task.task_id)
        assert {k: getattr(latest, k) for k in expected} == expected
        assert (latest.completed_at is not None) == (finish is not None)
