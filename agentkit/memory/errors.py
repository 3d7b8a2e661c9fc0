"""What can go wrong in a memory store, as exceptions a caller can act on.

Both backends raise these same types for the same mistakes, so code written against the SQLite
store behaves the same on DynamoDB. Every message says what to do next.
"""

from __future__ import annotations


class MemoryStoreError(Exception):
    """Base class of every error a `MemoryStore` raises on purpose."""


class NotFound(MemoryStoreError, LookupError):
    """The session, message, agent, task or fact does not exist (or has expired)."""


class Conflict(MemoryStoreError):
    """The write would overwrite something it must not: an existing id, a newer version, a finished task."""


class InvalidCursor(MemoryStoreError, ValueError):
    """A pagination cursor that this store did not hand out for this listing."""


class PermanentConflict(Conflict):
    """A conflict that retrying cannot resolve: a stale expected version, a finished task."""
