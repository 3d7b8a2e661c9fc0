"""Settings read from the environment, validated once.

Every knob is an environment variable so that a notebook, a terminal, CI and a Lambda function
configure the kit the same way, without code changes.
"""

from __future__ import annotations

import os
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

Mode = Literal["aws", "local", "auto"]
Simulator = Literal["default", "other"]

DEFAULT_LOCAL_REGION = "us-east-1"


class Settings(BaseModel):
    mode: Mode = Field("auto", description="AGENTKIT_MODE: aws, local, or auto (detect)")
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
        values = {
            "mode": os.environ.get("AGENTKIT_MODE") or "auto",
            "region": os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION"),
            "model_id": os.environ.get("AGENTKIT_MODEL_ID"),
            "simulator": os.environ.get("AGENTKIT_SIMULATOR") or "default",
        }
        try:
            return cls(**values)
        except ValidationError as error:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
            raise ValueError(
                f"Invalid agentkit settings ({problems}). Set AGENTKIT_MODE to aws, local or auto, "
                "and AGENTKIT_SIMULATOR (if set) to default or other."
            ) from None
