"""Agent framework overhead per tool round: one task, the same tools and endpoint, four agent runtimes.

    .venv/bin/python bench/agent_overhead.py [--runs 20]

Every runtime answers "What is 15 % of the sales revenue of the north region?" with the same two
agentkit tools (`sales_revenue`, then the built-in `calculator` on its result): two tool rounds and a
final answer, i.e. three model calls, against the local Bedrock endpoint of a `LocalPlatform` started in
this process (real boto3 clients over HTTP on 127.0.0.1, found through os.environ as in the notebooks):
- agentkit ReActAgent   — the from-scratch loop over raw boto3 `converse`, tools called directly
- Strands Agent         — `BedrockModel` (ConverseStream), tools through `Tool.as_strands()`
- LangGraph ReAct       — `create_react_agent(ChatBedrockConverse)`, tools through `Tool.as_langchain()`
- CrewAI Crew           — one Agent and Task on `LLM("bedrock/...")`, tools through `Tool.as_crewai()`
Each run is checked, and the benchmark stops if one is wrong: the agentkit ledger must show exactly
`sales_revenue(north)` → 12000 then `calculator` → 1800, the answer must contain 1800, and the request
bytes must be the same in every run (a fresh conversation, no history carried over).

The simulated model does not sleep (its `latencyMs` is modelled, not waited for), so wall time is all
client, framework, kit and local-server CPU; on AWS each model call adds ~0.5-2 s of real latency, next
to which every figure here is small. Columns (medians):
- import s      — the runtime's imports in a fresh interpreter (best of --import-repeats, interpreter
                  start-up excluded); paid once per process, e.g. on a Lambda cold start
- build ms      — constructing the agent, its model client(s) included (boto3 client creation dominates);
                  paid once per agent, not per run
- run ms        — one run on an already built agent, a fresh conversation each time; warm-up excluded
- ms/round      — run ms / 2 tool rounds (the final-answer call is shared out over the two rounds)
- calls, other  — model calls (Converse/ConverseStream) and any other requests to the endpoint, per run
- server ms     — time inside the local Bedrock WSGI app per run: routing, protocol and simulated model,
                  not werkzeug's HTTP parsing and sockets; the kit's local-server share of run ms
- req kB        — request bytes sent per run (prompts, tool schemas, history)
- beyond raw ms/round — (run ms − the same model calls as bare boto3 calls) / 2, the bare calls priced
                  at the reference rows (converse or converse_stream, whichever the runtime used): what
                  the runtime adds per tool round on top of the HTTP calls it has to make
- ×fastest      — run ms relative to the fastest runtime
Reference rows: one raw boto3 `converse` / `converse_stream` with the task's first request, i.e. the
floor for one model call (client + HTTP + server). The server runs in this process and shares the GIL
with the client; both halves are CPU on the same cores, and both are counted.
How to read it: the from-scratch loop is close to its floor (3 × raw converse); a framework's
"beyond raw" is its own per-round cost (message conversion, events, hooks, graph steps, threads, and
for CrewAI its prompt building and extra requests). Rows are measured interleaved, run by run.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
REGION = "us-east-1"
QUESTION = "What is 15 % of the sales revenue of the north region?"
REVENUE = {"north": 12000, "south": 8000}
EXPECTED = "1800"
TOOL_ROUNDS = 2
MODEL_ACTIONS = ("converse", "converse-stream")

# What each runtime imports, timed in a fresh interpreter (the adapters import the same modules).
IMPORTS = {
    "agentkit ReActAgent": "import boto3; import agentkit.react",
    "Strands Agent": "from strands import Agent; from strands.models import BedrockModel",
    "LangGraph ReAct": "from langchain_aws import ChatBedrockConverse; from langgraph.prebuilt import create_react_agent",
    "CrewAI Crew": "from crewai import LLM, Agent, Crew, Task",
}
IMPORT_PROBE = "import time; t = time.perf_counter(); {imports}; print(time.perf_counter() - t)"


# ----------------------------------------------------------------------------- the local server's share


@dataclass(frozen=True)
class Request:
    action: str  # the last path segment: converse, converse-stream, count-tokens, ...
    status: int
    bytes_in: int
    server_s: float


class Recorder:
    """WSGI middleware around the local Bedrock app: every request, its status and its time in the app.

    Time in the app includes producing the body (a ConverseStream body is a generator), not werkzeug's
    HTTP parsing and socket writes around it.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]]):
        self.app = app
        self._requests: list[Request] = []
        self._in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterator[bytes]:
        with self._lock:
            self._in_flight += 1
        status: list[int] = []
        request: Request | None = None

        def recording_start_response(code: str, *args: Any) -> Any:
            status.append(int(code.split()[0]))
            return start_response(code, *args)

        try:
            started = time.perf_counter()
            body = self.app(environ, recording_start_response)
            chunks = iter(body)
            elapsed = time.perf_counter() - started
            try:
                while True:
                    started = time.perf_counter()
                    try:
                        chunk = next(chunks)
                    except StopIteration:
                        elapsed += time.perf_counter() - started
                        break
                    elapsed += time.perf_counter() - started
                    yield chunk
            finally:
                close = getattr(body, "close", None)
                if close is not None:
                    close()
            request = Request(
                action=environ.get("PATH_INFO", "").rsplit("/", 1)[-1],
                status=status[0] if status else 0,
                bytes_in=int(environ.get("CONTENT_LENGTH") or 0),
                server_s=elapsed,
            )
        finally:
            with self._lock:
                self._in_flight -= 1
                if request is not None:
                    self._requests.append(request)

    def take(self, timeout_s: float = 5.0) -> list[Request]:
        """The requests since the last take, once the server has finished each (it records after the last byte)."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._lock:
                if self._in_flight == 0 or time.monotonic() > deadline:
                    taken, self._requests = self._requests, []
                    return taken
            time.sleep(0.0002)


# ----------------------------------------------------------------------------- the task and the runtimes


def make_tools() -> list[Any]:
    from agentkit.tools import tool
    from agentkit.tools.builtin import calculator

    @tool
    def sales_revenue(region: Literal["north", "south"]) -> int:
        """Total sales revenue of a region.

        Args:
            region: the region, north or south
        """
        return REVENUE[region]

    return [sales_revenue, calculator]


Run = Callable[[], str]  # one fresh conversation on a built agent; returns the final answer's text


def build_react(tools: list[Any]) -> Run:
    import boto3

    from agentkit.react import ReActAgent

    agent = ReActAgent(tools, model_id=MODEL_ID, client=boto3.client("bedrock-runtime"))
    return lambda: agent.run(QUESTION).answer or ""


def build_strands(tools: list[Any]) -> Run:
    from strands import Agent
    from strands.models import BedrockModel

    agent = Agent(
        model=BedrockModel(model_id=MODEL_ID), tools=[t.as_strands() for t in tools], callback_handler=None
    )

    def run() -> str:
        agent.messages.clear()  # a new conversation; the agent keeps its history otherwise
        return str(agent(QUESTION))

    return run


def build_langgraph(tools: list[Any]) -> Run:
    from langchain_aws import ChatBedrockConverse
    from langgraph.prebuilt import create_react_agent

    model = ChatBedrockConverse(model=MODEL_ID, region_name=REGION)
    with warnings.catch_warnings():  # deprecated in favour of langchain.agents.create_agent (not installed)
        warnings.simplefilter("ignore")
        graph = create_react_agent(model, [t.as_langchain() for t in tools])
    return lambda: graph.invoke({"messages": [("user", QUESTION)]})["messages"][-1].text


def build_crewai(tools: list[Any]) -> Run:
    from crewai import LLM, Agent, Crew, Task

    analyst = Agent(
        role="Sales analyst",
        goal="Answer questions about sales with the tools",
        backstory="You look numbers up before you compute.",
        tools=[t.as_crewai() for t in tools],
        llm=LLM(model=f"bedrock/{MODEL_ID}"),
        verbose=False,
    )
    task = Task(description=QUESTION, expected_output="the number", agent=analyst)
    crew = Crew(agents=[analyst], tasks=[task], verbose=False)
    return lambda: crew.kickoff().raw


BUILDERS: dict[str, Callable[[list[Any]], Run]] = {
    "agentkit ReActAgent": build_react,
    "Strands Agent": build_strands,
    "LangGraph ReAct": build_langgraph,
    "CrewAI Crew": build_crewai,
}


# ----------------------------------------------------------------------------- measuring


@dataclass
class Result:
    import_s: float = float("nan")
    build_s: list[float] = field(default_factory=list)
    run_s: list[float] = field(default_factory=list)
    model_calls: list[int] = field(default_factory=list)
    stream_calls: list[int] = field(default_factory=list)  # of which ConverseStream
    other_requests: list[int] = field(default_factory=list)
    server_s: list[float] = field(default_factory=list)
    bytes_in: list[int] = field(default_factory=list)
    odd_statuses: dict[str, int] = field(default_factory=dict)  # "count-tokens 404" -> requests per run


class WrongRun(SystemExit):
    pass


def timed_run(
    name: str, run: Run, recorder: Recorder, result: Result | None, expected_bytes: int | None
) -> int:
    """One run, checked; its figures go into `result` (None for warm-up). Returns the request bytes."""
    from agentkit.tools import Ledger, invocation_context

    ledger = Ledger()
    recorder.take()
    with invocation_context(agent_id=name, ledger=ledger):
        started = time.perf_counter()
        answer = run()
        elapsed = time.perf_counter() - started
    requests = recorder.take()

    calls = [(r.tool, r.status, r.input, r.output) for r in ledger]
    problems = []
    if [c[0] for c in calls] != ["sales_revenue", "calculator"] or any(c[1] != "success" for c in calls):
        problems.append(f"expected sales_revenue then calculator, both successful; the ledger has {calls}")
    elif calls[0][2] != {"region": "north"} or calls[0][3] != {"result": REVENUE["north"]}:
        problems.append(f"expected sales_revenue(north) -> 12000; got {calls[0]}")
    elif EXPECTED not in str(calls[1][3]):
        problems.append(f"expected the calculator to return {EXPECTED}; got {calls[1]}")
    if EXPECTED not in answer:
        problems.append(f"expected {EXPECTED} in the answer; got {answer[:300]!r}")
    model = [r for r in requests if r.action in MODEL_ACTIONS]
    if any(r.status != 200 for r in model):
        problems.append(f"model calls failed: {[(r.action, r.status) for r in model]}")
    sent = sum(r.bytes_in for r in requests)
    if expected_bytes is not None and abs(sent - expected_bytes) > 0.05 * expected_bytes:
        problems.append(f"sent {sent} request bytes, not ~{expected_bytes} as before: history carried over?")
    if problems:
        raise WrongRun(f"{name}: wrong run:\n  " + "\n  ".join(problems))

    if result is not None:
        result.run_s.append(elapsed)
        result.model_calls.append(len(model))
        result.stream_calls.append(sum(r.action == "converse-stream" for r in model))
        result.other_requests.append(len(requests) - len(model))
        result.server_s.append(sum(r.server_s for r in requests))
        result.bytes_in.append(sent)
        odd: dict[str, int] = {}
        for r in requests:
            if r.status != 200:
                odd[f"{r.action} {r.status}"] = odd.get(f"{r.action} {r.status}", 0) + 1
        result.odd_statuses = odd
    return sent


def import_seconds(imports: str, repeats: int) -> float:
    """`imports` timed in a fresh interpreter, best of `repeats` (the first also warms the file cache)."""
    code = IMPORT_PROBE.format(imports=imports)
    timings = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-W", "ignore", "-c", code],
            capture_output=True,
            text=True,
            env=os.environ,
            check=True,
        )
        timings.append(float(out.stdout.strip().splitlines()[-1]))
    return min(timings)


def raw_round_trip(stream: bool, tools: list[Any], calls: int) -> float:
    """Median seconds of one raw boto3 call with the task's first request: the floor per model call."""
    import boto3

    client = boto3.client("bedrock-runtime")
    request = {
        "modelId": MODEL_ID,
        "messages": [{"role": "user", "content": [{"text": QUESTION}]}],
        "toolConfig": {"tools": [t.spec for t in tools]},
    }

    def call() -> None:
        if stream:
            for _ in client.converse_stream(**request)["stream"]:
                pass
        else:
            client.converse(**request)

    for _ in range(20):
        call()
    timings = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="measured runs per runtime (default 20)")
    parser.add_argument(
        "--warmup", type=int, default=3, help="warm-up runs per runtime, not measured (default 3)"
    )
    parser.add_argument(
        "--builds", type=int, default=5, help="timed agent constructions per runtime (default 5)"
    )
    parser.add_argument(
        "--import-repeats", type=int, default=2, help="fresh interpreters per import (default 2)"
    )
    parser.add_argument("--skip-imports", action="store_true", help="do not time imports")
    args = parser.parse_args()
    began = time.perf_counter()

    # Before anything imports crewai, here or in the import probes.
    storage = tempfile.TemporaryDirectory(prefix="agentkit-bench-crewai-")
    os.environ.update(
        CREWAI_DISABLE_TELEMETRY="true", CREWAI_TRACING_ENABLED="false", CREWAI_STORAGE_DIR=storage.name
    )
    results = {name: Result() for name in BUILDERS}

    if not args.skip_imports:
        for name, imports in IMPORTS.items():
            print(f"timing imports of {name} in a fresh interpreter ({args.import_repeats}×) ...", flush=True)
            results[name].import_s = import_seconds(imports, args.import_repeats)

    import boto3

    from agentkit.local.platform import LocalPlatform

    platform = LocalPlatform()
    recorder = Recorder(platform.bedrock.app)
    platform.bedrock.app = recorder  # before start(): the server is made with this app
    with platform, storage:
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
            os.environ.pop(name, None)
        os.environ.update(platform.environment(REGION))
        boto3.DEFAULT_SESSION = None
        # CrewAI warns on every call that the endpoint has no CountTokens; the table reports those requests.
        logging.getLogger("crewai").setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", category=DeprecationWarning)

        tools = make_tools()
        runs: dict[str, Run] = {}
        expected_bytes: dict[str, int] = {}
        for name, build in BUILDERS.items():
            print(f"warming up {name}: first build and {args.warmup} runs ...", flush=True)
            run = build(tools)  # imports and first-use costs land here, unmeasured
            for _ in range(args.warmup):
                expected_bytes[name] = timed_run(name, run, recorder, None, expected_bytes.get(name))
            runs[name] = run
            for _ in range(args.builds):
                started = time.perf_counter()
                build(tools)
                results[name].build_s.append(time.perf_counter() - started)
            recorder.take()

        print("measuring the raw boto3 round trips (reference rows) ...", flush=True)
        raw = {
            "converse": raw_round_trip(False, tools, 200),
            "converse-stream": raw_round_trip(True, tools, 200),
        }

        # Interleaved, so that drift (other load, CPU frequency) is shared by all runtimes.
        for number in range(1, args.runs + 1):
            for name, run in runs.items():
                timed_run(name, run, recorder, results[name], expected_bytes[name])
            if number == 1 or number % 5 == 0 or number == args.runs:
                latest = ", ".join(f"{name} {results[name].run_s[-1] * 1000:.1f}" for name in runs)
                print(f"run {number}/{args.runs} (ms): {latest}", flush=True)

    report(results, raw, args)
    print(f"\ntotal {time.perf_counter() - began:.0f} s")


