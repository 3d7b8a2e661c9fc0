"""query_database and the generated retail data: same data everywhere, read-only, bounded, helpful errors."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from agentkit.retail import connect_readonly, database_schema
from agentkit.retail import database as retail
from agentkit.tools import ToolInputError
from agentkit.tools.builtin import database, query_database

# Pinned facts of generator version 1. If the generator changes on purpose, bump GENERATOR_VERSION
# and update these together with any notebook output that quotes them.
REVENUE_BY_REGION = [
    {"region": "west", "orders": 3643, "revenue": 581710.2},
    {"region": "east", "orders": 2679, "revenue": 405658.65},
    {"region": "north", "orders": 1920, "revenue": 280044.55},
    {"region": "south", "orders": 1758, "revenue": 273918.05},
]


pytestmark = pytest.mark.usefixtures("data_dir")


def test_row_counts() -> None:
    counts = {t: query_database(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in retail.TABLES}
    assert counts == {"regions": 4, "products": 48, "customers": 1200, "sales": 10_000}


def test_pinned_aggregates_of_this_generator_version() -> None:
    sql = "SELECT region, COUNT(*) AS orders, SUM(revenue) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
    assert query_database(sql) == REVENUE_BY_REGION
    assert query_database("SELECT SUM(revenue) AS total FROM sales") == [{"total": 1541331.45}]
    assert query_database("SELECT MIN(order_date) AS first, MAX(order_date) AS last FROM sales") == [
        {"first": "2024-01-01", "last": "2025-12-31"}
    ]


def test_regeneration_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = retail.ensure_database()
    monkeypatch.setenv("AGENTKIT_DATA_DIR", str(tmp_path))
    second = retail.ensure_database()
    assert second != first
    assert hashlib.sha256(second.read_bytes()).digest() == hashlib.sha256(first.read_bytes()).digest()


def test_generated_once_under_a_versioned_name_with_no_temporary_left(data_dir: Path) -> None:
    path = retail.ensure_database()
    assert path == data_dir.resolve() / f"retail-v{retail.GENERATOR_VERSION}.sqlite"
    modified = path.stat().st_mtime_ns
    retail.ensure_database()
    assert path.stat().st_mtime_ns == modified
    assert sorted(p.name for p in data_dir.iterdir()) == [path.name]


def test_data_is_consistent() -> None:
    checks = {
        "orders before the customer joined": "SELECT COUNT(*) AS n FROM sales s JOIN customers c "
        "USING (customer_id) WHERE s.order_date < c.joined_on",
        "region differs from the customer's": "SELECT COUNT(*) AS n FROM sales s JOIN customers c USING (customer_id) "
        "JOIN regions r ON r.region_id = c.region_id WHERE r.name != s.region",
        "revenue is not quantity x price": "SELECT COUNT(*) AS n FROM sales s JOIN products p USING (product_id) "
        "WHERE abs(s.revenue - s.quantity * p.unit_price) > 0.005",
    }
    assert {name: query_database(sql)[0]["n"] for name, sql in checks.items()} == dict.fromkeys(checks, 0)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT SUM(revenue) AS sum_revenue FROM sales",
        "SELECT region, SUM(revenue) AS sum_revenue FROM sales GROUP BY region ORDER BY sum_revenue DESC",
        "SELECT COUNT(*) AS count FROM customers",
        "SELECT category, AVG(unit_price) AS avg_unit_price FROM products GROUP BY category ORDER BY avg_unit_price DESC",
        "SELECT SUM(revenue) AS sum_revenue FROM sales WHERE region = 'north' AND strftime('%Y', order_date) = '2025'",
    ],
)
def test_the_simulated_models_queries_answer(sql: str) -> None:
    rows = query_database(sql)
    assert rows and all(value is not None for row in rows for value in row.values())


def test_float_noise_is_removed_from_sums() -> None:
    total = query_database("SELECT SUM(revenue) AS total FROM sales WHERE region = 'south'")[0]["total"]
    assert total == round(total, 2)


def test_with_queries_and_comments_are_allowed() -> None:
    sql = "-- revenue of the best region\nWITH r AS (SELECT region, SUM(revenue) AS v FROM sales GROUP BY region) SELECT region FROM r ORDER BY v DESC LIMIT 1"
    assert query_database(sql) == [{"region": "west"}]


@pytest.mark.parametrize(
    ("sql", "says"),
    [
        ("DELETE FROM sales", "only a read-only SELECT"),
        ("DROP TABLE sales", "only a read-only SELECT"),
        ("UPDATE sales SET revenue = 0", "only a read-only SELECT"),
        ("ATTACH DATABASE '/tmp/x.sqlite' AS x", "only a read-only SELECT"),
        ("PRAGMA writable_schema = 1", "only a read-only SELECT"),
        ("WITH t AS (SELECT 1) DELETE FROM sales", "read-only"),
        ("WITH t AS (SELECT 1) INSERT INTO regions VALUES (9, 'x')", "read-only"),
        ("SELECT 1; DROP TABLE sales", "only one SQL statement per call"),
        ("   ", "the query is empty"),
    ],
)
def test_writes_and_other_statements_are_refused(sql: str, says: str) -> None:
    with pytest.raises(ToolInputError) as caught:
        query_database(sql)
    assert says in str(caught.value)
    assert query_database("SELECT COUNT(*) AS n FROM sales") == [{"n": 10_000}]
    assert query_database("SELECT COUNT(*) AS n FROM regions") == [{"n": 4}]


def test_the_helper_connection_is_read_only() -> None:
    with closing(connect_readonly()) as connection, pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM sales")


def test_large_results_are_capped_and_say_so() -> None:
    rows = query_database("SELECT order_id FROM sales")
    assert len(rows) == database.MAX_ROWS + 1
    assert rows[:2] == [{"order_id": 1}, {"order_id": 2}]
    assert "showing the first 200 of 10000 rows" in rows[-1]["note"]
    assert len(query_database("SELECT order_id FROM sales LIMIT 200")) == 200


def test_huge_results_are_counted_only_so_far() -> None:
    rows = query_database(
        "SELECT s.order_id FROM sales s, products p"
    )  # 480,000 rows: within the join budget
    assert "showing the first 200 of over 100000 rows" in rows[-1]["note"]


def test_huge_cross_joins_are_refused_before_they_run() -> None:
    with pytest.raises(ToolInputError, match="estimated 100,000,000 rows"):
        query_database("SELECT a.order_id FROM sales a, sales b")


@pytest.mark.parametrize(
    ("sql", "says"),
    [
        ("SELECT revenu FROM sales", "no such column: revenu — columns of sales are: order_id, order_date, "),
        ("SELECT revenu FROM sales", "did you mean revenue?"),
        ("SELECT s.unit_price FROM sales s", "columns of sales are"),
        ("SELECT * FROM sale", "no such table: sale — the tables are: regions, products, customers, sales"),
        ("SELECT name FROM product", "did you mean products?"),
        ("SELECT name FROM customers JOIN regions USING (region_id)", "e.g. customers.name or regions.name"),
        ("SELECT c.name, r.name FROM customers c JOIN regions r USING (region_id)", "distinct alias"),
        ("SELECT * FROM sales WHERE", "sales(order_id, order_date, customer_id"),
    ],
)
def test_sqlite_errors_say_how_to_fix_the_query(sql: str, says: str) -> None:
    with pytest.raises(ToolInputError) as caught:
        query_database(sql)
    assert says in str(caught.value)


def test_runaway_queries_are_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "TIME_LIMIT_S", 0.05)
    # A correlated subquery repeats per outer row (10,000 x 10,000 comparisons): the check cannot see that.
    with pytest.raises(ToolInputError, match="ran longer than 0.05 s"):
        query_database(
            "SELECT COUNT(*) FROM sales a WHERE (SELECT COUNT(*) FROM sales b WHERE b.revenue > a.revenue) > 5"
        )


def test_schema_lists_every_table_and_the_tool_description_matches_it() -> None:
    lines = database_schema().splitlines()
    assert lines == [
        "regions(region_id, name)",
        "products(product_id, name, category, unit_price)",
        "customers(customer_id, name, region_id, joined_on)",
        "sales(order_id, order_date, customer_id, product_id, region, quantity, revenue)",
    ]
    description = " ".join((query_database.__doc__ or "").split())
    assert all(line in description for line in lines)
