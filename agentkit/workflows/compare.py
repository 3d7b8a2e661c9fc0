"""The research pipeline two ways — Step Functions (ASL) and a Lambda durable function — compared as data.

Every figure here is either measured on a run (a Step Functions execution's history from
`agentkit.workflows.local.history`, a `durable_local.DurableRun`), counted in the package's own files, or
taken from the price list in `PRICES`, which says where and when it was read. The tables are DataFrames, so
notebook 08 shows them as they are:

* `code_size()` — lines of the ASL file and of the durable function;
* `counts(history, run)` — billed units of one execution each: state transitions vs durable operations;
* `cost(history, run)` — what an execution costs at those prices, per 1,000 executions;
* `failure_semantics()` — what each does when a step fails, a process dies or nobody answers.
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from agentkit.workflows import definition_path, durable
from agentkit.workflows.durable_local import DurableRun


@dataclass(frozen=True)
class Prices:
    """Published on-demand prices, US East (N. Virginia), USD, as read on `read_on` from `sources`."""

    read_on: str
    sources: tuple[str, ...]
    per_state_transition: float  # Step Functions Standard: $0.025 per 1,000 state transitions
    per_durable_operation: float  # Lambda durable functions: $8.00 per million durable operations
    per_lambda_request: float  # Lambda: $0.20 per million requests


PRICES = Prices(
    read_on="2026-12-04",
    sources=(
        "https://aws.amazon.com/step-functions/pricing/",
        "https://aws.amazon.com/lambda/pricing/",
    ),
    per_state_transition=0.025 / 1_000,
    per_durable_operation=8.00 / 1_000_000,
    per_lambda_request=0.20 / 1_000_000,
)
# Left out on purpose: Lambda duration (GB-seconds) — the same handler code runs in both versions, so it
# cancels out except for the durable function's replays, which re-run only the orchestration code between
# checkpoints — and the durable service's charges for data written and retained, which for this pipeline's
# few-KB checkpoints stay far below a cent per 1,000 executions. The free tiers are left out too.


# --------------------------------------------------------------------------- code size


def code_lines(path: Path) -> int:
    """Lines that hold code: no blank lines, no comments, no docstrings (JSON: every non-blank line)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        return sum(1 for line in text.splitlines() if line.strip())
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(text)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                docstrings.update(range(body[0].lineno, (body[0].end_lineno or body[0].lineno) + 1))
    code: set[int] = set()
    skip = {
        tokenize.COMMENT,
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENDMARKER,
    }
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type not in skip:
            code.update(range(token.start[0], token.end[0] + 1))
    return len(code - docstrings)


def code_size() -> pd.DataFrame:
    """The pipeline's definition in each form: the ASL file, and the durable function's module."""
    asl = definition_path("research_pipeline")
    function = Path(durable.__file__)
    rows = [
        {"version": "Step Functions (ASL)", "file": asl.name, "lines of code": code_lines(asl)},
        {"version": "durable function", "file": function.name, "lines of code": code_lines(function)},
    ]
    return pd.DataFrame(rows).set_index("version")


# --------------------------------------------------------------------------- billed units


def state_transitions(history: list[dict[str, Any]]) -> int:
    """State transitions Step Functions bills for an execution: each state entered, and each retry."""
    entered = sum(1 for e in history if e["type"].endswith("StateEntered"))
    scheduled = sum(1 for e in history if e["type"] == "TaskScheduled")
    task_states = sum(1 for e in history if e["type"] == "TaskStateEntered")
    return entered + max(0, scheduled - task_states)


def lambda_invocations(history: list[dict[str, Any]]) -> int:
    """Lambda requests a Step Functions execution made: one per task attempt."""
    return sum(1 for e in history if e["type"] == "TaskScheduled")


def counts(history: list[dict[str, Any]], run: DurableRun) -> pd.DataFrame:
    """One execution of each: what the orchestrator records and bills, side by side."""
    rows = [
        {
            "version": "Step Functions (ASL)",
            "billed orchestration units": state_transitions(history),
            "unit": "state transition",
            "Lambda invocations": lambda_invocations(history),
            "history events": len(history),
        },
        {
            "version": "durable function",
            "billed orchestration units": run.checkpoints,
            "unit": "durable operation (checkpointed)",
            "Lambda invocations": run.invocations,
            "history events": None,
        },
    ]
    return pd.DataFrame(rows).set_index("version")


def cost(history: list[dict[str, Any]], run: DurableRun, executions: int = 1_000) -> pd.DataFrame:
    """USD for `executions` executions like these two, at `PRICES` (orchestration + Lambda requests)."""
    table = counts(history, run)
    unit_price = [PRICES.per_state_transition, PRICES.per_durable_operation]
    table["orchestration USD"] = table["billed orchestration units"] * unit_price * executions
    table["Lambda request USD"] = table["Lambda invocations"] * PRICES.per_lambda_request * executions
    table["total USD"] = table["orchestration USD"] + table["Lambda request USD"]
    table["× Step Functions"] = table["total USD"] / table["total USD"].iloc[0]
    table.attrs["executions"] = executions
    table.attrs["prices"] = f"read {PRICES.read_on} from {', '.join(PRICES.sources)}"
    return table[["billed orchestration units", "Lambda invocations", "orchestration USD", "Lambda request USD", "total USD", "× Step Functions"]]  # fmt: skip


# --------------------------------------------------------------------------- failure semantics


def failure_semantics() -> pd.DataFrame:
    """What each version does when things go wrong, as this package's two versions are written."""
    rows = [
        (
            "a step fails, may pass on retry",
            "Retry on the Task state (2 s, ×2, 3 attempts); each attempt is a billed transition",
            "step retry strategy (same numbers); the SDK checkpoints the retry, ends the invocation and "
            "invokes the function again, which replays to that step",
        ),
        (
            "a step fails for good",
            "Catch → HandleError → Fail; the execution's input and results so far stay in its history",
            "StepError → handle_error step → the execution fails; completed steps stay checkpointed",
        ),
        (
            "the process running a step dies",
            "that Lambda invocation fails; Retry (if it names the error) runs only that task again",
            "the service invokes the function again; completed steps replay from checkpoints, the step in "
            "flight runs again (at least once per retry)",
        ),
        (
            "waiting for a person",
            ".waitForTaskToken, TimeoutSeconds 86400 → States.Timeout → Catch → rejection",
            "wait_for_callback, timeout 24 h → CallbackTimeoutError → rejection; no compute while waiting",
        ),
        (
            "who may answer",
            "whoever holds the task token (SendTaskSuccess/Failure)",
            "whoever holds the callback id (SendDurableExecutionCallbackSuccess/Failure)",
        ),
        (
            "what must stay deterministic",
            "nothing: the state machine is data",
            "the code between steps: a replay must reach the same steps in the same order",
        ),
    ]
    return pd.DataFrame(rows, columns=["situation", "Step Functions (ASL)", "durable function"]).set_index(
        "situation"
    )
