"""The value put in each argument (arguments.py, mentions.py, quantities.py, options.py, leftovers.py,
lexicon.py): the right tool is called, and each argument must hold the value the request states, written
as the parameter asks for it.

Requests and tools written here, in several domains, one phrasing class per test: a number in scientific
notation, a people's adjective for a country, a unit named for the answer, a series of things for a list,
a clipped word for a list's option, leftover words that are no language.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool


def items(description: str, options: list[str] | None = None) -> dict:
    item = {"type": "string", "enum": options} if options else {"type": "string"}
    return {"type": "array", "description": description, "items": item}


GRAVITY = tool(
    "gravity_force",
    "Gravitational force between two masses.",
    {"m1": num("Mass one in kg."), "m2": num("Mass two in kg."), "distance": num("Distance in meters.")},
)
COULOMB = tool(
    "coulomb_force",
    "Electrostatic force between two point charges.",
    {
        "q1": num("First charge in coulombs."),
        "q2": num("Second charge in coulombs."),
        "distance": num("Separation in meters."),
    },
)
PHOTON = tool(
    "photon_energy",
    "Energy of a photon of a given frequency.",
    {"frequency": num("Frequency in Hz."), "planck": num("Planck constant, optional.")},
    ["frequency"],
)


@pytest.mark.parametrize(
    ("request_text", "tools", "expected"),
    [
        (
            "Compute the gravity force between 5.97 x 10^24 kg and 7.35 x 10^22 kg at 3.84 x 10^8 meters.",
            [GRAVITY],
            {"m1": 5.97e24, "m2": 7.35e22, "distance": 3.84e8},
        ),
        (
            "What is the coulomb force between 1.6 × 10^-19 C and 3.2 × 10^-19 C separated by 2e-10 meters?",
            [COULOMB],
            {"q1": 1.6e-19, "q2": 3.2e-19, "distance": 2e-10},
        ),
        (
            "Get the photon energy for a frequency of 5*10**14 Hz with a planck constant of 6.626 x 10^-34.",
            [PHOTON],
            {"frequency": 5e14, "planck": 6.626e-34},
        ),
    ],
)
def test_a_number_in_scientific_notation_is_one_number(request_text, tools, expected) -> None:
    """ "8.854 x 10^-12", "2e-10": the mantissa times a power of ten, not a product to compute nor the
    exponent as a value of its own."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments == pytest.approx(expected)


HISTORY = tool(
    "history_timeline",
    "Key events in a country's history.",
    {"country": text("Name of the country."), "start_year": num("Start year.", "integer")},
    ["country"],
)
WINES = tool("wine_list", "Wines produced in a country.", {"country": text("The country of production.")})
FOLK = tool(
    "folk_music_search",
    "Find traditional folk music recordings.",
    {"country": text("Country of origin."), "limit": num("How many to return.", "integer")},
    ["country"],
)


@pytest.mark.parametrize(
    ("request_text", "tools", "expected"),
    [
        ("List key events in French history since 1789.", [HISTORY], "France"),
        ("Show me Japanese history since 1600.", [HISTORY], "Japan"),
        ("Recommend some Portuguese wines.", [WINES], "Portugal"),
        ("Find 5 Mexican folk music recordings.", [FOLK], "Mexico"),
        ("Find Norwegian folk music recordings.", [FOLK], "Norway"),
    ],
)
def test_a_peoples_adjective_gives_a_country_parameter_the_country(request_text, tools, expected) -> None:
    """ "German history" asks of Germany: a `country` takes the country's name, not its adjective."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments["country"] == expected


HEAT = tool(
    "heat_energy_calculate",
    "Heat needed to warm a substance.",
    {
        "substance": text("The substance heated."),
        "mass": num("Mass in kg."),
        "initial_temperature": num("Start temperature in Celsius."),
        "final_temperature": num("End temperature in Celsius."),
    },
)
DRAG = tool(
    "drag_force",
    "Drag force on a body moving in a fluid.",
    {"fluid": text("The fluid."), "speed": num("Speed in m/s.")},
)


@pytest.mark.parametrize(
    ("request_text", "tools", "param", "expected"),
    [
        (
            "What is the heat energy in Joules of 2 kg of copper warmed from 20°C to 80°C?",
            [HEAT],
            "substance",
            "copper",
        ),
        (
            "Calculate the heat energy in Kilojoules for 3kg of water heated from 10°C to 90°C.",
            [HEAT],
            "substance",
            "water",
        ),
        ("Find the drag force in Newtons on a ball moving through honey at 2 m/s.", [DRAG], "fluid", "honey"),
    ],
)
def test_the_unit_an_answer_is_asked_in_is_no_name(request_text, tools, param, expected) -> None:
    """ "in Joules", "in Newtons", "Joules per Kelvin": a unit's name, capitalised, is what the answer is
    measured in — no name for a string parameter."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments[param] == expected


