"""The workshop role's IAM policy: what the kit calls is allowed, nothing else is, and parliament finds nothing above LOW.

Three checks keep the policy honest:

* every boto3 operation the kit's code and the notebooks call (found by scanning the sources for the
  operation names of the services involved) has an entry in `CALLS`, the table of IAM actions and the
  resources they act on — a new call fails here until the table, and so the policy, says how it is allowed;
* the policy allows each entry of `CALLS` on a real-looking ARN, and allows no action that `CALLS` lacks;
* parliament (the IAM linter) reports no finding above LOW, with one reading of parliament corrected:
  Bedrock lists alternative resource types for InvokeModel (a foundation model *or* an inference profile
  *or* a provisioned model …) and parliament 1.6.4 demands all of them, raising RESOURCE_MISMATCH (MEDIUM)
  on any policy narrower than `"Resource": "*"` (duo-labs/parliament issue 48; the fix proposed there, PR 208,
  was never released: an action needs to match only one of its resource types). Such a finding is accepted
  only when parliament itself matches the statement's resources to at least one resource type of every
  action it names. The only LOW finding accepted is `UNKNOWN_ACTION` for `bedrock:CountTokens`, an action
  newer than parliament's IAM database.
"""

from __future__ import annotations

import json
import re
import warnings
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path

import botocore.session
import pytest
from botocore import xform_name

from agentkit.cli import main
from agentkit.iam import default_models, model_arns, policy_json, workshop_policy

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT, REGION = "123456789012", "us-west-2"
HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"

PROFILE = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:inference-profile/us.{HAIKU}"
GLOBAL_PROFILE = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:inference-profile/global.{HAIKU}"
ROUTED_MODEL = f"arn:aws:bedrock:us-east-2::foundation-model/{HAIKU}"  # where a us. profile sends a call
GLOBAL_MODEL = f"arn:aws:bedrock:::foundation-model/{HAIKU}"  # where a global. profile sends one
NOVA = f"arn:aws:bedrock:{REGION}::foundation-model/amazon.nova-lite-v1:0"  # on demand, by its bare id
MODEL_RESOURCES = (PROFILE, GLOBAL_PROFILE, ROUTED_MODEL, GLOBAL_MODEL, NOVA)
GUARDRAIL = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:guardrail/a1b2c3d4e5f6"
TABLE = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/workshop-memory"
TABLE_INDEX = f"{TABLE}/index/GSI1"

CALLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # boto3 operation (service.operation) → (IAM actions, resources they are checked against)
    "sts.get_caller_identity": (("sts:GetCallerIdentity",), ("*",)),
    "bedrock.list_inference_profiles": (("bedrock:ListInferenceProfiles",), ("*",)),
    "bedrock.get_inference_profile": (("bedrock:GetInferenceProfile",), (PROFILE, GLOBAL_PROFILE)),
    "bedrock.get_foundation_model": (("bedrock:GetFoundationModel",), (NOVA, ROUTED_MODEL)),
    "bedrock-runtime.converse": (("bedrock:InvokeModel",), MODEL_RESOURCES),
    "bedrock-runtime.converse_stream": (("bedrock:InvokeModelWithResponseStream",), MODEL_RESOURCES),
    "bedrock-runtime.count_tokens": (("bedrock:CountTokens",), MODEL_RESOURCES),
    # Converse with a guardrailConfig is authorised as ApplyGuardrail on the guardrail as well.
    "bedrock-runtime.apply_guardrail": (("bedrock:ApplyGuardrail",), (GUARDRAIL,)),
    "bedrock.create_guardrail": (("bedrock:CreateGuardrail",), ("*",)),
    "bedrock.list_guardrails": (("bedrock:ListGuardrails",), ("*",)),
    "bedrock.create_guardrail_version": (("bedrock:CreateGuardrailVersion",), (GUARDRAIL,)),
    "bedrock.get_guardrail": (("bedrock:GetGuardrail",), (GUARDRAIL,)),
    "bedrock.delete_guardrail": (("bedrock:DeleteGuardrail",), (GUARDRAIL,)),
    # Notebook 11's leftover check (agentkit.leftovers) lists the tables to find the kit's by name.
    "dynamodb.list_tables": (("dynamodb:ListTables",), ("*",)),
    "dynamodb.create_table": (("dynamodb:CreateTable",), (TABLE,)),
    "dynamodb.delete_table": (("dynamodb:DeleteTable",), (TABLE,)),
    "dynamodb.describe_table": (("dynamodb:DescribeTable",), (TABLE,)),  # and the table_exists waiters
    "dynamodb.describe_time_to_live": (("dynamodb:DescribeTimeToLive",), (TABLE,)),
    "dynamodb.update_time_to_live": (("dynamodb:UpdateTimeToLive",), (TABLE,)),
    "dynamodb.get_item": (("dynamodb:GetItem",), (TABLE,)),
    "dynamodb.put_item": (("dynamodb:PutItem",), (TABLE,)),
    "dynamodb.update_item": (("dynamodb:UpdateItem",), (TABLE,)),
    "dynamodb.delete_item": (("dynamodb:DeleteItem",), (TABLE,)),
    "dynamodb.query": (("dynamodb:Query",), (TABLE, TABLE_INDEX)),
    "dynamodb.batch_write_item": (("dynamodb:BatchWriteItem",), (TABLE,)),  # the Table's batch_writer
    # Authorised item by item: the kit's transactions put, update and check a condition.
    "dynamodb.transact_write_items": (
        ("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem"),
        (TABLE,),
    ),
    # Not an API the kit calls: Bedrock starts a third-party model's subscription on its first call.
    "(first call of a Marketplace model)": (
        ("aws-marketplace:Subscribe", "aws-marketplace:ViewSubscriptions"),
        ("*",),
    ),
}
"""Every AWS call of notebooks 00–05 and the labs, and the calls Strands makes for them (ConverseStream,
CountTokens). GetFoundationModel and the inference-profile calls are what the live lifecycle check and the
profile choice of issue 13 need; the scan below accepts them before the code calls them."""

SERVICES = ("sts", "bedrock", "bedrock-runtime", "dynamodb", "secretsmanager")
TABLE_HELPERS = {"batch_writer": "dynamodb.batch_write_item"}
NOT_AWS = ("agentkit/sql/",)  # the SQL agent's tools (list_tables, describe_table) read SQLite, not DynamoDB
OPTIONAL = {"secretsmanager.get_secret_value"}  # only with `secrets_prefix` (another provider's API key)


def sources() -> dict[str, str]:
    """The code that talks to AWS: the package (not its local platform), notebooks 00–05 and the labs."""
    found = {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for path in (ROOT / "agentkit").rglob("*.py")
        if "local" not in path.relative_to(ROOT / "agentkit").parts[:1]
        and not str(path.relative_to(ROOT)).startswith(NOT_AWS)
    }
    notebooks = [
        *sorted((ROOT / "notebooks").glob("0[0-5]_*.ipynb")),
        *sorted((ROOT / "labs").rglob("*.ipynb")),
    ]
    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        found[str(path.relative_to(ROOT))] = "\n".join(
            "".join(c["source"]) for c in cells if c["cell_type"] == "code"
        )
    return found


def operations_called() -> dict[str, set[str]]:
    """service.operation → the files that name it as a call (`.op(`) or by name (`"op"`, as in _call("get_item"))."""
    session = botocore.session.get_session()
    names: dict[str, list[str]] = {}
    for service in SERVICES:
        for operation in session.get_service_model(service).operation_names:
            names.setdefault(xform_name(operation), []).append(service)
    pattern = re.compile(r"(?:\.|[\"'])(" + "|".join(sorted(names, key=len, reverse=True)) + r")(?:\(|[\"'])")
    called: dict[str, set[str]] = {}
    for path, text in sources().items():
        for match in pattern.finditer(text):
            for service in names[match.group(1)]:
                called.setdefault(f"{service}.{match.group(1)}", set()).add(path)
        for helper, operation in TABLE_HELPERS.items():
            if f".{helper}(" in text:
                called.setdefault(operation, set()).add(path)
    if 'get_waiter("table_exists")' in "".join(sources().values()):
        called.setdefault("dynamodb.describe_table", set()).add("(waiters)")
    return called


