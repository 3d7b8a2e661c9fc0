"""An execution's history as a timeline: one bar per state it passed through, coloured by how it ended.

`steps(records)` reads the flat records of `agentkit.workflows.local.history` (the same shape whether the
execution ran on local AWS or on Step Functions) into `Step`s — state, start, end, outcome — and `draw`
plots them, so a notebook shows where a run spent its time, where it waited for a person, and where it
failed, without reading the raw events.

Outcomes: `succeeded` (entered and exited), `failed` (a failure or a time-out was recorded while the state
was active), `waiting` (entered and not yet exited — a task token still unanswered).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Outcome = Literal["succeeded", "failed", "waiting"]
COLOURS: dict[str, str] = {"succeeded": "#2e7d32", "failed": "#c62828", "waiting": "#ff9900"}
_FAILURES = ("Failed", "TimedOut", "Aborted")


@dataclass(frozen=True)
class Step:
    state: str
    start: datetime
    end: datetime | None
    outcome: Outcome


def steps(records: list[dict[str, Any]]) -> list[Step]:
    """The states an execution went through, in the order it entered them."""
    open_: dict[str, tuple[datetime, bool]] = {}
    done: list[Step] = []
    order: list[str] = []
    for record in records:
        kind, state, at = record["type"], record.get("state"), record["timestamp"]
        if kind.endswith("StateEntered") and state:
            open_[state] = (at, False)
            order.append(state)
        elif kind.endswith(_FAILURES) and state in open_:
            open_[state] = (open_[state][0], True)
        elif kind.endswith("StateExited") and state in open_:
            start, failed = open_.pop(state)
            done.append(Step(state, start, at, "failed" if failed else "succeeded"))
    done += [Step(s, start, None, "failed" if failed else "waiting") for s, (start, failed) in open_.items()]
    position = {state: i for i, state in enumerate(dict.fromkeys(order))}
    return sorted(done, key=lambda s: (s.start, position.get(s.state, 0)))


def draw(records: list[dict[str, Any]], title: str = "Execution timeline") -> Figure:
    """A horizontal bar per state, from entering to leaving it (to the last event while it still waits)."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    found = steps(records)
    if not found:
        raise ValueError(
            "No state was entered in these records: pass history(sfn, execution_arn) of a started run."
        )
    origin = min(s.start for s in found)
    last = max(r["timestamp"] for r in records)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(found) + 1.2))
    for row, step in enumerate(found):
        begin = (step.start - origin).total_seconds()
        length = max(((step.end or last) - step.start).total_seconds(), 0.002)
        ax.barh(row, length, left=begin, color=COLOURS[step.outcome], height=0.6)
        ax.text(begin, row, f" {step.state}", va="center", ha="left", fontsize=8, color="#222")
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.set_xlabel("seconds since the first state")
    ax.set_title(title)
    ax.legend(handles=[Patch(color=c, label=o) for o, c in COLOURS.items()], loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig
