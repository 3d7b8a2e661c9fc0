"""Lab 04's checker tells a too-broad topic or regex, or a prompt-attack strength that blocks too little or too
much, apart from good ones (tests/labs/test_labs.py runs the notebooks)."""

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
    with pytest.raises(
        LabCheckFailed,
        match="everyday questions you have not seen still pass, look-alikes included: your topic also blocks",
    ):
        check_lab04(broad, GOOD_REGEX, "MEDIUM")


def test_a_loose_regex_matches_look_alikes(local_env):
    with pytest.raises(LabCheckFailed, match="look-alike codes are left alone") as failed:
        check_lab04(GOOD_TOPIC, RegexRule(name="gift_card", pattern=r"GC-\w+"), "MEDIUM")
    assert "competitor questions" not in str(failed.value)


def test_a_regex_without_word_boundaries_matches_codes_inside_other_words(local_env):
    unanchored = RegexRule(name="gift_card", pattern=r"GC-[A-Z0-9]{4}-[A-Z0-9]{4}")
    with pytest.raises(LabCheckFailed, match="look-alike codes are left alone: your regex matched") as failed:
        check_lab04(GOOD_TOPIC, unanchored, "MEDIUM", seed=3)
    assert "fresh gift-card codes are masked" not in str(failed.value)


def test_a_regex_listing_the_labs_codes_misses_fresh_ones(local_env):
    listed = RegexRule(name="gift_card", pattern=r"GC-7Q2M-9KXL|GC-4F8P-2ZQW|GC-9XX1-0001")
    with pytest.raises(LabCheckFailed, match="fresh gift-card codes are masked"):
        check_lab04(GOOD_TOPIC, listed, "MEDIUM")


def test_a_topic_fitted_to_the_labs_example_misses_unseen_competitor_questions(local_env):
    fitted = DeniedTopic(
        name="Competitors",
        definition="Are your tents cheaper than the ones at REI?",
        examples=["Are your tents cheaper than the ones at REI?"],
    )
    with pytest.raises(
        LabCheckFailed, match="competitor questions you have not seen are blocked by your topic"
    ):
        check_lab04(fitted, GOOD_REGEX, "MEDIUM")


def test_blocking_instead_of_masking_fails(local_env):
    with pytest.raises(LabCheckFailed, match="fresh gift-card codes are masked"):
        check_lab04(GOOD_TOPIC, GOOD_REGEX.model_copy(update={"action": "BLOCK"}), "MEDIUM")


def test_a_strength_left_as_a_todo_says_what_to_choose():
    with pytest.raises(
        LabCheckFailed, match="replace the TODO with one of 'LOW', 'MEDIUM', 'HIGH', got None"
    ):
        check_lab04(GOOD_TOPIC, GOOD_REGEX, None)


def test_high_strength_blocks_questions_about_attacks(local_env):
    with pytest.raises(LabCheckFailed, match="questions about attacks are answered: at HIGH") as failed:
        check_lab04(GOOD_TOPIC, GOOD_REGEX, "HIGH")
    assert "prompt attacks are blocked" not in str(failed.value)
    assert "(confidence LOW)" in str(failed.value)


def test_low_strength_lets_attacks_through(local_env):
    with pytest.raises(LabCheckFailed, match="prompt attacks are blocked: at LOW") as failed:
        check_lab04(GOOD_TOPIC, GOOD_REGEX, "LOW")
    assert "(confidence MEDIUM)" in str(failed.value)  # LOW blocks only HIGH-confidence attacks


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_good_rules_pass(local_env, seed):
    assert check_lab04(GOOD_TOPIC, GOOD_REGEX, "MEDIUM", seed=seed).passed


def test_the_strength_table_shows_what_each_strength_blocks(local_env):
    from agentkit.labs.lab04 import ATTACKS, SECURITY_QUESTIONS, strength_table

    table = strength_table([ATTACKS[0], SECURITY_QUESTIONS[0]])
    assert table.loc[ATTACKS[0]].tolist() == ["HIGH", "blocked", "blocked", "blocked"]
    assert table.loc[SECURITY_QUESTIONS[0]].tolist() == ["LOW", "passed", "passed", "blocked"]


def test_the_untouched_exercise_says_what_to_write():
    with pytest.raises(LabCheckFailed) as failed:
        check_lab04(None, None, None)
    for says in (
        "replace the TODO with DeniedTopic(...)",
        "replace the TODO with RegexRule(...)",
        "got None",
    ):
        assert says in str(failed.value)
