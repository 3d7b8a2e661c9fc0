"""A client for agents on Amazon Bedrock AgentCore Runtime: one call, whether the agent is on loopback or AWS.

An agent is named by where it runs. An `http(s)://` URL is an AgentCore Runtime app served directly — the
kit's workers on loopback (`agentkit.service.agentcore_workers.serve_workers`) — and is called over HTTP
on its own contract (`POST /invocations`, `GET /ping`, `/.well-known/agent-card.json`). An AgentCore
runtime ARN is called through boto3's `bedrock-agentcore` `InvokeAgentRuntime`, which forwards the same
payload to the same contract inside AWS. Notebook code passes the mapping it was given and never branches.

What the client adds around the call:

* **session ids** of at least 33 characters (AgentCore refuses shorter ones; `new_session_id`), sent as
  `X-Amzn-Bedrock-AgentCore-Runtime-Session-Id` so that calls with the same id reach the same session;
* **streams**: a `text/event-stream` answer is parsed event by event (`agentkit.workflows.sse`, httpx-sse);
* **retries** on 503 and 504 — a runtime starting up or overloaded — with tenacity: 3 attempts, waits of
  1 s then doubling, at most 8 s (`with_retries`). Nothing else is retried: a 4xx is the caller's to fix,
  and once a stream has begun a retry could repeat work. Botocore's own retries are switched off for the
  runtime client so that every attempt is made, counted and logged here once;
* **a structured log record** per invocation (agent, session, status, attempts, latency, events), logged
  as JSON on the `agentkit.workflows.agentcore` logger and kept in `AgentCoreClient.records`.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

import boto3
import httpx
from botocore.config import Config
from botocore.exceptions import ClientError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError
from tenacity import RetryError, retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from agentkit.workflows.sse import SSE_MEDIA_TYPE, StreamEvent, parse_sse

logger = logging.getLogger(__name__)

T = TypeVar("T")

SESSION_HEADER = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id"
SESSION_ID_MIN, SESSION_ID_MAX = 33, 256
"""AgentCore's bounds on `runtimeSessionId` (botocore's service model says the same)."""

SessionId = Annotated[str, StringConstraints(min_length=SESSION_ID_MIN, max_length=SESSION_ID_MAX)]

RETRY_ATTEMPTS = 3
RETRY_STATUSES = frozenset({503, 504})
RUNTIME_ARN = re.compile(r"^arn:aws[a-z-]*:bedrock-agentcore:([a-z0-9-]+):\d{12}:runtime/[A-Za-z0-9_-]+$")
_PREFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,150}$")


# --------------------------------------------------------------------------- errors


class AgentCoreError(RuntimeError):
    """An agent could not be called or answered with an error; the message says what to do."""


class TransientStatusError(AgentCoreError):
    """One attempt got 503 or 504: the runtime is starting or overloaded. Retried by `with_retries`."""

    def __init__(self, status: int, where: str):
        super().__init__(f"{where} answered HTTP {status}")
        self.status = status


class AgentUnavailableError(AgentCoreError):
    """Every attempt got 503 or 504; the last `TransientStatusError` is the `__cause__`."""


class AgentInvocationError(AgentCoreError):
    """The agent answered with an error that a retry would not cure (bad input, a failed step, no access)."""

    def __init__(self, message: str, *, status: int, body: Any = None):
        super().__init__(message)
        self.status = status
        self.body = body


# --------------------------------------------------------------------------- session ids and retries


def new_session_id(prefix: str = "agentkit") -> str:
    """A fresh session id: `prefix-` and a random UUID's 32 hex digits, so always ≥ 33 characters."""
    if not _PREFIX.match(prefix):
        raise ValueError(
            f"session id prefix {prefix!r}: use 1–151 letters, digits, '-' or '_', starting with a letter or digit"
        )
    return f"{prefix}-{uuid.uuid4().hex}"


_SESSION_ID = TypeAdapter(SessionId)


def check_session_id(session_id: str) -> str:
    try:
        return _SESSION_ID.validate_python(session_id)
    except ValidationError:
        raise ValueError(
            f"session id {session_id!r} has {len(session_id)} characters; AgentCore needs "
            f"{SESSION_ID_MIN}–{SESSION_ID_MAX}: use new_session_id() or omit it"
        ) from None


