"""The string the user meant: a battery written for this round, in its own words.

Chatty one-tool requests from real users' style in subjects of their own (parcels, gyms, hotels, insurance,
pharmacies, schools, garages, utilities, vets, airlines, banking, and an encyclopedia or web look-up on
science, history, sport, food and places). The tool is plain; what is tested is a string argument's span:

- a code the request labels with its parameter's words ("my tracking number is TRK9921", "policy number:
  PL-204") is that code, though a greeting or a self-introduction ("Hi, I am Lena.") opens the request —
  a greeting is never a code;
- a question of who or what a thing is ("what is quantum tunneling", "who is park ji sung") asks a
  look-up for the whole thing named after "is", a common noun phrase as much as a capitalised name, not
  its first word only; a name with lower-case nouns after it ("what is Hanseatic league") is asked whole.

The guard rows at the end hold readings that must stay (a quoted keyword, a name's article left out,
a labelled code with no greeting).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, STR, fn, one_call_problem, params

PARCEL = fn(
    "parcel.status",
    "Check where a parcel is.",
    {
        "carrier": (STR, "The courier company."),
        "recipient_name": (STR, "Name of the recipient."),
        "tracking_number": (STR, "The tracking number."),
    },
    ["carrier", "recipient_name", "tracking_number"],
)
GYM = fn(
    "gym.book_class",
    "Book a gym class for a member.",
    {"member_code": (STR, "The member code."), "class_name": (STR, "The class to book.")},
    ["member_code", "class_name"],
)
HOTEL = fn(
    "hotel.booking_status",
    "Check the status of a hotel booking.",
    {"guest_name": (STR, "Guest's full name."), "booking_reference": (STR, "The booking reference.")},
    ["guest_name", "booking_reference"],
)
CLAIM = fn(
    "insurance.claim_status",
    "Get the status of an insurance claim.",
    {"policy_number": (STR, "The insurance policy number.")},
    ["policy_number"],
)
REFILL = fn(
    "pharmacy.request_refill",
    "Request a refill of a prescription.",
    {"prescription_id": (STR, "The prescription identifier.")},
    ["prescription_id"],
)
GRADES = fn(
    "school.get_grades",
    "Get a student's grades for the term.",
    {"student_number": (STR, "The student number.")},
    ["student_number"],
)
GARAGE = fn(
    "garage.service_history",
    "List the service history of a car.",
    {"plate_number": (STR, "The car's licence plate number.")},
    ["plate_number"],
)
METER = fn(
    "utility.meter_reading",
    "Get the latest electricity meter reading of an account.",
    {"account_number": (STR, "The utility account number.")},
    ["account_number"],
)
PET = fn(
    "vet.next_vaccination",
    "Get the next vaccination due for a pet.",
    {"microchip_id": (STR, "The pet's microchip id.")},
    ["microchip_id"],
)
BAGGAGE = fn(
    "airline.baggage_trace",
    "Trace a delayed bag.",
    {"airline": (STR, "The airline."), "bag_tag": (STR, "The bag tag number.")},
    ["airline", "bag_tag"],
)
CARD = fn(
    "bank.freeze_card",
    "Freeze a bank card.",
    {
        "card_last_digits": (STR, "The last four digits of the card."),
        "reason": (STR, "Why the card is frozen."),
    },
    ["card_last_digits"],
)
LOOKUP = fn(
    "web.lookup",
    "Retrieve up-to-date information by searching the web using keywords.",
    {"keyword": (STR, "The search keyword."), "max_results": (INT, "How many results to return.")},
    ["keyword"],
)
ENCYCLOPEDIA = fn(
    "encyclopedia.search",
    "Search an online encyclopedia for an article on a topic.",
    {"topic": (STR, "The topic to look up.")},
    ["topic"],
)

ROWS = [
    # ---- a labelled code after a greeting or an introduction
    (
        "Hi, I am Lena. Where is my DHL parcel? My name is Lena Fischer, and my tracking number is TRK9921.",
        PARCEL,
        {"carrier": ["DHL"], "recipient_name": ["Lena Fischer"], "tracking_number": ["TRK9921"]},
    ),
    (
        "Hello! Could you check my parcel from FedEx? It's for Omar Haddad, tracking number is 7781-XQ.",
        PARCEL,
        {"carrier": ["FedEx"], "recipient_name": ["Omar Haddad"], "tracking_number": ["7781-XQ"]},
    ),
    (
        "Hi there, what's the status of my claim? My policy number is PL-204.",
        CLAIM,
        {"policy_number": ["PL-204"]},
    ),
    ("Hey, I'm Rosa. Claim status please, policy number: PL-99812", CLAIM, {"policy_number": ["PL-99812"]}),
    (
        "Good evening. Please refill my meds, prescription id is RX5530.",
        REFILL,
        {"prescription_id": ["RX5530"]},
    ),
    (
        "Hi, this is Dan. Can I get a refill? My prescription ID is 'rx-77'",
        REFILL,
        {"prescription_id": ["rx-77"]},
    ),
    (
        "Hello, I am a parent. What are the grades? Student number is S20417.",
        GRADES,
        {"student_number": ["S20417"]},
    ),
    ("Hi! my student number is 884120, show me my grades", GRADES, {"student_number": ["884120"]}),
    (
        "Hey there, show me the service history of my car, plate number is KX19 FTE",
        GARAGE,
        {"plate_number": ["KX19 FTE"]},
    ),
    (
        "Hi, I am Ivo. My account number is EL-3320, what is my latest meter reading?",
        METER,
        {"account_number": ["EL-3320"]},
    ),
    (
        "Morning! When is the next vaccination due for Biscuit? Her microchip id is 985112004",
        PET,
        {"microchip_id": ["985112004"]},
    ),
    (
        "Hi, I'm Jun. Please trace my delayed bag with Lufthansa, the bag tag is LH402211.",
        BAGGAGE,
        {"airline": ["Lufthansa"], "bag_tag": ["LH402211"]},
    ),
    (
        "Hello, please freeze my card, the last digits are 4471.",
        CARD,
        {"card_last_digits": ["4471"]},
    ),
    (
        "Hey, it's Mia. Book me into the pilates class, my member code is GX-440.",
        GYM,
        {"member_code": ["GX-440"], "class_name": ["pilates", "pilates class"]},
    ),
    (
        "Good morning, I'm Priya. Is my hotel booking fine? My name is Priya Nair and the booking reference is BK7731.",
        HOTEL,
        {"guest_name": ["Priya Nair"], "booking_reference": ["BK7731"]},
    ),
    (
        "Hello, I am Jun. Please trace my bag. The airline is Lufthansa and my bag tag is LH402211.",
        BAGGAGE,
        {"airline": ["Lufthansa"], "bag_tag": ["LH402211"]},
    ),
    (
        "Hi, I am Lena. Where is my DHL parcel? My tracking number is TRK9921 and my name is Lena Fischer.",
        PARCEL,
        {"carrier": ["DHL"], "recipient_name": ["Lena Fischer"], "tracking_number": ["TRK9921"]},
    ),
    # ---- who or what a thing is: the whole thing named
    ("what is quantum tunneling", LOOKUP, {"keyword": ["quantum tunneling"]}),
    ("what is Hanseatic league", LOOKUP, {"keyword": ["Hanseatic league", "Hanseatic League"]}),
    ("who is park ji sung", LOOKUP, {"keyword": ["park ji sung", "Park Ji Sung"]}),
    ("what is sourdough starter?", LOOKUP, {"keyword": ["sourdough starter"]}),
    ("what's plate tectonics", LOOKUP, {"keyword": ["plate tectonics"]}),
    ("who was the red baron", LOOKUP, {"keyword": ["red baron", "the red baron"]}),
    ("what is dark matter?", ENCYCLOPEDIA, {"topic": ["dark matter"]}),
    ("what is the offside rule", ENCYCLOPEDIA, {"topic": ["offside rule", "the offside rule"]}),
    (
        "what was the hundred years war",
        ENCYCLOPEDIA,
        {"topic": ["hundred years war", "the hundred years war"]},
    ),
    ("what was Tet offensive?", ENCYCLOPEDIA, {"topic": ["Tet offensive", "Tet Offensive"]}),
    ("who is Kylian Mbappe", LOOKUP, {"keyword": ["Kylian Mbappe"]}),
    ("who is lionel messi", LOOKUP, {"keyword": ["lionel messi", "Lionel Messi"]}),
    # ---- guards: readings that must stay
    ("who is marie curie?", LOOKUP, {"keyword": ["marie curie", "Marie Curie"]}),
    ("what is the Treaty of Westphalia", LOOKUP, {"keyword": ["Treaty of Westphalia"]}),
    ("search the web for 'best hiking boots 2024'", LOOKUP, {"keyword": ["best hiking boots 2024"]}),
    ("my policy number is PL-204, what's the status of the claim?", CLAIM, {"policy_number": ["PL-204"]}),
    (
        "Hello, this is Tom. Book me into spin class, my member code is GX-440.",
        GYM,
        {"member_code": ["GX-440"], "class_name": ["spin", "spin class"]},
    ),
]

GAPS: dict[str, str] = {
    "Hello! Could you check my parcel from FedEx?": "'from FedEx' and 'for Omar Haddad' swap their roles, and"
    + " the code '7781-XQ' loses its letters",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_string_the_user_meant(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_rows() -> None:
    assert len(ROWS) >= 30
