"""The Bedrock models the kit knows: ids, inference profiles, lifecycle and prices.

One table serves preflight (which id to call in which region, what is legacy), the local
endpoint's `ListFoundationModels`, and token cost accounting. Prices are USD per million tokens,
on-demand, as published when this table was written; override them in `agentkit.models` when
your contract differs.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

GEOGRAPHIES = {"us": ("us-", "ca-"), "eu": ("eu-",), "apac": ("ap-",)}
"""Cross-region inference profile prefixes and the region prefixes they serve — for the offline platform
(its `ListInferenceProfiles`) and for naming an id without a connection. On AWS, `agentkit.connect()` asks
Bedrock instead (`agentkit.bedrock_profiles`), which also knows `global.` profiles and new geographies."""

BEDROCK_REGIONS = (
    "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2",
    "eu-west-3", "eu-north-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1", "ap-southeast-1",
    "ap-southeast-2",
)  # fmt: skip


class ModelInfo(BaseModel):
    model_id: str
    name: str
    provider: str
    lifecycle: str = Field(description="ACTIVE or LEGACY, as Bedrock reports it")
    on_demand: bool = Field(description="whether the bare model id may be invoked on demand")
    input_per_million: float
    output_per_million: float
    cache_read_per_million: float | None = None
    cache_write_per_million: float | None = None
    replacement: str | None = Field(default=None, description="model to move to when this one is legacy")

    def invocation_id(self, region: str) -> str:
        """The id to call in `region` offline: the bare id if on-demand works, else the geography's profile.

        On AWS, `agentkit.bedrock_profiles.resolve` decides from what Bedrock lists (global first)."""
        if self.on_demand:
            return self.model_id
        return f"{geography(region)}.{self.model_id}"


MODELS: dict[str, ModelInfo] = {
    m.model_id: m
    for m in [
        ModelInfo(
            model_id="anthropic.claude-haiku-4-5-20251001-v1:0",
            name="Claude Haiku 4.5",
            provider="Anthropic",
            lifecycle="ACTIVE",
            on_demand=False,
            input_per_million=1.0,
            output_per_million=5.0,
            cache_read_per_million=0.1,
            cache_write_per_million=1.25,
        ),
        ModelInfo(
            model_id="anthropic.claude-sonnet-4-5-20250929-v1:0",
            name="Claude Sonnet 4.5",
            provider="Anthropic",
            lifecycle="ACTIVE",
            on_demand=False,
            input_per_million=3.0,
            output_per_million=15.0,
            cache_read_per_million=0.3,
            cache_write_per_million=3.75,
        ),
        ModelInfo(
            model_id="anthropic.claude-3-5-sonnet-20240620-v1:0",
            name="Claude 3.5 Sonnet",
            provider="Anthropic",
            lifecycle="LEGACY",
            on_demand=True,
            input_per_million=3.0,
            output_per_million=15.0,
            replacement="anthropic.claude-sonnet-4-5-20250929-v1:0",
        ),
        ModelInfo(
            model_id="amazon.nova-lite-v1:0",
            name="Amazon Nova Lite",
            provider="Amazon",
            lifecycle="ACTIVE",
            on_demand=True,
            input_per_million=0.06,
            output_per_million=0.24,
            cache_read_per_million=0.015,
        ),
        ModelInfo(
            model_id="amazon.nova-pro-v1:0",
            name="Amazon Nova Pro",
            provider="Amazon",
            lifecycle="ACTIVE",
            on_demand=True,
            input_per_million=0.8,
            output_per_million=3.2,
            cache_read_per_million=0.2,
        ),
    ]
}

DEFAULT_MODEL = "anthropic.claude-haiku-4-5-20251001-v1:0"
"""The workshop's default: fast and cheap enough for a room of attendees, and it calls tools well."""


def geography(region: str) -> str:
    """The inference-profile prefix (`us`, `eu`, `apac`) for a region."""
    for prefix, region_prefixes in GEOGRAPHIES.items():
        if region.startswith(region_prefixes):
            return prefix
    raise ValueError(
        f"No cross-region inference profile geography is known for region {region!r}. "
        f"Use one of {', '.join(BEDROCK_REGIONS)} or set AGENTKIT_MODEL_ID to a full model or profile id."
    )


def lookup(model_or_profile_id: str) -> ModelInfo | None:
    """The entry for a bare model id or an inference-profile id (`us.anthropic...`)."""
    if model_or_profile_id in MODELS:
        return MODELS[model_or_profile_id]
    prefix, _, rest = model_or_profile_id.partition(".")
    if prefix in GEOGRAPHIES or prefix == "global":
        return MODELS.get(rest)
    return None
