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
    """A local durable execution service for one handler (a context manager: `close()` ends what is left).

    Each execution gets a testing-SDK runner of its own, closed when `wait` returns, so no timer of one
    execution outlives it. `approval` returns once the function has suspended at its callback, as an
    approver on AWS would answer seconds later, not while the first invocation is still checkpointing.

    >>> with LocalDurable(research_pipeline(HANDLERS)) as service:
    ...     run = service.run({"topic": "...", "sql": "SELECT ..."}, decision={"approved": True})
    """

    handler: Any
    poll_interval: float = 0.02
    _runners: dict[str, DurableFunctionTestRunner] = field(init=False, repr=False, default_factory=dict)
    _callbacks: dict[str, str] = field(init=False, repr=False, default_factory=dict)
    _invocations: Counter[str] = field(init=False, repr=False, default_factory=Counter)
    _running: Counter[str] = field(init=False, repr=False, default_factory=Counter)
    _started: dict[str, float] = field(init=False, repr=False, default_factory=dict)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)

    def __enter__(self) -> LocalDurable:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the runners of executions nobody waited for."""
        while self._runners:
            self._runners.popitem()[1].close()

    def _counted(self, event: Any, context: Any) -> Any:
        """The handler as the service invokes it; counts invocations, and those in flight, per execution."""
        arn = event.durable_execution_arn
        with self._lock:
            self._invocations[arn] += 1
            self._running[arn] += 1
        try:
            return self.handler(event, context)
        finally:
            with self._lock:
                self._running[arn] -= 1

    def start(self, input: Any, name: str | None = None, timeout: int = 900) -> str:
        """Start an execution (`timeout`: its whole-execution limit in seconds); returns its ARN."""
        runner = DurableFunctionTestRunner(self._counted, poll_interval=self.poll_interval)
        began = time.perf_counter()
        arn = runner.run_async(
            input=json.dumps(input), execution_name=name or str(uuid.uuid4()), timeout=timeout
        )
        self._runners[arn], self._started[arn] = runner, began
        return arn

    def approval(self, execution: str, timeout: float = 30.0) -> str:
        """The id of the execution's pending callback (the pipeline has one: its approval), once the function
        has suspended there; waits up to `timeout` seconds."""
        deadline = time.monotonic() + timeout
        try:
            callback = self._runner(execution).wait_for_callback(execution, timeout=int(max(1, timeout)))
        except TimeoutError:
            raise TimeoutError(
                f"execution {execution} asked for no approval within {timeout} s: a step before it may have "
                "failed (see wait(...).error)"
            ) from None
        while self._running[execution] and time.monotonic() < deadline:
            time.sleep(self.poll_interval)
        self._callbacks[callback] = execution
        return callback

    def answer(self, callback_id: str, decision: dict[str, Any]) -> None:
        """Send the approver's decision, e.g. `{"approved": False, "feedback": "cite the source"}`, to the
        callback that `approval` returned."""
        if callback_id not in self._callbacks:
            raise ValueError("unknown callback id: answer the one that approval(execution) returned")
        runner = self._runner(self._callbacks.pop(callback_id))
        runner.send_callback_success(callback_id, json.dumps(decision).encode())

    def wait(self, execution: str, timeout: float = 60.0) -> DurableRun:
        """Block until the execution ends and return it as a `DurableRun`."""
        runner = self._runner(execution)
        try:
            result = runner.wait_for_result(execution, timeout=int(max(1, timeout)))
        finally:
            self._runners.pop(execution).close()
        return _as_run(execution, result, self._invocations[execution], self._started.pop(execution))

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

    def _runner(self, execution: str) -> DurableFunctionTestRunner:
        try:
            return self._runners[execution]
        except KeyError:
            raise ValueError(f"no running execution {execution}: start() it (wait() ends it)") from None


def _as_run(
    execution: str, result: DurableFunctionTestResult, invocations: int, started: float
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
        seconds=time.perf_counter() - started,
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
