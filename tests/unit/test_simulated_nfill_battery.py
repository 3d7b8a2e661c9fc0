"""Find a thing and book it: a battery of two-step requests over a catalogue, written for this round.

Written in my own words before reading the changed rules, in the genre of a multi-step benchmark's first turn
("find X in a city and then book/reserve it"). Each row offers a catalogue of ten tools: a find/book pair for
its own subject and the pairs of other subjects as distractors. The request names a city and a kind to look
for, then asks to book "it" / "a table" / "a room" for a date, a time or a party size. The thing to book is
what the find step returns, which nobody has stated, so a small competent model makes the find call now and
the booking waits for its result: no booking call made up from a clock time, a date or a bare common noun
('people', 'room', 'kids') put into the item's name. The guard rows name the item to book, so the booking is
called now, with the values in the parameters that can hold them.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, agrees, fn, params

SUBJECTS = {
    "restaurant": ("Restaurants", "restaurant", "a table", "cuisine", "party_size"),
    "dentist": ("Dentists", "dentist", "an appointment", "specialty", "patients"),
    "hotel": ("Hotels", "hotel", "a room", "star_rating", "rooms"),
    "salon": ("HairSalons", "salon", "a haircut", "style", "people"),
    "gym": ("FitnessClasses", "class", "a spot", "activity", "spots"),
    "vet": ("Veterinarians", "vet", "a visit", "animal", "pets"),
    "garage": ("CarRepairShops", "shop", "a service slot", "make", "cars"),
    "campsite": ("Campsites", "campsite", "a pitch", "amenity", "tents"),
    "tutor": ("Tutors", "tutor", "a lesson", "subject", "students"),
    "museum": ("MuseumTours", "tour", "a guided tour", "theme", "visitors"),
    "spa": ("Spas", "spa", "a massage", "treatment", "guests"),
}


def find_tool(key: str) -> dict:
    plural, item, _, kind, _ = SUBJECTS[key]
    return fn(
        f"Find{plural}",
        f"Search for {plural.lower()} in a city, optionally of a given {kind.replace('_', ' ')}.",
        {
            "city": (STR, "The city to search in, e.g. Denver"),
            kind: (STR, f"The {kind.replace('_', ' ')} wanted."),
        },
        ["city"],
    )


def book_tool(key: str) -> dict:
    plural, item, _, _, count = SUBJECTS[key]
    return fn(
        f"Book{plural[:-1] if plural.endswith('s') else plural}",
        f"Book or reserve a {item} by name for a date and time.",
        {
            f"{item}_name": (STR, f"The name of the {item} to book."),
            "date": (STR, "The date in YYYY-MM-DD format."),
            "time": (STR, "The time, e.g. 18:30."),
            count: (INT, f"The number of {count.replace('_', ' ')}."),
        },
        [f"{item}_name", "date", "time"],
    )


def catalogue(key: str) -> list[dict]:
    """The row's own pair first, then four other pairs as distractors: ten tools."""
    others = [k for k in SUBJECTS if k != key][:4]
    return [find_tool(key), book_tool(key)] + [t for k in others for t in (find_tool(k), book_tool(k))]


def find_row(key: str, text: str, city: str) -> tuple[str, list, list]:
    return (text, catalogue(key), [(find_tool(key)["toolSpec"]["name"], {"city": city})])


def book_row(key: str, text: str, values: dict) -> tuple[str, list, list]:
    return (text, catalogue(key), [(book_tool(key)["toolSpec"]["name"], values)])


