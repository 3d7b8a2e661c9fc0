"""The SageMaker Studio workshop stack: a domain, an attendee's user profile, their execution role, a bucket.

An instructor deploys it once per attendee (or per workshop account); the attendee opens Studio, starts a
JupyterLab space, and finds the kit cloned and installed by the lifecycle configuration — the same pinned
install notebook 00's first cell performs (`pip install -c constraints.txt -e ".[frameworks,studio]"`).

Choices, from CDK context key `workshop` (an object; every key optional), validated before anything is built:

| key | default | what it does |
|---|---|---|
| `userProfileName` | `attendee` | the Studio user profile; `agentkit.naming` turns it into the attendee tag, so the role's DynamoDB access is narrowed to `workshop-<tag>-*` tables |
| `repoUrl` | none | a git URL the lifecycle script clones into `~/agentkit` when that folder is missing (and Studio suggests it in Git → Clone); without it the attendee clones by hand and the script installs on the next start |
| `repoRef` | `main` | the branch or tag cloned |
| `models` | the catalogue's active models | Bedrock model or inference-profile ids the role may invoke |
| `idleTimeoutMinutes` | 60 | JupyterLab apps stop after this long idle (the instance is billed while it runs) |
| `vpcId`, `subnetIds` | none | Studio's VPC and subnets, when you bring your own (offline synthesis cannot look one up); else one is created |
| `vpcOnly` | false | all Studio traffic through that VPC (`VpcOnly`) instead of SageMaker's (`PublicInternetOnly`) |
| `cdkQualifier` | `hnb659fds` | the CDK bootstrap qualifier whose deploy roles the attendee may assume (notebook 10's `cdk deploy`) |

Networking. A Studio domain must name a VPC and subnets (only Unified Studio's domains may omit them), but by
default (`PublicInternetOnly`) SageMaker runs the apps' traffic in its own VPC with internet access; the
domain's VPC would only carry traffic to the home EFS file system, and that is switched off here (JupyterLab
spaces keep their files on their own EBS volume). So the default creates a VPC that costs nothing: two isolated
subnets, no internet or NAT gateway, flow logs (kept a week; billed by volume, and nothing flows). With `vpcOnly`, the apps' traffic stays in
the VPC: a created one then has public subnets and one NAT gateway (billed by the hour) so that pip and the AWS APIs
are reachable; a VPC of yours must provide that itself (NAT or VPC endpoints, and a route to PyPI and the repo).
In `VpcOnly` mode the stack adds a security group that lets the apps reach each other, as Studio requires.

The bucket (output `BucketName`) is the attendee's, readable and writable by the execution role. It is not
versioned: it holds what attendees produce while the workshop runs, all of it reproducible by
re-running the notebooks, and on `cdk destroy` it is emptied and deleted — old versions would only add cost and
objects to clean up. Objects expire after 30 days, in case a workshop account is forgotten.
"""

from __future__ import annotations

import base64
import hashlib
import shlex
from typing import Any, Self

from aws_cdk import (
    Acknowledgment,
    Aws,
    CfnOutput,
    Duration,
    RemovalPolicy,
    Stack,
    Tags,
    Validations,
)
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct
from pydantic import BaseModel, ConfigDict, Field, model_validator

from agentkit import iam as workshop_iam
from agentkit import naming
from infra.nag import finding_form
from infra.settings import read_context

CONTEXT_KEY = "workshop"
"""The one context key holding these settings (an object), so they cannot collide with CDK's own flags."""

INSTALL_EXTRAS = "frameworks,studio"
"""The extras notebook 00's first cell installs in Studio; the lifecycle script installs the same."""

REPO_FOLDER = "agentkit"
"""Where in the attendee's home the kit is cloned (JupyterLab's Git → Clone names it the same)."""

STUDIO_PYTHON = "/opt/conda/bin/python"
"""The SageMaker Distribution image's Python, the one its `Python 3 (ipykernel)` kernel runs."""


