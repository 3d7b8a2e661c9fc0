"""Local AWS (agentkit/local/aws.py): real boto3 clients over real HTTP against moto on a free port.

Each service the kit uses gets a round trip; Lambda and Step Functions also check that functions run
the in-process Python handler, on every path into them (invoke, Event, Step Functions, SQS, SNS).
"""

from __future__ import annotations

import base64
import io
import json
import logging
import re
import socket
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from local_aws_support import REGION, unique

from agentkit.local.aws import LambdaContext, LocalAWS, bind_lambda, unbind_lambda


@pytest.fixture(scope="module")
def role_arn(client: Callable[[str], Any]) -> str:
    """Moto refuses a function whose role does not exist in IAM."""
    trust = {
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ]
    }
    return client("iam").create_role(
        RoleName=unique("agentkit-fn"), AssumeRolePolicyDocument=json.dumps(trust)
    )["Role"]["Arn"]


@pytest.fixture
def make_function(client: Callable[[str], Any], role_arn: str) -> Iterator[Callable[..., dict]]:
    """`make_function(handler=fn)`: a Lambda function with a unique name, its handler bound (and unbound after)."""
    names: list[str] = []

    def make(handler: Callable | None = None, handler_string: str = "index.handler", **extra: Any) -> dict:
        name = unique("fn")
        names.append(name)
        code = io.BytesIO()
        with zipfile.ZipFile(code, "w") as archive:
            archive.writestr("index.py", "def handler(event, context):\n    return event\n")
        config = client("lambda").create_function(
            FunctionName=name,
            Runtime="python3.12",
            Role=role_arn,
            Handler=handler_string,
            Code={"ZipFile": code.getvalue()},
            **extra,
        )
        if handler is not None:
            bind_lambda(name, handler)
        return config

    yield make
    for name in names:
        unbind_lambda(name)


def invoke(client: Callable[[str], Any], name: str, event: Any, **kwargs: Any) -> tuple[dict, Any]:
    response = client("lambda").invoke(FunctionName=name, Payload=json.dumps(event), **kwargs)
    body = response["Payload"].read()
    return response, json.loads(body) if body else None


def run_execution(client: Callable[[str], Any], definition: dict, role_arn: str, data: Any) -> dict:
    """Create a state machine, start it, and poll until it ends (executions run in the background)."""
    sfn = client("stepfunctions")
    machine = sfn.create_state_machine(
        name=unique("sm"), definition=json.dumps(definition), roleArn=role_arn
    )["stateMachineArn"]
    execution = sfn.start_execution(stateMachineArn=machine, input=json.dumps(data))["executionArn"]
    deadline = time.monotonic() + 10
    while (described := sfn.describe_execution(executionArn=execution))["status"] == "RUNNING":
        assert time.monotonic() < deadline, "execution still RUNNING after 10 s"
        time.sleep(0.02)
    return described


# --------------------------------------------------------------------------- the server


def test_start_picks_a_free_port_and_stop_frees_it() -> None:
    aws = LocalAWS()
    url = aws.start()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
    assert aws.url == url
    assert aws.start() == url  # starting twice is harmless
    port = int(url.rsplit(":", 1)[1])
    sts = boto3.client(
        "sts", endpoint_url=url, region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x"
    )
    assert sts.get_caller_identity()["Account"] == "123456789012"

    aws.stop()
    aws.stop()  # idempotent
    with pytest.raises(RuntimeError, match="not running"):
        _ = aws.url
    with socket.socket() as probe:  # nothing listens there any more (closed, not merely idle)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # ignore TIME_WAIT connections
        probe.bind(("127.0.0.1", port))


def test_start_on_a_busy_port_raises_instead_of_hanging(aws_url: str) -> None:
    busy_port = int(aws_url.rsplit(":", 1)[1])
    with pytest.raises(RuntimeError, match="could not listen"):
        LocalAWS(port=busy_port).start()


