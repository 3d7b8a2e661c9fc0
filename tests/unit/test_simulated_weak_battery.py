"""Ask, do not guess: a battery of requests whose required value has no real evidence.

Written for this round in subjects of its own (accounts, secrets and API keys, weather, family records,
e-mail, home rentals, music, libraries, parcels, banking, pets, smart homes, travel). Each ask row offers a
tool that fits the request but leaves one required value unsaid; the only words that could stand for it are
no value a careful reader would take: a function word or an adverb of a fixed phrase ("as well", "at
least"), the verb of the request itself ("help me", "I'd like to rent a house"), a word that only stands
near the parameter's words ("my last password attempt"), a common noun where a secret or a place is
wanted ("on this device" for a password, "the cursor is 'pointer'" for a city), a programming language
where a place is wanted. A small competent model asks for the value (no call). The guard rows state the
value (a quoted secret, one after its label, a real place), and the call must still be made.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import STR, fn, one_call_problem, params

BOOL = "boolean"

LOGIN = fn(
    "member_auth.login",
    "Authenticates a member by username and password. It returns a session token when the credentials are valid.",
    {
        "username": (STR, "The member's username."),
        "password": (STR, "The member's password."),
        "remember_me": (BOOL, "Whether to keep the member logged in for a longer period."),
    },
    ["username", "password"],
)
VAULT = fn(
    "vault.open_safe",
    "Opens the household safe with its passcode.",
    {"passcode": (STR, "The passcode of the safe.")},
    ["passcode"],
)
API_CALL = fn(
    "geo_api.lookup_elevation",
    "Looks up the elevation of a town with the geo API.",
    {"town": (STR, "The town to look up, e.g. Bergen"), "api_key": (STR, "The API key of the geo service.")},
    ["town", "api_key"],
)
WEATHER = fn(
    "get_current_weather",
    "Retrieves the current weather conditions for a city.",
    {"location": (STR, "The city, in the format 'City, Country', e.g. 'Lyon, France'")},
    ["location"],
)
PARTNER = fn(
    "get_partner_name",
    "Retrieves the name of a person's partner.",
    {
        "partner_of": (STR, "The name of the person whose partner's name is being retrieved."),
        "include_birth_name": (BOOL, "Whether to include the partner's birth name."),
    },
    ["partner_of"],
)
MAIL = fn(
    "mailer.send_mail",
    "Sends an e-mail to the given address with the given content.",
    {"address": (STR, "The recipient's e-mail address."), "content": (STR, "The body of the e-mail.")},
    ["address", "content"],
)
FLAT = fn(
    "Homes_SearchFlat",
    "Search for a flat to rent in a city.",
    {"city": (STR, "The city to search in, in the format 'City, ST', e.g. 'Austin, TX'")},
    ["city"],
)
SONG = fn(
    "radio.play_track",
    "Plays a track by its title.",
    {"title": (STR, "The title of the track.")},
    ["title"],
)
LOAN = fn(
    "library.renew_loan",
    "Renews a library loan for a borrower.",
    {"card_number": (STR, "The borrower's library card number."), "book_title": (STR, "The book's title.")},
    ["card_number", "book_title"],
)
PARCEL = fn(
    "courier.track_parcel",
    "Tracks a parcel by its tracking code.",
    {"tracking_code": (STR, "The parcel's tracking code.")},
    ["tracking_code"],
)
PIN = fn(
    "bank.change_card_pin",
    "Changes the PIN of a bank card.",
    {"card_id": (STR, "The card's identifier."), "new_pin": (STR, "The new four-digit PIN.")},
    ["card_id", "new_pin"],
)
VET = fn(
    "clinic.pet_record",
    "Gets the health record of a pet.",
    {"pet_name": (STR, "The pet's name.")},
    ["pet_name"],
)
THERMOSTAT = fn(
    "smarthome.set_room_temperature",
    "Sets the temperature of a room in the house.",
    {"room": (STR, "The room, e.g. 'kitchen'"), "token": (STR, "The access token of the smart-home hub.")},
    ["room", "token"],
)
HOTEL = fn(
    "travel.find_hotels",
    "Finds hotels in a destination city.",
    {"destination": (STR, "The destination city, e.g. 'Porto'")},
    ["destination"],
)

PING = fn(
    "netcheck.ping_host",
    "Pings a host by its IP address and reports the round-trip time.",
    {"ip": (STR, "The IP address of the host to ping.")},
    ["ip"],
)
RELEASE = fn(
    "store.publish_release",
    "Publishes a new release of the app.",
    {"version": (STR, "The version of the release, such as '2.0.1' or '3.1.0-rc1'.")},
    ["version"],
)
FIRMWARE = fn(
    "devices.install_firmware",
    "Installs a firmware build on the router.",
    {"build": (STR, "The firmware build to install, e.g. '7.14.2'")},
    ["build"],
)

NEAREST = fn(
    "maps.find_nearest",
    "Finds the nearest place of a kind to an address.",
    {
        "place_type": (STR, "The kind of place, e.g. 'pharmacy'"),
        "address": (STR, "The address to search from."),
    },
    ["place_type", "address"],
)
SPRINKLER = fn(
    "garden.set_sprinkler",
    "Switches the garden sprinkler of a zone.",
    {"zone": (STR, "The garden zone, e.g. 'lawn'"), "state": (STR, "Either 'on' or 'off'.")},
    ["zone", "state"],
)

ASKS: list[tuple[str, dict]] = [
    # ---- a value written in a form: an IP address in figures, a version like its examples
    ("Ping the host at the IP address for me, the usual one.", PING),
    ("Ping the router's IP address and tell me the latency.", PING),
    ("Publish a release, but limit it to the beta testers.", RELEASE),
    ("Install the firmware, but hurry, the router is slow.", FIRMWARE),
    # ---- accounts: a secret is stated as one, never a word of the request
    ("Could you help me log in with my username 'mia_r'?", LOGIN),
    ("Can you log me in? My username is MiaR! Also, set it to remember me on this laptop.", LOGIN),
    ("I've lost my password. Log in my username 'mia_r'? My last password attempt was wrong.", LOGIN),
    ("Please help me log in, username 'kofi88', I can't remember the rest.", LOGIN),
    ("Log me in as 'kofi88' and remember me on this device too.", LOGIN),
    ("Open the safe for me quickly, please.", VAULT),
    ("Could you help me open the safe? I forgot the code again.", VAULT),
    ("Open the safe as well, it's in the study.", VAULT),
    # ---- API keys and tokens
    ("Look up the elevation of Bergen with the geo API, my key is handy.", API_CALL),
    (
        "Using the geo API, look up the elevation of Tromso. The key is optional, it defaults to none.",
        API_CALL,
    ),
    ("Set the kitchen temperature with the hub, the token is somewhere in my notes.", THERMOSTAT),
    # ---- places: a place is a name, not a language, a product or a common noun
    ("Could you give me Python code that reverses a string?", WEATHER),
    ("Could you show me Rust code that reads a file line by line?", WEATHER),
    ("Fetch the logs, and the continuation cursor is 'pointer'. What's the weather?", WEATHER),
    ("I would like to rent a flat.", FLAT),
    ("I'd like to rent a flat, somewhere quiet.", FLAT),
    ("Find me hotels as well.", HOTEL),
    ("Find hotels at least, the rest can wait.", HOTEL),
    # ---- family records: the person is named, not an adverb
    ("Could you tell me the name of my partner, and include the birth name as well?", PARTNER),
    ("Tell me my partner's name, with the birth name too.", PARTNER),
    # ---- e-mail: an address is an address, not the message
    ("Can you send Dad an e-mail saying we should meet for lunch on Sunday.", MAIL),
    ("Send an e-mail to my sister saying the keys are under the mat.", MAIL),
    # ---- libraries, parcels, banks, pets
    ("Renew my library loan for 'Middlemarch' please, it's due soon.", LOAN),
    ("Can you help me track my parcel? It should have arrived already.", PARCEL),
    ("Change the PIN of my card 'C-7781' as well.", PIN),
    ("Could you help me see my pet's health record?", VET),
]

ROWS: list[tuple[str, dict, dict]] = [
    (
        "Find the nearest bakery to 12 High Street, Bath.",
        NEAREST,
        {"place_type": ["bakery"], "address": ["12 High Street, Bath"]},
    ),
    ("Switch the lawn sprinkler off.", SPRINKLER, {"zone": ["lawn"], "state": ["off"]}),
    ("Ping 10.0.0.7 please.", PING, {"ip": ["10.0.0.7"]}),
    ("Publish release 2.4.0 of the app.", RELEASE, {"version": ["2.4.0"]}),
    ("Install firmware build 7.15.0 on the router.", FIRMWARE, {"build": ["7.15.0"]}),
    # ---- guards: the value is stated, the call is still made
    (
        "Log in with username 'mia_r' and password 'Tulip!42'.",
        LOGIN,
        {"username": ["mia_r"], "password": ["Tulip!42"]},
    ),
    (
        "My username is mia_r and my password is Tulip42, authenticate me please.",
        LOGIN,
        {"username": ["mia_r"], "password": ["Tulip42"]},
    ),
    ("Open the safe with passcode 4471.", VAULT, {"passcode": ["4471"]}),
    (
        "Look up the elevation of Bergen with the geo API, my key is 'k-99x'.",
        API_CALL,
        {"town": ["Bergen"], "api_key": ["k-99x"]},
    ),
    ("What's the weather in Lyon, France?", WEATHER, {"location": ["Lyon, France"]}),
    ("Weather in Nairobi, Kenya right now?", WEATHER, {"location": ["Nairobi, Kenya"]}),
    ("I would like to rent a flat in Austin, TX.", FLAT, {"city": ["Austin, TX"]}),
    ("Who is Marie Curie's partner?", PARTNER, {"partner_of": ["Marie Curie"]}),
    (
        "Send an e-mail to dad@example.org saying we should meet for lunch.",
        MAIL,
        {"address": ["dad@example.org"], "content": ["we should meet for lunch"]},
    ),
    ("Track parcel ZX-4410-GB.", PARCEL, {"tracking_code": ["ZX-4410-GB"]}),
    ("Find hotels in Porto as well.", HOTEL, {"destination": ["Porto"]}),
    ("Play the track 'Blue Monday'.", SONG, {"title": ["Blue Monday"]}),
    (
        "Please log me in: username mia_r, password Tulip42.",
        LOGIN,
        {"username": ["mia_r"], "password": ["Tulip42"]},
    ),
    ("Show the health record of my cat Miso.", VET, {"pet_name": ["Miso"]}),
]

ADDRESS = "the message's words are taken as the e-mail address"

IP = (
    "an IP address is not required to be written in figures (a rule for it gained no benchmark case: dropped)"
)

FIGURES = (
    "common words are not refused for a value whose examples are all in figures (a rule for it refused"
    " formulas, races and dates: dropped)"
)

ASK_GAPS: dict[str, str] = {
    "Publish a release, but limit": FIGURES,
    "Install the firmware, but hurry": FIGURES,
    "Ping the host at the IP address": IP,
    "Ping the router's IP address": IP,
    "Can you send Dad an e-mail": ADDRESS,
}
"""Ask rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""

GAPS: dict[str, str] = {
    "Find the nearest bakery": "the kind of place and the address are not read (the model asks for `place_type`)",
}
"""Guard rows the simulator does not pass yet, and why."""


def ask_params(rows: list[tuple[str, dict]], gaps: dict[str, str]) -> list:
    return [
        pytest.param(
            r,
            t,
            marks=[pytest.mark.xfail(strict=True, reason=gaps[k]) for k in gaps if r.startswith(k)],
            id=r[:40],
        )
        for r, t in rows
    ]


@pytest.mark.parametrize(("request_text", "spec"), ask_params(ASKS, ASK_GAPS))
def test_a_value_with_no_evidence_is_asked_for(request_text: str, spec: dict) -> None:
    assert calls(request_text, spec) == []


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_a_stated_value_is_still_taken(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_enough_rows() -> None:
    assert len(ASKS) + len(ROWS) >= 35
    assert len(ROWS) >= 10
