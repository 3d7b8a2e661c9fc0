"""Property 42: a state-change notification reaches every subscribed function, once, and no other.

Four spare functions exist for the module; each example subscribes a generated subset of them (with the
status handler, always subscribed, that is at most the five targets a rule may have), then publishes a
generated state change.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import events, local

SPARE = ("OneFunctionArn", "TwoFunctionArn", "ThreeFunctionArn", "FourFunctionArn")
statuses = st.sampled_from(["idle", "processing", "waiting", "error"])
names = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=16)
changes = st.one_of(
    st.tuples(
        st.just("AgentStatusChanged"),
        st.fixed_dictionaries({"agent_id": names, "old_status": statuses, "new_status": statuses}),
    ),
    st.tuples(
        st.just("TaskCompleted"),
        st.fixed_dictionaries({"task_id": names, "status": st.just("completed"), "steps": st.integers(0, 9)}),
    ),
)


@pytest.fixture(scope="module")
def spare(event_kit: EventKit) -> tuple[dict[str, str], dict[str, list[Any]]]:
    """ARNs of four functions that only record what they receive, and what they received."""
    received: dict[str, list[Any]] = defaultdict(list)

    def recorder(placeholder: str) -> Any:
        def record(event: Any, context: Any) -> None:
            received[placeholder].append(event)

        return record

    arns = local.functions(
        SPARE,
        {p: recorder(p) for p in SPARE},
        prefix=f"{event_kit.installed.bus}-spare",
        client=event_kit.client,
    )
    return arns, received


@settings(max_examples=100, deadline=None)
@given(subscribed=st.sets(st.sampled_from(SPARE)), change=changes)
def test_property_42_a_state_change_reaches_every_subscriber_once(
    event_kit: EventKit,
    spare: tuple[dict[str, str], dict[str, list[Any]]],
    subscribed: set[str],
    change: tuple[str, dict[str, Any]],
) -> None:
    arns, received = spare
    installed, client = event_kit.installed, event_kit.client
    for placeholder in SPARE:
        if placeholder in subscribed:
            events.subscribe(installed, arns[placeholder], client=client)
        else:
            events.unsubscribe(installed, arns[placeholder], client=client)
    received.clear()
    event_kit.calls.clear()
    detail_type, detail = change
    event_id = events.publish(detail_type, detail, bus=installed.bus, client=client)
    assert {p for p in SPARE if received[p]} == subscribed
    for placeholder in (*subscribed, "status"):
        got = received[placeholder] if placeholder != "status" else event_kit.calls["StatusUpdateFunctionArn"]
        assert [(e["id"], e["detail-type"], e["detail"]) for e in got] == [(event_id, detail_type, detail)]
    assert events.dead_letters(installed, client=client) == []
