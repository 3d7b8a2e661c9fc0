"""Hand-offs between agents (rule 7 of the model): choosing the agent a request should go to.

A hand-off tool is one with a parameter that names an agent — Strands Swarm's `handoff_to_agent`
(`agent_name`), or any tool whose parameter is called like `agent`, `agent_name`, `to_agent`. The
agents it can name are those the system prompt or the request lists (`prompt.Agent`). The agent
chosen is the one whose name and description share the most words with the ask, never one that
already worked on the task; the hand-off is made when that agent fits the clause better than the
caller's own tools do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agentkit.local import lexicon
from agentkit.local.simulated.filled import Argument, Filled
from agentkit.local.simulated.parameters import IDENTIFIER, Parameter, words_of
from agentkit.local.simulated.prompt import Agent, parse
from agentkit.local.simulated.text import clauses, words
from agentkit.local.simulated.values import resolve

if TYPE_CHECKING:
    from agentkit.local.simulated.matching import Matcher, Score, Tool

MIN_FIT = 1.0
"""An agent fits a clause when they share at least one meaningful word."""


def agent_parameter(tool: Tool) -> str | None:
    """The parameter of a tool that names an agent, if it has one."""
    for name in tool.properties:
        if "agent" in words_of(name) and tool.properties[name].get("type", "string") == "string":
            return name
    return None


@dataclass
class Roster:
    agents: list[Agent] = field(default_factory=list)
    worked: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, system: str, context: list[str], request: str = "") -> Roster:
        agents: list[Agent] = []
        worked: list[str] = []
        for source in [system, request, *context]:
            parsed = parse(source)
            agents.extend(a for a in parsed.agents if a.name not in {b.name for b in agents})
            worked.extend(parsed.worked)
        return cls(agents, worked)

    def fit(self, agent: Agent, clause: str) -> float:
        wanted = {lexicon.root(w) for w in words_of(clause) if not lexicon.is_function_word(w)}
        offered = {
            lexicon.root(w)
            for w in words_of(f"{agent.name} {agent.description}")
            if not lexicon.is_function_word(w)
        }
        return float(len(wanted & offered))

    def best(self, clause: str) -> tuple[Agent, float] | None:
        candidates = [(a, self.fit(a, clause)) for a in self.agents if a.name not in self.worked]
        candidates = [(a, s) for a, s in candidates if s >= MIN_FIT]
        if not candidates:
            return None
        return max(candidates, key=lambda c: c[1])

    def fill(self, tool: Tool, clause: str) -> Filled | None:
        """The agent argument of a hand-off tool, or None for other tools or when no agent fits."""
        name = agent_parameter(tool)
        if name is None or not self.agents:
            return None
        chosen = self.best(clause)
        if chosen is None:
            return None
        agent, score = chosen
        why = (
            f"“{agent.name}”"
            + (f" ({agent.description})" if agent.description else "")
            + " fits the request best"
        )
        values = {name: agent.name}
        arguments = [Argument(name, agent.name, "hand-off", score, why)]
        for other, spec in tool.properties.items():
            if other != name and Parameter(other, spec, True).kind == "text":
                values[other] = clause  # the message passes the ask on as it was asked, question and all
                arguments.append(Argument(other, clause, "ask", 1.0, "the ask, passed on to the agent"))
        return Filled(values, arguments)

    def assign(self, tool: Tool, ask: str) -> Filled | None:
        """A list parameter whose items each name an agent (a plan's steps, by structured output): one
        item per listed agent, holding the parts of the ask that fit it best — the ask's clauses, and the
        parts of a clause joined by "and" that fit different agents. A part that fits two agents equally,
        or none, goes to no one; None when no part goes to anyone."""
        if not self.agents:
            return None
        for name, spec in tool.properties.items():
            items = resolve(spec.get("items") or {}, tool.schema)
            fields = {f: resolve(s, tool.schema) for f, s in (items.get("properties") or {}).items()}
            chooser = next((f for f in fields if "agent" in words_of(f)), None)
            texts = [f for f, s in fields.items() if f != chooser and Parameter(f, s, True).kind == "text"]
            if spec.get("type") != "array" or chooser is None or not texts:
                continue
            parts: dict[str, list[str]] = {}
            for clause in _parts(ask):
                fits = sorted(((self.fit(a, clause), a.name) for a in self.agents), reverse=True)
                if fits[0][0] >= MIN_FIT and (len(fits) == 1 or fits[0][0] > fits[1][0]):
                    parts.setdefault(fits[0][1], []).append(clause)
            if not parts:
                return None
            value = [{chooser: agent, texts[0]: "; ".join(said)} for agent, said in parts.items()]
            why = "the ask's parts, each to the listed agent sharing most words with it: " + "; ".join(
                f"{agent} ← {len(said)} part(s)" for agent, said in parts.items()
            )
            return Filled({name: value}, [Argument(name, value, "assignment", float(len(value)), why)])
        return None

    def prefer(self, needed: list[Score], clause: str, matcher: Matcher) -> list[Score]:
        """The clause's tools, or the hand-off tool instead when a listed agent fits better than they do."""
        handoffs = [t for t in matcher.tools if agent_parameter(t)]
        if not handoffs or not self.agents:
            return [s for s in needed if not agent_parameter(s.tool) or self.best(clause)]
        own = [s for s in needed if not agent_parameter(s.tool)]
        chosen = self.best(clause)
        if chosen is None:
            return own
        if own and own[0].total >= chosen[1] * 2:
            return own
        score = matcher.score(clause, handoffs[0])
        score.special = f"agent “{chosen[0].name}” fits ({chosen[1]:.0f} shared words)"
        return [score]


def _parts(ask: str) -> list[str]:
    """The ask's clauses, and the parts of each clause joined by "and" (which may be for different agents)."""
    found = []
    for clause in clauses(ask):
        found.extend(p.strip(" ,;") for p in re.split(r",?\s+and\s+", clause) if p.strip(" ,;"))
    return found


_SOURCE_NAMED = re.compile(r"((?:[A-Za-z]+\s+){1,4})(?:API|api|endpoint|tool)\b")
"""A tool described rather than named in a parameter's description: "… from the Search Airport API"."""


def lookup_source(tool: Tool, name: str, tools: list[Tool]) -> Tool | None:
    """The other offered tool a parameter's value comes from, if its description says so: it names that
    tool ("as returned by SearchTitle") or describes it by the words of its name ("can be extracted from the
    Search Airport API"). That tool must take one required string (the name it looks up)."""
    words = str(tool.properties.get(name, {}).get("description", ""))
    candidates = [t for t in tools if t.name != tool.name and _looks_up_by_one_name(t)]
    for other in candidates:
        if re.search(rf"\b{re.escape(other.name)}\b", words):
            return other
    best, overlap = None, 0
    for phrase in _SOURCE_NAMED.findall(words):
        said = {lexicon.root(w) for w in words_of(phrase) if not lexicon.is_function_word(w)}
        for other in candidates:
            named = {lexicon.root(w) for w in words_of(other.name)}
            if said and said <= named and len(said) > overlap:
                best, overlap = other, len(said)
    return best or _named_for(name, candidates)


def _named_for(name: str, candidates: list[Tool]) -> Tool | None:
    """The lookup tool whose own name says it gives the parameter: every word of an id parameter's name is a
    word of the tool's name, and the one string it takes is no id ("Get_Artist_ID_By_Name" for `artistId`,
    taking `name`). A parameter's description need not say where its id comes from when a tool's name says
    it; one such tool only, else none (the reading would be a guess)."""
    codes = {lexicon.root(w) for w in IDENTIFIER}
    own = {lexicon.root(w) for w in words_of(name)}
    if len(own) < 2 or not own & codes:
        return None
    found = [
        t
        for t in candidates
        if own <= {lexicon.root(w) for w in words_of(t.name)}
        and not {lexicon.root(w) for w in words_of(t.schema["required"][0])} & codes
    ]
    return found[0] if len(found) == 1 else None


def _looks_up_by_one_name(tool: Tool) -> bool:
    required = tool.schema.get("required") or []
    return len(required) == 1 and tool.properties.get(required[0], {}).get("type", "string") == "string"


def is_identifier(value: object) -> bool:
    """A value that reads as an id or code rather than a name: it has a digit, or is one upper-case word
    ("BOS", "RX10023")."""
    return isinstance(value, str) and (
        any(c.isdigit() for c in value) or bool(re.fullmatch(r"[A-Z][A-Z_\-]{1,9}", value))
    )


def looked_up(tool: Tool, values: dict, tools: list[Tool]) -> list[tuple[Tool, dict]]:
    """The lookups to make before a call (rule 4, a required id from another tool): for each required
    parameter whose description says another offered tool gives its value, and whose value read from the
    request is a name, not an id, the lookup tool is called with that name (once per name). A small model
    does not pass "Lisbon" as a city id; it asks the tool that turns the name into the id."""
    lookups: list[tuple[Tool, dict]] = []
    for name in tool.schema.get("required") or []:
        value = values.get(name)
        if not isinstance(value, str) or is_identifier(value):
            continue
        source = lookup_source(tool, name, tools)
        if source is None:
            continue
        call = (source, {source.schema["required"][0]: value})
        if call not in lookups:
            lookups.append(call)
    return lookups


def by_name(tool: Tool, tools: list[Tool]) -> tuple[Tool, dict[str, str]] | None:
    """The act tool read for the names of its looked-up ids (rule 4): a copy whose required parameters that
    another offered tool gives (`lookup_source`) ask for the thing itself, not its id — "originCode" becomes
    "origin", its description loses the code words and the sentence naming the source — and whose other
    parameters are optional. A request that says "flights from Boston to Madrid" names the origin and the
    destination; a small model looks each name up, though the flight search cannot be called yet. None when
    no required parameter is looked up; else the copy and, per renamed parameter, its own name."""
    from agentkit.local.simulated.matching import Tool as _Tool  # noqa: PLC0415 (matching imports us)

    properties: dict[str, dict] = {}
    renamed: dict[str, str] = {}
    codes = {lexicon.root(w) for w in IDENTIFIER}
    for name, spec in tool.properties.items():
        source = lookup_source(tool, name, tools) if name in (tool.schema.get("required") or []) else None
        if source is None:
            properties[name] = spec
            continue
        words = [w for w in words_of(name) if lexicon.root(w) not in codes]
        own = "_".join(words) if words else f"{source.schema['required'][0]}"
        said = [
            s
            for s in re.split(r"(?<=\.)\s+", str(spec.get("description", "")))
            if not _SOURCE_NAMED.search(s) and source.name not in s
        ]
        text = " ".join(w for w in " ".join(said).split() if lexicon.root(w.strip(".,").lower()) not in codes)
        properties[own] = {"type": "string", "description": text or " ".join(words)}
        renamed[own] = name
    if not renamed:
        return None
    schema = {"type": "object", "properties": properties, "required": list(renamed)}
    return _Tool(tool.name, tool.description, schema), renamed


def year_or_date(value: object, request: str) -> bool:
    """A value that is a year or a day of a date the request writes ("August 15, 2024", "2024-08-15"): a
    date is no id, though it has digits, so it neither fills an id parameter nor is looked up."""
    if not isinstance(value, str):
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return True
    return bool(
        re.fullmatch(r"(?:1[89]|2[01])\d\d", value)
        and re.search(rf"(?:[A-Za-z]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d[-/]){value}\b", request)
    )


def _needs(tool: Tool) -> set[str]:
    """The things a tool needs a particular one of: the other words of its required parameters that hold a
    name or an id ("event_name" → event, "tour_id" → tour)."""
    found = set()
    for name in tool.schema.get("required") or []:
        roots = {lexicon.root(w) for w in words(name)}
        if roots & _NAMING_ROOTS:
            found |= roots - _NAMING_ROOTS
    return found


_NAMING_ROOTS = frozenset(lexicon.root(w) for w in ("name", "title", "id", "identifier", "code"))
"""The words by which a parameter holds the name or the id of its thing."""


def _same_thing(tool: Tool, other: Tool) -> set[str]:
    """The nouns two tools' names share ("Events_BuyEventTickets" and "Events_FindEvents" share "event"):
    they act on the same thing. The leading word of a part of several words that can be a verb is the act
    ("Buy", "Book", "Find"), no thing."""

    def nouns(t: Tool) -> set[str]:
        found = set()
        for part in re.split(r"[_\-.\s]+", t.name):
            said = words(part)
            for i, w in enumerate(said):
                if "NOUN" in lexicon.parts(w) and (i > 0 or len(said) == 1 or "VERB" not in lexicon.parts(w)):
                    found.add(lexicon.root(w))
        return found

    return nouns(tool) & nouns(other)


def finds_what_it_needs(finder: Tool, tool: Tool) -> bool:
    """Whether `finder` acts on a thing `tool` needs a particular one of (`_needs`: "FindEvents" for
    "BuyEventTickets", whose `event_name` it would find): a tool that cannot act yet searches first."""
    return bool(_same_thing(tool, finder) & _needs(tool))
