"""A third battery of values as people write them: bounds, lower-case names, language codes, tool choice.

Written before reading the code's handling, in domains of its own (restaurants, used cars, bus trips,
podcasts, rentals, wine, translations, subtitles, contacts, tutors, glossaries). Classes: a comparison
that sets a bound ("rated at least 4.2", "under $50", "no more than 3 stops", "4 stars or more") to the
min/max parameter it points at, in the schema's number type; a person's or place's name written in lower
case ("to denver", "call john smith"), kept as written or capitalised; a language name ("in Spanish") as
the code a description lists or shows ("es", "es-ES"); a tool chosen by what it means ("what does
'ephemeral' mean" for a dictionary tool).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, one_call_problem, params

EATERY = fn(
    "restaurants_search",
    "Search restaurants in a city.",
    {
        "city": (STR, "The city."),
        "min_rating": (NUM, "The lowest average rating, from 1 to 5."),
        "max_price": (INT, "The highest price per person in dollars."),
    },
    ["city"],
)
CARS = fn(
    "cars_find_used",
    "Find used cars for sale.",
    {
        "make": (STR, "The car make, e.g. 'Toyota'."),
        "max_mileage": (INT, "The maximum mileage in miles."),
        "min_year": (INT, "The earliest model year."),
    },
    ["make"],
)
BUS = fn(
    "buses_search_trips",
    "Search intercity bus trips.",
    {
        "from_city": (STR, "The city of departure, e.g. 'Denver'."),
        "to_city": (STR, "The destination city, e.g. 'Boulder'."),
        "max_stops": (INT, "The maximum number of stops."),
    },
    ["from_city", "to_city"],
)
PODS = fn(
    "podcasts_search",
    "Search podcasts.",
    {
        "topic": (STR, "The topic."),
        "max_minutes": (INT, "The longest episode length in minutes."),
    },
    ["topic"],
)
CABIN = fn(
    "cabins_search",
    "Search holiday cabins.",
    {
        "region": (STR, "The region."),
        "min_stars": (INT, "The minimum star rating, 1 to 5."),
    },
    ["region"],
)
WINE = fn(
    "wines_find",
    "Find wines in the shop.",
    {
        "grape": (STR, "The grape variety."),
        "max_price": (NUM, "The maximum price in euros."),
    },
    ["grape"],
)
CONTACT = fn(
    "phone_call_contact",
    "Call a contact from the address book.",
    {"contact_name": (STR, "The full name of the contact, e.g. 'Jane Doe'.")},
    ["contact_name"],
)
TUTOR = fn(
    "tutors_find",
    "Find a tutor in a city.",
    {
        "subject": (STR, "The subject."),
        "city": (STR, "The city, e.g. 'Boston'."),
    },
    ["subject", "city"],
)
TRANSLATE = fn(
    "text_translate",
    "Translate a text.",
    {
        "text": (STR, "The text to translate."),
        "target_language": (STR, "The target language code, e.g. 'fr' or 'de'."),
    },
    ["text", "target_language"],
)
SUBS = fn(
    "video_subtitles_fetch",
    "Fetch the subtitles of a video.",
    {
        "video_id": (STR, "The video's id."),
        "locale": (STR, "The subtitle locale, such as 'en-US'."),
    },
    ["video_id", "locale"],
)
NEWS = fn(
    "news_headlines",
    "Get the top news headlines.",
    {
        "country": (STR, "The country."),
        "lang": (STR, "The language, one of 'en', 'fr', 'de', 'it', 'pt'."),
    },
    ["country"],
)
DICTIONARY = fn(
    "glossary_lookup_term",
    "Look up the definition of a word.",
    {"word": (STR, "The word.")},
    ["word"],
)
FERRY = fn(
    "sailings_list",
    "List the ferry sailings between two harbours.",
    {
        "origin": (STR, "The departure harbour."),
        "destination": (STR, "The arrival harbour."),
    },
    ["origin", "destination"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a comparison that sets a bound
    (
        "Restaurants in Lyon rated at least 4.2",
        EATERY,
        {"city": ["Lyon"], "min_rating": [4.2], "max_price": [OMIT]},
    ),
    (
        "Find places to eat in Porto under $30 a head",
        EATERY,
        {"city": ["Porto"], "min_rating": [OMIT], "max_price": [30]},
    ),
    (
        "Used Hondas with no more than 60000 miles",
        CARS,
        {"make": ["Honda"], "max_mileage": [60000], "min_year": [OMIT]},
    ),
    (
        "Find a used Mazda from 2018 or newer",
        CARS,
        {"make": ["Mazda"], "max_mileage": [OMIT], "min_year": [2018]},
    ),
    (
        "Bus trips from Denver to Aspen with at most 2 stops",
        BUS,
        {"from_city": ["Denver"], "to_city": ["Aspen"], "max_stops": [2]},
    ),
    (
        "Podcasts about astronomy shorter than 40 minutes",
        PODS,
        {"topic": ["astronomy"], "max_minutes": [40]},
    ),
    ("Cabins in Tyrol with 4 stars or more", CABIN, {"region": ["Tyrol"], "min_stars": [4]}),
    ("Find a three-star cabin in Lapland", CABIN, {"region": ["Lapland"], "min_stars": [3]}),
    ("Riesling for less than 15 euros", WINE, {"grape": ["Riesling"], "max_price": [15.0]}),
    (
        "Restaurants in Oslo with a rating above 4 and under 40 dollars",
        EATERY,
        {"city": ["Oslo"], "min_rating": [4.0], "max_price": [40]},
    ),
    # ---- a name written in lower case
    ("call john smith", CONTACT, {"contact_name": ["john smith", "John Smith"]}),
    ("please ring maria lopez", CONTACT, {"contact_name": ["maria lopez", "Maria Lopez"]}),
    (
        "bus from denver to boulder",
        BUS,
        {"from_city": ["denver", "Denver"], "to_city": ["boulder", "Boulder"], "max_stops": [OMIT]},
    ),
    ("find a chemistry tutor in seattle", TUTOR, {"subject": ["chemistry"], "city": ["seattle", "Seattle"]}),
    # ---- a language name as the code a description shows
    (
        "Translate 'good morning' into Spanish",
        TRANSLATE,
        {"text": ["good morning"], "target_language": ["es"]},
    ),
    ("Translate 'thank you' to German", TRANSLATE, {"text": ["thank you"], "target_language": ["de"]}),
    ("Get the subtitles of video abc123 in French", SUBS, {"video_id": ["abc123"], "locale": ["fr-FR"]}),
    ("Top headlines in Brazil in Portuguese", NEWS, {"country": ["Brazil"], "lang": ["pt"]}),
    ("Italian news headlines for Italy", NEWS, {"country": ["Italy"], "lang": ["it", OMIT]}),
    # ---- a tool chosen by what it means
    ("What does 'ephemeral' mean?", DICTIONARY, {"word": ["ephemeral"]}),
    ("Define the word serendipity", DICTIONARY, {"word": ["serendipity"]}),
    ("What's the meaning of 'ubiquitous'?", DICTIONARY, {"word": ["ubiquitous"]}),
    ("Any boats from Oban to Mull?", FERRY, {"origin": ["Oban"], "destination": ["Mull"]}),
    ("Are there crossings from Dover to Calais?", FERRY, {"origin": ["Dover"], "destination": ["Calais"]}),
]

GAPS: dict[str, str] = {
    "Used Hondas": "a plural make ('Hondas') stays plural, the description's example is singular",
    "Podcasts about astronomy shorter": "the topic phrase runs on into the comparative ('astronomy shorter')",
    "Riesling for less than": "no tool word: 'Riesling' is a wine only by world knowledge",
    "please ring maria lopez": "tool choice: 'ring' is not read as `phone_call`'s 'call'",
    "Any boats from Oban": "tool choice: 'boats' is not matched to ferry `sailings_list`",
    "Are there crossings from Dover": "tool choice: 'crossings' is not matched to ferry `sailings_list`",
}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_value_as_the_schema_asks(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_twenty_requests() -> None:
    assert len(ROWS) >= 20
