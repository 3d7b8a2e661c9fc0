"""Rendering the kit's objects in notebooks: the mode banner, agent runs as timelines, a chat box.

HTML for Jupyter, with a plain-text twin for terminals and for stored outputs that diff well.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agentkit.connect import Connection
    from agentkit.react import Trace

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


def trace_html(trace: Trace) -> str:
    """A ReAct run as a vertical timeline: per step the thought, each action and its observation."""
    e = html.escape
    rows = [
        f'<div style="font-family:system-ui,sans-serif;font-size:13px;line-height:1.45">'
        f"<div><b>Question</b>: {e(trace.question)}</div>"
    ]
    for step in trace.steps:
        rows.append(
            '<div style="border-left:3px solid #3b6fb6;margin:6px 0 6px 4px;padding:2px 10px">'
            f"<div><b>Step {step.number}</b> <small>({step.input_tokens} in / {step.output_tokens} out tokens)"
            f"</small></div><div>💭 {e(step.thought or '(no thought)')}</div>"
        )
        for action, observation in zip(step.actions, step.observations, strict=False):
            color = "#2e7d32" if observation.status == "success" else "#c62828"
            args = json.dumps(action.input, ensure_ascii=False)
            rows.append(
                f"<div>🔧 <code>{e(action.tool)}({e(args)})</code></div>"
                f'<div style="color:{color}">👁 [{e(observation.status)}] {e(observation.content[:500])}</div>'
            )
        rows.append("</div>")
    answer = trace.answer if trace.answer is not None else "(no answer: stopped by max_steps)"
    rows.append(f"<div><b>Answer</b> <small>({e(trace.stop_reason)})</small>: {e(answer)}</div></div>")
    return "".join(rows)


def chat(agent: Callable[[str], object], *, title: str = "Chat with the agent"):
    """A small chat box for trying an agent interactively (any callable from prompt to reply)."""
    import ipywidgets as widgets

    log = widgets.HTML(value="")
    prompt = widgets.Text(placeholder="Ask something and press Enter", layout=widgets.Layout(width="70%"))
    send = widgets.Button(description="Send", button_style="primary")

    def on_send(_: object) -> None:
        question = prompt.value.strip()
        if not question:
            return
        prompt.value = ""
        reply = str(agent(question))
        log.value += (
            f"<div><b>you</b>: {html.escape(question)}</div>"
            f"<div style='margin-bottom:6px'><b>agent</b>: {html.escape(reply)}</div>"
        )

    send.on_click(on_send)
    prompt.on_submit(on_send)
    return widgets.VBox([widgets.HTML(f"<b>{html.escape(title)}</b>"), log, widgets.HBox([prompt, send])])
