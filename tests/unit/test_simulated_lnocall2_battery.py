"""A request that asks for the act whose result a tool gives: a battery written for this round.

A tool's description often says what it gives as a noun made from a verb: "Records **classifications** of
support emails", "Returns **predictions** of monthly sales", "Writes **summaries** of news articles". A
request does not name that noun; it asks for the act: "classify these emails", "predict the sales for
March", "summarize this article". A small competent model sees that the act makes what the tool gives and
calls it. It does not when the verb acts on a thing the tool does not speak of ("predict the weather" of a
sales tool), when the tool's noun is the verb's own word ("Lists the orders …" is no tool that orders a
pizza, "Finds books …" none that books a table), or when the tool takes the noun away ("Deletes
classifications …"). Subjects of its own: mail, retail, news, language, libraries, units, medicine, HR,
security, parcels, photography, music, law, insurance, farming.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, one_call_problem, params

MAIL = fn(
    "mailbox_record",
    "Records classifications of support emails into folders.",
    {"email_id": (STR, "The email's identifier, e.g. 'EM-100'"), "folder": (STR, "The folder name.")},
    ["email_id", "folder"],
)
SALES = fn(
    "store_forecaster",
    "Returns predictions of monthly sales for a store.",
    {"store": (STR, "The store name."), "month": (STR, "The month, e.g. March")},
    ["store", "month"],
)
NEWS = fn(
    "news_digest",
    "Writes summaries of news articles.",
    {"url": (STR, "The article's web address.")},
    ["url"],
)
LANG = fn(
    "polyglot_service",
    "Produces translations of a phrase into another language.",
    {"phrase": (STR, "The phrase."), "language": (STR, "The target language, e.g. German")},
    ["phrase", "language"],
)
LIBRARY = fn(
    "reading_advisor",
    "Gives recommendations of novels for a genre.",
    {"genre": (STR, "The genre, e.g. mystery")},
    ["genre"],
)
UNITS = fn(
    "unit_engine",
    "Performs conversions of lengths between units.",
    {
        "value": (NUM, "The length."),
        "from_unit": (STR, "The unit given."),
        "to_unit": (STR, "The unit wanted."),
    },
    ["value", "from_unit", "to_unit"],
)
CLINIC = fn(
    "triage_assistant",
    "Offers a diagnosis for a list of symptoms.",
    {"symptoms": (STR, "The symptoms, comma separated.")},
    ["symptoms"],
)
HR = fn(
    "staff_review",
    "Records evaluations of an employee's quarterly performance.",
    {"employee": (STR, "The employee's name."), "score": (INT, "A score from 1 to 5.")},
    ["employee", "score"],
)
SECURITY = fn(
    "access_gate",
    "Performs authentication of a user against the directory.",
    {"username": (STR, "The user's login name.")},
    ["username"],
)
PARCELS = fn(
    "courier_desk",
    "Arranges deliveries of parcels to a street address.",
    {"parcel_id": (STR, "The parcel's tracking code, e.g. 'PX-88'"), "address": (STR, "The street address.")},
    ["parcel_id", "address"],
)
PHOTOS = fn(
    "image_tool",
    "Applies compression to a photo file.",
    {"file": (STR, "The photo's file name, e.g. 'beach.png'"), "quality": (INT, "Quality from 1 to 100.")},
    ["file"],
)
CONTRACTS = fn(
    "contract_office",
    "Runs a verification of a signed contract.",
    {"contract_id": (STR, "The contract number, e.g. 'C-2231'")},
    ["contract_id"],
)
CLAIMS = fn(
    "claims_desk",
    "Handles registrations of insurance claims.",
    {"policy": (STR, "The policy number, e.g. 'POL-77'"), "amount": (NUM, "The amount claimed.")},
    ["policy", "amount"],
)
FARM = fn(
    "field_planner",
    "Prepares estimations of crop yields for a field.",
    {"field": (STR, "The field's name."), "crop": (STR, "The crop, e.g. wheat")},
    ["field", "crop"],
)
# tools whose noun is the verb's own word, or which take the noun away: no act of the request's
ORDERS = fn(
    "shop_ledger",
    "Lists the orders of a customer.",
    {"customer": (STR, "The customer's name.")},
    ["customer"],
)
BOOKS = fn(
    "catalogue",
    "Finds books by an author.",
    {"author": (STR, "The author's name.")},
    ["author"],
)
PURGE = fn(
    "mailbox_cleanup",
    "Deletes classifications of support emails from a folder.",
    {"folder": (STR, "The folder name.")},
    ["folder"],
)
PLAYLIST = fn(
    "music_box",
    "Plays songs from a playlist.",
    {"playlist": (STR, "The playlist name.")},
    ["playlist"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- the act asked makes what the tool gives; the request says little else of the tool
    ("Classify EM-104 as Billing.", MAIL, {"email_id": ["EM-104"], "folder": ["Billing"]}),
    (
        "Could you classify it, please? It's EM-7, for Refunds.",
        MAIL,
        {"email_id": ["EM-7"], "folder": ["Refunds"]},
    ),
    ("Predict Leeds for March.", SALES, {"store": ["Leeds"], "month": ["March"]}),
    ("Could you predict how Bristol will do in June?", SALES, {"store": ["Bristol"], "month": ["June"]}),
    ("Summarize https://news.example.com/a1 please.", NEWS, {"url": ["https://news.example.com/a1"]}),
    (
        "Can you summarize https://paper.example.org/story-9 for me?",
        NEWS,
        {"url": ["https://paper.example.org/story-9"]},
    ),
    (
        "How would I translate 'good morning' into German?",
        LANG,
        {"phrase": ["good morning"], "language": ["German"]},
    ),
    ("Translate 'good morning' to German.", LANG, {"phrase": ["good morning"], "language": ["German"]}),
    ("Recommend something in mystery.", LIBRARY, {"genre": ["mystery"]}),
    ("Could you recommend me a good mystery?", LIBRARY, {"genre": ["mystery"]}),
    (
        "Convert 12 feet to metres.",
        UNITS,
        {"value": [12], "from_unit": ["feet", "ft"], "to_unit": ["metres", "meters", "m"]},
    ),
    ("Diagnose fever and cough.", CLINIC, {"symptoms": ["fever, cough", "fever and cough"]}),
    ("Evaluate Dana Reyes, I'd give her a 4.", HR, {"employee": ["Dana Reyes"], "score": [4]}),
    ("Authenticate jsmith.", SECURITY, {"username": ["jsmith"]}),
    ("Please authenticate mlopez.", SECURITY, {"username": ["mlopez"]}),
    ("Deliver PX-88 to 12 Elm Street.", PARCELS, {"parcel_id": ["PX-88"], "address": ["12 Elm Street"]}),
    ("Compress beach.png.", PHOTOS, {"file": ["beach.png"]}),
    ("Please compress beach.png to quality 60.", PHOTOS, {"file": ["beach.png"], "quality": [60]}),
    ("Verify C-2231.", CONTRACTS, {"contract_id": ["C-2231"]}),
    ("Can you verify C-9 for me?", CONTRACTS, {"contract_id": ["C-9"]}),
    ("Register 500 on POL-77.", CLAIMS, {"policy": ["POL-77"], "amount": [500]}),
    ("Estimate wheat on North Acre.", FARM, {"field": ["North Acre"], "crop": ["wheat"]}),
    ("Could you estimate North Acre's wheat?", FARM, {"field": ["North Acre"], "crop": ["wheat"]}),
]

GUARDS: list[tuple[str, dict]] = [
    # the act is the tool's, the thing it is done to another's
    ("Predict the weather in Oslo tomorrow.", SALES),
    ("Summarize my calendar for next week.", NEWS),
    ("Translate my salary into euros.", LANG),
    ("Recommend a restaurant in Porto.", LIBRARY),
    ("Could you recommend me a good dentist?", LIBRARY),
    ("Predict the daily weather in Oslo.", SALES),
    ("Convert this PDF to Word.", UNITS),
    ("Evaluate the integral of x squared.", HR),
    ("Compress the database logs.", PHOTOS),
    ("Verify my phone number.", CONTRACTS),
    ("Deliver a speech at the wedding.", PARCELS),
    ("Classify this rock sample.", MAIL),
    # the noun is the verb's own word, or the tool takes it away
    ("Order a large pizza.", ORDERS),
    ("Book a table for two at Nando's.", BOOKS),
    ("Classify EM-3 as Billing.", PURGE),
    ("Play tennis with me on Sunday.", PLAYLIST),
    ("Record a voice memo.", MAIL),
    # no ask at all
    ("I classified the emails yesterday.", MAIL),
    ("Predictions are hard, especially about the future.", SALES),
]

GAPS: dict[str, str] = {
    "Can you summarize": "the model summarizes the text handed over itself (an extractive summary), no call",
    "How would I translate": "a 'how would I …' question gives no lead verb: the act is asked about, not asked",
    "Convert 12 feet": "'convert' and 'conversions' have roots the lexicon does not relate (convert / convers)",
    "Diagnose fever": "the verb's object ('fever') is a kind the tool names only by its class ('symptoms')",
    "Register 500": "'register' is not read as the lead verb here (noun and verb, before a number)",
    "Could you estimate North": "a name opening on a dictionary noun ('North Acre') is read as the verb's object",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""

GUARD_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_act_asks_for_what_the_tool_gives(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


@pytest.mark.parametrize(("request_text", "spec"), params(GUARDS, GUARD_GAPS))
def test_no_call_where_the_act_or_its_thing_is_another(request_text: str, spec: dict) -> None:
    got = calls(request_text, spec)
    assert not got, got


def test_the_battery_holds_enough_rows() -> None:
    assert len(ROWS) + len(GUARDS) >= 35
    assert len(GUARDS) >= 15
