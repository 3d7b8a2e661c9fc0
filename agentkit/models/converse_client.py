"""The raw Bedrock path: boto3's `converse`/`converse_stream` with retries, circuit breaker and accounting.

The from-scratch ReAct loop talks Converse directly, to show what a framework hides. `ConverseClient`
keeps that loop's code plain (`client.converse(**request) -> dict`, as boto3's) and adds what the
workshop promises around every call: the configured defaults (model id, `maxTokens`, `temperature`;
the request's own values win), prompt-cache points when `prompt_caching` is on, retries and the
breaker of a `Guard`, and one ledger record per call. The boto3 client underneath has its own retries
off, so an attempt is counted once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

from agentkit.models.accounting import Usage, UsageMeter
from agentkit.models.config import ModelConfig
from agentkit.models.resilience import Guard

CACHE_POINT: dict[str, Any] = {"cachePoint": {"type": "default"}}


def with_cache_points(request: Mapping[str, Any]) -> dict[str, Any]:
    """`request` with a cache point closing the system prompt and one closing the tools.

    Those two are the prefix every turn of an agent repeats unchanged, so caching them pays from the
    second call on. A section that already holds a cache point is left as the caller placed it.
    """
    prepared = dict(request)
    system = prepared.get("system")
    if system and not _has_cache_point(system):
        prepared["system"] = [*system, CACHE_POINT]
    tool_config = prepared.get("toolConfig")
    if tool_config and tool_config.get("tools") and not _has_cache_point(tool_config["tools"]):
        prepared["toolConfig"] = {**tool_config, "tools": [*tool_config["tools"], CACHE_POINT]}
    return prepared


def _has_cache_point(blocks: list[dict[str, Any]]) -> bool:
    return any("cachePoint" in block for block in blocks)


class ConverseClient:
    """`converse(**request)` and `converse_stream(**request)` of bedrock-runtime, guarded and metered."""

    provider = "bedrock"

    def __init__(self, client: Any, model_id: str, config: ModelConfig, guard: Guard, meter: UsageMeter):
        self.client = client
        self.model_id = model_id
        self.config = config
        self.guard = guard
        self.meter = meter

    def converse(self, **request: Any) -> dict[str, Any]:
        prepared = self._prepare(request)
        started = time.perf_counter()
        response, attempts = self.guard.call(lambda: self.client.converse(**prepared))
        self._record(prepared["modelId"], response["usage"], response.get("metrics"), started, attempts)
        return response

    def converse_stream(self, **request: Any) -> dict[str, Any]:
        """boto3's response, its `stream` recording usage when the `metadata` event goes by.

        Only opening the stream is retried: once events have reached the caller, a retry would repeat them.
        """
        prepared = self._prepare(request)
        started = time.perf_counter()
        response, attempts = self.guard.call(lambda: self.client.converse_stream(**prepared))
        return {
            **response,
            "stream": self._metered(response["stream"], prepared["modelId"], started, attempts),
        }

    def _metered(self, stream: Any, model_id: str, started: float, attempts: int) -> Iterator[dict[str, Any]]:
        for event in stream:
            if "metadata" in event:
                metadata = event["metadata"]
                self._record(model_id, metadata.get("usage", {}), metadata.get("metrics"), started, attempts)
            yield event

    def _prepare(self, request: Mapping[str, Any]) -> dict[str, Any]:
        prepared = {"modelId": self.model_id, **request}
        defaults: dict[str, Any] = {"maxTokens": self.config.max_tokens}
        if self.config.temperature is not None:
            defaults["temperature"] = self.config.temperature
        prepared["inferenceConfig"] = {**defaults, **(request.get("inferenceConfig") or {})}
        return with_cache_points(prepared) if self.config.prompt_caching else prepared

    def _record(
        self,
        model_id: str,
        usage: Mapping[str, Any],
        metrics: Mapping[str, Any] | None,
        started: float,
        attempts: int,
    ) -> None:
        latency_ms = (metrics or {}).get("latencyMs") or round((time.perf_counter() - started) * 1000)
        self.meter.record(self.provider, model_id, Usage.from_converse(usage, latency_ms), attempts)
