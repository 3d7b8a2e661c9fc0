"""Enum options said in other words: a battery of one-call requests written for this round.

Each tool has an enum (or an `include_…` flag) and one plain required value; the request names the option
not as the schema writes it but as people do: misspelt ("a dubstpe playlist"), by a clipped compound's
full word ("a science fiction novel" for "Sci-fi", "romantic comedy" for "Rom-com"), by the top or bottom
of an ordered set of tiers ("the most comfortable seat" for the last of economy/premium/business, "the
cheapest plan" for the first), by the option's own word in another inflection ("hikers" for "Hiking"), or by
"including" what an `include_<x>` flag names. Subjects of its own: books, music, cars, fitness, clothing,
air travel, insurance, coffee, pets, hotels, streaming, games, phones, boats, gyms. Guard rows hold what
must not change: a word that merely looks like an option (a dictionary word one letter off, "horse" for
"House"), or a request that says nothing of the option, leaves the optional enum out.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import BOOL, OMIT, STR, fn, one_call_problem, params


def tool(
    name: str, description: str, thing: str, option: str, options: list[str], *, default: str = ""
) -> dict:
    """A tool with one required string `thing` and one optional enum `option`."""
    extra = {"enum": options}
    if default:
        extra["default"] = default
    return fn(
        name,
        description,
        {
            thing: (STR, f"The {thing.replace('_', ' ')}."),
            option: (STR, f"The {option.replace('_', ' ')} to filter by.", extra),
        },
        [thing],
    )


BOOKS = tool(
    "library_find_books",
    "Find books in the library catalogue.",
    "author",
    "genre",
    ["Mystery", "Romance", "Sci-fi", "Biography", "Poetry", "dontcare"],
    default="dontcare",
)
FILMS = tool(
    "cinema_search_films",
    "Search films showing at a cinema.",
    "cinema",
    "genre",
    ["Drama", "Rom-com", "Documentary", "Western", "dontcare"],
    default="dontcare",
)
MUSIC = tool(
    "radio_find_station",
    "Find a radio station that plays a style of music.",
    "city",
    "style",
    ["Jazz", "Dubstep", "Electronica", "Bluegrass", "Classical"],
)
CARS = tool(
    "rental_find_car",
    "Find a rental car at a pick-up location.",
    "pickup_location",
    "car_class",
    ["Economy", "Compact", "Standard", "Fullsize", "Premium"],
)
FLIGHTS = tool(
    "airline_search_flights",
    "Search flights to a destination.",
    "destination",
    "cabin",
    ["Economy", "Premium Economy", "Business", "First"],
)
INSURANCE = tool(
    "insurer_quote_policy",
    "Get a quote for a home insurance policy.",
    "postcode",
    "tier",
    ["Bronze", "Silver", "Gold", "Platinum"],
)
ROOMS = tool(
    "hotel_find_rooms",
    "Find hotel rooms in a city.",
    "city",
    "room_type",
    ["Standard", "Deluxe", "Suite"],
)
PHONES = tool(
    "carrier_list_plans",
    "List mobile phone plans for a country.",
    "country",
    "plan",
    ["Basic", "Plus", "Unlimited"],
)
FITNESS = tool(
    "gym_find_classes",
    "Find fitness classes at a gym.",
    "gym",
    "activity",
    ["Cycling", "Pilates", "Boxing", "Swimming", "Hiking"],
)
CLOTHES = tool(
    "shop_search_jackets",
    "Search jackets in an online shop.",
    "brand",
    "material",
    ["Leather", "Denim", "Wool", "Polyester"],
)
COFFEE = tool(
    "cafe_order_coffee",
    "Order a coffee at a cafe.",
    "cafe",
    "size",
    ["Small", "Medium", "Large"],
)
PETS = tool(
    "shelter_find_pets",
    "Find pets to adopt at an animal shelter.",
    "shelter",
    "species",
    ["Dog", "Cat", "Rabbit", "Parrot", "dontcare"],
    default="dontcare",
)
GAMES = tool(
    "store_search_games",
    "Search video games in a store.",
    "platform",
    "genre",
    ["Shooter", "Platformer", "Strategy", "Puzzle", "dontcare"],
    default="dontcare",
)
BOATS = tool(
    "marina_rent_boat",
    "Rent a boat at a marina.",
    "marina",
    "boat_type",
    ["Kayak", "Canoe", "Sailboat", "Catamaran"],
)
STREAMING = tool(
    "stream_find_shows",
    "Find shows on a streaming service.",
    "service",
    "genre",
    ["Comedy", "Thriller", "Sci-fi", "Reality", "dontcare"],
    default="dontcare",
)
SONGS = tool(
    "jukebox_find_songs",
    "Find songs on the jukebox.",
    "venue",
    "genre",
    ["House", "Funk", "Metal", "Country", "dontcare"],
    default="dontcare",
)
PROFILE = fn(
    "members_get_profile",
    "Get a gym member's profile, including contact details and billing history.",
    {
        "member_id": (STR, "The member's identifier."),
        "include_billing": (BOOL, "Whether billing history is included in the profile.", {"default": False}),
    },
    ["member_id"],
)
ORDERS = fn(
    "shop_get_order",
    "Get an order from the online shop.",
    {
        "order_id": (STR, "The order number."),
        "include_tracking": (BOOL, "Whether to include the parcel tracking events.", {"default": False}),
    },
    ["order_id"],
)


def row(request: str, spec: dict, values: dict) -> tuple[str, dict, dict]:
    return request, spec, values


ROWS: list[tuple[str, dict, dict]] = [
    # ---- close spelling: a word the dictionary lacks, one or two letters off an option of five or more
    row(
        "Find books by Agatha Christie, a good mistery please",
        BOOKS,
        {"author": ["Agatha Christie"], "genre": ["Mystery"]},
    ),
    row(
        "Any biograpy books by Walter Isaacson?",
        BOOKS,
        {"author": ["Walter Isaacson"], "genre": ["Biography"]},
    ),
    row("Find a radio station in Leeds that plays dubstpe", MUSIC, {"city": ["Leeds"], "style": ["Dubstep"]}),
    row(
        "Find a radio station in Nashville playing bluegras",
        MUSIC,
        {"city": ["Nashville"], "style": ["Bluegrass"]},
    ),
    row(
        "Find a station in Berlin with electronika music",
        MUSIC,
        {"city": ["Berlin"], "style": ["Electronica"]},
    ),
    row("Rent me a catamaren at Marina Bay", BOATS, {"marina": ["Marina Bay"], "boat_type": ["Catamaran"]}),
    row("I want a leathr jacket from Schott", CLOTHES, {"brand": ["Schott"], "material": ["Leather"]}),
    row("Find pilats classes at the Riverside gym", FITNESS, {"gym": ["Riverside"], "activity": ["Pilates"]}),
    row("Search Switch games, any strategey ones", GAMES, {"platform": ["Switch"], "genre": ["Strategy"]}),
    row("Find a Premuim car at Heathrow", CARS, {"pickup_location": ["Heathrow"], "car_class": ["Premium"]}),
    # ---- a clipped compound named by its full words
    row(
        "Find science fiction books by Ursula Le Guin",
        BOOKS,
        {"author": ["Ursula Le Guin"], "genre": ["Sci-fi"]},
    ),
    row("Any science-fiction shows on Netflix?", STREAMING, {"service": ["Netflix"], "genre": ["Sci-fi"]}),
    row(
        "What romantic comedy films are showing at the Odeon?",
        FILMS,
        {"cinema": ["Odeon"], "genre": ["Rom-com"]},
    ),
    row("I'd like a Science themed show on Hulu", STREAMING, {"service": ["Hulu"], "genre": ["Sci-fi"]}),
    # ---- the top or bottom of ordered tiers by a superlative
    row(
        "Search flights to Tokyo in the most comfortable cabin",
        FLIGHTS,
        {"destination": ["Tokyo"], "cabin": ["First"]},
    ),
    row(
        "Search flights to Lima in the cheapest cabin",
        FLIGHTS,
        {"destination": ["Lima"], "cabin": ["Economy"]},
    ),
    row(
        "Quote me the most comprehensive home policy for postcode SW1A 1AA",
        INSURANCE,
        {"postcode": ["SW1A 1AA"], "tier": ["Platinum"]},
    ),
    row(
        "Quote the cheapest policy for postcode M1 1AE",
        INSURANCE,
        {"postcode": ["M1 1AE"], "tier": ["Bronze"]},
    ),
    row("Find the most luxurious rooms in Vienna", ROOMS, {"city": ["Vienna"], "room_type": ["Suite"]}),
    row(
        "Find a rental car at Gatwick, the cheapest one",
        CARS,
        {"pickup_location": ["Gatwick"], "car_class": ["Economy"]},
    ),
    row(
        "List the most generous phone plans for Canada",
        PHONES,
        {"country": ["Canada"], "plan": ["Unlimited"]},
    ),
    row("Order the biggest coffee at Cafe Nero", COFFEE, {"cafe": ["Cafe Nero"], "size": ["Large"]}),
    row("Order the smallest coffee at Cafe Nero", COFFEE, {"cafe": ["Cafe Nero"], "size": ["Small"]}),
    # ---- the option's own word in another inflection or derivation
    row("Find boxing classes at the Central gym", FITNESS, {"gym": ["Central"], "activity": ["Boxing"]}),
    row(
        "Find classes for cyclists at the Central gym", FITNESS, {"gym": ["Central"], "activity": ["Cycling"]}
    ),
    row("Find dogs to adopt at the Battersea shelter", PETS, {"shelter": ["Battersea"], "species": ["Dog"]}),
    row("Find a classical station in Vienna", MUSIC, {"city": ["Vienna"], "style": ["Classical"]}),
    row("Search PlayStation puzzle games", GAMES, {"platform": ["PlayStation"], "genre": ["Puzzle"]}),
    row("Any comedies on Hulu?", STREAMING, {"service": ["Hulu"], "genre": ["Comedy"]}),
    row("Find mysterious books by Tana French", BOOKS, {"author": ["Tana French"], "genre": ["Mystery"]}),
    row("Any dramatic films at the Odeon?", FILMS, {"cinema": ["Odeon"], "genre": ["Drama"]}),
    row("Search strategic games for the Switch", GAMES, {"platform": ["Switch"], "genre": ["Strategy"]}),
    row("Find funky songs at the Jazz Cafe", SONGS, {"venue": ["Jazz Cafe"], "genre": ["Funk"]}),
    # ---- "including" what an include_<x> flag names
    row(
        "Get the profile of member M-204, including the billing history",
        PROFILE,
        {"member_id": ["M-204"], "include_billing": [True]},
    ),
    row("Get order 55812 including tracking", ORDERS, {"order_id": ["55812"], "include_tracking": [True]}),
    # ---- guards: an option left out when nothing says it, or when a word only looks like one
    row("Find books by Zadie Smith", BOOKS, {"author": ["Zadie Smith"], "genre": [OMIT, "dontcare"]}),
    row(
        "Find jukebox songs at the Blue Horse venue",
        SONGS,
        {"venue": ["Blue Horse"], "genre": [OMIT, "dontcare"]},
    ),
    row(
        "Find pets to adopt at the Battersea shelter",
        PETS,
        {"shelter": ["Battersea"], "species": [OMIT, "dontcare"]},
    ),
    row(
        "Find films at the Odeon with a strong story",
        FILMS,
        {"cinema": ["Odeon"], "genre": [OMIT, "dontcare"]},
    ),
    row(
        "Search Xbox games with the best reviews", GAMES, {"platform": ["Xbox"], "genre": [OMIT, "dontcare"]}
    ),
    row(
        "Get the profile of member M-877", PROFILE, {"member_id": ["M-877"], "include_billing": [OMIT, False]}
    ),
    row("Find films showing at the Rome cinema", FILMS, {"cinema": ["Rome"], "genre": [OMIT, "dontcare"]}),
    row(
        "Find shows on Netflix with my partner",
        STREAMING,
        {"service": ["Netflix"], "genre": [OMIT, "dontcare"]},
    ),
    row(
        "Find books by the mystery writer Ruth Rendell",
        BOOKS,
        {"author": ["Ruth Rendell"], "genre": [OMIT, "Mystery", "dontcare"]},
    ),
]

DINERS = fn(
    "diner_find_restaurants",
    "Find restaurants in a city.",
    {
        "city": (STR, "The city."),
        "price_range": (STR, "The price range.", {"enum": ["cheap", "moderate", "pricey"]}),
    },
    ["city"],
)
ROWS.append(
    row(
        "Find an average priced restaurant in Leeds",
        DINERS,
        {"city": ["Leeds"], "price_range": [OMIT, "moderate"]},
    )
)

GAPS: dict[str, str] = {
    "Search flights to Tokyo in the most comfortable": "a superlative does not pick the top or bottom of ordered tiers",
    "Search flights to Lima in the cheapest": "a superlative does not pick the top or bottom of ordered tiers",
    "Quote me the most comprehensive": "a superlative does not pick the top or bottom of ordered tiers",
    "Quote the cheapest policy": "a superlative does not pick the top or bottom of ordered tiers",
    "Find the most luxurious rooms": "a superlative does not pick the top or bottom of ordered tiers",
    "Find a rental car at Gatwick, the cheapest": "a superlative does not pick the top or bottom of ordered tiers",
    "List the most generous phone plans": "a superlative does not pick the top or bottom of ordered tiers",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_an_option_said_in_other_words_is_chosen(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_rows_over_ten_domains() -> None:
    assert len(ROWS) >= 35
    assert len({spec["toolSpec"]["name"] for _, spec, _ in ROWS}) >= 10
