"""`@tool`: the spec a model reads, validation before execution, answers for every outcome, the ledger."""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, Field

from agentkit.tools import (
    DynamoDBSink,
    Invocation,
    Ledger,
    Tool,
    ToolError,
    ToolInputError,
    TransientToolError,
    default_ledger,
    invocation_context,
    tool,
)


class Unit(Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


class Address(BaseModel):
    """A postal address."""

    street: str
    city: str = Field(description="city name")
    postcode: str | None = None


def use(input: Any, tool_use_id: str = "tooluse-1", name: str = "t") -> dict[str, Any]:
    return {"toolUseId": tool_use_id, "name": name, "input": input}


def result_of(t: Tool, input: Any) -> dict[str, Any]:
    return t.run(use(input, name=t.name))["toolResult"]


def message_of(t: Tool, input: Any) -> str:
    result = result_of(t, input)
    assert result["status"] == "error"
    return result["content"][0]["text"]


def walk_keys(node: Any) -> set[str]:
    """Every key of every schema object below `node`, not counting property names."""
    if isinstance(node, list):
        return set().union(*map(walk_keys, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    keys = set(node)
    for key, value in node.items():
        children = value.values() if key == "properties" else [value]
        keys |= set().union(*map(walk_keys, children))
    return keys


# ----------------------------------------------------------------------------- the spec


@tool
def forecast(
    city: str,
    unit: Unit = Unit.CELSIUS,
    days: Annotated[int, Field(ge=1, le=7, description="days ahead, 1 to 7")] = 1,
    detail: Literal["brief", "full"] = "brief",
    when: date | None = None,
    address: Address | None = None,
    tags: list[str] | None = None,
    hourly: bool = False,
    threshold: float = 0.5,
) -> dict[str, Any]:
    """Weather forecast for a city.

    Uses the national weather service; at most seven days ahead.

    Args:
        city: the city to forecast for
        unit: temperature unit
        days: overridden by the Annotated description
        detail: how much to say
    """
    return {"city": city, "unit": unit, "days": days}


def test_spec_is_the_converse_tool_spec() -> None:
    spec = forecast.spec["toolSpec"]
    assert set(spec) == {"name", "description", "inputSchema"}
    assert spec["name"] == "forecast"
    assert spec["description"] == (
        "Weather forecast for a city.\n\nUses the national weather service; at most seven days ahead."
    )
    schema = spec["inputSchema"]["json"]
    assert schema["type"] == "object" and schema["required"] == ["city"]
    assert schema["additionalProperties"] is False


def test_schema_types_defaults_and_descriptions() -> None:
    props = forecast.spec["toolSpec"]["inputSchema"]["json"]["properties"]
    assert props["city"] == {"type": "string", "description": "the city to forecast for"}
    assert props["days"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 7,
        "default": 1,
        "description": "days ahead, 1 to 7",  # Annotated wins over the docstring
    }
    assert props["hourly"] == {"type": "boolean", "default": False}
    assert props["threshold"] == {"type": "number", "default": 0.5}
    assert props["when"] == {"type": "string", "format": "date"}  # optional: the plain type, not anyOf null
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}


def test_enum_and_literal_become_enums() -> None:
    props = forecast.spec["toolSpec"]["inputSchema"]["json"]["properties"]
    assert props["unit"] == {
        "type": "string",
        "enum": ["celsius", "fahrenheit"],
        "default": "celsius",
        "description": "temperature unit",
    }
    assert props["detail"] == {
        "type": "string",
        "enum": ["brief", "full"],
        "default": "brief",
        "description": "how much to say",
    }


def test_nested_model_is_inlined_without_titles_or_refs() -> None:
    schema = forecast.spec["toolSpec"]["inputSchema"]["json"]
    assert schema["properties"]["address"] == {
        "type": "object",
        "description": "A postal address.",
        "properties": {
            "street": {"type": "string"},
            "city": {"type": "string", "description": "city name"},
            "postcode": {"type": "string"},
        },
        "required": ["street", "city"],
    }
    assert not walk_keys(schema) & {"title", "$defs", "$ref"}


def test_a_parameter_named_title_keeps_its_name() -> None:
    @tool
    def rename(title: str) -> str:
        """Rename a document."""
        return title

    assert list(rename.spec["toolSpec"]["inputSchema"]["json"]["properties"]) == ["title"]


class Node(BaseModel):
    name: str
    children: list[Node] = []


def test_self_referencing_model_keeps_its_defs() -> None:
    @tool
    def count(tree: Node) -> int:
        """Count the nodes of a tree."""
        return 1 + sum(count(child) for child in tree.children)

    schema = count.spec["toolSpec"]["inputSchema"]["json"]
    assert schema["properties"]["tree"] == {"$ref": "#/$defs/Node"}
    assert "title" not in walk_keys(schema)
    assert count.run(use({"tree": {"name": "a", "children": [{"name": "b"}]}}))["toolResult"]["content"] == [
        {"json": {"result": 2}}
    ]


def test_name_and_description_can_be_given() -> None:
    @tool(name="lookup-revenue", description="Sales revenue by region.")
    def revenue(region: str) -> int:
        return 1

    assert revenue.name == "lookup-revenue"
    assert revenue.spec["toolSpec"]["description"] == "Sales revenue by region."


def test_spec_is_a_copy_callers_may_change() -> None:
    forecast.spec["toolSpec"]["inputSchema"]["json"]["properties"].clear()
    assert "city" in forecast.spec["toolSpec"]["inputSchema"]["json"]["properties"]


def test_definition_mistakes_are_reported_when_decorating() -> None:
    def undocumented(x: int) -> int:
        return x

    async def asynchronous(x: int) -> int:
        """Async."""
        return x

    def star(*values: int) -> int:
        """Sum."""
        return sum(values)

    with pytest.raises(ValueError, match="no description.*docstring"):
        tool(undocumented)
    with pytest.raises(ValueError, match="Bedrock needs"):
        tool(name="has space", description="d")(undocumented)
    with pytest.raises(TypeError, match="async"):
        tool(asynchronous)
    with pytest.raises(TypeError, match=r"\*args"):
        tool(star)


# ----------------------------------------------------------------------------- validation first


def counting_tool() -> tuple[Tool, list[dict[str, Any]]]:
    calls: list[dict[str, Any]] = []

    @tool
    def book(
        room: Literal["red", "blue"], hours: Annotated[int, Field(ge=1, le=8)], guest: Address | None = None
    ) -> str:
        """Book a meeting room.

        Args:
            room: which room
            hours: for how long
        """
        calls.append({"room": room, "hours": hours, "guest": guest})
        return "booked"

    return book, calls


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"room": "green", "hours": 2},
        {"room": "red", "hours": 0},
        {"room": "red", "hours": "two"},
        {"room": "red", "hours": 2, "floor": 3},
        {"room": "red", "hours": 2, "guest": {"city": "Paris"}},
        {"room": "red", "hours": 2, "guest": {"street": "1 Main St", "city": None}},
        {"room": ["red"], "hours": 2},
        "red for two hours",
        [1, 2],
    ],
)
def test_invalid_input_never_reaches_the_function(bad: Any) -> None:
    book, calls = counting_tool()
    result = result_of(book, bad)
    assert result["status"] == "error"
    assert calls == []


