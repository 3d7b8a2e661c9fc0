"""Fixtures for the workflow tests: the session's local platform, pointed at for a module, a client factory,
and for the event tests the kit's bus installed once per module with every handler spied on.

The environment points at it for the whole module (`module_env`), because the handlers the workflows
call run in this process and create their own clients: Finalize writes to S3 and DynamoDB, and the
research and analysis agents call the local Bedrock endpoint. Moto's state is shared by the whole
process, so tests deploy under names of their own (`unique_name`).
"""

from __future__ import annotations

import functools
import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import pytest
from event_kit_support import Calls, EventKit

from agentkit.local.platform import LocalPlatform
from agentkit.service import handlers
from agentkit.workflows import events, local


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


@pytest.fixture(scope="module")
def event_kit(client: Callable[..., Any], request: pytest.FixtureRequest) -> EventKit:
    """The kit's bus installed once for the module (its own bus name), every handler spied on."""
    cached = functools.cache(client)
    calls = Calls()
    spied = {p: calls.spy(p, h) for p, h in handlers.HANDLERS.items()}
    bus = f"bus-{request.module.__name__.removeprefix('test_')[:40].replace('_', '-')}"
    return EventKit(events.install(spied, bus=bus, client=cached), calls, cached)


class CrashingPipeline:
    """The research pipeline deployed once with cheap, deterministic steps, one of which can be made to crash.

    Research and analysis return results derived from the topic (no agent: Hypothesis runs hundreds of
    executions), writing, finalizing and recording failures are the real handlers. `crash_at` names a
    step whose next call raises `RuntimeError`; `calls` counts each step's calls.
    """

    STEPS = ("Research", "Analyze", "RequestApproval", "Write", "Finalize")

    def __init__(self, client: Callable[..., Any], name: str):
        self.sfn = client("stepfunctions")
        self.crash_at: str | None = None
        self.decision: dict[str, Any] = {"approved": True, "feedback": ""}
        self.calls: Counter[str] = Counter()

        def step(name: str, body: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
            def run(event: Any, context: Any) -> Any:
                self.calls[name] += 1
                if self.crash_at == name:
                    self.crash_at = None
                    raise RuntimeError(f"{name} crashed")
                return body(event, context)

            return run

        def research(event: Any, context: Any) -> dict[str, Any]:
            topic = event["topic"]
            finding = {"title": f"On {topic}", "source": "notes.md", "snippet": f"Notes about {topic}."}
            return {"findings": [finding], "summary": f"one note on {topic}"}

        def analyze(event: Any, context: Any) -> dict[str, Any]:
            return {
                "rows": [{"characters": len(event["topic"])}],
                "summary": f"{len(event['topic'])} characters",
            }

        self.handlers = handlers.HANDLERS | {
            "ResearchFunctionArn": step("Research", research),
            "AnalysisFunctionArn": step("Analyze", analyze),
            "RequestApprovalFunctionArn": step("RequestApproval", self._approver),
            "WriteReportFunctionArn": step("Write", handlers.write_report),
            "FinalizeReportFunctionArn": step("Finalize", handlers.finalize_report),
        }
        self.arn = local.deploy("research_pipeline", self.handlers, name=name, client=client)

    def _approver(self, event: Any, context: Any) -> Any:
        """Send the request, then answer it with `decision` from another thread, as a quick approver would.

        The token is accepted once the task waits for it, just after this handler returns; until then
        Step Functions calls it invalid, so the answer is retried for a moment.
        """
        requested = handlers.request_approval(event, context)
        decision = json.dumps(self.decision)

        def answer() -> None:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    self.sfn.send_task_success(taskToken=event["taskToken"], output=decision)
                    return
                except self.sfn.exceptions.InvalidToken:
                    time.sleep(0.005)

        threading.Thread(target=answer, daemon=True).start()
        return requested

    def run(self, input: dict[str, Any], feedback: str = "") -> dict[str, Any]:
        """Run one execution to its end, approving with `feedback` when asked."""
        self.decision = {"approved": True, "feedback": feedback}
        return local.wait(self.sfn, local.start(self.sfn, self.arn, input), poll=0.02)


@pytest.fixture(scope="module")
def crashing_pipeline(client: Callable[..., Any]) -> CrashingPipeline:
    return CrashingPipeline(client, f"crashing-{uuid.uuid4().hex[:6]}")
