"""`agentkit serve` end to end: the service's real handlers behind a real server, over real HTTP and a real
WebSocket (httpx, websockets, boto3's management API client), started once for the module on port 0."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import boto3
import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect

from agentkit.local.platform import LocalPlatform
from agentkit.service import serve
from agentkit.workflows import events

CONFIGURATION = {"llmProvider": "bedrock", "model": "simulated", "systemPrompt": "Answer briefly."}


@pytest.fixture(scope="module")
def server(module_env: LocalPlatform, data_dir: object) -> Iterator[serve.Server]:
    with serve.start(name="serve-test") as running:
        yield running


@pytest.fixture(scope="module")
def http(server: serve.Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"x-api-key": server.api_key}, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def agent(http: httpx.Client) -> str:
    created = http.post("/agents", json={"name": "watched", "configuration": CONFIGURATION})
    assert created.status_code == 201, created.text
    return created.json()["id"]


def receive(socket: ClientConnection, kind: str, timeout: float = 10.0) -> dict[str, Any]:
    """The next message of type `kind` (others, e.g. progress, are passed over)."""
    deadline = time.monotonic() + timeout
    while True:
        message = json.loads(socket.recv(timeout=max(0.01, deadline - time.monotonic())))
        if message.get("type") == kind:
            return message


@contextlib.contextmanager
def subscribed(server: serve.Server, agent: str) -> Iterator[ClientConnection]:
    """A WebSocket opened with the demo key and subscribed to `agent`."""
    with connect(f"{server.websocket_url}?apiKey={server.api_key}") as socket:
        socket.send(json.dumps({"action": "subscribe", "agentId": agent}))
        assert receive(socket, "subscribed")["agentId"] == agent
        yield socket


def test_the_api_needs_a_key(server: serve.Server) -> None:
    for headers in ({}, {"x-api-key": "ak_not-a-key-anyone-issued"}):
        answer = httpx.get(f"{server.url}/agents", headers=headers)
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "Unauthorized"
    with pytest.raises(InvalidStatus) as refused:
        connect(server.websocket_url)
    assert refused.value.response.status_code == 401


def test_the_web_ui_is_served_without_a_key(server: serve.Server) -> None:
    page = httpx.get(f"{server.url}/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert (serve.WEB_DIR / "index.html").read_text(encoding="utf-8") == page.text


def test_an_agent_created_over_http_is_the_callers(http: httpx.Client, agent: str) -> None:
    assert http.get(f"/agents/{agent}").json()["name"] == "watched"
    assert agent in [a["id"] for a in http.get("/agents").json()["items"]]


def test_graphql_is_served_behind_the_same_authorizer(
    server: serve.Server, http: httpx.Client, agent: str
) -> None:
    query = {"query": "{ agents { items { id name } } }"}
    answer = http.post("/graphql", json=query)
    assert answer.status_code == 200, answer.text
    assert agent in [a["id"] for a in answer.json()["data"]["agents"]["items"]]
    assert httpx.post(f"{server.url}/graphql", json=query).status_code == 401


def test_a_status_change_on_the_bus_arrives_over_the_socket(server: serve.Server, agent: str) -> None:
    with subscribed(server, agent) as socket:
        events.publish(
            "AgentStatusChanged",
            {"agent_id": agent, "old_status": "idle", "new_status": "processing"},
            bus=server.bus,
        )
        pushed = receive(socket, "status")
    assert pushed["agentId"] == agent
    assert "processing" in json.dumps(pushed["data"])


def test_a_task_started_over_http_reports_its_progress_over_the_socket(
    server: serve.Server, http: httpx.Client, agent: str
) -> None:
    with subscribed(server, agent) as socket:
        created = http.post(f"/agents/{agent}/tasks", json={"description": "What is the refund policy?"})
        assert created.status_code in (201, 202), created.text
        task = created.json()["id"]
        progress = receive(socket, "progress", timeout=60)
        done = receive(socket, "done", timeout=60)
    assert progress["taskId"] == task and done["taskId"] == task
    assert done["data"]["status"]
    assert http.get(f"/agents/{agent}/tasks/{task}").status_code == 200


def test_management_api_reaches_the_socket_through_boto3(server: serve.Server, agent: str) -> None:
    management = boto3.client("apigatewaymanagementapi", endpoint_url=server.url)
    before = set(server.connections())
    with subscribed(server, agent) as socket:
        [connection] = set(server.connections()) - before
        management.post_to_connection(ConnectionId=connection, Data=b'{"type": "hello"}')
        assert json.loads(socket.recv(timeout=5)) == {"type": "hello"}
        described = management.get_connection(ConnectionId=connection)
        assert described["Identity"]["SourceIp"] == "127.0.0.1"
        management.delete_connection(ConnectionId=connection)
        with pytest.raises(Exception):  # noqa: B017 — closed by the server: websockets' ConnectionClosed
            socket.recv(timeout=5)
    with pytest.raises(management.exceptions.GoneException):
        management.post_to_connection(ConnectionId=connection, Data=b"late")


def test_agentkit_serve_prints_its_url_and_key_and_stops_on_ctrl_c(module_env: LocalPlatform) -> None:
    command = [sys.executable, "-m", "agentkit.cli", "serve", "--port", "0"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ
    )
    try:
        lines = [process.stdout.readline() for _ in range(3)]  # type: ignore[union-attr]
        assert all(lines), f"agentkit serve stopped early: {process.communicate(timeout=30)}"
        url = lines[0].split()[2]
        key = lines[2].rsplit(" ", 1)[-1].strip()
        assert httpx.get(f"{url}/agents", headers={"x-api-key": key}).status_code == 200
        assert httpx.get(f"{url}/agents").status_code == 401
    finally:
        process.send_signal(signal.SIGINT)
        try:
            _, errors = process.communicate(
                timeout=30
            )  # reads the pipes, so a chatty child cannot block on them
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0, errors
