"""A ReAct agent from scratch, over raw Bedrock Converse — short enough to read in one sitting.

ReAct alternates *reasoning* and *acting*: the model thinks (text), asks for tools (`toolUse`), the
loop runs them and hands back *observations* (`toolResult`), until the model answers without asking
for a tool. Everything a framework such as Strands adds sits on top of this loop.

The loop keeps a `Trace` — thought, actions and observations per step — that renders itself as a
timeline in notebooks. Tool errors never stop the loop: a failed tool becomes an
observation with `status: error`, and the model decides what to do next. `max_steps` bounds the
number of model calls, so a model that keeps asking for tools cannot loop forever; `stop_when`
lets the caller end a run early by its own rule (it sees the trace after each step's tools ran
and returns a reason to stop, or None).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


class ConverseClient(Protocol):
    def converse(self, **request: Any) -> dict[str, Any]: ...


class RunnableTool(Protocol):
    """What the loop needs of a tool: its Bedrock spec and a way to answer a `toolUse` block."""

    name: str
    spec: dict[str, Any]

    def run(self, tool_use: dict[str, Any]) -> dict[str, Any]: ...


@dataclass
class Action:
    tool: str
    input: dict[str, Any]
    tool_use_id: str


@dataclass
class Observation:
    tool: str
    status: str
    content: str


@dataclass
class Step:
    number: int
    thought: str
    actions: list[Action] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class Trace:
    question: str
    steps: list[Step] = field(default_factory=list)
    answer: str | None = None
    stop_reason: str = ""

    @property
    def model_calls(self) -> int:
        return len(self.steps)

    @property
    def tool_calls(self) -> list[Action]:
        return [a for s in self.steps for a in s.actions]

    def _repr_html_(self) -> str:
        """The run as a vertical timeline: per step the thought, each action and its observation."""
        e = html.escape
        rows = [
            f'<div style="font-family:system-ui,sans-serif;font-size:13px;line-height:1.45">'
            f"<div><b>Question</b>: {e(self.question)}</div>"
        ]
        for step in self.steps:
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
        answer = self.answer if self.answer is not None else "(no answer: stopped by max_steps)"
        rows.append(f"<div><b>Answer</b> <small>({e(self.stop_reason)})</small>: {e(answer)}</div></div>")
        return "".join(rows)

    def __str__(self) -> str:
        lines = [f"question: {self.question}"]
        for step in self.steps:
            lines.append(f"step {step.number}: thought: {step.thought or '(none)'}")
            for action, observation in zip(step.actions, step.observations, strict=False):
                lines.append(f"  action: {action.tool}({json.dumps(action.input, ensure_ascii=False)})")
                lines.append(f"  observation [{observation.status}]: {observation.content}")
        lines.append(f"answer ({self.stop_reason}): {self.answer}")
        return "\n".join(lines)

    __repr__ = __str__


class ReActAgent:
    """The loop: call the model, run the tools it asks for, feed back the results, repeat."""

    def __init__(
        self,
        tools: list[RunnableTool],
        *,
        model_id: str,
        client: ConverseClient,
        system: str | None = None,
        max_steps: int = 8,
        stop_when: Callable[[Trace], str | None] | None = None,
    ):
        self.tools = {t.name: t for t in tools}
        self.model_id = model_id
        self.client = client
        self.system = system
        self.max_steps = max_steps
        self.stop_when = stop_when

    def run(self, question: str) -> Trace:
        trace = Trace(question)
        messages: list[dict[str, Any]] = [{"role": "user", "content": [{"text": question}]}]
        for number in range(1, self.max_steps + 1):
            response = self.client.converse(**self._request(messages))
            message = response["output"]["message"]
            messages.append(message)
            step = Step(
                number,
                thought=" ".join(b["text"] for b in message["content"] if "text" in b).strip(),
                input_tokens=response["usage"]["inputTokens"],
                output_tokens=response["usage"]["outputTokens"],
            )
            trace.steps.append(step)
            uses = [b["toolUse"] for b in message["content"] if "toolUse" in b]
            if response["stopReason"] != "tool_use" or not uses:
                trace.answer, trace.stop_reason = step.thought, response["stopReason"]
                return trace
            results = [self._act(use, step) for use in uses]
            messages.append({"role": "user", "content": results})
            reason = self.stop_when(trace) if self.stop_when else None
            if reason:
                trace.stop_reason = f"stopped: {reason}"
                return trace
        trace.stop_reason = "max_steps"
        return trace

    def _request(self, messages: list[dict[str, Any]]) -> dict[str, Any]:
        request: dict[str, Any] = {"modelId": self.model_id, "messages": messages}
        if self.tools:
            request["toolConfig"] = {"tools": [t.spec for t in self.tools.values()]}
        if self.system:
            request["system"] = [{"text": self.system}]
        return request

    def _act(self, use: dict[str, Any], step: Step) -> dict[str, Any]:
        """Run one requested tool; an unknown tool is an error observation, not a crash."""
        step.actions.append(Action(use["name"], use.get("input") or {}, use["toolUseId"]))
        tool = self.tools.get(use["name"])
        if tool is None:
            offered = ", ".join(self.tools) or "none"
            result = {
                "toolResult": {
                    "toolUseId": use["toolUseId"],
                    "content": [{"text": f"Unknown tool {use['name']!r}. Available tools: {offered}."}],
                    "status": "error",
                }
            }
        else:
            result = tool.run(use)
        body = result["toolResult"]
        content = " ".join(
            b["text"] if "text" in b else json.dumps(b.get("json"), ensure_ascii=False)
            for b in body["content"]
        )
        step.observations.append(Observation(use["name"], body.get("status", "success"), content))
        return result
