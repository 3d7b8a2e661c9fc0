"""The registry builds each provider's own Strands model, configured from ModelConfig, and they all run offline."""

from __future__ import annotations

import uuid

import pytest
from strands import Agent, tool
from strands.models.anthropic import AnthropicModel
from strands.models.bedrock import BedrockModel
from strands.models.openai import OpenAIModel
from wire import FakeOpenAI

from agentkit.models import build_model, converse_client


@tool
def add(a: int, b: int) -> int:
    """Add two numbers a and b."""
    return a + b


@pytest.mark.parametrize(
    ("region", "model_id"),
    [
        ("us-east-1", "us.anthropic.claude-haiku-4-5-20251001-v1:0"),
        ("eu-west-1", "eu.anthropic.claude-haiku-4-5-20251001-v1:0"),
        ("ap-southeast-2", "apac.anthropic.claude-haiku-4-5-20251001-v1:0"),
    ],
)
def test_bedrock_defaults_to_the_regions_inference_profile(models_env, monkeypatch, region, model_id) -> None:
    monkeypatch.setenv("AWS_REGION", region)
    model = build_model()
    assert isinstance(model, BedrockModel) and model.config["model_id"] == model_id
    assert model.client.meta.region_name == region


def test_bedrock_model_config_maps_to_strands(models_env, session) -> None:
    model = build_model(session=session, temperature=0.3, max_tokens=300, prompt_caching=True, model_id="m")
    assert isinstance(model, BedrockModel)
    config = model.get_config()
    assert (config["model_id"], config["temperature"], config["max_tokens"]) == ("m", 0.3, 300)
    assert config["cache_config"].strategy == "auto" and config["cache_config"].tools_ttl is True
    # botocore does not retry: the kit's tenacity policy does, so every attempt is counted once
    assert model.client.meta.config.retries == {"mode": "standard", "total_max_attempts": 1}


def test_anthropic_model_is_strands_own_with_the_sdk_retries_off(models_env) -> None:
    model = build_model(provider="anthropic", temperature=0.1)
    assert isinstance(model, AnthropicModel)
    assert model.config["model_id"] == "claude-haiku-4-5-20251001"  # the kit's default model, by its API id
    assert model.config["params"] == {"temperature": 0.1}
    assert model.client.max_retries == 0 and model.client.api_key == "local-simulator"
    assert str(model.client.base_url).rstrip("/") == models_env.bedrock.url


def test_openai_model_is_strands_own_with_the_sdk_retries_off(models_env, wire) -> None:
    model = build_model(provider="openai", model_id="llama3.1", base_url=wire.openai_url, api_key="ollama")
    assert isinstance(model, OpenAIModel)
    assert model.config["params"] == {"max_tokens": 2048}
    assert model.client_args == {"api_key": "ollama", "max_retries": 0, "base_url": wire.openai_url}


def test_openai_needs_a_model_name(models_env) -> None:
    with pytest.raises(ValueError, match="AGENTKIT_MODEL_ID"):
        build_model(provider="openai", api_key="k")


def test_converse_client_is_bedrock_only(models_env) -> None:
    with pytest.raises(ValueError, match="converse_client\\(\\) speaks Bedrock Converse"):
        converse_client(provider="anthropic")


def test_a_session_for_another_region_is_refused(models_env, session) -> None:
    with pytest.raises(ValueError, match="differs from the session's"):
        build_model(session=session, region="eu-west-1")


def test_anthropic_model_works_with_anthropic_2x_against_the_local_endpoint(models_env, meter) -> None:
    agent = Agent(model=build_model(provider="anthropic", meter=meter), tools=[add], callback_handler=None)
    result = agent("add 2 and 3")
    assert "5" in str(result) and result.metrics.tool_metrics["add"].call_count == 1
    assert [r.provider for r in meter.records] == ["anthropic", "anthropic"]  # tool call, then answer


def test_openai_compatible_server_answers_an_agent(models_env, wire, meter) -> None:
    model = build_model(
        provider="openai", model_id="llama3.1", base_url=wire.openai_url, api_key="k", meter=meter
    )
    result = Agent(model=model, callback_handler=None)("Say hello")
    assert str(result).strip() == FakeOpenAI.REPLY
    (record,) = meter.records
    assert (record.provider, record.model_id, record.usage.input_tokens) == ("openai", "llama3.1", 21)
    assert record.cost is None and "llama3.1" in (record.note or "")


def test_converse_client_applies_the_configured_defaults_and_the_request_wins(
    models_env, wire, session
) -> None:
    client = converse_client(session=session, base_url=wire.bedrock.url, temperature=0.4, max_tokens=99)
    client.converse(messages=[{"role": "user", "content": [{"text": "hi"}]}])
    client.converse(
        modelId="amazon.nova-lite-v1:0",
        messages=[{"role": "user", "content": [{"text": "hi"}]}],
        inferenceConfig={"maxTokens": 5},
    )
    first, second = wire.bedrock.seen
    assert first.path == "/model/us.anthropic.claude-haiku-4-5-20251001-v1:0/converse"
    assert first.body["inferenceConfig"] == {"maxTokens": 99, "temperature": 0.4}
    assert second.path == "/model/amazon.nova-lite-v1:0/converse"
    assert second.body["inferenceConfig"] == {"maxTokens": 5, "temperature": 0.4}


def test_converse_client_closes_system_and_tools_with_a_cache_point(models_env, wire, session) -> None:
    client = converse_client(session=session, base_url=wire.bedrock.url, prompt_caching=True)
    system = [{"text": f"You add numbers. {uuid.uuid4()}"}]
    tools = {"tools": [{"toolSpec": add.tool_spec}]}
    client.converse(
        messages=[{"role": "user", "content": [{"text": "add 2 and 3"}]}], system=system, toolConfig=tools
    )
    placed = [*system, {"cachePoint": {"type": "default", "ttl": "1h"}}]
    client.converse(
        messages=[{"role": "user", "content": [{"text": "add 2 and 3"}]}], system=placed, toolConfig=tools
    )
    first, second = wire.bedrock.seen
    assert first.body["system"] == [*system, {"cachePoint": {"type": "default"}}]
    assert first.body["toolConfig"]["tools"][-1] == {"cachePoint": {"type": "default"}}
    assert second.body["system"] == placed  # a cache point the caller placed is kept as placed
    assert system == [{"text": system[0]["text"]}]  # the caller's request is not modified


def test_without_a_session_clients_follow_the_environment(models_env) -> None:
    assert converse_client().client.meta.endpoint_url == models_env.bedrock.url
