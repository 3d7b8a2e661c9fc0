"""Choosing tools for a clause by what the tools say about themselves.

A tool's name, description, parameter names, parameter descriptions and enum values are its
vocabulary, each with a weight (a word in the name says more than one in a parameter's
description). A clause scores the sum, over its meaningful word stems, of the best weight that
stem has in the tool, scaled by how rare the stem is among the offered tools (a word every tool
shares does not tell them apart). A stem that is a prefix of a tool's stem ("doc" / "document")
counts half. A clause that asks for arithmetic counts, for tools that take an expression, as much
as a rare word of the tool's name, and such a tool is needed however well other tools score
(a calculation asked for is a calculation to make). Likewise a clause that names a table or column
listed by a tool that takes SQL counts as a rare name word for that tool.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from agentkit.local.simulated import arguments, sql, text

NAME, ENUM, PARAMETER, DESCRIPTION, PARAMETER_DESCRIPTION = 3.0, 2.0, 1.5, 1.0, 0.75
MIN_SCORE = 2.0
"""A clause needs a tool when it scores at least this (e.g. one word of the tool's name) ..."""
RELATIVE_SCORE = 0.5
"""... and at least this share of the best-scoring tool for the clause."""


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    schema: dict[str, Any]

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Tool:
        schema = spec.get("inputSchema", {}).get("json", {"type": "object", "properties": {}})
        return cls(spec["name"], spec.get("description", ""), schema)

    @cached_property
    def vocabulary(self) -> dict[str, float]:
        weights: dict[str, float] = {}

        def add(source: str, weight: float) -> None:
            for s in text.content_stems(source):
                weights[s] = max(weights.get(s, 0.0), weight)

        add(self.description, DESCRIPTION)
        for name, prop in self.schema.get("properties", {}).items():
            if isinstance(prop, dict):
                add(prop.get("description", ""), PARAMETER_DESCRIPTION)
                add(name, PARAMETER)
                add(" ".join(str(v) for v in prop.get("enum", [])), ENUM)
        add(self.name, NAME)
        return weights

    @cached_property
    def takes_sql(self) -> bool:
        return any(
            isinstance(p, dict) and "sql" in text.content_stems(f"{n} {p.get('description', '')}")
            for n, p in self.schema.get("properties", {}).items()
        )

    @cached_property
    def takes_expression(self) -> bool:
        return any(
            isinstance(p, dict) and arguments.is_expression_parameter(n, p)
            for n, p in self.schema.get("properties", {}).items()
        )


class Matcher:
    """Scores clauses against one request's offered tools."""

    def __init__(self, tools: list[Tool]):
        self.tools = tools
        frequency: dict[str, int] = {}
        for tool in tools:
            for s in tool.vocabulary:
                frequency[s] = frequency.get(s, 0) + 1
        n = max(len(tools), 1)
        self._rarity = {s: 1.0 + math.log(n / f) for s, f in frequency.items()}
        self._evidence = NAME * (1.0 + math.log(n))

    def score(self, clause: str, tool: Tool) -> float:
        total = 0.0
        vocabulary = tool.vocabulary
        for s in text.content_stems(clause):
            if s in vocabulary:
                total += vocabulary[s] * self._rarity[s]
            elif len(s) >= 3:
                prefixed = [w for w in vocabulary if w.startswith(s) or (len(w) >= 3 and s.startswith(w))]
                if prefixed:
                    best = max(prefixed, key=lambda w: vocabulary[w])
                    total += 0.5 * vocabulary[best] * self._rarity[best]
        if tool.takes_expression and arguments.has_arithmetic(clause):
            total += self._evidence
        if tool.takes_sql and sql.write(clause, tool.description) is not None:
            total += self._evidence
        return total

    def needed(self, clause: str) -> list[Tool]:
        """The tools a clause needs, best first (ties keep the order the tools were offered)."""
        scored = [(self.score(clause, t), i, t) for i, t in enumerate(self.tools)]
        best = max((s for s, _, _ in scored), default=0.0)
        arithmetic = arguments.has_arithmetic(clause)
        chosen = [
            (s, i, t)
            for s, i, t in scored
            if s >= MIN_SCORE and (s >= RELATIVE_SCORE * best or (arithmetic and t.takes_expression))
        ]
        return [t for _, _, t in sorted(chosen, key=lambda x: (-x[0], x[1]))]

    def best(self, clauses: list[str]) -> tuple[Tool, str] | None:
        """The single best (tool, clause) pair, however weak: for a caller that insists on a tool."""
        ranked = [
            (self.score(c, t), -ci, -ti, t, c)
            for ci, c in enumerate(clauses or [""])
            for ti, t in enumerate(self.tools)
        ]
        if not ranked:
            return None
        _, _, _, tool, clause = max(ranked, key=lambda r: r[:3])
        return tool, clause
