"""A colour word fills a colour parameter: a battery of one-call requests written for this round.

Written before any model change and before reading any benchmark case, in subjects of its own (cars,
phones, paint, clothes, furniture, flowers, bicycles, stationery, yarn, shoes, kitchenware, hair, cakes,
curtains). A tool takes a colour (`color`, `colour`, `paint_color`, or a parameter whose description says
colour), and the request says it the way people do: an adjective before the noun ("the white phone", "a red
hatchback"), after "in" ("a Toyota in red", "the sofa in forest green"), as a two-word shade ("navy blue"),
or as one of the tool's options. A small competent model puts the colour said into the colour parameter.
Guards: a colour word that is part of a name ("Red Lobster", "the White House", "Black Friday", "Green
Day") fills no colour.
"""

from __future__ import annotations

import pytest
from test_simulated_bfcl_style_battery import OMIT, STR, fn, one_call_problem, params

CAR = fn(
    "dealer.find_car",
    "Search the dealership stock for a car.",
    {
        "make": (STR, "The car make, e.g. Honda"),
        "color": (STR, "The exterior color of the car."),
    },
    ["make"],
)
CAR_UK = fn(
    "garage.search_cars",
    "Find used cars for sale.",
    {
        "brand": (STR, "The manufacturer, e.g. Ford"),
        "colour": (STR, "Preferred paint colour."),
    },
    ["brand"],
)
PHONE = fn(
    "shop.phone_price",
    "Get the price of a mobile phone model.",
    {
        "model": (STR, "The phone model, e.g. Pixel 8"),
        "color": (STR, "The color of the handset."),
    },
    ["model"],
)
PAINT = fn(
    "hardware.order_paint",
    "Order cans of wall paint.",
    {
        "paint_color": (STR, "The shade of paint."),
        "finish": (STR, "The finish.", {"enum": ["matte", "satin", "gloss"]}),
    },
    ["paint_color"],
)
MIX = fn(
    "art.blend_paints",
    "Blend two paints into a new colour.",
    {
        "colour_a": (STR, "The first colour to blend."),
        "colour_b": (STR, "The second colour to blend."),
    },
    ["colour_a", "colour_b"],
)
SHIRT = fn(
    "apparel.find_shirt",
    "Search the clothing catalogue for shirts.",
    {
        "size": (STR, "The size.", {"enum": ["S", "M", "L", "XL"]}),
        "color": (STR, "Shirt color.", {"enum": ["white", "black", "blue", "red", "grey"]}),
    },
    ["size"],
)
SOFA = fn(
    "furniture.search_sofas",
    "Look up sofas in the furniture store.",
    {
        "material": (STR, "Upholstery material, e.g. leather"),
        "color": (STR, "Upholstery color."),
    },
    [],
)
FLOWERS = fn(
    "florist.send_bouquet",
    "Send a bouquet of flowers to a recipient.",
    {
        "flower": (STR, "The kind of flower, e.g. roses"),
        "recipient": (STR, "Who receives the bouquet."),
        "color": (STR, "The color of the flowers."),
    },
    ["flower", "recipient"],
)
BIKE = fn(
    "cycles.bike_search",
    "Find bicycles in stock.",
    {
        "type": (STR, "Bike type.", {"enum": ["road", "mountain", "hybrid"]}),
        "frame_colour": (STR, "The colour of the frame."),
    },
    ["type"],
)
PEN = fn(
    "office.order_pens",
    "Order a box of pens.",
    {
        "ink": (STR, "The ink color of the pens."),
        "tip": (STR, "Tip width.", {"enum": ["fine", "medium", "bold"]}),
    },
    ["ink"],
)
YARN = fn(
    "craft.buy_yarn",
    "Buy skeins of knitting yarn.",
    {
        "fiber": (STR, "The fiber, e.g. wool"),
        "shade": (STR, "The colour of the yarn."),
    },
    ["fiber"],
)
SHOES = fn(
    "footwear.find_shoes",
    "Find shoes by style.",
    {
        "style": (STR, "The shoe style, e.g. sneakers"),
        "color": (STR, "Shoe color.", {"enum": ["black", "brown", "white", "tan", "navy"]}),
    },
    ["style"],
)
MUG = fn(
    "kitchen.find_mugs",
    "Search for coffee mugs.",
    {
        "color": (STR, "The mug color."),
        "capacity_ml": (STR, "Capacity in millilitres."),
    },
    [],
)
HAIR = fn(
    "salon.book_dye",
    "Book a hair colouring appointment.",
    {
        "stylist": (STR, "The stylist's name."),
        "hair_color": (STR, "The colour to dye the hair."),
    },
    ["hair_color"],
)
CAKE = fn(
    "bakery.order_cake",
    "Order a custom cake.",
    {
        "flavor": (STR, "Cake flavor, e.g. vanilla"),
        "icing_color": (STR, "The color of the icing."),
    },
    ["flavor"],
)
CURTAINS = fn(
    "home.find_curtains",
    "Search for curtains.",
    {
        "length": (STR, "Curtain length.", {"enum": ["short", "medium", "long"]}),
        "colour": (STR, "Curtain colour."),
    },
    [],
)

