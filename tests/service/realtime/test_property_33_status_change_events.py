"""Property 33: every change of an agent's status publishes one `AgentStatusChanged` event to EventBridge,
with the status before and after; setting the status it already has is no change and publishes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_support import Live

from agentkit.service import operations
from agentkit.workflows import events

statuses = st.sampled_from(["idle", "processing", "waiting", "error"])


@pytest.fixture(scope="module")
def watched(live: Live) -> tuple[str, events.Watch]:
    watch = events.watch(live.installed, ["AgentStatusChanged"], name="property-33-status")
    return live.agent("ana"), watch


@settings(max_examples=100, deadline=None)
@given(changes=st.lists(statuses, min_size=1, max_size=4))
def test_property_33_an_agent_status_change_publishes_a_status_event(
    live: Live, watched: tuple[str, events.Watch], changes: list[str]
) -> None:
    agent, watch = watched
    current = live.store.get_agent(agent).status
    expected = []
    for status in changes:
        operations.change_status(agent, status)  # type: ignore[arg-type]
        if status != current:
            expected.append({"agent_id": agent, "old_status": current, "new_status": status})
            current = status
    received = watch.receive()
    assert [e["detail"] for e in received] == expected
    assert {(e["source"], e["detail-type"]) for e in received} <= {("agentkit.agents", "AgentStatusChanged")}
    assert live.store.get_agent(agent).status == current
