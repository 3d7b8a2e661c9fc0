"""The invocation ledger: one record per tool call, whoever made it.

Every `Tool.run` — from the from-scratch ReAct loop, Strands, LangGraph or CrewAI — writes an
`Invocation`: what the model asked for, what came back (or the error), how long it took, how many
attempts it needed, and which agent and session it belonged to. A notebook can then show a run as a
table (`Ledger.to_dataframe()`), a test can assert on it, and a deployed agent keeps the same
records in DynamoDB (`DynamoDBSink`).

Agent and session ids travel in a context variable (`invocation_context`) rather than through the
tools' arguments: the frameworks call tools with the model's arguments only, and context variables
follow a call into the worker threads and asyncio tasks that Strands, LangGraph and CrewAI run tools
in (each copies the caller's context).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)


class Invocation(BaseModel):
    """One tool call as the tool saw it: the model's raw input and what it was answered."""

    model_config = ConfigDict(frozen=True)

    tool: str
    tool_use_id: str
    input: Any
    output: Any = None
    error: str | None = None
    status: Literal["success", "error"]
    duration_ms: float
    attempts: int
    agent_id: str | None = None
    session_id: str | None = None
    started_at: str
    """ISO 8601 UTC with microseconds and a `Z`, so string order is time order (a DynamoDB sort key)."""


COLUMNS = list(Invocation.model_fields)


class Sink(Protocol):
    """Somewhere besides memory that invocations are written to."""

    def write(self, invocation: Invocation) -> None: ...


class Ledger:
    """Invocations in memory, in call order, and forwarded to each sink.

    Thread-safe: frameworks run tools in parallel threads. A sink that fails (DynamoDB unreachable)
    is logged and skipped — losing a log line must not turn a successful tool call into an error.
    """

    def __init__(self, sinks: Sequence[Sink] = ()) -> None:
        self.sinks = list(sinks)
        self._records: list[Invocation] = []
        self._lock = threading.Lock()

    def record(self, invocation: Invocation) -> None:
        with self._lock:
            self._records.append(invocation)
        for sink in self.sinks:
            try:
                sink.write(invocation)
            except Exception:
                log.warning("ledger sink %r failed to write %s", sink, invocation.tool_use_id, exc_info=True)

    @property
    def records(self) -> list[Invocation]:
        """A snapshot, safe to iterate while tools keep running."""
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __iter__(self) -> Iterator[Invocation]:
        return iter(self.records)

    def __getitem__(self, index: int) -> Invocation:
        with self._lock:
            return self._records[index]

    def to_dataframe(self) -> pd.DataFrame:
        """One row per invocation with the same columns every time, even when empty."""
        import pandas as pd

        return pd.DataFrame([r.model_dump() for r in self.records], columns=COLUMNS)

    def __repr__(self) -> str:
        return f"Ledger({len(self)} invocations, sinks={self.sinks!r})"


_DEFAULT_LEDGER = Ledger()


def default_ledger() -> Ledger:
    """The process-wide ledger that tools write to outside any `invocation_context(ledger=...)`."""
    return _DEFAULT_LEDGER


@dataclass(frozen=True)
class InvocationContext:
    agent_id: str | None = None
    session_id: str | None = None
    ledger: Ledger | None = None

    @property
    def active_ledger(self) -> Ledger:
        return _DEFAULT_LEDGER if self.ledger is None else self.ledger


_OUTSIDE = InvocationContext()
_CONTEXT: ContextVar[InvocationContext] = ContextVar("agentkit_invocation_context")


def current_context() -> InvocationContext:
    """The ids and ledger of the innermost `invocation_context`, or none and the default ledger."""
    return _CONTEXT.get(_OUTSIDE)


@contextmanager
def invocation_context(
    *, agent_id: str | None = None, session_id: str | None = None, ledger: Ledger | None = None
) -> Iterator[InvocationContext]:
    """Tag every tool call made inside the block; what is not given is inherited from an outer block."""
    outer = current_context()
    context = replace(
        outer,
        agent_id=outer.agent_id if agent_id is None else agent_id,
        session_id=outer.session_id if session_id is None else session_id,
        ledger=outer.ledger if ledger is None else ledger,  # not `or`: an empty Ledger is falsy
    )
    token = _CONTEXT.set(context)
    try:
        yield context
    finally:
        _CONTEXT.reset(token)


PartitionKey = Literal["session_id", "agent_id"]
# The table's shape, defined once: `ensure_table` creates it and a CDK stack can declare the same keys.
KEY_SCHEMA = [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]
ATTRIBUTE_DEFINITIONS = [
    {"AttributeName": "pk", "AttributeType": "S"},
    {"AttributeName": "sk", "AttributeType": "S"},
]
# DynamoDB keys cannot be empty: calls made outside any context share this partition.
NO_ID = "-"


class DynamoDBSink:
    """Writes each invocation to a DynamoDB table: `pk` = session (or agent) id, `sk` = `started_at#tool_use_id`.

    Input and output are stored as DynamoDB maps (numbers as `Decimal`, None as NULL), so the console
    shows them as data. One `PutItem` per call keeps the record durable the moment the tool returns.
    """

    def __init__(
        self, table_name: str, client: Any = None, *, partition_key: PartitionKey = "session_id"
    ) -> None:
        import boto3
        from boto3.dynamodb.types import TypeDeserializer, TypeSerializer

        self.table_name = table_name
        self.client = client or boto3.client("dynamodb")
        self.partition_key = partition_key
        self._serializer = TypeSerializer()
        self._deserializer = TypeDeserializer()

    def ensure_table(self) -> None:
        """Create the table (on-demand billing) unless it exists, and wait until it is active."""
        with suppress(self.client.exceptions.ResourceInUseException):
            self.client.create_table(
                TableName=self.table_name,
                KeySchema=KEY_SCHEMA,
                AttributeDefinitions=ATTRIBUTE_DEFINITIONS,
                BillingMode="PAY_PER_REQUEST",
            )
        self.client.get_waiter("table_exists").wait(TableName=self.table_name, WaiterConfig={"Delay": 1})

    def write(self, invocation: Invocation) -> None:
        item = json.loads(invocation.model_dump_json(), parse_float=Decimal)
        item["pk"] = getattr(invocation, self.partition_key) or NO_ID
        item["sk"] = f"{invocation.started_at}#{invocation.tool_use_id}"
        self.client.put_item(
            TableName=self.table_name, Item={k: self._serializer.serialize(v) for k, v in item.items()}
        )

    def read(self, key: str | None) -> list[Invocation]:
        """The invocations of one session (or agent), oldest first."""
        pages = self.client.get_paginator("query").paginate(
            TableName=self.table_name,
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": {"S": key or NO_ID}},
        )
        return [
            Invocation.model_validate(
                plain_numbers({k: self._deserializer.deserialize(v) for k, v in item.items()})
            )
            for page in pages
            for item in page["Items"]
        ]

    def __repr__(self) -> str:
        return f"DynamoDBSink({self.table_name!r}, partition_key={self.partition_key!r})"


def plain_numbers(value: Any) -> Any:
    """DynamoDB's Decimals back to int/float, recursively (boto3 reads every number as a Decimal)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: plain_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_numbers(v) for v in value]
    return value
