"""Where local AWS (moto 5.2, as patched by agentkit/local/aws.py) differs from AWS, pinned.

Each test pins one behaviour that notebooks or tests rely on, or must work around. Its docstring
says what AWS does, what moto does, and why we care. When a moto upgrade changes one of them, the
test fails and the list in agentkit/local/aws.py's docstring needs the same update.
"""

from __future__ import annotations

import io
import json
import os
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from local_aws_support import unique

from agentkit.local.aws import LocalAWS, bind_lambda, unbind_lambda

NO_RETRIES = Config(retries={"total_max_attempts": 1})


@pytest.fixture(scope="module")
def role_arn(client: Callable[..., Any]) -> str:
    return client("iam").create_role(RoleName=unique("quirks-fn"), AssumeRolePolicyDocument="{}")["Role"][
        "Arn"
    ]


@pytest.fixture
def make_function(client: Callable[..., Any], role_arn: str) -> Iterator[Callable[..., dict]]:
    """`make_function(handler, **create_function_args)`: a uniquely named function bound to `handler`."""
    names: list[str] = []

    def make(handler: Callable, **extra: Any) -> dict:
        name = unique("quirk")
        names.append(name)
        code = io.BytesIO()
        with zipfile.ZipFile(code, "w") as archive:
            archive.writestr("index.py", "")
        config = client("lambda").create_function(
            FunctionName=name,
            Runtime="python3.12",
            Role=role_arn,
            Handler="index.handler",
            Code={"ZipFile": code.getvalue()},
            **extra,
        )
        bind_lambda(name, handler)
        return config

    yield make
    for name in names:
        unbind_lambda(name)


def wait_until_done(sfn: Any, execution_arn: str) -> dict:
    deadline = time.monotonic() + 10
    while (described := sfn.describe_execution(executionArn=execution_arn))["status"] == "RUNNING":
        assert time.monotonic() < deadline, "execution still RUNNING after 10 s"
        time.sleep(0.02)
    return described


def lambda_task_machine(client: Callable[..., Any], role_arn: str, function_name: str) -> str:
    definition = {
        "StartAt": "Call",
        "States": {
            "Call": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": function_name, "Payload.$": "$"},
                "End": True,
            }
        },
    }
    return client("stepfunctions").create_state_machine(
        name=unique("sm"), definition=json.dumps(definition), roleArn=role_arn
    )["stateMachineArn"]


# --------------------------------------------------------------------------- IAM and accounts


def test_iam_is_not_enforced(client: Callable[..., Any]) -> None:
    """AWS: a user with no policies is denied everything; a state machine's role must be assumable.
    Moto: every principal may do everything, and any well-formed role ARN is accepted.
    Why we care: least-privilege mistakes in the CDK stack never show up locally; only
    cdk-nag and a real deployment catch them.
    """
    iam = client("iam")
    user = iam.create_user(UserName=unique("no-permissions"))["User"]["UserName"]
    key = iam.create_access_key(UserName=user)["AccessKey"]
    s3 = client("s3", aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
    bucket = unique("no-permissions")
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="k", Body=b"allowed anyway")
    assert s3.get_object(Bucket=bucket, Key="k")["Body"].read() == b"allowed anyway"

    missing_role = "arn:aws:iam::123456789012:role/does-not-exist"
    definition = {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}}
    created = client("stepfunctions").create_state_machine(
        name=unique("sm"), definition=json.dumps(definition), roleArn=missing_role
    )
    assert created["stateMachineArn"]


def test_lambda_role_must_exist_but_its_trust_policy_is_ignored(client: Callable[..., Any]) -> None:
    """AWS: create_function needs a role that exists and that lambda.amazonaws.com may assume.
    Moto: the role must exist (fixtures must create one) but its trust policy is never read.
    Why we care: local setup code has to create an IAM role before any function.
    """
    code = io.BytesIO()
    with zipfile.ZipFile(code, "w") as archive:
        archive.writestr("index.py", "")
    create = {"Runtime": "python3.12", "Handler": "index.handler", "Code": {"ZipFile": code.getvalue()}}
    lambda_client = client("lambda")
    with pytest.raises(ClientError) as raised:
        lambda_client.create_function(
            FunctionName=unique("f"), Role="arn:aws:iam::123456789012:role/does-not-exist", **create
        )
    assert "cannot be assumed" in raised.value.response["Error"]["Message"]

    no_trust = client("iam").create_role(RoleName=unique("no-trust"), AssumeRolePolicyDocument="{}")["Role"][
        "Arn"
    ]
    assert lambda_client.create_function(FunctionName=unique("f"), Role=no_trust, **create)["FunctionArn"]


