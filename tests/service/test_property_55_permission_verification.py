"""Property 55: for any request, the handler verifies the caller's permission for the operation: it succeeds
exactly when one of the caller's roles grants the permission the operation needs, whatever else is true."""

from __future__ import annotations

from auth_support import Tokens, bearer, users
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api

from agentkit.service.identity import ROLES, Permission

CONFIG = {"llmProvider": "anthropic", "model": "m"}
OPERATIONS = {
    "list": (Permission.READ, 200),
    "get": (Permission.READ, 200),
    "create": (Permission.WRITE, 201),
    "update": (Permission.WRITE, 200),
    "delete": (Permission.WRITE, 204),
}
groups = st.lists(st.sampled_from([*ROLES, "admins", "staff"]), max_size=4, unique=True)
"""The token's roles claim: the API's roles and groups it does not know (which grant nothing)."""


@settings(max_examples=100, deadline=None)
@given(user=users, claimed=groups, operation=st.sampled_from(sorted(OPERATIONS)))
def test_an_operation_runs_iff_a_role_grants_its_permission(
    api: Api, tokens: Tokens, user: str, claimed: list[str], operation: str
) -> None:
    agent_id = api.call("POST", "/agents", body={"name": "own", "configuration": CONFIG}, user=user).body[
        "id"
    ]
    method, path, body = {
        "list": ("GET", "/agents", None),
        "get": ("GET", f"/agents/{agent_id}", None),
        "create": ("POST", "/agents", {"name": "new", "configuration": CONFIG}),
        "update": ("PUT", f"/agents/{agent_id}", {"name": "changed"}),
        "delete": ("DELETE", f"/agents/{agent_id}", None),
    }[operation]
    needed, success = OPERATIONS[operation]
    granted = any(needed in ROLES[role] for role in claimed if role in ROLES)

    reply = api.call(method, path, body=body, credentials=bearer(tokens.token(user, claimed)))
    assert reply.status == (success if granted else 403), (claimed, operation, reply.body)
    if not granted:
        assert repr(needed.value) in reply.body["error"]["message"]
