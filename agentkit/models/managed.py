"""Strands models with the kit's retries, circuit breaker and accounting around every model call.

`ManagedModel` is a mixin placed in front of a Strands provider class (`ManagedBedrockModel(ManagedModel,
BedrockModel)`), so what `build_model` returns *is* a `BedrockModel`, `AnthropicModel` or `OpenAIModel`:
its configuration, request formatting and Strands' own features are untouched, and code that checks
the class or reads `model.config` keeps working. Only `stream` — the one method an agent calls the
model through (Bedrock's and Anthropic's `structured_output` go through it too) — is wrapped:

* opening the stream, up to its first event, runs under the model's `Guard` (retries, circuit breaker).
  Failures arrive there — throttling, 5xx, refused requests — before any event reaches the agent;
  an error in the middle of a stream is raised as it is, since retrying would replay events;
* the stream's `metadata` event (usage and latency, in Converse's names for every provider) is
  recorded in the meter, once per model call.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable, Mapping
from typing import Any, ClassVar

from strands.models.model import Model
from strands.types.streaming import StreamEvent

from agentkit.models.accounting import Usage, UsageMeter
from agentkit.models.config import Provider
from agentkit.models.resilience import Guard

NO_USAGE_NOTE = "the provider reported no token usage for this call"


class ManagedModel(Model):
    """Adds `guard` and `meter` to a Strands model; the provider class after it in the bases does the rest."""

    provider: ClassVar[Provider]

    def __init__(self, *, guard: Guard, meter: UsageMeter, **provider_arguments: Any):
        self.guard = guard
        self.meter = meter
        super().__init__(**provider_arguments)

    async def stream(self, *args: Any, **kwargs: Any) -> AsyncGenerator[StreamEvent, None]:
        """The provider's stream, opened under the guard and metered (arguments as the provider takes them)."""
        provider_stream: Callable[..., AsyncGenerator[StreamEvent, None]] = super().stream  # type: ignore[assignment]
        started = time.perf_counter()
        (first, events), attempts = await self.guard.call_async(
            lambda: _open(provider_stream(*args, **kwargs))
        )
        recorded = False
        try:
            if first is not None:
                recorded = self._observe(first, started, attempts)
                yield first
            async for event in events:
                recorded = self._observe(event, started, attempts) or recorded
                yield event
        finally:
            await events.aclose()
        if not recorded:
            self._record({}, {}, started, attempts, NO_USAGE_NOTE)

    def _observe(self, event: StreamEvent, started: float, attempts: int) -> bool:
        metadata = event.get("metadata")
        if metadata is None:
            return False
        self._record(metadata.get("usage") or {}, metadata.get("metrics") or {}, started, attempts)
        return True

    def _record(
        self,
        usage: Mapping[str, Any],
        metrics: Mapping[str, Any],
        started: float,
        attempts: int,
        note: str | None = None,
    ) -> None:
        latency_ms = metrics.get("latencyMs") or round((time.perf_counter() - started) * 1000)
        model_id = self.config["model_id"]  # type: ignore[attr-defined]  # every provider keeps it there
        self.meter.record(
            self.provider, model_id, Usage.from_strands(usage, self.provider, latency_ms), attempts, note
        )


async def _open(
    events: AsyncGenerator[StreamEvent, None],
) -> tuple[StreamEvent | None, AsyncGenerator[StreamEvent, None]]:
    """The first event of `events` (None if it ends at once), and the generator to read the rest from."""
    try:
        return await anext(events), events
    except StopAsyncIteration:
        return None, events
