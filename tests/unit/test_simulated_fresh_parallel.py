"""Requests written here for tools written here, one per general reading of parallel and multi-tool asks
the simulator learnt from a fresh battery it had never seen (the odd half of BFCL stays unread; these
are new wording, not the battery's).

Each test is one rule, with a tool and a request written for it, and a look-alike where the rule must
not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

from agentkit.local.simulated.mentions import read
from agentkit.local.simulated.text import clauses, sentences, words
from agentkit.local.simulated.values import code_like

AREA = tool(
    "rectangle_area",
    "Area of a rectangle.",
    {"width": num("Width in meters."), "length": num("Length in meters.")},
)


def test_a_list_items_number_is_no_value_of_the_item() -> None:
    """ "1." or "2)" before an item says where it stands in the list, not a number the item gives."""
    request = "Two jobs for you:\n1. Find the area of a rectangle 4 m wide and 9 m long.\n2) And one 7 m wide and 3 m long."
    assert calls(request, AREA) == [
        ("rectangle_area", {"width": 4, "length": 9}),
        ("rectangle_area", {"width": 7, "length": 3}),
    ]
    # a letter with a dot may be an initial: it stays with the name
    assert sentences("A. Turing wrote it. 3. Next item") == ["A. Turing wrote it.", "Next item"]


DERIVATIVE = tool(
    "differentiate",
    "Differentiate a function of x.",
    {"function": text("The function of x, e.g. 'x**2 + 1'.")},
)


def test_a_series_of_formulas_fans_the_call_out() -> None:
    """Two quoted formulas joined by "and" are a series like any other: one call per formula."""
    assert calls("Differentiate 'x**3 - 2*x' and 'sin(x) + x**2' for me.", DERIVATIVE) == [
        ("differentiate", {"function": "x**3 - 2*x"}),
        ("differentiate", {"function": "sin(x) + x**2"}),
    ]
    # a quoted word beside the formula is no second formula
    assert calls("Differentiate 'x**3 - 2*x' and call it 'cubic'.", DERIVATIVE) == [
        ("differentiate", {"function": "x**3 - 2*x"})
    ]


BIOGRAPHY = tool("painter_biography", "Biography of a painter.", {"painter": text("Painter's name.")})


def test_a_list_a_colon_opens_is_a_series_without_and() -> None:
    """ "these painters: A, B, C": the colon says a list follows, so commas alone join its members."""
    assert calls("Give me a biography of each of these painters: Vermeer, Rembrandt, Hals.", BIOGRAPHY) == [
        ("painter_biography", {"painter": "Vermeer"}),
        ("painter_biography", {"painter": "Rembrandt"}),
        ("painter_biography", {"painter": "Hals"}),
    ]
    # two names after a colon may be a name and what it is in: no list without a third member or "and"
    assert calls("Give me a biography of the painter: Vermeer, Rembrandt.", BIOGRAPHY) == [
        ("painter_biography", {"painter": "Vermeer"})
    ]


BRANCH_HOURS = tool("branch_hours", "Opening hours of a library branch.", {"branch": text("Branch name.")})


def test_a_preposition_said_again_pairs_values_across_a_label() -> None:
    """ "at branch Northgate and at Riverside": the second value drops the label, the repeated "at" still
    coordinates it with the first."""
    assert calls("Look up the opening hours at branch Northgate and at Riverside.", BRANCH_HOURS) == [
        ("branch_hours", {"branch": "Northgate"}),
        ("branch_hours", {"branch": "Riverside"}),
    ]
    # "at" after "and then" opens another ask, not a second branch
    assert calls("Look up the opening hours at branch Northgate and then at noon call me.", BRANCH_HOURS) == [
        ("branch_hours", {"branch": "Northgate"})
    ]


SHIPPING = tool(
    "shipping_cost",
    "Cost of shipping a parcel.",
    {
        "weight_kg": num("Weight in kilograms."),
        "distance_km": num("Distance in kilometers."),
        "express": {"type": "boolean", "description": "Express delivery."},
    },
    ["weight_kg", "distance_km"],
)


def test_an_ask_that_states_all_it_needs_keeps_no_earlier_optional_setting() -> None:
    """A second ask of the same tool that states every required value itself is a call of its own: the
    first call's optional setting (express) was said for the first parcel only."""
    first = ("shipping_cost", {"weight_kg": 4, "distance_km": 300, "express": True})
    assert calls(
        "What does shipping 4 kg over 300 km cost with express delivery? "
        "Also, what is the shipping cost of 2 kg over 50 km?",
        SHIPPING,
    ) == [first, ("shipping_cost", {"weight_kg": 2, "distance_km": 50})]
    # one that leaves a value out, or asks for "the same", still carries what it does not restate
    assert calls(
        "What does shipping 4 kg over 300 km cost with express delivery? And what is the shipping cost for 2 kg?",
        SHIPPING,
    ) == [first, ("shipping_cost", {"weight_kg": 2, "distance_km": 300, "express": True})]
    assert calls(
        "What does shipping 4 kg over 300 km cost with express delivery? And the same for 2 kg over 50 km.",
        SHIPPING,
    ) == [first, ("shipping_cost", {"weight_kg": 2, "distance_km": 50, "express": True})]


