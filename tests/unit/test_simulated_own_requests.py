"""Requests written here for tools written here, one per general reading the simulator learnt from its
failures on requests it had never seen (the odd half of BFCL stays unread; these are new wording).

Each test is one rule, with a tool and a request written for it, and a look-alike where the rule must
not fire."""

from __future__ import annotations

from test_simulated_arguments import ROUTE, calls, num, text, tool

from agentkit.local.simulated.matching import answer_kinds
from agentkit.local.simulated.parameters import Parameter
from agentkit.local.simulated.text import clauses
from agentkit.local.simulated.tokens import tokenize

MOVIES = tool(
    "find_movies",
    "Find movies showing in a city.",
    {"city": text("City name."), "genre": text("Movie genre."), "date": text("Date, YYYY-MM-DD.")},
    ["city"],
)


def test_a_noun_before_the_tools_noun_is_the_kind_a_genre_parameter_holds() -> None:
    """ "horror movies" for `find_movies(genre)`: English puts the kind before its noun."""
    assert calls("Which horror movies are showing in Austin on 2024-10-31?", MOVIES) == [
        ("find_movies", {"city": "Austin", "genre": "horror", "date": "2024-10-31"})
    ]
    # "new" is no genre: a word that can be an adjective says something else about the movies
    assert calls("Which new movies are showing in Austin?", MOVIES) == [("find_movies", {"city": "Austin"})]


RECIPES = tool(
    "search_recipes",
    "Search recipes by ingredients.",
    {
        "ingredients": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Ingredients to include.",
        },
        "max_minutes": {"type": "integer", "description": "Maximum cooking time in minutes."},
    },
    ["ingredients"],
)
DIRECTIONS = tool(
    "get_directions",
    "Driving directions between two places.",
    {
        "start": text("Starting place."),
        "end": text("Destination."),
        "avoid": {"type": "array", "items": {"type": "string"}, "description": "Features to avoid."},
    },
    ["start", "end"],
)


def test_a_series_of_things_fills_the_one_list_a_tool_takes() -> None:
    """ "using tofu and spinach": no word of `ingredients` stands by the series, but it is the tool's only
    list, and the participle "using" is not part of the first item."""
    assert calls("Find recipes using tofu and spinach.", RECIPES) == [
        ("search_recipes", {"ingredients": ["tofu", "spinach"]})
    ]


def test_a_participle_takes_what_follows_it_not_the_value_before_it() -> None:
    """ "to Portland avoiding tolls and ferries": Portland is where the route ends; the tolls are avoided."""
    assert calls(
        "Give me driving directions from Seattle to Portland avoiding tolls and ferries.", DIRECTIONS
    ) == [("get_directions", {"start": "Seattle", "end": "Portland", "avoid": ["tolls", "ferries"]})]


def test_a_formula_whose_examples_are_codes_takes_a_code() -> None:
    """A chemical formula ("e.g. H2O") is a code like "C6H12O6", not an equation to read as arithmetic."""
    molar = tool(
        "molar_mass", "Molar mass of a chemical compound.", {"formula": text("Chemical formula, e.g. H2O.")}
    )
    assert calls("What is the molar mass of C6H12O6?", molar) == [("molar_mass", {"formula": "C6H12O6"})]
    derivative = tool(
        "derivative", "Derivative of a function.", {"function": text("The function, e.g. x^2 + 1.")}
    )
    assert calls("What is the derivative of 3x^2 + 2x?", derivative) == [
        ("derivative", {"function": "3x^2 + 2x"})
    ]


def test_a_jurisdiction_is_a_place() -> None:
    """ "in New York" names where a court case was heard, for a `jurisdiction` parameter."""
    cases = tool(
        "search_case_law",
        "Search court cases.",
        {"keyword": text("Keyword to search for."), "jurisdiction": text("Jurisdiction, e.g. California.")},
        ["keyword"],
    )
    assert calls("Find cases in New York about trademark infringement.", cases) == [
        ("search_case_law", {"keyword": "trademark infringement", "jurisdiction": "New York"})
    ]


def test_the_words_left_over_fan_out_when_they_are_one_of_a_series() -> None:
    """ "the red fox and the grey wolf": the leftover words that fill `species` are one of two things asked about."""
    species = tool(
        "get_species_info", "Information about an animal species.", {"species": text("Name of the species.")}
    )
    assert calls("Look up the species info for the red fox and the grey wolf.", species) == [
        ("get_species_info", {"species": "red fox"}),
        ("get_species_info", {"species": "grey wolf"}),
    ]


def test_a_clause_of_only_new_values_after_a_preposition_asks_the_same_again() -> None:
    """ "…, and also of 100 and 75": the verb and its thing are left out; the ask is the one before."""
    gcd = tool(
        "math_gcd",
        "Greatest common divisor of two integers.",
        {
            "a": {"type": "integer", "description": "First integer."},
            "b": {"type": "integer", "description": "Second integer."},
        },
    )
    assert calls("Find the GCD of 12 and 18, and also of 100 and 75.", gcd) == [
        ("math_gcd", {"a": 12, "b": 18}),
        ("math_gcd", {"a": 100, "b": 75}),
    ]


TIP = tool(
    "calculate_tip",
    "Tip for a restaurant bill.",
    {
        "bill_amount": num("Total bill in dollars."),
        "tip_percentage": num("Tip percentage."),
        "split": num("Number of people splitting the bill. Default 1.", "integer"),
    },
    ["bill_amount", "tip_percentage"],
)


