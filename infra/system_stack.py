"""`AgentSystemStack`: the agent system the notebooks built, as AWS resources — with nothing copied.

Each resource is derived from the package, so the deployed system cannot drift from what ran offline:

* the memory table from `agentkit.memory.tables.MEMORY_TABLE` (keys, GSIs, TTL), with point-in-time recovery;
  the research pipeline's runs and idempotency tables from the keys `agentkit.workflows.runs` writes;
* a Lambda function (arm64, X-Ray) per handler: the REST API (`agentkit.service.rest.handler`), the
  authorizer (`auth.authorizer`), the WebSocket API (`realtime.handler`), the status pusher
  (`realtime.status_handler`), and every function an ASL file or an event rule names, through
  `agentkit.service.handlers.HANDLERS` — the handler string is the function's own module and name;
* the Step Functions state machines from the package's ASL files (`DefinitionBody.from_file`), each
  placeholder substituted by its function's ARN and `${EventBusName}` by the bus's name;
* the bus's rules from `agentkit.workflows.events.SERVICE_RULES` (the REST API starts task executions itself),
  their retry policy and DLQ, and the realtime status function on the broadcasts (`events.BROADCASTS`);
* the REST API's resources and methods from the routes' OpenAPI document (`rest.app`), behind the Lambda
  REQUEST authorizer; the WebSocket API's routes from `realtime.CONNECTION_ROUTES` and `MESSAGE_ROUTES`.

Around them: a Secrets Manager secret for provider keys, a dashboard, alarms (errors, throttles, failed
executions, DLQ depth, 5xx) to an SNS topic, least-privilege roles (Bedrock invoke on the chosen inference
profiles only, `infra.settings`), cost-allocation tags on everything and a monthly AWS Budget.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aws_cdk import Acknowledgment, ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, Tags, Validations
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_authorizers as apigwv2_authorizers
from aws_cdk import aws_apigatewayv2_integrations as apigwv2_integrations
from aws_cdk import aws_budgets as budgets
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cloudwatch_actions
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from agentkit import bedrock_models, naming
from agentkit import iam as kit_iam
from agentkit.memory.tables import MEMORY_TABLE, TableDesign
from agentkit.service import auth, realtime, rest
from agentkit.service.handlers import HANDLERS
from agentkit.service.operations import TASK_STATE_MACHINE
from agentkit.workflows import WORKFLOWS, definition_path, placeholders, runs
from agentkit.workflows import events as kit_events
from infra import packaging
from infra.nag import finding_form
from infra.settings import SystemSettings

# The asset's platform (infra.packaging builds for it): the runtime of that Python, on arm64.
RUNTIME = lambda_.Runtime(packaging.LAMBDA_RUNTIME, lambda_.RuntimeFamily.PYTHON)
ARCHITECTURE = lambda_.Architecture.ARM_64

TASK_WORKFLOW = "task_execution"
"""The workflow the REST API starts for each task (`AGENTKIT_TASK_STATE_MACHINE`)."""
BUS_PLACEHOLDER = "EventBusName"

MODEL_CALLERS = frozenset({"ResearchFunctionArn", "AnalysisFunctionArn"})
"""Workflow handlers that run an agent (`agentkit.service.agents`): they invoke the model."""
PROFILE_PREFIXES = (*bedrock_models.GEOGRAPHIES, "global")
"""An inference profile's id starts with where it routes (`global.`, `us.`, ...); a model's with its provider."""
RUN_RECORDERS = frozenset({"FinalizeReportFunctionArn", "RecordFailureFunctionArn"})
"""Workflow handlers that write a run's report and status (`agentkit.workflows.runs`)."""


def handler_path(function: Callable[..., Any]) -> str:
    """Lambda's handler string for a plain function of the package: `module.name`."""
    return f"{function.__module__}.{function.__name__}"


def workflow_placeholders(workflow: str) -> list[str]:
    """The placeholders of an ASL file, in order of first appearance (`InitializeTaskFunctionArn`, `EventBusName`)."""
    return placeholders(definition_path(workflow).read_text(encoding="utf-8"))


def construct_id(placeholder: str) -> str:
    return placeholder.removesuffix("Arn")


@dataclass(frozen=True)
class FunctionSpec:
    handler: Callable[..., Any]
    timeout: Duration
    memory: int = 512


