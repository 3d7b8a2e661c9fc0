"""`call_api`: the inventory API as an agent tool, with the resilience a real integration needs.

A tool that calls a network service has to decide, for every failure, whether the agent should
retry, give up, or change its input. This one shows the standard answers, each from the library
that does it well:

- **Timeouts** (httpx): no call waits longer than `timeout_s`.
- **Retries** (tenacity): 5xx answers, timeouts and connection errors are retried with
  exponential backoff, a few times; 4xx answers are not, because the same request will fail again.
  They come back as `ToolInputError` with the service's message (e.g. an unknown SKU).
- **Circuit breaker** (pybreaker): after `fail_max` failed attempts in a row the circuit opens,
  and calls fail at once, without touching the network, until `reset_timeout_s` has passed; then
  one trial call decides whether it closes again. This stops an agent from hammering a service
  that is down and answers it quickly with something it can tell the user.

Exhausted retries and an open circuit raise `TransientToolError`, whose message says when to try again.
The breaker is one per process (one per downstream service, as usual) and serialises the calls
made through it; the short timeout keeps that harmless for an agent's few calls.

The service is found from `configure(base_url)` or, failing that, `AGENTKIT_API_URL`.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import httpx
import pybreaker
import tenacity

from agentkit.tools.core import ToolInputError, TransientToolError, tool


@dataclass(frozen=True)
class ApiSettings:
    """How `call_api` reaches the service and how hard it tries (see `configure`)."""

    base_url: str | None = None
    timeout_s: float = 2.0
    attempts: int = 3
    backoff_s: float = 0.2
    max_backoff_s: float = 2.0
    fail_max: int = 5
    reset_timeout_s: float = 30.0


class _OpenedAt(pybreaker.CircuitBreakerListener):
    """Remembers when the circuit last opened, to tell the caller how long to wait."""

    def __init__(self) -> None:
        self.at = 0.0

    def state_change(
        self,
        cb: pybreaker.CircuitBreaker,
        old_state: pybreaker.CircuitBreakerState | None,
        new_state: pybreaker.CircuitBreakerState,
    ) -> None:
        if new_state.name == pybreaker.STATE_OPEN:
            self.at = time.monotonic()


_opened = _OpenedAt()
_settings: ApiSettings
_breaker: pybreaker.CircuitBreaker


def configure(
    base_url: str | None = None,
    *,
    timeout_s: float = ApiSettings.timeout_s,
    attempts: int = ApiSettings.attempts,
    backoff_s: float = ApiSettings.backoff_s,
    max_backoff_s: float = ApiSettings.max_backoff_s,
    fail_max: int = ApiSettings.fail_max,
    reset_timeout_s: float = ApiSettings.reset_timeout_s,
) -> ApiSettings:
    """Set where `call_api` goes and its timeout, retry and circuit-breaker limits; closes the circuit.

    `base_url` (e.g. `InventoryService().start()`) takes precedence over `AGENTKIT_API_URL`, because an
    explicit call in a notebook is more deliberate than an inherited environment. Retries wait
    `backoff_s`, then twice that, and so on up to `max_backoff_s`, for at most `attempts` tries.
    """
    global _settings, _breaker
    _settings = ApiSettings(
        base_url, timeout_s, attempts, backoff_s, max_backoff_s, fail_max, reset_timeout_s
    )
    _breaker = pybreaker.CircuitBreaker(
        fail_max=fail_max, reset_timeout=reset_timeout_s, exclude=[ToolInputError], listeners=[_opened]
    )
    return _settings


@tool(retries=0)  # it retries HTTP failures itself, with backoff and a breaker
def call_api(path: str, method: Literal["GET"] = "GET") -> dict[str, Any]:
    """Look up stock levels, prices and warehouses in the Northwind Outfitters inventory API.

    Endpoints: GET /items lists every item (add ?category=tents to filter by category); GET
    /items/<sku> returns one item's name, category, price in US dollars, units in stock and
    warehouse (SKUs look like NW-1001); GET /health checks that the API is up.

    Args:
        path: The endpoint path, starting with "/", e.g. "/items/NW-1001" or "/items?category=tents".
        method: The HTTP method; the inventory API is read-only, so only GET.

    Returns:
        The API's JSON response.

    Raises:
        ToolInputError: The API rejected the request (unknown SKU, endpoint or category); the message
            says what it accepts.
        TransientToolError: The API is failing or unreachable even after retries, or has been failing
            so often that calls are paused; the message says when to try again.
    """
    if method != "GET":
        raise ToolInputError(f"method {method!r} is not supported; the inventory API is read-only (GET)")
    if "://" in path or path.startswith("//"):
        raise ToolInputError(f"give a path such as /items/NW-1001, not a URL (got {path!r})")
    path = "/" + path.lstrip("/")
    settings, breaker = _settings, _breaker
    retrying = tenacity.Retrying(
        stop=tenacity.stop_after_attempt(settings.attempts),
        wait=tenacity.wait_exponential(multiplier=settings.backoff_s, max=settings.max_backoff_s),
        retry=tenacity.retry_if_exception_type(TransientToolError),
        reraise=True,
    )
    base_url = _base_url(settings)
    try:
        return retrying(breaker.call, _request, base_url, method, path, settings)
    except pybreaker.CircuitBreakerError:
        wait = max(1, math.ceil(settings.reset_timeout_s - (time.monotonic() - _opened.at)))
        raise TransientToolError(
            f"inventory API unavailable (circuit open after {settings.fail_max} failures); try again in {wait} s"
        ) from None
    except TransientToolError as error:
        raise TransientToolError(f"{error} (gave up after {settings.attempts} attempts)") from None


def _request(base_url: str, method: str, path: str, settings: ApiSettings) -> dict[str, Any]:
    """One attempt. Raises TransientToolError for what a retry may fix, ToolInputError for what it will not."""
    try:
        response = _client().request(method, base_url.rstrip("/") + path, timeout=settings.timeout_s)
    except httpx.TimeoutException:
        raise TransientToolError(
            f"inventory API did not answer {method} {path} within {settings.timeout_s:g} s"
        ) from None
    except httpx.TransportError as error:
        raise TransientToolError(f"could not reach the inventory API at {base_url} ({error})") from None
    if response.is_success:
        return response.json()
    message = _message(response)
    if response.status_code >= 500:
        raise TransientToolError(
            f"inventory API answered {response.status_code} to {method} {path}: {message}"
        )
    raise ToolInputError(f"inventory API answered {response.status_code} to {method} {path}: {message}")


@cache
def _client() -> httpx.Client:
    """One HTTP client per process: making one loads the CA certificates (tens of ms), and it pools connections."""
    return httpx.Client()


def _message(response: httpx.Response) -> str:
    """The service's own explanation: its JSON "message", else the start of the body, else the reason."""
    try:
        return str(response.json()["message"])
    except (ValueError, KeyError, TypeError):
        return response.text[:200].strip() or response.reason_phrase


def _base_url(settings: ApiSettings) -> str:
    url = settings.base_url or os.environ.get("AGENTKIT_API_URL")
    if not url:
        raise RuntimeError(
            "The inventory API's address is not set: start one with `url = InventoryService().start()` and call "
            "`configure(url)`, or set AGENTKIT_API_URL."
        )
    return url


configure()