def test_the_scene_before_a_question_gives_the_values_the_question_only_guessed() -> None:
    """The question alone would put the number left over ("four ways") in `bill_amount`; the sentence
    before it says what the bill was, by the parameter's word."""
    got = calls("Our bill was $84. How much should each of us tip at 18%?", TIP)
    assert got == [("calculate_tip", {"bill_amount": 84, "tip_percentage": 18})]


SUNSET = tool(
    "get_sunset_time",
    "Sunset time at a location on a date.",
    {"location": text("City or place."), "date": text("Date in YYYY-MM-DD format.")},
    ["location"],
)


def test_a_preposition_said_again_coordinates_the_values() -> None:
    """ "in Cairo and in Lima" is the series "in Cairo and Lima": one call each, the date shared."""
    got = calls("What time does the sun set in Cairo and in Lima on 2025-12-21?", SUNSET)
    assert got == [("get_sunset_time", {"location": c, "date": "2025-12-21"}) for c in ("Cairo", "Lima")]


INTEREST = tool(
    "compound_interest",
    "Calculate compound interest on a principal.",
    {
        "principal": num("Initial amount of money."),
        "rate": num("Annual interest rate as a decimal."),
        "years": num("Number of years.", "integer"),
    },
)


def test_an_amount_of_money_and_a_span_of_years_are_no_series() -> None:
    """ "for 10 years, and for $2000 …": the repeated "for" does not make 10 years and $2000 one series;
    the second ask is a call of its own, and each call keeps its own years."""
    got = calls(
        "Calculate the compound interest for $1000 at 5% for 10 years, and for $2000 at 3% for 5 years.",
        INTEREST,
    )
    assert got == [
        ("compound_interest", {"principal": 1000, "rate": 0.05, "years": 10}),
        ("compound_interest", {"principal": 2000, "rate": 0.03, "years": 5}),
    ]


LYRICS = tool(
    "find_lyrics",
    "Find the lyrics of a song.",
    {"song_title": text("Title of the song."), "artist": text("Name of the artist.")},
    ["song_title"],
)


def test_a_name_after_by_is_who_made_it() -> None:
    assert calls("Get me the lyrics of Yellow by Coldplay.", LYRICS) == [
        ("find_lyrics", {"song_title": "Yellow", "artist": "Coldplay"})
    ]
    # no "by": the optional artist stays out
    assert calls("Get me the lyrics of Yellow.", LYRICS) == [("find_lyrics", {"song_title": "Yellow"})]


RESTAURANTS = tool(
    "find_restaurant",
    "Find restaurants in a city.",
    {"city": text("City to search in."), "cuisine": text("Type of cuisine.")},
    ["city"],
)


def test_a_peoples_adjective_before_the_tools_noun_is_its_kind() -> None:
    """ "Italian restaurants": a nationality says which cuisine; a place before the noun does not ("Boston
    restaurants"), and a nationality is no member of a series of places."""
    assert calls("Find Italian restaurants in Boston and Thai restaurants in Chicago.", RESTAURANTS) == [
        ("find_restaurant", {"city": "Boston", "cuisine": "Italian"}),
        ("find_restaurant", {"city": "Chicago", "cuisine": "Thai"}),
    ]
    assert calls("Find the best Boston restaurants.", RESTAURANTS) == [
        ("find_restaurant", {"city": "Boston"})
    ]


BINOMIAL = tool(
    "binomial_probability",
    "Probability of k successes in n trials.",
    {
        "trials": num("Number of trials.", "integer"),
        "successes": num("Number of successes.", "integer"),
        "p": num("Probability of success in one trial."),
    },
)


def test_a_condition_before_a_question_is_part_of_its_ask() -> None:
    """ "If I shoot 20 times, what is …" is one ask (its "if" clause is no request of its own); each question
    is a call, and the chance stated once, in the scene, holds for every one."""
    got = calls(
        "Each shot has a 0.4 chance of scoring. If I shoot 10 times, what is the probability of scoring exactly "
        "3 times? Also, if I shoot 20 times, what is the probability of scoring exactly 8 times? Lastly, if I "
        "shoot 40 times, what is the probability of scoring exactly 16 times?",
        BINOMIAL,
    )
    assert got == [
        ("binomial_probability", {"trials": n, "successes": k, "p": 0.4})
        for n, k in ((10, 3), (20, 8), (40, 16))
    ]


PRIME = tool(
    "is_prime", "Check whether a number is prime.", {"number": num("The number to check.", "integer")}
)
FACTORIAL = tool(
    "factorial", "Compute the factorial of a non-negative integer.", {"n": num("The integer.", "integer")}
)


def test_a_verb_before_whether_starts_an_ask_of_its_own() -> None:
    """ "…, and check whether 7 is prime": "check" is a verb here (its object opens with "whether"), so the
    clause after "and" is a second ask, for the second tool."""
    got = calls("Compute the factorials of 3 and 7, and check whether 7 is prime.", PRIME, FACTORIAL)
    assert got == [("factorial", {"n": 3}), ("factorial", {"n": 7}), ("is_prime", {"number": 7})]


PAINT = tool(
    "paint_mix",
    "Which colors to mix for a target color.",
    {"paint_type": text("Type of paint, e.g. watercolor, acrylic, oil."), "color": text("The target color.")},
)


