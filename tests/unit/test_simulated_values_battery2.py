"""A second battery of dates, times and bounds as people write them: the value in the parameter's layout.

Written before reading the code's handling, in domains of its own (piano lessons, vet visits, ferries,
boat hire, museum tours, dentists, kayak rentals, plumbers, wine tastings, campsites). Classes: a
calendar day written without its year ("on March 3rd", "the 5th of May", "June 9") — the year comes
from a date the request states ("today is …", "this year is 2027") or from the description's example
date, else the day stays as written; a day named relative to a "today" the request defines ("tomorrow",
"this Friday", "the coming Sunday"); a time of day in words ("4:30 in the afternoon", "7 in the
morning", "noon", "half past seven") in the 24-hour "HH:MM" a description asks for; a spelled number
hyphened to a noun ("a four-star hotel" as "4" for the parameter counting stars).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

LESSON = fn(
    "lessons_book_piano",
    "Book a piano lesson with a teacher.",
    {
        "teacher": (STR, "The teacher's name."),
        "lesson_date": (STR, "The date of the lesson, in the format 'YYYY-MM-DD', such as '2027-01-20'."),
        "start_time": (STR, "The start time, in 24-hour format HH:MM."),
    },
    ["teacher", "lesson_date", "start_time"],
)
VET = fn(
    "vet_schedule_visit",
    "Schedule a visit at the vet clinic.",
    {
        "pet_name": (STR, "The pet's name."),
        "visit_date": (STR, "The visit date in YYYY-MM-DD format."),
    },
    ["pet_name", "visit_date"],
)
FERRY = fn(
    "ferries_find",
    "Find ferry crossings between two ports.",
    {
        "origin": (STR, "The departure port."),
        "destination": (STR, "The arrival port."),
        "sail_date": (STR, "The sailing date, formatted 'MM/DD/YYYY', e.g. '04/18/2027'."),
    },
    ["origin", "destination", "sail_date"],
)
BOAT = fn(
    "boats_hire",
    "Hire a rowing boat on the lake.",
    {
        "hire_date": (STR, "Date of the hire, 'YYYY-MM-DD'."),
        "hours": (INT, "How many hours."),
    },
    ["hire_date", "hours"],
)
ALARM = fn(
    "clock_add_alarm",
    "Add an alarm to the clock.",
    {
        "alarm_time": (STR, "The time of the alarm in 24-hour format HH:MM, e.g. '07:15'."),
        "label": (STR, "The alarm's label."),
    },
    ["alarm_time"],
)
DENTIST = fn(
    "dentist_book",
    "Book a dentist appointment.",
    {
        "appointment_date": (STR, "The appointment date, 'YYYY-MM-DD'."),
        "appointment_time": (STR, "The appointment time, 'HH:MM' (24-hour)."),
    },
    ["appointment_date", "appointment_time"],
)
TASTING = fn(
    "winery_find_tastings",
    "Find wine tastings at wineries in a town.",
    {
        "town": (STR, "The town."),
        "tasting_date": (STR, "The date of the tasting, YYYY-MM-DD. Optional."),
    },
    ["town"],
)
CAMP = fn(
    "campsites_search",
    "Search campsites in a park.",
    {
        "park": (STR, "The park's name."),
        "arrival": (STR, "The arrival date, YYYY-MM-DD."),
        "departure": (STR, "The departure date, YYYY-MM-DD."),
    },
    ["park", "arrival", "departure"],
)
INN = fn(
    "inns_search",
    "Search inns and hotels in a city.",
    {
        "city": (STR, "The city."),
        "stars": (STR, "The star rating.", {"enum": ["1", "2", "3", "4", "5", "dontcare"]}),
    },
    ["city"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a day without its year: the example's year, or the year the request states
    (
        "Book a piano lesson with Mira Olsen on March 3rd at 16:00",
        LESSON,
        {"teacher": ["Mira Olsen"], "lesson_date": ["2027-03-03"], "start_time": ["16:00"]},
    ),
    (
        "Can I get a lesson with Tomas Berg on the 5th of May at 10:00?",
        LESSON,
        {"teacher": ["Tomas Berg"], "lesson_date": ["2027-05-05"], "start_time": ["10:00"]},
    ),
    (
        "Ferry from Dover to Calais on June 9 please",
        FERRY,
        {"origin": ["Dover"], "destination": ["Calais"], "sail_date": ["06/09/2027"]},
    ),
    (
        "Any crossings from Oban to Mull on the 21st of August?",
        FERRY,
        {"origin": ["Oban"], "destination": ["Mull"], "sail_date": ["08/21/2027"]},
    ),
    (
        "Schedule a vet visit for Biscuit on October 14th. This year is 2028.",
        VET,
        {"pet_name": ["Biscuit"], "visit_date": ["2028-10-14"]},
    ),
    (
        "Today is 2029-02-01. Hire a boat for 3 hours on Feb 20th.",
        BOAT,
        {"hire_date": ["2029-02-20"], "hours": [3]},
    ),
    (
        "Find campsites in Yosemite from July 4th to July 9th, 2026",
        CAMP,
        {"park": ["Yosemite"], "arrival": ["2026-07-04"], "departure": ["2026-07-09"]},
    ),
    (
        "Search campsites in Glacier from the 2nd of June to the 6th of June 2031",
        CAMP,
        {"park": ["Glacier"], "arrival": ["2031-06-02"], "departure": ["2031-06-06"]},
    ),
    (
        "Wine tastings in Healdsburg on April 12th? Today is 2030-04-01",
        TASTING,
        {"town": ["Healdsburg"], "tasting_date": ["2030-04-12"]},
    ),
    # ---- a day relative to a today the request defines
    (
        "Schedule a visit for Pepper tomorrow, today is 2027-11-30",
        VET,
        {"pet_name": ["Pepper"], "visit_date": ["2027-12-01"]},
    ),
    (
        "Book the vet for Luna this Friday. Today is Wednesday 2027-06-16.",
        VET,
        {"pet_name": ["Luna"], "visit_date": ["2027-06-18"]},
    ),
    (
        "Hire a boat for 2 hours on the coming Sunday; today is 2028-03-01",
        BOAT,
        {"hire_date": ["2028-03-05"], "hours": [2]},
    ),
    (
        "Tastings in Sonoma the day after tomorrow? Today is 2027-09-10.",
        TASTING,
        {"town": ["Sonoma"], "tasting_date": ["2027-09-12"]},
    ),
    # ---- a time of day in words, for an HH:MM clock
    (
        "Set an alarm for 4:30 in the afternoon labelled Pick up Noor",
        ALARM,
        {"alarm_time": ["16:30"], "label": ["Pick up Noor"]},
    ),
    ("Wake me with an alarm at 6 in the morning", ALARM, {"alarm_time": ["06:00"], "label": [OMIT]}),
    ("Add an alarm at noon", ALARM, {"alarm_time": ["12:00"], "label": [OMIT]}),
    ("Alarm at half past seven in the evening please", ALARM, {"alarm_time": ["19:30"], "label": [OMIT]}),
    ("Put an alarm at quarter to nine", ALARM, {"alarm_time": ["08:45"], "label": [OMIT]}),
    (
        "Dentist on 2027-05-02 at 3 in the afternoon",
        DENTIST,
        {"appointment_date": ["2027-05-02"], "appointment_time": ["15:00"]},
    ),
    (
        "Book the dentist for 2027-08-19 at midday",
        DENTIST,
        {"appointment_date": ["2027-08-19"], "appointment_time": ["12:00"]},
    ),
    (
        "Piano lesson with Ana Ruiz on 2027-02-11 at 9 o'clock in the evening",
        LESSON,
        {"teacher": ["Ana Ruiz"], "lesson_date": ["2027-02-11"], "start_time": ["21:00"]},
    ),
    # ---- a spelled number hyphened to a noun
    ("Find a four-star inn in Bath", INN, {"city": ["Bath"], "stars": ["4"]}),
    ("Any two-star hotels in Ghent?", INN, {"city": ["Ghent"], "stars": ["2"]}),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_date_or_time_in_its_layout(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_twenty_requests() -> None:
    assert len(ROWS) >= 20
