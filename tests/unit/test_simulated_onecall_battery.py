"""A battery of one-ask requests, written before reading the simulator's code for them.

Each request asks for one thing, in a domain of its own (banking, travel, restaurants, parcels, fitness,
music, calendars, shops, servers, cinemas), and a careful small model makes exactly one call for it: values
stated for *different* parameters across sentences ("… to Svetlana. Could you make it private as well?"),
background sentences around the one task ("I've had a long week."), a name and a code given in passing, or
one choice among 3-5 look-alike tools (the one whose act and object fit the ask). A case checks the one
call's tool and the arguments that decide it; a gap still open is a strict expected failure.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool
from test_simulated_bfcl_style_battery import params
from test_simulated_fanout_counts import subset


def _flag(description: str) -> dict:
    return {"type": "boolean", "description": description}


def _enum(description: str, options: list[str]) -> dict:
    return {"type": "string", "enum": options, "description": description}


TRANSFER = tool(
    "send_money",
    "Send money to a contact.",
    {
        "recipient": text("Name of the contact receiving the money."),
        "amount": num("Amount in dollars."),
        "source": _enum("Where the money comes from.", ["wallet", "card", "bank"]),
        "private": _flag("Hide the transfer from the public feed."),
    },
    ["recipient", "amount"],
)
TABLE = tool(
    "book_table",
    "Reserve a table at a restaurant.",
    {
        "restaurant": text("Restaurant name."),
        "city": text("City of the restaurant."),
        "party_size": num("Number of diners.", "integer"),
        "window_seat": _flag("Whether a window seat is wanted."),
    },
    ["restaurant", "city", "party_size"],
)
FLIGHTS = tool(
    "search_flights",
    "Search one-way flights between two cities.",
    {
        "origin": text("City of departure."),
        "destination": text("City of arrival."),
        "travel_date": text("Date of travel, YYYY-MM-DD."),
    },
)
CLASSES = tool(
    "find_fitness_classes",
    "Find fitness classes in a city.",
    {"activity": text("The kind of class, e.g. yoga."), "city": text("The city.")},
)
ORDER = tool(
    "order_status",
    "Status of a customer's order.",
    {"customer_name": text("The customer's full name."), "order_id": text("The order number.")},
)
PARCEL = tool(
    "track_parcel",
    "Tracking status of a parcel.",
    {
        "carrier": text("The delivery company, e.g. UPS."),
        "recipient_name": text("Name of the recipient."),
        "tracking_number": text("The tracking number."),
    },
)
EMAIL = tool(
    "send_email",
    "Send an email.",
    {
        "to_address": text("The recipient's email address."),
        "subject": text("The subject line."),
        "body": text("The message body."),
    },
)
CACHE = tool(
    "add_cache_server",
    "Register a new cache server.",
    {
        "name": text("A name for the server."),
        "host": text("Hostname of the server."),
        "port": num("Port number.", "integer"),
        "password": text("Password of the server."),
    },
)
RECIPES = tool(
    "find_recipes",
    "Find recipes by author and main ingredient.",
    {"author": text("The cookbook author."), "ingredient": text("The main ingredient.")},
)
GYMS = tool(
    "find_gym",
    "Find a gym in a city.",
    {"city": text("The city."), "mixed": _flag("Whether the gym is open to both men and women.")},
)
FILMS = tool(
    "search_films",
    "Search films by genre, director and cast.",
    {
        "genre": _enum("The genre.", ["Comedy", "Drama", "Documentary", "Horror", "Sci-fi", "dontcare"]),
        "director": text("Director's name, or 'dontcare'."),
        "cast": text("An actor in the film, or 'dontcare'."),
    },
    [],
)
ALARMS = [
    tool(
        "add_alarm",
        "Set a new alarm for a user.",
        {"user_id": num("User.", "integer"), "time": text("HH:MM")},
    ),
    tool("get_alarms", "List the alarms a user has set.", {"user_id": num("The user's ID.", "integer")}),
    tool("delete_alarm", "Delete an alarm.", {"alarm_id": num("The alarm's ID.", "integer")}),
]
SHOP = [
    tool(
        "check_stock",
        "Check whether a product is in stock in given sizes.",
        {"product_id": text("The product's ID."), "size": text("The size, e.g. M.")},
    ),
    tool("order_tracking", "Track an order that was placed.", {"order_id": text("The order ID.")}),
    tool("product_reviews", "Reviews written for a product.", {"product_id": text("The product's ID.")}),
]
SERVERS = [
    tool("list_servers", "List the registered servers.", {"kind": text("Kind of server, e.g. 'mysql'.")}, []),
    tool(
        "add_mysql_server",
        "Register a new MySQL server.",
        {"nickname": text("Nickname."), "host": text("Hostname."), "port": num("Port.", "integer")},
    ),
    tool("remove_server", "Remove a registered server.", {"nickname": text("Nickname of the server.")}),
]
MUSIC = [
    tool(
        "play_song",
        "Play a song on a device.",
        {"track": text("The song title."), "artist": text("The artist."), "device": text("Speaker.")},
        ["track"],
    ),
    tool(
        "search_songs",
        "Find songs by genre and year.",
        {"genre": text("The genre."), "year": num("Release year.", "integer")},
        [],
    ),
]
OUTINGS = [
    tool(
        "find_events",
        "Find cultural events such as concerts and plays in a city on a date.",
        {
            "event_type": _enum("The kind of event.", ["Music", "Theater", "Sports"]),
            "city": text("The city."),
            "date": text("The date, YYYY-MM-DD."),
        },
    ),
    tool(
        "find_bus",
        "Find a bus between two cities.",
        {"from_city": text("Departure city."), "to_city": text("Arrival city."), "date": text("YYYY-MM-DD.")},
    ),
    tool(
        "find_restaurant",
        "Find a restaurant in a city.",
        {"city": text("The city."), "cuisine": text("The cuisine.")},
    ),
]
CALENDAR = [
    tool(
        "free_slots",
        "Find open times in a user's calendar.",
        {
            "when": text("The day."),
            "user_id": text("The user."),
            "minimum_minutes": num("Length.", "integer"),
        },
    ),
    tool(
        "create_event",
        "Create a calendar event.",
        {
            "title": text("Title of the event."),
            "date": text("YYYY-MM-DD."),
            "start_time": text("HH:MM."),
            "duration_minutes": num("Length in minutes.", "integer"),
        },
    ),
]
REMINDERS = [
    tool(
        "set_alarm", "Set an alarm or reminder at a time.", {"time": text("HH:MM"), "purpose": text("Why.")}
    ),
    tool("set_countdown", "Start a countdown timer.", {"duration": text("The length, e.g. '1h30m'.")}),
    tool("world_clock", "Current time in a city.", {"city": text("The city.")}),
]
TRIPS = [
    tool(
        "find_bus_trip",
        "Find a bus between two cities.",
        {"from_city": text("Departure city."), "to_city": text("Arrival city."), "date": text("YYYY-MM-DD.")},
    ),
    tool(
        "find_rental_cars",
        "Find cars available to rent in a city.",
        {"city": text("The city."), "start_date": text("YYYY-MM-DD."), "end_date": text("YYYY-MM-DD.")},
    ),
    tool("find_hotel", "Find a hotel in a city.", {"city": text("The city.")}),
]

RENAME = tool(
    "rename_playlist",
    "Rename a playlist.",
    {"playlistId": text("The playlist's ID."), "name": text("The new name.")},
)
BUS = tool(
    "find_coach",
    "Find a coach between two cities.",
    {
        "from_city": text("Departure city."),
        "to_city": text("Arrival city."),
        "departure_date": text("Date of departure, YYYY-MM-DD."),
    },
)
LOAN = tool(
    "loan_quote",
    "Quote a personal loan.",
    {
        "amount": num("Amount borrowed in dollars."),
        "term_months": num("Length of the loan in months.", "integer"),
    },
)
BUCKET = tool(
    "create_bucket",
    "Create a storage bucket.",
    {
        "bucket_name": text("Name of the bucket."),
        "region": text("The region, e.g. eu-west-1."),
        "kms_key": text("The KMS key ID."),
    },
)
INDEX = tool(
    "add_search_index",
    "Register a new search index service.",
    {
        "nickname": text("A nickname for the service."),
        "host": text("Hostname of the service."),
        "api_key": text("The API key."),
    },
)
REMINDERS_TOOLS = [
    tool(
        "add_reminder",
        "Create a reminder for a user.",
        {"user_id": num("User.", "integer"), "text": text("What to remind.")},
    ),
    tool(
        "list_reminders",
        "Show the reminders a user has created.",
        {"user_id": num("The user.", "integer")},
    ),
]

ROWS = [
    # values for different parameters across sentences: one call
    (
        "I need to send $250 to Svetlana from my wallet. Could you make it private as well?",
        [TRANSFER],
        [("send_money", {"recipient": "Svetlana", "amount": 250, "private": True})],
    ),
    (
        "Please reserve a table for four at Nando's in Leeds. Could you also make it a window seat?",
        [TABLE],
        [("book_table", {"city": "Leeds", "party_size": 4, "window_seat": True})],
    ),
    (
        "I need a flight from Oslo to Rome. The travel date is 2025-06-14.",
        [FLIGHTS],
        [("search_flights", {"origin": "Oslo", "destination": "Rome", "travel_date": "2025-06-14"})],
    ),
    (
        "Find flights from Lisbon to Dublin. I want to travel on 2025-09-02.",
        [FLIGHTS],
        [("search_flights", {"origin": "Lisbon", "destination": "Dublin", "travel_date": "2025-09-02"})],
    ),
    # "the X is 'a' and the Y is 'b'": the label of the second value is no second value of the first
    (
        "Please create a storage bucket in eu-west-2. "
        "The bucket name is 'logs-2024' and the KMS key is 'k-9f3'.",
        [BUCKET],
        [("create_bucket", {"bucket_name": "logs-2024", "region": "eu-west-2", "kms_key": "k-9f3"})],
    ),
    (
        "Register a search index service: the hostname is 'search.acme.io' and the API key is '99-XYZ', "
        "with the nickname 'Finder'.",
        [INDEX],
        [("add_search_index", {"nickname": "Finder", "host": "search.acme.io", "api_key": "99-XYZ"})],
    ),
    # a statement after the ask that labels one of its values: the ask's value, not a second call
    (
        "Rename playlist 'Gym' to 'Morning run'. Playlist ID is 5521",
        [RENAME],
        [("rename_playlist", {"playlistId": "5521", "name": "Morning run"})],
    ),
    (
        "I'm visiting my aunt next Saturday and need a coach from Bath to Exeter. "
        "The departure date is 2025-03-08.",
        [BUS],
        [("find_coach", {"from_city": "Bath", "to_city": "Exeter", "departure_date": "2025-03-08"})],
    ),
    (
        "Get me a loan quote for $5000 over a few years. The term is 36 months.",
        [LOAN],
        [("loan_quote", {"amount": 5000, "term_months": 36})],
    ),
    # background sentences around one task
    (
        "I've had a long week at work. Can you find me a yoga class in Bristol?",
        [CLASSES],
        [("find_fitness_classes", {"activity": "yoga", "city": "Bristol"})],
    ),
    (
        "My knees are sore from running. Find pilates classes in Glasgow for me.",
        [CLASSES],
        [("find_fitness_classes", {"activity": "pilates", "city": "Glasgow"})],
    ),
    (
        "Hello, I am Priya Nair. Could you check the status of my order? The order number is ORD5521.",
        [ORDER],
        [("order_status", {"customer_name": "Priya Nair", "order_id": "ORD5521"})],
    ),
    (
        "Hi, I'm Tomas Berg. Where is my DHL parcel? My tracking number is JD0148.",
        [PARCEL],
        [("track_parcel", {"carrier": "DHL", "recipient_name": "Tomas Berg", "tracking_number": "JD0148"})],
    ),
    # several values of different parameters in one sentence
    (
        "Send an email to marta@shop.io with the subject 'Invoice' and the message 'Paid in full'.",
        [EMAIL],
        [("send_email", {"to_address": "marta@shop.io", "subject": "Invoice", "body": "Paid in full"})],
    ),
    (
        "Add a cache server named 'sessions' with host 'cache.internal', port 6379 and password 'hunter2'.",
        [CACHE],
        [("add_cache_server", {"name": "sessions", "host": "cache.internal", "port": 6379})],
    ),
    (
        "Find recipes by Yotam Ottolenghi that use aubergine.",
        [RECIPES],
        [("find_recipes", {"author": "Yotam Ottolenghi", "ingredient": "aubergine"})],
    ),
    (
        "Find a gym in Cardiff that is open to both men and women.",
        [GYMS],
        [("find_gym", {"city": "Cardiff", "mixed": True})],
    ),
    (
        "Find me a documentary directed by Ken Burns with Peter Coyote in the cast.",
        [FILMS],
        [("search_films", {"genre": "Documentary", "director": "Ken Burns", "cast": "Peter Coyote"})],
    ),
    (
        "I'm in the mood for a horror film. Could you search for films in that genre?",
        [FILMS],
        [("search_films", {"genre": "Horror"})],
    ),
    # the right tool among look-alikes
    (
        "Could you check which alarms are already set for user 42?",
        ALARMS,
        [("get_alarms", {"user_id": 42})],
    ),
    (
        "Can you see which reminders are already created for user 7?",
        REMINDERS_TOOLS,
        [("list_reminders", {"user_id": 7})],
    ),
    (
        "Create a reminder for user 7 to water the plants.",
        REMINDERS_TOOLS,
        [("add_reminder", {"user_id": 7})],
    ),
    (
        "Is the rain jacket RJ-77 back in stock in size M?",
        SHOP,
        [("check_stock", {"product_id": "RJ-77", "size": "M"})],
    ),
    (
        "Register a new MySQL server with nickname 'analytics', host 'db.corp' and port 3306.",
        SERVERS,
        [("add_mysql_server", {"nickname": "analytics", "host": "db.corp", "port": 3306})],
    ),
    (
        "Show me all the MySQL servers we have registered.",
        SERVERS,
        [("list_servers", {})],
    ),
    (
        "Play 'Clair de Lune' by Debussy on the study speaker.",
        MUSIC,
        [("play_song", {"track": "Clair de Lune", "artist": "Debussy"})],
    ),
    (
        "Can you help me find a play I can see in Chicago on 2024-07-04?",
        OUTINGS,
        [("find_events", {"event_type": "Theater", "city": "Chicago", "date": "2024-07-04"})],
    ),
    (
        "Create an event 'Team lunch' on 2024-12-03 starting at 12:00 for 60 minutes.",
        CALENDAR,
        [("create_event", {"title": "Team lunch", "date": "2024-12-03", "start_time": "12:00"})],
    ),
    (
        "Set a reminder to call Mum at 20:00.",
        REMINDERS,
        [("set_alarm", {"time": "20:00"})],
    ),
    (
        "Find rental cars available in Denver from 2024-05-05 to 2024-05-09.",
        TRIPS,
        [("find_rental_cars", {"city": "Denver", "start_date": "2024-05-05", "end_date": "2024-05-09"})],
    ),
]

GAPS: dict[str, str] = {
    "Find recipes by": "the relative clause's verb ('that use') stays in the leftover value",
    "Can you help me find a play": "'a play' is not read as the enum option 'Theater' (the tool asks for it)",
}


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_one_ask_is_one_call_of_the_right_tool(request_text: str, tools: list[dict], expected: list) -> None:
    got = calls(request_text, *tools)
    assert subset(got, expected), got


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you help me find a concert in Chicago on 2024-07-04?",
        "Could you help me find a concert in Chicago on 2024-07-04?",
        "Please help me find a concert in Chicago on 2024-07-04.",
    ],
)
def test_a_tool_that_shares_only_the_lead_verb_is_not_called_instead(request_text: str) -> None:
    """ "Can you help me find a concert …": "find" is the lead verb after "help me", as after "can you"; the
    bus finder, which shares only that verb, is not called for want of the events tool's event type."""
    assert not any(name == "find_bus" for name, _ in calls(request_text, *OUTINGS))
