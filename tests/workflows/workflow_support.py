"""What the workflow property tests share: handlers that act out a behaviour carried by the execution input,
a journal of what each handler saw and when, and readings of an ASL file and of an execution's history.

One deployment per test module serves every Hypothesis example (deploying per example is too slow): each
example's input carries its behaviour as JSON (in a step's `input`, a task id or a topic) with a fresh
id, and the handlers key the journal by that id, so examples never see each other's calls. The acting
handlers stand in for the tools only; the rest of each workflow runs its real handlers.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from agentkit.service.handlers import HANDLERS, StepFailedError, StepTransientError
from agentkit.workflows import definition_path, local

# What an acting handler may raise, by name: Retry and Catch match these class names.
ERRORS: dict[str, type[Exception]] = {
    cls.__name__: cls for cls in (StepTransientError, StepFailedError, RuntimeError, ValueError, KeyError)
}
# Failures the task workflow does not retry: anything but StepTransientError (and Lambda's own errors).
PERMANENT = sorted(set(ERRORS) - {"StepTransientError"})
ACTIONS = ("search_documents", "query_database")

# Values a step may return: JSON that survives the round trip through moto unchanged.
results = st.one_of(
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8),
)


# --------------------------------------------------------------------------- the journal


@dataclass
class Call:
    """One handler call: which task of the execution (a step number or a state), its attempt, its times."""

    task: Any
    attempt: int
    started: float
    ended: float = float("nan")
    error: str | None = None


class Journal:
    """Handler calls per execution id, in the order they started (handlers run on moto's worker threads)."""

    def __init__(self) -> None:
        self._calls: dict[str, list[Call]] = defaultdict(list)
        self._lock = threading.Lock()

    def calls(self, key: str, task: Any = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls[key] if task is None or c.task == task]

    @contextlib.contextmanager
    def call(self, key: str, task: Any) -> Iterator[Call]:
        """Record a call of `task` for execution `key`: its start, end and the error it raised."""
        with self._lock:
            attempt = 1 + sum(c.task == task for c in self._calls[key])
            call = Call(task, attempt, time.monotonic())
            self._calls[key].append(call)
        try:
            yield call
        except Exception as exc:
            call.error = type(exc).__name__
            raise
        finally:
            call.ended = time.monotonic()


JOURNAL = Journal()


def new_id() -> str:
    return uuid.uuid4().hex


# --------------------------------------------------------------------------- task execution


def task_input(steps: list[dict[str, Any]], task_id: str | None = None) -> dict[str, Any]:
    """A task_execution input whose steps act out `steps`, each `{"fail": n, "error": name, "result": v}`.

    The step fails its first `fail` attempts with `error`, then returns `result`. The task id keys the journal.
    """
    return {
        "task_id": task_id or new_id(),
        "description": "a task acted out by the property tests",
        "steps": [
            {"action": ACTIONS[n % 2], "input": json.dumps({"fail": 0, "error": "", "result": None} | step)}
            for n, step in enumerate(steps)
        ],
    }


def act_step(event: Any, context: Any) -> dict[str, Any]:
    """Stands in for `execute_step`: does what the step's input says, recording each attempt."""
    step = event["step"]
    behaviour = json.loads(step["input"])
    with JOURNAL.call(event["task_id"], step["number"]) as call:
        if call.attempt <= behaviour["fail"]:
            raise ERRORS[behaviour["error"]](
                f"step {step['number']} fails on attempt {call.attempt}, as its input says"
            )
        return {"number": step["number"], "action": step["action"], "result": behaviour["result"]}


# --------------------------------------------------------------------------- collaboration


_barriers: dict[str, threading.Barrier] = {}
_barriers_lock = threading.Lock()


def collaboration_input(research: dict[str, Any], analysis: dict[str, Any], **more: Any) -> dict[str, Any]:
    """`{"id": ..., "input": ...}`: a collaboration input whose topic carries each branch's behaviour.

    A branch behaviour: `{"sleep": seconds, "meet": bool, "sources": [...]}`; `meet` makes the branch wait
    (at most 5 s) at a barrier until the other branch has started too. `more` joins the behaviour
    (e.g. `fail_at`, for `failing`).
    """
    key = new_id()
    topic = json.dumps({"id": key, "research": research, "analysis": analysis} | more)
    return {"id": key, "input": {"topic": topic, "sql": "SELECT 1"}}


def _act_branch(branch: str, topic: str) -> None:
    behaviour = json.loads(topic)
    act = behaviour.get(branch, {})
    with JOURNAL.call(behaviour["id"], branch):
        if act.get("meet"):
            with _barriers_lock:
                barrier = _barriers.setdefault(behaviour["id"], threading.Barrier(2))
            barrier.wait(timeout=5)  # BrokenBarrierError when the other branch never runs meanwhile
        time.sleep(act.get("sleep", 0))


def act_research(event: Any, context: Any) -> dict[str, Any]:
    _act_branch("research", event["topic"])
    sources = json.loads(event["topic"]).get("research", {}).get("sources", ["a.md"])
    findings = [{"title": s, "source": s, "snippet": f"from {s}"} for s in sources]
    return {"findings": findings, "summary": f"{len(sources)} source(s)"}  # as the researcher agent answers


def act_analyze(event: Any, context: Any) -> dict[str, Any]:
    _act_branch("analysis", event["topic"])
    return {"rows": [{"n": 1}], "summary": "1 row(s); the first: n 1."}


# --------------------------------------------------------------------------- any task failing


def find_value(event: Any, key: str) -> Any:
    """The first value of `key` anywhere in a (nested) event, or None."""
    if isinstance(event, dict):
        if key in event:
            return event[key]
        event = list(event.values())
    if isinstance(event, list):
        return next((v for v in map(lambda e: find_value(e, key), event) if v is not None), None)
    return None


# Where an event carries its execution's behaviour (as JSON): task_execution's task id, the other
# workflows' topic, the approval request's subject.
BEHAVIOUR_KEYS = ("task_id", "topic", "subject")


def behaviour_of(event: Any) -> dict[str, Any]:
    value = next(v for v in (find_value(event, k) for k in BEHAVIOUR_KEYS) if v is not None)
    return json.loads(value)


def failing(placeholder: str, handler: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """`handler`, except that it raises when its execution's behaviour says `{"fail_at": placeholder,
    "error": name}`; every call is recorded under the behaviour's `id`."""

    def maybe_fail(event: Any, context: Any) -> Any:
        behaviour = behaviour_of(event)
        with JOURNAL.call(behaviour["id"], placeholder):
            if behaviour.get("fail_at") == placeholder:
                raise ERRORS[behaviour["error"]](f"{placeholder} fails, as the execution input says")
            return handler(event, context)

    return maybe_fail


def handlers_with(**overrides: Callable[[Any, Any], Any]) -> dict[str, Callable[[Any, Any], Any]]:
    return HANDLERS | overrides


# --------------------------------------------------------------------------- ASL and history


def machine(workflow: str) -> dict[str, Any]:
    return json.loads(definition_path(workflow).read_text(encoding="utf-8"))


def nested(state: dict[str, Any]) -> list[dict[str, Any]]:
    """The sub-machines of a Map (its ItemProcessor) or Parallel (its Branches) state."""
    processor = state.get("ItemProcessor") or state.get("Iterator")
    return [processor] if processor else list(state.get("Branches", []))


def successors(state: dict[str, Any]) -> list[str]:
    """Where a state goes when it does not fail: Next, a Choice's targets, its Default (not Catch)."""
    targets = [state["Next"]] if "Next" in state else []
    targets += [c["Next"] for c in state.get("Choices", [])]
    return targets + ([state["Default"]] if "Default" in state else [])


def success_path(sub: dict[str, Any]) -> list[str]:
    """Names of the states reachable from StartAt without a Catch, nested ones included."""
    states, seen, todo = sub["States"], [], [sub["StartAt"]]
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.append(name)
        todo += successors(states[name])
        for inner in nested(states[name]):
            seen += [n for n in success_path(inner) if n not in seen]
    return seen


def all_states(sub: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every state of a machine by name, nested ones included."""
    found = dict(sub["States"])
    for state in sub["States"].values():
        for inner in nested(state):
            found |= all_states(inner)
    return found


def lambda_placeholder(state: dict[str, Any]) -> str | None:
    """`ExecuteStepFunctionArn` for a Task whose FunctionName is `${ExecuteStepFunctionArn}`."""
    function = state.get("Parameters", {}).get("FunctionName", "")
    return function[2:-1] if state.get("Type") == "Task" and function.startswith("${") else None


def retrier(state: dict[str, Any], error: str) -> dict[str, Any]:
    """The state's Retry entry that matches `error` (first match wins, as in Step Functions)."""
    return next(r for r in state.get("Retry", []) if {error, "States.ALL"} & set(r["ErrorEquals"]))


_ENDS = ("ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut")
_ended_histories: dict[str, list[dict[str, Any]]] = {}


def history(sfn: Any, execution: str) -> list[dict[str, Any]]:
    """`local.history`, read once per ended execution: an ended execution's history no longer changes, and
    moto's GetExecutionHistory is the costliest call a property example makes (its serializer, per event)."""
    if execution in _ended_histories:
        return _ended_histories[execution]
    events = local.history(sfn, execution)
    if events and events[-1]["type"] in _ENDS:
        _ended_histories[execution] = events
    return events


def entered(sfn: Any, execution: str) -> list[str]:
    """The states an execution entered, in order (nested ones included)."""
    return [e["state"] for e in history(sfn, execution) if e["type"].endswith("StateEntered")]


def handled_error(sfn: Any, execution: str) -> dict[str, Any]:
    """What HandleError's handler reported: the caught error's name and message."""
    for event in reversed(history(sfn, execution)):
        if event["type"] == "TaskSucceeded" and event["state"] == "HandleError":
            return json.loads(event["details"]["output"])["Payload"]
    raise AssertionError(f"HandleError did not succeed; states entered: {entered(sfn, execution)}")


@dataclass
class ErrorPath:
    """The states an execution passes through after a Catch sends it to HandleError, and its final error."""

    states: list[str]
    error: str


def error_path(sub: dict[str, Any], start: str = "HandleError") -> ErrorPath:
    """Follow Next from `start` to the Fail state that ends the execution (the ASL's error branch)."""
    states, name = [], start
    while True:
        states.append(name)
        state = sub["States"][name]
        if state["Type"] == "Fail":
            return ErrorPath(states, state["Error"])
        assert "Next" in state, f"{name} on the error path neither continues nor fails"
        name = state["Next"]


def answering(sfn: Any) -> Callable[[Any, Any], Any]:
    """Stands in for `request_approval`: the approver answers at once, as the execution's behaviour (the task
    id or the subject, as JSON) says — `{"approve": true|false}` — from another thread, as a person would from
    the notebook or the API."""

    def request_approval(event: Any, context: Any) -> dict[str, Any]:
        behaviour = behaviour_of(event)
        decision = {"approved": behaviour.get("approve", True), "feedback": "as the test decided"}
        with JOURNAL.call(behaviour["id"], "approval"):
            threading.Thread(
                target=sfn.send_task_success,
                kwargs={"taskToken": event["taskToken"], "output": json.dumps(decision)},
            ).start()
        return {"requested": True, "execution": event["execution"]}

    return request_approval


def top_level_path_problems(sub: dict[str, Any], states_entered: list[str]) -> list[str]:
    """What keeps `states_entered` (nested ones are skipped) from being one run of `sub` from its StartAt to
    an end, every step along a Next, Choice or Default — never a Catch; empty when nothing does."""
    states = sub["States"]
    path = [s for s in states_entered if s in states]
    if not path or path[0] != sub["StartAt"]:
        return [f"did not start at {sub['StartAt']}: {path}"]
    problems = [
        f"{a} → {b} is not a transition of {a}"
        for a, b in zip(path, path[1:], strict=False)
        if b not in successors(states[a])
    ]
    last = states[path[-1]]
    if not (last.get("End") or last["Type"] == "Succeed"):
        problems.append(f"stopped at {path[-1]}, which does not end the workflow")
    return problems
