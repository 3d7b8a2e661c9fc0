"""The one tool among look-alikes that the values of the request fit: a battery written for this round.

Written before the model changes, in subjects of its own (river gauges, energy meters, patient monitors,
parking, air quality, share prices, web analytics, shop orders, rainfall, call centres, configuration
stores, game settings, spreadsheets, physics, electronics, help desks, parcels, recipes, music, podcasts,
audiobooks). Each row offers three to five tools of one service that are named for the same thing and
differ in what they take, and says which one a careful small model calls. The readings tested:

- A span of time ("over the past 2 hours", "between 9am and noon", "from 1 to 5 March") fits the tool that
  takes a span, not the one that gives the latest value and has no place for it; asking for the current or
  latest value (the guards) is the latest tool's.
- A calendar date with its day ("on 3 April 2023") fits the per-day tool, not the per-month one that would
  drop the day; a month alone (the guards) is the per-month tool's.
- A value's own form says which typed setter takes it: a whole number the integer one, a decimal the
  float one, quoted words the string one, true/false the boolean one.
- The inputs the request names ("given the force is … and the area is …") are those of one tool.
- An identifier given for one thing ("the ticket with ID TCK-4471") is the get-by-id tool's, not a search's;
  a request for things matching words (the guards) is the search's.
- A named item to play ("play 'Blue Monday' by New Order") is the play tool's; a kind of item with no name
  ("some jazz from the sixties") is looked up first.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, STR, fn, params

# ---- a latest reading vs a reading over a span


def readings(domain: str, thing: str, key: str, extra: list[dict] | None = None) -> list[dict]:
    """A service that gives a thing's latest reading, and its readings over a span of time."""
    latest = fn(
        f"{domain}_get_latest_{thing}",
        f"Return the most recent {thing.replace('_', ' ')} reading for the given {key.replace('_', ' ')}.",
        {key: (STR, f"The {key.replace('_', ' ')}.")},
        [key],
    )
    history = fn(
        f"{domain}_get_{thing}_history",
        f"Return every {thing.replace('_', ' ')} reading recorded for the given {key.replace('_', ' ')} "
        "within a window of time.",
        {
            key: (STR, f"The {key.replace('_', ' ')}."),
            "window_seconds": (INT, "Length of the window in seconds, ending now."),
            "start": (STR, "Start of the window, ISO 8601."),
            "end": (STR, "End of the window, ISO 8601."),
        },
        [key],
    )
    return [latest, history, *(extra or [])]


ALERTS = fn(
    "alerts_list_open",
    "List the open alerts raised by monitoring.",
    {"severity": (STR, "Minimum severity", {"enum": ["low", "high"]})},
    [],
)
RIVER = readings("river", "water_level", "gauge_id", [ALERTS])
ENERGY = readings("energy", "power_draw", "meter_id", [ALERTS])
PATIENT = readings("ward", "heart_rate", "patient_id", [ALERTS])
PARKING = readings("parking", "occupancy", "garage", [ALERTS])
AIR = readings("airwatch", "air_quality", "station_id", [ALERTS])
SHARES = [
    fn(
        "markets_get_share_quote",
        "Get the current share price of a listed company.",
        {"symbol": (STR, "Ticker symbol, e.g. ACME")},
        ["symbol"],
    ),
    fn(
        "markets_get_share_price_history",
        "Get the daily share prices of a listed company between two dates.",
        {
            "symbol": (STR, "Ticker symbol, e.g. ACME"),
            "start_date": (STR, "First day, YYYY-MM-DD"),
            "end_date": (STR, "Last day, YYYY-MM-DD"),
        },
        ["symbol", "start_date", "end_date"],
    ),
    fn(
        "markets_list_exchanges",
        "List the stock exchanges covered.",
        {},
        [],
    ),
]

# ---- a count per day vs per month


def counts(domain: str, thing: str) -> list[dict]:
    """A service that counts a thing per day and per month."""
    words = thing.replace("_", " ")
    day = fn(
        f"{domain}_count_{thing}_per_day",
        f"Return the number of {words} counted on a given day, month and year.",
        {
            "day": (INT, "Day of the month, 1-31."),
            "month": (INT, "Month, 1-12."),
            "year": (INT, "Four-digit year."),
        },
        ["day", "month", "year"],
    )
    month = fn(
        f"{domain}_count_{thing}_per_month",
        f"Return the number of {words} counted in a given month and year.",
        {"month": (INT, "Month, 1-12."), "year": (INT, "Four-digit year.")},
        ["month", "year"],
    )
    other = fn(
        f"{domain}_list_dashboards",
        f"List the dashboards of the {domain} account.",
        {},
        [],
    )
    return [day, month, other]


