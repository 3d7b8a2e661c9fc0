"""Declining when no offered tool fits, and still calling the near miss that does: a battery written for
this round in its own words, before the model changes.

Each request comes with a small set of tools of its own subject (ferries, coaches, flights, car hire,
cabins, a gym, a library, recipes, banking, music, a smart home, mail, a vet, the weather). The declining
rows are of four kinds a careful model knows:

- the request asks for the tool that fits but leaves out where from or where to, and that tool's
  parameter is named by the preposition itself (`_from`, `to`): the model asks for the place; it does not
  call some other tool on the strength of the preposition (a cabin search does not supply an origin);
- the request asks for the opposite of what the tool does by its particle ("log me out" to a `login`
  tool, "switch the heater off" to `switch_on_heater`), though it states every value the tool takes;
- the request asks to remove or add a thing where the tool only searches or lists it;
- the request asks for a thing the tool's word only modifies ("the event shoes" to an events tool).

The near misses say what the tool does in their own words, give its values in another sentence, or ask
for the same act with a preposition-named parameter stated: a careful model calls.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, STR, fn, params

FERRY_FIND = fn(
    "Ferries_FindSailings",
    "Find ferry sailings between two ports on a given day.",
    {
        "_from": (STR, "The port of departure, e.g. Dover"),
        "to": (STR, "The port of arrival, e.g. Calais"),
        "date": (STR, "The day of the sailing, YYYY-MM-DD"),
    },
    ["_from", "to", "date"],
)
CABIN_SEARCH = fn(
    "Cabins_SearchCabin",
    "Search for holiday cabins to rent in a given area.",
    {"where_to": (STR, "The area of the cabin, e.g. Lake District"), "guests": (INT, "Number of guests")},
    ["where_to"],
)
COACH_TICKETS = fn(
    "Coaches_BuyTicket",
    "Buy a coach ticket from one city to another on a given date.",
    {
        "_from": (STR, "The city of departure, e.g. Leeds"),
        "to": (STR, "The city of arrival, e.g. Bristol"),
        "date": (STR, "The date of travel, YYYY-MM-DD"),
        "passengers": (INT, "Number of passengers"),
    },
    ["_from", "to", "date", "passengers"],
)
GYM_CLASSES = fn(
    "Gym_FindClasses",
    "Find fitness classes at a gym in a given town.",
    {"town": (STR, "The town of the gym, e.g. Bath"), "kind": (STR, "Kind of class, e.g. yoga")},
    ["town"],
)
FLIGHT_SEARCH = fn(
    "Flights_SearchOneway",
    "Search for one-way flights between two airports.",
    {
        "origin": (STR, "The airport of departure, e.g. LHR"),
        "to": (STR, "The airport of arrival, e.g. JFK"),
        "date": (STR, "The day of the flight, YYYY-MM-DD"),
    },
    ["origin", "to", "date"],
)
CAR_HIRE = fn(
    "CarHire_GetCars",
    "Get rental cars available at a pick-up city.",
    {"city": (STR, "The pick-up city, e.g. Lyon"), "from": (STR, "The first day of hire, YYYY-MM-DD")},
    ["city", "from"],
)
LIBRARY_LOGIN = fn(
    "library_portal_login",
    "Signs a member in to the library portal with their card number and PIN.",
    {"card_number": (STR, "The library card number"), "pin": (STR, "The member's PIN")},
    ["card_number", "pin"],
)
BANK_LOGIN = fn(
    "bank_session_login",
    "Authenticates a customer by username and password and opens a banking session.",
    {"username": (STR, "The customer's username"), "password": (STR, "The customer's password")},
    ["username", "password"],
)
HEATER_ON = fn(
    "switch_on_heater",
    "Switch on the heater in a room of the smart home.",
    {"room": (STR, "The room, e.g. kitchen")},
    ["room"],
)
LIGHTS_OFF = fn(
    "turn_off_lights",
    "Turn off the lights in a room of the smart home.",
    {"room": (STR, "The room, e.g. hall")},
    ["room"],
)
RECIPE_SEARCH = fn(
    "RecipeSearch_run",
    "Performs a search for recipes in the cookbook by keywords and cuisine.",
    {
        "keywords": (STR, "Words to search for"),
        "cuisine": (STR, "The cuisine", {"enum": ["italian", "thai", "mexican"]}),
        "vegetarian": (BOOL, "Only vegetarian recipes"),
    },
    ["keywords"],
)
CONTACT_LIST = fn(
    "list_mail_contacts",
    "List the contacts in the mail address book, filtered by a name.",
    {"name": (STR, "Part of the contact's name")},
    [],
)
TRACK_SEARCH = fn(
    "Music_SearchTracks",
    "Search for music tracks by title or artist.",
    {"query": (STR, "Title or artist to search for")},
    ["query"],
)
VET_VISITS = fn(
    "VetClinic_get_visit_schedule",
    "Get the schedule of upcoming visits at the vet clinic for a pet.",
    {"pet_name": (STR, "The pet's name")},
    ["pet_name"],
)
WEATHER = fn(
    "get_weather_report",
    "Get the weather report for a city.",
    {"city": (STR, "The city, e.g. Oslo")},
    ["city"],
)
EVENT_RULES = fn(
    "EventRulesApi_get_event_rules",
    "Get the rules that raise events in the monitoring system.",
    {},
    [],
)
SUM = fn(
    "get_sum",
    "Get the sum of two numbers.",
    {"a": ("number", "The first number"), "b": ("number", "The second number")},
    ["a", "b"],
)
LAST_MATCH = fn(
    "rugby_get_last_match",
    "Retrieve the details of the last match a rugby club played.",
    {"club": (STR, "The club's name"), "include_stats": (BOOL, "Whether to include match statistics")},
    ["club"],
)

TRAVEL = [FERRY_FIND, CABIN_SEARCH, COACH_TICKETS, GYM_CLASSES]

ROWS: list[tuple[str, list[dict], str | None]] = [
    # the fitting tool lacks a place its preposition-named parameter takes: ask, call nothing else
    ("I want to find a ferry.", TRAVEL, None),
    ("I'd like to book a coach ticket for the trip on the 4th of May 2024.", TRAVEL, None),
    ("Could you get me a seat on a coach next Friday?", TRAVEL, None),
    ("I need help finding a ferry crossing for my holiday.", TRAVEL, None),
    ("Please look for a one-way flight for me.", [FLIGHT_SEARCH, CABIN_SEARCH], None),
    ("I'm after a flight on 2024-09-12.", [FLIGHT_SEARCH, CABIN_SEARCH], None),
    ("I want to rent a car.", [CAR_HIRE, CABIN_SEARCH], None),
    # the opposite of the tool's act, by its particle
    ("Could you log me out? My card number is 55102 and my PIN is 7781.", [LIBRARY_LOGIN], None),
    ("Please log me out of the library portal, card 55102, PIN 7781.", [LIBRARY_LOGIN], None),
    (
        "I'd like to log out of online banking. My username is 'ritaq' and my password is 'Tulip#9'.",
        [BANK_LOGIN],
        None,
    ),
    ("Switch the heater off in the kitchen.", [HEATER_ON], None),
    ("Can you turn the lights on? The room is the hall.", [LIGHTS_OFF], None),
    ("Turn on the lights in the hall.", [LIGHTS_OFF], None),
    # removing or adding where the tool only searches or lists
    ("Delete the vegetarian Thai recipes that mention tofu.", [RECIPE_SEARCH], None),
    ("Remove the contact named Ingrid Holm from my address book.", [CONTACT_LIST], None),
    ("Add a contact named Ingrid Holm to my address book.", [CONTACT_LIST], None),
    ("Delete the tracks by Bjork from my library.", [TRACK_SEARCH], None),
    ("Cancel the vet visit for my dog Biscuit.", [VET_VISITS], None),
    # a thing the tool's word only modifies
    ("Get the event tickets!", [EVENT_RULES], None),
    ("Get the weather balloon!", [WEATHER], None),
    # chit-chat and knowledge: no tool answers
    ("I love my new cabin in the woods.", [CABIN_SEARCH], None),
    ("Why do ferries sway in rough seas?", [FERRY_FIND], None),
    ("I love my vegetarian Thai recipes.", [RECIPE_SEARCH], None),
    ("I really like my Bjork tracks.", [TRACK_SEARCH], None),
    # near misses: the fitting tool with its values, the place stated
    ("I want to find a ferry from Dover to Calais on 2024-07-01.", TRAVEL, "Ferries_FindSailings"),
    ("Book 2 coach tickets from Leeds to Bristol on 2024-05-04.", TRAVEL, "Coaches_BuyTicket"),
    ("Find me a cabin in the Lake District for 4 guests.", TRAVEL, "Cabins_SearchCabin"),
    ("Are there yoga classes at a gym in Bath?", TRAVEL, "Gym_FindClasses"),
    (
        "Search one-way flights from LHR to JFK on 2024-09-12.",
        [FLIGHT_SEARCH, CABIN_SEARCH],
        "Flights_SearchOneway",
    ),
    ("Which cars can I rent in Lyon from 2024-06-02?", [CAR_HIRE, CABIN_SEARCH], "CarHire_GetCars"),
    (
        "Could you log me in? My card number is 55102 and my PIN is 7781.",
        [LIBRARY_LOGIN],
        "library_portal_login",
    ),
    (
        "Sign me in to the library portal with card 55102 and PIN 7781.",
        [LIBRARY_LOGIN],
        "library_portal_login",
    ),
    ("Log in to online banking: username 'ritaq', password 'Tulip#9'.", [BANK_LOGIN], "bank_session_login"),
    ("Switch on the heater in the kitchen.", [HEATER_ON], "switch_on_heater"),
    ("Turn off the lights in the hall, please.", [LIGHTS_OFF], "turn_off_lights"),
    ("Can you turn the lights off? The room is the hall.", [LIGHTS_OFF], "turn_off_lights"),
    ("Find vegetarian Thai recipes with tofu.", [RECIPE_SEARCH], "RecipeSearch_run"),
    ("Show my contacts named Ingrid.", [CONTACT_LIST], "list_mail_contacts"),
    ("Look up tracks by Bjork.", [TRACK_SEARCH], "Music_SearchTracks"),
    ("When is Biscuit's next visit at the vet?", [VET_VISITS], "VetClinic_get_visit_schedule"),
    ("Get the event rules.", [EVENT_RULES], "EventRulesApi_get_event_rules"),
    ("What's the weather in Oslo?", [WEATHER], "get_weather_report"),
    ("Add 4 and 5 to get their sum.", [SUM], "get_sum"),
    (
        "Show the last match of Leicester Tigers, and include match statistics.",
        [LAST_MATCH],
        "rugby_get_last_match",
    ),
]

GAPS: dict[str, str] = {
    "Get the event tickets!": (
        "a word of the tool's that only modifies the thing asked for counts as its topic (reading the last"
        " noun as the thing cost 'carbon footprint', 'humidity level', 'statistical significance')"
    ),
    "Could you log me in? My card number": "the values stated in a second sentence leave the card number unread",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_careful_model_declines_or_calls(
    request_text: str, tools: list[dict], expected: str | None
) -> None:
    got = [name for name, _ in calls(request_text, *tools)]
    assert got == ([expected] if expected else []), got


def test_the_battery_holds_enough_rows_and_near_misses() -> None:
    assert len(ROWS) >= 35
    assert sum(expected is not None for _, _, expected in ROWS) * 3 >= len(ROWS)
