"""What a deployed template costs while nobody uses it: the resources billed by the month, read from the template.

Almost everything the agent system creates is billed per use — Lambda per request and GB-second, API
Gateway per call, Step Functions per state transition, DynamoDB on demand per read and write, EventBridge
per event, SQS and SNS per message — so an idle deployment costs close to nothing. A few resources are billed
by the month whether used or not; `idle_monthly(template)` lists those the template creates, with the list
price, so notebook 10 can say what leaving the stacks up for a month costs before anything is created.

Prices are AWS's public on-demand list prices for us-east-1 (checked 2026-12; other regions differ by a few
percent), kept in `MONTHLY` with the page each comes from. They are an estimate, not a bill: free tiers are
not subtracted (the first 10 alarms and 3 dashboards of an account are free), and Cost Explorer — with the
stacks' cost-allocation tag as a filter — shows what was actually charged, a day later: `charged(ce)` reads it
per service (the tag must be activated under Billing → Cost allocation tags; each Cost Explorer request costs
$0.01).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from agentkit import naming
from infra.template_view import resources_of


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

    found = resources_of(template)
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


def charged(ce: Any, since: date, until: date | None = None) -> Any:
    """What Cost Explorer says the kit's tagged resources cost from `since` to `until` (default: today), per
    service (a pandas DataFrame: service, usd). Empty until AWS has billed something with the tag (about a day)."""
    import pandas as pd

    end = until or date.today()
    if end <= since:
        end = since + timedelta(days=1)  # Cost Explorer's End is exclusive and must follow Start
    reply = ce.get_cost_and_usage(
        TimePeriod={"Start": since.isoformat(), "End": end.isoformat()},
        Granularity="DAILY",
        Metrics=["UnblendedCost"],
        Filter={"Tags": {"Key": naming.COST_TAG_KEY, "Values": [naming.COST_TAG_VALUE]}},
        GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}],
    )
    totals: dict[str, float] = {}
    for day in reply.get("ResultsByTime", []):
        for group in day.get("Groups", []):
            service = group["Keys"][0]
            totals[service] = totals.get(service, 0.0) + float(group["Metrics"]["UnblendedCost"]["Amount"])
    rows = [{"service": service, "usd": round(usd, 4)} for service, usd in sorted(totals.items())]
    return pd.DataFrame(rows, columns=["service", "usd"])
