"""Agent frameworks, unmodified, against the local endpoint: Strands' BedrockModel and langchain-aws."""

from __future__ import annotations

from framework_clients import converse_chat, strands_model


def test_strands_agent_runs_its_loop(server):
    from strands import Agent, tool

    calls = []

    @tool
    def get_weather(city: str) -> str:
        """Get the current weather for a city."""
        calls.append(city)
        return f"21 °C and sunny in {city}"

    agent = Agent(model=strands_model(server.url), tools=[get_weather], callback_handler=None)
    result = agent("What is the weather in Paris?")
    assert result.stop_reason == "end_turn"
    assert str(result).strip()
    assert result.metrics.accumulated_usage["totalTokens"] > 0


def test_langchain_chat_bedrock_converse(server):
    chat = converse_chat(server.url)
    answer = chat.invoke("What is the capital of France?")
    assert isinstance(answer.content, str | list) and answer.content
    assert answer.usage_metadata["total_tokens"] > 0
    streamed = list(chat.stream("What is the capital of France?"))
    assert len(streamed) > 1


def test_langchain_forced_tool_call(server):
    # Needs a simulator that honours a forced tool choice with schema-valid input.
    from langchain_core.tools import tool

    @tool
    def get_weather(city: str) -> str:
        """Get the current weather for a city."""
        return "sunny"

    answer = (
        converse_chat(server.url)
        .bind_tools([get_weather], tool_choice="get_weather")
        .invoke("What is the weather in Paris?")
    )
    [call] = answer.tool_calls
    assert call["name"] == "get_weather" and isinstance(call["args"]["city"], str)
