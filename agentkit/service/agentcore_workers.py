"""The research pipeline's workers — researcher, analyst, writer — as Amazon Bedrock AgentCore Runtime apps.

Each worker is a `BedrockAgentCoreApp` (the `bedrock-agentcore` SDK: Starlette underneath) that runs the
handler of its role from `agentkit.service.handlers`, the same function the Step Functions pipeline calls,
so a worker answers exactly what that pipeline's step would. The app keeps AgentCore Runtime's contract:

* `POST /invocations` — the payload is `{"input": <the handler's event>, ...}` (`WorkerRequest`); the answer
  is `{"agent", "result"}` as JSON, or, with `"stream": true`, a `text/event-stream` of `delta` events (the
  result as readable text, line by line) and a last `result` event. The handlers compute a result at once
  (they call no model), so the stream carries a finished result in parts — the shape a client of a
  model-backed agent reads, without pretending to be one;
* the async pattern — with `"callback_url"` and `"callback_token"` the app answers `202 accepted` at once,
  works in the background, then POSTs `{"token", "status": "SUCCESS"|"FAILURE", "result"|"error"}`
  (`CallbackBody`) to the URL. The job is registered with the SDK's task tracking before the answer is sent,
  so `GET /ping` says `HealthyBusy` from the moment a caller holds "accepted" until the callback is delivered
  (AgentCore keeps a busy session alive instead of reclaiming it);
* `GET /ping` — the SDK's own: `Healthy`, or `HealthyBusy` while a tracked job runs;
* `GET /.well-known/agent-card.json` — an A2A agent card. The SDK builds cards only for its A2A-protocol
  server (`serve_a2a`, a2a-sdk's JSON-RPC on port 9000), not for an HTTP-protocol app, so the card is a
  route added to the app here, shaped by A2A's `AgentCard` fields.

Bad input is a 400 in the seed's error shape (`code`, `message`, `details`, `requestId`, `timestamp`); a step
that may pass on retry (`StepTransientError`) is a 503, which `AgentCoreClient` retries; a step's own
failure (no findings, a refused query) is a 422 naming it. `serve_workers()` runs the three apps on
loopback ports for a notebook or a test; `CallbackInbox` receives their callbacks there.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import httpx
from bedrock_agentcore.runtime import BedrockAgentCoreApp, BedrockAgentCoreContext, RequestContext
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from agentkit.local.serving import AsgiServer
from agentkit.service import handlers
from agentkit.service.handlers import Handler
from agentkit.workflows.agentcore import AgentCoreClient, TransientStatusError, with_retries

logger = logging.getLogger(__name__)

CARD_PATH = "/.well-known/agent-card.json"
A2A_PROTOCOL_VERSION = "0.3.0"


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True)
class Role:
    """A worker: its handler, the event the handler takes, what it says about itself, its result as text."""

    name: str
    handler: Handler
    event: type[BaseModel]
    description: str
    example: str
    text: Callable[[dict[str, Any]], str]
    """The result as a person reads it; a stream sends it line by line."""


ROLES: dict[str, Role] = {
    "researcher": Role(
        "researcher",
        handlers.research,
        handlers.ResearchEvent,
        "Finds the passages of the document collection that best match a topic, with their sources.",
        '{"input": {"topic": "parental leave"}}',
        lambda result: "".join(
            f"- {f['snippet']} ({f['title']}, {f['source']})\n" for f in result["findings"]
        ),
    ),
    "analyst": Role(
        "analyst",
        handlers.analyze,
        handlers.AnalysisEvent,
        "Answers a topic's figures with one read-only SQL query on the retail database, and summarises them.",
        '{"input": {"topic": "revenue", "sql": "SELECT region, SUM(revenue) AS revenue FROM sales GROUP BY region"}}',
        lambda result: result["summary"] + "\n",
    ),
    "writer": Role(
        "writer",
        handlers.write_report,
        handlers.WriteEvent,
        "Writes a Markdown report from the research and the analysis, addressing a reviewer's feedback.",
        '{"input": {"topic": "...", "research": {...}, "analysis": {...}, "feedback": ""}, "stream": true}',
        lambda result: result["body"],
    ),
}

FAILED_STEP = (handlers.NoFindingsError, handlers.AnalysisError, handlers.StepFailedError)
"""A step's own failure: the same input fails again, so it is a 422 (not retried), named in the body."""


