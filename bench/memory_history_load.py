"""History load time vs the session's length: the newest page of 100 vs 10,000 stored messages, per backend.

    AGENTKIT_MODE=local .venv/bin/python bench/memory_history_load.py [--reps 200] [--dynamodb-big 1000]

Why: an agent resuming a conversation reads only its newest page (`get_conversation_history(limit=20)`),
and that read must cost the same whether the session holds 100 messages or 10,000 — one indexed read of
one page (a DynamoDB `Query` with `Limit`, an SQLite range on the primary key), never a scan of the
session. The issue's goal: load time independent of the total length (10,000 / 100 ≈ 1×).

For each backend, one session of --small messages and one of --big are filled through `save_message`
(sequentially: see below), then `get_conversation_history(session_id, limit=20)` is timed --reps times on
each (after warm-up), p50/p95 in ms. Peers, measured in the same run on the same data:
- SQLite: a bare `SELECT 1`, and the same page as one bare SQL statement on a second connection
- DynamoDB: a bare boto3 `GetItem`, and the same page as one bare boto3 `Query` (Limit 21, newest first)
For DynamoDB each history read is also audited through botocore events: the requests it makes, and the
items DynamoDB reads for it (`ScannedCount` of the Query): that, not the local server's time, is what
DynamoDB's latency and bill depend on.

On the local AWS (moto) two of moto's own costs grow with the *table*, not the session, and the figures
must be read with them in mind (moto 5.2, `moto/dynamodb/models`):
- every `Query` lists and sorts every item of the table (`Table.query` → `all_items()`), so a page costs
  O(table size) locally — the small session is therefore timed twice, before and after the big one is
  seeded into the same table; the bare `Query` peer pays the same;
- every `TransactWriteItems` (one per `save_message`) deep-copies the whole table first, for rollback, so
  seeding N messages costs O(N²): ~40 s for 1,000 messages here, ~35 min (estimated) for 10,000. Hence
  `--dynamodb-big` (default 1,000) and the seeding time printed. Seeding with parallel threads does not
  help and is not safe on moto: its rollback restores a table snapshot taken before another writer's
  committed transaction, so acknowledged messages are lost (see the note printed at the end).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from latency import sample

PAGE = 20
USER = "bench-user"


def message_text(number: int) -> str:
    """Deterministic content of about 200 bytes, the size of a short chat turn."""
    return (
        f"Message {number}: the group of {number % 9 + 1} travels from Lisbon to Osaka on day {number % 28 + 1}; "
        f"hotel budget {400 + (number * 37) % 5000} EUR, reference BK-{number:06d}."
    )


def seed(store: Any, session_id: str, count: int, label: str) -> list[tuple[int, float]]:
    """`count` alternating user/assistant messages through `save_message`, one after the other.

    Returns checkpoints (messages saved, seconds since the start) at each quarter; the last is the total.
    """
    store.create_session(USER, session_id=session_id)
    started = time.perf_counter()
    step = max(1, count // 4)
    checkpoints = []
    for number in range(count):
        store.save_message(session_id, "user" if number % 2 == 0 else "assistant", message_text(number))
        if (number + 1) % step == 0 or number + 1 == count:
            checkpoints.append((number + 1, time.perf_counter() - started))
            if count >= 1000:
                print(f"  {label}: {number + 1}/{count} after {checkpoints[-1][1]:.1f} s", flush=True)
    return checkpoints


def seeding_estimate(
    checkpoints: list[tuple[int, float]], base: int, target: int
) -> tuple[float, float, float]:
    """Seconds to seed `target` messages, with the per-save cost fitted as a + b × items in the table.

    a and b come from the first and the last quarter of the seeding (`base` items were there before).
    """
    (n1, t1), (n3, t3), (n4, t4) = checkpoints[0], checkpoints[-2], checkpoints[-1]
    rate_first, rate_last = t1 / n1, (t4 - t3) / (n4 - n3)
    middle_first, middle_last = base + n1 / 2, base + (n3 + n4) / 2
    b = max(0.0, (rate_last - rate_first) / (middle_last - middle_first))
    a = rate_first - b * middle_first
    return a * target + b * (base * target + target**2 / 2), a, b


def timings(call: Callable[[], object], reps: int) -> dict[str, float]:
    return sample(call, reps, warmup=min(20, reps))


class Audit:
    """Counts a client's DynamoDB requests and the items its Queries read (botocore `after-call` events)."""

    def __init__(self, client: Any) -> None:
        self.requests: list[str] = []
        self.scanned = 0
        self.returned = 0
        client.meta.events.register("after-call.dynamodb", self._after_call)

    def _after_call(self, parsed: dict[str, Any], model: Any, **_: Any) -> None:
        self.requests.append(model.name)
        if model.name == "Query":
            self.scanned += parsed.get("ScannedCount", 0)
            self.returned += parsed.get("Count", 0)

    def of(self, call: Callable[[], object]) -> str:
        self.requests, self.scanned, self.returned = [], 0, 0
        call()
        return f"{' + '.join(self.requests)}; Query read {self.scanned}, returned {self.returned}"


