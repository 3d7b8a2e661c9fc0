"""Property 39: a task-creation event starts the task-execution workflow, with the task as its input, and
that execution runs the task."""

from __future__ import annotations

import json
from typing import Any

from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import events, local
from agentkit.workflows.events import TASK_WORKFLOW

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


def latest(sfn: Any, arn: str, count: int) -> list[str]:
    """The ARNs of the `count` latest executions (Step Functions lists newest first)."""
    return [
        e["executionArn"] for e in sfn.list_executions(stateMachineArn=arn, maxResults=count)["executions"]
    ]


@settings(max_examples=100, deadline=None)
@given(task=tasks)
def test_property_39_a_created_task_starts_the_task_workflow_with_it(
    event_kit: EventKit, task: dict[str, Any]
) -> None:
    sfn, workflow = event_kit.client("stepfunctions"), event_kit.installed.targets[TASK_WORKFLOW]
    before = latest(sfn, workflow, 1)
    events.publish("TaskCreated", task, bus=event_kit.installed.bus, client=event_kit.client)
    started, *previous = latest(sfn, workflow, 2)
    assert previous == before, "TaskCreated started no execution, or more than one"
    done = local.wait(sfn, started, poll=0.03)
    assert json.loads(done["input"]) == events.validate("TaskCreated", task).model_dump()
    assert done["status"] == "SUCCEEDED", done
    assert done["output"]["task_id"] == task.get("task_id", done["output"]["task_id"])
    assert [r["number"] for r in done["output"]["results"]] == list(range(1, len(task["steps"]) + 1))
