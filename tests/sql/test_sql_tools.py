"""The text-to-SQL tools: what a model is shown, what it gets back, and refusals as tool errors."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pandas as pd
import pytest

from agentkit.retail import database
from agentkit.sql import default_policy, describe_table, execute, list_tables, run_query, sql_tools
from agentkit.tools import Ledger, invocation_context

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"


pytestmark = pytest.mark.usefixtures("data_dir")


def _run(tool, **arguments) -> dict:
    return tool.run({"toolUseId": "t-1", "name": tool.name, "input": arguments})["toolResult"]


def test_the_descriptions_list_the_visible_schema_only() -> None:
    description = run_query.spec["toolSpec"]["description"]
    assert all(line in description for line in database.database_schema().splitlines())
    masked = sql_tools(default_policy().hide("customers", "name"))
    masked_description = masked[2].spec["toolSpec"]["description"]
    assert "customers(customer_id, region_id, joined_on)" in masked_description
    assert "customers(customer_id, name" not in masked_description


def test_list_tables_gives_each_table_its_rows_and_columns() -> None:
    assert list_tables() == [
        {"table": name, "rows": table.rows, "columns": list(table.allowed)}
        for name, table in default_policy().tables.items()
    ]


def test_describe_table_offers_the_tables_as_an_enum_and_shows_sample_rows() -> None:
    schema = describe_table.spec["toolSpec"]["inputSchema"]["json"]
    assert schema["properties"]["table"]["enum"] == list(database.TABLES)
    described = describe_table(table="customers")
    assert described["rows"] == 1200 and described["unique"] == ["customer_id"]
    assert len(described["sample"]) == 3 and set(described["sample"][0]) == set(described["columns"])
    masked = sql_tools(default_policy().hide("customers", "name"))[1](table="customers")
    assert "name" not in masked["columns"] and all("name" not in row for row in masked["sample"])
    assert _run(describe_table, table="secrets")["status"] == "error"


def test_run_query_returns_the_rows_and_the_query_that_ran() -> None:
    sql = "SELECT category, COUNT(*) AS products FROM products GROUP BY category ORDER BY category"
    result = run_query(sql=sql)
    with closing(sqlite3.connect(database.ensure_database())) as raw:
        expected = pd.read_sql_query(sql, raw)
    assert result["rows"] == expected.to_dict("records")
    assert result["sql"] == execute(sql).attrs["sql"] and "note" not in result


def test_run_query_says_when_the_row_cap_cut_the_result() -> None:
    result = run_query(sql="SELECT order_id FROM sales")
    assert len(result["rows"]) == 200 and "only the first 200 rows" in result["note"]


@pytest.mark.parametrize(
    ("sql", "says"),
    [
        ("SELECT 1; DROP TABLE sales", "only one SQL statement per call"),
        ("SELECT * FROM sqlite_master", "no such table: sqlite_master"),
        ("SELECT COUNT(*) FROM sales a, sales b", "Join each table on its key"),
        ("SELECT revenue, revenue FROM sales", "give each a distinct alias"),
        ("SELECT d.x FROM (SELECT 1 AS a) d", "SQLite rejected the query (no such column: d.x)"),
    ],
)
def test_refusals_and_failures_reach_the_model_as_tool_errors(sql: str, says: str) -> None:
    result = _run(run_query, sql=sql)
    assert result["status"] == "error"
    assert says in result["content"][0]["text"]


@pytest.mark.usefixtures("local_env")
def test_a_strands_agent_answers_with_run_query() -> None:
    from strands import Agent
    from strands.models import BedrockModel

    ledger = Ledger()
    agent = Agent(
        model=BedrockModel(model_id=MODEL_ID), tools=[run_query.as_strands()], callback_handler=None
    )
    with invocation_context(agent_id="analyst", ledger=ledger):
        answer = str(agent("What is the revenue per region in 2024?"))
    [call] = list(ledger)
    assert call.tool == "run_query" and call.status == "success"
    with closing(sqlite3.connect(database.ensure_database())) as raw:
        sales = pd.read_sql_query("SELECT region, order_date, revenue FROM sales", raw)
    in_2024 = sales[sales["order_date"].str.startswith("2024")].groupby("region")["revenue"].sum()
    rows = call.output["rows"]
    assert {row["region"]: row["sum_revenue"] for row in rows} == pytest.approx(in_2024.to_dict())
    assert rows[0]["region"] in answer


@pytest.mark.usefixtures("local_env")
def test_a_refused_query_comes_back_to_the_agent_with_the_reason() -> None:
    from strands import Agent
    from strands.models import BedrockModel

    masked = sql_tools(default_policy().hide("customers", "name"))[2]
    ledger = Ledger()
    agent = Agent(model=BedrockModel(model_id=MODEL_ID), tools=[masked.as_strands()], callback_handler=None)
    with invocation_context(agent_id="analyst", ledger=ledger):
        answer = str(agent("What are the names of customers?"))
    refused, corrected = list(ledger)
    assert refused.status == "error" and "hidden columns of customers" in (refused.error or "")
    # The simulator's repair: the names the refusal listed, in place of `*`; the hidden column stays hidden.
    assert corrected.status == "success" and corrected.output["rows"]
    assert all(set(row) == {"customer_id", "region_id", "joined_on"} for row in corrected.output["rows"])
    assert "rewritten after run_query failed" in answer and "list the columns you need" in answer