ROWS: list[tuple[str, list, list]] = [
    find_row(
        "restaurant",
        "Find me a Thai restaurant in Denver and reserve a table for 3 people on 2025-05-02 at 8 PM",
        "Denver",
    ),
    find_row(
        "restaurant",
        "Look for an Italian restaurant in Boston, then book a table there for two at 19:00 on 2025-06-11",
        "Boston",
    ),
    find_row(
        "restaurant",
        "Search restaurants in Austin serving sushi and reserve it for 6 people tomorrow at 7 PM",
        "Austin",
    ),
    find_row(
        "restaurant",
        "I want a vegan place to eat in Portland; find one and reserve a table for four at 6:30 PM on 2025-03-09",
        "Portland",
    ),
    find_row(
        "dentist", "Find a dentist in Phoenix and book me an appointment on 2025-04-14 at 10:00 AM", "Phoenix"
    ),
    find_row(
        "dentist",
        "Search for an orthodontics dentist in Tampa and then book an appointment at 9 AM on 2025-07-01",
        "Tampa",
    ),
    find_row(
        "dentist",
        "Can you locate a dentist in Reno and set up an appointment for 2 patients at 3 PM on 2025-02-20?",
        "Reno",
    ),
    find_row(
        "hotel", "Find a 4-star hotel in Chicago and reserve a room on 2025-02-14 for 2 nights", "Chicago"
    ),
    find_row("hotel", "Search hotels in Seattle and book a room for 2025-08-03 at 3 PM check-in", "Seattle"),
    find_row(
        "hotel",
        "Look up hotels in Nashville, then reserve two rooms there on 2025-10-10 at noon",
        "Nashville",
    ),
    find_row(
        "salon", "Find a hair salon in Atlanta and book a haircut for me on 2025-05-05 at 11 AM", "Atlanta"
    ),
    find_row(
        "salon",
        "Search for salons in Miami doing curly styles and book it for 2 people at 4 PM on 2025-09-12",
        "Miami",
    ),
    find_row(
        "salon", "Locate a barber salon in Dallas and reserve a slot on 2025-01-30 at 2:15 PM", "Dallas"
    ),
    find_row("gym", "Find a yoga class in Oakland and book a spot on 2025-03-03 at 7 AM", "Oakland"),
    find_row(
        "gym",
        "Search fitness classes in Houston for spinning and then reserve spots for 3 at 6 PM on 2025-04-04",
        "Houston",
    ),
    find_row("gym", "Look for a pilates class in Boise and sign me up on 2025-06-06 at 9:30 AM", "Boise"),
    find_row("vet", "Find a vet in Omaha for my cat and book a visit on 2025-05-19 at 1 PM", "Omaha"),
    find_row(
        "vet",
        "Search veterinarians in Tucson and then book a visit for 2 pets on 2025-11-02 at 10 AM",
        "Tucson",
    ),
    find_row(
        "vet",
        "Locate a veterinarian in Albany who treats rabbits and reserve a visit at 5 PM on 2025-12-01",
        "Albany",
    ),
    find_row(
        "garage",
        "Find a car repair shop in Detroit for a Ford and book a service slot on 2025-04-22 at 8 AM",
        "Detroit",
    ),
    find_row("garage", "Search repair shops in Fresno and then book it for 2025-07-15 at 9:45 AM", "Fresno"),
    find_row(
        "garage",
        "Look for a garage in Tulsa that fixes Toyotas and reserve a slot at noon on 2025-08-08",
        "Tulsa",
    ),
    find_row(
        "campsite",
        "Find a campsite near Flagstaff with showers and reserve a pitch for 2 tents on 2025-07-04 at 3 PM",
        "Flagstaff",
    ),
    find_row(
        "campsite",
        "Search campsites in Moab and then book a pitch on 2025-09-20 at 2 PM for the kids",
        "Moab",
    ),
    find_row("campsite", "Look up campsites in Bend and reserve one on 2025-06-15 at 4 PM", "Bend"),
    find_row("tutor", "Find a math tutor in Raleigh and book a lesson on 2025-03-18 at 5 PM", "Raleigh"),
    find_row(
        "tutor",
        "Search tutors in Madison for chemistry and then book a lesson for 2 students at 4:30 PM on 2025-10-06",
        "Madison",
    ),
    find_row("tutor", "Locate a piano tutor in Provo and schedule a lesson at 6 PM on 2025-02-02", "Provo"),
    find_row(
        "museum",
        "Find a museum tour in Philadelphia about art and book a guided tour for 5 visitors on 2025-05-25 at 10 AM",
        "Philadelphia",
    ),
    find_row(
        "museum", "Search museum tours in Richmond and then reserve it at 1 PM on 2025-04-12", "Richmond"
    ),
    find_row("spa", "Find a spa in Sedona and book a massage on 2025-08-30 at 3 PM", "Sedona"),
    find_row(
        "spa",
        "Search spas in Napa offering facials, then reserve it for 2 guests on 2025-09-09 at 11:30 AM",
        "Napa",
    ),
    # Guards: the request names the thing to book, so the booking is called now.
    book_row(
        "restaurant",
        "Reserve a table at Casa Verde on 2025-05-02 at 20:00 for 3 people",
        {"restaurant_name": "Casa Verde", "date": "2025-05-02", "party_size": 3},
    ),
    book_row(
        "dentist",
        "Book an appointment with the dentist Bright Smiles on 2025-04-14 at 10:00",
        {"dentist_name": "Bright Smiles", "date": "2025-04-14"},
    ),
    book_row(
        "hotel",
        "Reserve a room at the hotel Harbor Inn on 2025-02-14 at 15:00",
        {"hotel_name": "Harbor Inn", "date": "2025-02-14"},
    ),
    book_row(
        "spa",
        "Book a massage at the spa Blue Lotus on 2025-08-30 at 15:00 for 2 guests",
        {"spa_name": "Blue Lotus", "date": "2025-08-30", "guests": 2},
    ),
    book_row(
        "tutor",
        "Book a lesson with the tutor Ana Ruiz on 2025-03-18 at 17:00",
        {"tutor_name": "Ana Ruiz", "date": "2025-03-18"},
    ),
    book_row(
        "vet",
        "Book a visit at the vet Paws Clinic on 2025-05-19 at 13:00 for 1 pet",
        {"vet_name": "Paws Clinic", "date": "2025-05-19"},
    ),
]

