"""Draws the lessons' architecture diagrams into this folder as plain SVG: `python notebooks/images/diagrams.py`.

Notebooks show them with `![...](images/<name>.svg)` in a markdown cell. Plain SVG — boxes, arrows and
text, no scripts or external fonts — renders the same in JupyterLab and in GitHub's notebook viewer,
which renders no Mermaid. Written with the standard library only, so redrawing needs nothing installed.
Colours follow `modes.svg` (lesson 00): blue for the agent's own code, orange for the model (Bedrock),
green for data and stores, red for the safety checks, grey for everything else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"
INK, MUTED = "#222", "#555"
# kind → (fill, stroke)
KINDS = {
    "code": ("#eef3fb", "#3b6fb6"),
    "model": ("#fff8ec", "#ff9900"),
    "data": ("#f1f8f1", "#2e7d32"),
    "check": ("#fdecea", "#c62828"),
    "plain": ("#f6f6f6", "#8a8a8a"),
    "frame": ("none", "#9aa5b1"),
}
TITLE_SIZE, LINE_SIZE, NOTE_SIZE = 14, 12.5, 11.5
LINE_HEIGHT = 17


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def left(self) -> tuple[float, float]:
        return (self.x, self.y + self.h / 2)

    @property
    def right(self) -> tuple[float, float]:
        return (self.x + self.w, self.y + self.h / 2)

    @property
    def top(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y)

    @property
    def bottom(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h)

    def at(self, fx: float, fy: float) -> tuple[float, float]:
        """The point at fractions (fx, fy) of the box's width and height."""
        return (self.x + fx * self.w, self.y + fy * self.h)


class Drawing:
    def __init__(self, width: int, height: int, title: str) -> None:
        self.width, self.height, self.title = width, height, title
        self.parts: list[str] = []

    def text(
        self,
        x: float,
        y: float,
        words: str,
        *,
        size: float = NOTE_SIZE,
        color: str = MUTED,
        anchor: str = "middle",
        bold: bool = False,
    ) -> None:
        weight = ' font-weight="bold"' if bold else ""
        self.parts.append(
            f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}" font-size="{size:g}" fill="{color}"{weight}>'
            f"{escape(words)}</text>"
        )

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        title: str,
        lines: Sequence[str] = (),
        *,
        kind: str = "code",
        title_at_top: bool = False,
    ) -> Box:
        """A rounded box with a bold title and lines under it, centred (or the title at the top, for a frame)."""
        fill, stroke = KINDS[kind]
        dash = ' stroke-dasharray="6 4"' if kind == "frame" else ""
        self.parts.append(
            f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="8" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="1.5"{dash}/>'
        )
        block = LINE_HEIGHT * (len(lines) + 1)
        top = y + 22 if title_at_top else y + (h - block) / 2 + 13
        self.text(x + w / 2, top, title, size=TITLE_SIZE, color=INK, bold=True)
        for i, line in enumerate(lines, start=1):
            self.text(x + w / 2, top + i * LINE_HEIGHT, line, size=LINE_SIZE, color=INK)
        return Box(x, y, w, h)

    def arrow(
        self,
        *points: tuple[float, float],
        label: str = "",
        label_at: tuple[float, float] | None = None,
        color: str = "#444",
        dashed: bool = False,
        both: bool = False,
        anchor: str = "middle",
    ) -> None:
        """A polyline through `points` with an arrowhead at the end (and the start, if `both`)."""
        path = " ".join(f"{x:g},{y:g}" for x, y in points)
        marker = f"url(#head-{color.lstrip('#')})"
        start = f' marker-start="{marker}"' if both else ""
        dash = ' stroke-dasharray="5 4"' if dashed else ""
        self.parts.append(
            f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.5"{dash}{start} '
            f'marker-end="{marker}"/>'
        )
        if label:
            if label_at is None:
                (x1, y1), (x2, y2) = points[0], points[-1]
                label_at = ((x1 + x2) / 2, (y1 + y2) / 2 - 6)
            self.text(*label_at, label, color=color if color != "#444" else MUTED, anchor=anchor)

    def svg(self) -> str:
        colors = sorted(
            {part.split('stroke="')[1].split('"')[0] for part in self.parts if "<polyline" in part}
        )
        markers = "\n".join(
            f'    <marker id="head-{c.lstrip("#")}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
            for c in colors
        )
        body = "\n".join(f"  {part}" for part in self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
            f'viewBox="0 0 {self.width} {self.height}" font-family="{FONT}" role="img">\n'
            f"  <title>{escape(self.title)}</title>\n"
            f'  <rect width="{self.width}" height="{self.height}" fill="#ffffff"/>\n'
            f"  <defs>\n{markers}\n  </defs>\n{body}\n</svg>\n"
        )


