"""Lab 03's checker fails the untouched exercise and plausible wrong forget tools, each with what to fix, and
passes the solution's tool on any draw of its held-out facts (tests/labs/test_labs.py runs the notebooks)."""

from __future__ import annotations

import re

import pytest

from agentkit.labs import LabCheckFailed, check_lab03
from agentkit.tools import ToolError, tool

COMMON_WORDS = set("the user that this about please forget remember delete stop you".split())


def meaningful_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3 and w not in COMMON_WORDS}


def matching(store, agent_id, wanted: set[str]):
    scored = [(len(wanted & meaningful_words(f.content)), f) for f in store.list_facts(agent_id)]
    best = max((score for score, _ in scored), default=0)
    return [f for score, f in scored if score == best] if best else []


def make_tool(find, *, on_nothing=True):
    """A forget tool like the solution's, deleting what `find(store, agent_id, text)` returns."""

    def make_forget_tool(store, agent_id):
        @tool
        def forget(fact: str) -> str:
            """Forget (delete) a remembered fact about the user.

            Use it when the user asks you to forget something, to delete a fact or to stop remembering it.

            Args:
                fact: The fact to forget, in the user's words, e.g. "that I work at the bakery".
            """
            found = find(store, agent_id, fact)
            if not found and on_nothing:
                raise ToolError(f"No remembered fact matches {fact!r}, so nothing was forgotten.")
            return "Forgotten: " + " ".join(store.forget(agent_id, f.fact_id).content for f in found)

        return forget

    return make_forget_tool


def solution(store, agent_id, text):
    return matching(store, agent_id, meaningful_words(text))


def lab_examples_only(store, agent_id, text):
    """Fitted to the facts the lab shows: the sister in Porto, the peanuts, the window seats."""
    keys = [k for k in ("porto", "peanuts", "window") if k in text.lower()]
    return [f for f in store.list_facts(agent_id) if any(k in f.content.lower() for k in keys)]


def every_shared_word(store, agent_id, text):
    """Any shared word, stop words included: 'the user' matches every fact."""
    words = set(re.findall(r"[a-z]+", text.lower())) | {"user"}
    return [f for f in store.list_facts(agent_id) if words & set(re.findall(r"[a-z]+", f.content.lower()))]


def test_the_untouched_exercise_says_what_to_do() -> None:
    def untouched(store, agent_id):
        raise NotImplementedError("TODO: build the forget tool")

    with pytest.raises(LabCheckFailed, match="make_forget_tool is implemented: replace the TODO"):
        check_lab03(untouched)


@pytest.mark.parametrize(
    ("make_forget_tool", "says"),
    [
        (
            make_tool(lab_examples_only),
            "called with the user's words for one fact, it deletes exactly that fact",
        ),
        (
            make_tool(every_shared_word),
            "called with the user's words for one fact, it deletes exactly that fact",
        ),
        (make_tool(solution, on_nothing=False), "it tells the model that nothing matched"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_wrong_tools_fail_with_a_hint(connected, make_forget_tool, says: str, seed: int) -> None:
    with pytest.raises(LabCheckFailed, match=says):
        check_lab03(make_forget_tool, seed=seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_solutions_tool_passes(connected, seed: int) -> None:
    assert check_lab03(make_tool(solution), seed=seed).passed
