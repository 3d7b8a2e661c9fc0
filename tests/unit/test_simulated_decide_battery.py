"""Call, ask or decline: a battery of near misses in both directions, written for this round before reading
any benchmark case of the kind, with tools and requests of its own wording (medicine, music, astronomy,
sports, gardening, HR, cooking, logistics, law, finance).

Each request comes with one tool (sometimes two) whose nouns it shares. Half the rows must give no call:
the request asks another quantity of the tool's thing, a fact the tool takes as an input ("what is the
half-life of carbon-14" to a decay calculator), who made or found the thing the tool computes with, a how-to
or an opinion, another act on the same object, or it leaves a required value truly absent (a careful model
asks). The other half must call: the request is the tool's task said in other words, its values given in
another unit, implied by a stated default, or named by the kind of answer the question wants. For a call
the row also gives a few of the values a careful model would write (a tuple accepts any of its members).
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import BOOL, INT, NUM, STR, _norm, fn, params

DOSAGE = fn(
    "calculate_drug_dosage",
    "Calculate the dose of a drug for a patient from the patient's body weight.",
    {"drug_name": (STR, "Name of the drug."), "weight_kg": (NUM, "Body weight of the patient in kg.")},
    ["drug_name", "weight_kg"],
)
TEMPO = fn(
    "get_song_tempo",
    "Get the tempo of a piece of music in beats per minute.",
    {"title": (STR, "Title of the piece.")},
    ["title"],
)
DECAY = fn(
    "radioactive_decay_remaining",
    "Calculate the amount of a radioactive isotope left after a time, given its half-life.",
    {
        "initial_amount": (NUM, "Starting amount in grams."),
        "half_life": (NUM, "Half-life of the isotope in years."),
        "time": (NUM, "Elapsed time in years."),
    },
    ["initial_amount", "half_life", "time"],
)
FERTILIZER = fn(
    "calculate_fertilizer_amount",
    "Calculate how many kilograms of fertilizer a plot of land needs.",
    {
        "area_m2": (NUM, "Area of the plot in square metres."),
        "crop": (STR, "The crop grown, e.g. 'potatoes'."),
    },
    ["area_m2"],
)
DAYS_BETWEEN = fn(
    "days_between_dates",
    "Count the number of days between two dates.",
    {"start_date": (STR, "First date, YYYY-MM-DD."), "end_date": (STR, "Second date, YYYY-MM-DD.")},
    ["start_date", "end_date"],
)
NET_SALARY = fn(
    "calculate_net_salary",
    "Calculate the net annual salary after income tax for a gross salary in a country.",
    {"gross_salary": (NUM, "Gross annual salary."), "country": (STR, "Country of employment.")},
    ["gross_salary", "country"],
)
OVEN = fn(
    "convert_oven_temperature",
    "Convert an oven temperature between Celsius and Fahrenheit.",
    {
        "value": (NUM, "The temperature to convert."),
        "from_unit": (STR, "Unit of the value: 'C' or 'F'."),
        "to_unit": (STR, "Unit wanted: 'C' or 'F'."),
    },
    ["value", "from_unit", "to_unit"],
)
SHIPPING = fn(
    "estimate_shipping_cost",
    "Estimate the cost of shipping a parcel to another country.",
    {"weight_kg": (NUM, "Weight of the parcel in kilograms."), "destination": (STR, "Destination country.")},
    ["weight_kg", "destination"],
)
MOON = fn(
    "get_moon_phase",
    "Get the phase of the Moon on a given date.",
    {"date": (STR, "The date, YYYY-MM-DD.")},
    ["date"],
)
ORBIT = fn(
    "planet_orbital_period",
    "Get the orbital period of a planet around the Sun, in Earth days.",
    {"planet": (STR, "Name of the planet.")},
    ["planet"],
)
SCHEDULE = fn(
    "get_team_schedule",
    "Get the upcoming games of a basketball team.",
    {"team": (STR, "Name of the team."), "games": (INT, "How many games to list. Default is 5.")},
    ["team"],
)
LOAN = fn(
    "calculate_loan_interest",
    "Calculate the total interest paid on a loan.",
    {
        "principal": (NUM, "Amount borrowed in dollars."),
        "annual_rate": (NUM, "Annual interest rate in percent."),
        "years": (INT, "Term of the loan in years."),
    },
    ["principal", "annual_rate", "years"],
)
WATERING = fn(
    "get_watering_schedule",
    "Get how often a house plant should be watered.",
    {"plant": (STR, "Common name of the plant.")},
    ["plant"],
)
TIP = fn(
    "compute_tip",
    "Compute the tip to leave on a restaurant bill.",
    {
        "bill_amount": (NUM, "Total of the bill in dollars."),
        "tip_percent": (NUM, "Tip as a percentage of the bill. Default is 15."),
    },
    ["bill_amount", "tip_percent"],
)
PACE = fn(
    "calculate_running_pace",
    "Calculate a runner's pace in minutes per kilometre.",
    {"distance_km": (NUM, "Distance run in kilometres."), "time_minutes": (NUM, "Time taken in minutes.")},
    ["distance_km", "time_minutes"],
)
AUTHOR = fn(
    "get_book_author",
    "Look up the author of a book by its title.",
    {"title": (STR, "Title of the book.")},
    ["title"],
)
DOCTOR = fn(
    "find_doctor",
    "Find doctors of a medical specialty in a city.",
    {"specialty": (STR, "Medical specialty, e.g. 'dermatology'."), "city": (STR, "The city.")},
    ["specialty", "city"],
)
BMR = fn(
    "calculate_bmr",
    "Calculate the basal metabolic rate, in calories per day, of a person.",
    {
        "weight_kg": (NUM, "Weight in kg."),
        "height_cm": (NUM, "Height in cm."),
        "age": (INT, "Age in years."),
        "sex": (STR, "'male' or 'female'."),
    },
    ["weight_kg", "height_cm", "age", "sex"],
)
LEGAL_FEE = fn(
    "estimate_legal_fees",
    "Estimate a lawyer's fees for a case from the hours of work.",
    {"hours": (NUM, "Hours of work."), "hourly_rate": (NUM, "Rate per hour in dollars. Default is 250.")},
    ["hours"],
)
STAR_DISTANCE = fn(
    "star_distance_light_years",
    "Get the distance from Earth to a star in light years.",
    {"star": (STR, "Name of the star.")},
    ["star"],
)

BUILDING_HEIGHT = fn(
    "get_building_height",
    "Get the height of a building in metres.",
    {"building": (STR, "Name of the building.")},
    ["building"],
)
THERMO = fn(
    "convert_temperature",
    "Convert a temperature from one scale to another.",
    {"value": (NUM, "The temperature."), "to_scale": (STR, "Scale wanted, e.g. 'kelvin'.")},
    ["value", "to_scale"],
)
PEAK = fn(
    "get_mountain_elevation",
    "Get the elevation of a mountain above sea level.",
    {"mountain": (STR, "Name of the mountain.")},
    ["mountain"],
)
DIRECTOR = fn(
    "get_film_director",
    "Look up the director of a film.",
    {"title": (STR, "Title of the film.")},
    ["title"],
)
RULER = fn(
    "find_historical_ruler",
    "Find who ruled a country in a given year.",
    {"country": (STR, "The country."), "year": (INT, "The year.")},
    ["country", "year"],
)
WATER_NEED = fn(
    "daily_water_intake",
    "Calculate how many litres of water a person should drink a day.",
    {"weight_kg": (NUM, "Body weight in kg.")},
    ["weight_kg"],
)
TUTOR = fn(
    "find_tutor",
    "Find private tutors in a city for a school subject.",
    {"city": (STR, "The city."), "subject": (STR, "The subject taught.")},
    ["city", "subject"],
)
DENTIST = fn(
    "find_dentists",
    "Find dentists near a city.",
    {"city": (STR, "The city."), "open_on_weekends": (BOOL, "Only dentists open on weekends.")},
    ["city"],
)
STORAGE = fn(
    "find_storage_units",
    "Find self-storage units to rent in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)

Row = tuple[str, list[dict], tuple[str, dict] | None]

ROWS: list[Row] = [
    # ---- decline: who made or found the thing the tool computes with
    ("Who discovered penicillin?", [DOSAGE], None),
    ("Who composed the Moonlight Sonata?", [TEMPO], None),
    ("Who discovered radioactivity?", [DECAY], None),
    ("Who first measured the distance to Alpha Centauri?", [STAR_DISTANCE], None),
    ("Who designed the Eiffel Tower?", [BUILDING_HEIGHT], None),
    ("Who invented the mercury thermometer?", [THERMO], None),
    ("Who first climbed Mount Kilimanjaro?", [PEAK], None),
    # ---- decline: a fact the tool takes as an input, or another quantity of its thing
    ("What is the half-life of carbon-14?", [DECAY], None),
    ("What is the minimum wage in Germany?", [NET_SALARY], None),
    ("What is the interest rate set by the European Central Bank?", [LOAN], None),
    ("What is the brightest star in the night sky?", [STAR_DISTANCE], None),
    ("How many moons does Jupiter have?", [ORBIT], None),
    # ---- decline: a how-to, an opinion, a definition
    ("What is the best fertilizer for tomatoes?", [FERTILIZER], None),
    ("How do I repot a cactus?", [WATERING], None),
    ("What does a cardiologist do?", [DOCTOR], None),
    ("Why does the Moon always show the same face to the Earth?", [MOON], None),
    ("Is it rude not to tip in Japan?", [TIP], None),
    # ---- decline: another act on the same object
    ("Track my parcel with tracking number 1Z999AA10123456784.", [SHIPPING], None),
    ("Who is the current coach of the Denver Nuggets?", [SCHEDULE], None),
    ("Recommend a book similar to 'Middlemarch'.", [AUTHOR], None),
    # ---- decline (ask): a required value truly absent
    ("Calculate my net salary in Spain.", [NET_SALARY], None),
    ("What dose of ibuprofen should my son take?", [DOSAGE], None),
    # ---- call: the tool's task in other words
    (
        "How many beats per minute is 'Clair de Lune'?",
        [TEMPO],
        ("get_song_tempo", {"title": "Clair de Lune"}),
    ),
    (
        "How much fertilizer does a 50 square metre vegetable bed need?",
        [FERTILIZER],
        ("calculate_fertilizer_amount", {"area_m2": 50}),
    ),
    (
        "I weigh 70 kg; what dose of ibuprofen should I take?",
        [DOSAGE],
        ("calculate_drug_dosage", {"drug_name": "ibuprofen", "weight_kg": 70}),
    ),
    (
        "How many days are there between 2024-03-03 and 2024-07-19?",
        [DAYS_BETWEEN],
        ("days_between_dates", {"start_date": "2024-03-03", "end_date": "2024-07-19"}),
    ),
    (
        "What's my take-home pay on a gross salary of 60000 a year in Spain?",
        [NET_SALARY],
        ("calculate_net_salary", {"gross_salary": 60000, "country": "Spain"}),
    ),
    (
        "My recipe says 180 degrees Celsius; what is that in Fahrenheit?",
        [OVEN],
        ("convert_oven_temperature", {"value": 180}),
    ),
    (
        "What does it cost to send a 3 kg box to Canada?",
        [SHIPPING],
        ("estimate_shipping_cost", {"weight_kg": 3, "destination": "Canada"}),
    ),
    ("Will the Moon be full on 2025-10-07?", [MOON], ("get_moon_phase", {"date": "2025-10-07"})),
    ("How long does a year on Mars last?", [ORBIT], ("planet_orbital_period", {"planet": "Mars"})),
    ("When do the Denver Nuggets play next?", [SCHEDULE], ("get_team_schedule", {"team": "Denver Nuggets"})),
    (
        "How much interest will I pay on a 20000 dollar loan at 5% over 4 years?",
        [LOAN],
        ("calculate_loan_interest", {"principal": 20000, "annual_rate": 5, "years": 4}),
    ),
    ("How often should I water a fern?", [WATERING], ("get_watering_schedule", {"plant": "fern"})),
    # ---- call: "who" after a name the lexicon does not know opens a relative clause, no question
    (
        "Find me a tutor in Leeds who teaches Latin.",
        [TUTOR],
        ("find_tutor", {"city": "Leeds", "subject": "Latin"}),
    ),
    (
        "Any dentists around Tulsa who take new patients?",
        [DENTIST],
        ("find_dentists", {"city": "Tulsa"}),
    ),
    # ---- call: a value implied by a stated default, a unit, or the kind of answer asked
    (
        "What tip should I leave on an 80 dollar dinner bill?",
        [TIP],
        ("compute_tip", {"bill_amount": 80, "tip_percent": 15}),
    ),
    (
        "I ran 10 km in 52 minutes; what was my pace?",
        [PACE],
        ("calculate_running_pace", {"distance_km": 10, "time_minutes": 52}),
    ),
    ("Who wrote 'Middlemarch'?", [AUTHOR], ("get_book_author", {"title": "Middlemarch"})),
    (
        "I need a dermatologist in Leeds.",
        [DOCTOR],
        ("find_doctor", {"specialty": ("dermatologist", "dermatology"), "city": "Leeds"}),
    ),
    (
        "How many calories a day does a 30 year old woman burn at rest, 165 cm tall and 60 kg?",
        [BMR],
        ("calculate_bmr", {"weight_kg": 60, "height_cm": 165, "age": 30, "sex": "female"}),
    ),
    (
        "What would a lawyer charge for 12 hours of work on my case?",
        [LEGAL_FEE],
        ("estimate_legal_fees", {"hours": 12}),
    ),
    ("Who directed Vertigo?", [DIRECTOR], ("get_film_director", {"title": "Vertigo"})),
    ("Who ruled Spain in 1600?", [RULER], ("find_historical_ruler", {"country": "Spain", "year": 1600})),
    (
        "Calculate the daily water need of a runner who weighs 60 kg.",
        [WATER_NEED],
        ("daily_water_intake", {"weight_kg": 60}),
    ),
    ("Where can I store my furniture in Bristol?", [STORAGE], ("find_storage_units", {"city": "Bristol"})),
    ("How far away is Betelgeuse?", [STAR_DISTANCE], ("star_distance_light_years", {"star": "Betelgeuse"})),
    (
        "How much of a 10 gram sample of an isotope with a half-life of 5 years is left after 15 years?",
        [DECAY],
        ("radioactive_decay_remaining", {"initial_amount": 10, "half_life": 5, "time": 15}),
    ),
]

GAPS: dict[str, str] = {
    "Who wrote 'Middlemarch'": "'writer' is near the tool's 'author' in meaning (0.61) and counts at that "
    "share, below what a call needs; counted in full it also took 'who wrote the song …' to a book tool",
    "What is the brightest star": "a question for which one of the tool's things ('the brightest star') is "
    "taken to ask for that thing's value; the words after it, 'night sky', become the star",
    "Recommend a book similar": "another act on the tool's object ('recommend a book') is not told from "
    "the tool's own act (looking up its author)",
    "How long does a year on Mars": "a year on a planet is its orbital period: knowledge no word shares",
    "I need a dermatologist": "a doctor of a specialty ('dermatologist') does not name the tool's "
    "'doctor' or its specialty 'dermatology' strongly enough",
    "How many calories a day does a 30 year old woman": "'a 30 year old woman' gives 'old woman' to `sex`, "
    "not 'female' from the options the description quotes",
}


def _agrees(got: dict, wanted: dict) -> str:
    for key, value in wanted.items():
        options = value if isinstance(value, tuple) else (value,)
        if key not in got or _norm(got[key]) not in [_norm(o) for o in options]:
            return f"{key}={got.get(key)!r}, wanted {options}"
    return ""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_call_ask_or_decline(request_text: str, tools: list[dict], expected: tuple[str, dict] | None) -> None:
    got = calls(request_text, *tools)
    if expected is None:
        assert got == [], got
        return
    assert [name for name, _ in got] == [expected[0]], got
    problem = _agrees(got[0][1], expected[1])
    assert not problem, f"{problem}: {got[0][1]}"
