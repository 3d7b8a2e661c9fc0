"""Hand-offs with context transfer: a triage agent passes a request to a specialist — and it can come back.

Built on Strands' `Swarm`: each agent gets the swarm's `handoff_to_agent` tool, and an agent that
calls it names the next agent, a message, and a `context` of facts. What the next agent receives is
that hand-off — the request, the message, the shared facts and what earlier agents produced — not the
previous agent's transcript: a compact context, so a specialist reads a few lines instead of a whole
conversation, and tokens stay flat as a chain grows. A specialist that finds the request is not its
own hands it on, or back (`max_handoffs` bounds the chain).

agentkit adds the message log: every agent's turn, and every hand-off as a decision with the
message and the context it carried (`HandoffHook`, a Strands hook on the hand-off tool call).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from strands.hooks import BeforeToolCallEvent, HookProvider, HookRegistry
from strands.multiagent import Status, Swarm

from agentkit.patterns.log import AgentFactory, MessageLog

HANDOFF_TOOL = "handoff_to_agent"


@dataclass(frozen=True)
class Transfer:
    """One hand-off: who passed the request to whom, with which message and facts."""

    sender: str
    receiver: str
    message: str
    context: dict[str, Any]


@dataclass
class Handoffs:
    request: str
    path: list[str]
    """The agents in the order they worked on the request."""
    transfers: list[Transfer]
    answer: str
    completed: bool
    log: MessageLog


class HandoffHook(HookProvider):
    """Logs an agent's calls of the hand-off tool as transfers and decisions."""

    def __init__(self, log: MessageLog, agent: str, transfers: list[Transfer]):
        self.log, self.agent, self.transfers = log, agent, transfers

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        registry.add_callback(BeforeToolCallEvent, self._handing_off)

    def _handing_off(self, event: BeforeToolCallEvent) -> None:
        use = event.tool_use
        if use.get("name") != HANDOFF_TOOL:
            return
        given = use.get("input") or {}
        context = given.get("context") or {}
        transfer = Transfer(
            self.agent, str(given.get("agent_name", "")), str(given.get("message", "")), context
        )
        self.transfers.append(transfer)
        self.log.decide(
            self.agent,
            f"hand off to {transfer.receiver}: {transfer.message}",
            f"context passed: {json.dumps(context, ensure_ascii=False)}" if context else "no extra context",
        )


def hand_off(
    request: str,
    *,
    triage: AgentFactory,
    specialists: dict[str, AgentFactory],
    log: MessageLog | None = None,
    max_handoffs: int = 4,
) -> Handoffs:
    """Run `request` through a swarm that starts at `triage` (see the module docstring).

    Each factory gets the hooks to install and returns an `Agent` whose `name` is its key (`triage`
    for the entry agent) and whose `description` says what it handles: the swarm lists those to the
    agents choosing where to hand off.
    """
    if not specialists:
        raise ValueError("hand_off needs at least one specialist: pass specialists={'name': factory, ...}.")
    log = log or MessageLog()
    transfers: list[Transfer] = []
    factories = {"triage": triage, **specialists}
    agents = []
    for name, factory in factories.items():
        agent = factory([log.hook(name, "swarm"), HandoffHook(log, name, transfers)])
        if agent.name != name:
            raise ValueError(
                f"The factory for {name!r} built an agent named {agent.name!r}: name it {name!r}."
            )
        if not agent.description:
            raise ValueError(f"Give agent {name!r} a description: the swarm lists it to choose hand-offs.")
        agents.append(agent)
    swarm = Swarm(agents, entry_point=agents[0], max_handoffs=max_handoffs, max_iterations=max_handoffs + 2)
    result = swarm(request)
    path = [node.node_id for node in result.node_history]
    last = result.results.get(path[-1]) if path else None
    answer = str(last.result).strip() if last is not None and last.result is not None else ""
    return Handoffs(request, path, transfers, answer, result.status == Status.COMPLETED, log)
