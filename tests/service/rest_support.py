"""What the REST tests share besides fixtures: calling the handler as API Gateway would, and the
strategies that generate agent configurations the seed's rules accept (a module of its own: `conftest`
names clash across test folders)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from agentkit.service import api_events, auth, rest
from agentkit.service.api_events import InvocationContext, rest_event
from agentkit.service.asgi import AuthorizerAnswer
from agentkit.service.errors import error_json


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    request_id: str
    """The id API Gateway gave the request, which an error body must quote."""


@dataclass(frozen=True)
class Api:
    """The REST handler on this module's table and bus, with a queue that receives the agent events."""

    table: str
    bus: str
    queue_url: str
    sqs: Any

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        user: str | None = "ana",
        roles: tuple[str, ...] = ("user",),
        headers: dict[str, str] | None = None,
        credentials: dict[str, str] | None = None,
    ) -> Reply:
        """`user`: the caller an authorizer already vouched for (None: no authorizer ran). With
        `credentials` (headers such as `x-api-key` or `Authorization`) the kit's authorizer decides instead,
        run as API Gateway runs it (`through_authorizer`); `user` is then ignored."""
        event = rest_event(
            method,
            path,
            body=body,
            user=None if credentials is not None else user,
            roles=roles,
            headers={**(headers or {}), **(credentials or {})} or None,
        )
        if credentials is not None and (refused := through_authorizer(event)) is not None:
            return refused
        answer = rest.handler(event, InvocationContext())
        parsed = json.loads(answer["body"]) if answer.get("body") else None
        return Reply(answer["statusCode"], parsed, event["requestContext"]["requestId"])

    def events(self) -> list[dict[str, Any]]:
        """The AgentCreated/AgentDeleted events that arrived since the last call, oldest first."""
        received: list[dict[str, Any]] = []
        while True:
            batch = self.sqs.receive_message(QueueUrl=self.queue_url, MaxNumberOfMessages=10).get(
                "Messages", []
            )
            if not batch:
                return received
            for message in batch:
                received.append(json.loads(message["Body"]))
                self.sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])


def authorizer_request(event: dict[str, Any]) -> dict[str, Any]:
    """The REQUEST authorizer's input for the request of a REST proxy event (`rest_event`): the same
    method, path, query, headers and request id, through `api_events.authorizer_request`."""

    def pairs(values: dict[str, list[str]] | None) -> list[tuple[str, str]]:
        return [(name, value) for name, all_values in (values or {}).items() for value in all_values]

    context = event["requestContext"]
    return api_events.authorizer_request(
        event["httpMethod"],
        event["path"],
        query=pairs(event["multiValueQueryStringParameters"]),
        headers=pairs(event["multiValueHeaders"]),
        request_id=context["requestId"],
        stage=context["stage"],
    )


def through_authorizer(event: dict[str, Any]) -> Reply | None:
    """What API Gateway does before the API's function: run the authorizer, answer 401 if it raises
    `Unauthorized` (here with its reason, in the seed's shape), 403 unless its policy allows the method
    ARN, else put its principalId and context into `requestContext.authorizer` (in place)."""
    request = authorizer_request(event)
    request_id = event["requestContext"]["requestId"]
    try:
        answer = auth.authorizer(request, InvocationContext(function_name="agentkit-authorizer"))
    except auth.Unauthorized as refused:
        body = error_json(request_id, refused.refusal.code, refused.refusal.message)
        return Reply(401, json.loads(body), request_id)
    if not AuthorizerAnswer.model_validate(answer).allows(request["methodArn"]):
        body = error_json(request_id, "Forbidden", "The authorizer's policy does not allow this method.")
        return Reply(403, json.loads(body), request_id)
    event["requestContext"]["authorizer"] = {**answer["context"], "principalId": answer["principalId"]}
    return None


letters = st.characters(codec="utf-8", exclude_categories=("Cs",))
text = st.text(letters, min_size=1, max_size=40)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)
tools = st.fixed_dictionaries(
    {
        "name": text,
        "description": st.text(letters, min_size=1, max_size=200),
        "parameters": st.dictionaries(text, json_values, max_size=3),
        "handler": text,
    }
)
configurations = st.fixed_dictionaries(
    {
        "llmProvider": st.sampled_from(["openai", "anthropic", "bedrock"]),
        "model": text.filter(str.strip),
        "tools": st.lists(tools, max_size=4),
    },
    optional={
        "systemPrompt": st.text(letters, max_size=1000),
        "temperature": st.floats(0, 2, allow_nan=False),
        "maxTokens": st.integers(1, 100_000),
    },
)
names = st.text(letters, min_size=1, max_size=200)


def shown(configuration: dict[str, Any]) -> dict[str, Any]:
    """A configuration as the API returns it: every field present, the absent optional ones null."""
    return {"systemPrompt": None, "temperature": None, "maxTokens": None, **configuration}