PLAYER = tool(
    "player_stats",
    "Season statistics of a football player.",
    {"player": text("Player name."), "fields": items("Statistics to return.")},
)
TEAM = tool(
    "team_report",
    "Season report of a sports team.",
    {"team": text("Team name."), "metrics": items("Metrics to include.")},
)
NUTRITION = tool(
    "nutrition_lookup",
    "Nutrition facts of a food.",
    {
        "food": text("The food."),
        "nutrients": items(
            "Nutrients to report.", ["Protein", "Calories", "Carbohydrates", "Fat", "Vitamins"]
        ),
    },
)


@pytest.mark.parametrize(
    ("request_text", "tools", "param", "expected"),
    [
        # a verb's -s form between commas after a noun is a plural noun, an item of the series
        (
            "Get Erling Haaland's statistics, specifically his goals, assists, shots, and minutes played.",
            [PLAYER],
            "fields",
            ["goals", "assists", "shots", "minutes played"],
        ),
        # a colon after a name opens the list; it keys no value
        (
            "Show the stats for Sam Kerr: goals, assists, tackles and yellow cards.",
            [PLAYER],
            "fields",
            ["goals", "assists", "tackles", "yellow cards"],
        ),
        # items that repeat their first word ("total …, total …") are items, not instructions
        (
            "Build the report for the Rovers, with their total goals, total saves, total fouls, and win rate.",
            [TEAM],
            "metrics",
            ["total goals", "total saves", "total fouls", "win rate"],
        ),
        # a clipped word in a series of options names the option it begins
        (
            "Check the protein, calories and carbs in a bagel.",
            [NUTRITION],
            "nutrients",
            ["Protein", "Calories", "Carbohydrates"],
        ),
        ("List the fat and carbs of kale.", [NUTRITION], "nutrients", ["Fat", "Carbohydrates"]),
    ],
)
def test_a_series_fills_a_list_with_every_member(request_text, tools, param, expected) -> None:
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments[param] == expected


def test_an_instruction_repeated_after_commas_stays_instructions() -> None:
    """ "check flights, check trains": a repeated verb after a clause's end opens asks, not list items."""
    from agentkit.local.simulated.mentions import read

    phrases = [
        m.value for m in read("Find hotels in rome, check flights, check trains and book a car").mentions
    ]
    assert "check trains" not in phrases


SENTIMENT = tool(
    "sentiment_score",
    "Sentiment of a text.",
    {"text": text("The text."), "language": text("Language of the text.")},
)
TRANSLATE = tool(
    "translate_note",
    "Translate a note.",
    {"note": text("The note to translate."), "target_language": text("Language to translate into.")},
)


def test_leftover_words_are_no_language() -> None:
    """A language parameter takes a language's name; "the product comment" is the text's kind, not its
    language — the comment is quoted in English words, so its language is English (not the leftover
    words); with no text and no language stated, the model asks."""
    ((_, arguments),) = calls(
        "Score the sentiment of the product comment 'Works great, fast delivery!'.", SENTIMENT
    )
    assert arguments["language"] == "English"
    assert calls("Translate the shopping note 'two eggs' for me.", TRANSLATE) == []
    ((_, arguments),) = calls("Score the sentiment of the German comment 'Sehr gut'.", SENTIMENT)
    assert arguments["language"] == "German"
    ((_, arguments),) = calls("Translate the note 'two eggs' into Swahili.", TRANSLATE)
    assert arguments["target_language"] == "Swahili"


