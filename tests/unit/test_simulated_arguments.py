"""Arguments by evidence (agentkit/local/simulated/arguments.py, evidence.py, mentions.py), rule by rule.

Each row is one documented rule, with a tool and a request written for this test: the values the
simulated model must send, and nothing else.
"""

from __future__ import annotations

import pytest

from agentkit.local.simulated import SimulatedModel
from agentkit.local.simulated.mentions import read

MODEL = SimulatedModel()


def tool(name: str, description: str, properties: dict, required: list[str] | None = None) -> dict:
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
    }
    return {"toolSpec": {"name": name, "description": description, "inputSchema": {"json": schema}}}


def calls(request: str, *tools: dict) -> list[tuple[str, dict]]:
    response = MODEL.converse(
        {"messages": [{"role": "user", "content": [{"text": request}]}], "toolConfig": {"tools": list(tools)}}
    )
    return [
        (b["toolUse"]["name"], b["toolUse"]["input"])
        for b in response["output"]["message"]["content"]
        if "toolUse" in b
    ]


def num(description: str, kind: str = "number") -> dict:
    return {"type": kind, "description": description}


def text(description: str) -> dict:
    return {"type": "string", "description": description}


FIELD = tool(
    "electric_field_strength",
    "Compute the electric field strength of a point charge.",
    {"charge": num("The charge in coulombs."), "distance": num("Distance from the charge in meters.")},
)
LOAN = tool(
    "loan_payment",
    "Monthly payment of a loan.",
    {
        "principal": num("The amount borrowed in dollars."),
        "rate": num("Annual interest rate as a decimal."),
        "years": num("Term of the loan.", "integer"),
    },
)
ROUTE = tool(
    "plan_route",
    "Plan a driving route between two cities.",
    {
        "origin": text("Starting city."),
        "destination": text("City to drive to."),
        "avoid_tolls": {"type": "boolean", "description": "Whether to avoid toll roads."},
    },
    ["origin", "destination"],
)
CIRCUIT = tool(
    "resonant_frequency",
    "Resonant frequency of an LC circuit.",
    {"capacitance": num("Capacitance in farads."), "inductance": num("Inductance in henries.")},
)
BOOKING = tool(
    "book_room",
    "Book a hotel room.",
    {
        "check_in": {"type": "string", "description": "Arrival date, format MM-DD-YYYY."},
        "check_out": {"type": "string", "description": "Departure date, format MM-DD-YYYY."},
        "guests": num("Number of guests.", "integer"),
    },
)
SUMMARY = tool(
    "search_articles",
    "Search the news archive for articles about a topic.",
    {
        "query": text("The search terms."),
        "full_text": {"type": "boolean", "description": "Return the full text of each article."},
        "sections": {"type": "array", "items": {"type": "string", "enum": ["sports", "business", "science"]}},
    },
    ["query"],
)

PARCEL = tool(
    "ship_parcel",
    "Ship a parcel to an address.",
    {"address": text("Street address to deliver to."), "weight_kg": num("Parcel weight in kilograms.")},
)
DISC = tool("disc_area", "Area of a disc.", {"radius": num("Radius of the disc in cm.")})
ALARM = tool(
    "set_alarm",
    "Set an alarm clock.",
    {"hour": num("Hour of the day, 0-23.", "integer"), "minute": num("Minute of the hour.", "integer")},
)
SAVINGS = tool(
    "savings_growth",
    "Growth of savings over time.",
    {"deposit": num("Amount deposited."), "years": num("How long the money is kept.", "integer")},
)

DEPOSITS = tool(
    "deposit_value",
    "Value of a deposit that earns interest.",
    {
        "principal": num("Amount deposited."),
        "credits_per_year": num("How many times interest is credited per year.", "integer"),
        "term_years": num("How long it is kept, in years.", "integer"),
    },
)

