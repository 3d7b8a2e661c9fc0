"""`InventoryService`: a small local HTTP API for the "external API integration" lessons.

Agents that call real services meet slow answers, 503s and unknown ids. This service lets a
notebook show all three offline and on purpose: it serves Northwind Outfitters' stock levels, and
can be told to answer slowly (`latency_ms`) or fail a share of requests with 503 (`fail_rate`,
drawn from a seeded generator so a run is repeatable), at start or later with `set_faults`. It
counts the requests it receives, so a test can prove that an open circuit breaker sent none.

Endpoints (GET only, JSON bodies):
- `/health`: `{"status": "ok"}`
- `/items`: `{"items": [...], "count": n}`, optionally filtered with `?category=tents`
- `/items/<sku>`: one item: sku, name, category, price (US dollars), stock (units) and warehouse
Errors are JSON too: `{"error": ..., "message": ...}` with 400, 404, 405 or 503.

The items are the products of `catalogue.PRODUCTS` (SKU NW-1001 is product 1 of the retail
database) with stock levels and warehouses that are the same on every run. Served by werkzeug's
threaded server from a daemon thread, like the kit's local Bedrock endpoint.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterable
from typing import Any

from werkzeug.exceptions import BadRequest, HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from agentkit.local.serving import BackgroundServer
from agentkit.retail.catalogue import PRODUCTS

WAREHOUSES = ("Portland", "Minneapolis", "Dallas", "Columbus")
_ENDPOINTS = "GET /health, GET /items (optionally ?category=...), GET /items/<sku>"


def _items() -> dict[str, dict[str, Any]]:
    """The stock list: fixed (its own seed), so stock levels quoted in lessons stay true."""
    rng = random.Random(1001)
    items = {}
    for product in PRODUCTS:
        stock = 0 if rng.random() < 0.1 else rng.randint(1, 250)
        items[product.sku] = {
            "sku": product.sku,
            "name": product.name,
            "category": product.category,
            "price": product.unit_price,
            "stock": stock,
            "warehouse": rng.choice(WAREHOUSES),
        }
    return items


class InventoryService(BackgroundServer):
    """The local inventory API. `start()` returns its URL; use it as a context manager to stop it reliably."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        fail_rate: float = 0.0,
        latency_ms: int = 0,
        seed: int = 0,
    ):
        self.items = _items()
        self.fail_rate = 0.0
        self.latency_ms = 0
        self.set_faults(fail_rate=fail_rate, latency_ms=latency_ms)
        self.request_count = 0
        self._random = random.Random(seed)
        self._routes = Map(
            [
                Rule("/health", endpoint="health", methods=["GET"]),
                Rule("/items", endpoint="items", methods=["GET"]),
                Rule("/items/<sku>", endpoint="item", methods=["GET"]),
            ]
        )
        self._lock = threading.Lock()
        super().__init__(host, port, name="agentkit-inventory")

    def set_faults(self, fail_rate: float | None = None, latency_ms: int | None = None) -> None:
        """Change the injected faults while running: the share of requests answered 503, and added delay."""
        if fail_rate is not None:
            if not 0.0 <= fail_rate <= 1.0:
                raise ValueError(f"fail_rate is a probability from 0 to 1, got {fail_rate}")
            self.fail_rate = fail_rate
        if latency_ms is not None:
            if latency_ms < 0:
                raise ValueError(f"latency_ms cannot be negative, got {latency_ms}")
            self.latency_ms = latency_ms

    def app(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        with self._lock:
            self.request_count += 1
            failing = self._random.random() < self.fail_rate
        if self.latency_ms:
            time.sleep(self.latency_ms / 1000)
        if failing:
            response = _json(
                503, {"error": "unavailable", "message": "inventory service temporarily unavailable"}
            )
        else:
            response = self._dispatch(Request(environ))
        return response(environ, start_response)

    def _dispatch(self, request: Request) -> Response:
        try:
            endpoint, arguments = self._routes.bind_to_environ(request.environ).match()
        except HTTPException as error:  # an unknown path (404) or a method other than GET (405)
            message = f"{request.method} {request.path} is not an endpoint; the endpoints are {_ENDPOINTS}"
            return _error(error, message)
        try:
            if endpoint == "health":
                return _json(200, {"status": "ok"})
            if endpoint == "items":
                return _json(200, self._list(request.args.get("category")))
            return _json(200, self._item(arguments["sku"]))
        except HTTPException as error:
            return _error(error, error.description or "")

    def _list(self, category: str | None) -> dict[str, Any]:
        items = list(self.items.values())
        if category is not None:
            categories = sorted({item["category"] for item in items})
            if category.lower() not in categories:
                raise BadRequest(f"unknown category {category!r}; the categories are {', '.join(categories)}")
            items = [item for item in items if item["category"] == category.lower()]
        return {"items": items, "count": len(items)}

    def _item(self, sku: str) -> dict[str, Any]:
        item = self.items.get(sku.upper())
        if item is None:
            raise NotFound(f"no item with SKU {sku!r}; SKUs look like NW-1001, and GET /items lists them all")
        return item


def _json(status: int, body: dict[str, Any]) -> Response:
    return Response(json.dumps(body), status=status, mimetype="application/json")


def _error(error: HTTPException, message: str) -> Response:
    return _json(error.code or 500, {"error": error.name.lower().replace(" ", "_"), "message": message})