def test_context_manager_is_quiet(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with LocalAWS() as aws:
        s3 = boto3.client(
            "s3", endpoint_url=aws.url, region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x"
        )
        s3.list_buckets()
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert not [record for record in caplog.records if record.name == "werkzeug"]


# --------------------------------------------------------------------------- services


def test_dynamodb_put_get_query_and_conditional_put(client: Callable[[str], Any]) -> None:
    ddb, table = client("dynamodb"), unique("sessions")
    ddb.create_table(
        TableName=table,
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "S"},
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    for turn in ("001", "002", "003"):
        ddb.put_item(TableName=table, Item={"pk": {"S": "s1"}, "sk": {"S": turn}, "text": {"S": f"t{turn}"}})
    ddb.put_item(TableName=table, Item={"pk": {"S": "s2"}, "sk": {"S": "001"}})

    item = ddb.get_item(TableName=table, Key={"pk": {"S": "s1"}, "sk": {"S": "002"}})["Item"]
    assert item["text"] == {"S": "t002"}
    page = ddb.query(
        TableName=table,
        KeyConditionExpression="pk = :pk AND sk > :after",
        ExpressionAttributeValues={":pk": {"S": "s1"}, ":after": {"S": "001"}},
    )
    assert [i["sk"]["S"] for i in page["Items"]] == ["002", "003"]

    with pytest.raises(ClientError) as raised:
        ddb.put_item(
            TableName=table,
            Item={"pk": {"S": "s1"}, "sk": {"S": "001"}, "text": {"S": "overwritten"}},
            ConditionExpression="attribute_not_exists(pk)",
        )
    assert raised.value.response["Error"]["Code"] == "ConditionalCheckFailedException"
    item = ddb.get_item(TableName=table, Key={"pk": {"S": "s1"}, "sk": {"S": "001"}})["Item"]
    assert item["text"] == {"S": "t001"}


def test_s3_put_get_list(client: Callable[[str], Any]) -> None:
    s3, bucket = client("s3"), unique("agentkit-docs")
    s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=bucket, Key="handbook/leave.md", Body=b"# Leave policy")
    s3.put_object(Bucket=bucket, Key="handbook/travel.md", Body=b"# Travel")
    s3.put_object(Bucket=bucket, Key="other.txt", Body=b"x")

    assert s3.get_object(Bucket=bucket, Key="handbook/leave.md")["Body"].read() == b"# Leave policy"
    listed = s3.list_objects_v2(Bucket=bucket, Prefix="handbook/")["Contents"]
    assert [o["Key"] for o in listed] == ["handbook/leave.md", "handbook/travel.md"]


def test_sqs_send_receive_delete(client: Callable[[str], Any]) -> None:
    sqs = client("sqs")
    queue = sqs.create_queue(QueueName=unique("tasks"))["QueueUrl"]
    sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({"task": "summarise"}))

    messages = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10)["Messages"]
    assert [json.loads(m["Body"]) for m in messages] == [{"task": "summarise"}]
    sqs.delete_message(QueueUrl=queue, ReceiptHandle=messages[0]["ReceiptHandle"])
    assert "Messages" not in sqs.receive_message(QueueUrl=queue)


def test_eventbridge_rule_delivers_to_sqs(client: Callable[[str], Any]) -> None:
    sqs, events = client("sqs"), client("events")
    queue = sqs.create_queue(QueueName=unique("events"))["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    rule, source = unique("task-done"), unique("agentkit.tasks")
    events.put_rule(Name=rule, EventPattern=json.dumps({"source": [source]}))
    events.put_targets(Rule=rule, Targets=[{"Id": "queue", "Arn": queue_arn}])

    result = events.put_events(
        Entries=[
            {"Source": source, "DetailType": "TaskDone", "Detail": json.dumps({"id": "t1"})},
            {"Source": "someone.else", "DetailType": "TaskDone", "Detail": json.dumps({"id": "t2"})},
        ]
    )
    assert result["FailedEntryCount"] == 0

    messages = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10)["Messages"]
    delivered = [json.loads(m["Body"]) for m in messages]
    assert [(e["source"], e["detail-type"], e["detail"]) for e in delivered] == [
        (source, "TaskDone", {"id": "t1"})
    ]


