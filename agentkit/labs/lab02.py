"""Lab 02 · stop on a repeated action: a `stop_when` rule for the from-scratch ReAct loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agentkit.labs.report import LabReport, converse_client, model_id


class RepeatingModel:
    """A misbehaving model for the check: it asks for the same tool call, whatever it is told."""

    def __init__(self) -> None:
        self.calls = 0

    def converse(self, **request: Any) -> dict[str, Any]:
        self.calls += 1
        use = {"toolUseId": f"tooluse_repeat_{self.calls}", "name": "lookup", "input": {"key": "same"}}
        return {
            "output": {
                "message": {
                    "role": "assistant",
                    "content": [{"text": "Let me look that up."}, {"toolUse": use}],
                }
            },
            "stopReason": "tool_use",
            "usage": {"inputTokens": 10, "outputTokens": 10, "totalTokens": 20},
            "metrics": {"latencyMs": 1},
        }


def check_lab02(stop_on_repeat: Callable[[Any], str | None]) -> LabReport:
    """`stop_on_repeat(trace)`: a reason to stop when the latest step repeats an earlier action."""
    from agentkit.react import ReActAgent
    from agentkit.tools import tool

    @tool
    def lookup(key: str) -> str:
        """Look a key up.

        Args:
            key: the key to look up
        """
        return "not found"

    report = LabReport("Lab 02 · stop on a repeated action")
    model = RepeatingModel()
    agent = ReActAgent([lookup], model_id="any", client=model, max_steps=6, stop_when=stop_on_repeat)
    try:
        trace = agent.run("Find the key.")
    except NotImplementedError:
        report.add("stop_on_repeat is implemented", False, "replace the TODO: return a reason string or None")
        return report.raise_for_failures()
    report.add(
        "a repeating model is stopped at its first repeat",
        trace.stop_reason.startswith("stopped") and model.calls == 2,
        f"stop reason {trace.stop_reason!r} after {model.calls} model calls (expected a stop after 2)",
    )

    @tool
    def word_count(text: str) -> int:
        """Count the words in a text.

        Args:
            text: the text to count the words of
        """
        return len(text.split())

    normal = ReActAgent([word_count], model_id=model_id(), client=converse_client(), stop_when=stop_on_repeat)
    run = normal.run('How many words are in "to be or not to be"?')
    report.add(
        "a run without repeats is not stopped",
        run.stop_reason == "end_turn" and "6" in (run.answer or ""),
        f"stop reason {run.stop_reason!r}, answer {run.answer!r}",
    )
    return report.raise_for_failures()
