"""The seed's correctness properties for model providers (5, 8, 57–60), as Hypothesis tests.

Requests go over real HTTP to the local endpoint (Bedrock Converse, the Anthropic Messages API) through a
recording proxy, or to a fake OpenAI-compatible server, so the assertions are about what reaches the wire.
Failures are the local endpoint's seeded fault injection; only the sleep between retries is faked.
"""

from __future__ import annotations

import logging
import string
import uuid
from typing import Any, get_args

import boto3
import pytest
from botocore.exceptions import ClientError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strands import Agent

from agentkit.local.bedrock import FaultConfig
from agentkit.local.bedrock.faults import ErrorCode, Faults
from agentkit.local.bedrock.protocol import BedrockError
from agentkit.models import ModelConfig, ModelUnavailableError, UsageMeter, build_model, converse_client
from agentkit.models.resilience import TRANSIENT_CODES

PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

PROVIDERS = ("bedrock", "anthropic", "openai")
TRANSIENT = [code for code in get_args(ErrorCode) if code in TRANSIENT_CODES]
"""The transient errors the local endpoint can inject."""
BEDROCK_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
ANTHROPIC_ID = "claude-haiku-4-5-20251001"
OPENAI_ID = "llama3.1"

questions = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=60
).filter(lambda text: text.strip())
api_keys = st.text(string.ascii_letters + string.digits + "-_.~+/=", min_size=1, max_size=64)


def _model(provider: str, wire: Any, session: boto3.Session, meter: UsageMeter, **overrides: Any) -> Any:
    """A model of `provider` whose requests go to the recording endpoints."""
    if provider == "bedrock":
        return build_model(session=session, base_url=wire.bedrock.url, meter=meter, **overrides)
    if provider == "anthropic":
        return build_model(provider="anthropic", base_url=wire.bedrock.url, meter=meter, **overrides)
    return build_model(
        provider="openai",
        model_id=OPENAI_ID,
        base_url=wire.openai_url,
        meter=meter,
        **{"api_key": "k", **overrides},
    )


def _calls(wire: Any) -> dict[str, int]:
    """Requests per provider as seen on the wire."""
    paths = [seen.path for seen in wire.bedrock.seen]
    return {
        "bedrock": sum(path.startswith("/model/") for path in paths),
        "anthropic": sum(path == "/v1/messages" for path in paths),
        "openai": len(wire.openai.seen),
    }


def _reset(wire: Any, meter: UsageMeter) -> None:
    wire.bedrock.clear()
    wire.openai.clear()
    meter.clear()


@pytest.fixture
def models(models_env, wire, session, meter) -> dict[str, Any]:
    """One model per provider, recording into `meter`, built once per test (the examples reuse them)."""
    return {provider: _model(provider, wire, session, meter) for provider in PROVIDERS}


@PROPERTY
@given(provider=st.sampled_from(PROVIDERS), inputs=st.lists(questions, min_size=1, max_size=3))
def test_property_5_provider_invoked_exactly_once(wire, meter, models, provider, inputs) -> None:
    """One model call per input when the agent has no tools and nothing fails."""
    _reset(wire, meter)
    agent = Agent(model=models[provider], callback_handler=None)
    for number, question in enumerate(inputs, start=1):
        agent(question)
        assert _calls(wire)[provider] == number
        assert len(meter.records) == number
    assert all(record.attempts == 1 and record.provider == provider for record in meter.records)


def _predicted_outcomes(config: FaultConfig, attempts: int) -> list[str | None]:
    """The error code (or None: success) the endpoint gives each attempt — the same seeded draws it makes."""
    faults = Faults(config)
    outcomes: list[str | None] = []
    for _ in range(attempts):
        try:
            faults.apply(BEDROCK_ID)
            outcomes.append(None)
        except BedrockError as error:
            outcomes.append(error.code)
    return outcomes


