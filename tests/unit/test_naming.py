"""`agentkit.naming`: resource names unique per attendee, the same on every machine offline.

The AWS cases answer STS with botocore's Stubber and Studio's metadata file with one written here.
"""

from __future__ import annotations

import importlib
import json

import boto3
import pytest
from botocore.stub import Stubber

from agentkit import naming, studio
from agentkit.guardrails.support_policy import support_policy
from agentkit.memory import DynamoDBStore

connect_module = importlib.import_module("agentkit.connect")
ROLE_SESSION = "arn:aws:sts::123456789012:assumed-role/WorkshopRole/ana"


@pytest.fixture
def attendee(monkeypatch, tmp_path):
    """No tag chosen, no Studio, no connection; the AWS tag asked afresh."""
    for name in ("AGENTKIT_PREFIX", "AGENTKIT_MODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AGENTKIT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(studio, "METADATA_FILE", tmp_path / "no-metadata.json")
    monkeypatch.setattr(connect_module, "_current", None)
    naming._aws_tag.cache_clear()
    yield tmp_path
    naming._aws_tag.cache_clear()


@pytest.fixture
def sts(monkeypatch):
    """`boto3.client("sts")` answered by Stubber with the caller's ARN."""
    client = boto3.client("sts", region_name="us-west-2", aws_access_key_id="k", aws_secret_access_key="s")
    stub = Stubber(client)
    stub.add_response(
        "get_caller_identity", {"UserId": "AROAEXAMPLE:ana", "Account": "123456789012", "Arn": ROLE_SESSION}
    )
    stub.activate()
    monkeypatch.setattr(naming.boto3, "client", lambda service, **_: client)
    return stub


def test_offline_names_are_the_same_everywhere(attendee) -> None:
    assert naming.resource_name("memory") == "workshop-local-memory"
    assert DynamoDBStore(session=boto3.Session(region_name="us-east-1")).table_name == "workshop-local-memory"
    assert support_policy().name == "workshop-local-northwind-support"


def test_an_explicit_prefix_wins_and_a_bad_one_says_what_is_allowed(attendee, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_PREFIX", "ana-01")
    assert naming.resource_name("memory") == "workshop-ana-01-memory"
    monkeypatch.setenv("AGENTKIT_PREFIX", "Ana Smith")
    with pytest.raises(ValueError, match="at most 16 lower-case letters, digits and inner hyphens"):
        naming.resource_name("memory")


def test_on_aws_the_tag_is_a_stable_hash_of_the_callers_arn(attendee, monkeypatch, sts) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "aws")
    first = naming.resource_name("memory")
    assert first == f"workshop-u{naming._digest(ROLE_SESSION)}-memory"
    assert naming.resource_name("orders") == first.replace("memory", "orders")  # STS asked once
    sts.assert_no_pending_responses()


def test_in_studio_the_user_profile_names_the_attendee(attendee, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "aws")
    metadata = attendee / "resource-metadata.json"
    metadata.write_text(
        json.dumps({"DomainId": "d-abc123", "UserProfileName": "Ana.Lima", "SpaceName": "ana"})
    )
    monkeypatch.setattr(studio, "METADATA_FILE", metadata)
    assert studio.in_studio() and naming.resource_name("memory") == "workshop-ana-lima-memory"


def test_long_studio_names_are_shortened_but_stay_distinct() -> None:
    first, second = (naming.slug(f"workshop-attendee-number-{n}") for n in (1, 2))
    assert first != second and len(first) <= naming.MAX_TAG and naming._TAG.match(first)
    guardrail = f"workshop-{first}-northwind-support-medium"  # the longest guardrail name the kit makes
    assert len(guardrail) <= 50


def test_without_credentials_the_error_says_to_set_a_prefix(attendee, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "aws")
    client = boto3.client("sts", region_name="us-west-2", aws_access_key_id="k", aws_secret_access_key="s")
    stub = Stubber(client)
    stub.add_client_error(
        "get_caller_identity", "ExpiredToken", "The security token included in the request is expired"
    )
    stub.activate()
    monkeypatch.setattr(naming.boto3, "client", lambda service, **_: client)
    with pytest.raises(RuntimeError, match="AGENTKIT_PREFIX"):
        naming.resource_name("memory")


def test_studio_helpers_say_how_to_install_the_sdk_when_it_is_missing(monkeypatch) -> None:
    import sys

    for module in (
        "sagemaker",
        "sagemaker.core",
        "sagemaker.core.helper",
        "sagemaker.core.helper.session_helper",
    ):
        monkeypatch.setitem(sys.modules, module, None)  # importing them raises ImportError
    studio._session.cache_clear()
    with pytest.raises(RuntimeError, match=r"agentkit\[studio\]"):
        studio.execution_role()


def test_studio_helpers_ask_the_sdk_session(monkeypatch) -> None:
    """The SDK's own Session (sagemaker-core, the `studio` extra) answers region and bucket, against moto."""
    from moto import mock_aws

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_REGION": "eu-west-1",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(boto3, "DEFAULT_SESSION", None)
    studio._session.cache_clear()
    try:
        with mock_aws():
            assert studio.region() == "eu-west-1"
            bucket = studio.default_bucket()  # the SDK asks STS for the account and creates the bucket
            assert bucket == "sagemaker-eu-west-1-123456789012"
            assert bucket in [b["Name"] for b in boto3.client("s3").list_buckets()["Buckets"]]
    finally:
        studio._session.cache_clear()
