"""A second battery of string values as the request writes them: the value goes whole to its parameter.

Written before reading the code's handling, in domains of its own (yoga studios, bakeries, kennels,
parcels, couriers, packages, workshops, clinics, libraries, bike repair). Classes: a town and its state
written "Town, ST" for a place parameter, the town kept though no gazetteer knows it ("in Cotati, CA");
a street address kept whole up to its country ("from 14 Quarry Lane, Bodega, CA, USA"); an e-mail address
written beside a person's name for a receiver/recipient parameter; a code after "is" and in quotes
('My member number is "mb-5521"'), and a code with a hyphen kept whole ("the badge for 771-204"); a
quoted name with a dotted version after it; "The version is 7" for a string version; the thing after
"to" in a change ("swap the rye loaf to a baguette").
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

STUDIO = fn(
    "studios_find",
    "Find yoga studios in a city.",
    {
        "location": (STR, "The city and state of the studio, e.g. 'Eureka, CA'."),
        "style": (STR, "The yoga style, e.g. 'Hatha'."),
    },
    ["location"],
)
BAKERY = fn(
    "bakery_search",
    "Search bakeries near a place.",
    {"city": (STR, "The city where to look, in the format 'City, State'.")},
    ["city"],
)
KENNEL = fn(
    "kennels_find",
    "Find dog kennels in an area.",
    {
        "area": (STR, "City and state abbreviation, such as 'Reno, NV'."),
        "max_dogs": (INT, "How many dogs to board. Default 1."),
    },
    ["area"],
)
COURIER = fn(
    "courier_pickup",
    "Book a courier to pick up a parcel.",
    {
        "address": (STR, "The full pickup address, e.g. '1 Main St, Springfield, IL, USA'."),
        "size": (STR, "The parcel size.", {"enum": ["small", "medium", "large"]}),
    },
    ["address", "size"],
)
TRANSFER = fn(
    "wallet_send_money",
    "Send money from the wallet to someone.",
    {
        "recipient": (STR, "The e-mail address or phone number of the person receiving the money."),
        "amount": (INT, "The amount in dollars."),
    },
    ["recipient", "amount"],
)
GIFT = fn(
    "gift_card_send",
    "Send a gift card.",
    {
        "to": (STR, "The receiver's e-mail."),
        "value": (INT, "Value of the card in dollars."),
    },
    ["to", "value"],
)
MEMBER = fn(
    "library_loans_list",
    "List the loans of a library member.",
    {"member_id": (STR, "The member's identifier.")},
    ["member_id"],
)
BADGE = fn(
    "security_badge_status",
    "Get the status of a security badge.",
    {"badge_id": (STR, "The identifier of the badge.")},
    ["badge_id"],
)
RELEASE = fn(
    "plugin_release_notes",
    "Show the release notes of a plugin release.",
    {"plugin": (STR, "The name of the plugin."), "version": (STR, "The version string of the release.")},
    ["plugin", "version"],
)
BASKET = fn(
    "basket_replace_item",
    "Swap an item of a grocery basket for another.",
    {"basket_id": (STR, "The basket identifier."), "new_item": (STR, "The item that replaces the old one.")},
    ["basket_id", "new_item"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- "Town, ST": the town kept with its state
    ("Find a yoga studio in Cotati, CA", STUDIO, {"location": ["Cotati, CA"], "style": [OMIT]}),
    (
        "Any Hatha classes at a studio in Sebastopol, CA?",
        STUDIO,
        {"location": ["Sebastopol, CA"], "style": ["Hatha"]},
    ),
    ("Look for bakeries in Marfa, TX please", BAKERY, {"city": ["Marfa, TX"]}),
    (
        "I need a kennel for 2 dogs in Gardnerville, NV.",
        KENNEL,
        {"area": ["Gardnerville, NV"], "max_dogs": [2]},
    ),
    # ---- a street address kept whole
    (
        "Book a courier for a large parcel from 14 Quarry Lane, Bodega, CA, USA",
        COURIER,
        {"address": ["14 Quarry Lane, Bodega, CA, USA"], "size": ["large"]},
    ),
    (
        "Please get a small parcel picked up at 9 Orchard Rd, Penngrove, CA",
        COURIER,
        {"address": ["9 Orchard Rd, Penngrove, CA"], "size": ["small"]},
    ),
    # ---- an e-mail address for the receiver
    (
        "Send $75 to my cousin Priya at priya.n@example.net",
        TRANSFER,
        {"recipient": ["priya.n@example.net"], "amount": [75]},
    ),
    (
        "Send a $40 gift card to Tomas's email tomas88@example.com",
        GIFT,
        {"to": ["tomas88@example.com"], "value": [40]},
    ),
    # ---- a code after "is", quoted, or with a hyphen
    ('Show the loans I have out. My member ID is "mb5521"', MEMBER, {"member_id": ["mb5521"]}),
    ("What loans are open for member 448-120?", MEMBER, {"member_id": ["448-120"]}),
    ("What's the status of badge 771-204?", BADGE, {"badge_id": ["771-204"]}),
    ("Is badge Q-7 still active? ", BADGE, {"badge_id": ["Q-7"]}),
    # ---- a quoted name and a dotted version
    (
        "show the release notes of 'autosave' version 3.10.2",
        RELEASE,
        {"plugin": ["autosave"], "version": ["3.10.2"]},
    ),
    (
        "I want the release notes for plugin spellcheck. The version is 7.",
        RELEASE,
        {"plugin": ["spellcheck"], "version": ["7"]},
    ),
    # ---- the thing after "to" in a change
    (
        "In basket 3310, swap the rye loaf to a baguette",
        BASKET,
        {"basket_id": ["3310"], "new_item": ["baguette"]},
    ),
    (
        "For basket K-22 change the oat milk to almond milk",
        BASKET,
        {"basket_id": ["K-22"], "new_item": ["almond milk"]},
    ),
]

GAPS: dict[str, str] = {
    "In basket 3310, swap": "the thing after 'to' in a change is not preferred for the new item",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_string_value_as_written(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_fifteen_requests() -> None:
    assert len(ROWS) >= 15
