"""Call the one tool that fits a casual request whose words are not the description's: a battery written
for this round, before reading the model's code.

A self-paced learner writes tools of their own (dotted names, terse descriptions, typed parameters, some
optional with a stated default) and then asks for things the way people talk: by the goal ("get me up at
05:30" for a tool that sets an alarm), by a verb of the tool's noun ("fly" for flights, "make" with
ingredients for recipes), by a near word ("put aside" a book for reserve), or by a parameter's own unit or
format ("21 degrees" for a temperature in °C, "TSLA" for a ticker, "LHR to JFK" for IATA codes). A small
competent model makes the one call. Domains: alarms, cooking, air travel, stocks, home heating, libraries,
music, weather, fitness, pets, banking, translation, parcels, rides, calendars, cinema, pharmacy, timers,
parking, dictionaries, geometry.

Guard rows (the last block) must still make no call: a near domain the tool cannot serve (a triangle for a
circle's tool, the time in Tokyo for an alarm tool, last century's climate for a forecast), the opposite act
(cancel an alarm, return a book), chit-chat, a question about the tool itself, and numbers that fit a
tool's parameters by type but ask for something else.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, OMIT, STR, fn, params, strs
from test_simulated_parallel_style_battery import c, matched

ALARM = fn(
    "clock.set_alarm",
    "Set an alarm.",
    {"time": (STR, "Alarm time, HH:MM (24-hour)."), "label": (STR, "Optional label. Default none.")},
    ["time"],
)
RECIPES = fn(
    "recipes.search",
    "Search recipes by ingredients.",
    {"ingredients": strs("Ingredients to use."), "max_results": (INT, "How many to return. Default 5.")},
    ["ingredients"],
)
FLIGHTS = fn(
    "flights.search",
    "Search available flights.",
    {
        "origin": (STR, "Origin airport IATA code, e.g. SFO."),
        "destination": (STR, "Destination airport IATA code."),
        "date": (STR, "Departure date, YYYY-MM-DD."),
    },
    ["origin", "destination", "date"],
)
MARKET = fn(
    "market.history",
    "Get historical closing prices for a stock ticker.",
    {"ticker": (STR, "Ticker symbol, e.g. AAPL."), "days": (INT, "Trading days back. Default 30.")},
    ["ticker"],
)
THERMOSTAT = fn(
    "home.set_temperature",
    "Set the thermostat target for a room.",
    {"room": (STR, "Room name."), "celsius": (NUM, "Target temperature in °C.")},
    ["room", "celsius"],
)
LIBRARY = fn(
    "library.reserve",
    "Reserve a book.",
    {"title": (STR, "Book title."), "branch": (STR, "Pickup branch. Default Central.")},
    ["title"],
)
MUSIC = fn(
    "music.play",
    "Start playback.",
    {"query": (STR, "Song, artist or playlist to play.")},
    ["query"],
)
WEATHER = fn(
    "weather.forecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "City name."), "days": (INT, "Days ahead, 1-7. Default 3.")},
    ["city"],
)
WORKOUT = fn(
    "fitness.log_workout",
    "Record a completed workout.",
    {
        "activity": (STR, "Kind of workout, e.g. run, swim, ride."),
        "distance_km": (NUM, "Distance in km. Optional."),
        "minutes": (INT, "Duration in minutes."),
    },
    ["activity", "minutes"],
)
VET = fn(
    "vet.book_visit",
    "Book a veterinary appointment.",
    {"pet_name": (STR, "The pet's name."), "date": (STR, "Visit date, YYYY-MM-DD.")},
    ["pet_name", "date"],
)
TRANSFER = fn(
    "bank.transfer",
    "Transfer funds between the user's accounts.",
    {
        "amount": (NUM, "Amount in USD."),
        "from_account": (STR, "Source account, e.g. checking."),
        "to_account": (STR, "Destination account, e.g. savings."),
    },
    ["amount", "from_account", "to_account"],
)
TRANSLATE = fn(
    "translate.text",
    "Translate text into a target language.",
    {"text": (STR, "The text."), "target_language": (STR, "Language name, e.g. French.")},
    ["text", "target_language"],
)
PARCEL = fn(
    "parcel.track",
    "Get the delivery status of a shipment.",
    {"tracking_number": (STR, "Carrier tracking number.")},
    ["tracking_number"],
)
RIDES = fn(
    "rides.request",
    "Request a car pickup.",
    {"pickup": (STR, "Pickup place."), "dropoff": (STR, "Drop-off place.")},
    ["pickup", "dropoff"],
)
CALENDAR = fn(
    "calendar.create_event",
    "Create a calendar event.",
    {
        "title": (STR, "Event title."),
        "date": (STR, "YYYY-MM-DD."),
        "start": (STR, "Start time, HH:MM. Optional."),
    },
    ["title", "date"],
)
CINEMA = fn(
    "cinema.showtimes",
    "List screening times for a film.",
    {"film": (STR, "Film title."), "city": (STR, "City.")},
    ["film", "city"],
)
PHARMACY = fn(
    "pharmacy.refill",
    "Request a prescription refill.",
    {"prescription_id": (STR, "Prescription number, e.g. RX-10001.")},
    ["prescription_id"],
)
TIMER = fn(
    "timer.start",
    "Start a countdown timer.",
    {"minutes": (INT, "Duration in minutes."), "label": (STR, "Optional label.")},
    ["minutes"],
)
PARKING = fn(
    "parking.pay",
    "Pay for a parking session.",
    {"plate": (STR, "Licence plate."), "hours": (NUM, "Hours to pay for.")},
    ["plate", "hours"],
)
DICTIONARY = fn(
    "dictionary.define",
    "Look up the definition of a word.",
    {"word": (STR, "The word.")},
    ["word"],
)
CIRCLE = fn(
    "geometry.circle_area",
    "Compute the area of a circle.",
    {"radius": (NUM, "Radius."), "unit": (STR, "Length unit. Default m.")},
    ["radius"],
)

OVEN = fn(
    "oven.preheat",
    "Preheat the oven.",
    {"celsius": (NUM, "Target temperature in °C."), "fan": (BOOL, "Fan assisted. Default false.")},
    ["celsius"],
)
SLEEP = fn(
    "sleep.log_night",
    "Record a night's sleep.",
    {"hours": (NUM, "Hours slept."), "quality": (STR, "Optional note, e.g. restless.")},
    ["hours"],
)
MEDS = fn(
    "meds.remind",
    "Schedule a medication reminder.",
    {"time": (STR, "Reminder time, HH:MM."), "drug": (STR, "Medicine name. Optional.")},
    ["time"],
)

ANY_LABEL = [OMIT]
"""An optional label a careful model may leave out (a filled one is judged by the row)."""

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== alarms: the goal ("get me up", "wake me") and a clock time in the parameter's format
    (
        "I've got an early train tomorrow, so get me up at 05:30 please.",
        [ALARM],
        [c("clock.set_alarm", time=["05:30", "5:30"], label=ANY_LABEL)],
    ),
    (
        "Rouse me at 07:15 - the dentist is at nine and I always oversleep.",
        [ALARM],
        [c("clock.set_alarm", time=["07:15", "7:15"], label=ANY_LABEL)],
    ),
    (
        "I need to be up by 06:10 tomorrow, I'm catching a plane to Rome.",
        [ALARM, FLIGHTS],
        [c("clock.set_alarm", time=["06:10", "6:10"], label=ANY_LABEL)],
    ),
    (
        "Buzz me at 14:20 so I don't miss the school pickup.",
        [ALARM, TIMER],
        [c("clock.set_alarm", time="14:20", label=[OMIT, "school pickup"])],
    ),
    # ======== cooking: ingredients on hand and "make"/"cook" for a recipe search
    (
        "I have leeks, potatoes and cream in the fridge. What could I make tonight?",
        [RECIPES],
        [c("recipes.search", ingredients=[["leeks", "potatoes", "cream"]], max_results=[OMIT, 5])],
    ),
    (
        "Got some salmon and asparagus left over from the weekend - any dinner ideas?",
        [RECIPES, WEATHER],
        [c("recipes.search", ingredients=[["salmon", "asparagus"]], max_results=[OMIT, 5])],
    ),
    (
        "What can I bake with bananas and oats? I've got about an hour.",
        [RECIPES],
        [c("recipes.search", ingredients=[["bananas", "oats"]], max_results=[OMIT, 5])],
    ),
    # ======== air travel: "fly" for flights, codes in the described format
    (
        "We'd like to fly LHR to JFK on 2025-10-03, ideally leaving in the morning.",
        [FLIGHTS],
        [c("flights.search", origin="LHR", destination="JFK", date="2025-10-03")],
    ),
    (
        "Can I get from CDG to FCO by plane on 2025-05-20? Two of us are going.",
        [FLIGHTS, RIDES],
        [c("flights.search", origin="CDG", destination="FCO", date="2025-05-20")],
    ),
    (
        "Heading out of BOS for LIS on 2025-09-14 - what's there?",
        [FLIGHTS],
        [c("flights.search", origin="BOS", destination="LIS", date="2025-09-14")],
    ),
    # ======== stocks: a ticker in the described form and a span of days
    (
        "How has TSLA been doing over the last 20 trading days?",
        [MARKET],
        [c("market.history", ticker="TSLA", days=20)],
    ),
    (
        "Show me where MSFT closed each day - 10 days back is plenty.",
        [MARKET],
        [c("market.history", ticker="MSFT", days=10)],
    ),
    (
        "My uncle keeps bragging about AMZN. Pull up its recent run for me.",
        [MARKET, DICTIONARY],
        [c("market.history", ticker="AMZN", days=[OMIT, 30])],
    ),
    # ======== home heating: a temperature in the parameter's unit and a room
    (
        "Bump the kitchen up to 21 degrees, we've got guests coming.",
        [THERMOSTAT],
        [c("home.set_temperature", room="kitchen", celsius=21)],
    ),
    (
        "Make the nursery 20.5°C before the baby's nap.",
        [THERMOSTAT],
        [c("home.set_temperature", room="nursery", celsius=20.5)],
    ),
    (
        "It's roasting in the office - take it down to 19 degrees.",
        [THERMOSTAT, TIMER],
        [c("home.set_temperature", room="office", celsius=19)],
    ),
    # ======== libraries: "put aside", "keep a copy" for reserve
    (
        "Could you put 'The Hobbit' aside for me? I'll pick it up on Friday.",
        [LIBRARY],
        [c("library.reserve", title="The Hobbit", branch=[OMIT, "Central"])],
    ),
    (
        "Please hang on to a copy of 'Beloved' for me, my book club starts next week.",
        [LIBRARY, DICTIONARY],
        [c("library.reserve", title="Beloved", branch=[OMIT, "Central"])],
    ),
    # ======== music: "put on", "I'm in the mood for"
    (
        "Put on some Miles Davis while I tidy up.",
        [MUSIC],
        [c("music.play", query="Miles Davis")],
    ),
    (
        "I could really go for a bit of Fleetwood Mac right now.",
        [MUSIC, WEATHER],
        [c("music.play", query="Fleetwood Mac")],
    ),
    # ======== weather: a goal question that a forecast answers
    (
        "Should I pack an umbrella for Dublin? I'm there for the next 2 days.",
        [WEATHER],
        [c("weather.forecast", city="Dublin", days=[2, OMIT])],
    ),
    (
        "Is it going to be cold in Oslo over the next 5 days? Deciding which coat to bring.",
        [WEATHER, ALARM],
        [c("weather.forecast", city="Oslo", days=5)],
    ),
    # ======== fitness: "note it down" for record, units of its parameters
    (
        "Just did a 5.2 km run in 31 minutes along the river - note that down for me.",
        [WORKOUT],
        [c("fitness.log_workout", activity="run", distance_km=5.2, minutes=31)],
    ),
    (
        "Swam for 45 minutes at lunch, 1.5 km. Put it in my log.",
        [WORKOUT, TIMER],
        [c("fitness.log_workout", activity=["swim", "swam"], distance_km=[1.5, OMIT], minutes=45)],
    ),
    # ======== pets: a goal ("get him seen") with a date in the described format
    (
        "Biscuit has been limping since Sunday; can someone look at him on 2025-06-12?",
        [VET],
        [c("vet.book_visit", pet_name="Biscuit", date="2025-06-12")],
    ),
    (
        "Luna needs her jabs. Get her in with the vet on 2025-03-08.",
        [VET, CALENDAR],
        [c("vet.book_visit", pet_name="Luna", date="2025-03-08")],
    ),
    # ======== banking: "shift", "move" money between the described accounts
    (
        "Shift $250 from checking over to savings before rent day.",
        [TRANSFER],
        [c("bank.transfer", amount=250, from_account="checking", to_account="savings")],
    ),
    (
        "Rent's due on the 1st. Can you put 1200 dollars from savings into checking?",
        [TRANSFER, PARKING],
        [c("bank.transfer", amount=1200, from_account="savings", to_account="checking")],
    ),
    # ======== translation: "how do you say", "what does it mean in"
    (
        "How do you say 'where is the station' in Japanese?",
        [TRANSLATE],
        [c("translate.text", text="where is the station", target_language="Japanese")],
    ),
    (
        "My landlord texted 'el pago vence mañana' - what's that in English?",
        [TRANSLATE, DICTIONARY],
        [c("translate.text", text="el pago vence mañana", target_language="English")],
    ),
    # ======== parcels: "where's my package" with a tracking number
    (
        "Where's my package? The number on the slip is 1Z999AA10123456784.",
        [PARCEL],
        [c("parcel.track", tracking_number="1Z999AA10123456784")],
    ),
    (
        "Has box 9400111899223197428490 arrived yet? It's my mum's birthday present.",
        [PARCEL, CALENDAR],
        [c("parcel.track", tracking_number="9400111899223197428490")],
    ),
    # ======== rides: "a lift", "get me to"
    (
        "I need a lift from the Hilton to the airport, my bags are heavy.",
        [RIDES],
        [c("rides.request", pickup="the Hilton", dropoff="the airport")],
    ),
    # ======== calendars: "pencil in", "block out"
    (
        "Pencil in lunch with Priya on 2025-04-22 at 12:30.",
        [CALENDAR],
        [
            c(
                "calendar.create_event",
                title=["lunch with Priya", "lunch"],
                date="2025-04-22",
                start=["12:30", OMIT],
            )
        ],
    ),
    # ======== cinema: "when is X on in"
    (
        "When is Oppenheimer on in Leeds this week?",
        [CINEMA],
        [c("cinema.showtimes", film="Oppenheimer", city="Leeds")],
    ),
    # ======== pharmacy: a goal ("almost out") with an id in the described format
    (
        "I'm almost out of my blood-pressure pills, can you sort more? It's RX-44821.",
        [PHARMACY],
        [c("pharmacy.refill", prescription_id="RX-44821")],
    ),
    # ======== timers: "give me a shout in N minutes"
    (
        "Give me a shout in 12 minutes, the pasta will be done by then.",
        [TIMER],
        [c("timer.start", minutes=12, label=[OMIT, "pasta"])],
    ),
    # ======== parking: "top up my meter"
    (
        "Top up my meter for 2 hours, plate KX-4412.",
        [PARKING],
        [c("parking.pay", plate="KX-4412", hours=2)],
    ),
    # ======== dictionaries: "what does X mean"
    (
        "What does 'petrichor' mean? I saw it in a poem.",
        [DICTIONARY],
        [c("dictionary.define", word="petrichor")],
    ),
    # ======== fresh wording for "values in the tool's own terms" (written after the first rows)
    (
        "Friends arrive at eight and the lasagne needs a hot start, so get it up to 200°C.",
        [OVEN],
        [c("oven.preheat", celsius=200, fan=[OMIT, False])],
    ),
    (
        "Rough night with the teething baby - only 4.5 hours. Stick that in my diary.",
        [SLEEP, TIMER],
        [c("sleep.log_night", hours=4.5, quality=[OMIT, "rough", "restless"])],
    ),
    (
        "Nudge me at 21:00 about the antibiotics, I keep forgetting the evening dose.",
        [MEDS],
        [c("meds.remind", time="21:00", drug=[OMIT, "antibiotics"])],
    ),
    # ======== guards: a careful model makes no call
    ("The kids' swim lesson went 45 minutes over today, what a drag.", [TIMER], []),
    ("We had the oven at 220°C for the whole afternoon yesterday.", [OVEN], []),
    ("What time is it in Tokyo right now?", [ALARM], []),
    ("What's the area of a triangle with a base of 6 m and a height of 4 m?", [CIRCLE], []),
    ("What was the average July temperature in Dublin back in the 1920s?", [WEATHER], []),
    ("Thanks, that was really helpful!", [RECIPES], []),
    ("What parameters does your flight search take?", [FLIGHTS], []),
    ("I scored 21 points and grabbed 4 rebounds last night, not bad for 40!", [THERMOSTAT], []),
    ("Who wrote 'Dune'?", [LIBRARY], []),
    ("Is NVDA a good company to work for?", [MARKET], []),
    ("How many calories are in a cup of cooked rice?", [RECIPES], []),
    ("My thermostat in the bedroom shows 23 - is that a normal temperature for sleeping?", [THERMOSTAT], []),
    ("Cancel my 06:45 alarm, I'm off tomorrow.", [ALARM], []),
    ("I finished 'Dune' - how do I return it?", [LIBRARY], []),
    ("How far did I run in total last month?", [WORKOUT], []),
    ("What's the capital of Portugal?", [TRANSLATE], []),
    ("Which terminal does JAL use at SFO?", [FLIGHTS], []),
    ("Tell me a joke about cats.", [VET, MUSIC], []),
]

GAPS: dict[str, str] = {
    "I need to be up by 06:10": "the flight tool is called with the clock time as its origin; 'be up by' is an alarm's goal",
    "I have leeks, potatoes and cream": "no call: 'what could I make' with ingredients names no word of the description",
    "Got some salmon and asparagus": "no call: 'dinner ideas' with ingredients names no word of the description",
    "What can I bake with bananas": "no call: 'bake with' names no word of the description",
    "We'd like to fly LHR to JFK": "no call: 'fly' is the verb of 'flights'",
    "Heading out of BOS for LIS": "no call: IATA codes and a date fill the tool, but no word is shared",
    "How has TSLA been doing": "no call: a ticker and trading days fill the tool, but no word is shared",
    "My uncle keeps bragging about AMZN": "no call: a ticker in the described form is not read as evidence",
    "Bump the kitchen up to 21 degrees": "no call: a temperature in degrees for a °C parameter is not read as evidence",
    "Make the nursery 20.5": "no call: '20.5°C' for a °C parameter is not read as evidence",
    "It's roasting in the office": "no call: 'degrees' for a °C parameter is not read as evidence",
    "Could you put 'The Hobbit' aside": "no call: 'put aside' is not read as reserve",
    "Put on some Miles Davis": "no call: 'put on' music is not read as playback",
    "I could really go for a bit of Fleetwood": "no call: a wish for an artist is not read as playback",
    "Should I pack an umbrella for Dublin": "no call: an umbrella question is a forecast's goal",
    "Is it going to be cold in Oslo": "no call: 'cold over the next 5 days' is a forecast's goal",
    "Biscuit has been limping": "no call: a pet's visit said as 'look at him' on a date",
    "Rent's due on the 1st": "'from savings into checking': the accounts are read as their examples, swapped",
    "Where's my package?": "no call: 'where's my package' is a shipment's delivery status",
    "Has box 9400111899223197428490": "no call: 'has box N arrived' is a shipment's delivery status",
    "I need a lift from the Hilton": "no call: 'a lift' is a car pickup",
    "Pencil in lunch with Priya": "no call: 'pencil in' is create an event",
    "What's the area of a triangle": "guard: the circle tool is called with the triangle's sides as radii",
    "My thermostat in the bedroom shows 23": "guard: a question about a reading sets the thermostat, with room 'normal'",
    "We had the oven at 220": "guard: a remark about the oven's past heat names the tool and preheats it",
    "Cancel my 06:45 alarm": "guard: cancelling an alarm sets one",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_call_a_casual_request_means(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 40
    assert sum(1 for row in ROWS if not row[2]) >= 12
