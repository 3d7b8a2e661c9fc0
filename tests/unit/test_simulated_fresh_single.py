"""Requests written here for tools written here, one per general reading the simulator learnt from a
fresh battery of requests it had never seen (these are new wording, not the battery's).

Each test is one rule, with a tool and a request written for it, and a look-alike where the rule must
not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

from agentkit.local.simulated.mentions import read

RENTALS = tool(
    "list_bookings",
    "Lists the bookings of a holiday cottage in a period.",
    {
        "cottage": text("Cottage name."),
        "period_start": text("First day, YYYY-MM-DD."),
        "period_end": text("Last day, YYYY-MM-DD."),
    },
)


def test_the_year_after_a_span_of_dates_holds_for_its_first_end_too() -> None:
    """ "from March 3 to April 9, 2027": English writes the year once, after the span's second end."""
    assert calls("Show the bookings of Rose Cottage from March 3 to April 9, 2027.", RENTALS) == [
        (
            "list_bookings",
            {"cottage": "Rose Cottage", "period_start": "2027-03-03", "period_end": "2027-04-09"},
        )
    ]
    # day before month, and a span across the new year: the first end is in the year before
    assert calls("Bookings of Rose Cottage between 28 December and 4 January 2027?", RENTALS) == [
        (
            "list_bookings",
            {"cottage": "Rose Cottage", "period_start": "2026-12-28", "period_end": "2027-01-04"},
        )
    ]
    # a full date on each side: each keeps its own year, and the range's order says which end is which
    assert calls("Bookings of Rose Cottage between 2026-11-30 and 2027-02-01?", RENTALS) == [
        (
            "list_bookings",
            {"cottage": "Rose Cottage", "period_start": "2026-11-30", "period_end": "2027-02-01"},
        )
    ]


CONVERT = tool(
    "convert_length",
    "Converts a length between units.",
    {
        "value": num("Length to convert."),
        "from_unit": {
            "type": "string",
            "enum": ["inch", "foot", "meter", "mile"],
            "description": "Unit given.",
        },
        "to_unit": {
            "type": "string",
            "enum": ["inch", "foot", "meter", "mile"],
            "description": "Unit wanted.",
        },
    },
)


def test_the_unit_an_amount_is_written_in_is_the_one_converted_from() -> None:
    """ "How many inches is 3 feet?": the unit asked for comes first, but the amount is in feet."""
    assert calls("How many inches is 3 feet?", CONVERT) == [
        ("convert_length", {"value": 3.0, "from_unit": "foot", "to_unit": "inch"})
    ]
    # the amount's unit first: the order English names them already agrees
    assert calls("Convert 3 feet to inches.", CONVERT) == [
        ("convert_length", {"value": 3.0, "from_unit": "foot", "to_unit": "inch"})
    ]


def test_a_time_goes_into_the_24_hour_layout_the_description_gives() -> None:
    """ "after 7:45 pm" for a parameter "HH:MM": the description asks for the clock's figures."""
    ferry = tool(
        "find_ferries",
        "Finds ferry sailings from a port.",
        {"port": text("Port of departure."), "not_before": text("Earliest sailing, HH:MM, 24-hour clock.")},
        ["port"],
    )
    assert calls("Ferries from Dover sailing after 7:45 pm?", ferry) == [
        ("find_ferries", {"port": "Dover", "not_before": "19:45"})
    ]
    # a time written in figures already is kept; a request without a time leaves the option out
    assert calls("Ferries from Dover sailing after 07:05?", ferry) == [
        ("find_ferries", {"port": "Dover", "not_before": "07:05"})
    ]
    assert calls("Ferries from Dover on Friday?", ferry) == [("find_ferries", {"port": "Dover"})]


def test_a_date_and_a_time_make_one_moment_for_a_layout_that_holds_both() -> None:
    """ "on 3 March 2027 at 8 am" for "YYYY-MM-DD HH:MM": one moment, the date's layout and the time's."""
    call = tool("schedule_call", "Schedules a phone call.", {"start": text("Start, YYYY-MM-DD HH:MM.")})
    assert calls("Schedule a call on 3 March 2027 at 8 am.", call) == [
        ("schedule_call", {"start": "2027-03-03 08:00"})
    ]
    # a date-only layout takes the date alone
    day = tool("schedule_call", "Schedules a phone call.", {"start": text("Start day, YYYY-MM-DD.")})
    assert calls("Schedule a call on 3 March 2027 at 8 am.", day) == [
        ("schedule_call", {"start": "2027-03-03"})
    ]


