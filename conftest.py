"""Pytest runs offline: tests and the notebook checks (nbval) use the local platform.

`make test` sets AGENTKIT_MODE=local too; this covers a bare `pytest` (notebook kernels inherit the
variable, so their banners match the stored outputs). A caller who sets AGENTKIT_MODE keeps it.
"""

import os


def pytest_configure() -> None:
    os.environ.setdefault("AGENTKIT_MODE", "local")


def pytest_runtest_makereport(item, call):
    """Put a failed notebook cell's own stream output in the report: nbval says only "Unexpected output fields
    {'stderr'}", and a warning that shows only under load is gone before anyone can rerun the cell to read it."""
    outputs = getattr(item, "test_outputs", None)
    if call.when != "call" or call.excinfo is None or not outputs:
        return
    for output in outputs:
        if output.get("output_type") == "stream":
            item.add_report_section("call", output.get("name", "stream"), output.get("text", ""))
