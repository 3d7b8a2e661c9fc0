"""Writing the simulated model's final answers: quotes of tool results, or extracts of the context.

The simulator never invents facts. An answer is built only from what the request carries: the
results of tools it called (quoted), sentences of the system prompt and earlier turns, or the
text it was asked to summarise. When none of that answers the request, it says so.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from agentkit.local.simulated import text

SIMULATOR_NOTE = "agentkit simulated model (not a language model)"


@dataclass(frozen=True)
class Outcome:
    """A tool call made for a clause, as the conversation reports it."""

    tool: str
    result: str
    ok: bool
    after: Outcome | None = None
    """The failed call this one repaired (rule 5 of the model), if it is a repair."""


def render_result(result: str, limit: int = 300) -> str:
    """A tool result as it is quoted in an answer: compact JSON or trimmed text."""
    try:
        value = json.loads(result)
    except (ValueError, TypeError):
        return f"“{text.excerpt(result, limit)}”"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return text.excerpt(json.dumps(value, ensure_ascii=False), limit)


def grounded(per_clause: list[tuple[str, list[list[Outcome]], str]]) -> str:
    """One line per clause: what the calls of its last step returned (every one of a fan-out; a chain's
    earlier steps only fed it), or why it has no answer (`reason`, else that no tool fits); and what a
    repair rewrote."""
    lines = []
    for clause, steps, reason in per_clause:
        outcomes = [o for step in steps for o in step]
        if not outcomes:
            why = reason or "none of the offered tools fits this"
            lines.append(f"{clause}: {why}, so I have no answer for it.")
            continue
        failed = next((o for o in outcomes if not o.ok), None)
        if failed is not None:
            first = failed.after or failed
            again = (
                f"; rewritten, it failed again with {render_result(failed.result, 160)}"
                if failed.after
                else ""
            )
            lines.append(f"{clause}: {first.tool} failed with {render_result(first.result)}{again}.")
            continue
        chain = " → ".join(dict.fromkeys(o.tool for o in outcomes))
        repair = next((o.after for o in outcomes if o.after), None)
        note = (
            f"; rewritten after {repair.tool} failed with {render_result(repair.result, 160)}"
            if repair
            else ""
        )
        results = "; ".join(render_result(o.result) for o in steps[-1])
        lines.append(f"{clause}: {results} (from {chain}{note}).")
    if len(lines) == 1:
        return lines[0]
    return "\n".join(f"- {line}" for line in lines)


def from_context(request: str, context: list[str]) -> str:
    """Sentences of the context that share the request's meaningful words, best first (at most two)."""
    wanted = set(text.content_stems(request))
    if not wanted:
        return _no_answer(request)
    needed_overlap = 1 if len(wanted) <= 2 else 2
    scored = []
    for position, sentence in enumerate(s for block in context for s in text.sentences(block)):
        overlap = len(wanted & set(text.content_stems(sentence)))
        if overlap >= needed_overlap:
            scored.append((-overlap, position, sentence))
    if not scored:
        return _no_answer(request)
    best = [s for _, _, s in sorted(scored)[:2]]
    return "From the context: " + " ".join(text.excerpt(s, 400) for s in best)


def summary(sources: list[str], max_sentences: int = 3) -> str:
    """An extractive summary: the sentences with the most frequent meaningful words, in their order.

    Sentences that ask for a summary are not content and are left out; a sentence said twice is
    one sentence.
    """
    sentences = (s for block in sources for s in text.sentences(block) if "summar" not in s.lower())
    all_sentences = list(dict.fromkeys(sentences))
    if not all_sentences:
        return "There is nothing to summarise."
    frequency = Counter(s for sentence in all_sentences for s in text.content_stems(sentence))

    def weight(sentence: str) -> float:
        stems = text.content_stems(sentence)
        return sum(frequency[s] for s in stems) / (len(stems) ** 0.5 or 1)

    ranked = sorted(range(len(all_sentences)), key=lambda i: (-weight(all_sentences[i]), i))
    keep = sorted(ranked[:max_sentences])
    return "Summary: " + " ".join(text.excerpt(all_sentences[i], 400) for i in keep)


def _no_answer(request: str) -> str:
    return (
        f"I am the {SIMULATOR_NOTE}. No offered tool and nothing in the conversation answers "
        f"“{text.excerpt(request, 200)}”."
    )


def ask_for(tool: str, parameter: str, description: str) -> str:
    """The question a careful caller asks when a tool fits but a value it needs was not given."""
    what = f" ({text.excerpt(description, 120).rstrip('.')})" if description else ""
    return (
        f"I am the {SIMULATOR_NOTE}. To call {tool} I need a value for `{parameter}`{what}, and the "
        "request does not give one. What should it be?"
    )


def from_material(ask: str, material: list[str], limit: int = 4) -> str:
    """The facts of handed-over material, passed on: what an agent answers from another's work.

    The sentences of the material in its order, at most `limit`, those sharing the ask's words or
    stating figures and names first when there are more.
    """
    sentences = [s for block in material for s in text.sentences(block)]
    if not sentences:
        return ""
    wanted = set(text.content_stems(ask))

    def weight(sentence: str) -> float:
        facts = len(text.numbers(sentence)) + len(text.proper_nouns(sentence))
        return 2 * bool(facts) + len(wanted & set(text.content_stems(sentence)))

    ranked = sorted(range(len(sentences)), key=lambda i: (-weight(sentences[i]), i))
    keep = sorted(ranked[:limit])
    return " ".join(text.excerpt(sentences[i], 400) for i in keep)
