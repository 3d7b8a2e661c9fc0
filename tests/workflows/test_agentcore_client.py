"""`AgentCoreClient`'s retries, over HTTP to a real AgentCore app and through boto3's `InvokeAgentRuntime`.

The HTTP side is a `BedrockAgentCoreApp` of this module that answers a status some number of times before it
succeeds, served once for the module. The AWS side is botocore's `bedrock-agentcore` service model with its
`Stubber` (no network): the request must validate against the model as on AWS, and the answers are shaped
as the model says. Tenacity's waits are recorded instead of slept, through its `retry.sleep` hook.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from bedrock_agentcore.runtime import BedrockAgentCoreApp
from botocore.response import StreamingBody
from botocore.stub import Stubber
from starlette.responses import JSONResponse
from tenacity import RetryCallState

from agentkit.local.serving import AsgiServer
from agentkit.workflows import agentcore
from agentkit.workflows.agentcore import (
    AgentCoreClient,
    AgentCoreError,
    AgentInvocationError,
    AgentUnavailableError,
    TransientStatusError,
)
from agentkit.workflows.sse import StreamEvent, serialize_sse

ARN = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/researcher-Ab12Cd34Ef"


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits tenacity asked for, in order (none is slept)."""
    waits: list[float] = []
    monkeypatch.setattr(agentcore.with_retries.retry, "sleep", waits.append)
    return waits


# --------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def flaky() -> Iterator[tuple[str, Counter[str]]]:
    """An app that answers `status` for the first `fail` calls with a given `key`, then succeeds."""
    app = BedrockAgentCoreApp()
    calls: Counter[str] = Counter()

    @app.entrypoint
    def invoke(payload: dict[str, Any]) -> Any:
        calls[payload["key"]] += 1
        if calls[payload["key"]] <= payload["fail"]:
            return JSONResponse({"message": "still starting"}, status_code=payload["status"])
        return {"answered_on_call": calls[payload["key"]]}

    with AsgiServer(app, name="flaky-agentcore-app") as server:
        yield server.url, calls


@pytest.fixture
def client(flaky: tuple[str, Counter[str]]) -> Iterator[AgentCoreClient]:
    with AgentCoreClient({"flaky": flaky[0]}) as made:
        yield made


@pytest.mark.parametrize("status", [503, 504])
def test_a_503_or_504_is_retried_after_1_then_2_seconds(
    client: AgentCoreClient, slept: list[float], status: int
) -> None:
    answer = client.invoke("flaky", {"key": f"twice-{status}", "fail": 2, "status": status})
    assert answer.output == {"answered_on_call": 3}
    assert slept == [1.0, 2.0]
    record = client.records[-1]
    assert record.attempts == 3 and record.status == 200 and record.error is None


def test_after_three_busy_answers_the_client_gives_up_saying_what_to_do(
    client: AgentCoreClient, flaky: tuple[str, Counter[str]], slept: list[float]
) -> None:
    with pytest.raises(
        AgentUnavailableError, match="unavailable on all 3 attempts .*wait a little"
    ) as raised:
        client.invoke("flaky", {"key": "always", "fail": 99, "status": 503})
    assert isinstance(raised.value.__cause__, TransientStatusError) and raised.value.__cause__.status == 503
    assert flaky[1]["always"] == 3 and slept == [1.0, 2.0]
    assert client.records[-1].attempts == 3 and client.records[-1].error == str(raised.value)


def test_other_errors_are_not_retried(client: AgentCoreClient, flaky: tuple[str, Counter[str]]) -> None:
    for status in (400, 500, 502):
        with pytest.raises(AgentInvocationError, match=f"HTTP {status}: still starting"):
            client.invoke("flaky", {"key": f"once-{status}", "fail": 1, "status": status})
        assert flaky[1][f"once-{status}"] == 1


def test_the_waits_double_from_1_second_up_to_8() -> None:
    policy = agentcore.with_retries.retry

    def wait(attempt: int) -> float:
        state = RetryCallState(policy, fn=None, args=(), kwargs={})
        state.attempt_number = attempt
        return policy.wait(state)

    assert [wait(n) for n in range(1, 7)] == [1, 2, 4, 8, 8, 8]
    assert policy.stop.max_attempt_number == agentcore.RETRY_ATTEMPTS == 3


