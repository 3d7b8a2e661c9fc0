"""The Lambda asset's size against Lambda's 50 MB zip limit, and the REST handler's cold import time.

    .venv/bin/python bench/lambda_asset.py [--runs 7]

Builds (or reuses from build/lambda-asset) the asset `infra.packaging.build_asset()` makes for arm64, and
prints its file count, unzipped and zipped size, next to peers: the same asset with pinned boto3 bundled
(instead of the runtime's), without its bytecode, and with pandas added (a notebook-only package). Sizes
of an added folder are its own zip's, added: a zip compresses each file on its own.

The cold import runs an x86_64 twin of the same pinned set (this machine cannot run aarch64 code), built by
the same function, with boto3 at its pin after it on sys.path as Lambda's /var/runtime: a fresh interpreter
each run (`-I -S`: no site-packages), median of --runs, interpreter start-up excluded. Peers: `import boto3`
alone (what any handler that calls AWS pays), the handler without the shipped bytecode (what a cold start
pays when the asset has none: /var/task is read-only, so nothing is cached), and the handler plus the
tracer its first invocation makes (the X-Ray SDK: what a cold start with tracing on pays in all). Wall time counts waiting
for a core on a busy machine; CPU time (user + system of the child) does not, so it is the figure to
compare across machines. Acceptance: agentkit.service.rest ≤ 0.5 s cold.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from infra import packaging  # noqa: E402

HANDLER = "agentkit.service.rest"
LIMIT_S = 0.5
MB = 2**20


def files_and_bytes(folder: Path, *, skip_bytecode: bool = False) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not (skip_bytecode and p.suffix == ".pyc")]
    return len(files), sum(p.stat().st_size for p in files)


def zipped_without_bytecode(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "asset"
        subprocess.run(["cp", "-r", str(folder), str(copy)], check=True)
        for compiled in copy.rglob("*.pyc"):
            compiled.unlink()
        return packaging.zipped_size(copy)


def pandas_folder(scratch: Path, asset: Path) -> Path:
    """pandas at its pin for the asset's platform, less what the asset already has (numpy, dateutil)."""
    target = scratch / "pandas"
    packaging.install_wheels([f"pandas=={packaging.pins()['pandas']}"], target)
    for entry in target.iterdir():
        if (asset / entry.name).exists():
            subprocess.run(["rm", "-rf", str(entry)], check=True)
    return target


def cold_import(
    python: str, path: list[Path], statement: str, runs: int, *, bytecode: bool = True
) -> tuple[float, float]:
    """Median (wall s, CPU s) of running `statement` in a fresh interpreter with `path` first on sys.path."""
    flags = [] if bytecode else ["-B", "-X", f"pycache_prefix={tempfile.mkdtemp()}"]
    code = f"import sys\nsys.path[:0] = {[str(p) for p in path]!r}\n{statement}"
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([python, "-I", "-S", *flags, "-c", code], check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    asset = packaging.build_asset()
    bundled_sdk = packaging.runtime_stand_in()
    count, unzipped = files_and_bytes(asset)
    zipped = packaging.zipped_size(asset)
    sdk_zipped = packaging.zipped_size(bundled_sdk)
    no_bytecode = zipped_without_bytecode(asset)
    with tempfile.TemporaryDirectory() as scratch:
        pandas_zipped = packaging.zipped_size(pandas_folder(Path(scratch), asset))
    elf = packaging.elf_machines(asset)
    arm = sum(m == packaging.EM_AARCH64 for m in elf.values())

    print(f"Lambda asset ({packaging.LAMBDA_RUNTIME}, {packaging.LAMBDA_ARCHITECTURE}): {asset.name}")
    print(f"  files {count:,}; unzipped {unzipped / MB:.1f} MB; ELF files {len(elf)}, aarch64 {arm}")
    print(f"  {'':34} {'zipped MB':>10} {'of 50 MB':>9}")
    rows = [
        ("this asset", zipped),
        ("  without its bytecode", no_bytecode),
        ("  with pinned boto3 bundled", zipped + sdk_zipped),
        ("  with pandas added", zipped + pandas_zipped),
    ]
    for label, size in rows:
        print(f"  {label:34} {size / MB:10.1f} {size / packaging.MAX_ZIPPED_BYTES:9.0%}")

    python, version = packaging.bytecode_python(packaging.LAMBDA_PYTHON), packaging.LAMBDA_PYTHON
    if python is None:
        python, version = sys.executable, f"{sys.version_info.major}.{sys.version_info.minor}"
    platform = "x86_64-manylinux_2_34"
    twin = packaging.build_asset(platform=platform, python_version=version)
    runtime = packaging.runtime_stand_in(platform=platform, python_version=version)
    path = [twin, runtime]
    base_wall, base_cpu = cold_import(python, path, "pass", args.runs)
    print(
        f"\ncold import, x86_64 twin on CPython {version}, median of {args.runs}, "
        f"interpreter start-up ({base_wall:.3f} s wall) excluded; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"  {'':40} {'wall s':>7} {'cpu s':>7} {'×boto3 cpu':>11}")
    measured = {}
    tracer = "from agentkit.service.observability import tracer\ntracer()"
    for label, statement, bytecode in [
        ("import boto3 (peer)", "import boto3", True),
        (f"import {HANDLER}", f"import {HANDLER}", True),
        (f"import {HANDLER}, no bytecode", f"import {HANDLER}", False),
        ("  + the tracer its first call makes", f"import {HANDLER}\n{tracer}", True),
    ]:
        wall, cpu = cold_import(python, path, statement, args.runs, bytecode=bytecode)
        measured[label] = (wall - base_wall, cpu - base_cpu)
    peer_cpu = measured["import boto3 (peer)"][1]
    for label, (wall, cpu) in measured.items():
        print(f"  {label:40} {wall:7.3f} {cpu:7.3f} {cpu / peer_cpu:11.1f}")
    wall, cpu = measured[f"import {HANDLER}"]
    verdict = "within" if cpu <= LIMIT_S else "OVER"
    print(
        f"\n{HANDLER}: {cpu:.3f} s CPU, {wall:.3f} s wall cold — {verdict} the {LIMIT_S} s target (CPU time)"
    )
    print(
        f"zipped {zipped / MB:.1f} MB — {'within' if zipped <= packaging.MAX_ZIPPED_BYTES else 'OVER'} 50 MB"
    )


if __name__ == "__main__":
    main()
