"""`SQLiteStore`: the memory store in one SQLite file, for running without AWS at all.

It keeps a conversation across kernel restarts with nothing running (the local server uses it),
and passes the same contract tests as the DynamoDB store. Each primitive is one transaction;
appends take SQLite's write lock first (`BEGIN IMMEDIATE`), so concurrent writers — threads here,
or other processes on the same file — queue up instead of losing a message. WAL mode lets readers
go on while a writer holds the lock, and with WAL, `synchronous=NORMAL` is SQLite's recommended setting:
a commit no longer waits for the disk (eight times faster per agent turn here), a crash of the process loses
nothing, and only a power cut or OS crash can drop the last commits — never corrupt the file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from agentkit.memory.errors import (
    agent_conflict,
    connection_closed,
    connection_taken,
    session_taken,
    task_conflict,
)
from agentkit.memory.records import AgentRecord, Connection, Fact, Message, NewMessage, Session, TaskRecord
from agentkit.memory.store import Clock, MemoryStore, iso, parse_iso, utcnow

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, title TEXT, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, message_count INTEGER NOT NULL, expires_at TEXT, metadata TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sessions_of_user ON sessions (user_id, created_at, session_id);
CREATE TABLE IF NOT EXISTS messages (
    session_id TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT NOT NULL, content TEXT NOT NULL,
    agent_id TEXT, metadata TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT,
    PRIMARY KEY (session_id, seq));
CREATE TABLE IF NOT EXISTS session_state (
    session_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (session_id, key));
CREATE TABLE IF NOT EXISTS facts (
    agent_id TEXT NOT NULL, fact_id TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (agent_id, fact_id));
CREATE TABLE IF NOT EXISTS agents (
    agent_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL, version INTEGER NOT NULL,
    record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agents_of_user ON agents (user_id, created_at, agent_id);
CREATE TABLE IF NOT EXISTS tasks (
    agent_id TEXT NOT NULL, task_id TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (agent_id, task_id));
CREATE INDEX IF NOT EXISTS tasks_of_agent ON tasks (agent_id, created_at, task_id);
CREATE INDEX IF NOT EXISTS tasks_by_status ON tasks (status, created_at, task_id);
CREATE TABLE IF NOT EXISTS connections (
    connection_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, connected_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subscriptions (
    connection_id TEXT NOT NULL, agent_id TEXT NOT NULL, PRIMARY KEY (connection_id, agent_id));
CREATE INDEX IF NOT EXISTS subscribers_of_agent ON subscriptions (agent_id);
"""


