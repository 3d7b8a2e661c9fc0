"""Every lab solution passes its checker when the simulated model has other habits (`AGENTKIT_SIMULATOR=other`).

A checker that passes only because of the default persona's first tool, call order or wording would fail a
learner on Bedrock; the `other` persona (see `agentkit.local.simulated.persona`) finds that offline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.persona

SOLUTIONS = sorted((Path(__file__).resolve().parents[2] / "labs" / "solutions").glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("solution", SOLUTIONS, ids=[s.stem for s in SOLUTIONS])
def test_lab_solution_passes_under_the_other_persona(solution: Path, run_notebook) -> None:
    run_notebook(solution, simulator="other")
