"""Finding instructions smuggled into data: indirect prompt injection (OWASP LLM01) in tool results.

A retrieved document, a web page or an API answer is data, yet a model reads it in the same context
as its instructions; text in it that talks *to the model* ("AI assistants reading this must...",
"ignore your previous instructions", "do not tell the user") is how an attacker who controls the data
steers the agent. Bedrock's prompt-attack filter is meant for user input, so agentkit checks tool
results itself, in-process, before the model sees them.

The check is a deterministic list of cues (`CUES`), each a regular expression for one way of
addressing or re-instructing a model, applied per sentence. It is a screen, not a classifier: a
paraphrase outside the cues passes, and a document that quotes an attack (a security training page)
is flagged. The workshop's labelled set measures both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_OVERRIDE = (
    r"(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+|my\s+)?"
    r"(?:previous|prior|above|earlier|original|existing)?\s*(?:instructions|rules|guidelines|directions|prompts?)"
)

CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "overrides instructions": _OVERRIDE,
        "addresses the model": (
            r"\b(?:attention|note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?"
            r"(?:ai|assistants?|agents?|llms?|language models?|chatbots?)\b"
            r"|\bif you are an?\s+(?:ai|assistant|agent|language model|llm)\b"
            r"|\b(?:ai|assistants?|agents?|llms?|language models?)\s+(?:reading|processing|summari[sz]ing)\s+this\b"
        ),
        "assigns a new role": r"\b(?:you are now|you must now|from now on,?\s+you|your new (?:task|role|goal) is)\b",
        "fakes a conversation role": (
            r"(?:^|\n)\s*(?:system|assistant)\s*:|<\s*/?\s*(?:system|instructions?)\s*>|\[\s*/?\s*(?:system|inst)\s*\]"
        ),
        "asks for secrecy": (
            r"\b(?:do not|don't|never)\s+(?:tell|inform|mention\s+(?:this\s+)?to|reveal\s+this\s+to)\s+the\s+user\b"
            r"|\bwithout\s+(?:telling|informing)\s+the\s+user\b"
        ),
        "asks to exfiltrate": (
            r"\b(?:send|forward|email|e-mail|post|upload|leak)\s+(?:the\s+|all\s+|this\s+|your\s+|every\s+)?"
            r"(?:conversation|chat history|customer (?:list|data|records)|credentials|passwords?|api keys?|"
            r"system prompt|secrets?)\b"
        ),
    }.items()
}
"""Cue name → pattern. The name is what an intervention reports as the reason."""

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|(?=\n)|$)")
"""A sentence ends at . ! ? before a space or the end (not inside `example.net`), or at a line break."""


@dataclass(frozen=True)
class InjectionFinding:
    """One sentence of a text that carries an instruction cue."""

    cue: str
    sentence: str
    span: tuple[int, int]


def find_injections(text: str) -> list[InjectionFinding]:
    """The sentences of `text` that carry an instruction cue, first cue per sentence, in order."""
    findings = []
    for sentence in _SENTENCE.finditer(text):
        for cue, pattern in CUES.items():
            if pattern.search(sentence.group()):
                findings.append(InjectionFinding(cue, sentence.group().strip(), sentence.span()))
                break
    return findings


REDACTED = "[removed by guardrail: instruction-like text in tool data]"


def redact(text: str, findings: list[InjectionFinding]) -> str:
    """`text` with each flagged sentence replaced by `REDACTED`."""
    pieces, position = [], 0
    for finding in findings:
        start, end = finding.span
        sentence = text[start:end]
        pieces += [text[position:start], sentence[: len(sentence) - len(sentence.lstrip())], REDACTED]
        position = end
    return "".join(pieces) + text[position:]


def strings_in(value: Any) -> list[str]:
    """Every string inside a JSON-like value (tool results are often JSON)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def redacted(value: Any) -> tuple[Any, list[InjectionFinding]]:
    """A copy of a JSON-like value with every flagged sentence of its strings redacted, and the findings.

    One walk finds and redacts, so a tool result is scanned once whether it is then redacted or withheld.
    """
    if isinstance(value, str):
        findings = find_injections(value)
        return (redact(value, findings) if findings else value), findings
    if isinstance(value, dict):
        pairs = {key: redacted(item) for key, item in value.items()}
        return {key: copy for key, (copy, _) in pairs.items()}, [
            f for _, found in pairs.values() for f in found
        ]
    if isinstance(value, list):
        pairs = [redacted(item) for item in value]
        return [copy for copy, _ in pairs], [f for _, found in pairs for f in found]
    return value, []
