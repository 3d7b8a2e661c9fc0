"""Property 35: a status update reaches every connected client subscribed to its agent — once each, and
no one else; a subscriber whose client has gone is closed, and the others still receive it."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_support import Live, ws_event

from agentkit.service import realtime

USERS = ("ana", "ben")
CONNECTIONS = tuple(f"p35-{n}" for n in range(4))
serial = itertools.count()


@pytest.fixture(scope="module")
def agents(live: Live) -> dict[str, tuple[str, ...]]:
    """Two agents of each user."""
    return {user: (live.agent(user), live.agent(user)) for user in USERS}


clients = st.lists(
    st.tuples(
        st.sampled_from(USERS),
        st.sets(st.integers(0, 1)),  # which of its user's agents the client follows
        st.booleans(),  # whether its socket is still there
    ),
    min_size=1,
    max_size=3,
)


@settings(max_examples=100, deadline=None)
@given(
    clients=clients,
    target=st.tuples(st.sampled_from(USERS), st.integers(0, 1)),
    status=st.sampled_from(["idle", "processing", "waiting", "error"]),
)
def test_property_35_every_subscriber_of_the_agent_and_no_one_else_receives_the_update(
    live: Live,
    agents: dict[str, tuple[str, ...]],
    clients: list[tuple[str, set[int], bool]],
    target: tuple[str, int],
    status: str,
) -> None:
    live.endpoint.clear()
    round_ = next(serial)
    expected, gone = [], []
    agent = agents[target[0]][target[1]]
    for n, (user, follows, alive) in enumerate(clients):
        connection = f"{CONNECTIONS[n]}-{round_}"
        live.connect(connection, user)
        for index in sorted(follows):
            live.send(connection, {"action": "subscribe", "agentId": agents[user][index]}, user=user)
        if not alive:
            live.endpoint.open.discard(connection)
        if user == target[0] and target[1] in follows:
            (expected if alive else gone).append(connection)
    live.endpoint.received.clear()  # the subscription confirmations
    event: dict[str, Any] = {
        "version": "0",
        "id": f"e-{round_}",
        "detail-type": "AgentStatusChanged",
        "source": "agentkit.agents",
        "time": "2026-12-04T00:00:00Z",
        "detail": {"agent_id": agent, "old_status": "idle", "new_status": status},
    }
    result = realtime.status_handler(event, None)
    update = {"type": "status", "agentId": agent, "data": {"oldStatus": "idle", "newStatus": status}}
    assert {c: m for c, m in live.endpoint.received.items() if m} == {c: [update] for c in expected}
    assert sorted(result["pushed"]) == sorted(expected) and sorted(result["gone"]) == sorted(gone)
    assert not set(gone) & set(live.store.subscribers(agent))
    for n in range(len(clients)):
        realtime.handler(ws_event("$disconnect", f"{CONNECTIONS[n]}-{round_}"), None)
