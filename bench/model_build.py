"""What building an agent's model costs, with the shared botocore loader and with a plain boto3 session.

    .venv/bin/python bench/model_build.py [--runs 30]

`agentkit.models.build_model()` makes its session with `agentkit.sessions.new_session`, whose sessions
share one botocore data loader, so the bedrock-runtime model and endpoint rules are parsed once per
process. The peer, in the same run and interleaved, is what a new `boto3.Session()` per model costs:
`build_model(session=boto3.Session())`. Offline (a local endpoint is started; no call is made). Medians
over --runs after one warm-up of each.
"""

from __future__ import annotations

import argparse
import statistics
import time

import boto3

import agentkit
from agentkit import models


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    agentkit.connect(quiet=True)
    ways = {
        "build_model() (shared loader)": lambda: models.build_model(),
        "peer: build_model(session=boto3.Session())": lambda: models.build_model(session=boto3.Session()),
    }
    timings: dict[str, list[float]] = {name: [] for name in ways}
    for build in ways.values():
        build()
    for _ in range(args.runs):
        for name, build in ways.items():
            started = time.perf_counter()
            build()
            timings[name].append((time.perf_counter() - started) * 1000)
    fastest = min(statistics.median(t) for t in timings.values())
    print(f"{'way':46} {'p50 ms':>8} {'× fastest':>10}")
    for name, values in timings.items():
        p50 = statistics.median(values)
        print(f"{name:46} {p50:8.1f} {p50 / fastest:10.1f}")


if __name__ == "__main__":
    main()
