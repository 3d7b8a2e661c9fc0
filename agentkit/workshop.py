"""Run the workshop: execute every lesson notebook in order, headless, and report.

    python -m agentkit.workshop [--notebooks DIR] [--out DIR] [--only PATTERN] [--timeout SECONDS] [--store]

Each ``NN_*.ipynb`` in the notebooks folder runs in a fresh ``python3`` kernel (papermill), with the
notebook's own folder as working directory, so every lesson must stand on its own. Executed copies go to
``build/notebooks/`` (a failed one keeps its outputs up to the failing cell, with papermill's error
banner at the top), each with a ``.log`` file holding the kernel's own stderr. One progress line is
printed per notebook, then a summary table.

``--store`` writes the outputs of each passing notebook back into the notebook itself, without
papermill's run metadata: that is how the committed outputs, which nbval compares, are refreshed.

Exit status: 0 when every notebook passed, 1 when any failed, 2 when no notebook matched.
This module does not pick the mode: ``make workshop`` sets ``AGENTKIT_MODE=local`` unless the caller set
it, and the kernels inherit the environment.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

KERNEL_NAME = "python3"
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
DEFAULT_TIMEOUT = 300.0  # seconds per cell, the same as nbval's --nbval-cell-timeout in pyproject.toml

EXIT_OK, EXIT_FAILED, EXIT_NO_NOTEBOOKS = 0, 1, 2


@dataclass(frozen=True)
class NotebookResult:
    """What happened to one notebook."""

    notebook: Path  # the source notebook
    output: Path  # the executed copy
    status: Literal["passed", "failed"]
    cells: int  # code cells in the notebook
    seconds: float
    failed_cell: int | None = None  # 1-based number among the code cells, when known
    error: str | None = None  # "ZeroDivisionError: division by zero"

    @property
    def passed(self) -> bool:
        return self.status == "passed"


def find_notebooks(directory: Path, only: str | None = None) -> list[Path]:
    """The lesson notebooks ``NN_*.ipynb`` in ``directory``, in order.

    ``only`` filters by file name: a glob (``"0[1-3]_*"``) or, without wildcards, a substring (``"react"``).
    """
    found = sorted(p for p in Path(directory).glob(NOTEBOOK_GLOB) if p.is_file())
    if only:
        pattern = only if any(ch in only for ch in "*?[") else f"*{only}*"
        found = [p for p in found if fnmatch.fnmatch(p.name, pattern)]
    return found


def _code_cell_count(path: Path) -> int:
    import nbformat

    return sum(cell.cell_type == "code" for cell in nbformat.read(path, as_version=4).cells)


def _first_failed_cell(executed: Path) -> int | None:
    """1-based number, among code cells, of the first cell that errored or did not complete."""
    import nbformat

    try:
        cells = nbformat.read(executed, as_version=4).cells
    except Exception:  # no copy was written (e.g. the kernel never started)
        return None
    code = [c for c in cells if c.cell_type == "code"]
    for number, cell in enumerate(code, start=1):
        status = cell.metadata.get("papermill", {}).get("status")
        if status in ("failed", "running") or any(o.output_type == "error" for o in cell.outputs):
            return number
    return None


@contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send this process's stderr to ``path``; kernels started meanwhile inherit it.

    Keeps kernel start-up warnings and papermill/nbclient log lines out of the progress output.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(path, "wb") as log:
            os.dup2(log.fileno(), 2)
            try:
                yield
            finally:
                sys.stderr.flush()
                os.dup2(saved, 2)
    finally:
        os.close(saved)


def run_notebook(notebook: Path, out_dir: Path, *, timeout: float = DEFAULT_TIMEOUT) -> NotebookResult:
    """Execute one notebook in a fresh kernel; a failure inside the notebook is reported, not raised.

    Writes the executed copy ``out_dir/NAME.ipynb`` and the kernel's log ``out_dir/NAME.log``.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    notebook = Path(notebook).resolve()
    out_dir = Path(out_dir).resolve()  # papermill changes the process's cwd while it runs
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / notebook.name
    output.unlink(missing_ok=True)  # never report a stale copy
    error: str | None = None
    cells = 0
    start = time.perf_counter()
    try:
        cells = _code_cell_count(notebook)
        with _stderr_to(output.with_suffix(".log")):
            papermill.execute_notebook(
                str(notebook),
                str(output),
                kernel_name=KERNEL_NAME,
                cwd=str(notebook.parent),
                progress_bar=False,
                log_output=False,
                execution_timeout=timeout,
            )
    except PapermillExecutionError as exc:  # a cell raised
        error = f"{exc.ename}: {exc.evalue}" if exc.evalue else exc.ename
    except Exception as exc:  # cell timeout, kernel died, unreadable notebook, no such kernel ...
        first_line = (str(exc).strip().splitlines() or [""])[0]
        error = f"{type(exc).__name__}: {first_line}".rstrip(": ")
    seconds = time.perf_counter() - start
    return NotebookResult(
        notebook=notebook,
        output=output,
        status="failed" if error else "passed",
        cells=cells,
        seconds=seconds,
        failed_cell=_first_failed_cell(output) if error else None,
        error=error,
    )


