"""Pytest runs offline: tests and the notebook checks (nbval) use the local platform.

`make test` sets AGENTKIT_MODE=local too; this covers a bare `pytest` (notebook kernels inherit the
variable, so their banners match the stored outputs). A caller who sets AGENTKIT_MODE keeps it.
"""

import os


def pytest_configure() -> None:
    os.environ.setdefault("AGENTKIT_MODE", "local")
