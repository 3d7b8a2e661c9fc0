"""Writing a simple SQL query for a clause, from the schema a tool's description lists.

A tool that takes SQL usually says which tables it can see ("Tables: sales(order_id, region,
revenue), ..."). From that list and the clause, the simulator writes one SELECT: the table the clause
points at most (its name, its columns, above all a numeric column it names), an aggregate chosen by wording ("total" → SUM, "average" →
AVG, "how many" → COUNT, "highest" → MAX, "lowest" → MIN; a bare numeric column → SUM), equality
filters for "<value> <column>" phrases ("north region" → `region = 'north'`), a year filter on a
date column ("in 2024"), and GROUP BY / ORDER BY / LIMIT for "by <column>", "per <column>" and
"top N". Anything beyond that is out of its reach — it is a simulator, not a text-to-SQL model.

A *correction* — the error a refused query came back with — is read the way a reviewer's note is:
the table and column names it spells out count as named by the clause. So "list the columns you
need, from: customer_id, region_id" turns `SELECT *` into `SELECT customer_id, region_id`.
"""

from __future__ import annotations

import re

from agentkit.local.simulated import text

_TABLE = re.compile(r"\b([A-Za-z_][\w]*)\s*\(([\w\s,]+)\)")
_AGGREGATES = [
    (("how many", "number of", "count"), "COUNT"),
    (("average", "mean", "avg"), "AVG"),
    (("highest", "largest", "maximum", "max", "biggest", "most expensive"), "MAX"),
    (("lowest", "smallest", "minimum", "min", "cheapest"), "MIN"),
    (("total", "sum", "overall"), "SUM"),
]
_TOP = re.compile(r"\btop\s+(\d+)\b", re.I)
_YEAR = re.compile(r"\b(?:in|during|for)\s+((?:19|20)\d{2})\b", re.I)
_NUMERIC_HINTS = ("revenue", "amount", "price", "quantity", "total", "cost", "count", "sales", "units")


def tables(description: str) -> dict[str, list[str]]:
    """`name(col, col, ...)` entries of a description, as {table: [columns]}."""
    return {
        name: [c.strip() for c in columns.split(",") if c.strip()]
        for name, columns in _TABLE.findall(description)
        if "," in columns
    }


def write(clause: str, description: str, correction: str = "") -> str | None:
    """One SELECT answering `clause` over the tables `description` lists, or None if it names none.

    `correction` is the error of an earlier attempt: names it spells out count as mentioned.
    """
    schema = tables(description)
    if not schema:
        return None
    stems = text.content_stems(clause)
    spelt_out = {name.lower() for name in re.findall(r"[A-Za-z_]\w*", correction)}
    lowered = clause.lower()

    def mentions(name: str) -> bool:
        """Every meaningful word of the name is in the clause ("unit price", not just "units"), or the
        correction spells the name out."""
        wanted = text.content_stems(name)
        return name.lower() in spelt_out or (bool(wanted) and all(s in stems for s in wanted))

    def table_score(table: str) -> int:
        """Naming the table counts 2, each named column 1, a named numeric column 2 more."""
        named_columns = [c for c in schema[table] if mentions(c)]
        return 2 * mentions(table) + len(named_columns) + 2 * any(_numeric(c) for c in named_columns)

    table = max(schema, key=table_score)  # first listed wins a tie
    if table_score(table) == 0:
        return None
    columns = schema[table]
    mentioned = [c for c in columns if mentions(c)]
    group = _grouping(lowered, columns)
    aggregate = next((fn for words, fn in _AGGREGATES if any(_has(lowered, w) for w in words)), None)
    measure = next((c for c in mentioned if c != group and _numeric(c)), None)
    if aggregate is None and measure is not None:
        aggregate = "SUM"
    filters = _filters(clause, columns, exclude={group, measure})
    year = _YEAR.search(clause)
    date_column = next((c for c in columns if "date" in c), None)
    if year and date_column:
        filters.append(f"strftime('%Y', {date_column}) = '{year.group(1)}'")

    if aggregate == "COUNT":
        value = "COUNT(*) AS count"
    elif aggregate and measure:
        value = f"{aggregate}({measure}) AS {aggregate.lower()}_{measure}"
    else:
        value = ", ".join(mentioned) if mentioned else "*"
    select = f"{group}, {value}" if group and value != "*" else value
    sql = f"SELECT {select} FROM {table}"
    if filters:
        sql += " WHERE " + " AND ".join(filters)
    if group:
        sql += f" GROUP BY {group}"
        if aggregate:
            sql += f" ORDER BY {value.split(' AS ')[-1]} DESC"
    top = _TOP.search(clause)
    if top:
        sql += f" LIMIT {int(top.group(1))}"
    return sql


def _has(lowered: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered) is not None


def _numeric(column: str) -> bool:
    return any(hint in column.lower() for hint in _NUMERIC_HINTS) and not column.lower().endswith("_id")


def _grouping(lowered: str, columns: list[str]) -> str | None:
    for column in columns:
        words = " ".join(text.words(column))
        if re.search(rf"\b(?:by|per|for each|each)\s+{re.escape(words)}\b", lowered):
            return column
    return None


def _filters(clause: str, columns: list[str], exclude: set[str | None]) -> list[str]:
    """`region = 'north'` for "north region": the word before a column name is taken as its value."""
    found = []
    for column in columns:
        if column in exclude or _numeric(column):
            continue
        words = " ".join(text.words(column))
        match = re.search(rf"\b([A-Za-z][\w-]*)\s+{re.escape(words)}\b", clause, re.I)
        if (
            match
            and match.group(1).lower() not in text.STOPWORDS
            and match.group(1).lower()
            not in (
                "each",
                "per",
                "by",
                "which",
                "every",
            )
        ):
            value = match.group(1).replace("'", "''")
            found.append(f"{column} = '{value.lower()}'")
    return found