class AgentSystemStack(Stack):
    """The deployed agent system; `asset_dir` is the Lambda code folder (the `agentkit` package and its deps)."""

    def __init__(self, scope: Construct, construct_id: str, *, asset_dir: Path, **kwargs: Any) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.settings = SystemSettings.from_context(self.node)
        if not (Path(asset_dir) / "agentkit" / "__init__.py").is_file():
            raise ValueError(
                f"{asset_dir} holds no agentkit package: pass the folder infra.packaging.build_asset() built"
            )
        self.code = lambda_.Code.from_asset(str(asset_dir))

        self.alarm_topic = self._alarm_topic()
        self.table = self.memory_table(MEMORY_TABLE)
        self.runs_table, self.idempotency_table, self.reports = self._run_storage()
        self.provider_keys = secretsmanager.Secret(
            self,
            "ProviderKeys",
            description="API keys of the model providers other than Bedrock (JSON: api_key or "
            "ANTHROPIC_API_KEY / OPENAI_API_KEY); read when modelProvider is not bedrock.",
            removal_policy=RemovalPolicy.DESTROY,
        )
        self.bus = events.EventBus(
            self, "Bus", description="The agentkit service's events (agentkit.workflows.events)"
        )
        self.dlq = sqs.Queue(
            self,
            "EventsDeadLetterQueue",
            retention_period=Duration.days(14),
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            enforce_ssl=True,
        )

        self.functions: dict[str, lambda_.Function] = {}
        self._workflow_functions()
        self.state_machines = {workflow: self._state_machine(workflow) for workflow in WORKFLOWS}
        self._rules()
        self.api_function, self.authorizer_function = self._api_functions()
        self.rest_api = self._rest_api()
        self.websocket_api, self.websocket_stage = self._websocket_api()
        self._monitoring()
        self._budget()
        self._acknowledge()
        # The one cost-allocation tag of the kit: leftovers.find() and the budget look for it.
        Tags.of(self).add(naming.COST_TAG_KEY, naming.COST_TAG_VALUE)
        Tags.of(self).add("agentkit:stack", "system")

    # ------------------------------------------------------------------ storage

    def memory_table(self, design: TableDesign) -> dynamodb.Table:
        """The single memory table, as `design` says: string keys, GSIs projecting all, TTL, on demand."""

        def string(name: str) -> dynamodb.Attribute:
            return dynamodb.Attribute(name=name, type=dynamodb.AttributeType.STRING)

        table = dynamodb.Table(
            self,
            "MemoryTable",
            partition_key=string(design.partition_key),
            sort_key=string(design.sort_key),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            time_to_live_attribute=design.ttl_attribute,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            encryption=dynamodb.TableEncryption.AWS_MANAGED,
            removal_policy=RemovalPolicy.DESTROY,  # notebook 11 tears the workshop down to nothing billable
        )
        for index in design.indexes:
            table.add_global_secondary_index(
                index_name=index.name,
                partition_key=string(index.partition_key),
                sort_key=string(index.sort_key),
                projection_type=dynamodb.ProjectionType.ALL,
            )
        return table

    def _run_storage(self) -> tuple[dynamodb.Table, dynamodb.Table, s3.Bucket]:
        """The research pipeline's run records, its idempotency records (expiring), and its reports."""
        common: dict[str, Any] = {
            "billing_mode": dynamodb.BillingMode.PAY_PER_REQUEST,
            "point_in_time_recovery_specification": dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            "removal_policy": RemovalPolicy.DESTROY,
        }
        runs_table = dynamodb.Table(
            self,
            "RunsTable",
            partition_key=dynamodb.Attribute(name=runs.RUNS_KEY, type=dynamodb.AttributeType.STRING),
            **common,
        )
        idempotency = dynamodb.Table(
            self,
            "IdempotencyTable",
            partition_key=dynamodb.Attribute(name=runs.IDEMPOTENCY_KEY, type=dynamodb.AttributeType.STRING),
            time_to_live_attribute=runs.IDEMPOTENCY_EXPIRY,
            **common,
        )
        reports = s3.Bucket(
            self,
            "Reports",
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            encryption=s3.BucketEncryption.S3_MANAGED,
            enforce_ssl=True,
            versioned=True,
            removal_policy=RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )
        return runs_table, idempotency, reports

    # ------------------------------------------------------------------ functions

    def _log_group(self, construct_id: str) -> logs.LogGroup:
        """A log group kept a month and deleted with the stack (notebook 11 leaves nothing billed behind)."""
        return logs.LogGroup(
            self, construct_id, retention=logs.RetentionDays.ONE_MONTH, removal_policy=RemovalPolicy.DESTROY
        )

    def _function(self, name: str, spec: FunctionSpec, environment: dict[str, str]) -> lambda_.Function:
        """A function of the asset on arm64, traced, logging to its own group (removed with the stack)."""
        log_group = self._log_group(f"{name}Logs")
        function = lambda_.Function(
            self,
            name,
            code=self.code,
            handler=handler_path(spec.handler),
            runtime=RUNTIME,
            architecture=ARCHITECTURE,
            timeout=spec.timeout,
            memory_size=spec.memory,
            tracing=lambda_.Tracing.ACTIVE,
            log_group=log_group,
            environment={**self._base_environment(), **environment},
            description=f"agentkit: {handler_path(spec.handler)}",
        )
        return function

    def _base_environment(self) -> dict[str, str]:
        """What every function reads: where the memory and the bus are, which model, and powertools' names."""
        environment = {
            "AGENTKIT_MODE": "aws",
            "AGENTKIT_MEMORY_TABLE": self.table.table_name,
            "AGENTKIT_EVENT_BUS": self.bus.event_bus_name,
            "AGENTKIT_PROVIDER": self.settings.model_provider,
            "AGENTKIT_MODEL_ID": self.settings.bedrock_models[0],
            "POWERTOOLS_METRICS_NAMESPACE": "agentkit",
        }
        if self.settings.model_provider != "bedrock":
            environment["AGENTKIT_API_KEY_SECRET"] = self.provider_keys.secret_arn
        return environment

    def _grant_model(self, function: lambda_.Function) -> None:
        """Invoke (and stream) exactly the chosen inference profiles, and the models they route to."""
        profiles = [
            self.format_arn(service="bedrock", resource="inference-profile", resource_name=model)
            for model in self.settings.bedrock_models
            if model.partition(".")[0] in PROFILE_PREFIXES
        ]
        models = kit_iam.model_arns(self.settings.bedrock_models, ("foundation-model",))
        function.add_to_role_policy(
            iam.PolicyStatement(
                sid="InvokeChosenModels",
                actions=["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                resources=[*profiles, *models],
            )
        )
        if self.settings.model_provider != "bedrock":
            self.provider_keys.grant_read(function)

    def _workflow_functions(self) -> None:
        """A function per placeholder the ASL files and the rules name, bound to its handler in HANDLERS."""
        wanted = [p for w in WORKFLOWS for p in workflow_placeholders(w) if p != BUS_PLACEHOLDER]
        wanted += [t.placeholder for rule in kit_events.SERVICE_RULES for t in rule.targets]
        runs_environment = {
            runs.TABLE_VARIABLE: self.runs_table.table_name,
            runs.IDEMPOTENCY_VARIABLE: self.idempotency_table.table_name,
            runs.BUCKET_VARIABLE: self.reports.bucket_name,
        }
        for placeholder in dict.fromkeys(wanted):
            if placeholder not in HANDLERS:
                raise ValueError(
                    f"{placeholder} has no handler in agentkit.service.handlers.HANDLERS: add one, or fix the "
                    "placeholder in the ASL file or event rule that names it"
                )
            slow = placeholder in MODEL_CALLERS
            spec = FunctionSpec(
                HANDLERS[placeholder], Duration.minutes(5 if slow else 1), memory=1024 if slow else 512
            )
            environment = runs_environment if placeholder in RUN_RECORDERS else {}
            function = self._function(construct_id(placeholder), spec, environment)
            if placeholder in MODEL_CALLERS:
                self._grant_model(function)
            if placeholder in RUN_RECORDERS:
                self.runs_table.grant_read_write_data(function)
                self.idempotency_table.grant_read_write_data(function)
                self.reports.grant_read_write(function)
            self.functions[placeholder] = function

    # ------------------------------------------------------------------ workflows and events

    def _state_machine(self, workflow: str) -> sfn.StateMachine:
        """The workflow's ASL file as it ships, with its placeholders substituted; its role invokes its functions."""
        named = workflow_placeholders(workflow)
        substitutions = {
            p: (self.bus.event_bus_name if p == BUS_PLACEHOLDER else self.functions[p].function_arn)
            for p in named
        }
        name = "".join(part.title() for part in workflow.split("_"))
        log_group = self._log_group(f"{name}WorkflowLogs")
        machine = sfn.StateMachine(
            self,
            f"{name}Workflow",
            definition_body=sfn.DefinitionBody.from_file(str(definition_path(workflow))),
            definition_substitutions=substitutions,
            tracing_enabled=True,
            logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ALL, include_execution_data=True),
        )
        for placeholder in named:
            if placeholder == BUS_PLACEHOLDER:
                self.bus.grant_put_events_to(machine)
            else:
                self.functions[placeholder].grant_invoke(machine)
        return machine

    def _rules(self) -> None:
        """The service's rules on the bus (a schedule on the default bus), each target with retries and the DLQ."""
        retry = kit_events.RETRY_POLICY
        self.status_function = self._function(
            construct_id(realtime.STATUS_FUNCTION),
            FunctionSpec(realtime.status_handler, Duration.seconds(30)),
            {TASK_STATE_MACHINE: self.state_machines[TASK_WORKFLOW].state_machine_arn},
        )
        self.table.grant_read_write_data(self.status_function)  # a gone connection is closed
        self._grant_describe_tasks(self.status_function)
        self.rules: dict[str, events.Rule] = {}
        for rule in kit_events.SERVICE_RULES:
            where: dict[str, Any] = (
                {"schedule": events.Schedule.expression(rule.schedule)}
                if rule.schedule
                else {
                    "event_bus": self.bus,
                    "event_pattern": events.EventPattern(
                        **{key.replace("-", "_"): value for key, value in (rule.pattern or {}).items()}
                    ),
                }
            )
            created = events.Rule(
                self,
                f"{construct_id(rule.name.title().replace('-', ''))}Rule",
                description=rule.description,
                **where,
            )
            for target in rule.targets:
                created.add_target(
                    targets.LambdaFunction(
                        self.functions[target.placeholder],
                        event=_target_input(target),
                        dead_letter_queue=self.dlq,
                        retry_attempts=retry["MaximumRetryAttempts"],
                        max_event_age=Duration.seconds(retry["MaximumEventAgeInSeconds"]),
                    )
                )
            if rule.name in kit_events.BROADCASTS:  # what realtime.subscribe_to_bus does locally
                created.add_target(
                    targets.LambdaFunction(
                        self.status_function,
                        dead_letter_queue=self.dlq,
                        retry_attempts=retry["MaximumRetryAttempts"],
                        max_event_age=Duration.seconds(retry["MaximumEventAgeInSeconds"]),
                    )
                )
            self.rules[rule.name] = created

    def _grant_describe_tasks(self, function: lambda_.Function) -> None:
        """Read the task workflow's executions (an update names its agent from the execution's input)."""
        machine = self.state_machines[TASK_WORKFLOW]
        function.add_to_role_policy(
            iam.PolicyStatement(
                actions=["states:DescribeExecution", "states:GetExecutionHistory"],
                resources=[self._executions_of(machine)],
            )
        )

    def _executions_of(self, machine: sfn.StateMachine) -> str:
        return self.format_arn(
            service="states",
            resource="execution",
            resource_name=f"{machine.state_machine_name}:*",
            arn_format=ArnFormat.COLON_RESOURCE_NAME,
        )

    # ------------------------------------------------------------------ the APIs

    def _api_functions(self) -> tuple[lambda_.Function, lambda_.Function]:
        """The REST API's function (the task workflow it starts, approvals it sends) and the authorizer."""
        machine = self.state_machines[TASK_WORKFLOW]
        api = self._function(
            "ApiFunction",
            FunctionSpec(rest.handler, Duration.seconds(29), memory=1024),
            {TASK_STATE_MACHINE: machine.state_machine_arn},
        )
        self.table.grant_read_write_data(api)
        self.bus.grant_put_events_to(api)
        self._grant_model(api)  # chat turns run the agent in the function
        machine.grant_start_execution(api)
        machine.grant_task_response(api)
        self._grant_describe_tasks(api)
        api.add_to_role_policy(
            iam.PolicyStatement(actions=["states:ListExecutions"], resources=[machine.state_machine_arn])
        )
        authorizer = self._function(
            "AuthorizerFunction",
            FunctionSpec(auth.authorizer, Duration.seconds(10)),
            self.settings.environment(),
        )
        self.table.grant_read_data(authorizer)  # API keys are looked up by their hash
        return api, authorizer

    def _rest_api(self) -> apigw.RestApi:
        """The REST API: the routes of `agentkit.service.rest` (from its OpenAPI document), all behind the authorizer."""
        access_logs = self._log_group("RestApiAccessLogs")
        api = apigw.RestApi(
            self,
            "RestApi",
            description="agentkit REST API (agentkit.service.rest)",
            cloud_watch_role=True,
            cloud_watch_role_removal_policy=RemovalPolicy.DESTROY,
            deploy_options=apigw.StageOptions(
                stage_name="v1",
                tracing_enabled=True,
                logging_level=apigw.MethodLoggingLevel.INFO,
                metrics_enabled=True,
                throttling_rate_limit=self.settings.throttle_rate,
                throttling_burst_limit=self.settings.throttle_burst,
                access_log_destination=apigw.LogGroupLogDestination(access_logs),
                access_log_format=apigw.AccessLogFormat.json_with_standard_fields(
                    caller=False,
                    http_method=True,
                    ip=True,
                    protocol=True,
                    request_time=True,
                    resource_path=True,
                    response_length=True,
                    status=True,
                    user=True,
                ),
            ),
            default_cors_preflight_options=apigw.CorsOptions(
                allow_origins=list(self.settings.cors_origins),
                allow_headers=["Content-Type", "Authorization", "X-Api-Key"],
                allow_methods=apigw.Cors.ALL_METHODS,
            ),
        )
        authorizer = apigw.RequestAuthorizer(
            self,
            "RestAuthorizer",
            handler=self.authorizer_function,
            # Either header may carry the credentials (x-api-key OR Authorization). An identity source
            # makes API Gateway refuse a request missing that one header, so there is none, and the
            # answer is not cached: every request is checked (revoked keys stop at once).
            identity_sources=[],
            results_cache_ttl=Duration.seconds(0),
        )
        validator = api.add_request_validator(
            "Validator", validate_request_body=True, validate_request_parameters=True
        )
        body = api.add_model(
            "JsonObject",
            content_type="application/json",
            schema=apigw.JsonSchema(
                schema=apigw.JsonSchemaVersion.DRAFT4,
                title="JsonObject",
                type=apigw.JsonSchemaType.OBJECT,
                description="A JSON object; the function's Pydantic models check its fields (and say which is wrong).",
            ),
        )
        integration = apigw.LambdaIntegration(self.api_function)
        method_options: dict[str, Any] = {
            "authorizer": authorizer,
            "authorization_type": apigw.AuthorizationType.CUSTOM,
            "request_validator": validator,
        }
        document = rest.app.get_openapi_schema()
        for path, item in document.paths.items():
            resource = api.root.resource_for_path(path)
            for verb in ("get", "post", "put", "delete", "patch"):
                operation = getattr(item, verb)
                if operation is None:
                    continue
                parameters = {
                    f"method.request.{'path' if p.in_.value == 'path' else 'querystring'}.{p.name}": bool(
                        p.required
                    )
                    for p in operation.parameters or []
                    if p.in_.value in ("path", "query")
                }
                resource.add_method(
                    verb.upper(),
                    integration,
                    request_parameters=parameters or None,
                    request_models={"application/json": body} if operation.requestBody else None,
                    **method_options,
                )
        # Anything else (GET /openapi.json, an unknown path) reaches the function too: it answers in the
        # service's error shape (404 with what exists) instead of API Gateway's "Missing Authentication Token".
        api.root.add_proxy(
            default_integration=integration,
            any_method=True,
            default_method_options=apigw.MethodOptions(**method_options),
        )
        # add_proxy also answers the root path (ANY /) without the proxy's options: it is checked too.
        root_any = api.root.node.find_child("ANY").node.default_child
        root_any.authorization_type = apigw.AuthorizationType.CUSTOM.value
        root_any.authorizer_id = authorizer.authorizer_id
        self._gateway_responses(api)
        plan = api.add_usage_plan(
            "UsagePlan",
            description="Throttle and quota for the agentkit API",
            throttle=apigw.ThrottleSettings(
                rate_limit=self.settings.throttle_rate, burst_limit=self.settings.throttle_burst
            ),
            quota=apigw.QuotaSettings(limit=100_000, period=apigw.Period.MONTH),
        )
        plan.add_api_stage(stage=api.deployment_stage)
        plan.add_api_key(api.add_api_key("ApiKey", description="Usage-plan key of the agentkit API"))
        CfnOutput(self, "RestApiUrl", value=api.url)
        # Where `agentkit keys create` (or auth.issue_api_key) stores a key the authorizer will accept.
        CfnOutput(self, "MemoryTableName", value=self.table.table_name)
        return api

    def _gateway_responses(self, api: apigw.RestApi) -> None:
        """API Gateway's own refusals in the service's error shape `{"error": {code, message, ...}}`."""
        cors = {"Access-Control-Allow-Origin": f"'{self.settings.cors_origins[0]}'"}
        answers = {
            apigw.ResponseType.UNAUTHORIZED: (
                "401",
                "Unauthorized",
                "The request's credentials are missing or not valid: send an API key in the x-api-key "
                "header or a bearer token in Authorization.",
            ),
            apigw.ResponseType.ACCESS_DENIED: ("403", "Forbidden", "$context.authorizer.error"),
            apigw.ResponseType.BAD_REQUEST_BODY: (
                "400",
                "ValidationError",
                "The body must be a JSON object: $context.error.validationErrorString",
            ),
            apigw.ResponseType.BAD_REQUEST_PARAMETERS: (
                "400",
                "ValidationError",
                "A required parameter is missing: $context.error.validationErrorString",
            ),
            apigw.ResponseType.THROTTLED: (
                "429",
                "TooManyRequests",
                "Too many requests: wait a moment and retry with backoff.",
            ),
        }
        for response_type, (status, code, message) in answers.items():
            api.add_gateway_response(
                response_type.response_type.title().replace("_", ""),
                type=response_type,
                status_code=status,
                response_headers=cors,
                templates={
                    "application/json": json.dumps(
                        {
                            "error": {
                                "code": code,
                                "message": message,
                                "details": None,
                                "requestId": "$context.requestId",
                                "timestamp": "$context.requestTimeEpoch",
                            }
                        }
                    )
                },
            )

    def _websocket_api(self) -> tuple[apigwv2.WebSocketApi, apigwv2.WebSocketStage]:
        """The real-time API: `$connect` behind the authorizer, a route per message action, one function."""
        machine = self.state_machines[TASK_WORKFLOW]
        function = self.websocket_function = self._function(
            "WebSocketFunction",
            FunctionSpec(realtime.handler, Duration.seconds(29), memory=1024),
            {TASK_STATE_MACHINE: machine.state_machine_arn},
        )
        self.table.grant_read_write_data(function)
        self.bus.grant_put_events_to(function)
        self._grant_model(function)
        integration = apigwv2_integrations.WebSocketLambdaIntegration("WebSocketIntegration", function)
        authorizer = apigwv2_authorizers.WebSocketLambdaAuthorizer(
            "WebSocketAuthorizer",
            self.authorizer_function,
            # A browser cannot set headers on a WebSocket: ?apiKey= or ?token= (either), so no identity source.
            identity_source=[],
        )
        connect, disconnect = realtime.CONNECTION_ROUTES
        api = apigwv2.WebSocketApi(
            self,
            "WebSocketApi",
            description="agentkit real-time API (agentkit.service.realtime)",
            route_selection_expression="$request.body.action",
            connect_route_options=apigwv2.WebSocketRouteOptions(
                integration=integration, authorizer=authorizer
            ),
            disconnect_route_options=apigwv2.WebSocketRouteOptions(integration=integration),
        )
        assert (connect, disconnect) == ("$connect", "$disconnect")
        for route in realtime.MESSAGE_ROUTES:
            api.add_route(route, integration=integration)
        stage = apigwv2.WebSocketStage(
            self, "WebSocketStage", web_socket_api=api, stage_name="v1", auto_deploy=True
        )
        for pusher in (function, self.status_function):
            stage.grant_management_api_access(pusher)
            pusher.add_environment("AGENTKIT_WEBSOCKET_ENDPOINT", stage.callback_url)
        CfnOutput(self, "WebSocketUrl", value=stage.url)
        return api, stage

    # ------------------------------------------------------------------ monitoring and cost

    def _alarm_topic(self) -> sns.Topic:
        topic = sns.Topic(self, "Alarms", display_name="agentkit alarms", enforce_ssl=True)
        topic.add_to_resource_policy(
            iam.PolicyStatement(
                sid="BudgetAlerts",
                principals=[iam.ServicePrincipal("budgets.amazonaws.com")],
                actions=["sns:Publish"],
                resources=[topic.topic_arn],
                conditions={"StringEquals": {"aws:SourceAccount": self.account}},
            )
        )
        if self.settings.alarm_email:
            topic.add_subscription(subscriptions.EmailSubscription(self.settings.alarm_email))
        return topic

    def _monitoring(self) -> None:
        """Alarms on every function (errors, throttles), workflow (failed executions), the DLQ and the APIs."""
        action = cloudwatch_actions.SnsAction(self.alarm_topic)
        alarms: list[cloudwatch.Alarm] = []

        def alarm(name: str, metric: cloudwatch.IMetric, description: str) -> None:
            created = metric.create_alarm(
                self,
                name,
                threshold=1,
                evaluation_periods=1,
                comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
                alarm_description=description,
            )
            created.add_alarm_action(action)
            alarms.append(created)

        five_minutes = Duration.minutes(5)
        every_function = {
            **{construct_id(p): f for p, f in self.functions.items()},
            "Api": self.api_function,
            "Authorizer": self.authorizer_function,
            "RealtimeStatus": self.status_function,
        }
        for name, function in every_function.items():
            alarm(
                f"{name}Errors", function.metric_errors(period=five_minutes), f"{name}: an invocation failed"
            )
            alarm(f"{name}Throttles", function.metric_throttles(period=five_minutes), f"{name}: throttled")
        for workflow, machine in self.state_machines.items():
            alarm(
                f"{construct_id(workflow.title().replace('_', ''))}FailedExecutions",
                machine.metric_failed(period=five_minutes),
                f"workflow {workflow}: an execution failed",
            )
        alarm(
            "DeadLetters",
            self.dlq.metric_approximate_number_of_messages_visible(period=five_minutes),
            "events no target could take are waiting in the DLQ (agentkit.workflows.events.dead_letters)",
        )
        alarm(
            "RestApi5xx", self.rest_api.metric_server_error(period=five_minutes), "the REST API answered 5xx"
        )

        dashboard = cloudwatch.Dashboard(self, "Dashboard", default_interval=Duration.hours(3))
        dashboard.add_widgets(
            cloudwatch.GraphWidget(
                title="REST API",
                left=[
                    self.rest_api.metric_count(),
                    self.rest_api.metric_client_error(),
                    self.rest_api.metric_server_error(),
                ],
                right=[self.rest_api.metric_latency()],
            ),
            cloudwatch.GraphWidget(
                title="Workflows",
                left=[m.metric_succeeded(label=w) for w, m in self.state_machines.items()],
                right=[m.metric_failed(label=w) for w, m in self.state_machines.items()],
            ),
            cloudwatch.GraphWidget(
                title="Function errors",
                left=[f.metric_errors(label=n) for n, f in every_function.items()],
            ),
            cloudwatch.GraphWidget(
                title="Function duration (p90)",
                left=[f.metric_duration(label=n, statistic="p90") for n, f in every_function.items()],
            ),
        )
        dashboard.add_widgets(cloudwatch.AlarmStatusWidget(title="Alarms", alarms=alarms, width=24))
        self.alarms = alarms

    def _budget(self) -> None:
        """A monthly cost budget on the kit's cost tag: alerts at 80 % actual and 100 % forecast."""
        notify = [
            budgets.CfnBudget.SubscriberProperty(subscription_type="SNS", address=self.alarm_topic.topic_arn)
        ]
        budgets.CfnBudget(
            self,
            "Budget",
            budget=budgets.CfnBudget.BudgetDataProperty(
                budget_type="COST",
                time_unit="MONTHLY",
                budget_limit=budgets.CfnBudget.SpendProperty(
                    amount=self.settings.monthly_budget_usd, unit="USD"
                ),
                cost_filters={"TagKeyValue": [f"user:{naming.COST_TAG_KEY}${naming.COST_TAG_VALUE}"]},
            ),
            notifications_with_subscribers=[
                budgets.CfnBudget.NotificationWithSubscribersProperty(
                    notification=budgets.CfnBudget.NotificationProperty(
                        notification_type=kind, comparison_operator="GREATER_THAN", threshold=threshold
                    ),
                    subscribers=notify,
                )
                for kind, threshold in (("ACTUAL", 80), ("FORECASTED", 100))
            ],
        )

    def _acknowledge(self) -> None:
        """cdk-nag's findings this design accepts, with the reason for each (`ACCEPTED`, `WILDCARDS`).

        Wildcards in IAM policies are found in the policies themselves: each gets the reason of the pattern it
        matches, and one that matches none is not acknowledged — cdk-nag then stops synthesis, naming it."""
        accept = Validations.of(self).acknowledge
        accept(*(Acknowledgment(id=rule, reason=reason) for rule, reason in ACCEPTED.items()))
        for policy in self.node.find_all():
            if not isinstance(policy, iam.Policy):
                continue
            findings: dict[str, str] = {}
            for statement in self.resolve(policy.document.to_json()).get("Statement", []):
                for kind, values in (
                    ("Action", statement.get("Action")),
                    ("Resource", statement.get("Resource")),
                ):
                    for value in values if isinstance(values, list) else [values]:
                        written = finding_form(value)
                        if "*" not in written:
                            continue
                        reason = next((r for pattern, r in WILDCARDS if re.search(pattern, written)), None)
                        if reason:
                            findings[f"AwsSolutions-IAM5[{kind}::{written}]"] = reason
            Validations.of(policy).acknowledge(*(Acknowledgment(id=f, reason=r) for f, r in findings.items()))


