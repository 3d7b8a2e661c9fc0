"""infra.costs: what a template costs while idle, from the template."""

from __future__ import annotations

import pytest

from infra.costs import MONTHLY, idle_monthly

TEMPLATE = {
    "Resources": {
        "Fn": {"Type": "AWS::Lambda::Function"},
        "Table": {"Type": "AWS::DynamoDB::Table"},
        "Errors": {"Type": "AWS::CloudWatch::Alarm"},
        "Throttles": {"Type": "AWS::CloudWatch::Alarm"},
        "Keys": {"Type": "AWS::SecretsManager::Secret"},
    }
}


def test_idle_cost_counts_only_what_is_billed_by_the_month():
    frame = idle_monthly(TEMPLATE)
    # functions and tables are billed per use; two alarms and a secret by the month
    assert list(frame["type"]) == ["AWS::CloudWatch::Alarm", "AWS::SecretsManager::Secret"]
    assert list(frame["count"]) == [2, 1]
    expected = 2 * MONTHLY["AWS::CloudWatch::Alarm"].usd + MONTHLY["AWS::SecretsManager::Secret"].usd
    assert frame["usd / month"].sum() == pytest.approx(expected)
    assert idle_monthly({"Resources": {"T": {"Type": "AWS::DynamoDB::Table"}}}).empty