def react_loop() -> Drawing:
    """Lesson 01: the ReAct loop written by hand around Converse."""
    d = Drawing(900, 330, "The ReAct loop: reason, act, observe, until the model answers")
    question = d.box(20, 120, 140, 70, "Question", ["the user's request"], kind="plain")
    messages = d.box(210, 110, 200, 90, "messages", ["user · assistant", "toolResult · …"], kind="data")
    model = d.box(
        470,
        30,
        230,
        90,
        "Model: Converse",
        ["messages + tool specs in,", "text and toolUse out"],
        kind="model",
    )
    tools = d.box(
        470, 210, 230, 90, "Your loop runs the tools", ["validate, call, catch errors"], kind="code"
    )
    answer = d.box(760, 40, 120, 70, "Answer", ["final text"], kind="plain")
    d.arrow(question.right, messages.left)
    d.arrow(
        messages.at(0.75, 0),
        (messages.at(0.75, 0)[0], model.left[1]),
        model.left,
        label="reason",
        label_at=(440, 64),
    )
    d.arrow(model.bottom, tools.top, label="stopReason: tool_use  (act)", label_at=(594, 166), anchor="start")
    d.arrow(
        tools.left,
        (messages.at(0.75, 1)[0], tools.left[1]),
        messages.at(0.75, 1),
        label="toolResult (observe)",
        label_at=(395, 272),
        anchor="end",
    )
    d.arrow(model.right, answer.left, label="end_turn", label_at=(730, 66))
    d.text(
        450,
        322,
        "Every turn is a paid model call: the loop stops after max_steps. A tool error is an observation, not a crash.",
    )
    return d


def strands_agent_loop() -> Drawing:
    """Lesson 02: the loop inside a Strands Agent, the model it calls and where tools run, MCP included."""
    d = Drawing(990, 420, "A Strands agent: the event loop, its model, its tools and an MCP server")
    d.box(
        20,
        20,
        570,
        300,
        "Strands Agent(model, tools, system_prompt, callback_handler)",
        kind="frame",
        title_at_top=True,
    )
    messages = d.box(
        45, 80, 200, 80, "agent.messages", ["system prompt +", "the conversation so far"], kind="data"
    )
    model = d.box(
        340, 70, 225, 90, "BedrockModel", ["model_id · temperature", "max_tokens · …"], kind="model"
    )
    tools = d.box(
        340,
        190,
        225,
        90,
        "tool registry",
        ["@tool functions: in process", "MCPClient: tools of a server"],
        kind="code",
    )
    bedrock = d.box(
        720,
        60,
        250,
        110,
        "Amazon Bedrock",
        ["ConverseStream", "offline: the local endpoint,", "a simulated model"],
        kind="model",
    )
    server = d.box(
        720,
        185,
        250,
        100,
        "MCP server (own process)",
        ["python -m agentkit.tools.mcp_server", "search_documents · query_database"],
        kind="data",
    )
    d.box(45, 350, 520, 55, "events", ["text chunks · tool input · messages · result"], kind="plain")
    d.arrow(
        messages.right, (model.left[0], messages.right[1]), label="messages + tool specs", label_at=(292, 112)
    )
    d.arrow(model.bottom, tools.top, label="toolUse", label_at=(460, 180), anchor="start")
    d.arrow(
        tools.left,
        (messages.bottom[0], tools.left[1]),
        messages.bottom,
        label="toolResult",
        label_at=(200, 228),
    )
    d.arrow(
        model.right,
        (bedrock.left[0], model.right[1]),
        both=True,
        label="request, stream",
        label_at=(642, 106),
    )
    d.arrow(
        tools.right, (server.left[0], tools.right[1]), both=True, label="stdio, JSON-RPC", label_at=(642, 226)
    )
    d.text(642, 252, "tools/list, tools/call")
    d.text(
        45,
        304,
        "The loop ends when the model answers without a toolUse: the text becomes the AgentResult.",
        anchor="start",
    )
    d.arrow((300, 320), (300, 350), dashed=True)
    d.text(580, 372, "→ callback_handler(**event)", size=LINE_SIZE, color=INK, anchor="start")
    d.text(580, 392, "→ async for event in agent.stream_async(…)", size=LINE_SIZE, color=INK, anchor="start")
    return d


