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


class Why:
    """The simulated model's reasons for a run: per tool call the rule, the score and each argument's
    evidence; for the answer, the rule that wrote it. Renders as a table in notebooks, as text elsewhere."""

    def __init__(self, decisions: list[dict], note: str = ""):
        self.decisions = decisions
        self.note = note

    def __str__(self) -> str:
        from agentkit.local.simulated.why import describe

        return "\n".join(part for part in (self.note, describe(self.decisions)) if part)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        e = html.escape
        rows = []
        for decision in self.decisions:
            if decision.get("kind") == "answer":
                rows.append(
                    f"<tr><td><b>answer</b></td><td colspan=3>{e(decision['rule'])}</td>"
                    f"<td colspan=2>{e(decision['detail'])}</td></tr>"
                )
                continue
            arguments = decision.get("arguments") or [{"name": "", "value": "", "rule": "", "evidence": ""}]
            for position, argument in enumerate(arguments):
                head = (
                    f"<td rowspan={len(arguments)}><b>{e(decision['tool'])}</b><br><small>{e(decision['rule'])}: "
                    f"“{e(decision['clause'])}”<br>score {e(decision['score'])}</small></td>"
                    if position == 0
                    else ""
                )
                value = json.dumps(argument["value"], ensure_ascii=False) if argument["name"] else ""
                rows.append(
                    f"<tr>{head}<td><code>{e(argument['name'])}</code></td><td><code>{e(value)}</code></td>"
                    f"<td>{e(argument['rule'])}</td><td colspan=2><small>{e(argument['evidence'])}</small></td></tr>"
                )
        note = f"<div><small>{e(self.note)}</small></div>" if self.note else ""
        style = "border-collapse:collapse;font-family:system-ui,sans-serif;font-size:13px"
        header = (
            "<tr><th>call</th><th>argument</th><th>value</th><th>rule</th><th colspan=2>evidence</th></tr>"
        )
        return f'{note}<table style="{style}">{header}{"".join(rows)}</table>'


def why(source: object) -> Why:
    """Why the simulated model answered as it did: for a Converse response (dict), a ReAct `Trace`, or
    a Strands `Agent` (its tool calls, looked up at the local endpoint by their ids).

    A real model gives no such account, so on AWS this says so instead of guessing.
    """
    import os

    from agentkit.local.bedrock.admin import AdminClient
    from agentkit.local.platform import is_running

    if isinstance(source, dict):
        decisions = (source.get("additionalModelResponseFields") or {}).get("agentkitWhy")
        if decisions is None:
            return Why(
                [],
                "This response carries no reasons: it came from a real model, which does not explain itself.",
            )
        return Why(decisions)
    if hasattr(source, "tool_calls"):  # agentkit.react.Trace
        ids = [action.tool_use_id for action in source.tool_calls]
    elif hasattr(source, "messages"):  # a Strands Agent
        ids = [
            b["toolUse"]["toolUseId"] for m in source.messages for b in m.get("content", []) if "toolUse" in b
        ]
    else:
        raise TypeError(
            f"why() takes a Converse response, a ReAct Trace or a Strands Agent, not {type(source).__name__}."
        )
    url = os.environ.get("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "")
    if not url or not is_running(url):
        return Why(
            [],
            "No local Bedrock endpoint answers here: on AWS a real model decides, and it gives no reasons.",
        )
    admin = AdminClient(url)
    decisions = admin.why(ids) if ids else []
    latest = admin.why()
    answers = [d for d in latest if d.get("kind") == "answer"]
    return Why(decisions + answers[-1:])
