"""Property 53: for any request with invalid authentication, on any route, the answer is 401 in the seed's error
shape (code, a message that says what to do, the request's id, a timestamp) and nothing is written."""

from __future__ import annotations

import boto3
from auth_support import Tokens, bearer, key_header, unsigned, users
from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api

from agentkit.service import api_keys

header_text = st.text(
    st.characters(codec="ascii", min_codepoint=33, max_codepoint=126), min_size=1, max_size=80
)
routes = st.sampled_from(
    [
        ("POST", "/agents", {"name": "n", "configuration": {"llmProvider": "openai", "model": "m"}}),
        ("GET", "/agents", None),
        ("GET", "/agents/some-agent", None),
        ("PUT", "/agents/some-agent", {"name": "x"}),
        ("DELETE", "/agents/some-agent", None),
        ("POST", "/agents/some-agent/sessions/s/messages", {"message": "hi"}),
    ]
)


@st.composite
def invalid_credentials(draw: st.DrawFn, tokens: Tokens) -> dict[str, str]:
    sub = draw(users)
    kind = draw(
        st.sampled_from(
            [
                "key",
                "issued-shape key",
                "bearer text",
                "scheme",
                "none",
                "expired",
                "audience",
                "issuer",
                "forged",
            ]
        )
    )
    if kind == "key":
        return key_header(draw(header_text))
    if kind == "issued-shape key":
        return key_header(
            api_keys.PREFIX + draw(st.text("ABCDEFabcdef0123456789-_", min_size=43, max_size=43))
        )
    if kind == "bearer text":
        return bearer(draw(header_text))
    if kind == "scheme":
        return {
            "Authorization": f"{draw(st.sampled_from(['Basic', 'Token', 'Digest', '']))} {draw(header_text)}"
        }
    if kind == "none":
        return bearer(
            unsigned(tokens.claims(sub), draw(st.sampled_from(["none", "None", "NONE", "", "HS512"])))
        )
    claims = {
        "expired": tokens.claims(sub, expires_in=-draw(st.integers(5, 10**6))),
        "audience": tokens.claims(sub, aud=draw(header_text.filter(lambda a: a != "agentkit-api"))),
        "issuer": tokens.claims(sub, iss=draw(header_text)),
        "forged": tokens.claims(sub),
    }[kind]
    return bearer(tokens.sign(claims, draw(st.sampled_from(["HS256", "RS256"])), trusted=kind != "forged"))


def _items(api: Api) -> int:
    return boto3.client("dynamodb").scan(TableName=api.table, Select="COUNT")["Count"]


@settings(max_examples=100, deadline=None)
@given(data=st.data(), route=routes)
def test_invalid_credentials_get_401_in_the_error_shape(
    api: Api, tokens: Tokens, data: st.DataObject, route: tuple
) -> None:
    method, path, body = route
    credentials = data.draw(invalid_credentials(tokens))
    before = _items(api)
    reply = api.call(method, path, body=body, credentials=credentials)
    assert reply.status == 401, (credentials, reply.body)
    error = reply.body["error"]
    assert set(error) == {"code", "message", "details", "requestId", "timestamp"}
    assert error["code"] == "Unauthorized" and error["requestId"] == reply.request_id
    assert ": " in error["message"]  # the problem, then what to do
    assert _items(api) == before
