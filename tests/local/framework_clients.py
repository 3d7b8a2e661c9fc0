"""Framework model clients pointed at a local Bedrock endpoint, importable from the test modules here.

Strands' `BedrockModel` and langchain-aws' `ChatBedrockConverse`, configured as their docs configure them
for Bedrock, with only the endpoint changed: the frameworks run unmodified against the simulated model.
(Like local_aws_support.py, the name is specific because every test folder shares one sys.path.)
"""

from __future__ import annotations

from typing import Any

import boto3

MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
REGION = "us-east-1"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def strands_model(url: str) -> Any:
    from strands.models import BedrockModel

    return BedrockModel(
        model_id=MODEL_ID, boto_session=boto3.Session(region_name=REGION, **CREDENTIALS), endpoint_url=url
    )


def converse_chat(url: str) -> Any:
    from langchain_aws import ChatBedrockConverse

    return ChatBedrockConverse(model=MODEL_ID, endpoint_url=url, region_name=REGION, **CREDENTIALS)
