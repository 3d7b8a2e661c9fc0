"""A local Bedrock endpoint per module and a builder of Strands agents on it, for the pattern tests.

The agents are real Strands agents talking Converse over HTTP to the local endpoint, answered by the
simulated model: the patterns are tested on the same wire a notebook uses, with tools and requests
written here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest

from agentkit.local.bedrock import FaultConfig, LocalBedrock

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalBedrock]:
    with LocalBedrock(faults=FaultConfig()) as bedrock:
        yield bedrock


@pytest.fixture(scope="module")
def make_agent(server: LocalBedrock) -> Callable[..., Callable[[list], Any]]:
    """`make_agent(name, description, tools=[...])` → a factory `hooks -> Agent` on the local endpoint."""
    from strands import Agent
    from strands.models import BedrockModel

    session = boto3.Session(
        region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing"
    )

    def build(
        name: str, description: str, tools: list | None = None, prompt: str = ""
    ) -> Callable[[list], Any]:
        def factory(hooks: list) -> Any:
            model = BedrockModel(model_id=MODEL_ID, boto_session=session, endpoint_url=server.url)
            return Agent(
                name=name,
                description=description,
                system_prompt=prompt or description,
                model=model,
                tools=list(tools or []),
                hooks=hooks,
                callback_handler=None,
            )

        return factory

    return build