VISITS = counts("webstats", "visitors")
ORDERS = counts("shop", "orders")
CALLS = counts("callcentre", "incoming_calls")
RAIN = [
    fn(
        "meteo_rainfall_daily_total",
        "Total rainfall in millimetres for one day.",
        {"day": (INT, "Day of month"), "month": (INT, "Month number"), "year": (INT, "Year")},
        ["day", "month", "year"],
    ),
    fn(
        "meteo_rainfall_monthly_total",
        "Total rainfall in millimetres for one month.",
        {"month": (INT, "Month number"), "year": (INT, "Year")},
        ["month", "year"],
    ),
    fn(
        "meteo_station_info",
        "Describe the weather station.",
        {"station": (STR, "Station name")},
        ["station"],
    ),
]

# ---- typed setters


def setters(domain: str) -> list[dict]:
    """A store of named variables with one setter per type of value."""
    return [
        fn(
            f"{domain}_set_integer",
            "Set the value of an integer variable given its name.",
            {"name": (STR, "Variable name"), "value": (INT, "The whole-number value")},
            ["name", "value"],
        ),
        fn(
            f"{domain}_set_float",
            "Assign a floating-point number to the named variable.",
            {"name": (STR, "Variable name"), "value": (NUM, "The decimal value")},
            ["name", "value"],
        ),
        fn(
            f"{domain}_set_string",
            "Assign a text value to the named string variable.",
            {"name": (STR, "Variable name"), "value": (STR, "The text value")},
            ["name", "value"],
        ),
        fn(
            f"{domain}_set_boolean",
            "Assign true or false to the named flag.",
            {"name": (STR, "Variable name"), "value": (BOOL, "The truth value")},
            ["name", "value"],
        ),
    ]


CONFIG = setters("config")
GAME = setters("game")
SHEET = setters("sheet")

# ---- the inputs named

PRESSURE = [
    fn(
        "physics_pressure_from_depth",
        "Compute the pressure at a depth in a fluid.",
        {"depth": (NUM, "Depth in metres"), "density": (NUM, "Fluid density in kg/m^3")},
        ["depth", "density"],
    ),
    fn(
        "physics_pressure_from_force",
        "Compute the pressure exerted by a force spread over an area.",
        {"force": (NUM, "Force in newtons"), "area": (NUM, "Area in square metres")},
        ["force", "area"],
    ),
    fn(
        "physics_density",
        "Compute the density of an object.",
        {"mass": (NUM, "Mass in kg"), "volume": (NUM, "Volume in m^3")},
        ["mass", "volume"],
    ),
]
RESISTANCE = [
    fn(
        "circuits_resistance_from_resistivity",
        "Compute the resistance of a wire from its material and shape.",
        {
            "resistivity": (NUM, "Resistivity in ohm metres"),
            "length": (NUM, "Length in metres"),
            "cross_section": (NUM, "Cross-section in square metres"),
        },
        ["resistivity", "length", "cross_section"],
    ),
    fn(
        "circuits_resistance_ohms_law",
        "Compute resistance by Ohm's law.",
        {"voltage": (NUM, "Voltage in volts"), "current": (NUM, "Current in amperes")},
        ["voltage", "current"],
    ),
    fn(
        "circuits_power",
        "Compute electrical power.",
        {"voltage": (NUM, "Voltage in volts"), "current": (NUM, "Current in amperes")},
        ["voltage", "current"],
    ),
]

# ---- one thing by its identifier vs a search


def records(domain: str, thing: str, key: str) -> list[dict]:
    words = thing.replace("_", " ")
    return [
        fn(
            f"{domain}_search_{thing}s",
            f"Search {words}s by free-text query.",
            {"query": (STR, "Words to search for"), "limit": (INT, "Most results to return")},
            ["query"],
        ),
        fn(
            f"{domain}_get_{thing}",
            f"Retrieve one {words} by its unique identifier.",
            {key: (STR, f"The {words}'s identifier")},
            [key],
        ),
        fn(
            f"{domain}_get_{thing}_template",
            f"Retrieve a {words} template by its identifier.",
            {"template_id": (STR, "The template's identifier")},
            ["template_id"],
        ),
    ]


HELPDESK = records("helpdesk", "ticket", "ticket_id")
PARCELS = records("parcels", "shipment", "shipment_id")
RECIPES = records("kitchen", "recipe", "recipe_id")

# ---- play a named item vs look items up


