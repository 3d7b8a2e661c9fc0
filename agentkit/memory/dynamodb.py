"""`DynamoDBStore`: the memory store in one DynamoDB table, over boto3.

Offline it talks to the local AWS (moto), on AWS to DynamoDB itself: the same calls either way,
in the single-table design of `agentkit.memory.tables`. Every read is a `GetItem` or a `Query`
(`ConsistentRead` on the table, so the next turn sees the last one's messages); no method scans.

Appending a message is optimistic: read the session's `message_count`, then one
`TransactWriteItems` that puts the message under that seq *only if* the session still has that
count and bumps it. Two writers racing for the same seq: one transaction is cancelled, and that
writer re-reads and takes the next seq (`retry_lost_race`). So no message is lost or overwritten,
seqs have no gaps, and because a message's time is never earlier than the session's last update,
seq order is time order.

Free-form values (message content and metadata, session state, task plans and results) are stored
as JSON strings: DynamoDB numbers are decimals, which would turn `1.0` into `1` on the way back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import boto3
from boto3.dynamodb.conditions import Attr, Key
from botocore.exceptions import ClientError

from agentkit.memory import tables
from agentkit.memory.errors import (
    Conflict,
    NotFound,
    agent_conflict,
    connection_closed,
    connection_taken,
    session_taken,
    task_conflict,
)
from agentkit.memory.records import AgentRecord, Connection, Fact, Message, NewMessage, Session, TaskRecord
from agentkit.memory.store import Clock, MemoryStore, iso, parse_iso, retry_lost_race, utcnow
from agentkit.memory.tables import MEMORY_TABLE, TTL_ATTRIBUTE
from agentkit.naming import resource_name
from agentkit.sessions import new_session
from agentkit.tools.ledger import plain_numbers


class DynamoDBStore(MemoryStore):
    """A `MemoryStore` in the DynamoDB table `table_name` (see `create_table`); by default
    `resource_name("memory")`, this attendee's own table (`agentkit.naming`)."""

    def __init__(
        self,
        table_name: str | None = None,
        *,
        session: boto3.Session | None = None,
        ttl: timedelta | None = None,
        clock: Clock = utcnow,
    ) -> None:
        super().__init__(ttl=ttl, clock=clock)
        self.table_name = table_name or resource_name("memory")
        self.table = (session or new_session()).resource("dynamodb").Table(self.table_name)
        # The resource's client: it (de)serializes DynamoDB types itself, in transactions too.
        self.client = self.table.meta.client

    def __repr__(self) -> str:
        return f"DynamoDBStore({self.table_name!r})"

    # ------------------------------------------------------------------ the table

    def create_table(self) -> None:
        """Create the table from `MEMORY_TABLE` unless it exists, wait until active, and turn TTL on."""
        with suppress(self.client.exceptions.ResourceInUseException):
            self.client.create_table(**MEMORY_TABLE.create_table_request(self.table_name))
        self.client.get_waiter("table_exists").wait(TableName=self.table_name, WaiterConfig={"Delay": 1})
        ttl = self.client.describe_time_to_live(TableName=self.table_name)["TimeToLiveDescription"]
        if ttl.get("TimeToLiveStatus") not in ("ENABLED", "ENABLING"):
            self.client.update_time_to_live(
                TableName=self.table_name,
                TimeToLiveSpecification={"Enabled": True, "AttributeName": MEMORY_TABLE.ttl_attribute},
            )

    def delete_table(self) -> None:
        """Delete the table and everything in it (the notebooks' cleanup)."""
        self.client.delete_table(TableName=self.table_name)
        self.client.get_waiter("table_not_exists").wait(TableName=self.table_name, WaiterConfig={"Delay": 1})

    def _call(self, operation: str, **kwargs: Any) -> Any:
        """A table call whose failed condition becomes `Conflict` and whose missing table says what to do."""
        try:
            return getattr(self.table, operation)(**kwargs)
        except ClientError as error:
            code = error.response["Error"]["Code"]
            if code == "ConditionalCheckFailedException":
                raise Conflict(str(error)) from None
            if code == "ResourceNotFoundException":
                raise NotFound(
                    f"DynamoDB table {self.table_name!r} does not exist in {self.client.meta.region_name}: "
                    "create it with DynamoDBStore(...).create_table() (or deploy the CDK stack)."
                ) from None
            raise

    def _get(self, key: dict[str, str]) -> dict[str, Any] | None:
        return self._call("get_item", Key=key, ConsistentRead=True).get("Item")

    def _page(
        self, limit: int, position: Any, key_names: tuple[str, ...], *, newest_first: bool, **query: Any
    ) -> tuple[list[dict[str, Any]], Any]:
        """One page of a Query: `limit` items, and the start of the next page only if there is one."""
        if position is not None:
            query["ExclusiveStartKey"] = position
        items = self._call("query", Limit=limit + 1, ScanIndexForward=not newest_first, **query)["Items"]
        if len(items) <= limit:
            return items, None
        return items[:limit], {k: items[limit - 1][k] for k in key_names}

    def _index_page(
        self, index: str, partition: str, prefix: str | None, limit: int, position: Any
    ) -> tuple[list[dict[str, Any]], Any]:
        """A page of one index partition, newest first (optionally only sort keys starting with `prefix`)."""
        pk, sk = f"{index}PK", f"{index}SK"
        condition = Key(pk).eq(partition)
        if prefix is not None:
            condition &= Key(sk).begins_with(prefix)
        return self._page(
            limit,
            position,
            ("PK", "SK", pk, sk),
            newest_first=True,
            IndexName=index,
            KeyConditionExpression=condition,
        )

    def _query_all(self, **query: Any) -> Iterator[dict[str, Any]]:
        """Every item a Query matches, page after page."""
        while True:
            page = self._call("query", **query)
            yield from page["Items"]
            if "LastEvaluatedKey" not in page:
                return
            query["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _delete_partition(self, partition: str) -> int:
        """Delete every item under one partition key; returns how many."""
        keys = list(
            self._query_all(KeyConditionExpression=Key("PK").eq(partition), ProjectionExpression="PK, SK")
        )
        with self.table.batch_writer() as batch:  # 25 per request, unprocessed items retried
            for key in keys:
                batch.delete_item(Key=key)
        return len(keys)

    # ------------------------------------------------------------------ sessions

    def _insert_session(self, session: Session) -> None:
        item = {
            **tables.session_key(session.session_id),
            "GSI1PK": tables.user_partition(session.user_id),
            "GSI1SK": f"SESSION#{iso(session.created_at)}#{session.session_id}",
            "session_id": session.session_id,
            "user_id": session.user_id,
            "created_at": iso(session.created_at),
            "updated_at": iso(session.updated_at),
            "message_count": 0,
            "metadata": json.dumps(session.metadata),
            **_optional(title=session.title),
            **_ttl(session.expires_at),
        }
        try:
            self._call("put_item", Item=item, ConditionExpression=Attr("PK").not_exists())
        except Conflict:
            raise session_taken(session.session_id) from None

    def _get_session(self, session_id: str) -> Session | None:
        item = self._get(tables.session_key(session_id))
        return None if item is None else _session(item)

    def _query_sessions(self, user_id: str, limit: int, position: Any) -> tuple[list[Session], Any]:
        items, position = self._index_page(
            "GSI1", tables.user_partition(user_id), "SESSION#", limit, position
        )
        return [_session(i) for i in items], position

    def _delete_session(self, session_id: str) -> int:
        messages = sum(1 for _ in self._message_keys(session_id))
        self._delete_partition(tables.session_partition(session_id))
        return messages

    def _message_keys(self, session_id: str) -> Iterator[dict[str, Any]]:
        return self._query_all(
            KeyConditionExpression=Key("PK").eq(tables.session_partition(session_id))
            & Key("SK").begins_with("MSG#"),
            ProjectionExpression="SK",
        )

    # ------------------------------------------------------------------ messages

    @retry_lost_race
    def _append(self, session_id: str, message: NewMessage) -> Message:
        item = self._get(tables.session_key(session_id))
        session = self._live(session_id, None if item is None else _session(item))
        seq = session.message_count
        stored = self._stamped(session_id, seq, message, session.updated_at)
        now = stored.created_at
        item = {
            **tables.message_key(session_id, seq),
            "session_id": session_id,
            "seq": seq,
            "role": stored.role,
            "content": json.dumps(stored.content),
            "metadata": json.dumps(stored.metadata),
            "created_at": iso(now),
            **_optional(agent_id=stored.agent_id),
            **_ttl(stored.expires_at),
        }
        session_update: dict[str, Any] = {
            "TableName": self.table_name,
            "Key": tables.session_key(session_id),
            "UpdateExpression": "SET message_count = :next, updated_at = :now"
            + (", #ttl = :ttl" if stored.expires_at else ""),
            "ConditionExpression": "message_count = :seq",
            **({"ExpressionAttributeNames": {"#ttl": TTL_ATTRIBUTE}} if stored.expires_at else {}),
            "ExpressionAttributeValues": (
                {
                    ":next": seq + 1,
                    ":now": iso(now),
                    ":seq": seq,
                    **_optional(**{":ttl": _epoch(stored.expires_at)}),
                }
            ),
        }
        try:
            self.client.transact_write_items(
                TransactItems=[
                    {"Update": session_update},
                    {
                        "Put": {
                            "TableName": self.table_name,
                            "Item": item,
                            "ConditionExpression": "attribute_not_exists(PK)",
                        }
                    },
                ]
            )
        except self.client.exceptions.TransactionCanceledException as error:
            raise Conflict(f"another message took seq {seq} of session {session_id!r}") from error
        return stored

    def _messages(
        self, session_id: str, limit: int, position: Any, newest_first: bool
    ) -> tuple[list[Message], Any]:
        items, position = self._page(
            limit,
            position,
            ("PK", "SK"),
            newest_first=newest_first,
            KeyConditionExpression=Key("PK").eq(tables.session_partition(session_id))
            & Key("SK").begins_with("MSG#"),
            ConsistentRead=True,
        )
        messages = [_message(i) for i in items]
        return [m for m in messages if not self._expired(m.expires_at)], position

    def _get_message(self, session_id: str, seq: int) -> Message | None:
        item = self._get(tables.message_key(session_id, seq))
        message = None if item is None else _message(item)
        return None if message is None or self._expired(message.expires_at) else message

    def _replace_message(self, message: Message) -> None:
        self._call(
            "update_item",
            Key=tables.message_key(message.session_id, message.seq),
            UpdateExpression="SET content = :content, metadata = :metadata",
            ConditionExpression=Attr("PK").exists(),
            ExpressionAttributeValues={
                ":content": json.dumps(message.content),
                ":metadata": json.dumps(message.metadata),
            },
        )

    # ------------------------------------------------------------------ session state

    def _put_state(self, session_id: str, key: str, value: dict[str, Any]) -> None:
        self._call(
            "put_item", Item={**tables.state_key(session_id, key), "key": key, "value": json.dumps(value)}
        )

    def _get_state(self, session_id: str, key: str) -> dict[str, Any] | None:
        item = self._get(tables.state_key(session_id, key))
        return None if item is None else json.loads(item["value"])

    # ------------------------------------------------------------------ facts

    def _put_fact(self, fact: Fact) -> None:
        self._call("put_item", Item={**tables.fact_key(fact.agent_id, fact.fact_id), **_attributes(fact)})

    def _list_facts(self, agent_id: str) -> list[Fact]:
        items = self._call(
            "query",
            KeyConditionExpression=Key("PK").eq(tables.agent_partition(agent_id))
            & Key("SK").begins_with("FACT#"),
            ConsistentRead=True,
        )["Items"]
        return [Fact.model_validate(_plain(i)) for i in items]

    def _delete_fact(self, agent_id: str, fact_id: str) -> Fact | None:
        old = self._call("delete_item", Key=tables.fact_key(agent_id, fact_id), ReturnValues="ALL_OLD").get(
            "Attributes"
        )
        return None if old is None else Fact.model_validate(_plain(old))

    # ------------------------------------------------------------------ agents

    def _put_agent(self, agent: AgentRecord, *, expected_version: int | None) -> None:
        item = {
            **tables.agent_key(agent.agent_id),
            "GSI1PK": tables.user_partition(agent.user_id),
            "GSI1SK": f"AGENT#{iso(agent.created_at)}#{agent.agent_id}",
            **_attributes(agent, as_json=("configuration",)),
        }
        condition = (
            Attr("PK").not_exists() if expected_version is None else Attr("version").eq(expected_version)
        )
        try:
            self._call("put_item", Item=item, ConditionExpression=condition)
        except Conflict:
            raise agent_conflict(agent.agent_id, expected_version) from None

    def _get_agent(self, agent_id: str) -> AgentRecord | None:
        item = self._get(tables.agent_key(agent_id))
        return None if item is None else _agent(item)

    def _query_agents(self, user_id: str, limit: int, position: Any) -> tuple[list[AgentRecord], Any]:
        items, position = self._index_page("GSI1", tables.user_partition(user_id), "AGENT#", limit, position)
        return [_agent(i) for i in items], position

    def _delete_agent(self, agent_id: str) -> None:
        for connection_id in self._subscriber_ids(agent_id, live_only=False):  # they stop following it
            with suppress(Conflict):  # a connection closed meanwhile has nothing left to update
                self._call(
                    "update_item",
                    Key=tables.connection_key(connection_id),
                    UpdateExpression="DELETE subscriptions :agent",
                    ConditionExpression=Attr("PK").exists(),
                    ExpressionAttributeValues={":agent": {agent_id}},
                )
        self._delete_partition(tables.agent_partition(agent_id))

    # ------------------------------------------------------------------ tasks

    def _put_task(self, task: TaskRecord, *, expected_updated_at: datetime | None) -> None:
        stamp = f"{iso(task.created_at)}#{task.task_id}"
        item = {
            **tables.task_key(task.agent_id, task.task_id),
            "GSI1PK": tables.agent_partition(task.agent_id),
            "GSI1SK": f"TASK#{stamp}",
            "GSI2PK": tables.status_partition(task.status),
            "GSI2SK": stamp,
            **_attributes(task, as_json=("plan", "result", "error")),
        }
        if expected_updated_at is None:
            condition = Attr("PK").not_exists()
        else:
            condition = Attr("updated_at").eq(iso(expected_updated_at))
        try:
            self._call("put_item", Item=item, ConditionExpression=condition)
        except Conflict:
            raise task_conflict(task.task_id, new=expected_updated_at is None) from None

    def _get_task(self, agent_id: str, task_id: str) -> TaskRecord | None:
        item = self._get(tables.task_key(agent_id, task_id))
        return None if item is None else _task(item)

    def _query_tasks(self, agent_id: str, limit: int, position: Any) -> tuple[list[TaskRecord], Any]:
        items, position = self._index_page("GSI1", tables.agent_partition(agent_id), "TASK#", limit, position)
        return [_task(i) for i in items], position

    def _query_tasks_by_status(self, status: str, limit: int, position: Any) -> tuple[list[TaskRecord], Any]:
        items, position = self._index_page("GSI2", tables.status_partition(status), None, limit, position)
        return [_task(i) for i in items], position

    # ------------------------------------------------------------------ connections

    def _insert_connection(self, connection: Connection) -> None:
        item = {
            **tables.connection_key(connection.connection_id),
            "connection_id": connection.connection_id,
            "user_id": connection.user_id,
            "connected_at": iso(connection.connected_at),
            **_ttl(connection.expires_at),
        }
        live = Attr("PK").not_exists() | Attr(TTL_ATTRIBUTE).lte(_epoch(self.clock()))
        try:
            self._call("put_item", Item=item, ConditionExpression=live)
        except Conflict:
            raise connection_taken(connection.connection_id) from None

    def _get_connection(self, connection_id: str) -> Connection | None:
        item = self._get(tables.connection_key(connection_id))
        return None if item is None else _connection(item)

    def _add_subscription(self, connection: Connection, agent_id: str) -> None:
        subscriber = {
            **tables.subscriber_key(agent_id, connection.connection_id),
            "connection_id": connection.connection_id,
            **_ttl(connection.expires_at),
        }
        try:
            self.client.transact_write_items(
                TransactItems=[
                    {
                        "Update": {
                            "TableName": self.table_name,
                            "Key": tables.connection_key(connection.connection_id),
                            "UpdateExpression": "ADD subscriptions :agent",
                            "ConditionExpression": "attribute_exists(PK)",
                            "ExpressionAttributeValues": {":agent": {agent_id}},
                        }
                    },
                    {"Put": {"TableName": self.table_name, "Item": subscriber}},
                ]
            )
        except self.client.exceptions.TransactionCanceledException:
            raise connection_closed(connection.connection_id) from None

    def _subscribers(self, agent_id: str) -> list[str]:
        return list(self._subscriber_ids(agent_id, live_only=True))

    def _subscriber_ids(self, agent_id: str, *, live_only: bool) -> Iterator[str]:
        """The connection ids in the agent's subscriber items (skipping expired ones if asked)."""
        items = self._query_all(
            KeyConditionExpression=Key("PK").eq(tables.agent_partition(agent_id))
            & Key("SK").begins_with("SUBSCRIBER#"),
            ConsistentRead=True,
        )
        for item in items:
            if not (live_only and self._expired(_from_epoch(item.get(TTL_ATTRIBUTE)))):
                yield item["connection_id"]

    def _delete_connection(self, connection_id: str) -> Connection | None:
        old = self._call("delete_item", Key=tables.connection_key(connection_id), ReturnValues="ALL_OLD").get(
            "Attributes"
        )
        if old is None:
            return None
        closed = _connection(old)
        with self.table.batch_writer() as batch:
            for agent_id in closed.subscriptions:
                batch.delete_item(Key=tables.subscriber_key(agent_id, connection_id))
        return closed


# ---------------------------------------------------------------------- item <-> record


def _optional(**values: Any) -> dict[str, Any]:
    """Only the values that are set: DynamoDB items leave absent attributes out rather than store NULL."""
    return {k: v for k, v in values.items() if v is not None}


def _epoch(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp())


def _ttl(moment: datetime | None) -> dict[str, int]:
    return _optional(**{TTL_ATTRIBUTE: _epoch(moment)})


def _from_epoch(value: Any) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(int(value), UTC)


def _attributes(record: Any, as_json: tuple[str, ...] = ()) -> dict[str, Any]:
    """A record's fields as item attributes: times as `iso()` strings, floats as Decimal, None left out.

    `as_json` fields (free-form values) are stored as JSON strings.
    """

    def attribute(value: Any) -> Any:
        if isinstance(value, datetime):
            return iso(value)
        if isinstance(value, float):
            return Decimal(str(value))
        if isinstance(value, dict):
            return {k: attribute(v) for k, v in value.items()}
        if isinstance(value, list):
            return [attribute(v) for v in value]
        return value

    data = record.model_dump()
    return _optional(
        **{k: json.dumps(v, default=str) if k in as_json else attribute(v) for k, v in data.items()}
    )


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    """An item back to a record's fields: keys dropped, Decimals to int/float."""
    return {k: plain_numbers(v) for k, v in item.items() if not k.startswith(("PK", "SK", "GSI"))}


def _agent(item: dict[str, Any]) -> AgentRecord:
    """The configuration is JSON (tool parameters are free-form JSON Schemas); older items kept it as a map."""
    fields = _plain(item)
    if isinstance(fields["configuration"], str):
        fields["configuration"] = json.loads(fields["configuration"])
    return AgentRecord.model_validate(fields)


def _session(item: dict[str, Any]) -> Session:
    return Session(
        session_id=item["session_id"],
        user_id=item["user_id"],
        title=item.get("title"),
        created_at=parse_iso(item["created_at"]),
        updated_at=parse_iso(item["updated_at"]),
        message_count=int(item["message_count"]),
        expires_at=_from_epoch(item.get(TTL_ATTRIBUTE)),
        metadata=json.loads(item["metadata"]),
    )


def _message(item: dict[str, Any]) -> Message:
    return Message(
        session_id=item["session_id"],
        seq=int(item["seq"]),
        role=item["role"],
        content=json.loads(item["content"]),
        agent_id=item.get("agent_id"),
        metadata=json.loads(item["metadata"]),
        created_at=parse_iso(item["created_at"]),
        expires_at=_from_epoch(item.get(TTL_ATTRIBUTE)),
    )


def _connection(item: dict[str, Any]) -> Connection:
    return Connection(
        connection_id=item["connection_id"],
        user_id=item["user_id"],
        subscriptions=tuple(sorted(item.get("subscriptions", ()))),
        connected_at=parse_iso(item["connected_at"]),
        expires_at=_from_epoch(item[TTL_ATTRIBUTE]),
    )


def _task(item: dict[str, Any]) -> TaskRecord:
    data = _plain(item)
    for name in ("plan", "result", "error"):
        data[name] = json.loads(data[name]) if name in data else None
    return TaskRecord.model_validate(data)
