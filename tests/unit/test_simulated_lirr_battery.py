"""Declining when no offered tool answers the request: a battery written for this round in its own words,
before the model changes, in the style of real users typing to an assistant.

Each row offers a few tools of one subject (weather, cooking, fitness, banking, music, maps, pets, a library,
gardening, parcels, hotels, a smart home, a calendar, notes). The declining rows are the readings a small
competent model knows:

- the request is about the tool's subject but asks for something the tool does not do ("what should I wear"
  to a forecast tool, "how do I make dough rise" to a recipe search);
- the request is chit-chat, a greeting or thanks, which a tool taking any text could swallow but which asks
  for nothing;
- the request asks the model itself to write, translate, explain or tell a joke, and no tool does that;
- the request shares a noun with a tool but asks another act of it.

The call guards ask the tool's own act in ordinary words and must still call.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, fn, params

FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a city for the coming days.",
    {"city": (STR, "The city, e.g. Lisbon"), "days": (INT, "How many days ahead, 1 to 7")},
    ["city"],
)
RECIPES = fn(
    "find_recipes",
    "Search recipes by ingredient or dish name.",
    {"query": (STR, "Ingredient or dish, e.g. lentil soup")},
    ["query"],
)
WORKOUT_LOG = fn(
    "log_workout",
    "Record a completed workout in the user's training diary.",
    {"activity": (STR, "The activity, e.g. cycling"), "minutes": (INT, "Duration in minutes")},
    ["activity", "minutes"],
)
BALANCE = fn(
    "get_account_balance",
    "Return the current balance of one of the user's bank accounts.",
    {"account_id": (STR, "The account identifier, e.g. CHK-001")},
    ["account_id"],
)
PLAY_SONG = fn(
    "play_song",
    "Play a song on the user's speaker.",
    {"title": (STR, "The song title, e.g. Yesterday")},
    ["title"],
)
ROUTE = fn(
    "get_route",
    "Get driving directions between two addresses.",
    {"origin": (STR, "Start address"), "destination": (STR, "End address")},
    ["origin", "destination"],
)
VET_BOOK = fn(
    "book_vet_appointment",
    "Book an appointment at the vet for a pet.",
    {"pet_name": (STR, "The pet's name"), "date": (STR, "Date of the visit, YYYY-MM-DD")},
    ["pet_name", "date"],
)
LIBRARY_SEARCH = fn(
    "search_catalogue",
    "Search the library catalogue for books by title or author.",
    {"keywords": (STR, "Title or author words")},
    ["keywords"],
)
PLANT_WATER = fn(
    "set_watering_schedule",
    "Set how often the garden irrigation waters a bed.",
    {"bed": (STR, "The garden bed, e.g. tomatoes"), "every_days": (INT, "Water every N days")},
    ["bed", "every_days"],
)
TRACK_PARCEL = fn(
    "track_parcel",
    "Get the delivery status of a parcel by its tracking number.",
    {"tracking_number": (STR, "The tracking number, e.g. 1Z999AA10123456784")},
    ["tracking_number"],
)
HOTEL_SEARCH = fn(
    "search_hotels",
    "Find hotels with free rooms in a city.",
    {"city": (STR, "The city, e.g. Porto"), "check_in": (STR, "Check-in date, YYYY-MM-DD")},
    ["city"],
)
THERMOSTAT = fn(
    "set_thermostat",
    "Set the target temperature of the home thermostat.",
    {"celsius": (INT, "Target temperature in degrees Celsius")},
    ["celsius"],
)
CALENDAR_ADD = fn(
    "create_event",
    "Create an event in the user's calendar.",
    {"title": (STR, "Event title"), "date": (STR, "Event date, YYYY-MM-DD")},
    ["title", "date"],
)
SHOP = fn(
    "ProductSearch_execute",
    "Search the shop's products by keywords and category.",
    {
        "keywords": (STR, "Search words"),
        "category": (STR, "Product category", {"enum": ["clothing", "shoes", "garden", "kitchen"]}),
    },
    ["keywords"],
)
CONTRAST = fn(
    "colour_contrast",
    "Find the colour that contrasts most with a given colour.",
    {"colour": (STR, "The colour, e.g. teal")},
    ["colour"],
)
MIX_PAINT = fn(
    "paint_mix",
    "Tell which paint colours to mix, and how much of each, to get a target colour.",
    {"target": (STR, "The colour wanted, e.g. olive")},
    ["target"],
)
BOOK_DETAILS = fn(
    "get_loan_details",
    "Get the details of a library loan by its number.",
    {"loan_id": (STR, "The loan number")},
    ["loan_id"],
)
PET_OWNER = fn(
    "get_pet_owner",
    "Get the name of the owner of a registered pet.",
    {"pet": (STR, "The pet's name")},
    ["pet"],
)
ENABLE_RULE = fn(
    "enable_alert_rule",
    "Enable an alert rule by its id.",
    {"id": (STR, "The rule id")},
    ["id"],
)
BOOK_FLIGHT = fn(
    "book_flight",
    "Book a flight for a passenger.",
    {"flight": (STR, "Flight number, e.g. BA12")},
    ["flight"],
)
NOTE_SAVE = fn(
    "save_note",
    "Save a text note for the user.",
    {"content": (STR, "The text of the note")},
    ["content"],
)

ROWS: list[tuple[str, list[dict], str | None]] = [
    # the tool's subject, another ask
    ("what should i wear for a picnic in Lisbon tomorrow?", [FORECAST], None),
    ("How do I make bread dough rise faster?", [RECIPES], None),
    ("is it bad to work out every single day?", [WORKOUT_LOG], None),
    ("What is a good way to start saving money each month?", [BALANCE], None),
    ("who sang Yesterday originally?", [PLAY_SONG], None),
    ("how long does it take to learn to drive?", [ROUTE], None),
    ("Why does my cat sneeze so much?", [VET_BOOK], None),
    ("How often should I water tomatoes in hot weather?", [PLANT_WATER], None),
    # chit-chat, greetings and thanks
    ("hello there!", [NOTE_SAVE, CALENDAR_ADD], None),
    ("thanks a lot, that was really helpful", [NOTE_SAVE], None),
    ("good morning, how are you today?", [RECIPES, NOTE_SAVE], None),
    ("You're awesome haha", [PLAY_SONG, NOTE_SAVE], None),
    ("ok bye", [LIBRARY_SEARCH], None),
    # the model's own work: write, translate, explain, joke
    ("Write me a short poem about autumn leaves.", [NOTE_SAVE, LIBRARY_SEARCH], None),
    ("translate 'good night' into Italian", [RECIPES, FORECAST], None),
    ("Tell me a joke about penguins.", [PLAY_SONG, NOTE_SAVE], None),
    ("Explain how compound interest works.", [BALANCE], None),
    ("can you summarise the plot of Hamlet in two lines?", [LIBRARY_SEARCH], None),
    # a noun shared, another act
    ("What does a parcel tracking number look like?", [TRACK_PARCEL], None),
    ("How many stars does the Ritz in London have?", [HOTEL_SEARCH], None),
    ("What temperature should a fridge be set at?", [THERMOSTAT], None),
    ("what is the capital of Australia", [HOTEL_SEARCH, FORECAST], None),
    # advice on the asker's own doing ("should I …"), which no tool does
    ("Should I wear green shoes to a wedding?", [SHOP], None),
    ("what colour should I pick for a small north-facing bedroom wall, teal?", [CONTRAST], None),
    ("Should we paint the fence teal or grey?", [CONTRAST, SHOP], None),
    ("Which kitchen knife should I sharpen first, honestly?", [SHOP], None),
    # a read-only tool asked to change its thing
    ("Renew my library loan 5521 please", [BOOK_DETAILS], None),
    ("Restock the green garden gloves.", [SHOP], None),
    # a question for a thing that a tool named for an act does not make
    ('What versions of the alert rule are used by "delta"?', [ENABLE_RULE], None),
    ("What seat class is flight BA12?", [BOOK_FLIGHT], None),
    ("which terminal does flight BA12 leave from", [BOOK_FLIGHT], None),
    # a value missing, only an adverb where it would be
    ("Could you tell me who owns the pet, and include the vet's name as well?", [PET_OWNER], None),
    # call guards: the tool's own act in ordinary words
    ("What colours should I mix to get olive?", [MIX_PAINT], "paint_mix"),
    ("How much rain should we expect in Lisbon tomorrow?", [FORECAST], "weather_forecast"),
    ("Which colour contrasts most with teal?", [CONTRAST], "colour_contrast"),
    ("Show me the details of loan 5521", [BOOK_DETAILS], "get_loan_details"),
    ('Please enable alert rule "delta"', [ENABLE_RULE], "enable_alert_rule"),
    ("Which flight should I book, BA12?", [BOOK_FLIGHT], "book_flight"),
    ("What's the weather going to be in Lisbon this week?", [FORECAST], "weather_forecast"),
    ("any good lentil soup recipes?", [RECIPES], "find_recipes"),
    ("I just cycled for 45 minutes, log it please", [WORKOUT_LOG], "log_workout"),
    ("how much money is in account CHK-001?", [BALANCE], "get_account_balance"),
    ("put on Yesterday", [PLAY_SONG], "play_song"),
    ("Where's my parcel 1Z999AA10123456784?", [TRACK_PARCEL], "track_parcel"),
    ("Find me a hotel in Porto", [HOTEL_SEARCH], "search_hotels"),
    ("Make it 21 degrees in here", [THERMOSTAT], "set_thermostat"),
    ("Remember this: buy oat milk and batteries", [NOTE_SAVE], "save_note"),
    ("Do you have any books by Ursula Le Guin?", [LIBRARY_SEARCH], "search_catalogue"),
]

GAPS: dict[str, str] = {
    "What does a parcel tracking number look like": (
        "a question of what the tool's input looks like is read as a call with the input's name as the value"
    ),
    "put on Yesterday": "'put on' is not read as 'play' (the meaning match is too weak)",
    "Remember this: buy": "'remember this' is not read as asking to save a note",
    "Do you have any books by": "'do you have any books' is not read as a catalogue search",
    "How much rain should we expect": "'how much rain' names no word of the forecast tool",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_careful_model_declines_or_calls(
    request_text: str, tools: list[dict], expected: str | None
) -> None:
    got = [name for name, _ in calls(request_text, *tools)]
    assert got == ([expected] if expected else []), got


def test_the_battery_holds_enough_rows_and_guards() -> None:
    assert len(ROWS) >= 30
    assert sum(expected is not None for _, _, expected in ROWS) >= 8
