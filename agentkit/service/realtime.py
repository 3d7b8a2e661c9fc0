"""The real-time API: a WebSocket API's function, and the EventBridge target that pushes updates to clients.

`handler` serves an API Gateway WebSocket API's routes. The caller is the one the `$connect` authorizer
vouched for (API Gateway repeats its answer in `requestContext.authorizer` on every later event):

* `$connect` records the connection in the memory store (`open_connection`), `$disconnect` forgets it;
* every other route takes one JSON message (the deployed API routes on its `action`, see `MESSAGE_ROUTES`;
  locally everything is `$default`): `{"action": "subscribe", "agentId": …}` follows one of the caller's
  agents (another user's is refused and nothing is recorded), `{"action": "chat", "agentId", "sessionId",
  "message"}` runs a turn of the agent (`agentkit.service.chat`) and pushes each of its events as it
  happens.

`status_handler` is the target of the bus's state changes and errors (`subscribe_to_bus`): an agent's
status change, a task's progress, completion or failure is pushed to every connection subscribed to
that agent, and to no other.

Every message to a client is an `Update` — `{"type", "agentId", "taskId"?, "sessionId"?, "data"}` — sent
with the API Gateway management API (`apigatewaymanagementapi.post_to_connection`) at
`AGENTKIT_WEBSOCKET_ENDPOINT` (on AWS `https://{api-id}.execute-api.{region}.amazonaws.com/{stage}`;
`agentkit serve` answers it locally), else at the endpoint the WebSocket event names. A connection that is
gone (the client left without a `$disconnect` reaching us) is closed, not an error.
"""

from __future__ import annotations

import base64
import json
import os
from http import HTTPStatus
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

import boto3
from aws_lambda_powertools import Logger
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from agentkit.config import aws_client
from agentkit.memory import Conflict, NotFound
from agentkit.memory.records import Id
from agentkit.service import chat, identity, operations
from agentkit.service.errors import ServiceError, error_json, forbidden
from agentkit.service.identity import Identity, Permission
from agentkit.service.observability import observed
from agentkit.workflows import events
from agentkit.workflows.events import (
    AgentStatusChanged,
    Detail,
    ErrorOccurred,
    Event,
    TaskCompleted,
    TaskProgress,
)

if TYPE_CHECKING:
    from agentkit.local.aws import Handler
    from agentkit.workflows.events import ClientFactory, Installed

logger = Logger(service="agentkit-realtime")

STATUS_FUNCTION = "RealtimeStatusFunctionArn"
"""The placeholder of `status_handler`'s function on the bus."""

UpdateType = Literal[
    "status",
    "progress",
    "token",
    "tool_call",
    "tool_result",
    "guardrail",
    "handoff",
    "done",
    "error",
    "subscribed",
]