def test_error_message_names_the_parameter_what_is_wrong_and_the_fix() -> None:
    book, _ = counting_tool()
    message = message_of(book, {"room": "green", "floor": 3})
    assert message.splitlines() == [
        "Invalid arguments for tool 'book':",
        '- room: Input should be \'red\' or \'blue\' (got "green"); expected one of "red", "blue" (which room)',
        "- hours: missing (required); expected integer (for how long)",
        "- floor: not a parameter of this tool (its parameters: room, hours, guest)",
        "Fix the arguments and call book again.",
    ]
    nested = message_of(book, {"room": "red", "hours": 9, "guest": {"city": "Paris"}})
    assert "- hours: Input should be less than or equal to 8 (got 9)" in nested
    assert "- guest.street: missing (required)" in nested
    assert "- input: Input should be a valid dictionary" in message_of(book, "red")


def test_valid_input_arrives_typed_as_declared() -> None:
    book, calls = counting_tool()
    result = result_of(book, {"room": "blue", "hours": "3", "guest": {"street": "1 Main St", "city": "Oslo"}})
    assert result == {"toolUseId": "tooluse-1", "content": [{"text": "booked"}], "status": "success"}
    [call] = calls
    assert call["hours"] == 3 and call["guest"] == Address(street="1 Main St", city="Oslo")

    received: list[Any] = []

    @tool
    def convert(value: float, unit: Unit) -> float:
        """Convert a temperature."""
        received.append(unit)
        return value

    convert.run(use({"value": 1, "unit": "fahrenheit"}))
    assert received == [Unit.FAHRENHEIT]


def test_calling_the_tool_directly_validates_then_calls_the_function() -> None:
    book, calls = counting_tool()
    ledger = Ledger()
    with invocation_context(ledger=ledger):
        assert book("red", hours=2) == "booked"
        with pytest.raises(ToolInputError, match="room: Input should be 'red' or 'blue'"):
            book(room="green", hours=2)
    assert len(calls) == 1
    assert len(ledger) == 0  # the ledger records what agents invoke, not notebook experiments
    assert book.__doc__.startswith("Book a meeting room") and book.__name__ == "book"