def media(domain: str, thing: str) -> list[dict]:
    words = thing.replace("_", " ")
    return [
        fn(
            f"{domain}_Play{thing.title().replace('_', '')}",
            f"Play the given {words} on a speaker.",
            {
                "title": (STR, f"Title of the {words}"),
                "artist": (STR, "Artist or author"),
                "speaker": (STR, "Speaker", {"enum": ["Kitchen", "Patio", "Bedroom"]}),
            },
            ["title"],
        ),
        fn(
            f"{domain}_Lookup{thing.title().replace('_', '')}s",
            f"Find {words}s matching the given artist, genre or year.",
            {
                "artist": (STR, "Artist or author"),
                "genre": (STR, "Genre", {"enum": ["Jazz", "Rock", "Pop", "Crime", "Science", "dontcare"]}),
                "year": (STR, "Year released"),
            },
            [],
        ),
        fn(
            "Weather_GetForecast",
            "Get the weather forecast for a city.",
            {"city": (STR, "City")},
            ["city"],
        ),
    ]


MUSIC = media("Tunes", "song")
PODCASTS = media("Pods", "episode")
AUDIOBOOKS = media("Listen", "audiobook")

# ---- a tool named for the thing asked vs ones named for more than was asked

CONTACTS = [
    fn(
        "SettingsApi.get_contact_field_definition",
        "Retrieve a custom contact field definition by its unique identifier.",
        {"definitionId": (STR, "The definition's identifier")},
        ["definitionId"],
    ),
    fn(
        "ContactsApi.get_contact",
        "Retrieve a contact by its unique identifier.",
        {"contactId": (STR, "The contact's identifier")},
        ["contactId"],
    ),
    fn(
        "SettingsApi.get_mail_channel",
        "Retrieve a mail channel by its identifier.",
        {"id": (STR, "The channel's identifier")},
        ["id"],
    ),
]
FLEET = [
    fn(
        "fleet_get_vehicle_inspection_schedule",
        "Get a vehicle inspection schedule by its ID.",
        {"schedule_id": (STR, "Schedule ID")},
        ["schedule_id"],
    ),
    fn("fleet_get_vehicle", "Get a vehicle by its ID.", {"vehicle_id": (STR, "Vehicle ID")}, ["vehicle_id"]),
    fn("fleet_get_depot", "Get a depot by its ID.", {"depot_id": (STR, "Depot ID")}, ["depot_id"]),
]
GATEWAY = [
    fn("gateway.StatusApi.get_version", "Return the current version of the service.", {}, []),
    fn("gateway.VersionApi.get_version", "Return the current version of the service.", {}, []),
    fn("gateway.RoutesApi.list_routes", "List the configured routes.", {}, []),
]

