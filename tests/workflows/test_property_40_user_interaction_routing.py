"""Property 40: a user-interaction event goes to the agent-processing function (and to no other handler)."""

from __future__ import annotations

from typing import Any

from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import events

names = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=16)
interactions = st.fixed_dictionaries({"session_id": names, "agent_id": names, "message": st.text(min_size=1)})
EVENT_HANDLERS = (
    "StatusUpdateFunctionArn",
    "AgentProcessingFunctionArn",
    "ErrorEventFunctionArn",
    "ScheduledTaskFunctionArn",
)


@settings(max_examples=100, deadline=None)
@given(interaction=interactions)
def test_property_40_a_user_interaction_reaches_the_agent_processing_function(
    event_kit: EventKit, interaction: dict[str, Any]
) -> None:
    event_kit.calls.clear()
    event_id = events.publish(
        "UserInteraction", interaction, bus=event_kit.installed.bus, client=event_kit.client
    )
    [received] = event_kit.calls["AgentProcessingFunctionArn"]
    assert received["id"] == event_id and received["detail"] == interaction
    assert received["detail-type"] == "UserInteraction" and received["source"] == "agentkit.users"
    assert [h for h in EVENT_HANDLERS if event_kit.calls[h]] == ["AgentProcessingFunctionArn"]