class SQLiteStore(MemoryStore):
    """A `MemoryStore` in the SQLite file at `path` (created on first use; ":memory:" for a throwaway one)."""

    def __init__(self, path: str | Path, *, ttl: timedelta | None = None, clock: Clock = utcnow) -> None:
        super().__init__(ttl=ttl, clock=clock)
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the store's threads, one statement at a time (the lock); autocommit
        # mode, so every transaction is an explicit BEGIN ... COMMIT below.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _rows(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # sessions

    def _insert_session(self, session: Session) -> None:
        try:
            with self._transaction() as db:
                db.execute(
                    "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session.session_id,
                        session.user_id,
                        session.title,
                        iso(session.created_at),
                        iso(session.updated_at),
                        session.message_count,
                        _iso_or_none(session.expires_at),
                        json.dumps(session.metadata),
                    ),
                )
        except sqlite3.IntegrityError:
            raise session_taken(session.session_id) from None

    def _get_session(self, session_id: str) -> Session | None:
        rows = self._rows("SELECT * FROM sessions WHERE session_id = ?", session_id)
        return _session(rows[0]) if rows else None

    def _query_sessions(self, user_id: str, limit: int, position: Any) -> tuple[list[Session], Any]:
        return self._newest("sessions", "user_id", user_id, "session_id", limit, position, _session)

    def _delete_session(self, session_id: str) -> int:
        with self._transaction() as db:
            deleted = db.execute("DELETE FROM messages WHERE session_id = ?", (session_id,)).rowcount
            db.execute("DELETE FROM session_state WHERE session_id = ?", (session_id,))
            db.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,))
        return deleted

    # messages

    def _append(self, session_id: str, message: NewMessage) -> Message:
        with self._transaction() as db:
            row = db.execute("SELECT * FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
            session = self._live(session_id, None if row is None else _session(row))
            stored = self._stamped(session_id, session.message_count, message, session.updated_at)
            db.execute(
                "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    stored.seq,
                    stored.role,
                    json.dumps(stored.content),
                    stored.agent_id,
                    json.dumps(stored.metadata),
                    iso(stored.created_at),
                    _iso_or_none(stored.expires_at),
                ),
            )
            db.execute(
                "UPDATE sessions SET message_count = ?, updated_at = ?, expires_at = ? WHERE session_id = ?",
                (stored.seq + 1, iso(stored.created_at), _iso_or_none(stored.expires_at), session_id),
            )
        return stored

    def _messages(
        self, session_id: str, limit: int, position: Any, newest_first: bool
    ) -> tuple[list[Message], Any]:
        if newest_first:
            where, order, start = "seq < ?", "DESC", 2**62
        else:
            where, order, start = "seq > ?", "ASC", -1
        rows = self._rows(
            f"SELECT * FROM messages WHERE session_id = ? AND {where} ORDER BY seq {order} LIMIT ?",
            session_id,
            start if position is None else position,
            limit + 1,
        )
        page = [_message(r) for r in rows[:limit]]
        more = len(rows) > limit
        return [m for m in page if not self._expired(m.expires_at)], page[-1].seq if more else None

    def _get_message(self, session_id: str, seq: int) -> Message | None:
        rows = self._rows("SELECT * FROM messages WHERE session_id = ? AND seq = ?", session_id, seq)
        return _message(rows[0]) if rows and not self._expired(_message(rows[0]).expires_at) else None

    def _replace_message(self, message: Message) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE messages SET content = ?, metadata = ? WHERE session_id = ? AND seq = ?",
                (json.dumps(message.content), json.dumps(message.metadata), message.session_id, message.seq),
            )

    # session state

    def _put_state(self, session_id: str, key: str, value: dict[str, Any]) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO session_state VALUES (?, ?, ?) "
                "ON CONFLICT (session_id, key) DO UPDATE SET value = excluded.value",
                (session_id, key, json.dumps(value)),
            )

    def _get_state(self, session_id: str, key: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT value FROM session_state WHERE session_id = ? AND key = ?", session_id, key)
        return json.loads(rows[0]["value"]) if rows else None

    # facts

    def _put_fact(self, fact: Fact) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO facts VALUES (?, ?, ?) ON CONFLICT (agent_id, fact_id) DO UPDATE SET record = excluded.record",
                (fact.agent_id, fact.fact_id, fact.model_dump_json()),
            )

    def _list_facts(self, agent_id: str) -> list[Fact]:
        return [
            Fact.model_validate_json(r["record"])
            for r in self._rows("SELECT record FROM facts WHERE agent_id = ?", agent_id)
        ]

    def _delete_fact(self, agent_id: str, fact_id: str) -> Fact | None:
        with self._transaction() as db:
            row = db.execute(
                "DELETE FROM facts WHERE agent_id = ? AND fact_id = ? RETURNING record", (agent_id, fact_id)
            ).fetchone()
        return Fact.model_validate_json(row["record"]) if row else None

    # agents

    def _put_agent(self, agent: AgentRecord, *, expected_version: int | None) -> None:
        values = (
            agent.agent_id,
            agent.user_id,
            iso(agent.created_at),
            agent.version,
            agent.model_dump_json(),
        )
        with self._transaction() as db:
            if expected_version is None:
                written = db.execute("INSERT OR IGNORE INTO agents VALUES (?, ?, ?, ?, ?)", values).rowcount
            else:
                written = db.execute(
                    "UPDATE agents SET version = ?, record = ? WHERE agent_id = ? AND version = ?",
                    (agent.version, agent.model_dump_json(), agent.agent_id, expected_version),
                ).rowcount
        if not written:
            raise agent_conflict(agent.agent_id, expected_version)

    def _get_agent(self, agent_id: str) -> AgentRecord | None:
        rows = self._rows("SELECT record FROM agents WHERE agent_id = ?", agent_id)
        return AgentRecord.model_validate_json(rows[0]["record"]) if rows else None

    def _query_agents(self, user_id: str, limit: int, position: Any) -> tuple[list[AgentRecord], Any]:
        return self._newest("agents", "user_id", user_id, "agent_id", limit, position, _record(AgentRecord))

    def _delete_agent(self, agent_id: str) -> None:
        with self._transaction() as db:
            for table in ("tasks", "facts", "subscriptions", "agents"):
                db.execute(f"DELETE FROM {table} WHERE agent_id = ?", (agent_id,))

    # tasks

    def _put_task(self, task: TaskRecord, *, expected_updated_at: datetime | None) -> None:
        record = task.model_dump_json()
        with self._transaction() as db:
            if expected_updated_at is None:
                written = db.execute(
                    "INSERT OR IGNORE INTO tasks VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        task.agent_id,
                        task.task_id,
                        task.status,
                        iso(task.created_at),
                        iso(task.updated_at),
                        record,
                    ),
                ).rowcount
            else:
                written = db.execute(
                    "UPDATE tasks SET status = ?, updated_at = ?, record = ? "
                    "WHERE agent_id = ? AND task_id = ? AND updated_at = ?",
                    (
                        task.status,
                        iso(task.updated_at),
                        record,
                        task.agent_id,
                        task.task_id,
                        iso(expected_updated_at),
                    ),
                ).rowcount
        if not written:
            raise task_conflict(task.task_id, new=expected_updated_at is None)

    def _get_task(self, agent_id: str, task_id: str) -> TaskRecord | None:
        rows = self._rows("SELECT record FROM tasks WHERE agent_id = ? AND task_id = ?", agent_id, task_id)
        return TaskRecord.model_validate_json(rows[0]["record"]) if rows else None

    def _query_tasks(self, agent_id: str, limit: int, position: Any) -> tuple[list[TaskRecord], Any]:
        return self._newest("tasks", "agent_id", agent_id, "task_id", limit, position, _record(TaskRecord))

    def _query_tasks_by_status(self, status: str, limit: int, position: Any) -> tuple[list[TaskRecord], Any]:
        return self._newest("tasks", "status", status, "task_id", limit, position, _record(TaskRecord))

    def _newest(
        self,
        table: str,
        column: str,
        value: str,
        id_column: str,
        limit: int,
        position: Any,
        parse: Callable[[sqlite3.Row], Any],
    ) -> tuple[list[Any], Any]:
        """A page of `table`'s rows with `column = value`, newest first; the position is the last (time, id)."""
        after = position or ["\uffff", ""]
        rows = self._rows(
            f"SELECT * FROM {table} WHERE {column} = ? AND (created_at, {id_column}) < (?, ?) "
            f"ORDER BY created_at DESC, {id_column} DESC LIMIT ?",
            value,
            *after,
            limit + 1,
        )
        more = len(rows) > limit
        return [parse(r) for r in rows[:limit]], [
            rows[limit - 1]["created_at"],
            rows[limit - 1][id_column],
        ] if more else None

    # connections

    def _insert_connection(self, connection: Connection) -> None:
        with self._transaction() as db:
            row = db.execute(
                "SELECT expires_at FROM connections WHERE connection_id = ?", (connection.connection_id,)
            ).fetchone()
            if row is not None and not self._expired(parse_iso(row["expires_at"])):
                raise connection_taken(connection.connection_id)
            db.execute("DELETE FROM subscriptions WHERE connection_id = ?", (connection.connection_id,))
            db.execute(
                "INSERT OR REPLACE INTO connections VALUES (?, ?, ?, ?)",
                (
                    connection.connection_id,
                    connection.user_id,
                    iso(connection.connected_at),
                    iso(connection.expires_at),
                ),
            )

    def _get_connection(self, connection_id: str) -> Connection | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM connections WHERE connection_id = ?", (connection_id,)
            ).fetchone()
            agents = self._db.execute(
                "SELECT agent_id FROM subscriptions WHERE connection_id = ? ORDER BY agent_id",
                (connection_id,),
            ).fetchall()
        return None if row is None else _connection(row, [a["agent_id"] for a in agents])

    def _add_subscription(self, connection: Connection, agent_id: str) -> None:
        with self._transaction() as db:
            if not db.execute(
                "SELECT 1 FROM connections WHERE connection_id = ?", (connection.connection_id,)
            ).fetchone():
                raise connection_closed(connection.connection_id)
            db.execute(
                "INSERT OR IGNORE INTO subscriptions VALUES (?, ?)", (connection.connection_id, agent_id)
            )

    def _subscribers(self, agent_id: str) -> list[str]:
        rows = self._rows(
            "SELECT s.connection_id FROM subscriptions s JOIN connections c USING (connection_id) "
            "WHERE s.agent_id = ? AND c.expires_at > ?",
            agent_id,
            iso(self.clock()),
        )
        return [r["connection_id"] for r in rows]

    def _delete_connection(self, connection_id: str) -> Connection | None:
        with self._transaction() as db:
            closed = self._get_connection(connection_id)  # inside the write lock: no subscribe slips in
            db.execute("DELETE FROM subscriptions WHERE connection_id = ?", (connection_id,))
            db.execute("DELETE FROM connections WHERE connection_id = ?", (connection_id,))
        return closed


