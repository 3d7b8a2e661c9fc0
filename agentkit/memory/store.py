"""`MemoryStore`: the one interface to an agent's memory, whichever backend holds it.

Sessions of messages (the conversation), session state (what a Strands agent keeps between turns),
facts (long-term memory), the agent and task records of the seed's API, and the real-time API's
client connections with the agents each one follows. Two backends implement
it and pass the same contract tests (tests/memory/test_store_contract.py):

* `DynamoDBStore` (`agentkit.memory.dynamodb`): boto3, so the local AWS offline and real DynamoDB
  on AWS, in the single-table design of `agentkit.memory.tables`;
* `SQLiteStore` (`agentkit.memory.sqlite`): one file, no AWS at all, kept across restarts.

This base class holds everything the backends share: input validation (Pydantic, before anything
is written), ids and timestamps, TTL arithmetic, cursors, and the read-modify-write loops of
updates. A backend implements only storage primitives, each one atomic, so both give the same
guarantees: appends to a session never lose or reorder a message under concurrency, updates never
overwrite a newer version, and a finished task stays finished.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn

from pydantic import TypeAdapter, ValidationError
from tenacity import RetryCallState, retry, retry_if_exception, stop_after_delay, wait_random_exponential

from agentkit.memory.errors import Conflict, InvalidCursor, NotFound, PermanentConflict, connection_closed
from agentkit.memory.records import (
    MAX_ITEM_BYTES,
    AgentConfiguration,
    AgentRecord,
    AgentStatus,
    Connection,
    Fact,
    Id,
    Message,
    NewMessage,
    Page,
    Session,
    TaskRecord,
    TaskStatus,
    encoded_size,
)

Clock = Callable[[], datetime]
_ID = TypeAdapter(Id)
_UNSET: Any = object()


LOST_RACE_PATIENCE = 20.0
"""Seconds an optimistic write keeps retrying lost races before it gives up.

A bound in time, not in attempts: how many attempts a writer needs depends on how many others
write the same record and how slow the store is (8 writers on one session took up to 24 attempts
on moto, under 4 s), and a slow machine must not turn a busy session into a failed write."""


def _give_up(state: RetryCallState) -> NoReturn:
    """Raise the last lost race again, saying how long it was tried and what to do about it."""
    last = state.outcome.exception() if state.outcome else None
    raise Conflict(
        f"{last} ({state.attempt_number} attempts in {state.seconds_since_start:.1f} s): too many writers "
        "are changing the same record at once. Retry later, or give concurrent writers records of their "
        "own (one session each)."
    ) from last


retry_lost_race = retry(
    retry=retry_if_exception(lambda e: isinstance(e, Conflict) and not isinstance(e, PermanentConflict)),
    stop=stop_after_delay(LOST_RACE_PATIENCE),
    wait=wait_random_exponential(multiplier=0.01, max=1.0),
    retry_error_callback=_give_up,
)
"""Retries an optimistic write that lost a race (another writer got there first): re-read, re-apply.

Random exponential waits (full jitter) spread the losers out, so each retry meets fewer rivals."""


CONNECTION_TTL = timedelta(hours=2)
"""How long a connection record lives: API Gateway closes a WebSocket connection after two hours at most."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC with microseconds and a `Z`: fixed width, so string order is time order (a sort key)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def fact_id(content: str) -> str:
    """The same fact (ignoring case and spacing) gets the same id: remembering it twice keeps one copy."""
    normal = " ".join(content.lower().split())
    return hashlib.sha256(normal.encode()).hexdigest()[:16]


def check_id(value: str, what: str) -> str:
    try:
        return _ID.validate_python(value)
    except ValidationError:
        raise ValueError(
            f"{what} {value!r} is not a valid id: use 1-200 letters, digits or . : @ + = - _ (no spaces or '#')."
        ) from None


def check_size(value: Any, what: str) -> None:
    size = encoded_size(value)
    if size > MAX_ITEM_BYTES:
        raise ValueError(
            f"{what} is {size:,} bytes, over the {MAX_ITEM_BYTES:,}-byte limit of a stored record (DynamoDB "
            "items hold 400 KB). Keep large documents in S3 and store a reference to them instead."
        )


