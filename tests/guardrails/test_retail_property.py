"""Property: the workshop's support policy never blocks an ordinary retail question.

Questions are generated from the shop's catalogue (`agentkit.retail`) — products, sizes, colours,
stock, prices, quantities, dates and order numbers in the shapes customers write them (ORD-123456,
#4471902, a bare 10-digit number after "order") — and sent through ApplyGuardrail on the local
endpoint, exactly as `GuardrailHooks` sends a user's message. None may be blocked or masked.
"""

from __future__ import annotations

import boto3
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentkit.guardrails import delete_guardrail, deploy
from agentkit.guardrails.support_policy import support_policy
from agentkit.retail.catalogue import PRODUCTS

PRODUCT_NAMES = [product.name for product in PRODUCTS]
CATEGORIES = sorted({product.category for product in PRODUCTS})

sizes = st.sampled_from(
    ["XS", "S", "M", "L", "XL", "size 9", "size 10.5", "EU 43", "UK 8", "a medium", "kids' 4"]
)
colours = st.sampled_from(["green", "navy", "red", "black", "slate grey", "orange", "sand"])
prices = st.integers(min_value=5, max_value=900).map(lambda dollars: f"${dollars}.{dollars % 100:02d}")
order_numbers = st.one_of(
    st.integers(100_000, 999_999).map(lambda n: f"ORD-{n}"),
    st.integers(1_000_000, 9_999_999).map(lambda n: f"#{n}"),
    st.integers(1_000_000_000, 9_999_999_999).map(lambda n: f"number {n}"),
)
dates = st.builds(
    lambda day, month: f"{month}/{day}/2025", st.integers(1, 28), st.integers(1, 12)
) | st.sampled_from(["last Tuesday", "on the 3rd", "two weeks ago", "yesterday"])

TEMPLATES = [
    "Is the {product} in stock in {size}?",
    "How much is the {product}?",
    "Do you have the {product} in {colour}?",
    "What sizes does the {product} come in?",
    "Where is my order {order}?",
    "Can I change the size on order {order} to {size}?",
    "I ordered {quantity} of the {product} {date}, when will they ship?",
    "Is the {product} still {price}, or has the price gone up?",
    "Does the {product} run true to size, or should I get {size}?",
    "Can I return the {product} if it doesn't fit?",
    "Which {category} should I buy for winter camping?",
    "Would you recommend the {product} or the {other} for a weekend trip?",
    "My order {order} arrived without the {product}, what should I do?",
    "Is the {product} back in stock, and how much does it cost?",
    "Is the {product} worth it at {price}?",
    "Can I rent the {product} instead of buying it?",
    "When will the {product} in {colour} be restocked?",
    "Is it safe to wash the {product} in a machine?",
    "Should I size up in the {product} if I wear thick socks?",
    "What's the best {category} under {price}?",
]


@st.composite
def retail_questions(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    return template.format(
        product=draw(st.sampled_from(PRODUCT_NAMES)),
        other=draw(st.sampled_from(PRODUCT_NAMES)),
        category=draw(st.sampled_from(CATEGORIES)),
        size=draw(sizes),
        colour=draw(colours),
        price=draw(prices),
        order=draw(order_numbers),
        quantity=draw(st.integers(1, 6)),
        date=draw(dates),
    )


@pytest.fixture(scope="module")
def guardrail(module_env):
    created = deploy(support_policy(name="retail-property"))
    yield created
    delete_guardrail(created)


@pytest.fixture(scope="module")
def runtime(module_env):
    return boto3.client("bedrock-runtime")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=retail_questions())
def test_benign_retail_questions_are_never_blocked(guardrail, runtime, question):
    response = guardrail.apply(question, client=runtime)
    assert response["action"] == "NONE", (question, response.get("actionReason"))
