"""`agentkit.connect()`: decide where AWS calls go, once, at the top of every notebook.

User code never branches on "offline". AWS costs money, so `connect()` uses it only when the attendee
chose it — `connect("aws")`, `AGENTKIT_MODE=aws`, or `agentkit.choose_mode("aws")` in notebook 00, which
saves the choice for later notebooks (`agentkit.config.choice_file`). Otherwise it is local, even when
credentials are at hand (in SageMaker Studio they always are): the banner then says so and how to opt in.
In local mode it starts the local platform (or joins one that `agentkit local` already runs) and points
the standard AWS environment variables at it; everything created afterwards, including boto3 clients
inside Strands, langchain-aws and CrewAI, follows. In AWS mode it asks Bedrock which inference profile
to call (`agentkit.bedrock_profiles`) and shows the model's price.
"""

from __future__ import annotations

import atexit
import html
import os
import sys
from dataclasses import dataclass, field
from typing import Literal

import boto3
from botocore.config import Config

from agentkit import bedrock_models, bedrock_profiles
from agentkit.config import DEFAULT_LOCAL_REGION, Chosen, Settings, choice_file

_CONTROL_CONFIG = Config(connect_timeout=3, read_timeout=10, retries={"max_attempts": 3, "mode": "standard"})
_BANNER_STYLE = (
    "border-left:6px solid {color};background:{bg};padding:8px 12px;margin:4px 0;"
    "font-family:system-ui,sans-serif;font-size:13px;line-height:1.5"
)


@dataclass
class Connection:
    """Where this process's AWS calls go, and which model the kit uses by default."""

    mode: Literal["aws", "local"]
    region: str
    model_id: str
    endpoints: dict[str, str]
    reason: str
    shared: bool = False
    model: bedrock_profiles.ResolvedModel | None = None
    hint: str = ""
    _platform: object | None = field(default=None, repr=False)
    _saved_env: dict[str, str | None] = field(default_factory=dict, repr=False)

    @property
    def simulated(self) -> bool:
        return self.mode == "local"

    @property
    def measured_on(self) -> str:
        """What a figure printed in this mode was measured on: offline figures (tokens, costs, rates)
        come from the local stand-ins and must not be read as Bedrock's."""
        if self.simulated:
            return "measured offline on the simulated model and local stand-ins, not on Amazon Bedrock"
        return f"measured on Amazon Bedrock in {self.region} with {self.model_id}"

    def banner_text(self) -> str:
        if self.mode == "aws":
            return " · ".join(
                [
                    f"agentkit · AWS mode · region {self.region} · model {self.model_id}",
                    f"{self._price()} · real Bedrock calls cost money",
                    *self._warnings(),
                ]
            )
        where = "shared platform" if self.shared else "started in this process"
        text = (
            f"agentkit · LOCAL mode (offline, {where}) · region {self.region} · "
            f"AWS services: moto at {self.endpoints['aws']} · Bedrock: agentkit local endpoint at "
            f"{self.endpoints['bedrock-runtime']}, answered by the simulated model (deterministic, not an LLM) · "
            f"model id {self.model_id}"
        )
        return f"{text} · {self.hint}" if self.hint else text

    def _price(self) -> str:
        if self.model is None:
            return ""
        kind = {"global": "global inference profile", "geographic": "geographic inference profile"}
        return f"{kind.get(self.model.kind, 'on-demand model id')}, {self.model.price_text()}"

    def _warnings(self) -> list[str]:
        return [f"WARNING: {w}" for w in self.model.warnings] if self.model else []

    def banner_html(self) -> str:
        """One box that says plainly where calls go and whether answers come from a real model."""
        e = html.escape
        if self.mode == "aws":
            style = _BANNER_STYLE.format(color="#ff9900", bg="#fff8ec")
            warnings = "".join(f"<br>⚠️ <b>{e(w)}</b>" for w in (self.model.warnings if self.model else []))
            return (
                f'<div style="{style}"><b>agentkit · AWS mode</b> — region <code>{e(self.region)}</code>, '
                f"model <code>{e(self.model_id)}</code>: {e(self._price())}.<br>Calls go to real AWS services "
                f"and <b>cost money</b>; run the cleanup cells. <small>({e(self.reason)})</small>{warnings}</div>"
            )
        style = _BANNER_STYLE.format(color="#2e7d32", bg="#f1f8f1")
        where = "shared platform" if self.shared else "started in this kernel"
        return (
            f'<div style="{style}"><b>agentkit · LOCAL mode</b> (offline, {where}) — region '
            f"<code>{e(self.region)}</code><br>AWS services: moto at <code>{e(self.endpoints['aws'])}</code>"
            f"<br>Bedrock: agentkit's local endpoint at <code>{e(self.endpoints['bedrock-runtime'])}</code>, "
            f"answered by the <b>simulated model</b> — deterministic rules, <b>not a language model</b>"
            f"<br>Model id <code>{e(self.model_id)}</code> is accepted but not used. "
            f"<small>({e(self.reason)})</small>{f'<br>{e(self.hint)}' if self.hint else ''}</div>"
        )

    def _repr_html_(self) -> str:
        return self.banner_html()

    def close(self) -> None:
        """Stop the local servers this process started and restore the environment it changed."""
        global _current
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env.clear()
        if self._platform is not None:
            self._platform.stop()  # type: ignore[attr-defined]
            self._platform = None
        boto3.DEFAULT_SESSION = None
        if _current is self:
            _current = None


