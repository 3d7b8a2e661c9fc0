"""Lab 08 · a fact-check state with a retry: the learner extends the research pipeline's ASL.

The learner writes `add_fact_check(definition) -> definition`: a Task state between `Analyze` and
`RequestApproval` that calls `${FactCheckFunctionArn}` with the topic, the research and the analysis,
keeps its result at `$.fact_check`, retries `FactCheckUnavailable` (a fact-checking service that is
briefly down) with a growing interval, and sends any other error to `RecordFailure` like the other steps.

The checker deploys the learner's definition on local AWS and runs it with fact-checkers of its own —
none shown in the lab — and judges the runs, not the JSON text: a flaky checker is retried until it
answers and the run reaches its end, a checker that stays down exhausts the retries and the run fails
with its results kept, a checker that rejects the claims (a permanent error) is not retried.
"""

from __future__ import annotations

import copy
import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

import boto3

from agentkit.labs.report import LabReport
from agentkit.service import handlers as handlers_module
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import definition_path, local, runs

AddFactCheck = Callable[[dict[str, Any]], dict[str, Any]]
PLACEHOLDER = "${FactCheckFunctionArn}"


class FactCheckUnavailable(Exception):
    """The fact-checking service is briefly down: the same call may pass in a moment (retry it)."""


class ClaimsRejected(Exception):
    """The fact-checker found a claim the sources do not support: retrying will not change that."""


def pipeline_definition() -> dict[str, Any]:
    """The research pipeline's ASL, as a dict to change."""
    return json.loads(definition_path("research_pipeline").read_text(encoding="utf-8"))


def _research(event: Any, context: Any) -> dict[str, Any]:
    topic = event["topic"]
    return {"findings": [{"title": topic, "source": "notes.md", "snippet": f"On {topic}."}], "summary": topic}


def _analyze(event: Any, context: Any) -> dict[str, Any]:
    return {"rows": [{"n": len(event["topic"])}], "summary": f"{len(event['topic'])} characters"}


class _FactChecker:
    """Answers after `failures` FactCheckUnavailable errors (or raises `error` every time); `events` it got."""

    def __init__(self, failures: int = 0, error: type[Exception] | None = None):
        self.events: list[Any] = []

        def fact_check(event: Any, context: Any) -> dict[str, Any]:
            self.events.append(event)
            if error is not None:
                raise error("the checker's own error")
            if len(self.events) <= failures:
                raise FactCheckUnavailable("the fact-checking service is down")
            return {"verified": True, "claims": len(event.get("research", {}).get("findings", []))}

        self.handler = fact_check


def _run(definition: dict[str, Any], checker: _FactChecker, topic: str) -> tuple[dict[str, Any], list[str]]:
    """Deploy the definition with `checker`, run it (approving when asked), and return the end and states."""
    sfn = boto3.client("stepfunctions")
    handlers = HANDLERS | {
        "ResearchFunctionArn": _research,
        "AnalysisFunctionArn": _analyze,
        "FactCheckFunctionArn": checker.handler,
    }
    name = f"lab08-{uuid.uuid4().hex[:8]}"
    arn = local.deploy(
        "research_pipeline", handlers, name=name, client=boto3.client, definition=json.dumps(definition)
    )
    # The failures are the checker's own doing: HandleError's log line about each would only be noise.
    quiet = logging.getLogger(handlers_module.__name__)
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        with local.time_scale(0.001):
            execution = local.start(sfn, arn, {"topic": topic, "sql": "SELECT 1"}, name=name)
            _approve_until_done(sfn, execution)
            done = local.wait(sfn, execution)
    finally:
        quiet.setLevel(level)
    entered = [e["state"] for e in local.history(sfn, execution) if e["type"].endswith("StateEntered")]
    return done, entered


