"""A fifth battery of values written as the schema asks: language codes and dashed codes.

Written for classes the earlier batteries recorded as gaps, in domains of their own (weather, museums, job
ads, recipes, warranty claims, shipments, invoices, permits, banking, shops, payroll). Classes: a language
named after "in" ("in French") for a parameter whose description lists codes as its only choices ("one of
'en', 'fr'") is the code, and is no second place; numbers with capitals between dashes ("19-WC-2234") are
one code, kept whole.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a city.",
    {
        "city": (STR, "The city."),
        "lang": (STR, "The language of the reply, one of 'en', 'fr', 'es', 'de'."),
    },
    ["city"],
)
MUSEUM = fn(
    "museum_hours",
    "Opening hours of the museums in a city.",
    {
        "city": (STR, "The city."),
        "reply_language": (STR, "The answer language, either 'en' or 'es'."),
    },
    ["city"],
)
JOBS = fn(
    "job_ads_search",
    "Search job advertisements.",
    {
        "city": (STR, "The city."),
        "language": (STR, "Language of the ads. Options: en, fr, nl."),
    },
    ["city"],
)
RECIPES = fn(
    "recipes_find",
    "Find recipes for a dish.",
    {
        "dish": (STR, "The dish."),
        "locale": (STR, "The recipe locale, one of 'en', 'it', 'fr'."),
    },
    ["dish"],
)
CLAIM = fn(
    "warranty_claim_status",
    "Get the status of a warranty claim.",
    {"claim_id": (STR, "The claim id.")},
    ["claim_id"],
)
SHIPMENT = fn(
    "shipment_locate",
    "Locate a shipment.",
    {"tracking_id": (STR, "The tracking id of the shipment.")},
    ["tracking_id"],
)
INVOICE = fn(
    "invoice_fetch",
    "Fetch an invoice.",
    {"invoice_number": (STR, "The invoice number."), "client": (STR, "The client's name.")},
    ["invoice_number"],
)
PERMIT = fn(
    "permit_lookup",
    "Look up a building permit.",
    {"permit_number": (STR, "The permit number."), "city": (STR, "The city that issued it.")},
    ["permit_number"],
)

ROWS: list[tuple] = [
    # ---- a language after "in", for codes the description lists as the only choices
    ("Give me the forecast for Lyon in French", FORECAST, {"city": ["Lyon"], "lang": ["fr"]}),
    ("Museum opening hours in Madrid in Spanish", MUSEUM, {"city": ["Madrid"], "reply_language": ["es"]}),
    ("Search job ads in Antwerp in Dutch", JOBS, {"city": ["Antwerp"], "language": ["nl"]}),
    ("Find a risotto recipe in Italian", RECIPES, {"dish": ["risotto"], "locale": ["it"]}),
    ("Weather for Bern in German please", FORECAST, {"city": ["Bern"], "lang": ["de"]}),
    ("Forecast for Quebec City", FORECAST, {"city": ["Quebec City"], "lang": [OMIT]}),
    # ---- numbers with capitals between dashes: one code
    ("Check the status of warranty claim 19-WC-2234", CLAIM, {"claim_id": ["19-WC-2234"]}),
    ("Where is shipment 7-XK-4410 right now?", SHIPMENT, {"tracking_id": ["7-XK-4410"]}),
    (
        "Pull up invoice 2024-INV-0091 for the client Acme",
        INVOICE,
        {"invoice_number": ["2024-INV-0091"], "client": ["Acme"]},
    ),
    (
        "Look up building permit 23-BP-00417 in Austin",
        PERMIT,
        {"permit_number": ["23-BP-00417"], "city": ["Austin"]},
    ),
    ("Show permit 23-17 issued in Austin", PERMIT, {"permit_number": ["23-17"], "city": ["Austin"]}),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_value_as_the_schema_asks(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_ten_requests() -> None:
    assert len(ROWS) >= 10
