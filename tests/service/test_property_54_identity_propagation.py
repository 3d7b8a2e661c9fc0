"""Property 54: for any authenticated request, the identity its credentials name is extracted and passed to
the handler: the authorizer's answer arrives in `requestContext.authorizer` as that user and roles, and the
handler acts as that user (it creates the agent for them and lists only theirs)."""

from __future__ import annotations

from auth_support import Tokens, bearer, key_header, roles, users
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api, through_authorizer

from agentkit.service import auth, identity
from agentkit.service.api_events import rest_event

CONFIG = {"llmProvider": "bedrock", "model": "m"}


@settings(max_examples=100, deadline=None)
@given(user=users, granted=roles, by_key=st.booleans(), algorithm=st.sampled_from(["HS256", "RS256"]))
def test_the_handler_sees_the_credentials_identity(
    api: Api, tokens: Tokens, user: str, granted: tuple[str, ...], by_key: bool, algorithm: str
) -> None:
    credentials = (
        key_header(auth.issue_api_key(user, granted))
        if by_key
        else bearer(tokens.token(user, granted, algorithm))
    )

    event = rest_event("GET", "/agents", headers=credentials)
    assert through_authorizer(event) is None
    assert identity.from_event(event) == identity.Identity(user, granted)

    mine = api.call(
        "POST", "/agents", body={"name": "seen", "configuration": CONFIG}, credentials=credentials
    )
    listed = api.call("GET", "/agents?limit=100", credentials=credentials).body["items"]
    assert {a["userId"] for a in listed} <= {user}
    if "user" in granted:
        assert mine.status == 201 and mine.body["userId"] == user
        assert mine.body["id"] in {a["id"] for a in listed}
    else:
        assert mine.status == 403
