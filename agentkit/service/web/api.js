// The service as the page sees it: REST calls with the API key, and the WebSocket of live updates.
// Browsers cannot set headers on a WebSocket, so the key goes in its query string (?apiKey=…), which is
// what the API Gateway REQUEST authorizer reads on $connect.

/** A refusal or failure from the API, with the message the service's error body gives. */
export class ApiError extends Error {
  constructor(status, body) {
    const error = body && body.error;
    super(error ? `${error.message} (${error.code})` : `The service answered ${status}.`);
    this.status = status;
    this.code = error ? error.code : undefined;
  }
}

/** REST calls on the page's own origin, authenticated with `key` in x-api-key. */
export function restClient(key) {
  return async function call(method, path, body) {
    const init = { method, headers: { "x-api-key": key, accept: "application/json" } };
    if (body !== undefined) {
      init.headers["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const answer = await fetch(path, init);
    const text = await answer.text();
    const parsed = text ? JSON.parse(text) : null;
    if (!answer.ok) throw new ApiError(answer.status, parsed);
    return parsed;
  };
}

/**
 * The WebSocket of live updates. `onUpdate` gets every server message (`{type, agentId, taskId?,
 * sessionId?, data}`), `onState` "open" / "closed". A dropped socket is opened again (1 s, 2 s, … up to
 * 15 s apart) and re-subscribes to the agents followed before.
 */
export class LiveSocket {
  constructor(key, { onUpdate, onState }) {
    this.key = key;
    this.onUpdate = onUpdate;
    this.onState = onState;
    this.followed = new Set();
    this.queue = [];
    this.retry = 1000;
    this.stopped = false;
    this.open();
  }

  open() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    this.socket = new WebSocket(`${scheme}//${location.host}/ws?apiKey=${encodeURIComponent(this.key)}`);
    this.socket.addEventListener("open", () => {
      this.retry = 1000;
      this.onState("open");
      for (const agentId of this.followed) this.raw({ action: "subscribe", agentId });
      for (const message of this.queue.splice(0)) this.raw(message);
    });
    this.socket.addEventListener("message", (event) => this.onUpdate(JSON.parse(event.data)));
    this.socket.addEventListener("close", () => {
      this.onState("closed");
      if (this.stopped) return;
      setTimeout(() => this.open(), this.retry);
      this.retry = Math.min(this.retry * 2, 15000);
    });
  }

  raw(message) {
    this.socket.send(JSON.stringify(message));
  }

  /** Send now if the socket is open, else as soon as it is. */
  send(message) {
    if (this.socket.readyState === WebSocket.OPEN) this.raw(message);
    else this.queue.push(message);
  }

  subscribe(agentId) {
    if (this.followed.has(agentId)) return;
    this.followed.add(agentId);
    if (this.socket.readyState === WebSocket.OPEN) this.raw({ action: "subscribe", agentId });
  }

  close() {
    this.stopped = true;
    this.socket.close();
  }
}
