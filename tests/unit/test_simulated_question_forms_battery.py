"""A battery of requests whose words differ from the tool's: the question's form says what it asks for.

Written for this round, before reading the benchmark's failing cases, in the genre of a function-calling
benchmark (python-style names, one-line descriptions, typed parameters): "who won …" asks for a winner
or champion, "who wrote …" for an author, "who painted …" for an artist, "how many people live in …" for
a population, "when do … play next" for a schedule, "how do you say … in <language>" for a translation,
"where can I eat …" for a restaurant, "the mean of …" for an average. A *call* row offers the tool that
gives that kind of answer (alone or among neighbours); a *none* row asks in the same form for something
no offered tool gives, and the careful answer is no call.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, floats, fn, one_call_problem, params

CHAMPION = fn(
    "get_league_champion",
    "Get the champion of a sports league for a given season.",
    {"league": (STR, "Name of the league."), "season": (INT, "The season year.")},
    ["league", "season"],
)
AWARD = fn(
    "award_lookup_recipient",
    "Find the recipient of an award or prize in a given year.",
    {"award": (STR, "Name of the award."), "year": (INT, "Year the award was given.")},
    ["award", "year"],
)
BOOK_AUTHOR = fn(
    "get_book_author",
    "Retrieve the author of a book.",
    {"title": (STR, "Title of the book.")},
    ["title"],
)
ARTIST = fn(
    "artwork_get_artist",
    "Find the artist who created a painting or sculpture.",
    {"artwork": (STR, "Name of the artwork.")},
    ["artwork"],
)
INVENTOR = fn(
    "invention_get_inventor",
    "Retrieve the inventor of an invention and the year it was patented.",
    {"invention": (STR, "Name of the invention.")},
    ["invention"],
)
DIRECTOR = fn(
    "movie_get_director",
    "Get the director of a film.",
    {"title": (STR, "Title of the film.")},
    ["title"],
)
SCHEDULE = fn(
    "get_team_schedule",
    "Fetch the upcoming fixtures of a sports team.",
    {
        "team_name": (STR, "Name of the team."),
        "num_games": (INT, "Number of upcoming games to return. Default is 5."),
    },
    ["team_name"],
)
CITY_POPULATION = fn(
    "city_population",
    "Get the population of a city.",
    {"city": (STR, "Name of the city."), "year": (INT, "Year of the figure. Default is the latest.")},
    ["city"],
)
COUNTRY_POPULATION = fn(
    "country_population_lookup",
    "Returns the population of a country in a given year.",
    {"country": (STR, "Name of the country."), "year": (INT, "The year. Default is the current year.")},
    ["country"],
)
CAPITAL = fn(
    "country_capital_lookup",
    "Returns the capital city of a country.",
    {"country": (STR, "Name of the country.")},
    ["country"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The language to translate into.")},
    ["text", "target_language"],
)
RESTAURANTS = fn(
    "find_restaurants",
    "Search restaurants in a city by cuisine.",
    {"city": (STR, "The city to search in."), "cuisine": (STR, "Type of food, e.g. 'Mexican'.")},
    ["city"],
)
HOTELS = fn(
    "hotel_search",
    "Search for hotels in a city.",
    {"city": (STR, "The city."), "nights": (INT, "Number of nights. Default is 1.")},
    ["city"],
)
AVERAGE = fn(
    "calculate_average",
    "Calculate the average of a list of numbers.",
    {"numbers": floats("The numbers to average.")},
    ["numbers"],
)
MEDIAN = fn(
    "calculate_median",
    "Calculate the median of a list of numbers.",
    {"numbers": floats("The numbers.")},
    ["numbers"],
)
STDEV = fn(
    "calculate_standard_deviation",
    "Calculate the standard deviation of a list of numbers.",
    {"numbers": floats("The numbers.")},
    ["numbers"],
)
WEATHER = fn(
    "get_current_weather",
    "Get the current weather in a city.",
    {"city": (STR, "The city."), "unit": (STR, "Temperature unit. Default is 'celsius'.")},
    ["city"],
)
STOCK = fn(
    "get_stock_price",
    "Get the latest stock price of a company.",
    {"ticker": (STR, "The stock ticker symbol.")},
    ["ticker"],
)
EXCHANGE = fn(
    "convert_currency",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "The currency to convert from."),
        "to_currency": (STR, "The currency to convert to."),
    },
    ["amount", "from_currency", "to_currency"],
)

CALL: list[tuple[str, list[dict], str, dict]] = [
    (
        "Who won the Eredivisie in the 2015 season?",
        [CHAMPION],
        "get_league_champion",
        {"league": ["Eredivisie"], "season": [2015]},
    ),
    (
        "Who won the 1998 Premier League?",
        [STOCK, CHAMPION, WEATHER],
        "get_league_champion",
        {"league": ["Premier League", "the Premier League"], "season": [1998]},
    ),
    (
        "Who won the Booker Prize in 2011?",
        [BOOK_AUTHOR, AWARD],
        "award_lookup_recipient",
        {"award": ["Booker Prize", "the Booker Prize"], "year": [2011]},
    ),
    (
        "Who wrote the novel 'Rebecca'?",
        [BOOK_AUTHOR],
        "get_book_author",
        {"title": ["Rebecca"]},
    ),
    (
        "Who wrote 'The Name of the Rose'?",
        [CHAMPION, BOOK_AUTHOR, TRANSLATE],
        "get_book_author",
        {"title": ["The Name of the Rose"]},
    ),
    (
        "Who painted 'The Hay Wain'?",
        [ARTIST],
        "artwork_get_artist",
        {"artwork": ["The Hay Wain"]},
    ),
    (
        "Who invented the phonograph?",
        [BOOK_AUTHOR, INVENTOR],
        "invention_get_inventor",
        {"invention": ["phonograph", "the phonograph"]},
    ),
    (
        "Who directed 'Rashomon'?",
        [DIRECTOR, BOOK_AUTHOR],
        "movie_get_director",
        {"title": ["Rashomon"]},
    ),
    (
        "How many people live in Nairobi?",
        [CITY_POPULATION],
        "city_population",
        {"city": ["Nairobi"], "year": [OMIT]},
    ),
    (
        "How many people lived in Vietnam in 2010?",
        [CAPITAL, COUNTRY_POPULATION],
        "country_population_lookup",
        {"country": ["Vietnam"], "year": [2010]},
    ),
    (
        "When do the Boston Bruins play next?",
        [CHAMPION, SCHEDULE],
        "get_team_schedule",
        {"team_name": ["Boston Bruins", "the Boston Bruins"], "num_games": [OMIT, 1]},
    ),
    (
        "When is Ajax's next match?",
        [SCHEDULE],
        "get_team_schedule",
        {"team_name": ["Ajax"], "num_games": [OMIT, 1]},
    ),
    (
        "How do you say 'where is the station' in Dutch?",
        [TRANSLATE],
        "translate_text",
        {"text": ["where is the station"], "target_language": ["Dutch"]},
    ),
    (
        "How would I say 'good luck' in Korean?",
        [WEATHER, TRANSLATE],
        "translate_text",
        {"text": ["good luck"], "target_language": ["Korean"]},
    ),
    (
        "Where can I eat ramen in Portland?",
        [HOTELS, RESTAURANTS],
        "find_restaurants",
        {"city": ["Portland"], "cuisine": ["ramen"]},
    ),
    (
        "Calculate the mean of 7, 12 and 20.",
        [AVERAGE],
        "calculate_average",
        {"numbers": [[7, 12, 20]]},
    ),
    (
        "What is the mean of 3.5, 4.1, 6.0 and 2.2?",
        [MEDIAN, AVERAGE, STDEV],
        "calculate_average",
        {"numbers": [[3.5, 4.1, 6.0, 2.2]]},
    ),
    (
        "Where can I stay in Kyoto for 3 nights?",
        [RESTAURANTS, HOTELS],
        "hotel_search",
        {"city": ["Kyoto"], "nights": [3]},
    ),
]

NONE: list[tuple[str, list[dict]]] = [
    ("Who won the 2004 Tour de France?", [BOOK_AUTHOR]),
    ("Who wrote the novel 'Rebecca'?", [CHAMPION, WEATHER]),
    ("Who painted the ceiling of the Sistine Chapel?", [INVENTOR]),
    ("How many people live in Nairobi?", [TRANSLATE, STOCK]),
    ("How many people died in the 1906 San Francisco earthquake?", [CITY_POPULATION]),
    ("When is the next solar eclipse visible from Europe?", [SCHEDULE]),
    ("How do you say 'thank you' in Greek?", [EXCHANGE, STOCK]),
    ("Where can I get good dumplings in Denver?", [HOTELS]),
    ("Who wrote the song 'Yesterday'?", [BOOK_AUTHOR]),
    ("What does the word 'median' mean?", [MEDIAN, AVERAGE]),
    ("Who won the argument at the town meeting?", [CHAMPION]),
]

GAPS: dict[str, str] = {
    "Who won the 1998 Premier League": "value: 'League', a word of the tool's, is cut from the name",
    "Who won the Booker Prize": "tool: 'Booker' is read as 'book' (get_book_author); winner ~ recipient 0.23",
    "Where can I eat ramen": "value: 'ramen', a dish, is not taken for the cuisine",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "name", "expected"), params(CALL, GAPS))
def test_the_tool_that_gives_what_the_question_asks_for(
    request_text: str, tools: list, name: str, expected: dict
) -> None:
    problem = one_call_problem(request_text, tools, name, expected)
    assert not problem, problem


@pytest.mark.parametrize(("request_text", "tools"), params(NONE, GAPS))
def test_no_call_when_no_tool_gives_it(request_text: str, tools: list) -> None:
    assert calls(request_text, *tools) == []
