"""Northwind Outfitters' retail database in SQLite: the data of the "talk to your data" lessons.

The data is Northwind Outfitters' (a fictional outdoor gear retailer) online sales for the two
calendar years 2024 and 2025, generated from a fixed seed, so every learner and every CI run sees
the same numbers and notebook outputs can be compared:

- `regions(region_id, name)`: the four sales regions, named north, south, east and west.
- `products(product_id, name, category, unit_price)`: the 48 products of `catalogue.PRODUCTS`, six in
  each of eight categories (tents, sleeping, backpacks, footwear, apparel, climbing, cooking,
  accessories); `unit_price` is the list price in US dollars.
- `customers(customer_id, name, region_id, joined_on)`: 1,200 customers; `joined_on` (YYYY-MM-DD) is
  when they opened their account, between 2019 and late 2025. The west has the most customers,
  then east, north and south.
- `sales(order_id, order_date, customer_id, product_id, region, quantity, revenue)`: 10,000 order
  lines, one product each, numbered in date order. `region` repeats the customer's region name so
  that simple questions need no join; `quantity` is 1 to 5 units; `revenue` is quantity × unit
  price in US dollars (no discounts, tax or shipping). Orders come only from customers who had
  joined by then; sales peak in November and December, tents and cooking sell more in May to
  August and apparel and sleeping bags in October to January, cheaper products sell more often,
  and 2025 has about 10 % more orders than 2024.

The file is generated on first use into `$AGENTKIT_DATA_DIR` (default `~/.cache/agentkit`), named
after `GENERATOR_VERSION` so a changed generator writes a new file, and written to a temporary file
that is renamed into place, so a reader never sees a half-written database.

The SQL tools read it through `agentkit.sql` (checked, read-only, budgeted); `connect_readonly()`
is the connection for anything else that reads it, e.g. `pandas.read_sql`.
"""

from __future__ import annotations

import bisect
import itertools
import os
import random
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from agentkit.retail.catalogue import PRODUCTS

GENERATOR_VERSION = 1
SEED = 2009

REGIONS = ("north", "south", "east", "west")
CUSTOMER_COUNT = 1200
ORDER_COUNT = 10_000
FIRST_ORDER_DAY, LAST_ORDER_DAY = date(2024, 1, 1), date(2025, 12, 31)

# The single source of the schema: the DDL, `database_schema()` and error messages derive from it.
TABLES: dict[str, dict[str, str]] = {
    "regions": {"region_id": "INTEGER PRIMARY KEY", "name": "TEXT NOT NULL UNIQUE"},
    "products": {
        "product_id": "INTEGER PRIMARY KEY",
        "name": "TEXT NOT NULL",
        "category": "TEXT NOT NULL",
        "unit_price": "REAL NOT NULL",
    },
    "customers": {
        "customer_id": "INTEGER PRIMARY KEY",
        "name": "TEXT NOT NULL",
        "region_id": "INTEGER NOT NULL REFERENCES regions(region_id)",
        "joined_on": "TEXT NOT NULL",
    },
    "sales": {
        "order_id": "INTEGER PRIMARY KEY",
        "order_date": "TEXT NOT NULL",
        "customer_id": "INTEGER NOT NULL REFERENCES customers(customer_id)",
        "product_id": "INTEGER NOT NULL REFERENCES products(product_id)",
        "region": "TEXT NOT NULL",
        "quantity": "INTEGER NOT NULL",
        "revenue": "REAL NOT NULL",
    },
}

_FIRST_NAMES = (
    "Ava Ben Chloe Daniel Elena Felix Grace Hiro Isla Jamal Keiko Liam Maya Noah Olivia Pablo Quinn Rosa "
    "Sam Tara Umar Vera Wes Ximena Yusuf Zoe Aria Caleb Dana Emil Farah Gus Hana Ivan Jade Kofi Lena Mateo Nia Omar"
).split()
_LAST_NAMES = (
    "Anderson Brooks Chen Diaz Evans Fischer Garcia Hughes Ito Johnson Kim Larsen Martin Nguyen Okafor Patel "
    "Quinn Rossi Silva Tanaka Ueda Varga Walsh Xu Young Zimmer Alvarez Baker Costa Dubois Eriksen Flores Gupta "
    "Hansen Ibrahim Jensen Kowalski Lopez Murphy Novak"
).split()
# Relative order volume per calendar month (holiday peak, summer bump, quiet late winter).
_MONTH_WEIGHTS = (0.7, 0.6, 0.8, 0.9, 1.1, 1.2, 1.3, 1.2, 0.9, 1.0, 1.5, 1.9)
_SEASONAL = {
    "tents": (5, 6, 7, 8),
    "cooking": (5, 6, 7, 8),
    "apparel": (10, 11, 12, 1),
    "sleeping": (10, 11, 12, 1),
}
_QUANTITY_WEIGHTS = (60, 22, 10, 5, 3)

