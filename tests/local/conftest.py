"""Fixtures shared by the tests in tests/local, written once here instead of copied into each module.

- `aws_url` and `client`: a LocalAWS server and a boto3 client factory for it (test_local_aws.py,
  test_moto_quirks.py). Helpers those modules call directly (`REGION`, `unique`) are in
  local_aws_support.py, since test modules should not import from a conftest.
- `server` and `no_faults`: a LocalBedrock with default faults, and a reset of its faults after each test
  (test_bedrock_*.py). `no_faults` is not autouse, or every test here would start a Bedrock server;
  modules that change faults opt in with `pytestmark = pytest.mark.usefixtures("no_faults")`.

Every server is module-scoped, as it was in each module: a module gets its own, started only when one of
its tests needs it. A module that needs a different `server` or `client` (the pass-through server, the
Anthropic SDK client) defines a fixture of that name, which takes precedence over the one here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from local_aws_support import REGION

from agentkit.local.aws import LocalAWS
from agentkit.local.bedrock import FaultConfig, LocalBedrock

# --------------------------------------------------------------------------- local AWS


@pytest.fixture(scope="module")
def aws_url() -> Iterator[str]:
    with LocalAWS() as aws:
        yield aws.url


@pytest.fixture(scope="module")
def client(aws_url: str) -> Callable[..., Any]:
    """`client("s3")`: a boto3 client for the local server; keyword arguments override the defaults."""

    def make(service: str, **overrides: Any) -> Any:
        kwargs = {
            "endpoint_url": aws_url,
            "region_name": REGION,
            "aws_access_key_id": "testing",
            "aws_secret_access_key": "testing",
        }
        return boto3.client(service, **(kwargs | overrides))

    return make


# --------------------------------------------------------------------------- local Bedrock


@pytest.fixture(scope="module")
def server() -> Iterator[LocalBedrock]:
    with LocalBedrock(faults=FaultConfig()) as bedrock:
        yield bedrock


@pytest.fixture
def no_faults(server: LocalBedrock) -> Iterator[None]:
    """Whatever faults a test configures are cleared after it."""
    yield
    server.faults.configure(FaultConfig())
