"""Memory for agents: conversations that survive restarts, long-term facts, a token budget, a cache.

* `MemoryStore` — sessions of messages, session state, facts, agent and task records, the
  real-time API's connections and what they subscribe to — with two
  backends behind one interface: `DynamoDBStore` (local AWS offline, DynamoDB on AWS) and
  `SQLiteStore` (one file, no AWS).
* `session_manager()` — a Strands agent persists in, and resumes from, a store.
* `LongTermMemory` — a `remember` tool and the remembered facts in every turn's system prompt.
* `BudgetedSummarizer` — what is sent per turn stays under a token budget; the store keeps it all.
* `CachedStore` — cache-aside reads of agents, tasks and recent history with TTL and LRU.

Heavier pieces (Strands) are imported from their modules: `agentkit.memory.strands_session`,
`agentkit.memory.long_term`, `agentkit.memory.budget`.
"""

from agentkit.memory.cache import CachedStore, CacheStats
from agentkit.memory.dynamodb import DynamoDBStore
from agentkit.memory.errors import Conflict, InvalidCursor, MemoryStoreError, NotFound, PermanentConflict
from agentkit.memory.records import (
    AgentConfiguration,
    AgentRecord,
    Connection,
    Fact,
    MemoryConfiguration,
    Message,
    Page,
    Session,
    TaskRecord,
)
from agentkit.memory.sqlite import SQLiteStore
from agentkit.memory.store import MemoryStore

__all__ = [
    "AgentConfiguration",
    "AgentRecord",
    "CacheStats",
    "CachedStore",
    "Conflict",
    "Connection",
    "DynamoDBStore",
    "Fact",
    "InvalidCursor",
    "MemoryConfiguration",
    "MemoryStore",
    "MemoryStoreError",
    "Message",
    "NotFound",
    "Page",
    "PermanentConflict",
    "SQLiteStore",
    "Session",
    "TaskRecord",
]
