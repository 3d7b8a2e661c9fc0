"""A period said in words gives the count in the parameter's unit: a battery written for this round.

Written before reading any benchmark case, in domains of its own: hotels, car hire, parking, workouts,
cooking timers, forecasts, subscriptions, loans, trips, cabins, fasting, sleep. A parameter that counts
nights, days, hours, minutes or weeks gets the count a careful model works out from the period the request
says: "for a week" → 7 nights, "a fortnight" → 14 days, "half an hour" → 30 minutes, "an hour and a half"
→ 90 minutes, "the next week" → 7 days. A stay of "3 nights" for a parameter in days stays 3: people who
book "3 nights" and are asked for the stay's length in days mean the same three (hotel and rental forms
count a day per night), so a careful model does not add the day of departure.
The last rows are controls where a period is NOT a count: a frequency ("weekly") for an enum, a week ago
for a date, last week's sales for a period option.

The check is order-free, strings without case or punctuation.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

CABIN = fn(
    "lodging.reserve_cabin",
    "Reserve a mountain cabin.",
    {"region": (STR, "Region of the cabin."), "nights": (INT, "Number of nights to stay.")},
    ["region", "nights"],
)
GUESTHOUSE = fn(
    "guesthouse_booking",
    "Book a room at a guesthouse.",
    {"town": (STR, "Town of the guesthouse."), "stay_length": (INT, "Length of stay in days.")},
    ["town", "stay_length"],
)
CAR = fn(
    "car_hire.quote",
    "Get a price for hiring a car.",
    {"pickup_city": (STR, "City where the car is collected."), "days": (INT, "Rental length in days.")},
    ["pickup_city", "days"],
)
PARKING = fn(
    "airport_parking_book",
    "Book a parking space at an airport.",
    {"airport": (STR, "Airport code or name."), "hours": (INT, "How many hours to park.")},
    ["airport", "hours"],
)
WORKOUT = fn(
    "fitness.log_workout",
    "Log a workout session.",
    {"activity": (STR, "The activity, e.g. rowing."), "duration_minutes": (INT, "Length of the session.")},
    ["activity", "duration_minutes"],
)
OVEN = fn(
    "oven_timer_start",
    "Start the oven's countdown timer.",
    {"minutes": (INT, "Minutes on the countdown.")},
    ["minutes"],
)
FORECAST = fn(
    "weather.daily_outlook",
    "Get the daily weather outlook for a place.",
    {"place": (STR, "The place."), "days": (INT, "Number of days to forecast.")},
    ["place", "days"],
)
TRIAL = fn(
    "streaming_start_trial",
    "Start a free trial of a streaming service.",
    {"service": (STR, "Name of the service."), "trial_days": (INT, "Length of the free trial in days.")},
    ["service", "trial_days"],
)
LOAN = fn(
    "bank.loan_quote",
    "Quote the monthly payment of a loan.",
    {"principal": (NUM, "Amount borrowed."), "term_months": (INT, "Term of the loan in months.")},
    ["principal", "term_months"],
)
LEASE = fn(
    "flat_rent_estimate",
    "Estimate the total rent of a flat lease.",
    {"monthly_rent": (NUM, "Rent per month."), "lease_months": (INT, "Length of the lease in months.")},
    ["monthly_rent", "lease_months"],
)
GYM = fn(
    "gym.join",
    "Sign up for a gym membership.",
    {"club": (STR, "Name of the club."), "months": (INT, "Membership length in months.")},
    ["club", "months"],
)
TRIP = fn(
    "travel_plan_itinerary",
    "Plan a day-by-day itinerary for a trip.",
    {"destination": (STR, "Where the trip goes."), "days": (INT, "Number of days of the trip.")},
    ["destination", "days"],
)
FAST = fn(
    "health.fasting_window",
    "Set up an intermittent fasting window.",
    {"fasting_hours": (INT, "Hours of fasting each day.")},
    ["fasting_hours"],
)
MEETING = fn(
    "calendar_block_time",
    "Block time in the calendar for a task.",
    {"task": (STR, "What the time is for."), "minutes": (INT, "Length of the block in minutes.")},
    ["task", "minutes"],
)
TIDES = fn(
    "marine.tide_table",
    "Get the tide times for a harbour.",
    {"harbour": (STR, "Name of the harbour."), "days": (INT, "How many days ahead to list. Default 1.")},
    ["harbour"],
)
HOSTEL = fn(
    "hostel_search",
    "Search hostels in a city.",
    {"city": (STR, "City to search."), "nights": (INT, "Number of nights. Optional.")},
    ["city"],
)
PODCAST = fn(
    "podcast.find_episodes",
    "Find podcast episodes on a topic.",
    {"topic": (STR, "The topic."), "max_minutes": (INT, "Longest episode length in minutes. Optional.")},
    ["topic"],
)
PACE = fn(
    "hiking_average_speed",
    "Compute the average walking speed.",
    {"distance_km": (NUM, "Distance walked in km."), "duration": (NUM, "Time taken in hours.")},
    ["distance_km", "duration"],
)
RAIN = fn(
    "weather_rainfall_total",
    "Total rainfall at a place over a period.",
    {
        "place": (STR, "The place."),
        "window": (STR, "The period.", {"enum": ["last_24h", "last_week", "last_month"]}),
    },
    ["place", "window"],
)
POWER = fn(
    "energy.usage_report",
    "Report household electricity use.",
    {"period": (STR, "Billing period.", {"enum": ["this_month", "last_month", "last_year"]})},
    ["period"],
)
CINEMA = fn(
    "cinema_listings",
    "List films showing at a cinema.",
    {
        "cinema": (STR, "Name of the cinema."),
        "when": (STR, "When.", {"enum": ["today", "this_week", "next_week"]}),
    },
    ["cinema", "when"],
)
SALES = fn(
    "shop.sales_report",
    "Report the shop's sales for a period.",
    {"period": (STR, "The period.", {"enum": ["today", "this_week", "last_week", "last_month"]})},
    ["period"],
)
NEWSLETTER = fn(
    "newsletter_subscribe",
    "Subscribe an email address to the newsletter.",
    {
        "email": (STR, "The email address."),
        "frequency": (STR, "How often to send it.", {"enum": ["daily", "weekly", "monthly"]}),
    },
    ["email", "frequency"],
)
RUNS = fn(
    "running_log_summary",
    "Summarise logged runs since a date.",
    {"since": (STR, "Start date, e.g. '2024-05-01' or 'yesterday'.")},
    ["since"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== a week, a fortnight, a weekend → nights or days
    (
        "Reserve a cabin in the Dolomites for a week.",
        [CABIN],
        [c("lodging.reserve_cabin", region="Dolomites", nights=7)],
    ),
    (
        "I'd like a cabin in Lapland for a fortnight.",
        [CABIN],
        [c("lodging.reserve_cabin", region="Lapland", nights=14)],
    ),
    (
        "Book a cabin in the Tatras for two weeks.",
        [CABIN],
        [c("lodging.reserve_cabin", region="Tatras", nights=14)],
    ),
    (
        "Book me a guesthouse room in Hallstatt for a week.",
        [GUESTHOUSE],
        [c("guesthouse_booking", town="Hallstatt", stay_length=7)],
    ),
    (
        "Book a guesthouse in Rye for 3 nights.",
        [GUESTHOUSE],
        [c("guesthouse_booking", town="Rye", stay_length=3)],
    ),
    ("How much to hire a car in Faro for a week?", [CAR], [c("car_hire.quote", pickup_city="Faro", days=7)]),
    ("Quote me a car from Nice for two weeks.", [CAR], [c("car_hire.quote", pickup_city="Nice", days=14)]),
    ("Hire a car in Cork for 48 hours.", [CAR], [c("car_hire.quote", pickup_city="Cork", days=2)]),
    ("Plan a trip to Kyoto for a week.", [TRIP], [c("travel_plan_itinerary", destination="Kyoto", days=7)]),
    (
        "Plan me a fortnight in Sardinia.",
        [TRIP],
        [c("travel_plan_itinerary", destination="Sardinia", days=14)],
    ),
    (
        "Start a free trial of the Streamly service for a week.",
        [TRIAL],
        [c("streaming_start_trial", service="Streamly", trial_days=7)],
    ),
    (
        "Start a two-week trial of Cinemax.",
        [TRIAL],
        [c("streaming_start_trial", service="Cinemax", trial_days=14)],
    ),
    # ======== hours and minutes
    ("Park me at Gatwick for a day.", [PARKING], [c("airport_parking_book", airport="Gatwick", hours=24)]),
    ("Book parking at LHR for half a day.", [PARKING], [c("airport_parking_book", airport="LHR", hours=12)]),
    (
        "Book parking at Schiphol for 2 days.",
        [PARKING],
        [c("airport_parking_book", airport="Schiphol", hours=48)],
    ),
    (
        "Log an hour and a half of rowing.",
        [WORKOUT],
        [c("fitness.log_workout", activity="rowing", duration_minutes=90)],
    ),
    (
        "Log half an hour of yoga.",
        [WORKOUT],
        [c("fitness.log_workout", activity="yoga", duration_minutes=30)],
    ),
    (
        "Log two hours of cycling.",
        [WORKOUT],
        [c("fitness.log_workout", activity="cycling", duration_minutes=120)],
    ),
    ("Set the oven timer for a quarter of an hour.", [OVEN], [c("oven_timer_start", minutes=15)]),
    ("Set the oven timer for an hour.", [OVEN], [c("oven_timer_start", minutes=60)]),
    (
        "Block an hour and a quarter for the budget review.",
        [MEETING],
        [c("calendar_block_time", task=["budget review", "the budget review"], minutes=75)],
    ),
    ("Set up a fasting window of half a day.", [FAST], [c("health.fasting_window", fasting_hours=12)]),
    # ======== the next/coming week → days
    (
        "What's the outlook for Bergen for the next week?",
        [FORECAST],
        [c("weather.daily_outlook", place="Bergen", days=7)],
    ),
    (
        "Give me the weather in Split over the coming fortnight.",
        [FORECAST],
        [c("weather.daily_outlook", place="Split", days=14)],
    ),
    (
        "What's the outlook for Tromso for the next 3 days?",
        [FORECAST],
        [c("weather.daily_outlook", place="Tromso", days=3)],
    ),
    ("Quote a loan of 5000 over two years.", [LOAN], [c("bank.loan_quote", principal=5000, term_months=24)]),
    # ======== the same periods for an optional count
    (
        "List the tides at Whitby for the coming week.",
        [TIDES],
        [c("marine.tide_table", harbour="Whitby", days=7)],
    ),
    ("Find a hostel in Porto for a fortnight.", [HOSTEL], [c("hostel_search", city="Porto", nights=14)]),
    (
        "Find podcast episodes about beekeeping, an hour and a half at most.",
        [PODCAST],
        [c("podcast.find_episodes", topic="beekeeping", max_minutes=90)],
    ),
    (
        "What's the total rent on a 1200 a month flat over three years?",
        [LEASE],
        [c("flat_rent_estimate", monthly_rent=1200, lease_months=36)],
    ),
    (
        "Get me a gym membership at the Ironworks club for a year.",
        [GYM],
        [c("gym.join", club="Ironworks", months=12)],
    ),
    # ======== controls: a period that is no count
    (
        "On our three-day hike we walked 42 km in 14 hours; what was our average speed?",
        [PACE],
        [c("hiking_average_speed", distance_km=42, duration=14)],
    ),
    ("Show me last week's sales.", [SALES], [c("shop.sales_report", period="last_week")]),
    ("Report sales for the past week.", [SALES], [c("shop.sales_report", period="last_week")]),
    (
        "How much rain fell in Keswick over the previous week?",
        [RAIN],
        [c("weather_rainfall_total", place="Keswick", window="last_week")],
    ),
    ("Show me last month's electricity use.", [POWER], [c("energy.usage_report", period="last_month")]),
    (
        "What did we use in electricity over the past year?",
        [POWER],
        [c("energy.usage_report", period="last_year")],
    ),
    (
        "What's on at the Rex cinema over the coming week?",
        [CINEMA],
        [c("cinema_listings", cinema="Rex", when="next_week")],
    ),
    (
        "Subscribe ana@example.org to the newsletter weekly.",
        [NEWSLETTER],
        [c("newsletter_subscribe", email="ana@example.org", frequency="weekly")],
    ),
    ("Summarise my runs since yesterday.", [RUNS], [c("running_log_summary", since="yesterday")]),
]

GAPS: dict[str, str] = {
    "Plan me a fortnight in Sardinia": "period: 'a fortnight' as the object of the verb (no 'for') is no span",
    "Start a free trial of the Streamly": "string span: 'the Streamly service' is not read as the service",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_the_count_of_the_period(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_twenty_five_rows_in_eight_domains() -> None:
    assert len(ROWS) >= 25
    assert len({tool["toolSpec"]["name"].split("_")[0].split(".")[0] for row in ROWS for tool in row[1]}) >= 8