@retry(
    stop=stop_after_attempt(RETRY_ATTEMPTS),
    wait=wait_exponential(multiplier=1, exp_base=2, min=1, max=8),
    retry=retry_if_exception_type(TransientStatusError),
)
def with_retries(attempt: Callable[[], T]) -> T:
    """`attempt()`, again after 1 s and 2 s while it raises `TransientStatusError` (3 attempts in all).

    Raises tenacity's `RetryError` when the attempts are spent (callers turn it into a readable error).
    Tests shorten the waits through tenacity's hook: `with_retries.retry.sleep = ...`.
    """
    return attempt()


# --------------------------------------------------------------------------- records


class InvocationRecord(BaseModel):
    """One invocation, as logged: who was called, in which session, how it went and how long it took."""

    agent: str
    session_id: str
    via: Literal["http", "InvokeAgentRuntime"]
    status: int | None
    """The HTTP status of the last attempt (None if no answer arrived)."""
    attempts: int
    latency_ms: float
    """From the first attempt to the end of the answer (of the stream, when it streamed)."""
    streamed: bool = False
    events: int = 0
    first_event_ms: float | None = None
    error: str | None = None


class Invocation(BaseModel):
    """An agent's answer: `output` for a JSON answer, `events` for a streamed one."""

    agent: str
    session_id: str
    status: int
    output: Any = None
    events: list[StreamEvent] = Field(default_factory=list)


class PingStatus(BaseModel):
    """`GET /ping`: `HealthyBusy` while the app has background work, which AgentCore keeps the session for."""

    model_config = ConfigDict(extra="ignore")

    status: Literal["Healthy", "HealthyBusy"]
    time_of_last_update: int


class Target(BaseModel):
    """Where an agent runs: an AgentCore Runtime app's base URL, or an AgentCore runtime ARN."""

    model_config = ConfigDict(frozen=True)

    agent: str = Field(min_length=1)
    address: str

    @property
    def via(self) -> Literal["http", "InvokeAgentRuntime"]:
        return "InvokeAgentRuntime" if self.address.startswith("arn:") else "http"

    @classmethod
    def of(cls, agent: str, address: str) -> Target:
        address = address.rstrip("/")
        if not (address.startswith(("http://", "https://")) or RUNTIME_ARN.match(address)):
            raise ValueError(
                f"agent {agent!r}: {address!r} is neither the http(s) URL of a running app (serve_workers() "
                "gives them) nor an AgentCore runtime ARN (arn:aws:bedrock-agentcore:REGION:ACCOUNT:runtime/ID)"
            )
        return cls(agent=agent, address=address)


@dataclass
class _Reply:
    """One attempt's answer, its body still unread (a stream is read as it arrives)."""

    status: int
    content_type: str
    chunks: Iterator[bytes]
    close: Callable[[], None]


# --------------------------------------------------------------------------- the client


