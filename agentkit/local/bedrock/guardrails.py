"""Evaluating a guardrail's policies against text, as ApplyGuardrail and Converse's `guardrailConfig` do.

A `GuardrailPolicy` is read from the guardrail as GetGuardrail returns it. `evaluate` runs every
detector over each text and folds their findings into Bedrock's answer: BLOCK anywhere replaces
the content with the blocked message; otherwise ANONYMIZE masks the matches in place (`{EMAIL}`,
`{regex name}`); detections whose action is NONE are reported but change nothing.

Detectors are plain functions `(policy, source, text) -> findings`, listed in `DETECTORS`, so a new
policy is one more function that yields `Finding`s for its section of the assessment. Where Bedrock
runs classifiers (topics, content, grounding) these are deterministic word rules that simulate them:
they give the same verdict every run and never understand the text. Implemented:

* word policy: custom words and phrases (whole-word, case-insensitive) and a small managed
  profanity list;
* sensitive information: custom regexes (Python `re` syntax) and the PII types in `PII_PATTERNS`
  (other PII types are accepted in a policy but never detected locally). Phone numbers are
  North-American style, with an optional country code;
* denied topics: a topic's vocabulary is the content-word stems of its name, definition and
  examples; a text is on the topic when it holds `TOPIC_MIN_STEMS` distinct stems of that vocabulary,
  or nearly all the content words of one example (`TOPIC_EXAMPLE_COVERAGE`). Wording outside the
  vocabulary is missed and shared words can trip it — Bedrock's classifier generalises, this does not;
* content filters: the phrase lexicons of `content_lexicons`, each phrase standing for a confidence;
  a filter of strength S blocks confidences at or above what S catches (HIGH catches LOW and up, LOW
  catches only HIGH), as Bedrock documents. PROMPT_ATTACK covers direct injection attempts;
* contextual grounding, when the content names a `grounding_source` and a `query` (the qualifiers
  of ApplyGuardrail's content and of Converse's `guardContent` blocks): grounding is the share of
  the answer's content stems found in the source, relevance the share of the query's content stems
  found in the answer; a score below the filter's threshold is detected.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

from agentkit.local.bedrock.content_lexicons import COMPILED
from agentkit.local.simulated.text import content_stems

Source = Literal["INPUT", "OUTPUT"]
ConfiguredAction = Literal["BLOCK", "ANONYMIZE", "NONE"]

PROFANITY = (
    "arsehole",
    "asshole",
    "bastard",
    "bitch",
    "bullshit",
    "crap",
    "damn",
    "dickhead",
    "fuck",
    "shit",
)
"""The managed PROFANITY list: a short stand-in for AWS's, enough to show the filter at work."""

PII_PATTERNS: dict[str, re.Pattern[str]] = {
    "AWS_ACCESS_KEY": re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b"),
    "CREDIT_DEBIT_CARD_NUMBER": re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)"),
    "US_SOCIAL_SECURITY_NUMBER": re.compile(r"(?<!\d)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!\d)"),
    "EMAIL": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b"),
    "PHONE": re.compile(r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)"),
}
"""Detectable PII types, most specific first: a span claimed by one type is not matched by later ones."""

_ASSESSED = {"BLOCK": "BLOCKED", "ANONYMIZE": "ANONYMIZED", "NONE": "NONE"}
_PROFANITY = re.compile(r"\b(?:" + "|".join(PROFANITY) + r")\b", re.IGNORECASE)


