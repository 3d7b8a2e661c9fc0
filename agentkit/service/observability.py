"""The API's tracer and metrics (aws-lambda-powertools), shared by its functions: one of each per process.

* `tracer()` records each invocation (and what it calls through boto3) as an X-Ray segment. Powertools turns
  it off outside Lambda by itself, so locally and in tests it records nothing. It is made on the first
  traced invocation, not at import: the X-Ray SDK builds a botocore client when it is imported (about a
  fifth of the REST handler's cold import). A traced function pays that on its first invocation instead;
  the authorizer, which imports the service layer for its rules but is not traced, never pays it.
* `metrics` counts what the service did — agents created and deleted, tasks started, approvals decided, chat
  turns — as CloudWatch metrics in the embedded metric format: one JSON line on stdout per invocation, which
  Lambda's log delivery turns into metrics in namespace `agentkit`. `agentkit serve` sets
  `POWERTOOLS_METRICS_DISABLED` (no CloudWatch reads those lines locally; set it to `false` to see them).

The function handlers wrap themselves with `observed`, which writes the invocation's metrics when it ends;
the service layer (`operations`, `chat`) only calls `count`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

NAMESPACE = "agentkit"

metrics = Metrics(namespace=NAMESPACE, service="agentkit-api")

Handler = Callable[[dict[str, Any], Any], Any]


@functools.cache
def tracer() -> Tracer:
    """The process's tracer (one, as powertools shares its configuration between instances anyway)."""
    return Tracer(service="agentkit-api")


def count(name: str, value: float = 1) -> None:
    """Add `value` to the metric `name` (a count) of this invocation."""
    metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)


def observed(handler: Handler) -> Handler:
    """`handler` traced, and this invocation's metrics written when it ends (none counted: no line at all —
    powertools' own `log_metrics` warns on every invocation that counts nothing, a GET's)."""
    traced: Handler | None = None

    @functools.wraps(handler)
    def run(event: dict[str, Any], context: Any) -> Any:
        nonlocal traced
        traced = traced or tracer().capture_lambda_handler(handler)
        try:
            return traced(event, context)
        finally:
            if metrics.metric_set:
                metrics.flush_metrics()  # the EMF line, unless POWERTOOLS_METRICS_DISABLED
            metrics.clear_metrics()

    return run
