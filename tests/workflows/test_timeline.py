"""The execution timeline (agentkit.workflows.timeline) read from real local runs: the states in order, a
caught failure red, a task still waiting for its token orange, a finished run green."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from test_workflows_run import REPORT, TASK, deploy, token_of

from agentkit.workflows import local, timeline


def test_a_finished_run_is_all_succeeded(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deploy(client, "task_execution", unique_name), TASK)
    found = timeline.steps(local.history(sfn, done["executionArn"]))
    assert found[0].state == "Initialize" and [s.state for s in found[-2:]] == [
        "Complete",
        "PublishCompleted",
    ]
    assert {s.outcome for s in found} == {"succeeded"}
    assert all(s.end is not None and s.end >= s.start for s in found)
    figure = timeline.draw(local.history(sfn, done["executionArn"]))
    assert len(figure.axes[0].patches) == len(found)


def test_a_caught_failure_is_red_and_the_handler_after_it_green(
    client: Callable[..., Any], unique_name: str
) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deploy(client, "research_pipeline", unique_name), REPORT | {"topic": "qwxz zzyv"})
    outcomes = {s.state: s.outcome for s in timeline.steps(local.history(sfn, done["executionArn"]))}
    assert outcomes["Research"] == "failed" and outcomes["HandleError"] == "succeeded"


def test_a_task_waiting_for_its_token_is_waiting(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    execution = local.start(
        sfn, deploy(client, "approval", unique_name), {"subject": "refund", "details": {}}
    )
    token = token_of(sfn, execution)
    found = timeline.steps(local.history(sfn, execution))
    assert found[-1].outcome == "waiting" and found[-1].end is None
    sfn.send_task_success(taskToken=token, output='{"approved": true, "feedback": ""}')
    assert local.wait(sfn, execution)["status"] == "SUCCEEDED"


def test_records_without_a_state_say_what_to_pass() -> None:
    with pytest.raises(ValueError, match="history"):
        timeline.draw([])
