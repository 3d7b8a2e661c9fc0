"""The tasks seed §16.3 REST cases for the agents resource, cross-user access, body limits, pagination, OpenAPI."""

from __future__ import annotations

import json

import pytest
from rest_support import Api

from agentkit.service import rest
from agentkit.service.api_events import InvocationContext, rest_event

CONFIG = {
    "llmProvider": "openai",
    "model": "gpt-4",
    "tools": [
        {
            "name": "lookup",
            "description": "Finds an order",
            "parameters": {"type": "object"},
            "handler": "arn:aws:lambda:us-east-1:123456789012:function:lookup",
        }
    ],
    "systemPrompt": "You are a helpful assistant",
}


def _create(api: Api, user: str = "ana", name: str = "helper") -> dict:
    reply = api.call("POST", "/agents", body={"name": name, "configuration": CONFIG}, user=user)
    assert reply.status == 201, reply.body
    return reply.body


def test_post_agents_creates_an_idle_agent_of_the_caller(api: Api) -> None:
    agent = _create(api)
    assert agent["id"] and agent["userId"] == "ana" and agent["status"] == "idle" and agent["version"] == 1
    assert agent["configuration"] == {"temperature": None, "maxTokens": None, **CONFIG}


def test_post_agents_rejects_an_invalid_provider(api: Api) -> None:
    reply = api.call(
        "POST", "/agents", body={"name": "x", "configuration": {**CONFIG, "llmProvider": "invalid"}}
    )
    assert reply.status == 400
    assert reply.body["error"]["details"][0]["field"] == "body.configuration.llmProvider"
    assert "'openai'" in reply.body["error"]["details"][0]["problem"]


def test_get_agent_by_id(api: Api) -> None:
    agent = _create(api)
    assert api.call("GET", f"/agents/{agent['id']}").body == agent


def test_put_agent_renames_and_keeps_the_configuration(api: Api) -> None:
    agent = _create(api)
    renamed = api.call("PUT", f"/agents/{agent['id']}", body={"name": "renamed"}).body
    assert renamed["name"] == "renamed" and renamed["configuration"] == agent["configuration"]
    assert renamed["version"] == 2 and renamed["updatedAt"] > agent["updatedAt"]


def test_delete_agent_then_it_is_not_found(api: Api) -> None:
    agent = _create(api)
    deleted = api.call("DELETE", f"/agents/{agent['id']}")
    assert (deleted.status, deleted.body) == (204, None)
    assert api.call("GET", f"/agents/{agent['id']}").body["error"]["code"] == "AgentNotFound"


@pytest.mark.parametrize(("method", "body"), [("GET", None), ("PUT", {"name": "taken"}), ("DELETE", None)])
def test_another_users_agent_is_refused_and_left_alone(api: Api, method: str, body: dict | None) -> None:
    agent = _create(api, user="ana")
    reply = api.call(method, f"/agents/{agent['id']}", body=body, user="bob")
    assert reply.status == 403 and reply.body["error"]["code"] == "Forbidden"
    assert api.call("GET", f"/agents/{agent['id']}", user="ana").body == agent
    assert agent["id"] not in {
        a["id"] for a in api.call("GET", "/agents?limit=100", user="bob").body["items"]
    }


def test_a_request_without_identity_is_401_on_every_route(api: Api) -> None:
    agent = _create(api)
    for method, path in [
        ("POST", "/agents"),
        ("GET", "/agents"),
        ("GET", f"/agents/{agent['id']}"),
        ("PUT", f"/agents/{agent['id']}"),
        ("DELETE", f"/agents/{agent['id']}"),
    ]:
        body = {"name": "n", "configuration": CONFIG} if method in ("POST", "PUT") else None
        reply = api.call(method, path, body=body, user=None)
        assert reply.status == 401 and reply.body["error"]["code"] == "Unauthorized", (method, path)


def test_an_oversized_body_is_413_and_nothing_is_written(api: Api) -> None:
    before = api.call("GET", "/agents?limit=100", user="big").body["items"]
    prompt = "x" * (rest.MAX_BODY_BYTES + 1)
    reply = api.call(
        "POST",
        "/agents",
        body={"name": "big", "configuration": {**CONFIG, "systemPrompt": prompt}},
        user="big",
    )
    assert reply.status == 413 and reply.body["error"]["code"] == "PayloadTooLarge"
    assert str(rest.MAX_BODY_BYTES) in reply.body["error"]["message"]
    assert api.call("GET", "/agents?limit=100", user="big").body["items"] == before == []


