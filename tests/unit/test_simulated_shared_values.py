"""Rule 6: an ask whose own words lack a value its tool requires takes it from the sentences around it
that ask for nothing, and from the ask before it when it points back ("these two cities", "there")."""

from __future__ import annotations

from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import STR, fn

FLIGHT = fn(
    "flight_duration",
    "Get the flight time between two airports.",
    {"origin": (STR, "Departure city."), "destination": (STR, "Arrival city.")},
    ["origin", "destination"],
)
DISTANCE = fn(
    "calculate_distance",
    "Calculate the distance between two places.",
    {"start_point": (STR, "The start."), "end_point": (STR, "The end.")},
    ["start_point", "end_point"],
)
TRAFFIC = fn(
    "traffic_estimate",
    "Estimate the traffic between two places.",
    {"origin": (STR, "Start place."), "destination": (STR, "End place.")},
    ["origin", "destination"],
)


def test_the_places_an_ask_points_back_to_are_the_ones_named_before() -> None:
    got = calls(
        "Estimate the traffic from Leeds to York on a weekday. Also, I'm curious about the distance "
        "between these two cities.",
        TRAFFIC,
        DISTANCE,
    )
    assert ("calculate_distance", {"start_point": "Leeds", "end_point": "York"}) in got
    got = calls(
        "How long is the flight from Oslo to Rome? And what is the distance between those two cities?",
        FLIGHT,
        DISTANCE,
    )
    assert got == [
        ("flight_duration", {"origin": "Oslo", "destination": "Rome"}),
        ("calculate_distance", {"start_point": "Oslo", "end_point": "Rome"}),
    ]
