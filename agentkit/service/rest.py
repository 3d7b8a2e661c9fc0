"""The REST API as one Lambda handler: the agents resource (`POST/GET /agents`, `GET/PUT/DELETE /agents/{id}`),
their tasks (`POST/GET /agents/{id}/tasks`, `GET /agents/{id}/tasks/{taskId}`) and status
(`GET /agents/{id}/status`), approvals of waiting tasks (`GET /approvals`, `POST /approvals/{id}`)
and chat on a session (`POST /agents/{id}/sessions/{sessionId}/messages`, JSON or SSE).

Built on aws-lambda-powertools' `APIGatewayRestResolver` with validation on: the models of
`agentkit.service.schemas` check every body, path and query parameter before a route runs and every
response after, and they are also the OpenAPI document (`GET /openapi.json`). The routes are thin: the
caller's identity comes from the authorizer (`agentkit.service.identity`), the rules and the work from
`agentkit.service.operations`, shared with the GraphQL API.

Every failure is the seed's error shape, `{"error": {code, message, details, requestId, timestamp}}`,
and its message says what to do.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Annotated, Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.logging import correlation_paths

from agentkit.memory import Conflict, InvalidCursor
from agentkit.service import chat, identity, operations
from agentkit.service.chat import ChatMessage, ChatReply
from agentkit.service.errors import ErrorResponse, ServiceError, error_json
from agentkit.service.identity import Identity
from agentkit.service.observability import observed
from agentkit.service.operations import logger
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
)
from agentkit.workflows.sse import SSE_MEDIA_TYPE, StreamEvent, serialize_sse

MAX_BODY_BYTES = 100_000
"""A bigger body is refused before it is parsed: an agent's record must fit a DynamoDB item (400 KB)."""

AgentId = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[\w.:@+=-]+$")]
TaskId = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[\w.:@+=-]+$")]
ApprovalId = Annotated[str, Path(min_length=1, max_length=80, pattern=r"^[\w.:@+=-]+$")]
"""An approval is named by its task's id, which is also its execution's name (at most 80 characters)."""
SessionId = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[\w.:@+=-]+$")]

app = APIGatewayRestResolver(enable_validation=True)


def _errors(*statuses: int) -> dict[int, Any]:
    """The error responses a route documents, all in the seed's shape."""
    return {
        status: {
            "description": HTTPStatus(status).phrase,
            "content": {"application/json": {"model": ErrorResponse}},
        }
        for status in (400, 401, 413, 500, *statuses)
    }


def _who() -> Identity:
    return identity.from_event(app.current_event.raw_event)


# --------------------------------------------------------------------------- routes


@app.post("/agents", responses={201: {"description": "The agent as stored"}, **_errors(403)})
def create_agent(body: NewAgent) -> tuple[Agent, int]:
    """Create an agent for the caller; publishes `AgentCreated`."""
    return operations.create_agent(_who(), body), HTTPStatus.CREATED


@app.get("/agents", responses={200: {"description": "A page of your agents"}, **_errors(403)})
def list_agents(
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    next_token: Annotated[str | None, Query(alias="nextToken", max_length=2000)] = None,
) -> AgentPage:
    """The caller's agents, newest first, a page at a time."""
    return operations.list_agents(_who(), limit=limit, cursor=next_token)


@app.get("/agents/<agent_id>", responses={200: {"description": "The agent"}, **_errors(403, 404)})
def get_agent(agent_id: AgentId) -> Agent:
    return operations.get_agent(_who(), agent_id)


@app.put(
    "/agents/<agent_id>", responses={200: {"description": "The agent as changed"}, **_errors(403, 404, 409)}
)
def update_agent(agent_id: AgentId, body: AgentChanges) -> Agent:
    """Rename the agent and/or replace its configuration."""
    return operations.update_agent(_who(), agent_id, body)