def report(results: dict[str, Result], raw: dict[str, float], args: argparse.Namespace) -> None:
    ms = 1000.0
    medians = {name: statistics.median(r.run_s) for name, r in results.items()}
    fastest = min(medians.values())
    header = (
        f"{'runtime':34} {'import s':>8} {'build ms':>9} {'run ms':>8} {'ms/round':>9} {'calls':>6} "
        f"{'other':>6} {'server ms':>10} {'req kB':>7} {'beyond raw ms/round':>20} {'×fastest':>9}"
    )
    print()
    print(
        f"{args.runs} runs per runtime after {args.warmup} warm-up runs; medians; {TOOL_ROUNDS} tool rounds per run"
    )
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        calls = statistics.median(r.model_calls)
        streamed = statistics.median(r.stream_calls)
        imported = "-" if math.isnan(r.import_s) else f"{r.import_s:.2f}"
        floor = (calls - streamed) * raw["converse"] + streamed * raw[
            "converse-stream"
        ]  # bare calls, same kind
        print(
            f"{name:34} {imported:>8} {statistics.median(r.build_s) * ms:9.1f} {medians[name] * ms:8.1f} "
            f"{medians[name] / TOOL_ROUNDS * ms:9.1f} {calls:6.0f} {statistics.median(r.other_requests):6.0f} "
            f"{statistics.median(r.server_s) * ms:10.1f} {statistics.median(r.bytes_in) / 1000:7.1f} "
            f"{(medians[name] - floor) / TOOL_ROUNDS * ms:20.1f} {medians[name] / fastest:9.2f}"
        )
    for action, seconds in raw.items():
        label = f"reference: raw boto3 {action.replace('-', '_')}"
        print(f"{label:34} {'':8} {'':9} {seconds * ms:8.2f} {'':9} {1:6d}")
    for name, r in results.items():
        if r.odd_statuses:
            shown = ", ".join(f"{n}× {what}" for what, n in r.odd_statuses.items())
            print(f"note: {name} also sends, per run, {shown} (counted in 'other', 'server ms' and 'run ms')")


if __name__ == "__main__":
    main()
