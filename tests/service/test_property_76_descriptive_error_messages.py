"""Property 76: for any failed agent operation, the client gets a descriptive error in the seed's shape.

Each generated request breaks one rule (a field the seed validates, the body's JSON, the caller's identity,
the agent's owner or existence). The answer is a 4xx with `code`, `message`, `details`, `requestId`
(this request's) and `timestamp`; the message names what is wrong and, after a colon, what to do; a
validation error lists the broken field in `details`; and nothing was written.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rest_support import Api, configurations

VALID = {"llmProvider": "openai", "model": "gpt-4o"}


def _broken_configuration(draw: Any) -> tuple[dict[str, Any], str]:
    """A configuration with one rule broken, and the field `details` must name."""
    base = draw(configurations)
    tool = {"name": "t", "description": "d", "parameters": {}, "handler": "h"}
    kind = draw(
        st.sampled_from(["provider", "model", "temperature", "max_tokens", "tool", "unknown", "type"])
    )
    if kind == "provider":
        return {
            **base,
            "llmProvider": draw(
                st.text(max_size=10).filter(lambda p: p not in ("openai", "anthropic", "bedrock"))
            ),
        }, "llmProvider"
    if kind == "model":
        return {**base, "model": draw(st.sampled_from(["", " ", "\t\n"]))}, "model"
    if kind == "temperature":
        hot = draw(
            st.floats(2, 1e6, exclude_min=True)
            | st.floats(max_value=0, exclude_max=True, allow_infinity=False)
        )
        return {**base, "temperature": hot}, "temperature"
    if kind == "max_tokens":
        return {**base, "maxTokens": draw(st.integers(max_value=0))}, "maxTokens"
    if kind == "tool":
        field = draw(st.sampled_from(["name", "description", "handler"]))
        broken = draw(st.sampled_from([{**tool, field: ""}, {k: v for k, v in tool.items() if k != field}]))
        return {**base, "tools": [broken]}, f"tools.0.{field}"
    if kind == "unknown":
        return {**base, "userId": "someone-else"}, "userId"
    return {**base, "tools": draw(st.sampled_from(["calculator", 3, {"name": "t"}]))}, "tools"


@st.composite
def failures(draw: Any) -> tuple[str, str, Any, str | None, int, str | None]:
    """(method, path, body, user, expected status, field named in details) of a request that must fail."""
    kind = draw(
        st.sampled_from(["create", "update", "malformed", "anonymous", "foreign", "missing", "bad_id"])
    )
    if kind in ("create", "update"):
        configuration, field = _broken_configuration(draw)
        if kind == "create":
            return (
                "POST",
                "/agents",
                {"name": "n", "configuration": configuration},
                "ana",
                400,
                f"body.configuration.{field}",
            )
        return (
            "PUT",
            "/agents/{own}",
            {"configuration": configuration},
            "ana",
            400,
            f"body.configuration.{field}",
        )
    if kind == "malformed":
        body = draw(st.sampled_from(['{"name": ', "{'name': 'x'}", "[1, 2", "nul", '{"name": "x",}']))
        return "POST", "/agents", body, "ana", 400, None
    if kind == "anonymous":
        method, path = draw(
            st.sampled_from(
                [
                    ("POST", "/agents"),
                    ("GET", "/agents"),
                    ("GET", "/agents/{own}"),
                    ("DELETE", "/agents/{own}"),
                ]
            )
        )
        return (
            method,
            path,
            {"name": "n", "configuration": VALID} if method == "POST" else None,
            None,
            401,
            None,
        )
    if kind == "foreign":
        method = draw(st.sampled_from(["GET", "PUT", "DELETE"]))
        return method, "/agents/{own}", {"name": "mine now"} if method == "PUT" else None, "bob", 403, None
    if kind == "missing":
        method = draw(st.sampled_from(["GET", "PUT", "DELETE"]))
        return method, "/agents/never-created", {"name": "x"} if method == "PUT" else None, "ana", 404, None
    return "GET", "/agents/has%23hash", None, "ana", 400, "path.agent_id"


@settings(max_examples=100, deadline=None)
@given(failure=failures())
def test_every_failure_is_described(api: Api, failure: tuple) -> None:
    method, path, body, user, status, field = failure
    if "{own}" in path:
        own = api.call("POST", "/agents", body={"name": "own", "configuration": VALID}).body
        path = path.replace("{own}", own["id"])
    before = [api.call("GET", "/agents?limit=100", user=u).body["items"] for u in ("ana", "bob")]

    reply = api.call(method, path, body=body, user=user)

    assert reply.status == status, reply.body
    error = reply.body["error"]
    assert set(error) == {"code", "message", "details", "requestId", "timestamp"}
    assert error["requestId"] == reply.request_id
    datetime.fromisoformat(error["timestamp"])
    problem, _, remedy = error["message"].partition(": ")
    assert error["code"] and problem and len(remedy) > 10, error["message"]
    if field is not None:
        assert field in {d["field"] for d in error["details"]}, error["details"]
        assert field in error["message"]
    after = [api.call("GET", "/agents?limit=100", user=u).body["items"] for u in ("ana", "bob")]
    assert after == before
