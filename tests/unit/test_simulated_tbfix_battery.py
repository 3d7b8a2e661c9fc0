"""A battery of services booked for someone: "<the act> for <whom>" names who it is for, not who does it.

Written for this round in its own words, before changing the model. Many tools book an act done by one
person for another: a training session (member, trainer), an interview (candidate, interviewer), an
inspection (owner, inspector), an audit (company, auditor), a translation (client, translator). The
parameter for the one who does the act is often the act's agent noun ("trainer" for training, "auditor"
for an audit), so the act's own word stands in the request beside a name. A small competent model reads
"set up training for Anna Berg" as training *for* Anna Berg, the member: the preposition "for" after the
act names whom it serves; the doer is named as a doer ("with trainer Paul Meyer", "Paul Meyer as the
trainer") or as the subject of the act's verb ("Paul Meyer will train her").
Guard rows: a doer named by its own noun keeps its value; a request without a doer leaves it out; a value
that is no name ("a review for PR 42") is unchanged.
Domains: gyms, hiring, real estate, accounting, translation, home cleaning, events, interiors, pets,
publishing, software, music lessons, home installation.
The check is the benchmark's kind: order-free, strings without case or punctuation, `OMIT` = may be left out.
"""

from __future__ import annotations

import pytest
from test_simulated_arguments import calls
from test_simulated_bfcl_style_battery import INT, NUM, OMIT, STR, fn, params
from test_simulated_parallel_style_battery import c, matched

TRAINING = fn(
    "book_training",
    "Book a personal training session at the gym for a member.",
    {
        "member_name": (STR, "Full name of the gym member."),
        "date": (STR, "Session date, YYYY-MM-DD."),
        "trainer": (STR, "Name of the trainer, if requested."),
    },
    ["member_name", "date"],
)
INTERVIEW = fn(
    "arrange_interview",
    "Arrange a job interview for an applicant.",
    {
        "applicant": (STR, "Full name of the applicant."),
        "date": (STR, "Interview date, YYYY-MM-DD."),
        "time": (STR, "Start time, HH:MM."),
        "interviewer": (STR, "Name of the interviewer, if known."),
    },
    ["applicant", "date", "time"],
)
INSPECTION = fn(
    "book_home_inspection",
    "Book a home inspection for a property owner.",
    {
        "owner_name": (STR, "Name of the property owner."),
        "date": (STR, "Inspection date, YYYY-MM-DD."),
        "inspector": (STR, "Name of the inspector, optional."),
    },
    ["owner_name", "date"],
)
AUDIT = fn(
    "schedule_audit",
    "Schedule a financial audit of a company for a fiscal year.",
    {
        "company": (STR, "Name of the company audited."),
        "fiscal_year": (INT, "Fiscal year to audit."),
        "auditor": (STR, "Name of the auditor, if chosen."),
    },
    ["company", "fiscal_year"],
)
TRANSLATION = fn(
    "order_translation",
    "Order a document translation for a client.",
    {
        "client_name": (STR, "Name of the client."),
        "target_language": (STR, "Language to translate into."),
        "translator": (STR, "Name of the translator, optional."),
    },
    ["client_name", "target_language"],
)
CLEANING = fn(
    "book_cleaning",
    "Book a home cleaning visit for a customer.",
    {
        "customer_name": (STR, "Name of the customer."),
        "date": (STR, "Visit date, YYYY-MM-DD."),
        "cleaner": (STR, "Name of the cleaner, optional."),
    },
    ["customer_name", "date"],
)
CATERING = fn(
    "order_catering",
    "Order catering for an event host.",
    {
        "host_name": (STR, "Name of the person hosting the event."),
        "guests": (INT, "Number of guests."),
        "caterer": (STR, "Name of the caterer, optional."),
    },
    ["host_name", "guests"],
)
DESIGN = fn(
    "book_design_consultation",
    "Book an interior design consultation for a client.",
    {
        "client_name": (STR, "Name of the client."),
        "room": (STR, "Room to redesign, e.g. kitchen."),
        "designer": (STR, "Name of the designer, optional."),
    },
    ["client_name", "room"],
)
WALK = fn(
    "book_dog_walk",
    "Book a dog walk for a pet.",
    {
        "dog_name": (STR, "Name of the dog."),
        "minutes": (INT, "Length of the walk in minutes."),
        "walker": (STR, "Name of the walker, optional."),
    },
    ["dog_name", "minutes"],
)
EDITING = fn(
    "request_editing",
    "Request copy editing of a manuscript for an author.",
    {
        "author_name": (STR, "Name of the author."),
        "word_count": (INT, "Length of the manuscript in words."),
        "editor": (STR, "Name of the editor, optional."),
    },
    ["author_name", "word_count"],
)
CODE_REVIEW = fn(
    "request_code_review",
    "Request a review of a pull request.",
    {
        "pr_number": (INT, "Pull request number."),
        "reviewer": (STR, "Username of the reviewer, optional."),
    },
    ["pr_number"],
)
LESSON = fn(
    "book_music_lesson",
    "Book a music lesson for a student.",
    {
        "student_name": (STR, "Name of the student."),
        "instrument": (STR, "Instrument to learn, e.g. piano."),
        "teacher": (STR, "Name of the teacher, optional."),
    },
    ["student_name", "instrument"],
)
INSTALL = fn(
    "schedule_installation",
    "Schedule a solar panel installation for a homeowner.",
    {
        "homeowner": (STR, "Name of the homeowner."),
        "date": (STR, "Installation date, YYYY-MM-DD."),
        "installer": (STR, "Name of the installer, optional."),
    },
    ["homeowner", "date"],
)