ROWS = [
    # named: the value goes to the parameter whose words stand next to it, not to the first in order
    ("What is the field 3 meters away from a charge of 2 coulombs?", [FIELD], [("electric_field_strength", {"charge": 2, "distance": 3})]),
    # percent as a fraction, currency with a scale, integer years
    ("Monthly payment on $1.2M borrowed at 4.5% for 30 years", [LOAN], [("loan_payment", {"principal": 1200000, "rate": 0.045, "years": 30})]),
    # from / to, possessive dropped; "without toll roads" negates the object of `avoid_tolls`, whose name
    # negates it too: the tolls are to be avoided
    ("Plan a route from Lyon to Turin's old town without toll roads", [ROUTE],
     [("plan_route", {"origin": "Lyon", "destination": "Turin", "avoid_tolls": True})]),
    # SI prefixes converted to the unit the parameter names, without float noise
    ("Resonant frequency with capacitance of 100 µF and inductance of 50 mH", [CIRCUIT],
     [("resonant_frequency", {"capacitance": 0.0001, "inductance": 0.05})]),
    # dates in the format the description states; a spelled count
    ("Book a room from March 3, 2026 to March 7, 2026 for two guests", [BOOKING],
     [("book_room", {"check_in": "03-03-2026", "check_out": "03-07-2026", "guests": 2})]),
    # a query takes the ask; options by lemma; an optional boolean left out when not asked
    ("Search the news archive for glacier retreat in science and business sections", [SUMMARY],
     [("search_articles", {"query": "glacier retreat in science and business sections",
                           "sections": ["science", "business"]})]),
    # fan-out: one call per member of a series
    ("Field strength of a charge of 1 coulomb at 2, 4 and 8 meters", [FIELD],
     [("electric_field_strength", {"charge": 1, "distance": 2}), ("electric_field_strength", {"charge": 1, "distance": 4}),
      ("electric_field_strength", {"charge": 1, "distance": 8})]),
    # "and" inside one ask does not split it
    ("Plan a route from Oslo to Bergen and avoid toll roads", [ROUTE],
     [("plan_route", {"origin": "Oslo", "destination": "Bergen", "avoid_tolls": True})]),
    # a street address is one value; its house number is no weight
    ("Ship a 2 kg parcel to 12 Quay Street, Galway", [PARCEL],
     [("ship_parcel", {"address": "12 Quay Street, Galway", "weight_kg": 2})]),
    # a spelled count of the things asked about is no value of theirs
    ("Areas of three discs with radius 2, 4 and 6 cm", [DISC],
     [("disc_area", {"radius": 2}), ("disc_area", {"radius": 4}), ("disc_area", {"radius": 6})]),
    # a time gives its hour and minutes to parameters named so
    ("Set an alarm for 6:45", [ALARM], [("set_alarm", {"hour": 6, "minute": 45})]),
    # the noun after an amount of money is what it pays for, not a unit: "10 years" is the term
    ("Growth of a $5000 deposit kept for 10 years", [SAVINGS], [("savings_growth", {"deposit": 5000, "years": 10})]),
    # a unit after "per" is what a rate counts by, not its value; "the first one" is no number
    ("Value of two deposits: the first one is $800 kept for 6 years, credited 12 times", [DEPOSITS],
     [("deposit_value", {"principal": 800, "credits_per_year": 12, "term_years": 6})]),
]  # fmt: skip


