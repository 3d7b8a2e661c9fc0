"""The kit's retail tools behind the Model Context Protocol: a stdio MCP server built with FastMCP.

    python -m agentkit.tools.mcp_server        # speaks MCP on stdin/stdout until stdin closes

MCP lets one tool server serve every agent runtime and IDE that speaks the protocol; the agent
starts the server as a subprocess, lists its tools and calls them over JSON-RPC. Lesson 02 connects
to it with Strands' `MCPClient`. It serves two Northwind Outfitters tools that need nothing running
beside them: `search_documents` (the handbook) and `query_database` (the sales database).

Each MCP tool calls the kit's `Tool`, so the SQL check, the search and their error messages are the
same as in any other runtime; a failure comes back as an MCP result with `isError` set. The schema the
server advertises is the kit's, not the one FastMCP would infer from the signature: FastMCP leaves out
the docstring's per-parameter descriptions, and a model fills arguments by them. (FastMCP still
checks the arguments' types against the signature before the kit's own validation.)

The server logs warnings only: its stderr is the client's, and a notebook would show every request.
"""

from __future__ import annotations

from collections.abc import Sequence

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.tools import Tool as MCPTool

from agentkit.tools.builtin import query_database, search_documents
from agentkit.tools.core import Tool

NAME = "northwind-retail"
TOOLS: tuple[Tool, ...] = (search_documents, query_database)


def as_mcp_tool(tool: Tool) -> MCPTool:
    """`tool` as a FastMCP tool advertising the kit's name, description and input schema."""
    inferred = MCPTool.from_function(tool, name=tool.name, description=tool.description)
    return inferred.model_copy(update={"parameters": tool.input_schema})


def build_server(tools: Sequence[Tool] = TOOLS) -> FastMCP:
    """A FastMCP server offering `tools`; `run("stdio")` serves it."""
    return FastMCP(
        NAME,
        instructions="Northwind Outfitters' company documents and retail sales database.",
        tools=[as_mcp_tool(tool) for tool in tools],
        log_level="WARNING",
    )


def main() -> None:
    build_server().run("stdio")


if __name__ == "__main__":
    main()
