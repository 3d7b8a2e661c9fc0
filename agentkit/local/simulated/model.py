"""The simulated model: a deterministic stand-in for an LLM behind the local Bedrock endpoint.

It is **not a language model**. It exists so that every code path of an agent (tool loops,
memory, guardrails, hand-offs, streaming, token accounting) runs offline and the same way every
time. It reads a Converse request and answers by fixed, documented rules; it holds no answers
keyed to prompts and no per-notebook script.

The rules
---------
1. **The request** is the text of the last user message that has text. Messages after it (assistant
   `toolUse`, user `toolResult`) are this turn's tool calls so far; earlier messages and the system
   prompt are context.
2. **Clauses.** The request is split into the asks it contains: sentences, then joins such as
   ", and", "then", "also" (a bare "and" only when both sides have three or more words).
3. **Tool choice.** Each clause is scored against each offered tool (`matching`): words of the
   tool's name, description, parameter names and descriptions and enum values, weighted, rarer
   words counting more. A clause *needs* the tools scoring at least `MIN_SCORE` and at least half
   the best score. Arithmetic in a clause counts for tools that take an expression.
4. **Arguments** are filled by the parameter schema (`arguments`): numbers, arithmetic
   expressions ("15 % of 240" → `15 / 100 * 240`), dates, quoted strings, enum values, places,
   identifiers ("NW-1001" for a parameter named like `sku`/`id`/`code`),
   SQL over the tables the tool's description lists (`sql`), free text. A value the clause refers to but does not hold ("15 % of the revenue") is taken
   from an earlier tool result of the same clause; until one exists that tool waits.
5. **Turns.** Each response calls, for every clause, the next tool it still needs whose arguments
   can be filled — so independent clauses give several `toolUse` blocks in one turn and dependent
   ones follow each other. A call with the same tool and input as one already made is not repeated.
   Every needed tool is called at most once per request, plus one repair, so the loop always ends.
   **Repair:** when a call fails, its arguments are filled again with the error as a correction
   (`arguments`: the SQL rule takes the names the error spells out); if that gives a different
   input, the tool is called once more with it, in the next turn. A failed repair is final.
6. **Final answer.** When no clause needs another call, the answer quotes, per clause, the last
   tool result (or the error a tool returned), and says when a repair rewrote a failed call. With no tool involved: a request that asks for a
   summary gets an extractive summary of the text it hands over ("Summarize this: …") or else of
   the conversation so far; otherwise the sentences of the context
   sharing the request's words; otherwise an honest "nothing here answers this".
7. **toolChoice.** `auto` follows the rules above. `any` makes a tool call even when no tool scores
   (the best-scoring one). `tool` always calls the named tool, with input valid against its schema
   (values from the request where found, else defaults and bounds).
8. **inferenceConfig.** `maxTokens` truncates the text (`stopReason: max_tokens`); `stopSequences`
   cut it (`stop_sequence`). `temperature` and `topP` change nothing: the simulator is deterministic.
9. **Usage and latency.** Tokens are counted as words and punctuation marks (`text.count_tokens`),
   input = system + messages + tool specs. `metrics.latencyMs` is a modelled figure
   (`first_token_ms + ms_per_output_token × output tokens`), not a measurement, so it is
   deterministic; the server does not sleep unless fault injection adds latency.
10. **Identity.** The same request gives the same response, tool-use ids included (hash of request).

What it cannot do: understand paraphrases that share no words with a tool's description; reason
across clauses beyond "use the number an earlier tool returned"; write prose, code or SQL beyond
what the argument rules fill; honour JSON-schema `pattern`; read images or documents. Those are the
limits of a simulator — switch to AWS mode (or a pass-through server) for a real model.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from agentkit.local.content import converse_response, tool_result_text
from agentkit.local.simulated import arguments, text
from agentkit.local.simulated.answer import Outcome, from_context, grounded, summary
from agentkit.local.simulated.matching import Matcher, Tool


class SimulatorInputError(ValueError):
    """The request is malformed; the server answers with a Bedrock ValidationException."""


@dataclass
class _Step:
    """One tool a clause needs, and (once made) the call that served it: the repair, if one was made."""

    clause_index: int
    tool: Tool
    tool_use_id: str | None = None
    input: Any = None
    outcome: Outcome | None = None
    failed: Outcome | None = None  # the first call's outcome, when a repair followed it


@dataclass
class _Call:
    tool_use_id: str
    name: str
    input: Any
    turn: int  # the assistant message it was made in, counted from the request
    outcome: Outcome | None = None


_GIVEN_TEXT = re.compile(r"summari[sz]e[^:.?!]*:\s*(.+)", re.I | re.S)
"""A request that hands over the text to summarize: "Summarize this: <text>"."""


@dataclass
class _Conversation:
    system: str
    request: str
    context: list[str]
    calls: list[_Call] = field(default_factory=list)


class SimulatedModel:
    """Answers Converse requests by the rules in this module's docstring."""

    def __init__(self, *, first_token_ms: int = 120, ms_per_output_token: int = 6):
        self.first_token_ms = first_token_ms
        self.ms_per_output_token = ms_per_output_token

    def converse(self, request: dict[str, Any]) -> dict[str, Any]:
        conversation = _read(request)
        tool_config = request.get("toolConfig") or {}
        tools = [Tool.from_spec(t["toolSpec"]) for t in tool_config.get("tools", []) if "toolSpec" in t]
        choice = tool_config.get("toolChoice") or {"auto": {}}
        if "tool" in choice and choice["tool"].get("name") not in {t.name for t in tools}:
            raise SimulatorInputError(
                f"The tool {choice['tool'].get('name')!r} named in toolChoice is not in toolConfig.tools."
            )
        seed = json.dumps(request.get("messages", []), sort_keys=True, ensure_ascii=False)
        content = self._respond(conversation, tools, choice, seed)
        return self._envelope(request, content)

    def _respond(
        self, conversation: _Conversation, tools: list[Tool], choice: dict[str, Any], seed: str
    ) -> list[dict[str, Any]]:
        clauses = text.clauses(conversation.request)
        matcher = Matcher(tools)
        steps = _plan(clauses, matcher, conversation.calls, conversation.request)
        ready = _ready(steps, clauses, conversation.request)
        forced = choice["tool"]["name"] if "tool" in choice else None
        if forced:
            ready = [(s, args) for s, args in ready if s.tool.name == forced]
        if not ready and (forced or "any" in choice) and tools:
            tool, clause = (
                (next(t for t in tools if t.name == forced), _best_clause(matcher, clauses, forced))
                if forced
                else matcher.best(clauses)
            )
            args = arguments.fill(
                tool.schema, clause, request=conversation.request, description=tool.description, forced=True
            )
            ready = [(_Step(-1, tool), args)]
        if ready:
            return _tool_uses(ready, clauses, seed, with_thought=forced is None)
        return [{"text": _final_answer(conversation, clauses, steps, tools)}]

    def _envelope(self, request: dict[str, Any], content: list[dict[str, Any]]) -> dict[str, Any]:
        stop_reason = "tool_use" if any("toolUse" in block for block in content) else "end_turn"
        config = request.get("inferenceConfig") or {}
        if stop_reason == "end_turn":
            answer = content[0]["text"]
            for marker in config.get("stopSequences") or []:
                if marker and marker in answer:
                    answer, stop_reason = answer[: answer.index(marker)], "stop_sequence"
            limit = config.get("maxTokens")
            if limit is not None and text.count_tokens(answer) > limit:
                answer, stop_reason = text.truncate_tokens(answer, limit), "max_tokens"
            content = [{"text": answer}]
        input_tokens = count_input_tokens(request)
        output_tokens = sum(text.count_tokens(b.get("text", b)) for b in content)
        latency_ms = self.first_token_ms + self.ms_per_output_token * output_tokens
        return converse_response(content, stop_reason, input_tokens, output_tokens, latency_ms)