ROWS: list[tuple[str, dict, dict]] = [
    # ---- cars
    ("Find a red Toyota.", CAR, {"make": ["Toyota"], "color": ["red"]}),
    ("Do you have a Honda in silver?", CAR, {"make": ["Honda"], "color": ["silver"]}),
    ("Find a Toyota in red", CAR, {"make": ["Toyota"], "color": ["red"]}),
    ("I'm after a black Volkswagen.", CAR_UK, {"brand": ["Volkswagen"], "colour": ["black"]}),
    ("Find a used Honda car in dark grey.", CAR, {"make": ["Honda"], "color": ["dark grey"]}),
    ("Find a cheap red Honda car.", CAR, {"make": ["Honda"], "color": ["red"]}),
    ("Any Fords in green for sale?", CAR_UK, {"brand": ["Ford"], "colour": ["green"]}),
    # ---- phones
    ("How much is the white iPhone 12?", PHONE, {"model": ["iPhone 12"], "color": ["white"]}),
    ("Price of the Pixel 8 in black, please.", PHONE, {"model": ["Pixel 8"], "color": ["black"]}),
    ("What does a blue Galaxy S23 cost?", PHONE, {"model": ["Galaxy S23"], "color": ["blue"]}),
    # ---- paint
    ("Order some beige paint.", PAINT, {"paint_color": ["beige"], "finish": [OMIT]}),
    ("I need white paint in a satin finish.", PAINT, {"paint_color": ["white"], "finish": ["satin"]}),
    ("Order paint in navy blue.", PAINT, {"paint_color": ["navy blue"], "finish": [OMIT]}),
    ("Blend red and white paints.", MIX, {"colour_a": ["red"], "colour_b": ["white"]}),
    # ---- clothes (colour options)
    ("Find me a red shirt in size M.", SHIRT, {"size": ["M"], "color": ["red"]}),
    ("Shirts in grey, size L.", SHIRT, {"size": ["L"], "color": ["grey"]}),
    ("Show me blue shirts in XL.", SHIRT, {"size": ["XL"], "color": ["blue"]}),
    # ---- furniture
    ("Look for a green sofa.", SOFA, {"color": ["green"], "material": [OMIT]}),
    ("Any leather sofas in brown?", SOFA, {"material": ["leather"], "color": ["brown"]}),
    ("Find a grey velvet sofa.", SOFA, {"material": ["velvet"], "color": ["grey"]}),
    # ---- flowers
    (
        "Send red roses to my mother.",
        FLOWERS,
        {"flower": ["roses"], "recipient": ["my mother", "mother"], "color": ["red"]},
    ),
    (
        "Send Anna some yellow tulips.",
        FLOWERS,
        {"flower": ["tulips"], "recipient": ["Anna"], "color": ["yellow"]},
    ),
    (
        "Send lilies in white to Grace.",
        FLOWERS,
        {"flower": ["lilies"], "recipient": ["Grace"], "color": ["white"]},
    ),
    # ---- bicycles
    ("Find a black road bike.", BIKE, {"type": ["road"], "frame_colour": ["black"]}),
    ("I want a mountain bike in orange.", BIKE, {"type": ["mountain"], "frame_colour": ["orange"]}),
    # ---- stationery
    ("Order a box of blue pens.", PEN, {"ink": ["blue"], "tip": [OMIT]}),
    ("Order fine pens with red ink.", PEN, {"ink": ["red"], "tip": ["fine"]}),
    ("Get me black pens, medium tip.", PEN, {"ink": ["black"], "tip": ["medium"]}),
    # ---- yarn
    ("Buy purple wool yarn.", YARN, {"fiber": ["wool"], "shade": ["purple"]}),
    ("I need cotton yarn in pink.", YARN, {"fiber": ["cotton"], "shade": ["pink"]}),
    # ---- shoes (colour options)
    ("Find brown boots.", SHOES, {"style": ["boots"], "color": ["brown"]}),
    ("Sneakers in white, please.", SHOES, {"style": ["sneakers"], "color": ["white"]}),
    # ---- kitchenware
    ("Search for a yellow mug.", MUG, {"color": ["yellow"], "capacity_ml": [OMIT]}),
    ("Find mugs in black.", MUG, {"color": ["black"], "capacity_ml": [OMIT]}),
    # ---- hair
    ("Book me in to dye my hair red.", HAIR, {"hair_color": ["red"], "stylist": [OMIT]}),
    ("Book a blonde dye with Marco.", HAIR, {"hair_color": ["blonde"], "stylist": ["Marco"]}),
    # ---- cakes
    ("Order a chocolate cake with pink icing.", CAKE, {"flavor": ["chocolate"], "icing_color": ["pink"]}),
    ("A vanilla cake with icing in blue, please.", CAKE, {"flavor": ["vanilla"], "icing_color": ["blue"]}),
    # ---- curtains
    ("Find long curtains in cream.", CURTAINS, {"length": ["long"], "colour": ["cream"]}),
    ("Look for white curtains.", CURTAINS, {"colour": ["white"], "length": [OMIT]}),
]