GIGS = tool(
    "gig_finder",
    "Find upcoming live events near a city.",
    {"city": text("City name."), "genre": text("Music genre."), "days_ahead": num("Days ahead.", "integer")},
    ["city", "genre"],
)
CATALOG = tool(
    "library_catalog_search",
    "Search a library catalog.",
    {"category": text("Category of items."), "branch": text("Library branch.")},
)


@pytest.mark.parametrize(
    ("request_text", "tools", "param", "expected"),
    [
        ("Find punk shows in Leeds.", [GIGS], "genre", "punk"),
        ("Look for upcoming folk gigs in Galway.", [GIGS], "genre", "folk"),
        ("Search for upcoming month jazz gigs in Lisbon.", [GIGS], "genre", "jazz"),
        (
            "Search the library catalog for poetry anthologies at the Eastside branch.",
            [CATALOG],
            "category",
            "poetry",
        ),
    ],
)
def test_a_kind_parameter_takes_the_words_before_the_things_sought(
    request_text, tools, param, expected
) -> None:
    """ "punk shows", "poetry anthologies": the plural noun that ends the words left over names the things
    sought, the words before it their kind — the value of a `genre` or `category`; "upcoming month" says
    when, as "next month" does."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments[param] == expected


BINOMIAL = tool(
    "binomial_probability",
    "Probability of a number of successes in independent trials.",
    {
        "trials": num("Number of trials.", "integer"),
        "successes": num("Number of successes.", "integer"),
        "p": num("Probability of success per trial."),
    },
    ["trials", "successes"],
)
THROWS = tool(
    "free_throw_percentage",
    "Percentage of free throws made out of attempts.",
    {"attempts": num("Free throws attempted.", "integer"), "made": num("Free throws made.", "integer")},
)


@pytest.mark.parametrize(
    ("request_text", "tools", "expected"),
    [
        (
            "What is the probability of exactly 3 sixes in 12 rolls of a die?",
            [BINOMIAL],
            {"trials": 12, "successes": 3},
        ),
        (
            "Find the probability of getting 7 wins out of 10 games.",
            [BINOMIAL],
            {"trials": 10, "successes": 7},
        ),
        (
            "A player hit 18 of 25 free throws; what's the free throw percentage?",
            [THROWS],
            {"attempts": 25, "made": 18},
        ),
    ],
)
def test_a_part_and_its_whole_go_where_the_description_puts_them(request_text, tools, expected) -> None:
    """ "3 sixes in 12 rolls": the number before "in"/"out of"/"of" is the part, the one after the whole,
    and the tool's description says which parameter is which ("successes in … trials", "made out of
    attempts"), whatever order the schema lists them in."""
    ((_, arguments),) = calls(request_text, *tools)
    assert {k: arguments[k] for k in expected} == expected


COLUMNS = tool(
    "database_modify_columns",
    "Add or delete columns of a table.",
    {
        "db_name": text("Name of the database."),
        "table": text("Name of the table."),
        "operation": {"type": "string", "description": "Operation.", "enum": ["add", "delete"]},
        "columns": items("Columns to change."),
    },
)
CACHE = tool(
    "cache_flush",
    "Flush a cache in a cluster.",
    {"cluster_name": text("Name of the cluster."), "cache": text("Name of the cache.")},
)


def test_the_noun_before_the_parameters_noun_is_its_name() -> None:
    """ "my sales database" for `db_name` ("db" spelled out by the description as "database"), "the
    production cluster" for `cluster_name`: a noun before a noun says which one, as a name does; and a list's
    own noun after a series is no item's word ("the phone and fax columns")."""
    ((_, arguments),) = calls(
        "I need to delete some columns from my sales database on the customers table. "
        "Remove their phone numbers and birth dates.",
        COLUMNS,
    )
    assert arguments == {
        "db_name": "sales",
        "table": "customers",
        "operation": "delete",
        "columns": ["phone numbers", "birth dates"],
    }
    ((_, arguments),) = calls(
        "Delete the phone and fax columns from the suppliers table in the inventory database.", COLUMNS
    )
    assert arguments["columns"] == ["phone", "fax"]
    assert arguments["db_name"] == "inventory"
    ((_, arguments),) = calls("Flush the sessions cache on my production cluster.", CACHE)
    assert arguments == {"cluster_name": "production", "cache": "sessions"}


