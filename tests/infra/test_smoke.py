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
    assert [(s.request.split()[0], s.status) for s in steps] == [
        ("GET", 401),
        ("POST", 201),
        ("POST", 201),
        ("POST", 200),
        ("GET", 200),
        ("DELETE", 204),
    ]


def test_a_wrong_key_stops_at_the_first_authenticated_request_and_says_what_came_back(server: serve.Server):
    with pytest.raises(SmokeTestFailed, match=r"create an agent: POST .*/agents answered 40[13]"):
        smoke(server.url, "not-a-key", timeout=5)
