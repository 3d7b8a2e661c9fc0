"""Local AWS: moto in server mode on 127.0.0.1, so real boto3 clients work over real HTTP.

Everything talks to it the way it talks to AWS: a boto3 client whose endpoint is `AWS_ENDPOINT_URL`.
Nothing is mocked inside the caller's process, so the same code runs unchanged against AWS.

Moto needs these changes to be useful for agents, all made by `patch_moto()` when a server starts:

* Step Functions really runs: `start_execution` interprets the ASL (moto's default only records it).
* Lambda runs in this process: moto runs functions in Docker, which a workshop laptop may not have.
  A function runs the Python handler bound with `bind_lambda`, else the function's `Handler` string
  when it is an importable `module.function` (so a CDK-defined handler works unchanged).
* Step Functions tasks reach this server: moto's Step Functions calls Lambda (and SQS, DynamoDB, ...)
  through a boto3 client aimed at `localhost:$MOTO_PORT`, which is wrong for a server on a free port.
* Unnamed executions get a UUID name, as on AWS (moto names them all None, so only one can exist).

Where moto differs from AWS in ways that matter to us (each pinned by tests/local/test_moto_quirks.py):

* IAM is not enforced: any credentials work and every principal may do everything; only a Lambda
  function's role must exist. Every request is in account 123456789012, whatever the credentials.
* Lambda runs in-process: no isolation, `Timeout` is not enforced, the function's
  `Environment.Variables` are not put in `os.environ`, and `InvocationType=Event` runs the handler
  before `invoke` returns (AWS queues it). SQS event source mappings also run inside `send_message`.
* Step Functions executions run in a background thread: `start_execution` returns before they end,
  as on AWS, so callers poll `describe_execution`. A `lambda:invoke` task result has `StatusCode`
  and `Payload` only (AWS adds `ExecutedVersion`, `SdkHttpMetadata`, ...).
  `start_sync_execution` (Express) is not implemented, and boto3 would send it to `sync-<host>`
  unless `AWS_DISABLE_HOST_PREFIX_INJECTION=true`.
* EventBridge delivers synchronously inside `put_events` (AWS: asynchronously, at least once). Moto
  delivers only to SQS, Logs, archives and other buses (a Lambda or Step Functions target made
  `put_events` fail with HTTP 500), ignores a target's `Input`/`InputPath`, drops `account` from the
  event, delivers through disabled rules, lets a schedule rule catch every event on the default bus,
  and has no dead-letter queues; `patch_moto` routes events itself to fix all of these (see
  `_route_event`). A Lambda target runs its handler before `put_events` returns; a handler's own
  error is the function's (AWS retries an async invoke twice; here it is only logged), not a
  delivery failure. Moto has no scheduler: `fire_schedule(rule_arn)` fires a schedule rule once.
  Every local delivery failure (a target that does not exist, bad input) is one AWS does not retry
  either, so a target's `RetryPolicy` is stored but never used here. `TestEventPattern` is not
  implemented (it answers with no `Result`), and moto's pattern matching takes JSON `true`/`false` for
  1/0 (a numeric filter matches `true`). These are pinned by tests/workflows/test_local_seams.py.
* DynamoDB serves one request at a time (see `patch_moto`), and `TransactWriteItems` copies the whole
  table, so a write costs more the bigger the table (about 40 µs per item): fine for workshops,
  not a load test.
* DynamoDB TTL is recorded but never deletes expired items (AWS takes up to days, so readers filter
  expired items on both).
* State lives in this process, is shared by every server in it, and is lost when it exits.
"""

from __future__ import annotations

import base64
import copy
import decimal
import functools
import importlib
import importlib.abc
import importlib.util
import json
import logging
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from moto.moto_server.threaded_moto_server import ThreadedMotoServer

Handler = Callable[[Any, Any], Any]

_bindings: dict[str, Handler] = {}
# Endpoints of the servers running in this process; Step Functions calls the newest one.
_live_urls: list[str] = []
_patch_lock = threading.Lock()
_patched = False
_moto_send_to_targets: Callable[..., None]


# --------------------------------------------------------------------------- Lambda handlers


