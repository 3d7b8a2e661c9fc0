"""Lab 03 · a "forget this" tool: the user deletes a fact from the agent's long-term memory.

The learner writes `make_forget_tool(store, agent_id)`, an agentkit tool named `forget` that finds the
agent's stored facts matching a text and deletes them. The checker gives it fresh stores of its own
(SQLite in memory) holding three facts drawn at random from a pool the lab never shows, asks for them in the
user's first-person words, calls it the way a model does (`Tool.run`, so a raised
`ToolError` counts as an answer to the model), and runs a Strands agent with `LongTermMemory` against
the configured model endpoint. It checks behaviour only: which facts are left in the store, what the
tool answers, which tool the model chose, what the next turn's system prompt holds.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

from agentkit.labs.report import LabReport, model_id

AGENT_ID = "lab03-traveller"
OTHER_AGENT_ID = "lab03-someone-else"
# Held out from the lab: (the stored fact, how the user says it). The user's words share no word with what the
# `remember` tool says about itself, so offline the simulated model (which picks tools by shared words) has only
# `forget` to choose; a request about a sister who lives somewhere would also match `remember`'s example.
FACT_POOL = [
    ("The user drives an electric car.", "I drive an electric car"),
    ("The user is learning Japanese.", "I am learning Japanese"),
    ("The user works night shifts at a hospital.", "I work night shifts at a hospital"),
    ("The user has a dog called Biscuit.", "I have a dog called Biscuit"),
    ("The user is training for a marathon in October.", "I am training for a marathon"),
    ("The user is allergic to cats.", "I am allergic to cats"),
    ("The user plays the cello in an orchestra.", "I play the cello"),
    ("The user grew up in Galway.", "I grew up in Galway"),
    ("The user prefers aisle seats on trains.", "I prefer aisle seats on trains"),
    ("The user keeps bees in the garden.", "I keep bees in my garden"),
]
UNKNOWN_REQUESTS = [
    "my dentist appointment",
    "the colour of my bicycle",
    "my old phone number",
    "my tax return",
]
NEXT_TURN = "Thanks."
_NEGATIVE = re.compile(r"\b(no|not|nothing|none|never|cannot|unable)\b|n't\b", re.I)


def check_lab03(make_forget_tool: Callable[[Any, str], Any], *, seed: int | None = None) -> LabReport:
    """`make_forget_tool(store, agent_id)`: a `forget` tool deleting the facts of `agent_id` a text matches.
    `seed` fixes the random draw of facts (tests); left out, every run draws new ones."""
    from strands import Agent

    from agentkit import models
    from agentkit.memory.long_term import LongTermMemory
    from agentkit.tools import Tool

    rng = random.Random(seed)
    drawn = rng.sample(FACT_POOL, k=3)
    facts = [fact for fact, _ in drawn]
    (direct, direct_words), (spoken, spoken_words), (deleted, deleted_words) = rng.sample(drawn, k=3)
    unknown = rng.choice(UNKNOWN_REQUESTS)
    agent_request = f"Please forget that {spoken_words}."
    delete_request = f"Please delete the fact that {deleted_words}."

    def others(*gone: str) -> list[str]:
        return [fact for fact in facts if fact not in gone]

    report = LabReport("Lab 03 · a forget tool")
    store = _store(facts)
    try:
        forget = make_forget_tool(store, AGENT_ID)
    except NotImplementedError:
        report.add("make_forget_tool is implemented", False, "replace the TODO: build and return the tool")
        return report.raise_for_failures()
    except Exception as error:
        report.add("make_forget_tool(store, agent_id) returns a tool", False, _raised(error))
        return report.raise_for_failures()

    is_tool = isinstance(forget, Tool)
    if not _add(
        report,
        "the tool is an agentkit Tool named 'forget'",
        is_tool and forget.name == "forget",
        f"got {forget!r}",
        "name the inner function `forget` and decorate it with @tool" if not is_tool else "name it `forget`",
    ):
        return report.raise_for_failures()
    properties = forget.input_schema.get("properties", {})
    strings = [name for name, schema in properties.items() if schema.get("type") == "string"]
    if not _add(
        report,
        "it takes one text parameter",
        len(properties) == 1 and len(strings) == 1,
        f"its parameters: {json.dumps(properties)}",
        "take one `str` (the fact to forget), described under Args: in the docstring",
    ):
        return report.raise_for_failures()
    parameter = strings[0]

    # Called as a model calls it, with the user's words for one fact.
    answer, status = _run(forget, parameter, direct_words)
    left = _contents(store, AGENT_ID)
    _add(
        report,
        "called with the user's words for one fact, it deletes exactly that fact",
        left == others(direct),
        f"forget({direct_words!r}) left {left}",
        f"expected {others(direct)}: find the facts of agent_id that share the request's meaningful words, "
        "and delete them with store.forget(agent_id, fact.fact_id)",
    )
    their = _contents(store, OTHER_AGENT_ID)
    _add(
        report,
        "other agents' facts are left alone",
        their == facts,
        f"another agent's facts: {their}",
        "read and forget only the facts of the agent_id the tool was made for",
    )
    _add(
        report,
        "it answers with what was forgotten",
        status == "success" and direct in answer,
        f"the model was told ({status}): {answer!r}",
        "return the deleted fact's content, so the model can confirm what is gone",
    )

    # Text that matches nothing: nothing deleted, and the model is told so.
    store = _store(facts)
    answer, status = _run(make_forget_tool(store, AGENT_ID), parameter, unknown)
    left = _contents(store, AGENT_ID)
    _add(
        report,
        "called with text matching no fact, it deletes nothing",
        left == facts,
        f"forget({unknown!r}) left {left}",
        "when no fact matches, delete none (leave out words many facts have, like 'the' or 'user')",
    )
    _add(
        report,
        "it tells the model that nothing matched",
        bool(answer.strip()) and (status == "error" or bool(_NEGATIVE.search(answer))),
        f"the model was told ({status}): {answer!r}",
        "raise ToolError('No remembered fact matches ...') or return a text saying nothing was forgotten",
    )

    # End to end: a Strands agent with long-term memory is asked to forget something.
    store = _store(facts)
    memory = LongTermMemory(store, AGENT_ID)
    agent = Agent(
        model=models.build_model(model_id=model_id()),
        hooks=[memory],
        tools=[memory.remember.as_strands(), make_forget_tool(store, AGENT_ID).as_strands()],
        callback_handler=None,
    )
    reply = str(agent(agent_request)).strip()
    calls = _tool_calls(agent.messages)
    called = _describe(calls)
    _add(
        report,
        "asked to forget a fact, the agent calls forget",
        any(c["name"] == "forget" for c in calls),
        f"tool calls: {called or 'none'}",
        "the model picks a tool by its name, description and parameter description: say the tool is for "
        "when the user asks to forget, delete or stop remembering a fact. Offline, a parameter described with "
        "words like id, number, code, name, place or date is filled with such a value from the request, and "
        "the call is skipped when there is none: describe it plainly",
    )
    left = _contents(store, AGENT_ID)
    _add(
        report,
        "after the turn the store no longer holds that fact, and keeps the others",
        left == others(spoken),
        f"facts left: {left}",
        f"expected {others(spoken)} after {agent_request!r}; the model called {called or 'no tool'} and answered {reply!r}. It "
        "passes the user's words, not the stored sentence: match on the meaningful words they share",
    )
    agent(NEXT_TURN)
    prompt = agent.system_prompt or ""
    _add(
        report,
        "the next turn's system prompt leaves the forgotten fact out",
        spoken not in prompt and all(fact in prompt for fact in others(spoken)),
        f"system prompt: {prompt!r}",
        "delete the fact from the store itself (store.forget): LongTermMemory reads the store before every turn",
    )
    turn = len(agent.messages)
    reply = str(agent(delete_request)).strip()
    calls = _tool_calls(agent.messages[turn:])
    left = _contents(store, AGENT_ID)
    _add(
        report,
        "asked to delete a fact, without the word 'forget', the agent calls forget too",
        any(c["name"] == "forget" for c in calls) and left == others(spoken, deleted),
        f"tool calls: {_describe(calls) or 'none'}; facts left: {left}",
        f"expected {others(spoken, deleted)} after {delete_request!r}, the agent answered {reply!r}; this request does not say 'forget': the model "
        "picks forget only if its description says it deletes facts (or is for when the user asks to delete one)",
    )
    return report.raise_for_failures()


def _add(report: LabReport, name: str, passed: bool, seen: str, fix: str) -> bool:
    """A check whose detail, when it failed, is what was seen and what to change (none when it passed: the
    facts are drawn at random, and a passing report reads the same on every run)."""
    return report.add(name, passed, "" if passed else f"{seen}; {fix}")


def _tool_calls(messages: list[Any]) -> list[dict[str, Any]]:
    return [
        block["toolUse"]
        for message in messages
        if message["role"] == "assistant"
        for block in message["content"]
        if "toolUse" in block
    ]


def _describe(calls: list[dict[str, Any]]) -> list[str]:
    return [f"{c['name']}({json.dumps(c['input'], ensure_ascii=False)})" for c in calls]


def _store(facts: list[str]) -> Any:
    """A fresh store: `facts` of the lab's agent, and the same of another agent."""
    from agentkit.memory import SQLiteStore

    store = SQLiteStore(":memory:")
    for agent_id in (AGENT_ID, OTHER_AGENT_ID):
        for fact in facts:
            store.remember(agent_id, fact)
    return store


def _contents(store: Any, agent_id: str) -> list[str]:
    return [fact.content for fact in store.list_facts(agent_id)]


def _run(forget: Any, parameter: str, text: str) -> tuple[str, str]:
    """What the model is told when it calls the tool with `text`, and the result's status."""
    result = forget.run({"toolUseId": "tooluse_lab03", "name": forget.name, "input": {parameter: text}})
    blocks = result["toolResult"]["content"]
    answer = " ".join(
        b["text"] if "text" in b else json.dumps(b.get("json"), ensure_ascii=False) for b in blocks
    )
    return answer, result["toolResult"]["status"]


def _raised(error: Exception) -> str:
    return f"it raised {type(error).__name__}: {error}"