def test_a_name_after_the_parameters_noun_is_its_value() -> None:
    """ "color navy": the noun, then the name it stands for (as "the dish pad thai"); the second ask states
    its own color, so none is kept from the first."""
    got = calls(
        "With watercolor, what should I mix to get magenta? Also, how do I get color navy by using acrylic paint?",
        PAINT,
    )
    assert got == [
        ("paint_mix", {"paint_type": "watercolor", "color": "magenta"}),
        ("paint_mix", {"paint_type": "acrylic", "color": "navy"}),
    ]


SEARCH_BOOK = tool(
    "library_search_book",
    "Search for a book in the library branches of a city.",
    {"book_name": text("Name of the book."), "city": text("City of the library.")},
)
RESERVE_BOOK = tool(
    "library_reserve_book",
    "Reserve a book at a library branch.",
    {
        "book_id": text("The id of the book."),
        "branch_id": text("The id of the library branch."),
        "member_id": text("The id of the member reserving it."),
    },
)


def test_of_two_fitting_tools_the_one_the_request_can_fill_is_called() -> None:
    """Both tools are about library books; the request gives a book and a city, not the reservation's three
    ids, so the search is called rather than the reservation asking for one. With ids given, the reservation
    is."""
    assert calls(
        "Find a book 'The Alchemist' in the library branches in Boston.", RESERVE_BOOK, SEARCH_BOOK
    ) == [("library_search_book", {"book_name": "The Alchemist", "city": "Boston"})]
    assert calls(
        "Reserve book B-1001 at library branch BR-7 for member M-42.", RESERVE_BOOK, SEARCH_BOOK
    ) == [("library_reserve_book", {"book_id": "B-1001", "branch_id": "BR-7", "member_id": "M-42"})]


PARCELS = tool(
    "track_parcel",
    "Track a parcel.",
    {
        "tracking_code": text("The tracking code."),
        "carrier": {"type": "string", "enum": ["UPS", "FedEx", "DHL"], "description": "Carrier."},
    },
    ["tracking_code"],
)


def test_a_code_that_opens_with_digits_is_one_value() -> None:
    """ "1Z999" is one code, not the number 1 and a word "Z999"; "a 4x6 card" stays two numbers."""
    assert calls("Track parcel 1Z999 with UPS.", PARCELS) == [
        ("track_parcel", {"tracking_code": "1Z999", "carrier": "UPS"})
    ]
    assert [(t.text, t.kind) for t in tokenize("a 4x6 card")][1] == ("4", "number")


def test_an_option_written_as_one_word_is_named_by_that_word() -> None:
    """ "FedEx" names the option "FedEx", though its parts "fed" and "ex" are not words of the request."""
    assert calls("Track parcel 7788 with FedEx.", PARCELS) == [
        ("track_parcel", {"tracking_code": "7788", "carrier": "FedEx"})
    ]


def test_the_same_preposition_after_a_new_value_repeats_the_call() -> None:
    """ "1Z999 with UPS and 7788 with FedEx": a code of digits beside a code, followed by the word that
    followed the first, is the next call's code; a count beside a code is not ("and 2 with FedEx" gives
    no call for a code "2")."""
    assert calls("Track parcels 1Z999 with UPS and 7788 with FedEx.", PARCELS) == [
        ("track_parcel", {"tracking_code": "1Z999", "carrier": "UPS"}),
        ("track_parcel", {"tracking_code": "7788", "carrier": "FedEx"}),
    ]
    assert calls("Track parcel 1Z999 with UPS and 2 with FedEx.", PARCELS) == [
        ("track_parcel", {"tracking_code": "1Z999", "carrier": "UPS"})
    ]


ROOMS = tool(
    "hotel_availability",
    "Check room availability at a hotel.",
    {
        "hotel_name": text("Name of the hotel."),
        "location": text("City and country of the hotel."),
        "check_in": text("Check-in, YYYY-MM-DD."),
        "check_out": text("Check-out, YYYY-MM-DD."),
    },
)


def test_a_date_layout_in_the_description_makes_a_date_parameter() -> None:
    """ "Check-in, YYYY-MM-DD." names no date, but its layout is one: the parameter takes the request's dates by
    their kind (in the stated layout), not by their place among the values."""
    assert (
        Parameter("check_in", ROOMS["toolSpec"]["inputSchema"]["json"]["properties"]["check_in"], True).kind
        == "date"
    )
    request = "Is there a room at the Harbour Lodge hotel in Oslo, Norway from July 1, 2024 to July 5, 2024?"
    assert calls(request, ROOMS) == [
        (
            "hotel_availability",
            {
                "hotel_name": "Harbour Lodge",
                "location": "Oslo, Norway",
                "check_in": "2024-07-01",
                "check_out": "2024-07-05",
            },
        )
    ]


EXCHANGE = tool(
    "convert_currency",
    "Convert an amount between currencies.",
    {
        "amount": num("Amount to convert."),
        "from_currency": text("ISO code of the source currency, e.g. USD."),
        "to_currency": text("ISO code of the target currency, e.g. EUR."),
    },
)


def test_a_quantifier_is_no_part_of_the_noun_it_counts() -> None:
    """ "how **many** euros": the phrase is "euros", the currency asked for, not "many euros"."""
    assert calls("How many euros is 120 US dollars?", EXCHANGE) == [
        ("convert_currency", {"amount": 120, "from_currency": "USD", "to_currency": "EUR"})
    ]


