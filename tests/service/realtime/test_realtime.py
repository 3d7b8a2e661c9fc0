"""The WebSocket API's function and the status handler, by example: connect, subscribe, refusals, gone clients."""

from __future__ import annotations

import json
from http import HTTPStatus

import boto3
import pytest
from realtime_support import Live, ws_event

from agentkit.memory import NotFound
from agentkit.service import realtime
from agentkit.workflows import events, local


def test_subscribing_to_your_agent_is_confirmed_and_its_status_changes_arrive(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana")
    live.connect("c-own")
    assert live.send("c-own", {"action": "subscribe", "agentId": agent})["statusCode"] == HTTPStatus.OK
    [confirmed] = live.endpoint.received["c-own"]
    assert confirmed == {"type": "subscribed", "agentId": agent, "data": {"subscriptions": [agent]}}
    events.publish(
        "AgentStatusChanged",
        {"agent_id": agent, "old_status": "idle", "new_status": "processing"},
        bus=live.installed.bus,
    )
    assert live.endpoint.received["c-own"][1:] == [
        {"type": "status", "agentId": agent, "data": {"oldStatus": "idle", "newStatus": "processing"}}
    ]


def test_another_users_agent_cannot_be_subscribed_to_and_nothing_is_recorded(live: Live) -> None:
    live.endpoint.clear()
    anas = live.agent("ana")
    live.connect("c-ben", user="ben")
    answer = live.send("c-ben", {"action": "subscribe", "agentId": anas}, user="ben")
    assert answer["statusCode"] == HTTPStatus.FORBIDDEN
    [refusal] = live.endpoint.received["c-ben"]
    assert refusal["type"] == "error" and refusal["data"]["code"] == "Forbidden"
    assert "another user" in refusal["data"]["message"]
    assert live.store.get_connection("c-ben").subscriptions == ()
    assert "c-ben" not in live.store.subscribers(anas)


def test_a_connection_used_with_another_identity_is_refused(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ben")
    live.connect("c-ana-only", user="ana")
    answer = live.send("c-ana-only", {"action": "subscribe", "agentId": agent}, user="ben")
    assert answer["statusCode"] == HTTPStatus.FORBIDDEN
    assert live.store.get_connection("c-ana-only").subscriptions == ()


def test_unknown_agents_and_malformed_messages_are_refused_with_what_to_send(live: Live) -> None:
    live.endpoint.clear()
    live.connect("c-bad")
    assert (
        live.send("c-bad", {"action": "subscribe", "agentId": "nope"})["statusCode"] == HTTPStatus.NOT_FOUND
    )
    assert live.send("c-bad", "{not json")["statusCode"] == HTTPStatus.BAD_REQUEST
    assert live.send("c-bad", {"action": "dance"})["statusCode"] == HTTPStatus.BAD_REQUEST
    codes = [m["data"]["code"] for m in live.endpoint.received["c-bad"]]
    assert codes == ["AgentNotFound", "ValidationError", "ValidationError"]
    assert '"action": "subscribe"' in live.endpoint.received["c-bad"][1]["data"]["message"]


def test_connect_without_an_identity_is_401_and_records_nothing(live: Live) -> None:
    answer = realtime.handler(ws_event("$connect", "c-anon", user=None), None)
    assert answer["statusCode"] == HTTPStatus.UNAUTHORIZED
    assert json.loads(answer["body"])["error"]["code"] == "Unauthorized"
    with pytest.raises(NotFound):
        live.store.get_connection("c-anon")


def test_a_gone_client_is_closed_and_the_others_still_get_the_update(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana")
    for connection in ("c-stays", "c-leaves"):
        live.connect(connection)
        live.send(connection, {"action": "subscribe", "agentId": agent})
    live.endpoint.open.discard("c-leaves")  # the client vanished without a $disconnect
    event = {
        "version": "0",
        "id": "e-1",
        "detail-type": "AgentStatusChanged",
        "source": "agentkit.agents",
        "time": "2026-12-04T00:00:00Z",
        "detail": {"agent_id": agent, "old_status": "idle", "new_status": "waiting"},
    }
    result = realtime.status_handler(event, None)
    assert result["pushed"] == ["c-stays"] and result["gone"] == ["c-leaves"]
    assert live.store.subscribers(agent) == ["c-stays"]


def test_disconnect_forgets_the_connection_and_its_subscriptions(live: Live) -> None:
    agent = live.agent("ana")
    live.connect("c-bye")
    live.send("c-bye", {"action": "subscribe", "agentId": agent})
    assert realtime.handler(ws_event("$disconnect", "c-bye"), None)["statusCode"] == HTTPStatus.OK
    assert live.store.subscribers(agent) == []


def test_a_failed_task_reaches_its_agents_subscribers_as_an_error(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana")
    live.connect("c-failure")
    live.send("c-failure", {"action": "subscribe", "agentId": agent})
    live.endpoint.received.clear()
    task = {
        "task_id": "t-refused",
        "agent_id": agent,
        "description": "Tidy the sales table",
        "steps": [{"action": "query_database", "input": "DELETE FROM sales"}],
    }
    events.publish("TaskCreated", task, bus=live.installed.bus)
    sfn = boto3.client("stepfunctions")
    workflow = live.installed.targets[events.TASK_WORKFLOW]
    [latest] = sfn.list_executions(stateMachineArn=workflow, maxResults=1)["executions"]
    assert local.wait(sfn, latest["executionArn"], poll=0.02)["status"] == "FAILED"
    [error] = live.endpoint.received["c-failure"]
    assert error["type"] == "error" and error["agentId"] == agent and error["taskId"] == "t-refused"
    assert error["data"]["code"] == "StepFailedError" and "SELECT" in error["data"]["message"]
