"""Property 36: any caller the authorizer vouched for gets a connection: `$connect` records it for that
user (and it can subscribe at once); `$disconnect` ends it; a caller without an identity gets none."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_support import Live, ws_event

from agentkit.memory import NotFound
from agentkit.service import realtime

ids = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:@+=-"),
    min_size=1,
    max_size=40,
)
roles = st.sampled_from(["user", "viewer", "operator", "viewer,operator"])


@settings(max_examples=100, deadline=None)
@given(user=ids, connection=ids, role=roles, anonymous=st.booleans())
def test_property_36_a_client_asking_for_updates_gets_a_connection(
    live: Live, user: str, connection: str, role: str, anonymous: bool
) -> None:
    connection = f"p36{connection}"
    answer = realtime.handler(
        ws_event("$connect", connection, user=None if anonymous else user, roles=role), None
    )
    if anonymous:
        assert answer["statusCode"] == HTTPStatus.UNAUTHORIZED
        with pytest.raises(NotFound):
            live.store.get_connection(connection)
        return
    assert answer["statusCode"] == HTTPStatus.OK
    opened = live.store.get_connection(connection)
    assert opened.user_id == user and opened.subscriptions == ()
    closed = realtime.handler(ws_event("$disconnect", connection, user=user, roles=role), None)
    assert closed["statusCode"] == HTTPStatus.OK
    with pytest.raises(NotFound):
        live.store.get_connection(connection)
