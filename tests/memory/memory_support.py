"""Helpers the memory tests import (a test module should not import from a conftest)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3

from agentkit.memory import DynamoDBStore, MemoryStore, SQLiteStore

BACKENDS = ["sqlite", "dynamodb"]
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
            sessions.append(boto3.Session())
        store = DynamoDBStore(name, session=sessions[0], **options)
        if reopen is None:
            store.create_table()
        return store

    return make


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
