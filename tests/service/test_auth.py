"""The authorizer and what it lets through: API keys (hashed, revocable), JWTs refused in every way the issue
names, credentials on the WebSocket's `$connect`, roles that may not write, and cross-user access on every
agents route — each request through the authorizer as API Gateway runs it."""

from __future__ import annotations

import boto3
import pytest
from auth_support import AUDIENCE, Tokens, bearer, key_header, unsigned
from rest_support import Api, authorizer_request

from agentkit import cli
from agentkit.memory import tables
from agentkit.service import api_keys, auth, identity
from agentkit.service.api_events import InvocationContext, rest_event
from agentkit.service.errors import ServiceError

CONFIG = {"llmProvider": "openai", "model": "gpt-4o"}


def _refused(reply, words: str) -> None:
    """401 in the seed's error shape, quoting the request's id, with a message that says what to do."""
    assert reply.status == 401, reply.body
    error = reply.body["error"]
    assert error["code"] == "Unauthorized" and error["requestId"] == reply.request_id and error["timestamp"]
    assert words in error["message"] and ":" in error["message"], error["message"]


# --------------------------------------------------------------------------- API keys


def test_a_key_is_stored_only_as_its_hash(api: Api) -> None:
    key = auth.issue_api_key("ana", ["user", "viewer"])
    item = (
        boto3.resource("dynamodb")
        .Table(api.table)
        .get_item(Key=tables.api_key_key(api_keys.digest(key)))["Item"]
    )
    assert item["user_id"] == "ana" and item["roles"] == ["user", "viewer"]
    assert all(key not in str(value) for value in item.values())
    assert api.call("GET", "/agents", credentials=key_header(key)).status == 200


def test_a_revoked_key_is_refused(api: Api) -> None:
    key = auth.issue_api_key("ana", ["user"])
    assert api.call("GET", "/agents", credentials=key_header(key)).status == 200
    auth.revoke_api_key(key)
    _refused(api.call("GET", "/agents", credentials=key_header(key)), "revoked")
    auth.revoke_api_key(key)  # revoking again changes nothing
    with pytest.raises(ServiceError) as unknown:
        auth.revoke_api_key(api_keys.PREFIX + "x" * 43)
    assert unknown.value.status == 404


