"""One place that builds models: `build_model()` for Strands agents, `converse_client()` for raw Converse.

The provider is configuration (`ModelConfig.provider`, `AGENTKIT_PROVIDER`); the code that uses the model
is the same for all three, and each provider's Strands class formats the request its API expects —
Converse for Bedrock, the Messages API for Anthropic, chat completions for OpenAI-compatible servers.

As in Strands, each provider lives in its own module, imported only when that provider is built: the
anthropic and openai SDKs take seconds to import and a Bedrock-only notebook never needs them.
Every model gets its own `Guard` (retries and circuit breaker); agents that should share a breaker share
the model object. Calls are recorded in `meter` (default: the process-wide `accounting.meter`).

Defaults: on Bedrock the id `agentkit.connect()` chose and showed for the kit's default model
(`bedrock_models.DEFAULT_MODEL`) — on AWS the profile Bedrock lists for the region — or, with no connection
(a deployed function), the table's profile for the region (`us.`/`eu.`/`apac.`); on the Anthropic API
the same model by its Anthropic id; an OpenAI-compatible server has no default — its models are whatever
it serves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, cast

import boto3

from agentkit import bedrock_models
from agentkit.models import accounting, secrets
from agentkit.models.accounting import UsageMeter
from agentkit.models.config import ModelConfig, Provider
from agentkit.models.converse_client import ConverseClient
from agentkit.models.resilience import BOTO_CONFIG, Guard
from agentkit.sessions import new_session

if TYPE_CHECKING:
    from strands.models.model import Model


@dataclass(frozen=True)
class Target:
    """A configuration resolved: the model id, region, session and key a provider module builds with."""

    config: ModelConfig
    model_id: str
    region: str | None
    session: boto3.Session
    api_key: str | None


class ProviderModule(Protocol):
    """What a provider module (`agentkit.models.strands_<provider>`) offers the registry."""

    def build(self, target: Target, guard: Guard, meter: UsageMeter) -> Model: ...


def _bedrock_default(region: str | None) -> str:
    if not region:
        raise ValueError(
            "Bedrock needs a region: set AWS_REGION (for example us-west-2) or ModelConfig.region."
        )
    from agentkit.connect import current

    connection = current()
    if connection is not None and connection.region == region:
        return (
            connection.model_id
        )  # on AWS the profile Bedrock offers (ListInferenceProfiles), as the banner said
    return bedrock_models.MODELS[bedrock_models.DEFAULT_MODEL].invocation_id(region)


def _anthropic_default(region: str | None) -> str:
    """The kit's default model by its Anthropic API id: `anthropic.claude-x-20251001-v1:0` → `claude-x-20251001`."""
    return bedrock_models.DEFAULT_MODEL.removeprefix("anthropic.").rsplit("-v", 1)[0]


def _openai_default(region: str | None) -> str:
    raise ValueError(
        "Name the model the OpenAI-compatible server should run: set AGENTKIT_MODEL_ID "
        "(for example llama3.1 on Ollama) or ModelConfig.model_id."
    )


@dataclass(frozen=True)
class ProviderEntry:
    module: str
    default_model_id: Callable[[str | None], str]


PROVIDERS: dict[Provider, ProviderEntry] = {
    "bedrock": ProviderEntry("agentkit.models.strands_bedrock", _bedrock_default),
    "anthropic": ProviderEntry("agentkit.models.strands_anthropic", _anthropic_default),
    "openai": ProviderEntry("agentkit.models.strands_openai", _openai_default),
}


def build_model(
    config: ModelConfig | None = None,
    *,
    meter: UsageMeter | None = None,
    session: boto3.Session | None = None,
    sleep: Callable[[float], None] | None = None,
    **overrides: Any,
) -> Model:
    """The Strands model `config` describes (default: `ModelConfig.from_env()`), guarded and metered.

    `overrides` replace configuration fields (`build_model(provider="anthropic")`); `session` signs
    Bedrock calls and reads secrets (default: a new session from the environment); `sleep` replaces the
    wait between retries (tests pass a recorder).
    """
    target = resolve(config, session, overrides)
    module = cast(ProviderModule, importlib.import_module(PROVIDERS[target.config.provider].module))
    return module.build(target, _guard(target, sleep), meter or accounting.meter)


def converse_client(
    config: ModelConfig | None = None,
    *,
    meter: UsageMeter | None = None,
    session: boto3.Session | None = None,
    sleep: Callable[[float], None] | None = None,
    **overrides: Any,
) -> ConverseClient:
    """A bedrock-runtime client for raw Converse calls, guarded and metered (the ReAct loop's client)."""
    target = resolve(config, session, overrides)
    if target.config.provider != "bedrock":
        raise ValueError(
            f"converse_client() speaks Bedrock Converse, but the provider is {target.config.provider!r}; "
            "use build_model() for the Anthropic API or an OpenAI-compatible server."
        )
    client = target.session.client(
        "bedrock-runtime", region_name=target.region, endpoint_url=target.config.base_url, config=BOTO_CONFIG
    )
    return ConverseClient(
        client, target.model_id, target.config, _guard(target, sleep), meter or accounting.meter
    )


def resolve(config: ModelConfig | None, session: boto3.Session | None, overrides: dict[str, Any]) -> Target:
    """Fill in what the configuration leaves to defaults: region, model id, session and API key."""
    config = ModelConfig.from_env(**overrides) if config is None else config.with_overrides(**overrides)
    session = session or new_session(config.region)
    if config.region and session.region_name and config.region != session.region_name:
        raise ValueError(
            f"The configured region {config.region!r} differs from the session's {session.region_name!r}; "
            "give a session for that region, or leave ModelConfig.region unset."
        )
    region = config.region or session.region_name
    model_id = config.model_id or PROVIDERS[config.provider].default_model_id(region)
    key = None if config.provider == "bedrock" else secrets.api_key(config, session)
    return Target(config, model_id, region, session, key)


def _guard(target: Target, sleep: Callable[[float], None] | None) -> Guard:
    config = target.config
    return Guard(
        config.provider, target.model_id, config.retry, config.breaker, region=target.region, sleep=sleep
    )
