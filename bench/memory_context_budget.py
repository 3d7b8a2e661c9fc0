"""Input tokens per turn over a long conversation, with and without a token budget, in the same run.

    AGENTKIT_MODE=local .venv/bin/python bench/memory_context_budget.py [--turns 200] [--budget 1500]

Why: an agent that sends its whole history pays for every earlier turn again on every new one, so the
input tokens per call grow linearly with the conversation (and the cost of a conversation
quadratically). `agentkit.memory.budget.BudgetedSummarizer` summarizes the oldest turns whenever the
next request would exceed `max_input_tokens`, so the tokens per call stay flat. The issue's goal:
input tokens per call at turn 200 ≤ 1.5 × those at turn 20 with the budget.

Two Strands agents on the local platform (`agentkit.connect()`), the same model (`models.build_model()`),
no tools, fed the same deterministic sequence of user turns (a trip-planning conversation generated from
templates with a fixed seed: names, cities, dates, amounts), interleaved turn by turn:
- budget — `conversation_manager=BudgetedSummarizer(max_input_tokens=--budget)`
- naive  — Strands' `NullConversationManager`: the full history on every call (the peer)
The local Bedrock endpoint is answered by the kit's simulated model (deterministic, not an LLM): token
counts are the simulator's, so the figures show the shape (flat vs linear), not a real model's counts.

Input tokens are read from `models.meter`, which records every model call: per turn the last record is
the turn's call, the ones before it (budget agent only) are the summaries the budget asked for. Input
tokens here = input + cache-read + cache-write tokens (prompt caching is off by default, so input only).
Wall time is the client, the framework, the budget's CountTokens requests and the local server.

With `--persist` (default on) both agents also keep their sessions in one `SQLiteStore` through
`agentkit.memory.strands_session.session_manager`: the store keeps the whole conversation (2 messages per
turn) while the budget agent sends only its summary and recent turns.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MILESTONES = (1, 10, 20, 50, 100, 200)
SEED = 20261201

NAMES = ["Ana", "Bruno", "Chiara", "Dmitri", "Emeka", "Fatima", "Goran", "Hiro", "Ines", "Jonas"]
CITIES = ["Lisbon", "Osaka", "Nairobi", "Quito", "Tallinn", "Hanoi", "Seville", "Bergen", "Cusco", "Tbilisi"]
MONTHS = ["March", "April", "May", "June", "September", "October"]
TEMPLATES = [
    "{name} and I want to fly from {a} to {b} on {month} {day} with {n} travellers; what fits a budget of {eur} EUR?",
    "Please book a hotel in {b} for {n} nights from {month} {day}, at most {eur} EUR in total, close to the old town.",
    "How long is the train from {a} to {b}, and is it cheaper than the {hour}:00 flight for {n} people?",
    "{name} is vegetarian: list {n} restaurants near our hotel in {b} under {small} EUR a head.",
    "Change the return flight to {month} {day} and tell me the fare difference for {n} seats from {b} to {a}.",
    "What is the weather in {b} in {month}, and should {name} pack a raincoat for {n} days of hiking?",
    "Add a day trip from {b} to {c} on day {day} for {n} people with a guide; our cap is {small} EUR each.",
    "Summarise the costs so far: flights {eur} EUR, hotel {small} EUR a night for {n} nights, and the {c} trip.",
    "Is a visa needed for {name} to enter the country of {b}, passport number ending {code}, staying {n} days?",
    "Rent a car in {c} on {month} {day} at {hour}:00 for {n} days; {name} will drive, insurance included.",
]


def user_turns(count: int, seed: int = SEED) -> list[str]:
    """`count` varied user messages, the same for a given seed (deterministic)."""
    rng = random.Random(seed)
    turns = []
    for number in range(1, count + 1):
        a, b, c = rng.sample(CITIES, 3)
        text = rng.choice(TEMPLATES).format(
            name=rng.choice(NAMES),
            a=a,
            b=b,
            c=c,
            month=rng.choice(MONTHS),
            day=rng.randint(1, 28),
            n=rng.randint(1, 9),
            eur=rng.randrange(400, 9000, 25),
            small=rng.randrange(15, 300, 5),
            hour=rng.randint(6, 22),
            code=rng.randint(1000, 9999),
        )
        turns.append(f"(turn {number}) {text}")
    return turns


@dataclass
class Series:
    name: str
    agent: Any
    input_tokens: list[int] = field(default_factory=list)  # the turn's own model call, per turn
    summary_calls: list[int] = field(default_factory=list)  # summary model calls made before it
    summary_tokens: list[int] = field(default_factory=list)  # their input tokens
    seconds: list[float] = field(default_factory=list)  # wall time of the turn


def sent(record: Any) -> int:
    usage = record.usage
    return usage.input_tokens + usage.cache_read_tokens + usage.cache_write_tokens


def run_turn(series: Series, text: str, meter: Any) -> None:
    before = len(meter.records)
    started = time.perf_counter()
    series.agent(text)
    series.seconds.append(time.perf_counter() - started)
    calls = meter.records[before:]
    if not calls:
        raise SystemExit(f"{series.name}: no model call was recorded in models.meter for {text!r}")
    *summaries, turn = calls
    series.input_tokens.append(sent(turn))
    series.summary_calls.append(len(summaries))
    series.summary_tokens.append(sum(sent(r) for r in summaries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200, help="user turns per agent (default 200)")
    parser.add_argument(
        "--budget", type=int, default=1500, help="BudgetedSummarizer max_input_tokens (default 1500)"
    )
    parser.add_argument(
        "--persist",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep both sessions in a SQLiteStore through session_manager (default on)",
    )
    args = parser.parse_args()
    began = time.perf_counter()

    from strands import Agent
    from strands.agent.conversation_manager import NullConversationManager

    import agentkit
    from agentkit import models
    from agentkit.memory import SQLiteStore
    from agentkit.memory.budget import BudgetedSummarizer
    from agentkit.memory.strands_session import session_manager

    agentkit.connect(quiet=True)
    storage = tempfile.TemporaryDirectory(prefix="agentkit-bench-memory-")
    store = SQLiteStore(Path(storage.name) / "memory.db") if args.persist else None

    def build(name: str, manager: Any) -> Series:
        extra = {"session_manager": session_manager(store, f"bench-{name}", user_id="bench")} if store else {}
        agent = Agent(
            model=models.build_model(), conversation_manager=manager, callback_handler=None, **extra
        )
        return Series(name, agent)

    budget = BudgetedSummarizer(max_input_tokens=args.budget)
    runs = [build("budget", budget), build("naive", NullConversationManager())]
    turns = user_turns(args.turns)
    print(
        f"{args.turns} turns, budget max_input_tokens={args.budget}, persist={'SQLiteStore' if store else 'off'}; "
        "model: the local simulated model (deterministic, not an LLM)",
        flush=True,
    )
    for number, text in enumerate(turns, 1):
        for series in runs:  # interleaved, so that drift is shared
            run_turn(series, text, models.meter)
        if number % 50 == 0 or number == args.turns:
            latest = ", ".join(f"{s.name} {s.input_tokens[-1]} tokens" for s in runs)
            print(f"turn {number}/{args.turns}: {latest}", flush=True)

    report(runs, budget, args)
    if store is not None:
        print()
        for series in runs:
            stored = store.get_session(f"bench-{series.name}").message_count
            held = len(series.agent.messages)
            verdict = "complete" if stored == 2 * args.turns else "INCOMPLETE"
            print(
                f"stored history, {series.name}: {stored} messages in the SQLiteStore for {args.turns} turns "
                f"(2×turns = {2 * args.turns}: {verdict}); agent.messages sent on the next call: {held}"
            )
        store.close()
    storage.cleanup()
    print(f"\ntotal {time.perf_counter() - began:.1f} s")


def report(runs: list[Series], budget: Any, args: argparse.Namespace) -> None:
    with_budget, naive = runs
    marks = [t for t in MILESTONES if t <= args.turns]
    print()
    print(f"{'turn':>5} {'with budget':>12} {'naive':>8} {'budget/naive':>13} {'summaries so far':>17}")
    for t in marks:
        a, b = with_budget.input_tokens[t - 1], naive.input_tokens[t - 1]
        print(f"{t:5d} {a:12d} {b:8d} {a / b:13.2f} {sum(with_budget.summary_calls[:t]):17d}")
    print("(input tokens of the turn's own model call)")

    last = args.turns
    if last >= 20:
        print()
        for series in runs:
            tokens = series.input_tokens
            point = tokens[last - 1] / tokens[19]
            window = max(tokens[max(20, last - 10) : last]) / max(tokens[10:20])
            print(
                f"{series.name:7}: turn {last}/turn 20 = {tokens[last - 1]}/{tokens[19]} = {point:.2f}×; "
                f"max of the last 10 turns / max of turns 11-20 = {window:.2f}×"
            )
        point = with_budget.input_tokens[last - 1] / with_budget.input_tokens[19]
        print(f"goal ≤ 1.5× with the budget (turn {last} vs turn 20): {'met' if point <= 1.5 else 'missed'}")

    print()
    print(f"{'agent':7} {'wall s':>7} {'ms/turn p50':>12} {'last 10 ms':>11} {'model calls':>12} "
          f"{'summaries':>10} {'input tokens total':>19} {'max/turn':>9} {'over budget':>12}")  # fmt: skip
    for series in runs:
        calls = len(series.input_tokens) + sum(series.summary_calls)
        total = sum(series.input_tokens) + sum(series.summary_tokens)
        over = sum(t > args.budget for t in series.input_tokens)
        print(
            f"{series.name:7} {sum(series.seconds):7.1f} {statistics.median(series.seconds) * 1000:12.1f} "
            f"{statistics.fmean(series.seconds[-10:]) * 1000:11.1f} {calls:12d} {sum(series.summary_calls):10d} "
            f"{total:19,d} {max(series.input_tokens):9d} {over:12d}"
        )
    print(
        f"(summaries: BudgetedSummarizer.summaries = {budget.summaries}; 'input tokens total' includes the "
        "summary calls; 'over budget': turns whose call exceeded --budget)"
    )
    ratio = (sum(naive.input_tokens) + sum(naive.summary_tokens)) / (
        sum(with_budget.input_tokens) + sum(with_budget.summary_tokens)
    )
    print(f"naive / budget, input tokens of the whole conversation: {ratio:.2f}×")


if __name__ == "__main__":
    main()
