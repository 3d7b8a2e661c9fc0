"""Property 12: every task that completes successfully publishes one `TaskCompleted` event, naming the task,
its step count and (in `resources`) the execution that holds its results."""

from __future__ import annotations

from typing import Any

import pytest
from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import events, local
from agentkit.workflows.events import TASK_WORKFLOW, Watch

words = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=12)
tasks = st.fixed_dictionaries(
    {
        "description": st.text(min_size=1, max_size=40),
        "steps": st.lists(
            st.fixed_dictionaries({"action": st.just("search_documents"), "input": words}),
            min_size=1,
            max_size=3,
        ),
    },
    optional={"task_id": words.map(lambda w: f"t-{w}")},
)


@pytest.fixture(scope="module")
def completed(event_kit: EventKit) -> Watch:
    return events.watch(
        event_kit.installed, ["TaskCompleted"], name="property-12-completed", client=event_kit.client
    )


@settings(max_examples=100, deadline=None)
@given(task=tasks)
def test_property_12_a_completed_task_publishes_task_completed(
    event_kit: EventKit, completed: Watch, task: dict[str, Any]
) -> None:
    sfn = event_kit.client("stepfunctions")
    execution = local.start(sfn, event_kit.installed.targets[TASK_WORKFLOW], task)
    done = local.wait(sfn, execution, poll=0.03)
    assert done["status"] == "SUCCEEDED", done
    [event] = completed.receive()
    task_id = done["output"]["task_id"]
    assert task_id == task.get("task_id", task_id)
    assert event["source"] == "agentkit.tasks" and event["detail-type"] == "TaskCompleted"
    assert event["detail"] == {"task_id": task_id, "status": "completed", "steps": len(task["steps"])}
    assert execution in event["resources"]
