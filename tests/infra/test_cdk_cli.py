"""The pinned CDK CLI synthesizes the app from the repo, as `make synth` and notebook 10 run it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agentkit import naming
from infra import cdk_cli


def test_the_pinned_cli_synthesizes_both_stacks(tmp_path: Path):
    pinned = json.loads((cdk_cli.ROOT / "package.json").read_text())["devDependencies"]["aws-cdk"]
    assert cdk_cli.cdk("--version", quiet=True)[-1].startswith(pinned)
    cdk_cli.cdk("synth", "--quiet", "--output", str(tmp_path), quiet=True)
    for stack in (naming.SYSTEM_STACK, naming.WORKSHOP_STACK):
        assert json.loads((tmp_path / f"{stack}.template.json").read_text())["Resources"]


def test_a_failing_command_says_what_it_ran_and_how_it_ended():
    with pytest.raises(cdk_cli.CdkFailed, match=r"`cdk no-such-command` exited \d+"):
        cdk_cli.cdk("no-such-command", quiet=True)


def test_outputs_of_a_stack_that_was_not_deployed_say_so(tmp_path: Path):
    written = tmp_path / "outputs.json"
    written.write_text(json.dumps({"Other": {"Url": "x"}}))
    with pytest.raises(KeyError, match="no outputs of AgentSystemStack"):
        cdk_cli.outputs(written, "AgentSystemStack")