def run_workshop(
    notebooks: Sequence[Path],
    out_dir: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_start: Callable[[int, int, Path], None] | None = None,
    on_finish: Callable[[int, int, NotebookResult], None] | None = None,
) -> list[NotebookResult]:
    """Execute ``notebooks`` one after another (each in its own kernel) and return their results.

    ``on_start(i, total, path)`` and ``on_finish(i, total, result)`` are called around each notebook
    (``i`` counts from 1), e.g. to print progress.
    """
    results = []
    for i, notebook in enumerate(notebooks, start=1):
        if on_start:
            on_start(i, len(notebooks), notebook)
        result = run_notebook(notebook, out_dir, timeout=timeout)
        if on_finish:
            on_finish(i, len(notebooks), result)
        results.append(result)
    return results


def store_outputs(result: NotebookResult) -> None:
    """Copy an executed notebook's outputs over its source, dropping run metadata (times, durations).

    Only the executed copy's cells are taken; the source's own metadata (kernelspec, ...) stays, so a
    refreshed notebook differs from the committed one only where an output changed.
    """
    import nbformat

    executed = nbformat.read(result.output, as_version=4)
    source = nbformat.read(result.notebook, as_version=4)
    for cell in executed.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    source.cells = executed.cells
    nbformat.write(source, result.notebook)


def describe(result: NotebookResult) -> str:
    """``passed (12 cells, 8.4 s)`` or ``FAILED at cell 3/12 (2.1 s): ZeroDivisionError: ...``."""
    if result.passed:
        return f"passed ({result.cells} cells, {result.seconds:.1f} s)"
    where = f" at cell {result.failed_cell}/{result.cells}" if result.failed_cell else ""
    return f"FAILED{where} ({result.seconds:.1f} s): {_one_line(result.error or '')}"


def summary(results: Sequence[NotebookResult]) -> str:
    """The closing table (notebook, status, cells, seconds), the total, and where each failure is."""
    width = max([len("notebook"), *(len(r.notebook.name) for r in results)])
    lines = [f"{'notebook':<{width}}  {'status':<6}  {'cells':>5}  {'seconds':>7}"]
    lines += [f"{r.notebook.name:<{width}}  {r.status:<6}  {r.cells:>5}  {r.seconds:>7.1f}" for r in results]
    failed = [r for r in results if not r.passed]
    total = sum(r.seconds for r in results)
    lines.append(
        f"total: {len(results)} notebooks, {len(results) - len(failed)} passed, "
        f"{len(failed)} failed, {total:.1f} s"
    )
    for r in failed:
        where = f"cell {r.failed_cell} of {r.cells}" if r.failed_cell else "notebook"
        lines.append(f"\n{r.notebook.name}: {where} failed: {_one_line(r.error or '')}")
        lines.append(f"  executed copy: {_display_path(r.output)}")
        lines.append(f"  kernel log:    {_display_path(r.output.with_suffix('.log'))}")
    return "\n".join(lines)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Command line entry point (also behind ``agentkit workshop``); returns the exit status."""
    out = stdout or sys.stdout
    parser = argparse.ArgumentParser(
        prog="python -m agentkit.workshop",
        description="Execute the workshop notebooks NN_*.ipynb in order, each in a fresh kernel.",
    )
    parser.add_argument("--notebooks", type=Path, default=Path("notebooks"), help="default: notebooks")
    parser.add_argument("--out", type=Path, default=Path("build/notebooks"), help="default: build/notebooks")
    parser.add_argument("--only", metavar="PATTERN", help="file-name glob, or a substring without wildcards")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per cell (default: %(default)s)"
    )
    parser.add_argument(
        "--store", action="store_true", help="write passing notebooks' outputs back into notebooks/"
    )
    args = parser.parse_args(argv)

    notebooks = find_notebooks(args.notebooks, args.only)
    if not notebooks:
        what = f"matching {args.only!r} " if args.only else ""
        print(
            f"error: no notebooks {what}found: expected {NOTEBOOK_GLOB} in {args.notebooks.resolve()}",
            file=out,
            flush=True,
        )
        return EXIT_NO_NOTEBOOKS

    def on_start(i: int, total: int, path: Path) -> None:
        print(f"[{i}/{total}] {path.name} ...", end=" ", file=out, flush=True)

    def on_finish(i: int, total: int, result: NotebookResult) -> None:
        print(describe(result), file=out, flush=True)

    results = run_workshop(notebooks, args.out, timeout=args.timeout, on_start=on_start, on_finish=on_finish)
    print("\n" + summary(results), file=out, flush=True)
    if args.store:
        for result in results:
            if result.passed:
                store_outputs(result)
        print(f"stored outputs of {sum(r.passed for r in results)} notebook(s) in {args.notebooks}", file=out)
    return EXIT_OK if all(r.passed for r in results) else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
