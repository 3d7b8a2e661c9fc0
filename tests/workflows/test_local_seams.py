"""Smoke tests for the seams `agentkit.workflows.local` puts into moto: if a moto upgrade moves them, these fail.

Each runs a tiny inline machine (not a package workflow) so that a failure names the seam, not a workflow.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable
from typing import Any

import boto3
import pytest

from agentkit.local.aws import bind_lambda
from agentkit.workflows import local


class FlakyBackend(Exception):
    pass


def _zip() -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("unbound.py", "")
    return archive.getvalue()


def machine(client: Callable[..., Any], name: str, states: dict[str, Any]) -> str:
    """An inline state machine whose `${Function}` is Lambda function `<name>-fn`: an echo until a test rebinds it."""
    bind_lambda(f"{name}-fn", lambda event, context: event)
    role = client("iam").create_role(RoleName=name, AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    function = client("lambda").create_function(
        FunctionName=f"{name}-fn",
        Runtime="python3.11",
        Role=role,
        Handler="unbound.handler",
        Code={"ZipFile": _zip()},
    )["FunctionArn"]
    definition = local.substitute(
        json.dumps({"StartAt": next(iter(states)), "States": states}), {"Function": function}
    )
    return client("stepfunctions").create_state_machine(name=name, definition=definition, roleArn=role)[
        "stateMachineArn"
    ]


def test_time_scale_shortens_wait_states(client: Callable[..., Any], unique_name: str) -> None:
    arn = machine(client, unique_name, {"W": {"Type": "Wait", "Seconds": 3600, "End": True}})
    started = time.monotonic()
    with local.time_scale(0.0001):
        done = local.run(client("stepfunctions"), arn, {})
    assert done["status"] == "SUCCEEDED" and time.monotonic() - started < 5


def test_time_scale_shortens_retry_backoff_and_catch_matches_the_class_name(
    client: Callable[..., Any], unique_name: str
) -> None:
    calls = []

    def flaky(event: Any, context: Any) -> None:
        calls.append(time.monotonic())
        raise FlakyBackend("still down")

    task = {
        "Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {"FunctionName": "${Function}", "Payload.$": "$"},
        "Retry": [
            {"ErrorEquals": ["FlakyBackend"], "IntervalSeconds": 100, "MaxAttempts": 2, "BackoffRate": 2}
        ],
        "Catch": [{"ErrorEquals": ["FlakyBackend"], "ResultPath": "$.error", "Next": "Caught"}],
        "End": True,
    }
    arn = machine(client, unique_name, {"T": task, "Caught": {"Type": "Pass", "End": True}})
    bind_lambda(f"{unique_name}-fn", flaky)
    with local.time_scale(0.001):  # 100 s then 200 s of backoff become 0.1 s and 0.2 s
        done = local.run(client("stepfunctions"), arn, {"n": 1})
    assert done["status"] == "SUCCEEDED"
    assert done["output"]["error"]["Error"] == "FlakyBackend"
    assert len(calls) == 3
    assert 0.08 < calls[1] - calls[0] < 5 and 0.18 < calls[2] - calls[1] < 5


def test_time_scale_shortens_task_timeouts_and_is_undone_after(
    client: Callable[..., Any], unique_name: str
) -> None:
    task = {
        "Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "Parameters": {"FunctionName": "${Function}", "Payload": {"taskToken.$": "$$.Task.Token"}},
        "TimeoutSeconds": 3600,
        "End": True,
    }
    sfn = client("stepfunctions")
    arn = machine(client, unique_name, {"T": task})
    with local.time_scale(0.0002):  # an hour becomes 0.72 s
        done = local.run(sfn, arn, {})
    assert done["status"] == "FAILED" and done["error"] == "States.Timeout"
    execution = local.start(sfn, arn, {})
    time.sleep(1.5)  # unscaled again: still waiting for its token
    assert sfn.describe_execution(executionArn=execution)["status"] == "RUNNING"
    [token] = local.pending_tokens(sfn, execution)
    sfn.send_task_success(taskToken=token, output='{"ok": true}')
    assert local.wait(sfn, execution)["output"] == {"ok": True}
    assert local.pending_tokens(sfn, execution) == []


def test_history_is_a_list_of_flat_records(client: Callable[..., Any], unique_name: str) -> None:
    arn = machine(
        client, unique_name, {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": True}}
    )
    sfn = client("stepfunctions")
    first, second = local.start(sfn, arn, {}), local.start(sfn, arn, {})  # unnamed twice: both run
    assert first != second
    local.wait(sfn, first)
    events = local.history(sfn, first)
    assert [e["type"] for e in events][0] == "ExecutionStarted"
    assert [e["state"] for e in events if e["type"] == "PassStateExited"] == ["A", "B"]
    assert set(events[0]) == {"id", "type", "timestamp", "state", "details"}


def test_substitute_names_the_missing_placeholders() -> None:
    with pytest.raises(ValueError, match="ResearchFunctionArn"):
        local.substitute('{"FunctionName": "${ResearchFunctionArn}"}', {})


def test_time_scale_refuses_a_non_positive_factor() -> None:
    with pytest.raises(ValueError, match="> 0"), local.time_scale(0):
        pass


def test_deploy_refuses_real_aws() -> None:
    def aws_client(service: str) -> Any:
        return boto3.client(
            service,
            region_name="us-east-1",
            endpoint_url=f"https://{service}.us-east-1.amazonaws.com",
            aws_access_key_id="x",
            aws_secret_access_key="x",
        )

    with pytest.raises(RuntimeError, match="CDK app"):
        local.deploy("approval", {}, client=aws_client)
