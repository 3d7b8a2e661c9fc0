"""Run the package's ASL files on local AWS (moto), each Lambda task bound to its in-process handler.

The same file that the CDK app deploys runs here; only three things change, none of them in the file:

* placeholders (`${ResearchFunctionArn}`) become the ARNs of local Lambda functions, created here with a
  stub zip and bound with `agentkit.local.aws.bind_lambda` to the Python handler that runs instead;
  the other placeholders (`${EventBusName}`) take the `values` given, as CDK's substitutions do;
* durations can be scaled (`time_scale(0.001)`): Wait states, Retry intervals and `TimeoutSeconds` all run
  that much faster, so a 24-hour approval timeout can be seen in a test or a notebook cell;
* executions are always started with a name (moto names unnamed ones None; see `start`).

The seams that make moto execute ASL and route Lambda to Python (`execute_state_machine`, the in-process
invoke, the Step Functions client aimed at our server) live in `agentkit.local.aws`; the two added here
are pinned by tests/workflows/test_local_seams.py: time scaling replaces three methods of moto's
interpreter, and `_install_fast_paths` removes fixed costs (a re-parse of the ASL per execution, JSONPath
compiled at each use, polling) so that a run costs what its states cost. Facts relied on, measured on
moto 5.2.5: Catch and Retry match a handler's exception class name; `TimeoutSeconds` on a
`.waitForTaskToken` task raises `States.Timeout`; handlers run on the interpreter's worker threads; the
token of a waiting task is in its `TaskScheduled` event's parameters.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import re
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlparse

import boto3

from agentkit.config import on_local_aws, pages
from agentkit.local.aws import Handler, bind_lambda, patch_moto
from agentkit.workflows import PLACEHOLDER, definition_path, placeholders
from agentkit.workflows.executions import history, pending_tokens, waiting_tasks

__all__ = [
    "history",
    "pending_tokens",
    "placeholders",
    "waiting_tasks",
]  # read local runs with them too (`local.history`)

FUNCTION_SUFFIX = "FunctionArn"
# Values for placeholders that are not functions, unless `deploy(values=...)` says otherwise: the
# account's default bus exists in every account and region, so a workflow can always publish.
DEFAULT_VALUES = {"EventBusName": "default"}
ROLE_NAME = "agentkit-workflows"

ClientFactory = Callable[[str], Any]


# --------------------------------------------------------------------------- placeholders


def function_placeholders(definition: str) -> list[str]:
    """The placeholders that name Lambda functions (`${...FunctionArn}`): each needs a handler."""
    return [p for p in placeholders(definition) if p.endswith(FUNCTION_SUFFIX)]


def substitute(definition: str, values: Mapping[str, str]) -> str:
    """Fill every placeholder, as CDK's `DefinitionBody.from_file(..., substitutions)` does on AWS."""
    missing = [name for name in placeholders(definition) if name not in values]
    if missing:
        raise ValueError(f"no value for placeholder(s) {', '.join(missing)}; pass them in `values`")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], definition)


# --------------------------------------------------------------------------- deploying locally


def function_name(state_machine: str, placeholder: str) -> str:
    """`research-pipeline` + `ResearchFunctionArn` → `research-pipeline-research` (Lambda's 64-character limit)."""
    words = re.findall(r"[A-Z][a-z0-9]*", placeholder.removesuffix(FUNCTION_SUFFIX))
    return f"{state_machine}-{'-'.join(w.lower() for w in words)}"[:64]


def deploy(
    workflow: str,
    handlers: Mapping[str, Handler],
    *,
    name: str | None = None,
    values: Mapping[str, str] | None = None,
    client: ClientFactory = boto3.client,
    definition: str | None = None,
) -> str:
    """Create (or update) `workflow`'s state machine on local AWS, its Lambda tasks bound to `handlers`.

    `handlers` maps each function placeholder to a function, e.g. `agentkit.service.handlers.HANDLERS`;
    a test may pass its own for one task. `values` fills the other placeholders, over `DEFAULT_VALUES`
    (e.g. `{"EventBusName": "agentkit-events"}`). `name` (default: the workflow's, with dashes) names
    the state machine and prefixes its functions, so two deployments of one file do not share
    bindings. `definition`, if given, is ASL text deployed instead of the package's file (a lab's
    variant of it). Returns its ARN.
    """
    sfn = client("stepfunctions")
    name = name or workflow.replace("_", "-")
    text = definition if definition is not None else definition_path(workflow).read_text(encoding="utf-8")
    arns = functions(function_placeholders(text), handlers, prefix=name, client=client)
    definition = substitute(text, {**DEFAULT_VALUES, **(values or {}), **arns})
    role = service_role(client("iam"))
    existing = {m["name"]: m["stateMachineArn"] for m in pages(sfn, "list_state_machines", "stateMachines")}
    if name in existing:
        sfn.update_state_machine(stateMachineArn=existing[name], definition=definition, roleArn=role)
        return existing[name]
    return sfn.create_state_machine(name=name, definition=definition, roleArn=role)["stateMachineArn"]


