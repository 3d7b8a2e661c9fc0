"""BFCL through the Converse wire: the simulated model on tools and requests no one here wrote.

    .venv/bin/python bench/bfcl.py [--categories simple_python multiple ...] [--half odd|even|both]
                                   [--errors N] [--shapes] [--ids simple_python_4 ...]

The Berkeley Function Calling Leaderboard (v4) ships its questions, functions, possible answers and
its own AST checker in the PyPI package `bfcl-eval`. This command downloads that pinned wheel (without
its dependencies) into `build/bfcl/`, starts the local Bedrock endpoint, sends every question of the
five non-live AST categories to it with boto3's `converse` — the functions as Converse `toolSpec`s,
the way BFCL's own Bedrock (Nova) handler sends them — and scores the first turn's tool calls with
BFCL's checker imported from the wheel (`ast_checker`, `is_empty_output`: not re-implemented here).

`--live` runs BFCL's user-contributed categories instead (live_simple, live_multiple, live_parallel,
live_parallel_multiple, live_irrelevance): real users' tools and wording, split the same way. They are
not in the issue's targets; they show whether a rule written beside one set holds on requests written
elsewhere.

Cases are split by the parity of their id number. The simulator's rules were developed looking only
at failures of the **even** half; the **odd** half is the honest estimate. Both are printed, with the
error types (BFCL's own `error_type`) that cost the most.

Only one thing of the wheel is replaced: `bfcl_eval.constants.model_config` imports every provider's
SDK to build its model table, and the checker reads one flag from it (whether `.` in a function name
was sent as `_`, as Bedrock tool names require). A one-entry table stands in for it.
"""

from __future__ import annotations

import argparse
import copy
import re
import subprocess
import sys
import time
import types
import zipfile
from collections import Counter
from pathlib import Path

import boto3
from botocore.config import Config

from agentkit.local.bedrock.server import LocalBedrock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bfcl_shapes import asked_shape, call_shapes  # noqa: E402
from outcomes import compare_and_save, print_halves  # noqa: E402

WHEEL_VERSION = "2026.3.23"
CATEGORIES = ["simple_python", "multiple", "parallel", "parallel_multiple", "irrelevance"]
# BFCL's user-contributed ("live") categories: real users' tools and wording, not in the acceptance
# figures — a second set written elsewhere, to see whether a rule holds beyond the non-live cases.
LIVE = ["live_simple", "live_multiple", "live_parallel", "live_parallel_multiple", "live_irrelevance"]
MODEL_NAME = "agentkit-simulator"
MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
BUILD = Path(__file__).resolve().parent.parent / "build" / "bfcl"


