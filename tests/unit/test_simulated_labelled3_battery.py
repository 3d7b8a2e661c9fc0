"""A third battery of labelled values: several string (and integer) parameters, each value given by its label.

Written in its own wording before the model was changed, for tools of three to six parameters that set
something up or record it (database servers, SSH hosts, CMS pages, recipes, appointments, accounts,
products, shipments, lab samples, teams, playlists, motions, enrolments, devices, hotel rooms, tickets,
seats, payments, deployments). Each request names each value by a label, in the ways people write them:
the label then the value, quoted or not ("hostname 'db.lan'", "the username is deploy"), a verb phrase
between them ("the SEO title to be 'X'", "a database called orders", "a team named Rovers", "an SEO
description saying 'Y'"), a colon ("Sender: Ana Costa."), the value before its label ("'ops' as
username"), a label that is a synonym or a part of the parameter's name or description ("hostname" for
`host`, "identifier" for `patient_id`, "slug" for `pageSlug`), and an unquoted value that runs to the
next label or punctuation. A value one parameter took is no other's.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import INT, OMIT, STR, fn, one_call_problem, params

MYSQL = fn(
    "register_mysql_server",
    "Register a MySQL server so that it can be queried later.",
    {
        "nickname": (STR, "A short unique nickname for the server."),
        "host": (STR, "The hostname or IP address of the server."),
        "port": (INT, "The TCP port the server listens on. Default 3306."),
        "database": (STR, "The name of the database to connect to."),
        "username": (STR, "The user name to log in with."),
        "password": (STR, "The password of that user."),
    },
    ["nickname", "host", "database", "username", "password"],
)
SSH = fn(
    "ssh_add_host",
    "Add a host to the SSH configuration.",
    {
        "alias": (STR, "The short name used to refer to the host."),
        "hostname": (STR, "The DNS name or IP address of the machine."),
        "port": (INT, "The SSH port. Default 22."),
        "user": (STR, "The remote user to log in as."),
        "key_file": (STR, "Path to the private key file."),
    },
    ["alias", "hostname", "user"],
)
PAGE = fn(
    "cms_create_page",
    "Create a page in the content management system.",
    {
        "pageType": (STR, "The kind of page.", {"enum": ["blog", "event", "product", "landing"]}),
        "Headline": (STR, "The headline shown at the top of the page."),
        "BodyText": (STR, "The main text of the page."),
        "SeoTitle": (STR, "The title used by search engines. Defaults to the headline."),
        "SeoDescription": (STR, "The short description search engines show. Defaults to a summary."),
        "PageSlug": (STR, "The last part of the page's URL, e.g. 'my-first-post'."),
    },
    ["pageType", "Headline", "BodyText", "SeoTitle", "SeoDescription", "PageSlug"],
)
RECIPE = fn(
    "recipes_add",
    "Save a recipe to the cookbook.",
    {
        "title": (STR, "The recipe's title."),
        "cuisine": (STR, "The cuisine it belongs to, e.g. 'Thai'."),
        "main_ingredient": (STR, "The main ingredient of the dish."),
        "servings": (INT, "How many people it serves."),
        "author": (STR, "Who wrote the recipe."),
    },
    ["title", "cuisine", "main_ingredient", "servings"],
)
APPOINTMENT = fn(
    "clinic_book_appointment",
    "Book an appointment with a doctor at the clinic.",
    {
        "patient_id": (STR, "The unique identifier of the patient."),
        "doctor_name": (STR, "The full name of the doctor."),
        "department": (STR, "The clinic department, e.g. 'cardiology'."),
        "reason": (STR, "Why the patient is coming."),
        "date": (STR, "The day of the appointment, YYYY-MM-DD."),
    },
    ["patient_id", "doctor_name", "department", "date"],
)
ACCOUNT = fn(
    "bank_open_account",
    "Open a new bank account for an existing customer.",
    {
        "customer_id": (STR, "The identifier of the customer."),
        "account_type": (STR, "The type of account.", {"enum": ["checking", "savings"]}),
        "currency": (STR, "The three-letter currency code, e.g. 'USD'."),
        "nickname": (STR, "A friendly name for the account."),
        "initial_deposit": (INT, "The first deposit, in the account's currency."),
    },
    ["customer_id", "account_type", "currency"],
)
PRODUCT = fn(
    "store_update_product",
    "Update a product in the online store's catalogue.",
    {
        "product_id": (STR, "The product's identifier (SKU)."),
        "name": (STR, "The product's display name."),
        "color": (STR, "The colour of the product."),
        "size": (STR, "The size label, e.g. 'M'."),
        "price": (INT, "The price in dollars."),
    },
    ["product_id"],
)
SHIPMENT = fn(
    "shipments_create",
    "Create a shipment for a parcel.",
    {
        "tracking_ref": (STR, "The tracking reference of the parcel."),
        "sender_name": (STR, "The name of the person sending it."),
        "recipient_name": (STR, "The name of the person receiving it."),
        "destination_city": (STR, "The city the parcel goes to."),
        "weight_kg": (INT, "The weight in kilograms."),
    },
    ["tracking_ref", "sender_name", "recipient_name", "destination_city", "weight_kg"],
)
SAMPLE = fn(
    "lab_register_sample",
    "Register a sample in the laboratory inventory.",
    {
        "sample_code": (STR, "The code written on the sample's tube."),
        "project": (STR, "The research project the sample belongs to."),
        "collected_by": (STR, "Who collected the sample."),
        "storage_unit": (STR, "Where the sample is kept."),
        "volume_ml": (INT, "The volume in millilitres."),
    },
    ["sample_code", "project", "collected_by", "storage_unit"],
)
TEAM = fn(
    "league_register_team",
    "Register a team in the amateur league.",
    {
        "team_name": (STR, "The name of the team."),
        "coach": (STR, "The coach's full name."),
        "home_ground": (STR, "The ground where the team plays home games."),
        "division": (STR, "The division the team plays in."),
        "roster_size": (INT, "How many players are on the roster."),
    },
    ["team_name", "coach", "division"],
)
TRACK = fn(
    "playlist_add_track",
    "Add a track to a playlist.",
    {
        "playlist_id": (STR, "The identifier of the playlist."),
        "track_title": (STR, "The title of the track."),
        "artist": (STR, "The performing artist."),
        "album": (STR, "The album the track is from."),
        "position": (INT, "Where to insert it, 1 for the top. Default is the end."),
    },
    ["playlist_id", "track_title", "artist"],
)
MOTION = fn(
    "court_file_motion",
    "File a motion in a court case.",
    {
        "case_number": (STR, "The docket number of the case."),
        "motion_type": (STR, "The kind of motion, e.g. 'dismiss'."),
        "filing_attorney": (STR, "The attorney filing the motion."),
        "court": (STR, "The name of the court."),
        "summary": (STR, "A one-line summary of the grounds."),
    },
    ["case_number", "motion_type", "filing_attorney"],
)
ENROL = fn(
    "school_enroll_student",
    "Enroll a student in a course.",
    {
        "student_id": (STR, "The student's identifier."),
        "course_code": (STR, "The code of the course, e.g. 'HIS-101'."),
        "term": (STR, "The academic term, e.g. 'Fall 2025'."),
        "advisor": (STR, "The name of the student's advisor."),
    },
    ["student_id", "course_code", "term"],
)
DEVICE = fn(
    "devices_register",
    "Register a smart-home device.",
    {
        "device_id": (STR, "The device's unique identifier or serial number."),
        "label": (STR, "A human-friendly label for the device."),
        "room": (STR, "The room the device is in."),
        "firmware": (STR, "The firmware version installed."),
        "owner_email": (STR, "The e-mail address of the owner."),
    },
    ["device_id", "label", "room"],
)
HOTEL = fn(
    "hotels_book_room",
    "Book a hotel room.",
    {
        "hotel_name": (STR, "The name of the hotel."),
        "guest_name": (STR, "The full name of the guest."),
        "room_type": (STR, "The type of room.", {"enum": ["single", "double", "suite"]}),
        "check_in": (STR, "The check-in date, YYYY-MM-DD."),
        "nights": (INT, "How many nights."),
    },
    ["hotel_name", "guest_name", "room_type", "check_in", "nights"],
)
TICKET = fn(
    "helpdesk_open_ticket",
    "Open a support ticket.",
    {
        "subject": (STR, "A short subject line."),
        "description": (STR, "A longer description of the problem."),
        "requester": (STR, "The name of the person asking for help."),
        "priority": (STR, "How urgent it is.", {"enum": ["low", "normal", "high"]}),
        "component": (STR, "The part of the system concerned."),
    },
    ["subject", "requester", "priority"],
)
USER = fn(
    "users_create_account",
    "Create a user account on the website.",
    {
        "username": (STR, "The login name of the new user."),
        "password": (STR, "The password of the new user."),
        "email": (STR, "The user's e-mail address."),
        "display_name": (STR, "The name shown to other users."),
    },
    ["username", "password", "email"],
)
SEAT = fn(
    "flights_change_seat",
    "Change a passenger's seat on a booked flight.",
    {
        "booking_ref": (STR, "The six-character booking reference."),
        "passenger_name": (STR, "The passenger's full name."),
        "flight_number": (STR, "The flight number, e.g. 'LH 400'."),
        "seat": (STR, "The new seat, e.g. '12A'."),
    },
    ["booking_ref", "passenger_name", "flight_number", "seat"],
)
PAYMENT = fn(
    "payments_send",
    "Send money from one account to another.",
    {
        "from_account": (STR, "The account the money leaves."),
        "to_account": (STR, "The account the money goes to."),
        "amount": (INT, "The amount to send."),
        "memo": (STR, "A note that goes with the payment."),
    },
    ["from_account", "to_account", "amount"],
)
REFILL = fn(
    "pharmacy_request_refill",
    "Ask a pharmacy to refill a prescription.",
    {
        "prescription_id": (STR, "The identifier of the prescription."),
        "medication": (STR, "The name of the medication."),
        "pharmacy": (STR, "The pharmacy that fills it."),
        "quantity": (INT, "How many tablets."),
    },
    ["prescription_id", "medication", "pharmacy"],
)
DEPLOY = fn(
    "deploy_service",
    "Deploy a service to the container cluster.",
    {
        "service_name": (STR, "The name of the service."),
        "image": (STR, "The container image to run, with its tag."),
        "namespace": (STR, "The cluster namespace."),
        "replicas": (INT, "How many copies to run. Default 1."),
        "region": (STR, "The cloud region, e.g. 'us-east-1'."),
    },
    ["service_name", "image", "namespace"],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- devops: database servers and SSH hosts
    (
        "Register a MySQL server with the nickname 'analytics', hostname 'mysql.acme.io', port 3307, a "
        "database named 'events', the username 'reporter' and password 'r3p0rt!'",
        MYSQL,
        {
            "nickname": ["analytics"],
            "host": ["mysql.acme.io"],
            "port": [3307],
            "database": ["events"],
            "username": ["reporter"],
            "password": ["r3p0rt!"],
        },
    ),
    (
        "Add a MySQL server, nickname 'legacy', host IP as '10.1.4.22', connecting to the 'billing' database, "
        "with 'ops' as username and 'Tr0ub4dor' as the password.",
        MYSQL,
        {
            "nickname": ["legacy"],
            "host": ["10.1.4.22"],
            "port": [OMIT, 3306],
            "database": ["billing"],
            "username": ["ops"],
            "password": ["Tr0ub4dor"],
        },
    ),
    (
        "Please register a MySQL server. The nickname is 'stage' and the host address is db-stage.internal. "
        "The database is orders, the username is deploy and the password is x9k2p7.",
        MYSQL,
        {
            "nickname": ["stage"],
            "host": ["db-stage.internal"],
            "port": [OMIT, 3306],
            "database": ["orders"],
            "username": ["deploy"],
            "password": ["x9k2p7"],
        },
    ),
    (
        "Set up a MySQL server called 'replica2' on host 'r2.db.lan' with database 'shop', user name "
        "'ro_user' and password 'pw_ro_2024'",
        MYSQL,
        {
            "nickname": ["replica2"],
            "host": ["r2.db.lan"],
            "port": [OMIT, 3306],
            "database": ["shop"],
            "username": ["ro_user"],
            "password": ["pw_ro_2024"],
        },
    ),
    (
        "Add an SSH host with the alias 'bastion', hostname 'gw.corp.net', user 'jump' and key file "
        "'~/.ssh/gw_key'",
        SSH,
        {
            "alias": ["bastion"],
            "hostname": ["gw.corp.net"],
            "port": [OMIT, 22],
            "user": ["jump"],
            "key_file": ["~/.ssh/gw_key"],
        },
    ),
    (
        "Add an SSH host: alias build-box, host name 172.16.0.9, port 2222, remote user ci.",
        SSH,
        {
            "alias": ["build-box"],
            "hostname": ["172.16.0.9"],
            "port": [2222],
            "user": ["ci"],
            "key_file": [OMIT],
        },
    ),
    # ---- publishing: CMS pages
    (
        "Create a blog page with the headline 'Spring Planting Guide' and 'when and how to sow tomatoes' as "
        "the body text. Set the SEO title to be 'Sow Tomatoes in Spring' and the slug to 'spring-planting', "
        "and add an SEO description saying 'A short guide to sowing tomatoes'.",
        PAGE,
        {
            "pageType": ["blog"],
            "Headline": ["Spring Planting Guide"],
            "BodyText": ["when and how to sow tomatoes"],
            "SeoTitle": ["Sow Tomatoes in Spring"],
            "SeoDescription": ["A short guide to sowing tomatoes"],
            "PageSlug": ["spring-planting"],
        },
    ),
    (
        "Make an event page. Headline: 'Open Day'. Body text: 'Doors open at nine'. SEO title: 'Open Day "
        "2025'. SEO description: 'Visit the workshop'. Page slug: 'open-day'.",
        PAGE,
        {
            "pageType": ["event"],
            "Headline": ["Open Day"],
            "BodyText": ["Doors open at nine"],
            "SeoTitle": ["Open Day 2025"],
            "SeoDescription": ["Visit the workshop"],
            "PageSlug": ["open-day"],
        },
    ),
    # ---- cooking: recipes
    (
        "Save a recipe titled 'Lemon Barley Risotto', cuisine Italian, with barley as the main ingredient, "
        "4 servings, author Nadia Quinn",
        RECIPE,
        {
            "title": ["Lemon Barley Risotto"],
            "cuisine": ["Italian"],
            "main_ingredient": ["barley"],
            "servings": [4],
            "author": ["Nadia Quinn"],
        },
    ),
    (
        "Add a recipe named 'Chana Masala'. The cuisine is Indian, the main ingredient is chickpeas and it "
        "serves 6.",
        RECIPE,
        {
            "title": ["Chana Masala"],
            "cuisine": ["Indian"],
            "main_ingredient": ["chickpeas"],
            "servings": [6],
            "author": [OMIT],
        },
    ),
    (
        "Save 'Miso Glazed Cod' as the title, Japanese as the cuisine and cod as the main ingredient, for 2 "
        "servings.",
        RECIPE,
        {
            "title": ["Miso Glazed Cod"],
            "cuisine": ["Japanese"],
            "main_ingredient": ["cod"],
            "servings": [2],
            "author": [OMIT],
        },
    ),
    # ---- health: appointments and refills
    (
        "Book an appointment for patient id 'P-20931' with doctor Helen Okafor in the cardiology department "
        "on 2025-03-14. Reason: blood pressure follow-up.",
        APPOINTMENT,
        {
            "patient_id": ["P-20931"],
            "doctor_name": ["Helen Okafor"],
            "department": ["cardiology"],
            "reason": ["blood pressure follow-up"],
            "date": ["2025-03-14"],
        },
    ),
    (
        "The patient identifier is 'pt_5512'. Book an appointment in dermatology with the doctor named Sam "
        "Reyes on 2025-06-02.",
        APPOINTMENT,
        {
            "patient_id": ["pt_5512"],
            "doctor_name": ["Sam Reyes"],
            "department": ["dermatology"],
            "reason": [OMIT],
            "date": ["2025-06-02"],
        },
    ),
    (
        "Request a refill of prescription 'RX-40021' for the medication 'lisinopril', 30 tablets, at the "
        "pharmacy named 'Elm Street Pharmacy'",
        REFILL,
        {
            "prescription_id": ["RX-40021"],
            "medication": ["lisinopril"],
            "pharmacy": ["Elm Street Pharmacy"],
            "quantity": [30],
        },
    ),
    (
        "Refill my prescription, identifier RX-7712, medication metformin, pharmacy Corner Drugs.",
        REFILL,
        {
            "prescription_id": ["RX-7712"],
            "medication": ["metformin"],
            "pharmacy": ["Corner Drugs"],
            "quantity": [OMIT],
        },
    ),
    # ---- finance: accounts and payments
    (
        "Open a savings account for customer 'C-88120' in EUR with the nickname 'Holiday fund' and an "
        "initial deposit of 500",
        ACCOUNT,
        {
            "customer_id": ["C-88120"],
            "account_type": ["savings"],
            "currency": ["EUR"],
            "nickname": ["Holiday fund"],
            "initial_deposit": [500],
        },
    ),
    (
        "My customer ID is CUST7781. Open a checking account in USD called 'Bills' with an initial deposit "
        "of 250.",
        ACCOUNT,
        {
            "customer_id": ["CUST7781"],
            "account_type": ["checking"],
            "currency": ["USD"],
            "nickname": ["Bills"],
            "initial_deposit": [250],
        },
    ),
    (
        "Send 120 from account 'ACC-1001' to account 'ACC-2002' with the memo 'rent share'",
        PAYMENT,
        {"from_account": ["ACC-1001"], "to_account": ["ACC-2002"], "amount": [120], "memo": ["rent share"]},
    ),
    (
        "Send 60 with 'gym fees' as the memo, from account ACC-3 to account ACC-7.",
        PAYMENT,
        {"from_account": ["ACC-3"], "to_account": ["ACC-7"], "amount": [60], "memo": ["gym fees"]},
    ),
    # ---- retail: products
    (
        "Update product id: TS-0042, name Crew Neck Tee, color navy, size M, price 19",
        PRODUCT,
        {
            "product_id": ["TS-0042"],
            "name": ["Crew Neck Tee"],
            "color": ["navy"],
            "size": ["M"],
            "price": [19],
        },
    ),
    (
        "Update the product with the identifier 'HD-311': the color is 'forest green' and the size is 'XL'.",
        PRODUCT,
        {
            "product_id": ["HD-311"],
            "name": [OMIT],
            "color": ["forest green"],
            "size": ["XL"],
            "price": [OMIT],
        },
    ),
    # ---- logistics: shipments
    (
        "Create a shipment with tracking reference 'TRK-55-901' from sender Olga Brandt to recipient Mateo "
        "Ruiz, destination city Valencia, weighing 12 kg",
        SHIPMENT,
        {
            "tracking_ref": ["TRK-55-901"],
            "sender_name": ["Olga Brandt"],
            "recipient_name": ["Mateo Ruiz"],
            "destination_city": ["Valencia"],
            "weight_kg": [12],
        },
    ),
    (
        "Create a shipment of 3 kg to the destination city Lisbon. Sender: Ana Costa. Recipient: Joao Pires. "
        "The tracking ref is PT-7781.",
        SHIPMENT,
        {
            "tracking_ref": ["PT-7781"],
            "sender_name": ["Ana Costa"],
            "recipient_name": ["Joao Pires"],
            "destination_city": ["Lisbon"],
            "weight_kg": [3],
        },
    ),
    # ---- science: lab samples
    (
        "Register sample 'BX-0193' for the project 'Soil Microbes', collected by Iris Lund, kept in storage "
        "unit 'Freezer 4', 15 ml",
        SAMPLE,
        {
            "sample_code": ["BX-0193"],
            "project": ["Soil Microbes"],
            "collected_by": ["Iris Lund"],
            "storage_unit": ["Freezer 4"],
            "volume_ml": [15],
        },
    ),
    (
        "Register a lab sample: the sample code is WT-22, project Lake Survey, collected by Tom Bale, storage "
        "unit F2, volume 40 ml.",
        SAMPLE,
        {
            "sample_code": ["WT-22"],
            "project": ["Lake Survey"],
            "collected_by": ["Tom Bale"],
            "storage_unit": ["F2"],
            "volume_ml": [40],
        },
    ),
    # ---- sport: teams
    (
        "Register the team 'Harbour Hawks' with coach Lena Marsh, home ground 'Pier Park', division 'U14' "
        "and a roster size of 18",
        TEAM,
        {
            "team_name": ["Harbour Hawks"],
            "coach": ["Lena Marsh"],
            "home_ground": ["Pier Park"],
            "division": ["U14"],
            "roster_size": [18],
        },
    ),
    (
        "Register a team named Northside Rovers in the league. The coach is Ben Ode, the home ground is Mill "
        "Lane and the division is B.",
        TEAM,
        {
            "team_name": ["Northside Rovers"],
            "coach": ["Ben Ode"],
            "home_ground": ["Mill Lane"],
            "division": ["B"],
            "roster_size": [OMIT],
        },
    ),
    # ---- music: playlists
    (
        "Add the track 'Blue Hour' by the artist 'Mira Sol' from the album 'Tides' to playlist 'pl-774' at "
        "position 3",
        TRACK,
        {
            "playlist_id": ["pl-774"],
            "track_title": ["Blue Hour"],
            "artist": ["Mira Sol"],
            "album": ["Tides"],
            "position": [3],
        },
    ),
    (
        "Add a track titled 'Quiet Roads' to the playlist with the identifier 'morning-mix'; the artist is "
        "'Joel Hart'.",
        TRACK,
        {
            "playlist_id": ["morning-mix"],
            "track_title": ["Quiet Roads"],
            "artist": ["Joel Hart"],
            "album": [OMIT],
            "position": [OMIT],
        },
    ),
    # ---- law: motions
    (
        "File a motion in case number '2024-CV-0981', motion type 'dismiss', filing attorney Grace Lin, in "
        "the court 'Marin Superior Court', with the summary 'lack of standing'",
        MOTION,
        {
            "case_number": ["2024-CV-0981"],
            "motion_type": ["dismiss"],
            "filing_attorney": ["Grace Lin"],
            "court": ["Marin Superior Court"],
            "summary": ["lack of standing"],
        },
    ),
    (
        "File a motion of type 'compel discovery' in case 23-CR-114. The filing attorney is Raj Mehta.",
        MOTION,
        {
            "case_number": ["23-CR-114"],
            "motion_type": ["compel discovery"],
            "filing_attorney": ["Raj Mehta"],
            "court": [OMIT],
            "summary": [OMIT],
        },
    ),
    # ---- education: enrolments
    (
        "Enroll student 's-40912' in course code 'BIO-210' for the term 'Fall 2025' with advisor Paul Nkemelu",
        ENROL,
        {
            "student_id": ["s-40912"],
            "course_code": ["BIO-210"],
            "term": ["Fall 2025"],
            "advisor": ["Paul Nkemelu"],
        },
    ),
    (
        "Enroll a student. Student ID: 558201. Course code: MATH-101. Term: Spring 2026.",
        ENROL,
        {"student_id": ["558201"], "course_code": ["MATH-101"], "term": ["Spring 2026"], "advisor": [OMIT]},
    ),
    (
        "Enroll student s-1180 in the course 'CHEM-101' for the term 'Winter 2026', with the advisor to be "
        "'Rosa Diaz'",
        ENROL,
        {
            "student_id": ["s-1180"],
            "course_code": ["CHEM-101"],
            "term": ["Winter 2026"],
            "advisor": ["Rosa Diaz"],
        },
    ),
    # ---- smart home: devices
    (
        "Register the device 'th-kitchen-01' with the label 'Kitchen thermostat' in the room 'kitchen', "
        "firmware '4.2.1', owner email mo@home.net",
        DEVICE,
        {
            "device_id": ["th-kitchen-01"],
            "label": ["Kitchen thermostat"],
            "room": ["kitchen"],
            "firmware": ["4.2.1"],
            "owner_email": ["mo@home.net"],
        },
    ),
    (
        "Register a device whose serial number is 'SN-99812', labelled 'Hall light', in the room 'hallway'.",
        DEVICE,
        {
            "device_id": ["SN-99812"],
            "label": ["Hall light"],
            "room": ["hallway"],
            "firmware": [OMIT],
            "owner_email": [OMIT],
        },
    ),
    # ---- travel: hotel rooms and seats
    (
        "Book a room at the hotel named 'Casa Azul' for the guest 'Mia Torres', room type double, check in "
        "2025-07-10, 3 nights",
        HOTEL,
        {
            "hotel_name": ["Casa Azul"],
            "guest_name": ["Mia Torres"],
            "room_type": ["double"],
            "check_in": ["2025-07-10"],
            "nights": [3],
        },
    ),
    (
        "Book a hotel room. Hotel: Alpenrose. Guest: Karl Weiss. Room type: single. Check-in: 2025-01-20. "
        "Nights: 2.",
        HOTEL,
        {
            "hotel_name": ["Alpenrose"],
            "guest_name": ["Karl Weiss"],
            "room_type": ["single"],
            "check_in": ["2025-01-20"],
            "nights": [2],
        },
    ),
    (
        "For booking reference 'QX7T2L', passenger Aiko Mori on flight 'BA 286', change the seat to '14C'",
        SEAT,
        {
            "booking_ref": ["QX7T2L"],
            "passenger_name": ["Aiko Mori"],
            "flight_number": ["BA 286"],
            "seat": ["14C"],
        },
    ),
    (
        "Change my seat. The booking ref is ZZ91KP, the flight number is NH 7, the passenger name is Leo "
        "Park and the new seat is 3A.",
        SEAT,
        {
            "booking_ref": ["ZZ91KP"],
            "passenger_name": ["Leo Park"],
            "flight_number": ["NH 7"],
            "seat": ["3A"],
        },
    ),
    # ---- support: tickets
    (
        "Open a ticket with the subject 'VPN drops hourly', description 'the tunnel resets every hour', "
        "requester Ivy Chen, priority high, component 'network'",
        TICKET,
        {
            "subject": ["VPN drops hourly"],
            "description": ["the tunnel resets every hour"],
            "requester": ["Ivy Chen"],
            "priority": ["high"],
            "component": ["network"],
        },
    ),
    (
        "Open a high priority ticket for the 'billing' component with 'Invoice totals wrong' as the subject; "
        "the requester is Omar Said.",
        TICKET,
        {
            "subject": ["Invoice totals wrong"],
            "description": [OMIT],
            "requester": ["Omar Said"],
            "priority": ["high"],
            "component": ["billing"],
        },
    ),
    # ---- web: user accounts
    (
        "Create an account with the username 'kmoss', the password 'Gr33n!leaf', email kmoss@example.org "
        "and display name 'Kim Moss'",
        USER,
        {
            "username": ["kmoss"],
            "password": ["Gr33n!leaf"],
            "email": ["kmoss@example.org"],
            "display_name": ["Kim Moss"],
        },
    ),
    (
        "Create an account for me. My username is pat_o and the password is P@t#2025; the email is "
        "pat@example.com.",
        USER,
        {
            "username": ["pat_o"],
            "password": ["P@t#2025"],
            "email": ["pat@example.com"],
            "display_name": [OMIT],
        },
    ),
    # ---- devops: deployments
    (
        "Deploy the service 'checkout' using the image 'registry.local/checkout:1.8' in the namespace 'shop' "
        "with 3 replicas, region eu-west-1",
        DEPLOY,
        {
            "service_name": ["checkout"],
            "image": ["registry.local/checkout:1.8"],
            "namespace": ["shop"],
            "replicas": [3],
            "region": ["eu-west-1"],
        },
    ),
    (
        "Deploy a service named edge-proxy from the image nginx:1.27 into the namespace ingress.",
        DEPLOY,
        {
            "service_name": ["edge-proxy"],
            "image": ["nginx:1.27"],
            "namespace": ["ingress"],
            "replicas": [OMIT, 1],
            "region": [OMIT],
        },
    ),
]

GAPS: dict[str, str] = {
    "Please register a MySQL server. The nickname": "an unquoted value that is a verb ('the username is deploy') is read as no value",
    "My customer ID is CUST7781.": "'my X ID is V' then a quoted name: the code after its label loses to the quoted value",
    "Register sample 'BX-0193'": "a unit word after a number ('15 ml') is taken by a parameter whose name has 'unit'",
    "Register a lab sample: the sample code": "a unit word after a number ('40 ml') is taken by a parameter whose name has 'unit'",
    "Enroll a student. Student ID: 558201.": "a term 'Spring 2026' after its colon label is cut at the year",
    "Book a hotel room. Hotel: Alpenrose.": "'Label: V.' unquoted after a colon label is not read",
    "Create an account for me. My username": "an unquoted value with symbols ('P@t#2025') after 'is' is cut at the first symbol",
    "Deploy a service named edge-proxy": "'X named V' and 'the image V': unquoted values after their labels are shifted",
}
"""Rows the simulator does not pass yet, and why: strict expected failures, so a fix shows."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS, GAPS))
def test_each_labelled_value_goes_to_its_parameter(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_forty_requests_in_ten_domains() -> None:
    assert len(ROWS) >= 40
    assert len({spec["toolSpec"]["name"] for _, spec, _ in ROWS}) >= 10
