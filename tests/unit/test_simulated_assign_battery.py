"""A battery for which parameter each value goes to: the values are plain, their places are the test.

Written for this round before reading the benchmark's failures, in domains of its own (cooking, logistics,
sports, astronomy, HR, gardening, music, law, finance, medicine), from how people phrase such asks. Each row
is a request, its one tool in the JSON-schema style of function-calling benchmarks, and the call a careful
small model makes. The tools list their parameters in another order than the request names the values,
and most have two parameters of one type, so a value must go by the words next to it (its unit, the role
word before it: "from", "to", "by", "for", "in", "at") and by what the parameter's name and description
say it holds — the order is only the last resort — and an optional parameter takes no value the request
gave for a required one.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls, num, text, tool

INVESTMENT = tool(
    "future_value",
    "Compute the future value of an investment with compound interest.",
    {
        "years": num("Number of years the money is invested.", "integer"),
        "annual_rate": num("Annual interest rate in percent."),
        "initial_amount": num("Initial amount invested in dollars."),
    },
)
ROUTE = tool(
    "freight_route_cost",
    "Estimate the cost of shipping freight by truck between two cities.",
    {
        "destination": text("City the freight is delivered to."),
        "origin": text("City the freight is picked up in."),
        "weight_kg": num("Weight of the freight in kilograms."),
    },
)
BAKE = tool(
    "oven_program",
    "Set an oven program.",
    {
        "duration_minutes": num("How long to bake, in minutes.", "integer"),
        "temperature_c": num("Oven temperature in degrees Celsius.", "integer"),
    },
)
TABLE = tool(
    "reserve_table",
    "Reserve a table at a restaurant.",
    {
        "party_size": num("Number of diners.", "integer"),
        "city": text("City the restaurant is in."),
        "restaurant_name": text("Name of the restaurant."),
    },
)
BOOKS = tool(
    "find_books",
    "Find books by an author on a subject.",
    {
        "subject": text("Subject of the books, e.g. 'slavery'."),
        "author": text("Author's full name."),
    },
    ["subject"],
)
SCORERS = tool(
    "top_scorers",
    "List the top goal scorers of a football league in a season.",
    {
        "limit": num("How many players to list.", "integer"),
        "season": num("Season's starting year, e.g. 2019.", "integer"),
        "league": text("Name of the league."),
    },
    ["league", "season"],
)
GAP = tool(
    "planet_distance",
    "Distance between two planets at a date.",
    {
        "planet_b": text("Second planet."),
        "planet_a": text("First planet."),
        "date": text("Date in YYYY-MM-DD format."),
    },
    ["planet_a", "planet_b"],
)
RAISE = tool(
    "hr_apply_raise",
    "Apply a salary raise to an employee.",
    {
        "effective_date": text("Date the raise takes effect, YYYY-MM-DD."),
        "percent": num("Raise in percent."),
        "employee_id": text("The employee's ID, e.g. E1001."),
    },
)
TRANSPOSE = tool(
    "transpose_song",
    "Transpose a song from one key to another.",
    {
        "to_key": text("The key to transpose into, e.g. 'G major'."),
        "from_key": text("The key the song is written in."),
        "song": text("Title of the song."),
    },
)
SCALE = tool(
    "scale_recipe",
    "Scale a recipe's quantities to another number of servings.",
    {
        "new_servings": num("Number of servings wanted.", "integer"),
        "original_servings": num("Number of servings the recipe makes.", "integer"),
        "recipe": text("Name of the recipe."),
    },
)
PACE = tool(
    "running_pace",
    "Compute a runner's pace.",
    {
        "time_minutes": num("Time taken in minutes."),
        "distance_km": num("Distance run in kilometers."),
    },
)
ESCAPE = tool(
    "escape_velocity",
    "Escape velocity from the surface of a body.",
    {
        "radius_m": num("Radius of the body in meters."),
        "mass_kg": num("Mass of the body in kilograms."),
    },
)
HOTEL = tool(
    "hotel_search",
    "Search hotels in a city.",
    {
        "guests": num("Number of guests.", "integer"),
        "nights": num("Number of nights to stay.", "integer"),
        "city": text("City to search in."),
        "check_in": text("Check-in date, YYYY-MM-DD."),
    },
    ["city", "check_in", "nights"],
)
POPULATION = tool(
    "country_population",
    "Population of a country in a given year.",
    {"year": num("The year.", "integer"), "country": text("Name of the country.")},
)
FLIGHTS = tool(
    "search_flights",
    "Search return flights.",
    {
        "return_date": text("Date of the return flight, YYYY-MM-DD."),
        "departure_date": text("Date of the outbound flight, YYYY-MM-DD."),
        "to_city": text("Arrival city."),
        "from_city": text("Departure city."),
    },
)
BMR = tool(
    "basal_metabolic_rate",
    "Basal metabolic rate of a person.",
    {
        "weight_kg": num("Body weight in kilograms."),
        "height_cm": num("Height in centimeters."),
        "age": num("Age in years.", "integer"),
    },
)
BURN = tool(
    "calories_burned",
    "Calories a person burns doing an activity.",
    {
        "duration_minutes": num("Duration of the activity in minutes.", "integer"),
        "weight_kg": num("The person's weight in kilograms."),
        "activity": text("The activity, e.g. cycling."),
    },
)
PLAY = tool(
    "play_song",
    "Play a song on a streaming service.",
    {
        "volume": num("Playback volume from 0 to 100.", "integer"),
        "artist": text("Performing artist."),
        "song": text("Title of the song."),
    },
    ["song"],
)
TRANSLATE = tool(
    "translate_text",
    "Translate text between languages.",
    {
        "target_language": text("Language to translate into."),
        "source_language": text("Language of the text."),
        "text": text("The text to translate."),
    },
)
TRANSFER = tool(
    "bank_transfer",
    "Transfer money to a person.",
    {
        "recipient": text("Name of the person receiving the money."),
        "amount": num("Amount in euros."),
        "from_account": text("The account to take the money from, e.g. 'checking'."),
    },
    ["recipient", "amount"],
)
FINE = tool(
    "traffic_fine",
    "Look up the fine for a traffic offence in a US state.",
    {
        "speed_over_limit": num("How many mph over the limit the driver was."),
        "state": text("US state."),
        "offence": text("The offence, e.g. speeding."),
    },
    ["offence", "state"],
)
WATERING = tool(
    "watering_schedule",
    "Create a watering schedule for a plant.",
    {
        "liters": num("Water per session in liters."),
        "interval_days": num("Days between two waterings.", "integer"),
        "plant": text("The plant to water."),
    },
)
DOSE = tool(
    "weight_based_dose",
    "Compute a medication dose from a patient's weight.",
    {
        "dose_mg_per_kg": num("Dose in milligrams per kilogram of body weight."),
        "weight_kg": num("Patient weight in kilograms."),
        "drug": text("Name of the drug."),
    },
)
COMMUTE = tool(
    "commute_time",
    "Travel time between home and work.",
    {
        "work_address": text("Address of the workplace."),
        "home_address": text("Address of the home."),
        "mode": text("Mode of transport, e.g. bike, car, bus."),
    },
    ["home_address", "work_address"],
)
CAMPSITE = tool(
    "campsite_search",
    "Find campsites around a place.",
    {
        "min_rating": num("Lowest average review score, 1-5."),
        "near": text("Town or landmark to search around."),
    },
    ["near"],
)
PARKING = tool(
    "parking_finder",
    "Find a parking garage with free spaces.",
    {"vehicle": text("Kind of vehicle, e.g. van."), "location": text("Where to park.")},
    ["location"],
)
VENUE = tool(
    "venue_hours",
    "Opening hours of a venue.",
    {"town": text("Town the venue is in."), "venue_name": text("Name of the venue.")},
)
RESIZE = tool(
    "resize_image",
    "Resize an image, keeping its aspect ratio.",
    {
        "new_width": num("Width wanted, in pixels.", "integer"),
        "original_width": num("Width of the image now, in pixels.", "integer"),
    },
)
THERMOSTAT = tool(
    "thermostat_ramp",
    "Plan a gradual change of a room's temperature.",
    {
        "target_temp": num("Temperature to reach, in degrees Celsius."),
        "current_temp": num("Temperature of the room now, in degrees Celsius."),
        "minutes": num("Time the change may take, in minutes.", "integer"),
    },
)
IRRIGATION = tool(
    "irrigation_plan",
    "Plan the irrigation of a garden.",
    {
        "interval_days": num("The number of days between waterings.", "integer"),
        "start_hour": num("The hour of the day the watering starts.", "integer"),
    },
)
GIG = tool(
    "gig_plan",
    "Plan a band's evening gig.",
    {
        "break_minutes": num("The number of minutes between sets.", "integer"),
        "set_count": num("How many sets the band plays.", "integer"),
    },
)
TABLE_LOAD = tool(
    "load_table",
    "Load a table from a database.",
    {"table": text("Name of the table."), "database": text("Name of the database.")},
)
NETWORK = tool(
    "train_network",
    "Train a neural network.",
    {"data": text("Name of the training data."), "layers": num("Number of hidden layers.", "integer")},
)
PENALTY = tool(
    "penalty_probability",
    "Probability of a penalty shoot-out result.",
    {
        "attempts": num("Number of attempts.", "integer"),
        "successes": num("Number of successes.", "integer"),
    },
)
SEEDS = tool(
    "germination_probability",
    "Probability that seeds germinate.",
    {"total": num("Total count.", "integer"), "hits": num("Count of positive outcomes.", "integer")},
)
COIN = tool(
    "coin_flip_probability",
    "Probability of a coin flip result.",
    {"trials": num("Number of trials.", "integer"), "successes": num("Number of successes.", "integer")},
)
CINEMA = tool(
    "cinema_listings",
    "List films showing at cinemas.",
    {"cinema_name": text("Name of a cinema to restrict to."), "city": text("City to search.")},
    ["city"],
)
COURTS = tool(
    "tennis_court_availability",
    "Check free tennis courts.",
    {"court_name": text("Name of the court complex."), "town": text("The town.")},
    ["town"],
)
HIRES = tool(
    "hr_recent_hires",
    "List employees hired in a year.",
    {
        "year": num("Year of hiring.", "integer"),
        "limit": num("Maximum number of records returned.", "integer"),
    },
    ["year"],
)
TELESCOPES = tool(
    "telescope_ranking",
    "Rank telescopes for amateur astronomers within a budget.",
    {"budget": num("Maximum price in dollars."), "top_n": num("How many results to show.", "integer")},
    ["budget"],
)
LEASE = tool(
    "lease_terms",
    "Draft the terms of a residential lease.",
    {
        "deposit": num("Security deposit in dollars."),
        "monthly_rent": num("Monthly rent in dollars."),
        "months": num("Length of the lease in months.", "integer"),
    },
)

ROWS = [
    # a number goes by its unit or currency and the word next to it, not by the schema's order
    (
        "What will $10,000 be worth after 15 years at 7% a year?",
        INVESTMENT,
        {"years": 15, "annual_rate": 7, "initial_amount": 10000},
    ),
    (
        "Bake at 180 degrees Celsius for 45 minutes.",
        BAKE,
        {"duration_minutes": 45, "temperature_c": 180},
    ),
    (
        "What's the pace if I ran 10 km in 52 minutes?",
        PACE,
        {"time_minutes": 52, "distance_km": 10},
    ),
    (
        "Escape velocity for a moon of mass 7.3e22 kg and radius 1737000 m?",
        ESCAPE,
        {"radius_m": 1737000, "mass_kg": 7.3e22},
    ),
    (
        "Estimate my basal metabolic rate: I am 34, 178 cm tall and weigh 72 kg.",
        BMR,
        {"weight_kg": 72, "height_cm": 178, "age": 34},
    ),
    (
        "How many calories does a 65 kg person burn cycling for 40 minutes?",
        BURN,
        {"duration_minutes": 40, "weight_kg": 65, "activity": "cycling"},
    ),
    (
        "Draft a 12 month lease with a monthly rent of $1,800 and a deposit of $3,600.",
        LEASE,
        {"deposit": 3600, "monthly_rent": 1800, "months": 12},
    ),
    (
        "Dose of amoxicillin at 25 mg/kg for a child weighing 18 kg?",
        DOSE,
        {"dose_mg_per_kg": 25, "weight_kg": 18, "drug": "amoxicillin"},
    ),
    (
        "Water my tomatoes with 2 liters every 3 days.",
        WATERING,
        {"liters": 2, "interval_days": 3, "plant": "tomatoes"},
    ),
    # two numbers of one unit go by their role words ("from 4 to 10", "for 2 guests")
    (
        "Scale my lasagna recipe from 4 servings to 10 servings.",
        SCALE,
        {"new_servings": 10, "original_servings": 4, "recipe": "lasagna"},
    ),
    (
        "Find a hotel in Porto for 2 guests, checking in 2025-06-01 for 3 nights.",
        HOTEL,
        {"guests": 2, "nights": 3, "city": "Porto", "check_in": "2025-06-01"},
    ),
    (
        "Show the top 5 scorers of the Bundesliga in the 2019 season.",
        SCORERS,
        {"limit": 5, "season": 2019, "league": "Bundesliga"},
    ),
    ("What was the population of Kenya in 2010?", POPULATION, {"year": 2010, "country": "Kenya"}),
    # two strings of one kind go by "from"/"to"/"into"/"between … and", whichever order the schema has
    (
        "How much does it cost to truck 800 kg of freight from Lyon to Milan?",
        ROUTE,
        {"destination": "Milan", "origin": "Lyon", "weight_kg": 800},
    ),
    (
        "Transpose Yesterday from F major to G major.",
        TRANSPOSE,
        {"to_key": "G major", "from_key": "F major", "song": "Yesterday"},
    ),
    (
        "Translate 'where is the station' from English into Portuguese.",
        TRANSLATE,
        {"target_language": "Portuguese", "source_language": "English", "text": "where is the station"},
    ),
    (
        "Flights from Dublin to Lisbon leaving 2025-09-04 and coming back 2025-09-11.",
        FLIGHTS,
        {
            "return_date": "2025-09-11",
            "departure_date": "2025-09-04",
            "to_city": "Lisbon",
            "from_city": "Dublin",
        },
    ),
    (
        "How far apart are Mars and Jupiter on 2026-01-01?",
        GAP,
        {"planet_b": "Jupiter", "planet_a": "Mars", "date": "2026-01-01"},
    ),
    (
        "How long is my commute by bike from 12 Elm Street to 400 Market Street?",
        COMMUTE,
        {"work_address": "400 Market Street", "home_address": "12 Elm Street", "mode": "bike"},
    ),
    # a name and a place: the place after "in", the name the noun before it labels
    (
        "Reserve a table for 4 at Casa Lucia in Seville.",
        TABLE,
        {"party_size": 4, "city": "Seville", "restaurant_name": "Casa Lucia"},
    ),
    (
        "Give employee E2043 a 4.5% raise effective 2025-01-01.",
        RAISE,
        {"effective_date": "2025-01-01", "percent": 4.5, "employee_id": "E2043"},
    ),
    # a thing "in" a name is located there: the name, quoted or not, is the place, not the thing's name
    ("List what is on at the cinemas in 'Leeds' tonight.", CINEMA, {"city": "Leeds"}),
    ("Are there any tennis courts free in 'Bristol'?", COURTS, {"town": "Bristol"}),
    ("Are there any tennis courts free in Bristol?", COURTS, {"town": "Bristol"}),
    # "at" names a venue, "in" the town around it; "close to"/"next to" a place
    ("Opening hours at Kew Gardens in Richmond?", VENUE, {"town": "Richmond", "venue_name": "Kew Gardens"}),
    (
        "Find campsites closest to Moab with at least a 4 star rating.",
        CAMPSITE,
        {"min_rating": 4, "near": "Moab"},
    ),
    (
        "Where can I park a van close to Union Station?",
        PARKING,
        {"vehicle": "van", "location": "Union Station"},
    ),
    # two values of one kind: the first to the parameter for the first end of the change, unless words say
    (
        "Resize my banner from 1200 pixels to 800 pixels.",
        RESIZE,
        {"new_width": 800, "original_width": 1200},
    ),
    (
        "Warm the room from 17 to 21 degrees Celsius over 30 minutes.",
        THERMOSTAT,
        {"target_temp": 21, "current_temp": 17, "minutes": 30},
    ),
    # the words before "to"/"equal to" say the parameter's description again: that is its value, not a
    # count the request gave earlier for something else
    (
        "Plan the irrigation of our garden, which has 40 beds and 6 hoses: set the number of days between "
        "waterings to 3 and the hour of the day the watering starts to 6.",
        IRRIGATION,
        {"interval_days": 3, "start_hour": 6},
    ),
    (
        "The band knows 40 songs and has 5 members, so plan 3 sets with the number of minutes between "
        "sets equal to 15.",
        GIG,
        {"break_minutes": 15, "set_count": 3},
    ),
    # a part and its whole ("3 goals in 5 kicks", "6 out of 10"): the whole to the count named for one
    (
        "What's the probability of scoring 3 goals in 5 penalty kicks?",
        PENALTY,
        {"attempts": 5, "successes": 3},
    ),
    ("What is the probability that 6 seeds sprout out of 10 planted?", SEEDS, {"total": 10, "hits": 6}),
    ("What is the probability of exactly 4 heads in 9 coin flips?", COIN, {"trials": 9, "successes": 4}),
    # code in backticks is quoted text; "dataset" labels a value for `data`
    (
        "Load the table `orders_2024` from the database `shop`.",
        TABLE_LOAD,
        {"table": "orders_2024", "database": "shop"},
    ),
    (
        "I have 12 GPUs; train a network with 3 hidden layers on the dataset `churn`.",
        NETWORK,
        {"data": "churn", "layers": 3},
    ),
    # "the top N", "the first N": how many to list, for the parameter that caps the results
    ("List the first 10 employees hired in 2023.", HIRES, {"year": 2023, "limit": 10}),
    ("Show the top 3 telescopes for under $600.", TELESCOPES, {"budget": 600, "top_n": 3}),
    # an optional parameter takes no value the request gave for a required one
    ("Find books about the French Revolution.", BOOKS, {"subject": "French Revolution"}),
    (
        "Find books by Hilary Mantel about Tudor England.",
        BOOKS,
        {"subject": "Tudor England", "author": "Hilary Mantel"},
    ),
    (
        "Play Dancing Queen by ABBA at volume 30.",
        PLAY,
        {"volume": 30, "artist": "ABBA", "song": "Dancing Queen"},
    ),
    ("Send 150 euros to Tomas Novak.", TRANSFER, {"recipient": "Tomas Novak", "amount": 150}),
    (
        "What is the fine for speeding 20 mph over the limit in Georgia?",
        FINE,
        {"speed_over_limit": 20, "state": "Georgia", "offence": "speeding"},
    ),
]


TOOL_CHOICE = "tool choice (matching.py): no tool is called, so no value is read"
GAPS: dict[str, str] = {
    "What will $10,000": TOOL_CHOICE,
    "Send 150 euros": TOOL_CHOICE,
    "Estimate my basal": "clauses: 'and weigh 72 kg' is split off as an ask of its own; 'I am 34' is no age yet",
    "Transpose Yesterday": "a key's name 'F major' is cut at the capital, 'major' left for the song",
    "How long is my commute": "no role word says which of 'from'/'to' is home and which work",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def _row(request_text: str, spec: dict, expected: dict):
    gap = next((why for start, why in GAPS.items() if request_text.startswith(start)), None)
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(request_text, spec, expected, marks=marks, id=request_text[:40])


@pytest.mark.parametrize(("request_text", "spec", "expected"), [_row(*r) for r in ROWS])
def test_each_value_goes_to_the_parameter_its_words_name(
    request_text: str, spec: dict, expected: dict
) -> None:
    name = spec["toolSpec"]["name"]
    assert calls(request_text, spec) == [(name, expected)]
