"""Placeholder: replaced by the real simulator. Interface only."""

from typing import Any


class SimulatorInputError(ValueError):
    """The request is malformed; the server answers with a Bedrock ValidationException."""


class SimulatedModel:
    def converse(self, request: dict[str, Any]) -> dict[str, Any]:
        text = "simulated"
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2},
            "metrics": {"latencyMs": 1},
        }
