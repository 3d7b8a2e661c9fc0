"""Who is calling: API keys and bearer tokens (JWT) checked once, by API Gateway's Lambda authorizer.

API Gateway runs `authorizer` before the API's functions (REST on every request, WebSocket on `$connect`
only) and hands its answer to them in `requestContext.authorizer`, where `agentkit.service.identity`
reads it. So no handler sees a key or a token, and none can forget to check one.

Credentials, one per request:

* `x-api-key: ak_…` — a key from `issue_api_key` (`agentkit.service.api_keys`: stored hashed, revocable);
* `Authorization: Bearer <JWT>` — verified with pyjwt: signature, `exp`, `iss` and `aud` are required
  and checked, `sub` is the user id and the roles claim (`AGENTKIT_JWT_ROLES_CLAIM`, default `roles`;
  `cognito:groups` for Cognito) the roles; names that are not the API's roles are ignored.

A browser cannot set headers on a WebSocket, so on `$connect` the same credentials come in the query
string (`?apiKey=…` or `?token=…`). Only there: on REST a key in the URL would end up in access logs,
so it is refused with a message saying to use the header.

Tokens are verified against what the environment configures, each key bound to one algorithm:
`AGENTKIT_JWT_SECRET` (at least 32 bytes) verifies HS256, `AGENTKIT_JWT_PUBLIC_KEY` (an RSA public key,
PEM) verifies RS256, and `AGENTKIT_JWT_ISSUER` / `AGENTKIT_JWT_AUDIENCE` name the issuer and audience a
token must carry. The algorithm a token's header names only selects among those pairs, so `alg: none`,
an algorithm nobody configured, and the classic confusion (an HS256 token "signed" with the public
key) find no key and are refused.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from http import HTTPStatus
from typing import Any

import jwt
from aws_lambda_powertools import Logger
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from agentkit.memory.store import check_id
from agentkit.service import api_keys
from agentkit.service.api_keys import issue_api_key, revoke_api_key
from agentkit.service.errors import ServiceError, unauthorized
from agentkit.service.identity import ROLES, Identity

__all__ = ["Unauthorized", "authenticate", "authorizer", "issue_api_key", "revoke_api_key", "verify_jwt"]

logger = Logger(service="agentkit-auth")

MIN_SECRET_BYTES = 32
"""An HS256 secret shorter than the hash's output (32 bytes) is weaker than the signature; RFC 7518 §3.2."""

NO_CREDENTIALS = (
    "The request carries no credentials: send an API key in the x-api-key header or a bearer token in "
    "Authorization (on the WebSocket: ?apiKey=… or ?token=…); `agentkit keys create` issues a key."
)


# --------------------------------------------------------------------------- JWT


@dataclass(frozen=True)
class JwtSettings:
    """What verifies a token: one key per algorithm, the issuer and audience it must name, its roles claim."""

    keys: dict[str, Any]
    issuer: str
    audience: str
    roles_claim: str


def _misconfigured(message: str) -> ServiceError:
    return ServiceError(HTTPStatus.INTERNAL_SERVER_ERROR, "AuthConfigurationError", message)


@cache
def _settings(
    secret: str | None, public_pem: str | None, issuer: str | None, audience: str | None, roles_claim: str
) -> JwtSettings | None:
    keys: dict[str, Any] = {}
    if secret:
        if len(secret.encode()) < MIN_SECRET_BYTES:
            raise _misconfigured(
                f"AGENTKIT_JWT_SECRET has {len(secret.encode())} bytes; HS256 needs at least {MIN_SECRET_BYTES}: "
                'set a longer random one, e.g. python -c "import secrets; print(secrets.token_urlsafe(48))".'
            )
        keys["HS256"] = secret.encode()
    if public_pem:
        try:
            public_key = load_pem_public_key(public_pem.encode())
        except ValueError:
            public_key = None
        if not isinstance(public_key, RSAPublicKey):
            raise _misconfigured(
                "AGENTKIT_JWT_PUBLIC_KEY is not an RSA public key in PEM form: set it to the text from "
                "'-----BEGIN PUBLIC KEY-----' to '-----END PUBLIC KEY-----' of your issuer's signing key."
            )
        keys["RS256"] = public_key
    if not keys:
        return None
    missing = [name for name, value in (("ISSUER", issuer), ("AUDIENCE", audience)) if not value]
    if missing:
        raise _misconfigured(
            f"Bearer tokens are enabled but {' and '.join(f'AGENTKIT_JWT_{m}' for m in missing)} "
            "not set: set them to the `iss` and `aud` your identity provider puts in its tokens."
        )
    assert issuer and audience
    return JwtSettings(keys, issuer, audience, roles_claim)


