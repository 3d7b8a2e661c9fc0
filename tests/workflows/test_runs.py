"""What a research-pipeline run leaves behind: the report in S3, the status record, and a resumable failure."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import boto3
import httpx
import pytest

from agentkit.local.aws import LambdaContext
from agentkit.service import handlers
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import approvals, local, runs

SALES_BY_REGION = "SELECT region, SUM(revenue) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
REPORT = {"topic": "parental leave", "sql": SALES_BY_REGION}


def answer_when_asked(sfn: Any, execution: str, approved: bool, feedback: str = "") -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            approvals.decide(execution, approved, feedback, sfn=sfn)
            return
        except approvals.UnknownApproval:  # not asking yet
            assert time.monotonic() < deadline, "the pipeline never asked for approval"
            time.sleep(0.05)


def test_a_completed_run_has_its_report_in_s3_and_its_status_in_dynamodb(
    client: Callable[..., Any], unique_name: str
) -> None:
    sfn = client("stepfunctions")
    machine = local.deploy("research_pipeline", HANDLERS, name=unique_name, client=client)
    execution = local.start(sfn, machine, REPORT)
    answer_when_asked(sfn, execution, True, "Short, please.")
    done = local.wait(sfn, execution)
    run_id = execution.rsplit(":", 1)[1]
    status = runs.run_status(run_id)
    assert (status.status, status.report_key, status.executions) == (
        "completed",
        f"reports/{run_id}.md",
        [run_id],
    )
    assert status.started_at <= status.updated_at
    body = httpx.get(done["output"]["report"]["url"]).raise_for_status().text
    assert body.startswith("# parental leave") and "Short, please." in body


def test_a_rejected_run_is_recorded_with_the_reason(client: Callable[..., Any], unique_name: str) -> None:
    sfn = client("stepfunctions")
    machine = local.deploy("research_pipeline", HANDLERS, name=unique_name, client=client)
    execution = local.start(sfn, machine, REPORT)
    answer_when_asked(sfn, execution, False, "Not this quarter.")
    local.wait(sfn, execution)
    status = runs.run_status(execution.rsplit(":", 1)[1])
    assert (status.status, status.reason, status.report_key) == ("rejected", "Not this quarter.", None)


def test_an_unknown_run_says_when_runs_are_recorded(client: Callable[..., Any]) -> None:
    with pytest.raises(runs.UnknownRun, match="recorded when it finishes or fails"):
        runs.run_status("no-such-run")


def test_on_aws_a_missing_bucket_is_an_error_naming_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    class NotFound:
        meta = type("Meta", (), {"endpoint_url": "https://s3.us-east-1.amazonaws.com"})

        def head_bucket(self, Bucket: str) -> None:  # noqa: N803 — boto3's parameter name
            raise boto3.client("s3").exceptions.ClientError(
                {"Error": {"Code": "404", "Message": "Not Found"}}, "HeadBucket"
            )

    monkeypatch.setenv(runs.BUCKET_VARIABLE, "workshop-x-reports")
    with pytest.raises(runs.MissingResource, match="deploy the workflow stack.*AGENTKIT_REPORTS_BUCKET"):
        runs.save_report("r", "# r", s3=NotFound())


def test_a_crash_after_approval_keeps_the_results_and_resume_finishes_without_redoing_them(
    client: Callable[..., Any], unique_name: str
) -> None:
    calls: Counter[str] = Counter()
    crashed: list[bool] = []

    def counted(name: str, handler: Any) -> Any:
        def run(event: Any, context: Any) -> Any:
            calls[name] += 1
            return handler(event, context)

        return run

    def writer_that_crashes_once(event: Any, context: Any) -> Any:
        calls["write"] += 1
        if not crashed:
            crashed.append(True)
            raise RuntimeError("the writer's process died")
        return handlers.write_report(event, context)

    sfn = client("stepfunctions")
    bound = HANDLERS | {
        "ResearchFunctionArn": counted("research", handlers.research),
        "AnalysisFunctionArn": counted("analysis", handlers.analyze),
        "RequestApprovalFunctionArn": counted("approval", handlers.request_approval),
        "WriteReportFunctionArn": writer_that_crashes_once,
    }
    machine = local.deploy("research_pipeline", bound, name=unique_name, client=client)
    first = local.start(sfn, machine, REPORT)
    answer_when_asked(sfn, first, True, "Lead with the figures.")
    failed = local.wait(sfn, first)
    assert failed["status"] == "FAILED"
    run_id = first.rsplit(":", 1)[1]
    kept = runs.run_status(run_id)
    assert kept.status == "failed" and "the writer's process died" in kept.reason
    assert sorted(kept.partial) == ["analysis", "approval", "research"]

    second = runs.resume(first, sfn=sfn)
    done = local.wait(sfn, second)
    assert done["status"] == "SUCCEEDED" and done["output"]["status"] == "completed"
    assert calls == {"research": 1, "analysis": 1, "approval": 1, "write": 2}
    finished = runs.run_status(run_id)
    assert finished.status == "completed" and finished.executions == [run_id, f"{run_id}-r1"]
    body = httpx.get(done["output"]["report"]["url"]).text
    assert "Lead with the figures." in body
    entered = [e["state"] for e in local.history(sfn, second) if e["type"].endswith("StateEntered")]
    assert entered == ["Start", "ResumeAt", "ApprovalDecision", "Write", "Finalize"]
    with pytest.raises(ValueError, match="only a failed run is resumed"):
        runs.resume(second, sfn=sfn)
    assert json.loads(sfn.describe_execution(executionArn=second)["input"])["run"]["id"] == run_id


def test_finalize_runs_once_per_payload_and_a_duplicate_returns_the_first_result(
    client: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[str] = []
    save = runs.save_report

    def counted_save(run_id: str, body: str, **kwargs: Any) -> str:
        saved.append(run_id)
        return save(run_id, body, **kwargs)

    monkeypatch.setattr(runs, "save_report", counted_save)
    event = {
        "run": {"id": f"dup-{time.time_ns()}", "started_at": "2026-12-04T10:00:00Z"},
        "execution": "e1",
        "topic": "tents",
        "approval": {"approved": True, "feedback": ""},
        "report": {"written": True, "title": "tents", "body": "# tents\n"},
    }
    context = LambdaContext("finalize")  # as Lambda passes it: Powertools reads the time left from it
    first = handlers.finalize_report(event, context)
    again = handlers.finalize_report(event, context)
    assert again == first and saved == [event["run"]["id"]]
    rejected = event | {"approval": {"approved": False, "feedback": "no"}, "report": {"written": False}}
    assert (
        handlers.finalize_report(rejected, context)["status"] == "rejected"
    )  # another decision, not a duplicate


def test_a_step_that_failed_is_done_again_when_called_again(client: Callable[..., Any]) -> None:
    calls: list[int] = []

    def flaky(event: dict[str, Any]) -> dict[str, Any]:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("lost the connection")
        return {"done": len(calls)}

    event = {"run": {"id": f"flaky-{time.time_ns()}"}}
    context = LambdaContext("flaky")
    with pytest.raises(RuntimeError):
        runs.once(flaky, event, context)
    assert runs.once(flaky, event, context) == {"done": 2}
    assert runs.once(flaky, event, context) == {"done": 2} and len(calls) == 2
