"""The records a memory store keeps, as Pydantic models: validated on the way in, typed on the way out.

They follow the seed design's data model (agents with a configuration and a status, tasks with a
plan and a status, conversation messages, facts with confidence and source) with one change of
shape: conversation context is kept as *sessions* of messages rather than one growing context
blob per agent, so a history is read a page at a time and never rewritten whole.

Where the seed's `AgentMemory` lives here: `shortTerm` is session state (a Strands agent's
`agent.state`, persisted per session), `facts` (and so `longTerm`) are `Fact`s kept per agent
across sessions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator

Role = Literal["user", "assistant"]
AgentStatus = Literal["idle", "processing", "waiting", "error"]
TaskStatus = Literal["pending", "running", "completed", "failed", "cancelled"]
FINISHED: frozenset[str] = frozenset({"completed", "failed", "cancelled"})
"""Task statuses that are final: a finished task is not changed again."""

Id = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[\w.:@+=-]+$")]
"""Ids go into DynamoDB keys (`SESSION#<id>`): no `#`, no spaces, not empty."""

MAX_ITEM_BYTES = 350_000
"""A record larger than this is refused. DynamoDB's item limit is 400 KB; the rest is key and overhead."""


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Session(Record):
    """A conversation: who it belongs to, and how many messages it has had."""

    session_id: Id
    user_id: Id
    title: str | None = None
    created_at: datetime
    updated_at: datetime
    message_count: int = 0
    expires_at: datetime | None = None
    """When the session's record expires: `ttl` after its latest message (None: never)."""
    metadata: dict[str, Any] = {}


ContentBlock = dict[str, Any]


class Message(Record):
    """One message of a session, in Bedrock Converse's shape (a role and content blocks)."""

    session_id: Id
    seq: int
    """Position in the session, from 0: the order messages were saved in, which is also time order."""
    role: Role
    content: list[ContentBlock]
    agent_id: str | None = None
    metadata: dict[str, Any] = {}
    created_at: datetime
    expires_at: datetime | None = None

    @property
    def text(self) -> str:
        """The text blocks joined, for display (tool calls and results are left out)."""
        return "\n".join(block["text"] for block in self.content if "text" in block)


class NewMessage(BaseModel):
    """What `save_message` accepts: a role and text or content blocks; checked before anything is written."""

    model_config = ConfigDict(extra="forbid")

    role: Role
    content: list[ContentBlock]
    agent_id: str | None = None
    metadata: dict[str, Any] = {}

    @field_validator("content", mode="before")
    @classmethod
    def _text_is_one_block(cls, value: Any) -> Any:
        return [{"text": value}] if isinstance(value, str) else value

    @field_validator("content")
    @classmethod
    def _blocks_are_converse_blocks(cls, blocks: list[ContentBlock]) -> list[ContentBlock]:
        if not blocks:
            raise ValueError("a message needs at least one content block, e.g. [{'text': 'Hello'}]")
        for block in blocks:
            if not block:
                raise ValueError("a content block is empty; give it one key such as 'text' or 'toolUse'")
            if "text" in block and not str(block["text"]).strip():
                raise ValueError("a text block is empty; leave the block out instead")
        return blocks


class Fact(Record):
    """Something an agent was told to remember, with how sure it is and where it came from."""

    fact_id: str
    agent_id: Id
    content: str = Field(min_length=1, max_length=2000)
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    source: str = "conversation"
    created_at: datetime


class MemoryConfiguration(BaseModel):
    """How an agent's context is kept: the per-request token budget and how long turns are kept."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_input_tokens: int = Field(4000, ge=100)
    preserve_recent_messages: int = Field(6, ge=2)
    retention: Literal["session", "persistent"] = "persistent"


class ToolDefinition(BaseModel):
    """A tool the kit does not ship: the seed's definition, run by its own handler (a Lambda ARN or name)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    description: str = Field(min_length=1, max_length=10_000)
    parameters: dict[str, JsonValue] = {}
    """The tool's input as a JSON Schema."""
    handler: str = Field(min_length=1, max_length=2048)


class AgentConfiguration(BaseModel):
    """What it takes to rebuild an agent: its model, prompt, tools and memory settings.

    A tool is a kit tool by name (`"calculator"`) or a `ToolDefinition` with a handler of its own.
    Temperature goes up to 2 as the seed allows (OpenAI's range); Bedrock's Anthropic models take 0-1.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: Literal["bedrock", "anthropic", "openai"] = "bedrock"
    model_id: str | None = None
    """None: the kit's default model for the connection's region."""
    system_prompt: str | None = None
    tools: list[str | ToolDefinition] = []
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    max_tokens: int | None = Field(None, ge=1)
    memory: MemoryConfiguration = MemoryConfiguration()


class Connection(Record):
    """A client's real-time connection (an API Gateway WebSocket), and the agents whose updates it gets."""

    connection_id: Id
    user_id: Id
    subscriptions: tuple[Id, ...] = ()
    """Agent ids, sorted: a status change of any of them is pushed to this connection."""
    connected_at: datetime
    expires_at: datetime
    """API Gateway closes a WebSocket connection after two hours at most; the record goes with it."""


class AgentRecord(Record):
    agent_id: Id
    user_id: Id
    name: str = Field(min_length=1, max_length=200)
    configuration: AgentConfiguration
    status: AgentStatus = "idle"
    version: int = 1
    """Incremented by every update, for optimistic locking (`update_agent(expected_version=...)`)."""
    created_at: datetime
    updated_at: datetime


class TaskRecord(Record):
    task_id: Id
    agent_id: Id
    description: str = Field(min_length=1)
    status: TaskStatus = "pending"
    plan: dict[str, Any] | None = None
    current_step: int = Field(0, ge=0)
    result: Any = None
    error: dict[str, Any] | None = None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing, and the cursor for the next (None when this is the last page)."""

    items: list[T]
    cursor: str | None = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]


def encoded_size(value: Any) -> int:
    """Bytes of a value's JSON, as both backends store content and metadata."""
    return len(json.dumps(value, ensure_ascii=False, default=str).encode())
