"""The memory table's design, defined once: the DynamoDB store creates it, the CDK stack declares it.

One table holds every record (single-table design): items that are read together share a partition
key, so each access pattern is one `Query` or `GetItem`, never a `Scan`.

| record | PK | SK | GSI1PK / GSI1SK | GSI2PK / GSI2SK |
|---|---|---|---|---|
| agent | `AGENT#<agentId>` | `METADATA` | `USER#<userId>` / `AGENT#<createdAt>` | |
| task | `AGENT#<agentId>` | `TASK#<taskId>` | `AGENT#<agentId>` / `TASK#<createdAt>#<taskId>` | `STATUS#<status>` / `<createdAt>#<taskId>` |
| fact | `AGENT#<agentId>` | `FACT#<factId>` | | |
| session | `SESSION#<sessionId>` | `METADATA` | `USER#<userId>` / `SESSION#<createdAt>` | |
| message | `SESSION#<sessionId>` | `MSG#<seq, 12 digits>` | | |
| session state | `SESSION#<sessionId>` | `STATE#<key>` | | |
| connection | `CONNECTION#<connectionId>` | `METADATA` | | |
| subscriber | `AGENT#<agentId>` | `SUBSCRIBER#<connectionId>` | | |
| API key | `APIKEY#<SHA-256 of the key, hex>` | `METADATA` | | |

Access patterns: an agent, a task by id and the agent's facts (one partition); a session, its
messages newest-first a page at a time, its state (one partition); the agents and the sessions of a
user, and the tasks of an agent, newest first (GSI1, overloaded: the key prefixes say which); the
tasks in a status, across agents
(GSI2; a workshop-sized table never makes `STATUS#running` a hot partition, a large one would
shard the key); a client connection of the real-time API (a WebSocket), and the connections
subscribed to an agent — where its status updates are pushed — in the agent's partition. A
connection keeps the set of agents it follows (`subscriptions`) so that closing it finds its
subscriber items without a scan. An API key of the service (`agentkit.service.api_keys`) is found
by the hash of the key a request presents, one `GetItem`; the key itself is never stored.

`TTL` (epoch seconds) expires sessions, their messages and state: each message expires `ttl`
after it was written, so a long conversation loses its oldest turns first and the session itself
lasts `ttl` after its latest one. Connections and their subscriber items expire when API Gateway
would have closed the connection (`CONNECTION_TTL`). DynamoDB deletes expired items within days, not at once, so
readers also skip items whose `TTL` has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TTL_ATTRIBUTE = "TTL"


@dataclass(frozen=True)
class Index:
    name: str
    partition_key: str
    sort_key: str


@dataclass(frozen=True)
class TableDesign:
    """Keys, indexes and TTL of the memory table, in the terms both boto3 and CDK take."""

    partition_key: str = "PK"
    sort_key: str = "SK"
    indexes: tuple[Index, ...] = (
        Index("GSI1", "GSI1PK", "GSI1SK"),
        Index("GSI2", "GSI2PK", "GSI2SK"),
    )
    ttl_attribute: str = TTL_ATTRIBUTE

    def create_table_request(self, table_name: str) -> dict[str, Any]:
        """The `dynamodb.create_table` arguments: on-demand billing, string keys, indexes projecting all."""
        names = [self.partition_key, self.sort_key] + [
            k for i in self.indexes for k in (i.partition_key, i.sort_key)
        ]
        return {
            "TableName": table_name,
            "BillingMode": "PAY_PER_REQUEST",
            "KeySchema": _key_schema(self.partition_key, self.sort_key),
            "AttributeDefinitions": [{"AttributeName": n, "AttributeType": "S"} for n in names],
            "GlobalSecondaryIndexes": [
                {
                    "IndexName": i.name,
                    "KeySchema": _key_schema(i.partition_key, i.sort_key),
                    "Projection": {"ProjectionType": "ALL"},
                }
                for i in self.indexes
            ],
        }


def _key_schema(partition_key: str, sort_key: str) -> list[dict[str, str]]:
    return [
        {"AttributeName": partition_key, "KeyType": "HASH"},
        {"AttributeName": sort_key, "KeyType": "RANGE"},
    ]


MEMORY_TABLE = TableDesign()

METADATA = "METADATA"


def agent_partition(agent_id: str) -> str:
    """An agent's item collection: its record, tasks, facts and subscribers (and GSI1's partition of its tasks)."""
    return f"AGENT#{agent_id}"


def session_partition(session_id: str) -> str:
    """A session's item collection: its record, messages and state."""
    return f"SESSION#{session_id}"


def agent_key(agent_id: str) -> dict[str, str]:
    return {"PK": agent_partition(agent_id), "SK": METADATA}


def task_key(agent_id: str, task_id: str) -> dict[str, str]:
    return {"PK": agent_partition(agent_id), "SK": f"TASK#{task_id}"}


def fact_key(agent_id: str, fact_id: str) -> dict[str, str]:
    return {"PK": agent_partition(agent_id), "SK": f"FACT#{fact_id}"}


def session_key(session_id: str) -> dict[str, str]:
    return {"PK": session_partition(session_id), "SK": METADATA}


def message_key(session_id: str, seq: int) -> dict[str, str]:
    return {"PK": session_partition(session_id), "SK": f"MSG#{seq:012d}"}


def state_key(session_id: str, key: str) -> dict[str, str]:
    return {"PK": session_partition(session_id), "SK": f"STATE#{key}"}


def connection_key(connection_id: str) -> dict[str, str]:
    return {"PK": f"CONNECTION#{connection_id}", "SK": METADATA}


def subscriber_key(agent_id: str, connection_id: str) -> dict[str, str]:
    return {"PK": agent_partition(agent_id), "SK": f"SUBSCRIBER#{connection_id}"}


def api_key_key(digest: str) -> dict[str, str]:
    """An API key's record, under the hex SHA-256 of the key (the key itself is never stored)."""
    return {"PK": f"APIKEY#{digest}", "SK": METADATA}


def user_partition(user_id: str) -> str:
    return f"USER#{user_id}"


def status_partition(status: str) -> str:
    return f"STATUS#{status}"
