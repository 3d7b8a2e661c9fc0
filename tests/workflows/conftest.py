"""Fixtures for the workflow tests: one local AWS server per module and a boto3 client factory for it,
and for the event tests the kit's bus installed once per module with every handler spied on.

Moto's state is shared by the whole process, so tests deploy under names of their own (`unique_name`).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from event_kit_support import Calls, EventKit

from agentkit.local.aws import LocalAWS
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import events


@pytest.fixture(scope="module")
def client() -> Iterator[Callable[..., Any]]:
    """`client("stepfunctions")`: a boto3 client for this module's local AWS server."""
    with LocalAWS() as aws:

        def make(service: str) -> Any:
            return boto3.client(
                service,
                endpoint_url=aws.url,
                region_name="us-east-1",
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )

        yield make


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> str:
    """A state machine name for this test alone, readable in a failure message."""
    return f"{request.node.name[:30].replace('_', '-').strip('-[]')}-{uuid.uuid4().hex[:6]}"


@pytest.fixture(scope="module")
def event_kit(client: Callable[..., Any], request: pytest.FixtureRequest) -> EventKit:
    """The kit's bus installed once for the module (its own bus name), every handler spied on."""
    cached = functools.cache(client)
    calls = Calls()
    handlers = {p: calls.spy(p, h) for p, h in HANDLERS.items()}
    bus = f"bus-{request.module.__name__.removeprefix('test_')[:40].replace('_', '-')}"
    return EventKit(events.install(handlers, bus=bus, client=cached), calls, cached)
