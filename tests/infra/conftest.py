"""The CDK app synthesized once per test session (both stacks, cdk-nag's AWS Solutions checks on), shared."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")


@pytest.fixture(scope="session")
def app_assembly(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The synthesized app; synthesis raises, listing the findings, if cdk-nag finds anything not acknowledged."""
    from aws_cdk import App, Validations
    from cdk_nag import AwsSolutionsChecks

    from infra.app import build

    app = App(
        outdir=str(tmp_path_factory.mktemp("cdk.out")),
        builtin_cloud_formation_validation=False,
        stack_traces=False,
        context={"@aws-cdk/core:validationReportJson": True},
    )
    build(app)
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return app.synth()


@pytest.fixture(scope="session")
def system_template(app_assembly: Any) -> dict[str, Any]:
    from agentkit import naming

    return app_assembly.get_stack_by_name(naming.SYSTEM_STACK).template


@pytest.fixture(scope="session")
def assembly_dir(app_assembly: Any) -> Path:
    return Path(app_assembly.directory)
