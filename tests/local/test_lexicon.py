"""The shared English lexicon of the local stand-ins (agentkit/local/lexicon.py)."""

from __future__ import annotations

import pytest

from agentkit.local import lexicon


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("bodies", "body"),
        ("weighs", "weigh"),
        ("kilograms", "kilogram"),
        ("Restaurants", "restaurant"),
        ("Boston", "boston"),
    ],
)
def test_lemma_is_the_dictionary_form(word: str, expected: str) -> None:
    assert lexicon.lemma(word) == expected


def test_known_tells_english_words_from_names() -> None:
    assert lexicon.known("membrane") and lexicon.known("Find")
    assert not lexicon.known("Boston") and not lexicon.known("rs6034464")


def test_parts_of_speech_come_from_the_lexicon() -> None:
    assert lexicon.parts("calculate") == {"VERB"}
    assert {"NOUN", "VERB"} <= lexicon.parts("duplicates")


@pytest.mark.parametrize(
    ("a", "b"), [("calculation", "calculate"), ("hypotenuse", "hypot"), ("evolutionary", "evolution")]
)
def test_derivations_are_related(a: str, b: str) -> None:
    assert lexicon.related(a, b)


def test_unrelated_words_are_not() -> None:
    assert not lexicon.related("tent", "investment")
    assert not lexicon.related("area", "volume")


def test_number_words() -> None:
    assert [lexicon.number_word(w) for w in ("six", "Dozen", "twenty-five", "tent")] == [6, 12, 25, None]


def test_content_roots_drop_function_words_and_split_identifiers() -> None:
    assert lexicon.content_roots("the get_weatherForecast of a city") == [
        "get",
        "weather",
        "forecast",
        "citi",
    ]
