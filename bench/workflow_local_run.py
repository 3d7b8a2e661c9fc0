"""What one local Step Functions execution costs with agentkit's fast paths, against moto's own paths.

    .venv/bin/python bench/workflow_local_run.py [--runs 40] [--steps 3]

`agentkit.workflows.local` removes fixed costs from moto's interpreter (the ASL parsed once per
definition, JSONPath compiled once, `wait` woken when the execution ends) and `agentkit.local.aws` shares
one boto3 client per service among its tasks. The peer, in the same process and interleaved run by run,
is moto's own way: the ASL parsed per execution, JSONPath compiled per use, a client per task, and `wait`
polling every 50 ms. Each run is a task_execution of --steps steps whose tool calls are stubbed, so only
the workflow machinery is measured. Prints median wall and CPU time (all threads) per run, and ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import boto3

from agentkit.local import aws as local_aws
from agentkit.local.aws import LocalAWS
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import local


def stub_step(event: Any, context: Any) -> dict[str, Any]:
    step = event["step"]
    return {"number": step["number"], "action": step["action"], "result": step["input"]}


class _Forgetful(dict):
    """A client cache that never keeps a client: every task builds its own, as moto does."""

    def __contains__(self, key: object) -> bool:
        return False

    def __getitem__(self, key: Any) -> Any:
        return self.pop(key)


@contextmanager
def motos_own_paths() -> Iterator[None]:
    """Undo the fast paths while the block runs (they are installed by `deploy`)."""
    from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
    from moto.stepfunctions.parser.asl.utils import json_path
    from moto.stepfunctions.parser.backend.execution import BaseExecutionWorkerCommunication
    from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

    def parse_each_time(self: ExecutionWorker) -> Any:
        return AmazonStateLanguageParser.parse(self._evaluation_details.state_machine_details.definition)[0]

    saved = (
        ExecutionWorker._get_evaluation_entrypoint,
        BaseExecutionWorkerCommunication.terminated,
        json_path.parse,
        local_aws._sfn_clients,
    )
    ExecutionWorker._get_evaluation_entrypoint = parse_each_time
    BaseExecutionWorkerCommunication.terminated = saved[1].__wrapped__
    json_path.parse = saved[2].__wrapped__
    local_aws._sfn_clients = _Forgetful()
    try:
        yield
    finally:
        (
            ExecutionWorker._get_evaluation_entrypoint,
            BaseExecutionWorkerCommunication.terminated,
            json_path.parse,
            local_aws._sfn_clients,
        ) = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--steps", type=int, default=3)
    args = parser.parse_args()
    task = {
        "description": "bench",
        "steps": [{"action": "search_documents", "input": f"step {n}"} for n in range(args.steps)],
    }
    with LocalAWS() as server:

        def client(service: str) -> Any:
            return boto3.client(
                service,
                endpoint_url=server.url,
                region_name="us-east-1",
                aws_access_key_id="testing",
                aws_secret_access_key="testing",
            )

        sfn = client("stepfunctions")
        arn = local.deploy(
            "task_execution", HANDLERS | {"ExecuteStepFunctionArn": stub_step}, name="bench", client=client
        )
        ways = {
            "agentkit fast paths": nullcontext,
            "peer: moto's own": motos_own_paths,
        }
        wall: dict[str, list[float]] = {name: [] for name in ways}
        cpu: dict[str, list[float]] = {name: [] for name in ways}
        for run in range(args.runs + 1):
            for name, way in ways.items():
                with way():
                    started, used = time.perf_counter(), time.process_time()
                    done = local.run(sfn, arn, task)
                    if run:  # the first run of each is a warm-up
                        wall[name].append((time.perf_counter() - started) * 1000)
                        cpu[name].append((time.process_time() - used) * 1000)
                assert done["status"] == "SUCCEEDED", json.dumps(done, default=str)
    print(f"task_execution, {args.steps} steps, median of {args.runs} runs each")
    for name in ways:
        print(
            f"  {name:22} {statistics.median(wall[name]):7.1f} ms wall {statistics.median(cpu[name]):7.1f} ms CPU"
        )
    fast, peer = ways
    print(
        f"  ratio peer/fast: {statistics.median(wall[peer]) / statistics.median(wall[fast]):.2f}x wall, "
        f"{statistics.median(cpu[peer]) / statistics.median(cpu[fast]):.2f}x CPU"
    )


if __name__ == "__main__":
    main()
