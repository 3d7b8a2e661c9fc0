"""Property 44 (complete workflow execution): for any initiated workflow, the execution runs every step from
start to finish unless an error occurs.

Each packaged workflow is started with generated input that causes no error (the tools and the approver
are acted out by handlers; the rest are the real ones). The states it enters must form one walk through
its ASL from StartAt to a state that ends it, along Next/Choice transitions only (no error branch);
every state it enters must exit; a Map must run its steps once per item and a Parallel every branch.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workflow_support import (
    act_analyze,
    act_research,
    act_step,
    answering,
    collaboration_input,
    handlers_with,
    machine,
    nested,
    new_id,
    results,
    task_input,
    top_level_path_problems,
)

from agentkit.workflows import WORKFLOWS, local

sources = st.lists(st.from_regex(r"[a-z]{1,8}\.md", fullmatch=True), min_size=1, max_size=3)


@pytest.fixture(scope="module")
def deployed(client: Callable[..., Any]) -> tuple[Any, dict[str, str]]:
    sfn = client("stepfunctions")
    handlers = handlers_with(
        ExecuteStepFunctionArn=act_step,
        ResearchFunctionArn=act_research,
        AnalysisFunctionArn=act_analyze,
        RequestApprovalFunctionArn=answering(sfn),
    )
    arns = {
        w: local.deploy(w, handlers, name=f"property-44-{w.replace('_', '-')}", client=client)
        for w in WORKFLOWS
    }
    return sfn, arns


@st.composite
def executions(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    """(workflow, execution name, input) for any packaged workflow, with nothing set to fail."""
    workflow = draw(st.sampled_from(WORKFLOWS))
    if workflow == "task_execution":
        task = task_input([{"result": r} for r in draw(st.lists(results, min_size=1, max_size=6))])
        return workflow, task["task_id"], task
    if workflow == "approval":
        key = new_id()
        subject = {"id": key, "approve": draw(st.booleans())}
        return workflow, key, {"subject": json.dumps(subject), "details": draw(results)}
    request = collaboration_input({"sources": draw(sources)}, {}, approve=draw(st.booleans()))
    return workflow, request["id"], request["input"]


@settings(max_examples=100, deadline=None)
@given(execution=executions())
def test_property_44_an_execution_runs_from_start_to_end(
    deployed: tuple[Any, dict[str, str]], execution: tuple[str, str, dict[str, Any]]
) -> None:
    sfn, arns = deployed
    workflow, name, start_input = execution
    done = local.run(sfn, arns[workflow], start_input, name=name)

    assert done["status"] == "SUCCEEDED", done
    events = local.history(sfn, done["executionArn"])
    entered = [e["state"] for e in events if e["type"].endswith("StateEntered")]
    exited = [e["state"] for e in events if e["type"].endswith("StateExited")]
    definition = machine(workflow)
    assert top_level_path_problems(definition, entered) == [], entered
    assert sorted(entered) == sorted(exited), "a state was entered but never left"
    for state_name in (s for s in entered if s in definition["States"]):
        state = definition["States"][state_name]
        starts = [sub["StartAt"] for sub in nested(state)]
        if state["Type"] == "Parallel":
            assert all(s in entered for s in starts), f"{state_name}: a branch did not run"
        elif state["Type"] == "Map":
            assert entered.count(starts[0]) == len(start_input["steps"]), f"{state_name}: not once per item"
