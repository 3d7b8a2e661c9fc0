"""What shape a wrong BFCL argument has: the mechanism that failed, counted per half, no case printed.

BFCL's checker says *that* a value was wrong (`value_error:string`, `value_error:others`, …); this says
*how*, by comparing the call's value with the accepted ones and with the request's own words:

- a string: `case or punctuation` only; `extra words` (an accepted value sits inside it); `too few words`
  (it sits inside an accepted value); `overlapping span`; `another span of the request` (a phrase of the
  request that is none of the accepted ones); `not in the request`. A trailing `(answer not written)` says
  no accepted value appears in the request as written: the model had to reword, convert or infer it.
- a number: `sign`, `scale ×100` / `scale ÷100` (a percentage read the other way), `another number of
  the request`, `not in the request`.
- a list: `fewer items`, `more items`, `other items`.
- a value the simulator asked for: `asked: <type>` plus `(answer not written)` when the request does not
  state it as written.

`bench/bfcl.py --shapes` prints these counts for both halves. They name mechanisms, so the held-back
half's failures can be weighed by kind while its cases stay unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def _norm(value: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(value).lower()).strip()


def _standard(value: str) -> str:
    """A string as BFCL's checker compares it: lower case, without spaces and ,./-_*^ marks."""
    return re.sub(r"[ ,./\-_*^]", "", value).lower().replace("'", '"')


def _written(values: Iterable[Any], question: str) -> bool:
    text = f" {_norm(question)} "
    return any(_norm(v) and f" {_norm(v)} " in text for v in values)


def _string(got: str, accepted: list[Any], question: str) -> str:
    norms = [_norm(a) for a in accepted if isinstance(a, str) and a != ""]
    if not norms:
        return "string where no string is accepted"
    g = _norm(got)
    padded = f" {g} "
    if g in norms:
        shape = "case or punctuation"
    elif any(f" {a} " in padded for a in norms):
        shape = "extra words"
    elif any(f" {g} " in f" {a} " for a in norms):
        shape = "too few words"
    elif any(set(g.split()) & set(a.split()) for a in norms):
        shape = "overlapping span"
    elif g and f" {g} " in f" {_norm(question)} ":
        shape = "another span of the request"
    else:
        shape = "not in the request"
    return shape + ("" if _written(accepted, question) else " (answer not written)")


def _number(got: float, accepted: list[Any], question: str) -> str:
    numbers = [a for a in accepted if isinstance(a, int | float) and not isinstance(a, bool)]
    if not numbers:
        return "number where no number is accepted"
    close = lambda a, b: abs(a - b) <= 1e-9 * max(1.0, abs(b))  # noqa: E731
    if any(close(-got, a) for a in numbers):
        return "sign"
    if any(close(got / 100, a) for a in numbers):
        return "scale ÷100"
    if any(close(got * 100, a) for a in numbers):
        return "scale ×100"
    written = re.findall(r"-?\d+(?:\.\d+)?", question.replace(",", ""))
    if any(close(float(w), got) for w in written):
        return "another number of the request"
    return "not in the request"


def _list(got: list, accepted: list[Any]) -> str:
    lists = [a for a in accepted if isinstance(a, list)]
    if not lists:
        return "list where no list is accepted"
    nearest = min(lists, key=lambda a: abs(len(a) - len(got)))
    if len(got) < len(nearest):
        return "list: fewer items"
    if len(got) > len(nearest):
        return "list: more items"
    return "list: other items"


def value_shape(got: Any, accepted: list[Any], question: str) -> str | None:
    """The shape of one wrong value, or None if an accepted value matches it as BFCL would read it."""
    if isinstance(got, bool) or any(isinstance(a, bool) for a in accepted):
        return None if got in accepted else "boolean"
    if isinstance(got, str):
        if _standard(got) in {_standard(a) for a in accepted if isinstance(a, str)}:
            return None
        return _string(got, accepted, question)
    if isinstance(got, int | float):
        if any(isinstance(a, int | float) and abs(got - a) <= 1e-9 for a in accepted):
            return None
        return _number(got, accepted, question)
    if isinstance(got, list):
        return None if got in accepted else _list(got, accepted)
    return None


def _bare(name: str) -> str:
    return re.sub(r"\.", "_", name)


def _wrong(arguments: dict, expected: dict, question: str) -> list[str]:
    """The shapes of the arguments that the expected call does not accept."""
    params = next(iter(expected.values()))
    shapes = (value_shape(value, params[p], question) for p, value in arguments.items() if p in params)
    return [shape for shape in shapes if shape]


def call_shapes(question: str, calls: list[dict], truth: list[dict]) -> list[str]:
    """The shapes of the wrong values of calls, each call set against the expected call of its tool that
    it matches best (BFCL scores parallel calls in any order)."""
    shapes: list[str] = []
    pool = list(truth)
    for call in calls:
        ((name, arguments),) = call.items()
        candidates = [t for t in pool if _bare(next(iter(t))) == name]
        if not candidates:
            continue
        best = min(candidates, key=lambda t: len(_wrong(arguments, t, question)))
        pool.remove(best)
        shapes.extend(_wrong(arguments, best, question))
    return shapes


def asked_shape(question: str, asked: str, truth: list[dict]) -> str:
    """The shape of a value the simulator asked for instead of calling: its type, and whether the request
    states it as written."""
    for expected in truth:
        params = next(iter(expected.values()))
        if asked in params:
            accepted = [a for a in params[asked] if a != ""]
            kind = type(accepted[0]).__name__ if accepted else "optional"
            return f"asked: {kind}" + ("" if _written(accepted, question) else " (answer not written)")
    return "asked: a parameter the answer leaves out"
