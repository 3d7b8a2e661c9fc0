"""`LocalBedrock`: agentkit's Bedrock endpoint on 127.0.0.1, served from a daemon thread.

It lets unmodified Bedrock code (boto3, Strands' `BedrockModel`, langchain-aws, the `anthropic`
SDK) run offline: point the client's `endpoint_url` (or `base_url`) at `start()`'s URL. What answers
is, in order of precedence, the `model` given, a pass-through to an OpenAI-compatible server
(`passthrough=` or `AGENTKIT_PASSTHROUGH_URL`/`_MODEL`), or the deterministic simulated model.
Faults come from `faults=` or `AGENTKIT_LOCAL_FAULTS`, and can be changed while it runs.
"""

from __future__ import annotations

from typing import Any

from agentkit.local.bedrock.app import BedrockApp
from agentkit.local.bedrock.converse import ConverseModel, Runtime
from agentkit.local.bedrock.faults import FaultConfig, Faults
from agentkit.local.bedrock.guardrail_store import GuardrailStore
from agentkit.local.bedrock.passthrough import PassthroughConfig, PassthroughModel
from agentkit.local.serving import BackgroundServer
from agentkit.local.simulated import SimulatedModel

SERVICE = "agentkit-local-bedrock"


class LocalBedrock(BackgroundServer):
    """The local Bedrock server. `start()` returns its URL; `stop()` may be called any number of times."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        model: ConverseModel | None = None,
        faults: FaultConfig | None = None,
        passthrough: PassthroughConfig | None = None,
    ):
        if model is not None and passthrough is not None:
            raise ValueError("Give either a model or a pass-through configuration, not both.")
        if model is None:
            passthrough = passthrough or PassthroughConfig.from_env()
            model = PassthroughModel(passthrough) if passthrough else SimulatedModel()
        self.model = model
        self.passthrough = passthrough
        self.faults = Faults(faults if faults is not None else FaultConfig.from_env())
        self.guardrails = GuardrailStore()
        self.app = BedrockApp(Runtime(model, self.guardrails), self.faults, self.describe)
        super().__init__(host, port, name=SERVICE)

    def describe(self) -> dict[str, Any]:
        """What this endpoint is and what answers it (the health endpoint's body)."""
        if isinstance(self.model, SimulatedModel):
            backend = {
                "backend": "simulator",
                "persona": self.model.persona.name,
                "note": "agentkit's local Bedrock, backed by a deterministic simulated model "
                "(not a language model)",
            }
        elif self.passthrough is not None:
            backend = {
                "backend": "passthrough",
                "note": "agentkit's local Bedrock, passing requests through to an OpenAI-compatible server",
                "passthrough": {"url": self.passthrough.url, "model": self.passthrough.model},
            }
        else:
            backend = {
                "backend": type(self.model).__name__,
                "note": "agentkit's local Bedrock, with a custom model",
            }
        return {"service": SERVICE, **backend}