def memory_tiers() -> Drawing:
    """Lesson 03: where an agent's memory lives, and how long each tier lasts."""
    d = Drawing(940, 400, "Memory tiers: the request, the process, the session, long-term facts")
    rows = [
        (
            "model",
            "In the request",
            [
                "system prompt + facts + recent turns; BudgetedSummarizer",
                "keeps it under a token budget by summarising old turns",
            ],
            "one model call",
        ),
        (
            "code",
            "In the process",
            [
                "agent.messages; CachedStore: agent configs and task status",
                "in a TTL + LRU cache in front of the table",
            ],
            "until the kernel or Lambda ends",
        ),
        (
            "data",
            "Session memory — DynamoDB",
            [
                "SESSION#id: METADATA, MSG#000000000001 …, STATE#key;",
                "read newest first, one page per Query; TTL expires old turns",
            ],
            "one conversation, across restarts",
        ),
        (
            "data",
            "Long-term memory — DynamoDB",
            ["AGENT#id: FACT#… written by the remember tool,", "read into every system prompt"],
            "across sessions, until forgotten",
        ),
    ]
    d.text(320, 26, "where it lives", size=LINE_SIZE, color=MUTED)
    d.text(775, 26, "how long it lasts", size=LINE_SIZE, color=MUTED)
    boxes = []
    for i, (kind, title, lines, lasts) in enumerate(rows):
        y = 40 + i * 88
        boxes.append(d.box(70, y, 500, 72, title, lines, kind=kind))
        d.box(630, y + 14, 290, 44, lasts, kind="plain")
        d.arrow((570, y + 36), (630, y + 36))
    request, session, facts = boxes[0], boxes[2], boxes[3]
    for lane, store in ((50, session), (30, facts)):
        d.arrow(
            store.left,
            (lane, store.left[1]),
            (lane, request.at(0, 0.5 + (50 - lane) / 80)[1]),
            request.at(0, 0.5 + (50 - lane) / 80),
            dashed=True,
            color="#2e7d32",
        )
    d.text(
        20,
        395,
        "Dashed: read back into the next request — the session's messages by Strands' session manager, "
        "the facts by LongTermMemory.",
        anchor="start",
    )
    return d


def guardrail_placement() -> Drawing:
    """Lesson 04: the four checks around a Strands agent, and the OWASP risks each addresses."""
    d = Drawing(940, 400, "Guardrail placement: input, tool call, tool result, output")
    user = d.box(20, 50, 110, 70, "User", ["request"], kind="plain")
    check_in = d.box(
        170,
        35,
        190,
        100,
        "Input check",
        ["ApplyGuardrail INPUT:", "denied topics, prompt", "attacks, PII"],
        kind="check",
    )
    model = d.box(400, 50, 140, 70, "Model", ["Bedrock"], kind="model")
    check_out = d.box(
        580,
        35,
        190,
        100,
        "Output check",
        ["ApplyGuardrail OUTPUT:", "PII masked or blocked,", "grounding"],
        kind="check",
    )
    answer = d.box(810, 50, 110, 70, "Answer", ["to the user"], kind="plain")
    before = d.box(
        170, 215, 190, 100, "Before a tool call", ["allowed-tools list,", "argument rules"], kind="check"
    )
    tool = d.box(400, 230, 140, 70, "Tool", ["documents, APIs"], kind="code")
    after = d.box(
        580,
        215,
        190,
        100,
        "After a tool call",
        ["instructions injected", "into the result removed"],
        kind="check",
    )
    d.arrow(user.right, check_in.left)
    d.arrow(check_in.right, model.left)
    d.arrow(model.right, check_out.left)
    d.arrow(check_out.right, answer.left)
    d.arrow(
        model.at(0.3, 1),
        (model.at(0.3, 1)[0], 175),
        (before.top[0], 175),
        before.top,
        label="toolUse",
        label_at=(330, 170),
    )
    d.arrow(before.right, tool.left)
    d.arrow(tool.right, after.left)
    d.arrow(
        after.top,
        (after.top[0], 175),
        (model.at(0.7, 1)[0], 175),
        model.at(0.7, 1),
        label="toolResult",
        label_at=(610, 170),
    )
    d.text(265, 152, "LLM01:2025 (direct)", color="#c62828")
    d.text(675, 152, "LLM02:2025 · LLM05:2025", color="#c62828")
    d.text(265, 332, "LLM06:2025 Excessive Agency", color="#c62828")
    d.text(675, 332, "LLM01:2025 (indirect)", color="#c62828")
    d.text(
        470,
        364,
        "Input and output checks: a Bedrock guardrail, called by GuardrailHooks or set as guardrailConfig on Converse.",
    )
    d.text(470, 384, "Tool checks: in-process hooks only — Bedrock Guardrails see text, not tool calls.")
    return d


