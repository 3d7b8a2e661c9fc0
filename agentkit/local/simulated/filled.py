"""What filling a tool's arguments produces: each value with why it was chosen, one call's worth at a time."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Argument:
    """Why a parameter has its value: the rule, its score, and the words of the request it rests on."""

    name: str
    value: Any
    rule: str
    score: float
    evidence: str


@dataclass
class Filled:
    """One call's arguments, and how each was chosen."""

    values: dict[str, Any]
    arguments: list[Argument] = field(default_factory=list)
    note: str = ""

    def with_values(self, changed: dict[str, Any]) -> Filled:
        """The same call with some values replaced, in its values and in the reasons that carry them (a
        value said in parts joined, counts or amounts summed): what was said stays the evidence."""
        arguments = [replace(a, value=changed[a.name]) if a.name in changed else a for a in self.arguments]
        return Filled({**self.values, **changed}, arguments, self.note)


REPEATED = "a count of repeats"
"""The note of a call made again because the request counts its repeats ("roll a die three times"): the
same values, asked for that often, are not one call said twice."""


@dataclass(frozen=True)
class Several:
    """The values an earlier step's calls had for one parameter ("for 1900 and 1950"): a later clause
    that refers back to them all ("in these years") makes one call per value."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class Labelled:
    """A value a statement after the ask labels by its parameter's words ("… a bus from Leeds to York. The
    departure date is 2024-05-03."): the ask's call takes it in place of what its own words gave."""

    value: Any


class Unfillable(Exception):
    """A required value is neither in the clause nor in earlier results."""
