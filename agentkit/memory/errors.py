"""What can go wrong in a memory store, as exceptions a caller can act on.

Both backends raise these same types for the same mistakes, so code written against the SQLite
store behaves the same on DynamoDB. Every message says what to do next.
"""

from __future__ import annotations


class MemoryStoreError(Exception):
    """Base class of every error a `MemoryStore` raises on purpose."""


class NotFound(MemoryStoreError, LookupError):
    """The session, message, agent, task, fact or connection does not exist (or has expired)."""


class Conflict(MemoryStoreError):
    """The write would overwrite something it must not: an existing id, a newer version, a finished task."""


class InvalidCursor(MemoryStoreError, ValueError):
    """A pagination cursor that this store did not hand out for this listing."""


class PermanentConflict(Conflict):
    """A conflict that retrying cannot resolve: a stale expected version, a finished task."""


def session_taken(session_id: str) -> Conflict:
    return Conflict(f"Session {session_id!r} already exists: pick another id, or resume it.")


def connection_taken(connection_id: str) -> Conflict:
    return Conflict(
        f"Connection {connection_id!r} is open already: API Gateway gives each client connection its own id; "
        "close_connection() it first if the client really reconnected with it."
    )


def connection_closed(connection_id: str) -> NotFound:
    return NotFound(
        f"Connection {connection_id!r} is not open (closed, expired or never opened): the client reconnects, "
        "and $connect calls open_connection()."
    )


def agent_conflict(agent_id: str, expected_version: int | None) -> Conflict:
    """The agent's conditional write failed: it exists already (new agent) or moved past `expected_version`."""
    if expected_version is None:
        return Conflict(f"Agent {agent_id!r} already exists: pick another id, or update_agent() it.")
    return Conflict(
        f"Agent {agent_id!r} changed since version {expected_version} was read: re-read it and retry."
    )


def task_conflict(task_id: str, *, new: bool) -> Conflict:
    if new:
        return Conflict(f"Task {task_id!r} already exists for this agent: pick another id.")
    return Conflict(f"Task {task_id!r} changed while it was being updated: re-read it and retry.")
