"""Property 34: every status update event on the bus — an agent's status change, a task's progress, its
completion, an error — is routed to the realtime status function, once."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_support import Live

from agentkit.service import realtime
from agentkit.workflows import events

names = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=12)
statuses = st.sampled_from(["idle", "processing", "waiting", "error"])
updates = st.one_of(
    st.tuples(
        st.just("AgentStatusChanged"),
        st.fixed_dictionaries({"agent_id": names, "old_status": statuses, "new_status": statuses}),
    ),
    st.integers(1, 9).flatmap(
        lambda total: st.tuples(
            st.just("TaskProgress"),
            st.fixed_dictionaries(
                {
                    "task_id": names,
                    "agent_id": st.none() | names,
                    "step": st.integers(1, total),
                    "total_steps": st.just(total),
                    "action": names,
                }
            ),
        )
    ),
    st.tuples(
        st.just("TaskCompleted"),
        st.fixed_dictionaries(
            {
                "task_id": names,
                "status": st.sampled_from(["completed", "cancelled"]),
                "steps": st.integers(0, 9),
            }
        ),
    ),
    st.tuples(
        st.just("ErrorOccurred"),
        st.fixed_dictionaries(
            {
                "component": names,
                "error_type": names,
                "error_message": st.text(max_size=40),
                "context": st.just({}),
            }
        ),
    ),
)


@pytest.fixture(scope="module")
def received(live: Live) -> list[dict[str, Any]]:
    """What the realtime status function is handed: it is bound to a recorder that then runs the real handler."""
    calls: list[dict[str, Any]] = []

    def recording(event: Any, context: Any) -> Any:
        calls.append(event)
        return realtime.status_handler(event, context)

    realtime.subscribe_to_bus(live.installed, handler=recording)
    return calls


@settings(max_examples=100, deadline=None)
@given(update=updates)
def test_property_34_a_status_event_is_routed_to_the_status_function(
    live: Live, received: list[dict[str, Any]], update: tuple[str, dict[str, Any]]
) -> None:
    received.clear()
    detail_type, detail = update
    event_id = events.publish(detail_type, detail, bus=live.installed.bus)
    assert [(e["id"], e["detail-type"]) for e in received] == [(event_id, detail_type)]
    assert received[0]["detail"] == events.validate(detail_type, detail).model_dump()
    assert events.dead_letters(live.installed) == []
