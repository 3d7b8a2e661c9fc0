"""API Gateway's events, built from a request: REST proxy events, REQUEST authorizer events, WebSocket events.

Neither powertools nor moto ships a builder for these (powertools only parses them), yet tests and the
local gateway of `agentkit serve` (`agentkit.service.asgi`) must hand the handlers exactly what API
Gateway would. So these are the events' shapes as AWS documents them for Lambda proxy integrations
(REST API and WebSocket API), with what a Lambda authorizer adds (`requestContext.authorizer`:
`principalId` and the authorizer's `context`, e.g. `roles`), and a Lambda context to go with them.

The REST API is a proxy API (one `/{proxy+}` resource, one function), as `LambdaRestApi` deploys it;
the WebSocket API routes every message to `$default`.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

REGION = "us-east-1"
ACCOUNT = "123456789012"
API_ID = "local"
STAGE = "api"

Pairs = Sequence[tuple[str, str]]
"""Headers or query parameters in the order they came, a name possibly repeated."""


@dataclass(frozen=True)
class InvocationContext:
    """The attributes of Lambda's context object that the handlers and powertools read."""

    function_name: str = "agentkit-api"
    memory_limit_in_mb: int = 512
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    timeout_s: float = 29.0
    """API Gateway waits 29 s for an integration, so a function behind it has no more."""
    started: float = field(default_factory=time.monotonic)

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        """What powertools' idempotency reads to expire an in-progress record with the invocation."""
        return max(0, int((self.timeout_s - (time.monotonic() - self.started)) * 1000))


def _single(pairs: Pairs) -> dict[str, str] | None:
    """API Gateway's single-value map: the last value of a repeated name; None when there are none."""
    return dict(pairs) or None


def _multi(pairs: Pairs) -> dict[str, list[str]] | None:
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    return values or None


def _request_context(request_id: str, source_ip: str, user_agent: str, stage: str) -> dict[str, Any]:
    """What every event's `requestContext` carries, REST or WebSocket."""
    now = datetime.now(UTC)
    return {
        "stage": stage,
        "requestId": request_id,
        "requestTimeEpoch": int(now.timestamp() * 1000),
        "requestTime": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "accountId": ACCOUNT,
        "apiId": API_ID,
        "identity": {"sourceIp": source_ip, "userAgent": user_agent},
    }


def _user_agent(headers: Pairs) -> str:
    return next((value for name, value in headers if name.lower() == "user-agent"), "")


def method_arn(method: str, path: str, stage: str = STAGE) -> str:
    """The ARN a REST request is authorized against: `arn:aws:execute-api:…:{api}/{stage}/{METHOD}{path}`."""
    return f"arn:aws:execute-api:{REGION}:{ACCOUNT}:{API_ID}/{stage}/{method.upper()}{path}"


def route_arn(route_key: str, stage: str = STAGE) -> str:
    """The ARN a WebSocket route is authorized against (`$connect`)."""
    return f"arn:aws:execute-api:{REGION}:{ACCOUNT}:{API_ID}/{stage}/{route_key}"


# --------------------------------------------------------------------------- REST API


def _rest_request(
    method: str, path: str, query: Pairs, headers: Pairs, request_id: str, source_ip: str, stage: str
) -> dict[str, Any]:
    """The fields a REST proxy event and a REST REQUEST authorizer event share."""
    return {
        "resource": "/{proxy+}" if path != "/" else "/",
        "path": path,
        "httpMethod": method.upper(),
        "headers": _single(headers),
        "multiValueHeaders": _multi(headers),
        "queryStringParameters": _single(query),
        "multiValueQueryStringParameters": _multi(query),
        "pathParameters": {"proxy": path.lstrip("/")} if path != "/" else None,
        "stageVariables": None,
        "requestContext": {
            **_request_context(request_id, source_ip, _user_agent(headers), stage),
            "resourcePath": "/{proxy+}" if path != "/" else "/",
            "httpMethod": method.upper(),
            "path": f"/{stage}{path}",
            "protocol": "HTTP/1.1",
        },
    }


def proxy_event(
    method: str,
    path: str,
    *,
    query: Pairs = (),
    headers: Pairs = (),
    body: str | None = None,
    base64: bool = False,
    authorizer: Mapping[str, Any] | None = None,
    request_id: str | None = None,
    source_ip: str = "127.0.0.1",
    stage: str = STAGE,
) -> dict[str, Any]:
    """The REST proxy event for a request: `path` without the stage and decoded, `query` decoded, `body`
    as text (or base64 text with `base64=True`), and `authorizer` = what the authorizer returned
    (`principalId` and its context's keys), which API Gateway puts in `requestContext.authorizer`."""
    event = _rest_request(method, path, query, headers, request_id or str(uuid.uuid4()), source_ip, stage)
    if authorizer is not None:
        event["requestContext"]["authorizer"] = dict(authorizer)
    return {**event, "body": body, "isBase64Encoded": base64}


