"""Fixtures for agentkit.models: the session's local platform behind recording proxies, and fakes for time.

`wire` gives each test endpoints that record what reaches them: `wire.bedrock` (Converse and the
Anthropic Messages API, forwarded to the local endpoint) and `wire.openai` (a fake OpenAI-compatible
server). `models_env` is `local_env` with the kit's variables that could leak from a developer's shell
removed. Faults injected through `admin` are cleared after the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import boto3
import pytest
from wire import FakeOpenAI, RecordingProxy

from agentkit.local.bedrock import AdminClient
from agentkit.local.platform import LocalPlatform
from agentkit.models import UsageMeter

REGION = "us-east-1"


@dataclass
class Wire:
    bedrock: RecordingProxy
    openai: FakeOpenAI

    @property
    def openai_url(self) -> str:
        return f"{self.openai.url}/v1"


@pytest.fixture(scope="session")
def _proxies(local_platform: LocalPlatform) -> Iterator[Wire]:
    wire = Wire(RecordingProxy(local_platform.bedrock.url), FakeOpenAI())
    yield wire
    wire.bedrock.stop()
    wire.openai.stop()


@pytest.fixture
def wire(_proxies: Wire) -> Wire:
    _proxies.bedrock.clear()
    _proxies.openai.clear()
    _proxies.openai.failures.clear()
    return _proxies


@pytest.fixture
def models_env(local_env: LocalPlatform, monkeypatch: pytest.MonkeyPatch) -> LocalPlatform:
    for name in (
        "AGENTKIT_PROVIDER",
        "AGENTKIT_MODEL_ID",
        "AGENTKIT_BASE_URL",
        "AGENTKIT_API_KEY_SECRET",
        "AGENTKIT_TEMPERATURE",
        "AGENTKIT_MAX_TOKENS",
        "AGENTKIT_PROMPT_CACHING",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    return local_env


@pytest.fixture(scope="session")
def session() -> boto3.Session:
    """One boto3 session for the local platform's dummy credentials: a new one costs ~0.1 s to load."""
    return boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=REGION)


@pytest.fixture
def meter() -> UsageMeter:
    return UsageMeter()


@pytest.fixture
def sleeps() -> list[float]:
    """The waits between retries, recorded instead of slept (pass `sleeps.append` as `sleep`)."""
    return []


@pytest.fixture
def admin(local_platform: LocalPlatform) -> Iterator[AdminClient]:
    client = AdminClient(local_platform.bedrock.url)
    yield client
    client.clear_faults()
