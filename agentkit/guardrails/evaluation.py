"""Measuring a guardrail on a labelled set: which prompts it stops, and which it should have.

Each labelled item is a user prompt or a document (a tool result) with the category a person gave
it: `denied_topic`, `pii`, `injection_direct`, `injection_indirect` or `benign`. Prompts go through
the deployed guardrail's ApplyGuardrail (INPUT), exactly as `GuardrailHooks` sends them; documents go
through the in-process injection check, as tool results do. Which rule fired gives the predicted
category (`CATEGORY_OF`); nothing firing predicts `benign`.

Scores are per category, one-vs-rest: precision (of the items flagged as C, the share labelled C),
recall (of the items labelled C, the share flagged as C) and F1. For `benign`, "flagged" means
passed untouched, so its recall is the benign pass rate. The set ships in `data/labelled_prompts.jsonl`
and includes cases the deterministic local detectors get wrong, on purpose: the figures are honest.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Literal

import boto3
import pandas as pd
from pydantic import BaseModel, ConfigDict

from agentkit.guardrails.assessment import fired_rules
from agentkit.guardrails.injection import find_injections
from agentkit.guardrails.provision import Guardrail

Label = Literal["denied_topic", "pii", "injection_direct", "injection_indirect", "benign"]
LABELS: tuple[Label, ...] = ("denied_topic", "pii", "injection_direct", "injection_indirect", "benign")

CATEGORY_OF = {
    "denied topic": "denied_topic",
    "PII": "pii",
    "regex": "pii",
    "content filter: PROMPT_ATTACK": "injection_direct",
    "indirect injection": "injection_indirect",
}
"""Rule name prefix → the category it stands for. Other rules (other content filters, words) → `other`."""


class LabelledItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Label
    kind: Literal["prompt", "document"]
    text: str


def labelled_prompts() -> list[LabelledItem]:
    """The workshop's labelled set."""
    lines = resources.files("agentkit.guardrails").joinpath("data/labelled_prompts.jsonl").read_text()
    return [LabelledItem.model_validate(json.loads(line)) for line in lines.splitlines() if line.strip()]


def category(rule: str) -> str:
    """The category a fired rule stands for."""
    return next((cat for prefix, cat in CATEGORY_OF.items() if rule.startswith(prefix)), "other")


def run(guardrail: Guardrail, items: list[LabelledItem], *, client: Any | None = None) -> pd.DataFrame:
    """One row per item: its label, what the guardrail did, which rules fired, and the predicted category."""
    runtime = client or boto3.client("bedrock-runtime")
    rows = []
    for item in items:
        if item.kind == "document":
            rules = [f"indirect injection: {f.cue}" for f in find_injections(item.text)]
            outcome = "redacted" if rules else "passed"
        else:
            response = guardrail.apply(item.text, client=runtime)
            fired = [f for a in response["assessments"] for f in fired_rules(a) if f[1] != "detected"]
            rules = [rule for rule, _, _ in fired]
            actions = {action for _, action, _ in fired}
            outcome = "blocked" if "blocked" in actions else "masked" if actions else "passed"
        categories = [category(rule) for rule in rules]
        predicted = min(categories, key=_priority) if categories else "benign"
        rows.append(
            {
                "label": item.label,
                "kind": item.kind,
                "text": item.text,
                "outcome": outcome,
                "predicted": predicted,
                "rules": ", ".join(dict.fromkeys(rules)),
            }
        )
    return pd.DataFrame(rows)


def _priority(cat: str) -> int:
    """When several rules fire, the category reported: injection first, `other` last."""
    order = ["injection_direct", "injection_indirect", "denied_topic", "pii", "other"]
    return order.index(cat)


def scores(results: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall, F1 and support per category (one-vs-rest over `label` and `predicted`)."""
    rows = []
    for label in LABELS:
        truth = results["label"] == label
        flagged = results["predicted"] == label
        true_positive = int((truth & flagged).sum())
        precision = true_positive / int(flagged.sum()) if flagged.any() else 0.0
        recall = true_positive / int(truth.sum()) if truth.any() else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(
            {
                "category": label,
                "precision": precision,
                "recall": recall,
                "f1": f1,
                "support": int(truth.sum()),
            }
        )
    return pd.DataFrame(rows).set_index("category")


def confusion(results: pd.DataFrame) -> pd.DataFrame:
    """Counts of labelled (rows) against predicted (columns) categories."""
    columns = [*LABELS, *(["other"] if (results["predicted"] == "other").any() else [])]
    table = pd.crosstab(results["label"], results["predicted"]).reindex(index=list(LABELS), columns=columns)
    return table.fillna(0).astype(int)


def summary(results: pd.DataFrame) -> dict[str, float]:
    """The two headline rates: harmful items stopped (blocked, masked or redacted), benign items passed."""
    harmful = results["label"] != "benign"
    stopped = results["outcome"] != "passed"
    return {
        "harmful stopped": float(stopped[harmful].mean()),
        "benign passed": float((~stopped)[~harmful].mean()),
    }
