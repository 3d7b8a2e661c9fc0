"""Property 52: for any request with a JWT, its signature and expiry are verified: a token is accepted exactly
when the trusted issuer signed it and it has not expired, and then it stands for its `sub` and roles."""

from __future__ import annotations

import pytest
from auth_support import Tokens, roles, users
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.service import auth
from agentkit.service.errors import ServiceError
from agentkit.service.identity import Identity

lifetimes = st.integers(-(10**7), -5) | st.integers(5, 10**7)
"""Seconds until `exp` (negative: expired); not within 5 s of now, where the test's clock and pyjwt's race."""


@settings(max_examples=100, deadline=None)
@given(
    sub=users,
    granted=roles,
    algorithm=st.sampled_from(["HS256", "RS256"]),
    lifetime=lifetimes,
    trusted=st.booleans(),
)
def test_a_token_is_accepted_iff_signed_by_the_issuer_and_unexpired(
    tokens: Tokens, sub: str, granted: tuple[str, ...], algorithm: str, lifetime: int, trusted: bool
) -> None:
    token = tokens.sign(tokens.claims(sub, granted, expires_in=lifetime), algorithm, trusted=trusted)
    if trusted and lifetime > 0:
        assert auth.verify_jwt(token) == Identity(sub, granted)
        return
    with pytest.raises(ServiceError) as refused:
        auth.verify_jwt(token)
    assert refused.value.status == 401
    assert ("signature" if not trusted else "expired") in refused.value.message
