"""The least-privilege IAM policy for a workshop role: exactly what notebooks 00–05 call on AWS.

`workshop_policy.json` beside this file is the policy as shipped, attachable as it is: every account
and region, DynamoDB tables named `workshop-*`, and the active models of the kit's catalogue
(`agentkit.bedrock_models`). `workshop_policy()` returns it, optionally narrowed to one account and region,
another table prefix, or other models; `agentkit iam-policy` prints it.

What each statement is for (derived from the boto3 calls in `agentkit/` and the notebooks, and the calls
Strands makes for them; `tests/unit/test_iam_policy.py` keeps the two in step):

| statement | actions | who calls them |
|---|---|---|
| WhoAmI | sts:GetCallerIdentity | preflight's identity row (allowed even without it; listed for clarity) |
| ListModelsAndProfiles | bedrock:ListInferenceProfiles | `connect("aws")` choosing the inference profile (global, else geographic) |
| DescribeWorkshopModels | bedrock:GetFoundationModel | the model's lifecycle (legacy / end of life), checked live |
| DescribeWorkshopProfiles | bedrock:GetInferenceProfile | which regions a cross-region profile routes to |
| InvokeWorkshopModels | bedrock:InvokeModel, InvokeModelWithResponseStream | Converse; ConverseStream (Strands, 00's streaming) |
| CountWorkshopTokens | bedrock:CountTokens | 03's token budget (Strands' native count) |
| ListTablesForCleanup | dynamodb:ListTables | 11's leftover check (`agentkit.leftovers`): the kit's tables, found by name |
| CreateAndListGuardrails | bedrock:CreateGuardrail, ListGuardrails | `ensure_guardrail` (04, lab 04) |
| UseGuardrails | bedrock:ApplyGuardrail, CreateGuardrailVersion, GetGuardrail, DeleteGuardrail | 04: versions, ApplyGuardrail and Converse's guardrailConfig, cleanup |
| WorkshopTables | DynamoDB table and item actions on `workshop-*` tables and their indexes | 03's memory store (TransactWriteItems is authorised per item action) |
| MarketplaceSubscribeOnFirstCall | aws-marketplace:Subscribe, ViewSubscriptions | Bedrock starts a third-party model's Marketplace subscription on its first call |

Model ids contain a colon (`…-v1:0`); in the ARNs it is written `?` (IAM's one-character wildcard), which
matches the colon and nothing longer, and keeps IAM linters that split ARNs on colons from misreading them.
Cross-region inference profiles route calls to the foundation model in other regions, so foundation-model
ARNs keep `*` for the region (a `global.` profile's ARN has none). Guardrail ARNs carry an id, not a name,
so guardrails cannot be narrowed by prefix; they stay within the account and region given.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from agentkit import bedrock_models

POLICY_FILE = "workshop_policy.json"
DEFAULT_PREFIX = "workshop-"
"""The table-name prefix of the shipped policy: `agentkit.naming.resource_name` names every table
`workshop-<attendee>-<name>`; `--prefix workshop-<attendee>-` narrows a role to one attendee's."""

_MODEL_STATEMENTS = {
    "DescribeWorkshopModels": ("foundation-model",),
    "DescribeWorkshopProfiles": ("inference-profile",),
    "InvokeWorkshopModels": ("foundation-model", "inference-profile"),
    "CountWorkshopTokens": ("foundation-model", "inference-profile"),
}
_TABLE_STATEMENT = "WorkshopTables"
_SECRETS_STATEMENT = "ReadWorkshopSecrets"


@cache
def _shipped() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath(POLICY_FILE).read_text(encoding="utf-8"))


def default_models() -> list[str]:
    """The models the shipped policy allows: the catalogue's active ones."""
    return [m.model_id for m in bedrock_models.MODELS.values() if m.lifecycle == "ACTIVE"]


def model_arns(
    models: Iterable[str], kinds: Iterable[str] = ("foundation-model", "inference-profile")
) -> list[str]:
    """Foundation-model and inference-profile ARN patterns for `models` (bare ids or profile ids)."""
    bare = dict.fromkeys(_bare(model) for model in models)
    arns = []
    for kind in kinds:
        for model in bare:
            wildcarded = model.replace(":", "?")
            if kind == "foundation-model":
                arns.append(f"arn:aws:bedrock:*::foundation-model/{wildcarded}")
            else:
                arns.append(f"arn:aws:bedrock:*:*:inference-profile/*.{wildcarded}")
    return arns


def _bare(model: str) -> str:
    """The foundation-model id of a model or inference-profile id (`us.anthropic…` → `anthropic…`)."""
    info = bedrock_models.lookup(model)
    if info:
        return info.model_id
    geography, _, rest = model.partition(".")
    return rest if rest and geography in (*bedrock_models.GEOGRAPHIES, "global") else model


def workshop_policy(
    prefix: str | None = None,
    *,
    region: str | None = None,
    account: str | None = None,
    models: Iterable[str] | None = None,
    secrets_prefix: str | None = None,
) -> dict[str, Any]:
    """The workshop role's IAM policy document (a new dict each call).

    - `prefix`: the DynamoDB table-name prefix (default `workshop-`, as shipped);
    - `region`, `account`: put in place of `*` in every ARN that has them (foundation models keep any
      region, since cross-region profiles call them elsewhere);
    - `models`: the model or inference-profile ids to allow (default: the catalogue's active models);
    - `secrets_prefix`: also allow reading Secrets Manager secrets with this name prefix — only for
      attendees who call another provider with an API key kept in a secret (`ModelConfig.api_key_secret`).
    """
    policy = copy.deepcopy(_shipped())
    for statement in policy["Statement"]:
        sid = statement["Sid"]
        if models is not None and sid in _MODEL_STATEMENTS:
            statement["Resource"] = model_arns(list(models), _MODEL_STATEMENTS[sid])
        if prefix is not None and sid == _TABLE_STATEMENT:
            statement["Resource"] = [
                arn.replace(f"table/{DEFAULT_PREFIX}*", f"table/{prefix}*") for arn in statement["Resource"]
            ]
    if secrets_prefix is not None:
        policy["Statement"].append(
            {
                "Sid": _SECRETS_STATEMENT,
                "Effect": "Allow",
                "Action": ["secretsmanager:GetSecretValue"],
                "Resource": f"arn:aws:secretsmanager:*:*:secret:{secrets_prefix}*",
            }
        )
    if region is not None or account is not None:
        for statement in policy["Statement"]:
            statement["Resource"] = _scoped(statement["Resource"], region, account)
    return policy


def _scoped(resource: str | list[str], region: str | None, account: str | None) -> str | list[str]:
    if isinstance(resource, list):
        return [_scoped(r, region, account) for r in resource]  # type: ignore[misc]
    if resource == "*":
        return resource
    parts = resource.split(":", 5)  # arn, partition, service, region, account, resource
    if parts[4] == "":  # no account: a foundation model, reachable from any region through a profile
        return resource
    if region is not None and parts[3] == "*":
        parts[3] = region
    if account is not None and parts[4] == "*":
        parts[4] = account
    return ":".join(parts)


def policy_json(**scope: Any) -> str:
    """`workshop_policy(**scope)` as indented JSON, as the IAM console and CLI take it."""
    return json.dumps(workshop_policy(**scope), indent=2)
