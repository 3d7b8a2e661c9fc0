"""What a text-to-SQL agent may read, and how much work one query may ask for: the policy.

A `SqlPolicy` is the allow-list the check enforces. It names each table a query may read and, per
table, its columns (all of them, so the check resolves names the way SQLite does), the columns that are
hidden from queries (a column mask, e.g. for personal data), the row count (to estimate how many rows
a join produces before running it) and the unique columns (joining on one does not multiply rows).
Anything the policy does not name does not exist as far as a query is concerned — SQLite's own
`sqlite_master`, other tables, hidden columns.

It also carries the budgets: the most rows a result may have (a LIMIT is added or capped to it), the
largest join the check lets through, the longest query text, and the time a query may run.

`default_policy()` describes the workshop's retail database as it is on disk (read from SQLite's
catalogue, so it cannot drift from the data). A policy is immutable; `hide`, `without` and
`with_rules` return changed copies, which is how a notebook or a lab tightens it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agentkit.retail import connect_readonly, ensure_database

# Functions a query may not call, whatever else it does: they reach outside the database (files,
# extensions), reveal the build (version, compile options), or allocate memory at will (a one-gigabyte
# zeroblob, a printf with a huge width).
DENIED_FUNCTIONS = frozenset(
    {
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "fts3_tokenizer",
        "zeroblob",
        "randomblob",
        "printf",
        "format",
    }
)
# Name prefixes of SQLite's introspection functions: sqlite_version(), sqlite_offset(), pragma_table_info().
DENIED_PREFIXES = ("sqlite_", "pragma_")

Rule = Callable[..., None]
"""An extra check: `rule(tree, policy)` raises `UnsafeQuery` for a parsed query (sqlglot) it refuses."""


class TableAccess(BaseModel):
    """One table a query may read."""

    model_config = ConfigDict(frozen=True)

    columns: tuple[str, ...] = Field(min_length=1, description="every column of the table, in order")
    hidden: frozenset[str] = Field(frozenset(), description="columns queries may not use (a mask)")
    rows: int = Field(ge=0, description="row count, for estimating the size of joins")
    keys: frozenset[str] = Field(frozenset(), description="columns whose values are unique")

    @field_validator("columns", mode="before")
    @classmethod
    def _lower_columns(cls, value: Any) -> Any:
        return tuple(str(c).lower() for c in value)

    @field_validator("hidden", "keys", mode="before")
    @classmethod
    def _lower_sets(cls, value: Any) -> Any:
        return frozenset(str(c).lower() for c in value)

    @model_validator(mode="after")
    def _known_columns(self) -> TableAccess:
        unknown = (self.hidden | self.keys) - set(self.columns)
        if unknown:
            raise ValueError(f"{sorted(unknown)} are not columns of this table (its columns: {self.columns})")
        if not set(self.columns) - self.hidden:
            raise ValueError("every column is hidden; leave the table out of the policy instead")
        return self

    @property
    def allowed(self) -> tuple[str, ...]:
        """The columns a query may use, in table order."""
        return tuple(c for c in self.columns if c not in self.hidden)


class SqlPolicy(BaseModel):
    """The allow-list (tables, columns) and the budgets that `check_query` and `execute` enforce."""

    model_config = ConfigDict(frozen=True)

    tables: dict[str, TableAccess] = Field(min_length=1)
    max_rows: int = Field(200, ge=1, description="the LIMIT added to a query, or the cap on its own LIMIT")
    max_join_rows: int = Field(1_000_000, ge=1, description="the largest estimated join the check allows")
    max_length: int = Field(10_000, ge=1, description="the longest query text, in characters")
    time_limit_s: float = Field(2.0, gt=0, description="how long a query may run before it is stopped")
    denied_functions: frozenset[str] = DENIED_FUNCTIONS
    rules: tuple[Rule, ...] = Field((), description="extra checks, each rule(tree, policy)")

    @field_validator("tables", mode="before")
    @classmethod
    def _lower_tables(cls, value: Any) -> Any:
        return {str(name).lower(): access for name, access in dict(value).items()}

    def hide(self, table: str, *columns: str) -> SqlPolicy:
        """A copy in which queries cannot use these columns of `table` (they stay in the database)."""
        access = self.table(table)
        hidden = access.hidden | {c.lower() for c in columns}
        changed = TableAccess.model_validate({**access.model_dump(), "hidden": hidden})
        return self.model_copy(update={"tables": {**self.tables, table.lower(): changed}})

    def without(self, *tables: str) -> SqlPolicy:
        """A copy in which these tables cannot be queried at all."""
        dropped = {t.lower() for t in tables}
        return SqlPolicy.model_validate(
            {**self.model_dump(), "tables": {n: t for n, t in self.tables.items() if n not in dropped}}
        )

    def with_rules(self, *rules: Rule) -> SqlPolicy:
        """A copy that also applies these checks, after the built-in ones."""
        return self.model_copy(update={"rules": (*self.rules, *rules)})

    def table(self, name: str) -> TableAccess:
        try:
            return self.tables[name.lower()]
        except KeyError:
            raise KeyError(
                f"{name!r} is not in the policy; its tables are {', '.join(self.tables)}"
            ) from None

    def schema(self) -> str:
        """`table(column, ...)` per table, visible columns only: what a model is told it can query."""
        return "\n".join(f"{name}({', '.join(t.allowed)})" for name, t in self.tables.items())

    @classmethod
    def from_database(cls, connection: sqlite3.Connection, **budgets: Any) -> SqlPolicy:
        """Every table of a SQLite database with its columns, row count and unique columns."""
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
        tables = {}
        for name in names:
            info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
            columns = [row[1] for row in info]
            primary = [row[1] for row in info if row[5]]
            keys = set(primary) if len(primary) == 1 else set()
            for index in connection.execute(f'PRAGMA index_list("{name}")').fetchall():
                indexed = connection.execute(f'PRAGMA index_info("{index[1]}")').fetchall()
                if index[2] and len(indexed) == 1:  # a unique index on one column
                    keys.add(indexed[0][2])
            rows = connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
            tables[name] = TableAccess(columns=columns, rows=rows, keys=keys)
        return cls(tables=tables, **budgets)


def default_policy() -> SqlPolicy:
    """The policy of the workshop's retail database: all four tables, every column visible."""
    return _policy_of(ensure_database())


@cache
def _policy_of(path: Path) -> SqlPolicy:
    """Read once per database file (the catalogue and row counts do not change)."""
    with closing(connect_readonly()) as connection:
        return SqlPolicy.from_database(connection)
