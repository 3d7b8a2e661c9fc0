"""Asking versus calling: one test per general reading by which a careful caller calls instead of asking
(or leaves a tool alone), with tools and requests written here.

Each test has a look-alike where the rule must not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

COFFEE = tool(
    "brew_coffee",
    "Brew coffee in the office machine.",
    {"cups": num("Number of cups.", "integer"), "strength": text("Brew strength. Default is 'medium'.")},
)
GARDEN = tool(
    "get_garden_tasks",
    "List the gardening tasks for a month.",
    {"month": text("Month name."), "region": text("Climate region. Default is temperate.")},
)
TIDES = tool(
    "tide_times",
    "High and low tide times at a harbour.",
    {"harbour": text("Harbour name."), "days": num("Number of days to list, default 3.", "integer")},
)


def test_a_required_value_the_request_leaves_out_is_the_default_its_description_states() -> None:
    """ "Default is 'medium'": a request that says nothing of the strength means the default."""
    assert calls("Brew 3 cups of coffee.", COFFEE) == [("brew_coffee", {"cups": 3, "strength": "medium"})]
    assert calls("What gardening tasks are there in October?", GARDEN) == [
        ("get_garden_tasks", {"month": "October", "region": "temperate"})
    ]
    assert calls("When are the tides at Whitby harbour?", TIDES) == [
        ("tide_times", {"harbour": "Whitby", "days": 3})
    ]
    # a value the request states goes before the default
    assert calls("Brew 2 cups of coffee with strength 'strong'.", COFFEE) == [
        ("brew_coffee", {"cups": 2, "strength": "strong"})
    ]
    # a tool that only just fits is not called on what it assumes
    assert calls("What should I do in October?", GARDEN) == []


def test_a_default_that_names_a_moment_or_nothing_is_no_value() -> None:
    """ "Defaults to today", "Default is none": no value a caller could write, so the request must give it."""
    log = tool(
        "log_workout",
        "Log a workout in the training diary.",
        {"activity": text("The activity."), "date": text("Date of the workout; defaults to today.")},
    )
    assert calls("Log a workout in my training diary: rowing.", log) == []


TICKETS = tool("get_ticket", "Get a support ticket by its ID.", {"ticket_id": text("The ticket ID.")})
CASES = tool(
    "case_details",
    "Get the details of a court case.",
    {"case_id": text("The case ID."), "year": num("Year of the case.", "integer")},
)


def test_an_id_is_a_code_no_word_before_its_noun_and_no_other_things_code() -> None:
    """An id parameter takes a code, not an adjective before its noun ("the most urgent tickets"), nor the
    code a noun of another thing labels ("the law firm BLT"): asking those of the tool is
    no call."""
    assert calls("Show me the most urgent tickets.", TICKETS) == []
    assert calls("What were the landmark cases argued by the law firm BLT in 2019?", CASES) == []
    # the code itself, or labelled by the parameter's own noun, is the id
    assert calls("Show ticket TK-2231.", TICKETS) == [("get_ticket", {"ticket_id": "TK-2231"})]
    assert calls("Show me the details of case CV-88 from 2019.", CASES) == [
        ("case_details", {"case_id": "CV-88", "year": 2019})
    ]


VACCINES = tool(
    "recommended_vaccines",
    "List the vaccines recommended for a child at a given age.",
    {"age_years": num("Age of the child in years.", "integer")},
)
PENSION = tool(
    "pension_estimate",
    "Estimate a monthly pension from the years of service.",
    {"years_of_service": num("Years worked.", "integer")},
)


def test_a_spelled_number_at_a_sentences_end_counts_no_noun_of_the_next_sentence() -> None:
    """ "She turned three. Which vaccines …": the scene set before the question gives the age; "three"
    counts no vaccines, since "which" opens the next phrase."""
    assert calls("She turned three. Which vaccines are due?", VACCINES) == [
        ("recommended_vaccines", {"age_years": 3})
    ]
    assert calls("I have been here for twenty. What pension can I expect?", PENSION) == [
        ("pension_estimate", {"years_of_service": 20})
    ]
    # a spelled number right before a noun counts it: three vaccines are no age
    assert calls("Three vaccines are due?", VACCINES) == []


TONE = tool(
    "detect_tone",
    "Detect the emotional tone of a passage.",
    {"passage": text("The passage."), "language": text("The language the passage is written in.")},
)
TRANSLATE = tool(
    "translate_text",
    "Translate a text from one language to another.",
    {
        "text": text("The text to translate."),
        "source_language": text("Language the text is written in."),
        "target_language": text("Language to translate into."),
    },
)
SPELL = tool(
    "spell_check",
    "Check the spelling of a word.",
    {"word": text("The word."), "locale": text("Locale of the word, e.g. 'en-GB', 'de-DE'.")},
)


def test_the_language_of_a_quoted_english_text_is_english_as_the_parameter_writes_it() -> None:
    """A text handed over in English words is in English: its language parameter takes it, written as the
    description's examples write languages; not a target language, and not a text in another language."""
    assert calls(
        "Detect the tone of this passage: 'The new bridge finally opened and traffic is better.'", TONE
    ) == [
        (
            "detect_tone",
            {"passage": "The new bridge finally opened and traffic is better.", "language": "English"},
        )
    ]
    assert calls("Translate 'The shop opens at nine' into Italian.", TRANSLATE) == [
        (
            "translate_text",
            {"text": "The shop opens at nine", "source_language": "English", "target_language": "Italian"},
        )
    ]
    assert calls("Is 'necessary' spelled right?", SPELL) == [
        ("spell_check", {"word": "necessary", "locale": "en-US"})
    ]
    # a text in another language, or none handed over: the request must say the language
    assert calls("Detect the tone of 'Me encanta la comida de este lugar, siempre fresca.'", TONE) == []
    assert calls("Detect the tone of this passage.", TONE) == []


