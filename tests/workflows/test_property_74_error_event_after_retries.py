"""Property 74: when a task's retries are exhausted (or its error is not one to retry), the task-execution
workflow publishes one `ErrorOccurred` event naming the error, and no `TaskCompleted`.

The step handler is scripted by the step's own input (`fail:<Error>:<id>:<message>` raises `<Error>`),
so each example generates its failure as data: which step fails, and how.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

import pytest
from event_kit_support import EventKit
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.service.handlers import HANDLERS, StepFailedError, StepTransientError
from agentkit.workflows import events, local
from agentkit.workflows.events import Watch

ERRORS = {e.__name__: e for e in (StepTransientError, StepFailedError, LookupError)}
RETRIED = {"StepTransientError": 4}  # the first try and the ASL's MaxAttempts 3; the others run once
attempts: Counter[str] = Counter()


def scripted_step(event: Any, context: Any) -> dict[str, Any]:
    step = event["step"]
    if step["input"].startswith("fail:"):
        _, kind, _, message = step["input"].split(":", 3)
        attempts[step["input"]] += 1
        raise ERRORS[kind](f"step {step['number']}: {message}")
    return {"number": step["number"], "action": step["action"], "result": []}


@pytest.fixture(scope="module")
def workflow(event_kit: EventKit) -> tuple[str, Watch]:
    """The task workflow publishing on the module's bus, its steps scripted; and a watch on both outcomes."""
    installed = event_kit.installed
    arn = local.deploy(
        "task_execution",
        HANDLERS | {"ExecuteStepFunctionArn": scripted_step},
        name=f"{installed.bus}-scripted",
        values={"EventBusName": installed.bus},
        client=event_kit.client,
    )
    outcomes = events.watch(
        installed, ["ErrorOccurred", "TaskCompleted"], name="property-74", client=event_kit.client
    )
    return arn, outcomes


@settings(max_examples=100, deadline=None)
@given(
    steps=st.integers(1, 3),
    failing=st.integers(0, 2),
    error=st.sampled_from(sorted(ERRORS)),
    message=st.text(st.characters(codec="ascii", categories=["L", "N", "Zs"]), min_size=1, max_size=30),
)
def test_property_74_exhausted_retries_publish_error_occurred(
    event_kit: EventKit, workflow: tuple[str, Watch], steps: int, failing: int, error: str, message: str
) -> None:
    arn, outcomes = workflow
    failing %= steps
    marker = f"fail:{error}:{uuid.uuid4().hex}:{message}"
    plan = [{"action": "search_documents", "input": marker if n == failing else "ok"} for n in range(steps)]
    sfn = event_kit.client("stepfunctions")
    with local.time_scale(0.001):
        done = local.run(sfn, arn, {"description": "scripted", "steps": plan})
    assert done["status"] == "FAILED" and done["error"] == "TaskFailed"
    assert attempts[marker] == RETRIED.get(error, 1)
    [event] = outcomes.receive()
    assert event["detail-type"] == "ErrorOccurred" and event["source"] == "agentkit.errors"
    assert event["detail"]["error_type"] == error
    assert event["detail"]["error_message"] == f"step {failing + 1}: {message}"
    assert event["detail"]["component"] == arn.rsplit(":", 1)[1]
    assert event["detail"]["context"] == {"execution": done["executionArn"]}
