"""Property 66 — failure recovery: after any step's failure, the next run retrieves the persisted state and goes on.

Whichever step crashes, `runs.resume` starts a new execution at the first step without a result; it
finishes the run (status `completed`, the report in S3), every step that had finished is not called
again, and the report is built from the results the failed execution had persisted.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import local, runs

topics = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(str.strip)


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One client for the module's report downloads: `httpx.get` builds a client (its SSL context) per call,
    which took most of the download's time, 100 times."""
    with httpx.Client() as client:
        yield client


@settings(max_examples=100, deadline=None)
@given(
    topic=topics, crash_at=st.sampled_from(("Research", "Analyze", "RequestApproval", "Write", "Finalize"))
)
def test_property_66_resume_finishes_the_run_without_repeating_finished_steps(
    crashing_pipeline, http: httpx.Client, topic: str, crash_at: str
) -> None:
    pipeline = crashing_pipeline
    pipeline.calls.clear()
    pipeline.crash_at = crash_at
    failed = pipeline.run({"topic": topic, "sql": "SELECT 1"}, feedback="keep it short")
    assert failed["status"] == "FAILED"

    resumed = runs.resume(failed["executionArn"], sfn=pipeline.sfn)
    done = local.wait(pipeline.sfn, resumed, poll=0.02)
    assert done["status"] == "SUCCEEDED" and done["output"]["status"] == "completed"

    position = pipeline.STEPS.index(crash_at)
    assert {step: pipeline.calls[step] for step in pipeline.STEPS} == {
        step: 1 if i < position else 2 if i == position else 1 for i, step in enumerate(pipeline.STEPS)
    }
    record = runs.run_status(failed["name"])
    assert record.status == "completed" and record.executions == [failed["name"], done["name"]]
    body = http.get(done["output"]["report"]["url"]).raise_for_status().text
    assert f"Notes about {topic}." in body and "keep it short" in body