def test_a_reminder_says_what_to_do_not_when() -> None:
    """ "Remind me to feed Mrs. Patel's cat tomorrow at 8 am": the message is what is to be done; the
    words that say when are the time's, and the title's dot ends no sentence."""
    reminder = tool(
        "add_reminder",
        "Adds a reminder.",
        {"note": text("What the reminder says."), "when": text("When it is due.")},
    )
    assert calls("Remind me to feed Mrs. Patel's cat tomorrow at 8 am.", reminder) == [
        ("add_reminder", {"note": "feed Mrs. Patel's cat", "when": "tomorrow"})
    ]
    # "that" gives the words too, up to the weekday that says when
    assert calls("Remind me that the plumber comes on Friday.", reminder) == [
        ("add_reminder", {"note": "the plumber comes", "when": "Friday"})
    ]


CABINS = tool(
    "search_cabins",
    "Searches holiday cabins to rent.",
    {
        "region": text("Region."),
        "max_weekly_price": num("Highest price per week in local currency."),
        "beds": num("Number of beds.", "integer"),
    },
    ["region"],
)


def test_a_number_hyphened_to_a_noun_counts_that_noun() -> None:
    """ "a 4-bed cabin": the hyphen joins the number to what it counts, so it is the `beds`, not the price
    the words around it name; "900 euros" is money though the dictionary lacks "euros"."""
    assert calls("Find a 4-bed cabin in Tyrol for at most 900 euros a week.", CABINS) == [
        ("search_cabins", {"region": "Tyrol", "max_weekly_price": 900.0, "beds": 4})
    ]
    # a number hyphened to a noun no parameter names ("2-storey") counts no beds
    assert calls("Find a 2-storey cabin in Tyrol for at most 900 euros a week.", CABINS) == [
        ("search_cabins", {"region": "Tyrol", "max_weekly_price": 900.0})
    ]


TIDE_NOW = tool("get_tide", "Returns tide levels at a harbour now.", {"harbour": text("Harbour name.")})
TIDE_ON = tool(
    "get_past_tide",
    "Returns tide levels at a harbour on a past day.",
    {"harbour": text("Harbour name."), "day": text("Day, YYYY-MM-DD.")},
)


def test_at_equal_scores_a_written_date_goes_to_the_tool_that_takes_one() -> None:
    """ "on 2 May 2026": a tool with no place for the date would drop it; the one that takes it answers."""
    assert calls("What was the tide at Whitby on 2 May 2026?", TIDE_NOW, TIDE_ON) == [
        ("get_past_tide", {"harbour": "Whitby", "day": "2026-05-02"})
    ]
    # no date written: the tie keeps the order the tools were offered
    assert calls("What is the tide at Whitby?", TIDE_NOW, TIDE_ON) == [("get_tide", {"harbour": "Whitby"})]


def test_a_value_is_written_without_the_word_its_description_leaves_out() -> None:
    """ "Lake name without the word 'Lake'": "Lake Titicaca" goes in as "Titicaca"."""
    bare = tool(
        "get_lake_depth",
        "Returns the depth of a lake.",
        {"lake": text("Lake name without the word 'Lake', e.g. 'Baikal'.")},
    )
    assert calls("How deep is Lake Titicaca?", bare) == [("get_lake_depth", {"lake": "Titicaca"})]
    # a description that does not say so gets the name as written
    whole = tool("get_lake_depth", "Returns the depth of a lake.", {"lake": text("Lake name.")})
    assert calls("How deep is Lake Titicaca?", whole) == [("get_lake_depth", {"lake": "Lake Titicaca"})]


def test_a_capital_and_its_dot_inside_a_name_is_an_initial() -> None:
    """ "Octavia E. Butler": the dot after a name's initial ends no sentence; the name goes on."""
    books = tool(
        "find_books",
        "Finds books by an author.",
        {"author": text("Author's full name."), "format": text("Edition, e.g. hardcover.")},
        ["author"],
    )
    assert calls("Find books by Octavia E. Butler in hardcover.", books) == [
        ("find_books", {"author": "Octavia E. Butler", "format": "hardcover"})
    ]
    # a lone capital after a common noun ends its sentence: "plan B." names no author "B Then"
    assert calls("I read vitamin B. Then find books by Octavia Butler.", books) == [
        ("find_books", {"author": "Octavia Butler"})
    ]


