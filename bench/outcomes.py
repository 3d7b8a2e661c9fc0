"""Per-case outcomes of a benchmark run (`bench/bfcl.py`, `bench/nestful.py`): saved, and compared with a saved run.

A rule is kept only when it gains more than it loses; the comparison names the cases that now fail so a loss
can be traced (`--ids`) without reading the others.
"""

from __future__ import annotations

import json
from pathlib import Path


def compare_and_save(outcomes: dict[str, bool], compare: Path | None, save: Path | None) -> None:
    """Print how many cases now pass and now fail against the run saved at `compare` (the failing ids by
    name), and write this run's outcomes to `save`."""
    if compare and compare.exists():
        before = json.loads(compare.read_text())
        gained = sorted(i for i, ok in outcomes.items() if ok and before.get(i) is False)
        lost = sorted(i for i, ok in outcomes.items() if not ok and before.get(i) is True)
        print(f"against {compare}: {len(gained)} now pass, {len(lost)} now fail")
        if lost:
            print("  now failing: " + " ".join(lost))
    if save:
        save.parent.mkdir(parents=True, exist_ok=True)
        save.write_text(json.dumps(outcomes, indent=0, sort_keys=True))
