"""AgentSystemStack as synthesized: what it declares is derived from the package, least privilege, watched, clean.

One synthesis for the session (tests/infra/conftest.py) with cdk-nag's AWS Solutions checks: it raises on any
finding not acknowledged with a reason, so reaching these tests already says cdk-nag is clean.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import boto3
import pytest
from aws_cdk.assertions import Match, Template
from cfnlint.api import ManualArgs, lint

from agentkit import naming
from agentkit.local.platform import LocalPlatform
from agentkit.memory.tables import MEMORY_TABLE
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import WORKFLOWS, definition_path, local
from infra import local_run, packaging
from infra.settings import SystemSettings
from infra.system_stack import workflow_placeholders


def of_type(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: r for k, r in template["Resources"].items() if r["Type"] == kind}


def test_the_memory_table_is_the_one_design(system_template: dict[str, Any]) -> None:
    Template.from_json(system_template).has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "KeySchema": [
                {"AttributeName": MEMORY_TABLE.partition_key, "KeyType": "HASH"},
                {"AttributeName": MEMORY_TABLE.sort_key, "KeyType": "RANGE"},
            ],
            "GlobalSecondaryIndexes": [
                Match.object_like({"IndexName": index.name}) for index in MEMORY_TABLE.indexes
            ],
            "TimeToLiveSpecification": {"AttributeName": MEMORY_TABLE.ttl_attribute, "Enabled": True},
            "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
            "BillingMode": "PAY_PER_REQUEST",
        },
    )


def test_every_function_runs_a_handler_of_the_package_on_arm64_traced(
    system_template: dict[str, Any],
) -> None:
    functions = [
        r["Properties"]
        for r in of_type(system_template, "AWS::Lambda::Function").values()
        if r["Properties"].get("Handler", "").startswith("agentkit.")
    ]
    assert len(functions) >= len({p for w in WORKFLOWS for p in workflow_placeholders(w)} - {"EventBusName"})
    for function in functions:
        assert function["Architectures"] == ["arm64"]
        assert function["Runtime"] == packaging.LAMBDA_RUNTIME
        assert function["TracingConfig"] == {"Mode": "Active"}
    handlers = {f["Handler"] for f in functions}
    for w in WORKFLOWS:
        for placeholder in workflow_placeholders(w):
            if placeholder != "EventBusName":
                handler = HANDLERS[placeholder]
                assert f"{handler.__module__}.{handler.__name__}" in handlers
    assert {"agentkit.service.rest.handler", "agentkit.service.auth.authorizer"} <= handlers


def test_each_state_machine_is_a_package_asl_file_with_every_placeholder_substituted(
    system_template: dict[str, Any], assembly_dir: Path
) -> None:
    machines = of_type(system_template, "AWS::StepFunctions::StateMachine")
    assert len(machines) == len(WORKFLOWS)
    shipped = {w: json.loads(definition_path(w).read_text()) for w in WORKFLOWS}
    for machine in machines.values():
        properties = machine["Properties"]
        (asset,) = assembly_dir.glob(f"asset.{properties['DefinitionS3Location']['Key']}")  # CDK's file asset
        definition = json.loads(asset.read_text())
        (workflow,) = [w for w, d in shipped.items() if d == definition]  # the file, byte for byte in meaning
        assert set(properties["DefinitionSubstitutions"]) == set(workflow_placeholders(workflow))


def test_no_policy_allows_every_action_and_bedrock_only_the_chosen_models(
    system_template: dict[str, Any],
) -> None:
    bedrock = []
    for policy in of_type(system_template, "AWS::IAM::Policy").values():
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            assert "*" not in actions and not any(a.endswith(":*") for a in actions), statement
            if any(a.startswith("bedrock:") for a in actions):
                bedrock.append(statement)
    assert bedrock, "the functions that run agents may invoke the model"
    chosen = SystemSettings().bedrock_models  # the default context
    for statement in bedrock:
        assert set(statement["Action"]) == {"bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"}
        for resource in statement["Resource"]:
            written = json.dumps(resource)
            assert "inference-profile" in written or "foundation-model/" in written, written
            assert any(model.split(".", 1)[-1].split(":")[0] in written for model in chosen), written


def test_failures_raise_alarms_that_reach_the_topic(system_template: dict[str, Any]) -> None:
    alarms = of_type(system_template, "AWS::CloudWatch::Alarm").values()
    metrics = [(a["Properties"].get("Namespace"), a["Properties"].get("MetricName")) for a in alarms]
    functions = len(of_type(system_template, "AWS::Lambda::Function")) - 1  # CDK's auto-delete helper
    assert metrics.count(("AWS/Lambda", "Errors")) >= functions - 1
    assert metrics.count(("AWS/States", "ExecutionsFailed")) == len(WORKFLOWS)
    assert ("AWS/SQS", "ApproximateNumberOfMessagesVisible") in metrics
    (topic,) = of_type(system_template, "AWS::SNS::Topic")
    for alarm in alarms:
        assert alarm["Properties"]["AlarmActions"] == [{"Ref": topic}]


def test_the_rest_api_checks_every_request_and_refuses_in_the_services_shape(
    system_template: dict[str, Any],
) -> None:
    (authorizer,) = of_type(system_template, "AWS::ApiGateway::Authorizer").values()
    assert authorizer["Properties"]["Type"] == "REQUEST"
    assert (
        authorizer["Properties"]["AuthorizerResultTtlInSeconds"] == 0
    )  # either header may carry credentials
    methods = [m["Properties"] for m in of_type(system_template, "AWS::ApiGateway::Method").values()]
    assert all(m["AuthorizationType"] == "CUSTOM" for m in methods if m["HttpMethod"] != "OPTIONS")
    assert any(m["HttpMethod"] == "OPTIONS" for m in methods)  # CORS preflight
    unauthorized = next(
        r["Properties"]
        for r in of_type(system_template, "AWS::ApiGateway::GatewayResponse").values()
        if r["Properties"]["ResponseType"] == "UNAUTHORIZED"
    )
    body = json.loads(unauthorized["ResponseTemplates"]["application/json"])
    assert body["error"]["code"] == "Unauthorized" and "x-api-key" in body["error"]["message"]
    assert of_type(system_template, "AWS::ApiGateway::UsagePlan") and of_type(
        system_template, "AWS::ApiGateway::ApiKey"
    )


def test_cost_is_tagged_and_budgeted(system_template: dict[str, Any]) -> None:
    tag = {"Key": naming.COST_TAG_KEY, "Value": naming.COST_TAG_VALUE}
    for kind in ("AWS::DynamoDB::Table", "AWS::StepFunctions::StateMachine", "AWS::SQS::Queue"):
        for resource in of_type(system_template, kind).values():
            assert tag in resource["Properties"]["Tags"], kind
    (budget,) = of_type(system_template, "AWS::Budgets::Budget").values()
    assert budget["Properties"]["Budget"]["CostFilters"] == {
        "TagKeyValue": [f"user:{naming.COST_TAG_KEY}${naming.COST_TAG_VALUE}"]
    }


def test_cdk_nag_found_nothing_unacknowledged(assembly_dir: Path) -> None:
    report = json.loads((assembly_dir / "policy-validation-report.json").read_text())
    assert report["pluginReports"] == []


def test_cfn_lint_is_clean(app_assembly: Any) -> None:
    for stack in app_assembly.stacks:
        template = Path(stack.template_full_path).read_text()
        # W3005: CDK writes DependsOn on a function's role beside the GetAtt that implies it (its constructs'
        # pattern, not this app's); everything else must pass.
        matches = lint(
            template, config=ManualArgs(regions=["us-east-1", "eu-west-1"], ignore_checks=["W3005"])
        )
        assert [str(m) for m in matches] == [], stack.stack_name


def test_the_synthesized_task_workflow_runs_here_to_completion(
    system_template: dict[str, Any], assembly_dir: Path, module_env: LocalPlatform, data_dir: object
) -> None:
    def client(service: str) -> Any:
        return boto3.client(service, endpoint_url=module_env.aws.url, region_name="us-east-1")

    deployed = local_run.deploy(system_template, assembly=assembly_dir, client=client)
    assert {m.workflow for m in deployed.state_machines.values()} == set(WORKFLOWS)
    task = {
        "task_id": "synth-1",
        "description": "returns",
        "steps": [{"action": "search_documents", "input": "how long do customers have to return a tent"}],
    }
    done = local.run(client("stepfunctions"), deployed.workflow("task_execution").arn, task)
    assert done["status"] == "SUCCEEDED", done
    assert done["output"]["status"] == "completed"
    assert done["output"]["results"][0]["action"] == "search_documents"


@pytest.mark.parametrize(
    ("context", "says"),
    [({"monthlyBudgetUsd": -1}, "monthlyBudgetUsd"), ({"budget": 5}, "its keys are")],
)
def test_bad_context_stops_synthesis_saying_which_key(
    context: dict[str, Any], says: str, tmp_path: Path
) -> None:
    from aws_cdk import App

    from infra.system_stack import AgentSystemStack

    (tmp_path / "agentkit").mkdir()
    (tmp_path / "agentkit" / "__init__.py").write_text("")
    app = App(context={"agentkit": context})
    with pytest.raises(ValueError, match=says):
        AgentSystemStack(app, "Bad", asset_dir=tmp_path)
