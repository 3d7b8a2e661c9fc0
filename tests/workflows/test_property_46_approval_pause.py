"""Property 46 — human approval pause: a workflow that needs approval waits for it, then follows the decision.

For any subject, details and decision: the execution stays RUNNING with one request waiting (its subject
and details as sent), no state after the request is entered until the answer arrives, and the answer
decides the outcome — approved only on `"approved": true`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.service.handlers import HANDLERS
from agentkit.workflows import approvals, local

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
details = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | text,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def machine(client: Callable[..., Any]) -> str:
    return local.deploy("approval", HANDLERS, name="property-46-approval", client=client)


@settings(max_examples=100, deadline=None)
@given(subject=text.filter(str.strip), details=details, approved=st.booleans(), feedback=text)
def test_property_46_the_workflow_waits_for_the_decision_and_follows_it(
    client: Callable[..., Any], machine: str, subject: str, details: Any, approved: bool, feedback: str
) -> None:
    sfn = client("stepfunctions")
    execution = local.start(sfn, machine, {"subject": subject, "details": details})
    while not (waiting := approvals.pending(sfn, state_machine_arn=machine)):
        assert sfn.describe_execution(executionArn=execution)["status"] == "RUNNING"
    assert [(r.execution_arn, r.subject, r.details) for r in waiting] == [(execution, subject, details)]
    assert sfn.describe_execution(executionArn=execution)["status"] == "RUNNING"
    entered = [e["state"] for e in local.history(sfn, execution) if e["type"].endswith("StateEntered")]
    assert entered == ["RequestApproval"]

    approvals.decide(execution, approved, feedback, sfn=sfn)
    done = local.wait(sfn, execution, poll=0.01)
    assert done["status"] == "SUCCEEDED"
    assert done["output"]["status"] == ("approved" if approved else "rejected")
    assert approvals.pending(sfn, state_machine_arn=machine) == []
