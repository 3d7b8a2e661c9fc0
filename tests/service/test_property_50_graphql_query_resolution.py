"""Property 50: for any valid GraphQL query, the handler resolves it against DynamoDB and returns the requested
data — exactly the fields asked for, with the values the service layer (and so REST) holds for them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api

from agentkit.service import graphql_api, operations
from agentkit.service.api_events import InvocationContext, rest_event
from agentkit.service.identity import Identity
from agentkit.service.schemas import NewAgent, NewTask

ANA = Identity("ana")
AGENT_SCALARS = ["id", "userId", "name", "status", "version", "createdAt", "updatedAt"]
CONFIG_SCALARS = ["llmProvider", "model", "systemPrompt", "temperature", "maxTokens"]
TASK_SCALARS = [
    "id",
    "agentId",
    "description",
    "status",
    "requiresApproval",
    "currentStep",
    "result",
    "createdAt",
]


@pytest.fixture(scope="module")
def stored(api: Api) -> dict[str, Any]:
    """Three agents of ana's with 0-2 tasks each, made through the service layer, and what it shows for them."""
    agents = []
    for n in range(3):
        config = {
            "llmProvider": ["openai", "anthropic", "bedrock"][n],
            "model": f"m{n}",
            "temperature": n / 2,
        }
        agent = operations.create_agent(
            ANA, NewAgent.model_validate({"name": f"a{n}", "configuration": config})
        )
        for k in range(n):
            operations.create_task(ANA, agent.id, NewTask(description=f"task {k} of a{n}"))
        agents.append(agent.id)
    return {"agents": agents}


def expected_agent(agent_id: str, fields: list[str], config: list[str]) -> dict[str, Any]:
    shown = operations.get_agent(ANA, agent_id).model_dump(mode="json", by_alias=True)
    shown["status"] = shown["status"].upper()
    shown["createdAt"] = shown["createdAt"].replace("Z", "+00:00")
    shown["updatedAt"] = shown["updatedAt"].replace("Z", "+00:00")
    value = {f: shown[f] for f in fields}
    if config:
        c = shown["configuration"]
        value["configuration"] = {f: c[f].upper() if f == "llmProvider" else c[f] for f in config}
    return value


def expected_task(agent_id: str, task_id: str, fields: list[str]) -> dict[str, Any]:
    shown = operations.get_task(ANA, agent_id, task_id).model_dump(mode="json", by_alias=True)
    shown["status"] = shown["status"].upper()
    shown["createdAt"] = shown["createdAt"].replace("Z", "+00:00")
    shown["result"] = None if shown["result"] is None else json.dumps(shown["result"])
    return {f: shown[f] for f in fields}


def run(query: str, variables: dict[str, Any]) -> dict[str, Any]:
    event = rest_event("POST", "/graphql", body={"query": query, "variables": variables}, user="ana")
    answer = graphql_api.handler(event, InvocationContext())
    assert answer["statusCode"] == 200
    body = json.loads(answer["body"])
    assert "errors" not in body, body
    return body["data"]


subsets = lambda names: st.lists(st.sampled_from(names), min_size=1, unique=True)  # noqa: E731


@settings(max_examples=100, deadline=None)
@given(
    kind=st.sampled_from(["agent", "agents", "task", "tasks"]),
    which=st.integers(0, 2),
    agent_fields=subsets(AGENT_SCALARS),
    config_fields=st.lists(st.sampled_from(CONFIG_SCALARS), unique=True),
    task_fields=subsets(TASK_SCALARS),
    limit=st.integers(1, 3),
)
def test_property_50_graphql_query_resolution(
    stored: dict[str, Any],
    kind: str,
    which: int,
    agent_fields: list[str],
    config_fields: list[str],
    task_fields: list[str],
    limit: int,
) -> None:
    agent_id = stored["agents"][which]
    selection = " ".join(agent_fields) + (
        f" configuration {{ {' '.join(config_fields)} }}" if config_fields else ""
    )
    if kind == "agent":
        data = run(f"query($id: ID!) {{ agent(id: $id) {{ {selection} }} }}", {"id": agent_id})
        assert data == {"agent": expected_agent(agent_id, agent_fields, config_fields)}
    elif kind == "agents":
        data = run(f"query($n: Int) {{ agents(limit: $n) {{ items {{ id {selection} }} }} }}", {"n": limit})
        items = data["agents"]["items"]
        mine = operations.list_agents(ANA, limit=limit)
        assert [i["id"] for i in items] == [a.id for a in mine.items]
        for item in items:
            assert item == {"id": item["id"], **expected_agent(item["id"], agent_fields, config_fields)}
    else:
        tasks = operations.list_tasks(ANA, agent_id, limit=limit).items
        fields = " ".join(task_fields)
        if kind == "tasks":
            data = run(
                f"query($a: ID!, $n: Int) {{ tasks(agentId: $a, limit: $n) {{ items {{ {fields} }} }} }}",
                {"a": agent_id, "n": limit},
            )
            assert data == {"tasks": {"items": [expected_task(agent_id, t.id, task_fields) for t in tasks]}}
        elif tasks:
            task_id = tasks[-1].id
            data = run(
                f"query($a: ID!, $t: ID!) {{ task(agentId: $a, taskId: $t) {{ {fields} }} }}",
                {"a": agent_id, "t": task_id},
            )
            assert data == {"task": expected_task(agent_id, task_id, task_fields)}