FLOORING = fn(
    "quote_flooring",
    "Quote the cost of laying a floor.",
    {
        "area_sq_ft": (NUM, "Floor area in square feet."),
        "material": (STR, "Flooring material, e.g. oak."),
    },
    ["area_sq_ft", "material"],
)
OFFICE = fn(
    "find_office_space",
    "Find office space to rent in a city.",
    {
        "city": (STR, "City to search."),
        "min_area_m2": (INT, "Smallest floor area in square meters."),
        "desks": (INT, "Number of desks needed."),
    },
    ["city", "min_area_m2"],
)
LISTING = fn(
    "list_home",
    "List a home for sale.",
    {
        "bedrooms": (INT, "Number of bedrooms."),
        "square_feet": (INT, "Living area in square feet."),
        "price": (INT, "Asking price in dollars."),
    },
    ["bedrooms", "square_feet", "price"],
)
PAINT = fn(
    "estimate_paint",
    "Estimate how much paint a wall area needs.",
    {"area_m2": (NUM, "Wall area in square meters."), "coats": (INT, "Number of coats.")},
    ["area_m2", "coats"],
)
PARK = fn(
    "park_visitor_density",
    "Compute visitors per square kilometer of a park.",
    {"visitors": (INT, "Number of visitors."), "area_km2": (NUM, "Park area in square kilometers.")},
    ["visitors", "area_km2"],
)
STAY = fn(
    "book_apartment_stay",
    "Book a holiday apartment.",
    {
        "city": (STR, "City of the apartment."),
        "rooms": (INT, "Number of rooms."),
        "min_area_m2": (INT, "Smallest floor area in square meters."),
        "nights": (INT, "Number of nights."),
    },
    ["city", "rooms", "nights"],
)

