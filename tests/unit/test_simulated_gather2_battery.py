"""A second battery for list parameters that gather every item the request names for them.

Written for the second round of this area before reading any benchmark case. Three classes of phrasing
the first battery (`test_simulated_gather_battery.py`) left: enum members said as a verb phrase or an
adjective spread over the request ("a flat that allows pets and is quiet"); string items of one role in
separate phrases ("the first stop is Ely and the second stop is Cambridge"); coordinated names read as one
item or fanned out ("compare the Galaxy S24 and the iPhone 15", "vitamin D and folic acid"); and the head
noun of a dish sought as one more ingredient. It keeps the guards: an "and" that joins two parameters puts
one value in each, and a series for a scalar parameter fans out into calls.
Domains: housing, travel, fitness, public services, car hire, dining, events, chess, music, shopping,
health, software, calendar, data, cooking, finance, schooling, language, pets, gardening, geography.
Each row: a request, its tools (of my own wording), and the calls a careful model makes, checked order-free.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, OMIT, STR, enums, fn, params, strs
from test_simulated_parallel_style_battery import c, matched


def finder(name: str, what: str, place: str, options: list[str]) -> dict:
    return fn(
        name,
        f"Find {what}.",
        {"location": (STR, place), "features": enums("Features it must have.", options)},
        ["location"],
    )


RECIPE = fn(
    "cooking.find_recipe",
    "Find a recipe by its ingredients.",
    {"ingredients": strs("The ingredients, e.g. 'rice'."), "diet": (STR, "The diet, e.g. 'vegan'.")},
    ["ingredients"],
)
COLUMNS = fn(
    "db.remove_columns",
    "Remove columns from a table.",
    {"table": (STR, "The table's name."), "columns": strs("The columns to remove.")},
    ["table", "columns"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== enum members said as a verb phrase or an adjective, spread over the request
    (
        "Find a flat in Bristol that allows pets and is quiet.",
        [finder("housing.flat_search", "flats to rent", "The city.", ["pets_allowed", "quiet", "furnished"])],
        [c("housing.flat_search", location="Bristol", features=[["pets_allowed", "quiet"]])],
    ),
    (
        "Look for a campsite near Lake Tahoe that has showers and allows dogs.",
        [finder("outdoor.campsites", "campsites", "The area.", ["showers", "dogs_allowed", "wifi"])],
        [c("outdoor.campsites", location=["Lake Tahoe"], features=[["showers", "dogs_allowed"]])],
    ),
    (
        "Show me yoga classes in Leeds that are beginner-friendly and low-impact.",
        [
            finder(
                "fitness.classes",
                "fitness classes",
                "The town.",
                ["beginner_friendly", "low_impact", "advanced"],
            )
        ],
        [c("fitness.classes", location="Leeds", features=[["beginner_friendly", "low_impact"]])],
    ),
    (
        "Find a library in Cardiff that is pet-friendly and has facilities for disabled people.",
        [
            finder(
                "civic.library_search",
                "libraries",
                "The city.",
                ["pet_friendly", "disability_access", "wifi"],
            )
        ],
        [c("civic.library_search", location="Cardiff", features=[["pet_friendly", "disability_access"]])],
    ),
    (
        "I need a rental car in Miami, FL that is automatic and has GPS.",
        [
            finder(
                "cars.rental_search",
                "rental cars",
                "The city and state, e.g. Denver, CO",
                ["automatic", "gps", "convertible"],
            )
        ],
        [c("cars.rental_search", location=["Miami, FL", "Miami"], features=[["automatic", "gps"]])],
    ),
    (
        "Find a cafe in York that is dog-friendly and has outdoor seating.",
        [finder("dining.cafes", "cafes", "The town.", ["dog_friendly", "outdoor_seating", "vegan_options"])],
        [c("dining.cafes", location="York", features=[["dog_friendly", "outdoor_seating"]])],
    ),
    (
        "Which concerts in Berlin are family-friendly and free to enter?",
        [finder("events.concerts", "concerts", "The city.", ["family_friendly", "free_entry", "outdoor"])],
        [c("events.concerts", location="Berlin", features=[["family_friendly", "free_entry"]])],
    ),
    # an option written with a hyphen as the clause's last word ("… that are low-impact.")
    (
        "Find a hiking trail near Denver, CO that is dog-friendly.",
        [
            finder(
                "outdoor.trails",
                "hiking trails",
                "The city and state, e.g. Boulder, CO",
                ["dog_friendly", "paved", "shaded"],
            )
        ],
        [c("outdoor.trails", location=["Denver, CO", "Denver"], features=[["dog_friendly"]])],
    ),
    (
        "I want a laptop bag from a shop in Oslo that is water-resistant.",
        [finder("shop.bags", "bags in shops", "The city.", ["water_resistant", "padded", "rolling"])],
        [c("shop.bags", location="Oslo", features=[["water_resistant"]])],
    ),
    (
        "List the nursing homes in Galway that are family-run and wheelchair-accessible.",
        [
            finder(
                "care.homes", "care homes", "The town.", ["family_run", "wheelchair_accessible", "en_suite"]
            )
        ],
        [c("care.homes", location="Galway", features=[["family_run", "wheelchair_accessible"]])],
    ),
    # ======== string items of one role said in phrases of their own
    (
        "The first stop is Cambridge and the second stop is Ely. Plan the route.",
        [fn("maps.route", "Plan a route through stops.", {"stops": strs("The stops in order.")}, ["stops"])],
        [c("maps.route", stops=[["Cambridge", "Ely"]])],
    ),
    (
        "White opened with e4 and Black answered with c5. How good is the position?",
        [
            fn(
                "chess.position_score",
                "Score a position.",
                {"moves": strs("The moves, e.g. 'Nf3'.")},
                ["moves"],
            )
        ],
        [c("chess.position_score", moves=[["e4", "c5"]])],
    ),
    (
        "The first song is Yesterday and the second song is Let It Be. Make a playlist of them.",
        [fn("music.make_playlist", "Make a playlist.", {"songs": strs("Song titles.")}, ["songs"])],
        [c("music.make_playlist", songs=[["Yesterday", "Let It Be"]])],
    ),
    (
        "The first speaker is Maria and the second speaker is Tom. Set up the panel.",
        [fn("events.panel", "Set up a panel.", {"speakers": strs("Speaker names.")}, ["speakers"])],
        [c("events.panel", speakers=[["Maria", "Tom"]])],
    ),
    # ======== coordinated names read as one item or fanned out
    (
        "Compare the Galaxy S24 and the iPhone 15.",
        [fn("shop.compare", "Compare products.", {"products": strs("Products to compare.")}, ["products"])],
        [c("shop.compare", products=[["Galaxy S24", "iPhone 15"]])],
    ),
    (
        "Check my levels of vitamin D and folic acid.",
        [fn("health.markers", "Get lab markers.", {"markers": strs("Markers, e.g. 'iron'.")}, ["markers"])],
        [c("health.markers", markers=[["vitamin D", "folic acid"]])],
    ),
    (
        "Open a ticket titled Broken link and assign it to Priya and Omar.",
        [
            fn(
                "tracker.open_ticket",
                "Open a ticket.",
                {"title": (STR, "The title."), "assignees": strs("Usernames to assign.")},
                ["title"],
            )
        ],
        [c("tracker.open_ticket", title="Broken link", assignees=[["Priya", "Omar"]])],
    ),
    (
        "Invite Sam and Rita to the budget review.",
        [
            fn(
                "calendar.invite",
                "Invite people to a meeting.",
                {"meeting": (STR, "The meeting's name."), "attendees": strs("Names of the people.")},
                ["meeting", "attendees"],
            )
        ],
        [c("calendar.invite", meeting=["budget review", "the budget review"], attendees=[["Sam", "Rita"]])],
    ),
    (
        "Play songs by Taylor Swift and Ed Sheeran.",
        [fn("music.by_artists", "Play songs by artists.", {"artists": strs("Artist names.")}, ["artists"])],
        [c("music.by_artists", artists=[["Taylor Swift", "Ed Sheeran"]])],
    ),
    (
        "Get the latest quotes for Tesla and Nvidia.",
        [fn("finance.quotes", "Get stock quotes.", {"companies": strs("Company names.")}, ["companies"])],
        [c("finance.quotes", companies=[["Tesla", "Nvidia"]])],
    ),
    (
        "Sign Tom up for chemistry and biology next term.",
        [
            fn(
                "school.sign_up",
                "Sign a student up for subjects.",
                {"student": (STR, "The student's name."), "subjects": strs("The subjects.")},
                ["student", "subjects"],
            )
        ],
        [c("school.sign_up", student="Tom", subjects=[["chemistry", "biology"]])],
    ),
    (
        "Translate 'thank you' into Italian and Japanese.",
        [
            fn(
                "lang.translate_many",
                "Translate a text.",
                {"text": (STR, "The text."), "languages": strs("Target languages, e.g. 'Dutch'.")},
                ["text", "languages"],
            )
        ],
        [c("lang.translate_many", text="thank you", languages=[["Italian", "Japanese"]])],
    ),
    (
        "Book a vet check-up for my cats Milo and Luna.",
        [fn("pets.vet_booking", "Book a vet visit.", {"pets": strs("The pets' names.")}, ["pets"])],
        [c("pets.vet_booking", pets=[["Milo", "Luna"]])],
    ),
    (
        "Which plants grow well next to tomatoes and basil?",
        [
            fn(
                "garden.companions",
                "Find companion plants.",
                {"plants": strs("Plants, e.g. 'carrot'.")},
                ["plants"],
            )
        ],
        [c("garden.companions", plants=[["tomatoes", "basil"], ["tomato", "basil"]])],
    ),
    # ======== columns named as a coordinated object ('remove their X and Y')
    (
        "From the clients table, remove their email addresses and social security numbers.",
        [COLUMNS],
        [
            c(
                "db.remove_columns",
                table="clients",
                columns=[
                    ["email addresses", "social security numbers"],
                    ["email address", "social security number"],
                    ["email_address", "social_security_number"],
                ],
            )
        ],
    ),
    (
        "Drop the phone numbers and postcodes from the members table.",
        [COLUMNS],
        [
            c(
                "db.remove_columns",
                table="members",
                columns=[
                    ["phone numbers", "postcodes"],
                    ["phone number", "postcode"],
                    ["phone_number", "postcode"],
                ],
            )
        ],
    ),
    (
        "In the staff table, delete the salaries and the home addresses.",
        [COLUMNS],
        [
            c(
                "db.remove_columns",
                table="staff",
                columns=[
                    ["salaries", "home addresses"],
                    ["salary", "home address"],
                    ["salary", "home_address"],
                ],
            )
        ],
    ),
    # ======== the head noun of the dish sought is an ingredient too
    (
        "Find a vegetarian pasta recipe with cheese.",
        [RECIPE],
        [c("cooking.find_recipe", ingredients=[["pasta", "cheese"]], diet=["vegetarian", OMIT])],
    ),
    (
        "I'd like a vegan curry with chickpeas and spinach.",
        [RECIPE],
        [
            c(
                "cooking.find_recipe",
                ingredients=[["curry", "chickpeas", "spinach"], ["chickpeas", "spinach"]],
                diet=["vegan", OMIT],
            )
        ],
    ),
    (
        "Give me a gluten-free pizza with mushrooms.",
        [RECIPE],
        [
            c(
                "cooking.find_recipe",
                ingredients=[["pizza", "mushrooms"], ["pizza", "mushroom"]],
                diet=["gluten-free", "gluten free", OMIT],
            )
        ],
    ),
    (
        "Any ideas for a soup with leeks and potatoes?",
        [RECIPE],
        [c("cooking.find_recipe", ingredients=[["soup", "leeks", "potatoes"], ["leeks", "potatoes"]])],
    ),
    # ======== guards: an 'and' that joins two parameters; a series for a scalar parameter
    (
        "Create a task called Pay rent and tag it with finance and home.",
        [
            fn(
                "todo.create",
                "Create a task.",
                {"title": (STR, "The task's title."), "tags": strs("Tags for the task.")},
                ["title"],
            )
        ],
        [c("todo.create", title="Pay rent", tags=[["finance", "home"]])],
    ),
    (
        "What is the population of Kenya and Peru?",
        [
            fn(
                "geo.population",
                "Get a country's population.",
                {"country": (STR, "The country.")},
                ["country"],
            )
        ],
        [c("geo.population", country="Kenya"), c("geo.population", country="Peru")],
    ),
    (
        "Find books by Tolkien and sort them by year.",
        [
            fn(
                "library.books",
                "Search books.",
                {"author": (STR, "The author."), "sort_by": (STR, "Field to sort by, e.g. 'title'.")},
                ["author"],
            )
        ],
        [c("library.books", author="Tolkien", sort_by=["year", OMIT])],
    ),
    (
        "Reserve a table for 3 in Lisbon and mention a nut allergy.",
        [
            fn(
                "dining.reserve",
                "Reserve a table.",
                {
                    "city": (STR, "The city."),
                    "guests": (INT, "Number of guests."),
                    "notes": strs("Notes for the restaurant."),
                },
                ["city", "guests"],
            )
        ],
        [c("dining.reserve", city="Lisbon", guests=3, notes=[["nut allergy"], ["a nut allergy"], OMIT])],
    ),
]

MODIFIER = "value: an enum member said as a verb phrase ('allows pets') or by its meaning is not read"
SPREAD = "value: an option in a clause of its own after 'and' ('and is quiet') is not gathered"
SEPARATE = "value: items of one role said in phrases of their own are not gathered into the list"
COORDINATED = "value: a coordinated series of names or words is read as one item or fans out"
HEAD = "value: the head noun of the dish sought ('a vegan curry with …') is not an ingredient"
GAPS: dict[str, str] = {
    "Find a library in Cardiff that is pet-fr": MODIFIER,
    "Which concerts in Berlin are family-frie": SPREAD,
    "White opened with e4 and Black answered ": SEPARATE,
    "The first song is Yesterday and the seco": SEPARATE,
    "Check my levels of vitamin D and folic a": COORDINATED,
    "Which plants grow well next to tomatoes ": COORDINATED + " (no call)",
    "Drop the phone numbers and postcodes fro": COORDINATED + " (no call)",
    "Find a vegetarian pasta recipe with chee": HEAD,
    "I'd like a vegan curry with chickpeas an": HEAD + " (no call)",
    "Give me a gluten-free pizza with mushroo": HEAD + " (no call)",
    "Any ideas for a soup with leeks and pota": HEAD + " (no call)",
    "Create a task called Pay rent and tag it": "value: a name after 'called' stops at its first word",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_list_gathers_every_item_named_for_it(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests() -> None:
    assert len(ROWS) >= 30
