"""The CDK app: `cdk synth` / `cdk deploy` run this module (`infra/cdk.json`; `make synth` from the repo root).

It declares the agent system (`AgentSystemStack`, from the Lambda asset `infra.packaging` builds) and the Studio
workshop (`WorkshopStack`), named as `agentkit.naming` names them for the cleanup checks. Deployment choices come
from CDK context: the `agentkit` object for the system (`infra.settings`, e.g. `-c agentkit='{"monthlyBudgetUsd":
20}'`) and the `workshop` object for Studio (`infra.workshop_stack`). `synthesize()` does in a Python process
what `cdk synth` does, for tests and notebook 10.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

# cdk.json runs `python -m infra.app` from the repo root: run as a file (`python infra/app.py`), infra/ would
# come first on the path and its packaging.py would shadow the `packaging` library.
ROOT = Path(__file__).resolve().parent.parent

# jsii prints a banner on every start since Node 20's end of life (the kit's machines and CI have Node 20, on
# which the pinned library runs); the value names the major versions to stay quiet about.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import aws_cdk as cdk  # noqa: E402

from agentkit import naming  # noqa: E402
from infra import packaging  # noqa: E402
from infra.system_stack import AgentSystemStack  # noqa: E402
from infra.workshop_stack import WorkshopStack  # noqa: E402

OUTDIR = ROOT / "build" / "cdk.out"


def build(app: cdk.App, asset_dir: Path | None = None) -> tuple[AgentSystemStack, WorkshopStack]:
    """The app's two stacks on `app` (the asset built, or taken from `asset_dir`)."""
    system = AgentSystemStack(
        app,
        naming.SYSTEM_STACK,
        asset_dir=asset_dir or packaging.build_asset(),
        description="agentkit: the agent system the workshop's notebooks built (REST and WebSocket APIs, "
        "workflows, events, memory)",
    )
    workshop = WorkshopStack(
        app, naming.WORKSHOP_STACK, description="agentkit: a SageMaker Studio domain to run the workshop in"
    )
    return system, workshop


def synthesize(outdir: Path = OUTDIR, context: dict[str, Any] | None = None) -> cdk.cx_api.CloudAssembly:
    """Synthesize the app into `outdir` (as `cdk synth` does) and return the cloud assembly."""
    app = cdk.App(outdir=str(outdir), context=context or {})
    build(app)
    return app.synth()


if __name__ == "__main__":
    app = cdk.App()
    build(app)
    app.synth()