ROWS: list[tuple[str, list[dict], list]] = [
    # ---- "<act> for <name>": the name is whom the act serves, the doer is left out
    (
        "Set up training for Anna Berg on 2025-06-03.",
        [TRAINING],
        [c("book_training", member_name="Anna Berg", date="2025-06-03", trainer=OMIT)],
    ),
    (
        "Please book a training session for Jonas Weber on 2025-02-11.",
        [TRAINING],
        [c("book_training", member_name="Jonas Weber", date="2025-02-11", trainer=OMIT)],
    ),
    (
        "Arrange an interview for Sofia Rossi on 2025-03-18 at 15:00.",
        [INTERVIEW],
        [c("arrange_interview", applicant="Sofia Rossi", date="2025-03-18", time="15:00", interviewer=OMIT)],
    ),
    (
        "Set up an interview for Daniel Okoye on 2025-04-09 at 11:30.",
        [INTERVIEW],
        [c("arrange_interview", applicant="Daniel Okoye", date="2025-04-09", time="11:30", interviewer=OMIT)],
    ),
    (
        "Book an inspection for Carla Mendes on 2025-09-10.",
        [INSPECTION],
        [c("book_home_inspection", owner_name="Carla Mendes", date="2025-09-10", inspector=OMIT)],
    ),
    (
        "I need a home inspection for Victor Hugo Lang on 2025-10-02.",
        [INSPECTION],
        [c("book_home_inspection", owner_name="Victor Hugo Lang", date="2025-10-02", inspector=OMIT)],
    ),
    (
        "Schedule an audit for Northwind Traders covering fiscal year 2024.",
        [AUDIT],
        [c("schedule_audit", company="Northwind Traders", fiscal_year=2024, auditor=OMIT)],
    ),
    (
        "Order a translation into German for Hugo Brandt.",
        [TRANSLATION],
        [c("order_translation", client_name="Hugo Brandt", target_language="German", translator=OMIT)],
    ),
    (
        "Book a cleaning for Rosa Diaz on 2025-05-20.",
        [CLEANING],
        [c("book_cleaning", customer_name="Rosa Diaz", date="2025-05-20", cleaner=OMIT)],
    ),
    (
        "Order catering for Lucia Ferraro, 40 guests.",
        [CATERING],
        [c("order_catering", host_name="Lucia Ferraro", guests=40, caterer=OMIT)],
    ),
    (
        "Book a design consultation for Ethan Hale about his kitchen.",
        [DESIGN],
        [c("book_design_consultation", client_name="Ethan Hale", room="kitchen", designer=OMIT)],
    ),
    (
        "Book a 30-minute walk for Biscuit.",
        [WALK],
        [c("book_dog_walk", dog_name="Biscuit", minutes=30, walker=OMIT)],
    ),
    (
        "Request editing for Priya Nair, the manuscript is 85000 words.",
        [EDITING],
        [c("request_editing", author_name="Priya Nair", word_count=85000, editor=OMIT)],
    ),
    (
        "Schedule an installation for Mark Duval on 2025-08-01.",
        [INSTALL],
        [c("schedule_installation", homeowner="Mark Duval", date="2025-08-01", installer=OMIT)],
    ),
    # ---- the same, several people: one call each, the names never spread to the doer
    (
        "Set up training for Anna Berg on 2025-06-03 and Lena Fox on 2025-06-04.",
        [TRAINING],
        [
            c("book_training", member_name="Anna Berg", date="2025-06-03", trainer=OMIT),
            c("book_training", member_name="Lena Fox", date="2025-06-04", trainer=OMIT),
        ],
    ),
    (
        "Please arrange interviews for Kofi Mensah on 2025-05-06 at 09:30 and Ines Duarte on 2025-05-06 at "
        "13:00.",
        [INTERVIEW],
        [
            c(
                "arrange_interview",
                applicant="Kofi Mensah",
                date="2025-05-06",
                time="09:30",
                interviewer=OMIT,
            ),
            c(
                "arrange_interview",
                applicant="Ines Duarte",
                date="2025-05-06",
                time="13:00",
                interviewer=OMIT,
            ),
        ],
    ),
    (
        "Book inspections for Ruth Adler on 2025-07-01 and for Marco Silva on 2025-07-08.",
        [INSPECTION],
        [
            c("book_home_inspection", owner_name="Ruth Adler", date="2025-07-01", inspector=OMIT),
            c("book_home_inspection", owner_name="Marco Silva", date="2025-07-08", inspector=OMIT),
        ],
    ),
    (
        "Book cleanings for Rosa Diaz on 2025-05-20 and Omar Farouk on 2025-05-22.",
        [CLEANING],
        [
            c("book_cleaning", customer_name="Rosa Diaz", date="2025-05-20", cleaner=OMIT),
            c("book_cleaning", customer_name="Omar Farouk", date="2025-05-22", cleaner=OMIT),
        ],
    ),
    (
        "Schedule installations for Mark Duval on 2025-08-01 and Hana Kim on 2025-08-15.",
        [INSTALL],
        [
            c("schedule_installation", homeowner="Mark Duval", date="2025-08-01", installer=OMIT),
            c("schedule_installation", homeowner="Hana Kim", date="2025-08-15", installer=OMIT),
        ],
    ),
    (
        "Order translations into French for Lea Martin and into Japanese for Sam Porter.",
        [TRANSLATION],
        [
            c("order_translation", client_name="Lea Martin", target_language="French", translator=OMIT),
            c("order_translation", client_name="Sam Porter", target_language="Japanese", translator=OMIT),
        ],
    ),
    # ---- the doer told as the subject of the act's verb, in its own sentence
    (
        "Set up training for Anna Berg on 2025-06-03. Paul Meyer will train her.",
        [TRAINING],
        [c("book_training", member_name="Anna Berg", date="2025-06-03", trainer="Paul Meyer")],
    ),
    (
        "Arrange an interview for Sofia Rossi on 2025-03-18 at 15:00. Helen Park will interview her.",
        [INTERVIEW],
        [
            c(
                "arrange_interview",
                applicant="Sofia Rossi",
                date="2025-03-18",
                time="15:00",
                interviewer="Helen Park",
            )
        ],
    ),
    (
        "Book an inspection for Carla Mendes on 2025-09-10; Tom Greer will inspect the house.",
        [INSPECTION],
        [c("book_home_inspection", owner_name="Carla Mendes", date="2025-09-10", inspector="Tom Greer")],
    ),
    (
        "Please arrange interviews for Kofi Mensah on 2025-05-06 at 09:30 and Ines Duarte on 2025-05-06 at "
        "13:00. Helen Park will interview both of them.",
        [INTERVIEW],
        [
            c(
                "arrange_interview",
                applicant="Kofi Mensah",
                date="2025-05-06",
                time="09:30",
                interviewer="Helen Park",
            ),
            c(
                "arrange_interview",
                applicant="Ines Duarte",
                date="2025-05-06",
                time="13:00",
                interviewer="Helen Park",
            ),
        ],
    ),
    (
        "Schedule an audit for Northwind Traders for fiscal year 2024. Grant & Webb should audit it.",
        [AUDIT],
        [c("schedule_audit", company="Northwind Traders", fiscal_year=2024, auditor="Grant & Webb")],
    ),
    # ---- an area written "sq ft", "square meters", "sqft": one unit, and a number of its own
    ("Quote an oak floor for 640 sq ft.", [FLOORING], [c("quote_flooring", area_sq_ft=640, material="oak")]),
    (
        "How much would a walnut floor cost for a 1,250 square feet room?",
        [FLOORING],
        [c("quote_flooring", area_sq_ft=1250, material="walnut")],
    ),
    (
        "Find office space in Rotterdam of at least 120 square meters for 14 desks.",
        [OFFICE],
        [c("find_office_space", city="Rotterdam", min_area_m2=120, desks=[14, OMIT])],
    ),
    (
        "List my 4-bedroom, 2,300 sq ft home for $615,000.",
        [LISTING],
        [c("list_home", bedrooms=4, square_feet=2300, price=615000)],
    ),
    (
        "List a 2-bedroom, 900 sqft flat at $289,000.",
        [LISTING],
        [c("list_home", bedrooms=2, square_feet=900, price=289000)],
    ),
    (
        "Book a 2-room, 85 sq m apartment in Lyon for 3 nights.",
        [STAY],
        [c("book_apartment_stay", city="Lyon", rooms=2, min_area_m2=[85, OMIT], nights=3)],
    ),
    ("How much paint for 36 sq m of wall, two coats?", [PAINT], [c("estimate_paint", area_m2=36, coats=2)]),
    (
        "A park of 4.5 square kilometers had 9000 visitors; what is the density?",
        [PARK],
        [c("park_visitor_density", visitors=9000, area_km2=4.5)],
    ),
    # ---- the doer named by its own noun: kept (guards)
    (
        "Book training for Anna Berg on 2025-06-03 with trainer Paul Meyer.",
        [TRAINING],
        [c("book_training", member_name="Anna Berg", date="2025-06-03", trainer="Paul Meyer")],
    ),
    (
        "Arrange an interview for Sofia Rossi on 2025-03-18 at 15:00, interviewer Helen Park.",
        [INTERVIEW],
        [
            c(
                "arrange_interview",
                applicant="Sofia Rossi",
                date="2025-03-18",
                time="15:00",
                interviewer="Helen Park",
            )
        ],
    ),
    (
        "Book a cleaning for Rosa Diaz on 2025-05-20; the cleaner should be Ana Lima.",
        [CLEANING],
        [c("book_cleaning", customer_name="Rosa Diaz", date="2025-05-20", cleaner="Ana Lima")],
    ),
    (
        "Request a review of pull request 42 from reviewer jdoe.",
        [CODE_REVIEW],
        [c("request_code_review", pr_number=42, reviewer="jdoe")],
    ),
    (
        "Book a piano lesson for Mia Chen with teacher Lars Olsen.",
        [LESSON],
        [c("book_music_lesson", student_name="Mia Chen", instrument="piano", teacher="Lars Olsen")],
    ),
    (
        "Book a design consultation for Ethan Hale about his kitchen, designer Nora Quinn.",
        [DESIGN],
        [c("book_design_consultation", client_name="Ethan Hale", room="kitchen", designer="Nora Quinn")],
    ),
    # ---- no doer and no name after the act: unchanged (guards)
    (
        "Request a review for pull request 42.",
        [CODE_REVIEW],
        [c("request_code_review", pr_number=42, reviewer=OMIT)],
    ),
    (
        "Book a violin lesson for Mia Chen.",
        [LESSON],
        [c("book_music_lesson", student_name="Mia Chen", instrument="violin", teacher=OMIT)],
    ),
    (
        "Order catering for 25 guests for Lucia Ferraro.",
        [CATERING],
        [c("order_catering", host_name="Lucia Ferraro", guests=25, caterer=OMIT)],
    ),
    (
        "Book a 45-minute dog walk for Pepper.",
        [WALK],
        [c("book_dog_walk", dog_name="Pepper", minutes=45, walker=OMIT)],
    ),
    (
        "Book a personal training session on 2025-06-03 for gym member Anna Berg.",
        [TRAINING],
        [c("book_training", member_name="Anna Berg", date="2025-06-03", trainer=OMIT)],
    ),
]

