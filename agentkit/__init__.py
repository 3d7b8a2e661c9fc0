"""agentkit: the helper package of the agentkit workshop.

`agentkit.connect()` at the top of a notebook decides where AWS calls go (the local platform with the
simulated model, or — only when chosen with `agentkit.choose_mode("aws")` or `AGENTKIT_MODE=aws` — AWS); `agentkit.preflight()` checks an AWS account before a workshop.
Heavier pieces are imported where they are used, so `import agentkit` stays fast.
"""

from agentkit.connect import Connection, choose_mode, connect
from agentkit.preflight import preflight

__all__ = ["Connection", "choose_mode", "connect", "preflight"]
__version__ = "0.1.0"
