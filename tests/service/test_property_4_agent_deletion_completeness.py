"""Property 4: for any agent, once it is deleted, asking for it answers not found (and it is listed no more)."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from rest_support import Api, configurations


@settings(max_examples=100, deadline=None)
@given(configuration=configurations)
def test_deleted_agent_is_not_found(api: Api, configuration: dict) -> None:
    user = f"user-{uuid.uuid4().hex}"  # a user of their own, so the listing below is of this example's agents
    body = {"name": "doomed", "configuration": configuration}
    agent_id = api.call("POST", "/agents", body=body, user=user).body["id"]
    api.call("POST", "/agents", body={**body, "name": "kept"}, user=user)

    assert api.call("DELETE", f"/agents/{agent_id}", user=user).status == 204

    gone = api.call("GET", f"/agents/{agent_id}", user=user)
    assert gone.status == 404 and gone.body["error"]["code"] == "AgentNotFound"
    assert api.call("PUT", f"/agents/{agent_id}", body={"name": "back"}, user=user).status == 404
    assert api.call("DELETE", f"/agents/{agent_id}", user=user).status == 404
    assert [a["name"] for a in api.call("GET", "/agents", user=user).body["items"]] == ["kept"]
