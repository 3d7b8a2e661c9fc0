"""`check_query`: decide, by parsing and before anything runs, whether a query may run, and bound it.

Text-to-SQL hands a model a database. The query it writes is untrusted output (OWASP Top 10 for LLM
Applications 2025, LLM05:2025 Improper Output Handling), it may have been steered by text the model
read (LLM01:2025 Prompt Injection), the tool must not let the model do more than answer questions
(LLM06:2025 Excessive Agency), and one query must not take the database's time and memory
(LLM10:2025 Unbounded Consumption). So the query is parsed with sqlglot (SQLite dialect) into a
tree, and the tree — not the text — is checked:

1. **One statement.** `SELECT 1; DROP TABLE sales` is two; a second statement is how an injected
   instruction would ride along.
2. **SELECT only**: a SELECT, a UNION/INTERSECT/EXCEPT of SELECTs, or WITH ... SELECT. No DDL or DML,
   PRAGMA, ATTACH, VACUUM, transactions, anywhere in the tree: reading is all an analyst agent needs.
3. **No denied functions** (`load_extension`, `readfile`, `zeroblob`, `sqlite_*`, `pragma_*`, ...): they
   reach outside the database, reveal its build, or allocate memory at will.
4. **Tables and columns on the allow-list** — in every subquery, CTE and UNION branch, resolved the way
   SQLite resolves names; CTE names count as tables; `SELECT *` over a table with hidden columns and
   `NATURAL JOIN` (which joins on columns nobody named) are refused.
5. **No recursive CTEs**: one recursive CTE can generate rows without end.
6. **No huge joins**: each SELECT's row count is estimated from table sizes and join conditions on
   unique columns; a cartesian product above the budget is refused before it runs.
7. **A LIMIT**: added when missing, lowered when above the policy's maximum (`LIMIT -1` means "no
   limit" to SQLite, so it is lowered too).

The query that runs is regenerated from the checked tree (comments dropped), so SQLite executes
exactly what was checked — not a text that SQLite might read differently from sqlglot. The check is
static: work it cannot see (a correlated subquery over a big table) is bounded when the query runs,
by the read-only connection and the time budget (`agentkit.sql.run`).

A refusal raises `UnsafeQuery` whose message says what is wrong and what to write instead.
"""

from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, traverse_scope

from agentkit.sql.errors import UnsafeQuery
from agentkit.sql.estimate import estimate_rows
from agentkit.sql.policy import DENIED_PREFIXES, SqlPolicy, TableAccess, default_policy


class _DropFallbackWarning(logging.Filter):
    """sqlglot warns when it parses a statement it does not know as a Command; the check refuses those
    with its own message, so the warning would only repeat it on stderr (and in notebook outputs)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Falling back to parsing as a 'Command'" not in record.getMessage()


logging.getLogger("sqlglot").addFilter(_DropFallbackWarning())

# Statements (or parts of one) that change the database, its settings or the session.
_NOT_READING = (exp.DML, exp.DDL, exp.Command, exp.Pragma, exp.Transaction, exp.Attach, exp.Detach)


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the check: the SQL to run, and whether the check set its LIMIT."""

    sql: str
    limited: bool  # a LIMIT was added or lowered to the policy's max_rows: the result may be cut there


def check_query(sql: str, policy: SqlPolicy | None = None) -> str:
    """The query to run (LIMIT applied), or `UnsafeQuery` saying what is wrong and what to do instead.

    `policy` defaults to the workshop's retail database (`default_policy()`).
    """
    return checked(sql, policy).sql