class _Wire(BaseModel):
    """Fields named as on the wire (camelCase); members a detector does not use are ignored."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore", frozen=True)


class _Filter(_Wire):
    """A filter's per-direction switches and actions, shared by every policy's entries."""

    input_action: ConfiguredAction | None = None
    output_action: ConfiguredAction | None = None
    input_enabled: bool = True
    output_enabled: bool = True

    def action_for(self, source: Source, default: ConfiguredAction) -> ConfiguredAction | None:
        """The action for `source`, or None when the filter is switched off for that direction."""
        if source == "INPUT":
            return (self.input_action or default) if self.input_enabled else None
        return (self.output_action or default) if self.output_enabled else None


class Word(_Filter):
    text: str


class ManagedWords(_Filter):
    type: Literal["PROFANITY"]


class WordPolicy(_Wire):
    words: list[Word] = []
    managed_word_lists: list[ManagedWords] = []


class PiiEntity(_Filter):
    type: str
    action: ConfiguredAction


class RegexFilter(_Filter):
    name: str
    pattern: str
    action: ConfiguredAction


class SensitiveInformationPolicy(_Wire):
    pii_entities: list[PiiEntity] = []
    regexes: list[RegexFilter] = []


class Topic(_Filter):
    name: str
    definition: str
    examples: list[str] = []

    @cached_property
    def vocabulary(self) -> set[str]:
        """Content stems of the name, definition and examples (computed once: a policy version is frozen)."""
        return set(content_stems(" ".join([self.name, self.definition, *self.examples])))

    @cached_property
    def example_stems(self) -> list[set[str]]:
        return [set(content_stems(example)) for example in self.examples]


class TopicPolicy(_Wire):
    topics: list[Topic] = []


Strength = Literal["NONE", "LOW", "MEDIUM", "HIGH"]


class ContentFilter(_Filter):
    type: str
    input_strength: Strength
    output_strength: Strength


class ContentPolicy(_Wire):
    filters: list[ContentFilter] = []


class GroundingFilter(_Wire):
    type: Literal["GROUNDING", "RELEVANCE"]
    threshold: float
    action: Literal["BLOCK", "NONE"] = "BLOCK"
    enabled: bool = True


class ContextualGroundingPolicy(_Wire):
    filters: list[GroundingFilter] = []


class GuardrailPolicy(_Wire):
    """What a guardrail checks, read from its GetGuardrail form."""

    topic_policy: TopicPolicy | None = None
    content_policy: ContentPolicy | None = None
    word_policy: WordPolicy | None = None
    sensitive_information_policy: SensitiveInformationPolicy | None = None
    contextual_grounding_policy: ContextualGroundingPolicy | None = None
    blocked_input_messaging: str
    blocked_outputs_messaging: str

    def blocked_message(self, source: Source) -> str:
        return self.blocked_input_messaging if source == "INPUT" else self.blocked_outputs_messaging


@dataclass(frozen=True)
class Finding:
    """One detection: where it goes in the assessment, and the span to mask if it is anonymized."""

    policy: str
    """Assessment member, e.g. `wordPolicy`."""
    collection: str
    """List inside it, e.g. `customWords`."""
    entry: dict[str, Any]
    """The wire entry (`match`, `action`, `detected`, ...), action in assessment terms (BLOCKED...)."""
    span: tuple[int, int] | None = None
    mask: str | None = None

    @property
    def action(self) -> str:
        return self.entry["action"]


Detector = Callable[[GuardrailPolicy, Source, str], Iterator[Finding]]


@dataclass(frozen=True)
class Evaluation:
    """Bedrock's verdict on a list of texts."""

    action: Literal["NONE", "GUARDRAIL_INTERVENED"]
    outputs: list[str]
    """Blocked message, or the masked texts one per input text, or empty when nothing changed."""
    assessment: dict[str, Any]
    """One `GuardrailAssessment` as on the wire."""
    usage: dict[str, int]
    blocked: bool
    """Whether the content was replaced by the blocked message (rather than masked or left alone)."""


def _words(policy: GuardrailPolicy, source: Source, text: str) -> Iterator[Finding]:
    if policy.word_policy is None:
        return
    for word in policy.word_policy.words:
        action = word.action_for(source, "BLOCK")
        if action is None:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(word.text)}(?!\w)", text, re.IGNORECASE):
            entry = {"match": match.group(), "action": _ASSESSED[action], "detected": True}
            yield Finding("wordPolicy", "customWords", entry)
    for managed in policy.word_policy.managed_word_lists:
        action = managed.action_for(source, "BLOCK")
        if action is None:
            continue
        for match in _PROFANITY.finditer(text):
            entry = {
                "match": match.group(),
                "type": managed.type,
                "action": _ASSESSED[action],
                "detected": True,
            }
            yield Finding("wordPolicy", "managedWordLists", entry)


