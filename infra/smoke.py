"""A smoke test of a running agent-system API: the path a client takes, checked request by request.

`smoke(url, api_key)` refuses to be anonymous (401), creates an agent, gives it a task that waits for a
person's go-ahead, approves it from the approval inbox, waits for the task to finish and deletes the agent.
Each request is one row of the result (what was sent, the status, how long it took), so a notebook shows the
run as a table, and the first unexpected answer stops the test with what came back.

It speaks plain HTTP to whatever serves the API: the deployed API Gateway stage (notebook 10, after `cdk
deploy`) or `agentkit serve` on this machine — the same requests, so the test itself is exercised offline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx


class SmokeTestFailed(RuntimeError):
    """A request of the smoke test got an answer it should not have; the message says which and what came back."""


@dataclass(frozen=True)
class Step:
    """One request of the smoke test and its answer."""

    what: str
    request: str
    status: int
    seconds: float


# The model the deployment was configured with ("default"), so the test needs no model id of its own.
CONFIGURATION = {"llmProvider": "bedrock", "model": "default", "systemPrompt": "You answer briefly."}
TASK = {
    "description": "Smoke test: find the returns policy",
    "steps": [{"action": "search_documents", "input": "how long do customers have to return a tent"}],
    "requiresApproval": True,
}


def smoke(url: str, api_key: str, *, timeout: float = 120.0) -> list[Step]:
    """Run the smoke test against the API at `url` (no trailing slash needed) with `api_key`; the steps taken.

    Raises `SmokeTestFailed` at the first unexpected answer, and `TimeoutError` when the task neither asks for
    approval nor finishes within `timeout` seconds.
    """
    base = url.rstrip("/")
    steps: list[Step] = []
    # The ids the API made, and how a step shows them ("{agentId}"), so that every run reads the same.
    named: dict[str, str] = {}
    with (
        httpx.Client(base_url=base, timeout=30.0) as anonymous,
        httpx.Client(base_url=base, timeout=30.0, headers={"x-api-key": api_key}) as api,
    ):

        def call(what: str, client: httpx.Client, method: str, path: str, expect: int, **kwargs: Any) -> Any:
            started = time.perf_counter()
            reply = client.request(method, path, **kwargs)
            shown = path
            for made, name in named.items():
                shown = shown.replace(made, name)
            steps.append(
                Step(what, f"{method} {shown}", reply.status_code, round(time.perf_counter() - started, 3))
            )
            if reply.status_code != expect:
                raise SmokeTestFailed(
                    f"{what}: {method} {base}{path} answered {reply.status_code}, expected {expect}: "
                    f"{reply.text[:300]}. Check the stack's outputs (URL, API key) and the function's logs."
                )
            return reply.json() if reply.content else None

        call("no credentials are refused", anonymous, "GET", "/agents", 401)
        agent = call(
            "create an agent",
            api,
            "POST",
            "/agents",
            201,
            json={"name": "smoke test", "configuration": CONFIGURATION},
        )
        named[agent["id"]] = "{agentId}"
        agent_path = f"/agents/{agent['id']}"
        try:
            task = call(
                "start a task that needs approval", api, "POST", f"{agent_path}/tasks", 201, json=TASK
            )
            named[task["id"]] = "{taskId}"
            deadline = time.monotonic() + timeout
            approval = _poll(
                lambda: next((a for a in api.get("/approvals").json() if a["taskId"] == task["id"]), None),
                deadline,
                f"task {task['id']} never asked for approval",
            )
            named.setdefault(approval["id"], "{approvalId}")  # the service names an approval by its task
            call("approve it", api, "POST", f"/approvals/{approval['id']}", 200, json={"approved": True})
            _poll(
                lambda: (
                    api.get(f"{agent_path}/tasks/{task['id']}").json()["status"] in ("completed", "failed")
                    or None
                ),
                deadline,
                f"task {task['id']} did not finish",
            )
            finished = call("read the finished task", api, "GET", f"{agent_path}/tasks/{task['id']}", 200)
            if finished["status"] != "completed":
                raise SmokeTestFailed(f"the task ended {finished['status']}: {finished.get('error')}")
        finally:
            call("delete the agent", api, "DELETE", agent_path, 204)
    return steps


def _poll(check: Any, deadline: float, what: str) -> Any:
    """`check()`'s first truthy value, asked every half second until `deadline` (monotonic seconds)."""
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    raise TimeoutError(f"{what} in time; read the execution's history in the Step Functions console")