def ensure_wheel() -> Path:
    """The unpacked `bfcl-eval` wheel under build/bfcl (downloaded once, without dependencies)."""
    site = BUILD / f"bfcl_eval-{WHEEL_VERSION}"
    if (site / "bfcl_eval").is_dir():
        return site
    BUILD.mkdir(parents=True, exist_ok=True)
    print(f"downloading bfcl-eval=={WHEEL_VERSION} (no dependencies) into {BUILD} …", flush=True)
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "-d",
        str(BUILD),
        f"bfcl-eval=={WHEEL_VERSION}",
    ]
    try:
        subprocess.run(command, check=True)
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        sys.exit(
            f"error: could not download bfcl-eval=={WHEEL_VERSION} ({error}). It needs pip and a route to "
            "PyPI; or put the wheel in build/bfcl/ yourself and run again."
        )
    wheel = next(BUILD.glob(f"bfcl_eval-{WHEEL_VERSION}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def load_bfcl(site: Path) -> types.SimpleNamespace:
    """BFCL's loader, checker and helpers, imported from the unpacked wheel."""
    sys.path.insert(0, str(site))
    stand_in = types.ModuleType("bfcl_eval.constants.model_config")
    stand_in.MODEL_CONFIG_MAPPING = {MODEL_NAME: types.SimpleNamespace(underscore_to_dot=True)}
    sys.modules["bfcl_eval.constants.model_config"] = stand_in
    from bfcl_eval import utils
    from bfcl_eval.constants.enums import Language
    from bfcl_eval.constants.type_mappings import GORILLA_TO_OPENAPI
    from bfcl_eval.eval_checker.ast_eval.ast_checker import ast_checker

    return types.SimpleNamespace(
        load_questions=utils.load_dataset_entry,
        load_answers=utils.load_ground_truth_entry,
        is_empty_output=utils.is_empty_output,
        ast_checker=ast_checker,
        python=Language.PYTHON,
        types=GORILLA_TO_OPENAPI,
    )


def json_schema(properties: dict, mapping: dict[str, str]) -> dict:
    """BFCL's parameter types as JSON Schema types (its `dict`, `float`, `tuple`, `any`), recursively."""
    converted = {}
    for name, spec in properties.items():
        spec = dict(spec)
        spec["type"] = mapping.get(spec.get("type", "string"), "string")
        if "properties" in spec:
            spec["properties"] = json_schema(spec["properties"], mapping)
        if isinstance(spec.get("items"), dict):
            spec["items"] = json_schema({"item": spec["items"]}, mapping)["item"]
        converted[name] = spec
    return converted


def tool_spec(function: dict, mapping: dict[str, str]) -> dict:
    """One BFCL function as a Converse toolSpec (`.` in names sent as `_`, as Bedrock requires)."""
    parameters = copy.deepcopy(function["parameters"])
    parameters["type"] = "object"
    parameters["properties"] = json_schema(parameters.get("properties", {}), mapping)
    return {
        "toolSpec": {
            "name": re.sub(r"\.", "_", function["name"]),
            "description": function["description"],
            "inputSchema": {"json": parameters},
        }
    }


def first_turn(client, entry: dict, mapping: dict[str, str]) -> list[dict] | list[str]:
    """The model's first answer to the case: its tool calls as [{name: arguments}], else its text."""
    turn = entry["question"][0]
    system = [{"text": m["content"]} for m in turn if m["role"] == "system"]
    messages: list[dict] = []
    for m in (m for m in turn if m["role"] != "system"):
        if messages and messages[-1]["role"] == m["role"]:  # Converse needs turns to alternate
            messages[-1]["content"].append({"text": m["content"]})
        else:
            messages.append({"role": m["role"], "content": [{"text": m["content"]}]})
    request = {"modelId": MODEL_ID, "messages": messages}
    if system:
        request["system"] = system
    if entry["function"]:
        request["toolConfig"] = {"tools": [tool_spec(f, mapping) for f in entry["function"]]}
    response = client.converse(**request)
    content = response["output"]["message"]["content"]
    calls = [{b["toolUse"]["name"]: b["toolUse"]["input"]} for b in content if "toolUse" in b]
    return calls or [b["text"] for b in content if "text" in b]


def score(bfcl, category: str, entry: dict, answer: dict | None, output: list) -> tuple[bool, str]:
    """(passed, BFCL's error type) for one case, as BFCL's eval runner decides it."""
    calls = output if output and isinstance(output[0], dict) else None
    if category.endswith("irrelevance"):
        empty = calls is None or bfcl.is_empty_output(calls)
        return empty, "" if empty else "irrelevance_error:decoder_success"
    if calls is None:  # say why no call came: the simulator asked for a value, or found no tool
        asked = any("I need a value for" in text for text in output)
        return False, "ast_decoder:decoder_failed" + (" (asked for a value)" if asked else " (no tool)")
    result = bfcl.ast_checker(
        entry["function"], calls, answer["ground_truth"], bfcl.python, category, MODEL_NAME
    )
    if result["valid"]:
        return True, ""
    kind = result.get("error_type", "unknown")
    if kind.endswith("wrong_count"):  # say which way: calls missing, or calls too many
        kind += " (fewer)" if len(calls) < len(answer["ground_truth"]) else " (more)"
    if kind.endswith("cannot_find_match"):  # parallel: say which sub-check failed first
        detail = next((e for e in result["error"] if isinstance(e, dict)), None)
        if detail:
            kind += " / " + next(iter(detail.values()))["sub_error_type"]
    return False, kind


def shapes_of(entry: dict, answer: dict, output: list) -> list[str]:
    """The shapes of a failed case's wrong values (`bfcl_shapes`), or of the value it asked for."""
    question = " ".join(m["content"] for m in entry["question"][0] if m["role"] == "user")
    if output and isinstance(output[0], dict):
        return call_shapes(question, output, answer["ground_truth"])
    asked = re.search(r"I need a value for `([^`]+)`", " ".join(output))
    return [asked_shape(question, asked.group(1), answer["ground_truth"])] if asked else ["no call"]


def tools_offered(entry: dict, described: bool = False) -> str:
    """The tools a case offers, one line each with its parameters (`name: type`, `*` when required) and
    then its description cut short: what a reader of a failing case needs to see why a tool or a parameter
    was chosen, without opening the data. `described` adds a line per parameter with its description and
    default, which is where most wrong values come from."""
    lines = []
    for function in entry["function"]:
        parameters = function.get("parameters", {})
        required = set(parameters.get("required", []))
        fields = ", ".join(
            f"{name}{'*' if name in required else ''}: {spec.get('type', '?')}"
            + (f" {spec['enum']}" if "enum" in spec else "")
            for name, spec in parameters.get("properties", {}).items()
        )
        lines.append(f"  tool {function['name']}({fields}) — {function.get('description', '')[:160]}")
        if described:
            for name, spec in parameters.get("properties", {}).items():
                default = f" [default {spec['default']!r}]" if "default" in spec else ""
                lines.append(f"      {name}: {spec.get('description', '')[:200]}{default}")
    return "\n".join(lines)


def number(case_id: str) -> int:
    """The number that decides a case's half: `simple_python_12` → 12. A live case `live_simple_12-5-0` →
    5, its tool set: live cases share tool sets, and splitting by set keeps every tool seen while tuning
    out of the other half."""
    tail = case_id.rsplit("_", 1)[1]
    return int(tail.split("-")[1]) if "-" in tail else int(tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--categories", nargs="+", default=CATEGORIES, choices=CATEGORIES + LIVE)
    parser.add_argument(
        "--live", action="store_true", help="run the live categories instead (not in the targets)"
    )
    parser.add_argument("--half", choices=["odd", "even", "both"], default="both")
    parser.add_argument("--errors", type=int, default=5, help="error types to list per category and half")
    parser.add_argument("--show", choices=["odd", "even"], help="print every failing case of this half")
    parser.add_argument("--ids", nargs="*", default=None, help="only these case ids")
    parser.add_argument(
        "--tools", action="store_true", help="with --show: print the tools each failing case offers"
    )
    parser.add_argument(
        "--params", action="store_true", help="with --tools: also each parameter's description and default"
    )
    parser.add_argument(
        "--shapes",
        action="store_true",
        help="count the shapes of wrong values per half (bench/bfcl_shapes.py)",
    )
    parser.add_argument("--save", type=Path, help="write each case's pass/fail to this JSON file")
    parser.add_argument("--compare", type=Path, help="list the cases whose outcome differs from a saved run")
    args = parser.parse_args()
    if args.live:
        args.categories = LIVE
    outcomes: dict[str, bool] = {}

    bfcl = load_bfcl(ensure_wheel())
    halves = ["even", "odd"] if args.half == "both" else [args.half]
    with LocalBedrock() as server:
        client = boto3.client(
            "bedrock-runtime",
            endpoint_url=server.url,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            config=Config(retries={"max_attempts": 1}),
        )
        rows = []
        shape_rows = []
        for category in args.categories:
            questions = bfcl.load_questions(category)
            answers = (
                {} if category.endswith("irrelevance") else {a["id"]: a for a in bfcl.load_answers(category)}
            )
            results: dict[str, list[tuple[bool, str]]] = {"even": [], "odd": []}
            shaped: dict[str, Counter] = {"even": Counter(), "odd": Counter()}
            started = time.perf_counter()
            for entry in questions:
                half = "even" if number(entry["id"]) % 2 == 0 else "odd"
                if half not in halves or (args.ids and entry["id"] not in args.ids):
                    continue
                output = first_turn(client, entry, bfcl.types)
                passed, kind = score(bfcl, category, entry, answers.get(entry["id"]), output)
                results[half].append((passed, kind))
                outcomes[entry["id"]] = passed
                if args.shapes and not passed and entry["id"] in answers:
                    shaped[half].update(shapes_of(entry, answers[entry["id"]], output))
                if not passed and (args.show == half or args.ids):
                    question = entry["question"][0][-1]["content"]
                    print(f"\n✗ {entry['id']} [{kind}]\n  Q: {question}\n  got: {output}")
                    if entry["id"] in answers:
                        print(f"  want: {answers[entry['id']]['ground_truth']}")
                    if args.tools:
                        print(tools_offered(entry, described=args.params))
                    if args.shapes and entry["id"] in answers:
                        print(f"  shapes: {shapes_of(entry, answers[entry['id']], output)}")
            elapsed = time.perf_counter() - started
            rows.append((category, results, elapsed))
            shape_rows.append((category, shaped))

    print(
        f"\nBFCL v4 ({WHEEL_VERSION}), first turn, {'live' if args.live else 'non-live'} AST categories, "
        "via Converse on the local endpoint"
    )
    print_halves("category", rows, halves, args.errors)
    for category, shaped in shape_rows if args.shapes else []:
        for h in halves:
            if shaped[h]:
                top = ", ".join(f"{shape} ×{n}" for shape, n in shaped[h].most_common())
                print(f"  shapes {category} ({h}): {top}")
    compare_and_save(outcomes, args.compare, args.save)


if __name__ == "__main__":
    main()