def test_letter_labelled_siblings_take_their_values_in_turn() -> None:
    """`city_a`/`city_b` are numbered by letters as `city1`/`city2` are by figures: the values their words
    point at alike, in the order the request gives them (a series of two cities is no fan-out)."""
    drive = tool(
        "drive_time",
        "Returns the driving time between two cities.",
        {"city_a": text("First city."), "city_b": text("Second city.")},
    )
    assert calls("How long is the drive between Mexico City and Puebla?", drive) == [
        ("drive_time", {"city_a": "Mexico City", "city_b": "Puebla"})
    ]
    # `x`/`y` are coordinates, not labels in turn: they form no family and keep their own words
    point = tool(
        "plot_point", "Plots a point.", {"point_x": num("X coordinate."), "point_y": num("Y coordinate.")}
    )
    assert calls("Plot the point with y 4 and x 3.", point) == [
        ("plot_point", {"point_x": 3.0, "point_y": 4.0})
    ]


def test_a_folder_keeps_the_slash_that_ends_its_path() -> None:
    """ "into /srv/archive/": the closing slash says the path is a folder; the sentence's dot is not kept."""
    move = tool(
        "move_file",
        "Moves a file.",
        {"source": text("Path of the file."), "target": text("Where to put it.")},
    )
    assert calls("Move /tmp/notes.txt into /srv/archive/.", move) == [
        ("move_file", {"source": "/tmp/notes.txt", "target": "/srv/archive/"})
    ]
    # a path written without the slash is kept as written
    assert calls("Move /tmp/notes.txt into /srv/archive.", move) == [
        ("move_file", {"source": "/tmp/notes.txt", "target": "/srv/archive"})
    ]


def test_an_option_hyphened_to_the_parameters_noun_is_that_option() -> None:
    """ "a major-severity ticket": the compound says which severity, as "major severity" would."""
    ticket = tool(
        "open_ticket",
        "Opens a support ticket.",
        {
            "summary": text("Short summary."),
            "severity": {
                "type": "string",
                "enum": ["minor", "major", "critical"],
                "description": "Severity.",
            },
        },
        ["summary"],
    )
    assert calls("Open a major-severity ticket with the summary 'login page down'.", ticket) == [
        ("open_ticket", {"summary": "login page down", "severity": "major"})
    ]
    # the option's word joined to another noun says nothing of the severity
    assert calls("Open a ticket with the summary 'major-league stats missing'.", ticket) == [
        ("open_ticket", {"summary": "major-league stats missing"})
    ]


def test_an_option_the_dictionary_lacks_is_named_in_the_plural_too() -> None:
    """ "yurts" names the option "yurt": English inflects a noun it has no entry for as it does any."""
    stays = tool(
        "find_stays",
        "Finds places to stay.",
        {
            "area": text("Area."),
            "kind": {"type": "string", "enum": ["cabin", "yurt", "hotel"], "description": "Kind of stay."},
        },
        ["area"],
    )
    assert calls("Find yurts in Snowdonia.", stays) == [("find_stays", {"area": "Snowdonia", "kind": "yurt"})]
    # a word that only ends in "s" like a plural of no option names none
    assert calls("Find stays in Snowdonia.", stays) == [("find_stays", {"area": "Snowdonia"})]


def test_a_span_of_time_is_given_in_the_unit_the_parameter_counts_in() -> None:
    """ "for 2 hours" to `timeout_minutes` is 120: the parameter names the unit it counts in."""
    timer = tool(
        "start_timer",
        "Starts a kitchen timer.",
        {"label": text("Label."), "timeout_minutes": num("Length of the timer.", "integer")},
    )
    assert calls("Start a timer called bread for 2 hours.", timer) == [
        ("start_timer", {"label": "bread", "timeout_minutes": 120})
    ]
    # a span already in the unit it counts in is given as written
    assert calls("Start a timer called bread for 25 minutes.", timer) == [
        ("start_timer", {"label": "bread", "timeout_minutes": 25})
    ]


