"""schemathesis against the OpenAPI document `agentkit serve` serves: a bounded, derandomized run of every
operation it documents, over real HTTP with the demo key. Passing means 0 server errors, and every answer's
status, content type, headers and body are the ones the document declares for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from agentkit.local.platform import LocalPlatform
from agentkit.service import serve

MAX_EXAMPLES = 15
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def server(module_env: LocalPlatform) -> Iterator[serve.Server]:
    with serve.start(name="serve-openapi") as running:
        yield running


def test_the_served_api_answers_as_its_document_says(server: serve.Server) -> None:
    """Every documented operation, `MAX_EXAMPLES` generated requests each; all failures are reported together.

    (schemathesis' own pytest loader, `schemathesis.pytest.from_fixture`, fails on pytest 9 — it reads
    `request.node._nodeid`, which pytest 9 dropped — so the operations are walked here with Hypothesis.)
    """
    document = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in document.get_all_operations()]
    assert len(operations) >= 5
    failures: dict[str, str] = {}
    for operation in operations:

        @settings(
            max_examples=MAX_EXAMPLES,
            derandomize=True,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def conforms(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=server.url, headers={"x-api-key": server.api_key}, checks=CHECKS)

        try:
            conforms()
        except Exception as failure:  # noqa: BLE001 — collected, then reported all at once
            failures[operation.label] = str(failure)
    assert not failures, "\n\n".join(f"{label}:\n{why}" for label, why in failures.items())
