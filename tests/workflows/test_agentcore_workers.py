"""The researcher, analyst and writer as AgentCore Runtime apps on loopback, called by `AgentCoreClient`.

One set of workers and one callback inbox serve the whole module (real uvicorn servers, real HTTP). The
researcher's handler is the kit's own behind a gate that is open unless a test closes it, so a test can
hold an async job open and watch `/ping` while it runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agentkit.service import handlers
from agentkit.service.agentcore_workers import CallbackInbox, Workers, serve_workers
from agentkit.workflows import agentcore
from agentkit.workflows.agentcore import AgentCoreClient, AgentCoreError, AgentInvocationError

SALES = "SELECT region, ROUND(SUM(revenue), 2) AS revenue FROM sales GROUP BY region ORDER BY region"
RESEARCH = {"topic": "parental leave"}
ANALYSIS = {"topic": "revenue by region", "sql": SALES}


class Gate:
    """Open by default; a closed gate holds the researcher's handler until it opens again."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()

    def research(self, event: Any, context: Any) -> dict[str, Any]:
        if not self.open.wait(timeout=20):
            raise TimeoutError("the test never opened the gate")
        return handlers.research(event, context)


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate()


@pytest.fixture(scope="module")
def workers(gate: Gate, data_dir: Any, module_env: Any) -> Iterator[Workers]:
    """The three workers; research and analysis run notebook 06's agents, so the module points at the
    local platform (its Bedrock endpoint) first."""
    with serve_workers(handlers={"researcher": gate.research}) as served:
        yield served


@pytest.fixture(scope="module")
def inbox() -> Iterator[CallbackInbox]:
    with CallbackInbox() as receiving:
        yield receiving


@pytest.fixture
def client(workers: Workers) -> Iterator[AgentCoreClient]:
    with workers.client() as made:
        yield made


def ping_until(client: AgentCoreClient, agent: str, status: str, timeout_s: float = 5.0) -> str:
    """Poll /ping until it says `status`: a job ends just after its callback is acknowledged, so a test that
    sent one waits for its worker to be idle again before the next test pings it."""
    deadline = time.monotonic() + timeout_s
    while (said := client.ping(agent).status) != status and time.monotonic() < deadline:
        time.sleep(0.01)
    return said


# --------------------------------------------------------------------------- the contract


def test_every_worker_pings_healthy_when_idle(client: AgentCoreClient) -> None:
    for agent in ("researcher", "analyst", "writer"):
        assert client.ping(agent).status == "Healthy"


def test_each_agent_card_names_the_worker_its_url_and_its_input(
    client: AgentCoreClient, workers: Workers
) -> None:
    card = client.agent_card("analyst")
    assert card["name"] == "analyst" and card["url"] == workers.agents["analyst"]
    assert card["capabilities"]["streaming"] and card["capabilities"]["pushNotifications"]
    (skill,) = card["skills"]
    assert "Input fields: topic, sql." in skill["description"]
    assert "text/event-stream" in card["defaultOutputModes"]


def test_the_researcher_answers_what_its_pipeline_step_answers(client: AgentCoreClient) -> None:
    answer = client.invoke("researcher", {"input": RESEARCH})
    assert answer.status == 200 and answer.events == []
    assert answer.output == {"agent": "researcher", "result": handlers.research(RESEARCH, None)}


def test_the_writer_streams_its_report_line_by_line_then_the_result(client: AgentCoreClient) -> None:
    event = {
        "topic": "parental leave",
        "research": handlers.research(RESEARCH, None),
        "analysis": handlers.analyze(ANALYSIS, None),
        "feedback": "Add the regional figures.",
    }
    report = handlers.write_report(event, None)
    events = [e.json() for e in client.stream("writer", {"input": event, "stream": True})]
    deltas, last = events[:-1], events[-1]
    assert {e["type"] for e in deltas} == {"delta"} and len(deltas) == report["body"].count("\n")
    assert "".join(e["text"] for e in deltas) == report["body"]
    assert last == {"type": "result", "agent": "writer", "result": report}
    record = client.records[-1]
    assert record.streamed and record.events == len(events) and record.first_event_ms <= record.latency_ms


def test_invoke_reads_a_stream_whole_into_events(client: AgentCoreClient) -> None:
    answer = client.invoke("analyst", {"input": ANALYSIS, "stream": True})
    assert answer.output is None
    assert answer.events[-1].json()["result"] == handlers.analyze(ANALYSIS, None)


def test_stream_refuses_an_answer_that_is_not_a_stream(client: AgentCoreClient) -> None:
    with pytest.raises(AgentCoreError, match='not a stream: ask it to stream .*"stream": true'):
        client.stream("analyst", {"input": ANALYSIS})


# --------------------------------------------------------------------------- errors


def test_a_bad_payload_is_a_400_in_the_error_shape_naming_the_field(client: AgentCoreClient) -> None:
    with pytest.raises(AgentInvocationError, match="input.topic: Field required") as raised:
        client.invoke("researcher", {"input": {"subject": "leave"}})
    error = raised.value
    assert error.status == 400 and client.records[-1].attempts == 1
    assert set(error.body) == {"code", "message", "details", "requestId", "timestamp"}
    assert {"field": "input.subject", "problem": "Extra inputs are not permitted"} in error.body["details"]


