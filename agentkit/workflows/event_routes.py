"""A drawing of the kit's event routes — bus → rules → targets — made from `events.RULES` itself.

`draw()` in a notebook cell shows it (the object renders as SVG, and as text in a terminal), so the picture
cannot drift from what `install` creates. Plain SVG in the style of `notebooks/images/diagrams.py`: blue
for the kit's own code (handlers, the workflow), green for stores (the dead-letter queue), grey for the
rest.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from agentkit.workflows.events import BUS_NAME, RETRY_POLICY, RULES, Rule

FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"
CODE, PLAIN, DATA = ("#eef3fb", "#3b6fb6"), ("#f6f6f6", "#8a8a8a"), ("#f1f8f1", "#2e7d32")
ROW, BOX_H, TOP = 62, 44, 58
BUS_X, RULE_X, TARGET_X, WIDTH = 20, 200, 500, 760


def _label(placeholder: str) -> str:
    """`ScheduledTaskFunctionArn` → `scheduled task function`."""
    return " ".join(w.lower() for w in re.findall(r"[A-Z][a-z]*", placeholder.removesuffix("Arn")))


def _matches(rule: Rule) -> str:
    if rule.schedule:
        return f"{rule.schedule}, default bus"
    return " | ".join((rule.pattern or {}).get("detail-type", [json.dumps(rule.pattern)]))


@dataclass(frozen=True, repr=False)
class Routes:
    """Bus → rules → targets: SVG in a notebook, the same as text where no SVG is shown (`repr`)."""

    rules: tuple[Rule, ...]
    bus: str

    def __repr__(self) -> str:
        return str(self)

    def __str__(self) -> str:
        lines = [f"bus {self.bus}"]
        for rule in self.rules:
            targets = ", ".join(_label(t.placeholder) for t in rule.targets)
            lines.append(f"  {rule.name} [{_matches(rule)}] -> {targets}")
        lines.append(f"  every target: dead-letter queue {self.bus}-dlq, {_retries()}")
        return "\n".join(lines)

    def _repr_svg_(self) -> str:
        rows = sum(len(r.targets) for r in self.rules)
        height = TOP + rows * ROW + 70
        parts = [
            f'<text x="{WIDTH / 2}" y="26" text-anchor="middle" font-size="15" font-weight="bold" fill="#222">'
            f"Event routes on {escape(self.bus)}</text>"
        ]
        bus_y = TOP + (rows * ROW - BOX_H) / 2
        parts.append(_box(BUS_X, bus_y, 140, BOX_H, PLAIN, "EventBridge bus", self.bus))
        row = 0
        for rule in self.rules:
            first = TOP + row * ROW
            span = len(rule.targets) * ROW - (ROW - BOX_H)
            rule_y = first + (span - BOX_H) / 2
            parts.append(_box(RULE_X, rule_y, 230, BOX_H, PLAIN, rule.name, _matches(rule)))
            if not rule.schedule:  # a schedule rule is fed by its clock, not by the bus
                parts.append(_arrow(BUS_X + 140, bus_y + BOX_H / 2, RULE_X, rule_y + BOX_H / 2))
            for target in rule.targets:
                y = TOP + row * ROW
                kind = CODE if target.placeholder.endswith(("FunctionArn", "StateMachineArn")) else PLAIN
                how = "input: " + (
                    target.input_path or ("constant" if target.input is not None else "the event")
                )
                parts.append(_box(TARGET_X, y, 240, BOX_H, kind, _label(target.placeholder), how))
                parts.append(_arrow(RULE_X + 230, rule_y + BOX_H / 2, TARGET_X, y + BOX_H / 2))
                row += 1
        dlq_y = TOP + rows * ROW + 6
        note = f"every target: {_retries()}, then the dead-letter queue"
        parts.append(_box(TARGET_X, dlq_y, 240, BOX_H, DATA, f"{self.bus}-dlq (SQS)", "undeliverable events"))
        parts.append(
            f'<text x="{TARGET_X - 12}" y="{dlq_y + BOX_H / 2 + 4}" text-anchor="end" font-size="11.5" '
            f'fill="#555">{escape(note)}</text>'
        )
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" font-family="{FONT}">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>'
            f'<rect width="{WIDTH}" height="{height}" fill="white"/>{"".join(parts)}</svg>'
        )


def _retries() -> str:
    return f"{RETRY_POLICY['MaximumRetryAttempts']} retries within {RETRY_POLICY['MaximumEventAgeInSeconds'] // 60} min"


def _box(x: float, y: float, w: float, h: float, kind: tuple[str, str], title: str, note: str) -> str:
    fill, stroke = kind
    return (
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>'
        f'<text x="{x + w / 2}" y="{y + 18}" text-anchor="middle" font-size="12.5" font-weight="bold" '
        f'fill="#222">{escape(title)}</text>'
        f'<text x="{x + w / 2}" y="{y + 34}" text-anchor="middle" font-size="11" fill="#555">{escape(note)}</text>'
    )


def _arrow(x1: float, y1: float, x2: float, y2: float) -> str:
    return (
        f'<line x1="{x1}" y1="{y1}" x2="{x2 - 2}" y2="{y2}" stroke="#555" stroke-width="1.3" '
        'marker-end="url(#arrow)"/>'
    )


def draw(rules: tuple[Rule, ...] = RULES, bus: str = BUS_NAME) -> Routes:
    """The routes of `rules` on `bus` (default: the kit's), shown as SVG in a notebook."""
    return Routes(rules, bus)