GEO_INFO = tool("geo_info", "Returns the capital city of a country.", {"country": text("Country name.")})
DEMOGRAPHICS = tool(
    "demographics", "Returns the population of a country.", {"country": text("Country name.")}
)


def test_each_thing_asked_for_with_and_is_asked_of_the_tool_that_gives_it() -> None:
    """ "the capital city and the population of Peru": two things asked for, each the purpose of another
    tool (by its description, not its name), so both tools are called."""
    assert calls("What are the capital city and the population of Peru?", GEO_INFO, DEMOGRAPHICS) == [
        ("geo_info", {"country": "Peru"}),
        ("demographics", {"country": "Peru"}),
    ]
    # the population only describes the country here: it is not asked for
    assert calls(
        "What is the capital city of Peru, a country whose population grew?", GEO_INFO, DEMOGRAPHICS
    ) == [("geo_info", {"country": "Peru"})]


RENT = tool(
    "rent_increase",
    "New monthly rent after an increase.",
    {"rent": num("Current rent in dollars."), "increase": num("Increase in percent.")},
)


def test_a_percentage_is_no_amount_in_a_unit() -> None:
    """ "6%" is a ratio: no value for "rent in dollars", which the request leaves to the sentence before
    (or to ask for), though the percentage is left over."""
    assert calls("What will my rent be after a 4% increase and then after a 6% increase?", RENT) == []
    assert calls("My rent is $1,200. What will it be after a 4% increase?", RENT) == [
        ("rent_increase", {"rent": 1200, "increase": 4})
    ]


DISH_CALORIES = tool(
    "dish_calories",
    "Calories in servings of a dish.",
    {"dish": text("The dish."), "servings": num("Number of servings.", "integer")},
)


def test_what_about_names_the_questions_new_subject() -> None:
    """ "What about 3 servings of mushroom risotto?" asks the question before again, of the words after
    "about": the dish they leave over replaces the one carried from before."""
    first = ("dish_calories", {"dish": "lasagna", "servings": 2})
    assert calls(
        "How many calories are in 2 servings of lasagna? What about 3 servings of mushroom risotto?",
        DISH_CALORIES,
    ) == [first, ("dish_calories", {"dish": "mushroom risotto", "servings": 3})]
    # when it names no dish, the dish asked about before stays
    assert calls("How many calories are in 2 servings of lasagna? What about 3 servings?", DISH_CALORIES) == [
        first,
        ("dish_calories", {"dish": "lasagna", "servings": 3}),
    ]


PH_READING = tool("ph_reading", "Reads the acidity at a sampling site.", {"site": text("Site code.")})
TEMPERATURE_READING = tool(
    "temperature_reading", "Reads the temperature at a sampling site.", {"site": text("Site code.")}
)


def test_a_word_like_ph_is_one_word_not_two() -> None:
    """ "pH", "mRNA": one lower-case letter before capitals is how English writes one word, no camelCase
    identifier, so "pH" names `ph_reading` and each tool gets its part of the list."""
    assert calls(
        "Measure the pH at sampling site Q7 and the temperature at site R2.", PH_READING, TEMPERATURE_READING
    ) == [("ph_reading", {"site": "Q7"}), ("temperature_reading", {"site": "R2"})]
    # identifiers in camelCase still split into their words
    assert words("the pH of mRNA") == ["the", "ph", "of", "mrna"]
    assert words("getWeather xCoord") == ["get", "weather", "x", "coord"]


SENSOR = tool(
    "sensor_level",
    "Latest reading of one gas at a station.",
    {
        "station": text("Station name."),
        "gas": {"type": "string", "description": "Gas measured.", "enum": ["co2", "so2", "methane"]},
    },
)


