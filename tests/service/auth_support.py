"""What the auth tests share: an identity provider that signs tokens the way the API is configured to trust
(an HS256 secret and an RS256 key pair), tokens forged or mangled in the ways attackers try, and the
strategies for callers (a module of its own: `conftest` names clash across test folders)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import strategies as st

from agentkit.service.identity import ROLES

ISSUER = "https://issuer.agentkit.test"
AUDIENCE = "agentkit-api"


def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass(frozen=True)
class Tokens:
    """The trusted issuer (`environment()` configures the API for it) and an untrusted one with other keys."""

    secret: str
    private_key: rsa.RSAPrivateKey
    other_secret: str
    other_private_key: rsa.RSAPrivateKey

    @classmethod
    def generate(cls) -> Tokens:
        return cls(secrets.token_urlsafe(48), _rsa_key(), secrets.token_urlsafe(48), _rsa_key())

    def environment(self) -> dict[str, str]:
        return {
            "AGENTKIT_JWT_SECRET": self.secret,
            "AGENTKIT_JWT_PUBLIC_KEY": public_pem(self.private_key),
            "AGENTKIT_JWT_ISSUER": ISSUER,
            "AGENTKIT_JWT_AUDIENCE": AUDIENCE,
        }

    def claims(
        self, sub: str, roles: Any = ("user",), *, expires_in: int = 300, **more: Any
    ) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "sub": sub,
            "roles": list(roles),
            "iss": ISSUER,
            "aud": AUDIENCE,
            "iat": now,
            "exp": now + expires_in,
        }
        claims.update(more)
        return {name: value for name, value in claims.items() if value is not None}

    def sign(self, claims: dict[str, Any], algorithm: str = "HS256", *, trusted: bool = True) -> str:
        """A token signed by the trusted issuer's key for `algorithm` (or, `trusted=False`, another one's)."""
        if algorithm == "HS256":
            key: Any = self.secret if trusted else self.other_secret
        else:
            key = self.private_key if trusted else self.other_private_key
        return jwt.encode(claims, key, algorithm=algorithm)

    def token(self, sub: str, roles: Any = ("user",), algorithm: str = "HS256", **claims: Any) -> str:
        return self.sign(self.claims(sub, roles, **claims), algorithm)

    def confused(self, claims: dict[str, Any]) -> str:
        """The algorithm-confusion forgery: HS256 "signed" with the RS256 public key as the HMAC secret
        (pyjwt refuses to make one, so it is made by hand)."""
        head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = _b64(json.dumps(claims).encode())
        mac = hmac.new(public_pem(self.private_key).encode(), f"{head}.{body}".encode(), hashlib.sha256)
        return f"{head}.{body}.{_b64(mac.digest())}"


def unsigned(claims: dict[str, Any], alg: str = "none") -> str:
    """A token that claims `alg` (none, None, NONE, …) and carries no signature."""
    head = _b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    return f"{head}.{_b64(json.dumps(claims).encode())}."


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def key_header(key: str) -> dict[str, str]:
    return {"x-api-key": key}


users = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:@+=-]{0,30}", fullmatch=True)
"""User ids the memory store accepts."""
roles = st.lists(st.sampled_from(sorted(ROLES)), min_size=1, max_size=3, unique=True).map(tuple)
