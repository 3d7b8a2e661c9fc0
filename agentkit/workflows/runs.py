"""What a research-pipeline run leaves behind: its report in S3 and its status record in DynamoDB.

A run is identified by `run_id` — the name of the execution that started it, kept by every execution that
resumes it — so one record follows a run through a crash and its resumption:

* `save_report` writes the report as Markdown under `reports/<run_id>.md` and returns the key;
  `report_url` gives a presigned GET URL for it (one hour by default), so a reader needs no AWS rights;
* `record` writes the run's status — `completed`, `rejected` or `failed` — with the reason, the report's
  key, the partial results reached so far (what `resume` starts from) and timestamps;
* `run_status(run_id)` reads it back as a `RunStatus`;
* `resume(execution_arn)` starts a new execution of a failed run at its first missing step, carrying the
  results it had, so completed steps (and their side effects) are not done again. Step Functions' own
  `RedriveExecution` would do this on AWS, but moto does not implement it; the ASL's `Start` Choice
  routes an input with `resume_from` to that step instead, and works the same on both.

`once` makes a side-effecting step idempotent with aws-lambda-powertools' idempotency
utility (DynamoDB persistence): a duplicate invocation — Lambda's retry, a Step Functions Retry after
a lost response — returns the first call's result instead of doing the work again.

Names come from the environment — `AGENTKIT_REPORTS_BUCKET`, `AGENTKIT_RUNS_TABLE`,
`AGENTKIT_IDEMPOTENCY_TABLE` — else per attendee
from `agentkit.naming.resource_name` (`workshop-local-reports` offline). On local AWS a missing bucket or
table is created on first use; on AWS it is the deploy app's to create, and its absence is an error that
says so, rather than a resource quietly created outside the stack.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal

import boto3
from botocore.exceptions import ClientError
from pydantic import BaseModel

from agentkit.config import aws_client, on_local_aws
from agentkit.naming import resource_name

BUCKET_VARIABLE = "AGENTKIT_REPORTS_BUCKET"
TABLE_VARIABLE = "AGENTKIT_RUNS_TABLE"
IDEMPOTENCY_VARIABLE = "AGENTKIT_IDEMPOTENCY_TABLE"
RUNS_KEY = "run_id"
"""The runs table's partition key (its only key); the deploy app declares the table with it."""
IDEMPOTENCY_KEY = "id"
IDEMPOTENCY_EXPIRY = "expiration"
"""The idempotency table's key and expiry (TTL) attributes, as powertools' persistence layer writes them."""
STEPS = ("research", "analysis", "approval", "report")
"""The pipeline's results in the order its steps produce them; a run's partial state holds a prefix."""

Status = Literal["completed", "rejected", "failed"]


class MissingResource(RuntimeError):
    """The reports bucket or the runs table does not exist on AWS: deploy the stack or name an existing one."""


class UnknownRun(LookupError):
    """No status record for this run id: the run has not finished or failed yet, or the id is wrong."""


class RunStatus(BaseModel):
    """One run's record: how it ended, why, where its report is, and what it had done when it stopped."""

    run_id: str
    status: Status
    topic: str
    reason: str = ""
    report_key: str | None = None
    partial: dict[str, Any] = {}
    executions: list[str] = []
    started_at: str
    updated_at: str


def bucket_name() -> str:
    return os.environ.get(BUCKET_VARIABLE) or resource_name("reports")


def table_name() -> str:
    return os.environ.get(TABLE_VARIABLE) or resource_name("workflow-runs")


def idempotency_table_name() -> str:
    return os.environ.get(IDEMPOTENCY_VARIABLE) or resource_name("idempotency")


def once(
    step: Callable[..., dict[str, Any]], event: dict[str, Any], context: Any = None, *, key: str = "@"
) -> dict[str, Any]:
    """`step(event=event)` once per `key` of the event (a JMESPath; default: the whole event).

    A repeated call returns the saved result. A call that raised leaves no record, so a resumed run
    does the step again; one still in progress makes a concurrent duplicate fail with
    `IdempotencyAlreadyInProgressError` (Step Functions retries it).
    """
    from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig, idempotent_function

    config = IdempotencyConfig(event_key_jmespath=key, raise_on_no_idempotency_key=True)
    if context is not None and hasattr(context, "get_remaining_time_in_millis"):
        config.register_lambda_context(context)
    step_once = idempotent_function(
        step, data_keyword_argument="event", persistence_store=_idempotency_store(), config=config
    )
    return step_once(event=event)


def _idempotency_store() -> Any:
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer

    dynamodb = aws_client("dynamodb")
    _ensure_table(dynamodb, idempotency_table_name(), key=IDEMPOTENCY_KEY)
    return DynamoDBPersistenceLayer(
        table_name=idempotency_table_name(),
        key_attr=IDEMPOTENCY_KEY,
        expiry_attr=IDEMPOTENCY_EXPIRY,
        boto3_client=dynamodb,
    )


def save_report(run_id: str, body: str, *, s3: Any = None) -> str:
    """Write the report of `run_id` to the reports bucket; the object key. Same run, same key: a re-run overwrites."""
    s3 = s3 or aws_client("s3")
    key = f"reports/{run_id}.md"
    _ensure_bucket(s3, bucket_name())
    s3.put_object(Bucket=bucket_name(), Key=key, Body=body.encode(), ContentType="text/markdown")
    return key


def report_url(key: str, *, expires_in: int = 3600, s3: Any = None) -> str:
    """A presigned GET URL for a report, valid `expires_in` seconds."""
    s3 = s3 or aws_client("s3")
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket_name(), "Key": key}, ExpiresIn=expires_in
    )


