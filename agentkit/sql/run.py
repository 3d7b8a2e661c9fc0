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
from typing import TYPE_CHECKING

from agentkit.sql.check import checked
from agentkit.sql.errors import QueryFailed
from agentkit.sql.policy import SqlPolicy, default_policy
from agentkit.tools.builtin.database import run_readonly

if TYPE_CHECKING:
    import pandas as pd


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
        raise QueryFailed(_explain(error, policy)) from None
    except ValueError as error:  # two columns with one name: frame["name"] would be a DataFrame
        raise QueryFailed(str(error)) from None
    import pandas as pd  # here, not at import: query_database (notebooks 01-02) checks with this package

    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame.attrs["sql"] = query.sql
    if query.limited and len(frame) >= policy.max_rows:
        frame.attrs["note"] = (
            f"only the first {policy.max_rows} rows (the row cap); there may be more: aggregate (GROUP BY), "
            "filter (WHERE) or ORDER BY ... LIMIT to get the rows that matter"
        )
    return frame


def _explain(error: sqlite3.Error, policy: SqlPolicy) -> str:
    message = str(error)
    if "interrupted" in message:
        return (
            f"the query ran longer than {policy.time_limit_s:g} s and was stopped; filter with WHERE, "
            "join on keys, or replace a correlated subquery with a JOIN ... GROUP BY"
        )
    return f"SQLite rejected the query ({message}); check it against the schema:\n{policy.schema()}"
