"""Rendering the kit's objects in notebooks: the mode banner (more views arrive with later lessons).

HTML for Jupyter, with a plain-text twin for terminals and for stored outputs that diff well.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agentkit.connect import Connection

_STYLE = (
    "border-left:6px solid {color};background:{bg};padding:8px 12px;margin:4px 0;"
    "font-family:system-ui,sans-serif;font-size:13px;line-height:1.5"
)


def banner_html(connection: Connection) -> str:
    """One box that says plainly where calls go and whether answers come from a real model."""
    e = html.escape
    if connection.mode == "aws":
        style = _STYLE.format(color="#ff9900", bg="#fff8ec")
        return (
            f'<div style="{style}"><b>agentkit · AWS mode</b> — region <code>{e(connection.region)}</code>, '
            f"model <code>{e(connection.model_id)}</code>.<br>Calls go to real AWS services and "
            f"<b>cost money</b>; run the cleanup cells. <small>({e(connection.reason)})</small></div>"
        )
    style = _STYLE.format(color="#2e7d32", bg="#f1f8f1")
    where = "shared platform" if connection.shared else "started in this kernel"
    return (
        f'<div style="{style}"><b>agentkit · LOCAL mode</b> (offline, {where}) — region '
        f"<code>{e(connection.region)}</code><br>AWS services: moto at <code>{e(connection.endpoints['aws'])}</code>"
        f"<br>Bedrock: agentkit's local endpoint at <code>{e(connection.endpoints['bedrock-runtime'])}</code>, "
        f"answered by the <b>simulated model</b> — deterministic rules, <b>not a language model</b>"
        f"<br>Model id <code>{e(connection.model_id)}</code> is accepted but not used. "
        f"<small>({e(connection.reason)})</small></div>"
    )
