"""What a deployed template costs while nobody uses it: the resources billed by the month, read from the template.

Almost everything the agent system creates is billed per use — Lambda per request and GB-second, API
Gateway per call, Step Functions per state transition, DynamoDB on demand per read and write, EventBridge
per event, SQS and SNS per message — so an idle deployment costs close to nothing. A few resources are billed
by the month whether used or not; `idle_monthly(template)` lists those the template creates, with the list
price, so notebook 10 can say what leaving the stacks up for a month costs before anything is created.

Prices are AWS's public on-demand list prices for us-east-1 (checked 2026-12; other regions differ by a few
percent), kept in `MONTHLY` with the page each comes from. They are an estimate, not a bill: free tiers are
not subtracted (the first 10 alarms and 3 dashboards of an account are free), and Cost Explorer — with the
stacks' cost-allocation tag as a filter — shows what was actually charged, a day later.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MonthlyPrice:
    """The list price of one resource of a type for a month, what it is for, and where it is published."""

    usd: float
    what: str
    source: str


MONTHLY: dict[str, MonthlyPrice] = {
    "AWS::CloudWatch::Alarm": MonthlyPrice(
        0.10, "standard-resolution metric alarm", "https://aws.amazon.com/cloudwatch/pricing/"
    ),
    "AWS::CloudWatch::Dashboard": MonthlyPrice(
        3.00, "dashboard", "https://aws.amazon.com/cloudwatch/pricing/"
    ),
    "AWS::SecretsManager::Secret": MonthlyPrice(
        0.40, "secret stored", "https://aws.amazon.com/secrets-manager/pricing/"
    ),
    "AWS::KMS::Key": MonthlyPrice(1.00, "customer managed key", "https://aws.amazon.com/kms/pricing/"),
    "AWS::EC2::NatGateway": MonthlyPrice(
        32.85, "NAT gateway (730 hours, before data)", "https://aws.amazon.com/vpc/pricing/"
    ),
}


def idle_monthly(template: Mapping[str, Any]) -> Any:
    """The template's resources billed by the month: type, count, unit and total list price (a pandas DataFrame).

    An empty frame means nothing in the template is billed while idle. The total is `frame["usd / month"].sum()`.
    """
    import pandas as pd

    found = template.get("Resources")
    if not isinstance(found, Mapping):
        raise ValueError(
            "not a synthesized template (no `Resources`): pass the JSON `cdk synth` writes, loaded"
        )
    counts = Counter(resource.get("Type", "") for resource in found.values())
    rows = [
        {
            "type": resource_type,
            "what": price.what,
            "count": counts[resource_type],
            "usd each": price.usd,
            "usd / month": round(price.usd * counts[resource_type], 2),
        }
        for resource_type, price in MONTHLY.items()
        if counts[resource_type]
    ]
    return pd.DataFrame(rows, columns=["type", "what", "count", "usd each", "usd / month"])
