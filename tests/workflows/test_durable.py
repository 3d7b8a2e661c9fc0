"""The durable research pipeline, run offline by the official testing SDK, on the real handlers.

Paths: approval (the report carries the feedback), rejection with feedback, the approval timeout (shortened
by `Timings`, the SDK's clock being real), a step failure the SDK retries, a crash of the function's process
that the service answers by invoking it again, and a permanent failure through `handle_error`. Handler calls
are counted to show that a replay does not repeat a completed step's side effects.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from agentkit.service.handlers import HANDLERS, StepTransientError
from agentkit.workflows.durable import PipelineFailed, Timings, research_pipeline
from agentkit.workflows.durable_local import LocalDurable

SALES_BY_REGION = (
    "SELECT region, ROUND(SUM(revenue), 2) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
)
REPORT = {"topic": "parental leave", "sql": SALES_BY_REGION}
FAST = Timings(approval_timeout_seconds=1, retry_delay_seconds=1)
STEPS = {
    "ResearchFunctionArn": "research",
    "AnalysisFunctionArn": "analyze",
    "RequestApprovalFunctionArn": "request_approval",
    "WriteReportFunctionArn": "write",
    "FinalizeReportFunctionArn": "finalize",
    "HandleErrorFunctionArn": "handle_error",
}


@pytest.fixture(autouse=True)
def _aws(module_env: Any) -> None:
    """Handlers that store artifacts reach local AWS, as they do in the Step Functions tests."""


class Counted:
    """`HANDLERS` with every pipeline handler wrapped to count its calls; `fail` injects failures."""

    def __init__(self, fail: dict[str, list[BaseException]] | None = None) -> None:
        self.calls: Counter[str] = Counter()
        self._fail = fail or {}

    def handlers(self) -> dict[str, Callable[[Any, Any], Any]]:
        return HANDLERS | {name: self._wrap(name, HANDLERS[name]) for name in STEPS}

    def _wrap(self, name: str, handler: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
        def counted(event: Any, context: Any) -> Any:
            self.calls[STEPS[name]] += 1
            if self._fail.get(name):
                raise self._fail[name].pop(0)
            return handler(event, context)

        return counted


@pytest.fixture
def service() -> Iterator[Callable[..., LocalDurable]]:
    """`service(handler)`: a local durable execution service, closed after the test."""
    opened: list[LocalDurable] = []

    def make(handler: Callable[[Any, Any], Any]) -> LocalDurable:
        opened.append(LocalDurable(handler))
        return opened[-1]

    yield make
    for each in opened:
        each.close()


def pipeline(counted: Counted, timings: Timings = FAST) -> Callable[[Any, Any], Any]:
    return research_pipeline(counted.handlers(), timings)


def steps(run: Any) -> list[str]:
    return [op["name"] for op in run.operations if op["type"] == "STEP"]


def test_approved_report_carries_the_feedback(service: Callable[..., LocalDurable]) -> None:
    counted = Counted()
    run = service(pipeline(counted)).run(
        REPORT, decision={"approved": True, "feedback": "Add the Q3 figures."}
    )
    assert run.status == "SUCCEEDED", run.error
    assert run.output["status"] == "completed" and run.output["reason"] == ""
    body = httpx.get(run.output["report"]["url"]).text  # Finalize stored it in S3 and returned a link
    assert body.startswith("# parental leave") and body.rstrip().endswith("Add the Q3 figures.")
    assert steps(run) == ["research", "analyze", "approval submitter", "write", "finalize"]
    assert {op["status"] for op in run.operations} == {"SUCCEEDED"}
    assert dict(counted.calls) == {
        "research": 1,
        "analyze": 1,
        "request_approval": 1,
        "write": 1,
        "finalize": 1,
    }
    assert run.invocations == 2  # suspended at the callback, invoked again by the answer
    assert run.checkpoints == len(run.operations) >= 7


def test_rejection_keeps_the_feedback_as_the_reason_and_writes_nothing(
    service: Callable[..., LocalDurable],
) -> None:
    counted = Counted()
    decision = {"approved": False, "feedback": "Cite the handbook's own figures."}
    run = service(pipeline(counted)).run(REPORT, decision=decision)
    assert run.status == "SUCCEEDED", run.error
    assert run.output == {
        "status": "rejected",
        "topic": "parental leave",
        "reason": "Cite the handbook's own figures.",
        "report": None,
    }
    assert "write" not in counted.calls and counted.calls["finalize"] == 1


def test_a_malformed_decision_is_a_rejection_that_says_what_arrived(
    service: Callable[..., LocalDurable],
) -> None:
    run = service(pipeline(Counted())).run(REPORT, decision={"approved": "yes"})
    assert run.output["status"] == "rejected"
    assert '"approved": "yes"' in run.output["reason"]


def test_no_decision_times_out_to_a_rejection_with_the_reason(service: Callable[..., LocalDurable]) -> None:
    counted = Counted()
    run = service(pipeline(counted)).run(REPORT, decision=None, timeout=30)
    assert run.status == "SUCCEEDED", run.error
    assert run.output["status"] == "rejected" and run.output["report"] is None
    assert "no decision within 1 second(s)" in run.output["reason"]
    callback = next(op for op in run.operations if op["type"] == "CALLBACK")
    assert callback["status"] == "TIMED_OUT"
    assert "write" not in counted.calls


def test_the_default_approval_timeout_is_24_hours() -> None:
    assert Timings().approval_timeout_seconds == 24 * 3600
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        Timings(approval_timeout_seconds=0)


@pytest.mark.parametrize(
    "transient",
    [StepTransientError("the writer's model was throttled"), ConnectionResetError("connection reset")],
    ids=["StepTransientError", "a ConnectionError subclass"],
)
def test_a_failed_step_is_retried_and_the_replay_skips_completed_steps(
    service: Callable[..., LocalDurable], transient: Exception
) -> None:
    """The writer fails once with an error it may recover from: the SDK checkpoints a retry, the function is
    invoked again and replays research, analysis and the approval from their checkpoints."""
    counted = Counted(fail={"WriteReportFunctionArn": [transient]})
    run = service(pipeline(counted)).run(REPORT, decision={"approved": True})
    assert run.status == "SUCCEEDED", run.error
    assert run.output["status"] == "completed"
    assert counted.calls["write"] == 2
    assert [counted.calls[s] for s in ("research", "analyze", "request_approval", "finalize")] == [1, 1, 1, 1]
    write = next(op for op in run.operations if op["name"] == "write")
    assert write["status"] == "SUCCEEDED" and write["attempt"] >= 1
    assert run.invocations >= 3  # start, after the approval, after the retry delay


class ProcessDied(BaseException):
    """Stands for the function's process dying mid-step (out of memory, killed): no `except Exception`
    in the SDK or in a handler catches it, so the invocation ends without a checkpoint for that step."""


def test_a_crash_mid_pipeline_is_reinvoked_and_replays_without_repeating_side_effects(
    service: Callable[..., LocalDurable],
) -> None:
    counted = Counted(fail={"WriteReportFunctionArn": [ProcessDied("killed while writing")]})
    durable = pipeline(counted)

    def lambda_runtime(event: Any, context: Any) -> Any:
        """What Lambda reports when the process dies: the invocation failed; the service invokes again."""
        try:
            return durable(event, context)
        except ProcessDied as died:
            raise RuntimeError(f"Runtime.ExitError: {died}") from died

    # the testing SDK invokes a failed invocation again after its fixed 5 s backoff: the slowest test here
    run = service(lambda_runtime).run(REPORT, decision={"approved": True}, timeout=60)
    assert run.status == "SUCCEEDED", run.error
    assert run.output["status"] == "completed"
    # the step in flight runs again (at least once); the completed ones are replayed from checkpoints
    assert counted.calls["write"] == 2
    assert [counted.calls[s] for s in ("research", "analyze", "request_approval", "finalize")] == [1, 1, 1, 1]


def test_a_permanent_failure_goes_through_handle_error_and_fails_the_execution(
    service: Callable[..., LocalDurable],
) -> None:
    counted = Counted()
    run = service(pipeline(counted)).run({"topic": "zzqx qqqz", "sql": SALES_BY_REGION})
    assert run.status == "FAILED"
    assert run.error["type"].endswith(PipelineFailed.__name__)
    assert run.error["message"].startswith("NoFindingsError: no document mentions")
    assert counted.calls == Counter({"research": 1, "handle_error": 1})  # not retried: not transient


def test_bad_input_fails_with_what_to_send(service: Callable[..., LocalDurable]) -> None:
    run = service(pipeline(Counted())).run({"topic": "parental leave"})
    assert run.status == "FAILED"
    assert "sql: Field required" in run.error["message"] and "Start it with" in run.error["message"]


def test_every_handler_is_required() -> None:
    with pytest.raises(ValueError, match="no handler for WriteReportFunctionArn"):
        research_pipeline({k: v for k, v in HANDLERS.items() if k != "WriteReportFunctionArn"})


def test_an_answer_goes_to_a_callback_that_was_asked_for(service: Callable[..., LocalDurable]) -> None:
    local_service = service(pipeline(Counted()))
    with pytest.raises(ValueError, match="answer the one that approval"):
        local_service.answer("made-up", {"approved": True})
    with pytest.raises(ValueError, match="no running execution nope: start"):
        local_service.approval("nope")
