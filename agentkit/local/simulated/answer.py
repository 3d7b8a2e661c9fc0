"""Writing the simulated model's final answers: quotes of tool results, or extracts of the context.

The simulator never invents facts. An answer is built only from what the request carries: the
results of tools it called (quoted), sentences of the system prompt and earlier turns, or the
text it was asked to summarise. When none of that answers the request, it says so.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from agentkit.local import lexicon
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


WRAPPERS = frozenset("result results rows items data value values output records matches hits".split())
"""Keys that only wrap a tool's answer (`{"result": 395}`): the value inside is the answer."""
MAX_FIELDS, MAX_ROWS, MAX_TEXT = 6, 5, 160
SHORT = 60
"""Text up to this long is said as it is (a name, a label); longer text is quoted in part."""


def render_result(result: str, limit: int = 300, clause: str = "") -> str:
    """A tool result as an answer says it: plain words for its shape, never raw JSON.

    A number or a short text is given as it is (longer text quoted in part); a wrapper (`{"result": …}`, `{"rows": […]}`) is
    read through; an object gives its fields as "name value" (the fields sharing the clause's words
    first, then text before figures, at most `MAX_FIELDS`); rows give each row's label and values
    (at most `MAX_ROWS`, then how many more), search hits (records holding a passage) the best
    hit's passage and title; a list of values is listed; nothing at all says the data does not tell.
    When the clause asks for a property by name ("the names of customers") and no field of the
    records is that property (and none holds free text that might say it), the answer says the data
    cannot tell it, and what the records hold.
    """
    try:
        value = json.loads(result)
    except (ValueError, TypeError):
        return f"“{text.excerpt(result, limit)}”"
    lacking = _lacking(value, clause)
    if lacking:
        return text.excerpt(lacking, limit)
    return text.excerpt(_say(value, set(text.content_stems(clause))), limit)


_ASKED_PROPERTY = re.compile(
    r"\b(?:what|which|list|show|give|tell)\b(?:\s+(?:me|us))?(?:\s+(?:is|are|was|were))?\s+(?:the\s+)?"
    r"([a-z]+)\s+of\b",
    re.I,
)
"""A question that names the property it wants: "What are the names of customers?"."""

AGGREGATES = frozenset(
    "number count total sum average mean median amount list kind type share percentage value "
    "values maximum minimum max min most least rest".split()
)
"""Words that ask for a figure over records, or for the records themselves, not for a property of them."""


def _lacking(value: object, clause: str) -> str:
    """ "I can't tell …" when the clause asks for a property that no field of the records holds."""
    found = _ASKED_PROPERTY.search(clause)
    records = _records(value)
    if not found or not records:
        return ""
    asked = found.group(1).lower()
    if asked in AGGREGATES or lexicon.stem(asked) in {lexicon.stem(a) for a in AGGREGATES}:
        return ""
    if any(isinstance(v, str) and len(v) > SHORT for record in records for v in record.values()):
        return ""  # free text (a passage, a snippet) may say it in words no field name has
    labels = list(dict.fromkeys(_label(k) for record in records for k in record))
    if any(lexicon.stem(asked) in text.content_stems(label) for label in labels):
        return ""
    held = ", ".join(labels[:-1]) + " and " + labels[-1] if len(labels) > 1 else labels[0]
    return f"I can't tell the {asked} from the data: the results hold only {held}"


def _records(value: object) -> list[dict]:
    """The records a result holds, read through a wrapper (`{"rows": […], "note": …}`), or none."""
    if isinstance(value, dict):
        inner = [k for k in value if k.lower() in WRAPPERS]
        if inner:
            return _records(value[inner[0]])
        return [value] if value else []
    if isinstance(value, list) and value and all(isinstance(item, dict) and item for item in value):
        return value
    return []


