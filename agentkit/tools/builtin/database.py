"""`query_database`: read-only SQL over Northwind Outfitters' retail database, for the first lessons.

The data is `agentkit.retail.database`'s. The tool vets each query with `agentkit.sql.check_query`
(one SELECT, allow-listed tables and columns, no huge joins, a LIMIT) and runs it with
`agentkit.sql.run.run_readonly` (a read-only connection, a time limit); refusals and SQLite's errors
come back with the schema or the closest names, so a model can correct its query. It returns plain
records (no pandas) and says how many rows a capped result had; `agentkit.sql.run_query`, the
text-to-SQL lesson's tool, runs through `agentkit.sql.execute` and its DataFrame.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from agentkit.sql import UnsafeQuery, check_query, default_policy
from agentkit.sql.run import explain_failure, run_readonly
from agentkit.tools.core import ToolInputError, tool

MAX_ROWS = 200
COUNT_LIMIT = 100_000  # rows counted beyond MAX_ROWS to report the size of a capped result
TIME_LIMIT_S = 5.0


@tool
def query_database(sql: str) -> list[dict[str, Any]]:
    """Run one read-only SQL query (SQLite dialect) on the Northwind Outfitters retail database.

    Tables: regions(region_id, name), products(product_id, name, category, unit_price),
    customers(customer_id, name, region_id, joined_on), sales(order_id, order_date, customer_id,
    product_id, region, quantity, revenue). Region names are lower case: north, south, east, west.
    Dates are 'YYYY-MM-DD' text (use strftime('%Y', order_date) for the year); sales cover 2024
    and 2025; revenue is in US dollars.

    Args:
        sql: One SELECT statement (a WITH ... SELECT is fine), e.g. "SELECT region, SUM(revenue)
            FROM sales GROUP BY region". Aggregate in SQL rather than fetching raw rows: at most 200
            rows come back.

    Returns:
        One dict per row, column name to value. If the result had more than 200 rows, the first
        200 are followed by one {"note": ...} entry that says how many rows there were.

    Raises:
        ToolInputError: The statement is not a single SELECT, or SQLite rejected it; the message
            names the valid tables or columns.
    """
    # The same check as agentkit.sql's run_query, with a LIMIT high enough to count what it leaves out.
    policy = default_policy().model_copy(
        update={"max_rows": MAX_ROWS + COUNT_LIMIT, "time_limit_s": TIME_LIMIT_S}
    )
    try:
        statement = check_query(sql, policy)
    except UnsafeQuery as refused:
        raise ToolInputError(str(refused)) from None
    try:
        columns, rows, total = run_readonly(statement, time_limit_s=policy.time_limit_s, keep=MAX_ROWS)
    except sqlite3.Error as error:
        raise ToolInputError(explain_failure(error, policy)) from None
    except ValueError as error:
        raise ToolInputError(str(error)) from None
    result: list[dict[str, Any]] = [dict(zip(columns, map(_clean, row), strict=True)) for row in rows]
    if total > MAX_ROWS:
        size = f"over {COUNT_LIMIT}" if total > COUNT_LIMIT else str(total)
        note = f"showing the first {MAX_ROWS} of {size} rows; aggregate (GROUP BY), filter (WHERE) or add ORDER BY ... LIMIT"
        result.append({"note": note})
    return result


def _clean(value: Any) -> Any:
    # Sums of cents in binary floating point carry noise (1234.5699999999); six decimals remove it.
    return round(value, 6) if isinstance(value, float) else value
