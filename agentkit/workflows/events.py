"""The kit's EventBridge bus: its event types, rules and targets as data, and the calls that use them.

`RULES` is the one definition of what is routed where; `install` creates it on local AWS with boto3, and
the CDK app reads the same `RULES` (each target names a placeholder, as the ASL files do):

* `TaskCreated` starts the task-execution workflow, whose input is the event's `detail`;
* `AgentStatusChanged`, `TaskProgress` and `TaskCompleted` are state changes, broadcast to every subscribed
  target (the status handler first; `subscribe` adds more, to this rule or also to the errors');
* `UserInteraction` goes to the agent-processing handler, `ErrorOccurred` to the error handler;
* `ScheduledTask` events, and a `rate(1 hour)` schedule, go to the scheduled-task handler.

Every target has a dead-letter queue and a retry policy: an event that cannot be delivered (its target
is gone, say) lands in the DLQ with the rule, target and error as message attributes, instead of being
dropped. `publish` validates each event's `detail` with the Pydantic model of its type before it is sent.

Locally, moto is the bus, with `agentkit.local.aws` delivering to Lambda and Step Functions targets and
to DLQs, which moto does not. Moto has no scheduler, so a schedule rule fires only when `fire_schedule`
is called; on AWS it fires by itself.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import boto3
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agentkit import validation
from agentkit.config import aws_client

if TYPE_CHECKING:
    from agentkit.local.aws import Handler

BUS_NAME = "agentkit-events"
# AWS's default is 185 attempts over 24 hours; a workshop's failures should reach the DLQ within the hour.
RETRY_POLICY = {"MaximumRetryAttempts": 4, "MaximumEventAgeInSeconds": 3600}
MAX_TARGETS = 5  # per rule, on AWS
TASK_WORKFLOW = "TaskExecutionStateMachineArn"

ClientFactory = Callable[[str], Any]


# --------------------------------------------------------------------------- event types


class InvalidEventDetail(ValueError):
    """An event's type or detail is not one the kit defines; the message lists what is expected."""


class Detail(BaseModel):
    """The `detail` of one event type; the class name is its `detail-type`, `SOURCE` its `source`."""

    model_config = ConfigDict(extra="forbid")
    SOURCE: ClassVar[str]


class TaskStep(Detail):
    action: str = Field(min_length=1)
    input: str = Field(min_length=1)


class TaskCreated(Detail):
    """A new task, exactly the task-execution workflow's input, which the `task-created` rule starts."""

    SOURCE = "agentkit.tasks"
    task_id: str | None = None
    agent_id: str | None = None
    """The agent the task is for (the API sets it): its progress and completion reach that agent's subscribers."""
    description: str = Field(min_length=1)
    steps: list[TaskStep] = Field(min_length=1)
    requires_approval: bool = False
    """The steps wait for a person's go-ahead (a task token, see `agentkit.workflows.approvals`)."""


class TaskCompleted(Detail):
    """Published by the task-execution workflow; the execution in the event's `resources` has the results."""

    SOURCE = "agentkit.tasks"
    task_id: str
    status: str
    steps: int = Field(ge=0)


class TaskProgress(Detail):
    """Published by the task-execution workflow after each step: how far the task has come."""

    SOURCE = "agentkit.tasks"
    task_id: str
    agent_id: str | None = None
    step: int = Field(ge=1)
    total_steps: int = Field(ge=1)
    action: str = Field(min_length=1)


AgentStatus = Literal["idle", "processing", "waiting", "error"]


class AgentStatusChanged(Detail):
    SOURCE = "agentkit.agents"
    agent_id: str = Field(min_length=1)
    old_status: AgentStatus
    new_status: AgentStatus


class AgentCreated(Detail):
    """Published by the REST API once the agent is stored: who owns it and how it is configured."""

    SOURCE = "agentkit.agents"
    agent_id: str = Field(min_length=1)
    user_id: str = Field(min_length=1)
    configuration: dict[str, Any]
    timestamp: str


class AgentDeleted(Detail):
    """Published by the REST API once the agent and its tasks and facts are gone."""

    SOURCE = "agentkit.agents"
    agent_id: str = Field(min_length=1)
    user_id: str = Field(min_length=1)
    timestamp: str


