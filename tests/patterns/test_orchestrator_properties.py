"""Orchestrator–workers (agentkit.patterns.orchestrator), as the seed's properties adapted to in-process
coordination: decomposition (9), the plan persisted (10), the model consulted at the decision point (14),
the trace and decisions kept (15, 16), tools used to gather facts (17), coordination and aggregation (28,
31, 32), each message to exactly its addressee (30); and workers that really overlap in time.

Workers are generated: each knows one kind of record (a noun from a word list) and has a tool that returns
a code only it knows, so a code in the final answer proves the worker's result travelled all the way.
"""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strands import tool

from agentkit.memory import SQLiteStore
from agentkit.patterns import MessageLog, orchestrate

NOUNS = ["ferries", "glaciers", "orchards", "lighthouses", "vineyards", "quarries", "beehives", "windmills"]
PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def code_tool(noun: str, code: str, calls: list[str]):
    @tool(name=f"{noun}_register")
    def register(query: str) -> str:
        """Look up the register code of the records.

        Args:
            query: what to look up in the register
        """
        calls.append(noun)
        return f"The {noun} register code is {code}."

    register.tool_spec["description"] = f"Look up the register code of the {noun} records."
    return register


@st.composite
def teams(draw):
    nouns = draw(st.lists(st.sampled_from(NOUNS), min_size=1, max_size=3, unique=True))
    codes = [f"{n[:3].upper()}-{draw(st.integers(100, 999))}" for n in nouns]
    return nouns, codes


def build(make_agent, nouns, codes, calls):
    workers = {
        f"{n}_clerk": make_agent(f"{n}_clerk", f"Keeps the {n} register.", [code_tool(n, c, calls)])
        for n, c in zip(nouns, codes, strict=True)
    }
    return workers


@PROPERTY
@given(team=teams())
def test_property_9_10_14_15_16_17_28_30_31_32_every_worker_result_reaches_the_answer(
    make_agent, tmp_path, team
):
    nouns, codes = team
    calls: list[str] = []
    workers = build(make_agent, nouns, codes, calls)
    task = " and ".join(f"find the {n} register code" for n in nouns)
    store = SQLiteStore(tmp_path / f"{uuid.uuid4().hex}.db")
    log = MessageLog()
    run = orchestrate(
        task,
        planner=make_agent("planner", "Plans work for a team."),
        workers=workers,
        synthesizer=make_agent("synthesizer", "Writes the answer from the workers' results."),
        log=log,
        store=store,
    )
    # 9: at least one executable step, each for a worker that exists; here one per part of the task
    assert run.plan.subtasks and all(s.agent in workers for s in run.plan.subtasks)
    assert sorted(s.agent for s in run.plan.subtasks) == sorted(workers)
    # 10: the plan is retrievable from the store
    assert store.get_task("orchestrator", run.record.task_id).plan == run.plan.model_dump()
    # 14, 16: the planner (the model) was asked before the plan was decided, and the decision has a reason
    kinds = [(e.receiver if e.kind == "task" else e.sender, e.kind) for e in log.entries]
    assert kinds.index(("planner", "task")) < kinds.index(("orchestrator", "decision"))
    assert all(e.why for e in log.of("decision"))
    # 15: the whole trace persists and reads back in order
    assert log.persist(store, "trace") == len(log.entries)
    persisted = list(store.iter_messages("trace"))
    assert [m.content[0]["text"] for m in persisted] == [e.content for e in log.entries]
    assert [m.metadata["why"] for m in persisted] == [e.why for e in log.entries]
    # 17: every worker gathered its facts with its tool
    assert sorted(calls) == sorted(nouns)
    # 30: each worker received exactly its own instruction, and nobody else's
    for subtask in run.plan.subtasks:
        received = [e.content for e in log.entries if e.kind == "task" and e.receiver == subtask.agent]
        assert received == [subtask.instruction]
    # 28, 31, 32: every worker's result reached the synthesizer and the final answer
    assert all(r.ok for r in run.results)
    for code in codes:
        assert code in run.answer, (code, run.answer)


def test_workers_overlap_in_time_and_concurrency_is_bounded(make_agent) -> None:
    spans: dict[str, tuple[float, float]] = {}
    lock = threading.Lock()

    def slow_tool(noun: str):
        @tool(name=f"{noun}_register")
        def register(query: str) -> str:
            """Look up the register code of the records.

            Args:
                query: what to look up in the register
            """
            start = time.monotonic()
            time.sleep(0.4)
            with lock:
                spans[noun] = (start, time.monotonic())
            return f"The {noun} register code is {noun[:3].upper()}-1."

        register.tool_spec["description"] = f"Look up the register code of the {noun} records."
        return register

    nouns = ["ferries", "glaciers", "orchards"]

    def run(max_concurrency: int) -> list[tuple[float, float]]:
        spans.clear()
        orchestrate(
            " and ".join(f"find the {n} register code" for n in nouns),
            planner=make_agent("planner", "Plans work for a team."),
            workers={
                f"{n}_clerk": make_agent(f"{n}_clerk", f"Keeps the {n} register.", [slow_tool(n)])
                for n in nouns
            },
            synthesizer=make_agent("synthesizer", "Writes the answer."),
            max_concurrency=max_concurrency,
        )
        return sorted(spans.values())

    parallel = run(3)
    assert len(parallel) == 3
    assert max(s for s, _ in parallel) < min(e for _, e in parallel), "the three workers never ran at once"
    serial = run(1)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(serial, serial[1:], strict=False)), serial


def test_a_plan_naming_unknown_workers_falls_back_to_every_worker(make_agent) -> None:
    log = MessageLog()
    run = orchestrate(
        "Say hello.",
        planner=make_agent("planner", "Plans work."),
        workers={"greeter": make_agent("greeter", "Greets people.")},
        synthesizer=make_agent("synthesizer", "Writes the answer."),
        log=log,
    )
    assert [s.agent for s in run.plan.subtasks] == ["greeter"]
    assert "every worker gets the whole task" in log.of("decision")[0].why


def test_bad_arguments_say_what_to_pass(make_agent) -> None:
    with pytest.raises(ValueError, match="at least one worker"):
        orchestrate("x", planner=make_agent("p", "p"), workers={}, synthesizer=make_agent("s", "s"))
    with pytest.raises(ValueError, match="max_concurrency"):
        orchestrate(
            "x", planner=make_agent("p", "p"), workers={"w": make_agent("w", "w")}, synthesizer=make_agent("s", "s"),
            max_concurrency=0,
        )  # fmt: skip
