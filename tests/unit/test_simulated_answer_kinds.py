"""Questions that name the kind of answer they want by their form ("how much is …" asks a price), and names
kept as written ("2P" is not "2 P"): tools and requests written for these tests alone."""

from __future__ import annotations

from typing import Any

import pytest

from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.matching import answer_kinds


def tool(name: str, description: str, parameter: str, about: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": {parameter: {"type": "string", "description": about}}}
    return {
        "toolSpec": {
            "name": name,
            "description": description,
            "inputSchema": {"json": schema | {"required": [parameter]}},
        }
    }


FARE = tool(
    "ferry_fare", "The fare of a ferry crossing, in euros.", "route", "the crossing, e.g. 'Oban to Mull'"
)
TOLL = tool("bridge_toll", "What it costs to cross a toll bridge.", "bridge", "the bridge's name")
PRICE = tool(
    "market_price", "The current price of an item at the farmers' market.", "item", "the item's name"
)
ROUTE = tool("route_distance", "The distance of a walking route.", "route", "the route's name")
FOSSIL = tool(
    "fossil_age", "The age of a fossil in millions of years.", "specimen", "the specimen's catalogue name"
)


def calls(request: str, *tools: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    answer = SimulatedModel().converse(
        {"messages": [{"role": "user", "content": [{"text": request}]}], "toolConfig": {"tools": list(tools)}}
    )
    return [
        (b["toolUse"]["name"], b["toolUse"]["input"])
        for b in answer["output"]["message"]["content"]
        if "toolUse" in b
    ]


@pytest.mark.parametrize(
    ("request_", "kinds"),
    [
        ("How much is a return ticket?", ["price", "cost"]),
        ("What would the repair cost?", ["price", "cost"]),
        ("How far is the summit hut?", ["distance"]),
        ("How old is this ammonite?", ["age"]),
        ("How heavy is the canoe?", ["weight"]),
        ("How much does the canoe weigh?", ["weight"]),
        ("How much is 12 * 4?", ["product", "multiplication"]),  # arithmetic asks for its result, not a price
        ("How much water do I need?", []),  # a quantity of something, not a price
    ],
)
def test_a_question_form_names_the_kind_of_answer(request_: str, kinds: list[str]) -> None:
    assert answer_kinds(request_) == kinds


def test_how_much_and_what_does_it_cost_find_a_price_tool_that_never_says_how_much() -> None:
    assert calls("How much is the Highland honey?", PRICE, ROUTE) == [
        ("market_price", {"item": "Highland honey"})
    ]
    assert calls("What does the Highland honey cost?", ROUTE, PRICE)[0][0] == "market_price"


def test_how_far_and_how_old_find_distance_and_age_tools() -> None:
    assert calls("How far is the West Highland Way?", ROUTE, FARE)[0][0] == "route_distance"
    assert calls("How old is specimen MX-7?", FOSSIL, ROUTE)[0][0] == "fossil_age"


def test_a_question_of_quantity_alone_is_not_a_price() -> None:
    assert calls("How much water should I carry on the crossing?", FARE) == []


def test_a_name_keeps_its_letters_and_digits_together_as_written() -> None:
    assert calls("How much is the Skye 4WD Jacket?", PRICE) == [("market_price", {"item": "Skye 4WD Jacket"})]
