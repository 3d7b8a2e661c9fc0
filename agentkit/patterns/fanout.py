"""Parallel fan-out and aggregation: independent agents on one question, each with a time limit.

Each branch runs in its own thread on a fresh agent; the caller waits for each at most `timeout_s`
(measured from the start, so the whole fan-out takes at most about that long). A branch that fails
or is late is recorded as such — its reason in the log — and the others' results are kept: the
aggregate is made from what came back, and says what did not. (A late branch's thread finishes in
the background; its answer is discarded.)

Why not Strands' `Graph`: a node failure there fails the graph, and partial results are what this
pattern is for.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from agentkit.patterns.log import AgentFactory, MessageLog


@dataclass
class Branch:
    name: str
    answer: str = ""
    error: str = ""
    started: float = 0.0
    ended: float = 0.0
    """Monotonic seconds: when the branch's agent started and finished (for overlap checks)."""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class FanOut:
    question: str
    branches: list[Branch]
    answer: str
    log: MessageLog

    @property
    def succeeded(self) -> list[Branch]:
        return [b for b in self.branches if b.ok]


def fan_out(
    question: str,
    agents: dict[str, AgentFactory],
    *,
    aggregator: AgentFactory | None = None,
    timeout_s: float = 60.0,
    log: MessageLog | None = None,
) -> FanOut:
    """Ask every agent `question` at once; aggregate what returns within `timeout_s` (module docstring)."""
    if not agents:
        raise ValueError("fan_out needs at least one agent: pass agents={'name': factory, ...}.")
    if timeout_s <= 0:
        raise ValueError(f"timeout_s must be positive, got {timeout_s}.")
    log = log or MessageLog()
    branches = {name: Branch(name) for name in agents}

    def run(name: str) -> str:
        branch = branches[name]
        branch.started = time.monotonic()
        try:
            return str(agents[name]([log.hook(name, "fan-out")])(question)).strip()
        finally:
            branch.ended = time.monotonic()

    pool = ThreadPoolExecutor(max_workers=len(agents), thread_name_prefix="branch")
    futures = {name: pool.submit(run, name) for name in agents}
    deadline = time.monotonic() + timeout_s
    for name, future in futures.items():
        branch = branches[name]
        try:
            branch.answer = future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            branch.error = f"no answer within {timeout_s:g} s"
        except Exception as error:  # one branch's failure leaves the others' results intact
            branch.error = f"{type(error).__name__}: {error}"
        if branch.error:
            log.decide("fan-out", f"{name} left out", branch.error)
    pool.shutdown(wait=False, cancel_futures=True)
    kept = [b for b in branches.values() if b.ok]
    missing = [b for b in branches.values() if not b.ok]
    if aggregator is None or not kept:
        answer = "\n".join(f"{b.name}: {b.answer}" for b in kept)
    else:
        results = "\n".join(f"- {b.name}: {b.answer}" for b in kept)
        gaps = "; ".join(f"{b.name} ({b.error})" for b in missing)
        answer = str(
            aggregator([log.hook("aggregator", "fan-out")])(
                f"Question: {question}\nAnswers received:\n{results}"
                + (f"\nMissing answers: {gaps}" if gaps else "")
            )
        ).strip()
    return FanOut(question, list(branches.values()), answer, log)
