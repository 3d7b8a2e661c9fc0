"""Smoke tests for the seams put into moto (time scaling, EventBridge delivery): if a moto upgrade moves them, these fail.

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

from agentkit.local.aws import bind_lambda, fire_schedule
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


# --------------------------------------------------------------------------- EventBridge delivery (agentkit.local.aws)


def _queue(client: Callable[..., Any], name: str) -> tuple[str, str]:
    sqs = client("sqs")
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    return url, sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]


def _messages(client: Callable[..., Any], url: str) -> list[dict[str, Any]]:
    answer = client("sqs").receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]
    )
    return answer.get("Messages", [])


def test_events_reach_lambda_step_functions_and_sqs_targets_with_their_input(
    client: Callable[..., Any], unique_name: str
) -> None:
    received: list[Any] = []
    arn = machine(client, unique_name, {"P": {"Type": "Pass", "End": True}})
    bind_lambda(f"{unique_name}-fn", lambda event, context: received.append(event))
    function = client("lambda").get_function(FunctionName=f"{unique_name}-fn")["Configuration"]["FunctionArn"]
    url, queue = _queue(client, unique_name)
    events, sfn = client("events"), client("stepfunctions")
    events.create_event_bus(Name=unique_name)
    events.put_rule(Name="r", EventBusName=unique_name, EventPattern=json.dumps({"source": ["seam"]}))
    events.put_targets(
        Rule="r",
        EventBusName=unique_name,
        Targets=[
            {"Id": "fn", "Arn": function},
            {"Id": "sm", "Arn": arn, "InputPath": "$.detail"},
            {"Id": "q", "Arn": queue, "Input": '{"constant": true}'},
        ],
    )
    entry = {"EventBusName": unique_name, "Source": "seam", "DetailType": "T", "Detail": '{"n": 1}'}
    assert events.put_events(Entries=[entry])["FailedEntryCount"] == 0
    [event] = received  # moto answered 500 for a Lambda target, and ignored Input/InputPath
    assert event["detail"] == {"n": 1} and event["account"] == "123456789012" and event["time"].endswith("Z")
    [execution] = sfn.list_executions(stateMachineArn=arn)["executions"]
    assert json.loads(local.wait(sfn, execution["executionArn"])["input"]) == {"n": 1}
    assert [json.loads(m["Body"]) for m in _messages(client, url)] == [{"constant": True}]


def test_an_undeliverable_event_goes_to_the_targets_dead_letter_queue(
    client: Callable[..., Any], unique_name: str
) -> None:
    url, dlq = _queue(client, unique_name)
    events = client("events")
    events.put_rule(Name=unique_name, EventPattern=json.dumps({"source": ["seam"]}))
    gone = f"arn:aws:lambda:us-east-1:123456789012:function:{unique_name}-never-created"
    events.put_targets(
        Rule=unique_name, Targets=[{"Id": "gone", "Arn": gone, "DeadLetterConfig": {"Arn": dlq}}]
    )
    events.put_events(Entries=[{"Source": "seam", "DetailType": "T", "Detail": '{"n": 2}'}])
    [letter] = _messages(client, url)
    attributes = {k: v["StringValue"] for k, v in letter["MessageAttributes"].items()}
    assert attributes["ERROR_CODE"] == "NO_RESOURCE" and attributes["RETRY_ATTEMPTS"] == "0"
    assert attributes["TARGET_ARN"] == gone and attributes["RULE_ARN"].endswith(f":rule/{unique_name}")
    assert "Function not found" in attributes["ERROR_MESSAGE"]
    assert json.loads(letter["Body"])["detail"] == {"n": 2}


def test_disabled_and_schedule_rules_ignore_put_events_and_fire_schedule_fires_once(
    client: Callable[..., Any], unique_name: str
) -> None:
    url, queue = _queue(client, unique_name)
    events = client("events")
    events.put_rule(Name=f"{unique_name}-off", EventPattern='{"source": ["seam"]}', State="DISABLED")
    rule = events.put_rule(Name=f"{unique_name}-tick", ScheduleExpression="rate(1 hour)")["RuleArn"]
    for name in (f"{unique_name}-off", f"{unique_name}-tick"):
        events.put_targets(Rule=name, Targets=[{"Id": "q", "Arn": queue}])
    events.put_events(Entries=[{"Source": "seam", "DetailType": "T", "Detail": "{}"}])
    assert _messages(client, url) == []  # moto delivered through both
    fired = fire_schedule(rule)
    [message] = _messages(client, url)
    assert json.loads(message["Body"]) == fired
    assert fired["detail-type"] == "Scheduled Event" and fired["resources"] == [rule]
    with pytest.raises(ValueError, match="no ScheduleExpression"):
        fire_schedule(events.describe_rule(Name=f"{unique_name}-off")["Arn"])


def test_a_state_machine_publishes_through_the_events_integration(
    client: Callable[..., Any], unique_name: str
) -> None:
    url, queue = _queue(client, unique_name)
    events = client("events")
    events.create_event_bus(Name=unique_name)
    events.put_rule(Name="r", EventBusName=unique_name, EventPattern=json.dumps({"detail-type": ["Done"]}))
    events.put_targets(Rule="r", EventBusName=unique_name, Targets=[{"Id": "q", "Arn": queue}])
    entry = {"EventBusName": "${Bus}", "Source": "seam", "DetailType": "Done", "Detail.$": "$"}
    task = {
        "Type": "Task",
        "Resource": "arn:aws:states:::events:putEvents",
        "Parameters": {"Entries": [entry]},
    }
    role = client("iam").create_role(RoleName=unique_name, AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    definition = local.substitute(
        json.dumps({"StartAt": "P", "States": {"P": task | {"End": True}}}), {"Bus": unique_name}
    )
    sfn = client("stepfunctions")
    arn = sfn.create_state_machine(name=unique_name, definition=definition, roleArn=role)["stateMachineArn"]
    done = local.run(sfn, arn, {"ok": 1})
    [message] = _messages(client, url)
    event = json.loads(message["Body"])
    assert event["detail"] == {"ok": 1} and done["executionArn"] in event["resources"]


def test_moto_matches_json_booleans_as_numbers() -> None:
    """A divergence from AWS that property 38's generator steers around (booleans and numbers in one field).

    On AWS `true` is no number and `0` is not `false`. If this fails, moto was fixed: let property 38 mix them.
    """
    from moto.events.models import EventPattern

    def matches(pattern: dict[str, Any], detail: dict[str, Any]) -> bool:
        return EventPattern.load(json.dumps({"detail": pattern})).matches_event({"detail": detail})  # type: ignore[typeddict-item]

    assert matches({"a": [{"numeric": [">", 0]}]}, {"a": True})
    assert matches({"a": [0]}, {"a": False})


def test_wait_wakes_when_the_execution_ends_not_at_the_next_poll(
    client: Callable[..., Any], unique_name: str
) -> None:
    arn = machine(client, unique_name, {"A": {"Type": "Pass", "End": True}})
    sfn = client("stepfunctions")
    started = time.monotonic()
    done = local.wait(sfn, local.start(sfn, arn, {"n": 1}), poll=20)
    assert done["output"] == {"n": 1} and time.monotonic() - started < 10


def test_a_definition_is_parsed_once_and_each_execution_evaluates_its_own_input(
    client: Callable[..., Any], unique_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
    from moto.stepfunctions.parser.asl.utils import json_path

    states = {
        "W": {"Type": "Wait", "Seconds": 1, "Next": "Double"},
        "Double": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, $.n)"}, "End": True},
    }
    arn = machine(client, unique_name, states)
    sfn = client("stepfunctions")
    parsed: list[str] = []
    parse = AmazonStateLanguageParser.parse
    monkeypatch.setattr(AmazonStateLanguageParser, "parse", lambda text: parsed.append(text) or parse(text))
    with local.time_scale(0.05):
        assert local.run(sfn, arn, {"n": 0})["output"] == {"n": 0}
        # Three executions that overlap in their Wait, each with its own components and input.
        executions = [local.start(sfn, arn, {"n": n}) for n in (1, 2, 3)]
        outputs = [local.wait(sfn, e)["output"] for e in executions]
    assert outputs == [{"n": 2}, {"n": 4}, {"n": 6}]
    assert len(parsed) == 1, "the definition was parsed for more than one execution"
    assert json_path.parse.cache_info().hits > 0, "JSONPath expressions are compiled at each use"
