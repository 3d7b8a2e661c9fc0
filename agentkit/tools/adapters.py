"""One `Tool`, three agent frameworks: each adapter is a thin shell whose execution is `Tool.run`.

So validation, error messages, retries and the invocation ledger are the same whether Strands,
LangGraph or CrewAI drives the tool. The frameworks are imported inside the functions: importing
LangChain or CrewAI costs seconds, which a Lambda cold start or a notebook that never uses them
should not pay.

How each framework meets `run`:
- **Strands** hands the tool the model's `toolUse` and takes back a `ToolResult` — the Converse
  shapes `run` speaks — so nothing is translated and the model's `toolUseId` reaches the ledger.
- **LangChain** gets the tool's JSON schema (the very one in `Tool.spec`) as `args_schema`, so the
  model sees the same spec as everywhere else and the arguments reach `run` unvalidated: an invalid
  call gets agentkit's message and a ledger record, not LangChain's `ValidationError`. Errors are
  raised as `ToolException`, which LangChain turns into a `ToolMessage` with `status="error"`.
- **CrewAI** needs a Pydantic `args_schema`, so it gets the tool's input model; its own pre-check of
  the arguments on the native tool-calling path (the one Bedrock models take) is switched off for
  the same reason, and failures come back as CrewAI's `ToolFailure` so the crew records them as
  failures. (CrewAI's text-only ReAct path, for models without tool calling, still validates with
  the same model first.) CrewAI's result cache is off: a cached answer
  would skip `run`, and tools such as a clock must not be cached by default.

LangChain and CrewAI do not pass the model's tool-call id to the tool, so those calls are recorded
under a generated id (`langchain-…`, `crewai-…`) that also says which framework made them.
"""

from __future__ import annotations

import functools
import json
import uuid
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from crewai.tools import BaseTool as CrewAITool
    from langchain_core.tools import StructuredTool
    from pydantic import BaseModel
    from strands.types.tools import AgentTool


class AdaptableTool(Protocol):
    """What an adapter needs of an `agentkit.tools.Tool`. Stated here, so that `core` (whose `Tool.as_*`
    methods call the adapters) imports this module and not the other way round."""

    name: str
    description: str
    input_model: type[BaseModel]
    input_schema: dict[str, Any]

    @property
    def spec(self) -> dict[str, Any]: ...

    def run(self, tool_use: dict[str, Any]) -> dict[str, Any]: ...


def to_strands(tool: AdaptableTool) -> AgentTool:
    from strands.tools.tools import PythonAgentTool

    def run(tool_use: Any, **_invocation_state: Any) -> Any:
        return tool.run(tool_use)["toolResult"]

    return PythonAgentTool(tool.name, tool.spec["toolSpec"], run)


def to_langchain(tool: AdaptableTool) -> StructuredTool:
    from langchain_core.tools import StructuredTool, ToolException

    def run(**arguments: Any) -> Any:
        result = _run(tool, "langchain", arguments)
        text = _text(result)
        if result["status"] == "error":
            raise ToolException(text)
        return result["content"][0].get("json", text)

    return StructuredTool.from_function(
        func=run,
        name=tool.name,
        description=tool.description,
        args_schema=tool.input_schema,
        infer_schema=False,
        handle_tool_error=True,
    )


def to_crewai(tool: AdaptableTool) -> CrewAITool:
    return _crewai_class()(
        name=tool.name,
        description=tool.description,
        args_schema=tool.input_model,
        cache_function=_never,
        tool=tool,
    )


def _never(_arguments: Any = None, _result: Any = None) -> bool:
    return False


@functools.cache
def _crewai_class() -> type[CrewAITool]:
    """Built on first use, so that importing agentkit does not import CrewAI."""
    from crewai.tools import BaseTool
    from crewai.tools.tool_failure import ToolFailure
    from pydantic import Field

    class AgentkitCrewAITool(BaseTool):
        """A CrewAI tool whose execution is an agentkit `Tool.run`."""

        tool: Any = Field(exclude=True)

        def _validate_kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
            return kwargs  # `Tool.run` validates, with messages written for the model

        def _run(self, **arguments: Any) -> Any:
            result = _run(self.tool, "crewai", arguments)
            text = _text(result)
            return ToolFailure(message=text) if result["status"] == "error" else text

    return AgentkitCrewAITool


def _run(tool: AdaptableTool, framework: str, arguments: dict[str, Any]) -> dict[str, Any]:
    use = {"toolUseId": f"{framework}-{uuid.uuid4().hex[:12]}", "name": tool.name, "input": arguments}
    return tool.run(use)["toolResult"]


def _text(result: dict[str, Any]) -> str:
    """The result as one string, JSON for structured content."""
    block = result["content"][0]
    return block["text"] if "text" in block else json.dumps(block["json"], ensure_ascii=False)
