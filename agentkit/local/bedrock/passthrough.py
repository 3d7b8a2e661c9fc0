"""Pass-through: answer Converse requests with a real model behind an OpenAI-compatible server.

The simulator is deterministic but cannot write prose; Ollama, vLLM or LM Studio on the same laptop
can. `PassthroughModel` stands where the simulator stands: each Converse request is translated to
a chat-completions request (system blocks → a system message, tools → functions, toolUse →
`tool_calls`, toolResult → `tool` messages, images → data URLs), sent with httpx, and the answer
translated back (`tool_calls` → toolUse, `reasoning_content` → reasoningContent, finish reason →
stop reason, token usage). Guardrails, faults and streaming stay the local endpoint's: streaming is
replayed from the whole answer, as for the simulator.

Configured by `PassthroughConfig` or the environment: `AGENTKIT_PASSTHROUGH_URL` (base URL with its
`/v1`, e.g. `http://localhost:11434/v1`), `AGENTKIT_PASSTHROUGH_MODEL`, `AGENTKIT_PASSTHROUGH_API_KEY`.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field

from agentkit.local.bedrock.protocol import BedrockError
from agentkit.local.content import converse_response, tool_result_text

URL_ENV = "AGENTKIT_PASSTHROUGH_URL"
MODEL_ENV = "AGENTKIT_PASSTHROUGH_MODEL"
API_KEY_ENV = "AGENTKIT_PASSTHROUGH_API_KEY"

_STOP_REASONS = {
    "stop": "end_turn",
    "tool_calls": "tool_use",
    "length": "max_tokens",
    "content_filter": "content_filtered",
}
_CHOICES = {"auto": "auto", "any": "required"}
_IGNORED_BLOCKS = ("reasoningContent", "cachePoint")
"""Converse blocks with no chat-completions counterpart, left out of the translated request."""


class PassthroughConfig(BaseModel):
    """Where the OpenAI-compatible server is and which of its models answers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(description="base URL including /v1, e.g. http://localhost:11434/v1")
    model: str = Field(description="the server's model name, e.g. llama3.1:8b")
    api_key: str | None = None
    timeout_s: float = Field(default=120.0, gt=0)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> PassthroughConfig | None:
        """The configuration in `AGENTKIT_PASSTHROUGH_*`, or None when no URL is set."""
        url = environ.get(URL_ENV, "").strip()
        if not url:
            return None
        model = environ.get(MODEL_ENV, "").strip()
        if not model:
            raise ValueError(
                f"{URL_ENV} is set but {MODEL_ENV} is not: name the model the server should run."
            )
        return cls(url=url, model=model, api_key=environ.get(API_KEY_ENV) or None)


def to_chat(request: dict[str, Any], model: str) -> dict[str, Any]:
    """The chat-completions request for a Converse request."""
    messages: list[dict[str, Any]] = []
    system = "\n\n".join(block["text"] for block in request.get("system", []) if "text" in block)
    if system:
        messages.append({"role": "system", "content": system})
    for message in request["messages"]:
        if message["role"] == "assistant":
            messages.append(_assistant_message(message["content"]))
        else:
            messages.extend(_user_messages(message["content"]))
    body: dict[str, Any] = {"model": model, "messages": messages, "stream": False}
    tool_config = request.get("toolConfig")
    if tool_config:
        body["tools"] = [
            {
                "type": "function",
                "function": {
                    "name": tool["toolSpec"]["name"],
                    "description": tool["toolSpec"].get("description", ""),
                    "parameters": tool["toolSpec"]["inputSchema"]["json"],
                },
            }
            for tool in tool_config["tools"]
            if "toolSpec" in tool
        ]
        choice = tool_config.get("toolChoice", {"auto": {}})
        if "tool" in choice:
            body["tool_choice"] = {"type": "function", "function": {"name": choice["tool"]["name"]}}
        else:
            body["tool_choice"] = _CHOICES[next(iter(choice))]
    config = request.get("inferenceConfig", {})
    options = {
        "max_tokens": config.get("maxTokens"),
        "temperature": config.get("temperature"),
        "top_p": config.get("topP"),
        "stop": config.get("stopSequences"),
    }
    body.update({key: value for key, value in options.items() if value is not None})
    return body


def _assistant_message(content: list[dict[str, Any]]) -> dict[str, Any]:
    text = "".join(block["text"] for block in content if "text" in block)
    calls = [
        {
            "id": block["toolUse"]["toolUseId"],
            "type": "function",
            "function": {
                "name": block["toolUse"]["name"],
                "arguments": json.dumps(block["toolUse"]["input"]),
            },
        }
        for block in content
        if "toolUse" in block
    ]
    return {"role": "assistant", "content": text or None, **({"tool_calls": calls} if calls else {})}


