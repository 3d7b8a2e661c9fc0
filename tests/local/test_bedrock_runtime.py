"""Converse and ConverseStream through unmodified boto3, errors in AWS's shapes, faults, admin routes."""

from __future__ import annotations

import json
import time

import boto3
import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from agentkit.local.bedrock import AdminClient, FaultConfig, LocalBedrock
from agentkit.local.bedrock.faults import END_OF_LIFE, NO_ACCESS

pytestmark = pytest.mark.usefixtures("no_faults")

MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
NO_RETRIES = Config(retries={"total_max_attempts": 1})
WEATHER = {
    "tools": [
        {
            "toolSpec": {
                "name": "get_weather",
                "description": "Get the current weather for a city",
                "inputSchema": {
                    "json": {
                        "type": "object",
                        "properties": {"city": {"type": "string", "description": "the city"}},
                        "required": ["city"],
                    }
                },
            }
        }
    ],
}
FORCED_WEATHER = {**WEATHER, "toolChoice": {"tool": {"name": "get_weather"}}}
ASK = [{"role": "user", "content": [{"text": "What is the weather in Paris?"}]}]


def runtime_client(url: str):
    return boto3.client(
        "bedrock-runtime",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=NO_RETRIES,
    )


@pytest.fixture(scope="module")
def client(server):
    return runtime_client(server.url)


def assert_converse_shape(response: dict) -> None:
    assert response["output"]["message"]["role"] == "assistant"
    assert isinstance(response["output"]["message"]["content"], list)
    assert response["stopReason"] in {"end_turn", "tool_use", "max_tokens", "stop_sequence"}
    usage = response["usage"]
    assert usage["totalTokens"] == usage["inputTokens"] + usage["outputTokens"]
    assert isinstance(response["metrics"]["latencyMs"], int)


def error_of(call) -> ClientError:
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value


# Converse


def test_converse_answers_in_converse_shape(client):
    response = client.converse(modelId=MODEL, messages=ASK)
    assert_converse_shape(response)
    assert response["stopReason"] == "end_turn"
    assert response["output"]["message"]["content"][0]["text"]


def test_model_id_may_be_an_inference_profile_arn(client):
    arn = f"arn:aws:bedrock:us-east-1:123456789012:inference-profile/{MODEL}"
    assert_converse_shape(client.converse(modelId=arn, messages=ASK))


def test_forced_tool_choice_gives_a_tool_use(client):
    # Needs a simulator that honours toolChoice.tool with schema-valid input.
    response = client.converse(modelId=MODEL, messages=ASK, toolConfig=FORCED_WEATHER)
    assert_converse_shape(response)
    assert response["stopReason"] == "tool_use"
    [use] = [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]
    assert use["name"] == "get_weather" and isinstance(use["input"]["city"], str) and use["toolUseId"]


def test_tool_loop_round_trip(client):
    first = client.converse(modelId=MODEL, messages=ASK, toolConfig=FORCED_WEATHER)
    [use] = [b["toolUse"] for b in first["output"]["message"]["content"] if "toolUse" in b]
    messages = [
        *ASK,
        first["output"]["message"],
        {
            "role": "user",
            "content": [
                {"toolResult": {"toolUseId": use["toolUseId"], "content": [{"json": {"temp_c": 21}}]}}
            ],
        },
    ]
    second = client.converse(modelId=MODEL, messages=messages, toolConfig=WEATHER)
    assert_converse_shape(second)


def test_converse_stream_replays_the_converse_answer(client):
    expected = client.converse(modelId=MODEL, messages=ASK)
    response = client.converse_stream(modelId=MODEL, messages=ASK)
    assert response["ResponseMetadata"]["HTTPHeaders"]["content-type"] == "application/vnd.amazon.eventstream"
    events = list(response["stream"])
    kinds = [next(iter(event)) for event in events]
    assert kinds[0] == "messageStart" and kinds[-2:] == ["messageStop", "metadata"]
    deltas = [e["contentBlockDelta"]["delta"]["text"] for e in events if "contentBlockDelta" in e]
    assert len(deltas) > 1, "text should arrive in several deltas"
    assert "".join(deltas) == expected["output"]["message"]["content"][0]["text"]
    assert events[-2]["messageStop"]["stopReason"] == expected["stopReason"]
    assert events[-1]["metadata"]["usage"] == expected["usage"]


def test_converse_stream_tool_use(client):
    # Needs a simulator that honours toolChoice.tool with schema-valid input.
    events = list(client.converse_stream(modelId=MODEL, messages=ASK, toolConfig=FORCED_WEATHER)["stream"])
    [start] = [e["contentBlockStart"] for e in events if "contentBlockStart" in e]
    assert start["start"]["toolUse"]["name"] == "get_weather"
    index = start["contentBlockIndex"]
    pieces = [
        e["contentBlockDelta"]["delta"]["toolUse"]["input"]
        for e in events
        if "contentBlockDelta" in e and e["contentBlockDelta"]["contentBlockIndex"] == index
    ]
    assert isinstance(json.loads("".join(pieces))["city"], str)
    assert events[-2]["messageStop"]["stopReason"] == "tool_use"