EMPLOYEES = tool(
    "get_employee",
    "Look up an employee record.",
    {
        "employee_id": text("Employee ID, e.g. E-1042."),
        "include_salary": {"type": "boolean", "description": "Whether to include salary."},
    },
    ["employee_id"],
)


def test_a_boolean_reads_phrasal_negations_and_names_that_negate() -> None:
    """ "leave out salary details" negates `include_salary`; `avoid_tolls` names a negation itself, so
    "without toll roads" makes it True and "via toll roads" False."""
    assert calls("Show employee E-77 but leave out salary details.", EMPLOYEES) == [
        ("get_employee", {"employee_id": "E-77", "include_salary": False})
    ]
    assert calls("Show employee E-77 with salary details.", EMPLOYEES) == [
        ("get_employee", {"employee_id": "E-77", "include_salary": True})
    ]
    assert calls("Plan a drive from Denver to Seattle without toll roads.", ROUTE) == [
        ("plan_route", {"origin": "Denver", "destination": "Seattle", "avoid_tolls": True})
    ]
    assert calls("Plan a drive from Denver to Seattle via toll roads.", ROUTE) == [
        ("plan_route", {"origin": "Denver", "destination": "Seattle", "avoid_tolls": False})
    ]


EMAIL = tool(
    "send_email",
    "Send an e-mail.",
    {"to": text("Recipient address."), "subject": text("Subject line."), "body": text("Body of the e-mail.")},
    ["to", "body"],
)
CHAT = tool(
    "post_message",
    "Post a message to a chat channel.",
    {"channel": text("Channel name, e.g. #general."), "text": text("The message text.")},
)
SMS = tool(
    "send_sms",
    "Send a text message to a phone number.",
    {"phone": text("Phone number."), "message": text("Message to send.")},
)


def test_what_a_request_says_to_write_goes_to_the_parameter_for_written_words() -> None:
    """ "… saying the meeting moved to 3pm": the rest of the sentence is the message, not its last value
    ("3pm") nor the whole request; "that says" reads the same."""
    assert calls("Send an email to bob@example.com saying the meeting moved to 3pm.", EMAIL) == [
        ("send_email", {"to": "bob@example.com", "body": "the meeting moved to 3pm"})
    ]
    assert calls("Post a message to #ops that says deploys are paused.", CHAT) == [
        ("post_message", {"channel": "#ops", "text": "deploys are paused"})
    ]
    # one word after "saying" is no message, and a request without "saying" keeps its other readings
    assert calls("Email ana@example.com with the subject 'Invoice' and the body 'Paid, thanks.'", EMAIL) == [
        ("send_email", {"to": "ana@example.com", "subject": "Invoice", "body": "Paid, thanks."})
    ]


def test_channels_handles_and_international_phone_numbers_are_one_value_each() -> None:
    """ "#general" and "@ana" are one word each (not a symbol and a word; "C#" stays a word); "+44 7700 900123"
    is one phone number (found by `phonenumbers`), not three numbers."""
    assert [t.text for t in tokenize("Ping @ana in #general, in C#.")] == [
        "Ping", "@ana", "in", "#general", ",", "in", "C#", ".",
    ]  # fmt: skip
    assert calls("Text +44 7700 900123 saying I'm running late.", SMS) == [
        ("send_sms", {"phone": "+44 7700 900123", "message": "I'm running late"})
    ]


REFUNDS = tool(
    "issue_refund",
    "Refund an order.",
    {
        "order_id": text("Order number."),
        "amount": num("Amount to refund in dollars."),
        "reason": text("Why the refund is issued."),
    },
    ["order_id", "amount"],
)
FALLING = tool(
    "fall_time",
    "Time an object takes to fall from a height.",
    {
        "height": num("Height in meters."),
        "gravity": num("Acceleration due to gravity in m/s^2. Default 9.8."),
    },
    ["height"],
)


def test_the_reason_after_because_goes_to_a_reason_parameter() -> None:
    """ "because the item arrived damaged" is the refund's `reason`; "due to gravity of 3.7" is a quantity, and
    a reason with a number in it is not read as one (the number may be a value the tool needs)."""
    assert calls("Refund $25 on order ORD-77 because the item arrived damaged.", REFUNDS) == [
        ("issue_refund", {"order_id": "ORD-77", "amount": 25, "reason": "the item arrived damaged"})
    ]
    assert calls(
        "How long does a fall from 20 m take with an acceleration due to gravity of 3.7?", FALLING
    ) == [("fall_time", {"height": 20, "gravity": 3.7})]


FLOUR = tool("order_flour", "Order flour for the bakery.", {"weight": num("Weight in pounds.")})


def test_an_amount_in_a_bare_currency_name_is_in_the_currency_english_writes_with_a_sign() -> None:
    """ "40 dollars" is an amount in USD, as "$40" is; the currency parameters take it and the target."""
    assert calls("Please convert 40 dollars to yen.", EXCHANGE) == [
        ("convert_currency", {"amount": 40.0, "from_currency": "USD", "to_currency": "JPY"})
    ]
    # a pound is also a unit of weight: "12 pounds of flour" is a weight, no currency
    assert calls("Order 12 pounds of flour.", FLOUR) == [("order_flour", {"weight": 12.0})]


DISTANCE = tool(
    "convert_measure",
    "Convert a value from one unit to another.",
    {"value": num("The value."), "from_unit": text("Unit of the value."), "to_unit": text("Unit wanted.")},
)


