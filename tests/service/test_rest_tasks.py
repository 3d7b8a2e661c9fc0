"""The tasks seed §16.3 REST cases for tasks and status, approvals, cross-user refusals and bad bodies.

Tasks run through the task-execution workflow deployed on local Step Functions with its real handlers.
"""

from __future__ import annotations

import time
import warnings

import boto3
import pytest
from rest_support import Api

from agentkit.workflows import runs

CONFIG = {"llmProvider": "bedrock", "model": "simulated"}


def _agent(api: Api, user: str = "ana") -> str:
    reply = api.call("POST", "/agents", body={"name": "worker", "configuration": CONFIG}, user=user)
    assert reply.status == 201, reply.body
    return reply.body["id"]


def _until(api: Api, path: str, done, user: str = "ana", timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        body = api.call("GET", path, user=user).body
        if done(body) or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


def test_post_task_stores_it_announces_it_and_runs_it(task_api: Api) -> None:
    agent = _agent(task_api)
    task_api.events()
    reply = task_api.call("POST", f"/agents/{agent}/tasks", body={"description": "find the returns policy"})
    assert reply.status == 201, reply.body
    task = reply.body
    assert task["agentId"] == agent and task["status"] == "running"
    assert task["steps"] == [{"action": "search_documents", "input": "find the returns policy"}]
    announced = [(e["detail-type"], e["detail"]) for e in task_api.events()]
    assert (
        "TaskCreated",
        {
            "task_id": task["id"],
            "agent_id": agent,
            "description": "find the returns policy",
            "steps": task["steps"],
            "requires_approval": False,
        },
    ) in announced
    assert (
        "AgentStatusChanged",
        {"agent_id": agent, "old_status": "idle", "new_status": "processing"},
    ) in announced
    _until(task_api, f"/agents/{agent}/tasks/{task['id']}", lambda t: t["status"] != "running")
    later = [(e["detail-type"], e["detail"]) for e in _drain_until(task_api, "TaskCompleted")]
    assert ("TaskCompleted", {"task_id": task["id"], "status": "completed", "steps": 1}) in later
    assert (
        "AgentStatusChanged",
        {"agent_id": agent, "old_status": "processing", "new_status": "idle"},
    ) in later


def _drain_until(api: Api, kind: str, timeout: float = 10.0) -> list[dict]:
    received: list[dict] = []
    deadline = time.monotonic() + timeout
    while not any(e["detail-type"] == kind for e in received) and time.monotonic() < deadline:
        received += api.events()
        time.sleep(0.05)
    return received


def test_get_task_reports_the_finished_execution(task_api: Api) -> None:
    agent = _agent(task_api)
    task = task_api.call(
        "POST",
        f"/agents/{agent}/tasks",
        body={"description": "two lookups", "steps": [{"action": "search_documents", "input": "refund"}] * 2},
    ).body
    done = _until(task_api, f"/agents/{agent}/tasks/{task['id']}", lambda t: t["status"] != "running")
    assert done["status"] == "completed", done
    assert done["currentStep"] == 2 and [r["number"] for r in done["result"]] == [1, 2]
    assert done["completedAt"] is not None
    listed = task_api.call("GET", f"/agents/{agent}/tasks").body["items"]
    assert [t["id"] for t in listed] == [task["id"]]


def test_get_status_shows_the_agent_its_task_and_progress(task_api: Api) -> None:
    agent = _agent(task_api)
    empty = task_api.call("GET", f"/agents/{agent}/status").body
    assert empty == {"agentId": agent, "status": "idle", "currentTask": None, "progress": None}
    task = task_api.call("POST", f"/agents/{agent}/tasks", body={"description": "look it up"}).body
    status = _until(task_api, f"/agents/{agent}/status", lambda s: s["currentTask"]["status"] != "running")
    assert status["currentTask"]["id"] == task["id"]
    assert (status["status"], status["progress"]) == ("idle", 1.0)


def test_a_task_waits_for_its_owners_approval_and_no_one_elses(task_api: Api) -> None:
    agent = _agent(task_api)
    task = task_api.call(
        "POST", f"/agents/{agent}/tasks", body={"description": "needs a yes", "requiresApproval": True}
    ).body
    waiting = _until(task_api, "/approvals", lambda a: any(x["id"] == task["id"] for x in a))
    assert [a["taskId"] for a in waiting if a["id"] == task["id"]] == [task["id"]]
    assert all(a["id"] != task["id"] for a in task_api.call("GET", "/approvals", user="bob").body)
    refused = task_api.call("POST", f"/approvals/{task['id']}", body={"approved": True}, user="bob")
    assert refused.status == 403 and refused.body["error"]["code"] == "Forbidden"
    viewer = task_api.call("POST", f"/approvals/{task['id']}", body={"approved": True}, roles=("viewer",))
    assert viewer.status == 403
    assert task_api.call("GET", f"/agents/{agent}/status").body["status"] == "waiting"
    answered = task_api.call("POST", f"/approvals/{task['id']}", body={"approved": False, "feedback": "no"})
    assert answered.status == 200 and answered.body == {
        "id": task["id"],
        "taskId": task["id"],
        "approved": False,
    }
    done = _until(task_api, f"/agents/{agent}/tasks/{task['id']}", lambda t: t["status"] != "running")
    assert done["status"] == "cancelled"
    again = task_api.call("POST", f"/approvals/{task['id']}", body={"approved": True})
    assert again.status == 404 and again.body["error"]["code"] == "ApprovalNotFound"


def test_the_same_idempotency_key_returns_the_first_task(task_api: Api) -> None:
    agent = _agent(task_api)
    headers = {"Idempotency-Key": "retry-1"}
    started_ms = time.time() * 1000
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        first = task_api.call("POST", f"/agents/{agent}/tasks", body={"description": "once"}, headers=headers)
        second = task_api.call(
            "POST", f"/agents/{agent}/tasks", body={"description": "once"}, headers=headers
        )
    assert first.status == second.status == 201 and first.body == second.body
    assert len(task_api.call("GET", f"/agents/{agent}/tasks").body["items"]) == 1
    assert not [w for w in warned if "remaining time" in str(w.message)]

    # The first request's record held the key no longer than the handler's Lambda context had time left
    # (API Gateway gives it 29 s), not until the record itself expires.
    records = boto3.client("dynamodb").scan(TableName=runs.idempotency_table_name())["Items"]
    held_until = [
        int(r["in_progress_expiration"]["N"])
        for r in records
        if "create_task" in r["id"]["S"] and "in_progress_expiration" in r
    ]
    assert any(started_ms <= ms <= started_ms + 30_000 for ms in held_until), held_until


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("POST", "/tasks", {"description": "not yours"}),
        ("GET", "/tasks", None),
        ("GET", "/tasks/TASK", None),
        ("GET", "/status", None),
    ],
)
def test_another_users_agent_tasks_are_refused(
    task_api: Api, method: str, suffix: str, body: dict | None
) -> None:
    agent = _agent(task_api)
    task = task_api.call("POST", f"/agents/{agent}/tasks", body={"description": "mine"}).body
    reply = task_api.call(
        method, f"/agents/{agent}{suffix.replace('TASK', task['id'])}", body=body, user="bob"
    )
    assert reply.status == 403 and reply.body["error"]["code"] == "Forbidden"
    assert [t["id"] for t in task_api.call("GET", f"/agents/{agent}/tasks").body["items"]] == [task["id"]]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"description": "x" * 10_001}, 400, "ValidationError"),
        ({"description": "   "}, 400, "ValidationError"),
        ({}, 400, "ValidationError"),
        ({"description": "ok", "steps": [{"action": "rm -rf", "input": "/"}]}, 400, "ValidationError"),
        ({"description": "ok", "extra": 1}, 400, "ValidationError"),
        ('{"description": ', 400, "MalformedJSON"),
        ({"description": "x" * 100_001}, 413, "PayloadTooLarge"),
    ],
)
def test_bad_task_bodies_are_refused_in_the_seeds_shape_and_nothing_is_written(
    api: Api, body: object, status: int, code: str
) -> None:
    agent = _agent(api)
    reply = api.call("POST", f"/agents/{agent}/tasks", body=body)
    assert reply.status == status and reply.body["error"]["code"] == code
    assert set(reply.body["error"]) == {"code", "message", "details", "requestId", "timestamp"}
    assert reply.body["error"]["requestId"] == reply.request_id
    assert api.call("GET", f"/agents/{agent}/tasks").body["items"] == []
    assert api.call("GET", f"/agents/{agent}").body["status"] == "idle"


