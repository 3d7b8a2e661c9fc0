"""Checkers for the hands-on labs in `labs/`: each runs the learner's code and says what to fix.

A checker returns a `LabReport` (a table in Jupyter) and raises `LabCheckFailed` listing the failed
checks, so an untouched exercise fails loudly and a solved one passes. Checks exercise behaviour —
conversions, validation, an agent run against the configured endpoint — never the source text.
One module per lab; `scripted` plays misbehaving models for the checks that need one.
"""

from agentkit.labs.lab01 import check_lab01
from agentkit.labs.lab02 import check_lab02
from agentkit.labs.lab03 import check_lab03
from agentkit.labs.lab04 import check_lab04
from agentkit.labs.lab05 import check_lab05
from agentkit.labs.lab06 import check_lab06
from agentkit.labs.lab08 import check_lab08
from agentkit.labs.report import Check, LabCheckFailed, LabReport

__all__ = [
    "Check",
    "LabCheckFailed",
    "LabReport",
    "check_lab01",
    "check_lab02",
    "check_lab03",
    "check_lab04",
    "check_lab05",
    "check_lab06",
    "check_lab08",
]