class Update(BaseModel):
    """One message the server sends a client; `data` depends on `type`."""

    model_config = ConfigDict(frozen=True)

    type: UpdateType
    agentId: str | None = None  # noqa: N815 — the wire's names
    taskId: str | None = None  # noqa: N815
    sessionId: str | None = None  # noqa: N815
    data: dict[str, Any] = {}

    def wire(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode()


# --------------------------------------------------------------------------- what a client sends


class _Action(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Subscribe(_Action):
    action: Literal["subscribe"]
    agentId: Id  # noqa: N815


class Chat(_Action):
    action: Literal["chat"]
    agentId: Id  # noqa: N815
    sessionId: Id  # noqa: N815
    message: str = Field(min_length=1, max_length=chat.MAX_MESSAGE_CHARS)


Request = TypeAdapter(Annotated[Subscribe | Chat, Field(discriminator="action")])
EXAMPLE = '{"action": "subscribe", "agentId": "<one of your agents>"}'
CONNECTION_ROUTES = ("$connect", "$disconnect")
"""The routes that open and close a connection; every other route carries a message (`Request`)."""
MESSAGE_ROUTES = (*(get_args(m.model_fields["action"].annotation)[0] for m in (Subscribe, Chat)), "$default")
"""The routes a deployed WebSocket API has for messages: one per `action` (per-route metrics and throttling),
and `$default` for a message with no known action, which is answered with what the API takes."""


# --------------------------------------------------------------------------- the WebSocket API's function


@observed
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """API Gateway's WebSocket event in; `{"statusCode": …}` out (a refused `$connect` gets the seed's error body)."""
    request = event.get("requestContext") or {}
    route, connection_id = request.get("routeKey"), str(request.get("connectionId") or "")
    try:
        if route == "$connect":
            who = identity.from_event(event)
            who.require(Permission.SUBSCRIBE)
            try:
                operations.store().open_connection(connection_id, who.user_id)
            except Conflict:
                raise ServiceError(
                    HTTPStatus.CONFLICT,
                    "ConnectionExists",
                    f"Connection {connection_id!r} is open already: connect again for a new connection id.",
                ) from None
            return {"statusCode": HTTPStatus.OK}
        if route == "$disconnect":
            operations.store().close_connection(connection_id)
            return {"statusCode": HTTPStatus.OK}
        return _message(event, connection_id)
    except ServiceError as error:
        if (
            route not in CONNECTION_ROUTES
        ):  # the client hears it as an `error` update; a body would reach it twice
            _refuse(event, connection_id, error)
            return {"statusCode": error.status}
        return {
            "statusCode": error.status,
            "body": error_json(request.get("requestId", ""), error.code, error.message, error.details),
        }
    except Exception:
        if route in CONNECTION_ROUTES:
            raise  # API Gateway refuses the connection with a 500; the log has the traceback
        logger.exception("message failed", extra={"connection_id": connection_id})
        failed = ServiceError(
            HTTPStatus.INTERNAL_SERVER_ERROR,
            "InternalError",
            f"The service failed on this message: send it again; if it keeps failing, report requestId "
            f"{request.get('requestId', '')}.",
        )
        _refuse(event, connection_id, failed)
        return {"statusCode": failed.status}


def _message(event: dict[str, Any], connection_id: str) -> dict[str, Any]:
    """One message (route `subscribe`, `chat` or `$default`): subscribe, or chat."""
    who = identity.from_event(event)
    connection = _own_connection(who, connection_id)
    try:
        body = event.get("body") or ""
        asked = Request.validate_json(base64.b64decode(body) if event.get("isBase64Encoded") else body)
    except (ValidationError, ValueError) as error:
        problems = (
            error.errors() if isinstance(error, ValidationError) else [{"loc": (), "msg": "not base64"}]
        )
        details = [{"field": ".".join(map(str, p["loc"])) or "body", "problem": p["msg"]} for p in problems]
        raise ServiceError(
            HTTPStatus.BAD_REQUEST,
            "ValidationError",
            f"The message is not one this API takes: send JSON such as {EXAMPLE}, or a chat "
            '{"action": "chat", "agentId", "sessionId", "message"}; `details` says what was wrong.',
            details,
        ) from None
    endpoint = management_endpoint(event)
    if isinstance(asked, Subscribe):
        who.require(Permission.SUBSCRIBE)
        operations.owned_agent(who, asked.agentId)
        try:
            subscribed = operations.store().subscribe(connection.connection_id, asked.agentId)
        except NotFound as gone:
            raise ServiceError(HTTPStatus.GONE, "ConnectionClosed", f"{gone}") from None
        data = {"subscriptions": list(subscribed.subscriptions)}
        push(connection_id, Update(type="subscribed", agentId=asked.agentId, data=data), endpoint=endpoint)
        return {"statusCode": HTTPStatus.OK}
    listening = True
    for step in chat.turn(who, asked.agentId, asked.sessionId, asked.message):
        update = Update(type=step.type, agentId=asked.agentId, sessionId=asked.sessionId, data=step.data)
        # A client that left misses the rest, but the turn runs to its end: the session keeps it.
        listening = listening and push(connection_id, update, endpoint=endpoint)
    return {"statusCode": HTTPStatus.OK}


def _own_connection(who: Identity, connection_id: str) -> Any:
    try:
        connection = operations.store().get_connection(connection_id)
    except (NotFound, ValueError):
        raise ServiceError(
            HTTPStatus.GONE,
            "ConnectionClosed",
            f"Connection {connection_id!r} is not open: connect again.",
        ) from None
    if connection.user_id != who.user_id:
        raise forbidden(f"Connection {connection_id!r} is another user's: connect with your own credentials.")
    return connection


def _refuse(event: dict[str, Any], connection_id: str, error: ServiceError) -> None:
    """Tell the client why its message was refused, as an `error` update."""
    data = {"code": error.code, "message": error.message}
    if error.details is not None:
        data["details"] = error.details
    try:
        push(connection_id, Update(type="error", data=data), endpoint=management_endpoint(event))
    except Exception:  # the refusal stands even if the client cannot hear it
        logger.exception("could not send the refusal")


# --------------------------------------------------------------------------- pushing


def management_endpoint(event: dict[str, Any] | None = None) -> str:
    """Where `post_to_connection` goes: `AGENTKIT_WEBSOCKET_ENDPOINT`, else the API the event came through."""
    configured = os.environ.get("AGENTKIT_WEBSOCKET_ENDPOINT")
    if configured:
        return configured
    request = (event or {}).get("requestContext") or {}
    if request.get("domainName") and request.get("stage"):
        return f"https://{request['domainName']}/{request['stage']}"
    raise RuntimeError(
        "No WebSocket API to push to: set AGENTKIT_WEBSOCKET_ENDPOINT to its management endpoint, "
        "https://{api-id}.execute-api.{region}.amazonaws.com/{stage} (agentkit serve sets it locally)."
    )


def push(connection_id: str, update: Update, *, endpoint: str) -> bool:
    """Send `update` to the connection; False (and the connection closed) if the client is gone."""
    client = aws_client("apigatewaymanagementapi", endpoint_url=endpoint)
    try:
        client.post_to_connection(ConnectionId=connection_id, Data=update.wire())
    except client.exceptions.GoneException:
        logger.info("connection gone; closing it", extra={"connection_id": connection_id})
        operations.store().close_connection(connection_id)
        return False
    return True


# --------------------------------------------------------------------------- the bus's updates


@observed
def status_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """An agent's status change, a task's progress, completion or error: pushed to the agent's subscribers.

    Returns who got it (`pushed`) and which connections turned out gone (`gone`, now closed). An event
    about no agent (a task started without one, an error outside a task) has nobody to reach.
    """
    envelope, detail = events.parse_event(
        event, AgentStatusChanged, TaskProgress, TaskCompleted, ErrorOccurred
    )
    update = as_update(envelope, detail)
    if update is None:
        logger.info("no agent to update", extra={"event_id": envelope.id})
        return {"event_id": envelope.id, "agentId": None, "pushed": [], "gone": []}
    assert update.agentId is not None
    endpoint = management_endpoint()
    pushed, gone = [], []
    for connection_id in operations.store().subscribers(update.agentId):
        (pushed if push(connection_id, update, endpoint=endpoint) else gone).append(connection_id)
    return {"event_id": envelope.id, "agentId": update.agentId, "pushed": pushed, "gone": gone}


def as_update(envelope: Event, detail: Detail) -> Update | None:
    """The message a subscriber receives for a bus event; None if the event concerns no agent."""
    if isinstance(detail, AgentStatusChanged):
        data = {"oldStatus": detail.old_status, "newStatus": detail.new_status}
        return Update(type="status", agentId=detail.agent_id, data=data)
    if isinstance(detail, TaskProgress):
        if detail.agent_id is None:
            return None
        data = {
            "step": detail.step,
            "totalSteps": detail.total_steps,
            "progress": detail.step / detail.total_steps,
            "action": detail.action,
        }
        return Update(type="progress", agentId=detail.agent_id, taskId=detail.task_id, data=data)
    if isinstance(detail, TaskCompleted):
        agent_id, _ = _task_of(next((r for r in envelope.resources if ":execution:" in r), None))
        if agent_id is None:
            return None
        data = {"status": detail.status, "steps": detail.steps}
        return Update(type="done", agentId=agent_id, taskId=detail.task_id, data=data)
    assert isinstance(detail, ErrorOccurred)
    agent_id, task_id = detail.context.get("agent_id"), detail.context.get("task_id")
    if agent_id is None:
        agent_id, task_id = _task_of(detail.context.get("execution"))
    if agent_id is None:
        return None
    data = {"code": detail.error_type, "message": detail.error_message, "component": detail.component}
    return Update(type="error", agentId=str(agent_id), taskId=task_id, data=data)


def _task_of(execution: Any) -> tuple[str | None, str | None]:
    """The agent and task a task-execution workflow's execution runs for: what its input says."""
    if not isinstance(execution, str) or ":execution:" not in execution:
        return None, None
    sfn = operations.sfn()
    try:
        given = json.loads(sfn.describe_execution(executionArn=execution)["input"])
    except sfn.exceptions.ExecutionDoesNotExist:
        return None, None
    if not isinstance(given, dict):
        return None, None
    return given.get("agent_id"), given.get("task_id")


def subscribe_to_bus(
    installed: Installed, *, handler: Handler = status_handler, client: ClientFactory = boto3.client
) -> str:
    """On local AWS: `status_handler` as a function subscribed to the bus's state changes and errors.

    Returns its ARN. The deploy app subscribes the deployed function to the same rules; a test may bind
    its own `handler` (one that records, then calls `status_handler`).
    """
    from agentkit.workflows import local  # deploy-time only

    [arn] = local.functions(
        [STATUS_FUNCTION], {STATUS_FUNCTION: handler}, prefix=installed.bus, client=client
    ).values()
    events.subscribe(installed, arn, rules=events.BROADCASTS, client=client)
    return arn