GAPS: dict[str, str] = {
    "Look for an Italian restaurant in Boston": "the find step is not chosen: the booking is called with the kind or the city as its name",
    "I want a vegan place to eat in Portland;": "a clock time fills the city of the other subjects' find tools: stray find calls, and the booking is made up",
    "Find a yoga class in Oakland and book a ": "the find step is not chosen: the booking is called with the kind or the city as its name",
    "Search fitness classes in Houston for sp": "the booking is called now with a clock time or a common noun as the item's name, though the find step supplies it (and the wrong subject's booking tool)",
    "Find a vet in Omaha for my cat and book ": "the find step is not chosen: the booking is called with the kind or the city as its name",
    "Look up campsites in Bend and reserve on": "the find step is not chosen: the booking is called with the kind or the city as its name",
    "Find a museum tour in Philadelphia about": "the booking is called now with a clock time or a common noun as the item's name, though the find step supplies it",
    "Reserve a table at Casa Verde on 2025-05": "the named item after 'at' is not read as the booking's name: no call made",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def problem(request_text: str, tools: list[dict], expected: list[tuple[str, dict]]) -> str:
    """What is wrong with the first turn's calls, if they should be exactly `expected` (values a subset)."""
    got = calls(request_text, *tools)
    if [name for name, _ in got] != [name for name, _ in expected]:
        return f"calls {got}, expected {[name for name, _ in expected]}"
    for (_, args), (_, want) in zip(got, expected, strict=True):
        wrong = agrees(args, want)
        if wrong:
            return f"{wrong}: {args}"
    return ""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_find_now_and_book_when_the_item_is_known(request_text: str, tools: list, expected: list) -> None:
    found = problem(request_text, tools, expected)
    assert not found, found


def test_the_battery_holds_thirty_five_rows_over_ten_subjects() -> None:
    assert len(ROWS) >= 35
    assert len({tools[0]["toolSpec"]["name"] for _, tools, _ in ROWS}) >= 10
