"""Lab 02 · stop repeated actions with a Strands hook: `action_key` and a `RepeatGuard` hook provider.

The learner writes `action_key(name, tool_input)`, which gives two tool calls the same key when they are
the same action (keys in another order, other capitals or spacing in strings), and `RepeatGuard(max_repeats)`,
a Strands hook provider that cancels a tool call repeating one made earlier in the same turn and ends the
turn at its `max_repeats`-th repeat.

The checker makes its own inputs on every run — nested at random, then reordered, re-cased and re-spaced, or
changed in one value — and compares the learner's keys with what they should say. A misbehaving model has to
be played to see the guard at work, so `ScriptedModel` plays several (stuck on one call, asking for a call
twice at once, asking for new calls only) with tools that count their runs; the checker reads how often each
tool ran, what the model was told and when it stopped being asked. Last, an agent on the configured model
answers a question with the guard in place: the guard must not get in the way of a normal run, whichever
tools that model chooses.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from typing import Any

from agentkit.labs.report import LabReport, model_id
from agentkit.labs.scripted import ScriptedModel, Turn

NAMES = ["search_orders", "lookup_customer", "get_weather", "check_stock", "find_flights", "read_page"]
WORDS = ["tents", "Porto", "window seat", "order 42", "boots size 9", "next Friday", "red", "the ridge trail"]
KEYS_CASES = 40
ANSWER = "Here is what I found."


def random_input(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    """A tool input of 1-4 parameters: strings, numbers, booleans, lists and (twice at most) nested objects."""
    names = rng.sample(
        ["query", "city", "limit", "filters", "ids", "exact", "date", "options", "page", "tags"], 4
    )
    kinds = ["str", "int", "float", "bool", "list"] + (["dict"] if depth < 2 else [])
    value: dict[str, Any] = {}
    for name in names[: rng.randint(1, 4)]:
        kind = rng.choice(kinds)
        if kind == "str":
            value[name] = rng.choice(WORDS)
        elif kind == "int":
            value[name] = rng.randint(0, 500)
        elif kind == "float":
            value[name] = round(rng.uniform(0, 100), 2)
        elif kind == "bool":
            value[name] = rng.random() < 0.5
        elif kind == "list":
            value[name] = [rng.choice(WORDS + [1, 2, 3]) for _ in range(rng.randint(1, 3))]
        else:
            value[name] = random_input(rng, depth + 1)
    return value


def variant(rng: random.Random, value: Any) -> Any:
    """The same action written differently: keys in another order, strings in other capitals and spacing."""
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: variant(rng, v) for k, v in items}
    if isinstance(value, list):
        return [variant(rng, v) for v in value]
    if isinstance(value, str):
        cased = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in value)
        spaced = cased.replace(" ", " " * rng.randint(1, 3))
        return " " * rng.randint(0, 2) + spaced + " " * rng.randint(0, 2)
    return value


def changed(rng: random.Random, value: dict[str, Any]) -> dict[str, Any]:
    """Another action: one value somewhere in `value` (a copy) replaced by a different one."""
    copy = json.loads(json.dumps(value))
    container: Any = copy
    while True:
        key = rng.choice(list(container)) if isinstance(container, dict) else rng.randrange(len(container))
        inner = container[key]
        if isinstance(inner, dict | list) and inner and rng.random() < 0.6:
            container = inner
            continue
        container[key] = _different(rng, inner)
        return copy


def _different(rng: random.Random, value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + rng.randint(1, 9)
    if isinstance(value, str):
        return value + " " + rng.choice(string.ascii_lowercase) * 3
    if isinstance(value, list):
        return [*value, "more"]
    return {**value, "extra": 1}


def check_lab02(
    action_key: Callable[[str, dict[str, Any]], Any], repeat_guard: type, *, seed: int | None = None
) -> LabReport:
    """`action_key(name, tool_input)`: one key per action; `repeat_guard(max_repeats=n)`: a Strands hook provider
    cancelling repeats within a turn and ending the turn at the n-th. `seed` fixes the random draws (tests)."""
    rng = random.Random(seed)
    report = LabReport("Lab 02 · stop repeated actions with a Strands hook")
    _check_keys(report, action_key, rng)
    if report.passed:
        _check_guard(report, repeat_guard, rng)
    if report.passed:
        _check_agent(report, repeat_guard)
    return report.raise_for_failures()


def _check_keys(report: LabReport, action_key: Callable[..., Any], rng: random.Random) -> None:
    same, different, unhashable = [], [], []
    try:
        for _ in range(KEYS_CASES):
            name, value = rng.choice(NAMES), random_input(rng)
            other = variant(rng, value)
            key, other_key = action_key(name, value), action_key(name, other)
            try:
                hash(key)
            except TypeError:
                unhashable.append(f"{value}")
                continue
            if key != other_key:
                same.append(f"{name}({json.dumps(value)}) and {name}({json.dumps(other)})")
            moved = changed(rng, value)
            if action_key(name, moved) == key:
                different.append(f"{name}({json.dumps(value)}) and {name}({json.dumps(moved)})")
            renamed = rng.choice([n for n in NAMES if n != name])
            if action_key(renamed, value) == key:
                different.append(f"{name} and {renamed} with the same input")
    except NotImplementedError:
        report.add("action_key is implemented", False, "replace the TODO: return one hashable key per action")
        return
    except Exception as error:
        report.add("action_key works on any tool input", False, f"it raised {type(error).__name__}: {error}")
        return
    report.add(
        "keys are hashable",
        not unhashable,
        f"the key of {unhashable[0]} cannot be hashed; build it from strings and tuples (or a JSON text)"
        if unhashable
        else "",
    )
    report.add(
        f"{KEYS_CASES} fresh calls written differently get one key",
        not same,
        f"different keys for {same[0]}: sort the keys at every level, and compare strings with .casefold() "
        "and their spaces collapsed"
        if same
        else "",
    )
    report.add(
        "calls of another tool, or with another value, get another key",
        not different,
        f"the same key for {different[0]}: keep the tool's name, every key and every value in the key"
        if different
        else "",
    )


def _check_guard(report: LabReport, repeat_guard: type, rng: random.Random) -> None:
    """Misbehaving models, played by `ScriptedModel`, against the learner's guard."""
    try:
        _stuck(report, repeat_guard, rng)
        _parallel_duplicate(report, repeat_guard, rng)
        _new_calls_only(report, repeat_guard, rng)
        _next_turn(report, repeat_guard, rng)
    except NotImplementedError:
        report.add("RepeatGuard is implemented", False, "replace the TODO in the hook's callbacks")
    except Exception as error:
        cause = error.__cause__ or error  # Strands wraps what a hook raised in an EventLoopException
        report.add(
            "RepeatGuard runs in a Strands agent",
            False,
            f"the agent raised {type(cause).__name__}: {cause}; cancel calls and end the turn with "
            "event.cancel_tool and event.agent.cancel(...), never by raising",
        )


