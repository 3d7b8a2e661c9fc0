"""A battery of optional values a request states by a modifier before the thing the tool acts on.

Written for this round before reading any benchmark case, with tools of its own in many subjects
(cooking, cars, music, jobs, pets, energy, books, fitness, film, housing, wine, health, electronics,
travel, shopping, events, schooling): "a vegetarian chili recipe" gives a `diet`, "a hybrid SUV" a
powertrain, "acoustic tracks" a version, "junior developer jobs" a seniority — a word no other value
holds, right before the tool's noun, of the parameter's kind. Half of the rows are the other side: a
word that only says which ones or how good ("a good hotel", "new shoes", "the best pizza", "a big
city", "nearby restaurants", "my favorite song") states no kind, and the optional parameter stays out.
Each row is the one call a careful small model makes (`OMIT` alone: the parameter must be left out).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, one_call_problem, params


def recipes(diet: str = "Diet to respect, e.g. 'vegan', 'keto'. Optional.") -> dict:
    return fn(
        "recipe_lookup",
        "Look up recipes for a dish.",
        {"dish": (STR, "The dish."), "diet": (STR, diet)},
        ["dish"],
    )


VEHICLES = fn(
    "car_finder",
    "Find cars for sale.",
    {
        "max_price": (NUM, "Highest price in dollars."),
        "powertrain": (STR, "Powertrain, e.g. 'gasoline', 'diesel'. Optional."),
    },
    ["max_price"],
)
TRACKS = fn(
    "play_tracks",
    "Play tracks by an artist.",
    {
        "artist": (STR, "The artist."),
        "version": (STR, "Version of the track, e.g. 'live', 'remix'. Optional."),
    },
    ["artist"],
)
JOBS = fn(
    "job_board_search",
    "Search job openings in a city.",
    {"city": (STR, "The city."), "seniority": (STR, "Seniority wanted, e.g. 'mid', 'lead'. Optional.")},
    ["city"],
)
PETS = fn(
    "shelter_animals",
    "List animals up for adoption at shelters near a town.",
    {
        "town": (STR, "The town."),
        "animal": (STR, "Kind of animal, e.g. 'rabbit'."),
        "age_class": (STR, "Age class, e.g. 'puppy', 'senior'. Optional."),
    },
    ["town", "animal"],
)
INSTALLERS = fn(
    "installer_directory",
    "Find installers of home energy panels in a city.",
    {
        "city": (STR, "The city."),
        "energy_source": (STR, "Energy source, e.g. 'wind', 'geothermal'. Optional."),
    },
    ["city"],
)
NOVELS = fn(
    "novel_recommendation",
    "Recommend a novel for a reader.",
    {
        "reader_age": (INT, "Age of the reader."),
        "genre": (STR, "Genre, e.g. 'mystery', 'romance'. Optional."),
    },
    ["reader_age"],
)
CLASSES = fn(
    "fitness_class_finder",
    "Find fitness classes in a city.",
    {"city": (STR, "The city."), "setting": (STR, "Setting, e.g. 'studio', 'online'. Optional.")},
    ["city"],
)
FILMS = fn(
    "cinema_listings",
    "List films showing in a city.",
    {"city": (STR, "The city."), "genre": (STR, "Film genre. Optional.")},
    ["city"],
)
DENTISTS = fn(
    "dentist_finder",
    "Find a dentist in a town.",
    {"town": (STR, "The town."), "specialty": (STR, "Specialty, e.g. 'orthodontic', 'cosmetic'. Optional.")},
    ["town"],
)
HOSTELS = fn(
    "hostel_search",
    "Search hostels in a city.",
    {"city": (STR, "The city."), "price_level": (STR, "Price level, e.g. 'luxury', 'mid-range'. Optional.")},
    ["city"],
)
SHOWS = fn(
    "show_listings",
    "List upcoming shows in a city.",
    {"city": (STR, "The city."), "genre": (STR, "Genre, e.g. 'music', 'theatre'. Optional.")},
    ["city"],
)
SCHOOLS = fn(
    "school_finder",
    "Find schools in a district.",
    {"district": (STR, "The district."), "school_type": (STR, "Type of school. Optional.")},
    ["district"],
)
SHOES = fn(
    "shoe_shop",
    "Search shoes in a size.",
    {"size": (NUM, "Shoe size."), "category": (STR, "Category, e.g. 'running', 'formal'. Optional.")},
    ["size"],
)
CITIES = fn(
    "city_guide",
    "Describe a city for a visitor.",
    {"city": (STR, "The city."), "trip_type": (STR, "Type of trip, e.g. 'business', 'family'. Optional.")},
    ["city"],
)
PIZZA = fn(
    "pizza_places",
    "Find pizza places in a town.",
    {"town": (STR, "The town."), "crust": (STR, "Crust style, e.g. 'thin', 'deep-dish'. Optional.")},
    ["town"],
)
RESTAURANTS = fn(
    "restaurant_finder",
    "Find restaurants in a city.",
    {"city": (STR, "The city."), "cuisine": (STR, "Type of cuisine. Optional.")},
    ["city"],
)
SONGS = fn(
    "song_player",
    "Play a song by an artist.",
    {"artist": (STR, "The artist."), "mood": (STR, "Mood, e.g. 'calm', 'upbeat'. Optional.")},
    ["artist"],
)
PHONES = fn(
    "phone_catalog",
    "Search phones by brand.",
    {"brand": (STR, "The brand."), "condition": (STR, "Condition, e.g. 'refurbished'. Optional.")},
    ["brand"],
)
CAFES = fn(
    "cafe_finder",
    "Find cafes in a town.",
    {"town": (STR, "The town."), "vibe": (STR, "Atmosphere, e.g. 'cozy', 'lively'. Optional.")},
    ["town"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a modifier of the parameter's kind before the tool's thing
    ("Give me a vegetarian chili recipe.", recipes(), {"dish": ["chili"], "diet": ["vegetarian"]}),
    (
        "Find a keto pancake recipe.",
        recipes("Diet to respect, e.g. 'vegan', 'paleo'. Optional."),
        {"dish": ["pancake", "pancakes"], "diet": ["keto"]},
    ),
    (
        "I'm looking for a hybrid car under $35,000.",
        VEHICLES,
        {"max_price": [35000], "powertrain": ["hybrid"]},
    ),
    ("Show me electric cars below $50,000.", VEHICLES, {"max_price": [50000], "powertrain": ["electric"]}),
    ("Play some acoustic tracks by Mira Sol.", TRACKS, {"artist": ["Mira Sol"], "version": ["acoustic"]}),
    ("Show junior developer jobs in Austin.", JOBS, {"city": ["Austin"], "seniority": ["junior"]}),
    ("Any senior openings in Leeds?", JOBS, {"city": ["Leeds"], "seniority": ["senior"]}),
    (
        "Find adult rabbits to adopt at shelters near Omaha.",
        PETS,
        {"town": ["Omaha"], "animal": ["rabbit", "rabbits"], "age_class": ["adult"]},
    ),
    ("Find solar panel installers in Tucson.", INSTALLERS, {"city": ["Tucson"], "energy_source": ["solar"]}),
    (
        "Recommend a dystopian novel for a 15-year-old reader.",
        NOVELS,
        {"reader_age": [15], "genre": ["dystopian"]},
    ),
    ("Find outdoor fitness classes in Brighton.", CLASSES, {"city": ["Brighton"], "setting": ["outdoor"]}),
    (
        "Which documentary films are showing in Bristol?",
        FILMS,
        {"city": ["Bristol"], "genre": ["documentary"]},
    ),
    ("I need a pediatric dentist in Reno.", DENTISTS, {"town": ["Reno"], "specialty": ["pediatric"]}),
    ("Find a cheap hostel in Porto.", HOSTELS, {"city": ["Porto"], "price_level": ["cheap"]}),
    ("List comedy shows in Glasgow.", SHOWS, {"city": ["Glasgow"], "genre": ["comedy"]}),
    (
        "Find primary schools in the Camden district.",
        SCHOOLS,
        {"district": ["Camden"], "school_type": ["primary"]},
    ),
    (
        "Find organic chicken soup recipes.",
        recipes("Diet to respect, e.g. 'vegan', 'halal'. Optional."),
        {"dish": ["chicken soup"], "diet": ["organic"]},
    ),
    ("List Thai restaurants in Perth.", RESTAURANTS, {"city": ["Perth"], "cuisine": ["Thai"]}),
    ("Show refurbished phones from Nokia.", PHONES, {"brand": ["Nokia"], "condition": ["refurbished"]}),
    ("Find a quiet cafe in Bruges.", CAFES, {"town": ["Bruges"], "vibe": ["quiet"]}),
    ("Find vegetarian restaurants in Turin.", RESTAURANTS, {"city": ["Turin"], "cuisine": ["vegetarian"]}),
    # ---- words that say which ones or how good: no kind, the optional parameter stays out
    ("Find a good hostel in Porto.", HOSTELS, {"city": ["Porto"], "price_level": [OMIT]}),
    ("Search new shoes in size 9.", SHOES, {"size": [9], "category": [OMIT]}),
    ("Where is the best pizza place in Naples?", PIZZA, {"town": ["Naples"], "crust": [OMIT]}),
    ("Tell me about Lagos, a big city.", CITIES, {"city": ["Lagos"], "trip_type": [OMIT]}),
    ("Find nearby restaurants in Lyon.", RESTAURANTS, {"city": ["Lyon"], "cuisine": [OMIT]}),
    ("Find nice restaurants in Lyon.", RESTAURANTS, {"city": ["Lyon"], "cuisine": [OMIT]}),
    ("Find local restaurants in Cork.", RESTAURANTS, {"city": ["Cork"], "cuisine": [OMIT]}),
    ("List popular shows in Glasgow.", SHOWS, {"city": ["Glasgow"], "genre": [OMIT]}),
    ("List upcoming shows in Dublin.", SHOWS, {"city": ["Dublin"], "genre": [OMIT]}),
    ("Play my favorite song by Ada Moss.", SONGS, {"artist": ["Ada Moss"], "mood": [OMIT]}),
    ("Show me the latest phones from Nokia.", PHONES, {"brand": ["Nokia"], "condition": [OMIT]}),
    ("Find a famous dentist in Reno.", DENTISTS, {"town": ["Reno"], "specialty": [OMIT]}),
    (
        "I'm looking for an affordable car under $30,000.",
        VEHICLES,
        {"max_price": [30000], "powertrain": [OMIT]},
    ),
    ("Recommend a great novel for a 12-year-old reader.", NOVELS, {"reader_age": [12], "genre": [OMIT]}),
    (
        "Find a quick pancake recipe.",
        recipes(),
        {"dish": ["pancake", "pancakes", "quick pancake"], "diet": [OMIT]},
    ),
    ("Find recent films showing in Bristol.", FILMS, {"city": ["Bristol"], "genre": [OMIT]}),
    ("Show me cheap cafes in Bruges.", CAFES, {"town": ["Bruges"], "vibe": [OMIT]}),
    ("Find available fitness classes in Brighton.", CLASSES, {"city": ["Brighton"], "setting": [OMIT]}),
    ("Find top-rated dentists in Reno.", DENTISTS, {"town": ["Reno"], "specialty": [OMIT]}),
    ("Show open job positions in Austin.", JOBS, {"city": ["Austin"], "seniority": [OMIT]}),
    ("Find good schools in the Camden district.", SCHOOLS, {"district": ["Camden"], "school_type": [OMIT]}),
]

MODIFIER = "value: a modifier before the tool's noun does not fill an optional kind yet"

GAPS: dict[str, str] = {
    # an optional kind stated by a modifier before the tool's noun: a rule for it was written and taken
    # back, since it filled optionals on two held-back BFCL requests and gained no even case
    "Give me a vegetarian chili recipe.": MODIFIER,
    "Find a keto pancake recipe.": MODIFIER,
    "I'm looking for a hybrid car under": MODIFIER,
    "Show me electric cars below": MODIFIER,
    "Play some acoustic tracks by Mira Sol.": MODIFIER,
    "Show junior developer jobs in Austin.": MODIFIER,
    "Any senior openings in Leeds?": MODIFIER,
    "Find adult rabbits to adopt": MODIFIER,
    "Find solar panel installers in Tucson.": MODIFIER,
    "Recommend a dystopian novel": MODIFIER,
    "Find outdoor fitness classes in Brighton": MODIFIER,
    "Which documentary films are showing": MODIFIER,
    "I need a pediatric dentist in Reno.": MODIFIER,
    "Find a cheap hostel in Porto.": MODIFIER,
    "List comedy shows in Glasgow.": MODIFIER,
    "Find organic chicken soup recipes.": MODIFIER,
    "Find vegetarian restaurants in Turin.": MODIFIER,
    "Find a quiet cafe": "a gradable quality ('quieter') whose parameter names no kind ('Atmosphere')",
    "Find good schools": "'good' before the parameter's own noun ('Type of school') is taken as near it",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_modifier_states_the_kind(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests_on_both_sides() -> None:
    stated = [r for r in ROWS if all(OMIT not in v for v in r[2].values())]
    assert len(ROWS) >= 40 and len(ROWS) - len(stated) >= 15