class WorkshopSettings(BaseModel):
    """The workshop stack's deployment choices (see the module docstring)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    user_profile_name: str = Field(
        "attendee", alias="userProfileName", pattern=r"^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"
    )
    repo_url: str | None = Field(None, alias="repoUrl", pattern=r"^(https://|git@|ssh://)\S+$")
    repo_ref: str = Field("main", alias="repoRef", pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$")
    models: tuple[str, ...] | None = Field(None, min_length=1)
    idle_timeout_minutes: int = Field(60, alias="idleTimeoutMinutes", ge=60, le=525600)
    vpc_id: str | None = Field(None, alias="vpcId", pattern=r"^vpc-[0-9a-f]{8,17}$")
    subnet_ids: tuple[str, ...] | None = Field(None, alias="subnetIds", min_length=1, max_length=16)
    vpc_only: bool = Field(False, alias="vpcOnly")
    cdk_qualifier: str = Field("hnb659fds", alias="cdkQualifier", pattern=r"^[a-z0-9]{1,10}$")

    @model_validator(mode="after")
    def _one_network(self) -> Self:
        if bool(self.vpc_id) != bool(self.subnet_ids):
            raise ValueError(
                "vpcId and subnetIds go together: name the VPC and the subnets Studio uses in it"
            )
        for subnet in self.subnet_ids or ():
            if not subnet.startswith("subnet-"):
                raise ValueError(f"subnetIds: {subnet!r} is not a subnet id (subnet-…)")
        return self

    @property
    def attendee_tag(self) -> str:
        """The tag `agentkit.naming` derives from this user profile inside Studio."""
        return naming.slug(self.user_profile_name)

    @classmethod
    def from_context(cls, scope: Construct) -> WorkshopSettings:
        return read_context(
            cls, scope.node, CONTEXT_KEY, '{"userProfileName": "ana"}', "infra/workshop_stack.py"
        )


def lifecycle_script(settings: WorkshopSettings) -> str:
    """The JupyterLab start-up script: clone the kit if missing, then install it from its pinned set.

    Studio gives a lifecycle script 5 minutes and fails the app start if it runs longer; installing the
    frameworks takes longer than that, so the install runs in the background (`nohup`) and logs to
    `~/agentkit-install.log`; notebook 00's first cell does the same install and finds it done. An attendee's
    existing clone is never touched (it holds their work); a missing one is cloned only when `repoUrl` is set.
    """
    repo_url = shlex.quote(settings.repo_url or "")
    ref = shlex.quote(settings.repo_ref)
    return f"""#!/bin/bash
# agentkit: install the kit into the JupyterLab kernel from the repo's pinned set (infra/workshop_stack.py).
set -euo pipefail
REPO_URL={repo_url}
REPO_REF={ref}
REPO="$HOME/{REPO_FOLDER}"
PYTHON={STUDIO_PYTHON}
LOG="$HOME/agentkit-install.log"

if [ ! -d "$REPO/.git" ]; then
  if [ -z "$REPO_URL" ]; then
    echo "agentkit: no clone at $REPO; clone the repo there (Git -> Clone a repository), then restart the space." >&2
    exit 0
  fi
  if ! git clone --depth 1 --branch "$REPO_REF" "$REPO_URL" "$REPO"; then
    echo "agentkit: could not clone $REPO_URL ($REPO_REF); clone it into $REPO by hand, then restart the space." >&2
    exit 0
  fi
fi
if [ ! -f "$REPO/constraints.txt" ]; then
  echo "agentkit: $REPO has no constraints.txt; is it a clone of the agentkit repo?" >&2
  exit 0
fi
if [ ! -x "$PYTHON" ]; then
  echo "agentkit: $PYTHON not found; use the SageMaker Distribution image, or run notebook 00's first cell." >&2
  exit 0
