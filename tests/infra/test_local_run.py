"""The synthesized template's state machines run on local AWS to their expected end states.

The template comes from a small CDK stack built here the way the deploy app builds its state machines
(`DefinitionBody.from_file` of the package's ASL files, substitutions for the function ARNs and the bus
name, one Lambda function per handler), plus one definition CDK renders as an `Fn::Join` of tokens
(`DefinitionBody.from_string`). It is synthesized once for the module; `infra.local_run.deploy` reads the
definitions back out of the template and the assembly, so what runs is what CDK wrote.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest

from agentkit.local.platform import LocalPlatform
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import WORKFLOWS, definition_path, local
from infra import local_run

SALES_BY_REGION = (
    "SELECT region, ROUND(SUM(revenue), 2) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC"
)
TASK = {
    "task_id": "t-1",
    "description": "parental leave and regional revenue",
    "steps": [
        {"action": "search_documents", "input": "parental leave weeks"},
        {"action": "query_database", "input": SALES_BY_REGION},
    ],
}
REPORT = {"topic": "parental leave", "sql": SALES_BY_REGION}
JOINED = "ApprovalFromString"  # the construct id of the state machine whose definition is an Fn::Join


def synthesize(out: Path) -> tuple[dict[str, Any], Path]:
    """A stack with the package's workflows as the deploy app loads them; its template and assembly."""
    import aws_cdk as cdk
    from aws_cdk import aws_events as events
    from aws_cdk import aws_lambda as lambda_
    from aws_cdk import aws_stepfunctions as sfn

    code = out / "code"
    code.mkdir()
    (code / "README").write_text("the handlers come from the agentkit package\n")
    app = cdk.App(outdir=str(out / "cdk.out"))
    stack = cdk.Stack(app, "LocalRunTest")
    bus = events.EventBus(stack, "Bus")
    functions = {
        placeholder: lambda_.Function(
            stack,
            placeholder.removesuffix("Arn"),
            runtime=lambda_.Runtime.PYTHON_3_12,
            architecture=lambda_.Architecture.ARM_64,
            handler=f"{handler.__module__}.{handler.__name__}",
            code=lambda_.Code.from_asset(str(code)),
        )
        for placeholder, handler in HANDLERS.items()
    }

    def substitutions(text: str) -> dict[str, str]:
        values = {p: f.function_arn for p, f in functions.items()} | {"EventBusName": bus.event_bus_name}
        return {p: values[p] for p in local.placeholders(text)}

    for workflow in WORKFLOWS:
        path = definition_path(workflow)
        sfn.StateMachine(
            stack,
            workflow.title().replace("_", ""),
            definition_body=sfn.DefinitionBody.from_file(str(path)),
            definition_substitutions=substitutions(path.read_text()),
        )
    approval = definition_path("approval").read_text()
    sfn.StateMachine(
        stack,
        JOINED,
        definition_body=sfn.DefinitionBody.from_string(local.substitute(approval, substitutions(approval))),
    )
    assembly = app.synth(validate_on_synthesis=False)
    return assembly.get_stack_by_name("LocalRunTest").template, Path(assembly.directory)


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    return synthesize(tmp_path_factory.mktemp("synth"))


@pytest.fixture(scope="module")
def client(module_env: LocalPlatform) -> Iterator[Callable[..., Any]]:
    def make(service: str) -> Any:
        return boto3.client(service, endpoint_url=module_env.aws.url, region_name="us-east-1")

    yield make


@pytest.fixture(scope="module")
def deployed(synthesized: tuple[dict[str, Any], Path], client: Callable[..., Any]) -> local_run.LocalTemplate:
    template, assembly = synthesized
    return local_run.deploy(template, assembly=assembly, client=client)


def states_entered(sfn: Any, execution: str) -> list[str]:
    return [e["state"] for e in local.history(sfn, execution) if e["type"].endswith("StateEntered")]


