"""Lab 02's checker fails the untouched exercise and plausible wrong keys and guards, each with what to fix, and
passes a right pair on any draw of its random inputs (tests/labs/test_labs.py runs the notebooks)."""

from __future__ import annotations

import json
from collections.abc import Hashable
from typing import Any

import pytest
from strands.hooks import (
    AfterToolCallEvent,
    BeforeInvocationEvent,
    BeforeToolCallEvent,
    HookProvider,
    HookRegistry,
)

from agentkit.labs import LabCheckFailed
from agentkit.labs.lab02 import check_lab02


def normalised(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    return " ".join(value.split()).casefold() if isinstance(value, str) else value


def right_key(name: str, tool_input: dict[str, Any]) -> Hashable:
    return name, json.dumps(normalised(tool_input), sort_keys=True)


def naive_key(name: str, tool_input: dict[str, Any]) -> Hashable:
    """The exercise's starting point."""
    return name, repr(tool_input)


def case_sensitive_key(name: str, tool_input: dict[str, Any]) -> Hashable:
    return name, json.dumps(tool_input, sort_keys=True)


def top_level_key(name: str, tool_input: dict[str, Any]) -> Hashable:
    """Sorts the top level only, and leaves nested values (dicts, lists) unhashable."""
    return name, tuple(sorted(tool_input.items()))


def nameless_key(name: str, tool_input: dict[str, Any]) -> Hashable:
    return json.dumps(normalised(tool_input), sort_keys=True)


class Guard(HookProvider):
    """The solution's guard; the wrong ones below change one thing each."""

    def __init__(self, max_repeats: int = 2) -> None:
        self.max_repeats = max_repeats
        self.seen: set[Hashable] = set()
        self.repeats = 0

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        registry.add_callback(BeforeInvocationEvent, self.start_turn)
        registry.add_callback(BeforeToolCallEvent, self.check_call)

    def start_turn(self, event: BeforeInvocationEvent) -> None:
        self.seen, self.repeats = set(), 0

    def check_call(self, event: BeforeToolCallEvent) -> None:
        key = right_key(event.tool_use["name"], event.tool_use.get("input") or {})
        if key not in self.seen:
            self.seen.add(key)
            return
        self.repeats += 1
        event.cancel_tool = "already called with this input: use its result, or change the input"
        if self.repeats >= self.max_repeats:
            event.agent.cancel(message="stopped: a repeated call", after_current_tools=True)


class Untouched(HookProvider):
    def __init__(self, max_repeats: int = 2) -> None:
        self.max_repeats = max_repeats

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        registry.add_callback(BeforeInvocationEvent, lambda event: None)
        registry.add_callback(BeforeToolCallEvent, lambda event: None)


class NeverStops(Guard):
    """Cancels every repeat, but lets a stuck model go on asking."""

    def check_call(self, event: BeforeToolCallEvent) -> None:
        key = right_key(event.tool_use["name"], event.tool_use.get("input") or {})
        if key in self.seen:
            event.cancel_tool = "already called"
        self.seen.add(key)


class StopsAtFirstRepeat(Guard):
    """Ignores max_repeats: fitted to a check that stopped after two model calls."""

    def check_call(self, event: BeforeToolCallEvent) -> None:
        key = right_key(event.tool_use["name"], event.tool_use.get("input") or {})
        if key in self.seen:
            event.cancel_tool = "already called"
            event.agent.cancel(message="stopped", after_current_tools=True)
        self.seen.add(key)


class RemembersAfterRunning(Guard):
    """Notes a call once it has run, so two identical calls in one message both run."""

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        super().register_hooks(registry)
        registry.add_callback(AfterToolCallEvent, self.ran)

    def check_call(self, event: BeforeToolCallEvent) -> None:
        if right_key(event.tool_use["name"], event.tool_use.get("input") or {}) in self.seen:
            self.repeats += 1
            event.cancel_tool = "already called"
            if self.repeats >= self.max_repeats:
                event.agent.cancel(message="stopped", after_current_tools=True)

    def ran(self, event: AfterToolCallEvent) -> None:
        self.seen.add(right_key(event.tool_use["name"], event.tool_use.get("input") or {}))


class NeverForgets(Guard):
    """Keeps the calls of every turn."""

    def start_turn(self, event: BeforeInvocationEvent) -> None:
        self.repeats = 0


class RaisesToStop(Guard):
    def check_call(self, event: BeforeToolCallEvent) -> None:
        key = right_key(event.tool_use["name"], event.tool_use.get("input") or {})
        if key in self.seen:
            raise RuntimeError("repeated call")
        self.seen.add(key)


@pytest.mark.parametrize(
    ("key", "says"),
    [
        (naive_key, "40 fresh calls written differently get one key: different keys for"),
        (case_sensitive_key, "40 fresh calls written differently get one key: different keys for"),
        (top_level_key, "cannot be hashed"),
        (nameless_key, "calls of another tool, or with another value, get another key: the same key for"),
    ],
)
def test_wrong_keys_fail_with_a_hint(key, says: str) -> None:
    with pytest.raises(LabCheckFailed, match=says):
        check_lab02(key, Guard, seed=7)


def test_an_unimplemented_key_says_so() -> None:
    def todo(name, tool_input):
        raise NotImplementedError

    with pytest.raises(LabCheckFailed, match="action_key is implemented"):
        check_lab02(todo, Guard)


@pytest.mark.parametrize(
    ("guard", "says"),
    [
        (Untouched, "a model stuck on one call is stopped at its max_repeats-th repeat"),
        (
            NeverStops,
            "a model stuck on one call is stopped .* the tool ran 1 times and the model was called 13",
        ),
        (RemembersAfterRunning, "the same call asked for twice in one message runs once"),
        (NeverForgets, "a new turn starts afresh"),
        (RaisesToStop, "RepeatGuard runs in a Strands agent: the agent raised RuntimeError"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_wrong_guards_fail_with_a_hint(guard, says: str, seed: int) -> None:
    with pytest.raises(LabCheckFailed, match=says):
        check_lab02(right_key, guard, seed=seed)


def test_a_guard_that_ignores_max_repeats_fails_when_it_is_not_one() -> None:
    failures = []
    for seed in range(6):
        try:
            check_lab02(right_key, StopsAtFirstRepeat, seed=seed)
        except LabCheckFailed as failed:
            failures.append(str(failed))
    assert failures and all("stopped at its max_repeats-th repeat" in f for f in failures)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_right_key_and_guard_pass(connected, seed: int) -> None:
    assert check_lab02(right_key, Guard, seed=seed).passed
