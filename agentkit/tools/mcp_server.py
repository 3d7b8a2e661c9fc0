"""The kit's retail tools behind the Model Context Protocol: a stdio MCP server built with FastMCP.

    python -m agentkit.tools.mcp_server        # speaks MCP on stdin/stdout until stdin closes

MCP lets one tool server serve every agent runtime and IDE that speaks the protocol: the agent
starts the server as a subprocess, lists its tools and calls them over JSON-RPC. Lesson 02 connects
to it with Strands' `MCPClient`. It serves two Northwind Outfitters tools that need nothing running
beside them: `search_documents` (the handbook) and `query_database` (the sales database).

A call is answered by the kit's `Tool.run`, so validation, the SQL check, retries and their messages
are the same as in any other runtime, and the result keeps the kit's shape: one text block (JSON for
structured results) plus the same value as MCP `structuredContent`, `isError` on failure. FastMCP's
own conversion would split a list into one block per row and send nothing at all for an empty one.
The advertised input schema is the kit's too, with the docstring's per-parameter descriptions that
FastMCP's inferred schema leaves out (a model fills arguments by them); FastMCP still checks argument
types against the function's signature first. Calls are recorded in the server process's ledger.

The server logs warnings only: its stderr is the client's, and a notebook would show every request.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Sequence
from typing import Any

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.tools import Tool as MCPTool
from mcp.types import CallToolResult, TextContent

from agentkit.tools.builtin import query_database, search_documents
from agentkit.tools.core import Tool

NAME = "northwind-retail"
TOOLS: tuple[Tool, ...] = (search_documents, query_database)


def as_mcp_tool(tool: Tool) -> MCPTool:
    """`tool` as a FastMCP tool: the kit's name, description and input schema, answered by `tool.run`."""

    def call(**arguments: Any) -> CallToolResult:
        return to_mcp_result(tool.run({"name": tool.name, "input": arguments})["toolResult"])

    # FastMCP reads parameters and their types from the signature (and names its errors after the
    # function); the return type tells it that `call` builds the MCP result itself.
    call.__name__ = call.__qualname__ = tool.name
    call.__signature__ = inspect.signature(tool.fn, eval_str=True).replace(  # type: ignore[attr-defined]
        return_annotation=CallToolResult
    )
    inferred = MCPTool.from_function(call, name=tool.name, description=tool.description)
    return inferred.model_copy(update={"parameters": tool.input_schema})


def to_mcp_result(result: dict[str, Any]) -> CallToolResult:
    """A Converse `toolResult` (what `Tool.run` returns) as an MCP tool result."""
    (block,) = result["content"]
    structured = block.get("json")
    text = block["text"] if structured is None else json.dumps(structured, ensure_ascii=False)
    return CallToolResult(
        content=[TextContent(type="text", text=text)],
        structuredContent=structured,
        isError=result["status"] == "error",
    )


def build_server(tools: Sequence[Tool] = TOOLS) -> FastMCP:
    """A FastMCP server offering `tools`; `run("stdio")` serves it."""
    return FastMCP(
        NAME,
        instructions="Northwind Outfitters' company documents and retail sales database.",
        tools=[as_mcp_tool(tool) for tool in tools],
        log_level="WARNING",
    )


def main() -> None:
    # bm25s (the document search) sets its own logger to DEBUG when imported.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    build_server().run("stdio")


if __name__ == "__main__":
    main()
