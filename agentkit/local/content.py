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
