"""Chat with a stored agent: the turn's events (a tool step among them), the session kept, JSON and SSE from
the REST route, each event pushed over the WebSocket, and another user's agent or session refused."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import pytest
from realtime_support import Live

from agentkit.memory import NotFound
from agentkit.service import chat, rest
from agentkit.service.api_events import InvocationContext, rest_event
from agentkit.service.errors import ServiceError
from agentkit.service.identity import Identity
from agentkit.workflows import local
from agentkit.workflows.sse import parse_sse

ANA, BEN = Identity("ana"), Identity("ben")
QUESTION = "What is 12 * 7 + 3?"


def chat_call(
    agent: str, session: str, message: str, *, user: str = "ana", sse: bool = False
) -> dict[str, Any]:
    headers = {"Accept": "text/event-stream"} if sse else {}
    event = rest_event(
        "POST",
        f"/agents/{agent}/sessions/{session}/messages",
        body={"message": message},
        user=user,
        headers=headers,
    )
    return rest.handler(event, InvocationContext())


def test_a_turn_streams_tokens_a_tool_step_and_done_with_tokens_per_step(live: Live) -> None:
    agent = live.agent("ana", tools=("calculator",))
    turn = list(chat.turn(ANA, agent, "s-tool", QUESTION))
    kinds = [e.type for e in turn]
    assert kinds[-1] == "done" and "token" in kinds
    [call] = [e for e in turn if e.type == "tool_call"]
    [result] = [e for e in turn if e.type == "tool_result"]
    assert call.data["name"] == "calculator" and result.data["toolUseId"] == call.data["toolUseId"]
    assert kinds.index("tool_call") < kinds.index("tool_result")
    done = turn[-1].data
    assert done["answer"] and len(done["steps"]) == 2  # the model chose the tool, then answered
    assert all(
        step["totalTokens"] == step["inputTokens"] + step["outputTokens"] > 0 for step in done["steps"]
    )
    assert done["usage"]["totalTokens"] == sum(step["totalTokens"] for step in done["steps"])
    assert live.store.get_agent(agent).status == "idle"


def test_the_session_is_kept_and_the_next_turn_continues_it(live: Live) -> None:
    agent = live.agent("ana")
    list(chat.turn(ANA, agent, "s-kept", "Hello there"))
    list(chat.turn(ANA, agent, "s-kept", "And again"))
    said = [m.text for m in live.store.iter_messages("s-kept") if m.role == "user"]
    assert said == ["Hello there", "And again"]
    assert live.store.get_session("s-kept").user_id == "ana"


def test_another_users_agent_or_session_is_refused_before_anything_runs(live: Live) -> None:
    anas, bens = live.agent("ana"), live.agent("ben")
    list(chat.turn(ANA, anas, "s-anas", "Hi"))
    with pytest.raises(ServiceError) as agent_refused:
        chat.turn(BEN, anas, "s-new", "Hi")
    with pytest.raises(ServiceError) as session_refused:
        chat.turn(BEN, bens, "s-anas", "Hi")
    assert agent_refused.value.status == session_refused.value.status == HTTPStatus.FORBIDDEN
    assert [m.text for m in live.store.iter_messages("s-anas") if m.role == "user"] == ["Hi"]
    assert chat_call(anas, "s-new", "Hi", user="ben")["statusCode"] == HTTPStatus.FORBIDDEN


def test_the_rest_route_answers_json_with_the_steps_and_the_answer(live: Live) -> None:
    agent = live.agent("ana", tools=("calculator",))
    answer = chat_call(agent, "s-json", QUESTION)
    assert answer["statusCode"] == HTTPStatus.OK, answer
    reply = json.loads(answer["body"])
    assert reply["agentId"] == agent and reply["sessionId"] == "s-json" and reply["answer"]
    assert [e["type"] for e in reply["events"]] == ["tool_call", "tool_result"]
    assert [s["step"] for s in reply["steps"]] == [1, 2]


def test_the_rest_route_answers_sse_that_parses_back_into_the_turns_events(live: Live) -> None:
    agent = live.agent("ana", tools=("calculator",))
    answer = chat_call(agent, "s-sse", QUESTION, sse=True)
    assert answer["statusCode"] == HTTPStatus.OK
    assert answer["multiValueHeaders"]["Content-Type"] == ["text/event-stream"]
    received = list(parse_sse([answer["body"].encode()]))
    assert [e.id for e in received] == [str(n) for n in range(1, len(received) + 1)]
    kinds = [e.event for e in received]
    assert kinds[-1] == "done" and {"token", "tool_call", "tool_result"} <= set(kinds)
    assert received[-1].json()["answer"]


def test_an_empty_message_is_a_400_in_the_seeds_shape(live: Live) -> None:
    agent = live.agent("ana")
    answer = chat_call(agent, "s-empty", "")
    assert answer["statusCode"] == HTTPStatus.BAD_REQUEST
    assert json.loads(answer["body"])["error"]["code"] == "ValidationError"


def test_the_websocket_chat_action_pushes_each_event(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana", tools=("calculator",))
    live.connect("c-chat")
    body = {"action": "chat", "agentId": agent, "sessionId": "s-ws", "message": QUESTION}
    assert live.send("c-chat", body)["statusCode"] == HTTPStatus.OK
    pushed = live.endpoint.received["c-chat"]
    assert {(m["agentId"], m["sessionId"]) for m in pushed} == {(agent, "s-ws")}
    kinds = [m["type"] for m in pushed]
    assert kinds[-1] == "done" and {"token", "tool_call", "tool_result"} <= set(kinds)


def test_a_tool_definition_runs_as_its_lambda_function(live: Live) -> None:
    def count_words(event: Any, context: Any) -> dict[str, int]:
        return {"words": len(str(event.get("text", "")).split())}

    [arn] = local.functions(
        ["CountWordsFunctionArn"], {"CountWordsFunctionArn": count_words}, prefix="chat-tools"
    ).values()
    created = rest.handler(
        rest_event(
            "POST",
            "/agents",
            user="ana",
            body={
                "name": "counter",
                "configuration": {
                    "llmProvider": "bedrock",
                    "model": "any",
                    "tools": [
                        {
                            "name": "count_words",
                            "description": "Count the words in a text.",
                            "parameters": {
                                "properties": {
                                    "text": {"type": "string", "description": "the text to count"}
                                },
                                "required": ["text"],
                            },
                            "handler": arn,
                        }
                    ],
                },
            },
        ),
        InvocationContext(),
    )
    agent = json.loads(created["body"])["id"]
    turn = list(chat.turn(ANA, agent, "s-lambda", "Count the words in 'the quick brown fox'"))
    [result] = [e for e in turn if e.type == "tool_result"]
    assert result.data["status"] == "success"
    assert result.data["content"] == [{"json": {"result": {"words": 4}}}]


def test_the_openapi_document_shows_the_chat_route_with_json_and_sse(live: Live) -> None:
    document = json.loads(rest.app.get_openapi_json_schema(title="agentkit API", version="1.0.0"))
    route = document["paths"]["/agents/{agent_id}/sessions/{session_id}/messages"]["post"]
    assert {"application/json", "text/event-stream"} <= set(route["responses"]["200"]["content"])
    assert {"403", "404"} <= set(route["responses"])
    assert "ChatReply" in document["components"]["schemas"]


def test_an_agent_naming_a_tool_the_kit_lacks_is_refused_with_what_to_do(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana", tools=("teleport",))
    live.connect("c-teleport")
    body = {"action": "chat", "agentId": agent, "sessionId": "s-teleport", "message": "Beam me up"}
    assert live.send("c-teleport", body)["statusCode"] == HTTPStatus.UNPROCESSABLE_ENTITY
    [refusal] = live.endpoint.received["c-teleport"]
    assert refusal["type"] == "error" and refusal["data"]["code"] == "UnknownTool"
    assert "calculator" in refusal["data"]["message"]
    assert live.store.get_agent(agent).status == "idle"


def test_a_client_that_leaves_mid_turn_does_not_stop_the_turn(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana", tools=("calculator",))
    live.connect("c-leaver")
    live.endpoint.open.discard("c-leaver")  # gone before the first event
    body = {"action": "chat", "agentId": agent, "sessionId": "s-leaver", "message": QUESTION}
    assert live.send("c-leaver", body)["statusCode"] == HTTPStatus.OK
    assert live.store.get_agent(agent).status == "idle"
    assert [m.role for m in live.store.iter_messages("s-leaver")][-1] == "assistant"
    with pytest.raises(NotFound):
        live.store.get_connection("c-leaver")


def test_a_viewer_may_not_chat(live: Live) -> None:
    agent = live.agent("ana")
    event = rest_event(
        "POST",
        f"/agents/{agent}/sessions/s-viewer/messages",
        body={"message": "Hi"},
        user="ana",
        roles=("viewer",),
    )
    answer = rest.handler(event, InvocationContext())
    assert answer["statusCode"] == HTTPStatus.FORBIDDEN
    assert "tasks:run" in json.loads(answer["body"])["error"]["message"]


def test_the_agents_subscribers_see_it_busy_during_a_turn_and_idle_after(live: Live) -> None:
    live.endpoint.clear()
    agent = live.agent("ana")
    live.connect("c-watcher")
    live.send("c-watcher", {"action": "subscribe", "agentId": agent})
    list(chat.turn(ANA, agent, "s-watched", "Hello"))
    statuses = [m["data"] for m in live.endpoint.received["c-watcher"] if m["type"] == "status"]
    assert statuses == [
        {"oldStatus": "idle", "newStatus": "processing"},
        {"oldStatus": "processing", "newStatus": "idle"},
    ]
