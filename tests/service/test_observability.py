"""The API's functions are traced and count what they did as CloudWatch metrics (EMF lines on stdout)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rest_support import Api

from agentkit.service.observability import NAMESPACE

CONFIG = {"llmProvider": "bedrock", "model": "m"}


def emf_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.startswith('{"_aws"')]


def test_a_created_and_deleted_agent_are_counted_and_a_read_writes_no_metrics(
    api: Api, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    capsys.readouterr()
    agent = api.call("POST", "/agents", body={"name": "counted", "configuration": CONFIG}).body
    [created] = emf_lines(capsys.readouterr().out)
    [directive] = created["_aws"]["CloudWatchMetrics"]
    assert (
        directive["Namespace"] == NAMESPACE
        and created["AgentsCreated"] == [1.0]
        or created["AgentsCreated"] == 1.0
    )
    assert api.call("GET", f"/agents/{agent['id']}").status == 200
    assert emf_lines(capsys.readouterr().out) == []  # a read counts nothing and writes no line
    assert api.call("DELETE", f"/agents/{agent['id']}").status == 204
    [deleted] = emf_lines(capsys.readouterr().out)
    assert "AgentsDeleted" in deleted and "AgentsCreated" not in deleted  # each invocation its own metrics


def test_metrics_switched_off_write_nothing_and_carry_nothing_over(
    api: Api, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
    capsys.readouterr()
    api.call("POST", "/agents", body={"name": "quiet", "configuration": CONFIG})
    assert emf_lines(capsys.readouterr().out) == []
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
    api.call("POST", "/agents", body={"name": "loud", "configuration": CONFIG})
    [line] = emf_lines(capsys.readouterr().out)
    assert line["AgentsCreated"] in (1.0, [1.0])  # not 2: the silent invocation's count was dropped


def test_the_x_ray_sdk_is_loaded_by_the_first_traced_invocation_not_by_an_import() -> None:
    """It builds a botocore client when imported: the authorizer, never traced, must not pay for it."""
    probe = "import sys, agentkit.service.auth, agentkit.service.rest; print('aws_xray_sdk' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "False"
