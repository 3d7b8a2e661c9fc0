"""How many rows a SELECT will produce, estimated before it runs, to refuse cartesian products.

`FROM sales a, sales b` is 100 million rows. The time budget would stop it, but only after it had held a
CPU for the whole budget, and a model told "interrupted" learns less than one told "this joins sales
with itself without a condition: about 100,000,000 rows". So each SELECT's join is estimated from the
policy's row counts, and one over `max_join_rows` is refused up front with that reason.

The estimate is a deliberately simple upper bound:
- a table counts its rows; a subquery or CTE counts its own estimate (1 when it aggregates without
  GROUP BY, at most its LIMIT when it has a literal one);
- tables joined by an equality on a **unique** column (a key: `s.customer_id = c.customer_id`) give
  about as many rows as the other side (size × size / rows of the keyed table);
- any other pair — no condition, an inequality, an equality on columns that are not unique — counts
  as the product of both sides.
It does not see correlated subqueries, which repeat per outer row; the time budget bounds those.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from agentkit.sql.errors import UnsafeQuery
from agentkit.sql.policy import SqlPolicy, TableAccess


def estimate_rows(scope: Scope, policy: SqlPolicy, sizes: dict[int, float]) -> float:
    """Rows this scope produces (`sizes` holds the estimates of the scopes it reads, by id)."""
    expression = scope.expression
    if isinstance(expression, exp.SetOperation):
        return sum(sizes.get(id(s), 1.0) for s in scope.set_operation_scopes)
    if not isinstance(expression, exp.Select) or not scope.selected_sources:
        return 1.0
    tables: dict[str, TableAccess] = {}
    rows: dict[str, float] = {}
    for alias, (_, source) in scope.selected_sources.items():
        if isinstance(source, Scope):
            rows[alias.lower()] = sizes.get(id(source), 1.0)
        else:
            tables[alias.lower()] = policy.tables[source.name.lower()]
            rows[alias.lower()] = float(tables[alias.lower()].rows)
    estimate = _join(scope, tables, rows)
    if len(rows) > 1 and estimate > policy.max_join_rows:
        joined = " × ".join(
            (source.name if alias == source.name else f"{source.name} {alias}")
            if isinstance(source, exp.Table)
            else f"subquery {alias}"
            for alias, (_, source) in scope.selected_sources.items()
        )
        raise UnsafeQuery(
            f"this SELECT joins {joined} into an estimated {estimate:,.0f} rows, over the budget of "
            f"{policy.max_join_rows:,}: tables joined without an equality on a unique column multiply their "
            "rows. Join each table on its key (e.g. JOIN customers c ON c.customer_id = s.customer_id), "
            "or aggregate in a subquery first and join the small results"
        )
    if expression.args.get("group") is None and _aggregates(expression):
        estimate = 1.0
    limit = expression.args.get("limit")
    if limit is not None and isinstance(limit.expression, exp.Literal) and limit.expression.name.isdigit():
        estimate = min(estimate, float(limit.expression.name))
    return estimate


def _join(scope: Scope, tables: dict[str, TableAccess], rows: dict[str, float]) -> float:
    """Union the sources along equality conditions, sizing each merge by whether it is on a key."""
    group = {alias: alias for alias in rows}
    size = dict(rows)

    def root(alias: str) -> str:
        while group[alias] != alias:
            alias = group[alias]
        return alias

    for left, left_column, right, right_column in _equalities(scope, tables, list(rows)):
        a, b = root(left), root(right)
        if a == b:
            continue
        merged = size[a] * size[b]
        if right_column in getattr(tables.get(right), "keys", ()):
            merged /= max(rows[right], 1.0)
        elif left_column in getattr(tables.get(left), "keys", ()):
            merged /= max(rows[left], 1.0)
        group[b], size[a] = a, merged
    total = 1.0
    for alias in rows:
        if root(alias) == alias:
            total *= size[alias]
    return total


def _equalities(
    scope: Scope, tables: dict[str, TableAccess], aliases: list[str]
) -> list[tuple[str, str, str, str]]:
    """(alias, column, alias, column) for each `a.x = b.y` in ON and WHERE, and each USING column."""
    select = scope.expression
    conditions: list[exp.Expression] = []
    found: list[tuple[str, str, str, str]] = []
    for position, join in enumerate(select.args.get("joins") or [], start=1):
        if join.args.get("on") is not None:
            conditions.append(join.args["on"])
        for identifier in join.args.get("using") or []:
            column = identifier.name.lower()
            earlier = aliases[:position]
            other = next((a for a in earlier if column in getattr(tables.get(a), "columns", ())), earlier[0])
            found.append((other, column, aliases[position], column))
    if select.args.get("where") is not None:
        conditions.append(select.args["where"].this)
    for condition in conditions:
        for part in condition.flatten() if isinstance(condition, exp.And) else [condition]:
            if (
                isinstance(part, exp.EQ)
                and isinstance(part.this, exp.Column)
                and isinstance(part.expression, exp.Column)
            ):
                left, right = _owner(part.this, tables, aliases), _owner(part.expression, tables, aliases)
                if left and right and left != right:
                    found.append((left, part.this.name.lower(), right, part.expression.name.lower()))
    return found


def _owner(column: exp.Column, tables: dict[str, TableAccess], aliases: list[str]) -> str | None:
    if column.table:
        return column.table.lower() if column.table.lower() in aliases else None
    return next((a for a, t in tables.items() if column.name.lower() in t.columns), None)


def _aggregates(select: exp.Select) -> bool:
    """Whether the SELECT aggregates (SUM, COUNT, ...) outside window functions and nested queries."""
    return any(
        not isinstance(function.parent, exp.Window) and function.find_ancestor(exp.Select) is select
        for projection in select.expressions
        for function in projection.find_all(exp.AggFunc)
    )
