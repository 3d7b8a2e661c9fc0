"""Every ASL file in the package is well-formed: valid JSON whose transitions all land on states that exist.

A hand-written structural check, since the reference validator (`asl-validator`) is an npm package: it
walks each state list (and the nested ones of Map and Parallel), and checks what moto's parser does not
— every target exists, every state is reachable, JSONPath only, every Lambda task names a placeholder that
`agentkit.service.handlers.HANDLERS` fills, every token task has a timeout, every event goes to the bus
named by `${EventBusName}`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from agentkit.service.handlers import HANDLERS
from agentkit.workflows import WORKFLOWS, definition_path
from agentkit.workflows.events import RULES
from agentkit.workflows.local import DEFAULT_VALUES, function_placeholders, placeholders

LAMBDA_RESOURCES = {"arn:aws:states:::lambda:invoke", "arn:aws:states:::lambda:invoke.waitForTaskToken"}
PUT_EVENTS = "arn:aws:states:::events:putEvents"
TERMINAL = {"Succeed", "Fail"}


def problems(machine: dict[str, Any], where: str = "") -> list[str]:
    """What is wrong with one state machine (or Map/Parallel sub-machine); empty when nothing is."""
    found: list[str] = []
    states = machine.get("States") or {}
    if machine.get("StartAt") not in states:
        return [f"{where}StartAt {machine.get('StartAt')!r} is not a state"]
    if machine.get("QueryLanguage", "JSONPath") != "JSONPath":
        found.append(f"{where}QueryLanguage must be JSONPath")
    edges: dict[str, list[str]] = {}
    for name, state in states.items():
        kind = state.get("Type")
        targets = [state["Next"]] if "Next" in state else []
        targets += [c["Next"] for c in state.get("Catch", [])]
        if kind == "Choice":
            targets += [c.get("Next") for c in state.get("Choices", [])]
            targets += [state["Default"]] if "Default" in state else []
            if not state.get("Choices"):
                found.append(f"{where}{name}: a Choice needs Choices")
        elif kind not in TERMINAL and ("Next" in state) == bool(state.get("End")):
            found.append(f"{where}{name}: needs exactly one of Next and End")
        found += [f"{where}{name}: goes to {t!r}, which is not a state" for t in targets if t not in states]
        edges[name] = [t for t in targets if t in states]
        if kind == "Task":
            found += _task_problems(state, f"{where}{name}")
        for n, branch in enumerate(state.get("Branches", [])):
            found += problems(branch, f"{where}{name}.Branches[{n}].")
        if kind == "Map":
            processor = state.get("ItemProcessor") or state.get("Iterator") or {}
            found += problems(processor, f"{where}{name}.ItemProcessor.")
    reached, todo = {machine["StartAt"]}, [machine["StartAt"]]
    while todo:
        for target in edges.get(todo.pop(), []):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    found += [f"{where}{name}: unreachable from StartAt" for name in states if name not in reached]
    return found


def _task_problems(state: dict[str, Any], where: str) -> list[str]:
    if state.get("Resource") == PUT_EVENTS:
        buses = {e.get("EventBusName") for e in state.get("Parameters", {}).get("Entries", [])}
        return [] if buses == {"${EventBusName}"} else [f"{where}: EventBusName must be ${{EventBusName}}"]
    if state.get("Resource") not in LAMBDA_RESOURCES:
        return [f"{where}: Resource {state.get('Resource')!r} is not a Lambda invoke or events:putEvents"]
    found = []
    function = state.get("Parameters", {}).get("FunctionName", "")
    if not (function.startswith("${") and function.endswith("}")):
        found.append(f"{where}: FunctionName {function!r} is not a ${{...}} placeholder")
    if state["Resource"].endswith("waitForTaskToken") and "TimeoutSeconds" not in state:
        found.append(f"{where}: a token task without TimeoutSeconds waits up to a year")
    return found


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_the_package_has_the_four_workflows() -> None:
    assert set(WORKFLOWS) == {"task_execution", "collaboration", "approval", "research_pipeline"}


@pytest.mark.parametrize("workflow", WORKFLOWS)
def test_definition_is_valid(workflow: str) -> None:
    text = definition_path(workflow).read_text(encoding="utf-8")
    machine = json.loads(text)
    assert problems(machine) == []
    # moto's JSONPath cannot evaluate filters joined with && or || (moto #10078)
    assert not [s for s in _strings(machine) if "&&" in s or "||" in s]
    assert set(function_placeholders(text)) <= set(HANDLERS), "a placeholder has no handler in HANDLERS"
    other = set(placeholders(text)) - set(function_placeholders(text))
    assert other <= set(DEFAULT_VALUES), "a placeholder that is not a function has no default value"


def test_every_handler_is_used_by_some_workflow_or_event_rule() -> None:
    used = {p for w in WORKFLOWS for p in placeholders(definition_path(w).read_text(encoding="utf-8"))}
    used |= {t.placeholder for rule in RULES for t in rule.targets}
    assert used & set(HANDLERS) == set(HANDLERS)


@pytest.mark.parametrize(
    ("machine", "expected"),
    [
        (
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}},
            "A: goes to 'B', which is not a state",
        ),
        ({"StartAt": "X", "States": {"A": {"Type": "Pass", "End": True}}}, "StartAt 'X' is not a state"),
        (
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}, "B": {"Type": "Succeed"}}},
            "B: unreachable from StartAt",
        ),
        (
            {
                "StartAt": "P",
                "States": {
                    "P": {
                        "Type": "Parallel",
                        "End": True,
                        "Branches": [
                            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Next": "Z"}]}}}
                        ],
                    }
                },
            },
            "P.Branches[0].C: goes to 'Z', which is not a state",
        ),
        (
            {
                "StartAt": "T",
                "States": {
                    "T": {
                        "Type": "Task",
                        "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                        "Parameters": {"FunctionName": "${F}"},
                        "End": True,
                    }
                },
            },
            "T: a token task without TimeoutSeconds waits up to a year",
        ),
    ],
)
def test_the_check_finds_broken_machines(machine: dict[str, Any], expected: str) -> None:
    assert expected in problems(machine)