def test_an_option_with_digits_is_named_by_its_letters_and_digits() -> None:
    """ "CO2" or "CO-2" names the option "co2": a code is its letters and digits, whatever marks or case
    it is written with — and then the options and the stations make a cross product of calls."""
    assert calls("Get the CO2 and methane readings at both Harbor and Airport stations.", SENSOR) == [
        ("sensor_level", {"station": "Harbor", "gas": "co2"}),
        ("sensor_level", {"station": "Harbor", "gas": "methane"}),
        ("sensor_level", {"station": "Airport", "gas": "co2"}),
        ("sensor_level", {"station": "Airport", "gas": "methane"}),
    ]
    assert calls("Get the CO-2 reading at Harbor station.", SENSOR) == [
        ("sensor_level", {"station": "Harbor", "gas": "co2"})
    ]
    # a code with a zero where the option has a letter is no option: it is the station
    assert calls("Get the methane reading at station C02.", SENSOR) == [
        ("sensor_level", {"station": "C02", "gas": "methane"})
    ]


TIDES = tool(
    "tide_times",
    "High and low tide times at a harbor on a date.",
    {"harbor": text("Harbor name."), "date": text("Date, YYYY-MM-DD.")},
)


def test_a_day_the_request_defines_is_that_date_wherever_it_is_said() -> None:
    """ "Today is 2026-03-14 …": the request says which day "today" is, in the same clause or another, so a
    tool that takes a date gets the date (and the defining words give no second call)."""
    assert calls(
        "Today is 2026-03-14 and we sail from Port Ellen. What are the tide times at Port Ellen today?", TIDES
    ) == [("tide_times", {"harbor": "Port Ellen", "date": "2026-03-14"})]
    assert calls("Today is 2026-03-14, so give me the tide times at Port Ellen for today.", TIDES) == [
        ("tide_times", {"harbor": "Port Ellen", "date": "2026-03-14"})
    ]
    # a date given for another day does not say which day today is
    assert calls("Yesterday was 2026-03-13. Give me the tide times at Port Ellen for today.", TIDES) == [
        ("tide_times", {"harbor": "Port Ellen", "date": "today"})
    ]


POLYGON = tool(
    "polygon_angle", "Interior angle of a regular polygon.", {"sides": num("Number of sides.", "integer")}
)


def test_a_spelled_number_before_an_ed_word_is_that_number() -> None:
    """ "eight-sided", "twelve-sided": having that many sides, as "8-sided" writes it — one call each."""
    assert calls(
        "What is the interior angle of a regular eight-sided polygon, and then of a twelve-sided polygon?",
        POLYGON,
    ) == [("polygon_angle", {"sides": 8}), ("polygon_angle", {"sides": 12})]
    # a hyphenated word that opens with no number word says no number
    assert calls("What is the interior angle of a well-rounded polygon with 5 sides?", POLYGON) == [
        ("polygon_angle", {"sides": 5})
    ]


BLOCK_DAYS = tool(
    "block_calendar",
    "Blocks days in the calendar.",
    {"start_date": text("First day, YYYY-MM-DD."), "end_date": text("Last day, YYYY-MM-DD.")},
    ["start_date"],
)


def test_a_date_ranges_ends_go_to_the_start_and_end_dates() -> None:
    """ "from X until Y": for date parameters the end of the range each date stands at says more than its
    being a date, which both are."""
    assert calls("Block my calendar from 2026-05-04 until 2026-05-09.", BLOCK_DAYS) == [
        ("block_calendar", {"start_date": "2026-05-04", "end_date": "2026-05-09"})
    ]
    # one date, no range: it is the start, and no end is made up
    assert calls("Block my calendar on 2026-05-04.", BLOCK_DAYS) == [
        ("block_calendar", {"start_date": "2026-05-04"})
    ]


OHM = tool(
    "resistance",
    "Resistance from voltage and current by Ohm's law.",
    {"volts": num("Voltage in volts."), "amps": num("Current in amperes.")},
)


def test_a_capital_a_closing_a_quantity_is_amperes() -> None:
    """ "0.5 A" at the end of its phrase is the ampere's symbol, so the pairs of readings are two rows of
    different units, not one series of four numbers."""
    assert calls("What is the resistance at 9 V and 0.5 A, and at 12 V and 2 A?", OHM) == [
        ("resistance", {"volts": 9, "amps": 0.5}),
        ("resistance", {"volts": 12, "amps": 2}),
    ]
    # before a noun, "A" is an article or a grade, no unit
    assert [m.unit for m in read("Buy 3 A batteries.").mentions if m.kind == "number"] == [""]


FERRY = tool(
    "book_ferry",
    "Books a ferry crossing.",
    {
        "route": text("Route name."),
        "date": text("Sailing date, YYYY-MM-DD; defaults to today."),
    },
    ["route"],
)


