"""The simulated model behind local Bedrock (a deterministic simulator, not a language model)."""

from agentkit.local.simulated.model import SimulatedModel, SimulatorInputError, count_input_tokens

__all__ = ["SimulatedModel", "SimulatorInputError", "count_input_tokens"]
