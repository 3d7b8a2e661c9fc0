"""Token and cost accounting: the price formula, the price lookup, overrides, and the ledger of a real agent run."""

from __future__ import annotations

from decimal import Decimal

import pytest
from strands import Agent, tool

from agentkit.models import Prices, Usage, UsageMeter, build_model, converse_client, cost
from agentkit.models.accounting import COLUMNS

HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"


def test_cost_is_tokens_times_price_per_million_exactly() -> None:
    usage = Usage(input_tokens=1000, output_tokens=500, cache_read_tokens=2000, cache_write_tokens=3000)
    # Haiku 4.5: $1 in, $5 out, $0.10 cache read, $1.25 cache write per million
    assert cost(usage, HAIKU) == Decimal("0.00745")


@pytest.mark.parametrize(
    ("model_id", "dollars"),
    [
        (HAIKU, "1"),
        (f"global.{HAIKU}", "1"),
        ("claude-haiku-4-5", "1"),
        ("claude-haiku-4-5-20251001", "1"),
        (
            f"us.{HAIKU}",
            "1.1",
        ),  # a geographic profile: +10 % over global (bedrock_profiles.GEOGRAPHIC_SURCHARGE)
        (f"eu.{HAIKU}", "1.1"),
    ],
)
def test_profile_and_anthropic_api_ids_cost_what_the_model_costs(model_id: str, dollars: str) -> None:
    assert cost(Usage(input_tokens=10**6), model_id) == Decimal(dollars)


def test_an_anthropic_id_is_not_mistaken_for_a_newer_version() -> None:
    assert cost(Usage(input_tokens=10**6), "claude-sonnet-4") is None  # not Sonnet 4.5


def test_cache_tokens_without_a_cache_price_cost_the_input_rate() -> None:
    # Nova Lite has a cache-read price but no cache-write price
    usage = Usage(cache_read_tokens=10**6, cache_write_tokens=10**6)
    assert cost(usage, "amazon.nova-lite-v1:0") == Decimal("0.015") + Decimal("0.06")


def test_an_unknown_model_has_no_cost_and_a_note_saying_how_to_price_it() -> None:
    meter = UsageMeter()
    record = meter.record("openai", "llama3.1", Usage(input_tokens=5))
    assert cost(Usage(input_tokens=5), "llama3.1") is None and record.cost is None
    assert "no price known for 'llama3.1'" in (record.note or "") and "prices=" in (record.note or "")


def test_prices_can_be_overridden_by_model_or_by_bare_id() -> None:
    contract = Prices(input=Decimal("0.5"), output=Decimal("2"))
    usage = Usage(input_tokens=10**6, output_tokens=10**6)
    assert cost(usage, "llama3.1", {"llama3.1": contract}) == Decimal("2.5")
    assert cost(usage, f"us.{HAIKU}", {HAIKU: contract}) == Decimal("2.5")
    assert UsageMeter(prices={HAIKU: contract}).record("bedrock", f"eu.{HAIKU}", usage).cost == Decimal("2.5")


def test_usage_is_normalised_to_bedrocks_meaning() -> None:
    converse = {"inputTokens": 7, "outputTokens": 3, "cacheReadInputTokens": 20, "cacheWriteInputTokens": 5}
    assert Usage.from_converse(converse, 12) == Usage(
        input_tokens=7, output_tokens=3, cache_read_tokens=20, cache_write_tokens=5, latency_ms=12
    )
    # OpenAI's prompt_tokens include the cached ones (Strands passes them through as inputTokens)
    openai = {"inputTokens": 100, "outputTokens": 3, "cacheReadInputTokens": 60}
    assert Usage.from_strands(openai, "openai").input_tokens == 40
    assert Usage.from_strands(openai, "anthropic").input_tokens == 100


def test_totals_and_the_dataframe() -> None:
    meter = UsageMeter()
    assert list(meter.to_dataframe().columns) == COLUMNS  # also when empty
    meter.record("bedrock", HAIKU, Usage(input_tokens=10**6, latency_ms=5))
    meter.record("openai", "llama3.1", Usage(output_tokens=10, latency_ms=7), attempts=2)
    totals = meter.totals()
    assert (totals.calls, totals.cost, totals.unpriced_calls) == (2, Decimal(1), 1)
    assert totals.usage == Usage(input_tokens=10**6, output_tokens=10, latency_ms=12)
    frame = meter.to_dataframe()
    assert frame["attempts"].tolist() == [1, 2] and frame["cost_usd"].tolist()[0] == Decimal(1)
    meter.clear()
    assert meter.records == []


@tool
def add(a: int, b: int) -> int:
    """Add two numbers a and b."""
    return a + b


def test_every_model_call_of_an_agent_is_in_the_ledger(models_env, session, meter) -> None:
    agent = Agent(model=build_model(session=session, meter=meter), tools=[add], callback_handler=None)
    result = agent("add 2 and 3, then add 4 and 5")
    accumulated = result.metrics.accumulated_usage
    assert len(meter.records) == result.metrics.cycle_count
    assert sum(r.usage.input_tokens for r in meter.records) == accumulated["inputTokens"]
    assert sum(r.usage.output_tokens for r in meter.records) == accumulated["outputTokens"]
    assert all(r.cost is not None and r.cost > 0 for r in meter.records)


def test_converse_client_records_the_responses_usage_and_latency(models_env, session, meter) -> None:
    client = converse_client(session=session, meter=meter)
    response = client.converse(messages=[{"role": "user", "content": [{"text": "hello"}]}])
    (record,) = meter.records
    assert record.usage == Usage.from_converse(response["usage"], response["metrics"]["latencyMs"])
    assert record.model_id == client.model_id and record.attempts == 1


def test_converse_stream_records_usage_from_the_metadata_event(models_env, session, meter) -> None:
    client = converse_client(session=session, meter=meter)
    events = list(
        client.converse_stream(messages=[{"role": "user", "content": [{"text": "hello"}]}])["stream"]
    )
    metadata = events[-1]["metadata"]
    (record,) = meter.records
    assert record.usage == Usage.from_converse(metadata["usage"], metadata["metrics"]["latencyMs"])