@app.delete("/agents/<agent_id>", responses={204: {"description": "Deleted"}, **_errors(403, 404)})
def delete_agent(agent_id: AgentId) -> Response[None]:
    """Delete the agent with its tasks and facts; publishes `AgentDeleted`."""
    operations.delete_agent(_who(), agent_id)
    return Response(status_code=HTTPStatus.NO_CONTENT)


@app.post(
    "/agents/<agent_id>/tasks", responses={201: {"description": "The task as stored"}, **_errors(403, 404)}
)
def create_task(agent_id: AgentId, body: NewTask) -> tuple[Task, int]:
    """Start a task on one of your agents: stored, announced (`TaskCreated`), its workflow started.

    Send an `Idempotency-Key` header to make a retry safe: the same key returns the first task.
    """
    key = app.current_event.headers.get("idempotency-key") or None
    if key is not None and not 1 <= len(key) <= 200:
        raise ServiceError(
            HTTPStatus.BAD_REQUEST,
            "ValidationError",
            "The Idempotency-Key header must be 1-200 characters: send a UUID, one per intended request.",
        )
    task = operations.create_task(_who(), agent_id, body, key, app.lambda_context)
    return task, HTTPStatus.CREATED


@app.get("/agents/<agent_id>/tasks", responses={200: {"description": "A page of tasks"}, **_errors(403, 404)})
def list_tasks(
    agent_id: AgentId,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    next_token: Annotated[str | None, Query(alias="nextToken", max_length=2000)] = None,
) -> TaskPage:
    """The agent's tasks, newest first, a page at a time."""
    return operations.list_tasks(_who(), agent_id, limit=limit, cursor=next_token)


@app.get(
    "/agents/<agent_id>/tasks/<task_id>", responses={200: {"description": "The task"}, **_errors(403, 404)}
)
def get_task(agent_id: AgentId, task_id: TaskId) -> Task:
    """The task: its status, steps, result or error."""
    return operations.get_task(_who(), agent_id, task_id)


@app.get(
    "/agents/<agent_id>/status", responses={200: {"description": "The agent's status"}, **_errors(403, 404)}
)
def agent_status(agent_id: AgentId) -> AgentStatus:
    """The agent's status, its newest task and that task's progress."""
    return operations.agent_status(_who(), agent_id)


@app.get("/approvals", responses={200: {"description": "Your waiting approvals"}, **_errors(403)})
def pending_approvals() -> list[Approval]:
    """Your tasks now waiting for a go-ahead, oldest first."""
    return operations.pending_approvals(_who())


@app.post(
    "/approvals/<approval_id>",
    responses={200: {"description": "The decision sent"}, **_errors(403, 404, 409)},
)
def decide(approval_id: ApprovalId, body: ApprovalDecision) -> ApprovalOutcome:
    """Approve or reject one of your waiting tasks (named by its task id)."""
    return operations.decide(_who(), approval_id, body)


@app.post(
    "/agents/<agent_id>/sessions/<session_id>/messages",
    responses={
        200: {
            "description": "The agent's turn: one JSON reply, or its events as Server-Sent Events when the "
            "request accepts text/event-stream",
            "content": {
                "application/json": {"model": ChatReply},
                SSE_MEDIA_TYPE: {"schema": {"type": "string"}},
            },
        },
        **_errors(403, 404, 422),
    },
)
def chat_message(agent_id: AgentId, session_id: SessionId, body: ChatMessage) -> Response[ChatReply | str]:
    """Say something to one of your agents on one of your sessions (a new id starts a session).

    With `Accept: text/event-stream` the answer is the turn's events as SSE (`event` is the type: token,
    tool_call, tool_result, guardrail, done; `data` its JSON), buffered as a Lambda proxy answer is.
    """
    turn = chat.turn(_who(), agent_id, session_id, body.message)
    if SSE_MEDIA_TYPE in (app.current_event.headers.get("accept") or ""):
        stream = (
            StreamEvent(event=event.type, data=json.dumps(event.data), id=str(n))
            for n, event in enumerate(turn, 1)
        )
        return Response(HTTPStatus.OK, content_type=SSE_MEDIA_TYPE, body=serialize_sse(stream).decode())
    return Response(
        HTTPStatus.OK,
        content_type=content_types.APPLICATION_JSON,
        body=chat.reply(agent_id, session_id, turn),
    )