def bind_lambda(function_name: str, handler: Handler) -> None:
    """Run `handler(event, context)` whenever the Lambda function `function_name` is invoked.

    The function must still exist (`create_function`), as on AWS; the binding only decides what runs.
    An ARN is accepted too and reduced to its function name.
    """
    _bindings[_function_name(function_name)] = handler


def unbind_lambda(function_name: str) -> None:
    """Forget a binding (no error if there is none); the function falls back to its `Handler` string."""
    _bindings.pop(_function_name(function_name), None)


def _function_name(name_or_arn: str) -> str:
    # arn:aws:lambda:us-east-1:123456789012:function:name[:qualifier]
    return name_or_arn.split(":")[6] if name_or_arn.startswith("arn:") else name_or_arn


@dataclass
class LambdaContext:
    """The parts of the AWS Lambda Python context object that handlers actually use.

    Defaults let a notebook call a handler directly: `handler(event, LambdaContext("my-fn"))`.
    """

    function_name: str
    function_version: str = "$LATEST"
    invoked_function_arn: str = ""
    memory_limit_in_mb: int = 128
    timeout_seconds: float = 3.0
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = ""
    _started: float = field(default_factory=time.monotonic, repr=False)

    def __post_init__(self) -> None:
        if not self.invoked_function_arn:
            self.invoked_function_arn = f"arn:aws:lambda:us-east-1:123456789012:function:{self.function_name}"
        self.log_group_name = self.log_group_name or f"/aws/lambda/{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        """Counts down from the function's Timeout, as on AWS (though nothing stops the handler at 0)."""
        elapsed = time.monotonic() - self._started
        return max(0, int((self.timeout_seconds - elapsed) * 1000))


class _HandlerNotFound(Exception):
    """No handler can be found for a function; carries Lambda's own error type for the payload."""

    def __init__(self, error_type: str, message: str):
        super().__init__(message)
        self.error_type = error_type


_HOW_TO_BIND = (
    "bind a handler with agentkit.local.aws.bind_lambda({name!r}, fn) "
    "or make Handler an importable module.function"
)


