"""Text-to-SQL, safely: a policy, a check that parses the query, and a bounded read-only run.

    from agentkit.sql import check_query, execute, UnsafeQuery

    check_query("SELECT region, SUM(revenue) FROM sales GROUP BY region")  # the SQL to run, LIMIT added
    check_query("DROP TABLE sales")       # UnsafeQuery: only a read-only SELECT ... is allowed ...
    execute("SELECT category, COUNT(*) AS n FROM products GROUP BY category")  # a pandas DataFrame

- `policy`: `SqlPolicy`, the allow-list of tables and columns and the budgets; `default_policy()` is
  the workshop's retail database.
- `check`: `check_query(sql, policy=None) -> str`, the rules and why each exists; `tables_in` for
  rules of your own.
- `estimate`: the join-size estimate that refuses cartesian products.
- `run`: `execute(sql, policy=None) -> DataFrame`, read-only, with a time budget and a row cap.
- `tools`: `list_tables`, `describe_table`, `run_query` for an agent, or `sql_tools(policy)`.
"""

from agentkit.sql.check import CheckedQuery, check_query, checked, tables_in
from agentkit.sql.errors import QueryFailed, UnsafeQuery
from agentkit.sql.policy import DENIED_FUNCTIONS, SqlPolicy, TableAccess, default_policy
from agentkit.sql.run import execute
from agentkit.sql.tools import describe_table, list_tables, run_query, sql_tools

__all__ = [
    "DENIED_FUNCTIONS",
    "CheckedQuery",
    "QueryFailed",
    "SqlPolicy",
    "TableAccess",
    "UnsafeQuery",
    "check_query",
    "checked",
    "default_policy",
    "describe_table",
    "execute",
    "list_tables",
    "run_query",
    "sql_tools",
    "tables_in",
]
