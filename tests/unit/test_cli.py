"""The `agentkit` command: `local` serves a platform another process can share; `preflight` checks it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import boto3

CLI = [sys.executable, "-m", "agentkit.cli"]


def read_exports(process: subprocess.Popen, count: int, timeout_s: float = 60) -> dict[str, str]:
    exports: dict[str, str] = {}
    deadline = time.monotonic() + timeout_s
    while len(exports) < count and time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("export "):
            name, _, value = line.removeprefix("export ").strip().partition("=")
            exports[name] = value.strip("'")
    return exports


def test_local_prints_exports_and_serves_until_stopped() -> None:
    process = subprocess.Popen([*CLI, "local"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        exports = read_exports(process, 11)
        assert {"AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "ANTHROPIC_BASE_URL",
                "AWS_ACCESS_KEY_ID", "AWS_REGION"} <= set(exports)  # fmt: skip
        session = boto3.Session(
            aws_access_key_id=exports["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=exports["AWS_SECRET_ACCESS_KEY"],
            region_name=exports["AWS_REGION"],
        )
        sqs = session.client("sqs", endpoint_url=exports["AWS_ENDPOINT_URL"])
        assert sqs.create_queue(QueueName="from-another-process")["QueueUrl"]
        reply = session.client(
            "bedrock-runtime", endpoint_url=exports["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"]
        ).converse(modelId="any", messages=[{"role": "user", "content": [{"text": "hi"}]}])
        assert reply["stopReason"] == "end_turn"
        # a second process joins it: preflight through the exported environment
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")} | exports
        check = subprocess.run([*CLI, "preflight"], env=env, capture_output=True, text=True, timeout=120)
        assert check.returncode == 0, check.stdout + check.stderr
        assert "OK    identity" in check.stdout and "local mode" in check.stdout
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0


def test_help_lists_the_commands() -> None:
    result = subprocess.run([*CLI, "--help"], capture_output=True, text=True, check=True)
    for command in ("local", "preflight", "lab", "workshop"):
        assert command in result.stdout