def _sensitive_information(policy: GuardrailPolicy, source: Source, text: str) -> Iterator[Finding]:
    sensitive = policy.sensitive_information_policy
    if sensitive is None:
        return
    wanted = {entity.type: entity for entity in sensitive.pii_entities}
    claimed: list[tuple[int, int]] = []
    for pii_type, pattern in PII_PATTERNS.items():
        entity = wanted.get(pii_type)
        action = entity.action_for(source, entity.action) if entity else None
        if action is None:
            continue
        for match in pattern.finditer(text):
            span = match.span()
            overlaps = any(start < span[1] and span[0] < end for start, end in claimed)
            if overlaps or (pii_type == "CREDIT_DEBIT_CARD_NUMBER" and not _luhn(match.group())):
                continue
            claimed.append(span)
            entry = {"match": match.group(), "type": pii_type, "action": _ASSESSED[action], "detected": True}
            yield Finding("sensitiveInformationPolicy", "piiEntities", entry, span, f"{{{pii_type}}}")
    for regex in sensitive.regexes:
        action = regex.action_for(source, regex.action)
        if action is None:
            continue
        for match in re.finditer(regex.pattern, text):
            if not match.group():
                continue
            entry = {
                "name": regex.name,
                "match": match.group(),
                "regex": regex.pattern,
                "action": _ASSESSED[action],
                "detected": True,
            }
            yield Finding("sensitiveInformationPolicy", "regexes", entry, match.span(), f"{{{regex.name}}}")


TOPIC_MIN_STEMS = 2
"""Distinct stems of a topic's vocabulary that put a text on the topic."""
TOPIC_EXAMPLE_COVERAGE = 0.75
"""Share of one example's content stems (at least two) that puts a text on the topic."""


def _topics(policy: GuardrailPolicy, source: Source, text: str) -> Iterator[Finding]:
    if policy.topic_policy is None:
        return
    stems = set(content_stems(text))
    for topic in policy.topic_policy.topics:
        action = topic.action_for(source, "BLOCK")
        if action is None:
            continue
        near_example = any(
            len(example) >= 2 and len(example & stems) / len(example) >= TOPIC_EXAMPLE_COVERAGE
            for example in topic.example_stems
        )
        if near_example or len(topic.vocabulary & stems) >= TOPIC_MIN_STEMS:
            entry = {"name": topic.name, "type": "DENY", "action": _ASSESSED[action], "detected": True}
            yield Finding("topicPolicy", "topics", entry)


_LEVELS = ("NONE", "LOW", "MEDIUM", "HIGH")
_CAUGHT_FROM = {"HIGH": "LOW", "MEDIUM": "MEDIUM", "LOW": "HIGH"}
"""Filter strength → the lowest confidence it blocks (strength NONE blocks nothing)."""


def _content(policy: GuardrailPolicy, source: Source, text: str) -> Iterator[Finding]:
    if policy.content_policy is None:
        return
    for content_filter in policy.content_policy.filters:
        action = content_filter.action_for(source, "BLOCK")
        strength = content_filter.input_strength if source == "INPUT" else content_filter.output_strength
        lexicon = COMPILED.get(content_filter.type)
        if action is None or lexicon is None:
            continue
        found = [level for level, pattern in lexicon.items() if pattern.search(text)]
        if not found:
            continue
        confidence = max(found, key=_LEVELS.index)
        caught = strength in _CAUGHT_FROM and _LEVELS.index(confidence) >= _LEVELS.index(
            _CAUGHT_FROM[strength]
        )
        entry = {
            "type": content_filter.type,
            "confidence": confidence,
            "filterStrength": strength,
            "action": _ASSESSED[action] if caught and action == "BLOCK" else "NONE",
            "detected": caught,
        }
        yield Finding("contentPolicy", "filters", entry)


def _grounding(policy: GuardrailPolicy, answer: str, grounding_source: str, query: str) -> Iterator[Finding]:
    """The GROUNDING and RELEVANCE filters over the answer as a whole (not one detector per text)."""
    answer_stems = set(content_stems(answer))
    scores = {
        "GROUNDING": _share(answer_stems, set(content_stems(grounding_source))),
        "RELEVANCE": _share(set(content_stems(query)), answer_stems),
    }
    for grounding_filter in (
        policy.contextual_grounding_policy.filters if policy.contextual_grounding_policy else []
    ):
        if not grounding_filter.enabled:
            continue
        score = scores[grounding_filter.type]
        detected = score < grounding_filter.threshold
        entry = {
            "type": grounding_filter.type,
            "threshold": grounding_filter.threshold,
            "score": score,
            "action": "BLOCKED" if detected and grounding_filter.action == "BLOCK" else "NONE",
            "detected": detected,
        }
        yield Finding("contextualGroundingPolicy", "filters", entry)