_lock = threading.Lock()


def database_schema() -> str:
    """The tables and their columns, one `table(column, ...)` line each, for tool descriptions and prompts."""
    return "\n".join(f"{table}({', '.join(columns)})" for table, columns in TABLES.items())


def connect_readonly() -> sqlite3.Connection:
    """A read-only connection to the retail database (generated first if needed), e.g. for pandas.read_sql."""
    return sqlite3.connect(f"{ensure_database().as_uri()}?mode=ro", uri=True)


def database_path() -> Path:
    """Where this generator version's database lives: $AGENTKIT_DATA_DIR, else ~/.cache/agentkit."""
    folder = Path(os.environ.get("AGENTKIT_DATA_DIR") or Path.home() / ".cache" / "agentkit")
    return folder.expanduser().resolve() / f"retail-v{GENERATOR_VERSION}.sqlite"


def ensure_database() -> Path:
    """The database file, generated on first use (atomically: written aside, then renamed into place)."""
    path = database_path()
    with _lock:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".retail-", suffix=".tmp", dir=path.parent)
            os.close(handle)
            try:
                with closing(sqlite3.connect(temporary)) as connection:
                    _generate(connection)
                os.chmod(temporary, 0o644)  # mkstemp makes it private; the finished file is ordinary data
                os.replace(temporary, path)
            finally:
                Path(temporary).unlink(missing_ok=True)
    return path


def _generate(connection: sqlite3.Connection) -> None:
    rng = random.Random(SEED)
    for table, columns in TABLES.items():
        connection.execute(
            f"CREATE TABLE {table} ({', '.join(f'{c} {kind}' for c, kind in columns.items())})"
        )
    connection.executemany("INSERT INTO regions VALUES (?, ?)", enumerate(REGIONS, start=1))
    connection.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?)",
        [(p.product_id, p.name, p.category, p.unit_price) for p in PRODUCTS],
    )
    customers = list(_customers(rng))
    connection.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)", customers)
    connection.executemany("INSERT INTO sales VALUES (?, ?, ?, ?, ?, ?, ?)", _sales(rng, customers))
    connection.commit()


def _customers(rng: random.Random) -> Iterator[tuple[int, str, int, str]]:
    """Customers in order of joining, so that those who had joined by a date are a prefix of the list."""
    names = rng.sample([f"{first} {last}" for first in _FIRST_NAMES for last in _LAST_NAMES], CUSTOMER_COUNT)
    first_day, span = date(2019, 1, 1), (date(2025, 9, 30) - date(2019, 1, 1)).days
    joined = sorted(first_day + timedelta(days=rng.randrange(span + 1)) for _ in names)
    for number, (name, day) in enumerate(zip(names, joined, strict=True), start=1):
        region_id = rng.choices(range(1, len(REGIONS) + 1), weights=(20, 19, 27, 34))[0]
        yield number, name, region_id, day.isoformat()


def _sales(
    rng: random.Random, customers: list[tuple[int, str, int, str]]
) -> list[tuple[int, str, int, int, str, int, float]]:
    days = [FIRST_ORDER_DAY + timedelta(days=n) for n in range((LAST_ORDER_DAY - FIRST_ORDER_DAY).days + 1)]
    day_weights = [_MONTH_WEIGHTS[d.month - 1] * (1.1 if d.year == 2025 else 1.0) for d in days]
    joined = [date.fromisoformat(c[3]) for c in customers]
    # Some customers buy far more often than others; cumulative weights let a prefix be sampled.
    activity = [rng.expovariate(1.0) for _ in customers]
    cumulative = list(itertools.accumulate(activity))
    product_weights = {
        month: [_popularity(p.category, p.unit_price, month) for p in PRODUCTS] for month in range(1, 13)
    }
    orders = []
    for day in sorted(rng.choices(days, weights=day_weights, k=ORDER_COUNT)):
        eligible = bisect.bisect_right(joined, day)
        pick = bisect.bisect_right(cumulative, rng.random() * cumulative[eligible - 1])
        customer_id, _, region_id, _ = customers[min(pick, eligible - 1)]
        product = rng.choices(PRODUCTS, weights=product_weights[day.month])[0]
        quantity = rng.choices(range(1, 6), weights=_QUANTITY_WEIGHTS)[0]
        orders.append(
            (day.isoformat(), customer_id, product.product_id, REGIONS[region_id - 1], quantity,
             round(quantity * product.unit_price, 2))
        )  # fmt: skip
    return [(number, *order) for number, order in enumerate(orders, start=1)]


def _popularity(category: str, unit_price: float, month: int) -> float:
    in_season = month in _SEASONAL.get(category, ())
    return (1.6 if in_season else 1.0) / unit_price**0.5
