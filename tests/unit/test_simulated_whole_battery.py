"""A battery of the exact span of a string value (one call each): the whole value, no more, no less.

Written for this round in the genre of a function-calling benchmark's "one tool, one call" category, in
subjects of its own (travel, health, finance, retail, science, sport, music, law, education, devops,
cooking, media, messaging). The classes probed:
- a label and its value: "my account ID is 'acc-778'", "the server IP as 10.0.0.5", "the endpoint URL is
  https://…": the value follows the label, and the label's own words (ID, IP, URL, address) are no value;
- a whole text given after a colon or on lines of its own ("Translate this into Spanish: …", "Classify this
  review:\n\n…") or a message "saying '…'" goes whole to the parameter that asks for a text;
- multi-word names and titles keep all their words, a verb ("Be", "Let") or "and" inside a capitalised title
  included, and lose the request's own verb ("play …") and trailing words ("song", "please");
- "X in the Y" for a city and a country: the inner place is the city;
- quoted strings keep their inner text only.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a label and the value after it (the label's words are no value)
    (
        "I lost my saved carts, can you list them? My account ID is 'acc-778'.",
        fn(
            "retail.list_carts",
            "List the saved shopping carts of a customer account.",
            {"account_id": (STR, "The account's unique identifier.")},
            ["account_id"],
        ),
        {"account_id": ["acc-778"]},
    ),
    (
        "Register a monitoring target named 'edge-1' with the server IP as '10.0.0.5' on port 9100.",
        fn(
            "devops.add_target",
            "Register a host for metrics scraping.",
            {
                "name": (STR, "A nickname for the target."),
                "host": (STR, "The host name or IP address of the server."),
                "port": ("integer", "The port to scrape."),
            },
            ["name", "host", "port"],
        ),
        {"name": ["edge-1"], "host": ["10.0.0.5"], "port": [9100]},
    ),
    (
        "Add a webhook for the payments team. The endpoint URL is https://hooks.example.org/pay and the secret is s3cr3t.",
        fn(
            "finance.add_webhook",
            "Add a webhook that receives payment events.",
            {
                "url": (STR, "The URL events are posted to."),
                "secret": (STR, "The shared secret used to sign events."),
            },
            ["url", "secret"],
        ),
        {"url": ["https://hooks.example.org/pay"], "secret": ["s3cr3t"]},
    ),
    (
        "Check my prescription refill status, the prescription number is RX40921.",
        fn(
            "pharmacy.refill_status",
            "Get the refill status of a prescription.",
            {"prescription_number": (STR, "The number printed on the prescription label.")},
            ["prescription_number"],
        ),
        {"prescription_number": ["RX40921"]},
    ),
    (
        "Show the seat map for my flight. The booking reference is QX7781 and my surname is Okafor.",
        fn(
            "travel.seat_map",
            "Show the seat map of a booked flight.",
            {
                "booking_reference": (STR, "The six-character booking reference."),
                "last_name": (STR, "The passenger's last name."),
            },
            ["booking_reference", "last_name"],
        ),
        {"booking_reference": ["QX7781"], "last_name": ["Okafor"]},
    ),
    (
        "Give me the grade report for course code BIO210 for the student with ID s-55031.",
        fn(
            "education.grade_report",
            "Get a student's grade report for a course.",
            {
                "course_code": (STR, "The course code."),
                "student_id": (STR, "The student's identifier."),
            },
            ["course_code", "student_id"],
        ),
        {"course_code": ["BIO210"], "student_id": ["s-55031"]},
    ),
    (
        "Ping the database host at db.internal.lan and tell me the latency.",
        fn(
            "devops.ping",
            "Measure the round-trip latency to a host.",
            {"host": (STR, "The host name or address to ping.")},
            ["host"],
        ),
        {"host": ["db.internal.lan"]},
    ),
    (
        "Look up the case file with docket number 22-cv-0419 in the district court.",
        fn(
            "law.case_lookup",
            "Look up a court case by its docket number.",
            {"docket_number": (STR, "The docket number of the case.")},
            ["docket_number"],
        ),
        {"docket_number": ["22-cv-0419"]},
    ),
    # ---- a whole text after a colon or on its own lines
    (
        "Translate this into Spanish: The museum opens at nine and closes at five.",
        fn(
            "language.translate",
            "Translate a text into another language.",
            {
                "text": (STR, "The text to translate."),
                "target_language": (STR, "The language to translate into."),
            },
            ["text", "target_language"],
        ),
        {
            "text": [
                "The museum opens at nine and closes at five.",
                "The museum opens at nine and closes at five",
            ],
            "target_language": ["Spanish"],
        },
    ),
    (
        "Classify the sentiment of this review:\n\nThe pasta was cold and the waiter never came back.",
        fn(
            "nlp.sentiment",
            "Classify the sentiment of a piece of text.",
            {"text": (STR, "The text to classify.")},
            ["text"],
        ),
        {
            "text": [
                "The pasta was cold and the waiter never came back.",
                "The pasta was cold and the waiter never came back",
            ]
        },
    ),
    (
        "Summarise the following note for the ward: Patient slept well, pain is down to 3 of 10, start walking tomorrow.",
        fn(
            "health.summarise_note",
            "Summarise a clinical note.",
            {"note": (STR, "The full text of the note.")},
            ["note"],
        ),
        {
            "note": [
                "Patient slept well, pain is down to 3 of 10, start walking tomorrow.",
                "Patient slept well, pain is down to 3 of 10, start walking tomorrow",
            ]
        },
    ),
    (
        "Here is what the tutor wrote back:\n\nThe essay needs a clearer thesis and two more sources.",
        fn(
            "education.record_feedback",
            "Record the feedback a tutor gave on an assignment.",
            {"feedback": (STR, "The feedback text, word for word.")},
            ["feedback"],
        ),
        {
            "feedback": [
                "The essay needs a clearer thesis and two more sources.",
                "The essay needs a clearer thesis and two more sources",
            ]
        },
    ),
    (
        "Post this to the team channel: Deploy is frozen until Monday, no merges to main.",
        fn(
            "chat.post_message",
            "Post a message to a team channel.",
            {"message": (STR, "The message text.")},
            ["message"],
        ),
        {
            "message": [
                "Deploy is frozen until Monday, no merges to main.",
                "Deploy is frozen until Monday, no merges to main",
            ]
        },
    ),
    (
        "Add this instruction to my order exactly as written: leave the box at the side gate.",
        fn(
            "retail.add_delivery_note",
            "Add a delivery instruction to an order.",
            {"instruction": (STR, "The instruction for the courier.")},
            ["instruction"],
        ),
        {"instruction": ["leave the box at the side gate.", "leave the box at the side gate"]},
    ),
    (
        "Parse this ingredient line: 2 cups of plain flour, sifted.",
        fn(
            "cooking.parse_ingredient",
            "Parse a recipe's ingredient line into quantity, unit and ingredient.",
            {"line": (STR, "The ingredient line as written in the recipe.")},
            ["line"],
        ),
        {"line": ["2 cups of plain flour, sifted.", "2 cups of plain flour, sifted"]},
    ),
    (
        "Check the grammar of this sentence: Me and him goes to the match every week.",
        fn(
            "language.grammar_check",
            "Check a sentence for grammar mistakes.",
            {"sentence": (STR, "The sentence to check.")},
            ["sentence"],
        ),
        {"sentence": ["Me and him goes to the match every week.", "Me and him goes to the match every week"]},
    ),
    # ---- a message "saying '…'"
    (
        "Text the climbing group a reminder saying 'Meet at the crag car park at 7.'",
        fn(
            "messaging.send_group_text",
            "Send a text message to a group.",
            {
                "group": (STR, "The group to text."),
                "body": (STR, "The text of the message."),
            },
            ["group", "body"],
        ),
        {"group": ["climbing group", "climbing"], "body": ["Meet at the crag car park at 7."]},
    ),
    (
        "Show a banner on the checkout page with the words 'Free shipping over 50 euros'.",
        fn(
            "retail.set_banner",
            "Show a banner on a page of the shop.",
            {
                "page": (STR, "The page to show it on."),
                "text": (STR, "The banner's text."),
                "color": (STR, "Background colour.", {"default": "yellow"}),
            },
            ["page", "text"],
        ),
        {"page": ["checkout", "checkout page"], "text": ["Free shipping over 50 euros"], "color": [OMIT]},
    ),
    (
        "Ask the user for their postcode with a prompt saying 'Where should we deliver?'",
        fn(
            "ui.ask_input",
            "Ask the user to type a value.",
            {
                "prompt": (STR, "The prompt shown to the user."),
                "default_value": (STR, "A value filled in beforehand.", {"default": ""}),
            },
            ["prompt"],
        ),
        {"prompt": ["Where should we deliver?"], "default_value": [OMIT, ""]},
    ),
    # ---- multi-word names and titles keep all their words
    (
        "Find the lyrics of Let It Be by the Beatles.",
        fn(
            "music.lyrics",
            "Find the lyrics of a song.",
            {"title": (STR, "The song title."), "artist": (STR, "The performing artist.")},
            ["title", "artist"],
        ),
        {"title": ["Let It Be"], "artist": ["the Beatles", "Beatles", "The Beatles"]},
    ),
    (
        "Get reviews of the album Born to Run please.",
        fn(
            "music.album_reviews",
            "Get critic reviews of an album.",
            {"album": (STR, "The album's title.")},
            ["album"],
        ),
        {"album": ["Born to Run"]},
    ),
    (
        "Book a table at Smith and Wollensky for four tonight.",
        fn(
            "dining.book_table",
            "Book a table at a restaurant.",
            {
                "restaurant": (STR, "The restaurant's name."),
                "party_size": ("integer", "Number of guests."),
            },
            ["restaurant", "party_size"],
        ),
        {"restaurant": ["Smith and Wollensky"], "party_size": [4]},
    ),
    (
        "What does a Galaxy S21 Ultra sell for second hand?",
        fn(
            "retail.resale_price",
            "Estimate the resale price of a device.",
            {"model": (STR, "The device model, e.g. Pixel 7.")},
            ["model"],
        ),
        {"model": ["Galaxy S21 Ultra", "Samsung Galaxy S21 Ultra"]},
    ),
    (
        "Show the standings of Real Sociedad this season.",
        fn(
            "sport.team_standing",
            "Get a football team's league standing.",
            {"team": (STR, "The team's name.")},
            ["team"],
        ),
        {"team": ["Real Sociedad"]},
    ),
    (
        "Who painted The Garden of Earthly Delights?",
        fn(
            "art.find_artist",
            "Find the artist of a painting.",
            {"painting": (STR, "The painting's title.")},
            ["painting"],
        ),
        {"painting": ["The Garden of Earthly Delights", "Garden of Earthly Delights"]},
    ),
    (
        "Summarize the Treaty of Versailles for my history class.",
        fn(
            "history.summarize_document",
            "Summarize a historical document.",
            {"document": (STR, "The document's name.")},
            ["document"],
        ),
        {"document": ["Treaty of Versailles", "the Treaty of Versailles"]},
    ),
    (
        "How long does it take to hike to Machu Picchu from Cusco?",
        fn(
            "travel.hike_time",
            "Estimate the time of a hike between two places.",
            {"start": (STR, "Where the hike starts."), "end": (STR, "Where the hike ends.")},
            ["start", "end"],
        ),
        {"start": ["Cusco"], "end": ["Machu Picchu"]},
    ),
    (
        "Tell me the opening hours of my local Whole Foods Market still.",
        fn(
            "retail.store_hours",
            "Get the opening hours of a store.",
            {"store": (STR, "The store's name.")},
            ["store"],
        ),
        {"store": ["Whole Foods Market", "Whole Foods"]},
    ),
    (
        "Play the podcast The Daily on the living room speaker.",
        fn(
            "media.play_podcast",
            "Play a podcast on a speaker.",
            {"podcast": (STR, "The podcast's name."), "speaker": (STR, "The speaker to play on.")},
            ["podcast", "speaker"],
        ),
        {"podcast": ["The Daily"], "speaker": ["living room", "living room speaker"]},
    ),
    # ---- the request's own verb and trailing words are no part of a value
    (
        "play rainy day jazz",
        fn(
            "music.play",
            "Play music matching a search query.",
            {"query": (STR, "What to search for, e.g. a song, artist or mood.")},
            ["query"],
        ),
        {"query": ["rainy day jazz"]},
    ),
    (
        "search cheap flights to Rome",
        fn(
            "web.search",
            "Search the web.",
            {"query": (STR, "The search query.")},
            ["query"],
        ),
        {"query": ["cheap flights to Rome"]},
    ),
    (
        "Find articles about coral bleaching in the Pacific for my report.",
        fn(
            "science.article_search",
            "Search scientific articles by topic.",
            {"topic": (STR, "The topic to search for.")},
            ["topic"],
        ),
        {"topic": ["coral bleaching in the Pacific", "coral bleaching"]},
    ),
    (
        "Put on the song Clair de Lune for me.",
        fn(
            "music.play_song",
            "Play a song.",
            {"song": (STR, "The song's title.")},
            ["song"],
        ),
        {"song": ["Clair de Lune"]},
    ),
    # ---- "X in the Y": city and country
    (
        "What's the air quality in Lyon in France right now?",
        fn(
            "health.air_quality",
            "Get the air quality index of a city.",
            {"city": (STR, "The city."), "country": (STR, "The country the city is in.")},
            ["city", "country"],
        ),
        {"city": ["Lyon"], "country": ["France", "FR"]},
    ),
    (
        "Show me tide times for Galway in Ireland tomorrow.",
        fn(
            "travel.tide_times",
            "Get the tide times for a coastal town.",
            {"town": (STR, "The coastal town."), "country": (STR, "The country.")},
            ["town", "country"],
        ),
        {"town": ["Galway"], "country": ["Ireland"]},
    ),
    (
        "Is it raining in Porto in Portugal?",
        fn(
            "weather.current",
            "Get the current weather for a city.",
            {"city": (STR, "The city's name."), "country": (STR, "The country's name.")},
            ["city", "country"],
        ),
        {"city": ["Porto"], "country": ["Portugal"]},
    ),
    # ---- quoted strings keep their inner text
    (
        'Create a playlist called "Sunday Long Run" with high tempo tracks.',
        fn(
            "music.create_playlist",
            "Create a new playlist.",
            {
                "name": (STR, "The playlist's name."),
                "mood": (STR, "The kind of tracks to add.", {"default": ""}),
            },
            ["name"],
        ),
        {"name": ["Sunday Long Run"], "mood": [OMIT, "high tempo", "high tempo tracks"]},
    ),
    (
        "Open a ticket titled 'Disk full on build agent 3' with priority high.",
        fn(
            "devops.open_ticket",
            "Open an incident ticket.",
            {"title": (STR, "The ticket's title."), "priority": (STR, "low, medium or high.")},
            ["title", "priority"],
        ),
        {"title": ["Disk full on build agent 3"], "priority": ["high"]},
    ),
    (
        "Set a reminder 'renew the lease' for the first of June.",
        fn(
            "law.set_reminder",
            "Set a reminder about a legal deadline.",
            {"text": (STR, "What to be reminded of."), "date": (STR, "The date of the reminder.")},
            ["text", "date"],
        ),
        {"text": ["renew the lease"], "date": ["first of June", "the first of June", "June 1", "06-01"]},
    ),
    (
        "Log a workout called 'hill repeats' lasting 40 minutes.",
        fn(
            "sport.log_workout",
            "Log a training session.",
            {"name": (STR, "The workout's name."), "minutes": ("integer", "Duration in minutes.")},
            ["name", "minutes"],
        ),
        {"name": ["hill repeats"], "minutes": [40]},
    ),
    # ---- a purpose after "to" / "for"
    (
        "Set an alarm for 06:15 to catch the early train.",
        fn(
            "clock.set_alarm",
            "Set an alarm.",
            {
                "time": (STR, "Alarm time, HH:MM."),
                "purpose": (STR, "What the alarm is for.", {"default": ""}),
            },
            ["time"],
        ),
        {"time": ["06:15"], "purpose": [OMIT, "catch the early train", "to catch the early train"]},
    ),
    (
        "Start a 25 minute timer for the bread proofing.",
        fn(
            "cooking.timer",
            "Start a kitchen timer.",
            {"minutes": ("integer", "Duration in minutes."), "label": (STR, "What the timer is for.")},
            ["minutes", "label"],
        ),
        {"minutes": [25], "label": ["bread proofing", "the bread proofing"]},
    ),
]

CODE = "a code of digits and letters joined by hyphens is cut at its first hyphen ('22-cv-0419' → '22')"
TOOL_CHOICE = "tool choice: the request names the tool's thing in other words ('raining', 'wrote back')"
EXTENT = "a multi-word name or title is cut short or split (a verb or 'and' inside it: 'Born to Run')"
MODEL_NAME = "a product's model with a number inside ('Galaxy S21 Ultra') is no value: no call"
COMPOUND = "a compound of nouns ('bread proofing', 'coral bleaching') is cut to one of its nouns"
DATE_PHRASE = "'the first of June' is cut to its month"

GAPS: dict[str, str] = {
    "Look up the case file": CODE,
    "Here is what the tutor": TOOL_CHOICE,
    "Is it raining in Porto": TOOL_CHOICE,
    "Find the lyrics of Let It Be": EXTENT,
    "Get reviews of the album Born": EXTENT,
    "Book a table at Smith and": EXTENT,
    "What does a Galaxy S21": MODEL_NAME,
    "Start a 25 minute timer": COMPOUND,
    "Set a reminder 'renew the lease'": DATE_PHRASE,
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_each_string_value_is_its_whole_span(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests() -> None:
    assert len(ROWS) >= 40