fault_configs = st.builds(
    lambda rates, seed: FaultConfig(error_rates=rates, seed=seed),
    rates=st.dictionaries(
        st.sampled_from([*TRANSIENT, "ValidationException", "AccessDeniedException"]),
        st.floats(0.05, 0.5),
        max_size=2,
    ),
    seed=st.integers(0, 2**32),
)


@PROPERTY
@given(faults=fault_configs, max_attempts=st.sampled_from([3, 3, 3, 10]))
def test_property_8_retries_up_to_3_with_backoff(
    models_env, wire, session, admin, meter, faults, max_attempts
) -> None:
    """Any sequence of failures: at most 3 attempts (the seed's policy), waits ×2 from 100 ms, capped at 10 s."""
    policy = ModelConfig().retry.model_copy(update={"max_attempts": max_attempts})
    assert ModelConfig().retry.max_attempts == 3
    sleeps: list[float] = []
    client = converse_client(session=session, base_url=wire.bedrock.url, sleep=sleeps.append, retry=policy)
    admin.set_faults(faults)
    _reset(wire, meter)
    outcomes = _predicted_outcomes(faults, max_attempts)
    stop = next((i for i, code in enumerate(outcomes) if code is None or code not in TRANSIENT), None)
    expected = max_attempts if stop is None else stop + 1
    try:
        client.converse(messages=[{"role": "user", "content": [{"text": "hello"}]}])
        outcome = None
    except ModelUnavailableError:  # every attempt failed with an error worth retrying
        outcome = "gave up"
    except ClientError as error:  # a caller error: raised at once, as the provider raised it
        outcome = error.response["Error"]["Code"]
    assert outcome == ("gave up" if stop is None else outcomes[stop])
    assert len(wire.bedrock.seen) == expected <= max_attempts
    assert sleeps == pytest.approx([min(0.1 * 2**n, 10.0) for n in range(expected - 1)])


