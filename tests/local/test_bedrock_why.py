"""The simulated model's reasons, in the response and at the endpoint (why_log, display.why)."""

from __future__ import annotations

import boto3
import pytest

from agentkit.display import why
from agentkit.local.bedrock.admin import AdminClient

MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": "us-east-1"}
WEATHER = {
    "toolSpec": {
        "name": "get_forecast",
        "description": "Weather forecast for a city.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "city name"},
                    "days": {"type": "integer", "description": "number of days"},
                },
                "required": ["city"],
            }
        },
    }
}


@pytest.fixture
def bedrock(server):
    return boto3.client("bedrock-runtime", endpoint_url=server.url, **CREDENTIALS)


def test_each_tool_call_says_which_rule_chose_it_and_each_argument(bedrock) -> None:
    response = bedrock.converse(
        modelId=MODEL,
        messages=[{"role": "user", "content": [{"text": "Forecast for Bergen for the next 4 days"}]}],
        toolConfig={"tools": [WEATHER]},
    )
    [decision] = response["additionalModelResponseFields"]["agentkitWhy"]
    assert decision["tool"] == "get_forecast" and decision["rule"] == "best match"
    reasons = {a["name"]: (a["value"], a["rule"]) for a in decision["arguments"]}
    assert reasons == {"city": ("Bergen", "position"), "days": (4, "unit")}
    assert "Bergen" in str(why(response)) and "unit" in why(response)._repr_html_()


def test_the_endpoint_keeps_reasons_by_tool_use_id(server, bedrock) -> None:
    response = bedrock.converse(
        modelId=MODEL,
        messages=[{"role": "user", "content": [{"text": "What is the forecast in Tromsø?"}]}],
        toolConfig={"tools": [WEATHER]},
    )
    use = next(b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b)
    [kept] = AdminClient(server.url).why([use["toolUseId"]])
    assert kept["tool_use_id"] == use["toolUseId"] and kept["arguments"][0]["value"] == "Tromsø"


def test_why_for_a_strands_agent_reads_its_calls_from_the_endpoint(server, monkeypatch) -> None:
    from strands import Agent, tool
    from strands.models import BedrockModel

    @tool
    def get_forecast(city: str) -> str:
        """Weather forecast for a city.

        Args:
            city: city name
        """
        return f"rain in {city}"

    monkeypatch.setenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", server.url)
    model = BedrockModel(model_id=MODEL, boto_session=boto3.Session(**CREDENTIALS), endpoint_url=server.url)
    agent = Agent(model=model, tools=[get_forecast], callback_handler=None)
    agent("What is the forecast in Narvik?")
    reasons = why(agent)
    assert [d["kind"] for d in reasons.decisions] == ["toolUse", "answer"]
    assert reasons.decisions[1]["rule"] == "grounded"


def test_without_a_local_endpoint_why_says_a_real_model_gives_no_reasons(monkeypatch) -> None:
    monkeypatch.delenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", raising=False)

    class Agentish:
        messages: list = []

    assert "real model" in str(why(Agentish())) and "real model" in str(why({"output": {}}))
