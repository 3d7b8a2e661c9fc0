"""The GraphQL API: its queries and mutations answer as REST does (one service layer), refuse another user's
records with REST's codes in `extensions`, and refuse bad requests in the seed's error shape."""

from __future__ import annotations

import json
from typing import Any

import pytest
from rest_support import Api

from agentkit.service import graphql_api
from agentkit.service.api_events import InvocationContext, rest_event

CONFIG = {"llmProvider": "OPENAI", "model": "gpt-4o", "systemPrompt": "Be brief"}
AGENT_FIELDS = (
    "id userId name status version createdAt updatedAt configuration { llmProvider model systemPrompt }"
)


def gql(
    query: str, variables: dict | None = None, *, user: str | None = "ana", roles=("user",)
) -> dict[str, Any]:
    event = rest_event(
        "POST", "/graphql", body={"query": query, "variables": variables}, user=user, roles=roles
    )
    answer = graphql_api.handler(event, InvocationContext())
    return {"status": answer["statusCode"], **json.loads(answer["body"])}


def _create(user: str = "ana", name: str = "helper") -> dict[str, Any]:
    reply = gql(
        f"mutation($input: CreateAgentInput!) {{ createAgent(input: $input) {{ {AGENT_FIELDS} }} }}",
        {"input": {"name": name, "configuration": CONFIG}},
        user=user,
    )
    assert "errors" not in reply, reply
    return reply["data"]["createAgent"]


def test_create_agent_is_the_agent_rest_shows(api: Api) -> None:
    agent = _create()
    rest = api.call("GET", f"/agents/{agent['id']}").body
    assert agent["userId"] == "ana" and agent["status"] == "IDLE" and agent["version"] == 1
    assert (agent["name"], agent["createdAt"]) == (rest["name"], rest["createdAt"].replace("Z", "+00:00"))
    assert agent["configuration"] == {"llmProvider": "OPENAI", "model": "gpt-4o", "systemPrompt": "Be brief"}
    assert {e["detail-type"] for e in api.events()} >= {"AgentCreated"}


def test_update_delete_and_tasks_through_graphql(api: Api) -> None:
    agent = _create()
    renamed = gql(
        'mutation($id: ID!) { updateAgent(id: $id, input: {name: "renamed"}) { name version } }',
        {"id": agent["id"]},
    )
    assert renamed["data"]["updateAgent"] == {"name": "renamed", "version": 2}
    task = gql(
        'mutation($id: ID!) { createTask(agentId: $id, input: {description: "look it up"}) { id status steps { action input } } }',
        {"id": agent["id"]},
    )["data"]["createTask"]
    assert task["status"] == "PENDING" and task["steps"] == [
        {"action": "search_documents", "input": "look it up"}
    ]
    listed = gql(
        "query($id: ID!) { tasks(agentId: $id) { items { id description } nextToken } }", {"id": agent["id"]}
    )
    assert listed["data"]["tasks"] == {
        "items": [{"id": task["id"], "description": "look it up"}],
        "nextToken": None,
    }
    one = gql(
        "query($a: ID!, $t: ID!) { task(agentId: $a, taskId: $t) { id } }",
        {"a": agent["id"], "t": task["id"]},
    )
    assert one["data"]["task"] == {"id": task["id"]}
    assert gql("mutation($id: ID!) { deleteAgent(id: $id) }", {"id": agent["id"]})["data"] == {
        "deleteAgent": True
    }
    gone = gql("query($id: ID!) { agent(id: $id) { id } }", {"id": agent["id"]})
    assert gone["data"] == {"agent": None} and gone["errors"][0]["extensions"]["code"] == "AgentNotFound"


OPERATIONS = [
    ("query($id: ID!) { agent(id: $id) { id } }", {}),
    ("query($id: ID!) { tasks(agentId: $id) { items { id } } }", {}),
    ("query($id: ID!, $t: ID!) { task(agentId: $id, taskId: $t) { id } }", {"t": "TASK"}),
    ('mutation($id: ID!) { updateAgent(id: $id, input: {name: "taken"}) { id } }', {}),
    ("mutation($id: ID!) { deleteAgent(id: $id) }", {}),
    ('mutation($id: ID!) { createTask(agentId: $id, input: {description: "not yours"}) { id } }', {}),
]


