"""What the event tests share besides fixtures (a module of its own: `conftest` names clash across test folders)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agentkit.local.aws import Handler
from agentkit.workflows.events import Installed


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
