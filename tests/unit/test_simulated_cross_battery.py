"""A battery of one tool asked for every combination of the values of two parameters.

Written for this round in its own words, before changing the model. A request can name several values for
two different parameters of one tool and mean each with each: "the opening hours and the phone number of
the Leeds and York branches" (two details x two branches = four calls), "both the fastest and the cheapest
way" applied to each leg already asked, "with and without tax" (a yes/no setting asked both ways, for each
item), "Autumn and Spring rosters of CHEM101 and BIO202". Against that, "respectively", or a value said
right beside its own item ("Oslo in celsius and Bergen in fahrenheit"), pairs by position, and a value
tied to an item by "for <item>" ("2% for the Leeds shop and 4% for the York shop") goes to that item only;
a list parameter takes a written list in one call (the guard rows).
Domains: libraries, parcels, transit, retail, reports, maths, education, weather, sport, pharmacy, HR,
property, music, cooking, banking, astronomy, business forecasts, photos.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, params, strs
from test_simulated_parallel_style_battery import c, matched


def _enum(words: str, options: list[str]) -> tuple:
    return (STR, words, {"enum": options})


BRANCH = fn(
    "branch_info",
    "Get the opening hours or the phone number of a library branch.",
    {
        "branch": (STR, "The branch's town."),
        "detail": _enum("Which detail to get.", ["opening_hours", "phone_number"]),
    },
    ["branch"],
)
PARCEL = fn(
    "track_parcel",
    "Track a parcel: its current location or its estimated arrival.",
    {
        "tracking_id": (STR, "The tracking code."),
        "carrier": (STR, "The carrier, e.g. DHL."),
        "info": _enum("What to report.", ["location", "eta"]),
    },
    ["tracking_id", "carrier"],
)
ROUTE = fn(
    "transit_route",
    "Plan a public transport route between two towns.",
    {
        "origin": (STR, "Where the trip starts."),
        "destination": (STR, "Where the trip ends."),
        "preference": _enum("The route preference.", ["Fastest", "Cheapest"]),
    },
    ["origin", "destination", "preference"],
)
PRICE = fn(
    "quote_price",
    "Quote the price of a furniture product.",
    {
        "product": (STR, "The product name."),
        "include_tax": (BOOL, "Whether the quoted price includes tax."),
    },
    ["product", "include_tax"],
)
EXPORT = fn(
    "export_report",
    "Export a stored report to a file.",
    {
        "report_id": (STR, "The report's id, e.g. R-12."),
        "compressed": (BOOL, "Whether to compress the file."),
    },
    ["report_id", "compressed"],
)
DIVISORS = fn(
    "list_divisors",
    "List the divisors of a whole number.",
    {"number": (INT, "The number."), "sorted": (BOOL, "Whether to return the divisors sorted.")},
    ["number", "sorted"],
)
ROSTER = fn(
    "class_roster",
    "Get the roster of students enrolled in a course in a term.",
    {"course": (STR, "The course code."), "term": _enum("The term.", ["Autumn", "Spring"])},
    ["course", "term"],
)
FORECAST = fn(
    "city_forecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "The city."), "units": _enum("Temperature units.", ["celsius", "fahrenheit"])},
    ["city", "units"],
)
PLAYER = fn(
    "player_season_stat",
    "Get a footballer's goals or assists in a season.",
    {
        "player": (STR, "The player's surname."),
        "season": (INT, "The season's starting year."),
        "stat": _enum("The statistic.", ["goals", "assists"]),
    },
    ["player", "season", "stat"],
)
DRUG = fn(
    "drug_facts",
    "Look up a medicine's usual dosage or its side effects.",
    {"drug": (STR, "The medicine."), "topic": _enum("What to look up.", ["dosage", "side_effects"])},
    ["drug", "topic"],
)
LEAVE = fn(
    "leave_balance",
    "Get how many days of a kind of leave an employee has left.",
    {
        "employee_id": (STR, "The employee's id, e.g. E-12."),
        "leave_type": _enum("The kind of leave.", ["annual", "sick"]),
    },
    ["employee_id", "leave_type"],
)
LISTINGS = fn(
    "property_search",
    "Search property listings in a city.",
    {
        "city": (STR, "The city."),
        "property_type": _enum("The kind of property.", ["house", "apartment"]),
    },
    ["city", "property_type"],
)
CHART = fn(
    "chart_position",
    "Get a song's peak position in a national chart.",
    {"song": (STR, "The song title."), "chart": _enum("The chart.", ["UK", "US"])},
    ["song", "chart"],
)
RECIPE = fn(
    "convert_recipe",
    "Convert a recipe's measures to a system of units.",
    {"recipe": (STR, "The recipe."), "system": _enum("The system of units.", ["metric", "imperial"])},
    ["recipe", "system"],
)
STATEMENT = fn(
    "account_statement",
    "Produce a bank account statement in a file format.",
    {"account": (STR, "The account number."), "file_format": _enum("The file format.", ["PDF", "CSV"])},
    ["account", "file_format"],
)
OBSERVE = fn(
    "schedule_observation",
    "Schedule a telescope observation of a star.",
    {"star": (STR, "The star."), "band": _enum("The wavelength band.", ["visible", "infrared"])},
    ["star", "band"],
)
REVENUE = fn(
    "project_revenue",
    "Project a shop's revenue some years ahead.",
    {
        "shop": (STR, "The shop's town."),
        "years": (INT, "How many years ahead."),
        "growth_rate": (NUM, "Yearly growth as a fraction; the shop's current rate if left out."),
    },
    ["shop", "years"],
)
HERD = fn(
    "herd_projection",
    "Project the size of a herd after some years.",
    {
        "herd": (STR, "The herd's farm."),
        "years": (INT, "How many years ahead."),
        "birth_rate": (NUM, "Yearly birth rate as a fraction; the farm's usual rate if left out."),
    },
    ["herd", "years"],
)
ORDERS = fn(
    "account_orders",
    "Fetch the orders of an account holder by account name and order state.",
    {
        "name": (STR, "The account holder's name."),
        "state": _enum("Order state.", ["open", "shipped", "cancelled"]),
    },
    ["name"],
)
LOANS = fn(
    "member_loans",
    "List a library member's loans in a given state.",
    {
        "member": (STR, "The member's first name."),
        "state": _enum("Loan state.", ["overdue", "reserved", "returned"]),
    },
    ["member"],
)
TAGS = fn(
    "tag_photos",
    "Add a tag to several photos at once.",
    {"photo_ids": strs("The photos' ids."), "tag": (STR, "The tag to add.")},
    ["photo_ids", "tag"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== two details of one thing asked, for each of several things
    (
        "What are the opening hours and the phone number of the Leeds branch and the York branch?",
        [BRANCH],
        [
            c("branch_info", branch=b, detail=d)
            for b in ("Leeds", "York")
            for d in ("opening_hours", "phone_number")
        ],
    ),
    (
        "i need the phone number and opening hours for the Harrogate and Ripon branches",
        [BRANCH],
        [
            c("branch_info", branch=b, detail=d)
            for b in ("Harrogate", "Ripon")
            for d in ("opening_hours", "phone_number")
        ],
    ),
    (
        "Give me the location and the ETA of parcel ZX100 with DHL, and parcel QP220 with UPS.",
        [PARCEL],
        [
            c("track_parcel", tracking_id=t, carrier=k, info=i)
            for t, k in (("ZX100", "DHL"), ("QP220", "UPS"))
            for i in ("location", "eta")
        ],
    ),
    (
        "What's the dosage and the side effects of ibuprofen and of paracetamol?",
        [DRUG],
        [
            c("drug_facts", drug=d, topic=t)
            for d in ("ibuprofen", "paracetamol")
            for t in ("dosage", "side_effects")
        ],
    ),
    (
        "Goals and assists for Kane in 2021 and for Salah in 2019, please.",
        [PLAYER],
        [
            c("player_season_stat", player=p, season=s, stat=t)
            for p, s in (("Kane", 2021), ("Salah", 2019))
            for t in ("goals", "assists")
        ],
    ),
    (
        "What are the opening hours and current phone number of the Leeds branch and the York branch?",
        [BRANCH],
        [
            c("branch_info", branch=b, detail=d)
            for b in ("Leeds", "York")
            for d in ("opening_hours", "phone_number")
        ],
    ),
    (
        "Look up the usual dosage and known side effects of aspirin and of naproxen.",
        [DRUG],
        [
            c("drug_facts", drug=d, topic=t)
            for d in ("aspirin", "naproxen")
            for t in ("dosage", "side_effects")
        ],
    ),
    # ======== "both X and Y" for each leg or item already asked
    (
        "Cheapest route from Bristol to Bath, and then from Bath to Wells, with both the cheapest and the fastest "
        "options for each.",
        [ROUTE],
        [
            c("transit_route", origin=o, destination=d, preference=p)
            for o, d in (("Bristol", "Bath"), ("Bath", "Wells"))
            for p in ("Fastest", "Cheapest")
        ],
    ),
    (
        "Route from Oxford to Reading, and from Reading to Slough, looking at both the cheapest and fastest options.",
        [ROUTE],
        [
            c("transit_route", origin=o, destination=d, preference=p)
            for o, d in (("Oxford", "Reading"), ("Reading", "Slough"))
            for p in ("Fastest", "Cheapest")
        ],
    ),
    (
        "Schedule observations of Vega and Deneb in both the visible and the infrared band.",
        [OBSERVE],
        [
            c("schedule_observation", star=s, band=b)
            for s in ("Vega", "Deneb")
            for b in ("visible", "infrared")
        ],
    ),
    (
        "Get the forecast for Oslo, and then the forecast for Bergen, in celsius as well as fahrenheit.",
        [FORECAST],
        [c("city_forecast", city=x, units=u) for x in ("Oslo", "Bergen") for u in ("celsius", "fahrenheit")],
    ),
    (
        "Forecast for Oslo and Bergen, in celsius as well as fahrenheit.",
        [FORECAST],
        [c("city_forecast", city=x, units=u) for x in ("Oslo", "Bergen") for u in ("celsius", "fahrenheit")],
    ),
    (
        "Convert the flapjack and the scone recipes to metric as well as imperial.",
        [RECIPE],
        [
            c("convert_recipe", recipe=r, system=s)
            for r in ("flapjack", "scone")
            for s in ("metric", "imperial")
        ],
    ),
    # ======== a yes/no setting asked both ways, for each item
    (
        "Quote the price of the oak desk and the pine shelf, both with and without tax.",
        [PRICE],
        [
            c("quote_price", product=p, include_tax=t)
            for p in ("oak desk", "pine shelf")
            for t in (True, False)
        ],
    ),
    (
        "how much is the walnut bench with and without tax?",
        [PRICE],
        [c("quote_price", product="walnut bench", include_tax=t) for t in (True, False)],
    ),
    (
        "Export reports R-17 and R-18, compressed as well as uncompressed.",
        [EXPORT],
        [c("export_report", report_id=r, compressed=z) for r in ("R-17", "R-18") for z in (True, False)],
    ),
    (
        "Export report R-20 both compressed and uncompressed.",
        [EXPORT],
        [c("export_report", report_id="R-20", compressed=z) for z in (True, False)],
    ),
    (
        "List the divisors of 84 and 90, sorted and also unsorted.",
        [DIVISORS],
        [c("list_divisors", number=n, sorted=s) for n in (84, 90) for s in (True, False)],
    ),
    (
        "Can you give me the divisors of 72, once sorted and once not sorted?",
        [DIVISORS],
        [c("list_divisors", number=72, sorted=s) for s in (True, False)],
    ),
    # ======== two series of values, each with each
    (
        "Pull the class rosters for CHEM101 and BIO202 for the Autumn and Spring terms.",
        [ROSTER],
        [c("class_roster", course=k, term=t) for k in ("CHEM101", "BIO202") for t in ("Autumn", "Spring")],
    ),
    (
        "Show annual and sick leave balances for employees E-101 and E-202.",
        [LEAVE],
        [
            c("leave_balance", employee_id=e, leave_type=t)
            for e in ("E-101", "E-202")
            for t in ("annual", "sick")
        ],
    ),
    (
        "hey can u check how much sick and annual leave E-7 and E-9 have left",
        [LEAVE],
        [c("leave_balance", employee_id=e, leave_type=t) for e in ("E-7", "E-9") for t in ("annual", "sick")],
    ),
    (
        "Search houses and apartments in Bristol and Cardiff.",
        [LISTINGS],
        [
            c("property_search", city=x, property_type=t)
            for x in ("Bristol", "Cardiff")
            for t in ("house", "apartment")
        ],
    ),
    (
        "Where did 'Halo' and 'Toxic' peak in the UK and US charts?",
        [CHART],
        [c("chart_position", song=s, chart=k) for s in ("Halo", "Toxic") for k in ("UK", "US")],
    ),
    (
        "Send me statements for accounts 4471 and 5582 as PDF and as CSV.",
        [STATEMENT],
        [c("account_statement", account=a, file_format=f) for a in ("4471", "5582") for f in ("PDF", "CSV")],
    ),
    (
        "i need all open and shipped orders of accounts priya and tomas",
        [ORDERS],
        [
            ("account_orders", {"name": [n], "state": [t]})
            for n in ("priya", "tomas")
            for t in ("open", "shipped")
        ],
    ),
    (
        "List overdue and reserved loans for members ines and omar.",
        [LOANS],
        [c("member_loans", member=n, state=t) for n in ("ines", "omar") for t in ("overdue", "reserved")],
    ),
    (
        "Goals of Kane and Salah in the 2020 and 2021 seasons.",
        [PLAYER],
        [
            c("player_season_stat", player=p, season=s, stat="goals")
            for p in ("Kane", "Salah")
            for s in (2020, 2021)
        ],
    ),
    # ======== a value tied to its item by "for <item>", beside pairs said "respectively"
    (
        "Project the revenue of the Leeds shop and the York shop over 3 and 5 years respectively at their "
        "current growth, and again with growth of 0.02 for Leeds and 0.04 for York.",
        [REVENUE],
        [
            c("project_revenue", shop="Leeds", years=3, growth_rate=[OMIT]),
            c("project_revenue", shop="York", years=5, growth_rate=[OMIT]),
            c("project_revenue", shop="Leeds", years=3, growth_rate=0.02),
            c("project_revenue", shop="York", years=5, growth_rate=0.04),
        ],
    ),
    (
        "What will the herds at Hill Farm and Moor Farm be in 4 and 6 years respectively? Then redo it with a "
        "birth rate of 0.1 for Hill Farm and 0.15 for Moor Farm.",
        [HERD],
        [
            c("herd_projection", herd="Hill Farm", years=4, birth_rate=[OMIT]),
            c("herd_projection", herd="Moor Farm", years=6, birth_rate=[OMIT]),
            c("herd_projection", herd="Hill Farm", years=4, birth_rate=0.1),
            c("herd_projection", herd="Moor Farm", years=6, birth_rate=0.15),
        ],
    ),
    # ======== guards: pairs by position, one value beside each item, one option, a list in one call
    (
        "Pull the class rosters for CHEM101 and BIO202 for the Autumn and Spring terms respectively.",
        [ROSTER],
        [c("class_roster", course=k, term=t) for k, t in (("CHEM101", "Autumn"), ("BIO202", "Spring"))],
    ),
    (
        "Forecast for Oslo in celsius and for Bergen in fahrenheit.",
        [FORECAST],
        [c("city_forecast", city=x, units=u) for x, u in (("Oslo", "celsius"), ("Bergen", "fahrenheit"))],
    ),
    (
        "Statement for account 4471 as PDF and for account 5582 as CSV.",
        [STATEMENT],
        [c("account_statement", account=a, file_format=f) for a, f in (("4471", "PDF"), ("5582", "CSV"))],
    ),
    (
        "Opening hours of the Leeds branch and the York branch.",
        [BRANCH],
        [c("branch_info", branch=b, detail="opening_hours") for b in ("Leeds", "York")],
    ),
    (
        "Fastest route from Oxford to Reading and then from Reading to Slough.",
        [ROUTE],
        [
            c("transit_route", origin=o, destination=d, preference="Fastest")
            for o, d in (("Oxford", "Reading"), ("Reading", "Slough"))
        ],
    ),
    (
        "Price of the oak desk including tax.",
        [PRICE],
        [c("quote_price", product="oak desk", include_tax=True)],
    ),
    (
        "Export report R-9 without compression.",
        [EXPORT],
        [c("export_report", report_id="R-9", compressed=False)],
    ),
    (
        "Add the tag 'beach' to photos P1 and P2.",
        [TAGS],
        [c("tag_photos", photo_ids=[["P1", "P2"]], tag="beach")],
    ),
    (
        "Add the tags 'beach' and 'sunset' to photos P1 and P2.",
        [TAGS],
        [c("tag_photos", photo_ids=[["P1", "P2"]], tag=t) for t in ("beach", "sunset")],
    ),
    (
        "Project the revenue of the Leeds shop and the York shop over 3 and 5 years respectively.",
        [REVENUE],
        [c("project_revenue", shop=s, years=y, growth_rate=[OMIT]) for s, y in (("Leeds", 3), ("York", 5))],
    ),
    (
        "Dosage of ibuprofen for adults.",
        [DRUG],
        [c("drug_facts", drug="ibuprofen", topic="dosage")],
    ),
    (
        "Goals for Kane in 2021 and for Salah in 2019.",
        [PLAYER],
        [
            c("player_season_stat", player=p, season=s, stat="goals")
            for p, s in (("Kane", 2021), ("Salah", 2019))
        ],
    ),
]

GAPS: dict[str, str] = {
    "List the divisors of 84 and 90": "the clause splits at 'also' ('sorted' / 'unsorted'), so one value",
    "Project the revenue of the Leeds shop and the York shop over 3 and 5 years respectively at": (
        "'and again with … 0.02 for Leeds and 0.04 for York' in the same clause: the rates replace the first "
        "calls instead of making a varied second set"
    ),
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_every_combination(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 35
