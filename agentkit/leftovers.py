"""After the workshop: delete the kit's stacks, then look for anything of the kit that is still billed.

Deleting a stack is not the end of the bill. CloudFormation leaves what a stack never owned — the log
groups Lambda and Step Functions create on first use, the buckets and tables the notebooks created with
boto3, Studio apps a person opened — and what a stack keeps on purpose (a table or bucket with a `Retain`
removal policy). So `find()` asks each service what of the kit's is still there:

* resources carrying the kit's cost tag (`agentkit.naming.COST_TAG_KEY`), through the Resource Groups
  Tagging API — every service in one call, whatever the resource's name;
* by name, what the notebooks create (`workshop-<attendee>-…`, `agentkit.naming.resource_name`) and what
  the stacks create (physical names start with the stack's name): DynamoDB tables, S3 buckets (with
  their objects), log groups, Step Functions state machines, API Gateway APIs (REST, HTTP and WebSocket),
  Bedrock guardrails; and the running apps of the kit's SageMaker Studio domains.

Every check is a read (List/Describe): `find()` deletes nothing; each row says how to delete it. A check
that cannot run (no permission, a service the local platform lacks) is reported as not checked, so "nothing
left" is only said when every check ran. `destroy_stacks` deletes the stacks with CloudFormation's
DeleteStack, which is what `cdk destroy` does, without synthesizing the app again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import boto3
import pandas as pd
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, WaiterError

from agentkit import naming, studio
from agentkit.config import pages

ClientFactory = Callable[[str], Any]
# One retry, short timeouts: a check that cannot answer is reported as not checked, not waited for.
_CHECK_CONFIG = Config(connect_timeout=5, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"})
STACKS = (naming.SYSTEM_STACK, naming.WORKSHOP_STACK)


@dataclass(frozen=True)
class Leftover:
    """One resource of the kit that still exists, what it is billed for, and how to delete it."""

    service: str
    resource: str
    billed_for: str
    delete_with: str
    arn: str = ""


@dataclass(frozen=True)
class Scope:
    """What counts as the kit's: the cost tag, and the name prefixes of what it creates."""

    tag_key: str
    tag_value: str
    prefixes: tuple[str, ...]

    @classmethod
    def of_kit(cls) -> Scope:
        """The kit's tag, this attendee's resource names (`workshop-<tag>-`) and the stacks' names."""
        return cls(naming.COST_TAG_KEY, naming.COST_TAG_VALUE, (naming.resource_name(""), *STACKS))

    def named(self, name: str) -> bool:
        """A name of the kit's: it (or a segment of a path like `/aws/lambda/<name>`) starts with a prefix."""
        return any(part.startswith(self.prefixes) for part in name.split("/") if part)


@dataclass
class Report:
    """What `find` found, and which checks could not run (and why)."""

    leftovers: list[Leftover] = field(default_factory=list)
    not_checked: dict[str, str] = field(default_factory=dict)
    checks: int = 0

    @property
    def clean(self) -> bool:
        return not self.leftovers and not self.not_checked

    def table(self) -> pd.DataFrame:
        """One row per leftover: service, resource, what it is billed for, how to delete it."""
        columns = ["service", "resource", "billed_for", "delete_with"]
        rows = [{c: getattr(x, c) for c in columns} for x in self.leftovers]
        return pd.DataFrame(rows, columns=columns).sort_values(["service", "resource"], ignore_index=True)

    def verdict(self) -> str:
        ran = self.checks - len(self.not_checked)
        if self.leftovers:
            return (
                f"{len(self.leftovers)} resource(s) of the kit are left ({ran} of {self.checks} checks ran): "
                "delete each with the command in its row, then run find() again."
            )
        if self.not_checked:
            return (
                f"nothing found by the {ran} checks that ran, but {len(self.not_checked)} could not run "
                f"({', '.join(self.not_checked)}): look there yourself before you call it clean."
            )
        return f"nothing billable is left: all {self.checks} checks ran and found nothing of the kit."