def test_an_optional_day_that_is_the_default_is_left_out() -> None:
    """ "tonight" for a date that "defaults to today": the default already means that day, and the word is
    no date in the layout asked for, so the call leaves it out."""
    assert calls("Book a ferry on route Islay-7 tonight.", FERRY) == [("book_ferry", {"route": "Islay-7"})]
    # another day than the default is said as the request says it
    assert calls("Book a ferry on route Islay-7 tomorrow.", FERRY) == [
        ("book_ferry", {"route": "Islay-7", "date": "tomorrow"})
    ]


LENGTH = tool(
    "convert_length",
    "Converts a length between units.",
    {
        "amount": num("Length to convert."),
        "source": {"type": "string", "description": "Unit converted from.", "enum": ["m", "ft", "in"]},
        "target": {"type": "string", "description": "Unit converted to.", "enum": ["m", "ft", "in"]},
    },
)


def test_a_unit_symbol_option_is_named_by_the_units_name() -> None:
    """ "in feet" names the option "ft": a unit's symbol and its name are one unit (the unit table's)."""
    assert calls("Convert 3 m to feet.", LENGTH) == [
        ("convert_length", {"amount": 3, "source": "m", "target": "ft"})
    ]
    # the symbol written as such is the option still, and no other option is made up
    assert calls("Convert a length of 3 m into ft.", LENGTH) == [
        ("convert_length", {"amount": 3, "source": "m", "target": "ft"})
    ]


def test_a_currency_example_of_one_end_is_the_other_ends_value_too() -> None:
    """ "e.g. GBP" in the source currency's description shows how a code is written: a clause that asks
    for GBP ("… in GBP") gives the target currency, even when its call varies an earlier one."""
    exchange = tool(
        "exchange_money",
        "Exchanges an amount of money between currencies.",
        {
            "amount": num("Amount to exchange."),
            "from_currency": text("Three-letter code of the currency held, e.g. GBP."),
            "to_currency": text("Three-letter code of the currency wanted."),
        },
    )
    assert calls("Exchange 40 CHF into EUR, and then 25 AUD into GBP.", exchange) == [
        ("exchange_money", {"amount": 40, "from_currency": "CHF", "to_currency": "EUR"}),
        ("exchange_money", {"amount": 25, "from_currency": "AUD", "to_currency": "GBP"}),
    ]
    # a currency not restated is kept from the call the clause varies
    assert calls("Exchange 40 CHF into EUR, and then 25 AUD.", exchange) == [
        ("exchange_money", {"amount": 40, "from_currency": "CHF", "to_currency": "EUR"}),
        ("exchange_money", {"amount": 25, "from_currency": "AUD", "to_currency": "EUR"}),
    ]


def test_an_adverb_after_and_does_not_keep_the_next_ask_from_beginning() -> None:
    """ "…, and separately book …": an adverb that can be nothing else says how the next ask is done;
    the ask begins after it, so the "and" splits as before a bare verb."""
    weather = tool("get_weather", "Current weather of a city.", {"city": text("City name.")})
    table = tool(
        "book_table",
        "Books a restaurant table.",
        {"restaurant": text("Restaurant name."), "guests": num("Number of guests.")},
    )
    assert calls(
        "Give me the weather in Oslo, and separately book a table at Nopa for 4 guests.", weather, table
    ) == [
        ("get_weather", {"city": "Oslo"}),
        ("book_table", {"restaurant": "Nopa", "guests": 4}),
    ]
    # an adverb inside a noun phrase ("separately packed") opens no ask
    assert clauses("Find red and separately packed boxes.") == ["Find red and separately packed boxes"]


def test_a_capital_prefix_hyphened_to_a_word_is_a_code_and_a_series_of_them_fans_out() -> None:
    """ "DC-North and DC-South": a prefix of capitals joined by a hyphen to a word is written as a code
    (no name writes its first part in capitals), so it is an identifier's value and a series of them
    makes one call each."""
    stock = tool(
        "count_stock",
        "Counts the units of a part held in a depot.",
        {"part": text("Part number."), "depot_id": text("Depot identifier.")},
    )
    assert calls("Count the units of part P-77 held in depots DC-North and DC-South.", stock) == [
        ("count_stock", {"part": "P-77", "depot_id": "DC-North"}),
        ("count_stock", {"part": "P-77", "depot_id": "DC-South"}),
    ]
    # a name with a capitalised first word only ("Coca-Cola") is no code
    assert code_like("DC-North") and not code_like("Coca-Cola")
