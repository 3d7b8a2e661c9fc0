"""What a deployment may choose, read from CDK context (`cdk.json`, or `cdk deploy -c name=value`) and validated.

Every choice has a default that deploys a working workshop system; a bad value stops synthesis with a
message naming the context key and what it takes, before any resource is declared.
"""

from __future__ import annotations

import json
from typing import Any, Literal, TypeVar

from constructs import Node
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agentkit import bedrock_models

CONTEXT_KEY = "agentkit"
"""The one context key holding these settings (an object), so they cannot collide with CDK's own flags."""


class SystemSettings(BaseModel):
    """The agent system's deployment choices."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    bedrock_models: tuple[str, ...] = Field(
        (f"global.{bedrock_models.DEFAULT_MODEL}",),
        alias="bedrockModels",
        min_length=1,
        description="Inference-profile (or on-demand model) ids the functions may invoke; the first is the "
        "model they use (AGENTKIT_MODEL_ID). Bedrock access is granted on exactly these.",
    )
    model_provider: Literal["bedrock", "anthropic", "openai"] = Field(
        "bedrock",
        alias="modelProvider",
        description="AGENTKIT_PROVIDER of the functions; a provider other than Bedrock reads its API key "
        "from the stack's provider-keys secret.",
    )
    alarm_email: str | None = Field(
        None,
        alias="alarmEmail",
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        description="Subscribed to the alarm topic (alarms and budget alerts); SNS asks it to confirm.",
    )
    monthly_budget_usd: float = Field(
        50, alias="monthlyBudgetUsd", gt=0, description="The AWS Budget on this stack's tagged costs."
    )
    cors_origins: tuple[str, ...] = Field(
        ("*",), alias="corsOrigins", min_length=1, description="Origins a browser may call the REST API from."
    )
    jwt_issuer: str | None = Field(
        None, alias="jwtIssuer", description="AGENTKIT_JWT_ISSUER (bearer tokens)."
    )
    jwt_audience: str | None = Field(None, alias="jwtAudience", description="AGENTKIT_JWT_AUDIENCE.")
    jwt_public_key: str | None = Field(
        None, alias="jwtPublicKey", description="AGENTKIT_JWT_PUBLIC_KEY: the RS256 public key (PEM)."
    )
    throttle_rate: float = Field(
        20, alias="throttleRate", gt=0, description="REST requests per second, steady (usage plan and stage)."
    )
    throttle_burst: int = Field(40, alias="throttleBurst", gt=0, description="REST request burst.")

    @classmethod
    def from_context(cls, node: Node) -> SystemSettings:
        return read_context(cls, node, CONTEXT_KEY, '{"monthlyBudgetUsd": 20}', "infra/settings.py")

    def environment(self) -> dict[str, str]:
        """The token settings the authorizer reads (none: the API takes API keys only)."""
        values = {
            "AGENTKIT_JWT_ISSUER": self.jwt_issuer,
            "AGENTKIT_JWT_AUDIENCE": self.jwt_audience,
            "AGENTKIT_JWT_PUBLIC_KEY": self.jwt_public_key,
        }
        return {k: v for k, v in values.items() if v}


Settings = TypeVar("Settings", bound=BaseModel)


def read_context(model: type[Settings], node: Node, key: str, example: str, source: str) -> Settings:
    """The context object `key` validated as `model`; a bad value stops synthesis naming the key and its keys.

    An object from cdk.json arrives as one; from the command line (`-c key='{...}'`) as text, parsed here.
    """
    raw: Any = node.try_get_context(key) or {}
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise ValueError(
                f"context {key!r} is not JSON: pass an object, e.g. -c {key}='{example}'"
            ) from None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or key}: {e['msg']}" for e in error.errors())
        keys = ", ".join(f.alias or n for n, f in model.model_fields.items())
        raise ValueError(
            f"invalid CDK context {key!r} ({problems}); its keys are {keys} (see {source})"
        ) from None
