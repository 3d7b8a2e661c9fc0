"""How cdk-nag writes a policy value in a finding id, so a stack can acknowledge exactly that finding."""

from __future__ import annotations

import re
from typing import Any


def finding_form(value: Any) -> str:
    """A resolved policy value as cdk-nag names it: `<Logical.Attr>` for a GetAtt, `<Id>` for a Ref.

    In a literal Bedrock ARN a colon before a digit (a model's version, `v1:0`) is written `?`, as cdk-nag
    writes it in the finding's id.
    """
    if isinstance(value, str):
        return re.sub(r":(\d)", r"?\1", value) if value.startswith("arn:aws:bedrock") else value
    parts = value["Fn::Join"][1] if isinstance(value, dict) and "Fn::Join" in value else [value]
    return "".join(
        part
        if isinstance(part, str)
        else f"<{part['Ref']}>"
        if "Ref" in part
        else f"<{'.'.join(part['Fn::GetAtt'])}>"
        for part in parts
    )
