"""The `bedrock` control-plane subset: guardrail lifecycle, foundation models and inference profiles."""

from __future__ import annotations

import boto3
import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from agentkit import bedrock_models

GUARDRAIL = {
    "blockedInputMessaging": "No.",
    "blockedOutputsMessaging": "No!",
    "wordPolicyConfig": {"wordsConfig": [{"text": "forbidden"}]},
}


def client(url: str, service: str = "bedrock", region: str = "us-east-1"):
    return boto3.client(
        service,
        endpoint_url=url,
        region_name=region,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(retries={"total_max_attempts": 1}),
    )


@pytest.fixture(scope="module")
def bedrock(server):
    return client(server.url)


def code_of(call) -> str:
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]["Code"]


# Guardrails


def test_guardrail_lifecycle(bedrock, server):
    created = bedrock.create_guardrail(name="lifecycle", description="for the test", **GUARDRAIL)
    assert created["ResponseMetadata"]["HTTPStatusCode"] == 202
    assert created["version"] == "DRAFT"
    assert (
        created["guardrailArn"]
        == f"arn:aws:bedrock:us-east-1:123456789012:guardrail/{created['guardrailId']}"
    )
    guardrail_id = created["guardrailId"]

    details = bedrock.get_guardrail(guardrailIdentifier=guardrail_id)
    assert details["status"] == "READY" and details["name"] == "lifecycle"
    assert details["wordPolicy"] == {"words": [{"text": "forbidden"}]}
    assert details["blockedInputMessaging"] == "No."

    assert bedrock.create_guardrail_version(guardrailIdentifier=guardrail_id)["version"] == "1"
    assert bedrock.create_guardrail_version(guardrailIdentifier=created["guardrailArn"])["version"] == "2"
    assert bedrock.get_guardrail(guardrailIdentifier=guardrail_id, guardrailVersion="2")["version"] == "2"

    versions = bedrock.list_guardrails(guardrailIdentifier=guardrail_id)["guardrails"]
    assert [v["version"] for v in versions] == ["DRAFT", "1", "2"]
    assert guardrail_id in [g["id"] for g in bedrock.list_guardrails()["guardrails"]]

    bedrock.delete_guardrail(guardrailIdentifier=guardrail_id, guardrailVersion="1")
    assert code_of(lambda: bedrock.get_guardrail(guardrailIdentifier=guardrail_id, guardrailVersion="1")) == (
        "ResourceNotFoundException"
    )
    bedrock.delete_guardrail(guardrailIdentifier=guardrail_id)
    assert (
        code_of(lambda: bedrock.get_guardrail(guardrailIdentifier=guardrail_id))
        == "ResourceNotFoundException"
    )


def test_created_guardrail_is_the_one_apply_guardrail_uses(server, bedrock):
    created = bedrock.create_guardrail(name="applied", **GUARDRAIL)
    runtime = client(server.url, "bedrock-runtime")
    response = runtime.apply_guardrail(
        guardrailIdentifier=created["guardrailArn"],
        guardrailVersion="DRAFT",
        source="OUTPUT",
        content=[{"text": {"text": "That is forbidden."}}],
    )
    assert response["action"] == "GUARDRAIL_INTERVENED"
    assert response["outputs"] == [{"text": "No!"}]


def test_guardrail_names_are_unique(bedrock):
    bedrock.create_guardrail(name="twice", **GUARDRAIL)
    assert code_of(lambda: bedrock.create_guardrail(name="twice", **GUARDRAIL)) == "ConflictException"


def test_invalid_guardrail_requests(bedrock, server):
    bad_regex = {
        **GUARDRAIL,
        "sensitiveInformationPolicyConfig": {
            "regexesConfig": [{"name": "r", "pattern": "(", "action": "BLOCK"}]
        },
    }
    assert code_of(lambda: bedrock.create_guardrail(name="bad-regex", **bad_regex)) == "ValidationException"
    assert code_of(lambda: bedrock.create_guardrail_version(guardrailIdentifier="missing")) == (
        "ResourceNotFoundException"
    )
    missing_messages = httpx.post(f"{server.url}/guardrails", json={"name": "incomplete"})
    assert missing_messages.status_code == 400
    assert "blockedInputMessaging" in missing_messages.json()["message"]


def test_list_guardrails_pages(bedrock):
    for name in ("page-a", "page-b", "page-c"):
        bedrock.create_guardrail(name=name, **GUARDRAIL)
    pages = bedrock.get_paginator("list_guardrails").paginate(PaginationConfig={"PageSize": 2})
    names = [g["name"] for page in pages for g in page["guardrails"]]
    assert {"page-a", "page-b", "page-c"} <= set(names)
    assert len(names) == len(set(names))


# Foundation models and inference profiles


def test_list_foundation_models_is_the_kits_model_table(bedrock):
    summaries = bedrock.list_foundation_models()["modelSummaries"]
    assert {s["modelId"] for s in summaries} == set(bedrock_models.MODELS)
    legacy = next(s for s in summaries if s["modelId"] == "anthropic.claude-3-5-sonnet-20240620-v1:0")
    assert legacy["modelLifecycle"]["status"] == "LEGACY"
    assert (
        legacy["modelArn"]
        == "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0"
    )
    amazon = bedrock.list_foundation_models(byProvider="amazon")["modelSummaries"]
    assert {s["modelId"] for s in amazon} == {"amazon.nova-lite-v1:0", "amazon.nova-pro-v1:0"}
    on_demand = bedrock.list_foundation_models(byInferenceType="ON_DEMAND")["modelSummaries"]
    assert all(bedrock_models.MODELS[s["modelId"]].on_demand for s in on_demand)


def test_get_foundation_model(bedrock):
    details = bedrock.get_foundation_model(modelIdentifier="anthropic.claude-haiku-4-5-20251001-v1:0")[
        "modelDetails"
    ]
    assert details["modelName"] == "Claude Haiku 4.5" and details["providerName"] == "Anthropic"
    by_arn = bedrock.get_foundation_model(modelIdentifier=details["modelArn"])["modelDetails"]
    assert by_arn == details
    assert (
        code_of(lambda: bedrock.get_foundation_model(modelIdentifier="nope.model-v1:0"))
        == "ValidationException"
    )


@pytest.mark.parametrize(
    ("region", "prefix"), [("us-west-2", "us."), ("eu-central-1", "eu."), ("ap-south-1", "apac.")]
)
def test_inference_profiles_of_the_callers_geography(server, region, prefix):
    profiles = client(server.url, region=region).list_inference_profiles()["inferenceProfileSummaries"]
    assert {p["inferenceProfileId"] for p in profiles} == {
        f"{prefix}{model}" for model in bedrock_models.MODELS
    }
    haiku = next(p for p in profiles if "haiku" in p["inferenceProfileId"])
    assert haiku["inferenceProfileArn"].startswith(
        f"arn:aws:bedrock:{region}:123456789012:inference-profile/"
    )
    assert haiku["type"] == "SYSTEM_DEFINED" and haiku["status"] == "ACTIVE"
    assert all(m["modelArn"].endswith("anthropic.claude-haiku-4-5-20251001-v1:0") for m in haiku["models"])


def test_no_application_inference_profiles(bedrock):
    assert bedrock.list_inference_profiles(typeEquals="APPLICATION")["inferenceProfileSummaries"] == []
