"""NESTFUL through the Converse wire: requests of several steps, written elsewhere, first turn only.

    .venv/bin/python bench/nestful.py [--sets glaive sgd executable] [--half odd|even|both]
                                      [--show even] [--save F] [--compare F]

NESTFUL (IBM Research, Apache-2.0) is a benchmark of *sequences* of API calls: each request ("Calculate a
20% tip on a bill of $100, create an invoice … for the total amount including the tip, then encrypt the
invoice id …") comes with the calls that answer it, where a later call may take an earlier one's result
(`"$var1.tip_amount$"`). Its data ships in the PyPI package `nestful-wrapper`; this command downloads
that pinned wheel (without dependencies) into `build/nestful/` and reads three of its sets:

- `glaive`: 169 requests over 64 everyday tools (most ask for two to four things at once);
- `sgd`: 46 requests over 30 Schema-Guided-Dialogue services (book, find, reserve);
- `executable`: 85 requests over 39 RapidAPI tools (flights, hotels, Spotify), where a call often needs
  an id that another tool looks up first.

Every request is sent with its set's whole catalogue as Converse `toolSpec`s (`.` in names sent as `_`,
as Bedrock requires). What a model can call **in its first turn** is every call that takes no earlier
result; a case passes when the first turn makes exactly those calls (as a multiset of tool names) and
each call states every argument the answer gives, with an equal value (strings compared without case
or surrounding spaces, numbers by value). A call may add an argument the answer leaves out only when
that parameter is optional: NESTFUL's answers often omit an optional value the request states.

This is not NESTFUL's own metric (which scores whole sequences after execution); it measures the one
thing the simulator does — the first turn — on wording no one here wrote. Cases are split by the
parity of their index in the set's file: tune on the even half, the odd half is the honest estimate.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import boto3
from botocore.config import Config

from agentkit.local.bedrock.server import LocalBedrock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outcomes import compare_and_save, print_halves  # noqa: E402

WHEEL = "nestful-wrapper"
WHEEL_VERSION = "0.1.7"
SETS = {
    "glaive": "data_v1/non-executable/non-executable-glaive",
    "sgd": "data_v1/non-executable/non-executable-sgd",
    "executable": "data_v1/executable/executable",
}
MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
BUILD = Path(__file__).resolve().parent.parent / "build" / "nestful"
JSON_TYPES = {"string", "number", "integer", "boolean", "array", "object"}


def ensure_data() -> Path:
    """The unpacked data of the pinned `nestful-wrapper` wheel under build/nestful (downloaded once)."""
    site = BUILD / f"nestful_wrapper-{WHEEL_VERSION}"
    if all((site / f"{stem}-data.json").exists() for stem in SETS.values()):
        return site
    BUILD.mkdir(parents=True, exist_ok=True)
    print(f"downloading {WHEEL}=={WHEEL_VERSION} (no dependencies) into {BUILD} …", flush=True)
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:"]
    try:
        subprocess.run([*command, "-d", str(BUILD), f"{WHEEL}=={WHEEL_VERSION}"], check=True)
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        sys.exit(
            f"error: could not download {WHEEL}=={WHEEL_VERSION} ({error}). It needs pip and a route to "
            "PyPI; or put the wheel in build/nestful/ yourself and run again."
        )
    wheel = next(BUILD.glob(f"nestful_wrapper-{WHEEL_VERSION}-*.whl"))
    wanted = {f"{stem}-{kind}.json" for stem in SETS.values() for kind in ("data", "spec")}
    with zipfile.ZipFile(wheel) as archive:  # the sets read here, not its 200 MB ComplexFuncBench copy
        archive.extractall(site, members=[n for n in archive.namelist() if n in wanted])
    return site


def wire_name(name: str) -> str:
    """A NESTFUL tool name as Bedrock accepts it (`Buses.FindBus` → `Buses_FindBus`)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


def tool_spec(api: dict) -> dict:
    """One NESTFUL API as a Converse toolSpec: its query parameters as a JSON Schema object. SGD's
    parameters carry no type (strings), its `allowed_values` become an enum; a type NESTFUL writes in
    words ("Date (yyyy-mm-dd)") is sent as a string with those words added to the description."""
    properties, required = {}, []
    for name, spec in api.get("query_parameters", {}).items():
        kind = spec.get("type") or "string"
        prop = {"type": kind if kind in JSON_TYPES else "string"}
        description = spec.get("description", "")
        if kind not in JSON_TYPES:
            description = f"{description} ({kind})".strip()
        if description:
            prop["description"] = description
        enum = spec.get("allowed_values") or spec.get("enum")
        if enum:
            prop["enum"] = enum
        default = spec.get("default_value", spec.get("default"))
        if default is not None:
            prop["default"] = default
        for key in ("items", "properties", "format"):
            if key in spec:
                prop[key] = spec[key]
        properties[name] = prop
        if spec.get("required"):
            required.append(name)
    schema = {"type": "object", "properties": properties, "required": required}
    return {
        "toolSpec": {
            "name": wire_name(api["name"]),
            "description": api.get("description") or api["name"],
            "inputSchema": {"json": schema},
        }
    }


def first_calls(sample: dict) -> list[dict]:
    """The calls of a sample that take no earlier call's result: what a first turn can make."""
    return [
        {"name": wire_name(call["name"]), "arguments": call.get("arguments", {})}
        for call in sample["output"]
        if call["name"] != "var_result" and "$var" not in json.dumps(call.get("arguments", {}))
    ]


