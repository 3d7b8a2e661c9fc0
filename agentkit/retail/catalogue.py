"""Northwind Outfitters' product catalogue, shared by the retail database and the inventory API.

One list, so that a product an agent finds in `sales` (by `product_id`) is the same product the
inventory service reports stock for (by SKU), and multi-tool lessons can join the two. Prices are
list prices in US dollars.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    product_id: int
    name: str
    category: str
    unit_price: float

    @property
    def sku(self) -> str:
        """The inventory API's identifier: "NW-" and 1000 + product_id, e.g. NW-1001."""
        return f"NW-{1000 + self.product_id}"


_CATEGORIES: dict[str, list[tuple[str, float]]] = {
    "tents": [
        ("Ridgeline 2P Tent", 329.00),
        ("Ridgeline 3P Tent", 399.00),
        ("Summit 4-Season Tent", 649.00),
        ("Basecamp 6P Family Tent", 459.00),
        ("Ultralight Solo Shelter", 279.00),
        ("Trail Tarp", 89.00),
    ],
    "sleeping": [
        ("Cascade 20F Down Sleeping Bag", 289.00),
        ("Cascade 0F Down Sleeping Bag", 389.00),
        ("Meadow 40F Synthetic Sleeping Bag", 119.00),
        ("Insulated Air Pad", 149.00),
        ("Closed-Cell Foam Pad", 45.00),
        ("Camp Pillow", 29.95),
    ],
    "backpacks": [
        ("Trailblazer 28L Daypack", 99.00),
        ("Trailblazer 45L Pack", 189.00),
        ("Expedition 65L Pack", 279.00),
        ("Summit 18L Pack", 69.00),
        ("Hydration Vest 8L", 129.00),
        ("Kids Explorer 15L Pack", 49.00),
    ],
    "footwear": [
        ("Granite Mid Hiking Boot", 179.00),
        ("Granite Low Hiking Shoe", 149.00),
        ("Trail Runner 3", 139.00),
        ("Alpine Mountaineering Boot", 399.00),
        ("Camp Sandal", 59.00),
        ("Merino Hiking Socks 2-Pack", 32.00),
    ],
    "apparel": [
        ("Stormshell Rain Jacket", 199.00),
        ("Cascade Down Jacket", 249.00),
        ("Fleece Midlayer", 89.00),
        ("Merino Base Layer Top", 85.00),
        ("Convertible Hiking Pants", 79.00),
        ("Sun Hoodie", 55.00),
    ],
    "climbing": [
        ("Crag Harness", 69.95),
        ("Dynamic Rope 60m", 229.00),
        ("Climbing Helmet", 79.95),
        ("Locking Carabiner", 14.95),
        ("Chalk Bag", 24.95),
        ("Belay Device", 34.95),
    ],
    "cooking": [
        ("Canister Stove", 49.95),
        ("Titanium Cook Pot", 59.95),
        ("Camp Cookset for Two", 79.95),
        ("Squeeze Water Filter", 39.95),
        ("Insulated Mug", 24.95),
        ("Fuel Canister 230g", 6.95),
    ],
    "accessories": [
        ("Headlamp 400", 44.95),
        ("Trekking Poles", 119.00),
        ("Baseplate Compass", 29.95),
        ("Trail First Aid Kit", 34.95),
        ("Dry Bag 20L", 27.95),
        ("Solar Lantern", 39.95),
    ],
}

PRODUCTS: tuple[Product, ...] = tuple(
    Product(number, name, category, price)
    for number, (category, name, price) in enumerate(
        ((category, name, price) for category, items in _CATEGORIES.items() for name, price in items), start=1
    )
)
