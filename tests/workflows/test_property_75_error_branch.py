"""Property 75 (Step Function error branch): for any step failure, the error handling branch executes.

Any Lambda task on a workflow's normal path (read from its ASL: reachable from StartAt without a Catch,
inside Map and Parallel too) of any packaged workflow is made to fail with a generated error, retried
or not. The execution must then run the ASL's error branch (HandleError and what follows it) to its
Fail state, and HandleError must receive the error the task raised.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workflow_support import (
    ERRORS,
    JOURNAL,
    act_analyze,
    act_research,
    act_step,
    all_states,
    answering,
    entered,
    error_path,
    failing,
    handled_error,
    handlers_with,
    lambda_placeholder,
    machine,
    new_id,
    success_path,
    task_input,
)

from agentkit.workflows import WORKFLOWS, local

# Each workflow's Lambda tasks on its normal path, by placeholder.
TASKS = {
    w: sorted(
        {p for name in success_path(machine(w)) if (p := lambda_placeholder(all_states(machine(w))[name]))}
    )
    for w in WORKFLOWS
}


@pytest.fixture(scope="module")
def deployed(client: Callable[..., Any]) -> tuple[Any, dict[str, str]]:
    sfn = client("stepfunctions")
    acting = handlers_with(
        ExecuteStepFunctionArn=act_step,
        ResearchFunctionArn=act_research,
        AnalysisFunctionArn=act_analyze,
        RequestApprovalFunctionArn=answering(sfn),
    )
    handlers = {p: failing(p, h) for p, h in acting.items()} | {
        "HandleErrorFunctionArn": acting["HandleErrorFunctionArn"]
    }
    arns = {
        w: local.deploy(w, handlers, name=f"property-75-{w.replace('_', '-')}", client=client)
        for w in WORKFLOWS
    }
    return sfn, arns


@st.composite
def failures(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """(workflow, behaviour): which of its tasks fails and with what error."""
    workflow = draw(st.sampled_from(WORKFLOWS))
    behaviour = {
        "id": new_id(),
        "fail_at": draw(st.sampled_from(TASKS[workflow])),
        "error": draw(st.sampled_from(sorted(ERRORS))),
    }
    return workflow, behaviour


def start_input(workflow: str, behaviour: dict[str, Any]) -> dict[str, Any]:
    carried = json.dumps(behaviour)
    if workflow == "task_execution":
        # approval asked for, so that every task of the normal path, RequestApproval too, can be the failing one
        return task_input([{"result": 1}, {"result": 2}], task_id=carried) | {"requires_approval": True}
    if workflow == "approval":
        return {"subject": carried, "details": None}
    return {"topic": carried, "sql": "SELECT 1"}


@settings(max_examples=100, deadline=None)
@given(failure=failures())
def test_property_75_a_failing_task_runs_the_error_branch(
    deployed: tuple[Any, dict[str, str]], failure: tuple[str, dict[str, Any]]
) -> None:
    sfn, arns = deployed
    workflow, behaviour = failure
    with local.time_scale(0.0005):  # retries of a transient error: 2, 4, 8 s → 1, 2, 4 ms
        done = local.run(sfn, arns[workflow], start_input(workflow, behaviour), name=behaviour["id"])

    path = error_path(machine(workflow))
    assert done["status"] == "FAILED" and done["error"] == path.error, done
    calls = JOURNAL.calls(behaviour["id"], behaviour["fail_at"])
    assert calls and calls[-1].error == behaviour["error"], f"{behaviour['fail_at']} did not fail as told"
    states = entered(sfn, done["executionArn"])
    assert states[-len(path.states) :] == path.states, f"the error branch did not run: {states}"
    assert handled_error(sfn, done["executionArn"])["error"] == behaviour["error"]
