"""A battery of the kinds of strings a request gives a string parameter, in a benchmark's style.

Written for this round before reading the benchmark's failing cases, in subjects of its own (travel, books,
sport, chemistry, biology, law, history, music, art, cooking, finance, messaging): places with their state or
country and with "the", people (also in the possessive), titles in and out of quotes, organisations, species,
chemical names, product models, addresses, dates and times as strings, enum-like categories, a search query
and a message, and the formats a description states ("City, State", "YYYY-MM-DD", a lower-case enum, an
example code). Each row is the one call a careful small model makes; the check accepts the values listed
(strings compared without case, spaces or punctuation; `OMIT`: an optional parameter may be left out).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import BOOL, INT, OMIT, STR, fn, one_call_problem, params

ROWS: list[tuple[str, dict, dict]] = [
    # ---- places
    (
        "Find vegan restaurants in Austin, Texas that are open after 10 pm.",
        fn(
            "restaurant_finder",
            "Find restaurants in a location by cuisine.",
            {
                "location": (STR, "The city and state, e.g. Portland, OR"),
                "cuisine": (STR, "Type of cuisine or diet, e.g. vegan."),
                "open_late": (BOOL, "Only places open after 10 pm. Default false."),
            },
            ["location", "cuisine"],
        ),
        {"location": ["Austin, TX", "Austin, Texas"], "cuisine": ["vegan"], "open_late": [True, OMIT]},
    ),
    (
        "What was the population of the city of San Francisco in 2020?",
        fn(
            "get_city_population",
            "Get the population of a city in a given year.",
            {"city": (STR, "Name of the city."), "year": (INT, "The census year.")},
            ["city", "year"],
        ),
        {"city": ["San Francisco"], "year": [2020]},
    ),
    (
        "Calculate the driving distance from New York City to Washington D.C.",
        fn(
            "calculate_driving_distance",
            "Calculate the road distance between two places.",
            {"origin": (STR, "Starting city."), "destination": (STR, "Destination city.")},
            ["origin", "destination"],
        ),
        {"origin": ["New York City", "New York"], "destination": ["Washington D.C.", "Washington DC"]},
    ),
    (
        "Get the weather forecast in Seattle for the weekend.",
        fn(
            "get_weather_forecast",
            "Get the weather forecast for a city.",
            {"city": (STR, "Name of the city."), "days": (INT, "Number of days to forecast. Default 3.")},
            ["city"],
        ),
        {"city": ["Seattle"], "days": [OMIT, 2, 3]},
    ),
    (
        "Find the average home price in Miami, Florida.",
        fn(
            "real_estate_average_price",
            "Get the average home price in a city.",
            {
                "city": (STR, "Name of the city."),
                "state": (STR, "Two-letter state abbreviation, e.g. CA."),
            },
            ["city", "state"],
        ),
        {"city": ["Miami"], "state": ["FL"]},
    ),
    (
        "Find hotels near the Eiffel Tower in Paris.",
        fn(
            "hotel_search_near_landmark",
            "Search hotels close to a landmark.",
            {"landmark": (STR, "Name of the landmark."), "city": (STR, "City of the landmark.")},
            ["landmark", "city"],
        ),
        {"landmark": ["Eiffel Tower", "the Eiffel Tower"], "city": ["Paris"]},
    ),
    (
        "How tall is Mount Kilimanjaro?",
        fn(
            "get_mountain_height",
            "Get the height of a mountain in meters.",
            {"mountain": (STR, "Name of the mountain.")},
            ["mountain"],
        ),
        {"mountain": ["Mount Kilimanjaro", "Kilimanjaro"]},
    ),
    (
        "Get directions to 221B Baker Street, London.",
        fn(
            "get_directions",
            "Get walking directions to an address.",
            {"address": (STR, "The destination address.")},
            ["address"],
        ),
        {"address": ["221B Baker Street, London"]},
    ),
    # ---- people
    (
        "Get Serena Williams's career statistics.",
        fn(
            "tennis_player_stats",
            "Retrieve the career statistics of a tennis player.",
            {"player_name": (STR, "Full name of the player.")},
            ["player_name"],
        ),
        {"player_name": ["Serena Williams"]},
    ),
    (
        "Find the birth date of Marie Curie, who discovered radium.",
        fn(
            "get_birth_date",
            "Get the birth date of a famous person.",
            {"person": (STR, "Name of the person.")},
            ["person"],
        ),
        {"person": ["Marie Curie"]},
    ),
    (
        "Find the lyrics of Bohemian Rhapsody by Queen.",
        fn(
            "get_song_lyrics",
            "Fetch the lyrics of a song.",
            {"song_title": (STR, "Title of the song."), "artist": (STR, "Name of the artist or band.")},
            ["song_title", "artist"],
        ),
        {"song_title": ["Bohemian Rhapsody"], "artist": ["Queen"]},
    ),
    # ---- titles
    (
        "Who wrote the novel 'One Hundred Years of Solitude'?",
        fn(
            "get_book_author",
            "Find the author of a book.",
            {"title": (STR, "Title of the book.")},
            ["title"],
        ),
        {"title": ["One Hundred Years of Solitude"]},
    ),
    (
        "Give me a summary of The Old Man and the Sea.",
        fn(
            "book_summary",
            "Return a short summary of a book.",
            {"title": (STR, "Title of the book.")},
            ["title"],
        ),
        {"title": ["The Old Man and the Sea"]},
    ),
    (
        "Who painted The Starry Night?",
        fn(
            "artwork_painter",
            "Find the painter of an artwork.",
            {"artwork_name": (STR, "Name of the painting.")},
            ["artwork_name"],
        ),
        {"artwork_name": ["The Starry Night", "Starry Night"]},
    ),
    (
        "Summarize the court case Brown v. Board of Education.",
        fn(
            "legal_case_summary",
            "Summarize a court case.",
            {"case_name": (STR, "Name of the case.")},
            ["case_name"],
        ),
        {"case_name": ["Brown v. Board of Education"]},
    ),
    (
        "When did the Battle of Hastings take place?",
        fn(
            "historical_event_date",
            "Get the date of a historical event.",
            {"event": (STR, "Name of the event.")},
            ["event"],
        ),
        {"event": ["Battle of Hastings", "the Battle of Hastings"]},
    ),
    # ---- organisations, species, chemicals, products
    (
        "Get the latest quarterly earnings for Microsoft Corporation.",
        fn(
            "company_quarterly_earnings",
            "Retrieve the latest quarterly earnings of a company.",
            {"company_name": (STR, "Name of the company.")},
            ["company_name"],
        ),
        {"company_name": ["Microsoft Corporation", "Microsoft"]},
    ),
    (
        "How long does an African elephant live in the wild?",
        fn(
            "animal_lifespan",
            "Get the average lifespan of an animal species.",
            {"species": (STR, "Name of the species."), "habitat": (STR, "'wild' or 'captivity'.")},
            ["species"],
        ),
        {"species": ["African elephant"], "habitat": ["wild", OMIT]},
    ),
    (
        "What is the molar mass of sodium bicarbonate?",
        fn(
            "calculate_molar_mass",
            "Calculate the molar mass of a chemical compound.",
            {"compound": (STR, "Name or formula of the compound.")},
            ["compound"],
        ),
        {"compound": ["sodium bicarbonate", "NaHCO3"]},
    ),
    (
        "What is the price of a Samsung Galaxy S23 Ultra at Best Buy?",
        fn(
            "store_product_price",
            "Get the price of a product at a store.",
            {"product": (STR, "Name of the product."), "store": (STR, "Name of the store.")},
            ["product", "store"],
        ),
        {"product": ["Samsung Galaxy S23 Ultra"], "store": ["Best Buy"]},
    ),
    (
        "Find the function of the BRCA1 gene in humans.",
        fn(
            "gene_function_lookup",
            "Look up the function of a gene in a species.",
            {"gene": (STR, "Symbol of the gene."), "species": (STR, "Species name. Default 'human'.")},
            ["gene"],
        ),
        {"gene": ["BRCA1"], "species": [OMIT, "human", "humans", "Homo sapiens"]},
    ),
    (
        "How many calories are in a slice of pepperoni pizza?",
        fn(
            "food_calories",
            "Get the calories of a food item.",
            {"food": (STR, "Name of the food.")},
            ["food"],
        ),
        {"food": ["pepperoni pizza"]},
    ),
    # ---- dates, times, formats
    (
        "Book a table for 4 at Nobu on March 15, 2024.",
        fn(
            "restaurant_reservation",
            "Reserve a table at a restaurant.",
            {
                "restaurant": (STR, "Name of the restaurant."),
                "party_size": (INT, "Number of people."),
                "date": (STR, "Date of the booking in YYYY-MM-DD format."),
            },
            ["restaurant", "party_size", "date"],
        ),
        {"restaurant": ["Nobu"], "party_size": [4], "date": ["2024-03-15"]},
    ),
    (
        "Set an alarm for 6:30 PM.",
        fn(
            "set_alarm",
            "Set an alarm at a time of day.",
            {"time": (STR, "Time in 24-hour HH:MM format.")},
            ["time"],
        ),
        {"time": ["18:30"]},
    ),
    (
        "Search for Jazz albums released in 1959.",
        fn(
            "music_album_search",
            "Search albums by genre and year.",
            {
                "genre": (STR, "Music genre.", {"enum": ["jazz", "rock", "pop", "classical"]}),
                "year": (INT, "Release year."),
            },
            ["genre", "year"],
        ),
        {"genre": ["jazz"], "year": [1959]},
    ),
    (
        "Recommend some movies of the genre comedy from the 1990s.",
        fn(
            "movie_recommendations",
            "Recommend movies by genre and decade.",
            {"genre": (STR, "Movie genre."), "decade": (STR, "Decade, e.g. '1980s'.")},
            ["genre"],
        ),
        {"genre": ["comedy"], "decade": ["1990s", OMIT]},
    ),
    (
        "Find a recipe for lasagna that takes under an hour.",
        fn(
            "recipe_search",
            "Search recipes by dish and maximum time.",
            {"dish": (STR, "Name of the dish."), "max_minutes": (INT, "Maximum total time in minutes.")},
            ["dish"],
        ),
        {"dish": ["lasagna"], "max_minutes": [60, OMIT]},
    ),
    (
        "Convert 5 kilograms to pounds.",
        fn(
            "unit_converter",
            "Convert a quantity between units.",
            {
                "value": ("number", "The quantity to convert."),
                "from_unit": (STR, "Unit to convert from, e.g. 'kg'."),
                "to_unit": (STR, "Unit to convert to, e.g. 'lb'."),
            },
            ["value", "from_unit", "to_unit"],
        ),
        {"value": [5], "from_unit": ["kg", "kilograms"], "to_unit": ["lb", "pounds"]},
    ),
    (
        "What are the standings of the Premier League in the 2022 season?",
        fn(
            "league_standings",
            "Get a football league's table for a season.",
            {"league": (STR, "Name of the league."), "season": (STR, "The season, e.g. '2021'.")},
            ["league", "season"],
        ),
        {"league": ["Premier League", "the Premier League"], "season": ["2022"]},
    ),
    (
        "Show the next games of the Los Angeles Lakers.",
        fn(
            "team_schedule",
            "Get the upcoming games of a sports team.",
            {"team": (STR, "Name of the team.")},
            ["team"],
        ),
        {"team": ["Los Angeles Lakers"]},
    ),
    # ---- free text
    (
        "Search the web for the best hiking trails near Denver.",
        fn(
            "web_search",
            "Search the web.",
            {"query": (STR, "The search query.")},
            ["query"],
        ),
        {"query": ["best hiking trails near Denver", "the best hiking trails near Denver"]},
    ),
    (
        "Send a text to Maria saying I will be late for dinner.",
        fn(
            "send_sms",
            "Send a text message to a contact.",
            {"recipient": (STR, "Name of the contact."), "message": (STR, "The message text.")},
            ["recipient", "message"],
        ),
        {"recipient": ["Maria"], "message": ["I will be late for dinner"]},
    ),
    (
        "Translate 'good morning' into Spanish.",
        fn(
            "translate_text",
            "Translate text into another language.",
            {
                "text": (STR, "Text to translate."),
                "target_language": (STR, "Target language, e.g. 'French'."),
            },
            ["text", "target_language"],
        ),
        {"text": ["good morning"], "target_language": ["Spanish"]},
    ),
    (
        "What is the current inflation rate in Germany?",
        fn(
            "economy_inflation_rate",
            "Get the current inflation rate of a country.",
            {"country": (STR, "The country name.")},
            ["country"],
        ),
        {"country": ["Germany"]},
    ),
]

TOOL_CHOICE = "tool choice (matching.py): no tool is called, so no value is read"
GAPS: dict[str, str] = {
    "Find hotels near the Eiffel Tower": "the place after 'in' fills the landmark, the landmark the city",
    "Book a table for 4 at Nobu": TOOL_CHOICE,
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_string_a_careful_model_writes(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem
