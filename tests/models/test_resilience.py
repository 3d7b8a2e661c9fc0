"""Retries (what, how often, how long between) and the circuit breaker, against the local endpoint's faults."""

from __future__ import annotations

import time

import httpx
import pytest
from botocore.exceptions import ClientError, ReadTimeoutError
from strands import Agent
from strands.types.exceptions import ModelThrottledException
from wire import FakeOpenAI

from agentkit.models import (
    BreakerSettings,
    CircuitOpenError,
    ModelUnavailableError,
    RetryPolicy,
    build_model,
    converse_client,
    is_transient,
)

HELLO = {"messages": [{"role": "user", "content": [{"text": "hello"}]}]}


def _client_error(code: str, status: int) -> ClientError:
    return ClientError(
        {"Error": {"Code": code, "Message": "m"}, "ResponseMetadata": {"HTTPStatusCode": status}}, "Converse"
    )


class _StatusError(Exception):
    def __init__(self, status_code: int):
        self.status_code = status_code


def _wrapped(cause: BaseException) -> ModelThrottledException:
    try:
        raise ModelThrottledException("throttled") from cause
    except ModelThrottledException as error:
        return error


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (_client_error("ThrottlingException", 429), True),
        (_client_error("ServiceUnavailableException", 503), True),
        (_client_error("InternalServerException", 500), True),
        (_client_error("ModelNotReadyException", 429), True),
        (_client_error("ModelTimeoutException", 408), True),
        (_client_error("ValidationException", 400), False),
        (_client_error("AccessDeniedException", 403), False),
        (_client_error("ResourceNotFoundException", 404), False),
        (_client_error("ServiceQuotaExceededException", 400), False),
        (_wrapped(_client_error("ThrottlingException", 429)), True),
        (ReadTimeoutError(endpoint_url="http://x"), True),
        (httpx.ConnectError("refused"), True),
        (_StatusError(529), True),
        (_StatusError(429), True),
        (_StatusError(400), False),
        (ValueError("bad input"), False),
    ],
)
def test_only_errors_a_later_attempt_can_cure_are_retried(error: BaseException, transient: bool) -> None:
    assert is_transient(error) is transient


def test_throttling_is_retried_3_times_with_doubling_waits(
    models_env, wire, session, admin, sleeps, meter
) -> None:
    admin.set_faults({"error_rates": {"ThrottlingException": 1.0}})
    client = converse_client(session=session, base_url=wire.bedrock.url, sleep=sleeps.append, meter=meter)
    with pytest.raises(
        ModelUnavailableError, match="failed 3 attempt\\(s\\) in a row: Bedrock is throttling"
    ) as raised:
        client.converse(**HELLO)
    assert len(wire.bedrock.seen) == 3 and sleeps == [0.1, 0.2]
    assert isinstance(raised.value.__cause__, ClientError) and meter.records == []


def test_a_retried_call_is_recorded_once_with_its_attempts(
    models_env, wire, session, admin, sleeps, meter
) -> None:
    admin.set_faults({"error_rates": {"ServiceUnavailableException": 0.5}, "seed": 3})
    client = converse_client(session=session, base_url=wire.bedrock.url, sleep=sleeps.append, meter=meter)
    attempts = []
    for _ in range(6):
        wire.bedrock.clear()
        try:
            client.converse(**HELLO)
            attempts.append(len(wire.bedrock.seen))
        except ModelUnavailableError:
            attempts.append(None)
    assert [r.attempts for r in meter.records] == [n for n in attempts if n is not None]
    assert any(n and n > 1 for n in attempts), "seed 3 should make some call need a retry"


def test_validation_and_access_errors_are_not_retried(models_env, wire, session, admin, sleeps) -> None:
    admin.set_faults({"model_errors": {"*": "no-access"}})
    client = converse_client(session=session, base_url=wire.bedrock.url, sleep=sleeps.append)
    with pytest.raises(ClientError, match="AccessDeniedException"):
        client.converse(**HELLO)
    assert len(wire.bedrock.seen) == 1 and sleeps == []


def test_backoff_is_capped_at_10_s(models_env, wire, session, admin, sleeps) -> None:
    admin.set_faults({"error_rates": {"InternalServerException": 1.0}})
    client = converse_client(
        session=session, base_url=wire.bedrock.url, sleep=sleeps.append, retry=RetryPolicy(max_attempts=10)
    )
    with pytest.raises(ModelUnavailableError):
        client.converse(**HELLO)
    assert sleeps == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4, 10, 10])


