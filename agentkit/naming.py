"""Names of the AWS resources the notebooks create, unique per attendee: `resource_name("memory")`.

In a workshop many attendees share one AWS account, often one execution role; two notebooks creating a
table or guardrail by the same fixed name would collide (ConflictException) or, worse, read each other's
data. So every name the kit creates goes through `resource_name`, which puts an attendee tag in it:
`workshop-<tag>-<base>`. The leading `workshop-` keeps the names inside the shipped IAM policy's table
pattern (`workshop-*`), and one attendee's role can be narrowed to their own with
`agentkit iam-policy --prefix workshop-<tag>-`.

The tag, first that applies:
1. `AGENTKIT_PREFIX` (lower-case letters, digits and hyphens, at most 16 — a guardrail name has 50 characters,
   and `workshop-<tag>-northwind-support-medium` must fit), an instructor's or attendee's choice;
2. `local` when not on AWS (local mode, or no mode chosen): offline names are the same on every machine,
   so stored notebook outputs do not change;
3. in SageMaker Studio, the user-profile name (`agentkit.studio`), which the domain makes unique;
4. else a short stable hash of the caller's ARN (STS `GetCallerIdentity`), unique per IAM user or role
   session — attendees who share one role *and* session name should set `AGENTKIT_PREFIX`.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache

import boto3
from botocore.exceptions import BotoCoreError, ClientError

TAG_VARIABLE = "AGENTKIT_PREFIX"
# The kit's cost-allocation tag: the CDK app tags every resource of its stacks with it (activate it under
# Billing → Cost allocation tags to see the kit's spend), and `agentkit.leftovers` finds what is left by it.
COST_TAG_KEY = "agentkit:project"
COST_TAG_VALUE = "agentkit"
# The CDK app's two stacks: the deployed agent system (notebook 10) and the SageMaker Studio workshop.
SYSTEM_STACK = "AgentSystemStack"
WORKSHOP_STACK = "WorkshopStack"
OFFLINE_TAG = "local"
MAX_TAG = 16
_TAG = re.compile(rf"^[a-z0-9](?:[a-z0-9-]{{0,{MAX_TAG - 2}}}[a-z0-9])?$")


def resource_name(base: str) -> str:
    """`workshop-<attendee tag>-<base>`: the name to create a table, guardrail or bucket under."""
    return f"workshop-{attendee_tag()}-{base}"


def attendee_tag() -> str:
    """This attendee's tag (see the module docstring for where it comes from)."""
    chosen = os.environ.get(TAG_VARIABLE, "").strip()
    if chosen:
        if not _TAG.match(chosen):
            raise ValueError(
                f"{TAG_VARIABLE}={chosen!r} can't go into AWS resource names: use at most {MAX_TAG} lower-case "
                "letters, digits and inner hyphens, for example ana-01."
            )
        return chosen
    if not _on_aws():
        return OFFLINE_TAG
    return _aws_tag()


def slug(text: str) -> str:
    """`text` as a valid tag: lower case, other characters as hyphens, long ones shortened with a hash."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "attendee"
    if len(cleaned) <= MAX_TAG:
        return cleaned
    return f"{cleaned[: MAX_TAG - 9].rstrip('-')}-{_digest(text)}"


def _on_aws() -> bool:
    from agentkit.config import Settings
    from agentkit.connect import current

    connection = current()
    return (connection.mode if connection else Settings.from_env().mode) == "aws"


@cache
def _aws_tag() -> str:
    """Studio's user-profile name, else a hash of the caller's ARN; asked once per process."""
    from agentkit import studio

    profile = studio.user_profile_name()
    if profile:
        return slug(profile)
    try:
        arn = boto3.client("sts").get_caller_identity()["Arn"]
    except (ClientError, BotoCoreError) as error:
        raise RuntimeError(
            f"Could not ask STS who you are, to name your AWS resources ({type(error).__name__}: {error}). "
            f"Fix the credentials (`aws sso login`, the Studio execution role), or set {TAG_VARIABLE} to a "
            "short name of your own (for example ana-01)."
        ) from error
    return f"u{_digest(arn)}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]
