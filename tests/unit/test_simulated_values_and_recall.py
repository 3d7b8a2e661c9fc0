"""Tool choice and argument rules of the simulated model (model.py rules 3 and 4), one test per rule.

Each test writes its own tools and requests: the calls the simulated model must make, and a case
the rule must leave alone.
"""

from __future__ import annotations

from agentkit.local import lexicon
from agentkit.local.simulated import SimulatedModel

MODEL = SimulatedModel()


def tool(name: str, description: str, properties: dict, required: list[str] | None = None) -> dict:
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
    }
    return {"toolSpec": {"name": name, "description": description, "inputSchema": {"json": schema}}}


def calls(request: str, *tools: dict) -> list[tuple[str, dict]]:
    response = MODEL.converse(
        {"messages": [{"role": "user", "content": [{"text": request}]}], "toolConfig": {"tools": list(tools)}}
    )
    return [
        (b["toolUse"]["name"], b["toolUse"]["input"])
        for b in response["output"]["message"]["content"]
        if "toolUse" in b
    ]


def text(description: str) -> dict:
    return {"type": "string", "description": description}


def flag(description: str) -> dict:
    return {"type": "boolean", "description": description}


def test_a_place_after_in_fills_an_optional_parameter_named_for_a_place() -> None:
    festivals = tool(
        "list_festivals",
        "List the best-known music festivals of a genre.",
        {
            "genre": text("The music genre, e.g. jazz, folk."),
            "country": text("The country to look in. Default is everywhere."),
        },
        ["genre"],
    )
    assert calls("List the best-known jazz festivals in Portugal", festivals) == [
        ("list_festivals", {"genre": "jazz", "country": "Portugal"})
    ]
    assert calls("List the best-known jazz festivals", festivals) == [("list_festivals", {"genre": "jazz"})]


def test_an_optional_parameter_only_described_as_a_place_still_needs_more_than_in() -> None:
    """`venue` is no place noun by name ("notes"): "in Porto" is not evidence enough for it."""
    concerts = tool(
        "concert_calendar",
        "Upcoming concerts of a band.",
        {"band": text("The band's name."), "notes": text("Notes about the city or venue.")},
        ["band"],
    )
    assert calls("Upcoming concerts of Radiohead in Porto", concerts) == [
        ("concert_calendar", {"band": "Radiohead"})
    ]


def test_the_leftover_words_before_the_tools_noun_say_which_kind_of_it() -> None:
    workshops = tool(
        "workshop_finder",
        "Find a workshop to join.",
        {"craft": text("The craft taught."), "town": text("The town, e.g. Leeds.")},
    )
    assert calls("Find me a pottery workshop in Leeds with small groups", workshops) == [
        ("workshop_finder", {"craft": "pottery", "town": "Leeds"})
    ]


def test_the_leftover_words_drop_a_leading_count_and_a_flags_word() -> None:
    sellers = tool(
        "market_top_sellers",
        "The best sellers of a farmers market.",
        {
            "product": text("The product to rank sellers of."),
            "organic": flag("Only organic produce. Default is false."),
        },
        ["product"],
    )
    assert calls("Show the three organic cheese sellers of the market", sellers) == [
        ("market_top_sellers", {"product": "cheese", "organic": True})
    ]


def test_a_clause_that_names_a_currency_speaks_of_a_currency() -> None:
    quote = tool(
        "currency_quote",
        "Quote what an amount buys elsewhere.",
        {
            "amount": {"type": "number", "description": "The amount to change."},
            "buy": text("What to buy, e.g. EUR."),
        },
    )
    lamp = tool("desk_lamp", "Switch the desk lamp.", {"on": flag("Whether the lamp is on.")})
    assert [name for name, _ in calls("What do 200 Swiss francs give me in Japan?", quote, lamp)] == [
        "currency_quote"
    ]
    assert lexicon.names_currency("Convert 30 to CAD") and lexicon.names_currency("in USD")
    assert not lexicon.names_currency("Give me ALL of it") and not lexicon.names_currency("a five pound bag")


