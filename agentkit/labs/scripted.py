"""A scripted Strands model for lab checks: it says what a script tells it, whatever the request.

A checker that must see how the learner's code handles a misbehaving model (one that asks for the same tool
call again and again, or for two at once) cannot wait for a real model to misbehave. `ScriptedModel` plays
one: on each call it asks `script(call, messages)` — the 1-based number of the call and the conversation so
far — for either a list of tool calls `(name, input)` or a final answer text, and streams it in Strands'
event shape. It counts its calls, which is how a checker sees when the agent stopped asking.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from strands.models import Model

Turn = list[tuple[str, dict[str, Any]]] | str
Script = Callable[[int, list[dict[str, Any]]], Turn]


class ScriptedModel(Model):
    """A Strands model whose every turn `script` decides; `calls` counts the turns asked for."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.calls = 0

    def update_config(self, **model_config: Any) -> None:
        """Nothing to configure: the script decides."""

    def get_config(self) -> dict[str, Any]:
        return {}

    def structured_output(
        self, output_model: Any, prompt: Any, system_prompt: Any = None, **kwargs: Any
    ) -> Any:
        raise NotImplementedError("a scripted model gives no structured output")

    async def stream(self, messages: list[dict[str, Any]], *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        self.calls += 1
        turn = self.script(self.calls, messages)
        yield {"messageStart": {"role": "assistant"}}
        if isinstance(turn, str):
            yield {"contentBlockDelta": {"delta": {"text": turn}}}
            yield {"contentBlockStop": {}}
            stop = "end_turn"
        else:
            for number, (name, tool_input) in enumerate(turn, start=1):
                use = {"name": name, "toolUseId": f"tooluse_scripted_{self.calls}_{number}"}
                yield {"contentBlockStart": {"start": {"toolUse": use}}}
                yield {"contentBlockDelta": {"delta": {"toolUse": {"input": json.dumps(tool_input)}}}}
                yield {"contentBlockStop": {}}
            stop = "tool_use"
        yield {"messageStop": {"stopReason": stop}}
        yield {
            "metadata": {
                "usage": {"inputTokens": 10, "outputTokens": 10, "totalTokens": 20},
                "metrics": {"latencyMs": 0},
            }
        }
