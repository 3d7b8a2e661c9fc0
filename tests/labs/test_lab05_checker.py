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


def skips_in_subqueries(tree, policy) -> None:
    """Right for every shape the fixed cases use, but blind to a subquery inside IN (...)."""
    for select in tree.find_all(exp.Select):
        if (
            isinstance(select.parent, exp.In)
            or isinstance(select.parent, exp.Subquery)
            and isinstance(select.parent.parent, exp.In)
        ):
            continue
        if _big(select, policy) and select.args.get("where") is None:
            raise UnsafeQuery("add a WHERE")


def shown_texts_refused():
    """Refuses the lab's own example texts instead of hiding the column."""

    def rule(tree, policy) -> None:
        if tree.sql() in {"SELECT name FROM customers", "SELECT * FROM customers"}:
            raise UnsafeQuery("customer names are private")

    return default_policy().with_rules(rule)


@pytest.mark.parametrize("seed", [1, 2])
def test_fitted_solutions_fail_on_the_generated_queries(seed: int) -> None:
    with pytest.raises(LabCheckFailed, match=r"accepted: SELECT \w+ FROM products WHERE product_id IN"):
        check_lab05(private, skips_in_subqueries, seed=seed)
    with pytest.raises(LabCheckFailed, match="customer names cannot be read: accepted"):
        check_lab05(shown_texts_refused, every_select, seed=seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_solution_passes(connected, seed: int) -> None:
    assert check_lab05(private, every_select, seed=seed).passed
