"""The `agentkit` command: run the local platform, check an account, print its IAM policy, run the workshop.

`agentkit approve <task> --approve|--reject --feedback ...` answers a workflow's approval request
(`agentkit.workflows.approvals`); with no decision it lists the requests waiting. It talks to whatever the
environment points at: `agentkit local`'s exports offline, or your AWS account.

`agentkit serve` runs the whole service locally (the API, the WebSocket, the workflows and the web UI on
the local platform) and prints its URL and a demo API key.

`agentkit local` serves both local endpoints in the foreground and prints the `export` lines a
second shell (or JupyterLab, or a test run) needs to share them.

`agentkit keys create --user ana --role user` issues an API key of the service (printed once, stored
hashed) in the memory table the environment points at; `agentkit keys revoke <key>` revokes one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import signal
import subprocess
import sys
import threading


def _until_interrupted() -> None:
    """Block until Ctrl-C (SIGINT) or SIGTERM. Both are handled here: a process started in the background
    by a shell inherits SIGINT ignored, and Python then never raises KeyboardInterrupt for it."""
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    stop.wait()


def _local(args: argparse.Namespace) -> int:
    from agentkit.config import DEFAULT_LOCAL_REGION
    from agentkit.local.platform import LocalPlatform

    region = args.region or os.environ.get("AWS_REGION") or DEFAULT_LOCAL_REGION
    with LocalPlatform(args.host, args.aws_port, args.bedrock_port) as platform:
        for name, value in platform.environment(region).items():
            print(f"export {name}={shlex.quote(value)}", flush=True)
        print(
            "# agentkit local platform running (simulated model, not an LLM); Ctrl-C to stop", file=sys.stderr
        )
        _until_interrupted()
    return 0


def _serve(args: argparse.Namespace) -> int:
    from agentkit.service import serve

    try:
        server = serve.start(port=args.port, host=args.host, access_log=True)
    except OSError as error:
        print(f"agentkit serve: {error}", file=sys.stderr)
        return 1
    with contextlib.suppress(KeyboardInterrupt), server:  # Ctrl-C at any point: stopped cleanly, exit 0
        print(
            f"agentkit serve: {server.url}  (web UI; API at the same address, GET /openapi.json)", flush=True
        )
        print(f"  WebSocket: {server.websocket_url}?apiKey=<key>", flush=True)
        print(f"  demo API key for user {server.user!r}: {server.api_key}", flush=True)
        print(f"  try: curl -H 'x-api-key: {server.api_key}' {server.url}/agents", flush=True)
        print("  local platform (simulated model, not an LLM); Ctrl-C stops everything", file=sys.stderr)
        _until_interrupted()
    return 0


def _lab(args: argparse.Namespace) -> int:
    """JupyterLab with the local platform running beside it, unless AWS was chosen (AGENTKIT_MODE=aws or
    `agentkit.choose_mode("aws")`)."""
    from agentkit.config import DEFAULT_LOCAL_REGION, Settings

    env = dict(os.environ)
    command = [sys.executable, "-m", "jupyterlab", *args.jupyter_args]
    if Settings.from_env().mode == "aws":
        return subprocess.call(command, env=env)
    from agentkit.local.platform import LocalPlatform

    with LocalPlatform() as platform:
        env.update(platform.environment(env.get("AWS_REGION") or DEFAULT_LOCAL_REGION))
        print(f"agentkit local platform: AWS {platform.aws.url}, Bedrock {platform.bedrock.url}", flush=True)
        try:
            return subprocess.call(command, env=env)
        except KeyboardInterrupt:
            return 0


def _preflight(args: argparse.Namespace) -> int:
    import agentkit

    agentkit.connect(quiet=True)
    report = agentkit.preflight(args.models or None)
    print(report)
    return 0 if report.ok else 1


def _iam_policy(args: argparse.Namespace) -> int:
    from agentkit.iam import policy_json

    print(
        policy_json(
            prefix=args.prefix,
            region=args.region,
            account=args.account,
            models=args.models or None,
            secrets_prefix=args.secrets_prefix,
        )
    )
    return 0


def _approve(args: argparse.Namespace) -> int:
    from agentkit.workflows import approvals

    if args.approved is None:
        waiting = approvals.pending()
        for request in waiting:
            print(f"{request.execution}\t{request.subject}\twaiting {request.waiting_s:.0f} s")
        if not waiting:
            print("No approval request is waiting.")
        return 0
    if not args.task:
        print(
            "agentkit approve: name the execution (or token) to answer; `agentkit approve` lists them",
            file=sys.stderr,
        )
        return 2
    try:
        request = approvals.decide(args.task, args.approved, args.feedback)
    except approvals.ApprovalError as error:
        print(f"agentkit approve: {error}", file=sys.stderr)
        return 1
    print(f"{'approved' if args.approved else 'rejected'}: {request.subject or args.task}")
    return 0


def _keys(args: argparse.Namespace) -> int:
    """Issue or revoke an API key of the service, in the memory table the environment points at."""
    from agentkit.service import api_keys
    from agentkit.service.errors import ServiceError

    try:
        if args.action == "create":
            key = api_keys.issue_api_key(args.user, args.roles or ["user"])
            print(key)
            print(
                f"# API key for {args.user!r} (roles: {', '.join(args.roles or ['user'])}); it is shown only "
                "once: keep it now. Send it as the x-api-key header.",
                file=sys.stderr,
            )
        else:
            api_keys.revoke_api_key(args.key)
            print("revoked")
    except (ValueError, ServiceError) as error:
        print(f"agentkit keys: {error}", file=sys.stderr)
        return 1
    return 0


def _workshop(args: argparse.Namespace) -> int:
    from agentkit import workshop

    return workshop.main(args.workshop_args)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="agentkit", description=__doc__.splitlines()[0])
    commands = root.add_subparsers(dest="command", required=True)

    local = commands.add_parser("local", help="serve local AWS + local Bedrock until interrupted")
    local.add_argument("--host", default="127.0.0.1")
    local.add_argument("--aws-port", type=int, default=0, help="0 picks a free port")
    local.add_argument("--bedrock-port", type=int, default=0, help="0 picks a free port")
    local.add_argument("--region", default=None)
    local.set_defaults(run=_local)

    serve = commands.add_parser("serve", help="run the service (API, WebSocket, workflows, web UI) locally")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port (default 8000)")
    serve.set_defaults(run=_serve)

    check = commands.add_parser("preflight", help="check identity, region and each model the kit calls")
    check.add_argument("models", nargs="*", help="model or inference-profile ids (default: the kit's model)")
    check.set_defaults(run=_preflight)

    iam = commands.add_parser(
        "iam-policy", help="print the least-privilege IAM policy for a workshop role (JSON)"
    )
    iam.add_argument("--prefix", default=None, help="DynamoDB table-name prefix (default: workshop-)")
    iam.add_argument("--region", default=None, help="narrow every regional ARN to this region")
    iam.add_argument("--account", default=None, help="narrow every ARN to this account id")
    iam.add_argument(
        "--model", dest="models", action="append", help="allow this model or profile id (repeatable)"
    )
    iam.add_argument("--secrets-prefix", default=None, help="also allow reading secrets under this prefix")
    iam.set_defaults(run=_iam_policy)

    lab = commands.add_parser("lab", help="JupyterLab with the local platform")
    lab.add_argument("jupyter_args", nargs=argparse.REMAINDER)
    lab.set_defaults(run=_lab)

    approve = commands.add_parser("approve", help="answer a workflow's approval request (or list them)")
    approve.add_argument("task", nargs="?", default="", help="execution ARN or name, or the task token")
    decision = approve.add_mutually_exclusive_group()
    decision.add_argument("--approve", dest="approved", action="store_const", const=True, default=None)
    decision.add_argument("--reject", dest="approved", action="store_const", const=False)
    approve.add_argument("--feedback", default="", help="for the writer if approved, the reason if not")
    approve.set_defaults(run=_approve)

    keys = commands.add_parser("keys", help="issue or revoke an API key of the service")
    key_actions = keys.add_subparsers(dest="action", required=True)
    create = key_actions.add_parser("create", help="issue a key (printed once) for a user with roles")
    create.add_argument("--user", required=True, help="the user id the key stands for")
    create.add_argument(
        "--role", dest="roles", action="append", help="viewer, operator or user (repeatable; default user)"
    )
    create.set_defaults(run=_keys)
    revoke = key_actions.add_parser("revoke", help="revoke a key from now on")
    revoke.add_argument("key", help="the whole key as it was issued")
    revoke.set_defaults(run=_keys)

    run = commands.add_parser("workshop", help="execute every notebook and report what ran")
    run.add_argument("workshop_args", nargs=argparse.REMAINDER)
    run.set_defaults(run=_workshop)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
