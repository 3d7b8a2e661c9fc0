"""Turning Bedrock and AWS errors into messages that name the fix.

The errors learners hit most in Bedrock workshops are few and repetitive (no model access, an
on-demand call to a model that needs an inference profile, a retired model, no credentials).
AWS's own messages say what is wrong but not where to click; `explain` adds that.
"""

from __future__ import annotations

from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, NoRegionError

from agentkit import bedrock_models


def _model_name(model_id: str) -> str:
    info = bedrock_models.lookup(model_id)
    return info.name if info else model_id


def explain(error: Exception, *, model_id: str | None = None, region: str | None = None) -> str:
    """A one-paragraph explanation of `error` that says what to do next."""
    where = f" in {region}" if region else ""
    if isinstance(error, NoCredentialsError):
        return (
            "No AWS credentials were found. In SageMaker Studio the execution role supplies them; on a laptop "
            "run `aws configure` or `aws sso login` and set AWS_PROFILE. To work offline instead, set "
            "AGENTKIT_MODE=local."
        )
    if isinstance(error, NoRegionError):
        return "No AWS region is set. Set AWS_REGION (for example us-west-2) to a region where Bedrock is available."
    if not isinstance(error, ClientError):
        if isinstance(error, BotoCoreError):
            return f"Could not reach AWS{where}: {error}. Check the network, proxy and AWS_REGION."
        return str(error)
    code = error.response.get("Error", {}).get("Code", "")
    message = error.response.get("Error", {}).get("Message", "")
    name = _model_name(model_id) if model_id else "the model"
    lowered = message.lower()
    if code == "AccessDeniedException" and "model" in lowered:
        return (
            f"Enable model access for {name}{where}: Bedrock console → Model access → Modify model access, "
            f"tick {name} and submit (AWS said: {message})"
        )
    if code == "AccessDeniedException":
        return (
            f"Your role may not call Bedrock{where}: attach a policy allowing bedrock:InvokeModel and "
            f"bedrock:InvokeModelWithResponseStream (AWS said: {message})"
        )
    if code == "ValidationException" and "on-demand throughput" in lowered:
        suggestion = ""
        info = bedrock_models.lookup(model_id or "")
        if info and region:
            try:
                suggestion = f"use the inference profile {bedrock_models.geography(region)}.{info.model_id}"
            except ValueError:
                suggestion = "use an inference profile id for your region"
        return (
            f"{name} can't be invoked on demand by its bare id{where}: on-demand throughput isn't supported; "
            f"{suggestion or 'use an inference profile id (us./eu./apac. prefix)'}."
        )
    if code == "ResourceNotFoundException" and ("end of its life" in lowered or "legacy" in lowered):
        info = bedrock_models.lookup(model_id or "")
        replacement = bedrock_models.MODELS.get(info.replacement) if info and info.replacement else None
        move = f" Move to {replacement.name} ({replacement.model_id})." if replacement else ""
        return f"{name} has reached end of life in Bedrock{where}.{move} (AWS said: {message})"
    if code == "ValidationException" and "model identifier is invalid" in lowered:
        return (
            f"The model id {model_id!r} is not valid{where}. Check the id and its region prefix with "
            "`agentkit preflight`, or `aws bedrock list-foundation-models`."
        )
    if code in ("ThrottlingException", "ServiceQuotaExceededException"):
        return (
            f"Bedrock is throttling calls to {name}{where}. Retry with backoff (agentkit does), lower concurrency, "
            "or request a quota increase in Service Quotas."
        )
    if code in (
        "UnrecognizedClientException",
        "InvalidClientTokenId",
        "ExpiredTokenException",
        "ExpiredToken",
    ):
        return (
            "The AWS credentials are invalid or expired. Refresh them (`aws sso login`, new keys) and retry."
        )
    if code == "ModelNotReadyException":
        return f"{name} is not ready yet{where}; retry in a few seconds (agentkit's retries do this)."
    return f"{code}: {message}"
