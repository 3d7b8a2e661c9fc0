"""Per-case outcomes of a benchmark run (`bench/bfcl.py`, `bench/nestful.py`): the table of both halves,
saved, and compared with a saved run.

A rule is kept only when it gains more than it loses; the comparison names the cases that now fail so a loss
can be traced (`--ids`) without reading the others.
"""

from __future__ import annotations

import json
from collections import Counter
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


def print_halves(label: str, rows: list, halves: list[str], errors: int) -> None:
    """Accuracy per row (a category or a set) and half, with the cases run, the time, the total over all
    rows, and then each row's commonest error kinds per half. `rows` holds (name, {half: [(passed, kind)]},
    seconds)."""
    width = max(len(label), *(len(name) for name, _, _ in rows), len("all cases")) + 4
    print(f"{label:<{width}}" + "".join(f"{h + ' half':>20}" for h in halves) + f"{'time':>9}")
    totals = {h: [0, 0] for h in halves}
    for name, results, elapsed in rows:
        cells = ""
        for h in halves:
            ok, n = sum(p for p, _ in results[h]), len(results[h])
            totals[h][0] += ok
            totals[h][1] += n
            cells += _cell(ok, n)
        print(f"{name:<{width}}{cells}{elapsed:>8.1f}s")
    print(f"{'all cases':<{width}}" + "".join(_cell(*totals[h]) for h in halves))
    for name, results, _ in rows:
        for h in halves:
            kinds = Counter(kind for passed, kind in results[h] if not passed)
            if kinds and errors:
                print(f"  {name} ({h}): " + ", ".join(f"{k} ×{n}" for k, n in kinds.most_common(errors)))


def _cell(ok: int, n: int) -> str:
    return f"{(100 * ok / n if n else 0.0):>10.1f} % {f'{ok}/{n}':>7}"
