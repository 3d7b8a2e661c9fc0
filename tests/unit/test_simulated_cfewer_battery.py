"""One tool called once per value, however English spreads the values: a battery written for this round.

Every row offers the same catalogue of nineteen tools in many subjects (astronomy, gardening, aviation,
linguistics, chemistry, libraries, parcels, music, nutrition, rail, lodging, geometry, games of chance,
dog breeds, chess, savings, playlists, polls, cinema). People ask for one tool several times in many shapes: a
series ("3, 5 and 7", "3, 5, or 7", "both X and Y", "X as well as Y", "X along with Y", "each of X, Y and
Z", "X; Y; Z"), the ask said once and repeated for another value ("Do the same for Y.", "Also for Y",
"What about Y?", "and then for Y", "I also need Y's"), a numbered list ("1) … 2) …") or bullets on lines of
their own, pairs spread over two parameters ("from Paris to Lyon and from Oslo to Bergen", "A vs B and C vs
D", "respectively"), and two series that multiply. A careful small model makes one call per value (order
free). The guard rows keep one call where one is right: an "and" inside a noun phrase, a range "between 3
and 5" that fills a minimum and a maximum, a list parameter that takes the whole series, and two values of
different parameters ("3 adults and 2 children" for one booking).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, floats, fn, params, strs
from test_simulated_parallel_style_battery import c, matched

MOON = fn(
    "astro_moon_phase",
    "Get the phase of the moon on a given date.",
    {"date": (STR, "The date, in YYYY-MM-DD format.")},
    ["date"],
)
WATER = fn(
    "garden_watering_schedule",
    "Suggest how often to water a plant.",
    {"plant": (STR, "The plant, e.g. tomato."), "climate": (STR, "The climate, e.g. dry or humid.")},
    ["plant"],
)
DELAY = fn(
    "airport_delay_status",
    "Get the current departure delay status of an airport.",
    {"airport_code": (STR, "The IATA code of the airport, e.g. LHR.")},
    ["airport_code"],
)
SYLLABLES = fn(
    "words_count_syllables",
    "Count the syllables in an English word.",
    {"word": (STR, "The word.")},
    ["word"],
)
BOILING = fn(
    "chem_boiling_point",
    "Get the boiling point of a substance.",
    {
        "substance": (STR, "The substance, e.g. ethanol."),
        "pressure_atm": (NUM, "The pressure in atmospheres. Default 1."),
    },
    ["substance"],
)
LIBRARY = fn(
    "library_check_availability",
    "Check whether a library book is available to borrow.",
    {"title": (STR, "The book title."), "branch": (STR, "The library branch.")},
    ["title"],
)
PARCEL = fn(
    "parcel_track",
    "Track a parcel by its tracking id.",
    {"tracking_id": (STR, "The tracking id."), "carrier": (STR, "The carrier, e.g. DHL.")},
    ["tracking_id"],
)
CHORD = fn(
    "music_chord_notes",
    "List the notes of a chord.",
    {"chord": (STR, "The chord symbol, e.g. Bb or E7.")},
    ["chord"],
)
CALORIES = fn(
    "nutrition_calories",
    "Count the calories in a portion of a food.",
    {"food": (STR, "The food."), "grams": (NUM, "The portion in grams.")},
    ["food", "grams"],
)
RAIL = fn(
    "rail_journey_time",
    "Get the train journey time between two stations.",
    {
        "origin_station": (STR, "The station the journey starts from."),
        "destination_station": (STR, "The station the journey ends at."),
    },
    ["origin_station", "destination_station"],
)
ROOM = fn(
    "lodging_book_room",
    "Book a hotel room.",
    {
        "hotel": (STR, "The hotel name."),
        "adults": (INT, "The number of adults."),
        "children": (INT, "The number of children."),
    },
    ["hotel", "adults"],
)
HEXAGON = fn(
    "geometry_hexagon_area",
    "Compute the area of a regular hexagon from its side length.",
    {"side": (NUM, "The side length.")},
    ["side"],
)
DICE = fn(
    "chance_random_integer",
    "Draw a random integer between a minimum and a maximum.",
    {"min": (INT, "The smallest value allowed."), "max": (INT, "The largest value allowed.")},
    ["min", "max"],
)
BREED = fn(
    "dogs_breed_profile",
    "Get the temperament and size profile of a dog breed.",
    {"breed": (STR, "The breed, e.g. beagle.")},
    ["breed"],
)
CHESS = fn(
    "chess_head_to_head",
    "Get the head-to-head record of two chess players.",
    {"player_a": (STR, "The first player."), "player_b": (STR, "The second player.")},
    ["player_a", "player_b"],
)
SAVINGS = fn(
    "savings_future_value",
    "Compute what a savings deposit grows to with yearly compound interest.",
    {
        "principal": (NUM, "The amount deposited."),
        "annual_rate": (NUM, "The yearly interest rate in percent."),
        "years": (INT, "The number of years."),
    },
    ["principal", "annual_rate", "years"],
)
PLAYLIST = fn(
    "playlist_create",
    "Create a playlist from a list of tracks.",
    {"playlist_name": (STR, "The playlist name."), "tracks": strs("The track titles.")},
    ["playlist_name", "tracks"],
)
POLL = fn(
    "poll_average",
    "Average a list of poll scores.",
    {"scores": floats("The scores.")},
    ["scores"],
)
CINEMA = fn(
    "cinema_showtimes",
    "Find film showtimes in a city.",
    {
        "genre": (STR, "The genre of film.", {"enum": ["Horror", "Comedy", "Drama", "Animation"]}),
        "city": (STR, "The city."),
    },
    ["genre", "city"],
)
CATALOGUE = [MOON, WATER, DELAY, SYLLABLES, BOILING, LIBRARY, PARCEL, CHORD, CALORIES]
CATALOGUE += [RAIL, ROOM, HEXAGON, DICE, BREED, CHESS, SAVINGS, PLAYLIST, POLL, CINEMA]


def syl(*words: str) -> list:
    return [c("words_count_syllables", word=w) for w in words]


def hexes(*sides: float) -> list:
    return [c("geometry_hexagon_area", side=s) for s in sides]


def delays(*codes: str) -> list:
    return [c("airport_delay_status", airport_code=code) for code in codes]


def rail(*pairs: tuple[str, str]) -> list:
    return [c("rail_journey_time", origin_station=a, destination_station=b) for a, b in pairs]


def rate(percent: float) -> list:
    return [percent, percent / 100]


ROWS: list[tuple[str, list]] = [
    # ---- a series in its many forms
    ("How many syllables are there in 'banana', 'umbrella' and 'cat'?", syl("banana", "umbrella", "cat")),
    ("What's the area of a regular hexagon with a side of 3, 5, or 7 cm?", hexes(3, 5, 7)),
    ("Track both ZX-1001 and ZX-2002.", [c("parcel_track", tracking_id=t) for t in ("ZX-1001", "ZX-2002")]),
    (
        "What's the boiling point of ethanol as well as acetone?",
        [c("chem_boiling_point", substance=s) for s in ("ethanol", "acetone")],
    ),
    (
        "Is 'Middlemarch' available to borrow along with 'Persuasion'?",
        [c("library_check_availability", title=t) for t in ("Middlemarch", "Persuasion")],
    ),
    (
        "Show me the breed profile for each of the beagle, the whippet and the corgi.",
        [c("dogs_breed_profile", breed=b) for b in ("beagle", "whippet", "corgi")],
    ),
    ("Count the syllables in 'river'; 'mountain'; 'forest'.", syl("river", "mountain", "forest")),
    ("Departure delays for SFO, LAX as well as SEA, please.", delays("SFO", "LAX", "SEA")),
    ("Find the hexagon area for sides of 2 and 4 and 6 metres.", hexes(2, 4, 6)),
    (
        "Which notes make up the Dm, the G7 and the Cmaj7 chords?",
        [c("music_chord_notes", chord=ch) for ch in ("Dm", "G7", "Cmaj7")],
    ),
    # ---- the ask said once, then repeated for another value
    (
        "What's the moon phase on 2025-03-14? Do the same for 2025-04-13.",
        [c("astro_moon_phase", date=d) for d in ("2025-03-14", "2025-04-13")],
    ),
    (
        "How long is the train from Leeds to York? Also from Hull to Selby.",
        rail(("Leeds", "York"), ("Hull", "Selby")),
    ),
    ("Check the delay status at LHR. What about CDG?", delays("LHR", "CDG")),
    (
        "Get the chord notes for Gm and then for Em.",
        [c("music_chord_notes", chord=ch) for ch in ("Gm", "Em")],
    ),
    ("Get the delay status at JFK. I also need ORD's.", delays("JFK", "ORD")),
    ("Get the delay status at JFK. And I also need ORD's.", delays("JFK", "ORD")),
    (
        "What's the moon phase on 2025-01-01, and what about 2025-02-01?",
        [c("astro_moon_phase", date=d) for d in ("2025-01-01", "2025-02-01")],
    ),
    ("Is AMS delayed right now? And MAD?", delays("AMS", "MAD")),
    (
        "What are the notes of Fm? Same question for Bm.",
        [c("music_chord_notes", chord=ch) for ch in ("Fm", "Bm")],
    ),
    (
        "Get the syllable count of 'elephant'. I also want to know it for 'giraffe'.",
        syl("elephant", "giraffe"),
    ),
    (
        "Tell me the calories in 30 g of cheddar, then do the same for 30 g of brie.",
        [c("nutrition_calories", food=f, grams=30) for f in ("cheddar", "brie")],
    ),
    (
        "How long does the train take from Madrid to Seville, and what about Madrid to Valencia?",
        rail(("Madrid", "Seville"), ("Madrid", "Valencia")),
    ),
    (
        "Give me a breed profile of the poodle, then the labrador, then the husky.",
        [c("dogs_breed_profile", breed=b) for b in ("poodle", "labrador", "husky")],
    ),
    ("Track ZX-1001 plus ZX-2002.", [c("parcel_track", tracking_id=t) for t in ("ZX-1001", "ZX-2002")]),
    (
        "How many calories in 100 g of oats? Same for 100 g of rice.",
        [c("nutrition_calories", food=f, grams=100) for f in ("oats", "rice")],
    ),
    (
        "Profile the beagle. The whippet as well.",
        [c("dogs_breed_profile", breed=b) for b in ("beagle", "whippet")],
    ),
    (
        "Give me the breed profile of the beagle. Also the whippet and the corgi.",
        [c("dogs_breed_profile", breed=b) for b in ("beagle", "whippet", "corgi")],
    ),
    # ---- numbered lists and bullets
    (
        "Please track: 1) QR-11 2) QR-22 3) QR-33",
        [c("parcel_track", tracking_id=t) for t in ("QR-11", "QR-22", "QR-33")],
    ),
    (
        "Find the calorie counts for:\n- 100 g of oats\n- 50 g of almonds",
        [c("nutrition_calories", food="oats", grams=100), c("nutrition_calories", food="almonds", grams=50)],
    ),
    (
        "Moon phases I need:\n1. 2025-07-04\n2. 2025-12-25",
        [c("astro_moon_phase", date=d) for d in ("2025-07-04", "2025-12-25")],
    ),
    # ---- pairs spread over two parameters
    (
        "How long does the train take from Paris to Lyon and from Oslo to Bergen?",
        rail(("Paris", "Lyon"), ("Oslo", "Bergen")),
    ),
    (
        "Head-to-head record: Carlsen vs Nakamura and Ding vs Nepomniachtchi.",
        [
            c("chess_head_to_head", player_a="Carlsen", player_b="Nakamura"),
            c("chess_head_to_head", player_a="Ding", player_b="Nepomniachtchi"),
        ],
    ),
    (
        "Track AB-100 and AB-200 with DHL and UPS respectively.",
        [
            c("parcel_track", tracking_id="AB-100", carrier="DHL"),
            c("parcel_track", tracking_id="AB-200", carrier="UPS"),
        ],
    ),
    (
        "Is 'Emma' available at the Central branch and 'Dracula' at the Riverside branch?",
        [
            c("library_check_availability", title="Emma", branch="Central"),
            c("library_check_availability", title="Dracula", branch="Riverside"),
        ],
    ),
    (
        "How often should I water tomatoes in a dry climate and basil in a humid climate?",
        [
            c("garden_watering_schedule", plant=["tomatoes", "tomato"], climate="dry"),
            c("garden_watering_schedule", plant="basil", climate="humid"),
        ],
    ),
    (
        "What's the boiling point of water at 1 atm and at 2 atm?",
        [c("chem_boiling_point", substance="water", pressure_atm=p) for p in (1, 2)],
    ),
    (
        "How many calories are in 200 g of rice and in 150 g of salmon?",
        [c("nutrition_calories", food="rice", grams=200), c("nutrition_calories", food="salmon", grams=150)],
    ),
    (
        "Compare Kasparov vs Karpov, and Fischer vs Spassky, head to head.",
        [
            c("chess_head_to_head", player_a="Kasparov", player_b="Karpov"),
            c("chess_head_to_head", player_a="Fischer", player_b="Spassky"),
        ],
    ),
    (
        "Draw a random integer between 1 and 6, and another between 1 and 20.",
        [c("chance_random_integer", min=1, max=m) for m in (6, 20)],
    ),
    # ---- series that multiply, or a value said for each
    (
        "What will $1000 grow to in 10 years, at 5% and at 7% each?",
        [c("savings_future_value", principal=1000, annual_rate=rate(r), years=10) for r in (5, 7)],
    ),
    (
        "Compare deposits of $500 and $800 over 10 years, each at 3% and at 6%.",
        [
            c("savings_future_value", principal=p, annual_rate=rate(r), years=10)
            for p in (500, 800)
            for r in (3, 6)
        ],
    ),
    (
        "Are there any horror films or comedy films showing in Leeds tonight?",
        [c("cinema_showtimes", genre=g, city="Leeds") for g in ("Horror", "Comedy")],
    ),
    (
        "Find me any drama or animation showtimes in York.",
        [c("cinema_showtimes", genre=g, city="York") for g in ("Drama", "Animation")],
    ),
    # ---- guards: one call is right
    (
        "How many calories are in 250 g of macaroni and cheese?",
        [c("nutrition_calories", food="macaroni and cheese", grams=250)],
    ),
    ("Give me a random integer between 3 and 5.", [c("chance_random_integer", min=3, max=5)]),
    (
        "Make a playlist called 'Road Trip' with 'Jolene', 'Vienna' and 'Africa'.",
        [c("playlist_create", playlist_name="Road Trip", tracks=[["Jolene", "Vienna", "Africa"]])],
    ),
    (
        "Book a room at the Grand Hotel for 3 adults and 2 children.",
        [c("lodging_book_room", hotel=["Grand Hotel", "the Grand Hotel"], adults=3, children=2)],
    ),
    ("What's the average of the poll scores 4, 8 and 15?", [c("poll_average", scores=[[4, 8, 15]])]),
    ("How long is the train from Bristol to Bath?", rail(("Bristol", "Bath"))),
    (
        "Check whether 'Pride and Prejudice' is available at the Westgate branch.",
        [c("library_check_availability", title="Pride and Prejudice", branch="Westgate")],
    ),
    (
        "What's the head-to-head record between Carlsen and Caruana?",
        [c("chess_head_to_head", player_a="Carlsen", player_b="Caruana")],
    ),
    (
        "What's the boiling point of ethanol at 2 atm?",
        [c("chem_boiling_point", substance="ethanol", pressure_atm=2)],
    ),
    (
        "What will $1000 grow to at 5% for 10 years?",
        [c("savings_future_value", principal=1000, annual_rate=rate(5), years=10)],
    ),
    (
        "Should I watch a horror film or a comedy film in Leeds tonight? Find horror showtimes.",
        [c("cinema_showtimes", genre="Horror", city="Leeds")],
    ),
    (
        "Give me the breed profile of the beagle. Also, what's the moon phase on 2025-05-05?",
        [c("dogs_breed_profile", breed="beagle"), c("astro_moon_phase", date="2025-05-05")],
    ),
    (
        "Check the delay status at LHR. And the boiling point of ethanol?",
        [c("airport_delay_status", airport_code="LHR"), c("chem_boiling_point", substance="ethanol")],
    ),
    ("Profile the beagle. The whippet is my favourite though.", [c("dogs_breed_profile", breed="beagle")]),
    ("Track ZX-9 and tell me where it is.", [c("parcel_track", tracking_id="ZX-9", carrier=OMIT)]),
    (
        "What are the notes of G7 and how do I voice it?",
        [c("music_chord_notes", chord="G7")],
    ),
    (
        "Give me the breed profile of a big and gentle dog like the Newfoundland.",
        [c("dogs_breed_profile", breed="Newfoundland")],
    ),
]

ALONG = "'X along with Y' after a verb phrase that ends on an adjective ('available to borrow along with …') is no series"
ITEMS = (
    "two items that each state a value of two parameters ('tomatoes in a dry climate and basil in a humid"
    " climate') give only the first item's call"
)
DISH = "a dish whose name holds 'and' ('macaroni and cheese') is read as a series of two foods"

GAPS: dict[str, str] = {
    "Is 'Middlemarch' available to borrow": ALONG,
    "How often should I water tomatoes": ITEMS,
    "How many calories are in 250 g of macaroni": DISH,
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "expected"), params(ROWS, GAPS))
def test_one_call_per_value(request_text: str, expected: list) -> None:
    problem = matched(calls(request_text, *CATALOGUE), expected)
    assert not problem, problem


def test_the_battery_holds_thirty_rows_and_eight_guards() -> None:
    assert len(ROWS) >= 38
    assert sum(1 for _, want in ROWS if len(want) == 1 or len({name for name, _ in want}) > 1) >= 8
    assert len({t["toolSpec"]["name"].split("_")[0] for t in CATALOGUE}) >= 10
