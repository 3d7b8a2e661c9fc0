"""Encoding AWS event-stream messages (`application/vnd.amazon.eventstream`).

botocore only decodes this framing, so the server needs its own encoder. A message is:

    prelude   total length (uint32) | headers length (uint32) | CRC32 of those 8 bytes (uint32)
    headers   each: name length (uint8) | name | type (uint8, 7 = string) | value length (uint16) | value
    payload   raw bytes (JSON for Bedrock events)
    trailer   CRC32 of everything before it (uint32)

All integers are big-endian. Only string headers are written: Bedrock's events need no other type.
"""

from __future__ import annotations

import json
import struct
from binascii import crc32
from typing import Any

_STRING = 7
_PRELUDE = struct.Struct(">II")
_CRC = struct.Struct(">I")


def _encode_headers(headers: dict[str, str]) -> bytes:
    parts = []
    for name, value in headers.items():
        raw_name, raw_value = name.encode(), value.encode()
        parts.append(struct.pack(">B", len(raw_name)) + raw_name)
        parts.append(struct.pack(">BH", _STRING, len(raw_value)) + raw_value)
    return b"".join(parts)


def encode_message(headers: dict[str, str], payload: bytes) -> bytes:
    """One framed message, checksums included."""
    raw_headers = _encode_headers(headers)
    total = _PRELUDE.size + _CRC.size + len(raw_headers) + len(payload) + _CRC.size
    prelude = _PRELUDE.pack(total, len(raw_headers))
    message = prelude + _CRC.pack(crc32(prelude)) + raw_headers + payload
    return message + _CRC.pack(crc32(message))


def encode_event(event_type: str, payload: dict[str, Any]) -> bytes:
    """A Bedrock stream event as botocore expects it: `:event-type` names the member of the output union."""
    headers = {":event-type": event_type, ":content-type": "application/json", ":message-type": "event"}
    return encode_message(headers, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode())