def count_input_tokens(request: dict[str, Any]) -> int:
    """Input tokens of a Converse request by the simulator's count (system, messages, tool specs)."""
    return text.count_tokens(
        [request.get("system", []), request.get("messages", []), request.get("toolConfig") or {}]
    )


def _read(request: dict[str, Any]) -> _Conversation:
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
    request_text = " ".join(b["text"] for b in messages[request_index]["content"] if "text" in b)
    context = [system] if system else []
    for message in messages[:request_index]:
        context.extend(b["text"] for b in message["content"] if "text" in b)
        context.extend(tool_result_text(b["toolResult"]) for b in message["content"] if "toolResult" in b)
    conversation = _Conversation(system, request_text, context)
    pending: dict[str, _Call] = {}
    for turn, message in enumerate(messages[request_index + 1 :]):
        for block in message["content"]:
            if "toolUse" in block:
                use = block["toolUse"]
                call = _Call(use["toolUseId"], use["name"], use.get("input"), turn)
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


def _plan(clauses: list[str], matcher: Matcher, calls: list[_Call], request: str) -> list[_Step]:
    """The steps each clause needs, each matched to the call (if any) that already served it."""
    steps: list[_Step] = []
    for index, clause in enumerate(clauses):
        needed = matcher.needed(clause)
        # Tools the clause alone can feed go first; tools waiting on another tool's result follow.
        independent = [
            t
            for t in needed
            if arguments.fill(t.schema, clause, request=request, description=t.description) is not None
        ]
        steps.extend(_Step(index, t) for t in independent + [t for t in needed if t not in independent])
    unserved = list(calls)
    for step in steps:
        call = next((c for c in unserved if c.name == step.tool.name), None)
        if call is None:
            continue
        unserved.remove(call)
        if call.outcome is not None and not call.outcome.ok:
            # A repair is the same tool called in a later turn (the first call of a turn is its clause's).
            repair = next((c for c in unserved if c.name == call.name and c.turn > call.turn), None)
            if repair is not None:
                unserved.remove(repair)
                step.failed, call = call.outcome, repair
        step.tool_use_id, step.input, step.outcome = call.tool_use_id, call.input, call.outcome
    return steps


