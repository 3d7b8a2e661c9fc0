"""A battery of role words that label a phrase beside them (one call each), third round of string slots.

Written for this round in the genre of a function-calling benchmark's "one tool, one call" category, in
subjects of its own (games, databases, design, media, travel, HR, education, health, retail, devops,
finance, cooking, events). The classes probed: "'X' as the <role>" gives X the role its word names, and
that word labels no value after it ("'Ocean' as the theme and 'Inter' as the font"); a word joined to the
value after it ("of type 'text'", "priority 'high'") labels that one, not the value before it; a naming
participle ("called", "named", "titled", "entitled") gives the value after it to a `name` or `title`
parameter, and the noun before it ("the class titled …") is no kind of it.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import STR, fn, one_call_problem, params

ROWS: list[tuple[str, dict, dict]] = [
    # ---- "'X' as the <role>"
    (
        "Pick 'Solaris' as the map and 'Hardcore' as the mode for tonight's match.",
        fn(
            "game.lobby_setup",
            "Set up a game lobby.",
            {"map": (STR, "The map to play on."), "mode": (STR, "The game mode, e.g. Casual.")},
            ["map", "mode"],
        ),
        {"map": ["Solaris"], "mode": ["Hardcore"]},
    ),
    (
        "Start a meeting with 'Quarterly Review' as the subject and 'Room 4' as the location.",
        fn(
            "calendar.create_meeting",
            "Create a calendar meeting.",
            {"subject": (STR, "The meeting subject."), "location": (STR, "Where it takes place.")},
            ["subject", "location"],
        ),
        {"subject": ["Quarterly Review"], "location": ["Room 4"]},
    ),
    (
        "Deploy the app with 'eu-west-1' as the region and 'staging' as the environment.",
        fn(
            "cloud.deploy",
            "Deploy an application.",
            {"region": (STR, "The cloud region."), "environment": (STR, "The target environment.")},
            ["region", "environment"],
        ),
        {"region": ["eu-west-1"], "environment": ["staging"]},
    ),
    (
        "Open an account with 'EUR' as the currency and 'Savings Plus' as the product.",
        fn(
            "bank.open_account",
            "Open a bank account.",
            {"product": (STR, "The account product."), "currency": (STR, "The account currency code.")},
            ["product", "currency"],
        ),
        {"product": ["Savings Plus"], "currency": ["EUR"]},
    ),
    (
        "Plan a dinner menu using 'salmon' as the main ingredient and 'Nordic' as the cuisine.",
        fn(
            "recipes.plan_menu",
            "Plan a menu.",
            {"cuisine": (STR, "The cuisine style."), "main_ingredient": (STR, "The main ingredient.")},
            ["cuisine", "main_ingredient"],
        ),
        {"cuisine": ["Nordic"], "main_ingredient": ["salmon"]},
    ),
    (
        "Book a trip with 'Lisbon' as the destination and 'Porto' as the origin.",
        fn(
            "travel.book_trip",
            "Book a trip.",
            {"origin": (STR, "Where the trip starts."), "destination": (STR, "Where the trip ends.")},
            ["origin", "destination"],
        ),
        {"origin": ["Porto"], "destination": ["Lisbon"]},
    ),
    (
        "Hire Dana Ortiz with 'Analyst' as the title in the 'Finance' department.",
        fn(
            "hr.hire",
            "Hire an employee.",
            {
                "employee_name": (STR, "Full name of the employee."),
                "job_title": (STR, "The job title."),
                "department": (STR, "The department."),
            },
            ["employee_name", "job_title", "department"],
        ),
        {"employee_name": ["Dana Ortiz"], "job_title": ["Analyst"], "department": ["Finance"]},
    ),
    (
        "Register the event with 'Harbor Hall' as the venue and 'Spring Gala' as the name.",
        fn(
            "events.register",
            "Register an event.",
            {"event_name": (STR, "Name of the event."), "venue": (STR, "The venue.")},
            ["event_name", "venue"],
        ),
        {"event_name": ["Spring Gala"], "venue": ["Harbor Hall"]},
    ),
    # ---- values given the tool's roles ask for the tool, though no word of its purpose is said
    (
        "Choose '4K' as the resolution and 'night' as the mode.",
        fn(
            "camera.configure",
            "Configure a camera.",
            {"resolution": (STR, "Video resolution."), "mode": (STR, "Shooting mode.")},
            ["resolution", "mode"],
        ),
        {"resolution": ["4K"], "mode": ["night"]},
    ),
    (
        "Go with 'Helvetica' as the typeface and 'navy' as the accent color.",
        fn(
            "brand.kit",
            "Create a brand kit.",
            {"typeface": (STR, "The typeface."), "accent_color": (STR, "The accent colour.")},
            ["typeface", "accent_color"],
        ),
        {"typeface": ["Helvetica"], "accent_color": ["navy"]},
    ),
    (
        "Take 'Oslo' as the start and 'Bergen' as the end, please.",
        fn(
            "rail.route",
            "Plan a rail route.",
            {"start_city": (STR, "City to leave from."), "end_city": (STR, "City to arrive in.")},
            ["start_city", "end_city"],
        ),
        {"start_city": ["Oslo"], "end_city": ["Bergen"]},
    ),
    # ---- a word joined to the value after it labels that one
    (
        "Create a ticket titled 'Login fails' with priority 'high'.",
        fn(
            "helpdesk.create_ticket",
            "Create a support ticket.",
            {"ticket_title": (STR, "The ticket title."), "ticket_priority": (STR, "The ticket priority.")},
            ["ticket_title", "ticket_priority"],
        ),
        {"ticket_title": ["Login fails"], "ticket_priority": ["high"]},
    ),
    (
        "Add a sensor named 'hall-1' of kind 'motion' to the home hub.",
        fn(
            "smarthome.add_sensor",
            "Add a sensor to a hub.",
            {"sensor_name": (STR, "The sensor name."), "sensor_kind": (STR, "The kind of sensor.")},
            ["sensor_name", "sensor_kind"],
        ),
        {"sensor_name": ["hall-1"], "sensor_kind": ["motion"]},
    ),
    (
        "Make a variable called 'total' with type 'float' in the script.",
        fn(
            "code.declare_variable",
            "Declare a variable.",
            {"variable_name": (STR, "The variable name."), "variable_type": (STR, "The variable type.")},
            ["variable_name", "variable_type"],
        ),
        {"variable_name": ["total"], "variable_type": ["float"]},
    ),
    (
        "Create a discount code called 'SPRING10' of category 'seasonal'.",
        fn(
            "shop.create_code",
            "Create a discount code.",
            {"code_name": (STR, "The code."), "code_category": (STR, "The code's category.")},
            ["code_name", "code_category"],
        ),
        {"code_name": ["SPRING10"], "code_category": ["seasonal"]},
    ),
    (
        "Open a bug named 'Crash on save' with severity 'critical' in the tracker.",
        fn(
            "tracker.open_bug",
            "Open a bug.",
            {"bug_name": (STR, "Short name of the bug."), "bug_severity": (STR, "The bug's severity.")},
            ["bug_name", "bug_severity"],
        ),
        {"bug_name": ["Crash on save"], "bug_severity": ["critical"]},
    ),
    # ---- a labelled value, not the noun's modifier, is the kind ("a dinner menu … 'Nordic' as the cuisine")
    (
        "Book a weekend tour with 'walking' as the tour type.",
        fn(
            "city.book_tour",
            "Book a guided city tour.",
            {"tour_type": (STR, "The type of tour."), "day": (STR, "The day, optional.")},
            ["tour_type"],
        ),
        {"tour_type": ["walking"]},
    ),
    (
        "Rent a family car of category 'SUV' at the airport.",
        fn(
            "rental.reserve",
            "Reserve a rental car.",
            {"car_category": (STR, "The car category."), "pickup": (STR, "The pickup place.")},
            ["car_category", "pickup"],
        ),
        {"car_category": ["SUV"], "pickup": ["airport", "the airport"]},
    ),
    (
        "Buy a gift card with card type 'digital' worth 50 dollars.",
        fn(
            "store.buy_card",
            "Buy a gift card.",
            {"card_type": (STR, "The type of card."), "amount": ("number", "The card's value in dollars.")},
            ["card_type", "amount"],
        ),
        {"card_type": ["digital"], "amount": [50]},
    ),
    # ---- a label word whose value is placed is no value left over ("the Berlin office")
    (
        "Show the senior chefs in the Paris kitchen.",
        fn(
            "staff.list",
            "List staff members.",
            {"role": (STR, "The staff role."), "kitchen": (STR, "The kitchen's location.")},
            ["role", "kitchen"],
        ),
        {"role": ["chefs", "chef", "senior chefs", "senior chef"], "kitchen": ["Paris"]},
    ),
    (
        "Find bugs about login in the Mobile project.",
        fn(
            "tracker.search",
            "Search the bug tracker.",
            {"topic": (STR, "What to search for."), "project": (STR, "The project.")},
            ["topic", "project"],
        ),
        {"topic": ["login", "bugs about login"], "project": ["Mobile"]},
    ),
    (
        "Get the delayed shipments from the Leeds warehouse.",
        fn(
            "logistics.shipments",
            "List shipments.",
            {"status": (STR, "The shipment status."), "warehouse": (STR, "The warehouse city.")},
            ["status", "warehouse"],
        ),
        {"status": ["delayed"], "warehouse": ["Leeds"]},
    ),
    # ---- a naming participle before a name or title
    (
        "Show the reviews of the book titled 'Salt and Stone'.",
        fn(
            "books.reviews",
            "Get reviews of a book.",
            {"book_title": (STR, "Title of the book.")},
            ["book_title"],
        ),
        {"book_title": ["Salt and Stone"]},
    ),
    (
        "Stream the episode entitled 'The Long Night' from the show.",
        fn(
            "tv.stream_episode",
            "Stream a TV episode.",
            {"episode_title": (STR, "The episode title.")},
            ["episode_title"],
        ),
        {"episode_title": ["The Long Night"]},
    ),
    (
        "Find the recipe called 'Lemon Drizzle' for me.",
        fn(
            "cook.get_recipe",
            "Look up a recipe.",
            {"recipe_name": (STR, "Name of the recipe.")},
            ["recipe_name"],
        ),
        {"recipe_name": ["Lemon Drizzle"]},
    ),
    (
        "Enroll me in the workshop titled 'Clay Basics' on Saturday.",
        fn(
            "arts.enroll",
            "Enroll in a workshop.",
            {"workshop_title": (STR, "The workshop title."), "day": (STR, "Day of the week.")},
            ["workshop_title"],
        ),
        {"workshop_title": ["Clay Basics"], "day": ["Saturday"]},
    ),
    (
        "Get the dosage notes for the medicine named 'Calmex' for adults.",
        fn(
            "pharma.dosage",
            "Dosage notes of a medicine.",
            {"medicine_name": (STR, "The medicine's name."), "age_group": (STR, "Age group, e.g. children.")},
            ["medicine_name"],
        ),
        {"medicine_name": ["Calmex"], "age_group": ["adults", "adult"]},
    ),
    (
        "Archive the project called 'Atlas' in the workspace Research.",
        fn(
            "pm.archive_project",
            "Archive a project.",
            {"project_name": (STR, "The project name."), "workspace": (STR, "The workspace.")},
            ["project_name", "workspace"],
        ),
        {"project_name": ["Atlas"], "workspace": ["Research"]},
    ),
    (
        "Print the report titled 'Q3 Sales' on the printer named 'Floor2'.",
        fn(
            "office.print_report",
            "Print a report.",
            {"report_title": (STR, "The report's title."), "printer_name": (STR, "The printer's name.")},
            ["report_title", "printer_name"],
        ),
        {"report_title": ["Q3 Sales"], "printer_name": ["Floor2"]},
    ),
    # ---- guards: the role word's own value stays put
    (
        "Set the theme to 'Dark' for my dashboard.",
        fn(
            "ui.set_theme",
            "Set the dashboard theme.",
            {"theme": (STR, "The theme.")},
            ["theme"],
        ),
        {"theme": ["Dark"]},
    ),
    (
        "Rename the folder 'old-docs' as 'archive-2023'.",
        fn(
            "files.rename",
            "Rename a folder.",
            {"old_name": (STR, "The current name."), "new_name": (STR, "The new name.")},
            ["old_name", "new_name"],
        ),
        {"old_name": ["old-docs"], "new_name": ["archive-2023"]},
    ),
    (
        "Send 'Hello team' as the message to the channel general.",
        fn(
            "chat.send",
            "Send a chat message.",
            {"channel": (STR, "The channel."), "message": (STR, "The message text.")},
            ["channel", "message"],
        ),
        {"channel": ["general"], "message": ["Hello team"]},
    ),
    (
        "Log a workout called 'Hill Sprints' lasting 30 minutes.",
        fn(
            "fitness.log_workout",
            "Log a workout.",
            {"workout_name": (STR, "The workout's name."), "minutes": ("integer", "Duration in minutes.")},
            ["workout_name", "minutes"],
        ),
        {"workout_name": ["Hill Sprints"], "minutes": [30]},
    ),
]

TOOL_CHOICE = "the clause is not read as asking the tool"
LEFTOVER = "words left over go to the wrong parameter, or none is found"

GAPS: dict[str, str] = {
    "Show the senior chefs": TOOL_CHOICE
    + ": '<role> in the <place> kitchen' (as 'the nurses in the Oslo clinic')",
    "Get the dosage notes": LEFTOVER + ": an optional age group after 'for' ('for adults') is not taken",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_each_phrase_goes_to_the_parameter_its_role_word_names(
    request_text: str, spec: dict, expected: dict
) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_requests() -> None:
    assert len(ROWS) >= 30


def test_roles_given_for_other_inputs_ask_for_no_tool() -> None:
    """Quoted values given roles ask for a tool only when its parameters are named for those roles."""
    weather = fn(
        "weather.forecast",
        "Get the weather forecast.",
        {"city": (STR, "The city."), "days": ("integer", "Number of days.")},
        ["city"],
    )
    assert calls("Use 'Nova' as the voice and 'calm' as the style for the narration.", weather) == []
    assert calls("Keep 'Nova' as the voice.", weather) == []
