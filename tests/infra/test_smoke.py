"""infra.smoke against `agentkit serve`: the deployed API's smoke test, exercised offline on the same handlers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentkit.local.platform import LocalPlatform
from agentkit.service import serve
from infra.smoke import SmokeTestFailed, smoke


@pytest.fixture(scope="module")
def server(module_env: LocalPlatform, data_dir: object) -> Iterator[serve.Server]:
    with serve.start(name="smoke-test") as running:
        yield running


def test_the_client_path_passes_request_by_request(server: serve.Server):
    steps = smoke(server.url, server.api_key, timeout=60)
    assert [(s.request, s.status) for s in steps] == [
        ("GET /agents", 401),
        ("POST /agents", 201),
        ("POST /agents/{agentId}/tasks", 201),
        ("POST /approvals/{taskId}", 200),  # an approval is named by its task
        ("GET /agents/{agentId}/tasks/{taskId}", 200),
        ("DELETE /agents/{agentId}", 204),
    ]


def test_a_wrong_key_stops_at_the_first_authenticated_request_and_says_what_came_back(server: serve.Server):
    with pytest.raises(SmokeTestFailed, match=r"create an agent: POST .*/agents answered 40[13]"):
        smoke(server.url, "not-a-key", timeout=5)
