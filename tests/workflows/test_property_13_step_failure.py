"""Property 13 (step failure handling): for any task step that fails, the error handling runs.

A generated plan of 1–6 steps has one step that fails permanently (an error the workflow does not
retry); the execution must leave the steps for its error path (HandleError and what follows it in the
ASL), hand HandleError that step's error, run no later step, and end FAILED.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workflow_support import (
    JOURNAL,
    PERMANENT,
    act_step,
    entered,
    error_path,
    handled_error,
    handlers_with,
    machine,
    task_input,
)

from agentkit.workflows import local


@pytest.fixture(scope="module")
def task_execution(client: Callable[..., Any]) -> tuple[Any, str]:
    arn = local.deploy(
        "task_execution", handlers_with(ExecuteStepFunctionArn=act_step), name="property-13", client=client
    )
    return client("stepfunctions"), arn


@st.composite
def plans_with_a_failing_step(draw: st.DrawFn) -> tuple[int, int, str]:
    """(plan length, the failing step's number, its error)."""
    length = draw(st.integers(1, 6))
    return length, draw(st.integers(1, length)), draw(st.sampled_from(PERMANENT))


@settings(max_examples=100, deadline=None)
@given(plan=plans_with_a_failing_step())
def test_property_13_a_failing_step_triggers_the_error_handling(
    task_execution: tuple[Any, str], plan: tuple[int, int, str]
) -> None:
    sfn, arn = task_execution
    length, failing, error = plan
    steps = [{"fail": 99, "error": error} if n == failing else {"result": n} for n in range(1, length + 1)]
    task = task_input(steps)
    done = local.run(sfn, arn, task, name=task["task_id"])

    path = error_path(machine("task_execution"))
    assert done["status"] == "FAILED" and done["error"] == path.error, done
    states = entered(sfn, done["executionArn"])
    assert states[-len(path.states) :] == path.states, f"the error path did not run: {states}"
    assert handled_error(sfn, done["executionArn"])["error"] == error
    ran = [(c.task, c.error) for c in JOURNAL.calls(task["task_id"])]
    assert ran == [(n, None) for n in range(1, failing)] + [(failing, error)], (
        "not one try per step up to the failure"
    )
