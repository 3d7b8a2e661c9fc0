"""Call, don't ask (fourth round): a value the request gives whose words echo the parameter's own name.

Domains: databases, a help desk, chat bots, greenhouse sensors, playlists, hotel rooms, code repositories,
bank accounts, parcels, a school, a gym, ferries, a print shop, a zoo. The rows give a required value as
quoted text or a code whose words are also the parameter's name words: `dbId` given as 'db-77', `botId`
as "the identifier 'my-bot-id'", `room_number` as 'room-204'. A small competent model reads these as the
values they are, because

- a value with a figure in it ("db-77", 'room-204', 'acct-9') is a code, a value of its own, whatever
  words stand beside the figure; a label is words alone;
- a quoted value right after a word that names the parameter ("the identifier 'my-bot-id'", "playlist id
  'chill-playlist'") is the value that label introduces: the label came before it, so the quoted text is
  not the label again.

Guard rows keep a parameter's name in quotes read as a label where nothing labels it first, keep asking
for a required value the request does not give, and keep declining what no offered tool does. Rows the
model cannot do yet stay strict expected failures in GAPS.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

BACKUPS = fn(
    "db_list_backups",
    "Lists the backups of a database.",
    {
        "dbId": (STR, "The unique identifier of the database."),
        "region": (STR, "The region the database runs in."),
        "maxResults": (INT, "The most backups to return."),
    },
    ["dbId", "region"],
)
TICKETS = fn(
    "helpdesk_escalate",
    "Escalate a support ticket to the second line.",
    {
        "ticket_id": (STR, "The unique identifier of the ticket."),
        "note": (STR, "A note for the second line."),
    },
    ["ticket_id"],
)
BOTS = fn(
    "bots_list_intents",
    "Lists the intents of a chat bot version.",
    {
        "botId": (STR, "The unique identifier for the bot."),
        "botVersion": (STR, "The version of the bot."),
        "maxResults": (INT, "The most intents to return."),
    },
    ["botId", "botVersion"],
)
SENSORS = fn(
    "greenhouse_sensor_history",
    "Get the readings history of a greenhouse sensor.",
    {
        "sensor_id": (STR, "The sensor's identifier."),
        "hours": (INT, "How many hours back to go."),
    },
    ["sensor_id"],
)
PLAYLISTS = fn(
    "playlist_tracks",
    "List the tracks of a playlist.",
    {"playlist_id": (STR, "The identifier of the playlist."), "shuffle": ("boolean", "Shuffle the order.")},
    ["playlist_id"],
)
ROOMS = fn(
    "hotel_room_status",
    "Get the cleaning status of a hotel room.",
    {"room_number": (STR, "The room number, as on the door.")},
    ["room_number"],
)
REPOS = fn(
    "repo_open_issues",
    "List the open issues of a code repository.",
    {"repo_name": (STR, "The repository's name."), "label": (STR, "Only issues with this label.")},
    ["repo_name"],
)
ACCOUNTS = fn(
    "bank_account_balance",
    "Get the balance of a bank account.",
    {"account_id": (STR, "The account's identifier."), "currency": (STR, "The currency to show it in.")},
    ["account_id"],
)
PARCELS = fn(
    "parcel_track",
    "Track a parcel.",
    {"parcel_code": (STR, "The parcel's tracking code.")},
    ["parcel_code"],
)
CLASSES = fn(
    "school_class_roster",
    "List the pupils of a school class.",
    {"class_code": (STR, "The class code, such as '4B'."), "term": (STR, "The term.")},
    ["class_code"],
)
GYM = fn(
    "gym_member_visits",
    "List a gym member's visits.",
    {"member_id": (STR, "The member's identifier."), "month": (STR, "The month, 'YYYY-MM'.")},
    ["member_id"],
)
FERRIES = fn(
    "ferry_departures",
    "List the departures of a ferry route on a day.",
    {"route_id": (STR, "The route's identifier."), "date": (STR, "The day, 'YYYY-MM-DD'.")},
    ["route_id", "date"],
)
PRINTS = fn(
    "print_job_status",
    "Get the status of a print job.",
    {"job_id": (STR, "The print job's identifier.")},
    ["job_id"],
)
ZOO = fn(
    "zoo_feeding_times",
    "Get the feeding times of a zoo enclosure.",
    {"enclosure_id": (STR, "The enclosure's identifier.")},
    ["enclosure_id"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a value with a figure in it is a code, whatever words stand beside the figure
    (
        "List backups with database id 'db-77' in region 'eu-west'",
        BACKUPS,
        {"dbId": ["db-77"], "region": ["eu-west"], "maxResults": [OMIT]},
    ),
    (
        "Which backups does database 'db-77' have in region 'eu-west'?",
        BACKUPS,
        {"dbId": ["db-77"], "region": ["eu-west"]},
    ),
    ("escalate ticket 'ticket-5521' please", TICKETS, {"ticket_id": ["ticket-5521"], "note": [OMIT]}),
    ("Please escalate the ticket with id 'ticket-88'", TICKETS, {"ticket_id": ["ticket-88"]}),
    ("Show the history of sensor 'sensor-12'", SENSORS, {"sensor_id": ["sensor-12"]}),
    (
        "readings history for greenhouse sensor 'sensor-3' over the last 6 hours",
        SENSORS,
        {"sensor_id": ["sensor-3"], "hours": [6]},
    ),
    ("What tracks are on playlist 'playlist-7'?", PLAYLISTS, {"playlist_id": ["playlist-7"]}),
    ("Is room 'room-204' cleaned yet?", ROOMS, {"room_number": ["room-204"]}),
    ("balance of account 'acct-9' in euros", ACCOUNTS, {"account_id": ["acct-9"]}),
    ("Check the balance of bank account 'account-2291'", ACCOUNTS, {"account_id": ["account-2291"]}),
    ("Track parcel 'parcel-5530'", PARCELS, {"parcel_code": ["parcel-5530"]}),
    ("Who is in class 'class-4B'?", CLASSES, {"class_code": ["class-4B"]}),
    ("List the visits of gym member 'member-301'", GYM, {"member_id": ["member-301"]}),
    (
        "departures of ferry route 'route-12' on 2024-06-01",
        FERRIES,
        {"route_id": ["route-12"], "date": ["2024-06-01"]},
    ),
    ("status of print job 'job-4471'?", PRINTS, {"job_id": ["job-4471"]}),
    ("When is feeding in enclosure 'enclosure-3'?", ZOO, {"enclosure_id": ["enclosure-3"]}),
    # ---- a quoted value right after the word that names its parameter is that value
    (
        "Could you list the intents for my bot using the identifier 'my-bot-id' and version 'v2'?",
        BOTS,
        {"botId": ["my-bot-id"], "botVersion": ["v2"]},
    ),
    (
        "list intents of bot id 'support-bot' version 'v3'",
        BOTS,
        {"botId": ["support-bot"], "botVersion": ["v3"]},
    ),
    ("Show the tracks of playlist id 'chill-playlist'", PLAYLISTS, {"playlist_id": ["chill-playlist"]}),
    ("open issues in the repository named 'repo-tools'", REPOS, {"repo_name": ["repo-tools"]}),
    ("List the open issues of repo 'website-repo'", REPOS, {"repo_name": ["website-repo"]}),
    ("escalate the ticket with the identifier 'printer-ticket'", TICKETS, {"ticket_id": ["printer-ticket"]}),
    (
        "feeding times for the enclosure with identifier 'lion-enclosure'",
        ZOO,
        {"enclosure_id": ["lion-enclosure"]},
    ),
    # ---- guards: values that echo no name word stay as they were
    (
        "List backups of database 'orders' in region 'eu-west'",
        BACKUPS,
        {"dbId": ["orders"], "region": ["eu-west"]},
    ),
    (
        "escalate ticket 5521 with the note 'customer waiting'",
        TICKETS,
        {"ticket_id": ["5521"], "note": ["customer waiting"]},
    ),
    ("Track parcel ZX-4410", PARCELS, {"parcel_code": ["ZX-4410"]}),
    ("Is room 204 cleaned yet?", ROOMS, {"room_number": ["204"]}),
    ("List the visits of member 301 in 2024-03", GYM, {"member_id": ["301"], "month": ["2024-03"]}),
    ("status of print job J-88", PRINTS, {"job_id": ["J-88"]}),
]

ASKS: list[tuple[str, dict]] = [
    # guards: a required value the request does not give is still asked for
    ("List the backups of my database", BACKUPS),
    ("Escalate my ticket", TICKETS),
    ("Is my room cleaned yet?", ROOMS),
    ("Track my parcel", PARCELS),
    ("List the intents of my bot", BOTS),
    # guard: the parameter's own name in quotes, with nothing labelling it first, is no value
    ("What is the 'parcel code'? Track it", PARCELS),
]

DECLINES: list[tuple[str, dict]] = [
    # guards: what no offered tool does is still declined
    ("Tell me a joke about databases", BACKUPS),
    ("How do I reset my bank password?", ACCOUNTS),
    ("thanks, bye", ZOO),
    ("Write a poem about ferries", FERRIES),
]

GAPS: dict[str, str] = {
    "List the visits of member 301 in 2024-03": "a year and month 'in 2024-03' is not read as the month",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_call_takes_the_value_given(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


@pytest.mark.parametrize(("request_text", "spec"), params(ASKS, GAPS))
def test_asks_when_the_request_gives_no_value(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


@pytest.mark.parametrize(("request_text", "spec"), params(DECLINES, GAPS))
def test_declines_what_no_tool_does(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


def test_the_battery_holds_thirty_five_requests() -> None:
    assert len(ROWS) + len(ASKS) + len(DECLINES) >= 35
    assert len({spec["toolSpec"]["name"] for _, spec, _ in ROWS}) >= 10
