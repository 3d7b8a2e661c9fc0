"""Every lab: the untouched exercise fails its checker, and the solution is stored as it runs.

The exercises run cell by cell in an IPython shell of this process (as a kernel runs them: magics, top-level
`await`, the same `agentkit.connect()` call, offline against the session's local platform) and must stop at
the checker with `LabCheckFailed`. One shell serves every exercise, its namespace reset between them: a kernel
start per exercise (~5 s of imports) bought nothing the solutions' kernel runs under nbval do not already show. The solutions are not run here: `labs/solutions` is one of
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
from IPython.core.interactiveshell import InteractiveShell

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


@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    return InteractiveShell.instance()


def first_error(shell: InteractiveShell, notebook: Path) -> tuple[str, BaseException | None]:
    """Run the notebook's code cells in order in a fresh namespace; (the failing cell's source, its error)."""
    shell.reset(new_session=False)
    for cell in nbformat.read(notebook, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        result = shell.run_cell(cell.source, silent=True)
        error = result.error_before_exec or result.error_in_exec
        if error is not None:
            return cell.source, error
    return "", None


@pytest.mark.parametrize("exercise", EXERCISES, ids=IDS)
def test_untouched_exercise_fails_its_checker(
    exercise: Path, shell: InteractiveShell, connected, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENTKIT_SIMULATOR", "default")
    monkeypatch.chdir(exercise.parent)
    cell, error = first_error(shell, exercise)
    where = cell.splitlines()[0] if cell else "the end"
    assert type(error).__name__ == "LabCheckFailed", f"{exercise.name} stopped at {where!r} with {error!r}"
    assert re.search(r"\bcheck_lab\d\d\(", cell), f"LabCheckFailed raised outside the checker cell: {where!r}"


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
