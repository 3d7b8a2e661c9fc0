"""`GuardrailPolicy`: everything an agent's guardrail checks, as one validated object.

Two kinds of rule live here, because an agent needs both and a learner should read them in one place:

* what **Bedrock Guardrails** enforces — content filters, denied topics, word filters, sensitive
  information (PII types and custom regexes) and contextual grounding. `to_create_request()` turns
  these into the exact keyword arguments of boto3's `bedrock.create_guardrail`, and
  `from_guardrail()` reads a GetGuardrail response back, so the policy a notebook builds is the
  guardrail that exists in Bedrock (offline: in the local Bedrock endpoint, which evaluates it);
* what only an **agent** needs — which tools it may call, with rules per argument, and whether tool
  results (retrieved documents, API answers) are checked for smuggled instructions. Bedrock has no
  place for these, so they are enforced in-process by `GuardrailHooks` and passed back in explicitly
  when a policy is read from Bedrock.

Field names are Python's; the request uses Bedrock's. Every entry states its action and whether it
runs on input and on output explicitly in the request, which is also how GetGuardrail answers, so a
policy survives create → get unchanged.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Strength = Literal["NONE", "LOW", "MEDIUM", "HIGH"]
Category = Literal["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT", "PROMPT_ATTACK"]
BlockOrNone = Literal["BLOCK", "NONE"]
SensitiveAction = Literal["BLOCK", "ANONYMIZE", "NONE"]
PiiType = Literal[
    "ADDRESS",
    "AGE",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "CA_HEALTH_NUMBER",
    "CA_SOCIAL_INSURANCE_NUMBER",
    "CREDIT_DEBIT_CARD_CVV",
    "CREDIT_DEBIT_CARD_EXPIRY",
    "CREDIT_DEBIT_CARD_NUMBER",
    "DRIVER_ID",
    "EMAIL",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "IP_ADDRESS",
    "LICENSE_PLATE",
    "MAC_ADDRESS",
    "NAME",
    "PASSWORD",
    "PHONE",
    "PIN",
    "SWIFT_CODE",
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
    "URL",
    "USERNAME",
    "US_BANK_ACCOUNT_NUMBER",
    "US_BANK_ROUTING_NUMBER",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "US_PASSPORT_NUMBER",
    "US_SOCIAL_SECURITY_NUMBER",
    "VEHICLE_IDENTIFICATION_NUMBER",
]
"""The PII types Bedrock's CreateGuardrail accepts (botocore's `GuardrailPiiEntityType`)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Directions(_Model):
    """Whether an entry runs on input (user prompts) and on output (model answers), and what it does."""

    input_action: BlockOrNone = "BLOCK"
    output_action: BlockOrNone = "BLOCK"
    input_enabled: bool = True
    output_enabled: bool = True

    def _directions(self) -> dict[str, Any]:
        return {
            "inputAction": self.input_action,
            "outputAction": self.output_action,
            "inputEnabled": self.input_enabled,
            "outputEnabled": self.output_enabled,
        }

    @classmethod
    def _read_directions(cls, entry: dict[str, Any]) -> dict[str, Any]:
        return {
            "input_action": entry.get("inputAction", "BLOCK"),
            "output_action": entry.get("outputAction", "BLOCK"),
            "input_enabled": entry.get("inputEnabled", True),
            "output_enabled": entry.get("outputEnabled", True),
        }


class ContentFilter(_Directions):
    """A harmful-content category and how strict it is: HIGH blocks the most (even weak signals)."""

    category: Category
    input_strength: Strength = "HIGH"
    output_strength: Strength = "HIGH"

    @model_validator(mode="after")
    def _prompt_attack_is_input_only(self) -> ContentFilter:
        if self.category == "PROMPT_ATTACK" and self.output_strength != "NONE":
            raise ValueError(
                "PROMPT_ATTACK applies to input only: Bedrock rejects any other output_strength than 'NONE'"
            )
        return self

    def request(self) -> dict[str, Any]:
        return {
            "type": self.category,
            "inputStrength": self.input_strength,
            "outputStrength": self.output_strength,
            **self._directions(),
        }

    @classmethod
    def read(cls, entry: dict[str, Any]) -> ContentFilter:
        return cls(
            category=entry["type"],
            input_strength=entry["inputStrength"],
            output_strength=entry["outputStrength"],
            **cls._read_directions(entry),
        )


