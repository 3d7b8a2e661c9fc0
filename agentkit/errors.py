"""Turning Bedrock and AWS errors into messages that name the fix.

The errors that stop a Bedrock workshop are few and repetitive, and since Bedrock retired its *Model
access* page (serverless models are enabled by default) they are not the ones older guides describe:

* an Anthropic model's one-time use-case form (First Time Use) was never submitted for the account;
* the first call of a third-party model starts its AWS Marketplace subscription, and the caller may not
  subscribe (`aws-marketplace:Subscribe`, `aws-marketplace:ViewSubscriptions`);
* the organization's service control policy (SCP) denies the call, which no one in the account can change;
* the role lacks `bedrock:InvokeModel` (or another action) in its own policies;
* throttling and quotas (Service Quotas);
* an on-demand call to a model that needs an inference profile, a retired model, no credentials.

AWS's own messages say what is wrong but not where to click; `diagnose` names the cause and `explain`
the fix: a console path or URL and, where a permission is missing, the exact IAM action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, NoRegionError

from agentkit import bedrock_models

MODEL_ACCESS_DOCS = "https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html"
"""AWS's page on how model access works now (automatic access, Marketplace permissions, the Anthropic form)."""

MARKETPLACE_ACTIONS = ("aws-marketplace:Subscribe", "aws-marketplace:ViewSubscriptions")
"""What the caller needs so that Bedrock can start a third-party model's subscription on its first call."""

