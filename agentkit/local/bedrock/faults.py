"""Fault injection: the local endpoint fails the way Bedrock does, on purpose and reproducibly.

Retry logic, fallbacks and the error explanations of a workshop can only be exercised when calls
fail. A `FaultConfig` says how:

* `error_rates`: the share of calls answered with an error, by AWS error code. One number in [0, 1)
  is drawn per call from `random.Random(seed)`, so with a seed the sequence of failures is the
  same on every run (the sequence restarts whenever the configuration is replaced).
* `latency_ms`: added to every call before it is answered.
* `model_errors`: model-id globs (`fnmatch`, case-sensitive) mapped to the error calls to matching
  models always get — the preflight failures learners meet on a real account. A value is an error
  code, a preset name (`no-access`, `needs-inference-profile`, `end-of-life`, `invalid-model-id`,
  `use-case-form`, `marketplace-denied`, `scp-denied`, `daily-tokens`) or `{"code": ..., "message": ...}`. Without a message, the code's canned AWS message is used;
  `{model_id}` in a message is replaced by the model id called.

The configuration comes from the constructor, from `AGENTKIT_LOCAL_FAULTS` (the same JSON), or at
run time from `PUT /_agentkit/faults`, so a notebook can break the endpoint another process serves.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Mapping
from fnmatch import fnmatchcase
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from agentkit.local.bedrock.protocol import BedrockError

FAULTS_ENV = "AGENTKIT_LOCAL_FAULTS"

ErrorCode = Literal[
    "ThrottlingException",
    "ValidationException",
    "AccessDeniedException",
    "ModelNotReadyException",
    "ServiceUnavailableException",
    "InternalServerException",
    "ResourceNotFoundException",
    "ModelTimeoutException",
    "ModelErrorException",
    "ServiceQuotaExceededException",
]

NO_ACCESS = "You don't have access to the model with the specified model ID."
NEEDS_INFERENCE_PROFILE = (
    "Invocation of model ID {model_id} with on-demand throughput isn’t supported. Retry your request with "
    "the ID or ARN of an inference profile that contains this model."
)
END_OF_LIFE = (
    "This model version has reached the end of its life. "
    "Please refer to the AWS documentation for more details."
)
INVALID_MODEL_ID = "The provided model identifier is invalid."
USE_CASE_FORM = (
    "Model use case details have not been submitted for this account. Fill out the Anthropic use case details "
    "form before using the model. If you have already filled out the form, try again in 15 minutes."
)
MARKETPLACE_DENIED = (
    "Model access is denied due to IAM user or service role is not authorized to perform the required AWS "
    "Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to "
    "this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace "
    "subscription for this model cannot be completed at this time. If you recently fixed this issue, try "
    "again after 2 minutes."
)
SCP_DENIED = (
    "User: arn:aws:sts::123456789012:assumed-role/WorkshopRole/attendee is not authorized to perform: "
    "bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/{model_id} with an explicit "
    "deny in a service control policy: "
    "arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-examplescp"
)
DAILY_TOKENS = "Too many tokens per day, please wait before trying again."

PRESETS: dict[str, tuple[ErrorCode, str]] = {
    "no-access": ("AccessDeniedException", NO_ACCESS),
    "needs-inference-profile": ("ValidationException", NEEDS_INFERENCE_PROFILE),
    "end-of-life": ("ResourceNotFoundException", END_OF_LIFE),
    "invalid-model-id": ("ValidationException", INVALID_MODEL_ID),
    "use-case-form": ("ResourceNotFoundException", USE_CASE_FORM),
    "marketplace-denied": ("AccessDeniedException", MARKETPLACE_DENIED),
    "scp-denied": ("AccessDeniedException", SCP_DENIED),
    "daily-tokens": ("ThrottlingException", DAILY_TOKENS),
}
"""The preflight failures of a real account, with Bedrock's exact messages."""

MESSAGES: dict[ErrorCode, str] = {
    "ThrottlingException": "Too many requests, please wait before trying again.",
    "ValidationException": INVALID_MODEL_ID,
    "AccessDeniedException": NO_ACCESS,
    "ModelNotReadyException": "Model is not ready to serve inference requests. Try your request again later.",
    "ServiceUnavailableException": "Bedrock is unable to process your request.",
    "InternalServerException": "The server encountered an internal error. Try your request again.",
    "ResourceNotFoundException": END_OF_LIFE,
    "ModelTimeoutException": "Model has timed out in processing the request. Try your request again.",
    "ModelErrorException": "The model failed while processing the request. Try your request again.",
    "ServiceQuotaExceededException": "Your request exceeded the service quota for your account.",
}
"""The message each code carries when a fault names no message of its own."""


class ModelError(BaseModel):
    """The error every call to a matching model gets."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: ErrorCode
    message: str | None = Field(default=None, description="defaults to the code's canned message")

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, value: Any) -> Any:
        """Accept a bare error code or a preset name in place of the object."""
        if isinstance(value, str):
            if value in PRESETS:
                code, message = PRESETS[value]
                return {"code": code, "message": message}
            return {"code": value}
        return value

    def error(self, model_id: str) -> BedrockError:
        return BedrockError(self.code, (self.message or MESSAGES[self.code]).replace("{model_id}", model_id))


class FaultConfig(BaseModel):
    """How the endpoint misbehaves; the default misbehaves in no way."""

    model_config = ConfigDict(extra="forbid")

    error_rates: dict[ErrorCode, Annotated[float, Field(ge=0, le=1)]] = Field(default_factory=dict)
    latency_ms: int = Field(default=0, ge=0)
    seed: int | None = Field(default=None, description="makes the sequence of injected errors repeatable")
    model_errors: dict[str, ModelError] = Field(default_factory=dict, description="model-id glob → error")

    @model_validator(mode="after")
    def _rates_sum_to_at_most_one(self) -> FaultConfig:
        if sum(self.error_rates.values()) > 1:
            raise ValueError("error_rates must add up to at most 1")
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> FaultConfig:
        """The configuration in `AGENTKIT_LOCAL_FAULTS` (JSON), or no faults when it is unset."""
        raw = environ.get(FAULTS_ENV, "").strip()
        return cls.model_validate_json(raw) if raw else cls()


class Faults:
    """The configuration in force and its random sequence, shared by the server's request threads."""

    def __init__(self, config: FaultConfig | None = None):
        self._lock = threading.Lock()
        self.configure(config or FaultConfig())

    @property
    def config(self) -> FaultConfig:
        return self._config

    def configure(self, config: FaultConfig) -> None:
        """Replace the configuration; the random sequence restarts from its seed."""
        with self._lock:
            self._config = config
            self._random = random.Random(config.seed)

    def apply(self, model_id: str | None) -> None:
        """Wait the added latency, then raise the error this call is due, if any."""
        with self._lock:
            config = self._config
            draw = self._random.random() if config.error_rates else 1.0
        if config.latency_ms:
            time.sleep(config.latency_ms / 1000)
        if model_id is not None:
            for glob, error in config.model_errors.items():
                if fnmatchcase(model_id, glob):
                    raise error.error(model_id)
        threshold = 0.0
        for code, rate in config.error_rates.items():
            threshold += rate
            if draw < threshold:
                raise BedrockError(code, MESSAGES[code])
