"""Every lab: the untouched exercise fails its checker, and the solution passes it.

Both run the way a learner runs them — the whole notebook in a fresh kernel (papermill), offline.
"""

from __future__ import annotations

from pathlib import Path

import papermill
import pytest
from papermill.exceptions import PapermillExecutionError

LABS = Path(__file__).resolve().parents[2] / "labs"
EXERCISES = sorted(LABS.glob("[0-9][0-9]_*.ipynb"))


def execute(notebook: Path, tmp_path: Path) -> None:
    papermill.execute_notebook(
        str(notebook),
        str(tmp_path / notebook.name),
        kernel_name="python3",
        cwd=str(notebook.parent),
        progress_bar=False,
        execution_timeout=300,
    )


def test_every_exercise_has_a_solution() -> None:
    assert EXERCISES, "no labs found"
    for exercise in EXERCISES:
        assert (LABS / "solutions" / exercise.name).exists(), f"no solution for {exercise.name}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.stem for e in EXERCISES])
def test_untouched_exercise_fails_its_checker(exercise: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "local")
    with pytest.raises(PapermillExecutionError) as failure:
        execute(exercise, tmp_path)
    assert failure.value.ename == "LabCheckFailed"


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.stem for e in EXERCISES])
def test_solution_passes_its_checker(exercise: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("AGENTKIT_MODE", "local")
    execute(LABS / "solutions" / exercise.name, tmp_path)
