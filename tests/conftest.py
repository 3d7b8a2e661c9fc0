"""Shared fixtures: one local platform per test session, and the environment that points at it.

Tests talk to it exactly as notebooks do: through the standard AWS environment variables that
`agentkit.local.platform.environment` produces, with real clients over real HTTP. The variables
are set per test (`local_env`) or per module (`module_env`) so nothing leaks into later tests or
into notebook kernels.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from agentkit.local.platform import LocalPlatform

REGION = "us-east-1"


@pytest.fixture
def run_notebook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`run_notebook(path, simulator=...)`: the whole notebook in a fresh kernel, offline, as a learner runs
    it (papermill, cwd = its folder); raises `PapermillExecutionError` at the first failing cell."""
    import papermill

    def run(notebook: Path, *, simulator: str = "default") -> None:
        monkeypatch.setenv("AGENTKIT_MODE", "local")
        monkeypatch.setenv("AGENTKIT_SIMULATOR", simulator)
        papermill.execute_notebook(
            str(notebook),
            str(tmp_path / notebook.name),
            kernel_name="python3",
            cwd=str(notebook.parent),
            progress_bar=False,
            execution_timeout=300,
        )

    return run


@pytest.fixture(scope="session")
def local_platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as platform:
        yield platform


def point_at(platform: LocalPlatform, patch: pytest.MonkeyPatch) -> None:
    """Set os.environ as `agentkit.connect()` would for `platform`; `patch` undoes it."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        patch.delenv(name, raising=False)
    for name, value in platform.environment(REGION).items():
        patch.setenv(name, value)
    patch.setattr(boto3, "DEFAULT_SESSION", None)


@pytest.fixture
def local_env(local_platform: LocalPlatform, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalPlatform]:
    """os.environ pointing at the session's platform for one test."""
    point_at(local_platform, monkeypatch)
    yield local_platform


@pytest.fixture(scope="module")
def module_env(local_platform: LocalPlatform) -> Iterator[LocalPlatform]:
    """The same for a whole module (Hypothesis tests cannot use function-scoped fixtures per example)."""
    with pytest.MonkeyPatch.context() as patch:
        point_at(local_platform, patch)
        yield local_platform


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A module's own `AGENTKIT_DATA_DIR`, so the generated retail database is made fresh for it."""
    folder = tmp_path_factory.mktemp("agentkit-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTKIT_DATA_DIR", str(folder))
        yield folder
