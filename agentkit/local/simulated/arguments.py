"""Filling tool arguments from a request clause, driven by the tool's JSON schema.

Each parameter is filled by its schema type and by what its name and description say it holds
(an arithmetic expression, a place, a date, an identifier such as "NW-1001", SQL over the tables
the tool lists, free text). Values come from the clause first and,
for values the clause refers to but does not contain ("15 % of the revenue"), from the results
of tools already called for the same clause. Optional parameters are filled only when the clause
holds specific evidence for them, as a careful caller would do. A *correction* (the error an earlier
call with these arguments came back with) is read by the rules that can act on one: today the SQL
rule, which takes the names the error spells out.

The supported schema subset: `type` (one or a list), `enum`, `const`, `properties`, `required`,
`items`, `minimum`/`maximum` (and exclusive forms), `minLength`/`maxLength`, `minItems`/`maxItems`,
`default`, `format: date|date-time`, `anyOf`/`oneOf` (first non-null branch) and local `$ref`.
`pattern` and other keywords are not honoured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agentkit.local.simulated import sql, text

_EXPRESSION_HINTS = frozenset({"express", "formula", "arithmet", "math", "calcul", "equat"})
_IDENTIFIER_HINTS = frozenset({"id", "sku", "code", "identifi", "number", "key", "ref", "refer"})
_IDENTIFIER = re.compile(r"\b[A-Z][A-Z0-9]*-?\d[\w-]*\b")
_PLACE_HINTS = frozenset({"citi", "locat", "place", "zone", "timezon", "tz", "countri", "name", "person"})
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_OPERATOR_WORDS = [
    (re.compile(r"\bmultiplied by\b|\btimes\b|×", re.I), " * "),
    (re.compile(r"\bdivided by\b|÷", re.I), " / "),
    (re.compile(r"\bplus\b", re.I), " + "),
    (re.compile(r"\bminus\b", re.I), " - "),
    (re.compile(r"\bto the power of\b|\^", re.I), " ** "),
    (re.compile(r"(?<=\d)\s*x\s*(?=\d)"), " * "),
    (re.compile(r"\bpercent\b", re.I), "%"),
]
_ARITHMETIC = re.compile(r"[-+*/().\d\s%]*\d[-+*/().\d\s%]*")
_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*of\s*(\(?-?\d+(?:\.\d+)?\)?)?")
_STRIP_LEAD = re.compile(
    r"^(?:(?:please|can you|could you|would you|i want to|i'd like to|tell me|show me|find|search(?: for)?|"
    r"look up|what is|what are|what's|who is|how do i|how many|get|give me)\s+)+",
    re.I,
)


_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|for|near|of)\s+([a-z][a-z/_-]+(?:\s+[a-z][a-z/_-]+)?)", re.I)


@dataclass
class Clue:
    """What a clause offers for filling arguments, consumed as parameters take values."""

    clause: str
    context: list[str] = field(default_factory=list)
    request: str = ""
    description: str = ""
    correction: str = ""
    numbers: list[float] = field(init=False)
    quoted: list[str] = field(init=False)
    places: list[str] = field(init=False)

    def __post_init__(self) -> None:
        undated = _DATE.sub(" ", self.clause)
        self.numbers = text.numbers(undated)
        self.quoted = text.quoted(self.clause)
        self.places = text.proper_nouns(self.clause) or text.proper_nouns(self.request) or self._located()

    def _located(self) -> list[str]:
        """Places written in lower case: the words after "in", "at", "for" that are not stopwords."""
        found = []
        for match in _AFTER_PREPOSITION.finditer(self.clause):
            kept = [w for w in match.group(1).split() if w.lower() not in text.STOPWORDS]
            if kept and kept == match.group(1).split()[: len(kept)]:
                found.append(" ".join(kept))
        return found

    def context_numbers(self) -> list[float]:
        return [n for result in reversed(self.context) for n in text.numbers(result)]


class _Unfillable(Exception):
    """A required value is neither in the clause nor in earlier results."""


def fill(
    schema: dict[str, Any],
    clause: str,
    context: list[str] | None = None,
    *,
    request: str = "",
    description: str = "",
    correction: str = "",
    forced: bool = False,
) -> dict[str, Any] | None:
    """Arguments for a tool whose input schema is `schema`, or None when a required one is missing.

    With `forced` (a tool the caller must use) every required parameter gets a schema-valid value,
    from the clause when it has one and from the schema's defaults and bounds otherwise.
    `correction` is the error of the previous call's arguments, to fill them differently.
    """
    clue = Clue(clause, list(context or []), request, description, correction)
    try:
        return _object(schema, schema, clue, forced)
    except _Unfillable:
        return None


def has_arithmetic(clause: str) -> bool:
    """Whether the clause asks for a calculation (an operator between numbers, or "N % of")."""
    return _expression(clause, []) is not None or bool(_PERCENT_OF.search(_normalise_operators(clause)))


def is_expression_parameter(name: str, spec: dict[str, Any]) -> bool:
    hints = set(text.content_stems(f"{name} {spec.get('description', '')}"))
    return spec.get("type") == "string" and bool(hints & _EXPRESSION_HINTS)


def _resolve(spec: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = spec.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {})
        merged = {**target, **{k: v for k, v in spec.items() if k != "$ref"}}
        return _resolve(merged, root)
    for key in ("anyOf", "oneOf"):
        if key in spec:
            branches = [b for b in spec[key] if _resolve(b, root).get("type") != "null"]
            if branches:
                rest = {k: v for k, v in spec.items() if k != key}
                return _resolve({**rest, **branches[0]}, root)
    kind = spec.get("type")
    if isinstance(kind, list):
        non_null = [t for t in kind if t != "null"] or ["null"]
        return {**spec, "type": non_null[0]}
    return spec


def _object(spec: dict[str, Any], root: dict[str, Any], clue: Clue, forced: bool) -> dict[str, Any]:
    spec = _resolve(spec, root)
    required = set(spec.get("required", []))
    values: dict[str, Any] = {}
    for name, raw in spec.get("properties", {}).items():
        prop = _resolve(raw, root)
        needed = name in required
        value = _value(name, prop, root, clue, needed, forced)
        if value is not _MISSING:
            values[name] = value
        elif needed:
            raise _Unfillable(name)
    return values


_MISSING = object()


def _value(name: str, spec: dict[str, Any], root: dict[str, Any], clue: Clue, needed: bool, forced: bool):
    """One parameter's value: evidence from the clause first, then (if it must have one) a default."""
    found = _from_clue(name, spec, root, clue, needed)
    if found is not _MISSING:
        return found
    if "default" in spec:
        return spec["default"] if needed else _MISSING
    if needed and forced:
        return _fallback(spec, root, clue)
    return _MISSING


