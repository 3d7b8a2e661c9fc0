"""A one-clause request that no offered tool's words ask for goes to the one of several neighbours that is
clearly the closest to it in meaning: tools and requests written for these tests alone."""

from __future__ import annotations

from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import STR, fn

TIDES = fn(
    "ocean_tide_times",
    "Get high and low tide times for a coastal town.",
    {"town": (STR, "The coastal town.")},
    ["town"],
)
WAVES = fn(
    "ocean_wave_height",
    "Get the current wave height at a beach.",
    {"beach": (STR, "The beach.")},
    ["beach"],
)
EPISODES = fn(
    "podcast_list_episodes",
    "List the episodes of a podcast.",
    {"podcast": (STR, "Name of the podcast.")},
    ["podcast"],
)
HOST = fn(
    "podcast_host_info",
    "Get information about the host of a podcast.",
    {"podcast": (STR, "Name of the podcast.")},
    ["podcast"],
)


def test_a_request_in_other_words_goes_to_the_neighbour_it_means() -> None:
    """No word of either tool's purpose is said ("the sea come in" for tides, "the surf" for waves), but
    each request is clearly closer in meaning to one of the two, which it fills."""
    assert calls("When will the sea come in at Whitby?", TIDES, WAVES) == [
        ("ocean_tide_times", {"town": "Whitby"})
    ]
    assert calls("Is the surf big at Bondi right now?", TIDES, WAVES) == [
        ("ocean_wave_height", {"beach": "Bondi"})
    ]


def test_no_neighbour_is_taken_for_an_unrelated_request_or_among_several_clauses() -> None:
    """A request close to none of the neighbours, or to two alike, gets no call; nor does a clause among
    others, which may only add a condition to what the request asks."""
    assert calls("Who won the Booker Prize in 2019?", TIDES, WAVES) == []
    assert calls("Who won the Booker Prize in 2019?", EPISODES, HOST) == []
    assert calls("Is the surf big at Bondi right now? Also tell me a joke.", TIDES, WAVES) == []


def test_one_tool_alone_is_no_neighbour() -> None:
    """With one tool offered nothing tells what it is for against another: its words must ask for it."""
    assert calls("Is the surf big at Bondi right now?", WAVES) == []