def text_to_sql() -> Drawing:
    """Lesson 05: from a question to rows, with the check and the budgets in between."""
    d = Drawing(
        1000, 360, "Text to SQL: the model writes the query, the check and the budgets decide what runs"
    )
    question = d.box(20, 45, 120, 70, "Question", ["plain language"], kind="plain")
    agent = d.box(
        180,
        35,
        200,
        90,
        "Agent and model",
        ["tools: list_tables,", "describe_table, run_query"],
        kind="model",
    )
    check = d.box(
        470,
        10,
        260,
        140,
        "check_query (sqlglot)",
        [
            "one statement · SELECT only",
            "allow-listed tables, columns",
            "no denied functions, no recursion",
            "join budget · LIMIT added",
        ],
        kind="check",
    )
    execute = d.box(
        810, 35, 170, 90, "execute", ["read-only connection", "time budget · row cap"], kind="data"
    )
    db = d.box(810, 220, 170, 60, "SQLite", ["retail database"], kind="data")
    rows = d.box(470, 220, 260, 60, "rows → DataFrame", ["the answer, a chart"], kind="plain")
    d.arrow(question.right, (agent.left[0], question.right[1]))
    d.arrow(
        agent.at(1, 0.3), (check.left[0], agent.at(1, 0.3)[1]), label="run_query(sql)", label_at=(425, 55)
    )
    d.arrow(
        (check.right[0], agent.at(1, 0.3)[1]),
        (execute.left[0], agent.at(1, 0.3)[1]),
        label="checked SQL",
        label_at=(770, 55),
    )
    d.arrow(execute.bottom, db.top, both=True)
    d.arrow(db.left, rows.right)
    d.arrow(
        rows.left,
        (agent.at(0.3, 1)[0], rows.left[1]),
        agent.at(0.3, 1),
        label="tool result",
        label_at=(320, 244),
    )
    refused = check.at(0.12, 1)
    d.arrow(
        refused,
        (refused[0], 168),
        (agent.at(0.75, 1)[0], 168),
        agent.at(0.75, 1),
        color="#c62828",
        dashed=True,
    )
    d.text(340, 188, "refused: the reason, as a tool error", color="#c62828", anchor="start")
    d.text(
        500,
        318,
        "The model's SQL is untrusted output (LLM05:2025 Improper Output Handling): it is parsed and checked before",
    )
    d.text(
        500,
        338,
        "anything runs, and what runs is regenerated from the checked tree — inside a read-only connection and budgets.",
    )
    return d