class UserInteraction(Detail):
    SOURCE = "agentkit.users"
    session_id: str = Field(min_length=1)
    agent_id: str = Field(min_length=1)
    message: str = Field(min_length=1)


class ErrorOccurred(Detail):
    """Published by the task-execution workflow once a step's retries are exhausted (or by any component)."""

    SOURCE = "agentkit.errors"
    component: str = Field(min_length=1)
    error_type: str = Field(min_length=1)
    error_message: str
    context: dict[str, Any] = {}


class ScheduledTask(Detail):
    SOURCE = "agentkit.scheduler"
    schedule_id: str = Field(min_length=1)
    task_type: str = Field(min_length=1)
    parameters: dict[str, Any] = {}


EVENT_TYPES: dict[str, type[Detail]] = {
    kind.__name__: kind
    for kind in (
        TaskCreated,
        TaskProgress,
        TaskCompleted,
        AgentStatusChanged,
        AgentCreated,
        AgentDeleted,
        UserInteraction,
        ErrorOccurred,
        ScheduledTask,
    )
}


def validate(detail_type: str, detail: Mapping[str, Any] | Detail) -> Detail:
    """`detail` as the model of `detail_type`; `InvalidEventDetail` says which fields are wrong."""
    kind = EVENT_TYPES.get(detail_type)
    if kind is None:
        raise InvalidEventDetail(
            f"unknown event type {detail_type!r}; the kit defines {', '.join(EVENT_TYPES)}"
        )
    if isinstance(detail, Detail):
        detail = detail.model_dump()
    return validation.parse(
        kind,
        detail,
        error=InvalidEventDetail,
        subject=f"{detail_type} detail",
        fix=f"Its fields are {', '.join(kind.model_fields)}.",
        whole="detail",
    )


class Event(BaseModel):
    """An event as EventBridge delivers it to a target that takes the whole event (the default)."""

    model_config = ConfigDict(populate_by_name=True)
    version: str = "0"
    id: str
    detail_type: str = Field(alias="detail-type")
    source: str
    account: str = ""
    time: str
    region: str = ""
    resources: list[str] = []
    detail: dict[str, Any]


def parse_event(event: Any, *kinds: type[Detail]) -> tuple[Event, Detail]:
    """A delivered event and its validated detail, which must be of one of `kinds`."""
    try:
        envelope = Event.model_validate(event)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InvalidEventDetail(
            f"not an EventBridge event ({'.'.join(map(str, first['loc']))}: {first['msg']}); a rule target "
            "that takes part of the event (InputPath) should parse that part with `validate`"
        ) from None
    if envelope.detail_type not in {k.__name__ for k in kinds}:
        raise InvalidEventDetail(
            f"got a {envelope.detail_type!r} event, expected {' or '.join(k.__name__ for k in kinds)}: "
            "check the rule's event pattern"
        )
    return envelope, validate(envelope.detail_type, envelope.detail)


def publish(
    detail_type: str,
    detail: Mapping[str, Any] | Detail,
    *,
    bus: str = BUS_NAME,
    resources: Iterable[str] = (),
    client: ClientFactory = aws_client,
) -> str:
    """Validate `detail` against its type's model, put it on `bus` and return the event id."""
    model = validate(detail_type, detail)
    entry = {
        "EventBusName": bus,
        "Source": model.SOURCE,
        "DetailType": detail_type,
        "Detail": model.model_dump_json(),
        "Resources": list(resources),
    }
    bridge = client("events")
    try:
        answer = bridge.put_events(Entries=[entry])
    except bridge.exceptions.ResourceNotFoundException as exc:
        raise RuntimeError(
            f"there is no event bus {bus}: call events.install(...) first, or pass bus="
        ) from exc
    [result] = answer["Entries"]
    if answer.get("FailedEntryCount"):
        raise RuntimeError(
            f"{detail_type} was not accepted by bus {bus}: {result.get('ErrorCode')}: {result.get('ErrorMessage')}"
        )
    return result["EventId"]


# --------------------------------------------------------------------------- rules as data


