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
* sensitive information: custom regexes (Python `re` syntax) and the PII types of `pii.DETECTORS`
  — phone numbers by `phonenumbers` (an order number is not a phone), cards by the Luhn checksum in
  any grouping, SSNs in any common separator by `stdnum`, e-mails (also spelt out), US street
  addresses by `usaddress`, AWS access keys (other PII types are accepted in a policy but never
  detected locally);
* denied topics: `topics` scores a text against each topic's name, definition and examples with
  lemmas and roots, advice-seeking intent, and the shop's own words as evidence against (thresholds
  and weights documented there). Wording outside a topic's vocabulary is missed — Bedrock's
  classifier generalises from meaning, this counts words;
* content filters: each filter reports a confidence, and a filter of strength S blocks confidences at
  or above what S catches (HIGH catches LOW and up, MEDIUM catches MEDIUM and HIGH, LOW only HIGH), as
  Bedrock documents. PROMPT_ATTACK is the structural injection detector of
  `agentkit.local.screening.injection` (also what the tool-result hook uses, so a pasted document is read
  like a fetched one), which reports an attack *mentioned* (quoted, asked about) as LOW: at HIGH
  strength those are blocked too, at MEDIUM only attacks in use. The other categories are the phrase
  lexicons of `content_lexicons`. Both read the text in every view `agentkit.local.screening.normalise`
  makes (homoglyphs, zero-width characters, spacing, leetspeak, encoded payloads undone);
* every intervention says why in the response's `actionReason`: the rule, its confidence or score, the
  normalisation that revealed a match and the sentence it was found in;
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

from agentkit.local.bedrock import pii, topics
from agentkit.local.bedrock.content_lexicons import COMPILED
from agentkit.local.screening import injection, normalise
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


class TopicPolicy(_Wire):
    topics: list[Topic] = []

    @cached_property
    def profiles(self) -> list[topics.TopicProfile]:
        """Each topic's weighted roots (computed once: a policy version is frozen)."""
        return topics.profiles([(t.name, t.definition, t.examples) for t in self.topics])


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
    reason: str | None = None
    """Why it was found, for the response's `actionReason` (which normalisation revealed it, which span)."""

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
    reason: str = "No action."
    """ApplyGuardrail's `actionReason`: what was done, and for each rule that acted, why."""


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
    for pii_type, detect in pii.DETECTORS.items():
        entity = wanted.get(pii_type)
        action = entity.action_for(source, entity.action) if entity else None
        if action is None:
            continue
        for span in detect(text):
            if any(start < span[1] and span[0] < end for start, end in claimed):
                continue
            claimed.append(span)
            match = text[span[0] : span[1]]
            entry = {"match": match, "type": pii_type, "action": _ASSESSED[action], "detected": True}
            yield Finding(
                "sensitiveInformationPolicy",
                "piiEntities",
                entry,
                span,
                f"{{{pii_type}}}",
                f"PII {pii_type}: {match!r}.",
            )
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


def _topics(policy: GuardrailPolicy, source: Source, text: str) -> Iterator[Finding]:
    if policy.topic_policy is None:
        return
    for topic, profile in zip(policy.topic_policy.topics, policy.topic_policy.profiles, strict=True):
        action = topic.action_for(source, "BLOCK")
        if action is None:
            continue
        scored = topics.score(profile, text)
        if scored.on_topic:
            entry = {"name": topic.name, "type": "DENY", "action": _ASSESSED[action], "detected": True}
            yield Finding(
                "topicPolicy", "topics", entry, reason=f"denied topic {topic.name!r}: {scored.describe()}."
            )


_LEVELS = ("NONE", "LOW", "MEDIUM", "HIGH")
_CAUGHT_FROM = {"HIGH": "LOW", "MEDIUM": "MEDIUM", "LOW": "HIGH"}
"""Filter strength → the lowest confidence it blocks (strength NONE blocks nothing)."""


def _content(policy: GuardrailPolicy, source: Source, text: str) -> Iterator[Finding]:
    if policy.content_policy is None:
        return
    for content_filter in policy.content_policy.filters:
        action = content_filter.action_for(source, "BLOCK")
        strength = content_filter.input_strength if source == "INPUT" else content_filter.output_strength
        if action is None or (content_filter.type not in COMPILED and content_filter.type != "PROMPT_ATTACK"):
            continue
        found = _content_confidence(content_filter.type, text)
        if found is None:
            continue
        confidence, reason = found
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
        yield Finding("contentPolicy", "filters", entry, reason=f"{content_filter.type} {reason}")


def _content_confidence(category: str, text: str) -> tuple[str, str] | None:
    """The confidence of `category` in `text` and a line saying why, or None when nothing was found.

    PROMPT_ATTACK is the structural injection detector of `agentkit.local.screening.injection` (the one the
    tool-result hook uses, so text a user pastes is read as a fetched document would be); the other
    categories are the phrase lexicons of `content_lexicons`, matched in every normalised view of the
    text (`agentkit.local.screening.normalise`), a match found only after undoing a disguise counting HIGH.
    """
    if category == "PROMPT_ATTACK":
        findings = injection.assess(text)
        if not findings:
            return None
        strongest = max(findings, key=lambda f: _LEVELS.index(f.confidence))
        return strongest.confidence, strongest.describe()
    for view in normalise.views(text):
        found = [
            (level, m) for level, pattern in COMPILED[category].items() if (m := pattern.search(view.text))
        ]
        if found:
            level, match = max(found, key=lambda pair: _LEVELS.index(pair[0]))
            how = "" if not view.normalised else f", found after {view.name}"
            return ("HIGH" if view.normalised else level), f"({level}{how}): {match.group()!r}"
    return None


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
    return Evaluation(action, outputs, assessment, usage, blocked, _reason(findings, blocked, masked))


def _reason(findings: list[Finding], blocked: bool, masked: bool) -> str:
    """`actionReason`: "Guardrail blocked." (or masked, or "No action."), then why, per acting rule."""
    if not blocked and not masked:
        return "No action."
    acted = [f for f in findings if f.action in ("BLOCKED", "ANONYMIZED")]
    why = [f.reason or _default_reason(f) for f in acted]
    head = "Guardrail blocked." if blocked else "Guardrail masked sensitive information."
    return " ".join([head, *dict.fromkeys(why)])


def _default_reason(finding: Finding) -> str:
    entry = finding.entry
    name = entry.get("name") or entry.get("type") or finding.collection
    match = f": {entry['match']!r}" if entry.get("match") else ""
    return f"{finding.policy} {name}{match}."


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
