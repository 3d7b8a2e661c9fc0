"""Run a synthesized template's state machines on the local platform, with the handlers its functions name.

This is the proof that what deploys is what the notebooks ran: the definitions are read from the template
CDK wrote (not from the package), the tokens CDK put in them are resolved the way CloudFormation resolves
them, and every Lambda function the template defines runs the Python function its `Handler` names.

What CloudFormation would resolve, and what stands in for it here:

* a definition comes from `DefinitionS3Location` (what `DefinitionBody.from_file` emits: the file is an
  asset of the cloud assembly, found through its `*.assets.json`), `DefinitionString` (a string or an
  `Fn::Join` of strings and tokens) or `Definition` (an object); `DefinitionSubstitutions` fill its
  `${Name}` placeholders, as Step Functions does at deployment;
* `Fn::GetAtt [Fn, Arn]` or `Ref` of an `AWS::Lambda::Function` → a local function, created and bound by
  `agentkit.workflows.local.deploy` to the function imported from the template's `Handler`
  (`agentkit.service.handlers.research`); functions are named `<state machine>-<handler words>`;
* `Ref`/`Fn::GetAtt` of an `AWS::Events::EventBus` or `AWS::DynamoDB::Table` → that bus or table on
  local AWS under the template's name (created from the template's properties when missing);
* pseudo parameters → moto's account (123456789012), the client's region, partition `aws`.

Not reproduced: the functions' `Environment` (moto does not put it in `os.environ`: the handlers read the
environment of this process, which `agentkit.connect()` or the tests' fixtures point at the local
platform), IAM (moto does not enforce it), and anything not named above, which is refused by name.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
from moto.core import DEFAULT_ACCOUNT_ID  # every request on local AWS is in this account

from agentkit.local.aws import Handler
from agentkit.workflows import WORKFLOWS, definition_path, local
from agentkit.workflows.local import ClientFactory

STATE_MACHINE = "AWS::StepFunctions::StateMachine"
FUNCTION = "AWS::Lambda::Function"
EVENT_BUS = "AWS::Events::EventBus"
TABLE = "AWS::DynamoDB::Table"


@dataclass(frozen=True)
class LocalStateMachine:
    """One of the template's state machines, created on local AWS: start executions on `arn`."""

    logical_id: str
    name: str
    arn: str
    workflow: str | None  # the package's ASL file the template carries as its definition, unchanged, if any
    handlers: dict[str, str]  # local function placeholder → the template's `Handler` it runs


@dataclass
class LocalTemplate:
    """The state machines of a template on local AWS, by logical id."""

    state_machines: dict[str, LocalStateMachine] = field(default_factory=dict)

    def workflow(self, name: str) -> LocalStateMachine:
        """The state machine whose definition is the package's `name.asl.json` (e.g. "task_execution")."""
        found = [m for m in self.state_machines.values() if m.workflow == name]
        if len(found) != 1:
            have = {m.logical_id: m.workflow for m in self.state_machines.values()}
            raise LookupError(
                f"{len(found)} state machines run the package's {name}.asl.json (expected 1); the template's "
                f"state machines and their workflows: {have}. Load it with DefinitionBody.from_file"
                f"(definition_path({name!r}))."
            )
        return found[0]


def deploy(
    template: Mapping[str, Any], *, assembly: Path | None = None, client: ClientFactory = boto3.client
) -> LocalTemplate:
    """Create every `AWS::StepFunctions::StateMachine` of `template` on local AWS, and what it refers to.

    `assembly` is the cloud assembly directory the template was synthesized into (`app.synth().directory`),
    where a `DefinitionS3Location`'s file is. Idempotent, like `local.deploy`: deploying again updates.
    """
    local.require_local(client("stepfunctions"))
    resources = template.get("Resources", {})
    deployed = LocalTemplate()
    for logical_id, resource in resources.items():
        if resource.get("Type") == STATE_MACHINE:
            resolver = _Resolver(resources, client)
            deployed.state_machines[logical_id] = _deploy_state_machine(
                logical_id, resource.get("Properties", {}), resolver, assembly, client
            )
    if not deployed.state_machines:
        raise ValueError(f"the template has no {STATE_MACHINE}: nothing to run locally")
    return deployed


