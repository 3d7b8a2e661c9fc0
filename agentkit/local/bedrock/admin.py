"""A client for the admin routes, so a notebook can inspect or break an endpoint another process serves.

For example::

    AdminClient("http://127.0.0.1:8123").set_faults({"error_rates": {"ThrottlingException": 0.3}, "seed": 7})
"""

from __future__ import annotations

from typing import Any

import httpx

from agentkit.local.bedrock.faults import FaultConfig


class AdminClient:
    """`GET /_agentkit/health`, `GET|PUT|DELETE /_agentkit/faults` and `GET /_agentkit/why` of a
    running local Bedrock."""

    def __init__(self, url: str, timeout_s: float = 5.0):
        self._client = httpx.Client(base_url=url.rstrip("/") + "/_agentkit/", timeout=timeout_s)

    def health(self) -> dict[str, Any]:
        return self._call("GET", "health")

    def faults(self) -> FaultConfig:
        return FaultConfig.model_validate(self._call("GET", "faults"))

    def set_faults(self, config: FaultConfig | dict[str, Any]) -> FaultConfig:
        """Replace the fault configuration (the random sequence restarts from its seed)."""
        body = FaultConfig.model_validate(config).model_dump(mode="json")
        return FaultConfig.model_validate(self._call("PUT", "faults", body))

    def clear_faults(self) -> None:
        self._call("DELETE", "faults")

    def why(self, tool_use_ids: list[str] | None = None) -> list[dict[str, Any]]:
        """The simulated model's reasons for these tool calls, or for its latest responses (flattened)."""
        if tool_use_ids:
            response = self._client.get("why", params=[("toolUseId", i) for i in tool_use_ids])
            response.raise_for_status()
            return response.json()["decisions"]
        return [d for decisions in self._call("GET", "why")["responses"] for d in decisions]

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self._client.request(method, path, json=body)
        response.raise_for_status()
        return response.json()
