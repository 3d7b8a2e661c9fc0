"""The DynamoDB side of the store: the table design is a valid request, and no read is a Scan."""

from __future__ import annotations

from typing import Any

import botocore.session
import pytest
from botocore.validate import ParamValidator

from agentkit.memory import DynamoDBStore, NotFound
from agentkit.memory.tables import MEMORY_TABLE


def test_the_table_design_is_a_valid_create_table_request() -> None:
    model = botocore.session.get_session().get_service_model("dynamodb").operation_model("CreateTable")
    report = ParamValidator().validate(
        MEMORY_TABLE.create_table_request("agentkit-memory"), model.input_shape
    )
    assert not report.has_errors(), report.generate_report()


def test_the_created_table_has_the_design_and_ttl(module_env: Any) -> None:
    store = DynamoDBStore("design-check")
    store.create_table()
    store.create_table()  # idempotent: a notebook re-run does not fail
    table = store.client.describe_table(TableName="design-check")["Table"]
    assert {i["IndexName"] for i in table["GlobalSecondaryIndexes"]} == {"GSI1", "GSI2"}
    assert table["KeySchema"] == MEMORY_TABLE.create_table_request("x")["KeySchema"]
    ttl = store.client.describe_time_to_live(TableName="design-check")["TimeToLiveDescription"]
    assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "TTL"}
    store.delete_table()


def test_a_missing_table_says_how_to_create_it(module_env: Any) -> None:
    with pytest.raises(NotFound, match=r"create_table\(\)"):
        DynamoDBStore("never-created").create_session("ana")


def test_no_operation_scans_the_table(module_env: Any) -> None:
    store = DynamoDBStore("no-scans")
    store.create_table()
    operations: list[str] = []
    store.client.meta.events.register(
        "before-call.dynamodb.*", lambda model, **_: operations.append(model.name)
    )

    store.create_session("ana", session_id="s-1")
    for i in range(30):
        store.save_message("s-1", "user", f"message {i}")
    page = store.get_conversation_history("s-1", limit=10)
    store.get_conversation_history("s-1", limit=10, cursor=page.cursor)
    list(store.iter_messages("s-1"))
    store.list_sessions("ana")
    agent = store.create_agent("ana", "a")
    task = store.create_task(agent.agent_id, "t")
    store.update_task(agent.agent_id, task.task_id, status="running")
    store.list_tasks(agent.agent_id)
    store.tasks_by_status("running")
    store.remember(agent.agent_id, "fact")
    store.list_facts(agent.agent_id)
    store.open_connection("conn-1", "ana")
    store.subscribe("conn-1", agent.agent_id)
    store.subscribers(agent.agent_id)
    store.delete_agent(agent.agent_id)
    store.close_connection("conn-1")
    store.delete_session("s-1")

    assert "Scan" not in operations
    assert {"Query", "GetItem", "TransactWriteItems", "PutItem"} <= set(operations)


def test_a_history_page_reads_only_that_page(module_env: Any) -> None:
    """The Query for the newest messages asks for the page (and one more), however long the session."""
    store = DynamoDBStore("page-reads")
    store.create_table()
    store.create_session("ana", session_id="long")
    for i in range(120):
        store.save_message("long", "user", f"m{i}")
    limits: list[int] = []

    def record(params: dict[str, Any], **_: Any) -> None:
        if "KeyConditionExpression" in params:
            limits.append(params.get("Limit", 0))

    store.client.meta.events.register("provide-client-params.dynamodb.Query", record)
    store.get_conversation_history("long", limit=20)
    assert limits == [21]
