"""Bedrock through Strands' `BedrockModel`: Converse over SigV4, with cache points when caching is on.

`prompt_caching` maps to `CacheConfig(strategy="auto", tools_ttl=True)`, Strands 1.62's replacement for
the deprecated `cache_prompt`/`cache_tools`: a cache point closes the system prompt, another the tool
definitions, and Strands keeps one on the last user message so each turn of the agent loop reads the
conversation so far from the cache. `auto` places them only for models that support Bedrock prompt
caching as Claude does (Strands decides by the model id, and logs a warning for others).
"""

from __future__ import annotations

from typing import Any

from strands.models.bedrock import BedrockModel
from strands.models.model import CacheConfig

from agentkit.models.accounting import UsageMeter
from agentkit.models.managed import ManagedModel
from agentkit.models.providers import Target
from agentkit.models.resilience import BOTO_CONFIG, Guard


class ManagedBedrockModel(ManagedModel, BedrockModel):
    """A `BedrockModel` whose calls are retried, circuit-broken and metered."""

    provider = "bedrock"


def build(target: Target, guard: Guard, meter: UsageMeter) -> ManagedBedrockModel:
    config = target.config
    options: dict[str, Any] = {"model_id": target.model_id, "max_tokens": config.max_tokens}
    if config.temperature is not None:
        options["temperature"] = config.temperature
    if config.prompt_caching:
        options["cache_config"] = CacheConfig(strategy="auto", tools_ttl=True)
    return ManagedBedrockModel(
        guard=guard,
        meter=meter,
        boto_session=target.session,
        boto_client_config=BOTO_CONFIG,
        endpoint_url=config.base_url,
        **options,
    )