class DeniedTopic(_Directions):
    """A subject the agent must not discuss, described as Bedrock's topic classifier expects."""

    name: str = Field(min_length=1, max_length=100, pattern=r"^[0-9a-zA-Z-_ !?.]+$")
    definition: str = Field(min_length=1, max_length=200)
    examples: list[str] = Field(default=[], max_length=5)

    @field_validator("examples")
    @classmethod
    def _short_examples(cls, examples: list[str]) -> list[str]:
        for example in examples:
            if not 1 <= len(example) <= 100:
                raise ValueError(f"each example must be 1-100 characters, got {len(example)}: {example!r}")
        return examples

    def request(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "definition": self.definition,
            "examples": list(self.examples),
            "type": "DENY",
            **self._directions(),
        }

    @classmethod
    def read(cls, entry: dict[str, Any]) -> DeniedTopic:
        return cls(
            name=entry["name"],
            definition=entry["definition"],
            examples=entry.get("examples", []),
            **cls._read_directions(entry),
        )


class Word(_Directions):
    """A custom word or phrase, matched whole-word and case-insensitively."""

    text: str = Field(min_length=1, max_length=100)

    def request(self) -> dict[str, Any]:
        return {"text": self.text, **self._directions()}

    @classmethod
    def read(cls, entry: dict[str, Any]) -> Word:
        return cls(text=entry["text"], **cls._read_directions(entry))


class Profanity(_Directions):
    """AWS's managed profanity list."""

    def request(self) -> dict[str, Any]:
        return {"type": "PROFANITY", **self._directions()}

    @classmethod
    def read(cls, entry: dict[str, Any]) -> Profanity:
        return cls(**cls._read_directions(entry))


class _Sensitive(_Model):
    """What to do with a match: BLOCK the whole text, ANONYMIZE (mask it in place) or NONE (report only)."""

    action: SensitiveAction = "ANONYMIZE"
    input_action: SensitiveAction | None = None
    """Only when input differs from `action`."""
    output_action: SensitiveAction | None = None
    """Only when output differs from `action`."""
    input_enabled: bool = True
    output_enabled: bool = True

    def _directions(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "inputAction": self.input_action or self.action,
            "outputAction": self.output_action or self.action,
            "inputEnabled": self.input_enabled,
            "outputEnabled": self.output_enabled,
        }

    @classmethod
    def _read_directions(cls, entry: dict[str, Any]) -> dict[str, Any]:
        action = entry["action"]
        return {
            "action": action,
            "input_action": None if entry.get("inputAction", action) == action else entry["inputAction"],
            "output_action": None if entry.get("outputAction", action) == action else entry["outputAction"],
            "input_enabled": entry.get("inputEnabled", True),
            "output_enabled": entry.get("outputEnabled", True),
        }


class PiiRule(_Sensitive):
    """A PII type to block or mask (masks read `{EMAIL}`, `{PHONE}`, ...)."""

    type: PiiType

    def request(self) -> dict[str, Any]:
        return {"type": self.type, **self._directions()}

    @classmethod
    def read(cls, entry: dict[str, Any]) -> PiiRule:
        return cls(type=entry["type"], **cls._read_directions(entry))


class RegexRule(_Sensitive):
    """A custom pattern for identifiers Bedrock has no PII type for (order numbers, employee ids...)."""

    name: str = Field(min_length=1, max_length=100)
    pattern: str = Field(min_length=1, max_length=500)
    description: str | None = Field(default=None, min_length=1, max_length=1000)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"the pattern {pattern!r} is not a valid regular expression: {error}") from None
        return pattern

    def request(self) -> dict[str, Any]:
        described = {"description": self.description} if self.description else {}
        return {"name": self.name, "pattern": self.pattern, **described, **self._directions()}

    @classmethod
    def read(cls, entry: dict[str, Any]) -> RegexRule:
        return cls(
            name=entry["name"],
            pattern=entry["pattern"],
            description=entry.get("description"),
            **cls._read_directions(entry),
        )