def test_a_quantity_asked_for_in_a_unit_speaks_of_a_unit() -> None:
    """ "… into miles": the lead verb alone ("convert") is not yet this conversion; the unit asked for is."""
    assert calls("I ran 12 kilometers today; convert that into miles.", DISTANCE) == [
        ("convert_measure", {"value": 12.0, "from_unit": "kilometer", "to_unit": "miles"})
    ]
    assert calls("I ran 12 kilometers today.", DISTANCE) == []  # no unit is asked for
    assert "unit" in answer_kinds("what is 3 kg in lb?") and "unit" not in answer_kinds("a 3 kg bag")


def test_a_description_word_the_name_abbreviates_names_the_tool() -> None:
    """ "temperature" is in the description once, and the name says it short (`temp_`): a word of the name."""
    thermo = tool(
        "temp_forecast",
        "Forecast the temperature of a city.",
        {"city": text("City name.")},
    )
    assert calls("Which temperature will Oslo have?", thermo) == [("temp_forecast", {"city": "Oslo"})]
    assert calls("Which train goes to Oslo?", thermo) == []


def test_numbered_items_are_one_ask_each() -> None:
    """ "1." opens an item: each numbered question is a call of its own, with the scene set before."""
    odds = tool(
        "event_odds",
        "Probability of an event from counts of outcomes.",
        {"favourable": num("Favourable outcomes.", "integer"), "total": num("Total outcomes.", "integer")},
    )
    request = (
        "A bag holds 20 marbles.\n\n1. What is the probability of a red one (5 favourable outcomes of 20 total)?"
        "\n\n2. And of a blue one (3 favourable outcomes of 20 total)?"
    )
    assert calls(request, odds) == [
        ("event_odds", {"favourable": 5, "total": 20}),
        ("event_odds", {"favourable": 3, "total": 20}),
    ]
    assert clauses("We play a game.\n1. What is the score?\n2) Who won?") == [
        "We play a game",
        "What is the score",
        "Who won",
    ]


BOOKS = tool(
    "book_details",
    "Details of a book by its title.",
    {
        "title": text("The book's title."),
        "with_reviews": {"type": "boolean", "description": "Include reviews."},
    },
    ["title"],
)


def test_a_clause_about_this_thing_adds_to_the_call_about_it() -> None:
    """ "a summary of this book, like Author, Awards": the same book, not a book called "Author"."""
    assert calls(
        "Look up the book 'Dune'. Could you give me a summary of this book with facts like Author, Awards?",
        BOOKS,
    ) == [("book_details", {"title": "Dune"})]
    # a second title is a second call
    assert calls("Give me details of the book 'Dune'. Also give me details of the book 'Emma'.", BOOKS) == [
        ("book_details", {"title": "Dune"}),
        ("book_details", {"title": "Emma"}),
    ]


def test_a_tool_mentioned_again_only_to_set_the_scene_is_not_called_again() -> None:
    """ "After renting the bike, look up any fines involving the rider, Ana Ruiz": the bike's call was
    made; the clause asks for the fines, and Ana Ruiz is no city to rent a bike in."""
    bikes = tool("rent_bike", "Rent a bike in a city.", {"city": text("City to rent the bike in.")})
    fines = tool(
        "search_fines",
        "Search traffic fines involving a person in a city.",
        {"person": text("Full name."), "city": text("City.")},
    )
    request = "Rent a bike in Lyon. After renting the bike, look up any fines involving the rider, Ana Ruiz."
    assert calls(request, bikes, fines) == [
        ("rent_bike", {"city": "Lyon"}),
        ("search_fines", {"person": "Ana Ruiz", "city": "Lyon"}),
    ]


def test_a_spelled_count_is_evidence_for_the_optional_parameter_that_counts_its_noun() -> None:
    """ "twelve recent articles": `limit` is described as the number of articles, so it takes 12."""
    news = tool(
        "search_news",
        "Search news articles on a subject.",
        {
            "subject": text("Subject of the articles."),
            "limit": num("Number of articles to return.", "integer"),
        },
        ["subject"],
    )
    assert calls("Search twelve recent news articles on 'solar power'.", news) == [
        ("search_news", {"subject": "solar power", "limit": 12})
    ]
    # a count of something else is no value for it
    assert calls("Search news articles on 'solar power' for my two sisters.", news) == [
        ("search_news", {"subject": "solar power"})
    ]


def test_a_quoted_name_keeps_its_words_and_a_repeated_pattern_keeps_place_and_country() -> None:
    """ "'Harbour Lodge' in Bergen, Norway": "Lodge" in the quoted name says it is the lodge's name, and is
    no word beside "Bergen"; the second item repeats the pattern with its own place and country."""
    lodges = tool(
        "lodge_availability",
        "Check free rooms at a lodge for given dates.",
        {
            "lodge_name": text("The name of the lodge."),
            "location": text("Where the lodge is."),
            "arrival": text("Arrival date, YYYY-MM-DD."),
            "departure": text("Departure date, YYYY-MM-DD."),
        },
    )
    request = (
        "Check free rooms for 'Harbour Lodge' in Bergen, Norway from June 3, 2027 to June 6, 2027 "
        "and for 'Old Mill Lodge' in Cork, Ireland from July 1, 2027 to July 4, 2027."
    )
    assert calls(request, lodges) == [
        (
            "lodge_availability",
            {
                "lodge_name": "Harbour Lodge",
                "location": "Bergen, Norway",
                "arrival": "2027-06-03",
                "departure": "2027-06-06",
            },
        ),
        (
            "lodge_availability",
            {
                "lodge_name": "Old Mill Lodge",
                "location": "Cork, Ireland",
                "arrival": "2027-07-01",
                "departure": "2027-07-04",
            },
        ),
    ]


