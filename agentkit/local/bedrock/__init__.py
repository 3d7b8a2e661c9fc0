"""A local server that speaks the Bedrock Runtime wire protocol, backed by the simulated model.

Typical use::

    with LocalBedrock() as bedrock:
        client = boto3.client("bedrock-runtime", endpoint_url=bedrock.url, region_name="us-east-1")
"""

from agentkit.local.bedrock.admin import AdminClient
from agentkit.local.bedrock.faults import FaultConfig, ModelError
from agentkit.local.bedrock.passthrough import PassthroughConfig, PassthroughModel
from agentkit.local.bedrock.server import LocalBedrock

__all__ = [
    "AdminClient",
    "FaultConfig",
    "LocalBedrock",
    "ModelError",
    "PassthroughConfig",
    "PassthroughModel",
]
