"""A battery for numbers: which number of a request goes to which numeric parameter.

Written in domains of its own (coach travel, cinema, lodging, dining, ferries, accounts, parcels, libraries,
gyms, arithmetic, parking, concerts, clinics), for three readings a careful reader makes:

- an option that is a number (`seats` one of 1 … 6) is chosen by the count the request gives for it,
  spelled or in digits, never by a digit that belongs to a date or a time ("on March 4th", "at 5 pm");
- a number labelled by "ID", "number" or "no." after the parameter's noun ("my user ID 789", "member
  number 5521") is that parameter's value, as "user 789" is;
- "X to the power of Y" / "raise X to the Yth power": X is the base and Y the exponent.

Guard rows keep what already works (plain counts, dates beside counts, labels without a label word).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import num, text, tool
from test_simulated_numlink2_battery import calls


def _choice(description: str, options: list) -> dict:
    return {"type": "integer", "description": description, "enum": options}


COACH = tool(
    "coach.search_trips",
    "Search coach trips between two cities on a date.",
    {
        "destination": text("City to travel to."),
        "travel_date": text("Date of travel, YYYY-MM-DD."),
        "riders": _choice("How many people travel.", [1, 2, 3, 4, 5]),
    },
    required=["destination", "travel_date"],
)
CINEMA = tool(
    "cinema.reserve_seats",
    "Reserve seats for a film screening.",
    {
        "film": text("Title of the film."),
        "show_date": text("Date of the screening, YYYY-MM-DD."),
        "seats": _choice("Number of seats to reserve.", [1, 2, 3, 4, 5, 6]),
    },
    required=["film", "show_date"],
)
TABLE = tool(
    "dining.book_table",
    "Book a table at a restaurant.",
    {
        "restaurant": text("Name of the restaurant."),
        "time": text("Time of the booking, HH:MM."),
        "party_size": _choice("Number of diners.", [1, 2, 3, 4, 5, 6, 7, 8]),
    },
    required=["restaurant", "time"],
)
FERRY = tool(
    "ferry.book_crossing",
    "Book a ferry crossing.",
    {
        "route": text("Ferry route, e.g. Dover-Calais."),
        "date": text("Crossing date, YYYY-MM-DD."),
        "cars": _choice("Number of cars on board.", [0, 1, 2, 3]),
    },
    required=["route", "date"],
)
INN = tool(
    "lodging.find_inn",
    "Find an inn in a town.",
    {
        "town": text("Town to stay in."),
        "arrival": text("Arrival date, YYYY-MM-DD."),
        "rooms": _choice("Number of rooms.", [1, 2, 3, 4]),
    },
    required=["town", "arrival"],
)
ALARMS = tool(
    "clock.list_alarms",
    "List the alarms a user has set.",
    {"user_id": num("Unique identifier of the user.", "integer")},
)
PARCEL = tool(
    "parcels.track",
    "Track a parcel.",
    {"tracking_number": num("Tracking number of the parcel.", "integer")},
)
LOANS = tool(
    "library.member_loans",
    "List the books a library member has borrowed.",
    {"member_id": num("Identifier of the library member.", "integer")},
)
GYM = tool(
    "gym.member_visits",
    "Count the visits of a gym member in a month.",
    {"member_id": num("The member's identifier.", "integer"), "month": num("Month, 1 to 12.", "integer")},
)
CLINIC = tool(
    "clinic.patient_record",
    "Fetch the record of a patient.",
    {"patient_id": num("Identifier of the patient.", "integer")},
)
POWER = tool(
    "arith.power",
    "Raise a number to a power.",
    {"base": num("The number raised.", "integer"), "exponent": num("The power it is raised to.", "integer")},
)
PARKING = tool(
    "parking.fee",
    "Parking fee for a stay.",
    {"hours": num("Hours parked."), "rate": num("Fee per hour in dollars.")},
)
RIDE = tool(
    "rides.request",
    "Request a ride.",
    {"destination": text("Where to."), "seats": num("Number of seats to reserve.", "integer")},
    required=["destination"],
)
CONCERT = tool(
    "concerts.buy_tickets",
    "Buy concert tickets.",
    {
        "artist": text("Performer."),
        "date": text("Concert date, YYYY-MM-DD."),
        "tickets": num("Number of tickets.", "integer"),
    },
)

ROWS = [
    # a number option: the count given for it, never a digit of a date or a time
    (
        "Find coach trips to Leeds for two people on March 4th 2025.",
        [COACH],
        [("coach.search_trips", {"destination": "Leeds", "travel_date": "2025-03-04", "riders": 2})],
    ),
    (
        "hey, can you look up a coach to York on May 3rd 2025? it's three of us",
        [COACH],
        [("coach.search_trips", {"destination": "York", "travel_date": "2025-05-03", "riders": 3})],
    ),
    (
        "Coach to Bath, 2 riders, departing June 5th, 2025.",
        [COACH],
        [("coach.search_trips", {"destination": "Bath", "travel_date": "2025-06-05", "riders": 2})],
    ),
    (
        "Reserve four seats for Dune on April 2nd 2025.",
        [CINEMA],
        [("cinema.reserve_seats", {"film": "Dune", "show_date": "2025-04-02", "seats": 4})],
    ),
    (
        "Could you grab seats for Heat on the 5th of July 2025? Just one seat, it's for me.",
        [CINEMA],
        [("cinema.reserve_seats", {"film": "Heat", "show_date": "2025-07-05", "seats": 1})],
    ),
    (
        "Book a table at Nopi for 19:30, party of six.",
        [TABLE],
        [("dining.book_table", {"restaurant": "Nopi", "time": "19:30", "party_size": 6})],
    ),
    (
        "Table for two at Dishoom at 20:00 please.",
        [TABLE],
        [("dining.book_table", {"restaurant": "Dishoom", "time": "20:00", "party_size": 2})],
    ),
    (
        "Book the Dover-Calais ferry on August 3rd 2025 with one car.",
        [FERRY],
        [("ferry.book_crossing", {"route": "Dover-Calais", "date": "2025-08-03", "cars": 1})],
    ),
    (
        "Find an inn in Whitby arriving October 2nd 2025, we need three rooms.",
        [INN],
        [("lodging.find_inn", {"town": "Whitby", "arrival": "2025-10-02", "rooms": 3})],
    ),
    (
        "Inn in Rye for 2 rooms, arriving 2025-09-04.",
        [INN],
        [("lodging.find_inn", {"town": "Rye", "arrival": "2025-09-04", "rooms": 2})],
    ),
    (
        "I need a ride for 2 to the airport.",
        [RIDE],
        [("rides.request", {"destination": "airport", "seats": 2})],
    ),
    # guard: no count given, no option from a date
    (
        "Find coach trips to Leeds on March 4th 2025.",
        [COACH],
        [("coach.search_trips", {"destination": "Leeds", "travel_date": "2025-03-04"})],
    ),
    # a number labelled "ID", "number", "no." after the parameter's noun
    (
        "Which alarms are set for my user ID 789?",
        [ALARMS],
        [("clock.list_alarms", {"user_id": 789})],
    ),
    (
        "List alarms for user id 4410.",
        [ALARMS],
        [("clock.list_alarms", {"user_id": 4410})],
    ),
    (
        "What has member number 5521 borrowed from the library?",
        [LOANS],
        [("library.member_loans", {"member_id": 5521})],
    ),
    (
        "Show the loans of library member ID 3307.",
        [LOANS],
        [("library.member_loans", {"member_id": 3307})],
    ),
    (
        "Pull up the record for patient no. 20417.",
        [CLINIC],
        [("clinic.patient_record", {"patient_id": 20417})],
    ),
    (
        "I need the chart of patient ID 811, thanks",
        [CLINIC],
        [("clinic.patient_record", {"patient_id": 811})],
    ),
    (
        "How many times did member ID 902 visit the gym in month 3?",
        [GYM],
        [("gym.member_visits", {"member_id": 902, "month": 3})],
    ),
    (
        "Gym visits in month 11 for member number 77.",
        [GYM],
        [("gym.member_visits", {"member_id": 77, "month": 11})],
    ),
    # guards: a label without a label word, a number that is the whole label
    (
        "Could you check the alarms for user 4521 please",
        [ALARMS],
        [("clock.list_alarms", {"user_id": 4521})],
    ),
    (
        "Track parcel 99812034.",
        [PARCEL],
        [("parcels.track", {"tracking_number": 99812034})],
    ),
    (
        "Where is my parcel? Tracking number 55120.",
        [PARCEL],
        [("parcels.track", {"tracking_number": 55120})],
    ),
    (
        "Loans of member 6120?",
        [LOANS],
        [("library.member_loans", {"member_id": 6120})],
    ),
    # X to the power of Y
    (
        "Raise 3 to the power of 5.",
        [POWER],
        [("arith.power", {"base": 3, "exponent": 5})],
    ),
    (
        "What is 2 to the power of 10?",
        [POWER],
        [("arith.power", {"base": 2, "exponent": 10})],
    ),
    (
        "Work out 7 to the power of 3 for me.",
        [POWER],
        [("arith.power", {"base": 7, "exponent": 3})],
    ),
    (
        "Raise the number 6 to the power of 2.",
        [POWER],
        [("arith.power", {"base": 6, "exponent": 2})],
    ),
    (
        "First raise 3 to the power of 4, then raise 5 to the power of 2.",
        [POWER],
        [("arith.power", {"base": 3, "exponent": 4}), ("arith.power", {"base": 5, "exponent": 2})],
    ),
    (
        "Work out the following: first, raise the number 4 to the power of 3, then raise the number 2 to the "
        "power of 6.",
        [POWER],
        [("arith.power", {"base": 4, "exponent": 3}), ("arith.power", {"base": 2, "exponent": 6})],
    ),
    (
        "Raise 9 to the 4th power.",
        [POWER],
        [("arith.power", {"base": 9, "exponent": 4})],
    ),
    # guards: the parameter's words stand by its number
    (
        "Raise a number to a power: base 4 and exponent 3.",
        [POWER],
        [("arith.power", {"base": 4, "exponent": 3})],
    ),
    (
        "Raise to a power with exponent 2, base 11.",
        [POWER],
        [("arith.power", {"base": 11, "exponent": 2})],
    ),
    (
        "Parked 3 hours at $4 per hour — what's the fee?",
        [PARKING],
        [("parking.fee", {"hours": 3, "rate": 4})],
    ),
    (
        "The rate is $2.50 an hour and I stayed 6 hours. Fee?",
        [PARKING],
        [("parking.fee", {"hours": 6, "rate": 2.5})],
    ),
    (
        "Buy 3 tickets for Adele on 2025-11-04.",
        [CONCERT],
        [("concerts.buy_tickets", {"artist": "Adele", "date": "2025-11-04", "tickets": 3})],
    ),
    (
        "Get me two tickets to see Sting on December 5th 2025.",
        [CONCERT],
        [("concerts.buy_tickets", {"artist": "Sting", "date": "2025-12-05", "tickets": 2})],
    ),
    (
        "Find an inn in Ely with 3 rooms, arriving 2025-04-01.",
        [INN],
        [("lodging.find_inn", {"town": "Ely", "arrival": "2025-04-01", "rooms": 3})],
    ),
]

GAPS: dict[str, str] = {}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def _row(request_text: str, tools: list[dict], expected: list):
    gap = next((why for start, why in GAPS.items() if request_text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(request_text, tools, expected, marks=marks, id=request_text[:40])


@pytest.mark.parametrize(("request_text", "tools", "expected"), [_row(*r) for r in ROWS])
def test_each_number_goes_to_its_parameter(request_text: str, tools: list[dict], expected: list) -> None:
    assert calls(request_text, *tools) == expected
