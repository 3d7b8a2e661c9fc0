"""A battery on where a string value starts and ends, in long requests.

Written for this round before reading the simulator's code, from the genre alone. String parameters
(names, titles, places, queries, categories, codes) are filled from requests of two to four sentences with
context around the value. A careful model passes the exact span: no leading verb or determiner, no trailing
clause ("a hotel in Nice that has a pool" -> "Nice"), no trailing phrase that belongs to another parameter,
no possessive ("Lyon's mayor" -> "Lyon"), multi-word names whole ("Rio de Janeiro", "The Lord of the
Rings"), the format the description states ("City, State" as "Austin, TX"; lowercase), quoted values
verbatim, values after "named"/"called"/"titled", appositives ("my dog, Rex, ..."), strings that look like
numbers ("02139", "3.10", "007"), two string values side by side ("songs by Adele about heartbreak") and a
value before its parameter's word ("a Thai restaurant" -> cuisine "Thai").
Domains: travel, weather, dining, music, books, film, contacts, pets, software, shipping, real estate, sport,
education, shopping, finance, history, maps, calendar, HR, language.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched


def named(tool: str, name: str, **expected) -> tuple:
    """`c` for a tool whose parameter is called `name` (c's own first argument)."""
    return c(tool, **expected)[0], {"name": [name], **c(tool, **expected)[1]}


HOTELS = fn(
    "hotels.search",
    "Search for hotels in a city.",
    {
        "location": (STR, "The city to search in, e.g. 'Paris'."),
        "guests": (INT, "Number of guests. Default 1."),
    },
    ["location"],
)
MAYOR = fn(
    "city_info.get_mayor",
    "Get the current mayor of a city.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
WEATHER = fn(
    "weather.current",
    "Get the current weather for a location.",
    {
        "location": (STR, "The city name."),
        "unit": (
            STR,
            "Temperature unit, 'celsius' or 'fahrenheit'. Default 'celsius'.",
            {"enum": ["celsius", "fahrenheit"]},
        ),
    },
    ["location"],
)
BOOK = fn(
    "library.find_book",
    "Check whether the library holds a book.",
    {
        "title": (STR, "The title of the book."),
        "author": (STR, "The author's name. Optional."),
    },
    ["title"],
)
ADD_CONTACT = fn(
    "contacts.add",
    "Add a new contact to the address book.",
    {
        "name": (STR, "Full name of the contact."),
        "phone": (STR, "Phone number."),
    },
    ["name", "phone"],
)
FILM = fn(
    "movies.get_details",
    "Get details (runtime, cast, year) of a film.",
    {"title": (STR, "Title of the film.")},
    ["title"],
)
RESTAURANTS = fn(
    "restaurants.search",
    "Find restaurants by location and cuisine.",
    {
        "location": (STR, "The city and state, e.g. 'Austin, TX'."),
        "cuisine": (STR, "Type of cuisine, e.g. 'Italian'."),
    },
    ["location", "cuisine"],
)
REPOS = fn(
    "github.list_repos",
    "List the public repositories of a GitHub user.",
    {"username": (STR, "The GitHub username, in lowercase.")},
    ["username"],
)
NOTE = fn(
    "notes.create",
    "Create a note.",
    {
        "title": (STR, "Title of the note."),
        "body": (STR, "Text of the note."),
    },
    ["title", "body"],
)
PODCAST = fn(
    "podcasts.search",
    "Search podcasts by name or keyword.",
    {"query": (STR, "What to search for.")},
    ["query"],
)
VET = fn(
    "vet.book_appointment",
    "Book a veterinary appointment for a pet.",
    {
        "pet_name": (STR, "The pet's name."),
        "species": (STR, "Species of the pet, e.g. 'cat'. Optional."),
        "date": (STR, "Date of the appointment, YYYY-MM-DD."),
    },
    ["pet_name", "date"],
)
ZIP_FORECAST = fn(
    "weather.forecast_by_zip",
    "Get the weather forecast for a US zip code.",
    {"zip_code": (STR, "The five-digit zip code.")},
    ["zip_code"],
)
COMPAT = fn(
    "packages.check_compat",
    "Check whether a Python package supports a Python version.",
    {
        "package": (STR, "The package name."),
        "python_version": (STR, "The Python version, e.g. '3.11'."),
    },
    ["package", "python_version"],
)
EMPLOYEE = fn(
    "hr.get_employee",
    "Get an employee's record.",
    {"employee_id": (STR, "The employee's id.")},
    ["employee_id"],
)
SONGS = fn(
    "music.search_songs",
    "Search songs by artist and topic.",
    {
        "artist": (STR, "The artist's name."),
        "topic": (STR, "What the songs are about."),
    },
    ["artist"],
)
FLIGHTS = fn(
    "flights.search",
    "Search for flights.",
    {
        "origin": (STR, "Departure city."),
        "destination": (STR, "Arrival city."),
        "date": (STR, "Departure date, YYYY-MM-DD. Optional."),
    },
    ["origin", "destination"],
)
EVENTS = fn(
    "events.find",
    "Find upcoming events in a city.",
    {
        "keyword": (STR, "Kind of event, e.g. 'comedy'."),
        "city": (STR, "The city."),
        "date": (STR, "Date, YYYY-MM-DD. Optional."),
    },
    ["keyword", "city"],
)
HOMES = fn(
    "realestate.search",
    "Search homes for sale.",
    {
        "city": (STR, "The city."),
        "property_type": (STR, "Type of property, e.g. 'house', 'condo'."),
        "max_price": (NUM, "Maximum price in dollars."),
        "bedrooms": (INT, "Minimum number of bedrooms. Optional."),
    },
    ["city", "property_type"],
)
TEAM = fn(
    "sports.team_season",
    "Get a team's record for a season.",
    {
        "team": (STR, "Full name of the team."),
        "season": (STR, "The season, e.g. '2019'."),
    },
    ["team", "season"],
)
TRANSLATE = fn(
    "language.translate",
    "Translate text into another language.",
    {
        "text": (STR, "The text to translate."),
        "target_language": (STR, "The language to translate into."),
    },
    ["text", "target_language"],
)
TRACK = fn(
    "shipping.track",
    "Track a parcel.",
    {
        "tracking_number": (STR, "The tracking number."),
        "carrier": (STR, "The carrier, e.g. 'FedEx'. Optional."),
    },
    ["tracking_number"],
)
RECIPES = fn(
    "recipes.search",
    "Find recipes for a dish.",
    {
        "dish": (STR, "The dish to cook."),
        "diet": (STR, "Dietary restriction, e.g. 'vegan'. Optional."),
    },
    ["dish"],
)
COURSES = fn(
    "education.find_courses",
    "Find online courses.",
    {
        "subject": (STR, "The subject."),
        "level": (
            STR,
            "Level: 'beginner', 'intermediate' or 'advanced'.",
            {"enum": ["beginner", "intermediate", "advanced"]},
        ),
    },
    ["subject"],
)
MESSAGE = fn(
    "contacts.send_message",
    "Send a text message to a contact.",
    {
        "recipient": (STR, "Name of the contact."),
        "message": (STR, "The message text."),
    },
    ["recipient", "message"],
)
QUOTE = fn(
    "finance.stock_quote",
    "Get the latest stock quote for a company.",
    {"company": (STR, "The company name.")},
    ["company"],
)
DIRECTIONS = fn(
    "maps.directions",
    "Get directions between two places.",
    {
        "start": (STR, "Starting place."),
        "end": (STR, "Destination."),
        "mode": (STR, "Travel mode.", {"enum": ["driving", "walking", "transit"]}),
    },
    ["start", "end"],
)
HISTORY = fn(
    "history.event_info",
    "Get facts about a historical event.",
    {"event": (STR, "Name of the event.")},
    ["event"],
)
LOCAL_TIME = fn(
    "time.current",
    "Get the current local time in a city.",
    {"location": (STR, "The city.")},
    ["location"],
)
RESERVE = fn(
    "restaurants.reserve",
    "Reserve a table at a restaurant.",
    {
        "restaurant_name": (STR, "Name of the restaurant."),
        "party_size": (INT, "Number of people."),
        "time": (STR, "Time of the reservation, e.g. '19:00'."),
    },
    ["restaurant_name", "party_size"],
)
PRODUCTS = fn(
    "shopping.search_products",
    "Search the store's products.",
    {
        "query": (STR, "Search words."),
        "category": (STR, "Product category. Optional."),
        "max_price": (NUM, "Highest price in dollars. Optional."),
    },
    ["query"],
)
FILMS_BY = fn(
    "movies.search",
    "Search films by director and genre.",
    {
        "director": (STR, "The director's name."),
        "genre": (STR, "The genre, e.g. 'comedy'."),
    },
    ["director"],
)
BOOKS_BY = fn(
    "books.search",
    "Search books by author and subject.",
    {
        "author": (STR, "The author."),
        "subject": (STR, "The subject of the book."),
    },
    ["author"],
)
DEPLOY = fn(
    "devops.deploy",
    "Deploy a service version to an environment.",
    {
        "service": (STR, "Name of the service."),
        "version": (STR, "The version to deploy."),
        "environment": (STR, "Target environment, e.g. 'production'."),
    },
    ["service", "version", "environment"],
)
EVENT = fn(
    "calendar.create_event",
    "Add an event to the calendar.",
    {
        "title": (STR, "Title of the event."),
        "date": (STR, "Date, YYYY-MM-DD."),
        "location": (STR, "Where it takes place. Optional."),
    },
    ["title", "date"],
)
PET = fn(
    "pets.register",
    "Register a new pet.",
    {
        "name": (STR, "The pet's name."),
        "species": (STR, "The species, e.g. 'dog'."),
    },
    ["name", "species"],
)
POPULATION = fn(
    "demographics.population",
    "Get the population of a city.",
    {"city": (STR, "Name of the city.")},
    ["city"],
)
MUSEUM = fn(
    "museums.opening_hours",
    "Get a museum's opening hours.",
    {
        "museum": (STR, "Name of the museum."),
        "city": (STR, "City of the museum. Optional."),
    },
    ["museum"],
)
COUNTRY_HOLIDAYS = fn(
    "holidays.list",
    "List the public holidays of a country in a year.",
    {
        "country": (STR, "The country's name."),
        "year": (INT, "The year."),
    },
    ["country", "year"],
)

NEWS = fn(
    "news.search_articles",
    "Search news articles.",
    {"author": (STR, "The journalist."), "topic": (STR, "What the articles are about.")},
    ["author"],
)
LECTURES = fn(
    "education.find_lectures",
    "Find recorded lectures.",
    {"speaker": (STR, "Who gives the lecture."), "topic": (STR, "The lecture's topic. Optional.")},
    ["speaker"],
)
DOCUMENTARIES = fn(
    "films.documentaries",
    "Find documentaries.",
    {"narrator": (STR, "The narrator."), "subject": (STR, "What the documentary covers.")},
    ["narrator"],
)
PLAYLIST = fn(
    "playlists.create",
    "Create a playlist.",
    {"name": (STR, "Playlist name."), "cover_image": (STR, "File name of the cover image. Optional.")},
    ["name"],
)
LEAGUE_TEAM = fn(
    "league.register_team",
    "Register a team.",
    {"name": (STR, "Team name."), "coach": (STR, "The coach's full name.")},
    ["name", "coach"],
)
PROJECT = fn(
    "projects.create",
    "Create a project.",
    {"project_name": (STR, "Name of the project."), "owner": (STR, "Who owns the project.")},
    ["project_name", "owner"],
)

GAMES = fn(
    "games.search",
    "Search the board game catalogue.",
    {"query": (STR, "Search text."), "max_results": (INT, "How many results. Default 10.")},
    ["query"],
)
APPS = fn(
    "apps.search", "Search for mobile apps.", {"keywords": (STR, "Keywords to search for.")}, ["keywords"]
)
BOOKSHOP = fn(
    "bookshop.search",
    "Search the bookshop's catalogue.",
    {"query": (STR, "What to search for.")},
    ["query"],
)

TRACKS = fn(
    "music.tracks_by_composer",
    "List tracks by a composer.",
    {"composer": (STR, "The composer's name.")},
    ["composer"],
)
DIRECTED = fn(
    "movies.by_director",
    "List films by a director.",
    {"director": (STR, "The director's full name.")},
    ["director"],
)
ESSAYS = fn(
    "archive.find_essays",
    "Find essays in the archive by author.",
    {"author": (STR, "The author's name."), "decade": (STR, "Decade, e.g. '1920s'. Optional.")},
    ["author"],
)

REMINDER = fn(
    "reminders.create",
    "Create a reminder.",
    {"title": (STR, "Reminder title."), "date": (STR, "Date, YYYY-MM-DD.")},
    ["title", "date"],
)
POST = fn(
    "chat.post_message",
    "Post a message to a channel.",
    {"channel": (STR, "Channel name, e.g. '#random'."), "text": (STR, "Message text.")},
    ["channel", "text"],
)
TASK = fn(
    "tasks.add",
    "Add a task to a project.",
    {"title": (STR, "Task title."), "project": (STR, "Project name.")},
    ["title", "project"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- travel / hotels: a trailing clause is not part of the place
    (
        "We're flying into France next month for my sister's wedding. Could you find a hotel in Nice that has "
        "a pool and free parking for 3 guests?",
        [HOTELS],
        [c("hotels.search", location="Nice", guests=3)],
    ),
    (
        "My parents want a quiet weekend away. Search hotels in Santa Fe which are close to the old plaza, "
        "for 2 guests please.",
        [HOTELS],
        [c("hotels.search", location="Santa Fe", guests=2)],
    ),
    # ---- civics: a possessive is not part of the name
    (
        "My class is studying French local government this term. Who is Lyon's mayor these days?",
        [MAYOR],
        [c("city_info.get_mayor", city="Lyon")],
    ),
    (
        "I keep forgetting the numbers for my trivia night. What's Tokyo's population at the moment?",
        [POPULATION],
        [c("demographics.population", city="Tokyo")],
    ),
    # ---- weather: multi-word names whole
    (
        "I'm packing for a conference in Rio de Janeiro next week and my colleague from Boston keeps saying "
        "it'll be chilly. What's the weather like there right now, in celsius?",
        [WEATHER],
        [c("weather.current", location="Rio de Janeiro", unit=["celsius", OMIT])],
    ),
    (
        "Compare the current weather in Rio de Janeiro and Buenos Aires for me; we fly out on Thursday.",
        [WEATHER],
        [
            c("weather.current", location="Rio de Janeiro", unit=["celsius", OMIT]),
            c("weather.current", location="Buenos Aires", unit=["celsius", OMIT]),
        ],
    ),
    (
        "What's the weather in Paris?",
        [WEATHER],
        [c("weather.current", location="Paris", unit=["celsius", OMIT])],
    ),
    # ---- books: a title with 'of'/'the' inside, an author after 'by'
    (
        "My nephew turns 12 on Saturday and he's obsessed with fantasy. Can you check whether the library has "
        "The Lord of the Rings by J.R.R. Tolkien?",
        [BOOK],
        [
            c(
                "library.find_book",
                title=["The Lord of the Rings", "Lord of the Rings"],
                author=["J.R.R. Tolkien", OMIT],
            )
        ],
    ),
    (
        "For book club next month we picked a classic. Does the library have a copy of Of Mice and Men?",
        [BOOK],
        [c("library.find_book", title="Of Mice and Men", author=[OMIT, "John Steinbeck"])],
    ),
    (
        "Are there any books by Mary Beard about ancient Rome? My son has a school project due in two weeks.",
        [BOOKS_BY],
        [c("books.search", author="Mary Beard", subject="ancient Rome")],
    ),
    # ---- contacts: 'named', apostrophes and hyphens inside names, appositives
    (
        "Please add a new contact named Jean-Luc O'Neill with the phone number 555-0142; he's the plumber who "
        "fixed our sink last week.",
        [ADD_CONTACT],
        [named("contacts.add", "Jean-Luc O'Neill", phone="555-0142")],
    ),
    (
        "Text my boss, Maria Gonzalez, that I'll be 10 minutes late because of the snow.",
        [MESSAGE],
        [
            c(
                "contacts.send_message",
                recipient="Maria Gonzalez",
                message=[
                    "I'll be 10 minutes late because of the snow",
                    "I'll be 10 minutes late because of the snow.",
                ],
            )
        ],
    ),
    (
        "Add two contacts for the school run: Ana Lima with phone 555-0101 and Tom Baker with phone 555-0199.",
        [ADD_CONTACT],
        [
            named("contacts.add", "Ana Lima", phone="555-0101"),
            named("contacts.add", "Tom Baker", phone="555-0199"),
        ],
    ),
    # ---- film: titles with 'and', after a leading verb, directors and genres side by side
    (
        "Last night we watched half of Pride and Prejudice before the power went out. Can you get me the "
        "details of that film so I know how long it runs?",
        [FILM],
        [c("movies.get_details", title="Pride and Prejudice")],
    ),
    (
        "Look up the movie Inception for me.",
        [FILM],
        [c("movies.get_details", title="Inception")],
    ),
    (
        "Recommend some science fiction movies directed by Denis Villeneuve; I loved Arrival.",
        [FILMS_BY],
        [c("movies.search", director="Denis Villeneuve", genre=["science fiction", "sci-fi"])],
    ),
    # ---- dining: the format the description states, a value before its parameter's word
    (
        "Find me a Thai restaurant in Portland, Oregon for tonight; there are 6 of us and we're celebrating my "
        "promotion.",
        [RESTAURANTS],
        [c("restaurants.search", location="Portland, OR", cuisine="Thai")],
    ),
    (
        "Is there a good Ethiopian place in Seattle? My roommate from Addis Ababa is visiting on the 14th.",
        [RESTAURANTS],
        [c("restaurants.search", location="Seattle, WA", cuisine="Ethiopian")],
    ),
    (
        "Book a table at a restaurant called The Olive Garden, which my aunt loves, for 4 people at 19:00.",
        [RESERVE],
        [c("restaurants.reserve", restaurant_name="The Olive Garden", party_size=4, time=["19:00", OMIT])],
    ),
    (
        "Find a Mexican restaurant in Austin, TX.",
        [RESTAURANTS],
        [c("restaurants.search", location="Austin, TX", cuisine="Mexican")],
    ),
    # ---- software: lowercase asked for, versions that look like numbers
    (
        "My coworker Dana Whitfield says her handle is DWhitfield88. Can you list the repositories of that "
        "user?",
        [REPOS],
        [c("github.list_repos", username="dwhitfield88")],
    ),
    (
        "Is numpy compatible with Python 3.10? Our CI still runs 3.8 but we want to upgrade this sprint.",
        [COMPAT],
        [c("packages.check_compat", package="numpy", python_version="3.10")],
    ),
    (
        "Deploy version 2.4.1 of the billing-api service to staging; last week's 2.4.0 had a memory leak.",
        [DEPLOY],
        [c("devops.deploy", service="billing-api", version="2.4.1", environment="staging")],
    ),
    # ---- notes and calendar: quoted values verbatim
    (
        "Create a note titled 'Q3 plan: hire 2 engineers' with the text 'Ask finance about budget before "
        "Friday'.",
        [NOTE],
        [c("notes.create", title="Q3 plan: hire 2 engineers", body="Ask finance about budget before Friday")],
    ),
    (
        "Put 'Dentist with Dr. Patel' on my calendar for 2025-04-09 at the Elm Street clinic.",
        [EVENT],
        [
            c(
                "calendar.create_event",
                title="Dentist with Dr. Patel",
                date="2025-04-09",
                location=["Elm Street clinic", "the Elm Street clinic", OMIT],
            )
        ],
    ),
    # ---- podcasts: after 'called'
    (
        "There's a podcast called The Daily Stoic that my brother recommended on our hike. Can you look it up?",
        [PODCAST],
        [c("podcasts.search", query="The Daily Stoic")],
    ),
    # ---- pets: appositive names, 'named' in a list
    (
        "My dog, Rex, has been limping since Tuesday. Book him a vet appointment for 2025-03-14.",
        [VET],
        [c("vet.book_appointment", pet_name="Rex", species=["dog", OMIT], date="2025-03-14")],
    ),
    (
        "Register our two new pets: a cat named Miso and a parrot named Captain Jack.",
        [PET],
        [
            named("pets.register", "Miso", species="cat"),
            named("pets.register", "Captain Jack", species="parrot"),
        ],
    ),
    # ---- codes that look like numbers
    (
        "What's the forecast for zip code 02139? My daughter just moved there for college and forgot her coat.",
        [ZIP_FORECAST],
        [c("weather.forecast_by_zip", zip_code="02139")],
    ),
    (
        "Pull up the record for employee 007; she transferred to the Denver office in May.",
        [EMPLOYEE],
        [c("hr.get_employee", employee_id="007")],
    ),
    # ---- music: two string values side by side
    (
        "I'm making a playlist for my friend who just went through a breakup. Find songs by Adele about "
        "heartbreak.",
        [SONGS],
        [c("music.search_songs", artist="Adele", topic="heartbreak")],
    ),
    # ---- flights: origin and destination
    (
        "My conference got moved, so I need flights from Boston to Denver on 2025-06-02; economy is fine.",
        [FLIGHTS],
        [c("flights.search", origin="Boston", destination="Denver", date="2025-06-02")],
    ),
    (
        "Find flights from New York to London.",
        [FLIGHTS],
        [c("flights.search", origin="New York", destination="London", date=[OMIT])],
    ),
    (
        "We're visiting my in-laws over the holidays. Search flights to San Antonio from Salt Lake City on "
        "2025-12-20.",
        [FLIGHTS],
        [c("flights.search", origin="Salt Lake City", destination="San Antonio", date="2025-12-20")],
    ),
    # ---- events: a trailing phrase that belongs to another parameter
    (
        "Find jazz concerts in Chicago on 2025-07-04; my wife and I have the evening free.",
        [EVENTS],
        [
            c(
                "events.find",
                keyword=["jazz", "jazz concerts", "jazz concert"],
                city="Chicago",
                date="2025-07-04",
            )
        ],
    ),
    # ---- real estate: a value before its parameter's word
    (
        "My partner and I are looking for a condo in San Diego under $600,000 with at least 2 bedrooms.",
        [HOMES],
        [
            c(
                "realestate.search",
                city="San Diego",
                property_type="condo",
                max_price=600000,
                bedrooms=[2, OMIT],
            )
        ],
    ),
    # ---- sport: a multi-word team, a season that looks like a number
    (
        "How did the Golden State Warriors do in the 2015 season? My dad still talks about that team.",
        [TEAM],
        [c("sports.team_season", team="Golden State Warriors", season=["2015", "2015-16", "2014-15"])],
    ),
    # ---- language: quoted text verbatim, language after 'into'
    (
        "Translate 'Where is the train station?' into Portuguese; I'm heading to Lisbon on Friday.",
        [TRANSLATE],
        [c("language.translate", text="Where is the train station?", target_language="Portuguese")],
    ),
    # ---- shipping
    (
        "Our package from Grandma hasn't arrived. The tracking number is 1Z999AA10123456784 and it's with UPS.",
        [TRACK],
        [c("shipping.track", tracking_number="1Z999AA10123456784", carrier=["UPS", OMIT])],
    ),
    # ---- cooking
    (
        "My in-laws are visiting Sunday and my mother-in-law is vegetarian. Find me a recipe for mushroom "
        "risotto.",
        [RECIPES],
        [c("recipes.search", dish="mushroom risotto", diet=["vegetarian", OMIT])],
    ),
    # ---- education: a value before its parameter's word, subject after 'in'
    (
        "I'm a nurse thinking about a career change. Find beginner courses in data science for me.",
        [COURSES],
        [c("education.find_courses", subject="data science", level="beginner")],
    ),
    # ---- shopping
    (
        "I spilled coffee on my laptop. Search for a wireless keyboard under 50 dollars in the electronics "
        "category.",
        [PRODUCTS],
        [
            c(
                "shopping.search_products",
                query="wireless keyboard",
                category=["electronics", OMIT],
                max_price=50,
            )
        ],
    ),
    # ---- finance: a possessive company
    (
        "I'm thinking of buying 10 shares before Friday. What's Apple's latest stock quote?",
        [QUOTE],
        [c("finance.stock_quote", company="Apple")],
    ),
    # ---- maps: two places side by side
    (
        "Give me walking directions from the Eiffel Tower to the Louvre Museum; my feet already hurt.",
        [DIRECTIONS],
        [
            c(
                "maps.directions",
                start="Eiffel Tower",
                end=["Louvre Museum", "the Louvre Museum"],
                mode="walking",
            )
        ],
    ),
    # ---- history: an event name with 'of' inside
    (
        "For my history essay, tell me about the Battle of Hastings; my teacher wants dates and the main "
        "leaders.",
        [HISTORY],
        [c("history.event_info", event="Battle of Hastings")],
    ),
    # ---- time: a multi-word city
    (
        "My sister lives in New York City and I never know when to call. What time is it there right now?",
        [LOCAL_TIME],
        [c("time.current", location=["New York City", "New York"])],
    ),
    # ---- museums: a name with 'of', a city after it
    (
        "What are the opening hours of the Museum of Modern Art in New York? We land at noon.",
        [MUSEUM],
        [c("museums.opening_hours", museum="Museum of Modern Art", city=["New York", OMIT])],
    ),
    # ---- several tools: each call's span right
    (
        "Find a hotel in San Francisco for 2 guests, and a Mexican restaurant in Oakland, CA for dinner.",
        [HOTELS, RESTAURANTS],
        [
            c("hotels.search", location="San Francisco", guests=2),
            c("restaurants.search", location="Oakland, CA", cuisine="Mexican"),
        ],
    ),
    (
        "We're going to Japan in 2026 and want to avoid the crowds. Which public holidays does Japan have "
        "that year?",
        [COUNTRY_HOLIDAYS],
        [c("holidays.list", country="Japan", year=2026)],
    ),
    # ---- fresh wording, written before the rule for "about" (news, education, film)
    (
        "My professor keeps citing her. Find articles by Zeynep Tufekci about misinformation for my seminar "
        "paper.",
        [NEWS],
        [c("news.search_articles", author="Zeynep Tufekci", topic="misinformation")],
    ),
    (
        "Are there recorded lectures by Richard Feynman about quantum electrodynamics? I'm revising for an exam "
        "on Monday.",
        [LECTURES],
        [c("education.find_lectures", speaker="Richard Feynman", topic="quantum electrodynamics")],
    ),
    (
        "Find documentaries narrated by David Attenborough about coral reefs; my kids love the ocean.",
        [DOCUMENTARIES],
        [c("films.documentaries", narrator="David Attenborough", subject="coral reefs")],
    ),
    # ---- fresh wording, written before the rule for a name run after "named"/"called" (music, sport, work)
    (
        "Create a playlist called Sunday Morning with the cover image sunrise.png for my wife.",
        [PLAYLIST],
        [named("playlists.create", "Sunday Morning", cover_image="sunrise.png")],
    ),
    (
        "Register a team named Northside Rovers with coach Ana Silva; we play on Saturdays.",
        [LEAGUE_TEAM],
        [named("league.register_team", "Northside Rovers", coach="Ana Silva")],
    ),
    (
        "Set up a project called Apollo Redesign with owner Priya Shah; the kickoff is on Monday.",
        [PROJECT],
        [c("projects.create", project_name="Apollo Redesign", owner="Priya Shah")],
    ),
    # ---- fresh wording, written before the rule for search words after "called"/"named"/"titled"
    (
        "Search for a board game called Ticket to Ride that my cousins play every Christmas.",
        [GAMES],
        [c("games.search", query="Ticket to Ride", max_results=[OMIT, 10])],
    ),
    (
        "My daughter wants to learn Spanish before our trip. Look up an app named Duolingo which her teacher "
        "recommended.",
        [APPS],
        [c("apps.search", keywords="Duolingo")],
    ),
    (
        "Search the catalogue for a novel titled The Night Circus, which my book club picked for June.",
        [BOOKSHOP],
        [c("bookshop.search", query="The Night Circus")],
    ),
    # ---- fresh wording, written before the rule for initials written together ("J.R.R. Tolkien")
    (
        "My wife loved the soundtrack last night. Find tracks by A.R. Rahman? She wants them for her birthday.",
        [TRACKS],
        [c("music.tracks_by_composer", composer="A.R. Rahman")],
    ),
    (
        "Which films were directed by J.J. Abrams? I want to watch one tonight with my brother.",
        [DIRECTED],
        [c("movies.by_director", director="J.J. Abrams")],
    ),
    (
        "For my seminar on the 1900s, find essays written by W.E.B. Du Bois in the archive.",
        [ESSAYS],
        [c("archive.find_essays", author="W.E.B. Du Bois", decade=[OMIT, "1900s"])],
    ),
    # ---- fresh wording, written before the rule that a colon inside quotes introduces nothing
    (
        "Set a reminder titled 'Step 1: call the bank' for 2025-05-02; I keep forgetting.",
        [REMINDER],
        [c("reminders.create", title="Step 1: call the bank", date="2025-05-02")],
    ),
    (
        "Post 'Heads up: the office is closed Friday' to the #general channel before lunch.",
        [POST],
        [
            c(
                "chat.post_message",
                channel=["#general", "general"],
                text="Heads up: the office is closed Friday",
            )
        ],
    ),
    (
        "Add a task called 'Fix bug: login fails on Safari' to the Website project, please.",
        [TASK],
        [c("tasks.add", title="Fix bug: login fails on Safari", project="Website")],
    ),
    # ---- fresh wording, written to check the reading of a participle after a noun ("history hosted by"):
    # it ends the noun phrase (the rule was written for two rows of older batteries the 'about' rule broke)
    (
        "Find lectures by Mary Beard about ancient history recorded in 2019; I missed the series.",
        [LECTURES],
        [c("education.find_lectures", speaker="Mary Beard", topic="ancient history")],
    ),
    (
        "Find articles by Ed Yong about bird migration published in The Atlantic for my newsletter.",
        [NEWS],
        [c("news.search_articles", author="Ed Yong", topic="bird migration")],
    ),
    (
        "Find documentaries narrated by Morgan Freeman about space exploration filmed in the 1990s.",
        [DOCUMENTARIES],
        [c("films.documentaries", narrator="Morgan Freeman", subject="space exploration")],
    ),
]

GAPS: dict[str, str] = {
    "For book club next month": "a title with 'of' and 'and' inside ('Of Mice and Men') is read as a series of "
    "names, and the context sentence makes a call of its own",
    "Are there any books by Mary Beard": "an adjective before a name ('ancient Rome') is two mentions: the topic "
    "after 'about' is not read",
    "Text my boss, Maria Gonzalez,": "an appositive name between commas is not read as the recipient; the message "
    "is the whole ask, not the words after 'that'",
    "Add two contacts for the school run": "pairs of a name and its phone ('Ana Lima with phone …') fan out over "
    "the phones only",
    "Last night we watched half of Pride": "'that film' points back to the title the sentence before names",
    "Recommend some science fiction movies": "a genre before its noun ('science fiction movies') is not read for "
    "an optional `genre`",
    "Is there a good Ethiopian place": "tool choice: 'place' is not read as a restaurant",
    "My coworker Dana Whitfield": "'handle' is not read as the username, and the description's 'in lowercase' "
    "is not applied",
    "Is numpy compatible with Python 3.10": "the word labelling another parameter ('Python' of `python_version`) "
    "is taken by order for the package",
    "Deploy version 2.4.1 of the billing-api": "'to staging' is not read for the environment; a version from "
    "the next clause is taken by order",
    "My dog, Rex, has been limping since": "a weekday in a past-tense context sentence ('since Tuesday') makes a "
    "second call",
    "Register our two new pets": "pairs of a species and its name ('a cat named Miso') are not paired",
    "My partner and I are looking for a condo": "tool choice: 'looking for a condo' names no word of the "
    "real-estate tool's purpose",
    "I spilled coffee on my laptop": "a query is the whole ask, with the values other parameters took",
    "For my history essay": "tool choice: 'tell me about the Battle of …' names no word of the event tool",
    "Create a playlist called Sunday Morning": "a name opening on a weekday ('Sunday Morning') is read as a date",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_each_string_value_is_the_span_a_careful_model_passes(
    request_text: str, tools: list[dict], expected: list
) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 40