def test_secrets_manager_versions(client: Callable[[str], Any]) -> None:
    secrets, name = client("secretsmanager"), unique("agentkit/api-key")
    secrets.create_secret(Name=name, SecretString="first")
    secrets.put_secret_value(SecretId=name, SecretString="second")

    assert secrets.get_secret_value(SecretId=name)["SecretString"] == "second"
    previous = secrets.get_secret_value(SecretId=name, VersionStage="AWSPREVIOUS")
    assert previous["SecretString"] == "first"


def test_sts_caller_identity(client: Callable[[str], Any]) -> None:
    identity = client("sts").get_caller_identity()
    assert identity["Account"] == "123456789012"
    assert identity["Arn"].startswith("arn:aws:sts::123456789012:")


# --------------------------------------------------------------------------- Lambda


def test_invoke_runs_the_bound_handler_with_a_context(
    client: Callable[[str], Any], make_function: Callable
) -> None:
    seen: list[LambdaContext] = []

    def handler(event: dict, context: LambdaContext) -> dict:
        seen.append(context)
        return {"doubled": event["n"] * 2, "remaining_ms": context.get_remaining_time_in_millis()}

    config = make_function(handler, MemorySize=256, Timeout=30)
    response, payload = invoke(client, config["FunctionName"], {"n": 21})

    assert response["StatusCode"] == 200 and "FunctionError" not in response
    assert payload["doubled"] == 42
    assert 25_000 < payload["remaining_ms"] <= 30_000
    (context,) = seen
    assert context.function_name == config["FunctionName"]
    assert context.invoked_function_arn == config["FunctionArn"]
    assert context.memory_limit_in_mb == 256
    assert uuid.UUID(context.aws_request_id)


def test_invoke_by_arn_and_log_tail(client: Callable[[str], Any], make_function: Callable) -> None:
    config = make_function(lambda event, context: "ok")
    response, payload = invoke(client, config["FunctionArn"], {}, LogType="Tail")
    assert payload == "ok"
    assert "REPORT RequestId" in base64.b64decode(response["LogResult"]).decode()


def test_handler_exception_is_an_unhandled_function_error(
    client: Callable[[str], Any], make_function: Callable
) -> None:
    def handler(event: dict, context: Any) -> None:
        raise ValueError(f"bad order {event['order']}")

    config = make_function(handler)
    response, payload = invoke(client, config["FunctionName"], {"order": 7})

    assert response["StatusCode"] == 200  # as on AWS: the invoke succeeded, the function did not
    assert response["FunctionError"] == "Unhandled"
    assert payload["errorType"] == "ValueError"
    assert payload["errorMessage"] == "bad order 7"
    assert "in handler" in payload["stackTrace"][0]
    assert "raise ValueError" in payload["stackTrace"][-1]


def test_result_is_json_serialised_like_the_python_runtime(
    client: Callable[[str], Any], make_function: Callable
) -> None:
    config = make_function(lambda event, context: {"price": Decimal("1.5"), "count": Decimal("2")})
    assert invoke(client, config["FunctionName"], {})[1] == {"price": 1.5, "count": 2}

    config = make_function(lambda event, context: {"when": object()})
    response, payload = invoke(client, config["FunctionName"], {})
    assert response["FunctionError"] == "Unhandled"
    assert payload["errorType"] == "Runtime.MarshalError"


def test_event_invocation_calls_the_handler(client: Callable[[str], Any], make_function: Callable) -> None:
    seen: list[dict] = []
    config = make_function(lambda event, context: seen.append(event))
    response = client("lambda").invoke(
        FunctionName=config["FunctionName"], InvocationType="Event", Payload=json.dumps({"k": 1})
    )
    assert response["StatusCode"] == 202
    assert response["Payload"].read() == b""
    assert seen == [{"k": 1}]


def test_dry_run_does_not_call_the_handler(client: Callable[[str], Any], make_function: Callable) -> None:
    seen: list[dict] = []
    config = make_function(lambda event, context: seen.append(event))
    response = client("lambda").invoke(FunctionName=config["FunctionName"], InvocationType="DryRun")
    assert response["StatusCode"] == 204
    assert seen == []


