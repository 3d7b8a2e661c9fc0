"""The WSGI application: Bedrock's REST routes, the Anthropic route and the admin routes.

Routes follow the `requestUri`s of botocore's service models, so clients reach it unmodified with
`endpoint_url` (or `AWS_ENDPOINT_URL_BEDROCK_RUNTIME` / `AWS_ENDPOINT_URL_BEDROCK`):

    POST   /model/{modelId}/converse                        Converse
    POST   /model/{modelId}/converse-stream                 ConverseStream (AWS event stream)
    POST   /model/{modelId}/count-tokens                    CountTokens (the simulator's token count)
    POST   /guardrail/{id}/version/{version}/apply          ApplyGuardrail
    POST   /guardrails                                      CreateGuardrail
    GET    /guardrails                                      ListGuardrails
    GET    /guardrails/{id}                                 GetGuardrail
    POST   /guardrails/{id}                                 CreateGuardrailVersion
    DELETE /guardrails/{id}                                 DeleteGuardrail
    GET    /foundation-models[/{id}]                        ListFoundationModels, GetFoundationModel
    GET    /inference-profiles                              ListInferenceProfiles
    POST   /v1/messages                                     Anthropic Messages API (JSON or SSE)
    GET    /_agentkit/health                                what this endpoint is
    GET|PUT|DELETE /_agentkit/faults                        read, replace, clear the fault configuration
    GET    /_agentkit/why[?toolUseId=…]                     the simulated model's reasons (why_log)

Model ids and guardrail ids arrive percent-encoded and may hold `/` (ARNs), hence `path` segments.
Faults apply to the runtime and Anthropic routes, not to the control plane or the admin routes.
The region (for ARNs) is read from the SigV4 credential scope of the request.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from agentkit.local.bedrock import anthropic_api, foundation_models, protocol
from agentkit.local.bedrock.converse import Runtime
from agentkit.local.bedrock.eventstream import encode_event
from agentkit.local.bedrock.faults import FaultConfig, Faults
from agentkit.local.bedrock.guardrail_store import GuardrailStore
from agentkit.local.bedrock.protocol import BedrockError
from agentkit.local.bedrock.streaming import converse_events
from agentkit.local.simulated import count_input_tokens
from agentkit.local.simulated.text import count_tokens

logger = logging.getLogger(__name__)

DEFAULT_REGION = "us-east-1"
_CREDENTIAL_REGION = re.compile(r"Credential=[^/]+/\d{8}/([a-z0-9-]+)/")

_ROUTES = Map(
    [
        Rule("/model/<path:model_id>/converse", methods=["POST"], endpoint="converse"),
        Rule("/model/<path:model_id>/converse-stream", methods=["POST"], endpoint="converse_stream"),
        Rule("/model/<path:model_id>/count-tokens", methods=["POST"], endpoint="count_tokens"),
        Rule(
            "/guardrail/<path:identifier>/version/<version>/apply",
            methods=["POST"],
            endpoint="apply_guardrail",
        ),
        Rule("/guardrails", methods=["POST"], endpoint="create_guardrail"),
        Rule("/guardrails", methods=["GET"], endpoint="list_guardrails"),
        Rule("/guardrails/<path:identifier>", methods=["GET"], endpoint="get_guardrail"),
        Rule("/guardrails/<path:identifier>", methods=["POST"], endpoint="create_guardrail_version"),
        Rule("/guardrails/<path:identifier>", methods=["DELETE"], endpoint="delete_guardrail"),
        Rule("/foundation-models", methods=["GET"], endpoint="list_foundation_models"),
        Rule("/foundation-models/<path:identifier>", methods=["GET"], endpoint="get_foundation_model"),
        Rule("/inference-profiles", methods=["GET"], endpoint="list_inference_profiles"),
        Rule("/v1/messages", methods=["POST"], endpoint="anthropic_messages"),
        Rule("/_agentkit/health", methods=["GET"], endpoint="health"),
        Rule("/_agentkit/faults", methods=["GET", "PUT", "DELETE"], endpoint="faults"),
        Rule("/_agentkit/why", methods=["GET"], endpoint="why"),
    ],
    strict_slashes=False,
    merge_slashes=False,
)


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        status=status,
        headers={"x-amzn-RequestId": str(uuid.uuid4()), **(headers or {})},
        content_type="application/json",
    )


def _aws_error(error: BedrockError) -> Response:
    return _json(error.body(), error.status, error.headers())


def _body(request: Request) -> dict[str, Any]:
    """The JSON object in the request body (`{}` when empty), or a ValidationException."""
    raw = request.get_data()
    if not raw:
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        raise BedrockError("ValidationException", "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise BedrockError("ValidationException", "The request body must be a JSON object.")
    return body


def _region(request: Request) -> str:
    match = _CREDENTIAL_REGION.search(request.headers.get("Authorization", ""))
    return match.group(1) if match else DEFAULT_REGION


def _page(items: list[dict[str, Any]], request: Request) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One page of a list operation (`maxResults`, `nextToken` = offset), and the next token if any."""
    try:
        start = int(request.args.get("nextToken") or 0)
        size = int(request.args.get("maxResults") or 1000)
    except ValueError:
        raise BedrockError("ValidationException", "The nextToken or maxResults value is invalid.") from None
    end = start + size
    return items[start:end], ({"nextToken": str(end)} if end < len(items) else {})


