"""Stray calls in a big catalogue: a battery of requests over one shared catalogue of 24 look-alike tools (nstray).

Written for this round in my own wording, in a multi-step benchmark's style (plain snake_case tools, one-line
descriptions, a whole catalogue offered at once). Subjects: dining, tipping and discounts, invoicing, retail
and sentiment, health, travel and distances, real estate, beauty, film and theatre, weather, stocks, email,
language, security, currency, tasks and news. Each request asks for one or two things; beside them it holds a
fragment a careless reader turns into a call of its own: a quoted text or a description that is a value of
another call ("the review 'I love this product'"), a client's name, a company named as an addressee, the name
of a measure ("my BMI" is no unit to convert from), "a visit" to somewhere that is not the tool's object, and
"play" as a noun ("see a play", "a 3D movie playing"). A small competent model calls only the tools whose act
and object the request names. The guard rows at the end ask for two things and both tools must be called.
Calls are matched by tool name, order-free (values are other batteries' business).

A second section offers the catalogue and five more tools (`WIDE`: a calendar event, a meeting, a music
search, a film's details, a loan payment), so that a verb is shared by several tools ("calculate", "create",
"analyze", "schedule", "get") and a title in quotes ('Movie Night', 'Review Meeting') holds another tool's
name words: a verb names the tool whose thing it takes as its object, and a word said only inside quotes is
the material of a value. Its guards ask two things with one verb ("calculate a payment … and calculate a tip").

A third section (`TRIP`: `WIDE` and a hotel search, a bus search, a taxi) holds a definite place after a
preposition ("from the hotel", "at the restaurant"): where the ask happens, no ask for one.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import NUM, STR, fn, params


def _list(words: str) -> tuple:
    return ("array", words, {"items": {"type": "string"}})


CATALOGUE = [
    fn(
        "search_restaurants",
        "Search for restaurants by location and cuisine",
        {"location": (STR, "The location to search in"), "cuisine": (STR, "The type of cuisine")},
        ["location"],
    ),
    fn(
        "search_restaurant_reviews",
        "Search the reviews of a restaurant for keywords",
        {"restaurant_name": (STR, "The name of the restaurant"), "keywords": _list("Keywords to look for")},
        ["restaurant_name"],
    ),
    fn(
        "calculate_tip",
        "Calculate the tip amount for a bill",
        {"bill_amount": (NUM, "The total bill amount"), "tip_percentage": (NUM, "The tip percentage")},
        ["bill_amount", "tip_percentage"],
    ),
    fn(
        "calculate_discount",
        "Calculate the discounted price of an item",
        {
            "original_price": (NUM, "The original price"),
            "discount_percentage": (NUM, "The discount percentage"),
        },
        ["original_price", "discount_percentage"],
    ),
    fn(
        "create_invoice",
        "Create an invoice for a client",
        {
            "client_name": (STR, "The name of the client"),
            "amount": (NUM, "The amount to bill"),
            "description": (STR, "A description of the services"),
        },
        ["client_name", "amount"],
    ),
    fn(
        "calculate_distance",
        "Calculate the distance between two locations",
        {"origin": (STR, "The starting location"), "destination": (STR, "The destination location")},
        ["origin", "destination"],
    ),
    fn(
        "calculate_route",
        "Calculate the shortest route through a list of locations",
        {"locations": _list("The locations to visit")},
        ["locations"],
    ),
    fn(
        "convert_distance",
        "Convert a distance from one unit to another",
        {
            "distance": (NUM, "The distance to convert"),
            "from_unit": (STR, "The unit to convert from"),
            "to_unit": (STR, "The unit to convert to"),
        },
        ["distance", "from_unit", "to_unit"],
    ),
    fn(
        "analyze_stock_market",
        "Analyze the stock market trend of a company",
        {"company": (STR, "The name of the company")},
        ["company"],
    ),
    fn(
        "get_stock_price",
        "Get the current stock price of a company",
        {"company": (STR, "The name of the company")},
        ["company"],
    ),
    fn(
        "search_product",
        "Search for a product in the store",
        {"query": (STR, "The search query")},
        ["query"],
    ),
    fn(
        "analyze_sentiment",
        "Analyze the sentiment of a text",
        {"text": (STR, "The text to analyze")},
        ["text"],
    ),
    fn(
        "calculate_bmi",
        "Calculate the Body Mass Index (BMI)",
        {"weight": (NUM, "The weight in kilograms"), "height": (NUM, "The height in meters")},
        ["weight", "height"],
    ),
    fn(
        "schedule_property_visit",
        "Schedule a visit to a property for sale",
        {"property_address": (STR, "The address of the property"), "date": (STR, "The date of the visit")},
        ["property_address", "date"],
    ),
    fn(
        "book_salon_appointment",
        "Book an appointment at a hair or beauty salon",
        {"salon_name": (STR, "The name of the salon"), "date": (STR, "The date of the appointment")},
        ["salon_name", "date"],
    ),
    fn(
        "play_movie",
        "Start playing a movie",
        {"title": (STR, "The title of the movie")},
        ["title"],
    ),
    fn(
        "find_showtimes",
        "Find the showtimes of movies in a city",
        {"city": (STR, "The city"), "movie": (STR, "The movie title")},
        ["city"],
    ),
    fn(
        "get_weather",
        "Get the current weather in a location",
        {"location": (STR, "The city name")},
        ["location"],
    ),
    fn(
        "send_email",
        "Send an email to a recipient",
        {
            "recipient": (STR, "The email address of the recipient"),
            "subject": (STR, "The subject of the email"),
            "body": (STR, "The body of the email"),
        },
        ["recipient", "subject", "body"],
    ),
    fn(
        "translate_text",
        "Translate a text into another language",
        {"text": (STR, "The text to translate"), "target_language": (STR, "The target language")},
        ["text", "target_language"],
    ),
    fn(
        "encrypt_text",
        "Encrypt a text with a cipher",
        {"text": (STR, "The text to encrypt")},
        ["text"],
    ),
    fn(
        "generate_password",
        "Generate a random password",
        {"length": (NUM, "The length of the password")},
        ["length"],
    ),
    fn(
        "convert_currency",
        "Convert an amount from one currency to another",
        {
            "amount": (NUM, "The amount to convert"),
            "from_currency": (STR, "The currency to convert from"),
            "to_currency": (STR, "The currency to convert to"),
        },
        ["amount", "from_currency", "to_currency"],
    ),
    fn(
        "create_todo",
        "Create a new item on the to-do list",
        {"task": (STR, "The task to do")},
        ["task"],
    ),
    fn(
        "get_news",
        "Get the latest news headlines in a category",
        {"category": (STR, "The news category")},
        ["category"],
    ),
]


def _row(text: str, *names: str) -> tuple:
    return text, CATALOGUE, sorted(names)


WIDE = [
    *CATALOGUE,
    fn(
        "create_event",
        "Create a new event in the calendar",
        {
            "title": (STR, "The title of the event"),
            "start_time": (STR, "The start time"),
            "end_time": (STR, "The end time"),
        },
        ["title", "start_time", "end_time"],
    ),
    fn(
        "schedule_meeting",
        "Schedule a meeting with participants",
        {
            "title": (STR, "The title of the meeting"),
            "date": (STR, "The date of the meeting"),
            "participants": _list("The participants"),
        },
        ["title", "date", "participants"],
    ),
    fn(
        "search_music",
        "Search for music by genre or artist",
        {"genre": (STR, "The genre"), "artist": (STR, "The artist")},
        [],
    ),
    fn(
        "get_movie_details",
        "Get the details of a movie",
        {"title": (STR, "The title of the movie"), "year": (NUM, "The release year")},
        ["title"],
    ),
    fn(
        "calculate_loan_payment",
        "Calculate the monthly payment of a loan",
        {
            "principal": (NUM, "The loan amount"),
            "rate": (NUM, "The annual interest rate"),
            "months": (NUM, "The term in months"),
        },
        ["principal", "rate", "months"],
    ),
]


def _wide(text: str, *names: str) -> tuple:
    return text, WIDE, sorted(names)


TRIP = [
    *WIDE,
    fn(
        "find_hotel",
        "Find a hotel in a city",
        {"city": (STR, "The city"), "stars": (STR, "The star rating")},
        ["city"],
    ),
    fn(
        "find_bus",
        "Find a bus between two places",
        {"origin": (STR, "The origin"), "destination": (STR, "The destination")},
        ["origin", "destination"],
    ),
    fn(
        "order_taxi",
        "Order a taxi ride to a destination",
        {"pickup": (STR, "The pickup place"), "destination": (STR, "The destination")},
        ["destination"],
    ),
]


def _trip(text: str, *names: str) -> tuple:
    return text, TRIP, sorted(names)


ROWS: list[tuple] = [
    # ======== one ask; a fragment beside it is a value, not an ask
    _row("Calculate a 20% tip on a bill of $80.", "calculate_tip"),
    _row("What tip should I leave on a $64 dinner bill if I want to give 15%?", "calculate_tip"),
    _row("Create an invoice for John Doe for $500 for website development services.", "create_invoice"),
    _row(
        "Create an invoice for Acme Corp of $1,200 with the description 'consulting on the restaurant launch'.",
        "create_invoice",
    ),
    _row("Analyze the sentiment of this review: 'I love this product, it works great'.", "analyze_sentiment"),
    _row("Find Italian restaurants in Chicago.", "search_restaurants"),
    _row(
        "Search the reviews of Luigi's Trattoria for the words pasta and service.",
        "search_restaurant_reviews",
    ),
    _row("Calculate my BMI: I weigh 70 kg and I am 1.75 m tall.", "calculate_bmi"),
    _row("Convert 10 miles to kilometers.", "convert_distance"),
    _row("What's the distance between Paris and Berlin?", "calculate_distance"),
    _row("Book an appointment at the Glow salon for Friday.", "book_salon_appointment"),
    _row("Schedule a visit to the house at 12 Oak Street on Monday.", "schedule_property_visit"),
    _row("Find the showtimes for a 3D movie playing in Austin tonight.", "find_showtimes"),
    _row("We are going to see a play in London tonight; what's the weather like there?", "get_weather"),
    _row("Play the movie Inception.", "play_movie"),
    _row("Get the current stock price of Apple.", "get_stock_price"),
    _row(
        "Send an email to hr@marvel.com with the subject 'Offer' saying that I accept the offer from Marvel.",
        "send_email",
    ),
    _row("Translate 'good morning' into French.", "translate_text"),
    _row("Encrypt the text 'meeting at noon'.", "encrypt_text"),
    _row("Generate a password of 16 characters.", "generate_password"),
    _row("Convert 250 US dollars to euros.", "convert_currency"),
    _row("Add 'buy groceries' to my to-do list.", "create_todo"),
    _row("Show me the latest sports news.", "get_news"),
    _row(
        "Email john@doe.com with the subject 'Lunch' and ask if he wants to try the new Thai restaurant downtown.",
        "send_email",
    ),
    _row("Create a to-do item: 'check the route for the delivery'.", "create_todo"),
    _row("Translate 'the product arrived broken' into Spanish.", "translate_text"),
    _row("Encrypt the message 'sell the stock on Monday'.", "encrypt_text"),
    _row("Plan the shortest route through Boston, Providence and New Haven.", "calculate_route"),
    _row("Search the store for a wireless mouse.", "search_product"),
    _row("Analyze the stock market trend for Microsoft.", "analyze_stock_market"),
    _row("What's the weather in Denver? I'm flying there after my salon visit.", "get_weather"),
    # ======== a past participle before its noun names a result, no act ("the encrypted backups")
    _row("Create a to-do item to double-check the encrypted backups.", "create_todo"),
    _row("Show me the latest news about the discounted flights.", "get_news"),
    _row(
        "Send an email to ops@site.com with the subject 'Rates' and the converted amounts as the body.",
        "send_email",
    ),
    _row("Generate a password of 20 characters for the translated site.", "generate_password"),
    _row("Get the weather in Lyon, where the film playing at the festival is set.", "get_weather"),
    _row("Show me the news about the team playing in the final.", "get_news"),
    # ======== guards: two asks, both tools called
    _row(
        "Find Mexican restaurants in Denver and get the weather in Denver.",
        "search_restaurants",
        "get_weather",
    ),
    _row(
        "Calculate an 18% tip on a $60 bill and convert 5 miles to kilometers.",
        "calculate_tip",
        "convert_distance",
    ),
    _row("Get the stock price of Tesla and show me the latest business news.", "get_stock_price", "get_news"),
    _row(
        "Translate 'thank you' into German and encrypt the text 'secret plan'.",
        "translate_text",
        "encrypt_text",
    ),
    _row(
        "Calculate my BMI for 80 kg and 1.8 m, and generate a password of 12 characters.",
        "calculate_bmi",
        "generate_password",
    ),
    _row("Play the movie Up and find Italian restaurants in Rome.", "play_movie", "search_restaurants"),
    _row(
        "Calculate a 25% discount on a $40 shirt and a 10% tip on a $50 bill.",
        "calculate_discount",
        "calculate_tip",
    ),
    _row(
        "Analyze the stock market trend for Microsoft and convert 100 euros to dollars.",
        "analyze_stock_market",
        "convert_currency",
    ),
    # ======== a verb names the tool of the thing it takes; a word only inside quotes names none (`WIDE`)
    _wide(
        "Create an event with the title 'Film Club' from 2025-03-01 19:00 to 2025-03-01 21:00 and generate a"
        " password of 10 characters.",
        "create_event",
        "generate_password",
    ),
    _wide(
        "Create a new calendar event titled 'Meeting with Dr. Lee' on 2025-05-02 from 09:00 to 10:00.",
        "create_event",
    ),
    _wide(
        "Create an invoice for the client 'Ella Ray' with the items 'music lessons' for $300, and get the weather"
        " in Bath.",
        "create_invoice",
        "get_weather",
    ),
    _wide(
        "Create an event with the title 'Meeting' starting 2025-06-01 10:00 and ending 2025-06-01 11:00, then show"
        " me the latest business news.",
        "create_event",
        "get_news",
    ),
    _wide(
        "Calculate the monthly payment for a loan of $20000 at 5% over 48 months, and create a to-do item 'Music"
        " practice'.",
        "calculate_loan_payment",
        "create_todo",
    ),
    _wide(
        "Calculate a 20% tip on a bill of $100, create an invoice for the client 'Sam Lee' with the description"
        " 'Dinner' for $120.",
        "calculate_tip",
        "create_invoice",
    ),
    _wide(
        "Analyze the sentiment of the reviews, schedule a meeting with the participants 'Ana' and 'Ben' on"
        " 2025-04-04 with the title 'Review Meeting'.",
        "analyze_sentiment",
        "schedule_meeting",
    ),
    _wide(
        "Search for music of the genre 'jazz' and get the details of the movie 'Whiplash'.",
        "search_music",
        "get_movie_details",
    ),
    _wide(
        "Get the details of the movie 'Heat' and schedule a meeting with the participants 'Kai' and 'Lu' on"
        " 2025-02-02 with the title 'Movie Meeting'.",
        "get_movie_details",
        "schedule_meeting",
    ),
    _wide(
        "Schedule a meeting with the participants 'Al' and 'Bea' on 2025-07-07 with the title 'Stock Review', and"
        " convert 50 euros to dollars.",
        "schedule_meeting",
        "convert_currency",
    ),
    _wide(
        "Calculate the monthly payment for a loan of $9000 at 4% over 24 months and analyze the sentiment of the"
        " text 'loans are a trap'.",
        "calculate_loan_payment",
        "analyze_sentiment",
    ),
    _wide(
        "Generate a password of 8 characters, create an event with the title 'Movie Night' from 2025-01-01 18:00"
        " to 2025-01-01 20:00, and get the details of the movie 'Up'.",
        "generate_password",
        "create_event",
        "get_movie_details",
    ),
    _wide(
        "Create an event with the title 'Team lunch' from 2025-08-08 12:00 to 2025-08-08 13:00 and calculate a"
        " 15% tip on a $80 bill.",
        "create_event",
        "calculate_tip",
    ),
    _wide(
        "Create an event titled 'Quarterly Meeting' from 2025-09-01 09:00 to 2025-09-01 10:00, and translate"
        " 'welcome' into Dutch.",
        "create_event",
        "translate_text",
    ),
    _row(
        "Analyze the sentiment of the text 'the market is crashing' and generate a password of 10 characters.",
        "analyze_sentiment",
        "generate_password",
    ),
    _row(
        "Get the current stock price of Amazon, analyze the sentiment of the text 'Amazon shipping is slow', and"
        " show me the latest tech news.",
        "get_stock_price",
        "analyze_sentiment",
        "get_news",
    ),
    # ======== a definite place after a preposition is where the ask happens, no ask (`TRIP`)
    _trip(
        "Find a 4-star hotel in Chicago, and also find a bus that can take me from the hotel to the stadium.",
        "find_hotel",
        "find_bus",
    ),
    _trip("Find a bus that can take me from the hotel to the stadium.", "find_bus"),
    _trip("Find a bus from the hotel to the museum and get the weather in Turin.", "find_bus", "get_weather"),
    _trip(
        "Find a bus from the restaurant to the theatre, then calculate a 10% tip on a $50 bill.",
        "find_bus",
        "calculate_tip",
    ),
    _trip("Order a taxi from the hotel to the airport.", "order_taxi"),
    _trip(
        "Order a taxi from my hotel to the stadium and get the weather in Lyon.", "order_taxi", "get_weather"
    ),
    _trip(
        "Find a 4-star hotel in Oslo and order a taxi from the hotel to the harbour.",
        "find_hotel",
        "order_taxi",
    ),
    _trip(
        "Calculate the distance from the hotel to the museum and convert 5 miles to kilometers.",
        "calculate_distance",
        "convert_distance",
    ),
    _trip("Get the weather at the hotel in Nice and order a taxi to the beach.", "get_weather", "order_taxi"),
    _trip("Find a hotel in Porto and find Italian restaurants in Porto.", "find_hotel", "search_restaurants"),
    _trip(
        "Calculate a 15% tip on a $60 bill at the restaurant and convert 60 dollars to euros.",
        "calculate_tip",
        "convert_currency",
    ),
    _trip(
        "Calculate a 10% tip on a $90 bill at the salon and generate a password of 8 characters.",
        "calculate_tip",
        "generate_password",
    ),
    _trip(
        "Order a taxi to the salon and book an appointment at the Glow salon for Friday.",
        "order_taxi",
        "book_salon_appointment",
    ),
    _trip(
        "Create a to-do item 'pick up keys' and order a taxi from the property to the station.",
        "create_todo",
        "order_taxi",
    ),
    # ======== guards: one verb, two asks, both tools called
    _wide(
        "Calculate the monthly payment for a loan of $15000 at 6% over 36 months and calculate a 10% tip on a"
        " $70 bill.",
        "calculate_loan_payment",
        "calculate_tip",
    ),
    _wide(
        "Create an event with the title 'Book club' from 2025-10-10 18:00 to 2025-10-10 19:00 and create a to-do"
        " item 'buy the book'.",
        "create_event",
        "create_todo",
    ),
    _wide(
        "Analyze the sentiment of the text 'Ford is back' and analyze the stock market trend for Ford.",
        "analyze_sentiment",
        "analyze_stock_market",
    ),
    _wide(
        "Search for music of the genre 'blues' and search the store for a guitar strap.",
        "search_music",
        "search_product",
    ),
]

QUOTED = "'this review' before a quoted text calls a restaurant review search, the quote for its name"
CUISINE = (
    "a cuisine word beside 'restaurants' fills a review search's restaurant name, and 'in <city>' showtimes"
)
NOUN_PLAY = (
    "'the film playing' counts 'film' for a movie player beside 'playing', a word the asked tool lacks"
)
NO_ACT = "'try the new Thai restaurant' inside an email's body calls a restaurant review search instead"
GAPS: dict[str, str] = {
    "Get the weather in Lyon, where the film": NOUN_PLAY,
    "Analyze the sentiment of this review": QUOTED,
    "Find Italian restaurants in Chicago": CUISINE,
    "Find Mexican restaurants in Denver": CUISINE,
    "Play the movie Up and find Italian": CUISINE,
    "Email john@doe.com": NO_ACT,
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_only_the_asked_tools_are_called(request_text: str, tools: list[dict], expected: list) -> None:
    got = calls(request_text, *tools)
    assert sorted(name for name, _ in got) == expected, got


def test_the_battery_holds_enough_rows() -> None:
    assert len(ROWS) >= 35
