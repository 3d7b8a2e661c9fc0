"""A battery for long multi-task narratives: which sentences ask, which tool each ask goes to, whose values.

Written for this round before changing the model, in the genre of a function-calling benchmark's
"parallel_multiple" category (a story told in the second or first person — "Imagine you are a …", "I'm
planning …" — with two to four tools offered and several tasks asked along the way), on subjects of its own
(gardening, astronomy, cooking, travel, finance, fitness, music, chemistry, shipping, pets, photography,
carpentry, education, weather). The readings it checks:

- a sentence that only sets the scene ("You have a 3 by 4 metre bed", "The first crate weighs 20 kg") is no
  ask, even when it names a tool's word or states its values: its values go to the ask after it;
- a sentence stating a need or plan ("I need to ship two parcels", "I plan to visit Kyoto") before the
  question that asks for it ("Can you find …?") is one task with it, one call;
- a closing question that restates the tasks ("Can you work out the yield and convert the currency?") asks
  for nothing new;
- a sentence that states a preference or a unit ("I am more used to Celsius") is part of its task;
- each task takes its values from its own sentences and the setting before it, not from the next task's.

Each row lists the calls a careful small model makes; the check is order-free, strings without case or
punctuation. A few guard rows hold behaviour that must stay.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

MULCH = fn(
    "garden_mulch_needed",
    "Calculate how many bags of mulch cover a garden bed.",
    {
        "length": (NUM, "Length of the bed in metres."),
        "width": (NUM, "Width of the bed in metres."),
        "bag_coverage": (NUM, "Area one bag covers in square metres."),
    },
    ["length", "width", "bag_coverage"],
)
PLANT_SPACING = fn(
    "garden_plant_count",
    "Calculate how many plants fit in a row at a given spacing.",
    {
        "row_length": (NUM, "Length of the row in metres."),
        "spacing": (NUM, "Distance between plants in metres."),
    },
    ["row_length", "spacing"],
)
ORBIT = fn(
    "astro_orbital_period",
    "Calculate the orbital period of a satellite around a planet.",
    {
        "planet": (STR, "The planet orbited."),
        "altitude_km": (NUM, "Altitude of the orbit in kilometres."),
    },
    ["planet", "altitude_km"],
)
STAR_INFO = fn(
    "astro_star_lookup",
    "Look up facts about a named star.",
    {"star": (STR, "The name of the star.")},
    ["star"],
)
SCALE_RECIPE = fn(
    "kitchen_scale_recipe",
    "Scale a recipe's ingredient amount to a different number of servings.",
    {
        "amount": (NUM, "The amount in the original recipe."),
        "original_servings": (INT, "Servings the recipe makes."),
        "new_servings": (INT, "Servings wanted."),
    },
    ["amount", "original_servings", "new_servings"],
)
OVEN = fn(
    "kitchen_convert_oven_temperature",
    "Convert an oven temperature between Fahrenheit and Celsius.",
    {
        "temperature": (NUM, "The temperature to convert."),
        "to_scale": (STR, "The scale to convert to, 'celsius' or 'fahrenheit'."),
    },
    ["temperature", "to_scale"],
)
TRAIN = fn(
    "rail_find_trains",
    "Find trains between two cities on a date.",
    {
        "origin": (STR, "The departure city."),
        "destination": (STR, "The arrival city."),
        "date": (STR, "The travel date, YYYY-MM-DD."),
    },
    ["origin", "destination", "date"],
)
MUSEUM = fn(
    "city_museum_hours",
    "Get the opening hours of a museum.",
    {"museum": (STR, "The museum name.")},
    ["museum"],
)
FX = fn(
    "money_convert_currency",
    "Convert an amount of money from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "The currency code to convert from, e.g. 'USD'."),
        "to_currency": (STR, "The currency code to convert to, e.g. 'EUR'."),
    },
    ["amount", "from_currency", "to_currency"],
)
SAVINGS = fn(
    "money_savings_growth",
    "Calculate the balance of a savings deposit with compound interest.",
    {
        "deposit": (NUM, "The amount deposited."),
        "rate": (NUM, "The yearly interest rate as a decimal."),
        "years": (INT, "How many years the money stays."),
    },
    ["deposit", "rate", "years"],
)
LOAN = fn(
    "money_loan_payment",
    "Calculate the monthly payment of a loan.",
    {
        "principal": (NUM, "The loan amount."),
        "rate": (NUM, "The yearly interest rate as a decimal."),
        "months": (INT, "The term of the loan in months."),
    },
    ["principal", "rate", "months"],
)
PACE = fn(
    "fitness_running_pace",
    "Calculate the running pace in minutes per kilometre.",
    {
        "distance_km": (NUM, "The distance run in kilometres."),
        "minutes": (NUM, "The time taken in minutes."),
    },
    ["distance_km", "minutes"],
)
CALORIES = fn(
    "fitness_calories_burned",
    "Estimate the calories burned by an activity.",
    {
        "activity": (STR, "The activity, e.g. 'swimming'."),
        "minutes": (INT, "How long the activity lasted in minutes."),
        "weight_kg": (NUM, "The person's weight in kilograms."),
    },
    ["activity", "minutes", "weight_kg"],
)
CHORDS = fn(
    "music_chord_progression",
    "Suggest a chord progression in a key.",
    {
        "key": (STR, "The key, e.g. 'G'."),
        "mode": (STR, "'major' or 'minor'."),
    },
    ["key", "mode"],
)
TEMPO = fn(
    "music_song_duration",
    "Calculate how long a song lasts from its tempo and number of beats.",
    {"bpm": (INT, "The tempo in beats per minute."), "beats": (INT, "The number of beats in the song.")},
    ["bpm", "beats"],
)
MOLES = fn(
    "chem_moles_from_mass",
    "Calculate the number of moles in a mass of a substance.",
    {"mass_g": (NUM, "The mass in grams."), "molar_mass": (NUM, "The molar mass in g/mol.")},
    ["mass_g", "molar_mass"],
)
DILUTE = fn(
    "chem_dilution_volume",
    "Calculate the final volume needed to dilute a solution to a lower concentration.",
    {
        "initial_concentration": (NUM, "The starting concentration in mol/L."),
        "initial_volume": (NUM, "The starting volume in litres."),
        "final_concentration": (NUM, "The wanted concentration in mol/L."),
    },
    ["initial_concentration", "initial_volume", "final_concentration"],
)
SHIPPING = fn(
    "parcel_shipping_cost",
    "Estimate the cost of shipping a parcel.",
    {
        "weight_kg": (NUM, "The parcel weight in kilograms."),
        "destination": (STR, "The destination country."),
    },
    ["weight_kg", "destination"],
)
TRACK = fn(
    "parcel_track",
    "Track a parcel by its tracking number.",
    {"tracking_number": (STR, "The tracking number.")},
    ["tracking_number"],
)
PET_FOOD = fn(
    "pet_daily_food",
    "Calculate the daily food portion for a pet.",
    {"species": (STR, "The kind of pet, e.g. 'dog'."), "weight_kg": (NUM, "The pet's weight in kilograms.")},
    ["species", "weight_kg"],
)
VET = fn(
    "pet_find_vet",
    "Find veterinary clinics in a city.",
    {"city": (STR, "The city to search.")},
    ["city"],
)
EXPOSURE = fn(
    "photo_exposure_value",
    "Calculate the exposure value of a camera setting.",
    {"aperture": (NUM, "The f-number."), "shutter_seconds": (NUM, "The shutter speed in seconds.")},
    ["aperture", "shutter_seconds"],
)
PRINT_SIZE = fn(
    "photo_print_size",
    "Calculate the largest print size of a photo at a print resolution.",
    {
        "width_px": (INT, "Width of the photo in pixels."),
        "height_px": (INT, "Height of the photo in pixels."),
        "dpi": (INT, "The print resolution in dots per inch."),
    },
    ["width_px", "height_px", "dpi"],
)
BOARD_FEET = fn(
    "wood_board_feet",
    "Calculate the board feet of a plank.",
    {
        "thickness_in": (NUM, "Thickness in inches."),
        "width_in": (NUM, "Width in inches."),
        "length_ft": (NUM, "Length in feet."),
    },
    ["thickness_in", "width_in", "length_ft"],
)
STAIN = fn(
    "wood_stain_needed",
    "Calculate how many litres of wood stain cover an area.",
    {
        "area_m2": (NUM, "The area to stain in square metres."),
        "coats": (INT, "The number of coats."),
    },
    ["area_m2", "coats"],
)
GPA = fn(
    "school_grade_average",
    "Calculate the average of a list of grades.",
    {"grades": ("array", "The grades.", {"items": {"type": "number"}})},
    ["grades"],
)
QUIZ = fn(
    "school_make_quiz",
    "Make a quiz on a topic with a number of questions.",
    {"topic": (STR, "The quiz topic."), "questions": (INT, "How many questions.")},
    ["topic", "questions"],
)
FORECAST = fn(
    "weather_forecast",
    "Get the weather forecast for a city for a number of days.",
    {"city": (STR, "The city."), "days": (INT, "How many days ahead.")},
    ["city", "days"],
)
UV = fn(
    "weather_uv_index",
    "Get the UV index in a city.",
    {"city": (STR, "The city.")},
    ["city"],
)
TAXI = fn(
    "ride_book_taxi",
    "Book a taxi ride to a destination.",
    {"destination": (STR, "The address or place to go to."), "passengers": (INT, "Number of passengers.")},
    ["destination"],
)
HOTEL = fn(
    "stay_find_hotel",
    "Find hotels in a city.",
    {"city": (STR, "The city to stay in.")},
    ["city"],
)
LENGTH = fn(
    "units_convert_length",
    "Convert a length from one unit to another.",
    {
        "value": (NUM, "The length."),
        "from_unit": (STR, "The unit to convert from."),
        "to_unit": (STR, "The unit to convert to."),
    },
    ["value", "from_unit", "to_unit"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ======== a setting sentence states values, the ask comes after it: one call
    (
        "Imagine you are a gardener. You have a bed that is 4 metres long and 2 metres wide, and one bag of "
        "mulch covers 1.5 square metres. How many bags of mulch do you need?",
        [MULCH, PLANT_SPACING],
        [c("garden_mulch_needed", length=4, width=2, bag_coverage=1.5)],
    ),
    (
        "You are a baker. Your brownie recipe uses 200 grams of sugar and makes 8 servings. You are hosting "
        "12 people. How much sugar do you need once the recipe is scaled?",
        [SCALE_RECIPE, OVEN],
        [c("kitchen_scale_recipe", amount=200, original_servings=8, new_servings=12)],
    ),
    (
        "I'm a hobby photographer. My camera is set to an aperture of 8 with a shutter of 0.004 seconds. What exposure "
        "value is that? Also, my photo is 6000 by 4000 pixels; how big can I print it at 300 dpi?",
        [EXPOSURE, PRINT_SIZE],
        [
            c("photo_exposure_value", aperture=8, shutter_seconds=0.004),
            c("photo_print_size", width_px=6000, height_px=4000, dpi=300),
        ],
    ),
    (
        "Imagine you are a chemist. You have 36 grams of water, and water has a molar mass of 18 g/mol. How "
        "many moles is that? Later, you have a 2 mol/L solution of 0.5 litres that you want at 0.5 mol/L. "
        "What final volume do you need?",
        [MOLES, DILUTE],
        [
            c("chem_moles_from_mass", mass_g=36, molar_mass=18),
            c("chem_dilution_volume", initial_concentration=2, initial_volume=0.5, final_concentration=0.5),
        ],
    ),
    (
        "You are a carpenter. You have an oak plank that is 2 inches thick, 8 inches wide and 10 feet long. "
        "How many board feet is it? After that, you want to stain a 12 square metre deck with 2 coats. How "
        "much stain do you need?",
        [BOARD_FEET, STAIN],
        [
            c("wood_board_feet", thickness_in=2, width_in=8, length_ft=10),
            c("wood_stain_needed", area_m2=12, coats=2),
        ],
    ),
    (
        "Imagine you are a runner. Yesterday you ran 10 kilometres in 50 minutes. What was your pace? You "
        "weigh 70 kilograms, and today you swam for 45 minutes. How many calories did the swim burn?",
        [PACE, CALORIES],
        [
            c("fitness_running_pace", distance_km=10, minutes=50),
            c("fitness_calories_burned", activity=["swimming", "swim"], minutes=45, weight_kg=70),
        ],
    ),
    (
        "You are a composer writing a ballad in E minor. Suggest a chord progression for it. The ballad has "
        "a tempo of 72 bpm and 288 beats. How long will it last?",
        [CHORDS, TEMPO],
        [
            c("music_chord_progression", key="E", mode="minor"),
            c("music_song_duration", bpm=72, beats=288),
        ],
    ),
    (
        "You have a dog that weighs 25 kilograms. What daily food portion should it get? You are moving to "
        "Porto next month. Find a vet there for me.",
        [PET_FOOD, VET],
        [c("pet_daily_food", species="dog", weight_kg=25), c("pet_find_vet", city="Porto")],
    ),
    (
        "Imagine you are a photographer. Yesterday you shot at an aperture of 4 with a shutter of 0.02 seconds. "
        "What was the exposure value? Your best photo is 5000 by 3000 pixels, and the lab prints at 200 dpi. "
        "How big can the print be?",
        [EXPOSURE, PRINT_SIZE],
        [
            c("photo_exposure_value", aperture=4, shutter_seconds=0.02),
            c("photo_print_size", width_px=5000, height_px=3000, dpi=200),
        ],
    ),
    (
        "Imagine you are a cyclist. Today you rode 30 kilometres in 75 minutes. What was your pace? You weigh "
        "80 kilograms, and you also rowed for 20 minutes. How many calories did the rowing burn?",
        [PACE, CALORIES],
        [
            c("fitness_running_pace", distance_km=30, minutes=75),
            c("fitness_calories_burned", activity=["rowing", "row"], minutes=20, weight_kg=80),
        ],
    ),
    # ======== a need or plan stated, then the question that asks for it: one task, one call
    (
        "I need to take a train for a meeting on 2025-05-14. Can you find trains from Lyon to Paris on that "
        "date?",
        [TRAIN, MUSEUM],
        [c("rail_find_trains", origin="Lyon", destination="Paris", date="2025-05-14")],
    ),
    (
        "I want to ship a parcel to a friend. It weighs 3 kilograms and goes to Canada. What will the "
        "shipping cost?",
        [SHIPPING, TRACK],
        [c("parcel_shipping_cost", weight_kg=3, destination="Canada")],
    ),
    (
        "I plan to travel soon and I need the weather. Give me the forecast for Reykjavik for 4 days.",
        [FORECAST, UV],
        [c("weather_forecast", city="Reykjavik", days=4)],
    ),
    (
        "I'm planning a trip and want to see a museum. What are the opening hours of the Rijksmuseum? I also "
        "need trains from Amsterdam to Utrecht on 2025-06-02.",
        [TRAIN, MUSEUM],
        [
            c("city_museum_hours", museum="Rijksmuseum"),
            c("rail_find_trains", origin="Amsterdam", destination="Utrecht", date="2025-06-02"),
        ],
    ),
    (
        "i need to travel, get me a taxi? i want a ride to 14 Mill Road, Cambridge for 2 passengers.",
        [TAXI, HOTEL],
        [c("ride_book_taxi", destination="14 Mill Road, Cambridge", passengers=2)],
    ),
    (
        "We need to leave now, book a taxi? We want to go to Central Station.",
        [TAXI, HOTEL],
        [c("ride_book_taxi", destination="Central Station")],
    ),
    # ======== a closing question that restates the tasks asks nothing new
    (
        "First, convert 250 US dollars to euros. Second, I deposit 4000 at a yearly rate of 0.03 for 6 "
        "years; what is the balance? Can you do the conversion and the savings calculation?",
        [FX, SAVINGS, LOAN],
        [
            c("money_convert_currency", amount=250, from_currency="USD", to_currency="EUR"),
            c("money_savings_growth", deposit=4000, rate=0.03, years=6),
        ],
    ),
    (
        "My rose bed is 3 metres long and 1 metre wide and a bag of mulch covers 0.5 square metres. My "
        "bean row is 6 metres long with plants 0.3 metres apart. Can you work out the mulch and the plant "
        "count?",
        [MULCH, PLANT_SPACING],
        [
            c("garden_mulch_needed", length=3, width=1, bag_coverage=0.5),
            c("garden_plant_count", row_length=6, spacing=0.3),
        ],
    ),
    (
        "Make a quiz on volcanoes with 10 questions, and average the grades 78, 85 and 91. Could you help me "
        "with both of these?",
        [GPA, QUIZ],
        [
            c("school_make_quiz", topic="volcanoes", questions=10),
            c("school_grade_average", grades=[[78, 85, 91]]),
        ],
    ),
    (
        "Track parcel ZX-4471. Then estimate shipping a 2 kilogram parcel to Japan. Can you give me the "
        "tracking status and the shipping cost?",
        [SHIPPING, TRACK],
        [
            c("parcel_track", tracking_number="ZX-4471"),
            c("parcel_shipping_cost", weight_kg=2, destination="Japan"),
        ],
    ),
    # ======== a preference or unit sentence belongs to its task
    (
        "My old oven book says to bake at 350 degrees Fahrenheit, but I am more used to Celsius. What is "
        "that in Celsius?",
        [OVEN, SCALE_RECIPE],
        [c("kitchen_convert_oven_temperature", temperature=350, to_scale="celsius")],
    ),
    (
        "I have 120 euros left from a trip, and I am more familiar with dollars. How much is it in US "
        "dollars?",
        [FX, SAVINGS],
        [c("money_convert_currency", amount=120, from_currency="EUR", to_currency="USD")],
    ),
    (
        "At a flea market you find a mirror that is 30 inches wide, but you think in centimeters. How wide is "
        "the mirror in centimeters?",
        [LENGTH, FX],
        [
            c(
                "units_convert_length",
                value=30,
                from_unit=["inch", "inches", "in"],
                to_unit=["centimeters", "cm"],
            )
        ],
    ),
    # ======== each task takes its values from its own sentences
    (
        "You are a physics student. A satellite circles Mars at an altitude of 400 km. What is its orbital "
        "period? Next, look up facts about the star Betelgeuse.",
        [ORBIT, STAR_INFO],
        [
            c("astro_orbital_period", planet="Mars", altitude_km=400),
            c("astro_star_lookup", star="Betelgeuse"),
        ],
    ),
    (
        "Imagine you are saving for a house. You deposit 10000 at a rate of 0.04 for 5 years; what will "
        "you have? You also take a loan of 20000 at a rate of 0.06 over 48 months. What is the monthly "
        "payment?",
        [SAVINGS, LOAN],
        [
            c("money_savings_growth", deposit=10000, rate=0.04, years=5),
            c("money_loan_payment", principal=20000, rate=0.06, months=48),
        ],
    ),
    (
        "You are a teacher. Your students scored 62, 75, 88 and 94 on the test. What is their average? "
        "Then make a quiz about fractions with 8 questions for next week.",
        [GPA, QUIZ],
        [
            c("school_grade_average", grades=[[62, 75, 88, 94]]),
            c("school_make_quiz", topic="fractions", questions=8),
        ],
    ),
    (
        "I'm heading to Lisbon. Give me the 3-day forecast there. After that, I fly to Cairo; what's the UV "
        "index in Cairo?",
        [FORECAST, UV],
        [c("weather_forecast", city="Lisbon", days=3), c("weather_uv_index", city="Cairo")],
    ),
    (
        "You are a gardener with a 10 metre row. Put lettuces 0.25 metres apart; how many fit? Your second "
        "row is 8 metres long with cabbages 0.5 metres apart. How many fit there?",
        [PLANT_SPACING, MULCH],
        [
            c("garden_plant_count", row_length=10, spacing=0.25),
            c("garden_plant_count", row_length=8, spacing=0.5),
        ],
    ),
    (
        "Imagine you run a small shop. You send a 4 kilogram box to Brazil; how much will shipping cost? "
        "Then track the box with number BR-90. Finally, estimate shipping a 1 kilogram envelope to Chile.",
        [SHIPPING, TRACK],
        [
            c("parcel_shipping_cost", weight_kg=4, destination="Brazil"),
            c("parcel_track", tracking_number="BR-90"),
            c("parcel_shipping_cost", weight_kg=1, destination="Chile"),
        ],
    ),
    (
        "You are a cat owner. Your cat weighs 4 kilograms. How much should it eat per day? Your neighbour's "
        "dog weighs 30 kilograms. What daily portion does the dog need?",
        [PET_FOOD, VET],
        [c("pet_daily_food", species="cat", weight_kg=4), c("pet_daily_food", species="dog", weight_kg=30)],
    ),
    (
        "Imagine you are an astronomer. Look up the star Vega for me. Then, a probe orbits Jupiter at 5000 "
        "km altitude; calculate its orbital period.",
        [ORBIT, STAR_INFO],
        [
            c("astro_star_lookup", star="Vega"),
            c("astro_orbital_period", planet="Jupiter", altitude_km=5000),
        ],
    ),
    # ======== which tool each ask goes to
    (
        "I put 3000 in a savings account at 0.05 for 3 years and borrow 9000 at 0.07 for 36 months. What "
        "is the savings balance, and what is the monthly loan payment?",
        [SAVINGS, LOAN],
        [
            c("money_savings_growth", deposit=3000, rate=0.05, years=3),
            c("money_loan_payment", principal=9000, rate=0.07, months=36),
        ],
    ),
    (
        "For my band, suggest chords in G major. Our next song runs at 120 bpm for 480 beats; how long is "
        "it?",
        [CHORDS, TEMPO],
        [
            c("music_chord_progression", key="G", mode="major"),
            c("music_song_duration", bpm=120, beats=480),
        ],
    ),
    (
        "Convert 425 Fahrenheit to Celsius for my oven, and scale 300 grams of flour from 4 servings to 6.",
        [OVEN, SCALE_RECIPE],
        [
            c("kitchen_convert_oven_temperature", temperature=425, to_scale="celsius"),
            c("kitchen_scale_recipe", amount=300, original_servings=4, new_servings=6),
        ],
    ),
    (
        "My photo is 4000 by 3000 pixels. How large a print can I make at 240 dpi? And what exposure value "
        "does an aperture of 2.8 at 0.01 seconds give?",
        [EXPOSURE, PRINT_SIZE],
        [
            c("photo_print_size", width_px=4000, height_px=3000, dpi=240),
            c("photo_exposure_value", aperture=2.8, shutter_seconds=0.01),
        ],
    ),
    (
        "I have 50 grams of salt with a molar mass of 58.44 g/mol. How many moles is that? Can you calculate "
        "the moles for me?",
        [MOLES, DILUTE],
        [c("chem_moles_from_mass", mass_g=50, molar_mass=58.44)],
    ),
    (
        "You are a runner preparing for a race. You ran 21 kilometres in 105 minutes. What was your pace? "
        "You are curious about calories too: you weigh 60 kilograms and cycled for 30 minutes.",
        [PACE, CALORIES],
        [
            c("fitness_running_pace", distance_km=21, minutes=105),
            c("fitness_calories_burned", activity=["cycling", "cycled"], minutes=30, weight_kg=60),
        ],
    ),
    (
        "Imagine you are renovating. The floor is 20 square metres and needs 3 coats of stain; how much "
        "stain? You also have a pine plank 1 inch thick, 6 inches wide and 8 feet long. How many board feet?",
        [BOARD_FEET, STAIN],
        [
            c("wood_stain_needed", area_m2=20, coats=3),
            c("wood_board_feet", thickness_in=1, width_in=6, length_ft=8),
        ],
    ),
    (
        "I am travelling to Oslo next week. I'd like the forecast for 5 days there, and the UV index too.",
        [FORECAST, UV],
        [c("weather_forecast", city="Oslo", days=5), c("weather_uv_index", city="Oslo")],
    ),
    (
        "Imagine you are a tour guide in Vienna. You want to know when the Albertina opens. Later, you take "
        "the group by train from Vienna to Salzburg on 2025-09-03. Find the trains.",
        [TRAIN, MUSEUM],
        [
            c("city_museum_hours", museum="Albertina"),
            c("rail_find_trains", origin="Vienna", destination="Salzburg", date="2025-09-03"),
        ],
    ),
    (
        "Imagine you are a music teacher. You want a progression in D minor for your class. The warm-up "
        "piece is 90 bpm and has 360 beats. What progression do you suggest, and how long is the warm-up?",
        [CHORDS, TEMPO],
        [
            c("music_chord_progression", key="D", mode="minor"),
            c("music_song_duration", bpm=90, beats=360),
        ],
    ),
]

GUARDS: list[tuple[str, list[dict], list]] = [
    # two tasks of one tool, each with its own values: two calls, not one
    (
        "Convert 100 euros to yen. Then convert 50 British pounds to US dollars.",
        [FX, SAVINGS],
        [
            c("money_convert_currency", amount=100, from_currency="EUR", to_currency="JPY"),
            c("money_convert_currency", amount=50, from_currency="GBP", to_currency="USD"),
        ],
    ),
    # a setting with no ask after it for the other tool: only the asked tool is called
    (
        "I have a parcel with tracking number QX-118. Where is it now?",
        [SHIPPING, TRACK],
        [c("parcel_track", tracking_number="QX-118")],
    ),
    # two plain asks of two tools
    (
        "What is the UV index in Sydney, and what is the forecast there for 2 days?",
        [FORECAST, UV],
        [c("weather_uv_index", city="Sydney"), c("weather_forecast", city="Sydney", days=2)],
    ),
    (
        "Look up the star Sirius, then look up the star Rigel.",
        [STAR_INFO, ORBIT],
        [c("astro_star_lookup", star="Sirius"), c("astro_star_lookup", star="Rigel")],
    ),
]

GAPS: dict[str, str] = {
    "Imagine you are a cyclist": "value: the activity is read as 'many' (of 'how many calories'), not 'rowing'; "
    "the calls themselves are right",
    "You are a cat owner": "value: the setting's 'cat owner' is taken whole as the species",
    "You are a runner preparing": "ask missed: 'You are curious about calories too: …' states a wish the tool "
    "serves, and no call is made",
    "I am travelling to Oslo": "value: 'the UV index too' gives the forecast its city 'UV'",
    "Imagine you are a tour guide": "ask missed: 'You want to know when the Albertina opens' is read as a "
    "setting, not an ask of the hours tool",
    "Imagine you are a music teacher": "ask missed: the closing question names both tasks, the duration is "
    "not called",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS + GUARDS, GAPS))
def test_the_calls_for_each_task(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_rows_over_ten_domains() -> None:
    assert len(ROWS) >= 35
    assert len({tool["toolSpec"]["name"].split("_")[0] for _, tools, _ in ROWS for tool in tools}) >= 10
