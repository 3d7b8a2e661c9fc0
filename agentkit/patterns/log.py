"""One message log for every multi-agent pattern: who said what to whom, what it cost, and why.

Each agent in a pattern carries a `LogHook` (a Strands hook provider), so the log is written by the
agent loop itself — the task an agent received when its invocation began, its answer and its token use
when the invocation ended — not by prints scattered through the pattern. The patterns add the
decisions they make around the agents (the plan, a branch that timed out, a hand-off, a score) with
`decide`, each with its reason: the reasoning trace and decision log in one place.

The log is data (`to_dataframe`), a picture (`draw`: a sequence diagram, one lifeline per agent), a
per-agent token and cost table (`usage_table`), and is persisted through `agentkit.memory`
(`persist`: one session, one message per entry, so a trace survives the process and can be read back
with `MemoryStore.get_conversation_history`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from strands import Agent
from strands.hooks import AfterInvocationEvent, BeforeInvocationEvent, HookProvider, HookRegistry

from agentkit.models.accounting import Usage, cost

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from agentkit.memory import MemoryStore

Kind = Literal["task", "result", "decision", "error"]

AgentFactory = Callable[[list[HookProvider]], Agent]
"""How every pattern takes an agent: `hooks -> Agent`. A pattern needs fresh agents (one per parallel
task: an agent keeps its conversation) carrying the pattern's hooks (`MessageLog.hook`)."""


@dataclass(frozen=True)
class Entry:
    """One message between two parties of a pattern, or one decision of the pattern itself."""

    seq: int
    sender: str
    receiver: str
    kind: Kind
    content: str
    at: float
    """Seconds since the log was created (a monotonic clock)."""
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None
    why: str = ""


