"""Fixtures for the workflow tests: the session's local platform, pointed at for a module, and a client factory.

The environment points at it for the whole module (`module_env`), because the handlers the workflows
call run in this process and create their own clients: Finalize writes to S3 and DynamoDB, and the
research and analysis agents call the local Bedrock endpoint. Moto's state is shared by the whole
process, so tests deploy under names of their own (`unique_name`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest

from agentkit.local.platform import LocalPlatform


@pytest.fixture(scope="module")
def client(module_env: LocalPlatform) -> Iterator[Callable[..., Any]]:
    """`client("stepfunctions")`: a boto3 client for the local AWS server the environment points at."""

    def make(service: str) -> Any:
        return boto3.client(service, endpoint_url=module_env.aws.url, region_name="us-east-1")

    yield make


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> str:
    """A state machine name for this test alone, readable in a failure message."""
    return f"{request.node.name[:30].replace('_', '-').strip('-[]')}-{uuid.uuid4().hex[:6]}"
