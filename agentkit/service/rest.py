"""The REST API's agents resource: `POST/GET /agents`, `GET/PUT/DELETE /agents/{id}`, as one Lambda handler.

Built on aws-lambda-powertools' `APIGatewayRestResolver` with validation on: the Pydantic models below
check every body, path and query parameter before a route runs and every response after, and they are
also the OpenAPI document (`GET /openapi.json`). Agents live in the kit's memory store
(`agentkit.memory.DynamoDBStore`, table `AGENTKIT_MEMORY_TABLE`, else this attendee's own), and creating or
deleting one publishes `AgentCreated` / `AgentDeleted` on the kit's bus (`AGENTKIT_EVENT_BUS`).

Bodies and configurations follow the seed (camelCase, `llmProvider`, `model`, `tools` as definitions,
temperature 0-2, `maxTokens` >= 1), plus `bedrock`, the kit's default provider. Every failure is the
seed's error shape, `{"error": {code, message, details, requestId, timestamp}}`, and its message says what
to do. Another user's agent is refused with 403, as the seed's authorization property says.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from functools import cache
from http import HTTPStatus
from typing import Annotated, Any, Literal

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.logging import correlation_paths
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from agentkit.memory import AgentRecord, Conflict, DynamoDBStore, InvalidCursor, NotFound
from agentkit.memory.records import ToolDefinition
from agentkit.memory.store import check_id
from agentkit.workflows import events

MAX_BODY_BYTES = 100_000
"""A bigger body is refused before it is parsed: an agent's record must fit a DynamoDB item (400 KB)."""

AgentId = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[\w.:@+=-]+$")]

logger = Logger(service="agentkit-api")
app = APIGatewayRestResolver(enable_validation=True)


# --------------------------------------------------------------------------- models (and the OpenAPI schemas)


class _Camel(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, frozen=True)


class Configuration(_Camel):
    """An agent's configuration as the API shows it (an agent made by the kit may name its tools)."""

    llm_provider: Literal["bedrock", "anthropic", "openai"]
    model: str | None = None
    tools: list[str | ToolDefinition] = []
    system_prompt: str | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0, allow_inf_nan=False)
    max_tokens: int | None = Field(None, ge=1)


class NewConfiguration(Configuration):
    """A configuration as a client sends it: the seed's rules (a model, tools as full definitions)."""

    model: str = Field(min_length=1, max_length=200)
    tools: list[ToolDefinition] = Field([], max_length=100)

    @field_validator("model")
    @classmethod
    def _model_is_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("model is required: name one, e.g. 'gpt-4o' or a Bedrock model id")
        return value

    @field_validator("tools")
    @classmethod
    def _parameters_are_json(cls, tools: list[ToolDefinition]) -> list[ToolDefinition]:
        for tool in tools:
            try:
                json.dumps(tool.parameters, allow_nan=False)
            except ValueError:
                raise ValueError(
                    f"tool {tool.name!r}: parameters must be plain JSON; NaN and Infinity are not numbers in JSON"
                ) from None
        return tools


class NewAgent(_Camel):
    name: str = Field(min_length=1, max_length=200)
    configuration: NewConfiguration


class AgentChanges(_Camel):
    """`PUT /agents/{id}`: a new name, a new configuration (it replaces the old one whole), or both."""

    name: str | None = Field(None, min_length=1, max_length=200)
    configuration: NewConfiguration | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> AgentChanges:
        if self.name is None and self.configuration is None:
            raise ValueError("nothing to change: send 'name', 'configuration' or both")
        return self


class Agent(_Camel):
    id: str
    user_id: str
    name: str
    configuration: Configuration
    status: Literal["idle", "processing", "waiting", "error"]
    version: int
    created_at: datetime
    updated_at: datetime


class AgentPage(_Camel):
    items: list[Agent]
    next_token: str | None = None
    """Pass it as `nextToken` for the next page; absent on the last page."""


class ErrorBody(BaseModel):
    code: str
    message: str
    details: Any = None
    requestId: str  # noqa: N815 — the seed's field names
    timestamp: str


class ErrorResponse(BaseModel):
    error: ErrorBody


def _errors(*statuses: int) -> dict[int, Any]:
    """The error responses a route documents, all in the seed's shape."""
    return {
        status: {
            "description": HTTPStatus(status).phrase,
            "content": {"application/json": {"model": ErrorResponse}},
        }
        for status in (400, 401, 413, 500, *statuses)
    }


# --------------------------------------------------------------------------- the caller, the store, the bus


def caller(event: dict[str, Any]) -> str | None:
    """The calling user's id, as a Lambda authorizer passes it; None when the request was not authenticated.

    The one place that reads identity, so the auth module (API keys, JWT) can take it over unchanged.
    """
    authorizer = (event.get("requestContext") or {}).get("authorizer") or {}
    principal = authorizer.get("principalId")
    return principal if isinstance(principal, str) and principal.strip() else None


@cache
def _store(table: str | None, endpoint: str | None) -> DynamoDBStore:
    return DynamoDBStore(table)


def store() -> DynamoDBStore:
    """The agents' store; one per table and endpoint, reused across warm invocations."""
    return _store(os.environ.get("AGENTKIT_MEMORY_TABLE"), os.environ.get("AWS_ENDPOINT_URL"))


def _bus() -> str:
    return os.environ.get("AGENTKIT_EVENT_BUS", events.BUS_NAME)


