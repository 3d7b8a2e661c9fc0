"""The notebook checks' plumbing: the sanitizers in sanitize.cfg, and nbval as `make test` runs it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output
from nbval.plugin import get_sanitize_patterns

SANITIZE = Path(__file__).with_name("sanitize.cfg")
PATTERNS = dict(get_sanitize_patterns(SANITIZE.read_text()))  # parsed exactly as nbval parses it


def sanitize(text: str) -> str:
    for regex, replace in PATTERNS.items():  # nbval applies them in file order
        text = re.sub(regex, replace, text)
    return text


def test_every_rule_compiles_and_is_unique() -> None:
    assert len(PATTERNS) == SANITIZE.read_text().count("\nregex: ")
    for regex in PATTERNS:
        re.compile(regex)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("'date': 'Sun, 22 Nov 2026 05:24:37 GMT'", "'date': 'HTTP-DATE'"),
        (
            '"date": "2026-11-22", "time": "15:34:50", "weekday": "Sunday"',
            '"date": "CLOCK", "time": "CLOCK", "weekday": "CLOCK"',
        ),
        ("&quot;weekday&quot;: &quot;Sunday&quot;", "&quot;weekday&quot;: &quot;CLOCK&quot;"),
        ("time 15:34:50, date 2026-11-22, weekday Sunday", "time CLOCK, date CLOCK, weekday CLOCK"),
        ("at 2026-11-22T05:24:37.408000+00:00.", "at TIMESTAMP."),
        ("started 2026-11-22 05:24:37Z", "started TIMESTAMP"),
        (
            "'startDate': datetime.datetime(2026, 11, 22, 5, 24, 37, 408000, tzinfo=tzlocal())}",
            "'startDate': DATETIME}",
        ),
        (
            "arn:aws:states:us-east-1:123456789012:execution:m:2bb43303-eac6-4686-ba16-ecbda33144b0",
            "arn:aws:states:us-east-1:123456789012:execution:m:UUID",
        ),
        ("'MessageId': 'd2f2e10a-c73e-47db-a214-1bd61cc16edc'", "'MessageId': 'UUID'"),
        ("'RequestId': 'xr7ahMt1mhEeR00y5XQWt00eoWnS1tOwjHf8OpivuuymcauoWcsx'", "'RequestId': 'REQUEST-ID'"),
        ("'x-amz-crc32': '2745614147'", "'x-amz-crc32': 'CRC32'"),
        (
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:agent-api-key-SAQOwF",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:agent-api-key-XXXXXX",
        ),
        (
            "arn:aws:bedrock:us-east-1:123456789012:guardrail/8q2kz1x4m0ab",
            "arn:aws:bedrock:us-east-1:123456789012:guardrail/GUARDRAIL-ID",
        ),
        (
            "{'guardrailId': 'ab12cd34ef56', 'version': '1'}",
            "{'guardrailId': 'GUARDRAIL-ID', 'version': '1'}",
        ),
        ("http://127.0.0.1:38669/123456789012/q", "http://127.0.0.1:PORT/123456789012/q"),
        ("http://localhost:8080 and http://[::1]:9000/", "http://localhost:PORT and http://[::1]:PORT/"),
        ("/work/main/.venv/bin/python", "REPO/.venv/bin/python"),
        ("cwd: /tmp/ci-1/main/notebooks", "cwd: REPO/notebooks"),
        ("<Agent object at 0x7f3a2c1b2d30>", "<Agent object at 0xADDRESS>"),
        (
            "3 cycles in 12.3 s (first token 45 ms, 0.8s, 350 µs, 2 seconds)",
            "3 cycles in DURATION (first token DURATION, DURATION, DURATION, DURATION)",
        ),
        ("Strands        0.4 s\nCrewAI        12.3 s", "Strands DURATION\nCrewAI DURATION"),
        ("runtime:  python3.12\nfiles:           6705\n", "runtime:  python3.12\nfiles:           COUNT\n"),
        ("zipped:          43 MB of Lambda's 50 MB\n", "zipped:          SIZE MB of Lambda's 50 MB\n"),
    ],
)
def test_sanitizes(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "'latencyMs': 120, 'inputTokens': 52",  # the simulated model's figures are deterministic
        "order placed on 2024-03-01",  # a bare date
        "region us-east-1, model us.anthropic.claude-sonnet-4",
        "3 steps, 2 tools, 0xff",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:plain-name",
        "guardrail/DRAFT and the guardrail/versions page",  # not an id
        "/usr/lib/python3.11/json/__init__.py",
    ],
)
def test_leaves_deterministic_text_alone(kept: str) -> None:
    assert sanitize(kept) == kept


def stream(text: str):
    return new_output("stream", name="stdout", text=text)


def test_nbval_compares_sanitized_text_and_skips_images(tmp_path: Path) -> None:
    """One real nbval run the way pyproject.toml sets it up: what passes, what fails."""
    cells = [
        # differs run to run only where sanitize.cfg says: passes
        new_code_cell(
            "import uuid, datetime, socket\n"
            "s = socket.socket(); s.bind(('127.0.0.1', 0))\n"
            "print(uuid.uuid4(), datetime.datetime.now().isoformat(), f'http://127.0.0.1:{s.getsockname()[1]}/')",
            execution_count=1,
            outputs=[
                stream(
                    "0b3c1a8e-1f0e-4c1e-9a49-0c7bd3c5a2f1 2025-01-01T00:00:00.000001 http://127.0.0.1:1234/\n"
                )
            ],
        ),
        # a PNG is never compared: passes with a stored image that is not the one drawn now
        new_code_cell(
            "from IPython.display import Image\n"
            "Image(data=b'\\x89PNG\\r\\n\\x1a\\n' + bytes(range(64)), format='png')",
            execution_count=2,
            outputs=[
                new_output(
                    "execute_result",
                    data={"image/png": "iVBORw0KGgo=", "text/plain": "<IPython.core.display.Image object>"},
                    execution_count=2,
                )
            ],
        ),
        # a real difference: fails
        new_code_cell("print(6 * 7)", execution_count=3, outputs=[stream("41\n")]),
    ]
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}})
    nbformat.write(nb, tmp_path / "probe.ipynb")
    (tmp_path / "pytest.ini").write_text("[pytest]\n")  # not the repo's addopts: the options are spelled out

    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(tmp_path / "pytest.ini"), "-p", "no:langsmith_plugin",
         "-p", "no:cacheprovider", "--nbval", "--nbval-current-env", "--nbval-cell-timeout=60",
         f"--nbval-sanitize-with={SANITIZE}", "-rA", str(tmp_path / "probe.ipynb")],
        capture_output=True, text=True, cwd=tmp_path, timeout=240,
    )  # fmt: skip

    report = proc.stdout
    assert proc.returncode == 1, report + proc.stderr
    assert re.search(r"PASSED .*probe.ipynb::Cell 0", report), report
    assert re.search(r"PASSED .*probe.ipynb::Cell 1", report), report
    assert re.search(r"FAILED .*probe.ipynb::Cell 2", report), report
    assert "1 failed, 2 passed" in report
