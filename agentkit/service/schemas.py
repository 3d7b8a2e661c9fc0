"""The API's resources as Pydantic models: what clients send and what they get back, for REST and GraphQL.

One set of models is the validation (powertools checks bodies against them before a route runs), the OpenAPI
document's schemas and the GraphQL types' source, so the seed's rules (camelCase, `llmProvider`, tools as
definitions, temperature 0-2, `maxTokens` >= 1) are written once. `bedrock` is the kit's default provider.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.alias_generators import to_camel

from agentkit.memory import AgentRecord
from agentkit.memory.records import ToolDefinition


class _Camel(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, frozen=True)


class Configuration(_Camel):
    """An agent's configuration as the API shows it (an agent made by the kit may name its tools)."""

    llm_provider: Literal["bedrock", "anthropic", "openai"]
    model: str | None = None
    tools: list[str | ToolDefinition] = []
    system_prompt: str | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0, allow_inf_nan=False)
    max_tokens: int | None = Field(None, ge=1)


class NewConfiguration(Configuration):
    """A configuration as a client sends it: the seed's rules (a model, tools as full definitions)."""

    model: str = Field(min_length=1, max_length=200)
    tools: list[ToolDefinition] = Field([], max_length=100)

    @field_validator("model")
    @classmethod
    def _model_is_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("model is required: name one, e.g. 'gpt-4o' or a Bedrock model id")
        return value

    @field_validator("tools")
    @classmethod
    def _parameters_are_json(cls, tools: list[ToolDefinition]) -> list[ToolDefinition]:
        for tool in tools:
            try:
                json.dumps(tool.parameters, allow_nan=False)
            except ValueError:
                raise ValueError(
                    f"tool {tool.name!r}: parameters must be plain JSON; NaN and Infinity are not numbers in JSON"
                ) from None
        return tools


class NewAgent(_Camel):
    name: str = Field(min_length=1, max_length=200)
    configuration: NewConfiguration


class AgentChanges(_Camel):
    """`PUT /agents/{id}`: a new name, a new configuration (it replaces the old one whole), or both."""

    name: str | None = Field(None, min_length=1, max_length=200)
    configuration: NewConfiguration | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> AgentChanges:
        if self.name is None and self.configuration is None:
            raise ValueError("nothing to change: send 'name', 'configuration' or both")
        return self


class Agent(_Camel):
    id: str
    user_id: str
    name: str
    configuration: Configuration
    status: Literal["idle", "processing", "waiting", "error"]
    version: int
    created_at: datetime
    updated_at: datetime


class AgentPage(_Camel):
    items: list[Agent]
    next_token: str | None = None
    """Pass it as `nextToken` for the next page; absent on the last page."""


def to_store(configuration: NewConfiguration) -> dict[str, Any]:
    return {
        "provider": configuration.llm_provider,
        "model_id": configuration.model,
        "tools": configuration.tools,
        "system_prompt": configuration.system_prompt,
        "temperature": configuration.temperature,
        "max_tokens": configuration.max_tokens,
    }


def view(agent: AgentRecord) -> Agent:
    """The stored record as the API shows it."""
    config = agent.configuration
    return Agent.model_validate(
        {
            "id": agent.agent_id,
            "userId": agent.user_id,
            "name": agent.name,
            "configuration": {
                "llmProvider": config.provider,
                "model": config.model_id,
                "tools": config.tools,
                "systemPrompt": config.system_prompt,
                "temperature": config.temperature,
                "maxTokens": config.max_tokens,
            },
            "status": agent.status,
            "version": agent.version,
            "createdAt": agent.created_at,
            "updatedAt": agent.updated_at,
        }
    )
