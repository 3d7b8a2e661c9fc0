"""OpenAI-compatible servers (Ollama, vLLM, LM Studio, OpenAI) through Strands' `OpenAIModel`.

Chat completions with a bearer key, at `base_url` (e.g. `http://localhost:11434/v1` for Ollama).
`max_tokens` is sent under that name, which the self-hosted servers read. Such servers cache prompt
prefixes on their own, so `prompt_caching` adds nothing here. The SDK's own retries are off
(`max_retries=0`): the `Guard` retries.
"""

from __future__ import annotations

from typing import Any

from strands.models.openai import OpenAIModel

from agentkit.models.accounting import UsageMeter
from agentkit.models.managed import ManagedModel
from agentkit.models.providers import Target
from agentkit.models.resilience import Guard


class ManagedOpenAIModel(ManagedModel, OpenAIModel):
    """An `OpenAIModel` whose calls are retried, circuit-broken and metered."""

    provider = "openai"


def build(target: Target, guard: Guard, meter: UsageMeter) -> ManagedOpenAIModel:
    config = target.config
    client_args: dict[str, Any] = {"api_key": target.api_key, "max_retries": 0}
    if config.base_url:
        client_args["base_url"] = config.base_url
    params: dict[str, Any] = {"max_tokens": config.max_tokens}
    if config.temperature is not None:
        params["temperature"] = config.temperature
    return ManagedOpenAIModel(
        guard=guard, meter=meter, client_args=client_args, model_id=target.model_id, params=params
    )
