"""Declining when no offered tool serves the request, and still calling a tool that does: tools and
requests written for these tests alone."""

from __future__ import annotations

from typing import Any

import pytest
from test_simulated_arguments import calls, num, text, tool

from agentkit.local.simulated.matching import opposite


def string_tool(name: str, description: str, parameter: str, about: str) -> dict[str, Any]:
    return tool(name, description, {parameter: text(about)})


ENCRYPT = string_tool(
    "encrypt_message", "Encrypts a message with the shared team key.", "message", "the plain text"
)
LOCK = string_tool(
    "lock_door", "Locks one of the house's smart doors.", "door", "the door's name, e.g. 'garage'"
)
PLAY = string_tool("play_track", "Plays a track on the living-room speaker.", "track", "the track's title")


def called(request: str, *tools: dict[str, Any]) -> list[str]:
    return [name for name, _ in calls(request, *tools)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("decrypt", "encrypt", True),
        ("unlock", "lock", True),
        ("export", "import", True),
        ("display", "play", False),  # a word that only begins with a prefix
        ("discount", "count", False),
        ("lock", "lock", False),
    ],
)
def test_opposites_by_prefix(a: str, b: str, expected: bool) -> None:
    assert opposite(a, b) is expected


@pytest.mark.parametrize(
    ("request_", "offered", "expected"),
    [
        ("Decrypt this message with the team key: XJ4-PLQ", ENCRYPT, []),
        ("Please encrypt this note for me: meet at noon", ENCRYPT, ["encrypt_message"]),
        ("Unlock the garage door", LOCK, []),
        ("Lock the garage door", LOCK, ["lock_door"]),
        ("Display the track 'Blue Monday' on the speaker", PLAY, ["play_track"]),
    ],
)
def test_a_request_for_the_opposite_of_what_a_tool_does_is_declined(
    request_: str, offered: dict[str, Any], expected: list[str]
) -> None:
    """A word of the request that is the opposite of a word of the tool's name by its prefix asks for
    the inverse, which the tool does not do; a word that merely begins like one ("display") does not."""
    assert called(request_, offered) == expected


def measure(name: str, description: str, *parameters: str) -> dict[str, Any]:
    return tool(name, description, {p: num(f"the {p}") for p in parameters})


CONE = measure("cone_lateral_area", "Lateral surface area of a right circular cone.", "radius", "slant")
PLANET = string_tool(
    "planet_facts", "Facts about a planet of the solar system.", "planet", "the planet's name"
)


@pytest.mark.parametrize(
    ("request_", "offered", "expected"),
    [
        ("What is the volume of a cone with radius 2 and slant 5?", CONE, []),
        ("What is the lateral area of a cone with radius 2 and slant 5?", CONE, ["cone_lateral_area"]),
        ("What is the mass of the planet Neptune?", PLANET, ["planet_facts"]),  # a name ending in a plural
    ],
)
def test_another_quantity_of_the_same_thing_is_declined(
    request_: str, offered: dict[str, Any], expected: list[str]
) -> None:
    """A clause asking for one quantity of a thing does not need a tool whose name ends in another
    quantity of it, though the tool takes the same inputs; a tool giving several facts may give it."""
    assert called(request_, offered) == expected


RETURN = measure("investment_return", "Computes the yearly return of an investment.", "deposit", "rate")


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("What deposit would earn me a return of 500 at a 4% rate?", []),
        ("What return would a deposit of 5000 earn at a 4% rate?", ["investment_return"]),
    ],
)
def test_asking_for_an_input_that_gives_a_stated_result_is_declined(
    request_: str, expected: list[str]
) -> None:
    """Stating the tool's result ("a return of 500") and asking for one of its inputs ("what deposit")
    asks for the tool's inverse; asking for its result from a stated input ("a deposit of 5000") is its
    own question."""
    assert called(request_, RETURN) == expected


DIALLING = string_tool(
    "dialling_code", "Gives the telephone dialling code of a city.", "city", "the city's name"
)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Which Ohio city has the dialling code 937?", []),
        ("Which dialling code does the city of Dayton have?", ["dialling_code"]),
    ],
)
def test_asking_which_input_has_a_stated_result_is_declined(request_: str, expected: list[str]) -> None:
    """ "Which city has the code 937" names the tool's result and asks for its input (a word of the
    tool's purpose right before a number): the tool maps cities to codes, not codes to cities."""
    assert called(request_, DIALLING) == expected