def _stuck(report: LabReport, repeat_guard: type, rng: random.Random) -> None:
    limit = rng.choice([1, 2, 3])
    name, value = rng.choice(NAMES), random_input(rng)
    # Stuck for at most 12 calls, so a guard that never stops it still ends the check.
    script = lambda call, _: [(name, variant(rng, value))] if call <= 12 else ANSWER  # noqa: E731
    agent, model, runs = _agent(repeat_guard(max_repeats=limit), script)
    agent("Find it.")
    errors = _results(agent.messages, "error")
    ok = len(runs[name]) == 1 and model.calls == limit + 1
    report.add(
        "a model stuck on one call is stopped at its max_repeats-th repeat",
        ok,
        ""
        if ok
        else f"with max_repeats={limit} the tool ran {len(runs[name])} times and the model was called "
        f"{model.calls} times (expected once and {limit + 1}): cancel each repeat (event.cancel_tool = ...), and "
        "at the max_repeats-th call event.agent.cancel(message=..., after_current_tools=True)",
    )
    report.add(
        "each repeat reaches the model as an error result saying what to do",
        len(errors) == limit and all(text.strip() for text in errors),
        ""
        if len(errors) == limit
        else f"{len(errors)} error results for {limit} repeats: set event.cancel_tool to a message for the model",
    )


def _parallel_duplicate(report: LabReport, repeat_guard: type, rng: random.Random) -> None:
    name, value = rng.choice(NAMES), random_input(rng)
    turns: list[Turn] = [[(name, value), (name, variant(rng, value))]]
    agent, model, runs = _agent(repeat_guard(max_repeats=2), _in_order(turns))
    answer = str(agent("Find it twice.")).strip()
    ok = len(runs[name]) == 1 and answer == ANSWER
    report.add(
        "the same call asked for twice in one message runs once, and the turn goes on",
        ok,
        ""
        if ok
        else f"the tool ran {len(runs[name])} times and the agent answered {answer!r} (expected once and "
        f"{ANSWER!r}): look at the calls made earlier in the turn, including those of the same message",
    )