def jwt_settings() -> JwtSettings | None:
    """The environment's token settings (None: this API takes no bearer tokens); read per call, parsed once."""
    env = os.environ
    return _settings(
        env.get("AGENTKIT_JWT_SECRET"),
        env.get("AGENTKIT_JWT_PUBLIC_KEY"),
        env.get("AGENTKIT_JWT_ISSUER"),
        env.get("AGENTKIT_JWT_AUDIENCE"),
        env.get("AGENTKIT_JWT_ROLES_CLAIM") or "roles",
    )


def verify_jwt(token: str) -> Identity:
    """The identity a bearer token vouches for, after pyjwt checked its signature, `exp`, `iss` and `aud`;
    401, saying what to do, for any token that fails."""
    settings = jwt_settings()
    if settings is None:
        raise unauthorized(
            "This API takes no bearer tokens (neither AGENTKIT_JWT_SECRET nor AGENTKIT_JWT_PUBLIC_KEY is "
            "set): send an API key in the x-api-key header instead."
        )
    try:
        algorithm = jwt.get_unverified_header(token).get("alg")
    except jwt.DecodeError:
        raise unauthorized(
            "The bearer token is not a JWT (three base64url parts joined by dots): send the token your "
            "identity provider issued, as 'Authorization: Bearer <token>'."
        ) from None
    key = settings.keys.get(algorithm) if isinstance(algorithm, str) else None
    if key is None:
        raise unauthorized(
            f"Tokens signed with {algorithm!r} are not accepted; this API verifies "
            f"{' and '.join(sorted(settings.keys))} only: sign in again with the identity provider it trusts."
        )
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            audience=settings.audience,
            issuer=settings.issuer,
            options={"require": ["exp", "iss", "aud", "sub"]},
        )
    except jwt.InvalidTokenError as error:
        raise unauthorized(_token_problem(error, settings)) from None
    return Identity(_user(claims["sub"]), _roles(claims.get(settings.roles_claim), settings.roles_claim))


def _token_problem(error: jwt.InvalidTokenError, settings: JwtSettings) -> str:
    """Why pyjwt refused the token, and what to do about it."""
    if isinstance(error, jwt.ExpiredSignatureError):
        return "The bearer token has expired: sign in again for a fresh one."
    if isinstance(error, jwt.ImmatureSignatureError):
        return (
            "The bearer token is not valid yet (nbf/iat in the future): check the issuer's clock, then retry."
        )
    if isinstance(error, jwt.InvalidSignatureError):
        return "The bearer token's signature does not verify: use a token from the issuer this API trusts, unaltered."
    if isinstance(error, jwt.MissingRequiredClaimError):
        return f"The bearer token has no {error.claim!r} claim, which this API requires: ask the issuer for an ID token."
    if isinstance(error, jwt.InvalidAudienceError):
        return f"The bearer token is for another audience: request one for {settings.audience!r}."
    if isinstance(error, jwt.InvalidIssuerError):
        return f"The bearer token was issued by someone else: sign in with {settings.issuer!r}."
    return f"The bearer token is invalid ({error}): sign in again for a fresh one."


def _user(subject: Any) -> str:
    try:
        return check_id(subject if isinstance(subject, str) else "", "the token's subject")
    except ValueError:
        raise unauthorized(
            "The bearer token's `sub` is not a user id this API can store (1-200 letters, digits or . : @ + = - _): "
            "ask the identity provider for a token with such a subject."
        ) from None