def test_the_options_of_a_lists_items_are_words_of_the_tool() -> None:
    nutrition = tool(
        "food_facts",
        "Look up a food.",
        {
            "food": text("The food."),
            "nutrients": {"type": "array", "items": {"type": "string", "enum": ["Sugar", "Sodium", "Fibre"]}},
        },
    )
    assert calls("How much sugar and sodium is in a mango?", nutrition) == [
        ("food_facts", {"food": "mango", "nutrients": ["Sugar", "Sodium"]})
    ]


def test_a_word_after_a_value_does_not_reach_back_across_and_an_article() -> None:
    model = tool(
        "fit_model",
        "Fit a regression model.",
        {
            "inputs": {"type": "array", "items": {"type": "string"}, "description": "The input columns."},
            "target": text("The target column."),
        },
    )
    assert calls(
        "Fit a regression model with input variables 'Height' and 'Age' and a target variable 'Weight'", model
    ) == [("fit_model", {"inputs": ["Height", "Age"], "target": "Weight"})]


def test_an_option_is_named_also_with_its_words_hyphenated() -> None:
    snacks = tool(
        "snack_finder",
        "Find snacks for a diet.",
        {
            "diet": {"type": "array", "items": {"type": "string", "enum": ["Nut Free", "Low Salt", "Vegan"]}},
            "snack": text("The snack."),
        },
    )
    assert calls("Find a nut-free and low-salt snack: crackers", snacks)[0][1]["diet"] == [
        "Nut Free",
        "Low Salt",
    ]


def test_a_currency_parameter_takes_a_currency_the_amounts_as_the_one_converted_from() -> None:
    exchange = tool(
        "currency_exchange",
        "Change money.",
        {
            "sum": {"type": "number", "description": "The sum to change."},
            "base_currency": text("The currency to change from."),
            "target_currency": text("The currency to change to."),
        },
    )
    assert calls("I hold 250 Swiss francs. What is that in GBP?", exchange) == [
        ("currency_exchange", {"sum": 250, "base_currency": "CHF", "target_currency": "GBP"})
    ]
    assert calls("I hold 250 Swiss francs. What is that in miles?", exchange) == []
    assert calls("How many Swiss francs do I get for 80 US dollars?", exchange) == [
        ("currency_exchange", {"sum": 80, "base_currency": "USD", "target_currency": "CHF"})
    ]


def test_a_name_set_after_a_parameters_noun_by_a_comma_is_its_value() -> None:
    ranking = tool(
        "chess_rating",
        "The current rating of a chess player.",
        {"federation": text("Name of the federation."), "player_name": text("Name of the player.")},
    )
    assert calls("Get the current rating of a FIDE player, Ada Lane", ranking) == [
        ("chess_rating", {"federation": "FIDE", "player_name": "Ada Lane"})
    ]
    tickets = tool(
        "book_show",
        "Book seats for a show.",
        {"artist": text("The artist to see."), "city": text("The city.")},
    )
    assert calls("Book seats to see my favourite artist, Ada Lane, in Leeds", tickets) == [
        ("book_show", {"artist": "Ada Lane", "city": "Leeds"})
    ]


def test_a_parameter_for_the_kind_of_a_noun_takes_the_word_before_that_noun() -> None:
    heating = tool(
        "heating_cost",
        "Estimate the yearly heating cost of a house.",
        {
            "fuel_type": text("The fuel burned."),
            "area": {"type": "number", "description": "Floor area in m2."},
        },
    )
    assert calls("What does it cost to heat a 120 m2 house with a wood-fueled stove?", heating) == [
        ("heating_cost", {"fuel_type": "wood", "area": 120})
    ]
    assert calls("Heating cost of a 90 m2 house on natural gas fuel?", heating) == [
        ("heating_cost", {"fuel_type": "gas", "area": 90})
    ]


def test_a_required_object_that_marks_no_property_required_takes_what_the_clause_states() -> None:
    search = tool(
        "flat_search",
        "Find flats to rent.",
        {
            "city": text("The city."),
            "rent": {
                "type": "object",
                "description": "Monthly rent range.",
                "properties": {
                    "min": {"type": "number", "description": "Lowest rent."},
                    "max": {"type": "number", "description": "Highest rent."},
                },
            },
        },
    )
    assert calls("Find flats in Leeds for $900 to $1,200 a month.", search) == [
        ("flat_search", {"city": "Leeds", "rent": {"min": 900, "max": 1200}})
    ]