def test_every_request_is_in_the_default_account(client: Callable[..., Any]) -> None:
    """AWS: the account comes from the credentials. Moto: always 123456789012 for unknown keys.
    Why we care: ARNs built locally contain 123456789012, so code must read the account from
    STS or the environment, never hard-code it.
    """
    for key in ("testing", "AKIA" + "ANYTHINGELSE0001"):  # split: not a credential, no scanner alarm
        identity = client("sts", aws_access_key_id=key, aws_secret_access_key=key).get_caller_identity()
        assert identity["Account"] == "123456789012"


def test_state_is_shared_by_every_server_in_the_process(client: Callable[..., Any]) -> None:
    """AWS: n/a. Moto: backends are module globals, so a second server sees the first one's data
    and stopping a server does not clear it.
    Why we care: tests and notebooks that start their own LocalAWS must use unique resource names
    (or reset), and restarting the server is not a way to start clean.
    """
    bucket = unique("shared")
    client("s3").create_bucket(Bucket=bucket)
    with LocalAWS() as other:
        s3 = client("s3", endpoint_url=other.url)
        assert bucket in [b["Name"] for b in s3.list_buckets()["Buckets"]]


# --------------------------------------------------------------------------- Lambda


def test_event_invocation_runs_before_invoke_returns(
    client: Callable[..., Any], make_function: Callable
) -> None:
    """AWS: InvocationType=Event queues the event and returns 202 at once; the function runs later
    (and is retried twice on error). Moto, as patched: the handler runs inside `invoke`, once.
    Why we care: locally, the side effects of an async invoke are visible as soon as it returns,
    which keeps notebooks deterministic; code must not rely on that ordering in AWS.
    """
    calls: list[dict] = []

    def handler(event: dict, context: Any) -> None:
        calls.append(event)
        raise RuntimeError("not retried locally")

    config = make_function(handler)
    response = client("lambda").invoke(
        FunctionName=config["FunctionName"], InvocationType="Event", Payload="{}"
    )
    assert response["StatusCode"] == 202
    assert calls == [{}]


def test_timeout_is_not_enforced(client: Callable[..., Any], make_function: Callable) -> None:
    """AWS: a function running past its Timeout is stopped ("Task timed out after 1.00 seconds").
    Moto, as patched: the handler runs to completion; only get_remaining_time_in_millis counts down.
    Why we care: timeouts tuned locally are not tested; agent loops must watch the remaining time.
    """

    def handler(event: dict, context: Any) -> dict:
        time.sleep(1.1)
        return {"remaining_ms": context.get_remaining_time_in_millis()}

    config = make_function(handler, Timeout=1)
    response = client("lambda").invoke(FunctionName=config["FunctionName"], Payload="{}")
    assert "FunctionError" not in response
    assert json.loads(response["Payload"].read()) == {"remaining_ms": 0}


def test_function_environment_is_not_in_os_environ(
    client: Callable[..., Any], make_function: Callable
) -> None:
    """AWS: Environment.Variables are the function's os.environ.
    Moto, as patched: handlers share this process, so os.environ is the caller's; the function's
    variables are not applied (doing so would leak between concurrent invocations).
    Why we care: a handler reading os.environ["TABLE_NAME"] needs the variable set in the
    notebook's environment too, or a default.
    """
    name = f"AGENTKIT_QUIRK_{uuid.uuid4().hex[:6].upper()}"
    config = make_function(
        lambda event, context: {"value": os.environ.get(name)},
        Environment={"Variables": {name: "from-function"}},
    )
    assert config["Environment"]["Variables"] == {name: "from-function"}  # recorded...
    response = client("lambda").invoke(FunctionName=config["FunctionName"], Payload="{}")
    assert json.loads(response["Payload"].read()) == {"value": None}  # ...but not applied


def test_sqs_event_source_mapping_runs_inside_send_message(
    client: Callable[..., Any], make_function: Callable
) -> None:
    """AWS: a poller receives SQS messages in batches and invokes the function some time later.
    Moto: send_message invokes the function synchronously with a one-message batch, and deletes
    the message if the function succeeded.
    Why we care: a queue-driven worker has already run when send_message returns locally.
    """
    seen: list[str] = []
    config = make_function(lambda event, context: seen.extend(r["body"] for r in event["Records"]))
    sqs = client("sqs")
    queue = sqs.create_queue(QueueName=unique("q"))["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    client("lambda").create_event_source_mapping(
        EventSourceArn=queue_arn, FunctionName=config["FunctionName"]
    )

    sqs.send_message(QueueUrl=queue, MessageBody="one")
    sqs.send_message(QueueUrl=queue, MessageBody="two")
    assert seen == ["one", "two"]
    attributes = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["ApproximateNumberOfMessages"])
    assert attributes["Attributes"]["ApproximateNumberOfMessages"] == "0"


# --------------------------------------------------------------------------- Step Functions


