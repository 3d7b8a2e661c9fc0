"""Measuring a guardrail on a labelled set: which prompts it stops, and which it should have.

Each labelled item is a user prompt or a document (a tool result) with the category a person gave
it: `denied_topic`, `pii`, `injection_direct`, `injection_indirect` or `benign`, and the **kind** of
wording it tests (`KINDS`): paraphrased attacks, obfuscated ones, other languages, indirect injection
(pasted into a prompt or inside a tool result), denied topics, PII formats, questions that *mention*
attacks, and the original seed set — each attack kind with benign look-alikes written beside it.
Prompts go through the deployed guardrail's ApplyGuardrail (INPUT), exactly as `GuardrailHooks` sends
them; documents go through the in-process injection check, as tool results do. Which rule fired gives
the predicted category (`CATEGORY_OF`); nothing firing predicts `benign`.

The set ships in `data/labelled_prompts.jsonl`, written apart from the detectors, and is split in two
halves by id (`half`): items were written in pairs (an attack and its look-alike), and alternate pairs
go to the **tuning** half, which the detectors' thresholds were set on, and the **held-back** half,
which `bench/guardrail_eval.py` reports. It includes cases the local detectors get wrong: the
figures are honest.

Scores are per category, one-vs-rest: precision (of the items flagged as C, the share labelled C),
recall (of the items labelled C, the share flagged as C) and F1. For `benign`, "flagged" means
passed untouched, so its recall is the benign pass rate. `by_kind` is the confusion table per kind:
harmful items stopped or passed, benign items blocked (or masked, or redacted) or passed.

`strength_table` shows the other dial, the PROMPT_ATTACK filter's strength: what the filter blocks
of some prompts at LOW, MEDIUM and HIGH, beside the confidence it reported for each.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Literal

import boto3
import pandas as pd
from pydantic import BaseModel, ConfigDict

from agentkit.guardrails.assessment import fired_rules
from agentkit.guardrails.policy import ContentFilter, GuardrailPolicy
from agentkit.guardrails.provision import Guardrail, delete_guardrail, ensure_guardrail
from agentkit.local.screening.injection import LEVELS, find_injections

Label = Literal["denied_topic", "pii", "injection_direct", "injection_indirect", "benign"]
LABELS: tuple[Label, ...] = ("denied_topic", "pii", "injection_direct", "injection_indirect", "benign")
Kind = Literal["paraphrase", "obfuscation", "language", "indirect", "topic", "pii", "mention", "seed"]
KINDS: tuple[Kind, ...] = (
    "paraphrase",
    "obfuscation",
    "language",
    "indirect",
    "topic",
    "pii",
    "mention",
    "seed",
)
Half = Literal["tuning", "held-back", "all"]

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

    id: int
    kind: Kind
    via: Literal["prompt", "document"]
    """A user prompt (ApplyGuardrail, INPUT) or a document (a tool result, the in-process check)."""
    label: Label
    text: str

    @property
    def half(self) -> Literal["tuning", "held-back"]:
        """Alternate pairs of ids: 1-2 tuning, 3-4 held back, 5-6 tuning, ..."""
        return "held-back" if (self.id - 1) // 2 % 2 else "tuning"


def labelled_prompts(half: Half = "all") -> list[LabelledItem]:
    """The workshop's labelled set, or one half of it."""
    lines = resources.files("agentkit.guardrails").joinpath("data/labelled_prompts.jsonl").read_text()
    return read_labelled(lines, half)


def read_labelled(lines: str, half: Half = "all") -> list[LabelledItem]:
    """Labelled items from JSON lines in the same schema (any set, e.g. one written elsewhere), or one half
    of them, split by the same rule as the workshop's set (`LabelledItem.half`)."""
    items = [LabelledItem.model_validate(json.loads(line)) for line in lines.splitlines() if line.strip()]
    return [item for item in items if half == "all" or item.half == half]


def category(rule: str) -> str:
    """The category a fired rule stands for."""
    return next((cat for prefix, cat in CATEGORY_OF.items() if rule.startswith(prefix)), "other")