def checked(sql: str, policy: SqlPolicy | None = None) -> CheckedQuery:
    """`check_query`, also saying whether the LIMIT came from the check (`execute` reports a cut result)."""
    policy = policy or default_policy()
    tree = _parse(sql, policy)
    _check_nodes(tree, policy)
    _check_ctes(tree)
    try:
        scopes = traverse_scope(tree)
    except SqlglotError as error:
        raise UnsafeQuery(f"the query could not be analysed ({_first_line(error)}); simplify it") from None
    _check_coverage(tree, scopes)
    outputs: dict[int, set[str]] = {}
    sizes: dict[int, float] = {}
    for scope in scopes:  # innermost first: a subquery's columns and size are known before its user's
        if isinstance(scope.expression, exp.Select):
            _check_sources(scope, policy)
            _check_columns(scope, policy, outputs)
        outputs[id(scope)] = _outputs(scope, policy, outputs)
        sizes[id(scope)] = estimate_rows(scope, policy, sizes)
    for rule in policy.rules:
        rule(tree, policy)
    limited = _apply_limit(tree, policy)
    return CheckedQuery(tree.sql(dialect="sqlite", comments=False), limited)


def tables_in(select: exp.Select) -> list[str]:
    """The tables (or CTEs) one SELECT reads in its own FROM and JOINs, lower case; not its subqueries'.

    For rules of your own (`SqlPolicy.with_rules`), which see the parsed query: e.g. "a SELECT that
    reads a big table needs a WHERE".
    """
    sources = [select.args.get("from_"), *(select.args.get("joins") or [])]
    return [s.this.name.lower() for s in sources if s is not None and isinstance(s.this, exp.Table)]


def _parse(sql: str, policy: SqlPolicy) -> exp.Expression:
    text = sql.strip()
    if not text:
        raise UnsafeQuery(f"the query is empty; write one SELECT over these tables:\n{policy.schema()}")
    if len(text) > policy.max_length:
        raise UnsafeQuery(
            f"the query is {len(text):,} characters long, over the limit of {policy.max_length:,}; "
            "write a shorter query (aggregate with GROUP BY instead of listing values)"
        )
    try:
        statements = [
            s
            for s in sqlglot.parse(text, dialect="sqlite")
            if s is not None and not isinstance(s, exp.Semicolon)
        ]
    except SqlglotError as error:
        raise UnsafeQuery(
            f"the query could not be parsed ({_parse_problem(error)}); check it against the schema:\n{policy.schema()}"
        ) from None
    except RecursionError:
        raise UnsafeQuery("the query is nested too deeply to check; flatten it (use WITH ... AS)") from None
    if not statements:
        raise UnsafeQuery(
            f"the query has only comments; write one SELECT over these tables:\n{policy.schema()}"
        )
    if len(statements) > 1:
        raise UnsafeQuery(
            f"only one SQL statement per call, and this has {len(statements)}; "
            "send a single SELECT, with nothing after a ';'"
        )
    tree = statements[0]
    if not isinstance(tree, exp.Select | exp.SetOperation):
        raise UnsafeQuery(_read_only_message(tree, policy))
    return tree


def _read_only_message(node: exp.Expression, policy: SqlPolicy) -> str:
    kind = (node.sql(dialect="sqlite").split() or [node.key])[0].upper()
    return (
        f"only a read-only SELECT query (or WITH ... SELECT) is allowed, not {kind}: "
        "the database cannot be changed, and settings, other databases and transactions are out of reach. "
        f"Write one SELECT over these tables:\n{policy.schema()}"
    )


def _check_nodes(tree: exp.Expression, policy: SqlPolicy) -> None:
    """Rules about single nodes, wherever they are: writes, placeholders, denied functions."""
    for node in tree.walk():
        if isinstance(node, _NOT_READING):
            raise UnsafeQuery(_read_only_message(node, policy))
        if isinstance(node, exp.Placeholder | exp.Parameter):
            raise UnsafeQuery(
                f"the query has a parameter placeholder ({node.sql(dialect='sqlite')}); "
                "write the value into the query, e.g. WHERE region = 'north'"
            )
        if isinstance(node, exp.Select) and node.args.get("into"):
            raise UnsafeQuery("SELECT ... INTO writes a table; select the rows without INTO")
        if isinstance(node, exp.Func):
            names = _function_names(node)
            denied = sorted(n for n in names if n in policy.denied_functions or n.startswith(DENIED_PREFIXES))
            if denied:
                raise UnsafeQuery(
                    f"the function {denied[0]}() is not allowed: it reaches outside the data, reveals the "
                    "database's internals or allocates memory at will. Use ordinary SQL functions "
                    "(SUM, COUNT, AVG, ROUND, strftime, ...) over the tables:\n" + policy.schema()
                )


