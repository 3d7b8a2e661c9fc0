"""Human in the loop: the approval requests workflows are waiting on, and the answers to them.

A workflow asks for approval with a `.waitForTaskToken` task (`approval.asl.json`, the research
pipeline's `RequestApproval`): the execution stops there until someone sends the task's token back with
`send_task_success`, or the state's `TimeoutSeconds` rejects it. This module is the one way to answer,
whatever the front end:

* `pending()` lists the requests now waiting — execution, subject, details, how long the token has waited;
* `approve(task, feedback=...)` / `reject(task, feedback=...)` answer one, named by its execution (ARN or
  name) or by its token, with `{"approved": ..., "feedback": ...}` — the decision the ASL's Choice reads;
* `respond(payload)` is the same for a JSON body (the service exposes it over HTTP);
* `ApprovalPanel` is an ipywidgets panel for a notebook — pending list, feedback box, Approve and Reject
  buttons — whose button handlers are plain methods, so it runs headless too;
* `agentkit approve <task> --approve/--reject --feedback ...` is the command line (`agentkit.cli`).

An answer that comes too late (the task timed out, or the execution ended) raises `ApprovalClosed`; a
token no execution issued — forged or mistyped — raises `UnknownApproval`. Both say what to do instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import boto3
from botocore.exceptions import ClientError
from pydantic import BaseModel, ConfigDict, Field

from agentkit.workflows.executions import history, waiting_tasks

_LATE = {"TaskTimedOut", "TaskDoesNotExist"}
_UNKNOWN = {"InvalidToken"}


class ApprovalError(Exception):
    """An answer that cannot be delivered."""


class ApprovalClosed(ApprovalError):
    """The request is no longer waiting: it timed out or its execution ended. Start a new run to ask again."""


class UnknownApproval(ApprovalError):
    """No waiting request matches: the token is forged or mistyped, or the execution never asked."""


@dataclass(frozen=True)
class ApprovalRequest:
    """One request a workflow is waiting on."""

    execution_arn: str
    execution: str
    state: str
    subject: str
    details: Any
    token: str
    requested_at: datetime
    waiting_s: float

    @property
    def label(self) -> str:
        return f"{self.execution} · {self.subject} (waiting {self.waiting_s:.0f} s)"


class Decision(BaseModel):
    """An answer as a service receives it: which request, approved or not, and feedback for the writer."""

    model_config = ConfigDict(extra="forbid")

    task: str = Field(min_length=1, description="the execution's ARN or name, or the task token")
    approved: bool
    feedback: str = ""


def pending(sfn: Any = None, *, state_machine_arn: str | None = None) -> list[ApprovalRequest]:
    """The approval requests waiting now, oldest first (of one state machine, or of all)."""
    sfn = sfn or boto3.client("stepfunctions")
    found = [r for e in _executions(sfn, state_machine_arn, "RUNNING") for r in _requests(sfn, e)]
    return sorted(found, key=lambda r: r.requested_at)


def approve(task: str, feedback: str = "", *, sfn: Any = None) -> ApprovalRequest:
    """Approve the request of `task` (an execution's ARN or name, or a token); the request answered."""
    return decide(task, True, feedback, sfn=sfn)


def reject(task: str, feedback: str = "", *, sfn: Any = None) -> ApprovalRequest:
    """Reject the request of `task`; `feedback` becomes the run's recorded reason."""
    return decide(task, False, feedback, sfn=sfn)


def decide(task: str, approved: bool, feedback: str = "", *, sfn: Any = None) -> ApprovalRequest:
    """Send `{"approved": approved, "feedback": feedback}` to the request `task` names."""
    sfn = sfn or boto3.client("stepfunctions")
    request = _find(sfn, task)
    try:
        sfn.send_task_success(
            taskToken=request.token, output=json.dumps({"approved": approved, "feedback": feedback})
        )
    except ClientError as error:
        raise _refusal(sfn, error, request) from None
    return request


def respond(payload: Any, *, sfn: Any = None) -> dict[str, Any]:
    """Answer from a JSON body (`Decision`); what the service returns: the execution and the decision sent."""
    decision = Decision.model_validate(payload)
    request = decide(decision.task, decision.approved, decision.feedback, sfn=sfn)
    return {"execution": request.execution, "subject": request.subject, "approved": decision.approved}


# --------------------------------------------------------------------------- finding requests


def _executions(sfn: Any, state_machine_arn: str | None, status: str | None = None) -> Iterator[dict]:
    machines = (
        [state_machine_arn]
        if state_machine_arn
        else [
            m["stateMachineArn"]
            for p in sfn.get_paginator("list_state_machines").paginate()
            for m in p["stateMachines"]
        ]
    )
    for machine in machines:
        kwargs = {"stateMachineArn": machine} | ({"statusFilter": status} if status else {})
        for page in sfn.get_paginator("list_executions").paginate(**kwargs):
            yield from page["executions"]


def _requests(sfn: Any, execution: dict[str, Any]) -> list[ApprovalRequest]:
    """The token tasks of one execution that have been scheduled and have not exited."""
    now = datetime.now(UTC)
    return [
        ApprovalRequest(
            execution_arn=execution["executionArn"],
            execution=execution["name"],
            state=task["state"],
            subject=str(task["payload"].get("subject", task["state"])),
            details=task["payload"].get("details"),
            token=task["payload"]["taskToken"],
            requested_at=task["scheduled_at"],
            waiting_s=max((now - task["scheduled_at"]).total_seconds(), 0.0),
        )
        for task in waiting_tasks(sfn, execution["executionArn"])
    ]


def _find(sfn: Any, task: str) -> ApprovalRequest:
    if task.startswith("arn:"):
        try:
            execution = sfn.describe_execution(executionArn=task)
        except ClientError:
            raise UnknownApproval(f"no execution {task}: list the waiting requests with pending()") from None
        executions = [{"executionArn": task, "name": execution["name"], "status": execution["status"]}]
    else:
        executions = list(_executions(sfn, None))
    for execution in executions:
        if execution["status"] == "RUNNING":
            match = [r for r in _requests(sfn, execution) if task in (r.execution_arn, r.execution, r.token)]
            if match:
                return match[0]
        if task in (execution["executionArn"], execution["name"]):
            if execution["status"] != "RUNNING":
                raise ApprovalClosed(
                    f"execution {execution['name']} has ended ({execution['status']}); its approval can no "
                    "longer be answered: start a new run to ask again"
                )
            raise UnknownApproval(
                f"execution {execution['name']} is running but not waiting for approval (yet): "
                "list the waiting requests with pending()"
            )
    # Not an execution we know: a token, answered as given; Step Functions decides whether it is valid.
    return ApprovalRequest("", "", "", "", None, task, datetime.now(UTC), 0.0)


def _refusal(sfn: Any, error: ClientError, request: ApprovalRequest) -> ApprovalError:
    code = error.response["Error"]["Code"]
    if code in _LATE or (code in _UNKNOWN and _issued(sfn, request.token)):
        return ApprovalClosed(
            f"this approval request is closed ({code}): it timed out or its execution ended before the "
            "answer arrived. Start a new run to ask again; pending() lists the requests still open"
        )
    if code in _UNKNOWN:
        return UnknownApproval(
            "no workflow issued this token: it is forged or mistyped. Answer by execution name, or copy "
            "the token from pending()"
        )
    return ApprovalError(f"Step Functions refused the answer ({code}: {error}); retry, or see pending()")


def _issued(sfn: Any, token: str) -> bool:
    """Whether any execution ever scheduled a task with this token (then a refusal means it is too late)."""
    for execution in _executions(sfn, None):
        for event in history(sfn, execution["executionArn"]):
            if event["type"] == "TaskScheduled" and token in event["details"].get("parameters", ""):
                return True
    return False


# --------------------------------------------------------------------------- notebook panel


class ApprovalPanel:
    """Pending requests, a feedback box and Approve/Reject buttons; display it in a notebook cell.

    The buttons call `on_approve` / `on_reject` (and Refresh calls `refresh`), so code can press them
    the way a person clicks: `panel.approve_button.click()`.
    """

    def __init__(self, sfn: Any = None, *, state_machine_arn: str | None = None):
        import ipywidgets as widgets

        self._sfn = sfn or boto3.client("stepfunctions")
        self._machine = state_machine_arn
        self.requests = widgets.Select(description="Waiting", rows=4, layout={"width": "95%"})
        self.feedback = widgets.Textarea(
            description="Feedback", placeholder="For the writer, or why not", layout={"width": "95%"}
        )
        self.approve_button = widgets.Button(description="Approve", button_style="success")
        self.reject_button = widgets.Button(description="Reject", button_style="danger")
        self.refresh_button = widgets.Button(description="Refresh")
        self.status = widgets.HTML()
        self.approve_button.on_click(lambda _: self.on_approve())
        self.reject_button.on_click(lambda _: self.on_reject())
        self.refresh_button.on_click(lambda _: self.refresh())
        buttons = widgets.HBox([self.approve_button, self.reject_button, self.refresh_button])
        self.widget = widgets.VBox([self.requests, self.feedback, buttons, self.status])
        self.refresh()

    def refresh(self) -> list[ApprovalRequest]:
        waiting = pending(self._sfn, state_machine_arn=self._machine)
        self.requests.options = [(r.label, r) for r in waiting]
        self.requests.value = waiting[0] if waiting else None
        if not waiting:
            self.status.value = "No approval request is waiting."
        return waiting

    def on_approve(self) -> None:
        self._answer(True)

    def on_reject(self) -> None:
        self._answer(False)

    def _answer(self, approved: bool) -> None:
        request = self.requests.value
        if request is None:
            self.status.value = "Choose a waiting request first (Refresh lists them)."
            return
        try:
            decide(request.token, approved, self.feedback.value, sfn=self._sfn)
        except ApprovalError as error:
            self.status.value = f"Not sent: {error}"
        else:
            verb = "Approved" if approved else "Rejected"
            self.status.value = f"{verb}: {request.subject} ({request.execution})"
            self.feedback.value = ""
        waiting = pending(self._sfn, state_machine_arn=self._machine)
        self.requests.options = [(r.label, r) for r in waiting]
        self.requests.value = waiting[0] if waiting else None

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        # The widget itself where widgets render; elsewhere a line about it, not the children's reprs.
        bundle = self.widget._repr_mimebundle_(**kwargs) or {}
        count = len(self.requests.options)
        return bundle | {"text/plain": f"ApprovalPanel: {count} request(s) waiting"}
