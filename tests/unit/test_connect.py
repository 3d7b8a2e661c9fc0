"""`agentkit.connect()`: mode resolution, the environment it sets, joining a shared platform, closing."""

from __future__ import annotations

import os

import boto3
import pytest

import agentkit
from agentkit.connect import current


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """No AWS credentials anywhere and no endpoints set: a laptop with no account."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "AGENTKIT_", "ANTHROPIC_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setattr(boto3, "DEFAULT_SESSION", None)
    yield
    if current() is not None:
        current().close()


def test_auto_mode_without_credentials_goes_local_and_points_clients_there(clean_env, capsys) -> None:
    conn = agentkit.connect()
    try:
        assert conn.mode == "local" and conn.reason == "no AWS credentials found"
        assert "LOCAL mode" in capsys.readouterr().out
        assert os.environ["AWS_ENDPOINT_URL"] == conn.endpoints["aws"]
        assert os.environ["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] == conn.endpoints["bedrock-runtime"]
        # a client made with no arguments reaches moto
        dynamodb = boto3.client("dynamodb")
        dynamodb.create_table(
            TableName="connect-test",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        assert "connect-test" in dynamodb.list_tables()["TableNames"]
        reply = boto3.client("bedrock-runtime").converse(
            modelId=conn.model_id, messages=[{"role": "user", "content": [{"text": "hello"}]}]
        )
        assert "simulated model" in reply["output"]["message"]["content"][0]["text"]
        assert agentkit.connect(quiet=True) is conn  # a re-run cell reuses the connection
    finally:
        conn.close()
    assert "AWS_ENDPOINT_URL" not in os.environ and "AGENTKIT_MODE" not in os.environ
    assert current() is None


def test_close_stops_the_servers_it_started(clean_env) -> None:
    conn = agentkit.connect(quiet=True)
    url = conn.endpoints["bedrock-runtime"]
    conn.close()
    from agentkit.local.platform import is_running

    assert not is_running(url)


def test_joins_a_platform_that_is_already_running(clean_env, local_platform, monkeypatch) -> None:
    for name, value in local_platform.environment("us-east-1").items():
        monkeypatch.setenv(name, value)
    conn = agentkit.connect(quiet=True)
    assert conn.shared and conn.endpoints["aws"] == local_platform.aws.url
    conn.close()
    from agentkit.local.platform import is_running

    assert is_running(local_platform.bedrock.url), "closing a shared connection must not stop the platform"


def test_aws_mode_picks_the_region_inference_profile(clean_env, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "aws")
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    conn = agentkit.connect(quiet=True)
    assert conn.mode == "aws" and conn.region == "eu-west-1"
    assert conn.model_id == "eu.anthropic.claude-haiku-4-5-20251001-v1:0"
    assert "AWS mode" in conn.banner_text() and "cost money" in conn.banner_text()
    assert "AWS mode" in conn._repr_html_() and "<b>cost money</b>" in conn.banner_html()
    assert "AWS_ENDPOINT_URL" not in os.environ


def test_model_override(clean_env, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODEL_ID", "amazon.nova-lite-v1:0")
    conn = agentkit.connect(mode="local", quiet=True)
    assert conn.model_id == "amazon.nova-lite-v1:0"


def test_bad_mode_is_refused_with_the_fix(clean_env, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "offline")
    with pytest.raises(ValueError, match="Set AGENTKIT_MODE to aws, local or auto"):
        agentkit.connect()


def test_aws_mode_without_region_says_what_to_set(clean_env, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "aws")
    with pytest.raises(ValueError, match="AWS_REGION"):
        agentkit.connect(quiet=True)


def test_figures_say_what_they_were_measured_on() -> None:
    """Offline figures (tokens, costs, detection rates) come from stand-ins; the label says so."""
    from agentkit.connect import Connection

    local = Connection("local", "us-east-1", "m", {"aws": "a", "bedrock-runtime": "b"}, "test")
    aws = Connection("aws", "eu-west-1", "eu.m", {"bedrock-runtime": "b"}, "test")
    assert "simulated model" in local.measured_on and "not on Amazon Bedrock" in local.measured_on
    assert aws.measured_on == "measured on Amazon Bedrock in eu-west-1 with eu.m"