def _user_messages(content: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tool results become `tool` messages (first, answering the calls); the rest one user message."""
    messages: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for block in content:
        if "toolResult" in block:
            result = block["toolResult"]
            messages.append(
                {"role": "tool", "tool_call_id": result["toolUseId"], "content": _result_text(result)}
            )
        elif "text" in block:
            parts.append({"type": "text", "text": block["text"]})
        elif "image" in block:
            image = block["image"]
            url = f"data:image/{image['format']};base64,{image['source']['bytes']}"
            parts.append({"type": "image_url", "image_url": {"url": url}})
        elif not any(kind in block for kind in _IGNORED_BLOCKS):
            raise BedrockError(
                "ValidationException",
                "The pass-through model takes text, image, toolUse and toolResult blocks, "
                f"not {next(iter(block))}.",
            )
    if parts:
        only_text = all(part["type"] == "text" for part in parts)
        messages.append(
            {"role": "user", "content": "\n".join(p["text"] for p in parts) if only_text else parts}
        )
    return messages


def _result_text(result: dict[str, Any]) -> str:
    text = tool_result_text(result)
    return f"Error: {text}" if result.get("status") == "error" else text


def from_chat(body: dict[str, Any], latency_ms: int) -> dict[str, Any]:
    """The Converse response for a chat-completions response."""
    choice = body["choices"][0]
    message = choice["message"]
    content: list[dict[str, Any]] = []
    reasoning = message.get("reasoning_content") or message.get("reasoning")
    if reasoning:
        content.append({"reasoningContent": {"reasoningText": {"text": reasoning}}})
    if message.get("content"):
        content.append({"text": message["content"]})
    for call in message.get("tool_calls") or []:
        function = call["function"]
        arguments = function.get("arguments") or "{}"
        try:
            tool_input = json.loads(arguments) if isinstance(arguments, str) else arguments
        except ValueError:
            raise BedrockError(
                "ModelErrorException",
                f"The pass-through model called {function['name']} "
                f"with arguments that are not JSON: {arguments}",
            ) from None
        tool_use_id = call.get("id") or f"tooluse_{uuid.uuid4().hex[:22]}"
        content.append({"toolUse": {"toolUseId": tool_use_id, "name": function["name"], "input": tool_input}})
    stop_reason = (
        "tool_use"
        if message.get("tool_calls")
        else _STOP_REASONS.get(choice.get("finish_reason"), "end_turn")
    )
    usage = body.get("usage") or {}
    input_tokens, output_tokens = usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)
    return converse_response(content, stop_reason, input_tokens, output_tokens, latency_ms)


def _upstream_error(response: httpx.Response, url: str) -> BedrockError:
    """The Bedrock error standing for an error status of the pass-through server."""
    try:
        detail = response.json().get("error", response.text)
        detail = detail.get("message", detail) if isinstance(detail, dict) else detail
    except ValueError:
        detail = response.text
    status = response.status_code
    if status in (401, 403):
        code = "AccessDeniedException"
    elif status == 404:
        code = "ResourceNotFoundException"
    elif status == 429:
        code = "ThrottlingException"
    else:
        code = "ValidationException" if status < 500 else "ModelErrorException"
    return BedrockError(code, f"The pass-through server at {url} answered {status}: {detail}")


class PassthroughModel:
    """A `ConverseModel` answering through an OpenAI-compatible chat-completions endpoint."""

    def __init__(self, config: PassthroughConfig):
        self.config = config
        headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
        self._client = httpx.Client(
            base_url=config.url.rstrip("/") + "/", headers=headers, timeout=config.timeout_s
        )

    def converse(self, request: dict[str, Any]) -> dict[str, Any]:
        body = to_chat(request, self.config.model)
        started = time.perf_counter()
        try:
            response = self._client.post("chat/completions", json=body)
        except httpx.TimeoutException:
            raise BedrockError(
                "ModelTimeoutException",
                f"The pass-through server at {self.config.url} did not answer in time.",
            ) from None
        except httpx.HTTPError as error:
            raise BedrockError(
                "ServiceUnavailableException",
                f"The pass-through server at {self.config.url} is unreachable: {error}",
            ) from None
        if response.is_error:
            raise _upstream_error(response, self.config.url)
        return from_chat(response.json(), round((time.perf_counter() - started) * 1000))
