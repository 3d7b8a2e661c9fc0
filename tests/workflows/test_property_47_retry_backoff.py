"""Property 47 (step retry with exponential backoff): a failed step is retried as its Retry says, each wait
`BackoffRate` times the one before.

A generated plan of 1–3 steps has one step that fails transiently a generated number of times, up to the
Retry's MaxAttempts; the execution must succeed after exactly that many retries, and the pauses between
its attempts, measured in the handler under `time_scale`, must be IntervalSeconds × BackoffRate^n — all
three numbers read from task_execution.asl.json, so the test follows the file.
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
    handlers_with,
    machine,
    results,
    retrier,
    task_input,
)

from agentkit.workflows import local

RETRY = retrier(all_states(machine("task_execution"))["ExecuteStep"], "StepTransientError")
# the ASL's 2 s, 4 s, 8 s → 40, 80, 160 ms: the first pause is also the slack a retry may come late by,
# and it must stay above a busy machine's task overhead (at 20 ms a loaded 2-core run measured 28 ms)
SCALE = 0.02


def pause(retry: int) -> float:
    """The wait before retry `retry` (0 = the first), in scaled seconds, as Step Functions computes it."""
    seconds = RETRY.get("IntervalSeconds", 1) * RETRY.get("BackoffRate", 2.0) ** retry
    return min(seconds, RETRY.get("MaxDelaySeconds", seconds)) * SCALE


@pytest.fixture(scope="module")
def task_execution(client: Callable[..., Any]) -> tuple[Any, str]:
    assert RETRY.get("JitterStrategy", "NONE") == "NONE", (
        "with jitter the pauses are random: measure differently"
    )
    arn = local.deploy(
        "task_execution", handlers_with(ExecuteStepFunctionArn=act_step), name="property-47", client=client
    )
    return client("stepfunctions"), arn


@st.composite
def plans_with_a_flaky_step(draw: st.DrawFn) -> tuple[list[Any], int, int]:
    """(the steps' results, the flaky step's number, how many times it fails: 0 … MaxAttempts)."""
    step_results = draw(st.lists(results, min_size=1, max_size=3))
    flaky = draw(st.integers(1, len(step_results)))
    return step_results, flaky, draw(st.integers(0, RETRY["MaxAttempts"]))


def run(sfn: Any, arn: str, step_results: list[Any], flaky: int, failures: int) -> list[tuple[float, float]]:
    """Run the plan once and check what does not depend on timing; (waited, expected) for each retry."""
    steps = [{"result": r} for r in step_results]
    steps[flaky - 1] |= {"fail": failures, "error": "StepTransientError"}
    task = task_input(steps)
    with local.time_scale(SCALE):
        done = local.run(sfn, arn, task, name=task["task_id"])

    assert done["status"] == "SUCCEEDED", done
    assert [r["result"] for r in done["output"]["results"]] == step_results
    tries = JOURNAL.calls(task["task_id"], flaky)
    assert [t.error for t in tries] == ["StepTransientError"] * failures + [None], "not one retry per failure"
    others = [c.task for c in JOURNAL.calls(task["task_id"]) if c.task != flaky]
    assert others == [n for n in range(1, len(step_results) + 1) if n != flaky], "another step was retried"
    return [(b.started - a.ended, pause(n)) for n, (a, b) in enumerate(zip(tries, tries[1:], strict=False))]


@settings(max_examples=100, deadline=None)
@given(plan=plans_with_a_flaky_step())
def test_property_47_retries_back_off_exponentially_then_succeed(
    task_execution: tuple[Any, str], plan: tuple[list[Any], int, int]
) -> None:
    sfn, arn = task_execution
    # A pause is never shorter than the policy says, and longer only by a task's overhead, well short of
    # the next pause. Another process may stall this one for a moment (CI shares its cores), so an
    # over-long pause is measured again, up to three runs; a wrong BackoffRate fails all three.
    for _ in range(3):
        pauses = run(sfn, arn, *plan)
        for n, (waited, expected) in enumerate(pauses, 1):
            assert waited >= expected, (
                f"retry {n} came {waited:.3f} s after the failure, before {expected:.3f} s"
            )
        if all(waited < expected + pause(0) for waited, expected in pauses):
            return
    raise AssertionError(
        "pauses before the retries (measured, expected) in the last of three runs: "
        + ", ".join(f"({w:.3f} s, {e:.3f} s)" for w, e in pauses)
    )
