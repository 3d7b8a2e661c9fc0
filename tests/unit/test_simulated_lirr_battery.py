"""Calling no tool when none fits, and still calling the one that does: a battery written for this round in
its own words, before the model changes.

Each request comes with tools of its own subject (home furnishing, gardening, cycling, coffee, music,
hiking, software help, printers, arithmetic, parcels, reviews, mail, flights, pets, recipes, the weather).
The declining rows are of kinds a careful model knows ask for nothing a tool does:

- a statement of how the asker feels about a thing of theirs ("I adore my new linen curtains", "We really
  like our vegetable garden"): it tells, it asks for nothing, whatever tool its noun names;
- a bare plea for help that names no subject ("help me", "Can you help me?"): a help tool for one product
  is not asked for until the asker says what the help is about;
- a step that works on the result of an earlier step no offered tool can make ("Add 12 and 30, then take
  the square root of the sum" with only a square-root tool): the numbers of the earlier step are not the
  step's input, so calling with them gives a wrong answer;
- a report of what someone else did not do ("The customer did not leave a review"): it states a fact and
  asks for nothing.

The guard rows ask for what the tool does, with the same words nearby (a feeling and then an ask, "help me
find …", a single arithmetic step, a report followed by an ask): a careful model calls.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import NUM, STR, fn, params

CURTAINS = fn(
    "HomeShop_search_products",
    "Search the home furnishing shop for products by keyword and category.",
    {
        "keywords": (STR, "Words to search for, e.g. linen"),
        "category": (STR, "The product category", {"enum": ["curtains", "rugs", "lamps", "sofas"]}),
    },
    ["keywords"],
)
GARDEN = fn(
    "garden_plant_finder",
    "Find plants for a garden by kind and sunlight.",
    {
        "kind": (STR, "Kind of plant", {"enum": ["vegetable", "herb", "flower", "shrub"]}),
        "sunlight": (STR, "How much sun the bed gets, e.g. full sun"),
    },
    ["kind"],
)
BIKE_SHOP = fn(
    "find_bike_shop",
    "Find bike shops and repair services near a town.",
    {"town": (STR, "The town, e.g. Leeds"), "service": (STR, "A service, e.g. road bike repair")},
    ["town"],
)
COFFEE = fn(
    "cafe_order_drink",
    "Order a coffee drink for pickup at the cafe.",
    {"drink": (STR, "The drink, e.g. espresso"), "size": (STR, "Cup size", {"enum": ["small", "large"]})},
    ["drink"],
)
PLAY_MUSIC = fn(
    "play_music",
    "Play music by genre or artist on the speaker.",
    {"query": (STR, "A genre or artist to play, e.g. jazz")},
    ["query"],
)
TRAILS = fn(
    "find_hiking_trails",
    "Find hiking trails near a place.",
    {"location": (STR, "The place, e.g. Boulder, CO"), "max_miles": (NUM, "Longest trail length in miles")},
    ["location"],
)
LIKE_POST = fn(
    "social_like_post",
    "Like a post on the social feed by its id.",
    {"post_id": (STR, "The id of the post, e.g. 5521")},
    ["post_id"],
)
GIT_HELP = fn(
    "gitbuddy_help",
    "Provides documentation links and usage instructions for the GitBuddy command line tool.",
    {"topic": (STR, "The help topic", {"enum": ["installation", "branching", "merging", "config"]})},
    [],
)
PRINTER_HELP = fn(
    "printer_help",
    "Show help articles for the office printer.",
    {"article": (STR, "The article, e.g. paper jam")},
    [],
)
APP_HELP = fn(
    "notes_app_help",
    "Get help for the Notes app on a topic.",
    {"topic": (STR, "The topic, e.g. syncing")},
    [],
)
BAKERY = fn(
    "find_bakery",
    "Find bakeries in a city.",
    {"city": (STR, "The city, e.g. Oslo"), "diet": (STR, "A diet, e.g. vegan")},
    ["city"],
)
MULTIPLY = fn(
    "multiply",
    "Multiply two numbers.",
    {"a": (NUM, "The first number"), "b": (NUM, "The second number")},
    ["a", "b"],
)
DIVIDE = fn(
    "divide",
    "Divide one number by another.",
    {"dividend": (NUM, "The number to divide"), "divisor": (NUM, "The number to divide by")},
    ["dividend", "divisor"],
)
SQUARE_ROOT = fn(
    "square_root",
    "Calculate the square root of a number.",
    {"number": (NUM, "The number")},
    ["number"],
)
ADD = fn(
    "add_numbers",
    "Add two numbers.",
    {"x": (NUM, "The first number"), "y": (NUM, "The second number")},
    ["x", "y"],
)
REVIEWS = fn(
    "get_product_reviews",
    "Get the customer reviews of a product.",
    {"product_id": (STR, "The product id, e.g. P-100")},
    ["product_id"],
)
PLAYLIST = fn(
    "play_playlist",
    "Play a playlist by name.",
    {"query": (STR, "The playlist name")},
    ["query"],
)
PARCEL = fn(
    "track_parcel",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The tracking number, e.g. 1Z999AA1")},
    ["tracking_number"],
)
SEND_MAIL = fn(
    "send_email",
    "Send an email to a recipient.",
    {"to": (STR, "The recipient's address"), "body": (STR, "The message")},
    ["to", "body"],
)
FLIGHT = fn(
    "flight_status",
    "Get the status of a flight by its number.",
    {"flight_number": (STR, "The flight number, e.g. BA12")},
    ["flight_number"],
)
PET_FOOD = fn(
    "pet_store_search",
    "Search the pet store for food and toys.",
    {"query": (STR, "What to search for, e.g. dog food"), "pet": (STR, "Kind of pet, e.g. cat")},
    ["query"],
)
RECIPES = fn(
    "recipe_search",
    "Search recipes by ingredient.",
    {"ingredient": (STR, "An ingredient, e.g. lentils")},
    ["ingredient"],
)
WEATHER = fn(
    "get_weather",
    "Get the current weather for a city.",
    {"city": (STR, "The city, e.g. Porto")},
    ["city"],
)

ROWS: list[tuple[str, list[dict], str | None]] = [
    # a statement of how the asker feels about a thing of theirs: no ask
    ("I adore my new linen curtains", [CURTAINS], None),
    ("We really like our vegetable garden.", [GARDEN], None),
    ("I love my old road bike", [BIKE_SHOP], None),
    ("I enjoy my morning espresso.", [COFFEE], None),
    ("I love my jazz records", [PLAY_MUSIC], None),
    ("I just love my cat's new toys!", [PET_FOOD], None),
    ("We love our lentil recipes.", [RECIPES], None),
    # a bare plea for help that names no subject
    ("help me", [GIT_HELP], None),
    ("Please help!", [PRINTER_HELP], None),
    ("Can you help me?", [APP_HELP, BAKERY], None),
    ("I need help.", [GIT_HELP, BAKERY], None),
    # a step on the result of an earlier step no offered tool makes
    ("Add 12 and 30, then take the square root of the sum.", [SQUARE_ROOT], None),
    ("Subtract 3 from 10 and then divide the difference by 7.", [DIVIDE], None),
    ("Add 4 and 9 then multiply them by 2", [MULTIPLY], None),
    ("I want the result when 6 and 8 are added and then the sum is multiplied by 3.", [MULTIPLY], None),
    # a report of what someone else did not do
    ("The customer did not leave a review.", [REVIEWS], None),
    ("The user didn't pick a playlist.", [PLAYLIST], None),
    ("The courier did not give me a tracking number.", [PARCEL], None),
    ("My landlord never answered the email.", [SEND_MAIL], None),
    # guards: a feeling and an ask, or a want
    ("I love hiking; find trails near Boulder, CO.", [TRAILS], "find_hiking_trails"),
    ("I'd like linen curtains, please search the shop.", [CURTAINS], "HomeShop_search_products"),
    ("I love my road bike but the chain snapped: find a bike shop in Leeds.", [BIKE_SHOP], "find_bike_shop"),
    ("Like the post with id 5521.", [LIKE_POST], "social_like_post"),
    ("I love jazz, so play some jazz.", [PLAY_MUSIC], "play_music"),
    ("Order me a large espresso.", [COFFEE], "cafe_order_drink"),
    ("Which herb plants grow in full sun?", [GARDEN], "garden_plant_finder"),
    # guards: help with a subject, or "help me" before the ask
    ("Help me find a vegan bakery in Oslo.", [BAKERY, APP_HELP], "find_bakery"),
    ("Show the printer help article about a paper jam.", [PRINTER_HELP], "printer_help"),
    ("I need help with GitBuddy installation.", [GIT_HELP], "gitbuddy_help"),
    # guards: one arithmetic step the tool does
    ("Multiply 4 by 9.", [MULTIPLY], "multiply"),
    ("What is 84 divided by 7?", [DIVIDE], "divide"),
    ("Find the square root of 42.", [SQUARE_ROOT], "square_root"),
    ("Add 12 and 30.", [ADD, SQUARE_ROOT], "add_numbers"),
    # guards: a report followed by an ask
    ("The parcel did not arrive; track parcel 1Z999AA1 for me.", [PARCEL], "track_parcel"),
    ("My flight didn't show a gate yet. What's the status of flight BA12?", [FLIGHT], "flight_status"),
    ("Get the reviews of product P-100.", [REVIEWS], "get_product_reviews"),
    ("My parcel 1Z999AA1 did not arrive.", [PARCEL], "track_parcel"),
    ("What's the weather in Porto?", [WEATHER], "get_weather"),
    ("Email jo@example.com that the landlord never answered.", [SEND_MAIL], "send_email"),
]


GAPS: dict[str, str] = {}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_careful_model_declines_or_calls(
    request_text: str, tools: list[dict], expected: str | None
) -> None:
    got = [name for name, _ in calls(request_text, *tools)]
    assert got == ([expected] if expected else []), got


def test_the_battery_holds_enough_rows_and_guards() -> None:
    assert len(ROWS) >= 35
    assert sum(expected is not None for _, _, expected in ROWS) * 2 >= len(ROWS) - 1
