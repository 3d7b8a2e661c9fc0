"""Property 41: a scheduled event triggers the scheduled-task function: a `ScheduledTask` event, or a tick
of the schedule rule (fired with `events.fire_schedule`, since moto has no scheduler)."""

from __future__ import annotations

from typing import Any

from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import events

names = st.text(st.characters(codec="ascii", categories=["L", "N", "Pd"]), min_size=1, max_size=16)
parameters = st.dictionaries(names, st.one_of(st.integers(), st.text(max_size=10), st.booleans()), max_size=3)
scheduled = st.fixed_dictionaries(
    {"schedule_id": names, "task_type": names}, optional={"parameters": parameters}
)
TICK = None  # the schedule rule's clock, rather than an event


@settings(max_examples=100, deadline=None)
@given(task=st.one_of(st.just(TICK), scheduled))
def test_property_41_a_scheduled_event_triggers_the_scheduled_task_function(
    event_kit: EventKit, task: dict[str, Any] | None
) -> None:
    event_kit.calls.clear()
    if task is TICK:
        events.fire_schedule(event_kit.installed, client=event_kit.client)
        expected = {"schedule_id": "hourly", "task_type": "heartbeat"}
    else:
        events.publish("ScheduledTask", task, bus=event_kit.installed.bus, client=event_kit.client)
        expected = events.validate("ScheduledTask", task).model_dump()
    assert event_kit.calls["ScheduledTaskFunctionArn"] == [expected]
    assert not event_kit.calls["AgentProcessingFunctionArn"] and not event_kit.calls["ErrorEventFunctionArn"]
