"""Helpers the memory tests import (a test module should not import from a conftest)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
from hypothesis import strategies as st

from agentkit.memory import DynamoDBStore, MemoryStore, SQLiteStore

BACKENDS = ["sqlite", "dynamodb"]
backends = st.sampled_from(BACKENDS)
"""A property's backend is one of its generated inputs: its examples cover both stores, not 100 on each (the
contract tests run every primitive on both)."""
_numbers = itertools.count()


class FakeClock:
    """A clock that moves only when told to (TTL tests), a microsecond per reading otherwise."""

    def __init__(self, start: datetime = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(microseconds=1)
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


StoreFactory = Callable[..., MemoryStore]


def store_factory(backend: str, directory: Path) -> StoreFactory:
    """`make(ttl=..., clock=..., reopen=store)`: a fresh store, or a new object on `reopen`'s data."""

    sessions: list[boto3.Session] = []  # one per factory: a new boto3 session per store is slow

    def make(reopen: MemoryStore | None = None, **options: Any) -> MemoryStore:
        if backend == "sqlite":
            path = (
                reopen.path
                if isinstance(reopen, SQLiteStore)
                else directory / f"memory-{next(_numbers)}.sqlite3"
            )
            return SQLiteStore(path, **options)
        name = reopen.table_name if isinstance(reopen, DynamoDBStore) else f"memory-{next(_numbers)}"
        if not sessions:
            sessions.append(_OneResourceSession())
        store = DynamoDBStore(name, session=sessions[0], **options)
        if reopen is None:
            store.create_table()
        return store

    return make


class _OneResourceSession(boto3.Session):
    """A boto3 session that builds its DynamoDB resource (and that resource's client) once.

    `DynamoDBStore` asks its session for `resource("dynamodb")` per store, and building one (its client,
    its model) took about 30 ms; the properties make a store per example, hundreds in all. The stores
    still get a table object of their own (`resource.Table(name)`), on the same client.
    """

    @functools.cache  # noqa: B019 (one session per factory, kept for the test)
    def resource(self, *args: Any, **kwargs: Any) -> Any:
        return super().resource(*args, **kwargs)


@contextmanager
def fresh(make_store: StoreFactory) -> Iterator[MemoryStore]:
    """A store of its own for one Hypothesis example, dropped after it.

    Moto's TransactWriteItems copies the whole table, so appends slow down as a shared table grows.
    """
    store = make_store()
    try:
        yield store
    finally:
        if isinstance(store, DynamoDBStore):
            store.delete_table()
        else:
            assert isinstance(store, SQLiteStore)
            store.close()
            Path(store.path).unlink()


class Stores:
    """Per backend, for one test: its store factory, and one store with a second object on the same data (a
    "restart"), made on first use. Examples of a property use fresh ids in it, so they share only the table."""

    def __init__(self, directory: Path) -> None:
        self.factories = {backend: store_factory(backend, directory) for backend in BACKENDS}
        self._pairs: dict[str, tuple[MemoryStore, MemoryStore]] = {}

    def pair(self, backend: str) -> tuple[MemoryStore, MemoryStore]:
        if backend not in self._pairs:
            store = self.factories[backend]()
            self._pairs[backend] = (store, self.factories[backend](reopen=store))
        return self._pairs[backend]

    def __getitem__(self, backend: str) -> MemoryStore:
        return self.pair(backend)[0]
