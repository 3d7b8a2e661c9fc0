"""Turning a complete Converse response into the events of a streamed one.

The model answers whole responses; streaming is replayed from them so that ConverseStream and the
Anthropic SSE route carry exactly what Converse would have returned. Text is cut into several
deltas (clients must join them, as with a real model) and tool input is sent as pieces of its JSON
string, the way Bedrock streams it. Like Bedrock for Anthropic models, text and reasoning blocks get
no `contentBlockStart`; tool-use blocks do, carrying the id and name. Those three are the blocks a
model answers with; any other block kind is left out of the stream.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

WORDS_PER_DELTA = 4
JSON_CHARS_PER_DELTA = 24

_WORD = re.compile(r"\s*\S+\s*")


def text_chunks(text: str) -> list[str]:
    """`text` in pieces of a few words each, whitespace kept, so that joining them gives `text` back."""
    words = _WORD.findall(text)
    if not words:
        return [text]
    return ["".join(words[i : i + WORDS_PER_DELTA]) for i in range(0, len(words), WORDS_PER_DELTA)]


def json_chunks(value: Any) -> list[str]:
    """The JSON text of `value` in fixed-size slices (cut anywhere, as a real stream may)."""
    encoded = json.dumps(value, ensure_ascii=False)
    return [encoded[i : i + JSON_CHARS_PER_DELTA] for i in range(0, len(encoded), JSON_CHARS_PER_DELTA)]


def converse_events(response: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(event type, payload) pairs of the ConverseStream union, in the order Bedrock sends them."""
    message = response["output"]["message"]
    yield "messageStart", {"role": message["role"]}
    for index, block in enumerate(message["content"]):
        yield from _block_deltas(block, index)
        yield "contentBlockStop", {"contentBlockIndex": index}
    stop: dict[str, Any] = {"stopReason": response["stopReason"]}
    if "additionalModelResponseFields" in response:
        stop["additionalModelResponseFields"] = response["additionalModelResponseFields"]
    yield "messageStop", stop
    metadata = {"usage": response["usage"], "metrics": response["metrics"]}
    if "trace" in response:
        metadata["trace"] = response["trace"]
    yield "metadata", metadata


def _block_deltas(block: dict[str, Any], index: int) -> Iterator[tuple[str, dict[str, Any]]]:
    if "text" in block:
        for piece in text_chunks(block["text"]):
            yield "contentBlockDelta", {"delta": {"text": piece}, "contentBlockIndex": index}
    elif "toolUse" in block:
        use = block["toolUse"]
        start = {"toolUse": {"toolUseId": use["toolUseId"], "name": use["name"]}}
        yield "contentBlockStart", {"start": start, "contentBlockIndex": index}
        for piece in json_chunks(use.get("input", {})):
            yield "contentBlockDelta", {"delta": {"toolUse": {"input": piece}}, "contentBlockIndex": index}
    elif "reasoningContent" in block:
        reasoning = block["reasoningContent"]
        if "redactedContent" in reasoning:
            delta = {"reasoningContent": {"redactedContent": reasoning["redactedContent"]}}
            yield "contentBlockDelta", {"delta": delta, "contentBlockIndex": index}
            return
        said = reasoning.get("reasoningText", {})
        for piece in text_chunks(said.get("text", "")):
            delta = {"reasoningContent": {"text": piece}}
            yield "contentBlockDelta", {"delta": delta, "contentBlockIndex": index}
        if "signature" in said:
            delta = {"reasoningContent": {"signature": said["signature"]}}
            yield "contentBlockDelta", {"delta": delta, "contentBlockIndex": index}