def _deploy_state_machine(
    logical_id: str, properties: Mapping[str, Any], resolver: _Resolver, assembly: Path | None, client: Any
) -> LocalStateMachine:
    where = f"state machine {logical_id}"
    text = _definition_text(where, properties, resolver, assembly)
    substitutions = {
        key: resolver.resolve(value, f"{where}, substitution {key}")
        for key, value in properties.get("DefinitionSubstitutions", {}).items()
    }

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in substitutions:
            return substitutions[name]
        if name in resolver.handlers:  # a function the DefinitionString's tokens named: local.deploy fills it
            return match.group(0)
        raise ValueError(
            f"{where}: its definition has ${{{name}}} but DefinitionSubstitutions has no {name!r} (it has "
            f"{sorted(substitutions)}); add it to the stack's substitutions"
        )

    filled = local.PLACEHOLDER.sub(fill, text)
    name = resolver.resolve(properties.get("StateMachineName", logical_id), where)
    functions = [local.function_name(name, p) for p in resolver.handlers]
    if len(set(functions)) != len(functions):
        raise ValueError(
            f"{where}: local function names collide ({functions}); give it a shorter StateMachineName"
        )
    arn = local.deploy(name, resolver.handlers, name=name, definition=filled, client=client)
    return LocalStateMachine(
        logical_id=logical_id,
        name=name,
        arn=arn,
        # A definition CDK rendered from tokens (an Fn::Join) is not a file the template carries as it is.
        workflow=None if isinstance(properties.get("DefinitionString"), Mapping) else _package_workflow(text),
        handlers=dict(resolver.handler_strings),
    )


def _definition_text(
    where: str, properties: Mapping[str, Any], resolver: _Resolver, assembly: Path | None
) -> str:
    """The definition as Step Functions receives it, before its substitutions."""
    if "DefinitionString" in properties:
        return resolver.resolve(properties["DefinitionString"], f"{where}, DefinitionString")
    if "Definition" in properties:
        return json.dumps(properties["Definition"])
    if "DefinitionS3Location" in properties:
        return _asset(where, properties["DefinitionS3Location"], assembly).read_text(encoding="utf-8")
    raise ValueError(f"{where} has no DefinitionString, Definition or DefinitionS3Location")


def _asset(where: str, location: Mapping[str, Any], assembly: Path | None) -> Path:
    """The file a `DefinitionS3Location` names, from the assembly's asset manifests (what `cdk deploy` uploads)."""
    key = location.get("Key")
    if assembly is None:
        raise ValueError(
            f"{where}'s definition is an asset (s3 key {key}); pass assembly=<the cloud assembly directory> "
            "(app.synth().directory) so its file can be read"
        )
    for manifest in sorted(Path(assembly).glob("*.assets.json")):
        for asset in json.loads(manifest.read_text(encoding="utf-8")).get("files", {}).values():
            if any(d.get("objectKey") == key for d in asset.get("destinations", {}).values()):
                return Path(assembly) / asset["source"]["path"]
    raise FileNotFoundError(f"{where}: no asset with key {key} in {assembly}/*.assets.json; synthesize again")


def _package_workflow(text: str) -> str | None:
    """Which of the package's ASL files `text` is (as JSON, so CDK's formatting does not matter)."""
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    for workflow in WORKFLOWS:
        if json.loads(definition_path(workflow).read_text(encoding="utf-8")) == parsed:
            return workflow
    return None