def _from_clue(name: str, spec: dict[str, Any], root: dict[str, Any], clue: Clue, needed: bool):
    if "const" in spec:
        return spec["const"]
    if "enum" in spec:
        return _enum(spec["enum"], clue)
    kind = spec.get("type", "string")
    if kind in ("number", "integer"):
        named = set(text.content_stems(name)) & set(text.content_stems(clue.clause))
        if clue.numbers and (needed or named):
            return _bounded(clue.numbers.pop(0), spec)
        context = clue.context_numbers()
        return _bounded(context[0], spec) if context and needed else _MISSING
    if kind == "boolean":
        return _MISSING
    if kind == "array":
        return _array(name, spec, root, clue)
    if kind == "object":
        try:
            return _object(spec, root, clue, forced=False)
        except _Unfillable:
            return _MISSING
    if kind == "string":
        return _string(name, spec, clue, needed)
    return _MISSING


def _string(name: str, spec: dict[str, Any], clue: Clue, needed: bool):
    hints = set(text.content_stems(f"{name} {spec.get('description', '')}"))
    if spec.get("format") in ("date", "date-time") or "date" in hints:
        match = _DATE.search(clue.clause)
        if match:
            return match.group(0)[:10] if spec.get("format") == "date" else match.group(0)
        return _MISSING
    if "sql" in hints:
        query = sql.write(clue.clause, f"{clue.description} {spec.get('description', '')}", clue.correction)
        return query if query is not None else _MISSING
    if hints & _EXPRESSION_HINTS:
        expression = _expression(clue.clause, clue.context_numbers())
        return expression if expression is not None else _MISSING
    if clue.quoted:
        return _clip(clue.quoted.pop(0), spec)
    if hints & _IDENTIFIER_HINTS:
        match = _IDENTIFIER.search(clue.clause)
        return _clip(match.group(0), spec) if match else _MISSING
    if hints & _PLACE_HINTS:
        return _clip(clue.places.pop(0), spec) if clue.places else _MISSING
    if needed:
        core = _STRIP_LEAD.sub("", clue.clause).strip() or clue.clause
        return _clip(core, spec)
    return _MISSING


