"""Serving an app on loopback from a daemon thread: the kit's local endpoints, workers and test services.

WSGI apps (the local endpoints) run on Werkzeug's threaded server, enough for loopback clients (a
notebook, its agents and a few threads). ASGI apps — AgentCore Runtime apps, which are Starlette apps
that stream and keep background jobs on their event loop — run on uvicorn (`AsgiServer`).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import uvicorn
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server


class _QuietHandler(WSGIRequestHandler):
    """No access log (a notebook cell would fill with it), and no Nagle delay on small replies."""

    disable_nagle_algorithm = True

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class BackgroundServer:
    """`start()` serves `self.app` and returns its URL (once; later calls return the same URL).

    Subclasses provide `app`, the WSGI application; it is read when the server starts, so it can be
    wrapped (e.g. by a benchmark's timing middleware) before `start()`. `stop()` is idempotent.
    """

    app: Callable[..., Any]

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, name: str):
        self.host = host
        self.port = port
        self.name = name
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._serving_lock = threading.Lock()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError(f"{self.name} is not running; call start() first.")
        return f"http://{self.host}:{self._server.server_port}"

    def start(self) -> str:
        with self._serving_lock:
            if self._server is None:
                server = make_server(
                    self.host, self.port, self.app, threaded=True, request_handler=_QuietHandler
                )
                self._thread = threading.Thread(
                    target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=self.name, daemon=True
                )
                self._thread.start()
                self._server = server
        return self.url

    def stop(self) -> None:
        with self._serving_lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is not None and thread is not None:
            server.shutdown()
            server.server_close()
            thread.join()

    def __enter__(self):
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


class AsgiServer:
    """An ASGI app (Starlette, an AgentCore Runtime app) served by uvicorn on a free loopback port.

    The socket is bound here (port 0: the OS picks a free one), so the URL is known before uvicorn
    starts; uvicorn runs its own event loop in a daemon thread and, off the main thread, leaves signal
    handling to the process. `start()` returns once the server accepts connections; `stop()` is idempotent.
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", *, name: str, start_timeout_s: float = 10.0):
        self.app = app
        self.host = host
        self.name = name
        self.start_timeout_s = start_timeout_s
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._port = 0

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError(f"{self.name} is not running; call start() first.")
        return f"http://{self.host}:{self._port}"

    def start(self) -> str:
        if self._server is not None:
            return self.url
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, host=self.host, port=self._port, log_level="warning", access_log=False,
            timeout_graceful_shutdown=2,
        )  # fmt: skip
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=self.name, daemon=True)
        thread.start()
        deadline = time.monotonic() + self.start_timeout_s
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError(
                    f"{self.name} did not start within {self.start_timeout_s} s; see the log above"
                )
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self.url

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(timeout=10)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
