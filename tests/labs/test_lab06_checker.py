"""Lab 06's checker: passes a correct reviewer, fails plausible wrong ones with the reason."""

from __future__ import annotations

import pytest

from agentkit.labs import LabCheckFailed, check_lab06


def correct(results, rubric, redo, *, max_rounds=2, log):
    def met(result):
        return sum(bool(c.check(result.answer)) for c in rubric)

    reviewed = []
    for result in results:
        if not result.ok:
            reviewed.append(result)
            continue
        best = current = result
        for _ in range(max_rounds):
            unmet = [c for c in rubric if not c.check(current.answer)]
            if not unmet:
                break
            critique = "; ".join(c.name for c in unmet)
            log.decide("reviewer", f"{current.subtask.agent} sent back", why=critique)
            current = redo(current, critique)
            if met(current) > met(best):
                best = current
        reviewed.append(best)
    return reviewed


def keeps_the_last(results, rubric, redo, *, max_rounds=2, log):
    """Sends back correctly but keeps the last version, not the best."""
    reviewed = []
    for result in results:
        current = result
        for _ in range(max_rounds if result.ok else 0):
            unmet = [c for c in rubric if not c.check(current.answer)]
            if not unmet:
                break
            critique = "; ".join(c.name for c in unmet)
            log.decide("reviewer", "sent back", why=critique)
            current = redo(current, critique)
        reviewed.append(current)
    return reviewed


def reviews_everything(results, rubric, redo, *, max_rounds=2, log):
    """Sends every result back once, whether it meets the rubric or not."""
    return [redo(r, "; ".join(c.name for c in rubric)) for r in results]


def test_a_correct_reviewer_passes() -> None:
    assert check_lab06(correct).passed


@pytest.mark.parametrize(
    ("wrong", "reason"),
    [(keeps_the_last, "the best version is kept"), (reviews_everything, "left alone")],
    ids=["keeps-the-last", "reviews-everything"],
)
def test_a_wrong_reviewer_fails_with_the_reason(wrong, reason: str) -> None:
    with pytest.raises(LabCheckFailed, match=reason):
        check_lab06(wrong)