def record(
    run_id: str,
    status: Status,
    *,
    topic: str,
    execution: str,
    started_at: str,
    reason: str = "",
    report_key: str | None = None,
    partial: dict[str, Any] | None = None,
    dynamodb: Any = None,
) -> RunStatus:
    """Write (or overwrite) the status record of `run_id`, adding `execution` to the executions it took."""
    dynamodb = dynamodb or aws_client("dynamodb")
    _ensure_table(dynamodb, table_name())
    previous = _get(dynamodb, run_id)
    executions = [e for e in (previous.executions if previous else []) if e != execution] + [execution]
    status_record = RunStatus(
        run_id=run_id,
        status=status,
        topic=topic,
        reason=reason,
        report_key=report_key,
        partial={k: v for k, v in (partial or {}).items() if k in STEPS},
        executions=executions,
        started_at=started_at,
        updated_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
    )
    item = {
        RUNS_KEY: {"S": run_id},
        "status": {"S": status},
        # The rest as one JSON document: results hold floats, which DynamoDB's types would make Decimals.
        "record": {"S": status_record.model_dump_json()},
    }
    dynamodb.put_item(TableName=table_name(), Item=item)
    return status_record


def run_status(run_id: str, *, dynamodb: Any = None) -> RunStatus:
    """The status record of `run_id` (the name of the execution that started the run)."""
    found = _get(dynamodb or aws_client("dynamodb"), run_id)
    if found is None:
        raise UnknownRun(
            f"no status record for run {run_id!r} in table {table_name()}: a run is recorded when it "
            "finishes or fails; pass the name of the execution that started it"
        )
    return found


RESUME_AT = {
    "research": "Research",
    "analysis": "Analyze",
    "approval": "RequestApproval",
    "report": "ApprovalDecision",
}
"""The state that produces each result: a resumed run starts at the first one its record lacks."""


def resume(execution_arn: str, *, sfn: Any = None, dynamodb: Any = None) -> str:
    """Start a new execution that finishes the failed run of `execution_arn`; the new execution's ARN.

    Its input is the failed execution's, plus the run (so the same record is updated), the results the
    record kept, and `resume_from`: the first step without a result (`Finalize` if all are there).
    """
    sfn = sfn or boto3.client("stepfunctions")
    described = sfn.describe_execution(executionArn=execution_arn)
    original = json.loads(described["input"])
    run_id = (original.get("run") or {}).get("id") or described["name"]
    status = run_status(run_id, dynamodb=dynamodb)
    if status.status != "failed":
        raise ValueError(
            f"run {run_id} is {status.status}, not failed: only a failed run is resumed "
            "(start a new execution to run it again)"
        )
    start_at = next((RESUME_AT[step] for step in STEPS if step not in status.partial), "Finalize")
    run = original.get("run") or {"id": run_id, "started_at": status.started_at}
    carried = {k: v for k, v in original.items() if k not in STEPS and k != "resume_from"}
    resumed = carried | status.partial | {"run": run, "resume_from": start_at}
    name = f"{run_id[:70]}-r{len(status.executions)}"
    return sfn.start_execution(
        stateMachineArn=described["stateMachineArn"], name=name, input=json.dumps(resumed)
    )["executionArn"]


def _get(dynamodb: Any, run_id: str) -> RunStatus | None:
    try:
        item = dynamodb.get_item(TableName=table_name(), Key={RUNS_KEY: {"S": run_id}}, ConsistentRead=True)
    except dynamodb.exceptions.ResourceNotFoundException:
        _ensure_table(dynamodb, table_name())
        return None
    return RunStatus.model_validate(json.loads(item["Item"]["record"]["S"])) if "Item" in item else None


# --------------------------------------------------------------------------- resources


_ensured: set[tuple[str, str]] = set()
"""(endpoint, name) of the bucket and table seen to exist on AWS: a warm Lambda checks once. Local AWS is
checked every time: its servers come and go (a notebook's kernel, a test's platform), and a new one may
listen on a port an old one used, without the old one's tables."""


def _known(client: Any, name: str) -> bool:
    return (client.meta.endpoint_url, name) in _ensured and not on_local_aws(client)


def _ensure_bucket(s3: Any, name: str) -> None:
    if _known(s3, name):
        return
    try:
        s3.head_bucket(Bucket=name)
    except ClientError as error:
        if error.response["Error"]["Code"] not in ("404", "NoSuchBucket", "NotFound"):
            raise
        if not on_local_aws(s3):
            raise MissingResource(
                f"S3 bucket {name} does not exist: deploy the workflow stack (it creates the reports "
                f"bucket), or set {BUCKET_VARIABLE} to an existing bucket"
            ) from None
        with contextlib.suppress(s3.exceptions.BucketAlreadyOwnedByYou):
            s3.create_bucket(Bucket=name)
    _ensured.add((s3.meta.endpoint_url, name))


def _ensure_table(dynamodb: Any, name: str, key: str = RUNS_KEY) -> None:
    if _known(dynamodb, name):
        return
    try:
        dynamodb.describe_table(TableName=name)
    except dynamodb.exceptions.ResourceNotFoundException:
        if not on_local_aws(dynamodb):
            raise MissingResource(
                f"DynamoDB table {name} does not exist: deploy the workflow stack (it creates the runs "
                f"table), or set {TABLE_VARIABLE} or {IDEMPOTENCY_VARIABLE} to an existing table keyed by {key}"
            ) from None
        with contextlib.suppress(dynamodb.exceptions.ResourceInUseException):
            dynamodb.create_table(
                TableName=name,
                KeySchema=[{"AttributeName": key, "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": key, "AttributeType": "S"}],
                BillingMode="PAY_PER_REQUEST",
            )
    _ensured.add((dynamodb.meta.endpoint_url, name))
