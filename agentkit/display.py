"""Notebook views that are not one object's own rendering: a chat box, and `why` (the simulated model's
reasons for a run).

HTML for Jupyter, with a plain-text twin for terminals and for stored outputs that diff well. The kit's
objects render themselves (`Connection` as the mode banner, a ReAct `Trace` as a timeline), so this module
sits above them and nothing below imports it.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable


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