@PROPERTY
@given(provider=st.sampled_from(PROVIDERS), question=questions)
def test_property_57_configured_provider_used_exclusively(
    models_env, wire, session, monkeypatch, provider, question
) -> None:
    """With every provider's endpoint and key configured, only the one AGENTKIT_PROVIDER names is called."""
    environment = {
        "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": wire.bedrock.url,
        "ANTHROPIC_BASE_URL": wire.bedrock.url,
        "ANTHROPIC_API_KEY": "sk-ant",
        "OPENAI_BASE_URL": wire.openai_url,
        "OPENAI_API_KEY": "sk-openai",
        "AGENTKIT_PROVIDER": provider,
        "AGENTKIT_MODEL_ID": {"bedrock": BEDROCK_ID, "anthropic": ANTHROPIC_ID, "openai": OPENAI_ID}[
            provider
        ],
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    meter = UsageMeter()
    _reset(wire, meter)
    model = build_model(session=session, meter=meter)
    Agent(model=model, callback_handler=None)(question)
    assert _calls(wire) == {name: int(name == provider) for name in PROVIDERS}
    assert [(r.provider, r.model_id) for r in meter.records] == [(provider, environment["AGENTKIT_MODEL_ID"])]


@PROPERTY
@given(provider=st.sampled_from(PROVIDERS), key=api_keys, source=st.sampled_from(["config", "env", "secret"]))
def test_property_58_api_key_included(
    models_env, wire, session, meter, monkeypatch, provider, key, source
) -> None:
    """The configured key is in the request's headers (anthropic, openai); Bedrock requests are SigV4-signed."""
    _reset(wire, meter)
    where = {
        "bedrock": {"base_url": wire.bedrock.url},
        "anthropic": {"provider": "anthropic", "base_url": wire.bedrock.url},
        "openai": {"provider": "openai", "model_id": OPENAI_ID, "base_url": wire.openai_url},
    }[provider]
    if provider == "bedrock":
        key_setting = {}
    elif source == "config":
        key_setting = {"api_key": key}
    elif source == "env":
        monkeypatch.setenv({"anthropic": "ANTHROPIC_API_KEY", "openai": "OPENAI_API_KEY"}[provider], key)
        key_setting = {}
    else:
        name = f"agentkit/{provider}/{uuid.uuid4().hex[:8]}"
        session.client("secretsmanager").create_secret(Name=name, SecretString=key)
        key_setting = {"api_key_secret": name}
    model = build_model(session=session, meter=meter, **where, **key_setting)
    Agent(model=model, callback_handler=None)("hello")
    (seen,) = [*wire.bedrock.seen, *wire.openai.seen]
    headers = {name.lower(): value for name, value in seen.headers.items()}
    if provider == "bedrock":
        assert headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=testing/")
        assert "/us-east-1/bedrock/aws4_request" in headers["authorization"] and "x-api-key" not in headers
    elif provider == "anthropic":  # anthropic 2.x sends the key as a bearer token; 0.x sent x-api-key
        assert headers.get("authorization") == f"Bearer {key}" or headers.get("x-api-key") == key
    else:
        assert headers["authorization"] == f"Bearer {key}"


@PROPERTY
@given(code=st.sampled_from(TRANSIENT), rate=st.floats(0.3, 1.0), seed=st.integers(0, 2**32))
def test_property_59_failures_logged_and_retried(
    models_env, wire, session, admin, caplog, code, rate, seed
) -> None:
    """Every failed attempt that is retried is logged with its error; a call that gives up says so."""
    admin.set_faults({"error_rates": {code: rate}, "seed": seed})
    client = converse_client(session=session, base_url=wire.bedrock.url, sleep=lambda _: None)
    wire.bedrock.clear()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="agentkit.models.resilience"):
        try:
            client.converse(messages=[{"role": "user", "content": [{"text": "hello"}]}])
            gave_up = False
        except ModelUnavailableError:
            gave_up = True
    attempts = len(wire.bedrock.seen)
    retries = [r for r in caplog.records if r.levelno == logging.WARNING and "retrying in" in r.getMessage()]
    giving_up = [r for r in caplog.records if r.levelno == logging.ERROR and "giving up" in r.getMessage()]
    assert len(retries) == (attempts - 1) and attempts <= 3
    assert all(code in r.getMessage() and BEDROCK_ID in r.getMessage() for r in retries)
    assert len(giving_up) == int(gave_up) and (not gave_up or attempts == 3)


@PROPERTY
@given(question=questions, system=questions)
def test_property_60_request_format_adapts(wire, meter, models, question, system) -> None:
    """The same agent question goes out as Converse, as a Messages API request, and as a chat completion."""
    _reset(wire, meter)
    for provider in PROVIDERS:
        Agent(model=models[provider], system_prompt=system, callback_handler=None)(question)
    converse, messages = wire.bedrock.seen
    (chat,) = wire.openai.seen
    max_tokens = ModelConfig().max_tokens  # one configuration setting, three spellings on the wire

    assert converse.path == f"/model/{BEDROCK_ID}/converse-stream"
    assert converse.body["messages"] == [{"role": "user", "content": [{"text": question}]}]
    assert converse.body["system"] == [{"text": system}]
    assert converse.body["inferenceConfig"] == {"maxTokens": max_tokens}

    assert messages.path == "/v1/messages"
    assert messages.body["model"] == ANTHROPIC_ID and messages.body["max_tokens"] == max_tokens
    assert messages.body["messages"] == [{"role": "user", "content": [{"type": "text", "text": question}]}]
    assert messages.body["system"] == [{"type": "text", "text": system}] and messages.body["stream"] is True

    assert chat.path == "/v1/chat/completions"
    assert chat.body["model"] == OPENAI_ID and chat.body["max_tokens"] == max_tokens
    assert chat.body["messages"] == [
        {"role": "system", "content": system},
        {"role": "user", "content": [{"type": "text", "text": question}]},
    ]
    assert [r.provider for r in meter.records] == list(PROVIDERS)
