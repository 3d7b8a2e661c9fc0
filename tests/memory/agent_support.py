"""Helpers of the memory properties that drive real Strands agents on a store (the simulated model answers).

`Recorder` sees what each model call is sent, after every other hook has run (it is added last), so "the
context was loaded before processing" is checked on the request itself.
"""

from __future__ import annotations

import copy
import itertools
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from strands import Agent
from strands.hooks import BeforeModelCallEvent
from strands.models import Model

from agentkit import models
from agentkit.memory import MemoryStore
from agentkit.memory.budget import BudgetedSummarizer
from agentkit.memory.strands_session import session_manager

PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_ids = itertools.count()
_models: dict[tuple[tuple[str, str], ...], Model] = {}

word = st.sampled_from(
    "lake ridge trail camp river city museum train ticket hotel dinner market harbour castle garden "
    "bridge tower beach forest valley".split()
)
sentences = st.lists(word, min_size=2, max_size=8).map(
    lambda ws: ("We visit the " + " ".join(ws)).strip() + "."
)
facts = st.lists(word, min_size=2, max_size=5).map(lambda ws: "The user likes the " + " ".join(ws) + ".")


class Recorder:
    """Keeps a copy of the messages and system prompt of every model call of an agent.

    With a budget it also counts each request's tokens as sent, and as the full history (every
    message the store holds) would have been.
    """

    def __init__(
        self, agent: Agent, budget: BudgetedSummarizer | None = None, store: MemoryStore | None = None
    ):
        self.calls: list[dict[str, Any]] = []
        self.budget, self.store = budget, store
        agent.hooks.add_callback(BeforeModelCallEvent, self._record)

    def _record(self, event: BeforeModelCallEvent) -> None:
        agent = event.agent
        call = {"messages": copy.deepcopy(agent.messages), "system": agent.system_prompt}
        if self.budget is not None and self.store is not None:
            session = agent._session_manager.session_id  # type: ignore[union-attr]
            history = [{"role": m.role, "content": m.content} for m in self.store.iter_messages(session)]
            call["tokens"] = self.budget.request_tokens(agent)
            call["full_tokens"] = self.budget.request_tokens(agent, history)
        self.calls.append(call)


def shared_model() -> Model:
    """`models.build_model()`, built once per environment (os.environ as a whole) and shared by the agents.

    A model holds its configuration, a Bedrock client and its retry guard, none of the conversation (that is
    the agent's and the store's), so an agent on a shared model still starts from nothing but the store.
    Building one per agent (a new boto3 session and client) was most of the test thread's time in the
    properties that make a few agents per example.
    """
    key = tuple(sorted(os.environ.items()))
    if key not in _models:
        _models[key] = models.build_model()
    return _models[key]


def agent_on(store: MemoryStore, session_id: str, **options: Any) -> Agent:
    return Agent(
        model=shared_model(),
        session_manager=session_manager(store, session_id, user_id="ana"),
        callback_handler=None,
        **options,
    )


def texts(messages: list[Any]) -> list[tuple[str, str]]:
    return [(m["role"], "".join(b.get("text", "") for b in m["content"]).strip()) for m in messages]


def new_session() -> str:
    return f"p-{next(_ids)}"
