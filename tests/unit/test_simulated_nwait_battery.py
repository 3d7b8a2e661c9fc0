"""A step that needs an earlier step's result waits for it: a battery written for this round.

Each row offers one catalogue of sixteen tools in many subjects (finance, geometry, music, language,
messaging, mathematics, text analysis, weather, health, markets, audio, travel, security) and a request that
chains steps. A value that refers back to what an earlier step produces -- a pronoun ("it", "them") whose
antecedent is that step's result, "the calculated area", "the total", "the result", "the GCD value", or a noun
the earlier tool says it returns ("the lyrics" after a lyrics tool) -- is not stated yet, so a small competent
model calls only the steps it can fill now and waits for the results. Guard rows state every value: every
step is called at once. The expected value is the set of tool names called on the first turn.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import MODEL, calls
from test_simulated_bfcl_style_battery import INT, NUM, STR, fn, params

TIP = fn(
    "calculate_tip",
    "Calculate the tip amount and the total for a bill.",
    {"bill_amount": (NUM, "The bill amount."), "tip_percentage": (NUM, "The tip percentage.")},
    ["bill_amount", "tip_percentage"],
)
INVOICE = fn(
    "create_invoice",
    "Create an invoice for a customer.",
    {"customer_name": (STR, "The customer's name."), "amount": (NUM, "The amount to invoice.")},
    ["customer_name", "amount"],
)
ENCRYPT = fn(
    "encrypt_text",
    "Encrypt a text with a cipher.",
    {"text": (STR, "The text to encrypt."), "algorithm": (STR, "The cipher, e.g. AES")},
    ["text"],
)
AREA = fn(
    "compute_circle_area",
    "Compute the area of a circle from its radius.",
    {"radius": (NUM, "The radius of the circle.")},
    ["radius"],
)
LYRICS = fn(
    "fetch_song_lyrics",
    "Fetch the lyrics of a song.",
    {"song_title": (STR, "The song title."), "artist": (STR, "The artist.")},
    ["song_title"],
)
TRANSLATE = fn(
    "translate_text",
    "Translate a text into another language.",
    {"text": (STR, "The text to translate."), "target_language": (STR, "The target language.")},
    ["text", "target_language"],
)
SMS = fn(
    "send_sms",
    "Send an SMS message to a phone number.",
    {"phone_number": (STR, "The recipient's phone number."), "message": (STR, "The message text.")},
    ["phone_number", "message"],
)
GCD = fn(
    "greatest_common_divisor",
    "Find the greatest common divisor of two integers.",
    {"a": (INT, "The first integer."), "b": (INT, "The second integer.")},
    ["a", "b"],
)
SENTIMENT = fn(
    "analyze_sentiment",
    "Analyze the sentiment of a text.",
    {"text": (STR, "The text to analyze.")},
    ["text"],
)
WEATHER = fn(
    "get_current_weather",
    "Get the current weather in a city.",
    {"city": (STR, "The city name.")},
    ["city"],
)
BMI = fn(
    "compute_bmi",
    "Compute the body mass index.",
    {"weight_kg": (NUM, "Weight in kilograms."), "height_m": (NUM, "Height in meters.")},
    ["weight_kg", "height_m"],
)
STOCK = fn(
    "get_stock_price",
    "Get the latest price of a stock.",
    {"symbol": (STR, "The ticker symbol, e.g. MSFT")},
    ["symbol"],
)
CONVERT = fn(
    "convert_currency",
    "Convert an amount from one currency to another.",
    {
        "amount": (NUM, "The amount to convert."),
        "from_currency": (STR, "The source currency code."),
        "to_currency": (STR, "The target currency code."),
    },
    ["amount", "from_currency", "to_currency"],
)
RECORD = fn(
    "record_audio",
    "Record an audio clip of a given length.",
    {"duration_seconds": (INT, "The length of the clip in seconds.")},
    ["duration_seconds"],
)
EMAIL = fn(
    "send_email",
    "Send an email.",
    {"recipient": (STR, "The recipient's email address."), "body": (STR, "The email body.")},
    ["recipient", "body"],
)
DISTANCE = fn(
    "get_distance",
    "Get the driving distance between two cities in kilometers.",
    {"origin": (STR, "The starting city."), "destination": (STR, "The destination city.")},
    ["origin", "destination"],
)
CATALOGUE = [
    TIP,
    INVOICE,
    ENCRYPT,
    AREA,
    LYRICS,
    TRANSLATE,
    SMS,
    GCD,
    SENTIMENT,
    WEATHER,
    BMI,
    STOCK,
    CONVERT,
]
CATALOGUE += [RECORD, EMAIL, DISTANCE]

ROWS: list[tuple[str, set]] = [
    # a later step refers back to an earlier step's result: only the first is called now
    ("Work out a 15% tip on a $80 bill, then create an invoice for Dana for the total.", {"calculate_tip"}),
    (
        "Compute the area of a circle with radius 4 and then encrypt the calculated area.",
        {"compute_circle_area"},
    ),
    ("Get the lyrics of 'Yellow' by Coldplay and then translate them into German.", {"fetch_song_lyrics"}),
    ("Find the GCD of 84 and 36 and text the result to 555-0142.", {"greatest_common_divisor"}),
    ("Fetch the lyrics of 'Hallelujah' and analyze the sentiment of the lyrics.", {"fetch_song_lyrics"}),
    ("Record a 20 second audio clip and email it to sam@example.com.", {"record_audio"}),
    ("What is the weather in Oslo? Then translate the report into Spanish.", {"get_current_weather"}),
    ("Compute my BMI for 70 kg and 1.75 m and send the BMI value by SMS to 555-0199.", {"compute_bmi"}),
    ("Get the price of AAPL and convert it from USD to EUR.", {"get_stock_price"}),
    ("Convert 250 USD to JPY, then invoice Lee for the converted amount.", {"convert_currency"}),
    ("Get the driving distance from Lyon to Nice and text it to 555-0100.", {"get_distance"}),
    ("Calculate a 20% tip on 45 dollars and encrypt the total.", {"calculate_tip"}),
    (
        "Find the greatest common divisor of 120 and 45, then email the GCD value to ana@example.com.",
        {"greatest_common_divisor"},
    ),
    (
        "Translate 'good morning' into French and then analyze the sentiment of the translated text.",
        {"translate_text"},
    ),
    ("Look up the weather in Cairo and send it by SMS to 555-0123.", {"get_current_weather"}),
    (
        "Compute the area of a circle of radius 2.5, then create an invoice for Max with the resulting area as the amount.",
        {"compute_circle_area"},
    ),
    ("Get the lyrics of 'Imagine' by John Lennon, then encrypt them.", {"fetch_song_lyrics"}),
    ("Check the stock price of TSLA and email the price to kim@example.com.", {"get_stock_price"}),
    ("Record a 45 second clip and then send it to 555-0177 by text.", {"record_audio"}),
    (
        "Analyze the sentiment of 'I love this phone' and email the result to support@example.com.",
        {"analyze_sentiment"},
    ),
    ("Encrypt the text 'meet at noon' and then text the encrypted text to 555-0111.", {"encrypt_text"}),
    (
        "Calculate the tip for a $60 bill at 18 percent, then convert the total from USD to GBP.",
        {"calculate_tip"},
    ),
    ("Find the distance from Madrid to Seville and then translate it into Italian.", {"get_distance"}),
    ("Compute the BMI for 82 kg and 1.8 m, then encrypt the result.", {"compute_bmi"}),
    ("Get the weather in Lima and analyze the sentiment of the weather report.", {"get_current_weather"}),
    # two independent first steps, one waiting step
    (
        "Get the weather in Rome and the price of IBM, then email both to jo@example.com.",
        {"get_current_weather", "get_stock_price"},
    ),
    (
        "Find the GCD of 12 and 18 and the area of a circle with radius 3, then encrypt the area.",
        {"greatest_common_divisor", "compute_circle_area"},
    ),
    # guards: every value is stated, so every step is called now
    (
        "Translate 'thank you' into Japanese and send an SMS saying 'on my way' to 555-0150.",
        {"translate_text", "send_sms"},
    ),
    (
        "Encrypt 'top secret' and compute the area of a circle with radius 6.",
        {"encrypt_text", "compute_circle_area"},
    ),
    ("Get the weather in Paris and the stock price of NVDA.", {"get_current_weather", "get_stock_price"}),
    (
        "Find the GCD of 48 and 18 and compute the BMI for 60 kg and 1.65 m.",
        {"greatest_common_divisor", "compute_bmi"},
    ),
    (
        "Create an invoice for Ravi for 300 dollars and email 'invoice sent' to ravi@example.com.",
        {"create_invoice", "send_email"},
    ),
    (
        "Analyze the sentiment of 'what a dull film' and translate 'hello friend' into Portuguese.",
        {"analyze_sentiment", "translate_text"},
    ),
    (
        "Convert 100 EUR to USD and get the distance from Berlin to Munich.",
        {"convert_currency", "get_distance"},
    ),
    ("Record a 10 second clip and fetch the lyrics of 'Let It Be'.", {"record_audio", "fetch_song_lyrics"}),
    ("Calculate a 10% tip on a $30 bill.", {"calculate_tip"}),
    ("Send an SMS to 555-0188 saying 'dinner at eight'.", {"send_sms"}),
]

GAPS: dict[str, str] = {
    "What is the weather in Oslo?": "a later step's value refers back to an earlier step's result ('the report' of the weather step): translate is called with words",
    "Find the greatest common divisor of 120": "a later step's value refers back to an earlier step's result ('the GCD value'): email body 'GCD'",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "expected"), params(ROWS, GAPS))
def test_only_the_steps_that_can_be_filled_now_are_called(request_text: str, expected: set) -> None:
    got = {name for name, _ in calls(request_text, *CATALOGUE)}
    assert got == expected, calls(request_text, *CATALOGUE)


def test_the_battery_holds_thirty_five_rows_and_ten_guards() -> None:
    assert len(ROWS) >= 35
    assert sum(1 for _, want in ROWS if len(want) > 1) >= 9


def second_turn(request_text: str, result: dict) -> list[tuple[str, dict]]:
    """The calls made once the first turn's calls return `result` (a Converse toolResult)."""
    messages = [{"role": "user", "content": [{"text": request_text}]}]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": CATALOGUE}})["output"]["message"]
    uses = [c["toolUse"] for c in first["content"] if "toolUse" in c]
    messages += [
        first,
        {
            "role": "user",
            "content": [
                {"toolResult": {"toolUseId": u["toolUseId"], "content": [{"json": result}]}} for u in uses
            ],
        },
    ]
    second = MODEL.converse({"messages": messages, "toolConfig": {"tools": CATALOGUE}})["output"]["message"]
    return [(c["toolUse"]["name"], c["toolUse"]["input"]) for c in second["content"] if "toolUse" in c]


