"""Property 11 (sequential step execution): for any task with several steps, the steps execute in the
order of the plan — each one starts after the one before it has finished — and the results keep that order.

Plans of 1–4 steps run through the packaged task_execution workflow on local AWS; each step's handler
records when it ran, so the order is observed where the work happens, not inferred from the output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workflow_support import JOURNAL, act_step, handlers_with, results, task_input

from agentkit.workflows import local


@pytest.fixture(scope="module")
def task_execution(client: Callable[..., Any]) -> tuple[Any, str]:
    arn = local.deploy(
        "task_execution", handlers_with(ExecuteStepFunctionArn=act_step), name="property-11", client=client
    )
    return client("stepfunctions"), arn


@settings(max_examples=100, deadline=None)
@given(step_results=st.lists(results, min_size=1, max_size=4))
def test_property_11_steps_run_one_after_another_in_plan_order(
    task_execution: tuple[Any, str], step_results: list[Any]
) -> None:
    sfn, arn = task_execution
    task = task_input([{"result": r} for r in step_results])
    done = local.run(sfn, arn, task, name=task["task_id"])

    assert done["status"] == "SUCCEEDED", done
    calls = JOURNAL.calls(task["task_id"])
    plan_order = list(range(1, len(step_results) + 1))
    assert [c.task for c in calls] == plan_order, "the steps' handlers ran out of plan order"
    for before, after in zip(calls, calls[1:], strict=False):
        assert after.started >= before.ended, f"step {after.task} started before step {before.task} ended"
    output = done["output"]["results"]
    assert [r["number"] for r in output] == plan_order
    assert [r["result"] for r in output] == step_results
    assert [r["action"] for r in output] == [s["action"] for s in task["steps"]]