def check_page(store: Any, session_id: str, total: int) -> None:
    page = store.get_conversation_history(session_id, limit=PAGE)
    seqs = [m.seq for m in page.items]
    if seqs != list(range(total - 1, total - 1 - PAGE, -1)):
        raise SystemExit(f"{session_id}: the newest page is not seqs {total - 1}..{total - PAGE}: {seqs}")


def print_rows(title: str, rows: list[tuple[str, dict[str, float], str]]) -> None:
    print(f"\n{title}")
    print(f"{'read':58} {'p50 ms':>8} {'p95 ms':>8}  requests per read")
    for name, t, note in rows:
        print(f"{name:58} {t['p50']:8.3f} {t['p95']:8.3f}  {note}")


def bench_sqlite(args: argparse.Namespace, directory: Path) -> None:
    from agentkit.memory import SQLiteStore

    path = directory / "history.db"
    store = SQLiteStore(path)
    print(f"SQLite ({path.name} in a temp dir): seeding {args.small} and {args.big} messages ...", flush=True)
    small_s = seed(store, "small", args.small, "sqlite small")[-1][1]
    big_s = seed(store, "big", args.big, "sqlite big")[-1][1]
    print(f"  seeded {args.small} in {small_s:.2f} s, {args.big} in {big_s:.1f} s", flush=True)
    check_page(store, "small", args.small)
    check_page(store, "big", args.big)
    bare = sqlite3.connect(path)
    page_sql = "SELECT * FROM messages WHERE session_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?"
    results = {
        "small": timings(lambda: store.get_conversation_history("small", limit=PAGE), args.reps),
        "big": timings(lambda: store.get_conversation_history("big", limit=PAGE), args.reps),
        "peer_select": timings(lambda: bare.execute("SELECT 1").fetchall(), args.reps),
        "peer_small": timings(
            lambda: bare.execute(page_sql, ("small", 2**62, PAGE + 1)).fetchall(), args.reps
        ),
        "peer_big": timings(lambda: bare.execute(page_sql, ("big", 2**62, PAGE + 1)).fetchall(), args.reps),
    }
    store_note = "2 statements: the session row, one page by primary key"
    print_rows(
        f"SQLiteStore, {args.reps} reps each, newest page of {PAGE}",
        [
            (f"get_conversation_history, session of {args.small:,}", results["small"], store_note),
            (f"get_conversation_history, session of {args.big:,}", results["big"], store_note),
            ("peer: bare SELECT 1", results["peer_select"], "1 statement"),
            (f"peer: bare page SELECT, session of {args.small:,}", results["peer_small"], "1 statement"),
            (f"peer: bare page SELECT, session of {args.big:,}", results["peer_big"], "1 statement"),
        ],
    )
    ratio = results["big"]["p50"] / results["small"]["p50"]
    print(
        f"ratio {args.big:,}/{args.small:,} (p50): {ratio:.2f}×  (goal ≈1×); "
        f"store read / bare page SELECT: {results['big']['p50'] / results['peer_big']['p50']:.1f}×; "
        f"store read / bare SELECT 1: {results['big']['p50'] / results['peer_select']['p50']:.0f}×"
    )
    bare.close()
    store.close()