HOURS = tool("museum_get_hours", "Opening hours of a museum.", {"museum_name": text("Name of the museum.")})
TRAVEL = tool(
    "travel_time",
    "Travel time from the current location to a destination.",
    {"destination": text("Where to go."), "mode": text("Travel mode.")},
    ["destination"],
)
REVIEWS = tool("hotel_reviews", "Reviews of a hotel.", {"hotel": text("Hotel name.")})
DISTANCE = tool(
    "route_distance", "Distance between two places.", {"origin": text("Start."), "destination": text("End.")}
)


def test_the_noun_refers_back_to_the_name_given_earlier() -> None:
    """ "the Prado Museum …, then … to the museum": "the museum" is the one named before, by the name
    that ends in that noun."""
    got = calls(
        "Get the opening hours of the Prado Museum, then tell me how long it takes to travel from my "
        "location to the museum.",
        HOURS,
        TRAVEL,
    )
    assert got == [
        ("museum_get_hours", {"museum_name": "Prado Museum"}),
        ("travel_time", {"destination": "Prado Museum"}),
    ]
    got = calls(
        "Find reviews of the Lakeside Hotel and the distance from the airport to the hotel.",
        REVIEWS,
        DISTANCE,
    )
    assert got[1] == ("route_distance", {"origin": "airport", "destination": "Lakeside Hotel"})


SCALE = tool(
    "scale_notes",
    "Lists the notes of a scale.",
    {
        "root": text("Root note, e.g. C or F#."),
        "mode": {
            "type": "string",
            "description": "Scale mode.",
            "enum": ["major", "minor", "dorian", "lydian"],
        },
    },
)


def test_a_name_keeps_no_noun_another_parameters_option_stands_for() -> None:
    """ "the D dorian scale": "dorian" is the mode's option, no word of the root's name."""
    assert calls("List the notes of the D dorian scale.", SCALE) == [
        ("scale_notes", {"root": "D", "mode": "dorian"})
    ]


TIDES = tool(
    "tide_times",
    "Tide times at a port.",
    {"port": text("Port name."), "day": text("Which day, e.g. 'today', 'tomorrow', 'weekend'.")},
    ["port"],
)
PARKING = tool(
    "parking_rates",
    "Parking rates in a city.",
    {"city": text("City."), "period": text("Rate period, e.g. 'weekday', 'weekend', 'overnight'.")},
)


@pytest.mark.parametrize(
    ("request_text", "tools", "expected"),
    [
        ("What are the tide times in Dover this weekend?", [TIDES], {"port": "Dover", "day": "weekend"}),
        (
            "What are parking rates in Bristol next weekend?",
            [PARKING],
            {"city": "Bristol", "period": "weekend"},
        ),
    ],
)
def test_a_relative_date_is_written_as_the_example_it_names(request_text, tools, expected) -> None:
    """ "this weekend" for a parameter whose description gives 'weekend' as an example: the value as the
    description writes it, not the request's words around it."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments == expected


GDP = tool(
    "gdp_by_state_year",
    "GDP of a US state in a year.",
    {"state": text("Name of the state."), "year": num("Year.", "integer")},
)
POPULATION = tool("population_by_region", "Population of a region.", {"region": text("Name of the region.")})
GROWTH = tool(
    "forest_growth_forecast",
    "Forecast forest growth at a location.",
    {"location": text("Location of the forest."), "years": num("Years ahead.", "integer")},
)


@pytest.mark.parametrize(
    ("request_text", "tools", "param", "expected"),
    [
        ("What was the Real GDP of Texas in 2010?", [GDP], "state", "Texas"),
        ("What is the Population of Patagonia?", [POPULATION], "region", "Patagonia"),
        # the words before "of" are no measure of the tool's: the name is the place
        (
            "Forecast forest growth in the Boreal Forests of Canada over 20 years.",
            [GROWTH],
            "location",
            "Boreal Forests of Canada",
        ),
    ],
)
def test_what_the_tool_measures_of_a_place_gives_the_place(request_text, tools, param, expected) -> None:
    """ "the Real GDP of Texas": a capitalised run whose word before "of" is the head of the tool's name
    (`gdp_by_state_year`) asks it of the place after "of"."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments[param] == expected


