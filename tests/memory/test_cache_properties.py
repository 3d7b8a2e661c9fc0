"""Seed properties of caching (26, 27, 67-71), as Hypothesis tests of `CachedStore` on both backends (drawn per example).

A `Spy` between the cache and the store counts the reads that reach the store, so "served from the
cache" is observed rather than inferred from timings. A fake timer drives TTL expiry.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from memory_support import Stores, backends

from agentkit.memory import CachedStore, MemoryStore

PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_ids = itertools.count()


class Spy:
    """Passes every call to the store and counts the reads the cache is meant to save."""

    def __init__(self, store: MemoryStore) -> None:
        self.store = store
        self.reads: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def get_agent(self, agent_id: str) -> Any:
        self.reads.append(("agent", agent_id))
        return self.store.get_agent(agent_id)

    def get_task(self, agent_id: str, task_id: str) -> Any:
        self.reads.append(("task", (agent_id, task_id)))
        return self.store.get_task(agent_id, task_id)

    def get_conversation_history(self, session_id: str, **kwargs: Any) -> Any:
        self.reads.append(("history", (session_id, kwargs.get("limit"))))
        return self.store.get_conversation_history(session_id, **kwargs)


class Timer:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def cached(store: MemoryStore, **options: Any) -> tuple[CachedStore, Spy, Timer]:
    spy, timer = Spy(store), Timer()
    return CachedStore(spy, timer=timer, **options), spy, timer  # type: ignore[arg-type]


def sessions(store: MemoryStore, count: int) -> list[str]:
    ids = [store.create_session("ana", session_id=f"cache-{next(_ids)}").session_id for _ in range(count)]
    for n, session_id in enumerate(ids):
        store.save_message(session_id, "user", f"hello {n}")
    return ids


@PROPERTY
@given(
    backend=backends,
    reads=st.lists(st.tuples(st.integers(0, 2), st.sampled_from([5, 20])), min_size=1, max_size=12),
)
def test_property_26_cache_first_retrieval(
    stores: Stores, backend: str, reads: list[tuple[int, int]]
) -> None:
    store = stores[backend]
    cache, spy, _ = cached(store)
    ids = sessions(store, 3)
    seen: set[tuple[str, int]] = set()
    for index, limit in reads:
        page = cache.get_conversation_history(ids[index], limit=limit)
        key = (ids[index], limit)
        assert spy.reads.count(("history", key)) == 1  # the store was asked once: on the first read
        assert [m.text for m in page] == [f"hello {index}"]
        seen.add(key)
    stats = cache.stats()["history"]
    assert (stats.misses, stats.hits) == (len(seen), len(reads) - len(seen))


@PROPERTY
@given(
    backend=backends,
    ops=st.lists(st.one_of(st.just(("read",)), st.tuples(st.just("save"), st.integers(0, 99))), max_size=12),
)
def test_property_27_cache_invalidation_on_context_update(
    stores: Stores, backend: str, ops: list[tuple[Any, ...]]
) -> None:
    store = stores[backend]
    cache, _, _ = cached(store)
    (session_id,) = sessions(store, 1)
    for op in ops:
        if op[0] == "save":
            cache.save_message(session_id, "assistant", f"reply {op[1]}")
        else:
            served = cache.get_conversation_history(session_id, limit=50)
            truth = store.get_conversation_history(session_id, limit=50)
            assert list(served) == list(truth)  # never a page from before the last update


@PROPERTY
@given(backend=backends, reads=st.lists(st.integers(0, 3), min_size=1, max_size=15))
def test_property_67_cache_first_data_access(stores: Stores, backend: str, reads: list[int]) -> None:
    store = stores[backend]
    cache, spy, _ = cached(store)
    agents = [store.create_agent("ana", f"agent {i}") for i in range(4)]
    tasks = [store.create_task(a.agent_id, "work") for a in agents]
    for i in reads:
        assert cache.get_agent(agents[i].agent_id) == agents[i]
        assert cache.get_task(agents[i].agent_id, tasks[i].task_id) == tasks[i]
    distinct = len(set(reads))
    assert len([r for r in spy.reads if r[0] == "agent"]) == distinct
    assert len([r for r in spy.reads if r[0] == "task"]) == distinct


@PROPERTY
@given(backend=backends, order=st.permutations(range(4)))
def test_property_68_cache_population_on_miss(stores: Stores, backend: str, order: list[int]) -> None:
    store = stores[backend]
    cache, spy, _ = cached(store)
    agents = [store.create_agent("ana", f"agent {i}") for i in range(4)]
    for i in order:
        before = len(spy.reads)
        first = cache.get_agent(agents[i].agent_id)  # a miss: read from the store...
        assert spy.reads[before:] == [("agent", agents[i].agent_id)]
        again = cache.get_agent(agents[i].agent_id)  # ...and now served from the cache
        assert len(spy.reads) == before + 1 and again == first == store.get_agent(agents[i].agent_id)


agent_ops = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.integers(0, 2)),
        st.tuples(
            st.just("update"), st.integers(0, 2), st.sampled_from(["idle", "processing", "waiting", "error"])
        ),
        st.tuples(st.just("task"), st.integers(0, 2), st.integers(0, 9)),
    ),
    max_size=15,
)


@PROPERTY
@given(backend=backends, ops=agent_ops)
def test_property_69_cache_invalidation_on_update(
    stores: Stores, backend: str, ops: list[tuple[Any, ...]]
) -> None:
    store = stores[backend]
    cache, _, _ = cached(store)
    agents = [store.create_agent("ana", f"agent {i}") for i in range(3)]
    tasks = [store.create_task(a.agent_id, "work") for a in agents]
    for op in ops:
        agent, task = agents[op[1]], tasks[op[1]]
        if op[0] == "update":
            cache.update_agent(agent.agent_id, status=op[2])
        elif op[0] == "task":
            cache.update_task(agent.agent_id, task.task_id, current_step=op[2])
        assert cache.get_agent(agent.agent_id) == store.get_agent(agent.agent_id)
        assert cache.get_task(agent.agent_id, task.task_id) == store.get_task(agent.agent_id, task.task_id)


@PROPERTY
@given(backend=backends, ttl=st.floats(1, 600), waits=st.lists(st.floats(0, 900), min_size=1, max_size=6))
def test_property_70_ttl_based_expiration(
    stores: Stores, backend: str, ttl: float, waits: list[float]
) -> None:
    store = stores[backend]
    cache, spy, timer = cached(store, agent_ttl=ttl)
    agent = store.create_agent("ana", "agent")
    cache.get_agent(agent.agent_id)
    cached_at = timer.now
    for wait in waits:
        timer.now += wait
        before = len(spy.reads)
        cache.get_agent(agent.agent_id)
        expired = not timer.now < cached_at + ttl  # an entry expires `ttl` seconds after it was cached
        assert len(spy.reads) == before + (1 if expired else 0)
        if expired:
            cached_at = timer.now


@PROPERTY
@given(
    backend=backends, maxsize=st.integers(1, 4), accesses=st.lists(st.integers(0, 6), min_size=1, max_size=25)
)
def test_property_71_lru_eviction(stores: Stores, backend: str, maxsize: int, accesses: list[int]) -> None:
    store = stores[backend]
    cache, spy, _ = cached(store, maxsize=maxsize)
    agents = [store.create_agent("ana", f"agent {i}") for i in range(7)]
    model: OrderedDict[int, None] = OrderedDict()  # least recently used first
    evicted = 0
    for i in accesses:
        before = len(spy.reads)
        cache.get_agent(agents[i].agent_id)
        assert len(spy.reads) == before + (0 if i in model else 1)
        if i in model:
            model.move_to_end(i)
        else:
            if len(model) == maxsize:
                model.popitem(last=False)
                evicted += 1
            model[i] = None
    assert cache.stats()["agents"].evictions == evicted
    for i in model:  # exactly the most recently used `maxsize` agents are still cached
        before = len(spy.reads)
        cache.get_agent(agents[i].agent_id)
        assert len(spy.reads) == before
