"""Each call of a series gets exactly its own member as its string: a battery written for this round.

Every row offers one catalogue of twenty tools in many subjects (live music, evening classes, birdwatching, ferries, literature,
corporate reporting, museums, biography, transit, aviation, parks, podcasts, gardening, language courses,
weather records, cooking, wine, music, astronomy, libraries) and a request whose string values come in a
series. A small competent model gives each call the member alone: no "and", no words after the series
("today", "please"), no possessive "'s", no leading article a name does not need; it keeps a title that is
part of a name ("Dr.", "Sir"), a qualifier the parameter's description asks for ("City, ST", "Port,
Country"), the form the description states (lower-case codes), and it gives a value the series shares (a
year, a month) to every call. A list parameter takes a written list whole. Guard rows hold single calls
whose strings already pass and quoted values that contain "and".

The expected value is a list of calls `(tool, {param: value})`: the calls made must be these, in any
order, each holding at least the listed values; a value written as a tuple accepts any of its strings.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, STR, fn, params, strs

BIRDS = fn(
    "find_bird_sightings",
    "Find recent bird sightings reported in a region.",
    {"region": (STR, "The region name."), "species": (STR, "Optional species to filter by.")},
    ["region"],
)
FERRY = fn(
    "get_ferry_timetable",
    "Get the ferry departures from a port.",
    {"port": (STR, "The departure port, in the format 'Port, Country'.")},
    ["port"],
)
NOVEL = fn(
    "lookup_novel",
    "Look up a novel's publication details.",
    {"title": (STR, "The title of the novel."), "author": (STR, "The author's name.")},
    ["title"],
)
CARBON = fn(
    "company_carbon_report",
    "Retrieve a company's annual carbon emissions report.",
    {"company_name": (STR, "The name of the company."), "year": (INT, "The reporting year.")},
    ["company_name", "year"],
)
MUSEUM = fn(
    "museum_opening_hours",
    "Get the opening hours of a museum.",
    {"museum": (STR, "Name of the museum."), "city": (STR, "City where the museum is.")},
    ["museum", "city"],
)
BIO = fn(
    "biography_summary",
    "Summarise the life of a notable person.",
    {"person": (STR, "The person's full name, including any title.")},
    ["person"],
)
TRANSIT = fn(
    "local_transit_lines",
    "List the public transit lines serving a city.",
    {"city": (STR, "The city and state, e.g. Denver, CO")},
    ["city"],
)
AIRPORT = fn(
    "airport_delays",
    "Report current delays at an airport.",
    {"airport_code": (STR, "The three-letter IATA code in lower case, e.g. 'lhr'.")},
    ["airport_code"],
)
TRAILS = fn(
    "trail_conditions",
    "Get the current trail conditions in a national park.",
    {"park": (STR, "Name of the national park.")},
    ["park"],
)
PODCAST = fn(
    "podcast_episodes",
    "List the latest episodes of a podcast.",
    {"show": (STR, "The podcast's name."), "limit": (INT, "How many episodes to list.")},
    ["show"],
)
PLANT = fn(
    "plant_care_guide",
    "Get a care guide for a house plant.",
    {"plant": (STR, "Common name of the plant.")},
    ["plant"],
)
COURSE = fn(
    "language_course_search",
    "Search for language courses.",
    {
        "language": (STR, "The language to learn."),
        "level": (STR, "The course level.", {"enum": ["beginner", "intermediate", "advanced"]}),
    },
    ["language"],
)
RAIN = fn(
    "county_rainfall",
    "Get the recorded rainfall for a county in a month.",
    {"county": (STR, "The county name."), "month": (STR, "The month, e.g. March.")},
    ["county", "month"],
)
RECIPES = fn(
    "compare_recipes",
    "Compare the nutrition of several dishes side by side.",
    {"dishes": strs("The dishes to compare.")},
    ["dishes"],
)
WINE = fn(
    "vineyard_tasting_slots",
    "Find tasting slots at a vineyard.",
    {"vineyard": (STR, "The vineyard's name."), "region": (STR, "The wine region.")},
    ["vineyard"],
)
CONCERTS = fn(
    "orchestra_concerts",
    "List upcoming concerts of an orchestra.",
    {"orchestra": (STR, "The orchestra's name."), "month": (STR, "Month of the concerts.")},
    ["orchestra"],
)
STARS = fn(
    "star_visibility",
    "Tell whether a star or planet is visible tonight from an observatory.",
    {"body": (STR, "The star or planet."), "observatory": (STR, "The observatory's name.")},
    ["body", "observatory"],
)
LIBRARY = fn(
    "library_branch_hours",
    "Get the opening hours of a public library branch.",
    {"branch": (STR, "The branch name.")},
    ["branch"],
)
GIGS = fn(
    "find_live_gigs",
    "Find upcoming live music gigs in a city.",
    {"genre": (STR, "The music genre."), "city": (STR, "The city.")},
    ["genre", "city"],
)
CLASSES = fn(
    "find_evening_classes",
    "Find adult evening classes in a town.",
    {"subject": (STR, "The subject taught."), "town": (STR, "The town.")},
    ["subject", "town"],
)
CATALOGUE = [
    GIGS,
    CLASSES,
    BIRDS,
    FERRY,
    NOVEL,
    CARBON,
    MUSEUM,
    BIO,
    TRANSIT,
    AIRPORT,
    TRAILS,
    PODCAST,
    PLANT,
    COURSE,
    RAIN,
    RECIPES,
    WINE,
    CONCERTS,
    STARS,
    LIBRARY,
]

Call = tuple[str, dict]
ROWS: list[tuple[str, list[Call]]] = [
    # a plain series: each member alone, no "and", no trailing words
    (
        "Show me bird sightings in Norfolk, Cornwall and Devon.",
        [("find_bird_sightings", {"region": r}) for r in ("Norfolk", "Cornwall", "Devon")],
    ),
    (
        "How are the trails in Acadia, Glacier and Olympic today?",
        [("trail_conditions", {"park": p}) for p in ("Acadia", "Glacier", "Olympic")],
    ),
    (
        "I'd like care guides for the snake plant, the peace lily and the rubber plant please.",
        [("plant_care_guide", {"plant": p}) for p in ("snake plant", "peace lily", "rubber plant")],
    ),
    (
        "When do the Northgate and Riverside library branches open?",
        [("library_branch_hours", {"branch": b}) for b in ("Northgate", "Riverside")],
    ),
    (
        "Find language courses for Welsh, Basque and Icelandic.",
        [("language_course_search", {"language": x}) for x in ("Welsh", "Basque", "Icelandic")],
    ),
    (
        "List upcoming concerts of the Hallé and the Philharmonia this weekend.",
        [("orchestra_concerts", {"orchestra": o}) for o in ("Hallé", "Philharmonia")],
    ),
    # quoted titles
    (
        "Look up the novels 'Middlemarch' and 'Persuasion'.",
        [("lookup_novel", {"title": t}) for t in ("Middlemarch", "Persuasion")],
    ),
    (
        'Get the details of the novels "Rebecca", "Beloved" and "Kindred" for my reading group.',
        [("lookup_novel", {"title": t}) for t in ("Rebecca", "Beloved", "Kindred")],
    ),
    (
        "Which episodes are out for the podcasts 'Tiny Stories' and 'Deep Field'?",
        [("podcast_episodes", {"show": s}) for s in ("Tiny Stories", "Deep Field")],
    ),
    # company names, one with an article and a long name
    (
        "Pull the 2021 carbon reports for Siemens, Unilever and the Ford Motor Company.",
        [
            ("company_carbon_report", {"company_name": c, "year": 2021})
            for c in ("Siemens", "Unilever", ("Ford Motor Company", "the Ford Motor Company"))
        ],
    ),
    (
        "Retrieve the carbon emissions reports of Nestle and Danone for 2019.",
        [("company_carbon_report", {"company_name": c, "year": 2019}) for c in ("Nestle", "Danone")],
    ),
    # a place in parentheses goes to the parameter for it
    (
        "When are the Prado (Madrid) and the Uffizi (Florence) open?",
        [
            ("museum_opening_hours", {"museum": ("Prado", "the Prado"), "city": "Madrid"}),
            ("museum_opening_hours", {"museum": ("Uffizi", "the Uffizi"), "city": "Florence"}),
        ],
    ),
    (
        "Opening hours of the Rijksmuseum in Amsterdam and the Belvedere in Vienna, please.",
        [
            ("museum_opening_hours", {"museum": ("Rijksmuseum", "the Rijksmuseum"), "city": "Amsterdam"}),
            ("museum_opening_hours", {"museum": ("Belvedere", "the Belvedere"), "city": "Vienna"}),
        ],
    ),
    # names with titles
    (
        "Give me short biographies of Dr. Mae Jemison and Sir Tim Berners-Lee.",
        [("biography_summary", {"person": p}) for p in ("Dr. Mae Jemison", "Sir Tim Berners-Lee")],
    ),
    (
        "Summarise the lives of Ada Lovelace, Grace Hopper and Katherine Johnson.",
        [("biography_summary", {"person": p}) for p in ("Ada Lovelace", "Grace Hopper", "Katherine Johnson")],
    ),
    (
        "Tell me about the lives of Professor Stephen Hawking and Dame Jane Goodall.",
        [("biography_summary", {"person": p}) for p in ("Professor Stephen Hawking", "Dame Jane Goodall")],
    ),
    # the qualifier the description asks for
    (
        "Which transit lines serve Boise, ID and Tulsa, OK?",
        [("local_transit_lines", {"city": c}) for c in ("Boise, ID", "Tulsa, OK")],
    ),
    (
        "List the transit lines in Eugene, OR, Reno, NV and Fresno, CA.",
        [("local_transit_lines", {"city": c}) for c in ("Eugene, OR", "Reno, NV", "Fresno, CA")],
    ),
    (
        "Ferry departures from Piraeus, Greece and Naples, Italy.",
        [("get_ferry_timetable", {"port": p}) for p in ("Piraeus, Greece", "Naples, Italy")],
    ),
    (
        "Show the ferry timetable for Split and Dubrovnik in Croatia.",
        [("get_ferry_timetable", {"port": p}) for p in ("Split, Croatia", "Dubrovnik, Croatia")],
    ),
    # a place after the series says where every member is
    (
        "Which transit lines serve Austin and Dallas in Texas?",
        [("local_transit_lines", {"city": c}) for c in ("Austin, TX", "Dallas, TX")],
    ),
    (
        "Show bird sightings on Hvar and Brac in Croatia.",
        [("find_bird_sightings", {"region": r}) for r in ("Hvar", "Brac")],
    ),
    # the form the description states
    (
        "Are there delays at LHR, CDG and FRA right now?",
        [("airport_delays", {"airport_code": c}) for c in ("lhr", "cdg", "fra")],
    ),
    (
        "Check the delays at the airports JFK and SFO.",
        [("airport_delays", {"airport_code": c}) for c in ("jfk", "sfo")],
    ),
    # possessives
    (
        "How are Yosemite's and Zion's trails looking?",
        [("trail_conditions", {"park": p}) for p in ("Yosemite", "Zion")],
    ),
    (
        "List Radiolab's and Serial's latest episodes.",
        [("podcast_episodes", {"show": s}) for s in ("Radiolab", "Serial")],
    ),
    # a value the series shares goes to every call
    (
        "What was the rainfall in Kent and Essex in March?",
        [("county_rainfall", {"county": c, "month": "March"}) for c in ("Kent", "Essex")],
    ),
    (
        "In April, how much rain fell in Cork, Kerry and Clare?",
        [("county_rainfall", {"county": c, "month": "April"}) for c in ("Cork", "Kerry", "Clare")],
    ),
    (
        "Find sightings of puffins in Shetland and Orkney.",
        [("find_bird_sightings", {"region": r, "species": "puffins"}) for r in ("Shetland", "Orkney")],
    ),
    (
        "List the concerts of the Berlin Philharmonic and the Vienna Philharmonic in June.",
        [
            ("orchestra_concerts", {"orchestra": o, "month": "June"})
            for o in ("Berlin Philharmonic", "Vienna Philharmonic")
        ],
    ),
    (
        "Is Mars visible tonight from Kitt Peak and from Mauna Kea?",
        [("star_visibility", {"body": "Mars", "observatory": o}) for o in ("Kitt Peak", "Mauna Kea")],
    ),
    (
        "Can Vega and Deneb be seen tonight from Palomar?",
        [("star_visibility", {"body": b, "observatory": "Palomar"}) for b in ("Vega", "Deneb")],
    ),
    (
        "Find tasting slots at Chateau Margaux and Chateau Latour in Bordeaux.",
        [
            ("vineyard_tasting_slots", {"vineyard": v, "region": "Bordeaux"})
            for v in ("Chateau Margaux", "Chateau Latour")
        ],
    ),
    # each member with its own second value
    (
        "List the concerts of the Halle in May and of the Philharmonia in July.",
        [
            ("orchestra_concerts", {"orchestra": "Halle", "month": "May"}),
            ("orchestra_concerts", {"orchestra": "Philharmonia", "month": "July"}),
        ],
    ),
    (  # "May" opening the sentence after its preposition is the month too
        "In May, list the concerts of the Halle and of the Philharmonia.",
        [("orchestra_concerts", {"orchestra": o, "month": "May"}) for o in ("Halle", "Philharmonia")],
    ),
    (
        "Find intermediate courses in Welsh and beginner courses in Basque.",
        [
            ("language_course_search", {"language": "Welsh", "level": "intermediate"}),
            ("language_course_search", {"language": "Basque", "level": "beginner"}),
        ],
    ),
    (
        "Show sightings of puffins in Shetland and of ospreys in Rutland.",
        [
            ("find_bird_sightings", {"region": "Shetland", "species": "puffins"}),
            ("find_bird_sightings", {"region": "Rutland", "species": "ospreys"}),
        ],
    ),
    # names that carry an apostrophe, an ampersand or a hyphen
    (
        "Write up biographies of Georgia O'Keeffe and Flannery O'Connor.",
        [("biography_summary", {"person": p}) for p in ("Georgia O'Keeffe", "Flannery O'Connor")],
    ),
    (
        "Get the 2020 carbon reports for Marks & Spencer and Rolls-Royce.",
        [
            ("company_carbon_report", {"company_name": c, "year": 2020})
            for c in ("Marks & Spencer", "Rolls-Royce")
        ],
    ),
    (
        "What are the trail conditions in Great Smoky Mountains and Rocky Mountain national parks?",
        [
            ("trail_conditions", {"park": p})
            for p in (
                ("Great Smoky Mountains", "Great Smoky Mountains National Park"),
                ("Rocky Mountain", "Rocky Mountain National Park"),
            )
        ],
    ),
    # a name that holds "and" is one member
    (
        "Pull the carbon report of Procter and Gamble for 2022.",
        [("company_carbon_report", {"company_name": "Procter and Gamble", "year": 2022})],
    ),
    (
        "When is the Museum of Science and Industry in Chicago open?",
        [("museum_opening_hours", {"museum": "Museum of Science and Industry", "city": "Chicago"})],
    ),
    # kinds a series joins before the one noun they share
    (
        "Find folk and jazz gigs in Bristol.",
        [("find_live_gigs", {"genre": g, "city": "Bristol"}) for g in ("folk", "jazz")],
    ),
    (
        "Any soul, funk and reggae gigs in Cardiff this week?",
        [("find_live_gigs", {"genre": g, "city": "Cardiff"}) for g in ("soul", "funk", "reggae")],
    ),
    (
        "Find upcoming blues and classical music gigs in York.",
        [
            ("find_live_gigs", {"genre": g, "city": "York"})
            for g in ("blues", ("classical", "classical music"))
        ],
    ),
    (
        "Find pottery and woodwork evening classes in Bath.",
        [("find_evening_classes", {"subject": x, "town": "Bath"}) for x in ("pottery", "woodwork")],
    ),
    (
        "Find evening classes in pottery and woodwork in Bath.",
        [("find_evening_classes", {"subject": x, "town": "Bath"}) for x in ("pottery", "woodwork")],
    ),
    # list values in series
    (
        "Compare the recipes for paella and risotto.",
        [("compare_recipes", {"dishes": ["paella", "risotto"]})],
    ),
    (
        "Compare paella with risotto, and separately ramen with pho.",
        [
            ("compare_recipes", {"dishes": ["paella", "risotto"]}),
            ("compare_recipes", {"dishes": ["ramen", "pho"]}),
        ],
    ),
    # guards: single calls whose strings already pass, and quoted values holding "and"
    ("Look up the novel 'Pride and Prejudice'.", [("lookup_novel", {"title": "Pride and Prejudice"})]),
    (
        "Look up the novels 'War and Peace' and 'Sense and Sensibility'.",
        [("lookup_novel", {"title": t}) for t in ("War and Peace", "Sense and Sensibility")],
    ),
    (
        "Show the latest episodes of the podcast 'Bread and Roses'.",
        [("podcast_episodes", {"show": "Bread and Roses"})],
    ),
    ("Show bird sightings in Northumberland.", [("find_bird_sightings", {"region": "Northumberland"})]),
    ("Which transit lines serve Boise, ID?", [("local_transit_lines", {"city": "Boise, ID"})]),
    ("Give me a biography of Sir Isaac Newton.", [("biography_summary", {"person": "Sir Isaac Newton"})]),
    ("Find a care guide for the fiddle-leaf fig.", [("plant_care_guide", {"plant": "fiddle-leaf fig"})]),
    (
        "Compare the nutrition of paella, risotto and biryani.",
        [("compare_recipes", {"dishes": ["paella", "risotto", "biryani"]})],
    ),
    ("Look up the novel 'Of Mice and Men'.", [("lookup_novel", {"title": "Of Mice and Men"})]),
    ("List upcoming concerts of the Philharmonia.", [("orchestra_concerts", {"orchestra": "Philharmonia"})]),
    ("Are there delays at the airport 'lhr'?", [("airport_delays", {"airport_code": "lhr"})]),
    ("Find rock gigs in Leeds.", [("find_live_gigs", {"genre": "rock", "city": "Leeds"})]),
]

GAPS: dict[str, str] = {
    "I'd like care guides for the snake plant": "a member's noun that is a word of the tool's name ('plant') is cut off: 'snake', 'rubber'",
    "Find sightings of puffins in Shetland": "the species before the series of places is left out of both calls",
    "Show sightings of puffins in Shetland and of ospreys": "each member's own species is left out",
    "Pull the carbon report of Procter and Gamble": "a company name that holds 'and' is split into two companies",
    "When is the Museum of Science and Industry": "a name whose capitalised words 'and' joins after 'of' is split: 'Museum of Science', 'Industry'",
    "Compare paella with risotto, and separately": "two written lists joined by 'with' give one list call holding 'risotto' only",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


def _fits(value, want) -> bool:
    if isinstance(want, tuple):
        return any(_fits(value, one) for one in want)
    if isinstance(want, list):
        return isinstance(value, list) and sorted(map(str, value)) == sorted(map(str, want))
    return value == want


def problem(request_text: str, expected: list[Call]) -> str:
    """What is wrong with the calls made for the request, if any."""
    got = calls(request_text, *CATALOGUE)
    left = list(got)
    for name, values in expected:
        match = next(
            (c for c in left if c[0] == name and all(_fits(c[1].get(k), v) for k, v in values.items())), None
        )
        if match is None:
            return f"no call {name}{values} among {got}"
        left.remove(match)
    return f"extra calls {left}" if left else ""


@pytest.mark.parametrize(("request_text", "expected"), params(ROWS, GAPS))
def test_each_call_of_a_series_gets_its_own_member(request_text: str, expected: list[Call]) -> None:
    assert not problem(request_text, expected)


def test_the_battery_holds_thirty_rows_and_eight_guards() -> None:
    assert len(ROWS) >= 38
    assert sum(1 for _, want in ROWS if len(want) == 1) >= 8
