"""Reading Converse content blocks, shared by the simulated model and the pass-through translator."""

from __future__ import annotations

import json
from typing import Any


def tool_result_text(result: dict[str, Any]) -> str:
    """The text a `toolResult` block carries: its text parts, and its JSON parts as JSON text."""
    parts = []
    for block in result.get("content", []):
        if "text" in block:
            parts.append(block["text"])
        elif "json" in block:
            parts.append(json.dumps(block["json"], ensure_ascii=False, sort_keys=True))
    return "\n".join(parts)


def converse_response(
    content: list[dict[str, Any]], stop_reason: str, input_tokens: int, output_tokens: int, latency_ms: int
) -> dict[str, Any]:
    """A Converse response body: the assistant message, why it stopped, usage and latency."""
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": stop_reason,
        "usage": {
            "inputTokens": input_tokens,
            "outputTokens": output_tokens,
            "totalTokens": input_tokens + output_tokens,
        },
        "metrics": {"latencyMs": latency_ms},
    }
