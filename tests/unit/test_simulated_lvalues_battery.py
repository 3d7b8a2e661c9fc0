"""String values after their labels, second pass: a battery written for this round, in its own words.

Chatty, lower-case, typo-prone one-tool requests in subjects of their own (code coverage, audit trails, clinic
bookings, access keys, luggage, printers, maps, payments, gardening, podcasts, warehouses, museums, chess).
The right tool is plain; what is tested is the string argument:

- a value right after its label, the label a word of the parameter's name ("project mandolin"), also when the
  next parameter's value comes in a later sentence ("... project mandolin. the version is 7.") — the verb of
  the ask ("i need") is no value;
- two labelled codes in one phrase ("workspace id NORTHWIND with dataset UUID DS77QX") each go to the
  parameter their label names, never swapped;
- "<label> is <value>" in a later sentence ("my tag number is LH55821", "the address is http://print.lan");
- an e-mail address stated for a person ("to Ivo's email ivo@mail.test") is the receiver, not the name.

The guard rows hold readings that must stay: a quoted name goes through unchanged, a number pair keeps its
numbers, a plain "for project otter, version 2.1" keeps both values.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import NUM, OMIT, STR, fn, one_call_problem, params

BADGE = fn(
    "ci.get_coverage_badge",
    "Get the coverage badge of a project version.",
    {
        "project_name": (STR, "The name of the project."),
        "project_version": (STR, "The version of the project."),
    },
    ["project_name", "project_version"],
)
TRAIL = fn(
    "audit.get_trail",
    "Retrieve the audit trail of a finding.",
    {
        "workspace": (STR, "The UUID of the workspace."),
        "dataset": (STR, "The UUID of the dataset."),
        "finding": (STR, "The UUID of the finding."),
    },
    ["workspace", "dataset", "finding"],
)
KEYS = fn(
    "keys.list_keys",
    "List the access keys of a user.",
    {"user_id": (STR, "The user's identifier.")},
    ["user_id"],
)
BAG = fn(
    "airline.track_bag",
    "Track a checked bag.",
    {
        "airline": (STR, "The airline."),
        "passenger_name": (STR, "The passenger's full name."),
        "tag_number": (STR, "The bag tag number."),
    },
    ["airline", "passenger_name", "tag_number"],
)
PRINTER = fn(
    "office.add_printer",
    "Register a new network printer.",
    {
        "label": (STR, "A label for the printer. Default 'printer'."),
        "address": (STR, "The network address of the printer."),
        "token": (STR, "The access token."),
    },
    ["address", "token"],
)
MARKER = fn(
    "map.set_marker",
    "Set a marker's position.",
    {
        "lat": (NUM, "Latitude."),
        "lon": (NUM, "Longitude."),
        "marker_name": (STR, "The name of the marker."),
    },
    ["lat", "lon", "marker_name"],
)
PAY = fn(
    "wallet.send_money",
    "Send money to someone.",
    {
        "amount": (NUM, "The amount in dollars."),
        "receiver": (STR, "The e-mail address or phone number of the receiver."),
    },
    ["amount", "receiver"],
)
PLOT = fn(
    "garden.plot_schedule",
    "Get the watering schedule of a garden plot for a season.",
    {"plot_name": (STR, "The name of the plot."), "season": (STR, "The season, e.g. 'spring'.")},
    ["plot_name", "season"],
)
EPISODES = fn(
    "podcast.list_episodes",
    "List the episodes of a podcast feed.",
    {"feed_name": (STR, "The name of the feed."), "language": (STR, "The language code, e.g. 'en'.")},
    ["feed_name"],
)
STOCK = fn(
    "warehouse.check_stock",
    "Check how many units of an item a warehouse holds.",
    {"warehouse_code": (STR, "The code of the warehouse."), "sku": (STR, "The SKU of the item.")},
    ["warehouse_code", "sku"],
)
EXHIBIT = fn(
    "museum.get_exhibit",
    "Get the details of an exhibit in a gallery.",
    {"gallery_name": (STR, "The name of the gallery."), "exhibit_number": (STR, "The exhibit number.")},
    ["gallery_name", "exhibit_number"],
)
GAME = fn(
    "chess.get_game",
    "Fetch a recorded chess game of a player.",
    {"player_handle": (STR, "The handle of the player."), "game_id": (STR, "The identifier of the game.")},
    ["player_handle", "game_id"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a label's value, the next value in a later sentence
    (
        "i need the coverage badge for project mandolin. the version is 7.",
        BADGE,
        {"project_name": ["mandolin"], "project_version": ["7"]},
    ),
    (
        "I want the badge for project quokka. Its version is 1.4",
        BADGE,
        {"project_name": ["quokka"], "project_version": ["1.4"]},
    ),
    (
        "can i get the watering schedule for plot sunflower? the season is autumn",
        PLOT,
        {"plot_name": ["sunflower"], "season": ["autumn"]},
    ),
    (
        "I'd like the schedule for plot herbs. The season will be summer.",
        PLOT,
        {"plot_name": ["herbs"], "season": ["summer"]},
    ),
    (
        "i want the episodes of feed nightowl. the language is de",
        EPISODES,
        {"feed_name": ["nightowl"], "language": ["de"]},
    ),
    (
        "we need stock numbers for warehouse WH9. the sku is BOLT-22.",
        STOCK,
        {"warehouse_code": ["WH9"], "sku": ["BOLT-22"]},
    ),
    (
        "i want details on gallery east wing pls. exhibit number is 41",
        EXHIBIT,
        {"gallery_name": ["east wing"], "exhibit_number": ["41"]},
    ),
    (
        "I need the game of player knightmare. The game id is g-5521.",
        GAME,
        {"player_handle": ["knightmare"], "game_id": ["g-5521"]},
    ),
    # ---- two labelled codes in one phrase
    (
        "show me the audit trail for workspace id NORTHWIND with dataset UUID DS77QX and finding f3a-22-b9",
        TRAIL,
        {"workspace": ["NORTHWIND"], "dataset": ["DS77QX"], "finding": ["f3a-22-b9"]},
    ),
    (
        "audit trail pls: workspace ACME1, dataset DS-4, finding ff-01",
        TRAIL,
        {"workspace": ["ACME1"], "dataset": ["DS-4"], "finding": ["ff-01"]},
    ),
    (
        "check stock at warehouse code WH-EAST with sku NAIL-8 thx",
        STOCK,
        {"warehouse_code": ["WH-EAST"], "sku": ["NAIL-8"]},
    ),
    (
        "get me game id G77 for player handle rookqueen",
        GAME,
        {"player_handle": ["rookqueen"], "game_id": ["G77"]},
    ),
    (
        "exhibit number 12 in gallery north hall, what is it?",
        EXHIBIT,
        {"gallery_name": ["north hall"], "exhibit_number": ["12"]},
    ),
    # ---- "<label> is <value>" in a later sentence
    (
        'i lost my keys list, can u show them? my user ID is "kim_88"',
        KEYS,
        {"user_id": ["kim_88"]},
    ),
    ("list my access keys pls. user id is u-7781", KEYS, {"user_id": ["u-7781"]}),
    (
        "hello, im Dana. where is my bag with Lufthansa? my name is Dana Reyes and my tag number is LH55821.",
        BAG,
        {"airline": ["Lufthansa"], "passenger_name": ["Dana Reyes"], "tag_number": ["LH55821"]},
    ),
    (
        "Hi there! Track my bag on KLM please, tag number KL-3390, passenger Omar Haddad",
        BAG,
        {"airline": ["KLM"], "passenger_name": ["Omar Haddad"], "tag_number": ["KL-3390"]},
    ),
    (
        "Add a printer. The address is http://print.lan and the token is 99812.",
        PRINTER,
        {"label": [OMIT, "printer"], "address": ["http://print.lan"], "token": ["99812"]},
    ),
    (
        "pls register a new printer, address 10.0.4.17, token abc-123",
        PRINTER,
        {"label": [OMIT, "printer"], "address": ["10.0.4.17"], "token": ["abc-123"]},
    ),
    # ---- an e-mail address stated for a person
    (
        "send $40 to Ivo's email ivo@mail.test pls",
        PAY,
        {"amount": [40.0], "receiver": ["ivo@mail.test"]},
    ),
    (
        "can you send 25 dollars to my sister at rosa.k@example.org?",
        PAY,
        {"amount": [25.0], "receiver": ["rosa.k@example.org"]},
    ),
    (
        "pay 12.50 to Ben, his email is ben_t@post.test",
        PAY,
        {"amount": [12.5], "receiver": ["ben_t@post.test"]},
    ),
    (
        "send 12.50 to Ben, his email is ben_t@post.test",
        PAY,
        {"amount": [12.5], "receiver": ["ben_t@post.test"]},
    ),
    # ---- guards: readings that must stay
    (
        "coverage badge pls for project otter, version 2.1",
        BADGE,
        {"project_name": ["otter"], "project_version": ["2.1"]},
    ),
    (
        "Move the marker 'harbour' to 12.5, 44.1",
        MARKER,
        {"lat": [12.5], "lon": [44.1], "marker_name": ["harbour"]},
    ),
    (
        "put marker 'camp two' at 45.2 and 6.9",
        MARKER,
        {"lat": [45.2], "lon": [6.9], "marker_name": ["camp two"]},
    ),
    ("send 30 dollars to lee@mail.test", PAY, {"amount": [30.0], "receiver": ["lee@mail.test"]}),
    (
        "watering schedule for plot 'roses' in spring",
        PLOT,
        {"plot_name": ["roses"], "season": ["spring"]},
    ),
    ("list episodes of the feed 'deep time'", EPISODES, {"feed_name": ["deep time"], "language": [OMIT]}),
    ("what keys does user 'ana.p' have?", KEYS, {"user_id": ["ana.p"]}),
    (
        "track bag tag AF-1200 on Air France for passenger Lea Martin",
        BAG,
        {"airline": ["Air France"], "passenger_name": ["Lea Martin"], "tag_number": ["AF-1200"]},
    ),
    (
        "show game 'g-9' of player 'pawnstar'",
        GAME,
        {"player_handle": ["pawnstar"], "game_id": ["g-9"]},
    ),
    (
        "stock check: warehouse 'WH2', sku 'TAPE-1'",
        STOCK,
        {"warehouse_code": ["WH2"], "sku": ["TAPE-1"]},
    ),
]

GAPS: dict[str, str] = {
    "pay 12.50 to Ben, his email is": "no call: tool choice, 'pay' is not matched to a tool described as 'send money' (the address is read: see the 'send' row)",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_one_call_a_careful_model_makes(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_enough_rows() -> None:
    assert len(ROWS) >= 30
