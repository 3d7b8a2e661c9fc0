"""The committed notebooks' model answers are sentences, not raw JSON.

A stored output line is a model's answer when it has the simulated model's answer form — it names the
tools it came from, "(from calculator)" — or the notebooks' "A: " prefix. Such a line must not print a
JSON object: the simulator says a tool's result in words by its shape (`answer.render_result`). Tool
observations and request dumps, which show JSON on purpose, are not answers and are not checked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted(Path(__file__).resolve().parents[2].joinpath("notebooks").glob("*.ipynb"))
ANSWER = re.compile(r"^\s*(?:A: |answer \(|step \d+: thought: )|\(from [\w →-]+(?:;[^)]*)?\)\.?\s*$")
JSON_OBJECT = re.compile(r"\{\s*[\"'][\w -]+[\"']\s*:")


def answer_lines(path: Path) -> list[str]:
    lines = []
    for cell in json.loads(path.read_text())["cells"]:
        for output in cell.get("outputs", []):
            shown = "".join(output.get("text", "")) or "".join(output.get("data", {}).get("text/plain", ""))
            lines += [line for line in shown.splitlines() if ANSWER.search(line)]
    return lines


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_no_answer_prints_a_json_object(path: Path) -> None:
    raw = [line for line in answer_lines(path) if JSON_OBJECT.search(line)]
    assert not raw, f"{path.name}: model answers printing JSON: {raw[:3]}"


def test_the_notebooks_have_answers_to_check() -> None:
    assert sum(len(answer_lines(path)) for path in NOTEBOOKS) >= 10
