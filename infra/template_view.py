"""What a synthesized CloudFormation template creates, as a table and as a picture, read from the template itself.

Notebook 10 shows what `cdk deploy` would create before anything is created. Both views are computed from
the synthesized template, never drawn by hand, so they cannot drift from what deploys:

- `resources(template)`: one row per resource type — the service, how many, a few logical ids;
- `draw(template)`: the architecture — one box per service group (the REST API, the Lambda functions,
  the state machines, …) placed in columns from the way in (APIs) to the stores, and an arrow wherever a
  resource of one group references a resource of another (`Ref`, `Fn::GetAtt`, or `${…}` in `Fn::Sub`):
  a state machine's definition naming a function's ARN, a rule's target, a function's environment naming
  the table. Supporting resources (IAM, permissions, log groups, API methods and stages) are counted in the
  footnote, not drawn; an API's methods and integrations draw their API's arrows (the method's integration
  names the function it calls), while references from the others (a role's policy naming the table) draw
  none, since they say who may call what, not who calls what.

Plain SVG in the style of `notebooks/images/diagrams.py` (no scripts, no external fonts), shown by a
notebook cell through `_repr_svg_`; `str()` gives the same content as text for a terminal.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"
# kind → (fill, stroke), the colours of notebooks/images/diagrams.py
KINDS = {
    "code": ("#eef3fb", "#3b6fb6"),
    "model": ("#fff8ec", "#ff9900"),
    "data": ("#f1f8f1", "#2e7d32"),
    "plain": ("#f6f6f6", "#8a8a8a"),
}


@dataclass(frozen=True)
class Group:
    """A box of the picture: the resource types it gathers, its column (0 = the way in) and colour."""

    label: str
    prefixes: tuple[str, ...]  # a type exactly, or every type under a prefix ending in "::"
    column: int
    kind: str
    acting_for: str = ""  # supporting types ("AWS::ApiGateway::") whose references are this group's calls

    def holds(self, resource_type: str) -> bool:
        return any(
            resource_type.startswith(p) if p.endswith("::") else resource_type == p for p in self.prefixes
        )


GROUPS = (
    Group("REST API", ("AWS::ApiGateway::RestApi",), 0, "plain", acting_for="AWS::ApiGateway::"),
    Group("WebSocket API", ("AWS::ApiGatewayV2::Api",), 0, "plain", acting_for="AWS::ApiGatewayV2::"),
    Group("SageMaker Studio", ("AWS::SageMaker::",), 0, "plain"),
    Group("Lambda functions", ("AWS::Lambda::Function",), 1, "code"),
    Group("State machines", ("AWS::StepFunctions::StateMachine",), 2, "code"),
    Group("EventBridge", ("AWS::Events::", "AWS::Scheduler::"), 2, "plain"),
    Group("DynamoDB", ("AWS::DynamoDB::",), 3, "data"),
    Group("SQS", ("AWS::SQS::Queue",), 3, "data"),
    Group("S3", ("AWS::S3::Bucket",), 3, "data"),
    Group("Secrets Manager", ("AWS::SecretsManager::Secret",), 3, "data"),
    Group("CloudWatch", ("AWS::CloudWatch::",), 4, "plain"),
    Group("SNS", ("AWS::SNS::Topic",), 4, "plain"),
    Group("Budgets", ("AWS::Budgets::",), 4, "plain"),
)
# Groups that only watch: their one arrow is where they report (an alarm names the function it watches,
# which is no call).
REPORT_ONLY = {"CloudWatch": "SNS", "Budgets": "SNS"}


def group_of(resource_type: str) -> Group | None:
    """The box a resource type is drawn in, or None for a supporting resource (IAM, permissions, stages, …)."""
    return next((g for g in GROUPS if g.holds(resource_type)), None)


def resources_of(template: Mapping[str, Any]) -> Mapping[str, Mapping[str, Any]]:
    """The template's `Resources`; anything else is refused saying what to pass."""
    found = template.get("Resources")
    if not isinstance(found, Mapping) or not found:
        raise ValueError(
            "this is not a synthesized CloudFormation template (no `Resources`): pass the JSON that "
            "`cdk synth` writes to cdk.out/<Stack>.template.json, loaded with json.load"
        )
    return found


def references(value: Any) -> Iterator[str]:
    """The logical ids a property value refers to: `Ref`, `Fn::GetAtt` and `${Id}` / `${Id.Attr}` in `Fn::Sub`."""
    if isinstance(value, Mapping):
        for key, inner in value.items():
            if key == "Ref" and isinstance(inner, str):
                yield inner
            elif key == "Fn::GetAtt":
                target = inner[0] if isinstance(inner, list) else str(inner).split(".")[0]
                yield target
            elif key == "Fn::Sub":
                text = inner[0] if isinstance(inner, list) else inner
                for part in str(text).split("${")[1:]:
                    yield part.split("}")[0].split(".")[0]
                if isinstance(inner, list) and len(inner) > 1:
                    yield from references(inner[1])
            else:
                yield from references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from references(inner)


def resources(template: Mapping[str, Any]) -> Any:
    """One row per resource type: service group, type, count and up to three logical ids (a pandas DataFrame)."""
    import pandas as pd

    by_type: dict[str, list[str]] = defaultdict(list)
    for logical_id, resource in resources_of(template).items():
        by_type[resource.get("Type", "?")].append(logical_id)
    rows = []
    for resource_type, ids in by_type.items():
        group = group_of(resource_type)
        sample = ", ".join(sorted(ids)[:3]) + (", …" if len(ids) > 3 else "")
        rows.append(
            {
                "group": group.label if group else "supporting",
                "type": resource_type,
                "count": len(ids),
                "logical ids": sample,
            }
        )
    order = {g.label: i for i, g in enumerate(GROUPS)}
    frame = pd.DataFrame(rows, columns=["group", "type", "count", "logical ids"])
    frame["_order"] = frame["group"].map(lambda label: order.get(label, len(order)))
    return frame.sort_values(["_order", "type"]).drop(columns="_order").reset_index(drop=True)


