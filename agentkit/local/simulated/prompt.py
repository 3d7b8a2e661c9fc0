"""Reading a prompt that a framework wrapped around the ask: the ask, the material, the agents listed.

Multi-agent frameworks hand an agent more than a question. Strands' Graph sends "Original Task: …"
followed by "Inputs from previous nodes:" and each node's output; its Swarm sends "User Request: …"
with a "Handoff Message", "Shared knowledge from previous agents" and the list of "Other agents
available for collaboration"; CrewAI sends "Current Task: …" with "This is the context you're
working with:". A real model reads such a prompt as the ask plus material to use; so does the
simulator, by layout rather than by framework:

- **labelled sections** — a line "Label: text" starts a section that runs until the next label;
- the **ask** is the first section whose label names a request (`ASK` words: task, request,
  question, query, prompt); a prompt with no such label is all ask;
- **agents** are lines "Agent name: X. Agent description: Y", or "- X: Y" lines under a label that
  mentions agents;
- **material** is every other section's text, less what addresses the model itself ("you must …",
  "Begin!", a section labelled for "your final answer"): facts handed over to be used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agentkit.local import lexicon

ASK = frozenset("task request question query prompt".split())
"""Label words that mark the section holding the ask."""

_LABEL = re.compile(r"^\s*[-•*]?\s*([A-Za-z](?:[\w'’]| (?!['‘]))*?)\s*:(?!//)\s*(.*)$")
"""A line's label and what it labels ("Task: …"); the colon of a web address's scheme ("https://")
labels nothing, nor one inside a quote the line opens ("Add a task called 'Fix bug: login fails'": a quote
opens after a space; an apostrophe inside a word, "Today's plan:", is no quote)."""
_AGENT = re.compile(r"Agent name:\s*(\S+?)\.?(?:\s+Agent description:\s*(.*))?\s*$", re.I)
_LISTED = re.compile(r"^\s*[-•*]\s*([\w.-]+)\s*[:—-]\s*(.+)$")
_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself)\b|^\s*(?:begin|thought|final answer|action|observation|remember|note)\b",
    re.I,
)


@dataclass(frozen=True)
class Agent:
    name: str
    description: str


@dataclass
class Prompt:
    ask: str
    material: list[str] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    worked: list[str] = field(default_factory=list)
    """Agents named as having already worked on the task ("Previous agents who worked on this")."""


def parse(text: str) -> Prompt:
    """The ask, material and agents of a prompt (see the module docstring)."""
    sections: list[tuple[str, list[str]]] = []
    agents: list[Agent] = []
    worked: list[str] = []
    for line in text.splitlines():
        listed = _AGENT.search(line)
        if listed:
            agents.append(Agent(listed.group(1), (listed.group(2) or "").strip()))
            continue
        bullet = _LISTED.match(line)
        if bullet and sections and "agent" in sections[-1][0].lower():
            agents.append(Agent(bullet.group(1), bullet.group(2).strip()))
            continue
        label = _LABEL.match(line)
        if label and len(label.group(1).split()) <= 12 and not re.match(r"^\s*-\s*\w+:", line):
            name = label.group(1).strip()
            if "previous agents" in name.lower() or "worked on" in name.lower():
                worked.extend(w.strip() for w in re.split(r"→|,|->", label.group(2)) if w.strip())
                continue
            sections.append((name, [label.group(2)] if label.group(2).strip() else []))
        elif sections:
            sections[-1][1].append(line)
        else:
            sections.append(("", [line]))
    ask_index = next(
        (i for i, (name, _) in enumerate(sections) if {lexicon.lemma(w) for w in name.lower().split()} & ASK),
        None,
    )
    if ask_index is None:
        return Prompt(text, [], agents, worked)
    ask = " ".join(" ".join(sections[ask_index][1]).split())
    material = []
    for i, (name, lines) in enumerate(sections):
        if i == ask_index or _ADDRESSED.search(name) and "context" not in name.lower():
            continue  # the ask, or instructions to the model ("the expected criteria for your final answer")
        for line in lines:
            kept = _facts(line)
            if kept:
                material.append(kept)
    return Prompt(ask or text, material, agents, worked)


def _facts(line: str) -> str:
    """A line of material without its bullet and speaker label, or "" if it addresses the model."""
    line = re.sub(r"^\s*[-•*]\s*", "", line).strip()
    line = re.sub(r"^[\w .-]{1,40}:\s+", "", line) if re.match(r"^[\w .-]{1,40}:\s+\S", line) else line
    if not line or _ADDRESSED.search(line):
        return ""
    return line
