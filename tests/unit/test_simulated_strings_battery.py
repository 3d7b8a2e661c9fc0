"""A battery for the value of string and list arguments: the call and parameter are plain, the words are the test.

Written for this round before reading the benchmark's failures, in domains of its own (cooking, logistics,
sports, astronomy, HR, gardening, music, law, finance, medicine), from how people phrase such asks. Each row
is a request, its one tool in the JSON-schema style of function-calling benchmarks, and the call a careful
small model makes: a value without the instruction's words ("Find the …"), without a kind noun that only
says what the thing is ("the planet Mars"), with the whole head noun ("chicken tikka masala"), without the
trailing words of another parameter or of the clause, and a list whose items are neither clipped nor joined.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool


def strings(description: str) -> dict:
    return {"type": "array", "items": {"type": "string"}, "description": description}


NUTRITION = tool(
    "get_nutrition_facts",
    "Get the nutrition facts for a dish.",
    {"dish": text("The name of the dish."), "serving_size": num("Serving size in grams.", "integer")},
    ["dish"],
)
PLANET = tool(
    "planet_orbital_period",
    "Return the orbital period of a planet in Earth days.",
    {"planet": text("Name of the planet.")},
)
ROSTER = tool(
    "sports_team_roster",
    "Fetch the current roster of a sports team.",
    {"team_name": text("The name of the team."), "season": text("Season, e.g. '2023-24'.")},
    ["team_name"],
)
PLANTING = tool(
    "garden_planting_calendar",
    "Find the best planting season for a crop in a region.",
    {"crop": text("The crop to plant, e.g. carrots."), "region": text("The region or climate zone.")},
    ["crop"],
)
PLAYLIST = tool(
    "create_playlist",
    "Create a music playlist from a list of songs.",
    {"playlist_name": text("Name of the new playlist."), "songs": strings("Titles of the songs to add.")},
)
RECIPE = tool(
    "recipe_search",
    "Search recipes that use the given ingredients.",
    {
        "ingredients": strings("Ingredients the recipe must use."),
        "max_time": num("Maximum minutes.", "integer"),
    },
    ["ingredients"],
)
TRIAGE = tool(
    "symptom_checker",
    "List possible medical conditions for a set of symptoms.",
    {"symptoms": strings("The symptoms the patient reports."), "age": num("Age of the patient.", "integer")},
    ["symptoms"],
)
EMPLOYEE = tool(
    "hr_employee_record",
    "Retrieve the employment record of an employee.",
    {"employee_name": text("Full name of the employee.")},
)
STATUTE = tool(
    "statute_of_limitations",
    "Look up the statute of limitations for a type of offence in a US state.",
    {"offence": text("The type of offence, e.g. theft."), "state": text("The US state.")},
)
EARNINGS = tool(
    "company_quarterly_earnings",
    "Get the latest quarterly earnings report of a public company.",
    {"company_name": text("Name of the company.")},
)
CHORDS = tool(
    "song_chords",
    "Get the guitar chords of a song.",
    {"song_title": text("Title of the song."), "artist": text("Artist who performs the song.")},
    ["song_title"],
)
STANDINGS = tool(
    "league_standings",
    "Get the standings table of a football league.",
    {"league": text("Name of the league."), "season": text("The season year, e.g. 2021.")},
    ["league"],
)
DOSAGE = tool(
    "drug_dosage",
    "Recommended dosage of a medication for a patient's body weight.",
    {"medication": text("Name of the medication."), "weight_kg": num("Body weight in kilograms.")},
)
SCALE = tool(
    "scale_recipe",
    "Scale a recipe to a number of servings.",
    {"recipe_name": text("Name of the recipe."), "servings": num("Number of servings.", "integer")},
)
JOBS = tool(
    "job_search",
    "Search open job listings.",
    {"job_title": text("The job title to search for."), "location": text("City of the job.")},
)
SHOPPING = tool(
    "add_to_shopping_list",
    "Add items to the shopping list.",
    {"items": strings("Items to add.")},
)
BOILING = tool(
    "boiling_point",
    "Boiling point of a substance at sea level.",
    {"substance": text("Name of the substance.")},
)
DIRECTOR = tool(
    "movie_director",
    "Find who directed a movie.",
    {"movie_title": text("Title of the movie.")},
)
GOALS = tool(
    "player_season_stats",
    "Season statistics of a football player.",
    {"player_name": text("Full name of the player."), "season": text("Season, e.g. 2022-23.")},
    ["player_name"],
)
SHIPMENT = tool(
    "freight_quote",
    "Quote a freight shipment between two ports.",
    {
        "origin_port": text("Port of loading."),
        "destination_port": text("Port of discharge."),
        "cargo_type": text("Kind of cargo, e.g. refrigerated, bulk."),
    },
    ["origin_port", "destination_port"],
)
VET = tool(
    "find_vet_clinic",
    "Find veterinary clinics near a location.",
    {"location": text("The city and state, e.g. Denver, CO.")},
)
MOON = tool(
    "moon_phase",
    "Phase of the moon on a date at a city.",
    {"city": text("Name of the city."), "date": text("Date as YYYY-MM-DD.")},
    ["city"],
)
GARDEN = tool(
    "companion_plants",
    "List companion plants for a vegetable.",
    {"vegetable": text("The vegetable, e.g. tomato.")},
)
TEAMS = tool(
    "compare_teams",
    "Compare the records of several sports teams.",
    {"teams": strings("Names of the teams to compare.")},
)
CASE = tool(
    "court_case_summary",
    "Summarise a court case.",
    {"case_name": text("Name of the case, e.g. Brown v. Board of Education.")},
)
CURRENCY_PAIR = tool(
    "exchange_history",
    "Historical exchange rates between two currencies.",
    {"base": text("Base currency code, e.g. USD."), "quote": text("Quote currency code, e.g. EUR.")},
)
ALLERGENS = tool(
    "menu_filter",
    "Filter a restaurant menu by the allergens to avoid.",
    {"restaurant": text("Name of the restaurant."), "allergens": strings("Allergens to exclude.")},
)
STAR = tool(
    "star_distance",
    "Distance from Earth to a star in light years.",
    {"star_name": text("Name of the star.")},
)


ROWS = [
    # the head noun of a dish is kept whole; the instruction verb is no part of it
    ("Get me the nutrition facts of chicken tikka masala.", NUTRITION, {"dish": "chicken tikka masala"}),
    ("How healthy is a portion of beef stroganoff?", NUTRITION, {"dish": "beef stroganoff"}),
    # a kind noun before a name only says what the name is
    ("What is the orbital period of the planet Neptune?", PLANET, {"planet": "Neptune"}),
    ("Show me the roster of the basketball team Denver Nuggets.", ROSTER, {"team_name": "Denver Nuggets"}),
    # a possessive's owner and the trailing phrase of another parameter
    ("Pull up Sarah O'Connor's employment record.", EMPLOYEE, {"employee_name": "Sarah O'Connor"}),
    (
        "When should I plant garlic in the Pacific Northwest?",
        PLANTING,
        {"crop": "garlic", "region": "Pacific Northwest"},
    ),
    # lists: items kept whole, not clipped nor joined
    (
        "Make a playlist called Road Trip with Hotel California, Africa and Take On Me.",
        PLAYLIST,
        {"playlist_name": "Road Trip", "songs": ["Hotel California", "Africa", "Take On Me"]},
    ),
    (
        "Find a recipe that uses chicken thighs, brown rice and bell peppers.",
        RECIPE,
        {"ingredients": ["chicken thighs", "brown rice", "bell peppers"]},
    ),
    (
        "A 40-year-old patient has a fever, a dry cough and fatigue. What could it be?",
        TRIAGE,
        {"symptoms": ["fever", "dry cough", "fatigue"], "age": 40},
    ),
    (
        "Add oat milk, eggs and sourdough bread to my shopping list.",
        SHOPPING,
        {"items": ["oat milk", "eggs", "sourdough bread"]},
    ),
    (
        "Compare the records of the Boston Celtics and the Miami Heat.",
        TEAMS,
        {"teams": ["Boston Celtics", "Miami Heat"]},
    ),
    (
        "Show me the menu of Luigi's Trattoria without peanuts or shellfish.",
        ALLERGENS,
        {"restaurant": "Luigi's Trattoria", "allergens": ["peanuts", "shellfish"]},
    ),
    # names after "of" / "for" with the clause's trailing words left out
    (
        "Retrieve the employment record for employee Maria Gonzalez.",
        EMPLOYEE,
        {"employee_name": "Maria Gonzalez"},
    ),
    (
        "What's the statute of limitations for burglary in Ohio?",
        STATUTE,
        {"offence": "burglary", "state": "Ohio"},
    ),
    ("Get the latest quarterly earnings for Nvidia.", EARNINGS, {"company_name": "Nvidia"}),
    (
        "Can you find the guitar chords for Wonderwall by Oasis?",
        CHORDS,
        {"song_title": "Wonderwall", "artist": "Oasis"},
    ),
    (
        "Show the standings of the Scottish Premiership for 2021.",
        STANDINGS,
        {"league": "Scottish Premiership", "season": "2021"},
    ),
    (
        "What dose of ibuprofen is right for a child weighing 20 kg?",
        DOSAGE,
        {"medication": "ibuprofen", "weight_kg": 20},
    ),
    ("Scale my banana bread recipe to 12 servings.", SCALE, {"recipe_name": "banana bread", "servings": 12}),
    (
        "Search for data analyst jobs in Rotterdam.",
        JOBS,
        {"job_title": "data analyst", "location": "Rotterdam"},
    ),
    ("What is the boiling point of ethanol?", BOILING, {"substance": "ethanol"}),
    ("Who directed the movie Spirited Away?", DIRECTOR, {"movie_title": "Spirited Away"}),
    (
        "How many goals did Erling Haaland score in the 2022-23 season?",
        GOALS,
        {"player_name": "Erling Haaland", "season": "2022-23"},
    ),
    (
        "Quote me a refrigerated shipment from Rotterdam to Singapore.",
        SHIPMENT,
        {"origin_port": "Rotterdam", "destination_port": "Singapore", "cargo_type": "refrigerated"},
    ),
    # a place in the "City, ST" layout the description shows, as the request writes it
    ("Find a vet clinic near Boise, ID.", VET, {"location": "Boise, ID"}),
    ("What is the moon phase in Reykjavik on 2025-03-14?", MOON, {"city": "Reykjavik", "date": "2025-03-14"}),
    ("Which plants grow well next to zucchini?", GARDEN, {"vegetable": "zucchini"}),
    ("Summarise the case Miranda v. Arizona.", CASE, {"case_name": "Miranda v. Arizona"}),
    (
        "Show the history of the euro against the Japanese yen.",
        CURRENCY_PAIR,
        {"base": "EUR", "quote": "JPY"},
    ),
    ("How far away is the star Betelgeuse?", STAR, {"star_name": "Betelgeuse"}),
    # a title in Title Case keeps its capitalised small words
    (
        "Create a playlist named Classics with Stand By Me and Born To Run.",
        PLAYLIST,
        {"playlist_name": "Classics", "songs": ["Stand By Me", "Born To Run"]},
    ),
    ("Who directed Back To The Future?", DIRECTOR, {"movie_title": "Back To The Future"}),
    # an adjective that can be a verb, after a comma, before its noun: an item, no instruction
    (
        "Add bananas, clean towels and dish soap to my shopping list.",
        SHOPPING,
        {"items": ["bananas", "clean towels", "dish soap"]},
    ),
    (
        "List possible conditions for nausea, a dry cough and a stiff neck.",
        TRIAGE,
        {"symptoms": ["nausea", "dry cough", "stiff neck"]},
    ),
]


TOOL_CHOICE = "tool choice (matching.py): no tool is called, so no value is read"
GAPS: dict[str, str] = {
    "How healthy is a portion": TOOL_CHOICE,
    "A 40-year-old patient": TOOL_CHOICE,
    "What dose of ibuprofen": TOOL_CHOICE,
    "Show the standings of": "a year for an optional string whose description gives a year as example is left out",
    "Show the history of the euro": "a currency named in words is not written as the code a parameter's description asks for",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def _row(request_text: str, spec: dict, expected: dict):
    gap = next((why for start, why in GAPS.items() if request_text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(request_text, spec, expected, marks=marks, id=request_text[:40])


@pytest.mark.parametrize(("request_text", "spec", "expected"), [_row(*r) for r in ROWS])
def test_the_string_or_list_value_a_careful_model_writes(
    request_text: str, spec: dict, expected: dict
) -> None:
    name = spec["toolSpec"]["name"]
    assert calls(request_text, spec) == [(name, expected)]


CONCERTS = tool(
    "find_concerts",
    "Find upcoming concerts in a city.",
    {"city": text("City name."), "genre": text("Music genre."), "days": num("Days ahead.", "integer")},
    ["city", "genre"],
)
MOVIES = tool(
    "find_movies",
    "Find movies showing in a city.",
    {"city": text("City name."), "genre": text("Film genre.")},
    ["city", "genre"],
)

KINDS = [
    # a noun that can be a verb names a kind where no verb stands ("rock concerts"), also in a later item
    (
        "Find jazz concerts in Oslo for the next 5 days, then rock concerts in Bergen for the next 3 days.",
        [CONCERTS],
        [
            ("find_concerts", {"city": "Oslo", "genre": "jazz", "days": 5}),
            ("find_concerts", {"city": "Bergen", "genre": "rock", "days": 3}),
        ],
    ),
    (
        "Show blues movies in Memphis and horror movies in Salem.",
        [MOVIES],
        [
            ("find_movies", {"city": "Memphis", "genre": "blues"}),
            ("find_movies", {"city": "Salem", "genre": "horror"}),
        ],
    ),
    # the field the description names ("Music genre") is no kind: the word before it is
    (
        "Find classical music concerts in Vienna.",
        [CONCERTS],
        [("find_concerts", {"city": "Vienna", "genre": "classical"})],
    ),
    (
        "Find jazz concerts in Oslo and classical music concerts in Vienna.",
        [CONCERTS],
        [
            ("find_concerts", {"city": "Oslo", "genre": "jazz"}),
            ("find_concerts", {"city": "Vienna", "genre": "classical"}),
        ],
    ),
]


@pytest.mark.parametrize(("request_text", "specs", "expected"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_a_kind_is_the_word_before_the_tools_noun(request_text: str, specs: list, expected: list) -> None:
    assert calls(request_text, *specs) == expected