def _approve_until_done(sfn: Any, execution: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    answered: set[str] = set()
    while sfn.describe_execution(executionArn=execution)["status"] == "RUNNING":
        for token in set(local.pending_tokens(sfn, execution)) - answered:
            sfn.send_task_success(taskToken=token, output=json.dumps({"approved": True, "feedback": ""}))
            answered.add(token)
        if time.monotonic() > deadline:
            raise TimeoutError(f"the pipeline {execution} did not end within {timeout} s")
        time.sleep(0.05)


def check_lab08(add_fact_check: AddFactCheck) -> LabReport:
    """Deploy the learner's pipeline on local AWS with fact-checkers of the checker's own; report what to fix."""
    report = LabReport("Lab 08 · a fact-check state with a retry")

    def check(name: str, passed: bool, hint: str) -> bool:
        return report.add(name, passed, "" if passed else hint)

    original = pipeline_definition()
    try:
        changed = add_fact_check(copy.deepcopy(original))
    except NotImplementedError:
        check("add_fact_check is implemented", False, "replace the TODO in add_fact_check()")
        return report.raise_for_failures()
    states = changed.get("States", {}) if isinstance(changed, dict) else {}
    calling = [n for n, s in states.items() if s.get("Parameters", {}).get("FunctionName") == PLACEHOLDER]
    if not check(
        "one Task state calls ${FactCheckFunctionArn}",
        len(calling) == 1,
        f"found {len(calling)}; add one Task state whose Parameters.FunctionName is {PLACEHOLDER}",
    ):
        return report.raise_for_failures()
    fact_check = calling[0]

    topic = f"tents {uuid.uuid4().hex[:4]}"
    flaky = _FactChecker(failures=2)
    done, entered = _run(changed, flaky, topic)
    check(
        "the run goes Analyze → fact-check → RequestApproval and reaches its end",
        done["status"] == "SUCCEEDED"
        and fact_check in entered
        and entered.index("Analyze") < entered.index(fact_check) < entered.index("RequestApproval"),
        f"the run ended {done['status']} after {' → '.join(entered)}; point Analyze's Next at {fact_check} "
        "and its Next at RequestApproval",
    )
    check(
        "a FactCheckUnavailable error is retried until the checker answers",
        len(flaky.events) == 3,
        f"the fact-checker was called {len(flaky.events)} time(s) (it was down twice); add a Retry with "
        '"ErrorEquals": ["FactCheckUnavailable"] and MaxAttempts of at least 2',
    )
    sent = flaky.events[0] if flaky.events else {}
    check(
        "the fact-checker receives the topic, the research and the analysis",
        sent.get("topic") == topic
        and "findings" in sent.get("research", {})
        and "rows" in sent.get("analysis", {}),
        f'it received {sorted(sent)}; pass "topic.$": "$.topic", "research.$": "$.research", '
        '"analysis.$": "$.analysis" in the Payload',
    )
    if done["status"] == "SUCCEEDED":  # then Finalize recorded it
        status = runs.run_status(done["name"])
        check(
            "the report still gets written (the state keeps the pipeline's data)",
            status.status == "completed",
            f"the run was {status.status}: {status.reason}; put the result at "
            '"ResultPath": "$.fact_check" so the rest of the state stays',
        )

    down = _FactChecker(failures=100)
    done, entered = _run(changed, down, topic)
    try:
        kept = runs.run_status(done["name"]).partial
    except runs.UnknownRun:  # failed without passing through RecordFailure
        kept = {}
    check(
        "when the checker stays down, the retries run out and the run fails with its results kept",
        done["status"] == "FAILED" and "RecordFailure" in entered and {"research", "analysis"} <= set(kept),
        f"the run ended {done['status']} after {' → '.join(entered)}; add a Catch on States.ALL with "
        '"ResultPath": "$.error" and "Next": "RecordFailure"',
    )
    retries = [
        r for r in states[fact_check].get("Retry", []) if "FactCheckUnavailable" in r.get("ErrorEquals", [])
    ]
    check(
        "the retries back off (each wait longer than the one before)",
        bool(retries) and float(retries[0].get("BackoffRate", 2.0)) > 1.0,
        "give the Retry a BackoffRate above 1 (2 doubles the interval each time)",
    )

    rejecting = _FactChecker(error=ClaimsRejected)
    done, _ = _run(changed, rejecting, topic)
    check(
        "a checker that rejects the claims is not retried",
        len(rejecting.events) == 1 and done["status"] == "FAILED",
        f"it was called {len(rejecting.events)} time(s); retry only FactCheckUnavailable, not States.ALL — "
        "a rejected claim stays rejected",
    )
    return report.raise_for_failures()
