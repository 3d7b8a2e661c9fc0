"""Evaluator–optimizer: generate, score against a rubric, refine with the critique — every round kept.

The rubric is a list of `Criterion`s. A criterion with a `check` is judged by code (a figure is
cited, a length limit holds, a source is named): deterministic, free, and the same for any model. A
criterion without one is judged by the `judge` agent, by structured output (`Verdict`: met or not,
and why) — what needs reading rather than matching. The round's score is the share of criteria met;
the critique lists the unmet ones with their reasons, and goes back to the generator. The loop stops
at `threshold` or after `max_rounds`; the best round is the answer (a later round can be worse).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from agentkit.patterns.log import AgentFactory, MessageLog


@dataclass(frozen=True)
class Criterion:
    name: str
    description: str
    check: Callable[[str], bool] | None = None
    """Judges the draft in code; None means the judge agent reads it."""


class Verdict(BaseModel):
    met: bool = Field(description="whether the draft meets the criterion")
    reason: str = Field(description="why, in one sentence")


@dataclass
class Round:
    number: int
    draft: str
    score: float
    unmet: dict[str, str] = field(default_factory=dict)
    """Criterion name → why it is not met."""

    @property
    def critique(self) -> str:
        return "; ".join(f"{name}: {why}" for name, why in self.unmet.items()) or "meets every criterion"


@dataclass
class Refinement:
    rounds: list[Round]
    threshold: float
    log: MessageLog

    @property
    def best(self) -> Round:
        return max(self.rounds, key=lambda r: (r.score, -r.number))

    @property
    def passed(self) -> bool:
        return self.best.score >= self.threshold


def refine(
    task: str,
    *,
    generator: AgentFactory,
    rubric: list[Criterion],
    judge: AgentFactory | None = None,
    threshold: float = 1.0,
    max_rounds: int = 3,
    log: MessageLog | None = None,
) -> Refinement:
    """Run generate → evaluate → refine on `task` (see the module docstring)."""
    if not rubric:
        raise ValueError("refine needs a rubric: pass at least one Criterion.")
    if judge is None and any(c.check is None for c in rubric):
        raise ValueError("Criteria without a check are judged by an agent: pass judge=<agent factory>.")
    if not 0 < threshold <= 1 or max_rounds < 1:
        raise ValueError("threshold must be in (0, 1] and max_rounds at least 1.")
    log = log or MessageLog()
    writer = generator([log.hook("writer", "optimizer")])  # one writer: it revises its own drafts
    rounds: list[Round] = []
    prompt = task
    for number in range(1, max_rounds + 1):
        draft = str(writer(prompt)).strip()
        unmet = _evaluate(draft, rubric, judge, log)
        rounds.append(Round(number, draft, 1 - len(unmet) / len(rubric), unmet))
        log.decide(
            "optimizer",
            f"round {number}: score {rounds[-1].score:.2f}",
            rounds[-1].critique,
        )
        if rounds[-1].score >= threshold:
            break
        prompt = f"Revise your answer to: {task}\nFix these points: {rounds[-1].critique}"
    return Refinement(rounds, threshold, log)


def _evaluate(
    draft: str, rubric: list[Criterion], judge: AgentFactory | None, log: MessageLog
) -> dict[str, str]:
    unmet: dict[str, str] = {}
    for criterion in rubric:
        if criterion.check is not None:
            if not criterion.check(draft):
                unmet[criterion.name] = f"not met ({criterion.description})"
            continue
        assert judge is not None
        verdict = judge([log.hook("judge", "optimizer")])(
            f"Criterion: {criterion.description}\nDraft: {draft}\nQuestion: does the draft meet the criterion?",
            structured_output_model=Verdict,
        ).structured_output
        if verdict is None or not verdict.met:
            unmet[criterion.name] = verdict.reason if verdict else "the judge gave no verdict"
    return unmet
