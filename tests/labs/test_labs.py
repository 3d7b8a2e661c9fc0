"""Every lab: the untouched exercise fails its checker, and the solution is stored as it runs.

The exercises run the way a learner runs them — the whole notebook in a fresh kernel (papermill), offline —
and must stop at the checker with `LabCheckFailed`. The solutions are not run here: `labs/solutions` is one of
pytest's testpaths, so nbval re-executes each stored solution once and compares every cell's output with the
stored one (a cell that raises fails it). What this file checks of them is that they are stored complete —
every code cell executed, the checker's report saying "passed" — so nbval has something to compare.
Refresh them with `python -m agentkit.workshop --notebooks labs/solutions --out build/labs --store`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nbformat
import pytest
from papermill.exceptions import PapermillExecutionError

ROOT = Path(__file__).resolve().parents[2]
LABS = ROOT / "labs"
EXERCISES = sorted(LABS.glob("[0-9][0-9]_*.ipynb"))
IDS = [e.stem for e in EXERCISES]


def test_every_exercise_has_a_solution() -> None:
    assert EXERCISES, "no labs found"
    for exercise in EXERCISES:
        assert (LABS / "solutions" / exercise.name).exists(), f"no solution for {exercise.name}"


def test_nbval_runs_the_solutions_and_not_the_exercises() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "labs/solutions" in settings["testpaths"] and "labs" not in settings["testpaths"]
    assert "--nbval " in settings["addopts"]


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_untouched_exercise_fails_its_checker(exercise: Path, run_notebook) -> None:
    with pytest.raises(PapermillExecutionError) as failure:
        run_notebook(exercise)
    assert failure.value.ename == "LabCheckFailed"


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_exercise_is_committed_without_outputs(exercise: Path) -> None:
    code = [c for c in nbformat.read(exercise, as_version=4).cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_solution_is_stored_with_the_outputs_of_a_passing_run(exercise: Path) -> None:
    code = [
        c
        for c in nbformat.read(LABS / "solutions" / exercise.name, as_version=4).cells
        if c.cell_type == "code"
    ]
    unexecuted = [c.source.splitlines()[0] for c in code if c.execution_count is None]
    assert not unexecuted, f"cells stored without running (nbval would not compare them): {unexecuted}"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), (
        "not stored from one run in order"
    )
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    checker = next(c for c in code if re.search(r"\bcheck_lab\d\d\(", c.source))
    report = "".join(o.get("data", {}).get("text/plain", "") for o in checker.outputs)
    assert ": passed" in report.splitlines()[0], report
    assert all(not c.metadata.get("execution") and not c.metadata.get("papermill") for c in code)
