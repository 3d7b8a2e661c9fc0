"""Properties of the AgentCore client's wire pieces (Hypothesis, 100 examples each).

* SSE: `parse_sse(serialize_sse(events)) == events` for any list of valid events — data with line breaks,
  ids, event names, retry delays, any Unicode — however the bytes are cut into chunks on the way (a cut may
  fall inside a UTF-8 character or between `\\r` and `\\n`).
* Session ids: any number of fresh ids are distinct, at least 33 characters, and accepted where AgentCore
  takes them (the client's check and botocore's own validation of `InvokeAgentRuntime`).
"""

from __future__ import annotations

import boto3
import pytest
from botocore.validate import ParamValidator
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.workflows import agentcore
from agentkit.workflows.sse import StreamEvent, parse_sse, serialize_sse

ONE_LINE = st.text(st.characters(blacklist_characters="\r\n\0", blacklist_categories=("Cs",)), max_size=20)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
EVENTS = st.lists(
    st.builds(
        StreamEvent,
        event=ONE_LINE.filter(bool) | st.just("message"),
        data=ANY_TEXT | st.lists(ONE_LINE, max_size=4).map("\n".join),
        id=ONE_LINE,
        retry=st.none() | st.integers(0, 10**6),
    ),
    max_size=8,
)


def chunked(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(body) + 1) for c in cuts})
    return [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=True)]


@settings(max_examples=100, deadline=None)
@given(events=EVENTS, cuts=st.lists(st.integers(0, 10**4), max_size=6))
def test_sse_parse_of_serialize_gives_back_the_events(events: list[StreamEvent], cuts: list[int]) -> None:
    assert list(parse_sse(chunked(serialize_sse(events), cuts))) == events


def test_what_sse_cannot_carry_is_refused_or_normalised() -> None:
    assert StreamEvent(data="a\r\nb\rc").data == "a\nb\nc"
    for bad in ({"id": "1\n2"}, {"event": "a\rb"}, {"id": "x\0"}, {"event": ""}):
        with pytest.raises(ValueError):
            StreamEvent(**bad)


_VALIDATE = ParamValidator()
_INVOKE = boto3.client("bedrock-agentcore", region_name="us-east-1").meta.service_model.operation_model(
    "InvokeAgentRuntime"
)


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_-]{0,40}\Z"),
    count=st.integers(2, 40),
)
def test_session_ids_are_unique_and_long_enough_for_agentcore(prefix: str, count: int) -> None:
    ids = [agentcore.new_session_id(prefix) for _ in range(count)]
    assert len(set(ids)) == count
    for session in ids:
        assert len(session) >= agentcore.SESSION_ID_MIN == 33
        assert agentcore.check_session_id(session) == session
        params = {"agentRuntimeArn": "arn", "payload": b"{}", "runtimeSessionId": session}
        assert not _VALIDATE.validate(params, _INVOKE.input_shape).has_errors()


def test_a_prefix_that_is_not_a_plain_word_is_refused() -> None:
    with pytest.raises(ValueError, match="session id prefix"):
        agentcore.new_session_id("has space")