ACCEPTED = {
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]": (
        "Each function's role writes its own logs through AWS's basic execution policy (log groups of the "
        "stack, created with their retention); the policy follows Lambda's needs."
    ),
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]": (
        "API Gateway's account-level logging role uses AWS's managed policy, which follows the service's "
        "needs; CDK creates it for the stage's execution logs."
    ),
    "AwsSolutions-L1": (
        "Python 3.12 on purpose: the asset's pinned wheels and bytecode are built for it (infra.packaging), and "
        "a newer runtime is adopted with the pins, not by CDK's latest."
    ),
    "AwsSolutions-COG4": (
        "The REST API is authorized by the kit's Lambda REQUEST authorizer (API keys and JWTs, "
        "agentkit.service.auth), not Cognito: attendees call it with `agentkit keys create` keys."
    ),
    "AwsSolutions-APIG4": (
        "WebSocket message routes ride on a connection that $connect's authorizer admitted; API Gateway runs "
        "authorizers on $connect only."
    ),
    "AwsSolutions-APIG3": (
        "A WAF web ACL is billed monthly plus per request; the workshop API is throttled by its stage and "
        "usage plan. Put a WAFv2 web ACL in front of it for production traffic."
    ),
    "AwsSolutions-APIG1": (
        "The WebSocket stage construct offers no access-log setting; its function logs each connection and "
        "message with correlation ids (powertools Logger). The REST stage has access logs."
    ),
    "AwsSolutions-SMG4": (
        "Third-party providers' API keys are rotated at the provider, which no rotation function can do; the "
        "secret is empty unless modelProvider names such a provider."
    ),
    "AwsSolutions-S1": (
        "The reports bucket holds what the research pipeline writes and is deleted with the stack; access logs "
        "would need a second bucket that outlives it (CloudTrail records its API calls)."
    ),
    "AwsSolutions-SQS3": "The events queue is the dead-letter queue of every rule target; a DLQ needs none.",
}
"""cdk-nag rules this stack does not meet, on purpose."""

