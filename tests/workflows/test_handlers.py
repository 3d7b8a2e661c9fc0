"""The handlers called directly, as a notebook would: their events are checked and their errors named."""

from __future__ import annotations

import pytest

from agentkit.service import handlers


def test_a_payload_that_drifted_from_its_handler_names_the_field() -> None:
    with pytest.raises(
        handlers.InvalidEvent, match="ResearchEvent: subject: Extra inputs are not permitted. If a workflow"
    ):
        handlers.research({"topic": "leave", "subject": "leave"}, None)


def test_analysis_passes_on_the_query_checkers_advice() -> None:
    with pytest.raises(handlers.AnalysisError, match="SELECT"):
        handlers.analyze({"topic": "sales", "sql": "DROP TABLE sales"}, None)


def test_handle_error_lifts_the_message_out_of_a_lambda_cause() -> None:
    cause = '{"errorMessage": "no document mentions it", "errorType": "NoFindingsError"}'
    handled = handlers.handle_error(
        {"workflow": "w", "execution": "e", "error": {"Error": "NoFindingsError", "Cause": cause}}, None
    )
    assert handled["message"] == "no document mentions it" and handled["error"] == "NoFindingsError"


def test_plan_numbers_the_steps_in_order() -> None:
    task = {"task_id": "t", "description": "d", "started_at": "2026-01-01T00:00:00+00:00"}
    steps = [
        {"action": "query_database", "input": "SELECT 1"},
        {"action": "search_documents", "input": "leave"},
    ]
    planned = handlers.plan_task({"task": task, "steps": steps}, None)["steps"]
    assert [(s["number"], s["action"]) for s in planned] == [(1, "query_database"), (2, "search_documents")]
