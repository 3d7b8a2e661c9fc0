"""`agentkit.connect()`: mode resolution (AWS only when chosen), the environment it sets, joining a shared
platform, closing, and the AWS banner's model and price (Bedrock's control plane stubbed with Stubber)."""

from __future__ import annotations

import importlib
import os

import boto3
import pytest
from botocore.stub import Stubber

import agentkit
from agentkit import bedrock_models, config
from agentkit.connect import current

connect_module = importlib.import_module("agentkit.connect")  # `agentkit.connect` is the function
HAIKU = bedrock_models.DEFAULT_MODEL


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """No AWS credentials anywhere and no endpoints set: a laptop with no account."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "AGENTKIT_", "ANTHROPIC_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AGENTKIT_CONFIG_DIR", str(tmp_path / "config"))  # no choice saved by a real user
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


@pytest.fixture
def bedrock_lists(monkeypatch):
    """The AWS-mode control plane: a real bedrock client answered by Stubber with the profiles given."""
    stubs: list[Stubber] = []

    def control_plane(session, region, profiles=("global", "us")):
        client = boto3.client("bedrock", region_name=region, aws_access_key_id="k", aws_secret_access_key="s")
        stub = Stubber(client)
        summaries = [
            {
                "inferenceProfileName": f"{geo} Haiku",
                "inferenceProfileArn": f"arn:aws:bedrock:{region}:123456789012:inference-profile/{geo}.{HAIKU}",
                "inferenceProfileId": f"{geo}.{HAIKU}",
                "models": [{"modelArn": f"arn:aws:bedrock:{region}::foundation-model/{HAIKU}"}],
                "status": "ACTIVE",
                "type": "SYSTEM_DEFINED",
            }
            for geo in profiles
        ]
        stub.add_response("list_inference_profiles", {"inferenceProfileSummaries": summaries})
        stub.add_response(
            "get_foundation_model",
            {"modelDetails": {"modelArn": "arn", "modelId": HAIKU, "modelLifecycle": {"status": "ACTIVE"}}},
        )
        stub.activate()
        stubs.append(stub)
        return client

    monkeypatch.setattr(connect_module, "_control_plane", control_plane)
    yield control_plane
    for stub in stubs:
        stub.assert_no_pending_responses()


def test_aws_mode_calls_the_global_profile_bedrock_lists_and_shows_its_price(
    clean_env, bedrock_lists, monkeypatch
):
    monkeypatch.setenv("AGENTKIT_MODE", "aws")
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    conn = agentkit.connect(quiet=True)
    assert conn.mode == "aws" and conn.region == "eu-west-1" and conn.reason == "AGENTKIT_MODE=aws"
    assert conn.model_id == f"global.{HAIKU}"
    info = bedrock_models.MODELS[HAIKU]
    price = f"${info.input_per_million:.2f} input / ${info.output_per_million:.2f} output per 1M tokens"
    for banner in (conn.banner_text(), conn.banner_html()):
        assert "AWS mode" in banner and "global inference profile" in banner and price in banner
    assert "cost money" in conn.banner_text() and "<b>cost money</b>" in conn.banner_html()
    assert "AWS_ENDPOINT_URL" not in os.environ


def test_aws_mode_with_only_a_geographic_profile_shows_the_surcharge(clean_env, bedrock_lists, monkeypatch):
    monkeypatch.setattr(connect_module, "_control_plane", lambda s, r: bedrock_lists(s, r, profiles=("us",)))
    monkeypatch.setenv("AWS_REGION", "us-west-2")
    conn = agentkit.connect("aws", quiet=True)
    assert conn.model_id == f"us.{HAIKU}" and conn.reason == "connect(mode='aws')"
    assert (
        "geographic inference profile" in conn.banner_text()
        and "+10% over the global profile" in conn.banner_text()
    )


def test_credentials_alone_do_not_choose_aws(clean_env, monkeypatch, capsys) -> None:
    """In SageMaker Studio credentials are always there; spending money must still be a decision."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_REGION", "us-west-2")
    conn = agentkit.connect()
    assert conn.mode == "local" and conn.reason == "AWS not chosen"
    out = capsys.readouterr().out
    assert "AWS credentials were found, but AWS was not chosen" in out
    assert 'agentkit.choose_mode("aws")' in out and "AGENTKIT_MODE=aws" in out


def test_choose_mode_aws_is_saved_for_later_kernels_and_local_removes_it(
    clean_env, bedrock_lists, monkeypatch
) -> None:
    monkeypatch.setenv("AWS_REGION", "us-west-2")
    said = agentkit.choose_mode("aws")
    assert "costs money" in said and config.choice_file().read_text().strip() == "aws"
    conn = agentkit.connect(quiet=True)  # what a fresh kernel in notebook 01 does
    assert conn.mode == "aws" and "choose_mode('aws')" in conn.reason
    assert "no cost" in agentkit.choose_mode("local") and not config.choice_file().exists()
    assert agentkit.connect(quiet=True).mode == "local"


def test_the_environment_overrides_a_saved_choice_and_choose_mode_says_so(clean_env, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "local")
    said = agentkit.choose_mode("aws")
    assert "AGENTKIT_MODE=local in this kernel's environment wins" in said
    assert config.Settings.from_env().mode == "local"


def test_a_damaged_choice_file_says_how_to_rewrite_it(clean_env) -> None:
    config.choice_file().parent.mkdir(parents=True)
    config.choice_file().write_text("cloud\n")
    with pytest.raises(ValueError, match=r'agentkit.choose_mode\("local"\)'):
        agentkit.connect(quiet=True)
    with pytest.raises(ValueError, match="aws.*local"):
        agentkit.choose_mode("cloud")  # type: ignore[arg-type]


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
