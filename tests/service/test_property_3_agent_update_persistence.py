"""Property 3: for any agent and valid update, the agent read back after the update has the updated values."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api, configurations, names, shown

updates = st.fixed_dictionaries({}, optional={"name": names, "configuration": configurations}).filter(bool)


@settings(max_examples=100, deadline=None)
@given(before=configurations, update=updates)
def test_update_is_what_is_read_back(api: Api, before: dict, update: dict) -> None:
    created = api.call("POST", "/agents", body={"name": "before", "configuration": before}).body

    updated = api.call("PUT", f"/agents/{created['id']}", body=update)
    assert updated.status == 200, updated.body

    read = api.call("GET", f"/agents/{created['id']}").body
    assert read == updated.body
    assert read["name"] == update.get("name", "before")
    assert read["configuration"] == shown(update.get("configuration", before))
    assert read["version"] == created["version"] + 1 and read["createdAt"] == created["createdAt"]
