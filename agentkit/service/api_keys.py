"""API keys: handed out once in plaintext, stored only as their hash, looked up by it, revocable.

A key is `ak_` and 32 random bytes from `secrets` (URL-safe base64), so it is as hard to guess as a
256-bit secret. Its record in the kit's memory table (`agentkit.memory.tables`: `APIKEY#<hash>`) holds
the user id and roles it stands for, under the key's SHA-256, never the key itself: whoever reads the
table (a backup, a leaked export) learns no key that works.

Why a plain SHA-256, not a password hash (bcrypt, argon2) with a salt? Those slow down guessing a
secret a person chose from a small space; a random 256-bit key has no such space to search, so a slow
hash would only slow every request. An unsalted, deterministic hash is also what makes a lookup one
`GetItem` on the hash, with no comparison of secrets in our code for timing to leak.

Revoking a key keeps its record, marked `revoked_at`, so a request with it is told it was revoked (and
when) rather than that it never existed. It takes effect on the next lookup; a deployment that turns on
API Gateway's authorizer cache lets a revoked key work until its cached answer expires (the cache's TTL).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from http import HTTPStatus
from typing import Annotated, Any

from botocore.exceptions import ClientError
from pydantic import AfterValidator, BaseModel, Field, ValidationError

from agentkit.memory import tables
from agentkit.memory.records import Id
from agentkit.service import operations
from agentkit.service.errors import ServiceError, now, unauthorized
from agentkit.service.identity import ROLES, Identity

PREFIX = "ak_"
"""Marks a string as an agentkit API key (in logs, in secret scanners, in a request that mixed things up)."""
KEY_SHAPE = re.compile(rf"^{PREFIX}[A-Za-z0-9_-]{{43}}$")
"""What `issue_api_key` hands out: the prefix and 32 random bytes as URL-safe base64 (43 characters)."""


def _known(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: use one of {', '.join(map(repr, ROLES))}")
    return role


class KeyHolder(BaseModel):
    """Whom a key stands for: a user id the memory store accepts and at least one of the API's roles."""

    user_id: Id
    roles: tuple[Annotated[str, AfterValidator(_known)], ...] = Field(min_length=1)


def digest(key: str) -> str:
    """The key's SHA-256 (hex): its record's id."""
    return hashlib.sha256(key.encode()).hexdigest()


def issue_api_key(user_id: str, roles: Sequence[str] = ("user",)) -> str:
    """A new key for `user_id` with `roles`, stored hashed; the plaintext is returned here and nowhere else.

    Raises `ValueError` for an id the store cannot hold or an unknown role (the message lists the roles).
    """
    try:
        holder = KeyHolder(user_id=user_id, roles=tuple(dict.fromkeys(roles)))
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in error.errors())
        raise ValueError(f"Cannot issue an API key: {problems}.") from None
    key = PREFIX + secrets.token_urlsafe(32)
    item = {
        **tables.api_key_key(digest(key)),
        "user_id": holder.user_id,
        "roles": list(holder.roles),
        "created_at": now(),
    }
    _table_call("put_item", Item=item, ConditionExpression="attribute_not_exists(PK)")
    return key


def identity_of(key: str) -> Identity:
    """The user and roles `key` stands for; 401 (saying what to do) for a key that is not one, or revoked."""
    if not KEY_SHAPE.fullmatch(key):
        raise unauthorized(
            f"The API key is not one this API issues (they start with {PREFIX!r} and have "
            f"{len(PREFIX) + 43} characters): send the key exactly as it was given to you."
        )
    item = _table_call("get_item", Key=tables.api_key_key(digest(key)), ConsistentRead=True).get("Item")
    if item is None:
        raise unauthorized(
            "The API key is not known to this API: check that you copied all of it, "
            "or ask for a new one (`agentkit keys create`)."
        )
    if "revoked_at" in item:
        raise unauthorized(
            f"The API key was revoked at {item['revoked_at']}: ask for a new one (`agentkit keys create`)."
        )
    return Identity(item["user_id"], tuple(item["roles"]))


def revoke_api_key(key: str) -> None:
    """Revoke `key` from now on; 404 if it was never issued here (revoking twice keeps the first time)."""
    try:
        _table_call(
            "update_item",
            Key=tables.api_key_key(digest(key)),
            UpdateExpression="SET revoked_at = if_not_exists(revoked_at, :now)",
            ConditionExpression="attribute_exists(PK)",
            ExpressionAttributeValues={":now": now()},
        )
    except ClientError as error:
        if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
            raise
        raise ServiceError(
            HTTPStatus.NOT_FOUND,
            "ApiKeyNotFound",
            "No such API key was issued here: check the key (revoking needs the whole key as it was given).",
        ) from None


def _table_call(operation: str, **kwargs: Any) -> Any:
    """A call on the memory table; a missing table says how to create it."""
    table = operations.store().table
    try:
        return getattr(table, operation)(**kwargs)
    except ClientError as error:
        if error.response["Error"]["Code"] != "ResourceNotFoundException":
            raise
        raise ServiceError(
            HTTPStatus.SERVICE_UNAVAILABLE,
            "ApiKeysUnavailable",
            f"The API keys' table {table.name!r} does not exist: create it with "
            "DynamoDBStore(...).create_table() (or deploy the CDK stack), or set AGENTKIT_MEMORY_TABLE.",
        ) from None
