"""Each packaged workflow runs on local AWS to its expected end state, its tasks served by the real handlers.

Paths covered: success, retry exhaustion → HandleError → Fail, a permanent failure (not retried), a crash
caught by class name, approval, rejection and the 24-hour approval timeout (shortened by `time_scale`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from agentkit.service import handlers
from agentkit.service.handlers import HANDLERS, StepTransientError
from agentkit.workflows import local

SALES_BY_REGION = (
    "SELECT region, ROUND(SUM(revenue), 2) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
)
TASK = {
    "task_id": "t-1",
    "description": "parental leave and regional revenue",
    "steps": [
        {"action": "search_documents", "input": "parental leave weeks"},
        {"action": "query_database", "input": SALES_BY_REGION},
    ],
}
REPORT = {"topic": "parental leave", "sql": SALES_BY_REGION}


def deploy(client: Callable[..., Any], workflow: str, name: str, **overrides: Any) -> str:
    return local.deploy(workflow, HANDLERS | overrides, name=name, client=client)


def states_entered(sfn: Any, execution: str) -> list[str]:
    return [e["state"] for e in local.history(sfn, execution) if e["type"].endswith("StateEntered")]


def token_of(sfn: Any, execution: str, timeout: float = 10.0) -> str:
    """The approval task's token, once the execution has reached it."""
    deadline = time.monotonic() + timeout
    while not (tokens := local.pending_tokens(sfn, execution)):
        assert time.monotonic() < deadline, f"no approval requested: {states_entered(sfn, execution)}"
        time.sleep(0.05)
    return tokens[0]


# --------------------------------------------------------------------------- task execution


def test_task_execution_runs_every_step_in_order(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deploy(client, "task_execution", unique_name), TASK)
    assert done["status"] == "SUCCEEDED", done
    output = done["output"]
    assert output["task_id"] == "t-1" and output["status"] == "completed"
    assert [r["action"] for r in output["results"]] == ["search_documents", "query_database"]
    assert output["results"][0]["result"][0]["title"] == "Parental Leave Policy"
    assert output["results"][1]["result"][0]["region"] == "west"


@pytest.mark.parametrize("approved", [True, False])
def test_a_task_that_asks_for_approval_waits_then_runs_or_ends_cancelled(
    client: Callable[..., Any], unique_name: str, approved: bool
) -> None:
    sfn = client("stepfunctions")
    execution = local.start(
        sfn, deploy(client, "task_execution", unique_name), TASK | {"requires_approval": True}
    )
    token = token_of(sfn, execution)
    assert "ExecuteSteps" not in states_entered(sfn, execution)  # nothing ran before the go-ahead
    sfn.send_task_success(taskToken=token, output=json.dumps({"approved": approved, "feedback": "ok"}))
    done = local.wait(sfn, execution)
    assert done["status"] == "SUCCEEDED", done
    if approved:
        assert done["output"]["status"] == "completed" and len(done["output"]["results"]) == 2
    else:
        assert done["output"]["status"] == "cancelled" and done["output"]["results"] == []
        assert "ExecuteSteps" not in states_entered(sfn, execution)


def test_a_task_without_requires_approval_never_waits(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deploy(client, "task_execution", unique_name), TASK | {"requires_approval": False})
    assert done["output"]["status"] == "completed"
    assert "RequestApproval" not in states_entered(sfn, done["executionArn"])


def test_task_execution_retries_a_transient_failure_then_takes_the_error_branch(
    client: Callable[..., Any], unique_name: str
) -> None:
    attempts: list[int] = []

    def throttled(event: Any, context: Any) -> None:
        attempts.append(event["step"]["number"])
        raise StepTransientError("rate limited")

    sfn = client("stepfunctions")
    arn = deploy(client, "task_execution", unique_name, ExecuteStepFunctionArn=throttled)
    one_step = TASK | {"steps": TASK["steps"][:1]}
    with local.time_scale(0.001):  # backoff 2 s, 4 s, 8 s → 2, 4, 8 ms
        done = local.run(sfn, arn, one_step)
    assert done["status"] == "FAILED" and done["error"] == "TaskFailed"
    assert attempts == [1, 1, 1, 1]  # the first try and MaxAttempts 3 retries
    entered = states_entered(sfn, done["executionArn"])
    assert entered[-3:] == ["HandleError", "PublishError", "Failed"] and "Complete" not in entered


def test_task_execution_does_not_retry_a_permanent_failure(
    client: Callable[..., Any], unique_name: str
) -> None:
    calls: list[Any] = []

    def counted(event: Any, context: Any) -> Any:
        calls.append(event)
        return handlers.execute_step(event, context)

    sfn = client("stepfunctions")
    arn = deploy(client, "task_execution", unique_name, ExecuteStepFunctionArn=counted)
    bad_sql = TASK | {"steps": [{"action": "query_database", "input": "DELETE FROM sales"}]}
    done = local.run(sfn, arn, bad_sql)
    assert done["status"] == "FAILED" and len(calls) == 1
    exited = [e for e in local.history(sfn, done["executionArn"]) if e["type"] == "TaskStateExited"]
    handled = json.loads(exited[-1]["details"]["output"])["error_report"]["handled"]
    assert handled["error"] == "StepFailedError" and "DELETE" in handled["message"]


# --------------------------------------------------------------------------- collaboration


def test_collaboration_aggregates_both_branches(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deploy(client, "collaboration", unique_name), REPORT)
    assert done["status"] == "SUCCEEDED", done
    assert done["output"]["sources"][0] == "parental-leave-policy.md"
    assert "west" in done["output"]["summary"] and "weeks" in done["output"]["summary"]