# Validation


@pytest.mark.parametrize(
    ("messages", "needle"),
    [
        ([], "must start with a user message"),
        ([{"role": "assistant", "content": [{"text": "hi"}]}], "must start with a user message"),
        (
            [{"role": "user", "content": [{"text": "a"}]}, {"role": "user", "content": [{"text": "b"}]}],
            "alternate",
        ),
        ([{"role": "user", "content": [{"text": "  "}]}], "messages.0.content.0 is blank"),
        (
            [{"role": "user", "content": [{"toolResult": {"toolUseId": "x", "content": [{"text": "1"}]}}]}],
            "exceeds the number of toolUse blocks",
        ),
    ],
)
def test_invalid_conversations_are_validation_exceptions(client, messages, needle):
    error = error_of(lambda: client.converse(modelId=MODEL, messages=messages))
    assert error.response["Error"]["Code"] == "ValidationException"
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert needle in error.response["Error"]["Message"]


def test_tool_blocks_need_a_tool_config(client):
    messages = [
        *ASK,
        {
            "role": "assistant",
            "content": [{"toolUse": {"toolUseId": "t1", "name": "get_weather", "input": {}}}],
        },
        {"role": "user", "content": [{"toolResult": {"toolUseId": "t1", "content": [{"text": "sunny"}]}}]},
    ]
    error = error_of(lambda: client.converse(modelId=MODEL, messages=messages))
    assert "toolConfig field must be defined" in error.response["Error"]["Message"]


def test_missing_tool_result_is_named(client):
    messages = [
        *ASK,
        {
            "role": "assistant",
            "content": [{"toolUse": {"toolUseId": "t1", "name": "get_weather", "input": {}}}],
        },
        {"role": "user", "content": [{"text": "never mind"}]},
    ]
    error = error_of(lambda: client.converse(modelId=MODEL, messages=messages, toolConfig=WEATHER))
    assert error.response["Error"]["Message"].endswith("for the following Ids: t1")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"{not json", "not valid JSON"),
        (json.dumps({"messages": [{"role": "user", "content": [{"sound": "x"}]}]}).encode(), '"sound"'),
        (json.dumps({"messages": ASK, "inferenceConfig": {"maxTokens": 0}}).encode(), "maxTokens"),
    ],
)
def test_raw_http_requests_are_validated_against_the_service_model(server, body, needle):
    response = httpx.post(f"{server.url}/model/{MODEL}/converse", content=body)
    assert response.status_code == 400
    assert response.headers["x-amzn-ErrorType"].startswith("ValidationException")
    assert needle in response.json()["message"]


def test_unknown_route_is_an_aws_style_404(server):
    response = httpx.get(f"{server.url}/nowhere")
    assert response.status_code == 404
    assert response.headers["x-amzn-ErrorType"] == "UnknownOperationException"


# Errors and faults

STATUSES = {
    "ThrottlingException": 429,
    "ValidationException": 400,
    "AccessDeniedException": 403,
    "ModelNotReadyException": 429,
    "ServiceUnavailableException": 503,
    "InternalServerException": 500,
    "ResourceNotFoundException": 404,
    "ModelTimeoutException": 408,
}


@pytest.mark.parametrize(("code", "status"), STATUSES.items())
def test_each_error_code_surfaces_as_that_client_error(server, client, code, status):
    server.faults.configure(FaultConfig(model_errors={"fail.*": code}))
    error = error_of(lambda: client.converse(modelId=f"fail.{code}", messages=ASK))
    assert error.response["Error"]["Code"] == code
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == status
    assert error.response["Error"]["Message"]
    streamed = error_of(lambda: client.converse_stream(modelId=f"fail.{code}", messages=ASK))
    assert streamed.response["Error"]["Code"] == code


