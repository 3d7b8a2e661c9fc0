"""Long-term memory for a Strands agent: facts it was asked to remember, loaded before every turn.

A conversation forgets: a budget summarizes older turns away (`agentkit.memory.budget`), and a new
session starts empty. Facts do not: `LongTermMemory` gives the agent a `remember` tool that stores a
fact in the `MemoryStore` (with its confidence and where it came from), and before each invocation
it reads the agent's facts back from the store and puts them in the system prompt. So the agent
knows them in every session and after any summary, and what it knows is a list a person can read,
correct or delete (`store.list_facts`, `store.forget`).

Reading the store *before* the model is called, every turn, is what makes it the source of truth: a
fact removed elsewhere is gone from the next turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from strands.hooks import AgentInitializedEvent, BeforeInvocationEvent, HookProvider, HookRegistry

from agentkit.tools.core import Tool, tool

if TYPE_CHECKING:
    from agentkit.memory.records import Fact
    from agentkit.memory.store import MemoryStore

HEADING = "Facts you remember about the user (from earlier conversations):"


class LongTermMemory(HookProvider):
    """Facts of `agent_id` in `store`: a `remember` tool, and the facts in the system prompt each turn.

    `Agent(hooks=[memory], tools=[memory.remember.as_strands(), ...])`. `source` is recorded with
    every fact the agent stores (e.g. the session it was said in).
    """

    def __init__(self, store: MemoryStore, agent_id: str, *, source: str = "conversation") -> None:
        self.store = store
        self.agent_id = agent_id
        self.source = source
        self.loaded: list[Fact] = []
        """The facts put in front of the model on the latest turn."""
        self._base_prompt: str | None = None
        self.remember = self._remember_tool()

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        registry.add_callback(AgentInitializedEvent, self._keep_base_prompt)
        registry.add_callback(BeforeInvocationEvent, self._load_facts)

    def system_prompt(self, facts: list[Fact]) -> str | None:
        """The agent's own system prompt followed by the facts, one per line."""
        lines = [f"- {fact.content}" for fact in facts]
        parts = [self._base_prompt, "\n".join([HEADING, *lines]) if lines else None]
        return "\n\n".join(p for p in parts if p) or None

    def _keep_base_prompt(self, event: AgentInitializedEvent) -> None:
        self._base_prompt = event.agent.system_prompt

    def _load_facts(self, event: BeforeInvocationEvent) -> None:
        self.loaded = self.store.list_facts(self.agent_id)
        event.agent.system_prompt = self.system_prompt(self.loaded)

    def _remember_tool(self) -> Tool:
        memory = self

        @tool
        def remember(fact: str) -> str:
            """Store a fact about the user for later conversations, when the user asks you to remember it.

            Args:
                fact: The fact in one short sentence, e.g. "The user's sister Ana lives in Lisbon."
            """
            stored = memory.store.remember(memory.agent_id, fact, source=memory.source)
            return f"Remembered: {stored.content}"

        return remember