@dataclass(frozen=True)
class Target:
    """A rule's target, named by a placeholder (`...FunctionArn` or `...StateMachineArn`) as in the ASL files.

    `input_path` sends part of the event (e.g. `$.detail`), `input` a constant instead of the event.
    """

    placeholder: str
    input_path: str | None = None
    input: Mapping[str, Any] | None = None

    @property
    def id(self) -> str:
        return self.placeholder.removesuffix("Arn")


@dataclass(frozen=True)
class Rule:
    """A rule on the kit's bus (`pattern`) or, for a schedule, on the account's default bus (`schedule`)."""

    name: str
    description: str
    targets: tuple[Target, ...]
    pattern: Mapping[str, Any] | None = None
    schedule: str | None = None


def pattern_of(*kinds: type[Detail]) -> dict[str, list[str]]:
    """The event pattern that matches exactly the events of `kinds`."""
    return {
        "source": sorted({k.SOURCE for k in kinds}),
        "detail-type": [k.__name__ for k in kinds],
    }


SCHEDULED = Target("ScheduledTaskFunctionArn", input_path="$.detail")
RULES: tuple[Rule, ...] = (
    Rule(
        "task-created",
        "TaskCreated starts the task-execution workflow; its detail is the workflow's input.",
        (Target(TASK_WORKFLOW, input_path="$.detail"),),
        pattern=pattern_of(TaskCreated),
    ),
    Rule(
        "state-changes",
        "Agent status changes, task progress and completed tasks, broadcast to every subscriber.",
        (Target("StatusUpdateFunctionArn"),),
        pattern=pattern_of(AgentStatusChanged, TaskProgress, TaskCompleted),
    ),
    Rule(
        "user-interaction",
        "A user's message goes to the agent-processing handler.",
        (Target("AgentProcessingFunctionArn"),),
        pattern=pattern_of(UserInteraction),
    ),
    Rule(
        "errors",
        "Errors (a task whose retries are exhausted, say) go to the error handler.",
        (Target("ErrorEventFunctionArn"),),
        pattern=pattern_of(ErrorOccurred),
    ),
    Rule(
        "scheduled-task",
        "A ScheduledTask event runs its task now.",
        (SCHEDULED,),
        pattern=pattern_of(ScheduledTask),
    ),
    Rule(
        "hourly-task",
        "Every hour, the scheduled-task handler runs the heartbeat task.",
        (Target(SCHEDULED.placeholder, input={"schedule_id": "hourly", "task_type": "heartbeat"}),),
        schedule="rate(1 hour)",
    ),
)
STATE_CHANGES = "state-changes"
SERVICE_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.name != "task-created")
"""The rules of a bus that serves the REST API: every rule but `task-created`. The API starts each task's
workflow itself — the execution named by the task's id, so that reading the task finds its execution — and
publishes `TaskCreated` as a notice; routing that notice to the workflow as well would run every task twice."""


def rule_name(rule: Rule, bus: str) -> str:
    """A schedule rule lives on the shared default bus, so it carries the bus's name; the others keep theirs."""
    return f"{bus}-{rule.name}" if rule.schedule else rule.name


# --------------------------------------------------------------------------- installing on local AWS


@dataclass(frozen=True)
class Installed:
    """What `install` created: names and ARNs to publish to, watch, subscribe to, or draw."""

    bus: str
    dlq_url: str
    dlq_arn: str
    rules: dict[str, str] = field(default_factory=dict)  # rule name in RULES → its ARN
    targets: dict[str, str] = field(default_factory=dict)  # placeholder → ARN