_current: Connection | None = None


def connect(mode: Literal["aws", "local", "auto"] | None = None, *, quiet: bool = False) -> Connection:
    """Resolve the mode, prepare the endpoints and show one banner saying which it is.

    Calling it again in the same process returns the same connection (a notebook re-run is cheap).
    """
    global _current
    settings = Settings.from_env()
    wanted = mode or settings.mode
    if _current is not None and wanted in ("auto", _current.mode):
        _show(_current, quiet)
        return _current
    if _current is not None:
        _current.close()
    resolved, reason, hint = _resolve(wanted, settings)
    connection = (
        _connect_local(settings, reason, hint) if resolved == "local" else _connect_aws(settings, reason)
    )
    _current = connection
    _show(connection, quiet)
    return connection


def choose_mode(mode: Chosen) -> str:
    """Record the attendee's choice for this and every later notebook, and say what it means.

    AWS costs money, so the kit uses it only when chosen: here, by `AGENTKIT_MODE=aws`, or by
    `connect("aws")`. Choosing "local" removes the saved choice (local is the default), so running
    notebook 00 unchanged never writes a file. A connection of the other mode made earlier in this kernel
    is closed; call `agentkit.connect()` afterwards.
    """
    if mode not in ("aws", "local"):
        raise ValueError(f'choose_mode takes "aws" or "local", not {mode!r}.')
    path = choice_file()
    if _current is not None and _current.mode != mode:
        _current.close()
    if mode == "aws":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("aws\n", encoding="utf-8")
        said = f"AWS chosen (saved in {path}): notebooks call your account's Bedrock and AWS services, which costs money."
    else:
        path.unlink(missing_ok=True)
        said = (
            "local chosen: notebooks run offline on the local platform and the simulated model, at no cost."
        )
    overriding = os.environ.get("AGENTKIT_MODE", "").strip().lower()
    if overriding and overriding != mode:
        said += (
            f" But AGENTKIT_MODE={overriding} in this kernel's environment wins over the saved choice: "
            f"unset it (or start JupyterLab with AGENTKIT_MODE={mode})."
        )
    return said


def current() -> Connection | None:
    return _current


OPT_IN = (
    'To use them (this costs money), run agentkit.choose_mode("aws") in notebook 00, '
    "or set AGENTKIT_MODE=aws, then agentkit.connect() again."
)


