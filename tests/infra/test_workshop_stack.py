"""The SageMaker Studio workshop stack, synthesized offline once for this module.

One app holds the stack three times, one per networking choice — the default (a created VPC that costs
nothing, `PublicInternetOnly`), a VPC of the account's with `vpcOnly`, a created one with `vpcOnly` — each under its own scope carrying its own
`workshop` context, so a single synthesis (one node process) covers all three, with cdk-nag's AWS Solutions
pack registered on the app and cfn-lint run on every template.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
from pathlib import Path

import pytest
from aws_cdk import App, Validations
from aws_cdk.assertions import Match, Template
from cdk_nag import AwsSolutionsChecks
from cfnlint.api import ManualArgs, lint
from constructs import Construct

from agentkit import iam as workshop_iam
from infra.workshop_stack import INSTALL_EXTRAS, WILDCARD_REASONS, WorkshopStack

REPO = Path(__file__).resolve().parents[2]
REPO_URL = "https://github.com/example/agentkit.git"
EXISTING_VPC = {
    "vpcId": "vpc-0123456789abcdef0",
    "subnetIds": ["subnet-0123456789abcdef0", "subnet-0fedcba98"],
}
VARIANTS = {
    "default": {"userProfileName": "ana-01", "repoUrl": REPO_URL, "repoRef": "v1.2"},
    "existing": {**EXISTING_VPC, "vpcOnly": True},
    "created": {"vpcOnly": True},
}


@pytest.fixture(scope="module")
def synthesized():
    """(stacks by variant, cloud assembly): one synthesis, built-in CloudFormation validation off."""
    app = App(
        builtin_cloud_formation_validation=False,
        stack_traces=False,
        context={"@aws-cdk/core:validationReportJson": True},
    )
    stacks = {}
    for name, context in VARIANTS.items():
        scope = Construct(app, name)
        scope.node.set_context("workshop", context)
        stacks[name] = WorkshopStack(scope, "Workshop")
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return stacks, app.synth()  # raises, listing the findings, if cdk-nag finds anything not acknowledged


@pytest.fixture(scope="module")
def templates(synthesized):
    stacks, _ = synthesized
    return {name: Template.from_stack(stack) for name, stack in stacks.items()}


def only(template: Template, kind: str) -> dict:
    (resource,) = template.find_resources(kind).values()
    return resource["Properties"]


def role_statements(template: Template) -> dict[str, dict]:
    """Every statement of the execution role (its inline policy and its default policy), by Sid."""
    (name, role), *others = (
        (name, role)
        for name, role in template.find_resources("AWS::IAM::Role").items()
        if "sagemaker.amazonaws.com" in json.dumps(role["Properties"]["AssumeRolePolicyDocument"])
    )
    assert not others
    statements = [s for p in role["Properties"]["Policies"] for s in p["PolicyDocument"]["Statement"]]
    for policy in template.find_resources("AWS::IAM::Policy").values():
        if {"Ref": name} in policy["Properties"]["Roles"]:
            statements += policy["Properties"]["PolicyDocument"]["Statement"]
    by_sid = {s["Sid"]: s for s in statements}
    assert len(by_sid) == len(statements), "every statement has its own Sid"
    return by_sid


def as_list(value):
    return value if isinstance(value, list) else [value]


def subnets(template: Template, kind: str) -> set[str]:
    """Logical ids of the created subnets of one kind, by the tag CDK gives them (Public, Private, Isolated)."""
    return {
        name
        for name, subnet in template.find_resources("AWS::EC2::Subnet").items()
        if {"Key": "aws-cdk:subnet-type", "Value": kind} in subnet["Properties"]["Tags"]
    }


def test_domain_uses_iam_auth_and_by_default_a_vpc_that_costs_nothing(templates):
    template = templates["default"]
    domain = only(template, "AWS::SageMaker::Domain")
    assert domain["AuthMode"] == "IAM"
    assert domain["AppNetworkAccessType"] == "PublicInternetOnly"
    assert domain["HomeEfsFileSystemCreation"] == "Disabled"
    assert domain["VpcId"]["Ref"] in template.find_resources("AWS::EC2::VPC")
    assert {s["Ref"] for s in domain["SubnetIds"]} == subnets(template, "Isolated") and len(
        domain["SubnetIds"]
    ) == 2
    for kind in ("AWS::EC2::NatGateway", "AWS::EC2::InternetGateway", "AWS::EC2::SecurityGroup"):
        template.resource_count_is(kind, 0)
    template.resource_count_is("AWS::EC2::FlowLog", 1)
    assert "SecurityGroups" not in domain["DefaultUserSettings"]
    settings = domain["DefaultUserSettings"]["JupyterLabAppSettings"]
    lcc = {"Fn::GetAtt": [Match.any_value(), "StudioLifecycleConfigArn"]}
    templates["default"].has_resource_properties(
        "AWS::SageMaker::Domain",
        {
            "DefaultUserSettings": {
                "ExecutionRole": {"Fn::GetAtt": [Match.string_like_regexp("ExecutionRole"), "Arn"]},
                "JupyterLabAppSettings": {
                    "DefaultResourceSpec": {"LifecycleConfigArn": lcc},
                    "LifecycleConfigArns": [lcc],
                    "CodeRepositories": [{"RepositoryUrl": REPO_URL}],
                },
            }
        },
    )
    idle = settings["AppLifecycleManagement"]["IdleSettings"]
    assert idle == {
        "LifecycleManagement": "ENABLED",
        "IdleTimeoutInMinutes": 60,
        "MaxIdleTimeoutInMinutes": 60,
    }


def test_user_profile_runs_as_the_execution_role(templates):
    profile = only(templates["default"], "AWS::SageMaker::UserProfile")
    assert profile["UserProfileName"] == "ana-01"
    assert profile["DomainId"] == {"Fn::GetAtt": ["Domain", "DomainId"]}
    assert profile["UserSettings"]["ExecutionRole"]["Fn::GetAtt"][1] == "Arn"
    templates["default"].has_resource_properties(
        "AWS::IAM::Role",
        {
            "AssumeRolePolicyDocument": {
                "Statement": [
                    Match.object_like(
                        {"Principal": {"Service": "sagemaker.amazonaws.com"}, "Effect": "Allow"}
                    )
                ]
            }
        },
    )


def test_role_names_every_action_and_explains_every_wildcard_resource(templates):
    for template in templates.values():
        for sid, statement in role_statements(template).items():
            assert statement["Effect"] == "Allow"
            for action in as_list(statement["Action"]):
                assert "*" not in action, f"{sid}: {action}"
            if any("*" in json.dumps(r) for r in as_list(statement["Resource"])):
                assert WILDCARD_REASONS.get(sid), f"{sid} has a wildcard resource and no reason"


def test_role_carries_the_kits_workshop_policy_narrowed_to_the_attendee(templates):
    """One source: the statements of `agentkit.iam`'s shipped policy, same actions, resources narrowed."""
    statements = role_statements(templates["default"])
    for shipped in workshop_iam.workshop_policy()["Statement"]:
        assert sorted(as_list(statements[shipped["Sid"]]["Action"])) == sorted(shipped["Action"])
    invoke = statements["InvokeWorkshopModels"]
    assert sorted(invoke["Action"]) == ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
    rendered = json.dumps(invoke["Resource"])
    for model in workshop_iam.default_models():
        bare = model.replace(":", "?")
        assert f"arn:aws:bedrock:*::foundation-model/{bare}" in rendered
        assert f":inference-profile/*.{bare}" in rendered
    assert len(invoke["Resource"]) == 2 * len(workshop_iam.default_models())
    assert "bedrock:ApplyGuardrail" in statements["UseGuardrails"]["Action"]
    # DynamoDB: the attendee's own tables only (agentkit.naming names them workshop-<profile>-*).
    tables = json.dumps(statements["WorkshopTables"]["Resource"])
    assert ":table/workshop-ana-01-*" in tables and ":table/workshop-*" not in tables