@dataclass(frozen=True, repr=False)
class Architecture:
    """Service groups with their counts and the arrows between them: SVG in a notebook, text in a terminal."""

    title: str
    counts: tuple[tuple[Group, int], ...]
    arrows: tuple[tuple[str, str], ...]
    supporting: tuple[tuple[str, int], ...]

    def __repr__(self) -> str:
        return str(self)

    def __str__(self) -> str:
        lines = [self.title]
        lines += [f"  {group.label} ×{count}" for group, count in self.counts]
        lines += [f"  {a} -> {b}" for a, b in self.arrows]
        lines.append("  supporting: " + ", ".join(f"{t} ×{n}" for t, n in self.supporting))
        return "\n".join(lines)

    def _repr_svg_(self) -> str:
        box_w, box_h, col_gap, row_gap, top, left = 170, 46, 70, 26, 56, 20
        columns: dict[int, list[tuple[Group, int]]] = defaultdict(list)
        for group, count in self.counts:
            columns[group.column].append((group, count))
        used = sorted(columns)
        place: dict[str, tuple[float, float]] = {}
        rows = max(len(members) for members in columns.values())
        for i, column in enumerate(used):
            members = columns[column]
            offset = (rows - len(members)) * (box_h + row_gap) / 2
            for j, (group, _) in enumerate(members):
                place[group.label] = (left + i * (box_w + col_gap), top + offset + j * (box_h + row_gap))
        width = left * 2 + len(used) * box_w + (len(used) - 1) * col_gap
        footnote_y = top + rows * (box_h + row_gap) + 10
        height = footnote_y + 30
        parts = [
            f'<text x="{width / 2}" y="28" text-anchor="middle" font-size="15" font-weight="bold" fill="#222">'
            f"{escape(self.title)}</text>"
        ]
        for a, b in self.arrows:
            (ax, ay), (bx, by) = place[a], place[b]
            if ax == bx:  # same column: from the bottom of one box to the top of the other
                start, end = (ax + box_w / 2, ay + box_h), (bx + box_w / 2, by)
                if ay > by:
                    start, end = (ax + box_w / 2, ay), (bx + box_w / 2, by + box_h)
            elif ax < bx:
                start, end = (ax + box_w, ay + box_h / 2), (bx, by + box_h / 2)
            else:
                start, end = (ax, ay + box_h / 2), (bx + box_w, by + box_h / 2)
            parts.append(
                f'<line x1="{start[0]:.1f}" y1="{start[1]:.1f}" x2="{end[0]:.1f}" y2="{end[1]:.1f}" '
                'stroke="#555" stroke-width="1.3" marker-end="url(#arrow)"/>'
            )
        for group, count in self.counts:
            x, y = place[group.label]
            fill, stroke = KINDS[group.kind]
            parts.append(
                f'<rect x="{x}" y="{y}" width="{box_w}" height="{box_h}" rx="6" fill="{fill}" stroke="{stroke}" '
                f'stroke-width="1.5"/><text x="{x + box_w / 2}" y="{y + 19}" text-anchor="middle" '
                f'font-size="12.5" font-weight="bold" fill="#222">{escape(group.label)}</text>'
                f'<text x="{x + box_w / 2}" y="{y + 35}" text-anchor="middle" font-size="11" fill="#555">'
                f"×{count}</text>"
            )
        note = "not drawn: " + ", ".join(f"{t.split('::', 1)[1]} ×{n}" for t, n in self.supporting[:6])
        if len(self.supporting) > 6:
            note += f" and {len(self.supporting) - 6} more types"
        parts.append(
            f'<text x="{left}" y="{footnote_y + 12}" font-size="11" fill="#555">{escape(note)}</text>'
        )
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="{FONT}">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>'
            f'<rect width="{width}" height="{height}" fill="white"/>{"".join(parts)}</svg>'
        )


def draw(template: Mapping[str, Any], title: str = "What the stack creates") -> Architecture:
    """The template's service groups and the references between them (see the module docstring)."""
    found = resources_of(template)
    group_by_id = {
        logical_id: group
        for logical_id, resource in found.items()
        if (group := group_of(resource.get("Type", ""))) is not None
    }
    counts = Counter(group.label for group in group_by_id.values())
    arrows: set[tuple[str, str]] = set()
    acting = {
        logical_id: group
        for logical_id, resource in found.items()
        if logical_id not in group_by_id
        for group in GROUPS
        if group.acting_for and resource.get("Type", "").startswith(group.acting_for)
    }
    for logical_id, group in [*group_by_id.items(), *acting.items()]:
        for target in references(found[logical_id].get("Properties", {})):
            other = group_by_id.get(target)
            if other is None or other.label == group.label:
                continue
            if REPORT_ONLY.get(group.label, other.label) == other.label:
                arrows.add((group.label, other.label))
    supporting = Counter(
        resource.get("Type", "?") for logical_id, resource in found.items() if logical_id not in group_by_id
    )
    ordered = tuple((g, counts[g.label]) for g in GROUPS if counts[g.label])
    labels = [g.label for g in GROUPS]
    return Architecture(
        title=title,
        counts=ordered,
        arrows=tuple(sorted(arrows, key=lambda ab: (labels.index(ab[0]), labels.index(ab[1])))),
        supporting=tuple(sorted(supporting.items(), key=lambda item: (-item[1], item[0]))),
    )
