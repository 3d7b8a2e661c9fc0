"""agentkit: the helper package of the agentkit workshop.

`agentkit.connect()` at the top of a notebook decides where AWS calls go (real AWS, or the local
platform with the simulated model); `agentkit.preflight()` checks an AWS account before a workshop.
Heavier pieces are imported where they are used, so `import agentkit` stays fast.
"""

from agentkit.connect import Connection, connect
from agentkit.preflight import preflight

__all__ = ["Connection", "connect", "preflight"]
__version__ = "0.1.0"
