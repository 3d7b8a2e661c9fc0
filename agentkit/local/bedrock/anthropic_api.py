"""The Anthropic Messages API (`POST /v1/messages`) translated to and from Converse.

Code written against the `anthropic` SDK (`Anthropic(base_url=...)`) runs against the same model
and faults as boto3 does: the request is read into Converse shape, validated as Converse requests are,
answered by `Runtime.converse`, and the answer written back as a Messages API `message` — or, with
`stream: true`, replayed as the Messages API's server-sent events. Errors take Anthropic's shape
(`{"type": "error", "error": {"type", "message"}}`) with the status its SDK maps to its exceptions.

Not translated: server tools (web search, code execution), URL image and file sources, citations,
and `cache_control` (accepted and ignored). `tool_choice: none` withholds the tools, unless the
conversation already holds tool blocks (Converse then needs the tool definitions).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agentkit.local.bedrock.protocol import BedrockError
from agentkit.local.bedrock.streaming import json_chunks, text_chunks

_STOP_REASONS = {
    "end_turn": "end_turn",
    "tool_use": "tool_use",
    "max_tokens": "max_tokens",
    "stop_sequence": "stop_sequence",
    "guardrail_intervened": "refusal",
    "content_filtered": "refusal",
    "model_context_window_exceeded": "model_context_window_exceeded",
}

_ERROR_TYPES: dict[str, tuple[int, str]] = {
    "ValidationException": (400, "invalid_request_error"),
    "ConflictException": (400, "invalid_request_error"),
    "AccessDeniedException": (403, "permission_error"),
    "ResourceNotFoundException": (404, "not_found_error"),
    "ThrottlingException": (429, "rate_limit_error"),
    "ServiceQuotaExceededException": (429, "rate_limit_error"),
    "ModelNotReadyException": (529, "overloaded_error"),
    "ServiceUnavailableException": (529, "overloaded_error"),
    "ModelTimeoutException": (504, "timeout_error"),
}
"""Bedrock error code → (status, Anthropic error type); anything else is a 500 `api_error`."""


class AnthropicRequestError(ValueError):
    """The Messages request is malformed (an `invalid_request_error`)."""


class _Message(BaseModel):
    role: Literal["user", "assistant"]
    content: str | list[dict[str, Any]]


class _Tool(BaseModel):
    name: str
    description: str | None = None
    input_schema: dict[str, Any]


class MessagesRequest(BaseModel):
    """The members of a Messages API request the translation uses; others are ignored."""

    model_config = ConfigDict(extra="ignore")

    model: str
    max_tokens: int = Field(ge=1)
    messages: list[_Message]
    system: str | list[dict[str, Any]] | None = None
    tools: list[_Tool] = []
    tool_choice: dict[str, Any] | None = None
    stop_sequences: list[str] | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    stream: bool = False


def read_request(body: Any) -> MessagesRequest:
    try:
        return MessagesRequest.model_validate(body)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise AnthropicRequestError(f"{where}: {first['msg']}") from None


def to_converse(request: MessagesRequest) -> dict[str, Any]:
    """The Converse request body equivalent to a Messages request."""
    messages: list[dict[str, Any]] = []
    for message in request.messages:
        blocks = (
            [{"type": "text", "text": message.content}]
            if isinstance(message.content, str)
            else message.content
        )
        try:
            content = [_to_converse_block(block) for block in blocks]
        except (KeyError, TypeError, AttributeError) as error:
            raise AnthropicRequestError(f"messages: malformed content block ({error!r})") from None
        if messages and messages[-1]["role"] == message.role:  # the Messages API merges consecutive turns
            messages[-1]["content"].extend(content)
        else:
            messages.append({"role": message.role, "content": content})
    converse: dict[str, Any] = {"messages": messages}
    if request.system:
        system = (
            [{"type": "text", "text": request.system}] if isinstance(request.system, str) else request.system
        )
        converse["system"] = [{"text": block["text"]} for block in system if block.get("type") == "text"]
    inference = {
        "maxTokens": request.max_tokens,
        "temperature": request.temperature,
        "topP": request.top_p,
        "stopSequences": request.stop_sequences,
    }
    converse["inferenceConfig"] = {key: value for key, value in inference.items() if value is not None}
    if request.top_k is not None:
        converse["additionalModelRequestFields"] = {"top_k": request.top_k}
    tool_config = _tool_config(request, messages)
    if tool_config:
        converse["toolConfig"] = tool_config
    return converse


def _tool_config(request: MessagesRequest, messages: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not request.tools:
        return None
    choice = request.tool_choice or {"type": "auto"}
    has_tool_blocks = any("toolUse" in b or "toolResult" in b for m in messages for b in m["content"])
    if choice["type"] == "none" and not has_tool_blocks:
        return None
    specs = [
        {
            "toolSpec": {
                "name": tool.name,
                **({"description": tool.description} if tool.description else {}),
                "inputSchema": {"json": tool.input_schema},
            }
        }
        for tool in request.tools
    ]
    converse_choice = {
        "auto": {"auto": {}},
        "none": {"auto": {}},
        "any": {"any": {}},
        "tool": {"tool": {"name": choice.get("name", "")}},
    }.get(choice["type"])
    if converse_choice is None:
        raise AnthropicRequestError(f"tool_choice.type: unknown type {choice['type']!r}")
    return {"tools": specs, "toolChoice": converse_choice}


def _to_converse_block(block: dict[str, Any]) -> dict[str, Any]:
    kind = block.get("type")
    if kind == "text":
        return {"text": block["text"]}
    if kind == "image" and block.get("source", {}).get("type") == "base64":
        source = block["source"]
        return {"image": {"format": source["media_type"].split("/")[-1], "source": {"bytes": source["data"]}}}
    if kind == "document" and block.get("source", {}).get("type") == "base64":
        source = block["source"]
        document = {"format": source["media_type"].split("/")[-1], "name": block.get("title") or "document"}
        return {"document": {**document, "source": {"bytes": source["data"]}}}
    if kind == "tool_use":
        return {"toolUse": {"toolUseId": block["id"], "name": block["name"], "input": block.get("input", {})}}
    if kind == "tool_result":
        content = block.get("content", [])
        parts = [{"type": "text", "text": content}] if isinstance(content, str) else content
        result = {"toolUseId": block["tool_use_id"], "content": [_to_converse_block(p) for p in parts]}
        return {"toolResult": {**result, **({"status": "error"} if block.get("is_error") else {})}}
    if kind == "thinking":
        return {
            "reasoningContent": {
                "reasoningText": {"text": block["thinking"], "signature": block["signature"]}
            }
        }
    if kind == "redacted_thinking":
        return {"reasoningContent": {"redactedContent": block["data"]}}
    raise AnthropicRequestError(
        f"content blocks of type {kind!r} (with this source) are not supported locally"
    )


def to_message(response: dict[str, Any], model: str) -> dict[str, Any]:
    """The Messages API `message` equivalent to a Converse response."""
    content = []
    for block in response["output"]["message"]["content"]:
        if "text" in block:
            content.append({"type": "text", "text": block["text"]})
        elif "toolUse" in block:
            use = block["toolUse"]
            content.append(
                {"type": "tool_use", "id": use["toolUseId"], "name": use["name"], "input": use["input"]}
            )
        elif "reasoningContent" in block:
            reasoning = block["reasoningContent"]
            if "redactedContent" in reasoning:
                content.append({"type": "redacted_thinking", "data": reasoning["redactedContent"]})
            else:
                said = reasoning["reasoningText"]
                content.append(
                    {"type": "thinking", "thinking": said["text"], "signature": said.get("signature", "")}
                )
    usage = response["usage"]
    return {
        "id": f"msg_{uuid.uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": _STOP_REASONS.get(response["stopReason"], "end_turn"),
        "stop_sequence": None,
        "usage": {
            "input_tokens": usage["inputTokens"],
            "output_tokens": usage["outputTokens"],
            "cache_read_input_tokens": usage.get("cacheReadInputTokens", 0),
            "cache_creation_input_tokens": usage.get("cacheWriteInputTokens", 0),
        },
    }


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps({'type': event, **data}, ensure_ascii=False)}\n\n".encode()


def sse_events(message: dict[str, Any]) -> Iterator[bytes]:
    """The Messages API stream that builds up `message`, event by event."""
    opening = {**message, "content": [], "stop_reason": None, "stop_sequence": None}
    yield _sse("message_start", {"message": {**opening, "usage": {**message["usage"], "output_tokens": 0}}})
    yield _sse("ping", {})
    for index, block in enumerate(message["content"]):
        start, deltas = _block_stream(block)
        yield _sse("content_block_start", {"index": index, "content_block": start})
        for delta in deltas:
            yield _sse("content_block_delta", {"index": index, "delta": delta})
        yield _sse("content_block_stop", {"index": index})
    stop = {"stop_reason": message["stop_reason"], "stop_sequence": message["stop_sequence"]}
    yield _sse("message_delta", {"delta": stop, "usage": message["usage"]})
    yield _sse("message_stop", {})


def _block_stream(block: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A content block's opening form and the deltas that complete it."""
    if block["type"] == "text":
        return {"type": "text", "text": ""}, [
            {"type": "text_delta", "text": t} for t in text_chunks(block["text"])
        ]
    if block["type"] == "tool_use":
        deltas = [{"type": "input_json_delta", "partial_json": j} for j in json_chunks(block["input"])]
        return {**block, "input": {}}, deltas
    if block["type"] == "thinking":
        deltas = [{"type": "thinking_delta", "thinking": t} for t in text_chunks(block["thinking"])]
        return {"type": "thinking", "thinking": "", "signature": ""}, [
            *deltas,
            {"type": "signature_delta", "signature": block["signature"]},
        ]
    return block, []  # redacted_thinking arrives whole


def error_body(error: BedrockError | AnthropicRequestError) -> tuple[int, dict[str, Any]]:
    """(status, body) of the Anthropic-shaped error for a Bedrock error or a malformed request."""
    if isinstance(error, AnthropicRequestError):
        status, kind, message = 400, "invalid_request_error", str(error)
    else:
        status, kind = _ERROR_TYPES.get(error.code, (500, "api_error"))
        message = error.message
    return status, {"type": "error", "error": {"type": kind, "message": message}}
