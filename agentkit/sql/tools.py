"""The text-to-SQL agent's tools: `list_tables`, `describe_table`, `run_query`, over one policy.

A model that writes SQL needs to know what it can query, so the tools' descriptions list the tables
and their *visible* columns (the allow-list, never the hidden ones), `describe_table` shows a few
sample rows (date formats, the spelling of values), and `run_query` runs one query through the check
and the read-only, time-boxed run. A refused or failed query is a `ToolInputError`, so the model gets
the reason as a tool error (`status: error`) and can write a better query.

`sql_tools(policy)` builds the three for any policy; the module-level tools use the default policy of
the workshop's retail database.
"""

# No `from __future__ import annotations`: describe_table's Literal is built from the policy at run time.

import json
from typing import TYPE_CHECKING, Any, Literal

from agentkit.retail import TABLES, database_schema
from agentkit.sql.errors import QueryFailed, UnsafeQuery
from agentkit.sql.policy import SqlPolicy, default_policy
from agentkit.sql.run import execute
from agentkit.tools.core import Tool, ToolInputError, tool

if TYPE_CHECKING:
    import pandas as pd

SAMPLE_ROWS = 3


def sql_tools(policy: SqlPolicy | None = None) -> list[Tool]:
    """`[list_tables, describe_table, run_query]` over `policy` (default: the retail database's)."""
    names = tuple(policy.tables) if policy else tuple(TABLES)
    schema = policy.schema() if policy else database_schema()
    cap = policy.max_rows if policy else SqlPolicy.model_fields["max_rows"].default

    def list_tables() -> list[dict[str, Any]]:
        """The tables you can query, each with its row count and the columns you can use."""
        tables = (policy or default_policy()).tables
        return [{"table": n, "rows": t.rows, "columns": list(t.allowed)} for n, t in tables.items()]

    def describe_table(table: Literal[names]) -> dict[str, Any]:  # type: ignore[valid-type]
        """One table's columns, unique columns, row count and a few sample rows.

        Args:
            table: the table to describe
        """
        access = (policy or default_policy()).table(table)
        sample = execute(f"SELECT {', '.join(access.allowed)} FROM {table} LIMIT {SAMPLE_ROWS}", policy)
        return {
            "table": table,
            "rows": access.rows,
            "columns": list(access.allowed),
            "unique": [c for c in access.allowed if c in access.keys],
            "sample": _records(sample),
        }

    def run_query(sql: str) -> dict[str, Any]:
        """Run one read-only SQL query and get its rows.

        Args:
            sql: One SELECT in the SQLite dialect (WITH ... SELECT and UNION are fine), e.g. "SELECT
                region, SUM(revenue) AS revenue FROM sales GROUP BY region". Aggregate in SQL: the
                result is capped at a few hundred rows.
        """
        try:
            frame = execute(sql, policy)
        except (UnsafeQuery, QueryFailed) as problem:
            raise ToolInputError(str(problem)) from None
        result: dict[str, Any] = {"sql": frame.attrs["sql"], "rows": _records(frame)}
        if "note" in frame.attrs:
            result["note"] = frame.attrs["note"]
        return result

    tables = "; ".join(schema.splitlines())
    return [
        tool(list_tables),
        tool(
            describe_table,
            description=f"Columns, unique columns, row count and sample rows of a table: {tables}.",
        ),
        tool(
            run_query,
            description=(
                f"Run one read-only SELECT (SQLite dialect) on the database and get the rows back, at most "
                f"{cap}. Tables: {tables}. Only these tables and columns can be used; a refused query comes "
                "back with the reason."
            ),
        ),
    ]


def _records(frame: "pd.DataFrame") -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts; pandas' JSON writer also trims float noise (1234.5699999999 → 1234.57)."""
    return json.loads(frame.to_json(orient="records", double_precision=6))


list_tables, describe_table, run_query = sql_tools()
