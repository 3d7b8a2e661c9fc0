"""Chat with a stored agent on one of the caller's sessions: the agent's turn as a stream of events.

`turn` rebuilds the agent from its stored configuration as a real Strands agent, on the kit's model
(`agentkit.models.build_model()`: Bedrock on AWS, the local endpoint offline) with its system prompt,
temperature and output limit, and its tools: a kit tool by name (`"calculator"`), or a tool definition
run by its handler, a Lambda function invoked with the tool's input. The conversation is kept in the
memory store through `agentkit.memory.strands_session`, so the next turn on the session (in another
Lambda invocation) continues it.

What the agent does is yielded as it happens, as `ChatEvent`s: `token` (a piece of the answer's text),
`tool_call` and `tool_result` (a tool step), `guardrail` (the model's guardrail stepped in), and last
`done` (the answer, why the model stopped, and the tokens of each model call). The REST route buffers
them into one reply (or an SSE body), the WebSocket pushes each one.

While the agent works its status is `processing`, then `idle` again (`error` if the turn failed); each
change publishes `AgentStatusChanged`, which the realtime API pushes to the agent's subscribers.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from functools import cache
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from agentkit.config import aws_client
from agentkit.memory import AgentRecord, NotFound
from agentkit.memory.records import AgentStatus, ToolDefinition
from agentkit.service import operations
from agentkit.service.errors import ServiceError, forbidden
from agentkit.service.identity import Identity, Permission
from agentkit.service.observability import count

if TYPE_CHECKING:
    from strands import Agent
    from strands.tools import PythonAgentTool

# Strands, the models and the kit's tools load when a turn runs (`_agent`), not in the cold start of the
# REST function, which mostly serves other routes (import 4.1 s -> 1.3 s).

MAX_MESSAGE_CHARS = 10_000

ChatEventType = Literal["token", "tool_call", "tool_result", "guardrail", "handoff", "done", "error"]


class ChatEvent(BaseModel):
    """One thing the agent did during a turn; `data` depends on `type` (see the module's docstring)."""

    model_config = ConfigDict(frozen=True)

    type: ChatEventType
    data: dict[str, Any]


class _Camel(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True, frozen=True)


class ChatMessage(_Camel):
    """`POST /agents/{id}/sessions/{sessionId}/messages`: what the user says."""

    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class StepUsage(_Camel):
    """The tokens of one model call of the turn (a step: the model chose a tool, or answered)."""

    step: int
    input_tokens: int
    output_tokens: int
    total_tokens: int


class ChatReply(_Camel):
    """A whole turn: the answer, its tool steps and guardrail interventions in order, and its tokens."""

    agent_id: str
    session_id: str
    answer: str
    stop_reason: str
    events: list[ChatEvent]
    """The turn's tool calls, tool results and guardrail interventions, in the order they happened."""
    steps: list[StepUsage]
    usage: dict[str, int]


def turn(who: Identity, agent_id: str, session_id: str, message: str) -> Iterator[ChatEvent]:
    """Run one turn of the caller's agent on the caller's session, yielding its events as they happen.

    Refuses (before anything runs) an agent or a session that is another user's (403), an unknown agent
    (404), an empty or oversized message (400).
    """
    who.require(Permission.RUN)
    record = operations.owned_agent(who, agent_id)
    _check_session(who, session_id)
    text = ChatMessage(message=message).message
    produced: queue.Queue[ChatEvent | BaseException | None] = queue.Queue()
    agent = _agent(who, record, session_id, _Collector(produced.put))
    count("ChatTurns")
    return _run(record, session_id, agent, text, produced)


def reply(agent_id: str, session_id: str, turn_events: Iterator[ChatEvent]) -> ChatReply:
    """A turn's events gathered into one reply (what a client that does not stream receives)."""
    kept: list[ChatEvent] = []
    done: dict[str, Any] = {}
    for event in turn_events:
        if event.type == "done":
            done = event.data
        elif event.type != "token":
            kept.append(event)
    return ChatReply(
        agent_id=agent_id,
        session_id=session_id,
        answer=done["answer"],
        stop_reason=done["stopReason"],
        events=kept,
        steps=[StepUsage.model_validate(step) for step in done["steps"]],
        usage=done["usage"],
    )


# --------------------------------------------------------------------------- checks


def _check_session(who: Identity, session_id: str) -> None:
    """The session is new (it will be the caller's) or already the caller's."""
    try:
        session = operations.store().get_session(session_id)
    except NotFound:
        return
    except ValueError as error:
        raise ServiceError(HTTPStatus.BAD_REQUEST, "ValidationError", f"{error}") from None
    if session.user_id != who.user_id:
        raise forbidden(
            f"Session {session_id!r} belongs to another user: start a session of your own (any new id)."
        )


# --------------------------------------------------------------------------- the agent


def _run(
    record: AgentRecord,
    session_id: str,
    agent: Agent,
    message: str,
    produced: queue.Queue[ChatEvent | BaseException | None],
) -> Iterator[ChatEvent]:
    """The turn on a worker thread; its events come back through `produced` as Strands reports them."""

    def work() -> None:
        try:
            result = agent(message)
            for event in _closing(result):
                produced.put(event)
            produced.put(None)
        except BaseException as error:  # handed to the consumer, who raises it
            produced.put(error)

    operations.change_status(record.agent_id, "processing")
    threading.Thread(target=work, name=f"chat-{session_id}", daemon=True).start()
    outcome: AgentStatus = "error"
    try:
        while (item := produced.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
        outcome = "idle"
    finally:
        operations.change_status(record.agent_id, outcome)


def _agent(who: Identity, record: AgentRecord, session_id: str, collector: _Collector) -> Agent:
    from strands import Agent

    from agentkit import models
    from agentkit.memory.strands_session import session_manager

    config = record.configuration
    overrides: dict[str, Any] = {}
    if config.temperature is not None:
        overrides["temperature"] = config.temperature
    if config.max_tokens is not None:
        overrides["max_tokens"] = config.max_tokens
    return Agent(
        agent_id=record.agent_id,
        name=record.name,
        system_prompt=config.system_prompt,
        model=models.build_model(**overrides),
        tools=[_tool(t) for t in config.tools],
        session_manager=session_manager(operations.store(), session_id, user_id=who.user_id),
        callback_handler=collector,
    )


@cache
def kit_tools() -> dict[str, Any]:
    """The kit's tools an agent's configuration may name."""
    from agentkit.tools.builtin import calculator, current_time, query_database, search_documents

    return {t.name: t for t in (calculator, current_time, search_documents, query_database)}


def _tool(spec: str | ToolDefinition) -> Any:
    if isinstance(spec, str):
        if spec not in kit_tools():
            raise ServiceError(
                HTTPStatus.UNPROCESSABLE_ENTITY,
                "UnknownTool",
                f"The agent names the tool {spec!r}, which the kit does not have ({', '.join(kit_tools())}): "
                "update the agent's configuration.",
            )
        return kit_tools()[spec].as_strands()
    return _lambda_tool(spec)


def _lambda_tool(spec: ToolDefinition) -> PythonAgentTool:
    """A tool definition as a Strands tool that invokes its handler (a Lambda function) with the tool's input."""
    from strands.tools import PythonAgentTool

    schema = {"type": "object", "properties": {}, **spec.parameters}

    def run(tool_use: Any, **_: Any) -> dict[str, Any]:
        answer = aws_client("lambda").invoke(
            FunctionName=spec.handler, Payload=json.dumps(tool_use["input"]).encode()
        )
        payload = answer["Payload"].read().decode() or "null"
        status = "error" if answer.get("FunctionError") else "success"
        try:
            content: dict[str, Any] = {"json": {"result": json.loads(payload)}}
        except ValueError:
            content = {"text": payload}
        return {"toolUseId": tool_use["toolUseId"], "status": status, "content": [content]}

    tool_spec = {"name": spec.name, "description": spec.description, "inputSchema": {"json": schema}}
    return PythonAgentTool(spec.name, tool_spec, run)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- Strands' events → ChatEvents


class _Collector:
    """Strands' callback handler: turns what the agent loop reports into `ChatEvent`s as it happens."""

    def __init__(self, emit: Any) -> None:
        self.emit = emit

    def __call__(self, **event: Any) -> None:
        if isinstance(event.get("data"), str) and event["data"]:
            self.emit(ChatEvent(type="token", data={"text": event["data"]}))
        message = event.get("message")
        if isinstance(message, dict):
            for block in message.get("content", []):
                if "toolUse" in block:
                    use = block["toolUse"]
                    data = {"toolUseId": use["toolUseId"], "name": use["name"], "input": use.get("input")}
                    self.emit(ChatEvent(type="tool_call", data=data))
                elif "toolResult" in block:
                    result = block["toolResult"]
                    data = {
                        "toolUseId": result["toolUseId"],
                        "status": result.get("status", "success"),
                        "content": result.get("content", []),
                    }
                    self.emit(ChatEvent(type="tool_result", data=data))


def _closing(result: Any) -> Iterator[ChatEvent]:
    """A guardrail event if the model's guardrail stepped in, then `done` with the tokens of each step."""
    answer = str(result).strip()
    if result.stop_reason == "guardrail_intervened":
        yield ChatEvent(type="guardrail", data={"action": "intervened", "message": answer})
    invocation = result.metrics.agent_invocations[-1]
    steps = [
        {
            "step": n,
            "inputTokens": cycle.usage.get("inputTokens", 0),
            "outputTokens": cycle.usage.get("outputTokens", 0),
            "totalTokens": cycle.usage.get("totalTokens", 0),
        }
        for n, cycle in enumerate(invocation.cycles, 1)
    ]
    usage = {k: int(v) for k, v in invocation.usage.items() if isinstance(v, int)}
    yield ChatEvent(
        type="done", data={"answer": answer, "stopReason": result.stop_reason, "steps": steps, "usage": usage}
    )
