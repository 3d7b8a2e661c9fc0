"""The GraphQL API (`POST /graphql`) as one Lambda handler: the seed's schema on strawberry-graphql.

Queries `agent`, `agents`, `task`, `tasks` and mutations `createAgent`, `updateAgent`, `deleteAgent`,
`createTask`. Every resolver is one call into `agentkit.service.operations`, the same the REST routes
make, and every input is validated by the same Pydantic models (`agentkit.service.schemas`), so the
rules (ownership, permissions, limits) exist once. A refusal is a GraphQL error whose
`extensions.code` is the code REST answers with (`Forbidden`, `AgentNotFound`, `ValidationError`, ...),
with the same message and `details`.

The caller is the identity the authorizer put on the event, read as REST reads it
(`agentkit.service.identity.from_event`); without one the answer is 401 in the seed's error shape, as is
a body that is not a GraphQL request (400) or too big (413).

The seed's subscriptions (`agentStatusUpdated`, `taskProgressUpdated`) are not served here: a Lambda
answers one request and cannot hold a subscription open. The same updates reach clients over the
WebSocket API (`agentkit.service.realtime`: `subscribe` to an agent, then `status` / `progress` messages).
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import Enum
from http import HTTPStatus
from typing import Any

import strawberry
from aws_lambda_powertools.logging import correlation_paths
from graphql import GraphQLError
from pydantic import BaseModel, ValidationError
from pydantic.alias_generators import to_camel
from strawberry.scalars import JSON
from strawberry.types import Info

from agentkit.memory import Conflict, InvalidCursor
from agentkit.service import identity, operations, schemas
from agentkit.service.errors import ServiceError, error_json
from agentkit.service.observability import observed
from agentkit.service.operations import logger
from agentkit.service.rest import MAX_BODY_BYTES

# --------------------------------------------------------------------------- types (the seed's schema)


@strawberry.enum
class LLMProvider(Enum):
    BEDROCK = "bedrock"
    OPENAI = "openai"
    ANTHROPIC = "anthropic"


@strawberry.enum
class AgentStatus(Enum):
    IDLE = "idle"
    PROCESSING = "processing"
    WAITING = "waiting"
    ERROR = "error"


@strawberry.enum
class TaskStatus(Enum):
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


@strawberry.type
class Tool:
    name: str
    description: str | None = None
    parameters: JSON | None = None
    handler: str | None = None


@strawberry.type
class AgentConfiguration:
    llm_provider: LLMProvider
    model: str | None
    tools: list[Tool]
    system_prompt: str | None
    temperature: float | None
    max_tokens: int | None


@strawberry.type
class Agent:
    id: strawberry.ID
    user_id: str
    name: str
    configuration: AgentConfiguration
    status: AgentStatus
    version: int
    created_at: str
    updated_at: str


@strawberry.type
class TaskStep:
    action: str
    input: str


@strawberry.type
class Task:
    id: strawberry.ID
    agent_id: strawberry.ID
    description: str
    status: TaskStatus
    steps: list[TaskStep]
    requires_approval: bool
    current_step: int
    result: str | None
    """The steps' results as JSON text (the seed's `String`)."""
    created_at: str
    completed_at: str | None


@strawberry.type
class AgentConnection:
    items: list[Agent]
    next_token: str | None


@strawberry.type
class TaskConnection:
    items: list[Task]
    next_token: str | None


@strawberry.input
class ToolInput:
    name: str
    description: str
    parameters: JSON
    handler: str


@strawberry.input
class AgentConfigurationInput:
    llm_provider: LLMProvider
    model: str
    tools: list[ToolInput] = strawberry.field(default_factory=list)
    system_prompt: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None


@strawberry.input
class CreateAgentInput:
    name: str
    configuration: AgentConfigurationInput


@strawberry.input
class UpdateAgentInput:
    name: str | None = None
    configuration: AgentConfigurationInput | None = None


@strawberry.input
class TaskStepInput:
    action: str
    input: str


@strawberry.input
class CreateTaskInput:
    description: str
    steps: list[TaskStepInput] = strawberry.field(default_factory=list)
    requires_approval: bool = False


# --------------------------------------------------------------------------- from and to the API's models


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _agent(agent: schemas.Agent) -> Agent:
    config = agent.configuration
    return Agent(
        id=strawberry.ID(agent.id),
        user_id=agent.user_id,
        name=agent.name,
        configuration=AgentConfiguration(
            llm_provider=LLMProvider(config.llm_provider),
            model=config.model,
            tools=[Tool(name=t) if isinstance(t, str) else Tool(**t.model_dump()) for t in config.tools],
            system_prompt=config.system_prompt,
            temperature=config.temperature,
            max_tokens=config.max_tokens,
        ),
        status=AgentStatus(agent.status),
        version=agent.version,
        created_at=agent.created_at.isoformat(),
        updated_at=agent.updated_at.isoformat(),
    )


def _task(task: schemas.Task) -> Task:
    return Task(
        id=strawberry.ID(task.id),
        agent_id=strawberry.ID(task.agent_id),
        description=task.description,
        status=TaskStatus(task.status),
        steps=[TaskStep(action=s.action, input=s.input) for s in task.steps],
        requires_approval=task.requires_approval,
        current_step=task.current_step,
        result=None if task.result is None else json.dumps(task.result),
        created_at=task.created_at.isoformat(),
        completed_at=_iso(task.completed_at),
    )


def _plain(value: Any) -> Any:
    """A strawberry input as the JSON body REST would receive (camelCase names; a JSON scalar as given)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__strawberry_definition__"):
        return {
            to_camel(field.python_name): _plain(getattr(value, field.python_name))
            for field in value.__strawberry_definition__.fields
            if getattr(value, field.python_name) is not None
        }
    return value


