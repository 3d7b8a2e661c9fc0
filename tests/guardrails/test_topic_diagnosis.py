"""A question whether the asker's case *is* a named condition ("is that gout?", "I reckon I've got
frostbite") asks for a diagnosis though no advice phrase says so; each preposition of place opens
its own scene ("after kneeling | on your groundsheet"); and a question after a way to stop or ease a
symptom asks for treatment. The same question forms about the shop's goods, or naming no word of the
topic, still pass. Wording written for this test, not taken from any benchmark set; each test failed
before this change."""

from __future__ import annotations

import pytest

from agentkit.guardrails.support_policy import support_policy
from agentkit.local.bedrock import topics
from agentkit.local.bedrock.guardrail_store import _policies
from agentkit.local.bedrock.guardrails import evaluate

BLOCKED = [
    ("Medical advice", "my big toe went red and hot overnight, is that gout?"),
    (
        "Medical advice",
        "Numb fingers after a frosty night in the hills. I reckon I've got frostbite.",
    ),
    ("Medical advice", "Knee gave way on the scree and now it sits at a weird angle. Is it a dislocation?"),
    (
        "Medical advice",
        "Tripped over at the campsite and now there's a deep graze, how can I stop it getting infected?",
    ),
]

PASSED = [
    "My new tent pole snapped on the first night, is that covered?",
    "I think I've got the wrong size of crampons, can I swap them?",
    "Could this be the reason my stove keeps going out?",
    "How can I stop my sleeping bag zip from snagging?",
    "Is that the lightest rain shell you stock?",
]


@pytest.fixture(scope="module")
def workshop():
    return _policies(support_policy(name="diagnosis").to_create_request())[1]


@pytest.mark.parametrize(("topic", "text"), BLOCKED)
def test_a_question_naming_the_askers_condition_is_blocked(workshop, topic, text):
    verdict = evaluate(workshop, "INPUT", [text])
    found = [t["name"] for t in verdict.assessment.get("topicPolicy", {}).get("topics", [])]
    assert topic in found, verdict.reason


@pytest.mark.parametrize("text", PASSED)
def test_the_same_forms_about_the_shop_pass(workshop, text):
    verdict = evaluate(workshop, "INPUT", [text])
    assert not verdict.assessment.get("topicPolicy"), verdict.reason


def test_a_diagnosis_question_counts_only_for_a_word_of_the_topic():
    policy = support_policy()
    (medical,) = [
        p
        for p in topics.profiles([(t.name, t.definition, t.examples) for t in policy.denied_topics])
        if p.name == "Medical advice"
    ]
    assert topics.score(medical, "My joint is swollen after the trek. Is that gout?").intent
    assert not topics.score(medical, "My joint is swollen after the trek. Is that the brace you sell?").intent


def test_each_preposition_opens_its_own_scene():
    # "after" no longer swallows the words after "on": "groundsheet" stands after a preposition of place
    sentence = "Does my knee need a scan after kneeling on your thick groundsheet?"
    assert topics.lexicon.root("groundsheet") in topics._circumstance_roots(sentence)
