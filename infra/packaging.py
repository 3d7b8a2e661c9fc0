"""The Lambda asset, built without Docker: the handlers' runtime set installed for Lambda's arm64, plus agentkit.

`build_asset()` has uv install wheels made for the function's platform (pip's `--platform --only-binary=:all:
--python-version --implementation cp --target` rules) into a folder the CDK app uploads as the functions'
code. Nothing compiles on this machine, so what runs on Lambda is what PyPI built for it. Why each choice:

* **The set** is pyproject's `lambda` extra — what the modules of `agentkit.service` import — at the versions
  of constraints.txt, so the functions run the versions the notebooks and tests ran. Every package the
  resolver brings in must be pinned there too; an unpinned one fails the build, naming it.
* **The platform** is `manylinux_2_34_aarch64`, not `manylinux2014_aarch64`: python3.12 on Lambda runs on
  Amazon Linux 2023 (glibc 2.34), and numpy 2.4 publishes aarch64 wheels only for glibc 2.27/2.28, which
  the manylinux2014 tag (glibc 2.17) refuses although Lambda runs them. A package with no such wheel fails
  the build with a message naming it (`AssetBuildError`).
* **Powertools is in the bundle**, not the managed layer: the layer's version is AWS's choice behind a
  per-region ARN, the bundle's is constraints.txt's; it costs about 1 MB zipped.
* **boto3, botocore and s3transfer are the runtime's** (`RUNTIME_PROVIDED`, removed after the install): the
  asset ships compiled bytecode, and pinned botocore (16 MB zipped) plus the bytecode (17 MB) would not fit
  Lambda's 50 MB zip. Bytecode wins: /var/task is read-only, so without it every cold start compiles each
  module it imports, about twice the import time. The runtime's boto3 must meet pyproject's floor (>=1.40).
* **Bytecode** is compiled by a CPython of the runtime's version (found on PATH or under pyenv) in
  `unchecked-hash` mode, since a zip does not keep the sources' modification times exactly. Without such an
  interpreter the asset is built without it, and the build says so.
* **Pruned**: the packages' own test suites (`tests/` folders, 8 MB of numpy's), which nothing imports, and
  their console scripts (`bin/`).

The asset is cached under `build/lambda-asset/<platform>-<python>-<key>/`, the key a hash of the pinned set,
the platform, the package's sources and this module; a build goes to `<...>.partial`, is renamed when
complete, and replaces the older builds for the same platform.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

import uv
from filelock import FileLock
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

LAMBDA_RUNTIME = "python3.12"
LAMBDA_ARCHITECTURE = "arm64"
LAMBDA_PYTHON = "3.12"
LAMBDA_PLATFORM = "aarch64-manylinux_2_34"
"""uv's name for pip's `--platform manylinux_2_34_aarch64` (every manylinux tag up to glibc 2.34)."""
MAX_ZIPPED_BYTES = 50 * 2**20
"""Lambda's limit for a function's zip uploaded directly."""
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer")
"""Installed as dependencies of the set, then removed: the Lambda runtime provides them."""
EM_AARCH64 = 183
EM_X86_64 = 62

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "agentkit"
CONSTRAINTS = ROOT / "constraints.txt"
CACHE = ROOT / "build" / "lambda-asset"
SOURCE_EXCLUDES = ("__pycache__", "*.pyc", "web")
"""Not Lambda code: `web` is agentkit/service/web, the UI that `agentkit serve` hosts."""


class AssetBuildError(RuntimeError):
    """The asset cannot be built as pinned; the message names the package and says what to change."""


def pins() -> dict[str, str]:
    """constraints.txt as {canonical name: version}."""
    pinned = {}
    for line in CONSTRAINTS.read_text().splitlines():
        name, sep, version = line.split("#")[0].strip().partition("==")
        if sep:
            pinned[canonicalize_name(name)] = version.strip()
    return pinned


def runtime_requirements() -> list[str]:
    """pyproject's `lambda` extra, each pinned to its constraints.txt version (`name[extras]==version`)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pinned = pins()
    requirements = []
    for line in project["optional-dependencies"]["lambda"]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        if name not in pinned:
            raise AssetBuildError(
                f"{requirement.name} is in pyproject's `lambda` extra but not pinned in constraints.txt: "
                "add it to the project's dependencies and run `make lock`"
            )
        extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
        requirements.append(f"{name}{extras}=={pinned[name]}")
    return requirements


