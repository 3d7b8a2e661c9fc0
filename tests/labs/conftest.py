"""A connection for checkers that run an agent: they read the model id from `agentkit.connect()`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import agentkit
from agentkit.connect import Connection


@pytest.fixture
def connected(local_env) -> Iterator[Connection]:
    """`agentkit.connect()` joined to the session's local platform, closed again after the test."""
    connection = agentkit.connect(quiet=True)
    yield connection
    connection.close()
