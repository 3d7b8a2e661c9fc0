"""Property 56: for any request with insufficient permissions — a role that does not grant the operation, or
another user's agent — the answer is 403 in the seed's error shape, and the agent and the bus are untouched."""

from __future__ import annotations

from auth_support import Tokens, bearer, roles, users
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api

from agentkit.service.identity import ROLES, Permission

CONFIG = {"llmProvider": "openai", "model": "m"}
READ_ONLY = [role for role, granted in ROLES.items() if Permission.WRITE not in granted]


@settings(max_examples=100, deadline=None)
@given(
    data=st.data(),
    owner=users,
    operation=st.sampled_from(["get", "update", "delete", "chat"]),
    cross_user=st.booleans(),
)
def test_insufficient_permission_is_403_and_changes_nothing(
    api: Api, tokens: Tokens, data: st.DataObject, owner: str, operation: str, cross_user: bool
) -> None:
    agent = api.call("POST", "/agents", body={"name": "kept", "configuration": CONFIG}, user=owner).body
    api.events()  # its AgentCreated (and anything an earlier example left)
    if cross_user:  # any roles at all, but not the owner
        caller, granted = data.draw(users.filter(lambda u: u != owner)), data.draw(roles)
    else:  # the owner, with roles that cannot write
        caller = owner
        granted = data.draw(st.lists(st.sampled_from(READ_ONLY), min_size=1, unique=True))
        operation = data.draw(st.sampled_from(["update", "delete"]))
    method, path, body = {
        "get": ("GET", f"/agents/{agent['id']}", None),
        "update": ("PUT", f"/agents/{agent['id']}", {"name": "changed"}),
        "delete": ("DELETE", f"/agents/{agent['id']}", None),
        "chat": ("POST", f"/agents/{agent['id']}/sessions/s-{caller}/messages", {"message": "what is 2+2?"}),
    }[operation]

    reply = api.call(method, path, body=body, credentials=bearer(tokens.token(caller, granted)))
    assert reply.status == 403, reply.body
    error = reply.body["error"]
    assert (
        error["code"] == "Forbidden" and error["requestId"] == reply.request_id and ": " in error["message"]
    )
    assert api.call("GET", f"/agents/{agent['id']}", user=owner).body == agent
    assert api.events() == []
