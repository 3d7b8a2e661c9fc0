"""Call, don't ask; and say the optional values the user said: a battery in real users' style.

Written for this round in subjects of its own (pets, gardening, libraries, fitness, banking, IT ops,
photography, cinema, cooking, travel, messaging, home automation, education). Each request states every
required value, but not by the parameter's own name: by a label of the description's words or a synonym
("the identifier 'k9-004'" for `petId`, "host address 'db.local'" for `host`), as a quoted value after
"saying" or "called". Other rows state an optional flag in plain words ("keep it private" for
`private_visibility`, "including the subfolders" for `recursive`), or an enum member in another case or
form ("sort ascending" for ['ASC', 'DESC']). A small competent model calls with those values; it leaves out
what was not said (the guard rows at the end).
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import BOOL, INT, OMIT, STR, fn, one_call_problem, params

PET = fn(
    "vetclinic.get_pet_record",
    "Retrieve the medical record of a pet registered at the clinic.",
    {
        "petId": (STR, "The unique identifier assigned to the pet by the clinic."),
        "visitYear": (STR, "The year of the visits to include."),
    },
    ["petId", "visitYear"],
)
DB = fn(
    "add_mysql_connection",
    "Register a new MySQL server connection.",
    {
        "alias": (STR, "A short, recognizable name for the connection."),
        "host": (STR, "The hostname or IP address of the MySQL server."),
        "schema": (STR, "The schema (database) to open."),
        "user": (STR, "The login user."),
    },
    ["alias", "host", "schema", "user"],
)
LIB = fn(
    "library.renew_loan",
    "Renew a book loan for a library member.",
    {
        "loan_id": (STR, "The unique identifier of the loan."),
        "member_card": (STR, "The library card number of the member."),
    },
    ["loan_id", "member_card"],
)
BLOG = fn(
    "cms_publish_post",
    "Publish a blog post with SEO metadata.",
    {
        "Title": (STR, "The title of the post."),
        "Body": (STR, "The main text of the post."),
        "SeoSummary": (STR, "The short summary shown by search engines."),
    },
    ["Title", "Body", "SeoSummary"],
)
TRANSFER = fn(
    "bank_send_money",
    "Send money to another person.",
    {
        "recipient": (STR, "The name or email of the person receiving the money."),
        "amount": ("number", "The amount in dollars."),
        "hide_from_feed": (BOOL, "Whether the transaction is kept private and hidden from the public feed."),
    },
    ["recipient", "amount"],
)
PHOTO_SHARE = fn(
    "share_album",
    "Share a photo album with a contact.",
    {
        "album": (STR, "The album name."),
        "contact": (STR, "The email of the contact."),
        "private": (BOOL, "Whether the shared link is private. Default false."),
    },
    ["album", "contact"],
)
BACKUP = fn(
    "backup_folder",
    "Back up a folder to the cloud.",
    {
        "path": (STR, "The folder to back up."),
        "recursive": (BOOL, "Whether to include subfolders. Default false."),
        "include_hidden": (BOOL, "Whether to include hidden files. Default false."),
    },
    ["path"],
)
SCAN = fn(
    "antivirus_scan",
    "Scan a directory for malware.",
    {
        "directory": (STR, "The directory to scan."),
        "recursive": (BOOL, "Scan subdirectories too."),
    },
    ["directory"],
)
SORTED = fn(
    "list_workouts",
    "List the user's logged workouts.",
    {
        "user": (STR, "The user name."),
        "order": (STR, "Sort order by date.", {"enum": ["ASC", "DESC"]}),
        "limit": (INT, "The maximum number of workouts returned."),
    },
    ["user"],
)
RECIPES = fn(
    "recipes.list_saved",
    "List the recipes a user saved.",
    {
        "owner": (STR, "The user name of the owner."),
        "sort": (STR, "Sort direction by rating.", {"enum": ["ascending", "descending"]}),
    },
    ["owner"],
)
FILM = fn(
    "cinema_find_films",
    "Find films to watch by director, genre or actors.",
    {
        "director": (STR, "The director of the film. Use 'any' if not specified."),
        "starring": (STR, "The leading actors of the film. Use 'any' if not specified."),
    },
    [],
)
SHOW = fn(
    "tv_find_series",
    "Find TV series by creator or cast.",
    {
        "creator": (STR, "The showrunner or creator."),
        "cast": (STR, "The names of leading actors in the series."),
    },
    [],
)
THERMO = fn(
    "home_set_thermostat",
    "Set the thermostat of a room.",
    {
        "room": (STR, "The room name."),
        "temperature": (INT, "The target temperature in degrees Celsius."),
        "eco_mode": (BOOL, "Whether to run in energy-saving mode."),
    },
    ["room", "temperature"],
)
MSG = fn(
    "chat_send_message",
    "Send a chat message to a channel.",
    {
        "channel": (STR, "The channel name."),
        "text": (STR, "The message text."),
        "silent": (BOOL, "Send without a notification sound."),
    },
    ["channel", "text"],
)
COURSE = fn(
    "school_enrol",
    "Enrol a student in a course.",
    {
        "studentNumber": (STR, "The student's unique number."),
        "courseCode": (STR, "The course code, e.g. BIO101."),
    },
    ["studentNumber", "courseCode"],
)
TICKET = fn(
    "helpdesk_update_ticket",
    "Update a support ticket.",
    {
        "ticket_ref": (STR, "The reference of the ticket."),
        "status": (STR, "The new status.", {"enum": ["open", "pending", "closed"]}),
    },
    ["ticket_ref", "status"],
)
GARDEN = fn(
    "garden_plant_info",
    "Get the care guide for a plant.",
    {
        "plant": (STR, "The plant name."),
        "include_pests": (BOOL, "Whether to include common pests."),
    },
    ["plant"],
)

APP = fn(
    "appstore_get_reviews",
    "Get the user reviews of a mobile app.",
    {
        "appId": (STR, "The unique identifier of the app in the store."),
        "appVersion": (STR, "The version of the app."),
    },
    ["appId", "appVersion"],
)
DOC = fn(
    "docs_open_document",
    "Open a shared document.",
    {
        "docKey": (STR, "The key of the document."),
        "docRevision": (STR, "The revision of the document to open."),
    },
    ["docKey", "docRevision"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- a required value labelled by a synonym of the parameter's name or its description's words
    (
        "Pull up the record for the pet with identifier 'k9-004', visits from 2021 only",
        PET,
        {"petId": ["k9-004"], "visitYear": ["2021"]},
    ),
    (
        "can u get the medical file of pet id 'rex-17' for year 2023",
        PET,
        {"petId": ["rex-17"], "visitYear": ["2023"]},
    ),
    (
        "Add a MySQL connection named 'shop' with the host address 'db.shop.local', schema 'orders' and user 'ana'.",
        DB,
        {"alias": ["shop"], "host": ["db.shop.local"], "schema": ["orders"], "user": ["ana"]},
    ),
    (
        "Set up a MySQL server: nickname 'reports', hostname '10.0.0.5', database 'sales', login user 'bob'",
        DB,
        {"alias": ["reports"], "host": ["10.0.0.5"], "schema": ["sales"], "user": ["bob"]},
    ),
    (
        "Renew loan 'L-5531' for card number '998877' please",
        LIB,
        {"loan_id": ["L-5531"], "member_card": ["998877"]},
    ),
    (
        "Please renew my library loan with the id 'LN42'; my library card is '55501'.",
        LIB,
        {"loan_id": ["LN42"], "member_card": ["55501"]},
    ),
    (
        "Publish a post titled 'Spring bulbs' with 'Plant them in October' as the body, and a search summary saying 'When to plant bulbs'.",
        BLOG,
        {"Title": ["Spring bulbs"], "Body": ["Plant them in October"], "SeoSummary": ["When to plant bulbs"]},
    ),
    (
        "Enrol student number 'S-2201' in course BIO101",
        COURSE,
        {"studentNumber": ["S-2201"], "courseCode": ["BIO101"]},
    ),
    ("Close ticket ref 'HD-77'", TICKET, {"ticket_ref": ["HD-77"], "status": ["closed"]}),
    # ---- two quoted values, each after its label: the word after the first labels the second
    (
        "show reviews for my app with identifier 'notes-pro' version 'v3'",
        APP,
        {"appId": ["notes-pro"], "appVersion": ["v3"]},
    ),
    ("open the doc with key 'spec-9' revision 'r4'", DOC, {"docKey": ["spec-9"], "docRevision": ["r4"]}),
    ("fetch reviews for app 'notes-pro', version 'v3'", APP, {"appId": ["notes-pro"], "appVersion": ["v3"]}),
    # ---- an optional flag said in plain words
    (
        "send $40 to maria@example.com and keep it private",
        TRANSFER,
        {"recipient": ["maria@example.com"], "amount": [40.0], "hide_from_feed": [True]},
    ),
    (
        "Send 25 dollars to Tom, I don't want it to show on the public feed",
        TRANSFER,
        {"recipient": ["Tom"], "amount": [25.0], "hide_from_feed": [True]},
    ),
    (
        "Share the album 'Iceland 2022' with kim@example.com, and make sure the link stays private.",
        PHOTO_SHARE,
        {"album": ["Iceland 2022"], "contact": ["kim@example.com"], "private": [True]},
    ),
    (
        "Back up the folder /home/lea/photos including all the subfolders",
        BACKUP,
        {"path": ["/home/lea/photos"], "recursive": [True], "include_hidden": [OMIT, False]},
    ),
    (
        "Back up /srv/www and include hidden files too",
        BACKUP,
        {"path": ["/srv/www"], "include_hidden": [True], "recursive": [OMIT, False]},
    ),
    (
        "Scan /var/tmp for malware, subdirectories included",
        SCAN,
        {"directory": ["/var/tmp"], "recursive": [True]},
    ),
    (
        "scan the directory C:\\Downloads recursively",
        SCAN,
        {"directory": ["C:\\Downloads"], "recursive": [True]},
    ),
    (
        "Set the living room to 21 degrees in energy-saving mode",
        THERMO,
        {"room": ["living room"], "temperature": [21], "eco_mode": [True]},
    ),
    (
        "Post 'deploy done' to the #ops channel silently, no notification sound",
        MSG,
        {"channel": ["#ops", "ops"], "text": ["deploy done"], "silent": [True]},
    ),
    (
        "Care guide for tomatoes, and include common pests please",
        GARDEN,
        {"plant": ["tomatoes", "tomato"], "include_pests": [True]},
    ),
    # ---- an enum member in another case or form
    (
        "List the workouts of user 'jo' sorted ascending",
        SORTED,
        {"user": ["jo"], "order": ["ASC"], "limit": [OMIT]},
    ),
    ("show jo's workouts, newest first, max 10", SORTED, {"user": ["jo"], "order": ["DESC"], "limit": [10]}),
    (
        "List the recipes saved by 'chefmia' in descending order",
        RECIPES,
        {"owner": ["chefmia"], "sort": ["descending"]},
    ),
    ("Set ticket 'HD-90' to Pending", TICKET, {"ticket_ref": ["HD-90"], "status": ["pending"]}),
    # ---- a person named by their role in the film
    ("Find me a film with Cate Blanchett", FILM, {"starring": ["Cate Blanchett"], "director": [OMIT, "any"]}),
    (
        "I'd like a movie starring Denzel Washington",
        FILM,
        {"starring": ["Denzel Washington"], "director": [OMIT, "any"]},
    ),
    (
        "Something directed by Greta Gerwig with the actress Saoirse Ronan in it",
        FILM,
        {"director": ["Greta Gerwig"], "starring": ["Saoirse Ronan"]},
    ),
    ("a film by Bong Joon-ho", FILM, {"director": ["Bong Joon-ho"], "starring": [OMIT, "any"]}),
    (
        "Find a series that has Olivia Colman in the cast",
        SHOW,
        {"cast": ["Olivia Colman"], "creator": [OMIT]},
    ),
    (
        "any show created by Phoebe Waller-Bridge?",
        SHOW,
        {"creator": ["Phoebe Waller-Bridge"], "cast": [OMIT]},
    ),
    ("find TV series with the actor Pedro Pascal", SHOW, {"cast": ["Pedro Pascal"], "creator": [OMIT]}),
    # ---- guards: what was not said stays out, and a missing required value is still asked for
    (
        "Back up /srv/app, not including subfolders",
        BACKUP,
        {"path": ["/srv/app"], "recursive": [OMIT, False], "include_hidden": [OMIT, False]},
    ),
    (
        "send $15 to maria@example.com",
        TRANSFER,
        {"recipient": ["maria@example.com"], "amount": [15.0], "hide_from_feed": [OMIT, False]},
    ),
    (
        "Back up the folder /home/lea/docs",
        BACKUP,
        {"path": ["/home/lea/docs"], "recursive": [OMIT, False], "include_hidden": [OMIT, False]},
    ),
    (
        "Set the bedroom to 19 degrees",
        THERMO,
        {"room": ["bedroom"], "temperature": [19], "eco_mode": [OMIT, False]},
    ),
    (
        "Share the album 'Cats' with kim@example.com",
        PHOTO_SHARE,
        {"album": ["Cats"], "contact": ["kim@example.com"], "private": [OMIT, False]},
    ),
    ("List the workouts of user 'jo'", SORTED, {"user": ["jo"], "order": [OMIT], "limit": [OMIT]}),
    ("Care guide for basil", GARDEN, {"plant": ["basil"], "include_pests": [OMIT, False]}),
    ("Scan /var/log for malware", SCAN, {"directory": ["/var/log"], "recursive": [OMIT, False]}),
]

GAPS: dict[str, str] = {
    "send $40 to maria@example.com and keep": "'keep it private' does not set the flag whose description says 'kept private'",
    "Set the living room to 21": "the room's name keeps only 'living'",
    "Post 'deploy done' to the #ops": "no call: '#ops' is not read as the channel",
    "show jo's workouts, newest first": "the verb 'show' is kept in the user name",
    "Something directed by Greta Gerwig": "no call: a tool with no required parameters is not asked for by a clause without its words",
    "any show created by Phoebe": "no call: 'show' is not read as the series the tool finds",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_the_call_states_what_the_user_said(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_asks_when_a_required_value_is_missing() -> None:
    """Guard: the pet's identifier is not given, so the model asks rather than invent one."""
    assert one_call_problem(
        "Get my pet's record for 2022",
        [PET],
        PET["toolSpec"]["name"],
        {"petId": ["x"], "visitYear": ["2022"]},
    )


def test_the_battery_holds_thirty_five_requests() -> None:
    assert len(ROWS) >= 35
