"""The local API Gateway (`agentkit.service.asgi`) does what API Gateway does around the functions.

Here the functions are the tests' own (an authorizer that answers what the request asks it to, a
powertools resolver that reports the event it was given, a WebSocket function that records its events),
so each rule of the gateway is seen on its own: authorizer first, 401 on `Unauthorized`, 403 unless the
policy allows the method ARN (an explicit Deny wins), its context into `requestContext.authorizer`, the
proxy response back, 502 for a failed function, static files beside the API; on the WebSocket, the
`$connect` authorizer remembered for every later event and `$disconnect` on close. The service's real
handlers behind a real server are tests/service/test_serve.py's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from starlette.testclient import TestClient, WebSocketDenialResponse

from agentkit.service.asgi import AuthorizerAnswer, Function, Gateway

ARN_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:local/api/"


def authorizer(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Answers as the request's `x-test` header (or `?test=` on a socket) tells it to."""
    wanted = (event.get("headers") or {}).get("x-test") or (event.get("queryStringParameters") or {}).get(
        "test"
    )
    if wanted is None or wanted == "unauthorized":
        raise Exception("Unauthorized")  # what a Lambda authorizer raises for 401, per AWS
    if wanted == "broken":
        return {
            "principalId": "ana",
            "policyDocument": {"Version": "2012-10-17", "Statement": []},
            "context": {"a": {}},
        }
    statements = {
        "allow": [("Allow", ARN_PREFIX + "*")],
        "deny": [("Deny", ARN_PREFIX + "*")],
        "get-only": [("Allow", ARN_PREFIX + "GET/*")],
        "allow-but-deny-echo": [("Allow", ARN_PREFIX + "*"), ("Deny", ARN_PREFIX + "*/echo")],
    }[wanted]
    return {
        "principalId": "ana",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": e, "Action": "execute-api:Invoke", "Resource": r} for e, r in statements
            ],
        },
        "context": {"roles": "user,viewer", "tier": 2},
    }


resolver = APIGatewayRestResolver()


@resolver.route("/echo", method=["GET", "POST"])
def echo() -> dict[str, Any]:
    event = resolver.current_event
    return {
        "path": event.path,
        "query": event.multi_value_query_string_parameters,
        "body": event.body,
        "authorizer": event.raw_event["requestContext"].get("authorizer"),
        "header": event.headers.get("x-custom"),
    }


@resolver.get("/openapi.json")
def document() -> dict[str, Any]:
    return {"openapi": "3.1.0"}


def api(event: dict[str, Any], context: Any) -> dict[str, Any]:
    if event["path"] == "/not-a-proxy-response":
        return {"body": "no status"}
    if event["path"] == "/crash":
        raise ValueError("the function itself failed")
    return resolver.resolve(event, context)