def _share(part: set[str], whole: set[str]) -> float:
    """The share of `part` found in `whole`, rounded as Bedrock reports scores (two decimals)."""
    return round(len(part & whole) / len(part), 2) if part else 1.0


DETECTORS: list[Detector] = [_topics, _content, _words, _sensitive_information]


_COLLECTIONS = {
    "topicPolicy": ("topics",),
    "contentPolicy": ("filters",),
    "wordPolicy": ("customWords", "managedWordLists"),
    "sensitiveInformationPolicy": ("piiEntities", "regexes"),
    "contextualGroundingPolicy": ("filters",),
}
"""The lists each assessment section must carry (all are required members on the wire)."""


def evaluate(
    policy: GuardrailPolicy,
    source: Source,
    texts: list[str],
    grounding_source: str | None = None,
    query: str | None = None,
) -> Evaluation:
    """Run every detector over `texts` and decide, as Bedrock does, what the caller gets back.

    With both a `grounding_source` and a `query`, the texts (together, as one answer) are also
    checked for contextual grounding.
    """
    started = time.perf_counter()
    per_text = [
        [finding for detect in DETECTORS for finding in detect(policy, source, text)] for text in texts
    ]
    findings = [finding for found in per_text for finding in found]
    if grounding_source is not None and query is not None:
        findings += _grounding(policy, " ".join(texts), grounding_source, query)
    blocked = any(f.action == "BLOCKED" for f in findings)
    masked = any(f.action == "ANONYMIZED" for f in findings)
    if blocked:
        outputs = [policy.blocked_message(source)]
    elif masked:
        outputs = [_mask(text, found) for text, found in zip(texts, per_text, strict=True)]
    else:
        outputs = []
    assessment: dict[str, Any] = {}
    for finding in findings:
        section = assessment.setdefault(finding.policy, {key: [] for key in _COLLECTIONS[finding.policy]})
        section[finding.collection].append(finding.entry)
    grounded = bool(grounding_source is not None and query is not None and policy.contextual_grounding_policy)
    usage = _usage(policy, texts, grounded)
    characters = sum(len(text) for text in texts)
    assessment["invocationMetrics"] = {
        "guardrailProcessingLatency": round((time.perf_counter() - started) * 1000),
        "usage": usage,
        "guardrailCoverage": {"textCharacters": {"guarded": characters, "total": characters}},
    }
    action = "GUARDRAIL_INTERVENED" if blocked or masked else "NONE"
    return Evaluation(action, outputs, assessment, usage, blocked)


def _mask(text: str, findings: list[Finding]) -> str:
    spans = sorted((f.span, f.mask) for f in findings if f.action == "ANONYMIZED" and f.span and f.mask)
    pieces, position = [], 0
    for (start, end), mask in spans:
        if start < position:
            continue  # overlaps a span already masked
        pieces += [text[position:start], mask]
        position = end
    return "".join(pieces) + text[position:]


def _usage(policy: GuardrailPolicy, texts: list[str], grounded: bool) -> dict[str, int]:
    """Text units as Bedrock bills them: one per started 1,000 characters of each text, per policy used."""
    units = sum(max(1, math.ceil(len(text) / 1000)) for text in texts)
    words = policy.word_policy
    sensitive = policy.sensitive_information_policy
    return {
        "topicPolicyUnits": units if policy.topic_policy and policy.topic_policy.topics else 0,
        "contentPolicyUnits": units if policy.content_policy and policy.content_policy.filters else 0,
        "wordPolicyUnits": units if words and (words.words or words.managed_word_lists) else 0,
        "sensitiveInformationPolicyUnits": units if sensitive and sensitive.pii_entities else 0,
        "sensitiveInformationPolicyFreeUnits": units if sensitive and sensitive.regexes else 0,
        "contextualGroundingPolicyUnits": units if grounded else 0,
    }


def _luhn(candidate: str) -> bool:
    """The card-number checksum, which tells a card number from any other long run of digits."""
    digits = [int(c) for c in candidate if c.isdigit()]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits)))
    return total % 10 == 0