def _new_calls_only(report: LabReport, repeat_guard: type, rng: random.Random) -> None:
    name, value = rng.choice(NAMES), random_input(rng)
    inputs, wanted = [value], rng.randint(4, 6)
    while len(inputs) < wanted:  # each one a new action, by the checker's own key
        candidate = changed(rng, rng.choice(inputs)) if rng.random() < 0.5 else random_input(rng)
        if all(_reference_key(candidate) != _reference_key(v) for v in inputs):
            inputs.append(candidate)
    other = rng.choice([n for n in NAMES if n != name])
    turns: list[Turn] = [[(name, v)] for v in inputs[:-1]] + [[(other, value), (name, inputs[-1])]]
    agent, model, runs = _agent(repeat_guard(max_repeats=1), _in_order(turns))
    answer = str(agent("Look everywhere.")).strip()
    ran = len(runs[name]) + len(runs[other])
    ok = ran == len(inputs) + 1 and answer == ANSWER and not _results(agent.messages, "error")
    report.add(
        "new calls are never cancelled, not even with max_repeats=1",
        ok,
        ""
        if ok
        else f"{ran} of {len(inputs) + 1} different calls ran and the agent answered {answer!r}: cancel only a call "
        "whose action_key was seen before",
    )


def _next_turn(report: LabReport, repeat_guard: type, rng: random.Random) -> None:
    name, value = rng.choice(NAMES), random_input(rng)
    turns: list[Turn] = [[(name, value)], ANSWER, [(name, variant(rng, value))], ANSWER]
    agent, model, runs = _agent(repeat_guard(max_repeats=1), _in_order(turns))
    agent("Find it.")
    answer = str(agent("Find it again, please: it may have changed.")).strip()
    ok = len(runs[name]) == 2 and answer == ANSWER
    report.add(
        "a new turn starts afresh",
        ok,
        ""
        if ok
        else f"the second turn's call ran {len(runs[name]) - 1} times and the agent answered {answer!r}: "
        "forget the calls seen when a turn starts (BeforeInvocationEvent)",
    )


def _check_agent(report: LabReport, repeat_guard: type) -> None:
    """On the configured model, a question with the guard in place is answered as without it."""
    from strands import Agent

    from agentkit import models
    from agentkit.tools import tool

    @tool
    def word_count(text: str) -> int:
        """Count the words in a text.

        Args:
            text: the text to count the words of
        """
        return len(text.split())

    agent = Agent(
        model=models.build_model(model_id=model_id()),
        tools=[word_count.as_strands()],
        hooks=[repeat_guard(max_repeats=1)],
        callback_handler=None,
    )
    problems = []
    for question, count in [
        ('How many words are in "to be or not to be"?', 6),
        ('How many words are in "pack light, start early and walk far"?', 7),
    ]:
        result = agent(question)
        answer = str(result)
        numbers = {int(n) for n in re.findall(r"\b\d+\b", answer)}
        cancelled = _results(agent.messages, "error")
        if result.stop_reason != "end_turn" or count not in numbers or cancelled:
            problems.append(
                f"{question!r}: stop reason {result.stop_reason!r}, answer {answer.strip()!r}, cancelled {cancelled}"
            )
    report.add(
        "an agent on the configured model answers normally with the guard",
        not problems,
        "; ".join(problems) + " — cancel only repeats" if problems else "",
    )


def _agent(
    guard: Any, script: Callable[[int, list[dict[str, Any]]], Turn]
) -> tuple[Any, ScriptedModel, dict[str, list[Any]]]:
    """A Strands agent on a scripted model with one counting tool per name in NAMES, and the learner's guard."""
    from strands import Agent
    from strands.tools.tools import PythonAgentTool

    runs: dict[str, list[Any]] = {name: [] for name in NAMES}

    def counting(name: str) -> PythonAgentTool:
        def run(tool_use: dict[str, Any], **_: Any) -> dict[str, Any]:
            runs[name].append(tool_use["input"])
            return {
                "toolUseId": tool_use["toolUseId"],
                "status": "success",
                "content": [{"text": "nothing new"}],
            }

        spec = {
            "name": name,
            "description": f"{name} (a stand-in)",
            "inputSchema": {"json": {"type": "object"}},
        }
        return PythonAgentTool(name, spec, run)

    model = ScriptedModel(script)
    agent = Agent(model=model, tools=[counting(n) for n in NAMES], hooks=[guard], callback_handler=None)
    return agent, model, runs


def _in_order(turns: list[Turn]) -> Callable[[int, list[dict[str, Any]]], Turn]:
    """A script playing `turns` one per model call, then answering ANSWER."""
    return lambda call, _: turns[call - 1] if call <= len(turns) else ANSWER


def _reference_key(value: Any) -> str:
    """The checker's own key for an input, to be sure its "new" calls are new."""

    def normal(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: normal(x) for k, x in v.items()}
        if isinstance(v, list):
            return [normal(x) for x in v]
        return " ".join(v.split()).casefold() if isinstance(v, str) else v

    return json.dumps(normal(value), sort_keys=True)


def _results(messages: list[dict[str, Any]], status: str) -> list[str]:
    """The texts of the tool results in `messages` with `status`."""
    return [
        " ".join(c.get("text", "") for c in block["toolResult"]["content"])
        for message in messages
        for block in message["content"]
        if "toolResult" in block and block["toolResult"].get("status") == status
    ]
