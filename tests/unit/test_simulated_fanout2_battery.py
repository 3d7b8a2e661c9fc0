"""Several calls of one tool in one turn, in phrasings of three classes, each in several domains.

- an elliptical second ask: a quoted value and a preposition after "and" or "then", the verb left out
  ("Email 'Invoice attached' to Dana and 'Meeting moved' to Leo") — a second call of the same tool;
- a place written with the state or country it is in ("Reno, NV and Tucson"): the region is no member of
  the series, while a series of regions ("Texas, Ohio and Utah") stays one;
- the same ask said twice for two things, in two sentences or numbered lines ("Add yoga class to my
  calendar. Add dentist appointment to my calendar."): each ask's words left over are its own thing.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

EMAIL = fn(
    "send_email",
    "Send an email to a colleague.",
    {"to": (STR, "The colleague's name."), "subject": (STR, "The subject line.")},
    ["to", "subject"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate text into another language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
TAG = fn(
    "tag_photo",
    "Attach a label to a photo in the album.",
    {"label": (STR, "The label text."), "photo": (STR, "The photo's file name.")},
    ["label", "photo"],
)
WEATHER = fn(
    "current_weather",
    "Get the current weather in a city.",
    {"city": (STR, "The city name.")},
    ["city"],
)
WEATHER_US = fn(
    "weather_now",
    "Get the current weather for a place.",
    {"location": (STR, "The city and state, e.g. 'Denver, CO'.")},
    ["location"],
)
HOTELS = fn(
    "search_hotels",
    "Search hotels in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
POPULATION = fn(
    "region_population",
    "Get the population of a state or region.",
    {"region": (STR, "The state or region.")},
    ["region"],
)
CALENDAR = fn(
    "add_calendar_event",
    "Add an event to the calendar.",
    {"title": (STR, "The event's title."), "date": (STR, "Date, YYYY-MM-DD.")},
    ["title"],
)
MUTE = fn(
    "mute_speaker",
    "Mute one speaker of the house.",
    {"speaker": (STR, "The speaker's name.")},
    ["speaker"],
)
WATER = fn(
    "water_plant",
    "Water one plant in the garden.",
    {"plant": (STR, "The plant to water.")},
    ["plant"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== an elliptical second ask: a quoted value and a preposition
    (
        "Email 'Invoice attached' to Dana and 'Meeting moved' to Leo.",
        [EMAIL],
        [
            c("send_email", to="Dana", subject="Invoice attached"),
            c("send_email", to="Leo", subject="Meeting moved"),
        ],
    ),
    (
        "Translate 'good morning' into French, then 'thank you' into German.",
        [TRANSLATE],
        [
            c("translate_text", text="good morning", target_language="French"),
            c("translate_text", text="thank you", target_language="German"),
        ],
    ),
    (
        "Tag 'beach day' on sunset.jpg and 'family' on picnic.jpg.",
        [TAG],
        [
            c("tag_photo", label="beach day", photo="sunset.jpg"),
            c("tag_photo", label="family", photo="picnic.jpg"),
        ],
    ),
    # ======== a place with the region it is in, in a series
    (
        "What's the weather right now in Reno, NV and Tucson?",
        [WEATHER],
        [c("current_weather", city=["Reno", "Reno, NV"]), c("current_weather", city="Tucson")],
    ),
    (
        "Find hotels in Lyon, France and Porto.",
        [HOTELS],
        [c("search_hotels", city=["Lyon", "Lyon, France"]), c("search_hotels", city="Porto")],
    ),
    (
        "How's the weather in Boston, MA and Seattle?",
        [WEATHER_US],
        [c("weather_now", location="Boston, MA"), c("weather_now", location="Seattle, WA")],
    ),
    (
        "What is the population of Texas, Ohio and Utah?",
        [POPULATION],
        [c("region_population", region=r) for r in ("Texas", "Ohio", "Utah")],
    ),
    # ======== the same ask said again for another thing
    (
        "Add yoga class to my calendar. Add dentist appointment to my calendar.",
        [CALENDAR],
        [c("add_calendar_event", title=t, date=OMIT) for t in ("yoga class", "dentist appointment")],
    ),
    (
        "Mute the kitchen speaker. Mute the garage speaker.",
        [MUTE],
        [c("mute_speaker", speaker=[s, f"{s} speaker"]) for s in ("kitchen", "garage")],
    ),
    (
        "Two things:\n1. water the ferns\n2. water the tomatoes",
        [WATER],
        [c("water_plant", plant=p) for p in ("ferns", "tomatoes")],
    ),
]

GAPS: dict[str, str] = {
    "Tag 'beach day' on": "value: the second quoted label is taken for the first call's photo",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_calls_of_a_turn(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


DIE = fn(
    "roll_die",
    "Roll one die with the given number of sides.",
    {"sides": ("integer", "Number of sides of the die.")},
    ["sides"],
)
WHEEL = fn(
    "spin_wheel",
    "Spin a prize wheel with the given number of slots.",
    {"slots": ("integer", "How many slots the wheel has.")},
    ["slots"],
)
PING = fn(
    "ping_host",
    "Send one ping to a host on a port.",
    {"host": (STR, "The host name."), "port": ("integer", "The port number.")},
    ["host", "port"],
)


@pytest.mark.parametrize(
    ("request_text", "tools", "count"),
    [
        ("Roll a 20-sided die 3 times.", [DIE], 3),
        ("Spin the 12-slot wheel 5 times, please.", [WHEEL], 5),
        ("Ping db.lan on port 5432 4 times.", [PING], 4),
    ],
)
def test_a_count_of_repeats_is_no_value(request_text: str, tools: list[dict], count: int) -> None:
    """ "N times" says how often to act, not another value: no call takes N for the tool's number."""
    made = calls(request_text, *tools)
    assert made, "no call"
    assert all(count not in values.values() for _, values in made), made
