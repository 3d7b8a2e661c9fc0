"""A report of something already done is no ask: a battery of too-many-calls requests with a story aside.

Written for this round before changing the simulator, in the style of a live function-calling request: one
ask ("Can you play …", "Book …", "Find …") and, before or after it, a sentence that only reports an act
done before the asking, with words that set it in the past ("My sister heard it twice last month in her
garden", "We stayed there last spring", "I already paid the deposit yesterday"). The report tells the
story around the ask: a careful small model makes the one call asked for, and no call of another tool the
report's words happen to fit (a "garden" topic, a booking of the hotel stayed at last year, a payment
already made). Subjects of its own: podcasts, restaurants, hotels, pharmacy, cinema, books, car repair,
pets, gym, groceries, flights, museums and plumbing.

Guards at the end: a request that asks two things keeps both calls, a report whose words the ask needs
(the same tool, nothing stated by the ask) still gives them, and a report alone, with no ask beside it,
is left as it was. A gap still open is a strict expected failure (GAPS).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, fn, params
from test_simulated_fanout_counts import subset


def _enum(words: str, options: list[str]) -> tuple:
    return (STR, words, {"enum": options})


# ---- podcasts
PLAY_EPISODE = fn(
    "Podcast_PlayEpisode",
    "Plays the specified podcast episode on a chosen speaker.",
    {
        "episode": (STR, "The episode title."),
        "show": (STR, "The podcast show."),
        "speaker": _enum("The speaker to play on.", ["Bedroom", "Garage", "Office"]),
    },
    ["episode"],
)
FIND_SHOWS = fn(
    "Podcast_FindShows",
    "Finds podcast shows by host, topic or year.",
    {
        "host": (STR, "The host of the show."),
        "topic": _enum("The topic.", ["History", "Science", "Comedy", "Garden", "Politics", "dontcare"]),
        "year": (STR, "Year released."),
    },
    [],
)
PODCAST = [PLAY_EPISODE, FIND_SHOWS]
# ---- restaurants
RESERVE_TABLE = fn(
    "Restaurants_ReserveTable",
    "Reserves a table at a restaurant for a number of guests at a date and time.",
    {
        "restaurant": (STR, "The restaurant name."),
        "guests": (INT, "Number of guests."),
        "time": (STR, "The time, e.g. 19:00."),
    },
    ["restaurant", "guests"],
)
FIND_RESTAURANTS = fn(
    "Restaurants_FindRestaurants",
    "Finds restaurants by cuisine in a city.",
    {
        "cuisine": _enum("The cuisine.", ["Italian", "Thai", "Mexican", "Seafood", "Vegan"]),
        "city": (STR, "The city."),
    },
    ["cuisine"],
)
DINING = [RESERVE_TABLE, FIND_RESTAURANTS]
# ---- hotels
BOOK_HOTEL = fn(
    "Hotels_BookRoom",
    "Books a hotel room in a city for a number of nights.",
    {"city": (STR, "The city."), "nights": (INT, "Number of nights.")},
    ["city", "nights"],
)
HOTEL_REVIEWS = fn(
    "Hotels_GetReviews",
    "Gets the guest reviews of a named hotel.",
    {"hotel": (STR, "The hotel name.")},
    ["hotel"],
)
HOTELS = [BOOK_HOTEL, HOTEL_REVIEWS]
# ---- pharmacy
REFILL = fn(
    "Pharmacy_RefillPrescription",
    "Requests a refill of a prescription by its number.",
    {"prescription_number": (STR, "The prescription number, e.g. RX-1234.")},
    ["prescription_number"],
)
STORE_HOURS = fn(
    "Pharmacy_StoreHours",
    "Gets the opening hours of the pharmacy branch in a town.",
    {"town": (STR, "The town of the branch.")},
    ["town"],
)
PHARMACY = [REFILL, STORE_HOURS]
# ---- cinema
FIND_FILMS = fn(
    "Cinema_FindFilms",
    "Searches films showing in a city, optionally by genre.",
    {
        "city": (STR, "The city."),
        "genre": _enum("The genre.", ["Drama", "Horror", "Comedy", "Animation", "dontcare"]),
    },
    ["city"],
)
BUY_TICKETS = fn(
    "Cinema_BuyTickets",
    "Buys tickets for a film in a city.",
    {"film": (STR, "The film title."), "city": (STR, "The city."), "tickets": (INT, "Number of tickets.")},
    ["film", "city", "tickets"],
)
CINEMA = [FIND_FILMS, BUY_TICKETS]
# ---- books
RESERVE_BOOK = fn(
    "Library_ReserveBook",
    "Places a hold on a library book by its title.",
    {"title": (STR, "The book title.")},
    ["title"],
)
FIND_BOOKS = fn(
    "Library_FindBooks",
    "Finds library books by an author.",
    {"author": (STR, "The author's name.")},
    ["author"],
)
LIBRARY = [RESERVE_BOOK, FIND_BOOKS]
# ---- car repair
BOOK_SERVICE = fn(
    "Garage_BookService",
    "Books a car service at the garage on a date.",
    {
        "date": (STR, "The date, e.g. 2024-05-01."),
        "service": _enum("The service.", ["oil change", "tyres", "brakes", "inspection"]),
    },
    ["date", "service"],
)
PARTS_PRICE = fn(
    "Garage_PartPrice",
    "Gets the price of a car part.",
    {"part": (STR, "The part name, e.g. brake pads.")},
    ["part"],
)
GARAGE = [BOOK_SERVICE, PARTS_PRICE]
# ---- pets
BOOK_VET = fn(
    "Vet_BookVisit",
    "Books a vet visit for a pet on a date.",
    {"pet_name": (STR, "The pet's name."), "date": (STR, "The date of the visit.")},
    ["pet_name", "date"],
)
ORDER_FOOD = fn(
    "Pets_OrderFood",
    "Orders pet food of a brand.",
    {"brand": (STR, "The food brand."), "bags": (INT, "How many bags.")},
    ["brand"],
)
PETS = [BOOK_VET, ORDER_FOOD]
# ---- gym
BOOK_CLASS = fn(
    "Gym_BookClass",
    "Books a place in a gym class.",
    {"class_name": _enum("The class.", ["Yoga", "Spin", "Pilates", "Boxing"]), "day": (STR, "The day.")},
    ["class_name", "day"],
)
LOG_WORKOUT = fn(
    "Gym_LogWorkout",
    "Logs a workout with its activity and minutes.",
    {"activity": (STR, "The activity."), "minutes": (INT, "Minutes spent.")},
    ["activity", "minutes"],
)
GYM = [BOOK_CLASS, LOG_WORKOUT]
# ---- flights
SEARCH_FLIGHTS = fn(
    "Flights_Search",
    "Searches flights from an origin city to a destination city on a date.",
    {"origin": (STR, "Origin city."), "destination": (STR, "Destination city."), "date": (STR, "The date.")},
    ["origin", "destination"],
)
CHECK_IN = fn(
    "Flights_CheckIn",
    "Checks in for a booked flight by its booking reference.",
    {"booking_reference": (STR, "The booking reference, e.g. ABC123.")},
    ["booking_reference"],
)
FLIGHTS = [SEARCH_FLIGHTS, CHECK_IN]
# ---- museums
MUSEUM_TICKETS = fn(
    "Museum_BuyTickets",
    "Buys entry tickets for a museum.",
    {"museum": (STR, "The museum name."), "tickets": (INT, "Number of tickets.")},
    ["museum", "tickets"],
)
EXHIBITIONS = fn(
    "Museum_FindExhibitions",
    "Finds current exhibitions in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
MUSEUMS = [MUSEUM_TICKETS, EXHIBITIONS]
# ---- plumbing
BOOK_PLUMBER = fn(
    "Plumber_BookVisit",
    "Books a plumber visit to an address for a problem.",
    {"address": (STR, "The street address."), "problem": (STR, "The problem, e.g. leaking tap.")},
    ["address", "problem"],
)
PLUMBER_QUOTE = fn(
    "Plumber_GetQuote",
    "Gets a price quote for a plumbing job.",
    {"job": (STR, "The job, e.g. boiler repair.")},
    ["job"],
)
PLUMBING = [BOOK_PLUMBER, PLUMBER_QUOTE]


ROWS: list[tuple[str, list[dict], list[tuple[str, dict]]]] = [
    # ---- podcasts
    (
        "Could you play the episode 'Moonshot' from the Skyward show my sister told me about? She listened to it twice last month in her garden.",
        PODCAST,
        [("Podcast_PlayEpisode", {"episode": "Moonshot"})],
    ),
    (
        "Please play the episode 'Deep Roots' on the Office speaker. My uncle already played it for me yesterday, in his garden.",
        PODCAST,
        [("Podcast_PlayEpisode", {"episode": "Deep Roots"})],
    ),
    (
        "Last week my flatmate found some great History shows. Play the episode 'The Long Winter' in the Bedroom, please.",
        PODCAST,
        [("Podcast_PlayEpisode", {"episode": "The Long Winter"})],
    ),
    # ---- restaurants
    (
        "Reserve a table at Luigi's for 4 guests at 19:00. We had Thai food in Leeds last night and want a change.",
        DINING,
        [("Restaurants_ReserveTable", {"restaurant": "Luigi's", "guests": 4})],
    ),
    (
        "Can you book a table at Casa Verde for 2 people? My parents ate Mexican food there last spring.",
        DINING,
        [("Restaurants_ReserveTable", {"restaurant": "Casa Verde", "guests": 2})],
    ),
    (
        "Yesterday we reserved a table at Blue Fin for 6 guests. Now find Seafood restaurants in Bristol.",
        DINING,
        [("Restaurants_FindRestaurants", {"cuisine": "Seafood"})],
    ),
    # ---- hotels
    (
        "Show me the reviews of the Harbour Inn. We booked a room in Porto for 3 nights last year and loved it.",
        HOTELS,
        [("Hotels_GetReviews", {"hotel": "Harbour Inn"})],
    ),
    (
        "Last summer I stayed 5 nights in Vienna at the Kaiserhof. Book a room in Salzburg for 2 nights.",
        HOTELS,
        [("Hotels_BookRoom", {"city": "Salzburg", "nights": 2})],
    ),
    (
        "I need the reviews for the Alpine Lodge, please. My brother already booked a room in Zermatt for 4 nights last week.",
        HOTELS,
        [("Hotels_GetReviews", {"hotel": "Alpine Lodge"})],
    ),
    # ---- pharmacy
    (
        "Please refill prescription RX-5521. I picked up the last one at the Didcot branch two weeks ago.",
        PHARMACY,
        [("Pharmacy_RefillPrescription", {"prescription_number": "RX-5521"})],
    ),
    (
        "What are the opening hours of the branch in Wantage? I already refilled prescription RX-7730 yesterday.",
        PHARMACY,
        [("Pharmacy_StoreHours", {"town": "Wantage"})],
    ),
    (
        "My mother renewed prescription RX-1188 last month. Can you tell me the hours of the Abingdon branch?",
        PHARMACY,
        [("Pharmacy_StoreHours", {"town": "Abingdon"})],
    ),
    # ---- cinema
    (
        "Buy 3 tickets for 'Paper Moon' in Denver. We watched a Horror film there last Friday and it was awful.",
        CINEMA,
        [("Cinema_BuyTickets", {"film": "Paper Moon", "tickets": 3})],
    ),
    (
        "Could you search for Animation films in Austin? My kids already saw 'Little Comet' in Dallas last weekend.",
        CINEMA,
        [("Cinema_FindFilms", {"city": "Austin", "genre": "Animation"})],
    ),
    (
        "Last month I bought 2 tickets for 'Iron Rain' in Boston. Find me Comedy films in Chicago this time.",
        CINEMA,
        [("Cinema_FindFilms", {"city": "Chicago", "genre": "Comedy"})],
    ),
    # ---- books
    (
        "Place a hold on 'The Salt Road', please. I read three books by Ana Lind last summer.",
        LIBRARY,
        [("Library_ReserveBook", {"title": "The Salt Road"})],
    ),
    (
        "Find books by Tomas Berg. My reading group already reserved 'Cold Harbour' two weeks ago.",
        LIBRARY,
        [("Library_FindBooks", {"author": "Tomas Berg"})],
    ),
    (
        "My aunt found a book by Mira Sol at the fair last week. Can you reserve 'Glass Orchard' for me?",
        LIBRARY,
        [("Library_ReserveBook", {"title": "Glass Orchard"})],
    ),
    # ---- car repair
    (
        "How much are brake pads? The garage did an oil change on 2024-03-02 last month.",
        GARAGE,
        [("Garage_PartPrice", {"part": "brake pads"})],
    ),
    (
        "Book an inspection on 2024-06-10. I already bought new tyres yesterday at another shop.",
        GARAGE,
        [("Garage_BookService", {"date": "2024-06-10", "service": "inspection"})],
    ),
    (
        "Last winter my husband changed the wiper blades himself. Could you check the price of a cabin filter?",
        GARAGE,
        [("Garage_PartPrice", {"part": "cabin filter"})],
    ),
    # ---- pets
    (
        "Order 2 bags of Happy Paws food. We took Biscuit to the vet on 2024-04-02 last week.",
        PETS,
        [("Pets_OrderFood", {"brand": "Happy Paws"})],
    ),
    (
        "Book a vet visit for Pepper on 2024-07-01. I already ordered 3 bags of NutriCat yesterday.",
        PETS,
        [("Vet_BookVisit", {"pet_name": "Pepper", "date": "2024-07-01"})],
    ),
    (
        "My neighbour walked Rex to the vet last Tuesday. Please order some Wild Trail food for him.",
        PETS,
        [("Pets_OrderFood", {"brand": "Wild Trail"})],
    ),
    # ---- gym
    (
        "Book me a Spin class on Thursday. I did 40 minutes of rowing yesterday and my legs are fine.",
        GYM,
        [("Gym_BookClass", {"class_name": "Spin", "day": "Thursday"})],
    ),
    (
        "Log 30 minutes of swimming for me. My partner already booked us a Yoga class on Monday last week.",
        GYM,
        [("Gym_LogWorkout", {"activity": "swimming", "minutes": 30})],
    ),
    (
        "Last month I went to Boxing on Friday evenings. Can you book a Pilates class on Saturday?",
        GYM,
        [("Gym_BookClass", {"class_name": "Pilates", "day": "Saturday"})],
    ),
    # ---- flights
    (
        "Check me in with booking reference QX7Y2P. I searched flights from Oslo to Bergen two days ago too.",
        FLIGHTS,
        [("Flights_CheckIn", {"booking_reference": "QX7Y2P"})],
    ),
    (
        "Search flights from Lisbon to Madrid on 2024-09-14. My colleague already checked in with reference KL44MZ this morning.",
        FLIGHTS,
        [("Flights_Search", {"origin": "Lisbon", "destination": "Madrid"})],
    ),
    (
        "We flew from Cork to Paris last year. Can you search flights from Dublin to Nice?",
        FLIGHTS,
        [("Flights_Search", {"origin": "Dublin", "destination": "Nice"})],
    ),
    # ---- museums
    (
        "Buy 4 tickets for the Maritime Museum. We saw the exhibitions in Hull last weekend.",
        MUSEUMS,
        [("Museum_BuyTickets", {"museum": "Maritime Museum", "tickets": 4})],
    ),
    (
        "What exhibitions are on in York? I already bought 2 tickets for the Rail Museum yesterday.",
        MUSEUMS,
        [("Museum_FindExhibitions", {"city": "York"})],
    ),
    # ---- plumbing
    (
        "Get me a quote for a boiler repair. A plumber came to 12 Mill Lane last month about a leaking tap.",
        PLUMBING,
        [("Plumber_GetQuote", {"job": "boiler repair"})],
    ),
    (
        "Please book a plumber to 8 Elm Road for a blocked drain. My landlord already got a quote for a new shower yesterday.",
        PLUMBING,
        [("Plumber_BookVisit", {"address": "8 Elm Road", "problem": "blocked drain"})],
    ),
    (
        "Last spring the previous owner fixed a burst pipe at 3 Kiln Close. Could you get a quote for radiator bleeding?",
        PLUMBING,
        [("Plumber_GetQuote", {"job": "radiator bleeding"})],
    ),
]

GUARDS: list[tuple[str, list[dict], list[tuple[str, dict]]]] = [
    # two asks: both calls stay
    (
        "Play the episode 'Moonshot' in the Garage and find Science shows hosted by Ray Dunn.",
        PODCAST,
        [("Podcast_PlayEpisode", {"episode": "Moonshot"}), ("Podcast_FindShows", {"host": "Ray Dunn"})],
    ),
    (
        "Book a room in Porto for 3 nights and show me the reviews of the Harbour Inn.",
        HOTELS,
        [
            ("Hotels_BookRoom", {"city": "Porto", "nights": 3}),
            ("Hotels_GetReviews", {"hotel": "Harbour Inn"}),
        ],
    ),
    (
        "Buy 2 tickets for 'Paper Moon' in Denver. Also find Horror films in Boulder.",
        CINEMA,
        [
            ("Cinema_BuyTickets", {"film": "Paper Moon", "tickets": 2}),
            ("Cinema_FindFilms", {"city": "Boulder"}),
        ],
    ),
    (
        "Order 2 bags of Happy Paws food, then book a vet visit for Biscuit on 2024-04-02.",
        PETS,
        [("Pets_OrderFood", {"brand": "Happy Paws"}), ("Vet_BookVisit", {"pet_name": "Biscuit"})],
    ),
    (
        "Find books by Tomas Berg and reserve 'Cold Harbour' for me.",
        LIBRARY,
        [("Library_FindBooks", {"author": "Tomas Berg"}), ("Library_ReserveBook", {"title": "Cold Harbour"})],
    ),
    # a report alone, with no ask beside it, is left as it was
    (
        "I bought 2 tickets for 'Iron Rain' in Boston last week.",
        CINEMA,
        [("Cinema_BuyTickets", {"film": "Iron Rain", "tickets": 2})],
    ),
    # a report the ask needs (same tool, nothing of its own) still gives its values
    (
        "Yesterday I did 40 minutes of rowing. Log it, please.",
        GYM,
        [("Gym_LogWorkout", {"activity": "rowing", "minutes": 40})],
    ),
    # a report of the tool the ask calls with its own values: the ask's call only (as before)
    (
        "We stayed 3 nights at the Harbour Inn last year. Book a room in Porto for 3 nights.",
        HOTELS,
        [("Hotels_BookRoom", {"city": "Porto", "nights": 3})],
    ),
]

PROFIT = fn(
    "Shop_Profit",
    "Calculates the profit on an item bought and sold again.",
    {"cost": (INT, "What the item cost, in dollars."), "price": (INT, "What it sold for, in dollars.")},
    ["cost", "price"],
)
GUARDS.append(
    # a report the question after its dash asks about ("— what's my profit"): its call stays
    (
        "I paid $400 for the drill last spring and sold it for $520 — what's my profit? Also, how much are brake pads?",
        [PROFIT, PARTS_PRICE],
        [("Shop_Profit", {"cost": 400, "price": 520}), ("Garage_PartPrice", {"part": "brake pads"})],
    )
)

REPORT = (
    "a report of an act done ('… last week', 'already …', '… ago') calls a tool no ask of the request needs"
)

GAPS: dict[str, str] = {
    "Reserve a table at Luigi's": "the name \"Luigi's\" is read as a possessive and loses its 's ('Luigi')",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_a_report_of_a_done_act_makes_no_call(request_text: str, tools: list[dict], expected: list) -> None:
    got = calls(request_text, *tools)
    assert subset(got, expected), got


GUARD_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(GUARDS, GUARD_GAPS))
def test_several_asks_keep_their_calls(request_text: str, tools: list[dict], expected: list) -> None:
    got = calls(request_text, *tools)
    assert subset(got, expected), got


def test_the_battery_holds_thirty_five_rows_and_seven_guards() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 7
