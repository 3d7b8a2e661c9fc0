"""Lab 06 · a reviewer for the orchestrator: results that fail the rubric go back to their worker.

The learner writes `review(results, rubric, redo, max_rounds=..., log=...)`. The checker calls it on
results, rubrics and `redo` functions of its own — none of them shown in the lab — and checks the
behaviour: what passes is left alone, what fails goes back with a critique naming the unmet criteria,
at most `max_rounds` times, the best version is kept, crashed workers are not reviewed, order is kept,
and every send-back is a logged decision.
"""

from __future__ import annotations

from collections.abc import Callable

from agentkit.labs.report import LabReport
from agentkit.patterns import AgentFactory, Criterion, MessageLog, Subtask, WorkerResult

Review = Callable[..., list[WorkerResult]]


def _rubric() -> list[Criterion]:
    return [
        Criterion(
            "cites a number", "quotes at least one figure", lambda text: any(c.isdigit() for c in text)
        ),
        Criterion("names a warehouse", "says which warehouse", lambda text: "warehouse" in text.lower()),
    ]


def _result(agent: str, answer: str = "", error: str = "") -> WorkerResult:
    return WorkerResult(Subtask(agent=agent, instruction=f"report on {agent}"), answer, error)


class _Redo:
    """A worker that answers a send-back with the next of its prepared answers, recording each critique."""

    def __init__(self, answers: dict[str, list[str]]):
        self.answers = {k: list(v) for k, v in answers.items()}
        self.calls: list[tuple[str, str]] = []

    def __call__(self, result: WorkerResult, critique: str) -> WorkerResult:
        self.calls.append((result.subtask.agent, critique))
        queue = self.answers.get(result.subtask.agent) or [result.answer]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        return WorkerResult(result.subtask, answer)


def check_lab06(review: Review) -> LabReport:
    """Run the learner's `review` on cases of the checker's own and report what to fix."""
    report = LabReport("Lab 06 · a reviewer for the orchestrator")

    def check(name: str, passed: bool, hint: str) -> bool:
        return report.add(name, passed, "" if passed else hint)

    def run(
        results: list[WorkerResult], redo: _Redo, max_rounds: int = 2
    ) -> tuple[list[WorkerResult], MessageLog]:
        log = MessageLog()
        return review(results, _rubric(), redo, max_rounds=max_rounds, log=log), log

    try:
        good = [
            _result("north_clerk", "412 tents in the Leeds warehouse"),
            _result("south_clerk", "Bristol warehouse: 17"),
        ]
        redo = _Redo({})
        kept, log = run(good, redo)
    except NotImplementedError:
        check("review is implemented", False, "replace the TODO in review()")
        return report.raise_for_failures()
    check(
        "results that meet the rubric are left alone",
        [r.answer for r in kept] == [r.answer for r in good] and not redo.calls,
        f"redo was called {len(redo.calls)} time(s) for results that meet every criterion",
    )

    failing = [
        _result("east_clerk", "tents are selling well"),
        _result("west_clerk", "Cardiff warehouse has 9"),
    ]
    redo = _Redo({"east_clerk": ["the Hull warehouse holds 31 tents"]})
    kept, log = run(failing, redo)
    sent = [agent for agent, _ in redo.calls]
    check(
        "a failing result goes back to its worker, and only that one",
        sent == ["east_clerk"],
        f"redo was called for {sent}; call it for each result that misses a criterion",
    )
    critique = redo.calls[0][1] if redo.calls else ""
    check(
        "the critique names what is missing",
        "cites a number" in critique and "names a warehouse" in critique,
        f"critique was {critique!r}; name every unmet criterion (Criterion.name)",
    )
    check(
        "the revised result replaces the failing one, in its place",
        [r.answer for r in kept] == ["the Hull warehouse holds 31 tents", "Cardiff warehouse has 9"],
        f"got {[r.answer for r in kept]}",
    )
    decisions = log.of("decision")
    check(
        "each send-back is a logged decision with its reason",
        len(decisions) == 1 and bool(decisions[0].why),
        f"{len(decisions)} decision(s) logged; call log.decide(...) once per send-back, with the critique as why",
    )

    stubborn = [_result("harbour_clerk", "no idea")]
    redo = _Redo({"harbour_clerk": ["the stock is 40", "still no idea", "unknown"]})
    kept, _ = run(stubborn, redo, max_rounds=3)
    check(
        "at most max_rounds send-backs",
        len(redo.calls) == 3,
        f"redo was called {len(redo.calls)} time(s) with max_rounds=3",
    )
    check(
        "the best version is kept (most criteria met), not the last",
        [r.answer for r in kept] == ["the stock is 40"],
        f"kept {[r.answer for r in kept]}; compare versions by the number of criteria they meet",
    )

    crashed = [_result("depot_clerk", error="TimeoutError: no answer")]
    redo = _Redo({})
    kept, _ = run(crashed, redo)
    check(
        "a worker that failed is reported, not reviewed",
        not redo.calls and kept[0].error == "TimeoutError: no answer",
        "leave results with an error as they are (the synthesizer is told they failed)",
    )
    return report.raise_for_failures()


def example_redo(agent_factories: dict[str, AgentFactory], log: MessageLog) -> Callable[..., WorkerResult]:
    """The lab's `redo` on real agents: the worker gets its instruction again with the critique."""

    def redo(result: WorkerResult, critique: str) -> WorkerResult:
        agent = agent_factories[result.subtask.agent]([log.hook(result.subtask.agent, "reviewer")])
        answer = agent(f"{result.subtask.instruction}\nYour last answer missed: {critique}. Answer again.")
        return WorkerResult(result.subtask, str(answer).strip())

    return redo