@pytest.mark.parametrize(("query", "extra"), OPERATIONS)
def test_another_users_agent_is_refused_on_every_operation(api: Api, query: str, extra: dict) -> None:
    agent = _create(user="ana")
    task = gql(
        'mutation($id: ID!) { createTask(agentId: $id, input: {description: "mine"}) { id } }',
        {"id": agent["id"]},
    )["data"]["createTask"]
    agent = gql(f"query($id: ID!) {{ agent(id: $id) {{ {AGENT_FIELDS} }} }}", {"id": agent["id"]})["data"][
        "agent"
    ]
    variables = {"id": agent["id"], **{k: task["id"] for k in extra}}
    reply = gql(query, variables, user="bob")
    assert reply["status"] == 200 and [e["extensions"]["code"] for e in reply["errors"]] == ["Forbidden"]
    assert "another user" in reply["errors"][0]["message"]
    still = gql(f"query($id: ID!) {{ agent(id: $id) {{ {AGENT_FIELDS} }} }}", {"id": agent["id"]})["data"][
        "agent"
    ]
    assert still == agent
    tasks = gql("query($id: ID!) { tasks(agentId: $id) { items { id } } }", {"id": agent["id"]})["data"][
        "tasks"
    ]
    assert tasks["items"] == [{"id": task["id"]}]
    bobs = gql("{ agents(limit: 100) { items { id } } }", user="bob")["data"]["agents"]["items"]
    assert {"id": agent["id"]} not in bobs


def test_invalid_input_has_rests_code_and_details_and_writes_nothing(api: Api) -> None:
    before = gql("{ agents(limit: 100) { items { id } } }")["data"]["agents"]["items"]
    bad = gql(
        "mutation($input: CreateAgentInput!) { createAgent(input: $input) { id } }",
        {"input": {"name": "x", "configuration": {**CONFIG, "temperature": 3.5}}},
    )
    [error] = bad["errors"]
    assert error["extensions"]["code"] == "ValidationError"
    assert error["extensions"]["details"][0]["field"] == "input.configuration.temperature"
    assert gql("{ agents(limit: 100) { items { id } } }")["data"]["agents"]["items"] == before
    agent = _create()
    long = gql(
        "mutation($id: ID!, $d: String!) { createTask(agentId: $id, input: {description: $d}) { id } }",
        {"id": agent["id"], "d": "x" * 10_001},
    )
    assert long["errors"][0]["extensions"]["code"] == "ValidationError"
    assert api.call("GET", f"/agents/{agent['id']}/tasks").body["items"] == []
    viewer = gql(
        'mutation { createAgent(input: {name: "v", configuration: {llmProvider: OPENAI, model: "m"}}) { id } }',
        roles=("viewer",),
    )
    assert viewer["errors"][0]["extensions"]["code"] == "Forbidden"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ("{not json", 400, "MalformedRequest"),
        (json.dumps({"variables": {}}), 400, "MalformedRequest"),
        (json.dumps({"query": "{ agents { items { id } } }", "pad": "x" * 100_001}), 413, "PayloadTooLarge"),
    ],
)
def test_bad_requests_are_refused_in_the_seeds_shape(api: Api, body: str, status: int, code: str) -> None:
    event = rest_event("POST", "/graphql", body=body, user="ana")
    answer = graphql_api.handler(event, InvocationContext())
    error = json.loads(answer["body"])["error"]
    assert answer["statusCode"] == status and error["code"] == code
    assert set(error) == {"code", "message", "details", "requestId", "timestamp"}
    assert error["requestId"] == event["requestContext"]["requestId"]


def test_a_query_that_does_not_fit_the_schema_is_an_invalid_query(api: Api) -> None:
    reply = gql("{ agents { items { password } } }")
    assert reply["errors"][0]["extensions"]["code"] == "InvalidQuery" and reply["data"] is None


def test_no_identity_is_401(api: Api) -> None:
    reply = gql("{ agents { items { id } } }", user=None)
    assert reply["status"] == 401 and reply["error"]["code"] == "Unauthorized"