def missing_wheel_message(uv_error: str, *, platform: str, python_version: str) -> str | None:
    """What to do when uv found no wheel for the platform, naming the packages; None for any other failure."""
    names = sorted(
        set(re.findall(r"([A-Za-z0-9][\w.-]*?(?:==[\w.!+-]+)?) has no (?:usable )?wheels", uv_error))
    )
    if not names:
        return None
    return (
        f"no wheel of {', '.join(names)} for Lambda {LAMBDA_ARCHITECTURE} ({platform}, CPython {python_version}); "
        "the asset is built from wheels only, nothing compiles here. Pin a version in constraints.txt that "
        "publishes a manylinux aarch64 wheel for this Python (see the package's files on PyPI), or take the "
        "package out of pyproject's `lambda` extra if the handlers do not import it.\n"
        f"uv said:\n{uv_error.strip()}"
    )


def install_wheels(
    requirements: list[str],
    target: Path,
    *,
    platform: str = LAMBDA_PLATFORM,
    python_version: str = LAMBDA_PYTHON,
    find_links: Path | None = None,
    no_deps: bool = False,
) -> None:
    """Install `requirements` (and what they need, within constraints.txt) as `platform`'s wheels into `target`.

    `find_links` installs from that folder only, without an index; `no_deps` installs just `requirements`.
    Raises `AssetBuildError`.
    """
    command = [uv.find_uv_bin(), "pip", "install", "--target", str(target)]
    command += ["--python-platform", platform, "--python-version", python_version]
    command += ["--only-binary", ":all:", "--no-compile", "--constraint", str(CONSTRAINTS)]
    if no_deps:
        command.append("--no-deps")
    if find_links is not None:
        command += ["--no-index", "--find-links", str(find_links)]
    done = subprocess.run([*command, *requirements], capture_output=True, text=True)
    if done.returncode != 0:
        raise AssetBuildError(
            missing_wheel_message(done.stderr, platform=platform, python_version=python_version)
            or f"installing the Lambda runtime set failed (PyPI must be reachable):\n{done.stderr.strip()}"
        )
    _say(next((line for line in done.stderr.splitlines() if line.startswith("Installed")), "installed"))


def check_pinned(folder: Path) -> None:
    """Every distribution in `folder` is pinned in constraints.txt at the version installed."""
    pinned = pins()
    wrong = []
    for info in folder.glob("*.dist-info"):
        name, version = info.name.removesuffix(".dist-info").rsplit("-", 1)
        if pinned.get(canonicalize_name(name)) != version:
            wrong.append(
                f"{name} {version} (constraints.txt: {pinned.get(canonicalize_name(name), 'not pinned')})"
            )
    if wrong:
        raise AssetBuildError(
            "the Lambda asset would ship versions the notebooks do not run: "
            f"{', '.join(sorted(wrong))}; add them to the project's dependencies and run `make lock`"
        )


