"""Rules for the layout a string parameter's description asks its value in, with requests and tools of this
file's own wording: a US place as "City, ST" and a state as its two-letter code (`usplaces`)."""

from __future__ import annotations

from test_simulated_arguments import calls, text, tool

LAWYERS = tool(
    "find_lawyers",
    "Find lawyers practising near a city.",
    {"city": text("The city and state, e.g. Denver, CO."), "field": text("Field of law.")},
)
TICKETS = tool(
    "event_tickets",
    "Search tickets for an artist's shows.",
    {"location": text("City, State of the venue."), "artist": text("Name of the artist.")},
)
WEATHER = tool("weather_now", "Current weather in a city.", {"location": text("The city name, e.g. Paris.")})
PRICES = tool(
    "home_prices",
    "Average home price in a city.",
    {"city": text("Name of the city."), "state": text("Two-letter state abbreviation, e.g. CA.")},
)


def test_a_large_us_city_named_alone_gets_its_state_code_when_the_layout_asks_for_it() -> None:
    assert calls("Find immigration lawyers in Houston.", LAWYERS) == [
        ("find_lawyers", {"city": "Houston, TX", "field": "immigration"})
    ]
    assert calls("Find tickets for Adele in Las Vegas.", TICKETS) == [
        ("event_tickets", {"location": "Las Vegas, NV", "artist": "Adele"})
    ]


def test_a_state_written_out_is_written_as_its_code_and_a_code_kept() -> None:
    assert calls("Find tax lawyers in Portland, Oregon.", LAWYERS)[0][1]["city"] == "Portland, OR"
    assert calls("Find tax lawyers in Portland, ME.", LAWYERS)[0][1]["city"] == "Portland, ME"


def test_no_state_is_added_where_the_layout_does_not_ask_or_the_city_is_not_american() -> None:
    assert calls("What's the weather in Chicago?", WEATHER) == [("weather_now", {"location": "Chicago"})]
    assert calls("Find tax lawyers in Toronto.", LAWYERS)[0][1]["city"] == "Toronto"


def test_a_state_parameter_that_asks_for_the_abbreviation_gets_the_code() -> None:
    assert calls("What is the average home price in Tulsa, Oklahoma?", PRICES) == [
        ("home_prices", {"city": "Tulsa", "state": "OK"})
    ]


def test_a_city_whose_best_known_namesake_is_abroad_gets_no_us_state() -> None:
    """The gazetteer's largest "Paris" is France's, not Paris, Texas: a careful caller leaves it as written."""
    assert calls("Find tax lawyers in Paris.", LAWYERS)[0][1]["city"] == "Paris"


def test_a_city_named_by_its_everyday_name_is_found_under_its_gazetteer_name() -> None:
    """GeoNames lists "New York City"; people write "New York" (an alternate name the gazetteer carries)."""
    assert calls("Find tax lawyers in New York.", LAWYERS)[0][1]["city"] == "New York, NY"
