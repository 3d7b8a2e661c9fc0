"""`agentkit serve`: the whole service on this machine — local AWS, local Bedrock, the workflows, the API's
handlers behind a real HTTP + WebSocket server, and the web UI.

`start()` does what a deployment does, locally and in this order: it joins (or starts) the local platform
(`agentkit.connect("local")`), creates the memory table, the task-execution workflow with its handlers, and
the event bus with the rules of a bus behind the API (`events.SERVICE_RULES`: the API starts each task's
workflow itself) — state changes also reach the realtime status handler, which pushes them to subscribed
sockets — sets the variables the handlers read
(`AGENTKIT_MEMORY_TABLE`, `AGENTKIT_EVENT_BUS`, `AGENTKIT_TASK_STATE_MACHINE`, `AGENTKIT_IDEMPOTENCY_TABLE`,
`AGENTKIT_WEBSOCKET_ENDPOINT`), issues a demo API key, and serves the handlers on uvicorn through the local
API Gateway of `agentkit.service.asgi`. `Server.stop()` (or leaving its `with`) undoes it all.

    with serve.start() as server:               # port 0: a free port
        requests.get(f"{server.url}/agents", headers={"x-api-key": server.api_key})
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from agentkit.service.asgi import MAX_MESSAGE_BYTES, UNAUTHORIZED, WEBSOCKET_PATH, Function, Gateway

WEB_DIR = Path(__file__).with_name("web")
"""The static web UI, served at `/`."""
DEMO_USER = "demo"
STARTUP_TIMEOUT_S = 30.0


class _DenialIsNoError(logging.Filter):
    """uvicorn 0.54's websockets-sansio protocol logs "ASGI callable returned without completing handshake"
    after an app refuses a handshake with an HTTP answer (the denial-response extension it offers), though
    the client got that answer: a refused WebSocket is not a server error, so that line is dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "without completing handshake" not in record.getMessage()


_DENIAL_FILTER = _DenialIsNoError()


class Listening:
    """An ASGI app served by uvicorn on a thread of this process, as `agentkit serve` serves the service
    (the benchmark's hello-world peer runs the same way, so both pay for the same server)."""

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0, access_log: bool = False) -> None:
        logging.getLogger("uvicorn.error").addFilter(_DENIAL_FILTER)  # once: a logger keeps a set of filters
        listener = _listen(host, port)
        bound_host, bound_port = listener.getsockname()[:2]
        self.url = f"http://{bound_host}:{bound_port}"
        self._listener = listener
        self._server = uvicorn.Server(
            uvicorn.Config(
                app,
                log_level="info" if access_log else "warning",
                access_log=access_log,
                ws="websockets-sansio",
                ws_max_size=MAX_MESSAGE_BYTES,
                lifespan="off",
                timeout_graceful_shutdown=5,
            )
        )
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [listener]}, name="agentkit-serve", daemon=True
        )

    def start(self) -> Listening:
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the HTTP server did not start: the log above says why")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Stop serving; open WebSockets are closed (and get their `$disconnect`) first."""
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=15)
        self._listener.close()


