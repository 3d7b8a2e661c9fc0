"""Memory store operation latencies on the local platform, both backends, against bare peers in the same run.

    AGENTKIT_MODE=local .venv/bin/python bench/memory_store_ops.py [--reps 200]

Why: every agent turn reads and writes the store (the session, its newest page, the agent's record, a
task's status), so its per-operation cost is part of every turn; this shows what each `MemoryStore`
call costs over the raw request it is built on, and what `CachedStore` saves on the reads a deployed
agent repeats.

Operations, --reps timed calls each after a few warm-up calls, p50/p95 in ms and ops/s (1 / mean), for
`SQLiteStore` (a file in a temp dir) and `DynamoDBStore` (the local AWS, moto, over HTTP on 127.0.0.1):
- create_session, save_message, get_conversation_history(limit=20), put_session_state,
  get_session_state, create_agent, get_agent (uncached), get_agent through `CachedStore` (a hit),
  update_task (a running task moved on a step: read, then a conditional write)
Peers, same run: a bare boto3 `get_item` on the same moto server (a low-level client, a one-item table
of its own) and, for SQLite, a bare primary-key SELECT on a second connection to the same file. The
"× peer" column is each operation's p50 over its backend's peer.

What a store call does on top of its request: validation (Pydantic), the existence check of the
session (`get_session`: one more read) before a message, state or history call, JSON (de)serialisation,
and for DynamoDB the resource layer's type conversion. On moto, `save_message` (one `TransactWriteItems`)
also grows with the table, which moto deep-copies per transaction: its figure is for a table of a few
hundred items, as here. On DynamoDB itself every figure would add the network round trip (~2-10 ms in
region) instead.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

from latency import sample

USER = "bench-user"
WARMUP = 10
CONFIGURATION = {"model_id": "us.anthropic.claude-haiku-4-5-20251001-v1:0", "system_prompt": "Plan trips."}


def measure(call: Callable[[int], object], reps: int) -> dict[str, float]:
    """`call(i)` with a fresh i each time (new ids, new seqs): warm-up calls, then `reps` timed ones."""
    numbers = count()
    return sample(lambda: call(next(numbers)), reps, warmup=WARMUP)


def operations(store: Any, run: str) -> dict[str, Callable[[int], object]]:
    """The timed operations on `store`; `run` keeps the ids of the two backends apart."""
    from agentkit.memory import CachedStore

    store.create_session(USER, session_id=f"{run}-ops")
    session = f"{run}-ops"
    store.save_message(session, "user", "Seed message so the first page is not empty.")
    agent = store.create_agent(USER, "planner", CONFIGURATION, agent_id=f"{run}-agent")
    task = store.create_task(agent.agent_id, "Plan a week in Osaka for four people.")
    cached = CachedStore(store)
    cached.get_agent(agent.agent_id)  # primed: the timed reads are hits

    def save(i: int) -> object:
        role = "user" if i % 2 == 0 else "assistant"
        return store.save_message(session, role, f"Turn {i}: from Lisbon to Osaka on day {i % 28 + 1}, budget {400 + i} EUR.")  # fmt: skip

    return {
        "create_session": lambda i: store.create_session(USER, session_id=f"{run}-session-{i}"),
        "save_message": save,
        "get_conversation_history(limit=20)": lambda i: store.get_conversation_history(session, limit=20),
        "put_session_state": lambda i: store.put_session_state(session, "plan", {"step": i, "city": "Osaka"}),
        "get_session_state": lambda i: store.get_session_state(session, "plan"),
        "create_agent": lambda i: store.create_agent(USER, f"agent {i}", CONFIGURATION, agent_id=f"{run}-a-{i}"),
        "get_agent (uncached)": lambda i: store.get_agent(agent.agent_id),
        "get_agent (CachedStore hit)": lambda i: cached.get_agent(agent.agent_id),
        "update_task": lambda i: store.update_task(agent.agent_id, task.task_id, status="running", current_step=i),
    }  # fmt: skip


def bench(store: Any, run: str, peer: Callable[[int], object], reps: int) -> dict[str, dict[str, float]]:
    results = {}
    for name, call in operations(store, run).items():
        print(f"  {run}: {name} ...", flush=True)
        results[name] = measure(call, reps)
    print(f"  {run}: peer ...", flush=True)
    results["peer"] = measure(peer, reps)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=200, help="timed calls per operation (default 200)")
    args = parser.parse_args()
    began = time.perf_counter()

    import boto3

    import agentkit
    from agentkit.memory import DynamoDBStore, SQLiteStore

    agentkit.connect(quiet=True)
    results: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="agentkit-bench-ops-") as directory:
        path = Path(directory) / "ops.db"
        sqlite_store = SQLiteStore(path)
        bare = sqlite3.connect(path)
        sql = "SELECT record FROM agents WHERE agent_id = ?"
        print(f"SQLiteStore ({path.name} in a temp dir), {args.reps} reps per operation:", flush=True)
        results["sqlite"] = bench(
            sqlite_store, "sqlite", lambda i: bare.execute(sql, ("sqlite-agent",)).fetchall(), args.reps
        )
        bare.close()
        sqlite_store.close()

    dynamodb_store = DynamoDBStore("bench-ops")
    dynamodb_store.create_table()
    raw = boto3.client("dynamodb")
    raw.create_table(
        TableName="bench-peer",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    raw.put_item(TableName="bench-peer", Item={"pk": {"S": "k"}, "v": {"S": "x" * 300}})
    print(f"DynamoDBStore (moto at {raw.meta.endpoint_url}), {args.reps} reps per operation:", flush=True)
    results["dynamodb"] = bench(
        dynamodb_store,
        "dynamodb",
        lambda i: raw.get_item(TableName="bench-peer", Key={"pk": {"S": "k"}}),
        args.reps,
    )
    items = raw.scan(TableName="bench-ops", Select="COUNT")["Count"]

    report(results, args.reps, items)
    print(f"\ntotal {time.perf_counter() - began:.1f} s")


def report(results: dict[str, dict[str, dict[str, float]]], reps: int, items: int) -> None:
    sqlite, dynamodb = results["sqlite"], results["dynamodb"]
    peers = {
        "sqlite": "peer: bare SELECT by primary key",
        "dynamodb": "peer: bare boto3 get_item (moto)",
    }
    print()
    print(f"{reps} timed calls per operation after {WARMUP} warm-up calls; ms; ops/s = 1 / mean")
    header = (
        f"{'operation':36} {'SQLite p50':>10} {'p95':>7} {'ops/s':>7} {'× peer':>7}   "
        f"{'DynamoDB p50':>12} {'p95':>7} {'ops/s':>7} {'× get_item':>10}"
    )
    print(header)
    print("-" * len(header))
    for name in sqlite:
        s, d = sqlite[name], dynamodb[name]
        label = "peer (see below)" if name == "peer" else name
        print(
            f"{label:36} {s['p50']:10.4f} {s['p95']:7.4f} {s['ops']:7.0f} {s['p50'] / sqlite['peer']['p50']:7.1f}   "
            f"{d['p50']:12.3f} {d['p95']:7.3f} {d['ops']:7.0f} {d['p50'] / dynamodb['peer']['p50']:10.3f}"
        )
    print(f"peer rows: SQLite — {peers['sqlite']}; DynamoDB — {peers['dynamodb']}")
    for backend, figures in results.items():
        uncached = figures["get_agent (uncached)"]["p50"]
        hit = figures["get_agent (CachedStore hit)"]["p50"]
        print(
            f"CachedStore hit speed-up over the uncached get_agent, {backend}: {uncached / hit:,.0f}× (p50)"
        )
    print(f"the DynamoDB table held {items:,} items at the end")


if __name__ == "__main__":
    main()
