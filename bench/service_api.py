"""The local API under load: throughput and p50/p99 with 50 concurrent clients, against a bare ASGI peer.

    AGENTKIT_MODE=local .venv/bin/python bench/service_api.py [--clients 50] [--requests 1000] [--turns 100]

Why: `agentkit serve` puts the service's Lambda handlers behind uvicorn through a local API Gateway
(`agentkit.service.asgi`): every request is an API Gateway event, the REQUEST authorizer runs first, the
function runs on a worker thread as one warm Lambda instance (one event at a time), and the answer is
turned back into HTTP. This shows what that costs per request, against the floor a bare ASGI
hello-world has on the same uvicorn configuration in the same process (the peer), measured in the same
run by the same clients:

- peer: `GET /` of the hello-world app;
- cached GET: `GET /agents/{id}` of one agent, again and again — what a UI polling an agent asks;
  each call runs the authorizer (API key lookup) and the REST function (the agent read);
- chat turn: `POST /agents/{id}/sessions/{session}/messages`, one session per client: a whole agent turn
  on the simulated model (Strands, local Bedrock) with one tool step (the agent's `multiply` tool, a local
  Lambda function), answered as JSON.

The clients are a separate process (asyncio + httpx, one keep-alive connection each), so they do not
share the server's interpreter lock; on a 2-core machine they still share its cores. Each client opens
its connection with one untimed GET, then all start together on `--requests` (or `--turns`) requests.
Also printed: each handler module's cold import (`python -X importtime`), against powertools' event
handler alone (what any REST handler on it imports).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import time
from typing import Any

HANDLER_MODULES = (
    "agentkit.service.rest",
    "agentkit.service.auth",
    "agentkit.service.realtime",
    "agentkit.service.graphql_api",
)
IMPORT_PEER = "aws_lambda_powertools.event_handler"


# --------------------------------------------------------------------------- the clients (child process)


async def _load(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec["count"]` requests spread over `spec["clients"]` clients, each on its own connection, opened
    (and warmed with one untimed `spec["warm"]` GET) before the timed requests start together."""
    import httpx

    latencies: list[float] = []
    failures: dict[int, int] = {}
    counter = iter(range(spec["count"]))

    async def timed(number: int, http: httpx.AsyncClient) -> None:
        for i in counter:
            path = spec["path"].format(client=number, i=i)
            started = time.perf_counter()
            response = await http.request(spec["method"], path, json=spec.get("body"))
            latencies.append(time.perf_counter() - started)
            if response.status_code >= 300:
                failures[response.status_code] = failures.get(response.status_code, 0) + 1

    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(
                httpx.AsyncClient(base_url=spec["url"], headers=spec["headers"], timeout=300)
            )
            for _ in range(spec["clients"])
        ]
        for warmed in await asyncio.gather(*(http.get(spec["warm"]) for http in clients)):
            warmed.raise_for_status()
        began = time.perf_counter()
        await asyncio.gather(*(timed(number, http) for number, http in enumerate(clients)))
        wall = time.perf_counter() - began
    return {"latencies": latencies, "wall": wall, "failures": failures}