class AgentCoreClient:
    """Invoke agents by name: `AgentCoreClient({"researcher": url_or_arn, ...}).invoke("researcher", {...})`.

    `runtime_client` is the boto3 `bedrock-agentcore` client for ARNs (made on first use, in the ARN's
    region, with botocore's retries off); `qualifier` picks the runtime endpoint (`DEFAULT`).
    """

    def __init__(
        self,
        agents: Mapping[str, str],
        *,
        runtime_client: Any = None,
        qualifier: str = "DEFAULT",
        timeout_s: float = 120.0,
    ):
        if not agents:
            raise ValueError("no agents given: pass {name: URL or runtime ARN}, e.g. serve_workers().agents")
        self.targets = {name: Target.of(name, address) for name, address in agents.items()}
        self.qualifier = qualifier
        self.records: list[InvocationRecord] = []
        self._http = httpx.Client(timeout=timeout_s)
        self._runtime = runtime_client
        self._timeout_s = timeout_s

    # -- calls

    def invoke(self, agent: str, payload: Mapping[str, Any], *, session_id: str | None = None) -> Invocation:
        """Call `agent` with `payload` and read the whole answer (a streamed one into `events`)."""
        target, session, body = self._request(agent, payload, session_id)
        started = time.perf_counter()
        reply, attempts = self._send(target, session, body, started)
        try:
            if reply.content_type.startswith(SSE_MEDIA_TYPE):
                events = list(parse_sse(reply.chunks))
                output = None
            else:
                events, output = [], _json(b"".join(reply.chunks), target)
        except AgentCoreError as exc:
            self._record(target, session, reply.status, attempts, started, error=str(exc))
            raise
        finally:
            reply.close()
        self._record(
            target, session, reply.status, attempts, started, streamed=bool(events), events=len(events)
        )
        return Invocation(agent=agent, session_id=session, status=reply.status, output=output, events=events)

    def stream(
        self, agent: str, payload: Mapping[str, Any], *, session_id: str | None = None
    ) -> Iterator[StreamEvent]:
        """Call `agent` now and return its events, yielded as they arrive. The app must answer with a stream.

        The call and its retries happen here, so a refusal is raised at once; a stream that has begun is
        not retried (the agent may have done part of its work).
        """
        target, session, body = self._request(agent, payload, session_id)
        started = time.perf_counter()
        reply, attempts = self._send(target, session, body, started)
        if not reply.content_type.startswith(SSE_MEDIA_TYPE):
            reply.close()
            message = (
                f"agent {agent!r} answered with {reply.content_type or 'no content type'}, not a stream: "
                'ask it to stream (the kit\'s workers: "stream": true in the payload) or use invoke()'
            )
            self._record(target, session, reply.status, attempts, started, error=message)
            raise AgentCoreError(message)
        return self._events(target, session, reply, attempts, started)

    def _events(
        self, target: Target, session: str, reply: _Reply, attempts: int, started: float
    ) -> Iterator[StreamEvent]:
        count, first = 0, None
        try:
            for event in parse_sse(reply.chunks):
                if first is None:
                    first = _ms(started)
                count += 1
                yield event
        finally:
            reply.close()
            self._record(
                target, session, reply.status, attempts, started, streamed=True, events=count, first=first
            )

    def ping(self, agent: str) -> PingStatus:
        """The app's health: `Healthy`, or `HealthyBusy` while it works in the background."""
        return PingStatus.model_validate(self._get(agent, "/ping"))

    def agent_card(self, agent: str) -> dict[str, Any]:
        """The app's A2A agent card (`/.well-known/agent-card.json`): who it is and what it can do."""
        return self._get(agent, "/.well-known/agent-card.json")

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AgentCoreClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one request, its attempts and its record

    def _request(
        self, agent: str, payload: Mapping[str, Any], session_id: str | None
    ) -> tuple[Target, str, bytes]:
        target = self.targets.get(agent)
        if target is None:
            raise ValueError(f"no agent {agent!r}; this client knows {', '.join(self.targets)}")
        if not isinstance(payload, Mapping):
            raise TypeError(
                f"the payload for {agent!r} is a {type(payload).__name__}; pass a dict (sent as JSON)"
            )
        session = check_session_id(session_id) if session_id is not None else new_session_id()
        try:
            body = json.dumps(payload, ensure_ascii=False).encode()
        except TypeError as exc:
            raise TypeError(f"the payload for {agent!r} must be JSON-serializable: {exc}") from None
        return target, session, body

    def _send(self, target: Target, session: str, body: bytes, started: float) -> tuple[_Reply, int]:
        attempts = 0

        def attempt() -> _Reply:
            nonlocal attempts
            attempts += 1
            if target.via == "http":
                return self._over_http(target, session, body)
            return self._over_runtime(target, session, body)

        try:
            return with_retries(attempt), attempts
        except RetryError as exc:
            last = exc.last_attempt.exception()
            message = (
                f"agent {target.agent!r} (session {session}) was unavailable on all {attempts} attempts "
                f"({last}): the runtime is starting or overloaded; wait a little and call again"
                + (f", or check client.ping({target.agent!r})" if target.via == "http" else "")
            )
            self._record(target, session, getattr(last, "status", None), attempts, started, error=message)
            raise AgentUnavailableError(message) from last
        except AgentCoreError as exc:
            self._record(target, session, getattr(exc, "status", None), attempts, started, error=str(exc))
            raise

    def _over_http(self, target: Target, session: str, body: bytes) -> _Reply:
        request = self._http.build_request(
            "POST",
            f"{target.address}/invocations",
            content=body,
            headers={
                "Content-Type": "application/json",
                "Accept": f"application/json, {SSE_MEDIA_TYPE}",
                SESSION_HEADER: session,
            },
        )
        try:
            response = self._http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise AgentCoreError(
                f"agent {target.agent!r} at {target.address} could not be reached ({exc}); "
                "is its app running (serve_workers())?"
            ) from exc
        if response.status_code in RETRY_STATUSES:
            response.close()
            raise TransientStatusError(response.status_code, f"agent {target.agent!r}")
        if response.status_code >= 400:
            response.read()
            response.close()
            raise _invocation_error(target, response.status_code, _maybe_json(response.content))
        return _Reply(
            response.status_code,
            response.headers.get("content-type", ""),
            response.iter_bytes(),
            response.close,
        )

    def _over_runtime(self, target: Target, session: str, body: bytes) -> _Reply:
        try:
            answer = self._runtime_client(target).invoke_agent_runtime(
                agentRuntimeArn=target.address,
                qualifier=self.qualifier,
                runtimeSessionId=session,
                contentType="application/json",
                accept=f"application/json, {SSE_MEDIA_TYPE}",
                payload=body,
            )
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            if status in RETRY_STATUSES:
                raise TransientStatusError(status, f"InvokeAgentRuntime for {target.agent!r}") from exc
            raise _runtime_error(target, exc, status) from exc
        stream = answer["response"]
        return _Reply(
            answer.get("statusCode", 200), answer.get("contentType", ""), stream.iter_chunks(), stream.close
        )

    def _runtime_client(self, target: Target) -> Any:
        if self._runtime is None:
            match = RUNTIME_ARN.match(target.address)
            region = match.group(1) if match else None
            self._runtime = boto3.client(
                "bedrock-agentcore",
                region_name=region,
                config=Config(
                    retries={"mode": "standard", "total_max_attempts": 1}, read_timeout=self._timeout_s
                ),
            )
        return self._runtime

    def _get(self, agent: str, path: str) -> dict[str, Any]:
        target = self.targets.get(agent)
        if target is None:
            raise ValueError(f"no agent {agent!r}; this client knows {', '.join(self.targets)}")
        if target.via != "http":
            raise AgentCoreError(
                f"{path} of {agent!r}: AgentCore Runtime serves it to itself, not to callers of "
                "InvokeAgentRuntime; on AWS read the runtime's status with the bedrock-agentcore-control "
                "client's get_agent_runtime"
            )
        try:
            response = self._http.get(f"{target.address}{path}")
        except httpx.TransportError as exc:
            raise AgentCoreError(f"{agent!r} at {target.address} could not be reached ({exc})") from exc
        if response.status_code != 200:
            raise _invocation_error(target, response.status_code, _maybe_json(response.content))
        return response.json()

    def _record(
        self,
        target: Target,
        session: str,
        status: int | None,
        attempts: int,
        started: float,
        *,
        streamed: bool = False,
        events: int = 0,
        first: float | None = None,
        error: str | None = None,
    ) -> None:
        record = InvocationRecord(
            agent=target.agent,
            session_id=session,
            via=target.via,
            status=status,
            attempts=attempts,
            latency_ms=_ms(started),
            streamed=streamed,
            events=events,
            first_event_ms=first,
            error=error,
        )
        self.records.append(record)
        logger.info(
            "agentcore invocation %s",
            record.model_dump_json(),
            extra={"agentcore": record.model_dump()},
        )


