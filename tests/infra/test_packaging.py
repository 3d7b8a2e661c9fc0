"""The Lambda asset is built without Docker for arm64: every compiled file aarch64, ≤ 50 MB zipped, the pinned set.

The asset is built once per test session and cached under build/ (a clean clone downloads the wheels from
the package index once: ~45 MB).
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
from pathlib import Path

import pydantic_core
import pytest

from infra import packaging


@pytest.fixture(scope="module")
def asset() -> Path:
    return packaging.build_asset()


def test_every_compiled_file_is_aarch64(asset: Path):
    compiled = packaging.compiled_files(asset)
    assert any("pydantic_core" in str(p) for p in compiled), "the asset should hold pydantic-core's extension"
    assert packaging.foreign_binaries(asset) == []


def test_the_zipped_asset_fits_lambdas_limit(asset: Path):
    assert packaging.zipped_size(asset) <= packaging.MAX_ZIPPED_BYTES


def test_the_asset_holds_the_pinned_versions_and_the_package(asset: Path):
    installed = {
        m.group(1).lower().replace("_", "-"): m.group(2)
        for p in asset.glob("*.dist-info")
        if (m := re.match(r"(.+)-([^-]+)\.dist-info$", p.name))
    }
    for requirement in packaging.requirements():
        name, version = re.match(r"([^\[=]+)(?:\[[^\]]+\])?==(.+)", requirement).groups()
        assert installed.get(name.lower().replace("_", "-")) == version, requirement
    assert (asset / "agentkit" / "service" / "rest.py").is_file()
    assert (asset / "agentkit" / "service" / "handlers.py").is_file()
    assert not (asset / "agentkit" / "service" / "web").exists()  # served by `agentkit serve`, not Lambda


def test_notebook_only_packages_stay_out(asset: Path):
    for name in ("pandas", "matplotlib", "IPython", "moto", "lemminflect", "crewai", "langgraph"):
        assert not (asset / name).exists(), name


def test_a_compiled_file_for_another_machine_is_named(tmp_path: Path):
    extension = next(Path(pydantic_core.__file__).parent.glob("_pydantic_core*.so"))  # this machine's, x86_64
    shutil.copy(extension, tmp_path / extension.name)
    (tmp_path / "notes.txt").write_text("not compiled")
    assert packaging.foreign_binaries(tmp_path) == [(extension.name, "x86_64")]


def test_a_package_without_a_wheel_for_the_platform_fails_naming_it(tmp_path: Path):
    numpy = importlib.metadata.version("numpy")  # publishes aarch64 wheels for manylinux_2_28, none for 2014
    with pytest.raises(
        packaging.PackagingError, match=r"no wheel of numpy for aarch64-manylinux2014"
    ) as refused:
        packaging._install([f"numpy=={numpy}"], tmp_path, "aarch64-manylinux2014")
    assert "pin a version" in str(refused.value)


def test_an_unpinned_requirement_says_to_lock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[project.optional-dependencies]\nlambda = ["not-pinned-anywhere"]\n'
    )
    (tmp_path / "constraints.txt").write_text("boto3==1.0\n")
    monkeypatch.setattr(packaging, "ROOT", tmp_path)
    with pytest.raises(packaging.PackagingError, match="not-pinned-anywhere .* run `make lock`"):
        packaging.requirements()
