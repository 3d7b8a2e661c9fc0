"""One readable line from a Pydantic `ValidationError`, for the messages every boundary of the kit raises.

Each boundary (settings, model configuration, a Lambda event, an event's detail, a workflow's input) names
what it was given and what to send instead; this is the part that lists what was wrong, field by field.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def problems(error: ValidationError, whole: str = "input") -> str:
    """`"steps.0.input: String should have at least 1 character; sql: Field required"`.

    An error about the value as a whole (no field) is named `whole`, e.g. "event" or "detail".
    """
    return "; ".join(
        f"{'.'.join(map(str, e['loc'])) or whole}: {e['msg']}" for e in error.errors(include_url=False)
    )


def parse(
    model: type[M], value: Any, *, error: type[Exception], subject: str, fix: str, whole: str = "input"
) -> M:
    """`value` as `model`, or `error("<subject>: <problems>. <fix>")`: what was wrong and what to send instead."""
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise error(f"{subject}: {problems(exc, whole)}. {fix}") from None
