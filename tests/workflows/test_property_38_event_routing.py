"""Property 38: an event published to EventBridge reaches every rule whose pattern matches it, and no other.

Three rules on a bus of their own, each with an SQS queue as target, get generated event patterns; one
generated event is published, and the queues that received it must be exactly the rules that `matches`
says match. `matches` is an oracle written here from AWS's documented content-filtering rules
(exact values of the same JSON type, `prefix`, `suffix`, `equals-ignore-case`, `anything-but`,
`exists`, `numeric`, fields ANDed, a field's filters ORed), not moto's matcher, so a disagreement between
moto and AWS fails this test. (Moto's `TestEventPattern`, the API to ask, is not implemented.)
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

BUS = "property-38"
RULES = 3
_MISSING = object()

strings = st.sampled_from(["red", "Red", "green", "re", "app.orders", "app.users", ""])
numbers = st.integers(min_value=-2, max_value=3)
# Each field has one type besides strings and null, as in a real schema: moto treats JSON true/false as
# 1/0 (a numeric filter matches `true`, `[0]` matches `false`), which AWS does not; see
# test_local_seams.py::test_moto_matches_json_booleans_as_numbers.
a_values = st.one_of(strings, numbers, st.none())
b_values = st.one_of(strings, st.booleans(), st.none())
x_values = st.one_of(strings, st.none())

events = st.fixed_dictionaries(
    {
        "source": st.sampled_from(["app.orders", "app.users", "billing"]),
        "detail-type": st.sampled_from(["Created", "Deleted", "created"]),
        "detail": st.fixed_dictionaries(
            {}, optional={"a": a_values, "b": b_values, "n": st.fixed_dictionaries({"x": x_values})}
        ),
    }
)

words = st.sampled_from(["r", "re", "gr", "app.", "RED", "ed", "s"])
text_filters = st.one_of(
    st.builds(lambda w: {"prefix": w}, words),
    st.builds(lambda w: {"suffix": w}, words),
    st.builds(lambda w: {"equals-ignore-case": w}, st.sampled_from(["red", "CREATED", "App.Users"])),
    st.builds(lambda v: {"anything-but": v}, st.lists(strings, min_size=1, max_size=2)),
    st.builds(lambda b: {"exists": b}, st.booleans()),
)
number_filters = st.one_of(
    st.builds(lambda v: {"anything-but": v}, st.lists(numbers, min_size=1, max_size=2)),
    st.builds(lambda op, n: {"numeric": [op, n]}, st.sampled_from(["<", "<=", "=", ">=", ">"]), numbers),
)


def filters_of(values: st.SearchStrategy[Any], *more: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(st.one_of(values, text_filters, *more), min_size=1, max_size=3)


patterns = st.fixed_dictionaries(
    {},
    optional={
        "source": filters_of(strings),
        "detail-type": filters_of(strings),
        "detail": st.fixed_dictionaries(
            {},
            optional={
                "a": filters_of(a_values, number_filters),
                "b": filters_of(b_values),
                "n": st.fixed_dictionaries({"x": filters_of(x_values)}),
            },
        ),
    },
).filter(lambda p: p and p.get("detail", True))  # AWS refuses an empty pattern or object


# --------------------------------------------------------------------------- the oracle (AWS's rules)


def _same(value: Any, wanted: Any) -> bool:
    """JSON equality: `true` is not `1`, as it is in Python."""
    return type(value) is type(wanted) and value == wanted


_COMPARE = {"<": operator.lt, "<=": operator.le, "=": operator.eq, ">=": operator.ge, ">": operator.gt}


def _filter_matches(value: Any, f: Any) -> bool:
    if not isinstance(f, dict):
        return value is not _MISSING and _same(value, f)
    [(name, arg)] = f.items()
    if name == "exists":
        return (value is not _MISSING) == arg
    if value is _MISSING:
        return False
    is_text = isinstance(value, str)
    if name == "prefix":
        return is_text and value.startswith(arg)
    if name == "suffix":
        return is_text and value.endswith(arg)
    if name == "equals-ignore-case":
        return is_text and value.lower() == arg.lower()
    if name == "anything-but":
        return not any(_same(value, a) for a in arg)
    if name == "numeric":
        number = isinstance(value, int) and not isinstance(value, bool)
        return number and _COMPARE[arg[0]](value, arg[1])
    raise AssertionError(f"the generator made a filter the oracle does not know: {f}")


def matches(pattern: dict[str, Any], event: Any) -> bool:
    for key, wanted in pattern.items():
        value = event.get(key, _MISSING) if isinstance(event, dict) else _MISSING
        if isinstance(wanted, dict):
            if not matches(wanted, value if isinstance(value, dict) else {}):
                return False
        elif not any(_filter_matches(value, f) for f in wanted):
            return False
    return True


def test_the_oracle_follows_the_documented_examples() -> None:
    event = {"source": "aws.ec2", "detail": {"state": "running", "count": 5, "flag": True}}
    assert matches({"source": ["aws.ec2"], "detail": {"state": ["running", "pending"]}}, event)
    assert not matches({"detail": {"flag": [1]}}, event)  # a boolean is not a number
    assert matches({"detail": {"missing": [{"exists": False}], "count": [{"numeric": [">", 0]}]}}, event)
    assert not matches({"detail": {"missing": [{"anything-but": ["x"]}]}}, event)  # needs the field


# --------------------------------------------------------------------------- the property


@pytest.fixture(scope="module")
def rules(client: Callable[..., Any]) -> tuple[Any, Any, list[str]]:
    """Rules r0..r2 on the bus, rule n → queue n; the test rewrites their patterns for each example."""
    bridge, sqs = client("events"), client("sqs")
    bridge.create_event_bus(Name=BUS)
    urls = []
    for n in range(RULES):
        url = sqs.create_queue(QueueName=f"{BUS}-{n}")["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        bridge.put_rule(Name=f"r{n}", EventBusName=BUS, EventPattern='{"source": ["none"]}')
        bridge.put_targets(Rule=f"r{n}", EventBusName=BUS, Targets=[{"Id": "q", "Arn": arn}])
        urls.append(url)
    return bridge, sqs, urls


@settings(max_examples=100, deadline=None)
@given(rule_patterns=st.lists(patterns, min_size=RULES, max_size=RULES), event=events)
def test_property_38_an_event_reaches_exactly_the_rules_that_match_it(
    rules: tuple[Any, Any, list[str]], rule_patterns: list[dict[str, Any]], event: dict[str, Any]
) -> None:
    bridge, sqs, urls = rules
    for n, pattern in enumerate(rule_patterns):
        bridge.put_rule(Name=f"r{n}", EventBusName=BUS, EventPattern=json.dumps(pattern))
    entry = {k: event[k] for k in ("source", "detail-type")}
    answer = bridge.put_events(
        Entries=[
            {
                "EventBusName": BUS,
                "Source": entry["source"],
                "DetailType": entry["detail-type"],
                "Detail": json.dumps(event["detail"]),
            }
        ]
    )
    event_id = answer["Entries"][0]["EventId"]
    reached = set()
    for n, url in enumerate(urls):
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        for message in messages:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        assert [json.loads(m["Body"])["id"] for m in messages] in ([], [event_id])
        if messages:
            reached.add(n)
    expected = {n for n, pattern in enumerate(rule_patterns) if matches(pattern, event)}
    assert reached == expected, f"patterns {rule_patterns}"