def test_per_model_errors_use_bedrock_messages(server, client):
    server.faults.configure(
        FaultConfig.model_validate(
            {
                "model_errors": {
                    "anthropic.claude-3-5-sonnet-*": "end-of-life",
                    "anthropic.claude-sonnet-4-5-*": "needs-inference-profile",
                    "amazon.nova-pro-*": "AccessDeniedException",
                    "custom.*": {"code": "ThrottlingException", "message": "slow down, {model_id}"},
                }
            }
        )
    )
    cases = {
        "anthropic.claude-3-5-sonnet-20240620-v1:0": ("ResourceNotFoundException", END_OF_LIFE),
        "anthropic.claude-sonnet-4-5-20250929-v1:0": (
            "ValidationException",
            "Invocation of model ID anthropic.claude-sonnet-4-5-20250929-v1:0 with on-demand throughput "
            "isn’t supported. Retry your request with the ID or ARN of an inference profile "
            "that contains this model.",
        ),
        "amazon.nova-pro-v1:0": ("AccessDeniedException", NO_ACCESS),
        "custom.model": ("ThrottlingException", "slow down, custom.model"),
    }
    for model_id, (code, message) in cases.items():
        error = error_of(lambda model_id=model_id: client.converse(modelId=model_id, messages=ASK))
        assert (error.response["Error"]["Code"], error.response["Error"]["Message"]) == (code, message)
    # The inference profile of the same model is not matched by the bare-id glob.
    assert_converse_shape(
        client.converse(modelId="us.anthropic.claude-sonnet-4-5-20250929-v1:0", messages=ASK)
    )


def outcomes(client, calls: int) -> list[str]:
    result = []
    for _ in range(calls):
        try:
            client.converse(modelId=MODEL, messages=ASK)
            result.append("ok")
        except ClientError as error:
            result.append(error.response["Error"]["Code"])
    return result


def test_fault_rates_are_deterministic_with_a_seed(server, client):
    config = FaultConfig(
        error_rates={"ThrottlingException": 0.3, "ServiceUnavailableException": 0.1}, seed=42
    )
    server.faults.configure(config)
    first = outcomes(client, 60)
    server.faults.configure(config)
    assert outcomes(client, 60) == first
    assert 8 <= first.count("ThrottlingException") <= 30
    assert 1 <= first.count("ServiceUnavailableException") <= 15
    server.faults.configure(config.model_copy(update={"seed": 7}))
    assert outcomes(client, 60) != first


def test_added_latency(server, client):
    server.faults.configure(FaultConfig(latency_ms=80))
    started = time.perf_counter()
    client.converse(modelId=MODEL, messages=ASK)
    assert time.perf_counter() - started >= 0.08


def test_invalid_fault_configs_are_refused():
    with pytest.raises(ValueError, match="at most 1"):
        FaultConfig(error_rates={"ThrottlingException": 0.7, "InternalServerException": 0.5})
    with pytest.raises(ValueError):
        FaultConfig.model_validate({"error_rates": {"NoSuchException": 0.1}})


def test_faults_from_the_environment(monkeypatch):
    monkeypatch.setenv(
        "AGENTKIT_LOCAL_FAULTS", json.dumps({"latency_ms": 5, "model_errors": {"x*": "no-access"}})
    )
    bedrock = LocalBedrock()
    assert bedrock.faults.config.latency_ms == 5
    assert bedrock.faults.config.model_errors["x*"].message == NO_ACCESS


# Admin


def test_health_says_what_answers(server):
    health = httpx.get(f"{server.url}/_agentkit/health").json()
    assert health["status"] == "ok"
    assert health["service"] == "agentkit-local-bedrock"
    assert health["backend"] == "simulator"
    assert "simulated model" in health["note"]
    assert AdminClient(server.url).health() == health


def test_faults_configured_from_another_client(server, client):
    admin = AdminClient(server.url)
    applied = admin.set_faults({"model_errors": {"blocked.*": "no-access"}})
    assert applied.model_errors["blocked.*"].code == "AccessDeniedException"
    assert admin.faults() == applied == server.faults.config
    error = error_of(lambda: client.converse(modelId="blocked.model", messages=ASK))
    assert error.response["Error"]["Code"] == "AccessDeniedException"
    admin.clear_faults()
    assert admin.faults() == FaultConfig()
    bad = httpx.put(f"{server.url}/_agentkit/faults", json={"error_rates": {"ThrottlingException": 2}})
    assert bad.status_code == 400 and bad.headers["x-amzn-ErrorType"].startswith("ValidationException")


# Performance


class _FixedModel:
    """A model that costs nothing, so that the timing below is the endpoint's own."""

    def converse(self, request: dict) -> dict:
        use = {"toolUse": {"toolUseId": "tooluse_1", "name": "get_weather", "input": {"city": "Paris"}}}
        return {
            "output": {"message": {"role": "assistant", "content": [use]}},
            "stopReason": "tool_use",
            "usage": {"inputTokens": 10, "outputTokens": 5, "totalTokens": 15},
            "metrics": {"latencyMs": 1},
        }


def test_count_tokens_matches_the_usage_converse_reports(client):
    """CountTokens (CrewAI calls it before each model call) agrees with Converse's inputTokens."""
    request = {"messages": ASK, "toolConfig": WEATHER}
    counted = client.count_tokens(modelId=MODEL, input={"converse": request})["inputTokens"]
    assert counted == client.converse(modelId=MODEL, **request)["usage"]["inputTokens"]