ROI = tool(
    "calculate_roi",
    "Return on investment.",
    {
        "investment": num("Initial investment in dollars."),
        "gain_loss": num("Gain or loss amount in dollars; negative for a loss."),
    },
)
LEDGER = tool(
    "record_transaction",
    "Record a transaction on an account.",
    {"account": text("Account number."), "amount": num("Amount in dollars; negative for a withdrawal.")},
)


@pytest.mark.parametrize(
    ("request_text", "tools", "param", "expected"),
    [
        (
            "Calculate the return on investment for an initial investment of $3000 with a loss of $400.",
            [ROI],
            "gain_loss",
            -400,
        ),
        (
            "Calculate the return on investment for an initial investment of $3000 with a gain of $400.",
            [ROI],
            "gain_loss",
            400,
        ),
        ("Record a withdrawal of $250 on account 'AC-77'.", [LEDGER], "amount", -250),
    ],
)
def test_the_descriptions_word_for_the_negative_sign_makes_an_amount_negative(
    request_text, tools, param, expected
) -> None:
    """ "negative for a loss": the description's word for the sign (after its article), said right before
    "of" and the amount ("a loss of $400"), makes the amount negative."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments[param] == expected


MATCH = tool(
    "get_match_result",
    "Result of a football match.",
    {
        "home_team": text("Home team."),
        "away_team": text("Away team."),
        "date": text("Match date, YYYY-MM-DD."),
    },
)
CHESS = tool(
    "chess_game_lookup",
    "Look up a chess game between two players.",
    {
        "player1": text("First player's name."),
        "player2": text("Second player's name."),
        "year": num("Year.", "integer"),
    },
)
CASE = tool("case_lookup", "Look up a court case.", {"case_name": text("Name of the case.")})


def test_names_either_side_of_versus_fill_a_pair_of_parameters() -> None:
    """ "Riverton Rovers vs Harbor City FC" for `home_team` and `away_team`: the two either side, in order;
    a tool with one name parameter keeps the whole ("Roe vs Wade" names a case)."""
    assert calls("Who won the Riverton Rovers vs Harbor City FC match on 2024-11-02?", MATCH) == [
        (
            "get_match_result",
            {"home_team": "Riverton Rovers", "away_team": "Harbor City FC", "date": "2024-11-02"},
        )
    ]
    assert calls("Find the chess game Magnus Carlsen versus Hikaru Nakamura from 2019.", CHESS) == [
        ("chess_game_lookup", {"player1": "Magnus Carlsen", "player2": "Hikaru Nakamura", "year": 2019})
    ]
    assert calls("Look up the case Roe vs Wade.", CASE) == [("case_lookup", {"case_name": "Roe vs Wade"})]


QUADRATIC = tool(
    "quadratic_roots",
    "Roots of a quadratic equation.",
    {"a": num("Coefficient of x^2."), "b": num("Coefficient of x."), "c": num("Constant term.")},
)
REVENUE = tool(
    "revenue", "Revenue from price and quantity.", {"p": num("Price per unit."), "q": num("Quantity sold.")}
)


@pytest.mark.parametrize(
    ("request_text", "tools", "expected"),
    [
        (
            "Find the roots of 2x^2 + 9x + 4 = 0, where 'a' is the coefficient of x^2 (2), 'b' is the "
            "coefficient of x (9), and 'c' is the constant term (4).",
            [QUADRATIC],
            {"a": 2, "b": 9, "c": 4},
        ),
        (
            "Find the roots where 'b' is the linear coefficient (-6), 'a' is the leading coefficient (1) and "
            "'c' is the constant (8).",
            [QUADRATIC],
            {"a": 1, "b": -6, "c": 8},
        ),
        (
            "Compute revenue where 'q' is the quantity sold (40) and 'p' is the price per unit (12).",
            [REVENUE],
            {"p": 12, "q": 40},
        ),
    ],
)
def test_a_bracketed_value_belongs_to_the_quoted_name_its_part_defines(request_text, tools, expected) -> None:
    """ "'a' is the coefficient of x^2 (3)": the value in brackets at the end of a part that defines a quoted
    name is that name's, as `a=3` is."""
    ((_, arguments),) = calls(request_text, *tools)
    assert arguments == expected
