"""`agentkit.bedrock_profiles`: the id to call on AWS, chosen from what Bedrock lists, stubbed with Stubber.

Real `boto3.client("bedrock")` calls answered by botocore's Stubber with the shapes Bedrock returns: a
region with a global and a geographic profile, one with only the geographic one, one with none (on-demand),
a second page of profiles, a LEGACY model, and the permission errors an attendee's role can hit.
"""

from __future__ import annotations

from datetime import UTC, datetime

import boto3
import pytest
from botocore.stub import Stubber

from agentkit import bedrock_models, bedrock_profiles

HAIKU = "anthropic.claude-haiku-4-5-20251001-v1:0"
OLD_SONNET = "anthropic.claude-3-5-sonnet-20240620-v1:0"
NOVA = "amazon.nova-lite-v1:0"
REGION = "us-west-2"


def _profile(profile_id: str, model: str) -> dict:
    return {
        "inferenceProfileName": profile_id,
        "inferenceProfileArn": f"arn:aws:bedrock:{REGION}:123456789012:inference-profile/{profile_id}",
        "inferenceProfileId": profile_id,
        "models": [
            {"modelArn": f"arn:aws:bedrock:{r}::foundation-model/{model}"} for r in ("us-east-1", REGION)
        ],
        "status": "ACTIVE",
        "type": "SYSTEM_DEFINED",
    }


def _model(model: str, status: str = "ACTIVE", end: datetime | None = None) -> dict:
    lifecycle = {"status": status, **({"endOfLifeTime": end} if end else {})}
    return {
        "modelDetails": {
            "modelArn": f"arn:aws:bedrock:{REGION}::foundation-model/{model}",
            "modelId": model,
            "modelLifecycle": lifecycle,
        }
    }


@pytest.fixture
def bedrock():
    client = boto3.client(
        "bedrock", region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test"
    )
    with Stubber(client) as stub:
        yield client, stub
        stub.assert_no_pending_responses()


def _lists(stub: Stubber, *pages: list[dict]) -> None:
    for number, profiles in enumerate(pages):
        response = {"inferenceProfileSummaries": profiles}
        expected = {"typeEquals": "SYSTEM_DEFINED"}
        if number < len(pages) - 1:
            response["nextToken"] = f"page-{number + 1}"
        if number:
            expected["nextToken"] = f"page-{number}"
        stub.add_response("list_inference_profiles", response, expected)


def test_global_profile_is_preferred_and_priced_at_the_table_price(bedrock) -> None:
    client, stub = bedrock
    _lists(
        stub,
        [_profile(f"us.{HAIKU}", HAIKU), _profile(f"global.{HAIKU}", HAIKU), _profile(f"us.{NOVA}", NOVA)],
    )
    stub.add_response("get_foundation_model", _model(HAIKU), {"modelIdentifier": HAIKU})
    resolved = bedrock_profiles.resolve(HAIKU, REGION, client)
    assert (resolved.invocation_id, resolved.kind, resolved.lifecycle) == (
        f"global.{HAIKU}",
        "global",
        "ACTIVE",
    )
    assert resolved.surcharge == 0 and not resolved.warnings
    info = bedrock_models.MODELS[HAIKU]
    text = resolved.price_text()
    assert f"${info.input_per_million:.2f} input / ${info.output_per_million:.2f} output per 1M" in text
    assert f"${info.input_per_million / 1000:.4f} / ${info.output_per_million / 1000:.4f} per 1k" in text
    assert "geographic" not in text


def test_only_a_geographic_profile_is_chosen_with_its_surcharge_shown(bedrock) -> None:
    client, stub = bedrock
    _lists(stub, [_profile(f"us.{HAIKU}", HAIKU)])
    stub.add_response("get_foundation_model", _model(HAIKU), {"modelIdentifier": HAIKU})
    resolved = bedrock_profiles.resolve(HAIKU, REGION, client)
    assert (resolved.invocation_id, resolved.kind) == (f"us.{HAIKU}", "geographic")
    surcharged = bedrock_models.MODELS[HAIKU].input_per_million * (1 + bedrock_profiles.GEOGRAPHIC_SURCHARGE)
    assert f"${surcharged:.2f} input" in resolved.price_text()
    assert f"+{bedrock_profiles.GEOGRAPHIC_SURCHARGE:.0%} over the global profile" in resolved.price_text()


def test_no_profile_falls_back_to_the_bare_id_on_demand(bedrock) -> None:
    client, stub = bedrock
    _lists(stub, [_profile(f"us.{HAIKU}", HAIKU)])
    stub.add_response("get_foundation_model", _model(NOVA), {"modelIdentifier": NOVA})
    resolved = bedrock_profiles.resolve(NOVA, REGION, client)
    assert (resolved.invocation_id, resolved.kind, resolved.surcharge) == (NOVA, "on-demand", 0)


def test_every_page_of_profiles_is_read(bedrock) -> None:
    client, stub = bedrock
    _lists(stub, [_profile(f"us.{NOVA}", NOVA)], [_profile(f"global.{HAIKU}", HAIKU)])
    stub.add_response("get_foundation_model", _model(HAIKU), {"modelIdentifier": HAIKU})
    assert bedrock_profiles.resolve(HAIKU, REGION, client).invocation_id == f"global.{HAIKU}"


def test_a_legacy_model_warns_with_its_end_of_life_and_replacement(bedrock) -> None:
    client, stub = bedrock
    _lists(stub, [_profile(f"us.{OLD_SONNET}", OLD_SONNET)])
    end = datetime(2026, 3, 1, tzinfo=UTC)
    stub.add_response(
        "get_foundation_model", _model(OLD_SONNET, "LEGACY", end), {"modelIdentifier": OLD_SONNET}
    )
    resolved = bedrock_profiles.resolve(OLD_SONNET, REGION, client)
    assert resolved.lifecycle == "LEGACY" and resolved.end_of_life == end
    [warning] = resolved.warnings
    replacement = bedrock_models.MODELS[OLD_SONNET].replacement
    assert "LEGACY and reaches end of life on 2026-03-01" in warning
    assert f"AGENTKIT_MODEL_ID={replacement}" in warning


def test_an_explicit_id_is_called_as_given_and_only_its_lifecycle_checked(bedrock) -> None:
    client, stub = bedrock
    stub.add_response("get_foundation_model", _model(HAIKU), {"modelIdentifier": HAIKU})
    resolved = bedrock_profiles.resolve(f"eu.{HAIKU}", "eu-west-1", client, explicit=True)
    assert (resolved.invocation_id, resolved.kind, resolved.model_id) == (f"eu.{HAIKU}", "geographic", HAIKU)


def test_a_role_that_may_not_list_profiles_is_told_the_action(bedrock) -> None:
    client, stub = bedrock
    stub.add_client_error("list_inference_profiles", "AccessDeniedException", "not authorized")
    with pytest.raises(RuntimeError, match="bedrock:ListInferenceProfiles.*AGENTKIT_MODEL_ID"):
        bedrock_profiles.resolve(HAIKU, REGION, client)


def test_a_role_that_may_not_read_the_model_gets_a_warning_not_a_failure(bedrock) -> None:
    client, stub = bedrock
    _lists(stub, [_profile(f"global.{HAIKU}", HAIKU)])
    stub.add_client_error("get_foundation_model", "AccessDeniedException", "not authorized")
    resolved = bedrock_profiles.resolve(HAIKU, REGION, client)
    assert resolved.invocation_id == f"global.{HAIKU}" and resolved.lifecycle is None
    assert "bedrock:GetFoundationModel" in resolved.warnings[0]