def load(spec: dict[str, Any]) -> dict[str, float]:
    """Run the clients in a child process; throughput and percentiles (ms) of what they measured."""
    done = subprocess.run(
        [sys.executable, __file__, "--load"],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    if result["failures"]:
        raise SystemExit(f"{spec['method']} {spec['path']}: failed answers {result['failures']}")
    samples = sorted(result["latencies"])
    return {
        "rps": len(samples) / result["wall"],
        "p50": statistics.median(samples) * 1000,
        "p99": samples[min(len(samples) - 1, int(len(samples) * 0.99))] * 1000,
        "n": len(samples),
    }


# --------------------------------------------------------------------------- cold imports


def import_ms(module: str) -> tuple[float, list[tuple[float, str]]]:
    """`module`'s cumulative import time in a fresh interpreter (ms), and the five slowest modules in it
    by their own time."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match[1]) / 1000, int(match[2]) / 1000, match[4]))
    total = next(cumulative for _, cumulative, name in rows if name == module)
    slowest = sorted(((own, name) for own, _, name in rows), reverse=True)[:5]
    return total, slowest


# --------------------------------------------------------------------------- the run


def multiply(event: dict[str, Any], context: Any) -> float:
    """The bench agent's tool, run as its Lambda function."""
    return float(event["a"]) * float(event["b"])


QUESTION = "Multiply 17 by 23: what is the product of a=17 and b=23?"
MULTIPLY = {
    "name": "multiply",
    "description": "Multiply two numbers: the product of a and b.",
    "parameters": {
        "properties": {
            "a": {"type": "number", "description": "the first number"},
            "b": {"type": "number", "description": "the second number"},
        },
        "required": ["a", "b"],
    },
}


async def hello(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The peer: the least an ASGI app can answer."""
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": b'{"hello": "world"}'})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--requests", type=int, default=1000, help="GETs per operation (default 1000)")
    parser.add_argument("--turns", type=int, default=100, help="chat turns (default 100)")
    parser.add_argument("--load", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load:
        print(json.dumps(asyncio.run(_load(json.loads(sys.stdin.read())))))
        return
    began = time.perf_counter()

    import httpx

    from agentkit.service import serve

    with serve.start(name="bench") as server:
        peer = serve.Listening(hello).start()
        try:
            headers = {"x-api-key": server.api_key}
            from agentkit.workflows import local

            functions = local.functions(
                ["MultiplyFunctionArn"], {"MultiplyFunctionArn": multiply}, prefix="bench"
            )
            configuration = {
                "llmProvider": "bedrock",
                "model": "simulated",
                "systemPrompt": "Answer briefly.",
                "tools": [{**MULTIPLY, "handler": functions["MultiplyFunctionArn"]}],
            }
            agent = httpx.post(
                f"{server.url}/agents",
                json={"name": "bench", "configuration": configuration},
                headers=headers,
            ).json()["id"]
            turn = httpx.post(
                f"{server.url}/agents/{agent}/sessions/bench-check/messages",
                json={"message": QUESTION},
                headers=headers,
                timeout=120,
            ).json()
            if "tool_call" not in [e["type"] for e in turn["events"]]:
                raise SystemExit(
                    f"the chat turn took no tool step, so it is not the turn measured here: {turn}"
                )
            common = {"clients": args.clients, "headers": headers}
            runs = {
                "peer: GET / (hello world)": {
                    "url": peer.url,
                    "method": "GET",
                    "path": "/",
                    "warm": "/",
                    "count": args.requests,
                },
                "cached GET /agents/{id}": {
                    "url": server.url,
                    "method": "GET",
                    "path": f"/agents/{agent}",
                    "warm": f"/agents/{agent}",
                    "count": args.requests,
                },
                "chat turn (POST …/messages)": {
                    "url": server.url,
                    "method": "POST",
                    "path": f"/agents/{agent}/sessions/bench-{{client}}/messages",
                    "warm": f"/agents/{agent}",
                    "body": {"message": QUESTION},
                    "count": args.turns,
                },
            }
            results = {}
            for name, spec in runs.items():
                print(f"  {name}: {spec['count']} requests over {args.clients} clients ...", flush=True)
                results[name] = load({**common, **spec})
        finally:
            peer.stop()

    print(f"\n{args.clients} concurrent clients on loopback (a separate process), {server.url}:")
    print(
        f"{'operation':32} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'req/s vs peer':>14} {'p99 × peer':>11}"
    )
    base = results["peer: GET / (hello world)"]
    for name, figures in results.items():
        print(
            f"{name:32} {figures['rps']:9.1f} {figures['p50']:9.1f} {figures['p99']:9.1f} "
            f"{figures['rps'] / base['rps']:14.3f} {figures['p99'] / base['p99']:11.1f}"
        )

    print("\ncold import (python -X importtime, fresh interpreter):")
    peer_ms, _ = import_ms(IMPORT_PEER)
    print(f"  {IMPORT_PEER:40} {peer_ms:8.0f} ms  (peer)")
    for module in HANDLER_MODULES:
        if importlib.util.find_spec(module) is None:
            print(f"  {module:40} not in this package")
            continue
        total, slowest = import_ms(module)
        print(f"  {module:40} {total:8.0f} ms  {total / peer_ms:5.1f} × peer")
        print("      slowest own: " + ", ".join(f"{name} {own:.0f} ms" for own, name in slowest))
    print(f"\ntotal {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
