"""The two ways a query can fail, each with a message written for whoever wrote the query.

A model that wrote the query reads the message in a tool error and tries again, so every message says
what is wrong *and* what to do instead ("no such column: revenu — columns of sales are: ...; did you
mean revenue?"), never just "invalid query".
"""

from __future__ import annotations


class UnsafeQuery(ValueError):
    """The check refused the query before it ran: it is not one allowed SELECT within the policy."""


class QueryFailed(ValueError):
    """A checked query failed while running: SQLite rejected it, or it went over the time budget."""