def install(
    handlers: Mapping[str, Handler],
    *,
    bus: str = BUS_NAME,
    rules: tuple[Rule, ...] = RULES,
    client: ClientFactory = boto3.client,
) -> Installed:
    """Create the bus, its DLQ, the `rules` (default: all of them) and their targets on local AWS (again:
    updates them); the task-execution workflow is deployed whichever rules are chosen.

    `handlers` maps each function placeholder to its handler, e.g. `agentkit.service.handlers.HANDLERS`,
    which also serves the task-execution workflow deployed here to publish on `bus`. A bus behind the
    REST API takes `SERVICE_RULES`.
    """
    events, sqs = client("events"), client("sqs")
    with contextlib.suppress(events.exceptions.ResourceAlreadyExistsException):
        events.create_event_bus(Name=bus)
    dlq_url = sqs.create_queue(QueueName=f"{bus}-dlq")["QueueUrl"]
    dlq_arn = _queue_arn(sqs, dlq_url)
    wanted = [t.placeholder for r in rules for t in r.targets if t.placeholder != TASK_WORKFLOW]
    from agentkit.workflows import local  # deploy-time only: Lambda handlers import this module without moto

    arns = local.functions(wanted, handlers, prefix=bus, client=client)
    arns[TASK_WORKFLOW] = local.deploy(
        "task_execution", handlers, name=f"{bus}-task-execution", values={"EventBusName": bus}, client=client
    )
    role = local.service_role(client("iam"))
    created = {}
    for rule in rules:
        on = {} if rule.schedule else {"EventBusName": bus}
        where = (
            {"ScheduleExpression": rule.schedule}
            if rule.schedule
            else {"EventPattern": json.dumps(rule.pattern)}
        )
        name = rule_name(rule, bus)
        created[rule.name] = events.put_rule(Name=name, Description=rule.description, **where, **on)[
            "RuleArn"
        ]
        targets = [_target(t.id, arns[t.placeholder], dlq_arn, role, t) for t in rule.targets]
        _put_targets(events, name, targets, **on)
    return Installed(bus=bus, dlq_url=dlq_url, dlq_arn=dlq_arn, rules=created, targets=arns)


def _target(target_id: str, arn: str, dlq_arn: str, role: str, spec: Target | None = None) -> dict[str, Any]:
    target: dict[str, Any] = {
        "Id": target_id,
        "Arn": arn,
        "DeadLetterConfig": {"Arn": dlq_arn},
        "RetryPolicy": RETRY_POLICY,
    }
    if ":states:" in arn:
        target["RoleArn"] = (
            role  # EventBridge starts executions as this role (Lambda and SQS use resource policies)
        )
    if spec and spec.input_path:
        target["InputPath"] = spec.input_path
    if spec and spec.input is not None:
        target["Input"] = json.dumps(spec.input)
    return target


def _put_targets(events: Any, rule: str, targets: list[dict[str, Any]], **on: str) -> None:
    answer = events.put_targets(Rule=rule, Targets=targets, **on)
    if answer.get("FailedEntryCount"):
        raise RuntimeError(f"rule {rule}: targets refused: {answer['FailedEntries']}")


def _queue_arn(sqs: Any, url: str) -> str:
    return sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]


# --------------------------------------------------------------------------- subscribing and watching


ERRORS = "errors"
BROADCASTS = (STATE_CHANGES, ERRORS)
"""The rules a subscriber may join: the state changes, and the errors (what a live view also shows)."""


def subscribe(
    installed: Installed,
    arn: str,
    *,
    rules: Sequence[str] = (STATE_CHANGES,),
    client: ClientFactory = boto3.client,
) -> None:
    """Add a function or queue (by ARN) to the broadcast of `rules` (of `BROADCASTS`); no-op where it is already."""
    from agentkit.workflows import local

    events, role = client("events"), None
    for rule in _broadcasts(rules):
        present = events.list_targets_by_rule(Rule=rule, EventBusName=installed.bus)["Targets"]
        if any(t["Arn"] == arn for t in present):
            continue
        if len(present) >= MAX_TARGETS:
            raise ValueError(
                f"{rule} already has {MAX_TARGETS} targets, the most a rule can have on AWS: unsubscribe "
                "one, or subscribe an SNS topic or SQS queue that fans out further"
            )
        role = role or local.service_role(client("iam"))  # looked up once, when a target is added
        _put_targets(
            events, rule, [_target(_target_id(arn), arn, installed.dlq_arn, role)], EventBusName=installed.bus
        )