# --------------------------------------------------------------------------- wire models


class WorkerRequest(BaseModel):
    """What `POST /invocations` takes: the handler's event, and how to answer (JSON, stream, or callback)."""

    model_config = ConfigDict(extra="forbid")

    input: dict[str, Any]
    stream: bool = False
    callback_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    callback_token: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _callback_needs_token(self) -> WorkerRequest:
        if (self.callback_url is None) != (self.callback_token is None):
            raise ValueError("callback_url and callback_token go together: give both (async) or neither")
        if self.callback_url and self.stream:
            raise ValueError(
                "stream and callback_url exclude each other: the result either streams or is posted"
            )
        return self


class CallbackBody(BaseModel):
    """What a worker POSTs to `callback_url` when its background job ends (the durable plan's format)."""

    model_config = ConfigDict(extra="forbid")

    token: str
    status: Literal["SUCCESS", "FAILURE"]
    agent: str
    session_id: str | None = None
    result: dict[str, Any] | None = None
    error: str | None = None


class Skill(BaseModel):
    id: str
    name: str
    description: str
    tags: list[str]
    examples: list[str]
    inputModes: list[str] = ["application/json"]  # noqa: N815 — A2A's field names
    outputModes: list[str] = ["application/json", "text/event-stream"]  # noqa: N815


class Capabilities(BaseModel):
    streaming: bool = True
    pushNotifications: bool = True  # noqa: N815 — the callback_url pattern
    stateTransitionHistory: bool = False  # noqa: N815


class AgentCard(BaseModel):
    """The fields of an A2A `AgentCard` that describe an HTTP-protocol AgentCore app."""

    name: str
    description: str
    url: str
    version: str
    protocolVersion: str = A2A_PROTOCOL_VERSION  # noqa: N815
    capabilities: Capabilities = Capabilities()
    defaultInputModes: list[str] = ["application/json"]  # noqa: N815
    defaultOutputModes: list[str] = ["application/json", "text/event-stream"]  # noqa: N815
    skills: list[Skill]


def agent_card(role: Role, url: str) -> AgentCard:
    from agentkit import __version__

    fields = ", ".join(role.event.model_fields)
    return AgentCard(
        name=role.name,
        description=role.description,
        url=url,
        version=__version__,
        skills=[
            Skill(
                id=role.name,
                name=role.name,
                description=f"{role.description} Input fields: {fields}.",
                tags=["agentkit", "research-pipeline", role.name],
                examples=[role.example],
            )
        ],
    )


# --------------------------------------------------------------------------- the app


def _error(status: int, code: str, message: str, details: Any = None) -> JSONResponse:
    """The seed's error shape, with the request id the runtime gave (or the SDK made)."""
    return JSONResponse(
        {
            "code": code,
            "message": message,
            "details": details,
            "requestId": BedrockAgentCoreContext.get_request_id(),
            "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds"),
        },
        status_code=status,
    )


def _validate(role: Role, payload: Any) -> WorkerRequest | JSONResponse:
    try:
        request = WorkerRequest.model_validate(payload)
        role.event.model_validate(request.input)
    except ValidationError as exc:
        where = "input." if exc.title == role.event.__name__ else ""
        details = [{"field": where + ".".join(map(str, e["loc"])), "problem": e["msg"]} for e in exc.errors()]
        said = "; ".join(f"{d['field'] or 'payload'}: {d['problem']}" for d in details)
        return _error(400, "InvalidRequest", f"{role.name}: {said}. Example payload: {role.example}", details)
    return request


async def _run(handler: Handler, event: dict[str, Any]) -> dict[str, Any]:
    """The handler, on a thread: it blocks (a query, a search) and the app's loop must keep answering /ping."""
    return await asyncio.to_thread(handler, event, None)


