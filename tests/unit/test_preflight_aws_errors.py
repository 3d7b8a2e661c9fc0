"""Preflight against the errors a real account gives today, stubbed with botocore's Stubber.

Each message below is Bedrock's (or IAM's) own wording as it reaches users; each test asserts that the
check names its cause and its fix: where to go (a console path or URL) and, when a permission is
missing, the exact IAM action. None of them may send anyone to the retired *Model access* page.
"""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

import agentkit
from agentkit.errors import diagnose

HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"
PROFILE = f"us.{HAIKU}"
REGION = "us-west-2"
ROLE = "arn:aws:sts::123456789012:assumed-role/WorkshopRole/attendee"

USE_CASE_FORM = (
    "Model use case details have not been submitted for this account. Fill out the Anthropic use case details "
    "form before using the model. If you have already filled out the form, try again in 15 minutes."
)
MARKETPLACE = (
    "Model access is denied due to IAM user or service role is not authorized to perform the required AWS "
    "Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to "
    "this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace "
    "subscription for this model cannot be completed at this time. If you recently fixed this issue, try "
    "again after 2 minutes."
)
MARKETPLACE_NO_VIEW = (
    f"Model access is denied due to User: {ROLE} is not authorized to perform: aws-marketplace:ViewSubscriptions "
    "on resource: * because no identity-based policy allows the aws-marketplace:ViewSubscriptions action. Your "
    "AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this "
    "issue, try again after 15 minutes."
)
SCP_ARN = "arn:aws:organizations::111111111111:policy/o-exampleorgid/service_control_policy/p-examplescp"
SCP = (
    f"User: {ROLE} is not authorized to perform: bedrock:InvokeModel on resource: "
    f"arn:aws:bedrock:{REGION}:123456789012:inference-profile/{PROFILE} with an explicit deny in a service "
    f"control policy: {SCP_ARN}"
)
NO_IAM_ALLOW = (
    f"User: {ROLE} is not authorized to perform: bedrock:InvokeModel on resource: "
    f"arn:aws:bedrock:{REGION}:123456789012:inference-profile/{PROFILE} because no identity-based policy "
    "allows the bedrock:InvokeModel action"
)
THROTTLED = "Too many tokens, please wait before trying again."
DAILY = "Too many tokens per day, please wait before trying again."
QUOTA = "Your request exceeded the service quota for your account."


class StubbedSession:
    """Enough of a boto3 session for preflight: its STS and Bedrock Runtime clients are stubbed."""

    def __init__(self, region: str = REGION) -> None:
        real = boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=region)
        self.region_name = region
        self.clients = {name: real.client(name) for name in ("sts", "bedrock-runtime")}
        self.stubs = {name: Stubber(client) for name, client in self.clients.items()}
        self.stubs["sts"].add_response(
            "get_caller_identity", {"UserId": "AROAEXAMPLE:attendee", "Account": "123456789012", "Arn": ROLE}
        )

    def client(self, name: str, **_: Any) -> Any:
        return self.clients[name]

    def converse_fails(self, code: str, message: str, status: int) -> StubbedSession:
        # One error is enough even for throttling: the Stubber answers before botocore's retry handler runs.
        self.stubs["bedrock-runtime"].add_client_error(
            "converse", service_error_code=code, service_message=message, http_status_code=status
        )
        return self

    def __enter__(self) -> StubbedSession:
        for stub in self.stubs.values():
            stub.activate()
        return self

    def __exit__(self, *_: object) -> None:
        for stub in self.stubs.values():
            stub.deactivate()


def model_check(session: StubbedSession):
    with session:
        report = agentkit.preflight([PROFILE], region=REGION, session=session)
    for stub in session.stubs.values():
        stub.assert_no_pending_responses()
    checks = {c.check: c for c in report.checks}
    assert checks["identity"].status == "ok" and ROLE in checks["identity"].detail
    return report, checks["model Claude Haiku 4.5"]


def never_the_retired_page(fix: str) -> None:
    assert "Model access →" not in fix and "enable model access" not in fix.lower()


def test_use_case_form_missing_names_the_form_and_where_to_submit_it() -> None:
    # Bedrock answers a missing Anthropic form with ResourceNotFoundException (not AccessDenied).
    report, check = model_check(
        StubbedSession().converse_fails("ResourceNotFoundException", USE_CASE_FORM, 404)
    )
    assert not report.ok and check.status == "fail"
    assert check.detail == "ResourceNotFoundException: Anthropic use-case form not submitted"
    assert "one-time use-case form (First Time Use)" in check.fix
    assert f"https://{REGION}.console.aws.amazon.com/bedrock/home?region={REGION}#/model-catalog" in check.fix
    assert "choose Claude Haiku 4.5 and submit the use-case details" in check.fix
    assert "bedrock:PutUseCaseForModelAccess" in check.fix
    never_the_retired_page(check.fix)


