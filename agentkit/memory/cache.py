"""`CachedStore`: cache-aside reads in front of a `MemoryStore`, for what every request reads again.

A deployed agent reads its configuration on every request and a client polls task status; both
change rarely. `CachedStore` wraps any store (it *is* a store: every other call passes through) and
keeps three caches, each a `cachetools.TTLCache` — least-recently-used eviction at `maxsize`,
expiry after its TTL:

| cached read | TTL (seed design) | refreshed by |
|---|---|---|
| `get_agent` (configuration, status) | 5 minutes | `create_agent`, `update_agent` write the new record through; `delete_agent` drops it |
| `get_task` (status, step, result) | 30 seconds | `create_task`, `update_task` write through; `delete_agent` drops the agent's tasks |
| `get_conversation_history` (a page) | 30 seconds | `save_message`, `update_message`, `delete_session` drop the session's pages |

A read checks the cache first and goes to the store only on a miss, then fills the cache. Writes
made through this object keep it exact; writes made elsewhere (another Lambda instance) are seen
after the TTL at the latest, or at once by calling `invalidate_*` — from an EventBridge rule on the
change event, say. On AWS the same interface can sit in front of DynamoDB as is; ElastiCache or
DAX would replace the in-process caches when many instances must share one.

`stats()` counts hits, misses, evictions and invalidations per cache.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from cachetools import TTLCache

from agentkit.memory.records import AgentRecord, Message, Page, TaskRecord
from agentkit.memory.store import MemoryStore


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0
    """Entries pushed out because the cache was full (least recently used first)."""
    invalidations: int = 0

    @property
    def hit_rate(self) -> float:
        reads = self.hits + self.misses
        return self.hits / reads if reads else 0.0


class _Cache(TTLCache):
    """A TTLCache that counts what it evicts to make room (expiry is not eviction)."""

    def __init__(self, maxsize: int, ttl: float, timer: Callable[[], float], stats: CacheStats) -> None:
        super().__init__(maxsize=maxsize, ttl=ttl, timer=timer)
        self.stats = stats

    def popitem(self) -> tuple[Any, Any]:
        item = super().popitem()
        self.stats.evictions += 1
        return item


class CachedStore:
    """`store` with cache-aside reads of agents, tasks and history pages (see the module docstring)."""

    def __init__(
        self,
        store: MemoryStore,
        *,
        maxsize: int = 1024,
        agent_ttl: float = 300.0,
        task_ttl: float = 30.0,
        history_ttl: float = 30.0,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, got {maxsize}.")
        for name, ttl in (("agent_ttl", agent_ttl), ("task_ttl", task_ttl), ("history_ttl", history_ttl)):
            if ttl <= 0:
                raise ValueError(f"{name} must be a positive number of seconds, got {ttl}.")
        self.store = store
        self._stats = {kind: CacheStats() for kind in ("agents", "tasks", "history")}
        self._caches = {
            "agents": _Cache(maxsize, agent_ttl, timer, self._stats["agents"]),
            "tasks": _Cache(maxsize, task_ttl, timer, self._stats["tasks"]),
            "history": _Cache(maxsize, history_ttl, timer, self._stats["history"]),
        }
        self._changes = dict.fromkeys(self._caches, 0)
        """Writes and invalidations per cache: a read that raced one does not cache what it loaded."""
        self._lock = threading.RLock()  # cachetools caches are not thread-safe

    def __getattr__(self, name: str) -> Any:
        """Everything not cached here is the store's own method."""
        return getattr(self.store, name)

    def __repr__(self) -> str:
        return f"CachedStore({self.store!r})"

    # ------------------------------------------------------------------ cached reads

    def get_agent(self, agent_id: str) -> AgentRecord:
        return self._read("agents", agent_id, lambda: self.store.get_agent(agent_id))

    def get_task(self, agent_id: str, task_id: str) -> TaskRecord:
        return self._read("tasks", (agent_id, task_id), lambda: self.store.get_task(agent_id, task_id))

    def get_conversation_history(
        self, session_id: str, *, limit: int = 20, cursor: str | None = None
    ) -> Page[Message]:
        return self._read(
            "history",
            (session_id, limit, cursor),
            lambda: self.store.get_conversation_history(session_id, limit=limit, cursor=cursor),
        )

    # ------------------------------------------------------------------ writes that keep the cache exact

    def create_agent(self, *args: Any, **kwargs: Any) -> AgentRecord:
        agent = self.store.create_agent(*args, **kwargs)
        self._write("agents", agent.agent_id, agent)
        return agent

    def update_agent(self, agent_id: str, **changes: Any) -> AgentRecord:
        self.invalidate_agent(agent_id)  # a failed update must not leave the old record cached either
        agent = self.store.update_agent(agent_id, **changes)
        self._write("agents", agent_id, agent)
        return agent

    def delete_agent(self, agent_id: str) -> None:
        self.store.delete_agent(agent_id)
        self.invalidate_agent(agent_id)
        with self._lock:
            for key in [k for k in self._caches["tasks"] if k[0] == agent_id]:
                self._drop("tasks", key)

    def create_task(self, agent_id: str, *args: Any, **kwargs: Any) -> TaskRecord:
        task = self.store.create_task(agent_id, *args, **kwargs)
        self._write("tasks", (agent_id, task.task_id), task)
        return task

    def update_task(self, agent_id: str, task_id: str, **changes: Any) -> TaskRecord:
        self.invalidate_task(agent_id, task_id)
        task = self.store.update_task(agent_id, task_id, **changes)
        self._write("tasks", (agent_id, task_id), task)
        return task

    def save_message(self, session_id: str, *args: Any, **kwargs: Any) -> Message:
        try:
            return self.store.save_message(session_id, *args, **kwargs)
        finally:
            self.invalidate_history(session_id)

    def update_message(self, session_id: str, *args: Any, **kwargs: Any) -> Message:
        try:
            return self.store.update_message(session_id, *args, **kwargs)
        finally:
            self.invalidate_history(session_id)

    def delete_session(self, session_id: str) -> int:
        try:
            return self.store.delete_session(session_id)
        finally:
            self.invalidate_history(session_id)

    # ------------------------------------------------------------------ invalidation and counters

    def invalidate_agent(self, agent_id: str) -> None:
        self._drop("agents", agent_id)

    def invalidate_task(self, agent_id: str, task_id: str) -> None:
        self._drop("tasks", (agent_id, task_id))

    def invalidate_history(self, session_id: str) -> None:
        """Drop every cached page of the session's history."""
        with self._lock:
            for key in [k for k in self._caches["history"] if k[0] == session_id]:
                self._drop("history", key)

    def stats(self) -> dict[str, CacheStats]:
        """Hits, misses, evictions and invalidations of each cache (`agents`, `tasks`, `history`)."""
        with self._lock:
            return {kind: CacheStats(**vars(stats)) for kind, stats in self._stats.items()}

    def clear(self) -> None:
        """Empty every cache (the counters stay)."""
        with self._lock:
            for cache in self._caches.values():
                cache.clear()

    def _read(self, kind: str, key: Hashable, load: Callable[[], Any]) -> Any:
        cache, stats = self._caches[kind], self._stats[kind]
        with self._lock:
            if key in cache:  # `in` honours the TTL: an expired entry is a miss
                stats.hits += 1
                return cache[key]
            stats.misses += 1
            changes = self._changes[kind]
        value = load()  # outside the lock: a slow store must not stall the other readers
        with self._lock:
            if self._changes[kind] == changes:  # else a write landed meanwhile: what we read may be older
                cache[key] = value
        return value

    def _write(self, kind: str, key: Hashable, value: Any) -> None:
        with self._lock:
            self._caches[kind][key] = value
            self._changes[kind] += 1

    def _drop(self, kind: str, key: Hashable) -> None:
        with self._lock:
            self._changes[kind] += 1
            if self._caches[kind].pop(key, None) is not None:
                self._stats[kind].invalidations += 1
