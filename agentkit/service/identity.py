"""Who is calling, and what they may do: the identity an authorizer hands every handler.

API Gateway runs the authorizer before a handler and passes what it returned in
`requestContext.authorizer`: the user id as `principalId` and, because an authorizer's context holds only
strings, the caller's roles as one comma-separated `roles` string. `from_event` is the one place that reads
them, for REST, GraphQL and WebSocket events alike; the authorizer (`agentkit.service.auth`) is the one
place that writes them.

Roles map to permissions here, in one table, so a handler asks for a permission (`Identity.require`) and
never compares role names. Ownership (a user touches only their own agents, tasks, sessions and
subscriptions) is a separate check, in `agentkit.service.operations`: a permission says what kind of
thing a caller may do, ownership says to which records.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from agentkit.memory.store import check_id
from agentkit.service.errors import forbidden, unauthorized


class Permission(StrEnum):
    READ = "agents:read"
    """See agents, tasks, statuses and the OpenAPI document."""
    WRITE = "agents:write"
    """Create, change and delete agents."""
    RUN = "tasks:run"
    """Start tasks and chat with agents."""
    APPROVE = "approvals:decide"
    """Approve or reject a workflow that waits for a person."""
    SUBSCRIBE = "updates:subscribe"
    """Receive an agent's status and progress over the WebSocket."""


ROLES: dict[str, frozenset[Permission]] = {
    "viewer": frozenset({Permission.READ, Permission.SUBSCRIBE}),
    "operator": frozenset({Permission.READ, Permission.SUBSCRIBE, Permission.RUN}),
    "user": frozenset(Permission),
}
"""Each role and what it grants; a caller holds the union of their roles' permissions."""


@dataclass(frozen=True)
class Identity:
    user_id: str
    roles: tuple[str, ...] = ("user",)

    @property
    def permissions(self) -> frozenset[Permission]:
        return frozenset().union(*(ROLES.get(role, frozenset()) for role in self.roles))

    def require(self, permission: Permission) -> None:
        """Refuse (403) unless one of the caller's roles grants `permission`."""
        if permission not in self.permissions:
            granting = sorted(role for role, granted in ROLES.items() if permission in granted)
            raise forbidden(
                f"{permission.value!r} needs the role {' or '.join(map(repr, granting))}; "
                f"you have {', '.join(map(repr, self.roles)) or 'no roles'}: ask an administrator for it."
            )


def from_event(event: dict[str, Any]) -> Identity:
    """The caller the authorizer vouched for; 401 when the event carries none, or one the API cannot store."""
    authorizer = (event.get("requestContext") or {}).get("authorizer") or {}
    principal = authorizer.get("principalId")
    if not isinstance(principal, str) or not principal.strip():
        raise unauthorized(
            "The request carries no identity: send an API key (x-api-key) or a bearer token the API accepts."
        )
    try:
        user = check_id(principal, "user id")
    except ValueError as error:
        raise unauthorized(f"{error} Sign in with an identity the API can store.") from None
    roles = tuple(role.strip() for role in str(authorizer.get("roles") or "").split(",") if role.strip())
    return Identity(user, roles)