def test_a_viewer_cannot_start_a_task_and_a_missing_one_is_404(api: Api) -> None:
    agent = _agent(api)
    viewer = api.call("POST", f"/agents/{agent}/tasks", body={"description": "go"}, roles=("viewer",))
    assert viewer.status == 403 and "tasks:run" in viewer.body["error"]["message"]
    missing = api.call("GET", f"/agents/{agent}/tasks/nope")
    assert missing.status == 404 and missing.body["error"]["code"] == "TaskNotFound"


def test_the_openapi_document_describes_the_task_routes(api: Api) -> None:
    paths = api.call("GET", "/openapi.json").body["paths"]
    assert {"post", "get"} <= set(paths["/agents/{agent_id}/tasks"])
    assert set(paths["/approvals/{approval_id}"]["post"]["responses"]) >= {"200", "400", "403", "404", "409"}
    assert "get" in paths["/agents/{agent_id}/status"] and "get" in paths["/approvals"]


@pytest.mark.parametrize("path", ["/agents/A/tasks", "/agents/A/tasks/T", "/agents/A/status", "/approvals"])
def test_no_identity_is_401(api: Api, path: str) -> None:
    assert api.call("GET", path, user=None).status == 401


def test_a_task_whose_workflow_cannot_start_is_failed_and_frees_its_agent(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent = _agent(api)
    monkeypatch.setenv(
        "AGENTKIT_TASK_STATE_MACHINE", "arn:aws:states:us-east-1:123456789012:stateMachine:not-deployed"
    )
    reply = api.call("POST", f"/agents/{agent}/tasks", body={"description": "go"})
    assert reply.status == 500 and reply.body["error"]["code"] == "InternalError"
    monkeypatch.delenv("AGENTKIT_TASK_STATE_MACHINE")
    [task] = api.call("GET", f"/agents/{agent}/tasks").body["items"]
    assert task["status"] == "failed" and task["error"]["code"] == "NotStarted"
    assert api.call("GET", f"/agents/{agent}").body["status"] == "idle"