fi
cd "$REPO"
nohup "$PYTHON" -m pip install --quiet -c constraints.txt -e ".[{INSTALL_EXTRAS}]" >"$LOG" 2>&1 &
echo "agentkit: installing in the background; see $LOG"
"""


WILDCARD_REASONS = {
    "WhoAmI": "sts:GetCallerIdentity takes no resource.",
    "ListModelsAndProfiles": "bedrock:ListInferenceProfiles takes no resource.",
    "DescribeWorkshopModels": "Foundation models of the chosen ids, in any region: cross-region inference "
    "profiles call them in the regions they route to.",
    "DescribeWorkshopProfiles": "Inference profiles of the chosen models, any geography prefix (us., eu., "
    "global.) in this account and region.",
    "InvokeWorkshopModels": "The chosen models only: their foundation models in any region (where "
    "cross-region profiles route) and their profiles of any geography prefix here.",
    "CountWorkshopTokens": "The chosen models only, as for invoking them.",
    "CreateAndListGuardrails": "bedrock:ListGuardrails takes no resource, and CreateGuardrail's id is "
    "assigned by Bedrock.",
    "UseGuardrails": "Guardrail ARNs carry an id Bedrock assigns, not the name, so they cannot be narrowed "
    "by name; this account and region only.",
    "ListTablesForCleanup": "dynamodb:ListTables takes no resource; notebook 11 lists tables to find the kit's "
    "leftovers (agentkit.leftovers).",
    "WorkshopTables": "The attendee's own tables (workshop-<tag>-*, agentkit.naming) and their indexes.",
    "MarketplaceSubscribeOnFirstCall": "Bedrock subscribes to a third-party model on its first call; "
    "aws-marketplace:Subscribe and ViewSubscriptions take no resource.",
    "WorkshopBucketObjects": "Objects of the workshop bucket, any key.",
    "StudioLogs": "Studio writes the apps' and the lifecycle script's logs under /aws/sagemaker/, "
    "by app name.",
    "CdkDeployRoles": "The CDK bootstrap roles (deploy, file and image publishing, lookup) that notebook "
    "10's `cdk deploy` assumes: this qualifier, account and region only.",
    "StudioSelfService": "The attendee's spaces and their apps, named when created, in this domain only.",
    "StudioListings": "Studio's listings (ListApps, ListSpaces, ...) take no resource.",
}
"""Why each statement of the execution role that has a wildcard resource needs it (by statement id)."""


def _statement(sid: str, actions: list[str], resources: str | list[str]) -> dict[str, Any]:
    return {"Sid": sid, "Effect": "Allow", "Action": actions, "Resource": resources}


class WorkshopStack(Stack):
    """SageMaker Studio for one attendee: domain (IAM auth), user profile, execution role, lifecycle config, bucket."""

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.settings = settings = WorkshopSettings.from_context(self)
        Tags.of(self).add(naming.COST_TAG_KEY, naming.COST_TAG_VALUE)  # what cleanup and the budget find
        Tags.of(self).add("agentkit:stack", "workshop")

        self._wildcards: dict[str, list[str]] = {}
        """cdk-nag's IAM5 findings of the execution role (wildcard resources) and why each is needed."""
        self.bucket = self._bucket()
        self.role = self._execution_role(settings)
        self.lifecycle_config = self._lifecycle_config(settings)
        self.domain = self._domain(settings)
        self.user_profile = sagemaker.CfnUserProfile(
            self,
            "UserProfile",
            domain_id=self.domain.attr_domain_id,
            user_profile_name=settings.user_profile_name,
            user_settings=sagemaker.CfnUserProfile.UserSettingsProperty(execution_role=self.role.role_arn),
        )
        self._grant_studio_self_service(settings)
        Validations.of(self.role).acknowledge(
            *(
                Acknowledgment(id=finding, reason=" ".join(reasons))
                for finding, reasons in self._wildcards.items()
            )
        )

        CfnOutput(self, "DomainId", value=self.domain.attr_domain_id)
        CfnOutput(self, "UserProfileName", value=settings.user_profile_name)
        CfnOutput(self, "ExecutionRoleArn", value=self.role.role_arn)
        CfnOutput(self, "BucketName", value=self.bucket.bucket_name)

    def _bucket(self) -> s3.Bucket:
        bucket = s3.Bucket(
            self,
            "Bucket",
            encryption=s3.BucketEncryption.S3_MANAGED,
            enforce_ssl=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            versioned=False,
            lifecycle_rules=[
                s3.LifecycleRule(
                    expiration=Duration.days(30), abort_incomplete_multipart_upload_after=Duration.days(1)
                )
            ],
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )
        # CDK's auto-delete provider declares DependsOn on its role besides the GetAtt that implies it; the
        # provider is CDK's code, so cfn-lint's warning about the redundancy is acknowledged on it (W3005).
        provider = self.node.find_child("Custom::S3AutoDeleteObjectsCustomResourceProvider")
        handler = provider.node.find_child("Handler")
        handler.add_metadata("cfn-lint", {"config": {"ignore_checks": ["W3005"]}})  # type: ignore[attr-defined]
        Validations.of(bucket).acknowledge(
            Acknowledgment(
                id="AwsSolutions-S1",
                reason="A workshop's scratch bucket, emptied and deleted on destroy; access logs would need a "
                "second bucket that outlives it (CloudTrail records its API calls).",
            )
        )
        return bucket

    def _execution_role(self, settings: WorkshopSettings) -> iam.Role:
        """The attendee's role: the kit's shipped workshop policy (one source: `agentkit.iam`), narrowed to this
        account and region and the attendee's tables, plus what Studio, the bucket and `cdk deploy` need."""
        shipped = workshop_iam.workshop_policy(
            f"workshop-{settings.attendee_tag}-",
            region=Aws.REGION,
            account=Aws.ACCOUNT_ID,
            models=settings.models,
        )
        arn = f"arn:{Aws.PARTITION}"
        own = [
            _statement("WorkshopBucket", ["s3:GetBucketLocation", "s3:ListBucket"], self.bucket.bucket_arn),
            _statement(
                "WorkshopBucketObjects",
                ["s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
                self.bucket.arn_for_objects("*"),
            ),
            _statement(
                "StudioLogs",
                ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                f"{arn}:logs:{Aws.REGION}:{Aws.ACCOUNT_ID}:log-group:/aws/sagemaker/*",
            ),
            _statement(
                "CdkDeployRoles",
                ["sts:AssumeRole"],
                f"{arn}:iam::{Aws.ACCOUNT_ID}:role/cdk-{settings.cdk_qualifier}-*-role-{Aws.ACCOUNT_ID}-{Aws.REGION}",
            ),
        ]
        document = {"Version": "2012-10-17", "Statement": [*shipped["Statement"], *own]}
        role = iam.Role(
            self,
            "ExecutionRole",
            assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"),
            description="SageMaker Studio execution role of the agentkit workshop attendee",
            inline_policies={"AgentkitWorkshop": iam.PolicyDocument.from_json(document)},
        )
        self._explain_wildcards(document["Statement"])
        return role

    def _grant_studio_self_service(self, settings: WorkshopSettings) -> None:
        """What Studio's web UI asks with the execution role: its own profile, spaces and apps, in this domain.

        A separate policy (the role's default policy), since the domain names the role: in the role's own
        inline policy the domain's id would make a dependency cycle."""
        domain_id = self.domain.attr_domain_id
        base = f"arn:{Aws.PARTITION}:sagemaker:{Aws.REGION}:{Aws.ACCOUNT_ID}"
        statements = [
            _statement(
                "StudioSelfService",
                [
                    "sagemaker:AddTags",
                    "sagemaker:CreateApp",
                    "sagemaker:CreateSpace",
                    "sagemaker:DeleteApp",
                    "sagemaker:DeleteSpace",
                    "sagemaker:DescribeApp",
                    "sagemaker:DescribeDomain",
                    "sagemaker:DescribeSpace",
                    "sagemaker:DescribeUserProfile",
                    "sagemaker:UpdateSpace",
                ],
                [
                    f"{base}:domain/{domain_id}",
                    f"{base}:user-profile/{domain_id}/{settings.user_profile_name}",
                    f"{base}:space/{domain_id}/*",
                    f"{base}:app/{domain_id}/*",
                ],
            ),
            _statement(
                "StudioListings",
                [
                    "sagemaker:DescribeStudioLifecycleConfig",
                    "sagemaker:ListApps",
                    "sagemaker:ListSpaces",
                    "sagemaker:ListStudioLifecycleConfigs",
                    "sagemaker:ListTags",
                    "sagemaker:ListUserProfiles",
                ],
                "*",
            ),
        ]
        for statement in statements:
            self.role.add_to_policy(iam.PolicyStatement.from_json(statement))
        self._explain_wildcards(statements)

    def _explain_wildcards(self, statements: list[dict[str, Any]]) -> None:
        """Record cdk-nag's IAM5 finding for every wildcard resource, with its statement's reason.

        Every action is named (no `*` actions); wildcards are in resources only, each explained by
        `WILDCARD_REASONS`. A new statement with a wildcard and no reason there stops synthesis."""
        for statement in statements:
            resources = statement["Resource"]
            for resource in [resources] if isinstance(resources, str) else resources:
                if "*" not in resource:
                    continue
                reason = WILDCARD_REASONS.get(statement["Sid"])
                if reason is None:
                    raise ValueError(
                        f"statement {statement['Sid']!r} has a wildcard resource ({resource}) and no reason in "
                        "infra/workshop_stack.py WILDCARD_REASONS: narrow it, or say there why it must be so"
                    )
                finding = f"AwsSolutions-IAM5[Resource::{self._nag_form(resource)}]"
                reasons = self._wildcards.setdefault(finding, [])
                if reason not in reasons:
                    reasons.append(reason)

    def _nag_form(self, value: str) -> str:
        """A resource as cdk-nag names it in a finding (`infra.nag.finding_form` of the resolved value)."""
        return finding_form(self.resolve(value))

    def _lifecycle_config(self, settings: WorkshopSettings) -> sagemaker.CfnStudioLifecycleConfig:
        script = lifecycle_script(settings)
        # The content cannot change in place (CloudFormation replaces the resource), and the name is unique
        # per account and region: so the name carries the content's hash, and a new script gets a new name.
        digest = hashlib.sha256(script.encode()).hexdigest()[:8]
        return sagemaker.CfnStudioLifecycleConfig(
            self,
            "InstallKit",
            studio_lifecycle_config_app_type="JupyterLab",
            studio_lifecycle_config_name=f"{self.stack_name[:40]}-install-{digest}",
            studio_lifecycle_config_content=base64.b64encode(script.encode()).decode(),
        )

    def _domain(self, settings: WorkshopSettings) -> sagemaker.CfnDomain:
        if settings.vpc_id:
            vpc_id, subnet_ids = settings.vpc_id, list(settings.subnet_ids or ())
        else:
            vpc = self._vpc(settings.vpc_only)
            vpc_id = vpc.vpc_id
            subnet_ids = [
                s.subnet_id for s in (vpc.private_subnets if settings.vpc_only else vpc.isolated_subnets)
            ]
        security_groups = [self._studio_security_group(vpc_id)] if settings.vpc_only else None
        jupyter_lab = sagemaker.CfnDomain.JupyterLabAppSettingsProperty(
            default_resource_spec=sagemaker.CfnDomain.ResourceSpecProperty(
                lifecycle_config_arn=self.lifecycle_config.attr_studio_lifecycle_config_arn
            ),
            lifecycle_config_arns=[self.lifecycle_config.attr_studio_lifecycle_config_arn],
            app_lifecycle_management=sagemaker.CfnDomain.AppLifecycleManagementProperty(
                idle_settings=sagemaker.CfnDomain.IdleSettingsProperty(
                    lifecycle_management="ENABLED",
                    idle_timeout_in_minutes=settings.idle_timeout_minutes,
                    max_idle_timeout_in_minutes=settings.idle_timeout_minutes,
                )
            ),
            code_repositories=(
                [sagemaker.CfnDomain.CodeRepositoryProperty(repository_url=settings.repo_url)]
                if settings.repo_url
                else None
            ),
        )
        return sagemaker.CfnDomain(
            self,
            "Domain",
            auth_mode="IAM",
            domain_name=self.stack_name[:63],
            home_efs_file_system_creation="Disabled",
            tag_propagation="ENABLED",
            default_user_settings=sagemaker.CfnDomain.UserSettingsProperty(
                execution_role=self.role.role_arn,
                studio_web_portal="ENABLED",
                default_landing_uri="studio::",
                security_groups=security_groups,
                jupyter_lab_app_settings=jupyter_lab,
            ),
            app_network_access_type="VpcOnly" if settings.vpc_only else "PublicInternetOnly",
            vpc_id=vpc_id,
            subnet_ids=subnet_ids,
        )

    def _vpc(self, with_internet: bool) -> ec2.Vpc:
        """Two AZs and flow logs for a week; private subnets behind one NAT gateway when the apps' traffic runs
        in it (`vpcOnly`), else isolated subnets only, which cost nothing."""
        if with_internet:
            subnets = [
                ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
                ec2.SubnetConfiguration(
                    name="studio", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=22
                ),
            ]
        else:
            subnets = [
                ec2.SubnetConfiguration(
                    name="studio", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=22
                )
            ]
        vpc = ec2.Vpc(
            self,
            "Vpc",
            ip_addresses=ec2.IpAddresses.cidr("10.42.0.0/16"),
            max_azs=2,
            nat_gateways=1 if with_internet else 0,
            subnet_configuration=subnets,
        )
        flow_logs = logs.LogGroup(
            self, "FlowLogs", retention=logs.RetentionDays.ONE_WEEK, removal_policy=RemovalPolicy.DESTROY
        )
        vpc.add_flow_log("FlowLog", destination=ec2.FlowLogDestination.to_cloud_watch_logs(flow_logs))
        return vpc

    def _studio_security_group(self, vpc_id: str) -> str:
        """`VpcOnly` Studio wants a security group that lets the apps talk to each other; L1, so that a VPC
        given by id needs no lookup."""
        group = ec2.CfnSecurityGroup(
            self,
            "StudioSecurityGroup",
            vpc_id=vpc_id,
            group_description="Studio apps of the agentkit workshop",
            security_group_egress=[
                ec2.CfnSecurityGroup.EgressProperty(ip_protocol="-1", cidr_ip="0.0.0.0/0")
            ],
        )
        ec2.CfnSecurityGroupIngress(
            self,
            "StudioAppsToEachOther",
            group_id=group.attr_group_id,
            source_security_group_id=group.attr_group_id,
            ip_protocol="-1",
            description="Studio apps talk to each other (VpcOnly)",
        )
        return group.attr_group_id