def test_studio_self_service_is_scoped_to_this_domain(templates):
    statements = role_statements(templates["default"])
    for resource in statements["StudioSelfService"]["Resource"]:
        assert {"Fn::GetAtt": ["Domain", "DomainId"]} in resource["Fn::Join"][1]
    assert statements["StudioListings"]["Resource"] == "*"
    assert all(a.startswith("sagemaker:List") or a.startswith("sagemaker:Describe") for a in
               statements["StudioListings"]["Action"])  # fmt: skip
    assert as_list(statements["CdkDeployRoles"]["Action"]) == ["sts:AssumeRole"]
    assert "role/cdk-hnb659fds-*-role-" in json.dumps(statements["CdkDeployRoles"]["Resource"])


def lifecycle(template: Template) -> tuple[dict, str]:
    config = only(template, "AWS::SageMaker::StudioLifecycleConfig")
    return config, base64.b64decode(config["StudioLifecycleConfigContent"]).decode()


def notebook_00_install_extras() -> str:
    """The extras notebook 00's first cell installs in Studio (the lifecycle script must install the same)."""
    cells = json.loads((REPO / "notebooks" / "00_setup.ipynb").read_text())["cells"]
    source = next("".join(c["source"]) for c in cells if "%pip install" in "".join(c["source"]))
    assert '-c "{repo}/constraints.txt"' in source
    return re.search(r'-e "\{repo\}\[([^\]]+)\]"', source).group(1)


