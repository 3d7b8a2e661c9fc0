"""Tools for agents: `@tool` turns a typed function into a Bedrock tool that any runtime can call.

    from agentkit.tools import tool

    @tool
    def sales_revenue(region: Literal["north", "south"]) -> int:
        \"\"\"Total sales revenue of a region.\"\"\"
        ...

    sales_revenue.spec                 # the Converse toolSpec, from the signature and docstring
    sales_revenue.run(tool_use)        # a toolResult block; validates first, never raises
    sales_revenue.as_strands()         # the same tool for Strands, LangGraph (as_langchain), CrewAI

Every call an agent makes is recorded in the invocation ledger (`default_ledger()`, or the ledger
of the enclosing `invocation_context(...)`), optionally also in DynamoDB (`DynamoDBSink`).
`python -m agentkit.tools.mcp_server` serves two of the built-in tools to any MCP client (stdio).
"""

from agentkit.tools.core import (
    TRANSIENT_ERRORS,
    Tool,
    ToolError,
    ToolInputError,
    TransientToolError,
    tool,
)
from agentkit.tools.ledger import (
    DynamoDBSink,
    Invocation,
    InvocationContext,
    Ledger,
    Sink,
    current_context,
    default_ledger,
    invocation_context,
)

__all__ = [
    "TRANSIENT_ERRORS",
    "DynamoDBSink",
    "Invocation",
    "InvocationContext",
    "Ledger",
    "Sink",
    "Tool",
    "ToolError",
    "ToolInputError",
    "TransientToolError",
    "current_context",
    "default_ledger",
    "invocation_context",
    "tool",
]
