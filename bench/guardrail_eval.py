"""The support agent's guardrail on the held-back half of the labelled set, per kind, before and after.

    .venv/bin/python bench/guardrail_eval.py [--half held-back|tuning|all] [--misses]
    .venv/bin/python bench/guardrail_eval.py --set unseen [--half even|odd|tuning|held-back] [--misses]
    .venv/bin/python bench/guardrail_eval.py --set fresh [--misses]

Runs offline unless AGENTKIT_MODE=aws: `agentkit.connect()` points boto3 at the local Bedrock
endpoint, the policy is created there (CreateGuardrail + version) and every prompt goes through
ApplyGuardrail; documents go through the in-process injection check. In AWS mode the same command
measures real Bedrock Guardrails on the same set.

The labelled set is split in halves by id (`agentkit.guardrails.evaluation`): the local detectors were
tuned on the tuning half, so the held-back half (the default) is the honest figure. Printed:

* the confusion table per kind (harmful items stopped / passed, benign items stopped / passed);
* per kind, the stop rate and the benign-stopped rate now and **before** — the same items as the
  guardrail of main at 7d3ff3b (before issue 12) handled them, recorded per item in
  `bench/guardrail_baseline.json` (re-measuring it needs that commit's code); items added to a set
  after its baseline was recorded have no "before" and count only in "now";
* denied-topic recall and the share of benign prompts a topic blocked; precision/recall per category;
* peer in the same run: the pass-everything baseline, harmful stopped 0 %, benign passed 100 %.

`--misses` lists the items the guardrail got wrong, with the reason it gave.

`--set unseen` measures a **blind** set instead: `bench/data/guardrail_unseen.jsonl`, same schema, written by
someone who never saw the detectors. It is split by the same rule (`LabelledItem.half`) and both halves are
reported separately (or only `--half`): rules may be generalised from failure *types* seen on the tuning
half, so the held-back half of the blind set is the figure that says whether they hold up on wording no one
here wrote. Items 238-286 were added later by a helper who had read the detectors, written before the
topic scorer was changed again with only their tuning half in view, and never edited to fit it: denied-topic questions wrapped in outdoor
context, each beside a shop question of the same form (238 is a mention look-alike that keeps the pairs
aligned); their held-back half was not read. "Before" is the outcome per item recorded at 9c89cb0
(before the blind set was used) in `bench/guardrail_unseen_baseline.json` (ids and outcomes only, no texts). `--misses` on this set lists
only the tuning half's misses, so that held-back texts stay unread.

`--set fresh` measures the batteries written for the denied topics at stop 31 by helpers who never saw the
scorer (`bench/data/guardrail_fresh.jsonl`): ids 1-240 are 120 advice questions (40 per topic, worded far
from the definitions: slang, specialist words, scenes) and 120 shop or general questions; ids 241-440 are
hard benign look-alikes (shop questions in advice-asking forms or with topic words in shop senses). The
topic scorer was tuned on them, so they are a **tuning** set: the before column (main 591a84a, in
`bench/guardrail_fresh_baseline.json`) shows what that tuning bought; the blind set's odd half stays the
honest figure.

By default the blind set is split by id parity instead (`--half even|odd`): the even ids are the
tuning half of the meaning-based topic scorer (`agentkit.local.meaning`), the odd ids are held back;
`--misses` then lists only even-id misses, and the odd half is reported only as figures per kind.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pandas as pd

import agentkit
from agentkit.guardrails import delete_guardrail, ensure_guardrail
from agentkit.guardrails.evaluation import (
    by_kind,
    labelled_prompts,
    read_labelled,
    run,
    scores,
    summary,
    topic_rates,
)
from agentkit.guardrails.support_policy import support_policy
from agentkit.naming import resource_name

BASELINE = Path(__file__).with_name("guardrail_baseline.json")
UNSEEN = Path(__file__).with_name("data") / "guardrail_unseen.jsonl"
UNSEEN_BASELINE = Path(__file__).with_name("guardrail_unseen_baseline.json")
FRESH = Path(__file__).with_name("data") / "guardrail_fresh.jsonl"
FRESH_BASELINE = Path(__file__).with_name("guardrail_fresh_baseline.json")


def before(results: pd.DataFrame, baseline: Path = BASELINE) -> pd.DataFrame:
    """The items the earlier guardrail saw, with the outcome it recorded for each (items written since
    have no "before" and are left out of that column)."""
    recorded = json.loads(baseline.read_text())["items"]
    old = results[results["id"].astype(str).isin(recorded)].copy()
    old["outcome"] = [recorded[str(i)]["outcome"] for i in old["id"]]
    old["predicted"] = [recorded[str(i)]["predicted"] for i in old["id"]]
    old["rules"] = ["denied topic" if p == "denied_topic" else "" for p in old["predicted"]]
    return old


def report(results: pd.DataFrame, title: str, *, baseline: Path, baseline_name: str, misses: bool) -> None:
    """The confusion table per kind, before and now, topic rates, scores and headline rates."""
    print(title)
    recorded = before(results, baseline)
    same = results[results["id"].isin(recorded["id"])]
    now, old, now_same = by_kind(results), by_kind(recorded), by_kind(same)
    print("confusion per kind (stopped = blocked, masked or redacted)")
    print(
        now[["harmful stopped", "harmful passed", "benign stopped", "benign passed"]].to_string(), end="\n\n"
    )
    columns = {
        "stop rate before": old["stop rate"],
        "stop rate now": now["stop rate"],
        "benign stopped before": old["benign stopped rate"],
        "benign stopped now": now["benign stopped rate"],
    }
    newer = len(results) - len(same)
    if newer:  # items written after the baseline: compare like with like too
        columns = {
            "stop rate before": old["stop rate"],
            "stop rate now, same items": now_same["stop rate"],
            "stop rate now, all": now["stop rate"],
            "benign stopped before": old["benign stopped rate"],
            "benign stopped now, same items": now_same["benign stopped rate"],
            "benign stopped now, all": now["benign stopped rate"],
        }
    compared = pd.DataFrame(columns)
    print(f"before ({baseline_name}, recorded for {len(same)} of these {len(results)} items) and now")
    print((compared * 100).round(0).to_string(na_rep="-"), end="\n\n")
    topics_now, topics_old, topics_same = topic_rates(results), topic_rates(recorded), topic_rates(same)
    for name in topics_now:
        also = f", {topics_now[name]:.0%} now on all {len(results)}" if newer else ""
        print(f"{name}: {topics_old[name]:.0%} before, {topics_same[name]:.0%} now{also}")
    print()
    print(scores(results).round(2).to_string(), end="\n\n")
    rates = summary(results)
    print(f"harmful stopped: {rates['harmful stopped']:.0%}   benign passed: {rates['benign passed']:.0%}")
    print("peer (pass everything): harmful stopped: 0%   benign passed: 100%")
    if misses:
        wrong = results[(results["label"] == "benign") != (results["outcome"] == "passed")]
        print(f"\n{len(wrong)} wrong:")
        print(wrong[["id", "kind", "label", "outcome", "text", "reason"]].to_string(index=False))
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", default="labelled", choices=["labelled", "unseen", "fresh"])
    parser.add_argument("--half", default=None, choices=["held-back", "tuning", "all", "even", "odd"])
    parser.add_argument("--misses", action="store_true", help="list the items classified wrongly")
    args = parser.parse_args()
    connection = agentkit.connect(quiet=True)
    if args.which == "fresh":
        items = read_labelled(FRESH.read_text())
    elif args.which == "unseen":
        by_id = args.half in (None, "even", "odd")
        items = read_labelled(UNSEEN.read_text(), "all" if by_id else args.half)
        if args.half in ("even", "odd"):
            items = [item for item in items if item.id % 2 == (args.half == "odd")]
    else:
        items = labelled_prompts(args.half or "held-back")
    guardrail = ensure_guardrail(support_policy(name=resource_name("support-eval")))
    started = time.perf_counter()
    try:
        results = run(guardrail, items)
    finally:
        delete_guardrail(guardrail)
    elapsed = time.perf_counter() - started
    pd.set_option("display.width", 160)
    pd.set_option("display.max_colwidth", 90)
    print(f"{elapsed:.1f} s, {elapsed / len(items) * 1000:.1f} ms per item\n")
    if args.which == "labelled":
        title = f"guardrail evaluation · {connection.mode} mode · {args.half or 'held-back'} half"
        report(
            results,
            f"{title} · {len(items)} labelled items",
            baseline=BASELINE,
            baseline_name="main 7d3ff3b",
            misses=args.misses,
        )
        return
    if args.which == "fresh":
        report(
            results,
            f"FRESH topic batteries (tuning) · {connection.mode} mode · {len(items)} items",
            baseline=FRESH_BASELINE,
            baseline_name="main 591a84a",
            misses=args.misses,
        )
        return
    halves = {item.id: ("odd" if item.id % 2 else "even") if by_id else item.half for item in items}
    for half in ("even", "odd") if by_id else ("tuning", "held-back"):
        part = results[results["id"].map(halves) == half].reset_index(drop=True)
        if part.empty:
            continue
        report(
            part,
            f"BLIND set · {connection.mode} mode · {half} half · {len(part)} items written elsewhere",
            baseline=UNSEEN_BASELINE,
            baseline_name="9c89cb0",
            misses=args.misses and half in ("tuning", "even"),
        )


if __name__ == "__main__":
    main()
