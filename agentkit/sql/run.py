"""Running a checked query: read-only, within a time budget and a row cap, into a pandas DataFrame.

The check (`agentkit.sql.check`) is static; these are the limits that hold even for what it cannot
see, and even if it had a gap:
- the connection is opened **read-only** (`mode=ro`): no statement can change the file, whatever
  got past the parser;
- a **progress handler** stops the query once it has run longer than the policy's `time_limit_s`
  (SQLite calls it every thousand virtual-machine steps, so a runaway query ends within milliseconds);
- the **row cap** is the LIMIT the check put on the query; a result cut there says so in
  `DataFrame.attrs["note"]`, so the model knows to aggregate or filter rather than trust a partial list.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from typing import TYPE_CHECKING, Any

from agentkit.retail import connect_readonly
from agentkit.sql.check import checked
from agentkit.sql.errors import QueryFailed
from agentkit.sql.policy import SqlPolicy, default_policy

if TYPE_CHECKING:
    import pandas as pd

PROGRESS_STEPS = 1_000  # SQLite virtual-machine steps between two looks at the clock


def execute(sql: str, policy: SqlPolicy | None = None) -> pd.DataFrame:
    """Check `sql` (raises `UnsafeQuery`), run it on the retail database read-only within the budgets.

    `attrs["sql"]` is the query that ran; `attrs["note"]` is set when the row cap cut the result.
    Raises `QueryFailed` when SQLite rejects the query or the time budget stops it.
    """
    policy = policy or default_policy()
    query = checked(sql, policy)
    try:
        columns, rows, _ = run_readonly(query.sql, time_limit_s=policy.time_limit_s, keep=policy.max_rows)
    except sqlite3.Error as error:
        raise QueryFailed(explain_failure(error, policy)) from None
    except ValueError as error:  # two columns with one name: frame["name"] would be a DataFrame
        raise QueryFailed(str(error)) from None
    import pandas as pd  # here, not at import: query_database (notebooks 01-02) runs with this module

    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame.attrs["sql"] = query.sql
    if query.limited and len(frame) >= policy.max_rows:
        frame.attrs["note"] = (
            f"only the first {policy.max_rows} rows (the row cap); there may be more: aggregate (GROUP BY), "
            "filter (WHERE) or ORDER BY ... LIMIT to get the rows that matter"
        )
    return frame


def run_readonly(
    statement: str, *, time_limit_s: float, keep: int
) -> tuple[list[str], list[tuple[Any, ...]], int]:
    """Run one statement read-only, stopped after `time_limit_s`: columns, the first `keep` rows, the row count.

    Rows past `keep` are counted, not kept (the statement's LIMIT bounds the count). Raises
    `sqlite3.Error` ("interrupted" when the time ran out), and `ValueError` when two result columns
    share a name (rows could not become records).
    """
    with closing(connect_readonly()) as connection:
        deadline = time.monotonic() + time_limit_s
        connection.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        cursor = connection.execute(statement)
        columns = [column[0] for column in cursor.description or ()]
        rows = cursor.fetchmany(keep)
        total = len(rows) + sum(1 for _ in cursor)
    duplicated = sorted({c for c in columns if columns.count(c) > 1})
    if duplicated:
        raise ValueError(
            f"the result has more than one column named {', '.join(duplicated)}; give each a distinct alias "
            "(e.g. SELECT c.name AS customer, p.name AS product ...)"
        )
    return columns, rows, total


def explain_failure(error: sqlite3.Error, policy: SqlPolicy) -> str:
    """What SQLite's error means for whoever wrote the query, and what to do about it."""
    message = str(error)
    if "interrupted" in message:
        return (
            f"the query ran longer than {policy.time_limit_s:g} s and was stopped; filter with WHERE, "
            "join on keys, or replace a correlated subquery with a JOIN ... GROUP BY"
        )
    return f"SQLite rejected the query ({message}); check it against the schema:\n{policy.schema()}"
