"""The web UI in a real browser: `agentkit serve` started by the test (port 0), Debian's chromium driven by
Playwright through `executable_path` (Playwright's own browser download needs the internet; `make test`
installs chromium with apt-get, `make chromium`). One browser page for the module, used in order: sign in,
chat, approve.

What the browser sees is checked against what crossed the WebSocket (Playwright records its frames): the
answer grows on the page as `token` frames arrive, the tool step shown is the `tool_call` frame's, and the
task's final status is the one a `done` frame pushed after the approval.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, WebSocket, expect, sync_playwright

from agentkit.local.platform import LocalPlatform
from agentkit.service import serve
from agentkit.workflows import local

TIMEOUT_MS = 30_000
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "build" / "node" / "node_modules" / "axe-core" / "axe.min.js"
"""axe-core, the accessibility rules engine, from package.json (`make node-tools`; `make test` installs it)."""
PHONE = {"width": 375, "height": 800}
expect.set_options(timeout=TIMEOUT_MS)  # 2 shared cores: a turn of the simulated model may take seconds


def chromium() -> str:
    """The Chromium binary to drive: $CHROMIUM (a name or a path), else `chromium` on PATH."""
    wanted = os.environ.get("CHROMIUM", "chromium")
    found = shutil.which(wanted)
    if found is None:
        pytest.fail(
            f"'{wanted}' not found: the web UI's browser test needs Chromium. Run `make chromium` (as root it "
            "installs Debian's package with apt-get), `sudo apt-get install -y chromium`, or set CHROMIUM to a "
            "Chromium or Chrome binary."
        )
    return found


def multiply(event: dict[str, Any], context: Any) -> float:
    """The agent's tool, run as its local Lambda function."""
    return float(event["a"]) * float(event["b"])


MULTIPLY = {
    "name": "multiply",
    "description": "Multiply two numbers: the product of a and b.",
    "parameters": {
        "properties": {
            "a": {"type": "number", "description": "the first number"},
            "b": {"type": "number", "description": "the second number"},
        },
        "required": ["a", "b"],
    },
}


@pytest.fixture(scope="module")
def server(module_env: LocalPlatform) -> Iterator[serve.Server]:
    with serve.start(name="web-ui-test") as running:
        yield running


@pytest.fixture(scope="module")
def agent(server: serve.Server) -> str:
    """An agent of the demo user with one tool, created over the API as any client would."""
    [arn] = local.functions(
        ["MultiplyFunctionArn"], {"MultiplyFunctionArn": multiply}, prefix="web-ui"
    ).values()
    configuration = {
        "llmProvider": "bedrock",
        "model": "simulated",
        "systemPrompt": "Answer briefly; use your tools for arithmetic.",
        "tools": [{**MULTIPLY, "handler": arn}],
    }
    created = httpx.post(
        f"{server.url}/agents",
        json={"name": "calculator", "configuration": configuration},
        headers={"x-api-key": server.api_key},
        timeout=30,
    )
    assert created.status_code == 201, created.text
    return created.json()["id"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), headless=True)
        yield launched
        launched.close()


