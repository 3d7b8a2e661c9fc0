"""Preflight against the local platform, made to answer with the exact errors of a real account."""

from __future__ import annotations

import pytest
from botocore.exceptions import NoCredentialsError

import agentkit
from agentkit import bedrock_models
from agentkit.errors import explain
from agentkit.local.bedrock.admin import AdminClient

HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"
SONNET = "anthropic.claude-sonnet-4-5-20250929-v1:0"
LEGACY = "anthropic.claude-3-5-sonnet-20240620-v1:0"


@pytest.fixture
def faults(local_env):
    admin = AdminClient(local_env.bedrock.url)
    yield admin
    admin.clear_faults()


def by_check(report) -> dict:
    return {c.check: c for c in report.checks}


def test_all_green_on_the_local_platform(local_env) -> None:
    report = agentkit.preflight([f"us.{HAIKU}"])
    assert report.ok
    checks = by_check(report)
    assert checks["identity"].status == "ok" and "123456789012" in checks["identity"].detail
    assert checks["model Claude Haiku 4.5"].status == "ok"
    assert "inference profile" in checks["model Claude Haiku 4.5"].detail


def test_no_access_to_a_model_does_not_send_users_to_the_retired_page(faults) -> None:
    faults.set_faults({"model_errors": {f"*{HAIKU}": "no-access"}})
    report = agentkit.preflight([f"us.{HAIKU}"], region="us-west-2")
    check = by_check(report)["model Claude Haiku 4.5"]
    assert not report.ok and check.status == "fail"
    assert check.detail == "AccessDeniedException: model not available to this account"
    assert "There is no Model access page to visit any more" in check.fix
    assert (
        "https://us-west-2.console.aws.amazon.com/bedrock/home?region=us-west-2#/model-catalog" in check.fix
    )
    assert "Model access →" not in check.fix and "enable model access" not in check.fix.lower()


@pytest.mark.parametrize(
    ("preset", "detail", "names"),
    [
        (
            "use-case-form",
            "ResourceNotFoundException: Anthropic use-case form not submitted",
            "use-case form",
        ),
        (
            "marketplace-denied",
            "AccessDeniedException: AWS Marketplace subscription denied",
            "aws-marketplace:Subscribe",
        ),
        (
            "scp-denied",
            "AccessDeniedException: denied by an organization SCP",
            "service control policy (SCP)",
        ),
        ("daily-tokens", "ThrottlingException: daily token quota used up", "Service Quotas console"),
    ],
)
def test_local_platform_answers_with_the_real_errors(faults, preset: str, detail: str, names: str) -> None:
    """The same errors, over HTTP from the local endpoint: what notebook 00 can show offline."""
    faults.set_faults({"model_errors": {f"*{HAIKU}": preset}})
    check = by_check(agentkit.preflight([f"us.{HAIKU}"], region="us-west-2"))["model Claude Haiku 4.5"]
    assert check.status == "fail" and check.detail == detail and names in check.fix


def test_bare_id_of_a_profile_only_model_points_to_the_profile(faults) -> None:
    faults.set_faults({"model_errors": {SONNET: "needs-inference-profile"}})
    report = agentkit.preflight([SONNET], region="eu-central-1")
    check = by_check(report)["model Claude Sonnet 4.5"]
    assert check.status == "fail"
    assert "on-demand throughput isn't supported" in check.fix
    assert f"use the inference profile eu.{SONNET}" in check.fix


def test_end_of_life_model_names_the_replacement(faults) -> None:
    faults.set_faults({"model_errors": {LEGACY: "end-of-life"}})
    check = by_check(agentkit.preflight([LEGACY]))["model Claude 3.5 Sonnet"]
    assert check.status == "fail" and "Move to Claude Sonnet 4.5" in check.fix


def test_legacy_model_that_still_answers_is_a_warning(local_env) -> None:
    report = agentkit.preflight([LEGACY])
    check = by_check(report)["model Claude 3.5 Sonnet"]
    assert report.ok and check.status == "warn" and "legacy" in check.detail
    assert SONNET in check.fix


def test_invalid_model_id(faults) -> None:
    faults.set_faults({"model_errors": {"anthropic.claude-9*": "invalid-model-id"}})
    check = by_check(agentkit.preflight(["anthropic.claude-9"]))["model anthropic.claude-9"]
    assert check.status == "fail" and "not valid" in check.fix and "agentkit preflight" in check.fix


def test_unknown_region_is_a_warning(local_env) -> None:
    check = by_check(agentkit.preflight([f"us.{HAIKU}"], region="us-gov-west-1"))["region"]
    assert check.status == "warn" and "AWS_REGION" in check.fix


def test_report_renders_as_text_and_html(local_env) -> None:
    report = agentkit.preflight([f"us.{HAIKU}"])
    assert "identity" in str(report) and "<table>" in report._repr_html_()
    assert list(report.to_dataframe().columns) == ["check", "status", "detail", "fix"]


def test_missing_credentials_explained() -> None:
    assert "aws configure" in explain(NoCredentialsError())


@pytest.mark.parametrize(
    ("region", "prefix"),
    [
        ("us-east-1", "us"),
        ("us-west-2", "us"),
        ("ca-central-1", "us"),
        ("eu-west-3", "eu"),
        ("ap-northeast-1", "apac"),
    ],
)
def test_geography_prefix(region: str, prefix: str) -> None:
    assert bedrock_models.MODELS[HAIKU].invocation_id(region) == f"{prefix}.{HAIKU}"


def test_unknown_geography_says_what_to_do() -> None:
    with pytest.raises(ValueError, match="AGENTKIT_MODEL_ID"):
        bedrock_models.geography("me-central-1")


def test_on_demand_models_keep_their_bare_id() -> None:
    assert (
        bedrock_models.MODELS["amazon.nova-lite-v1:0"].invocation_id("eu-west-1") == "amazon.nova-lite-v1:0"
    )
    assert bedrock_models.lookup(f"apac.{HAIKU}") is bedrock_models.MODELS[HAIKU]
