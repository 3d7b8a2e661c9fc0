"""Values the user gave: a battery of one-call requests written for this round, in subjects of its own.

Each request states an optional value in a way a small competent model reads without trouble, and which
the simulator left out: a count of the people a booking is for, said as "for two" or "a party of four"
with no noun after the number, or as "just for me" (one person); and a kind of thing named not by the
option's own word but by a plain word that means it ("scary" stories are the Horror genre, "funny" ones
Comedy, a "cartoon" is Animation). The guard rows at the end keep what must stay: a number after "for"
that has a unit or is a year counts no people, a word near no option fills no kind, and a required value
the request does not give is asked for.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

# ---- tools of this battery's own subjects
TAXI = fn(
    "Taxi_FindRide",
    "Book a taxi to a destination for a number of riders.",
    {
        "destination": (STR, "Where to go, as 'Street, City'."),
        "number_of_riders": (INT, "The number of riders. Defaults to 1."),
    },
    ["destination"],
)
TABLE = fn(
    "Dining_BookTable",
    "Book a table at a restaurant.",
    {"restaurant": (STR, "The restaurant name."), "party_size": (INT, "The number of guests.")},
    ["restaurant"],
)
CABIN = fn(
    "Lodging_SearchCabins",
    "Search cabins to rent in a region.",
    {
        "region": (STR, "The region, e.g. Lake Tahoe."),
        "number_of_guests": (INT, "The number of guests staying. Use 0 for any."),
    },
    ["region"],
)
BOAT = fn(
    "Tours_BookBoatTrip",
    "Book a boat trip on a lake or a river.",
    {
        "waterway": (STR, "The lake or river, e.g. Lake Como."),
        "passengers": (INT, "How many passengers are coming."),
    },
    ["waterway"],
)
MUSEUM = fn(
    "Museum_ReserveTour",
    "Reserve a guided tour of a museum.",
    {
        "museum": (STR, "The name of the museum."),
        "visitors": (INT, "The number of visitors in the group."),
    },
    ["museum"],
)
CAMPSITE = fn(
    "Outdoors_FindCampsite",
    "Find a campsite in a national park.",
    {
        "park": (STR, "The national park, e.g. Yosemite."),
        "campers": (INT, "The number of campers."),
    },
    ["park"],
)
CLASS = fn(
    "Fitness_BookClass",
    "Book a place in a fitness class at the gym.",
    {
        "class_name": (STR, "The class, e.g. spinning."),
        "attendees": (INT, "The number of attendees to book for."),
    },
    ["class_name"],
)
BOOKS = fn(
    "Library_FindBooks",
    "Find books by author and genre.",
    {
        "author": (STR, "The author's name."),
        "genre": (
            STR,
            "The genre of the book.",
            {
                "enum": [
                    "Mystery",
                    "Romance",
                    "Horror",
                    "Fantasy",
                    "Biography",
                    "Comedy",
                    "Poetry",
                    "dontcare",
                ]
            },
        ),
    },
    [],
)
GAMES = fn(
    "Games_Search",
    "Search video games by platform and genre.",
    {
        "platform": (STR, "The platform, e.g. Switch."),
        "genre": (
            STR,
            "The game genre.",
            {"enum": ["Racing", "Puzzle", "Sports", "Horror", "Strategy", "dontcare"]},
        ),
    },
    [],
)
PODCAST = fn(
    "Podcasts_Find",
    "Find podcasts by host and category.",
    {
        "host": (STR, "The name of the host."),
        "category": (
            STR,
            "The category.",
            {"enum": ["News", "Comedy", "History", "Science", "Sports", "dontcare"]},
        ),
    },
    [],
)
SHOWS = fn(
    "TV_FindShows",
    "Find TV shows by network and genre.",
    {
        "network": (STR, "The TV network, e.g. HBO."),
        "genre": (
            STR,
            "The genre.",
            {"enum": ["Drama", "Comedy", "Animation", "Horror", "Documentary", "dontcare"]},
        ),
    },
    [],
)
BOARD = fn(
    "Hobby_FindBoardGames",
    "Find board games for a number of players.",
    {
        "players": (INT, "The number of players."),
        "theme": (STR, "The theme.", {"enum": ["Fantasy", "Horror", "War", "Trains", "Farming", "dontcare"]}),
    },
    [],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a count of people said as "for N", "a party of N", "N ppl" (rides, dining, lodging, tours, ...)
    (
        "Get me a taxi for two to 5 Oak Road, Leeds.",
        TAXI,
        {"destination": ["5 Oak Road, Leeds"], "number_of_riders": [2]},
    ),
    (
        "I need a cab for 3 to 18 Mill Lane, York",
        TAXI,
        {"destination": ["18 Mill Lane, York"], "number_of_riders": [3]},
    ),
    (
        "Taxi to 7 Bridge Street, Bath for four, please.",
        TAXI,
        {"destination": ["7 Bridge Street, Bath"], "number_of_riders": [4]},
    ),
    ("Book a table at Nando's for 6.", TABLE, {"restaurant": ["Nando's", "Nando"], "party_size": [6]}),
    ("Could you book a table at Chez Paul for two?", TABLE, {"restaurant": ["Chez Paul"], "party_size": [2]}),
    ("Reserve a table at Dishoom for a party of 5.", TABLE, {"restaurant": ["Dishoom"], "party_size": [5]}),
    (
        "Find a cabin in Lake Tahoe that sleeps 5 ppl.",
        CABIN,
        {"region": ["Lake Tahoe"], "number_of_guests": [5]},
    ),
    (
        "Search cabins in the Catskills for 3.",
        CABIN,
        {"region": ["Catskills", "the Catskills"], "number_of_guests": [3]},
    ),
    ("Book a boat trip on Lake Como for 4.", BOAT, {"waterway": ["Lake Como"], "passengers": [4]}),
    (
        "A boat trip on the Thames for six, please",
        BOAT,
        {"waterway": ["Thames", "the Thames"], "passengers": [6]},
    ),
    (
        "Reserve a guided tour of the Louvre for 8.",
        MUSEUM,
        {"museum": ["Louvre", "the Louvre"], "visitors": [8]},
    ),
    ("Reserve a Prado tour for a group of 12.", MUSEUM, {"museum": ["Prado"], "visitors": [12]}),
    ("Find a campsite in Yosemite for 3 ppl.", CAMPSITE, {"park": ["Yosemite"], "campers": [3]}),
    ("Find a campsite in Zion for five.", CAMPSITE, {"park": ["Zion"], "campers": [5]}),
    (
        "Book the spinning class for two.",
        CLASS,
        {"class_name": ["spinning", "spinning class"], "attendees": [2]},
    ),
    ("Book a yoga class for 3 ppl", CLASS, {"class_name": ["yoga", "yoga class"], "attendees": [3]}),
    ("Find board games for 4.", BOARD, {"players": [4], "theme": [OMIT, "dontcare"]}),
    # ---- a kind named by a plain word that means the option (books, games, podcasts, TV, board games)
    ("Find scary books by Stephen King.", BOOKS, {"author": ["Stephen King"], "genre": ["Horror"]}),
    ("Any funny books by Terry Pratchett?", BOOKS, {"author": ["Terry Pratchett"], "genre": ["Comedy"]}),
    ("Find books of ghost stories by Susan Hill.", BOOKS, {"author": ["Susan Hill"], "genre": ["Horror"]}),
    ("Find romantic books by Jane Austen.", BOOKS, {"author": ["Jane Austen"], "genre": ["Romance"]}),
    ("Find me scary games for the Switch.", GAMES, {"platform": ["Switch"], "genre": ["Horror"]}),
    ("Find ghost games on the PlayStation.", GAMES, {"platform": ["PlayStation"], "genre": ["Horror"]}),
    ("Search for football games on the Xbox.", GAMES, {"platform": ["Xbox"], "genre": ["Sports"]}),
    (
        "Find funny podcasts hosted by Conan O'Brien.",
        PODCAST,
        {"host": ["Conan O'Brien"], "category": ["Comedy"]},
    ),
    (
        "Find podcasts about football hosted by Gary Lineker.",
        PODCAST,
        {"host": ["Gary Lineker"], "category": ["Sports"]},
    ),
    ("Find cartoon shows on Nickelodeon.", SHOWS, {"network": ["Nickelodeon"], "genre": ["Animation"]}),
    ("Find funny shows on NBC.", SHOWS, {"network": ["NBC"], "genre": ["Comedy"]}),
    ("Find scary shows on HBO.", SHOWS, {"network": ["HBO"], "genre": ["Horror"]}),
    ("Find animated shows on Netflix.", SHOWS, {"network": ["Netflix"], "genre": ["Animation"]}),
    ("Find scary board games for 4 players.", BOARD, {"players": [4], "theme": ["Horror"]}),
    ("Board games about railways for 3 players?", BOARD, {"players": [3], "theme": ["Trains"]}),
    # ---- guard rows: the optional value must stay out
    (
        "Book a taxi to 9 King Street, Derby for 9 pm.",
        TAXI,
        {"destination": ["9 King Street, Derby"], "number_of_riders": [OMIT, 1]},
    ),
    ("Book a table at Nando's for 8:30.", TABLE, {"restaurant": ["Nando's", "Nando"], "party_size": [OMIT]}),
    ("Search cabins in Aspen for 3 nights.", CABIN, {"region": ["Aspen"], "number_of_guests": [OMIT, 0]}),
    ("Find books by Agatha Christie.", BOOKS, {"author": ["Agatha Christie"], "genre": [OMIT, "dontcare"]}),
    ("Find shows on the BBC.", SHOWS, {"network": ["BBC", "the BBC"], "genre": [OMIT, "dontcare"]}),
    ("Find new games for the Switch.", GAMES, {"platform": ["Switch"], "genre": [OMIT, "dontcare"]}),
    (
        "Find podcasts hosted by a red-haired man named Ed Gamble.",
        PODCAST,
        {"host": ["Ed Gamble"], "category": [OMIT, "dontcare"]},
    ),
]

GUARDS: list[tuple[str, dict]] = [
    ("Get me a taxi for two, please.", TAXI),
    ("Book a table for four.", TABLE),
    ("Reserve a guided tour for a group of 12.", MUSEUM),
    ("Find a campsite for 3 ppl.", CAMPSITE),
]
"""Asking back is right: the count is given, the required place or name is not."""

CAB = "tool choice: 'a cab' is not read as asking the taxi tool (the count itself is read)"
NAME_ON = "a broadcaster or platform after 'on' is not read as the name (another reading than this battery's)"

GAPS: dict[str, str] = {
    "I need a cab for 3": CAB,
    "Find ghost games on the PlayStation": NAME_ON + "; the genre is read (Horror)",
    "Search for football games on the Xbox": NAME_ON + "; the genre is read (Sports)",
    "Find cartoon shows on Nickelodeon": NAME_ON + "; the genre is read (Animation)",
    "Find funny shows on NBC": NAME_ON + "; the genre is read (Comedy)",
    "Find animated shows on Netflix": NAME_ON,
    "Find shows on the BBC": NAME_ON,
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""

GUARD_GAPS: dict[str, str] = {
    "Reserve a guided tour for a group": "the count is read, but 'group' is left over and taken as the museum's name",
}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_a_value_the_user_gave_is_filled(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


@pytest.mark.parametrize(
    ("request_text", "spec"),
    [
        pytest.param(
            r,
            t,
            marks=[
                pytest.mark.xfail(strict=True, reason=why) for k, why in GUARD_GAPS.items() if r.startswith(k)
            ],
            id=r[:40],
        )
        for r, t in GUARDS
    ],
)
def test_a_missing_required_value_is_asked_for(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


def test_the_battery_holds_thirty_five_rows_over_ten_domains() -> None:
    assert len(ROWS) + len(GUARDS) >= 35
    assert len({spec["toolSpec"]["name"].split("_")[0] for _, spec, _ in ROWS}) >= 10
