"""Retries with exponential backoff (tenacity) inside a circuit breaker (pybreaker), for every model call.

Where retries live: here, and only here. The SDKs underneath retry on their own by default (botocore 3–5
attempts, the anthropic and openai clients 2 retries, Strands' agent loop 6 more on throttling), which
would multiply attempts and hide them. `providers` switches the SDK retries off, and a call that still
fails after the last attempt is raised as `ModelUnavailableError` — not as Strands' `ModelThrottledException`
— so Strands' agent-level retry does not start over. Every attempt is therefore counted once, logged once.

What is retried: throttling, 5xx, `ModelNotReadyException`, timeouts and dropped connections — errors a
later attempt can cure. Validation and access errors are the caller's to fix and are raised at once, as
the provider raised them; they do not count against the circuit either (the service answered).

The circuit breaker counts *calls* that failed after their retries. After `fail_max` in a row it opens:
calls fail at once with `CircuitOpenError`, which names the model, the failures and when it will try
again. After `reset_timeout_s` one trial call goes through (half-open): success closes the circuit,
failure opens it again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
import pybreaker
from botocore.config import Config
from botocore.exceptions import ClientError, ConnectionClosedError, ReadTimeoutError
from botocore.exceptions import ConnectionError as BotoConnectionError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from agentkit.errors import explain
from agentkit.models.config import BreakerSettings, RetryPolicy

logger = logging.getLogger(__name__)

T = TypeVar("T")

TRANSIENT_CODES = frozenset(
    {
        "ThrottlingException",
        "ServiceUnavailableException",
        "InternalServerException",
        "ModelNotReadyException",
        "ModelTimeoutException",
        "throttlingException",
        "serviceUnavailableException",
        "internalServerException",
        "modelStreamErrorException",
    }
)
"""AWS error codes a later attempt can cure (the lower-case ones arrive inside a ConverseStream)."""


BOTO_CONFIG = Config(
    retries={"mode": "standard", "total_max_attempts": 1}, connect_timeout=10, read_timeout=120
)
"""bedrock-runtime clients: botocore's own retries off (tenacity retries), Strands' default read timeout."""


class ModelUnavailableError(RuntimeError):
    """A model call failed with a transient error on every attempt; the last error is the `__cause__`."""


class CircuitOpenError(ModelUnavailableError):
    """The circuit for a model is open: the call was not attempted."""


def is_transient(error: BaseException) -> bool:
    """Whether a later attempt may succeed where this one failed (looks through wrapped causes)."""
    for cause in _causes(error):
        if type(cause).__name__ == "ModelThrottledException":  # Strands' wrapper, whatever the provider
            return True
        if isinstance(cause, ClientError):
            status = cause.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            return (
                cause.response.get("Error", {}).get("Code") in TRANSIENT_CODES
                or status == 429
                or status >= 500
            )
        if isinstance(
            cause, BotoConnectionError | ReadTimeoutError | ConnectionClosedError | httpx.TransportError
        ):
            return True
        status = getattr(cause, "status_code", None)  # anthropic and openai APIStatusError
        if isinstance(status, int):
            return status == 429 or status >= 500
        if isinstance(cause, TimeoutError | ConnectionError):
            return True
    return False


def describe(error: BaseException) -> str:
    """`Code: message` of the provider error at the root of `error`, for one log line."""
    for cause in _causes(error):
        if isinstance(cause, ClientError):
            details = cause.response.get("Error", {})
            return f"{details.get('Code', 'ClientError')}: {details.get('Message', '')}"
    root = list(_causes(error))[-1]
    return f"{type(root).__name__}: {root}"


def _causes(error: BaseException) -> Iterator[BaseException]:
    """`error` and the errors it was raised from (`raise ... from`), as SDK wrappers chain them."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__


class _Watch(pybreaker.CircuitBreakerListener):
    """Remembers the last failure (for the fail-fast message) and logs the circuit's state changes."""

    def __init__(self, label: str):
        self.label = label
        self.last_failure: Exception | None = None
        self.opened_at: datetime | None = None
        self.reopened = False

    def failure(self, cb: pybreaker.CircuitBreaker, exc: BaseException) -> None:
        if isinstance(exc, Exception):
            self.last_failure = exc

    def state_change(
        self,
        cb: pybreaker.CircuitBreaker,
        old_state: pybreaker.CircuitBreakerState | None,
        new_state: pybreaker.CircuitBreakerState,
    ) -> None:
        level = logging.WARNING
        if new_state.name == pybreaker.STATE_OPEN:
            self.opened_at, level = datetime.now(UTC), logging.ERROR
            self.reopened = old_state is not None and old_state.name == pybreaker.STATE_HALF_OPEN
        logger.log(
            level, "%s: circuit %s -> %s", self.label, old_state.name if old_state else "-", new_state.name
        )


