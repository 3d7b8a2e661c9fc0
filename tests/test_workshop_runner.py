"""The workshop runner (agentkit/workshop.py) on throwaway notebooks made in tmp_path."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from agentkit import workshop

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def write_notebook(path: Path, *cells) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(new_notebook(cells=list(cells), metadata={"kernelspec": KERNELSPEC}), path)
    return path


def lesson_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notebooks"
    write_notebook(
        folder / "00_ok.ipynb",
        new_markdown_cell("# Passing lesson"),
        # proves the kernel runs in the notebook's folder and in this very environment
        new_code_cell("import sys, pathlib\npathlib.Path('kernel.txt').write_text(sys.prefix)"),
        new_code_cell("print('hello')"),
    )
    write_notebook(
        folder / "01_raises.ipynb",
        new_code_cell("x = 1"),
        new_markdown_cell("Then it goes wrong."),
        new_code_cell("x / 0"),
        new_code_cell("print('never reached')"),
    )
    write_notebook(folder / "notes.ipynb", new_code_cell("raise SystemExit(3)"))  # not a lesson: ignored
    return folder


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = workshop.main(list(argv), stdout=out)
    return code, out.getvalue()


def test_runs_lessons_in_order_and_reports_the_failure(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)
    out_dir = tmp_path / "build" / "notebooks"

    code, text = run("--notebooks", str(folder), "--out", str(out_dir))

    assert code == workshop.EXIT_FAILED
    lines = text.splitlines()
    assert lines[0].startswith("[1/2] 00_ok.ipynb ... passed (2 cells, ")
    assert lines[1].startswith("[2/2] 01_raises.ipynb ... FAILED at cell 2/3 (")
    assert lines[1].endswith("ZeroDivisionError: division by zero")
    assert "notes.ipynb" not in text
    # the summary table and the total
    assert any(line.split()[:3] == ["00_ok.ipynb", "passed", "2"] for line in lines)
    assert any(line.split()[:3] == ["01_raises.ipynb", "failed", "3"] for line in lines)
    assert "total: 2 notebooks, 1 passed, 1 failed" in text
    assert "01_raises.ipynb: cell 2 of 3 failed: ZeroDivisionError: division by zero" in text
    assert f"executed copy: {out_dir / '01_raises.ipynb'}" in text

    # kernel: cwd was the notebook's folder, python was this environment's
    assert (folder / "kernel.txt").read_text() == sys.prefix
    # executed copies: outputs kept, the failing cell's error recorded, nothing after it ran
    ok = nbformat.read(out_dir / "00_ok.ipynb", as_version=4)
    assert ok.cells[2].outputs[0].text == "hello\n"
    failed = nbformat.read(out_dir / "01_raises.ipynb", as_version=4)
    errors = [o for c in failed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert [e.ename for e in errors] == ["ZeroDivisionError"]
    assert "never reached" not in str([c.get("outputs") for c in failed.cells])


def test_all_passing_exits_zero(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)

    code, text = run("--notebooks", str(folder), "--out", str(tmp_path / "out"), "--only", "ok")

    assert code == workshop.EXIT_OK
    assert "[1/1] 00_ok.ipynb ... passed" in text
    assert "total: 1 notebooks, 1 passed, 0 failed" in text


def test_cell_timeout_is_a_failure_of_that_cell(tmp_path: Path) -> None:
    write_notebook(
        tmp_path / "00_slow.ipynb", new_code_cell("1"), new_code_cell("import time; time.sleep(60)")
    )

    results = workshop.run_workshop([tmp_path / "00_slow.ipynb"], tmp_path / "out", timeout=1)

    assert [(r.status, r.failed_cell) for r in results] == [("failed", 2)]
    assert results[0].error.startswith("CellTimeoutError")
    assert results[0].seconds < 30


def test_no_notebooks_is_an_error(tmp_path: Path) -> None:
    code, text = run("--notebooks", str(tmp_path))
    assert code == workshop.EXIT_NO_NOTEBOOKS
    assert text.startswith("error: no notebooks found")

    write_notebook(tmp_path / "00_a.ipynb", new_code_cell("1"))
    code, text = run("--notebooks", str(tmp_path), "--only", "zz")
    assert code == workshop.EXIT_NO_NOTEBOOKS
    assert "no notebooks matching 'zz' found" in text


def test_find_notebooks_orders_and_filters(tmp_path: Path) -> None:
    for name in ["02_memory.ipynb", "00_setup.ipynb", "01_react.ipynb", "scratch.ipynb", "1_bad.ipynb"]:
        write_notebook(tmp_path / name)

    def names(only=None):
        return [p.name for p in workshop.find_notebooks(tmp_path, only)]

    assert names() == ["00_setup.ipynb", "01_react.ipynb", "02_memory.ipynb"]
    assert names("react") == ["01_react.ipynb"]
    assert names("0[12]_*") == ["01_react.ipynb", "02_memory.ipynb"]


def test_store_writes_outputs_back_without_run_metadata(tmp_path: Path) -> None:
    folder = lesson_folder(tmp_path)
    (folder / "01_raises.ipynb").unlink()
    before = nbformat.read(folder / "00_ok.ipynb", as_version=4)
    assert before.cells[2].outputs == []

    code, text = run("--notebooks", str(folder), "--out", str(tmp_path / "out"), "--store")

    assert code == workshop.EXIT_OK and "stored outputs of 1 notebook(s)" in text
    after = nbformat.read(folder / "00_ok.ipynb", as_version=4)
    assert after.cells[2].outputs[0]["text"] == "hello\n"
    assert "papermill" not in after.metadata
    assert all("papermill" not in c.metadata and "execution" not in c.metadata for c in after.cells)
