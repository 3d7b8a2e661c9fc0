"""Settings read from the environment, validated once.

Every knob is an environment variable so that a notebook, a terminal, CI and a Lambda function
configure the kit the same way, without code changes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, Field, ValidationError, field_validator

from agentkit import validation

Mode = Literal["aws", "local", "auto"]
Simulator = Literal["default", "other"]
Chosen = Literal["aws", "local"]

DEFAULT_LOCAL_REGION = "us-east-1"

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
"""Hosts the local platform listens on: a boto3 client aimed at one of them talks to local AWS."""


def on_local_aws(client: Any) -> bool:
    """Whether a boto3 client talks to the local platform (moto on loopback) rather than to AWS."""
    return urlparse(client.meta.endpoint_url).hostname in LOOPBACK


_clients: dict[tuple[Any, ...], Any] = {}
_clients_lock = threading.Lock()


def aws_client(service: str, endpoint_url: str | None = None) -> Any:
    """One boto3 client per service, endpoint and region, made once as a Lambda handler should (a client
    takes ~20 ms to build; building one is not thread-safe, hence the lock). The environment's endpoint
    and region are part of the key, so a notebook or test that points the kit elsewhere gets a new one."""
    import boto3

    key = (service, endpoint_url, os.environ.get("AWS_ENDPOINT_URL"), os.environ.get("AWS_REGION"))
    with _clients_lock:
        if key not in _clients:
            _clients[key] = boto3.client(service, endpoint_url=endpoint_url)
        return _clients[key]


class Settings(BaseModel):
    mode: Mode = Field("auto", description="AGENTKIT_MODE, else the choice `choose_mode` saved, else auto")
    mode_source: str = Field("default", description="where `mode` came from, for the banner")
    region: str | None = Field(None, description="AWS_REGION / AWS_DEFAULT_REGION")
    model_id: str | None = Field(None, description="AGENTKIT_MODEL_ID: overrides the default model")
    simulator: Simulator = Field(
        "default",
        description="AGENTKIT_SIMULATOR: the simulated model's persona offline, default or other "
        "(another manner, to check that code assumes nothing of one model)",
    )

    @field_validator("mode", "simulator", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @classmethod
    def from_env(cls) -> Settings:
        from_env, saved = os.environ.get("AGENTKIT_MODE"), chosen_mode()
        values = {
            "mode": from_env or saved or "auto",
            "mode_source": f"AGENTKIT_MODE={from_env}"
            if from_env
            else f"agentkit.choose_mode({saved!r}) ({choice_file()})"
            if saved
            else "default",
            "region": os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION"),
            "model_id": os.environ.get("AGENTKIT_MODEL_ID"),
            "simulator": os.environ.get("AGENTKIT_SIMULATOR") or "default",
        }
        try:
            return cls(**values)
        except ValidationError as error:
            problems = validation.problems(error, "settings")
            raise ValueError(
                f"Invalid agentkit settings ({problems}). Set AGENTKIT_MODE to aws, local or auto, "
                "and AGENTKIT_SIMULATOR (if set) to default or other."
            ) from None


def pages(client: Any, operation: str, key: str, **kwargs: Any) -> Iterator[Any]:
    """Every item under `key` of a paginated boto3 operation, page after page (none when a page lacks `key`)."""
    for page in client.get_paginator(operation).paginate(**kwargs):
        yield from page.get(key, [])


def choice_file() -> Path:
    """Where `choose_mode` keeps the attendee's choice: `$AGENTKIT_CONFIG_DIR/mode`, by default
    `~/.config/agentkit/mode` (`$XDG_CONFIG_HOME` respected). A file, not a variable, so that the choice
    made once in notebook 00 reaches the fresh kernel of every later notebook."""
    directory = os.environ.get("AGENTKIT_CONFIG_DIR")
    if not directory:
        base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
        directory = Path(base) / "agentkit"
    return Path(directory) / "mode"


def chosen_mode() -> Chosen | None:
    """The mode saved by `choose_mode`, or None when the attendee has not chosen AWS."""
    try:
        saved = choice_file().read_text(encoding="utf-8").strip().lower()
    except OSError:
        return None
    if saved not in ("aws", "local"):
        raise ValueError(
            f"{choice_file()} says {saved!r}; it should say aws or local. "
            'Run agentkit.choose_mode("local") (or "aws") to rewrite it.'
        )
    return saved  # type: ignore[return-value]
