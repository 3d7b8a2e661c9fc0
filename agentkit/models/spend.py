"""Cells that make many model calls: on AWS, a sample unless the attendee asks for the full run.

A lesson that drives an agent through sixty turns twice (03's token budget) shows its point in a handful
of turns; on a real model the full run is ~130 calls, ten minutes and up to a dollar per attendee. So such
a cell passes its work items through `sample_when_paying`: in local mode (free) they all come back and
nothing is printed — the stored outputs stay as they are — and on AWS the first `sample` come back unless
`full_run` is set, after a line saying how many model calls and dollars the chosen run will take.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

from pydantic import BaseModel, Field

from agentkit.models.accounting import Prices, Usage

T = TypeVar("T")


class Estimate(BaseModel):
    """What a run of a cell is expected to send: model calls and tokens in all."""

    calls: int = Field(ge=0)
    input_tokens: int = Field(ge=0)
    output_tokens: int = Field(ge=0)


def sample_when_paying(
    items: Sequence[T], *, sample: int, full_run: bool, estimate: Callable[[int], Estimate]
) -> list[T]:
    """`items`, or on AWS their first `sample` unless `full_run`; `estimate(n)` is the run's size for n items."""
    from agentkit.connect import current

    connection = current()
    if connection is None or connection.simulated:
        return list(items)
    count = len(items) if full_run else min(sample, len(items))
    expected = estimate(count)
    cost = _cost(expected, connection)
    price = f"about ${cost:.2f}" if cost is not None else "cost unknown (the kit has no price for this model)"
    choice = (
        f"the full run of {count}"
        if count == len(items)
        else f"a sample of {count} of {len(items)} (set FULL_RUN = True for all, about "
        f"{estimate(len(items)).calls} calls)"
    )
    print(
        f"On AWS: {choice} — about {expected.calls} model calls, {expected.input_tokens:,} input and "
        f"{expected.output_tokens:,} output tokens, {price} with {connection.model_id}.",
        flush=True,
    )
    return list(items[:count])


def _cost(expected: Estimate, connection) -> Decimal | None:
    model = connection.model
    info = model.info if model else None
    if info is None:
        return None
    usage = Usage(input_tokens=expected.input_tokens, output_tokens=expected.output_tokens)
    return Prices.from_model_info(info).cost(usage) * Decimal(str(1 + model.surcharge))
