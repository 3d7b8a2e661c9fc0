"""One ask, one call: a battery of real users' requests that ask for one thing among many offered tools.

Written for this round before changing the simulator, in the style of people typing to an assistant (terse,
chatty, lower case, typos), over subjects of its own: lodging, weather, groceries, cinema, music, calendars,
pets, servers, shipping, banking, books, gardening, cars, and access control. Each request asks for one
call, and a careful small model makes exactly one:

- a sentence of context around the ask ("hotels are pricey, I need a flat to stay. heading to Denver") tells
  a value of the ask, it is no second ask of the same tool;
- a later sentence that only says which value to use ("Use Leeds as the city", "the sku is X") fills the
  ask, it asks nothing of its own;
- a second role joined by "and" ("directed by X and starring Y", "by X and include Y in the cast") is
  another parameter of the one call, not a second call;
- a list that the parameter takes whole ("permissions read and write" for an array) is one argument;
- a greeting ("hi", "hey there") asks nothing.

Guards at the end: requests that really ask for several calls keep them (two cities, two separate
questions, two different tools asked in turn). A gap still open is a strict expected failure (GAPS).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool
from test_simulated_bfcl_style_battery import params
from test_simulated_fanout_counts import subset


def _enum(description: str, options: list[str]) -> dict:
    return {"type": "string", "enum": options, "description": description}


def _list(description: str) -> dict:
    return {"type": "array", "items": {"type": "string"}, "description": description}


def _flag(description: str) -> dict:
    return {"type": "boolean", "description": description}


LODGING = [
    tool(
        "find_apartments",
        "Search short-term rental apartments in a city.",
        {"city": text("City to stay in, e.g. Austin, TX."), "guests": num("Number of guests.", "integer")},
        ["city"],
    ),
    tool(
        "book_apartment",
        "Book a rental apartment by its listing id.",
        {"listing_id": text("The listing id."), "nights": num("Nights to stay.", "integer")},
    ),
    tool(
        "find_flights",
        "Search flights between two cities.",
        {"origin": text("From."), "destination": text("To.")},
    ),
]
WEATHER = [
    tool(
        "current_conditions",
        "Get the current weather conditions for a city.",
        {"city": text("The city, e.g. Portland"), "units": _enum("Units.", ["metric", "imperial"])},
        ["city"],
    ),
    tool("air_quality", "Get the air quality index of a city.", {"city": text("The city.")}),
]
GROCERY = [
    tool(
        "check_shelf_stock",
        "Check whether a grocery product is in stock, optionally in given pack sizes.",
        {"sku": text("The product code."), "pack_sizes": _list("Pack sizes to check, e.g. ['small']")},
        ["sku"],
    ),
    tool("product_info", "Get the details of a grocery product.", {"sku": text("The product code.")}),
]
CINEMA = [
    tool(
        "search_films",
        "Search films by director, lead actor and genre.",
        {
            "director": text("Name of the director."),
            "actor": text("Name of an actor in the cast."),
            "genre": _enum("Genre.", ["Comedy", "Horror", "Drama", "Thriller"]),
        },
        [],
    ),
    tool(
        "film_showtimes",
        "Get showtimes for a film in a city.",
        {"title": text("Film."), "city": text("City.")},
    ),
]
MUSIC = [
    tool(
        "play_track",
        "Play a song on a speaker.",
        {"song": text("The song title."), "speaker": text("Speaker name."), "record": text("Album.")},
        ["song"],
    ),
    tool(
        "find_songs",
        "Look up songs by artist, record and style.",
        {"artist": text("Artist."), "record": text("Album."), "style": text("Genre.")},
        [],
    ),
]
CALENDAR = [
    tool(
        "add_calendar_entry",
        "Add an entry to the calendar.",
        {"title": text("Title."), "date": text("YYYY-MM-DD."), "start": text("HH:MM.")},
    ),
    tool(
        "search_entries",
        "Search calendar entries by text between two dates.",
        {"query": text("Text to look for."), "after": text("YYYY-MM-DD."), "before": text("YYYY-MM-DD.")},
    ),
    tool(
        "free_time_search",
        "Find free time slots of a person on a day.",
        {"day": text("The day."), "person": text("The person.")},
    ),
]
PETS = [
    tool(
        "find_vet",
        "Find a veterinary clinic in a town.",
        {"town": text("The town."), "species": text("The kind of animal, e.g. cat")},
        ["town"],
    ),
    tool(
        "pet_food_order", "Order pet food.", {"brand": text("Food brand."), "bags": num("Bags.", "integer")}
    ),
]
SERVERS = [
    tool(
        "open_ssh_session",
        "Open an SSH session to a registered host by its alias.",
        {"alias": text("Alias of the host."), "timeout": num("Seconds to wait.", "integer")},
        ["alias"],
    ),
    tool("archive_project", "Archive a project.", {"project_id": text("The project id.")}),
    tool("list_hosts", "List the registered hosts.", {}, []),
]
PARCELS = [
    tool(
        "track_parcel",
        "Track a parcel by its tracking number.",
        {"tracking_number": text("The tracking number."), "carrier": text("Carrier name.")},
        ["tracking_number"],
    ),
    tool("parcel_quote", "Quote the price of sending a parcel.", {"weight_kg": num("Weight in kg.")}),
]
BANK = [
    tool(
        "send_transfer",
        "Send money from one of the user's accounts to a contact.",
        {
            "recipient": text("Who receives the money."),
            "amount": num("Amount in dollars."),
            "account": _enum("Source account.", ["checking", "savings"]),
            "hidden": _flag("Hide the transfer from the feed."),
        },
        ["recipient", "amount"],
    ),
    tool(
        "request_transfer",
        "Ask a contact for money.",
        {"payer": text("Who is asked."), "amount": num("Amount in dollars.")},
    ),
]
ACCESS = [
    tool(
        "grant_access",
        "Grant a user a set of rights on a folder.",
        {
            "folder_id": text("The folder id."),
            "user_id": text("The user id."),
            "rights": _list("The rights."),
        },
    ),
    tool("revoke_token", "Revoke an API token.", {"token": text("The token.")}),
]
BOOKS = [
    tool(
        "library_search",
        "Search the library catalogue for books by author and subject.",
        {"author": text("Author name."), "subject": text("Subject.")},
        [],
    ),
    tool("renew_loan", "Renew a book loan.", {"loan_id": text("Loan id.")}),
]
GARDEN = [
    tool(
        "planting_calendar",
        "When to plant a vegetable in a climate zone.",
        {"vegetable": text("The vegetable."), "zone": text("Hardiness zone, e.g. 7b")},
    ),
    tool("soil_test_kits", "List soil test kits for sale.", {}, []),
]
CARS = [
    tool(
        "cars_available",
        "Find rental cars available in a city between two dates.",
        {
            "city": text("City, e.g. Reno, NV"),
            "from_date": text("YYYY-MM-DD."),
            "to_date": text("YYYY-MM-DD."),
            "pickup": text("Pickup time HH:MM."),
        },
        ["city", "from_date", "to_date"],
    ),
    tool(
        "find_coach",
        "Find a coach between two cities on a date.",
        {"from_city": text("From."), "to_city": text("To."), "date": text("YYYY-MM-DD.")},
    ),
]
RECIPES = [
    tool(
        "recipe_search",
        "Find recipes by main ingredient.",
        {"ingredient": text("Main ingredient."), "max_minutes": num("Longest cooking time.", "integer")},
        ["ingredient"],
    ),
    tool("meal_plan", "Make a weekly meal plan.", {"diet": text("Diet, e.g. vegan")}),
]
TRANSLATE = [
    tool(
        "translate_phrase",
        "Translate a phrase into a language.",
        {"phrase": text("The phrase."), "target_language": text("Language to translate into.")},
    ),
    tool("detect_language", "Detect the language of a text.", {"text": text("The text.")}),
]
STAYS = [
    tool(
        "room_rates",
        "Nightly hotel room rates in a city between two dates.",
        {"city": text("City."), "check_in": text("YYYY-MM-DD."), "check_out": text("YYYY-MM-DD.")},
    ),
    tool(
        "find_trains",
        "Trains between two cities on a date.",
        {
            "from_city": text("Departure city, e.g. Bath"),
            "to_city": text("Arrival city."),
            "date": text("YYYY-MM-DD."),
        },
    ),
]
GIGS = [
    tool(
        "concert_dates",
        "Upcoming concerts of an artist in a city.",
        {"artist": text("Artist."), "city": text("City.")},
    ),
    tool("get_venues", "Music venues in a city.", {"city": text("City, e.g. Leeds")}),
]
SHIPPING = [
    tool(
        "shipping_quote",
        "Price of sending a parcel of a weight to a destination.",
        {"weight_kg": num("Weight in kg."), "destination": text("Destination city.")},
    ),
    tool("show_pickup_points", "Parcel pickup points in a town.", {"town": text("Town.")}),
]

ROWS = [
    # a sentence of context around the one ask states its value; no second call
    (
        "hotels are way too pricey rn, i need an apartment to stay. i'm heading to Denver.",
        LODGING,
        [("find_apartments", {"city": "Denver"})],
    ),
    (
        "Need a flat for my stay. Going to Lisbon next month.",
        LODGING,
        [("find_apartments", {"city": "Lisbon"})],
    ),
    (
        "I lost track of my parcel, the number is ZX8812. can u track it?",
        PARCELS,
        [("track_parcel", {"tracking_number": "ZX8812"})],
    ),
    (
        "My dog has been limping all week. find a vet in Ashford please",
        PETS,
        [("find_vet", {"town": "Ashford"})],
    ),
    (
        "I'm off hiking tomorrow so I need today's weather. Check the current conditions in Boulder.",
        WEATHER,
        [("current_conditions", {"city": "Boulder"})],
    ),
    (
        "we're moving house soon and my tomatoes need replanting. when should i plant tomatoes in zone 6a?",
        GARDEN,
        [("planting_calendar", {"vegetable": "tomatoes", "zone": "6a"})],
    ),
    # a later sentence that only says which value to use
    (
        "I want the weather for the coast near Whitby. Use Scarborough as the city.",
        WEATHER,
        [("current_conditions", {"city": "Scarborough"})],
    ),
    (
        "Is the oat milk back in stock in small and large packs? Please check for sku: OAT-2.",
        GROCERY,
        [("check_shelf_stock", {"sku": "OAT-2", "pack_sizes": ["small", "large"]})],
    ),
    (
        "can you check whether the green lentils are in stock? use the sku LNT-5",
        GROCERY,
        [("check_shelf_stock", {"sku": "LNT-5"})],
    ),
    (
        "Open an ssh session to the host aliased 'edge-3'. It's been weeks since anyone logged in there.",
        SERVERS,
        [("open_ssh_session", {"alias": "edge-3"})],
    ),
    (
        "Track parcel 77QX-4 for me. The carrier is Parcelnet.",
        PARCELS,
        [("track_parcel", {"tracking_number": "77QX-4", "carrier": "Parcelnet"})],
    ),
    (
        "what's the current weather near Whitby, in imperial units? Use Scarborough as the city.",
        WEATHER,
        [("current_conditions", {"city": "Scarborough"})],
    ),
    (
        "Find apartments near the ski slopes for 2 guests. Use Aspen, CO as the city.",
        LODGING,
        [("find_apartments", {"city": "Aspen, CO", "guests": 2})],
    ),
    (
        "track my parcel from Parcelnet pls, use ZX-4410 as the tracking number",
        PARCELS,
        [("track_parcel", {"tracking_number": "ZX-4410"})],
    ),
    # a sentence about what the asker forgot or wonders is the ask's scene, not a second value
    (
        "I forgot the date of my dentist visit. search between 2024-05-01 and 2024-05-31?",
        CALENDAR,
        [("search_entries", {"query": "dentist visit", "after": "2024-05-01", "before": "2024-05-31"})],
    ),
    (
        "cant remember when the book club meets. search my entries between 2024-06-01 and 2024-06-30",
        CALENDAR,
        [("search_entries", {"after": "2024-06-01", "before": "2024-06-30"})],
    ),
    # a sentence typed in lower case after a full stop is a sentence of its own, not an "and" item
    (
        "got some leftover salmon. find recipes for it under 30 minutes",
        RECIPES,
        [("recipe_search", {"max_minutes": 30})],
    ),
    (
        "I forgot the date for my trip. search my entries between 2024-04-01 and 2024-04-30",
        CALENDAR,
        [("search_entries", {"after": "2024-04-01", "before": "2024-04-30"})],
    ),
    (
        "my aunt only reads polish. translate 'see you soon' for her. use Polish as the target language",
        TRANSLATE,
        [("translate_phrase", {"phrase": "see you soon", "target_language": "Polish"})],
    ),
    # the ask's lead verb is the verb of the one ask, though another tool's name starts with it
    (
        "Hi, Find room rates in Bath from 2024-08-01 to 2024-08-04",
        STAYS,
        [("room_rates", {"city": "Bath", "check_in": "2024-08-01", "check_out": "2024-08-04"})],
    ),
    (
        "I need a hotel room in York, find rates from 2024-09-10 to 2024-09-12?",
        STAYS,
        [("room_rates", {"city": "York"})],
    ),
    (
        "hello! get me concert dates for Mira Vance in Leeds",
        GIGS,
        [("concert_dates", {"artist": "Mira Vance", "city": "Leeds"})],
    ),
    (
        "i'm sending a 3 kg parcel to Dublin, show me a shipping quote",
        SHIPPING,
        [("shipping_quote", {"weight_kg": 3, "destination": "Dublin"})],
    ),
    # a second role joined by "and" is another parameter of the same call
    (
        "show me films directed by Sofia Marlow and starring Dev Okafor",
        CINEMA,
        [("search_films", {"director": "Sofia Marlow", "actor": "Dev Okafor"})],
    ),
    (
        "Find me a thriller directed by Ana Ruiz that has Tom Pell in the cast.",
        CINEMA,
        [("search_films", {"director": "Ana Ruiz", "genre": "Thriller"})],
    ),
    (
        "Can you find comedy films directed by Lee Hart and include Maya Quinn in the cast?",
        CINEMA,
        [("search_films", {"director": "Lee Hart", "genre": "Comedy"})],
    ),
    (
        "look up books by Ada Byrne on the subject of beekeeping",
        BOOKS,
        [("library_search", {"author": "Ada Byrne", "subject": "beekeeping"})],
    ),
    (
        "I'd like songs by Mira Vance from the record Low Tide",
        MUSIC,
        [("find_songs", {"artist": "Mira Vance", "record": "Low Tide"})],
    ),
    # a list the parameter takes whole is one argument
    (
        "Give user u-77 rights on folder f-12: the rights are 'read' and 'write'.",
        ACCESS,
        [("grant_access", {"folder_id": "f-12", "user_id": "u-77", "rights": ["read", "write"]})],
    ),
    (
        "I need to set rights for someone on a folder. The folder id is 'fold-9', the user id is 'kim-2', "
        "and the rights to give are 'view' and 'comment'.",
        ACCESS,
        [("grant_access", {"folder_id": "fold-9", "user_id": "kim-2"})],
    ),
    (
        "check if sku TEA-40 is in stock in sizes small, medium and large",
        GROCERY,
        [("check_shelf_stock", {"sku": "TEA-40", "pack_sizes": ["small", "medium", "large"]})],
    ),
    # a greeting asks nothing
    ("hi! find a vet in Kendal for my cat", PETS, [("find_vet", {"town": "Kendal"})]),
    ("Hey there, what's the air quality in Leeds?", WEATHER, [("air_quality", {"city": "Leeds"})]),
    (
        "Hello, find rental cars in Reno, NV from 2024-03-02 to 2024-03-06?",
        CARS,
        [("cars_available", {"city": "Reno, NV", "from_date": "2024-03-02", "to_date": "2024-03-06"})],
    ),
    ("good morning :) track parcel QQ-901", PARCELS, [("track_parcel", {"tracking_number": "QQ-901"})]),
    # an ask with a detail that only qualifies it, not another tool's ask
    (
        "Play 'Northern Sky' from the album Bryter on the kitchen speaker",
        MUSIC,
        [("play_track", {"song": "Northern Sky", "speaker": "kitchen"})],
    ),
    (
        "Send 60 dollars from my savings to Priya. Keep it hidden pls.",
        BANK,
        [("send_transfer", {"recipient": "Priya", "amount": 60, "hidden": True})],
    ),
    (
        "send $25 to Omar from checking, and keep the transfer hidden",
        BANK,
        [("send_transfer", {"recipient": "Omar", "amount": 25})],
    ),
    (
        "Find cars available in Reno, NV from 2024-05-01 to 2024-05-03 with pickup at 09:00",
        CARS,
        [("cars_available", {"city": "Reno, NV", "pickup": "09:00"})],
    ),
    (
        "i need a rental car in Fresno, CA from 2024-07-10 to 2024-07-12, pick up at 14:00",
        CARS,
        [("cars_available", {"city": "Fresno, CA"})],
    ),
    (
        "Put 'Dentist' in my calendar on 2024-09-14 at 08:30. It's a checkup.",
        CALENDAR,
        [("add_calendar_entry", {"title": "Dentist", "date": "2024-09-14", "start": "08:30"})],
    ),
    (
        "Block out 'Yoga' on 2024-10-02 from 18:00 to 19:00 pls",
        CALENDAR,
        [("add_calendar_entry", {"title": "Yoga", "date": "2024-10-02", "start": "18:00"})],
    ),
    (
        "when can i plant garlic in zone 7b? my soil is pretty clay-heavy",
        GARDEN,
        [("planting_calendar", {"vegetable": "garlic", "zone": "7b"})],
    ),
    (
        "find a vet in Hexham for my rabbit and my neighbour's rabbit",
        PETS,
        [("find_vet", {"town": "Hexham"})],
    ),
    (
        "I'm into horror lately and I love films by Karl Voss. find me some?",
        CINEMA,
        [("search_films", {"director": "Karl Voss", "genre": "Horror"})],
    ),
    (
        "Could you open an SSH session to the host 'db-east'? we need to make sure it still answers.",
        SERVERS,
        [("open_ssh_session", {"alias": "db-east"})],
    ),
    (
        "i forgot when my flight is. search flights from Oslo to Rome",
        LODGING,
        [("find_flights", {"origin": "Oslo", "destination": "Rome"})],
    ),
]

GUARDS = [
    (
        "show me a shipping quote for 3 kg to Dublin and the pickup points in Cork",
        SHIPPING,
        [("shipping_quote", {"destination": "Dublin"}), ("show_pickup_points", {"town": "Cork"})],
    ),
    (
        "find room rates in Bath for 2024-08-01 to 2024-08-04, and trains from London to Bath on 2024-08-01",
        STAYS,
        [("room_rates", {"city": "Bath"}), ("find_trains", {"from_city": "London", "to_city": "Bath"})],
    ),
    # really several asks: these keep their calls
    (
        "what's the air quality in Leeds and in York?",
        WEATHER,
        [("air_quality", {"city": "Leeds"}), ("air_quality", {"city": "York"})],
    ),
    (
        "Track parcel AB-1. Also track parcel CD-2.",
        PARCELS,
        [("track_parcel", {"tracking_number": "AB-1"}), ("track_parcel", {"tracking_number": "CD-2"})],
    ),
    (
        "Get the current conditions in Oslo, and the air quality there too.",
        WEATHER,
        [("current_conditions", {"city": "Oslo"}), ("air_quality", {"city": "Oslo"})],
    ),
    (
        "Find a vet in Kendal and another one in Penrith.",
        PETS,
        [("find_vet", {"town": "Kendal"}), ("find_vet", {"town": "Penrith"})],
    ),
    (
        "Play 'Northern Sky' on the kitchen speaker, then find songs in the folk style.",
        MUSIC,
        [("play_track", {"song": "Northern Sky"}), ("find_songs", {"style": "folk"})],
    ),
]

SCENE = "a sentence of context around the ask is not read with it"
GAPS: dict[str, str] = {
    "hotels are way too pricey": SCENE + ": 'i need an apartment to stay' is no ask of the finder (no call)",
    "Need a flat for my stay": SCENE + ": 'a flat for my stay' is no ask of the apartment finder (no call)",
    "I want the weather for the coast": SCENE
    + ": 'the weather for the coast' is not asked of the tool (no call)",
    "Track parcel 77QX-4": "a code that opens on digits loses them ('QX-4')",
    "Find apartments near the ski slopes": "a split ask put back together with 'use X as the city' after it reads the city from the whole ('CO')",
    "I forgot the date of my dentist": SCENE + ": the statement and the ask are one search text",
    "show me films directed by": "tool choice: 'films' goes to the showtimes tool, whose name has 'film'",
    "Block out 'Yoga'": "'block out' is not read as adding an entry",
    "when can i plant garlic": "a hardiness zone '7b' loses its letter; 'my soil' calls the soil kits",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_one_ask_makes_one_call(request_text: str, tools: list[dict], expected: list) -> None:
    got = calls(request_text, *tools)
    assert subset(got, expected), got


GUARD_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(GUARDS, GUARD_GAPS))
def test_several_asks_keep_their_calls(request_text: str, tools: list[dict], expected: list) -> None:
    got = calls(request_text, *tools)
    assert subset(got, expected), got


def test_the_battery_holds_thirty_five_rows_and_five_guards() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 5
