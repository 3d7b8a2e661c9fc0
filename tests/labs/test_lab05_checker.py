"""Lab 05's checker fails the partial solutions a learner is likely to write, each with a hint."""

from __future__ import annotations

import pytest
from sqlglot import exp

from agentkit.labs import LabCheckFailed, check_lab05
from agentkit.sql import UnsafeQuery, default_policy, tables_in

pytestmark = pytest.mark.usefixtures("data_dir")


def private():
    return default_policy().hide("customers", "name")


def _big(select: exp.Select, policy) -> bool:
    return any(t in policy.tables and policy.tables[t].rows > 5000 for t in tables_in(select))


def every_select(tree, policy) -> None:
    for select in tree.find_all(exp.Select):
        if _big(select, policy) and select.args.get("where") is None:
            raise UnsafeQuery("add a WHERE")


def outermost_only(tree, policy) -> None:
    if _big(tree, policy) and tree.args.get("where") is None:
        raise UnsafeQuery("add a WHERE")


def no_advice(tree, policy) -> None:
    for select in tree.find_all(exp.Select):
        if _big(select, policy) and select.args.get("where") is None:
            raise UnsafeQuery("too big")


def todo(*args):
    raise NotImplementedError("TODO")


@pytest.mark.parametrize(
    ("policy", "rule", "says"),
    [
        (todo, todo, "private_policy is implemented"),
        (default_policy, every_select, "customer names cannot be read"),
        (lambda: private().without("products"), every_select, "the other columns and tables still can"),
        (private, todo, "require_filter_on_big_tables is implemented"),
        (private, outermost_only, "accepted: SELECT COUNT(*) AS n FROM (SELECT order_id FROM sales)"),
        (private, no_advice, "your message: 'too big'"),
    ],
)
def test_partial_solutions_fail_with_a_hint(policy, rule, says: str) -> None:
    with pytest.raises(LabCheckFailed) as failed:
        check_lab05(policy, rule)
    assert says in str(failed.value)
