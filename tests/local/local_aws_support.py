"""Plain helpers for the local AWS tests, importable from test modules (fixtures live in conftest.py).

pytest's default `prepend` import mode puts this folder (it has no `__init__.py`) on sys.path before it
imports conftest.py or a test module here, so `from local_aws_support import unique` works in both. The
name is specific on purpose: every test folder lands on the same sys.path.
"""

from __future__ import annotations

import uuid

REGION = "us-east-1"


def unique(prefix: str) -> str:
    """Moto's state is shared by the whole test process, so every test names its own resources."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"