def functions(
    wanted: Iterable[str],
    handlers: Mapping[str, Handler],
    *,
    prefix: str,
    client: ClientFactory = boto3.client,
) -> dict[str, str]:
    """Create (or reuse) a local Lambda function for each placeholder in `wanted`, bound to its handler.

    Returns placeholder → function ARN. Functions are named `<prefix>-<words of the placeholder>`, so
    two prefixes never share a binding. Used by `deploy` and by `agentkit.workflows.events.install`.
    """
    lambda_ = client("lambda")
    require_local(lambda_)
    wanted = list(dict.fromkeys(wanted))
    missing = [p for p in wanted if p not in handlers]
    if missing:
        raise ValueError(f"{prefix}: no handler for {', '.join(missing)}; add them to `handlers`")
    patch_moto()
    role = service_role(client("iam"))
    return {p: _function(lambda_, function_name(prefix, p), role, handlers[p]) for p in wanted}


def require_local(aws_client: Any) -> None:
    """Refuse to go on unless `aws_client` talks to local AWS: what follows only makes sense there."""
    if not on_local_aws(aws_client):
        host = urlparse(aws_client.meta.endpoint_url).hostname
        raise RuntimeError(
            f"this creates stub Lambda functions and binds local handlers, so it only runs on local AWS, "
            f"not {host}: call agentkit.connect() (local mode) first, or deploy to AWS with the CDK app"
        )


def service_role(iam: Any) -> str:
    """Moto only checks that a role exists; this one trusts Lambda, Step Functions and EventBridge."""
    with contextlib.suppress(iam.exceptions.NoSuchEntityException):
        return iam.get_role(RoleName=ROLE_NAME)["Role"]["Arn"]
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {
                    "Service": ["lambda.amazonaws.com", "states.amazonaws.com", "events.amazonaws.com"]
                },
                "Action": "sts:AssumeRole",
            }
        ],
    }
    return iam.create_role(RoleName=ROLE_NAME, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]


def _function(lambda_: Any, name: str, role: str, handler: Handler) -> str:
    """The ARN of Lambda function `name`, created if missing (its code never runs: `handler` does)."""
    bind_lambda(name, handler)
    with contextlib.suppress(lambda_.exceptions.ResourceNotFoundException):
        return lambda_.get_function(FunctionName=name)["Configuration"]["FunctionArn"]
    stub = io.BytesIO()
    with zipfile.ZipFile(stub, "w") as archive:
        archive.writestr("bound.py", "# runs the in-process handler bound by agentkit.workflows.local\n")
    created = lambda_.create_function(
        FunctionName=name,
        Runtime="python3.11",
        Role=role,
        Handler=f"{handler.__module__}.{handler.__name__}",
        Code={"ZipFile": stub.getvalue()},
        Timeout=60,
    )
    return created["FunctionArn"]


# --------------------------------------------------------------------------- executions


def start(sfn: Any, state_machine_arn: str, input: Any, name: str | None = None) -> str:
    """Start an execution with a name, always (default: a fresh UUID), and return its ARN.

    Moto's interpreter names an unnamed execution None, so a second one would collide with the first.
    """
    _install_fast_paths(sfn)
    return sfn.start_execution(
        stateMachineArn=state_machine_arn, name=name or str(uuid.uuid4()), input=json.dumps(input)
    )["executionArn"]


def wait(sfn: Any, execution_arn: str, timeout: float = 30.0, poll: float = 0.05) -> dict[str, Any]:
    """Wait until the execution ends; its `describe_execution`, with `output` parsed (None if absent).

    On local AWS in this process it wakes as soon as an execution ends (`_install_fast_paths`), so a run
    costs what the execution costs; otherwise (AWS, a server in another process) it polls every `poll` s.
    """
    _install_fast_paths(sfn)
    deadline = time.monotonic() + timeout
    while True:
        with _ended:
            seen = _ends
        described = sfn.describe_execution(executionArn=execution_arn)
        if described["status"] != "RUNNING":
            break
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"execution {execution_arn} still RUNNING after {timeout} s; a task may be waiting for "
                "a token (see pending_tokens) or a Wait may need time_scale()"
            )
        with _ended:  # an end since `seen` (even before this line) returns at once
            _ended.wait_for(lambda seen=seen: _ends != seen, timeout=poll)
    described["output"] = json.loads(described["output"]) if described.get("output") else None
    return described


def run(sfn: Any, state_machine_arn: str, input: Any, name: str | None = None, timeout: float = 30.0) -> dict:
    """Start an execution and wait for its end (see `start` and `wait`)."""
    return wait(sfn, start(sfn, state_machine_arn, input, name), timeout)


# --------------------------------------------------------------------------- time scaling (moto internals)

