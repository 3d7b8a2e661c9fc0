"""What reaches the wire: a recording proxy in front of the local endpoint, and a fake OpenAI-compatible server.

Both are tiny WSGI apps on loopback threads. The proxy forwards every request to the local Bedrock
endpoint unchanged (it does not check SigV4, so re-hosting a signed request is fine) and keeps the
method, path, headers and JSON body; the fake OpenAI server answers chat completions — streamed, as
Strands asks for them — with a fixed reply, or with scripted error statuses first.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

import httpx
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

_HOP_BY_HOP = {"host", "content-length", "connection", "transfer-encoding", "accept-encoding"}


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class _Server:
    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server = make_server("127.0.0.1", 0, self, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def _keep(self, request: Request) -> None:
        body = json.loads(request.get_data() or b"{}")
        with self._lock:
            self.seen.append(Seen(request.method, request.path, dict(request.headers), body))

    def clear(self) -> None:
        with self._lock:
            self.seen.clear()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class RecordingProxy(_Server):
    """Forwards to `upstream` and records each request."""

    def __init__(self, upstream: str) -> None:
        self._upstream = httpx.Client(base_url=upstream, timeout=30)
        super().__init__()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        self._keep(request)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        answer = self._upstream.request(
            request.method, request.full_path.rstrip("?"), content=request.get_data(), headers=headers
        )
        kept = {
            k: v for k, v in answer.headers.items() if k.lower() not in _HOP_BY_HOP | {"content-encoding"}
        }
        return Response(answer.content, status=answer.status_code, headers=kept)(environ, start_response)


class FakeOpenAI(_Server):
    """`POST /v1/chat/completions`: the statuses in `failures` first (one per request), then `REPLY`."""

    REPLY = "Hello from the fake OpenAI-compatible server."
    PROMPT_TOKENS = 21

    def __init__(self) -> None:
        self.failures: list[int] = []
        super().__init__()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        self._keep(request)
        if self.failures:
            status = self.failures.pop(0)
            body = {"error": {"message": f"scripted {status}", "type": "server_error", "code": status}}
            return Response(json.dumps(body), status=status, content_type="application/json")(
                environ, start_response
            )
        model = self.seen[-1].body.get("model", "")
        return Response(self._chunks(model), content_type="text/event-stream")(environ, start_response)

    def _chunks(self, model: str) -> list[bytes]:
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model}
        events = [
            {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": self.REPLY}}]},
            {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
            {
                **base,
                "choices": [],
                "usage": {"prompt_tokens": self.PROMPT_TOKENS, "completion_tokens": 9, "total_tokens": 30},
            },
        ]
        return [f"data: {json.dumps(e)}\n\n".encode() for e in events] + [b"data: [DONE]\n\n"]