def test_a_callback_url_without_its_token_is_refused(client: AgentCoreClient, inbox: CallbackInbox) -> None:
    with pytest.raises(AgentInvocationError, match="callback_url and callback_token go together"):
        client.invoke("researcher", {"input": RESEARCH, "callback_url": inbox.url})


def test_a_failed_step_is_a_422_that_names_it(module_env: Any) -> None:
    """A step's own failure (here the analyst's query refused) is a 422 naming the error, not a 500."""

    def refused(event: Any, context: Any) -> Any:
        raise handlers.AnalysisError("only SELECT statements may run; rewrite the query as a SELECT")

    with (
        serve_workers(handlers={"analyst": refused}) as served,
        served.client() as client,
        pytest.raises(AgentInvocationError, match="HTTP 422: analyst: .*SELECT") as raised,
    ):
        client.invoke("analyst", {"input": ANALYSIS})
    assert raised.value.body["code"] == "AnalysisError"


def test_a_short_session_id_is_refused_before_any_call(client: AgentCoreClient) -> None:
    with pytest.raises(ValueError, match="AgentCore needs 33–256: use new_session_id"):
        client.invoke("researcher", {"input": RESEARCH}, session_id="too-short")
    assert client.records == []


def test_an_unknown_agent_or_address_is_named() -> None:
    with pytest.raises(
        ValueError, match=r"is neither the http\(s\) URL of a running app .* nor an AgentCore runtime ARN"
    ):
        AgentCoreClient({"researcher": "localhost:8080"})
    with (
        AgentCoreClient({"researcher": "http://127.0.0.1:9"}) as client,
        pytest.raises(ValueError, match="no agent 'critic'; this client knows researcher"),
    ):
        client.invoke("critic", {})


# --------------------------------------------------------------------------- the async pattern


def test_an_async_job_is_accepted_keeps_the_worker_busy_and_calls_back_with_its_token(
    client: AgentCoreClient, inbox: CallbackInbox, gate: Gate
) -> None:
    callback = inbox.expect()
    session = agentcore.new_session_id("job")
    gate.open.clear()
    try:
        accepted = client.invoke("researcher", {"input": RESEARCH, **callback}, session_id=session)
        assert accepted.status == 202
        assert accepted.output == {"status": "accepted", "agent": "researcher", "session_id": session}
        assert client.ping("researcher").status == "HealthyBusy"
        assert client.ping("analyst").status == "Healthy"
    finally:
        gate.open.set()
    delivered = inbox.wait(callback["callback_token"], timeout_s=10)
    assert delivered.token == callback["callback_token"] and delivered.status == "SUCCESS"
    assert delivered.session_id == session and delivered.result == handlers.research(RESEARCH, None)
    assert ping_until(client, "researcher", "Healthy") == "Healthy"


def test_a_job_that_fails_calls_back_a_failure_with_the_reason(
    client: AgentCoreClient, inbox: CallbackInbox
) -> None:
    callback = inbox.expect()
    client.invoke("researcher", {"input": {"topic": "zqxv wvut"}, **callback})
    delivered = inbox.wait(callback["callback_token"], timeout_s=10)
    assert delivered.status == "FAILURE" and delivered.result is None
    assert delivered.error.startswith("NoFindingsError: no document mentions any word of 'zqxv wvut'")
    assert ping_until(client, "researcher", "Healthy") == "Healthy"


def test_the_inbox_refuses_a_forged_or_replayed_token(client: AgentCoreClient, inbox: CallbackInbox) -> None:
    forged = {"token": "forged", "status": "SUCCESS", "agent": "researcher", "result": {}}
    assert httpx.post(inbox.url, json=forged).status_code == 403
    callback = inbox.expect()
    client.invoke("researcher", {"input": RESEARCH, **callback})
    replay = inbox.wait(callback["callback_token"]).model_dump()
    answer = httpx.post(inbox.url, json=replay)
    assert answer.status_code == 403 and answer.json()["code"] == "UnknownToken"
    assert ping_until(client, "researcher", "Healthy") == "Healthy"


# --------------------------------------------------------------------------- logs


def test_each_invocation_is_logged_as_one_structured_record(
    client: AgentCoreClient, caplog: pytest.LogCaptureFixture
) -> None:
    session = agentcore.new_session_id()
    with caplog.at_level(logging.INFO, logger=agentcore.__name__):
        client.invoke("analyst", {"input": ANALYSIS}, session_id=session)
    (logged,) = [r.agentcore for r in caplog.records if hasattr(r, "agentcore")]
    assert logged == client.records[-1].model_dump()
    assert logged["agent"] == "analyst" and logged["session_id"] == session
    assert logged["status"] == 200 and logged["attempts"] == 1 and logged["latency_ms"] > 0


def test_the_container_entry_point_names_the_roles(capsys: pytest.CaptureFixture[str]) -> None:
    from agentkit.service.agentcore_workers import main

    with pytest.raises(SystemExit):
        main(["critic"])
    assert "choose from 'researcher', 'analyst', 'writer'" in capsys.readouterr().err
