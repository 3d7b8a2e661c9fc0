"""Multi-agent patterns, each small enough to read in one sitting, on Strands' own primitives.

* `orchestrate` — orchestrator–workers: a persisted plan by structured output, workers in parallel
  (bounded), a synthesizer that reconciles (`agentkit.patterns.orchestrator`);
* `refine` — evaluator–optimizer: generate, score against a rubric, refine, every round kept
  (`agentkit.patterns.evaluator`);
* `hand_off` — a triage agent hands a request to a specialist with a compact context, on Strands'
  `Swarm` (`agentkit.patterns.handoff`);
* `fan_out` — independent agents in parallel, a time limit per branch, partial results kept
  (`agentkit.patterns.fanout`).

All of them write one `MessageLog` (`agentkit.patterns.log`) through Strands hooks: messages,
tokens, costs and decisions with their reasons, drawn as a sequence diagram and persisted in
`agentkit.memory`. Agents are passed as factories — `lambda hooks: Agent(..., hooks=hooks)` — because
a pattern needs fresh agents (one per parallel task) carrying its hooks.
"""

from agentkit.patterns.evaluator import Criterion, Refinement, Round, Verdict, refine
from agentkit.patterns.fanout import Branch, FanOut, fan_out
from agentkit.patterns.handoff import HandoffHook, Handoffs, Transfer, hand_off
from agentkit.patterns.log import AgentFactory, Entry, LogHook, MessageLog
from agentkit.patterns.orchestrator import Orchestration, Plan, Subtask, WorkerResult, orchestrate

__all__ = [
    "AgentFactory",
    "Branch",
    "Criterion",
    "Entry",
    "FanOut",
    "HandoffHook",
    "Handoffs",
    "LogHook",
    "MessageLog",
    "Orchestration",
    "Plan",
    "Refinement",
    "Round",
    "Subtask",
    "Transfer",
    "Verdict",
    "WorkerResult",
    "fan_out",
    "hand_off",
    "orchestrate",
    "refine",
]
