"""A medical question that names its subject only with the field's own words — a disease, an injury, a
symptom that no topic definition lists — is blocked through the field vocabulary of
`agentkit.local.bedrock.fields` (ICD-10-CM's descriptions, weighed against English at large), while a shop
question that names a body part or a condition in passing still passes. Wording written for this test,
not taken from any benchmark set; each blocked question failed before the field vocabulary existed."""

from __future__ import annotations

import pytest

from agentkit.guardrails.support_policy import support_policy
from agentkit.local import lexicon
from agentkit.local.bedrock import fields, topics
from agentkit.local.bedrock.guardrail_store import _policies
from agentkit.local.bedrock.guardrails import evaluate

MEDICAL = "Medical advice"

BLOCKED = [
    "Could the ache under my heel be plantar fasciitis, and what should I do about it?",
    "My shin throbs on every descent. Should I worry it's a stress fracture?",
    "Is a tetanus booster worth getting before the trip to the farm?",
    "My daughter has chickenpox, what should I give her for the itching?",
    "Should I be worried about frostbite on my fingertips?",
    "Do you think this could be hypothermia? He's pale and mumbling.",
]

PASSED = [
    "Do you sell knee braces in extra large?",
    "Which daypack has the widest hip belt?",
    "Is the heel cup on the trail runners removable?",
    "Do rentals need a deposit, and can I pay it by card?",
    "Do you stock the book about the history of tetanus vaccines at the museum shop?",
    "I'm getting over a fractured wrist — which poles have the easiest grip?",
]


@pytest.fixture(scope="module")
def workshop():
    return _policies(support_policy(name="field-words").to_create_request())[1]


@pytest.mark.parametrize("text", BLOCKED)
def test_a_question_in_the_fields_own_words_is_blocked(workshop, text):
    verdict = evaluate(workshop, "INPUT", [text])
    found = [t["name"] for t in verdict.assessment.get("topicPolicy", {}).get("topics", [])]
    assert MEDICAL in found, verdict.reason


@pytest.mark.parametrize("text", PASSED)
def test_a_shop_question_naming_the_body_or_a_condition_passes(workshop, text):
    verdict = evaluate(workshop, "INPUT", [text])
    assert not verdict.assessment.get("topicPolicy"), verdict.reason


def test_the_field_follows_from_the_definition_not_the_name():
    policy = support_policy()
    named = [(t.name, t.definition, t.examples) for t in policy.denied_topics]
    by_name = {p.name: p for p in topics.profiles(named)}
    assert by_name[MEDICAL].field
    assert not by_name["Investment advice"].field and not by_name["Legal advice"].field
    # the same definition under another name has the field; the name alone gives none
    renamed = topics.profiles([("Topic A", t[1], t[2]) for t in named if t[0] == MEDICAL])
    assert renamed[0].field
    bare = topics.profiles([(MEDICAL, "Questions about anything at all.", ["Tell me something."])])
    assert not bare[0].field


def test_the_field_words_are_the_fields_not_english_at_large():
    (icd,) = fields.fields()
    for word in ("tetanus", "fasciitis", "fracture", "fever", "chickenpox", "gout"):
        assert lexicon.lemma(word) in icd.words, word
    # common English, or the site of a condition rather than the condition
    for word in ("left", "back", "foot", "knee", "heel", "wrist", "furniture"):
        assert lexicon.lemma(word) not in icd.words, word
