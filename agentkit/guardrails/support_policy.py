"""The guardrail of the workshop's support agent (Northwind Outfitters), used by notebook 04 and the eval.

An outdoor-gear retailer's support agent should talk about gear, orders, rentals and memberships —
not give investment, medical or legal advice; should not echo customers' contact details or card
numbers; should shrug off attempts to re-instruct it; and may only look things up, never change or
delete them. The definitions below are written the way Bedrock's topic classifier wants them (what
the topic *is*, plus typical questions), not tuned to the labelled set that measures them. The local
stand-in counts words, so each definition names the things its topic is about — the assets, the
symptoms and medicines, the legal matters (suing, damages, wills) — rather than only the word "advice".
"""

from __future__ import annotations

from agentkit.guardrails.policy import ContentFilter, DeniedTopic, GuardrailPolicy, PiiRule, RegexRule
from agentkit.naming import resource_name


def support_policy(name: str | None = None, **changes: object) -> GuardrailPolicy:
    """The support agent's policy; keyword arguments replace fields (e.g. `allowed_tools=[...]`).

    Named `resource_name("northwind-support")` unless `name` is given, so attendees sharing an account
    each create their own guardrail."""
    fields: dict[str, object] = dict(
        name=name or resource_name("northwind-support"),
        description="Northwind Outfitters support agent: gear, orders, rentals and memberships only.",
        blocked_input_message=(
            "I can only help with Northwind gear, orders, rentals and memberships, so I can't help with that."
        ),
        blocked_output_message="I can't share that answer. Please contact Northwind support directly.",
        denied_topics=[
            DeniedTopic(
                name="Investment advice",
                definition=(
                    "Advice on investing or saving money: stocks, shares, bonds, funds, ETFs, crypto, pensions, "
                    "retirement savings, property, gold, or which assets to buy or sell and when."
                ),
                examples=[
                    "Should I buy bitcoin?",
                    "Which stocks should I invest in?",
                    "Is a pension or an ISA the better place for my savings?",
                    "When should I sell my shares?",
                ],
            ),
            DeniedTopic(
                name="Medical advice",
                definition=(
                    "Diagnosing or treating injuries, blisters, wounds, bites, infections, illness, pain, swelling, "
                    "fever or other symptoms; advice on medicines, medication, prescriptions, pills, doses or seeing "
                    "a doctor."
                ),
                examples=[
                    "What medicine should I take for a sprained ankle?",
                    "How do I treat a blister that looks infected?",
                    "Do I need to see a doctor about this swelling?",
                    "Which pills help with a migraine?",
                    "Is it safe to stay on my prescription medication at high altitude?",
                ],
            ),
            DeniedTopic(
                name="Legal advice",
                definition=(
                    "Advice about laws, lawsuits, suing, courts, damages, liability, contracts, clauses, leases, "
                    "wills, inheritance, tenant, consumer or employment rights, or whether something is legal."
                ),
                examples=[
                    "Can I sue my landlord?",
                    "Can my employer change my contract without asking?",
                    "Do I have to pay a fine for this parking ticket?",
                    "Is my handwritten will legally binding?",
                    "Who is liable if a visitor is hurt at my home?",
                ],
            ),
        ],
        content_filters=[
            # MEDIUM, not HIGH: at HIGH the filter also blocks LOW-confidence findings, which include
            # questions *about* attacks ("what is a jailbreak?"); MEDIUM blocks attacks in use.
            ContentFilter(category="PROMPT_ATTACK", input_strength="MEDIUM", output_strength="NONE"),
            ContentFilter(category="HATE"),
            ContentFilter(category="INSULTS", input_strength="MEDIUM", output_strength="MEDIUM"),
            ContentFilter(category="VIOLENCE", input_strength="MEDIUM", output_strength="MEDIUM"),
            ContentFilter(category="MISCONDUCT", input_strength="MEDIUM", output_strength="MEDIUM"),
        ],
        profanity=True,
        pii=[
            PiiRule(type="EMAIL", action="ANONYMIZE"),
            PiiRule(type="PHONE", action="ANONYMIZE"),
            PiiRule(type="ADDRESS", action="ANONYMIZE"),
            PiiRule(type="CREDIT_DEBIT_CARD_NUMBER", action="BLOCK"),
            PiiRule(type="US_SOCIAL_SECURITY_NUMBER", action="BLOCK"),
            PiiRule(type="AWS_ACCESS_KEY", action="BLOCK"),
        ],
        regexes=[
            RegexRule(name="member_id", pattern=r"\bTM-\d{6}\b", description="a Trailhead membership number")
        ],
    )
    return GuardrailPolicy(**(fields | changes))
