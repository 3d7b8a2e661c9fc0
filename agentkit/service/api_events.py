"""API Gateway REST (proxy integration) events, built from a method, a path and a body.

Neither powertools nor moto ships a builder for these (powertools only parses them), yet tests and the
local HTTP adapter of `agentkit serve` must hand the handlers exactly what API Gateway would. So this is
the event's shape as AWS documents it for Lambda proxy integrations, with what a Lambda authorizer adds
(`requestContext.authorizer`: `principalId`, `roles`) when a user is given, and a Lambda context to go with it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class InvocationContext:
    """The attributes of Lambda's context object that the handlers and powertools' Logger read."""

    function_name: str = "agentkit-api"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:agentkit-api"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def rest_event(
    method: str,
    path: str,
    *,
    body: Any = None,
    user: str | None = None,
    roles: tuple[str, ...] = ("user",),
    headers: dict[str, str] | None = None,
    stage: str = "api",
) -> dict[str, Any]:
    """The event API Gateway sends for `method path` (the path may carry a `?query`).

    `body` is sent as JSON unless it is already a string (so a test can send malformed JSON);
    `user` becomes the authorizer's `principalId` and `roles` its comma-separated `roles`, as the kit's
    Lambda authorizer sets them (`agentkit.service.identity` reads them).
    """
    parts = urlsplit(path)
    query: dict[str, list[str]] = {}
    for pair in filter(None, parts.query.split("&")):
        name, _, value = pair.partition("=")
        query.setdefault(name, []).append(value)
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    request_id = str(uuid.uuid4())
    now = datetime.now(UTC)
    return {
        "resource": parts.path,
        "path": parts.path,
        "httpMethod": method.upper(),
        "headers": all_headers,
        "multiValueHeaders": {k: [v] for k, v in all_headers.items()},
        "queryStringParameters": {k: v[-1] for k, v in query.items()} or None,
        "multiValueQueryStringParameters": query or None,
        "pathParameters": None,
        "stageVariables": None,
        "requestContext": {
            "resourcePath": parts.path,
            "httpMethod": method.upper(),
            "path": f"/{stage}{parts.path}",
            "stage": stage,
            "requestId": request_id,
            "requestTimeEpoch": int(now.timestamp() * 1000),
            "requestTime": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "protocol": "HTTP/1.1",
            "accountId": "123456789012",
            "apiId": "local",
            "identity": {"sourceIp": "127.0.0.1", "userAgent": "agentkit"},
            **({"authorizer": {"principalId": user, "roles": ",".join(roles)}} if user is not None else {}),
        },
        "body": body if body is None or isinstance(body, str) else json.dumps(body),
        "isBase64Encoded": False,
    }
