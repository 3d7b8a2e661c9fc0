"""The pinned CDK CLI, run from Python: what notebooks 10 and 11 call for `cdk synth`, `deploy` and `destroy`.

The CLI is the npm package `aws-cdk`, pinned in package.json and installed by `make node-tools` into
build/node (npm's "latest" tag is an old 3.0.0 that rejects what current aws-cdk-lib writes, so a global
`cdk` may be the wrong one). `cdk(...)` runs that binary in `infra/` — where cdk.json says how to run the
app — and prints its output line by line as it comes, since a deploy takes minutes and says what it is doing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

INFRA = Path(__file__).resolve().parent
ROOT = INFRA.parent
CLI = ROOT / "build" / "node" / "node_modules" / ".bin" / "cdk"


class CdkFailed(RuntimeError):
    """The CDK CLI exited non-zero; the message has the command and the end of its output."""


def cdk(*args: str, env: dict[str, str] | None = None, quiet: bool = False) -> list[str]:
    """Run the pinned `cdk` with `args` in infra/; its output lines. Raises `CdkFailed` when it fails."""
    if not CLI.exists():
        raise FileNotFoundError(
            f"the pinned CDK CLI is not installed ({CLI}): run `make node-tools` from {ROOT} (needs Node.js 20+)"
        )
    environment = {"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", **os.environ, **(env or {})}
    # The app runs with this interpreter (cdk.json's "app" calls `python`): the .venv's, with agentkit in it.
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    lines: list[str] = []
    with subprocess.Popen(
        [str(CLI), *args],
        cwd=INFRA,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if not quiet:
                print(line, end="", flush=True)
    if process.returncode != 0:
        tail = "\n".join(lines[-20:])
        raise CdkFailed(f"`cdk {' '.join(args)}` exited {process.returncode}:\n{tail}")
    return lines


def outputs(stack_outputs_file: Path, stack: str) -> dict[str, str]:
    """The outputs of `stack` from the file `cdk deploy --outputs-file` wrote."""
    written = json.loads(stack_outputs_file.read_text())
    if stack not in written:
        raise KeyError(
            f"{stack_outputs_file} has no outputs of {stack} (it has {sorted(written)}): was it deployed?"
        )
    return written[stack]
