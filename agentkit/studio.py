"""SageMaker Studio: who the attendee is, and — through the SageMaker SDK — their role, bucket and region.

Studio writes `/opt/ml/metadata/resource-metadata.json` into every app container (JupyterLab, Code Editor);
its `DomainId` says "this is Studio" and its `UserProfileName` names the attendee, unique in the domain,
which `agentkit.naming` uses to keep attendees' resources apart. Reading it needs no SDK and no network.

The SageMaker Python SDK is what knows the rest — the execution role (`get_execution_role`), the
session's default bucket (`sagemaker-<region>-<account>`, created on first use) and region — so the kit
asks it, and only it. The SDK is the optional `studio` extra (`pip install "agentkit[studio]"`): SDK 3.x's
`sagemaker-core`, whose `sagemaker.core.helper.session_helper` holds the classic `Session` and
`get_execution_role` (the `sagemaker` 3.x meta-package adds training, serving and MLflow, several GB the
kit does not use). A Studio image's preinstalled SDK 2.x (`sagemaker.Session`) serves as well. It is
imported here and nowhere else, and everything works without it (these functions then say how to install it).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

METADATA_FILE = Path("/opt/ml/metadata/resource-metadata.json")
"""Written by SageMaker into Studio apps (and notebook instances, without `DomainId`)."""


def metadata() -> dict[str, Any]:
    """The app's resource metadata, or {} outside SageMaker (or if the file is unreadable)."""
    try:
        return json.loads(METADATA_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def in_studio() -> bool:
    """True inside a SageMaker Studio app (a domain's user profile or space), not a notebook instance."""
    return bool(metadata().get("DomainId"))


def user_profile_name() -> str | None:
    """The Studio user profile this app belongs to; None outside Studio or in a shared space without one."""
    return metadata().get("UserProfileName") if in_studio() else None


def execution_role() -> str:
    """The execution role's ARN, as the SageMaker SDK finds it (metadata, user profile, domain)."""
    _, get_execution_role = _sdk()
    return get_execution_role(sagemaker_session=_session())


def default_bucket() -> str:
    """The SageMaker session's default bucket (`sagemaker-<region>-<account>`; the SDK creates it if missing)."""
    return _session().default_bucket()


def region() -> str:
    """The region the SageMaker session runs in."""
    return _session().boto_region_name


@cache
def _session():
    session_class, _ = _sdk()
    return session_class()


def _sdk():
    """The SDK's `Session` class and `get_execution_role`: 3.x's sagemaker-core, else a 2.x `sagemaker`."""
    try:
        from sagemaker.core.helper.session_helper import Session, get_execution_role
    except ImportError:
        try:
            from sagemaker import Session, get_execution_role
        except ImportError:
            raise RuntimeError(
                'The SageMaker SDK is not installed: `%pip install "agentkit[studio]"` (or the repo with its '
                "constraints, as notebook 00's first cell does), then restart the kernel."
            ) from None
    return Session, get_execution_role
