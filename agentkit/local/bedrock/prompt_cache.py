"""Prompt caching on the local endpoint: `cachePoint` blocks in, Bedrock's cache figures in `usage` out.

Bedrock caches the prompt prefix that ends at each `cachePoint` block — in `toolConfig.tools`, `system`
or a message's `content`, prefixes taken in that order (tools, then system, then messages) — and reports
per call how many input tokens were read from the cache and how many written to it:

* the longest prefix already cached is *read* (`usage.cacheReadInputTokens`);
* what lies between it and the last cache point is *written* (`usage.cacheWriteInputTokens`);
* `usage.inputTokens` keeps only the tokens after the last cache point, so read + write + input is the
  whole prompt, and `totalTokens` (input of every kind + output) is unchanged.

A request without cache points gets neither field, as on Bedrock. An entry lives 5 minutes (or the
point's `ttl`, `5m` or `1h`) and each hit renews it, as Bedrock's does. Entries are keyed by the model id
and a hash of the prefix, and hold the prefix's token count (by the simulated model's counting).

The cache lives here, in the server, and not in the simulated model, which stays stateless (the same
request always gets the same answer; only the usage figures depend on what came before). The model is
given the request without its cache points: they tell the server what to cache, they are not prompt.

Not modelled: Bedrock's minimum cacheable prefix (1,024–4,096 tokens by model; shorter prefixes are not
cached there, while here any prefix is, so small examples show the figures), its limit of four cache
points per request, and the per-TTL breakdown (`cacheDetails`).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cachetools import TLRUCache

from agentkit.local.simulated.text import count_tokens

TTL_SECONDS = {"5m": 300.0, "1h": 3600.0}
DEFAULT_TTL = "5m"


@dataclass(frozen=True)
class _Prefix:
    """The prompt up to one cache point: its cache key, its size and how long it is kept."""

    key: str
    tokens: int
    ttl_s: float


def without_cache_points(request: dict[str, Any]) -> dict[str, Any]:
    """`request` with every `cachePoint` block taken out (what the model is given)."""
    stripped = {**request, "messages": [{**m, "content": _plain(m["content"])} for m in request["messages"]]}
    if "system" in request:
        stripped["system"] = _plain(request["system"])
    if (request.get("toolConfig") or {}).get("tools"):
        stripped["toolConfig"] = {**request["toolConfig"], "tools": _plain(request["toolConfig"]["tools"])}
    return stripped


def _plain(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [block for block in blocks if "cachePoint" not in block]


def _prefixes(model_id: str, request: dict[str, Any]) -> list[_Prefix]:
    """The prefix ending at each cache point of `request`, in Bedrock's order: tools, system, messages."""
    tools = (request.get("toolConfig") or {}).get("tools") or []
    system = request.get("system") or []
    messages = request.get("messages") or []
    found = [
        _prefix(model_id, block["cachePoint"], [_plain(tools[:i]), [], []])
        for i, block in enumerate(tools)
        if "cachePoint" in block
    ]
    found += [
        _prefix(model_id, block["cachePoint"], [_plain(tools), _plain(system[:i]), []])
        for i, block in enumerate(system)
        if "cachePoint" in block
    ]
    for m, message in enumerate(messages):
        earlier = [{**e, "content": _plain(e["content"])} for e in messages[:m]]
        found += [
            _prefix(
                model_id,
                block["cachePoint"],
                [
                    _plain(tools),
                    _plain(system),
                    [*earlier, {**message, "content": _plain(message["content"][:i])}],
                ],
            )
            for i, block in enumerate(message["content"])
            if "cachePoint" in block
        ]
    return found


def _prefix(model_id: str, point: dict[str, Any], parts: list[list[Any]]) -> _Prefix:
    """The entry for a prefix given as its (tools, system, messages) parts, cache points taken out."""
    canonical = json.dumps([model_id, parts], sort_keys=True, ensure_ascii=False, default=str)
    tokens = sum(count_tokens(part) for part in parts if part)
    ttl_s = TTL_SECONDS.get(point.get("ttl") or DEFAULT_TTL, TTL_SECONDS[DEFAULT_TTL])
    return _Prefix(hashlib.sha256(canonical.encode()).hexdigest(), tokens, ttl_s)


class PromptCache:
    """The prefixes seen at cache points, per model, for as long as Bedrock would keep them."""

    def __init__(self, maxsize: int = 4096, timer: Callable[[], float] = time.monotonic):
        self._entries: TLRUCache[str, _Prefix] = TLRUCache(
            maxsize, ttu=lambda _key, prefix, now: now + prefix.ttl_s, timer=timer
        )
        self._lock = threading.Lock()

    def usage(self, model_id: str, request: dict[str, Any], usage: dict[str, Any]) -> dict[str, Any]:
        """`usage` (the model's, for the whole prompt) split into cache reads, cache writes and the rest."""
        prefixes = _prefixes(model_id, request)
        if not prefixes:
            return usage
        with self._lock:
            hit = next((p for p in reversed(prefixes) if p.key in self._entries), None)
            for prefix in prefixes:  # a hit renews the entry, a miss creates it
                self._entries[prefix.key] = prefix
        total = usage["inputTokens"]
        read = min(hit.tokens if hit else 0, total)
        write = 0 if hit is prefixes[-1] else min(max(prefixes[-1].tokens - read, 0), total - read)
        return {
            **usage,
            "inputTokens": total - read - write,
            "cacheReadInputTokens": read,
            "cacheWriteInputTokens": write,
        }
