"""Property 51: for any request with an API key, the key is validated against the stored credentials: an issued
key stands for exactly the user and roles it was issued for, and any other key — never issued, one character
off, or revoked — is refused (401)."""

from __future__ import annotations

import pytest
from auth_support import key_header, roles, users
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api, authorizer_request

from agentkit.service import api_keys, auth
from agentkit.service.api_events import InvocationContext, rest_event

KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _authorize(key: str) -> dict:
    return auth.authorizer(
        authorizer_request(rest_event("GET", "/agents", headers=key_header(key))), InvocationContext()
    )


@settings(max_examples=100, deadline=None)
@given(
    user=users,
    granted=roles,
    position=st.integers(len(api_keys.PREFIX), 45),
    replacement=st.sampled_from(KEY_ALPHABET),
)
def test_only_the_issued_unrevoked_key_is_valid(
    api: Api, user: str, granted: tuple[str, ...], position: int, replacement: str
) -> None:
    key = auth.issue_api_key(user, granted)
    answer = _authorize(key)
    assert (answer["principalId"], answer["context"]["roles"]) == (user, ",".join(granted))

    altered = key[:position] + replacement + key[position + 1 :]
    if altered != key:
        with pytest.raises(auth.Unauthorized):
            _authorize(altered)
    with pytest.raises(auth.Unauthorized):
        _authorize(api_keys.PREFIX + key[::-1][:43])  # well-formed, never issued

    auth.revoke_api_key(key)
    with pytest.raises(auth.Unauthorized) as revoked:
        _authorize(key)
    assert "revoked" in revoked.value.refusal.message