class Recorder:
    """A WebSocket function that keeps every event (and refuses `$connect` when asked to)."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.events.append(event)
        if event["requestContext"]["routeKey"] == "$connect" and event["queryStringParameters"].get("refuse"):
            return {"statusCode": 403, "body": "no"}
        return {"statusCode": 200}


@pytest.fixture
def web(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<h1>agentkit</h1>")
    (tmp_path / "app.js").write_text("console.log('hi')")
    return tmp_path


@pytest.fixture
def sockets() -> Recorder:
    return Recorder()


@pytest.fixture
def client(web: Path, sockets: Recorder) -> TestClient:
    gateway = Gateway(
        api=Function(api, "api"),
        authorizer=Function(authorizer, "authorizer"),
        websocket=Function(sockets, "realtime"),
        web=web,
    )
    return TestClient(gateway.app(), raise_server_exceptions=False)


def error_of(response: Any) -> dict[str, Any]:
    body = response.json()
    assert set(body["error"]) == {"code", "message", "details", "requestId", "timestamp"}
    assert body["error"]["requestId"] == response.headers["x-amzn-requestid"]
    return body["error"]


@pytest.mark.parametrize("header", [None, "unauthorized"])
def test_no_credentials_is_401_in_the_seeds_shape(client: TestClient, header: str | None) -> None:
    response = client.get("/echo", headers={"x-test": header} if header else {})
    assert response.status_code == 401
    assert error_of(response)["code"] == "Unauthorized"


@pytest.mark.parametrize(
    ("answer", "method", "status"),
    [
        ("deny", "GET", 403),
        ("get-only", "POST", 403),
        ("get-only", "GET", 200),
        ("allow-but-deny-echo", "GET", 403),
        ("allow", "POST", 200),
    ],
)
def test_the_policy_decides_on_the_method_arn(
    client: TestClient, answer: str, method: str, status: int
) -> None:
    response = client.request(method, "/echo", headers={"x-test": answer})
    assert response.status_code == status
    if status == 403:
        assert error_of(response)["code"] == "Forbidden"


def test_the_authorizers_answer_reaches_the_function_as_api_gateway_passes_it(client: TestClient) -> None:
    response = client.post(
        "/echo?a=1&a=2&b=%C3%A9", content='{"x": 1}', headers={"x-test": "allow", "x-custom": "kept"}
    )
    assert response.status_code == 200
    seen = response.json()
    assert seen["path"] == "/echo"
    assert seen["query"] == {"a": ["1", "2"], "b": ["é"]}
    assert seen["body"] == '{"x": 1}'
    assert seen["header"] == "kept"
    authorizer = seen["authorizer"]
    assert (authorizer["principalId"], authorizer["roles"], authorizer["tier"]) == ("ana", "user,viewer", 2)
    assert response.headers["x-amzn-requestid"]


def test_a_malformed_authorizer_answer_is_a_500_not_a_pass(client: TestClient) -> None:
    response = client.get("/echo", headers={"x-test": "broken"})
    assert response.status_code == 500
    assert error_of(response)["code"] == "AuthorizerConfigurationError"
    with pytest.raises(ValueError):
        AuthorizerAnswer.model_validate({"principalId": "ana", "policyDocument": {}})


def test_public_routes_skip_the_authorizer(client: TestClient) -> None:
    assert client.get("/openapi.json").json() == {"openapi": "3.1.0"}
    assert client.post("/openapi.json").status_code == 401  # only the listed method is public


@pytest.mark.parametrize("path", ["/crash", "/not-a-proxy-response"])
def test_a_failed_function_is_a_502(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"x-test": "allow"})
    assert response.status_code == 502
    assert error_of(response)["code"] == "BadGateway"


def test_web_files_beside_the_api(client: TestClient) -> None:
    assert client.get("/").text == "<h1>agentkit</h1>"
    assert "console.log" in client.get("/app.js").text
    assert client.get("/nothing-here").status_code == 401  # not a file: the API's, so authorized first


def test_websocket_authorizes_once_and_repeats_the_answer(client: TestClient, sockets: Recorder) -> None:
    signed = {"Authorization": "AWS4-HMAC-SHA256 Credential=testing/..."}
    with client.websocket_connect("/ws?test=allow") as socket:
        socket.send_text('{"action": "ping"}')
        connection = sockets.events[0]["requestContext"]["connectionId"]
        assert (
            client.post(f"/@connections/{connection}", content=b'{"pong": 1}', headers=signed).status_code
            == 200
        )
        assert json.loads(socket.receive_text()) == {
            "pong": 1
        }  # the management API's push; `$default` is one-way
        described = client.get(f"/@connections/{connection}", headers=signed).json()
        assert set(described) == {"connectedAt", "identity", "lastActiveAt"}
    kinds = [e["requestContext"]["routeKey"] for e in sockets.events]
    assert kinds == ["$connect", "$default", "$disconnect"]
    ids = {e["requestContext"]["connectionId"] for e in sockets.events}
    assert len(ids) == 1
    for event in sockets.events:
        assert event["requestContext"]["authorizer"]["principalId"] == "ana"
        assert event["requestContext"]["authorizer"]["roles"] == "user,viewer"
    assert sockets.events[0]["queryStringParameters"]["test"] == "allow"


@pytest.mark.parametrize(("query", "status"), [("", 401), ("?test=deny", 403), ("?test=allow&refuse=1", 403)])
def test_websocket_refusals_are_http_answers_to_the_handshake(
    client: TestClient, sockets: Recorder, query: str, status: int
) -> None:
    with pytest.raises(WebSocketDenialResponse) as refused, client.websocket_connect("/ws" + query):
        pass
    assert refused.value.status_code == status
    assert all(e["requestContext"]["routeKey"] == "$connect" for e in sockets.events)


def test_management_api_needs_a_signature_and_an_open_connection(client: TestClient) -> None:
    assert client.post("/@connections/abc", content="x").status_code == 403
    signed = {"Authorization": "AWS4-HMAC-SHA256 Credential=testing/..."}
    gone = client.post("/@connections/abc", content="x", headers=signed)
    assert (gone.status_code, gone.headers["x-amzn-errortype"]) == (410, "GoneException")