def worker_app(role_name: str, *, handler: Handler | None = None) -> BedrockAgentCoreApp:
    """The AgentCore Runtime app of one role; `handler` replaces the role's handler (to slow it, in a demo)."""
    if role_name not in ROLES:
        raise ValueError(f"no worker {role_name!r}; the workers are {', '.join(ROLES)}")
    role = ROLES[role_name]
    run_handler = handler or role.handler
    app = BedrockAgentCoreApp()
    # The SDK logs a JSON line to stderr for every request, job and 4xx answer: in a notebook, noise
    # (the caller gets the same facts as an answer or an exception). Its errors (a 500) still show.
    app.logger.setLevel(logging.ERROR)
    jobs: set[asyncio.Task[None]] = set()  # the loop holds tasks weakly; these must not be collected

    async def work_then_call_back(request: WorkerRequest, session_id: str | None, task_id: int) -> None:
        try:
            try:
                result = await _run(run_handler, request.input)
                body = CallbackBody(
                    token=str(request.callback_token), status="SUCCESS", agent=role.name,
                    session_id=session_id, result=result,
                )  # fmt: skip
            except Exception as exc:  # the job's failure is the callback's news, not the app's
                body = CallbackBody(
                    token=str(request.callback_token), status="FAILURE", agent=role.name,
                    session_id=session_id, error=f"{type(exc).__name__}: {exc}",
                )  # fmt: skip
            await asyncio.to_thread(deliver_callback, str(request.callback_url), body)
        except Exception:
            logger.exception("%s: the callback to %s could not be delivered", role.name, request.callback_url)
        finally:
            app.complete_async_task(task_id)

    @app.entrypoint
    async def invoke(payload: Any, context: RequestContext) -> Any:
        request = _validate(role, payload)
        if isinstance(request, JSONResponse):
            return request
        if request.callback_url:
            # Tracked before "accepted" is sent, so no caller can see Healthy while its job is pending.
            task_id = app.add_async_task(f"{role.name} job", {"session_id": context.session_id})
            job = asyncio.create_task(work_then_call_back(request, context.session_id, task_id))
            jobs.add(job)
            job.add_done_callback(jobs.discard)
            return JSONResponse(
                {"status": "accepted", "agent": role.name, "session_id": context.session_id}, status_code=202
            )
        try:
            result = await _run(run_handler, request.input)
        except handlers.StepTransientError as exc:
            return _error(503, type(exc).__name__, f"{role.name}: {exc}; call again")
        except FAILED_STEP as exc:
            return _error(422, type(exc).__name__, f"{role.name}: {exc}")
        if not request.stream:
            return {"agent": role.name, "result": result}
        return _stream(role, result)

    async def card(request: Request) -> JSONResponse:
        url = str(request.base_url).rstrip("/")
        return JSONResponse(agent_card(role, url).model_dump())

    app.add_route(CARD_PATH, card, methods=["GET"])
    return app


async def _stream(role: Role, result: dict[str, Any]) -> Any:
    for line in role.text(result).splitlines(keepends=True):
        yield {"type": "delta", "agent": role.name, "text": line}
    yield {"type": "result", "agent": role.name, "result": result}


def deliver_callback(url: str, body: CallbackBody) -> None:
    """POST a job's outcome to its callback URL; 503/504 are retried like an invocation (`with_retries`)."""

    def attempt() -> None:
        response = httpx.post(url, json=body.model_dump(), timeout=30)
        if response.status_code in (503, 504):
            raise TransientStatusError(response.status_code, f"callback URL {url}")
        response.raise_for_status()

    with_retries(attempt)


# --------------------------------------------------------------------------- serving on loopback