@pytest.mark.parametrize(("request_text", "tools", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_arguments_by_evidence(request_text: str, tools: list[dict], expected: list) -> None:
    assert calls(request_text, *tools) == expected


def test_optional_values_stay_out_unless_stated() -> None:
    [(_, arguments)] = calls("Search the news archive for glacier retreat", SUMMARY)
    assert arguments == {"query": "glacier retreat"}


def test_a_question_outside_the_tools_gets_no_call() -> None:
    assert calls("What is the capital of Portugal?", FIELD, LOAN, ROUTE) == []


def test_a_request_that_only_names_inputs_is_not_a_call() -> None:
    """Sharing a parameter's word ("distance") is not asking for what the tool computes."""
    assert calls("What is the distance from Lisbon to Porto in meters?", FIELD) == []


def test_mentions_read_values_by_their_written_form() -> None:
    kinds = [
        (m.kind, m.value)
        for m in read("Send 'Alpine 2' to ana@example.com by 2026-05-01 at 3pm, code NW-1001").mentions
    ]
    assert ("quoted", "Alpine 2") in kinds and ("email", "ana@example.com") in kinds
    assert ("date", "2026-05-01") in kinds and ("time", "3pm") in kinds and ("identifier", "NW-1001") in kinds


def test_a_list_of_plain_values_is_one_value_and_a_list_of_records_is_not() -> None:
    plain = [(m.kind, m.value) for m in read("Sort ['pear', 'apple', 'fig'] by name").mentions]
    assert plain[0] == ("list", ["pear", "apple", "fig"]) and "quoted" not in [kind for kind, _ in plain]
    records = read('Result: [{"total": 1541331.45, "region": "EMEA"}]').mentions
    assert ("number", 1541331.45) in [(m.kind, m.value) for m in records]
    assert "list" not in [m.kind for m in records]


def test_a_series_is_one_group_and_an_apposition_is_not() -> None:
    series = read("Compare Lakers, Bulls and Celtics").mentions
    assert len({m.group for m in series if m.kind == "name"}) == 1
    apposition = read("A hotel in Porto, Portugal").mentions
    assert all(m.group is None for m in apposition)


def test_closed_options_take_only_an_option() -> None:
    """A description that closes a parameter to its options ("choices include …") is read like an enum:
    leftover words that are none of them do not fill it, so a tool that needs it is not called."""
    flights = tool(
        "flight_duration",
        "The quickest flight duration between two cities.",
        {
            "start_city": text("The city the journey starts from."),
            "destination_city": text("The city to travel to."),
            "flight_type": text("The type of flight. Choices include: non-stop, direct, and multi-stop."),
        },
    )
    assert calls("What is the quickest way to get to Tokyo from London?", flights) == []
    [(_, arguments)] = calls("The quickest direct flight duration from London to Tokyo", flights)
    assert arguments == {"start_city": "London", "destination_city": "Tokyo", "flight_type": "direct"}


def test_a_hyphenated_word_names_a_parameter_by_its_last_part() -> None:
    batting = tool(
        "batting_average",
        "The batting average of a player from hits and at-bats.",
        {"hits": num("The number of hits.", "integer"), "at_bats": num("The number of at-bats.", "integer")},
    )
    assert calls("Batting average with 42 hits and 150 at-bats", batting) == [
        ("batting_average", {"hits": 42, "at_bats": 150})
    ]


def test_written_forms_of_a_key_and_a_size() -> None:
    assert ("name", "C#") in [(m.kind, m.value) for m in read("the key signature of C# major").mentions]
    assert ("identifier", "12x18") in [(m.kind, m.value) for m in read("a canvas of 12x18 inches").mentions]
    assert [m.kind for m in read("compute 12*18").mentions] == ["formula"]


def test_the_words_left_over_are_the_object_not_the_date() -> None:
    """ "I left my umbrella on the morning boat yesterday", to an agent told to search the register:
    the tool needs only one word of its domain ("left"), and the run right after that word is what the
    tool acts on; "yesterday" says when, not what."""
    register = tool(
        "search_lost_property",
        "Search the lost-property register for an item a passenger left on board.",
        {"item": text('the kind of item that was lost, e.g. "phone" or "rucksack"')},
    )
    request = "I left my umbrella on the morning boat yesterday"
    assert calls(request, register) == []  # one description word, and no system prompt pointing to it
    response = MODEL.converse(
        {
            "system": [{"text": "You run the lost-property office. Search the register for the item."}],
            "messages": [{"role": "user", "content": [{"text": request}]}],
            "toolConfig": {"tools": [register]},
        }
    )
    [use] = [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]
    assert use["input"] == {"item": "umbrella"}


def test_parallel_calls_by_written_lists_rows_and_pairs() -> None:
    average = tool(
        "mean_of", "The mean of a list of numbers.", {"values": {"type": "array", "items": num("a value")}}
    )
    assert calls("The mean of each: the first is [2, 4], the second is [10, 20, 30]", average) == [
        ("mean_of", {"values": [2, 4]}),
        ("mean_of", {"values": [10, 20, 30]}),
    ]
    rectangle = tool(
        "rectangle_area",
        "The area of a rectangle.",
        {"width": num("The width."), "height": num("The height.")},
    )
    assert calls("Rectangle area for width and height 2 and 3, 4 and 5", rectangle) == [
        ("rectangle_area", {"width": 2, "height": 3}),
        ("rectangle_area", {"width": 4, "height": 5}),
    ]
    rate = tool(
        "exchange_rate",
        "The exchange rate between two currencies.",
        {"base": text("The currency to convert from."), "target": text("The currency to convert to.")},
    )
    assert calls("Exchange rates for GBP to JPY and GBP to CHF", rate) == [
        ("exchange_rate", {"base": "GBP", "target": "JPY"}),
        ("exchange_rate", {"base": "GBP", "target": "CHF"}),
    ]


@pytest.mark.parametrize(
    ("request_text", "value"),
    [
        ("Is the Ridgeline tent, SKU NW-1001, in stock?", "NW-1001"),
        ("How many PO AB-4471 parcels are in stock?", "AB-4471"),
        ("Is the Yamaha P125 in stock?", "Yamaha P125"),
    ],
)
def test_an_acronym_before_a_code_labels_it(request_text: str, value: str) -> None:
    """ "SKU NW-1001": the acronym names the kind of code, the code is the value; a brand's model stays whole."""
    stock = tool("stock_level", "Units in stock of an item.", {"item": text("item code or product name")})
    assert calls(request_text, stock) == [("stock_level", {"item": value})]


def test_coordinated_examples_and_options_fan_out() -> None:
    """Examples a description gives, named in a series ("oak and pine"), give one call each, as enum
    options do; an option series may repeat the words that led into its first member."""
    beam = tool(
        "beam_deflection",
        "Deflection of a wooden beam.",
        {
            "span_m": num("Span in meters."),
            "wood": text("The wood species, e.g. 'oak', 'pine', 'spruce'."),
        },
        ["span_m"],
    )
    assert calls("Beam deflection for a 4 m span of oak and pine", beam) == [
        ("beam_deflection", {"span_m": 4, "wood": "oak"}),
        ("beam_deflection", {"span_m": 4, "wood": "pine"}),
    ]
    rainfall = tool(
        "rainfall_totals",
        "Rainfall totals of a city.",
        {"city": text("The city."), "window": {"type": "string", "enum": ["week", "month", "two_years"]}},
    )
    assert calls(
        "Rainfall totals for Leeds over the past week, the past month and the past two years", rainfall
    ) == [
        ("rainfall_totals", {"city": "Leeds", "window": window}) for window in ("week", "month", "two_years")
    ]


def test_the_tool_named_in_quotes_and_a_quoted_option_are_no_other_value() -> None:
    """ "the 'shop_stock.by_city_year' function" names the tool (function words like "by" aside); a
    quoted option ("set to 'Retail'") is the enum's and fills no string beside it."""
    stock = tool(
        "shop_stock_by_city_year",
        "Units in stock in a city's shops in a year.",
        {
            "city": text("The city."),
            "year": num("The year.", "integer"),
            "channel": {"type": "string", "enum": ["Retail", "Online"]},
        },
        ["city", "year"],
    )
    assert calls(
        "What was the stock of Dublin in 2020 according to the 'shop_stock.by_city_year' function?", stock
    ) == [("shop_stock_by_city_year", {"city": "Dublin", "year": 2020})]
    assert calls("What was the stock in 2020 with the channel set to 'Retail' for Dublin?", stock) == [
        ("shop_stock_by_city_year", {"city": "Dublin", "year": 2020, "channel": "Retail"})
    ]


def test_another_tools_optional_setting_is_not_carried_over() -> None:
    """Rule 6 carries an earlier value to a later clause's tool for a required parameter of that name;
    an optional one stays out unless stated (rule 4), also when another tool had it."""
    song = tool(
        "stream_song",
        "Stream a song.",
        {"title": text("The song title."), "service": text("The streaming service, default all.")},
        ["title"],
    )
    film = tool(
        "rent_film",
        "Rent a film.",
        {"title": text("The film title."), "service": text("The rental service, default all.")},
        ["title"],
    )
    assert calls(
        "Stream the song 'Blue Moon' on the service 'Tidal', then rent the film 'Vertigo'.", song, film
    ) == [
        ("stream_song", {"title": "Blue Moon", "service": "Tidal"}),
        ("rent_film", {"title": "Vertigo"}),
    ]


def test_the_words_left_over_skip_a_series_that_fans_out() -> None:
    """ "in Norway and Sweden" fans `country` out; "Sweden" is not left over for `species`."""
    census = tool(
        "wildlife_census",
        "Counts of a wild animal by country.",
        {"country": text("The country of interest."), "species": text("Species of the animal.")},
    )
    assert calls("Give me the census of wolves in Norway and Sweden", census) == [
        ("wildlife_census", {"country": "Norway", "species": "wolves"}),
        ("wildlife_census", {"country": "Sweden", "species": "wolves"}),
    ]


def test_a_list_of_asks_splits_by_tool_even_when_descriptions_restate_the_tool() -> None:
    """ "a 3-day pollen forecast for Leeds, a 5-day tide forecast for Hull": each tool gets its item, also
    when its parameters' descriptions repeat what the tool is for ("the city to get the pollen forecast for")."""
    pollen = tool(
        "pollen_forecast",
        "Pollen forecast.",
        {
            "city": text("The city to get the pollen forecast for."),
            "days": num("Days of pollen forecast.", "integer"),
        },
    )
    tides = tool(
        "tide_forecast",
        "Tide forecast.",
        {
            "city": text("The city to get the tide forecast for."),
            "days": num("Days of tide forecast.", "integer"),
        },
    )
    assert calls(
        "Give me a 3-day pollen forecast for Leeds, and a 5-day tide forecast for Hull", pollen, tides
    ) == [
        ("pollen_forecast", {"city": "Leeds", "days": 3}),
        ("tide_forecast", {"city": "Hull", "days": 5}),
    ]


def test_a_codes_noun_labels_it_and_glued_ordinals_are_numbers() -> None:
    """ "locker Id K2207" gives the code alone; "1st, 2nd and 5th" are the numbers 1, 2 and 5."""
    lockers = tool(
        "inspect_lockers",
        "Inspect lockers on floors of a gym.",
        {
            "gym_id": text("The unique identification code of the gym."),
            "floors": {"type": "array", "items": {"type": "integer"}, "description": "Floor numbers."},
        },
    )
    assert calls("Inspect lockers of the gym with gym Id K2207 on the 1st, 2nd and 5th floors", lockers) == [
        ("inspect_lockers", {"gym_id": "K2207", "floors": [1, 2, 5]})
    ]


def test_a_date_layout_given_in_words() -> None:
    """ "The day (day/month/year)": the date in that layout."""
    tides = tool(
        "tide_table",
        "Tide table of a port.",
        {"port": text("The port."), "day": {"type": "string", "description": "The date (day/month/year)."}},
    )
    assert calls("Tide table of the port of Cork on 2026-03-09", tides) == [
        ("tide_table", {"port": "Cork", "day": "09/03/2026"})
    ]


def test_an_ordinal_is_the_value_of_the_noun_it_numbers() -> None:
    """ "the 12th century" gives `century` 12; an ordinal numbering something else is no value."""
    cathedrals = tool(
        "cathedrals_built",
        "Cathedrals built in a country in a century.",
        {"country": text("The country."), "century": num("The century.", "integer")},
    )
    assert calls("Cathedrals built in France in the 12th century", cathedrals) == [
        ("cathedrals_built", {"country": "France", "century": 12})
    ]
    assert calls("Cathedrals built in France, the 2nd question", cathedrals) == []


def test_a_scene_set_before_the_question_and_units_as_the_description_writes_them() -> None:
    """The sentence before a question that asks for nothing holds its values (not the sentence after);
    "2.5 m/s^2" is a quantity in the unit the description writes, not a division; "without any
    braking" is 0 braking, not the earlier car's."""
    stop = tool(
        "stopping_distance",
        "Stopping distance of a vehicle.",
        {
            "speed": num("The speed in m/s.", "integer"),
            "braking": num("The braking in m/s^2."),
        },
        ["speed"],
    )
    request = (
        "A van drives at 20 m/s and brakes at 2.5 m/s^2. What is the stopping distance of this van? "
        "Then a bike drives at 8 m/s without any braking. What is the stopping distance of the bike?"
    )
    assert calls(request, stop) == [
        ("stopping_distance", {"speed": 20, "braking": 2.5}),
        ("stopping_distance", {"speed": 8, "braking": 0}),
    ]


def test_a_currency_named_in_words_goes_in_as_its_code() -> None:
    """ "Swiss francs", "Japanese yen": a currency parameter takes the ISO 4217 code of a currency named
    in English (CLDR names via babel); a code as written stays."""
    exchange = tool(
        "exchange_money",
        "Exchange money from one currency to another.",
        {
            "amount": num("The amount to exchange."),
            "from_currency": text("The currency to exchange from."),
            "to_currency": text("The currency to exchange to."),
        },
    )
    assert calls("Exchange 80 Swiss francs to Japanese yen", exchange) == [
        ("exchange_money", {"amount": 80, "from_currency": "CHF", "to_currency": "JPY"})
    ]
    assert calls("Exchange 80 CHF to NOK", exchange) == [
        ("exchange_money", {"amount": 80, "from_currency": "CHF", "to_currency": "NOK"})
    ]


def test_the_pair_after_between_fills_a_list() -> None:
    """ "a lease between Ana and Ben": the pair is the list parameter's, not the first name a string's."""
    lease = tool(
        "draft_lease",
        "Draft a lease for the parties.",
        {
            "parties": {"type": "array", "items": {"type": "string"}, "description": "Parties of the lease."},
            "lease_type": text("Type of the lease."),
        },
    )
    assert calls("Draft a lease between Ana and Ben for garage storage", lease) == [
        ("draft_lease", {"parties": ["Ana", "Ben"], "lease_type": "garage storage"})
    ]


def test_a_place_and_the_place_it_is_in_fill_two_place_parameters() -> None:
    """ "in Leeds, Yorkshire" gives `town` Leeds and `county` Yorkshire, and the next set repeats it (a
    route's two ends are no such pair)."""
    fees = tool(
        "parking_fee",
        "Parking fee for a stay.",
        {
            "hours": num("Hours parked."),
            "town": text("The town where the car is parked."),
            "county": text("The county where the car is parked."),
        },
    )
    assert calls("Parking fee for 3 hours in Leeds, Yorkshire and 2 hours in Bath, Somerset", fees) == [
        ("parking_fee", {"hours": 3, "town": "Leeds", "county": "Yorkshire"}),
        ("parking_fee", {"hours": 2, "town": "Bath", "county": "Somerset"}),
    ]
    assert calls("Plan a route from Lyon, France to Turin", ROUTE)[0][1]["destination"] == "Turin"


def test_each_further_item_is_read_from_its_own_words() -> None:
    """Rule 5: a further set of values ("another with …", "and for … ") is read again from its own item
    of the request, so a value the item states by an example or a name replaces the first call's."""
    kiln = tool(
        "fire_kiln",
        "Fire a kiln load of pottery.",
        {
            "glaze": text("The glaze to use, e.g. 'celadon' or 'tenmoku'."),
            "temperature": num("The peak temperature.", "integer"),
            "duration": num("The firing duration.", "integer"),
        },
    )
    assert calls(
        "Fire a kiln load with celadon glaze, peak temperature of 1200 and duration of 8, "
        "another with tenmoku glaze, peak temperature of 1250 and duration of 10.",
        kiln,
    ) == [
        ("fire_kiln", {"glaze": "celadon", "temperature": 1200, "duration": 8}),
        ("fire_kiln", {"glaze": "tenmoku", "temperature": 1250, "duration": 10}),
    ]
    quote = tool(
        "quote_loan",
        "Quote a loan from a lender.",
        {
            "lender": text("The lending bank, e.g. 'Northwind Credit'."),
            "loan_amount": num("The loan amount in dollars."),
            "annual_income": num("The borrower's annual income in dollars."),
        },
    )
    assert calls(
        "Quote me a loan of amount $20,000 from Northwind Credit with annual income $50,000 and for "
        "Harbor Savings for a loan amount of $30,000 with annual income of $60,000.",
        quote,
    ) == [
        ("quote_loan", {"lender": "Northwind Credit", "loan_amount": 20000, "annual_income": 50000}),
        ("quote_loan", {"lender": "Harbor Savings", "loan_amount": 30000, "annual_income": 60000}),
    ]


def test_a_setting_carried_over_gives_way_to_the_clause_that_states_it() -> None:
    """Rule 6: a clause's tool carries an optional setting over from the call before, but when the
    next clause states that setting ("… and give it in min/km") it is this call's, not a new call."""
    pace = tool(
        "running_pace",
        "The pace of a run.",
        {
            "distance": num("Distance run in kilometers."),
            "minutes": num("Time taken in minutes."),
            "unit": text("Unit of the pace, e.g. 'min/km' or 'min/mile'. Default 'min/km'."),
        },
        ["distance", "minutes"],
    )
    assert calls(
        "Can you work out the pace of a run of 10 kilometers in 50 minutes and give it in min/mile? "
        "Also, can you work out the pace of a run of 21 kilometers in 120 minutes and give it in min/km?",
        pace,
    ) == [
        ("running_pace", {"distance": 10, "minutes": 50, "unit": "min/mile"}),
        ("running_pace", {"distance": 21, "minutes": 120, "unit": "min/km"}),
    ]


def test_a_quoted_date_is_a_date_and_a_hyphenated_noun_starts_no_ask() -> None:
    """Quotes only mark a date ("'2031-04-02'"); "and check-out date …" goes on the same ask (a
    hyphenated compound names a thing, it is no instruction verb)."""
    assert [(m.kind, m.value) for m in read("arrive on '2031-04-02'").mentions] == [("date", "2031-04-02")]
    cabin = tool(
        "cabin_availability",
        "Check cabin availability for a stay.",
        {
            "check_in_date": text("The check-in date, YYYY-MM-DD."),
            "check_out_date": text("The check-out date, YYYY-MM-DD."),
            "guests": num("The number of guests.", "integer"),
        },
    )
    assert calls(
        "Check cabin availability for the check-in date '2031-04-02' and check-out date '2031-04-06' "
        "for 3 guests.",
        cabin,
    ) == [
        ("cabin_availability", {"check_in_date": "2031-04-02", "check_out_date": "2031-04-06", "guests": 3})
    ]


def test_an_example_of_one_parameter_is_no_value_of_another() -> None:
    """Rule 4: a value another parameter's description gives as an example ("'Hourly'") is that
    parameter's alone; the series of examples fans out over it, the names over the other."""
    usage = tool(
        "meter_usage",
        "Energy usage readings for a building.",
        {
            "building": text("The building name."),
            "granularity": text("The reading interval (e.g., 'Hourly', 'Daily', 'Weekly')."),
        },
        ["building"],
    )
    assert calls(
        "Get the 'Hourly' and 'Daily' energy usage readings for Ashby Hall and Kerr Hall", usage
    ) == [
        ("meter_usage", {"building": "Ashby Hall", "granularity": "Hourly"}),
        ("meter_usage", {"building": "Ashby Hall", "granularity": "Daily"}),
        ("meter_usage", {"building": "Kerr Hall", "granularity": "Hourly"}),
        ("meter_usage", {"building": "Kerr Hall", "granularity": "Daily"}),
    ]


def test_an_optional_unit_named_in_full_is_taken_as_written() -> None:
    """Rule 4: "… in miles" names the unit an optional unit parameter asks for, also when the numbers
    are written in another unit; it goes in as the request writes it."""
    hike = tool(
        "trail_length",
        "The length of a hiking trail.",
        {"trail": text("The trail name."), "unit": text("Unit of length. Default is 'km'.")},
        ["trail"],
    )
    assert calls("How long is the Pennine Way trail in miles?", hike) == [
        ("trail_length", {"trail": "Pennine Way", "unit": "miles"})
    ]
    ring = tool(
        "ring_perimeter",
        "The perimeter of a ring.",
        {"radius": num("The radius.", "integer"), "units": text("Units of the output. Default is 'cm'.")},
        ["radius"],
    )
    assert calls("The perimeters of rings of radius 3m and 5m, with the output in meters", ring) == [
        ("ring_perimeter", {"radius": 3, "units": "meters"}),
        ("ring_perimeter", {"radius": 5, "units": "meters"}),
    ]


ALBUMS = tool(
    "find_albums_by_artist",
    "Find albums an artist released.",
    {
        "artist": text("The artist's name."),
        "year": num("The release year.", "integer"),
        "genre": text("The genre, e.g. 'Jazz', 'Blues', 'Rock'."),
    },
)


def test_an_and_inside_a_noun_phrase_keeps_one_ask_that_pairs_respectively() -> None:
    """ "the Jazz and Blues albums … 1959 and 1964 respectively": two modifiers of one noun phrase are
    one ask (no split at the "and"), whose two series pair up in order — two calls, no third."""
    assert calls(
        "Find the Jazz and Blues albums Miles Davis released in 1959 and 1964 respectively", ALBUMS
    ) == [
        ("find_albums_by_artist", {"artist": "Miles Davis", "year": 1959, "genre": "Jazz"}),
        ("find_albums_by_artist", {"artist": "Miles Davis", "year": 1964, "genre": "Blues"}),
    ]


def test_repeating_these_calls_varies_every_one_of_them() -> None:
    """ "… then the same with Simpson's. Repeat these for …": "these" refers to every call of the tool
    so far, so each is made again with the new values."""
    integrate = tool(
        "integrate",
        "Area under a curve by numerical integration.",
        {
            "function": text("The function of x."),
            "start_x": num("Start of the interval."),
            "end_x": num("End of the interval."),
            "method": text("The method, e.g. 'trapezoid' or 'simpson'."),
        },
    )
    request = (
        "Integrate 'x^2' from 1 to 4 with the 'trapezoid' method, and then do the same but with the "
        "'simpson' method. After that, repeat these calculations for 'x^3' from 0 to 2."
    )
    found = calls(request, integrate)
    assert [(c["function"], c["method"]) for _, c in found] == [
        ("x^2", "trapezoid"),
        ("x^2", "simpson"),
        ("x^3", "trapezoid"),
        ("x^3", "simpson"),
    ]


def test_a_series_member_makes_no_second_call() -> None:
    """A value that made its call as a member of a series ("1959 and 1964 respectively") is no later
    set of values too: two calls, not a third for "1964"."""
    request = "Albums by Miles Davis: Jazz and Blues, released in 1959 and 1964 respectively"
    assert calls(request, ALBUMS) == [
        ("find_albums_by_artist", {"artist": "Miles Davis", "year": 1959, "genre": "Jazz"}),
        ("find_albums_by_artist", {"artist": "Miles Davis", "year": 1964, "genre": "Blues"}),
    ]