class Grounding(_Model):
    """Contextual grounding: block answers not supported by their source, or not about the question.

    A threshold is the lowest score that passes (Bedrock accepts 0 to 0.99); leave one at None to skip
    that check. It applies to answers checked together with a grounding source and a query.
    """

    grounding_threshold: float | None = Field(default=None, ge=0, le=0.99)
    relevance_threshold: float | None = Field(default=None, ge=0, le=0.99)
    action: BlockOrNone = "BLOCK"
    enabled: bool = True

    @model_validator(mode="after")
    def _at_least_one(self) -> Grounding:
        if self.grounding_threshold is None and self.relevance_threshold is None:
            raise ValueError("set grounding_threshold, relevance_threshold or both")
        return self

    def request(self) -> dict[str, Any]:
        thresholds = {"GROUNDING": self.grounding_threshold, "RELEVANCE": self.relevance_threshold}
        return {
            "filtersConfig": [
                {"type": kind, "threshold": threshold, "action": self.action, "enabled": self.enabled}
                for kind, threshold in thresholds.items()
                if threshold is not None
            ]
        }

    @classmethod
    def read(cls, section: dict[str, Any]) -> Grounding:
        filters = {entry["type"]: entry for entry in section["filters"]}
        actions = {entry.get("action", "BLOCK") for entry in filters.values()}
        enabled = {entry.get("enabled", True) for entry in filters.values()}
        if len(actions) > 1 or len(enabled) > 1:
            raise ValueError("grounding and relevance with different actions or switches are not supported")
        return cls(
            grounding_threshold=filters.get("GROUNDING", {}).get("threshold"),
            relevance_threshold=filters.get("RELEVANCE", {}).get("threshold"),
            action=actions.pop(),
            enabled=enabled.pop(),
        )


class ArgumentRule(_Model):
    """What one argument of an allowed tool may be. Unset constraints are not checked."""

    pattern: str | None = None
    """A regular expression the argument's text must match in full, e.g. `[a-z-]+\\.md`."""
    one_of: list[Any] | None = None
    """The only values allowed."""
    max_length: int | None = Field(default=None, ge=1)
    minimum: float | None = None
    maximum: float | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            RegexRule._compiles(pattern)
        return pattern


class ToolRule(_Model):
    """An allowed tool, with rules for the arguments that need them (others are free)."""

    arguments: dict[str, ArgumentRule] = {}


class InjectionCheck(_Model):
    """Checking tool results for instructions aimed at the model (indirect prompt injection).

    `redact` removes the sentences that carry instructions and keeps the rest of the result, so an
    agent can still use a mostly-clean document; `withhold` replaces the whole result with a notice.
    """

    enabled: bool = True
    action: Literal["redact", "withhold"] = "redact"


DEFAULT_BLOCKED_INPUT = "Sorry, I can't help with that request."
DEFAULT_BLOCKED_OUTPUT = "Sorry, I can't share that answer."


