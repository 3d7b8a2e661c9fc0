"""The MCP server (`python -m agentkit.tools.mcp_server`) as an agent meets it: a subprocess on stdio, through
Strands' `MCPClient`, advertising the kit's tool specs and answering calls with the kit's tools."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import pytest
from mcp import StdioServerParameters
from mcp.client.stdio import stdio_client
from strands import Agent
from strands.tools.mcp import MCPClient

from agentkit import models
from agentkit.tools.builtin import query_database, search_documents
from agentkit.tools.mcp_server import TOOLS

SERVER = StdioServerParameters(command=sys.executable, args=["-m", "agentkit.tools.mcp_server"])


@pytest.fixture(scope="module")
def client() -> Iterator[MCPClient]:
    with MCPClient(lambda: stdio_client(SERVER)) as started:
        yield started


def test_lists_the_kit_tools_with_their_specs(client: MCPClient) -> None:
    listed = {tool.tool_name: tool.tool_spec for tool in client.list_tools_sync()}

    assert set(listed) == {tool.name for tool in TOOLS}
    for tool in TOOLS:
        assert listed[tool.name]["description"] == tool.description
        assert listed[tool.name]["inputSchema"]["json"] == tool.input_schema


def test_a_call_returns_what_the_tool_returns_in_process(client: MCPClient) -> None:
    sql = "SELECT region, SUM(quantity) AS units FROM sales GROUP BY region ORDER BY region"

    result = client.call_tool_sync(tool_use_id="sql-1", name="query_database", arguments={"sql": sql})

    assert result["status"] == "success"
    assert result["structuredContent"] == {"result": query_database(sql=sql)}
    assert [json.loads(block["text"]) for block in result["content"]] == [result["structuredContent"]]


def test_an_empty_result_is_still_one_block(client: MCPClient) -> None:
    sql = "SELECT name FROM regions WHERE name = 'atlantis'"

    result = client.call_tool_sync(tool_use_id="sql-3", name="query_database", arguments={"sql": sql})

    assert result["status"] == "success"
    assert [json.loads(block["text"]) for block in result["content"]] == [{"result": []}]


def test_a_search_finds_the_policy(client: MCPClient) -> None:
    arguments = {"query": "return window for opened items", "top_k": 1}

    result = client.call_tool_sync(tool_use_id="search-1", name="search_documents", arguments=arguments)

    assert result["status"] == "success"
    (found,) = result["structuredContent"]["result"]
    assert found == search_documents(**arguments)[0]
    assert found["source"] == "returns-and-refunds.md"


def test_a_refused_call_is_an_error_result_with_the_kits_reason(client: MCPClient) -> None:
    result = client.call_tool_sync(
        tool_use_id="sql-2", name="query_database", arguments={"sql": "DELETE FROM sales"}
    )

    assert result["status"] == "error"
    assert result["content"][0]["text"].startswith("only a read-only SELECT query")


def test_an_argument_of_the_wrong_type_is_an_error_result(client: MCPClient) -> None:
    result = client.call_tool_sync(tool_use_id="search-2", name="search_documents", arguments={"query": 5})

    assert result["status"] == "error"
    assert "query" in result["content"][0]["text"]


def test_a_strands_agent_calls_the_server_s_tools(client: MCPClient, local_env: object) -> None:
    agent = Agent(model=models.build_model(), tools=client.list_tools_sync(), callback_handler=None)

    agent("What does the returns policy say about opened items?")

    calls = [
        block["toolUse"] for message in agent.messages for block in message["content"] if "toolUse" in block
    ]
    results = [
        block["toolResult"]
        for message in agent.messages
        for block in message["content"]
        if "toolResult" in block
    ]
    assert [call["name"] for call in calls] == ["search_documents"]
    assert [result["status"] for result in results] == ["success"]
