"""Property 2: creating an agent publishes AgentCreated, deleting it publishes AgentDeleted (on EventBridge)."""

from __future__ import annotations

from hypothesis import given, settings
from rest_support import Api, configurations, shown


@settings(max_examples=100, deadline=None)
@given(configuration=configurations)
def test_create_and_delete_publish_their_events(api: Api, configuration: dict) -> None:
    api.events()  # nothing left over from an earlier example
    created = api.call("POST", "/agents", body={"name": "evented", "configuration": configuration})
    agent_id = created.body["id"]
    [on_create] = api.events()
    assert (on_create["source"], on_create["detail-type"]) == ("agentkit.agents", "AgentCreated")
    assert on_create["detail"]["agent_id"] == agent_id and on_create["detail"]["user_id"] == "ana"
    assert on_create["detail"]["configuration"] == shown(configuration)

    assert api.call("DELETE", f"/agents/{agent_id}").status == 204
    [on_delete] = api.events()
    assert on_delete["detail-type"] == "AgentDeleted"
    assert (on_delete["detail"]["agent_id"], on_delete["detail"]["user_id"]) == (agent_id, "ana")


def test_refused_requests_publish_nothing(api: Api) -> None:
    api.events()
    agent_id = api.call(
        "POST", "/agents", body={"name": "kept", "configuration": {"llmProvider": "openai", "model": "m"}}
    ).body["id"]
    api.events()
    api.call("POST", "/agents", body={"name": "x", "configuration": {"llmProvider": "openai", "model": ""}})
    api.call("DELETE", f"/agents/{agent_id}", user="bob")
    api.call("DELETE", "/agents/no-such-agent")
    assert api.events() == []
