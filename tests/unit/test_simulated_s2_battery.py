"""One call with the right values: a battery of one-tool requests written for this round (s2).

Written in my own wording before the model changes, in subjects of its own (help desk, retail, HR,
facilities, logistics, music, devops, education, travel, health, library, finance, smart home, gardening),
on how a stated value is written: a code behind the number sign ("ticket #INC-4410": the "#" says
"number" and is no part of the code), free text after a label and a colon ("Reason: the room is double
booked": the whole rest of the sentence, not its first word), multi-word names, e-mail addresses, paths,
codes, amounts with units and dates. A small competent model copies each value as the request states it.
The guard rows at the end hold behaviour that must stay: a hashtag or channel keeps its "#", a label's
value stops at the end of its sentence, a value that is not free text after a colon stays a single value.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, one_call_problem, params

TICKET = fn(
    "helpdesk_close_ticket",
    "Close a support ticket.",
    {"ticket_id": (STR, "The ticket identifier."), "resolution": (STR, "How the problem was solved.")},
    ["ticket_id"],
)
REFUND = fn(
    "issue_refund",
    "Refund an order to the customer.",
    {"order_id": (STR, "The order identifier."), "amount": (NUM, "Amount to refund in dollars.")},
    ["order_id", "amount"],
)
INVOICE = fn(
    "mark_invoice_paid",
    "Mark an invoice as paid.",
    {"invoice_number": (STR, "The invoice number."), "paid_on": (STR, "Payment date, YYYY-MM-DD.")},
    ["invoice_number"],
)
SHIPMENT = fn(
    "track_shipment",
    "Track a shipment by its tracking code.",
    {"tracking_code": (STR, "The carrier's tracking code.")},
    ["tracking_code"],
)
DECLINE_EXPENSE = fn(
    "decline_expense_claim",
    "Decline an employee's expense claim.",
    {"claim_id": (STR, "The expense claim ID."), "reason": (STR, "Why the claim is declined.")},
    ["claim_id", "reason"],
)
CANCEL_BOOKING = fn(
    "cancel_room_booking",
    "Cancel a meeting room booking.",
    {"booking_id": (STR, "The booking reference."), "reason": (STR, "Why it is cancelled.")},
    ["booking_id", "reason"],
)
NOTE = fn(
    "add_patient_note",
    "Add a note to a patient's chart.",
    {"patient_id": (STR, "The patient ID."), "note": (STR, "The text of the note.")},
    ["patient_id", "note"],
)
SEND_SMS = fn(
    "send_sms",
    "Send a text message to a phone number.",
    {"phone": (STR, "The phone number."), "message": (STR, "The text to send.")},
    ["phone", "message"],
)
RENEW = fn(
    "renew_library_loan",
    "Renew a borrowed library book.",
    {"barcode": (STR, "The book's barcode."), "weeks": (INT, "How many weeks to extend.")},
    ["barcode"],
)
FEEDBACK = fn(
    "submit_course_feedback",
    "Submit feedback on a course.",
    {"course_code": (STR, "The course code."), "comment": (STR, "The feedback text.")},
    ["course_code", "comment"],
)
DEPLOY = fn(
    "rollback_deployment",
    "Roll a service back to an earlier release.",
    {"service": (STR, "The service name."), "release": (STR, "The release tag to go back to.")},
    ["service", "release"],
)
PR = fn(
    "merge_pull_request",
    "Merge a pull request.",
    {"repository": (STR, "The repository, owner/name."), "pr_number": (INT, "The pull request number.")},
    ["repository", "pr_number"],
)
SEAT = fn(
    "change_seat",
    "Change the seat on a flight booking.",
    {"booking_code": (STR, "The booking code."), "seat": (STR, "The new seat, e.g. 14C.")},
    ["booking_code", "seat"],
)
PLAYLIST = fn(
    "add_to_playlist",
    "Add a song to a playlist.",
    {"playlist": (STR, "The playlist name."), "song": (STR, "The song title.")},
    ["playlist", "song"],
)
POST = fn(
    "post_message",
    "Post a message in a chat channel.",
    {"channel": (STR, "The channel, e.g. #general."), "text": (STR, "The message text.")},
    ["channel", "text"],
)
HASHTAG = fn(
    "search_posts",
    "Search social posts by hashtag.",
    {"hashtag": (STR, "The hashtag, with its #.")},
    ["hashtag"],
)
EMAIL_INVITE = fn(
    "invite_user",
    "Invite a user to a workspace by e-mail.",
    {"email": (STR, "The user's e-mail address."), "role": (STR, "The role to give.")},
    ["email"],
)
BACKUP = fn(
    "backup_folder",
    "Back up a folder to a destination path.",
    {"source": (STR, "The folder to back up."), "destination": (STR, "Where the backup goes.")},
    ["source", "destination"],
)
WATER = fn(
    "log_watering",
    "Record that a plant was watered.",
    {"plant": (STR, "The plant's name."), "litres": (NUM, "Water given in litres.")},
    ["plant", "litres"],
)
THERMO = fn(
    "set_temperature",
    "Set the heating temperature.",
    {"zone": (STR, "The heating zone."), "celsius": (NUM, "Target temperature in °C.")},
    ["zone", "celsius"],
)
MEETING = fn(
    "schedule_meeting",
    "Schedule a meeting.",
    {
        "title": (STR, "The meeting title."),
        "date": (STR, "The date, YYYY-MM-DD."),
        "remote": (BOOL, "Whether it is held online."),
    },
    ["title", "date"],
)
SWIM = fn(
    "log_swim",
    "Log a swim session.",
    {
        "stroke": (STR, "The kind of session.", {"enum": ["swim", "drill"]}),
        "minutes": (INT, "Length in minutes."),
    },
    ["minutes"],
)
PARKING = fn(
    "pay_parking",
    "Pay for street parking.",
    {"zone": (STR, "The parking zone."), "minutes": (INT, "How long to park, in minutes.")},
    ["zone", "minutes"],
)
PLANK = fn("record_plank", "Record a plank hold.", {"seconds": (INT, "Hold time in seconds.")}, ["seconds"])
OVEN = fn(
    "start_oven",
    "Start the oven.",
    {"minutes": (INT, "Cooking time in minutes."), "celsius": (NUM, "Temperature in °C.")},
    ["minutes", "celsius"],
)
SLEEP_TIMER = fn(
    "set_sleep_timer",
    "Set the TV's sleep timer.",
    {"hours": (INT, "Hours part of the timer."), "minutes": (INT, "Minutes part of the timer.")},
    ["hours", "minutes"],
)
RESTART = fn(
    "restart_service",
    "Restart a service on a server.",
    {
        "service": (STR, "The service name."),
        "host": (STR, "The server's hostname."),
        "force": (BOOL, "Kill the process if it hangs."),
    },
    ["service", "host"],
)
BRANCH = fn(
    "delete_branch",
    "Delete a git branch.",
    {"branch": (STR, "The branch name."), "force": (BOOL, "Delete even when not merged.")},
    ["branch"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a code behind the number sign: "#" reads "number", it is no part of the code
    ("Close ticket #INC-4410, it was fixed by a reboot.", TICKET, {"ticket_id": ["INC-4410"]}),
    ("Please close #HD-2291 for me.", TICKET, {"ticket_id": ["HD-2291"]}),
    ("Refund $25 on order #B7-1120.", REFUND, {"order_id": ["B7-1120"], "amount": [25]}),
    ("Refund order #ZX-5002 in full, $89.99.", REFUND, {"order_id": ["ZX-5002"], "amount": [89.99]}),
    ("Mark invoice #INV-2024-077 as paid.", INVOICE, {"invoice_number": ["INV-2024-077"]}),
    ("Where is shipment #1Z999AA10123456784?", SHIPMENT, {"tracking_code": ["1Z999AA10123456784"]}),
    ("Renew the book with barcode #LIB-88213.", RENEW, {"barcode": ["LIB-88213"]}),
    ("Change my seat on booking #QF7TRX to 22A.", SEAT, {"booking_code": ["QF7TRX"], "seat": ["22A"]}),
    # ---- free text after a label and a colon runs to the end of its sentence
    (
        "Decline expense claim EX-3310. Reason: receipts were not attached",
        DECLINE_EXPENSE,
        {"claim_id": ["EX-3310"], "reason": ["receipts were not attached"]},
    ),
    (
        "Decline claim EX-12. Reason: the hotel was above the nightly limit.",
        DECLINE_EXPENSE,
        {"claim_id": ["EX-12"], "reason": ["the hotel was above the nightly limit"]},
    ),
    (
        "Cancel booking MR-404. Reason: the team moved the offsite to Friday",
        CANCEL_BOOKING,
        {"booking_id": ["MR-404"], "reason": ["the team moved the offsite to Friday"]},
    ),
    (
        "Add a note for patient P-7781. Note: allergic to penicillin and latex",
        NOTE,
        {"patient_id": ["P-7781"], "note": ["allergic to penicillin and latex"]},
    ),
    (
        "Text 555-0142. Message: running late, start without me",
        SEND_SMS,
        {"phone": ["555-0142"], "message": ["running late, start without me"]},
    ),
    (
        "Feedback for CS101 — comment: the labs were far too long",
        FEEDBACK,
        {"course_code": ["CS101"], "comment": ["the labs were far too long"]},
    ),
    (
        "Close ticket INC-9 with resolution: replaced the faulty power supply",
        TICKET,
        {"ticket_id": ["INC-9"], "resolution": ["replaced the faulty power supply"]},
    ),
    # ---- values as written: codes, e-mail addresses, paths, names, units, dates
    ("Roll payments-api back to v2.3.1.", DEPLOY, {"service": ["payments-api"], "release": ["v2.3.1"]}),
    ("Merge PR 482 in acme/widgets.", PR, {"repository": ["acme/widgets"], "pr_number": [482]}),
    ("Invite dana.k@example.org to the workspace.", EMAIL_INVITE, {"email": ["dana.k@example.org"]}),
    (
        "Back up /home/ana/photos to /mnt/backup/photos.",
        BACKUP,
        {"source": ["/home/ana/photos"], "destination": ["/mnt/backup/photos"]},
    ),
    (
        "I watered the fiddle leaf fig with 0.5 litres.",
        WATER,
        {"plant": ["fiddle leaf fig"], "litres": [0.5]},
    ),
    ("Set the upstairs zone to 19.5 degrees.", THERMO, {"zone": ["upstairs"], "celsius": [19.5]}),
    (
        "Add 'Blue in Green' to my playlist Late Night Jazz.",
        PLAYLIST,
        {"playlist": ["Late Night Jazz"], "song": ["Blue in Green"]},
    ),
    (
        "Schedule 'Budget review' on 2025-03-14, in person.",
        MEETING,
        {"title": ["Budget review"], "date": ["2025-03-14"], "remote": [False]},
    ),
    ("Track shipment 9400111899223344556677.", SHIPMENT, {"tracking_code": ["9400111899223344556677"]}),
    (
        "Mark invoice INV-553 paid on 2025-01-31.",
        INVOICE,
        {"invoice_number": ["INV-553"], "paid_on": ["2025-01-31"]},
    ),
    ("Refund $12.50 for order 88231.", REFUND, {"order_id": ["88231"], "amount": [12.5]}),
    ("Post 'standup in 5' to #eng-ops.", POST, {"channel": ["#eng-ops"], "text": ["standup in 5"]}),
    # ---- a span in two units, the larger first, is one span in the smaller
    ("Log a 1 hour 20 min swim.", SWIM, {"stroke": ["swim"], "minutes": [80]}),
    ("Park for 2 hours and 15 minutes in zone B.", PARKING, {"zone": ["B"], "minutes": [135]}),
    ("Time the plank: 3 min 20 s.", PLANK, {"seconds": [200]}),
    ("Start the oven for 1h 10m at 180 degrees.", OVEN, {"minutes": [70], "celsius": [180]}),
    # ---- a compound verb opening the ask: its first part sets the option of that name
    (
        "force-restart postgres on db-7",
        RESTART,
        {"service": ["postgres"], "host": ["db-7"], "force": [True]},
    ),
    ("force-delete the branch hotfix-12", BRANCH, {"branch": ["hotfix-12"], "force": [True]}),
    # ---- guards: what must stay
    ("Delete the branch hotfix-13", BRANCH, {"branch": ["hotfix-13"], "force": [OMIT, False]}),
    (
        "Set the sleep timer to 1 hour 30 minutes.",
        SLEEP_TIMER,
        {"hours": [1], "minutes": [30]},
    ),
    ("Search posts tagged #summer2025.", HASHTAG, {"hashtag": ["#summer2025"]}),
    ("Find posts with the hashtag #rust.", HASHTAG, {"hashtag": ["#rust"]}),
    ("Post in #general: lunch is here", POST, {"channel": ["#general"], "text": ["lunch is here"]}),
    (
        "Decline claim EX-77. Reason: duplicate. Thanks!",
        DECLINE_EXPENSE,
        {"claim_id": ["EX-77"], "reason": ["duplicate"]},
    ),
    (
        "Cancel booking MR-8. Reason: no longer needed. Thanks a lot.",
        CANCEL_BOOKING,
        {"booking_id": ["MR-8"], "reason": ["no longer needed"]},
    ),
    ("Renew barcode LIB-2 for 3 weeks.", RENEW, {"barcode": ["LIB-2"], "weeks": [3]}),
    ("Close ticket 4410.", TICKET, {"ticket_id": ["4410"]}),
    ("Please close ticket #4411.", TICKET, {"ticket_id": ["4411"]}),
    (
        "Invite sam@example.com as role: viewer",
        EMAIL_INVITE,
        {"email": ["sam@example.com"], "role": ["viewer"]},
    ),
]

GAPS: dict[str, str] = {
    "Change my seat on booking #": "the seat '22A' loses its letter",
    "Add a note for patient": "the sentence before the labelled note makes a call of its own (its id as the note)",
    "Text 555-0142": "a phone number written 555-0142 is read as 555, and the first sentence calls on its own",
    "force-restart postgres": "the service and the host ('on db-7') are placed in each other's parameter",
    "Roll payments-api back": "the service and the release tag are placed in each other's parameter",
    "Merge PR 482": "'PR' is taken for the repository; the owner/name path is not",
    "Back up /home": "two paths 'X to Y' are placed the wrong way round",
    "Schedule 'Budget review'": "'in person' is not read as remote=false",
    "Post 'standup in 5'": "the quoted text is placed in the channel, the channel tag is lost",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_value_is_copied_as_stated(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_rows_in_ten_domains() -> None:
    assert len(ROWS) >= 35
