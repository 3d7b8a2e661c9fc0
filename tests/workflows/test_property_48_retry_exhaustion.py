"""Property 48 (error branch after retry exhaustion): for any step whose retries run out, the error
handling branch executes.

In a generated plan of 1–6 steps one step keeps failing with the error its Retry covers; steps before it
may fail too, fewer times than MaxAttempts, and recover (property 47 covers recovering on the last retry).
The failing step must be tried once plus MaxAttempts times (read from the ASL), then the execution must
take the error branch with that error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workflow_support import (
    JOURNAL,
    act_step,
    all_states,
    entered,
    error_path,
    handled_error,
    handlers_with,
    machine,
    retrier,
    task_input,
)

from agentkit.workflows import local

TASK_EXECUTION = machine("task_execution")
RETRY = retrier(all_states(TASK_EXECUTION)["ExecuteStep"], "StepTransientError")
SCALE = 0.0005  # the ASL's 2 s, 4 s, 8 s backoff → 1, 2, 4 ms


@pytest.fixture(scope="module")
def task_execution(client: Callable[..., Any]) -> tuple[Any, str]:
    arn = local.deploy(
        "task_execution", handlers_with(ExecuteStepFunctionArn=act_step), name="property-48", client=client
    )
    return client("stepfunctions"), arn


@st.composite
def plans_with_an_exhausted_step(draw: st.DrawFn) -> tuple[list[int], int]:
    """(how often each step before the exhausted one fails before it recovers, the exhausted step's number)."""
    exhausted = draw(st.integers(1, 4))
    recovering = draw(
        st.lists(st.integers(0, RETRY["MaxAttempts"] - 1), min_size=exhausted - 1, max_size=exhausted - 1)
    )
    return recovering, exhausted


@settings(max_examples=100, deadline=None)
@given(plan=plans_with_an_exhausted_step(), trailing=st.integers(0, 2))
def test_property_48_exhausted_retries_take_the_error_branch(
    task_execution: tuple[Any, str], plan: tuple[list[int], int], trailing: int
) -> None:
    sfn, arn = task_execution
    recovering, exhausted = plan
    steps = [{"fail": n, "error": "StepTransientError"} for n in recovering]
    steps += [{"fail": 10**6, "error": "StepTransientError"}] + [{}] * trailing
    task = task_input(steps)
    with local.time_scale(SCALE):
        done = local.run(sfn, arn, task, name=task["task_id"])

    path = error_path(TASK_EXECUTION)
    assert done["status"] == "FAILED" and done["error"] == path.error, done
    tries = JOURNAL.calls(task["task_id"], exhausted)
    assert len(tries) == 1 + RETRY["MaxAttempts"], "not tried once plus MaxAttempts times"
    assert all(t.error == "StepTransientError" for t in tries)
    for number, failures in enumerate(recovering, 1):
        assert len(JOURNAL.calls(task["task_id"], number)) == failures + 1, f"step {number} did not recover"
    states = entered(sfn, done["executionArn"])
    assert states[-len(path.states) :] == path.states, f"the error branch did not run: {states}"
    assert handled_error(sfn, done["executionArn"])["error"] == "StepTransientError"
    assert not JOURNAL.calls(task["task_id"], exhausted + 1), "a step after the exhausted one ran"