SUBJECT = "the doer told as the subject of the act's verb ('Paul Meyer will train her') is not read"

SPAN = "a word of the length ('30-minute') is taken as a name"
GAPS: dict[str, str] = {
    "Set up training for Anna Berg on 2025-06-03. Paul": SUBJECT,
    "Arrange an interview for Sofia Rossi on 2025-03-18 at 15:00. Helen": SUBJECT,
    "Book an inspection for Carla Mendes on 2025-09-10; Tom": SUBJECT,
    "Please arrange interviews for Kofi Mensah on 2025-05-06 at 09:30 and Ines Duarte on 2025-05-06 at 13:00. "
    "Helen": SUBJECT,
    "Schedule an audit for Northwind Traders for fiscal": SUBJECT,
    "Book a 30-minute walk": SPAN,
    "Book a 45-minute dog walk": SPAN,
    "Schedule an installation for Mark": "tool choice: 'installation' is not read as the act of `schedule_installation`",
    "Schedule installations for Mark": "tool choice: 'installations' is not read as the act of `schedule_installation`",
    "Book a cleaning for Rosa Diaz on 2025-05-20; the cleaner": "'the cleaner should be Ana Lima' is read as a second"
    " booking, not as the cleaner's name",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "tools", "expected"), params(ROWS, GAPS))
def test_whom_the_act_is_for(request_text: str, tools: list[dict], expected: list) -> None:
    problem = matched(calls(request_text, *tools), expected)
    assert not problem, problem


def test_the_battery_is_broad() -> None:
    assert len(ROWS) >= 35
