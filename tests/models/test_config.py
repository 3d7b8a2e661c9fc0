"""ModelConfig from the environment, and the API key from configuration or AWS Secrets Manager (moto)."""

from __future__ import annotations

import json
import uuid

import boto3
import pytest

from agentkit.models import BreakerSettings, ModelConfig, RetryPolicy
from agentkit.models.secrets import api_key


def test_defaults_are_the_seeds() -> None:
    config = ModelConfig.from_env({})
    assert (config.provider, config.model_id, config.max_tokens, config.prompt_caching) == (
        "bedrock",
        None,
        2048,
        False,
    )
    assert config.retry == RetryPolicy(max_attempts=3, initial_delay_s=0.1, backoff=2, max_delay_s=10)
    assert config.breaker == BreakerSettings(fail_max=5, reset_timeout_s=30)


def test_every_variable_is_read_for_the_provider_configured() -> None:
    environ = {
        "AGENTKIT_PROVIDER": " Anthropic ",
        "AGENTKIT_MODEL_ID": "claude-sonnet-4-5",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "ANTHROPIC_BASE_URL": "http://127.0.0.1:9/",
        "ANTHROPIC_API_KEY": "sk-ant-from-env",
        "OPENAI_API_KEY": "sk-openai-not-this-one",
        "AGENTKIT_TEMPERATURE": "0.2",
        "AGENTKIT_MAX_TOKENS": "512",
        "AGENTKIT_PROMPT_CACHING": "yes",
    }
    config = ModelConfig.from_env(environ)
    assert config.provider == "anthropic" and config.model_id == "claude-sonnet-4-5"
    assert config.region == "eu-west-1" and config.base_url == "http://127.0.0.1:9/"
    assert config.api_key is not None and config.api_key.get_secret_value() == "sk-ant-from-env"
    assert (config.temperature, config.max_tokens, config.prompt_caching) == (0.2, 512, True)


def test_openai_reads_its_own_variables_and_agentkit_base_url_wins() -> None:
    environ = {
        "AGENTKIT_PROVIDER": "openai",
        "OPENAI_API_KEY": "ollama",
        "OPENAI_BASE_URL": "http://elsewhere/v1",
        "AGENTKIT_BASE_URL": "http://localhost:11434/v1",
        "ANTHROPIC_API_KEY": "not-this-one",
    }
    config = ModelConfig.from_env(environ)
    assert config.base_url == "http://localhost:11434/v1"
    assert config.api_key is not None and config.api_key.get_secret_value() == "ollama"


def test_overrides_win_over_the_environment_and_are_validated() -> None:
    config = ModelConfig.from_env({"AGENTKIT_PROVIDER": "bedrock"}, provider="openai", max_tokens=64)
    assert (config.provider, config.max_tokens) == ("openai", 64)
    assert config.with_overrides(temperature=0.5).temperature == 0.5
    with pytest.raises(ValueError, match="max_tokens"):
        config.with_overrides(max_tokens=0)


def test_the_key_is_not_shown() -> None:
    config = ModelConfig(provider="anthropic", api_key="sk-ant-secret-value")
    assert "sk-ant-secret-value" not in repr(config) and "sk-ant-secret-value" not in str(config.model_dump())


@pytest.mark.parametrize(
    ("variable", "value", "field"),
    [
        ("AGENTKIT_PROVIDER", "azure", "provider"),
        ("AGENTKIT_TEMPERATURE", "hot", "temperature"),
        ("AGENTKIT_MAX_TOKENS", "-1", "max_tokens"),
        ("AGENTKIT_PROMPT_CACHING", "maybe", "prompt_caching"),
    ],
)
def test_invalid_settings_name_the_field(variable: str, value: str, field: str) -> None:
    with pytest.raises(ValueError, match=f"Invalid model configuration \\({field}"):
        ModelConfig.from_env({variable: value})


def test_bedrock_takes_no_api_key() -> None:
    with pytest.raises(ValueError, match="SigV4"):
        ModelConfig(provider="bedrock", api_key="sk-whatever")
    # the key settings of other providers in the environment do not get in the way
    environ = {"ANTHROPIC_API_KEY": "sk-ant", "AGENTKIT_API_KEY_SECRET": "agentkit/anthropic"}
    config = ModelConfig.from_env(environ)
    assert config.api_key is None and config.api_key_secret is None


# --------------------------------------------------------------------------- API key resolution


def test_the_configured_key_is_used_without_a_secret() -> None:
    assert api_key(ModelConfig(provider="openai", api_key="sk-config")) == "sk-config"


@pytest.mark.parametrize(
    ("provider", "hint"),
    [("anthropic", "set ANTHROPIC_API_KEY"), ("openai", "Ollama and vLLM accept any value")],
)
def test_no_key_says_where_to_put_one(provider: str, hint: str) -> None:
    with pytest.raises(ValueError, match=hint) as raised:
        api_key(ModelConfig(provider=provider))
    assert "AGENTKIT_API_KEY_SECRET" in str(raised.value)


def _secret(value: str) -> str:
    name = f"agentkit/test/{uuid.uuid4().hex[:8]}"
    boto3.client("secretsmanager").create_secret(Name=name, SecretString=value)
    return name


@pytest.mark.parametrize(
    "stored",
    [
        "sk-ant-from-secret",
        '{"api_key": "sk-ant-from-secret"}',
        '{"ANTHROPIC_API_KEY": "sk-ant-from-secret"}',
    ],
)
def test_a_secret_in_secrets_manager_wins_over_the_variable(models_env, stored: str) -> None:
    name = _secret(stored)
    config = ModelConfig.from_env(
        {
            "AGENTKIT_PROVIDER": "anthropic",
            "ANTHROPIC_API_KEY": "local-simulator",
            "AGENTKIT_API_KEY_SECRET": name,
        }
    )
    assert api_key(config) == "sk-ant-from-secret"


def test_a_secret_is_found_by_its_arn(models_env) -> None:
    arn = boto3.client("secretsmanager").create_secret(Name=f"k-{uuid.uuid4().hex[:8]}", SecretString="sk-1")[
        "ARN"
    ]
    assert api_key(ModelConfig(provider="openai", api_key_secret=arn)) == "sk-1"


def test_a_missing_secret_is_explained(models_env) -> None:
    with pytest.raises(
        ValueError, match="Could not read the API key from secret 'no-such-secret'.*ResourceNotFound"
    ):
        api_key(ModelConfig(provider="anthropic", api_key_secret="no-such-secret"))


def test_a_json_secret_without_the_key_lists_its_members_not_their_values(models_env) -> None:
    name = _secret(json.dumps({"username": "u", "password": "hunter2"}))
    with pytest.raises(ValueError, match="members: password, username") as raised:
        api_key(ModelConfig(provider="anthropic", api_key_secret=name))
    assert "hunter2" not in str(raised.value)
