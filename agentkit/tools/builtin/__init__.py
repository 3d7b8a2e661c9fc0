"""The kit's built-in tools: `agentkit.tools.Tool` objects, ready for any agent runtime.

Each function's summary, `Args:` descriptions and type hints are what an agent sees (the tool
schema), so they are written for a model to act on. Bad input raises `ToolInputError` (the model
should change its call); failures outside the call raise `TransientToolError` (the same call may
work later). Call a tool like its function (`calculator(expression="2 * 3")`) or give it to an agent.

- `calculator`: safe arithmetic.
- `current_time`: the time in a city or time zone.
- `search_documents`: BM25 search over Northwind Outfitters' handbook, policies and guides.
- `query_database`: read-only SQL over the generated retail database (`agentkit.retail`).
- `call_api`: the inventory API, with timeouts, retries and a circuit breaker; `InventoryService`
  runs that API locally and `configure` points the tool at it.
"""

from agentkit.tools.builtin.api import call_api, configure
from agentkit.tools.builtin.calculator import calculator
from agentkit.tools.builtin.clock import current_time
from agentkit.tools.builtin.database import query_database
from agentkit.tools.builtin.documents import search_documents
from agentkit.tools.builtin.inventory import InventoryService

__all__ = [
    "InventoryService",
    "calculator",
    "call_api",
    "configure",
    "current_time",
    "query_database",
    "search_documents",
]
