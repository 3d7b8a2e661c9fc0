"""Fan-out (partial results, time limits, overlap), hand-offs with context (Swarm), evaluator–optimizer,
and the message log's picture and table — against the local endpoint.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strands import tool

from agentkit.patterns import Criterion, MessageLog, fan_out, hand_off, refine

PROPERTY = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CITIES = ["Galway", "Tromso", "Arequipa", "Hobart", "Kraków", "Nagasaki", "Valparaíso", "Tbilisi"]


def weather_tool(city_code: dict[str, str], delay: float = 0.0, fail: bool = False):
    @tool
    def station_reading(city: str) -> str:
        """The latest reading of the weather station in a city.

        Args:
            city: the city of the station
        """
        if delay:
            time.sleep(delay)
        if fail:
            raise RuntimeError("station offline")
        return f"Station {city_code.get(city, '?')} in {city}: 12 degrees."

    return station_reading


@PROPERTY
@given(
    cities=st.lists(st.sampled_from(CITIES), min_size=2, max_size=4, unique=True),
    failing=st.integers(0, 3),
)
def test_property_28_29_32_a_failing_branch_leaves_the_others_results_intact(
    make_agent, cities, failing
) -> None:
    failing %= len(cities)
    codes = {c: f"ST-{i}{len(c)}" for i, c in enumerate(cities)}
    agents = {}
    for i, city in enumerate(cities):
        if i == failing:
            agents[city] = lambda hooks: (_ for _ in ()).throw(RuntimeError("the agent could not start"))
        else:
            agents[city] = make_agent(
                f"{city}_desk", f"Reads the {city} weather station.", [weather_tool(codes)]
            )
    log = MessageLog()
    result = fan_out(
        f"What is the latest weather station reading in {' and '.join(cities)}?", agents, log=log
    )
    assert [b.name for b in result.branches] == cities
    assert not result.branches[failing].ok and "could not start" in result.branches[failing].error
    kept = [b for b in result.branches if b.ok]
    assert len(kept) == len(cities) - 1
    # 29: every agent that ran got the question and answered, as messages in the log
    for branch in kept:
        assert [e.kind for e in log.entries if branch.name in (e.sender, e.receiver)] == ["task", "result"]
    # 32: what came back is all in the aggregate; the failure is a logged decision with its reason
    for branch in kept:
        assert branch.answer and branch.answer in result.answer
    assert [e.content for e in log.of("decision")] == [f"{cities[failing]} left out"]


def test_branches_overlap_and_a_late_branch_is_left_out(make_agent) -> None:
    codes = {c: c[:3] for c in CITIES}
    agents = {
        c: make_agent(f"{c}_desk", f"Reads the {c} weather station.", [weather_tool(codes, delay=0.5)])
        for c in CITIES[:3]
    }
    result = fan_out("What is the latest weather station reading in Galway?", agents, timeout_s=5)
    starts = [b.started for b in result.branches]
    ends = [b.ended for b in result.branches]
    assert max(starts) < min(ends), "the branches never ran at once"
    slow = {
        "Hobart": make_agent("Hobart_desk", "Reads the Hobart station.", [weather_tool(codes, delay=2.0)])
    }
    fast = {"Galway": make_agent("Galway_desk", "Reads the Galway station.", [weather_tool(codes)])}
    late = fan_out(
        "What is the latest weather station reading in Galway and Hobart?", {**fast, **slow}, timeout_s=1.0
    )
    assert late.branches[0].ok and "no answer within 1 s" in late.branches[1].error


@pytest.mark.parametrize(
    ("request_text", "specialist", "fact"),
    [
        (
            "My order NW-4471 came with a broken tent pole. Can I claim a replacement under the warranty?",
            "warranty_desk",
            "WR-2291",
        ),
        ("Where is my parcel for order NW-4471? It has not arrived.", "delivery_desk", "Leeds depot"),
    ],
    ids=["warranty", "delivery"],
)
def test_a_hand_off_carries_what_the_specialist_needs(make_agent, request_text, specialist, fact) -> None:
    seen: list[str] = []

    @tool
    def open_warranty_claim(order_id: str) -> str:
        """Open a warranty claim for a faulty or broken product of an order.

        Args:
            order_id: the order number, e.g. NW-1234
        """
        seen.append(order_id)
        return f"Warranty claim WR-2291 opened for {order_id}."

    @tool
    def track_parcel(order_id: str) -> str:
        """Where the parcel of an order is now.

        Args:
            order_id: the order number, e.g. NW-1234
        """
        seen.append(order_id)
        return f"The parcel of {order_id} is at the Leeds depot."

    log = MessageLog()
    result = hand_off(
        request_text,
        triage=make_agent("triage", "Reads customer messages and forwards each to the right desk.",
                          prompt="Forward every customer message to the desk that can handle it."),
        specialists={
            "warranty_desk": make_agent("warranty_desk", "Handles faulty, broken or torn products under warranty.",
                                        [open_warranty_claim]),
            "delivery_desk": make_agent("delivery_desk", "Tracks parcels that are late or lost in transit.",
                                        [track_parcel]),
        },
        log=log,
    )  # fmt: skip
    assert result.completed and result.path == ["triage", specialist]
    assert [(t.sender, t.receiver) for t in result.transfers] == [("triage", specialist)]
    assert seen == ["NW-4471"]  # the specialist had the order number it needed, from the hand-off
    assert fact in result.answer
    received = [e.content for e in log.entries if e.kind == "task" and e.receiver == specialist]
    assert received and "NW-4471" in received[0]
    assert len(received[0]) < 2000, "the specialist should get a compact context, not a transcript"


def test_refine_keeps_every_round_and_stops_at_the_threshold(make_agent) -> None:
    writer = make_agent("writer", "Writes short answers.")
    never = Criterion("impossible", "is over 100,000 characters long", lambda draft: len(draft) > 100_000)
    always = Criterion("non-empty", "says something", lambda draft: bool(draft.strip()))
    stuck = refine("Summarize this: The tent sleeps two. It weighs 2 kg.", generator=writer,
                   rubric=[always, never], max_rounds=3, threshold=1.0)  # fmt: skip
    assert [r.number for r in stuck.rounds] == [1, 2, 3] and not stuck.passed
    assert all(r.score == 0.5 and "impossible" in r.unmet for r in stuck.rounds)
    assert "Fix these points: impossible" in [e.content for e in stuck.log.entries if e.kind == "task"][1]
    done = refine("Summarize this: The tent sleeps two.", generator=writer, rubric=[always], max_rounds=3)
    assert len(done.rounds) == 1 and done.passed and done.best.score == 1.0
    with pytest.raises(ValueError, match="judge"):
        refine("x", generator=writer, rubric=[Criterion("tone", "is polite")])


def test_the_log_draws_a_sequence_diagram_and_a_usage_table(make_agent) -> None:
    log = MessageLog(model_id="us.anthropic.claude-haiku-4-5-20251001-v1:0")
    fan_out("Summarize this: The tent sleeps two.", {"a": make_agent("a", "Summarizes.")}, log=log)
    log.decide("fan-out", "done", "one branch")
    figure = log.draw()
    axis = figure.axes[0]
    assert len([t for t in axis.texts if t.get_text().startswith("◆")]) == 1
    assert {t.get_text() for t in axis.texts} >= {"user", "a", "fan-out"} - {"user"}
    table = log.usage_table()
    assert list(table.index) == ["a", "total"] and table.loc["a", "input_tokens"] > 0
    assert table.loc["total", "cost_usd"] == pytest.approx(table.loc["a", "cost_usd"])
