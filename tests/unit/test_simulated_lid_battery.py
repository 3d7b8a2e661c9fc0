"""Identifiers and place forms in string values: a battery written for this round, before the model changes.

Three readings a small competent model makes without thinking about them, in subjects of its own (IoT, fleet,
hospitals, libraries, shipping, cloud, schools, hotels, games, HR, buses, weather, real estate, monitoring):

- an identifier written right after the word that labels it is that identifier, also when it is a plain
  lower-case word ("the printer with id lobby", "agent qzmrtv", "the network ID WH_4471"): the label word
  ("ID") is never the value;
- a place written with a region code after a comma ("Halifax, NS", "Boise, ID") keeps its code — two
  capitals after a comma are a region code by their form, no gazetteer needed — and a route's two ends keep
  their order ("from Reno, NV to Boise, ID");
- the value takes the form the parameter's description shows ("City, State, e.g. 'Austin, TX'") when the
  request writes both parts.

Guard rows keep what must stay: a lower-case word after "id" that is an ordinary noun of the sentence ("with
id verification") or a label with nothing after it ("the host name please") is no identifier, and a bare city
stays bare.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_asked_battery import guard_params
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params, strs

PRINTER = fn(
    "office.printer_status",
    "Get the status of an office printer.",
    {"printer_id": (STR, "The unique identifier of the printer.")},
    ["printer_id"],
)
AGENT_SNAPSHOT = fn(
    "monitoring.agent_snapshot",
    "Get a snapshot of a monitoring agent's state.",
    {"agent_id": (STR, "The identifier of the agent.")},
    ["agent_id"],
)
APPOINTMENT = fn(
    "clinic.move_appointment",
    "Move a patient's appointment to a new date.",
    {
        "appointment_id": (STR, "The identifier of the appointment."),
        "new_date": (STR, "The new date, in the format YYYY-MM-DD."),
    },
    ["appointment_id", "new_date"],
)
BOOK_LOAN = fn(
    "library.renew_loan",
    "Renew a library loan.",
    {"loan_id": (STR, "The identifier of the loan.")},
    ["loan_id"],
)
PARCEL = fn(
    "shipping.track_parcel",
    "Track a parcel by its tracking identifier.",
    {"tracking_id": (STR, "The tracking identifier of the parcel.")},
    ["tracking_id"],
)
CLUSTER = fn(
    "cloud.scale_cluster",
    "Scale a compute cluster to a number of nodes.",
    {"cluster_id": (STR, "The identifier of the cluster."), "nodes": ("integer", "The number of nodes.")},
    ["cluster_id", "nodes"],
)
WAREHOUSE = fn(
    "logistics.warehouse_stock",
    "List the stock levels of warehouses.",
    {"warehouseIds": strs("The identifiers of the warehouses to list.")},
    ["warehouseIds"],
)
STUDENT = fn(
    "school.student_record",
    "Fetch a student's record.",
    {"student_id": (STR, "The student's identifier.")},
    ["student_id"],
)
ROOM = fn(
    "hotel.room_service_order",
    "Place a room service order for a booking.",
    {"booking_id": (STR, "The booking identifier."), "dish": (STR, "The dish to order.")},
    ["booking_id", "dish"],
)
PLAYER = fn(
    "games.player_stats",
    "Get the statistics of a player.",
    {"player_id": (STR, "The player's identifier.")},
    ["player_id"],
)
EMPLOYEE = fn(
    "hr.employee_leave_balance",
    "Get an employee's remaining leave balance.",
    {"employee_id": (STR, "The employee's identifier.")},
    ["employee_id"],
)
HOST = fn(
    "infra.host_details",
    "Get the details of a host.",
    {"host_id": (STR, "The identifier of the host.")},
    ["host_id"],
)
BUS = fn(
    "travel.find_bus",
    "Find bus trips between two cities.",
    {
        "origin_city": (STR, "The city of departure, in the format 'City, State', e.g. 'Austin, TX'."),
        "destination_city": (STR, "The city of arrival, in the format 'City, State', e.g. 'Dallas, TX'."),
    },
    ["origin_city", "destination_city"],
)
TRAIN = fn(
    "travel.find_train",
    "Find trains between two cities.",
    {
        "from_city": (STR, "The departure city, e.g. 'Chicago, IL'."),
        "to_city": (STR, "The arrival city, e.g. 'Denver, CO'."),
    },
    ["from_city", "to_city"],
)
WEATHER = fn(
    "weather.current_conditions",
    "Get the current weather conditions for a location.",
    {"location": (STR, "The city and state or province, e.g. 'Portland, OR'.")},
    ["location"],
)
HOMES = fn(
    "realty.find_rentals",
    "Find homes to rent in an area.",
    {"area": (STR, "The area, in the format 'City, State', e.g. 'Tucson, AZ'.")},
    ["area"],
)
HOTELS = fn(
    "lodging.search_hotels",
    "Search hotels in a city.",
    {"city": (STR, "The city, e.g. 'Boston, MA'.")},
    ["city"],
)
EVENTS = fn(
    "events.find_concerts",
    "Find concerts in a city.",
    {"city": (STR, "The name of the city, e.g. 'Berlin'.")},
    ["city"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- an identifier after its label, written in lower case
    ("What's the status of the printer with id lobby?", PRINTER, {"printer_id": ["lobby"]}),
    ("Is printer id mailroom out of toner? Check its status.", PRINTER, {"printer_id": ["mailroom"]}),
    ("Take a snapshot of agent qzmrtv.", AGENT_SNAPSHOT, {"agent_id": ["qzmrtv"]}),
    ("Show me the snapshot for monitoring agent brxlow right now", AGENT_SNAPSHOT, {"agent_id": ["brxlow"]}),
    (
        "Move my appointment with id physio to 2025-02-14.",
        APPOINTMENT,
        {"appointment_id": ["physio"], "new_date": ["2025-02-14"]},
    ),
    ("Renew the loan with id autumnreads for me.", BOOK_LOAN, {"loan_id": ["autumnreads"]}),
    ("Where is my parcel? The tracking id is grnbox.", PARCEL, {"tracking_id": ["grnbox"]}),
    ("Scale cluster staging to 6 nodes.", CLUSTER, {"cluster_id": ["staging"], "nodes": [6]}),
    ("Pull up the record of student id mwelsh.", STUDENT, {"student_id": ["mwelsh"]}),
    (
        "Order a club sandwich for booking id suite12.",
        ROOM,
        {"booking_id": ["suite12"], "dish": ["club sandwich"]},
    ),
    ("Get the stats for player id nightowl.", PLAYER, {"player_id": ["nightowl"]}),
    ("How much leave does employee jdoe have left?", EMPLOYEE, {"employee_id": ["jdoe"]}),
    ("Get the details of host kestrel.", HOST, {"host_id": ["kestrel"]}),
    # ---- an identifier after the label "ID": the label is no value
    ("List stock for the warehouse with the ID WH_4471.", WAREHOUSE, {"warehouseIds": [["WH_4471"]]}),
    ("Show stock levels for warehouse ID north-07, please.", WAREHOUSE, {"warehouseIds": [["north-07"]]}),
    ("The warehouse ID is 'depot-3'. What stock does it have?", WAREHOUSE, {"warehouseIds": [["depot-3"]]}),
    ("Track the parcel with ID PX-55120.", PARCEL, {"tracking_id": ["PX-55120"]}),
    ("Fetch the student record for student ID S_90210.", STUDENT, {"student_id": ["S_90210"]}),
    ("What's the leave balance of the employee whose ID is E-3381?", EMPLOYEE, {"employee_id": ["E-3381"]}),
    ("Get host details; the host ID is hx_0091.", HOST, {"host_id": ["hx_0091"]}),
    # ---- a place with a two-capital region code keeps it; a route keeps its order
    (
        "Find a bus from Reno, NV to Boise, ID.",
        BUS,
        {"origin_city": ["Reno, NV"], "destination_city": ["Boise, ID"]},
    ),
    (
        "Any buses from Toronto, ON to Buffalo, NY?",
        BUS,
        {"origin_city": ["Toronto, ON"], "destination_city": ["Buffalo, NY"]},
    ),
    (
        "Look for trains from Halifax, NS to Moncton, NB.",
        TRAIN,
        {"from_city": ["Halifax, NS"], "to_city": ["Moncton, NB"]},
    ),
    (
        "I need a train to Spokane, WA from Missoula, MT.",
        TRAIN,
        {"from_city": ["Missoula, MT"], "to_city": ["Spokane, WA"]},
    ),
    ("What's the weather like in Kelowna, BC right now?", WEATHER, {"location": ["Kelowna, BC"]}),
    ("Current conditions for Regina, SK please", WEATHER, {"location": ["Regina, SK"]}),
    ("Weather in Boise, ID?", WEATHER, {"location": ["Boise, ID"]}),
    ("Search for hotels in Quebec City, QC.", HOTELS, {"city": ["Quebec City, QC"]}),
    ("Find rentals in Eugene, OR.", HOMES, {"area": ["Eugene, OR"]}),
    (
        "I'm moving to Madison, WI and want a home to rent, ideally near the lake.",
        HOMES,
        {"area": ["Madison, WI"]},
    ),
    (
        "Bus from Provo, UT to Boise, ID, please, nothing fancy.",
        BUS,
        {"origin_city": ["Provo, UT"], "destination_city": ["Boise, ID"]},
    ),
    (
        "Can you get me on a bus from Toronto, ON to Boise, ID next week?",
        BUS,
        {"origin_city": ["Toronto, ON"], "destination_city": ["Boise, ID"]},
    ),
    (
        "Trains from Calgary, AB to Saskatoon, SK, please.",
        TRAIN,
        {"from_city": ["Calgary, AB"], "to_city": ["Saskatoon, SK"]},
    ),
    # ---- guards: what must stay
    ("What's the weather like in Lisbon?", WEATHER, {"location": ["Lisbon"]}),
    ("Find concerts in Hamburg.", EVENTS, {"city": ["Hamburg"]}),
    (
        "Find a bus from Austin to Houston.",
        BUS,
        {"origin_city": ["Austin", "Austin, TX"], "destination_city": ["Houston", "Houston, TX"]},
    ),
    ("Track parcel PX-99812 for me.", PARCEL, {"tracking_id": ["PX-99812"]}),
    ("Scale cluster ORD-7 to 3 nodes.", CLUSTER, {"cluster_id": ["ORD-7"], "nodes": [3]}),
    ("Get the stats for player 'Frostbite'.", PLAYER, {"player_id": ["Frostbite"]}),
    ("Search for hotels in Boston, MA.", HOTELS, {"city": ["Boston, MA"]}),
]

LOWER = (
    "an all-lower-case identifier after its label is not read as the identifier (the request is asked about)"
)

GAPS: dict[str, str] = {
    "What's the status of the printer with id": LOWER,
    "Take a snapshot of agent": LOWER,
    "Show me the snapshot for monitoring agent": LOWER,
    "Scale cluster staging": LOWER,
    "How much leave does employee": LOWER,
    "Get the details of host": LOWER,
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_an_identifier_or_place_is_read_whole(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


GUARDS: list[tuple[str, dict]] = [
    ("Log me in to the staff portal with id verification.", EMPLOYEE),
    ("What's the host name please?", HOST),
    ("Check the printer with id verification turned on.", PRINTER),
    ("Renew my loan please, I don't have the id handy.", BOOK_LOAN),
]

GUARD_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "spec"), guard_params(GUARDS, GUARD_GAPS))
def test_a_label_without_an_identifier_asks(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


def test_the_battery_holds_thirty_five_rows_over_ten_domains() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 4
    assert OMIT is not None
