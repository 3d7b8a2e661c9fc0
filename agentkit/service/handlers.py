"""Lambda handlers for the workflows in `agentkit/workflows/*.asl.json`: plain `handler(event, context)` functions.

The same functions run in three places: called directly in a notebook, bound to the local Step Functions
tasks by `agentkit.workflows.local` (and to the EventBridge rules' targets by `agentkit.workflows.events`),
and packaged for Lambda by the deploy app. `HANDLERS` maps each ASL
placeholder (`${ResearchFunctionArn}`) to its function, so the local runner and the CDK app agree on which
function fills which task.

Each event is validated by a Pydantic model that forbids unknown fields, so a payload in an ASL file that
drifts from its handler fails at once, naming the field. Failures are raised as the named exceptions below:
Step Functions matches a `Retry` or `Catch` on the Lambda error type, which is the exception's class name
(on AWS and in moto alike), so the names here are the ones the ASL files say.

Research and analysis are steps of agents — the researcher and analyst of notebook 06
(`agentkit.service.agents`) — whose output is the evidence their tools returned, with the agent's answer
beside it. The research pipeline's Finalize stores the report in S3 and the run's status in DynamoDB
(`agentkit.workflows.runs`); a failed step records the partial results first, so `resume` can go on.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from agentkit import validation
from agentkit.tools.builtin import query_database, search_documents
from agentkit.tools.core import ToolError, TransientToolError
from agentkit.workflows import runs
from agentkit.workflows.events import (
    AgentStatusChanged,
    ErrorOccurred,
    TaskCompleted,
    TaskProgress,
    UserInteraction,
    parse_event,
)
from agentkit.workflows.events import validate as validate_detail

logger = logging.getLogger(__name__)

Handler = Callable[[Any, Any], Any]


# --------------------------------------------------------------------------- errors (Catch/Retry names)


class InvalidEvent(ValueError):
    """The task's payload does not match its handler: fix the state's `Parameters` in the ASL file."""


class StepTransientError(Exception):
    """A step that may succeed if run again (a rate limit, a flaky backend); the task workflow retries it."""


class StepFailedError(Exception):
    """A step that will fail the same way if run again (a rejected query, an unknown action)."""


class NoFindingsError(Exception):
    """No document matches the research topic: there is nothing to report on."""


class AnalysisError(Exception):
    """The analysis query was refused or failed; the message says how to correct it."""


# --------------------------------------------------------------------------- events


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _parse(model: type[_Event], event: Any) -> Any:
    return validation.parse(
        model,
        event,
        error=InvalidEvent,
        subject=model.__name__,
        fix="If a workflow sent it, fix that task's Payload in its ASL file.",
        whole="event",
    )


class Step(_Event):
    action: Literal["search_documents", "query_database"]
    input: str = Field(min_length=1)


class NewTask(_Event):
    task_id: str | None = None
    agent_id: str | None = None
    description: str = Field(min_length=1)
    steps: list[Step] = Field(min_length=1)
    requires_approval: bool = False


class InitializeEvent(_Event):
    task: NewTask


class TaskRecord(_Event):
    task_id: str
    agent_id: str | None = None
    description: str
    started_at: str


class PlanEvent(_Event):
    task: TaskRecord
    steps: list[Step] = Field(min_length=1)


class PlannedStep(Step):
    number: int = Field(ge=1)


class ExecuteStepEvent(_Event):
    task_id: str
    step: PlannedStep


class StepResult(_Event):
    number: int
    action: str
    result: Any


class CompleteEvent(_Event):
    task: TaskRecord
    results: list[StepResult]


class HandleErrorEvent(_Event):
    workflow: str
    execution: str
    error: dict[str, Any]


class ResearchEvent(_Event):
    topic: str = Field(min_length=1)


class AnalysisEvent(_Event):
    topic: str = Field(min_length=1)
    sql: str = Field(min_length=1)


class Research(_Event):
    findings: list[dict[str, Any]]
    summary: str = ""


class Analysis(_Event):
    rows: list[dict[str, Any]]
    summary: str


class AggregateEvent(_Event):
    topic: str
    research: Research
    analysis: Analysis


class ApprovalRequest(_Event):
    taskToken: str = Field(min_length=1)  # noqa: N815 — the name Step Functions' context object uses
    execution: str
    task_id: str | None = None
    """Set when a task of the task-execution workflow asks for the go-ahead."""
    subject: str
    details: Any = None


class WriteEvent(_Event):
    topic: str
    research: Research
    analysis: Analysis
    feedback: str = ""


class Run(_Event):
    """The run an execution belongs to: set by the first execution, carried by every resumption."""

    id: str = Field(min_length=1)
    started_at: str


class FinalizeEvent(_Event):
    run: Run | None = None  # absent when an orchestrator has no runs of its own: the execution is its run
    execution: str
    topic: str
    approval: dict[str, Any]  # the approver's output as sent: the Choice state, not this model, judges it
    report: dict[str, Any]


class RecordFailureEvent(_Event):
    run: Run
    execution: str
    topic: str
    error: dict[str, Any]
    state: dict[str, Any]  # the execution's whole state when the step failed: the results reached so far


# --------------------------------------------------------------------------- task execution


def initialize_task(event: Any, context: Any) -> dict[str, Any]:
    """Give the task an id (unless it has one) and a start time; the agent it is for (or None) goes along."""
    task = _parse(InitializeEvent, event).task
    return {
        "task_id": task.task_id or f"task-{uuid.uuid4().hex[:12]}",
        "agent_id": task.agent_id,
        "description": task.description,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def plan_task(event: Any, context: Any) -> dict[str, Any]:
    """Number the task's steps, in order; the Map state runs them and keeps that order in its results."""
    plan = _parse(PlanEvent, event)
    return {"steps": [{"number": n, **step.model_dump()} for n, step in enumerate(plan.steps, 1)]}


