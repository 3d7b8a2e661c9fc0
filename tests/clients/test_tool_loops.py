"""Real clients complete a multi-step tool loop against the local Bedrock endpoint.

No mocks between client and server: each framework builds its own requests and parses the
server's real HTTP responses (JSON, AWS event streams, SSE). The task needs two dependent tool
calls — a lookup, then arithmetic on the looked-up value — and a final answer quoting the result.
"""

import ast
import json
import operator
from typing import Literal

import boto3
import pytest

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
QUESTION = "What is 15 % of the sales revenue of the north region?"
REVENUE = {"north": 12000, "south": 8000}
Region = Literal["north", "south"]
EXPECTED = "1800"

pytestmark = pytest.mark.usefixtures("local_env")

_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def calculate(expression: str) -> float:
    """Evaluate + - * / over numbers (a test-local helper; the kit's calculator is tested on its own)."""

    def value(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](value(node.left), value(node.right))
        raise ValueError(f"unsupported expression: {expression}")

    return value(ast.parse(expression, mode="eval").body)


def revenue(region: str) -> int:
    return REVENUE[region]


TOOL_SPECS = [
    {
        "toolSpec": {
            "name": "sales_revenue",
            "description": "Total sales revenue of a region.",
            "inputSchema": {
                "json": {
                    "type": "object",
                    "properties": {"region": {"type": "string", "enum": ["north", "south"]}},
                    "required": ["region"],
                }
            },
        }
    },
    {
        "toolSpec": {
            "name": "calculator",
            "description": "Evaluate an arithmetic expression.",
            "inputSchema": {
                "json": {
                    "type": "object",
                    "properties": {"expression": {"type": "string", "description": "arithmetic expression"}},
                    "required": ["expression"],
                }
            },
        }
    },
]


def run_tool(name: str, arguments: dict) -> str:
    if name == "sales_revenue":
        return str(revenue(**arguments))
    return str(calculate(**arguments))


def test_boto3_converse_tool_loop() -> None:
    client = boto3.client("bedrock-runtime")
    messages = [{"role": "user", "content": [{"text": QUESTION}]}]
    used = []
    for _ in range(5):
        response = client.converse(modelId=MODEL_ID, messages=messages, toolConfig={"tools": TOOL_SPECS})
        message = response["output"]["message"]
        messages.append(message)
        if response["stopReason"] != "tool_use":
            break
        results = []
        for block in message["content"]:
            if "toolUse" in block:
                use = block["toolUse"]
                used.append(use["name"])
                output = run_tool(use["name"], use["input"])
                results.append({"toolResult": {"toolUseId": use["toolUseId"], "content": [{"text": output}]}})
        messages.append({"role": "user", "content": results})
    assert used == ["sales_revenue", "calculator"]
    assert EXPECTED in messages[-1]["content"][0]["text"]
    assert response["usage"]["inputTokens"] > 0


def test_boto3_converse_stream_tool_loop() -> None:
    client = boto3.client("bedrock-runtime")
    messages = [{"role": "user", "content": [{"text": QUESTION}]}]
    used, final_text, event_types = [], "", set()
    for _ in range(5):
        stream = client.converse_stream(modelId=MODEL_ID, messages=messages, toolConfig={"tools": TOOL_SPECS})
        content: list[dict] = []
        tool_inputs: dict[int, str] = {}
        stop_reason = None
        for event in stream["stream"]:
            event_types.update(event)
            if "contentBlockStart" in event and "toolUse" in event["contentBlockStart"]["start"]:
                start = event["contentBlockStart"]["start"]["toolUse"]
                tool_inputs[event["contentBlockStart"]["contentBlockIndex"]] = ""
                content.append({"toolUse": {"toolUseId": start["toolUseId"], "name": start["name"]}})
            elif "contentBlockDelta" in event:
                delta = event["contentBlockDelta"]["delta"]
                index = event["contentBlockDelta"]["contentBlockIndex"]
                if "text" in delta:
                    if not content or "text" not in content[-1]:
                        content.append({"text": ""})
                    content[-1]["text"] += delta["text"]
                elif "toolUse" in delta:
                    tool_inputs[index] += delta["toolUse"]["input"]
            elif "messageStop" in event:
                stop_reason = event["messageStop"]["stopReason"]
        uses = [b["toolUse"] for b in content if "toolUse" in b]
        for use, raw in zip(uses, tool_inputs.values(), strict=True):
            use["input"] = json.loads(raw)
        messages.append({"role": "assistant", "content": content})
        if stop_reason != "tool_use":
            final_text = "".join(b.get("text", "") for b in content)
            break
        results = []
        for use in uses:
            used.append(use["name"])
            results.append(
                {
                    "toolResult": {
                        "toolUseId": use["toolUseId"],
                        "content": [{"text": run_tool(use["name"], use["input"])}],
                    }
                }
            )
        messages.append({"role": "user", "content": results})
    assert used == ["sales_revenue", "calculator"]
    assert EXPECTED in final_text
    assert {"messageStart", "contentBlockDelta", "messageStop", "metadata"} <= event_types


