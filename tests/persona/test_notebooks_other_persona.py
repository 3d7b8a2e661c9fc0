"""Every notebook runs to its end when the simulated model has other habits (`AGENTKIT_SIMULATOR=other`).

Notebook code must not assume which tool a model calls first, the order of its parallel calls, or the
words of its answer: on Bedrock a real model decides. The `other` persona looks at an inspection tool
first, reverses parallel calls and words answers its own way, so a cell that leans on the default
persona's habits fails here, offline, instead of in a workshop room. Outputs are not compared (nbval
does that for the default persona); each notebook must only run to its end, the way a learner runs it.

Notebooks that send nothing to a model offline are left out: a persona cannot change what they do, and a
second run would only cost time (nbval runs them once).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.persona

MODEL_FREE = {
    "10_deploy": "synthesis, and a workflow whose steps are tool calls",
    "11_cleanup": "finding and deleting leftover resources",
}
NOTEBOOKS = [
    notebook
    for notebook in sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    if notebook.stem not in MODEL_FREE
]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[n.stem for n in NOTEBOOKS])
def test_notebook_runs_under_the_other_persona(notebook: Path, run_notebook) -> None:
    run_notebook(notebook, simulator="other")
