"""What the AWS wire protocol fixes: request shapes, error codes and their HTTP statuses.

botocore ships the Bedrock service models, so they are the source of truth here too: requests are
validated against the same input shapes boto3 validates client-side (so raw HTTP callers and the
Anthropic route get the same checks), and an error's HTTP status is the one the model declares for
its code. Errors go out the way AWS sends them: the status, an `x-amzn-ErrorType` header and a
`{"message": ...}` body, which is what botocore reads to raise a `ClientError` with that code.
"""

from __future__ import annotations

import functools
from typing import Any, Literal

from botocore.loaders import Loader
from botocore.model import ServiceModel
from botocore.validate import ParamValidator

Service = Literal["bedrock-runtime", "bedrock"]

_VALIDATOR = ParamValidator()


@functools.cache
def service_model(service: Service) -> ServiceModel:
    """The botocore service model, loaded once per process (loading costs tens of milliseconds)."""
    return ServiceModel(Loader().load_service_model(service, "service-2"), service_name=service)


@functools.cache
def _error_statuses() -> dict[str, int]:
    statuses: dict[str, int] = {}
    for service in ("bedrock", "bedrock-runtime"):  # runtime last: its statuses win for shared codes
        for shape in service_model(service).error_shapes:
            statuses[shape.name] = shape.metadata["error"]["httpStatusCode"]
    return statuses


class BedrockError(Exception):
    """An error the endpoint answers in AWS's shape; `code` is the AWS error code (exception name)."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    @property
    def status(self) -> int:
        return _error_statuses().get(self.code, 400)

    def headers(self) -> dict[str, str]:
        return {"x-amzn-ErrorType": f"{self.code}:http://internal.amazon.com/coral/com.amazon.bedrock/"}

    def body(self) -> dict[str, str]:
        return {"message": self.message}


def validate(service: Service, operation: str, params: dict[str, Any]) -> None:
    """Raise a ValidationException when `params` (body and path members) do not fit the input shape."""
    shape = service_model(service).operation_model(operation).input_shape
    report = _VALIDATOR.validate(params, shape)
    if report.has_errors():
        problems = report.generate_report().splitlines()
        count = f"{len(problems)} validation error{'s' if len(problems) > 1 else ''} detected"
        raise BedrockError("ValidationException", f"{count}: " + "; ".join(problems))
