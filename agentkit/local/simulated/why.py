"""Why the simulated model answered as it did: the rule, the scores and the words behind each choice.

Every response carries its reasons in `additionalModelResponseFields["agentkitWhy"]` (Bedrock's
field for model-specific output, which boto3, Strands and langchain-aws pass through), and the local
endpoint keeps the latest ones by tool-use id, so a notebook can ask why a call was made after an
agent has run (`agentkit.display.why`). A real model gives no such account; this one can, because
every decision it makes is one of the documented rules in `model.py`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from agentkit.local.simulated.filled import Argument


@dataclass(frozen=True)
class ToolDecision:
    """One tool call: which rule chose the tool for which clause, with what score, and each argument."""

    tool: str
    clause: str
    rule: str
    score: str
    arguments: list[Argument] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    note: str = ""
    tool_use_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The decision as plain data. Its fields are read one level deep (`asdict` would copy every value
        deeply, only for the arguments to be written again below): the same dict, at less cost."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["alternatives"] = list(self.alternatives)
        data["kind"] = "toolUse"
        data["arguments"] = [
            {
                **{f.name: getattr(a, f.name) for f in fields(a)},
                "value": a.value if _plain(a.value) else repr(a.value),
            }
            for a in self.arguments
        ]
        return data


@dataclass(frozen=True)
class AnswerDecision:
    """A final answer: which rule wrote it, and from what."""

    rule: str
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": "answer", **asdict(self)}


def _plain(value: Any) -> bool:
    if isinstance(value, str | int | float | bool) or value is None:
        return True
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


def describe(decisions: list[dict[str, Any]]) -> str:
    """The reasons as plain text, one block per decision."""
    lines: list[str] = []
    for decision in decisions:
        if decision.get("kind") == "answer":
            lines.append(f"answer — {decision['rule']}: {decision['detail']}")
            continue
        lines.append(
            f"{decision['tool']} — {decision['rule']} for “{decision['clause']}”, score {decision['score']}"
        )
        for argument in decision.get("arguments", []):
            lines.append(
                f"    {argument['name']} = {argument['value']!r}  ({argument['rule']} {argument['score']}: {argument['evidence']})"
            )
        if decision.get("note"):
            lines.append(f"    {decision['note']}")
        for alternative in decision.get("alternatives", []):
            lines.append(f"    not {alternative}")
    return "\n".join(lines)