def test_lifecycle_config_installs_the_kit_from_constraints(templates):
    config, script = lifecycle(templates["default"])
    assert config["StudioLifecycleConfigAppType"] == "JupyterLab"
    assert notebook_00_install_extras() == INSTALL_EXTRAS
    assert f'pip install --quiet -c constraints.txt -e ".[{INSTALL_EXTRAS}]"' in script
    assert f"REPO_URL={REPO_URL}\n" in script and "REPO_REF=v1.2\n" in script
    assert 'git clone --depth 1 --branch "$REPO_REF" "$REPO_URL" "$REPO"; then' in script
    assert "nohup " in script  # the install outlives Studio's 5-minute limit on the script
    # A new script gets a new name: CloudFormation replaces the resource, and names are unique.
    other, other_script = lifecycle(templates["existing"])
    assert (
        other_script != script and other["StudioLifecycleConfigName"] != config["StudioLifecycleConfigName"]
    )


def test_lifecycle_script_runs_and_without_a_clone_says_what_to_do(templates, tmp_path):
    """Run the decoded script with bash: no repoUrl and no clone → it exits 0 (the app still starts) and
    tells the attendee to clone; a clone without constraints.txt is named as not the kit's repo."""
    _, script = lifecycle(templates["existing"])  # this variant has no repoUrl
    path = tmp_path / "on-start.sh"
    path.write_text(script)
    subprocess.run(["bash", "-n", str(path)], check=True)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(["bash", str(path)], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and "no clone at" in done.stderr and "Git -> Clone" in done.stderr
    (tmp_path / "agentkit" / ".git").mkdir(parents=True)
    done = subprocess.run(["bash", str(path)], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and "has no constraints.txt" in done.stderr
    assert not (tmp_path / "agentkit-install.log").exists()


def test_bucket_is_encrypted_private_ssl_only_and_deleted_with_the_stack(templates):
    template = templates["default"]
    bucket = only(template, "AWS::S3::Bucket")
    assert bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0][
        "ServerSideEncryptionByDefault"
    ] == {"SSEAlgorithm": "AES256"}
    assert bucket["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True,
        "BlockPublicPolicy": True,
        "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True,
    }
    assert "VersioningConfiguration" not in bucket
    (rule,) = bucket["LifecycleConfiguration"]["Rules"]
    assert (
        rule["ExpirationInDays"] == 30 and rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"] == 1
    )
    (resource,) = template.find_resources("AWS::S3::Bucket").values()
    assert resource["DeletionPolicy"] == "Delete"
    template.resource_count_is("Custom::S3AutoDeleteObjects", 1)
    policy = only(template, "AWS::S3::BucketPolicy")
    deny = [s for s in policy["PolicyDocument"]["Statement"] if s["Effect"] == "Deny"]
    assert any(
        s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}} and s["Action"] == "s3:*" for s in deny
    )


def test_every_tagged_resource_carries_the_cost_tags(templates):
    template = templates["default"]
    kinds = ["AWS::SageMaker::Domain", "AWS::SageMaker::UserProfile", "AWS::SageMaker::StudioLifecycleConfig",
             "AWS::S3::Bucket", "AWS::IAM::Role"]  # fmt: skip
    for kind in kinds:
        for name, resource in template.find_resources(kind).items():
            if name.startswith("CustomS3AutoDeleteObjects"):
                continue  # CDK's own provider (raw CloudFormation, untaggable by Tags.of); it bills nothing idle
            tags = {t["Key"]: t["Value"] for t in resource["Properties"]["Tags"]}
            assert tags["agentkit:project"] == "agentkit" and tags["agentkit:stack"] == "workshop", kind
    assert only(template, "AWS::SageMaker::Domain")["TagPropagation"] == "ENABLED"