class Workers:
    """The workers' apps served with uvicorn on free loopback ports; `agents` maps each role to its URL.

    Made running by `serve_workers()`; `stop()` (or the end of a `with` block) stops them. In a notebook,
    where a `with` cannot span cells, keep the object and stop it in the cleanup cell.
    """

    def __init__(self, servers: dict[str, AsgiServer]):
        self._servers = servers
        self.agents = {role: server.url for role, server in servers.items()}

    def client(self, **options: Any) -> AgentCoreClient:
        """An `AgentCoreClient` for these workers (options as `AgentCoreClient` takes them)."""
        return AgentCoreClient(self.agents, **options)

    def stop(self) -> None:
        for server in self._servers.values():
            server.stop()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_workers(
    roles: tuple[str, ...] = tuple(ROLES), *, handlers: Mapping[str, Handler] | None = None
) -> Workers:
    """Start the workers' apps on loopback: `with serve_workers() as workers: workers.client().invoke(...)`.

    `handlers` replaces some roles' handlers, e.g. with a slower one to watch `/ping` say `HealthyBusy`.
    """
    handlers = handlers or {}
    unknown = sorted(set(handlers) - set(roles))
    if unknown:
        raise ValueError(
            f"handlers for {', '.join(unknown)}, which are not among the roles {', '.join(roles)}"
        )
    servers: dict[str, AsgiServer] = {}
    try:
        for role in roles:
            server = AsgiServer(worker_app(role, handler=handlers.get(role)), name=f"agentcore-{role}")
            server.start()
            servers[role] = server
    except BaseException:
        Workers(servers).stop()
        raise
    return Workers(servers)


class CallbackInbox:
    """Where workers deliver their callbacks offline: `POST /callbacks` on loopback, tokens issued here.

    `expect()` issues a fresh token and says where to send it; a callback with a token that was not issued,
    or one already used, is refused with 403 (a forged or replayed callback changes nothing). `wait(token)`
    blocks until that callback has arrived and returns it.
    """

    def __init__(self) -> None:
        self._expected: dict[str, threading.Event] = {}
        self._received: dict[str, CallbackBody] = {}
        self._lock = threading.Lock()
        self._server = AsgiServer(Starlette(routes=[Route("/callbacks", self._receive, methods=["POST"])]), name="agentcore-callbacks")  # fmt: skip

    @property
    def url(self) -> str:
        return f"{self._server.url}/callbacks"

    def expect(self) -> dict[str, str]:
        """`{"callback_url", "callback_token"}` for one job: merge it into a worker's payload."""
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._expected[token] = threading.Event()
        return {"callback_url": self.url, "callback_token": token}

    def wait(self, token: str, timeout_s: float = 30.0) -> CallbackBody:
        with self._lock:
            arrived = self._expected.get(token)
        if arrived is None:
            raise ValueError("this inbox never issued that token; use the one expect() returned")
        if not arrived.wait(timeout_s):
            raise TimeoutError(
                f"no callback for the token within {timeout_s} s; is the job still running (client.ping)?"
            )
        return self._received[token]

    @property
    def received(self) -> list[CallbackBody]:
        with self._lock:
            return list(self._received.values())

    async def _receive(self, request: Request) -> JSONResponse:
        try:
            body = CallbackBody.model_validate(await request.json())
        except (ValidationError, ValueError) as exc:
            return JSONResponse({"code": "InvalidCallback", "message": str(exc)}, status_code=400)
        with self._lock:
            arrived = self._expected.get(body.token)
            if arrived is None or body.token in self._received:
                return JSONResponse(
                    {"code": "UnknownToken", "message": "no job is waiting for this token (forged, or used)"},
                    status_code=403,
                )
            self._received[body.token] = body
        arrived.set()
        return JSONResponse({"received": True})

    def start(self) -> CallbackInbox:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> CallbackInbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    """`python -m agentkit.service.agentcore_workers ROLE`: one worker on port 8080, as AgentCore Runtime
    runs a container's app (the SDK binds 0.0.0.0 inside a container, loopback elsewhere)."""
    import argparse

    parser = argparse.ArgumentParser(description="Serve one research-pipeline worker as an AgentCore app.")
    parser.add_argument("role", choices=list(ROLES))
    parser.add_argument("--port", type=int, default=8080, help="AgentCore Runtime's HTTP contract port")
    args = parser.parse_args(argv)
    worker_app(args.role).run(port=args.port)


if __name__ == "__main__":
    main()
