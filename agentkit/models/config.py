"""`ModelConfig`: which provider and model to call, and how patiently — validated once, from the environment.

Switching provider is a configuration change, never a code change: notebooks call `build_model()` and
`AGENTKIT_PROVIDER` (or an override) decides whether that is Bedrock, the Anthropic API or an
OpenAI-compatible server such as Ollama or vLLM. The variables read are:

| variable | field |
|---|---|
| `AGENTKIT_PROVIDER` | `provider`: `bedrock` (default), `anthropic` or `openai` |
| `AGENTKIT_MODEL_ID` | `model_id` (default: per provider and region, see `providers`) |
| `AWS_REGION`, `AWS_DEFAULT_REGION` | `region` |
| `AGENTKIT_BASE_URL`, else `ANTHROPIC_BASE_URL` / `OPENAI_BASE_URL` | `base_url` (Bedrock: `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`, read by boto3) |
| `ANTHROPIC_API_KEY` / `OPENAI_API_KEY` | `api_key`, for the provider configured |
| `AGENTKIT_API_KEY_SECRET` | `api_key_secret`: a Secrets Manager secret name or ARN holding the key |
| `AGENTKIT_TEMPERATURE`, `AGENTKIT_MAX_TOKENS` | `temperature`, `max_tokens` |
| `AGENTKIT_PROMPT_CACHING` | `prompt_caching` (`1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off`) |

Retry and circuit-breaker settings are code-level (`RetryPolicy`, `BreakerSettings`): their defaults are
the seed's (3 attempts, 100 ms doubling to at most 10 s) and a workshop rarely needs to change them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from agentkit import validation

Provider = Literal["bedrock", "anthropic", "openai"]

API_KEY_VARIABLES: dict[Provider, str] = {"anthropic": "ANTHROPIC_API_KEY", "openai": "OPENAI_API_KEY"}
"""The conventional variable each SDK reads its key from; Bedrock signs with AWS credentials instead."""

_BASE_URL_VARIABLES: dict[Provider, str] = {"anthropic": "ANTHROPIC_BASE_URL", "openai": "OPENAI_BASE_URL"}


class RetryPolicy(BaseModel):
    """Exponential backoff: wait `initial_delay_s × backoff^(n-1)` after the n-th failure, at most `max_delay_s`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_attempts: int = Field(3, ge=1, description="attempts in all, the first one included")
    initial_delay_s: float = Field(0.1, gt=0)
    backoff: float = Field(2.0, ge=1, description="factor between consecutive waits")
    max_delay_s: float = Field(10.0, gt=0)


class BreakerSettings(BaseModel):
    """When the circuit opens (after `fail_max` failed calls in a row) and how long it stays open."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fail_max: int = Field(5, ge=1, description="consecutive failed calls (each already retried) that open it")
    reset_timeout_s: float = Field(30.0, ge=0, description="how long it fails fast before one trial call")


class ModelConfig(BaseModel):
    """Everything `build_model` and `converse_client` need to know; nothing provider-specific in user code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    provider: Provider = "bedrock"
    model_id: str | None = Field(None, description="None: the default for the provider (and region)")
    region: str | None = Field(None, description="AWS region for Bedrock and Secrets Manager")
    base_url: str | None = Field(None, description="endpoint of the provider's API; None: its default")
    api_key: SecretStr | None = Field(
        None, description="anthropic/openai; Bedrock signs with AWS credentials"
    )
    api_key_secret: str | None = Field(None, description="Secrets Manager secret name or ARN holding the key")
    temperature: float | None = Field(None, ge=0, le=2, description="None: the model's default")
    max_tokens: int = Field(2048, ge=1, description="output token limit per model call")
    prompt_caching: bool = Field(False, description="cache points after the system prompt and tools")
    retry: RetryPolicy = RetryPolicy()
    breaker: BreakerSettings = BreakerSettings()

    @model_validator(mode="after")
    def _bedrock_signs_requests(self) -> ModelConfig:
        if self.provider == "bedrock" and (self.api_key or self.api_key_secret):
            raise ValueError(
                "provider 'bedrock' signs requests with AWS credentials (SigV4); api_key and api_key_secret "
                "apply to 'anthropic' and 'openai'. For a Bedrock API key, set AWS_BEARER_TOKEN_BEDROCK."
            )
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, **overrides: Any) -> ModelConfig:
        """The configuration the environment describes, with keyword overrides applied on top."""
        provider = (
            overrides.get("provider") or (environ.get("AGENTKIT_PROVIDER") or "bedrock").strip().lower()
        )
        values: dict[str, Any] = {
            "provider": provider,
            "model_id": environ.get("AGENTKIT_MODEL_ID") or None,
            "region": environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION") or None,
            "base_url": environ.get("AGENTKIT_BASE_URL")
            or environ.get(_BASE_URL_VARIABLES.get(provider, ""))
            or None,
            "api_key": environ.get(API_KEY_VARIABLES.get(provider, "")) or None,
            "api_key_secret": (environ.get("AGENTKIT_API_KEY_SECRET") or None)
            if provider in API_KEY_VARIABLES
            else None,
            "temperature": environ.get("AGENTKIT_TEMPERATURE") or None,
            "max_tokens": environ.get("AGENTKIT_MAX_TOKENS") or cls.model_fields["max_tokens"].default,
            "prompt_caching": environ.get("AGENTKIT_PROMPT_CACHING") or False,
        }
        try:
            return cls.model_validate({**values, **overrides})
        except ValidationError as error:
            raise ValueError(
                f"Invalid model configuration ({validation.problems(error, 'config')})."
            ) from None

    def with_overrides(self, **overrides: Any) -> ModelConfig:
        """A validated copy with some fields replaced (`model_copy` would skip validation)."""
        if not overrides:
            return self
        try:
            return type(self).model_validate({**dict(self), **overrides})
        except ValidationError as error:
            raise ValueError(
                f"Invalid model configuration ({validation.problems(error, 'config')})."
            ) from None