def test_an_arrow_between_two_values_reads_to() -> None:
    """ "SFO → NRT", "USD -> EUR": an arrow is said aloud as "to", so the value before it is the start
    and the one after it the end (before, the two codes were read as one name)."""
    trains = tool(
        "rail.search",
        "Search train connections.",
        {"origin": text("Departure station."), "destination": text("Arrival station.")},
    )
    assert calls("Train connections Berlin → Prague, please.", trains) == [
        ("rail.search", {"origin": "Berlin", "destination": "Prague"})
    ]
    convert = tool(
        "fx.convert",
        "Convert an amount between currencies.",
        {
            "amount": {"type": "number", "description": "Amount."},
            "from_currency": text("ISO code to convert from."),
            "to_currency": text("ISO code to convert to."),
        },
    )
    assert calls("Convert 250 CHF -> SEK.", convert) == [
        ("fx.convert", {"amount": 250.0, "from_currency": "CHF", "to_currency": "SEK"})
    ]


def test_the_to_of_an_infinitive_is_no_end_of_a_route() -> None:
    """ "I need to ship LHR to CDG": a lower-case word that can be a verb after "to" makes it an
    infinitive's "to", so the value after that verb is no destination."""
    cargo = tool(
        "cargo.quote",
        "Quote air cargo between two airports.",
        {
            "origin": text("IATA code of the origin airport."),
            "destination": text("IATA code of the destination."),
        },
    )
    assert calls("I need to ship AMS to ORD, what's the quote?", cargo) == [
        ("cargo.quote", {"origin": "AMS", "destination": "ORD"})
    ]


def test_an_afterthought_pointing_back_adds_its_option_to_an_ask_that_takes_a_value_from_before() -> None:
    """ "The fare is $42; I want to tip 10% and round it up": the ask takes its fare from the statement
    before it, and "round it up" points back to it, so its option goes in that one call (before, the
    afterthought was cut off as an ask of its own, which no tool answers, and the option was lost)."""
    fare = tool(
        "taxi.tip",
        "Work out a taxi tip.",
        {
            "fare": {"type": "number", "description": "Fare amount."},
            "percent": {"type": "number", "description": "Tip percentage."},
            "round_up": flag("Round the total up. Default false."),
        },
        ["fare", "percent"],
    )
    assert calls("The fare is $42; I want to tip 10% and round it up.", fare) == [
        ("taxi.tip", {"fare": 42.0, "percent": 10.0, "round_up": True})
    ]
    bill = tool(
        "bill.tip",
        "Calculate a restaurant tip.",
        {
            "bill": {"type": "number", "description": "Bill amount."},
            "percent": {"type": "number", "description": "Tip percentage."},
            "split": {"type": "integer", "description": "Number of people splitting. Default 1."},
        },
        ["bill", "percent"],
    )
    assert calls("Lunch was $61.20; we want to tip 20% and split it three ways.", bill) == [
        ("bill.tip", {"bill": 61.2, "percent": 20.0, "split": 3})
    ]


def _forced(request: str, spec: dict) -> dict:
    name = spec["toolSpec"]["name"]
    response = MODEL.converse(
        {
            "messages": [{"role": "user", "content": [{"text": request}]}],
            "toolConfig": {"tools": [spec], "toolChoice": {"tool": {"name": name}}},
        }
    )
    [use] = [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]
    return use["input"]


def test_an_instruction_opens_on_its_act_not_on_a_value() -> None:
    """ "Make the bedroom 19.5 degrees", "Put the garage at 12": the first word, a verb before its object's
    determiner, is the act asked for; the words left over for a string parameter are its object."""
    thermostat = tool(
        "home.set_temperature",
        "Set the thermostat in a room.",
        {"room": text("Room name."), "celsius": {"type": "number", "description": "Target in Celsius."}},
    )
    assert _forced("Make the bedroom 19.5 degrees.", thermostat)["room"] == "bedroom"
    assert _forced("Put the garage at 12.", thermostat)["room"] == "garage"
