"""The service layer: every rule of the API, once, whichever front door (REST, GraphQL, WebSocket) was used.

Each operation takes the caller's `Identity` first, checks the permission it needs and that the records it
touches are the caller's own, does the work on the kit's memory store (`agentkit.memory.DynamoDBStore`,
table `AGENTKIT_MEMORY_TABLE`, else this attendee's own) and publishes its event on the kit's bus
(`AGENTKIT_EVENT_BUS`). It returns the API's models (`agentkit.service.schemas`) and refuses with
`ServiceError`, never with a front door's types, so REST and GraphQL cannot drift apart.
"""

from __future__ import annotations

import json
import os
from functools import cache
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools import Logger

from agentkit.config import aws_client
from agentkit.memory import AgentRecord, DynamoDBStore, NotFound, TaskRecord
from agentkit.memory.records import AgentStatus as Status
from agentkit.service.errors import ServiceError, forbidden, now
from agentkit.service.identity import Identity, Permission
from agentkit.service.observability import count
from agentkit.service.schemas import (
    Agent,
    AgentChanges,
    AgentPage,
    AgentStatus,
    Approval,
    ApprovalDecision,
    ApprovalOutcome,
    NewAgent,
    NewTask,
    Task,
    TaskPage,
    task_view,
    to_store,
    view,
)
from agentkit.workflows import approvals, events, runs
from agentkit.workflows.executions import waiting_tasks

logger = Logger(service="agentkit-api")


@cache
def _store(table: str | None, endpoint: str | None) -> DynamoDBStore:
    return DynamoDBStore(table)


def store() -> DynamoDBStore:
    """The agents' store; one per table and endpoint, reused across warm invocations."""
    return _store(os.environ.get("AGENTKIT_MEMORY_TABLE"), os.environ.get("AWS_ENDPOINT_URL"))


def bus() -> str:
    return os.environ.get("AGENTKIT_EVENT_BUS", events.BUS_NAME)


TASK_STATE_MACHINE = "AGENTKIT_TASK_STATE_MACHINE"
"""The task-execution workflow's ARN; unset, tasks are stored and announced (TaskCreated) but not run here."""


def state_machine() -> str | None:
    return os.environ.get(TASK_STATE_MACHINE) or None


def sfn() -> Any:
    """The Step Functions client, one per endpoint and region (`agentkit.config.aws_client`)."""
    return aws_client("stepfunctions")


def owned_agent(who: Identity, agent_id: str) -> AgentRecord:
    """The agent, if it exists (404) and is the caller's (403)."""
    try:
        agent = store().get_agent(agent_id)
    except NotFound:
        raise ServiceError(
            HTTPStatus.NOT_FOUND,
            "AgentNotFound",
            f"Agent {agent_id!r} does not exist: list your agents with GET /agents.",
        ) from None
    if agent.user_id != who.user_id:
        raise forbidden(
            f"Agent {agent_id!r} belongs to another user: use one of your own agents (GET /agents lists them)."
        )
    return agent


def create_agent(who: Identity, body: NewAgent) -> Agent:
    """Create an agent for the caller; publishes `AgentCreated` (and takes the agent back if it cannot)."""
    who.require(Permission.WRITE)
    record = store().create_agent(who.user_id, body.name, to_store(body.configuration))
    agent = view(record)
    try:
        events.publish(
            "AgentCreated",
            {
                "agent_id": agent.id,
                "user_id": who.user_id,
                "configuration": agent.configuration.model_dump(mode="json", by_alias=True),
                "timestamp": now(),
            },
            bus=bus(),
        )
    except Exception:  # without its event nobody hears of the agent: take it back, so a retry starts clean
        store().delete_agent(record.agent_id)
        raise
    logger.info("agent created", extra={"agent_id": agent.id})
    count("AgentsCreated")
    return agent


def list_agents(who: Identity, *, limit: int = 20, cursor: str | None = None) -> AgentPage:
    """The caller's agents, newest first, a page at a time."""
    who.require(Permission.READ)
    page = store().list_agents(who.user_id, limit=limit, cursor=cursor)
    return AgentPage(items=[view(a) for a in page], nextToken=page.cursor)


def get_agent(who: Identity, agent_id: str) -> Agent:
    who.require(Permission.READ)
    return view(owned_agent(who, agent_id))


def update_agent(who: Identity, agent_id: str, changes: AgentChanges) -> Agent:
    """Rename the agent and/or replace its configuration (optimistic: a concurrent change is a Conflict)."""
    who.require(Permission.WRITE)
    current = owned_agent(who, agent_id)
    updated = store().update_agent(
        agent_id,
        name=changes.name,
        configuration=None if changes.configuration is None else to_store(changes.configuration),
        expected_version=current.version,
    )
    return view(updated)


