"""`agentkit.leftovers` on local AWS: each kind of leftover is found, and after deleting it nothing is.

Moto's state is shared by the whole test session, so each test looks for its own tag value and prefixes
(`scope`): resources of other tests (the kit's own `workshop-local-…` ones included) are not its business.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import boto3
import pytest
from botocore.config import Config

from agentkit import leftovers
from agentkit.local.platform import LocalPlatform


@pytest.fixture
def scope() -> leftovers.Scope:
    mark = uuid.uuid4().hex[:8]
    return leftovers.Scope("agentkit:project", f"test-{mark}", (f"workshop-t{mark}-", f"Stack{mark}"))


@pytest.fixture
def client(local_env: LocalPlatform) -> Callable[[str], Any]:
    return boto3.client  # the environment points every client at the session's local platform


def test_each_kind_is_found_by_name_or_tag_and_nothing_after_deleting(
    client: Callable[[str], Any], scope: leftovers.Scope
) -> None:
    kit, stack = scope.prefixes
    tag = {"Key": scope.tag_key, "Value": scope.tag_value}
    key = [{"AttributeName": "pk", "KeyType": "HASH"}]
    attributes = [{"AttributeName": "pk", "AttributeType": "S"}]
    dynamodb, s3, logs = client("dynamodb"), client("s3"), client("logs")
    sfn, apigateway, bedrock = client("stepfunctions"), client("apigateway"), client("bedrock")
    for table in (f"{kit}memory", f"someone-else-{scope.tag_value}"):
        dynamodb.create_table(
            TableName=table, KeySchema=key, AttributeDefinitions=attributes, BillingMode="PAY_PER_REQUEST"
        )
    bucket = f"reports-{scope.tag_value}"  # not a kit name: found by its tag
    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_tagging(Bucket=bucket, Tagging={"TagSet": [tag]})
    s3.put_object(Bucket=bucket, Key="report.md", Body=b"# report")
    logs.create_log_group(logGroupName=f"/aws/lambda/{stack}-ResearchFn")
    role = client("iam").create_role(RoleName=f"{kit}role", AssumeRolePolicyDocument=json.dumps({}))["Role"][
        "Arn"
    ]
    definition = json.dumps({"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}})
    machine = sfn.create_state_machine(name=f"{kit}pipeline", definition=definition, roleArn=role)
    api = apigateway.create_rest_api(name=f"{stack}-Api")
    guardrail = bedrock.create_guardrail(
        name=f"{kit}support",
        blockedInputMessaging="Sorry.",
        blockedOutputsMessaging="Sorry.",
        wordPolicyConfig={"wordsConfig": [{"text": "refund code"}]},
    )

    report = leftovers.find(scope, client=client)
    assert report.not_checked == {}
    assert sorted((x.service, x.resource.split(" (")[0]) for x in report.leftovers) == [
        ("apigateway", f"{stack}-Api"),
        ("bedrock", f"guardrail {kit}support"),
        ("dynamodb", f"{kit}memory"),
        ("logs", f"/aws/lambda/{stack}-ResearchFn"),
        ("s3", bucket),
        ("states", f"{kit}pipeline"),
    ]
    assert "6 resource(s) of the kit are left" in report.verdict()
    assert list(report.table().columns) == ["service", "resource", "billed_for", "delete_with"]

    dynamodb.delete_table(TableName=f"{kit}memory")
    s3.delete_object(Bucket=bucket, Key="report.md")
    s3.delete_bucket(Bucket=bucket)
    logs.delete_log_group(logGroupName=f"/aws/lambda/{stack}-ResearchFn")
    sfn.delete_state_machine(stateMachineArn=machine["stateMachineArn"])
    apigateway.delete_rest_api(restApiId=api["id"])
    bedrock.delete_guardrail(guardrailIdentifier=guardrail["guardrailId"])
    after = leftovers.find(scope, client=client)
    assert after.leftovers == [] and after.clean
    assert after.verdict().startswith("nothing billable is left: all 8 checks ran")


def test_a_check_that_cannot_run_is_not_checked_and_no_clean_bill_is_given(
    client: Callable[[str], Any], scope: leftovers.Scope
) -> None:
    unreachable = Config(retries={"max_attempts": 1}, connect_timeout=1)

    def make(service: str) -> Any:
        if service == "sagemaker":  # a closed port: the check cannot answer
            return boto3.client(service, endpoint_url="http://127.0.0.1:9", config=unreachable)
        return client(service)

    report = leftovers.find(scope, client=make)
    assert list(report.not_checked) == ["Studio apps"] and not report.clean
    assert "could not run (Studio apps)" in report.verdict()


def test_destroy_deletes_a_stack_only_when_confirmed(
    client: Callable[[str], Any], scope: leftovers.Scope
) -> None:
    kit, stack = scope.prefixes
    template = {
        "Resources": {
            "Table": {
                "Type": "AWS::DynamoDB::Table",
                "Properties": {
                    "TableName": f"{kit}runs",
                    "BillingMode": "PAY_PER_REQUEST",
                    "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                    "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                },
            }
        }
    }
    client("cloudformation").create_stack(StackName=stack, TemplateBody=json.dumps(template))
    never = f"Never{scope.tag_value}"

    kept = leftovers.destroy_stacks([stack, never], confirm=False, client=client)
    assert kept["status"].tolist() == [
        "CREATE_COMPLETE: kept (set DESTROY = True to delete it)",
        "not deployed in us-east-1: nothing to delete",
    ]
    assert [x.resource for x in leftovers.find(scope, client=client).leftovers] == [f"{kit}runs"]

    destroyed = leftovers.destroy_stacks([stack], confirm=True, client=client)
    assert destroyed.to_dict("records") == [
        {"stack": stack, "status": "deleted", "cdk": f"cdk destroy {stack}"}
    ]
    assert leftovers.find(scope, client=client).clean


def test_the_workshop_stack_is_not_destroyed_from_inside_studio(
    client: Callable[[str], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    cloudformation = client("cloudformation")
    template = {"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}
    cloudformation.create_stack(StackName=leftovers.naming.WORKSHOP_STACK, TemplateBody=json.dumps(template))
    try:
        monkeypatch.setattr(leftovers.studio, "in_studio", lambda: True)
        (status,) = leftovers.destroy_stacks([leftovers.naming.WORKSHOP_STACK], confirm=True, client=client)[
            "status"
        ]
        assert "kept — it holds the Studio domain this notebook runs in" in status
        stacks = cloudformation.describe_stacks(StackName=leftovers.naming.WORKSHOP_STACK)["Stacks"]
        assert stacks[0]["StackStatus"] == "CREATE_COMPLETE"
    finally:
        cloudformation.delete_stack(StackName=leftovers.naming.WORKSHOP_STACK)