def _function_names(node: exp.Func) -> set[str]:
    """The names a function goes by, including the one SQLite will run (sqlite_version for VERSION())."""
    names = {node.name} if isinstance(node, exp.Anonymous) else set(node.sql_names())
    rendered = re.match(r"\s*(\w+)\s*\(", node.sql(dialect="sqlite"))
    if rendered:
        names.add(rendered.group(1))
    return {n.lower() for n in names}


def _check_coverage(tree: exp.Expression, scopes: list[Scope]) -> None:
    """Every SELECT and table of the tree is in a scope the rules below visit: nothing goes unchecked."""
    for operation in tree.find_all(exp.SetOperation):
        for side in (operation.this, operation.expression):
            if not isinstance(side, exp.Select | exp.SetOperation | exp.Subquery):
                raise UnsafeQuery(
                    f"each side of {operation.key.upper()} must be a SELECT; write SELECT ... on both"
                )
    selects = {id(s.expression) for s in scopes}
    tables = {id(t) for s in scopes for t in s.tables}
    if any(id(n) not in selects for n in tree.find_all(exp.Select)) or any(
        id(t) not in tables for t in tree.find_all(exp.Table)
    ):
        raise UnsafeQuery(
            "the query could not be analysed: part of it is not a SELECT the check can follow; simplify it"
        )


def _check_ctes(tree: exp.Expression) -> None:
    for cte in tree.find_all(exp.CTE):
        name = cte.alias_or_name.lower()
        reads_itself = any(t.name.lower() == name and not t.db for t in cte.this.find_all(exp.Table))
        if reads_itself or (cte.parent is not None and cte.parent.args.get("recursive")):
            raise UnsafeQuery(
                f"the CTE {name} is recursive (WITH RECURSIVE, or it reads itself): a recursive query can "
                "generate rows without end, so it is not allowed. Query the tables directly; for series "
                "such as months, GROUP BY strftime('%Y-%m', order_date) over the data"
            )


def _check_sources(scope: Scope, policy: SqlPolicy) -> None:
    """Every FROM/JOIN source is an allow-listed table, a CTE or a subquery; no NATURAL joins."""
    select = scope.expression
    for join in select.args.get("joins") or []:
        if join.method.upper() == "NATURAL":
            raise UnsafeQuery(
                "NATURAL JOIN joins on every column the tables share, including ones the policy hides; "
                "name the join columns: JOIN ... USING (column) or JOIN ... ON a.column = b.column"
            )
    for node, source in scope.selected_sources.values():
        if isinstance(source, Scope):
            if isinstance(node, exp.Values):
                raise UnsafeQuery("VALUES lists are not allowed as a source; select from the tables")
            continue
        if not isinstance(node.this, exp.Identifier):
            raise UnsafeQuery(
                f"FROM {node.sql(dialect='sqlite')} is a table-valued function; select from the tables "
                f"({', '.join(policy.tables)}) or from a subquery"
            )
        if node.args.get("db") or node.args.get("catalog"):
            raise UnsafeQuery(
                f"write the table name alone ({node.name}), without a database prefix: other databases "
                "are out of reach"
            )
        table = node.name.lower()
        if table not in policy.tables:
            raise UnsafeQuery(
                f"no such table: {node.name} — the tables are: {', '.join(policy.tables)} (only these can be "
                f"queried){_did_you_mean(table, list(policy.tables))}"
            )


def _real_tables(scope: Scope, policy: SqlPolicy) -> dict[str, tuple[str, TableAccess]]:
    """alias → (table name, access) for the allow-listed tables this scope selects from."""
    return {
        alias.lower(): (source.name.lower(), policy.tables[source.name.lower()])
        for alias, (_, source) in scope.selected_sources.items()
        if isinstance(source, exp.Table) and source.name.lower() in policy.tables
    }


