"""Fresh tool batteries through the Converse wire: the simulated model on requests written for stops 31 and 44.

    .venv/bin/python bench/tool_batteries.py [--show] [--ids s12 p3 ...] [--batteries parallel2] [--record]

Four batteries, written by helpers who never read the simulator or BFCL, each case a set of tools (JSON
Schema), a request and the calls a careful model would make:

* `bench/data/tool_battery_single.json` — 80 requests needing one call: 50 with one tool (multi-word
  names, codes, dates in a stated format, enums by synonym, booleans from phrasing, lists), 30 choosing one
  of 3-5 look-alike tools;
* `bench/data/tool_battery_parallel.json` — 70 requests needing several calls: 35 of one tool (series,
  cross products, "respectively", repeated items), 35 of several tools, some with a distractor;
* `bench/data/tool_battery_parallel2.json` — 80 requests needing several calls, written at stop 44 in 25
  domains: 45 of one tool (lists, separate sentences, "each", "respectively", cross products, ordinal
  scenes, bulleted lists, casual wording), 35 of 2-4 different tools among distractors. It is **halved**
  like BFCL: its even-numbered cases may be read while tuning, its odd-numbered ones are held back
  (`--show` never prints them) and are a second honest estimate next to BFCL's odd half;
* `bench/data/tool_battery_single2.json` — 80 one-call requests written at stop 44 in about 30 domains: 50
  with one tool, on getting values right (multi-word names, codes, addresses, free text, units, dates,
  negated booleans, enums by synonym, lists, a nested object), 30 choosing one of 3-4 look-alike tools.
  Halved the same way.

The simulator was tuned on their failures (general readings only, each with a test of its own wording), so
the first two are **tuning** sets, like BFCL's even half: they say what that work bought, and BFCL's odd half
stays the honest estimate. Each request goes to the local Bedrock endpoint (`agentkit.connect("local")`)
with boto3's `converse`; a case passes when the calls match the expected ones in any order, one for one,
every argument equal — numbers within 1e-6, strings ignoring case, surrounding space and a final full
stop, lists in any order — and no argument more or less. The peer in the same run is the per-case outcome
recorded before each battery was used (main 591a84a for the first two, the commit in the last column for
the halved ones; `bench/tool_batteries_baseline.json`, written by `--record` with that commit's package).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

import agentkit

DATA = Path(__file__).with_name("data")
BATTERIES = {
    "single": DATA / "tool_battery_single.json",
    "parallel": DATA / "tool_battery_parallel.json",
    "parallel2": DATA / "tool_battery_parallel2.json",
    "single2": DATA / "tool_battery_single2.json",
}
HALVED = {"parallel2", "single2"}
"""Batteries split like BFCL: their even-numbered cases may be read while tuning, their odd-numbered ones are
held back (never read) and are the honest estimate."""
BASELINE = Path(__file__).with_name("tool_batteries_baseline.json")
MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"


def same(got: Any, want: Any) -> bool:
    """Whether an argument the model sent equals the expected one (see the module docstring)."""
    if isinstance(got, bool) or isinstance(want, bool):
        return got is want
    if isinstance(got, int | float) and isinstance(want, int | float):
        return abs(got - want) < 1e-6
    if isinstance(got, str) and isinstance(want, str):
        return got.strip().lower().rstrip(".") == want.strip().lower().rstrip(".")
    if isinstance(got, list) and isinstance(want, list):
        return len(got) == len(want) and all(any(same(g, w) for w in want) for g in got)
    if isinstance(got, dict) and isinstance(want, dict):
        return got.keys() == want.keys() and all(same(got[k], want[k]) for k in got)
    return False


def passes(calls: list[tuple[str, dict]], expected: list[dict]) -> bool:
    """Every expected call matched by one call made, and no call more."""
    left = list(calls)
    for call in expected:
        ((name, arguments),) = call.items()
        hit = next((c for c in left if c[0] == name and same(c[1], arguments)), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def ask(client: Any, case: dict) -> tuple[list[tuple[str, dict]], str]:
    """The model's first answer: its tool calls, and its text when it made none."""
    tools = [
        {
            "toolSpec": {
                "name": t["name"],
                "description": t["description"],
                "inputSchema": {"json": t["parameters"]},
            }
        }
        for t in case["tools"]
    ]
    response = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": case["request"]}]}],
        toolConfig={"tools": tools},
    )
    content = response["output"]["message"]["content"]
    calls = [(b["toolUse"]["name"], b["toolUse"]["input"]) for b in content if "toolUse" in b]
    return calls, " ".join(b["text"] for b in content if "text" in b)


def held_back(battery: str, case_id: str) -> bool:
    """Whether a case is in the held-back half of a halved battery: odd-numbered ids (`q7`)."""
    return battery in HALVED and int(case_id.lstrip("abcdefghijklmnopqrstuvwxyz")) % 2 == 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", action="store_true", help="print every failing case (never a held-back one)"
    )
    parser.add_argument("--ids", nargs="*", default=None, help="only these case ids")
    parser.add_argument(
        "--batteries", nargs="*", choices=sorted(BATTERIES), default=sorted(BATTERIES), help="only these"
    )
    parser.add_argument(
        "--record",
        action="store_true",
        help=f"write the per-case outcomes of the batteries run to {BASELINE.name}",
    )
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"measured": {}, "cases": {}}
    recorded = baseline["cases"]
    outcomes: dict[str, bool] = {}
    agentkit.connect("local", quiet=True)  # boto3's default endpoints now lead to the local platform
    client = boto3.client("bedrock-runtime", config=Config(retries={"max_attempts": 1}))
    print(f"{'battery':18} {'now':>14} {'recorded':>14}  at")
    for name in args.batteries:
        cases = [c for c in json.loads(BATTERIES[name].read_text()) if not args.ids or c["id"] in args.ids]
        if not cases:
            continue  # `--ids` named none of this battery's cases
        for case in cases:
            calls, text = ask(client, case)
            outcomes[case["id"]] = passes(calls, case["expected"])
            if args.show and not outcomes[case["id"]] and not held_back(name, case["id"]):
                print(f"✗ {case['id']}: {case['request']}")
                print(f"   got:  {[{n: a} for n, a in calls] or text}")
                print(f"   want: {case['expected']}")
        parts = {name: cases}
        if name in HALVED:
            parts = {
                f"{name} tuning": [c for c in cases if not held_back(name, c["id"])],
                f"{name} held back": [c for c in cases if held_back(name, c["id"])],
            }
        for label, part in parts.items():
            now = sum(outcomes[c["id"]] for c in part)
            before = sum(recorded.get(c["id"], False) for c in part)
            size = max(len(part), 1)
            print(
                f"{label:18} {now:>5}/{len(part):<3} {now / size:5.1%} {before:>5}/{len(part):<3} "
                f"{before / size:5.1%}  {baseline['measured'].get(name, '-')}"
            )
    if args.record:
        package = Path(agentkit.__file__).parent
        commit = subprocess.run(
            ["git", "-C", str(package), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        baseline["measured"].update(dict.fromkeys(args.batteries, commit))
        baseline["cases"].update(outcomes)
        BASELINE.write_text(json.dumps(baseline, indent=1) + "\n")


if __name__ == "__main__":
    main()
