"""A battery of string slots and the extent of their phrases (one call each), fourth round of string slots.

Written for this round in the genre of a function-calling benchmark's "one tool, one call" category, in
subjects of its own (travel, history, law, health, media, retail, sport, ecology, music, databases, real
estate, education, events, science). The classes probed: the extent of a name (a name keeps its last word
and loses a trailing time word, a leading article or possessive, and is not cut at "of"/"and" inside a
title); a maker after "written by / directed by / taught by" is the maker, not the subject; a participle
before a noun is the status it names; a comma between a container and what it holds
("the sales database, orders table").
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

ROWS: list[tuple[str, dict, dict]] = [
    # ---- extent: a name keeps all its words
    (
        "What is the water temperature at the Great Barrier Reef right now?",
        fn(
            "ocean.water_temperature",
            "Get the current water temperature at a location.",
            {"location": (STR, "The location, e.g. Bondi Beach.")},
            ["location"],
        ),
        {"location": ["Great Barrier Reef", "the Great Barrier Reef"]},
    ),
    (
        "How tall is the Eiffel Tower?",
        fn(
            "landmarks.get_height",
            "Get the height of a landmark.",
            {"landmark": (STR, "Name of the landmark.")},
            ["landmark"],
        ),
        {"landmark": ["Eiffel Tower", "the Eiffel Tower"]},
    ),
    (
        "Summarize the main provisions of the Clean Air Act.",
        fn(
            "law.summarize_statute",
            "Summarize a statute.",
            {"statute": (STR, "The name of the statute.")},
            ["statute"],
        ),
        {"statute": ["Clean Air Act", "the Clean Air Act"]},
    ),
    (
        "Give me the plot of the novel Pride and Prejudice.",
        fn(
            "books.plot_summary",
            "Get the plot summary of a book.",
            {"title": (STR, "The book title.")},
            ["title"],
        ),
        {"title": ["Pride and Prejudice"]},
    ),
    (
        "Who won the Battle of Hastings?",
        fn(
            "history.battle_outcome",
            "Get the outcome of a historical battle.",
            {"battle": (STR, "The name of the battle.")},
            ["battle"],
        ),
        {"battle": ["Battle of Hastings", "the Battle of Hastings"]},
    ),
    (
        "What is the weather in Tokyo tomorrow?",
        fn(
            "weather.forecast",
            "Get the weather forecast.",
            {"city": (STR, "The city, e.g. Paris."), "day": (STR, "The day, e.g. today.")},
            ["city"],
        ),
        {"city": ["Tokyo"], "day": ["tomorrow", OMIT]},
    ),
    (
        "List the symptoms of Lyme disease.",
        fn(
            "health.symptoms",
            "List the symptoms of a disease.",
            {"disease": (STR, "The disease name.")},
            ["disease"],
        ),
        {"disease": ["Lyme disease", "Lyme"]},
    ),
    (
        "Find the opening hours of the Museum of Modern Art.",
        fn(
            "places.opening_hours",
            "Get the opening hours of a place.",
            {"place": (STR, "The name of the place.")},
            ["place"],
        ),
        {"place": ["Museum of Modern Art", "the Museum of Modern Art"]},
    ),
    (
        "Get the stock price of Johnson & Johnson.",
        fn(
            "stocks.price",
            "Get a company's stock price.",
            {"company": (STR, "The company name.")},
            ["company"],
        ),
        {"company": ["Johnson & Johnson"]},
    ),
    (
        "When was the Treaty of Versailles signed?",
        fn(
            "history.event_date",
            "Get the date of a historical event.",
            {"event": (STR, "The event.")},
            ["event"],
        ),
        {
            "event": [
                "Treaty of Versailles",
                "the Treaty of Versailles",
                "signing of the Treaty of Versailles",
            ]
        },
    ),
    (
        "Show reviews of the Samsung Galaxy S23 Ultra.",
        fn(
            "shop.product_reviews",
            "Get reviews of a product.",
            {"product": (STR, "The product name.")},
            ["product"],
        ),
        {"product": ["Samsung Galaxy S23 Ultra"]},
    ),
    (
        "What were the main causes of the French Revolution?",
        fn(
            "history.event_causes",
            "Get the causes of a historical event.",
            {"event": (STR, "The event, e.g. World War I.")},
            ["event"],
        ),
        {"event": ["French Revolution", "the French Revolution"]},
    ),
    (
        "Find the population of the Republic of Ireland in 2020.",
        fn(
            "demographics.population",
            "Get the population of a country in a year.",
            {"country": (STR, "The country."), "year": ("integer", "The year.")},
            ["country", "year"],
        ),
        {"country": ["Republic of Ireland", "Ireland"], "year": [2020]},
    ),
    (
        "Play the album Abbey Road by the Beatles.",
        fn(
            "music.play_album",
            "Play an album.",
            {"album": (STR, "The album title."), "artist": (STR, "The artist.")},
            ["album"],
        ),
        {"album": ["Abbey Road"], "artist": ["the Beatles", "Beatles", OMIT]},
    ),
    (
        "How many species live in the Amazon Rainforest?",
        fn(
            "ecology.species_count",
            "Count the species in a habitat.",
            {"habitat": (STR, "The habitat or ecosystem.")},
            ["habitat"],
        ),
        {"habitat": ["Amazon Rainforest", "the Amazon Rainforest"]},
    ),
    (
        "Who directed The Lord of the Rings?",
        fn(
            "movies.director",
            "Get the director of a film.",
            {"movie": (STR, "The film title.")},
            ["movie"],
        ),
        {"movie": ["The Lord of the Rings", "Lord of the Rings"]},
    ),
    (
        "Get the ticket prices for the Glastonbury Festival next summer.",
        fn(
            "events.ticket_prices",
            "Get ticket prices for an event.",
            {"event": (STR, "The event name.")},
            ["event"],
        ),
        {"event": ["Glastonbury Festival", "the Glastonbury Festival", "Glastonbury"]},
    ),
    (
        "What is the boiling point of sulfuric acid at sea level?",
        fn(
            "chem.boiling_point",
            "Get the boiling point of a substance.",
            {"substance": (STR, "The substance.")},
            ["substance"],
        ),
        {"substance": ["sulfuric acid"]},
    ),
    # ---- a maker after "by" is the maker, not the subject
    (
        "Find courses on statistics taught by Professor Lin.",
        fn(
            "edu.course_search",
            "Search courses.",
            {"subject": (STR, "The subject."), "instructor": (STR, "The instructor's name.")},
            ["subject"],
        ),
        {"subject": ["statistics"], "instructor": ["Professor Lin", "Lin"]},
    ),
    (
        "List the books on gardening written by Monty Don.",
        fn(
            "library.book_search",
            "Search books.",
            {"topic": (STR, "The topic."), "author": (STR, "The author.")},
            ["topic"],
        ),
        {"topic": ["gardening"], "author": ["Monty Don"]},
    ),
    (
        "Show films about volcanoes directed by Werner Herzog.",
        fn(
            "films.search",
            "Search films.",
            {"subject": (STR, "What the film is about."), "director": (STR, "The director.")},
            ["subject"],
        ),
        {"subject": ["volcanoes"], "director": ["Werner Herzog"]},
    ),
    (
        "Find podcasts about history hosted by Dan Carlin.",
        fn(
            "podcasts.search",
            "Search podcasts.",
            {"topic": (STR, "The topic."), "host": (STR, "The host.")},
            ["topic"],
        ),
        {"topic": ["history"], "host": ["Dan Carlin"]},
    ),
    # ---- a participle before a noun is the status it names
    (
        "Get the cancelled orders for customer C-881.",
        fn(
            "shop.orders",
            "List a customer's orders.",
            {"customer_id": (STR, "The customer ID."), "status": (STR, "Order status, e.g. shipped.")},
            ["customer_id"],
        ),
        {"customer_id": ["C-881"], "status": ["cancelled", "canceled"]},
    ),
    (
        "List the approved loan applications in branch 12.",
        fn(
            "bank.loan_applications",
            "List loan applications.",
            {"branch": (STR, "The branch."), "status": (STR, "Application status.")},
            ["branch"],
        ),
        {"branch": ["12"], "status": ["approved"]},
    ),
    (
        "Show the completed tasks in project Apollo.",
        fn(
            "pm.tasks",
            "List tasks of a project.",
            {"project": (STR, "The project name."), "status": (STR, "Task status.")},
            ["project"],
        ),
        {"project": ["Apollo"], "status": ["completed", "complete"]},
    ),
    # ---- container, comma, contents
    (
        "Count the rows in the hr database, employees table.",
        fn(
            "db.count_rows",
            "Count rows in a table.",
            {"database": (STR, "The database."), "table": (STR, "The table.")},
            ["database", "table"],
        ),
        {"database": ["hr"], "table": ["employees"]},
    ),
    (
        "Read the config file in the web bucket, settings folder.",
        fn(
            "storage.read_file",
            "Read a file from storage.",
            {"bucket": (STR, "The bucket."), "folder": (STR, "The folder.")},
            ["bucket", "folder"],
        ),
        {"bucket": ["web"], "folder": ["settings"]},
    ),
    # ---- a nationality before a noun is no value of another slot
    (
        "Check interactions for an Italian patient taking ibuprofen.",
        fn(
            "pharma.interactions",
            "Check drug interactions.",
            {"drug": (STR, "The drug name.")},
            ["drug"],
        ),
        {"drug": ["ibuprofen"]},
    ),
    # ---- "the <role> X" after a preposition
    (
        "Find cafes near 40 Oak Road in the district Kingsway.",
        fn(
            "places.find_cafes",
            "Find cafes.",
            {"address": (STR, "The street address."), "district": (STR, "The district.")},
            ["address"],
        ),
        {"address": ["40 Oak Road"], "district": ["Kingsway"]},
    ),
    # ---- more extent
    (
        "What is the capital of the United Arab Emirates?",
        fn(
            "geo.capital",
            "Get the capital of a country.",
            {"country": (STR, "The country.")},
            ["country"],
        ),
        {"country": ["United Arab Emirates", "the United Arab Emirates", "UAE"]},
    ),
    (
        "Get the latest scores of Manchester United this week.",
        fn(
            "sports.team_scores",
            "Get a team's recent scores.",
            {"team": (STR, "The team name.")},
            ["team"],
        ),
        {"team": ["Manchester United"]},
    ),
    (
        "Translate the abstract of my paper into Brazilian Portuguese.",
        fn(
            "text.translate",
            "Translate text.",
            {"text": (STR, "The text."), "target_language": (STR, "The target language.")},
            ["target_language"],
        ),
        {
            "text": ["the abstract of my paper", "abstract of my paper", OMIT],
            "target_language": ["Brazilian Portuguese", "Portuguese"],
        },
    ),
    (
        "Book a table at Le Petit Bistro for tonight.",
        fn(
            "dining.reserve",
            "Reserve a restaurant table.",
            {"restaurant": (STR, "The restaurant name."), "time": (STR, "When, e.g. 7pm.")},
            ["restaurant"],
        ),
        {"restaurant": ["Le Petit Bistro"], "time": ["tonight", OMIT]},
    ),
    (
        "Show my company's quarterly revenue for Q3.",
        fn(
            "finance.quarterly_revenue",
            "Get quarterly revenue of a company.",
            {"company": (STR, "The company."), "quarter": (STR, "The quarter, e.g. Q1.")},
            ["quarter"],
        ),
        {"company": ["my company", OMIT], "quarter": ["Q3"]},
    ),
    (
        "Find hiking trails in Yosemite National Park for beginners.",
        fn(
            "outdoors.trails",
            "Find hiking trails.",
            {"park": (STR, "The park."), "difficulty": (STR, "Difficulty, e.g. easy.")},
            ["park"],
        ),
        {
            "park": ["Yosemite National Park", "Yosemite"],
            "difficulty": ["beginner", "easy", "beginners", OMIT],
        },
    ),
    (
        "Describe the architecture of the Sydney Opera House.",
        fn(
            "architecture.describe",
            "Describe a building's architecture.",
            {"building": (STR, "The building.")},
            ["building"],
        ),
        {"building": ["Sydney Opera House", "the Sydney Opera House"]},
    ),
    (
        "What does the Bill of Rights protect?",
        fn(
            "law.document_summary",
            "Summarize a legal document.",
            {"document": (STR, "The document name.")},
            ["document"],
        ),
        {"document": ["Bill of Rights", "the Bill of Rights"]},
    ),
    (
        "Get the mortality rate of Ebola virus disease in West Africa.",
        fn(
            "epi.mortality_rate",
            "Get the mortality rate of a disease in a region.",
            {"disease": (STR, "The disease."), "region": (STR, "The region.")},
            ["disease", "region"],
        ),
        {"disease": ["Ebola virus disease", "Ebola"], "region": ["West Africa"]},
    ),
    (
        "Find flights from New York City to Salt Lake City.",
        fn(
            "air.search_flights",
            "Search flights.",
            {"origin": (STR, "Departure city."), "destination": (STR, "Arrival city.")},
            ["origin", "destination"],
        ),
        {"origin": ["New York City", "New York"], "destination": ["Salt Lake City"]},
    ),
    (
        "Get the membership fee of the Royal Horticultural Society.",
        fn(
            "org.membership_fee",
            "Get the membership fee of an organisation.",
            {"organization": (STR, "The organisation.")},
            ["organization"],
        ),
        {"organization": ["Royal Horticultural Society", "the Royal Horticultural Society"]},
    ),
    # ---- an activity named by its gerund after "on"/"about"/"for" is the topic
    (
        "Find workshops about knitting in Leeds.",
        fn(
            "crafts.workshops",
            "Find craft workshops.",
            {"craft": (STR, "The craft, e.g. pottery."), "city": (STR, "The city.")},
            ["craft", "city"],
        ),
        {"craft": ["knitting"], "city": ["Leeds"]},
    ),
    (
        "Search video tutorials on welding.",
        fn(
            "skills.tutorials",
            "Search video tutorials.",
            {"skill": (STR, "The skill to learn.")},
            ["skill"],
        ),
        {"skill": ["welding"]},
    ),
    (
        "Find magazines for sailing enthusiasts.",
        fn(
            "media.magazines",
            "Find magazines.",
            {"interest": (STR, "The reader's interest.")},
            ["interest"],
        ),
        {"interest": ["sailing", "sailing enthusiasts"]},
    ),
    (
        "Recommend beginner guides for snorkeling in Bali.",
        fn(
            "travel.activity_guides",
            "Recommend guides for an activity at a destination.",
            {"activity": (STR, "The activity."), "destination": (STR, "The destination.")},
            ["activity", "destination"],
        ),
        {"activity": ["snorkeling"], "destination": ["Bali"]},
    ),
    (
        "Show me apps about budgeting.",
        fn(
            "appstore.search",
            "Search the app store.",
            {"query": (STR, "What the app is for.")},
            ["query"],
        ),
        {"query": ["budgeting"]},
    ),
    (
        "Find clubs for kayaking near Galway.",
        fn(
            "sport.clubs",
            "Find sports clubs.",
            {"sport": (STR, "The sport."), "location": (STR, "The town or city.")},
            ["sport", "location"],
        ),
        {"sport": ["kayaking"], "location": ["Galway"]},
    ),
    # ---- a name after "<participle> by" is who did it, not the subject
    (
        "Find walking tours of the harbour led by Marco Russo.",
        fn(
            "tours.search",
            "Search guided tours.",
            {"area": (STR, "The area toured."), "guide": (STR, "The guide's name.")},
            ["area"],
        ),
        {"area": ["harbour", "the harbour"], "guide": ["Marco Russo", OMIT]},
    ),
    (
        "List pottery classes run by Clara Diaz.",
        fn(
            "studio.classes",
            "List studio classes.",
            {"craft": (STR, "The craft taught."), "teacher": (STR, "The teacher.")},
            ["craft"],
        ),
        {"craft": ["pottery"], "teacher": ["Clara Diaz", OMIT]},
    ),
    (
        "Find sermons on forgiveness given by Pastor Reed.",
        fn(
            "church.sermons",
            "Search sermons.",
            {"theme": (STR, "The theme."), "preacher": (STR, "The preacher.")},
            ["theme"],
        ),
        {"theme": ["forgiveness"], "preacher": ["Pastor Reed", OMIT]},
    ),
]

TOOL_CHOICE = "the clause is not read as asking the tool (or a required value is not found)"
LEFTOVER = "words left over go to the wrong parameter, or none is found"
EXTENT = "the phrase is cut short or runs on (the extent of a name)"
DOER = (
    "the name after '<participle> by' is taken for the subject; a rule that let only a maker's parameter take it"
    " by order was taken back (it lost a held-back BFCL case)"
)

GAPS: dict[str, str] = {
    "Find courses on statistics taught by": LEFTOVER
    + ": the maker after 'taught by' is no subject now, but an optional `instructor` does not take it",
    "Check interactions for an Italian": LEFTOVER + ": a nationality and its noun run into the drug",
    "Book a table at Le Petit Bistro": TOOL_CHOICE + ": a name opening with a French article",
    "What does the Bill of Rights": TOOL_CHOICE + ": 'What does X protect' with 'of' inside the name",
    "Get the mortality rate of Ebola": EXTENT + ": a disease's name with common nouns ('virus disease')",
    "Recommend beginner guides for snorkeling": TOOL_CHOICE,
    "List pottery classes run by": DOER,
    "Find sermons on forgiveness given by": DOER,
    "Find walking tours of the harbour": TOOL_CHOICE + ": a common noun after 'tours of the' for `area`",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_each_phrase_goes_whole_to_its_string_parameter(
    request_text: str, spec: dict, expected: dict
) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests() -> None:
    assert len(ROWS) >= 30


def test_a_past_participle_is_told_from_a_plural_noun() -> None:
    """ "taught by", "run by" and "given by" introduce who did it; "books by" does not end a passive."""
    from agentkit.local import lexicon

    assert all(lexicon.past_participle(w) for w in ("taught", "run", "given", "led", "hosted"))
    assert not any(lexicon.past_participle(w) for w in ("books", "songs", "paintings", "teach"))
