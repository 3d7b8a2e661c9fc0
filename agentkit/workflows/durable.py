"""The research pipeline as a Lambda durable function: the same steps as `research_pipeline.asl.json`, in Python.

Step Functions keeps a workflow's state between Lambda tasks; a durable function keeps it itself, by
checkpointing each operation (`context.step`, `context.wait_for_callback`) through the durable execution SDK.
When the function is invoked again — after a wait, a callback, a retry or a crash — it runs from the top and
*replays*: a step already checkpointed returns its stored result without calling its handler, so completed
side effects are not repeated.

The steps call the very handlers the ASL's tasks call, looked up by the same placeholder names
(`ResearchFunctionArn` …) in the mapping given to `research_pipeline` — on AWS and offline that is
`agentkit.service.handlers.HANDLERS`; a test may wrap one. Payloads and results have the ASL's shapes
(its `Parameters` and `ResultSelector`s), so `finalize_report` cannot tell which orchestrator called it.

Retries mirror the ASL's numbers (3 retries after 2 s, ×2) but apply to the errors a step can recover from
(`StepTransientError`, timeouts, lost connections), matched by class name as the ASL matches them: inside
one process there is no Lambda service error to retry. Any other step failure goes through `handle_error`,
like the ASL's Catch → HandleError → Fail.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aws_durable_execution_sdk_python import (
    CallbackTimeoutError,
    DurableContext,
    DurableOperationError,
    durable_execution,
)
from aws_durable_execution_sdk_python.config import (
    Duration,
    JitterStrategy,
    StepConfig,
    WaitForCallbackConfig,
)
from aws_durable_execution_sdk_python.retries import RetryDecision, RetryStrategyConfig, create_retry_strategy
from aws_durable_execution_sdk_python.serdes import JsonSerDes
from pydantic import BaseModel, ConfigDict, Field

from agentkit import validation
from agentkit.local.aws import Handler

APPROVAL = "approval"  # the name of the callback an approver answers (`wait_for_callback`'s name)
# Errors a step retries, by class name (or a base class's), as the ASL's `ErrorEquals` names them.
RETRYABLE = frozenset({"StepTransientError", "TimeoutError", "ConnectionError"})


class PipelineFailed(Exception):
    """A step failed for good (after its retries); `handle_error` has logged which one and why."""


class Timings(BaseModel):
    """How long the approver has and how long a failed step waits before its retry (whole seconds ≥ 1).

    The defaults are the ASL's: a 24-hour approval timeout, retries after 2 s, 4 s and 8 s. A notebook or test
    shortens them here, never in the function's code; the SDK's clock has whole seconds, so 1 is the least.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    approval_timeout_seconds: int = Field(default=24 * 3600, ge=1)
    retry_delay_seconds: int = Field(default=2, ge=1)


class PipelineInput(BaseModel):
    """The execution's input: the same as the Step Functions pipeline's."""

    model_config = ConfigDict(extra="forbid")
    topic: str = Field(min_length=1)
    sql: str = Field(min_length=1)


def research_pipeline(
    handlers: Mapping[str, Handler], timings: Timings | None = None
) -> Callable[[Any, Any], Any]:
    """The durable Lambda handler of the research pipeline, its steps served by `handlers`.

    Returns the `@durable_execution` handler: deploy it as a durable function
    on AWS, or run it offline with `agentkit.workflows.durable_local`. An execution's output is what
    `finalize_report` returns; a step that fails for good fails the execution with `PipelineFailed`.
    """
    timings = timings or Timings()
    missing = [name for name in _HANDLER_NAMES if name not in handlers]
    if missing:
        raise ValueError(f"research_pipeline: no handler for {', '.join(missing)}; add them to `handlers`")
    backoff = create_retry_strategy(
        RetryStrategyConfig(
            max_attempts=4,  # the first try and 3 retries, as the ASL's "MaxAttempts": 3
            initial_delay=Duration.from_seconds(timings.retry_delay_seconds),
            backoff_rate=2,
            jitter_strategy=JitterStrategy.NONE,
        )
    )

    def strategy(error: Exception, attempts: int) -> RetryDecision:
        if RETRYABLE.isdisjoint(kind.__name__ for kind in type(error).__mro__):
            return RetryDecision.no_retry()
        return backoff(error, attempts)

    retry = StepConfig(retry_strategy=strategy)
    # The decision arrives as JSON; the same retries apply to the step that sends the approval request.
    approval = WaitForCallbackConfig(
        timeout=Duration.from_seconds(timings.approval_timeout_seconds),
        retry_strategy=strategy,
        serdes=JsonSerDes(),
    )

    @durable_execution
    def handler(event: Any, context: DurableContext) -> dict[str, Any]:
        job = _input(event)
        execution = context.execution_context.durable_execution_arn

        def call(name: str, step: str, payload: dict[str, Any]) -> Any:
            return context.step(
                lambda _: handlers[name](payload, context.lambda_context), name=step, config=retry
            )

        try:
            research = call("ResearchFunctionArn", "research", {"topic": job.topic})
            research = {"findings": research["findings"]}
            analysis = call("AnalysisFunctionArn", "analyze", {"topic": job.topic, "sql": job.sql})
            analysis = {"rows": analysis["rows"], "summary": analysis["summary"]}

            def ask(callback_id: str, _: Any) -> None:
                request = {
                    "taskToken": callback_id,
                    "execution": execution,
                    "subject": job.topic,
                    "details": analysis["summary"],
                }
                handlers["RequestApprovalFunctionArn"](request, context.lambda_context)

            try:
                decision = context.wait_for_callback(ask, name=APPROVAL, config=approval)
            except CallbackTimeoutError:
                decision = {"approved": False, "feedback": "", "reason": _timed_out(timings)}

            if isinstance(decision, dict) and decision.get("approved") is True:
                written = call(
                    "WriteReportFunctionArn",
                    "write",
                    {
                        "topic": job.topic,
                        "research": research,
                        "analysis": analysis,
                        "feedback": decision.get("feedback", ""),
                    },
                )
                report = {"written": True, "title": written["title"], "body": written["body"]}
            else:
                report = {"written": False}
            final = {"execution": execution, "topic": job.topic, "approval": decision, "report": report}
            return call("FinalizeReportFunctionArn", "finalize", final)
        except DurableOperationError as failed:  # a step's error, a failed or unsent callback
            error = {"Error": failed.error_type.rsplit(".", 1)[-1], "Cause": failed.message or str(failed)}
            handled = call(
                "HandleErrorFunctionArn",
                "handle_error",
                {"workflow": "research-pipeline-durable", "execution": execution, "error": error},
            )
            raise PipelineFailed(f"{handled['error']}: {handled['message']}") from None

    return handler


_HANDLER_NAMES = (
    "ResearchFunctionArn",
    "AnalysisFunctionArn",
    "RequestApprovalFunctionArn",
    "WriteReportFunctionArn",
    "FinalizeReportFunctionArn",
    "HandleErrorFunctionArn",
)


def _input(event: Any) -> PipelineInput:
    return validation.parse(
        PipelineInput,
        event,
        error=ValueError,
        subject="research pipeline input",
        fix="Start it with {'topic': '...', 'sql': 'SELECT ...'}.",
    )


def _timed_out(timings: Timings) -> str:
    seconds = timings.approval_timeout_seconds
    span = f"{seconds // 3600} hours" if seconds % 3600 == 0 else f"{seconds} second(s)"
    return f"no decision within {span} (the approval callback's timeout); the request was rejected"