@app.get("/openapi.json", include_in_schema=False)
def openapi() -> dict[str, Any]:
    """The OpenAPI document that powertools generates from these routes and models."""
    return json.loads(app.get_openapi_json_schema(title="agentkit API", version="1.0.0"))


# --------------------------------------------------------------------------- errors, in the seed's shape


def _request_id(event: dict[str, Any], context: Any) -> str:
    """API Gateway's request id, else the Lambda invocation's: what a client quotes when reporting a failure."""
    return (
        (event.get("requestContext") or {}).get("requestId") or getattr(context, "aws_request_id", "") or ""
    )


def error_response(status: HTTPStatus, code: str, message: str, details: Any = None) -> Response:
    request_id = _request_id(app.current_event.raw_event, getattr(app, "lambda_context", None))
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=error_json(request_id, code, message, details),
    )


@app.exception_handler(ServiceError)
def _refused(error: ServiceError) -> Response:
    return error_response(error.status, error.code, error.message, error.details)


@app.exception_handler(RequestValidationError)
def _invalid(error: RequestValidationError) -> Response:
    problems = error.errors()
    if any(p["type"] == "json_invalid" for p in problems):
        where = problems[0]["loc"][-1]
        return error_response(
            HTTPStatus.BAD_REQUEST,
            "MalformedJSON",
            f"The body is not valid JSON (at character {where}): send one JSON object, "
            'e.g. {"name": "helper", "configuration": {"llmProvider": "openai", "model": "gpt-4o"}}.',
        )
    details = [{"field": ".".join(str(part) for part in p["loc"]), "problem": p["msg"]} for p in problems]
    fields = ", ".join(d["field"] for d in details)
    return error_response(
        HTTPStatus.BAD_REQUEST,
        "ValidationError",
        f"The request is invalid in {fields}: correct those fields as `details` says and send it again.",
        details,
    )


@app.exception_handler(InvalidCursor)
def _bad_cursor(error: InvalidCursor) -> Response:
    return error_response(
        HTTPStatus.BAD_REQUEST,
        "InvalidNextToken",
        "nextToken was not handed out by this listing for you: pass the nextToken of the page before, "
        "or leave it out for the first page.",
    )


@app.exception_handler(Conflict)
def _conflict(error: Conflict) -> Response:
    return error_response(
        HTTPStatus.CONFLICT,
        "Conflict",
        "The agent or task changed while this request was applied: GET it again and repeat the change.",
    )


@app.not_found
def _no_route(error: NotFoundError) -> Response:
    event = app.current_event
    return error_response(
        HTTPStatus.NOT_FOUND,
        "RouteNotFound",
        f"There is no {event.http_method} {event.path}: GET /openapi.json lists the API's routes.",
    )


@app.exception_handler(Exception)
def _failed(error: Exception) -> Response:
    logger.exception("request failed")
    return error_response(
        HTTPStatus.INTERNAL_SERVER_ERROR,
        "InternalError",
        "The service failed to handle this request: retry it; if it keeps failing, report its requestId.",
    )


@observed
@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """The Lambda entry point: API Gateway's REST (proxy) event in, its response out.

    A body over `MAX_BODY_BYTES` is refused here, before the resolver parses it (API Gateway's own limit
    is 10 MB; an agent needs far less).
    """
    size = len((event.get("body") or "").encode())
    if size > MAX_BODY_BYTES:
        message = (
            f"The body is {size} bytes; the most this API takes is {MAX_BODY_BYTES}: "
            "shorten the system prompt or the tools' descriptions and parameters."
        )
        return {
            "statusCode": HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "headers": {"Content-Type": content_types.APPLICATION_JSON},
            "body": error_json(_request_id(event, context), "PayloadTooLarge", message),
            "isBase64Encoded": False,
        }
    return app.resolve(event, context)
