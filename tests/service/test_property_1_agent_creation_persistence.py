"""Property 1: for any valid agent configuration, the created agent read back by id has that configuration."""

from __future__ import annotations

from hypothesis import given, settings
from rest_support import Api, configurations, names, shown


@settings(max_examples=100, deadline=None)
@given(name=names, configuration=configurations)
def test_created_agent_reads_back_the_same(api: Api, name: str, configuration: dict) -> None:
    created = api.call("POST", "/agents", body={"name": name, "configuration": configuration})
    assert created.status == 201, created.body
    agent_id = created.body["id"]

    read = api.call("GET", f"/agents/{agent_id}")

    assert read.status == 200
    assert read.body["configuration"] == shown(configuration)
    assert (read.body["name"], read.body["userId"], read.body["status"]) == (name, "ana", "idle")
    assert read.body == created.body