def test_importable_handler_string_runs_without_binding(
    client: Callable[[str], Any],
    make_function: Callable,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A CDK-defined Handler such as `agentkit.service.handlers.run_task` works unchanged."""
    package = f"pkg_{uuid.uuid4().hex[:8]}"
    (tmp_path / package).mkdir()
    (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / package / "handlers.py").write_text(
        "def run_task(event, context):\n    return {'ran': event['task'], 'by': context.function_name}\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    config = make_function(handler_string=f"{package}.handlers.run_task")
    response, payload = invoke(client, config["FunctionName"], {"task": "t1"})
    assert "FunctionError" not in response
    assert payload == {"ran": "t1", "by": config["FunctionName"]}

    # A binding wins over the Handler string, and unbinding falls back to it.
    bind_lambda(config["FunctionName"], lambda event, context: "bound")
    assert invoke(client, config["FunctionName"], {"task": "t1"})[1] == "bound"
    unbind_lambda(config["FunctionName"])
    assert invoke(client, config["FunctionName"], {"task": "t1"})[1]["ran"] == "t1"


@pytest.mark.parametrize(
    ("handler_string", "error_type"),
    [
        ("index.handler", "Runtime.ImportModuleError"),  # a zip's handler: not importable here
        ("agentkit.local.aws.no_such_function", "Runtime.HandlerNotFound"),
        ("handler", "Runtime.HandlerNotFound"),
    ],
)
def test_unresolvable_handler_says_how_to_bind_one(
    client: Callable[[str], Any], make_function: Callable, handler_string: str, error_type: str
) -> None:
    config = make_function(handler_string=handler_string)
    response, payload = invoke(client, config["FunctionName"], {})
    assert response["FunctionError"] == "Unhandled"
    assert payload["errorType"] == error_type
    assert f"bind_lambda('{config['FunctionName']}', fn)" in payload["errorMessage"]
    assert "importable module.function" in payload["errorMessage"]


def test_sqs_event_source_mapping_runs_the_handler(
    client: Callable[[str], Any], make_function: Callable
) -> None:
    seen: list[dict] = []
    config = make_function(lambda event, context: seen.extend(event["Records"]))
    sqs = client("sqs")
    queue = sqs.create_queue(QueueName=unique("q"))["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    client("lambda").create_event_source_mapping(
        EventSourceArn=queue_arn, FunctionName=config["FunctionName"]
    )

    sqs.send_message(QueueUrl=queue, MessageBody="hello")
    assert [(r["body"], r["eventSource"]) for r in seen] == [("hello", "aws:sqs")]


def test_sns_subscription_runs_the_handler(client: Callable[[str], Any], make_function: Callable) -> None:
    seen: list[str] = []
    config = make_function(lambda event, context: seen.extend(r["Sns"]["Message"] for r in event["Records"]))
    sns = client("sns")
    topic = sns.create_topic(Name=unique("t"))["TopicArn"]
    sns.subscribe(TopicArn=topic, Protocol="lambda", Endpoint=config["FunctionArn"])

    sns.publish(TopicArn=topic, Message="task done")
    assert seen == ["task done"]


def test_lambda_context_can_be_built_for_direct_calls() -> None:
    """Notebooks call handlers directly too; the context needs only a name."""
    context = LambdaContext("my-fn", timeout_seconds=2)
    assert context.invoked_function_arn == "arn:aws:lambda:us-east-1:123456789012:function:my-fn"
    assert context.log_group_name == "/aws/lambda/my-fn"
    assert 1900 < context.get_remaining_time_in_millis() <= 2000
    assert context.aws_request_id != LambdaContext("my-fn").aws_request_id


# --------------------------------------------------------------------------- Step Functions


def test_state_machine_with_pass_choice_and_lambda_tasks(
    client: Callable[[str], Any], make_function: Callable, role_arn: str
) -> None:
    doubler = make_function(lambda event, context: {"n": event["n"] * 2})
    adder = make_function(lambda event, context: {"n": event["n"] + 1})
    definition = {
        "StartAt": "Seed",
        "States": {
            "Seed": {"Type": "Pass", "Parameters": {"n.$": "$.start"}, "Next": "Double"},
            "Double": {  # the optimised integration, as CDK's LambdaInvoke task writes it
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": doubler["FunctionName"], "Payload.$": "$"},
                "OutputPath": "$.Payload",
                "Next": "AddOne",
            },
            "AddOne": {"Type": "Task", "Resource": adder["FunctionArn"], "Next": "Big?"},  # plain ARN form
            "Big?": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.n", "NumericGreaterThan": 10, "Next": "Big"}],
                "Default": "Small",
            },
            "Big": {"Type": "Pass", "Parameters": {"size": "big", "n.$": "$.n"}, "End": True},
            "Small": {"Type": "Pass", "Parameters": {"size": "small", "n.$": "$.n"}, "End": True},
        },
    }
    big = run_execution(client, definition, role_arn, {"start": 5})
    assert big["status"] == "SUCCEEDED"
    assert json.loads(big["output"]) == {"size": "big", "n": 11}
    small = run_execution(client, definition, role_arn, {"start": 1})
    assert json.loads(small["output"]) == {"size": "small", "n": 3}


def test_failing_lambda_fails_the_execution(
    client: Callable[[str], Any], make_function: Callable, role_arn: str
) -> None:
    def handler(event: dict, context: Any) -> None:
        raise PermissionError("tool not allowed")

    failing = make_function(handler)
    definition = {
        "StartAt": "Call",
        "States": {
            "Call": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": failing["FunctionArn"], "Payload.$": "$"},
                "End": True,
            }
        },
    }
    execution = run_execution(client, definition, role_arn, {})
    assert execution["status"] == "FAILED"
    assert execution["error"] == "PermissionError"
    assert json.loads(execution["cause"])["errorMessage"] == "tool not allowed"


def test_catch_routes_a_lambda_error_to_a_fallback(
    client: Callable[[str], Any], make_function: Callable, role_arn: str
) -> None:
    def handler(event: dict, context: Any) -> None:
        raise TimeoutError("model too slow")

    failing = make_function(handler)
    definition = {
        "StartAt": "Call",
        "States": {
            "Call": {
                "Type": "Task",
                "Resource": failing["FunctionArn"],
                "Catch": [{"ErrorEquals": ["TimeoutError"], "ResultPath": "$.error", "Next": "Fallback"}],
                "End": True,
            },
            "Fallback": {
                "Type": "Pass",
                "Parameters": {"fallback": True, "error.$": "$.error.Error"},
                "End": True,
            },
        },
    }
    execution = run_execution(client, definition, role_arn, {"q": 1})
    assert execution["status"] == "SUCCEEDED"
    assert json.loads(execution["output"]) == {"fallback": True, "error": "TimeoutError"}


def test_unnamed_executions_each_get_a_unique_name(client: Callable[[str], Any], role_arn: str) -> None:
    """Moto's executing backend names them all None, so the second one would fail; AWS uses a UUID."""
    sfn = client("stepfunctions")
    definition = {"StartAt": "Echo", "States": {"Echo": {"Type": "Pass", "End": True}}}
    machine = sfn.create_state_machine(
        name=unique("sm"), definition=json.dumps(definition), roleArn=role_arn
    )["stateMachineArn"]
    arns = [
        sfn.start_execution(stateMachineArn=machine, input=json.dumps({"i": i}))["executionArn"]
        for i in range(2)
    ]
    arns.append(sfn.start_execution(stateMachineArn=machine, input=json.dumps({"i": 1}))["executionArn"])

    assert len(set(arns)) == 3
    names = {arn.rsplit(":", 1)[1] for arn in arns}
    assert all(uuid.UUID(name) for name in names)
    listed = sfn.list_executions(stateMachineArn=machine)["executions"]
    assert {e["name"] for e in listed} == names
