"""A local API Gateway as an ASGI app: the service's Lambda handlers behind real HTTP and a real WebSocket.

The handlers are the ones API Gateway invokes on AWS, unchanged; this module is only the gateway, doing
what API Gateway does around them, in the same order:

* **HTTP** (a REST API with a Lambda proxy integration): each request becomes a REST proxy event
  (`agentkit.service.api_events`). The REQUEST authorizer runs first, on every request but the public
  ones: if it raises `Unauthorized` the answer is 401, if its policy does not allow the request's
  method ARN it is 403 (an explicit Deny wins), and otherwise its `principalId` and `context` go into
  the event's `requestContext.authorizer`. Then the API function (`rest.handler`, or the GraphQL function
  for `POST /graphql`) answers, and its proxy response becomes the HTTP response. The gateway's own
  refusals use the seed's error shape, as the deployed API's gateway responses do.
* **WebSocket** at `/ws` (a WebSocket API): the authorizer runs on `$connect` only, with the handshake's
  query string (`?apiKey=…` / `?token=…`); its answer is kept for the connection and repeated on every
  later event. `$connect`, each message (`$default`) and the close (`$disconnect`) invoke the WebSocket
  function; a non-2xx answer to `$connect` refuses the handshake with that status. The routes are one-way
  (no route response), so what `$default` returns stays here: the function talks to its client through
  the management API.
* **The management API** at `/@connections/{connectionId}` (POST sends, GET describes, DELETE closes):
  so `boto3.client("apigatewaymanagementapi", endpoint_url=<this server>).post_to_connection(...)`
  reaches the browser's socket unchanged. A connection is reachable once `$connect` has accepted it
  (before that, as on AWS, it is Gone); requests must be SigV4-signed, as boto3's are.
* Files in the web folder (`GET /` is its `index.html`) are served as they are; on AWS a bucket would.

Each function runs as one warm Lambda instance: one event at a time (on a worker thread, so the server
keeps serving meanwhile). That is Lambda's contract, and the handlers rely on it — powertools' resolver
keeps the current event on the module's app object, so two events at once in one instance would mix
their callers up. An event and a result cross as JSON, as they do on Lambda, so a handler that returns
something Lambda could not serialise fails here too.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import re
import secrets
import stat
import string
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
)
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket, WebSocketDisconnect

from agentkit.service import api_events
from agentkit.service.api_events import InvocationContext
from agentkit.service.errors import error_json

logger = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any], Any], Any]

MAX_PAYLOAD_BYTES = 10 * 1024 * 1024
"""API Gateway's limit on a REST request's body."""
MAX_MESSAGE_BYTES = 128 * 1024
"""API Gateway's limit on a WebSocket message (and on the data of one `post_to_connection`)."""
WEBSOCKET_PATH = "/ws"
UNAUTHORIZED = "Unauthorized"
"""What a Lambda authorizer raises to say 401 (any other failure of it is a 500)."""


# --------------------------------------------------------------------------- functions


class FunctionError(Exception):
    """The function raised: what Lambda reports as the invocation's `errorType` and `errorMessage`."""

    def __init__(self, function: str, error: BaseException) -> None:
        super().__init__(f"{function}: {type(error).__name__}: {error}")
        self.error_type, self.error_message = type(error).__name__, str(error)


class Function:
    """A Lambda function as the gateway invokes it: one warm instance, one event at a time."""

    def __init__(self, handler: Handler, name: str, *, answers: Iterable[str] = ()) -> None:
        """`answers`: error messages that are the function's answer rather than its failure (an authorizer
        raises `Unauthorized` to say 401), so they are not logged as failures."""
        self.handler, self.name = handler, name
        self.answers = frozenset(answers)
        self._instance = threading.Lock()

    async def invoke(self, event: dict[str, Any]) -> Any:
        """The handler's result, after a JSON round trip each way; `FunctionError` if it raised."""
        return await run_in_threadpool(self._run, json.dumps(event))

    def _run(self, payload: str) -> Any:
        with self._instance:
            try:
                result = self.handler(json.loads(payload), InvocationContext(function_name=self.name))
                return json.loads(json.dumps(result))
            except Exception as error:
                if str(error) not in self.answers:
                    logger.exception("function %s failed", self.name)
                raise FunctionError(self.name, error) from error