_ACTION = re.compile(r"not authorized to perform:?\s*([\w-]+:[\w*]+)", re.IGNORECASE)
_RESOURCE = re.compile(r"on resource:?\s*(\S+)", re.IGNORECASE)
_SCP_ARN = re.compile(r"service control policy:?\s*(arn:\S+?)[.,]?(?:\s|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Diagnosis:
    """What went wrong in a few words (`cause`) and what to do about it (`fix`)."""

    cause: str
    fix: str


def _model_name(model_id: str) -> str:
    info = bedrock_models.lookup(model_id)
    return info.name if info else model_id


def _console(region: str | None, path: str) -> str:
    host = f"https://{region}.console.aws.amazon.com" if region else "https://console.aws.amazon.com"
    return f"{host}/{path}"


def _bedrock_console(region: str | None, page: str) -> str:
    query = f"?region={region}" if region else ""
    return _console(region, f"bedrock/home{query}#/{page}")


def explain(error: Exception, *, model_id: str | None = None, region: str | None = None) -> str:
    """A one-paragraph explanation of `error` that says what to do next."""
    return diagnose(error, model_id=model_id, region=region).fix


def diagnose(error: Exception, *, model_id: str | None = None, region: str | None = None) -> Diagnosis:
    """The cause of `error` in a few words, and the fix (console path or URL, and the IAM action if one is missing)."""
    where = f" in {region}" if region else ""
    if isinstance(error, NoCredentialsError):
        return Diagnosis(
            "no AWS credentials",
            "No AWS credentials were found. In SageMaker Studio the execution role supplies them; on a laptop "
            "run `aws configure` or `aws sso login` and set AWS_PROFILE. To work offline instead, set "
            "AGENTKIT_MODE=local.",
        )
    if isinstance(error, NoRegionError):
        return Diagnosis(
            "no AWS region",
            "No AWS region is set. Set AWS_REGION (for example us-west-2) to a region where Bedrock is available.",
        )
    if not isinstance(error, ClientError):
        if isinstance(error, BotoCoreError):
            return Diagnosis(
                "AWS unreachable",
                f"Could not reach AWS{where}: {error}. Check the network, proxy and AWS_REGION.",
            )
        return Diagnosis(type(error).__name__, str(error))
    code = error.response.get("Error", {}).get("Code", "")
    message = error.response.get("Error", {}).get("Message", "")
    name = _model_name(model_id) if model_id else "the model"
    lowered = message.lower()
    said = f"(AWS said: {message})"

    # Organization policies first: nothing in the account (not even the kit's IAM policy) overrides them.
    if "service control policy" in lowered or "resource control policy" in lowered:
        return _organization_denial(message, lowered, where)
    if "use case details" in lowered or "use-case form" in lowered or "use case form" in lowered:
        return Diagnosis(
            "Anthropic use-case form not submitted",
            f"Anthropic models need a one-time use-case form (First Time Use) before their first call, once per "
            f"account (or once in the organization's management account). Open the Bedrock model catalog "
            f"({_bedrock_console(region, 'model-catalog')}), choose {name} and submit the use-case details "
            "when asked — the console needs bedrock:PutUseCaseForModelAccess (the same action as "
            "`aws bedrock put-use-case-for-model-access`). Access is granted at once; retry within 15 "
            f"minutes. See {MODEL_ACCESS_DOCS} {said}",
        )
    if "aws-marketplace" in lowered or "marketplace subscription" in lowered:
        actions = " and ".join(MARKETPLACE_ACTIONS)
        return Diagnosis(
            "AWS Marketplace subscription denied",
            f"The first call of {name} in this account starts its AWS Marketplace subscription, and your role "
            f'may not subscribe. Allow {actions} on Resource "*" for the role (IAM console → Roles → your role '
            f"→ Add permissions; the kit's policy has them: `agentkit iam-policy`), or have an administrator "
            f"make the first call once. Then wait 2–15 minutes for the subscription and retry. See "
            f"{MODEL_ACCESS_DOCS} {said}",
        )
    if "payment instrument" in lowered or "payment method" in lowered:
        return Diagnosis(
            "no valid payment method",
            "Third-party models are sold through AWS Marketplace, which needs a valid payment method on the "
            f"account: Billing console → Payment preferences ({_console(None, 'billing/home#/paymentpreferences')}). "
            f"Then retry. {said}",
        )
    if code in ("AccessDeniedException", "AccessDenied") and _ACTION.search(message):
        return _iam_denial(message, lowered, where)
    if code == "AccessDeniedException" and "model" in lowered:
        return Diagnosis(
            "model not available to this account",
            f"Bedrock refused {name}{where}. There is no Model access page to visit any more (serverless "
            f"models are enabled by default); check that {name} is offered{where} (Bedrock console → Model "
            f"catalog, {_bedrock_console(region, 'model-catalog')}, or `aws bedrock list-foundation-models`) "
            "and that no IAM or organization policy restricts it, or choose another model with "
            f"AGENTKIT_MODEL_ID. {said}",
        )
    if code == "AccessDeniedException":
        return Diagnosis(
            "IAM permission missing",
            f"Your role may not call Bedrock{where}: allow bedrock:InvokeModel and "
            "bedrock:InvokeModelWithResponseStream for it (the kit's policy: `agentkit iam-policy`) "
            f"{said}",
        )
    if code == "ValidationException" and "on-demand throughput" in lowered:
        suggestion = ""
        info = bedrock_models.lookup(model_id or "")
        if info and region:
            try:
                suggestion = f"use the inference profile {bedrock_models.geography(region)}.{info.model_id}"
            except ValueError:
                suggestion = "use an inference profile id for your region"
        return Diagnosis(
            "needs an inference profile",
            f"{name} can't be invoked on demand by its bare id{where}: on-demand throughput isn't supported; "
            f"{suggestion or 'use an inference profile id (us./eu./apac. prefix)'}.",
        )
    if code == "ResourceNotFoundException" and ("end of its life" in lowered or "legacy" in lowered):
        info = bedrock_models.lookup(model_id or "")
        replacement = bedrock_models.MODELS.get(info.replacement) if info and info.replacement else None
        move = f" Move to {replacement.name} ({replacement.model_id})." if replacement else ""
        return Diagnosis("model retired", f"{name} has reached end of life in Bedrock{where}.{move} {said}")
    if code == "ValidationException" and "model identifier is invalid" in lowered:
        return Diagnosis(
            "invalid model id",
            f"The model id {model_id!r} is not valid{where}. Check the id and its region prefix with "
            "`agentkit preflight`, or `aws bedrock list-foundation-models`.",
        )
    if code in ("ThrottlingException", "ServiceQuotaExceededException"):
        return _quota(code, lowered, name, region, said)
    if code in (
        "UnrecognizedClientException",
        "InvalidClientTokenId",
        "ExpiredTokenException",
        "ExpiredToken",
    ):
        return Diagnosis(
            "invalid or expired credentials",
            "The AWS credentials are invalid or expired. Refresh them (`aws sso login`, new keys) and retry.",
        )
    if code == "ModelNotReadyException":
        return Diagnosis(
            "model not ready",
            f"{name} is not ready yet{where}; retry in a few seconds (agentkit's retries do this).",
        )
    return Diagnosis(code or type(error).__name__, f"{code}: {message}")


def _denied(message: str) -> tuple[str, str]:
    """The IAM action and the resource an AccessDenied message names (empty when it names none)."""
    action = _ACTION.search(message)
    resource = _RESOURCE.search(message)
    return (action.group(1) if action else "", resource.group(1).rstrip(".,") if resource else "")


def _organization_denial(message: str, lowered: str, where: str) -> Diagnosis:
    action, resource = _denied(message)
    what = f"{action} on {resource}" if action and resource else action or "this call"
    if "resource control policy" in lowered and "service control policy" not in lowered:
        kind, short = "resource control policy (RCP)", "RCP"
    else:
        kind, short = "service control policy (SCP)", "SCP"
    how = "denies" if "explicit deny" in lowered else "does not allow"
    scp = _SCP_ARN.search(message)
    named = f" (policy {scp.group(1)})" if scp else ""
    marketplace = (
        " That action is the AWS Marketplace subscription a third-party model starts on its first call."
        if action.startswith("aws-marketplace:")
        else ""
    )
    return Diagnosis(
        f"denied by an organization {short}",
        f"Your AWS Organization's {kind} {how} {what}{where}{named}.{marketplace} No policy in this account can "
        "override it, so the kit's IAM policy will not help: ask the organization's administrators (AWS "
        f"Organizations console → Policies, {_console(None, 'organizations/v2/home/policies')}) to allow "
        f"{action or 'the Bedrock actions the workshop uses'} for this account and region, or use a region "
        f"and model the policy allows (AWS_REGION, AGENTKIT_MODEL_ID). (AWS said: {message})",
    )


def _iam_denial(message: str, lowered: str, where: str) -> Diagnosis:
    action, resource = _denied(message)
    target = f" on {resource}" if resource else ""
    for policy in ("identity-based policy", "permissions boundary", "session policy"):
        article = "an" if policy[0] in "aeiou" else "a"
        if f"explicit deny in {article} {policy}" in lowered:
            return Diagnosis(
                f"denied by {article} {policy}",
                f"A Deny statement in {article} {policy} blocks {action}{target}{where}; adding permissions will not "
                "help. Ask whoever manages the role (IAM console → Roles → your role) to remove the Deny for "
                f"{action}. (AWS said: {message})",
            )
    return Diagnosis(
        "IAM permission missing",
        f"Your role may not call {action}{target}{where}. Allow {action} for the role (IAM console → Roles → "
        "your role → Add permissions); the kit's least-privilege policy for the workshop has every action "
        f"the notebooks use: `agentkit iam-policy`. (AWS said: {message})",
    )


def _quota(code: str, lowered: str, name: str, region: str | None, said: str) -> Diagnosis:
    quotas = _console(region, "servicequotas/home/services/bedrock/quotas")
    request = (
        f"open the Service Quotas console → AWS services → Amazon Bedrock ({quotas}), search for {name} "
        "and request an increase (needs servicequotas:RequestServiceQuotaIncrease)"
    )
    where = f" in {region}" if region else ""
    if "per day" in lowered:
        return Diagnosis(
            "daily token quota used up",
            f"Bedrock is throttling calls to {name}{where}: the account's tokens-per-day quota is used up, "
            f"and retrying will not help until it resets. To raise it, {request} — the daily quotas of new "
            f"accounts can be very low. {said}",
        )
    if code == "ServiceQuotaExceededException":
        return Diagnosis(
            "service quota exceeded",
            f"A Bedrock service quota for {name}{where} is exceeded: lower the load, or {request}. {said}",
        )
    return Diagnosis(
        "throttled (per-minute quota)",
        f"Bedrock is throttling calls to {name}{where}. Retry with backoff (agentkit does) and lower "
        f"concurrency; to raise the requests- or tokens-per-minute quota, {request}. {said}",
    )