@dataclass
class Server:
    """A running `agentkit serve`: where it listens, the demo key, and what it created."""

    url: str
    api_key: str
    user: str
    table: str
    bus: str
    state_machine: str
    _gateway: Gateway = field(repr=False)
    _http: Listening = field(repr=False)
    _saved_env: dict[str, str | None] = field(repr=False)
    _connection: Any = field(default=None, repr=False)

    @property
    def websocket_url(self) -> str:
        """Where a client opens the WebSocket; add `?apiKey=…` (or `?token=…`)."""
        return "ws" + self.url.removeprefix("http") + WEBSOCKET_PATH

    def connections(self) -> list[str]:
        """The ids of the WebSocket connections open now, oldest first (what `post_to_connection` takes)."""
        return list(self._gateway.connections)

    def stop(self) -> None:
        """Stop serving, restore the environment, and stop the local platform if `start` started it."""
        self._http.stop()
        _restore(self._saved_env)
        self._saved_env = {}
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start(
    *,
    port: int = 0,
    host: str = "127.0.0.1",
    name: str = "agentkit",
    user: str = DEMO_USER,
    roles: tuple[str, ...] = ("user",),
    web: Path = WEB_DIR,
    access_log: bool = False,
) -> Server:
    """Provision the service on local AWS and serve it on `host:port` (0: a free port).

    `name` prefixes what is created (table `<name>-memory`, bus `<name>-events`), so two servers on one
    platform stay apart; `user` and `roles` are the demo key's.
    """
    from agentkit.connect import connect, current

    connected = current()
    if connected is not None and connected.mode != "local":
        raise RuntimeError(
            "agentkit serve runs the service on the local platform, but this process is connected to AWS: "
            "run it in a fresh process (or notebook kernel) with agentkit.connect('local'); the deploy app "
            "puts the same handlers on AWS."
        )
    owned = connect("local", quiet=True) if connected is None else None
    saved: dict[str, str | None] = {}
    http: Listening | None = None
    try:
        front = gateway(web)
        http = Listening(front.app(), host=host, port=port, access_log=access_log)
        table, bus = f"{name}-memory", f"{name}-events"
        _setenv(
            saved,
            AGENTKIT_MEMORY_TABLE=table,
            AGENTKIT_EVENT_BUS=bus,
            AGENTKIT_IDEMPOTENCY_TABLE=f"{name}-idempotency",
            AGENTKIT_WEBSOCKET_ENDPOINT=http.url,
            # no CloudWatch reads the metrics' EMF lines here (see agentkit.service.observability)
            POWERTOOLS_METRICS_DISABLED=os.environ.get("POWERTOOLS_METRICS_DISABLED", "true"),
        )
        state_machine = _provision(table, bus)
        _setenv(saved, AGENTKIT_TASK_STATE_MACHINE=state_machine)
        from agentkit.service import auth

        key = auth.issue_api_key(user, roles)
        http.start()
    except BaseException:
        if http is not None:
            http.stop()
        _restore(saved)
        if owned is not None:
            owned.close()
        raise
    return Server(http.url, key, user, table, bus, state_machine, front, http, saved, owned)


def gateway(web: Path = WEB_DIR) -> Gateway:
    """The service's functions behind the local API Gateway: the same handlers the deploy app ships."""
    from agentkit.service import auth, graphql_api, realtime, rest

    return Gateway(
        api=Function(rest.handler, "agentkit-api"),
        authorizer=Function(auth.authorizer, "agentkit-authorizer", answers=[UNAUTHORIZED]),
        websocket=Function(realtime.handler, "agentkit-realtime"),
        graphql=Function(graphql_api.handler, "agentkit-graphql"),
        web=web,
    )


def _provision(table: str, bus: str) -> str:
    """The memory table, the bus with its rules and workflow, and the realtime status handler subscribed to
    the state changes; returns the task-execution state machine's ARN."""
    from agentkit.memory import DynamoDBStore
    from agentkit.service import realtime
    from agentkit.service.handlers import HANDLERS
    from agentkit.workflows import events

    DynamoDBStore(table).create_table()
    installed = events.install(HANDLERS, bus=bus, rules=events.SERVICE_RULES)  # the API starts its tasks
    realtime.subscribe_to_bus(installed)
    return installed.targets[events.TASK_WORKFLOW]


def _listen(host: str, port: int) -> socket.socket:
    """The server's socket, bound before anything starts, so a busy port fails fast and port 0 has a number."""
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as error:
        listener.close()
        raise OSError(
            f"agentkit serve cannot listen on {host}:{port} ({error.strerror}): pick another --port (0 for a free one)"
        ) from None
    return listener


def _setenv(saved: dict[str, str | None], **values: str) -> None:
    for name, value in values.items():
        saved.setdefault(name, os.environ.get(name))
        os.environ[name] = value


def _restore(saved: dict[str, str | None]) -> None:
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