class ApiError(Exception):
    """A refusal with its HTTP status, the seed's error code and a message that says what to do."""

    def __init__(self, status: HTTPStatus, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _user() -> str:
    user = caller(app.current_event.raw_event)
    if user is None:
        raise ApiError(
            HTTPStatus.UNAUTHORIZED,
            "Unauthorized",
            "The request carries no identity: send an API key or a bearer token the authorizer accepts.",
        )
    try:
        return check_id(user, "user id")
    except ValueError as error:
        raise ApiError(
            HTTPStatus.UNAUTHORIZED, "Unauthorized", f"{error} Sign in with an identity the API can store."
        ) from None


def _owned(agent_id: str, user: str) -> AgentRecord:
    try:
        agent = store().get_agent(agent_id)
    except NotFound:
        raise ApiError(
            HTTPStatus.NOT_FOUND,
            "AgentNotFound",
            f"Agent {agent_id!r} does not exist: list your agents with GET /agents.",
        ) from None
    if agent.user_id != user:
        raise ApiError(
            HTTPStatus.FORBIDDEN,
            "Forbidden",
            f"Agent {agent_id!r} belongs to another user: use one of your own agents (GET /agents lists them).",
        )
    return agent


def _to_store(configuration: NewConfiguration) -> dict[str, Any]:
    return {
        "provider": configuration.llm_provider,
        "model_id": configuration.model,
        "tools": configuration.tools,
        "system_prompt": configuration.system_prompt,
        "temperature": configuration.temperature,
        "max_tokens": configuration.max_tokens,
    }


def view(agent: AgentRecord) -> Agent:
    """The stored record as the API shows it."""
    config = agent.configuration
    return Agent.model_validate(
        {
            "id": agent.agent_id,
            "userId": agent.user_id,
            "name": agent.name,
            "configuration": {
                "llmProvider": config.provider,
                "model": config.model_id,
                "tools": config.tools,
                "systemPrompt": config.system_prompt,
                "temperature": config.temperature,
                "maxTokens": config.max_tokens,
            },
            "status": agent.status,
            "version": agent.version,
            "createdAt": agent.created_at,
            "updatedAt": agent.updated_at,
        }
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# --------------------------------------------------------------------------- routes


@app.post("/agents", responses={201: {"description": "The agent as stored"}, **_errors()})
def create_agent(body: NewAgent) -> tuple[Agent, int]:
    """Create an agent for the caller; publishes `AgentCreated`."""
    user = _user()
    record = store().create_agent(user, body.name, _to_store(body.configuration))
    agent = view(record)
    try:
        events.publish(
            "AgentCreated",
            {
                "agent_id": agent.id,
                "user_id": user,
                "configuration": agent.configuration.model_dump(mode="json", by_alias=True),
                "timestamp": _now(),
            },
            bus=_bus(),
        )
    except Exception:  # without its event nobody hears of the agent: take it back, so a retry starts clean
        store().delete_agent(record.agent_id)
        raise
    logger.info("agent created", extra={"agent_id": agent.id})
    return agent, HTTPStatus.CREATED


@app.get("/agents", responses=_errors())
def list_agents(
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    next_token: Annotated[str | None, Query(alias="nextToken", max_length=2000)] = None,
) -> AgentPage:
    """The caller's agents, newest first, a page at a time."""
    page = store().list_agents(_user(), limit=limit, cursor=next_token)
    return AgentPage(items=[view(a) for a in page], nextToken=page.cursor)


@app.get("/agents/<agent_id>", responses=_errors(403, 404))
def get_agent(agent_id: AgentId) -> Agent:
    return view(_owned(agent_id, _user()))


@app.put("/agents/<agent_id>", responses=_errors(403, 404, 409))
def update_agent(agent_id: AgentId, body: AgentChanges) -> Agent:
    """Rename the agent and/or replace its configuration."""
    current = _owned(agent_id, _user())
    updated = store().update_agent(
        agent_id,
        name=body.name,
        configuration=None if body.configuration is None else _to_store(body.configuration),
        expected_version=current.version,
    )
    return view(updated)


@app.delete("/agents/<agent_id>", responses={204: {"description": "Deleted"}, **_errors(403, 404)})
def delete_agent(agent_id: AgentId) -> Response[None]:
    """Delete the agent with its tasks and facts; publishes `AgentDeleted`."""
    user = _user()
    _owned(agent_id, user)
    store().delete_agent(agent_id)
    events.publish("AgentDeleted", {"agent_id": agent_id, "user_id": user, "timestamp": _now()}, bus=_bus())
    logger.info("agent deleted", extra={"agent_id": agent_id})
    return Response(status_code=HTTPStatus.NO_CONTENT)


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


def _error_json(request_id: str, code: str, message: str, details: Any = None) -> str:
    error = ErrorBody(code=code, message=message, details=details, requestId=request_id, timestamp=_now())
    return ErrorResponse(error=error).model_dump_json()


def error_response(status: HTTPStatus, code: str, message: str, details: Any = None) -> Response:
    request_id = _request_id(app.current_event.raw_event, getattr(app, "lambda_context", None))
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=_error_json(request_id, code, message, details),
    )


@app.exception_handler(ApiError)
def _refused(error: ApiError) -> Response:
    return error_response(error.status, error.code, error.message)


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
        "nextToken was not handed out by GET /agents for you: pass the nextToken of the page before, "
        "or leave it out for the first page.",
    )


@app.exception_handler(Conflict)
def _conflict(error: Conflict) -> Response:
    return error_response(
        HTTPStatus.CONFLICT,
        "Conflict",
        "The agent changed while this request was applied: GET it again and repeat the change.",
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
            "body": _error_json(_request_id(event, context), "PayloadTooLarge", message),
            "isBase64Encoded": False,
        }
    return app.resolve(event, context)
