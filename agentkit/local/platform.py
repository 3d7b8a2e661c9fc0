"""The local platform: local AWS and local Bedrock started together, and the environment that points at them.

Offline only changes where boto3 points. `environment()` is that change, as the standard variables
every AWS SDK reads (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`, ...), so clients created
inside Strands, langchain-aws or CrewAI follow it without being told.
"""

from __future__ import annotations

import httpx

from agentkit.local.aws import LocalAWS
from agentkit.local.bedrock.server import LocalBedrock

DUMMY_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
HEALTH_PATH = "/_agentkit/health"


class LocalPlatform:
    """Both local servers on 127.0.0.1, on free ports unless given."""

    def __init__(self, host: str = "127.0.0.1", aws_port: int = 0, bedrock_port: int = 0):
        self.aws = LocalAWS(host, aws_port)
        self.bedrock = LocalBedrock(host, bedrock_port)

    def start(self) -> LocalPlatform:
        self.aws.start()
        try:
            self.bedrock.start()
        except BaseException:
            self.aws.stop()
            raise
        return self

    def stop(self) -> None:
        self.bedrock.stop()
        self.aws.stop()

    def __enter__(self) -> LocalPlatform:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def environment(self, region: str) -> dict[str, str]:
        return environment(self.aws.url, self.bedrock.url, region)


def environment(aws_url: str, bedrock_url: str, region: str) -> dict[str, str]:
    """The variables that send every AWS SDK client (and the anthropic SDK) to the local platform."""
    return {
        "AGENTKIT_MODE": "local",
        "AWS_ENDPOINT_URL": aws_url,
        "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": bedrock_url,
        "AWS_ENDPOINT_URL_BEDROCK": bedrock_url,
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        # moto serves every API on one host: no "sync-" style host prefixes (StartSyncExecution, ...).
        "AWS_DISABLE_HOST_PREFIX_INJECTION": "true",
        **DUMMY_CREDENTIALS,
        "ANTHROPIC_BASE_URL": bedrock_url,
        "ANTHROPIC_API_KEY": "local-simulator",
    }


def is_running(bedrock_url: str) -> bool:
    """Whether an agentkit local Bedrock answers at `bedrock_url` (e.g. one started by `agentkit local`)."""
    try:
        response = httpx.get(bedrock_url.rstrip("/") + HEALTH_PATH, timeout=1.0)
    except httpx.HTTPError:
        return False
    return response.status_code == 200 and "agentkit" in response.text