def _resolve_handler(function_name: str, handler_string: str | None) -> Handler:
    """The callable that runs for `function_name`: its binding, else its importable Handler string.

    Raises `_HandlerNotFound` with the error type real Lambda uses for the same mistake.
    """
    bound = _bindings.get(function_name)
    if bound is not None:
        return bound
    hint = _HOW_TO_BIND.format(name=function_name)
    module_name, _, attribute = (handler_string or "").rpartition(".")
    if not module_name:
        raise _HandlerNotFound(
            "Runtime.HandlerNotFound",
            f"No local handler for Lambda function {function_name!r} (Handler={handler_string!r}): {hint}.",
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise _HandlerNotFound(
            "Runtime.ImportModuleError",
            f"Unable to import module {module_name!r} for Lambda function {function_name!r}: {exc}. "
            f"To run it locally, {hint}.",
        ) from exc
    handler = getattr(module, attribute, None)
    if not callable(handler):
        raise _HandlerNotFound(
            "Runtime.HandlerNotFound",
            f"Handler {attribute!r} missing on module {module_name!r} for Lambda function "
            f"{function_name!r}. To run it locally, {hint}.",
        )
    return handler


def _to_json(value: Any) -> str:
    """Serialise a handler's result as the AWS Python runtime does (Decimals, from DynamoDB, included)."""

    def default(obj: Any) -> Any:
        if isinstance(obj, decimal.Decimal):
            return int(obj) if obj == obj.to_integral_value() else float(obj)
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

    return json.dumps(value, default=default)


def _error_payload(error_type: str, message: str, request_id: str, stack: list[str]) -> str:
    return json.dumps(
        {"errorMessage": message, "errorType": error_type, "requestId": request_id, "stackTrace": stack}
    )


def _call(function: Any, event: Any, context: LambdaContext) -> tuple[str, bool]:
    """Find and call the handler; every failure becomes Lambda's error payload, never an exception."""
    request_id = context.aws_request_id
    try:
        handler = _resolve_handler(function.function_name, function.handler)
    except _HandlerNotFound as exc:
        return _error_payload(exc.error_type, str(exc), request_id, []), True
    try:
        result = handler(event, context)
    except Exception as exc:
        # Drop this frame so the trace starts in the user's handler, as it does on AWS.
        stack = traceback.format_list(traceback.extract_tb(exc.__traceback__)[1:])
        return _error_payload(type(exc).__name__, str(exc), request_id, stack), True
    try:
        return _to_json(result), False
    except (TypeError, ValueError) as exc:
        return _error_payload(
            "Runtime.MarshalError", f"Unable to marshal response: {exc}", request_id, []
        ), True


def _run_handler(function: Any, event: Any) -> tuple[str, bool, str]:
    """Run a moto `LambdaFunction` in this process, returning `(payload, errored, log text)`.

    That is the contract of moto's Docker-based `LambdaFunction._invoke_lambda`, which this replaces.
    The log text (START/END/REPORT, plus the error) also goes to CloudWatch Logs, as on AWS.
    """
    if isinstance(event, (str, bytes)):
        event = json.loads(event or "{}")
    context = LambdaContext(
        function_name=function.function_name,
        function_version=str(function.version),
        invoked_function_arn=function.function_arn,
        memory_limit_in_mb=int(function.memory_size),
        timeout_seconds=float(function.timeout),
        log_group_name=function.logs_group_name,
    )
    request_id = context.aws_request_id
    started = time.perf_counter()
    payload, errored = _call(function, event, context)
    duration_ms = (time.perf_counter() - started) * 1000
    lines = [f"START RequestId: {request_id} Version: {context.function_version}"]
    if errored:
        lines.append(f"[ERROR] {payload}")
    lines += [
        f"END RequestId: {request_id}",
        f"REPORT RequestId: {request_id}\tDuration: {duration_ms:.2f} ms",
    ]
    logs = "\n".join(lines)
    function.logs_backend.ensure_log_group(function.logs_group_name)
    function.save_logs(logs)
    return payload, errored, logs


def _invoke(function: Any, body: Any, request_headers: Any, response_headers: Any) -> bytes:
    """Replaces moto's `LambdaFunction.invoke`, which every path into a function goes through.

    Differs from moto's in what AWS does: errors are `FunctionError: Unhandled` (moto says `Handled`),
    an `Event` invocation answers with an empty body, and `DryRun` does not run the function.
    """
    from moto.awslambda.exceptions import LambdaClientError

    invocation_type = request_headers.get("x-amz-invocation-type") or "RequestResponse"
    if invocation_type == "DryRun":
        return b""
    try:
        event = json.loads(body or "{}")
    except ValueError as exc:
        raise LambdaClientError(
            "InvalidRequestContentException", f"Could not parse request body into json: {exc}"
        ) from exc
    payload, errored, logs = function._invoke_lambda(event=event)
    if invocation_type == "Event":
        return b""
    if errored:
        response_headers["x-amz-function-error"] = "Unhandled"
    # The last 4 KB of the log, as AWS returns it; moto's response layer drops it unless LogType=Tail.
    response_headers["x-amz-log-result"] = base64.b64encode(logs.encode()[-4096:]).decode()
    return payload.encode()


def _invoke_lambda(function: Any, event: Any = None) -> tuple[str, bool, str]:
    return _run_handler(function, event)


# --------------------------------------------------------------------------- EventBridge delivery

_NO_RESOURCE = {
    "UnknownFunctionException",
    "StateMachineDoesNotExist",
    "QueueDoesNotExist",
    "ResourceNotFound",
}
_log = logging.getLogger(__name__)


def _route_event(rule: Any, event: dict[str, Any], transform_input: bool = True) -> None:
    """Replaces moto's `Rule.send_to_targets`: deliver a put event to the rule's targets, as AWS does.

    Unlike moto's: a disabled rule delivers nothing, a schedule rule is not matched by put events, and
    Lambda, Step Functions and SQS targets get the input AWS would send them (the whole event with its
    `account`, or the target's `Input`, `InputPath` or `InputTransformer`). Other targets (Logs,
    archives, buses) still go through moto's own code. `transform_input=False` (archive replays)
    passes the event as it is.
    """
    if rule.state != "ENABLED" or (rule.scheduled_expression and not rule.event_pattern.get_pattern()):
        return
    if rule.event_pattern.matches_event(event):
        _deliver(rule, event, transform_input)


def _deliver(rule: Any, event: dict[str, Any], transform_input: bool = True) -> None:
    """Send `event` to each target of `rule`; a target that fails sends it to its dead-letter queue.

    Each failure here (missing target, bad input) is one AWS sends straight to the DLQ, without retries.
    Without a DLQ, AWS drops the event; here it is also logged, so it is not lost silently.
    """
    envelope = _envelope(event)
    for target in rule.targets:
        try:
            _deliver_one(rule, target, envelope if transform_input else event, transform_input)
        except Exception as exc:  # any failure is the target's, never put_events' (as on AWS)
            try:
                _dead_letter(rule, target, envelope, exc)
            except Exception as lost:  # AWS counts these as InvocationsFailedToBeSentToDLQ
                _log.warning(
                    "event %s to %s lost: %s; and its DLQ refused it: %s",
                    envelope.get("id"),
                    target["Arn"],
                    exc,
                    lost,
                )


def _envelope(event: dict[str, Any]) -> dict[str, Any]:
    """The event as AWS delivers it: moto keeps `time` as epoch seconds until it sends it."""
    from moto.core.utils import iso_8601_datetime_without_milliseconds, utcfromtimestamp

    envelope = {k: v for k, v in event.items() if k != "ingestion-time"}
    if isinstance(envelope.get("time"), (int, float)):
        envelope["time"] = iso_8601_datetime_without_milliseconds(utcfromtimestamp(envelope["time"]))
    return envelope


def _target_input(target: dict[str, Any], event: dict[str, Any]) -> Any:
    """What AWS sends a target: its constant `Input`, the `InputPath` of the event, a transform, or the event."""
    if "Input" in target:
        return json.loads(target["Input"])
    if "InputPath" in target:
        from jsonpath_ng.ext import parse  # moto's own dependency, as its InputTransformer uses it

        found = parse(target["InputPath"]).find(event)
        return found[0].value if found else None
    if "InputTransformer" in target:
        from moto.events.utils import EventTemplateParser

        transformer = target["InputTransformer"]
        return EventTemplateParser.parse(
            transformer.get("InputTemplate"),
            transformer.get("InputPathsMap", {}),
            event | {"ingestion-time": 0},
        )
    return event


def _deliver_one(rule: Any, target: dict[str, Any], event: dict[str, Any], transform_input: bool) -> None:
    from moto.utilities.arns import parse_arn

    arn = parse_arn(target["Arn"])
    payload = _target_input(target, event) if transform_input else event
    if arn.service == "lambda":
        from moto.awslambda.utils import get_backend as lambda_backend

        # EventBridge invokes asynchronously: the handler's own error is the function's, not a failed delivery.
        lambda_backend(arn.account, arn.region).invoke(
            target["Arn"], None, json.dumps(payload), {"x-amz-invocation-type": "Event"}, {}
        )
    elif arn.service == "states":
        from moto.stepfunctions.responses import get_backend as sfn_backend

        sfn_backend(arn.account, arn.region).start_execution(
            target["Arn"], name=str(uuid.uuid4()), execution_input=json.dumps(payload)
        )
    elif arn.service == "sqs":
        from moto.sqs import sqs_backends

        group = target.get("SqsParameters", {}).get("MessageGroupId")
        sqs_backends[arn.account][arn.region].send_message(
            arn.resource_id, json.dumps(payload), group_id=group
        )
    else:  # Logs, archives, other buses: moto's own delivery, for this target alone
        single = copy.copy(rule)
        single.targets = [target]
        _moto_send_to_targets(single, event, transform_input)


def _dead_letter(rule: Any, target: dict[str, Any], event: dict[str, Any], exc: Exception) -> None:
    """Send the undelivered event to the target's DLQ with the attributes AWS puts on it."""
    from moto.sqs import sqs_backends
    from moto.utilities.arns import parse_arn

    kind = type(exc).__name__
    code = "NO_RESOURCE" if kind in _NO_RESOURCE else "INVALID_JSON" if isinstance(exc, ValueError) else kind
    dlq = target.get("DeadLetterConfig", {}).get("Arn")
    if not dlq:
        _log.warning(
            "event %s to %s dropped (no DeadLetterConfig): %s: %s", event.get("id"), target["Arn"], code, exc
        )
        return
    attributes = {
        "RULE_ARN": rule.arn,
        "TARGET_ARN": target["Arn"],
        "ERROR_CODE": code,
        "ERROR_MESSAGE": getattr(exc, "message", None) or str(exc) or kind,
        "RETRY_ATTEMPTS": "0",
    }
    queue = parse_arn(dlq)
    sqs_backends[queue.account][queue.region].send_message(
        queue.resource_id,
        json.dumps(event),
        message_attributes={k: {"DataType": "String", "StringValue": v} for k, v in attributes.items()},
    )


def fire_schedule(rule_arn: str) -> dict[str, Any]:
    """Fire a schedule rule (`rate(...)`/`cron(...)`) once, now; moto stores such rules but never fires them.

    The targets get what AWS sends at each tick: a `Scheduled Event` from `aws.events` that names the
    rule in `resources` (or the target's own `Input`). A disabled rule fires nothing. Returns the event.
    """
    from moto.events.models import events_backends
    from moto.utilities.arns import parse_arn

    arn = parse_arn(rule_arn)
    bus, _, name = arn.resource_id.rpartition("/")
    rule = events_backends[arn.account][arn.region].describe_rule(name, bus or None)
    if not rule.scheduled_expression:
        raise ValueError(
            f"rule {rule_arn} has no ScheduleExpression; publish an event that matches it instead"
        )
    event = {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": arn.account,
        "time": time.time(),
        "region": arn.region,
        "resources": [rule.arn],
        "detail": {},
    }
    if rule.state == "ENABLED":
        _deliver(rule, event)
    return _envelope(event)


# --------------------------------------------------------------------------- patching moto


_sfn_clients: dict[tuple[str, str, str], Any] = {}
_sfn_clients_lock = threading.Lock()


def _sfn_boto_client(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap moto's Step Functions `boto_client_for` so service tasks call the running local server.

    Moto aims that client at `http://localhost:$MOTO_PORT` (default 5000), right only for a server
    on that port; ours is usually on a free one. Moto also builds a new client for every task, which
    cost about a seventh of a local execution's time (a py-spy profile of task_execution runs); here
    one client per server, region and service is shared by the interpreter's threads (botocore
    clients are thread-safe once built; building one is not, hence the lock).
    """

    def boto_client_for(region: str, service: str, state_credentials: Any = None) -> Any:
        import boto3
        from botocore.config import Config
        from moto.core.models import botocore_stubber
        from moto.stepfunctions.parser.asl.component.common.timeouts.timeout import TimeoutSeconds

        if botocore_stubber.enabled or not _live_urls:  # in-process mock_aws, or no server of ours
            return original(region, service, state_credentials)
        key = (_live_urls[-1], region, service)
        with _sfn_clients_lock:
            if key not in _sfn_clients:
                _sfn_clients[key] = boto3.client(
                    service,
                    region_name=region,
                    endpoint_url=key[0],
                    aws_access_key_id="testing",
                    aws_secret_access_key="testing",
                    config=Config(
                        parameter_validation=False,
                        retries={"max_attempts": 0, "total_max_attempts": 1},
                        # A task may run as long as its state's TimeoutSeconds; like moto, never cut it short.
                        connect_timeout=TimeoutSeconds.DEFAULT_TIMEOUT_SECONDS,
                        read_timeout=TimeoutSeconds.DEFAULT_TIMEOUT_SECONDS,
                        max_pool_connections=64,  # tasks of a Map or Parallel run at once
                    ),
                )
            return _sfn_clients[key]

    boto_client_for.__wrapped__ = original  # type: ignore[attr-defined]
    return boto_client_for


def _named(start_execution: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap moto's `start_execution` to name unnamed executions with a UUID, as AWS does."""

    @functools.wraps(start_execution)
    def wrapper(self: Any, state_machine_arn: str, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        return start_execution(self, state_machine_arn, name or str(uuid.uuid4()), *args, **kwargs)

    return wrapper


def _patch_step_functions(models: Any) -> None:
    """Steps 3 and 4 of `patch_moto`, on the just-imported `moto.stepfunctions.parser.models`.

    Importing it imports every task module that holds `boto_client_for`.
    """
    from moto.stepfunctions.parser.asl.utils import boto_client

    original = boto_client.boto_client_for
    replacement = _sfn_boto_client(original)
    for name, module in list(sys.modules.items()):
        if (
            name.startswith("moto.stepfunctions.parser")
            and getattr(module, "boto_client_for", None) is original
        ):
            module.boto_client_for = replacement  # type: ignore[attr-defined]
    backend = models.StepFunctionsParserBackend
    backend.start_execution = _named(backend.start_execution)  # type: ignore[method-assign]


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs `then(module)` right after module `name` is first executed, whoever imports it, in any thread."""

    def __init__(self, name: str, then: Callable[[Any], None]):
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)  # once; and the search below must not find this finder again
        spec = importlib.util.find_spec(fullname)
        assert spec is not None and spec.loader is not None, f"{fullname} is not installed"
        execute = spec.loader.exec_module

        def exec_module(module: Any) -> None:
            execute(module)
            self.then(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _after_import(name: str, then: Callable[[Any], None]) -> None:
    """`then(module)` now if module `name` is already imported, else right after it first is."""
    if name in sys.modules:
        then(sys.modules[name])
    else:
        sys.meta_path.insert(0, _AfterImport(name, then))


_dynamodb_lock = threading.Lock()
_transaction = threading.local()


class _CopyingEachTableOnce:
    """Stands in for the `copy` module inside moto's DynamoDB backend: `deepcopy` as usual, except that
    during a TransactWriteItems (`_transaction.tables` set) each table is copied once and that copy is
    given again. Moto snapshots the table before each item's write, all before the first one, so the
    copies would be identical; a table's copy costs a deep copy of every item in it."""

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)

    @staticmethod
    def deepcopy(value: Any, memo: Any = None) -> Any:
        from moto.dynamodb.models.table import Table

        tables = getattr(_transaction, "tables", None)
        if tables is None or not isinstance(value, Table):
            return copy.deepcopy(value, memo)
        if id(value) not in tables:
            tables[id(value)] = (value, copy.deepcopy(value, memo))  # the table itself keeps its id unique
        return tables[id(value)][1]


def _copy_each_table_once() -> None:
    from moto.dynamodb import models

    transact = models.DynamoDBBackend.transact_write_items

    @functools.wraps(transact)
    def transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
        _transaction.tables = {}
        try:
            return transact(self, transact_items)
        finally:
            _transaction.tables = None

    models.copy = _CopyingEachTableOnce()  # type: ignore[assignment]
    models.DynamoDBBackend.transact_write_items = transact_write_items  # type: ignore[method-assign]


def _one_at_a_time(call_action: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap moto's DynamoDB request handler so requests run one at a time, as items change atomically on AWS."""

    @functools.wraps(call_action)
    def wrapper(self: Any) -> Any:
        with _dynamodb_lock:
            return call_action(self)

    return wrapper


def patch_moto() -> None:
    """Make moto run Step Functions and Lambda locally (idempotent, process-wide, never undone).

    1. `execute_state_machine`: `start_execution` interprets the ASL instead of only recording it.
       `use_docker` stays True because False swaps in moto's canned-response Lambda backend.
    2. `LambdaFunction._invoke_lambda` (Docker) -> `_run_handler` (in-process), and
       `LambdaFunction.invoke` -> `_invoke` for AWS's FunctionError/Event/DryRun behaviour. Every
       caller goes through these: the Lambda API, Step Functions tasks (which call the Lambda API
       over HTTP), SNS subscriptions, SQS event source mappings.
    3. Step Functions' `boto_client_for`, imported by name into each task module, is replaced in all
       of them so its Lambda, SQS, DynamoDB... calls reach our server rather than localhost:5000.
    4. `start_execution` without a name gets a UUID, as on AWS. Moto's executing backend names it
       None, so a second unnamed start fails with ExecutionAlreadyExists (or, with the same input,
       silently returns the first execution).
    5. DynamoDB requests are served one at a time. Moto's `TransactWriteItems` snapshots the table
       and, when a condition fails, restores the snapshot — erasing writes that other threads
       committed meanwhile (acknowledged messages vanished under concurrent appends), and its deep
       copy fails with "dictionary changed size during iteration" while another request writes.
       Its snapshot is taken once per table (`_copy_each_table_once`): moto deep-copies the table again
       for every item of the transaction, identical copies of which it keeps the last.
    6. EventBridge rules deliver through `_route_event`: to Lambda and Step Functions targets too,
       with the input AWS sends, and undeliverable events go to the target's dead-letter queue.
    7. The server's list of moto's service folders is read once. Moto lists its package directory and
       stats every entry on every request to route it (about a sixth of a DynamoDB GetItem's time here);
       the installed package does not change while the process runs.

    Steps 3 and 4 wait until moto's Step Functions interpreter is first imported (its ANTLR parser takes
    about 2 s to import, most of a notebook's start-up, and most notebooks never run a state machine).
    """
    global _patched, _moto_send_to_targets
    with _patch_lock:
        if _patched:
            return
        from moto.awslambda.models import LambdaFunction
        from moto.core.config import default_user_config

        default_user_config["stepfunctions"]["execute_state_machine"] = True
        default_user_config["lambda"]["use_docker"] = True

        LambdaFunction._invoke_lambda = _invoke_lambda  # type: ignore[method-assign]
        LambdaFunction.invoke = _invoke  # type: ignore[method-assign]

        _after_import("moto.stepfunctions.parser.models", _patch_step_functions)

        from moto.dynamodb.responses import DynamoHandler

        DynamoHandler.call_action = _one_at_a_time(DynamoHandler.call_action)  # type: ignore[method-assign]
        _copy_each_table_once()

        from moto.events.models import Rule

        _moto_send_to_targets = Rule.send_to_targets
        Rule.send_to_targets = _route_event  # type: ignore[method-assign]

        from moto import backends

        service_folders = tuple(backends.list_of_moto_modules())
        backends.list_of_moto_modules = lambda: service_folders
        _patched = True


# --------------------------------------------------------------------------- the server


class _MotoServer(ThreadedMotoServer):
    """ThreadedMotoServer that reports a failed bind instead of hanging, and closes its socket."""

    startup_error: BaseException | None = None

    def _server_entry(self) -> None:
        try:
            super()._server_entry()
        except BaseException as exc:  # e.g. port in use: moto's start() would wait forever
            self.startup_error = exc
            self._server_ready_event.set()

    def close(self) -> None:
        if self._server is not None:
            self._server.server_close()


class LocalAWS:
    """Moto on `host:port` (port 0 picks a free port), with Step Functions and Lambda running locally."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self.host = host
        self.port = port
        self._server: _MotoServer | None = None
        self._url: str | None = None

    def start(self) -> str:
        """Start serving (no-op if already started) and return the endpoint URL."""
        if self._url is not None:
            return self._url
        patch_moto()
        # Without these, notebook cells fill with log noise: werkzeug logs every request, and moto's
        # Step Functions logs each failed state in full although the execution history records it.
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        logging.getLogger("moto.stepfunctions.parser").setLevel(logging.CRITICAL)
        server = _MotoServer(self.host, self.port, verbose=False)
        server.start()
        if server.startup_error is not None:
            raise RuntimeError(
                f"local AWS could not listen on {self.host}:{self.port}: {server.startup_error}"
            ) from server.startup_error
        host, port = server.get_host_and_port()
        # A server on every interface is still reached through loopback.
        host = "127.0.0.1" if host in ("0.0.0.0", "") else host
        self._server, self._url = server, f"http://{host}:{port}"
        _live_urls.append(self._url)
        return self._url

    @property
    def url(self) -> str:
        """The endpoint URL, e.g. `http://127.0.0.1:54321`, for `AWS_ENDPOINT_URL`."""
        if self._url is None:
            raise RuntimeError("LocalAWS is not running: call start() first")
        return self._url

    def stop(self) -> None:
        """Stop serving and free the port (no-op if not running). Moto's state stays in the process."""
        server, url = self._server, self._url
        if server is None or url is None:
            return
        self._server = self._url = None
        _live_urls.remove(url)
        server.stop()
        server.close()

    def __enter__(self) -> LocalAWS:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