FERTILISER = tool(
    "fertiliser_dose",
    "How much fertiliser a lawn needs.",
    {
        "lawn_area_m2": num("Lawn area in square meters."),
        "mower_height_mm": num("Cutting height in millimeters."),
    },
)
FREIGHT = tool(
    "freight_quote",
    "Quote the freight cost of a pallet.",
    {"weight_lb": num("Pallet weight in pounds."), "distance_miles": num("Distance in miles.")},
)
JUICE = tool(
    "juice_recipe",
    "Scale a juice recipe to a volume.",
    {"fruit": text("The fruit."), "volume_ml": num("Volume to make in milliliters.")},
)


def test_a_value_in_another_unit_of_the_same_measure_is_converted_to_the_parameters_unit() -> None:
    """ "4 cm" for a parameter in millimetres is 40: lengths, masses and volumes convert as spans of time
    do; a value already in the parameter's unit, or in a unit of another measure, stays as written."""
    assert calls("Quote freight for a 200 kg pallet over 100 km.", FREIGHT) == [
        ("freight_quote", {"weight_lb": 440.92452437, "distance_miles": 62.1371192237})
    ]
    assert calls("Scale the orange juice recipe to 1.5 l.", JUICE) == [
        ("juice_recipe", {"fruit": "orange", "volume_ml": 1500.0})
    ]
    assert calls("Quote freight for a 300 lb pallet over 40 miles.", FREIGHT) == [
        ("freight_quote", {"weight_lb": 300.0, "distance_miles": 40.0})
    ]


def test_an_amount_written_in_words_with_a_fraction_is_a_quantity() -> None:
    """ "half a kilo", "a mile and a half", "an hour and a quarter" are amounts, as "half an hour" is; "a
    pound" alone is no amount ("$4 a pound" is a price per pound)."""
    pace = tool(
        "running_pace",
        "Calculate running pace from distance and time.",
        {"distance_km": num("Distance run in kilometers."), "minutes": num("Time taken in minutes.")},
    )
    assert calls("What pace is a mile and a half in a quarter of an hour?", pace) == [
        ("running_pace", {"distance_km": 2.414016, "minutes": 15.0})
    ]
    price = tool(
        "price_of_cheese",
        "Price of an amount of cheese.",
        {"cheese": text("The cheese."), "grams": num("Amount in grams.")},
    )
    assert calls("What is the price of half a kilo of cheddar cheese?", price) == [
        ("price_of_cheese", {"cheese": "cheddar", "grams": 500.0})
    ]
    assert calls("What is the price of cheddar cheese at $4 a pound?", price) == []


