"""A battery of "and" inside one value against "and" between two values (one call or one per value).

Written for the simulator's rules on a title or a dish that holds "and", in subjects of its own (music,
film, theatre, books, food, travel, weather, science, shopping). A careful small model keeps one title
whole when a singular noun names its kind ("the song Ebony and Ivory") or it opens on a capitalised
"The" ("The Owl and the Pussycat"), and one dish whole when a singular thing is for or of it ("a recipe
for bread and butter pudding"); and it still makes one call per value of a series: "flights to Paris
and London", "the novels Dune and Emma", "the prices of tea and coffee". Each row gives the calls
wanted, in any order (strings compared without case).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import STR, fn


def one(name: str, description: str, parameter: str, about: str) -> dict:
    return fn(name, description, {parameter: (STR, about)}, [parameter])


SONG = one("song_play", "Play a song on a speaker.", "song", "Title of the song.")
MOVIE = one("movie_runtime", "Get the running time of a movie.", "movie", "Title of the movie.")
SHOW = one("find_showtimes", "Find showtimes for a stage show.", "title", "Title of the show.")
PODCAST = one("podcast_summary", "Get a summary of a podcast.", "podcast", "Name of the podcast.")
STORY = one("story_synopsis", "Get the synopsis of a story or poem.", "title", "The title.")
AUTHOR = one("find_author", "Find who wrote a book or poem.", "title", "The title of the work.")
GIG = fn(
    "concert_tickets",
    "Book concert tickets for an act in a city.",
    {"act": (STR, "The band or artist."), "city": (STR, "The city.")},
    ["act", "city"],
)
RECIPE = one("recipe_lookup", "Look up a recipe for a dish.", "dish", "The dish.")
BEER = one("beer_pairing", "Pick a beer that goes with a dish.", "dish", "The dish to pair.")
MENU = one("menu_builder", "Build a menu around a main course.", "main", "The main course.")
PLATE = one("plate_calories", "Estimate the calories of a meal.", "meal", "The meal.")
FLIGHTS = one("flight_search", "Search flights to a destination.", "destination", "The destination city.")
WEATHER = one("weather_now", "Get the current weather in a city.", "city", "The city.")
MELT = one("melting_point", "Get the melting point of an element.", "element", "The element.")
BOOK = one("book_summary", "Get a summary of a book.", "title", "The title of the book.")
PRICE = one("grocery_price", "Get the price of a grocery item.", "item", "The grocery item.")
DIRECTOR = one("film_director", "Get the director of a film.", "film", "Title of the film.")
LYRICS = one("song_lyrics", "Get the lyrics of a song.", "song", "Title of the song.")
STOCK = one("stock_quote", "Get the latest stock price of a company.", "company", "The company name.")

ROWS: list[tuple[str, dict, list[dict]]] = [
    # ---- one title: a singular noun names its kind, or it opens on a capitalised "The"
    ("Play the song Ebony and Ivory in the kitchen.", SONG, [{"song": "Ebony and Ivory"}]),
    ("How long is the film Fast and Furious?", MOVIE, [{"movie": "Fast and Furious"}]),
    (
        "Find showtimes for the opera Orpheus and the Furies in Vienna.",
        SHOW,
        [{"title": "Orpheus and the Furies"}],
    ),
    ("Give me a summary of the podcast Stuff and Nonsense.", PODCAST, [{"podcast": "Stuff and Nonsense"}]),
    ("Give me a synopsis of The Lion and the Mouse.", STORY, [{"title": "The Lion and the Mouse"}]),
    ("Who wrote The Owl and the Pussycat?", AUTHOR, [{"title": "The Owl and the Pussycat"}]),
    (
        "Book tickets for the duo Hall and Oates in Denver.",
        GIG,
        [{"act": "Hall and Oates", "city": "Denver"}],
    ),
    # ---- one dish: a singular thing is for or of it
    ("Give me a recipe for bread and butter pudding.", RECIPE, [{"dish": "bread and butter pudding"}]),
    ("Pick a beer to pair with bangers and mash.", BEER, [{"dish": "bangers and mash"}]),
    ("Build me a menu for surf and turf.", MENU, [{"main": "surf and turf"}]),
    ("Estimate the calories of a plate of rice and beans.", PLATE, [{"meal": "rice and beans"}]),
    # ---- a series: one call per value
    ("Find flights to Paris and London.", FLIGHTS, [{"destination": "Paris"}, {"destination": "London"}]),
    ("What's the weather in Oslo and Bergen?", WEATHER, [{"city": "Oslo"}, {"city": "Bergen"}]),
    ("Get the melting points of iron and copper.", MELT, [{"element": "iron"}, {"element": "copper"}]),
    ("Summarize the novels Dune and Emma.", BOOK, [{"title": "Dune"}, {"title": "Emma"}]),
    ("Get the prices of tea and coffee.", PRICE, [{"item": "tea"}, {"item": "coffee"}]),
    ("Find recipes for pancakes and waffles.", RECIPE, [{"dish": "pancakes"}, {"dish": "waffles"}]),
    ("Who directed Jaws and Alien?", DIRECTOR, [{"film": "Jaws"}, {"film": "Alien"}]),
    (
        "Find a flight to Rome and a flight to Milan.",
        FLIGHTS,
        [{"destination": "Rome"}, {"destination": "Milan"}],
    ),
    (
        "Get the lyrics of the songs Hello and Wonderwall.",
        LYRICS,
        [{"song": "Hello"}, {"song": "Wonderwall"}],
    ),
    ("Get the stock prices of Apple and Amazon.", STOCK, [{"company": "Apple"}, {"company": "Amazon"}]),
    ("Play Thriller and Bad in the lounge.", SONG, [{"song": "Thriller"}, {"song": "Bad"}]),
]


def _key(arguments: dict) -> tuple:
    return tuple(sorted((k, str(v).lower()) for k, v in arguments.items()))


@pytest.mark.parametrize(("request_text", "spec", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_and_joins_one_value_or_two(request_text: str, spec: dict, expected: list[dict]) -> None:
    got = calls(request_text, spec)
    assert all(name == spec["toolSpec"]["name"] for name, _ in got), got
    assert sorted(_key(a) for _, a in got) == sorted(_key(e) for e in expected), got


def test_the_battery_holds_both_sides() -> None:
    ones = sum(len(expected) == 1 for _, _, expected in ROWS)
    assert ones >= 10 and len(ROWS) - ones >= 10