# --------------------------------------------------------------------------- helpers


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def _maybe_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return content.decode(errors="replace")


def _json(content: bytes, target: Target) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        raise AgentCoreError(
            f"agent {target.agent!r} answered with a body that is not JSON: {content[:120]!r}"
        ) from None


def _invocation_error(target: Target, status: int, body: Any) -> AgentInvocationError:
    said = body.get("message") or body.get("error") if isinstance(body, dict) else body
    if status == 422:
        fix = "the agent's step failed on this input; change the input as the message says"
    elif status < 500:
        fix = "fix the payload (the message names the field)"
    else:
        fix = "the agent failed: see its log"
    return AgentInvocationError(
        f"agent {target.agent!r} answered HTTP {status}: {said}; {fix}", status=status, body=body
    )


def _runtime_error(target: Target, error: ClientError, status: int) -> AgentInvocationError:
    code = error.response.get("Error", {}).get("Code", "")
    said = error.response.get("Error", {}).get("Message", str(error))
    fixes = {
        "AccessDeniedException": f"allow bedrock-agentcore:InvokeAgentRuntime on {target.address}",
        "ResourceNotFoundException": "check the runtime ARN and its region, and that the runtime is deployed",
        "ValidationException": "fix the request (the message names the field)",
        "ThrottlingException": "slow down, or ask for a higher quota in Service Quotas",
    }
    fix = fixes.get(code, "see the runtime's logs in CloudWatch")
    return AgentInvocationError(
        f"InvokeAgentRuntime for {target.agent!r}: {code or 'error'} (HTTP {status}): {said}; {fix}",
        status=status,
        body=error.response.get("Error"),
    )