def test_a_span_of_time_written_in_words_is_an_amount() -> None:
    """ "for an hour and a half" is 1.5 hours, and "half an hour" 0.5: to `timeout_minutes`, 90 and 30."""
    timer = tool(
        "start_timer",
        "Starts a kitchen timer.",
        {"label": text("Label."), "timeout_minutes": num("Length of the timer.", "integer")},
    )
    assert calls("Start a timer called stew for an hour and a half.", timer) == [
        ("start_timer", {"label": "stew", "timeout_minutes": 90})
    ]
    assert calls("Start a timer called rice for half an hour.", timer) == [
        ("start_timer", {"label": "rice", "timeout_minutes": 30})
    ]
    # "an hour" as a rate ("twice an hour") is no span: the timer's length is still asked for
    assert calls("Start a timer called stretch that rings twice an hour.", timer) == []


def test_an_option_named_with_the_parameters_noun_is_that_option() -> None:
    """ "the Gold Tier" for `tier` with options gold/silver/bronze: the name is the option and the
    parameter's own noun, so the option is said of the tier, though it stands inside a name."""
    upgrade = tool(
        "change_plan",
        "Changes the membership plan of an account.",
        {
            "account_id": text("Account number."),
            "tier": {"type": "string", "enum": ["gold", "silver", "bronze"], "description": "Tier."},
        },
    )
    assert calls("Move account 4471 to the Gold Tier.", upgrade) == [
        ("change_plan", {"account_id": "4471", "tier": "gold"})
    ]
    # inside a name of something else ("the Gold Coast") the option's word names no tier
    assert calls("Move account 4471 to our Gold Coast branch.", upgrade) == []


def test_an_option_written_as_one_word_is_named_by_its_two_words_apart() -> None:
    """ "When does the moon rise": English writes a closed compound ("moonrise") open as well, its
    second word inflected as a verb ("the sun sets" for "sunset")."""
    light = tool(
        "daylight_time",
        "Returns the time of a daylight event in a town.",
        {
            "town": text("Town."),
            "event": {"type": "string", "enum": ["sunrise", "sunset", "moonrise"], "description": "Event."},
        },
    )
    assert calls("At what time does the moon rise in Galway?", light) == [
        ("daylight_time", {"town": "Galway", "event": "moonrise"})
    ]
    # two words that do not make up an option name none ("the sun is up")
    assert calls("At what time is the sun up in Galway?", light) == []


def test_a_bare_number_is_a_code_for_a_code_parameter() -> None:
    """ "a flat in 60614": a code written in digits alone ("Five-digit postal code") is still a code, so a
    required string parameter for a code takes the bare number left, of the length the description
    states."""
    rent = tool(
        "estimate_rent",
        "Estimates the monthly rent of a flat.",
        {
            "postcode": text("Five-digit postal code."),
            "rooms": num("Number of rooms."),
            "floor_area": num("Floor area in square meters."),
        },
    )
    assert calls("Estimate the rent of a flat in 60614 with 2 rooms and 70 square meters.", rent) == [
        ("estimate_rent", {"postcode": "60614", "rooms": 2, "floor_area": 70})
    ]
    # a number of another length than the description states is no such code
    got = calls("Estimate the rent of a flat in 6061 with 2 rooms and 70 square meters.", rent)
    assert all(arguments.get("postcode") != "6061" for _, arguments in got)


def test_a_currency_example_does_not_say_which_end_of_a_conversion() -> None:
    """ "e.g. GBP" in the source currency's description shows how a code is written, which either end
    takes; the amount written in a currency, or "in" before one, says which end it is."""
    exchange = tool(
        "exchange_money",
        "Exchanges an amount of money between currencies.",
        {
            "amount": num("Amount to exchange."),
            "from_currency": text("Three-letter code of the currency held, e.g. GBP."),
            "to_currency": text("Three-letter code of the currency wanted."),
        },
    )
    assert calls("Exchange 40 CHF into GBP.", exchange) == [
        ("exchange_money", {"amount": 40, "from_currency": "CHF", "to_currency": "GBP"})
    ]
    # the amount written in the example's currency is still the one converted from
    assert calls("Exchange 40 GBP into CHF.", exchange) == [
        ("exchange_money", {"amount": 40, "from_currency": "GBP", "to_currency": "CHF"})
    ]