def same(value, wanted) -> bool:
    """Whether a model's argument equals the answer's: strings without case or edge spaces, numbers by
    value (a number stated as a string counts), lists item by item, objects key by key."""
    if isinstance(wanted, bool) or isinstance(value, bool):
        return value == wanted
    if isinstance(wanted, (int, float)) or isinstance(value, (int, float)):
        try:
            return float(value) == float(wanted)
        except (TypeError, ValueError):
            return False
    if isinstance(wanted, str) and isinstance(value, str):
        return value.strip().casefold() == wanted.strip().casefold()
    if isinstance(wanted, list) and isinstance(value, list):
        return len(value) == len(wanted) and all(same(v, w) for v, w in zip(value, wanted, strict=True))
    if isinstance(wanted, dict) and isinstance(value, dict):
        return value.keys() == wanted.keys() and all(same(value[k], wanted[k]) for k in wanted)
    return False


def call_fits(call: dict, wanted: dict, optional: set[str]) -> str:
    """'' when a model's call answers the wanted call, else why not (the first difference)."""
    for name, value in wanted["arguments"].items():
        if name not in call["arguments"]:
            return f"missing {name}"
        if not same(call["arguments"][name], value):
            return f"wrong {name}"
    extra = [n for n in call["arguments"] if n not in wanted["arguments"] and n not in optional]
    return f"extra {extra[0]}" if extra else ""


def score(calls: list[dict], wanted: list[dict], optional: dict[str, set[str]]) -> tuple[bool, str]:
    """(passed, error kind) for one first turn against the calls it should make."""
    if not calls:
        return False, "no call"
    got, want = Counter(c["name"] for c in calls), Counter(w["name"] for w in wanted)
    if got != want:
        if sum(got.values()) < sum(want.values()):
            return False, "fewer calls"
        if sum(got.values()) > sum(want.values()):
            return False, "more calls"
        return False, "wrong tool"
    left = list(calls)
    for target in wanted:  # each wanted call needs a model call of its tool that fits it
        reasons = [
            call_fits(c, target, optional[target["name"]]) for c in left if c["name"] == target["name"]
        ]
        if "" not in reasons:
            return False, f"value: {reasons[0].split(' ')[0]}"
        fit = [c for c in left if c["name"] == target["name"]][reasons.index("")]
        left.remove(fit)
    return True, ""


def first_turn(client, question: str, tools: list[dict]) -> tuple[list[dict], str]:
    """The model's first answer: its tool calls, and its text (for --show)."""
    response = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": question}]}],
        toolConfig={"tools": tools},
    )
    content = response["output"]["message"]["content"]
    calls = [
        {"name": b["toolUse"]["name"], "arguments": b["toolUse"]["input"]} for b in content if "toolUse" in b
    ]
    return calls, " ".join(b["text"] for b in content if "text" in b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--half", choices=["odd", "even", "both"], default="both")
    parser.add_argument("--show", choices=["even"], help="print every failing case of the even half")
    parser.add_argument("--errors", type=int, default=5, help="error kinds to list per set and half")
    parser.add_argument("--save", type=Path, help="write each case's pass/fail to this JSON file")
    parser.add_argument("--compare", type=Path, help="list the cases whose outcome differs from a saved run")
    args = parser.parse_args()
    site = ensure_data()
    halves = ["even", "odd"] if args.half == "both" else [args.half]
    outcomes: dict[str, bool] = {}
    rows = []
    with LocalBedrock() as server:
        client = boto3.client(
            "bedrock-runtime",
            endpoint_url=server.url,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            config=Config(retries={"max_attempts": 1}),
        )
        for name in args.sets:
            stem = SETS[name]
            catalogue = json.loads((site / f"{stem}-spec.json").read_text())
            samples = json.loads((site / f"{stem}-data.json").read_text())
            tools = [tool_spec(api) for api in catalogue]
            optional = {
                wire_name(api["name"]): {
                    p for p, spec in api.get("query_parameters", {}).items() if not spec.get("required")
                }
                for api in catalogue
            }
            results: dict[str, list[tuple[bool, str]]] = {"even": [], "odd": []}
            started = time.perf_counter()
            for index, sample in enumerate(samples):
                half = "even" if index % 2 == 0 else "odd"
                if half not in halves:
                    continue
                wanted = first_calls(sample)
                calls, text = first_turn(client, sample["input"], tools)
                passed, kind = score(calls, wanted, optional)
                results[half].append((passed, kind))
                outcomes[f"{name}_{index}"] = passed
                if not passed and args.show == half:
                    print(f"\n✗ {name}_{index} [{kind}]\n  Q: {sample['input']}")
                    print(f"  got: {[{c['name']: c['arguments']} for c in calls] or text[:300]}")
                    print(f"  want: {[{w['name']: w['arguments']} for w in wanted]}")
            rows.append((name, results, time.perf_counter() - started))

    print(f"\nNESTFUL ({WHEEL} {WHEEL_VERSION}), first turn, via Converse on the local endpoint")
    print_halves("set", rows, halves, args.errors)
    compare_and_save(outcomes, args.compare, args.save)


if __name__ == "__main__":
    main()