def patterns() -> Drawing:
    """Lesson 06: the four multi-agent patterns, side by side, and the one message log under them."""
    d = Drawing(1000, 430, "Four multi-agent patterns, one message log")
    # orchestrator–workers
    d.box(10, 10, 235, 330, "Orchestrator–workers", kind="frame", title_at_top=True)
    planner = d.box(55, 50, 145, 50, "planner", ["a Plan (structured)"], kind="model")
    w1 = d.box(25, 140, 95, 50, "worker", ["tools"], kind="code")
    w2 = d.box(135, 140, 95, 50, "worker", ["tools"], kind="code")
    synth = d.box(55, 230, 145, 50, "synthesizer", ["reconciles"], kind="model")
    d.arrow(planner.at(0.3, 1), w1.top)
    d.arrow(planner.at(0.7, 1), w2.top)
    d.arrow(w1.bottom, synth.at(0.3, 0))
    d.arrow(w2.bottom, synth.at(0.7, 0))
    d.text(127, 305, "in parallel, at most", color=MUTED)
    d.text(127, 320, "max_concurrency at once", color=MUTED)
    # evaluator–optimizer
    d.box(255, 10, 235, 330, "Evaluator–optimizer", kind="frame", title_at_top=True)
    gen = d.box(300, 60, 145, 55, "writer", ["draft"], kind="model")
    judge = d.box(300, 180, 145, 65, "rubric", ["code checks", "+ judge agent"], kind="check")
    d.arrow(gen.at(0.3, 1), judge.at(0.3, 0), label="draft", label_at=(330, 152), anchor="end")
    d.arrow(
        judge.at(0.7, 0),
        gen.at(0.7, 1),
        label="critique",
        label_at=(410, 152),
        anchor="start",
        color="#c62828",
    )
    d.text(372, 280, "until the threshold or", color=MUTED)
    d.text(372, 295, "max_rounds; every round", color=MUTED)
    d.text(372, 310, "kept, the best one wins", color=MUTED)
    # hand-offs
    d.box(500, 10, 235, 330, "Hand-offs (Swarm)", kind="frame", title_at_top=True)
    triage = d.box(545, 60, 145, 55, "triage", ["reads the request"], kind="model")
    s1 = d.box(515, 200, 100, 60, "specialist", ["its tools"], kind="code")
    s2 = d.box(625, 200, 100, 60, "specialist", ["its tools"], kind="code")
    d.arrow(triage.at(0.3, 1), s1.top, label="hand-off", label_at=(560, 160), anchor="end")
    d.arrow(
        s2.at(0.5, 0), triage.at(0.75, 1), dashed=True, label="…or back", label_at=(668, 150), anchor="start"
    )
    d.text(617, 290, "message + context of facts,", color=MUTED)
    d.text(617, 305, "not the transcript", color=MUTED)
    # fan-out
    d.box(745, 10, 245, 330, "Fan-out", kind="frame", title_at_top=True)
    question = d.box(800, 55, 135, 45, "question", [], kind="plain")
    b1 = d.box(755, 140, 70, 55, "agent", ["ok"], kind="code")
    b2 = d.box(833, 140, 70, 55, "agent", ["ok"], kind="code")
    b3 = d.box(911, 140, 70, 55, "agent", ["late ✗"], kind="check")
    agg = d.box(800, 235, 135, 50, "aggregator", ["what came back"], kind="model")
    for b in (b1, b2, b3):
        d.arrow(question.bottom, b.top)
    d.arrow(b1.bottom, agg.at(0.2, 0))
    d.arrow(b2.bottom, agg.at(0.5, 0))
    d.arrow(b3.bottom, agg.at(0.8, 0), dashed=True, color="#c62828")
    d.text(867, 310, "a time limit per branch;", color=MUTED)
    d.text(867, 325, "partial results kept", color=MUTED)
    # the log
    d.box(
        10, 355, 980, 65, "MessageLog — written by Strands hooks on every agent",
        ["sender → receiver · content · tokens · cost · decisions with their reasons → a sequence diagram, "
         "a usage table, a session in agentkit.memory"],
        kind="data",
    )  # fmt: skip
    return d


