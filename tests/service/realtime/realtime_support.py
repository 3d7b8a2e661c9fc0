"""What the real-time tests share: WebSocket events as API Gateway sends them, a management-API endpoint that
records what is pushed, and a module fixture with the kit's bus installed and the status handler on it.

The endpoint is a small HTTP server on loopback that answers `POST /@connections/{id}` as API Gateway's
management API does: 200 for an open connection, 410 `GoneException` for any other, so the handlers' real
boto3 `post_to_connection` calls are what is tested (moto's version of that API keeps no message
boundaries and never answers Gone).
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from rest_support import Api

from agentkit.memory import DynamoDBStore
from agentkit.service import realtime
from agentkit.service.api_events import RouteKey, websocket_event
from agentkit.service.handlers import HANDLERS
from agentkit.workflows import events


def ws_event(
    route: RouteKey, connection_id: str, *, user: str | None = "ana", body: Any = None, roles: str = "user"
) -> dict[str, Any]:
    """`api_events.websocket_event` as the tests call it: `user` the `principalId` the `$connect` authorizer
    vouched for, with `roles` (None: no authorizer ran), and `body` sent as JSON unless it is already text."""
    return websocket_event(
        route,
        connection_id,
        connected_at=int(time.time() * 1000),
        body=body if body is None or isinstance(body, str) else json.dumps(body),
        authorizer={"principalId": user, "roles": roles} if user is not None else None,
    )


class Endpoint:
    """API Gateway's management API on loopback: records each pushed message per connection."""

    def __init__(self) -> None:
        self.open: set[str] = set()
        self.received: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.lock = threading.Lock()
        endpoint = self

        class Handle(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 — http.server's name
                connection_id = self.path.rsplit("/@connections/", 1)[-1]
                data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with endpoint.lock:
                    if connection_id in endpoint.open:
                        endpoint.received[connection_id].append(json.loads(data))
                        self._answer(HTTPStatus.OK, {})
                    else:
                        self._answer(HTTPStatus.GONE, {"message": "Gone"}, "GoneException")

            def _answer(self, status: int, body: dict[str, Any], error: str | None = None) -> None:
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                if error:
                    self.send_header("x-amzn-ErrorType", error)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handle)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def clear(self) -> None:
        with self.lock:
            self.open.clear()
            self.received.clear()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass(frozen=True)
class Live:
    """The module's table and bus (`api`), the kit's rules on the bus, the status handler subscribed to them."""

    api: Api
    endpoint: Endpoint
    installed: events.Installed
    store: DynamoDBStore

    def connect(self, connection_id: str, user: str = "ana") -> None:
        """A client connects: `$connect` through the handler, and its socket is open at the endpoint."""
        answer = realtime.handler(ws_event("$connect", connection_id, user=user), None)
        assert answer["statusCode"] == HTTPStatus.OK, answer
        self.endpoint.open.add(connection_id)

    def send(self, connection_id: str, body: Any, user: str = "ana") -> dict[str, Any]:
        return realtime.handler(ws_event("$default", connection_id, user=user, body=body), None)

    def agent(self, user: str = "ana", tools: tuple[str, ...] = ()) -> str:
        return self.store.create_agent(user, f"{user}'s agent", {"tools": list(tools)}).agent_id


def live_platform(api: Api) -> Iterator[Live]:
    """The module's `Live`: its endpoint serving and named by `AGENTKIT_WEBSOCKET_ENDPOINT`."""
    endpoint = Endpoint()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTKIT_WEBSOCKET_ENDPOINT", endpoint.url)
        installed = events.install(HANDLERS, bus=api.bus)
        realtime.subscribe_to_bus(installed)
        yield Live(api, endpoint, installed, DynamoDBStore(api.table))
    endpoint.close()
