"""Property 43: an error event goes to the error-handling function (and to no other handler)."""

from __future__ import annotations

from typing import Any

from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import events

names = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=16)
errors = st.fixed_dictionaries(
    {"component": names, "error_type": names, "error_message": st.text(max_size=60)},
    optional={"context": st.dictionaries(names, st.one_of(st.integers(), st.text(max_size=10)), max_size=3)},
)
EVENT_HANDLERS = (
    "StatusUpdateFunctionArn",
    "AgentProcessingFunctionArn",
    "ErrorEventFunctionArn",
    "ScheduledTaskFunctionArn",
)


@settings(max_examples=100, deadline=None)
@given(error=errors)
def test_property_43_an_error_event_reaches_the_error_handling_function(
    event_kit: EventKit, error: dict[str, Any]
) -> None:
    event_kit.calls.clear()
    event_id = events.publish("ErrorOccurred", error, bus=event_kit.installed.bus, client=event_kit.client)
    [received] = event_kit.calls["ErrorEventFunctionArn"]
    assert received["id"] == event_id and received["source"] == "agentkit.errors"
    assert received["detail"] == events.validate("ErrorOccurred", error).model_dump()
    assert [h for h in EVENT_HANDLERS if event_kit.calls[h]] == ["ErrorEventFunctionArn"]
