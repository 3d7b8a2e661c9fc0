"""The service's refusals and the seed's error body, shared by every front door (REST, GraphQL, WebSocket).

A rule of the service (ownership, permissions, existence) is checked once, in `agentkit.service.operations`,
and raises `ServiceError`; each front door turns it into its own wire form (an HTTP status and the seed's
`{"error": {code, message, details, requestId, timestamp}}`, a GraphQL error with the same `code`, a
WebSocket reply). So a client sees one code and one message for one problem, whichever API it used.
"""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

from pydantic import BaseModel


class ServiceError(Exception):
    """A refusal: its HTTP status, the seed's error code, and a message that says what to do."""

    def __init__(self, status: HTTPStatus, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def unauthorized(message: str) -> ServiceError:
    """401: the request does not say who sent it, or says it in a way that cannot be believed."""
    return ServiceError(HTTPStatus.UNAUTHORIZED, "Unauthorized", message)


def forbidden(message: str) -> ServiceError:
    """403: the caller is known, and may not do this."""
    return ServiceError(HTTPStatus.FORBIDDEN, "Forbidden", message)


class ErrorBody(BaseModel):
    code: str
    message: str
    details: Any = None
    requestId: str  # noqa: N815 — the seed's field names
    timestamp: str


class ErrorResponse(BaseModel):
    error: ErrorBody


def now() -> str:
    """A timestamp as the API writes them: UTC, ISO 8601, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def error_json(request_id: str, code: str, message: str, details: Any = None) -> str:
    """The seed's error body as JSON."""
    error = ErrorBody(code=code, message=message, details=details, requestId=request_id, timestamp=now())
    return ErrorResponse(error=error).model_dump_json()
