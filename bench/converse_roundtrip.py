"""Local Converse round trip on loopback: p50, p99 and requests/s, against peers in the same run.

    .venv/bin/python bench/converse_roundtrip.py [--calls 500] [--threads 4]

Figures (all through real boto3 clients over HTTP on 127.0.0.1):
- converse + tools (simulator)  — the notebooks' call: server, protocol and the simulated model
- converse + tools (no model)   — the same call with a zero-work model: the kit's protocol overhead
- converse_stream + tools       — the same, as an AWS event stream
- moto DynamoDB GetItem         — peer: another local AWS call on the same loopback
- plain HTTP GET (httpx)        — peer: the floor, a bare request to the same server
Ratios are to the fastest row. The target for the first row is p50 ≤ 5 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import boto3
import httpx

from agentkit.local.bedrock.server import LocalBedrock
from agentkit.local.platform import LocalPlatform

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
MESSAGES = [{"role": "user", "content": [{"text": "What is 17 * 23, and what time is it in Tokyo?"}]}]
TOOLS = {
    "tools": [
        {"toolSpec": {"name": "calculator", "description": "Evaluate an arithmetic expression.",
                      "inputSchema": {"json": {"type": "object", "properties": {"expression": {"type": "string"}},
                                               "required": ["expression"]}}}},
        {"toolSpec": {"name": "current_time", "description": "Current time in a city or time zone.",
                      "inputSchema": {"json": {"type": "object", "properties": {"timezone": {"type": "string"}},
                                               "required": ["timezone"]}}}},
    ]
}  # fmt: skip
CREDENTIALS = {"region_name": "us-east-1", "aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


class NoWorkModel:
    """A model that answers instantly with a fixed tool call: isolates the server's own cost."""

    def converse(self, request: dict) -> dict:
        use = {"toolUseId": "tooluse_fixed", "name": "calculator", "input": {"expression": "17 * 23"}}
        return {
            "output": {"message": {"role": "assistant", "content": [{"toolUse": use}]}},
            "stopReason": "tool_use",
            "usage": {"inputTokens": 1, "outputTokens": 1, "totalTokens": 2},
            "metrics": {"latencyMs": 0},
        }


def measure(call: Callable[[], object], calls: int, threads: int) -> dict[str, float]:
    for _ in range(min(50, calls)):
        call()
    timings = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        timings.append(time.perf_counter() - started)
    timings.sort()
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda _: call(), range(calls)))
    concurrent_rps = calls / (time.perf_counter() - started)
    return {
        "p50_ms": statistics.median(timings) * 1000,
        "p99_ms": timings[min(len(timings) - 1, int(len(timings) * 0.99))] * 1000,
        "rps_1": 1 / statistics.fmean(timings),
        f"rps_{threads}": concurrent_rps,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    with LocalPlatform() as platform, LocalBedrock(model=NoWorkModel()) as bare:
        runtime = boto3.client("bedrock-runtime", endpoint_url=platform.bedrock.url, **CREDENTIALS)
        bare_runtime = boto3.client("bedrock-runtime", endpoint_url=bare.url, **CREDENTIALS)
        dynamodb = boto3.client("dynamodb", endpoint_url=platform.aws.url, **CREDENTIALS)
        dynamodb.create_table(
            TableName="bench",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        dynamodb.put_item(TableName="bench", Item={"pk": {"S": "k"}, "v": {"S": "x" * 100}})
        http = httpx.Client()
        health = platform.bedrock.url + "/_agentkit/health"

        def stream() -> None:
            for _ in runtime.converse_stream(modelId=MODEL_ID, messages=MESSAGES, toolConfig=TOOLS)["stream"]:
                pass

        rows = {
            "converse + tools (simulator)": lambda: runtime.converse(
                modelId=MODEL_ID, messages=MESSAGES, toolConfig=TOOLS
            ),
            "converse + tools (no model)": lambda: bare_runtime.converse(
                modelId=MODEL_ID, messages=MESSAGES, toolConfig=TOOLS
            ),
            "converse_stream + tools (simulator)": stream,
            "peer: moto DynamoDB GetItem": lambda: dynamodb.get_item(
                TableName="bench", Key={"pk": {"S": "k"}}
            ),
            "peer: plain HTTP GET (httpx)": lambda: http.get(health),
        }
        results = {}
        for name, call in rows.items():
            print(f"measuring {name} ({args.calls} calls) ...", flush=True)
            results[name] = measure(call, args.calls, args.threads)

    fastest = min(r["p50_ms"] for r in results.values())
    print()
    print(
        f"{'call':38} {'p50 ms':>8} {'p99 ms':>8} {'req/s 1':>9} {f'req/s {args.threads}':>9} {'p50 ×fastest':>13}"
    )
    for name, r in results.items():
        print(
            f"{name:38} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['rps_1']:9.0f} "
            f"{r[f'rps_{args.threads}']:9.0f} {r['p50_ms'] / fastest:13.2f}"
        )
    target = results["converse + tools (simulator)"]["p50_ms"]
    print(
        f"\ntarget p50 ≤ 5 ms for a non-streamed call with tools: {target:.2f} ms ({'met' if target <= 5 else 'missed'})"
    )


if __name__ == "__main__":
    main()
