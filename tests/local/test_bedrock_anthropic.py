"""The Anthropic Messages API route, driven by the unmodified `anthropic` SDK."""

from __future__ import annotations

import anthropic
import pytest

from agentkit.local.bedrock import FaultConfig
from agentkit.local.bedrock.anthropic_api import read_request, to_converse

pytestmark = pytest.mark.usefixtures("no_faults")

MODEL = "claude-haiku-4-5"
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Get the current weather for a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string", "description": "the city"}},
        "required": ["city"],
    },
}
ASK = [{"role": "user", "content": "What is the weather in Paris?"}]
FORCED = {"tools": [WEATHER_TOOL], "tool_choice": {"type": "tool", "name": "get_weather"}}


@pytest.fixture(scope="module")
def client(server):
    return anthropic.Anthropic(base_url=server.url, api_key="x", max_retries=0)


def test_plain_message(client):
    message = client.messages.create(model=MODEL, max_tokens=200, messages=ASK, system="Be brief.")
    assert message.type == "message" and message.role == "assistant" and message.model == MODEL
    assert message.id.startswith("msg_")
    assert message.stop_reason == "end_turn"
    assert message.content[0].type == "text" and message.content[0].text
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0


def test_tool_use_and_tool_result(client):
    # Needs a simulator that honours a forced tool choice with schema-valid input.
    first = client.messages.create(model=MODEL, max_tokens=200, messages=ASK, **FORCED)
    assert first.stop_reason == "tool_use"
    [use] = [block for block in first.content if block.type == "tool_use"]
    assert use.name == "get_weather" and isinstance(use.input["city"], str)
    follow_up = [
        *ASK,
        {"role": "assistant", "content": [block.model_dump(exclude_none=True) for block in first.content]},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": use.id, "content": "21 °C, sunny"}],
        },
    ]
    second = client.messages.create(model=MODEL, max_tokens=200, messages=follow_up, tools=[WEATHER_TOOL])
    assert second.stop_reason in {"end_turn", "tool_use"}
    assert second.content


def test_stream_builds_the_same_message(client):
    plain = client.messages.create(model=MODEL, max_tokens=200, messages=ASK)
    with client.messages.stream(model=MODEL, max_tokens=200, messages=ASK) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_message()
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert kinds.count("text") > 1, "text should arrive in several deltas"
    assert final.content[0].text == plain.content[0].text
    assert final.stop_reason == plain.stop_reason
    assert final.usage.output_tokens == plain.usage.output_tokens


def test_stream_with_tool_use(client):
    # Needs a simulator that honours a forced tool choice with schema-valid input.
    with client.messages.stream(model=MODEL, max_tokens=200, messages=ASK, **FORCED) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_message()
    assert "input_json" in kinds
    [use] = [block for block in final.content if block.type == "tool_use"]
    assert use.name == "get_weather" and isinstance(use.input["city"], str)
    assert final.stop_reason == "tool_use"


def test_raw_stream_events(client):
    events = list(client.messages.create(model=MODEL, max_tokens=50, messages=ASK, stream=True))
    kinds = [event.type for event in events]
    assert kinds[:2] == ["message_start", "content_block_start"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert events[-2].delta.stop_reason in {"end_turn", "max_tokens"}


@pytest.mark.parametrize(
    ("code", "exception", "status"),
    [
        ("ThrottlingException", anthropic.RateLimitError, 429),
        ("AccessDeniedException", anthropic.PermissionDeniedError, 403),
        ("ResourceNotFoundException", anthropic.NotFoundError, 404),
        ("ServiceUnavailableException", anthropic.InternalServerError, 529),
        ("InternalServerException", anthropic.InternalServerError, 500),
    ],
)
def test_faults_arrive_as_anthropic_errors(server, client, code, exception, status):
    server.faults.configure(FaultConfig(model_errors={MODEL: code}))
    with pytest.raises(exception) as caught:
        client.messages.create(model=MODEL, max_tokens=50, messages=ASK)
    assert caught.value.status_code == status
    assert caught.value.body["type"] == "error" and caught.value.body["error"]["message"]


def test_invalid_requests_are_invalid_request_errors(client):
    with pytest.raises(anthropic.BadRequestError) as caught:
        client.messages.create(model=MODEL, max_tokens=50, messages=[])
    assert caught.value.body["error"]["type"] == "invalid_request_error"
    assert "user message" in caught.value.body["error"]["message"]
    with pytest.raises(anthropic.BadRequestError, match="max_tokens"):
        client.messages.create(model=MODEL, max_tokens=0, messages=ASK)


def test_translation_to_converse():
    request = read_request(
        {
            "model": MODEL,
            "max_tokens": 10,
            "system": [{"type": "text", "text": "sys"}],
            "stop_sequences": ["END"],
            "messages": [
                {"role": "user", "content": "a"},
                {
                    "role": "user",
                    "content": [{"type": "text", "text": "b", "cache_control": {"type": "ephemeral"}}],
                },
                {
                    "role": "assistant",
                    "content": [
                        {"type": "thinking", "thinking": "hm", "signature": "s"},
                        {"type": "tool_use", "id": "t1", "name": "get_weather", "input": {"city": "Oslo"}},
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {"type": "tool_result", "tool_use_id": "t1", "content": "cold", "is_error": True}
                    ],
                },
            ],
            "tools": [WEATHER_TOOL],
            "tool_choice": {"type": "any"},
        }
    )
    converse = to_converse(request)
    assert converse["system"] == [{"text": "sys"}]
    assert converse["inferenceConfig"] == {"maxTokens": 10, "stopSequences": ["END"]}
    assert converse["messages"][0] == {"role": "user", "content": [{"text": "a"}, {"text": "b"}]}
    assert converse["messages"][1]["content"] == [
        {"reasoningContent": {"reasoningText": {"text": "hm", "signature": "s"}}},
        {"toolUse": {"toolUseId": "t1", "name": "get_weather", "input": {"city": "Oslo"}}},
    ]
    assert converse["messages"][2]["content"] == [
        {"toolResult": {"toolUseId": "t1", "content": [{"text": "cold"}], "status": "error"}}
    ]
    assert converse["toolConfig"]["toolChoice"] == {"any": {}}
    assert converse["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"] == {
        "json": WEATHER_TOOL["input_schema"]
    }
