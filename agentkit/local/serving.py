"""Serving a WSGI app on loopback from a daemon thread: the kit's local endpoints and test services.

Werkzeug's threaded server is enough for loopback clients (a notebook, its agents and a few
threads) and adds no dependency beyond what the kit already has.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

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