# ----------------------------------------------------------------------------- failures


def test_exceptions_become_error_results() -> None:
    @tool
    def divide(a: float, b: float) -> float:
        """Divide a by b."""
        return a / b

    result = result_of(divide, {"a": 1, "b": 0})
    assert result["status"] == "error"
    assert result["content"] == [
        {
            "text": "Tool 'divide' failed (ZeroDivisionError: float division by zero). If your arguments "
            "caused this, fix them and call again; otherwise continue without this tool."
        }
    ]


def test_tool_error_message_reaches_the_model_unchanged() -> None:
    @tool
    def local_time(city: str) -> str:
        """The local time in a city."""
        raise ToolError(f"unknown city {city!r}: use an IANA zone like Europe/Paris")

    assert result_of(local_time, {"city": "Atlantis"}) == {
        "toolUseId": "tooluse-1",
        "content": [{"text": "unknown city 'Atlantis': use an IANA zone like Europe/Paris"}],
        "status": "error",
    }


def flaky(
    failures: int, error: type[Exception] = TransientToolError, **options: Any
) -> tuple[Tool, list[int]]:
    calls: list[int] = []

    @tool(**{"backoff": 0, **options})
    def fetch(key: str) -> str:
        """Fetch a value from a flaky backend."""
        calls.append(1)
        if len(calls) <= failures:
            raise error("backend busy")
        return f"value of {key}"

    return fetch, calls


@pytest.mark.parametrize("error", [TransientToolError, TimeoutError, ConnectionResetError])
def test_transient_errors_are_retried_until_success(error: type[Exception]) -> None:
    fetch, calls = flaky(2, error)
    ledger = Ledger()
    with invocation_context(ledger=ledger):
        result = result_of(fetch, {"key": "k"})
    assert result["status"] == "success" and result["content"] == [{"text": "value of k"}]
    assert len(calls) == 3 and ledger[0].attempts == 3


def test_retries_give_up_with_the_attempts_in_the_message() -> None:
    fetch, calls = flaky(10, retries=3)
    ledger = Ledger()
    with invocation_context(ledger=ledger):
        message = message_of(fetch, {"key": "k"})
    assert len(calls) == 4 and ledger[0].attempts == 4
    assert message == (
        "Tool 'fetch' failed after 4 attempts (TransientToolError: backend busy). "
        "The problem looks temporary: try again later, or continue without this result."
    )


def test_other_errors_are_not_retried_and_retry_on_is_configurable() -> None:
    for error in (ValueError, ToolError):
        fetch, calls = flaky(1, error)
        assert result_of(fetch, {"key": "k"})["status"] == "error" and len(calls) == 1
    fetch, calls = flaky(1, KeyError, retry_on=(KeyError,))
    assert result_of(fetch, {"key": "k"})["status"] == "success" and len(calls) == 2
    fetch, calls = flaky(1, retries=0)
    assert result_of(fetch, {"key": "k"})["status"] == "error" and len(calls) == 1


def test_backoff_waits_between_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("tenacity.nap.time.sleep", waits.append)
    fetch, _ = flaky(3, retries=3, backoff=0.5, max_backoff=1.5)
    result_of(fetch, {"key": "k"})
    assert waits == [0.5, 1.0, 1.5]


# ----------------------------------------------------------------------------- result shapes


@dataclass
class Point:
    x: int
    y: int


class Quote(BaseModel):
    sku: str
    price: float


class Opaque:
    def __str__(self) -> str:
        return "an opaque thing"


circular: list[Any] = []
circular.append(circular)


@pytest.mark.parametrize(
    ("value", "content"),
    [
        ("plain text", {"text": "plain text"}),
        ({"a": [1, 2]}, {"json": {"a": [1, 2]}}),
        ([1, "two"], {"json": {"result": [1, "two"]}}),
        (42, {"json": {"result": 42}}),
        (2.5, {"json": {"result": 2.5}}),
        (True, {"json": {"result": True}}),
        (None, {"json": {"result": None}}),
        (Quote(sku="A1", price=9.5), {"json": {"sku": "A1", "price": 9.5}}),
        (Point(1, 2), {"json": {"x": 1, "y": 2}}),
        (datetime(2025, 1, 2, 3, 4, tzinfo=UTC), {"json": {"result": "2025-01-02T03:04:00Z"}}),
        (Unit.CELSIUS, {"json": {"result": "celsius"}}),
        (Opaque(), {"text": "an opaque thing"}),
        (circular, {"text": "[[...]]"}),
    ],
)
def test_results_become_text_or_a_json_object(value: Any, content: dict[str, Any]) -> None:
    @tool
    def produce() -> Any:
        """Produce a value."""
        return value

    assert result_of(produce, {}) == {"toolUseId": "tooluse-1", "content": [content], "status": "success"}


