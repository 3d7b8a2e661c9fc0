"""What the SQL safety check costs next to running the query it checks.

    .venv/bin/python bench/sql_check.py [--runs 50]

For each query, in the same run and interleaved: `sqlglot.parse_one` alone (the parser's share),
`check_query` (parse, every rule, the join estimate, regenerating the SQL), and executing the checked
query on a read-only connection to the retail database (fetching every row, as `execute` does). Medians
over --runs, after one warm-up; the database file is in the OS cache after the first run.

Columns: parse µs, check µs, execute µs, check/execute (how many times the query's own run time the
check adds; below 1 means the check is cheaper than the query), rows returned.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing

import sqlglot

from agentkit.retail import connect_readonly
from agentkit.sql import check_query, default_policy

QUERIES = {
    "sum": "SELECT SUM(revenue) AS total FROM sales",
    "group by": "SELECT region, SUM(revenue) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC",
    "filter + year": (
        "SELECT region, SUM(revenue) AS sum_revenue FROM sales WHERE strftime('%Y', order_date) = '2024' "
        "GROUP BY region ORDER BY sum_revenue DESC"
    ),
    "join on keys": (
        "SELECT p.category, SUM(s.revenue) AS revenue FROM sales s JOIN products p ON p.product_id = s.product_id "
        "GROUP BY p.category ORDER BY revenue DESC"
    ),
    "three-way join": (
        "SELECT r.name AS region, COUNT(DISTINCT s.customer_id) AS buyers FROM sales s "
        "JOIN customers c ON c.customer_id = s.customer_id JOIN regions r ON r.region_id = c.region_id GROUP BY r.name"
    ),
    "CTE + window": (
        "WITH m AS (SELECT strftime('%Y-%m', order_date) AS month, SUM(revenue) AS revenue FROM sales GROUP BY month) "
        "SELECT month, revenue - LAG(revenue) OVER (ORDER BY month) AS change FROM m ORDER BY month"
    ),
    "raw rows": "SELECT order_id, order_date, revenue FROM sales",
    "small table": "SELECT name, unit_price FROM products WHERE category = 'tents'",
}


def median_us(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    policy = default_policy()  # reads the catalogue once, as a notebook or a tool does
    print(
        f"{'query':16} {'parse µs':>9} {'check µs':>9} {'execute µs':>11} {'check/execute':>14} {'rows':>5}"
    )
    ratios = []
    with closing(connect_readonly()) as connection:
        for name, sql in QUERIES.items():
            checked = check_query(sql, policy)

            def run(query: str = checked, db: sqlite3.Connection = connection) -> int:
                return len(db.execute(query).fetchall())

            parse = median_us(lambda q=sql: sqlglot.parse_one(q, dialect="sqlite"), runs)
            check = median_us(lambda q=sql: check_query(q, policy), runs)
            execute = median_us(run, runs)
            ratios.append(check / execute)
            print(f"{name:16} {parse:9.0f} {check:9.0f} {execute:11.0f} {check / execute:14.2f} {run():5d}")
    print(
        f"median check/execute: {statistics.median(ratios):.2f} over {len(QUERIES)} queries, {runs} runs each"
    )


if __name__ == "__main__":
    main()
