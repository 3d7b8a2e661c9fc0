"""Lab 03 · a "forget this" tool: the user deletes a fact from the agent's long-term memory.

The learner writes `make_forget_tool(store, agent_id)`, an agentkit tool named `forget` that finds the
agent's stored facts matching a text and deletes them. The checker gives it fresh stores of its own
(SQLite in memory) holding three facts, calls it the way a model does (`Tool.run`, so a raised
`ToolError` counts as an answer to the model), and runs a Strands agent with `LongTermMemory` against
the configured model endpoint. It checks behaviour only: which facts are left in the store, what the
tool answers, which tool the model chose, what the next turn's system prompt holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from agentkit.labs.report import LabReport, model_id

AGENT_ID = "lab03-traveller"
OTHER_AGENT_ID = "lab03-someone-else"
SISTER = "The user's sister lives in Porto."
PEANUTS = "The user is allergic to peanuts."
SEATS = "The user prefers window seats."
FACTS = [SISTER, PEANUTS, SEATS]
DIRECT_REQUEST = "sister lives in Porto"
UNKNOWN_REQUEST = "my dentist appointment"
# Shares no word with what the `remember` tool says about itself, so offline the simulated model (which picks
# tools by shared words) has only `forget` to choose; "...my sister lives in Porto" would also match `remember`.
AGENT_REQUEST = "Please forget that I am allergic to peanuts."
NEXT_TURN = "Thanks."
DELETE_REQUEST = "Please delete the fact that I prefer window seats."
_NEGATIVE = re.compile(r"\b(no|not|nothing|none|never|cannot|unable)\b|n't\b", re.I)


def check_lab03(make_forget_tool: Callable[[Any, str], Any]) -> LabReport:
    """`make_forget_tool(store, agent_id)`: a `forget` tool deleting the facts of `agent_id` a text matches."""
    from strands import Agent

    from agentkit import models
    from agentkit.memory.long_term import LongTermMemory
    from agentkit.tools import Tool

    report = LabReport("Lab 03 · a forget tool")
    store = _store()
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

    # Called as a model calls it, with text matching one fact.
    answer, status = _run(forget, parameter, DIRECT_REQUEST)
    left = _contents(store, AGENT_ID)
    _add(
        report,
        f"forget({DIRECT_REQUEST!r}) deletes exactly the matching fact",
        left == [PEANUTS, SEATS],
        f"facts left: {left}",
        f"expected {[PEANUTS, SEATS]}: find the facts of agent_id that share the request's meaningful words, "
        "and delete them with store.forget(agent_id, fact.fact_id)",
    )
    others = _contents(store, OTHER_AGENT_ID)
    _add(
        report,
        "other agents' facts are left alone",
        others == FACTS,
        f"another agent's facts: {others}",
        "read and forget only the facts of the agent_id the tool was made for",
    )
    _add(
        report,
        "it answers with what was forgotten",
        status == "success" and SISTER in answer,
        f"the model was told ({status}): {answer!r}",
        "return the deleted fact's content, so the model can confirm what is gone",
    )

    # Text that matches nothing: nothing deleted, and the model is told so.
    store = _store()
    answer, status = _run(make_forget_tool(store, AGENT_ID), parameter, UNKNOWN_REQUEST)
    left = _contents(store, AGENT_ID)
    _add(
        report,
        f"forget({UNKNOWN_REQUEST!r}) deletes nothing",
        left == FACTS,
        f"facts left: {left}",
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
    store = _store()
    memory = LongTermMemory(store, AGENT_ID)
    agent = Agent(
        model=models.build_model(model_id=model_id()),
        hooks=[memory],
        tools=[memory.remember.as_strands(), make_forget_tool(store, AGENT_ID).as_strands()],
        callback_handler=None,
    )
    reply = str(agent(AGENT_REQUEST)).strip()
    calls = _tool_calls(agent.messages)
    called = _describe(calls)
    _add(
        report,
        f"the agent calls forget for {AGENT_REQUEST!r}",
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
        left == [SISTER, SEATS],
        f"facts left: {left}",
        f"expected {[SISTER, SEATS]}; the model called {called or 'no tool'} and answered {reply!r}. It "
        "passes the user's words, not the stored sentence: match on the meaningful words they share",
    )
    agent(NEXT_TURN)
    prompt = agent.system_prompt or ""
    _add(
        report,
        "the next turn's system prompt leaves the forgotten fact out",
        PEANUTS not in prompt and SISTER in prompt and SEATS in prompt,
        f"system prompt: {prompt!r}",
        "delete the fact from the store itself (store.forget): LongTermMemory reads the store before every turn",
    )
    turn = len(agent.messages)
    reply = str(agent(DELETE_REQUEST)).strip()
    calls = _tool_calls(agent.messages[turn:])
    left = _contents(store, AGENT_ID)
    _add(
        report,
        f"asked {DELETE_REQUEST!r}, the agent calls forget too",
        any(c["name"] == "forget" for c in calls) and left == [SISTER],
        f"tool calls: {_describe(calls) or 'none'}; facts left: {left}",
        f"expected {[SISTER]}, the agent answered {reply!r}; this request does not say 'forget': the model "
        "picks forget only if its description says it deletes facts (or is for when the user asks to delete one)",
    )
    return report.raise_for_failures()


def _add(report: LabReport, name: str, passed: bool, seen: str, fix: str) -> bool:
    """A check whose detail is what was seen, and when it failed, what to change."""
    return report.add(name, passed, seen if passed else f"{seen}; {fix}")


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


def _store() -> Any:
    """A fresh store: the three facts of the lab's agent, and the same three of another agent."""
    from agentkit.memory import SQLiteStore

    store = SQLiteStore(":memory:")
    for agent_id in (AGENT_ID, OTHER_AGENT_ID):
        for fact in FACTS:
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