def _roles(claim: Any, name: str) -> tuple[str, ...]:
    """The API's roles among the claim's names (a list, or one space- or comma-separated string)."""
    if claim is None:
        return ()
    names = claim.replace(",", " ").split() if isinstance(claim, str) else claim
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise unauthorized(
            f"The bearer token's {name!r} claim is neither a list of role names nor one string of them: "
            "ask the issuer to send the roles as a list."
        )
    return tuple(dict.fromkeys(n for n in names if n in ROLES))


# --------------------------------------------------------------------------- credentials


def authenticate(headers: Mapping[str, Any] | None, query: Mapping[str, Any] | None = None) -> Identity:
    """The caller the request's credentials name: one API key or one bearer token, in the headers, or in
    `query` where the caller cannot send headers (pass None elsewhere). 401, saying what to do, otherwise."""
    fields = {str(name).lower(): value for name, value in (headers or {}).items() if isinstance(value, str)}
    query = query or {}
    key = fields.get("x-api-key") or query.get("apiKey")
    authorization = fields.get("authorization")
    token = query.get("token")
    if authorization is not None:
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized(
                "The Authorization header must be 'Bearer <token>': send a JWT that way, "
                "or an API key in the x-api-key header."
            )
        token = token.strip()
    if key and token:
        raise unauthorized("The request carries both an API key and a bearer token: send only one of them.")
    if key:
        return api_keys.identity_of(key)
    if token:
        return verify_jwt(token)
    raise unauthorized(NO_CREDENTIALS)


# --------------------------------------------------------------------------- the Lambda authorizer


class Unauthorized(Exception):
    """What the authorizer raises to refuse: API Gateway answers 401 when its error message is exactly
    'Unauthorized' (AWS's documented contract). `refusal` keeps the reason for a local gateway to show."""

    def __init__(self, refusal: ServiceError) -> None:
        super().__init__("Unauthorized")
        self.refusal = refusal


def authorizer(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """API Gateway's Lambda REQUEST authorizer, for the REST API and the WebSocket API's `$connect`.

    Allows the caller its credentials name: `principalId` is the user id, `context.roles` the roles as
    one comma-separated string (an authorizer's context holds only strings, numbers and booleans). The
    policy allows the whole stage (`…/{stage}/*`), not only this request's method ARN: API Gateway caches
    an authorizer's answer per credential and applies it to the caller's next requests, to any route, so
    a policy naming one method would refuse the rest. What the caller may do is the handlers' business
    (`Identity.require`, a 403 that says which role is missing), not the policy's.

    Raises `Unauthorized` (→ 401) when the credentials are missing or wrong; the reason is logged.
    """
    request_id = (event.get("requestContext") or {}).get("requestId")
    websocket = str(event.get("methodArn", "")).endswith("/$connect")
    try:
        if not websocket and {"apiKey", "token"} & set(event.get("queryStringParameters") or {}):
            raise unauthorized(
                "Credentials in a URL end up in access logs, so the REST API refuses them: send the key in "
                "the x-api-key header (or the token in Authorization); only the WebSocket takes ?apiKey / ?token."
            )
        who = authenticate(event.get("headers"), event.get("queryStringParameters") if websocket else None)
    except ServiceError as refusal:
        if refusal.status != HTTPStatus.UNAUTHORIZED:
            raise
        logger.info("refused", extra={"reason": refusal.message, "request_id": request_id})
        raise Unauthorized(refusal) from None
    return {
        "principalId": who.user_id,
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": _stage_arn(event)}],
        },
        "context": {"roles": ",".join(who.roles)},
    }


def _stage_arn(event: dict[str, Any]) -> str:
    """`arn:aws:execute-api:{region}:{account}:{api}/{stage}/*` from the request's method ARN."""
    api, stage, *_ = str(event["methodArn"]).split("/")
    return f"{api}/{stage}/*"
