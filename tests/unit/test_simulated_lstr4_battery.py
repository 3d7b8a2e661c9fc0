"""A work's title named by its kind noun: a battery written for this round, before the model changed.

Written in the genre of a function-calling benchmark's live categories (a service's lookup tool with several
name-like filters: a person, a work, a style), in subjects of its own: music, books, cinema, podcasts, video
games, theatre, art galleries, television, board games, software, cookbooks and sport. The class it covers:
the request names a work by the noun of its kind — "the album called Northern Lights", "the album Quiet
Harbour", "from the Paper Boats album" — and the tool has a parameter for that kind of work (`album`,
`series`, `show`) beside one for a person (`artist`, `author`, `host`). In English the kind noun says what
the name after (or before) it is: the album's title belongs in `album`, all of its capitalised words,
and never in `artist`; the person filter stays at its default when no person is named. Guard rows at the
end hold behaviour that must stay: a person named after "by", a work named in quotes.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params


def _lookup(name: str, description: str, person: str, work: str, style: str, styles: list[str]) -> dict:
    """A lookup tool in the live style: a person, a work and a style, each with a 'dontcare' default."""
    return fn(
        name,
        description,
        {
            person: (
                STR,
                f"The full name of the {person}. Use 'dontcare' to ignore this filter.",
                {"default": "dontcare"},
            ),
            work: (
                STR,
                f"The title of the {work}. Use 'dontcare' to ignore this filter.",
                {"default": "dontcare"},
            ),
            style: (
                STR,
                f"The {style}. Use 'dontcare' if it is not a filtering criterion.",
                {"enum": [*styles, "dontcare"], "default": "dontcare"},
            ),
        },
        [],
    )


SONGS = _lookup(
    "Songs_Lookup",
    "Find songs matching the listener's taste.",
    "artist",
    "album",
    "genre",
    ["Jazz", "Folk", "Rock", "Funk"],
)
BOOKS = _lookup(
    "Books_Find",
    "Find books in the library catalogue.",
    "author",
    "series",
    "genre",
    ["Crime", "Fantasy", "Romance"],
)
FILMS = _lookup(
    "Films_Search",
    "Search the film archive.",
    "director",
    "franchise",
    "genre",
    ["Comedy", "Horror", "Western"],
)
PODCASTS = _lookup(
    "Podcasts_Find", "Find podcast episodes.", "host", "show", "topic", ["History", "Science", "Business"]
)
GAMES = _lookup(
    "Games_Lookup",
    "Look up video games in the store.",
    "studio",
    "franchise",
    "platform",
    ["Console", "PC", "Mobile"],
)
PLAYS = _lookup(
    "Theatre_FindShows",
    "Find theatre performances in town.",
    "playwright",
    "production",
    "style",
    ["Musical", "Opera", "Drama"],
)
ART = _lookup(
    "Gallery_FindWorks",
    "Find artworks held by the gallery.",
    "painter",
    "exhibition",
    "medium",
    ["Oil", "Watercolour", "Print"],
)
TV = _lookup(
    "TV_FindEpisodes",
    "Find television episodes to stream.",
    "presenter",
    "series",
    "genre",
    ["Documentary", "Sitcom", "Drama"],
)
BOARD = _lookup(
    "BoardGames_Find",
    "Find board games in the shop.",
    "designer",
    "expansion",
    "category",
    ["Strategy", "Party", "Family"],
)
CODE = _lookup(
    "Repos_Search", "Search the code hosting site.", "owner", "project", "language", ["Python", "Rust", "Go"]
)
RECIPES = _lookup(
    "Recipes_Find",
    "Find recipes in the collection.",
    "chef",
    "cookbook",
    "cuisine",
    ["Italian", "Thai", "Mexican"],
)
SPORT = _lookup(
    "Sport_FindFixtures",
    "Find sports fixtures.",
    "coach",
    "league",
    "sport",
    ["Football", "Rugby", "Cricket"],
)

ANY = ("dontcare", OMIT)
"""A filter nobody narrowed: its catch-all, or left out."""

ROWS: list[tuple[str, dict, dict]] = [
    # ---- "the <kind> called/named/titled X"
    (
        "I'd like some songs from the album called Northern Lights Over Water.",
        SONGS,
        {"artist": ANY, "album": ("Northern Lights Over Water",), "genre": ANY},
    ),
    (
        "Find me tracks on the album named Quiet Harbour, I like Folk.",
        SONGS,
        {"artist": ANY, "album": ("Quiet Harbour",), "genre": ("Folk",)},
    ),
    (
        "Any books in the series called The Glass Orchard? Crime is my thing.",
        BOOKS,
        {"author": ANY, "series": ("The Glass Orchard",), "genre": ("Crime",)},
    ),
    (
        "Show me films from the franchise titled Midnight Run Home.",
        FILMS,
        {"director": ANY, "franchise": ("Midnight Run Home",), "genre": ANY},
    ),
    (
        "I want episodes of the show called Tiny Empires, something about History.",
        PODCASTS,
        {"host": ANY, "show": ("Tiny Empires",), "topic": ("History",)},
    ),
    (
        "Look up games in the franchise named Iron Lantern for PC.",
        GAMES,
        {"studio": ANY, "franchise": ("Iron Lantern",), "platform": ("PC",)},
    ),
    (
        "Are there performances of the production called The Salt Road? I love a Musical.",
        PLAYS,
        {"playwright": ANY, "production": ("The Salt Road",), "style": ("Musical",)},
    ),
    (
        "Which works hang in the exhibition titled Blue Hours Of Morning?",
        ART,
        {"painter": ANY, "exhibition": ("Blue Hours Of Morning",), "medium": ANY},
    ),
    (
        "Find episodes of the series called Cold Coast Kitchens.",
        TV,
        {"presenter": ANY, "series": ("Cold Coast Kitchens",), "genre": ANY},
    ),
    (
        "Do you stock the expansion named Harbour Lights? Strategy games only.",
        BOARD,
        {"designer": ANY, "expansion": ("Harbour Lights",), "category": ("Strategy",)},
    ),
    (
        "Search for the project called Tidewater Engine, written in Rust.",
        CODE,
        {"owner": ANY, "project": ("Tidewater Engine",), "language": ("Rust",)},
    ),
    (
        "Any Thai recipes in the cookbook titled Market Mornings?",
        RECIPES,
        {"chef": ANY, "cookbook": ("Market Mornings",), "cuisine": ("Thai",)},
    ),
    (
        "Find Rugby fixtures in the league called Western Shield.",
        SPORT,
        {"coach": ANY, "league": ("Western Shield",), "sport": ("Rugby",)},
    ),
    # ---- "the <kind> X" (the title right after the noun)
    (
        "I hear the album Paper Boats Drifting is lovely, find me songs from it.",
        SONGS,
        {"artist": ANY, "album": ("Paper Boats Drifting",), "genre": ANY},
    ),
    (
        "I like Jazz songs, and the album Late Trains is supposed to be good.",
        SONGS,
        {"artist": ANY, "album": ("Late Trains",), "genre": ("Jazz",)},
    ),
    (
        "My friend says the series Ashen Crown is great. Find me Fantasy books.",
        BOOKS,
        {"author": ANY, "series": ("Ashen Crown",), "genre": ("Fantasy",)},
    ),
    (
        "I loved the show Quiet Machines, find me Science episodes.",
        PODCASTS,
        {"host": ANY, "show": ("Quiet Machines",), "topic": ("Science",)},
    ),
    (
        "Is the production Winter Garden Waltz on this month? Opera, ideally.",
        PLAYS,
        {"playwright": ANY, "production": ("Winter Garden Waltz",), "style": ("Opera",)},
    ),
    (
        "I missed the exhibition River Of Lanterns; what Print works were in it?",
        ART,
        {"painter": ANY, "exhibition": ("River Of Lanterns",), "medium": ("Print",)},
    ),
    (
        "Find Sitcom episodes; the series Flat Nine is my favourite.",
        TV,
        {"presenter": ANY, "series": ("Flat Nine",), "genre": ("Sitcom",)},
    ),
    (
        "I want the cookbook Salt And Ember, Mexican dishes please.",
        RECIPES,
        {"chef": ANY, "cookbook": ("Salt And Ember",), "cuisine": ("Mexican",)},
    ),
    (
        "Find Python code in the project Grey Heron.",
        CODE,
        {"owner": ANY, "project": ("Grey Heron",), "language": ("Python",)},
    ),
    # ---- "the X <kind>" (the title right before the noun)
    (
        "I'd like some Funk from the Velvet Engine album.",
        SONGS,
        {"artist": ANY, "album": ("Velvet Engine",), "genre": ("Funk",)},
    ),
    (
        "Play me something Rock from the Broken Compass album, pick a few tracks.",
        SONGS,
        {"artist": ANY, "album": ("Broken Compass",), "genre": ("Rock",)},
    ),
    (
        "Find Crime novels in the Harbour Detective series.",
        BOOKS,
        {"author": ANY, "series": ("Harbour Detective",), "genre": ("Crime",)},
    ),
    (
        "Show me Horror films from the Hollow Pines franchise.",
        FILMS,
        {"director": ANY, "franchise": ("Hollow Pines",), "genre": ("Horror",)},
    ),
    (
        "Any Business episodes of the Small Ledger show?",
        PODCASTS,
        {"host": ANY, "show": ("Small Ledger",), "topic": ("Business",)},
    ),
    (
        "List Mobile games from the Star Orchard franchise.",
        GAMES,
        {"studio": ANY, "franchise": ("Star Orchard",), "platform": ("Mobile",)},
    ),
    (
        "Find Documentary episodes from the Deep Rivers series.",
        TV,
        {"presenter": ANY, "series": ("Deep Rivers",), "genre": ("Documentary",)},
    ),
    (
        "Do you have Family games from the Lantern Bay expansion?",
        BOARD,
        {"designer": ANY, "expansion": ("Lantern Bay",), "category": ("Family",)},
    ),
    (
        "What Oil paintings are in the Summer Tides exhibition?",
        ART,
        {"painter": ANY, "exhibition": ("Summer Tides",), "medium": ("Oil",)},
    ),
    (
        "Find Cricket fixtures in the Coastal Counties league.",
        SPORT,
        {"coach": ANY, "league": ("Coastal Counties",), "sport": ("Cricket",)},
    ),
    (
        "Show Italian recipes from the Sunday Table cookbook.",
        RECIPES,
        {"chef": ANY, "cookbook": ("Sunday Table",), "cuisine": ("Italian",)},
    ),
    # ---- harder spans: a one-word title, a title of small words, a capitalised sentence after it
    (
        "I'm in the mood for Jazz from the Driftwood album, Pick a few tracks for me?",
        SONGS,
        {"artist": ANY, "album": ("Driftwood",), "genre": ("Jazz",)},
    ),
    (
        "There are good songs on the album called All We Had Is Now, I enjoy Rock songs.",
        SONGS,
        {"artist": ANY, "album": ("All We Had Is Now",), "genre": ("Rock",)},
    ),
    (
        "I heard the album Keep It To Me is really good. Find me songs from it.",
        SONGS,
        {"artist": ANY, "album": ("Keep It To Me",), "genre": ANY},
    ),
    (
        "Find Crime books in the Nightfall series, Please hurry.",
        BOOKS,
        {"author": ANY, "series": ("Nightfall",), "genre": ("Crime",)},
    ),
    (
        "I want the series called What We Left Behind. Fantasy only.",
        BOOKS,
        {"author": ANY, "series": ("What We Left Behind",), "genre": ("Fantasy",)},
    ),
    (
        "Find Business episodes of the show named Counting Up, please.",
        PODCASTS,
        {"host": ANY, "show": ("Counting Up",), "topic": ("Business",)},
    ),
    # ---- guards: a person after "by", a title in quotes
    (
        "Find songs by Mara Quill from the album 'Low Tide'.",
        SONGS,
        {"artist": ("Mara Quill",), "album": ("Low Tide",), "genre": ANY},
    ),
    (
        "Find Fantasy books by Tomas Reed.",
        BOOKS,
        {"author": ("Tomas Reed",), "series": ANY, "genre": ("Fantasy",)},
    ),
    (
        "Show me Western films directed by Ada Lindqvist.",
        FILMS,
        {"director": ("Ada Lindqvist",), "franchise": ANY, "genre": ("Western",)},
    ),
    (
        "Find episodes of 'Tiny Empires' hosted by Ravi Oduya.",
        PODCASTS,
        {"host": ("Ravi Oduya",), "show": ("Tiny Empires",), "topic": ANY},
    ),
    ("Find Folk songs by Ines Varga.", SONGS, {"artist": ("Ines Varga",), "album": ANY, "genre": ("Folk",)}),
]

GAPS: dict[str, str] = {
    "Show Italian recipes from the Sunday": "'Sunday' read as a day, the title cut to 'Table'",
    "Find episodes of 'Tiny Empires' hosted": "a quoted title with no kind noun before it not placed in `show`",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_a_work_named_by_its_kind_noun(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_enough_rows_and_domains() -> None:
    assert len(ROWS) >= 35
    assert len({row[1]["toolSpec"]["name"] for row in ROWS}) >= 10
