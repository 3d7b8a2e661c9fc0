"""The Lambda asset's size and the API function's cold import, against their limits and a peer.

    .venv/bin/python bench/lambda_asset.py [--runs 5]

Size: the asset `infra.packaging.build_asset()` builds (arm64, built once and cached under build/), its
compiled files checked for aarch64, zipped as CDK zips it — against Lambda's 50 MB limit, and against the
peer of the whole notebook environment (.venv's site-packages), which is what a copy-the-venv deploy would ship.

Cold import: `import agentkit.service.rest` in a fresh interpreter, the median of `--runs`, in two states —
bytecode cached (what any process after the first sees) and none (`PYTHONPYCACHEPREFIX` at an empty folder:
every module compiled from source, as on Lambda when the asset carries no .pyc) — against the peer `import
boto3` in the same states. Measured with this machine's .venv (Python 3.11, the same pinned versions as the
asset): the asset itself is built for Lambda's arm64 Python 3.12 and cannot run here.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infra import packaging  # noqa: E402

MB = 1024 * 1024
ACCEPTED_IMPORT_SECONDS = 0.5


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def cold_import(module: str, runs: int, *, bytecode: bool) -> float:
    """Median seconds of `import module` in a fresh interpreter (a fresh empty pycache each run without bytecode)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as empty:
            env = {"PYTHONPYCACHEPREFIX": empty} if not bytecode else {}
            out = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env={"PATH": "/usr/bin:/bin", "AWS_REGION": "us-east-1", **env},
            ).stdout
        timings.append(float(out.strip().splitlines()[-1]))
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per import measurement")
    runs = parser.parse_args().runs

    asset = packaging.build_asset()
    compiled = packaging.compiled_files(asset)
    foreign = packaging.foreign_binaries(asset)
    unzipped, zipped = folder_bytes(asset), packaging.zipped_size(asset)
    venv = Path(sysconfig.get_paths()["purelib"])
    peer = folder_bytes(venv)
    print(
        f"Lambda asset ({packaging.LAMBDA_RUNTIME}, {packaging.LAMBDA_ARCHITECTURE}): {asset.relative_to(ROOT)}"
    )
    print(
        f"  requirements        {len(packaging.requirements())} (the `lambda` extra, pinned by constraints.txt)"
    )
    print(f"  files               {sum(1 for p in asset.rglob('*') if p.is_file())}")
    print(
        f"  compiled files      {len(compiled)}, "
        + ("all aarch64" if not foreign else f"{len(foreign)} NOT aarch64: {foreign[:3]}")
    )
    print(f"  unzipped            {unzipped / MB:7.1f} MB")
    print(
        f"  zipped              {zipped / MB:7.1f} MB   limit 50 MB: {zipped / packaging.MAX_ZIPPED_BYTES:.0%} of it"
    )
    print(
        f"  peer: the notebooks' environment ({venv}) {peer / MB:.0f} MB unzipped — "
        f"the asset is {unzipped / peer:.0%} of it"
    )
    print()
    print(
        f"cold import, median of {runs} fresh interpreters (this machine's .venv, Python {sys.version.split()[0]})"
    )
    print(f"  {'':<28}{'bytecode cached':>16}{'no bytecode':>14}")
    rows = {}
    for module in ("agentkit.service.rest", "boto3"):
        rows[module] = (cold_import(module, runs, bytecode=True), cold_import(module, runs, bytecode=False))
        print(f"  import {module:<21}{rows[module][0]:>15.3f}s{rows[module][1]:>13.3f}s")
    api, peer_boto = rows["agentkit.service.rest"], rows["boto3"]
    print(f"  ratio to import boto3      {api[0] / peer_boto[0]:>15.1f}x{api[1] / peer_boto[1]:>13.1f}x")
    verdict = "within" if api[0] <= ACCEPTED_IMPORT_SECONDS else "OVER"
    print(
        f"  the API handler with bytecode: {api[0]:.3f} s, {verdict} the {ACCEPTED_IMPORT_SECONDS} s target"
    )


if __name__ == "__main__":
    main()