def _parsed(model: type[BaseModel], value: Any) -> Any:
    """The input validated by the very model REST validates its body with."""
    return model.model_validate(_plain(value))


def _who(info: Info) -> identity.Identity:
    return info.context["who"]


# --------------------------------------------------------------------------- resolvers


@strawberry.type
class Query:
    @strawberry.field
    def agent(self, info: Info, id: strawberry.ID) -> Agent | None:
        return _agent(operations.get_agent(_who(info), id))

    @strawberry.field
    def agents(self, info: Info, limit: int | None = 20, next_token: str | None = None) -> AgentConnection:
        page = operations.list_agents(_who(info), limit=_limit(limit), cursor=next_token)
        return AgentConnection(items=[_agent(a) for a in page.items], next_token=page.next_token)

    @strawberry.field
    def task(self, info: Info, agent_id: strawberry.ID, task_id: strawberry.ID) -> Task | None:
        return _task(operations.get_task(_who(info), agent_id, task_id))

    @strawberry.field
    def tasks(
        self, info: Info, agent_id: strawberry.ID, limit: int | None = 20, next_token: str | None = None
    ) -> TaskConnection:
        page = operations.list_tasks(_who(info), agent_id, limit=_limit(limit), cursor=next_token)
        return TaskConnection(items=[_task(t) for t in page.items], next_token=page.next_token)


@strawberry.type
class Mutation:
    @strawberry.mutation
    def create_agent(self, info: Info, input: CreateAgentInput) -> Agent:
        return _agent(operations.create_agent(_who(info), _parsed(schemas.NewAgent, input)))

    @strawberry.mutation
    def update_agent(self, info: Info, id: strawberry.ID, input: UpdateAgentInput) -> Agent:
        return _agent(operations.update_agent(_who(info), id, _parsed(schemas.AgentChanges, input)))

    @strawberry.mutation
    def delete_agent(self, info: Info, id: strawberry.ID) -> bool:
        operations.delete_agent(_who(info), id)
        return True

    @strawberry.mutation
    def create_task(self, info: Info, agent_id: strawberry.ID, input: CreateTaskInput) -> Task:
        body = _parsed(schemas.NewTask, input)
        key, lambda_context = info.context["idempotency_key"], info.context["lambda_context"]
        return _task(operations.create_task(_who(info), agent_id, body, key, lambda_context))


def _limit(limit: int | None) -> int:
    """The page size REST allows (1-100), refused the same way when outside it."""
    if limit is None:
        return 20
    if not 1 <= limit <= 100:
        raise ServiceError(
            HTTPStatus.BAD_REQUEST,
            "ValidationError",
            f"limit must be 1-100, not {limit}: ask for at most 100 items a page.",
            [{"field": "limit", "problem": "Input should be between 1 and 100"}],
        )
    return limit


