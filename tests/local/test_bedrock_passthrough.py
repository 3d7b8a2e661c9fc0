"""Pass-through to an OpenAI-compatible server, against a fake one started here on loopback."""

from __future__ import annotations

import json
import socket
import threading

import boto3
import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from agentkit.local.bedrock import FaultConfig, LocalBedrock, PassthroughConfig
from agentkit.local.bedrock.passthrough import from_chat, to_chat

WEATHER = {
    "tools": [
        {
            "toolSpec": {
                "name": "get_weather",
                "description": "Get the weather",
                "inputSchema": {"json": {"type": "object", "properties": {"city": {"type": "string"}}}},
            }
        }
    ],
    "toolChoice": {"any": {}},
}


class FakeOpenAI:
    """Answers /v1/chat/completions with the next scripted reply, and records what it was sent."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.replies: list[tuple[int, dict]] = []
        self._server = make_server("127.0.0.1", 0, self, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}/v1"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def __call__(self, environ, start_response):
        request = Request(environ)
        assert request.path == "/v1/chat/completions"
        self.requests.append(request.get_json())
        self.headers.append(dict(request.headers))
        status, body = self.replies.pop(0)
        return Response(json.dumps(body), status=status, content_type="application/json")(
            environ, start_response
        )

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def completion(message: dict, finish_reason: str = "stop") -> tuple[int, dict]:
    usage = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
    return 200, {
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": usage,
    }


@pytest.fixture(scope="module")
def fake():
    server = FakeOpenAI()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def server(fake):
    config = PassthroughConfig(url=fake.url, model="llama-test", api_key="sk-local")
    with LocalBedrock(passthrough=config, faults=FaultConfig()) as bedrock:
        yield bedrock


@pytest.fixture(scope="module")
def client(server):
    return boto3.client(
        "bedrock-runtime",
        endpoint_url=server.url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(retries={"total_max_attempts": 1}),
    )


def test_request_translation():
    request = {
        "system": [{"text": "Be brief."}],
        "messages": [
            {"role": "user", "content": [{"text": "Weather in Oslo?"}]},
            {
                "role": "assistant",
                "content": [
                    {"text": "Checking."},
                    {"toolUse": {"toolUseId": "call_1", "name": "get_weather", "input": {"city": "Oslo"}}},
                ],
            },
            {
                "role": "user",
                "content": [
                    {"toolResult": {"toolUseId": "call_1", "content": [{"json": {"temp": -3}}]}},
                    {"text": "And tomorrow?"},
                    {"image": {"format": "png", "source": {"bytes": "aGk="}}},
                ],
            },
        ],
        "toolConfig": {**WEATHER, "toolChoice": {"tool": {"name": "get_weather"}}},
        "inferenceConfig": {"maxTokens": 100, "temperature": 0.2, "stopSequences": ["END"]},
    }
    chat = to_chat(request, "m")
    assert chat["model"] == "m" and chat["max_tokens"] == 100 and chat["temperature"] == 0.2
    assert chat["stop"] == ["END"]
    roles = [m["role"] for m in chat["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "user"]
    assert chat["messages"][2]["tool_calls"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
        }
    ]
    assert chat["messages"][3] == {"role": "tool", "tool_call_id": "call_1", "content": '{"temp": -3}'}
    assert chat["messages"][4]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": "data:image/png;base64,aGk="},
    }
    assert (
        chat["tools"][0]["function"]["parameters"] == WEATHER["tools"][0]["toolSpec"]["inputSchema"]["json"]
    )
    assert chat["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}


def test_response_translation():
    _, body = completion(
        {"role": "assistant", "content": None, "reasoning_content": "Think.", "tool_calls": []}, "length"
    )
    response = from_chat(body, 12)
    assert response["output"]["message"]["content"] == [
        {"reasoningContent": {"reasoningText": {"text": "Think."}}}
    ]
    assert response["stopReason"] == "max_tokens"
    assert response["usage"] == {"inputTokens": 11, "outputTokens": 7, "totalTokens": 18}
    assert response["metrics"] == {"latencyMs": 12}


def test_converse_with_tools_through_the_fake_server(fake, client):
    call = {
        "id": "call_9",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city":"Rome"}'},
    }
    fake.replies.append(
        completion({"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls")
    )
    messages = [{"role": "user", "content": [{"text": "Weather in Rome?"}]}]
    response = client.converse(modelId="anthropic.claude-haiku-4-5", messages=messages, toolConfig=WEATHER)
    assert response["stopReason"] == "tool_use"
    assert response["output"]["message"]["content"] == [
        {"toolUse": {"toolUseId": "call_9", "name": "get_weather", "input": {"city": "Rome"}}}
    ]
    assert response["usage"] == {"inputTokens": 11, "outputTokens": 7, "totalTokens": 18}
    sent = fake.requests[-1]
    assert sent["model"] == "llama-test" and sent["tool_choice"] == "required"
    assert fake.headers[-1]["Authorization"] == "Bearer sk-local"


def test_converse_stream_through_the_fake_server(fake, client):
    fake.replies.append(completion({"role": "assistant", "content": "It is sunny and warm in Rome today."}))
    messages = [{"role": "user", "content": [{"text": "Weather in Rome?"}]}]
    events = list(client.converse_stream(modelId="m", messages=messages)["stream"])
    text = "".join(e["contentBlockDelta"]["delta"]["text"] for e in events if "contentBlockDelta" in e)
    assert text == "It is sunny and warm in Rome today."
    assert events[-1]["metadata"]["usage"]["outputTokens"] == 7


def test_upstream_errors_become_bedrock_errors(fake, client):
    fake.replies.append((404, {"error": {"message": "model 'llama-test' not found"}}))
    with pytest.raises(ClientError) as caught:
        client.converse(modelId="m", messages=[{"role": "user", "content": [{"text": "hi"}]}])
    assert caught.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert "model 'llama-test' not found" in caught.value.response["Error"]["Message"]


def test_unreachable_server_is_service_unavailable():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = PassthroughConfig(url=f"http://127.0.0.1:{port}/v1", model="m", timeout_s=2)
    with LocalBedrock(passthrough=config, faults=FaultConfig()) as bedrock:
        response = httpx.post(
            f"{bedrock.url}/model/m/converse",
            json={"messages": [{"role": "user", "content": [{"text": "hi"}]}]},
        )
    assert response.status_code == 503
    assert response.headers["x-amzn-ErrorType"].startswith("ServiceUnavailableException")


def test_configured_from_the_environment(monkeypatch, fake):
    monkeypatch.setenv("AGENTKIT_PASSTHROUGH_URL", fake.url)
    monkeypatch.setenv("AGENTKIT_PASSTHROUGH_MODEL", "qwen-test")
    with LocalBedrock(faults=FaultConfig()) as bedrock:
        health = httpx.get(f"{bedrock.url}/_agentkit/health").json()
    assert health["backend"] == "passthrough"
    assert health["passthrough"] == {"url": fake.url, "model": "qwen-test"}
    monkeypatch.delenv("AGENTKIT_PASSTHROUGH_MODEL")
    with pytest.raises(ValueError, match="AGENTKIT_PASSTHROUGH_MODEL"):
        LocalBedrock()
