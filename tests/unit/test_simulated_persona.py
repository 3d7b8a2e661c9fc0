"""The `other` persona (agentkit/local/simulated/persona.py): the same rules, another model's habits.

Each habit is what notebook code must not assume: which tool comes first, the order of parallel
calls, the words of the answer. The default persona must be unchanged by their existence.
"""

from __future__ import annotations

import pytest

from agentkit.config import Settings
from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.persona import Persona


def spec(name: str, description: str, properties: dict, required: list[str] | None = None) -> dict:
    schema = {
        "type": "object",
        "properties": properties,
        "required": required if required is not None else list(properties),
    }
    return {"toolSpec": {"name": name, "description": description, "inputSchema": {"json": schema}}}


INVENTORY = [
    spec("show_warehouses", "Names of the warehouses that hold stock.", {}),
    spec(
        "stock_level",
        "Units in stock of one product in a warehouse.",
        {
            "sku": {"type": "string", "description": "product code, e.g. TNT-200"},
            "warehouse": {"type": "string", "description": "warehouse name"},
        },
    ),
]
OTHER = SimulatedModel(persona=Persona("other"))
DEFAULT = SimulatedModel(persona=Persona("default"))


def ask(model: SimulatedModel, text: str, tools: list[dict], messages: list[dict] | None = None) -> dict:
    request = {
        "messages": [{"role": "user", "content": [{"text": text}]}, *(messages or [])],
        "toolConfig": {"tools": tools},
    }
    return model.converse(request)


def uses(response: dict) -> list[dict]:
    return [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]


def test_other_looks_at_an_inspection_tool_first_then_does_the_task() -> None:
    question = "How many units of TNT-200 are in stock in the Leeds warehouse?"
    assert [u["name"] for u in uses(ask(DEFAULT, question, INVENTORY))] == ["stock_level"]
    first = uses(ask(OTHER, question, INVENTORY))
    assert [u["name"] for u in first] == ["show_warehouses"]
    result = [
        {"role": "assistant", "content": [{"toolUse": first[0]}]},
        {
            "role": "user",
            "content": [
                {"toolResult": {"toolUseId": first[0]["toolUseId"], "content": [{"text": "Leeds, Bristol"}]}}
            ],
        },
    ]
    then = uses(ask(OTHER, question, INVENTORY, result))
    assert [(u["name"], u["input"]) for u in then] == [
        ("stock_level", {"sku": "TNT-200", "warehouse": "Leeds"})
    ]


def test_other_does_not_look_around_for_chit_chat_or_when_a_tool_is_forced() -> None:
    assert uses(ask(OTHER, "Hello there, how are you today?", INVENTORY)) == []
    forced = {
        "messages": [{"role": "user", "content": [{"text": "Stock of TNT-200 in Leeds?"}]}],
        "toolConfig": {"tools": INVENTORY, "toolChoice": {"tool": {"name": "stock_level"}}},
    }
    assert [u["name"] for u in uses(OTHER.converse(forced))] == ["stock_level"]


def test_other_orders_parallel_calls_last_first() -> None:
    tools = [
        spec(
            "circle_area",
            "Area of a circle.",
            {"radius": {"type": "number", "description": "radius of the circle"}},
        )
    ]
    question = "What are the areas of circles of radius 3, 5 and 7?"
    default = [u["input"]["radius"] for u in uses(ask(DEFAULT, question, tools))]
    other = [u["input"]["radius"] for u in uses(ask(OTHER, question, tools))]
    assert sorted(default) == [3, 5, 7]
    assert other == default[::-1]


def test_other_words_its_answers_differently_and_longer() -> None:
    request = {
        "messages": [
            {"role": "user", "content": [{"text": "Summarize this: The tent sleeps two. It weighs 2 kg."}]}
        ]
    }

    def text(model: SimulatedModel) -> str:
        return model.converse(request)["output"]["message"]["content"][0]["text"]

    default, other = text(DEFAULT), text(OTHER)
    assert default != other and len(other) > len(default)
    assert default.strip() in other  # the same facts, in other words around them


def test_the_persona_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTKIT_SIMULATOR", "Other")
    assert SimulatedModel().persona == Persona("other")
    monkeypatch.setenv("AGENTKIT_SIMULATOR", "clever")
    with pytest.raises(ValueError, match="AGENTKIT_SIMULATOR"):
        Settings.from_env()