def authorizer_request(
    method: str,
    path: str,
    *,
    query: Pairs = (),
    headers: Pairs = (),
    request_id: str | None = None,
    source_ip: str = "127.0.0.1",
    stage: str = STAGE,
) -> dict[str, Any]:
    """The event a REST API's REQUEST authorizer receives before the request it decides on (no body)."""
    event = _rest_request(method, path, query, headers, request_id or str(uuid.uuid4()), source_ip, stage)
    return {"type": "REQUEST", "methodArn": method_arn(method, path, stage), **event}


def rest_event(
    method: str,
    path: str,
    *,
    body: Any = None,
    user: str | None = None,
    roles: tuple[str, ...] = ("user",),
    headers: dict[str, str] | None = None,
    stage: str = STAGE,
) -> dict[str, Any]:
    """The event API Gateway sends for `method path` (the path may carry a `?query`), for tests.

    `body` is sent as JSON unless it is already a string (so a test can send malformed JSON);
    `user` becomes the authorizer's `principalId` and `roles` its comma-separated `roles`, as the kit's
    Lambda authorizer sets them (`agentkit.service.identity` reads them).
    """
    parts = urlsplit(path)
    return proxy_event(
        method,
        parts.path,
        query=parse_qsl(parts.query, keep_blank_values=True),
        headers=list({"Content-Type": "application/json", **(headers or {})}.items()),
        body=body if body is None or isinstance(body, str) else json.dumps(body),
        authorizer={"principalId": user, "roles": ",".join(roles)} if user is not None else None,
        stage=stage,
    )


# --------------------------------------------------------------------------- WebSocket API

RouteKey = Literal["$connect", "$default", "$disconnect"]
_EVENT_TYPES = {"$connect": "CONNECT", "$default": "MESSAGE", "$disconnect": "DISCONNECT"}


def _websocket_context(
    route_key: RouteKey, connection_id: str, connected_at: int, request_id: str, headers: Pairs, stage: str
) -> dict[str, Any]:
    source_ip = "127.0.0.1"
    return {
        **_request_context(request_id, source_ip, _user_agent(headers), stage),
        "routeKey": route_key,
        "eventType": _EVENT_TYPES[route_key],
        "messageDirection": "IN",
        "connectionId": connection_id,
        "connectedAt": connected_at,
        "domainName": "localhost",
        "extendedRequestId": request_id,
    }


def websocket_event(
    route_key: RouteKey,
    connection_id: str,
    *,
    connected_at: int,
    body: str | None = None,
    base64: bool = False,
    authorizer: Mapping[str, Any] | None = None,
    query: Pairs = (),
    headers: Pairs = (),
    disconnect: tuple[int, str] | None = None,
    request_id: str | None = None,
    stage: str = STAGE,
) -> dict[str, Any]:
    """The event a WebSocket API's route sends its function.

    `$connect` carries the handshake's headers and query string; `$default` a message's `body` (and a
    `messageId`); `$disconnect` the close code and reason. `authorizer`, what the `$connect` authorizer
    returned, is on all three: API Gateway authorizes once per connection and repeats its answer.
    `connected_at` is the connection's start in epoch milliseconds.
    """
    request_id = request_id or str(uuid.uuid4())
    context = _websocket_context(route_key, connection_id, connected_at, request_id, headers, stage)
    if authorizer is not None:
        context["authorizer"] = dict(authorizer)
    event: dict[str, Any] = {"requestContext": context, "isBase64Encoded": base64}
    if route_key == "$connect":
        event.update(
            headers=_single(headers),
            multiValueHeaders=_multi(headers),
            queryStringParameters=_single(query),
            multiValueQueryStringParameters=_multi(query),
        )
    elif route_key == "$default":
        context["messageId"] = str(uuid.uuid4())
        event["body"] = body
    else:
        code, reason = disconnect or (1005, "")
        context.update(disconnectStatusCode=code, disconnectReason=reason)
    return event


def websocket_authorizer_request(
    connection_id: str,
    *,
    connected_at: int,
    query: Pairs = (),
    headers: Pairs = (),
    request_id: str | None = None,
    stage: str = STAGE,
) -> dict[str, Any]:
    """The event a WebSocket API's REQUEST authorizer receives on `$connect` (browsers cannot set headers
    on a WebSocket, so the credentials come in the query string: `?apiKey=…` or `?token=…`)."""
    request_id = request_id or str(uuid.uuid4())
    return {
        "type": "REQUEST",
        "methodArn": route_arn("$connect", stage),
        "headers": _single(headers),
        "multiValueHeaders": _multi(headers),
        "queryStringParameters": _single(query),
        "multiValueQueryStringParameters": _multi(query),
        "stageVariables": None,
        "requestContext": _websocket_context(
            "$connect", connection_id, connected_at, request_id, headers, stage
        ),
    }