WILDCARDS = (
    (
        r"^<\w+\.Arn>:\*$",
        "A function's versions and aliases (`<function ARN>:*`, as CDK's grant_invoke writes it).",
    ),
    (r"^<Reports\w*\.Arn>/\*$", "Objects of this stack's reports bucket; report keys are made per run."),
    (r"^s3:\w+\*$", "S3's read/write action groups on this stack's reports bucket only (grant_read_write)."),
    (r"/index/\*$", "The indexes of this stack's tables (their names are in the table's definition)."),
    (
        r":execution:<\w+\.Name>:\*$",
        "Executions of the task workflow: their names are task ids, made at run time.",
    ),
    (r"/@connections/\*$", "The WebSocket stage's connections: ids are assigned when a client connects."),
    (
        r"^arn:aws:bedrock:\*::foundation-model/",
        "The chosen model in every region its inference profile routes to.",
    ),
    (
        r"^\*$",
        "Actions that take no resource: X-Ray's PutTraceSegments and telemetry, CloudWatch Logs' log "
        "delivery for Step Functions, and the like.",
    ),
)
"""The wildcards this stack's policies may contain, by pattern of cdk-nag's form, each with its reason."""


def _target_input(target: kit_events.Target) -> events.RuleTargetInput | None:
    """The part of the event a target takes (`InputPath`), a constant (`Input`), or the whole event."""
    if target.input_path:
        return events.RuleTargetInput.from_event_path(target.input_path)
    if target.input is not None:
        return events.RuleTargetInput.from_object(dict(target.input))
    return None
