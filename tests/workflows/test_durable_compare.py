"""The Step Functions vs durable comparison: its counts come from real runs of both, its costs from PRICES."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from agentkit.service.handlers import HANDLERS
from agentkit.workflows import compare, local
from agentkit.workflows.durable import research_pipeline
from agentkit.workflows.durable_local import DurableRun, LocalDurable

SALES_BY_REGION = (
    "SELECT region, ROUND(SUM(revenue), 2) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
)
REPORT = {"topic": "parental leave", "sql": SALES_BY_REGION}
DECISION = {"approved": True, "feedback": "Lead with the figures."}


@pytest.fixture(scope="module")
def both(client: Callable[..., Any]) -> Iterator[tuple[list[dict[str, Any]], DurableRun]]:
    """One approved research pipeline run each way: the Step Functions history and the durable run."""
    sfn = client("stepfunctions")
    arn = local.deploy("research_pipeline", HANDLERS, name="compare-research-pipeline", client=client)
    execution = local.start(sfn, arn, REPORT)
    deadline = time.monotonic() + 10
    while not (tokens := local.pending_tokens(sfn, execution)):
        assert time.monotonic() < deadline, "the Step Functions pipeline asked for no approval"
        time.sleep(0.02)
    sfn.send_task_success(taskToken=tokens[0], output=json.dumps(DECISION))
    assert local.wait(sfn, execution)["status"] == "SUCCEEDED"
    with LocalDurable(research_pipeline(HANDLERS)) as service:
        run = service.run(REPORT, decision=DECISION)
    assert run.status == "SUCCEEDED", run.error
    yield local.history(sfn, execution), run


def test_counts_are_the_states_entered_and_the_checkpointed_operations(both: Any) -> None:
    history, run = both
    table = compare.counts(history, run)
    # Start, NewRun (what makes a run resumable), Research, Analyze, RequestApproval, ApprovalDecision,
    # Write, Finalize
    assert table.loc["Step Functions (ASL)", "billed orchestration units"] == 8
    assert table.loc["Step Functions (ASL)", "Lambda invocations"] == 5
    # research, analyze, approval (a context holding its callback and submitter step), write, finalize
    assert table.loc["durable function", "billed orchestration units"] == run.checkpoints == 7
    assert table.loc["durable function", "Lambda invocations"] == run.invocations >= 2


def test_cost_prices_each_unit_at_the_published_price(both: Any) -> None:
    history, run = both
    table = compare.cost(history, run, executions=1_000)
    prices = compare.PRICES
    sfn = 8 * prices.per_state_transition + 5 * prices.per_lambda_request
    durable = 7 * prices.per_durable_operation + run.invocations * prices.per_lambda_request
    assert table.loc["Step Functions (ASL)", "total USD"] == pytest.approx(sfn * 1_000)
    assert table.loc["durable function", "total USD"] == pytest.approx(durable * 1_000)
    assert table.loc["durable function", "× Step Functions"] == pytest.approx(durable / sfn)
    assert prices.read_on in table.attrs["prices"] and "aws.amazon.com" in table.attrs["prices"]


def test_a_retry_is_a_billed_transition() -> None:
    history = [
        {"type": "ExecutionStarted"},
        {"type": "TaskStateEntered"},
        {"type": "TaskScheduled"},
        {"type": "TaskFailed"},
        {"type": "TaskScheduled"},
        {"type": "TaskFailed"},
        {"type": "TaskStateExited"},
        {"type": "FailStateEntered"},
        {"type": "ExecutionFailed"},
    ]
    assert compare.state_transitions(history) == 3  # two states entered, one retry
    assert compare.lambda_invocations(history) == 2


def test_code_lines_leave_out_docstrings_comments_and_blank_lines(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        '"""A module\n\nover three lines."""\n\n# a comment\nX = 1  # trailing\n\n\n'
        'def f():\n    """Why."""\n    return {\n        "a": X,\n    }\n',
        encoding="utf-8",
    )
    assert compare.code_lines(source) == 5  # X = 1, def, return {, "a": X, }
    asl = tmp_path / "flow.asl.json"
    asl.write_text('{\n\n  "StartAt": "A"\n}\n', encoding="utf-8")
    assert compare.code_lines(asl) == 3


def test_code_size_measures_both_packaged_definitions() -> None:
    table = compare.code_size()
    assert list(table.index) == ["Step Functions (ASL)", "durable function"]
    assert table.loc["Step Functions (ASL)", "file"] == "research_pipeline.asl.json"
    assert (table["lines of code"] > 0).all()


def test_failure_semantics_covers_each_situation_for_both() -> None:
    table = compare.failure_semantics()
    assert list(table.columns) == ["Step Functions (ASL)", "durable function"]
    assert {"a step fails for good", "the process running a step dies", "waiting for a person"} <= set(
        table.index
    )
    assert table.notna().all().all()