def test_the_circuit_opens_and_fails_fast_with_a_clear_message(
    models_env, wire, session, admin, sleeps
) -> None:
    admin.set_faults({"error_rates": {"ThrottlingException": 1.0}})
    client = converse_client(
        session=session,
        base_url=wire.bedrock.url,
        sleep=sleeps.append,
        breaker=BreakerSettings(fail_max=2, reset_timeout_s=60),
    )
    for _ in range(2):
        with pytest.raises(ModelUnavailableError):
            client.converse(**HELLO)
    wire.bedrock.clear()
    with pytest.raises(CircuitOpenError) as raised:
        client.converse(**HELLO)
    message = str(raised.value)
    assert wire.bedrock.seen == []  # failed fast: nothing reached the endpoint
    assert "bedrock model us.anthropic.claude-haiku-4-5-20251001-v1:0" in message
    assert "2 calls in a row failed" in message and "(in 60 s)" in message
    assert "Bedrock is throttling calls to Claude Haiku 4.5" in message


def test_half_open_lets_one_trial_through(models_env, wire, session, admin, sleeps) -> None:
    admin.set_faults({"error_rates": {"ThrottlingException": 1.0}})
    settings = BreakerSettings(fail_max=1, reset_timeout_s=0.3)
    client = converse_client(
        session=session, base_url=wire.bedrock.url, sleep=sleeps.append, breaker=settings
    )
    with pytest.raises(ModelUnavailableError):
        client.converse(**HELLO)
    assert client.guard.breaker.current_state == "open"
    time.sleep(0.31)  # pybreaker reads the wall clock: wait out reset_timeout
    with pytest.raises(ModelUnavailableError):  # the trial call goes through, and fails: open again
        client.converse(**HELLO)
    with pytest.raises(CircuitOpenError, match="the trial call failed"):
        client.converse(**HELLO)
    admin.clear_faults()
    time.sleep(0.31)
    assert client.converse(**HELLO)["stopReason"] == "end_turn"  # the trial call succeeds: closed
    assert client.guard.breaker.current_state == "closed"


def test_caller_errors_do_not_open_the_circuit(models_env, wire, session, admin) -> None:
    admin.set_faults({"model_errors": {"*": "invalid-model-id"}})
    client = converse_client(session=session, base_url=wire.bedrock.url, breaker=BreakerSettings(fail_max=1))
    for _ in range(3):
        with pytest.raises(ClientError, match="ValidationException"):
            client.converse(**HELLO)
    assert client.guard.breaker.current_state == "closed"


def test_a_strands_agent_sees_3_attempts_not_strands_own_retries_on_top(
    models_env, wire, session, admin, sleeps
) -> None:
    admin.set_faults({"error_rates": {"ThrottlingException": 1.0}})
    model = build_model(session=session, base_url=wire.bedrock.url, sleep=sleeps.append)
    with pytest.raises(ModelUnavailableError, match="failed 3 attempt"):
        Agent(model=model, callback_handler=None)("hello")
    assert len(wire.bedrock.seen) == 3 and sleeps == [0.1, 0.2]


def test_a_strands_agent_recovers_from_a_transient_failure(
    models_env, wire, session, admin, sleeps, meter
) -> None:
    admin.set_faults({"error_rates": {"ModelNotReadyException": 0.5}, "seed": 1})
    model = build_model(session=session, base_url=wire.bedrock.url, sleep=sleeps.append, meter=meter)
    Agent(model=model, callback_handler=None)("hello")
    (record,) = meter.records
    assert record.attempts == len(wire.bedrock.seen) == len(sleeps) + 1


def test_openai_compatible_servers_are_retried_too(models_env, wire, sleeps, meter) -> None:
    wire.openai.failures[:] = [503, 429]
    model = build_model(
        provider="openai",
        model_id="m",
        base_url=wire.openai_url,
        api_key="k",
        sleep=sleeps.append,
        meter=meter,
    )
    assert str(Agent(model=model, callback_handler=None)("hi")).strip() == FakeOpenAI.REPLY
    assert len(wire.openai.seen) == 3 and sleeps == [0.1, 0.2] and meter.records[0].attempts == 3


def test_the_anthropic_api_is_retried_on_overload(models_env, wire, admin, sleeps, meter) -> None:
    admin.set_faults({"error_rates": {"ServiceUnavailableException": 1.0}})  # 529 overloaded_error
    model = build_model(provider="anthropic", base_url=wire.bedrock.url, sleep=sleeps.append, meter=meter)
    with pytest.raises(
        ModelUnavailableError, match="anthropic model claude-haiku-4-5-20251001 failed 3 attempt"
    ):
        Agent(model=model, callback_handler=None)("hi")
    assert len(wire.bedrock.seen) == 3 and sleeps == [0.1, 0.2]
