"""Strands agents that persist in, and resume from, an agentkit `MemoryStore`.

Strands saves an agent's conversation through a `SessionManager`; its `RepositorySessionManager`
does the bookkeeping (message indexes, agent state, the conversation manager's summary) and leaves
storage to a `SessionRepository`. `StoreSessionRepository` is that repository over a
`MemoryStore`, so a Strands conversation lands in the same records as everything else in the kit:

* the Strands session is a store session (created for `user_id`, so it shows up in `list_sessions`);
* each message is a store message (`save_message`) with Strands' message index in its metadata, so
  `get_conversation_history` shows the whole conversation, whoever wrote it; a message Strands
  redacts (a guardrail blocked it) is overwritten by its redaction;
* the agent's state (Strands' `SessionAgent`: agent state, conversation-manager state such as a
  summary) and multi-agent state are session state items.

An agent rebuilt in a new process with the same `session_id` and `agent_id` continues where it left
off: Strands reads the agent's state and its messages back through this repository.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from strands.session.repository_session_manager import RepositorySessionManager
from strands.session.session_repository import SessionRepository
from strands.types.exceptions import SessionException
from strands.types.session import Session, SessionAgent, SessionMessage, SessionType

from agentkit.memory.errors import Conflict, NotFound

if TYPE_CHECKING:
    from strands.multiagent.base import MultiAgentBase

    from agentkit.memory.records import Message
    from agentkit.memory.store import MemoryStore

STRANDS = "strands"
"""The metadata key under which a message keeps what Strands knows about it."""


def session_manager(store: MemoryStore, session_id: str, *, user_id: str) -> RepositorySessionManager:
    """A Strands session manager that keeps `session_id` in `store`, owned by `user_id`.

    Pass it to `Agent(session_manager=...)`. The session is created on first use.
    """
    return RepositorySessionManager(session_id, StoreSessionRepository(store, user_id=user_id))


class StoreSessionRepository(SessionRepository):
    """Strands' storage interface, implemented with `MemoryStore` calls."""

    def __init__(self, store: MemoryStore, *, user_id: str) -> None:
        self.store = store
        self.user_id = user_id

    # sessions

    def create_session(self, session: Session, **kwargs: Any) -> Session:
        try:
            self.store.create_session(self.user_id, session_id=session.session_id)
        except Conflict as error:
            raise SessionException(f"Session {session.session_id} already exists.") from error
        return session

    def read_session(self, session_id: str, **kwargs: Any) -> Session | None:
        try:
            stored = self.store.get_session(session_id)
        except NotFound:
            return None
        return Session(
            session_id=stored.session_id,
            session_type=SessionType.AGENT,
            created_at=stored.created_at,
            updated_at=stored.updated_at,
        )

    # agents

    def create_agent(self, session_id: str, session_agent: SessionAgent, **kwargs: Any) -> None:
        self.store.put_session_state(session_id, _agent_key(session_agent.agent_id), session_agent.to_dict())

    def read_agent(self, session_id: str, agent_id: str, **kwargs: Any) -> SessionAgent | None:
        data = self.store.get_session_state(session_id, _agent_key(agent_id))
        return None if data is None else SessionAgent.from_dict(data)

    def update_agent(self, session_id: str, session_agent: SessionAgent, **kwargs: Any) -> None:
        previous = self.read_agent(session_id, session_agent.agent_id)
        if previous is None:
            raise SessionException(f"Agent {session_agent.agent_id} in session {session_id} does not exist.")
        session_agent.created_at = previous.created_at
        self.create_agent(session_id, session_agent)

    # messages

    def create_message(
        self, session_id: str, agent_id: str, session_message: SessionMessage, **kwargs: Any
    ) -> None:
        role, content, fields = _split(session_message)
        self.store.save_message(session_id, role, content, agent_id=agent_id, metadata={STRANDS: fields})

    def read_message(
        self, session_id: str, agent_id: str, message_id: int, **kwargs: Any
    ) -> SessionMessage | None:
        stored = self._find(session_id, agent_id, message_id)
        return None if stored is None else _to_session_message(stored)

    def update_message(
        self, session_id: str, agent_id: str, session_message: SessionMessage, **kwargs: Any
    ) -> None:
        """Rewrite a message in place (Strands does this to redact one a guardrail blocked).

        Finding it walks the agent's messages: redaction is rare and concerns the latest ones.
        """
        stored = self._find(session_id, agent_id, session_message.message_id)
        if stored is None:
            raise SessionException(
                f"Message {session_message.message_id} of agent {agent_id} in session {session_id} does not exist."
            )
        _, content, fields = _split(session_message)
        self.store.update_message(
            session_id, stored.seq, content, metadata={**stored.metadata, STRANDS: fields}
        )

    def list_messages(
        self, session_id: str, agent_id: str, limit: int | None = None, offset: int = 0, **kwargs: Any
    ) -> list[SessionMessage]:
        messages = [_to_session_message(m) for m in self.store.iter_messages(session_id, agent_id=agent_id)]
        return messages[offset:] if limit is None else messages[offset : offset + limit]

    # multi-agent systems

    def create_multi_agent(self, session_id: str, multi_agent: MultiAgentBase, **kwargs: Any) -> None:
        self.store.put_session_state(
            session_id, _multi_agent_key(multi_agent.id), multi_agent.serialize_state()
        )

    def read_multi_agent(self, session_id: str, multi_agent_id: str, **kwargs: Any) -> dict[str, Any] | None:
        return self.store.get_session_state(session_id, _multi_agent_key(multi_agent_id))

    def update_multi_agent(self, session_id: str, multi_agent: MultiAgentBase, **kwargs: Any) -> None:
        if self.read_multi_agent(session_id, multi_agent.id) is None:
            raise SessionException(f"Multi-agent {multi_agent.id} in session {session_id} does not exist.")
        self.create_multi_agent(session_id, multi_agent)

    def _find(self, session_id: str, agent_id: str, message_id: int) -> Message | None:
        return next(
            (
                m
                for m in self.store.iter_messages(session_id, agent_id=agent_id)
                if m.metadata.get(STRANDS, {}).get("message_id") == message_id
            ),
            None,
        )


def _agent_key(agent_id: str) -> str:
    return f"strands-agent#{agent_id}"


def _multi_agent_key(multi_agent_id: str) -> str:
    return f"strands-multi-agent#{multi_agent_id}"


def _split(session_message: SessionMessage) -> tuple[str, list[dict[str, Any]], dict[str, Any]]:
    """Role, content and Strands' bookkeeping of a message, bytes base64-encoded as Strands stores them.

    A redacted message is stored as its redaction only: what a guardrail blocked is not kept.
    """
    encoded = session_message.to_dict()
    effective = encoded["redact_message"] or encoded["message"]
    fields = {
        "message_id": encoded["message_id"],
        "created_at": encoded["created_at"],
        "updated_at": encoded["updated_at"],
        "redacted": encoded["redact_message"] is not None,
    }
    return effective["role"], effective["content"], fields


def _to_session_message(stored: Message) -> SessionMessage:
    fields = {k: v for k, v in stored.metadata[STRANDS].items() if k != "redacted"}
    return SessionMessage.from_dict({**fields, "message": {"role": stored.role, "content": stored.content}})
