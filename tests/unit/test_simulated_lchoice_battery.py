"""The right tool among look-alikes of one service, and one call for one ask: a battery in real users' style.

Written for this round in a chatty, real-user voice, in subjects of its own (car sharing, campsites, gym
classes, hair salons, libraries, ferries, museums, coworking desks, podcasts, vets, bike hire, cooking
classes, taxis, hotels). Each row offers a service's look-alike tools — a search/find/check tool and a book/reserve/buy
tool — and says which one a careful small model calls, and how many times. Two readings are tested:

- Asking whether something is free ("check the availability of …", "find options for …", "is there a … on
  Friday?", "I need a desk for 3 people") is a search: the booking tool commits the user to something they
  did not ask to commit to. Guard rows ask in so many words ("book it", "reserve", "buy the tickets") and
  there the booking tool is right.
- A request that asks once is one call: a second sentence that restates or narrows the ask ("Could you look
  for classes of that kind?") adds to it, not a call of its own. Guard rows ask two different things.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, fn, params


def service(domain: str, thing: str, fields: dict, required: list[str]) -> list[dict]:
    """A service's two look-alike tools: `<Domain>_Find<Thing>s` and `<Domain>_Reserve<Thing>`."""
    find = fn(
        f"{domain}_Find{thing}s",
        f"Search for available {thing.lower()}s matching the given criteria.",
        fields,
        required,
    )
    book = fn(
        f"{domain}_Reserve{thing}",
        f"Reserve a {thing.lower()} for the user on the given date.",
        {**fields, "party_size": (INT, "Number of people in the reservation.")},
        [*required, "party_size"],
    )
    return [find, book]


CARS = service(
    "CarShare",
    "Car",
    {
        "city": (STR, "City where the car is picked up, e.g. Denver, CO"),
        "date": (STR, "Pick-up date, YYYY-MM-DD"),
        "car_type": (STR, "Kind of car", {"enum": ["Compact", "SUV", "Van", "dontcare"]}),
    },
    ["city", "date"],
)
CAMPS = service(
    "Outdoors",
    "Campsite",
    {"park": (STR, "Name of the park"), "date": (STR, "Arrival date, YYYY-MM-DD")},
    ["park", "date"],
)
GYM = service(
    "Fitness",
    "Class",
    {
        "city": (STR, "City of the gym"),
        "class_type": (STR, "Kind of class", {"enum": ["Yoga", "Spin", "Pilates", "dontcare"]}),
    },
    ["city"],
)
SALON = service(
    "Salon",
    "Appointment",
    {"city": (STR, "City of the salon"), "stylist": (STR, "Name of the stylist", {"default": "dontcare"})},
    ["city"],
)
FERRY = service(
    "Ferries",
    "Crossing",
    {"from_port": (STR, "Port of departure"), "to_port": (STR, "Port of arrival"), "date": (STR, "Date")},
    ["from_port", "to_port"],
)
DESKS = service(
    "Cowork",
    "Desk",
    {"city": (STR, "City of the coworking space"), "date": (STR, "Date, YYYY-MM-DD")},
    ["city"],
)
BIKES = service(
    "BikeHire",
    "Bike",
    {"station": (STR, "Name of the pick-up station"), "date": (STR, "Date")},
    ["station"],
)
COOKING = service(
    "Kitchen",
    "Workshop",
    {
        "city": (STR, "City of the cooking school"),
        "cuisine": (STR, "Cuisine taught", {"enum": ["Italian", "Thai", "Mexican", "dontcare"]}),
    },
    ["city"],
)
VETS = service(
    "PetCare",
    "Visit",
    {"city": (STR, "City of the clinic"), "pet": (STR, "Kind of pet, e.g. dog")},
    ["city"],
)
PODCASTS = [
    fn(
        "Audio_FindEpisodes",
        "Look up podcast episodes by show, host or topic.",
        {
            "show": (STR, "Name of the show", {"default": "dontcare"}),
            "topic": (STR, "Topic of the episode", {"enum": ["History", "Science", "Comedy", "dontcare"]}),
        },
        [],
    ),
    fn(
        "Audio_PlayEpisode",
        "Play a podcast episode on a speaker.",
        {
            "episode": (STR, "Title of the episode"),
            "speaker": (STR, "Speaker to play on", {"default": "Den"}),
        },
        ["episode"],
    ),
]
TAXI = fn(
    "Taxi_2_OrderRide",
    "Book a taxi ride to a destination.",
    {
        "destination": (STR, "Street address to go to, e.g. 1 Main St, Boston"),
        "seats": (INT, "Number of seats"),
    },
    ["destination"],
)
HOTEL = fn(
    "Hotel_2_SearchRoom",
    "Search for a hotel room in a city.",
    {"city": (STR, "City to stay in"), "guests": (INT, "Number of guests")},
    ["city"],
)