def test_strands_agent_with_two_tools() -> None:
    from strands import Agent, tool
    from strands.models import BedrockModel

    @tool
    def sales_revenue(region: Region) -> int:
        """Total sales revenue of a region.

        Args:
            region: the region, north or south
        """
        return revenue(region)

    @tool
    def calculator(expression: str) -> float:
        """Evaluate an arithmetic expression.

        Args:
            expression: arithmetic expression
        """
        return calculate(expression)

    for streaming in (True, False):
        agent = Agent(
            model=BedrockModel(model_id=MODEL_ID, streaming=streaming),
            tools=[sales_revenue, calculator],
            callback_handler=None,
        )
        result = agent(QUESTION)
        names = [b["toolUse"]["name"] for m in agent.messages for b in m["content"] if "toolUse" in b]
        assert names == ["sales_revenue", "calculator"]
        assert EXPECTED in str(result)


def test_langchain_aws_bind_tools() -> None:
    from langchain_aws import ChatBedrockConverse
    from langchain_core.messages import HumanMessage, ToolMessage
    from langchain_core.tools import tool

    @tool
    def sales_revenue(region: Region) -> int:
        """Total sales revenue of a region (north or south)."""
        return revenue(region)

    @tool
    def calculator(expression: str) -> float:
        """Evaluate an arithmetic expression."""
        return calculate(expression)

    tools = {"sales_revenue": sales_revenue, "calculator": calculator}
    llm = ChatBedrockConverse(model=MODEL_ID, region_name="us-east-1").bind_tools(list(tools.values()))
    messages = [HumanMessage(QUESTION)]
    used = []
    for _ in range(5):
        reply = llm.invoke(messages)
        messages.append(reply)
        if not reply.tool_calls:
            break
        for call in reply.tool_calls:
            used.append(call["name"])
            messages.append(
                ToolMessage(str(tools[call["name"]].invoke(call["args"])), tool_call_id=call["id"])
            )
    assert used == ["sales_revenue", "calculator"]
    assert EXPECTED in messages[-1].text


def test_anthropic_sdk_with_base_url() -> None:
    import os

    import anthropic

    client = anthropic.Anthropic(base_url=os.environ["ANTHROPIC_BASE_URL"], api_key="local")
    tools = [
        {"name": s["toolSpec"]["name"], "description": s["toolSpec"]["description"],
         "input_schema": s["toolSpec"]["inputSchema"]["json"]}
        for s in TOOL_SPECS
    ]  # fmt: skip
    messages: list[dict] = [{"role": "user", "content": QUESTION}]
    used = []
    for _ in range(5):
        reply = client.messages.create(
            model="claude-haiku-4-5", max_tokens=512, messages=messages, tools=tools
        )
        messages.append({"role": "assistant", "content": [b.model_dump() for b in reply.content]})
        if reply.stop_reason != "tool_use":
            break
        results = []
        for block in reply.content:
            if block.type == "tool_use":
                used.append(block.name)
                results.append(
                    {
                        "type": "tool_result",
                        "tool_use_id": block.id,
                        "content": run_tool(block.name, block.input),
                    }
                )
        messages.append({"role": "user", "content": results})
    assert used == ["sales_revenue", "calculator"]
    assert EXPECTED in reply.content[0].text
    with client.messages.stream(
        model="claude-haiku-4-5", max_tokens=512, messages=messages[:1], tools=tools
    ) as stream:
        first = stream.get_final_message()
    assert first.stop_reason == "tool_use" and first.content[-1].name == "sales_revenue"


def test_crewai_agent_on_bedrock() -> None:
    from crewai import LLM, Agent, Crew, Task
    from crewai.tools import tool

    @tool("sales_revenue")
    def sales_revenue(region: Region) -> int:
        """Total sales revenue of a region (north or south)."""
        return revenue(region)

    @tool("calculator")
    def calculator(expression: str) -> float:
        """Evaluate an arithmetic expression."""
        return calculate(expression)

    llm = LLM(model=f"bedrock/{MODEL_ID}")
    analyst = Agent(
        role="Sales analyst",
        goal="Answer questions about sales with the tools",
        backstory="You look numbers up before you compute.",
        tools=[sales_revenue, calculator],
        llm=llm,
        verbose=False,
    )
    task = Task(description=QUESTION, expected_output="the number", agent=analyst)
    result = Crew(agents=[analyst], tasks=[task], verbose=False).kickoff()
    assert EXPECTED in result.raw
