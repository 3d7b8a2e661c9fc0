"""Property 49 (agent hand-off coordination), adapted to in-process coordination on Strands' Swarm: for
generated desks and requests, the triage agent hands the request to the desk it is about, with what that
desk needs (the order number), and the desk's answer carries the fact only its tool knows.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strands import tool

from agentkit.patterns import MessageLog, hand_off

GEAR = ["kayaks", "lanterns", "compasses", "hammocks", "snowshoes", "canteens", "carabiners", "headlamps"]


def desk_tool(noun: str, code: str, seen: list[tuple[str, str]]):
    @tool(name=f"{noun}_record")
    def record(order_id: str) -> str:
        """Look up the record of an order.

        Args:
            order_id: the order number, e.g. NW-1234
        """
        seen.append((noun, order_id))
        return f"The {noun} record of order {order_id} is case {code}."

    record.tool_spec["description"] = f"Look up the {noun} record of an order."
    return record


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    desks=st.lists(st.sampled_from(GEAR), min_size=2, max_size=3, unique=True),
    pick=st.integers(0, 2),
    order=st.integers(1000, 9999),
    case=st.integers(100, 999),
)
def test_property_49_a_hand_off_carries_the_context_the_specialist_needs(
    make_agent, desks, pick, order, case
) -> None:
    about = desks[pick % len(desks)]
    order_id, code = f"NW-{order}", f"C-{case}"
    seen: list[tuple[str, str]] = []
    specialists = {
        f"{noun}_desk": make_agent(
            f"{noun}_desk", f"Handles questions about {noun}.", [desk_tool(noun, code, seen)]
        )
        for noun in desks
    }
    log = MessageLog()
    result = hand_off(
        f"My order {order_id} has a problem with the {about}. Please check the {about} record.",
        triage=make_agent("triage", "Reads customer messages and forwards each to the right desk."),
        specialists=specialists,
        log=log,
    )
    assert result.completed and result.path == ["triage", f"{about}_desk"]
    assert [(t.sender, t.receiver) for t in result.transfers] == [("triage", f"{about}_desk")]
    assert seen == [(about, order_id)]  # the desk had the order number from the hand-off, and used it
    assert code in result.answer
    received = [e.content for e in log.entries if e.kind == "task" and e.receiver == f"{about}_desk"]
    assert len(received) == 1 and order_id in received[0]