class Frames:
    """The JSON messages the page's WebSocket received, in order."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []

    def watch(self, socket: WebSocket) -> None:
        socket.on("framereceived", lambda payload: self.received.append(json.loads(payload)))

    def of(self, kind: str, **fields: str) -> list[dict[str, Any]]:
        return [
            f
            for f in self.received
            if f.get("type") == kind and all(f.get(k) == v for k, v in fields.items())
        ]


@pytest.fixture(scope="module")
def frames() -> Frames:
    return Frames()


@pytest.fixture(scope="module")
def page(browser: Browser, server: serve.Server, frames: Frames) -> Iterator[Page]:
    opened = browser.new_page(viewport=PHONE)
    opened.set_default_timeout(TIMEOUT_MS)
    opened.on("websocket", frames.watch)
    opened.goto(server.url)
    yield opened
    opened.close()


def test_an_unknown_key_is_refused_and_the_demo_key_signs_in(
    page: Page, server: serve.Server, agent: str
) -> None:
    page.get_by_label("API key").fill("ak_not-a-key-anyone-issued")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#sign-in-error")).to_contain_text("Unauthorized")
    expect(page.locator("#workspace")).to_be_hidden()

    page.get_by_label("API key").fill(server.api_key)
    page.get_by_label("API key").press("Enter")  # the keyboard is enough
    expect(page.get_by_role("status").filter(has_text="live updates on")).to_be_visible()
    page.get_by_label("Talk to").select_option(agent)
    expect(page.locator("#agent-status")).to_contain_text("idle")


def test_a_message_streams_tokens_and_shows_the_tool_step(page: Page, frames: Frames, agent: str) -> None:
    # Every length the answer had on the page, recorded as the DOM changes.
    page.evaluate(
        """() => {
            window.answerLengths = [];
            new MutationObserver(() => {
                const answer = document.querySelector('#messages .agent:last-child .text');
                if (answer) window.answerLengths.push(answer.textContent.length);
            }).observe(document.querySelector('#messages'), {subtree: true, childList: true, characterData: true});
        }"""
    )
    page.get_by_label("Message").fill("Multiply 17 by 23: what is the product of a=17 and b=23?")
    page.get_by_label("Message").press("Enter")

    expect(page.locator("#messages")).to_have_attribute("aria-busy", "false")
    [done] = [f for f in frames.of("done", agentId=agent) if f.get("sessionId")]
    session = done["sessionId"]
    tokens = frames.of("token", sessionId=session)
    answer = page.locator("#messages .agent").last.locator(".text")
    assert answer.text_content() == "".join(t["data"]["text"] for t in tokens) != ""
    # Each model step's text is a paragraph of its own: a tool result ends a step.
    said: list[str] = []
    for frame in (f for f in frames.received if f.get("sessionId") == session):
        if frame["type"] == "tool_result":
            said.append("")
        elif frame["type"] == "token":
            said[-1:] = [(said[-1] if said else "") + frame["data"]["text"]]
    expect(answer.locator("p")).to_have_text([text for text in said if text])
    lengths = page.evaluate("window.answerLengths")
    assert len(tokens) > 1 and len({n for n in lengths if 0 < n < len(answer.text_content())}) > 0, (
        f"the answer did not grow on the page token by token: {len(tokens)} tokens, lengths {lengths}"
    )

    [call] = frames.of("tool_call", sessionId=session)
    assert call["data"]["name"] == "multiply"
    expect(page.locator("#steps li.tool_call")).to_contain_text("Tool call: multiply")
    expect(page.locator("#steps li.tool_result")).to_contain_text("success")
    steps = done["data"]["steps"]
    expect(page.locator("#steps li.tokens")).to_have_count(len(steps))
    expect(page.locator("#steps li.tokens").first).to_contain_text(f"{steps[0]['totalTokens']} tokens")


def test_an_approved_task_shows_its_status_pushed_over_the_websocket(
    page: Page, frames: Frames, agent: str
) -> None:
    page.get_by_label("Description").fill("Look up the refund policy")
    page.get_by_label("Step", exact=True).select_option("search_documents")
    page.get_by_label("Step input").fill("refund policy")
    expect(page.get_by_label("Wait for my approval")).to_be_checked()
    page.get_by_role("button", name="Start task").click()

    task = page.locator("#task-list li").first
    expect(task).to_contain_text("Look up the refund policy")
    task_id = task.get_attribute("data-task-id")
    requests = page.locator("#approval-list li").filter(has_text=f"Task {task_id}")
    expect(requests.first).to_be_visible()
    expect(requests, "one task, one request for approval").to_have_count(1)
    waiting = page.locator(f'#approval-list li[data-approval="{task_id}"]')  # named by its task
    expect(waiting).to_be_visible()
    assert not frames.of("done", taskId=task_id), "the task finished before anyone approved it"

    waiting.get_by_role("button", name="Approve").press("Enter")
    expect(waiting).to_contain_text("Approved")
    expect(task.locator(".badge")).to_have_text("completed", timeout=60_000)
    [done] = frames.of("done", taskId=task_id)
    assert done["data"]["status"] == "completed"


def test_the_page_fits_a_phone_and_passes_the_accessibility_rules(page: Page) -> None:
    """After the turns above (a conversation, reasoning steps, tasks, an answered approval): nothing is wider
    than a 375 px screen, and axe-core finds no WCAG 2.1 A/AA violation."""
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert AXE.exists(), f"axe-core is not installed at {AXE.relative_to(ROOT)}: run `make node-tools`"
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})).violations"
    )
    assert [(v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]]) for v in found] == []


def test_a_reload_keeps_the_tab_signed_in_and_lists_the_agents_tasks(page: Page, agent: str) -> None:
    page.reload()
    expect(page.get_by_role("status").filter(has_text="live updates on")).to_be_visible()
    expect(page.get_by_label("Talk to")).to_have_value(agent)
    expect(page.locator("#task-list li").filter(has_text="Look up the refund policy")).to_have_count(1)
    expect(page.locator("#task-error")).to_be_empty()
