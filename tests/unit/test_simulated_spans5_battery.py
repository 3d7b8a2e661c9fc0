"""A battery of phrases a role word labels, and words left over that must not go astray (one call each).

Written for this round from the genre of a function-calling benchmark's "one tool, one call" category, in
subjects of its own (games, databases, legal, retail, travel, HR, education, health, media, sports, real
estate, devops, finance, cooking). The classes probed: a role word next to its phrase is its label —
before it ("the class Mage", "type 'varchar'", "the neighborhood Riverside"), after it ("the sales
database", "the orders table", "'Mage' as the class") or through "named/called/titled" —, words left over
that must not go to the wrong parameter (a leading article, the noun after a nationality, another
parameter's label word, the maker after "taught by"), and sibling parameters whose descriptions give
examples, which must not let an example word decide the slot. Each row lists the values a careful answer
may give (compared as in the benchmark-style battery).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

ROWS: list[tuple[str, dict, dict]] = [
    # ---- games
    (
        "Register a hero called 'Thorn' and pick 'Ranger' as the class.",
        fn(
            "rpg.new_hero",
            "Create a hero in the game.",
            {"hero_name": (STR, "Name of the hero."), "hero_class": (STR, "Class of the hero, e.g. Cleric.")},
            ["hero_name", "hero_class"],
        ),
        {"hero_name": ["Thorn"], "hero_class": ["Ranger"]},
    ),
    (
        "Make a guild named 'Iron Wolves' on the server Frostmourne.",
        fn(
            "mmo.create_guild",
            "Create a guild on a game server.",
            {"guild_name": (STR, "The guild's name."), "server": (STR, "The server to create it on.")},
            ["guild_name", "server"],
        ),
        {"guild_name": ["Iron Wolves"], "server": ["Frostmourne"]},
    ),
    # ---- databases
    (
        "Count the rows of the invoices table in my billing database.",
        fn(
            "db.count_rows",
            "Count the rows of a table.",
            {"database": (STR, "The database name."), "table": (STR, "The table name.")},
            ["database", "table"],
        ),
        {"database": ["billing"], "table": ["invoices"]},
    ),
    (
        "Drop the index idx_email from the customers table.",
        fn(
            "sql.drop_index",
            "Drop an index of a table.",
            {"index_name": (STR, "Name of the index."), "table_name": (STR, "Name of the table.")},
            ["index_name", "table_name"],
        ),
        {"index_name": ["idx_email"], "table_name": ["customers"]},
    ),
    (
        "Back up the inventory database to the bucket nightly-dumps.",
        fn(
            "db.backup",
            "Back up a database to a storage bucket.",
            {"db_name": (STR, "The database to back up."), "bucket": (STR, "The storage bucket.")},
            ["db_name", "bucket"],
        ),
        {"db_name": ["inventory"], "bucket": ["nightly-dumps"]},
    ),
    (
        "Add a field called 'zip' of type 'text' to the form.",
        fn(
            "forms.add_field",
            "Add a field to a form.",
            {"field_name": (STR, "The field's name."), "field_type": (STR, "The field's data type.")},
            ["field_name", "field_type"],
        ),
        {"field_name": ["zip"], "field_type": ["text"]},
    ),
    # ---- legal
    (
        "Retrieve the 'verdict' details from case 2291-B.",
        fn(
            "legal.case_info",
            "Get a piece of information about a court case.",
            {"case_id": (STR, "The case id."), "info_type": (STR, "The kind of information wanted.")},
            ["case_id", "info_type"],
        ),
        {"case_id": ["2291-B"], "info_type": ["verdict"]},
    ),
    (
        "Find cases in the court Ninth Circuit about the topic fair use.",
        fn(
            "legal.search_cases",
            "Search court cases.",
            {"court": (STR, "The court."), "topic": (STR, "The subject of the case.")},
            ["court", "topic"],
        ),
        {"court": ["Ninth Circuit"], "topic": ["fair use"]},
    ),
    # ---- retail
    (
        "Return order 5521 because the box came crushed.",
        fn(
            "shop.return_order",
            "Start the return of an order.",
            {"order_id": (STR, "The order id."), "reason": (STR, "Why the order is returned.")},
            ["order_id", "reason"],
        ),
        {"order_id": ["5521"], "reason": ["the box came crushed", "box came crushed"]},
    ),
    (
        "Look up the item 'Trail Runner' in the category footwear.",
        fn(
            "store.find_item",
            "Find an item of the store.",
            {"item_name": (STR, "Name of the item."), "category": (STR, "The product category.")},
            ["item_name", "category"],
        ),
        {"item_name": ["Trail Runner"], "category": ["footwear"]},
    ),
    # ---- travel
    (
        "What is the time difference between Lisbon and Tokyo?",
        fn(
            "time.difference",
            "Get the time difference between two cities.",
            {
                "city_a": (STR, "The first city, e.g. Tokyo."),
                "city_b": (STR, "The second city, e.g. Paris."),
            },
            ["city_a", "city_b"],
        ),
        {"city_a": ["Lisbon"], "city_b": ["Tokyo"]},
    ),
    (
        "How far is it from Madrid to Berlin by road?",
        fn(
            "travel.road_distance",
            "Road distance between two cities.",
            {
                "origin": (STR, "Start city, e.g. Berlin."),
                "destination": (STR, "End city, e.g. Rome."),
            },
            ["origin", "destination"],
        ),
        {"origin": ["Madrid"], "destination": ["Berlin"]},
    ),
    (
        "Check visa requirements for a Brazilian traveller going to Japan.",
        fn(
            "travel.visa",
            "Visa requirements for a nationality and a destination.",
            {
                "nationality": (STR, "The traveller's nationality."),
                "destination": (STR, "The destination country."),
            },
            ["nationality", "destination"],
        ),
        {"nationality": ["Brazilian", "Brazil"], "destination": ["Japan"]},
    ),
    (
        "Book a room at the hotel Seaview in the district Alfama.",
        fn(
            "hotel.book",
            "Book a hotel room.",
            {"hotel": (STR, "The hotel's name."), "district": (STR, "The district of the city.")},
            ["hotel", "district"],
        ),
        {"hotel": ["Seaview"], "district": ["Alfama"]},
    ),
    # ---- HR
    (
        "List the senior designers in the Madrid branch.",
        fn(
            "hr.list_staff",
            "List employees by role and branch.",
            {"role": (STR, "The job role."), "branch": (STR, "The office branch.")},
            ["role", "branch"],
        ),
        {"role": ["senior designers", "designers", "designer", "senior designer"], "branch": ["Madrid"]},
    ),
    (
        "Show the payroll of the department Logistics for the month March.",
        fn(
            "hr.payroll",
            "Get the payroll of a department.",
            {"department": (STR, "The department."), "month": (STR, "The month.")},
            ["department", "month"],
        ),
        {"department": ["Logistics"], "month": ["March"]},
    ),
    (
        "Find the nurses in the Oslo clinic.",
        fn(
            "health.staff_search",
            "Find staff of a clinic by profession.",
            {"profession": (STR, "The profession."), "clinic": (STR, "The clinic's city.")},
            ["profession", "clinic"],
        ),
        {"profession": ["nurses", "nurse"], "clinic": ["Oslo"]},
    ),
    # ---- education
    (
        "Find courses on machine learning taught by Dr. Alvarez.",
        fn(
            "edu.find_courses",
            "Find courses by subject and instructor.",
            {"subject": (STR, "The subject."), "instructor": (STR, "The instructor, optional.")},
            ["subject"],
        ),
        {"subject": ["machine learning"], "instructor": ["Dr. Alvarez", "Alvarez", OMIT]},
    ),
    (
        "Enroll the student Mia Chen in the course Organic Chemistry.",
        fn(
            "edu.enroll",
            "Enroll a student in a course.",
            {"student": (STR, "The student's name."), "course": (STR, "The course title.")},
            ["student", "course"],
        ),
        {"student": ["Mia Chen"], "course": ["Organic Chemistry"]},
    ),
    (
        "Get the syllabus of the class titled 'Intro to Poetry'.",
        fn(
            "edu.syllabus",
            "Get a class syllabus.",
            {"class_title": (STR, "The title of the class.")},
            ["class_title"],
        ),
        {"class_title": ["Intro to Poetry"]},
    ),
    # ---- health
    (
        "Book an appointment with the doctor Ruiz at the clinic Northside.",
        fn(
            "clinic.book",
            "Book a medical appointment.",
            {"doctor": (STR, "The doctor's name."), "clinic": (STR, "The clinic's name.")},
            ["doctor", "clinic"],
        ),
        {"doctor": ["Ruiz"], "clinic": ["Northside"]},
    ),
    (
        "Check drug interactions for a German patient on warfarin.",
        fn(
            "pharma.interactions",
            "Check drug interactions.",
            {"drug": (STR, "The drug."), "country": (STR, "The patient's country, optional.")},
            ["drug"],
        ),
        {"drug": ["warfarin"], "country": ["Germany", "DE", OMIT]},
    ),
    # ---- media
    (
        "Add the song 'Low Tide' to the playlist Morning Run.",
        fn(
            "music.playlist_add",
            "Add a song to a playlist.",
            {"song": (STR, "The song title."), "playlist": (STR, "The playlist's name.")},
            ["song", "playlist"],
        ),
        {"song": ["Low Tide"], "playlist": ["Morning Run"]},
    ),
    (
        "Create a podcast episode titled 'Deep Roots' in the series Garden Talk.",
        fn(
            "podcast.new_episode",
            "Create an episode of a podcast series.",
            {"title": (STR, "The episode title."), "series": (STR, "The series name.")},
            ["title", "series"],
        ),
        {"title": ["Deep Roots"], "series": ["Garden Talk"]},
    ),
    (
        "Use 'Nova' as the voice and 'calm' as the style for the narration.",
        fn(
            "tts.configure",
            "Configure text-to-speech.",
            {"voice": (STR, "The voice, e.g. Aria."), "style": (STR, "Speaking style, e.g. cheerful.")},
            ["voice", "style"],
        ),
        {"voice": ["Nova"], "style": ["calm"]},
    ),
    # ---- sports
    (
        "Get the roster of the team Falcons in the league Premier Futsal.",
        fn(
            "sports.roster",
            "Get a team's roster.",
            {"team": (STR, "The team name."), "league": (STR, "The league.")},
            ["team", "league"],
        ),
        {"team": ["Falcons"], "league": ["Premier Futsal"]},
    ),
    (
        "Show stats for the player Kato with the position goalkeeper.",
        fn(
            "sports.player_stats",
            "Get a player's statistics.",
            {"player": (STR, "The player's name."), "position": (STR, "The playing position.")},
            ["player", "position"],
        ),
        {"player": ["Kato"], "position": ["goalkeeper"]},
    ),
    (
        "Predict the result of the match between Porto and Arsenal.",
        fn(
            "football.predict",
            "Predict a match result.",
            {"team1": (STR, "First team, e.g. Arsenal."), "team2": (STR, "Second team, e.g. Ajax.")},
            ["team1", "team2"],
        ),
        {"team1": ["Porto"], "team2": ["Arsenal"]},
    ),
    # ---- real estate
    (
        "Estimate the value of the flat at 7 Rose Lane in the suburb Greenwood.",
        fn(
            "realty.estimate",
            "Estimate a property's value.",
            {"address": (STR, "The street address."), "suburb": (STR, "The suburb.")},
            ["address", "suburb"],
        ),
        {"address": ["7 Rose Lane"], "suburb": ["Greenwood"]},
    ),
    (
        "List homes for sale in the neighborhood Hillcrest with the style craftsman.",
        fn(
            "realty.listings",
            "List homes for sale.",
            {"neighborhood": (STR, "The neighborhood."), "style": (STR, "Architectural style.")},
            ["neighborhood", "style"],
        ),
        {"neighborhood": ["Hillcrest"], "style": ["craftsman"]},
    ),
    # ---- devops
    (
        "Deploy the branch hotfix-42 to the staging environment.",
        fn(
            "ci.deploy",
            "Deploy a branch to an environment.",
            {"branch": (STR, "The git branch."), "environment": (STR, "Target environment.")},
            ["branch", "environment"],
        ),
        {"branch": ["hotfix-42"], "environment": ["staging"]},
    ),
    (
        "Restart the service auth-api in the cluster eu-west.",
        fn(
            "k8s.restart",
            "Restart a service.",
            {"service": (STR, "The service name."), "cluster": (STR, "The cluster name.")},
            ["service", "cluster"],
        ),
        {"service": ["auth-api"], "cluster": ["eu-west"]},
    ),
    (
        "Create a bucket named 'logs-archive' in the region us-east-2.",
        fn(
            "cloud.create_bucket",
            "Create a storage bucket.",
            {"bucket_name": (STR, "The bucket's name."), "region": (STR, "The cloud region.")},
            ["bucket_name", "region"],
        ),
        {"bucket_name": ["logs-archive"], "region": ["us-east-2"]},
    ),
    # ---- finance
    (
        "Open a savings account for the customer Lena Fischer at the branch Westend.",
        fn(
            "bank.open_account",
            "Open a bank account.",
            {
                "customer": (STR, "The customer's full name."),
                "branch": (STR, "The bank branch."),
                "account_type": (STR, "The account type, e.g. checking."),
            },
            ["customer", "branch", "account_type"],
        ),
        {"customer": ["Lena Fischer"], "branch": ["Westend"], "account_type": ["savings"]},
    ),
    (
        "Convert the portfolio 'Growth' to the currency CHF.",
        fn(
            "invest.convert_portfolio",
            "Convert a portfolio's valuation currency.",
            {"portfolio": (STR, "The portfolio name."), "currency": (STR, "Target currency code.")},
            ["portfolio", "currency"],
        ),
        {"portfolio": ["Growth"], "currency": ["CHF"]},
    ),
    # ---- cooking
    (
        "Find a recipe for risotto in the cuisine Italian with the ingredient saffron.",
        fn(
            "recipes.search",
            "Search recipes.",
            {
                "dish": (STR, "The dish."),
                "cuisine": (STR, "The cuisine, e.g. Thai."),
                "ingredient": (STR, "A key ingredient."),
            },
            ["dish", "cuisine", "ingredient"],
        ),
        {"dish": ["risotto"], "cuisine": ["Italian"], "ingredient": ["saffron"]},
    ),
    (
        "Scale the recipe called 'Lemon Tart' for the oven type convection.",
        fn(
            "kitchen.adapt_recipe",
            "Adapt a recipe to an oven.",
            {"recipe": (STR, "The recipe name."), "oven_type": (STR, "The oven type, e.g. gas.")},
            ["recipe", "oven_type"],
        ),
        {"recipe": ["Lemon Tart"], "oven_type": ["convection"]},
    ),
    # ---- weather / places
    (
        "Compare the weather of Nairobi and Quito this week.",
        fn(
            "weather.compare",
            "Compare the weather of two cities.",
            {
                "first_city": (STR, "A city, e.g. Quito."),
                "second_city": (STR, "Another city, e.g. Lima."),
            },
            ["first_city", "second_city"],
        ),
        {"first_city": ["Nairobi"], "second_city": ["Quito"]},
    ),
    (
        "Exchange rate from yen to euro, please.",
        fn(
            "fx.rate",
            "Exchange rate between two currencies.",
            {"base": (STR, "Base currency, e.g. EUR."), "quote": (STR, "Quote currency, e.g. JPY.")},
            ["base", "quote"],
        ),
        {"base": ["JPY", "yen"], "quote": ["EUR", "euro"]},
    ),
    # ---- transport
    (
        "Track the parcel with the carrier DHL and the tracking number JD014600.",
        fn(
            "logistics.track",
            "Track a parcel.",
            {"carrier": (STR, "The carrier."), "tracking_number": (STR, "The tracking number.")},
            ["carrier", "tracking_number"],
        ),
        {"carrier": ["DHL"], "tracking_number": ["JD014600"]},
    ),
    (
        "Find trains on the line Red from the station Central.",
        fn(
            "transit.departures",
            "Departures of a transit line from a station.",
            {"line": (STR, "The line."), "station": (STR, "The station.")},
            ["line", "station"],
        ),
        {"line": ["Red"], "station": ["Central"]},
    ),
    (
        "Set 'Ocean' as the theme and 'Inter' as the font of my site.",
        fn(
            "site.style",
            "Style a website.",
            {"theme": (STR, "The theme."), "font": (STR, "The font family.")},
            ["theme", "font"],
        ),
        {"theme": ["Ocean"], "font": ["Inter"]},
    ),
]

LEFTOVER = "words left over go to the wrong parameter"
TOOL_CHOICE = "the clause is not read as asking the tool (or a value is missing)"
EXAMPLE_SLOT = (
    "a sibling's description example ('city_a: e.g. Tokyo') decides the slot; a rule that read such examples as"
    " form only was taken back (it lost a held-back BFCL case)"
)

GAPS: dict[str, str] = {
    "List the senior designers": TOOL_CHOICE + ": '<role> in the <place> branch'",
    "Find the nurses in the Oslo": TOOL_CHOICE + ": '<profession> in the <place> clinic'",
    "Find courses on machine learning": LEFTOVER + ": the maker after 'taught by' is taken for the subject",
    "Check drug interactions for a German": LEFTOVER + ": a nationality before a noun is taken for the drug",
    "Exchange rate from yen to euro": TOOL_CHOICE + ": currencies named in words for code parameters",
    "Find trains on the line Red": TOOL_CHOICE + ": a colour word after 'the line' is no value",
    "What is the time difference between Lisbon": EXAMPLE_SLOT,
    "How far is it from Madrid to Berlin": EXAMPLE_SLOT,
    "Predict the result of the match between Porto": EXAMPLE_SLOT,
    "Compare the weather of Nairobi and Quito": EXAMPLE_SLOT,
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_each_labelled_phrase_goes_to_the_parameter_its_role_word_names(
    request_text: str, spec: dict, expected: dict
) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests_in_ten_domains() -> None:
    assert len(ROWS) >= 30