@pytest.mark.parametrize(
    "body",
    [
        '{"name": "x"',
        "name=x",
        '{"name": "x", "configuration": {"llmProvider": "openai", "model": "m", "temperature": NaN}}',
    ],
)
def test_a_malformed_body_is_400_and_nothing_is_written(api: Api, body: str) -> None:
    reply = api.call("POST", "/agents", body=body, user="sloppy")
    assert reply.status == 400 and reply.body["error"]["code"] in ("MalformedJSON", "ValidationError")
    assert api.call("GET", "/agents", user="sloppy").body["items"] == []


def test_listing_is_per_user_newest_first_in_pages(api: Api) -> None:
    made = [_create(api, user="pager", name=f"agent {i}")["id"] for i in range(5)]
    _create(api, user="other")
    seen, token, pages = [], None, 0
    while True:
        reply = api.call("GET", "/agents?limit=2" + (f"&nextToken={token}" if token else ""), user="pager")
        assert reply.status == 200 and len(reply.body["items"]) <= 2
        seen += [a["id"] for a in reply.body["items"]]
        pages += 1
        token = reply.body["nextToken"]
        if token is None:
            break
    assert seen == made[::-1] and pages == 3


def test_a_next_token_is_only_good_for_its_own_listing(api: Api) -> None:
    for i in range(3):
        _create(api, user="carol", name=f"c{i}")
    token = api.call("GET", "/agents?limit=1", user="carol").body["nextToken"]
    reply = api.call("GET", f"/agents?nextToken={token}", user="dave")
    assert reply.status == 400 and reply.body["error"]["code"] == "InvalidNextToken"
    assert api.call("GET", "/agents?limit=0", user="carol").status == 400


def test_unknown_route_is_404_in_the_error_shape(api: Api) -> None:
    reply = api.call("GET", "/agentz")
    assert reply.status == 404 and "GET /openapi.json" in reply.body["error"]["message"]


def test_openapi_document_lists_the_routes_and_models(api: Api) -> None:
    served = api.call("GET", "/openapi.json", user=None)
    assert served.status == 200 and served.body == json.loads(
        rest.app.get_openapi_json_schema(title="agentkit API", version="1.0.0")
    )
    paths = served.body["paths"]
    assert {"/agents", "/agents/{agent_id}"} <= set(paths)  # other resources add their own routes
    assert set(paths["/agents"]) == {"get", "post"} and set(paths["/agents/{agent_id}"]) == {
        "get",
        "put",
        "delete",
    }
    schemas = served.body["components"]["schemas"]
    assert schemas["NewConfiguration"]["properties"]["temperature"]["anyOf"][0]["maximum"] == 2
    assert "403" in paths["/agents/{agent_id}"]["get"]["responses"]


def test_the_log_lines_carry_the_requests_correlation_id(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.handler.setFormatter(rest.logger.registered_formatter)  # the JSON lines Lambda would write
    event = rest_event("POST", "/agents", body={"name": "logged", "configuration": CONFIG}, user="ana")
    rest.handler(event, InvocationContext())
    lines = [json.loads(line) for line in caplog.text.splitlines()]
    created = [line for line in lines if line.get("message") == "agent created"]
    assert created and created[-1]["correlation_id"] == event["requestContext"]["requestId"]


def test_an_agent_whose_event_cannot_be_published_is_not_kept(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENTKIT_EVENT_BUS", "no-such-bus")
    reply = api.call("POST", "/agents", body={"name": "unheard", "configuration": CONFIG}, user="erin")
    assert reply.status == 500 and reply.body["error"]["code"] == "InternalError"
    assert "requestId" in reply.body["error"]["message"]
    assert api.call("GET", "/agents", user="erin").body["items"] == []


def test_a_principal_that_cannot_be_a_user_id_is_401(api: Api) -> None:
    reply = api.call("GET", "/agents", user="auth0|has spaces#")
    assert reply.status == 401 and "not a valid id" in reply.body["error"]["message"]
