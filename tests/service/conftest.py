"""The REST handler's module-scoped platform: a memory table and an event bus per module, created once."""

from __future__ import annotations

import json
from collections.abc import Iterator

import boto3
import pytest
from auth_support import Tokens
from rest_support import Api

from agentkit.local.platform import LocalPlatform
from agentkit.memory import DynamoDBStore
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import local
from agentkit.workflows.events import (
    AgentCreated,
    AgentDeleted,
    AgentStatusChanged,
    TaskCompleted,
    TaskCreated,
    pattern_of,
)


@pytest.fixture(scope="module")
def api(module_env: LocalPlatform, request: pytest.FixtureRequest) -> Iterator[Api]:
    name = "rest-" + request.module.__name__.rsplit(".", 1)[-1].replace("_", "-")[:40]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTKIT_MEMORY_TABLE", name)
        patch.setenv("AGENTKIT_EVENT_BUS", name)
        DynamoDBStore(name).create_table()
        bridge, sqs = boto3.client("events"), boto3.client("sqs")
        bridge.create_event_bus(Name=name)
        url = sqs.create_queue(QueueName=name)["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        bridge.put_rule(
            Name=name, EventBusName=name, EventPattern=json.dumps(pattern_of(AgentCreated, AgentDeleted))
        )
        bridge.put_targets(Rule=name, EventBusName=name, Targets=[{"Id": "watch", "Arn": arn}])
        yield Api(name, name, url, sqs)


@pytest.fixture(scope="module")
def tokens() -> Iterator[Tokens]:
    """A module's identity provider, and the API configured to trust it (AGENTKIT_JWT_*)."""
    issuer = Tokens.generate()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in issuer.environment().items():
            patch.setenv(name, value)
        yield issuer


@pytest.fixture(scope="module")
def task_api(api: Api, data_dir: object) -> Iterator[Api]:
    """`api` with the task-execution workflow deployed on local Step Functions (its real handlers, events on
    the module's bus) and named in `AGENTKIT_TASK_STATE_MACHINE`, so creating a task runs it; the module's
    queue also receives TaskCreated, AgentStatusChanged and TaskCompleted."""
    bridge = boto3.client("events")
    arn = api.sqs.get_queue_attributes(QueueUrl=api.queue_url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    kinds = pattern_of(TaskCreated, AgentStatusChanged, TaskCompleted)
    bridge.put_rule(Name=f"{api.bus}-tasks", EventBusName=api.bus, EventPattern=json.dumps(kinds))
    bridge.put_targets(Rule=f"{api.bus}-tasks", EventBusName=api.bus, Targets=[{"Id": "watch", "Arn": arn}])
    arn = local.deploy(
        "task_execution", HANDLERS, name=f"{api.table}-tasks"[:70], values={"EventBusName": api.bus}
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTKIT_TASK_STATE_MACHINE", arn)
        patch.setenv("AGENTKIT_IDEMPOTENCY_TABLE", f"{api.table}-idempotency")
        yield api
