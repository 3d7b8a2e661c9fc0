"""Orchestrator–workers: a planner splits the task, workers run the parts at once, a synthesizer joins them.

1. **Plan.** The planner agent answers with a `Plan` by structured output: subtasks, each for one
   named worker. The plan is checked (every worker must exist) and persisted as the task record's
   plan in `agentkit.memory`, so the task can be read back, resumed or audited. A plan that names no
   usable subtask is a model error: the pattern falls back to giving every worker the whole task,
   and logs that decision — a run never has zero steps.
2. **Work.** Each subtask runs on a fresh worker agent (agents keep conversation state, so one agent
   per subtask) in a thread pool of `max_concurrency` threads: the workers overlap in time, and no
   more than that many call the model at once.
3. **Synthesize.** The synthesizer agent gets the task and every worker's result, labelled by
   worker, and is told to reconcile results that disagree. A worker that failed is reported to it
   as failed, not dropped.

Every agent carries the run's `MessageLog` hook; the plan, the fallback and the failures are logged
as decisions with their reason.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from agentkit.memory import MemoryStore, NotFound, TaskRecord
from agentkit.patterns.log import AgentFactory, MessageLog


class Subtask(BaseModel):
    agent: str = Field(description="name of the worker agent that does this step")
    instruction: str = Field(description="what that worker must find out or do, in one sentence")


class Plan(BaseModel):
    """A task split into steps for named workers."""

    subtasks: list[Subtask] = Field(description="the steps, each for one worker")


@dataclass
class WorkerResult:
    subtask: Subtask
    answer: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class Orchestration:
    task: str
    plan: Plan
    results: list[WorkerResult]
    answer: str
    log: MessageLog
    record: TaskRecord | None = field(default=None, repr=False)


def orchestrate(
    task: str,
    *,
    planner: AgentFactory,
    workers: dict[str, AgentFactory],
    synthesizer: AgentFactory,
    log: MessageLog | None = None,
    store: MemoryStore | None = None,
    max_concurrency: int = 4,
    review: Callable[[list[WorkerResult]], list[WorkerResult]] | None = None,
) -> Orchestration:
    """Run the orchestrator–workers pattern on `task` (see the module docstring).

    `review`, if given, sees the workers' results before the synthesizer does and returns the ones to
    use — a reviewer that sends work back (lab 06) plugs in here.
    """
    if not workers:
        raise ValueError("orchestrate needs at least one worker: pass workers={'name': factory, ...}.")
    if max_concurrency < 1:
        raise ValueError(f"max_concurrency must be 1 or more, got {max_concurrency}.")
    log = log or MessageLog()
    roster = "\n".join(f"- {name}: {factory([]).description}" for name, factory in workers.items())
    asked = planner([log.hook("planner", "orchestrator")])(
        f"Task: {task}\nSplit the task into subtasks for these agents:\n{roster}",
        structured_output_model=Plan,
    )
    plan = _usable(asked.structured_output, workers, task, log)
    record = _persist(store, task, plan) if store is not None else None

    def work(subtask: Subtask) -> WorkerResult:
        agent = workers[subtask.agent]([log.hook(subtask.agent, "orchestrator")])
        try:
            return WorkerResult(subtask, str(agent(subtask.instruction)).strip())
        except Exception as error:  # a failed worker is reported, the others go on
            log.decide("orchestrator", f"{subtask.agent} failed", f"{type(error).__name__}: {error}")
            return WorkerResult(subtask, error=f"{type(error).__name__}: {error}")

    with ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="worker") as pool:
        results = list(pool.map(work, plan.subtasks))
    if review is not None:
        results = review(results)
    sections = "\n".join(
        f"- {r.subtask.agent} ({r.subtask.instruction}): {r.answer if r.ok else 'FAILED: ' + r.error}"
        for r in results
    )
    answer = synthesizer([log.hook("synthesizer", "orchestrator")])(
        f"Task: {task}\nWorker results:\n{sections}\n"
        "Instructions: answer the task from these results; where two results disagree, say which you "
        "trust and why."
    )
    return Orchestration(task, plan, results, str(answer).strip(), log, record)


def _usable(plan: Plan | None, workers: dict[str, AgentFactory], task: str, log: MessageLog) -> Plan:
    """The model's plan without steps for unknown workers; every worker on the whole task if none is left."""
    steps = [s for s in (plan.subtasks if plan else []) if s.agent in workers and s.instruction.strip()]
    dropped = len(plan.subtasks) - len(steps) if plan else 0
    if steps:
        why = "the planner's structured output" + (
            f"; {dropped} step(s) for unknown workers dropped" if dropped else ""
        )
        usable = Plan(subtasks=steps)
    else:
        why = "the planner returned no usable step, so every worker gets the whole task"
        usable = Plan(subtasks=[Subtask(agent=name, instruction=task) for name in workers])
    summary = "; ".join(f"{s.agent}: {s.instruction}" for s in usable.subtasks)
    log.decide("orchestrator", f"plan of {len(usable.subtasks)} step(s) — {summary}", why)
    return usable


def _persist(store: MemoryStore, task: str, plan: Plan) -> TaskRecord:
    """The plan as a task record of the orchestrator agent (created once per store)."""
    try:
        store.get_agent("orchestrator")
    except NotFound:
        store.create_agent(
            "workshop", "orchestrator", {"system_prompt": "plans tasks"}, agent_id="orchestrator"
        )
    return store.create_task("orchestrator", task, plan=plan.model_dump())