def test_a_unit_symbol_after_a_number_names_the_option_that_is_the_units_name() -> None:
    """ "212°F": the letter a degree sign joins to a number is the scale's symbol, no name, and it names
    the option spelled as the unit's name ("fahrenheit"), the one the amount is written in."""
    oven = tool(
        "convert_oven_temperature",
        "Converts an oven temperature between scales.",
        {
            "degrees": num("Temperature."),
            "source": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Scale given."},
            "target": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "Scale wanted."},
        },
    )
    assert calls("Convert the oven temperature of 212°F to Celsius.", oven) == [
        ("convert_oven_temperature", {"degrees": 212, "source": "fahrenheit", "target": "celsius"})
    ]
    # a capital letter after a number without the degree sign is no scale ("the 212 F bus")
    assert calls("Convert the oven temperature of 212 F to Celsius.", oven) == []


def test_the_word_a_description_gives_the_negative_sign_makes_the_number_negative() -> None:
    """ "positive is east, negative is west": the description says how the sign is written in words,
    so "west by 40" is -40."""
    pan = tool(
        "pan_camera",
        "Pans the security camera.",
        {
            "camera": text("Camera name."),
            "degrees": num("Degrees to turn; positive is east, negative is west."),
        },
    )
    assert calls("Pan the Lobby camera west by 40 degrees.", pan) == [
        ("pan_camera", {"camera": "Lobby", "degrees": -40})
    ]
    # the other word keeps the sign as written
    assert calls("Pan the Lobby camera east by 40 degrees.", pan) == [
        ("pan_camera", {"camera": "Lobby", "degrees": 40})
    ]


def test_the_verb_after_a_what_subject_is_no_value() -> None:
    """ "What green tea goes with tarte tatin?": "what" opens the subject, the inflected verb after it
    ("goes", before its preposition) is what the question asks, its object the value."""
    tea = tool(
        "suggest_tea",
        "Suggests a tea to serve with a dessert.",
        {
            "dessert": text("The dessert."),
            "tea_type": {
                "type": "string",
                "enum": ["green", "black", "herbal"],
                "description": "Kind of tea.",
            },
        },
    )
    assert calls("What green tea goes with tarte tatin?", tea) == [
        ("suggest_tea", {"dessert": "tarte tatin", "tea_type": "green"})
    ]
    assert calls("Which black tea works for lemon tart?", tea) == [
        ("suggest_tea", {"dessert": "lemon tart", "tea_type": "black"})
    ]
    # a plural noun of the subject before a function word is no verb ("What teas are …")
    assert calls("What black teas are good with lemon tart?", tea) == [
        ("suggest_tea", {"dessert": "lemon tart", "tea_type": "black"})
    ]


def test_a_number_after_the_before_a_singular_noun_labels_it() -> None:
    """ "the 60614 branch": after "the", a number of three digits or more before a singular noun names
    which one it is, it counts nothing, so the noun is no unit and the number can be a code."""
    hours = tool(
        "branch_hours",
        "Returns the opening hours of a bank branch.",
        {"branch_zip": text("Five-digit ZIP code of the branch.")},
    )
    assert calls("When does the 60614 branch open?", hours) == [("branch_hours", {"branch_zip": "60614"})]
    reading = read("Book the 105 rooms for the 405 bus drivers.")
    units = {m.text: m.unit for m in reading.mentions if m.kind == "number"}
    assert units == {"105 rooms": "rooms", "405": ""}  # a plural noun is counted, a singular one labelled


def test_a_word_for_a_code_before_a_code_labels_it_and_is_no_value() -> None:
    """ "SKU A-100": the word for a code right before one says what the code is; it is no value of
    another parameter for a code."""
    locate = tool(
        "locate_item",
        "Finds the shelf of an item in a store.",
        {"item_code": text("Item code."), "store_id": text("Store identifier.")},
    )
    assert calls("Find the shelf of SKU B-220 at ST-North.", locate) == [
        ("locate_item", {"item_code": "B-220", "store_id": "ST-North"})
    ]
    # the same word standing alone before no code is not set aside: "SKU" is the only code there
    assert calls("Locate item code SKU in store North-1.", locate) == [
        ("locate_item", {"item_code": "SKU", "store_id": "North-1"})
    ]
