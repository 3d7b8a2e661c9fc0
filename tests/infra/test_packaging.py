"""The Lambda asset: built for arm64 from wheels only, within Lambda's size limit, and importable as deployed.

The asset is built once per module (and reused across runs from build/lambda-asset, keyed by what went in).
Its compiled code is aarch64, so this x86_64 machine cannot import it; the import test runs a twin of the
same pinned set built by the same function for x86_64, with the runtime's boto3 after it on sys.path as
Lambda puts /var/runtime after /var/task.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from infra import packaging

# The Lambda functions' modules (the brief's handlers) and what the task functions import on first use.
LAMBDA_MODULES = [
    "agentkit.service.rest",
    "agentkit.service.handlers",
    "agentkit.service.graphql_api",
    "agentkit.service.realtime",
    "agentkit.service.auth",
    "agentkit.service.agents",
    "agentkit.models",
]
NOTEBOOK_ONLY = {
    "pandas",
    "matplotlib",
    "ipython",
    "ipywidgets",
    "ipykernel",
    "moto",
    "scipy",
    "boto3",
    "botocore",
}


def distributions(folder: Path) -> dict[str, str]:
    found = (info.name.removesuffix(".dist-info").rsplit("-", 1) for info in folder.glob("*.dist-info"))
    return {canonicalize_name(name): version for name, version in found}


@pytest.fixture(scope="module")
def asset() -> Path:
    return packaging.build_asset()


@pytest.fixture(scope="module")
def interpreter() -> tuple[str, str]:
    """Lambda's CPython when this machine has one (the twin is then the asset's own version), else this one."""
    found = packaging.bytecode_python(packaging.LAMBDA_PYTHON)
    if found:
        return found, packaging.LAMBDA_PYTHON
    return sys.executable, f"{sys.version_info.major}.{sys.version_info.minor}"


@pytest.fixture(scope="module")
def twin(interpreter: tuple[str, str]) -> tuple[Path, Path]:
    """The same set for x86_64 and the runtime's boto3 beside it."""
    _, version = interpreter
    platform = "x86_64-manylinux_2_34"
    return (
        packaging.build_asset(platform=platform, python_version=version),
        packaging.runtime_stand_in(platform=platform, python_version=version),
    )


def test_every_compiled_file_in_the_asset_is_aarch64(asset: Path) -> None:
    machines = packaging.elf_machines(asset)
    assert any(path.suffix == ".so" for path in machines), (
        "expected compiled extensions (pydantic-core, numpy)"
    )
    not_arm = {str(path.relative_to(asset)): machine for path, machine in machines.items() if machine != 183}
    assert not_arm == {}
    assert {path for path in asset.rglob("*.so") if path.is_file()} <= set(machines)  # each is an ELF file


def test_the_elf_check_tells_x86_64_from_aarch64(twin: tuple[Path, Path]) -> None:
    """The check above can fail: the x86_64 twin's extensions read as machine 62."""
    machines = set(packaging.elf_machines(twin[0]).values())
    assert machines == {packaging.EM_X86_64}


def test_the_asset_zips_within_lambdas_limit(asset: Path) -> None:
    size = packaging.zipped_size(asset)
    assert size <= packaging.MAX_ZIPPED_BYTES, f"{size / 2**20:.1f} MB zipped"


def test_the_asset_is_the_pinned_set_without_notebook_only_packages(asset: Path) -> None:
    shipped = distributions(asset)
    pinned = packaging.pins()
    assert {name: version for name, version in shipped.items() if pinned.get(name) != version} == {}
    assert NOTEBOOK_ONLY & set(shipped) == set()
    for requirement in packaging.runtime_requirements():
        name = canonicalize_name(requirement.split("[")[0].split("==")[0])
        assert name in shipped
    assert (asset / "agentkit" / "service" / "rest.py").is_file()
    assert not list((asset / "agentkit").rglob("*.dist-info"))  # the sources, not an installed link
    assert not (asset / "agentkit" / "service" / "web").exists()  # the UI agentkit serve hosts
    assert not list(asset.glob("*/**/tests"))


def test_the_asset_ships_bytecode_for_lambdas_python(asset: Path) -> None:
    """/var/task is read-only: without it every cold start compiles what it imports."""
    assert packaging.bytecode_python(packaging.LAMBDA_PYTHON), (
        f"no CPython {packaging.LAMBDA_PYTHON} on this machine to compile the asset's bytecode; install it"
    )
    compiled = asset / "agentkit" / "service" / "__pycache__" / "rest.cpython-312.pyc"
    assert compiled.is_file()
    assert int.from_bytes(compiled.read_bytes()[4:8], "little") & 0b11 == 0b01  # hash-based, not checked