class BedrockApp:
    """Routes requests to the runtime, the control plane, the Anthropic translation or the admin."""

    def __init__(self, runtime: Runtime, faults: Faults, describe: Callable[[], dict[str, Any]]):
        self.runtime = runtime
        self.faults = faults
        self.guardrails: GuardrailStore = runtime.guardrails
        self._describe = describe

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        try:
            endpoint, arguments = _ROUTES.bind_to_environ(environ).match()
            response = getattr(self, f"_{endpoint}")(request, **arguments)
        except BedrockError as error:
            response = _aws_error(error)
        except HTTPException as error:  # unknown route or method
            code = "UnknownOperationException"
            response = _json({"message": error.description}, error.code or 404, {"x-amzn-ErrorType": code})
        except Exception as error:  # a bug here must still reach the client as AWS would say it
            logger.exception("local Bedrock failed on %s %s", request.method, request.path)
            response = _aws_error(BedrockError("InternalServerException", f"{type(error).__name__}: {error}"))
        return response(environ, start_response)

    # Runtime

    def _converse(self, request: Request, model_id: str) -> Response:
        self.faults.apply(model_id)
        return _json(self.runtime.converse(model_id, _body(request)))

    def _converse_stream(self, request: Request, model_id: str) -> Response:
        self.faults.apply(model_id)
        result = self.runtime.converse(model_id, _body(request), "ConverseStream")
        frames = (encode_event(event, payload) for event, payload in converse_events(result))
        return Response(
            frames,
            headers={"x-amzn-RequestId": str(uuid.uuid4())},
            content_type="application/vnd.amazon.eventstream",
        )

    def _count_tokens(self, request: Request, model_id: str) -> Response:
        """CountTokens, by the simulator's count (CrewAI asks before every call)."""
        body = _body(request).get("input", {})
        if "converse" in body:
            return _json({"inputTokens": count_input_tokens(body["converse"])})
        if "invokeModel" in body:
            return _json(
                {"inputTokens": count_tokens(base64.b64decode(body["invokeModel"].get("body", "")).decode())}
            )
        raise BedrockError("ValidationException", "input must hold either converse or invokeModel.")

    def _apply_guardrail(self, request: Request, identifier: str, version: str) -> Response:
        self.faults.apply(None)
        return _json(self.runtime.apply_guardrail(identifier, version, _body(request)))

    # Control plane

    def _create_guardrail(self, request: Request) -> Response:
        body = _body(request)
        protocol.validate("bedrock", "CreateGuardrail", body)
        guardrail = self.guardrails.create(body, _region(request))
        created = {
            "guardrailId": guardrail.id,
            "guardrailArn": guardrail.arn,
            "version": guardrail.version,
            "createdAt": guardrail.created_at.isoformat(),
        }
        return _json(created, 202)

    def _list_guardrails(self, request: Request) -> Response:
        guardrails = self.guardrails.list(request.args.get("guardrailIdentifier"))
        page, token = _page([g.summary() for g in guardrails], request)
        return _json({"guardrails": page, **token})

    def _get_guardrail(self, request: Request, identifier: str) -> Response:
        return _json(self.guardrails.get(identifier, request.args.get("guardrailVersion", "DRAFT")).details())

    def _create_guardrail_version(self, request: Request, identifier: str) -> Response:
        body = _body(request)
        protocol.validate("bedrock", "CreateGuardrailVersion", {"guardrailIdentifier": identifier, **body})
        version = self.guardrails.create_version(identifier, body.get("description"))
        return _json({"guardrailId": version.id, "version": version.version}, 202)

    def _delete_guardrail(self, request: Request, identifier: str) -> Response:
        self.guardrails.delete(identifier, request.args.get("guardrailVersion"))
        return _json({}, 202)

    def _list_foundation_models(self, request: Request) -> Response:
        return _json(foundation_models.list_foundation_models(_region(request), request.args.to_dict()))

    def _get_foundation_model(self, request: Request, identifier: str) -> Response:
        return _json(foundation_models.get_foundation_model(_region(request), identifier))

    def _list_inference_profiles(self, request: Request) -> Response:
        profiles = foundation_models.inference_profiles(_region(request))
        if request.args.get("type", "SYSTEM_DEFINED") != "SYSTEM_DEFINED":
            profiles = []  # no application inference profiles exist locally
        page, token = _page(profiles, request)
        return _json({"inferenceProfileSummaries": page, **token})

    # Anthropic Messages API

    def _anthropic_messages(self, request: Request) -> Response:
        try:
            messages_request = anthropic_api.read_request(_body(request))
            self.faults.apply(messages_request.model)
            converse = anthropic_api.to_converse(messages_request)
            result = self.runtime.converse(messages_request.model, converse)
        except (BedrockError, anthropic_api.AnthropicRequestError) as error:
            status, body = anthropic_api.error_body(error)
            return Response(json.dumps(body), status=status, content_type="application/json")
        message = anthropic_api.to_message(result, messages_request.model)
        if messages_request.stream:
            return Response(
                anthropic_api.sse_events(message), content_type="text/event-stream; charset=utf-8"
            )
        return Response(json.dumps(message, ensure_ascii=False), content_type="application/json")

    # Admin

    def _health(self, request: Request) -> Response:
        return _json(
            {"status": "ok", **self._describe(), "faults": self.faults.config.model_dump(mode="json")}
        )

    def _why(self, request: Request) -> Response:
        ids = request.args.getlist("toolUseId")
        if ids:
            return _json({"decisions": self.runtime.why.for_calls(ids)})
        return _json({"responses": self.runtime.why.recent()})

    def _faults(self, request: Request) -> Response:
        if request.method == "PUT":
            try:
                self.faults.configure(FaultConfig.model_validate_json(request.get_data() or b"{}"))
            except ValidationError as error:
                raise BedrockError("ValidationException", str(error)) from None
        elif request.method == "DELETE":
            self.faults.configure(FaultConfig())
        return _json(self.faults.config.model_dump(mode="json"))
