"""What every lab checker returns: a report of named checks that raises when any failed."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import boto3


class LabCheckFailed(AssertionError):
    """At least one check failed; the message lists each with what to fix."""


@dataclass
class Check:
    name: str
    passed: bool
    detail: str


@dataclass
class LabReport:
    lab: str
    checks: list[Check] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def add(self, name: str, passed: bool, detail: str = "") -> bool:
        self.checks.append(Check(name, passed, detail))
        return passed

    def __str__(self) -> str:
        lines = [f"{self.lab}: {'passed' if self.passed else 'not yet'}"]
        lines += [
            f"  {'✅' if c.passed else '❌'} {c.name}{': ' + c.detail if c.detail else ''}"
            for c in self.checks
        ]
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{'✅' if c.passed else '❌'}</td><td>{html.escape(c.name)}</td><td>{html.escape(c.detail)}</td></tr>"
            for c in self.checks
        )
        verdict = "passed 🎉" if self.passed else "not yet"
        return f"<p><b>{html.escape(self.lab)}</b>: {verdict}</p><table>{rows}</table>"

    def raise_for_failures(self) -> LabReport:
        failed = [c for c in self.checks if not c.passed]
        if failed:
            raise LabCheckFailed("\n".join(f"{c.name}: {c.detail}" for c in failed))
        return self


def converse_client():
    return boto3.client("bedrock-runtime")


def model_id() -> str:
    from agentkit.connect import current

    connection = current()
    if connection is None:
        raise LabCheckFailed(
            "Run `agentkit.connect()` first: the checker runs an agent against the model endpoint."
        )
    return connection.model_id