_ACTIONS = {"search_documents": search_documents, "query_database": query_database}


def execute_step(event: Any, context: Any) -> dict[str, Any]:
    """Run one step's tool. A transient tool failure becomes `StepTransientError`, which the ASL retries."""
    step = _parse(ExecuteStepEvent, event).step
    tool = _ACTIONS[step.action]
    try:
        result = tool(step.input) if step.action == "query_database" else tool(step.input, top_k=3)
    except (TransientToolError, TimeoutError, ConnectionError) as exc:
        raise StepTransientError(f"step {step.number} ({step.action}) may pass on retry: {exc}") from exc
    except ToolError as exc:
        raise StepFailedError(f"step {step.number} ({step.action}) failed: {exc}") from exc
    return {"number": step.number, "action": step.action, "result": result}


def complete_task(event: Any, context: Any) -> dict[str, Any]:
    done = _parse(CompleteEvent, event)
    return {
        "task_id": done.task.task_id,
        "status": "completed",
        "results": [r.model_dump() for r in sorted(done.results, key=lambda r: r.number)],
    }


def handle_error(event: Any, context: Any) -> dict[str, Any]:
    """Turn a caught error into one readable record (and a log line), before the execution fails.

    A Lambda error's `Cause` is the function's error payload as JSON; its `errorMessage` is what a
    person needs, so it is lifted out.
    """
    caught = _parse(HandleErrorEvent, event)
    error = str(caught.error.get("Error", "Unknown"))
    message = _error_message(caught.error)
    logger.error("workflow %s, execution %s: %s: %s", caught.workflow, caught.execution, error, message)
    return {"workflow": caught.workflow, "execution": caught.execution, "error": error, "message": message}


def _error_message(error: dict[str, Any]) -> str:
    cause = error.get("Cause") or ""
    try:
        return str(json.loads(cause).get("errorMessage", cause))
    except (ValueError, AttributeError):
        return str(cause)


# --------------------------------------------------------------------------- research and analysis


def research(event: Any, context: Any) -> dict[str, Any]:
    """The researcher agent on the topic: the passages its document searches found, and its answer."""
    topic = _parse(ResearchEvent, event).topic
    from agentkit.service import agents  # Strands loads here, not in the cold start of every other handler

    agent = agents.researcher([])
    answer = str(agent(topic)).strip()  # its system prompt says what to do with a topic: search the handbook
    found, errors = agents.tool_results(agent, search_documents.name)
    findings = [{k: f[k] for k in ("title", "source", "snippet")} for hits in found for f in hits]
    if not findings:
        why = f" (the search said: {errors[0]})" if errors else ""
        raise NoFindingsError(f"no document mentions any word of {topic!r}{why}; try other keywords")
    return {"findings": _unique(findings), "summary": answer}


