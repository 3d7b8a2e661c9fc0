"""Strings in the form the description asks for: a battery of one-call requests written for this round.

Two readings a small competent model follows when a string parameter's description says what shape its
value takes, in subjects of their own (music, books, mail, code, podcasts, film, news, jobs, art, travel,
printers, databases, caches, game servers, storage, messaging, monitoring):

- **A query written in fields.** A search string described in a layout of `key:Placeholder` fields ("in the
  format 'title:BookTitle author:AuthorName'") is written in that layout: each field takes the value the
  request gives for it ("Find 'Beloved' by Toni Morrison" → "title:Beloved author:Toni Morrison"), a field
  the request leaves unsaid is left out, and the plain words of the ask are no value of it. Search syntaxes
  written this way (a mail client's "from:… subject:…", a code host's "repo:… language:…") are common.
- **A host written as a host.** A host or domain name or an IP address the request writes ("located at
  db.example.org", "the host address is 10.0.4.22") is the value of the parameter whose description asks
  for a hostname or an IP address — not the product's name before "server" ("a new MySQL server"), nor a
  word of the label ("host address"), nor a word the description quotes that is another parameter's name
  ("defaults to the same as 'host'") or runs from a possessive's apostrophe ("The node's hostname …, such as
  'localhost'": the apostrophe of "node's" opens no quotation).

The guard rows at the end hold what must not change: a plain query, a layout with no placeholders, a host
given plainly.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params


def _query_tool(name: str, description: str, layout: str, example: str, extra: dict | None = None) -> dict:
    properties = {
        "query": (STR, f"The search query, in the format '{layout}', such as '{example}'."),
        **(extra or {}),
    }
    return fn(name, description, properties, ["query"])


SONGS = _query_tool(
    "music_play_track",
    "Search the streaming library for a track and play it.",
    "track:TrackName artist:ArtistName",
    "track:Blue Monk artist:Thelonious Monk",
    {"volume": (INT, "Volume level from 0 to 100.", {"default": 40})},
)
BOOKS = _query_tool(
    "library_find_book",
    "Search the library catalogue for a book.",
    "title:BookTitle author:AuthorName",
    "title:Emma author:Jane Austen",
)
MAIL = _query_tool(
    "mail_search",
    "Search the mailbox for messages.",
    "from:SenderName subject:SubjectText",
    "from:Lee subject:invoice",
)
CODE = _query_tool(
    "code_search",
    "Search hosted repositories for code.",
    "repo:RepositoryName language:LanguageName",
    "repo:left-pad language:JavaScript",
)
PODCASTS = _query_tool(
    "podcast_find_episode",
    "Find a podcast episode to play.",
    "show:ShowName episode:EpisodeTitle",
    "show:Science Hour episode:Black Holes",
)
FILMS = _query_tool(
    "film_archive_search",
    "Search the film archive.",
    "title:FilmTitle director:DirectorName",
    "title:Vertigo director:Alfred Hitchcock",
)
NEWS = _query_tool(
    "news_search",
    "Search news articles.",
    "topic:TopicName source:OutletName",
    "topic:elections source:BBC",
)
JOBS = _query_tool(
    "jobs_search",
    "Search job listings.",
    "role:JobTitle city:CityName",
    "role:nurse city:Leeds",
)
ART = _query_tool(
    "gallery_search",
    "Search the museum's collection for artworks.",
    "artist:ArtistName title:ArtworkTitle",
    "artist:Claude Monet title:Water Lilies",
)
TRAVEL = _query_tool(
    "travel_guide_search",
    "Search the travel guide.",
    "city:CityName country:CountryName",
    "city:Kyoto country:Japan",
)


def _server_tool(name: str, description: str, product: str, extra: dict, required: list[str]) -> dict:
    return fn(
        name,
        description,
        {"host": (STR, f"The hostname or IP address of the {product} server."), **extra},
        ["host", *required],
    )


DATABASE = _server_tool(
    "add_mariadb_server",
    "Adds a new MariaDB server configuration.",
    "MariaDB",
    {"alias": (STR, "A recognizable name for the server."), "port": (INT, "The port the server listens on.")},
    ["alias", "port"],
)
BROKER = _server_tool(
    "add_rabbitmq_broker",
    "Registers a RabbitMQ server as a message broker.",
    "RabbitMQ",
    {"vhost": (STR, "The virtual host to use.", {"default": "/"})},
    [],
)
GAME = _server_tool(
    "add_minecraft_server",
    "Adds a Minecraft server to the launcher's list.",
    "Minecraft",
    {"label": (STR, "The name shown in the list.")},
    ["label"],
)
CACHE = fn(
    "add_cache_node",
    "Adds a new cache node configuration to the cluster.",
    {
        "label": (
            STR,
            "A nickname for the node. If not provided, the same as 'host'.",
            {"default": "localhost"},
        ),
        "host": (STR, "The node's hostname or IP address, such as 'localhost' or '10.0.0.5'."),
        "token": (STR, "The access token for the node."),
    },
    ["host", "token"],
)
PRINTER = fn(
    "register_printer",
    "Registers a network printer.",
    {
        "name": (
            STR,
            "The printer's display name. Defaults to the value of 'address'.",
            {"default": "printer"},
        ),
        "address": (STR, "The printer's hostname or IP address, e.g. 'printer.local' or '192.168.0.40'."),
    },
    ["address"],
)
STORAGE = fn(
    "mount_nas_share",
    "Mounts a share from a network storage box.",
    {
        "host": (STR, "The storage box's host name or IP address, such as 'nas.lan'."),
        "share": (STR, "The name of the share to mount."),
    },
    ["host", "share"],
)
MONITOR = fn(
    "add_uptime_check",
    "Adds an uptime check for a web host.",
    {
        "hostname": (STR, "The site's hostname, such as 'shop.example.com'."),
        "interval": (INT, "Minutes between checks.", {"default": 5}),
    },
    ["hostname"],
)


ROWS: list[tuple[str, dict, dict]] = [
    # ---- a query written in the fields its description lays out
    ("Play 'Blue in Green' by Bill Evans", SONGS, {"query": ["track:Blue in Green artist:Bill Evans"]}),
    (
        "I'd like to hear the song 'Hey Ya' by Outkast.",
        SONGS,
        {"query": ["track:Hey Ya artist:Outkast"]},
    ),
    (
        "Could you find 'So What' by Miles Davis and play it at volume 70?",
        SONGS,
        {"query": ["track:So What artist:Miles Davis"], "volume": [70]},
    ),
    ("Put on 'Jolene' by Dolly Parton, please.", SONGS, {"query": ["track:Jolene artist:Dolly Parton"]}),
    ("Play the track 'Clair de Lune'.", SONGS, {"query": ["track:Clair de Lune"]}),
    ("Find the novel 'Beloved' by Toni Morrison.", BOOKS, {"query": ["title:Beloved author:Toni Morrison"]}),
    (
        "Is 'The Remains of the Day' by Kazuo Ishiguro in the catalogue?",
        BOOKS,
        {"query": ["title:The Remains of the Day author:Kazuo Ishiguro"]},
    ),
    ("Do you have 'Kindred' by Octavia Butler?", BOOKS, {"query": ["title:Kindred author:Octavia Butler"]}),
    ("Look up the book 'Middlemarch'.", BOOKS, {"query": ["title:Middlemarch"]}),
    (
        "Search my mail for messages from Priya with the subject 'rent'.",
        MAIL,
        {"query": ["from:Priya subject:rent"]},
    ),
    ("Find mail from Marcus.", MAIL, {"query": ["from:Marcus"]}),
    ("Find the message with the subject 'visa renewal'.", MAIL, {"query": ["subject:visa renewal"]}),
    (
        "Search the repo 'tiny-parser' for code in Rust.",
        CODE,
        {"query": ["repo:tiny-parser language:Rust"]},
    ),
    (
        "Find the episode 'Deep Sea Vents' of the show 'Ocean Talk'.",
        PODCASTS,
        {"query": ["show:Ocean Talk episode:Deep Sea Vents"]},
    ),
    (
        "Search the archive for 'Rear Window' by Alfred Hitchcock.",
        FILMS,
        {"query": ["title:Rear Window director:Alfred Hitchcock"]},
    ),
    (
        "Is there a film called 'Stalker' directed by Andrei Tarkovsky?",
        FILMS,
        {"query": ["title:Stalker director:Andrei Tarkovsky"]},
    ),
    (
        "Find news on the topic 'heat pumps' from Reuters.",
        NEWS,
        {"query": ["topic:heat pumps source:Reuters"]},
    ),
    (
        "Search for 'data engineer' roles in Denver.",
        JOBS,
        {"query": ["role:data engineer city:Denver"]},
    ),
    (
        "Search the collection for 'The Starry Night' by Vincent van Gogh.",
        ART,
        {"query": ["artist:Vincent van Gogh title:The Starry Night"]},
    ),
    (
        "What does the guide say about Porto in Portugal?",
        TRAVEL,
        {"query": ["city:Porto country:Portugal"]},
    ),
    # ---- a host written as a host
    (
        "I need to include a new MariaDB server configuration. The server is located at db.example.org, "
        "with the alias 'orders'. Use port 3307",
        DATABASE,
        {"host": ["db.example.org"], "alias": ["orders"], "port": [3307]},
    ),
    (
        "Add a MariaDB server at 10.0.8.15 called 'reporting' on port 3306.",
        DATABASE,
        {"host": ["10.0.8.15"], "alias": ["reporting"], "port": [3306]},
    ),
    (
        "Add a MariaDB server at db2.example.org with the alias 'archive' on port 3306.",
        DATABASE,
        {"host": ["db2.example.org"], "alias": ["archive"], "port": [3306]},
    ),
    (
        "Register a new RabbitMQ broker; the server is located at mq.internal.net.",
        BROKER,
        {"host": ["mq.internal.net"], "vhost": [OMIT, "/"]},
    ),
    (
        "Add my Minecraft server to the list as 'Friday Night'. It is hosted at play.blockparty.gg.",
        GAME,
        {"host": ["play.blockparty.gg"], "label": ["Friday Night"]},
    ),
    (
        "Add the server 51.38.12.7 to my Minecraft list as 'Creative'.",
        GAME,
        {"host": ["51.38.12.7"], "label": ["Creative"]},
    ),
    (
        "Please add a new cache node to the cluster. The host address is http://cache.example.ca, and the "
        "token is 99881.",
        CACHE,
        {"host": ["http://cache.example.ca"], "token": ["99881"], "label": [OMIT, "localhost"]},
    ),
    (
        "Add a cache node. The host address is 172.16.4.9 and the token is zz-41.",
        CACHE,
        {"host": ["172.16.4.9"], "token": ["zz-41"], "label": [OMIT, "localhost"]},
    ),
    (
        "Add a cache node whose host name is node7.example.com; the token is abc123.",
        CACHE,
        {"host": ["node7.example.com"], "token": ["abc123"], "label": [OMIT, "localhost"]},
    ),
    (
        "Register the printer on the second floor. Its IP address is 192.168.7.31.",
        PRINTER,
        {"address": ["192.168.7.31"], "name": [OMIT, "printer"]},
    ),
    ("Register a printer at hp-color.office.lan please.", PRINTER, {"address": ["hp-color.office.lan"]}),
    (
        "Mount the share 'photos' from the storage box at nas.home.arpa.",
        STORAGE,
        {"host": ["nas.home.arpa"], "share": ["photos"]},
    ),
    (
        "Mount the share 'backups'; the storage box's IP address is 10.1.1.2.",
        STORAGE,
        {"host": ["10.1.1.2"], "share": ["backups"]},
    ),
    (
        "Set up an uptime check on the site shop.lumen.io.",
        MONITOR,
        {"hostname": ["shop.lumen.io"], "interval": [OMIT, 5]},
    ),
    (
        "Add an uptime check for status.acme.dev every 10 minutes.",
        MONITOR,
        {"hostname": ["status.acme.dev"], "interval": [10]},
    ),
]

TOOL_CHOICE = "tool choice: the request is not read as asking the tool"
GAPS: dict[str, str] = {
    "I'd like to hear the song": TOOL_CHOICE + " ('hear' is no word of 'play')",
    "Put on 'Jolene'": TOOL_CHOICE + " ('put on' is not read as 'play')",
    "Do you have 'Kindred'": TOOL_CHOICE + " ('do you have' a book is not read as searching the catalogue)",
    "Could you find 'So What'": "the second ask ('play it at volume 70') holds the call; 'it' is not read back as the song",
    "Search the repo 'tiny-parser' for code in Rust": "a programming language after 'in' is no language to a field the "
    "placeholder calls 'LanguageName' (the role reads human languages)",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


PLAIN_SONGS = fn(
    "music_play",
    "Search for a song and play it.",
    {"query": (STR, "The search query, such as the song's title.")},
    ["query"],
)
FIELDS_SONGS = fn(
    "music_lookup",
    "Find songs by artist and track.",
    {"track": (STR, "The title of the track."), "artist": (STR, "The performer.", {"default": "any"})},
    ["track"],
)
EXAMPLE_ONLY = fn(
    "docs_search",
    "Search the documentation.",
    {"query": (STR, "The search terms, e.g. 'install:linux' for install steps.")},
    ["query"],
)

GUARDS: list[tuple[str, dict, dict]] = [
    ("Play 'Blue in Green' by Bill Evans", PLAIN_SONGS, {"query": ["Blue in Green"]}),
    ("Find songs: the track 'Hey Ya' by Outkast", FIELDS_SONGS, {"track": ["Hey Ya"], "artist": ["Outkast"]}),
    ("Search the documentation for 'upgrade steps'.", EXAMPLE_ONLY, {"query": ["upgrade steps"]}),
    (
        "Add a cache node at cache3.example.net with token q-12.",
        CACHE,
        {"host": ["cache3.example.net"], "token": ["q-12"], "label": [OMIT, "localhost"]},
    ),
    (
        "Add a cache node at 10.9.9.9 with token t-77.",
        CACHE,
        {"host": ["10.9.9.9"], "token": ["t-77"], "label": [OMIT, "localhost"]},
    ),
]
"""What stays as it is: a query with no layout, fields that are parameters of their own, a quoted example
with no placeholder, a host given plainly."""

GUARD_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_a_string_takes_the_form_its_description_asks_for(
    request_text: str, spec: dict, expected: dict
) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(GUARDS, GUARD_GAPS))
def test_what_the_new_readings_leave_alone(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_rows_and_five_guards() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 5