class _Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Refusals are answers, not failures: `_error` logs only the unexpected ones (strawberry logs all)."""


schema = _Schema(query=Query, mutation=Mutation)


# --------------------------------------------------------------------------- errors


def _error(error: GraphQLError) -> dict[str, Any]:
    """A GraphQL error carrying the code (and details) REST would answer with for the same problem."""
    cause = error.original_error
    if isinstance(cause, ServiceError):
        code, message, details = cause.code, cause.message, cause.details
    elif isinstance(cause, ValidationError):
        details = [
            {"field": "input." + ".".join(str(p) for p in e["loc"]), "problem": e["msg"]}
            for e in cause.errors()
        ]
        fields = ", ".join(d["field"] for d in details)
        code = "ValidationError"
        message = (
            f"The request is invalid in {fields}: correct those fields as `details` says and send it again."
        )
    elif isinstance(cause, InvalidCursor):
        code, details = "InvalidNextToken", None
        message = (
            "nextToken was not handed out by this listing for you: pass the nextToken of the page before."
        )
    elif isinstance(cause, Conflict):
        code, details = "Conflict", None
        message = (
            "The agent or task changed while this request was applied: read it again and repeat the change."
        )
    elif cause is None:
        code, message, details = (
            "InvalidQuery",
            f"{error.message} Correct the query against the schema.",
            None,
        )
    else:
        logger.exception("GraphQL resolver failed", exc_info=cause)
        code, details = "InternalError", None
        message = (
            "The service failed to handle this request: retry it; if it keeps failing, report its requestId."
        )
    formatted = error.formatted
    formatted["message"] = message
    formatted["extensions"] = {"code": code, **({"details": details} if details is not None else {})}
    return formatted


# --------------------------------------------------------------------------- the handler


class GraphQLRequest(BaseModel):
    query: str
    variables: dict[str, Any] | None = None
    operationName: str | None = None  # noqa: N815 — GraphQL-over-HTTP's name


def _answer(status: int, body: str) -> dict[str, Any]:
    return {
        "statusCode": int(status),
        "headers": {"Content-Type": "application/json"},
        "body": body,
        "isBase64Encoded": False,
    }


@observed
@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """The Lambda entry point for API Gateway's `POST /graphql` (proxy) event: `{query, variables}` in,
    `{data, errors}` out (200, as GraphQL over HTTP answers even when a field is refused)."""
    request_id = (event.get("requestContext") or {}).get("requestId") or getattr(
        context, "aws_request_id", ""
    )

    def refused(status: HTTPStatus, code: str, message: str, details: Any = None) -> dict[str, Any]:
        return _answer(status, error_json(request_id, code, message, details))

    body = event.get("body") or ""
    if (event.get("httpMethod") or "POST").upper() != "POST":
        return refused(
            HTTPStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "Send GraphQL requests with POST /graphql."
        )
    if len(body.encode()) > MAX_BODY_BYTES:
        return refused(
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "PayloadTooLarge",
            f"The body is {len(body.encode())} bytes; the most this API takes is {MAX_BODY_BYTES}: send a smaller "
            "query or input.",
        )
    try:
        who = identity.from_event(event)
    except ServiceError as error:
        return refused(error.status, error.code, error.message)
    try:
        request = GraphQLRequest.model_validate_json(body)
    except ValidationError as error:
        return refused(
            HTTPStatus.BAD_REQUEST,
            "MalformedRequest",
            'The body is not a GraphQL request: send JSON {"query": "...", "variables": {...}}.',
            [
                {"field": ".".join(str(p) for p in e["loc"]) or "body", "problem": e["msg"]}
                for e in error.errors()
            ],
        )
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    result = schema.execute_sync(
        request.query,
        variable_values=request.variables,
        operation_name=request.operationName,
        context_value={
            "who": who,
            "idempotency_key": headers.get("idempotency-key") or None,
            "lambda_context": context,
        },
    )
    answer: dict[str, Any] = {"data": result.data}
    if result.errors:
        answer["errors"] = [_error(e) for e in result.errors]
    return _answer(HTTPStatus.OK, json.dumps(answer))
