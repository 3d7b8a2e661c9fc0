"""Run a durable function offline with the official testing SDK, and answer its approval callback.

`aws-durable-execution-sdk-python-testing`'s `DurableFunctionTestRunner` plays the Lambda durable
execution service in process: it stores checkpoints, invokes the handler again after a retry delay or a
callback, and times out a callback whose timeout passes. `LocalDurable` wraps it for notebooks and the
bench: start an execution, find its approval callback, answer it, and read the run as data — its
operations (the checkpointed steps, waits and callbacks) and how many times the function was invoked
(each invocation after the first is a replay).

The testing SDK's clock is real: a 24-hour callback timeout takes 24 hours, so shorten it with
`durable.Timings(approval_timeout_seconds=1)` rather than waiting.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aws_durable_execution_sdk_python_testing import DurableFunctionTestResult, DurableFunctionTestRunner


@dataclass(frozen=True)
class DurableRun:
    """One finished durable execution, as data.

    `status` is the SDK's (`SUCCEEDED`, `FAILED`, `TIMED_OUT` …); `output` the function's return value
    (parsed); `error` the failure's `{"type", "message"}` or None; `operations` one record per checkpointed
    operation, nested ones included (`pandas.DataFrame(run.operations)` is its table); `invocations` how many
    times the function ran (1 + replays); `seconds` the wall time from start to end.
    """

    execution: str
    status: str
    output: Any
    error: dict[str, Any] | None
    operations: list[dict[str, Any]]
    invocations: int
    seconds: float

    @property
    def checkpoints(self) -> int:
        """Checkpointed operations: what the durable service stores, and what its price counts."""
        return len(self.operations)


@dataclass
class LocalDurable:
    """A local durable execution service for one handler (a context manager; `close()` stops its clock).

    >>> with LocalDurable(research_pipeline(HANDLERS)) as service:
    ...     run = service.run({"topic": "...", "sql": "SELECT ..."}, decision={"approved": True})
    """

    handler: Any
    poll_interval: float = 0.02
    _runner: DurableFunctionTestRunner = field(init=False, repr=False)
    _invocations: Counter[str] = field(init=False, repr=False, default_factory=Counter)
    _started: dict[str, float] = field(init=False, repr=False, default_factory=dict)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._runner = DurableFunctionTestRunner(self._counted, poll_interval=self.poll_interval)

    def __enter__(self) -> LocalDurable:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._runner.close()

    def _counted(self, event: Any, context: Any) -> Any:
        """The handler as the service invokes it; counts invocations per execution."""
        with self._lock:
            self._invocations[event.durable_execution_arn] += 1
        return self.handler(event, context)

    def start(self, input: Any, name: str | None = None, timeout: int = 900) -> str:
        """Start an execution (`timeout`: its whole-execution limit in seconds); returns its ARN."""
        began = time.perf_counter()
        arn = self._runner.run_async(
            input=json.dumps(input), execution_name=name or str(uuid.uuid4()), timeout=timeout
        )
        self._started[arn] = began
        return arn

    def approval(self, execution: str, timeout: float = 30.0) -> str:
        """The id of the execution's pending callback (the pipeline has one: its approval), waiting up to `timeout`."""
        try:
            return self._runner.wait_for_callback(execution, timeout=int(max(1, timeout)))
        except TimeoutError:
            raise TimeoutError(
                f"execution {execution} asked for no approval within {timeout} s: a step before it may have "
                "failed (see wait(...).error)"
            ) from None

    def answer(self, callback_id: str, decision: dict[str, Any]) -> None:
        """Send the approver's decision, e.g. `{"approved": False, "feedback": "cite the source"}`."""
        self._runner.send_callback_success(callback_id, json.dumps(decision).encode())

    def wait(self, execution: str, timeout: float = 60.0) -> DurableRun:
        """Block until the execution ends and return it as a `DurableRun`."""
        result = self._runner.wait_for_result(execution, timeout=int(max(1, timeout)))
        return _as_run(execution, result, self._invocations[execution], self._started.pop(execution, None))

    def run(
        self,
        input: Any,
        decision: dict[str, Any] | None = None,
        name: str | None = None,
        timeout: float = 60.0,
    ) -> DurableRun:
        """Start, answer the approval with `decision` (None: let it time out), and wait for the end."""
        execution = self.start(input, name)
        if decision is not None:
            self.answer(self.approval(execution, timeout), decision)
        return self.wait(execution, timeout)


def _as_run(
    execution: str, result: DurableFunctionTestResult, invocations: int, started: float | None
) -> DurableRun:
    error = None
    if result.error is not None:
        error = {"type": result.error.type, "message": result.error.message}
    output = json.loads(result.result) if result.result else None
    return DurableRun(
        execution=execution,
        status=result.status.value if hasattr(result.status, "value") else str(result.status),
        output=output,
        error=error,
        operations=[_record(op) for op in _in_order(result)],
        invocations=invocations,
        seconds=time.perf_counter() - started if started is not None else float("nan"),
    )


def _in_order(result: DurableFunctionTestResult) -> list[Any]:
    """Every operation, nested ones included, in the order they started."""
    ordered, stack = [], list(result.operations)
    while stack:
        op = stack.pop()
        ordered.append(op)
        stack.extend(getattr(op, "child_operations", None) or [])
    return sorted(ordered, key=lambda op: (op.start_timestamp is None, op.start_timestamp))


def _record(op: Any) -> dict[str, Any]:
    return {
        "name": op.name,
        "type": op.operation_type.value,
        "sub_type": op.sub_type.value if op.sub_type is not None else None,
        "status": op.status.value,
        "attempt": getattr(op, "attempt", None),
        "started": op.start_timestamp,
        "ended": op.end_timestamp,
    }