def _ready(steps: list[_Step], clauses: list[str], request: str) -> list[tuple[_Step, dict[str, Any]]]:
    """For each clause, its next unserved step, if earlier steps succeeded and its input can be filled."""
    ready: list[tuple[_Step, dict[str, Any]]] = []
    made: list[tuple[str, str]] = []
    for index, clause in enumerate(clauses):
        context: list[str] = []
        for step in (s for s in steps if s.clause_index == index):
            if step.tool_use_id is not None:
                if step.outcome is None:
                    break  # waiting for the result
                if not step.outcome.ok:  # the chain failed: repair it once, or stop there
                    repair = None if step.failed else _repair(step, clause, context, request)
                    key = (step.tool.name, json.dumps(repair, sort_keys=True))
                    if repair is not None and key not in made:
                        made.append(key)
                        ready.append((step, repair))
                    break
                context.append(step.outcome.result)
                continue
            args = arguments.fill(
                step.tool.schema, clause, context, request=request, description=step.tool.description
            )
            if args is None:
                continue  # nothing to feed this tool with: the clause goes on without it
            key = (step.tool.name, json.dumps(args, sort_keys=True))
            if key not in made:
                made.append(key)
                ready.append((step, args))
            break
    return ready


def _repair(step: _Step, clause: str, context: list[str], request: str) -> dict[str, Any] | None:
    """The failed call's arguments filled again with its error as the correction, if they differ."""
    assert step.outcome is not None
    args = arguments.fill(
        step.tool.schema,
        clause,
        context,
        request=request,
        description=step.tool.description,
        correction=step.outcome.result,
    )
    return args if args is not None and args != step.input else None


def _best_clause(matcher: Matcher, clauses: list[str], tool_name: str) -> str:
    tool = next(t for t in matcher.tools if t.name == tool_name)
    return max(clauses or [""], key=lambda c: matcher.score(c, tool)) if clauses else ""


def _tool_uses(
    ready: list[tuple[_Step, dict[str, Any]]], clauses: list[str], seed: str, *, with_thought: bool
) -> list[dict[str, Any]]:
    content: list[dict[str, Any]] = []
    if with_thought:
        reasons = [
            f"{step.tool.name} for “{clauses[step.clause_index]}”"
            if step.clause_index >= 0
            else step.tool.name
            for step, _ in ready
        ]
        content.append({"text": "I will call " + "; ".join(reasons) + "."})
    for position, (step, args) in enumerate(ready):
        digest = hashlib.sha256(f"{seed}|{position}|{step.tool.name}".encode()).digest()
        tool_use_id = "tooluse_" + base64.urlsafe_b64encode(digest)[:22].decode().replace("-", "x").replace(
            "_", "y"
        )
        content.append({"toolUse": {"toolUseId": tool_use_id, "name": step.tool.name, "input": args}})
    return content


def _final_answer(
    conversation: _Conversation, clauses: list[str], steps: list[_Step], tools: list[Tool]
) -> str:
    served = [s for s in steps if s.outcome is not None]
    if served:
        per_clause = [
            (
                clause,
                [replace(s.outcome, after=s.failed) for s in served if s.clause_index == i],
            )
            for i, clause in enumerate(clauses)
        ]
        return grounded(per_clause)
    if conversation.calls:  # results of calls no clause asked for (e.g. a forced tool): quote them
        outcomes = [c.outcome for c in conversation.calls if c.outcome is not None]
        return grounded([(conversation.request, outcomes)])
    if "summar" in conversation.request.lower():
        given = _GIVEN_TEXT.search(conversation.request)
        if given:
            return summary([given.group(1)])
        # The conversation so far, and whatever else the request's message says besides asking.
        return summary([*conversation.context[1 if conversation.system else 0 :], conversation.request])
    return from_context(conversation.request, conversation.context)