def unsubscribe(
    installed: Installed,
    arn: str,
    *,
    rules: Sequence[str] = (STATE_CHANGES,),
    client: ClientFactory = boto3.client,
) -> None:
    """Remove `arn` from the broadcast of `rules` (no error where it is not subscribed)."""
    events = client("events")
    for rule in _broadcasts(rules):
        present = events.list_targets_by_rule(Rule=rule, EventBusName=installed.bus)["Targets"]
        ids = [t["Id"] for t in present if t["Arn"] == arn]
        if ids:
            events.remove_targets(Rule=rule, EventBusName=installed.bus, Ids=ids)


def _broadcasts(rules: Sequence[str]) -> Sequence[str]:
    unknown = [r for r in rules if r not in BROADCASTS]
    if unknown:
        raise ValueError(f"{unknown} cannot be subscribed to; the broadcasts are {list(BROADCASTS)}")
    return rules


def _target_id(arn: str) -> str:
    """A target id from an ARN's resource name: letters, digits, `.`, `-`, `_`; at most 64 characters."""
    return re.sub(r"[^A-Za-z0-9._-]", "-", arn.split(":")[-1])[-64:]


@dataclass(frozen=True)
class Watch:
    """An SQS queue that receives a copy of chosen events: see them arrive in a notebook or a test."""

    queue_url: str
    sqs: Any

    def receive(self) -> list[dict[str, Any]]:
        """The events that arrived since the last call (removed from the queue), oldest first."""
        return [json.loads(m["Body"]) for m in _drain(self.sqs, self.queue_url)]


def watch(
    installed: Installed, detail_types: Sequence[str], *, name: str, client: ClientFactory = boto3.client
) -> Watch:
    """A rule `name` on the bus that copies every event of `detail_types` to a new queue `name`."""
    unknown = [t for t in detail_types if t not in EVENT_TYPES]
    if unknown:
        raise InvalidEventDetail(f"unknown event type(s) {unknown}; the kit defines {', '.join(EVENT_TYPES)}")
    kinds = [EVENT_TYPES[t] for t in detail_types]
    events, sqs = client("events"), client("sqs")
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    events.put_rule(Name=name, EventBusName=installed.bus, EventPattern=json.dumps(pattern_of(*kinds)))
    target = {"Id": "watch", "Arn": _queue_arn(sqs, url), "DeadLetterConfig": {"Arn": installed.dlq_arn}}
    _put_targets(events, name, [target], EventBusName=installed.bus)
    return Watch(url, sqs)


def dead_letters(installed: Installed, *, client: ClientFactory = boto3.client) -> list[dict[str, Any]]:
    """Events no target could take, with why: `rule`, `target`, `error_code`, `error_message`, `event`.

    They are removed from the DLQ; once the cause is fixed, `publish` them again.
    """
    letters = []
    for message in _drain(client("sqs"), installed.dlq_url):
        attributes = {k: v["StringValue"] for k, v in message.get("MessageAttributes", {}).items()}
        letters.append(
            {
                "rule": attributes.get("RULE_ARN", ""),
                "target": attributes.get("TARGET_ARN", ""),
                "error_code": attributes.get("ERROR_CODE", ""),
                "error_message": attributes.get("ERROR_MESSAGE", ""),
                "event": json.loads(message["Body"]),
            }
        )
    return letters


def _drain(sqs: Any, url: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    while batch := sqs.receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0, MessageAttributeNames=["All"]
    ).get("Messages"):
        messages += batch
        sqs.delete_message_batch(
            QueueUrl=url,
            Entries=[{"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(batch)],
        )
    return messages


# --------------------------------------------------------------------------- the schedule, locally


def fire_schedule(
    installed: Installed, rule: str = "hourly-task", *, client: ClientFactory = boto3.client
) -> dict:
    """Fire a schedule rule of `RULES` once, now, on local AWS (moto has no scheduler); returns the event.

    On AWS the rule fires by itself at its `ScheduleExpression`; this refuses to run there.
    """
    spec = next((r for r in RULES if r.name == rule and r.schedule), None)
    if spec is None:
        raise ValueError(
            f"no schedule rule {rule!r}; the schedules are {[r.name for r in RULES if r.schedule]}"
        )
    events = client("events")
    from agentkit.local.aws import fire_schedule as fire
    from agentkit.workflows import local

    local.require_local(events)
    return fire(events.describe_rule(Name=rule_name(spec, installed.bus))["Arn"])
