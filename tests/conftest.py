"""Shared fixtures: one local platform per test session, and the environment that points at it.

Tests talk to it exactly as notebooks do: through the standard AWS environment variables that
`agentkit.local.platform.environment` produces, with real clients over real HTTP. The variables
are set per test (`local_env`) so nothing leaks into later tests or into notebook kernels.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from agentkit.local.platform import LocalPlatform

REGION = "us-east-1"


@pytest.fixture(scope="session")
def local_platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as platform:
        yield platform


@pytest.fixture
def local_env(local_platform: LocalPlatform, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalPlatform]:
    """os.environ pointing at the session's platform for one test, as `agentkit.connect()` would set it."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in local_platform.environment(REGION).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(boto3, "DEFAULT_SESSION", None)
    yield local_platform


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A module's own `AGENTKIT_DATA_DIR`, so the generated retail database is made fresh for it."""
    folder = tmp_path_factory.mktemp("agentkit-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTKIT_DATA_DIR", str(folder))
        yield folder
