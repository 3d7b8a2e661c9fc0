"""The memory tests run every contract against both backends: `make_store` is parametrized.

The DynamoDB store talks to the session's local platform through the standard environment
variables, set for the module (`module_env`) and restored after it (notebook kernels started later
by nbval must not inherit them). Each store gets a table (or file) of its own, so tests share no records.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from memory_support import BACKENDS, FakeClock, StoreFactory, Stores, store_factory

from agentkit.local.platform import LocalPlatform
from agentkit.memory import MemoryStore


@pytest.fixture(params=BACKENDS)
def make_store(request: pytest.FixtureRequest, module_env: LocalPlatform, tmp_path: Path) -> StoreFactory:
    return store_factory(request.param, tmp_path)


@pytest.fixture
def stores(module_env: LocalPlatform, tmp_path: Path) -> Stores:
    """For the properties, which draw the backend per example (`memory_support.backends`)."""
    return Stores(tmp_path)


@pytest.fixture
def store(make_store: StoreFactory) -> MemoryStore:
    return make_store()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
