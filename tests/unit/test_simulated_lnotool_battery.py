"""A request in a tool's domain calls it: a battery written for this round in its own words, before the model
changes.

Real users seldom use the tool's own verb. They say what they want to end up with ("I'd like to hear some
jazz" to a tool that starts playback, "get me a cab to the station" to a ride-booking tool, "what's 12 plus
30" to a sum tool), name a thing by a near word ("taxi" for a cab, "salon" for a hair stylist, "film" for a
movie), or type a terse command. A small competent model still sees that the offered tool is the one that
does it, and calls. The subjects are the round's own: music, rides, arithmetic, hair and beauty, cinema,
pets, plants, cars, libraries, boats, knitting, weather, shops, flats to rent, dentists, chess.

Guard rows keep the declines a careful model makes: a request outside every offered tool's domain, small
talk, and a request for the opposite act, get no call even when a word of the tool appears in them.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params

PLAY_ARTIST = fn(
    "start_artist_playback",
    "Begin playback of every song by the given performer.",
    {"performer": (STR, "The performer's name, e.g. Nina Simone")},
    ["performer"],
)
RIDE = fn(
    "Rides_BookCab",
    "Book a cab to a destination address for a number of riders.",
    {"destination": (STR, "The address to go to"), "riders": (INT, "How many people ride")},
    ["destination"],
)
ADD_UP = fn(
    "total_of",
    "Compute the total of two numbers.",
    {"x": (NUM, "The first number"), "y": (NUM, "The second number")},
    ["x", "y"],
)
TAKE_AWAY = fn(
    "difference_of",
    "Take the second number away from the first and return what is left.",
    {"x": (NUM, "The first number"), "y": (NUM, "The number to take away")},
    ["x", "y"],
)
STYLIST = fn(
    "Beauty_FindStylist",
    "Find a hair stylist in a town.",
    {"town": (STR, "The town to look in, e.g. Bath")},
    ["town"],
)
MOVIES = fn(
    "Cinema_FindMovies",
    "Search for movies by director or leading actor.",
    {"director": (STR, "The director's name"), "actor": (STR, "An actor in the movie")},
    [],
)
VET = fn(
    "PetCare_FindVet",
    "Find a veterinary clinic in a city.",
    {"city": (STR, "The city, e.g. Leeds")},
    ["city"],
)
PLANT_WATER = fn(
    "garden_watering_schedule",
    "Get how often a houseplant should be watered.",
    {"plant": (STR, "The plant's common name, e.g. fern")},
    ["plant"],
)
CAR_VALUE = fn(
    "vehicle_resale_value",
    "Estimate the resale value of a used car.",
    {"model": (STR, "The car's make and model"), "year": (INT, "The model year")},
    ["model", "year"],
)
BOOK_RENEW = fn(
    "library_renew_loan",
    "Renew a borrowed book so it can be kept longer.",
    {"title": (STR, "The book's title")},
    ["title"],
)
BOAT_HIRE = fn(
    "Marina_RentBoat",
    "Rent a boat at a marina for a number of hours.",
    {"marina": (STR, "The marina's name"), "hours": (INT, "How many hours")},
    ["marina", "hours"],
)
YARN = fn(
    "knitting_yarn_needed",
    "Work out how much yarn a knitted garment needs.",
    {"garment": (STR, "The garment, e.g. scarf"), "size": (STR, "The size, e.g. M")},
    ["garment"],
)
WEATHER = fn(
    "Weather_GetForecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "The city, e.g. Oslo")},
    ["city"],
)
STOCK = fn(
    "shop_check_stock",
    "Check whether a product is in stock in a given size.",
    {"product_id": (STR, "The product's id"), "size": (STR, "The size, e.g. M")},
    ["product_id"],
)
FLATS = fn(
    "Homes_SearchRental",
    "Search for apartments to rent in a city with a number of bedrooms.",
    {"city": (STR, "The city"), "bedrooms": (INT, "Number of bedrooms")},
    ["city"],
)
DENTIST = fn(
    "Dental_BookVisit",
    "Book a dentist appointment on a date.",
    {"date": (STR, "The day, YYYY-MM-DD"), "patient": (STR, "The patient's name")},
    ["date", "patient"],
)
CHESS = fn(
    "chess_best_move",
    "Suggest the best move for a chess position given in FEN.",
    {"fen": (STR, "The position in FEN notation")},
    ["fen"],
)
WEB = fn(
    "WebLookup_search",
    "Look up information on the internet by a keyword.",
    {"keyword": (STR, "The keyword to search for")},
    ["keyword"],
)
RECIPES = fn(
    "kitchen_find_recipe",
    "Find cooking recipes by a keyword.",
    {"keyword": (STR, "The dish or ingredient")},
    ["keyword"],
)

SONG_SEARCH = fn(
    "Songs_LookUp",
    "Look up songs by genre and year of release.",
    {"genre": (STR, "The genre, e.g. Jazz"), "year": (STR, "The year of release")},
    [],
)

ROWS: list[tuple[str, list[dict], str | None]] = [
    # wanted by the goal, not the tool's verb
    ("I'd love to hear everything by Nina Simone.", [PLAY_ARTIST], "start_artist_playback"),
    ("I want to listen to all the songs by Fela Kuti.", [PLAY_ARTIST], "start_artist_playback"),
    ("Put on Miles Davis for me.", [PLAY_ARTIST, WEATHER], "start_artist_playback"),
    ("Could you find me a taxi to 14 Harbour Road, Whitby?", [RIDE, WEATHER], "Rides_BookCab"),
    ("I need a cab to the central station for two of us.", [RIDE], "Rides_BookCab"),
    ("Get me a ride to 9 Elm Street, please.", [RIDE, PLAY_ARTIST], "Rides_BookCab"),
    ("What do I get if I add 12 to 30?", [ADD_UP], "total_of"),
    ("What is 7.5 plus 2.5?", [ADD_UP, TAKE_AWAY], "total_of"),
    ("Add 40 and 15 together for me.", [ADD_UP, TAKE_AWAY], "total_of"),
    ("What is 90 minus 35?", [ADD_UP, TAKE_AWAY], "difference_of"),
    ("Subtract 8 from 20.", [ADD_UP, TAKE_AWAY], "difference_of"),
    ("Is there a hairdresser in Bath?", [STYLIST, VET], "Beauty_FindStylist"),
    ("Are there any hair salons in Harrogate?", [STYLIST, VET], "Beauty_FindStylist"),
    ("Find me a film directed by Agnes Varda.", [MOVIES, PLAY_ARTIST], "Cinema_FindMovies"),
    ("I'm bored, anything to watch starring Toni Collette?", [MOVIES, PLAY_ARTIST], "Cinema_FindMovies"),
    ("My dog is sick, is there a vet in Leeds?", [VET, STYLIST], "PetCare_FindVet"),
    ("How often should I water my fern?", [PLANT_WATER], "garden_watering_schedule"),
    ("What's my 2015 Honda Jazz worth now if I sell it?", [CAR_VALUE], "vehicle_resale_value"),
    ("Can I keep 'Middlemarch' a bit longer?", [BOOK_RENEW], "library_renew_loan"),
    ("I'd like to take a boat out at Dart Marina for 3 hours.", [BOAT_HIRE, WEATHER], "Marina_RentBoat"),
    ("How much wool will a size M scarf take?", [YARN], "knitting_yarn_needed"),
    ("Will it rain in Bergen?", [WEATHER, BOAT_HIRE], "Weather_GetForecast"),
    ("Do you have item JK-22 in size M?", [STOCK, YARN], "shop_check_stock"),
    ("Is product 5531 available in size L?", [STOCK], "shop_check_stock"),
    ("I need a two-bedroom flat in Glasgow.", [FLATS, BOAT_HIRE], "Homes_SearchRental"),
    ("Get me in to see the dentist on 2025-03-04, name is Ada Byrne.", [DENTIST], "Dental_BookVisit"),
    (
        "What should white play here: rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1",
        [CHESS],
        "chess_best_move",
    ),
    # a question of who or what, to a tool that looks things up on the web
    ("who is Ada Lovelace", [WEB, RECIPES, WEATHER], "WebLookup_search"),
    ("what is the Hanseatic League?", [WEB, RECIPES, WEATHER], "WebLookup_search"),
    ("Tell me about the Treaty of Utrecht.", [WEB, RECIPES], "WebLookup_search"),
    ("any recipes with leeks?", [RECIPES, WEB], "kitchen_find_recipe"),
    # guards: declines a careful model keeps, and a goal that the clause's own words already send elsewhere
    ("I'd like to listen to some jazz songs from 2019.", [PLAY_ARTIST, SONG_SEARCH], "Songs_LookUp"),
    ("I'd love to hear about your weekend.", [PLAY_ARTIST], None),
    ("Who are you, anyway?", [WEB, RECIPES], None),
    ("What is my next appointment?", [WEB, RECIPES], None),
    ("I'd like to watch out for storms in Bergen.", [MOVIES, STYLIST], None),
    ("Thanks, that's all for today!", [WEB, RECIPES, WEATHER], None),
    ("Tell me a joke about cats.", [MOVIES, PLAY_ARTIST], None),
    ("Book me a table for two at an Italian place.", [RIDE, STYLIST], None),
    ("How do I fix a flat bicycle tyre?", [CAR_VALUE, RIDE], None),
    ("Stop the music.", [PLAY_ARTIST], None),
    ("Cancel my dentist appointment on 2025-03-04 for Ada Byrne.", [DENTIST], None),
    ("Write me a poem about the sea.", [BOAT_HIRE, WEATHER], None),
    ("What is 6 times 7?", [ADD_UP, TAKE_AWAY], None),
]

GOAL = (
    "a goal ('listen to', 'love to hear', 'to watch') is not read as the act that serves it (play, a movie): "
    "that reading was tried and taken back, it lost a held-back BFCL case and gained none there"
)

GAPS: dict[str, str] = {
    "I'd love to hear everything by Nina Simone": GOAL,
    "I want to listen to all the songs by Fela Kuti": GOAL,
    "I'm bored, anything to watch starring Toni Collette": GOAL,
    "Put on Miles Davis": "'put on' a performer is not read as starting playback",
    "What's my 2015 Honda Jazz worth": "what a car is worth if sold is not read as its resale value",
    "Get me in to see the dentist": "'get me in to see' is not read as booking a visit",
    "What should white play here": "what to play in a position is not read as the best move",
    "Book me a table for two": "guard: the verb 'book' alone picks a cab-booking tool for a restaurant table",
    "Cancel my dentist appointment": "guard: cancelling is read as the booking the tool does",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_request_in_a_tools_domain_calls_it(
    request_text: str, tools: list[dict], expected: str | None
) -> None:
    got = [name for name, _ in calls(request_text, *tools)]
    assert got == ([expected] if expected else []), got


def test_the_battery_holds_enough_rows_and_guards() -> None:
    assert len(ROWS) >= 35
    assert sum(expected is None for _, _, expected in ROWS) >= 5
