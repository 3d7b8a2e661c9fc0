"""The allowed-tools list and its argument rules: what an agent may do, checked before a tool runs.

Excessive agency (OWASP LLM06:2025) is an agent calling tools it should not, or calling the right tool
with arguments nobody intended — a path outside the documents folder, a refund above the limit.
The model's choice of tool is not a permission, so the policy lists the tools an agent may call and,
per argument, what it may be; everything else is refused with a reason the model (and the user) can
read. Checks run in-process: Bedrock Guardrails see text, not tool calls.
"""

from __future__ import annotations

import re
from typing import Any

from agentkit.guardrails.policy import ArgumentRule, GuardrailPolicy


def tool_call_violation(
    policy: GuardrailPolicy, name: str, arguments: dict[str, Any]
) -> tuple[str, str] | None:
    """(rule that fired, reason) when the call is not allowed, else None."""
    if policy.allowed_tools is None:
        return None
    rule = policy.allowed_tools.get(name)
    if rule is None:
        allowed = ", ".join(sorted(policy.allowed_tools)) or "none"
        return (
            "allowed tools",
            f"tool {name!r} is not on this agent's allowed-tools list (allowed: {allowed})",
        )
    for argument, constraint in rule.arguments.items():
        if argument in arguments and (problem := _violation(constraint, arguments[argument])):
            return f"argument rule: {name}.{argument}", f"argument {argument!r} of {name!r} {problem}"
    return None


def _violation(rule: ArgumentRule, value: Any) -> str | None:
    if rule.one_of is not None and value not in rule.one_of:
        return f"is {value!r}, but only {', '.join(map(repr, rule.one_of))} are allowed"
    text = value if isinstance(value, str) else str(value)
    if rule.pattern is not None and not re.fullmatch(rule.pattern, text):
        return f"is {value!r}, which does not match the allowed pattern {rule.pattern!r}"
    if rule.max_length is not None and len(text) > rule.max_length:
        return f"is {len(text)} characters long, more than the {rule.max_length} allowed"
    if rule.minimum is not None or rule.maximum is not None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"is {value!r}, but a number is required"
        if rule.minimum is not None and value < rule.minimum:
            return f"is {value}, below the minimum of {rule.minimum:g}"
        if rule.maximum is not None and value > rule.maximum:
            return f"is {value}, above the maximum of {rule.maximum:g}"
    return None
