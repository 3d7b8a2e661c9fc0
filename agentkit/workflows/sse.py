"""Server-Sent Events as data: one model, a serializer and a parser, both from maintained libraries.

An AgentCore Runtime app streams its answer as `text/event-stream`; the client reads it as `StreamEvent`s.
Writing is sse-starlette's `ServerSentEvent.encode`, reading is httpx-sse's `EventSource` — the parser the
client uses on a live response, fed here from any iterable of byte chunks (a boto3 `StreamingBody`, a test
string), so a stream from a loopback app and one from `InvokeAgentRuntime` are parsed the same way.

What the wire format cannot carry is refused or normalised when a `StreamEvent` is made, so that
`parse_sse(serialize_sse(events)) == events` holds for every valid list (a Hypothesis property):

* `\\r\\n` and `\\r` in `data` are line breaks, as the SSE specification reads them: they become `\\n`;
* an event name or id with a line break, or an id with NUL, cannot be sent: `ValueError`;
* `id` is the *last event id* a receiver holds, so an event that does not set one carries the previous id
  (the serializer writes every event's id, so an empty id resets it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

SSE_MEDIA_TYPE = "text/event-stream"


class StreamEvent(BaseModel):
    """One event of a stream: its type (`event`), its text (`data`), the last event id, a reconnect delay."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event: str = Field(default="message", min_length=1)
    data: str = ""
    id: str = ""
    retry: int | None = Field(default=None, ge=0)

    @field_validator("event", "id")
    @classmethod
    def _one_line(cls, value: str, info: Any) -> str:
        if "\r" in value or "\n" in value or (info.field_name == "id" and "\0" in value):
            raise ValueError(
                f"an SSE {info.field_name} is one line without NUL; put multi-line text in `data`, not {value!r}"
            )
        return value

    @field_validator("data")
    @classmethod
    def _line_breaks(cls, value: str) -> str:
        return value.replace("\r\n", "\n").replace("\r", "\n")

    def json(self) -> Any:
        """`data` parsed as JSON (AgentCore apps send one JSON document per event)."""
        try:
            return json.loads(self.data)
        except ValueError as exc:
            raise ValueError(f"event {self.event!r} does not carry JSON: {self.data[:80]!r}") from exc


def serialize_sse(events: Iterable[StreamEvent]) -> bytes:
    """The events as an `text/event-stream` body (UTF-8; every field written, so ids survive as given)."""
    # Imported here: sse-starlette brings starlette and anyio (80 ms), which the REST function's cold start
    # would pay on every request that is not a chat stream.
    from sse_starlette.event import ServerSentEvent

    return b"".join(
        ServerSentEvent(data=e.data, event=e.event, id=e.id, retry=e.retry).encode() for e in events
    )


def parse_sse(chunks: Iterable[bytes]) -> Iterator[StreamEvent]:
    """The events of an `text/event-stream` body, read lazily from its byte chunks as they arrive."""
    import httpx  # a reader's import: the functions that only write events never load it
    from httpx_sse import EventSource

    response = httpx.Response(200, headers={"content-type": SSE_MEDIA_TYPE}, content=iter(chunks))
    for sse in EventSource(response).iter_sse():
        yield StreamEvent(event=sse.event, data=sse.data, id=sse.id, retry=sse.retry)
