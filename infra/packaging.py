"""The Lambda asset: the agentkit package and its runtime set, for Lambda's arm64 Python, built without Docker.

CDK's Python bundling runs `pip` inside a Docker image of the Lambda runtime; a workshop laptop, SageMaker
Studio and CI often have no Docker daemon. The wheels of every package the functions need exist for
`manylinux_2_28_aarch64` on PyPI, so the asset is assembled by the installer alone: `uv pip install --target
<folder> --python-platform aarch64-manylinux_2_28 --python-version 3.12 --only-binary :all:` of the `lambda`
extra of pyproject.toml at the versions constraints.txt pins — the same versions the notebooks and tests ran
— then a copy of the agentkit package's source. `--only-binary` is the point: a package without a wheel for
that platform fails the build, naming the package, instead of compiling for this machine's CPU.

- **Runtime `python3.12`** on Amazon Linux 2023 (glibc 2.34): the pinned numpy (bm25s's, for the document
  search) publishes aarch64 wheels for manylinux_2_28 only, which Amazon Linux 2 — under `python3.11` — cannot
  load. The kit's code is 3.11-compatible and runs unchanged on 3.12. Bytecode is not precompiled (that needs a
  3.12 interpreter, and this machine has 3.11): Lambda compiles the imported modules at each cold start, which
  `bench/lambda_asset.py` measures.
- **arm64 (Graviton)**: about 20 % cheaper per GB-second than x86_64 for the same code.
- **Powertools in the bundle**, not a layer: one pinned version with everything else, and one artefact.
- **boto3 in the bundle**: the runtime's own boto3 changes without notice; the pinned one is what was tested.

`build_asset()` caches: the folder's name is a hash of the requirements, the platform and the package's
sources, so an unchanged kit is built once. `foreign_binaries` and `zipped_size` are the checks the tests
and `bench/lambda_asset.py` apply (every compiled extension aarch64, ≤ 50 MB zipped).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "agentkit"
LAMBDA_RUNTIME = "python3.12"
PYTHON_VERSION = "3.12"
LAMBDA_ARCHITECTURE = "arm64"
PLATFORM = "aarch64-manylinux_2_28"  # Amazon Linux 2023's glibc (2.34) loads manylinux_2_28 and older wheels
EM_AARCH64 = 183  # an ELF header's e_machine for arm64
MACHINES = {EM_AARCH64: "aarch64", 62: "x86_64", 3: "i386"}
MAX_ZIPPED_BYTES = 50 * 1024 * 1024  # Lambda's limit for a zip uploaded directly
# Not Lambda code: the local web UI is served by `agentkit serve`, the notebooks' data by the notebooks.
SOURCE_EXCLUDES = ("__pycache__", "*.pyc", "web")


class PackagingError(RuntimeError):
    """The asset could not be built; the message names the package or file and what to do."""


def requirements() -> list[str]:
    """The `lambda` extra of pyproject.toml, each pinned to the version constraints.txt holds (`name==version`)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["optional-dependencies"]["lambda"]
    pins = {
        _normal(name): version
        for name, version in re.findall(
            r"^([A-Za-z0-9_.\-]+)==(\S+)", (ROOT / "constraints.txt").read_text(), re.M
        )
    }
    pinned = []
    for requirement in wanted:
        name, extras = re.match(r"([A-Za-z0-9_.\-]+)(\[[^\]]+\])?", requirement).groups()
        if _normal(name) not in pins:
            raise PackagingError(
                f"{name} (the `lambda` extra) is not pinned in constraints.txt: run `make lock`"
            )
        pinned.append(f"{name}{extras or ''}=={pins[_normal(name)]}")
    return pinned


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update("\n".join([*requirements(), PLATFORM, PYTHON_VERSION]).encode())
    digest.update((ROOT / "constraints.txt").read_bytes())
    for path in sorted(_sources()):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _sources() -> list[Path]:
    return [
        p
        for p in PACKAGE.rglob("*")
        if p.is_file()
        and not any(part in ("__pycache__", "web") for part in p.relative_to(PACKAGE).parts)
        and p.suffix != ".pyc"
    ]


def build_asset(out: Path | None = None) -> Path:
    """The asset folder (built if missing; cached under build/lambda-asset/, named by its fingerprint)."""
    folder = out or ROOT / "build" / "lambda-asset" / f"{LAMBDA_ARCHITECTURE}-{_fingerprint()}"
    done = folder / ".complete"
    if done.exists():
        return folder
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    wanted = requirements()
    print(
        f"building the Lambda asset ({PLATFORM}, {LAMBDA_RUNTIME}): {len(wanted)} requirements …", flush=True
    )
    _install(wanted, partial, PLATFORM)
    shutil.copytree(PACKAGE, partial / "agentkit", ignore=shutil.ignore_patterns(*SOURCE_EXCLUDES))
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    done.write_text(f"{PLATFORM} {LAMBDA_RUNTIME}\n")
    print(f"built {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}", flush=True)
    return folder


def _install(wanted: list[str], target: Path, platform: str) -> None:
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if uv is None:
        raise PackagingError("uv is not installed in this environment: run `make install` from the repo root")
    command = [
        uv, "pip", "install", "--quiet", "--target", str(target), "--python", sys.executable,
        "--python-platform", platform, "--python-version", PYTHON_VERSION,
        "--only-binary", ":all:", "--constraints", str(ROOT / "constraints.txt"), *wanted,
    ]  # fmt: skip
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "UV_NO_PROGRESS": "1"}
    )
    if result.returncode != 0:
        raise PackagingError(_explain(result.stderr, platform))


def _explain(stderr: str, platform: str) -> str:
    """uv's refusal, with what to do: which package has no wheel for the platform, if it says."""
    missing = re.findall(
        r"(?:Because|because) ([A-Za-z0-9_.\-]+)(?:==| was| has)[^\n]*(?:wheel|platform)", stderr
    )
    lines = [line.strip() for line in stderr.strip().splitlines()][-8:]
    head = (
        f"no wheel of {', '.join(dict.fromkeys(missing))} for {platform} / Python {PYTHON_VERSION}"
        if missing
        else f"installing the `lambda` extra for {platform} failed"
    )
    return (
        f"{head}: pin a version that publishes a wheel for that platform, or take the package out of "
        "the `lambda` extra if the functions do not import it (nothing is compiled here: no Docker, no "
        "cross-compiler). The installer said:\n  " + "\n  ".join(lines)
    )


def foreign_binaries(folder: Path) -> list[tuple[str, str]]:
    """Compiled files (ELF) in `folder` not built for aarch64: (path, the machine its header names)."""
    foreign = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            header = handle.read(20)
        if header[:4] != b"\x7fELF":
            continue
        machine = int.from_bytes(header[18:20], "little" if header[5] == 1 else "big")
        if machine != EM_AARCH64:
            foreign.append((str(path.relative_to(folder)), MACHINES.get(machine, f"e_machine {machine}")))
    return foreign


def compiled_files(folder: Path) -> list[Path]:
    """Every ELF file (compiled extension or shared library) in `folder`."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def zipped_size(folder: Path) -> int:
    """Bytes of `folder` zipped with deflate, as CDK zips an asset folder for upload."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name != ".complete":
                archive.write(path, path.relative_to(folder))
    return buffer.getbuffer().nbytes
