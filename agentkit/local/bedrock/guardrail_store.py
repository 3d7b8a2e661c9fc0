"""The guardrails created through the local control plane, and their versions.

CreateGuardrail stores a DRAFT; CreateGuardrailVersion freezes the DRAFT as version "1", "2", ...;
ApplyGuardrail and Converse evaluate the version they name. A guardrail is kept in its GetGuardrail
form (policy members without the `Config` suffixes of the create request), which is both what
GetGuardrail answers and what `GuardrailPolicy` reads. Everything lives in memory, for the life of
the server, and is shared by all regions.
"""

from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from agentkit.local.bedrock.guardrails import GuardrailPolicy
from agentkit.local.bedrock.protocol import BedrockError

ACCOUNT_ID = "123456789012"
DRAFT = "DRAFT"
NOT_FOUND = "The guardrail identifier or version provided in the request does not exist."


@dataclass(frozen=True)
class Guardrail:
    """One version of a guardrail."""

    id: str
    arn: str
    name: str
    description: str | None
    version: str
    created_at: datetime
    updated_at: datetime
    policies: dict[str, Any]
    """Policy members and blocked messages, in GetGuardrail form."""
    policy: GuardrailPolicy

    def details(self) -> dict[str, Any]:
        """The GetGuardrail response."""
        return {
            "name": self.name,
            **({"description": self.description} if self.description else {}),
            "guardrailId": self.id,
            "guardrailArn": self.arn,
            "version": self.version,
            "status": "READY",
            **self.policies,
            "createdAt": self.created_at.isoformat(),
            "updatedAt": self.updated_at.isoformat(),
        }

    def summary(self) -> dict[str, Any]:
        """The ListGuardrails entry."""
        return {
            "id": self.id,
            "arn": self.arn,
            "status": "READY",
            "name": self.name,
            **({"description": self.description} if self.description else {}),
            "version": self.version,
            "createdAt": self.created_at.isoformat(),
            "updatedAt": self.updated_at.isoformat(),
        }


def _without_config_suffix(value: Any) -> Any:
    """`wordPolicyConfig.wordsConfig` (create form) → `wordPolicy.words` (get form), recursively."""
    if isinstance(value, dict):
        return {key.removesuffix("Config"): _without_config_suffix(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_config_suffix(item) for item in value]
    return value


def _policies(request: dict[str, Any]) -> tuple[dict[str, Any], GuardrailPolicy]:
    policies = {
        key.removesuffix("Config"): _without_config_suffix(value)
        for key, value in request.items()
        if key.endswith("PolicyConfig")
    }
    policies["blockedInputMessaging"] = request["blockedInputMessaging"]
    policies["blockedOutputsMessaging"] = request["blockedOutputsMessaging"]
    try:
        policy = GuardrailPolicy.model_validate(policies)
    except ValidationError as error:
        raise BedrockError("ValidationException", str(error)) from None
    for content_filter in policy.content_policy.filters if policy.content_policy else []:
        if content_filter.type == "PROMPT_ATTACK" and content_filter.output_strength != "NONE":
            raise BedrockError(
                "ValidationException", "The PROMPT_ATTACK content filter's outputStrength must be NONE."
            )
    for regex in policy.sensitive_information_policy.regexes if policy.sensitive_information_policy else []:
        try:
            re.compile(regex.pattern)
        except re.error as error:
            raise BedrockError(
                "ValidationException", f"The regex {regex.name!r} is invalid: {error}."
            ) from None
    return policies, policy


class GuardrailStore:
    """Guardrails by id: the DRAFT and the numbered versions of each. Safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[str, dict[str, Guardrail]] = {}

    def create(self, request: dict[str, Any], region: str) -> Guardrail:
        """Store the DRAFT described by a CreateGuardrail request (already shape-validated)."""
        policies, policy = _policies(request)
        now = datetime.now(UTC)
        guardrail_id = secrets.token_hex(6)
        draft = Guardrail(
            id=guardrail_id,
            arn=f"arn:aws:bedrock:{region}:{ACCOUNT_ID}:guardrail/{guardrail_id}",
            name=request["name"],
            description=request.get("description"),
            version=DRAFT,
            created_at=now,
            updated_at=now,
            policies=policies,
            policy=policy,
        )
        with self._lock:
            if any(versions[DRAFT].name == draft.name for versions in self._versions.values()):
                raise BedrockError("ConflictException", f"A guardrail named {draft.name!r} already exists.")
            self._versions[guardrail_id] = {DRAFT: draft}
        return draft

    def create_version(self, identifier: str, description: str | None) -> Guardrail:
        """Freeze the current DRAFT as the next numbered version."""
        with self._lock:
            versions = self._versions_of(identifier)
            number = str(1 + max((int(v) for v in versions if v != DRAFT), default=0))
            draft = versions[DRAFT]
            version = replace(
                draft,
                version=number,
                description=description or draft.description,
                updated_at=datetime.now(UTC),
            )
            versions[number] = version
        return version

    def get(self, identifier: str, version: str = DRAFT) -> Guardrail:
        with self._lock:
            guardrail = self._versions_of(identifier).get(version)
        if guardrail is None:
            raise BedrockError("ResourceNotFoundException", NOT_FOUND)
        return guardrail

    def list(self, identifier: str | None = None) -> list[Guardrail]:
        """Every guardrail's DRAFT, or every version of one guardrail."""
        with self._lock:
            if identifier is None:
                return [versions[DRAFT] for versions in self._versions.values()]
            return list(self._versions_of(identifier).values())

    def delete(self, identifier: str, version: str | None = None) -> None:
        """Delete one numbered version, or the whole guardrail when no version is named."""
        with self._lock:
            versions = self._versions_of(identifier)
            if version is None:
                del self._versions[versions[DRAFT].id]
            elif version == DRAFT or version not in versions:
                raise BedrockError("ResourceNotFoundException", NOT_FOUND)
            else:
                del versions[version]

    def _versions_of(self, identifier: str) -> dict[str, Guardrail]:
        """The versions of the guardrail named by id or ARN (call with the lock held)."""
        versions = self._versions.get(identifier.rsplit("/", 1)[-1])
        if versions is None:
            raise BedrockError("ResourceNotFoundException", NOT_FOUND)
        return versions
