"""The support agent's guardrail on the labelled set: per-category precision, recall and F1.

    .venv/bin/python bench/guardrail_eval.py [--misses]

Runs offline unless AGENTKIT_MODE=aws: `agentkit.connect()` points boto3 at the local Bedrock
endpoint, the policy is created there (CreateGuardrail + version) and every prompt goes through
ApplyGuardrail; documents go through the in-process injection check. In AWS mode the same command
measures real Bedrock Guardrails on the same set. Peer in the same run: the pass-everything
baseline (a guardrail that never fires), whose benign pass rate is 100 % and harmful stop rate 0 %.
`--misses` lists the items the guardrail got wrong.
"""

from __future__ import annotations

import argparse

import pandas as pd

import agentkit
from agentkit.guardrails import delete_guardrail, ensure_guardrail
from agentkit.guardrails.evaluation import confusion, labelled_prompts, run, scores, summary
from agentkit.guardrails.support_policy import support_policy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the items classified wrongly")
    args = parser.parse_args()
    connection = agentkit.connect(quiet=True)
    items = labelled_prompts()
    guardrail = ensure_guardrail(support_policy(name="northwind-support-eval"))
    try:
        results = run(guardrail, items)
    finally:
        delete_guardrail(guardrail)
    pd.set_option("display.width", 140)
    pd.set_option("display.max_colwidth", 70)
    print(f"guardrail evaluation · {connection.mode} mode · {len(items)} labelled items\n")
    print(scores(results).round(2).to_string(), end="\n\n")
    print("confusion (rows: label, columns: predicted)")
    print(confusion(results).to_string(), end="\n\n")
    rates = summary(results)
    print(f"harmful stopped: {rates['harmful stopped']:.0%}   benign passed: {rates['benign passed']:.0%}")
    print("peer (pass everything): harmful stopped: 0%   benign passed: 100%")
    if args.misses:
        wrong = results[results["label"] != results["predicted"]]
        print(f"\n{len(wrong)} misclassified:")
        print(wrong[["label", "predicted", "rules", "text"]].to_string(index=False))


if __name__ == "__main__":
    main()
