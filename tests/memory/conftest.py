"""The memory tests run every contract against both backends: `make_store` is parametrized.

The DynamoDB store talks to the session's local platform through the standard environment
variables, set for the module and restored after it (notebook kernels started later by nbval must
not inherit them). Each store gets a table (or file) of its own, so tests share no records.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from memory_support import BACKENDS, FakeClock, StoreFactory, store_factory

from agentkit.local.platform import LocalPlatform
from agentkit.memory import MemoryStore

REGION = "us-east-1"


@pytest.fixture(scope="module")
def memory_env(local_platform: LocalPlatform) -> Iterator[LocalPlatform]:
    with pytest.MonkeyPatch.context() as patch:
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
            patch.delenv(name, raising=False)
        for name, value in local_platform.environment(REGION).items():
            patch.setenv(name, value)
        patch.setattr(boto3, "DEFAULT_SESSION", None)
        yield local_platform


@pytest.fixture(params=BACKENDS)
def make_store(request: pytest.FixtureRequest, memory_env: LocalPlatform, tmp_path: Path) -> StoreFactory:
    return store_factory(request.param, tmp_path)


@pytest.fixture
def store(make_store: StoreFactory) -> MemoryStore:
    return make_store()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
