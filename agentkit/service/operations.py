"""The service layer: every rule of the API, once, whichever front door (REST, GraphQL, WebSocket) was used.

Each operation takes the caller's `Identity` first, checks the permission it needs and that the records it
touches are the caller's own, does the work on the kit's memory store (`agentkit.memory.DynamoDBStore`,
table `AGENTKIT_MEMORY_TABLE`, else this attendee's own) and publishes its event on the kit's bus
(`AGENTKIT_EVENT_BUS`). It returns the API's models (`agentkit.service.schemas`) and refuses with
`ServiceError`, never with a front door's types, so REST and GraphQL cannot drift apart.
"""

from __future__ import annotations

import os
from functools import cache
from http import HTTPStatus

from aws_lambda_powertools import Logger

from agentkit.memory import AgentRecord, DynamoDBStore, NotFound
from agentkit.service.errors import ServiceError, forbidden, now
from agentkit.service.identity import Identity, Permission
from agentkit.service.schemas import Agent, AgentChanges, AgentPage, NewAgent, to_store, view
from agentkit.workflows import events

logger = Logger(service="agentkit-api")


@cache
def _store(table: str | None, endpoint: str | None) -> DynamoDBStore:
    return DynamoDBStore(table)


def store() -> DynamoDBStore:
    """The agents' store; one per table and endpoint, reused across warm invocations."""
    return _store(os.environ.get("AGENTKIT_MEMORY_TABLE"), os.environ.get("AWS_ENDPOINT_URL"))


def bus() -> str:
    return os.environ.get("AGENTKIT_EVENT_BUS", events.BUS_NAME)


def owned_agent(who: Identity, agent_id: str) -> AgentRecord:
    """The agent, if it exists (404) and is the caller's (403)."""
    try:
        agent = store().get_agent(agent_id)
    except NotFound:
        raise ServiceError(
            HTTPStatus.NOT_FOUND,
            "AgentNotFound",
            f"Agent {agent_id!r} does not exist: list your agents with GET /agents.",
        ) from None
    if agent.user_id != who.user_id:
        raise forbidden(
            f"Agent {agent_id!r} belongs to another user: use one of your own agents (GET /agents lists them)."
        )
    return agent


def create_agent(who: Identity, body: NewAgent) -> Agent:
    """Create an agent for the caller; publishes `AgentCreated` (and takes the agent back if it cannot)."""
    who.require(Permission.WRITE)
    record = store().create_agent(who.user_id, body.name, to_store(body.configuration))
    agent = view(record)
    try:
        events.publish(
            "AgentCreated",
            {
                "agent_id": agent.id,
                "user_id": who.user_id,
                "configuration": agent.configuration.model_dump(mode="json", by_alias=True),
                "timestamp": now(),
            },
            bus=bus(),
        )
    except Exception:  # without its event nobody hears of the agent: take it back, so a retry starts clean
        store().delete_agent(record.agent_id)
        raise
    logger.info("agent created", extra={"agent_id": agent.id})
    return agent


def list_agents(who: Identity, *, limit: int = 20, cursor: str | None = None) -> AgentPage:
    """The caller's agents, newest first, a page at a time."""
    who.require(Permission.READ)
    page = store().list_agents(who.user_id, limit=limit, cursor=cursor)
    return AgentPage(items=[view(a) for a in page], nextToken=page.cursor)


def get_agent(who: Identity, agent_id: str) -> Agent:
    who.require(Permission.READ)
    return view(owned_agent(who, agent_id))


def update_agent(who: Identity, agent_id: str, changes: AgentChanges) -> Agent:
    """Rename the agent and/or replace its configuration (optimistic: a concurrent change is a Conflict)."""
    who.require(Permission.WRITE)
    current = owned_agent(who, agent_id)
    updated = store().update_agent(
        agent_id,
        name=changes.name,
        configuration=None if changes.configuration is None else to_store(changes.configuration),
        expected_version=current.version,
    )
    return view(updated)


def delete_agent(who: Identity, agent_id: str) -> None:
    """Delete the agent with its tasks and facts; publishes `AgentDeleted`."""
    who.require(Permission.WRITE)
    owned_agent(who, agent_id)
    store().delete_agent(agent_id)
    events.publish(
        "AgentDeleted", {"agent_id": agent_id, "user_id": who.user_id, "timestamp": now()}, bus=bus()
    )
    logger.info("agent deleted", extra={"agent_id": agent_id})