def studio_security_group(template: Template, domain: dict) -> None:
    """VpcOnly: the domain's one security group lets its apps reach each other (and nothing else in)."""
    (group,) = domain["DefaultUserSettings"]["SecurityGroups"]
    (name,) = template.find_resources("AWS::EC2::SecurityGroup")
    assert group == {"Fn::GetAtt": [name, "GroupId"]}
    (ingress,) = template.find_resources("AWS::EC2::SecurityGroupIngress").values()
    assert ingress["Properties"]["GroupId"] == ingress["Properties"]["SourceSecurityGroupId"] == group


def test_an_existing_vpc_is_used_as_given(templates):
    template = templates["existing"]
    domain = only(template, "AWS::SageMaker::Domain")
    assert domain["AppNetworkAccessType"] == "VpcOnly"
    assert domain["VpcId"] == EXISTING_VPC["vpcId"] and domain["SubnetIds"] == EXISTING_VPC["subnetIds"]
    template.resource_count_is("AWS::EC2::VPC", 0)
    assert only(template, "AWS::EC2::SecurityGroup")["VpcId"] == EXISTING_VPC["vpcId"]
    studio_security_group(template, domain)


def test_a_created_vpc_only_network_has_private_subnets_one_nat_and_flow_logs(templates):
    template = templates["created"]
    domain = only(template, "AWS::SageMaker::Domain")
    assert domain["AppNetworkAccessType"] == "VpcOnly"
    assert domain["VpcId"]["Ref"] in template.find_resources("AWS::EC2::VPC")
    assert {s["Ref"] for s in domain["SubnetIds"]} == subnets(template, "Private") and len(
        domain["SubnetIds"]
    ) == 2
    template.resource_count_is("AWS::EC2::NatGateway", 1)
    template.resource_count_is("AWS::EC2::FlowLog", 1)
    studio_security_group(template, domain)


def test_cdk_nag_is_clean_and_every_acknowledgement_has_a_reason(synthesized):
    stacks, assembly = synthesized
    report = json.loads((Path(assembly.directory) / "policy-validation-report.json").read_text())
    assert report["pluginReports"] == []  # the synthesis above would have raised on a finding
    key = Validations.ACKNOWLEDGED_RULES_METADATA_KEY
    acknowledged = [
        (rule, reason)
        for stack in stacks.values()
        for construct in stack.node.find_all()
        for entry in construct.node.metadata
        if entry.type == key
        for rule, reason in entry.data.items()
    ]
    assert acknowledged, "the wildcard resources and the bucket's access logs are acknowledged"
    for rule, reason in acknowledged:
        assert len(reason.strip()) > 20, rule


def test_cfn_lint_is_clean(synthesized):
    stacks, assembly = synthesized
    for stack in stacks.values():
        template = (Path(assembly.directory) / stack.template_file).read_text()
        matches = lint(template, config=ManualArgs(regions=["us-east-1", "us-west-2", "eu-central-1"]))
        assert [str(m) for m in matches] == []


@pytest.mark.parametrize(
    ("context", "says"),
    [
        ({"vpcId": "vpc-0123456789abcdef0"}, "vpcId and subnetIds go together"),
        ({"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["sg-123"]}, "is not a subnet id"),
        ({"repoUrl": "file:///tmp/x"}, "repoUrl"),
        ({"idleTimeoutMinutes": 5}, "idleTimeoutMinutes"),
        ({"userProfile": "ana"}, "its keys are userProfileName"),
        ('{"vpcOnly": tru', "is not JSON"),
    ],
)
def test_bad_context_stops_before_any_resource_saying_what_to_do(context, says):
    app = App(context={"workshop": context})
    with pytest.raises(ValueError, match=re.escape(says)):
        WorkshopStack(app, "Bad")
    (stack,) = app.node.children  # the stack's scope exists, but nothing was declared in it
    assert stack.node.children == []


def test_a_wildcard_without_a_reason_stops_synthesis(monkeypatch):
    monkeypatch.delitem(WILDCARD_REASONS, "StudioLogs")
    with pytest.raises(ValueError, match=r"'StudioLogs' has a wildcard resource .* WILDCARD_REASONS"):
        WorkshopStack(App(), "Unexplained")