@pytest.mark.parametrize(
    ("user", "roles", "problem"),
    [("ana", ["admin"], "unknown role 'admin'"), ("ana", [], "roles"), ("has space", ["user"], "user_id")],
)
def test_a_key_for_an_unknown_role_or_bad_id_is_not_issued(
    api: Api, user: str, roles: list, problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        auth.issue_api_key(user, roles)


def test_an_unknown_or_malformed_key_is_401(api: Api) -> None:
    _refused(api.call("GET", "/agents", credentials=key_header(api_keys.PREFIX + "A" * 43)), "not known")
    _refused(api.call("GET", "/agents", credentials=key_header("hunter2")), "not one this API issues")


def test_no_credentials_and_both_credentials_are_401(api: Api, tokens: Tokens) -> None:
    _refused(api.call("GET", "/agents", credentials={}), "x-api-key")
    both = {**key_header(auth.issue_api_key("ana")), **bearer(tokens.token("ana"))}
    _refused(api.call("GET", "/agents", credentials=both), "only one")
    _refused(api.call("GET", "/agents", credentials={"Authorization": "Basic YW5hOnB3"}), "Bearer <token>")


def test_rest_refuses_credentials_in_the_url(api: Api) -> None:
    key = auth.issue_api_key("ana")
    _refused(api.call("GET", f"/agents?apiKey={key}", credentials={}), "x-api-key header")


def test_the_websocket_connect_takes_them_from_the_query_string(api: Api, tokens: Tokens) -> None:
    arn = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/$connect"
    for query in (
        {"apiKey": auth.issue_api_key("ws-user", ["viewer"])},
        {"token": tokens.token("ws-user", ["viewer"])},
    ):
        answer = auth.authorizer(
            {
                "type": "REQUEST",
                "methodArn": arn,
                "headers": {"Upgrade": "websocket"},
                "queryStringParameters": query,
            },
            InvocationContext(),
        )
        assert answer["principalId"] == "ws-user" and answer["context"] == {"roles": "viewer"}
        assert (
            answer["policyDocument"]["Statement"][0]["Resource"]
            == "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/*"
        )
        event = {
            "requestContext": {
                "routeKey": "$default",
                "authorizer": {"principalId": "ws-user", **answer["context"]},
            }
        }
        assert identity.from_event(event) == identity.Identity("ws-user", ("viewer",))
    with pytest.raises(auth.Unauthorized, match="^Unauthorized$"):
        auth.authorizer(
            {"type": "REQUEST", "methodArn": arn, "queryStringParameters": {"apiKey": "nope"}}, None
        )


# --------------------------------------------------------------------------- JWT


def test_a_valid_token_is_accepted_with_either_algorithm(api: Api, tokens: Tokens) -> None:
    for algorithm in ("HS256", "RS256"):
        token = tokens.token("jo", ["viewer", "some-other-group"], algorithm)
        assert auth.verify_jwt(token) == identity.Identity("jo", ("viewer",))
        assert api.call("GET", "/agents", credentials=bearer(token)).status == 200


@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE"])
def test_alg_none_is_refused(api: Api, tokens: Tokens, alg: str) -> None:
    _refused(
        api.call("GET", "/agents", credentials=bearer(unsigned(tokens.claims("ana"), alg))), "not accepted"
    )


def test_an_expired_token_is_refused(api: Api, tokens: Tokens) -> None:
    _refused(api.call("GET", "/agents", credentials=bearer(tokens.token("ana", expires_in=-1))), "expired")


@pytest.mark.parametrize("algorithm", ["HS256", "RS256"])
def test_a_wrong_signature_is_refused(api: Api, tokens: Tokens, algorithm: str) -> None:
    forged = tokens.sign(tokens.claims("ana"), algorithm, trusted=False)
    _refused(api.call("GET", "/agents", credentials=bearer(forged)), "signature does not verify")


def test_a_tampered_payload_is_refused(api: Api, tokens: Tokens) -> None:
    head, _, signature = tokens.token("bob").split(".")
    other_body = unsigned(tokens.claims("ana")).split(".")[1]
    _refused(api.call("GET", "/agents", credentials=bearer(f"{head}.{other_body}.{signature}")), "signature")


def test_the_wrong_audience_or_issuer_is_refused(api: Api, tokens: Tokens) -> None:
    _refused(api.call("GET", "/agents", credentials=bearer(tokens.token("ana", aud="another-api"))), AUDIENCE)
    _refused(
        api.call("GET", "/agents", credentials=bearer(tokens.token("ana", iss="https://evil.test"))),
        "issued by someone else",
    )


@pytest.mark.parametrize("claim", ["exp", "iss", "aud", "sub"])
def test_a_token_without_a_required_claim_is_refused(api: Api, tokens: Tokens, claim: str) -> None:
    token = tokens.sign({k: v for k, v in tokens.claims("ana").items() if k != claim})
    _refused(api.call("GET", "/agents", credentials=bearer(token)), repr(claim))


def test_algorithm_confusion_is_refused(api: Api, tokens: Tokens, monkeypatch: pytest.MonkeyPatch) -> None:
    forged = tokens.confused(tokens.claims("ana"))
    _refused(api.call("GET", "/agents", credentials=bearer(forged)), "signature does not verify")
    monkeypatch.delenv("AGENTKIT_JWT_SECRET")  # only the RS256 key configured: HS256 is not even considered
    _refused(api.call("GET", "/agents", credentials=bearer(forged)), "'HS256' are not accepted")


def test_without_jwt_settings_bearer_tokens_are_refused_and_misconfiguration_is_named(
    api: Api, tokens: Tokens, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = tokens.token("ana")
    monkeypatch.delenv("AGENTKIT_JWT_ISSUER")
    with pytest.raises(ServiceError, match="AGENTKIT_JWT_ISSUER") as misconfigured:
        auth.verify_jwt(token)
    assert misconfigured.value.status == 500
    monkeypatch.setenv("AGENTKIT_JWT_SECRET", "short")
    with pytest.raises(ServiceError, match="at least 32"):
        auth.verify_jwt(token)
    for name in ("AGENTKIT_JWT_SECRET", "AGENTKIT_JWT_PUBLIC_KEY"):
        monkeypatch.delenv(name)
    _refused(api.call("GET", "/agents", credentials=bearer(token)), "x-api-key")


# --------------------------------------------------------------------------- roles and ownership


def test_a_viewer_reads_but_cannot_create_change_or_delete(api: Api) -> None:
    owner, viewer = auth.issue_api_key("vi", ["user"]), auth.issue_api_key("vi", ["viewer"])
    agent = api.call(
        "POST", "/agents", body={"name": "a", "configuration": CONFIG}, credentials=key_header(owner)
    ).body
    assert api.call("GET", f"/agents/{agent['id']}", credentials=key_header(viewer)).body == agent
    for method, path, body in [
        ("POST", "/agents", {"name": "b", "configuration": CONFIG}),
        ("PUT", f"/agents/{agent['id']}", {"name": "renamed"}),
        ("DELETE", f"/agents/{agent['id']}", None),
    ]:
        reply = api.call(method, path, body=body, credentials=key_header(viewer))
        assert reply.status == 403 and reply.body["error"]["code"] == "Forbidden", (method, reply.body)
        assert "'agents:write'" in reply.body["error"]["message"]
    assert api.call("GET", "/agents?limit=100", credentials=key_header(owner)).body["items"] == [agent]


def test_cross_user_access_on_every_agents_route_is_403_and_changes_nothing(api: Api, tokens: Tokens) -> None:
    ana = key_header(auth.issue_api_key("cross-ana", ["user"]))
    bob = bearer(tokens.token("cross-bob", ["user"]))
    agent = api.call("POST", "/agents", body={"name": "mine", "configuration": CONFIG}, credentials=ana).body
    api.events()
    for method, path, body in [
        ("GET", f"/agents/{agent['id']}", None),
        ("PUT", f"/agents/{agent['id']}", {"name": "taken"}),
        ("DELETE", f"/agents/{agent['id']}", None),
        ("POST", f"/agents/{agent['id']}/sessions/s1/messages", {"message": "hello"}),
    ]:
        reply = api.call(method, path, body=body, credentials=bob)
        assert reply.status == 403 and reply.body["error"]["code"] == "Forbidden", (method, path, reply.body)
        assert api.call("GET", f"/agents/{agent['id']}", credentials=ana).body == agent
    assert api.call("GET", "/agents?limit=100", credentials=bob).body["items"] == []
    assert api.events() == []


def test_the_authorizer_answer_is_what_api_gateway_accepts(api: Api) -> None:
    key = auth.issue_api_key("shape", ["operator", "viewer"])
    request = authorizer_request(rest_event("GET", "/agents", headers=key_header(key)))
    answer = auth.authorizer(request, InvocationContext())
    assert set(answer) == {"principalId", "policyDocument", "context"}
    assert answer["principalId"] == "shape" and answer["context"] == {"roles": "operator,viewer"}
    assert answer["policyDocument"] == {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Action": "execute-api:Invoke",
                "Effect": "Allow",
                "Resource": "arn:aws:execute-api:us-east-1:123456789012:local/api/*",
            }
        ],
    }


def test_the_cli_issues_a_key_once_and_revokes_it(api: Api, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["keys", "create", "--user", "cli-user", "--role", "viewer", "--role", "operator"]) == 0
    printed = capsys.readouterr()
    key = printed.out.strip()
    assert "shown only once" in printed.err and key not in printed.err
    assert auth.authenticate({"x-api-key": key}) == identity.Identity("cli-user", ("viewer", "operator"))
    assert cli.main(["keys", "revoke", key]) == 0
    _refused(api.call("GET", "/agents", credentials=key_header(key)), "revoked")
    assert cli.main(["keys", "create", "--user", "cli-user", "--role", "root"]) == 1
    assert "unknown role 'root'" in capsys.readouterr().err
