"""A battery of string values the request labels or quotes: the value goes whole to the parameter its label
names.

Written before reading the code's handling, in domains of its own (notes, tickets, packages, parcels,
shells, feeds, invoices, greenhouses, libraries). Classes: a value after its label word ("with the title
Printer jams on floor two", "labelled Backup drive"); after "is" ("My account code is 'AC-7781'", "The
endpoint URL is https://…"); after a dash or a colon ("note - call the plumber", "verbatim: …"); a command
or URL for a code-like parameter ("using git log --oneline"); an e-mail address for an address parameter;
the value after a change ("from tea to COFFEE"); a label word that is a parameter's name is no value.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

NOTE = fn(
    "notes_add",
    "Add a note to the notebook.",
    {"content": (STR, "The text of the note.")},
    ["content"],
)
TICKET = fn(
    "create_ticket",
    "Open a support ticket.",
    {
        "title": (STR, "The title of the ticket."),
        "priority": (STR, "Priority of the ticket.", {"enum": ["low", "normal", "high"]}),
    },
    ["title"],
)
SHELL = fn(
    "shell_run",
    "Run a command in the terminal and return its output.",
    {"command": (STR, "The shell command to execute.")},
    ["command"],
)
FETCH = fn(
    "http_fetch",
    "Fetch a web page by its URL.",
    {"url": (STR, "The URL to fetch."), "timeout": (INT, "Timeout in seconds. Default 10.")},
    ["url"],
)
PACKAGE = fn(
    "registry_package_info",
    "Get the details of a package release.",
    {"name": (STR, "The name of the package."), "version": (STR, "The version of the release.")},
    ["name", "version"],
)
TIMER = fn(
    "timer_create",
    "Create a kitchen timer.",
    {"minutes": (INT, "Length of the timer in minutes."), "label": (STR, "The label of the timer.")},
    ["minutes", "label"],
)
INVOICE = fn(
    "invoice_send",
    "Send an invoice to a customer.",
    {
        "customer_email": (STR, "The e-mail address of the customer."),
        "amount": (INT, "The amount due in dollars."),
    },
    ["customer_email", "amount"],
)
REMINDER = fn(
    "reminders_create",
    "Create a reminder.",
    {"when": (STR, "When to remind, e.g. 'tomorrow 9am'."), "reminder_name": (STR, "The label to show.")},
    ["when", "reminder_name"],
)
ACCOUNT = fn(
    "account_lookup",
    "Look up a customer account.",
    {"account_code": (STR, "The account code of the customer.")},
    ["account_code"],
)
ORDER = fn(
    "order_change_item",
    "Replace an item of an order with another.",
    {"order_id": (STR, "The order identifier."), "new_item": (STR, "The item to put in instead.")},
    ["order_id", "new_item"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a value after its label word, kept whole
    (
        "Add a note with content call the plumber about the leak",
        NOTE,
        {"content": ["call the plumber about the leak"]},
    ),
    ("add note with content - water the ferns", NOTE, {"content": ["water the ferns"]}),
    (
        "Make a note with the following text verbatim: renew the car insurance",
        NOTE,
        {"content": ["renew the car insurance"]},
    ),
    (
        "Save a note saying 'Bring the projector on Monday'",
        NOTE,
        {"content": ["Bring the projector on Monday"]},
    ),
    (
        "Open a ticket with the title Printer jams on floor two",
        TICKET,
        {"title": ["Printer jams on floor two"], "priority": [OMIT]},
    ),
    (
        "Create a high priority ticket titled VPN drops every hour",
        TICKET,
        {"title": ["VPN drops every hour"], "priority": ["high"]},
    ),
    ("Start a 12 minute timer labelled Boil the eggs", TIMER, {"minutes": [12], "label": ["Boil the eggs"]}),
    (
        "Set a timer for 25 minutes with the label Pizza in oven",
        TIMER,
        {"minutes": [25], "label": ["Pizza in oven"]},
    ),
    (
        "Create a reminder for tomorrow with the label Call the vet",
        REMINDER,
        {"when": ["tomorrow"], "reminder_name": ["Call the vet"]},
    ),
    # ---- a value after "is"
    ('Please find my account. My account code is "AC-7781"', ACCOUNT, {"account_code": ["AC-7781"]}),
    ("Look up the customer account whose code is ZX-220", ACCOUNT, {"account_code": ["ZX-220"]}),
    (
        "I need to fetch some data. The URL is https://feeds.example.org/garden.xml",
        FETCH,
        {"url": ["https://feeds.example.org/garden.xml"], "timeout": [OMIT, 10]},
    ),
    # ---- a command or a URL for a code-like parameter
    (
        "Run a terminal command to show the recent commits using git log --oneline",
        SHELL,
        {"command": ["git log --oneline"]},
    ),
    ("run a shell command to check free disk space with df -h", SHELL, {"command": ["df -h"]}),
    ("run the command `ls -la /var/log` in the terminal", SHELL, {"command": ["ls -la /var/log"]}),
    (
        "fetch the web page 'https://api.example.net/v2/plants' with a timeout of 5 seconds",
        FETCH,
        {"url": ["https://api.example.net/v2/plants"], "timeout": [5]},
    ),
    (
        "Fetch the web page https://weather.example.com/today.json",
        FETCH,
        {"url": ["https://weather.example.com/today.json"], "timeout": [OMIT, 10]},
    ),
    # ---- a name quoted or after its label, and the version beside it
    ("show details for the 'leftpad' version 1.4.2", PACKAGE, {"name": ["leftpad"], "version": ["1.4.2"]}),
    (
        "Show the details of the tinyjson package release. The version is 3.",
        PACKAGE,
        {"name": ["tinyjson"], "version": ["3"]},
    ),
    # ---- an e-mail address for an address parameter
    (
        "Send an invoice for $450 to the customer's email ops@brightfarm.example",
        INVOICE,
        {"customer_email": ["ops@brightfarm.example"], "amount": [450]},
    ),
    (
        "Send an invoice for 80 dollars to Dana's address dana.k@example.org",
        INVOICE,
        {"customer_email": ["dana.k@example.org"], "amount": [80]},
    ),
    # ---- the value after a change
    ("On order 5521, switch from tea to COFFEE", ORDER, {"order_id": ["5521"], "new_item": ["COFFEE"]}),
    (
        "For order A-19 please change the salad to a veggie wrap",
        ORDER,
        {"order_id": ["A-19"], "new_item": ["veggie wrap"]},
    ),
]

GAPS: dict[str, str] = {
    "Fetch the web page https": "tool choice (matching.py): a URL and the lead verb name no topic word",
    "For order A-19 please change": "the thing after 'to' in a change is not preferred for the new item",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_labelled_value_a_careful_model_writes(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem
