"""Values a request states in words rather than figures, and optional settings it names by their words.

Each test writes its own tools and requests (several domains per rule): the calls the simulated model
must make, and a case the rule must leave alone.
"""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

FALL = tool(
    "impact_speed",
    "Speed of a falling body when it reaches the ground.",
    {
        "initial_velocity": num("Initial velocity in m/s."),
        "height": num("Height in meters."),
        "gravity": num("Gravitational acceleration, default 9.81."),
    },
    ["initial_velocity", "height"],
)
SLED = tool(
    "sled_distance",
    "Distance a sled covers down a slope.",
    {
        "starting_speed": num("The starting speed of the sled."),
        "acceleration": num("Acceleration in m/s^2."),
        "time": num("Time in seconds."),
    },
)


def test_a_body_that_starts_still_has_an_initial_velocity_of_0() -> None:
    """ "dropped from", "from rest", "from a standstill": physics' words for a start at 0 speed; a
    speed the request writes stays, and the height after "from" is no speed."""
    assert calls("How fast is a stone going when it hits the ground if dropped from 45 m?", FALL) == [
        ("impact_speed", {"initial_velocity": 0, "height": 45})
    ]
    assert calls("A ball starts from rest and falls 20 meters. What speed does it reach?", FALL) == [
        ("impact_speed", {"initial_velocity": 0, "height": 20})
    ]
    assert calls(
        "A sled leaves from a standstill and speeds up at 1.5 m/s^2 for 8 seconds. What distance does it cover?",
        SLED,
    ) == [("sled_distance", {"starting_speed": 0, "acceleration": 1.5, "time": 8})]
    assert calls(
        "A stone is dropped from 45 m with an initial velocity of 3 m/s. How fast does it land?", FALL
    ) == [("impact_speed", {"initial_velocity": 3, "height": 45})]


def test_a_rate_said_in_words_fills_a_parameter_counted_per_a_unit_of_time() -> None:
    """ "every hour" is 1 per hour, "every 2 days" 0.5 per day, "twice a week" 2 per week — for a
    parameter whose description counts per that unit; the span after it stays the duration."""
    colony = tool(
        "colony_growth",
        "Estimate the growth of a yeast colony.",
        {
            "start_count": num("Initial number of cells.", "integer"),
            "division_rate": num("Number of divisions per hour."),
            "hours": num("Duration in hours."),
        },
    )
    assert calls(
        "Estimate the growth of a yeast colony starting with 200 cells that divide every hour for 10 hours.",
        colony,
    ) == [("colony_growth", {"start_count": 200, "division_rate": 1, "hours": 10})]
    watering = tool(
        "water_usage",
        "Water a garden uses over a season.",
        {
            "waterings_per_week": num("How many times the garden is watered per week."),
            "litres": num("Litres used at each watering."),
            "weeks": num("Length of the season in weeks.", "integer"),
        },
    )
    assert calls(
        "How much water does a garden use if I water it twice a week with 40 litres for 12 weeks?", watering
    ) == [("water_usage", {"waterings_per_week": 2, "litres": 40, "weeks": 12})]
    backup = tool(
        "backup_storage",
        "Storage needed for backups.",
        {
            "backups_per_day": num("Backups made per day."),
            "size_gb": num("Size of one backup in GB."),
            "days": num("Retention in days."),
        },
    )
    assert calls(
        "How much storage do I need if I take a 3 GB backup every 2 days and keep them for 30 days?", backup
    ) == [("backup_storage", {"backups_per_day": 0.5, "size_gb": 3, "days": 30})]


def test_a_span_goes_to_the_parameter_that_counts_in_its_unit_before_one_that_converts_it() -> None:
    """ "for 6 hours" fills the "Duration in hours", not the optional "time in minutes" it would have
    to be converted for; alone, the minutes parameter still takes it converted."""
    brew = tool(
        "brew_schedule",
        "Plan a brewing schedule.",
        {
            "duration": num("Total duration in hours.", "integer"),
            "rest_time": num("The rest time between steps in minutes. Default 10 minutes", "integer"),
        },
        ["duration"],
    )
    assert calls("Plan a brewing schedule for 6 hours.", brew) == [("brew_schedule", {"duration": 6})]
    steep = tool("steep_tea", "Steep tea.", {"steep_time": num("Steeping time in minutes.")})
    assert calls("Steep tea for 2 hours.", steep) == [("steep_tea", {"steep_time": 120})]


def test_a_parameters_word_mistyped_by_one_letter_still_names_it() -> None:
    """ "accelaration", "velocty", "temprature": a word the dictionary does not know, one letter off a
    parameter's word, names that parameter (an optional one too); a real word ("principle") is itself."""
    ride = tool(
        "ride_displacement",
        "Displacement of a cart.",
        {
            "initial_velocity": num("Initial velocity."),
            "time": num("Time in seconds."),
            "acceleration": num("Acceleration."),
        },
        ["initial_velocity", "time"],
    )
    assert calls(
        "Find the displacement of a cart with initial velocity 4 and accelaration of 2 over 6 seconds.", ride
    ) == [("ride_displacement", {"initial_velocity": 4, "time": 6, "acceleration": 2})]
    kiln = tool(
        "kiln_schedule",
        "Plan a firing schedule for a pottery kiln.",
        {
            "hours": num("Length of the firing in hours."),
            "peak_temperature": num("Peak temperature in Celsius."),
        },
        ["hours"],
    )
    assert calls("Plan a kiln firing of 9 hours with a peak temprature of 1200.", kiln) == [
        ("kiln_schedule", {"hours": 9, "peak_temperature": 1200})
    ]
    drift = tool(
        "boat_drift",
        "How far a boat drifts.",
        {"hours": num("Hours adrift."), "current_velocity": num("Velocity of the current in knots.")},
        ["hours"],
    )
    assert calls("How far does a boat drift in 5 hours with a current velocty of 3?", drift) == [
        ("boat_drift", {"hours": 5, "current_velocity": 3})
    ]


def test_an_optional_unit_that_defaults_to_another_unit_takes_the_one_the_numbers_are_written_in() -> None:
    """Sides in meters for a unit that "Defaults to cm", a walk in miles for one whose "default is
    'km'": left out, the default would misread the numbers. Numbers in the default unit, without a
    unit, or in two units leave it out."""
    tri = tool(
        "triangle_area",
        "Area of a right triangle.",
        {
            "base": num("Length of the base."),
            "height": num("The height."),
            "unit": {
                "type": "string",
                "description": "The unit of measure used. Defaults to cm.",
                "default": "cm",
            },
        },
        ["base", "height"],
    )
    asked = "What is the area of a right triangle with a base of 12 {0} and a height of 15 {0}?"
    assert calls(asked.format("meters"), tri) == [
        ("triangle_area", {"base": 12, "height": 15, "unit": "meter"})
    ]
    assert calls(asked.format("cm"), tri) == [("triangle_area", {"base": 12, "height": 15})]
    walk = tool(
        "walk_time",
        "Time to walk a distance.",
        {
            "distance": num("Distance to walk."),
            "unit": {"type": "string", "description": "Unit, default is 'km'."},
        },
        ["distance"],
    )
    assert calls("How long does it take to walk 3 miles?", walk) == [
        ("walk_time", {"distance": 3, "unit": "mile"})
    ]
    pipe = tool(
        "pipe_volume",
        "Volume of water a pipe holds.",
        {
            "length": num("Length of the pipe."),
            "diameter": num("Inner diameter."),
            "unit": {"type": "string", "description": "Length unit of the inputs, default is 'm'."},
        },
        ["length", "diameter"],
    )
    assert calls("How much water does a pipe 30 feet long with a 2 inch inner diameter hold?", pipe) == [
        ("pipe_volume", {"length": 30, "diameter": 2})
    ]


def test_an_optional_value_follows_the_preposition_that_introduces_it() -> None:
    """A mode or means takes the noun after "by"/"via"/"through" ("by train", "via paypal"); a
    description that ends on a preposition ("the platform the user is playing on") takes the name after
    it ("on Xbox"), not a span of time ("on the weekend")."""
    route = tool(
        "city_route",
        "Find the quickest route between two cities.",
        {
            "from_city": text("City to start from."),
            "to_city": text("City to arrive in."),
            "transport": text("Preferred mode of transport. Default is 'car'."),
        },
        ["from_city", "to_city"],
    )
    assert calls("Find the quickest route from Lyon to Geneva by train.", route) == [
        ("city_route", {"from_city": "Lyon", "to_city": "Geneva", "transport": "train"})
    ]
    assert calls("Find the quickest route from Lyon to Geneva.", route) == [
        ("city_route", {"from_city": "Lyon", "to_city": "Geneva"})
    ]
    pay = tool(
        "checkout_cart",
        "Check out the shopping cart.",
        {
            "cart_id": text("Cart identifier."),
            "payment_method": text("How the order is paid. Default is 'card'."),
        },
        ["cart_id"],
    )
    assert calls("Check out cart C-7781 and pay via paypal.", pay) == [
        ("checkout_cart", {"cart_id": "C-7781", "payment_method": "paypal"})
    ]
    scores = tool(
        "fetch_scores",
        "Fetch a player's high scores in a video game.",
        {
            "game": text("The name of the video game."),
            "username": text("The player's username."),
            "platform": {
                "type": "string",
                "description": "The platform the user is playing on.",
                "default": "PC",
            },
        },
        ["game", "username"],
    )
    assert calls("Fetch high scores in 'Tetris' for user 'kim' on Xbox.", scores) == [
        ("fetch_scores", {"game": "Tetris", "username": "kim", "platform": "Xbox"})
    ]
    assert calls("Fetch high scores in 'Tetris' for user 'kim' on the weekend.", scores) == [
        ("fetch_scores", {"game": "Tetris", "username": "kim"})
    ]


def test_a_parameter_for_the_detail_wanted_takes_the_noun_the_clause_asks_for() -> None:
    """ "Find the running time of the film …" → `detail` "running time", "the length of the bridge" →
    `attribute` "length"; "the details of …" (the tool's own word) or no such noun leaves it out."""
    film = tool(
        "film_get_details",
        "Retrieve details of a film based on its title and director.",
        {
            "title": text("The title of the film."),
            "director": text("The director of the film."),
            "detail": text("The specific detail wanted about the film. Default is 'summary'."),
        },
        ["title", "director"],
    )
    found = {"title": "Alien", "director": "Ridley Scott"}
    assert calls("Find the running time of the film 'Alien' by Ridley Scott.", film) == [
        ("film_get_details", {**found, "detail": "running time"})
    ]
    assert calls("Find the details of the film 'Alien' by Ridley Scott.", film) == [
        ("film_get_details", found)
    ]
    bridge = tool(
        "bridge_info",
        "Retrieve information about a bridge.",
        {
            "bridge_name": text("Name of the bridge."),
            "attribute": text("Which attribute of the bridge to return, default 'all'."),
        },
        ["bridge_name"],
    )
    assert calls("Retrieve the length of the bridge named Golden Gate.", bridge) == [
        ("bridge_info", {"bridge_name": "Golden Gate", "attribute": "length"})
    ]
    assert calls("Retrieve information about the Golden Gate bridge.", bridge) == [
        ("bridge_info", {"bridge_name": "Golden Gate"})
    ]