_scale = 1.0
_scale_lock = threading.Lock()
_installed = False


@contextlib.contextmanager
def time_scale(factor: float) -> Iterator[None]:
    """Run Wait states, Retry intervals and `TimeoutSeconds` `factor` times as long, e.g. 0.001.

    Process-wide while the block runs (moto's interpreter has no per-execution setting), so an execution
    started inside should also end inside. An unset `TimeoutSeconds` (no timeout) stays unset.
    """
    global _scale
    if factor <= 0:
        raise ValueError(f"time_scale factor must be > 0, got {factor}")
    _install()
    with _scale_lock:
        previous, _scale = _scale, factor
    try:
        yield
    finally:
        with _scale_lock:
            _scale = previous


class _ScaledSleep:
    """Stands in for the `time` module inside moto's Retry code, which only calls `time.sleep`."""

    @staticmethod
    def sleep(seconds: float) -> None:
        time.sleep(seconds * _scale)


def _install() -> None:
    """Replace moto's Retry sleep, Wait state and TimeoutSeconds evaluation by scaled ones (once)."""
    global _installed
    with _scale_lock:
        if _installed:
            return
        from moto.stepfunctions.parser.asl.component.common.retry import retrier_decl
        from moto.stepfunctions.parser.asl.component.common.timeouts.timeout import TimeoutSeconds
        from moto.stepfunctions.parser.asl.component.state.wait.wait_function.wait_function import (
            WaitFunction,
        )

        retrier_decl.time = _ScaledSleep  # type: ignore[assignment]

        def wait_body(self: WaitFunction, env: Any) -> None:
            # moto's own loop re-waits the whole-second remainder, which a fractional wait never reaches.
            seconds = self._get_wait_seconds(env=env) * _scale
            if seconds > 0:
                env.program_state_event.wait(seconds)

        WaitFunction._eval_body = wait_body  # type: ignore[method-assign]

        unscaled = TimeoutSeconds._eval_seconds

        def timeout_seconds(self: TimeoutSeconds, env: Any) -> float:
            seconds = unscaled(self, env)
            return seconds if self.is_default_value() else seconds * _scale

        TimeoutSeconds._eval_seconds = timeout_seconds  # type: ignore[method-assign]
        _installed = True


# --------------------------------------------------------------------------- fast paths (moto internals)

# Bumped (and waiters woken) whenever an execution of this process's moto ends: `wait` sleeps on it.
_ended = threading.Condition()
_ends = 0
_fast_paths = False


def _install_fast_paths(sfn: Any) -> None:
    """Make each local execution cost what its states cost (once, when `sfn` is aimed at local AWS;
    `start` and `wait` call it).

    Measured on 3-step task_execution runs (moto 5.2.5, py-spy), fixed costs made up much of a run:
    * moto parses the ASL text with ANTLR (pure Python) at every execution start, about 30 ms for
      task_execution; the syntax tree is now parsed once per definition text, and each execution still
      builds its own evaluation components from it, as moto does, so executions share no state;
    * every JSONPath (`$.task`, `$$.Map.Item.Value`) was compiled anew at each use, building a new
      jsonpath-ng parser each time (8 % of a run); compiled paths are immutable and now cached;
    * `wait` polled every 50 ms (25 ms lost per run on average); it now wakes when an execution ends.
    """
    global _fast_paths
    if _fast_paths or not on_local_aws(sfn):
        return
    with _scale_lock:
        if _fast_paths:
            return
        from moto.stepfunctions.parser.asl.parse.asl_parser import AmazonStateLanguageParser
        from moto.stepfunctions.parser.asl.parse.preprocessor import Preprocessor
        from moto.stepfunctions.parser.asl.utils import json_path
        from moto.stepfunctions.parser.backend.execution import BaseExecutionWorkerCommunication
        from moto.stepfunctions.parser.backend.execution_worker import ExecutionWorker

        @functools.lru_cache(maxsize=64)
        def syntax_tree(definition: str) -> Any:
            return AmazonStateLanguageParser.parse(definition)[1]

        def entrypoint(self: ExecutionWorker) -> Any:
            definition = self._evaluation_details.state_machine_details.definition
            return Preprocessor().visit(syntax_tree(definition))

        ExecutionWorker._get_evaluation_entrypoint = entrypoint  # type: ignore[method-assign]
        json_path.parse = functools.lru_cache(maxsize=1024)(json_path.parse)  # type: ignore[attr-defined]

        terminated = BaseExecutionWorkerCommunication.terminated

        @functools.wraps(terminated)
        def terminated_and_told(self: BaseExecutionWorkerCommunication) -> None:
            global _ends
            try:
                terminated(self)
            finally:
                with _ended:
                    _ends += 1
                    _ended.notify_all()

        BaseExecutionWorkerCommunication.terminated = terminated_and_told  # type: ignore[method-assign]
        _fast_paths = True
