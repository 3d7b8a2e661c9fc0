"""Which id to call for a model on AWS, what it costs there, and whether it is still active — asked live.

Bedrock serves a model through *inference profiles*: `global.` (any commercial region, the lowest price),
geographic ones (`us.`, `eu.`, `apac.`, ... — data stays in that geography, at a surcharge) and, for some
models, the bare model id on demand. Which of these exist changes per region and per model, so on AWS
the kit asks Bedrock (`ListInferenceProfiles`, system-defined, all pages) instead of guessing from a
prefix table, and offers global, else the geography's profile, else the bare id. The model's lifecycle
comes from `GetFoundationModel`: a LEGACY model still answers, until its end-of-life date.

Offline none of this runs: the local platform names its model id from `agentkit.bedrock_models` and
makes no network call.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from botocore.exceptions import BotoCoreError, ClientError
from pydantic import BaseModel

from agentkit import bedrock_models

GEOGRAPHIC_SURCHARGE = 0.10
"""A geographic (regional) profile's price over the global one: +10 %.

Sources, as read on 2026-12-04: the Amazon Bedrock User Guide, "Global cross-Region inference" (global
profiles cost "approximately 10% [less] on both input and output token pricing compared to geographic
cross-Region inference"), and Anthropic's "Claude on Amazon Bedrock" page (from Claude Sonnet 4.5 and
Haiku 4.5 on, regional endpoints carry a 10 % premium over global). The prices in `agentkit.bedrock_models`
are the global (or on-demand) ones. Models without a global profile may have no surcharge at all, so for
them the figure is an upper bound."""

Kind = Literal["global", "geographic", "on-demand"]


class ResolvedModel(BaseModel):
    """A model as this account and region will call it."""

    model_id: str
    invocation_id: str
    kind: Kind
    region: str
    lifecycle: str | None = None
    end_of_life: datetime | None = None
    warnings: list[str] = []

    @property
    def info(self) -> bedrock_models.ModelInfo | None:
        return bedrock_models.lookup(self.model_id)

    @property
    def surcharge(self) -> float:
        return GEOGRAPHIC_SURCHARGE if self.kind == "geographic" else 0.0

    def price_text(self) -> str:
        """Input and output prices per 1M and per 1k tokens, with the geographic surcharge included."""
        info = self.info
        if info is None:
            return "price unknown to the kit (not in agentkit.bedrock_models): see the Amazon Bedrock pricing page"
        factor = 1 + self.surcharge
        per_m_in, per_m_out = info.input_per_million * factor, info.output_per_million * factor
        text = (
            f"${per_m_in:.2f} input / ${per_m_out:.2f} output per 1M tokens "
            f"(${per_m_in / 1000:.4f} / ${per_m_out / 1000:.4f} per 1k)"
        )
        if self.surcharge:
            text += (
                f", including a geographic profile's +{self.surcharge:.0%} over the global profile's price"
            )
        return text


def resolve(model_id: str, region: str, bedrock: Any, *, explicit: bool = False) -> ResolvedModel:
    """The id to call for `model_id` (a bare id) in `region`, via the Bedrock control-plane client `bedrock`.

    With `explicit=True` (the attendee named the id, `AGENTKIT_MODEL_ID`) the id is called as given and only
    its lifecycle is checked.
    """
    info = bedrock_models.lookup(model_id)
    base = info.model_id if info else model_id
    if explicit:
        kind: Kind = (
            "on-demand" if model_id == base else "global" if model_id.startswith("global.") else "geographic"
        )
        resolved = ResolvedModel(model_id=base, invocation_id=model_id, kind=kind, region=region)
    else:
        resolved = _choose_profile(base, region, bedrock)
    return _with_lifecycle(resolved, bedrock)


def system_profiles(bedrock: Any) -> list[dict[str, Any]]:
    """Every system-defined inference profile this region offers (all pages)."""
    pages = bedrock.get_paginator("list_inference_profiles").paginate(typeEquals="SYSTEM_DEFINED")
    return [profile for page in pages for profile in page.get("inferenceProfileSummaries", [])]


def _choose_profile(base: str, region: str, bedrock: Any) -> ResolvedModel:
    try:
        profiles = system_profiles(bedrock)
    except (ClientError, BotoCoreError) as error:
        raise RuntimeError(
            f"Could not list Bedrock inference profiles in {region} ({_code(error)}). Allow "
            "bedrock:ListInferenceProfiles for your role (`agentkit iam-policy` has it), or set AGENTKIT_MODEL_ID "
            f"to the id to call (for example global.{base})."
        ) from error
    serving = [p["inferenceProfileId"] for p in profiles if _serves(p, base)]
    global_ids = [p for p in serving if p.startswith("global.")]
    if global_ids:
        return ResolvedModel(model_id=base, invocation_id=global_ids[0], kind="global", region=region)
    if serving:
        return ResolvedModel(
            model_id=base, invocation_id=sorted(serving)[0], kind="geographic", region=region
        )
    return ResolvedModel(model_id=base, invocation_id=base, kind="on-demand", region=region)


def _serves(profile: dict[str, Any], base: str) -> bool:
    """A profile serves `base` when it routes to that foundation model (its id ends in `.<base>` too)."""
    arns = [m.get("modelArn", "") for m in profile.get("models", [])]
    return any(arn.endswith(f"foundation-model/{base}") for arn in arns) or profile.get(
        "inferenceProfileId", ""
    ).endswith(f".{base}")


def _with_lifecycle(resolved: ResolvedModel, bedrock: Any) -> ResolvedModel:
    try:
        details = bedrock.get_foundation_model(modelIdentifier=resolved.model_id)["modelDetails"]
    except (ClientError, BotoCoreError) as error:
        warning = (
            f"Could not check {resolved.model_id}'s lifecycle ({_code(error)}): allow bedrock:GetFoundationModel "
            "for your role, or check the model's status in the Bedrock console → Model catalog."
        )
        return resolved.model_copy(update={"warnings": [*resolved.warnings, warning]})
    lifecycle = details.get("modelLifecycle", {})
    status, end = lifecycle.get("status"), lifecycle.get("endOfLifeTime")
    warnings = list(resolved.warnings)
    if status == "LEGACY":
        info = resolved.info
        replacement = bedrock_models.MODELS.get(info.replacement or "") if info else None
        when = f" and reaches end of life on {end:%Y-%m-%d}" if end else ""
        move = (
            f"set AGENTKIT_MODEL_ID={replacement.model_id} ({replacement.name})"
            if replacement
            else "set AGENTKIT_MODEL_ID to an ACTIVE model (Bedrock console → Model catalog)"
        )
        warnings.append(f"{resolved.model_id} is LEGACY{when}: calls may stop working; {move}.")
    return resolved.model_copy(update={"lifecycle": status, "end_of_life": end, "warnings": warnings})


def _code(error: Exception) -> str:
    return error.response["Error"]["Code"] if isinstance(error, ClientError) else type(error).__name__