def test_the_twin_has_the_same_distributions_as_the_asset(asset: Path, twin: tuple[Path, Path]) -> None:
    assert distributions(twin[0]) == distributions(asset)


def test_the_lambda_modules_import_from_the_asset_alone(
    twin: tuple[Path, Path], interpreter: tuple[str, str]
) -> None:
    """A clean interpreter (-I -S: no site-packages, no PYTHONPATH) with only the asset and the runtime's SDK:
    every module it loads comes from them or the standard library, and moto is not among them."""
    folder, runtime = twin
    probe = (
        "import json, sys\n"
        f"sys.path[:0] = [{str(folder)!r}, {str(runtime)!r}]\n"
        f"for name in {LAMBDA_MODULES!r}: __import__(name)\n"
        "print(json.dumps({n: getattr(m, '__file__', None) for n, m in sys.modules.items()}))\n"
    )
    done = subprocess.run([interpreter[0], "-I", "-S", "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    files = json.loads(done.stdout)
    stdlib = subprocess.run(
        [interpreter[0], "-I", "-S", "-c", "import sys; print(sys.base_prefix)"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    outside = {
        name: file
        for name, file in files.items()
        if file and not file.startswith((str(folder), str(runtime), stdlib))
    }
    assert outside == {}
    assert not [name for name in files if name.split(".")[0] == "moto"]


def test_the_task_functions_tools_and_agent_run_from_the_asset_alone(
    twin: tuple[Path, Path], interpreter: tuple[str, str], tmp_path: Path
) -> None:
    """What the handlers do on first use, not only at import: search (bm25s on numpy alone, no scipy), the
    read-only SQL tool, and a Strands agent on Bedrock built (no call: that needs AWS)."""
    folder, runtime = twin
    probe = (
        "import json, sys\n"
        f"sys.path[:0] = [{str(folder)!r}, {str(runtime)!r}]\n"
        "from agentkit.service import agents\n"
        "from agentkit.tools.builtin import query_database, search_documents\n"
        "found = search_documents(query='parental leave')\n"
        "rows = query_database(sql='SELECT region, SUM(revenue) AS revenue FROM sales GROUP BY region')\n"
        "agent = agents.researcher([])\n"
        "print(json.dumps([found[0]['source'], sorted(r['region'] for r in rows), agent.name, 'scipy' in sys.modules]))\n"
    )
    environment = {"HOME": str(tmp_path), "AWS_REGION": "us-east-1", "AGENTKIT_MODE": "aws"}
    done = subprocess.run(
        [interpreter[0], "-I", "-S", "-c", probe],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    source, regions, name, scipy = json.loads(done.stdout)
    assert source == "parental-leave-policy.md"
    assert regions == ["east", "north", "south", "west"]
    assert (name, scipy) == ("researcher", False)


def test_a_package_without_an_aarch64_wheel_fails_naming_it(tmp_path: Path) -> None:
    """Offline: a local folder offers only an x86_64 wheel of a made-up package."""
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    tag = "cp312-cp312-manylinux2014_x86_64"
    with zipfile.ZipFile(wheels / f"agentkit_fake_native-1.0-{tag}.whl", "w") as wheel:
        wheel.writestr("agentkit_fake_native/__init__.py", "")
        info = "agentkit_fake_native-1.0.dist-info"
        wheel.writestr(
            f"{info}/METADATA", "Metadata-Version: 2.1\nName: agentkit-fake-native\nVersion: 1.0\n"
        )
        wheel.writestr(f"{info}/WHEEL", f"Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: {tag}\n")
        wheel.writestr(f"{info}/RECORD", "")
    with pytest.raises(packaging.AssetBuildError) as failure:
        packaging.install_wheels(["agentkit-fake-native==1.0"], tmp_path / "asset", find_links=wheels)
    message = str(failure.value)
    assert message.startswith(
        "no wheel of agentkit-fake-native==1.0 for Lambda arm64 (aarch64-manylinux_2_34"
    )
    assert "Pin a version in constraints.txt" in message


def test_an_unpinned_package_in_the_lambda_extra_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packaging, "pins", lambda: {})
    with pytest.raises(packaging.AssetBuildError, match="not pinned in constraints.txt: add it"):
        packaging.runtime_requirements()