class GuardrailPolicy(_Model):
    """One guardrail for an agent: Bedrock's policies plus the agent's tool and injection rules."""

    name: str = Field(min_length=1, max_length=50, pattern=r"^[0-9a-zA-Z-_]+$")
    description: str | None = Field(default=None, min_length=1, max_length=200)
    blocked_input_message: str = Field(default=DEFAULT_BLOCKED_INPUT, min_length=1, max_length=500)
    blocked_output_message: str = Field(default=DEFAULT_BLOCKED_OUTPUT, min_length=1, max_length=500)
    content_filters: list[ContentFilter] = Field(default=[], max_length=6)
    denied_topics: list[DeniedTopic] = Field(default=[], max_length=30)
    words: list[Word] = Field(default=[], max_length=10000)
    profanity: Profanity | None = None
    pii: list[PiiRule] = []
    regexes: list[RegexRule] = Field(default=[], max_length=10)
    grounding: Grounding | None = None
    allowed_tools: dict[str, ToolRule] | None = None
    """None: any tool the agent has may run. A dict: only these, with their argument rules."""
    injection: InjectionCheck = InjectionCheck()

    @field_validator("words", mode="before")
    @classmethod
    def _plain_words(cls, words: Any) -> Any:
        """Words may be given as plain strings: `words=["Project Falcon"]`."""
        return [{"text": word} if isinstance(word, str) else word for word in words]

    @field_validator("profanity", mode="before")
    @classmethod
    def _profanity_switch(cls, profanity: Any) -> Any:
        """`profanity=True` turns on the managed list with its defaults."""
        if profanity is True:
            return {}
        return None if profanity is False else profanity

    @field_validator("allowed_tools", mode="before")
    @classmethod
    def _tool_names(cls, tools: Any) -> Any:
        """Allowed tools may be given as a list of names, each without argument rules."""
        return {name: {} for name in tools} if isinstance(tools, list | tuple | set) else tools

    @model_validator(mode="after")
    def _unique_names(self) -> GuardrailPolicy:
        for kind, names in [
            ("content filter categories", [f.category for f in self.content_filters]),
            ("denied topic names", [t.name for t in self.denied_topics]),
            ("PII types", [p.type for p in self.pii]),
            ("regex names", [r.name for r in self.regexes]),
        ]:
            if repeated := sorted({n for n in names if names.count(n) > 1}):
                raise ValueError(f"{kind} must be unique; repeated: {', '.join(repeated)}")
        return self

    def to_create_request(self) -> dict[str, Any]:
        """The keyword arguments of `boto3.client("bedrock").create_guardrail(...)` for this policy."""
        request: dict[str, Any] = {"name": self.name}
        if self.description:
            request["description"] = self.description
        if self.denied_topics:
            request["topicPolicyConfig"] = {"topicsConfig": [t.request() for t in self.denied_topics]}
        if self.content_filters:
            request["contentPolicyConfig"] = {"filtersConfig": [f.request() for f in self.content_filters]}
        words: dict[str, Any] = {}
        if self.words:
            words["wordsConfig"] = [w.request() for w in self.words]
        if self.profanity:
            words["managedWordListsConfig"] = [self.profanity.request()]
        if words:
            request["wordPolicyConfig"] = words
        sensitive: dict[str, Any] = {}
        if self.pii:
            sensitive["piiEntitiesConfig"] = [p.request() for p in self.pii]
        if self.regexes:
            sensitive["regexesConfig"] = [r.request() for r in self.regexes]
        if sensitive:
            request["sensitiveInformationPolicyConfig"] = sensitive
        if self.grounding:
            request["contextualGroundingPolicyConfig"] = self.grounding.request()
        request["blockedInputMessaging"] = self.blocked_input_message
        request["blockedOutputsMessaging"] = self.blocked_output_message
        return request

    @property
    def uses_bedrock(self) -> bool:
        """Whether any rule is Bedrock's to evaluate (otherwise ApplyGuardrail would have nothing to do)."""
        bedrock_rules = (self.denied_topics, self.content_filters, self.words, self.profanity, self.pii)
        return any(bedrock_rules) or bool(self.regexes) or self.grounding is not None

    @classmethod
    def from_guardrail(
        cls,
        guardrail: dict[str, Any],
        *,
        allowed_tools: dict[str, ToolRule] | list[str] | None = None,
        injection: InjectionCheck | None = None,
    ) -> GuardrailPolicy:
        """The policy of a GetGuardrail response; the agent-only rules are not stored in Bedrock, so pass them."""
        topics = guardrail.get("topicPolicy", {}).get("topics", [])
        content = guardrail.get("contentPolicy", {}).get("filters", [])
        words = guardrail.get("wordPolicy", {})
        managed = [m for m in words.get("managedWordLists", []) if m["type"] == "PROFANITY"]
        sensitive = guardrail.get("sensitiveInformationPolicy", {})
        grounding = guardrail.get("contextualGroundingPolicy")
        return cls(
            name=guardrail["name"],
            description=guardrail.get("description"),
            blocked_input_message=guardrail["blockedInputMessaging"],
            blocked_output_message=guardrail["blockedOutputsMessaging"],
            content_filters=[ContentFilter.read(entry) for entry in content],
            denied_topics=[DeniedTopic.read(entry) for entry in topics],
            words=[Word.read(entry) for entry in words.get("words", [])],
            profanity=Profanity.read(managed[0]) if managed else None,
            pii=[PiiRule.read(entry) for entry in sensitive.get("piiEntities", [])],
            regexes=[RegexRule.read(entry) for entry in sensitive.get("regexes", [])],
            grounding=Grounding.read(grounding) if grounding and grounding.get("filters") else None,
            allowed_tools=allowed_tools,
            injection=injection or InjectionCheck(),
        )
