"""Token and cost accounting: what every model call used, and what it costs at Bedrock's listed prices.

Every call made through `build_model` or `converse_client` is recorded in a `UsageMeter` (by default the
process-wide `meter`): provider, model, tokens, cost, latency and attempts. A notebook shows the ledger
with `meter.to_dataframe()` and the sums with `meter.totals()`.

Token figures are normalised to Bedrock's meaning, so one price formula serves every provider:
`input_tokens` are the input tokens billed at the full rate, and tokens read from or written to the
prompt cache are counted apart (Bedrock and Anthropic report them that way; OpenAI's `prompt_tokens`
include the cached ones, which are subtracted here).

Cost is `Σ tokens × price per million / 10⁶` with the prices of `agentkit.bedrock_models`, as a `Decimal`
(no float rounding in a sum of many small amounts). Cache reads and writes of a model with no cache price
are charged at the input rate. A model that table does not know — a local Ollama model, say — has cost
`None` and a note saying so; pass `prices={model_id: Prices(...)}` to price it. In local mode the token
counts are the simulated model's, so the costs are what Bedrock would charge for those counts.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from agentkit import bedrock_models
from agentkit.bedrock_profiles import GEOGRAPHIC_SURCHARGE

if TYPE_CHECKING:
    import pandas as pd

MILLION = Decimal(1_000_000)

_ANTHROPIC_API_SUFFIX = re.compile(r"(-\d{8})?(-v\d+(:\d+)?)?")
"""What a Bedrock id adds to an Anthropic API id: `claude-haiku-4-5` → `…-20251001-v1:0`."""


COLUMNS = [
    "provider",
    "model_id",
    "input_tokens",
    "output_tokens",
    "cache_read_tokens",
    "cache_write_tokens",
    "latency_ms",
    "attempts",
    "cost_usd",
    "note",
]
"""The columns of `UsageMeter.to_dataframe()`, also when the ledger is empty."""


class Usage(BaseModel):
    """Tokens and latency of one model call (or a sum of calls)."""

    model_config = ConfigDict(frozen=True)

    input_tokens: int = Field(0, ge=0, description="billed at the full input rate (cache excluded)")
    output_tokens: int = Field(0, ge=0)
    cache_read_tokens: int = Field(0, ge=0)
    cache_write_tokens: int = Field(0, ge=0)
    latency_ms: int = Field(0, ge=0, description="as the provider reports it, else measured by the client")

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens + self.cache_read_tokens + self.cache_write_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(**{name: getattr(self, name) + getattr(other, name) for name in Usage.model_fields})

    @classmethod
    def from_converse(cls, usage: Mapping[str, Any], latency_ms: int = 0) -> Usage:
        """From a Converse `usage` (also the `usage` of Strands' stream metadata, which uses its names)."""
        return cls(
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
            cache_read_tokens=usage.get("cacheReadInputTokens", 0),
            cache_write_tokens=usage.get("cacheWriteInputTokens", 0),
            latency_ms=latency_ms,
        )

    @classmethod
    def from_strands(cls, usage: Mapping[str, Any], provider: str, latency_ms: int = 0) -> Usage:
        """From the `usage` of a Strands model's metadata event, normalised for `provider`."""
        normalised = cls.from_converse(usage, latency_ms)
        if provider == "openai":  # prompt_tokens include the cached tokens
            fresh = max(
                0, normalised.input_tokens - normalised.cache_read_tokens - normalised.cache_write_tokens
            )
            normalised = normalised.model_copy(update={"input_tokens": fresh})
        return normalised


class Prices(BaseModel):
    """USD per million tokens; cache rates default to the input rate when a model has none."""

    model_config = ConfigDict(frozen=True)

    input: Decimal = Field(ge=0)
    output: Decimal = Field(ge=0)
    cache_read: Decimal | None = Field(None, ge=0)
    cache_write: Decimal | None = Field(None, ge=0)

    @classmethod
    def from_model_info(cls, info: bedrock_models.ModelInfo) -> Prices:
        def exact(value: float | None) -> Decimal | None:
            return None if value is None else Decimal(str(value))  # 0.1, not 0.1000000000000000055…

        return cls(
            input=Decimal(str(info.input_per_million)),
            output=Decimal(str(info.output_per_million)),
            cache_read=exact(info.cache_read_per_million),
            cache_write=exact(info.cache_write_per_million),
        )

    def cost(self, usage: Usage) -> Decimal:
        cache_read = self.input if self.cache_read is None else self.cache_read
        cache_write = self.input if self.cache_write is None else self.cache_write
        return (
            usage.input_tokens * self.input
            + usage.output_tokens * self.output
            + usage.cache_read_tokens * cache_read
            + usage.cache_write_tokens * cache_write
        ) / MILLION


def prices_for(model_id: str, overrides: Mapping[str, Prices] | None = None) -> Prices | None:
    """The prices of `model_id`: an override, else the listed Bedrock prices (bare, profile or API id),
    with a geographic profile's surcharge (`bedrock_profiles.GEOGRAPHIC_SURCHARGE`) for `us.`/`eu.`/`apac.` ids."""
    overrides = overrides or {}
    info = _model_info(model_id)
    for key in (model_id, info.model_id if info else None):
        if key in overrides:
            return overrides[key]
    if info is None:
        return None
    listed = Prices.from_model_info(info)
    if model_id.split(".", 1)[0] not in bedrock_models.GEOGRAPHIES:
        return listed
    factor = 1 + Decimal(str(GEOGRAPHIC_SURCHARGE))  # a geographic profile (us., eu., apac.) costs more
    return Prices(
        input=listed.input * factor,
        output=listed.output * factor,
        cache_read=None if listed.cache_read is None else listed.cache_read * factor,
        cache_write=None if listed.cache_write is None else listed.cache_write * factor,
    )


def _model_info(model_id: str) -> bedrock_models.ModelInfo | None:
    info = bedrock_models.lookup(model_id)
    if info is not None:
        return info
    bedrock_prefix = f"anthropic.{model_id}"
    for known, candidate in bedrock_models.MODELS.items():
        if known.startswith(bedrock_prefix) and _ANTHROPIC_API_SUFFIX.fullmatch(known[len(bedrock_prefix) :]):
            return candidate
    return None


def cost(usage: Usage, model_id: str, prices: Mapping[str, Prices] | None = None) -> Decimal | None:
    """USD for `usage` on `model_id`, or None when no price is known (see `unpriced_note`)."""
    found = prices_for(model_id, prices)
    return found.cost(usage) if found else None


def unpriced_note(model_id: str) -> str:
    return (
        f"no price known for {model_id!r} (not in agentkit.bedrock_models): "
        f"pass prices={{{model_id!r}: Prices(input=..., output=...)}} to price it"
    )


class CallRecord(BaseModel):
    """One model call in the ledger."""

    model_config = ConfigDict(frozen=True)

    provider: str
    model_id: str
    usage: Usage
    cost: Decimal | None
    attempts: int = Field(1, ge=1, description="1 + the retries it took")
    note: str | None = None


class Totals(BaseModel):
    """The ledger summed; `cost` sums the priced calls, `unpriced_calls` says how many had no price."""

    model_config = ConfigDict(frozen=True)

    calls: int
    usage: Usage
    cost: Decimal
    unpriced_calls: int


class UsageMeter:
    """A thread-safe ledger of model calls (agents call models from tool threads and in parallel)."""

    def __init__(self, prices: Mapping[str, Prices] | None = None):
        self.prices = dict(prices or {})
        self._records: list[CallRecord] = []
        self._lock = threading.Lock()

    def record(
        self, provider: str, model_id: str, usage: Usage, attempts: int = 1, note: str | None = None
    ) -> CallRecord:
        priced = cost(usage, model_id, self.prices)
        notes = [note, unpriced_note(model_id) if priced is None else None]
        note = "; ".join(n for n in notes if n) or None
        entry = CallRecord(
            provider=provider, model_id=model_id, usage=usage, cost=priced, attempts=attempts, note=note
        )
        with self._lock:
            self._records.append(entry)
        return entry

    @property
    def records(self) -> list[CallRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def totals(self) -> Totals:
        records = self.records
        return Totals(
            calls=len(records),
            usage=sum((r.usage for r in records), Usage()),
            cost=sum((r.cost for r in records if r.cost is not None), Decimal(0)),
            unpriced_calls=sum(r.cost is None for r in records),
        )

    def to_dataframe(self) -> pd.DataFrame:
        """One row per call: provider, model, token columns, latency, attempts, cost (USD) and note."""
        import pandas as pd

        rows = [
            {
                "provider": r.provider,
                "model_id": r.model_id,
                "input_tokens": r.usage.input_tokens,
                "output_tokens": r.usage.output_tokens,
                "cache_read_tokens": r.usage.cache_read_tokens,
                "cache_write_tokens": r.usage.cache_write_tokens,
                "latency_ms": r.usage.latency_ms,
                "attempts": r.attempts,
                "cost_usd": r.cost,
                "note": r.note,
            }
            for r in self.records
        ]
        return pd.DataFrame(rows, columns=COLUMNS)


meter = UsageMeter()
"""The process-wide ledger that models built without an explicit `meter=` record into."""