def find(scope: Scope | None = None, *, client: ClientFactory | None = None) -> Report:
    """Ask every service what of the kit's is still there (reads only; see the module docstring)."""
    scope = scope or Scope.of_kit()
    make = client or (lambda service: boto3.client(service, config=_CHECK_CONFIG))
    report = Report()
    seen: set[str] = set()
    for name, check in CHECKS.items():
        report.checks += 1
        try:
            found = list(check(make, scope))
        except (ClientError, BotoCoreError) as error:
            report.not_checked[name] = f"{type(error).__name__}: {error}"
            continue
        for leftover in found:
            key = leftover.arn or f"{leftover.service}:{leftover.resource}"
            if key not in seen:
                seen.add(key)
                report.leftovers.append(leftover)
    return report


# --------------------------------------------------------------------------- the checks


def tagged(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    tagging = make("resourcegroupstaggingapi")
    tag_filter = [{"Key": scope.tag_key, "Values": [scope.tag_value]}]
    for mapping in pages(tagging, "get_resources", "ResourceTagMappingList", TagFilters=tag_filter):
        arn = mapping["ResourceARN"]
        service = arn.split(":")[2]
        yield Leftover(
            service,
            arn.split(":", 5)[-1],
            f"whatever {service} bills for it (tagged {scope.tag_key}={scope.tag_value})",
            "delete it in its service's console or CLI; AWS may list a just-deleted resource here for a while",
            arn,
        )


def tables(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    dynamodb = make("dynamodb")
    for name in pages(dynamodb, "list_tables", "TableNames"):
        if scope.named(name):
            table = dynamodb.describe_table(TableName=name)["Table"]
            yield Leftover(
                "dynamodb",
                name,
                f"storage ({table.get('TableSizeBytes', 0)} bytes), backups and point-in-time recovery",
                f"aws dynamodb delete-table --table-name {name}",
                table["TableArn"],
            )


def buckets(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    s3 = make("s3")
    for bucket in s3.list_buckets().get("Buckets", []):
        name = bucket["Name"]
        if scope.named(name):
            listed = s3.list_objects_v2(Bucket=name, MaxKeys=1000)
            count = f"{listed.get('KeyCount', 0)}{'+' if listed.get('IsTruncated') else ''}"
            yield Leftover(
                "s3",
                name,
                f"storage of its {count} object(s) (versions too, if versioned)",
                f"aws s3 rb s3://{name} --force",
                f"arn:aws:s3:::{name}",
            )


def log_groups(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    logs = make("logs")
    for group in pages(logs, "describe_log_groups", "logGroups"):
        name = group["logGroupName"]
        if scope.named(name):
            yield Leftover(
                "logs",
                name,
                f"log storage ({group.get('storedBytes', 0)} bytes)",
                f"aws logs delete-log-group --log-group-name {name}",
                group.get("arn", "").removesuffix(":*"),
            )


def state_machines(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    sfn = make("stepfunctions")
    for machine in pages(sfn, "list_state_machines", "stateMachines"):
        if scope.named(machine["name"]):
            yield Leftover(
                "states",
                machine["name"],
                "nothing at rest (state transitions when run); its log group is checked separately",
                f"aws stepfunctions delete-state-machine --state-machine-arn {machine['stateMachineArn']}",
                machine["stateMachineArn"],
            )


def apis(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    rest, v2 = make("apigateway"), make("apigatewayv2")
    region = rest.meta.region_name
    tag = {scope.tag_key: scope.tag_value}
    for api in pages(rest, "get_rest_apis", "items"):
        if scope.named(api["name"]) or tag.items() <= api.get("tags", {}).items():
            yield Leftover(
                "apigateway",
                f"{api['name']} (REST, {api['id']})",
                "requests, and its cache while one is enabled",
                f"aws apigateway delete-rest-api --rest-api-id {api['id']}",
                f"arn:aws:apigateway:{region}::/restapis/{api['id']}",
            )
    for api in pages(v2, "get_apis", "Items"):
        if scope.named(api["Name"]) or tag.items() <= api.get("Tags", {}).items():
            yield Leftover(
                "apigateway",
                f"{api['Name']} ({api['ProtocolType']}, {api['ApiId']})",
                "requests and, for WebSocket, connection minutes",
                f"aws apigatewayv2 delete-api --api-id {api['ApiId']}",
                f"arn:aws:apigateway:{region}::/apis/{api['ApiId']}",
            )


def guardrails(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    bedrock = make("bedrock")
    for guardrail in pages(bedrock, "list_guardrails", "guardrails"):
        if scope.named(guardrail["name"]):
            yield Leftover(
                "bedrock",
                f"guardrail {guardrail['name']} ({guardrail['id']})",
                "nothing at rest (each use is billed); it counts against the account's guardrail quota",
                f"aws bedrock delete-guardrail --guardrail-identifier {guardrail['id']}",
                guardrail["arn"],
            )


def studio_apps(make: ClientFactory, scope: Scope) -> Iterator[Leftover]:
    """Running apps of the kit's Studio domains (by name or tag): each runs an instance until deleted."""
    sagemaker = make("sagemaker")
    for domain in pages(sagemaker, "list_domains", "Domains"):
        tags = {
            t["Key"]: t["Value"] for t in sagemaker.list_tags(ResourceArn=domain["DomainArn"]).get("Tags", [])
        }
        if not (scope.named(domain["DomainName"]) or tags.get(scope.tag_key) == scope.tag_value):
            continue
        for app in pages(sagemaker, "list_apps", "Apps", DomainIdEquals=domain["DomainId"]):
            if app.get("Status") in ("Deleted", "Deleting", "Failed"):
                continue
            owner = (
                f"--space-name {app['SpaceName']}"
                if app.get("SpaceName")
                else f"--user-profile-name {app.get('UserProfileName')}"
            )
            yield Leftover(
                "sagemaker",
                f"Studio {app['AppType']} app {app['AppName']} ({owner.split(' ', 1)[1]})",
                f"its instance ({app.get('ResourceSpec', {}).get('InstanceType', 'default type')}) while it runs",
                f"aws sagemaker delete-app --domain-id {domain['DomainId']} {owner} "
                f"--app-type {app['AppType']} --app-name {app['AppName']}",
            )


CHECKS: dict[str, Callable[[ClientFactory, Scope], Iterable[Leftover]]] = {
    "DynamoDB tables": tables,
    "S3 buckets": buckets,
    "log groups": log_groups,
    "state machines": state_machines,
    "API Gateway APIs": apis,
    "Bedrock guardrails": guardrails,
    "Studio apps": studio_apps,
    "tagged resources": tagged,  # last: a resource found by name above keeps that check's row
}


# --------------------------------------------------------------------------- destroying the stacks


def destroy_stacks(
    stacks: Iterable[str] = STACKS, *, confirm: bool, client: ClientFactory = boto3.client
) -> pd.DataFrame:
    """Delete each stack with CloudFormation (what `cdk destroy <stack>` does) if `confirm`; say what happened.

    Without `confirm` nothing is deleted: each row says what would be. The workshop stack holds the Studio
    domain, so it is refused from inside Studio (its domain cannot be deleted while this notebook's app
    runs in it): destroy it from a terminal outside Studio with the command in its row.
    """
    cloudformation = client("cloudformation")
    rows = []
    for stack in stacks:
        rows.append(
            {
                "stack": stack,
                "status": _destroy(cloudformation, stack, confirm),
                "cdk": f"cdk destroy {stack}",
            }
        )
    return pd.DataFrame(rows)


def _destroy(cloudformation: Any, stack: str, confirm: bool) -> str:
    region = cloudformation.meta.region_name
    try:
        status = cloudformation.describe_stacks(StackName=stack)["Stacks"][0]["StackStatus"]
    except ClientError as error:
        if "does not exist" in str(error):
            return f"not deployed in {region}: nothing to delete"
        raise
    if status == "DELETE_COMPLETE":
        return f"not deployed in {region}: nothing to delete"
    if not confirm:
        return f"{status}: kept (set DESTROY = True to delete it)"
    if stack == naming.WORKSHOP_STACK and studio.in_studio():
        return f"{status}: kept — it holds the Studio domain this notebook runs in; run the cdk command from a terminal outside Studio"
    cloudformation.delete_stack(StackName=stack)
    try:
        cloudformation.get_waiter("stack_delete_complete").wait(
            StackName=stack, WaiterConfig={"Delay": 10, "MaxAttempts": 90}
        )
    except WaiterError as error:
        raise RuntimeError(
            f"deleting {stack} did not complete: {error}. Its Events tab in the CloudFormation console names the "
            "resource that could not be deleted; delete that by hand, then run destroy_stacks again."
        ) from error
    return "deleted"
