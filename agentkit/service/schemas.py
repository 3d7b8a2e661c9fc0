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

from agentkit.memory import AgentRecord, TaskRecord
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


# --------------------------------------------------------------------------- tasks, status, approvals

MAX_DESCRIPTION = 10_000
"""The seed's limit on a task's description (characters)."""


class TaskStepSpec(_Camel):
    """One step of a task's plan: a tool of the task-execution workflow and its input."""

    action: Literal["search_documents", "query_database"]
    input: str = Field(min_length=1, max_length=MAX_DESCRIPTION)


class NewTask(_Camel):
    """`POST /agents/{id}/tasks`: what to do, optionally how (steps) and whether a person approves first.

    Without steps the task is one step: search the documents for its description.
    """

    description: str = Field(min_length=1, max_length=MAX_DESCRIPTION)
    steps: list[TaskStepSpec] = Field([], max_length=20)
    requires_approval: bool = False

    @field_validator("description")
    @classmethod
    def _description_is_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the task description is required: say what the agent should do")
        return value

    def plan(self) -> list[TaskStepSpec]:
        return self.steps or [TaskStepSpec(action="search_documents", input=self.description)]


class Task(_Camel):
    id: str
    agent_id: str
    description: str
    status: Literal["pending", "running", "completed", "failed", "cancelled"]
    steps: list[TaskStepSpec]
    requires_approval: bool
    current_step: int
    result: Any = None
    error: dict[str, Any] | None = None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None


class TaskPage(_Camel):
    items: list[Task]
    next_token: str | None = None
    """Pass it as `nextToken` for the next page; absent on the last page."""


class AgentStatus(_Camel):
    """`GET /agents/{id}/status`: the agent's status, and its newest task with how far it has come."""

    agent_id: str
    status: Literal["idle", "processing", "waiting", "error"]
    current_task: Task | None = None
    progress: float | None = Field(None, ge=0.0, le=1.0)
    """Steps done / steps planned of the current task (None without a task)."""


class Approval(_Camel):
    """A task waiting for its owner's go-ahead; `id` is the task's id (its execution's name)."""

    id: str
    agent_id: str
    task_id: str
    subject: str
    details: Any = None
    requested_at: datetime
    waiting_seconds: float


class ApprovalDecision(_Camel):
    approved: bool
    feedback: str = Field("", max_length=MAX_DESCRIPTION)


class ApprovalOutcome(_Camel):
    id: str
    task_id: str
    approved: bool


def task_view(task: TaskRecord) -> Task:
    """The stored record as the API shows it; the plan (steps, approval) is kept in the record's `plan`."""
    plan = task.plan or {}
    return Task.model_validate(
        {
            "id": task.task_id,
            "agentId": task.agent_id,
            "description": task.description,
            "status": task.status,
            "steps": plan.get("steps", []),
            "requiresApproval": plan.get("requiresApproval", False),
            "currentStep": task.current_step,
            "result": task.result,
            "error": task.error,
            "createdAt": task.created_at,
            "updatedAt": task.updated_at,
            "completedAt": task.completed_at,
        }
    )
