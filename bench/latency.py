"""One call timed many times: the p50 and p95 latency (ms) and the sequential rate the benchmarks print."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def sample(call: Callable[[], object], reps: int, *, warmup: int) -> dict[str, float]:
    """`warmup` untimed calls (caches, connections), then `reps` timed ones."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(reps):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    samples.sort()
    return {
        "p50": statistics.median(samples) * 1000,
        "p95": samples[min(len(samples) - 1, int(len(samples) * 0.95))] * 1000,
        "ops": 1 / statistics.fmean(samples),
    }