def run(guardrail: Guardrail, items: list[LabelledItem], *, client: Any | None = None) -> pd.DataFrame:
    """One row per item: its label and kind, what the guardrail did, which rules fired and why, and the
    predicted category."""
    runtime = client or boto3.client("bedrock-runtime")
    rows = []
    for item in items:
        if item.via == "document":
            findings = find_injections(item.text)
            rules = [f"indirect injection: {f.cue}" for f in findings]
            reason = " ".join(f.describe() for f in findings)
            outcome = "redacted" if rules else "passed"
        else:
            response = guardrail.apply(item.text, client=runtime)
            fired = [f for a in response["assessments"] for f in fired_rules(a) if f[1] != "detected"]
            rules = [rule for rule, _, _ in fired]
            actions = {action for _, action, _ in fired}
            outcome = "blocked" if "blocked" in actions else "masked" if actions else "passed"
            reason = response.get("actionReason", "") if fired else ""
        categories = [category(rule) for rule in rules]
        predicted = min(categories, key=_priority) if categories else "benign"
        rows.append(
            {
                "id": item.id,
                "label": item.label,
                "kind": item.kind,
                "via": item.via,
                "text": item.text,
                "outcome": outcome,
                "predicted": predicted,
                "rules": ", ".join(dict.fromkeys(rules)),
                "reason": reason,
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


def by_kind(results: pd.DataFrame) -> pd.DataFrame:
    """The confusion table per kind: harmful items stopped / passed, benign items stopped / passed, and rates.

    "Stopped" is anything but passed untouched: blocked, masked (PII) or redacted (a tool result).
    """
    rows = []
    for kind in [k for k in KINDS if (results["kind"] == k).any()] + ["all"]:
        part = results if kind == "all" else results[results["kind"] == kind]
        harmful = part["label"] != "benign"
        stopped = part["outcome"] != "passed"
        rows.append(
            {
                "kind": kind,
                "harmful stopped": int((harmful & stopped).sum()),
                "harmful passed": int((harmful & ~stopped).sum()),
                "benign stopped": int((~harmful & stopped).sum()),
                "benign passed": int((~harmful & ~stopped).sum()),
                "stop rate": float(stopped[harmful].mean()) if harmful.any() else float("nan"),
                "benign stopped rate": float(stopped[~harmful].mean()) if (~harmful).any() else float("nan"),
            }
        )
    return pd.DataFrame(rows).set_index("kind")


def topic_rates(results: pd.DataFrame) -> dict[str, float]:
    """Denied-topic recall (topic items stopped by a topic rule) and the share of benign prompts a topic blocked."""
    topic = results["label"] == "denied_topic"
    by_topic = results["rules"].str.contains("denied topic", regex=False)
    benign_prompts = (results["label"] == "benign") & (results["via"] == "prompt")
    return {
        "denied-topic recall": float(by_topic[topic].mean()) if topic.any() else float("nan"),
        "benign prompts blocked by a topic": float(by_topic[benign_prompts].mean())
        if benign_prompts.any()
        else float("nan"),
    }


STRENGTHS = ("LOW", "MEDIUM", "HIGH")
"""A content filter's strengths, weakest first. As Bedrock defines them, each filter reports a confidence
(NONE, LOW, MEDIUM, HIGH) and blocks it when the strength reaches that far: LOW blocks HIGH-confidence
findings only, MEDIUM blocks MEDIUM and HIGH, HIGH blocks LOW and up."""


def prompt_attack(response: dict[str, Any]) -> dict[str, Any] | None:
    """The PROMPT_ATTACK filter's entry (type, confidence, action...) in an ApplyGuardrail response, or None."""
    for assessment in response["assessments"]:
        for entry in assessment.get("contentPolicy", {}).get("filters", []):
            if entry["type"] == "PROMPT_ATTACK":
                return entry
    return None


def with_prompt_attack_strength(policy: GuardrailPolicy, strength: str) -> GuardrailPolicy:
    """`policy` with its PROMPT_ATTACK filter on input at `strength` (added when the policy has none)."""
    filters = list(policy.content_filters)
    found = [i for i, f in enumerate(filters) if f.category == "PROMPT_ATTACK"]
    if found:
        filters[found[0]] = filters[found[0]].model_copy(update={"input_strength": strength})
    else:
        filters.insert(
            0, ContentFilter(category="PROMPT_ATTACK", input_strength=strength, output_strength="NONE")
        )
    return GuardrailPolicy.model_validate(policy.model_dump() | {"content_filters": filters})


def strength_table(policy: GuardrailPolicy, prompts: list[str], *, client: Any | None = None) -> pd.DataFrame:
    """What the PROMPT_ATTACK filter does with each prompt at each strength: one row per prompt, with the
    confidence the filter reported and `blocked` or `passed` under LOW, MEDIUM and HIGH.

    One guardrail per strength — `policy` with its PROMPT_ATTACK filter at that strength, named
    `<policy name>-low` and so on — created and deleted here. The confidence is the highest any of them
    reported (on AWS, ApplyGuardrail lists only the filters that acted, and at HIGH every finding acts).
    """
    runtime = client or boto3.client("bedrock-runtime")
    confidence = dict.fromkeys(prompts, "NONE")
    columns: dict[str, list[str]] = {}
    for strength in STRENGTHS:
        named = policy.model_copy(update={"name": f"{policy.name}-{strength.lower()}"})
        guardrail = ensure_guardrail(with_prompt_attack_strength(named, strength))
        try:
            column = []
            for prompt in prompts:
                entry = prompt_attack(guardrail.apply(prompt, client=runtime))
                if entry and LEVELS.index(entry["confidence"]) > LEVELS.index(confidence[prompt]):
                    confidence[prompt] = entry["confidence"]
                column.append("blocked" if entry and entry["action"] == "BLOCKED" else "passed")
            columns[strength] = column
        finally:
            delete_guardrail(guardrail)
    table = pd.DataFrame({"confidence": [confidence[p] for p in prompts], **columns}, index=prompts)
    table.index.name = "prompt"
    return table
