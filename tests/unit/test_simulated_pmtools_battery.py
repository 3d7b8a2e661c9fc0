"""Every tool a multi-part request asks for, and the right one for each part: a battery written for this round.

One catalogue of twenty tools in many subjects (gardening, astronomy, cooking, wine, libraries, books,
transit, dogs, chess, photography, words, sports leagues, hiking, volcanoes, countries, cities, numerals,
museums) and requests that ask for several things at once, joined many ways: sentences, "also", "then",
"and", "plus", "as well as", "after that", questions in a row, numbered lists, a part that only names its
thing ("…, and the capital of Kenya"), a part whose verb is implied ("and Peru's too"), parts that share a
subject ("For Mexico, get the population and the capital"), and parts in their own wording ("how many people
live in …" for a population tool, "who penned …" for an author tool). Near tools sit side by side
(population / capital, author / availability, air quality / local time) so a part must find the one that
fits. Guard rows ask one thing: two verbs of one act ("check and tell me"), chit-chat that needs no tool, a
description clause after the ask. The expected value is the sorted list of tool names called on the first
turn (a tool asked twice is listed twice).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params

CATALOGUE = [
    fn(
        "plant_watering_schedule",
        "Tell how often a houseplant should be watered.",
        {"plant": (STR, "The plant species."), "climate": (STR, "The indoor climate, e.g. dry or humid.")},
        ["plant"],
    ),
    fn(
        "star_rise_time",
        "Find when a star rises above the horizon as seen from a city.",
        {"star": (STR, "The star's name."), "city": (STR, "The observer's city.")},
        ["star", "city"],
    ),
    fn(
        "recipe_calories",
        "Estimate the calories of a dish for a number of servings.",
        {"dish": (STR, "The dish."), "servings": (INT, "The number of servings.")},
        ["dish"],
    ),
    fn(
        "wine_pairing",
        "Suggest a wine that goes well with a dish.",
        {"dish": (STR, "The dish to pair.")},
        ["dish"],
    ),
    fn(
        "library_book_availability",
        "Check whether a book is available to borrow at a library branch.",
        {"title": (STR, "The book title."), "branch": (STR, "The library branch.")},
        ["title"],
    ),
    fn(
        "book_author_lookup",
        "Find the author of a book.",
        {"title": (STR, "The book title.")},
        ["title"],
    ),
    fn(
        "transit_next_departure",
        "Get the next departure from a bus or train stop.",
        {"stop": (STR, "The stop name."), "line": (STR, "The line, e.g. L or 42.")},
        ["stop"],
    ),
    fn(
        "dog_breed_lifespan",
        "Get the typical lifespan of a dog breed in years.",
        {"breed": (STR, "The dog breed.")},
        ["breed"],
    ),
    fn(
        "chess_expected_score",
        "Compute a chess player's expected score from two Elo ratings.",
        {"rating_a": (INT, "The player's rating."), "rating_b": (INT, "The opponent's rating.")},
        ["rating_a", "rating_b"],
    ),
    fn(
        "photo_exposure_value",
        "Compute the photographic exposure value from an aperture and a shutter speed.",
        {"aperture": (NUM, "The f-number."), "shutter_seconds": (NUM, "The shutter speed in seconds.")},
        ["aperture", "shutter_seconds"],
    ),
    fn(
        "word_synonyms",
        "List synonyms of an English word.",
        {"word": (STR, "The word.")},
        ["word"],
    ),
    fn(
        "league_standings",
        "Get the standings table of a sports league for a season.",
        {"league": (STR, "The league."), "season": (INT, "The season's year.")},
        ["league", "season"],
    ),
    fn(
        "trail_difficulty",
        "Rate how difficult a hiking trail is.",
        {"trail": (STR, "The trail's name.")},
        ["trail"],
    ),
    fn(
        "volcano_last_eruption",
        "Get the date of a volcano's most recent eruption.",
        {"volcano": (STR, "The volcano's name.")},
        ["volcano"],
    ),
    fn(
        "country_population",
        "Get the current population of a country.",
        {"country": (STR, "The country.")},
        ["country"],
    ),
    fn(
        "country_capital",
        "Get the capital city of a country.",
        {"country": (STR, "The country.")},
        ["country"],
    ),
    fn(
        "city_air_quality",
        "Get the air quality index of a city.",
        {"city": (STR, "The city.")},
        ["city"],
    ),
    fn(
        "city_local_time",
        "Get the current local time in a city.",
        {"city": (STR, "The city.")},
        ["city"],
    ),
    fn(
        "roman_numeral",
        "Write a whole number in Roman numerals.",
        {"number": (INT, "The number to write.")},
        ["number"],
    ),
    fn(
        "museum_opening_hours",
        "Get the opening hours of a museum.",
        {"museum": (STR, "The museum's name.")},
        ["museum"],
    ),
]

POP, CAP, AIR, TIME = "country_population", "country_capital", "city_air_quality", "city_local_time"
AUTHOR, AVAIL, ROMAN, SYN = (
    "book_author_lookup",
    "library_book_availability",
    "roman_numeral",
    "word_synonyms",
)
WATER, LIFE, STAR, ERUPT = (
    "plant_watering_schedule",
    "dog_breed_lifespan",
    "star_rise_time",
    "volcano_last_eruption",
)
TRAIL, CHESS, EV, LEAGUE = (
    "trail_difficulty",
    "chess_expected_score",
    "photo_exposure_value",
    "league_standings",
)
KCAL, WINE, BUS, MUSEUM = "recipe_calories", "wine_pairing", "transit_next_departure", "museum_opening_hours"

ROWS: list[tuple[str, list[str]]] = [
    # sentences, "then", "also", "plus", "as well as", "after that"
    ("Find the population of Peru, then tell me the capital of Kenya.", [POP, CAP]),
    ("Write 1987 in Roman numerals. Also, list synonyms for 'brave'.", [ROMAN, SYN]),
    ("Give me the Serie A standings for 2023, plus the population of Italy.", [LEAGUE, POP]),
    (
        "I need the next departure from Central Station as well as the opening hours of the Prado.",
        [BUS, MUSEUM],
    ),
    (
        "What is the expected score for a 1850-rated player against a 2100-rated player? After that, write 2024 in Roman numerals.",
        [CHESS, ROMAN],
    ),
    ("Check the air quality in Lagos; then the local time in Nairobi.", [AIR, TIME]),
    (
        "Work out the exposure value for aperture 2.8 and a shutter of 0.5 seconds, then give me synonyms of 'quick'.",
        [EV, SYN],
    ),
    ("Tell me the population of Ghana. After that, the capital of Ghana.", [POP, CAP]),
    # questions in a row, a numbered list
    ("How often should I water a fern? Also, how long do beagles usually live?", [WATER, LIFE]),
    ("When does Canopus rise in Sydney? When did Krakatoa last erupt?", [STAR, ERUPT]),
    (
        "1. When does Sirius rise in Quito? 2. When did Etna last erupt? 3. How hard is the Angels Landing trail?",
        [STAR, ERUPT, TRAIL],
    ),
    (
        "Please do three things: 1) give me the capital of Chile, 2) the air quality in Lima, 3) the opening hours of the Uffizi.",
        [CAP, AIR, MUSEUM],
    ),
    # a part that only names its thing
    (
        "Compute the exposure value at aperture 8 with a 2 second shutter, and the population of Peru.",
        [EV, POP],
    ),
    (
        "Give me the air quality index for Beijing, the local time in Seoul, and the population of Japan.",
        [AIR, TIME, POP],
    ),
    ("Next departure from Elm Street stop, and the air quality in Denver, please.", [BUS, AIR]),
    ("Find the standings of the NBA for 2021 as well as the lifespan of a dachshund.", [LEAGUE, LIFE]),
    # a part whose verb is implied, a part that asks the same tool again
    ("What's the capital of Chile, and Peru's too?", [CAP, CAP]),
    (
        "What's the lifespan of a corgi? What about a poodle? And how often should I water basil?",
        [LIFE, LIFE, WATER],
    ),
    ("Please convert 49 to Roman numerals, and 2001 as well.", [ROMAN, ROMAN]),
    ("Who wrote 'Emma', and who wrote 'Persuasion'?", [AUTHOR, AUTHOR]),
    ("I'd like the Bundesliga table for 2022 and the Ligue 1 table for 2022.", [LEAGUE, LEAGUE]),
    # parts that share a subject
    ("For Tokyo, get the air quality and the local time.", [AIR, TIME]),
    ("For Mexico, get the population and the capital.", [POP, CAP]),
    ("What's the air quality in Delhi? And the local time there?", [AIR, TIME]),
    ("How many people live in Brazil, and what's its capital?", [POP, CAP]),
    ("Is 'Beloved' on the shelf at the Main branch, and who is its author?", [AVAIL, AUTHOR]),
    (
        "Suggest a wine for mushroom risotto and estimate the calories of the risotto for 4 servings.",
        [WINE, KCAL],
    ),
    # each part in its own wording
    ("Look up who penned 'Dune' and give me some other words for 'happy'.", [AUTHOR, SYN]),
    ("When will Vega rise over Lisbon, and how many years do huskies live?", [STAR, LIFE]),
    (
        "Rate the Half Dome trail's difficulty, then find when Vesuvius last erupted, and finally tell me what time it is in Naples.",
        [TRAIL, ERUPT, TIME],
    ),
    (
        "Can you estimate the calories in lasagna for 6 servings? Also, what wine goes with lasagna?",
        [KCAL, WINE],
    ),
    ("Find the next departure from Union Square on the L line, and when MoMA opens.", [BUS, MUSEUM]),
    (
        "What is the expected score of a 1500-rated player facing a 1700-rated one, and how tough is the Kalalau trail?",
        [CHESS, TRAIL],
    ),
    ("Watering schedule for an orchid in a humid climate, plus the air quality in Singapore.", [WATER, AIR]),
    ("Can I borrow 'Hamnet' at the North branch? Who is the writer of 'Circe'?", [AVAIL, AUTHOR]),
    ("How populous is Vietnam, and which city is the capital of Laos?", [POP, CAP]),
    # guards: one ask, so one call
    ("Check and tell me whether 'Hamnet' is available at the North branch.", [AVAIL]),
    ("Find and list synonyms for 'calm'.", [SYN]),
    ("Thanks a lot, you've been great! What's the capital of Portugal?", [CAP]),
    ("Hi there, hope you're well. What's the air quality in Oslo?", [AIR]),
    ("Look up the population of Chile, which I think is around 19 million.", [POP]),
    ("What time is it in Cairo, a city I'm visiting next week?", [TIME]),
    ("Get the lifespan of a border collie, a breed my sister owns.", [LIFE]),
    ("Write 14 in Roman numerals, thanks so much.", [ROMAN]),
    ("Who wrote 'Ulysses'? I loved reading it last summer.", [AUTHOR]),
    ("Compute the exposure value at aperture 4 and shutter speed 0.25 seconds and show it to me.", [EV]),
]

GAPS: dict[str, str] = {
    "Give me the Serie A standings": "what is asked for stops at the 'A' of the name 'Serie A', so 'standings' is no topic word: no standings call",
    "Is 'Beloved' on the shelf": "'on the shelf at the Main branch' shares only the parameter word 'branch' with the availability tool: no call",
    "Can I borrow 'Hamnet'": "two questions: the borrow question is not read as the availability tool's once another clause needs a tool",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "expected"), params(ROWS, GAPS))
def test_every_part_gets_the_tool_that_fits(request_text: str, expected: list[str]) -> None:
    got = calls(request_text, *CATALOGUE)
    assert sorted(name for name, _ in got) == sorted(expected), got


def test_the_battery_holds_thirty_asks_and_eight_guards() -> None:
    assert sum(1 for _, want in ROWS if len(want) > 1) >= 30
    assert sum(1 for _, want in ROWS if len(want) == 1) >= 8
    assert 8 <= len(CATALOGUE) <= 20
