"""The Anthropic API through Strands' `AnthropicModel` (Messages API, `x-api-key`).

Strands' `anthropic` extra pins `anthropic<1.0`, but `AnthropicModel` 1.62 works with the anthropic 2.x
the kit installs: it uses only `AsyncAnthropic`, `messages.stream`, `messages.count_tokens` and the
`transform_schema` helper, all present in 2.x (the tests run it against the local endpoint). The SDK's
own retries are switched off (`max_retries=0`): the `Guard` retries.
"""

from __future__ import annotations

from typing import Any

from strands.models.anthropic import AnthropicModel
from strands.models.model import CacheConfig

from agentkit.models.accounting import UsageMeter
from agentkit.models.managed import ManagedModel
from agentkit.models.providers import Target
from agentkit.models.resilience import Guard


class ManagedAnthropicModel(ManagedModel, AnthropicModel):
    """An `AnthropicModel` whose calls are retried, circuit-broken and metered."""

    provider = "anthropic"


def build(target: Target, guard: Guard, meter: UsageMeter) -> ManagedAnthropicModel:
    config = target.config
    client_args: dict[str, Any] = {"api_key": target.api_key, "max_retries": 0}
    if config.base_url:
        client_args["base_url"] = config.base_url
    options: dict[str, Any] = {"model_id": target.model_id, "max_tokens": config.max_tokens}
    if config.temperature is not None:
        options["params"] = {"temperature": config.temperature}
    if config.prompt_caching:
        options["cache_config"] = CacheConfig(strategy="auto", tools_ttl=True)
    return ManagedAnthropicModel(guard=guard, meter=meter, client_args=client_args, **options)
