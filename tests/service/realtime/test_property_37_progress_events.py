"""Property 37: a running task emits a progress event after each of its steps, and its subscribers see them
in order — step 1 of n … step n of n — followed by its completion.

Each example is a real run of the task-execution workflow (local Step Functions), started by a
`TaskCreated` event for a subscribed agent; its `TaskProgress` and `TaskCompleted` events go through the
bus to the realtime status function, which pushes them to the subscriber's connection.
"""

from __future__ import annotations

import itertools
from typing import Any

import boto3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_support import Live

from agentkit.workflows import events, local

words = st.text(st.characters(codec="ascii", categories=["L"]), min_size=1, max_size=10)
steps = st.lists(
    st.fixed_dictionaries({"action": st.just("search_documents"), "input": words}), min_size=1, max_size=3
)
serial = itertools.count()


@pytest.fixture(scope="module")
def follower(live: Live) -> tuple[str, str]:
    """An agent of ana's and a connection of hers that follows it."""
    agent = live.agent("ana")
    live.connect("p37-follower")
    live.send("p37-follower", {"action": "subscribe", "agentId": agent})
    return agent, "p37-follower"


@pytest.fixture(scope="module")
def sfn(live: Live) -> Any:
    """A Step Functions client on the module's platform, built once rather than per example (~20 ms each)."""
    return boto3.client("stepfunctions")


@settings(max_examples=100, deadline=None)
@given(task_steps=steps)
def test_property_37_a_running_task_emits_progress_after_each_step(
    live: Live, follower: tuple[str, str], sfn: Any, task_steps: list[dict[str, Any]]
) -> None:
    agent, connection = follower
    live.endpoint.received.clear()
    task_id = f"p37-{next(serial)}"
    task = {"task_id": task_id, "agent_id": agent, "description": "look things up", "steps": task_steps}
    events.publish("TaskCreated", task, bus=live.installed.bus)
    workflow = live.installed.targets[events.TASK_WORKFLOW]
    [latest] = sfn.list_executions(stateMachineArn=workflow, maxResults=1)["executions"]
    assert local.wait(sfn, latest["executionArn"], poll=0.02)["status"] == "SUCCEEDED"
    total = len(task_steps)
    progress = [
        {
            "type": "progress",
            "agentId": agent,
            "taskId": task_id,
            "data": {"step": n, "totalSteps": total, "progress": n / total, "action": "search_documents"},
        }
        for n in range(1, total + 1)
    ]
    done = {
        "type": "done",
        "agentId": agent,
        "taskId": task_id,
        "data": {"status": "completed", "steps": total},
    }
    assert live.endpoint.received[connection] == [*progress, done]