NEXT_TURN = [
    # (request, what the first turn's call returns, the value the waiting step must be called with)
    (
        "Compute the area of a circle with radius 4 and then encrypt the calculated area.",
        {"area": 50.27},
        "50.27",
    ),
    (
        "Get the lyrics of 'Yellow' by Coldplay and then translate them into German.",
        {"lyrics": "Look at the stars"},
        "Look at the stars",
    ),
    (
        "Look up the weather in Cairo and send it by SMS to 555-0123.",
        {"weather": "sunny, 31 C"},
        "sunny, 31 C",
    ),
    (
        "Fetch the lyrics of 'Hallelujah' and analyze the sentiment of the lyrics.",
        {"title": "Hallelujah", "lyrics": "I heard there was a secret chord"},
        "I heard there was a secret chord",
    ),
    (
        "Record a 20 second audio clip and email it to sam@example.com.",
        {"file": "clip_0042.wav"},
        "clip_0042.wav",
    ),
    ("Get the driving distance from Lyon to Nice and text it to 555-0100.", {"distance_km": 470}, "470"),
    ("Compute the BMI for 82 kg and 1.8 m, then encrypt the result.", {"bmi": 25.3}, "25.3"),
    (
        "Check the stock price of TSLA and email the price to kim@example.com.",
        {"symbol": "TSLA", "price": 251.2},
        "251.2",
    ),
    (
        "Translate 'good morning' into French and then analyze the sentiment of the translated text.",
        {"translated_text": "bonjour"},
        "bonjour",
    ),
    (
        "Analyze the sentiment of 'I love this phone' and email the result to support@example.com.",
        {"sentiment": "positive"},
        "positive",
    ),
    ("Find the GCD of 84 and 36 and text the result to 555-0142.", {"gcd": 12}, "12"),
    (
        "Get the lyrics of 'Imagine' by John Lennon, then encrypt them.",
        {"lyrics": "Imagine there's no heaven"},
        "Imagine there's no heaven",
    ),
    (
        "Encrypt the text 'meet at noon' and then text the encrypted text to 555-0111.",
        {"encrypted_text": "U2FsdGVkX1"},
        "U2FsdGVkX1",
    ),
    (
        "Get the weather in Lima and analyze the sentiment of the weather report.",
        {"city": "Lima", "report": "cloudy and mild"},
        "cloudy and mild",
    ),
    (
        "Compute the area of a circle of radius 2.5, then create an invoice for Max with the resulting area as the amount.",
        {"area": 19.63},
        "19.63",
    ),
    (
        "Work out a 15% tip on a $80 bill, then create an invoice for Dana for the total.",
        {"tip": 12.0, "total": 92.0},
        "92.0",
    ),
    (
        "Convert 250 USD to JPY, then invoice Lee for the converted amount.",
        {"converted_amount": 36250.0, "rate": 145.0},
        "36250.0",
    ),
    (
        "Calculate the tip for a $60 bill at 18 percent, then convert the total from USD to GBP.",
        {"tip_amount": 10.8, "total_amount": 70.8},
        "70.8",
    ),
    (
        "Work out the area of a circle with radius 3, then convert the result from USD to EUR.",
        {"result": 28.27},
        "28.27",
    ),
    (
        "Get the weather in Oslo and then email the output to lars@example.com.",
        {"output": "light snow, -2 C"},
        "light snow, -2 C",
    ),
    # a pronoun alone leaves the one text value unread ("email it to …"): it is the result
    (
        "Fetch the lyrics of 'Let It Be' and send them by SMS to 555-0190.",
        {"lyrics": "When I find myself in times of trouble"},
        "When I find myself in times of trouble",
    ),
    (
        "Translate 'see you soon' into Dutch and send it by SMS to 555-0133.",
        {"translation": "tot snel"},
        "tot snel",
    ),
    (
        "Get the stock price of AMZN and then email it to fin@example.com.",
        {"symbol": "AMZN", "price": 178.1},
        "178.1",
    ),
    # guard: a number that refers back by a pronoun is already read from the result
    ("Get the price of AAPL and convert it from USD to EUR.", {"price": 189.5}, "189.5"),
]
NEXT_GAPS = {
    "Find the greatest common divisor of 120": "first turn: 'the GCD value' does not wait, the email is sent at once with 'GCD'",
    "Get the driving distance from Lyon": "the SMS step is not planned ('text it to …' is read as a second distance ask)",
    "Find the GCD of 84": "the SMS step is not planned ('text the result to …' names no SMS tool word)",
    "Encrypt the text 'meet at noon'": "the SMS step is read as a second encrypt_text call ('text the encrypted text')",
}
"""Next-turn rows the simulator does not pass yet: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "result", "value"), params(NEXT_TURN, NEXT_GAPS))
def test_the_waiting_step_takes_the_result_on_the_next_turn(
    request_text: str, result: dict, value: str
) -> None:
    got = second_turn(request_text, result)
    assert len(got) == 1 and any(value in str(v) for v in got[0][1].values()), got