def test_numbered_siblings_take_the_values_their_words_or_units_point_at() -> None:
    """ "3 kg of clay at 20 °C … 5 kg at 60 °C": the mass siblings take the kilograms (a kilogram measures
    mass), the temperature siblings the degrees — not the first numbers in turn."""
    blend = tool(
        "blend_temperature",
        "Temperature of two blended batches of clay.",
        {
            "mass1": num("Mass of the first batch."),
            "temp1": num("Temperature of the first batch."),
            "mass2": num("Mass of the second batch."),
            "temp2": num("Temperature of the second batch."),
        },
    )
    assert calls(
        "Blend 3 kg of clay at 20 °C with 5 kg of clay at 60 °C: what temperature results?", blend
    ) == [("blend_temperature", {"mass1": 3.0, "temp1": 20.0, "mass2": 5.0, "temp2": 60.0})]
    sales = tool(
        "sales_growth",
        "Growth of sales between two years.",
        {
            "year1": num("First year.", "integer"),
            "year1_sales": num("Sales in the first year."),
            "year2": num("Second year.", "integer"),
            "year2_sales": num("Sales in the second year."),
        },
    )
    assert calls("How did sales grow with sales of $40k in 2024 and $52k in 2025?", sales) == [
        ("sales_growth", {"year1": 2024, "year1_sales": 40000.0, "year2": 2025, "year2_sales": 52000.0})
    ]


SAVINGS = tool(
    "savings_growth",
    "Grow a deposit at a yearly rate.",
    {
        "deposit": num("Amount deposited in dollars."),
        "rate": num("Yearly rate as a decimal."),
        "years": num("Number of years.", "integer"),
    },
)


def test_over_before_a_span_of_time_is_no_division() -> None:
    """ "3 over 4" divides; "at 0.03 over 12 years" is a rate over a span of time."""
    assert calls("How much does a $900 deposit grow at 0.03 over 12 years?", SAVINGS) == [
        ("savings_growth", {"deposit": 900.0, "rate": 0.03, "years": 12})
    ]
    evaluate = tool("evaluate", "Evaluate an arithmetic expression.", {"expression": text("The expression.")})
    assert calls("Evaluate 3 over 4.", evaluate) == [("evaluate", {"expression": "3 / 4"})]


def test_a_weekday_is_a_time_not_the_name_a_name_parameter_wants() -> None:
    """ "the Tate on Sunday and the Prado on Tuesday": the weekdays go to the day, the places to the name,
    one call per place."""
    gallery = tool(
        "gallery_opening_times",
        "Opening times of an art gallery.",
        {
            "gallery_name": text("Name of the gallery."),
            "weekday": {"type": "string", "enum": ["Monday", "Tuesday", "Sunday"], "description": "Day."},
        },
    )
    assert calls("When do the Tate on Sunday and the Prado on Tuesday open?", gallery) == [
        ("gallery_opening_times", {"gallery_name": "Tate", "weekday": "Sunday"}),
        ("gallery_opening_times", {"gallery_name": "Prado", "weekday": "Tuesday"}),
    ]


def test_an_amount_in_a_name_measures_and_money_is_no_head_count() -> None:
    """`fare_amount` is money, not how many fares; "$60" is no number of riders; a bare count word
    (`num_results`) counts whatever is asked for ("the five best hikes")."""
    fare = tool(
        "split_fare",
        "Split a taxi fare.",
        {"fare_amount": num("Fare in dollars."), "riders": num("Number of riders sharing.", "integer")},
        ["fare_amount"],
    )
    assert calls("Two fares: $60 shared by 3 riders, and $45.", fare) == [
        ("split_fare", {"fare_amount": 60.0, "riders": 3}),
        ("split_fare", {"fare_amount": 45.0, "riders": 3}),
    ]
    hikes = tool(
        "best_hikes",
        "Best-rated hikes in a region.",
        {"region": text("The region."), "num_results": num("How many results. Default 10.", "integer")},
        ["region"],
    )
    assert calls("What are the five best hikes in the Dolomites?", hikes) == [
        ("best_hikes", {"region": "Dolomites", "num_results": 5})
    ]


def test_an_item_that_keeps_the_same_value_keeps_it() -> None:
    """ "… and $5,000 for 8 years at the same rate": the rate of the first item, not a number beside
    the word."""
    assert calls(
        "Grow a $2,000 deposit at 0.04 for 3 years, and a $5,000 deposit for 8 years at the same rate.",
        SAVINGS,
    ) == [
        ("savings_growth", {"deposit": 2000.0, "rate": 0.04, "years": 3}),
        ("savings_growth", {"deposit": 5000.0, "rate": 0.04, "years": 8}),
    ]


