"""Lab 08's checker: passes a fact-check state with the right retry, fails plausible wrong ones with the reason."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from agentkit.labs import LabCheckFailed, check_lab08


def _fact_check(retry: list[dict[str, Any]], catch: bool = True) -> dict[str, Any]:
    state: dict[str, Any] = {
        "Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {
            "FunctionName": "${FactCheckFunctionArn}",
            "Payload": {"topic.$": "$.topic", "research.$": "$.research", "analysis.$": "$.analysis"},
        },
        "ResultSelector": {"verified.$": "$.Payload.verified"},
        "ResultPath": "$.fact_check",
        "Retry": retry,
        "Next": "RequestApproval",
    }
    if catch:
        state["Catch"] = [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "RecordFailure"}]
    return state


def inserted(state: dict[str, Any]):
    def add(definition: dict[str, Any]) -> dict[str, Any]:
        changed = copy.deepcopy(definition)
        changed["States"]["FactCheck"] = state
        changed["States"]["Analyze"]["Next"] = "FactCheck"
        return changed

    return add


RIGHT = [{"ErrorEquals": ["FactCheckUnavailable"], "IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2}]


def untouched(definition: dict[str, Any]) -> dict[str, Any]:
    raise NotImplementedError("TODO")


def test_a_right_solution_passes(module_env) -> None:
    assert check_lab08(inserted(_fact_check(RIGHT))).passed


def test_the_untouched_exercise_fails(module_env) -> None:
    with pytest.raises(LabCheckFailed, match="replace the TODO"):
        check_lab08(untouched)


def test_no_retry_fails_naming_the_retry(module_env) -> None:
    with pytest.raises(LabCheckFailed, match='add a Retry with "ErrorEquals": \\["FactCheckUnavailable"\\]'):
        check_lab08(inserted(_fact_check([])))


def test_retrying_every_error_fails(module_env) -> None:
    every = [dict(RIGHT[0], ErrorEquals=["States.ALL"])]
    with pytest.raises(LabCheckFailed, match="retry only FactCheckUnavailable"):
        check_lab08(inserted(_fact_check(every)))


def test_a_state_left_unwired_fails(module_env) -> None:
    def not_wired(definition: dict[str, Any]) -> dict[str, Any]:
        changed = copy.deepcopy(definition)
        changed["States"]["FactCheck"] = _fact_check(RIGHT)
        return changed

    with pytest.raises(LabCheckFailed, match="point Analyze's Next at FactCheck"):
        check_lab08(not_wired)


def test_without_a_catch_the_results_are_not_recorded(module_env) -> None:
    with pytest.raises(LabCheckFailed, match="add a Catch on States.ALL"):
        check_lab08(inserted(_fact_check(RIGHT, catch=False)))
