"""New boto3 sessions that share botocore's data loader.

Every `boto3.Session()` gets its own loader, so the first client it makes parses the service's model and
endpoint-rule JSON again (about 150 ms for bedrock-runtime). An agent built per request, per test example
or per Lambda invocation pays that every time. botocore lets a session be given a loader (its
`data_loader` component); sessions made here share one, so each file is parsed once per process, while
credentials, region and endpoint settings are still read by each session from the environment as usual.
"""

from __future__ import annotations

import boto3
import botocore.loaders
import botocore.session

_LOADER = botocore.loaders.create_loader()


def new_session(region_name: str | None = None) -> boto3.Session:
    """A fresh session (credentials and configuration read now) over the process's shared loader."""
    core = botocore.session.get_session()
    core.register_component("data_loader", _LOADER)
    return boto3.Session(botocore_session=core, region_name=region_name)