def test_an_adjective_after_a_year_and_the_shape_after_two_sides_are_no_units() -> None:
    """ "the 2016 summer olympics": 2016 is the year, "summer" an adjective of "olympics"; "a 3 by 5
    card": the card is what both sides measure, so the sides go in order."""
    games = tool(
        "olympic_medals",
        "Medal table of an Olympic Games.",
        {"year": num("Year of the games.", "integer"), "season": text("Summer or winter.")},
        ["year"],
    )
    assert calls("Show the medal table of the 2016 summer olympics.", games)[0][1]["year"] == 2016
    card = tool(
        "card_area",
        "Area of a rectangular card.",
        {"length": num("Length of the card."), "width": num("Width of the card.")},
    )
    assert calls("What is the area of a 3 by 5 card?", card) == [("card_area", {"length": 3.0, "width": 5.0})]


def test_a_value_given_two_times_fills_two_numbered_siblings() -> None:
    """ "two 4-ohm resistors in series, then two 9-ohm ones": each value fills both siblings, per call."""
    series = tool(
        "series_resistance",
        "Total resistance of two resistors in series.",
        {"resistance1": num("First resistance in ohms."), "resistance2": num("Second resistance in ohms.")},
    )
    assert calls("Total resistance of two 4 ohm resistors, and of two 9 ohm resistors?", series) == [
        ("series_resistance", {"resistance1": 4.0, "resistance2": 4.0}),
        ("series_resistance", {"resistance1": 9.0, "resistance2": 9.0}),
    ]


def test_a_probability_takes_a_number_from_zero_to_one_or_a_percentage() -> None:
    """ "12 shots" is no probability of scoring; "a 40% chance" is, as 0.4."""
    shots = tool(
        "scoring_chance",
        "Chance of scoring a number of goals from a number of shots.",
        {
            "shots": num("Total number of shots.", "integer"),
            "goals": num("Number of goals wanted.", "integer"),
            "probability_of_goal": num("Probability that one shot scores."),
        },
        ["shots", "goals"],
    )
    assert calls("What's the chance of 3 goals from 12 shots?", shots) == [
        ("scoring_chance", {"shots": 12, "goals": 3})
    ]
    assert calls("What's the chance of 3 goals from 12 shots if each shot has a 40% chance?", shots) == [
        ("scoring_chance", {"shots": 12, "goals": 3, "probability_of_goal": 0.4})
    ]


def test_an_acronym_names_the_tool_whose_words_it_abbreviates() -> None:
    """ "the GCD of 84 and 36" for `greatest_common_divisor`; a clause with a stray acronym ("NASA")
    does not call it."""
    gcd = tool(
        "greatest_common_divisor",
        "Largest integer dividing two integers.",
        {"a": num("First integer.", "integer"), "b": num("Second integer.", "integer")},
    )
    assert calls("What is the GCD of 84 and 36?", gcd) == [("greatest_common_divisor", {"a": 84, "b": 36})]
    assert calls("When did NASA land on the moon?", gcd) == []


def test_a_flag_described_in_the_clause_s_words_is_set() -> None:
    """ "from highest to lowest" says what `reverse`'s description says, in other words than its name;
    "highest" alone does not."""
    rank = tool(
        "rank_scores",
        "Rank a list of scores.",
        {
            "scores": {"type": "array", "items": {"type": "number"}, "description": "The scores."},
            "reverse": {"type": "boolean", "description": "Rank from highest to lowest. Default false."},
        },
        ["scores"],
    )
    assert calls("Rank the scores 7, 2 and 9 from highest to lowest.", rank) == [
        ("rank_scores", {"scores": [7.0, 2.0, 9.0], "reverse": True})
    ]
    assert calls("Rank the scores 7, 2 and 9; which is highest?", rank) == [
        ("rank_scores", {"scores": [7.0, 2.0, 9.0]})
    ]


CITY_FACTS = [
    tool("city_population", "Population of a city.", {"city": text("The city.")}),
    tool("city_mayor", "The mayor of a city.", {"city": text("The city.")}),
    tool("city_area", "Area of a city in square kilometres.", {"city": text("The city.")}),
]


def test_each_object_of_a_listed_ask_is_asked_for() -> None:
    """ "the population of Oslo, the mayor of Bergen, and the area of Tromsø": the middle object after
    ", the" is asked for as much as the one after ", and the"."""
    assert calls(
        "Give me the population of Oslo, the mayor of Bergen, and the area of Tromsø.", *CITY_FACTS
    ) == [
        ("city_population", {"city": "Oslo"}),
        ("city_mayor", {"city": "Bergen"}),
        ("city_area", {"city": "Tromsø"}),
    ]


def test_a_noun_before_the_tools_word_only_in_its_own_text_is_no_other_kind() -> None:
    """ "check train IC512": "check" before "train" is no other kind of train, since the tool's
    "Status of a train" puts no noun right before it ("status" and "train" are not one compound)."""
    delays = tool("train_delays", "Status of a train.", {"train_number": text("Train number, e.g. IC512.")})
    parcel = tool("track_parcel", "Track a parcel.", {"tracking_id": text("The tracking number.")})
    assert calls("Track my parcel 1Z999, check train IC512, and thanks.", parcel, delays) == [
        ("track_parcel", {"tracking_id": "1Z999"}),
        ("train_delays", {"train_number": "IC512"}),
    ]


def test_two_tools_with_values_on_either_side_get_a_part_each() -> None:
    """ "whether 221 is prime and the square root of 49": each naming has its own number, before or
    after it, so the clause falls apart at "and the"."""
    prime = tool("is_prime", "Whether a number is prime.", {"number": num("The number.", "integer")})
    root = tool("square_root", "Square root of a number.", {"value": num("The number.")})
    assert calls("Tell me whether 221 is prime and the square root of 49.", prime, root) == [
        ("is_prime", {"number": 221}),
        ("square_root", {"value": 49.0}),
    ]


