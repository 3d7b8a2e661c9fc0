"""agentkit.sessions: sessions share botocore's loader, and still read credentials and region each time."""

from __future__ import annotations

import pytest

from agentkit.sessions import new_session


def test_sessions_share_the_loader_but_read_the_environment_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "first")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    first = new_session("eu-west-1")
    assert first.get_credentials().access_key == "first"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "second")
    second = new_session()
    assert second.get_credentials().access_key == "second"
    assert first._session.get_component("data_loader") is second._session.get_component("data_loader")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-2")
    assert first.region_name == "eu-west-1"
    assert new_session().region_name == "ap-southeast-2"