def delete_agent(who: Identity, agent_id: str) -> None:
    """Delete the agent with its tasks and facts; publishes `AgentDeleted`."""
    who.require(Permission.WRITE)
    owned_agent(who, agent_id)
    store().delete_agent(agent_id)
    events.publish(
        "AgentDeleted", {"agent_id": agent_id, "user_id": who.user_id, "timestamp": now()}, bus=bus()
    )
    logger.info("agent deleted", extra={"agent_id": agent_id})
    count("AgentsDeleted")


# --------------------------------------------------------------------------- tasks


def change_status(agent_id: str, status: Status) -> None:
    """Set the agent's status; a change publishes `AgentStatusChanged` (setting the same status is none)."""
    current = store().get_agent(agent_id)
    if current.status == status:
        return
    store().update_agent(agent_id, status=status)
    events.publish(
        "AgentStatusChanged",
        {"agent_id": agent_id, "old_status": current.status, "new_status": status},
        bus=bus(),
    )


def create_task(
    who: Identity,
    agent_id: str,
    body: NewTask,
    idempotency_key: str | None = None,
    lambda_context: Any = None,
) -> Task:
    """Store a task for the caller's agent, set the agent `processing`, announce both and start the workflow.

    With an `Idempotency-Key`, a repeat of the request (a client's retry after a lost answer) returns the
    task the first one created instead of creating another: aws-lambda-powertools' idempotency, keyed by
    caller, agent and key (`agentkit.workflows.runs.once`). A repeat with a different body under the same
    key gets the first task too: a key names one intended request. `lambda_context`, the Lambda context
    of the invocation serving the request, lets a first request that dies with its function (a timeout)
    stop holding the key once the function's time is up, rather than until the record expires.
    """
    who.require(Permission.RUN)
    owned_agent(who, agent_id)
    if idempotency_key is None:
        return _start_task(who, agent_id, body)
    request = {"user": who.user_id, "agent": agent_id, "key": idempotency_key, "body": body.model_dump()}
    first = runs.once(
        lambda event: _start_task(who, agent_id, body).model_dump(mode="json", by_alias=True),
        request,
        lambda_context,
        key="[user, agent, key]",
    )
    return Task.model_validate(first)


def _start_task(who: Identity, agent_id: str, body: NewTask) -> Task:
    steps = [step.model_dump() for step in body.plan()]
    plan = {"steps": [{"action": s["action"], "input": s["input"]} for s in steps]}
    plan["requiresApproval"] = body.requires_approval
    record = store().create_task(agent_id, body.description, plan=plan)
    detail = {
        "task_id": record.task_id,
        "agent_id": agent_id,
        "description": body.description,
        "steps": plan["steps"],
        "requires_approval": body.requires_approval,
    }
    events.publish("TaskCreated", detail, bus=bus())
    change_status(agent_id, "processing")
    machine = state_machine()
    if machine:
        # The execution's name is the task's id: Step Functions refuses a second execution of one name,
        # and the API finds the execution from the task (`_settled`).
        try:
            sfn().start_execution(stateMachineArn=machine, name=record.task_id, input=json.dumps(detail))
        except Exception as error:  # the task will not run: record why, free the agent, then fail the request
            store().update_task(
                agent_id,
                record.task_id,
                status="failed",
                error={
                    "code": "NotStarted",
                    "message": f"its workflow could not start: {error}",
                    "timestamp": now(),
                },
            )
            change_status(agent_id, "idle")
            raise
        record = store().update_task(agent_id, record.task_id, status="running")
    logger.info("task created", extra={"agent_id": agent_id, "task_id": record.task_id})
    count("TasksStarted")
    return task_view(record)


def get_task(who: Identity, agent_id: str, task_id: str) -> Task:
    who.require(Permission.READ)
    owned_agent(who, agent_id)
    return task_view(_settled(_task(agent_id, task_id)))


def list_tasks(who: Identity, agent_id: str, *, limit: int = 20, cursor: str | None = None) -> TaskPage:
    """The agent's tasks, newest first, a page at a time."""
    who.require(Permission.READ)
    owned_agent(who, agent_id)
    page = store().list_tasks(agent_id, limit=limit, cursor=cursor)
    return TaskPage(items=[task_view(_settled(t)) for t in page], nextToken=page.cursor)


def agent_status(who: Identity, agent_id: str) -> AgentStatus:
    """The agent's status, its newest task and that task's progress (steps done / steps planned)."""
    who.require(Permission.READ)
    owned_agent(who, agent_id)
    newest = store().list_tasks(agent_id, limit=1)
    task = _settled(newest[0]) if newest.items else None
    agent = store().get_agent(agent_id)
    if task is None:
        return AgentStatus(agentId=agent_id, status=agent.status)
    planned = len((task.plan or {}).get("steps", [])) or 1
    return AgentStatus(
        agentId=agent_id,
        status=agent.status,
        currentTask=task_view(task),
        progress=min(task.current_step / planned, 1.0),
    )