def bench_dynamodb(args: argparse.Namespace) -> None:
    from boto3.dynamodb.conditions import Key

    from agentkit.memory import DynamoDBStore, tables

    store = DynamoDBStore("bench-history")
    store.create_table()
    audit = Audit(store.client)

    def history(session_id: str) -> Callable[[], object]:
        return lambda: store.get_conversation_history(session_id, limit=PAGE)

    def bare_get() -> dict[str, Any]:
        return store.table.get_item(Key=tables.session_key("small"))

    def bare_query(session_id: str) -> Callable[[], object]:
        condition = Key("PK").eq(tables.session_partition(session_id)) & Key("SK").begins_with("MSG#")
        return lambda: store.table.query(
            KeyConditionExpression=condition, Limit=PAGE + 1, ScanIndexForward=False, ConsistentRead=True
        )

    print(
        f"\nDynamoDB (moto at {store.client.meta.endpoint_url}): seeding {args.small} messages ...",
        flush=True,
    )
    small_s = seed(store, "small", args.small, "dynamodb small")[-1][1]
    check_page(store, "small", args.small)
    if "Item" not in bare_get():  # the peer times a read of the session record, not a miss
        raise SystemExit("the peer GetItem found no session record under tables.session_key('small')")
    before = {
        "small": timings(history("small"), args.reps),
        "peer_get": timings(bare_get, args.reps),
        "peer_query": timings(bare_query("small"), args.reps),
    }
    small_audit = audit.of(history("small"))
    print(
        f"  seeded {args.small} in {small_s:.2f} s; seeding {args.dynamodb_big:,} sequentially ...",
        flush=True,
    )
    checkpoints = seed(store, "big", args.dynamodb_big, "dynamodb big")
    big_s = checkpoints[-1][1]
    print(f"  seeded {args.dynamodb_big:,} in {big_s:.1f} s", flush=True)
    check_page(store, "big", args.dynamodb_big)
    items = args.small + args.dynamodb_big + 2
    after = {
        "big": timings(history("big"), args.reps),
        "small": timings(history("small"), args.reps),
        "peer_get": timings(bare_get, args.reps),
        "peer_query_big": timings(bare_query("big"), args.reps),
    }
    big_audit = audit.of(history("big"))
    n, N = f"{args.small:,}", f"{args.dynamodb_big:,}"
    print_rows(
        f"DynamoDBStore on moto, {args.reps} reps each, newest page of {PAGE}",
        [
            (f"table of {args.small + 1:,} items: history, session of {n}", before["small"], small_audit),
            (f"table of {args.small + 1:,} items: peer bare GetItem", before["peer_get"], "GetItem"),
            (
                f"table of {args.small + 1:,} items: peer bare Query, session {n}",
                before["peer_query"],
                "Query",
            ),
            (f"table of {items:,} items: history, session of {N}", after["big"], big_audit),
            (f"table of {items:,} items: history, session of {n}", after["small"], small_audit),
            (f"table of {items:,} items: peer bare GetItem", after["peer_get"], "GetItem"),
            (f"table of {items:,} items: peer bare Query, session {N}", after["peer_query_big"], "Query"),
        ],
    )
    same_table = after["big"]["p50"] / after["small"]["p50"]
    growth = after["small"]["p50"] / before["small"]["p50"]
    peer_growth = after["peer_query_big"]["p50"] / before["peer_query"]["p50"]
    print(f"ratio session {N}/{n}, same table (p50): {same_table:.2f}×  (goal ≈1×)")
    print(
        f"the same {n}-message session before/after the table grew: {growth:.2f}×; bare Query peer: "
        f"{peer_growth:.2f}× — moto lists and sorts the whole table per Query; DynamoDB reads only the page"
    )
    print(
        f"store history read / bare Query, big table (p50): {after['big']['p50'] / after['peer_query_big']['p50']:.2f}×"
    )
    print(
        f"store history read / bare GetItem, big table (p50): {after['big']['p50'] / after['peer_get']['p50']:.1f}×"
    )
    if args.dynamodb_big < args.big:
        estimate, a, b = seeding_estimate(checkpoints, args.small + 1, args.big)
        print(
            f"not seeded to {args.big:,} on moto: {args.dynamodb_big:,} took {big_s:.0f} s; a save_message costs "
            f"~{a * 1000:.0f} ms + {b * 1e6:.0f} µs × items in the table (moto deep-copies the table per "
            f"TransactWriteItems), so {args.big:,} would take ~{estimate / 60:.0f} min"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=200, help="timed reads per row (default 200)")
    parser.add_argument("--small", type=int, default=100, help="messages in the small session (default 100)")
    parser.add_argument(
        "--big", type=int, default=10_000, help="messages in the big session (default 10,000)"
    )
    parser.add_argument(
        "--dynamodb-big",
        type=int,
        default=1000,
        help="messages in the big session on moto (default 1,000: seeding is O(N²) on moto, see above)",
    )
    parser.add_argument("--skip-dynamodb", action="store_true", help="SQLite only")
    args = parser.parse_args()
    if min(args.small, args.big, args.dynamodb_big) < PAGE:
        parser.error(f"sessions must hold at least a page ({PAGE}) of messages")
    began = time.perf_counter()

    import agentkit

    agentkit.connect(quiet=True)
    with tempfile.TemporaryDirectory(prefix="agentkit-bench-history-") as directory:
        bench_sqlite(args, Path(directory))
    if not args.skip_dynamodb:
        bench_dynamodb(args)
        print(
            "\nnote: the local AWS serves DynamoDB requests one at a time (moto's TransactWriteItems is not safe "
            "under concurrent writers; see agentkit.local.aws.patch_moto), so parallel seeding would not be faster."
        )
    print(f"\ntotal {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
