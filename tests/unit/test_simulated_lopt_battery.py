"""Optional values a real user states in passing, several tools offered: a battery written for this round.

Written in its own words, before the model changed, in the genre of a function-calling benchmark's "real
users, several tools" category, over subjects of its own (alarms, timers, calendars, bank transfers, chores,
cinemas, gyms, bowling, theatres, pools, gigs, galleries, markets, book clubs). Requests are lower case,
chatty, with typos. Three readings are tried:

- what a thing is for, said as an infinitive after the ask ("set an alarm for 6:45 to go for a run",
  "… reminding me to take my pills"), for an optional parameter named for the purpose or reason;
- a venue's own name after "at", whose last word is the kind of venue a `<kind>_name` parameter names
  ("showings at the Hyde Park Picturehouse in leeds" → `cinema_name`), beside the city it is in, also in
  the other side of the Atlantic's spelling ("the Curzon Theatre" for `theater_name`);
- a relative day restated as a calendar date ("this coming friday, which is 2025-06-13"): the date is the
  optional date's value;
- (added after the first fixes, each failing before its fix) a time alone for a parameter whose description
  offers a day and its time or a time alone ("wake-up call for 6AM" → "06:00"), and a venue's name in
  British spelling for an American parameter ("the Curzon Theatre" for `theater_name`); a yes/no setting
  whose options are the texts 'True' and 'False' ("with hot showers" → "True").

The guard rows at the end hold what must stay: no purpose, venue or date where none is said.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

# ---- alarms and timers
ALARM = fn(
    "Clock_1_SetAlarm",
    "Set an alarm at a given time, optionally with a purpose.",
    {
        "alarm_time": (STR, "The time of the alarm, e.g. '07:30' or '7:30 AM'"),
        "purpose": (STR, "What the alarm is for.", {"default": "general"}),
    },
    ["alarm_time"],
)
TIMER = fn(
    "Clock_1_StartTimer",
    "Start a countdown timer for a duration, with an optional purpose.",
    {
        "duration": (STR, "How long the timer runs, e.g. '10 minutes'"),
        "purpose": (STR, "What the timer is for."),
    },
    ["duration"],
)
CLOCK = [ALARM, TIMER]
# ---- calendar
REMINDER = fn(
    "Calendar_2_AddReminder",
    "Add a reminder to the user's calendar on a date.",
    {
        "date": (STR, "The date of the reminder, YYYY-MM-DD."),
        "reason": (STR, "The reason for the reminder."),
    },
    ["date"],
)
LIST_EVENTS = fn(
    "Calendar_2_ListEvents",
    "List the events in the user's calendar on a date.",
    {"date": (STR, "The date, YYYY-MM-DD.")},
    ["date"],
)
CALENDAR = [REMINDER, LIST_EVENTS]
# ---- bank transfers
TRANSFER = fn(
    "Bank_3_Transfer",
    "Transfer money from the user's account to a payee.",
    {
        "payee": (STR, "The payee's name."),
        "amount": ("number", "The amount in US dollars."),
        "purpose": (STR, "What the payment is for, shown on the payee's statement."),
    },
    ["payee", "amount"],
)
BALANCE = fn(
    "Bank_3_GetBalance",
    "Get the balance of the user's account.",
    {"account": (STR, "The account, e.g. 'checking'", {"default": "checking"})},
    [],
)
BANK = [TRANSFER, BALANCE]
# ---- household chores
CHORE = fn(
    "Chores_1_ScheduleCleaner",
    "Book a cleaner for a time slot at the user's home.",
    {
        "start_time": (STR, "When the cleaner arrives, HH:MM."),
        "purpose": (STR, "What the cleaner should do."),
    },
    ["start_time"],
)
# ---- cinemas
SHOWINGS = fn(
    "Screens_1_FindShowings",
    "Find film showings in a city, optionally at one cinema.",
    {
        "location": (STR, "The city, e.g. 'Leeds'"),
        "cinema_name": (STR, "The name of the cinema. Default: any cinema", {"default": "dontcare"}),
    },
    ["location"],
)
BUY_SEATS = fn(
    "Screens_1_BuySeats",
    "Buy seats for a film showing.",
    {"film": (STR, "The film's title."), "seats": ("integer", "Number of seats.")},
    ["film", "seats"],
)
SCREENS = [SHOWINGS, BUY_SEATS]
# ---- gyms
CLASSES = fn(
    "Gyms_2_FindClasses",
    "Find fitness classes in a city, optionally at one gym.",
    {
        "city": (STR, "The city, e.g. 'Bristol'"),
        "gym_name": (STR, "The gym's name, or 'dontcare'.", {"default": "dontcare"}),
    },
    ["city"],
)
# ---- bowling
LANES = fn(
    "Bowling_1_FindLanes",
    "Find free bowling lanes in a town, optionally at one bowling alley.",
    {
        "town": (STR, "The town."),
        "alley_name": (STR, "The name of the bowling alley."),
    },
    ["town"],
)
# ---- theatres and gigs
GIGS = fn(
    "Gigs_1_FindGigs",
    "Find live gigs such as concerts and comedy shows in a city on a date.",
    {
        "gig_type": (STR, "The kind of gig.", {"enum": ["Music", "Comedy"]}),
        "city": (STR, "The city, e.g. 'Leeds'"),
        "date": (STR, "The date, YYYY-MM-DD. Default: any date", {"default": "dontcare"}),
    },
    ["gig_type", "city"],
)
GIG_TICKETS = fn(
    "Gigs_1_BuyTickets",
    "Buy tickets for a gig.",
    {"gig_name": (STR, "The gig's name."), "tickets": ("integer", "Number of tickets.")},
    ["gig_name", "tickets"],
)
GIGGING = [GIGS, GIG_TICKETS]
PLAYS = fn(
    "Stage_1_FindPlays",
    "Find plays on in a city, optionally at one theatre.",
    {
        "city": (STR, "The city."),
        "theatre_name": (STR, "The theatre's name.", {"default": "dontcare"}),
        "date": (STR, "The date, YYYY-MM-DD.", {"default": "dontcare"}),
    },
    ["city"],
)
# ---- pools and galleries
SWIMS = fn(
    "Pools_1_FindSessions",
    "Find public swimming sessions in a town on a date.",
    {
        "town": (STR, "The town."),
        "date": (STR, "The date of the session, YYYY-MM-DD."),
    },
    ["town"],
)
EXHIBITS = fn(
    "Gallery_1_FindExhibitions",
    "Find art exhibitions open in a city on a date.",
    {
        "city": (STR, "The city."),
        "date": (STR, "The day of the visit, YYYY-MM-DD. Leave out for any day."),
    },
    ["city"],
)
MARKETS = fn(
    "Markets_1_FindMarkets",
    "Find street and farmers markets in a town on a date.",
    {
        "town": (STR, "The town."),
        "date": (STR, "The date, YYYY-MM-DD.", {"default": "dontcare"}),
    },
    ["town"],
)
PICTURES = fn(
    "Pictures_1_FindShowtimes",
    "Find showtimes of films in a city, optionally at one movie theater.",
    {
        "city": (STR, "The city."),
        "theater_name": (STR, "The name of the movie theater.", {"default": "dontcare"}),
    },
    ["city"],
)
SPORTS = fn(
    "Sports_1_FindCourts",
    "Find free badminton courts in a town, optionally at one sports center.",
    {
        "town": (STR, "The town."),
        "center_name": (STR, "The name of the sports center."),
    },
    ["town"],
)
WAKE = fn(
    "Wake_1_SetWakeUp",
    "Set a wake-up call at a time.",
    {
        "wake_time": (STR, "When to wake, as 'YYYY-MM-DD HH:MM:SS', 'HH:MM:SS', 'HH:MM' or with AM/PM."),
        "purpose": (STR, "What the wake-up is for."),
    },
    ["wake_time"],
)
PREHEAT = fn(
    "Oven_1_SchedulePreheat",
    "Schedule the oven to preheat.",
    {
        "start": (STR, "When to start preheating: 'YYYY-MM-DD HH:MM' or just 'HH:MM'."),
        "temperature_c": ("integer", "Oven temperature in Celsius."),
    },
    ["start", "temperature_c"],
)
# ---- yes/no settings written as the text 'True' / 'False'
YES_NO = ["True", "False", "dontcare"]
CAMPS = fn(
    "Camps_1_FindPitches",
    "Find campsite pitches in a region, with options for hot showers and dogs.",
    {
        "region": (STR, "The region."),
        "has_hot_showers": (
            STR,
            "Whether the site has hot showers.",
            {"enum": YES_NO, "default": "dontcare"},
        ),
        "dogs_allowed": (STR, "Whether dogs are allowed.", {"enum": YES_NO, "default": "dontcare"}),
    },
    ["region"],
)
FLATS = fn(
    "Flats_1_SearchFlats",
    "Search for flats to rent in a city, with filters for a balcony and a lift.",
    {
        "city": (STR, "The city."),
        "has_balcony": (STR, "Whether the flat has a balcony.", {"enum": YES_NO, "default": "dontcare"}),
        "has_lift": (STR, "Whether the building has a lift.", {"enum": YES_NO, "default": "dontcare"}),
    },
    ["city"],
)
# ---- book clubs
MEETUPS = fn(
    "BookClub_1_FindMeetups",
    "Find book club meetups in a city, optionally at one venue.",
    {
        "city": (STR, "The city."),
        "cafe_name": (STR, "The name of the cafe the club meets in."),
    },
    ["city"],
)

PURPOSES = [
    (
        "set an alarm for 6:45 to go for a run",
        CLOCK,
        "Clock_1_SetAlarm",
        {"alarm_time": ["6:45", "06:45"], "purpose": ["go for a run"]},
    ),
    (
        "set an alarm for 11pm reminding me to take my pills",
        CLOCK,
        "Clock_1_SetAlarm",
        {"alarm_time": ["23:00", "11pm", "11:00 PM"], "purpose": ["take my pills"]},
    ),
    (
        "can u set an alarm at 5:30 am so i remember to feed the cat",
        CLOCK,
        "Clock_1_SetAlarm",
        {
            "alarm_time": ["5:30 am", "05:30", "5:30 AM"],
            "purpose": ["feed the cat", "remember to feed the cat"],
        },
    ),
    (
        "wake me at 7:15 tomorow for my dentist appointment pls",
        CLOCK,
        "Clock_1_SetAlarm",
        {"alarm_time": ["7:15", "07:15"], "purpose": [OMIT, "my dentist appointment", "dentist appointment"]},
    ),
    (
        "start a timer for 12 minutes to take the bread out of the oven",
        CLOCK,
        "Clock_1_StartTimer",
        {"duration": ["12 minutes"], "purpose": ["take the bread out of the oven"]},
    ),
    (
        "timer for 25 minutes pls, reminding me to stretch",
        CLOCK,
        "Clock_1_StartTimer",
        {"duration": ["25 minutes"], "purpose": ["stretch"]},
    ),
    (
        "add a reminder on 2025-04-02 to renew my passport",
        CALENDAR,
        "Calendar_2_AddReminder",
        {"date": ["2025-04-02"], "reason": ["renew my passport"]},
    ),
    (
        "hey put a reminder on 2025-11-30 to book the flu jab, thx",
        CALENDAR,
        "Calendar_2_AddReminder",
        {"date": ["2025-11-30"], "reason": ["book the flu jab"]},
    ),
    (
        "send $40 to Tomas to pay him back for the concert tickets",
        BANK,
        "Bank_3_Transfer",
        {"payee": ["Tomas"], "amount": [40], "purpose": ["pay him back for the concert tickets"]},
    ),
    (
        "transfer 300 dollars to Ines Ortega to cover my half of the rent",
        BANK,
        "Bank_3_Transfer",
        {"payee": ["Ines Ortega"], "amount": [300], "purpose": ["cover my half of the rent"]},
    ),
    (
        "alarm for 8:00 pls to call the landlord",
        CLOCK,
        "Clock_1_SetAlarm",
        {"alarm_time": ["8:00", "08:00"], "purpose": ["call the landlord"]},
    ),
    (
        "book the cleaner for 09:30 to deep clean the oven",
        [CHORE],
        "Chores_1_ScheduleCleaner",
        {"start_time": ["09:30"], "purpose": ["deep clean the oven"]},
    ),
    (
        "can someone come at 14:00 to wash the windows? need a cleaner",
        [CHORE],
        "Chores_1_ScheduleCleaner",
        {"start_time": ["14:00"], "purpose": ["wash the windows"]},
    ),
    (
        "wake-up call for 6AM pls",
        [WAKE],
        "Wake_1_SetWakeUp",
        {"wake_time": ["06:00"], "purpose": [OMIT]},
    ),
    (
        "set a wake up call at 5:15 pm to catch the train",
        [WAKE],
        "Wake_1_SetWakeUp",
        {"wake_time": ["17:15"], "purpose": ["catch the train"]},
    ),
    (
        "preheat the oven to 200 at 6:30pm",
        [PREHEAT],
        "Oven_1_SchedulePreheat",
        {"start": ["18:30"], "temperature_c": [200]},
    ),
]

FLAGS = [
    (
        "find a pitch in Snowdonia with hot showers pls",
        [CAMPS],
        "Camps_1_FindPitches",
        {"region": ["Snowdonia"], "has_hot_showers": ["True"], "dogs_allowed": [OMIT, "dontcare"]},
    ),
    (
        "campsites in Cornwall where dogs are allowed?",
        [CAMPS],
        "Camps_1_FindPitches",
        {"region": ["Cornwall"], "has_hot_showers": [OMIT, "dontcare"], "dogs_allowed": ["True"]},
    ),
    (
        "a flat in Leeds that has a balcony, no lift needed",
        [FLATS],
        "Flats_1_SearchFlats",
        {"city": ["Leeds"], "has_balcony": ["True"], "has_lift": ["False", OMIT, "dontcare"]},
    ),
    (
        "looking for a flat in York, balcony included",
        [FLATS],
        "Flats_1_SearchFlats",
        {"city": ["York"], "has_balcony": ["True"], "has_lift": [OMIT, "dontcare"]},
    ),
]

VENUES = [
    (
        "any showings at the Hyde Park Picturehouse in leeds?",
        SCREENS,
        "Screens_1_FindShowings",
        {"location": ["Leeds"], "cinema_name": ["Hyde Park Picturehouse"]},
    ),
    (
        "what films are on at Everyman Cinema in York",
        SCREENS,
        "Screens_1_FindShowings",
        {"location": ["York"], "cinema_name": ["Everyman Cinema"]},
    ),
    (
        "find classes at the Iron Works Gym in bristol",
        [CLASSES],
        "Gyms_2_FindClasses",
        {"city": ["Bristol"], "gym_name": ["Iron Works Gym"]},
    ),
    (
        "i wanna do a spin class, anything at Pulse Gym in Cardiff?",
        [CLASSES],
        "Gyms_2_FindClasses",
        {"city": ["Cardiff"], "gym_name": ["Pulse Gym"]},
    ),
    (
        "free lanes at Strike Alley in Derby tonite?",
        [LANES],
        "Bowling_1_FindLanes",
        {"town": ["Derby"], "alley_name": ["Strike Alley"]},
    ),
    (
        "find plays at the Old Vic Theatre in London",
        [PLAYS],
        "Stage_1_FindPlays",
        {"city": ["London"], "theatre_name": ["Old Vic Theatre"], "date": [OMIT, "dontcare"]},
    ),
    (
        "whats on at the Crucible Theatre in Sheffield, i like drama",
        [PLAYS],
        "Stage_1_FindPlays",
        {"city": ["Sheffield"], "theatre_name": ["Crucible Theatre"], "date": [OMIT, "dontcare"]},
    ),
    (
        "showtimes at the Curzon Theatre in Bath pls",
        [PICTURES],
        "Pictures_1_FindShowtimes",
        {"city": ["Bath"], "theater_name": ["Curzon Theatre"]},
    ),
    (
        "find badminton courts at the Ponds Forge Centre in Sheffield",
        [SPORTS],
        "Sports_1_FindCourts",
        {"town": ["Sheffield"], "center_name": ["Ponds Forge Centre"]},
    ),
    (
        "book club meetups at the Blue Door Cafe in Norwich",
        [MEETUPS],
        "BookClub_1_FindMeetups",
        {"city": ["Norwich"], "cafe_name": ["Blue Door Cafe"]},
    ),
]

DATES = [
    (
        "find a music gig in york this coming friday, which is 2025-06-13",
        GIGGING,
        "Gigs_1_FindGigs",
        {"gig_type": ["Music"], "city": ["York"], "date": ["2025-06-13"]},
    ),
    (
        "any comedy in leeds next saturday? thats 2025-05-10",
        GIGGING,
        "Gigs_1_FindGigs",
        {"gig_type": ["Comedy"], "city": ["Leeds"], "date": ["2025-05-10"]},
    ),
    (
        "public swim sessions in Bath on sunday, which is 2025-03-16",
        [SWIMS],
        "Pools_1_FindSessions",
        {"town": ["Bath"], "date": ["2025-03-16"]},
    ),
    (
        "exhibitions open in glasgow this wednesday (2025-09-03)",
        [EXHIBITS],
        "Gallery_1_FindExhibitions",
        {"city": ["Glasgow"], "date": ["2025-09-03"]},
    ),
    (
        "farmers markets in Ludlow on the saturday, which is the 2025-07-19",
        [MARKETS],
        "Markets_1_FindMarkets",
        {"town": ["Ludlow"], "date": ["2025-07-19"]},
    ),
    (
        "find markets in Frome this sunday, which is 2025-08-03",
        [MARKETS],
        "Markets_1_FindMarkets",
        {"town": ["Frome"], "date": ["2025-08-03"]},
    ),
    (
        "plays in Manchester on the evening of 2025-02-14",
        [PLAYS],
        "Stage_1_FindPlays",
        {"city": ["Manchester"], "theatre_name": [OMIT, "dontcare"], "date": ["2025-02-14"]},
    ),
]

GUARDS = [
    (
        "set an alarm for 6:45",
        CLOCK,
        "Clock_1_SetAlarm",
        {"alarm_time": ["6:45", "06:45"], "purpose": [OMIT, "general"]},
    ),
    (
        "start a timer for 10 minutes",
        CLOCK,
        "Clock_1_StartTimer",
        {"duration": ["10 minutes"], "purpose": [OMIT]},
    ),
    (
        "transfer $15 to Omar",
        BANK,
        "Bank_3_Transfer",
        {"payee": ["Omar"], "amount": [15], "purpose": [OMIT]},
    ),
    (
        "any showings in leeds tonight?",
        SCREENS,
        "Screens_1_FindShowings",
        {"location": ["Leeds"], "cinema_name": [OMIT, "dontcare"]},
    ),
    (
        "find classes in bristol at 6pm",
        [CLASSES],
        "Gyms_2_FindClasses",
        {"city": ["Bristol"], "gym_name": [OMIT, "dontcare"]},
    ),
    (
        "find a flat in Hull",
        [FLATS],
        "Flats_1_SearchFlats",
        {"city": ["Hull"], "has_balcony": [OMIT, "dontcare"], "has_lift": [OMIT, "dontcare"]},
    ),
    (
        "find markets in Ludlow",
        [MARKETS],
        "Markets_1_FindMarkets",
        {"town": ["Ludlow"], "date": [OMIT, "dontcare"]},
    ),
    (
        "exhibitions open in glasgow this wednesday",
        [EXHIBITS],
        "Gallery_1_FindExhibitions",
        {"city": ["Glasgow"], "date": [OMIT]},
    ),
]

ROWS = PURPOSES + FLAGS + VENUES + DATES + GUARDS

PURPOSE = "what the thing is for, said as an infinitive after the ask, is not read for a purpose parameter"
VENUE = "a venue's name after 'at', ending in the kind of venue a `<kind>_name` parameter names, is not read"

GAPS: dict[str, str] = {
    "wake me at 7:15 tomorow": "no tool is chosen: 'wake me' names no alarm",
    "any showings at the Hyde Park": VENUE,
    "i wanna do a spin class": VENUE + ": and no tool is chosen",
    "free lanes at Strike Alley": "'tonite' (a typo of 'tonight') is read as part of the town's name",
    "whats on at the Crucible": VENUE + ": and no tool is chosen",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "tools", "name", "expected"), params(ROWS, GAPS))
def test_the_one_call_among_several_tools(request_text: str, tools: list, name: str, expected: dict) -> None:
    problem = one_call_problem(request_text, tools, name, expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_rows_over_ten_subjects() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 5
    assert len({t["toolSpec"]["name"].split("_")[0] for _, tools, _, _ in ROWS for t in tools}) >= 10
