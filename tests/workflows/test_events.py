"""The kit's bus on local AWS, by example: what `install` creates, bad details refused, the DLQ, the schedule,
and a task from `TaskCreated` to `TaskCompleted`. The numbered properties are in test_property_*.py."""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest
from event_kit_support import EventKit

from agentkit.workflows import event_routes, events, local
from agentkit.workflows.events import RETRY_POLICY, RULES, InvalidEventDetail


def test_install_creates_every_rule_with_dead_letter_queue_and_retry_policy(event_kit: EventKit) -> None:
    installed, client = event_kit.installed, event_kit.client
    assert events.install(_handlers(event_kit), bus=installed.bus, client=client) == installed  # idempotent
    bridge = client("events")
    for rule in RULES:
        on = {} if rule.schedule else {"EventBusName": installed.bus}
        name = events.rule_name(rule, installed.bus)
        described = bridge.describe_rule(Name=name, **on)
        assert described.get("ScheduleExpression") == rule.schedule
        assert json.loads(described.get("EventPattern", "null")) == rule.pattern
        targets = bridge.list_targets_by_rule(Rule=name, **on)["Targets"]
        assert [t["Id"] for t in targets] == [t.id for t in rule.targets]
        assert all(t["DeadLetterConfig"] == {"Arn": installed.dlq_arn} for t in targets)
        assert all(t["RetryPolicy"] == RETRY_POLICY for t in targets)


def _handlers(event_kit: EventKit) -> dict[str, Any]:
    """The same handlers again: reinstalling must not need new ones (the functions are reused)."""
    from agentkit.service.handlers import HANDLERS

    return {p: event_kit.calls.spy(p, h) for p, h in HANDLERS.items()}


@pytest.mark.parametrize(
    ("detail_type", "detail", "says"),
    [
        ("TaskCreated", {"description": "x", "steps": []}, "steps: List should have at least 1 item"),
        ("AgentStatusChanged", {"agent_id": "a", "old_status": "idle", "new_status": "asleep"}, "new_status"),
        ("ErrorOccurred", {"component": "c", "error_type": "E", "error_message": "m", "extra": 1}, "extra"),
        ("TaskDeleted", {}, "the kit defines TaskCreated"),
    ],
)
def test_publish_refuses_a_bad_detail_and_says_what_is_expected(
    event_kit: EventKit, detail_type: str, detail: dict[str, Any], says: str
) -> None:
    with pytest.raises(InvalidEventDetail, match=says):
        events.publish(detail_type, detail, bus=event_kit.installed.bus, client=event_kit.client)


def test_an_event_for_a_subscriber_that_is_gone_lands_in_the_dlq_and_the_others_still_get_it(
    event_kit: EventKit,
) -> None:
    installed, client = event_kit.installed, event_kit.client
    gone = "arn:aws:lambda:us-east-1:123456789012:function:deleted-subscriber"
    events.subscribe(installed, gone, client=client)
    try:
        change = {"agent_id": "a-1", "old_status": "idle", "new_status": "processing"}
        event_id = events.publish("AgentStatusChanged", change, bus=installed.bus, client=client)
    finally:
        events.unsubscribe(installed, gone, client=client)
    assert [e["id"] for e in event_kit.calls["StatusUpdateFunctionArn"]][-1] == event_id
    [letter] = events.dead_letters(installed, client=client)
    assert letter["error_code"] == "NO_RESOURCE" and letter["target"] == gone
    assert letter["rule"] == installed.rules["state-changes"]
    assert letter["event"]["id"] == event_id and letter["event"]["detail"] == change
    assert events.dead_letters(installed, client=client) == []  # read once, then gone from the queue


def test_a_rule_takes_at_most_five_subscribers(event_kit: EventKit) -> None:
    installed, client = event_kit.installed, event_kit.client
    extra = [f"arn:aws:sqs:us-east-1:123456789012:extra-{n}" for n in range(5)]
    try:
        for arn in extra[:4]:
            events.subscribe(installed, arn, client=client)
        with pytest.raises(ValueError, match="at most|the most a rule can have"):
            events.subscribe(installed, extra[4], client=client)
    finally:
        for arn in extra:
            events.unsubscribe(installed, arn, client=client)


def test_the_schedule_fires_the_scheduled_task_handler_with_its_constant_input(event_kit: EventKit) -> None:
    event_kit.calls.clear()
    fired = events.fire_schedule(event_kit.installed, client=event_kit.client)
    assert fired["detail-type"] == "Scheduled Event"
    assert event_kit.calls["ScheduledTaskFunctionArn"] == [
        {"schedule_id": "hourly", "task_type": "heartbeat"}
    ]


def test_fire_schedule_refuses_real_aws_and_unknown_rules(event_kit: EventKit) -> None:
    with pytest.raises(ValueError, match="hourly-task"):
        events.fire_schedule(event_kit.installed, "nightly", client=event_kit.client)

    def aws(service: str) -> Any:
        return boto3.client(  # an AWS endpoint named outright: the module's environment points at local AWS
            service,
            endpoint_url=f"https://{service}.us-east-1.amazonaws.com",
            region_name="us-east-1",
            aws_access_key_id="x",
            aws_secret_access_key="x",
        )

    with pytest.raises(RuntimeError, match="only runs on local AWS"):
        events.fire_schedule(event_kit.installed, client=aws)


def test_a_created_task_runs_and_its_completion_reaches_a_watcher_and_the_status_handler(
    event_kit: EventKit,
) -> None:
    installed, client = event_kit.installed, event_kit.client
    watcher = events.watch(installed, ["TaskCompleted"], name="test-events-completed", client=client)
    task = {
        "task_id": "t-42",
        "description": "leave policy",
        "steps": [{"action": "search_documents", "input": "leave"}],
    }
    events.publish("TaskCreated", task, bus=installed.bus, client=client)
    sfn = client("stepfunctions")
    [execution] = [
        e
        for e in sfn.list_executions(stateMachineArn=installed.targets["TaskExecutionStateMachineArn"])[
            "executions"
        ]
        if json.loads(sfn.describe_execution(executionArn=e["executionArn"])["input"])
        == task
        | {"agent_id": None, "requires_approval": False}  # the detail as validated, defaults written out
    ]
    assert local.wait(sfn, execution["executionArn"])["status"] == "SUCCEEDED"
    [completed] = watcher.receive()
    assert completed["detail"] == {"task_id": "t-42", "status": "completed", "steps": 1}
    assert execution["executionArn"] in completed["resources"]
    assert completed["id"] in [e["id"] for e in event_kit.calls["StatusUpdateFunctionArn"]]


def test_the_routes_drawing_shows_every_rule_and_target_and_is_well_formed_svg() -> None:
    from xml.etree import ElementTree

    routes = event_routes.draw()
    svg = ElementTree.fromstring(routes._repr_svg_())
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert {r.name for r in RULES} <= set(texts)
    assert "scheduled task function" in texts and "task execution state machine" in texts
    assert str(routes).splitlines()[0] == f"bus {events.BUS_NAME}" and "rate(1 hour)" in str(routes)


def test_publish_to_a_bus_that_does_not_exist_says_to_install_it(event_kit: EventKit) -> None:
    detail = {"component": "c", "error_type": "E", "error_message": "m"}
    with pytest.raises(RuntimeError, match=r"install\(\.\.\.\) first"):
        events.publish("ErrorOccurred", detail, bus="no-such-bus", client=event_kit.client)