def _say(value: object, wanted: set[str]) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "I can't tell from the data: it is empty"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value if len(value) <= SHORT and "\n" not in value else f"“{text.excerpt(value, MAX_TEXT)}”"
    if isinstance(value, list):
        if all(isinstance(item, dict) for item in value):
            return _rows(value, wanted)
        items = [_say(item, wanted) for item in value[: MAX_ROWS * 2]]
        more = f" and {len(value) - len(items)} more" if len(value) > len(items) else ""
        return (", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]) + more
    assert isinstance(value, dict)
    inner = [k for k in value if k.lower() in WRAPPERS]
    if len(value) == 1 and inner:
        return _say(value[inner[0]], wanted)
    if inner:  # a wrapped answer with notes beside it ({"rows": […], "note": "…"})
        notes = "; ".join(f"{_label(k)}: {_say(v, wanted)}" for k, v in value.items() if k not in inner)
        return f"{_say(value[inner[0]], wanted)} ({notes})"
    return _fields(value, wanted)


def _fields(record: dict, wanted: set[str]) -> str:
    position = {k: i for i, k in enumerate(record)}
    keys = sorted(  # what the clause asks about, then words before figures, then as given
        record,
        key=lambda k: (
            not set(text.content_stems(_label(k))) & wanted,
            not isinstance(record[k], str),
            position[k],
        ),
    )
    said = [f"{_label(k)} {_say(record[k], wanted)}" for k in keys[:MAX_FIELDS]]
    left = len(keys) - MAX_FIELDS
    more = f" and {left} more field{'s' if left > 1 else ''}" if left > 0 else ""
    return ", ".join(said) + more


def _rows(rows: list[dict], wanted: set[str]) -> str:
    passage = _passage(rows[0])
    if passage:  # search hits: the best one's words, as a reader would quote them
        others = f" (the best of {len(rows)} passages found)" if len(rows) > 1 else ""
        return f"{passage}{others}"
    said = []
    for row in rows[:MAX_ROWS]:
        label = next((k for k, v in row.items() if isinstance(v, str) and len(v) <= SHORT), None)
        rest = {k: v for k, v in row.items() if k != label}
        body = _fields(rest, wanted) if rest else ""
        said.append(f"{row[label]}: {body}" if label and body else (str(row[label]) if label else body))
    more = f"; and {len(rows) - MAX_ROWS} more" if len(rows) > MAX_ROWS else ""
    count = f"{len(rows)} rows — " if len(rows) > 1 else ""
    return count + "; ".join(said) + more


_TITLE_KEYS = ("title", "name", "source", "document", "doc", "file", "id")


def _passage(row: dict) -> str:
    """A search hit (a record with a passage of text) as "From <its title>: “<the passage>”", or ""."""
    texts = [k for k, v in row.items() if isinstance(v, str) and len(v) > SHORT]
    if not texts:
        return ""
    body = row[texts[0]]
    keys = {k.lower(): k for k in row if isinstance(row[k], str) and k not in texts}
    title = next((row[keys[k]] for k in _TITLE_KEYS if k in keys), None)
    source = f"From {title}: " if title else ""
    return f"{source}“{text.excerpt(body, MAX_TEXT)}”"


def _label(key: str) -> str:
    """A key as words: `sum_revenue` → "sum revenue", `maxUnitPrice` → "max unit price"."""
    return " ".join(text.words(key)) or key


def grounded(per_clause: list[tuple[str, list[list[Outcome]], str]]) -> str:
    """What the calls of each clause's last step returned (every one of a fan-out; a chain's earlier
    steps only fed it), or why it has no answer (`reason`, else that no tool fits); and what a repair
    rewrote. One clause is answered in one sentence; several, one line each, led by the clause."""
    lines = []
    for clause, steps, reason in per_clause:
        outcomes = [o for step in steps for o in step]
        if not outcomes:
            why = reason or "none of the offered tools fits this"
            lines.append((clause, f"{why}, so I have no answer for it."))
            continue
        failed = next((o for o in outcomes if not o.ok), None)
        if failed is not None:
            first = failed.after or failed
            again = (
                f"; rewritten, it failed again with {render_result(failed.result, 160)}"
                if failed.after
                else ""
            )
            lines.append((clause, f"{first.tool} failed with {render_result(first.result)}{again}."))
            continue
        chain = " → ".join(dict.fromkeys(o.tool for o in outcomes))
        repair = next((o.after for o in outcomes if o.after), None)
        note = (
            f"; rewritten after {repair.tool} failed with {render_result(repair.result, 160)}"
            if repair
            else ""
        )
        results = "; ".join(render_result(o.result, clause=clause) for o in steps[-1])
        lines.append((clause, f"{results} (from {chain}{note})."))
    if len(lines) == 1:
        clause, body = lines[0]
        if body.endswith("so I have no answer for it."):
            return f"“{clause}”: {body}"
        return body
    return "\n".join(f"- {clause}: {body}" for clause, body in lines)


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