class _Resolver:
    """CloudFormation's intrinsic functions, as far as state machine definitions use them.

    A Lambda function becomes a `${<Handler words>FunctionArn}` placeholder that `local.deploy` fills with a
    local function bound to that handler; everything else becomes its value on local AWS.
    """

    def __init__(self, resources: Mapping[str, Any], client: ClientFactory):
        self.resources = resources
        self.client = client
        self.handlers: dict[str, Handler] = {}
        self.handler_strings: dict[str, str] = {}

    def resolve(self, value: Any, where: str) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, Mapping) and len(value) == 1:
            ((function, argument),) = value.items()
            if function == "Ref":
                return self.reference(argument, "Ref", where)
            if function == "Fn::GetAtt":
                logical_id, attribute = argument if isinstance(argument, list) else argument.split(".", 1)
                return self.reference(logical_id, attribute, where)
            if function == "Fn::Join":
                separator, parts = argument
                return separator.join(self.resolve(p, where) for p in parts)
            if function == "Fn::Sub":
                return self.sub(argument, where)
        raise ValueError(
            f"{where}: cannot resolve {json.dumps(value)[:200]} locally (Ref, Fn::GetAtt, Fn::Join and Fn::Sub "
            "are supported)"
        )

    def sub(self, argument: Any, where: str) -> str:
        text, variables = (argument, {}) if isinstance(argument, str) else argument
        values = {k: self.resolve(v, where) for k, v in variables.items()}

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name.startswith("!"):
                return "${" + name[1:] + "}"
            if name in values:
                return values[name]
            logical_id, _, attribute = name.partition(".")
            return self.reference(logical_id, attribute or "Ref", where)

        return re.sub(r"\$\{([^}]+)\}", fill, text)

    def reference(self, logical_id: str, attribute: str, where: str) -> str:
        pseudo = {
            "AWS::AccountId": DEFAULT_ACCOUNT_ID,
            "AWS::Partition": "aws",
            "AWS::URLSuffix": "amazonaws.com",
        }
        if logical_id == "AWS::Region":
            return self.client("stepfunctions").meta.region_name
        if logical_id in pseudo:
            return pseudo[logical_id]
        resource = self.resources.get(logical_id)
        if resource is None:
            raise ValueError(f"{where} refers to {logical_id}, which is not a resource of the template")
        kind, properties = resource.get("Type"), resource.get("Properties", {})
        if kind == FUNCTION:
            return self.function(logical_id, properties)
        if kind == EVENT_BUS:
            return self.event_bus(properties["Name"], attribute)
        if kind == TABLE:
            return self.table(properties.get("TableName", logical_id), properties, attribute)
        raise ValueError(
            f"{where} refers to {kind} {logical_id}, which local_run cannot create; it runs state machines whose "
            f"definitions refer to {FUNCTION}, {EVENT_BUS} and {TABLE} resources"
        )

    def function(self, logical_id: str, properties: Mapping[str, Any]) -> str:
        """`${<Handler words>FunctionArn}`, its handler imported from the template's `Handler` string."""
        handler_string = properties.get("Handler", "")
        module_name, _, attribute = handler_string.rpartition(".")
        try:
            handler = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, ValueError, AttributeError) as exc:
            raise ValueError(
                f"Lambda function {logical_id}'s Handler {handler_string!r} is not importable here ({exc}); it must "
                "name a function of the installed package (module.function)"
            ) from exc
        placeholder = "".join(w.capitalize() for w in attribute.split("_")) + local.FUNCTION_SUFFIX
        self.handlers[placeholder] = handler
        self.handler_strings[placeholder] = handler_string
        return "${" + placeholder + "}"

    def event_bus(self, name: str, attribute: str) -> str:
        events = self.client("events")
        try:
            arn = events.describe_event_bus(Name=name)["Arn"]
        except events.exceptions.ResourceNotFoundException:
            arn = events.create_event_bus(Name=name)["EventBusArn"]
        return arn if attribute == "Arn" else name

    def table(self, name: str, properties: Mapping[str, Any], attribute: str) -> str:
        dynamodb = self.client("dynamodb")
        with contextlib.suppress(dynamodb.exceptions.ResourceInUseException):
            indexes = {
                kind: [{k: i[k] for k in ("IndexName", "KeySchema", "Projection")} for i in properties[kind]]
                for kind in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes")
                if kind in properties
            }
            dynamodb.create_table(
                TableName=name,
                BillingMode="PAY_PER_REQUEST",
                KeySchema=properties["KeySchema"],
                AttributeDefinitions=properties["AttributeDefinitions"],
                **indexes,
            )
        arn = dynamodb.describe_table(TableName=name)["Table"]["TableArn"]
        return arn if attribute == "Arn" else name