# --------------------------------------------------------------------------- approval


@pytest.mark.parametrize(
    ("decision", "status"),
    [({"approved": True, "feedback": "go"}, "approved"), ({"approved": False}, "rejected")],
)
def test_approval_follows_the_decision(
    client: Callable[..., Any], unique_name: str, decision: dict, status: str
) -> None:
    sfn = client("stepfunctions")
    execution = local.start(
        sfn, deploy(client, "approval", unique_name), {"subject": "refund", "details": {}}
    )
    sfn.send_task_success(taskToken=token_of(sfn, execution), output=json.dumps(decision))
    done = local.wait(sfn, execution)
    assert done["status"] == "SUCCEEDED" and done["output"]["status"] == status


def test_approval_rejects_when_nobody_answers(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    arn = deploy(client, "approval", unique_name)
    with local.time_scale(0.00001):  # 24 h → 0.86 s
        done = local.run(sfn, arn, {"subject": "refund", "details": {}})
    assert done["output"]["status"] == "rejected"
    assert "no decision within 24 hours" in done["output"]["approval"]["reason"]


# --------------------------------------------------------------------------- research pipeline


def test_pipeline_writes_the_report_with_the_feedback_when_approved(
    client: Callable[..., Any], unique_name: str
) -> None:
    sfn = client("stepfunctions")
    execution = local.start(sfn, deploy(client, "research_pipeline", unique_name), REPORT)
    decision = {"approved": True, "feedback": "Lead with the leave figures."}
    sfn.send_task_success(taskToken=token_of(sfn, execution), output=json.dumps(decision))
    done = local.wait(sfn, execution)
    assert done["status"] == "SUCCEEDED", done
    report = done["output"]["report"]
    assert done["output"]["status"] == "completed" and report["key"].endswith(".md")
    body = httpx.get(report["url"]).raise_for_status().text
    assert "Lead with the leave figures." in body and "20 weeks" in body
    assert states_entered(sfn, execution) == [
        "Start",
        "NewRun",
        "Research",
        "Analyze",
        "RequestApproval",
        "ApprovalDecision",
        "Write",
        "Finalize",
    ]


def test_pipeline_rejected_writes_nothing(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    execution = local.start(sfn, deploy(client, "research_pipeline", unique_name), REPORT)
    decision = {"approved": False, "feedback": "Out of scope this quarter."}
    sfn.send_task_success(taskToken=token_of(sfn, execution), output=json.dumps(decision))
    done = local.wait(sfn, execution)
    assert done["output"] == {
        "status": "rejected",
        "topic": "parental leave",
        "reason": "Out of scope this quarter.",
        "report": None,
    }
    assert "Write" not in states_entered(sfn, execution)


@pytest.mark.parametrize("decision", [{"approved": "yes"}, {"approve": True}, {}])
def test_pipeline_rejects_a_malformed_decision_and_says_what_arrived(
    client: Callable[..., Any], unique_name: str, decision: dict
) -> None:
    sfn = client("stepfunctions")
    execution = local.start(sfn, deploy(client, "research_pipeline", unique_name), REPORT)
    sfn.send_task_success(taskToken=token_of(sfn, execution), output=json.dumps(decision))
    done = local.wait(sfn, execution)
    assert done["status"] == "SUCCEEDED" and done["output"]["status"] == "rejected"
    assert json.dumps(decision) in done["output"]["reason"]


def test_pipeline_times_out_to_a_rejection_with_the_reason(
    client: Callable[..., Any], unique_name: str
) -> None:
    sfn = client("stepfunctions")
    arn = deploy(client, "research_pipeline", unique_name)
    with local.time_scale(0.00001):
        done = local.run(sfn, arn, REPORT)
    assert done["output"]["status"] == "rejected" and "24 hours" in done["output"]["reason"]


def test_pipeline_catches_a_failed_step_by_its_class_name(
    client: Callable[..., Any], unique_name: str
) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deploy(client, "research_pipeline", unique_name), REPORT | {"topic": "qwxz zzyv"})
    assert done["status"] == "FAILED" and done["error"] == "PipelineFailed"
    exited = {
        e["state"]: e["details"]
        for e in local.history(sfn, done["executionArn"])
        if e["type"] == "TaskStateExited"
    }
    handled = json.loads(exited["HandleError"]["output"])["error_report"]["handled"]
    assert handled["error"] == "NoFindingsError" and "try other keywords" in handled["message"]
    assert states_entered(sfn, done["executionArn"]) == [
        "Start",
        "NewRun",
        "Research",
        "RecordFailure",
        "HandleError",
        "Failed",
    ]


def test_history_gives_each_parallel_branch_its_own_task_events(
    client: Callable[..., Any], unique_name: str
) -> None:
    def research(event: Any, context: Any) -> dict[str, Any]:
        time.sleep(0.05)  # the analysis branch's events fall between this branch's
        return {"findings": [], "summary": "none"}

    def analysis(event: Any, context: Any) -> dict[str, Any]:
        return {"rows": [], "summary": "none"}

    sfn = client("stepfunctions")
    arn = deploy(
        client, "collaboration", unique_name, ResearchFunctionArn=research, AnalysisFunctionArn=analysis
    )
    done = local.run(sfn, arn, REPORT)
    records = local.history(sfn, done["executionArn"])
    task_events = ["TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited"]
    for branch in ("Research", "Analyze"):
        assert [r["type"] for r in records if r["state"] == branch] == task_events, branch
    assert {r["state"] for r in records if r["type"].startswith("Parallel")} == {"Collaborate"}