def test_executions_run_in_the_background(
    client: Callable[..., Any], make_function: Callable, role_arn: str
) -> None:
    """AWS: start_execution returns at once and the execution runs on; callers poll or wait.
    Moto (execute_state_machine on): the same, in a thread of this process.
    Why we care: notebooks and tests must poll describe_execution, never read output right away.
    """
    release = threading.Event()
    make = make_function(lambda event, context: {"released": release.wait(timeout=10)})
    sfn = client("stepfunctions")
    machine = lambda_task_machine(client, role_arn, make["FunctionName"])
    execution = sfn.start_execution(stateMachineArn=machine, input="{}")["executionArn"]
    try:
        assert sfn.describe_execution(executionArn=execution)["status"] == "RUNNING"
    finally:
        release.set()
    done = wait_until_done(sfn, execution)
    assert done["status"] == "SUCCEEDED"
    assert json.loads(done["output"])["Payload"] == {"released": True}


def test_lambda_invoke_task_result_and_history_shape(
    client: Callable[..., Any], make_function: Callable, role_arn: str
) -> None:
    """AWS: a lambda:invoke task's result is {ExecutedVersion, Payload, SdkHttpMetadata,
    SdkResponseMetadata, StatusCode}. Moto: only {StatusCode, Payload}. The history's event
    types, ids and order match AWS.
    Why we care: state machines must select `$.Payload` (CDK's LambdaInvoke default), not the
    SDK metadata; notebooks render the history.
    """
    config = make_function(lambda event, context: {"answer": 42})
    sfn = client("stepfunctions")
    machine = lambda_task_machine(client, role_arn, config["FunctionName"])
    execution = sfn.start_execution(stateMachineArn=machine, input="{}")["executionArn"]
    done = wait_until_done(sfn, execution)

    assert json.loads(done["output"]) == {"StatusCode": 200, "Payload": {"answer": 42}}
    history = sfn.get_execution_history(executionArn=execution)["events"]
    assert [e["type"] for e in history] == [
        "ExecutionStarted",
        "TaskStateEntered",
        "TaskScheduled",
        "TaskStarted",
        "TaskSucceeded",
        "TaskStateExited",
        "ExecutionSucceeded",
    ]
    assert [e["id"] for e in history] == list(range(1, 8))


def test_start_sync_execution_is_not_available(client: Callable[..., Any], role_arn: str) -> None:
    """AWS: Express workflows can run synchronously with start_sync_execution, whose endpoint is
    `sync-states.<region>.amazonaws.com` (botocore prepends the "sync-" host prefix).
    Locally: botocore prepends "sync-" to our endpoint too (`sync-127.0.0.1`, which does not
    resolve) unless AWS_DISABLE_HOST_PREFIX_INJECTION=true; and moto does not implement the
    operation anyway (HTTP 500).
    Why we care: run Express workflows locally with start_execution and poll.
    """
    sfn = client("stepfunctions", config=NO_RETRIES)
    definition = {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}}
    machine = sfn.create_state_machine(
        name=unique("express"), type="EXPRESS", definition=json.dumps(definition), roleArn=role_arn
    )["stateMachineArn"]

    sent_to: list[str] = []

    class Stop(Exception):
        pass

    def capture(request: Any, **_: Any) -> None:
        sent_to.append(request.url)
        raise Stop

    sfn.meta.events.register("before-send.sfn.StartSyncExecution", capture)
    with pytest.raises(Stop):
        sfn.start_sync_execution(stateMachineArn=machine, input="{}")
    assert sent_to[0].startswith("http://sync-127.0.0.1:")

    unprefixed = client("stepfunctions", config=NO_RETRIES.merge(Config(inject_host_prefix=False)))
    with pytest.raises(ClientError) as raised:
        unprefixed.start_sync_execution(stateMachineArn=machine, input="{}")
    assert raised.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500


# --------------------------------------------------------------------------- EventBridge


def test_eventbridge_delivers_to_sqs_synchronously(client: Callable[..., Any]) -> None:
    """AWS: delivery to targets is asynchronous and at-least-once.
    Local: the message is in the queue when put_events returns (with `account`, which moto alone
    drops; agentkit.local.aws routes events itself).
    Why we care: local tests may read the queue straight after put_events; on AWS, poll.
    """
    sqs, events = client("sqs"), client("events")
    queue = sqs.create_queue(QueueName=unique("events"))["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    rule = unique("rule")
    events.put_rule(Name=rule, EventPattern=json.dumps({"source": [rule]}))
    events.put_targets(Rule=rule, Targets=[{"Id": "q", "Arn": queue_arn}])

    events.put_events(Entries=[{"Source": rule, "DetailType": "Done", "Detail": "{}"}])
    (message,) = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=0)["Messages"]
    envelope = json.loads(message["Body"])
    assert {
        "version",
        "id",
        "detail-type",
        "source",
        "account",
        "time",
        "region",
        "resources",
        "detail",
    } <= set(envelope)


