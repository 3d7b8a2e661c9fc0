"""Each packaged workflow run locally, N times: state transitions and wall time; the durable pipeline beside it.

    AGENTKIT_MODE=local .venv/bin/python bench/workflows.py [--runs 20]

Why: notebook 08 says what a workflow costs to orchestrate (Step Functions bills state transitions, a
durable function its checkpointed operations) and how long a local run takes; these are the measured
figures behind that, for the four ASL files and for the durable version of the research pipeline.

Per workflow, --runs executions on the local platform (moto's Step Functions interpreter, tasks bound to
the real handlers in `agentkit.service.handlers`), each from `start_execution` to its end: p50/p95 wall time
in ms and the state transitions of its history (each state entered, and each retry). Workflows that wait for
a person (approval, research_pipeline) are approved by a poller that answers as soon as the token appears
(10 ms polls), so their time includes that reaction. The durable research pipeline runs the same handlers
under the official testing SDK (`agentkit.workflows.durable_local`), approved the same way; its rows show
checkpointed operations and invocations (1 + replays). Ratios are durable ÷ Step Functions research
pipeline, both measured in this run. Local times measure the orchestrators' overhead on this machine (moto's
interpreter vs the testing SDK's in-process service), not AWS latency; the cost lines use
`agentkit.workflows.compare.PRICES`, which names its sources and date.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

SALES_BY_REGION = (
    "SELECT region, ROUND(SUM(revenue), 2) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
)
REPORT = {"topic": "parental leave", "sql": SALES_BY_REGION}
INPUTS: dict[str, Any] = {
    "task_execution": {
        "description": "parental leave and regional revenue",
        "steps": [
            {"action": "search_documents", "input": "parental leave weeks"},
            {"action": "query_database", "input": SALES_BY_REGION},
        ],
    },
    "collaboration": REPORT,
    "approval": {"subject": "refund of order 1042", "details": {"amount": 120}},
    "research_pipeline": REPORT,
}
DECISION = {"approved": True, "feedback": "Lead with the figures."}
POLL = 0.01


def percentiles(seconds: list[float]) -> tuple[float, float]:
    ordered = sorted(seconds)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000


def spread(values: list[int]) -> str:
    """ "6" when every run had 6, "6-8" when they differed."""
    return str(min(values)) if min(values) == max(values) else f"{min(values)}-{max(values)}"


def step_functions_run(sfn: Any, arn: str, input: Any) -> tuple[float, list[dict[str, Any]]]:
    """One execution, approved when it asks; its wall time and history."""
    from agentkit.workflows import local

    began = time.perf_counter()
    execution = local.start(sfn, arn, input)
    while sfn.describe_execution(executionArn=execution)["status"] == "RUNNING":
        for token in local.pending_tokens(sfn, execution):
            sfn.send_task_success(taskToken=token, output=json.dumps(DECISION))
        time.sleep(POLL)
    seconds = time.perf_counter() - began
    done = local.wait(sfn, execution)
    if done["status"] != "SUCCEEDED":
        raise RuntimeError(f"{arn} ended {done['status']}: {done.get('error')} {done.get('cause')}")
    return seconds, local.history(sfn, execution)


def repeat(label: str, runs: int, once: Callable[[], Any]) -> list[Any]:
    results = []
    for n in range(1, runs + 1):
        results.append(once())
        if n == runs or n % max(1, runs // 4) == 0:
            print(f"  {label}: {n}/{runs}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="executions per workflow (default 20)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    began = time.perf_counter()

    import boto3

    import agentkit
    from agentkit.service.handlers import HANDLERS
    from agentkit.workflows import WORKFLOWS, compare, local
    from agentkit.workflows.durable import research_pipeline
    from agentkit.workflows.durable_local import LocalDurable

    agentkit.connect(quiet=True)
    sfn = boto3.client("stepfunctions")
    measured: dict[str, tuple[list[float], list[int]]] = {}
    histories: dict[str, list[dict[str, Any]]] = {}
    print(f"Step Functions on local AWS (moto), {args.runs} runs per workflow:", flush=True)
    for workflow in WORKFLOWS:
        arn = local.deploy(workflow, HANDLERS, name=f"bench-{workflow.replace('_', '-')}")
        step_functions_run(sfn, arn, INPUTS[workflow])  # warm-up: imports, first invoke
        runs = repeat(workflow, args.runs, lambda a=arn, w=workflow: step_functions_run(sfn, a, INPUTS[w]))
        measured[workflow] = ([s for s, _ in runs], [compare.state_transitions(h) for _, h in runs])
        histories[workflow] = runs[-1][1]

    print(f"Durable research pipeline (testing SDK, in process), {args.runs} runs:", flush=True)
    handler = research_pipeline(HANDLERS)
    with LocalDurable(handler, poll_interval=POLL) as service:
        service.run(REPORT, decision=DECISION)  # warm-up
        durable = repeat(
            "durable research_pipeline", args.runs, lambda: service.run(REPORT, decision=DECISION)
        )
    failed = [run for run in durable if run.status != "SUCCEEDED"]
    if failed:
        raise RuntimeError(f"{len(failed)} durable run(s) failed, e.g. {failed[0].error}")

    report(measured, durable, args.runs)
    print()
    cost = compare.cost(histories["research_pipeline"], durable[-1])
    print(f"cost per {cost.attrs['executions']:,} research pipeline executions (one approval each), USD, "
          f"{cost.attrs['prices']}:")  # fmt: skip
    for version, row in cost.iterrows():
        print(
            f"  {version:22} {row['billed orchestration units']:>3.0f} units → {row['orchestration USD']:.4f}"
            f" + {row['Lambda invocations']:.0f} Lambda requests → {row['Lambda request USD']:.4f}"
            f" = {row['total USD']:.4f}  (× {row['× Step Functions']:.2f})"
        )
    lines = compare.code_size()["lines of code"]
    print(
        f"code: {lines.iloc[0]} lines of ASL vs {lines.iloc[1]} lines of Python (durable.py: code lines only)"
    )
    print(f"\ntotal {time.perf_counter() - began:.1f} s")


def report(measured: dict[str, tuple[list[float], list[int]]], durable: list[Any], runs: int) -> None:
    print()
    print(f"{runs} runs each after 1 warm-up; wall time from start to end, ms")
    print(f"{'workflow':34} {'transitions':>11} {'p50 ms':>8} {'p95 ms':>8}")
    for workflow, (seconds, transitions) in measured.items():
        p50, p95 = percentiles(seconds)
        print(f"{workflow:34} {spread(transitions):>11} {p50:>8.1f} {p95:>8.1f}")
    checkpoints = [run.checkpoints for run in durable]
    invocations = spread([run.invocations for run in durable])
    p50, p95 = percentiles([run.seconds for run in durable])
    print()
    print(
        f"{'durable research_pipeline':34} {'checkpoints':>11} {'p50 ms':>8} {'p95 ms':>8} {'invocations':>11}"
    )
    print(f"{'':34} {statistics.median(checkpoints):>11.0f} {p50:>8.1f} {p95:>8.1f} {invocations:>11}")
    seconds, transitions = measured["research_pipeline"]
    peer50, peer95 = percentiles(seconds)
    print(
        f"durable ÷ Step Functions research_pipeline: billed units × "
        f"{statistics.median(checkpoints) / statistics.median(transitions):.2f}, "
        f"p50 × {p50 / peer50:.2f}, p95 × {p95 / peer95:.2f}"
    )


if __name__ == "__main__":
    main()
