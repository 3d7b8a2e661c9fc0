"""A battery of several DIFFERENT tools in one turn, each ask complete: one call per ask, none left out.

Written for this round in its own words, blind (no benchmark case read), before reading the simulator's
code. A request of two to four sentences is offered three to five tools, some of them irrelevant, and makes
two to four asks, each needing its own tool; some asks fan out over a series. The asks come packed in one
sentence ("What's the capital of Peru, how far is Quito from Bogotá, and what time is it in Santiago?"), in a
subordinate clause ("Once you've looked up …, convert …", "Before I book anything, check …"), named by a
paraphrase of the tool's description or by a verb of its noun, spread over a little story with distractor
values, added at the end ("Also, …", "Oh and …"), sharing a value with the ask before ("For Kyoto, get the
forecast and the top museums"), needing the same tool twice with different values beside another tool,
enumerated ("First … Second … Third …", "1) … 2) …"), a question followed by a command, or in an order
different from the tools'. A careful model makes one call per ask and never lets one ask's value leak into
another tool's call.
Guard rows: a background mention of another tool's domain ("I've already booked the hotel, so just find a
restaurant") and chit-chat beside an ask add no call.
Domains: geography, finance, travel, weather, language, health, medicine, events, shipping, networking,
sport, libraries, maths, music, chemistry, dining, cooking, real estate, cinema, calendar, automotive,
energy, pets, astronomy, history, commerce, billing, marketing, IT operations.
Rows under "fresh wording" were written for a reading before the model was changed for it (rule 4 of the
round): they pass only if the reading is general, not fitted to the row that showed it.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

# ---- geography and time
CAPITAL = fn(
    "geo.get_capital", "Get the capital city of a country.", {"country": (STR, "Country name.")}, ["country"]
)
DISTANCE = fn(
    "geo.distance",
    "Calculate the distance between two cities.",
    {
        "origin": (STR, "Starting city."),
        "destination": (STR, "Destination city."),
        "unit": (STR, "Unit of distance, 'km' or 'miles'. Default 'km'."),
    },
    ["origin", "destination"],
)
LOCAL_TIME = fn(
    "time.local_time",
    "Get the current local time in a city.",
    {"city": (STR, "City name.")},
    ["city"],
)
# ---- weather
FORECAST = fn(
    "weather.forecast",
    "Get the weather forecast for a city.",
    {"city": (STR, "City name."), "days": (INT, "Number of days to forecast. Default 3.")},
    ["city"],
)
AIR = fn(
    "weather.air_quality",
    "Get the current air quality index of a city.",
    {"city": (STR, "City name.")},
    ["city"],
)
CURRENT_WEATHER = fn(
    "weather.current",
    "Get the current weather conditions in a city.",
    {"city": (STR, "City name.")},
    ["city"],
)
# ---- finance
STOCK = fn(
    "finance.stock_price",
    "Get the latest share price of a stock.",
    {"ticker": (STR, "Stock ticker symbol, e.g. 'MSFT'.")},
    ["ticker"],
)
CONVERT = fn(
    "finance.currency_convert",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "Amount to convert."),
        "from_currency": (STR, "Three-letter code of the source currency."),
        "to_currency": (STR, "Three-letter code of the target currency."),
    },
    ["amount", "from_currency", "to_currency"],
)
DIVIDENDS = fn(
    "finance.dividend_history",
    "Get the dividend payment history of a stock.",
    {"ticker": (STR, "Stock ticker symbol."), "years": (INT, "How many years back. Default 5.")},
    ["ticker"],
)
NEWS = fn(
    "finance.company_news",
    "Get recent news headlines about a company.",
    {"company": (STR, "Company name.")},
    ["company"],
)
FX_RATE = fn(
    "finance.exchange_rate",
    "Get the exchange rate between two currencies.",
    {"base": (STR, "Base currency code."), "quote": (STR, "Quote currency code.")},
    ["base", "quote"],
)
# ---- travel
HOTEL = fn(
    "travel.hotel_search",
    "Search hotels in a city.",
    {
        "city": (STR, "City name."),
        "check_in": (STR, "Check-in date, YYYY-MM-DD."),
        "nights": (INT, "Number of nights."),
        "guests": (INT, "Number of guests. Default 1."),
    },
    ["city", "check_in", "nights"],
)
FLIGHTS = fn(
    "travel.flight_search",
    "Search flights between two airports on a date.",
    {
        "origin": (STR, "Origin airport code."),
        "destination": (STR, "Destination airport code."),
        "date": (STR, "Departure date, YYYY-MM-DD."),
    },
    ["origin", "destination", "date"],
)
ATTRACTIONS = fn(
    "travel.top_attractions",
    "List the top tourist attractions in a city.",
    {
        "city": (STR, "City name."),
        "category": (STR, "Kind of attraction, e.g. 'museums', 'parks'. Optional."),
        "limit": (INT, "How many to list. Default 5."),
    },
    ["city"],
)
FLIGHT_STATUS = fn(
    "travel.flight_status",
    "Get the live status of a flight.",
    {"flight_number": (STR, "Flight number, e.g. 'LH400'.")},
    ["flight_number"],
)
AIRPORT_DELAYS = fn(
    "travel.airport_delays",
    "Get current delay information for an airport.",
    {"airport_code": (STR, "IATA airport code.")},
    ["airport_code"],
)
# ---- language
TRANSLATE = fn(
    "text.translate",
    "Translate text into another language.",
    {"text": (STR, "Text to translate."), "target_language": (STR, "Language to translate into.")},
    ["text", "target_language"],
)
SPELLCHECK = fn(
    "text.spellcheck",
    "Check the spelling of a text and suggest corrections.",
    {"text": (STR, "Text to check."), "language": (STR, "Language code. Default 'en'.")},
    ["text"],
)
SUMMARIZE = fn(
    "text.summarize",
    "Summarize a long text.",
    {"text": (STR, "Text to summarize."), "max_words": (INT, "Maximum length of the summary.")},
    ["text"],
)
DEFINE = fn(
    "dictionary.define",
    "Get the definition of an English word.",
    {"word": (STR, "The word to define.")},
    ["word"],
)
SYNONYMS = fn(
    "dictionary.synonyms",
    "List synonyms of a word.",
    {"word": (STR, "The word."), "max_results": (INT, "Maximum number of synonyms. Default 10.")},
    ["word"],
)
# ---- health
MED_TERM = fn(
    "medical.define_term",
    "Give the definition of a medical term.",
    {"term": (STR, "The medical term.")},
    ["term"],
)
SPECIALIST = fn(
    "doctors.find_specialist",
    "Find doctors of a specialty in a city.",
    {"specialty": (STR, "Medical specialty."), "city": (STR, "City name.")},
    ["specialty", "city"],
)
FIN_TERM = fn(
    "finance.glossary",
    "Look up the definition of a financial term.",
    {"term": (STR, "The term.")},
    ["term"],
)
BMI = fn(
    "health.bmi",
    "Calculate body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in metres.")},
    ["weight_kg", "height_m"],
)
CALORIES_BURNED = fn(
    "health.calories_burned",
    "Estimate the calories burned during an activity.",
    {
        "activity": (STR, "The activity, e.g. 'running'."),
        "duration_minutes": (INT, "Duration in minutes."),
        "weight_kg": (NUM, "Body weight in kilograms."),
    },
    ["activity", "duration_minutes", "weight_kg"],
)
WATER = fn(
    "health.daily_water_intake",
    "Recommend a daily water intake.",
    {"weight_kg": (NUM, "Body weight in kilograms.")},
    ["weight_kg"],
)
# ---- events
RECIPE = fn(
    "cooking.recipe_search",
    "Find recipes for a dish.",
    {"dish": (STR, "Name of the dish."), "servings": (INT, "Number of servings. Optional.")},
    ["dish"],
)
VENUE = fn(
    "events.venue_availability",
    "Check whether a venue is free on a date.",
    {"venue": (STR, "Name of the venue."), "date": (STR, "Date, YYYY-MM-DD.")},
    ["venue", "date"],
)
SUPPLIES = fn(
    "events.order_supplies",
    "Order party supplies.",
    {"item": (STR, "Item to order."), "quantity": (INT, "How many.")},
    ["item", "quantity"],
)
# ---- shipping
TRACK = fn(
    "shipping.track_parcel",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The tracking number.")},
    ["tracking_number"],
)
QUOTE = fn(
    "shipping.rate_quote",
    "Quote the cost of shipping a package.",
    {
        "weight_kg": (NUM, "Package weight in kilograms."),
        "destination_country": (STR, "Destination country."),
        "service": (STR, "Service level. Default 'standard'.", {"enum": ["standard", "express"]}),
    },
    ["weight_kg", "destination_country"],
)
PICKUP = fn(
    "shipping.schedule_pickup",
    "Schedule a courier pickup.",
    {"address": (STR, "Pickup address."), "date": (STR, "Pickup date.")},
    ["address", "date"],
)
# ---- networking
PING = fn(
    "net.ping",
    "Ping a host to check that it is reachable.",
    {"host": (STR, "Hostname or IP address."), "count": (INT, "Number of packets. Default 4.")},
    ["host"],
)
DNS = fn(
    "net.dns_lookup",
    "Look up the DNS records of a domain.",
    {"domain": (STR, "Domain name."), "record_type": (STR, "Record type. Default 'A'.")},
    ["domain"],
)
PORT_SCAN = fn(
    "net.port_scan",
    "Scan a host for open ports.",
    {"host": (STR, "Hostname or IP address."), "ports": (STR, "Port range, e.g. '1-1024'.")},
    ["host", "ports"],
)
# ---- sport
STANDING = fn(
    "sports.team_standing",
    "Get a team's current position in its league table.",
    {"team": (STR, "Team name.")},
    ["team"],
)
NEXT_GAME = fn(
    "sports.next_game",
    "Get the date and opponent of a team's next game.",
    {"team": (STR, "Team name.")},
    ["team"],
)
PLAYER_STATS = fn(
    "sports.player_stats",
    "Get a player's statistics for a season.",
    {"player": (STR, "Player name."), "season": (STR, "Season, e.g. '2023-24'.")},
    ["player", "season"],
)
LAST_RESULT = fn(
    "sports.last_result",
    "Get the result of a team's most recent match.",
    {"team": (STR, "Team name.")},
    ["team"],
)
LEAGUE_TABLE = fn(
    "sports.league_table",
    "Get the current standings table of a league.",
    {"league": (STR, "League name.")},
    ["league"],
)
# ---- libraries
AVAILABILITY = fn(
    "library.availability",
    "Check which library branches have a book available.",
    {"title": (STR, "Book title."), "branch": (STR, "Branch name. Optional; all branches if omitted.")},
    ["title"],
)
REVIEWS = fn(
    "books.reviews",
    "Get reader reviews of a book.",
    {"title": (STR, "Book title."), "author": (STR, "Author name. Optional.")},
    ["title"],
)
RESERVE = fn(
    "library.reserve",
    "Reserve a book at a library branch.",
    {"isbn": (STR, "ISBN of the book."), "branch": (STR, "Branch name.")},
    ["isbn", "branch"],
)
RENEW = fn(
    "library.renew_loan",
    "Renew a borrowed book.",
    {"title": (STR, "Title of the borrowed book.")},
    ["title"],
)
# ---- maths
FACTORIAL = fn("math.factorial", "Compute the factorial of a number.", {"n": (INT, "The number.")}, ["n"])
IS_PRIME = fn(
    "math.is_prime", "Check whether a number is prime.", {"number": (INT, "The number.")}, ["number"]
)
GCD = fn(
    "math.gcd",
    "Greatest common divisor of two integers.",
    {"a": (INT, "First integer."), "b": (INT, "Second integer.")},
    ["a", "b"],
)
LCM = fn(
    "math.lcm",
    "Least common multiple of two integers.",
    {"a": (INT, "First integer."), "b": (INT, "Second integer.")},
    ["a", "b"],
)
ROUND = fn(
    "math.round",
    "Round a number to a given number of decimal places.",
    {"value": (NUM, "The number."), "decimals": (INT, "Decimal places. Default 0.")},
    ["value"],
)
# ---- music
TOP_TRACKS = fn(
    "music.top_tracks",
    "Get an artist's most popular tracks.",
    {"artist": (STR, "Artist name."), "limit": (INT, "How many tracks. Default 10.")},
    ["artist"],
)
CONCERTS = fn(
    "music.concert_search",
    "Find upcoming concerts of an artist in a city.",
    {"artist": (STR, "Artist name."), "city": (STR, "City name.")},
    ["artist", "city"],
)
LYRICS = fn(
    "music.lyrics",
    "Get the lyrics of a song.",
    {"song": (STR, "Song title."), "artist": (STR, "Artist name.")},
    ["song", "artist"],
)
# ---- chemistry
MOLAR_MASS = fn(
    "chem.molar_mass",
    "Calculate the molar mass of a chemical compound.",
    {"formula": (STR, "Chemical formula, e.g. 'NaCl'.")},
    ["formula"],
)
ELEMENT = fn(
    "chem.element_info",
    "Get facts about a chemical element, such as its atomic number.",
    {"element": (STR, "Element name or symbol.")},
    ["element"],
)
TEMPERATURE = fn(
    "units.convert_temperature",
    "Convert a temperature between units.",
    {
        "value": (NUM, "The temperature."),
        "from_unit": (STR, "Unit to convert from: 'celsius', 'fahrenheit' or 'kelvin'."),
        "to_unit": (STR, "Unit to convert to: 'celsius', 'fahrenheit' or 'kelvin'."),
    },
    ["value", "from_unit", "to_unit"],
)
PH = fn(
    "chem.ph_of_solution",
    "Compute the pH of a solution from its hydrogen ion concentration.",
    {"concentration": (NUM, "Hydrogen ion concentration in mol/L.")},
    ["concentration"],
)
# ---- dining and messaging
RESERVE_TABLE = fn(
    "dining.reserve_table",
    "Book a table at a restaurant.",
    {
        "restaurant": (STR, "Restaurant name."),
        "party_size": (INT, "Number of people."),
        "date": (STR, "Date, YYYY-MM-DD."),
        "time": (STR, "Time, HH:MM."),
    },
    ["restaurant", "party_size", "date", "time"],
)
RESTAURANTS = fn(
    "dining.find_restaurants",
    "Find restaurants near a place.",
    {"location": (STR, "Place or address to search near."), "cuisine": (STR, "Cuisine or diet. Optional.")},
    ["location"],
)
HOTEL_BOOK = fn(
    "travel.book_hotel",
    "Book a hotel room.",
    {
        "hotel": (STR, "Hotel name."),
        "check_in": (STR, "Check-in date."),
        "nights": (INT, "Number of nights."),
    },
    ["hotel", "check_in", "nights"],
)
RIDE = fn(
    "rides.request_taxi",
    "Request a taxi pickup.",
    {"pickup_address": (STR, "Where to pick up."), "time": (STR, "Pickup time, HH:MM. Default now.")},
    ["pickup_address"],
)
SMS = fn(
    "messaging.send_sms",
    "Send a text message to a contact.",
    {"recipient": (STR, "Contact name or phone number."), "message": (STR, "Message text.")},
    ["recipient", "message"],
)
# ---- cooking
NUTRITION = fn(
    "nutrition.calories",
    "Get the calories in a given amount of a food.",
    {"food": (STR, "The food."), "grams": (NUM, "Amount in grams.")},
    ["food", "grams"],
)
RECIPES_BY = fn(
    "cooking.recipes_with",
    "Find recipes that use the given ingredients.",
    {"ingredients": ("array", "Ingredients to use.", {"items": {"type": "string"}})},
    ["ingredients"],
)
SHOPPING = fn(
    "lists.add_to_shopping_list",
    "Add an item to the shopping list.",
    {"item": (STR, "The item."), "quantity": (INT, "How many. Default 1.")},
    ["item"],
)
KITCHEN_CONVERT = fn(
    "cooking.convert_measure",
    "Convert a cooking measure of an ingredient to another unit.",
    {
        "quantity": (NUM, "Amount."),
        "from_unit": (STR, "Unit to convert from."),
        "to_unit": (STR, "Unit to convert to."),
        "ingredient": (STR, "The ingredient."),
    },
    ["quantity", "from_unit", "to_unit", "ingredient"],
)
TIMER = fn(
    "kitchen.set_timer",
    "Start a countdown timer.",
    {"minutes": (INT, "Length of the timer in minutes."), "label": (STR, "Optional label.")},
    ["minutes"],
)
# ---- real estate
MORTGAGE = fn(
    "realestate.mortgage_payment",
    "Calculate the monthly payment of a fixed-rate mortgage.",
    {
        "principal": (NUM, "Loan amount."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Term of the loan in years."),
    },
    ["principal", "annual_rate", "years"],
)
PROPERTY_TAX = fn(
    "realestate.property_tax",
    "Estimate the yearly property tax of a home.",
    {"home_value": (NUM, "Assessed value of the home."), "county": (STR, "County name.")},
    ["home_value", "county"],
)
INSURANCE = fn(
    "realestate.insurance_quote",
    "Get a home insurance quote.",
    {"home_value": (NUM, "Value of the home."), "zip_code": (STR, "ZIP code.")},
    ["home_value", "zip_code"],
)
# ---- cinema
SHOWTIMES = fn(
    "movies.showtimes",
    "List showtimes of a film in a city.",
    {"title": (STR, "Film title."), "city": (STR, "City name."), "date": (STR, "Date. Default today.")},
    ["title", "city"],
)
MOVIE_REVIEWS = fn(
    "movies.critic_reviews",
    "Get critics' reviews of a film.",
    {"title": (STR, "Film title.")},
    ["title"],
)
TRAILER = fn("movies.trailer", "Get the trailer link of a film.", {"title": (STR, "Film title.")}, ["title"])
# ---- calendar
MEETING = fn(
    "calendar.create_event",
    "Create a calendar event with an attendee.",
    {
        "attendee": (STR, "Name of the person invited."),
        "date": (STR, "Date, YYYY-MM-DD."),
        "time": (STR, "Start time, HH:MM."),
        "duration_minutes": (INT, "Length in minutes. Default 60."),
    },
    ["attendee", "date", "time"],
)
# ---- automotive
RECALLS = fn(
    "vehicle.recalls",
    "Look up open safety recalls for a vehicle.",
    {"vin": (STR, "Vehicle identification number.")},
    ["vin"],
)
SERVICE_CENTER = fn(
    "vehicle.find_service_center",
    "Find the nearest authorised service centre.",
    {"zip_code": (STR, "ZIP code."), "radius_miles": (INT, "Search radius in miles. Default 25.")},
    ["zip_code"],
)
CAR_VALUE = fn(
    "vehicle.estimate_value",
    "Estimate the resale value of a vehicle.",
    {"vin": (STR, "Vehicle identification number."), "mileage": (INT, "Odometer reading in miles.")},
    ["vin", "mileage"],
)
# ---- energy
SOLAR = fn(
    "energy.solar_yield",
    "Estimate the yearly output of a solar installation.",
    {"capacity_kw": (NUM, "Installed capacity in kW."), "location": (STR, "City or region.")},
    ["capacity_kw", "location"],
)
TARIFF = fn(
    "energy.electricity_rate",
    "Get the current electricity rate of a utility company.",
    {"utility": (STR, "Utility company name.")},
    ["utility"],
)
# ---- pets
PET_AGE = fn(
    "pets.human_age",
    "Convert a pet's age to human years.",
    {"species": (STR, "'dog' or 'cat'."), "age_years": (NUM, "Pet's age in years.")},
    ["species", "age_years"],
)
VETS = fn(
    "pets.find_vet",
    "Find veterinary clinics in a city.",
    {"city": (STR, "City name."), "open_on": (STR, "Day of the week the clinic must be open. Optional.")},
    ["city"],
)
# ---- astronomy and history
SUN_TIMES = fn(
    "astronomy.sun_times",
    "Get sunrise and sunset times for a place and date.",
    {"location": (STR, "City name."), "date": (STR, "Date, YYYY-MM-DD.")},
    ["location", "date"],
)
MOON = fn(
    "astronomy.moon_phase",
    "Get the phase of the moon on a date.",
    {"date": (STR, "Date, YYYY-MM-DD.")},
    ["date"],
)
EVENT_DATE = fn(
    "history.event_date",
    "Find the date of a historical event.",
    {"event": (STR, "Name of the event.")},
    ["event"],
)
LEADER = fn(
    "history.head_of_government",
    "Find who led a country's government in a given year.",
    {"country": (STR, "Country name."), "year": (INT, "The year.")},
    ["country", "year"],
)
# ---- commerce
ORDER_STATUS = fn(
    "orders.status",
    "Get the status of an order.",
    {"order_id": (STR, "Order number.")},
    ["order_id"],
)
ORDER_CANCEL = fn(
    "orders.cancel",
    "Cancel an order.",
    {"order_id": (STR, "Order number."), "reason": (STR, "Reason for cancelling. Optional.")},
    ["order_id"],
)
ORDER_RETURN = fn(
    "orders.start_return",
    "Start a return for a delivered order.",
    {"order_id": (STR, "Order number.")},
    ["order_id"],
)
INVOICE_PAID = fn(
    "billing.mark_invoice_paid",
    "Mark an invoice as paid.",
    {"invoice_id": (STR, "Invoice identifier.")},
    ["invoice_id"],
)
INVOICE_SEND = fn(
    "billing.send_invoice",
    "Email an invoice to a customer.",
    {"invoice_id": (STR, "Invoice identifier."), "email": (STR, "Recipient email address.")},
    ["invoice_id", "email"],
)
INVOICE_CREATE = fn(
    "billing.create_invoice",
    "Create a new invoice.",
    {"customer": (STR, "Customer name."), "amount": (NUM, "Invoice total.")},
    ["customer", "amount"],
)
# ---- IT operations
RESTART = fn(
    "ops.restart_service",
    "Restart a service on a host.",
    {"host": (STR, "Hostname."), "service": (STR, "Service name.")},
    ["host", "service"],
)
LOG_TAIL = fn(
    "ops.tail_log",
    "Show the last lines of a service's log on a host.",
    {
        "host": (STR, "Hostname."),
        "service": (STR, "Service name."),
        "lines": (INT, "How many lines. Default 20."),
    },
    ["host", "service"],
)
DISK = fn("ops.disk_usage", "Report disk usage on a host.", {"host": (STR, "Hostname.")}, ["host"])

KM = [OMIT, "km", "kilometers", "kilometres"]
QUITO_BOGOTA = ["Quito", "Bogotá", "Bogota"]
"""'How far is X from Y': a distance goes either way, so either city may be the origin."""

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== asks packed in one sentence
    (
        "What's the capital of Peru, how far is Quito from Bogotá, and what time is it in Santiago right now?",
        [FORECAST, CAPITAL, DISTANCE, LOCAL_TIME],
        [
            c("geo.get_capital", country="Peru"),
            c("geo.distance", origin=QUITO_BOGOTA, destination=QUITO_BOGOTA, unit=KM),
            c("time.local_time", city="Santiago"),
        ],
    ),
    (
        "Can you get me the current share price of NVDA, convert 2,500 US dollars to Japanese yen, and pull the "
        "dividend history for KO?",
        [STOCK, CONVERT, DIVIDENDS, NEWS],
        [
            c("finance.stock_price", ticker="NVDA"),
            c(
                "finance.currency_convert",
                amount=2500,
                from_currency=["USD", "US dollars"],
                to_currency=["JPY", "yen"],
            ),
            c("finance.dividend_history", ticker="KO", years=[OMIT, 5]),
        ],
    ),
    (
        "What's the status of order 55812, and please cancel order 55790 because it was a duplicate.",
        [ORDER_STATUS, ORDER_CANCEL, ORDER_RETURN],
        [
            c("orders.status", order_id="55812"),
            c(
                "orders.cancel",
                order_id="55790",
                reason=[OMIT, "duplicate", "it was a duplicate", "a duplicate"],
            ),
        ],
    ),
    (
        "When did the Berlin Wall fall and who headed the government of Germany in 1975?",
        [EVENT_DATE, LEADER, CAPITAL],
        [
            c(
                "history.event_date",
                event=["fall of the Berlin Wall", "Berlin Wall fall", "the Berlin Wall fall"],
            ),
            c("history.head_of_government", country="Germany", year=1975),
        ],
    ),
    # ======== asks in a subordinate clause
    (
        "Before I book anything, check the weather in Lisbon for the next 4 days, and then find me a hotel there "
        "for 3 nights from 2025-06-12.",
        [FLIGHTS, FORECAST, HOTEL],
        [
            c("weather.forecast", city="Lisbon", days=4),
            c("travel.hotel_search", city="Lisbon", check_in="2025-06-12", nights=3, guests=[OMIT, 1]),
        ],
    ),
    (
        "Once you've looked up the latest price of AAPL, convert 1,000 euros into British pounds so I know my "
        "budget.",
        [CONVERT, NEWS, STOCK],
        [
            c("finance.stock_price", ticker="AAPL"),
            c(
                "finance.currency_convert",
                amount=1000,
                from_currency=["EUR", "euros"],
                to_currency=["GBP", "pounds"],
            ),
        ],
    ),
    (
        "After you restart the nginx service on web-3, show me the last 50 lines of its log.",
        [DISK, RESTART, LOG_TAIL],
        [
            c("ops.restart_service", host="web-3", service="nginx"),
            c("ops.tail_log", host="web-3", service="nginx", lines=50),
        ],
    ),
    # ======== asks named by a paraphrase or a verb of the tool's noun
    (
        "Translate 'good morning' into Korean and spell-check the sentence 'I recieve the package tomorow'.",
        [SUMMARIZE, TRANSLATE, SPELLCHECK],
        [
            c("text.translate", text="good morning", target_language="Korean"),
            c("text.spellcheck", text="I recieve the package tomorow", language=[OMIT, "en"]),
        ],
    ),
    (
        "I weigh 82 kg and I'm 1.78 m tall. Work out my body mass index, and estimate how many calories I'd burn "
        "cycling for 45 minutes.",
        [WATER, BMI, CALORIES_BURNED],
        [
            c("health.bmi", weight_kg=82, height_m=1.78),
            c("health.calories_burned", activity="cycling", duration_minutes=45, weight_kg=82),
        ],
    ),
    (
        "I'd love to know what the word 'serendipity' means, plus a few words that mean the same thing.",
        [DEFINE, SYNONYMS, TRANSLATE],
        [
            c("dictionary.define", word="serendipity"),
            c("dictionary.synonyms", word="serendipity", max_results=[OMIT, 3, 5, 10]),
        ],
    ),
    (
        "Where is flight BA117 right now? And is JFK seeing delays at the moment?",
        [FLIGHTS, FLIGHT_STATUS, AIRPORT_DELAYS],
        [c("travel.flight_status", flight_number="BA117"), c("travel.airport_delays", airport_code="JFK")],
    ),
    # ======== asks spread over a story with distractor values
    (
        "My daughter turns 7 next week and we're having 12 kids over. I need a recipe for chocolate cake that "
        "serves 12, and can you check whether the Riverside Pavilion is free on 2025-08-16?",
        [SUPPLIES, RECIPE, VENUE],
        [
            c("cooking.recipe_search", dish=["chocolate cake"], servings=12),
            c("events.venue_availability", venue="Riverside Pavilion", date="2025-08-16"),
        ],
    ),
    (
        "Last year I paid 1,200 dollars to fly to Tokyo in March. This time I'm leaving from SFO on 2025-10-03, "
        "so search flights from SFO to NRT for that day, and tell me what the weather will be like in Tokyo for "
        "the first 7 days.",
        [HOTEL, FLIGHTS, FORECAST],
        [
            c("travel.flight_search", origin="SFO", destination="NRT", date="2025-10-03"),
            c("weather.forecast", city="Tokyo", days=7),
        ],
    ),
    (
        "We're looking at a house listed at $450,000 in Travis County and would put 20% down. What would the "
        "monthly payment be on a $360,000 loan over 30 years at 6.5%, and what's the estimated property tax on "
        "the house?",
        [INSURANCE, MORTGAGE, PROPERTY_TAX],
        [
            c("realestate.mortgage_payment", principal=360000, annual_rate=[6.5, 0.065], years=30),
            c("realestate.property_tax", home_value=450000, county=["Travis County", "Travis"]),
        ],
    ),
    (
        "The panels on my roof total 6.4 kW and cost me 14,000 dollars three years ago. Estimate their yearly "
        "output in Phoenix, and tell me the current electricity rate of APS.",
        [SOLAR, TARIFF, CONVERT],
        [
            c("energy.solar_yield", capacity_kw=6.4, location="Phoenix"),
            c("energy.electricity_rate", utility="APS"),
        ],
    ),
    # ======== a final "Also, …" or "Oh and …" ask
    (
        "Track my parcel 1Z999AA10123456784 please. Also, how much would it cost to ship a 2.5 kg box to Canada?",
        [PICKUP, TRACK, QUOTE],
        [
            c("shipping.track_parcel", tracking_number="1Z999AA10123456784"),
            c("shipping.rate_quote", weight_kg=2.5, destination_country="Canada", service=[OMIT, "standard"]),
        ],
    ),
    (
        "Ping db-02.internal to see if it's up. Oh and look up the DNS records for example.org while you're at it.",
        [PORT_SCAN, PING, DNS],
        [
            c("net.ping", host="db-02.internal", count=[OMIT, 4]),
            c("net.dns_lookup", domain="example.org", record_type=[OMIT, "A"]),
        ],
    ),
    (
        "Reserve the book with ISBN 978-0141439518 at the Central branch. Oh, and renew my loan of The Hobbit too.",
        [AVAILABILITY, RESERVE, RENEW],
        [
            c(
                "library.reserve",
                isbn=["978-0141439518", "9780141439518"],
                branch=["Central", "Central branch"],
            ),
            c("library.renew_loan", title="The Hobbit"),
        ],
    ),
    # ======== an ask whose value is shared with the one before
    (
        "For Kyoto, get the 5-day forecast and the top museums.",
        [HOTEL, FORECAST, ATTRACTIONS],
        [
            c("weather.forecast", city="Kyoto", days=5),
            c("travel.top_attractions", city="Kyoto", category=["museums", "museum"], limit=[OMIT, 5]),
        ],
    ),
    (
        "For the Boston Celtics, I want their current position in the league and the date of their next game.",
        [PLAYER_STATS, STANDING, NEXT_GAME],
        [c("sports.team_standing", team="Boston Celtics"), c("sports.next_game", team="Boston Celtics")],
    ),
    (
        "About the novel Beloved by Toni Morrison: find which branches have it available and show me what "
        "readers thought of it.",
        [RESERVE, AVAILABILITY, REVIEWS],
        [
            c("library.availability", title="Beloved"),
            c("books.reviews", title="Beloved", author=[OMIT, "Toni Morrison"]),
        ],
    ),
    (
        "My car's VIN is 1HGCM82633A004352. Check it for open recalls, and find the nearest service center to ZIP "
        "94107.",
        [CAR_VALUE, RECALLS, SERVICE_CENTER],
        [
            c("vehicle.recalls", vin="1HGCM82633A004352"),
            c("vehicle.find_service_center", zip_code="94107", radius_miles=[OMIT, 25]),
        ],
    ),
    # ======== the same tool for two asks with different values, plus another tool
    (
        "What's the forecast for Oslo and for Bergen over the next 3 days, and what's the exchange rate from NOK "
        "to EUR?",
        [FORECAST, FX_RATE, CONVERT],
        [
            c("weather.forecast", city="Oslo", days=[3, OMIT]),
            c("weather.forecast", city="Bergen", days=[3, OMIT]),
            c("finance.exchange_rate", base="NOK", quote="EUR"),
        ],
    ),
    (
        "Compute the factorial of 8 and of 12, and check whether 97 is prime.",
        [GCD, FACTORIAL, IS_PRIME],
        [c("math.factorial", n=8), c("math.factorial", n=12), c("math.is_prime", number=97)],
    ),
    (
        "Get the top tracks of Adele and of Coldplay, then find Coldplay concerts in Madrid.",
        [LYRICS, TOP_TRACKS, CONCERTS],
        [
            c("music.top_tracks", artist="Adele", limit=[OMIT, 10]),
            c("music.top_tracks", artist="Coldplay", limit=[OMIT, 10]),
            c("music.concert_search", artist="Coldplay", city="Madrid"),
        ],
    ),
    (
        "Check the air quality in Delhi, Beijing and Lahore, and give me a 2-day forecast for Delhi.",
        [AIR, FORECAST, LOCAL_TIME],
        [
            c("weather.air_quality", city="Delhi"),
            c("weather.air_quality", city="Beijing"),
            c("weather.air_quality", city="Lahore"),
            c("weather.forecast", city="Delhi", days=2),
        ],
    ),
    (
        "Convert 100 USD to EUR and 250 USD to GBP, then get the share price of MSFT.",
        [STOCK, CONVERT, DIVIDENDS],
        [
            c("finance.currency_convert", amount=100, from_currency="USD", to_currency="EUR"),
            c("finance.currency_convert", amount=250, from_currency="USD", to_currency="GBP"),
            c("finance.stock_price", ticker="MSFT"),
        ],
    ),
    (
        "Look up the local time in Sydney, Auckland and Honolulu, and tell me how far Sydney is from Auckland.",
        [LOCAL_TIME, DISTANCE, CAPITAL],
        [
            c("time.local_time", city="Sydney"),
            c("time.local_time", city="Auckland"),
            c("time.local_time", city="Honolulu"),
            c("geo.distance", origin=["Sydney", "Auckland"], destination=["Sydney", "Auckland"], unit=KM),
        ],
    ),
    # ======== enumerations
    (
        "Three things for my lab report. First, the molar mass of H2SO4. Second, the atomic number of sodium. "
        "Third, convert 300 kelvin to Celsius.",
        [PH, MOLAR_MASS, ELEMENT, TEMPERATURE],
        [
            c("chem.molar_mass", formula="H2SO4"),
            c("chem.element_info", element=["sodium", "Na"]),
            c("units.convert_temperature", value=300, from_unit="kelvin", to_unit="celsius"),
        ],
    ),
    (
        "1) Book a table for 4 at Nopa on 2025-03-14 at 19:30. 2) Get a taxi to pick us up at 500 Market St at "
        "19:00. 3) Text Maria that we're running late.",
        [RESTAURANTS, RESERVE_TABLE, RIDE, SMS],
        [
            c("dining.reserve_table", restaurant="Nopa", party_size=4, date="2025-03-14", time="19:30"),
            c("rides.request_taxi", pickup_address=["500 Market St", "500 Market Street"], time="19:00"),
            c("messaging.send_sms", recipient="Maria", message=["we're running late", "we are running late"]),
        ],
    ),
    (
        "Two quick jobs: first, what is the GCD of 84 and 126; second, what's the least common multiple of 4 "
        "and 10?",
        [ROUND, GCD, LCM],
        [c("math.gcd", a=84, b=126), c("math.lcm", a=4, b=10)],
    ),
    # ======== questions followed by a command
    (
        "How many calories are in 150 grams of salmon? What can I cook with salmon and dill? Add salmon to my "
        "shopping list.",
        [RECIPES_BY, NUTRITION, SHOPPING],
        [
            c("nutrition.calories", food="salmon", grams=150),
            c("cooking.recipes_with", ingredients=[["salmon", "dill"]]),
            c("lists.add_to_shopping_list", item="salmon", quantity=[OMIT, 1]),
        ],
    ),
    (
        "Is Dune: Part Two still playing in Austin? Show me its showtimes there, and pull up what the critics "
        "said about it.",
        [TRAILER, SHOWTIMES, MOVIE_REVIEWS],
        [
            c("movies.showtimes", title="Dune: Part Two", city="Austin", date=[OMIT, "today"]),
            c("movies.critic_reviews", title="Dune: Part Two"),
        ],
    ),
    (
        "How old is my 9-year-old dog in human years? Then find me a vet in Denver that's open on Sunday.",
        [VETS, PET_AGE, WATER],
        [
            c("pets.human_age", species="dog", age_years=9),
            c("pets.find_vet", city="Denver", open_on=["Sunday"]),
        ],
    ),
    # ======== asks in an order different from the tools'
    (
        "Send invoice INV-2041 to billing@acme.com, but first mark it as paid.",
        [INVOICE_CREATE, INVOICE_SEND, INVOICE_PAID],
        [
            c("billing.mark_invoice_paid", invoice_id="INV-2041"),
            c("billing.send_invoice", invoice_id="INV-2041", email="billing@acme.com"),
        ],
    ),
    (
        "What's the moon phase on 2025-12-21, and when does the sun set in Reykjavik that day?",
        [SUN_TIMES, MOON, EVENT_DATE],
        [
            c("astronomy.moon_phase", date="2025-12-21"),
            c("astronomy.sun_times", location="Reykjavik", date="2025-12-21"),
        ],
    ),
    (
        "Set a 25-minute timer, and convert 2 cups of flour to grams.",
        [KITCHEN_CONVERT, TIMER, SHOPPING],
        [
            c("kitchen.set_timer", minutes=25, label=[OMIT, "flour"]),
            c(
                "cooking.convert_measure",
                quantity=2,
                from_unit=["cups", "cup"],
                to_unit=["grams", "g"],
                ingredient="flour",
            ),
        ],
    ),
    (
        "Who sits on top of the Premier League right now, and how did Arsenal do in their last match?",
        [LAST_RESULT, NEXT_GAME, LEAGUE_TABLE],
        [c("sports.league_table", league="Premier League"), c("sports.last_result", team="Arsenal")],
    ),
    (
        "Schedule a 30-minute meeting with Priya on 2025-04-02 at 10:00, and text her that the agenda is in the "
        "invite.",
        [SMS, MEETING, RIDE],
        [
            c(
                "calendar.create_event",
                attendee="Priya",
                date="2025-04-02",
                time="10:00",
                duration_minutes=30,
            ),
            c(
                "messaging.send_sms",
                recipient="Priya",
                message=["the agenda is in the invite", "agenda is in the invite"],
            ),
        ],
    ),
    # ======== fresh wording: a question word contracted with "is" opens an ask of its own
    (
        "Get the factorial of 6, and what's the GCD of 48 and 180?",
        [LCM, FACTORIAL, GCD],
        [c("math.factorial", n=6), c("math.gcd", a=48, b=180)],
    ),
    (
        "Quote me express shipping for a 4 kg parcel to Japan, and where's my parcel JJD0099887766 right now?",
        [TRACK, PICKUP, QUOTE],
        [
            c("shipping.rate_quote", weight_kg=4, destination_country="Japan", service="express"),
            c("shipping.track_parcel", tracking_number="JJD0099887766"),
        ],
    ),
    (
        "Look up the air quality in Seoul, and what's the 3-day forecast for Busan?",
        [LOCAL_TIME, FORECAST, AIR],
        [c("weather.air_quality", city="Seoul"), c("weather.forecast", city="Busan", days=3)],
    ),
    # ======== fresh wording: an interjection opening a sentence ("Oh, and …", "Ah, …") is no value
    (
        "Pull up the Bundesliga table. Oh, and how did Bayern Munich get on in their last match?",
        [NEXT_GAME, LEAGUE_TABLE, LAST_RESULT],
        [c("sports.league_table", league="Bundesliga"), c("sports.last_result", team="Bayern Munich")],
    ),
    (
        "Find a vet in Leeds that is open on Saturday. Ah, and how old is my 7-year-old cat in human years?",
        [PET_AGE, VETS, WATER],
        [
            c("pets.find_vet", city="Leeds", open_on="Saturday"),
            c("pets.human_age", species="cat", age_years=7),
        ],
    ),
    (
        "Find tonight's showtimes for Barbie in Denver. Ah, and get me the trailer for Oppenheimer as well.",
        [MOVIE_REVIEWS, SHOWTIMES, TRAILER],
        [
            c("movies.showtimes", title="Barbie", city="Denver", date=[OMIT, "today", "tonight"]),
            c("movies.trailer", title="Oppenheimer"),
        ],
    ),
    (
        "Get the lyrics of Yellow by Coldplay. Oops, I nearly forgot: find Adele concerts in Lisbon too.",
        [TOP_TRACKS, LYRICS, CONCERTS],
        [
            c("music.lyrics", song="Yellow", artist="Coldplay"),
            c("music.concert_search", artist="Adele", city="Lisbon"),
        ],
    ),
    # ======== fresh wording: a time clause whose subject is "you" asks an act of its own
    (
        "When you have checked the forecast for Rome, book a table for 2 at Roscioli on 2025-05-10 at 20:00.",
        [RESTAURANTS, FORECAST, RESERVE_TABLE],
        [
            c("weather.forecast", city="Rome", days=[OMIT, 3]),
            c("dining.reserve_table", restaurant="Roscioli", party_size=2, date="2025-05-10", time="20:00"),
        ],
    ),
    (
        "After you work out the factorial of 9, check whether 221 is prime.",
        [GCD, IS_PRIME, FACTORIAL],
        [c("math.factorial", n=9), c("math.is_prime", number=221)],
    ),
    (
        "Before you email invoice INV-77 to ap@globex.com, mark it as paid.",
        [INVOICE_PAID, INVOICE_CREATE, INVOICE_SEND],
        [
            c("billing.mark_invoice_paid", invoice_id="INV-77"),
            c("billing.send_invoice", invoice_id="INV-77", email="ap@globex.com"),
        ],
    ),
    # ======== fresh wording: "what X means" (told, not asked) and "words that mean the same"
    (
        "Can you tell me what tachycardia means, and find a cardiology specialist in Boston?",
        [MED_TERM, SPECIALIST, VETS],
        [
            c("medical.define_term", term="tachycardia"),
            c("doctors.find_specialist", specialty=["cardiologist", "cardiology"], city="Boston"),
        ],
    ),
    (
        "I wonder what amortization means. Also get me the share price of IBM.",
        [FIN_TERM, STOCK, NEWS],
        [c("finance.glossary", term="amortization"), c("finance.stock_price", ticker="IBM")],
    ),
    (
        "Give me some words that mean the same as 'happy', and translate 'happy' into Spanish.",
        [DEFINE, SYNONYMS, TRANSLATE],
        [
            c("dictionary.synonyms", word="happy", max_results=[OMIT, 10]),
            c("text.translate", text="happy", target_language="Spanish"),
        ],
    ),
    # ======== fresh wording: "and can/could/would you …" opens an ask of its own
    (
        "Find me a hotel in Oslo for 2 nights from 2025-02-01, and could you also tell me the weather there "
        "for the next 3 days?",
        [FORECAST, HOTEL, FLIGHTS],
        [
            c("travel.hotel_search", city="Oslo", check_in="2025-02-01", nights=2, guests=[OMIT, 1]),
            c("weather.forecast", city="Oslo", days=3),
        ],
    ),
    (
        "Convert 300 kelvin to Fahrenheit and would you give me the molar mass of NaCl as well?",
        [MOLAR_MASS, TEMPERATURE, PH],
        [
            c("units.convert_temperature", value=300, from_unit="kelvin", to_unit="fahrenheit"),
            c("chem.molar_mass", formula="NaCl"),
        ],
    ),
    (
        "Track parcel 1Z777AB9 for me and can you schedule a courier pickup at 12 Elm Street on 2025-07-01?",
        [QUOTE, TRACK, PICKUP],
        [
            c("shipping.track_parcel", tracking_number="1Z777AB9"),
            c("shipping.schedule_pickup", address="12 Elm Street", date="2025-07-01"),
        ],
    ),
    # ======== fresh wording: a hyphenated verb before its object opens an ask ("and double-check the …")
    (
        "Pull the dividend history of KO for 3 years and double-check the share price of PEP.",
        [NEWS, STOCK, DIVIDENDS],
        [c("finance.dividend_history", ticker="KO", years=3), c("finance.stock_price", ticker="PEP")],
    ),
    (
        "Show the last 100 lines of the postgres log on db-1 and re-check disk usage on db-2.",
        [RESTART, DISK, LOG_TAIL],
        [
            c("ops.tail_log", host="db-1", service="postgres", lines=100),
            c("ops.disk_usage", host="db-2"),
        ],
    ),
    (
        "Give me words that mean the same as 'cheap' for our ad copy; the slogan is for a budget airline.",
        [SYNONYMS, DEFINE, SUMMARIZE],
        [c("dictionary.synonyms", word="cheap", max_results=[OMIT, 10])],
    ),
    # ======== guards: background mentions and chit-chat add no call
    (
        "I've already booked the hotel in Rome, so just find me a vegetarian restaurant near the Pantheon.",
        [HOTEL_BOOK, RESTAURANTS, FORECAST],
        [c("dining.find_restaurants", location="Pantheon", cuisine=["vegetarian"])],
    ),
    (
        "I already worked out the factorial of 10 by hand; is 1013 prime?",
        [FACTORIAL, IS_PRIME, GCD],
        [c("math.is_prime", number=1013)],
    ),
    (
        "We already have the Bundesliga table from this morning. How did Dortmund do in their last match?",
        [LEAGUE_TABLE, LAST_RESULT, NEXT_GAME],
        [c("sports.last_result", team="Dortmund")],
    ),
    (
        "My colleague already tracked parcel 1Z55501 yesterday. Quote the cost of shipping a 3 kg box to Mexico.",
        [TRACK, QUOTE, PICKUP],
        [c("shipping.rate_quote", weight_kg=3, destination_country="Mexico", service=[OMIT, "standard"])],
    ),
    (
        "We've already marked invoice INV-9 as paid, so just send invoice INV-12 to ops@acme.com.",
        [INVOICE_PAID, INVOICE_SEND, INVOICE_CREATE],
        [c("billing.send_invoice", invoice_id="INV-12", email="ops@acme.com")],
    ),
    (
        "I checked the air quality in Delhi yesterday, so now get me the 2-day forecast for Mumbai.",
        [AIR, FORECAST, LOCAL_TIME],
        [c("weather.forecast", city="Mumbai", days=2)],
    ),
    (
        "Thanks so much for yesterday's help with the flights, you were great! Today I only need the current "
        "weather in Dublin.",
        [FLIGHTS, CURRENT_WEATHER, FORECAST],
        [c("weather.current", city="Dublin")],
    ),
    (
        "I don't need any currency conversion this time, just tell me the share price of TSLA.",
        [CONVERT, STOCK, NEWS],
        [c("finance.stock_price", ticker="TSLA")],
    ),
    (
        "I already know the capital of Australia is Canberra; what time is it there now?",
        [CAPITAL, LOCAL_TIME, DISTANCE],
        [c("time.local_time", city="Canberra")],
    ),
    (
        "Hi! Hope your day is going well. Could you convert 50 euros to dollars for me?",
        [STOCK, CONVERT, FX_RATE],
        [
            c(
                "finance.currency_convert",
                amount=50,
                from_currency=["EUR", "euros"],
                to_currency=["USD", "dollars"],
            )
        ],
    ),
    (
        "My sister already checked the forecast for Nice, so just list the top beaches there.",
        [FORECAST, ATTRACTIONS, HOTEL],
        [c("travel.top_attractions", city="Nice", category=["beaches", "beach"], limit=[OMIT, 5])],
    ),
]

GAPS: dict[str, str] = {
    "When did the Berlin Wall fall": "the event is cut to its noun: 'Berlin Wall', not its fall",
    "I weigh 82 kg": "the second ask makes no call: 'cycling' is not read as the activity (its example is "
    "'running')",
    "Last year I paid 1,200": "the story's past trip ('Last year … fly to Tokyo') makes a flight search of its own",
    "We're looking at a house": "', and what's …' opens no ask (read as 'what is', it does, but costs a BFCL "
    "case): the mortgage ask makes no call; '20%' makes a second property tax call",
    "Reserve the book with ISBN": "the hyphenated ISBN is cut to '978'",
    "Is Dune: Part Two": "a title with a colon is cut to 'Dune'",
    "How old is my 9-year-old dog": "the optional day 'open on Sunday' is left out",
    "Set a 25-minute timer": "the target unit 'grams' is read as the ingredient",
    "Who sits on top of the Premier League": "the league-table ask, named by a paraphrase, makes no call",
    "Schedule a 30-minute meeting": "the meeting ask makes no call for the event-creating tool",
    "I've already booked the hotel in Rome": "the background city and the landmark make two calls; the diet is lost",
    "My sister already checked the forecast": "the category 'beaches' is left out",
    "Find a vet in Leeds that is open": "the optional day 'open on Saturday' is left out",
    "We've already marked invoice INV-9 as paid, so": "the premise's invoice before ', so' makes a call of its "
    "own",
    "I checked the air quality in Delhi yesterday, so": "the premise's city before ', so' is the forecast's",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_each_ask_gets_its_own_call(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 40
