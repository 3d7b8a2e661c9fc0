"""Approval requests answered every way a person can: by function, JSON body, widget button and command line.

Late answers (the request timed out, the execution ended) and forged tokens are refused with named errors.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from agentkit import cli
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import approvals, local


@pytest.fixture(scope="module")
def approval_machine(client: Callable[..., Any]) -> str:
    return local.deploy("approval", HANDLERS, name="approvals-test", client=client)


def waiting(sfn: Any, machine: str, execution: str, timeout: float = 10.0) -> approvals.ApprovalRequest:
    deadline = time.monotonic() + timeout
    while True:
        found = [r for r in approvals.pending(sfn, state_machine_arn=machine) if r.execution_arn == execution]
        if found:
            return found[0]
        assert time.monotonic() < deadline, "the execution never asked for approval"
        time.sleep(0.05)


def started(sfn: Any, machine: str, subject: str) -> tuple[str, approvals.ApprovalRequest]:
    execution = local.start(sfn, machine, {"subject": subject, "details": {"amount": 40}})
    return execution, waiting(sfn, machine, execution)


def test_pending_lists_the_request_with_its_subject_details_and_age(
    client: Callable[..., Any], approval_machine: str
) -> None:
    sfn = client("stepfunctions")
    execution, request = started(sfn, approval_machine, "refund 40")
    assert (request.subject, request.details, request.state) == (
        "refund 40",
        {"amount": 40},
        "RequestApproval",
    )
    assert request.waiting_s >= 0 and request.token
    approvals.reject(execution, sfn=sfn)
    assert local.wait(sfn, execution)["output"]["status"] == "rejected"


def test_approve_by_execution_name_passes_the_feedback(
    client: Callable[..., Any], approval_machine: str
) -> None:
    sfn = client("stepfunctions")
    execution, request = started(sfn, approval_machine, "refund 41")
    approvals.approve(request.execution, "ok, under the limit", sfn=sfn)
    done = local.wait(sfn, execution)
    assert done["output"] == {"status": "approved", "subject": "refund 41", "feedback": "ok, under the limit"}


def test_respond_takes_a_json_body_and_refuses_a_malformed_one(
    client: Callable[..., Any], approval_machine: str
) -> None:
    sfn = client("stepfunctions")
    execution, _ = started(sfn, approval_machine, "refund 42")
    with pytest.raises(ValueError, match="approved"):
        approvals.respond({"task": execution, "approve": True}, sfn=sfn)
    sent = approvals.respond({"task": execution, "approved": False, "feedback": "no receipt"}, sfn=sfn)
    assert sent == {"execution": execution.rsplit(":", 1)[1], "subject": "refund 42", "approved": False}
    assert local.wait(sfn, execution)["output"]["approval"]["feedback"] == "no receipt"


def test_the_panels_buttons_answer_the_selected_request(
    client: Callable[..., Any], approval_machine: str
) -> None:
    sfn = client("stepfunctions")
    execution, request = started(sfn, approval_machine, "refund 43")
    panel = approvals.ApprovalPanel(sfn, state_machine_arn=approval_machine)
    panel.requests.value = next(r for _, r in panel.requests.options if r.execution_arn == execution)
    panel.feedback.value = "fine"
    panel.approve_button.click()
    assert panel.status.value.startswith("Approved: refund 43")
    assert local.wait(sfn, execution)["output"]["feedback"] == "fine"
    panel.requests.value = None
    panel.reject_button.click()
    assert "Choose a waiting request" in panel.status.value


def test_the_command_line_approves_and_lists(
    client: Callable[..., Any], approval_machine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sfn = client("stepfunctions")
    execution, request = started(sfn, approval_machine, "refund 44")
    assert cli.main(["approve"]) == 0
    assert f"{request.execution}\trefund 44" in capsys.readouterr().out
    assert cli.main(["approve", request.execution, "--reject", "--feedback", "too late in the quarter"]) == 0
    assert "rejected: refund 44" in capsys.readouterr().out
    assert local.wait(sfn, execution)["output"]["approval"]["feedback"] == "too late in the quarter"


def test_a_timeout_rejects_with_its_reason_and_a_late_answer_is_refused(
    client: Callable[..., Any], approval_machine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sfn = client("stepfunctions")
    with local.time_scale(0.00002):  # 24 h → 1.7 s
        execution, request = started(sfn, approval_machine, "refund 45")
        done = local.wait(sfn, execution)
    assert "no decision within 24 hours" in done["output"]["approval"]["reason"]
    with pytest.raises(approvals.ApprovalClosed, match="Start a new run"):
        approvals.approve(request.token, sfn=sfn)
    with pytest.raises(approvals.ApprovalClosed, match="has ended"):
        approvals.approve(request.execution, sfn=sfn)
    assert cli.main(["approve", request.execution, "--approve"]) == 1
    assert "has ended (SUCCEEDED)" in capsys.readouterr().err


def test_a_forged_token_is_refused(client: Callable[..., Any], approval_machine: str) -> None:
    sfn = client("stepfunctions")
    execution, request = started(sfn, approval_machine, "refund 46")
    forged = request.token[:-4] + "beef"
    with pytest.raises(approvals.UnknownApproval, match="forged or mistyped"):
        approvals.approve(forged, sfn=sfn)
    approvals.reject(execution, sfn=sfn)  # the real request is still open, and answerable
    assert json.dumps(local.wait(sfn, execution)["output"]["status"]) == '"rejected"'
