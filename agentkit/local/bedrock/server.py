"""`LocalBedrock`: agentkit's Bedrock endpoint on 127.0.0.1, served from a daemon thread.

It lets unmodified Bedrock code (boto3, Strands' `BedrockModel`, langchain-aws, the `anthropic`
SDK) run offline: point the client's `endpoint_url` (or `base_url`) at `start()`'s URL. What answers
is, in order of precedence, the `model` given, a pass-through to an OpenAI-compatible server
(`passthrough=` or `AGENTKIT_PASSTHROUGH_URL`/`_MODEL`), or the deterministic simulated model.
Faults come from `faults=` or `AGENTKIT_LOCAL_FAULTS`, and can be changed while it runs.

Werkzeug's threaded development server is enough for loopback clients (a notebook, its agents and
a few threads) and adds no dependency beyond what the kit already has.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from agentkit.local.bedrock.app import BedrockApp
from agentkit.local.bedrock.converse import ConverseModel, Runtime
from agentkit.local.bedrock.faults import FaultConfig, Faults
from agentkit.local.bedrock.guardrail_store import GuardrailStore
from agentkit.local.bedrock.passthrough import PassthroughConfig, PassthroughModel
from agentkit.local.simulated import SimulatedModel

SERVICE = "agentkit-local-bedrock"


class _QuietHandler(WSGIRequestHandler):
    """No access log (a notebook cell would fill with it), and no Nagle delay on small replies."""

    disable_nagle_algorithm = True

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class LocalBedrock:
    """The local Bedrock server. `start()` returns its URL; `stop()` may be called any number of times."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        model: ConverseModel | None = None,
        faults: FaultConfig | None = None,
        passthrough: PassthroughConfig | None = None,
    ):
        if model is not None and passthrough is not None:
            raise ValueError("Give either a model or a pass-through configuration, not both.")
        if model is None:
            passthrough = passthrough or PassthroughConfig.from_env()
            model = PassthroughModel(passthrough) if passthrough else SimulatedModel()
        self.host = host
        self.port = port
        self.model = model
        self.passthrough = passthrough
        self.faults = Faults(faults if faults is not None else FaultConfig.from_env())
        self.guardrails = GuardrailStore()
        self.app = BedrockApp(Runtime(model, self.guardrails), self.faults, self.describe)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def describe(self) -> dict[str, Any]:
        """What this endpoint is and what answers it (the health endpoint's body)."""
        if isinstance(self.model, SimulatedModel):
            backend = {
                "backend": "simulator",
                "note": "agentkit's local Bedrock, backed by a deterministic simulated model "
                "(not a language model)",
            }
        elif self.passthrough is not None:
            backend = {
                "backend": "passthrough",
                "note": "agentkit's local Bedrock, passing requests through to an OpenAI-compatible server",
                "passthrough": {"url": self.passthrough.url, "model": self.passthrough.model},
            }
        else:
            backend = {
                "backend": type(self.model).__name__,
                "note": "agentkit's local Bedrock, with a custom model",
            }
        return {"service": SERVICE, **backend}

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("The local Bedrock server is not running; call start() first.")
        return f"http://{self.host}:{self._server.server_port}"

    def start(self) -> str:
        """Serve from a daemon thread (once; later calls return the same URL)."""
        with self._lock:
            if self._server is None:
                server = make_server(
                    self.host, self.port, self.app, threaded=True, request_handler=_QuietHandler
                )
                self._thread = threading.Thread(
                    target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=SERVICE, daemon=True
                )
                self._thread.start()
                self._server = server
        return self.url

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is not None and thread is not None:
            server.shutdown()
            server.server_close()
            thread.join()

    def __enter__(self) -> LocalBedrock:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