# ----------------------------------------------------------------------------- the ledger


def test_every_run_is_recorded_with_the_context_ids() -> None:
    book, _ = counting_tool()
    ledger = Ledger()
    with invocation_context(agent_id="concierge", session_id="s-1", ledger=ledger):
        book.run(use({"room": "red", "hours": 2}, "id-ok"))
        with invocation_context(session_id="s-2"):  # inherits the agent and the ledger
            book.run(use({"room": "green"}, "id-bad"))
    ok, bad = ledger
    assert ok.model_dump(exclude={"duration_ms", "started_at"}) == {
        "tool": "book",
        "tool_use_id": "id-ok",
        "input": {"room": "red", "hours": 2},
        "output": "booked",
        "error": None,
        "status": "success",
        "attempts": 1,
        "agent_id": "concierge",
        "session_id": "s-1",
    }
    assert (bad.status, bad.attempts, bad.output, bad.session_id) == ("error", 0, None, "s-2")
    assert bad.error.startswith("Invalid arguments for tool 'book'")
    for record in ledger:
        assert record.duration_ms > 0
        started = datetime.strptime(record.started_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        assert abs((datetime.now(UTC) - started).total_seconds()) < 60
    assert ok.started_at <= bad.started_at


def test_outside_a_context_runs_go_to_the_default_ledger() -> None:
    book, _ = counting_tool()
    before = len(default_ledger())
    book.run(use({"room": "red", "hours": 1}, "default-1"))
    assert len(default_ledger()) == before + 1
    record = default_ledger()[-1]
    assert (record.tool_use_id, record.agent_id, record.session_id) == ("default-1", None, None)


def test_ledger_table_clear_and_concurrent_writes() -> None:
    book, _ = counting_tool()
    ledger = Ledger()
    empty = ledger.to_dataframe()
    assert list(empty.columns) == list(Invocation.model_fields) and len(empty) == 0

    def worker(n: int) -> None:
        with invocation_context(agent_id=f"agent-{n}", ledger=ledger):
            for i in range(25):
                book.run(use({"room": "blue", "hours": 1 + i % 8}, f"{n}-{i}"))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    frame = ledger.to_dataframe()
    assert len(ledger) == len(frame) == 200 and list(frame.columns) == list(empty.columns)
    assert frame.groupby("agent_id").size().to_dict() == {f"agent-{n}": 25 for n in range(8)}
    ledger.clear()
    assert len(ledger) == 0 and list(ledger) == []


def test_a_failing_sink_does_not_fail_the_call(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def write(self, invocation: Invocation) -> None:
            raise ConnectionError("table unreachable")

    book, _ = counting_tool()
    ledger = Ledger(sinks=[Broken()])
    with invocation_context(ledger=ledger):
        result = result_of(book, {"room": "red", "hours": 1})
    assert result["status"] == "success" and len(ledger) == 1
    assert "failed to write tooluse-1" in caplog.text


@pytest.mark.usefixtures("local_env")
def test_dynamodb_sink_round_trip() -> None:
    sink = DynamoDBSink(f"tool-invocations-{uuid.uuid4().hex[:8]}")
    sink.ensure_table()
    sink.ensure_table()  # idempotent
    table = sink.client.describe_table(TableName=sink.table_name)["Table"]
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"

    @tool
    def quote(sku: str, quantity: int = 1) -> dict[str, Any]:
        """Price quote for a product."""
        if sku == "missing":
            raise ToolError("unknown SKU 'missing': list products first")
        return {"sku": sku, "total": 9.95 * quantity, "lines": [{"qty": quantity, "note": None}]}

    ledger = Ledger(sinks=[sink])
    with invocation_context(agent_id="sales", session_id="s-42", ledger=ledger):
        quote.run(use({"sku": "A1", "quantity": 3}, "q1"))
        quote.run(use({"sku": "missing"}, "q2"))
        quote.run(use({"quantity": "many"}, "q3"))
    with invocation_context(ledger=ledger):
        quote.run(use({"sku": "B2"}, "q4"))

    assert sink.read("s-42") == ledger.records[:3]
    assert sink.read(None) == ledger.records[3:]
    item = sink.client.get_item(
        TableName=sink.table_name,
        Key={"pk": {"S": "s-42"}, "sk": {"S": f"{ledger[0].started_at}#q1"}},
    )["Item"]
    assert item["tool"] == {"S": "quote"} and item["output"]["M"]["sku"] == {"S": "A1"}
    assert json.loads(ledger[0].model_dump_json())["output"]["total"] == pytest.approx(29.85)