@dataclass
class MessageLog:
    """The entries of one run of a pattern, in the order they happened (thread-safe: workers run at once)."""

    model_id: str = ""
    """Prices tokens in `usage_table` (the model the agents run on)."""
    entries: list[Entry] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _start: float = field(default_factory=time.monotonic, repr=False)

    def add(
        self,
        sender: str,
        receiver: str,
        kind: Kind,
        content: str,
        *,
        usage: Usage | None = None,
        why: str = "",
    ) -> Entry:
        usage = usage or Usage()
        price = cost(usage, self.model_id) if self.model_id and usage.total_tokens else None
        with self._lock:
            entry = Entry(
                len(self.entries),
                sender,
                receiver,
                kind,
                content,
                round(time.monotonic() - self._start, 6),
                usage.input_tokens,
                usage.output_tokens,
                float(price) if isinstance(price, Decimal) else None,
                why,
            )
            self.entries.append(entry)
        return entry

    def decide(self, by: str, decision: str, why: str) -> Entry:
        """Record a decision of the pattern (or of an agent, read from its output) and its reason."""
        return self.add(by, by, "decision", decision, why=why)

    def hook(self, agent: str, caller: str = "user") -> LogHook:
        """The hook that logs agent `agent`'s invocations as messages from and to `caller`."""
        return LogHook(self, agent, caller)

    def of(self, kind: Kind) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def to_dataframe(self) -> pd.DataFrame:
        import pandas as pd

        columns = [f for f in Entry.__dataclass_fields__]
        return pd.DataFrame([asdict(e) for e in self.entries], columns=columns)

    def usage_table(self) -> pd.DataFrame:
        """Per agent: model calls' input and output tokens and their cost at Bedrock prices."""
        frame = self.to_dataframe()
        results = frame[frame["kind"].isin(["result", "error"])]
        table = results.groupby("sender")[["input_tokens", "output_tokens", "cost_usd"]].sum(min_count=1)
        table.index.name = "agent"
        table.loc["total"] = table.sum(min_count=1)
        return table

    def persist(self, store: MemoryStore, session_id: str, user_id: str = "workshop") -> int:
        """Save the log as a session of `store` (one message per entry, decisions with their reason)."""
        store.create_session(user_id, title=f"message log {session_id}", session_id=session_id)
        for entry in self.entries:
            store.save_message(
                session_id,
                "assistant" if entry.kind in ("result", "decision") else "user",
                entry.content,
                agent_id=entry.sender,
                metadata={k: v for k, v in asdict(entry).items() if k != "content"},
            )
        return len(self.entries)

    def draw(self, title: str = "Messages between agents") -> Figure:
        """A sequence diagram: a lifeline per party, an arrow per message, a note per decision."""
        import matplotlib.pyplot as plt

        parties = list(dict.fromkeys(p for e in self.entries for p in (e.sender, e.receiver)))
        x = {p: i for i, p in enumerate(parties)}
        height = max(2.5, 0.42 * len(self.entries) + 1.2)
        fig, ax = plt.subplots(figsize=(max(6.0, 1.9 * len(parties)), height))
        for p, i in x.items():
            ax.plot([i, i], [0.5, len(self.entries) + 0.5], color="#bbbbbb", linewidth=1, zorder=0)
            ax.text(i, -0.1, p, ha="center", va="bottom", fontsize=9, fontweight="bold")
        colours = {"task": "#08519c", "result": "#2e7d32", "error": "#c62828"}
        for row, e in enumerate(self.entries, start=1):
            label = _short(e.content, 46)
            if e.kind == "decision":
                ax.text(
                    x[e.sender], row, f"◆ {label}", ha="center", va="center", fontsize=7.5,
                    bbox={"boxstyle": "round,pad=0.25", "fc": "#fff8ec", "ec": "#ff9900"},
                )  # fmt: skip
                continue
            start, end = x[e.sender], x[e.receiver]
            ax.annotate(
                "", xy=(end, row), xytext=(start, row),
                arrowprops={"arrowstyle": "->", "color": colours[e.kind], "linewidth": 1.4},
            )  # fmt: skip
            tokens = f" · {e.input_tokens}→{e.output_tokens} tok" if e.input_tokens or e.output_tokens else ""
            ax.text((start + end) / 2, row - 0.12, label + tokens, ha="center", va="bottom", fontsize=7.5)
        ax.set_ylim(len(self.entries) + 0.8, -0.6)
        ax.set_xlim(-0.8, len(parties) - 0.2)
        ax.axis("off")
        ax.set_title(title, fontsize=11)
        fig.tight_layout()
        return fig


class LogHook(HookProvider):
    """Logs an agent's invocations: the task it was given, then its answer with the tokens it used."""

    def __init__(self, log: MessageLog, agent: str, caller: str = "user"):
        self.log, self.agent, self.caller = log, agent, caller

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        registry.add_callback(BeforeInvocationEvent, self._received)
        registry.add_callback(AfterInvocationEvent, self._answered)

    def _received(self, event: BeforeInvocationEvent) -> None:
        self.log.add(self.caller, self.agent, "task", _text(event.messages or []))

    def _answered(self, event: AfterInvocationEvent) -> None:
        result = event.result
        if result is None:
            self.log.add(self.agent, self.caller, "error", "no answer (the invocation failed)")
            return
        usage = Usage.from_strands(result.metrics.accumulated_usage, "bedrock")
        said = _structured(result.structured_output) if result.structured_output else str(result).strip()
        self.log.add(self.agent, self.caller, "result", said, usage=usage)


def _structured(output: Any) -> str:
    """A structured output in words ("Plan — subtasks: 2 items"), not as raw JSON."""
    fields = output.model_dump() if hasattr(output, "model_dump") else {}
    said = [
        f"{k}: {len(v)} item{'s' * (len(v) != 1)}" if isinstance(v, list) else f"{k}: {v}"
        for k, v in fields.items()
    ]
    return f"{type(output).__name__} — {', '.join(said)}"


def _text(messages: list[dict[str, Any]]) -> str:
    """The text of the last message with text (what the agent was asked this time)."""
    for message in reversed(messages):
        texts = [b["text"] for b in message.get("content", []) if "text" in b]
        if texts:
            return "\n".join(texts)
    return ""


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
