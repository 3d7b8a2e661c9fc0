"""The simulated model's reasons, kept by the endpoint so a notebook can ask why after an agent ran.

Every simulated response carries its reasons in `additionalModelResponseFields["agentkitWhy"]`, but
frameworks such as Strands keep only the message. The endpoint therefore remembers the latest
decisions — each tool call's by its `toolUseId`, and the last responses in order — in bounded memory
(an LRU of tool calls, a short ring of responses), served at `GET /_agentkit/why`.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

from cachetools import LRUCache

TOOL_CALLS_KEPT = 2048
RESPONSES_KEPT = 64


class WhyLog:
    """The reasons of the latest simulated responses, thread-safe."""

    def __init__(self) -> None:
        self._calls: LRUCache[str, dict[str, Any]] = LRUCache(TOOL_CALLS_KEPT)
        self._responses: deque[list[dict[str, Any]]] = deque(maxlen=RESPONSES_KEPT)
        self._lock = threading.Lock()

    def record(self, response: dict[str, Any]) -> None:
        decisions = (response.get("additionalModelResponseFields") or {}).get("agentkitWhy")
        if not decisions:
            return
        with self._lock:
            self._responses.append(decisions)
            for decision in decisions:
                if decision.get("tool_use_id"):
                    self._calls[decision["tool_use_id"]] = decision

    def for_calls(self, tool_use_ids: list[str]) -> list[dict[str, Any]]:
        """The decisions behind these tool calls, in the order asked (unknown ids are left out)."""
        with self._lock:
            return [self._calls[i] for i in tool_use_ids if i in self._calls]

    def recent(self, limit: int = 10) -> list[list[dict[str, Any]]]:
        """The reasons of the latest responses, oldest first."""
        with self._lock:
            return list(self._responses)[-limit:]