def bytecode_python(version: str = LAMBDA_PYTHON) -> str | None:
    """A CPython `version` interpreter on this machine (PATH, then pyenv's versions), or None."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [sys.executable, shutil.which(f"python{version}")]
    candidates += sorted(str(p) for p in pyenv.glob(f"{version}.*/bin/python{version}"))
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
        )
        if probe.returncode == 0 and probe.stdout.strip() == version:
            return candidate
    return None


def _source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def asset_key(requirements: list[str], *, platform: str, python_version: str, compiler: str | None) -> str:
    """The cache key: the pinned set, the platform, the bytecode's interpreter, agentkit's sources, this module."""
    digest = hashlib.sha256()
    for part in [platform, python_version, str(compiler is not None), *requirements]:
        digest.update(part.encode() + b"\0")
    for path in [CONSTRAINTS, Path(__file__), *_source_files()]:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_asset(
    out: Path | None = None, *, platform: str = LAMBDA_PLATFORM, python_version: str = LAMBDA_PYTHON
) -> Path:
    """The asset folder for the Lambda functions: built once per key under `out` (default build/lambda-asset).

    `platform`/`python_version` other than Lambda's build a twin of the same set (e.g. x86_64 for an import
    test on this machine). Slow the first time (a few hundred MB of wheels), then a cache hit.
    """
    requirements = runtime_requirements()
    compiler = bytecode_python(python_version)
    key = asset_key(requirements, platform=platform, python_version=python_version, compiler=compiler)
    folder = (out or CACHE) / f"{platform}-cp{python_version.replace('.', '')}-{key}"
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(folder.parent / ".lock"):  # another process may be building the same key
        if not folder.is_dir():
            _build(folder, requirements, platform=platform, python_version=python_version, compiler=compiler)
    return folder


def _build(
    folder: Path, requirements: list[str], *, platform: str, python_version: str, compiler: str | None
) -> None:
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    started = time.monotonic()
    _say(f"building the Lambda asset ({platform}, CPython {python_version}) in {folder}")
    _say(f"installing {len(requirements)} pinned requirements and their dependencies (wheels only)...")
    install_wheels(requirements, partial, platform=platform, python_version=python_version)
    check_pinned(partial)
    _say(f"removing what the Lambda runtime provides: {', '.join(RUNTIME_PROVIDED)}")
    subprocess.run(
        [uv.find_uv_bin(), "pip", "uninstall", "--target", str(partial), *RUNTIME_PROVIDED],
        check=True,
        capture_output=True,
    )
    for unused in [partial / "bin", *(p for p in partial.glob("*/**/tests") if p.is_dir())]:
        shutil.rmtree(unused, ignore_errors=True)
    _say("copying the agentkit package (its sources and data, not the web UI)")
    shutil.copytree(PACKAGE, partial / PACKAGE.name, ignore=shutil.ignore_patterns(*SOURCE_EXCLUDES))
    if compiler:
        _say(f"compiling bytecode with {compiler}")
        subprocess.run(
            [
                compiler,
                "-m",
                "compileall",
                "-q",
                "-j",
                "0",
                "--invalidation-mode",
                "unchecked-hash",
                str(partial),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    else:
        _say(
            f"warning: no CPython {python_version} here, so the asset has no bytecode and each cold start "
            f"compiles what it imports; install Python {python_version} (e.g. with pyenv) and build again"
        )
    partial.rename(folder)
    for stale in folder.parent.glob(f"{platform}-cp{python_version.replace('.', '')}-*"):
        if stale != folder:  # an older key's build (other sources, other pins): not used again
            shutil.rmtree(stale, ignore_errors=True)
    _say(f"done in {time.monotonic() - started:.0f} s: {zipped_size(folder) / 2**20:.1f} MB zipped")


def runtime_stand_in(
    out: Path | None = None, *, platform: str = LAMBDA_PLATFORM, python_version: str = LAMBDA_PYTHON
) -> Path:
    """`RUNTIME_PROVIDED` at constraints.txt's pins in a folder of their own: the runtime's /var/runtime for an
    import test of the asset (put it after the asset on sys.path, as Lambda does)."""
    pinned = pins()
    requirements = [f"{name}=={pinned[name]}" for name in RUNTIME_PROVIDED]
    key = hashlib.sha256("\0".join([platform, python_version, *requirements]).encode()).hexdigest()[:16]
    folder = (out or CACHE) / f"runtime-{platform}-cp{python_version.replace('.', '')}-{key}"
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(folder.parent / ".lock"):
        if not folder.is_dir():
            partial = folder.with_name(folder.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            install_wheels(
                requirements, partial, platform=platform, python_version=python_version, no_deps=True
            )
            partial.rename(folder)
    return folder


def elf_machines(folder: Path) -> dict[Path, int]:
    """Every ELF file in `folder` (extensions, bundled libraries) and its `e_machine` (183 aarch64, 62 x86-64)."""
    machines = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as file:
            header = file.read(20)
        if len(header) == 20 and header[:4] == b"\x7fELF":
            machines[path] = int.from_bytes(header[18:20], "little" if header[5] == 1 else "big")
    return machines


def zipped_size(folder: Path) -> int:
    """Bytes of `folder` as a deflated zip (zlib's default level), the format the CDK uploads."""
    with tempfile.TemporaryFile() as buffer:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder))
        return buffer.tell()


def _say(line: str) -> None:
    print(f"lambda asset: {line}", file=sys.stderr, flush=True)