GIFT = fn(
    "gifts.buy_gift_card",
    "Buy a gift card for a store or restaurant.",
    {
        "store": (STR, "The store or restaurant name."),
        "color": (STR, "The card's color."),
    },
    ["store"],
)
DEALS = fn(
    "shop.search_deals",
    "Search current shopping deals.",
    {
        "product": (STR, "The product to look for, e.g. laptops"),
        "color": (STR, "Product color."),
    },
    ["product"],
)
MERCH = fn(
    "music.band_merch",
    "Find merchandise of a band.",
    {
        "band": (STR, "The band name."),
        "color": (STR, "Merch color."),
    },
    ["band"],
)
TOUR = fn(
    "travel.book_tour",
    "Book a guided tour of a landmark.",
    {
        "landmark": (STR, "The landmark to tour."),
        "color": (STR, "The color of the tour group's badge."),
    },
    ["landmark"],
)

GUARDS: list[tuple[str, dict, dict]] = [
    ("Buy a gift card for Red Lobster.", GIFT, {"store": ["Red Lobster"], "color": [OMIT]}),
    (
        "Book a tour of the White House.",
        TOUR,
        {"landmark": ["the White House", "White House"], "color": [OMIT]},
    ),
    ("Search Black Friday deals on laptops.", DEALS, {"product": ["laptops"], "color": [OMIT]}),
    ("Find Green Day merch.", MERCH, {"band": ["Green Day"], "color": [OMIT]}),
    ("Find a Toyota car.", CAR, {"make": ["Toyota"], "color": [OMIT]}),
    ("Find a cheap Honda.", CAR, {"make": ["Honda"], "color": [OMIT]}),
]

NO_CALL = "no call: the request is not read as asking the tool"
COLOUR = "the colour said is not taken for the colour parameter"
SPAN = "a neighbouring value takes a word too many or too few"

GAPS: dict[str, str] = {
    "Find a red Toyota.": NO_CALL,
    "Find a Toyota in red": NO_CALL,
    "I'm after a black Volkswagen.": NO_CALL,
    "Any Fords in green": NO_CALL,
    "Price of the Pixel 8 in black": SPAN + ": the model loses its number",
    "Find a grey velvet sofa.": SPAN + ": the material between the colour and the noun is not taken",
    "Send Anna some yellow tulips.": SPAN + ": the recipient as the first object of 'send'",
    "I need cotton yarn in pink.": SPAN + ": 'need' joins the fiber",
    "Book a blonde dye with Marco.": SPAN + ": the stylist's name after 'with' is not taken",
    "Find long curtains in cream.": COLOUR + ": 'cream' is no colour by its meaning (0.03 against 'colour')",
}
"""Rows the simulator does not pass yet, and why (strict expected failures, so a fix shows)."""


@pytest.mark.parametrize(("request_text", "spec", "expected"), params(ROWS + GUARDS, GAPS))
def test_a_colour_word_fills_the_colour_parameter(request_text: str, spec: dict, expected: dict) -> None:
    problem = one_call_problem(request_text, [spec], spec["toolSpec"]["name"], expected)
    assert not problem, problem


def test_the_battery_holds_thirty_five_requests_and_guards() -> None:
    assert len(ROWS) >= 35
    assert len(GUARDS) >= 4