def _derived(scope: Scope) -> dict[str, Scope]:
    """alias → scope of the subqueries and CTEs this scope selects from."""
    return {alias.lower(): s for alias, (_, s) in scope.selected_sources.items() if isinstance(s, Scope)}


def _check_columns(scope: Scope, policy: SqlPolicy, outputs: dict[int, set[str]]) -> None:
    """Each column names an allowed column, resolved as SQLite does: own SELECT first, then outwards."""
    select = scope.expression
    tables = _real_tables(scope, policy)
    for projection in select.expressions:
        if isinstance(projection, exp.Star) or (isinstance(projection, exp.Column) and projection.is_star):
            qualifier = projection.table.lower() if isinstance(projection, exp.Column) else ""
            if qualifier and qualifier not in tables and qualifier not in _derived(scope):
                raise UnsafeQuery(
                    f"no such table or alias: {qualifier} (in {qualifier}.*); use a table or alias that this "
                    "SELECT names in FROM or JOIN"
                )
            for alias, (name, access) in tables.items():
                if access.hidden and qualifier in ("", alias):
                    raise UnsafeQuery(
                        f"SELECT * would read hidden columns of {name}; list the columns you need, "
                        f"from: {', '.join(access.allowed)}"
                    )
    for join in select.args.get("joins") or []:
        for identifier in join.args.get("using") or []:
            column = identifier.name.lower()
            for name, access in tables.values():
                if column in access.hidden:
                    raise UnsafeQuery(_hidden_message(name, column, access))
    for node in scope.walk():
        if isinstance(node, exp.Column) and not node.is_star:
            _resolve(node, scope, policy, outputs)


def _resolve(column: exp.Column, scope: Scope, policy: SqlPolicy, outputs: dict[int, set[str]]) -> None:
    name, qualifier = column.name.lower(), column.table.lower()
    level: Scope | None = scope
    while level is not None:
        tables = _real_tables(level, policy)
        derived = _derived(level)
        if qualifier:
            if qualifier in tables:
                table, access = tables[qualifier]
                if name in access.hidden:
                    raise UnsafeQuery(_hidden_message(table, name, access))
                if name not in access.columns:
                    raise UnsafeQuery(_unknown_column(name, [(table, access)]))
                return
            if qualifier in derived:
                return  # a subquery's or CTE's output: checked where it was selected
        else:
            owners = [(t, a) for t, a in tables.values() if name in a.columns]
            for table, access in owners:
                if name in access.hidden:
                    raise UnsafeQuery(_hidden_message(table, name, access))
            if len(owners) > 1 and not _joined_using(level, name):
                choices = " or ".join(f"{t}.{name}" for t, _ in owners)
                raise UnsafeQuery(
                    f"ambiguous column name: {name} — several joined tables have it; prefix it with its "
                    f"table or alias, e.g. {choices}"
                )
            if owners or any(name in outputs.get(id(s), set()) for s in derived.values()):
                return
            if level is scope and name in _aliases(scope.expression) and not _in_projection(column, scope):
                return  # an alias of this SELECT's result, e.g. ORDER BY total
        level = level.parent
    if qualifier:
        raise UnsafeQuery(
            f"no such table or alias: {qualifier} (in {column.sql(dialect='sqlite')}); "
            f"prefix columns with a table or alias that this SELECT names in FROM or JOIN"
        )
    raise UnsafeQuery(_unknown_column(name, list(_real_tables(scope, policy).values()) or _all(policy)))


def _aliases(select: exp.Select) -> set[str]:
    return {p.alias.lower() for p in select.expressions if isinstance(p, exp.Alias)}


def _in_projection(column: exp.Column, scope: Scope) -> bool:
    """Whether the column is part of a result column (where SQLite does not read aliases)."""
    node: exp.Expression = column
    while node.parent is not None and node.parent is not scope.expression:
        node = node.parent
    return node.arg_key == "expressions"


