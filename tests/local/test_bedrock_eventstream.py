"""The event-stream encoder, checked by botocore's own decoder (the one every boto3 stream goes through)."""

from __future__ import annotations

import json

import pytest
from botocore.eventstream import ChecksumMismatch, EventStreamBuffer

from agentkit.local.bedrock.eventstream import encode_event, encode_message
from agentkit.local.bedrock.streaming import converse_events, json_chunks, text_chunks


def decode(data: bytes) -> list:
    buffer = EventStreamBuffer()
    buffer.add_data(data)
    return list(buffer)


def test_event_round_trips_through_botocore_parser():
    payload = {"delta": {"text": "héllo wörld ✓"}, "contentBlockIndex": 0}
    [message] = decode(encode_event("contentBlockDelta", payload))
    assert message.headers == {
        ":event-type": "contentBlockDelta",
        ":content-type": "application/json",
        ":message-type": "event",
    }
    assert json.loads(message.payload) == payload
    assert message.prelude.total_length == len(encode_event("contentBlockDelta", payload))


def test_several_messages_decode_in_order_and_empty_payload_is_allowed():
    frames = encode_message({"a": "1"}, b"") + encode_message({"b": "2", "c": ""}, b"xyz")
    first, second = decode(frames)
    assert (first.headers, first.payload) == ({"a": "1"}, b"")
    assert (second.headers, second.payload) == ({"b": "2", "c": ""}, b"xyz")


def test_corrupted_frame_fails_the_checksum():
    frame = bytearray(encode_event("messageStart", {"role": "assistant"}))
    frame[-6] ^= 0xFF  # a payload byte
    with pytest.raises(ChecksumMismatch):
        decode(bytes(frame))


def test_chunks_join_back_to_the_original():
    text = "The quick brown fox  jumps over\nthe lazy dog, twice over and again. "
    assert len(text_chunks(text)) > 2
    assert "".join(text_chunks(text)) == text
    value = {"city": "Paris", "days": [1, 2, 3], "note": "ünïcode"}
    assert len(json_chunks(value)) > 1
    assert json.loads("".join(json_chunks(value))) == value


def test_converse_events_follow_bedrock_order():
    response = {
        "output": {
            "message": {
                "role": "assistant",
                "content": [
                    {
                        "reasoningContent": {
                            "reasoningText": {"text": "Think it through.", "signature": "sig"}
                        }
                    },
                    {"text": "Calling the tool now, with care."},
                    {"toolUse": {"toolUseId": "t1", "name": "weather", "input": {"city": "Paris"}}},
                ],
            }
        },
        "stopReason": "tool_use",
        "usage": {"inputTokens": 3, "outputTokens": 4, "totalTokens": 7},
        "metrics": {"latencyMs": 5},
    }
    events = list(converse_events(response))
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "messageStart" and kinds[-2:] == ["messageStop", "metadata"]
    assert kinds.count("contentBlockStop") == 3
    assert kinds.count("contentBlockStart") == 1  # only the tool use opens with a start event
    start = next(payload for kind, payload in events if kind == "contentBlockStart")
    assert start == {"start": {"toolUse": {"toolUseId": "t1", "name": "weather"}}, "contentBlockIndex": 2}
    deltas = [p["delta"] for k, p in events if k == "contentBlockDelta"]
    assert json.loads("".join(d["toolUse"]["input"] for d in deltas if "toolUse" in d)) == {"city": "Paris"}
    assert "".join(d["text"] for d in deltas if "text" in d) == "Calling the tool now, with care."
    reasoning = [d["reasoningContent"] for d in deltas if "reasoningContent" in d]
    assert "".join(r.get("text", "") for r in reasoning) == "Think it through."
    assert reasoning[-1] == {"signature": "sig"}
    assert events[-1][1] == {"usage": response["usage"], "metrics": response["metrics"]}
