"""Property 45 (parallel branch execution): for any workflow with parallel branches, all branches execute
concurrently.

The collaboration workflow's Parallel state runs the researcher and the analyst. Their handlers meet at a
barrier (each waits, at most 5 s, until the other has started), then take a generated time to finish:
branches run one after the other would break the barrier and fail the execution. Both must run exactly
once, their running times must overlap, and the aggregate must combine what both returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workflow_support import JOURNAL, act_analyze, act_research, collaboration_input, handlers_with

from agentkit.workflows import local

sleeps = st.floats(0, 0.02)
sources = st.lists(st.from_regex(r"[a-z]{1,8}\.md", fullmatch=True), min_size=1, max_size=3, unique=True)


@pytest.fixture(scope="module")
def collaboration(client: Callable[..., Any]) -> tuple[Any, str]:
    handlers = handlers_with(ResearchFunctionArn=act_research, AnalysisFunctionArn=act_analyze)
    arn = local.deploy("collaboration", handlers, name="property-45", client=client)
    return client("stepfunctions"), arn


@settings(max_examples=100, deadline=None)
@given(research_sleep=sleeps, analysis_sleep=sleeps, found=sources)
def test_property_45_both_branches_run_at_the_same_time(
    collaboration: tuple[Any, str], research_sleep: float, analysis_sleep: float, found: list[str]
) -> None:
    sfn, arn = collaboration
    request = collaboration_input(
        research={"meet": True, "sleep": research_sleep, "sources": found},
        analysis={"meet": True, "sleep": analysis_sleep},
    )
    key = request["id"]
    done = local.run(sfn, arn, request["input"], name=key)

    assert done["status"] == "SUCCEEDED", f"a branch waited alone at the barrier: {done}"
    [research], [analysis] = JOURNAL.calls(key, "research"), JOURNAL.calls(key, "analysis")
    assert research.started < analysis.ended and analysis.started < research.ended, (
        "the branches did not overlap"
    )
    assert done["output"]["sources"] == found, "the aggregate lost the researcher's branch"
    assert "1 row(s)" in done["output"]["summary"], "the aggregate lost the analyst's branch"
