"""Reading an ApplyGuardrail assessment: which rules acted, as one flat list.

Bedrock reports each policy in its own nested shape (topics, content filters, words, PII, regexes,
grounding); the hooks, the evaluation and the lab checker all want the same flat answer, so it is
read here once.
"""

from __future__ import annotations

from typing import Any


def fired_rules(assessment: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(policy, action, match) for each rule an ApplyGuardrail assessment reports as acting."""
    actions = {"BLOCKED": "blocked", "ANONYMIZED": "masked"}
    found: list[tuple[str, str, str]] = []

    def add(policy: str, entry: dict[str, Any], match: str = "") -> None:
        if entry.get("action") in actions:
            found.append((policy, actions[entry["action"]], match))
        elif entry.get("detected"):
            found.append((policy, "detected", match))

    for topic in assessment.get("topicPolicy", {}).get("topics", []):
        add(f"denied topic: {topic['name']}", topic)
    for content in assessment.get("contentPolicy", {}).get("filters", []):
        add(f"content filter: {content['type']} ({content['confidence']})", content)
    words = assessment.get("wordPolicy", {})
    for word in words.get("customWords", []):
        add("word filter", word, word["match"])
    for word in words.get("managedWordLists", []):
        add("profanity", word, word["match"])
    sensitive = assessment.get("sensitiveInformationPolicy", {})
    for entity in sensitive.get("piiEntities", []):
        add(f"PII: {entity['type']}", entity, entity["match"])
    for regex in sensitive.get("regexes", []):
        add(f"regex: {regex['name']}", regex, regex["match"])
    for check in assessment.get("contextualGroundingPolicy", {}).get("filters", []):
        add(f"{check['type'].lower()}: score {check['score']:.2f} < {check['threshold']:.2f}", check)
    return found
