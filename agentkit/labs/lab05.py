"""Lab 05 · tighten the SQL policy: hide a column, and a rule that big tables are read with a WHERE.

The checker runs queries of its own through `check_query` with the learner's policy and rule: a fixed set the
lab never shows (subqueries, joins, CTEs) and, on every run, queries generated at random in the same shapes and
others (an IN subquery, filtered CTEs, name in a WHERE or ORDER BY), with columns and conditions drawn afresh —
so a rule or policy fitted to particular query texts fails.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from agentkit.labs.report import LabReport, model_id

HIDDEN = "SELECT name FROM customers"
VISIBLE = "SELECT customer_id, region_id FROM customers"
# (query, should the rule refuse it?) — the rule: a SELECT reading a table of more than 5,000 rows needs a WHERE.
FILTER_CASES = [
    ("SELECT order_id FROM sales", True),
    ("SELECT COUNT(*) AS n FROM (SELECT order_id FROM sales)", True),
    ("SELECT c.customer_id FROM customers c JOIN sales s ON s.customer_id = c.customer_id", True),
    ("WITH s AS (SELECT * FROM sales) SELECT COUNT(*) AS n FROM s WHERE s.region = 'north'", True),
    ("SELECT order_id FROM sales WHERE region = 'north'", False),
    ("SELECT category, COUNT(*) AS n FROM products GROUP BY category", False),
    ("SELECT customer_id FROM customers", False),
    (
        "SELECT region, SUM(revenue) AS revenue FROM sales WHERE order_date >= '2025-01-01' GROUP BY region",
        False,
    ),
]


SALES_COLUMNS = ["order_id", "order_date", "customer_id", "product_id", "region", "quantity", "revenue"]
SALES_FILTERS = [
    "region = '{region}'",
    "order_date >= '{year}-01-01'",
    "quantity > {n}",
    "revenue BETWEEN {n} AND {m}",
    "customer_id = {n}",
]
SMALL_TABLES = {
    "products": ["product_id", "category", "unit_price", "name"],
    "customers": ["customer_id", "region_id", "joined_on"],
    "regions": ["region_id", "name"],
}
REGIONS = ["north", "south", "east", "west"]


def generated_filter_cases(rng: random.Random) -> list[tuple[str, bool]]:
    """Fresh (query, should the rule refuse it?) pairs: unfiltered reads of sales in several shapes, filtered
    ones, and reads of small tables."""
    columns = ", ".join(rng.sample(SALES_COLUMNS, k=rng.randint(1, 3)))
    column = rng.choice(SALES_COLUMNS)
    where = rng.choice(SALES_FILTERS).format(
        region=rng.choice(REGIONS), year=rng.randint(2020, 2025), n=rng.randint(1, 50), m=rng.randint(60, 900)
    )
    product = rng.choice(["category", "name", "unit_price"])
    small = rng.choice(list(SMALL_TABLES))
    small_columns = ", ".join(rng.sample(SMALL_TABLES[small], k=2))
    return [
        (f"SELECT {columns} FROM sales ORDER BY {column}", True),
        (
            f"SELECT MAX({column}) AS top FROM (SELECT {column} FROM sales) AS t WHERE t.{column} IS NOT NULL",
            True,
        ),
        (
            f"SELECT p.{product} FROM products p JOIN sales s ON s.product_id = p.product_id GROUP BY p.{product}",
            True,
        ),
        (
            f"WITH recent AS (SELECT {column} FROM sales) SELECT COUNT(*) AS n FROM recent WHERE {column} IS NOT NULL",
            True,
        ),
        (f"SELECT {product} FROM products WHERE product_id IN (SELECT product_id FROM sales)", True),
        (f"SELECT {columns} FROM sales WHERE {where}", False),
        (
            f"WITH picked AS (SELECT {columns} FROM sales WHERE {where}) SELECT COUNT(*) AS n FROM picked",
            False,
        ),
        (
            f"SELECT c.region_id, s.{column} FROM customers c JOIN sales s ON s.customer_id = c.customer_id "
            f"WHERE s.{where}",
            False,
        ),
        (f"SELECT {small_columns} FROM {small}", False),
    ]


def hidden_name_queries(rng: random.Random) -> list[str]:
    """Fresh queries that read, filter or sort by customers.name."""
    letter = rng.choice("ABCDEFGHJKLMNPRSTW")
    column = rng.choice(["customer_id", "region_id", "joined_on"])
    return [
        f"SELECT c.name, c.{column} FROM customers AS c",
        f"SELECT {column} FROM customers WHERE name LIKE '{letter}%'",
        f"SELECT {column} FROM customers ORDER BY name",
        "SELECT * FROM customers",
    ]


def check_lab05(
    private_policy: Callable[[], Any],
    require_filter_on_big_tables: Callable[..., None],
    *,
    seed: int | None = None,
) -> LabReport:
    """`private_policy()` hides customers.name; `require_filter_on_big_tables(tree, policy)` is a policy rule.
    `seed` fixes the random draws (tests); left out, every run draws new queries."""
    rng = random.Random(seed)
    from agentkit.sql import SqlPolicy, default_policy

    report = LabReport("Lab 05 · tighten the SQL policy")

    def check(name: str, passed: bool, hint: str) -> bool:
        return report.add(name, passed, "" if passed else hint)

    try:
        policy = private_policy()
    except NotImplementedError:
        check("private_policy is implemented", False, "replace the TODO: return default_policy().hide(...)")
        policy = None
    if policy is not None and check(
        "private_policy returns an SqlPolicy",
        isinstance(policy, SqlPolicy),
        f"got {type(policy).__name__}; start from default_policy() and return its changed copy",
    ):
        accepted = [sql for sql in [HIDDEN, *hidden_name_queries(rng)] if _refusal(sql, policy) is None]
        check(
            "customer names cannot be read",
            not accepted,
            f"accepted {accepted}; hide the name column of customers",
        )
        check(
            "the other columns and tables still can",
            _refusal(VISIBLE, policy) is None and _refusal("SELECT name FROM products", policy) is None,
            "hide only customers.name: customer_id, region_id, joined_on and the other tables stay queryable",
        )

    ruled = default_policy().with_rules(require_filter_on_big_tables)
    wrong, messages = [], []
    try:
        for sql, should_refuse in [*FILTER_CASES, *generated_filter_cases(rng)]:
            message = _refusal(sql, ruled)
            if (message is not None) != should_refuse:
                wrong.append(f"{'accepted' if should_refuse else 'refused'}: {sql}")
            elif message is not None:
                messages.append(message)
    except NotImplementedError:
        check(
            "require_filter_on_big_tables is implemented",
            False,
            "replace the TODO: raise UnsafeQuery or return",
        )
        return report.raise_for_failures()
    check(
        "a SELECT that reads a table of over 5,000 rows needs a WHERE (in subqueries and CTEs too)",
        not wrong,
        "; ".join(wrong[:3]) + " — look at every SELECT in the tree, and the rows of each table it reads",
    )
    check(
        "the refusal says what to do instead",
        bool(messages) and all("WHERE" in m for m in messages),
        f"your message: {messages[0]!r}; suggest a WHERE"
        if messages
        else "raise UnsafeQuery, mentioning WHERE",
    )
    check(
        "the built-in rules still apply",
        _refusal("DROP TABLE sales", ruled) is not None,
        "raise UnsafeQuery only for your rule; do not catch the check's own",
    )
    if report.passed and policy is not None:
        _check_agent(report, policy.with_rules(require_filter_on_big_tables))
    return report.raise_for_failures()


def _refusal(sql: str, policy: Any) -> str | None:
    """The check's reason for refusing `sql` under `policy`, or None when it is accepted."""
    from agentkit.sql import UnsafeQuery, check_query

    try:
        check_query(sql, policy)
    except UnsafeQuery as refused:
        return str(refused)
    return None


def _check_agent(report: LabReport, policy: Any) -> None:
    """An agent on the tightened policy: a filtered question is answered, an unfiltered one refused."""
    from strands import Agent
    from strands.models import BedrockModel

    from agentkit.sql import sql_tools
    from agentkit.tools import Ledger, invocation_context

    run_query = sql_tools(policy)[2]
    agent = Agent(
        model=BedrockModel(model_id=model_id()), tools=[run_query.as_strands()], callback_handler=None
    )
    ledger = Ledger()
    with invocation_context(agent_id="lab05", ledger=ledger):
        agent("What is the revenue per region in 2024?")
        agent.messages.clear()
        answer = str(agent("What is the total revenue by region?"))
    statuses = [call.status for call in ledger]
    passed = statuses == ["success", "error"] and "WHERE" in answer
    report.add(
        "an agent on your policy answers a filtered question and gets the reason for an unfiltered one",
        passed,
        ""
        if passed
        else f"tool call statuses {statuses} (expected success, error), answer {answer.strip()[:160]!r}",
    )
