"""Guardrails for agents: one policy, created in Bedrock and enforced around a Strands agent.

    from agentkit import guardrails

    policy = guardrails.GuardrailPolicy(name="support", denied_topics=[...], pii=[...], allowed_tools=[...])
    guardrail = guardrails.ensure_guardrail(policy)       # CreateGuardrail + CreateGuardrailVersion
    hooks = guardrails.GuardrailHooks(guardrail)          # ApplyGuardrail on input and output, tool checks
    agent = Agent(model=..., tools=[...], hooks=[hooks])
    hooks.to_dataframe()                                  # every intervention, with the policy that fired

Offline the guardrail lives in the local Bedrock endpoint, which evaluates the same policy; the code
is the same in both modes. `GuardrailHooks` is imported on first use: it brings in Strands, which a
policy, its deployment or the evaluation do not need.
"""

from typing import TYPE_CHECKING, Any

from agentkit.guardrails.policy import (
    ArgumentRule,
    ContentFilter,
    DeniedTopic,
    Grounding,
    GuardrailPolicy,
    InjectionCheck,
    PiiRule,
    Profanity,
    RegexRule,
    ToolRule,
    Word,
)
from agentkit.guardrails.provision import (
    Guardrail,
    GuardrailError,
    delete_guardrail,
    deploy,
    ensure_guardrail,
    load,
)
from agentkit.local.screening.injection import find_injections

if TYPE_CHECKING:
    from agentkit.guardrails.hooks import GuardrailHooks, Intervention


def __getattr__(name: str) -> Any:
    if name in ("GuardrailHooks", "Intervention"):
        from agentkit.guardrails import hooks

        return getattr(hooks, name)
    raise AttributeError(f"module 'agentkit.guardrails' has no attribute {name!r}")


__all__ = [
    "ArgumentRule",
    "ContentFilter",
    "DeniedTopic",
    "Grounding",
    "Guardrail",
    "GuardrailError",
    "GuardrailHooks",
    "GuardrailPolicy",
    "InjectionCheck",
    "Intervention",
    "PiiRule",
    "Profanity",
    "RegexRule",
    "ToolRule",
    "Word",
    "delete_guardrail",
    "deploy",
    "ensure_guardrail",
    "find_injections",
    "load",
]
