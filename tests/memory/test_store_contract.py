"""The `MemoryStore` contract: every test runs on both backends (SQLite and DynamoDB on local AWS)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from memory_support import FakeClock, StoreFactory
from pydantic import ValidationError
from tenacity import stop_after_attempt, wait_none

from agentkit.memory import Conflict, InvalidCursor, MemoryStore, NotFound, PermanentConflict
from agentkit.memory.store import CONNECTION_TTL, retry_lost_race

# --------------------------------------------------------------------------- sessions


def test_a_session_is_created_read_and_listed_per_user(store: MemoryStore) -> None:
    first = store.create_session("ana", session_id="s-1", title="Trip planning", metadata={"channel": "web"})
    second = store.create_session("ana")
    store.create_session("ben", session_id="s-ben")
    assert store.get_session("s-1") == first
    assert (
        first.message_count == 0 and first.title == "Trip planning" and first.metadata == {"channel": "web"}
    )
    assert [s.session_id for s in store.list_sessions("ana")] == [second.session_id, "s-1"]
    assert [s.session_id for s in store.list_sessions("ben")] == ["s-ben"]
    assert list(store.list_sessions("nobody")) == []


def test_session_ids_are_unique(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    with pytest.raises(Conflict, match="already exists"):
        store.create_session("ben", session_id="s-1")
    assert store.get_session("s-1").user_id == "ana"


def test_an_unknown_session_says_how_to_find_one(store: MemoryStore) -> None:
    with pytest.raises(NotFound, match="create_session"):
        store.get_session("missing")
    with pytest.raises(NotFound):
        store.save_message("missing", "user", "hello")
    with pytest.raises(NotFound):
        store.get_conversation_history("missing")


@pytest.mark.parametrize("bad", ["", "has space", "a#b", "x" * 201])
def test_ids_that_cannot_be_keys_are_refused_before_anything_is_written(store: MemoryStore, bad: str) -> None:
    with pytest.raises(ValueError, match="not a valid id"):
        store.create_session("ana", session_id=bad)
    with pytest.raises(ValueError, match="not a valid id"):
        store.create_session(bad)
    assert list(store.list_sessions("ana")) == []


def test_sessions_page_newest_first(store: MemoryStore) -> None:
    ids = [store.create_session("ana", session_id=f"s-{i}").session_id for i in range(5)]
    first = store.list_sessions("ana", limit=2)
    second = store.list_sessions("ana", limit=2, cursor=first.cursor)
    third = store.list_sessions("ana", limit=2, cursor=second.cursor)
    assert [s.session_id for page in (first, second, third) for s in page] == ids[::-1]
    assert third.cursor is None


def test_deleting_a_session_deletes_its_messages_and_state(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    store.create_session("ana", session_id="s-2")
    for i in range(3):
        store.save_message("s-1", "user", f"message {i}")
    store.save_message("s-2", "user", "kept")
    store.put_session_state("s-1", "agent", {"k": 1})
    assert store.delete_session("s-1") == 3
    with pytest.raises(NotFound):
        store.get_session("s-1")
    with pytest.raises(NotFound):
        store.delete_session("s-1")
    assert [s.session_id for s in store.list_sessions("ana")] == ["s-2"]
    store.create_session("ana", session_id="s-1")  # the id is free again, and nothing of the old one is back
    assert list(store.get_conversation_history("s-1")) == []
    assert store.get_session_state("s-1", "agent") is None
    assert [m.text for m in store.iter_messages("s-2")] == ["kept"]


# --------------------------------------------------------------------------- messages


def test_messages_append_in_order_and_move_the_session(store: MemoryStore) -> None:
    session = store.create_session("ana", session_id="s-1")
    saved = [
        store.save_message("s-1", "user", "Hi, I'm Ana."),
        store.save_message(
            "s-1", "assistant", [{"text": "Hello Ana!"}], agent_id="helper", metadata={"m": 1}
        ),
    ]
    assert [m.seq for m in saved] == [0, 1]
    assert saved[0].content == [{"text": "Hi, I'm Ana."}]
    assert saved[1].agent_id == "helper" and saved[1].metadata == {"m": 1}
    after = store.get_session("s-1")
    assert after.message_count == 2 and after.updated_at == saved[1].created_at >= session.updated_at
    assert list(store.iter_messages("s-1")) == saved


def test_history_is_newest_first_a_page_at_a_time(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    for i in range(7):
        store.save_message("s-1", "user" if i % 2 == 0 else "assistant", f"turn {i}")
    pages = [store.get_conversation_history("s-1", limit=3)]
    while pages[-1].cursor:
        pages.append(store.get_conversation_history("s-1", limit=3, cursor=pages[-1].cursor))
    assert [[m.seq for m in p] for p in pages] == [[6, 5, 4], [3, 2, 1], [0]]


def test_a_cursor_only_works_for_its_own_listing(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    store.create_session("ana", session_id="s-2")
    for _ in range(3):
        store.save_message("s-1", "user", "x")
    cursor = store.get_conversation_history("s-1", limit=1).cursor
    assert cursor is not None
    with pytest.raises(InvalidCursor, match="cursor"):
        store.get_conversation_history("s-2", cursor=cursor)
    with pytest.raises(InvalidCursor):
        store.get_conversation_history("s-1", cursor="not-a-cursor")
    with pytest.raises(ValueError, match="limit"):
        store.get_conversation_history("s-1", limit=0)


def test_tool_blocks_round_trip_exactly(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    use = {"toolUse": {"toolUseId": "t1", "name": "calculator", "input": {"expression": "2*3", "scale": 1.0}}}
    result = {"toolResult": {"toolUseId": "t1", "status": "success", "content": [{"json": {"value": 6.0}}]}}
    store.save_message("s-1", "assistant", [{"text": "Let me compute."}, use])
    store.save_message("s-1", "user", [result])
    stored = list(store.iter_messages("s-1"))
    assert stored[0].content == [{"text": "Let me compute."}, use]
    assert stored[1].content == [result]
    assert isinstance(stored[1].content[0]["toolResult"]["content"][0]["json"]["value"], float)


@pytest.mark.parametrize(
    ("role", "content", "error"),
    [
        ("system", "hi", "role"),
        ("user", "", "empty"),
        ("user", [], "at least one content block"),
        ("user", [{}], "empty"),
    ],
)
def test_bad_messages_are_refused_and_nothing_is_lost(
    store: MemoryStore, role: str, content, error: str
) -> None:
    store.create_session("ana", session_id="s-1")
    store.save_message("s-1", "user", "kept")
    with pytest.raises(ValidationError, match=error):
        store.save_message("s-1", role, content)
    assert [m.text for m in store.iter_messages("s-1")] == ["kept"]
    assert store.get_session("s-1").message_count == 1


def test_a_message_too_large_for_dynamodb_says_where_to_put_it(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    with pytest.raises(ValueError, match="S3"):
        store.save_message("s-1", "user", "x" * 400_000)
    assert store.get_session("s-1").message_count == 0


def test_a_message_is_rewritten_in_place(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    store.save_message("s-1", "user", "my card is 4111 1111 1111 1111")
    store.save_message("s-1", "assistant", "noted")
    updated = store.update_message("s-1", 0, "my card is {CARD}", metadata={"redacted": True})
    assert [m.text for m in store.iter_messages("s-1")] == ["my card is {CARD}", "noted"]
    assert updated.metadata == {"redacted": True} and updated.seq == 0
    with pytest.raises(NotFound, match="seq 9"):
        store.update_message("s-1", 9, "x")


def test_messages_of_one_agent(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    store.save_message("s-1", "user", "a", agent_id="planner")
    store.save_message("s-1", "user", "b", agent_id="writer")
    store.save_message("s-1", "assistant", "c", agent_id="planner")
    assert [m.text for m in store.iter_messages("s-1", agent_id="planner")] == ["a", "c"]


def test_iterating_reads_every_page(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    for i in range(230):
        store.save_message("s-1", "user", f"m{i}")
    assert [m.seq for m in store.iter_messages("s-1")] == list(range(230))


# --------------------------------------------------------------------------- concurrency


def test_concurrent_appends_lose_nothing_and_keep_time_order(store: MemoryStore) -> None:
    store.create_session("ana", session_id="busy")
    threads, per_thread = 8, 15
    errors: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            for i in range(per_thread):
                store.save_message("busy", "user", f"writer {writer} message {i}")
        except BaseException as error:  # collected: a thread's exception would otherwise vanish
            errors.append(error)

    workers = [threading.Thread(target=write, args=(w,)) for w in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    messages = list(store.iter_messages("busy"))
    assert [m.seq for m in messages] == list(range(threads * per_thread))
    assert sorted(m.text for m in messages) == sorted(
        f"writer {w} message {i}" for w in range(threads) for i in range(per_thread)
    )
    times = [m.created_at for m in messages]
    assert times == sorted(times)
    for w in range(threads):  # each writer's own messages stay in the order it wrote them
        mine = [m.text for m in messages if m.text.startswith(f"writer {w} ")]
        assert mine == [f"writer {w} message {i}" for i in range(per_thread)]
    assert store.get_session("busy").message_count == threads * per_thread


def test_a_writer_that_keeps_losing_gives_up_saying_what_to_do() -> None:
    attempts: list[int] = []

    def always_loses() -> None:
        attempts.append(1)
        raise Conflict("another message took seq 3 of session 's-1'")

    impatient = retry_lost_race(always_loses).retry_with(stop=stop_after_attempt(3), wait=wait_none())
    with pytest.raises(Conflict, match=r"seq 3 of session 's-1' \(3 attempts in .*one session each"):
        impatient()
    assert len(attempts) == 3


def test_a_permanent_conflict_is_not_retried() -> None:
    attempts: list[int] = []

    def finished() -> None:
        attempts.append(1)
        raise PermanentConflict("task 't-1' is already done")

    with pytest.raises(PermanentConflict, match="already done"):
        retry_lost_race(finished)()
    assert len(attempts) == 1


# --------------------------------------------------------------------------- state, TTL, restarts


def test_session_state_is_kept_and_replaced(store: MemoryStore) -> None:
    store.create_session("ana", session_id="s-1")
    assert store.get_session_state("s-1", "agent#default") is None
    store.put_session_state("s-1", "agent#default", {"state": {"city": "Lisbon"}, "n": 1.0})
    assert store.get_session_state("s-1", "agent#default") == {"state": {"city": "Lisbon"}, "n": 1.0}
    store.put_session_state("s-1", "agent#default", {"state": {}})
    assert store.get_session_state("s-1", "agent#default") == {"state": {}}


def test_messages_expire_oldest_first_and_the_session_with_its_last(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store(ttl=timedelta(hours=1), clock=clock)
    store.create_session("ana", session_id="s-1")
    store.save_message("s-1", "user", "early")
    clock.advance(timedelta(minutes=40))
    late = store.save_message("s-1", "assistant", "late")
    assert late.expires_at is not None and late.expires_at - late.created_at >= timedelta(hours=1)
    clock.advance(timedelta(minutes=30))  # "early" is 70 minutes old, "late" 30
    assert [m.text for m in store.get_conversation_history("s-1")] == ["late"]
    assert [m.text for m in store.iter_messages("s-1")] == ["late"]
    assert store.get_session("s-1").expires_at == late.expires_at
    clock.advance(timedelta(minutes=31))
    with pytest.raises(NotFound, match="expired"):
        store.get_session("s-1")
    assert list(store.list_sessions("ana")) == []


def test_a_store_without_ttl_keeps_everything(make_store: StoreFactory, clock: FakeClock) -> None:
    store = make_store(clock=clock)
    store.create_session("ana", session_id="s-1")
    store.save_message("s-1", "user", "old")
    clock.advance(timedelta(days=3650))
    assert [m.text for m in store.get_conversation_history("s-1")] == ["old"]
    with pytest.raises(ValueError, match="positive"):
        make_store(ttl=timedelta(0))


def test_everything_survives_a_restart(make_store: StoreFactory) -> None:
    store = make_store()
    store.create_session("ana", session_id="s-1")
    store.save_message("s-1", "user", "remember me")
    store.put_session_state("s-1", "agent", {"x": 1})
    agent = store.create_agent("ana", "helper")
    store.remember(agent.agent_id, "Ana lives in Lisbon.", confidence=0.9, source="s-1")
    reopened = make_store(reopen=store)
    assert reopened is not store
    assert [m.text for m in reopened.iter_messages("s-1")] == ["remember me"]
    assert reopened.get_session_state("s-1", "agent") == {"x": 1}
    assert reopened.get_agent(agent.agent_id) == agent
    assert [(f.content, f.confidence, f.source) for f in reopened.list_facts(agent.agent_id)] == [
        ("Ana lives in Lisbon.", 0.9, "s-1")
    ]


# --------------------------------------------------------------------------- facts


def test_facts_are_remembered_once_and_forgotten(store: MemoryStore) -> None:
    first = store.remember("helper", "Ana's sister lives in Porto.", confidence=0.6)
    again = store.remember("helper", "ana's  sister lives in porto.", confidence=0.9)
    other = store.remember("helper", "Ana prefers window seats.")
    assert again.fact_id == first.fact_id
    facts = store.list_facts("helper")
    assert [(f.fact_id, f.confidence) for f in facts] == [(first.fact_id, 0.9), (other.fact_id, 1.0)]
    assert store.list_facts("someone-else") == []
    assert store.forget("helper", first.fact_id).content == "ana's  sister lives in porto."
    assert [f.fact_id for f in store.list_facts("helper")] == [other.fact_id]
    with pytest.raises(NotFound, match="list_facts"):
        store.forget("helper", first.fact_id)
    with pytest.raises(ValidationError, match="confidence"):
        store.remember("helper", "too sure", confidence=1.5)


# --------------------------------------------------------------------------- agents and tasks


def test_agents_are_versioned_and_listed_per_user(store: MemoryStore) -> None:
    a = store.create_agent("ana", "planner", {"system_prompt": "Plan trips.", "tools": ["calculator"]})
    b = store.create_agent("ana", "writer", agent_id="writer-1")
    assert a.agent_id != b.agent_id and a.version == 1 and a.status == "idle"
    assert a.configuration.system_prompt == "Plan trips." and a.configuration.memory.max_input_tokens == 4000
    busy = store.update_agent(a.agent_id, status="processing")
    assert busy.version == 2 and busy.configuration == a.configuration and busy.updated_at > a.updated_at
    assert store.get_agent(a.agent_id) == busy
    assert [x.agent_id for x in store.list_agents("ana")] == ["writer-1", a.agent_id]
    with pytest.raises(Conflict, match="already exists"):
        store.create_agent("ben", "copy", agent_id="writer-1")


def test_an_update_from_a_stale_read_is_refused(store: MemoryStore) -> None:
    agent = store.create_agent("ana", "planner")
    store.update_agent(agent.agent_id, name="planner v2", expected_version=1)
    with pytest.raises(PermanentConflict, match="version 2, not 1"):
        store.update_agent(agent.agent_id, name="lost update", expected_version=1)
    assert store.get_agent(agent.agent_id).name == "planner v2"


def test_concurrent_updates_all_land(store: MemoryStore) -> None:
    agent = store.create_agent("ana", "counter")

    def bump(i: int) -> None:
        store.update_agent(agent.agent_id, configuration={"tools": [f"tool-{i}"]})

    workers = [threading.Thread(target=bump, args=(i,)) for i in range(6)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert store.get_agent(agent.agent_id).version == 7


def test_bad_configuration_is_refused(store: MemoryStore) -> None:
    with pytest.raises(ValidationError, match="temperature"):
        store.create_agent("ana", "hot", {"temperature": 3})
    with pytest.raises(ValidationError, match="provider"):
        store.create_agent("ana", "x", {"provider": "someone"})
    assert list(store.list_agents("ana")) == []


def test_tasks_move_on_until_they_finish(store: MemoryStore) -> None:
    agent = store.create_agent("ana", "planner")
    task = store.create_task(agent.agent_id, "Plan a weekend in Porto", plan={"steps": ["search", "book"]})
    assert task.status == "pending" and task.current_step == 0 and task.completed_at is None
    running = store.update_task(agent.agent_id, task.task_id, status="running", current_step=1)
    done = store.update_task(
        agent.agent_id, task.task_id, status="completed", result={"hotel": "Casa", "cost": 210.5}
    )
    assert running.status == "running" and done.completed_at == done.updated_at
    assert store.get_task(agent.agent_id, task.task_id) == done
    with pytest.raises(PermanentConflict, match="already completed"):
        store.update_task(agent.agent_id, task.task_id, status="running")
    with pytest.raises(NotFound, match="create_agent"):
        store.create_task("no-such-agent", "orphan")


def test_tasks_by_agent_and_by_status(store: MemoryStore) -> None:
    a = store.create_agent("ana", "a")
    b = store.create_agent("ana", "b")
    t1 = store.create_task(a.agent_id, "one")
    t2 = store.create_task(b.agent_id, "two")
    t3 = store.create_task(a.agent_id, "three")
    store.update_task(a.agent_id, t1.task_id, status="running")
    store.update_task(b.agent_id, t2.task_id, status="running")
    assert [t.task_id for t in store.list_tasks(a.agent_id)] == [t3.task_id, t1.task_id]
    assert [t.task_id for t in store.tasks_by_status("running")] == [t2.task_id, t1.task_id]
    assert [t.task_id for t in store.tasks_by_status("pending")] == [t3.task_id]
    page = store.tasks_by_status("running", limit=1)
    assert [t.task_id for t in store.tasks_by_status("running", cursor=page.cursor)] == [t1.task_id]
    with pytest.raises(ValidationError):
        store.tasks_by_status("sleeping")  # type: ignore[arg-type]


def test_deleting_an_agent_deletes_its_tasks_and_facts(store: MemoryStore) -> None:
    agent = store.create_agent("ana", "a")
    task = store.create_task(agent.agent_id, "one")
    store.remember(agent.agent_id, "a fact")
    store.delete_agent(agent.agent_id)
    with pytest.raises(NotFound):
        store.get_agent(agent.agent_id)
    with pytest.raises(NotFound):
        store.get_task(agent.agent_id, task.task_id)
    assert store.list_facts(agent.agent_id) == []
    assert list(store.tasks_by_status("pending")) == []


# --------------------------------------------------------------------------- connections (real-time API)


def test_a_connection_opens_for_two_hours_and_closes_once(store: MemoryStore) -> None:
    opened = store.open_connection("conn-1", "ana")
    assert store.get_connection("conn-1") == opened
    assert opened.user_id == "ana" and opened.subscriptions == ()
    assert opened.expires_at - opened.connected_at >= CONNECTION_TTL and opened.expires_at.microsecond == 0
    assert store.close_connection("conn-1") == opened
    with pytest.raises(NotFound, match="is not open.*open_connection"):
        store.get_connection("conn-1")
    assert store.close_connection("conn-1") is None  # a second $disconnect is no error


def test_an_open_connection_id_cannot_be_opened_again(store: MemoryStore) -> None:
    store.open_connection("conn-1", "ana")
    with pytest.raises(Conflict, match="open already"):
        store.open_connection("conn-1", "ben")
    assert store.get_connection("conn-1").user_id == "ana"


def test_subscribers_of_an_agent_are_the_open_connections_that_follow_it(store: MemoryStore) -> None:
    planner = store.create_agent("ana", "planner", agent_id="planner")
    store.create_agent("ana", "writer", agent_id="writer")
    store.open_connection("conn-2", "ana")
    store.open_connection("conn-1", "ana")
    store.subscribe("conn-2", "writer")
    followed = store.subscribe("conn-2", planner.agent_id)
    assert followed.subscriptions == ("planner", "writer")
    assert store.subscribe("conn-2", "planner") == followed  # subscribing twice changes nothing
    store.subscribe("conn-1", "planner")
    assert store.subscribers("planner") == ["conn-1", "conn-2"]
    assert store.subscribers("writer") == ["conn-2"]
    store.close_connection("conn-2")
    assert store.subscribers("planner") == ["conn-1"] and store.subscribers("writer") == []


def test_subscribing_needs_an_open_connection_and_an_existing_agent(store: MemoryStore) -> None:
    store.create_agent("ana", "planner", agent_id="planner")
    with pytest.raises(NotFound, match="not open"):
        store.subscribe("conn-1", "planner")
    store.open_connection("conn-1", "ana")
    with pytest.raises(NotFound, match="create_agent"):
        store.subscribe("conn-1", "ghost")
    assert store.get_connection("conn-1").subscriptions == ()


def test_concurrent_subscriptions_to_one_connection_all_stick(store: MemoryStore) -> None:
    agents = [store.create_agent("ana", f"agent {n}", agent_id=f"agent-{n:02d}").agent_id for n in range(12)]
    store.open_connection("conn-1", "ana")
    workers = [
        threading.Thread(target=lambda mine=agents[w::4]: [store.subscribe("conn-1", a) for a in mine])
        for w in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert store.get_connection("conn-1").subscriptions == tuple(agents)
    assert all(store.subscribers(a) == ["conn-1"] for a in agents)


def test_deleting_an_agent_ends_its_subscriptions(store: MemoryStore) -> None:
    store.create_agent("ana", "planner", agent_id="planner")
    store.create_agent("ana", "writer", agent_id="writer")
    store.open_connection("conn-1", "ana")
    store.subscribe("conn-1", "planner")
    store.subscribe("conn-1", "writer")
    store.delete_agent("planner")
    assert store.get_connection("conn-1").subscriptions == ("writer",)
    assert store.subscribers("planner") == []


def test_an_expired_connection_is_closed_and_its_id_free_again(
    make_store: StoreFactory, clock: FakeClock
) -> None:
    store = make_store(clock=clock)
    store.create_agent("ana", "planner", agent_id="planner")
    store.open_connection("conn-1", "ana")
    store.subscribe("conn-1", "planner")
    clock.advance(CONNECTION_TTL + timedelta(seconds=1))
    with pytest.raises(NotFound, match="not open"):
        store.get_connection("conn-1")
    assert store.subscribers("planner") == []
    reopened = store.open_connection("conn-1", "ben")  # API Gateway may hand the id out again
    assert reopened.user_id == "ben" and store.get_connection("conn-1").subscriptions == ()


@pytest.mark.parametrize("bad", ["", "has space", "x" * 201])
def test_connection_ids_are_validated(store: MemoryStore, bad: str) -> None:
    with pytest.raises(ValueError, match="connection_id .* is not a valid id"):
        store.open_connection(bad, "ana")
    with pytest.raises(ValueError, match="agent_id .* is not a valid id"):
        store.subscribers(bad)