def _enum(options: list[Any], clue: Clue):
    lowered = clue.clause.lower()
    positions = []
    for option in options:
        match = re.search(rf"(?<!\w){re.escape(str(option).lower())}(?!\w)", lowered)
        if match:
            positions.append((match.start(), option))
    for _, option in sorted(positions, key=lambda p: p[0]):
        # Consume the mention so the next enum parameter ("to_unit" after "from_unit") takes the next.
        clue.clause = re.sub(rf"(?i)(?<!\w){re.escape(str(option))}(?!\w)", " ", clue.clause, count=1)
        return option
    return _MISSING


def _array(name: str, spec: dict[str, Any], root: dict[str, Any], clue: Clue):
    items = _resolve(spec.get("items", {}), root)
    if "enum" in items:
        mentioned = []
        while (value := _enum(items["enum"], clue)) is not _MISSING:
            mentioned.append(value)
        found = mentioned
    elif items.get("type") in ("number", "integer"):
        found = [_bounded(n, items) for n in clue.numbers]
        clue.numbers.clear()
    elif items.get("type", "string") == "string" and clue.quoted:
        found = list(clue.quoted)
        clue.quoted.clear()
    else:
        return _MISSING
    if len(found) < spec.get("minItems", 1):
        return _MISSING
    return found[: spec.get("maxItems", len(found))]


def _fallback(spec: dict[str, Any], root: dict[str, Any], clue: Clue) -> Any:
    """A schema-valid value when the clause offers none (only for a tool the caller forced)."""
    kind = spec.get("type", "string")
    if "enum" in spec:
        return spec["enum"][0]
    if kind in ("number", "integer"):
        return _bounded(0, spec)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if kind == "array":
        items = _resolve(spec.get("items", {}), root)
        return [_fallback(items, root, clue) for _ in range(spec.get("minItems", 0))]
    if kind == "object":
        return _object(spec, root, clue, forced=True)
    core = _STRIP_LEAD.sub("", clue.clause).strip() or clue.clause or "n/a"
    if spec.get("format") == "date":
        return "1970-01-01"
    if spec.get("format") == "date-time":
        return "1970-01-01T00:00:00Z"
    return _clip(core, spec)


def _bounded(value: float, spec: dict[str, Any]) -> float | int:
    low = spec.get("minimum", spec.get("exclusiveMinimum"))
    high = spec.get("maximum", spec.get("exclusiveMaximum"))
    integer = spec.get("type") == "integer"
    step = 1 if integer else 1e-9
    if low is not None:
        value = max(value, low + (step if "exclusiveMinimum" in spec and "minimum" not in spec else 0))
    if high is not None:
        value = min(value, high - (step if "exclusiveMaximum" in spec and "maximum" not in spec else 0))
    if integer:
        return int(round(value))
    return int(value) if float(value).is_integer() else value


def _clip(value: str, spec: dict[str, Any]) -> str:
    value = value[: spec.get("maxLength", len(value))]
    return value.ljust(spec.get("minLength", 0), "?")


def _normalise_operators(clause: str) -> str:
    for pattern, operator in _OPERATOR_WORDS:
        clause = pattern.sub(operator, clause)
    return clause


def _format(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _expression(clause: str, context_numbers: list[float]) -> str | None:
    """The arithmetic the clause asks for, as an expression a calculator can evaluate.

    "15 % of 240" → "15 / 100 * 240"; "15 % of the revenue" takes the revenue from an earlier
    tool result (`context_numbers`), or is not yet fillable.
    """
    normal = _DATE.sub(" ", _normalise_operators(clause))
    percent = _PERCENT_OF.search(normal)
    if percent:
        share, base = percent.group(1), percent.group(2)
        if base is None:
            if not context_numbers:
                return None
            base = _format(context_numbers[0])
        return f"{share} / 100 * {base}"
    candidates = [m.group(0).strip() for m in _ARITHMETIC.finditer(normal)]
    for candidate in sorted(candidates, key=len, reverse=True):
        if re.search(r"\d\s*(\*\*|[-+*/%])\s*\(?\s*-?\d", candidate):
            return " ".join(candidate.split())
    return None