def test_eventbridge_lambda_target_runs_before_put_events_returns(
    client: Callable[..., Any], make_function: Callable
) -> None:
    """AWS: a rule's Lambda target is invoked asynchronously, some time after put_events.
    Local: moto alone answers put_events with HTTP 500 for a Lambda (or state machine) target;
    agentkit.local.aws delivers it, running the handler before put_events returns.
    Why we care: a local test can assert on the handler's effects at once; on AWS, poll.
    """
    calls: list[dict] = []
    config = make_function(lambda event, context: calls.append(event))
    events = client("events", config=NO_RETRIES)
    rule = unique("rule")
    events.put_rule(Name=rule, EventPattern=json.dumps({"source": [rule]}))
    events.put_targets(Rule=rule, Targets=[{"Id": "fn", "Arn": config["FunctionArn"]}])

    events.put_events(Entries=[{"Source": rule, "DetailType": "Done", "Detail": "{}"}])
    assert [(c["source"], c["detail"]) for c in calls] == [(rule, {})]


# --------------------------------------------------------------------------- DynamoDB


def create_key_value_table(dynamodb: Any, table: str) -> None:
    """The simplest table: a string partition key `pk`, on-demand."""
    dynamodb.create_table(
        TableName=table,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )


def test_dynamodb_ttl_never_deletes_expired_items(client: Callable[..., Any]) -> None:
    """AWS: items whose TTL attribute is in the past are deleted in the background, typically
    within a few days, and until then are still returned.
    Moto: TTL is recorded (describe_time_to_live says ENABLED) but nothing is ever deleted.
    Why we care: code using TTL (session memory, idempotency records) must filter expired items
    on read; that is correct on AWS too, and locally it is the only thing that works.
    """
    ddb = client("dynamodb")
    table = unique("ttl")
    create_key_value_table(ddb, table)
    ddb.update_time_to_live(
        TableName=table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires"}
    )
    assert (
        ddb.describe_time_to_live(TableName=table)["TimeToLiveDescription"]["TimeToLiveStatus"] == "ENABLED"
    )

    an_hour_ago = str(int(time.time()) - 3600)
    ddb.put_item(TableName=table, Item={"pk": {"S": "old"}, "expires": {"N": an_hour_ago}})
    assert ddb.get_item(TableName=table, Key={"pk": {"S": "old"}})["Item"]["expires"] == {"N": an_hour_ago}
    assert ddb.scan(TableName=table)["Count"] == 1


def test_concurrent_conditional_transactions_lose_no_acknowledged_write(client: Callable[..., Any]) -> None:
    """AWS: a cancelled transaction changes nothing, and others' committed writes stay. Moto alone restores a
    whole-table snapshot on cancel, erasing writes committed meanwhile; patch_moto serializes DynamoDB requests.
    """
    dynamodb = client("dynamodb")
    table = unique("quirks-tx")
    create_key_value_table(dynamodb, table)
    dynamodb.put_item(TableName=table, Item={"pk": {"S": "counter"}, "n": {"N": "0"}})
    for start in range(0, 1000, 25):  # a bigger table: moto's snapshot (a deep copy) takes longer
        dynamodb.batch_write_item(
            RequestItems={
                table: [
                    {"PutRequest": {"Item": {"pk": {"S": f"filler-{i}"}}}} for i in range(start, start + 25)
                ]
            }
        )
    acknowledged: list[int] = []

    def claim(times: int) -> None:
        while times:
            n = int(
                dynamodb.get_item(TableName=table, Key={"pk": {"S": "counter"}}, ConsistentRead=True)["Item"][
                    "n"
                ]["N"]
            )
            try:
                dynamodb.transact_write_items(
                    TransactItems=[
                        {
                            "Update": {
                                "TableName": table,
                                "Key": {"pk": {"S": "counter"}},
                                "UpdateExpression": "SET n = :next",
                                "ConditionExpression": "n = :n",
                                "ExpressionAttributeValues": {
                                    ":n": {"N": str(n)},
                                    ":next": {"N": str(n + 1)},
                                },
                            }
                        },
                        {
                            "Put": {
                                "TableName": table,
                                "Item": {"pk": {"S": f"item-{n}"}},
                                "ConditionExpression": "attribute_not_exists(pk)",
                            }
                        },
                    ]
                )
            except dynamodb.exceptions.TransactionCanceledException:
                continue  # lost the race: read again
            acknowledged.append(n)
            times -= 1

    workers = [threading.Thread(target=claim, args=(25,)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    items = dynamodb.get_paginator("scan").paginate(TableName=table).build_full_result()["Items"]
    stored = {item["pk"]["S"] for item in items if item["pk"]["S"].startswith("item-")}
    assert sorted(acknowledged) == list(range(100))
    assert stored == {f"item-{n}" for n in acknowledged}
