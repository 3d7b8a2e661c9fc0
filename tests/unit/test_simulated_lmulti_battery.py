"""Several tools offered, and a request in a real user's chatty words: a battery written for this round.

Written in its own words, before the model changed, in the genre of a function-calling benchmark's "real
users, several tools" category, over subjects of its own (payments, holiday cabins, files, rides, smart
home, e-mail, calendars, TV series, podcasts, theatre, conference talks, comedy gigs, ferries, restaurant
tables, workshops, bike tours). Each request states every value the answer needs, in lower case, with
typos and chat, and each offers two or three tools of one service. Three readings are tried:

- a setting said in a clause of its own after the ask, which names no tool and writes no value, only a
  yes/no setting of the ask's tool ("send $25 to Nadia, and make it private", "… it has to have a sauna");
- who takes part in the thing sought, for a parameter of its performers that does not say "name" ("The
  lead actors of the series", "The guest on the episode"): "a series that features Jodie Comer", "with the
  actress Olivia Colman in it", "featuring Magnus Carlsen";
- a count of "people" for a parameter that counts a kind of person the meaning table puts far from
  "people" (travellers, riders, diners, attendees).

The guard rows at the end hold what must stay: no setting, performer or count where none is said.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, one_call_problem, params

# ---- payments
SEND = fn(
    "Wallet_1_SendMoney",
    "Send money from the user's wallet to a contact.",
    {
        "recipient": (STR, "The contact's name or e-mail."),
        "amount": (NUM, "The amount to send, in US dollars."),
        "private_visibility": (
            BOOL,
            "Whether the payment is hidden from the public feed.",
            {"default": False},
        ),
    },
    ["recipient", "amount"],
)
REQUEST = fn(
    "Wallet_1_RequestMoney",
    "Ask a contact to pay the user an amount.",
    {
        "payer": (STR, "The contact's name or e-mail."),
        "amount": (NUM, "The amount requested, in US dollars."),
        "private_visibility": (
            BOOL,
            "Whether the request is hidden from the public feed.",
            {"default": False},
        ),
    },
    ["payer", "amount"],
)
WALLET = [SEND, REQUEST]
# ---- holiday cabins
CABINS = fn(
    "Cabins_1_SearchCabins",
    "Search for holiday cabins to rent in an area.",
    {
        "area": (STR, "The area to search in, e.g. 'Lake District'"),
        "number_of_guests": (INT, "How many guests will stay."),
        "has_sauna": (BOOL, "Whether the cabin has a sauna."),
        "pets_allowed": (BOOL, "Whether pets are allowed in the cabin."),
    },
    ["area"],
)
RESERVE_CABIN = fn(
    "Cabins_1_ReserveCabin",
    "Reserve a cabin for a number of nights.",
    {
        "cabin_name": (STR, "The cabin's name."),
        "check_in": (STR, "Arrival date, YYYY-MM-DD."),
        "nights": (INT, "Number of nights."),
    },
    ["cabin_name", "check_in", "nights"],
)
LODGING = [CABINS, RESERVE_CABIN]
# ---- files
LIST_FILES = fn(
    "Files_1_ListFiles",
    "List the files in a folder.",
    {
        "folder": (STR, "The folder's path."),
        "extension": (STR, "Only files with this extension, without the dot, e.g. 'txt'"),
        "recursive": (BOOL, "Whether to include the files in subfolders.", {"default": False}),
    },
    ["folder"],
)
DELETE_FILE = fn(
    "Files_1_DeleteFile",
    "Delete a file.",
    {"path": (STR, "The file's path.")},
    ["path"],
)
FILES = [LIST_FILES, DELETE_FILE]
# ---- rides
BOOK_RIDE = fn(
    "Rides_1_BookRide",
    "Book a ride from a pickup address to a drop-off address.",
    {
        "pickup": (STR, "The pickup address."),
        "dropoff": (STR, "The drop-off address."),
        "riders": (INT, "Number of riders.", {"default": 1}),
        "shared": (BOOL, "Whether a shared ride is acceptable.", {"default": False}),
    },
    ["pickup", "dropoff"],
)
RIDE_STATUS = fn(
    "Rides_1_RideStatus",
    "Get the status of a booked ride.",
    {"ride_id": (STR, "The ride's id.")},
    ["ride_id"],
)
RIDES = [BOOK_RIDE, RIDE_STATUS]
# ---- smart home
THERMOSTAT = fn(
    "Home_1_SetThermostat",
    "Set a room's thermostat.",
    {
        "room": (STR, "The room, e.g. 'kitchen'"),
        "temperature": (NUM, "Target temperature in degrees Celsius."),
        "eco_mode": (BOOL, "Whether eco mode is on."),
    },
    ["room", "temperature"],
)
LIGHTS = fn(
    "Home_1_SetLights",
    "Switch a room's lights on or off.",
    {"room": (STR, "The room."), "on": (BOOL, "True for on.")},
    ["room", "on"],
)
HOME = [THERMOSTAT, LIGHTS]
# ---- e-mail
SEND_MAIL = fn(
    "Mail_1_SendEmail",
    "Send an e-mail.",
    {
        "to": (STR, "The recipient's e-mail address."),
        "subject": (STR, "The subject line."),
        "high_priority": (BOOL, "Whether the e-mail is marked high priority.", {"default": False}),
    },
    ["to", "subject"],
)
SEARCH_MAIL = fn(
    "Mail_1_SearchInbox",
    "Search the inbox.",
    {"query": (STR, "Words to search for.")},
    ["query"],
)
MAIL = [SEND_MAIL, SEARCH_MAIL]
# ---- calendar
ADD_EVENT = fn(
    "Calendar_1_AddEvent",
    "Add an event to the user's calendar.",
    {
        "title": (STR, "The event's title."),
        "date": (STR, "The date, YYYY-MM-DD."),
        "all_day": (BOOL, "Whether the event lasts all day.", {"default": False}),
    },
    ["title", "date"],
)
LIST_EVENTS = fn(
    "Calendar_1_ListEvents",
    "List the events on a date.",
    {"date": (STR, "The date, YYYY-MM-DD.")},
    ["date"],
)
CALENDAR = [ADD_EVENT, LIST_EVENTS]
# ---- TV series
GENRES = ["Comedy", "Drama", "Crime", "Sci-fi", "Documentary", "Thriller", "dontcare"]
FIND_SERIES = fn(
    "Series_2_FindSeries",
    "Search for TV series by creator, genre and cast.",
    {
        "created_by": (STR, "Name of the series' creator, or 'dontcare'."),
        "genre": (STR, "The series' genre.", {"enum": GENRES}),
        "cast": (STR, "The lead actors of the series, or 'dontcare'."),
    },
    [],
)
STREAM_SERIES = fn(
    "Series_2_PlaySeries",
    "Start playing a TV series.",
    {"title": (STR, "The series' title.")},
    ["title"],
)
SERIES = [FIND_SERIES, STREAM_SERIES]
# ---- podcasts
FIND_EPISODES = fn(
    "Podcasts_1_FindEpisodes",
    "Find podcast episodes by host, topic and guest.",
    {
        "host": (STR, "Name of the host, or 'dontcare'."),
        "topic": (STR, "What the episode is about, or 'dontcare'."),
        "guest": (STR, "The guest on the episode, or 'dontcare'."),
    },
    [],
)
SUBSCRIBE = fn(
    "Podcasts_1_Subscribe",
    "Subscribe to a podcast.",
    {"podcast": (STR, "The podcast's title.")},
    ["podcast"],
)
PODCASTS = [FIND_EPISODES, SUBSCRIBE]
# ---- theatre
FIND_SHOWS = fn(
    "Stage_1_FindShows",
    "Find stage shows on in a city.",
    {
        "city": (STR, "The city, e.g. 'Bristol'"),
        "show_type": (STR, "The kind of show.", {"enum": ["Musical", "Play", "Opera", "Ballet", "dontcare"]}),
        "performer": (STR, "A performer in the show, or 'dontcare'."),
    },
    ["city"],
)
BUY_SEATS = fn(
    "Stage_1_BuySeats",
    "Buy seats for a stage show.",
    {"show": (STR, "The show's title."), "seats": (INT, "Number of seats.")},
    ["show", "seats"],
)
STAGE = [FIND_SHOWS, BUY_SEATS]
# ---- conference talks
FIND_TALKS = fn(
    "Talks_1_FindTalks",
    "Find talks at a conference.",
    {
        "conference": (STR, "The conference, e.g. 'PyCon'"),
        "speaker": (STR, "Who gives the talk, or 'dontcare'."),
    },
    ["conference"],
)
TALK_SLIDES = fn(
    "Talks_1_GetSlides",
    "Get the slides of a talk.",
    {"talk_id": (STR, "The talk's id.")},
    ["talk_id"],
)
TALKS = [FIND_TALKS, TALK_SLIDES]
# ---- comedy gigs
FIND_GIGS = fn(
    "Comedy_1_FindGigs",
    "Find stand-up comedy nights in a city.",
    {
        "city": (STR, "The city."),
        "comedian": (STR, "The comedian on the bill, or 'dontcare'."),
    },
    ["city"],
)
GIG_TICKETS = fn(
    "Comedy_1_BuyTickets",
    "Buy tickets for a comedy night.",
    {"gig": (STR, "The gig's title."), "tickets": (INT, "Number of tickets.")},
    ["gig", "tickets"],
)
COMEDY = [FIND_GIGS, GIG_TICKETS]
# ---- ferries
FIND_CROSSING = fn(
    "Ferries_1_FindCrossing",
    "Find ferry crossings between two ports on a date.",
    {
        "from_port": (STR, "The port of departure."),
        "to_port": (STR, "The port of arrival."),
        "date": (STR, "The date of the crossing, YYYY-MM-DD."),
        "num_travellers": (INT, "Number of travellers.", {"default": 1}),
    },
    ["from_port", "to_port", "date"],
)
FERRY_CABIN = fn(
    "Ferries_1_AddCabin",
    "Add a cabin to a ferry booking.",
    {"booking_id": (STR, "The booking's id.")},
    ["booking_id"],
)
FERRIES = [FIND_CROSSING, FERRY_CABIN]
# ---- restaurant tables
BOOK_TABLE = fn(
    "Tables_1_BookTable",
    "Book a table at a restaurant.",
    {
        "restaurant": (STR, "The restaurant's name."),
        "date": (STR, "The date, YYYY-MM-DD."),
        "time": (STR, "The time, HH:MM."),
        "diners": (INT, "Number of diners.", {"default": 2}),
    },
    ["restaurant", "date", "time"],
)
FIND_RESTAURANTS = fn(
    "Tables_1_FindRestaurants",
    "Find restaurants in a city.",
    {"city": (STR, "The city."), "cuisine": (STR, "The cuisine.")},
    ["city"],
)
TABLES = [BOOK_TABLE, FIND_RESTAURANTS]
# ---- workshops
REGISTER = fn(
    "Workshops_1_Register",
    "Register for a workshop.",
    {
        "workshop": (STR, "The workshop's title."),
        "attendees": (INT, "Number of attendees.", {"default": 1}),
    },
    ["workshop"],
)
LIST_WORKSHOPS = fn(
    "Workshops_1_ListWorkshops",
    "List the workshops in a month.",
    {"month": (STR, "The month, e.g. 'May'")},
    ["month"],
)
WORKSHOPS = [REGISTER, LIST_WORKSHOPS]
# ---- bike tours
FIND_TOURS = fn(
    "Tours_1_FindBikeTours",
    "Find guided bike tours in a city.",
    {
        "city": (STR, "The city."),
        "cyclists": (INT, "Number of cyclists on the tour.", {"default": 1}),
        "electric_assist": (BOOL, "Whether the bikes have electric assist."),
    },
    ["city"],
)
RENT_BIKE = fn(
    "Tours_1_RentBike",
    "Rent a bike for a day.",
    {"city": (STR, "The city."), "date": (STR, "The date, YYYY-MM-DD.")},
    ["city", "date"],
)
TOURS = [FIND_TOURS, RENT_BIKE]
# ---- coaches and kayaks: a count whose options are numbers
FIND_COACH = fn(
    "Coaches_1_FindCoach",
    "Search for a coach between two cities on a date.",
    {
        "from_city": (STR, "The city of departure, e.g. 'Reno, NV'"),
        "to_city": (STR, "The city of arrival, e.g. 'Reno, NV'"),
        "departure_date": (STR, "The date, YYYY-MM-DD."),
        "num_passengers": (INT, "Number of passengers.", {"enum": [1, 2, 3, 4, 5]}),
        "route": (STR, "The kind of route.", {"enum": ["direct", "one-stop"]}),
    },
    ["from_city", "to_city", "departure_date"],
)
BUY_COACH = fn(
    "Coaches_1_BuyTicket",
    "Buy coach tickets for a departure.",
    {"departure_id": (STR, "The departure's id."), "num_passengers": (INT, "Number of passengers.")},
    ["departure_id", "num_passengers"],
)
COACHES = [FIND_COACH, BUY_COACH]
KAYAKS = fn(
    "Kayaks_1_BookTour",
    "Book a guided kayak tour.",
    {
        "place": (STR, "Where the tour starts."),
        "date": (STR, "The date, YYYY-MM-DD."),
        "group_size": (INT, "Number of people in the group.", {"enum": [1, 2, 3, 4, 5, 6]}),
    },
    ["place", "date"],
)
KAYAK_WEATHER = fn(
    "Kayaks_1_SeaConditions",
    "Get the sea conditions at a place.",
    {"place": (STR, "The place.")},
    ["place"],
)
PADDLING = [KAYAKS, KAYAK_WEATHER]


def _row(request: str, tools: list[dict], expected: dict) -> tuple[str, list[dict], str, dict]:
    """A row whose answer is one call of the first tool offered."""
    return (request, tools, tools[0]["toolSpec"]["name"], expected)


FLAGS = [
    _row(
        "pls send $25 to Nadia for the pizza, and make it private",
        WALLET,
        {"recipient": ["Nadia"], "amount": [25], "private_visibility": [True]},
    ),
    _row(
        "hey can u send 80 dollars to marcus@example.com? i'd like to keep this payment private",
        WALLET,
        {"recipient": ["marcus@example.com"], "amount": [80], "private_visibility": [True]},
    ),
    _row(
        "send $12.50 to Priya and ensure the payment stays private plz",
        WALLET,
        {"recipient": ["Priya"], "amount": [12.5], "private_visibility": [True]},
    ),
    (
        "could you request $60 from tom@example.org. Could we keep it private?",
        WALLET,
        "Wallet_1_RequestMoney",
        {"payer": ["tom@example.org"], "amount": [60], "private_visibility": [True]},
    ),
    _row(
        "find me a cabin in Lapland for 4 guests. it has to have a sauna!!",
        LODGING,
        {"area": ["Lapland"], "number_of_guests": [4], "has_sauna": [True]},
    ),
    _row(
        "looking for cabins in the Cairngorms, and pets have to be allowed, we've got a dog lol",
        LODGING,
        {"area": ["Cairngorms", "the Cairngorms"], "pets_allowed": [True]},
    ),
    _row(
        "list files with extension csv in /data/exports and include the files in subfolders too",
        FILES,
        {"folder": ["/data/exports"], "extension": ["csv"], "recursive": [True]},
    ),
    _row(
        "book me a ride from 14 Elm Street to 200 Harbour Road. a shared ride is ok",
        RIDES,
        {"pickup": ["14 Elm Street"], "dropoff": ["200 Harbour Road"], "shared": [True]},
    ),
    _row(
        "set the kitchen thermostat to 19 degrees, and put eco mode on too",
        HOME,
        {"room": ["kitchen"], "temperature": [19], "eco_mode": [True]},
    ),
    _row(
        "email sam@acme.io with subject 'VPN down'. mark it high priority pls",
        MAIL,
        {"to": ["sam@acme.io"], "subject": ["VPN down"], "high_priority": [True]},
    ),
    _row(
        "add 'Team offsite' to my calender on 2024-09-12 and make it all day",
        CALENDAR,
        {"title": ["Team offsite"], "date": ["2024-09-12"], "all_day": [True]},
    ),
    _row(
        "can you find bike tours in Utrecht for 3 cyclists? electric assist is a must, my knees r bad",
        TOURS,
        {"city": ["Utrecht"], "cyclists": [3], "electric_assist": [True]},
    ),
]

PERFORMERS = [
    _row(
        "any thriller series starring Mads Mikkelsen?",
        SERIES,
        {"genre": ["Thriller"], "cast": ["Mads Mikkelsen"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "any good crime series that features Jodie Comer?",
        SERIES,
        {"genre": ["Crime"], "cast": ["Jodie Comer"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "i want a drama series with the actress Olivia Colman in it",
        SERIES,
        {"genre": ["Drama"], "cast": ["Olivia Colman"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "a comedy series that stars Rowan Atkinson pls",
        SERIES,
        {"genre": ["Comedy"], "cast": ["Rowan Atkinson"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "find a sci-fi series created by Lisa Joy starring Evan Rachel Wood",
        SERIES,
        {"genre": ["Sci-fi"], "cast": ["Evan Rachel Wood"], "created_by": ["Lisa Joy"]},
    ),
    _row(
        "show me some series with the actor Pedro Pascal",
        SERIES,
        {"genre": [OMIT, "dontcare"], "cast": ["Pedro Pascal"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "im after a thriller series with Mads Mikkelsen in the lead role",
        SERIES,
        {"genre": ["Thriller"], "cast": ["Mads Mikkelsen"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "podcast episodes about chess featuring Magnus Carlsen?",
        PODCASTS,
        {"topic": ["chess"], "guest": ["Magnus Carlsen"], "host": [OMIT, "dontcare"]},
    ),
    _row(
        "find me episodes that feature Kofi Boateng, doesnt matter who hosts",
        PODCASTS,
        {"topic": [OMIT, "dontcare"], "guest": ["Kofi Boateng"], "host": [OMIT, "dontcare"]},
    ),
    _row(
        "any musicals in Chicago featuring Idina Menzel?",
        STAGE,
        {"city": ["Chicago"], "show_type": ["Musical"], "performer": ["Idina Menzel"]},
    ),
    _row(
        "is there a ballet on in London that stars Marianela Nunez",
        STAGE,
        {"city": ["London"], "show_type": ["Ballet"], "performer": ["Marianela Nunez"]},
    ),
    _row(
        "i wanna see a play in Dublin with Cillian Murphy in the lead",
        STAGE,
        {"city": ["Dublin"], "show_type": ["Play"], "performer": ["Cillian Murphy"]},
    ),
    _row(
        "talks at PyCon featuring Brett Cannon pls",
        TALKS,
        {"conference": ["PyCon"], "speaker": ["Brett Cannon"]},
    ),
    _row(
        "stand-up nights in Leeds that feature Sarah Millican?",
        COMEDY,
        {"city": ["Leeds"], "comedian": ["Sarah Millican"]},
    ),
    _row(
        "can you find a series starring Olivia Colman, and i want the series with Drama Genre",
        SERIES,
        {"genre": ["Drama"], "cast": ["Olivia Colman"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "a show in Bristol featuring Renee Fleming, and i want the show with Opera Type",
        STAGE,
        {"city": ["Bristol"], "show_type": ["Opera"], "performer": ["Renee Fleming"]},
    ),
    _row(
        "i want a series where Jodie Comer is one of the lead actors",
        SERIES,
        {"genre": [OMIT, "dontcare"], "cast": ["Jodie Comer"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "find podcast episodes where Magnus Carlsen is the guest",
        PODCASTS,
        {"topic": [OMIT, "dontcare"], "guest": ["Magnus Carlsen"], "host": [OMIT, "dontcare"]},
    ),
    _row(
        "talks at PyCon where Brett Cannon is a speaker?",
        TALKS,
        {"conference": ["PyCon"], "speaker": ["Brett Cannon"]},
    ),
]

COUNTS = [
    _row(
        "find a ferry from Dover to Calais on 2024-06-03 for three people",
        FERRIES,
        {"from_port": ["Dover"], "to_port": ["Calais"], "date": ["2024-06-03"], "num_travellers": [3]},
    ),
    _row(
        "ferry Holyhead to Dublin 2024-07-19, there's 2 people travelling",
        FERRIES,
        {"from_port": ["Holyhead"], "to_port": ["Dublin"], "date": ["2024-07-19"], "num_travellers": [2]},
    ),
    _row(
        "book a table at Nandos on 2024-05-10 at 19:00 for 6 people",
        TABLES,
        {"restaurant": ["Nandos"], "date": ["2024-05-10"], "time": ["19:00"], "diners": [6]},
    ),
    _row(
        "sign 4 people up for the Pottery Basics workshop",
        WORKSHOPS,
        {"workshop": ["Pottery Basics"], "attendees": [4]},
    ),
    _row(
        "bike tours in Amsterdam for 2 people?",
        TOURS,
        {"city": ["Amsterdam"], "cyclists": [2]},
    ),
    _row(
        "book a ride from 9 Mill Lane to 1 Station Square for 3 people",
        RIDES,
        {"pickup": ["9 Mill Lane"], "dropoff": ["1 Station Square"], "riders": [3]},
    ),
    _row(
        "find a coach from Reno, NV to Fresno, CA for two people on May 22nd 2024?",
        COACHES,
        {
            "from_city": ["Reno, NV"],
            "to_city": ["Fresno, CA"],
            "departure_date": ["2024-05-22"],
            "num_passengers": [2],
            "route": [OMIT],
        },
    ),
    _row(
        "kayak tour in Oban on 2024-08-17, there will be three people in our group",
        PADDLING,
        {"place": ["Oban"], "date": ["2024-08-17"], "group_size": [3]},
    ),
]

GUARDS = [
    _row("send $40 to Leo for the tickets", WALLET, {"recipient": ["Leo"], "amount": [40]}),
    _row(
        "list files with extension csv in /data/exports",
        FILES,
        {"folder": ["/data/exports"], "extension": ["csv"], "recursive": [OMIT, False]},
    ),
    _row("find me a cabin in Lapland for 4 guests", LODGING, {"area": ["Lapland"], "number_of_guests": [4]}),
    _row(
        "find a drama series created by Jane Campion",
        SERIES,
        {"genre": ["Drama"], "created_by": ["Jane Campion"], "cast": [OMIT, "dontcare"]},
    ),
    _row(
        "find a ferry from Dover to Calais on 2024-06-03",
        FERRIES,
        {"from_port": ["Dover"], "to_port": ["Calais"], "date": ["2024-06-03"], "num_travellers": [OMIT, 1]},
    ),
    _row(
        "ferry from Dover to Calais on 2024-06-03 for 3 travellers",
        FERRIES,
        {"from_port": ["Dover"], "to_port": ["Calais"], "date": ["2024-06-03"], "num_travellers": [3]},
    ),
    _row(
        "set the kitchen thermostat to 19 degrees",
        HOME,
        {"room": ["kitchen"], "temperature": [19]},
    ),
    _row(
        "find a coach from Reno, NV to Fresno, CA on May 22nd 2024",
        COACHES,
        {
            "from_city": ["Reno, NV"],
            "to_city": ["Fresno, CA"],
            "departure_date": ["2024-05-22"],
            "num_passengers": [OMIT],
            "route": [OMIT],
        },
    ),
    _row(
        "a comedy series to watch with my sister tonight",
        SERIES,
        {"genre": ["Comedy"], "cast": [OMIT, "dontcare"], "created_by": [OMIT, "dontcare"]},
    ),
    _row(
        "book a table at Nandos on 2024-05-10 at 19:00 for 4 diners",
        TABLES,
        {"restaurant": ["Nandos"], "date": ["2024-05-10"], "time": ["19:00"], "diners": [4]},
    ),
    _row(
        "musicals in Chicago by Stephen Sondheim",
        STAGE,
        {"city": ["Chicago"], "show_type": ["Musical"], "performer": [OMIT, "dontcare"]},
    ),
]

ROWS = FLAGS + PERFORMERS + COUNTS + GUARDS

PERFORMER = "a performer of the thing sought is not read for a parameter whose description says no 'name'"
SPAN = "a value in a phrase of the request is not read"

GAPS: dict[str, str] = {}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "tools", "name", "expected"), params(ROWS, GAPS))
def test_the_one_call_among_several_tools(request_text: str, tools: list, name: str, expected: dict) -> None:
    problem = one_call_problem(request_text, tools, name, expected)
    assert not problem, problem


def test_the_battery_holds_forty_rows_over_ten_subjects() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 5
    assert len({t["toolSpec"]["name"].split("_")[0] for _, tools, _, _ in ROWS for t in tools}) >= 10
