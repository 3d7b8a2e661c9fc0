"""Property 77 — partial state preservation: for any critical error, the partial state is kept for recovery.

Whichever step of the research pipeline crashes, the execution takes its Catch branch, and the run's
status record holds exactly the results of the steps that finished before it, as they were produced.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import runs

topics = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(str.strip)
RESULT_OF = {"Research": "research", "Analyze": "analysis", "RequestApproval": "approval", "Write": "report"}


@settings(max_examples=100, deadline=None)
@given(
    topic=topics, crash_at=st.sampled_from(("Research", "Analyze", "RequestApproval", "Write", "Finalize"))
)
def test_property_77_a_crash_keeps_the_results_of_the_steps_before_it(
    crashing_pipeline, topic: str, crash_at: str
) -> None:
    pipeline = crashing_pipeline
    pipeline.crash_at = crash_at
    done = pipeline.run({"topic": topic, "sql": "SELECT 1"}, feedback=f"about {topic}")
    assert done["status"] == "FAILED" and done["error"] == "PipelineFailed"

    record = runs.run_status(done["name"])
    assert record.status == "failed" and f"{crash_at} crashed" in record.reason
    before = pipeline.STEPS[: pipeline.STEPS.index(crash_at)]
    assert sorted(record.partial) == sorted(RESULT_OF[s] for s in before)
    if "research" in record.partial:
        assert record.partial["research"]["findings"][0]["snippet"] == f"Notes about {topic}."
    if "approval" in record.partial:
        assert record.partial["approval"] == {"approved": True, "feedback": f"about {topic}"}
    if "report" in record.partial:
        assert f"about {topic}" in record.partial["report"]["body"]
