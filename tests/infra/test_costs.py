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


def test_what_was_charged_is_read_per_service_for_the_kits_tag(module_env, data_dir):
    from datetime import date

    import boto3
    import httpx

    from infra.costs import charged

    day = {
        "TimePeriod": {"Start": "2026-12-01", "End": "2026-12-02"},
        "Total": {},
        "Groups": [
            {"Keys": ["AWS Lambda"], "Metrics": {"UnblendedCost": {"Amount": "0.25", "Unit": "USD"}}},
            {"Keys": ["Amazon DynamoDB"], "Metrics": {"UnblendedCost": {"Amount": "0.10", "Unit": "USD"}}},
        ],
        "Estimated": True,
    }
    second = {**day, "TimePeriod": {"Start": "2026-12-02", "End": "2026-12-03"}, "Groups": day["Groups"][:1]}
    queued = httpx.post(
        f"{module_env.aws.url}/moto-api/static/ce/cost-and-usage-results",
        json={"results": [{"ResultsByTime": [day, second]}]},
    )
    assert queued.status_code == 201
    ce = boto3.client("ce", endpoint_url=module_env.aws.url, region_name="us-east-1")
    frame = charged(ce, date(2026, 12, 1), date(2026, 12, 3))
    assert frame.to_dict("records") == [
        {"service": "AWS Lambda", "usd": 0.5},
        {"service": "Amazon DynamoDB", "usd": 0.1},
    ]