def _resolve(wanted: str, settings: Settings) -> tuple[str, str, str]:
    """The mode, why, and a hint for the banner. AWS only when chosen; credentials alone do not choose it."""
    if wanted in ("aws", "local"):
        why = settings.mode_source if settings.mode == wanted else f"connect(mode={wanted!r})"
        return wanted, why, ""
    if _is_loopback(os.environ.get("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "")):
        return "local", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME points at a local platform", ""
    if boto3.Session().get_credentials() is None:
        return "local", "no AWS credentials found", ""
    return "local", "AWS not chosen", f"AWS credentials were found, but AWS was not chosen. {OPT_IN}"


def _is_loopback(url: str) -> bool:
    return url.startswith(("http://127.", "http://localhost", "http://[::1]"))


def _connect_aws(settings: Settings, reason: str) -> Connection:
    session = boto3.Session()
    region = settings.region or session.region_name or _studio_region()
    if not region:
        raise ValueError("AWS mode needs a region: set AWS_REGION (for example us-west-2).")
    control_plane = _control_plane(session, region)
    model = bedrock_profiles.resolve(
        settings.model_id or bedrock_models.DEFAULT_MODEL,
        region,
        control_plane,
        explicit=bool(settings.model_id),
    )
    endpoints = {"bedrock-runtime": f"https://bedrock-runtime.{region}.amazonaws.com"}
    return Connection("aws", region, model.invocation_id, endpoints, reason, model=model)


def _studio_region() -> str | None:
    """In SageMaker Studio with the `studio` extra, the SageMaker session's region."""
    from agentkit import studio

    if not studio.in_studio():
        return None
    try:
        return studio.region()
    except RuntimeError:
        return None  # no SDK: the caller asks for AWS_REGION


def _control_plane(session: boto3.Session, region: str):
    """The Bedrock control-plane client that resolves the model (a seam for the tests' Stubber)."""
    return session.client("bedrock", region_name=region, config=_CONTROL_CONFIG)


_VARIABLES_TO_CLEAR = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN")


def _connect_local(settings: Settings, reason: str, hint: str = "") -> Connection:
    from agentkit.local import platform as local

    region = settings.region or DEFAULT_LOCAL_REGION
    model_id = settings.model_id or bedrock_models.MODELS[bedrock_models.DEFAULT_MODEL].invocation_id(region)
    bedrock_url = os.environ.get("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "")
    aws_url = os.environ.get("AWS_ENDPOINT_URL", "")
    started = None
    if bedrock_url and aws_url and local.is_running(bedrock_url):
        shared = True
    else:
        started = local.LocalPlatform().start()
        atexit.register(started.stop)
        aws_url, bedrock_url, shared = started.aws.url, started.bedrock.url, False
    env = local.environment(aws_url, bedrock_url, region)
    if os.environ.get("ANTHROPIC_API_KEY"):
        env.pop("ANTHROPIC_API_KEY")  # keep a real key: it only ever reaches localhost now
    saved = {name: os.environ.get(name) for name in (*env, *_VARIABLES_TO_CLEAR)}
    for name in _VARIABLES_TO_CLEAR:
        os.environ.pop(name, None)
    os.environ.update(env)
    boto3.DEFAULT_SESSION = None  # a session made earlier may hold real credentials
    endpoints = {"aws": aws_url, "bedrock-runtime": bedrock_url, "anthropic": bedrock_url}
    return Connection(
        "local", region, model_id, endpoints, reason, shared, hint=hint, _platform=started, _saved_env=saved
    )


def _show(connection: Connection, quiet: bool) -> None:
    if quiet:
        return
    if _in_jupyter():
        from IPython.display import display

        display({"text/html": connection.banner_html(), "text/plain": connection.banner_text()}, raw=True)
    else:
        print(connection.banner_text(), flush=True)


def _in_jupyter() -> bool:
    """A Jupyter kernel (HTML is shown), as opposed to a terminal, a script or a test run."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython else None
    return type(shell).__name__ == "ZMQInteractiveShell"