def token_of(sfn: Any, execution: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while not (tokens := local.pending_tokens(sfn, execution)):
        assert time.monotonic() < deadline, f"no approval requested: {states_entered(sfn, execution)}"
        time.sleep(0.05)
    return tokens[0]


# --------------------------------------------------------------------------- what was read from the template


def test_every_state_machine_of_the_template_is_a_package_workflow(
    deployed: local_run.LocalTemplate, synthesized: tuple[dict[str, Any], Path]
) -> None:
    template, _ = synthesized
    in_template = {k for k, r in template["Resources"].items() if r["Type"] == local_run.STATE_MACHINE}
    assert set(deployed.state_machines) == in_template
    from_files = {m.workflow for m in deployed.state_machines.values() if m.workflow}
    assert from_files == set(WORKFLOWS)
    joined = next(m for k, m in deployed.state_machines.items() if k.startswith(JOINED))
    assert joined.workflow is None  # its definition is the file with the ARNs in it, not the file


def test_each_task_runs_the_handler_its_function_names(deployed: local_run.LocalTemplate) -> None:
    machine = deployed.workflow("task_execution")
    assert machine.handlers["InitializeTaskFunctionArn"] == "agentkit.service.handlers.initialize_task"
    assert set(machine.handlers.values()) == {
        f"agentkit.service.handlers.{name}"
        for name in ("initialize_task", "plan_task", "execute_step", "complete_task", "handle_error")
    } | {"agentkit.service.handlers.request_approval"}


def bus_name(template: dict[str, Any]) -> str:
    (bus,) = [r for r in template["Resources"].values() if r["Type"] == local_run.EVENT_BUS]
    return bus["Properties"]["Name"]


def test_the_bus_the_template_names_exists_locally(
    synthesized: tuple[dict[str, Any], Path], deployed: local_run.LocalTemplate, client: Callable[..., Any]
) -> None:
    name = bus_name(synthesized[0])
    assert client("events").describe_event_bus(Name=name)["Name"] == name


# --------------------------------------------------------------------------- executions


def test_the_task_workflow_runs_every_step_in_order(
    deployed: local_run.LocalTemplate, client: Callable[..., Any], synthesized: tuple[dict[str, Any], Path]
) -> None:
    sfn = client("stepfunctions")
    done = local.run(sfn, deployed.workflow("task_execution").arn, TASK)
    assert done["status"] == "SUCCEEDED", done
    output = done["output"]
    assert output["task_id"] == "t-1" and output["status"] == "completed"
    assert [r["action"] for r in output["results"]] == ["search_documents", "query_database"]
    assert output["results"][0]["result"][0]["title"] == "Parental Leave Policy"
    assert output["results"][1]["result"][0]["region"] == "west"
    published = [
        e
        for e in local.history(sfn, done["executionArn"])
        if e["state"] == "PublishCompleted" and e["type"] in ("TaskScheduled", "TaskSucceeded")
    ]
    assert [e["type"] for e in published] == ["TaskScheduled", "TaskSucceeded"]
    (entry,) = json.loads(published[0]["details"]["parameters"])["Entries"]
    assert entry["EventBusName"] == bus_name(synthesized[0]) and entry["DetailType"] == "TaskCompleted"


def test_the_research_pipeline_writes_the_report_with_the_feedback_when_approved(
    deployed: local_run.LocalTemplate, client: Callable[..., Any]
) -> None:
    sfn = client("stepfunctions")
    execution = local.start(sfn, deployed.workflow("research_pipeline").arn, REPORT)
    decision = {"approved": True, "feedback": "Lead with the leave figures."}
    sfn.send_task_success(taskToken=token_of(sfn, execution), output=json.dumps(decision))
    done = local.wait(sfn, execution)
    assert done["status"] == "SUCCEEDED", done
    report = done["output"]["report"]
    assert done["output"]["status"] == "completed" and report["key"].endswith(".md")
    body = httpx.get(report["url"]).raise_for_status().text
    assert "Lead with the leave figures." in body and "20 weeks" in body
    assert states_entered(sfn, execution)[-3:] == ["ApprovalDecision", "Write", "Finalize"]


@pytest.mark.parametrize("joined", [False, True], ids=["from-file", "from-string"])
def test_approval_follows_the_decision_and_rejects_when_nobody_answers(
    deployed: local_run.LocalTemplate, client: Callable[..., Any], joined: bool
) -> None:
    sfn = client("stepfunctions")
    machine = (
        next(m for k, m in deployed.state_machines.items() if k.startswith(JOINED))
        if joined
        else deployed.workflow("approval")
    )
    execution = local.start(sfn, machine.arn, {"subject": "refund", "details": {}})
    sfn.send_task_success(
        taskToken=token_of(sfn, execution), output=json.dumps({"approved": True, "feedback": "go"})
    )
    assert local.wait(sfn, execution)["output"]["status"] == "approved"
    with local.time_scale(0.00001):  # 24 h → 0.86 s
        timed_out = local.run(sfn, machine.arn, {"subject": "refund", "details": {}})
    assert timed_out["output"]["status"] == "rejected"
    assert "no decision within 24 hours" in timed_out["output"]["approval"]["reason"]


# --------------------------------------------------------------------------- refusals (no synthesis needed)


def machine(properties: dict[str, Any]) -> dict[str, Any]:
    return {"Type": local_run.STATE_MACHINE, "Properties": {"RoleArn": "r", **properties}}


ONE_TASK = {
    "StartAt": "Go",
    "States": {"Go": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": True}},
}


def test_a_handler_that_cannot_be_imported_is_named(client: Callable[..., Any]) -> None:
    template = {
        "Resources": {
            "Fn": {"Type": local_run.FUNCTION, "Properties": {"Handler": "nowhere.to.be_found"}},
            "Machine": machine(
                {
                    "DefinitionString": {
                        "Fn::Join": ["", ['{"Comment": "', {"Fn::GetAtt": ["Fn", "Arn"]}, '"}']]
                    },
                }
            ),
        }
    }
    with pytest.raises(ValueError, match=r"Fn's Handler 'nowhere.to.be_found' is not importable"):
        local_run.deploy(template, client=client)


def test_a_reference_to_a_resource_it_cannot_create_is_refused_by_type(client: Callable[..., Any]) -> None:
    template = {
        "Resources": {
            "Queue": {"Type": "AWS::SQS::Queue", "Properties": {}},
            "Machine": machine(
                {"Definition": ONE_TASK, "DefinitionSubstitutions": {"QueueUrl": {"Ref": "Queue"}}}
            ),
        }
    }
    with pytest.raises(ValueError, match=r"refers to AWS::SQS::Queue Queue, which local_run cannot create"):
        local_run.deploy(template, client=client)


def test_a_placeholder_without_a_substitution_is_named(client: Callable[..., Any]) -> None:
    text = json.dumps(ONE_TASK).replace('"End"', '"Comment": "${Missing}", "End"')
    with pytest.raises(ValueError, match=r"\$\{Missing\} but DefinitionSubstitutions has no 'Missing'"):
        local_run.deploy({"Resources": {"Machine": machine({"DefinitionString": text})}}, client=client)


def test_an_asset_definition_needs_the_assembly(client: Callable[..., Any]) -> None:
    template = {"Resources": {"Machine": machine({"DefinitionS3Location": {"Bucket": "b", "Key": "k.json"}})}}
    with pytest.raises(ValueError, match=r"pass assembly="):
        local_run.deploy(template, client=client)


def test_fn_sub_pseudo_parameters_a_table_and_a_bus_resolve_to_local_resources(
    client: Callable[..., Any], request: pytest.FixtureRequest
) -> None:
    mark = request.node.name[-12:].replace("_", "-")
    table = {
        "Type": local_run.TABLE,
        "Properties": {
            "TableName": f"runs-{mark}",
            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
            "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
            "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
        },
    }
    put_item = {
        "StartAt": "Put",
        "States": {
            "Put": {
                "Type": "Task",
                "Resource": "arn:${AWS::Partition}:states:::dynamodb:putItem",
                "Parameters": {"TableName": "${Runs}", "Item": {"pk": {"S": "${AWS::Region}/${Bus}"}}},
                "Comment": "${Runs.Arn}",
                "End": True,
            }
        },
    }
    template = {
        "Resources": {
            "Runs": table,
            "Bus": {"Type": local_run.EVENT_BUS, "Properties": {"Name": f"bus-{mark}"}},
            "Machine": machine({"DefinitionString": {"Fn::Sub": json.dumps(put_item)}}),
        }
    }
    deployed = local_run.deploy(template, client=client)
    sfn = client("stepfunctions")
    definition = json.loads(
        sfn.describe_state_machine(stateMachineArn=deployed.state_machines["Machine"].arn)["definition"]
    )
    put = definition["States"]["Put"]
    table_arn = client("dynamodb").describe_table(TableName=f"runs-{mark}")["Table"]["TableArn"]
    assert put["Resource"] == "arn:aws:states:::dynamodb:putItem"
    assert put["Comment"] == table_arn
    assert put["Parameters"] == {"TableName": f"runs-{mark}", "Item": {"pk": {"S": f"us-east-1/bus-{mark}"}}}
    assert (
        deployed.state_machines["Machine"].workflow is None
        and deployed.state_machines["Machine"].handlers == {}
    )
