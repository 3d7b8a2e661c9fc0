"""`agentkit.models.spend.sample_when_paying`: free runs are whole and silent; paid runs are sampled and priced."""

from __future__ import annotations

import importlib
from decimal import Decimal

import pytest

from agentkit import bedrock_models
from agentkit.bedrock_profiles import GEOGRAPHIC_SURCHARGE, ResolvedModel
from agentkit.connect import Connection
from agentkit.models.spend import Estimate, sample_when_paying

connect_module = importlib.import_module("agentkit.connect")
HAIKU = bedrock_models.DEFAULT_MODEL
ITEMS = list(range(60))


def per_item(n: int) -> Estimate:
    return Estimate(calls=2 * n, input_tokens=1_000 * n, output_tokens=100 * n)


def _aws(monkeypatch, prefix: str = "global") -> None:
    kind = "global" if prefix == "global" else "geographic"
    model = ResolvedModel(model_id=HAIKU, invocation_id=f"{prefix}.{HAIKU}", kind=kind, region="us-west-2")
    connection = Connection("aws", "us-west-2", model.invocation_id, {}, "test", model=model)
    monkeypatch.setattr(connect_module, "_current", connection)


def test_without_a_paid_connection_every_item_runs_and_nothing_is_printed(monkeypatch, capsys) -> None:
    monkeypatch.setattr(connect_module, "_current", None)
    assert sample_when_paying(ITEMS, sample=5, full_run=False, estimate=per_item) == ITEMS
    assert capsys.readouterr().out == ""


def test_on_aws_a_sample_runs_and_the_line_says_calls_and_cost(monkeypatch, capsys) -> None:
    _aws(monkeypatch)
    assert sample_when_paying(ITEMS, sample=5, full_run=False, estimate=per_item) == ITEMS[:5]
    info = bedrock_models.MODELS[HAIKU]
    cost = (
        5_000 * Decimal(str(info.input_per_million)) + 500 * Decimal(str(info.output_per_million))
    ) / 10**6
    out = capsys.readouterr().out
    assert "a sample of 5 of 60 (set FULL_RUN = True for all, about 120 calls)" in out
    assert f"about 10 model calls, 5,000 input and 500 output tokens, about ${cost:.2f}" in out


def test_on_aws_the_full_run_is_priced_with_the_geographic_surcharge(monkeypatch, capsys) -> None:
    _aws(monkeypatch, "us")  # a `us.` profile, chosen because no global one is offered
    assert sample_when_paying(ITEMS, sample=5, full_run=True, estimate=per_item) == ITEMS
    info = bedrock_models.MODELS[HAIKU]
    base = (
        60_000 * Decimal(str(info.input_per_million)) + 6_000 * Decimal(str(info.output_per_million))
    ) / 10**6
    out = capsys.readouterr().out
    assert "the full run of 60" in out
    assert f"about ${base * Decimal(str(1 + GEOGRAPHIC_SURCHARGE)):.2f}" in out


def test_an_estimate_is_validated() -> None:
    with pytest.raises(ValueError):
        Estimate(calls=-1, input_tokens=0, output_tokens=0)