# --------------------------------------------------------------------------- the authorizer's answer

ContextValue = StrictStr | StrictInt | StrictFloat | StrictBool


class Statement(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    effect: Literal["Allow", "Deny"] = Field(alias="Effect")
    action: str | list[str] = Field(alias="Action")
    resource: str | list[str] = Field(alias="Resource")

    def matches(self, arn: str) -> bool:
        actions = [self.action] if isinstance(self.action, str) else self.action
        resources = [self.resource] if isinstance(self.resource, str) else self.resource
        return any(_glob(a, "execute-api:Invoke") for a in actions) and any(_glob(r, arn) for r in resources)


class Policy(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    version: str = Field(alias="Version")
    statements: list[Statement] = Field(alias="Statement")


class AuthorizerAnswer(BaseModel):
    """What a Lambda authorizer must return: the caller, an IAM policy, and string/number/boolean context."""

    principalId: StrictStr  # noqa: N815 — API Gateway's field names
    policyDocument: Policy  # noqa: N815
    context: dict[str, ContextValue] = {}

    def allows(self, arn: str) -> bool:
        """IAM's rule: an explicit Deny wins, else some Allow must match."""
        matching = [s.effect for s in self.policyDocument.statements if s.matches(arn)]
        return "Allow" in matching and "Deny" not in matching


def _glob(pattern: str, value: str) -> bool:
    """IAM's wildcards: `*` any run of characters, `?` any one; case-sensitive."""
    regex = re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".")
    return re.fullmatch(regex, value) is not None


@dataclass(frozen=True)
class Refusal:
    """The gateway's own answer instead of the function's (authorizer said no, or failed)."""

    status: HTTPStatus
    code: str
    message: str

    def response(self, request_id: str) -> Response:
        return _error(self.status, self.code, self.message, request_id)


def _error(status: int, code: str, message: str, request_id: str) -> Response:
    return Response(
        error_json(request_id, code, message),
        status_code=status,
        media_type="application/json",
        headers={"x-amzn-RequestId": request_id},
    )


NO_CREDENTIALS = (
    "The request carries no credentials the API accepts: send an API key in the x-api-key header "
    "(on the WebSocket: ?apiKey=…) or a bearer token in Authorization (?token=…); `agentkit serve` prints "
    "a demo key."
)


# --------------------------------------------------------------------------- connections


@dataclass
class Connection:
    """An accepted WebSocket and what API Gateway keeps for it."""

    socket: WebSocket
    authorizer: dict[str, Any]
    connected_at: int
    source_ip: str
    user_agent: str
    last_active: float = field(default_factory=time.time)
    sending: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def send(self, data: bytes) -> None:
        """One frame, text if the data is UTF-8 (as the management API sends it), else binary."""
        async with self.sending:
            try:
                await self.socket.send_text(data.decode())
            except UnicodeDecodeError:
                await self.socket.send_bytes(data)

    def description(self) -> dict[str, Any]:
        """The management API's GetConnection answer, in its wire names."""
        return {
            "connectedAt": _iso(self.connected_at / 1000),
            "identity": {"sourceIp": self.source_ip, "userAgent": self.user_agent},
            "lastActiveAt": _iso(self.last_active),
        }


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _connection_id() -> str:
    """An id shaped like API Gateway's (16 characters ending in '='), in the characters the memory store
    accepts in an id."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(15)) + "="


def _gone(connection_id: str) -> Response:
    """The management API's 410: boto3 raises `GoneException` from it."""
    return JSONResponse(
        {"message": f"connection {connection_id} is not open"},
        status_code=HTTPStatus.GONE,
        headers={"x-amzn-ErrorType": "GoneException"},
    )


# --------------------------------------------------------------------------- the gateway


class Gateway:
    """API Gateway in front of `api` (and `graphql` for `POST /graphql`, `websocket` for `/ws`), with
    `authorizer` as the REQUEST authorizer of every route but `public` ((method, path) pairs)."""

    def __init__(
        self,
        *,
        api: Function,
        authorizer: Function,
        websocket: Function | None = None,
        graphql: Function | None = None,
        web: Path | None = None,
        public: Iterable[tuple[str, str]] = (("GET", "/openapi.json"),),
        stage: str = api_events.STAGE,
    ) -> None:
        self.api, self.authorizer, self.websocket, self.graphql = api, authorizer, websocket, graphql
        self.public = frozenset((method.upper(), path) for method, path in public)
        self.stage = stage
        self.web = StaticFiles(directory=web, html=True, check_dir=False) if web else None
        self.connections: dict[str, Connection] = {}

    def app(self) -> Starlette:
        routes = [
            Route("/@connections/{connection_id}", self.manage, methods=["GET", "POST", "DELETE"]),
            Route(
                "/{path:path}",
                self.http,
                methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
            ),
        ]
        if self.websocket is not None:
            routes.insert(0, WebSocketRoute(WEBSOCKET_PATH, self.socket))
        return Starlette(routes=routes)

    # ----------------------------------------------------------------------- authorizer

    async def authorize(self, event: dict[str, Any], request_id: str) -> dict[str, Any] | Refusal:
        """Run the authorizer on `event`: what goes into `requestContext.authorizer`, or the refusal."""
        started = time.perf_counter()
        try:
            answer = await self.authorizer.invoke(event)
        except FunctionError as error:
            if error.error_message == UNAUTHORIZED:
                return Refusal(HTTPStatus.UNAUTHORIZED, "Unauthorized", NO_CREDENTIALS)
            return Refusal(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                "AuthorizerFailure",
                f"The authorizer failed ({error.error_type}): retry; if it keeps failing, report "
                f"requestId {request_id} (the server's log has the traceback).",
            )
        try:
            decision = AuthorizerAnswer.model_validate(answer)
        except ValidationError as error:
            logger.error("authorizer answer refused by API Gateway's rules: %s", error)
            return Refusal(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                "AuthorizerConfigurationError",
                "The authorizer's answer is not what API Gateway accepts (a principalId, a policy document and "
                "a context of strings, numbers and booleans): fix the authorizer; the server's log says which field.",
            )
        if not decision.allows(event["methodArn"]):
            return Refusal(
                HTTPStatus.FORBIDDEN,
                "Forbidden",
                f"Your credentials do not grant {event['methodArn'].split('/', 2)[-1]}: use a key or token "
                "whose roles allow it, or ask an administrator for them.",
            )
        return {
            **decision.context,
            "principalId": decision.principalId,
            "integrationLatency": int((time.perf_counter() - started) * 1000),
        }

    # ----------------------------------------------------------------------- HTTP

    async def http(self, request: Request) -> Response:
        path, method = request.url.path, request.method
        if self.web is not None and method in ("GET", "HEAD") and (name := self._web_file(path)):
            return await self.web.get_response(name, request.scope)
        request_id = str(uuid.uuid4())
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_PAYLOAD_BYTES:
                return _error(
                    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                    "PayloadTooLarge",
                    f"The body is over {MAX_PAYLOAD_BYTES} bytes, API Gateway's limit: send less.",
                    request_id,
                )
        query = request.query_params.multi_items()
        headers = list(request.headers.items())
        source_ip = request.client.host if request.client else "127.0.0.1"
        authorizer: dict[str, Any] | None = None
        if (method, path) not in self.public:
            decided = await self.authorize(
                api_events.authorizer_request(
                    method,
                    path,
                    query=query,
                    headers=headers,
                    request_id=request_id,
                    source_ip=source_ip,
                    stage=self.stage,
                ),
                request_id,
            )
            if isinstance(decided, Refusal):
                return decided.response(request_id)
            authorizer = decided
        text, encoded = _body_text(bytes(body))
        event = api_events.proxy_event(
            method,
            path,
            query=query,
            headers=headers,
            body=text,
            base64=encoded,
            authorizer=authorizer,
            request_id=request_id,
            source_ip=source_ip,
            stage=self.stage,
        )
        function = self.graphql if self.graphql is not None and path == "/graphql" else self.api
        try:
            answer = await function.invoke(event)
        except FunctionError:
            return _bad_gateway(request_id, "failed on this request")
        return _proxy_response(answer, request_id)

    def _web_file(self, path: str) -> str | None:
        """The web folder's file at `path` (`/` is `index.html`), if there is one."""
        assert self.web is not None
        name = path.lstrip("/") or "index.html"
        _, found = self.web.lookup_path(name)
        return name if found is not None and stat.S_ISREG(found.st_mode) else None

    # ----------------------------------------------------------------------- WebSocket

    async def socket(self, socket: WebSocket) -> None:
        assert self.websocket is not None
        connection_id = _connection_id()
        connected_at = int(time.time() * 1000)
        query, headers = socket.query_params.multi_items(), list(socket.headers.items())
        request_id = str(uuid.uuid4())
        decided = await self.authorize(
            api_events.websocket_authorizer_request(
                connection_id,
                connected_at=connected_at,
                query=query,
                headers=headers,
                request_id=request_id,
                stage=self.stage,
            ),
            request_id,
        )
        if isinstance(decided, Refusal):
            await socket.send_denial_response(decided.response(request_id))
            return
        event = api_events.websocket_event(
            "$connect",
            connection_id,
            connected_at=connected_at,
            authorizer=decided,
            query=query,
            headers=headers,
            request_id=request_id,
            stage=self.stage,
        )
        try:
            answer = await self.websocket.invoke(event)
        except FunctionError:
            await socket.send_denial_response(_bad_gateway(request_id, "refused the connection"))
            return
        status = answer.get("statusCode", HTTPStatus.OK) if isinstance(answer, dict) else HTTPStatus.OK
        if not 200 <= int(status) < 300:
            await socket.send_denial_response(_proxy_response(answer, request_id))
            return
        await socket.accept()
        client = socket.client.host if socket.client else "127.0.0.1"
        user_agent = socket.headers.get("user-agent", "")
        connection = Connection(socket, decided, connected_at, client, user_agent)
        self.connections[connection_id] = connection
        close = (1005, "")
        try:
            while True:
                message = await socket.receive()
                if message["type"] == "websocket.disconnect":
                    close = (message.get("code", 1005), message.get("reason") or "")
                    break
                connection.last_active = time.time()
                await self._message(connection_id, connection, message)
        except WebSocketDisconnect as gone:
            close = (gone.code, gone.reason or "")
        finally:
            self.connections.pop(connection_id, None)
            event = api_events.websocket_event(
                "$disconnect",
                connection_id,
                connected_at=connected_at,
                authorizer=decided,
                disconnect=close,
                stage=self.stage,
            )
            # A failure is logged by Function; the client is gone, there is nobody to tell.
            with contextlib.suppress(FunctionError):
                await self.websocket.invoke(event)

    async def _message(self, connection_id: str, connection: Connection, message: dict[str, Any]) -> None:
        """One message to `$default` (a one-way route: its answer is not sent back)."""
        assert self.websocket is not None
        if message.get("text") is not None:
            text, encoded = message["text"], False
        else:
            text, encoded = _body_text(message.get("bytes") or b"")
        request_id = str(uuid.uuid4())
        if len((text or "").encode()) > MAX_MESSAGE_BYTES:
            await connection.send(_gateway_message("Message too long", connection_id, request_id))
            return
        event = api_events.websocket_event(
            "$default",
            connection_id,
            connected_at=connection.connected_at,
            body=text,
            base64=encoded,
            authorizer=connection.authorizer,
            request_id=request_id,
            stage=self.stage,
        )
        try:
            await self.websocket.invoke(event)
        except FunctionError:
            await connection.send(_gateway_message("Internal server error", connection_id, request_id))

    # ----------------------------------------------------------------------- management API

    async def manage(self, request: Request) -> Response:
        """`@connections/{id}`: POST sends the body to the client, GET describes it, DELETE closes it."""
        if not request.headers.get("authorization", "").startswith("AWS4-HMAC-SHA256 "):
            return JSONResponse(
                {"message": "Missing Authentication Token"},
                status_code=HTTPStatus.FORBIDDEN,
                headers={"x-amzn-ErrorType": "MissingAuthenticationTokenException"},
            )
        connection_id = request.path_params["connection_id"]
        connection = self.connections.get(connection_id)
        if connection is None:
            return _gone(connection_id)
        if request.method == "GET":
            return JSONResponse(connection.description())
        if request.method == "DELETE":
            await connection.socket.close(1000)
            return Response(status_code=HTTPStatus.NO_CONTENT)
        data = await request.body()
        if len(data) > MAX_MESSAGE_BYTES:
            return JSONResponse(
                {"message": f"data is {len(data)} bytes; a message holds at most {MAX_MESSAGE_BYTES}"},
                status_code=HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                headers={"x-amzn-ErrorType": "PayloadTooLargeException"},
            )
        try:
            await connection.send(data)
        except (RuntimeError, WebSocketDisconnect, OSError):  # closed while we were sending
            self.connections.pop(connection_id, None)
            return _gone(connection_id)
        return Response(status_code=HTTPStatus.OK)


def _gateway_message(message: str, connection_id: str, request_id: str) -> bytes:
    """What API Gateway itself sends a WebSocket client when a message cannot be handled."""
    return json.dumps({"message": message, "connectionId": connection_id, "requestId": request_id}).encode()


def _body_text(body: bytes) -> tuple[str | None, bool]:
    """A body as the event carries it: text, or base64 text (and True) when it is not UTF-8."""
    if not body:
        return None, False
    try:
        return body.decode(), False
    except UnicodeDecodeError:
        return base64.b64encode(body).decode(), True


def _bad_gateway(request_id: str, what: str) -> Response:
    return _error(
        HTTPStatus.BAD_GATEWAY,
        "BadGateway",
        f"The API's function {what}: retry; if it keeps failing, report requestId {request_id} "
        "(the server's log has the traceback).",
        request_id,
    )


def _proxy_response(answer: Any, request_id: str) -> Response:
    """A Lambda proxy integration's answer as the HTTP response; 502 if it is not one, as on AWS."""
    if not isinstance(answer, dict) or not isinstance(answer.get("statusCode"), int):
        logger.error("not a proxy response (no integer statusCode): %.200r", answer)
        return _bad_gateway(request_id, "returned no proxy response (statusCode, headers, body)")
    body = answer.get("body") or ""
    content = base64.b64decode(body) if answer.get("isBase64Encoded") else body.encode()
    headers: list[tuple[str, str]] = [("x-amzn-RequestId", request_id)]
    for name, values in (answer.get("multiValueHeaders") or {}).items():
        headers.extend((name, str(v)) for v in values)
    named = {name.lower() for name, _ in headers}
    headers.extend((k, str(v)) for k, v in (answer.get("headers") or {}).items() if k.lower() not in named)
    if "content-type" not in {name.lower() for name, _ in headers}:
        headers.append(("content-type", "application/json"))
    response = Response(content, status_code=answer["statusCode"])
    response.raw_headers = [(k.lower().encode(), v.encode()) for k, v in headers] + [
        (b"content-length", str(len(content)).encode())
    ]
    return response
