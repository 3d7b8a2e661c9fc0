"""Reading a Step Functions execution: its history as records, and the token tasks waiting in it.

Plain boto3 reads, the same on AWS and on local AWS, so the API's Lambda functions (approvals, a task's
status) use them without importing the local runner (`agentkit.workflows.local`, which needs moto).
"""

from __future__ import annotations

import json
from typing import Any

from agentkit.config import pages


def history(sfn: Any, execution_arn: str) -> list[dict[str, Any]]:
    """The execution's events as flat records: id, type, timestamp, state (when one is named) and details.

    `pandas.DataFrame(history(...))` is a timeline; `details` is the event's own `...EventDetails` dict.
    An event that names no state belongs to the state of the event it follows (`previousEventId`): in a
    Parallel state the branches' events interleave, so "the state entered last" would give one branch's
    task events to the other. A Parallel or Map state's own events belong to the innermost one still open.
    """
    records = []
    state_of: dict[int, str | None] = {}
    open_blocks: list[str] = []
    for event in pages(sfn, "get_execution_history", "events", executionArn=execution_arn):
        details = next((v for k, v in event.items() if k.endswith("EventDetails")), {})
        kind = event["type"]
        state = details.get("name")
        if state is None and kind.startswith(("Parallel", "Map")) and open_blocks:
            state = open_blocks[-1]
        elif state is None:
            state = state_of.get(event.get("previousEventId", 0))
        if kind in ("ParallelStateEntered", "MapStateEntered"):
            open_blocks.append(state)
        elif kind in ("ParallelStateExited", "MapStateExited") and state in open_blocks:
            open_blocks.remove(state)
        state_of[event["id"]] = state
        records.append(
            {
                "id": event["id"],
                "type": kind,
                "timestamp": event["timestamp"],
                "state": state,
                "details": details,
            }
        )
    return records


def waiting_tasks(sfn: Any, execution_arn: str) -> list[dict[str, Any]]:
    """The `.waitForTaskToken` tasks now waiting in an execution, oldest first: `state`, `payload` (what the
    task sent, its `taskToken` included) and `scheduled_at`.

    The token is in the task's Parameters (`"taskToken.$": "$$.Task.Token"` in the ASL), which the
    `TaskScheduled` event records; once its state exits (answered, failed or timed out) it is left out.
    Tasks are told apart by state name, so this is for token tasks outside Parallel and Map.
    """
    waiting: dict[str, dict[str, Any]] = {}
    for event in history(sfn, execution_arn):
        details = event["details"]
        if event["type"] == "TaskScheduled" and details.get("resource", "").endswith("waitForTaskToken"):
            payload = json.loads(details["parameters"]).get("Payload", {})
            if "taskToken" in payload:
                waiting[event["state"]] = {
                    "state": event["state"],
                    "payload": payload,
                    "scheduled_at": event["timestamp"],
                }
        elif event["type"] == "TaskStateExited":
            waiting.pop(event["state"], None)
    return list(waiting.values())


def pending_tokens(sfn: Any, execution_arn: str) -> list[str]:
    """Task tokens of the token tasks now waiting in an execution, oldest first (see `waiting_tasks`)."""
    return [task["payload"]["taskToken"] for task in waiting_tasks(sfn, execution_arn)]