# --------------------------------------------------------------------------- through InvokeAgentRuntime


def test_botocore_knows_invoke_agent_runtime_and_its_session_id_bounds() -> None:
    model = boto3.client("bedrock-agentcore", region_name="us-east-1").meta.service_model
    operation = model.operation_model("InvokeAgentRuntime")
    session = operation.input_shape.members["runtimeSessionId"]
    assert (session.metadata["min"], session.metadata["max"]) == (
        agentcore.SESSION_ID_MIN,
        agentcore.SESSION_ID_MAX,
    )
    assert session.serialization["name"] == agentcore.SESSION_HEADER
    assert operation.has_streaming_output


@pytest.fixture
def runtime() -> Iterator[tuple[AgentCoreClient, Stubber]]:
    boto = boto3.client(
        "bedrock-agentcore",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    with Stubber(boto) as stubber, AgentCoreClient({"researcher": ARN}, runtime_client=boto) as client:
        yield client, stubber
        stubber.assert_no_pending_responses()


def answer(body: bytes, content_type: str, session: str) -> dict[str, Any]:
    return {
        "response": StreamingBody(io.BytesIO(body), len(body)),
        "contentType": content_type,
        "runtimeSessionId": session,
        "statusCode": 200,
    }


def test_an_arn_is_invoked_through_invoke_agent_runtime_with_the_session_id(
    runtime: tuple[AgentCoreClient, Stubber],
) -> None:
    client, stubber = runtime
    session = agentcore.new_session_id()
    payload = {"input": {"topic": "parental leave"}}
    stubber.add_response(
        "invoke_agent_runtime",
        answer(b'{"agent": "researcher", "result": {"findings": []}}', "application/json", session),
        expected_params={
            "agentRuntimeArn": ARN,
            "qualifier": "DEFAULT",
            "runtimeSessionId": session,
            "contentType": "application/json",
            "accept": "application/json, text/event-stream",
            "payload": json.dumps(payload).encode(),
        },
    )
    result = client.invoke("researcher", payload, session_id=session)
    assert result.output == {"agent": "researcher", "result": {"findings": []}}
    assert client.records[-1].via == "InvokeAgentRuntime" and client.records[-1].session_id == session


def test_a_runtime_stream_is_parsed_as_it_arrives(runtime: tuple[AgentCoreClient, Stubber]) -> None:
    client, stubber = runtime
    sent = [StreamEvent(data=json.dumps({"type": "delta", "text": f"line {n}\n"})) for n in range(3)]
    stubber.add_response("invoke_agent_runtime", answer(serialize_sse(sent), "text/event-stream", "s" * 33))
    assert list(client.stream("researcher", {"input": {}, "stream": True})) == sent
    assert client.records[-1].streamed and client.records[-1].events == 3


def test_a_runtime_503_is_retried_and_a_denial_is_not(
    runtime: tuple[AgentCoreClient, Stubber], slept: list[float]
) -> None:
    client, stubber = runtime
    stubber.add_client_error("invoke_agent_runtime", "ServiceUnavailableException", http_status_code=503)
    stubber.add_client_error("invoke_agent_runtime", "InternalServerException", http_status_code=504)
    stubber.add_response("invoke_agent_runtime", answer(b"{}", "application/json", "s" * 33))
    assert client.invoke("researcher", {}).output == {} and slept == [1.0, 2.0]

    stubber.add_client_error("invoke_agent_runtime", "AccessDeniedException", "not authorized", 403)
    with pytest.raises(AgentInvocationError, match=f"allow bedrock-agentcore:InvokeAgentRuntime on {ARN}"):
        client.invoke("researcher", {})
    assert client.records[-1].attempts == 1 and client.records[-1].status == 403


def test_ping_and_card_are_not_offered_through_the_runtime_api(
    runtime: tuple[AgentCoreClient, Stubber],
) -> None:
    client, _ = runtime
    with pytest.raises(AgentCoreError, match="get_agent_runtime"):
        client.ping("researcher")
