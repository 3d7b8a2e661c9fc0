"""A Converse request as the simulated model reads it: the ask, its context, the material handed over,
the agents listed, and the tool calls of this turn so far with their results (rule 1 of `model`).

`fill_tool` fills a tool's arguments for a clause in that conversation: the hand-off parameters from
the roster of agents, the rest by `arguments`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from agentkit.local import lexicon
from agentkit.local.content import tool_result_text
from agentkit.local.simulated import arguments, handoff, mentions, prompt, text
from agentkit.local.simulated.answer import (
    Outcome,
)
from agentkit.local.simulated.filled import Filled
from agentkit.local.simulated.matching import Tool


class SimulatorInputError(ValueError):
    """The request is malformed; the server answers with a Bedrock ValidationException."""


@dataclass
class Call:
    tool_use_id: str
    name: str
    input: Any
    turn: int  # the assistant message it was made in, counted from the request
    outcome: Outcome | None = None


@dataclass
class Conversation:
    system: str
    request: str
    context: list[str]
    material: list[str] = field(default_factory=list)
    """Text the request hands over to work from (another agent's output, a task's context)."""
    roster: handoff.Roster = field(default_factory=handoff.Roster)
    calls: list[Call] = field(default_factory=list)
    fills: dict[tuple[Any, ...], tuple[Tool, list[Filled] | None, list[str]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """`fill_tool`'s answers in this request by their inputs (see there): planning asks the same tool to
    fill the same clause several times."""


def read_conversation(request: dict[str, Any]) -> Conversation:
    """Validate the conversation as Bedrock does and split it into request, context and calls."""
    messages = request.get("messages")
    if not messages:
        raise SimulatorInputError(
            "A conversation must start with a user message. Try again with a "
            "conversation that starts with a user message."
        )
    roles = [m.get("role") for m in messages]
    if roles[0] != "user":
        raise SimulatorInputError(
            "A conversation must start with a user message. Try again with a "
            "conversation that starts with a user message."
        )
    if any(a == b for a, b in zip(roles, roles[1:], strict=False)) or set(roles) - {"user", "assistant"}:
        raise SimulatorInputError(
            "A conversation must alternate between user and assistant roles. Make "
            "sure the conversation alternates between user and assistant roles and "
            "try again."
        )
    uses_tools = any("toolUse" in b or "toolResult" in b for m in messages for b in m.get("content", []))
    if uses_tools and not request.get("toolConfig"):
        raise SimulatorInputError(
            "The toolConfig field must be defined when using toolUse and toolResult content blocks."
        )
    system = " ".join(b["text"] for b in request.get("system") or [] if "text" in b)
    request_index = max(
        (i for i, m in enumerate(messages) if m["role"] == "user" and any("text" in b for b in m["content"])),
        default=None,
    )
    if request_index is None:
        raise SimulatorInputError("The conversation has no user text to respond to.")
    request_text = "\n".join(b["text"] for b in messages[request_index]["content"] if "text" in b)
    context = [system] if system else []
    for message in messages[:request_index]:
        context.extend(b["text"] for b in message["content"] if "text" in b)
        context.extend(tool_result_text(b["toolResult"]) for b in message["content"] if "toolResult" in b)
    wrapped = prompt.parse(request_text)
    roster = handoff.Roster.read(system, context, request_text)
    # a currency code typed in lower case ("100 usd to eur") is read as the code it is (`lexicon.typed_codes`);
    # "the former"/"the latter" as the pair's values they stand for (`mentions.former_and_latter`)
    ask = mentions.former_and_latter(lexicon.typed_codes(wrapped.ask))
    conversation = Conversation(system, ask, context, wrapped.material, roster)
    pending: dict[str, Call] = {}
    for turn, message in enumerate(messages[request_index + 1 :]):
        for block in message["content"]:
            if "toolUse" in block:
                use = block["toolUse"]
                call = Call(use["toolUseId"], use["name"], use.get("input"), turn)
                pending[call.tool_use_id] = call
                conversation.calls.append(call)
            elif "toolResult" in block:
                result = block["toolResult"]
                call = pending.get(result.get("toolUseId"))
                if call is None:
                    raise SimulatorInputError(
                        f"The toolResult {result.get('toolUseId')!r} does not answer any toolUse of the "
                        "previous assistant turn."
                    )
                call.outcome = Outcome(call.name, tool_result_text(result), result.get("status") != "error")
    return conversation


def fill_tool(
    tool: Tool,
    clause: str,
    conversation: Conversation,
    context: list[str],
    roster: handoff.Roster,
    *,
    correction: str = "",
    forced: bool = False,
    inherited: dict[str, Any] | None = None,
    on_missing: Callable[[str], None] | None = None,
) -> list[Filled] | None:
    """The calls `clause` asks of `tool` (hand-off parameters filled from the roster first).

    Filled once per request for the same inputs: a request's conversation, tools and roster do not change
    while it is answered and filling is deterministic, so the answer is kept in `conversation.fills`
    (with the tool, which keeps its id unique) and each caller gets its own copy of the calls; the
    missing parameter `on_missing` hears is kept with it."""
    key = None
    if roster is conversation.roster:
        key = (id(tool), clause, tuple(context), correction, forced, repr(inherited or {}))
    found = conversation.fills.get(key) if key is not None else None
    if found is None:
        missing: list[str] = []
        filled = _per_line(
            tool,
            clause,
            lambda line: _fill_one(
                tool, line, conversation, context, roster, correction, False, inherited, []
            ),
        ) or _fill_one(tool, clause, conversation, context, roster, correction, forced, inherited, missing)
        found = (tool, filled, missing)
        if key is not None:
            conversation.fills[key] = found
    if on_missing is not None:
        for name in found[2]:
            on_missing(name)
    if found[1] is None:
        return None
    return [replace(f, values=dict(f.values), arguments=list(f.arguments)) for f in found[1]]


def _per_line(tool: Tool, clause: str, fill: Callable[[str], list[Filled] | None]) -> list[Filled] | None:
    """The calls of a list given one item to a line (`_one_call_per_line`), each line filled by `fill`; None
    when the clause is no such list or a line cannot be filled, so the clause is filled whole."""
    calls: list[Filled] = []
    for line in _one_call_per_line(tool, clause):
        filled = fill(line)
        if not filled:
            return None
        calls += filled
    return calls or None


def _one_call_per_line(tool: Tool, clause: str) -> list[str]:
    """The asks a list given one item to a line makes of a tool whose parameters each take one value (no
    list): "Find the calorie counts for:\n- 100 g of oats\n- 50 g of almonds" asks the count once per line,
    each read from the colon's line and its item ("Find the calorie counts for 100 g of oats"), as the
    same ask written inline ("… for 100 g of oats and 50 g of almonds") does. A tool that takes a list takes
    the lines as one value (`mentions._line_lists`)."""
    if "\n" not in clause or any(
        p.get("type") == "array" for p in tool.schema.get("properties", {}).values() if isinstance(p, dict)
    ):
        return []
    found = text.line_lists(clause)
    if len(found) != 1:
        return []
    start, intro, items = found[0]
    head = clause[:start] + intro
    return [f"{head.rstrip()} {item}" for item, _, _ in items]


def _fill_one(
    tool: Tool,
    clause: str,
    conversation: Conversation,
    context: list[str],
    roster: handoff.Roster,
    correction: str,
    forced: bool,
    inherited: dict[str, Any] | None,
    missing: list[str],
) -> list[Filled] | None:
    """The calls one clause asks of `tool`: its hand-off parameters from the roster, the rest read from the
    clause by `arguments.fill` (the names of required parameters it cannot fill go to `missing`)."""
    chosen = roster.fill(tool, clause or conversation.request)
    filled = arguments.fill(
        tool.schema,
        clause,
        [*conversation.material, *context],
        request=conversation.request,
        description=tool.description,
        correction=correction,
        forced=forced or bool(chosen),
        tool_words=tool.roots,
        tool_name=tool.name,
        inherited=inherited,
        on_missing=missing.append,
    )
    assigned = _assigned(tool, conversation) if forced else None
    if assigned is not None:  # a plan's steps for the agents listed (structured output)
        filled = [
            Filled(
                {**f.values, **assigned.values},
                [*assigned.arguments, *(a for a in f.arguments if a.name not in assigned.values)],
            )
            for f in filled or [Filled({})]
        ]
    if filled is None or not chosen:
        return filled
    return [
        Filled(
            {**f.values, **chosen.values},
            [*chosen.arguments, *(a for a in f.arguments if a.name not in chosen.values)],
        )
        for f in filled
    ]


def _assigned(tool: Tool, conversation: Conversation) -> Filled | None:
    """A plan's steps for the listed agents, from the latest ask that names parts for them (a framework may
    ask for the structured output in a later turn: "format the previous response…")."""
    for source in [conversation.request, *conversation.context]:
        found = conversation.roster.assign(tool, prompt.parse(source).ask)
        if found is not None:
            return found
    return None