def analyze(event: Any, context: Any) -> dict[str, Any]:
    """The analyst agent: it runs the query (checked by `agentkit.sql`) and reports the figures."""
    asked = _parse(AnalysisEvent, event)
    from agentkit.service import agents

    agent = agents.analyst([])
    answer = str(agent(f"Run this query on the sales data and report the figures: {asked.sql}")).strip()
    found, errors = agents.tool_results(agent, query_database.name)
    if not found:
        why = errors[0] if errors else "the analyst ran no query"
        raise AnalysisError(f"no figures for {asked.topic!r}: {why}")
    return {"rows": found[-1], "summary": answer}


def _unique(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings in the order found, each source once (an agent may search twice and find a page again)."""
    seen: dict[str, dict[str, Any]] = {}
    for finding in findings:
        seen.setdefault(finding["source"], finding)
    return list(seen.values())


def aggregate(event: Any, context: Any) -> dict[str, Any]:
    """Combine the parallel researcher and analyst into one summary that cites its sources."""
    parts = _parse(AggregateEvent, event)
    sources = [f["source"] for f in parts.research.findings]
    quote = parts.research.findings[0]["snippet"] if parts.research.findings else "no documents"
    return {
        "topic": parts.topic,
        "summary": f"{parts.topic}: {parts.analysis.summary} Documents say: {quote}",
        "sources": sources,
    }


# --------------------------------------------------------------------------- approval and report


def request_approval(event: Any, context: Any) -> dict[str, Any]:
    """Announce that a decision is awaited. The execution waits until `send_task_success` with the token.

    The decision is `{"approved": true|false, "feedback": "..."}`; anything but `"approved": true` rejects,
    and without a decision within the state's `TimeoutSeconds` the workflow rejects with that reason.
    """
    request = _parse(ApprovalRequest, event)
    logger.info("approval requested for %r (execution %s)", request.subject, request.execution)
    return {"requested": True, "execution": request.execution}


def write_report(event: Any, context: Any) -> dict[str, Any]:
    """The writer: a Markdown report from the findings and figures, addressing the approver's feedback."""
    parts = _parse(WriteEvent, event)
    lines = [
        f"# {parts.topic}",
        "",
        "## Figures",
        "",
        parts.analysis.summary,
        "",
        "## From the documents",
        "",
    ]
    # A snippet may itself start as a list item ("- Birthing parents: ..."); one bullet is enough.
    lines += [
        f"- {f['snippet'].removeprefix('- ')} ({f['title']}, {f['source']})" for f in parts.research.findings
    ]
    if parts.feedback:
        lines += ["", "## Reviewer feedback", "", parts.feedback]
    return {"title": parts.topic, "body": "\n".join(lines) + "\n"}


def finalize_report(event: Any, context: Any) -> dict[str, Any]:
    """Record the outcome: the report in S3 with a presigned URL, or the rejection's reason; the status in DynamoDB.

    The report exists only when the ASL's Choice found `"approved": true`; any other decision, however
    malformed, is a rejection, and its reason says what arrived rather than failing the execution.
    It runs once per payload (`runs.once`, Powertools idempotency): a duplicate invocation returns the
    first one's result without writing again.
    """
    final = _parse(FinalizeEvent, event)
    if final.run is None:
        run = Run(id=_short(final.execution), started_at=datetime.now(UTC).isoformat(timespec="seconds"))
        final = final.model_copy(update={"run": run})
    return runs.once(_finalize, final.model_dump(), context, key=FINALIZE_KEY)


FINALIZE_KEY = "[run.id, execution, approval, report]"
"""What makes two Finalize calls the same one: not the run's start time, which a run-less caller sets now."""


def _short(execution: str) -> str:
    """An execution's name from its ARN (the part after the last ':' or '/'), or the name itself."""
    return execution.replace("/", ":").rsplit(":", 1)[-1]


def _finalize(event: dict[str, Any]) -> dict[str, Any]:
    final, run = FinalizeEvent.model_validate(event), Run.model_validate(event["run"])
    done = {"run_id": run.id, "execution": final.execution, "started_at": run.started_at}
    if final.report.get("written"):
        key = runs.save_report(run.id, final.report["body"])
        runs.record(status="completed", topic=final.topic, report_key=key, **done)
        report = {"title": final.report["title"], "key": key, "url": runs.report_url(key)}
        return {"status": "completed", "topic": final.topic, "reason": "", "report": report}
    decision = final.approval
    if decision.get("reason") or decision.get("feedback"):
        reason = str(decision.get("reason") or decision.get("feedback"))
    elif decision.get("approved") is False:
        reason = "rejected by the approver"
    else:
        reason = f'not approved: the decision {json.dumps(decision)} has no "approved": true'
    runs.record(status="rejected", topic=final.topic, reason=reason, **done)
    return {"status": "rejected", "topic": final.topic, "reason": reason, "report": None}


def record_failure(event: Any, context: Any) -> dict[str, Any]:
    """Keep what a failed run had done — its results so far and the error — in its status record.

    `agentkit.workflows.runs.resume` reads them back and starts a new execution at the first missing step.
    """
    failed = _parse(RecordFailureEvent, event)
    error = str(failed.error.get("Error", "Unknown"))
    reason = f"{error}: {_error_message(failed.error)}"
    runs.record(
        failed.run.id,
        "failed",
        topic=failed.topic,
        execution=failed.execution,
        started_at=failed.run.started_at,
        reason=reason,
        partial=failed.state,
    )
    return {"recorded": True, "kept": [step for step in runs.STEPS if step in failed.state]}


# --------------------------------------------------------------------------- event targets


def update_status(event: Any, context: Any) -> dict[str, Any]:
    """A state change (an agent's status, a task's progress, a completed task), logged for an operator.

    The `state-changes` rule broadcasts these to every subscriber; this one is always subscribed (the
    realtime API's `agentkit.service.realtime.status_handler` pushes them to clients).
    """
    envelope, change = parse_event(event, AgentStatusChanged, TaskProgress, TaskCompleted)
    if isinstance(change, AgentStatusChanged):
        subject, status = f"agent {change.agent_id}", change.new_status
    elif isinstance(change, TaskProgress):
        subject, status = f"task {change.task_id}", f"at step {change.step} of {change.total_steps}"
    else:
        subject, status = f"task {change.task_id}", change.status
    logger.info("%s is now %s (event %s)", subject, status, envelope.id)
    return {"event_id": envelope.id, "subject": subject, "status": status, "time": envelope.time}


def process_interaction(event: Any, context: Any) -> dict[str, Any]:
    """A user's message for an agent, accepted for that agent's session; the agent's turn runs from here."""
    envelope, interaction = parse_event(event, UserInteraction)
    logger.info("message for agent %s in session %s", interaction.agent_id, interaction.session_id)
    return {
        "event_id": envelope.id,
        "session_id": interaction.session_id,
        "agent_id": interaction.agent_id,
        "accepted": True,
    }


def handle_error_event(event: Any, context: Any) -> dict[str, Any]:
    """An `ErrorOccurred` event: one log line with the component, error and context, for an operator."""
    envelope, error = parse_event(event, ErrorOccurred)
    logger.error("%s: %s: %s %s", error.component, error.error_type, error.error_message, error.context)
    return {"event_id": envelope.id, "component": error.component, "error_type": error.error_type}


def run_scheduled_task(event: Any, context: Any) -> dict[str, Any]:
    """A scheduled task: the rules send its `ScheduledTask` detail (InputPath), or the schedule's constant Input."""
    task = validate_detail("ScheduledTask", event)
    logger.info("scheduled task %s (%s) runs", task.schedule_id, task.task_type)
    return {"ran": task.model_dump(), "at": datetime.now(UTC).isoformat(timespec="seconds")}


HANDLERS: dict[str, Handler] = {
    "InitializeTaskFunctionArn": initialize_task,
    "PlanTaskFunctionArn": plan_task,
    "ExecuteStepFunctionArn": execute_step,
    "CompleteTaskFunctionArn": complete_task,
    "HandleErrorFunctionArn": handle_error,
    "ResearchFunctionArn": research,
    "AnalysisFunctionArn": analyze,
    "AggregateFunctionArn": aggregate,
    "RequestApprovalFunctionArn": request_approval,
    "WriteReportFunctionArn": write_report,
    "FinalizeReportFunctionArn": finalize_report,
    "StatusUpdateFunctionArn": update_status,
    "AgentProcessingFunctionArn": process_interaction,
    "ErrorEventFunctionArn": handle_error_event,
    "ScheduledTaskFunctionArn": run_scheduled_task,
    "RecordFailureFunctionArn": record_failure,
}