def frameworks_side_by_side() -> Drawing:
    """Lesson 07: one task built with Strands, LangGraph and CrewAI, on the same tools and model endpoint."""
    d = Drawing(1000, 440, "One task, three frameworks: the same tools and the same Bedrock endpoint")
    strands = d.box(20, 10, 290, 300, "Strands", kind="frame", title_at_top=True)
    agent = d.box(45, 55, 240, 80, "Agent", ["model, system prompt, tools", "(agent(question) runs it all)"])
    loop = d.box(
        45, 190, 240, 80, "the tool loop", ["model → toolUse → tool", "→ toolResult → model …"], kind="plain"
    )
    d.arrow(agent.bottom, loop.top, both=True)

    langgraph = d.box(330, 10, 360, 300, "LangGraph", kind="frame", title_at_top=True)
    route = d.box(350, 50, 140, 60, "route", ["model: structured output"], kind="model")
    answer = d.box(530, 50, 140, 60, "answer", ["model + the tool"], kind="model")
    approve = d.box(350, 150, 140, 60, "approve", ["interrupt(): a person"], kind="check")
    tools = d.box(530, 150, 140, 60, "tools", ["ToolNode"])
    d.box(350, 240, 320, 55, "InMemorySaver", ["each thread's state: pause here, resume later"], kind="data")
    d.arrow(route.right, answer.left)
    d.arrow(answer.at(0.1, 1), approve.at(0.85, 0), label="database", label_at=(506, 134), anchor="end")
    d.arrow(approve.right, tools.left, label="resumed", label_at=(510, 170))
    d.arrow(answer.at(0.5, 1), tools.at(0.5, 0), label="handbook", label_at=(604, 134), anchor="start")
    d.arrow(tools.at(0.85, 0), answer.at(0.85, 1))
    d.text(600, 42, "no tool call → END")

    crewai = d.box(710, 10, 270, 300, "CrewAI", kind="frame", title_at_top=True)
    research = d.box(735, 55, 220, 80, "Researcher · task 1", ["with the tools:", "finds the figure"])
    writer = d.box(735, 190, 220, 80, "Writer · task 2", ["no tools: answers", "from task 1's output"])
    d.arrow(research.bottom, writer.top, label="context=[research]", label_at=(852, 166), anchor="start")

    shared = d.box(
        20,
        350,
        960,
        70,
        "Shared by all three",
        [
            "tools: search_documents, query_database (the kit's, as_strands · as_langchain · as_crewai) · "
            "model: the endpoint agentkit.connect() chose",
        ],
        kind="plain",
    )
    for frame in (strands, langgraph, crewai):
        d.arrow(frame.bottom, (frame.bottom[0], shared.top[1]), both=True)
    return d


def research_pipeline() -> Drawing:
    """Lesson 08: the research pipeline's states, who answers the approval, and where a failed run resumes."""
    d = Drawing(
        1000, 430, "The research pipeline: Step Functions states, a person in the loop, a resumable failure"
    )
    research = d.box(20, 40, 150, 65, "Research", ["researcher agent", "search_documents"], kind="model")
    analyze = d.box(200, 40, 150, 65, "Analyze", ["analyst agent", "query_database"], kind="model")
    ask = d.box(
        380, 40, 170, 65, "RequestApproval", ["waits for a task token", "TimeoutSeconds 24 h"], kind="check"
    )
    choice = d.box(575, 40, 160, 65, "ApprovalDecision", ["approved: true?"], kind="plain")
    write = d.box(760, 10, 110, 50, "Write", ["the writer"], kind="code")
    skip = d.box(760, 80, 110, 45, "SkipWriting", [], kind="plain")
    final = d.box(
        760, 170, 220, 70, "Finalize", ["report → S3 (presigned URL)", "status → DynamoDB"], kind="data"
    )
    d.arrow(research.right, analyze.left)
    d.arrow(analyze.right, ask.left)
    d.arrow(ask.right, choice.left)
    d.arrow(choice.at(1, 0.3), write.left, label="yes", label_at=(745, 30))
    d.arrow(choice.at(1, 0.75), skip.left, label="no", label_at=(745, 112))
    d.arrow(write.right, (990, 35), (990, 160), (final.at(0.95, 0)))
    d.arrow(skip.bottom, (skip.bottom[0], final.top[1]))
    d.arrow(
        ask.at(0.5, 1),
        (465, 205),
        (760, 205),
        label="timeout → rejected, with the reason",
        label_at=(610, 198),
    )
    people = d.box(
        430,
        285,
        320,
        75,
        "A person answers",
        ["ApprovalPanel (widget) · agentkit approve", "· approvals.respond (HTTP)"],
        kind="plain",
    )
    d.arrow(
        people.at(0.2, 0),
        (people.at(0.2, 0)[0], ask.bottom[1]),
        label="send_task_success",
        label_at=(500, 250),
        anchor="start",
        color="#c62828",
    )
    failed = d.box(
        20,
        200,
        300,
        75,
        "RecordFailure → HandleError → Failed",
        ["any step's error (Catch): the results", "so far kept in the status record"],
        kind="check",
    )
    d.arrow(research.bottom, (research.bottom[0], failed.top[1]), color="#c62828", dashed=True)
    d.arrow(analyze.bottom, (analyze.bottom[0], failed.top[1]), color="#c62828", dashed=True)
    resume = d.box(
        20,
        320,
        300,
        70,
        "runs.resume(execution)",
        ["a new execution, resume_from the first", "step without a result"],
        kind="code",
    )
    d.arrow(failed.bottom, resume.top)
    d.arrow(
        resume.right,
        (355, 355),
        (355, 125),
        (ask.at(0.1, 1)),
        dashed=True,
        label="skips done steps",
        label_at=(348, 302),
        anchor="end",
    )
    return d