ROWS: list[tuple[str, list[dict], list[str]]] = [
    # a span of time
    (
        "Show me the water levels at gauge G-12 over the past 2 hours.",
        RIVER,
        ["river_get_water_level_history"],
    ),
    (
        "What was the power draw of meter M-88 between 9am and noon today?",
        ENERGY,
        ["energy_get_power_draw_history"],
    ),
    ("Give me patient 4471's heart rate from 8pm to midnight.", PATIENT, ["ward_get_heart_rate_history"]),
    (
        "Pull the occupancy of garage North for the last 1800 seconds.",
        PARKING,
        ["parking_get_occupancy_history"],
    ),
    (
        "Fetch the air quality at station Q7 during the last 24 hours.",
        AIR,
        ["airwatch_get_air_quality_history"],
    ),
    (
        "What did ACME shares trade at from 2024-03-01 to 2024-03-05?",
        SHARES,
        ["markets_get_share_price_history"],
    ),
    # guards: the current value
    ("What is the water level at gauge G-12 right now?", RIVER, ["river_get_latest_water_level"]),
    ("Latest power draw for meter M-88, please.", ENERGY, ["energy_get_latest_power_draw"]),
    ("What's the share price of ACME?", SHARES, ["markets_get_share_quote"]),
    # a day's count
    ("How many visitors did the site get on 3 April 2023?", VISITS, ["webstats_count_visitors_per_day"]),
    ("Number of orders placed on the 12th of June 2022.", ORDERS, ["shop_count_orders_per_day"]),
    ("How many calls came in on January 30th 2024?", CALLS, ["callcentre_count_incoming_calls_per_day"]),
    ("What was the rainfall on 7 September 2021?", RAIN, ["meteo_rainfall_daily_total"]),
    # guards: a month's count
    ("How many visitors did the site get in April 2023?", VISITS, ["webstats_count_visitors_per_month"]),
    ("Rainfall total for September 2021?", RAIN, ["meteo_rainfall_monthly_total"]),
    ("Orders in June 2022, please.", ORDERS, ["shop_count_orders_per_month"]),
    # typed setters
    ("Set 'maxRetries' to 7", CONFIG, ["config_set_integer"]),
    ("Set 'ratio' to 0.75", CONFIG, ["config_set_float"]),
    ("Set 'greeting' to 'hello there'", CONFIG, ["config_set_string"]),
    ("Set 'debugMode' to true", CONFIG, ["config_set_boolean"]),
    ("Change the variable gravity to 9.81", GAME, ["game_set_float"]),
    ("Make 'lives' equal to 3", GAME, ["game_set_integer"]),
    ("Put 12.5 into the variable taxRate", SHEET, ["sheet_set_float"]),
    ("Set the variable title to 'Q3 Budget'", SHEET, ["sheet_set_string"]),
    # the inputs named
    (
        "Work out the pressure given the force is 30 newtons and the area is 2 square metres.",
        PRESSURE,
        ["physics_pressure_from_force"],
    ),
    (
        "What is the pressure at a depth of 40 m in water of density 1000?",
        PRESSURE,
        ["physics_pressure_from_depth"],
    ),
    (
        "Find the resistance when the voltage is 12 volts and the current is 3 amperes.",
        RESISTANCE,
        ["circuits_resistance_ohms_law"],
    ),
    (
        "Resistance of a wire 2 m long with resistivity 1.7e-8 and cross section 1e-6?",
        RESISTANCE,
        ["circuits_resistance_from_resistivity"],
    ),
    # one thing by its identifier
    ("Give me the ticket with ID TCK-4471", HELPDESK, ["helpdesk_get_ticket"]),
    ("Show shipment 1Z999AA1 for me.", PARCELS, ["parcels_get_shipment"]),
    ("Open recipe 5521", RECIPES, ["kitchen_get_recipe"]),
    ("Get the contact with ID c-5521", CONTACTS, ["ContactsApi.get_contact"]),
    ("Show me vehicle VH-88.", FLEET, ["fleet_get_vehicle"]),
    ("Show me the inspection schedule S-4 of a vehicle.", FLEET, ["fleet_get_vehicle_inspection_schedule"]),
    ("Which version is the gateway running?", GATEWAY, ["gateway.VersionApi.get_version"]),
    # guards: a search
    ("Find tickets about printer errors.", HELPDESK, ["helpdesk_search_tickets"]),
    ("Search for recipes with lentils and coconut.", RECIPES, ["kitchen_search_recipes"]),
    # a named item to play vs a kind to look up
    ("Play 'Blue Monday' by New Order on the Patio speaker.", MUSIC, ["Tunes_PlaySong"]),
    ("Could you stream the song 'Harvest Moon' by Neil Young?", MUSIC, ["Tunes_PlaySong"]),
    ("Put on the episode 'Deep Sea Mysteries', please.", PODCASTS, ["Pods_PlayEpisode"]),
    ("I'd like to listen to 'The Long Way Home' by Dana Hart.", AUDIOBOOKS, ["Listen_PlayAudiobook"]),
    ("Find me some jazz songs from 1962.", MUSIC, ["Tunes_LookupSongs"]),
    ("Are there any crime audiobooks by Dana Hart?", AUDIOBOOKS, ["Listen_LookupAudiobooks"]),
]

SPAN = "a start and an end written as clock times alone ('between 9am and noon') fill no ISO start/end"
SETTER = "a typed setter's purpose is only 'set' and 'variable': no word of the request names it"
GAPS: dict[str, str] = {
    "What was the power draw of meter M-88": SPAN,
    "Give me patient 4471's heart rate": SPAN,
    "Set 'ratio' to 0.75": SETTER,
    "Change the variable gravity": SETTER,
    "Make 'lives' equal to 3": SETTER,
    "Put 12.5 into the variable taxRate": SETTER,
    "Set the variable title to": SETTER,
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "tools", "wanted"), params(ROWS, GAPS))
def test_the_look_alike_the_values_fit_is_called(
    request_text: str, tools: list[dict], wanted: list[str]
) -> None:
    got = calls(request_text, *tools)
    assert [name for name, _ in got] == wanted, got


def test_the_battery_holds_thirty_five_rows_over_ten_domains() -> None:
    assert len(ROWS) >= 35
    assert len({tools[0]["toolSpec"]["name"].split("_")[0] for _, tools, _ in ROWS}) >= 10
    assert all(3 <= len(tools) <= 5 for _, tools, _ in ROWS)
