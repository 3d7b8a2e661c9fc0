"""`agentkit.preflight()`: check identity, region and each model before a workshop starts.

The failures that stop most Bedrock workshops happen before the first agent runs. Bedrock's old
*Model access* page is gone (serverless models are enabled by default); what stops a room today is
an Anthropic model's one-time use-case form, a role that may not start a third-party model's AWS
Marketplace subscription on its first call, an organization's service control policy (SCP), a
throttled or zero quota — and still a bare model id where an inference profile is required, a
retired model, a wrong region. Preflight tries each model the kit uses with a one-token Converse
call and maps any failure to its cause and fix (`agentkit.errors.diagnose`): a console path or
URL, and the exact IAM action when one is missing. Offline, the same checks run against the local
platform, which can be told to answer with AWS's exact errors — so this code is tested without an account.
"""

from __future__ import annotations

import html
from typing import Literal

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from pydantic import BaseModel

from agentkit import bedrock_models
from agentkit.errors import diagnose

Status = Literal["ok", "warn", "fail"]
_CONFIG = Config(connect_timeout=5, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"})
_ICONS = {"ok": "✅", "warn": "⚠️", "fail": "❌"}


class Check(BaseModel):
    check: str
    status: Status
    detail: str
    fix: str = ""


class PreflightReport(BaseModel):
    mode: str
    region: str
    checks: list[Check]

    @property
    def ok(self) -> bool:
        return all(c.status != "fail" for c in self.checks)

    def to_dataframe(self):
        import pandas as pd

        return pd.DataFrame([c.model_dump() for c in self.checks])

    def __str__(self) -> str:
        width = max(len(c.check) for c in self.checks)
        where = " — against the local platform, not AWS" if self.mode == "local" else ""
        lines = [f"preflight ({self.mode} mode, region {self.region}){where}"]
        for c in self.checks:
            lines.append(f"  {c.status.upper():4}  {c.check:<{width}}  {c.detail}")
            if c.fix:
                lines.append(f"        {'':<{width}}  → {c.fix}")
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        e = html.escape
        rows = "".join(
            f"<tr><td>{_ICONS[c.status]}</td><td>{e(c.check)}</td><td>{e(c.detail)}</td><td>{e(c.fix)}</td></tr>"
            for c in self.checks
        )
        return (
            f"<p><b>Preflight</b> — {e(self.mode)} mode, region <code>{e(self.region)}</code>"
            f"{' — checked against the local platform, not AWS' if self.mode == 'local' else ''}</p>"
            "<table><thead><tr><th></th><th>check</th><th>result</th><th>what to do</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )


def preflight(
    models: list[str] | None = None, *, region: str | None = None, session: boto3.Session | None = None
) -> PreflightReport:
    """Run the checks against wherever boto3 points now (call `agentkit.connect()` first).

    `models` are bare model ids (as in `agentkit.bedrock_models`) or full invocation ids; by default the
    kit's default model and the ones `AGENTKIT_MODEL_ID` names. `session` defaults to a new `boto3.Session()`.
    """
    from agentkit.connect import current

    connection = current()
    session = session or boto3.Session()
    region = region or (connection.region if connection else None) or session.region_name or "us-east-1"
    mode = connection.mode if connection else "unconnected"
    checks = [_identity(session, region), _region(region)]
    if checks[0].status == "ok":
        wanted = models or [connection.model_id if connection else bedrock_models.DEFAULT_MODEL]
        runtime = session.client("bedrock-runtime", region_name=region, config=_CONFIG)
        checks.extend(_model(runtime, model, region) for model in wanted)
    return PreflightReport(mode=mode, region=region, checks=checks)


def _identity(session: boto3.Session, region: str) -> Check:
    try:
        identity = session.client("sts", region_name=region, config=_CONFIG).get_caller_identity()
    except (ClientError, BotoCoreError) as error:
        found = diagnose(error, region=region)
        return Check(check="identity", status="fail", detail=f"{_code(error)}: {found.cause}", fix=found.fix)
    return Check(check="identity", status="ok", detail=f"{identity['Arn']} (account {identity['Account']})")


def _region(region: str) -> Check:
    if region in bedrock_models.BEDROCK_REGIONS:
        return Check(
            check="region", status="ok", detail=f"{region} offers Bedrock with cross-region profiles"
        )
    return Check(
        check="region",
        status="warn",
        detail=f"{region} is not in the kit's list of Bedrock regions",
        fix=f"Set AWS_REGION to one of {', '.join(bedrock_models.BEDROCK_REGIONS[:4])}, … unless you know {region} works.",
    )


def _model(runtime, model_id: str, region: str) -> Check:
    """One-token Converse call with `model_id` exactly as the kit will send it."""
    info = bedrock_models.lookup(model_id)
    label = f"model {info.name}" if info else f"model {model_id}"
    try:
        response = runtime.converse(
            modelId=model_id,
            messages=[{"role": "user", "content": [{"text": "ping"}]}],
            inferenceConfig={"maxTokens": 1},
        )
    except (ClientError, BotoCoreError) as error:
        code = _code(error)
        found = diagnose(error, model_id=model_id, region=region)
        # Throttled within a minute's quota: the model answers this account, just not right now.
        status: Status = "warn" if found.cause.startswith("throttled") else "fail"
        return Check(check=label, status=status, detail=f"{code}: {found.cause}", fix=found.fix)
    kind = "inference profile" if info and model_id != info.model_id else "on-demand model id"
    detail = f"{model_id} answers ({kind}, {response['usage']['inputTokens']} input tokens)"
    if info and info.lifecycle == "LEGACY":
        replacement = bedrock_models.MODELS.get(info.replacement or "")
        fix = (
            f"Move to {replacement.name} ({replacement.model_id})."
            if replacement
            else "Move to an active model."
        )
        return Check(check=label, status="warn", detail=f"{detail}, but {info.name} is legacy", fix=fix)
    return Check(check=label, status="ok", detail=detail)


def _code(error: Exception) -> str:
    return error.response["Error"]["Code"] if isinstance(error, ClientError) else type(error).__name__
