"""The handlers called directly, as a notebook would: their events are checked and their errors named."""

from __future__ import annotations

import subprocess
import sys

import pytest
from strands import Agent

from agentkit import models
from agentkit.local.aws import LambdaContext
from agentkit.local.platform import LocalPlatform
from agentkit.service import agents, handlers
from agentkit.workflows import runs


def test_a_payload_that_drifted_from_its_handler_names_the_field() -> None:
    with pytest.raises(
        handlers.InvalidEvent, match="ResearchEvent: subject: Extra inputs are not permitted. If a workflow"
    ):
        handlers.research({"topic": "leave", "subject": "leave"}, None)


def test_research_returns_what_the_researchers_searches_found(local_env: LocalPlatform) -> None:
    found = handlers.research({"topic": "parental leave"}, None)
    assert found["findings"][0]["source"] == "parental-leave-policy.md"
    assert found["summary"]  # the agent's own answer, kept beside the evidence


def test_analysis_without_a_query_is_an_analysis_error(
    local_env: LocalPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    def analyst_without_tools(hooks: list) -> Agent:
        return Agent(name="analyst", model=models.build_model(), hooks=hooks, callback_handler=None)

    monkeypatch.setattr(agents, "analyst", analyst_without_tools)
    with pytest.raises(handlers.AnalysisError, match="the analyst ran no query"):
        handlers.analyze({"topic": "sales", "sql": "SELECT region FROM sales"}, None)


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


def test_finalize_without_a_run_makes_the_execution_its_run(local_env: LocalPlatform) -> None:
    """An orchestrator with no runs of its own (the durable version) passes only its execution."""
    event = {
        "execution": "arn:aws:lambda:us-east-1:123456789012:function:pipeline/durable-execution/solo-1",
        "topic": "tents",
        "approval": {"approved": False, "feedback": "not now"},
        "report": {"written": False},
    }
    assert handlers.finalize_report(event, LambdaContext("finalize"))["reason"] == "not now"
    assert runs.run_status("solo-1").status == "rejected"


@pytest.mark.parametrize("module", ["handlers", "rest", "graphql_api", "realtime", "auth", "chat"])
def test_the_lambda_functions_import_without_the_local_platform(module: str) -> None:
    """What the deploy app packages for Lambda must not need moto: the local seams load only when used."""
    probe = (
        f"import sys, agentkit.service.{module}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'moto'))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