class Guard:
    """The retry policy and the circuit breaker of one model, applied to sync and async calls alike.

    `sleep` replaces the wait between attempts (tests pass a recorder; it is also called from async
    code, so it must not block for real there).
    """

    def __init__(
        self,
        provider: str,
        model_id: str,
        policy: RetryPolicy,
        breaker: BreakerSettings,
        *,
        region: str | None = None,
        sleep: Callable[[float], None] | None = None,
    ):
        self.model_id = model_id
        self.region = region
        self.label = label = f"{provider} model {model_id}"
        self.policy = policy
        self._watch = _Watch(label)
        self.breaker = pybreaker.CircuitBreaker(
            fail_max=breaker.fail_max,
            reset_timeout=breaker.reset_timeout_s,
            exclude=[lambda error: not is_transient(error)],
            listeners=[self._watch],
            throw_new_error_on_trip=False,  # the call that trips it raises its own error
            name=label,
        )
        self._sleep = sleep

    def call(self, attempt: Callable[[], T]) -> tuple[T, int]:
        """`attempt()`'s result and how many attempts it took."""
        retrying = Retrying(sleep=self._sleep or time.sleep, **self._retry_options())
        try:
            with self.breaker.calling():
                try:
                    return retrying(attempt), retrying.statistics["attempt_number"]
                except Exception as error:
                    if not is_transient(error):
                        raise
                    raise self._unavailable(error, retrying.statistics["attempt_number"]) from error
        except pybreaker.CircuitBreakerError as error:
            raise CircuitOpenError(self._open_message()) from error

    async def call_async(self, attempt: Callable[[], Awaitable[T]]) -> tuple[T, int]:
        """`await attempt()`'s result and how many attempts it took."""
        retrying = AsyncRetrying(sleep=self._async_sleep, **self._retry_options())

        # tenacity awaits what a coroutine function returns, not what any other callable returns
        async def awaited() -> T:
            return await attempt()

        try:
            with self.breaker.calling():
                try:
                    return await retrying(awaited), retrying.statistics["attempt_number"]
                except Exception as error:
                    if not is_transient(error):
                        raise
                    raise self._unavailable(error, retrying.statistics["attempt_number"]) from error
        except pybreaker.CircuitBreakerError as error:
            raise CircuitOpenError(self._open_message()) from error

    async def _async_sleep(self, seconds: float) -> None:
        if self._sleep is None:
            await asyncio.sleep(seconds)
        else:
            self._sleep(seconds)

    def _retry_options(self) -> dict[str, Any]:
        return {
            "stop": stop_after_attempt(self.policy.max_attempts),
            "wait": wait_exponential(
                multiplier=self.policy.initial_delay_s,
                exp_base=self.policy.backoff,
                max=self.policy.max_delay_s,
            ),
            "retry": retry_if_exception(is_transient),
            "before_sleep": self._log_retry,
            "reraise": True,
        }

    def _log_retry(self, state: RetryCallState) -> None:
        # tenacity sets both before it sleeps
        assert state.outcome is not None and state.next_action is not None
        logger.warning(
            "%s: attempt %d of %d failed (%s); retrying in %.2f s",
            self.label,
            state.attempt_number,
            self.policy.max_attempts,
            describe(state.outcome.exception()),
            state.next_action.sleep,
        )

    def _unavailable(self, error: Exception, attempts: int) -> ModelUnavailableError:
        logger.error("%s: giving up after %d attempt(s): %s", self.label, attempts, describe(error))
        return ModelUnavailableError(
            f"{self.label} failed {attempts} attempt(s) in a row: {self._explain(error)}"
        )

    def _explain(self, error: Exception) -> str:
        return explain(_root(error), model_id=self.model_id, region=self.region)

    def _open_message(self) -> str:
        opened_at = self._watch.opened_at or datetime.now(UTC)
        retry_at = opened_at + timedelta(seconds=self.breaker.reset_timeout)
        seconds = max(0.0, (retry_at - datetime.now(UTC)).total_seconds())
        last = self._watch.last_failure
        cause = f" Last failure: {self._explain(last)}" if last else ""
        why = (
            "the trial call failed"
            if self._watch.reopened
            else f"{self.breaker.fail_max} calls in a row failed after their retries"
        )
        return (
            f"Circuit open for {self.label}: {why}, so calls fail fast instead of waiting. "
            f"One trial call goes through at {retry_at:%H:%M:%S} UTC (in {seconds:.0f} s).{cause}"
        )


def _root(error: Exception) -> Exception:
    """The provider's own error under wrappers (Strands' and ModelUnavailableError), for `explain`."""
    causes = [cause for cause in _causes(error) if isinstance(cause, Exception)]
    return next((cause for cause in causes if isinstance(cause, ClientError)), causes[-1])
