"""Prompt caching on the local endpoint: the cache figures Bedrock reports, from cachePoint blocks."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from strands import Agent, tool

from agentkit.local.bedrock.prompt_cache import PromptCache
from agentkit.local.simulated.text import count_tokens
from agentkit.models import build_model, converse_client

CACHE_POINT = {"cachePoint": {"type": "default"}}
USAGE = {"inputTokens": 1000, "outputTokens": 10, "totalTokens": 1010}


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _request(
    system: str = "You are terse.", question: str = "hello", ttl: str | None = None
) -> dict[str, Any]:
    point = {"cachePoint": {"type": "default", **({"ttl": ttl} if ttl else {})}}
    return {
        "system": [{"text": system}, point],
        "messages": [{"role": "user", "content": [{"text": question}]}],
    }


def test_first_sight_writes_and_the_same_prefix_then_reads() -> None:
    cache = PromptCache()
    first = cache.usage("m", _request(), USAGE)
    second = cache.usage("m", _request(question="something else"), USAGE)
    prefix = count_tokens([{"text": "You are terse."}])
    assert (first["cacheWriteInputTokens"], first["cacheReadInputTokens"]) == (prefix, 0)
    assert (second["cacheWriteInputTokens"], second["cacheReadInputTokens"]) == (0, prefix)
    for usage in (first, second):  # the whole prompt is still accounted for, and the total unchanged
        assert usage["inputTokens"] + usage["cacheReadInputTokens"] + usage["cacheWriteInputTokens"] == 1000
        assert usage["totalTokens"] == 1010


def test_without_cache_points_usage_is_untouched() -> None:
    request = {"messages": [{"role": "user", "content": [{"text": "hello"}]}]}
    assert PromptCache().usage("m", request, USAGE) == USAGE


def test_entries_expire_after_5_minutes_unless_read_and_1h_points_last_longer() -> None:
    clock = Clock()
    cache = PromptCache(timer=clock)
    cache.usage("m", _request("five"), USAGE)
    cache.usage("m", _request("hour", ttl="1h"), USAGE)
    clock.now = 299
    assert cache.usage("m", _request("five"), USAGE)["cacheReadInputTokens"] > 0  # a hit renews the entry
    clock.now = 299 + 299
    assert cache.usage("m", _request("five"), USAGE)["cacheReadInputTokens"] > 0
    clock.now = 299 + 299 + 301
    assert cache.usage("m", _request("five"), USAGE)["cacheReadInputTokens"] == 0
    assert cache.usage("m", _request("hour", ttl="1h"), USAGE)["cacheReadInputTokens"] > 0


def test_entries_are_per_model() -> None:
    cache = PromptCache()
    cache.usage("model-a", _request(), USAGE)
    assert cache.usage("model-b", _request(), USAGE)["cacheReadInputTokens"] == 0


def test_the_longest_cached_prefix_is_read_and_the_rest_written() -> None:
    cache = PromptCache()
    tools = {"tools": [{"toolSpec": {"name": "t", "inputSchema": {"json": {}}}}, CACHE_POINT]}
    cache.usage("m", {**_request("version one"), "toolConfig": tools}, USAGE)
    changed = cache.usage("m", {**_request("version two"), "toolConfig": tools}, USAGE)
    tools_tokens = count_tokens(tools["tools"][:1])
    system_tokens = count_tokens([{"text": "version two"}])
    assert changed["cacheReadInputTokens"] == tools_tokens  # tools come first, and did not change
    assert changed["cacheWriteInputTokens"] == system_tokens


# --------------------------------------------------------------------------- against the local endpoint


def _system() -> list[dict[str, Any]]:
    """A system prompt no other test sends, so the session-wide endpoint's cache starts cold for it."""
    return [{"text": f"You answer questions about the weather. Session {uuid.uuid4()}. " * 3}]


def test_the_endpoint_reports_a_write_then_a_read(models_env, session, meter) -> None:
    client = converse_client(session=session, meter=meter, prompt_caching=True)
    request = {"system": _system(), "messages": [{"role": "user", "content": [{"text": "Is it sunny?"}]}]}
    first, second = client.converse(**request)["usage"], client.converse(**request)["usage"]
    assert first["cacheWriteInputTokens"] > 0 and first["cacheReadInputTokens"] == 0
    assert (
        second["cacheReadInputTokens"] == first["cacheWriteInputTokens"]
        and second["cacheWriteInputTokens"] == 0
    )
    assert second["inputTokens"] == first["inputTokens"] and second["totalTokens"] == first["totalTokens"]
    written, read = meter.records
    assert written.usage.cache_write_tokens == read.usage.cache_read_tokens > 0
    assert read.cost is not None and written.cost is not None and read.cost < written.cost


def test_the_model_is_given_the_prompt_without_cache_points(models_env, session) -> None:
    request = {"system": _system(), "messages": [{"role": "user", "content": [{"text": "Is it sunny?"}]}]}
    plain = converse_client(session=session).converse(**request)
    cached = converse_client(session=session, prompt_caching=True).converse(**request)
    assert cached["output"] == plain["output"]
    usage = cached["usage"]
    assert (
        usage["inputTokens"] + usage["cacheReadInputTokens"] + usage["cacheWriteInputTokens"]
        == (plain["usage"]["inputTokens"])
    )


def test_converse_stream_carries_the_cache_figures(models_env, session, meter) -> None:
    client = converse_client(session=session, meter=meter, prompt_caching=True)
    request = {"system": _system(), "messages": [{"role": "user", "content": [{"text": "Is it sunny?"}]}]}
    client.converse(**request)
    events = list(client.converse_stream(**request)["stream"])
    assert events[-1]["metadata"]["usage"]["cacheReadInputTokens"] > 0
    assert meter.records[-1].usage.cache_read_tokens > 0


@tool
def forecast(city: str) -> str:
    """Get the weather forecast for a city."""
    return f"Sunny in {city}"


@pytest.mark.parametrize("caching", [True, False])
def test_a_strands_agent_with_caching_reads_system_and_tools_from_the_cache(
    models_env, wire, session, meter, caching
) -> None:
    model = build_model(session=session, base_url=wire.bedrock.url, meter=meter, prompt_caching=caching)
    agent = Agent(model=model, tools=[forecast], system_prompt=_system()[0]["text"], callback_handler=None)
    agent("What is the forecast for Paris?")
    body = wire.bedrock.seen[0].body
    has_points = [body["system"][-1] == CACHE_POINT, body["toolConfig"]["tools"][-1] == CACHE_POINT]
    assert has_points == [caching, caching]
    first, second = meter.records  # the tool call, then the answer: the second reads the first's prefix
    assert (first.usage.cache_write_tokens > 0, second.usage.cache_read_tokens > 0) == (caching, caching)
