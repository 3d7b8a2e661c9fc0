"""Notebook views: the chat box sends a prompt to the agent and shows both sides."""

from __future__ import annotations

from agentkit.display import chat


def test_chat_box_shows_question_and_reply() -> None:
    asked = []

    def agent(prompt: str) -> str:
        asked.append(prompt)
        return f"echo <{prompt}>"

    box = chat(agent, title="Try it")
    log, (prompt, send) = box.children[1], box.children[2].children
    prompt.value = "hello & welcome"
    send.click()
    assert asked == ["hello & welcome"]
    assert "hello &amp; welcome" in log.value and "echo &lt;hello &amp; welcome&gt;" in log.value
    assert prompt.value == ""
    send.click()  # an empty prompt sends nothing
    assert asked == ["hello & welcome"]
