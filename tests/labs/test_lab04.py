"""Lab 04's checker tells a too-broad topic or regex apart from a good one (the notebooks test the rest)."""

from __future__ import annotations

import pytest

from agentkit.guardrails import DeniedTopic, RegexRule
from agentkit.labs import LabCheckFailed, check_lab04

GOOD_TOPIC = DeniedTopic(
    name="Competitors",
    definition="Comparisons with competitors, rival retailers or other brands, and whether they are cheaper or better.",
    examples=["Are you cheaper than REI?", "Does a competitor sell it for less?"],
)
GOOD_REGEX = RegexRule(name="gift_card", pattern=r"\bGC-[A-Z0-9]{4}-[A-Z0-9]{4}\b")


def test_a_topic_full_of_shop_words_blocks_everyday_questions(local_env):
    broad = DeniedTopic(
        name="Competitors",
        definition="What a tent, boots or a jacket cost, and the prices of our orders compared with a competitor.",
        examples=["Are your tents cheaper than at REI?"],
    )
    with pytest.raises(LabCheckFailed, match="everyday questions still pass: your topic also blocks"):
        check_lab04(broad, GOOD_REGEX)


def test_a_loose_regex_matches_look_alikes(local_env):
    with pytest.raises(LabCheckFailed, match="look-alike codes are left alone") as failed:
        check_lab04(GOOD_TOPIC, RegexRule(name="gift_card", pattern=r"GC-\w+"))
    assert "competitor questions" not in str(failed.value)


def test_blocking_instead_of_masking_fails(local_env):
    with pytest.raises(LabCheckFailed, match="gift-card codes masked"):
        check_lab04(GOOD_TOPIC, GOOD_REGEX.model_copy(update={"action": "BLOCK"}))


def test_good_rules_pass(local_env):
    assert check_lab04(GOOD_TOPIC, GOOD_REGEX).passed
