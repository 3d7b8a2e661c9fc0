"""Creating the Bedrock guardrail a policy describes, finding it again, and deleting it.

The calls are plain `boto3.client("bedrock")` control-plane calls — CreateGuardrail, then
CreateGuardrailVersion, because ApplyGuardrail and Converse should name a frozen version rather than
the editable DRAFT — each waited on until Bedrock reports it READY (creation is asynchronous on AWS, and a
guardrail still CREATING cannot be versioned or applied). Offline, `agentkit.connect()` points `AWS_ENDPOINT_URL_BEDROCK` at the local
Bedrock endpoint, so the very same calls create a guardrail there and it evaluates the same policy.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import boto3
from botocore.exceptions import ClientError

from agentkit.guardrails.policy import GuardrailPolicy, InjectionCheck, ToolRule


class GuardrailError(Exception):
    """A guardrail could not be created or found; the message says what to do."""


@dataclass(frozen=True)
class Guardrail:
    """A guardrail version in Bedrock, and the policy it was made from (agent rules included)."""

    id: str
    version: str
    arn: str
    policy: GuardrailPolicy

    def apply(
        self, content: str | list[dict[str, Any]], source: str = "INPUT", *, client: Any | None = None
    ) -> dict[str, Any]:
        """ApplyGuardrail with this version on a text, or on ApplyGuardrail content blocks.

        Pass a `bedrock-runtime` client when calling often: making one costs more than the call.
        """
        blocks = [{"text": {"text": content}}] if isinstance(content, str) else content
        return (client or boto3.client("bedrock-runtime")).apply_guardrail(
            guardrailIdentifier=self.id, guardrailVersion=self.version, source=source, content=blocks
        )

    @property
    def converse_config(self) -> dict[str, str]:
        """Converse's `guardrailConfig` for this version, with the assessment trace on."""
        return {"guardrailIdentifier": self.id, "guardrailVersion": self.version, "trace": "enabled"}


def _client(client: Any | None) -> Any:
    return client or boto3.client("bedrock")


def deploy(policy: GuardrailPolicy, *, client: Any | None = None) -> Guardrail:
    """Create the guardrail and its first version; fails if one with the policy's name exists."""
    if not policy.uses_bedrock:
        raise GuardrailError(
            f"Policy {policy.name!r} has no rules for Bedrock (only allowed tools or the injection check), and "
            "Bedrock refuses an empty guardrail. Use GuardrailHooks(policy) directly."
        )
    bedrock = _client(client)
    try:
        created = bedrock.create_guardrail(**policy.to_create_request())
    except ClientError as error:
        if error.response["Error"]["Code"] == "ConflictException":
            raise GuardrailError(
                f"A guardrail named {policy.name!r} already exists. Use ensure_guardrail(policy) to reuse it, "
                "or delete it first (delete_guardrail)."
            ) from error
        raise
    _wait_until_ready(bedrock, created["guardrailId"], "DRAFT")
    # No version description: a version's description replaces the guardrail's in GetGuardrail.
    version = bedrock.create_guardrail_version(guardrailIdentifier=created["guardrailId"])
    _wait_until_ready(bedrock, created["guardrailId"], version["version"])
    return Guardrail(created["guardrailId"], version["version"], created["guardrailArn"], policy)


READY_TIMEOUT = 120.0
"""Seconds to wait for a guardrail version to become READY."""


def _wait_until_ready(bedrock: Any, guardrail_id: str, version: str) -> None:
    """Poll GetGuardrail until the version is READY (botocore has no waiter for guardrails)."""
    deadline = time.monotonic() + READY_TIMEOUT
    while True:
        details = bedrock.get_guardrail(guardrailIdentifier=guardrail_id, guardrailVersion=version)
        if details["status"] == "READY":
            return
        if details["status"] == "FAILED":
            reasons = "; ".join(details.get("statusReasons", [])) or "no reason given"
            raise GuardrailError(
                f"Bedrock could not create guardrail {guardrail_id} version {version}: {reasons}. "
                f"{' '.join(details.get('failureRecommendations', []))}".strip()
            )
        if time.monotonic() > deadline:
            raise GuardrailError(
                f"Guardrail {guardrail_id} version {version} is still {details['status']} after "
                f"{READY_TIMEOUT:.0f} s; check it in the Bedrock console and run this again."
            )
        time.sleep(1)


def ensure_guardrail(policy: GuardrailPolicy, *, client: Any | None = None) -> Guardrail:
    """The guardrail named like the policy when its latest version enforces exactly this policy, else a new one.

    Re-running a notebook then reuses what the first run created. A guardrail of that name with a
    different policy is an error rather than something to overwrite silently.
    """
    bedrock = _client(client)
    existing = _find(bedrock, policy.name)
    if existing is None:
        return deploy(policy, client=bedrock)
    versions = [
        s["version"]
        for page in bedrock.get_paginator("list_guardrails").paginate(guardrailIdentifier=existing["id"])
        for s in page["guardrails"]
        if s["version"] != "DRAFT"
    ]
    if versions:
        latest = max(versions, key=int)
        found = load(existing["id"], latest, policy.allowed_tools, policy.injection, client=bedrock)
        if found.policy == policy:
            return found
    raise GuardrailError(
        f"A guardrail named {policy.name!r} exists ({existing['id']}) with a different policy. "
        "Give this policy another name, or delete the old guardrail (delete_guardrail) and run this again."
    )


def load(
    guardrail_id: str,
    version: str,
    allowed_tools: dict[str, ToolRule] | None = None,
    injection: InjectionCheck | None = None,
    *,
    client: Any | None = None,
) -> Guardrail:
    """A guardrail version read back from Bedrock; the agent-only rules are the caller's to give."""
    details = _client(client).get_guardrail(guardrailIdentifier=guardrail_id, guardrailVersion=version)
    policy = GuardrailPolicy.from_guardrail(details, allowed_tools=allowed_tools, injection=injection)
    return Guardrail(details["guardrailId"], details["version"], details["guardrailArn"], policy)


def delete_guardrail(guardrail: Guardrail | str, *, client: Any | None = None) -> None:
    """Delete the guardrail (every version of it)."""
    identifier = guardrail.id if isinstance(guardrail, Guardrail) else guardrail
    _client(client).delete_guardrail(guardrailIdentifier=identifier)


def _find(bedrock: Any, name: str) -> dict[str, Any] | None:
    for page in bedrock.get_paginator("list_guardrails").paginate():
        for summary in page["guardrails"]:
            if summary["name"] == name:
                return summary
    return None