def test_a_negation_in_a_description_makes_no_code_of_a_parameter() -> None:
    """ "Preferred pitch; leave out if no preference": the "no" is a negation, not the "No" of "Case No",
    so the optional pitch does not take "3 nights" as a code, and the stay's length keeps it."""
    campsite = tool(
        "reserve_campsite",
        "Reserve a pitch at a campsite.",
        {
            "campsite": text("Name of the campsite."),
            "stay_length": num("Length of the stay in nights.", "integer"),
            "pitch": text("Preferred pitch; leave out if no preference."),
        },
        ["campsite", "stay_length"],
    )
    assert calls("Reserve a pitch at Pine Hollow campsite with a lakeside pitch for 3 nights.", campsite) == [
        ("reserve_campsite", {"campsite": "Pine Hollow", "stay_length": 3, "pitch": "lakeside"})
    ]
    boat = tool(
        "rent_boat",
        "Rent a boat at a marina.",
        {
            "marina": text("The marina."),
            "rental_length": num("Length of the rental in hours.", "integer"),
            "style": text("Style of boat, ignored if no preference is given."),
        },
        ["marina", "rental_length"],
    )
    assert calls("Rent a boat at Harbour Point marina with a sailing style for 4 hours.", boat) == [
        ("rent_boat", {"marina": "Harbour Point", "rental_length": 4, "style": "sailing"})
    ]
    # a code's own word still makes one: "Case No" in the description
    case = tool("court_case", "Look up a court case.", {"case": text("The Case No of the case.")})
    assert calls("Look up court case 28473.", case) == [("court_case", {"case": "28473"})]


CAMERA = tool(
    "camera_price",
    "Get the price of a camera.",
    {"brand": text("Camera brand."), "model": text("Camera model.")},
)
BIKE = tool(
    "bike_reviews",
    "Get reviews of a bicycle.",
    {"manufacturer": text("The manufacturer."), "model": text("The specific model.")},
)


def test_a_products_name_gives_its_brand_first_and_its_model_after() -> None:
    """ "a Canon EOS R6": English names a product by its maker first, so a tool that takes brand and model
    apart gets the first word as the brand and the rest as the model."""
    assert calls("How much is a Canon EOS R6 camera?", CAMERA) == [
        ("camera_price", {"brand": "Canon", "model": "EOS R6"})
    ]
    assert calls("Find reviews of the Trek Domane SL5.", BIKE) == [
        ("bike_reviews", {"manufacturer": "Trek", "model": "Domane SL5"})
    ]
    # a brand alone names no model: ask
    assert calls("How much is a Canon camera?", CAMERA) == []


def test_a_required_flag_the_request_does_not_ask_for_is_off() -> None:
    """ "Only trails that allow dogs" is a filter the request does not ask for: it is False, not a question
    back; said, it is True."""
    trails = tool(
        "find_hiking_trails",
        "Find hiking trails near a town.",
        {
            "town": text("The town."),
            "dog_friendly": {"type": "boolean", "description": "Only trails that allow dogs."},
        },
    )
    assert calls("Find hiking trails near Keswick.", trails) == [
        ("find_hiking_trails", {"town": "Keswick", "dog_friendly": False})
    ]
    jobs = tool(
        "search_jobs",
        "Search job listings.",
        {"title": text("Job title."), "remote_only": {"type": "boolean", "description": "Only remote jobs."}},
    )
    assert calls("Search job listings for data analyst.", jobs) == [
        ("search_jobs", {"title": "data analyst", "remote_only": False})
    ]
    assert calls("Search remote job listings for data analyst.", jobs) == [
        ("search_jobs", {"title": "data analyst", "remote_only": True})
    ]
