"""The API key for the Anthropic or OpenAI-compatible provider, from configuration or AWS Secrets Manager.

A key pasted into a notebook ends up in its saved outputs and in git; a key in Secrets Manager does not.
So when `api_key_secret` names a secret, the key is read from there at build time (offline, from moto's
Secrets Manager, through the same `AWS_ENDPOINT_URL`) and wins over `ANTHROPIC_API_KEY`/`OPENAI_API_KEY`,
which `agentkit.connect()` sets to a placeholder in local mode.

The secret holds the key as its whole `SecretString`, or as a JSON object with the key under `api_key`
or under the provider's variable name (`ANTHROPIC_API_KEY`, `OPENAI_API_KEY`) — the shapes the
Secrets Manager console produces for "other type of secret".
"""

from __future__ import annotations

import json

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from agentkit.errors import explain
from agentkit.models.config import API_KEY_VARIABLES, ModelConfig
from agentkit.sessions import new_session


def api_key(config: ModelConfig, session: boto3.Session | None = None) -> str:
    """The key to send to `config.provider`, or a ValueError that says where to put one."""
    variable = API_KEY_VARIABLES.get(config.provider)
    if variable is None:
        raise ValueError(f"provider {config.provider!r} takes no API key")
    if config.api_key_secret:
        return _from_secret(config.api_key_secret, variable, config.region, session)
    if config.api_key is not None and config.api_key.get_secret_value():
        return config.api_key.get_secret_value()
    hint = " (Ollama and vLLM accept any value, e.g. `ollama`)" if config.provider == "openai" else ""
    raise ValueError(
        f"No API key for provider {config.provider!r}: set {variable}{hint}, or store it in AWS Secrets "
        "Manager and set AGENTKIT_API_KEY_SECRET to the secret's name or ARN."
    )


def _from_secret(secret_id: str, variable: str, region: str | None, session: boto3.Session | None) -> str:
    client = (session or new_session()).client("secretsmanager", region_name=region)
    try:
        value = client.get_secret_value(SecretId=secret_id)
    except (ClientError, BotoCoreError) as error:
        raise ValueError(f"Could not read the API key from secret {secret_id!r}: {explain(error)}") from error
    text = value.get("SecretString")
    if text is None:
        raise ValueError(f"Secret {secret_id!r} holds binary data; store the API key as a string secret.")
    try:
        parsed = json.loads(text)
    except ValueError:
        return text.strip()
    if not isinstance(parsed, dict):
        return text.strip()
    for key in ("api_key", variable):
        if isinstance(parsed.get(key), str) and parsed[key]:
            return parsed[key]
    raise ValueError(
        f"Secret {secret_id!r} is a JSON object without an 'api_key' or {variable!r} member "
        f"(members: {', '.join(sorted(parsed)) or 'none'})."
    )
