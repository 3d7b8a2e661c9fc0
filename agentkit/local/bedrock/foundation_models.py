"""ListFoundationModels, GetFoundationModel and ListInferenceProfiles, answered from
`agentkit.bedrock_models`.

The kit's model table is the one preflight checks ids against, so the local control plane lists the
same models, lifecycles and inference profiles: a notebook that discovers its model id through
`bedrock.list_inference_profiles()` finds the id it will call. Every catalogued model gets a
system-defined profile in each geography (`us.`, `eu.`, `apac.`) spanning that geography's regions;
a region lists the profiles of its own geography, as on AWS.
"""

from __future__ import annotations

from typing import Any

from agentkit import bedrock_models
from agentkit.local.bedrock.guardrail_store import ACCOUNT_ID
from agentkit.local.bedrock.protocol import BedrockError

_GEOGRAPHY_NAMES = {"us": "US", "eu": "EU", "apac": "APAC"}


def _model_arn(region: str, model_id: str) -> str:
    return f"arn:aws:bedrock:{region}::foundation-model/{model_id}"


def _summary(model: bedrock_models.ModelInfo, region: str) -> dict[str, Any]:
    return {
        "modelArn": _model_arn(region, model.model_id),
        "modelId": model.model_id,
        "modelName": model.name,
        "providerName": model.provider,
        "inputModalities": ["TEXT", "IMAGE"],
        "outputModalities": ["TEXT"],
        "responseStreamingSupported": True,
        "customizationsSupported": [],
        # Bedrock reports INFERENCE_PROFILE (outside the documented enum) for profile-only models.
        "inferenceTypesSupported": ["ON_DEMAND"] if model.on_demand else ["INFERENCE_PROFILE"],
        "modelLifecycle": {"status": model.lifecycle},
    }


def list_foundation_models(region: str, filters: dict[str, str]) -> dict[str, Any]:
    """The ListFoundationModels response; filters are its query parameters (`byProvider`, ...)."""
    summaries = [_summary(model, region) for model in bedrock_models.MODELS.values()]
    if provider := filters.get("byProvider"):
        summaries = [s for s in summaries if s["providerName"].lower() == provider.lower()]
    if modality := filters.get("byOutputModality"):
        summaries = [s for s in summaries if modality in s["outputModalities"]]
    if inference := filters.get("byInferenceType"):
        summaries = [s for s in summaries if inference in s["inferenceTypesSupported"]]
    if filters.get("byCustomizationType"):
        summaries = []  # no catalogued model can be customised
    return {"modelSummaries": summaries}


def get_foundation_model(region: str, identifier: str) -> dict[str, Any]:
    """The GetFoundationModel response for a model id or foundation-model ARN."""
    model = bedrock_models.MODELS.get(identifier.rsplit("/", 1)[-1])
    if model is None:
        raise BedrockError("ValidationException", "The provided model identifier is invalid.")
    return {"modelDetails": _summary(model, region)}


def inference_profiles(region: str) -> list[dict[str, Any]]:
    """The system-defined inference profiles callable from `region`: those of its geography."""
    try:
        geography = bedrock_models.geography(region)
    except ValueError:
        return []
    regions = [
        r for r in bedrock_models.BEDROCK_REGIONS if r.startswith(bedrock_models.GEOGRAPHIES[geography])
    ]
    profiles = []
    for model in bedrock_models.MODELS.values():
        profile_id = f"{geography}.{model.model_id}"
        arn = f"arn:aws:bedrock:{region}:{ACCOUNT_ID}:inference-profile/{profile_id}"
        profiles.append(
            {
                "inferenceProfileName": f"{_GEOGRAPHY_NAMES.get(geography, geography.upper())} {model.name}",
                "description": f"Routes requests to {model.name} in {', '.join(regions)}.",
                "inferenceProfileArn": arn,
                "models": [{"modelArn": _model_arn(r, model.model_id)} for r in regions],
                "inferenceProfileId": profile_id,
                "status": "ACTIVE",
                "type": "SYSTEM_DEFINED",
            }
        )
    return profiles
