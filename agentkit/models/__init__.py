"""Models: one place that builds them (Bedrock, Anthropic, OpenAI-compatible) and accounts for them.

    from agentkit import models

    agent = Agent(model=models.build_model(), tools=[...])      # provider from AGENTKIT_PROVIDER
    client = models.converse_client()                           # raw Converse, for the ReAct loop
    models.meter.to_dataframe()                                 # tokens and cost of every call

Every call is retried on throttling and 5xx (3 attempts, 100 ms doubling, at most 10 s), guarded by a
circuit breaker, and recorded with its tokens and cost (`accounting`).
"""

from agentkit.models.accounting import CallRecord, Prices, Totals, Usage, UsageMeter, cost, meter
from agentkit.models.config import BreakerSettings, ModelConfig, Provider, RetryPolicy
from agentkit.models.converse_client import ConverseClient
from agentkit.models.providers import PROVIDERS, build_model, converse_client
from agentkit.models.resilience import CircuitOpenError, Guard, ModelUnavailableError, is_transient

__all__ = [
    "PROVIDERS",
    "BreakerSettings",
    "CallRecord",
    "CircuitOpenError",
    "ConverseClient",
    "Guard",
    "ModelConfig",
    "ModelUnavailableError",
    "Prices",
    "Provider",
    "RetryPolicy",
    "Totals",
    "Usage",
    "UsageMeter",
    "build_model",
    "converse_client",
    "cost",
    "is_transient",
    "meter",
]
