"""Fixtures for the workflow tests: one local AWS server per module and a boto3 client factory for it,
and for the event tests the kit's bus installed once per module with every handler spied on.

Moto's state is shared by the whole process, so tests deploy under names of their own (`unique_name`).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest

from agentkit.local.aws import Handler, LocalAWS
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import events
from agentkit.workflows.events import Installed


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


class Calls:
    """What each event handler received: `calls["ErrorEventFunctionArn"]` lists the events, oldest first."""

    def __init__(self) -> None:
        self.events: dict[str, list[Any]] = {}

    def __getitem__(self, placeholder: str) -> list[Any]:
        return self.events.setdefault(placeholder, [])

    def clear(self) -> None:
        self.events.clear()

    def spy(self, placeholder: str, handler: Handler) -> Handler:
        """`handler`, recording each event it gets before running it (its name kept, for the stub's Handler)."""

        @functools.wraps(handler)
        def spied(event: Any, context: Any) -> Any:
            self[placeholder].append(event)
            return handler(event, context)

        return spied


@dataclass(frozen=True)
class EventKit:
    installed: Installed
    calls: Calls
    client: Callable[[str], Any]  # cached: one boto3 client per service for the module


@pytest.fixture(scope="module")
def event_kit(client: Callable[..., Any], request: pytest.FixtureRequest) -> EventKit:
    """The kit's bus installed once for the module (its own bus name), every handler spied on."""
    cached = functools.cache(client)
    calls = Calls()
    handlers = {p: calls.spy(p, h) for p, h in HANDLERS.items()}
    bus = f"bus-{request.module.__name__.removeprefix('test_')[:40].replace('_', '-')}"
    return EventKit(events.install(handlers, bus=bus, client=cached), calls, cached)