def test_use_case_form_missing_is_recognised_under_access_denied_too() -> None:
    _, check = model_check(StubbedSession().converse_fails("AccessDeniedException", USE_CASE_FORM, 403))
    assert check.detail == "AccessDeniedException: Anthropic use-case form not submitted"


@pytest.mark.parametrize("message", [MARKETPLACE, MARKETPLACE_NO_VIEW], ids=["generic", "names-the-action"])
def test_marketplace_denial_names_both_permissions(message: str) -> None:
    report, check = model_check(StubbedSession().converse_fails("AccessDeniedException", message, 403))
    assert not report.ok and check.status == "fail"
    assert check.detail == "AccessDeniedException: AWS Marketplace subscription denied"
    assert "starts its AWS Marketplace subscription" in check.fix
    assert "aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions" in check.fix
    assert "IAM console → Roles → your role → Add permissions" in check.fix
    assert "`agentkit iam-policy`" in check.fix and "2–15 minutes" in check.fix
    never_the_retired_page(check.fix)


def test_scp_denial_says_only_the_organization_can_fix_it() -> None:
    report, check = model_check(StubbedSession().converse_fails("AccessDeniedException", SCP, 403))
    assert not report.ok and check.status == "fail"
    assert check.detail == "AccessDeniedException: denied by an organization SCP"
    assert "service control policy (SCP) denies bedrock:InvokeModel on arn:aws:bedrock:" in check.fix
    assert f"(policy {SCP_ARN})" in check.fix
    assert "the kit's IAM policy will not help" in check.fix
    assert "AWS Organizations console → Policies" in check.fix
    assert "https://console.aws.amazon.com/organizations/v2/home/policies" in check.fix
    never_the_retired_page(check.fix)


def test_scp_that_blocks_the_marketplace_subscription_says_so() -> None:
    message = (
        f"Model access is denied due to User: {ROLE} is not authorized to perform: aws-marketplace:Subscribe "
        f"on resource: * with an explicit deny in a service control policy: {SCP_ARN}"
    )
    _, check = model_check(StubbedSession().converse_fails("AccessDeniedException", message, 403))
    assert check.detail == "AccessDeniedException: denied by an organization SCP"
    assert (
        "denies aws-marketplace:Subscribe on *" in check.fix and "AWS Marketplace subscription" in check.fix
    )


def test_throttling_is_a_warning_that_names_service_quotas() -> None:
    report, check = model_check(StubbedSession().converse_fails("ThrottlingException", THROTTLED, 429))
    assert report.ok and check.status == "warn"
    assert check.detail == "ThrottlingException: throttled (per-minute quota)"
    assert "Bedrock is throttling calls to Claude Haiku 4.5 in us-west-2" in check.fix
    assert "Service Quotas console → AWS services → Amazon Bedrock" in check.fix
    assert f"https://{REGION}.console.aws.amazon.com/servicequotas/home/services/bedrock/quotas" in check.fix
    assert "servicequotas:RequestServiceQuotaIncrease" in check.fix


def test_daily_token_quota_is_a_failure() -> None:
    report, check = model_check(StubbedSession().converse_fails("ThrottlingException", DAILY, 429))
    assert not report.ok and check.status == "fail"
    assert check.detail == "ThrottlingException: daily token quota used up"
    assert "retrying will not help" in check.fix and "servicequotas:RequestServiceQuotaIncrease" in check.fix


def test_service_quota_exceeded_names_service_quotas() -> None:
    report, check = model_check(StubbedSession().converse_fails("ServiceQuotaExceededException", QUOTA, 400))
    assert not report.ok and check.detail == "ServiceQuotaExceededException: service quota exceeded"
    assert "Service Quotas console" in check.fix and "servicequotas:RequestServiceQuotaIncrease" in check.fix


def test_missing_iam_permission_names_the_action_and_the_kit_policy() -> None:
    _, check = model_check(StubbedSession().converse_fails("AccessDeniedException", NO_IAM_ALLOW, 403))
    assert check.detail == "AccessDeniedException: IAM permission missing"
    assert "Allow bedrock:InvokeModel for the role" in check.fix and "`agentkit iam-policy`" in check.fix


def test_explicit_deny_in_an_identity_policy_is_not_fixed_by_adding_permissions() -> None:
    message = NO_IAM_ALLOW.replace(
        "because no identity-based policy allows the bedrock:InvokeModel action",
        "with an explicit deny in an identity-based policy",
    )
    found = diagnose(_client_error("AccessDeniedException", message), region=REGION)
    assert found.cause == "denied by an identity-based policy"
    assert "adding permissions will not help" in found.fix and "bedrock:InvokeModel" in found.fix


def _client_error(code: str, message: str):
    from botocore.exceptions import ClientError

    return ClientError({"Error": {"Code": code, "Message": message}}, "Converse")
