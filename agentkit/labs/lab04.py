"""Lab 04 · a denied topic and a custom regex: block competitor questions, mask gift-card codes.

The checker adds the learner's topic and regex to the support agent's policy, creates the guardrail
(offline in the local endpoint, on AWS in Bedrock), sends prompts through ApplyGuardrail and deletes
it again. It checks behaviour only: which prompts are blocked by the learner's topic, which pass,
which codes are masked.
"""

from __future__ import annotations

from typing import Any

import boto3
from pydantic import ValidationError

from agentkit.guardrails.assessment import fired_rules
from agentkit.labs.report import LabReport

COMPETITOR_QUESTIONS = [
    "Are your tents cheaper than the ones at REI?",
    "Does a competitor sell the Granite boots for less?",
    "Is a rival brand's down jacket better than yours?",
]
EVERYDAY_QUESTIONS = [
    "How much does the Ridgeline 2 tent cost?",
    "Do you price-match online orders?",
]
GIFT_CARD_TEXTS = [
    ("My gift card GC-7Q2M-9KXL shows a zero balance.", ["GC-7Q2M-9KXL"]),
    ("Can I use GC-4F8P-2ZQW and GC-9XX1-0001 together?", ["GC-4F8P-2ZQW", "GC-9XX1-0001"]),
]
LOOK_ALIKES = ["Is the GC-12 stove back in stock?", "Order ORD-123456 arrived without its GC-AB12 manual."]


def check_lab04(topic: Any, regex: Any) -> LabReport:
    """`topic`: a DeniedTopic for questions about competitors; `regex`: a RegexRule masking gift-card codes."""
    from agentkit.guardrails import DeniedTopic, RegexRule, delete_guardrail, deploy
    from agentkit.guardrails.evaluation import labelled_prompts
    from agentkit.guardrails.support_policy import support_policy

    report = LabReport("Lab 04 · a denied topic and a custom regex")
    report.add(
        "topic is a DeniedTopic", isinstance(topic, DeniedTopic), "replace the TODO with DeniedTopic(...)"
    )
    report.add("regex is a RegexRule", isinstance(regex, RegexRule), "replace the TODO with RegexRule(...)")
    if not report.passed:
        return report.raise_for_failures()
    base = support_policy(name="lab04-check")
    try:
        policy = support_policy(
            name="lab04-check", denied_topics=[*base.denied_topics, topic], regexes=[*base.regexes, regex]
        )
    except ValidationError as error:
        report.add("the policy is valid", False, str(error).splitlines()[-1])
        return report.raise_for_failures()
    guardrail = deploy(policy)
    runtime = boto3.client("bedrock-runtime")

    def apply(text: str) -> dict[str, Any]:
        return guardrail.apply(text, client=runtime)

    try:
        missed = [q for q in COMPETITOR_QUESTIONS if topic.name not in _blocking_topics(apply(q))]
        report.add(
            "competitor questions are blocked by your topic",
            not missed,
            f"not blocked: {missed}; add these words to the definition or write examples like them"
            if missed
            else "",
        )
        benign = [
            item.text for item in labelled_prompts() if item.label == "benign" and item.kind == "prompt"
        ]
        blocked = [q for q in [*EVERYDAY_QUESTIONS, *benign] if topic.name in _blocking_topics(apply(q))]
        report.add(
            "everyday questions still pass",
            not blocked,
            f"your topic also blocks: {blocked}; drop words every shop question uses (tent, price, store...)"
            if blocked
            else "",
        )
        for text, codes in GIFT_CARD_TEXTS:
            response = apply(text)
            masked = response["outputs"][0]["text"] if response["outputs"] else text
            ok = (
                response["action"] == "GUARDRAIL_INTERVENED"
                and not any(code in masked for code in codes)
                and masked != base.blocked_input_message
            )
            hint = "; match GC- and two groups of four capital letters or digits, with action ANONYMIZE"
            report.add(f"gift-card codes masked in {text!r}", ok, f"got {masked!r}" + ("" if ok else hint))
        for text in LOOK_ALIKES:
            hits = [match for rule, _, match in _fired(apply(text)) if rule == f"regex: {regex.name}"]
            report.add(
                f"look-alike codes are left alone in {text!r}",
                not hits,
                f"your regex matched {hits}; require the whole shape GC-XXXX-XXXX" if hits else "",
            )
    finally:
        delete_guardrail(guardrail)
    return report.raise_for_failures()


def _fired(response: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [rule for assessment in response["assessments"] for rule in fired_rules(assessment)]


def _blocking_topics(response: dict[str, Any]) -> set[str]:
    return {
        rule.removeprefix("denied topic: ")
        for rule, action, _ in _fired(response)
        if action == "blocked" and rule.startswith("denied topic: ")
    }