def _joined_using(scope: Scope, column: str) -> bool:
    joins = scope.expression.args.get("joins") or []
    return any(column in {i.name.lower() for i in j.args.get("using") or []} for j in joins)


def _outputs(scope: Scope, policy: SqlPolicy, outputs: dict[int, set[str]]) -> set[str]:
    """The column names a subquery or CTE gives to the query that selects from it."""
    expression = scope.expression
    cte = expression.parent if isinstance(expression.parent, exp.CTE) else None
    if cte is not None and cte.args["alias"].columns:
        return {c.name.lower() for c in cte.args["alias"].columns}
    if isinstance(expression, exp.SetOperation):
        left = expression.this
        return next((outputs[id(s)] for s in scope.set_operation_scopes if s.expression is left), set())
    if not isinstance(expression, exp.Select):
        return set()
    names: set[str] = set()
    tables, derived = _real_tables(scope, policy), _derived(scope)
    for projection in expression.expressions:
        if isinstance(projection, exp.Star) or (isinstance(projection, exp.Column) and projection.is_star):
            qualifier = projection.table.lower() if isinstance(projection, exp.Column) else ""
            names.update(c for a, (_, t) in tables.items() if qualifier in ("", a) for c in t.allowed)
            names.update(
                c for a, s in derived.items() if qualifier in ("", a) for c in outputs.get(id(s), ())
            )
        else:
            names.add(projection.alias_or_name.lower())
    return names


def _apply_limit(tree: exp.Expression, policy: SqlPolicy) -> bool:
    """Add `LIMIT max_rows`, or lower a larger (or negative: unlimited) one; True when the check set it."""
    limit = tree.args.get("limit")
    offset = tree.args.get("offset")
    skip = _integer(offset.expression) if offset is not None else 0
    if skip is None or skip < 0:
        raise UnsafeQuery("OFFSET must be a whole number of rows, e.g. LIMIT 50 OFFSET 100")
    if limit is None:
        tree.set("limit", exp.Limit(expression=exp.Literal.number(policy.max_rows)))
        return True
    value = _integer(limit.expression)
    if value is None:
        raise UnsafeQuery(f"LIMIT must be a whole number, e.g. LIMIT {policy.max_rows}")
    if value < 0 or value > policy.max_rows:
        limit.set("expression", exp.Literal.number(policy.max_rows))
        return True
    return False


def _integer(node: exp.Expression) -> int | None:
    if isinstance(node, exp.Neg):
        inner = _integer(node.this)
        return None if inner is None else -inner
    if isinstance(node, exp.Literal) and not node.is_string and node.name.isdigit():
        return int(node.name)
    return None


def _hidden_message(table: str, column: str, access: TableAccess) -> str:
    return (
        f"column {table}.{column} is not on the allow-list (the policy hides it); use the columns of "
        f"{table} you can query: {', '.join(access.allowed)}"
    )


def _unknown_column(name: str, tables: list[tuple[str, TableAccess]]) -> str:
    listing = "; ".join(f"columns of {t} are: {', '.join(a.allowed)}" for t, a in tables)
    options = [c for _, a in tables for c in a.allowed]
    return f"no such column: {name} — {listing}{_did_you_mean(name, options)}"


def _all(policy: SqlPolicy) -> list[tuple[str, TableAccess]]:
    return list(policy.tables.items())


def _parse_problem(error: SqlglotError) -> str:
    problems = getattr(error, "errors", None)
    if not problems:
        return _first_line(error)
    first = problems[0]
    what = re.sub(r" for <class '[\w.]+\.(\w+)'>", r" in \1", first.get("description", ""))
    return f"{what} at line {first.get('line')}, column {first.get('col')}, near {first.get('highlight')!r}"


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _did_you_mean(name: str, options: list[str]) -> str:
    """ "; did you mean x?" for the options closest to a misspelt name, or nothing."""
    close = difflib.get_close_matches(name.lower(), options, n=2, cutoff=0.6)
    return f"; did you mean {' or '.join(close)}?" if close else ""