def test_a_closing_ask_that_points_back_makes_no_new_call() -> None:
    """ "… Can you get the forecast and translate the greeting?" after both were asked for: "the
    greeting" points back, no new translation; a closing ask with a new value still calls."""
    forecast = tool("get_forecast", "Weather forecast for a city.", {"city": text("The city.")})
    translate = tool(
        "translate_text",
        "Translate text into a language.",
        {"text": text("The text to translate."), "target_language": text("Language to translate into.")},
    )
    told = (
        "Imagine a weekend in Porto. You want the forecast there. You also want to translate 'good evening' "
        "into Portuguese."
    )
    assert calls(f"{told} Can you get the forecast and translate the greeting?", forecast, translate) == [
        ("get_forecast", {"city": "Porto"}),
        ("translate_text", {"text": "good evening", "target_language": "Portuguese"}),
    ]
    assert calls(f"{told} Can you also translate 'goodbye' into Portuguese?", forecast, translate)[-1] == (
        "translate_text",
        {"text": "goodbye", "target_language": "Portuguese"},
    )


def test_a_title_keeps_its_small_words_but_a_country_after_of_the_is_its_own() -> None:
    """ "Gone with the Wind" is one title; "the Fair Housing Act of the United States" is an act and a
    country — a CLDR country's name is a value for a `country` parameter wherever it stands."""
    novel = tool("novel_info", "Information about a novel.", {"title": text("Title of the novel.")})
    assert calls("Tell me about the novel Gone with the Wind.", novel) == [
        ("novel_info", {"title": "Gone with the Wind"})
    ]
    act = tool(
        "act_summary",
        "Summary of a law or act.",
        {"act_name": text("Name of the act."), "country": text("Country of the act.")},
        ["act_name"],
    )
    assert calls("Summarize the Fair Housing Act of the United States.", act) == [
        ("act_summary", {"act_name": "Fair Housing Act", "country": "United States"})
    ]


def test_how_high_asks_for_a_height() -> None:
    """ "How tall is Kilimanjaro?" asks for a height as "how far" asks for a distance."""
    peak = tool("peak_height", "Height of a mountain peak.", {"peak": text("Name of the peak.")})
    assert calls("How tall is Kilimanjaro?", peak) == [("peak_height", {"peak": "Kilimanjaro"})]


def test_a_count_right_after_the_parameters_name_and_the_next_unit_are_its_values() -> None:
    """ "the top three ramen bars" gives `top` 3 whatever noun is counted; "over the next week" is one
    week for a parameter that counts weeks."""
    ramen = tool(
        "best_ramen_bars",
        "Best-reviewed ramen bars in a city.",
        {"city": text("The city."), "top": num("How many to return.", "integer")},
        ["city", "top"],
    )
    assert calls("What are the top three ramen bars in Osaka?", ramen) == [
        ("best_ramen_bars", {"city": "Osaka", "top": 3})
    ]
    sales = tool(
        "sales_forecast",
        "Forecast a shop's sales.",
        {"shop": text("The shop."), "weeks": num("Number of weeks ahead to forecast.", "integer")},
        ["shop", "weeks"],
    )
    assert calls("Forecast the sales of Bean Corner over the next week.", sales) == [
        ("sales_forecast", {"shop": "Bean Corner", "weeks": 1})
    ]


def test_a_temperature_scale_after_a_number_is_its_unit() -> None:
    """ "30 Celsius to Fahrenheit and 50 Fahrenheit to Celsius": a scale named after a number is the
    number's unit (as "°C" is), not a name, so each conversion reads its own pair."""
    convert = tool(
        "convert_units",
        "Convert a quantity between units.",
        {
            "value": num("The quantity."),
            "from_unit": text("Unit to convert from."),
            "to_unit": text("Unit to convert to."),
        },
    )
    got = calls("Convert 30 Celsius to Fahrenheit and 50 Fahrenheit to Celsius.", convert)
    assert [(a["value"], a["from_unit"].lower(), a["to_unit"].lower()) for _, a in got] == [
        (30.0, "celsius", "fahrenheit"),
        (50.0, "fahrenheit", "celsius"),
    ]


def test_a_word_after_a_comma_that_lists_things_is_no_instruction() -> None:
    """ "two dyes, blue and orange": "blue" can be a verb, but followed by "and" after a comma it is an
    item of a list; ", find the …" still opens an instruction."""
    dyes = tool(
        "blend_dyes",
        "Blend two fabric dyes.",
        {"dye1": text("The first dye."), "dye2": text("The second dye.")},
    )
    assert calls("I want to blend two dyes, blue and orange.", dyes) == [
        ("blend_dyes", {"dye1": "blue", "dye2": "orange"})
    ]


def test_at_equal_evidence_a_written_value_goes_before_a_common_noun() -> None:
    """ "resize the banner and set size to 300x250": "set size" and "size to 300x250" stand equally by
    `size`; the written code is the value, not the verb left of it."""
    banner = tool(
        "edit_banner",
        "Edit a web banner.",
        {"size": text("Size in pixels, width by height."), "text": text("Banner text.")},
        ["size"],
    )
    assert calls("Update my banner and set size to 300x250.", banner) == [
        ("edit_banner", {"size": "300x250"})
    ]
