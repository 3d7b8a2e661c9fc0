"""The simulated model behind local Bedrock (a deterministic simulator, not a language model)."""

from agentkit.local.simulated.model import SimulatedModel, SimulatorInputError

__all__ = ["SimulatedModel", "SimulatorInputError"]
