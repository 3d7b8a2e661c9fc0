"""The researcher and the analyst of notebook 06, as the workflows' research and analysis steps use them.

Each is an `AgentFactory` (`hooks -> Agent`, the patterns' convention) built the way notebook 06's
`team_member` builds its team: a Strands agent on `agentkit.models.build_model()` — Bedrock on Lambda, the
local endpoint offline — with the kit's tools of notebooks 02 and 05 (`search_documents`,
`query_database`, which checks every query with `agentkit.sql`).

A workflow step needs data, not prose: `tool_results` reads what the agent's tools actually returned
from its conversation, so the step's output is the evidence the agent gathered, and its answer is kept
beside it as the summary. A step whose agent called no tool has no evidence, and says so.
"""

from __future__ import annotations

from typing import Any

from strands import Agent
from strands.hooks import HookProvider

from agentkit import models
from agentkit.tools.builtin import query_database, search_documents
from agentkit.tools.core import Tool


def _member(name: str, description: str, tools: list[Tool]) -> Any:
    def build(hooks: list[HookProvider]) -> Agent:
        return Agent(
            name=name,
            description=description,
            system_prompt=f"You work at Northwind Outfitters. {description}",
            model=models.build_model(),
            tools=[t.as_strands() for t in tools],
            hooks=hooks,
            callback_handler=None,
        )

    return build


researcher = _member(
    "researcher", "Searches the handbook: policies and product care guides.", [search_documents]
)
analyst = _member(
    "analyst", "Queries the sales data: revenue and quantities by region and product.", [query_database]
)


def tool_results(agent: Agent, tool: str) -> tuple[list[Any], list[str]]:
    """What `tool` returned to `agent` in its conversation: the results of successful calls, and the errors."""
    names = {
        block["toolUse"]["toolUseId"]: block["toolUse"]["name"]
        for message in agent.messages
        for block in message["content"]
        if "toolUse" in block
    }
    results: list[Any] = []
    errors: list[str] = []
    for message in agent.messages:
        for block in message["content"]:
            answer = block.get("toolResult")
            if not answer or names.get(answer["toolUseId"]) != tool:
                continue
            for part in answer["content"]:
                if answer.get("status") == "error":
                    errors.append(str(part.get("text") or part.get("json")))
                elif "json" in part:
                    results.append(part["json"].get("result", part["json"]))
                elif "text" in part:
                    results.append(part["text"])
    return results, errors