# (request, tools, the tools called in order)
ROWS: list[tuple[str, list[dict], list[str]]] = [
    # ---- a search, not a booking: asking what is free
    (
        "I have to get a car in Denver, CO on 2024-06-02, an SUV ideally. Can you check the availability?",
        CARS,
        ["CarShare_FindCars"],
    ),
    ("Find me options for a compact car in Denver, CO for 2024-06-02?", CARS, ["CarShare_FindCars"]),
    (
        "We're heading to Yosemite on 2024-07-10 — are there any campsites still free?",
        CAMPS,
        ["Outdoors_FindCampsites"],
    ),
    (
        "Check if Zion has campsites available on 2024-08-01 for 4 of us please",
        CAMPS,
        ["Outdoors_FindCampsites"],
    ),
    ("Is there a yoga class in Austin I could join?", GYM, ["Fitness_FindClasss"]),
    ("I need a spin class in Austin for 2 people, what's out there?", GYM, ["Fitness_FindClasss"]),
    ("any salon appointments open in Leeds with a stylist called Priya?", SALON, ["Salon_FindAppointments"]),
    ("Which ferry crossings go from Dover to Calais on 2024-05-05?", FERRY, ["Ferries_FindCrossings"]),
    (
        "I need a crossing from Dover to Calais for 3 people. Check what's available.",
        FERRY,
        ["Ferries_FindCrossings"],
    ),
    ("Could you look for a coworking desk in Lisbon on 2024-04-12?", DESKS, ["Cowork_FindDesks"]),
    ("Are bikes available at the Riverside station tomorrow?", BIKES, ["BikeHire_FindBikes"]),
    ("I'd love a Thai cooking workshop in Portland — what can you find?", COOKING, ["Kitchen_FindWorkshops"]),
    ("my dog needs a checkup, see if any vet visits are open in Bristol", VETS, ["PetCare_FindVisits"]),
    # ---- guards: booking asked in so many words
    ("Please reserve an SUV in Denver, CO on 2024-06-02 for 2 people.", CARS, ["CarShare_ReserveCar"]),
    ("Book a campsite at Zion on 2024-08-01 for 4 people.", CAMPS, ["Outdoors_ReserveCampsite"]),
    ("Book me into a yoga class in Austin, just 1 person.", GYM, ["Fitness_ReserveClass"]),
    ("Reserve a desk in Lisbon for 2024-04-12 for 3 people please", DESKS, ["Cowork_ReserveDesk"]),
    ("Go ahead and book the Dover to Calais crossing for 3 people", FERRY, ["Ferries_ReserveCrossing"]),
    # ---- one ask, one call: a second sentence restates or narrows it
    (
        "I fancy a pilates class. Could you search for classes of that kind in Austin?",
        GYM,
        ["Fitness_FindClasss"],
    ),
    (
        "I'm into Italian food lately. Can you find cooking workshops in that cuisine in Portland?",
        COOKING,
        ["Kitchen_FindWorkshops"],
    ),
    (
        "I want to hear a history podcast. Look up episodes on that topic for me.",
        PODCASTS,
        ["Audio_FindEpisodes"],
    ),
    (
        "Find me a van in Denver, CO on 2024-06-02. Only vans, nothing else.",
        CARS,
        ["CarShare_FindCars"],
    ),
    (
        "Hotels are pricey, I need a desk to work from. I'm going to be in Lisbon.",
        DESKS,
        ["Cowork_FindDesks"],
    ),
    # ---- one ask, one call: the tool named twice ("a taxi … a ride") in what is one ask
    (
        "i have to get home, find me a taxi? i want a ride to 44 Elm Road, Leeds. 2 seats please.",
        [TAXI],
        ["Taxi_2_OrderRide"],
    ),
    ("we're exhausted, find me a hotel? i want a room in Lyon. 3 guests.", [HOTEL], ["Hotel_2_SearchRoom"]),
    # ---- guards: two asks are two calls
    (
        "Find campsites at Zion on 2024-08-01. Also find campsites at Yosemite on 2024-07-10.",
        CAMPS,
        ["Outdoors_FindCampsites", "Outdoors_FindCampsites"],
    ),
    (
        "Look for yoga classes in Austin, and spin classes in Dallas too.",
        GYM,
        ["Fitness_FindClasss", "Fitness_FindClasss"],
    ),
    ("Play the episode 'Roman Roads' on the Kitchen speaker.", PODCASTS, ["Audio_PlayEpisode"]),
]

GAPS: dict[str, str] = {
    "Hotels are pricey, I need a desk": "a need stated as 'I need a desk to work from' is not read as an ask",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


def _names(request_text: str, tools: list[dict]) -> list[str]:
    return [name for name, _ in calls(request_text, *tools)]


@pytest.mark.parametrize(("request_text", "tools", "wanted"), params(ROWS, GAPS))
def test_the_look_alike_asked_for_is_called_once(
    request_text: str, tools: list[dict], wanted: list[str]
) -> None:
    got = calls(request_text, *tools)
    assert [name for name, _ in got] == wanted, got


def test_the_battery_holds_twenty_five_rows_over_twelve_domains() -> None:
    assert len(ROWS) >= 25
    assert len({tools[0]["toolSpec"]["name"].split("_")[0] for _, tools, _ in ROWS}) >= 12
