"""Personas: the same rules in another manner, so notebook code can be run against a second model.

Code that assumes which tool a model calls first, in what order it makes parallel calls, or how it
words an answer works on the simulator and breaks on Bedrock, where a real model decides. A second
persona makes such assumptions fail offline, in CI, before an attendee meets them on a real account.
Chosen by `AGENTKIT_SIMULATOR` (`default` or `other`; `agentkit.config.Settings`):

- `default` — the rules of `model`, as documented there.
- `other` — a different competent model, by three habits many real models have:
  1. **looks first**: on the first turn of a request that needs tools, when a harmless inspection
     tool is offered (its name starts with a verb that only reads — describe, list, show, inspect —
     or names a schema) and can be called from the request, it calls that tool alone first, then
     goes on by the rules with its result in view;
  2. **orders parallel calls last-first**;
  3. **words answers its own way, and longer**: a lead-in before the answer and an offer after it;
     its note before tool calls is worded differently too.

Neither persona is a language model; both are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from agentkit.local import lexicon
from agentkit.local.simulated.matching import Tool
from agentkit.local.simulated.parameters import words_of

PersonaName = Literal["default", "other"]

_READ_ONLY_VERBS = frozenset({"describe", "list", "show", "inspect", "peek", "preview"})
"""Verbs that only read, leading a tool's name: calling such a tool first costs nothing and changes nothing."""


@dataclass(frozen=True)
class Persona:
    """How the simulated model goes about the rules: which habits of `other` are on."""

    name: PersonaName = "default"

    @property
    def looks_first(self) -> bool:
        return self.name == "other"

    @property
    def reverses_parallel_calls(self) -> bool:
        return self.name == "other"

    def inspection_tools(self, tools: list[Tool]) -> list[Tool]:
        """The offered tools this persona calls first to look around (none for `default`)."""
        if not self.looks_first:
            return []
        return [tool for tool in tools if _inspects(tool)]

    def thought(self, reasons: list[str]) -> str:
        """The note before tool calls."""
        if self.name == "other":
            return "To answer this, let me use " + ", then ".join(reasons) + "."
        return "I will call " + "; ".join(reasons) + "."

    def word(self, answer: str) -> str:
        """A final answer in this persona's words."""
        if self.name != "other" or not answer.strip():
            return answer
        return (
            "Here is what I found.\n\n"
            f"{answer.strip()}\n\n"
            "I hope this helps; ask me if you would like more detail on any part of it."
        )


def _inspects(tool: Tool) -> bool:
    found = [w.lower() for w in words_of(tool.name)]
    return bool(found) and (lexicon.lemma(found[0]) in _READ_ONLY_VERBS or "schema" in found)