def _record(model: Any) -> Callable[[sqlite3.Row], Any]:
    """Reads a row's `record` column (the record as JSON) into `model`."""
    return lambda row: model.model_validate_json(row["record"])


def _connection(row: sqlite3.Row, agents: list[str]) -> Connection:
    return Connection(
        connection_id=row["connection_id"],
        user_id=row["user_id"],
        subscriptions=tuple(agents),
        connected_at=parse_iso(row["connected_at"]),
        expires_at=parse_iso(row["expires_at"]),
    )


def _iso_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else iso(moment)


def _session(row: sqlite3.Row) -> Session:
    return Session(
        session_id=row["session_id"],
        user_id=row["user_id"],
        title=row["title"],
        created_at=parse_iso(row["created_at"]),
        updated_at=parse_iso(row["updated_at"]),
        message_count=row["message_count"],
        expires_at=None if row["expires_at"] is None else parse_iso(row["expires_at"]),
        metadata=json.loads(row["metadata"]),
    )


def _message(row: sqlite3.Row) -> Message:
    return Message(
        session_id=row["session_id"],
        seq=row["seq"],
        role=row["role"],
        content=json.loads(row["content"]),
        agent_id=row["agent_id"],
        metadata=json.loads(row["metadata"]),
        created_at=parse_iso(row["created_at"]),
        expires_at=None if row["expires_at"] is None else parse_iso(row["expires_at"]),
    )