def the_service() -> Drawing:
    """Lesson 09: the service's Lambda functions behind API Gateway, and where status updates travel."""
    d = Drawing(
        1000,
        375,
        "The agent system as a service: API Gateway, the functions, the stores and the live updates",
    )
    client = d.box(20, 150, 150, 90, "Client", ["requests · web UI", "a WebSocket"], kind="plain")
    d.box(210, 40, 170, 310, "API Gateway", [], kind="frame", title_at_top=True)
    authorizer = d.box(225, 75, 140, 65, "Authorizer", ["API key · JWT", "→ user, roles"], kind="check")
    rest = d.box(225, 160, 140, 50, "REST · GraphQL", ["/agents … /graphql"], kind="plain")
    socket = d.box(225, 230, 140, 50, "WebSocket", ["$connect · subscribe"], kind="plain")
    manage = d.box(225, 295, 140, 45, "@connections", ["push to a client"], kind="plain")
    functions = d.box(
        420,
        120,
        200,
        150,
        "Lambda functions",
        [
            "rest · graphql_api",
            "realtime · chat",
            "operations: permission,",
            "ownership, the work",
        ],
        kind="code",
    )
    model = d.box(660, 30, 150, 60, "Model", ["Bedrock · local"], kind="model")
    table = d.box(
        652, 110, 172, 60, "DynamoDB", ["agents, tasks, sessions,", "connections, keys"], kind="data"
    )
    bus = d.box(
        652, 190, 172, 60, "EventBridge", ["TaskCreated, status,", "progress, completed"], kind="data"
    )
    flow = d.box(
        840, 110, 145, 80, "Step Functions", ["task_execution.asl", "approval: a task token"], kind="code"
    )
    status = d.box(660, 300, 150, 60, "Status function", ["the agent's", "subscribers"], kind="code")
    d.arrow(client.at(1, 0.3), authorizer.left, label="x-api-key / Bearer", label_at=(105, 128))
    d.arrow(authorizer.bottom, rest.top)
    d.arrow(client.right, rest.left)
    d.arrow(client.at(1, 0.75), socket.left, both=True)
    d.arrow(rest.right, functions.at(0, 0.35))
    d.arrow(socket.right, functions.at(0, 0.75))
    d.arrow(functions.at(1, 0.1), model.left)
    d.arrow(functions.at(1, 0.35), table.left)
    d.arrow(functions.at(1, 0.7), bus.left)
    d.arrow(
        functions.at(1, 0.2),
        (640, 140),
        (640, 100),
        (912, 100),
        flow.top,
        label="start (named by the task id)",
        label_at=(830, 92),
    )
    d.arrow(flow.bottom, (912, 220), bus.right, label="progress, done", label_at=(900, 240))
    d.arrow(bus.bottom, status.top)
    d.arrow(status.left, manage.right, color="#2e7d32", label="post_to_connection", label_at=(520, 318))
    d.arrow(manage.left, (190, 318), (190, 265), (client.at(0.9, 1)), color="#2e7d32")
    return d


DIAGRAMS: dict[str, Callable[[], Drawing]] = {
    "01_react_loop.svg": react_loop,
    "02_strands_agent_loop.svg": strands_agent_loop,
    "03_memory_tiers.svg": memory_tiers,
    "04_guardrail_placement.svg": guardrail_placement,
    "05_text_to_sql.svg": text_to_sql,
    "06_patterns.svg": patterns,
    "07_frameworks_side_by_side.svg": frameworks_side_by_side,
    "08_research_pipeline.svg": research_pipeline,
    "09_the_service.svg": the_service,
}


def main() -> None:
    for name, draw in DIAGRAMS.items():
        (HERE / name).write_text(draw().svg(), encoding="utf-8")
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()