def _task(agent_id: str, task_id: str) -> TaskRecord:
    try:
        return store().get_task(agent_id, task_id)
    except NotFound:
        raise ServiceError(
            HTTPStatus.NOT_FOUND,
            "TaskNotFound",
            f"Agent {agent_id!r} has no task {task_id!r}: list its tasks with GET /agents/{agent_id}/tasks.",
        ) from None


def _execution_arn(machine: str, task_id: str) -> str:
    return machine.replace(":stateMachine:", ":execution:", 1) + ":" + task_id


def _settled(task: TaskRecord) -> TaskRecord:
    """The task brought up to date with its execution: the record is written by the API, the execution
    by Step Functions, so a read of an unfinished task asks the execution how it went and records that
    (and the agent's status: `waiting` while the task waits for approval, `idle` after, `error` on failure).
    """
    machine = state_machine()
    if task.finished or not machine:
        return task
    try:
        execution = sfn().describe_execution(executionArn=_execution_arn(machine, task.task_id))
    except sfn().exceptions.ExecutionDoesNotExist:
        return task
    state = execution["status"]
    if state == "RUNNING":
        waiting = bool(waiting_tasks(sfn(), execution["executionArn"]))
        change_status(task.agent_id, "waiting" if waiting else "processing")
        return task
    if state == "SUCCEEDED":
        output = json.loads(execution.get("output") or "{}")
        results = output.get("results", [])
        settled = store().update_task(
            task.agent_id,
            task.task_id,
            status="cancelled" if output.get("status") == "cancelled" else "completed",
            current_step=len(results),
            result=results,
        )
        change_status(task.agent_id, "idle")
        return settled
    settled = store().update_task(
        task.agent_id,
        task.task_id,
        status="failed",
        error={
            "code": execution.get("error") or state,
            "message": execution.get("cause") or f"the task's execution ended {state}",
            "timestamp": now(),
        },
    )
    change_status(task.agent_id, "error")
    return settled


# --------------------------------------------------------------------------- approvals


def pending_approvals(who: Identity) -> list[Approval]:
    """The caller's tasks now waiting for a go-ahead, oldest first (other users' are never listed)."""
    who.require(Permission.READ)
    machine = state_machine()
    if not machine:
        return []
    found = []
    for request in approvals.pending(sfn(), state_machine_arn=machine):
        detail = json.loads(sfn().describe_execution(executionArn=request.execution_arn)["input"])
        agent_id = detail.get("agent_id")
        if _owner(agent_id) != who.user_id:
            continue
        found.append(
            Approval(
                id=request.execution,
                agentId=agent_id,
                taskId=detail.get("task_id") or request.execution,
                subject=request.subject,
                details=request.details,
                requestedAt=request.requested_at,
                waitingSeconds=request.waiting_s,
            )
        )
    return found


def decide(who: Identity, approval_id: str, decision: ApprovalDecision) -> ApprovalOutcome:
    """Approve or reject one of the caller's waiting tasks (by task id); another user's is 403.

    The approval's id is its execution's name, so this reads that one execution, not every waiting one.
    """
    who.require(Permission.APPROVE)
    machine = state_machine()
    try:
        execution = sfn().describe_execution(executionArn=_execution_arn(machine or "", approval_id))
    except (sfn().exceptions.ExecutionDoesNotExist, sfn().exceptions.InvalidArn):
        raise _no_approval(approval_id) from None
    if not machine or execution["status"] != "RUNNING":
        raise _no_approval(approval_id)
    detail = json.loads(execution["input"])
    if _owner(detail.get("agent_id")) != who.user_id:
        raise forbidden(
            f"Task {approval_id!r} belongs to another user: you can only answer your own approvals."
        )
    try:
        approvals.decide(execution["executionArn"], decision.approved, decision.feedback, sfn=sfn())
    except approvals.ApprovalClosed as error:
        raise ServiceError(HTTPStatus.CONFLICT, "ApprovalClosed", str(error)) from None
    except approvals.UnknownApproval:
        raise _no_approval(approval_id) from None
    task_id = detail.get("task_id") or approval_id
    logger.info("approval decided", extra={"task_id": task_id, "approved": decision.approved})
    count("ApprovalsDecided")
    return ApprovalOutcome(id=approval_id, taskId=task_id, approved=decision.approved)


def _no_approval(approval_id: str) -> ServiceError:
    return ServiceError(
        HTTPStatus.NOT_FOUND,
        "ApprovalNotFound",
        f"No task {approval_id!r} is waiting for approval (it was answered, timed out or never asked): "
        "GET /approvals lists yours.",
    )


def _owner(agent_id: str | None) -> str | None:
    """The user whose agent a task is for (None: no agent, or one deleted since)."""
    try:
        return store().get_agent(agent_id).user_id if agent_id else None
    except NotFound:
        return None
