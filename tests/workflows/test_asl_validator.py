"""Every ASL file passes `asl-validator`, the npm package that checks a definition against the ASL specification.

The Python-side check (test_definitions.py) covers what moto and our handlers need; this one is the
specification's own validator, run on each file as the CDK app would deploy it (placeholders filled with
Lambda ARNs). `make test` installs it from package.json into build/node; it is never skipped, because
a skipped check would let an invalid file through unnoticed.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from agentkit.workflows import WORKFLOWS, definition_path
from agentkit.workflows.local import placeholders, substitute

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = ROOT / "build" / "node" / "node_modules" / ".bin" / "asl-validator"


BROKEN = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Missing"}}}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """asl-validator's verdict on each workflow and on a broken machine, from one run (node starts slowly).

    Valid files are reported on stdout (`✓ ... "path" is valid`), invalid ones on stderr with the reasons.
    """
    assert VALIDATOR.is_file(), (
        f"asl-validator is not installed at {VALIDATOR.relative_to(ROOT)}: run `make node-tools` "
        "(or `make test`, which installs it; needs Node.js 20+ and npm)"
    )
    folder = tmp_path_factory.mktemp("asl")
    texts = {w: deployable(w) for w in WORKFLOWS} | {"broken": json.dumps(BROKEN)}
    paths = {name: folder / f"{name}.asl.json" for name in texts}
    for name, text in texts.items():
        paths[name].write_text(text, encoding="utf-8")
    arguments = [a for path in paths.values() for a in ("--json-path", str(path))]
    checked = subprocess.run(
        [str(VALIDATOR), *arguments], capture_output=True, text=True, timeout=120, check=False
    )
    return {
        name: "valid" if f'"{path}" is valid' in checked.stdout else checked.stderr
        for name, path in paths.items()
    }


def deployable(workflow: str) -> str:
    """The workflow's text with its placeholders filled as the CDK app fills them: Lambda ARNs for the
    `${...FunctionArn}` ones, a name for any other (e.g. an event bus)."""
    text = definition_path(workflow).read_text(encoding="utf-8")
    values = {
        name: f"arn:aws:lambda:us-east-1:123456789012:function:agentkit-{name.removesuffix('FunctionArn')}"
        if name.endswith("FunctionArn")
        else f"agentkit-{name}"
        for name in placeholders(text)
    }
    return substitute(text, values)


@pytest.mark.parametrize("workflow", WORKFLOWS)
def test_asl_validator_accepts(report: dict[str, str], workflow: str) -> None:
    assert report[workflow] == "valid", (
        f"{workflow}.asl.json is invalid per asl-validator:\n{report[workflow]}"
    )


def test_asl_validator_rejects_a_broken_machine(report: dict[str, str]) -> None:
    """The validator really validates: a transition to a missing state is reported, naming the state."""
    assert report["broken"] != "valid" and "target: Missing" in report["broken"]
