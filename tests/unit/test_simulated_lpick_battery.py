"""Which tool, or none: everyday words for what a tool does, among look-alike tools, and chit-chat.

Written for this round, before the rules it tests, in subjects of its own (ride hailing, music, films and
television, hair and beauty, podcasts, pets, gardening, the library, fitness, home lighting, banking,
weather). Each row offers two to four tools, often of one service (a search and a booking of the same
thing), and the request asks for one of them, or for none:

- *everyday words*: a request says what it wants in the plain word a person uses, not the tool's word —
  a **taxi** for a tool that books a cab, **listening to** a song for a tool that plays tracks, something to
  **watch** for a tool that finds films or shows, **tunes** for songs, a **hairdresser** for a hair stylist.
  A small competent model knows these are the same things and picks the tool, even though no word of the
  request is written in the tool;
- *look-alikes*: of a search tool and a booking or playing tool of one service, a request that names no
  single item to book or play ("anything from 2019", "are there any … in Leeds") is the search;
- *declining*: chit-chat, thanks, a feeling about something the user owns, or an ask that no offered tool
  does (a timer to a music player, a haircut's price to a stylist finder) gets no call — these rows guard
  that the everyday words above do not make the model call where it should not.

Rows the simulator does not pass yet stay as strict expected failures in `GAPS`, with the class of failure.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, agrees, fn, params

# ---- ride hailing
BOOK_CAB = fn(
    "Rides_BookCab",
    "Books a cab to a drop-off address for a number of riders.",
    {"dropoff": (STR, "The drop-off address."), "riders": (INT, "How many riders.")},
    ["dropoff"],
)
FARE = fn(
    "Rides_EstimateFare",
    "Estimates the fare of a trip between a pick-up and a drop-off address.",
    {"pickup": (STR, "The pick-up address."), "dropoff": (STR, "The drop-off address.")},
    ["pickup", "dropoff"],
)
# ---- music
PLAY_TRACK = fn(
    "Audio_PlayTrack",
    "Starts playback of a track on a speaker.",
    {
        "track": (STR, "The track title."),
        "performer": (STR, "The performer of the track."),
        "speaker": (STR, "The speaker to use, e.g. Kitchen."),
    },
    ["track"],
)
FIND_TRACKS = fn(
    "Audio_FindTracks",
    "Finds tracks that fit a listener's taste by performer, style or release year.",
    {
        "performer": (STR, "The performer."),
        "style": (STR, "The style, e.g. Jazz."),
        "year": (STR, "The release year."),
    },
    [],
)
PLAY_PERFORMER = fn(
    "play_performer",
    "Start playback of every track by the given performer.",
    {"performer": (STR, "The performer's name.")},
    ["performer"],
)
# ---- films and television
FIND_FILMS = fn(
    "Screen_FindFilms",
    "Search for films by director, genre or lead actor.",
    {"director": (STR, "The director."), "genre": (STR, "The genre."), "actor": (STR, "A lead actor.")},
    [],
)
FIND_SHOWS = fn(
    "Tv_FindShows",
    "Search for television series by channel or genre.",
    {"channel": (STR, "The channel."), "genre": (STR, "The genre.")},
    [],
)
# ---- hair and beauty
FIND_STYLIST = fn(
    "Beauty_FindStylist",
    "Search for a hair stylist in a given town.",
    {"town": (STR, "The town."), "unisex": ("boolean", "Whether the stylist serves everyone.")},
    ["town"],
)
BOOK_STYLIST = fn(
    "Beauty_BookStylist",
    "Book an appointment with a named hair stylist at a date and time.",
    {"stylist": (STR, "The stylist's name."), "date": (STR, "The date."), "time": (STR, "The time.")},
    ["stylist", "date", "time"],
)
# ---- podcasts
PLAY_EPISODE = fn(
    "podcast_play_episode",
    "Play an episode of a podcast.",
    {"show": (STR, "The podcast's name."), "episode": (INT, "The episode number.")},
    ["show"],
)
SUBSCRIBE = fn(
    "podcast_subscribe",
    "Subscribe to a podcast so new episodes download.",
    {"show": (STR, "The podcast's name.")},
    ["show"],
)
# ---- pets
FIND_VET = fn(
    "pets_find_veterinarian",
    "Find a veterinarian near a postcode.",
    {"postcode": (STR, "The postcode.")},
    ["postcode"],
)
PET_FOOD = fn(
    "pets_order_food",
    "Order a bag of pet food for delivery.",
    {"brand": (STR, "The food brand."), "kilograms": (NUM, "The bag size in kilograms.")},
    ["brand"],
)
# ---- gardening
WATERING = fn(
    "garden_watering_schedule",
    "Make a watering schedule for a plant in a climate zone.",
    {"plant": (STR, "The plant."), "zone": (STR, "The climate zone, e.g. 7b")},
    ["plant"],
)
# ---- library
RENEW = fn(
    "library_renew_loan",
    "Renew a borrowed book by its barcode.",
    {"barcode": (STR, "The book's barcode.")},
    ["barcode"],
)
CATALOGUE = fn(
    "library_search_catalogue",
    "Search the library catalogue for books by title or author.",
    {"title": (STR, "The title."), "author": (STR, "The author.")},
    [],
)
# ---- fitness
LOG_WORKOUT = fn(
    "fitness_log_workout",
    "Record a workout with its activity and duration in minutes.",
    {"activity": (STR, "The activity, e.g. rowing"), "minutes": (INT, "The duration in minutes.")},
    ["activity", "minutes"],
)
# ---- home lighting
LIGHTS = fn(
    "home_set_lights",
    "Turn the lights of a room on or off.",
    {"room": (STR, "The room."), "on": ("boolean", "True to switch on.")},
    ["room", "on"],
)
# ---- banking
BALANCE = fn(
    "bank_get_balance",
    "Get the balance of a bank account.",
    {"account": (STR, "The account number.")},
    ["account"],
)
# ---- weather
FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "The city.")},
    ["city"],
)

RIDES = [BOOK_CAB, FARE, PLAY_TRACK]
MUSIC = [PLAY_TRACK, FIND_TRACKS, FORECAST]
SCREEN = [FIND_FILMS, FIND_TRACKS, PLAY_TRACK]
BEAUTY = [BOOK_STYLIST, FIND_STYLIST]

ROWS: list[tuple] = [
    # ---- everyday words: ride hailing ("taxi" is a cab)
    ("Can you get me a taxi to 18 Mill Lane?", RIDES, "Rides_BookCab", {"dropoff": "18 Mill Lane"}),
    ("I need a taxi to 4 Harbour Road for three of us.", RIDES, "Rides_BookCab", {"riders": 3}),
    ("Grab me a cab to 77 Elm Street, please.", RIDES, "Rides_BookCab", {"dropoff": "77 Elm Street"}),
    # ---- everyday words: music ("listen to" asks to play; "tunes" are songs)
    (
        "I'd like to listen to Blue Train by John Coltrane.",
        MUSIC,
        "Audio_PlayTrack",
        {"track": "Blue Train", "performer": "John Coltrane"},
    ),
    ("I want to listen to every song by Nina Simone.", [PLAY_PERFORMER, FORECAST], "play_performer", {}),
    ("Let me listen to all the tracks by Fela Kuti.", [PLAY_PERFORMER, FORECAST], "play_performer", {}),
    (
        "Could you stream Clair de Lune on the Kitchen speaker?",
        MUSIC,
        "Audio_PlayTrack",
        {"speaker": "Kitchen"},
    ),
    ("I feel like some tunes from 2019, anything good?", MUSIC, "Audio_FindTracks", {"year": "2019"}),
    ("Any good jazz tunes you can dig up for me?", MUSIC, "Audio_FindTracks", {}),
    # ---- everyday words: films and television ("something to watch")
    (
        "I'm bored, got something to watch directed by Agnes Varda?",
        SCREEN,
        "Screen_FindFilms",
        {"director": "Agnes Varda"},
    ),
    ("What can I watch tonight with Cate Blanchett in it?", SCREEN, "Screen_FindFilms", {}),
    ("Find me a movie directed by Bong Joon-ho.", SCREEN, "Screen_FindFilms", {}),
    # ---- everyday words: hair and beauty ("hairdresser", "salon", "barber" are hair stylists)
    ("Is there a hairdresser in Fairview?", BEAUTY, "Beauty_FindStylist", {"town": "Fairview"}),
    ("Are there any salons in Millbrook?", BEAUTY, "Beauty_FindStylist", {"town": "Millbrook"}),
    ("I need a barber in Eastwick.", BEAUTY, "Beauty_FindStylist", {"town": "Eastwick"}),
    # ---- everyday words: podcasts, pets, gardening, library, fitness, lighting
    ("I want to listen to episode 12 of Night Owls.", [PLAY_EPISODE, SUBSCRIBE], "podcast_play_episode", {}),
    ("Is there an animal doctor near postcode BS1 4DJ?", [FIND_VET, PET_FOOD], "pets_find_veterinarian", {}),
    ("How often should I water my basil in zone 7b?", [WATERING, FORECAST], "garden_watering_schedule", {}),
    ("Can I keep book 30012 a bit longer?", [RENEW, CATALOGUE], "library_renew_loan", {"barcode": "30012"}),
    ("I went rowing for 40 minutes, note that down.", [LOG_WORKOUT, FORECAST], "fitness_log_workout", {}),
    ("Switch off the lights in the kitchen.", [LIGHTS, FORECAST], "home_set_lights", {"room": "kitchen"}),
    # ---- guards: the tool's own words still choose it
    ("Play Blue Train by John Coltrane.", MUSIC, "Audio_PlayTrack", {"track": "Blue Train"}),
    ("Book a cab to 9 Quay Street.", RIDES, "Rides_BookCab", {"dropoff": "9 Quay Street"}),
    (
        "How much would a ride from 2 Park Road to 9 Quay Street cost?",
        RIDES,
        "Rides_EstimateFare",
        {"pickup": "2 Park Road"},
    ),
    ("What's the balance of account 55-1023?", [BALANCE, FORECAST], "bank_get_balance", {}),
    ("What's the weather going to be in Lyon?", [FORECAST, BALANCE], "weather_forecast", {"city": "Lyon"}),
    ("Subscribe me to Night Owls.", [PLAY_EPISODE, SUBSCRIBE], "podcast_subscribe", {"show": "Night Owls"}),
    # ---- declining: chit-chat, thanks, feelings, and asks no offered tool does
    ("Thanks, that's all for today!", RIDES, None, {}),
    ("I love my new headphones.", MUSIC, None, {}),
    ("My kitchen speaker looks great in blue.", MUSIC, None, {}),
    ("Set a timer for 10 minutes.", MUSIC, None, {}),
    ("Who wrote the screenplay of Casablanca?", [FIND_TRACKS, PLAY_TRACK], None, {}),
    ("How much does a haircut usually cost?", BEAUTY, None, {}),
    ("What a lovely afternoon it has been.", [LIGHTS, FORECAST], None, {}),
    ("Good morning! How are you?", [PLAY_EPISODE, SUBSCRIBE], None, {}),
    ("My dog hates baths.", [FIND_VET, PET_FOOD], None, {}),
    ("Tell me a joke about librarians.", [RENEW, CATALOGUE], None, {}),
    ("I watched a great film yesterday.", [PLAY_TRACK, FIND_TRACKS], None, {}),
    ("Remind me to call my sister at six.", [LIGHTS, BALANCE], None, {}),
]

GAPS: dict[str, str] = {
    "Can you get me a taxi": "everyday word: 'taxi' is no word of the cab tool, and is not near 'cab' in meaning (0.40)",
    "I need a taxi": "everyday word: 'taxi' is no word of the cab tool, and is not near 'cab' in meaning (0.40)",
    "I'd like to listen to Blue": "everyday word: 'listen to' a title is not read as playing it; the finder is taken",
    "I want to listen to every": "everyday word: 'listen to' is not read as playing (listen/play 0.07 in meaning)",
    "Let me listen to all": "everyday word: 'listen to' is not read as playing (listen/play 0.07 in meaning)",
    "I feel like some tunes": "everyday word: 'tunes' names no track nor song (0.24-0.30 in meaning)",
    "Any good jazz tunes": "everyday word: 'tunes' names no track nor song (0.24-0.30 in meaning)",
    "I'm bored, got something to watch": "everyday word: what one 'watches' is no film to the tool (0.15 in meaning)",
    "What can I watch tonight": "everyday word: what one 'watches' is no film to the tool (0.15 in meaning)",
    "Is there a hairdresser": "everyday word: a 'hairdresser' is no 'hair stylist' to the tool (0.09 in meaning)",
    "Are there any salons": "everyday word: a 'salon' is no 'hair stylist' to the tool (0.11 in meaning)",
    "I need a barber": "everyday word: a 'barber' is no 'hair stylist' to the tool",
    "Can I keep book 30012": "a goal: keeping a borrowed book longer names no renewal",
    "Tell me a joke about librarians": "declining: 'librarians' is read as the library tool's topic and as a barcode",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "name", "expected"), params(ROWS, GAPS))
def test_the_tool_the_request_asks_for_or_none(
    request_text: str, tools: list[dict], name: str | None, expected: dict
) -> None:
    got = calls(request_text, *tools)
    if name is None:
        assert got == [], f"want no call, got {got}"
        return
    assert [n for n, _ in got] == [name], f"want one call of {name}, got {got}"
    assert not (problem := agrees(got[0][1], expected)), problem


def test_the_battery_holds_thirty_five_rows_over_ten_subjects_and_ten_declines() -> None:
    assert len(ROWS) >= 35
    assert sum(1 for row in ROWS if row[2] is None) >= 10