class MemoryStore(ABC):
    """Conversations, state, facts, agents, tasks and connections. `ttl` expires sessions and messages (None: never)."""

    def __init__(self, *, ttl: timedelta | None = None, clock: Clock = utcnow) -> None:
        if ttl is not None and ttl <= timedelta(0):
            raise ValueError(f"ttl must be positive (or None for no expiry), got {ttl}.")
        self.ttl = ttl
        self.clock = clock

    # ------------------------------------------------------------------ sessions

    def create_session(
        self,
        user_id: str,
        *,
        session_id: str | None = None,
        title: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Session:
        """A new, empty session owned by `user_id`. Raises `Conflict` if `session_id` is taken."""
        now = self.clock()
        session = Session(
            session_id=check_id(new_id() if session_id is None else session_id, "session_id"),
            user_id=check_id(user_id, "user_id"),
            title=title,
            created_at=now,
            updated_at=now,
            expires_at=self._expiry(now),
            metadata=metadata or {},
        )
        check_size(session.metadata, "The session's metadata")
        self._insert_session(session)
        return session

    def get_session(self, session_id: str) -> Session:
        return self._live(session_id, self._get_session(check_id(session_id, "session_id")))

    def _live(self, session_id: str, session: Session | None) -> Session:
        """`session` if it exists and has not expired, else `NotFound` (backends check appends with it too)."""
        if session is None or self._expired(session.expires_at):
            raise NotFound(
                f"Session {session_id!r} does not exist (or has expired): create it with create_session(), "
                "or list a user's sessions with list_sessions(user_id)."
            )
        return session

    def list_sessions(self, user_id: str, *, limit: int = 20, cursor: str | None = None) -> Page[Session]:
        """The user's sessions, newest first (expired ones left out)."""
        listing = f"sessions:{check_id(user_id, 'user_id')}"
        sessions, position = self._query_sessions(user_id, _limit(limit), self._decode(cursor, listing))
        live = [s for s in sessions if not self._expired(s.expires_at)]
        return Page(live, self._encode(position, listing))

    def delete_session(self, session_id: str) -> int:
        """Delete the session with its messages and state; returns how many messages were deleted."""
        self.get_session(session_id)
        return self._delete_session(session_id)

    # ------------------------------------------------------------------ messages

    def save_message(
        self,
        session_id: str,
        role: str,
        content: str | list[dict[str, Any]],
        *,
        agent_id: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Message:
        """Append a message (text, or Converse content blocks) to a session; returns it with its `seq`.

        Atomic and safe under concurrency: every message gets its own `seq`, `seq` order is time
        order, and the session's `updated_at`, `message_count` and expiry move with it.
        """
        message = NewMessage(role=role, content=content, agent_id=agent_id, metadata=metadata or {})
        check_size(message.content, "The message's content")
        check_size(message.metadata, "The message's metadata")
        return self._append(check_id(session_id, "session_id"), message)

    def get_conversation_history(
        self, session_id: str, *, limit: int = 20, cursor: str | None = None
    ) -> Page[Message]:
        """The newest `limit` messages, newest first; pass `page.cursor` back for the ones before them.

        One indexed read per page whatever the session's length (a DynamoDB `Query`, never a `Scan`).
        """
        self.get_session(session_id)
        listing = f"history:{session_id}"
        messages, position = self._messages(session_id, _limit(limit), self._decode(cursor, listing), True)
        return Page(messages, self._encode(position, listing))

    def iter_messages(self, session_id: str, *, agent_id: str | None = None) -> Iterator[Message]:
        """Every live message of the session, oldest first (optionally only those of `agent_id`)."""
        self.get_session(session_id)
        position: Any = None
        while True:
            messages, position = self._messages(session_id, 100, position, False)
            yield from (m for m in messages if agent_id is None or m.agent_id == agent_id)
            if position is None:
                return

    def update_message(
        self,
        session_id: str,
        seq: int,
        content: str | list[dict[str, Any]],
        *,
        metadata: dict[str, Any] | None = None,
    ) -> Message:
        """Rewrite one message's content (and metadata) in place, e.g. to redact what a guardrail blocked."""
        current = self._get_message(check_id(session_id, "session_id"), seq)
        if current is None:
            raise NotFound(
                f"Session {session_id!r} has no message with seq {seq}: list them with iter_messages()."
            )
        checked = NewMessage(
            role=current.role, content=content, metadata=current.metadata if metadata is None else metadata
        )
        check_size(checked.content, "The message's content")
        updated = current.model_copy(update={"content": checked.content, "metadata": checked.metadata})
        self._replace_message(updated)
        return updated

    # ------------------------------------------------------------------ session state

    def put_session_state(self, session_id: str, key: str, value: dict[str, Any]) -> None:
        """Keep a JSON-able dict under `key` in the session (Strands agent state, a task's variables...)."""
        check_size(value, f"Session state {key!r}")
        self.get_session(session_id)
        self._put_state(
            session_id, check_id(key.replace("#", ":"), "state key"), json.loads(json.dumps(value))
        )

    def get_session_state(self, session_id: str, key: str) -> dict[str, Any] | None:
        self.get_session(session_id)
        return self._get_state(session_id, key.replace("#", ":"))

    # ------------------------------------------------------------------ facts (long-term memory)

    def remember(
        self, agent_id: str, content: str, *, confidence: float = 1.0, source: str = "conversation"
    ) -> Fact:
        """Keep a fact for `agent_id` across sessions. The same fact again replaces the first (new confidence)."""
        fact = Fact(
            fact_id=fact_id(content),
            agent_id=check_id(agent_id, "agent_id"),
            content=content.strip(),
            confidence=confidence,
            source=source,
            created_at=self.clock(),
        )
        self._put_fact(fact)
        return fact

    def list_facts(self, agent_id: str) -> list[Fact]:
        """The agent's facts, oldest first."""
        facts = self._list_facts(check_id(agent_id, "agent_id"))
        return sorted(facts, key=lambda f: (f.created_at, f.fact_id))

    def forget(self, agent_id: str, fact_id: str) -> Fact:
        """Delete one fact; returns what was deleted. Raises `NotFound` if the agent has no such fact."""
        deleted = self._delete_fact(check_id(agent_id, "agent_id"), fact_id)
        if deleted is None:
            raise NotFound(
                f"Agent {agent_id!r} has no fact {fact_id!r}: list them with list_facts({agent_id!r})."
            )
        return deleted

    # ------------------------------------------------------------------ agents

    def create_agent(
        self,
        user_id: str,
        name: str,
        configuration: AgentConfiguration | dict[str, Any] | None = None,
        *,
        agent_id: str | None = None,
    ) -> AgentRecord:
        """Store a new agent with a unique id (a UUID unless given). Raises `Conflict` if the id is taken."""
        now = self.clock()
        agent = AgentRecord(
            agent_id=check_id(new_id() if agent_id is None else agent_id, "agent_id"),
            user_id=check_id(user_id, "user_id"),
            name=name,
            configuration=AgentConfiguration.model_validate(configuration or {}),
            created_at=now,
            updated_at=now,
        )
        self._put_agent(agent, expected_version=None)
        return agent

    def get_agent(self, agent_id: str) -> AgentRecord:
        agent = self._get_agent(check_id(agent_id, "agent_id"))
        if agent is None:
            raise NotFound(
                f"Agent {agent_id!r} does not exist: create it with create_agent(), or list_agents(user_id)."
            )
        return agent

    def update_agent(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        configuration: AgentConfiguration | dict[str, Any] | None = None,
        status: AgentStatus | None = None,
        expected_version: int | None = None,
    ) -> AgentRecord:
        """Change an agent; returns the new record (version + 1).

        With `expected_version`, the update applies only to that version (else `Conflict`: someone
        changed it since you read it). Without, it is re-applied to the latest version until it lands.
        """
        changes: dict[str, Any] = {}
        if name is not None:
            changes["name"] = name
        if configuration is not None:
            changes["configuration"] = AgentConfiguration.model_validate(configuration)
        if status is not None:
            changes["status"] = status

        def attempt() -> AgentRecord:
            current = self.get_agent(agent_id)
            if expected_version is not None and current.version != expected_version:
                raise PermanentConflict(
                    f"Agent {agent_id!r} is at version {current.version}, not {expected_version}: re-read it and retry."
                )
            updated = AgentRecord.model_validate(
                {
                    **current.model_dump(),
                    **changes,
                    "version": current.version + 1,
                    "updated_at": self.clock(),
                }
            )
            self._put_agent(updated, expected_version=current.version)
            return updated

        return attempt() if expected_version is not None else retry_lost_race(attempt)()

    def list_agents(self, user_id: str, *, limit: int = 20, cursor: str | None = None) -> Page[AgentRecord]:
        """The user's agents, newest first."""
        listing = f"agents:{check_id(user_id, 'user_id')}"
        agents, position = self._query_agents(user_id, _limit(limit), self._decode(cursor, listing))
        return Page(agents, self._encode(position, listing))

    def delete_agent(self, agent_id: str) -> None:
        """Delete the agent with its tasks and facts."""
        self.get_agent(agent_id)
        self._delete_agent(agent_id)

    # ------------------------------------------------------------------ tasks

    def create_task(
        self,
        agent_id: str,
        description: str,
        *,
        plan: dict[str, Any] | None = None,
        task_id: str | None = None,
    ) -> TaskRecord:
        """Store a pending task for an existing agent. Raises `NotFound` for an unknown agent."""
        self.get_agent(agent_id)
        now = self.clock()
        task = TaskRecord(
            task_id=check_id(new_id() if task_id is None else task_id, "task_id"),
            agent_id=agent_id,
            description=description,
            plan=plan,
            created_at=now,
            updated_at=now,
        )
        check_size(task.model_dump(mode="json"), "The task")
        self._put_task(task, expected_updated_at=None)
        return task

    def get_task(self, agent_id: str, task_id: str) -> TaskRecord:
        task = self._get_task(check_id(agent_id, "agent_id"), check_id(task_id, "task_id"))
        if task is None:
            raise NotFound(
                f"Agent {agent_id!r} has no task {task_id!r}: list them with list_tasks({agent_id!r})."
            )
        return task

    def update_task(
        self,
        agent_id: str,
        task_id: str,
        *,
        status: TaskStatus | None = None,
        current_step: int | None = None,
        result: Any = _UNSET,
        error: dict[str, Any] | None = None,
    ) -> TaskRecord:
        """Move a task on. A finished task (completed, failed, cancelled) is final: changing it is a `Conflict`."""
        changes: dict[str, Any] = {}
        if status is not None:
            changes["status"] = status
        if current_step is not None:
            changes["current_step"] = current_step
        if result is not _UNSET:
            changes["result"] = result
        if error is not None:
            changes["error"] = error

        def attempt() -> TaskRecord:
            current = self.get_task(agent_id, task_id)
            if current.finished:
                raise PermanentConflict(
                    f"Task {task_id!r} is already {current.status} and cannot change: create a new task to run it again."
                )
            now = self.clock()
            updated = TaskRecord.model_validate({**current.model_dump(), **changes, "updated_at": now})
            if updated.finished:
                updated = updated.model_copy(update={"completed_at": now})
            check_size(updated.model_dump(mode="json"), "The task")
            self._put_task(updated, expected_updated_at=current.updated_at)
            return updated

        return retry_lost_race(attempt)()

    def list_tasks(self, agent_id: str, *, limit: int = 20, cursor: str | None = None) -> Page[TaskRecord]:
        """The agent's tasks, newest first."""
        listing = f"tasks:{check_id(agent_id, 'agent_id')}"
        tasks, position = self._query_tasks(agent_id, _limit(limit), self._decode(cursor, listing))
        return Page(tasks, self._encode(position, listing))

    def tasks_by_status(
        self, status: TaskStatus, *, limit: int = 20, cursor: str | None = None
    ) -> Page[TaskRecord]:
        """Every agent's tasks in `status`, newest first (e.g. the running ones to resume after a failure)."""
        TypeAdapter(TaskStatus).validate_python(status)
        listing = f"status:{status}"
        tasks, position = self._query_tasks_by_status(status, _limit(limit), self._decode(cursor, listing))
        return Page(tasks, self._encode(position, listing))

    # ------------------------------------------------------------------ connections (the real-time API)

    def open_connection(self, connection_id: str, user_id: str) -> Connection:
        """Record a client's new connection ($connect); it expires with `CONNECTION_TTL`.

        Raises `Conflict` if a connection with this id is open (an expired one is replaced).
        """
        now = self.clock()
        connection = Connection(
            connection_id=check_id(connection_id, "connection_id"),
            user_id=check_id(user_id, "user_id"),
            connected_at=now,
            expires_at=_whole_second(now + CONNECTION_TTL),
        )
        self._insert_connection(connection)
        return connection

    def get_connection(self, connection_id: str) -> Connection:
        """The open connection. Raises `NotFound` once it is closed or expired."""
        connection = self._get_connection(check_id(connection_id, "connection_id"))
        if connection is None or self._expired(connection.expires_at):
            raise connection_closed(connection_id)
        return connection

    def subscribe(self, connection_id: str, agent_id: str) -> Connection:
        """Push the agent's status updates to this connection too; subscribing twice changes nothing.

        Raises `NotFound` for a connection that is not open or an agent that does not exist.
        """
        connection = self.get_connection(connection_id)
        self.get_agent(agent_id)
        if agent_id not in connection.subscriptions:
            self._add_subscription(connection, agent_id)
        return self.get_connection(connection_id)

    def subscribers(self, agent_id: str) -> list[str]:
        """The ids of the open connections subscribed to the agent, sorted: where its updates go."""
        return sorted(self._subscribers(check_id(agent_id, "agent_id")))

    def close_connection(self, connection_id: str) -> Connection | None:
        """Forget the connection and its subscriptions ($disconnect); returns what was closed.

        None if there was nothing to close: a disconnect can arrive twice, or after the record expired
        and went. Deleting an agent also ends the subscriptions to it.
        """
        return self._delete_connection(check_id(connection_id, "connection_id"))

    # ------------------------------------------------------------------ shared helpers

    def _stamped(self, session_id: str, seq: int, message: NewMessage, last_update: datetime) -> Message:
        """The message as stored at `seq`: timed no earlier than the session's last update, so seq order is time order."""
        now = max(self.clock(), last_update)
        return Message(
            session_id=session_id,
            seq=seq,
            role=message.role,
            content=message.content,
            agent_id=message.agent_id,
            metadata=message.metadata,
            created_at=now,
            expires_at=self._expiry(now),
        )

    def _expiry(self, now: datetime) -> datetime | None:
        """`now + ttl` rounded up to a whole second: DynamoDB's TTL attribute is whole epoch seconds."""
        return None if self.ttl is None else _whole_second(now + self.ttl)

    def _expired(self, expires_at: datetime | None) -> bool:
        return expires_at is not None and expires_at <= self.clock()

    @staticmethod
    def _encode(position: Any, listing: str) -> str | None:
        if position is None:
            return None
        raw = json.dumps({"listing": listing, "position": position}, sort_keys=True).encode()
        return base64.urlsafe_b64encode(raw).decode()

    @staticmethod
    def _decode(cursor: str | None, listing: str) -> Any:
        if cursor is None:
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor.encode()))
            if data["listing"] == listing:
                return data["position"]
        except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
            pass
        raise InvalidCursor(
            f"This cursor was not handed out by this listing ({listing}): pass the `cursor` of the page "
            "before, or None for the first page."
        )

    # ------------------------------------------------------------------ what a backend implements
    # Each primitive is atomic. "position" is the backend's own pagination state (JSON-able), or None
    # after the last page. Conditional writes raise `Conflict` when their condition fails.

    @abstractmethod
    def _insert_session(self, session: Session) -> None:
        """Write a new session; `Conflict` if its id exists."""

    @abstractmethod
    def _get_session(self, session_id: str) -> Session | None: ...

    @abstractmethod
    def _query_sessions(self, user_id: str, limit: int, position: Any) -> tuple[list[Session], Any]: ...

    @abstractmethod
    def _delete_session(self, session_id: str) -> int: ...

    @abstractmethod
    def _append(self, session_id: str, message: NewMessage) -> Message:
        """Give the message the session's next seq and a time no earlier than the last, in one atomic step.

        `NotFound` (via `_live`) if the session does not exist or has expired.
        """

    @abstractmethod
    def _messages(
        self, session_id: str, limit: int, position: Any, newest_first: bool
    ) -> tuple[list[Message], Any]:
        """A page of live (unexpired) messages."""

    @abstractmethod
    def _get_message(self, session_id: str, seq: int) -> Message | None: ...

    @abstractmethod
    def _replace_message(self, message: Message) -> None: ...

    @abstractmethod
    def _put_state(self, session_id: str, key: str, value: dict[str, Any]) -> None: ...

    @abstractmethod
    def _get_state(self, session_id: str, key: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def _put_fact(self, fact: Fact) -> None: ...

    @abstractmethod
    def _list_facts(self, agent_id: str) -> list[Fact]: ...

    @abstractmethod
    def _delete_fact(self, agent_id: str, fact_id: str) -> Fact | None: ...

    @abstractmethod
    def _put_agent(self, agent: AgentRecord, *, expected_version: int | None) -> None:
        """Write the agent if it is new (None) or still at `expected_version`; else `Conflict`."""

    @abstractmethod
    def _get_agent(self, agent_id: str) -> AgentRecord | None: ...

    @abstractmethod
    def _query_agents(self, user_id: str, limit: int, position: Any) -> tuple[list[AgentRecord], Any]: ...

    @abstractmethod
    def _delete_agent(self, agent_id: str) -> None: ...

    @abstractmethod
    def _put_task(self, task: TaskRecord, *, expected_updated_at: datetime | None) -> None:
        """Write the task if it is new (None) or unchanged since `expected_updated_at`; else `Conflict`."""

    @abstractmethod
    def _get_task(self, agent_id: str, task_id: str) -> TaskRecord | None: ...

    @abstractmethod
    def _query_tasks(self, agent_id: str, limit: int, position: Any) -> tuple[list[TaskRecord], Any]: ...

    @abstractmethod
    def _query_tasks_by_status(
        self, status: str, limit: int, position: Any
    ) -> tuple[list[TaskRecord], Any]: ...

    @abstractmethod
    def _insert_connection(self, connection: Connection) -> None:
        """Write a new connection, replacing an expired one; `Conflict` if one with its id is live."""

    @abstractmethod
    def _get_connection(self, connection_id: str) -> Connection | None: ...

    @abstractmethod
    def _add_subscription(self, connection: Connection, agent_id: str) -> None:
        """Add the agent to the connection's subscriptions atomically; `NotFound` if it closed meanwhile."""

    @abstractmethod
    def _subscribers(self, agent_id: str) -> list[str]:
        """Ids of the live connections subscribed to the agent."""

    @abstractmethod
    def _delete_connection(self, connection_id: str) -> Connection | None:
        """Delete the connection and its subscriptions; what was deleted, or None."""


def _whole_second(moment: datetime) -> datetime:
    """Rounded up to a whole second: DynamoDB's TTL attribute is whole epoch seconds."""
    return moment.replace(microsecond=0) + timedelta(seconds=1 if moment.microsecond else 0)


def _limit(limit: int) -> int:
    if not 1 <= limit <= 1000:
        raise ValueError(f"limit must be between 1 and 1000, got {limit}.")
    return limit