def allows(policy: dict, action: str, resource: str) -> bool:
    for statement in policy["Statement"]:
        if statement["Effect"] != "Allow" or action not in statement["Action"]:
            continue
        patterns = (
            statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        )
        if any(p == "*" or fnmatchcase(resource, p) for p in patterns):
            return True
    return False


def actions_in(policy: dict) -> set[str]:
    return {a for s in policy["Statement"] for a in s["Action"]}


def test_the_shipped_file_is_the_default_policy() -> None:
    shipped = json.loads(resources.files("agentkit.iam").joinpath("workshop_policy.json").read_text())
    assert workshop_policy() == shipped
    assert json.loads(policy_json()) == shipped
    invoke = next(s for s in shipped["Statement"] if s["Sid"] == "InvokeWorkshopModels")
    assert invoke["Resource"] == model_arns(default_models())  # follows the catalogue's active models


def test_the_cli_prints_the_scoped_policy(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["iam-policy", "--prefix", "alice-", "--region", REGION, "--account", ACCOUNT, "--model", HAIKU]
    assert main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == workshop_policy("alice-", region=REGION, account=ACCOUNT, models=[HAIKU])


def test_every_aws_call_in_the_code_has_its_iam_actions_listed() -> None:
    called = operations_called()
    unlisted = {op: sorted(files) for op, files in called.items() if op not in CALLS and op not in OPTIONAL}
    assert not unlisted, f"AWS calls with no entry in CALLS (add the IAM actions they need): {unlisted}"
    # and the table lists nothing the code does not call, but what issue 13's profile and lifecycle checks need
    planned = {
        "bedrock.get_inference_profile",
        "bedrock.list_inference_profiles",
        "bedrock.get_foundation_model",
    }
    stale = set(CALLS) - set(called) - planned - {"(first call of a Marketplace model)"}
    assert not stale, f"CALLS lists operations nothing calls any more: {sorted(stale)}"


@pytest.mark.parametrize(
    "policy",
    [
        workshop_policy(),
        workshop_policy(region=REGION, account=ACCOUNT, models=[f"us.{HAIKU}", "amazon.nova-lite-v1:0"]),
    ],
    ids=["shipped", "scoped"],
)
def test_the_policy_allows_each_call_and_nothing_more(policy: dict) -> None:
    missing = [
        (operation, action, resource)
        for operation, (actions, resources_) in CALLS.items()
        for action in actions
        for resource in resources_
        if not allows(policy, action, resource)
    ]
    assert not missing
    assert actions_in(policy) == {a for actions, _ in CALLS.values() for a in actions}
    assert "*" not in {a for a in actions_in(policy)} and not any(
        a.endswith(":*") for a in actions_in(policy)
    )


def test_scoping_narrows_tables_models_account_and_region() -> None:
    policy = workshop_policy("alice-", region=REGION, account=ACCOUNT, models=[f"us.{HAIKU}"])
    assert allows(policy, "dynamodb:PutItem", f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/alice-memory")
    assert not allows(policy, "dynamodb:PutItem", TABLE)  # workshop-memory is someone else's now
    assert not allows(policy, "dynamodb:PutItem", f"arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/alice-memory")
    assert not allows(
        policy, "dynamodb:PutItem", f"arn:aws:dynamodb:{REGION}:999999999999:table/alice-memory"
    )
    assert allows(policy, "bedrock:InvokeModel", PROFILE) and allows(
        policy, "bedrock:InvokeModel", ROUTED_MODEL
    )
    assert not allows(policy, "bedrock:InvokeModel", NOVA)
    assert not allows(
        policy, "bedrock:InvokeModel", f"arn:aws:bedrock:{REGION}::foundation-model/anthropic.claude-opus-4-1"
    )
    assert not allows(policy, "bedrock:DeleteGuardrail", GUARDRAIL.replace(ACCOUNT, "999999999999"))
    # `?` stands for the colon of the model's version and for nothing longer
    assert not allows(policy, "bedrock:InvokeModel", ROUTED_MODEL.replace("v1:0", "v1:10"))


def test_secrets_are_readable_only_when_asked_for_and_only_under_the_prefix() -> None:
    secret = f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:agentkit/anthropic-AbCdEf"
    assert not allows(workshop_policy(), "secretsmanager:GetSecretValue", secret)
    with_secrets = workshop_policy(secrets_prefix="agentkit/", region=REGION, account=ACCOUNT)
    assert allows(with_secrets, "secretsmanager:GetSecretValue", secret)
    assert not allows(with_secrets, "secretsmanager:GetSecretValue", secret.replace("agentkit/", "prod/"))


@pytest.fixture(scope="module")
def parliament():
    with warnings.catch_warnings():  # parliament 1.6.4 imports pkg_resources and has invalid escapes
        warnings.simplefilter("ignore")
        import parliament
    community = Path(parliament.__file__).parent / "community_auditors" / "config_override.yaml"
    parliament.override_config(str(community))  # severities of the community auditors, as its CLI does
    return parliament


SEVERITIES = ["MUTE", "INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"]


def lint(parliament, policy: dict) -> list:
    analysed = parliament.analyze_policy_string(json.dumps(policy), include_community_auditors=True)
    return [parliament.enhance_finding(f) for f in analysed.findings]


def alternative_resource_types_only(parliament, policy: dict, finding) -> bool:
    """A RESOURCE_MISMATCH that only says "not every one of the action's alternative resource types"."""
    from parliament.statement import get_arn_format, get_privilege_info

    if finding.issue != "RESOURCE_MISMATCH":
        return False
    for entry in finding.detail:
        service, action = entry["action"].split(":")
        info = get_privilege_info(service, action)
        statements = [s for s in policy["Statement"] if entry["action"] in s["Action"]]
        granted = [
            r
            for s in statements
            for r in ([s["Resource"]] if isinstance(s["Resource"], str) else s["Resource"])
        ]
        types = [t["resource_type"] for t in info["resource_types"] if t["resource_type"].endswith("*")]
        if not any(
            parliament.is_arn_strictly_valid(t, get_arn_format(t, info["service_resources"]), r)
            for t in types
            for r in granted
            if r != "*"
        ):
            return False
    return True


@pytest.mark.parametrize(
    "scope",
    [
        {},
        {"region": REGION, "account": ACCOUNT},
        {"prefix": "workshop-alice-", "models": [f"global.{HAIKU}"], "secrets_prefix": "agentkit/"},
    ],
    ids=["shipped", "account-and-region", "prefix-models-secrets"],
)
def test_parliament_finds_nothing_above_low(parliament, scope: dict) -> None:
    policy = workshop_policy(**scope)
    findings = lint(parliament, policy)
    above_low = [
        (f.issue, f.severity, f.detail)
        for f in findings
        if SEVERITIES.index(f.severity) > SEVERITIES.index("LOW")
        and not alternative_resource_types_only(parliament, policy, f)
    ]
    assert not above_low
    low = {(f.issue, f.detail) for f in findings if f.severity == "LOW"}
    assert low <= {("UNKNOWN_ACTION", "Unknown action bedrock:CountTokens")}


def test_parliament_still_catches_a_broad_policy(parliament) -> None:
    """The same check fails a policy that grants too much, so passing it means something."""
    broad = workshop_policy()
    broad["Statement"].append(
        {
            "Sid": "TooMuch",
            "Effect": "Allow",
            "Action": ["iam:PassRole", "lambda:CreateFunction"],
            "Resource": "*",
        }
    )
    findings = lint(parliament, broad)
    assert any(SEVERITIES.index(f.severity) > SEVERITIES.index("LOW") for f in findings)


def test_the_correction_accepts_only_alternatives(parliament) -> None:
    """A statement whose resources fit none of the action's types stays a finding."""
    wrong = {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "Wrong", "Effect": "Allow", "Action": ["bedrock:InvokeModel"], "Resource": [TABLE]}
        ],
    }
    mismatches = [f for f in lint(parliament, wrong) if f.issue == "RESOURCE_MISMATCH"]
    assert mismatches and not any(alternative_resource_types_only(parliament, wrong, f) for f in mismatches)
